package translit

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
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
	voice  bool // Tamil: one letter for voiced and voiceless stops, voiced between sounds
	code   string
	script string
}{
	{0x900, scriptDevanagari, Hindi, true, false, "hi", "Devanagari"},
	{0x980, scriptBengali, Bengali, true, false, "bn", "Bengali"},
	{0xA00, scriptGurmukhi, Punjabi, true, false, "pa", "Gurmukhi"},
	{0xA80, scriptGujarati, Gujarati, true, false, "gu", "Gujarati"},
	{0xB80, scriptTamil, Tamil, false, true, "ta", "Tamil"},
	{0xC00, scriptTelugu, Telugu, false, false, "te", "Telugu"},
}

func init() {
	for i, b := range brahmicBlocks {
		register(b.std, b.sc, func() scheme {
			tabs, err := loadBrahmic()
			if err != nil {
				panic("translit: embedded table: " + err.Error()) // caught by TestEmbeddedTablesLoad
			}
			return tabs[i]
		})
	}
}

// brahmicScript returns the script of r, a code point from U+0900 to U+0C7F: a romanized
// Brahmic script for its letters and signs, scriptNone for digits, dandas and the blocks
// without a scheme (Oriya).
func brahmicScript(r rune) script {
	off := r & 0x7F
	if off == 0 || (off >= 0x64 && off <= 0x6F) {
		return scriptNone // dandas and digits
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
	voice   bool
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
		tabs[i] = &brahmicScheme{base: b.base, schwa: b.schwa, voice: b.voice}
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
			sounds = append(sounds, brahmicSound{s: s, cons: true})
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
			sounds = append(sounds, brahmicSound{s: "n", cons: true, nasal: true})
		case bkVisarga:
			sounds = append(sounds, brahmicSound{s: "h", cons: true})
		case bkGeminate:
			geminate = true
		case bkSilent, bkNukta, bkVirama:
		}
	}
	if sc.schwa {
		deleteSchwas(sounds)
	}
	if sc.voice {
		voiceStops(sounds)
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
func deleteSchwas(sounds []brahmicSound) {
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
