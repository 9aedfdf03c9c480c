package entity

import (
	"fmt"
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/stretchr/testify/assert"
)

// Near misses bounded by the k-th listed score are those computed whole: the same entities,
// scores, names and order, for every query class of a synthetic table merged with the
// default one (other scripts included, compared by loose skeletons too), for several list
// lengths and with a kind restriction.
func TestNearMissBound(t *testing.T) {
	n := 10000
	if raceEnabled {
		n = 2000
	}
	set, tbl := synthWithDefault(t, n)
	bounded, whole := NewResolver(tbl), NewResolver(tbl)
	whole.nearUnbounded = true
	var queries []string
	for _, q := range set.Queries(25, scaleSeed+1) {
		queries = append(queries, q.Text)
	}
	queries = append(queries, "World Heath Organisation", "基辅", "Zelenskiy", "Johann Vardepoel", "Москва", "Sivya")
	for _, k := range []int{1, 3, 8} {
		for _, opts := range [][]Option{nil, {WithKinds(alias.Place, alias.Org)}} {
			for _, q := range queries {
				t.Run(fmt.Sprintf("%d/%d/%s", k, len(opts), q), func(t *testing.T) {
					assert.Equal(t, whole.Candidates(q, k, opts...), bounded.Candidates(q, k, opts...))
				})
			}
		}
	}
}
