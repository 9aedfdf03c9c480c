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
	longest   int
}

var loadWadeGiles = sync.OnceValues(func() (*wadeGilesTable, error) {
	const name = "rules/zh_wadegiles.tsv"
	rows, err := readNameTSV(name, zhWadeGilesTSV, "spelling", "pinyin")
	if err != nil {
		return nil, err
	}
	t := &wadeGilesTable{spellings: map[string][]string{}, pinyin: map[string]bool{}}
	for _, row := range rows {
		sp, py := row.fields[0], row.fields[1]
		for _, f := range row.fields {
			if f == "" || strings.Trim(f, "abcdefghijklmnopqrstuvwxyz") != "" {
				return nil, fmt.Errorf("%s:%d: %q is not lower-case ASCII letters", name, row.line, f)
			}
		}
		t.spellings[sp] = append(t.spellings[sp], py)
		t.pinyin[py] = true
		t.longest = max(t.longest, len(sp))
	}
	return t, nil
})

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
