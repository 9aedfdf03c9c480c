package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The scripts dev set (testdata/scripts6): names in Hangul and Hanja, Cantonese-read Han,
// Bengali, Nepali, Ethiopic, Urdu, Arabic and Cyrillic renderings of South-East Asian names,
// against a table in their press spellings, with real different people and places that look
// like them. Floors at the figures measured when it was written; every category is logged.
func TestScripts6Set(t *testing.T) {
	s := scoreSet(t, "testdata/scripts6/table.tsv", "testdata/scripts6/queries.tsv")
	d := s.cats["distractor"]
	rejected := float64(d.rejected) / float64(d.neg)
	t.Logf("scripts6 set: %d queries, precision %.3f, recall %.3f, distractors rejected %.3f\n%s", s.n, s.precision, s.recall, rejected, s.table())
	assert.GreaterOrEqual(t, s.precision, 1.0, "no script rule may resolve a look-alike")
	assert.GreaterOrEqual(t, rejected, 1.0)
	assert.GreaterOrEqual(t, s.recall, 0.79)
	for cat, floor := range map[string]float64{"korean": 0.94, "ethiopic": 0.94, "bengali": 0.88, "nepali": 0.8, "urdu": 0.83, "arabic": 0.73} {
		c := s.cats[cat]
		if assert.NotNil(t, c, cat) {
			assert.GreaterOrEqual(t, float64(c.found)/float64(c.pos), floor, cat)
		}
	}
}
