package entity

import (
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOtherNamesLoad(t *testing.T) {
	x, err := parseOtherNames()
	require.NoError(t, err)
	assert.Contains(t, x.otherNames("Frunze"), "Bishkek")
	assert.Contains(t, x.otherNames("Bishkek"), "Frunze", "a row is read both ways")
	assert.Contains(t, x.otherNames("nur sultan"), "Astana", "a hyphen and a space are one")
	assert.Empty(t, x.otherNames("Frunse"), "as written, never by resemblance")
	c, err := parseConnectors()
	require.NoError(t, err)
	assert.Contains(t, c, []string{"an", "der"})
}

func TestRiverForms(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"German am read as English on", "Frankfurt am Main", "Frankfurt on Main"},
		{"hyphenated forms too", "Komsomolsk-na-Amure", "Komsomolsk-on-Amure"},
		{"Cyrillic romanized first", "Комсомольск-на-Амуре", "Komsomolsk on Amure"},
		{"two-word connector", "Halle an der Saale", "Halle am Saale"},
		{"no connector", "Nizhny Novgorod", ""},
		{"a connector first is no town's", "On Tuesday", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := riverForms(tt.in)
			if tt.want == "" {
				assert.Empty(t, got)
				return
			}
			assert.Contains(t, got, tt.want)
		})
	}
}

func TestOtherNamesResolve(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "bishkek", Kind: alias.Place, Name: "Bishkek"},
		{ID: "volgograd", Kind: alias.Place, Name: "Volgograd"},
		{ID: "kaliningrad", Kind: alias.Place, Name: "Kaliningrad"},
		{ID: "mumbai", Kind: alias.Place, Name: "Mumbai"},
		{ID: "yangon", Kind: alias.Place, Name: "Yangon"},
		{ID: "gdansk", Kind: alias.Place, Name: "Gdansk"},
		{ID: "vilnius", Kind: alias.Place, Name: "Vilnius"},
		{ID: "madras", Kind: alias.Place, Name: "Madras"},
		{ID: "yekaterinburg", Kind: alias.Place, Name: "Ekaterinburg"},
		{ID: "frankfurt", Kind: alias.Place, Name: "Frankfurt am Main"},
		{ID: "komsomolsk", Kind: alias.Place, Name: "Komsomolsk-on-Amur"},
		{ID: "stratford", Kind: alias.Place, Name: "Stratford-upon-Avon"},
		{ID: "samara", Kind: alias.Place, Name: "Samara"},
		{ID: "kuybyshev", Kind: alias.Person, Name: "Valerian Kuybyshev"},
		{ID: "kirov", Kind: alias.Org, Name: "Kirov Plant"},
	})
	tests := []ruleCase{
		{"a former name (Kyrgyz capital, 1926–1991)", "Frunze", "bishkek", "exonym"},
		{"a former name in Cyrillic", "Сталинград", "volgograd", "exonym"},
		{"a German historical name", "Königsberg", "kaliningrad", "exonym"},
		{"a colonial name", "Bombay", "mumbai", "exonym"},
		{"a colonial name of Burma", "Rangoon", "yangon", "exonym"},
		{"a German name of a Polish city", "Danzig", "gdansk", "exonym"},
		{"a Polish name of a Lithuanian city", "Wilno", "vilnius", "exonym"},
		{"the current name meets a table that keeps the old one", "Chennai", "madras", "exonym"},
		{"the other name meets the table's spelling by its key", "Sverdlovsk", "yekaterinburg", "exonym"},
		{"German am for the table's name with am", "Frankfurt-on-Main", "frankfurt", "river"},
		{"Russian na for English on, the river in a case form", "Комсомольск-на-Амуре", "komsomolsk", ""},
		{"Czech na for English on, the river in a case form", "Komsomolsk na Amuru", "komsomolsk", "river"},
		{"on for upon", "Stratford-on-Avon", "stratford", "river"},
		{"another river is another town", "Frankfurt an der Oder", "", ""},
		{"a name one letter from a former name is not it", "Frunse", "", ""},
		{"a former name that is also a person's surname names the person when the table has him", "Kuybyshev", "kuybyshev", ""},
		{"only a place is met under another name", "Kirovabad", "", ""},
	}
	runRuleTable(t, r, tests)
}
