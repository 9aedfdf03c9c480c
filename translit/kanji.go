package translit

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"
)

// Kanji: the Japanese readings of Han characters, from KANJIDIC (rules/ja_kanji.tsv), put
// together the way Japanese compounds and names put them together.

//go:generate go run gen_kanji.go

//go:embed rules/ja_kanji.tsv
var jaKanjiTSV string

// maxKanjiWord is the longest run of kanji that KanjiReadings and KanjiReads read: a family
// name and a given name together rarely pass five characters (佐々木 is three, 晋太郎 three).
const maxKanjiWord = 6

// kanjiTable maps a kanji to its readings, each romanized by modified Hepburn, folded (no
// macrons, lower case).
type kanjiTable map[rune][]string

var loadKanji = sync.OnceValues(func() (kanjiTable, error) {
	const file = "rules/ja_kanji.tsv"
	rows, err := readNameTSV(file, jaKanjiTSV, "kanji", "on", "kun", "nanori")
	if err != nil {
		return nil, err
	}
	t := kanjiTable{}
	col := [...]string{"kanji", "on", "kun", "nanori"}
	for _, row := range rows {
		k, size := utf8.DecodeRuneInString(row.fields[0])
		if size != len(row.fields[0]) || scriptOf(k) != scriptHan {
			return nil, fmt.Errorf("%s:%d: kanji: %q is not one Han character", file, row.line, row.fields[0])
		}
		if _, dup := t[k]; dup {
			return nil, fmt.Errorf("%s:%d: kanji: duplicate %c", file, row.line, k)
		}
		var rs []string
		for c := 1; c <= 3; c++ {
			if row.fields[c] == "-" {
				continue
			}
			for _, kana := range strings.Fields(row.fields[c]) {
				for _, r := range kana {
					if (r < 0x3041 || r > 0x3096) && r != kanaLong {
						return nil, fmt.Errorf("%s:%d: %s: %q is not hiragana", file, row.line, col[c], kana)
					}
				}
				rs = appendKanjiReading(rs, kana)
			}
		}
		t[k] = rs
	}
	return t, nil
})

// appendKanjiReading adds the Hepburn spelling of kana to rs. A reading that ends in っ
// (みっ of 三) is kept with a final "*": it doubles the consonant after it. An on reading
// that ends in ち, つ, く or き may lose that syllable the same way before a voiceless
// consonant (八 はち in 八田 Hatta, 一 いち in 一色 Isshiki); both forms are kept.
func appendKanjiReading(rs []string, kana string) []string {
	add := func(s string) {
		if s == "" || s == "*" {
			return
		}
		for _, r := range rs {
			if r == s {
				return
			}
		}
		rs = append(rs, s)
	}
	if body, ok := strings.CutSuffix(kana, "っ"); ok {
		add(Fold(Japanese.Romanize(body)) + "*")
		return rs
	}
	latin := Fold(Japanese.Romanize(kana))
	add(latin)
	for _, end := range []string{"ち", "つ", "く", "き"} {
		if body, ok := strings.CutSuffix(kana, end); ok && body != "" {
			add(Fold(Japanese.Romanize(body)) + "*")
		}
	}
	return rs
}

// rendaku returns the voiced form of a reading that starts a later part of a compound
// (崎 saki in 長崎 Nagasaki but zaki in 宮崎 Miyazaki; 田 ta, da; 島 shima, jima), or "".
func rendaku(s string) string {
	for _, p := range [...][2]string{{"sh", "j"}, {"ch", "j"}, {"ts", "z"}, {"f", "b"}, {"k", "g"}, {"s", "z"}, {"t", "d"}, {"h", "b"}} {
		if rest, ok := strings.CutPrefix(s, p[0]); ok && rest != "" && !strings.HasPrefix(rest, "*") {
			return p[1] + rest
		}
	}
	return ""
}

// geminate returns s with its first consonant doubled after a syllable lost to っ, as Hepburn
// writes it (kka, sshi, tchi, ttsu; h and f become pp: 日本 nippon), or "" when s starts with
// no voiceless consonant.
func geminate(s string) string {
	switch {
	case strings.HasPrefix(s, "ch"):
		return "t" + s
	case strings.HasPrefix(s, "h"):
		return "pp" + s[1:]
	case strings.HasPrefix(s, "f"):
		return "pp" + s[1:]
	case s != "" && strings.IndexByte("kstp", s[0]) >= 0:
		return s[:1] + s
	}
	return ""
}

// kanjiForms returns the forms each character of word may take in a compound: its readings,
// and in a later position their rendaku forms, and after a "*" reading the geminated ones
// (which start with the doubled consonant). It returns nil when a rune is no kanji with a
// reading, or the word is empty or longer than maxKanjiWord.
func kanjiForms(word string) [][]string {
	t, err := loadKanji()
	if err != nil {
		return nil
	}
	var forms [][]string
	for i, r := range word {
		if r == '々' && len(forms) > 0 { // the iteration mark repeats the kanji before (佐々木)
			prev := forms[len(forms)-1]
			fs := make([]string, 0, 2*len(prev))
			for _, f := range prev {
				fs = append(fs, f)
				if v := rendaku(f); v != "" {
					fs = append(fs, v)
				}
			}
			forms = append(forms, fs)
			continue
		}
		rs := t[r]
		if len(rs) == 0 || len(forms) >= maxKanjiWord {
			return nil
		}
		if i == 0 {
			forms = append(forms, rs)
			continue
		}
		fs := make([]string, 0, 2*len(rs))
		fs = append(fs, rs...)
		for _, s := range rs {
			if v := rendaku(s); v != "" {
				fs = append(fs, v)
			}
		}
		forms = append(forms, fs)
	}
	return forms
}

