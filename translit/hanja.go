package translit

import (
	_ "embed"
	"fmt"
	"sync"
	"unicode/utf8"
)

// Hanja: Han characters read as Korean, from Unihan kHangul (rules/han_hangul.tsv), then
// romanized as Hangul is.

//go:embed rules/han_hangul.tsv
var hanHangulTSV string

// hanjaTable maps a Han character to its Korean readings, the most common first.
type hanjaTable map[rune][]rune

var loadHanja = sync.OnceValues(func() (hanjaTable, error) {
	const file = "rules/han_hangul.tsv"
	rows, err := readNameTSV(file, hanHangulTSV, "hangul", "first", "later")
	if err != nil {
		return nil, err
	}
	t := hanjaTable{}
	for pass := 1; pass <= 2; pass++ { // first readings, then later ones
		for _, row := range rows {
			syl, size := utf8.DecodeRuneInString(row.fields[0])
			if size != len(row.fields[0]) || !isSyllable(syl) {
				return nil, fmt.Errorf("%s:%d: hangul: %q is not one Hangul syllable", file, row.line, row.fields[0])
			}
			field := row.fields[pass]
			if field == "-" {
				continue
			}
			for _, r := range field {
				if scriptOf(r) != scriptHan {
					return nil, fmt.Errorf("%s:%d: %s: %U is not a Han character", file, row.line, [...]string{"", "first", "later"}[pass], r)
				}
				if pass == 1 && len(t[r]) > 0 {
					return nil, fmt.Errorf("%s:%d: first: %c (%U) has a second first reading", file, row.line, r, r)
				}
				t[r] = append(t[r], syl)
			}
		}
	}
	return t, nil
})

// hanjaToHangul returns the Hangul readings of s: each run of Han characters read with each
// character's first Korean reading; then, when the first character of a run of two to four
// (a personal name) has a later reading that is a Korean surname, the same with that reading
// (金 is 금 "gold" first, and 김 Kim). It returns nothing when s has a Han character without a
// Korean reading or no Han character at all. Other runes are kept.
func hanjaToHangul(s string) []string {
	t, err := loadHanja()
	if err != nil {
		return nil
	}
	names, err := loadKONames()
	if err != nil {
		return nil
	}
	rs := []rune(s)
	plain := make([]rune, 0, len(rs))
	named := make([]rune, 0, len(rs))
	seen, differ := false, false
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if scriptOf(r) != scriptHan {
			plain, named = append(plain, r), append(named, r)
			continue
		}
		seen = true
		j := i
		for j < len(rs) && scriptOf(rs[j]) == scriptHan {
			j++
		}
		for k := i; k < j; k++ {
			hs := t[rs[k]]
			if len(hs) == 0 {
				return nil
			}
			h := hs[0]
			plain = append(plain, h)
			if k == i && j-i >= 2 && j-i <= 4 {
				for _, alt := range hs[1:] {
					if _, ok := names.surnames[string(alt)]; ok {
						h, differ = alt, true
						break
					}
				}
			}
			named = append(named, h)
		}
		i = j - 1
	}
	switch {
	case !seen:
		return nil
	case differ:
		return []string{string(plain), string(named)}
	}
	return []string{string(plain)}
}
