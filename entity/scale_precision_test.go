package entity

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity/internal/synth"
	"github.com/namecanon/namecanon/internal/skipnote"
	"github.com/namecanon/namecanon/translit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// evalDir is the public sanctions-list set beside the repository (../shared/eval from the
// repository root), scored with synthetic competitors by TestScaleSuites when present.
var evalDir = flag.String("eval", "../../shared/eval", "the public eval set (table.tsv, queries.tsv) for the scale tests")

// competitorSize is how many synthetic competitors the scale tests merge into a table: enough
// to put look-alikes next to every name, few enough for a few seconds of go test; under the
// race detector (these tests test no concurrency) 5,000.
var competitorSize = map[bool]int{false: 20000, true: 5000}[raceEnabled]

// competitors returns a synthetic table of n names without the namesakes of tbl's entities:
// no person whose family name, and no entity whose whole name, has the key of one of tbl's
// names. (A table that holds another Erdoğan rightly makes "Erdogan" alone ambiguous; what is
// left are look-alikes, which must not change any answer.)
func competitors(tb testing.TB, n int, tbl *alias.Table) *alias.Table {
	tb.Helper()
	taken := map[string]bool{}
	for e := range tbl.All() {
		for _, s := range append([]string{e.Name}, e.Aliases...) {
			taken[nameKey(s)] = true
			if f := strings.Fields(translit.ToLatin(s)); len(f) > 1 {
				taken[nameKey(f[len(f)-1])] = true
				taken[nameKey(f[0])] = true
			}
		}
	}
	b := alias.NewBuilder()
	for _, nm := range synth.Generate(n, scaleSeed).Names {
		if taken[nameKey(nm.Entity.Name)] || nm.Family != "" && taken[nameKey(nm.Family)] {
			continue
		}
		require.NoError(tb, b.Add(nm.Entity))
	}
	out, err := b.Build()
	require.NoError(tb, err)
	return out
}

// nameKey is the name key of each word of s, joined.
func nameKey(s string) string {
	words := strings.Fields(translit.Fold(translit.ToLatin(s)))
	for i, w := range words {
		words[i] = translit.Key(w)
	}
	return strings.Join(words, " ")
}

// A family name that 300 people of the table share resolves to none of them alone; each of
// their full names still resolves, among 2e4 synthetic competitors.
// Rows with a known bug run only with -scale.strict (they fail today; see the bug).
func TestScaleSharedFamily(t *testing.T) {
	for _, tt := range []struct{ family, bug string }{
		{"Shevchenko", ""},
		{"Müller", ""},
		{"Wang", ""},
		{"Haddad", ""},
	} {
		family := tt.family
		t.Run(family, func(t *testing.T) {
			if tt.bug != "" && !*strictScale {
				t.Skip("known bug, run with -scale.strict: " + tt.bug)
			}
			namesakes, err := synth.Namesakes(family, 300, scaleSeed)
			require.NoError(t, err)
			b := alias.NewBuilder()
			for _, e := range namesakes {
				require.NoError(t, b.Add(e))
			}
			own, err := b.Build()
			require.NoError(t, err)
			tbl, err := alias.Merge(own, competitors(t, competitorSize, own))
			require.NoError(t, err)
			r := NewResolver(tbl)

			m, ok := r.Resolve(family)
			assert.False(t, ok, "%s alone resolved to %s", family, m.Entity.Name)
			assert.True(t, m.Ambiguous, "%s alone: want ambiguous", family)

			// Full names that no other namesake's name contains.
			checked := 0
			for i, e := range namesakes {
				if containedElsewhere(namesakes, i) {
					continue
				}
				m, ok := r.Resolve(e.Name)
				if assert.True(t, ok, "%s: not resolved (ambiguous %v)", e.Name, m.Ambiguous) {
					assert.Equal(t, e.ID, m.Entity.ID, e.Name)
				}
				if checked++; checked == 20 {
					break
				}
			}
			assert.Equal(t, 20, checked)
		})
	}
}

// containedElsewhere reports whether the words of ents[i]'s name all occur in another name of
// ents (Oleh Shevchenko in Oleh Taras Shevchenko).
func containedElsewhere(ents []alias.Entity, i int) bool {
	words := strings.Fields(ents[i].Name)
	for j, e := range ents {
		if j == i {
			continue
		}
		all := true
		for _, w := range words {
			if !strings.Contains(" "+e.Name+" ", " "+w+" ") {
				all = false
			}
		}
		if all {
			return true
		}
	}
	return false
}

// strictScale makes TestScaleSuites require the figures of each suite alone with competitors
// merged in, as issue 7 asks, and TestScaleSharedFamily run its rows of known bugs; without
// it TestScaleSuites holds the drop that competitors cause today, so that it does not grow.
var strictScale = flag.Bool("scale.strict", false, "scale tests: require each suite's figures alone also with competitors, and run the rows of known bugs")

