package translit

import (
	_ "embed"
	"fmt"
	"regexp"
	"strings"
	"sync"
)

// The Latin spellings of Korean family names (rules/ko_surnames.tsv), for Readings.

//go:embed rules/ko_surnames.tsv
var koSurnamesTSV string

// koSurnames maps a folded spelling of a Korean family name to the spellings of the family
// names it may write, press spellings first.
type koSurnames map[string][]string

var loadKOSurnames = sync.OnceValues(func() (koSurnames, error) {
	return parseKOSurnames("rules/ko_surnames.tsv", koSurnamesTSV)
})

// parseKOSurnames reads a table with the columns hangul, rr, mr and press. A spelling that
// two family names share is read as each of them, unless it is only the MR spelling of one
// of them (성 MR Song is not read as 송 Song's other spellings, nor 송 as Sung).
func parseKOSurnames(file, data string) (koSurnames, error) {
	rows, err := readNameTSV(file, data, "hangul", "rr", "mr", "press")
	if err != nil {
		return nil, err
	}
	type family struct {
		spellings []string // RR and press, then MR
		main      map[string]bool
	}
	var fams []family
	for _, row := range rows {
		f := family{main: map[string]bool{}}
		add := func(field int, sp string, main bool) error {
			k := Fold(sp)
			if k == "" || strings.Trim(k, "abcdefghijklmnopqrstuvwxyz") != "" {
				return fmt.Errorf("%s:%d: %s: %q is not Latin letters", file, row.line, []string{"hangul", "rr", "mr", "press"}[field], sp)
			}
			if !contains(f.spellings, sp) {
				f.spellings = append(f.spellings, sp)
			}
			f.main[k] = f.main[k] || main
			return nil
		}
		for _, p := range strings.Split(row.fields[3], "|") {
			if err := add(3, p, true); err != nil {
				return nil, err
			}
		}
		if err := add(1, row.fields[1], true); err != nil {
			return nil, err
		}
		if err := add(2, row.fields[2], false); err != nil {
			return nil, err
		}
		fams = append(fams, f)
	}
	shared := map[string]int{}
	for _, f := range fams {
		for k := range f.main {
			shared[k]++
		}
	}
	t := koSurnames{}
	for _, f := range fams {
		for k, main := range f.main {
			if !main && shared[k] > 1 {
				continue
			}
			for _, sp := range f.spellings {
				if Fold(sp) != k && !contains(t[k], sp) {
					t[k] = append(t[k], sp)
				}
			}
		}
	}
	return t, nil
}

// KoreanSurnameSpellings returns the other Latin spellings of the Korean family name that s
// spells (rules/ko_surnames.tsv: Revised Romanization, McCune–Reischauer and the press's
// spellings): Lee gives Yi, Rhee, Ri, Rhie and I; Park gives Bak and Pak; nil when s spells
// no Korean family name. Case and marks are ignored; the slice is the caller's.
func KoreanSurnameSpellings(s string) []string {
	t, err := loadKOSurnames()
	if err != nil {
		return nil
	}
	return append([]string(nil), t[Fold(s)]...)
}

// koGivenSyllables matches one to three Korean syllables as RR, MR or the press write them:
// an optional initial, a vowel and an optional final, or the h the press writes after a
// vowel (Jae, myeong, Geun, hye, Seok, Moo, hah).
var koGivenSyllables = regexp.MustCompile(`^(?:(?:kk|tt|pp|ss|jj|tch|ch|sh|g|k|n|d|t|r|l|m|b|p|s|j|h)?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|o|u|i)(?:ng|k|g|n|t|d|l|r|m|p|b|h)?){1,3}$`)

// maxKOSurnameReadings caps the readings of one name by the other spellings of its family
// name.
const maxKOSurnameReadings = 10

// koSurnameReadings reads a Latin name of two or three words whose first or last word is a
// spelling of a Korean family name and whose other words are Korean syllables (hyphenated or
// not) with the other spellings of that family name: Yi Jae-myeong as Lee Jae-myeong, Rhee
// Jae-myeong …; Lee Jae-myung as Yi Jae-myung; and, when the given name is spelled by RR,
// with its press spelling under each spelling of the family name (Choo Gyeong-ho as Choo
// Kyung-ho, Chu Kyung-ho …; see koPressGiven). At most maxKOSurnameReadings.
func koSurnameReadings(s string) []string {
	t, err := loadKOSurnames()
	if err != nil {
		return nil
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 3 {
		return nil
	}
	given := func(skip int) bool {
		syllables := 0
		for i, w := range words {
			if i == skip {
				continue
			}
			for part := range strings.FieldsFuncSeq(Fold(w), func(r rune) bool { return r == '-' || r == ' ' }) {
				if !koGivenSyllables.MatchString(part) {
					return false
				}
				syllables++
			}
		}
		return syllables > 0
	}
	var out []string
	for _, at := range []int{0, len(words) - 1} {
		alts := t[Fold(words[at])]
		if len(alts) == 0 || !given(at) {
			continue
		}
		pressed := koPressGiven(words, at)
		for _, ws := range [][]string{words, pressed} {
			if ws == nil {
				continue
			}
			for _, a := range append([]string{words[at]}, alts...) {
				w := append([]string(nil), ws...)
				w[at] = a
				if r := strings.Join(w, " "); len(out) < maxKOSurnameReadings && r != s && !contains(out, r) {
					out = append(out, r)
				}
			}
		}
	}
	return out
}

// koPressGiven writes the given name of words (every word but the family name at index
// skip), spelled by Revised Romanization, as the press spells it (rules/ko_press.tsv): ㅓ
// (RR eo) is u, so yeo is yu (경 gyeong → kyung, 현 hyeon → hyun), and ㄱ starting the
// name (RR g) is k (Gi-moon → Ki-moon). It returns nil when that changes nothing.
func koPressGiven(words []string, skip int) []string {
	out := append([]string(nil), words...)
	changed := false
	first := true
	for i, w := range words {
		if i == skip {
			continue
		}
		p := strings.ReplaceAll(strings.ReplaceAll(w, "eo", "u"), "Eo", "U")
		if first {
			switch {
			case strings.HasPrefix(p, "G"):
				p = "K" + p[1:]
			case strings.HasPrefix(p, "g"):
				p = "k" + p[1:]
			}
			first = false
		}
		changed = changed || p != w
		out[i] = p
	}
	if !changed {
		return nil
	}
	return out
}
