package entity

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/internal/skipnote"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// resolveCase is one row of the behaviour tables: a mention and the entity ID it must
// resolve to on the default table ("" = it must not resolve).
type resolveCase struct {
	name, in, want string
}

func runResolve(t *testing.T, rows []resolveCase) {
	t.Helper()
	runTable(t, Default(), rows)
}

const (
	sybiha     = "person-andrii-sybiha"
	witkoff    = "person-steve-witkoff"
	zelenskyy  = "Q3874799"
	kyiv       = "Q1899"
	svyrydenko = "person-yulia-svyrydenko"
	wadephul   = "person-johann-wadephul"
	jorgensen  = "person-dan-jorgensen"
	nato       = "Q7184"
	ecb        = "Q8901"
	putin      = "Q7747"
)

// The spellings the five seed reports and the issue name.
func TestResolveSeedVariants(t *testing.T) {
	runResolve(t, []resolveCase{
		{"canonical spelling", "Andrii Sybiha", sybiha},
		{"surname alone", "Sybiha", sybiha},
		{"published typo, swapped letters", "Sybhia", sybiha},
		{"machine translation via b/v and a dropped h", "Sivya", sybiha},
		{"given name in Ukrainian-y spelling with the typo", "Andriy Sivya", sybiha},
		{"Ukrainian Cyrillic", "Андрій Сибіга", sybiha},
		{"final -v for -ff", "Witkov", witkoff},
		{"English possessive with a curly apostrophe", "Witkoff’s", witkoff},
		{"-y ending", "Zelensky", zelenskyy},
		{"-iy ending (Reuters)", "Zelenskiy", zelenskyy},
		{"title before the surname", "President Zelenskiy", zelenskyy},
		{"Ukrainian Cyrillic surname", "Зеленський", zelenskyy},
		{"Russian Cyrillic surname", "Зеленский", zelenskyy},
		{"Russian-derived exonym", "Kiev", kyiv},
		{"Ukrainian Cyrillic city", "Київ", kyiv},
		{"Russian Cyrillic city", "Киев", kyiv},
		{"Russian-style spelling i for y", "Yulia Sviridenko", svyrydenko},
		{"mis-heard surname, given name exact", "Johann Vardepoel", wadephul},
		{"ø written o", "Dan Jorgensen", jorgensen},
		{"acronym in title case", "Nato", nato},
		{"acronym alias", "ECB", ecb},
	})
}

// Real different people and places with similar names must not resolve to a seed entity.
func TestResolveRejectsDistractors(t *testing.T) {
	runResolve(t, []resolveCase{
		{"namesake with a cognate given name and a different surname ending", "Vladimir Zelenko", ""},
		{"wife: feminine surname, other given name", "Olena Zelenska", ""},
		{"Chechen militant with a similar surname", "Doku Umarov", ""},
		{"brother of Jared Kushner", "Josh Kushner", ""},
		{"wife of Emmanuel Macron", "Brigitte Macron", ""},
		{"son: generational suffix", "Donald Trump Jr.", ""},
		{"another Moscow", "Moscow, Idaho", ""},
		{"a capital named after its country is another place", "Mexico City", ""},
		{"City after a country's name names its capital", "Kuwait City", ""},
		{"Putin's daughter under the feminine surname", "Maria Putina", ""},
		{"a common word is not a country's name in a foreign script", "He", ""},
		{"a two-letter word is not a syllable of a Chinese country name", "In", ""},
	})
}

func TestResolveTitles(t *testing.T) {
	runResolve(t, []resolveCase{
		{"English office title with adjective", "Ukrainian President Volodymyr Zelensky", zelenskyy},
		{"two-word title", "Foreign Minister Andrii Sybiha", sybiha},
		{"German title", "Außenminister Wadephul", wadephul},
		{"Polish title", "prezydent Zełenski", zelenskyy},
		{"honorific", "Mr Witkoff", witkoff},
		{"French honorific with a stop", "M. Macron", "Q3052772"},
		{"envoy with adjective", "US envoy Steve Witkoff", witkoff},
	})
}

