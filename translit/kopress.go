package translit

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"
)

// McCune–Reischauer and press readings of Hangul, for Readings (rules/ko_press.tsv).

//go:embed rules/ko_press.tsv
var koPressTSV string

// koSpell is how one system writes a jamo: the spellings it may have (one for MR, one or two
// for the press).
type koSpell []string

// koPressTable holds, per system (0 MR, 1 press), the spellings of the initials (by RR
// initial index), of the voiced initials (between voiced sounds; nil where there is none) and
// of the vowels (by RR vowel index).
type koPressTable struct {
	initial [2][19]koSpell
	voiced  [2][19]koSpell
	vowel   [2][jamoV]koSpell
}

// compatInitial maps the compatibility jamo ㄱ (U+3131) to ㅎ (U+314E) to the RR initial index,
// -1 for a jamo that is no initial (ㄳ, ㄵ …).
var compatInitial = [30]int{0, 1, -1, 2, -1, -1, 3, 4, 5, -1, -1, -1, -1, -1, -1, -1, 6, 7, 8, -1, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18}

var loadKOPress = sync.OnceValues(func() (*koPressTable, error) {
	const file = "rules/ko_press.tsv"
	rows, err := readNameTSV(file, koPressTSV, "jamo", "kind", "mr", "press")
	if err != nil {
		return nil, err
	}
	t := &koPressTable{}
	for _, row := range rows {
		r, size := utf8.DecodeRuneInString(row.fields[0])
		if size != len(row.fields[0]) {
			return nil, fmt.Errorf("%s:%d: jamo: %q is not one jamo", file, row.line, row.fields[0])
		}
		var spells [2]koSpell
		for sys, f := range row.fields[2:4] {
			for _, alt := range strings.Split(f, "|") {
				if alt == "-" {
					alt = ""
				}
				if !isASCIILower(alt) {
					return nil, fmt.Errorf("%s:%d: %s: %q is not lower-case Latin letters", file, row.line, [2]string{"mr", "press"}[sys], alt)
				}
				spells[sys] = append(spells[sys], alt)
			}
		}
		if len(spells[0]) != 1 {
			return nil, fmt.Errorf("%s:%d: mr: %q: MR has one spelling", file, row.line, row.fields[2])
		}
		switch kind := row.fields[1]; {
		case (kind == "initial" || kind == "voiced") && r >= 0x3131 && r <= 0x314E && compatInitial[r-0x3131] >= 0:
			i := compatInitial[r-0x3131]
			target := &t.initial
			if kind == "voiced" {
				target = &t.voiced
			}
			if target[0][i] != nil {
				return nil, fmt.Errorf("%s:%d: jamo: %s %q listed twice", file, row.line, kind, row.fields[0])
			}
			target[0][i], target[1][i] = spells[0], spells[1]
		case kind == "vowel" && r >= 0x314F && r <= 0x3163:
			i := int(r - 0x314F)
			if t.vowel[0][i] != nil {
				return nil, fmt.Errorf("%s:%d: jamo: vowel %q listed twice", file, row.line, row.fields[0])
			}
			t.vowel[0][i], t.vowel[1][i] = spells[0], spells[1]
		default:
			return nil, fmt.Errorf("%s:%d: kind: %q with jamo %q is neither an initial consonant, a voiced one nor a vowel", file, row.line, kind, row.fields[0])
		}
	}
	for i := range t.initial[0] {
		if t.initial[0][i] == nil {
			return nil, fmt.Errorf("%s: jamo: initial %q is missing", file, compatFromInitial(i))
		}
	}
	for i := range t.vowel[0] {
		if t.vowel[0][i] == nil {
			return nil, fmt.Errorf("%s: jamo: vowel %q is missing", file, rune(0x314F+i))
		}
	}
	return t, nil
})

// compatFromInitial returns the compatibility jamo of the RR initial index i.
func compatFromInitial(i int) rune {
	for j, v := range compatInitial {
		if v == i {
			return rune(0x3131 + j)
		}
	}
	return utf8.RuneError
}

// koChoice picks, for the press, which of two spellings each jamo with two gets: bit k of the
// choice is the k-th such jamo of the table's order (initials, then vowels).
type koChoice struct {
	bits  uint
	slots map[[2]int]int // (0 initial | 1 voiced | 2 vowel, index) → bit
	name  bool           // some word was read as surname and given name
}

func (c *koChoice) pick(kind, i int, s koSpell) string {
	if len(s) == 1 {
		return s[0]
	}
	k, ok := c.slots[[2]int{kind, i}]
	if !ok {
		k = len(c.slots)
		c.slots[[2]int{kind, i}] = k
	}
	if k >= maxKOChoices {
		return s[0] // past the choices a name may vary: the first spelling
	}
	return s[c.bits>>k&1]
}

