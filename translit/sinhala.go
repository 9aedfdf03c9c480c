package translit

import (
	_ "embed"
	"fmt"
	"sync"
	"unicode/utf8"
)

// Sinhala: written as the Telugu letters of the same sounds (rules/si_telugu.tsv) and
// romanized by the Telugu scheme, which keeps the final inherent a.

//go:embed rules/si_telugu.tsv
var siTeluguTSV string

func init() {
	register(Sinhala, scriptSinhala, func() scheme {
		return embedded(loadSinhala())
	})
}

// The Sinhala vowel signs written in two parts: ෙ before the consonant's other sign.
const (
	sinhalaE      = '\u0DD9' // ෙ
	sinhalaAa     = '\u0DCF' // ා
	sinhalaVirama = '\u0DCA' // ්
)

// sinhalaScheme maps Sinhala to Telugu and romanizes the Telugu.
type sinhalaScheme struct {
	telugu map[rune][]rune
	inner  scheme
}

var loadSinhala = sync.OnceValues(func() (*sinhalaScheme, error) {
	const file = "rules/si_telugu.tsv"
	rows, err := readNameTSV(file, siTeluguTSV, "sinhala", "telugu")
	if err != nil {
		return nil, err
	}
	tabs, err := loadBrahmic()
	if err != nil {
		return nil, err
	}
	sc := &sinhalaScheme{telugu: map[rune][]rune{}}
	for _, b := range tabs {
		if b.base == 0xC00 {
			sc.inner = b
		}
	}
	if sc.inner == nil {
		return nil, fmt.Errorf("%s: no Telugu table in rules/brahmic.tsv", file)
	}
	for _, row := range rows {
		s, size := utf8.DecodeRuneInString(row.fields[0])
		if size != len(row.fields[0]) || scriptOf(s) != scriptSinhala {
			return nil, fmt.Errorf("%s:%d: sinhala: %q is not one Sinhala letter or sign", file, row.line, row.fields[0])
		}
		if _, dup := sc.telugu[s]; dup {
			return nil, fmt.Errorf("%s:%d: sinhala: duplicate letter %q", file, row.line, row.fields[0])
		}
		t := []rune(row.fields[1])
		for _, r := range t {
			if scriptOf(r) != scriptTelugu {
				return nil, fmt.Errorf("%s:%d: telugu: %q is not Telugu letters and signs", file, row.line, row.fields[1])
			}
		}
		sc.telugu[s] = t
	}
	return sc, nil
})

// toTelugu writes the Sinhala word as Telugu: මහින්ද as మహింద (by letters: మహిన్ద).
// The two-part vowel signs typed as their parts (ෙ then ා or ්) are read as one.
func (sc *sinhalaScheme) toTelugu(word []rune) []rune {
	out := make([]rune, 0, 2*len(word))
	for i := 0; i < len(word); i++ {
		r := word[i]
		if r == sinhalaE && i+1 < len(word) {
			switch word[i+1] {
			case sinhalaAa: // ො o
				r = '\u0DDC'
				i++
			case sinhalaVirama: // ේ ē
				r = '\u0DDA'
				i++
			}
		}
		out = append(out, sc.telugu[r]...)
	}
	return out
}

func (sc *sinhalaScheme) appendWord(dst []byte, word []rune) []byte {
	return sc.inner.appendWord(dst, sc.toTelugu(word))
}
