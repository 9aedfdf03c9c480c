package translit

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

//go:generate go run gen_wadegiles.go

//go:embed rules/zh_wadegiles.tsv
var zhWadeGilesTSV string

// wadeGilesTable maps each Wade–Giles or Chinese Postal spelling of a syllable to the pinyin
// syllables it may stand for, and holds the pinyin syllables themselves.
type wadeGilesTable struct {
	spellings map[string][]string
	pinyin    map[string]bool
	wade      map[string]string // pinyin syllable → its Wade–Giles spelling
	longest   int
}

var loadWadeGiles = sync.OnceValues(func() (*wadeGilesTable, error) {
	return parseWadeGiles("rules/zh_wadegiles.tsv", zhWadeGilesTSV)
})

// parseWadeGiles reads a table with the columns spelling, pinyin and system (wg or postal).
func parseWadeGiles(name, data string) (*wadeGilesTable, error) {
	rows, err := readNameTSV(name, data, "spelling", "pinyin", "system")
	if err != nil {
		return nil, err
	}
	t := &wadeGilesTable{spellings: map[string][]string{}, pinyin: map[string]bool{}, wade: map[string]string{}}
	for _, row := range rows {
		sp, py := row.fields[0], row.fields[1]
		switch row.fields[2] {
		case "wg":
			if old, ok := t.wade[py]; ok {
				return nil, fmt.Errorf("%s:%d: system: a second Wade–Giles spelling %q of %q (%q)", name, row.line, sp, py, old)
			}
			t.wade[py] = sp
		case "postal":
		default:
			return nil, fmt.Errorf("%s:%d: system: %q is neither wg nor postal", name, row.line, row.fields[2])
		}
		for _, f := range row.fields[:2] {
			if f == "" || strings.Trim(f, "abcdefghijklmnopqrstuvwxyz") != "" {
				return nil, fmt.Errorf("%s:%d: %q is not lower-case ASCII letters", name, row.line, f)
			}
		}
		t.spellings[sp] = append(t.spellings[sp], py)
		t.pinyin[py] = true
		t.longest = max(t.longest, len(sp))
	}
	return t, nil
}

// maxWadeGilesSyllables caps the syllables of one word that wadeGilesReadings splits.
const maxWadeGilesSyllables = 4

// wadeGilesReadings reads a Latin name in which every word is a run of Wade–Giles or
// Chinese Postal syllables (words may be hyphenated: Tse-tung), and some word is not pinyin
// as written, as the pinyin names it may stand for (Tientsin → Tianjin, Tianqin). A word
// that is pinyin already stays as written. At most limit readings, capitalized.
func wadeGilesReadings(s string, limit int) []string {
	t, err := loadWadeGiles()
	if err != nil || limit <= 0 {
		return nil
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return nil
	}
	options := make([][]string, len(words))
	changed := false
	for i, w := range words {
		f := Fold(w)
		joined := strings.ReplaceAll(strings.ReplaceAll(f, "-", ""), " ", "")
		if joined == "" || len(joined) > 4*t.longest {
			return nil
		}
		if t.isPinyin(joined) {
			options[i] = []string{joined}
			continue
		}
		var opts []string
		for part := range strings.FieldsFuncSeq(f, func(r rune) bool { return r == '-' || r == ' ' }) {
			po := t.readWord(part, limit)
			if len(po) == 0 {
				return nil
			}
			opts = cross(opts, po, "", limit)
		}
		options[i], changed = opts, true
	}
	if !changed {
		return nil
	}
	var out []string
	for _, o := range options {
		out = cross(out, o, " ", limit)
	}
	for i, r := range out {
		ws := strings.Fields(r)
		for j := range ws {
			ws[j] = capitalizeWord(ws[j])
		}
		out[i] = strings.Join(ws, " ")
	}
	return out
}

// isPinyin reports whether w splits into pinyin syllables.
func (t *wadeGilesTable) isPinyin(w string) bool {
	ok := make([]bool, len(w)+1)
	ok[0] = true
	for i := 1; i <= len(w); i++ {
		for j := max(0, i-6); j < i && !ok[i]; j++ {
			ok[i] = ok[j] && t.pinyin[w[j:i]]
		}
	}
	return ok[len(w)]
}

// readWord returns the pinyin spellings of the word w read as a run of one to
// maxWadeGilesSyllables Wade–Giles or Postal syllables, fewest syllables first, at most limit.
func (t *wadeGilesTable) readWord(w string, limit int) []string {
	var out []string
	// dead[i*(maxWadeGilesSyllables+1)+n]: w[i:] cannot be read in the syllables left after
	// n, so each state fails once and the walk stays linear in len(w) for a fixed limit.
	dead := make([]bool, (len(w)+1)*(maxWadeGilesSyllables+1))
	var walk func(i, n int, acc string) bool
	walk = func(i, n int, acc string) bool {
		if len(out) >= limit {
			return true
		}
		if i == len(w) {
			out = append(out, acc)
			return true
		}
		if n == maxWadeGilesSyllables || dead[i*(maxWadeGilesSyllables+1)+n] {
			return false
		}
		found := false
		for l := min(t.longest, len(w)-i); l >= 1; l-- {
			for _, py := range t.spellings[w[i:i+l]] {
				found = walk(i+l, n+1, acc+py) || found
			}
		}
		if !found {
			dead[i*(maxWadeGilesSyllables+1)+n] = true
		}
		return found
	}
	walk(0, 0, "")
	return out
}

