// Package pinyinset lists the syllables of Hanyu Pinyin as translit reads the Han
// characters, for the generator of entity/data/pinyin.tsv and the test that checks it.
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
	seen := map[string]bool{}
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		s := translit.Fold(translit.ToLatin(string(r)))
		if s == "" || strings.ContainsFunc(s, func(c rune) bool { return c < 'a' || c > 'z' }) || !strings.ContainsAny(s, "aeiouv") {
			continue // not one syllable, or an interjection without a vowel (m, hm, ng)
		}
		seen[s] = true
	}
	out := make([]string, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}
