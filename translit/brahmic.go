package translit

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Brahmic scripts (Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Telugu): one table of
// letters by their offset in the script's Unicode block (rules/brahmic.tsv), and the rules of
// the inherent vowel, the virama, the nukta, the anusvara and schwa deletion here.

//go:embed rules/brahmic.tsv
var brahmicTSV string

// brahmicBlocks lists the romanized Brahmic scripts: their block, standard and whether the
// language drops the inherent vowel (schwa deletion).
var brahmicBlocks = []struct {
	base   rune
	sc     script
	std    Standard
	schwa  bool
	medial bool // schwa deletion inside a word too (Hindi कमला Kamla), not only at its end
	voice  bool // Tamil: one letter for voiced and voiceless stops, voiced between sounds
	finalM bool // Telugu, Kannada, Malayalam: the anusvara at the end of a word is m (ఖమ్మం Khammam)
	code   string
	script string
}{
	{0x900, scriptDevanagari, Hindi, true, true, false, false, "hi", "Devanagari"},
	{0x980, scriptBengali, Bengali, true, true, false, false, "bn", "Bengali"},
	{0xA00, scriptGurmukhi, Punjabi, true, true, false, false, "pa", "Gurmukhi"},
	{0xA80, scriptGujarati, Gujarati, true, true, false, false, "gu", "Gujarati"},
	{0xB80, scriptTamil, Tamil, false, false, true, false, "ta", "Tamil"},
	{0xC00, scriptTelugu, Telugu, false, false, false, true, "te", "Telugu"},
	{0xB00, scriptOriya, Oriya, true, false, false, false, "or", "Oriya"},
	{0xC80, scriptKannada, Kannada, false, false, false, true, "kn", "Kannada"},
	{0xD00, scriptMalayalam, Malayalam, false, false, false, true, "ml", "Malayalam"},
}

func init() {
	for i, b := range brahmicBlocks {
		register(b.std, b.sc, func() scheme {
			tabs := embedded(loadBrahmic())
			return tabs[i]
		})
	}
}

// brahmicScript returns the script of r, a code point from U+0900 to U+0D7F: a romanized
// Brahmic script for its letters and signs, scriptNone for digits, dandas and the numbers and
// fractions of Oriya and Malayalam.
func brahmicScript(r rune) script {
	off := r & 0x7F
	if off == 0 || (off >= 0x64 && off <= 0x6F) {
		return scriptNone // dandas and digits
	}
	if r >= 0xB70 && r <= 0xB7F && r != 0xB71 || r >= 0xD70 && r <= 0xD79 {
		return scriptNone // Oriya's isshar and fractions (not ୱ wa), Malayalam's numbers, fractions and date mark
	}
	for _, b := range brahmicBlocks {
		if r >= b.base && r < b.base+0x80 {
			return b.sc
		}
	}
	return scriptNone
}

// brahmicKind is what a letter does in a syllable.
type brahmicKind uint8

const (
	bkNone brahmicKind = iota
	bkVowel
	bkConsonant
	bkMatra
	bkVirama
	bkNukta
	bkNasal
	bkVisarga
	bkSilent // avagraha, length marks, vowel carriers
	bkFinal  // a consonant without inherent vowel (Bengali ৎ)
	bkGeminate
)

var brahmicKinds = map[string]brahmicKind{
	"vowel": bkVowel, "consonant": bkConsonant, "matra": bkMatra, "virama": bkVirama,
	"nukta": bkNukta, "nasal": bkNasal, "visarga": bkVisarga, "avagraha": bkSilent,
	"mark": bkSilent, "carrier": bkSilent, "final": bkFinal, "geminate": bkGeminate,
}

// brahmicLetter is one row of rules/brahmic.tsv for one script.
type brahmicLetter struct {
	kind  brahmicKind
	latin string
	nukta string // the sound with a nukta, "" if the nukta changes nothing
}

// brahmicScheme romanizes one Brahmic script.
type brahmicScheme struct {
	base    rune
	schwa   bool
	medial  bool
	voice   bool
	finalM  bool
	letters [0x80]brahmicLetter
}

