package translit

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// Thai: the Royal Thai General System of Transcription (RTGS), syllable by syllable, from
// rules/th_rtgs.tsv and the syllable rules here.

//go:embed rules/th_rtgs.tsv
var thRTGSTSV string

func init() {
	register(Thai, scriptThai, func() scheme {
		return embedded(loadThai())
	})
}

const (
	thaiThanthakhat = '\u0E4C' // ์: the letter under it is silent
	thaiPlaceholder = 'C'      // the initial consonant in a vowel pattern
)

// thaiVowel is a vowel written around the initial consonant: before it (lead) and after it.
type thaiVowel struct {
	lead  rune   // เ แ โ ใ ไ or 0
	after []rune // the signs after the consonant, in order
	latin string
	final bool // a final consonant may follow
}

// thaiScheme holds the consonants and vowel patterns of RTGS.
type thaiScheme struct {
	initial map[rune]string
	final   map[rune]string // "" where the letter cannot end a syllable
	vowels  []thaiVowel     // longest first
	// press: the spelling of the English-language press and of many families instead of
	// RTGS, which writes the ร that RTGS leaves silent (see thaiPressReading).
	press bool
}

var loadThai = sync.OnceValues(func() (*thaiScheme, error) {
	const file = "rules/th_rtgs.tsv"
	rows, err := readNameTSV(file, thRTGSTSV, "kind", "thai", "latin", "final")
	if err != nil {
		return nil, err
	}
	sc := &thaiScheme{initial: map[rune]string{}, final: map[rune]string{}}
	for _, row := range rows {
		switch row.fields[0] {
		case "consonant":
			r, size := utf8.DecodeRuneInString(row.fields[1])
			if size != len(row.fields[1]) || scriptOf(r) != scriptThai {
				return nil, fmt.Errorf("%s:%d: thai: %q is not one Thai letter", file, row.line, row.fields[1])
			}
			sc.initial[r] = strings.TrimPrefix(row.fields[2], "-")
			sc.final[r] = strings.TrimPrefix(row.fields[3], "-")
		case "vowel":
			pat := []rune(row.fields[1])
			v := thaiVowel{latin: row.fields[2], final: row.fields[3] == "yes"}
			if row.fields[3] != "yes" && row.fields[3] != "no" {
				return nil, fmt.Errorf("%s:%d: final: %q is neither yes nor no", file, row.line, row.fields[3])
			}
			c := strings.IndexRune(row.fields[1], thaiPlaceholder)
			if c < 0 || c > 3 {
				return nil, fmt.Errorf("%s:%d: thai: pattern %q has no C where the consonant goes", file, row.line, row.fields[1])
			}
			if pat[0] != thaiPlaceholder {
				v.lead = pat[0]
				pat = pat[1:]
			}
			v.after = pat[1:]
			sc.vowels = append(sc.vowels, v)
		default:
			return nil, fmt.Errorf("%s:%d: kind: %q is neither consonant nor vowel", file, row.line, row.fields[0])
		}
	}
	sort.SliceStable(sc.vowels, func(i, j int) bool {
		return len(sc.vowels[i].after)+btoi(sc.vowels[i].lead != 0) > len(sc.vowels[j].after)+btoi(sc.vowels[j].lead != 0)
	})
	return sc, nil
})

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// isThaiToneMark reports whether r is a tone mark (่ ้ ๊ ๋), which RTGS does not write.
func isThaiToneMark(r rune) bool { return r >= 0x0E48 && r <= 0x0E4B }

// isThaiVowelSign reports whether r is a vowel sign written after, above or below a consonant:
// a consonant followed by one begins a syllable.
func isThaiVowelSign(r rune) bool {
	return r == 0x0E30 || (r >= 0x0E31 && r <= 0x0E3A) || r == 0x0E47 || r == 0x0E32 || r == 0x0E33
}

// clusterable are the first letters of RTGS initial clusters with ร ล ว.
const clusterable = "กขคตปผพ"

