package translit

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// The Indonesian spelling reform of 1972 (rules/id_spelling.tsv), for IndonesianSpellings.

//go:embed rules/id_spelling.tsv
var idSpellingTSV string

// idSpelling holds the letters of rules/id_spelling.tsv both ways: old → new and new → old,
// longest first.
type idSpelling struct {
	toNew, toOld [][2]string
}

var loadIDSpelling = sync.OnceValues(func() (*idSpelling, error) {
	return parseIDSpelling("rules/id_spelling.tsv", idSpellingTSV)
})

func parseIDSpelling(file, data string) (*idSpelling, error) {
	rows, err := readNameTSV(file, data, "old", "new", "example")
	if err != nil {
		return nil, err
	}
	x := &idSpelling{}
	for _, r := range rows {
		for i, f := range r.fields[:2] {
			if f == "" || strings.Trim(f, "abcdefghijklmnopqrstuvwxyz") != "" {
				return nil, fmt.Errorf("%s:%d: %s: %q is not lower-case Latin letters", file, r.line, []string{"old", "new"}[i], f)
			}
		}
		x.toNew = append(x.toNew, [2]string{r.fields[0], r.fields[1]})
		x.toOld = append(x.toOld, [2]string{r.fields[1], r.fields[0]})
	}
	longest := func(a, b [2]string) int { return len(b[0]) - len(a[0]) }
	slices.SortStableFunc(x.toNew, longest) // table order among letters of one length
	slices.SortStableFunc(x.toOld, longest)
	return x, nil
}

// respell rewrites s by the pairs, left to right, the longest letters first at each place.
func respell(s string, pairs [][2]string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		done := false
		for _, p := range pairs {
			if strings.HasPrefix(s[i:], p[0]) {
				b.WriteString(p[1])
				i += len(p[0])
				done = true
				break
			}
		}
		if !done {
			b.WriteByte(s[i])
			i++
		}
	}
	return b.String()
}

// IndonesianSpellings returns the word s, folded, as the Indonesian spelling reform of 1972
// (EYD: rules/id_spelling.tsv) writes it and as the spelling before it wrote it: Soeharto gives
// suharto and soeharto, Jakarta djakarta, Aceh atjeh, Tjahjo cahyo. Each is left out where it
// is s itself folded; at most two. A name written in one spelling meets the table's name in
// the other as the same name, not a look-alike.
func IndonesianSpellings(s string) []string {
	x, err := loadIDSpelling()
	if err != nil {
		return nil
	}
	f := Fold(s)
	if f == "" || strings.Trim(f, "abcdefghijklmnopqrstuvwxyz -") != "" {
		return nil // Latin letters only
	}
	var out []string
	for _, r := range []string{respell(f, x.toNew), respell(f, x.toOld)} {
		if r != f && !contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}