var loadBrahmic = sync.OnceValues(func() ([]*brahmicScheme, error) {
	const file = "rules/brahmic.tsv"
	rows, err := readNameTSV(file, brahmicTSV, "offset", "letter", "iso15919", "latin", "kind", "nukta", "scripts")
	if err != nil {
		return nil, err
	}
	tabs := make([]*brahmicScheme, len(brahmicBlocks))
	for i, b := range brahmicBlocks {
		tabs[i] = &brahmicScheme{base: b.base, schwa: b.schwa, medial: b.medial, voice: b.voice, finalM: b.finalM}
	}
	for _, row := range rows {
		off, err := strconv.ParseUint(row.fields[0], 16, 8)
		if err != nil || off >= 0x80 {
			return nil, fmt.Errorf("%s:%d: offset: %q is not a hex offset below 80", file, row.line, row.fields[0])
		}
		kind, ok := brahmicKinds[row.fields[4]]
		if !ok {
			return nil, fmt.Errorf("%s:%d: kind: unknown %q", file, row.line, row.fields[4])
		}
		l := brahmicLetter{kind: kind, latin: strings.TrimPrefix(row.fields[3], "-"), nukta: strings.TrimPrefix(row.fields[5], "-")}
		if (kind == bkConsonant || kind == bkVowel || kind == bkMatra) && l.latin == "" {
			return nil, fmt.Errorf("%s:%d: latin: a %s needs a spelling", file, row.line, row.fields[4])
		}
		for _, code := range strings.Fields(row.fields[6]) {
			found := false
			for i, b := range brahmicBlocks {
				if code == "all" || code == b.code {
					if code != "all" || tabs[i].letters[off].kind == bkNone {
						tabs[i].letters[off] = l
					}
					found = true
				}
			}
			if !found {
				return nil, fmt.Errorf("%s:%d: scripts: unknown %q", file, row.line, code)
			}
		}
	}
	return tabs, nil
})

// brahmicSound is one sound of a word: a consonant, a written vowel or an inherent a.
type brahmicSound struct {
	s        string
	cons     bool // a consonant (or a nasal)
	inherent bool // the inherent a, which schwa deletion may drop
	nasal    bool // the anusvara or candrabindu
	off      rune // the letter's offset in its block (consonants only)
}

// appendWord writes the romanization of one word, capitalized.
func (sc *brahmicScheme) appendWord(dst []byte, word []rune) []byte {
	var buf [2 * maxWordRunes]brahmicSound
	sounds := buf[:0]
	letter := func(r rune) brahmicLetter {
		if r < sc.base || r >= sc.base+0x80 {
			return brahmicLetter{}
		}
		return sc.letters[r-sc.base]
	}
	geminate := false
	for i := 0; i < len(word); i++ {
		l := letter(word[i])
		switch l.kind {
		case bkConsonant, bkFinal:
			s := l.latin
			if i+1 < len(word) && letter(word[i+1]).kind == bkNukta {
				if l.nukta != "" {
					s = l.nukta
				}
				i++
			}
			if geminate {
				sounds = append(sounds, brahmicSound{s: s[:1], cons: true})
				geminate = false
			}
			sounds = append(sounds, brahmicSound{s: s, cons: true, off: word[i] - sc.base})
			if l.kind == bkFinal {
				continue
			}
			next := bkNone
			if i+1 < len(word) {
				next = letter(word[i+1]).kind
			}
			switch next {
			case bkMatra:
				sounds = append(sounds, brahmicSound{s: letter(word[i+1]).latin})
				i++
			case bkVirama:
				i++
			default:
				sounds = append(sounds, brahmicSound{s: "a", inherent: true})
			}
		case bkVowel, bkMatra: // a matra without a consonant is read as its vowel
			sounds = append(sounds, brahmicSound{s: l.latin})
		case bkNasal:
			s := l.latin
			if sc.finalM && !brahmicLetterFollows(word, i, letter) {
				s = "m" // Telugu, Kannada, Malayalam: a final anusvara is m (శ్రీకాకుళం Srikakulam)
			}
			sounds = append(sounds, brahmicSound{s: s, cons: true, nasal: true})
		case bkVisarga:
			sounds = append(sounds, brahmicSound{s: "h", cons: true})
		case bkGeminate:
			geminate = true
		case bkSilent, bkNukta, bkVirama:
		}
	}
	if sc.schwa {
		deleteSchwas(sounds, sc.medial)
	}
	if sc.voice {
		voiceStops(sounds)
	}
	if sc.base == 0xD00 {
		malayalamAlveolar(sounds)
	}
	start := len(dst)
	for i, s := range sounds {
		if s.s == "" {
			continue
		}
		if s.nasal && i+1 < len(sounds) && sounds[i+1].s != "" && strings.IndexByte("pbm", sounds[i+1].s[0]) >= 0 {
			dst = append(dst, 'm') // the anusvara before a labial: अंबानी Ambani
			continue
		}
		dst = append(dst, s.s...)
	}
	capitalizeASCII(dst, start)
	return dst
}