// appendWord writes the RTGS spelling of a Thai word, capitalized.
func (sc *thaiScheme) appendWord(dst []byte, word []rune) []byte {
	// Tone marks are not written.
	var buf [maxWordRunes]rune
	w := buf[:0]
	for _, r := range word {
		if !isThaiToneMark(r) {
			w = append(w, r)
		}
	}
	start := len(dst)
	isCons := func(i int) bool { return sc.isCons(w, i) }
	// beginsSyllable reports whether the consonant at i starts a syllable: a vowel sign, อ as
	// a vowel, or a cluster letter with a vowel sign follows it.
	beginsSyllable := func(i int) bool {
		if i+1 >= len(w) {
			return false
		}
		n := w[i+1]
		if isThaiVowelSign(n) {
			return true
		}
		if n == 'ร' && i+2 < len(w) && w[i+2] == 'ร' {
			return true // รร: the consonant before it has its vowel (ธรรม tham)
		}
		if n == 'อ' && (i+2 >= len(w) || !isThaiVowelSign(w[i+2])) {
			return true // อ as the vowel o (ทอง thong)
		}
		if i+2 < len(w) && (n == 'ร' || n == 'ล' || n == 'ว') && strings.ContainsRune(clusterable, w[i]) && isThaiVowelSign(w[i+2]) {
			return true
		}
		return false
	}
	for i := 0; i < len(w); {
		r := w[i]
		if r == thaiThanthakhat {
			i++
			continue
		}
		// The syllable: a vowel pattern around an initial consonant or cluster.
		var (
			onset  string
			onset2 string
			vowel  *thaiVowel
			next   int
		)
		for k := range sc.vowels {
			v := &sc.vowels[k]
			j := i
			if v.lead != 0 {
				if w[j] != v.lead {
					continue
				}
				j++
			} else if !isCons(j) {
				continue
			}
			if !isCons(j) {
				continue
			}
			on1, on2, n := sc.onset(w, j, v)
			end := j + n
			if end+len(v.after) > len(w) || !runesEqual(w[end:end+len(v.after)], v.after) {
				continue
			}
			if len(v.after) == 1 && (v.after[0] == 'ว' || v.after[0] == 'อ') {
				// ว and อ as a vowel need a final or the word's end after them, not a vowel sign.
				if e := end + 1; e < len(w) && isThaiVowelSign(w[e]) {
					continue
				}
			}
			onset, onset2, vowel, next = on1, on2, v, end+len(v.after)
			break
		}
		if vowel == nil {
			if !isCons(i) {
				// A vowel sign or lead vowel with no consonant: written by its pattern's vowel.
				for _, v := range sc.vowels {
					if (v.lead == r) || (v.lead == 0 && len(v.after) == 1 && v.after[0] == r) {
						dst = append(dst, v.latin...)
						break
					}
				}
				i++
				continue
			}
			// No vowel written: o before a final (คน khon), a before another syllable.
			on1, on2, n := sc.onset(w, i, nil)
			j := i + n
			dst = append(dst, on1...)
			dst = append(dst, on2...)
			if j < len(w) && isCons(j) && !beginsSyllable(j) && sc.final[w[j]] != "" && (j+1 >= len(w) || w[j+1] != thaiThanthakhat) {
				dst = append(dst, 'o')
				dst = append(dst, sc.final[w[j]]...)
				i = sc.skipSilent(w, j+1)
			} else {
				dst = append(dst, 'a')
				i = j
			}
			continue
		}
		if vowel.lead == 0 && len(vowel.after) == 2 && vowel.after[0] == 'ร' && vowel.after[1] == 'ร' {
			// รร (ro han) is a, or an when no final follows: ธรรม tham, สรร san.
			dst = append(dst, onset...)
			dst = append(dst, onset2...)
			dst = append(dst, 'a')
			i = next
			if i < len(w) && isCons(i) && !beginsSyllable(i) && sc.final[w[i]] != "" {
				dst = append(dst, sc.final[w[i]]...)
				i = sc.skipSilent(w, i+1)
			} else {
				dst = append(dst, 'n')
			}
			continue
		}
		dst = append(dst, onset...)
		dst = append(dst, onset2...)
		dst = append(dst, vowel.latin...)
		i = next
		if vowel.final && i < len(w) && isCons(i) && !beginsSyllable(i) && sc.final[w[i]] != "" && (i+1 >= len(w) || w[i+1] != thaiThanthakhat) {
			dst = append(dst, sc.final[w[i]]...)
			i = sc.skipSilent(w, i+1)
		}
	}
	capitalizeASCII(dst, start)
	return dst
}

// isCons reports whether w[i] is a Thai consonant letter.
func (sc *thaiScheme) isCons(w []rune, i int) bool {
	if i < 0 || i >= len(w) {
		return false
	}
	_, ok := sc.initial[w[i]]
	return ok
}

// onset returns the spelling of the initial consonant or cluster at i and how many letters
// it takes: a cluster (กร kr, ปล pl, ขว khw) when the vowel pattern v fits after it, ห
// silent before a sonorant (หมอ mo).
func (sc *thaiScheme) onset(w []rune, i int, v *thaiVowel) (first, second string, n int) {
	c := w[i]
	if i+1 < len(w) {
		nx := w[i+1]
		// fits reports whether the vowel pattern v follows at: with no pattern (a syllable
		// with no written vowel), anything may.
		fits := func(at int) bool {
			return v == nil || at+len(v.after) <= len(w) && runesEqual(w[at:at+len(v.after)], v.after)
		}
		if (nx == 'ร' || nx == 'ล' || nx == 'ว') && strings.ContainsRune(clusterable, c) && (c != 'ต' || nx == 'ร') && fits(i+2) && (v != nil || i+2 < len(w) && isThaiVowelSign(w[i+2])) {
			return sc.initial[c], sc.initial[nx], 2
		}
		if c == 'ห' && strings.ContainsRune("งญนมยรลว", nx) && fits(i+2) && (v != nil || i+2 < len(w)) {
			return sc.initial[nx], "", 2
		}
		if (c == 'ศ' || c == 'ส') && nx == 'ร' && v != nil && (v.lead != 0 || len(v.after) > 0 && v.after[0] != 'ะ') && fits(i+2) {
			// ศร and สร begin one syllable and read s (ศรี Si, เศรษฐา Settha); the press
			// writes the r (Sri, Srettha). Not before ะ, where ร has a syllable (สระบุรี Saraburi).
			if sc.press {
				return sc.initial[c], "r", 2
			}
			return sc.initial[c], "", 2
		}
	}
	return sc.initial[c], "", 1
}

