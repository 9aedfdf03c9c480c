package translit

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"
)

// Khmer: UNGEGN 2010 without diacritics, with the press's vowel spellings of names
// (rules/km.tsv); the series of each consonant sets how the vowels after it are read.

//go:embed rules/km.tsv
var kmTSV string

func init() {
	register(Khmer, scriptKhmer, func() scheme {
		return embedded(loadKhmer())
	})
}

// khmerKind is what a Khmer letter or sign does in a syllable.
type khmerKind uint8

const (
	kmNone khmerKind = iota
	kmConsonant
	kmVowel
	kmIndependent
	kmNikahit
	kmReahmuk
	kmMusikatoan
	kmTriisap
	kmCoeng
	kmSilent
	kmToandakhiat
)

var khmerKinds = map[string]khmerKind{
	"consonant": kmConsonant, "vowel": kmVowel, "independent": kmIndependent, "nikahit": kmNikahit,
	"reahmuk": kmReahmuk, "musikatoan": kmMusikatoan, "triisap": kmTriisap, "coeng": kmCoeng,
	"silent": kmSilent, "toandakhiat": kmToandakhiat,
}

// khmerLetter is one row of rules/km.tsv.
type khmerLetter struct {
	kind          khmerKind
	latin, latin2 string // consonant: initial sound; vowel: after the first and second series
	final         string // consonant: the sound as a final
	second        bool   // consonant: of the second series
}

// Khmer letters that the rules name.
const (
	khmerBa = 'ប'
	khmerHa = 'ហ'
)

// khmerFirst and khmerLast bound the Khmer block's letters and signs (not its digits and
// punctuation from U+17D4).
const (
	khmerFirst = 0x1780
	khmerLast  = 0x17D3
)

// khmerScheme romanizes Khmer.
type khmerScheme struct {
	letters [khmerLast - khmerFirst + 1]khmerLetter
}

var loadKhmer = sync.OnceValues(func() (*khmerScheme, error) {
	const file = "rules/km.tsv"
	rows, err := readNameTSV(file, kmTSV, "letter", "kind", "latin", "series", "final")
	if err != nil {
		return nil, err
	}
	sc := &khmerScheme{}
	dash := func(s string) string {
		if s == "-" {
			return ""
		}
		return s
	}
	for _, row := range rows {
		r, size := utf8.DecodeRuneInString(row.fields[0])
		if size != len(row.fields[0]) || r < khmerFirst || r > khmerLast {
			return nil, fmt.Errorf("%s:%d: letter: %q is not one Khmer letter or sign", file, row.line, row.fields[0])
		}
		kind, ok := khmerKinds[row.fields[1]]
		if !ok {
			return nil, fmt.Errorf("%s:%d: kind: unknown %q", file, row.line, row.fields[1])
		}
		l := khmerLetter{kind: kind, latin: dash(row.fields[2]), latin2: dash(row.fields[3]), final: dash(row.fields[4])}
		switch kind {
		case kmConsonant:
			if row.fields[3] != "1" && row.fields[3] != "2" {
				return nil, fmt.Errorf("%s:%d: series: want 1 or 2, not %q", file, row.line, row.fields[3])
			}
			l.second, l.latin2 = row.fields[3] == "2", ""
		case kmVowel:
			if l.latin == "" || l.latin2 == "" {
				return nil, fmt.Errorf("%s:%d: series: a vowel needs a spelling after each series", file, row.line)
			}
		}
		if sc.letters[r-khmerFirst].kind != kmNone {
			return nil, fmt.Errorf("%s:%d: letter: %q listed twice", file, row.line, row.fields[0])
		}
		sc.letters[r-khmerFirst] = l
	}
	return sc, nil
})

func (sc *khmerScheme) letter(r rune) khmerLetter {
	if r < khmerFirst || r > khmerLast {
		return khmerLetter{}
	}
	return sc.letters[r-khmerFirst]
}