// cross returns each of a followed by sep and each of b (b alone when a is empty), at most
// limit.
func cross(a, b []string, sep string, limit int) []string {
	if len(a) == 0 {
		return b
	}
	var out []string
	for _, x := range a {
		for _, y := range b {
			if len(out) < limit {
				out = append(out, x+sep+y)
			}
		}
	}
	return out
}

// hanWadeGiles writes a name in Han characters in Wade–Giles as Taiwan and the older press
// print it, for Readings: a name of a surname and a given name as surname, space, and the
// given name's syllables joined by hyphens (卓榮泰 → Cho Jung-tai, 侯友宜 → Hou Yu-i), any
// other word as its syllables joined (台北 → Taipei). It reports false when s is not
// one or two words of Han characters only, when a word is a table word with a reading of
// its own (重庆) or a foreign name written by sound (基辅, Kyiv), or when a character has no
// reading.
func hanWadeGiles(s string) (string, bool) {
	t, err := loadWadeGiles()
	if err != nil {
		return "", false
	}
	sc, err := loadHanScheme()
	if err != nil {
		return "", false
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '·' || r == '・' })
	if len(words) == 0 || len(words) > 2 {
		return "", false
	}
	// syllables writes the Wade–Giles of each character of rs, joined by sep.
	syllables := func(rs []rune, sep string) (string, bool) {
		parts := make([]string, len(rs))
		for i, r := range rs {
			wg, ok := t.wade[strings.ReplaceAll(sc.reading(r), "ü", "u")]
			if !ok {
				return "", false
			}
			parts[i] = wg
		}
		return strings.Join(parts, sep), true
	}
	out := make([]string, 0, len(words)+1)
	for _, w := range words {
		rs := []rune(w)
		if len(rs) > maxWordRunes || sc.words[w] != "" {
			return "", false
		}
		for _, r := range rs {
			if scriptOf(r) != scriptHan {
				return "", false
			}
		}
		n := 0 // the surname's characters
		if len(words) == 1 && len(rs) >= 2 && len(rs) <= 4 {
			for k := 2; k >= 1 && n == 0; k-- {
				if len(rs) > k && sc.surnames[string(rs[:k])] != "" {
					n = k
				}
			}
		}
		if n > 0 {
			sur, ok := t.wade[strings.ToLower(sc.surnames[string(rs[:n])])] // 曾 Zeng, Tseng
			if !ok {
				if sur, ok = syllables(rs[:n], ""); !ok {
					return "", false
				}
			}
			out = append(out, capitalizeWord(sur))
			rs = rs[n:]
		}
		sep := ""
		if n > 0 {
			sep = "-"
		} else if isTranscription(rs) {
			return "", false // a foreign name written by sound (基辅 Kyiv) is no Chinese word
		}
		given, ok := syllables(rs, sep)
		if !ok {
			return "", false
		}
		out = append(out, capitalizeWord(given))
	}
	return strings.Join(out, " "), true
}

// pinyinWadeGiles writes a Latin name of two or three words, each a run of one to
// maxWadeGilesSyllables pinyin syllables, in Wade–Giles without its apostrophes, as Taiwan's
// names and the older press print them (Zhuo Rongtai → Cho Jungtai, Cai Qichang → Tsai
// Chichang), the syllables of a word joined (a hyphenated given name splits into tokens that a
// resolver may drop as middle names). A word splits into the fewest
// syllables, the longest first (Xian is one syllable, Rongtai rong-tai). It reports false
// when a word is no pinyin or when the Wade–Giles form is the name as written (Hun Sen).
func pinyinWadeGiles(s string) (string, bool) {
	t, err := loadWadeGiles()
	if err != nil {
		return "", false
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 3 {
		return "", false
	}
	out := make([]string, len(words))
	for i, w := range words {
		f := strings.ReplaceAll(Fold(w), "-", "")
		if f == "" || len(f) > maxWadeGilesSyllables*t.longest || strings.Trim(f, "abcdefghijklmnopqrstuvwxyz") != "" {
			return "", false
		}
		sy, ok := t.splitPinyin(f)
		if !ok {
			return "", false
		}
		for k, p := range sy {
			sy[k] = t.wade[p]
		}
		out[i] = capitalizeWord(strings.Join(sy, ""))
	}
	r := strings.Join(out, " ")
	if Fold(strings.ReplaceAll(r, "-", "")) == Fold(strings.ReplaceAll(s, "-", "")) {
		return "", false
	}
	return r, true
}

// splitPinyin splits w into the fewest pinyin syllables that have a Wade–Giles spelling,
// at most maxWadeGilesSyllables, the longest first syllable among equals.
func (t *wadeGilesTable) splitPinyin(w string) ([]string, bool) {
	const none = maxWadeGilesSyllables + 1
	best := make([]int, len(w)+1) // best[i]: fewest syllables of w[i:]
	next := make([]int, len(w)+1)
	for i := len(w) - 1; i >= 0; i-- {
		best[i] = none
		for j := min(len(w), i+6); j > i; j-- {
			if _, ok := t.wade[w[i:j]]; ok && best[j]+1 < best[i] {
				best[i], next[i] = best[j]+1, j
			}
		}
	}
	if best[0] > maxWadeGilesSyllables {
		return nil, false
	}
	var out []string
	for i := 0; i < len(w); i = next[i] {
		out = append(out, w[i:next[i]])
	}
	return out, true
}
