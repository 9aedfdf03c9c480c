package entity

import (
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// conventionsTable holds real entities for the rules of issue 10: conventions, cognates,
// titles, legal forms, case endings and the kind of thing a mention names.
func conventionsTable(t *testing.T) *Resolver {
	t.Helper()
	return resolverOf(t, []alias.Entity{
		{ID: "poltava", Kind: alias.Place, Name: "Poltava"},
		{ID: "bakhmut", Kind: alias.Place, Name: "Bakhmut"},
		{ID: "tikrit", Kind: alias.Place, Name: "Tikrit"},
		{ID: "paros", Kind: alias.Place, Name: "Paros"},
		{ID: "bonn", Kind: alias.Place, Name: "Bonn"},
		{ID: "tartus", Kind: alias.Place, Name: "Tartus"},
		{ID: "hamas", Kind: alias.Org, Name: "Hamas"},
		{ID: "houthis", Kind: alias.Org, Name: "Houthis"},
		{ID: "chernihiv", Kind: alias.Place, Name: "Chernihiv"},
		{ID: "dnipro", Kind: alias.Place, Name: "Dnipro", Aliases: []string{"Dnipropetrovsk"}},
		{ID: "mogilev", Kind: alias.Place, Name: "Mogilev"},
		{ID: "khrushchev", Kind: alias.Person, Name: "Nikita Khrushchev"},
		{ID: "yeltsin", Kind: alias.Person, Name: "Boris Yeltsin"},
		{ID: "kuchma", Kind: alias.Person, Name: "Leonid Kuchma"},
		{ID: "chornobyl", Kind: alias.Place, Name: "Chornobyl"},
		{ID: "zhytomyr", Kind: alias.Place, Name: "Zhytomyr"},
	})
}

// resolverOf builds a resolver over a table of the given entities.
func resolverOf(t *testing.T, ents []alias.Entity) *Resolver {
	t.Helper()
	b := alias.NewBuilder()
	for _, e := range ents {
		require.NoError(t, b.Add(e))
	}
	tbl, err := b.Build()
	require.NoError(t, err)
	return NewResolver(tbl)
}

// runTable resolves each row's mention with r and checks the entity (or no match).
func runTable(t *testing.T, r *Resolver, rows []resolveCase) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := r.Resolve(tt.in)
			if tt.want == "" {
				assert.False(t, ok, "%q resolved to %s %.3f %v", tt.in, m.Entity.ID, m.Score, m.Explain.Tokens)
				return
			}
			if assert.True(t, ok, "%q did not resolve; candidates %v", tt.in, r.Candidates(tt.in, 3)) {
				assert.Equal(t, tt.want, m.Entity.ID)
			}
		})
	}
}

// ruleCase is a row of runRuleTable: a query, the entity it resolves to ("" for none) and,
// if not "", a rule the match must name in Explain.Rules.
type ruleCase struct{ name, query, want, rule string }

// runRuleTable resolves each row's query with r and checks the entity (or no match) and the
// rule.
func runRuleTable(t *testing.T, r *Resolver, rows []ruleCase) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := r.Resolve(tt.query)
			if tt.want == "" {
				assert.False(t, ok, "%+v", m.Entity)
				return
			}
			require.True(t, ok, "%+v", m)
			assert.Equal(t, tt.want, m.Entity.ID)
			if tt.rule != "" {
				assert.Contains(t, m.Explain.Rules, tt.rule)
			}
		})
	}
}

// A place is not met by a name derived from it, by a person's nisba, or by a word that only
// looks like its English plural.
func TestResolveKindRules(t *testing.T) {
	runTable(t, conventionsTable(t), []resolveCase{
		{"a village in -ka is another place than the town", "Poltavka", ""},
		{"a village in -ske is another place than the town", "Bakhmutske", ""},
		{"the town itself", "Poltava", "poltava"},
		{"a case of the town is the town", "Poltavy", "poltava"},
		{"a nisba with the article names a person, not the town", "Saddam al-Tikriti", ""},
		{"a nisba alone names a person, not the town", "Tikriti", ""},
		{"a Ukrainian locative in -і is the town", "Тікриті", "tikrit"},
		{"a lone s after a vowel is part of the word: another place", "Paro", ""},
		{"a lone s after a vowel is part of the word: another name", "Hama", ""},
		{"an English plural in -is meets its singular", "Huthi", "houthis"},
		{"one unexplained vowel makes another place (Binn, Switzerland)", "Binn", ""},
		{"a vowel the conventions explain does not (French Tartous)", "Tartous", "tartus"},
	})
}

// Russian-era forms, the Polish, Czech, Hungarian, Dutch, Swedish and Finnish press
// spellings of Slavic names (translit/data/keys.tsv rows), on names of their own.
func TestResolveSlavicAndNordicPress(t *testing.T) {
	runTable(t, conventionsTable(t), []resolveCase{
		{"Russian-era -ov for Ukrainian -iv", "Chernigov", "chernihiv"},
		{"Russian-era form of a former name", "Dnepropetrovsk", "dnipro"},
		{"Belarusian national form, -yow for -ёв", "Mahilyow", "mogilev"},
		{"Belarusian Łacinka ŭ", "Mahiloŭ", "mogilev"},
		{"Dutch tsj for ч", "Tsjernobyl", "chornobyl"},
		{"Swedish tj for ч", "Tjernobyl", "chornobyl"},
		{"Finnish tš for ч", "Tšernobyl", "chornobyl"},
		{"Hungarian cs for ч", "Csernobil", "chornobyl"},
		{"Polish cz for ч", "Czarnobyl", "chornobyl"},
		{"Czech č for ч", "Černobyl", "chornobyl"},
		{"Dutch sjtsj for щ, oe for у", "Nikita Chroesjtsjov", "khrushchev"},
		{"Swedish j for й and the Russian-era ё", "Boris Jeltsin", "yeltsin"},
		{"Dutch oe for у", "Leonid Koetsjma", "kuchma"},
		{"Hungarian zs for ж", "Zsitomir", "zhytomyr"},
	})
}

