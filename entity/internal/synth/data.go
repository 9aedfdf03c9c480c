package synth

import (
	"bytes"
	"embed"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/namecanon/namecanon/internal/lineread"
	"github.com/namecanon/namecanon/translit"
)

//go:embed data/*.tsv
var dataFS embed.FS

// element is one name of a list: its Latin form as a table writes it and, when known, its form
// in another script (the name as written in its own script, for the other-script queries).
type element struct {
	latin, native string
}

// culture is one row of cultures.tsv with the name lists of persons.tsv.
type culture struct {
	code       string
	weight     float64
	order      []byte // of 'G', 'M', 'F'
	middleRate float64
	nasab      element            // bin (بن) for middle names made of a word and a male given name
	given      map[byte][]element // by sex 'm', 'f'
	middle     map[byte][]element // by sex
	family     []element          // most common first
	feminine   [][2]string        // masculine, feminine ending; longest first
	script     bool               // names are written in another script and romanized
	std        translit.Standard  // the romanization standard of the culture (script cultures)
	syllables  bool               // given names are composed of syllables (Chinese, Korean)
	places     []placeRow         // place patterns
	cumGiven   map[byte][]float64 // Zipf cumulative weights of given
	cumFamily  []float64          // Zipf cumulative weights of family
	cumMiddle  map[byte][]float64 // Zipf cumulative weights of middle
	zipf       float64            // the exponent of the Zipf law of family names
	familyFem  []element          // the feminine form of each family name
}

// placeRow is one row of places.tsv.
type placeRow struct {
	prefixes, stems, suffixes []string
}

// rewrite is one row of rewrites.tsv.
type rewrite struct {
	from, to, where string
}

// material is everything the generator reads, parsed once.
type material struct {
	cultures []*culture
	cumCult  []float64
	orgs     []string
	rewrites []rewrite
	cyrillic [][2]string // Latin group, Cyrillic; longest group first
}

// load parses the embedded data files once.
var load = sync.OnceValues(func() (*material, error) { return parse(dataFS) })

// mustLoad returns the parsed material; the files are embedded and tested, so an error is a
// bug in this package.
func mustLoad() *material {
	m, err := load()
	if err != nil {
		panic("synth: " + err.Error())
	}
	return m
}

// dataError is an error in a data file, naming file, line and field.
type dataError struct {
	file  string
	line  int
	field string
	err   error
}

func (e *dataError) Error() string {
	return fmt.Sprintf("%s:%d: %s: %v", e.file, e.line, e.field, e.err)
}

// readTSV reads a data file: comments and blank lines skipped, the header checked, and each row
// split into exactly len(header) fields. fn gets the line number with each row.
func readTSV(fsys interface{ ReadFile(string) ([]byte, error) }, name string, header []string, fn func(line int, f []string) error) error {
	b, err := fsys.ReadFile(name)
	if err != nil {
		return err
	}
	lr := lineread.New(bytes.NewReader(b), 1<<16)
	seenHeader := false
	for {
		l, err := lr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return &dataError{name, lr.Line(), "line", err}
		}
		s := string(l)
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if !utf8.ValidString(s) {
			return &dataError{name, lr.Line(), "line", fmt.Errorf("invalid UTF-8")}
		}
		f := strings.Split(s, "\t")
		if !seenHeader {
			if !slices.Equal(f, header) {
				return &dataError{name, lr.Line(), "header", fmt.Errorf("want %q, got %q", strings.Join(header, " "), strings.Join(f, " "))}
			}
			seenHeader = true
			continue
		}
		if len(f) != len(header) {
			return &dataError{name, lr.Line(), "line", fmt.Errorf("%d fields, want %d", len(f), len(header))}
		}
		if err := fn(lr.Line(), f); err != nil {
			return err
		}
	}
	if !seenHeader {
		return &dataError{name, 0, "header", fmt.Errorf("missing")}
	}
	return nil
}

