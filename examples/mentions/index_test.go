package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/namecanon/namecanon/internal/cliindex"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// -save-index writes a snapshot that -index loads: the mentions found are the same, and
// stdout holds only them.
func TestIndexFlags(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ministers.idx")
	var built, builtErr bytes.Buffer
	require.NoError(t, run([]string{"-json", "-table", "testdata/ministers.tsv", "-save-index", path, "testdata/talks.txt"}, strings.NewReader(""), &built, &builtErr))
	var loaded, loadedErr bytes.Buffer
	require.NoError(t, run([]string{"-json", "-index", path, "testdata/talks.txt"}, strings.NewReader(""), &loaded, &loadedErr))
	require.NotEmpty(t, built.String())
	assert.Equal(t, built.String(), loaded.String())
	assert.Empty(t, builtErr.String())
	assert.Empty(t, loadedErr.String())

	_, err := mentionsRun(t, "", "-index", path, "-table", "testdata/ministers.tsv", "testdata/talks.txt")
	assert.ErrorIs(t, err, cliindex.ErrIndexAndTable)
}