// With a man and a woman of one family in the table, the Polish genitive of his name is his,
// and the nominative of an adjectival surname is not read as a case of hers.
func TestResolveInflectionsBetweenRelatives(t *testing.T) {
	b := alias.NewBuilder()
	require.NoError(t, b.Add(alias.Entity{ID: "volodymyr", Kind: alias.Person, Name: "Volodymyr Zelenskyy"}))
	require.NoError(t, b.Add(alias.Entity{ID: "olena", Kind: alias.Person, Name: "Olena Zelenska"}))
	tbl, err := b.Build()
	require.NoError(t, err)
	r := NewResolver(tbl)
	for _, tt := range []resolveCase{
		{"Polish genitive -iego of his name", "Zełenskiego", "volodymyr"},
		{"his surname in the nominative", "Zelensky", "volodymyr"},
		{"her surname", "Zelenska", "olena"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := r.Resolve(tt.in)
			require.True(t, ok, "%q: %v", tt.in, r.Candidates(tt.in, 3))
			assert.Equal(t, tt.want, m.Entity.ID)
		})
	}
}

func TestResolvePossessivesAndInflections(t *testing.T) {
	runResolve(t, []resolveCase{
		{"English 's", "Emmanuel Macron's", "Q3052772"},
		{"Polish genitive -iego", "Zełenskiego", zelenskyy},
		{"German genitive -s", "Selenskyjs", zelenskyy},
		{"Ukrainian genitive -oho", "Зеленського", zelenskyy},
		{"Ukrainian genitive of a city", "Києва", kyiv},
		{"Russian genitive -a", "Путина", putin},
	})
}

func TestResolveOrderCaseInitials(t *testing.T) {
	runResolve(t, []resolveCase{
		{"SURNAME, Given as on sanctions lists", "ZELENSKYY, Volodymyr", zelenskyy},
		{"upper case", "ANDRII SYBIHA", sybiha},
		{"initial with a stop", "V. Zelensky", zelenskyy},
		{"surname first without a comma", "Sybiha Andrii", sybiha},
	})
}

func TestResolveScripts(t *testing.T) {
	runResolve(t, []resolveCase{
		{"Chinese characters, pinyin, surname first", "习近平", "Q15031"},
		{"Wade–Giles spelling of a pinyin name", "Hsi Chin-p'ing", "Q15031"},
		{"German exonym from CLDR", "Deutschland", "iso3166:DE"},
		{"Polish exonym from CLDR", "Niemcy", "iso3166:DE"},
		{"Russian exonym from CLDR", "Германия", "iso3166:DE"},
		{"Cyrillic city", "Москва", "Q649"},
	})
}

func TestResolvePartialNames(t *testing.T) {
	runResolve(t, []resolveCase{
		{"particle surname", "von der Leyen", "Q60772"},
		{"family name that leads", "Xi", "Q15031"},
		{"given name alone is not enough", "Volodymyr", ""},
		{"one word of a two-word place is another place", "York", ""},
		{"an adjective is not a territory named with it", "The British", ""},
	})
}

func TestResolveCognates(t *testing.T) {
	runResolve(t, []resolveCase{
		{"Russian form of Volodymyr", "Vladimir Zelensky", zelenskyy},
		{"Polish form of Andrii", "Andrzej Sybiha", sybiha},
		{"Russian form of Olha", "Olga Stefanishyna", "person-olha-stefanishyna"},
	})
}

func TestResolveMixedScript(t *testing.T) {
	r := Default()
	for _, tt := range []struct{ name, in, want string }{
		{"Cyrillic е (U+0435) in a Latin name", "Zеlеnskyy", zelenskyy},
		{"Cyrillic Р (U+0420) in a Latin name", "Рutin", putin},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := r.Resolve(tt.in)
			require.True(t, ok)
			assert.Equal(t, tt.want, m.Entity.ID)
			assert.Contains(t, m.Warnings, WarnMixedScript)
		})
	}
	m, _ := r.Resolve("Zelenskyy")
	assert.NotContains(t, m.Warnings, WarnMixedScript, "a clean Latin name carries no warning")
}

// Ambiguity: a surname shared by two entities resolves to neither, and lists both.
func TestResolveAmbiguity(t *testing.T) {
	b := alias.NewBuilder()
	require.NoError(t, b.Add(alias.Entity{ID: "kim-jong-un", Kind: alias.Person, Name: "Kim Jong Un"}))
	require.NoError(t, b.Add(alias.Entity{ID: "kim-jong-il", Kind: alias.Person, Name: "Kim Jong Il"}))
	require.NoError(t, b.Add(alias.Entity{ID: "kim-yo-jong", Kind: alias.Person, Name: "Kim Yo Jong"}))
	tbl, err := b.Build()
	require.NoError(t, err)
	r := NewResolver(tbl)

	m, ok := r.Resolve("Kim")
	assert.False(t, ok, "a family name shared by three people names none of them")
	assert.GreaterOrEqual(t, len(m.Alternatives), 2)

	m, ok = r.Resolve("Kim Jong-un")
	require.True(t, ok)
	assert.Equal(t, "kim-jong-un", m.Entity.ID)

	_, ok = r.Resolve("Kim Jong Nam")
	assert.False(t, ok, "another member of the family")
}

