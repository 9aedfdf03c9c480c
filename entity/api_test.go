package entity

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// buildTable builds a table of entities given as "id|kind|name|alias|alias…".
func buildTable(t testing.TB, rows ...string) *alias.Table {
	t.Helper()
	b := alias.NewBuilder()
	for _, row := range rows {
		f := strings.Split(row, "|")
		require.NoError(t, b.Add(alias.Entity{ID: f[0], Kind: alias.Kind(f[1]), Name: f[2], Aliases: f[3:]}))
	}
	tbl, err := b.Build()
	require.NoError(t, err)
	return tbl
}

// koreaTable has three people who share the family name Kim.
func koreaTable(t testing.TB) *alias.Table {
	return buildTable(t,
		"person-kim-jong-un|person|Kim Jong Un",
		"person-kim-jong-il|person|Kim Jong Il",
		"person-kim-yo-jong|person|Kim Yo Jong",
		"person-moon-jae-in|person|Moon Jae-in",
	)
}

func TestMatchJSON(t *testing.T) {
	t.Run("keys are lower case and lists are never null", func(t *testing.T) {
		m, ok := Default().Resolve("Kyiv") // exact: no rules, no word-by-word tokens
		require.True(t, ok)
		b, err := json.Marshal(m)
		require.NoError(t, err)
		var got map[string]any
		require.NoError(t, json.Unmarshal(b, &got))
		assert.ElementsMatch(t, []string{"entity", "score", "method", "ambiguous", "explain", "alternatives", "warnings"}, keysOf(got))
		assert.Equal(t, []any{}, got["alternatives"])
		assert.Equal(t, []any{}, got["warnings"])
		explain := got["explain"].(map[string]any)
		assert.ElementsMatch(t, []string{"mention", "alias", "rules", "tokens"}, keysOf(explain))
		assert.Equal(t, []any{}, explain["tokens"], "tokens of an exact match: [], not null")
		assert.Equal(t, []any{}, explain["rules"])
	})
	t.Run("scores are written rounded to three decimals", func(t *testing.T) {
		m := Match{Score: 0.97 * 0.9 / 0.9, Method: MethodFolded, Explain: Explain{Tokens: []TokenMatch{{Query: "putin", Alias: "putin", Score: 2.0 / 3, Rule: "edit"}}}}
		m.Score = 0.9700000000000001
		b, err := json.Marshal(m)
		require.NoError(t, err)
		assert.Contains(t, string(b), `"score":0.97,`)
		assert.Contains(t, string(b), `"tokens":[{"query":"putin","alias":"putin","score":0.667,"rule":"edit"}]`)
	})
	t.Run("alternatives of an ambiguous match are Matches too", func(t *testing.T) {
		m, ok := NewResolver(koreaTable(t)).Resolve("Kim")
		require.False(t, ok)
		b, err := json.Marshal(m)
		require.NoError(t, err)
		var got struct {
			Ambiguous    bool `json:"ambiguous"`
			Alternatives []struct {
				Score        float64 `json:"score"`
				Alternatives []any   `json:"alternatives"`
			} `json:"alternatives"`
		}
		require.NoError(t, json.Unmarshal(b, &got))
		assert.True(t, got.Ambiguous)
		require.Len(t, got.Alternatives, 3)
		assert.Equal(t, 0.9, got.Alternatives[0].Score)
		assert.NotNil(t, got.Alternatives[0].Alternatives, "[] inside too")
	})
}

func keysOf(m map[string]any) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func TestRoundScore(t *testing.T) {
	tests := []struct {
		name    string
		in, out float64
	}{
		{"float noise goes", 0.9700000000000001, 0.97},
		{"a fourth decimal rounds half away from zero", 0.8735, 0.874},
		{"one stays one", 1, 1},
		{"zero stays zero", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.out, RoundScore(tt.in))
		})
	}
}

