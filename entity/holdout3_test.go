package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The lead's second held-out probe (testdata/holdout3): other stories' names, written before
// the second round's rules and scored only before and after them. Floors at its first
// figures after that round.
func TestHoldout3Set(t *testing.T) {
	s := scoreSet(t, "testdata/holdout3/table.tsv", "testdata/holdout3/queries.tsv")
	d := s.cats["distractor"]
	rejected := float64(d.rejected) / float64(d.neg)
	t.Logf("holdout3 set: %d queries, precision %.3f, recall %.3f, distractors rejected %.3f\n%s", s.n, s.precision, s.recall, rejected, s.table())
	assert.GreaterOrEqual(t, s.precision, 0.98)
	assert.GreaterOrEqual(t, s.recall, 0.87)
	assert.GreaterOrEqual(t, rejected, 0.90)
}
