package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWritesTableAndQueries(t *testing.T) {
	dir := t.TempDir()
	table, queries := filepath.Join(dir, "t.tsv"), filepath.Join(dir, "q.tsv")
	require.NoError(t, run([]string{"-n", "300", "-seed", "5", "-o", table, "-queries", queries, "-per", "3"}, nil))
	tbl, err := alias.LoadFile(table)
	require.NoError(t, err)
	assert.Equal(t, 300, tbl.Len())
	b, err := os.ReadFile(queries)
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	assert.Equal(t, "query\texpected_id\tcategory\tsource", lines[1])
	assert.Greater(t, len(lines), 2+3*5)
	for _, l := range lines[2:] {
		f := strings.Split(l, "\t")
		require.Len(t, f, 4, l)
		if f[1] != "" {
			_, ok := tbl.Lookup(f[1])
			assert.True(t, ok, f[1])
		}
	}
	var out bytes.Buffer
	require.NoError(t, run([]string{"-n", "10"}, &out))
	assert.Contains(t, out.String(), "id\tkind\tname\taliases\n")
	assert.EqualError(t, run([]string{"-n", "0"}, &out), "-n: want at least 1")
}