func TestAmbiguityIsExplicit(t *testing.T) {
	korea := NewResolver(koreaTable(t))
	tests := []struct {
		name          string
		r             *Resolver
		in            string
		ok, ambiguous bool
		alternatives  int
	}{
		{"a family name three people share is ambiguous", korea, "Kim", false, true, 3},
		{"a full name is not", korea, "Kim Jong Un", true, false, 0},
		{"a name nobody has is no match, not ambiguous", korea, "Yoon Suk Yeol", false, false, 0},
		{"a different person is no match, not ambiguous", Default(), "Vladimir Zelenko", false, false, 0},
		{"words that fit three names are ambiguous", korea, "Kim Jong", false, true, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := tt.r.Resolve(tt.in)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.ambiguous, m.Ambiguous)
			assert.Len(t, m.Alternatives, tt.alternatives)
			if !ok {
				assert.Empty(t, m.Entity.ID, "!ok never names an entity")
			}
		})
	}
}

func TestWithKinds(t *testing.T) {
	tbl := buildTable(t,
		"place-washington|place|Washington|Washington, D.C.",
		"person-george-washington|person|George Washington",
		"place-lincoln|place|Lincoln",
		"person-abraham-lincoln|person|Abraham Lincoln",
		"org-wagner-group|org|Wagner Group",
	)
	tests := []struct {
		name  string
		in    string
		kinds []alias.Kind
		want  string // "" = not resolved
	}{
		{"a city's name is the city", "Washington", nil, "place-washington"},
		{"restricted to people, the same word is the president's surname", "Washington", []alias.Kind{alias.Person}, "person-george-washington"},
		{"another city and president: Lincoln", "Lincoln", []alias.Kind{alias.Person}, "person-abraham-lincoln"},
		{"restricted to places, a person's full name finds nothing", "Abraham Lincoln", []alias.Kind{alias.Place}, ""},
		{"several kinds may be allowed", "Wagner", []alias.Kind{alias.Org, alias.Place}, "org-wagner-group"},
		{"no kinds means every kind", "Lincoln", []alias.Kind{}, "place-lincoln"},
	}
	for _, tt := range tests {
		t.Run(tt.name+"/NewResolver", func(t *testing.T) {
			m, ok := NewResolver(tbl, WithKinds(tt.kinds...)).Resolve(tt.in)
			assert.Equal(t, tt.want != "", ok, "%+v", m)
			assert.Equal(t, tt.want, m.Entity.ID)
		})
		t.Run(tt.name+"/ResolveWith", func(t *testing.T) {
			m, ok := NewResolver(tbl).ResolveWith(tt.in, WithKinds(tt.kinds...))
			assert.Equal(t, tt.want != "", ok, "%+v", m)
			assert.Equal(t, tt.want, m.Entity.ID)
		})
	}
	t.Run("Candidates lists only the kinds allowed", func(t *testing.T) {
		for _, c := range NewResolver(tbl).Candidates("Washington", 5, WithKinds(alias.Person)) {
			assert.Equal(t, alias.Person, c.Entity.Kind, "%s", c.Entity.ID)
		}
	})
	t.Run("the caller's slice is copied", func(t *testing.T) {
		kinds := []alias.Kind{alias.Person}
		opt := WithKinds(kinds...)
		kinds[0] = alias.Place
		m, ok := NewResolver(tbl, opt).Resolve("Washington")
		assert.True(t, ok)
		assert.Equal(t, "person-george-washington", m.Entity.ID)
	})
}

func TestResolveWithOverridesForOneCall(t *testing.T) {
	r := Default()
	t.Run("a higher threshold for one call", func(t *testing.T) {
		m, ok := r.ResolveWith("Sivya", WithThreshold(0.95))
		assert.False(t, ok)
		assert.False(t, m.Ambiguous)
		require.NotEmpty(t, m.Alternatives)
		assert.Equal(t, sybiha, m.Alternatives[0].Entity.ID, "the resemblance is listed")
		_, ok = r.Resolve("Sivya")
		assert.True(t, ok, "the Resolver keeps its own threshold")
	})
	t.Run("a lower threshold for one call", func(t *testing.T) {
		strict := NewResolver(alias.Default(), WithThreshold(0.95))
		_, ok := strict.Resolve("Sivya")
		assert.False(t, ok)
		m, ok := strict.ResolveWith("Sivya", WithThreshold(0.75))
		assert.True(t, ok)
		assert.Equal(t, sybiha, m.Entity.ID)
	})
	korea := NewResolver(koreaTable(t))
	for _, tt := range []struct {
		name string
		n    int
		want int
	}{
		{"alternatives default to three", 0, 3},
		{"one alternative", 1, 1},
		{"more than there are", 10, 3},
		{"none", -1, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := korea.ResolveWith("Kim", WithAlternatives(tt.n))
			assert.False(t, ok)
			assert.True(t, m.Ambiguous, "ambiguity does not depend on how many are listed")
			assert.Len(t, m.Alternatives, tt.want)
		})
	}
}

