#!/usr/bin/env python3
"""Recall and wrong answers per script of the query text, through the lookup contract.

usage: python3 entity/testdata/byscript.py QUERIES.tsv -- COMMAND [ARGS...]
  e.g. python3 entity/testdata/byscript.py entity/testdata/dev/queries.tsv -- \
           go run ./examples/lookup -table entity/testdata/dev/table.tsv -json

The script of a query is the Unicode script (by character name) of most of its letters.
For each script it prints the queries that must resolve, how many resolved to the right
entity (recall), and how many queries resolved to a wrong entity or resolved when they must
not (wrong). Standard library only.
"""
import csv, json, subprocess, sys, unicodedata
from collections import defaultdict

def script_of(s):
    counts = defaultdict(int)
    for ch in s:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        word = name.split(" ")[0]
        if word in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "TAMIL", "THAI", "BENGALI",
                    "DEVANAGARI", "TELUGU", "GURMUKHI", "GUJARATI", "ARABIC", "HEBREW",
                    "CYRILLIC", "GREEK", "GEORGIAN", "ARMENIAN", "LATIN", "KANNADA",
                    "MALAYALAM", "ORIYA", "SINHALA", "KHMER", "LAO", "MYANMAR"):
            if word in ("HIRAGANA", "KATAKANA"):
                word = "KANA"
            counts[word] += 1
        elif name.startswith("FULLWIDTH") or name.startswith("HALFWIDTH KATAKANA"):
            counts["KANA" if "KATAKANA" in name else "LATIN"] += 1
        else:
            counts["OTHER"] += 1
    if not counts:
        return "NONE"
    if counts.get("KANA") and counts.get("CJK"):
        return "KANA"  # Japanese text mixes kanji and kana
    return max(counts, key=counts.get)

args = sys.argv[1:]
if len(args) < 3 or args[1] != "--":
    sys.exit(__doc__)
with open(args[0], encoding="utf-8", newline="") as f:
    rows = [r for r in csv.DictReader(f, delimiter="\t") if not r["query"].startswith("#")]
inp = "".join(r["query"] + "\n" for r in rows)
p = subprocess.run(args[2:], input=inp.encode(), stdout=subprocess.PIPE)
out = [l for l in p.stdout.decode("utf-8", "replace").split("\n") if l.strip()]
if len(out) != len(rows):
    sys.exit(f"expected {len(rows)} answers, got {len(out)} (exit {p.returncode})")
stats = defaultdict(lambda: defaultdict(int))
for r, line in zip(rows, out):
    o = json.loads(line)
    found = bool(o.get("found")) and bool(o.get("id"))
    exp = r["expected_id"]
    s = stats[script_of(r["query"])]
    s["n"] += 1
    if exp:
        s["pos"] += 1
        if found and o["id"] == exp:
            s["correct"] += 1
    if found and o["id"] != exp:
        s["wrong"] += 1
print(f"{'script':<12}{'n':>6}{'resolve':>9}{'R%':>7}{'wrong':>7}")
for k in sorted(stats, key=lambda k: -stats[k]["n"]):
    s = stats[k]
    r = f"{100 * s['correct'] / s['pos']:6.1f}" if s["pos"] else "     -"
    print(f"{k:<12}{s['n']:>6}{s['pos']:>9}{r:>7}{s['wrong']:>7}")
