package alias

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDefaultLoads(t *testing.T) {
	tbl, err := loadDefault()
	require.NoError(t, err)
	assert.Same(t, Default(), Default(), "parsed once")
	assert.Equal(t, tbl.Len(), Default().Len())

	ids := map[string]bool{}
	countries := 0
	for i := range tbl.Len() {
		e := tbl.At(i)
		assert.False(t, ids[e.ID], "duplicate id %s", e.ID)
		ids[e.ID] = true
		if strings.HasPrefix(e.ID, "iso3166:") {
			countries++
			assert.Equal(t, Place, e.Kind, e.ID)
			assert.Len(t, strings.TrimPrefix(e.ID, "iso3166:"), 2, e.ID)
		}
	}
	assert.GreaterOrEqual(t, countries, 240)
}

func TestDefaultEntities(t *testing.T) {
	tbl := Default()
	tests := []struct {
		name     string
		id       string
		kind     Kind
		entName  string
		hasAlias string
	}{
		{name: "Andrii Sybiha is a person under his own spelling", id: "person-andrii-sybiha", kind: Person, entName: "Andrii Sybiha"},
		{name: "Zelenskyy has his Wikidata id and official spelling", id: "Q3874799", kind: Person, entName: "Volodymyr Zelenskyy"},
		{name: "Putin is Q7747", id: "Q7747", kind: Person, entName: "Vladimir Putin"},
		{name: "Olha, not Olga, Stefanishyna", id: "person-olha-stefanishyna", kind: Person, entName: "Olha Stefanishyna"},
		{name: "Svyrydenko in her own spelling", id: "person-yulia-svyrydenko", kind: Person, entName: "Yulia Svyrydenko"},
		{name: "Jørgensen keeps his ø", id: "person-dan-jorgensen", kind: Person, entName: "Dan Jørgensen"},
		{name: "Steven is Steve Witkoff's other first name", id: "person-steve-witkoff", kind: Person, entName: "Steve Witkoff", hasAlias: "Steven Witkoff"},
		{name: "a byline: Anthony Zurcher", id: "person-anthony-zurcher", kind: Person, entName: "Anthony Zurcher"},
		{name: "Kyiv is Q1899 with its Ukrainian name", id: "Q1899", kind: Place, entName: "Kyiv", hasAlias: "Київ"},
		{name: "Miami is Q8652", id: "Q8652", kind: Place, entName: "Miami"},
		{name: "Peking is Beijing's older name", id: "Q956", kind: Place, entName: "Beijing", hasAlias: "Peking"},
		{name: "Pokrovsk was Krasnoarmiisk", id: "place-pokrovsk", kind: Place, entName: "Pokrovsk", hasAlias: "Krasnoarmiisk"},
		{name: "NATO spelled out", id: "Q7184", kind: Org, entName: "NATO", hasAlias: "North Atlantic Treaty Organization"},
		{name: "ECB is the European Central Bank", id: "Q8901", kind: Org, entName: "European Central Bank", hasAlias: "ECB"},
		{name: "ISW is the Institute for the Study of War", id: "org-isw", kind: Org, entName: "Institute for the Study of War", hasAlias: "ISW"},
		{name: "AFP is Agence France-Presse", id: "Q40464", kind: Org, entName: "Agence France-Presse", hasAlias: "AFP"},
		{name: "AP is Associated Press", id: "Q40469", kind: Org, entName: "Associated Press", hasAlias: "AP"},
		{name: "EU is the European Union", id: "Q458", kind: Org, entName: "European Union", hasAlias: "EU"},
		{name: "the European Commission is Q8880", id: "Q8880", kind: Org, entName: "European Commission"},
		{name: "ICC is the International Criminal Court", id: "Q47488", kind: Org, entName: "International Criminal Court", hasAlias: "ICC"},
		{name: "Germany is Niemcy in Polish", id: "iso3166:DE", kind: Place, entName: "Germany", hasAlias: "Niemcy"},
		{name: "Germany is Германия in Russian", id: "iso3166:DE", kind: Place, entName: "Germany", hasAlias: "Германия"},
		{name: "Germany is Deutschland in German", id: "iso3166:DE", kind: Place, entName: "Germany", hasAlias: "Deutschland"},
		{name: "Germany is Allemagne in French", id: "iso3166:DE", kind: Place, entName: "Germany", hasAlias: "Allemagne"},
		{name: "Ukraine is Україна in Ukrainian", id: "iso3166:UA", kind: Place, entName: "Ukraine", hasAlias: "Україна"},
		{name: "country_names adds U.S.", id: "iso3166:US", kind: Place, entName: "United States", hasAlias: "U.S."},
		{name: "country_names adds Britain", id: "iso3166:GB", kind: Place, entName: "United Kingdom", hasAlias: "Britain"},
		{name: "country_names adds North Macedonia", id: "iso3166:MK", kind: Place, entName: "Macedonia", hasAlias: "North Macedonia"},
		{name: "CLDR & is also written and", id: "iso3166:BA", kind: Place, entName: "Bosnia & Herzegovina", hasAlias: "Bosnia and Herzegovina"},
		{name: "CLDR St. is also written Saint", id: "iso3166:LC", kind: Place, entName: "St. Lucia", hasAlias: "Saint Lucia"},
		{name: "Kosovo is kept though XK is user-assigned", id: "iso3166:XK", kind: Place, entName: "Kosovo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := tbl.Lookup(tt.id)
			require.True(t, ok, tt.id)
			assert.Equal(t, tt.kind, e.Kind)
			assert.Equal(t, tt.entName, e.Name)
			if tt.hasAlias != "" {
				assert.Contains(t, e.Aliases, tt.hasAlias)
			}
		})
	}
}

