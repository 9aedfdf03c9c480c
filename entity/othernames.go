package entity

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/translit"
)

// otherNameKey folds a place name for data/othernames.tsv: case and marks off, a hyphen and a space
// one separator (Alma-Ata, Alma Ata).
func otherNameKey(s string) string {
	return strings.Join(strings.FieldsFunc(translit.Fold(s), isSep), " ")
}

// otherNameTable maps the otherNameKey of every name of a row of data/othernames.tsv to the other names of
// that row, as written there.
type otherNameTable map[string][]string

var loadOtherNames = sync.OnceValue(func() otherNameTable {
	x, err := parseOtherNames()
	if err != nil {
		panic(err) // embedded data; TestOtherNamesLoad proves it parses
	}
	return x
})

func parseOtherNames() (otherNameTable, error) {
	x := otherNameTable{}
	for _, file := range []string{"othernames.tsv", "statenames.tsv"} {
		if err := x.read(file); err != nil {
			return nil, err
		}
	}
	return x, nil
}

// read adds the rows of the embedded table file (columns name and others) to x.
func (x otherNameTable) read(file string) error {
	rows, err := readTable(file, "name", "others")
	if err != nil {
		return err
	}
	for _, r := range rows {
		names := append([]string{r.fields[0]}, strings.Split(r.fields[1], "|")...)
		for i, n := range names {
			field := "others"
			if i == 0 {
				field = "name"
			}
			if otherNameKey(n) == "" {
				return fmt.Errorf("%s:%d: %s: empty name %q", file, r.line, field, n)
			}
		}
		for i, n := range names {
			k := otherNameKey(n)
			for j, o := range names {
				if j != i && !slices.Contains(x[k], o) {
					x[k] = append(x[k], o)
				}
			}
		}
	}
	return nil
}

// loadStateNames holds the otherNameKey of every name of data/statenames.tsv: the names of
// countries, short, official and other (Kenya, Republic of Kenya, Hellenic Republic).
var loadStateNames = sync.OnceValue(func() map[string]bool {
	x := otherNameTable{}
	if err := x.read("statenames.tsv"); err != nil {
		panic(err) // embedded data; TestOtherNamesLoad proves it parses
	}
	set := make(map[string]bool, len(x))
	for k := range x {
		set[k] = true
	}
	return set
})

// otherNames returns the names data/othernames.tsv gives the place s also has (Tbilisi for
// Tiflis), or nil: s must be one of a row's names as written, after folding.
func (x otherNameTable) otherNames(s string) []string {
	return x[otherNameKey(s)]
}

// loadOtherNameFirsts holds the first word of every otherNameKey of data/othernames.tsv, so
// that Find asks the table only of spans that begin with one.
var loadOtherNameFirsts = sync.OnceValue(func() map[string]bool {
	firsts := make(map[string]bool)
	for k := range loadOtherNames() {
		first, _, _ := strings.Cut(k, " ")
		firsts[first] = true
	}
	return firsts
})

// loadConnectors reads data/connectors.tsv: the words that join a town's name to its river's,
// folded, each as its words.
var loadConnectors = sync.OnceValue(func() [][]string {
	c, err := parseConnectors()
	if err != nil {
		panic(err) // embedded data; TestConnectorsLoad proves it parses
	}
	return c
})

func parseConnectors() ([][]string, error) {
	rows, err := readTable("connectors.tsv", "word", "example")
	if err != nil {
		return nil, err
	}
	var out [][]string
	for _, r := range rows {
		w := strings.Fields(translit.Fold(r.fields[0]))
		if len(w) == 0 {
			return nil, fmt.Errorf("connectors.tsv:%d: word: empty", r.line)
		}
		out = append(out, w)
	}
	return out, nil
}

// riverForms returns s, a town named after its river (Rostow am Don, Ростов-на-Дону), written
// with each other connector of data/connectors.tsv in place of its own (Rostow on Don,
// Rostov-on-Donu …), or nil when s has no connector between two names. Other scripts are
// romanized first.
func riverForms(s string) []string {
	words := strings.FieldsFunc(translit.ToLatin(s), isSep)
	if len(words) < 3 || len(words) > MaxMentionWords {
		return nil
	}
	folded := make([]string, len(words))
	for i, w := range words {
		folded[i] = translit.Fold(w)
	}
	conns := loadConnectors()
	for k := 1; k < len(words)-1; k++ {
		for _, c := range conns {
			if k+len(c) >= len(words) || !slices.Equal(folded[k:k+len(c)], c) {
				continue
			}
			head, tail := strings.Join(words[:k], " "), strings.Join(words[k+len(c):], " ")
			var out []string
			for _, o := range conns {
				if !slices.Equal(o, c) {
					// Both ways of writing it: apart (Frankfurt am Main) and hyphenated
					// (Rostov-on-Don, which parsing reads as Rostov and on-Don).
					out = append(out, head+" "+strings.Join(o, " ")+" "+tail, head+"-"+strings.Join(o, "-")+"-"+tail)
				}
			}
			return out
		}
	}
	return nil
}

// ruleStateName is the rule of a country met under another of its names that
// data/statenames.tsv gives: its short, official or other English name (Kenya for Republic of
// Kenya, Greece for Hellenic Republic, South Korea for Republic of Korea).
const ruleStateName = "state-name"

// otherNameMinScore is the score the other name of a place must meet it with: its key or better.
const otherNameMinScore = 0.97

// otherNameMatches ranks the places that s names under another name: a row of
// data/othernames.tsv that has s (Tiflis: Tbilisi), or a town on a river written with another
// language's connector (Rostow am Don: Rostov-on-Don). It returns nil when neither meets a
// place of the table.
func (r *Resolver) otherNameMatches(s string, cfg *config, wm *wordMemo) []Match {
	places := func(more []Match, least float64) []Match {
		return slices.DeleteFunc(more, func(m Match) bool { return m.Entity.Kind != alias.Place || m.Score < least })
	}
	if t, ok := dropPossessive(strings.TrimSpace(s)); ok {
		s = t // Tiflis's, Kenya's
	}
	for _, o := range loadOtherNames().otherNames(s) {
		more, _ := r.rankText(o, false, cfg, wm)
		if more = places(more, otherNameMinScore); len(more) > 0 {
			rule := "exonym"
			if states := loadStateNames(); states[otherNameKey(s)] && states[otherNameKey(o)] {
				rule = ruleStateName // Kenya for Republic of Kenya (data/statenames.tsv)
			}
			for i := range more {
				more[i].Explain.Rules = append(slices.Clip(more[i].Explain.Rules), rule)
				more[i].Score = min(more[i].Score, 0.95) // another name, not a spelling of this one
				more[i].Method = MethodPhonetic
			}
			return more
		}
	}
	for _, f := range riverForms(s) {
		more, _ := r.rankText(f, false, cfg, wm)
		if more = places(more, cfg.threshold); len(more) > 0 {
			for i := range more {
				more[i].Explain.Rules = append(slices.Clip(more[i].Explain.Rules), "river")
			}
			return more
		}
	}
	return nil
}
