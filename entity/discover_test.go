package entity

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// discoverPair writes two spellings into one short document, the first twice, and returns
// the clusters.
func discoverPair(a, b string) []Cluster {
	return Discover(fmt.Sprintf("Reporters saw %s on Monday, %s on Friday and %s today.", a, a, b))
}

// TestDiscoverSpellings: two spellings of one name form one cluster, by the rule the row
// names; two different names stay apart. Every row is a real name and a real press spelling.
func TestDiscoverSpellings(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		rule string // "" when the two must stay apart
	}{
		{"equal name keys (y, iy, yy)", "Zelensky", "Zelenskiy", "key"},
		{"equal name keys (ff, v)", "Witkoff", "Witkov", "key"},
		{"equal name keys (Russian-era spelling)", "Kyiv", "Kiev", "key"},
		{"equal name keys (oi, oy)", "Shoigu", "Shoygu", "key"},
		{"keys equal under another convention (German tz)", "Merz", "Mertz", "convention"},
		{"keys equal under another convention (Russian-era o)", "Kharkiv", "Kharkov", "convention"},
		{"case and accents only", "Erdogan", "Erdoğan", "folded"},
		{"weighted edit: a dropped h and v for b", "Sybiha", "Sivya", "edit"},
		{"weighted edit: a transposed h", "Sybiha", "Sybhia", "edit"},
		{"weighted edit: q for g, dh for dd", "Gaddafi", "Qaddafi", "edit"},
		{"weighted edit: Belarusian -ka", "Lukashenko", "Lukashenka", "edit"},
		{"keys equal under another convention (Belarusian Latin -ou)", "Tsikhanouskaya", "Tikhanovskaya", "convention"},
		{"cognate given names", "Volodymyr Zelenskyy", "Vladimir Zelensky", "cognate"},
		{"cognate given names in an Arabic name", "Mohammed bin Salman", "Mohammad bin Salman", "cognate"},
		{"a woman of the family: -ska is not -sky", "Zelensky", "Zelenska", ""},
		{"a woman of the family: -a after a consonant", "Ivanov", "Ivanova", ""},
		{"a woman of the family: -aya", "Navalny", "Navalnaya", ""},
		{"a plural is many", "Houthi", "Houthis", ""},
		{"another given name, same family name", "Donald Trump", "Eric Trump", ""},
		{"another given name, same family name (Cuba)", "Raul Castro", "Fidel Castro", ""},
		{"another last syllable of a Korean given name", "Kim Jong Un", "Kim Jong Il", ""},
		{"two wife and husband", "Olena Zelenska", "Volodymyr Zelenskyy", ""},
		{"a look-alike name of another person", "Olaf Scholz", "Martin Schulz", ""},
		{"an exonym is no spelling", "Beijing", "Peking", ""},
		{"one letter more at the end of a short name", "Rutte", "Rutter", ""},
		{"close only under the Greek press's convention", "Harris", "Greece", ""},
		{"close only under a Spanish convention", "Hill", "Chile", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := discoverPair(tt.a, tt.b)
			if tt.rule == "" {
				assert.Empty(t, cs, "%s and %s must stay apart", tt.a, tt.b)
				return
			}
			require.Len(t, cs, 1, "%s and %s are one name", tt.a, tt.b)
			c := cs[0]
			assert.Equal(t, tt.a, c.Canonical, "the more frequent spelling is canonical")
			assert.Equal(t, 3, c.Count)
			require.Len(t, c.Spellings, 2)
			assert.Equal(t, Spelling{Text: tt.a, Count: 2, Score: 1, Rules: []string{}}, c.Spellings[0])
			assert.Equal(t, tt.b, c.Spellings[1].Text)
			assert.Contains(t, c.Spellings[1].Rules, tt.rule)
			assert.GreaterOrEqual(t, c.Spellings[1].Score, discoverMin)
		})
	}
}