// parse reads the data files of fsys.
func parse(fsys interface{ ReadFile(string) ([]byte, error) }) (*material, error) {
	m := &material{}
	byCode := map[string]*culture{}
	err := readTSV(fsys, "data/cultures.tsv", []string{"culture", "weight", "order", "middle_rate", "middle", "zipf", "language"}, func(line int, f []string) error {
		fe := func(field string, err error) error { return &dataError{"data/cultures.tsv", line, field, err} }
		c := &culture{code: f[0], given: map[byte][]element{}, middle: map[byte][]element{}}
		if c.code == "" || byCode[c.code] != nil {
			return fe("culture", fmt.Errorf("empty or repeated %q", c.code))
		}
		var err error
		if c.weight, err = strconv.ParseFloat(f[1], 64); err != nil || c.weight <= 0 {
			return fe("weight", fmt.Errorf("want a positive number, got %q", f[1]))
		}
		for _, r := range strings.Fields(f[2]) {
			if r != "G" && r != "M" && r != "F" {
				return fe("order", fmt.Errorf("want G, M and F, got %q", f[2]))
			}
			c.order = append(c.order, r[0])
		}
		if !slices.Contains(c.order, 'G') || !slices.Contains(c.order, 'F') {
			return fe("order", fmt.Errorf("want G and F in %q", f[2]))
		}
		if c.middleRate, err = strconv.ParseFloat(f[3], 64); err != nil || c.middleRate < 0 || c.middleRate > 1 {
			return fe("middle_rate", fmt.Errorf("want a number in [0,1], got %q", f[3]))
		}
		switch {
		case f[4] == "list":
		case strings.HasPrefix(f[4], "nasab:"):
			els, _, err := parseElements(strings.TrimPrefix(f[4], "nasab:"))
			if err != nil || len(els) != 1 {
				return fe("middle", fmt.Errorf("want nasab:WORD=NATIVE, got %q", f[4]))
			}
			c.nasab = els[0]
		default:
			return fe("middle", fmt.Errorf("want list or nasab:WORD, got %q", f[4]))
		}
		if c.zipf, err = strconv.ParseFloat(f[5], 64); err != nil || c.zipf <= 0 || c.zipf > 4 {
			return fe("zipf", fmt.Errorf("want a number in (0,4], got %q", f[5]))
		}
		byCode[c.code] = c
		m.cultures = append(m.cultures, c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV(fsys, "data/persons.tsv", []string{"culture", "role", "sex", "names"}, func(line int, f []string) error {
		fe := func(field string, err error) error { return &dataError{"data/persons.tsv", line, field, err} }
		c := byCode[f[0]]
		if c == nil {
			return fe("culture", fmt.Errorf("unknown %q", f[0]))
		}
		var sex byte
		switch f[2] {
		case "m", "f":
			sex = f[2][0]
		case "":
			if f[1] != "family" {
				return fe("sex", fmt.Errorf("empty for %s names", f[1]))
			}
		default:
			return fe("sex", fmt.Errorf("want m, f or nothing, got %q", f[2]))
		}
		els, script, err := parseElements(f[3])
		if err != nil {
			return fe("names", err)
		}
		c.script = script
		switch f[1] {
		case "given":
			c.given[sex] = append(c.given[sex], els...)
		case "middle":
			c.middle[sex] = append(c.middle[sex], els...)
		case "family":
			if sex != 0 {
				return fe("sex", fmt.Errorf("family names are for both sexes"))
			}
			c.family = append(c.family, els...)
		default:
			return fe("role", fmt.Errorf("want given, middle or family, got %q", f[1]))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV(fsys, "data/derived.tsv", []string{"culture", "roots", "endings"}, func(line int, f []string) error {
		fe := func(field string, err error) error { return &dataError{"data/derived.tsv", line, field, err} }
		c := byCode[f[0]]
		if c == nil {
			return fe("culture", fmt.Errorf("unknown %q", f[0]))
		}
		roots, script, err := parseElements(f[1])
		if err != nil {
			return fe("roots", err)
		}
		if script != c.script {
			return fe("roots", fmt.Errorf("written in another script than the culture's names"))
		}
		endings := strings.Split(f[2], "|")
		if slices.Contains(endings, "") {
			return fe("endings", fmt.Errorf("empty ending"))
		}
		for _, r := range roots {
			for _, e := range endings {
				var el element
				if script {
					el.native = r.native + e
				} else {
					el.latin = r.latin + e
				}
				if !slices.Contains(c.family, el) {
					c.family = append(c.family, el)
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, c := range m.cultures {
		if len(c.given['m']) == 0 || len(c.given['f']) == 0 || len(c.family) == 0 {
			return nil, &dataError{"data/persons.tsv", 0, "names", fmt.Errorf("culture %s lacks male, female or family names", c.code)}
		}
		if slices.Contains(c.order, 'M') && c.nasab.latin == "" && (len(c.middle['m']) == 0 || len(c.middle['f']) == 0) {
			return nil, &dataError{"data/persons.tsv", 0, "names", fmt.Errorf("culture %s writes middle names but lists none", c.code)}
		}
		// Chinese and Korean given names are written without a space after the family name;
		// the generator composes them of the syllables of the listed names.
		c.syllables = c.script && c.order[0] == 'F'
		if c.script {
			std, ok := translit.ParseStandard(c.code)
			if !ok {
				return nil, &dataError{"data/cultures.tsv", 0, "culture", fmt.Errorf("%s: names in another script need a culture code that names a translit standard", c.code)}
			}
			c.std = std
		}
		c.cumGiven = map[byte][]float64{'m': zipf(len(c.given['m']), 0.7), 'f': zipf(len(c.given['f']), 0.7)}
		c.cumFamily = zipf(len(c.family), c.zipf)
		c.cumMiddle = map[byte][]float64{'m': zipf(len(c.middle['m']), 0.7), 'f': zipf(len(c.middle['f']), 0.7)}
	}
	err = readTSV(fsys, "data/endings.tsv", []string{"culture", "masculine", "feminine"}, func(line int, f []string) error {
		c := byCode[f[0]]
		if c == nil {
			return &dataError{"data/endings.tsv", line, "culture", fmt.Errorf("unknown %q", f[0])}
		}
		if f[1] == "" || f[2] == "" {
			return &dataError{"data/endings.tsv", line, "masculine", fmt.Errorf("empty ending")}
		}
		c.feminine = append(c.feminine, [2]string{f[1], f[2]})
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, c := range m.cultures {
		slices.SortStableFunc(c.feminine, func(a, b [2]string) int { return len(b[0]) - len(a[0]) })
		c.familyFem = make([]element, len(c.family))
		for i, f := range c.family {
			c.familyFem[i] = c.feminize(f)
		}
		if c.script {
			// Romanize each name once, by the culture's standard (Vasyl, not Vasil, for Василь).
			for _, l := range [][]element{c.given['m'], c.given['f'], c.middle['m'], c.middle['f'], c.family, c.familyFem} {
				for i := range l {
					l[i].latin = c.std.Romanize(l[i].native)
				}
			}
		}
	}
	err = readTSV(fsys, "data/places.tsv", []string{"culture", "prefixes", "stems", "suffixes"}, func(line int, f []string) error {
		c := byCode[f[0]]
		if c == nil {
			return &dataError{"data/places.tsv", line, "culture", fmt.Errorf("unknown %q", f[0])}
		}
		p := placeRow{prefixes: uniq(strings.Split(f[1], "|")), stems: uniq(strings.Split(f[2], "|")), suffixes: uniq(strings.Split(f[3], "|"))}
		if slices.Contains(p.stems, "") {
			return &dataError{"data/places.tsv", line, "stems", fmt.Errorf("empty stem")}
		}
		c.places = append(c.places, p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV(fsys, "data/orgs.tsv", []string{"pattern"}, func(line int, f []string) error {
		if strings.Count(f[0], "{family}")+strings.Count(f[0], "{place}") != 1 {
			return &dataError{"data/orgs.tsv", line, "pattern", fmt.Errorf("want one {family} or {place} in %q", f[0])}
		}
		m.orgs = append(m.orgs, f[0])
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV(fsys, "data/rewrites.tsv", []string{"from", "to", "where", "example"}, func(line int, f []string) error {
		fe := func(field string, err error) error { return &dataError{"data/rewrites.tsv", line, field, err} }
		if f[0] == "" || f[0] != strings.ToLower(f[0]) || f[1] != strings.ToLower(f[1]) {
			return fe("from", fmt.Errorf("want lower-case from and to, got %q → %q", f[0], f[1]))
		}
		if f[2] != "any" && f[2] != "start" && f[2] != "end" {
			return fe("where", fmt.Errorf("want any, start or end, got %q", f[2]))
		}
		if a, b, ok := strings.Cut(f[3], "="); !ok || a == "" || b == "" {
			return fe("example", fmt.Errorf("want NAME=VARIANT, got %q", f[3]))
		}
		m.rewrites = append(m.rewrites, rewrite{f[0], f[1], f[2]})
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV(fsys, "data/cyrillic.tsv", []string{"latin", "cyrillic"}, func(line int, f []string) error {
		if f[0] == "" || f[1] == "" {
			return &dataError{"data/cyrillic.tsv", line, "latin", fmt.Errorf("empty")}
		}
		m.cyrillic = append(m.cyrillic, [2]string{f[0], f[1]})
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(m.cyrillic, func(a, b [2]string) int { return len(b[0]) - len(a[0]) })
	w := make([]float64, len(m.cultures))
	for i, c := range m.cultures {
		w[i] = c.weight
	}
	m.cumCult = cumulative(w)
	return m, nil
}

// parseElements splits a |-list of names. It reports whether they are written in another
// script (no Latin letter), which must be the same for all of them.
func parseElements(s string) (els []element, script bool, err error) {
	for i, part := range strings.Split(s, "|") {
		latin, native, _ := strings.Cut(part, "=")
		if latin == "" {
			return nil, false, fmt.Errorf("empty name at position %d", i+1)
		}
		if mixedScript(latin) {
			return nil, false, fmt.Errorf("%q: mixes scripts in one name", part)
		}
		isLatin := hasLatin(latin)
		if !isLatin && native != "" {
			return nil, false, fmt.Errorf("%q: a name in another script takes no = form", part)
		}
		if native != "" && hasLatin(native) {
			return nil, false, fmt.Errorf("%q: the form after = must be in another script", part)
		}
		if !isLatin && !hasLatin(translit.ToLatin(latin)) {
			return nil, false, fmt.Errorf("%q: not romanized by translit", part)
		}
		if i == 0 {
			script = !isLatin
		} else if script == isLatin {
			return nil, false, fmt.Errorf("%q: mixes Latin and other-script names in one list", part)
		}
		if !isLatin {
			els = append(els, element{native: latin})
			continue
		}
		els = append(els, element{latin: latin, native: native})
	}
	return els, script, nil
}

// hasLatin reports whether s has a Latin letter.
func hasLatin(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Latin, r) {
			return true
		}
	}
	return false
}

// mixedScript reports whether the letters of s come from more than one script.
func mixedScript(s string) bool {
	var first *unicode.RangeTable
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		var t *unicode.RangeTable
		for _, st := range []*unicode.RangeTable{unicode.Latin, unicode.Cyrillic, unicode.Greek, unicode.Arabic, unicode.Han, unicode.Hangul} {
			if unicode.Is(st, r) {
				t = st
				break
			}
		}
		if first == nil {
			first = t
		} else if t != first {
			return true
		}
	}
	return false
}

// uniq returns s without repeated elements, in order.
func uniq(s []string) []string {
	var out []string
	for _, x := range s {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// zipf returns the cumulative weights 1/(i+1)^s of n ranks.
func zipf(n int, s float64) []float64 {
	w := make([]float64, n)
	for i := range w {
		w[i] = 1 / math.Pow(float64(i+1), s)
	}
	return cumulative(w)
}

func cumulative(w []float64) []float64 {
	out := make([]float64, len(w))
	sum := 0.0
	for i, x := range w {
		sum += x
		out[i] = sum
	}
	return out
}