// deleteSchwas drops inherent vowels as Hindi speech and name spellings do (Ohala 1983):
//   - at the end of a word after one consonant that follows a vowel (राम Ram, हसन Hasan; not
//     after two consonants: नरेंद्र Narendra, मिश्र Mishra);
//   - inside a word, left to right, an inherent a between a vowel-consonant and a
//     consonant-vowel (कमला Kamla, राजनाथ Rajnath, नसरल्लाह Nasrallah).
//
// A nasal sign before the last consonant does not make a cluster: संत Sant. A deleted sound
// keeps its place with an empty spelling.
func deleteSchwas(sounds []brahmicSound, medial bool) {
	vowelAt := func(i int) bool {
		return i >= 0 && i < len(sounds) && !sounds[i].cons && sounds[i].s != ""
	}
	consAt := func(i int) bool {
		return i >= 0 && i < len(sounds) && sounds[i].cons
	}
	n := len(sounds)
	if n >= 3 && sounds[n-1].inherent && consAt(n-2) && (vowelAt(n-3) || sounds[n-3].nasal) {
		sounds[n-1].s = ""
	}
	if !medial {
		return // Oriya keeps the inherent a inside a word: ଭୁବନେଶ୍ୱର Bhubaneshwar
	}
	for i := 1; i < n-2; i++ {
		if sounds[i].inherent && sounds[i].s != "" && consAt(i-1) && vowelAt(i-2) && consAt(i+1) && vowelAt(i+2) {
			sounds[i].s = ""
		}
	}
}

// tamilVoiced is the voiced sound of a Tamil stop letter.
var tamilVoiced = map[string]string{"k": "g", "ch": "s", "t": "d", "p": "b"}

// voiceStops voices the stops of Tamil, whose script writes one letter for k and g, t and d,
// p and b: a stop after a vowel or a nasal, and not doubled, is voiced (மோடி Modi, நரேந்திர
// Narendira, பசு pasu), word-initially and doubled it is not (கருணாநிதி Karunanidi).
func voiceStops(sounds []brahmicSound) {
	for i := 1; i < len(sounds); i++ {
		v, ok := tamilVoiced[sounds[i].s]
		if !ok || !sounds[i].cons {
			continue
		}
		prev := sounds[i-1]
		if !prev.cons && prev.s != "" || prev.cons && (prev.s == "n" || prev.s == "m") {
			sounds[i].s = v
		}
	}
}

// brahmicLetterFollows reports whether a consonant or vowel of word follows position i.
func brahmicLetterFollows(word []rune, i int, letter func(rune) brahmicLetter) bool {
	for _, r := range word[i+1:] {
		switch letter(r).kind {
		case bkConsonant, bkFinal, bkVowel:
			return true
		}
	}
	return false
}

// malayalamOffRa is the offset of Malayalam റ (ISO 15919 ṟ) in its block.
const malayalamOffRa = 0x31

// malayalamAlveolar writes Malayalam's alveolar stop as spoken and printed: റ്റ (ṟṟ) is tt and
// ന്റ or ൻ്റ (nṟ) is nt (ഒറ്റപ്പാലം Ottappalam, ഗവൺമെന്റ് gavanment); a റ alone is r.
func malayalamAlveolar(sounds []brahmicSound) {
	for i := 1; i < len(sounds); i++ {
		if sounds[i].off != malayalamOffRa || !sounds[i].cons {
			continue
		}
		switch prev := &sounds[i-1]; {
		case prev.cons && prev.off == malayalamOffRa:
			prev.s, sounds[i].s = "t", "t"
		case prev.cons && prev.s == "n":
			sounds[i].s = "t"
		}
	}
}

