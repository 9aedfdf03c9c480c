package entity

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/translit"
)

// legalForm is one row of data/legalforms.tsv: the letters of a company's legal form or a
// city designator (S.A. is "sa"), where it is written, and the kind it says the entity is.
type legalForm struct {
	letters string
	start   bool
	kind    alias.Kind
}

// legalForms holds data/legalforms.tsv by position and by letters, and the most words a
// form has.
type legalForms struct {
	end, start map[string]alias.Kind
	maxWords   int
	// last and first hold the letters of the last word of each end form and the first word
	// of each start form (Ltd of Co. Ltd, S.A. of S.A.), so that most mentions are passed
	// over after one word.
	last, first map[string]bool
}

var loadLegalForms = sync.OnceValue(func() *legalForms {
	lf, err := parseLegalForms()
	if err != nil {
		panic(err) // embedded data; TestLegalFormsLoad proves it parses
	}
	return lf
})

func parseLegalForms() (*legalForms, error) {
	rows, err := readTable("legalforms.tsv", "form", "at", "kind", "example")
	if err != nil {
		return nil, err
	}
	lf := &legalForms{end: map[string]alias.Kind{}, start: map[string]alias.Kind{}, last: map[string]bool{}, first: map[string]bool{}}
	for _, r := range rows {
		letters, words := formLetters(strings.Fields(r.fields[0]))
		if letters == "" {
			return nil, fmt.Errorf("legalforms.tsv:%d: form: no letters in %q", r.line, r.fields[0])
		}
		k, err := alias.ParseKind(r.fields[2])
		if err != nil {
			return nil, fmt.Errorf("legalforms.tsv:%d: kind: %w", r.line, err)
		}
		ws := strings.Fields(r.fields[0])
		switch r.fields[1] {
		case "end":
			lf.end[letters] = k
			l, _ := formLetters(ws[len(ws)-1:])
			lf.last[l] = true
		case "start":
			lf.start[letters] = k
			f, _ := formLetters(ws[:1])
			lf.first[f] = true
		default:
			return nil, fmt.Errorf("legalforms.tsv:%d: at: want end or start, got %q", r.line, r.fields[1])
		}
		lf.maxWords = max(lf.maxWords, words)
	}
	return lf, nil
}

// formLetters returns the folded letters of words without spaces or punctuation (S.A.B. de
// C.V. gives "sabdecv") and how many words they are once the dots are read as breaks too.
func formLetters(words []string) (string, int) {
	var b strings.Builder
	n := 0
	for _, w := range words {
		for _, p := range strings.FieldsFunc(translit.Fold(w), isSep) {
			b.WriteString(p)
			n++
		}
	}
	return b.String(), n
}

// wordLetters is formLetters of the one word w.
func wordLetters(w string) string {
	return strings.Map(func(r rune) rune {
		if isSep(r) {
			return -1
		}
		return r
	}, translit.Fold(w))
}

// formWritten reports whether the words as written may be the form: a form of two letters
// or fewer only in capitals or with a dot (S.A., AG, N.V.), not as a lower-case word or a
// capitalized one (the Sa of a name, Da of Da Nang, Ag).
func formWritten(words []string, letters string) bool {
	if len([]rune(letters)) > 2 {
		return true
	}
	s := strings.Join(words, "")
	if strings.ContainsRune(s, '.') {
		return true
	}
	return strings.IndexFunc(s, unicode.IsLower) < 0
}

// stripLegalForm returns s without a legal form or designator of data/legalforms.tsv at its
// end (with a comma before it: Petróleos de Venezuela, S.A.) or at its start (PT Pertamina),
// the kind of entity the form names, and whether it took one. A word or more must be left.
func stripLegalForm(s string) (string, alias.Kind, bool) {
	lf := loadLegalForms()
	// Most mentions are passed over on their first and last words, read in place: a Resolve
	// call pays for the whole split only when one of them may belong to a form.
	t := strings.TrimSpace(s)
	i, j := strings.IndexFunc(t, unicode.IsSpace), strings.LastIndexFunc(t, unicode.IsSpace)
	if i < 0 {
		return s, "", false // one word
	}
	_, lastSize := utf8.DecodeRuneInString(t[j:])
	if !lf.last[wordLetters(t[j+lastSize:])] && !lf.first[wordLetters(t[:i])] {
		return s, "", false
	}
	words := strings.Fields(s)
	for n := min(lf.maxWords, len(words)-1); n >= 1; n-- {
		tail := words[len(words)-n:]
		if letters, _ := formLetters(tail); formWritten(tail, letters) {
			if k, ok := lf.end[letters]; ok {
				bare := strings.TrimRight(strings.Join(words[:len(words)-n], " "), ",")
				if strings.TrimSpace(bare) != "" {
					return bare, k, true
				}
			}
		}
		head := words[:n]
		if letters, _ := formLetters(head); formWritten(head, letters) {
			if k, ok := lf.start[letters]; ok {
				return strings.Join(words[n:], " "), k, true
			}
		}
	}
	return s, "", false
}

