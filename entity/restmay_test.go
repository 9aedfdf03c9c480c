package entity

import (
	"fmt"
	"math/bits"
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity/internal/synth"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// restMayFirstLetter is restMay as it was before it asked the scorer's word rules
// (wordMay, joinedMay): a word the index leads no mention word to may meet one when it is a
// cognate of one or shares the first letter of a key with one (restWordMayOf). The test
// below checks that every name the sharper restMay leaves out and this one keeps scores
// nothing.
func restMayFirstLetter(r *Resolver, q *mention, s *scratch, n uint32) bool {
	for i := range s.names.ids[:s.joined] {
		if s.names.ids[i] == n {
			return true
		}
	}
	for i := range q.tokens {
		if q.tokens[i].initial {
			return true
		}
	}
	words, _ := r.idx.NameWords(n)
	left := false
	for _, w := range words {
		t := &r.words[w]
		if !t.significant() || t.patronymic || t.initial || s.words.get(w) != 0 {
			continue
		}
		if restWordMayOf(q, t) {
			return true
		}
		left = true
	}
	return !left
}

// The lower tier keeps every name the scorer may accept: a name that restMay leaves out
// (a word of it meets no mention word by any rule of wordSim, nor as a compound) scores
// nothing, over the variant and miss queries of a synthetic table (typos, convention
// rewrites, reorderings, other scripts, persons not in the table) and names of the default
// table. Names it leaves out that the first-letter test kept are counted: the sharper test
// must rule out some.
func TestRestMayKeepsWhatScores(t *testing.T) {
	n := 20000
	if raceEnabled {
		n = 3000
	}
	set, tbl := synthWithDefault(t, n)
	// A patronymic that meets a given name of the mention by prefix (Dmitriyevich,
	// Dmitriy): the name misses the mention's given name in the index, and still scores.
	b := alias.NewBuilder()
	for i, name := range []string{"Sergey Dmitriyevich Zakharov", "Dmitriy Zakharov", "Aleksey Zakharov"} {
		require.NoError(t, b.Add(alias.Entity{ID: fmt.Sprintf("restmay-%d", i), Kind: alias.Person, Name: name}))
	}
	more, err := b.Build()
	require.NoError(t, err)
	tbl, err = alias.Merge(tbl, more)
	require.NoError(t, err)
	r := NewResolver(tbl)
	var queries []string
	for _, q := range set.Queries(60, scaleSeed) {
		if q.Class != synth.ClassExact {
			queries = append(queries, q.Text)
		}
	}
	queries = append(queries, "Дмитрий Алексеевич Захаров", "Zelenskiy", "Volodymir Zelenski", "Mohamed bin Zayed", "Gholamhossein Ejei", "Kim Jong Il", "Sergey Lavrov Jr")
	kept, newlyOut := 0, 0
	for _, text := range queries {
		q := parseMention(text, true)
		if len(q.tokens) == 0 {
			continue
		}
		sc := r.getScratch()
		q.sims = sc.sims
		r.lookup(&q, sc)
		r.markAll(sc)
		var v nameView
		for _, ni := range sc.names.ids {
			if r.idx.NameFlags[ni]&nameAsWritten != 0 || !sc.partial && r.wordsMet(sc, ni) == sc.most {
				continue // the first tier of a complete match is scored whole
			}
			if r.restMay(&q, sc, ni) {
				kept++
				continue
			}
			if !restMayFirstLetter(r, &q, sc, ni) {
				continue
			}
			newlyOut++
			r.view(ni, &v)
			kind := r.kindOf(ni)
			ns := kindRules(&q, &v.m, kind, scoreName(&q, &v.m, v.flags&namePerson != 0))
			assert.Zero(t, ns.score, "%q: restMay leaves out %q, which scores %.3f %+v", text, r.nameText(ni), ns.score, ns.tokens)
		}
		q.sims = nil
		r.putScratch(sc)
	}
	t.Logf("%d queries: %d lower-tier names kept, %d more left out than by first letters", len(queries), kept, newlyOut)
	assert.Positive(t, newlyOut, "the word rules leave out names that first letters keep")
}

// synthWithDefault generates a synthetic set of n names and returns it with its table merged
// into the default one, as the tests that compare a bound with the whole computation use it.
func synthWithDefault(t *testing.T, n int) (*synth.Set, *alias.Table) {
	t.Helper()
	set := synth.Generate(n, scaleSeed)
	tbl, err := set.Table()
	require.NoError(t, err)
	tbl, err = alias.Merge(alias.Default(), tbl)
	require.NoError(t, err)
	return set, tbl
}

// restWordMayRef is restWordMayOf as first written, every mention key asked of every name
// word: the reference that restQuery, which gathers what it reads of the mention once per
// query, must agree with.
func restWordMayRef(q *mention, t *token) bool {
	lx := loadLexicon()
	g := lx.cognate(t)
	for i := range q.tokens {
		qt := &q.tokens[i]
		if g != 0 && lx.cognate(qt) == g || lx.hypocoristic(qt, t) {
			return true
		}
		for _, list := range [][]string{qt.keys, qt.variants} {
			for _, k := range list {
				if g != 0 && lx.cognates["\x00"+k] == g {
					return true
				}
				for _, nk := range t.keys {
					if k != "" && nk != "" && k[0] == nk[0] {
						return true
					}
				}
			}
		}
	}
	return false
}

// restWordMay, which reads the mention through restQuery and the word through wordStarts,
// answers as restWordMayRef for every word of the vocabulary of a synthetic table with the
// default table merged in, against its variant and miss queries and names with short forms
// and cognates (Tony Blair, Sepp Blatter, Pjotrs Ivanovs).
func TestRestQueryAgrees(t *testing.T) {
	n := 5000
	if raceEnabled {
		n = 1000
	}
	set, tbl := synthWithDefault(t, n)
	r := NewResolver(tbl)
	queries := []string{"Tony Blair", "Sepp Blatter", "Pjotrs Ivanovs", "Joe Biden", "Мо Салах", "Volodymir Zelenski"}
	for _, q := range set.Queries(40, scaleSeed) {
		if q.Class != synth.ClassExact {
			queries = append(queries, q.Text)
		}
	}
	yes, no := 0, 0
	for _, text := range queries {
		q := parseMention(text, true)
		sc := r.getScratch()
		for w := range uint32(len(r.words)) {
			want := restWordMayRef(&q, &r.words[w])
			if !assert.Equal(t, want, r.restWordMay(&q, sc, w), "%q, word %q", text, r.words[w].text) {
				break
			}
			if want {
				yes++
			} else {
				no++
			}
		}
		r.putScratch(sc)
	}
	assert.NotZero(t, yes)
	assert.NotZero(t, no)
}

// maxMatching counts the mention words that meet a name each by a word of its own.
func TestMaxMatching(t *testing.T) {
	for _, tt := range []struct {
		name  string
		slots []uint16
		want  int
	}{
		{"one word met by two mention words meets one", []uint16{0b11}, 1},
		{"two words, each met by its own mention word", []uint16{0b01, 0b10}, 2},
		{"a word met by both and one by the first: both are met", []uint16{0b11, 0b01}, 2},
		{"two words met only by the first mention word meet one", []uint16{0b01, 0b01}, 1},
		{"three mention words over three words by augmenting", []uint16{0b011, 0b001, 0b110}, 3},
		{"no slots", nil, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, maxMatching(tt.slots))
		})
	}
}