func TestMatchExplains(t *testing.T) {
	m, ok := Default().Resolve("President Zelenskiy")
	require.True(t, ok)
	assert.Equal(t, MethodPartial, m.Method)
	assert.Contains(t, m.Explain.Rules, "title")
	require.Len(t, m.Explain.Tokens, 1)
	assert.Equal(t, "zelenskiy", m.Explain.Tokens[0].Query)
	assert.Equal(t, "zelenskyy", m.Explain.Tokens[0].Alias)
	assert.Equal(t, "key", m.Explain.Tokens[0].Rule)
	assert.InDelta(t, 0.873, m.Score, 0.01)

	m, ok = Default().Resolve("Volodymyr Zelenskyy")
	require.True(t, ok)
	assert.Equal(t, MethodExact, m.Method)
	assert.Equal(t, 1.0, m.Score)
}

// The resolver is safe for concurrent use: many goroutines get the sequential answers.
func TestResolveConcurrent(t *testing.T) {
	r := Default()
	queries := []string{"Sivya", "Zelenskiy", "Киев", "Vladimir Zelenko", "ECB", "习近平", "Witkoff’s", "Zеlеnskyy"}
	want := make([]string, len(queries))
	for i, q := range queries {
		m, _ := r.Resolve(q)
		want[i] = m.Entity.ID
	}
	var wg sync.WaitGroup
	got := make([][]string, 8)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				for _, q := range queries {
					m, _ := r.Resolve(q)
					got[g] = append(got[g], m.Entity.ID)
				}
			}
		}()
	}
	wg.Wait()
	for g := range got {
		for i, id := range got[g] {
			assert.Equal(t, want[i%len(queries)], id)
		}
	}
}

// Hostile input gets a sane answer: no panic, no entity outside the table.
func TestResolveHardInput(t *testing.T) {
	r := Default()
	for _, in := range []string{"", "   ", "\x00\x01", "!!!", "\xff\xfe Zelensky", strings.Repeat("Zelensky ", 200000), strings.Repeat("ж", 100000)} {
		m, ok := r.Resolve(in)
		if ok {
			_, found := r.Table().Lookup(m.Entity.ID)
			assert.True(t, found)
		}
	}
	m, ok := r.Resolve("\xff\xfe Zelensky")
	assert.True(t, ok)
	assert.Contains(t, m.Warnings, WarnInvalidUTF8)
	m, _ = r.Resolve(strings.Repeat("Zelensky ", 200000))
	assert.Contains(t, m.Warnings, WarnTruncated)
}

// setScore is what scoreSet measures on one query file: precision and recall overall, and
// per category (the file's third column) the rows, the resolving rows found, and the
// must-not-resolve rows rejected.
type setScore struct {
	precision, recall float64
	n                 int
	cats              map[string]*catScore
}

// catScore counts one category's rows.
type catScore struct {
	pos, found, neg, rejected int
}

// recall is the share of resolving rows found (1 when the category has none).
func (c *catScore) recall() float64 {
	if c.pos == 0 {
		return 1
	}
	return float64(c.found) / float64(c.pos)
}

