// Package synth generates realistic synthetic tables of names and the queries to resolve
// against them, for the tests and benchmarks of package entity and the examples.
//
// A table ([Generate]) holds persons (about 85 %), places and organizations of twenty-one
// cultures: Ukrainian and Russian names written in Cyrillic and Greek names in Greek script,
// romanized by package translit as a table would hold them; Chinese and Korean names in Han
// characters and Hangul, family name first; Arabic and Persian names with their Arabic-script
// forms; Turkish, Vietnamese and Polish names with their diacritics; English, German, French,
// Spanish, Italian, Portuguese, Dutch, Nordic, Indian, African and Japanese names. Names are
// drawn by a Zipf law over lists in order of frequency, so the common family names are shared
// by hundreds of people in a large table (in a table of 1e5 names the most common family name
// belongs to more than 800 people; [Namesakes] makes any number of them); women of the
// Slavic, Polish and Greek cultures carry the feminine form (Ivanova, Kowalska, Papadopoulou). Places follow each language's way of
// forming place names (Petrivka, Rosenheim, Karaköy, Hosseinabad) and organizations are a
// family or place name with a designator (Petrenko Holdings, Kafr Saad Agro).
//
// The same size and seed give the same table: Generate(n, seed) is deterministic for one Go
// release, since it draws from math/rand/v2's PCG.
//
// [Set.Queries] makes mentions of the table's entities by class: the name as written; one
// word rewritten by a real convention (y for i, kh for h, w for v, -ff for -v, ou for u, a
// dropped h, ck for k, j for y …: data/rewrites.tsv); a typo; the family name moved; the name
// in its own script; a Latin name written in Cyrillic as the Russian press does
// (data/cyrillic.tsv), which the resolver must romanize back; the family name alone; and
// persons who are not in the table. [LoadCities] and [LoadHumanNames] read the real data sets
// that entity/testdata/fetch-scale-data.sh fetches into the same [Name] form. Each query knows the id it must resolve to, or that it
// must resolve to none.
//
// The name material is data, not code: data/*.tsv, embedded, each file naming its sources.
// cmd/synthtable writes a generated table (and its queries) as files for the command-line
// examples.
package synth