// joinForm appends form f to the reading acc, by the rules of Hepburn at the join: after a
// reading that ends in "*" (a syllable lost to っ) f must start with a consonant that doubles;
// ん before b, m, p is m (新橋 Shimbashi) or, as many write it, n. It calls emit with each
// result.
func joinForm(acc, f string, emit func(string)) {
	if a, ok := strings.CutSuffix(acc, "*"); ok {
		if g := geminate(f); g != "" {
			emit(a + g)
		}
		return
	}
	emit(acc + f)
	if strings.HasSuffix(acc, "n") && f != "" && strings.IndexByte("bmp", f[0]) >= 0 {
		emit(acc[:len(acc)-1] + "m" + f)
	}
}

// KanjiReadings returns the ways word, written in kanji, may be read in Japanese: each
// character read by one of its on, kun or name readings in KANJIDIC, later characters also
// voiced (rendaku: 宮崎 Miyazaki), a syllable lost before a doubled consonant (八田 Hatta),
// romanized by modified Hepburn without macrons, lower case (長崎 → nagasaki, …). The
// readings are many and most are no name: they are meant to be checked against known names,
// never shown as the reading. It returns at most limit readings, and complete false when
// there are more; nil when a character has no Japanese reading or word has more than six
// characters. It is safe for concurrent use.
func KanjiReadings(word string, limit int) (readings []string, complete bool) {
	forms := kanjiForms(word)
	if forms == nil || limit <= 0 {
		return nil, false
	}
	seen := map[string]bool{}
	complete = true
	var walk func(i int, acc string) bool
	walk = func(i int, acc string) bool {
		if i == len(forms) {
			if strings.HasSuffix(acc, "*") || seen[acc] {
				return true
			}
			if len(readings) >= limit {
				complete = false
				return false
			}
			seen[acc] = true
			readings = append(readings, acc)
			return true
		}
		for _, f := range forms[i] {
			if i == 0 {
				if !walk(1, f) {
					return false
				}
				continue
			}
			more := true
			joinForm(acc, f, func(s string) {
				if more {
					more = walk(i+1, s)
				}
			})
			if !more {
				return false
			}
		}
		return true
	}
	walk(0, "")
	return readings, complete
}

// KanjiReads reports whether latin (a word in Latin letters, any case, with or without
// macrons) is a Japanese reading of word in the sense of [KanjiReadings]. Long vowels may be
// written in any of the usual ways (Ōno, Ono, Ohno; Yūki, Yuki, Yuuki). It is linear in the
// length of latin for each character of word, and safe for concurrent use.
func KanjiReads(word, latin string) bool {
	forms := kanjiForms(word)
	if forms == nil {
		return false
	}
	f := Fold(latin)
	if f == "" || len(f) > 64 {
		return false
	}
	for _, v := range longVowelForms(f) {
		if readsAs(forms, v) {
			return true
		}
	}
	return false
}

// longVowelForms returns f and f with its long vowels written short (ou, oo, oh before a
// consonant: o; uu: u), and each with m before b, m, p written n.
func longVowelForms(f string) []string {
	out := []string{f}
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		c := f[i]
		b.WriteByte(c)
		if i+1 < len(f) && (c == 'o' && (f[i+1] == 'u' || f[i+1] == 'o') || c == 'u' && f[i+1] == 'u') {
			i++
			continue
		}
		if c == 'o' && i+1 < len(f) && f[i+1] == 'h' && (i+2 == len(f) || !isVowel(f[i+2]) && f[i+2] != 'y') {
			i++
		}
	}
	if s := b.String(); s != f {
		out = append(out, s)
	}
	for _, s := range out {
		if r := strings.NewReplacer("mb", "nb", "mp", "np", "mm", "nm").Replace(s); r != s {
			out = append(out, r)
		}
	}
	return out
}

// readsAs reports whether the forms, one per character, joined by joinForm, can give s.
func readsAs(forms [][]string, s string) bool {
	// reach[p] holds the readings of the characters so far that end at byte p of s: 1 for an
	// ordinary end, 2 for one that ends in a syllable lost to っ.
	reach := make([]uint8, len(s)+1)
	next := make([]uint8, len(s)+1)
	for i, fs := range forms {
		clear(next)
		for p := 0; p <= len(s); p++ {
			var state uint8
			if i == 0 {
				if p != 0 {
					continue
				}
				state = 1
			} else if state = reach[p]; state == 0 {
				continue
			}
			for _, f := range fs {
				for _, pending := range [...]uint8{1, 2} {
					if state&pending == 0 {
						continue
					}
					body := f
					if pending == 2 {
						if body = geminate(f); body == "" {
							continue
						}
					}
					end := uint8(1)
					if b, ok := strings.CutSuffix(body, "*"); ok {
						body, end = b, 2
					}
					if strings.HasPrefix(s[p:], body) {
						next[p+len(body)] |= end
					}
				}
			}
		}
		reach, next = next, reach
	}
	return reach[len(s)]&1 != 0
}
