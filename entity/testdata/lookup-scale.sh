#!/bin/sh
# Measures the whole process of examples/lookup on a synthetic table, as a user runs it: TSV
# parsing and indexing included, then queries answered as JSON lines. Run from anywhere:
#
#	sh entity/testdata/lookup-scale.sh [N]        # N names, default 1000000
#
# It writes the table and its queries (entity/internal/synth/cmd/synthtable, seed 1, 1,000
# queries of each class) under entity/testdata/scale/ (ignored by git; reused when present),
# builds the lookup binary there, and reports, from /usr/bin/time -v:
#   load:   wall time and peak RSS of loading the table and answering nothing;
#   query:  wall time and peak RSS of loading and answering every query; per query is the
#           difference of the two wall times over the number of queries (JSON included);
#   top-1:  the share of queries answered as their expected_id says (an id, or none).
# With -save-index/-index in examples/lookup it also measures writing and loading a
# snapshot. The machine may be shared: run it twice and take the lower times.
set -eu
n=${1:-1000000}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
dir=entity/testdata/scale
mkdir -p "$dir"
tsv=$dir/synth-$n.tsv
queries=$dir/synth-$n-queries.tsv
go build -o "$dir/lookup" ./examples/lookup
go build -o "$dir/synthtable" ./entity/internal/synth/cmd/synthtable
if [ ! -s "$tsv" ] || [ ! -s "$queries" ]; then
	"$dir/synthtable" -n "$n" -seed 1 -o "$tsv" -queries "$queries" -per 1000
fi
# The query texts, one a line (rows after the comment and the header).
grep -v '^#' "$queries" | tail -n +2 | cut -f1 > "$dir/queries-$n.txt"
nq=$(wc -l < "$dir/queries-$n.txt")

# measure LABEL CMD... runs CMD under /usr/bin/time -v and prints wall seconds and peak MB.
measure() {
	label=$1
	shift
	/usr/bin/time -v "$@" 2> "$dir/time.txt" || { cat "$dir/time.txt" >&2; exit 1; }
	wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$dir/time.txt")
	rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$dir/time.txt")
	echo "$label: ${wall} s, peak RSS ${rss} MB"
}

echo "table: $tsv ($n names), $nq queries"
measure "load (-table, no query)" sh -c "\"$dir/lookup\" -table \"$tsv\" -json < /dev/null > /dev/null"
load=$wall
measure "load + $nq queries (-table -json)" sh -c "\"$dir/lookup\" -table \"$tsv\" -json < \"$dir/queries-$n.txt\" > \"$dir/answers-$n.jsonl\""
awk -v a="$load" -v b="$wall" -v q="$nq" 'BEGIN {printf "per query (JSON included): %.1f µs\n", (b - a) / q * 1e6}'

# Top-1 against expected_id, when python3 is there.
if command -v python3 > /dev/null; then
	python3 - "$queries" "$dir/answers-$n.jsonl" <<'PY'
import json, sys
want = [l.rstrip("\n").split("\t")[1] for l in open(sys.argv[1], encoding="utf-8") if not l.startswith("#")][1:]
got = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
right = sum(1 for w, g in zip(want, got) if (g.get("id") or "") == w)
print(f"top-1 (every class): {right}/{len(want)} = {100 * right / len(want):.1f} %")
PY
fi

# Snapshots, when examples/lookup writes and reads them.
if "$dir/lookup" -h 2>&1 | grep -q -- '-save-index'; then
	snap=$dir/synth-$n.snap
	measure "build + write snapshot (-save-index)" sh -c "\"$dir/lookup\" -table \"$tsv\" -save-index \"$snap\" -json < /dev/null > /dev/null"
	echo "snapshot: $(( $(wc -c < "$snap") / 1048576 )) MiB"
	measure "load snapshot (-index, no query)" sh -c "\"$dir/lookup\" -index \"$snap\" -json < /dev/null > /dev/null"
	sload=$wall
	measure "load snapshot + $nq queries (-index -json)" sh -c "\"$dir/lookup\" -index \"$snap\" -json < \"$dir/queries-$n.txt\" > /dev/null"
	awk -v a="$sload" -v b="$wall" -v q="$nq" 'BEGIN {printf "per query after -index (JSON included): %.1f µs\n", (b - a) / q * 1e6}'
fi