// skipSilent skips the letters after a final that are silent: consonants (with a vowel
// sign) up to a ์ (จันทร์ Chan, สิทธิ์ sit), and ร closing a final cluster (วัตร wat,
// สมุทรปราการ Samutprakan).
func (sc *thaiScheme) skipSilent(w []rune, i int) int {
	j := i
	for j < len(w) && j-i < 2 && sc.isCons(w, j) {
		j++
	}
	if j > i && j < len(w) && isThaiVowelSign(w[j]) && j+1 < len(w) && w[j+1] == thaiThanthakhat {
		j++ // the vowel sign of a silent syllable (ธิ์)
	}
	if j > i && j < len(w) && w[j] == thaiThanthakhat {
		return j + 1
	}
	if i < len(w) && w[i] == thaiThanthakhat {
		return i + 1
	}
	if i < len(w) && w[i] == 'ร' && (i+1 >= len(w) || !isThaiVowelSign(w[i+1]) && w[i+1] != 'อ') && !sc.press {
		return i + 1 // the press writes it as a syllable: วัตร watra (Shinawatra)
	}
	return i
}

// loadThaiPress is the Thai scheme in its press form.
var loadThaiPress = sync.OnceValues(func() (*thaiScheme, error) {
	sc, err := loadThai()
	if err != nil {
		return nil, err
	}
	press := *sc
	press.press = true
	return &press, nil
})

// thaiPressReadings returns the spellings that the English-language press and Thai families
// give a Thai name where they differ from RTGS, which write the letters of the Pali and
// Sanskrit spelling that RTGS leaves silent: the ร of ศร and สร (เศรษฐา Srettha, RTGS
// Settha) and a ร that closes a final cluster, read as a syllable (ชินวัตร Shinawatra, RTGS
// Chinnawat); and, in a second form, ช and ฉ at the start of a word written sh (Shinawatra).
// Both are empty when s has no Thai letter or the press form is RTGS's.
func thaiPressReadings(s string) []string {
	sc, err := loadThaiPress()
	if err != nil {
		return nil
	}
	var out []byte
	rs := []rune(s)
	thai := false
	var starts []int // where a Thai word's spelling starts in out
	for i := 0; i < len(rs); {
		if scriptOf(rs[i]) != scriptThai {
			out = utf8.AppendRune(out, rs[i])
			i++
			continue
		}
		j := i
		for j < len(rs) && scriptOf(rs[j]) == scriptThai && j-i < maxWordRunes {
			j++
		}
		thai = true
		starts = append(starts, len(out))
		out = sc.appendWord(out, rs[i:j])
		i = j
	}
	if !thai {
		return nil
	}
	first := string(out)
	forms := []string{first}
	sh := []byte(first)
	changed := false
	for k := len(starts) - 1; k >= 0; k-- {
		at := starts[k]
		if strings.HasPrefix(first[at:], "Ch") {
			sh = append(sh[:at:at], append([]byte("Sh"), sh[at+2:]...)...)
			changed = true
		}
	}
	if changed {
		forms = append(forms, string(sh))
	}
	return forms
}

func runesEqual(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// thaiNameSplits returns the readings of s, a Thai name written as one word (given name and
// family name run together, as Thai often writes them: ทักษิณชินวัตร), split in two at each
// place where a syllable may begin, the places nearest the middle first; each split in RTGS
// and in the press forms of thaiPressReadings. Nothing when s is not one Thai word of six
// letters or more.
func thaiNameSplits(s string) []string {
	rs := []rune(strings.TrimSpace(s))
	if len(rs) < 6 || len(rs) > maxWordRunes {
		return nil
	}
	sc, err := loadThai()
	if err != nil {
		return nil
	}
	for _, r := range rs {
		if scriptOf(r) != scriptThai {
			return nil
		}
	}
	isLead := func(r rune) bool { return r >= 'เ' && r <= 'ไ' }
	var at []int
	for p := 2; p <= len(rs)-2; p++ {
		r := rs[p]
		if !isLead(r) && !sc.isCons(rs, p) || isLead(rs[p-1]) || rs[p+1] == thaiThanthakhat ||
			p+2 < len(rs) && rs[p+2] == thaiThanthakhat && !isLead(r) {
			continue
		}
		at = append(at, p)
	}
	sort.SliceStable(at, func(i, j int) bool {
		return abs(2*at[i]-len(rs)) < abs(2*at[j]-len(rs))
	})
	var out []string
	for _, p := range at {
		split := string(rs[:p]) + " " + string(rs[p:])
		out = append(out, ToLatin(split))
		out = append(out, thaiPressReadings(split)...)
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