// discoverCorpus is a fixture written for these tests: short news items about several
// stories, with real names in the spellings the press uses.
var discoverCorpus = []string{
	"Ukrainian President Volodymyr Zelenskyy met Foreign Minister Andrii Sybiha in Kyiv on Monday. " +
		"Zelenskyy said the plan needed work, and Sybiha agreed. Olena Zelenska, the first lady, opened a school.",
	"Volodymyr Zelenskyy addressed parliament on Tuesday.",
	"President Volodymyr Zelensky flew to Kyiv after talks with US envoy Steve Witkoff. Zelensky thanked Witkoff's team.",
	"In Miami, Andriy Sybhia told reporters that the talks with Steve Witkov went on late. Sybhia gave no details.",
	"In Vilnius, Olena Zelenska spoke at a conference, where Zelenska met students, while Volodymyr Zelenskiy " +
		"stayed in Kyiv. Officials in Kiev declined to comment.",
	"North Korean leader Kim Jong Un marked the anniversary of the death of his father Kim Jong Il in Pyongyang. " +
		"Kim spoke briefly.",
	"Turkish President Recep Tayyip Erdogan hosted the talks in Istanbul. Erdogan urged a ceasefire.",
	"Mr. Erdoğan later met Recep Tayyip Erdoğan's aides, and Reuters could not confirm the report.",
	"The streets of Washington were quiet on Sunday. Protesters gathered in Washington again on Monday.",
	"A new biography of George Washington appeared this week; Washington led the Continental Army.",
	"Retired player Michael Jordan opened a school in Chicago, and Jordan spoke to the pupils there.",
	"Former adviser Fiona Hill testified in the morning, and later Chile's envoy spoke; Hill left early.",
}

// TestDiscoverCorpus: over documents, spellings of one name cluster, a family name alone
// joins the full name it followed in its document, and people who share a family name or a
// given name stay apart.
func TestDiscoverCorpus(t *testing.T) {
	cs := Discover(discoverCorpus...)
	byCanon := map[string]Cluster{}
	for _, c := range cs {
		byCanon[c.Canonical] = c
	}
	texts := func(c Cluster) []string {
		var out []string
		for _, s := range c.Spellings {
			out = append(out, s.Text)
		}
		slices.Sort(out)
		return out
	}
	tests := []struct {
		name      string
		canonical string
		kind      alias.Kind
		spellings []string // sorted
	}{
		{"full names by key, the family name alone after them", "Volodymyr Zelenskyy", alias.Person,
			[]string{"Volodymyr Zelenskiy", "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelensky", "Zelenskyy"}},
		{"his wife apart, with her family name alone", "Olena Zelenska", alias.Person,
			[]string{"Olena Zelenska", "Zelenska"}},
		{"a minister by weighted edit distance", "Andrii Sybiha", alias.Person,
			[]string{"Andrii Sybiha", "Andriy Sybhia", "Sybhia", "Sybiha"}},
		{"a title before the name left out", "Fiona Hill", alias.Person, []string{"Fiona Hill", "Hill"}},
		{"an envoy by key", "Steve Witkoff", alias.Person,
			[]string{"Steve Witkoff", "Steve Witkov", "Witkoff"}},
		{"a city by key", "Kyiv", alias.Other, []string{"Kiev", "Kyiv"}},
		{"accents only", "Recep Tayyip Erdogan", alias.Person,
			[]string{"Erdogan", "Erdoğan", "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := byCanon[tt.canonical]
			require.True(t, ok, "no cluster %q in %v", tt.canonical, canonicals(cs))
			assert.Equal(t, tt.spellings, texts(c))
			assert.Equal(t, tt.kind, c.Kind)
			n := 0
			for _, s := range c.Spellings {
				n += s.Count
			}
			assert.Equal(t, n, c.Count)
		})
	}
	for _, c := range cs {
		for _, s := range c.Spellings {
			assert.NotEqual(t, "Kim", s.Text, "Kim followed two full names: it joins neither")
			assert.NotEqual(t, "Chile", s.Text, "a country after Fiona Hill is not her family name")
			assert.False(t, c.Canonical == "Michael Jordan" && s.Text == "Jordan", "a country's name is nobody's family name here")
			if c.Canonical == "George Washington" {
				assert.NotEqual(t, "Washington", s.Text, "Washington stands alone more often than it follows George Washington")
			}
		}
		assert.NotContains(t, []string{"Kim Jong Un", "Kim Jong Il"}, c.Canonical, "each written one way only: not reported")
	}
	singles := NewDiscoverer(WithSingles(true))
	for _, d := range discoverCorpus {
		singles.Add(d)
	}
	all := canonicals(singles.Clusters())
	assert.Contains(t, all, "Kim Jong Un")
	assert.Contains(t, all, "Kim Jong Il")
	assert.NotContains(t, all, "Officials", "a capitalized first word is no name")
	assert.NotContains(t, all, "First Lady", "a title is no name")
}