// The first tier holds the names that meet every mention word each by a word of their own
// (wordsMet): a name one of whose words both mention words lead to (Jiang, for Zhang and
// for Jiaqyang) meets one of them; two mention words written as one word of the name
// (Faisal Abad, Faisalabad) meet it both.
func TestWordsMet(t *testing.T) {
	b := alias.NewBuilder()
	for i, e := range []alias.Entity{
		{Kind: alias.Person, Name: "Zhang Jiaqiang"},
		{Kind: alias.Person, Name: "Jiang Li"},
		{Kind: alias.Place, Name: "Faisalabad"},
		{Kind: alias.Person, Name: "Jiang Jiang"},
	} {
		e.ID = fmt.Sprintf("t%d", i)
		require.NoError(t, b.Add(e))
	}
	tbl, err := b.Build()
	require.NoError(t, err)
	r := NewResolver(tbl)
	for _, tt := range []struct {
		name, query string
		entity      int
		want        int
		led         int // mention words the index leads to some word of the name
	}{
		{"a name met word for word meets both mention words", "Zhang Jiaqyang", 0, 2, 2},
		{"one name word that both mention words lead to meets one", "Zhang Jiaqyang", 1, 1, 2},
		{"two words of the name, each led to, meet both", "Zhang Jiaqyang", 3, 2, 2},
		{"two mention words written as one name word meet both", "Faisal Abad", 2, 2, 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			q := parseMention(tt.query, true)
			sc := r.getScratch()
			defer r.putScratch(sc)
			r.lookup(&q, sc)
			r.markAll(sc)
			var n uint32
			for n = range uint32(len(r.idx.NameEntity)) {
				if r.idx.NameEntity[n] == uint32(tt.entity) && r.idx.NameAlias[n] == 0 {
					break
				}
			}
			require.NotZero(t, sc.names.get(n), "the index leads %q to %q", tt.query, r.nameText(n))
			assert.Equal(t, tt.led, bits.OnesCount16(sc.names.get(n)), "mention words led to %q", r.nameText(n))
			assert.Equal(t, tt.want, r.wordsMet(sc, n))
		})
	}
}

// restWordMayOf is restWordMay of the token t, not memoized.
func restWordMayOf(q *mention, t *token) bool {
	var rq restQuery
	rq.of(q)
	return rq.may(q, t, startOf(t, false))
}
