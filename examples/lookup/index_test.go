package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/namecanon/namecanon/entity"
	"github.com/namecanon/namecanon/internal/cliindex"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// -save-index writes a snapshot that -index loads: the answers are the same, with or
// without -json, and stdout holds only the answers.
func TestIndexFlags(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ministers.idx")
	queries := "Kuleba\nAnnalena Berbok\nDmytro Kuleba\nnobody here\n"
	for _, args := range [][]string{{"-json"}, {}} {
		var built, builtErr bytes.Buffer
		require.NoError(t, run(append([]string{"-table", "testdata/ministers.csv", "-save-index", path}, args...), strings.NewReader(queries), &built, &builtErr))
		var loaded, loadedErr bytes.Buffer
		require.NoError(t, run(append([]string{"-index", path}, args...), strings.NewReader(queries), &loaded, &loadedErr))
		assert.Equal(t, built.String(), loaded.String())
		assert.Equal(t, 4, strings.Count(loaded.String(), "\n"), "one answer a line")
		assert.Empty(t, builtErr.String(), "no progress for a table indexed in well under a second")
		assert.Empty(t, loadedErr.String())
	}
	out, err := lookupRun(t, "", "-index", path, "-json", "Kuleba")
	require.NoError(t, err)
	assert.Contains(t, out, `"id":"`+kuleba+`"`)
}

// -index with a table, a file that is no snapshot, or a missing file: one error that says so.
func TestIndexFlagErrors(t *testing.T) {
	_, err := lookupRun(t, "", "-index", "x.idx", "-table", "testdata/ministers.csv", "Kuleba")
	assert.ErrorIs(t, err, cliindex.ErrIndexAndTable)
	_, err = lookupRun(t, "", "-index", "testdata/ministers.csv", "Kuleba")
	assert.ErrorIs(t, err, entity.ErrSnapshotMagic)
	assert.Contains(t, err.Error(), "testdata/ministers.csv")
	_, err = lookupRun(t, "", "-index", filepath.Join(t.TempDir(), "missing.idx"), "Kuleba")
	assert.ErrorContains(t, err, "missing.idx")
}
