package entity

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// cityForm is one row of data/cityforms.tsv: the first word of a city's formal full name
// before the name the city is called by (San Francisco de Quito, Kota Bandung).
type cityForm struct {
	saint      bool     // a saint's given name may follow the form before the connector
	connectors []string // the words that join the form to the name; none: the name follows
	town       bool     // the rest must be a town of data/places
}

// loadCityForms reads data/cityforms.tsv, by the form's folded first word.
var loadCityForms = sync.OnceValue(func() map[string]cityForm {
	x, err := parseCityForms()
	if err != nil {
		panic(err) // embedded data; TestCityFormsLoad proves it parses
	}
	return x
})

func parseCityForms() (map[string]cityForm, error) {
	rows, err := readTable("cityforms.tsv", "form", "saint", "connectors", "town", "example")
	if err != nil {
		return nil, err
	}
	yes := func(r row, i int) (bool, error) {
		switch r.fields[i] {
		case "yes":
			return true, nil
		case "no":
			return false, nil
		}
		return false, fmt.Errorf("cityforms.tsv:%d: %s: want yes or no, got %q", r.line, []string{"form", "saint", "connectors", "town"}[i], r.fields[i])
	}
	x := map[string]cityForm{}
	for _, r := range rows {
		if r.fields[0] == "" || strings.ContainsAny(r.fields[0], " -") {
			return nil, fmt.Errorf("cityforms.tsv:%d: form: want one folded word, got %q", r.line, r.fields[0])
		}
		var c cityForm
		if c.saint, err = yes(r, 1); err != nil {
			return nil, err
		}
		if c.town, err = yes(r, 3); err != nil {
			return nil, err
		}
		if r.fields[2] != "-" {
			c.connectors = strings.Split(r.fields[2], "|")
		}
		x[r.fields[0]] = c
	}
	return x, nil
}

// ruleFormalName is the rule of a place met by the name its formal full name ends with
// (formalCity).
const ruleFormalName = "formal-name"

// articles are the Spanish and Portuguese articles that may begin the rest of a formal name
// (San Cristóbal de las Casas): a rest that begins with one is no city's name of its own.
var articles = map[string]bool{"el": true, "la": true, "los": true, "las": true, "o": true, "a": true, "os": true, "as": true}

// formalCity reports whether a place's name n is a city's formal full name of
// data/cityforms.tsv (San Francisco de Quito, Santiago de Guayaquil, Kota Bandung) of which the
// mention met exactly the words after the form and its connector, each by key or better, the
// rest no country's name (Santiago de Chile is not Chile) and beginning with no article. It
// returns 0 when not, 1 when so, and 2 when so if the mention is a town of data/places (Kota
// Kinabalu is not Kinabalu): the caller asks that of the mention, and that the entity be a
// place.
func formalCity(n *mention, nm []int, matches []TokenMatch) int {
	if len(n.tokens) < 2 || len(matches) == 0 {
		return 0
	}
	form, ok := loadCityForms()[n.tokens[0].text]
	if !ok {
		return 0
	}
	rest := 1
	if len(form.connectors) > 0 {
		rest = -1
		for j := 1; j < len(n.tokens)-1; j++ {
			if slices.Contains(form.connectors, n.tokens[j].text) {
				rest = j + 1
				break
			}
			if !form.saint || j > 2 || !n.tokens[j].significant() {
				return 0 // San Francisco de, Santa Fe de: one or two words of the saint's name
			}
		}
		if rest < 0 {
			return 0
		}
	}
	if articles[n.tokens[rest].text] || !n.tokens[rest].significant() {
		return 0
	}
	for j := range n.tokens {
		if (j < rest) != (nm[j] == 0) && (j < rest || n.tokens[j].significant()) {
			return 0 // the form unmet, every word of the rest met
		}
	}
	for _, m := range matches {
		if m.Score < 0.95 || m.Rule == "edit" || m.Rule == "prefix" || m.Rule == "weak" || m.Rule == "consonants" {
			return 0
		}
	}
	if isCountryName(wordsFrom(n, rest)) {
		return 0
	}
	if form.town {
		return 2
	}
	return 1
}

// wordsFrom returns the folded words of m from its word i on, joined by spaces.
func wordsFrom(m *mention, i int) string {
	var b strings.Builder
	for j := i; j < len(m.tokens); j++ {
		if j > i {
			b.WriteByte(' ')
		}
		b.WriteString(m.tokens[j].text)
	}
	return b.String()
}