// appendWord writes the romanization of one Khmer word, capitalized. Each syllable is an
// initial consonant (with its series signs and subscripts), its vowel signs or the inherent
// vowel, and a final consonant when one stands between a vowel and another consonant or the
// end of the word; a consonant doubled through coeng (ត្ត) ends one syllable and starts the
// next.
func (sc *khmerScheme) appendWord(dst []byte, word []rune) []byte {
	start := len(dst)
	kind := func(i int) khmerKind {
		if i < 0 || i >= len(word) {
			return kmNone
		}
		return sc.letter(word[i]).kind
	}
	// isFinal reports whether the consonant at i closes the syllable before it. ហ closes none
	// before another consonant (Khmer writes a final h with ះ): សីហមុនី is Si-ha-moni.
	isFinal := func(i int) bool {
		if kind(i) != kmConsonant {
			return false
		}
		switch kind(i + 1) {
		case kmConsonant:
			return word[i] != khmerHa
		case kmNone, kmSilent, kmToandakhiat:
			return true
		case kmCoeng:
			return i+2 < len(word) && word[i+2] == word[i] // ត្ត: a final, then an initial
		}
		return false
	}
	for i := 0; i < len(word); {
		l := sc.letter(word[i])
		switch l.kind {
		case kmIndependent:
			dst = append(dst, l.latin...)
			i++
			if isFinal(i) {
				dst = sc.appendFinal(dst, word, &i)
			}
			continue
		case kmConsonant:
		default:
			i++ // a sign with no consonant before it
			continue
		}
		syllable := len(dst)
		onset := l.latin
		if word[i] == khmerBa && kind(i+1) == kmMusikatoan {
			onset = "p" // ប៉ is p (ប៉ុល ពត Pol Pot)
		}
		dst = append(dst, onset...)
		second := l.second
		i++
		for i < len(word) {
			switch kind(i) {
			case kmMusikatoan:
				second = false
				i++
				continue
			case kmTriisap:
				second = true
				i++
				continue
			case kmCoeng:
				if s := sc.letter(word[min(i+1, len(word)-1)]); i+1 < len(word) && s.kind == kmConsonant {
					dst = append(dst, s.latin...)
					i += 2
					continue
				}
				i++
				continue
			}
			break
		}
		vowel, written := "", false
		for i < len(word) {
			v := sc.letter(word[i])
			switch v.kind {
			case kmVowel:
				if second {
					vowel += v.latin2
				} else {
					vowel += v.latin
				}
				written = true
				i++
				continue
			case kmNikahit:
				if !written {
					vowel = khmerInherent(second) // ភ្នំ Phnom, as the press writes it
				}
				vowel += "m"
				written = true
				i++
				continue
			case kmReahmuk:
				if !written {
					vowel = "a"
					if second {
						vowel = "ea" // ព្រះ Preah
					}
				}
				vowel += "h"
				written = true
				i++
				continue
			case kmSilent:
				i++
				continue
			}
			break
		}
		if kind(i) == kmToandakhiat {
			dst = dst[:syllable] // ៍ silences the syllable it ends: ពោធិ៍សាត់ Posat (Pursat)
			i++
			continue
		}
		closed := isFinal(i) && !strings.HasSuffix(vowel, "m") && !strings.HasSuffix(vowel, "h") // ំ and ះ close the syllable
		if !written {
			vowel = khmerInherent(second)
		}
		dst = append(dst, vowel...)
		if closed {
			dst = sc.appendFinal(dst, word, &i)
		}
	}
	capitalizeASCII(dst, start)
	return dst
}

// appendFinal writes the final consonant at *i (and the signs after it) and moves past it; a
// consonant doubled through coeng leaves its second half as the next syllable's initial.
func (sc *khmerScheme) appendFinal(dst []byte, word []rune, i *int) []byte {
	f := sc.letter(word[*i])
	*i++
	silent := false
	for *i < len(word) {
		switch sc.letter(word[*i]).kind {
		case kmSilent:
			*i++
			continue
		case kmToandakhiat:
			silent = true
			*i++
			continue
		case kmCoeng:
			*i++ // the doubled consonant after it starts the next syllable
		}
		break
	}
	if !silent {
		dst = append(dst, f.final...)
	}
	return dst
}

// khmerInherent is the inherent vowel of a consonant of the first or second series, in an
// open or closed syllable alike: a (ក ka) or o (ពត Pot, ភ្នំ Phnom).
func khmerInherent(second bool) string {
	if second {
		return "o"
	}
	return "a"
}
