package translit

import (
	_ "embed"
	"fmt"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Japanese kana: modified Hepburn from rules/ja_kana.tsv, with the rules that are not rows
// (っ, ん, long vowels, iteration marks) here.

//go:embed rules/ja_kana.tsv
var jaKanaTSV string

func init() {
	register(Japanese, scriptKana, func() scheme {
		return embedded(loadKanaScheme())
	})
}

// Kana code points that the scheme treats specially.
const (
	kanaSokuon    = 'っ' // doubles the next consonant
	kanaN         = 'ん'
	kanaLong      = 'ー' // katakana prolonged sound mark
	kanaIter      = 'ゝ' // repeats the syllable before
	kanaIterVoice = 'ゞ' // repeats it voiced
)

// kanaScheme maps one or two hiragana to their Hepburn spelling.
type kanaScheme struct {
	one map[rune]string
	two map[[2]rune]string
}

var loadKanaScheme = sync.OnceValues(func() (*kanaScheme, error) {
	rows, err := readNameTSV("rules/ja_kana.tsv", jaKanaTSV, "kana", "latin", "kind")
	if err != nil {
		return nil, err
	}
	sc := &kanaScheme{one: map[rune]string{}, two: map[[2]rune]string{}}
	for _, row := range rows {
		kana := []rune(row.fields[0])
		for _, r := range kana {
			if r < 0x3041 || r > 0x3096 {
				return nil, fmt.Errorf("rules/ja_kana.tsv:%d: kana: %c (%U) is not hiragana", row.line, r, r)
			}
		}
		for i := 0; i < len(row.fields[1]); i++ {
			if c := row.fields[1][i]; c < 'a' || c > 'z' {
				return nil, fmt.Errorf("rules/ja_kana.tsv:%d: latin: %q is not lower-case ASCII", row.line, row.fields[1])
			}
		}
		switch len(kana) {
		case 1:
			sc.one[kana[0]] = row.fields[1]
		case 2:
			sc.two[[2]rune{kana[0], kana[1]}] = row.fields[1]
		default:
			return nil, fmt.Errorf("rules/ja_kana.tsv:%d: kana: %q has %d letters, want 1 or 2", row.line, row.fields[0], len(kana))
		}
	}
	return sc, nil
})

// hiragana returns the hiragana of a katakana letter (ゼ → ぜ) and keeps other runes.
func hiragana(r rune) rune {
	switch {
	case r >= 0x30A1 && r <= 0x30F6, r == 0x30FD, r == 0x30FE:
		return r - 0x60
	case r >= 0x31F0 && r <= 0x31FF:
		// Small katakana for Ainu (ㇰ ㇱ ㇲ …): read as the full-size kana of their sound.
		return []rune("くしすとぬはひふへほむらりるれろ")[r-0x31F0]
	}
	return r
}

// appendWord writes the Hepburn spelling of a run of kana, capitalized.
func (sc *kanaScheme) appendWord(dst []byte, word []rune) []byte {
	start := len(dst)
	last := "" // the syllable read last, for the iteration marks
	double, prevN := false, false
	for i := 0; i < len(word); {
		r := hiragana(word[i])
		var s string
		n := 1
		if i+1 < len(word) {
			if v, ok := sc.two[[2]rune{r, hiragana(word[i+1])}]; ok {
				s, n = v, 2
			}
		}
		if s == "" {
			switch r {
			case kanaSokuon:
				double = true
				i++
				continue
			case kanaN:
				prevN = true
				i++
				last = "n"
				continue
			case kanaLong:
				dst = lengthen(dst, start)
				i++
				continue
			case kanaIter, kanaIterVoice:
				if last != "" {
					s = last
					if r == kanaIterVoice {
						s = voiced(s)
					}
				}
			default:
				s = sc.one[r]
			}
		}
		i += n
		if s == "" {
			if r != '\u3099' && r != '\u309A' && utf8.ValidRune(r) { // a stray sound mark is dropped
				dst = utf8.AppendRune(dst, word[i-n])
			}
			double, prevN = false, false
			continue
		}
		if prevN {
			// Hepburn: ん is m before b, m and p (Shimbashi), n' before a vowel or y (Jun'ichi).
			switch c := s[0]; {
			case c == 'b' || c == 'm' || c == 'p':
				dst = append(dst, 'm')
			case isVowel(c):
				dst = append(dst, 'n', '\'')
			default:
				dst = append(dst, 'n')
			}
			prevN = false
		} else if len(dst) > start && len(s) == 1 && longWith(dst[len(dst)-1], s[0]) {
			// おう, うう, ああ, ええ, おお: one long vowel (Tōkyō, Ōsaka). いい stays ii.
			dst = lengthen(dst, start)
			last = s
			double = false
			continue
		}
		if double && !isVowel(s[0]) {
			// っ doubles the consonant after it; before ch it is t (Hepburn: matcha).
			if s[0] == 'c' {
				dst = append(dst, 't')
			} else {
				dst = append(dst, s[0])
			}
		}
		double = false
		dst = append(dst, s...)
		last = s
	}
	if prevN {
		dst = append(dst, 'n')
	}
	capitalizeLatin(dst, start)
	return dst
}

// capitalizeLatin upper-cases the letter at dst[start], an ASCII letter or a vowel with a
// macron (ō → Ō; both cases of these take two bytes).
func capitalizeLatin(dst []byte, start int) {
	r, size := utf8.DecodeRune(dst[start:])
	if size == 1 {
		capitalizeASCII(dst, start)
		return
	}
	if u := unicode.ToUpper(r); u != r && utf8.RuneLen(u) == size {
		utf8.EncodeRune(dst[start:], u)
	}
}

// longWith reports whether vowel next after vowel prev makes one long vowel in Hepburn.
func longWith(prev, next byte) bool {
	switch next {
	case 'u':
		return prev == 'o' || prev == 'u'
	case 'a', 'e', 'o':
		return prev == next
	}
	return false
}

// lengthen puts a macron on the last letter of dst (after start) if it is a vowel: ō for o.
func lengthen(dst []byte, start int) []byte {
	if len(dst) <= start {
		return dst
	}
	var long rune
	switch dst[len(dst)-1] {
	case 'a':
		long = 'ā'
	case 'e':
		long = 'ē'
	case 'i':
		long = 'ī'
	case 'o':
		long = 'ō'
	case 'u':
		long = 'ū'
	default:
		return dst
	}
	return utf8.AppendRune(dst[:len(dst)-1], long)
}

// voiced returns the voiced form of a Hepburn syllable, for ゞ (k → g, s → z, t → d, h → b).
func voiced(s string) string {
	switch {
	case s == "shi" || s == "chi":
		return "ji"
	case s == "tsu":
		return "zu"
	case s == "fu":
		return "bu"
	}
	v := map[byte]byte{'k': 'g', 's': 'z', 't': 'd', 'h': 'b'}[s[0]]
	if v == 0 {
		return s
	}
	return string(v) + s[1:]
}
