package alias

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBuilderAdd(t *testing.T) {
	tests := []struct {
		name string
		in   Entity
		want Entity
	}{
		{name: "fields are trimmed",
			in:   Entity{ID: " Q8901 ", Kind: Org, Name: " European Central Bank\u00a0", Aliases: []string{" ECB "}},
			want: Entity{ID: "Q8901", Kind: Org, Name: "European Central Bank", Aliases: []string{"ECB"}}},
		{name: "alias equal to the name is dropped",
			in:   Entity{ID: "Q7184", Kind: Org, Name: "NATO", Aliases: []string{"NATO", "North Atlantic Treaty Organization"}},
			want: Entity{ID: "Q7184", Kind: Org, Name: "NATO", Aliases: []string{"North Atlantic Treaty Organization"}}},
		{name: "repeated alias is dropped, order kept",
			in:   Entity{ID: "Q956", Kind: Place, Name: "Beijing", Aliases: []string{"Peking", "北京", "Peking "}},
			want: Entity{ID: "Q956", Kind: Place, Name: "Beijing", Aliases: []string{"Peking", "北京"}}},
		{name: "aliases differing in case are both kept",
			in:   Entity{ID: "Q7184", Kind: Org, Name: "NATO", Aliases: []string{"Nato"}},
			want: Entity{ID: "Q7184", Kind: Org, Name: "NATO", Aliases: []string{"Nato"}}},
		{name: "no aliases is nil",
			in:   Entity{ID: "person-andrii-sybiha", Kind: Person, Name: "Andrii Sybiha", Aliases: []string{}},
			want: Entity{ID: "person-andrii-sybiha", Kind: Person, Name: "Andrii Sybiha"}},
		{name: "Cyrillic and accents are kept as written",
			in:   Entity{ID: "Q1899", Kind: Place, Name: "Kyiv", Aliases: []string{"Київ"}},
			want: Entity{ID: "Q1899", Kind: Place, Name: "Kyiv", Aliases: []string{"Київ"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBuilder()
			require.NoError(t, b.Add(tt.in))
			tbl, err := b.Build()
			require.NoError(t, err)
			require.Equal(t, 1, tbl.Len())
			assert.Equal(t, tt.want, tbl.At(0))
		})
	}
}

func TestBuilderAddErrors(t *testing.T) {
	tests := []struct {
		name     string
		in       Entity
		want     string
		sentinel error
	}{
		{name: "id is required", in: Entity{Kind: Person, Name: "Rustem Umerov"}, want: "id: empty", sentinel: ErrEmpty},
		{name: "white-space id is empty", in: Entity{ID: " \t", Kind: Person, Name: "Rustem Umerov"}, want: "id: empty", sentinel: ErrEmpty},
		{name: "id holds no space", in: Entity{ID: "person rustem umerov", Kind: Person, Name: "Rustem Umerov"}, want: `id: white space in "person rustem umerov"`, sentinel: ErrSpace},
		{name: "kind is required", in: Entity{ID: "Q7747", Name: "Vladimir Putin"}, want: "kind: empty", sentinel: ErrEmpty},
		{name: "kind must be a table spelling", in: Entity{ID: "Q7747", Kind: "PER", Name: "Vladimir Putin"}, want: `kind: unknown kind "PER" (want person, org, place or other)`, sentinel: ErrKind},
		{name: "name is required", in: Entity{ID: "Q7747", Kind: Person}, want: "name: empty", sentinel: ErrEmpty},
		{name: "alias must not be empty", in: Entity{ID: "Q8901", Kind: Org, Name: "European Central Bank", Aliases: []string{"ECB", " "}}, want: "aliases: empty", sentinel: ErrEmpty},
		{name: "name must be UTF-8", in: Entity{ID: "Q1899", Kind: Place, Name: "Ky\xffiv"}, want: "name: invalid UTF-8", sentinel: ErrInvalidUTF8},
		{name: "name holds no line break", in: Entity{ID: "Q1899", Kind: Place, Name: "Ky\niv"}, want: "name: control character U+000A", sentinel: ErrControl},
		{name: "alias holds no tab", in: Entity{ID: "Q1899", Kind: Place, Name: "Kyiv", Aliases: []string{"Ки\tїв"}}, want: "aliases: control character U+0009", sentinel: ErrControl},
		{name: "id is at most 4 KiB", in: Entity{ID: strings.Repeat("Q", MaxFieldLen+1), Kind: Person, Name: "Vladimir Putin"}, want: "id: too long (4097 bytes, max 4096)", sentinel: ErrTooLong},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBuilder()
			err := b.Add(tt.in)
			assert.EqualError(t, err, tt.want)
			assert.ErrorIs(t, err, tt.sentinel)
			tbl, berr := b.Build()
			assert.Nil(t, tbl)
			assert.Equal(t, err, berr, "Build reports the first Add error")
		})
	}
}

