package entity

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity/internal/index"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// agreeQueries makes mentions of random table entities the way the press writes them: a
// convention rewrite or a typo in one word, the surname alone, "SURNAME, Given", the given
// name and a rewritten surname, and the name exactly.
func agreeQueries(rng *rand.Rand, tbl *alias.Table, n int) []string {
	var qs []string
	for range n {
		e := tbl.At(rng.IntN(tbl.Len()))
		words := strings.Fields(e.Name)
		last := words[len(words)-1]
		switch rng.IntN(6) {
		case 0:
			qs = append(qs, e.Name)
		case 1:
			qs = append(qs, last)
		case 2:
			qs = append(qs, strings.ToUpper(last)+", "+strings.Join(words[:len(words)-1], " "))
		case 3:
			qs = append(qs, variantOf(rng, last))
		default:
			qs = append(qs, variantOf(rng, e.Name))
		}
	}
	return qs
}

// reachable reports whether the index can lead mention q to name n: some significant word
// of q and some word of n share a key or variant up to one deletion on each side, or a
// consonant skeleton; or a word of q is up to one deletion from a joined key of n. This is
// the bound of the index, checked here independently of lookup.
func reachable(r *Resolver, q *mention, n uint32) bool {
	words, joined := r.idx.NameWords(n)
	hashes := func(keys []string) map[uint64]bool {
		h := map[uint64]bool{}
		for _, k := range keys {
			for _, d := range deletions(k) {
				h[index.Hash(termDelete, d)] = true
			}
		}
		return h
	}
	sig := significantCount(q)
	for i := range q.tokens {
		t := &q.tokens[i]
		if !t.significant() || i >= 16 {
			continue
		}
		qh := hashes(append(slices.Clone(t.keys), t.variants...))
		for _, w := range words {
			nt := &r.words[w]
			for h := range hashes(nt.keys) {
				if qh[h] {
					return true
				}
			}
			for _, k := range t.keys {
				for _, sk := range skeletons(k) {
					if (len(sk) >= 3 || sig == 1) && slices.Contains(skeletons(nt.key), sk) {
						return true
					}
				}
			}
		}
		for _, j := range joined {
			if qh[index.Hash(termDelete, r.idx.Strings.At(j))] {
				return true
			}
		}
	}
	return false
}

// initialsOnly reports whether every word matched as an initial (N.A.T.O. against Natalia
// Tanaka): the index does not lead a mention of letters to names by their initials.
func initialsOnly(ts []TokenMatch) bool {
	for _, t := range ts {
		if t.Rule != "initial" {
			return false
		}
	}
	return len(ts) > 0
}

