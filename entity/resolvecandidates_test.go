package entity

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ResolveCandidates must answer exactly what ResolveWith and Candidates answer apart, on
// every query of the dev set (hits, misses, ambiguous names, other scripts, near misses) and
// with options that change both answers.
func TestResolveCandidatesIsResolveAndCandidates(t *testing.T) {
	tbl, err := alias.LoadFile("testdata/dev/table.tsv")
	require.NoError(t, err)
	r := NewResolver(tbl)
	f, err := os.Open("testdata/dev/queries.tsv")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	var queries []string
	for sc.Scan() {
		queries = append(queries, strings.Split(sc.Text(), "\t")[0])
	}
	require.NoError(t, sc.Err())
	require.Greater(t, len(queries), 1000)
	queries = append(queries, "", "   ", "\xff\xfe", "Zzyzx Qwerty")

	optionSets := map[string][]Option{
		"defaults":         nil,
		"places only":      {WithKinds(alias.Place)},
		"strict threshold": {WithThreshold(0.95), WithAlternatives(5)},
	}
	for name, opts := range optionSets {
		t.Run(name, func(t *testing.T) {
			found, listed := 0, 0
			for _, q := range queries {
				for _, n := range []int{0, 3} {
					m, cands, ok := r.ResolveCandidates(q, n, opts...)
					wantM, wantOK := r.ResolveWith(q, opts...)
					require.Equal(t, wantOK, ok, "%q", q)
					require.Equal(t, wantM, m, "%q", q)
					require.Equal(t, r.Candidates(q, n, opts...), cands, "%q n=%d", q, n)
					if ok {
						found++
					}
					listed += len(cands)
				}
			}
			// The comparison is only worth something if both answers were often non-empty.
			assert.Greater(t, found, len(queries)/4)
			assert.Greater(t, listed, len(queries)/2)
		})
	}
}

// With no candidates asked for, ResolveCandidates answers a name written as in the table
// from the exact fast path, and its answer is the full search's, field for field, on random
// tables full of shared names; with candidates it searches and gives the same answer.
func TestResolveCandidatesFastPath(t *testing.T) {
	for seed := range uint64(3) {
		r := NewResolver(randTable(seed, 800))
		fast := 0
		for e := range r.Table().All() {
			for _, q := range append([]string{e.Name}, e.Aliases...) {
				want, wantOK := r.resolveSlow(q, &r.cfg, nil)
				m, cands, ok := r.ResolveCandidates(q, 0)
				assert.Equal(t, wantOK, ok, "%q", q)
				assert.Equal(t, want, m, "%q", q)
				assert.Nil(t, cands)
				m3, _, ok3 := r.ResolveCandidates(q, 3)
				assert.Equal(t, wantOK, ok3, "%q n=3", q)
				assert.Equal(t, want, m3, "%q n=3", q)
				if _, isFast := r.resolveFast(q, &r.cfg); isFast {
					fast++
				}
			}
		}
		assert.Positive(t, fast, "seed %d: some names take the fast path", seed)
	}
}