func TestPackageLevelConveniences(t *testing.T) {
	for _, q := range []string{"Zelenskiy", "Kim", "Vladimir Zelenko"} {
		t.Run("Candidates "+q, func(t *testing.T) {
			assert.Equal(t, Default().Candidates(q, 3), Candidates(q, 3))
		})
	}
	text := "Zelenskiy met Sybiha in Kyiv."
	assert.Equal(t, Default().Find(text), Find(text))
	assert.NotEmpty(t, Find(text))
}

func TestCandidatesListNearMisses(t *testing.T) {
	orgs := NewResolver(buildTable(t,
		"org-who|org|World Health Organization|WHO",
		"org-wto|org|World Trade Organization|WTO",
		"place-berlin|place|Berlin",
		"place-paris|place|Paris",
		"place-vienna|place|Vienna",
	))
	tests := []struct {
		name string
		r    *Resolver
		in   string
		want string
	}{
		{"a misspelled organization the rules reject", orgs, "World Heath Organisation", "org-who"},
		{"Chinese transcription of Kyiv, j for k", Default(), "基辅", kyiv},
		{"Chinese transcription of Paris", orgs, "巴黎", "place-paris"},
		{"a son is listed as a near miss of his father, never resolved", Default(), "Donald Trump Jr.", "Q22686"},
		{"a different person with a similar name", Default(), "Vladimir Zelenko", zelenskyy},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ok := tt.r.Resolve(tt.in)
			assert.False(t, ok, "a near miss is not a match")
			cands := tt.r.Candidates(tt.in, 5)
			var ids []string
			for _, c := range cands {
				ids = append(ids, c.Entity.ID)
				if c.Entity.ID == tt.want {
					assert.Equal(t, MethodNear, c.Method)
					assert.LessOrEqual(t, c.Score, nearWeight)
				}
			}
			assert.Contains(t, ids, tt.want)
		})
	}
	t.Run("near misses come after the entities the rules accept", func(t *testing.T) {
		cands := Default().Candidates("Sivya", 5)
		require.NotEmpty(t, cands)
		assert.Equal(t, sybiha, cands[0].Entity.ID)
		assert.NotEqual(t, MethodNear, cands[0].Method)
	})
}