// formKindOK reports whether the entity e may be what a mention with a form of kind k names:
// a company's form names an organization (or a thing of kind other), a city designator a
// place that is not a country.
func formKindOK(k alias.Kind, e alias.Entity) bool {
	switch k {
	case alias.Org:
		return e.Kind == alias.Org || e.Kind == alias.Other
	case alias.Place:
		return e.Kind == alias.Place && !isCountryName(translit.Fold(e.Name))
	}
	return false
}

// loadHonorifics reads data/honorifics.tsv: the folded honorific words a law joined to the
// front of a city's name (Gazi of Gaziantep).
var loadHonorifics = sync.OnceValue(func() []string {
	h, err := parseHonorifics()
	if err != nil {
		panic(err) // embedded data; TestHonorificsLoad proves it parses
	}
	return h
})

func parseHonorifics() ([]string, error) {
	rows, err := readTable("honorifics.tsv", "prefix", "example")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, r := range rows {
		p := translit.Fold(r.fields[0])
		if p == "" || strings.ContainsFunc(p, isSep) {
			return nil, fmt.Errorf("honorifics.tsv:%d: prefix: want one word, got %q", r.line, r.fields[0])
		}
		out = append(out, p)
	}
	return out, nil
}

// honorificNames returns the table names that are an honorific of data/honorifics.tsv and
// the one-word mention s joined (Antep: Gaziantep), folded as the table writes them.
func (r *Resolver) honorificNames(s string) []string {
	f := translit.Fold(s)
	if len(f) < 4 || strings.ContainsFunc(f, isSep) {
		return nil
	}
	var out []string
	for _, p := range loadHonorifics() {
		if len(r.foldedNames(p+f)) > 0 {
			out = append(out, p+f)
		}
	}
	return out
}

// stripOfCountry returns s without "of" and a country's name at its end (Sberbank of
// Russia, Naftogaz of Ukraine: the country a company is of, which its short name leaves
// out), the ids of the countries that name may be (alias.Default's iso3166 ids), and whether
// it took one. A word or more must be left before "of".
func stripOfCountry(s string) (string, []string, bool) {
	words := strings.Fields(s)
	for k := len(words) - 2; k >= 1; k-- {
		if translit.Fold(words[k]) != "of" {
			continue
		}
		rest := words[k+1:]
		if len(rest) > 1 && translit.Fold(rest[0]) == "the" {
			rest = rest[1:] // of the Philippines
		}
		ids, ok := countryIDs()[translit.Fold(strings.Join(rest, " "))]
		if !ok {
			return s, nil, false
		}
		return strings.Join(words[:k], " "), ids, true
	}
	return s, nil, false
}

// countryOK reports whether the entity e may be of one of the countries ids: it records no
// country (attribute country, an ISO 3166 code) or one of them, and none of its names ends in
// "of" and another country (Naftogaz of Russia is not the table's Naftogaz, also named
// Naftogaz of Ukraine).
func countryOK(e alias.Entity, ids []string) bool {
	if c, ok := e.Attrs["country"]; ok && c != "" {
		return slices.Contains(ids, "iso3166:"+strings.ToUpper(c))
	}
	for _, name := range append([]string{e.Name}, e.Aliases...) {
		if _, own, ok := stripOfCountry(name); ok && !slices.ContainsFunc(own, func(id string) bool { return slices.Contains(ids, id) }) {
			return false
		}
	}
	return true
}

// ofCountryMin is the score the name before "of <country>" must meet a body's whole name with:
// its key or better, never part of it.
const ofCountryMin = 0.97

// ofCountryMatches ranks the bodies that s names with "of" and their own country after the
// name (Sberbank of Russia, NJSC Naftogaz of Ukraine, with a legal form too): the name before
// "of" must meet a body's whole name by its key or better, must not be common English words
// alone (National Bank of Ukraine is not a table's National Bank), and a body that records
// its country must be of that one. It returns nil when none is met.
func (r *Resolver) ofCountryMatches(s string, cfg *config, wm *wordMemo) []Match {
	bare, ids, ok := stripOfCountry(s)
	if !ok {
		return nil
	}
	tries := []string{bare}
	if b, k, ok := stripLegalForm(bare); ok && k == alias.Org {
		tries = append(tries, b)
	}
	wl := loadWordlist()
	for _, b := range tries {
		common := true
		for _, w := range strings.FieldsFunc(translit.Fold(b), isSep) {
			if wl.class(w) != commonWord {
				common = false
			}
		}
		if common {
			continue
		}
		more, _ := r.rankText(b, false, cfg, wm)
		more = slices.DeleteFunc(more, func(m Match) bool {
			return m.Score < ofCountryMin || !formKindOK(alias.Org, m.Entity) || !countryOK(m.Entity, ids)
		})
		if len(more) > 0 {
			for i := range more {
				more[i].Explain.Rules = append(slices.Clip(more[i].Explain.Rules), "of-country")
				more[i].Score = min(more[i].Score, 0.95)
			}
			return more
		}
	}
	return nil
}
