#!/bin/sh
# Fetches the sources of data/wordlist.tsv (see gen_wordlist.go): the humannames list from
# its npm package into testdata/wordlists/, and checks that the Debian wamerican list is
# installed (apt-get install wamerican). Run from the entity directory.
set -eu
mkdir -p testdata/wordlists
tmp=$(mktemp -d)
(cd "$tmp" && npm pack humannames@1.0.5 >/dev/null 2>&1 && tar xzf humannames-1.0.5.tgz)
tr -d '\r' < "$tmp/package/list.txt" > testdata/wordlists/humannames.txt
rm -rf "$tmp"
test -f /usr/share/dict/american-english || echo "install wamerican: apt-get install wamerican" >&2