// table renders the per-category figures as a Markdown table, categories sorted by name.
func (s setScore) table() string {
	names := make([]string, 0, len(s.cats))
	for k := range s.cats {
		names = append(names, k)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("| category | found | rejected |\n| --- | ---: | ---: |\n")
	frac := func(a, n int) string {
		if n == 0 {
			return "–"
		}
		return fmt.Sprintf("%d/%d (%.0f %%)", a, n, 100*float64(a)/float64(n))
	}
	for _, k := range names {
		c := s.cats[k]
		fmt.Fprintf(&b, "| %s | %s | %s |\n", k, frac(c.found, c.pos), frac(c.rejected, c.neg))
	}
	return b.String()
}

// scoreSet resolves every query of a dev-set file against its table, as the eval scorer does.
func scoreSet(t *testing.T, tablePath, queriesPath string) setScore {
	t.Helper()
	tbl, err := alias.LoadFile(tablePath)
	require.NoError(t, err)
	return scoreQueries(t, NewResolver(tbl), queriesPath)
}

// scoreQueries resolves every query of a dev-set queries file with r.
func scoreQueries(t testing.TB, r *Resolver, queriesPath string) setScore {
	t.Helper()
	f, err := os.Open(queriesPath)
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	s := setScore{cats: map[string]*catScore{}}
	resolved, correct, positives := 0, 0, 0
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		require.GreaterOrEqual(t, len(cols), 2)
		cat := "-"
		if len(cols) > 2 {
			cat = cols[2]
		}
		c := s.cats[cat]
		if c == nil {
			c = &catScore{}
			s.cats[cat] = c
		}
		s.n++
		if cols[1] != "" {
			positives++
			c.pos++
		} else {
			c.neg++
		}
		m, ok := r.Resolve(cols[0])
		switch {
		case ok:
			resolved++
			if m.Entity.ID == cols[1] {
				correct++
				c.found++
			}
		case cols[1] == "":
			c.rejected++
		}
	}
	require.NoError(t, sc.Err())
	s.precision = float64(correct) / float64(resolved)
	s.recall = float64(correct) / float64(positives)
	return s
}

// The project's own dev set (entity/testdata/dev): real press, standard and script spellings
// with real look-alike distractors. Floors sit just under the measured figures so a
// regression fails.
func TestDevSet(t *testing.T) {
	s := scoreSet(t, "testdata/dev/table.tsv", "testdata/dev/queries.tsv")
	p, r := s.precision, s.recall
	t.Logf("dev set: %d queries, precision %.3f, recall %.3f\n%s", s.n, p, r, s.table())
	assert.GreaterOrEqual(t, p, 0.98)
	assert.GreaterOrEqual(t, r, 0.91)
	// The conventions of issue 10, per category: found (recall) and rejected floors just
	// under the measured figures.
	for cat, least := range map[string]float64{
		"ru-era": 0.9, "slavic-press": 0.9, "nordic-press": 0.9, "cognate": 0.9,
		"descriptor": 0.9, "legal-form": 0.9, "case-ending": 0.85,
	} {
		if c := s.cats[cat]; assert.NotNil(t, c, cat) {
			assert.GreaterOrEqual(t, c.recall(), least, "%s recall", cat)
		}
	}
	for cat, least := range map[string]float64{"lookalike-place": 0.6, "other-person": 0.9, "distractor": 0.96} {
		if c := s.cats[cat]; assert.NotNil(t, c, cat) {
			assert.GreaterOrEqual(t, float64(c.rejected)/float64(c.neg), least, "%s rejection", cat)
		}
	}
}

// The validation set (entity/testdata/validation): other entities than the dev set's, kept to
// measure whether the rules generalize; the resolver is not tuned on it.
func TestValidationSet(t *testing.T) {
	s := scoreSet(t, "testdata/validation/table.tsv", "testdata/validation/queries.tsv")
	p, r := s.precision, s.recall
	t.Logf("validation set: %d queries, precision %.3f, recall %.3f\n%s", s.n, p, r, s.table())
	assert.GreaterOrEqual(t, p, 0.97)
	assert.GreaterOrEqual(t, r, 0.90)
}

// The held-out probe (entity/testdata/holdout): other stories' names, written before the
// rules that meet them and never tuned on (see its README).
func TestHoldoutSet(t *testing.T) {
	s := scoreSet(t, "testdata/holdout/table.tsv", "testdata/holdout/queries.tsv")
	p, r := s.precision, s.recall
	t.Logf("holdout set: %d queries, precision %.3f, recall %.3f\n%s", s.n, p, r, s.table())
	assert.GreaterOrEqual(t, p, 0.99)
	assert.GreaterOrEqual(t, r, 0.94)
}

// The public sanctions-list set beside the repository (shared/eval), when present.
func TestPublicEvalSet(t *testing.T) {
	dir := "../../shared/eval"
	if _, err := os.Stat(dir + "/table.tsv"); err != nil {
		skipnote.Skip(t, "shared/eval is not beside this checkout (the public set lives in shared/eval next to the clone); nothing to score")
	}
	s := scoreSet(t, dir+"/table.tsv", dir+"/queries.tsv")
	p, r := s.precision, s.recall
	t.Logf("shared/eval: %d queries, precision %.3f, recall %.3f", s.n, p, r)
	assert.GreaterOrEqual(t, p, 0.98)
	assert.GreaterOrEqual(t, r, 0.95)
}