func TestBuilderDuplicateID(t *testing.T) {
	b := NewBuilder()
	require.NoError(t, b.Add(Entity{ID: "Q7747", Kind: Person, Name: "Vladimir Putin"}))
	err := b.Add(Entity{ID: "Q7747", Kind: Person, Name: "Putin"})
	assert.EqualError(t, err, `id: duplicate "Q7747"`)
	assert.ErrorIs(t, err, ErrDuplicateID)
}

// Grow makes room and nothing else: ids added before and after it are still known (a
// repeat of either is refused), and the table is the one built without it.
func TestBuilderGrow(t *testing.T) {
	entities := []Entity{
		{ID: "Q3874799", Kind: Person, Name: "Volodymyr Zelenskyy"},
		{ID: "Q1899", Kind: Place, Name: "Kyiv", Aliases: []string{"Kiev"}},
		{ID: "Q7184", Kind: Org, Name: "NATO"},
	}
	plain, grown := NewBuilder(), NewBuilder()
	grown.Grow(0)
	for i, e := range entities {
		if i == 1 {
			grown.Grow(1000)
		}
		require.NoError(t, plain.Add(e))
		require.NoError(t, grown.Add(e))
	}
	want, err := plain.Build()
	require.NoError(t, err)
	got, err := grown.Build()
	require.NoError(t, err)
	assert.Equal(t, want.Len(), got.Len())
	for i := range want.Len() {
		assert.Equal(t, want.At(i), got.At(i))
	}
	assert.ErrorIs(t, grown.Add(Entity{ID: "Q3874799", Kind: Person, Name: "Zelensky"}), ErrDuplicateID, "an id added before Grow")
	assert.ErrorIs(t, grown.Add(Entity{ID: "Q7184", Kind: Org, Name: "OTAN"}), ErrDuplicateID, "an id added after Grow")
}

func TestBuilderCopiesCallerSlices(t *testing.T) {
	aliases := []string{"ECB", "EZB"}
	b := NewBuilder()
	require.NoError(t, b.Add(Entity{ID: "Q8901", Kind: Org, Name: "European Central Bank", Aliases: aliases}))
	aliases[0] = "BCE"
	tbl, err := b.Build()
	require.NoError(t, err)
	assert.Equal(t, []string{"ECB", "EZB"}, tbl.At(0).Aliases, "mutating after Add changes nothing")

	got := tbl.At(0)
	got.Aliases[0] = "BCE"
	assert.Equal(t, []string{"ECB", "EZB"}, tbl.At(0).Aliases, "At returns a copy")
	e, ok := tbl.Lookup("Q8901")
	require.True(t, ok)
	e.Aliases[1] = "BCE"
	for e := range tbl.All() {
		e.Aliases[0] = "BCE"
	}
	assert.Equal(t, []string{"ECB", "EZB"}, tbl.At(0).Aliases, "Lookup and All return copies")
}

func TestBuildTwice(t *testing.T) {
	b := NewBuilder()
	require.NoError(t, b.Add(Entity{ID: "Q7747", Kind: Person, Name: "Vladimir Putin"}))
	first, err := b.Build()
	require.NoError(t, err)
	require.NoError(t, b.Add(Entity{ID: "Q3052772", Kind: Person, Name: "Emmanuel Macron"}))
	second, err := b.Build()
	require.NoError(t, err)
	assert.Equal(t, 1, first.Len(), "a later Add does not change a built table")
	assert.Equal(t, 2, second.Len())
	_, ok := first.Lookup("Q3052772")
	assert.False(t, ok)
	_, ok = second.Lookup("Q3052772")
	assert.True(t, ok)
}

func TestTableReads(t *testing.T) {
	b := NewBuilder()
	for _, e := range goodEntities {
		require.NoError(t, b.Add(e))
	}
	tbl, err := b.Build()
	require.NoError(t, err)
	require.Equal(t, len(goodEntities), tbl.Len())
	for i, want := range goodEntities {
		assert.Equal(t, want, tbl.At(i))
		got, ok := tbl.Lookup(want.ID)
		assert.True(t, ok)
		assert.Equal(t, want, got)
		file, line := tbl.Source(i)
		assert.Equal(t, "", file)
		assert.Equal(t, 0, line)
	}
	for i, want := range goodEntities {
		names := append(append([]string{want.Name}, want.Aliases...), want.WeakAliases...)
		for k, name := range names {
			assert.Equal(t, name, tbl.NameAt(i, k), "NameAt(%d, %d)", i, k)
		}
		assert.Panics(t, func() { tbl.NameAt(i, len(names)) }, "NameAt past the last name")
	}
	_, ok := tbl.Lookup("Q22686")
	assert.False(t, ok, "Donald Trump is not in this table")
	n := 0
	for range tbl.All() {
		n++
		break
	}
	assert.Equal(t, 1, n, "All stops when the loop breaks")
	assert.Panics(t, func() { tbl.At(tbl.Len()) })
}

