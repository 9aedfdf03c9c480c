package entity

import (
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLegalFormsLoad(t *testing.T) {
	lf, err := parseLegalForms()
	require.NoError(t, err)
	assert.NotEmpty(t, lf.end)
	assert.NotEmpty(t, lf.start)
}

func TestStripLegalForm(t *testing.T) {
	tests := []struct {
		name, in, bare string
		kind           alias.Kind
		ok             bool
	}{
		{"English Limited at the end", "Infosys Limited", "Infosys", alias.Org, true},
		{"Spanish S.A. after a comma", "Petróleos de Venezuela, S.A.", "Petróleos de Venezuela", alias.Org, true},
		{"Mexican S.A.B. de C.V. of four words", "Grupo Televisa, S.A.B. de C.V.", "Grupo Televisa", alias.Org, true},
		{"Italian S.p.A.", "Leonardo S.p.A.", "Leonardo", alias.Org, true},
		{"Dutch N.V.", "Koninklijke Philips N.V.", "Koninklijke Philips", alias.Org, true},
		{"Indonesian PT at the start", "PT Pertamina", "Pertamina", alias.Org, true},
		{"Russian ПАО at the start", "ПАО Лукойл", "Лукойл", alias.Org, true},
		{"Korean Co., Ltd.", "Hyundai Motor Co., Ltd.", "Hyundai Motor", alias.Org, true},
		{"Malaysian Berhad spelled out", "Tenaga Nasional Berhad", "Tenaga Nasional", alias.Org, true},
		{"German Aktiengesellschaft spelled out", "Siemens Aktiengesellschaft", "Siemens", alias.Org, true},
		{"Egyptian S.A.E.", "Talaat Moustafa Group S.A.E.", "Talaat Moustafa Group", alias.Org, true},
		{"Australian Pty Ltd", "Woodside Energy Pty Ltd", "Woodside Energy", alias.Org, true},
		{"Russian ГМК at the start", "ГМК «Норильский никель»", "«Норильский никель»", alias.Org, true},
		{"city designator", "Zamboanga City", "Zamboanga", alias.Place, true},
		{"Korean metropolitan city", "Ulsan Metropolitan City", "Ulsan", alias.Place, true},
		{"a form alone is no name", "Limited", "Limited", "", false},
		{"two letters in lower case are a word (Da Nang)", "Thanh Da", "Thanh Da", "", false},
		{"two letters capitalized are a word (Sa of a name)", "Nguyen Van Sa", "Nguyen Van Sa", "", false},
		{"no form", "Rosneft", "Rosneft", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bare, kind, ok := stripLegalForm(tt.in)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.bare, bare)
			assert.Equal(t, tt.kind, kind)
		})
	}
}

func TestLegalFormResolves(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "o1", Kind: alias.Org, Name: "Grupo Televisa"},
		{ID: "o2", Kind: alias.Org, Name: "Infosys"},
		{ID: "p1", Kind: alias.Place, Name: "Zamboanga"},
		{ID: "p2", Kind: alias.Place, Name: "Panama"},
		{ID: "h1", Kind: alias.Person, Name: "Leonardo"},
		{ID: "o3", Kind: alias.Org, Name: "Tenaga Nasional"},
		{ID: "o4", Kind: alias.Org, Name: "Siemens"},
		{ID: "p3", Kind: alias.Place, Name: "Norilsk"},
		{ID: "o5", Kind: alias.Org, Name: "Sonangol"},
		{ID: "o6", Kind: alias.Org, Name: "Vingroup"},
	})
	tests := []struct{ name, query, want string }{
		{"legal form after a comma", "Grupo Televisa, S.A.B. de C.V.", "o1"},
		{"Limited", "Infosys Limited", "o2"},
		{"Malaysian Berhad spelled out", "Tenaga Nasional Berhad", "o3"},
		{"German Aktiengesellschaft spelled out", "Siemens Aktiengesellschaft", "o4"},
		{"a company's form never leads to a place (MMC Norilsk is not the town)", "MMC Norilsk", ""},
		{"Angolan and Portuguese E.P., a public company", "Sonangol E.P.", "o5"},
		{"Vietnamese Tập đoàn (group) before the name, with or without its marks", "Tap doan Vingroup", "o6"},
		{"city designator", "Zamboanga City", "p1"},
		{"a city designator never leads to a country (Panama City is not Panama)", "Panama City", ""},
		{"a company's form never leads to a person", "Leonardo S.p.A.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := r.Resolve(tt.query)
			if tt.want == "" {
				assert.False(t, ok, "%+v", m.Entity)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tt.want, m.Entity.ID)
			assert.Contains(t, m.Explain.Rules, "legal-form")
		})
	}
}

