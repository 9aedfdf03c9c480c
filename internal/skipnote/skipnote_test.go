package skipnote

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSkipIsReported(t *testing.T) {
	t.Run("absent data", func(t *testing.T) {
		Skip(t, "%s is absent", "testdata/none.tsv")
		t.Error("Skip must stop the test")
	})
	var out bytes.Buffer
	report(&out, "pkg")
	assert.Equal(t, "pkg: SKIPPED for lack of data: TestSkipIsReported/absent_data: testdata/none.tsv is absent\n", out.String())
	mu.Lock()
	notes = nil
	mu.Unlock()
}