// appendKOSyllables writes the Hangul syllables word by system sys (0 MR, 1 press) with the
// choices c: MR's voiced initials between voiced sounds (대중 Taejung), ㅅ as sh before i and
// wi (신 Shin), and, in the press, 우 after a vowel as wu (태우 Taewu, Tae-woo).
func (t *koPressTable) appendKOSyllables(dst []byte, word []rune, sys int, c *koChoice) []byte {
	voicedBefore := false
	for i, r := range word {
		s, ok := decompose(r)
		if !ok {
			continue
		}
		switch {
		case s.l == iS && (s.v == 20 || s.v == 16): // ㅣ, ㅟ
			dst = append(dst, "sh"...)
		case s.l == iNone && s.v == 13 && i > 0 && sys == 1 && voicedBefore: // 우
			dst = append(dst, 'w')
		case voicedBefore && t.voiced[sys][s.l] != nil:
			dst = append(dst, c.pick(1, s.l, t.voiced[sys][s.l])...)
		default:
			dst = append(dst, c.pick(0, s.l, t.initial[sys][s.l])...)
		}
		dst = append(dst, c.pick(2, s.v, t.vowel[sys][s.v])...)
		coda := rrFinals[s.t].coda
		dst = append(dst, coda...)
		voicedBefore = coda == "" || coda == "n" || coda == "m" || coda == "ng" || coda == "l"
	}
	return dst
}

// maxKOChoices caps the press spellings tried for one name: 2^maxKOChoices combinations,
// the jamo with two spellings after the first maxKOChoices taking their first. Each reading is
// one more lookup for a resolver when the first finds nothing, for every name of a Korean
// text that the table does not hold: the press readings are one, every jamo in its first
// spelling (Park Chunghi, Kim Yungsam; not Kim Jongil, which RR's Kim Jeongil meets).
const maxKOChoices = 0

// koreanPressReadings returns, when some Hangul word of s is a personal name, s with its
// Hangul words read by McCune–Reischauer (박정희 Pak Chonghui) and by the press spellings of
// names (Park Chunghi for Park Chung-hee, Kim Jongil), each word of three or four syllables
// that starts with a surname written as surname and given name (the press surname from
// rules/ko_names.tsv; in MR, 이 and 리 as Yi and Ri). Words in other scripts are read by
// ToLatin. It returns nil when s has no Hangul name.
func koreanPressReadings(s string) []string {
	t, err := loadKOPress()
	if err != nil {
		return nil
	}
	names, err := loadKONames()
	if err != nil {
		return nil
	}
	words := strings.Fields(s)
	hangul := false
	for _, w := range words {
		for _, r := range w {
			hangul = hangul || isSyllable(r)
		}
	}
	if !hangul {
		return nil
	}
	var out []string
	for sys := 0; sys < 2; sys++ {
		for bits := uint(0); bits < 1<<maxKOChoices; bits++ {
			c := &koChoice{bits: bits, slots: map[[2]int]int{}}
			var b []byte
			for wi, w := range words {
				if wi > 0 {
					b = append(b, ' ')
				}
				b = t.appendKOWord(b, names, []rune(w), sys, c)
			}
			if bits>>min(len(c.slots), maxKOChoices) != 0 {
				continue // a choice this reading has no jamo for: the same reading again
			}
			if !c.name {
				return nil // MR and press readings are those of names: a text without one has none
			}
			if r := string(b); !contains(out, r) {
				out = append(out, r)
			}
			if sys == 0 {
				break
			}
		}
	}
	return out
}

// appendKOWord writes one word of koreanPressReadings.
func (t *koPressTable) appendKOWord(dst []byte, names koNames, word []rune, sys int, c *koChoice) []byte {
	for _, r := range word {
		if !isSyllable(r) {
			return append(dst, ToLatin(string(word))...)
		}
	}
	start := len(dst)
	if (len(word) == 3 || len(word) == 4) && !placeSuffix(word[len(word)-1]) && !foreignSpelling(word[1:]) {
		for n := 2; n >= 1; n-- {
			if g := len(word) - n; g < 1 || g > 2 {
				continue
			}
			sur, ok := names.surnames[string(word[:n])]
			if !ok {
				continue
			}
			if sys == 0 {
				switch string(word[:n]) {
				case "이":
					sur = "Yi"
				case "리":
					sur = "Ri"
				default:
					sur = string(t.appendKOSyllables(nil, word[:n], 0, c))
				}
			}
			c.name = true
			dst = append(dst, sur...)
			capitalizeASCII(dst, start)
			dst = append(dst, ' ')
			given := len(dst)
			dst = t.appendKOSyllables(dst, word[n:], sys, c)
			capitalizeASCII(dst, given)
			return dst
		}
	}
	dst = t.appendKOSyllables(dst, word, sys, c)
	capitalizeASCII(dst, start)
	return dst
}
