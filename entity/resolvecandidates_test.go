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