// The accuracy suites with 2e4 synthetic look-alikes merged into their tables
// (BenchmarkScaleSuites does the same with 1e5). Look-alikes cost precision today: a surname
// or given name alone that a Chinese or Vietnamese name ends with (Li, Du Li), a far-off family
// name next to an exact given name (Viktor Yushchenko, Viktor Yurchenko). They may cost at
// most what they cost when this test was written (precision 0.035–0.045 and recall 0.02–0.03
// on the dev and validation sets): 0.05 and 0.04; -scale.strict asks for the figures alone.
func TestScaleSuites(t *testing.T) {
	for _, s := range scaleSuites() {
		t.Run(s.name, func(t *testing.T) {
			if _, err := os.Stat(s.table); err != nil {
				skipnote.Skip(t, "%s absent (%s): nothing to score", s.name, s.table)
			}
			tbl, err := alias.LoadFile(s.table)
			require.NoError(t, err)
			alone := scoreQueries(t, NewResolver(tbl), s.queries)
			p0, r0, n := alone.precision, alone.recall, alone.n
			merged, err := alias.Merge(tbl, competitors(t, competitorSize, tbl))
			require.NoError(t, err)
			with := scoreQueries(t, NewResolver(merged), s.queries)
			p1, r1 := with.precision, with.recall
			t.Logf("%s: %d queries; alone P %.3f R %.3f; with %d competitors P %.3f R %.3f", s.name, n, p0, r0, merged.Len()-tbl.Len(), p1, r1)
			if *strictScale {
				assert.GreaterOrEqual(t, p1, p0-0.005, "precision with competitors")
				assert.GreaterOrEqual(t, r1, r0-0.01, "recall with competitors")
				return
			}
			if raceEnabled {
				return // fewer competitors: other figures
			}
			assert.GreaterOrEqual(t, p1, p0-0.05, "precision with competitors")
			assert.GreaterOrEqual(t, r1, r0-0.04, "recall with competitors")
		})
	}
}

// scaleSuite is one accuracy suite: a table and its queries.
type scaleSuite struct{ name, table, queries string }

func scaleSuites() []scaleSuite {
	return []scaleSuite{
		{"dev", "testdata/dev/table.tsv", "testdata/dev/queries.tsv"},
		{"validation", "testdata/validation/table.tsv", "testdata/validation/queries.tsv"},
		{"eval", *evalDir + "/table.tsv", *evalDir + "/queries.tsv"},
	}
}

// BenchmarkScaleSuites scores the accuracy suites alone and with 1e5 synthetic look-alikes
// merged into their tables (TestScaleSuites does it with 2e4): precision and recall in
// percent, as metrics; the time is that of resolving the suite's queries once.
func BenchmarkScaleSuites(b *testing.B) {
	for _, s := range scaleSuites() {
		b.Run(s.name, func(b *testing.B) {
			if _, err := os.Stat(s.table); err != nil {
				skipnote.Skip(b, "%s absent (%s): nothing to score", s.name, s.table)
			}
			tbl, err := alias.LoadFile(s.table)
			require.NoError(b, err)
			alone := scoreQueries(b, NewResolver(tbl), s.queries)
			merged, err := alias.Merge(tbl, competitors(b, 100000, tbl))
			require.NoError(b, err)
			r := NewResolver(merged)
			var with setScore
			for b.Loop() {
				with = scoreQueries(b, r, s.queries)
			}
			b.ReportMetric(100*alone.precision, "P-alone-%")
			b.ReportMetric(100*alone.recall, "R-alone-%")
			b.ReportMetric(100*with.precision, "P-1e5-%")
			b.ReportMetric(100*with.recall, "R-1e5-%")
		})
	}
}

