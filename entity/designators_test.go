package entity

import (
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStripOfCountry(t *testing.T) {
	tests := []struct{ name, in, bare string }{
		{"of and a country after the name", "Halyk Bank of Kazakhstan", "Halyk Bank"},
		{"of the and a country", "Bank of the Philippine Islands", ""},
		{"of and something else", "Institute for the Study of War", ""},
		{"of first leaves no name", "of Russia", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bare, ids, ok := stripOfCountry(tt.in)
			if tt.bare == "" {
				assert.False(t, ok)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tt.bare, bare)
			assert.NotEmpty(t, ids)
		})
	}
}

// TestDesignatorsAndCountry: a body's designator, its own country after "of", or the
// country that leads its name, written or left out.
func TestDesignatorsAndCountry(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "redut", Kind: alias.Org, Name: "Redut"},
		{ID: "ukrenergo", Kind: alias.Org, Name: "Ukrenergo"},
		{ID: "halyk", Kind: alias.Org, Name: "Halyk Bank", Attrs: map[string]string{"country": "KZ"}},
		{ID: "nbu", Kind: alias.Org, Name: "National Bank"},
		{ID: "evergrande", Kind: alias.Org, Name: "China Evergrande"},
		{ID: "vanke", Kind: alias.Org, Name: "China Vanke"},
		{ID: "thy", Kind: alias.Org, Name: "Turkish Airlines"},
		{ID: "ccp", Kind: alias.Org, Name: "Chinese Communist Party"},
		{ID: "krg", Kind: alias.Place, Name: "Iraqi Kurdistan"},
		{ID: "rostec", Kind: alias.Org, Name: "Rostec"},
		{ID: "kaspersky", Kind: alias.Org, Name: "Kaspersky Lab"},
		{ID: "sberbank", Kind: alias.Org, Name: "Sberbank", Aliases: []string{"Sberbank of Russia"}},
		{ID: "virgin", Kind: alias.Org, Name: "Virgin Group"},
		{ID: "shell", Kind: alias.Org, Name: "Shell plc"},
		{ID: "target", Kind: alias.Org, Name: "Target Corporation"},
	})
	tests := []ruleCase{
		{"English PMC before the name", "PMC Redut", "redut", "legal-form"},
		{"English PMC after the name", "Redut PMC", "redut", "legal-form"},
		{"Russian ЧВК and guillemets", "ЧВК «Редут»", "redut", "legal-form"},
		{"Ukrainian НЕК", "НЕК «Укренерго»", "ukrenergo", "legal-form"},
		{"its Latin NEC", "NEC Ukrenergo", "ukrenergo", "legal-form"},
		{"Lab, a designator the press leaves out", "Kaspersky", "kaspersky", ""},
		{"the designator alone names no one", "Lab", "", ""},
		{"English State Corporation after the name", "Rostec State Corporation", "rostec", "legal-form"},
		{"of and the body's own country", "Halyk Bank of Kazakhstan", "halyk", "of-country"},
		{"of and another country than the one the table records", "Halyk Bank of Georgia", "", ""},
		{"common words before of name no one in particular", "National Bank of Ukraine", "", ""},
		{"of and another country than one of its names has", "Sberbank of Kazakhstan", "", ""},
		{"of and the country its name has", "Sberbank of Russia", "sberbank", ""},
		{"a common word before a designator is a name of its own", "Virgin", "", ""},
		{"a common word before a legal form is the company", "Shell", "shell", ""},
		{"a common word before Corporation is the company", "Target", "target", ""},
		{"a country that leads a company's name left out", "Evergrande", "evergrande", ""},
		{"likewise", "Vanke", "vanke", ""},
		{"not when the rest is a common word", "Airlines", "", ""},
		{"not when the rest is common words", "Communist Party", "", ""},
		{"a place keeps its country (Kurdistan is not Iraqi Kurdistan)", "Kurdistan", "", ""},
	}
	runRuleTable(t, r, tests)
}
