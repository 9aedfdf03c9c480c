package alias

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExtraColumnsAreAttributes(t *testing.T) {
	tests := []struct {
		name   string
		format Format
		in     string
		want   []Entity
	}{
		{name: "TSV: columns after aliases are attributes named by the header", format: TSV,
			in: "id\tkind\tname\taliases\tcountry\tbirth date\n" +
				"Q7747\tperson\tVladimir Putin\t\tRU\t1952-10-07\n" +
				"Q3874799\tperson\tVolodymyr Zelenskyy\tЗеленський\tUA\n",
			want: []Entity{
				{ID: "Q7747", Kind: Person, Name: "Vladimir Putin", Attrs: map[string]string{"country": "RU", "birth date": "1952-10-07"}},
				{ID: "Q3874799", Kind: Person, Name: "Volodymyr Zelenskyy", Aliases: []string{"Зеленський"}, Attrs: map[string]string{"country": "UA"}},
			}},
		{name: "CSV: a quoted attribute with a comma; an empty one is dropped", format: CSV,
			in: "id,kind,name,aliases,notes,source\nQ61,place,\"Washington, D.C.\",Washington,\"capital, federal district\",\n",
			want: []Entity{{ID: "Q61", Kind: Place, Name: "Washington, D.C.", Aliases: []string{"Washington"},
				Attrs: map[string]string{"notes": "capital, federal district"}}}},
		{name: "JSON: other keys are attributes; numbers and booleans as written", format: JSON,
			in:   `[{"id": "Q7184", "kind": "org", "name": "NATO", "founded": 1949, "military": true, "members": ["US", "DE"]}]`,
			want: []Entity{{ID: "Q7184", Kind: Org, Name: "NATO", Attrs: map[string]string{"founded": "1949", "military": "true", "members": "US; DE"}}}},
		{name: "JSON Lines: attributes and weakAliases as Entity marshals them", format: JSONL,
			in:   `{"id": "Q7747", "kind": "person", "name": "Vladimir Putin", "weakAliases": ["Vova"], "attributes": {"country": "RU"}}` + "\n",
			want: []Entity{{ID: "Q7747", Kind: Person, Name: "Vladimir Putin", WeakAliases: []string{"Vova"}, Attrs: map[string]string{"country": "RU"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tbl, err := Load(strings.NewReader(tt.in), tt.format)
			require.NoError(t, err)
			assert.Equal(t, tt.want, entities(tbl))
		})
	}
}

func TestExtraColumnsBad(t *testing.T) {
	tests := []struct {
		name   string
		format Format
		in     string
		want   string
	}{
		{name: "an extra column needs a name", format: TSV, in: "id\tkind\tname\taliases\t\tcountry\n",
			want: "input:1: header: column 5 has no name"},
		{name: "an extra column is named once", format: CSV, in: "id,kind,name,aliases,country,Country\n",
			want: `input:1: header: column "Country" twice`},
		{name: "an extra column may not repeat a required one", format: TSV, in: "id\tkind\tname\taliases\tName\n",
			want: `input:1: header: column "Name" twice`},
		{name: "a row may not be longer than the header", format: TSV, in: "id\tkind\tname\taliases\tcountry\nQ7747\tperson\tVladimir Putin\t\tRU\textra\n",
			want: "input:2: line: want 4 to 5 columns (id kind name aliases country), got 6"},
		{name: "an attribute may not be given twice", format: JSONL, in: `{"id": "Q7747", "kind": "person", "name": "Vladimir Putin", "country": "RU", "attributes": {"country": "RU"}}`,
			want: `input:1: attributes: attribute "country" given twice`},
		{name: "attributes is an object of strings", format: JSONL, in: `{"id": "Q7747", "kind": "person", "name": "Vladimir Putin", "attributes": ["RU"]}`,
			want: "input:1: attributes: want an object of strings, got array"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tbl, err := Load(strings.NewReader(tt.in), tt.format)
			assert.Nil(t, tbl)
			assert.EqualError(t, err, tt.want)
		})
	}
}

func TestEntityJSON(t *testing.T) {
	e := Entity{ID: "Q7747", Kind: Person, Name: "Vladimir Putin", Aliases: []string{"Putin"},
		WeakAliases: []string{"Vova"}, Attrs: map[string]string{"country": "RU"}}
	b, err := json.Marshal(e)
	require.NoError(t, err)
	assert.Equal(t, `{"id":"Q7747","kind":"person","name":"Vladimir Putin","aliases":["Putin"],"weakAliases":["Vova"],"attributes":{"country":"RU"}}`, string(b))
	b, err = json.Marshal(Entity{ID: "Q1899", Kind: Place, Name: "Kyiv"})
	require.NoError(t, err)
	assert.Equal(t, `{"id":"Q1899","kind":"place","name":"Kyiv"}`, string(b), "empty lists and attributes are left out")

	t.Run("what Entity marshals, the JSON loader reads back", func(t *testing.T) {
		tbl, err := Load(strings.NewReader("["+string(mustJSON(t, e))+"]"), JSON)
		require.NoError(t, err)
		assert.Equal(t, []Entity{e}, entities(tbl))
	})
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return b
}

func TestBuilderManyNames(t *testing.T) {
	many := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = fmt.Sprintf("Alias %d", i/2) // every alias twice
		}
		return out
	}
	t.Run("repeats among many aliases are dropped", func(t *testing.T) {
		b := NewBuilder()
		require.NoError(t, b.Add(Entity{ID: "Q1", Kind: Other, Name: "Alias 0", Aliases: many(MaxNames - 1)}))
		tbl, err := b.Build()
		require.NoError(t, err)
		e := tbl.At(0)
		assert.Len(t, e.Aliases, (MaxNames-1)/2, "the name and repeats are dropped")
		assert.Equal(t, "Alias 1", e.Aliases[0])
	})
	t.Run("an entity over MaxNames is refused with its position", func(t *testing.T) {
		line := `{"id": "Q1", "kind": "other", "name": "One", "aliases": ` + string(mustJSON(t, many(MaxNames))) + "}\n"
		tbl, err := Load(strings.NewReader("\n"+line), JSONL, WithName("many.jsonl"))
		assert.Nil(t, tbl)
		assert.EqualError(t, err, "many.jsonl:2: aliases: too many names (10001, max 10000)")
		assert.True(t, errors.Is(err, ErrTooLong))
	})
	t.Run("alt.csv rows beyond MaxNames are refused at their line", func(t *testing.T) {
		b := NewBuilder()
		require.NoError(t, b.add(Entity{ID: "ofac:1", Kind: Org, Name: "A"}, source{}))
		var alt strings.Builder
		for i := range MaxNames {
			fmt.Fprintf(&alt, "1,%d,\"aka\",\"A %d\",-0-\n", i, i)
		}
		err := readAlt(b, strings.NewReader(alt.String()), "alt.csv")
		assert.EqualError(t, err, fmt.Sprintf("alt.csv:%d: alt_name: too many names (10001, max 10000)", MaxNames))
	})
}
