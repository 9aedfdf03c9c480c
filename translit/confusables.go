package translit

//go:generate go run gen_confusables.go -src /usr/lib/python3/dist-packages/confusable_homoglyphs/confusables.json

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file undoes look-alike disguises: a Latin name written with some letters of another
// script that look the same (Zеlеnskyy with Cyrillic е, U+0435).
//
// A word, here, is a maximal run of letters and combining marks. Spaces, punctuation
// (hyphens and apostrophes too), digits, symbols and invalid bytes end a word. A word is
// mixed when it holds at least one Latin letter and at least one letter of another script;
// letters of the Common and Inherited scripts count for neither side. Fullwidth Latin letters
// (Ｐ) are Latin by script, so a word of them and ASCII is not mixed: width is folding's job.
//
// The letters replaced, and by what, come from the Unicode confusables data (UTS #39) as
// gen_confusables.go keeps it: letters of Cyrillic, Greek and Armenian whose prototype is one
// Latin letter (with marks), given the case of the letter they replace.

// confusable is one row of confusableTable: a letter and the Latin text that looks like it.
type confusable struct {
	from rune
	to   string
}

// Unconfuse maps letters of other scripts that look like Latin letters (by the Unicode
// confusables data, UTS #39) to those Latin letters, in every word that mixes Latin letters
// with letters of another script. Words written wholly in one script are left as they are
// (Київ stays Київ: it is Ukrainian, not a disguise). It reports whether any word was mixed.
//
// A word is a maximal run of letters and combining marks: spaces, punctuation (hyphens and
// apostrophes included) and digits split words. In a mixed word, a letter with no Latin
// look-alike in the data (Cyrillic ж) is kept, and the word stays mixed: Zеlжnsky gives
// Zelжnsky and true. Only letters of Cyrillic, Greek and Armenian are mapped, and only those
// whose prototype is one Latin letter: Cyrillic к (prototype ĸ, kra) stays. The Latin letter
// takes the case of the letter it replaces: Cyrillic І, whose prototype is l, gives I, and
// Cyrillic т, whose prototype is small capital ᴛ, gives t. Letters that decompose (Cyrillic ё, ї) are mapped as their base letter
// with its marks (ë, ï). Invalid UTF-8 is replaced by U+FFFD. Unconfuse allocates nothing
// when s has no mixed word and is valid UTF-8. It is safe for concurrent use, and
//
//	Unconfuse(Unconfuse(s)) == Unconfuse(s)
func Unconfuse(s string) (string, bool) {
	return unconfuseWith(s, lookupConfusable)
}

// MixedScript reports whether some word of s mixes Latin letters with letters of another
// script, with words as [Unconfuse] defines them. It equals the second result of Unconfuse
// and never allocates.
func MixedScript(s string) bool {
	if isASCII(s) {
		return false
	}
	for i := 0; i < len(s); {
		end, mixed := confusableWord(s, i)
		if mixed {
			return true
		}
		i = end
	}
	return false
}

// unconfuseWith is Unconfuse with the table look-up as a parameter, so that benchmarks can
// compare look-ups.
func unconfuseWith(s string, lookup func(rune) (string, bool)) (string, bool) {
	if isASCII(s) {
		return s, false
	}
	// Find the first mixed word; with none, s is its own answer if it is valid UTF-8.
	first := -1
	for i := 0; i < len(s); {
		end, mixed := confusableWord(s, i)
		if mixed {
			first = i
			break
		}
		i = end
	}
	if first < 0 && utf8.ValidString(s) {
		return s, false
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	i := 0
	if first > 0 && utf8.ValidString(s[:first]) {
		b.WriteString(s[:first])
		i = first
	}
	for i < len(s) {
		end, mixed := confusableWord(s, i)
		for i < end {
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				b.WriteRune(utf8.RuneError)
			case mixed && r >= utf8.RuneSelf:
				if to, ok := lookup(r); ok {
					b.WriteString(to)
				} else {
					b.WriteString(s[i : i+size])
				}
			default:
				b.WriteString(s[i : i+size])
			}
			i += size
		}
	}
	return b.String(), first >= 0
}

// confusableWord reads from s[i:] the next word, or the one rune that is not in a word, and
// returns where it ends and whether it is a mixed word.
func confusableWord(s string, i int) (end int, mixed bool) {
	var latin, other bool
	start := i
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				break
			}
			latin = true
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch letterScript(r) {
		case wordNone:
			if i == start {
				return i + size, false
			}
			return i, latin && other
		case wordLatin:
			latin = true
		case wordOther:
			other = true
		}
		i += size
	}
	if i == start {
		return i + 1, false // an ASCII rune that is not a letter
	}
	return i, latin && other
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// wordRune is what a non-ASCII rune is to a word.
type wordRune uint8

const (
	wordNone    wordRune = iota // ends a word: not a letter or mark, or invalid UTF-8
	wordNeutral                 // in a word, on neither side: a mark, a Common or Inherited letter
	wordLatin                   // a letter of the Latin script
	wordOther                   // a letter of any other script
)

// letterScript classifies a non-ASCII rune.
func letterScript(r rune) wordRune {
	// Fast paths for the blocks names use most; the general case below gives the same answers.
	switch {
	case r >= 0x100 && r < 0x250: // Latin Extended-A and -B: all Latin letters
		return wordLatin
	case r >= 0x300 && r < 0x370: // Combining Diacritical Marks
		return wordNeutral
	case r >= 0x400 && r < 0x530: // Cyrillic and Cyrillic Supplement
		switch {
		case r == 0x482: // ҂ CYRILLIC THOUSANDS SIGN
			return wordNone
		case r >= 0x483 && r <= 0x489: // Cyrillic combining marks
			return wordNeutral
		}
		return wordOther
	}
	switch {
	case r == utf8.RuneError:
		return wordNone
	case unicode.IsMark(r):
		return wordNeutral
	case !unicode.IsLetter(r):
		return wordNone
	case scriptOf(r) != scriptNone:
		return wordOther // fast path for the scripts this package romanizes
	case unicode.Is(unicode.Latin, r):
		return wordLatin
	case unicode.Is(unicode.Common, r) || unicode.Is(unicode.Inherited, r):
		return wordNeutral
	}
	return wordOther
}

// lookupConfusable returns the Latin text that looks like r, by binary search of
// confusableTable.
func lookupConfusable(r rune) (string, bool) {
	lo, hi := 0, len(confusableTable)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if confusableTable[m].from < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(confusableTable) && confusableTable[lo].from == r {
		return confusableTable[lo].to, true
	}
	return "", false
}
