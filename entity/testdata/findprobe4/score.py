# Scores examples/mentions -json output against gold surfaces (every whole-word occurrence of a
# surface is a gold span, less spans inside longer names). Standard library only. Beside GOLD,
# optional: outer.txt (names, one a line, inside which no gold span counts) and neutral.tsv
# (surface and id of a link that is neither right nor wrong, such as an adjective's country).
# Used for findprobe4 and findprobe5.
import json, os, re, sys
# usage: score.py TEXT GOLD MENTIONS.jsonl
text = open(sys.argv[1], encoding='utf-8').read()
b = text.encode('utf-8')
gold = []
for line in open(sys.argv[2], encoding='utf-8').read().splitlines()[1:]:
    s, i = line.split('\t')
    for m in re.finditer(r'(?<!\w)' + re.escape(s) + r'(?!\w)', text):
        st = len(text[:m.start()].encode()); en = len(text[:m.end()].encode())
        gold.append((st, en, s, i))
# a gold span inside a longer gold span, or inside a longer name of something else, is not gold
def rows(name):
    path = os.path.join(os.path.dirname(sys.argv[2]), name)
    if not os.path.exists(path): return []
    return [l for l in open(path, encoding='utf-8').read().splitlines() if l and not l.startswith('#')]
outer = rows('outer.txt')
spans = []
for o in outer:
    for m in re.finditer(re.escape(o), text):
        spans.append((len(text[:m.start()].encode()), len(text[:m.end()].encode())))
gold = [g for g in gold if not any(h is not g and h[0] <= g[0] and g[1] <= h[1] and (h[1]-h[0]) > (g[1]-g[0]) for h in gold)
        and not any(a <= g[0] and g[1] <= e for a, e in spans)]
neutral = {tuple(l.split('\t')) for l in rows('neutral.tsv')}
hit = set(); right = wrong = 0; bad = []
for l in open(sys.argv[3]):
    m = json.loads(l)
    if not m.get('found'): continue
    ov = [g for g in gold if g[0] < m['end'] and m['start'] < g[1]]
    if any(g[3] == m['id'] for g in ov):
        right += 1; hit.update(g for g in ov if g[3] == m['id'])
    elif not ov and (m['text'], m['id']) in neutral:
        right += 1
    else:
        wrong += 1; bad.append((m['text'], m['id'], [g[3] for g in ov]))
missed = [g for g in gold if g not in hit]
print(f"links {right+wrong} right {right} wrong {wrong} P {100*right/max(1,right+wrong):.1f} R {100*len(hit)/len(gold):.1f} ({len(hit)}/{len(gold)})")
for x in bad: print('WRONG', x)
if '-v' in sys.argv:
    for g in missed: print('MISS', g[2], g[3])
