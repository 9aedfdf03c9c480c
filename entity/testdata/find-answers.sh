#!/bin/sh
# Writes every answer of examples/mentions (-json -unknown) on the text fixtures under
# entity/testdata, so that a change meant to make Find faster can be checked to change no
# answer: run it on the code before and after, then diff the two directories.
#
#	sh entity/testdata/find-answers.sh OUTDIR [FILE ...]
#	diff -r BEFORE AFTER
#
# Each text is read with the default table and with each table of its own directory
# (findprobe/wars.txt with wars.table.tsv, world.txt with world.table.tsv); the news corpus
# (news/*.txt) is read without its [[text|id]] marks, with news/table.tsv. Extra FILEs are
# read with the default table. One file of JSON lines per text and table in OUTDIR.
set -eu
[ $# -ge 1 ] || { echo "usage: $0 OUTDIR [FILE ...]" >&2; exit 2; }
out=$1
shift
mkdir -p "$out"
out=$(cd "$out" && pwd)
extra=""
for f in "$@"; do
	extra="$extra $(cd "$(dirname "$f")" && pwd)/$(basename "$f")"
done
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/mentions" ./examples/mentions

# run NAME TEXT [TABLE]: the answers on TEXT with TABLE (the default table when absent).
run() {
	name=$1 text=$2
	if [ $# -ge 3 ]; then
		"$tmp/mentions" -json -unknown -table "$3" "$text" >"$out/$name.jsonl"
	else
		"$tmp/mentions" -json -unknown "$text" >"$out/$name.jsonl"
	fi
}

for dir in entity/testdata/findprobe*; do
	d=$(basename "$dir")
	for text in "$dir"/*.txt; do
		t=$(basename "$text" .txt)
		run "$d-$t-default" "$text"
		for table in "$dir"/table*.tsv "$dir/$t.table.tsv"; do
			[ -f "$table" ] || continue
			run "$d-$t-$(basename "$table" .tsv)" "$text" "$table"
		done
	done
done
for text in entity/testdata/news/*.txt; do
	t=$(basename "$text" .txt)
	grep -v '^#' "$text" | sed 's/\[\[\([^]|]*\)|[^]]*\]\]/\1/g' >"$tmp/news-$t.txt"
	run "news-$t-default" "$tmp/news-$t.txt"
	run "news-$t-table" "$tmp/news-$t.txt" entity/testdata/news/table.tsv
done
n=0
for f in $extra; do
	n=$((n + 1))
	run "extra$n-$(basename "$f" .txt)-default" "$f"
done
