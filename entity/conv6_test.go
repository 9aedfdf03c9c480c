package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The conventions and designators of the fourth round (testdata/conv6): Russian-era and
// Polish forms of Ukrainian places, Dutch colonial, Chinese postal, German and Polish
// spellings, Russian renderings of Asian places, legal forms, spaced syllables, parts of
// compound names, with real look-alikes. Floors just under the measured figures per category.
func TestConv6Set(t *testing.T) {
	s := scoreSet(t, "testdata/conv6/table.tsv", "testdata/conv6/queries.tsv")
	t.Logf("conv6 set: %d queries, precision %.3f, recall %.3f\n%s", s.n, s.precision, s.recall, s.table())
	assert.GreaterOrEqual(t, s.precision, 0.96)
	for cat, least := range map[string]float64{
		"designator": 0.95,
	} {
		if c := s.cats[cat]; assert.NotNil(t, c, cat) {
			assert.GreaterOrEqual(t, c.recall(), least, "%s recall", cat)
		}
	}
	if c := s.cats["distractor"]; assert.NotNil(t, c) {
		assert.Equal(t, c.neg, c.rejected, "distractors rejected")
	}
}
