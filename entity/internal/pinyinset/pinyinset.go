// Package pinyinset lists the syllables of Hanyu Pinyin and of romanized Korean as translit
// writes them, for the generator of entity/data/pinyin.tsv and entity/data/hangul.tsv and
// the test that checks those tables.
package pinyinset

import (
	"slices"
	"strings"

	"github.com/namecanon/namecanon/translit"
)

// Syllables returns the toneless, folded Hanyu Pinyin syllables that translit.ToLatin gives
// the CJK Unified Ideographs U+4E00..U+9FFF, sorted, less the interjections without a vowel
// (m, n, hm, ng).
func Syllables() []string {
	return collect(0x4E00, 0x9FFF, func(s string) []string { return []string{s} })
}

// Hangul returns the folded romanizations that translit.ToLatin gives the Hangul syllables
// U+AC00..U+D7A3 (Revised Romanization), each also with o for eo and u for eu (the
// McCune–Reischauer vowels without breves: pyong, hung), sorted.
func Hangul() []string {
	return collect(0xAC00, 0xD7A3, func(s string) []string {
		mr := strings.ReplaceAll(strings.ReplaceAll(s, "eo", "o"), "eu", "u")
		if mr == s {
			return []string{s}
		}
		return []string{s, mr}
	})
}

// collect romanizes the runes lo..hi one by one and returns the sorted set of the forms
// that more gives for each romanization that is one syllable of ASCII letters with a vowel.
func collect(lo, hi rune, more func(string) []string) []string {
	seen := map[string]bool{}
	for r := lo; r <= hi; r++ {
		s := translit.Fold(translit.ToLatin(string(r)))
		if s == "" || strings.ContainsFunc(s, func(c rune) bool { return c < 'a' || c > 'z' }) || !strings.ContainsAny(s, "aeiouv") {
			continue // not one syllable, or an interjection without a vowel (m, hm, ng)
		}
		for _, f := range more(s) {
			seen[f] = true
		}
	}
	out := make([]string, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}