func TestMerge(t *testing.T) {
	people, err := Load(strings.NewReader("id\tkind\tname\taliases\nQ7747\tperson\tVladimir Putin\t\nQ3052772\tperson\tEmmanuel Macron\t\n"), TSV)
	require.NoError(t, err)
	places, err := Load(strings.NewReader(`{"id":"Q1899","kind":"place","name":"Kyiv"}`+"\n"), JSONL, WithName("places.jsonl"))
	require.NoError(t, err)

	tbl, err := Merge(people, nil, places)
	require.NoError(t, err)
	assert.Equal(t, []Entity{
		{ID: "Q7747", Kind: Person, Name: "Vladimir Putin"},
		{ID: "Q3052772", Kind: Person, Name: "Emmanuel Macron"},
		{ID: "Q1899", Kind: Place, Name: "Kyiv"},
	}, entities(tbl))
	file, line := tbl.Source(2)
	assert.Equal(t, "places.jsonl", file, "Merge keeps each entity's source")
	assert.Equal(t, 1, line)

	empty, err := Merge()
	require.NoError(t, err)
	assert.Equal(t, 0, empty.Len())
}

func TestMergeErrors(t *testing.T) {
	people, err := Load(strings.NewReader("id\tkind\tname\taliases\nQ7747\tperson\tVladimir Putin\t\n"), TSV, WithName("people.tsv"))
	require.NoError(t, err)
	extra, err := Load(strings.NewReader("# more\nid,kind,name,aliases\nQ1899,place,Kyiv,\nQ7747,person,Putin,\n"), CSV, WithName("extra.csv"))
	require.NoError(t, err)
	b := NewBuilder()
	require.NoError(t, b.Add(Entity{ID: "Q1899", Kind: Place, Name: "Kyiv"}))
	built, err := b.Build()
	require.NoError(t, err)

	tests := []struct {
		name   string
		tables []*Table
		want   string
	}{
		{name: "duplicate across files names both", tables: []*Table{people, extra}, want: `extra.csv:4: id: duplicate "Q7747" (first at people.tsv:2)`},
		{name: "same table twice", tables: []*Table{people, people}, want: `people.tsv:2: id: duplicate "Q7747" (first at line 2)`},
		{name: "first copy without a source", tables: []*Table{built, extra}, want: `extra.csv:3: id: duplicate "Q1899"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tbl, err := Merge(tt.tables...)
			assert.Nil(t, tbl)
			assert.EqualError(t, err, tt.want)
			assert.ErrorIs(t, err, ErrDuplicateID)
		})
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		rows []Entity
		want []Overlap
	}{
		{name: "Georgia the country and Georgia the US state",
			rows: []Entity{
				{ID: "iso3166:GE", Kind: Place, Name: "Georgia", Aliases: []string{"Sakartvelo"}},
				{ID: "place-georgia-us", Kind: Place, Name: "Georgia"},
			},
			want: []Overlap{{Name: "Georgia", IDs: []string{"iso3166:GE", "place-georgia-us"}}}},
		{name: "case folds: Nato alias meets NATO name",
			rows: []Entity{
				{ID: "Q7184", Kind: Org, Name: "NATO"},
				{ID: "org-nato-summit", Kind: Other, Name: "NATO summit", Aliases: []string{"Nato"}},
			},
			want: []Overlap{{Name: "NATO", IDs: []string{"Q7184", "org-nato-summit"}}}},
		{name: "white space collapses",
			rows: []Entity{
				{ID: "Q61", Kind: Place, Name: "Washington, D.C.", Aliases: []string{"Washington"}},
				{ID: "place-washington-state", Kind: Place, Name: "Washington  State", Aliases: []string{" washington"}},
			},
			want: []Overlap{{Name: "Washington", IDs: []string{"Q61", "place-washington-state"}}}},
		{name: "Cyrillic folds by case: КИЇВ meets Київ",
			rows: []Entity{
				{ID: "Q1899", Kind: Place, Name: "Kyiv", Aliases: []string{"Київ"}},
				{ID: "org-kyiv-city-council", Kind: Org, Name: "Kyiv City Council", Aliases: []string{"КИЇВ"}},
			},
			want: []Overlap{{Name: "Київ", IDs: []string{"Q1899", "org-kyiv-city-council"}}}},
		{name: "no transliteration: Kiev and Kyiv do not overlap",
			rows: []Entity{
				{ID: "Q1899", Kind: Place, Name: "Kyiv"},
				{ID: "place-kiev-oblast", Kind: Place, Name: "Kiev"},
			},
			want: nil},
		{name: "no accent removal: Jørgensen and Jorgensen do not overlap",
			rows: []Entity{
				{ID: "person-dan-jorgensen", Kind: Person, Name: "Dan Jørgensen"},
				{ID: "person-dan-jorgensen-2", Kind: Person, Name: "Dan Jorgensen"},
			},
			want: nil},
		{name: "an entity does not overlap itself",
			rows: []Entity{{ID: "Q7184", Kind: Org, Name: "NATO", Aliases: []string{"Nato"}}},
			want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBuilder()
			for _, e := range tt.rows {
				require.NoError(t, b.Add(e))
			}
			tbl, err := b.Build()
			require.NoError(t, err)
			assert.Equal(t, tt.want, tbl.Validate())
		})
	}
}

func TestFoldKey(t *testing.T) {
	// foldKey(a) == foldKey(b) exactly when strings.EqualFold agrees after
	// white space is collapsed.
	pairs := [][2]string{
		{"NATO", "Nato"}, {"Kelvin K", "kelvin k"}, {"ΣΟΦΙΑ", "σοφια"}, {"Київ", "КИЇВ"},
		{"Kyiv", "Kiev"}, {"Jørgensen", "Jorgensen"}, {"İstanbul", "istanbul"},
	}
	for _, p := range pairs {
		assert.Equal(t, strings.EqualFold(p[0], p[1]), foldKey(p[0]) == foldKey(p[1]), "%q %q", p[0], p[1])
		assert.Equal(t, foldKey(p[0]), foldKey(foldKey(p[0])), "foldKey is idempotent for %q", p[0])
	}
}

// TestTableConcurrentReads reads one table from many goroutines; run it
// with -race.
func TestTableConcurrentReads(t *testing.T) {
	tbl := Default()
	var wg sync.WaitGroup
	results := make([]int, 8)
	for g := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := 0
			for i := range tbl.Len() {
				e := tbl.At(i)
				if len(e.Aliases) > 0 {
					e.Aliases[0] = "changed by a reader"
				}
				if got, ok := tbl.Lookup(e.ID); ok && got.Name == e.Name {
					n++
				}
			}
			for e := range tbl.All() {
				_ = e.Name
			}
			_ = tbl.Validate()
			results[g] = n
		}()
	}
	wg.Wait()
	for _, n := range results {
		assert.Equal(t, tbl.Len(), n)
	}
	de, ok := tbl.Lookup("iso3166:DE")
	require.True(t, ok)
	assert.Equal(t, "Deutschland", de.Aliases[0], "readers changed only their copies")
}

func TestZeroBuilder(t *testing.T) {
	var b Builder
	require.NoError(t, b.Add(Entity{ID: "Q15031", Kind: Person, Name: "Xi Jinping", Aliases: []string{"习近平"}}))
	tbl, err := b.Build()
	require.NoError(t, err)
	e, ok := tbl.Lookup("Q15031")
	assert.True(t, ok)
	assert.Equal(t, []string{"习近平"}, e.Aliases)
}

func TestValidateWeakAliases(t *testing.T) {
	b := NewBuilder()
	require.NoError(t, b.Add(Entity{ID: "NK-wagner", Kind: Org, Name: "Wagner Group", WeakAliases: []string{"Wagner"}}))
	require.NoError(t, b.Add(Entity{ID: "Q1511", Kind: Person, Name: "Richard Wagner", Aliases: []string{"Wagner"}}))
	tbl, err := b.Build()
	require.NoError(t, err)
	assert.Equal(t, []Overlap{{Name: "Wagner", IDs: []string{"NK-wagner", "Q1511"}}}, tbl.Validate(),
		"a weak alias shared with another entity is listed")
}

// NameAt counts the name, then the aliases, then the weak aliases.
func TestNameAt(t *testing.T) {
	b := NewBuilder()
	require.NoError(t, b.Add(Entity{ID: "NK-wagner", Kind: Org, Name: "Wagner Group", Aliases: []string{"PMC Wagner", "ЧВК Вагнер"}, WeakAliases: []string{"Wagner"}}))
	tbl, err := b.Build()
	require.NoError(t, err)
	for k, want := range []string{"Wagner Group", "PMC Wagner", "ЧВК Вагнер", "Wagner"} {
		assert.Equal(t, want, tbl.NameAt(0, k), "k = %d", k)
	}
	assert.Panics(t, func() { tbl.NameAt(0, 4) })
}