// TestDefaultSeedNames checks that every name from the five reports is in
// the table once, as a name or an alias.
func TestDefaultSeedNames(t *testing.T) {
	names := []string{
		"Steve Witkoff", "Rustem Umerov", "Vladimir Putin", "Donald Trump", "Jared Kushner",
		"Andrii Sybiha", "Olha Stefanishyna", "Volodymyr Zelenskyy", "Yuri Ushakov", "Emmanuel Macron",
		"Xi Jinping", "Mark Rutte", "Ursula von der Leyen", "Dan Jørgensen", "Yulia Svyrydenko",
		"Johann Wadephul", "Friedrich Merz", "Alexander Stubb", "Kirill Dmitriev", "Yvette Cooper",
		"Margus Tsahkna", "Anthony Zurcher", "Laura Gozzi", "Hafsa Khalil", "Amy Walker", "Pjotr Sauer",
		"Kyiv", "Moscow", "Miami", "Donbas", "Pokrovsk", "Brussels", "Delhi", "Beijing", "Washington",
		"Florida", "New York", "Europe",
		"NATO", "EU", "European Commission", "European Central Bank", "European Parliament",
		"Institute for the Study of War", "UN", "International Criminal Court", "AFP", "Reuters", "BBC",
		"Guardian", "Kremlin", "White House", "Associated Press", "Der Spiegel", "Bloomberg", "India Today",
		// countries named in the reports come from countries.tsv
		"Ukraine", "Russia", "Belgium", "India", "China", "US", "UK", "Finland", "Estonia", "France", "Germany",
	}
	byName := map[string][]string{}
	for e := range Default().All() {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			byName[n] = append(byName[n], e.ID)
		}
	}
	for _, n := range names {
		assert.Len(t, byName[n], 1, "%s: want one entity, got %v", n, byName[n])
	}
}

func TestDefaultValidate(t *testing.T) {
	// The default table has no name shared by two entities; a new overlap
	// must be reviewed and listed here.
	assert.Equal(t, []Overlap(nil), Default().Validate())
}

func TestDefaultNoSpellingVariants(t *testing.T) {
	// Spelling variants are the resolver's job, not aliases.
	for _, variant := range []string{"Zelensky", "Zelenskiy", "Kiev", "Sybhia", "Witkov", "Sviridenko", "Olga Stefanishyna", "Jorgensen", "Nato"} {
		for e := range Default().All() {
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				assert.NotContains(t, strings.Fields(n), variant, "%s has %q", e.ID, n)
			}
		}
	}
}

func TestWithAliasesErrors(t *testing.T) {
	base, err := Load(strings.NewReader("id\tkind\tname\taliases\niso3166:US\tplace\tUnited States\t\n"), TSV)
	require.NoError(t, err)
	tests := []struct {
		name string
		in   string
		want string
	}{
		{name: "id must be in the table", in: "id\taliases\niso3166:XX\tNowhere\n", want: `names.tsv:2: id: unknown id "iso3166:XX"`},
		{name: "id only once", in: "id\taliases\niso3166:US\tUS\niso3166:US\tUSA\n", want: `names.tsv:3: id: duplicate "iso3166:US"`},
		{name: "header is id aliases", in: "id\tkind\tname\taliases\n", want: `names.tsv:1: header: want "id aliases", got "id kind name aliases"`},
		{name: "header is required", in: "# only a comment\n", want: `names.tsv:2: header: want "id aliases", got end of input`},
		{name: "two columns", in: "id\taliases\niso3166:US\n", want: `names.tsv:2: line: want 2 columns (id aliases), got 1`},
		{name: "no empty alias", in: "id\taliases\niso3166:US\tUS||USA\n", want: `names.tsv:2: aliases: empty`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tbl, err := withAliases(base, strings.NewReader(tt.in), "names.tsv")
			assert.Nil(t, tbl)
			assert.EqualError(t, err, tt.want)
		})
	}
}

// TestCountriesGenerated regenerates data/countries.tsv into a temporary
// directory and compares it with the committed file.
func TestCountriesGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode: runs the generator with go run")
	}
	out := filepath.Join(t.TempDir(), "countries.tsv")
	cmd := exec.Command("go", "run", "gen_countries.go", "-o", out)
	cmd.Stderr = os.Stderr
	require.NoError(t, cmd.Run(), "go run gen_countries.go")
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	want, err := os.ReadFile("data/countries.tsv")
	require.NoError(t, err)
	if !bytes.Equal(want, got) {
		t.Errorf("data/countries.tsv is stale; run go generate in alias and review the diff")
	}
	assert.Contains(t, string(got), "# Code generated by gen_countries.go; DO NOT EDIT.\n")
}

func BenchmarkLoadDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadDefault(); err != nil {
			b.Fatal(err)
		}
	}
}