//go:embed rules/indic_press.tsv
var indicPressTSV string

// indicPressRule is one row of rules/indic_press.tsv.
type indicPressRule struct {
	from, to string
	end      bool // at the end of the word, else its first vowel
}

var loadIndicPress = sync.OnceValues(func() ([]indicPressRule, error) {
	const file = "rules/indic_press.tsv"
	rows, err := readNameTSV(file, indicPressTSV, "from", "to", "where", "example")
	if err != nil {
		return nil, err
	}
	var rules []indicPressRule
	for _, row := range rows {
		r := indicPressRule{from: row.fields[0], to: strings.TrimPrefix(row.fields[1], "-")}
		switch row.fields[2] {
		case "first":
		case "end":
			r.end = true
		default:
			return nil, fmt.Errorf("%s:%d: where: %q is not first or end", file, row.line, row.fields[2])
		}
		if !strings.Contains(row.fields[3], "=") {
			return nil, fmt.Errorf("%s:%d: example: %q is not word=spelling", file, row.line, row.fields[3])
		}
		rules = append(rules, r)
	}
	return rules, nil
})

// dravidianSchwa holds the Telugu, Kannada and Malayalam schemes with the final inherent a
// dropped after one consonant, for the press reading of their names (ಬಸವರಾಜ Basavaraj).
var dravidianSchwa = sync.OnceValue(func() map[script]*brahmicScheme {
	tabs, err := loadBrahmic()
	out := map[script]*brahmicScheme{}
	if err != nil {
		return out
	}
	for i, b := range brahmicBlocks {
		if b.finalM && !b.schwa {
			c := *tabs[i]
			c.schwa = true
			out[b.sc] = &c
		}
	}
	return out
})

// indicPressReading returns s, a name in an Indic script, as the Indian English press writes
// it where it departs from ToLatin, and reports whether it does: Telugu, Kannada and
// Malayalam words lose a final inherent a after one consonant (ಬಸವರಾಜ Basavaraj), and each
// word is rewritten by rules/indic_press.tsv (హైదరాబాద్ Haidarabad → Hydarabad, ಸಿದ್ದರಾಮಯ್ಯ
// Siddaramayya → Siddaramaiah). Runes of other scripts are romanized as by ToLatin.
func indicPressReading(s string) (string, bool) {
	rules, err := loadIndicPress()
	if err != nil {
		return "", false
	}
	s = norm.NFC.String(strings.ToValidUTF8(s, "\uFFFD"))
	schemes := dravidianSchwa()
	var b []byte
	var word []rune
	flush := func(sc script) {
		if len(word) == 0 {
			return
		}
		if d := schemes[sc]; d != nil {
			b = d.appendWord(b, word)
		} else {
			b = append(b, ToLatin(string(word))...)
		}
		word = word[:0]
	}
	cur := scriptNone
	for _, r := range s {
		sc := scriptOf(r)
		if sc == scriptNone || sc != cur || len(word) >= maxWordRunes {
			flush(cur)
		}
		cur = sc
		if sc == scriptNone {
			b = utf8.AppendRune(b, r)
			continue
		}
		word = append(word, r)
	}
	flush(cur)
	latin := ToLatin(s)
	words := strings.Split(string(b), " ")
	for i, w := range words {
		lw := strings.ToLower(w)
		for _, r := range rules {
			at := -1
			if r.end {
				if strings.HasSuffix(lw, r.from) && len(lw) > len(r.from) {
					at = len(lw) - len(r.from)
				}
			} else if v := strings.IndexAny(lw, "aeiou"); v > 0 && strings.HasPrefix(lw[v:], r.from) {
				at = v
			}
			if at < 0 {
				continue
			}
			w = w[:at] + r.to + w[at+len(r.from):]
			lw = strings.ToLower(w)
		}
		words[i] = w
	}
	out := strings.Join(words, " ")
	return out, out != latin
}
