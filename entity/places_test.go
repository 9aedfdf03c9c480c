package entity

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
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
		{ID: "xian", Kind: alias.Place, Name: "Xian"},
		{ID: "lutsk", Kind: alias.Place, Name: "Lutsk"},
		{ID: "chernihiv", Kind: alias.Place, Name: "Chernihiv"},
		{ID: "luhansk", Kind: alias.Place, Name: "Luhansk"},
		{ID: "vovchansk", Kind: alias.Place, Name: "Vovchansk"},
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
		{"a town that only another language's spelling joins to the table's (Shian, Hubei) is another town", "Shian", ""},
		{"a town in plain letters that only Polish c for ts joins (Luck, Wisconsin) is another town", "Luck", ""},
		{"Polish written with its own letters is the Polish spelling of the place", "Łuck", "lutsk"},
		{"Polish ó shows the Polish spelling of the place", "Czernichów", "chernihiv"},
		{"a spelling with the same key is no other town, town or not (Lugansk)", "Lugansk", "luhansk"},
		{"a Russian-era name that is also a Russian town's still meets the Ukrainian town", "Volchansk", "vovchansk"},
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

// data/places/exonyms.tsv is what gen_exonyms.go makes of the alias package's country names
// and the gazetteer, and each of its rows is an alias of that country in the default table
// and a town of the gazetteer.
func TestExonyms(t *testing.T) {
	rows := 0
	for line := range strings.Lines(exonymsTSV) {
		f := strings.Split(strings.TrimRight(line, "\n"), "\t")
		if line[0] == '#' || f[0] == "id" {
			continue
		}
		require.Len(t, f, 3, line)
		rows++
		e, ok := alias.Default().Lookup(f[0])
		require.True(t, ok, f[0])
		assert.Contains(t, e.Aliases, f[1], line)
		assert.True(t, loadGazetteer().has(f[2]), line)
		assert.True(t, exonymTown(f[0], f[2]), line)
	}
	assert.Greater(t, rows, 20)
	assert.False(t, exonymTown("iso3166:US", "america"), "an English name")
	if testing.Short() {
		t.Skip("skipped in -short mode: runs the generator with go run")
	}
	out := filepath.Join(t.TempDir(), "exonyms.tsv")
	cmd := exec.Command("go", "run", "gen_exonyms.go", "-o", out)
	cmd.Stderr = os.Stderr
	require.NoError(t, cmd.Run(), "go run gen_exonyms.go")
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	if !bytes.Equal([]byte(exonymsTSV), got) {
		t.Errorf("data/places/exonyms.tsv is stale; run go generate in entity and review the diff")
	}
}
