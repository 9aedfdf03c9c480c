package entity

import (
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The gazetteer is sorted (has searches it) and holds real towns under their folded names.
func TestGazetteer(t *testing.T) {
	g := loadGazetteer()
	require.Greater(t, len(g.starts), 100_000)
	for k := 1; k < len(g.starts); k++ {
		require.Less(t, g.name(k-1), g.name(k), "row %d", k)
	}
	for _, town := range []string{"wiesenbach", "miesenbach", "buchach", "bucha", "burgos", "burgas", "sao paulo", "jalalabad"} {
		assert.True(t, g.has(town), town)
	}
	for _, word := range []string{"wiesenbac", "moskau", "zelensky", "", "zzzz"} {
		assert.False(t, g.has(word), word)
	}
}

// A one-word place met only by edits is another real town when the gazetteer names both;
// where it does not hold the table's spelling, the mention may be the gazetteer's own
// spelling of the same place, and press spellings that are no town still meet theirs.
func TestOtherTownIsAnotherPlace(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "wiesenbach", Kind: alias.Place, Name: "Wiesenbach"},
		{ID: "burgas", Kind: alias.Place, Name: "Burgas"},
		{ID: "ostrava", Kind: alias.Place, Name: "Ostrava"},
		{ID: "huntingdon", Kind: alias.Place, Name: "Huntingdon"},
		{ID: "zaporizhzhia", Kind: alias.Place, Name: "Zaporizhzhia"},
		{ID: "moscow", Kind: alias.Place, Name: "Moscow"},
		{ID: "kortenberg", Kind: alias.Place, Name: "Kortenberg"},
	})
	runTable(t, r, []resolveCase{
		{"a town one letter from another (Germany)", "Miesenbach", ""},
		{"a Spanish town is not a Bulgarian one", "Burgos", ""},
		{"a Russian town is not a Czech one", "Ostrov", ""},
		{"an American town is not an English one", "Huntington", ""},
		{"a town with one more letter in front", "Ortenberg", ""},
		{"the gazetteer's own spelling of the table's place still meets it", "Zaporozhye", "zaporizhzhia"},
		{"a press spelling that is no town still meets the place", "Moskau", "moscow"},
		{"the place's name as written", "Wiesenbach", "wiesenbach"},
		{"a misspelling that is no town", "Wiesenbakh", "wiesenbach"},
	})
}

// The GeoNames look-alike set (testdata/lookalike): 2,000 real towns that must resolve as
// written and real other towns one or two letters from them that must not. Its look-alikes
// come from the same gazetteer as data/places, so its rejection figure is in-sample for
// that rule: the floors guard against regressions, not a general measure.
func TestLookalikeSet(t *testing.T) {
	s := scoreSet(t, "testdata/lookalike/table.tsv", "testdata/lookalike/queries.tsv")
	la := s.cats["lookalike"]
	require.NotNil(t, la)
	rejected := float64(la.rejected) / float64(la.neg)
	t.Logf("look-alike set: %d queries, precision %.3f, recall %.3f, look-alikes rejected %.3f\n%s", s.n, s.precision, s.recall, rejected, s.table())
	assert.GreaterOrEqual(t, s.precision, 0.97)
	assert.GreaterOrEqual(t, s.recall, 0.98)
	assert.GreaterOrEqual(t, rejected, 0.90)
}