func TestVisibleRulesOfTheDoc(t *testing.T) {
	people := NewResolver(buildTable(t,
		"person-sergey-lavrov|person|Sergey Lavrov",
		"person-donald-trump|person|Donald Trump",
		"person-rfk|person|Robert F. Kennedy",
		"person-rfk-jr|person|Robert F. Kennedy Jr.",
		"person-kim-jong-un|person|Kim Jong Un",
	))
	t.Run("a patronymic is an extra word: x0.97, like a middle name", func(t *testing.T) {
		for _, tt := range []struct{ name, in, plain string }{
			{"Russian patronymic", "Sergey Viktorovich Lavrov", "Sergey Lavrov"},
			{"English middle name", "Donald John Trump", "Donald Trump"},
		} {
			t.Run(tt.name, func(t *testing.T) {
				full, ok := people.Resolve(tt.in)
				require.True(t, ok)
				plain, ok := people.Resolve(tt.plain)
				require.True(t, ok)
				assert.InDelta(t, 0.97, full.Score/plain.Score, 0.011, "%s %.3f, %s %.3f", tt.in, full.Score, tt.plain, plain.Score)
			})
		}
		m, ok := Resolve("Vladimir Vladimirovich Putin")
		require.True(t, ok)
		assert.Equal(t, putin, m.Entity.ID)
		assert.InDelta(t, 0.97, m.Score, 0.005, "not 0.99: the patronymic costs")
	})
	t.Run("a generational suffix names another person", func(t *testing.T) {
		for _, tt := range []struct {
			name, in string
			r        *Resolver
			want     string
		}{
			{"Jr. after a name in the table", "Donald Trump Jr.", people, ""},
			{"Jr. on the default table", "Donald Trump Jr.", Default(), ""},
			{"the son is his own entity", "Robert F. Kennedy Jr.", people, "person-rfk-jr"},
			{"the father is not the son", "Robert F. Kennedy", people, "person-rfk"},
			{"a roman numeral too", "Kim Jong Un II", people, ""},
		} {
			t.Run(tt.name, func(t *testing.T) {
				m, ok := tt.r.Resolve(tt.in)
				assert.Equal(t, tt.want != "", ok, "%q → %s", tt.in, m.Entity.ID)
				assert.Equal(t, tt.want, m.Entity.ID)
			})
		}
	})
	t.Run("invisible characters inside a name are ignored", func(t *testing.T) {
		for _, tt := range []struct{ name, in, want string }{
			{"zero-width space", "Zelen\u200Bsky", zelenskyy},
			{"soft hyphen", "Sy\u00ADbiha", sybiha},
			{"word joiner in Cyrillic", "Ки\u2060їв", kyiv},
			{"byte order mark before a name", "\uFEFFVladimir Putin", putin},
		} {
			t.Run(tt.name, func(t *testing.T) {
				m, ok := Resolve(tt.in)
				assert.True(t, ok)
				assert.Equal(t, tt.want, m.Entity.ID)
			})
		}
	})
}

func TestResolveAll(t *testing.T) {
	r := Default()
	names := []string{"Zelenskiy", "Kim", "Київ", "", "Vladimir Zelenko", "Sivya", "Kiev", "Donald Trump Jr.", "\xff\xfe", "NATO"}
	for range 5 {
		names = append(names, names...) // 320 names: every worker gets several
	}
	got, err := r.ResolveAll(context.Background(), names)
	require.NoError(t, err)
	require.Len(t, got, len(names))
	for i, name := range names {
		m, ok := r.Resolve(name)
		assert.Equal(t, Result{Query: name, Match: m, OK: ok}, got[i], "result %d (%q) out of order or different", i, name)
	}
	t.Run("options apply to every name", func(t *testing.T) {
		got, err := r.ResolveAll(context.Background(), []string{"Sivya", "Zelenskiy"}, WithThreshold(0.95))
		require.NoError(t, err)
		assert.False(t, got[0].OK)
		assert.False(t, got[1].OK)
	})
	t.Run("no names", func(t *testing.T) {
		got, err := r.ResolveAll(context.Background(), nil)
		assert.NoError(t, err)
		assert.Empty(t, got)
	})
	t.Run("a cancelled context stops the batch", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		got, err := r.ResolveAll(ctx, names)
		assert.ErrorIs(t, err, context.Canceled)
		assert.Len(t, got, len(names), "the results so far, the rest zero")
	})
}

// BenchmarkResolveAll compares the batch with a loop of Resolve over the same names.
func BenchmarkResolveAll(b *testing.B) {
	r := Default()
	var names []string
	for i := range 400 {
		names = append(names, []string{"Zelenskiy", "Andriy Sivya", "Kharkov", "Vladimir Zelenko", "President Donald Trump", "Київ", "Friedrich Merz", "ECB"}[i%8]+fmt.Sprint(strings.Repeat(" ", i%3)))
	}
	r.Resolve("warm up")
	b.Run(fmt.Sprintf("ResolveAll/GOMAXPROCS=%d", runtime.GOMAXPROCS(0)), func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := r.ResolveAll(context.Background(), names); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("sequential", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, n := range names {
				r.Resolve(n)
			}
		}
	})
}