// Look-alikes that a large table puts next to each other, met in the scale benchmarks: each
// row is a small table of real names (with aliases after a "|"), a query and the entity it
// must resolve to ("" for none). Rows with bug set fail today, so they run only with
// -scale.strict.
func TestScalePrecision(t *testing.T) {
	tests := []struct {
		name  string
		table []string // names; ids are t0, t1 …
		query string
		want  string
		bug   bool
	}{
		// A mention that is a table name as written or folded resolves to it unless another
		// entity has that same name; a name one letter away is no reason for ambiguity.
		{"an exact name beats one a letter away", []string{"Lim Juhun", "Lim Jujun"}, "Lim Juhun", "t0", false},
		{"an exact name beats one a letter away, the other way", []string{"Lim Juhun", "Lim Jujun"}, "Lim Jujun", "t1", false},
		{"an exact name beats one a vowel away", []string{"Kim Minjin", "Kim Minjun"}, "Kim Minjin", "t0", false},
		{"a folded name beats one a letter away", []string{"José Peña", "José Pena Ruiz", "Jose Pina"}, "jose pena", "t0", false},
		{"a name in another order beats one a letter away", []string{"Nguyen Van Thanh", "Nguyen Van Thang"}, "Thanh Nguyen Van", "t0", false},
		{"an exact name beats a phonetic spelling of it", []string{"Mohammed Salah", "Muhammad Salah"}, "Mohammed Salah", "t0", false},
		{"two entities of the same name stay ambiguous", []string{"Kim Minjun", "Kim Minjun"}, "Kim Minjun", "", false},
		{"the same name folded stays ambiguous", []string{"José Peña", "Jose Pena"}, "José Peña", "", false},
		{"an alias equal to the name stays ambiguous", []string{"Lim Juhun", "Lim Ju-hun Park|Lim Juhun"}, "Lim Juhun", "", false},
		{"a surname alone shared by many stays ambiguous", []string{"Kim Minjun", "Kim Minjin", "Kim Jisoo"}, "Kim", "", false},
		{"a given name is not one that extends it", []string{"Samira Mansour"}, "Samir Mansour", "", false},
		{"Karim is not Karima", []string{"Karima Benali", "Karim Benali"}, "Karim Benali", "t1", false},
		{"Ivan is not Ivana", []string{"Ivana Novak"}, "Ivan Novak", "", false},
		{"Roman is not Romana", []string{"Romana Kovalenko"}, "Roman Kovalenko", "", false},
		{"a spelling of a given name still meets it", []string{"Viktoriia Melnyk"}, "Viktoria Melnyk", "t0", false},
		{"a given name in a case form still meets it", []string{"Viktor Melnyk"}, "Віктора Мельника", "t0", false},
		{"a cognate that extends a given name is one name", []string{"Ibrahim Traoré"}, "Ibrahima Traoré", "t0", false},
		{"a family name plus an ending is left to the surname rules", []string{"Viktor Putin"}, "Viktor Putina", "t0", false},
		{"Viktor is not Viktoriia", []string{"Viktor Melnyk", "Viktoriia Melnyk"}, "Віктор Мельник", "t0", false},
		// A far-off surname next to an exact given name counts only when its consonants are
		// the same but one (Johann Vardepoel for Johann Wadephul).
		{"a far-off family name next to an exact given name is another person", []string{"Dieter Schneider"}, "Dieter Schäfer", "", false},
		{"a far-off family name of other consonants is another person", []string{"Thomas Schmidt"}, "Thomas Schneider", "", false},
		{"a far-off family name of one consonant is another person", []string{"Charles Harriley"}, "Charles de Gaulle", "", false},
		{"a far-off family name of one consonant is another person (Hurley)", []string{"Charles Hurley"}, "Charles Gaulle", "", false},
		{"a Thai family name romanized with other consonants still counts", []string{"Anutin Charnvirakul"}, "อนุทิน ชาญวีรกูล", "t0", false},
		{"a mis-heard family name of the same consonants but one counts", []string{"Annalena Baerbock"}, "Annalena Berbok", "t0", false},
		// A particle that is also a family name that leads (du, le) is that family name first
		// in a name.
		{"a given name alone is not a family-first name", []string{"Du Li", "Wang Fang"}, "Li", "", false},
		{"a Vietnamese given name alone is not the family-first name", []string{"Le Duan"}, "Duan", "", false},
		{"a Vietnamese given name alone is not the family-first name before a middle name that folds to a particle", []string{"Lê Văn Long"}, "Long", "", false},
		{"nor is it in another name of that shape", []string{"Lê Văn Thịnh"}, "Thinh", "", false},
		{"the whole Vietnamese name still meets it folded", []string{"Lê Văn Long"}, "Le Van Long", "t0", false},
		{"a French particle before a family name still drops", []string{"Jacques du Pont"}, "Jacques Pont", "t0", false},
		// bin, ibn, ben with no name after them are no nasab but a name.
		{"a Chinese given name Bin is no nasab", []string{"Wang Bin", "Wang Wei", "Wang Fang"}, "Wang", "", false},
		{"a Chinese given name Bin is part of the name", []string{"Zhang Bin", "Zhang Wei"}, "Zhang Bin", "t0", false},
		{"a nasab before a name still links it", []string{"Mohammed bin Salman", "Salman bin Abdulaziz"}, "Mohammed bin Salman", "t0", false},
		{"a typo in a six-letter given name", []string{"Daniel López", "Carmen López"}, "Danisl López", "t0", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.bug && !*strictScale {
				t.Skip("known bug, run with -scale.strict")
			}
			b := alias.NewBuilder()
			for i, n := range tt.table {
				name, aliases, _ := strings.Cut(n, "|")
				e := alias.Entity{ID: fmt.Sprintf("t%d", i), Kind: alias.Person, Name: name}
				if aliases != "" {
					e.Aliases = strings.Split(aliases, "|")
				}
				require.NoError(t, b.Add(e))
			}
			tbl, err := b.Build()
			require.NoError(t, err)
			m, ok := NewResolver(tbl).Resolve(tt.query)
			if tt.want == "" {
				assert.False(t, ok, "%s resolved to %s", tt.query, m.Entity.Name)
				return
			}
			if assert.True(t, ok, "%s: not resolved (ambiguous %v, %v)", tt.query, m.Ambiguous, m.Alternatives) {
				assert.Equal(t, tt.want, m.Entity.ID)
			}
		})
	}
}