// A patronymic, a given name or a generational suffix that is not the table's is another
// person.
func TestResolveOtherPersonRules(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "peskov", Kind: alias.Person, Name: "Dmitry Peskov", Aliases: []string{"Dmitry Sergeyevich Peskov"}},
		{ID: "faisal", Kind: alias.Person, Name: "Faisal bin Farhan"},
		{ID: "mbz", Kind: alias.Person, Name: "Mohammed bin Zayed"},
		{ID: "bashar", Kind: alias.Person, Name: "Bashar al-Assad"},
		{ID: "ilham", Kind: alias.Person, Name: "Ilham Aliyev"},
		{ID: "marcos", Kind: alias.Person, Name: "Ferdinand Marcos"},
		{ID: "kim-il-sung", Kind: alias.Person, Name: "Kim Il Sung"},
	})
	runTable(t, r, []resolveCase{
		{"the table's patronymic", "Dmitry Sergeyevich Peskov", "peskov"},
		{"another patronymic is another person (the digital envoy)", "Dmitry Nikolayevich Peskov", ""},
		{"the father's name after bin does not name the son alone", "Prince Farhan", ""},
		{"bin and the father's name do", "bin Farhan", "faisal"},
		{"the father's name with a title is the father (Sheikh Zayed)", "Sheikh Zayed", ""},
		{"another given name on the family is another person (the father)", "Hafez al-Assad", ""},
		{"another given name on the family is another person (the father, Heydar)", "Heydar Aliyev", ""},
		{"Jr. after the name is the son", "Ferdinand Marcos Jr.", ""},
		{"the son's given name on a family-first name is another person", "Kim Jong Il", ""},
		{"the family's own given name still resolves", "Bashar Assad", "bashar"},
	})
}

func descriptorsTable(t *testing.T) *Resolver {
	t.Helper()
	return resolverOf(t, []alias.Entity{
		{ID: "trotsky", Kind: alias.Person, Name: "Leon Trotsky"},
		{ID: "steinmeier", Kind: alias.Person, Name: "Frank-Walter Steinmeier"},
		{ID: "erdogan", Kind: alias.Person, Name: "Recep Tayyip Erdogan"},
		{ID: "merkel", Kind: alias.Person, Name: "Angela Merkel"},
		{ID: "duda", Kind: alias.Person, Name: "Andrzej Duda"},
		{ID: "putin", Kind: alias.Person, Name: "Vladimir Putin"},
		{ID: "kaczynski", Kind: alias.Person, Name: "Lech Kaczynski"},
		{ID: "severstal", Kind: alias.Org, Name: "Severstal"},
		{ID: "kyivstar", Kind: alias.Org, Name: "Kyivstar"},
		{ID: "fatah", Kind: alias.Org, Name: "Fatah"},
		{ID: "borissov", Kind: alias.Person, Name: "Boyko Borissov"},
		{ID: "hasina", Kind: alias.Person, Name: "Sheikh Hasina"},
	})
}

// Titles, descriptors and legal forms in other languages, and case endings on every word.
func TestResolveDescriptorsAndCases(t *testing.T) {
	runTable(t, descriptorsTable(t), []resolveCase{
		{"a German compound ending in -präsident is a title", "Bundespräsident Steinmeier", "steinmeier"},
		{"a German compound ending in -chef is a title", "Staatschef Erdogan", "erdogan"},
		{"a hyphenated German compound title", "AKP-Chef Erdogan", "erdogan"},
		{"a Spanish adjective after the title", "el presidente turco Erdogan", "erdogan"},
		{"an Italian adjective after the title", "il presidente turco Erdogan", "erdogan"},
		{"a Russian legal form in guillemets", "ПАО «Северсталь»", "severstal"},
		{"a romanized Russian legal form", "PAO Severstal", "severstal"},
		{"a Ukrainian legal form", "ПрАТ «Київстар»", "kyivstar"},
		{"a German descriptor after a hyphen", "Fatah-Miliz", "fatah"},
		{"Russian given name of a cognate", "Lev Trotsky", "trotsky"},
		{"Polish given name of a cognate", "Lew Trocki", "trotsky"},
		{"Czech feminine -ová on a foreign surname", "Angela Merkelová", "merkel"},
		{"Czech instrumental of -ová", "Angelou Merkelovou", "merkel"},
		{"Czech instrumental -ou of a masculine -a surname", "Andrzejem Dudou", "duda"},
		{"Lithuanian -as on given name and surname", "Vladimiras Putinas", "putin"},
		{"Polish instrumental on both words", "Lechem Kaczyńskim", "kaczynski"},
		{"a cognate given name in the Polish instrumental", "Władimirem Putinem", "putin"},
		{"a lone given name is not a surname that resembles it", "Boris", ""},
		{"a lone given name is not a surname one edit away", "Hassan", ""},
	})
}