func canonicals(cs []Cluster) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Canonical)
	}
	return out
}

func TestDiscoverOptions(t *testing.T) {
	d := NewDiscoverer(WithMinCount(4))
	for _, doc := range discoverCorpus {
		d.Add(doc)
	}
	for _, c := range d.Clusters() {
		assert.GreaterOrEqual(t, c.Count, 4, c.Canonical)
	}
	assert.Empty(t, Discover(), "no documents, no clusters")
	assert.Empty(t, Discover("nothing here names anyone."))
}

// TestDiscoverReader: a reader is one document, read in pieces; it gives the clusters of the
// same text added whole.
func TestDiscoverReader(t *testing.T) {
	text := strings.Join(discoverCorpus, "\n")
	d := NewDiscoverer()
	require.NoError(t, d.AddReader(context.Background(), strings.NewReader(text)))
	want := NewDiscoverer()
	want.Add(text)
	assert.Equal(t, want.Clusters(), d.Clusters())

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	assert.ErrorIs(t, NewDiscoverer().AddReader(ctx, strings.NewReader(text)), context.Canceled)
}

// TestWriteAliasTable: the clusters written as a table load back with alias.LoadFile, one
// entity per cluster, the canonical spelling as the name, the other spellings as aliases but
// the family names alone; and a resolver over it resolves each spelling to its cluster.
func TestWriteAliasTable(t *testing.T) {
	cs := Discover(discoverCorpus...)
	require.NotEmpty(t, cs)
	var buf bytes.Buffer
	require.NoError(t, WriteAliasTable(&buf, cs))
	path := filepath.Join(t.TempDir(), "discovered.tsv")
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
	tbl, err := alias.LoadFile(path)
	require.NoError(t, err)
	require.Equal(t, len(cs), tbl.Len())
	r := NewResolver(tbl)
	for i, c := range cs {
		e := tbl.At(i)
		assert.Equal(t, c.Canonical, e.Name)
		assert.Equal(t, c.Kind, e.Kind)
		assert.True(t, strings.HasPrefix(e.ID, "discovered:"), e.ID)
		var want []string
		for _, s := range c.Spellings {
			if s.Text != c.Canonical && !slices.Contains(s.Rules, "surname") {
				want = append(want, s.Text)
			}
		}
		assert.Equal(t, want, e.Aliases, c.Canonical)
		for _, s := range c.Spellings {
			m, ok := r.Resolve(s.Text)
			if assert.True(t, ok, "%s resolves", s.Text) {
				assert.Equal(t, e.ID, m.Entity.ID, "%s resolves to its cluster", s.Text)
			}
		}
	}
	// Two clusters with one folded name get two ids.
	buf.Reset()
	require.NoError(t, WriteAliasTable(&buf, []Cluster{{Canonical: "Kyiv", Kind: alias.Other}, {Canonical: "KYIV", Kind: alias.Other}}))
	tbl, err = alias.Load(&buf, alias.TSV)
	require.NoError(t, err)
	assert.Equal(t, []string{"discovered:kyiv", "discovered:kyiv~2"}, []string{tbl.At(0).ID, tbl.At(1).ID})
}