// The table's name carries the legal form and the mention leaves it out: real companies as
// their registers write them, and the press without the form.
func TestLegalFormInTable(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "equinor", Kind: alias.Org, Name: "Equinor ASA"},
		{ID: "nokia", Kind: alias.Org, Name: "Nokia Oyj"},
		{ID: "asml", Kind: alias.Org, Name: "ASML Holding N.V."},
		{ID: "volvo", Kind: alias.Org, Name: "AB Volvo"},
		{ID: "cez", Kind: alias.Org, Name: "ČEZ, a.s."},
		{ID: "fraunhofer", Kind: alias.Org, Name: "Fraunhofer-Gesellschaft e.V."},
		{ID: "thy", Kind: alias.Org, Name: "Türk Hava Yolları A.O."},
		{ID: "deutsche", Kind: alias.Org, Name: "Deutsche Bank AG"},
		{ID: "airbus", Kind: alias.Org, Name: "Airbus SE"},
		{ID: "bandar-abbas", Kind: alias.Place, Name: "Bandar-e Abbas"},
	})
	runRuleTable(t, r, []ruleCase{
		{"Norwegian ASA after the name", "Equinor", "equinor", "legal-form"},
		{"Finnish Oyj after the name", "Nokia", "nokia", "legal-form"},
		{"Swedish AB before the name", "Volvo", "volvo", "legal-form"},
		{"Czech a.s. after a comma", "ČEZ", "cez", "legal-form"},
		{"German e.V. of an association", "Fraunhofer-Gesellschaft", "fraunhofer", "legal-form"},
		{"Turkish A.O., the older form of A.Ş.", "Türk Hava Yolları", "thy", "legal-form"},
		{"European SE, which joined to the name adds nothing to its key (airbusse): no compound", "Airbus", "airbus", "legal-form"},
		{"a word that is no legal form still joins its neighbour (Persian ezafe: Bandar-e as Bandar)", "Bandar Abbas", "bandar-abbas", ""},
		{"Dutch N.V. after a designator: the designator may go too, as for ASML Holding", "ASML", "asml", ""},
		{"a common word left of the form is still not the company (Deutsche alone)", "Deutsche", "", ""},
	})
	// In running text the lone word is the body's name as written, even where it is a known
	// word (Nokia is a Finnish town too) or begins a sentence.
	var found []string
	for _, m := range r.Find("Volvo cut jobs. Investors sold Equinor and bought Nokia and Airbus, while Deutsche stayed.") {
		found = append(found, m.Text+"="+m.Match.Entity.ID)
	}
	assert.Equal(t, []string{"Volvo=volvo", "Equinor=equinor", "Nokia=nokia", "Airbus=airbus"}, found)
}

// An encyclopedia's disambiguator after a table name, in parentheses, is no part of the name
// when it is a country or a year (dropDisambiguator); other words there may be.
func TestDisambiguatorInTable(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "frp", Kind: alias.Org, Name: "Progress Party (Norway)"},
		{ID: "labour", Kind: alias.Org, Name: "Labour Party (UK)"},
		{ID: "katrina", Kind: alias.Other, Name: "Hurricane Katrina (2005)"},
		{ID: "progressive", Kind: alias.Org, Name: "Progressive Party"},
		{ID: "frankfurt-oder", Kind: alias.Place, Name: "Frankfurt (Oder)"},
		{ID: "drc", Kind: alias.Place, Name: "Congo (Kinshasa)", Aliases: []string{"Congo (DRC)"}},
	})
	runTable(t, r, []resolveCase{
		{"a country in parentheses", "Progress Party", "frp"},
		{"a country's short name in parentheses", "Labour Party", "labour"},
		{"a year in parentheses", "Hurricane Katrina", "katrina"},
		{"the name with its disambiguator, as written", "Progress Party (Norway)", "frp"},
		{"a name one word away is another body", "Progressive Party", "progressive"},
		{"a town's own parenthesized word is kept: Frankfurt alone is not Frankfurt (Oder)", "Frankfurt", ""},
		{"a capital in parentheses is kept, and a country's own name in parentheses (CLDR's Congo (DRC)): Congo alone is neither", "Congo", ""},
	})
}