// The index agrees with the scorer: over random tables of persons merged with the default
// table, every entity that scoring every table name accepts (score at or above the
// threshold) through a name within the index's bound (see reachable) is found by the
// indexed ranking with the same score; and Resolve answers as resolveBrute does whenever
// every accepted entity is within the bound. Entities accepted only beyond the bound (a
// cognate given name alone, a surname two edits away) are counted and must stay rare.
func TestIndexAgreesWithBruteForce(t *testing.T) {
	queries, beyond, beyondQueries, initials, lower, resolved := 0, 0, 0, 0, 0, 0
	for seed := range uint64(2) {
		rng := rand.New(rand.NewPCG(seed, 42))
		persons := randTable(100+seed, 500)
		tbl, err := alias.Merge(alias.Default(), persons)
		require.NoError(t, err)
		r := NewResolver(tbl)
		for _, q := range append(agreeQueries(rng, persons, 80), snapshotQueries...) {
			t.Run(fmt.Sprintf("%d/%s", seed, q), func(t *testing.T) {
				queries++
				brute, pm := r.rankText(q, true, &r.cfg, nil)
				indexed, _ := r.rankText(q, false, &r.cfg, nil)
				found := map[string]float64{}
				for _, m := range indexed {
					found[m.Entity.ID] = m.Score
				}
				allWithin, beyondHere := true, false
				for _, m := range brute {
					if m.Score < r.cfg.threshold {
						break
					}
					within := false
					for n := range uint32(len(r.idx.NameEntity)) {
						if r.tbl.At(int(r.idx.NameEntity[n])).ID == m.Entity.ID && r.nameText(n) == m.Explain.Alias {
							within = within || m.Method == MethodExact || m.Method == MethodFolded || m.Method == MethodTransliterated && len(m.Explain.Tokens) == 0 ||
								slices.Contains(m.Explain.Rules, "acronym") || reachable(r, &pm, n)
						}
					}
					if !within {
						if initialsOnly(m.Explain.Tokens) {
							initials++
						} else {
							t.Logf("beyond the bound: %q -> %s %q %.3f %+v", q, m.Entity.ID, m.Explain.Alias, m.Score, m.Explain.Tokens)
							beyond++
							beyondHere = true
						}
						allWithin = false
						continue
					}
					if _, ok := found[m.Entity.ID]; !ok && len(indexed) > 0 && indexed[0].Score >= r.cfg.threshold && m.Score < indexed[0].Score {
						lower++ // met by fewer mention words than a name that matched: not scored
						continue
					}
					assert.Equal(t, m.Score, found[m.Entity.ID], "%s: %s (%s) scored %.3f by every name", q, m.Entity.ID, m.Explain.Alias, m.Score)
				}
				if beyondHere {
					beyondQueries++
				}
				if allWithin {
					resolved++
					want, wantOK := r.resolveBrute(q)
					got, gotOK := r.Resolve(q)
					assert.Equal(t, wantOK, gotOK, q)
					assert.Equal(t, want.Entity.ID, got.Entity.ID, q)
					assert.Equal(t, want.Score, got.Score, q)
				}
			})
		}
	}
	t.Logf("%d queries: %d resolved alike; accepted entities beyond the bound: %d by initials only, %d by words further apart (in %d queries); %d accepted in a lower tier, not scored", queries, resolved, initials, beyond, beyondQueries, lower)
	assert.LessOrEqual(t, beyondQueries*50, queries, "more than 2%% of the queries accept an entity beyond the index's bound")
}

// The bound of the index, both ways: a word one edit from a table word under some
// convention, or sharing its consonant skeleton, leads to the name; two far edits do not,
// though the scorer alone would accept the pair.
func TestIndexBound(t *testing.T) {
	b := alias.NewBuilder()
	for i, name := range []string{"Margaret Zhehyovic", "Taras Shevchenko", "Thomas Suzuki", "Oksana Hoffmann"} {
		require.NoError(t, b.Add(alias.Entity{ID: fmt.Sprintf("p%d", i), Kind: alias.Person, Name: name}))
	}
	tbl, err := b.Build()
	require.NoError(t, err)
	r := NewResolver(tbl)
	for _, tt := range []struct {
		name, query string
		found       bool
	}{
		{"one letter changed in a long surname is within", "Shevchanko", true},
		{"one letter dropped is within", "Shevchnko", true},
		{"two neighbours swapped are within", "Shevhcenko", true},
		{"a convention rewrite is within (ff for v)", "Hovmann", true},
		{"the consonant skeleton is within (Hofman)", "Hofman", true},
		{"two letters changed far apart are beyond", "Sheryovic", false},
		{"a letter inserted and one changed are beyond", "Stusky", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			q := parseMention(tt.query, true)
			sc := r.getScratch()
			defer r.putScratch(sc)
			r.lookup(&q, sc)
			got := len(sc.first) > 0 || len(r.lookupRest(&q, sc)) > 0
			assert.Equal(t, tt.found, got, "lookup of %q", tt.query)
			if !tt.found {
				brute, _ := r.rankText(tt.query, true, &r.cfg, nil)
				require.NotEmpty(t, brute, "the scorer alone accepts %q", tt.query)
				assert.GreaterOrEqual(t, brute[0].Score, r.cfg.threshold, "the scorer alone accepts %q", tt.query)
			}
		})
	}
}
