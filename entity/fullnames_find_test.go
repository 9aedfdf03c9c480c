package entity_test

import (
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity"
	"github.com/stretchr/testify/require"
)

// TestFindFullNames: Find reads the short forms the press writes of the full legal and official
// names a table holds (a person's given name and first family name, a country's short name, a
// city's called name), and the document's later family name alone.
func TestFindFullNames(t *testing.T) {
	r := findResolverOf(t, []alias.Entity{
		{ID: "boluarte", Kind: alias.Person, Name: "Dina Ercilia Boluarte Zegarra"},
		{ID: "arevalo", Kind: alias.Person, Name: "Bernardo Arévalo de León"},
		{ID: "leon", Kind: alias.Person, Name: "Ana de León"},
		{ID: "pe", Kind: alias.Place, Name: "Republic of Peru"},
		{ID: "gt", Kind: alias.Place, Name: "Republic of Guatemala"},
		{ID: "cali", Kind: alias.Place, Name: "Santiago de Cali"},
		{ID: "medan", Kind: alias.Place, Name: "Kota Medan"},
	})
	runFindWith(t, r, []findCase{
		{"given name and first family name, then the family name alone",
			"Peru's president Dina Boluarte flew to Cali. Later Boluarte met the press.",
			[]found{{"Peru's", "pe"}, {"Dina Boluarte", "boluarte"}, {"Cali", "cali"}, {"Boluarte", "boluarte"}}},
		{"a country's short name at the start of a sentence",
			"Guatemala elected Bernardo Arévalo in August.",
			[]found{{"Guatemala", "gt"}, {"Bernardo Arévalo", "arevalo"}}},
		{"a formal city name met by its called name, in a sentence",
			"Flooding closed roads in Medan on Monday.",
			[]found{{"Medan", "medan"}}},
	})
}

// TestFindOtherSpellings: Find reads a Korean family name's other spellings (Lee for a table's
// Yi, Choi for Choe) and, as a lone word, the Indonesian spellings before and after the reform
// of 1972 (Suharto for Soeharto, Aceh for Atjeh); not a look-alike outside those conventions.
func TestFindOtherSpellings(t *testing.T) {
	r := findResolverOf(t, []alias.Entity{
		{ID: "yisunsin", Kind: alias.Person, Name: "Yi Sun-sin"},
		{ID: "choe", Kind: alias.Person, Name: "Choe Son-hui"},
		{ID: "sukarno", Kind: alias.Person, Name: "Soekarno"},
		{ID: "aceh", Kind: alias.Place, Name: "Atjeh"},
		{ID: "surabaya", Kind: alias.Place, Name: "Soerabaja"},
		{ID: "bali", Kind: alias.Place, Name: "Bali"},
	})
	runFindWith(t, r, []findCase{
		{"a Korean family name in the press's spelling, then alone",
			"Admiral Lee Sun-sin won at Myeongnyang. Lee lost no ship.",
			[]found{{"Lee Sun-sin", "yisunsin"}, {"Lee", "yisunsin"}}},
		{"Choi for Choe",
			"Foreign Minister Choi Son-hui flew to Moscow.",
			[]found{{"Choi Son-hui", "choe"}}},
		{"the reformed spellings of a name and of places, each a lone word",
			"Sukarno was born in Surabaya and exiled to Aceh.",
			[]found{{"Sukarno", "sukarno"}, {"Surabaya", "surabaya"}, {"Aceh", "aceh"}}},
		{"a Korean given name that differs is another person",
			"Lee Sun-jin spoke.",
			nil},
	})
}

// findResolverOf returns a resolver over a table of ents, as resolverOf does inside the package.
func findResolverOf(t *testing.T, ents []alias.Entity) *entity.Resolver {
	t.Helper()
	b := alias.NewBuilder()
	for _, e := range ents {
		require.NoError(t, b.Add(e))
	}
	tbl, err := b.Build()
	require.NoError(t, err)
	return entity.NewResolver(tbl)
}
