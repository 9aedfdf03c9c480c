import json, subprocess, sys
text = open(sys.argv[1], encoding='utf-8').read()
data = text.encode('utf-8')
gold = []
cur = 0
for line in open(sys.argv[2], encoding='utf-8'):
    s, gid = line.rstrip('\n').split('\t')
    b = s.encode('utf-8')
    i = data.find(b, cur)
    assert i >= 0, s
    gold.append([i, i + len(b), gid, False, s])
    cur = i + len(b)
cmd = sys.argv[3:]
out = subprocess.run(cmd, input=data, capture_output=True).stdout.decode()
pred = [json.loads(l) for l in out.splitlines() if l.strip()]
pred = [p for p in pred if p.get('found', True) and p.get('id')]
tp = fp = 0
for p in pred:
    hit = None
    for g in gold:
        if g[0] < p['end'] and p['start'] < g[1]:
            hit = g; break
    if hit is None:
        fp += 1; print('EXTRA', p['text'], '->', p['id']); continue
    if hit[2] == p['id'] and not hit[3]:
        hit[3] = True; tp += 1
    elif hit[2] == '-':
        fp += 1; print('WRONG(unlisted)', p['text'], '->', p['id'])
    elif hit[2] != p['id']:
        fp += 1; print('WRONG', p['text'], '->', p['id'], 'want', hit[2])
pos = [g for g in gold if g[2] != '-']
miss = [g for g in pos if not g[3]]
for g in miss: print('MISS', g[4], g[2])
P = tp / max(1, tp + fp); R = tp / max(1, len(pos))
print(f'mentions gold {len(pos)} predicted {len(pred)} correct {tp} wrong {fp}  P {100*P:.1f}  R {100*R:.1f}')
