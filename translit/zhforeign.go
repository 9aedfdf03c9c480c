package translit

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"
)

// Chinese transcriptions of foreign names: Mandarin writes a foreign name by sound with a
// small set of characters (rules/zh_transcription.tsv), some of which stand for a lone
// consonant (斯 s, 克 k, 特 t, 尔 r: 朔尔茨 for Scholz).

//go:embed rules/zh_transcription.tsv
var zhTranscriptionTSV string

// zhSound is how a transcription character is read: alone, the consonant only.
type zhSound struct {
	consonant string
	alone     bool
}

var loadZhTranscription = sync.OnceValues(func() (map[rune]zhSound, error) {
	const file = "rules/zh_transcription.tsv"
	rows, err := readNameTSV(file, zhTranscriptionTSV, "sound", "alone", "characters")
	if err != nil {
		return nil, err
	}
	t := map[rune]zhSound{}
	for _, row := range rows {
		c := row.fields[0]
		if c == "-" {
			c = ""
		}
		for i := 0; i < len(c); i++ {
			if c[i] < 'a' || c[i] > 'z' {
				return nil, fmt.Errorf("%s:%d: sound: %q is not lower-case ASCII", file, row.line, row.fields[0])
			}
		}
		var alone bool
		switch row.fields[1] {
		case "yes":
			alone = true
		case "no":
		default:
			return nil, fmt.Errorf("%s:%d: alone: %q is neither yes nor no", file, row.line, row.fields[1])
		}
		for _, r := range row.fields[2] {
			if scriptOf(r) != scriptHan {
				return nil, fmt.Errorf("%s:%d: characters: %c (%U) is not a Han character", file, row.line, r, r)
			}
			if _, dup := t[r]; dup {
				continue // a character of two sounds (乔 j, ch): the first row's
			}
			t[r] = zhSound{consonant: c, alone: alone}
		}
	}
	return t, nil
})

// pinyinSound writes a toneless pinyin syllable the way the foreign sound it transcribes is
// spelled in Latin letters: q as ch, x as s, zh as j, c as ts, and -ng as n.
var pinyinSound = strings.NewReplacer("zh", "j", "q", "ch", "x", "s", "c", "ts", "ng", "n")

// HanTranscription reads word, a run of Han characters, as the Mandarin transcription of a
// foreign name: each character by the consonant of its row in rules/zh_transcription.tsv and
// the final of its Mandarin sound (基 ki, 维 vei), a character that stands for a lone
// consonant (斯 s, 克 k, 特 t, 德 d, 尔 r) by that consonant alone, with pinyin's q, x, zh, c
// and -ng written ch, s, j, ts, n (朔尔茨 → shuorts, 特朗普 → tlanp). It reports false when a
// character is not among the transcription characters of rules/zh_transcription.tsv, which
// is what keeps a Chinese name (习近平, 泉州) from being read so. The result is lower case,
// meant for comparing consonants, not for display. It is safe for concurrent use.
func HanTranscription(word string) (string, bool) {
	t, err := loadZhTranscription()
	if err != nil {
		return "", false
	}
	han, err := loadHanScheme()
	if err != nil {
		return "", false
	}
	if word == "" || utf8.RuneCountInString(word) > maxWordRunes {
		return "", false
	}
	var b strings.Builder
	for _, r := range word {
		s, ok := t[r]
		if !ok {
			return "", false
		}
		if s.alone {
			b.WriteString(s.consonant)
			continue
		}
		py := han.reading(r)
		if py == "" {
			return "", false
		}
		if s.consonant != "" {
			// The row's consonant, then the pinyin final: 基 ji is ki (基辅 Kiev), 维 wei is vei.
			b.WriteString(s.consonant)
			py = pinyinFinal(py)
		}
		b.WriteString(pinyinSound.Replace(strings.ReplaceAll(py, "ü", "u")))
	}
	return b.String(), true
}

// pinyinInitials are the initials of pinyin, two-letter ones first.
var pinyinInitials = []string{"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w"}

// pinyinFinal returns a toneless pinyin syllable without its initial.
func pinyinFinal(py string) string {
	for _, in := range pinyinInitials {
		if f, ok := strings.CutPrefix(py, in); ok && f != "" {
			return f
		}
	}
	return py
}

// isTranscription reports whether every character of word is one of the characters that
// write foreign names by sound (rules/zh_transcription.tsv).
func isTranscription(word []rune) bool {
	t, err := loadZhTranscription()
	if err != nil {
		return false
	}
	for _, r := range word {
		if _, ok := t[r]; !ok {
			return false
		}
	}
	return true
}
