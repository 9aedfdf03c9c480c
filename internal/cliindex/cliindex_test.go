package cliindex

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func table(t *testing.T) *alias.Table {
	b := alias.NewBuilder()
	for i, name := range []string{"Dmytro Kuleba", "Annalena Baerbock", "Gabrielius Landsbergis"} {
		require.NoError(t, b.Add(alias.Entity{ID: fmt.Sprintf("p%d", i), Kind: alias.Person, Name: name}))
	}
	tbl, err := b.Build()
	require.NoError(t, err)
	return tbl
}

// Work that takes longer than quiet reports its progress on stderr: the indexing counts,
// the snapshot written, the snapshot loaded.
func TestProgress(t *testing.T) {
	old := quiet
	quiet = 0
	defer func() { quiet = old }()
	path := filepath.Join(t.TempDir(), "t.idx")
	var stderr bytes.Buffer
	res, err := Resolver("lookup", Flags{SaveIndex: path}, true, func() (*alias.Table, error) { return table(t), nil }, &stderr)
	require.NoError(t, err)
	assert.Equal(t, 3, res.Table().Len())
	lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
	require.Len(t, lines, 3, stderr.String())
	assert.True(t, strings.HasPrefix(lines[0], "lookup: read 3 entities in "), lines[0])
	assert.True(t, strings.HasPrefix(lines[1], "lookup: indexed 3 of 3 names (100%) in "), lines[1])
	assert.True(t, strings.HasPrefix(lines[2], "lookup: wrote "+path+" in "), lines[2])

	stderr.Reset()
	res, err = Resolver("mentions", Flags{Index: path}, false, nil, &stderr)
	require.NoError(t, err)
	m, ok := res.Resolve("Kuleba")
	require.True(t, ok)
	assert.Equal(t, "p0", m.Entity.ID)
	assert.True(t, strings.HasPrefix(stderr.String(), "mentions: loaded "+path+" (3 entities) in "), stderr.String())
}

// Errors: -index with -table, a table that does not load, a snapshot that does not, a
// directory that cannot take the snapshot; no Resolver with any of them, and no temporary
// file left behind.
func TestErrors(t *testing.T) {
	var stderr bytes.Buffer
	load := func() (*alias.Table, error) { return table(t), nil }
	_, err := Resolver("lookup", Flags{Index: "x.idx"}, true, load, &stderr)
	assert.ErrorIs(t, err, ErrIndexAndTable)
	broken := errors.New("people.tsv:3: kind: unknown")
	_, err = Resolver("lookup", Flags{}, true, func() (*alias.Table, error) { return nil, broken }, &stderr)
	assert.ErrorIs(t, err, broken)
	dir := t.TempDir()
	notSnapshot := filepath.Join(dir, "people.tsv")
	require.NoError(t, os.WriteFile(notSnapshot, []byte("id\tkind\tname\taliases\n"), 0o644))
	res, err := Resolver("lookup", Flags{Index: notSnapshot}, false, load, &stderr)
	assert.Nil(t, res)
	assert.ErrorIs(t, err, entity.ErrSnapshotMagic)
	_, err = Resolver("lookup", Flags{SaveIndex: filepath.Join(dir, "missing", "t.idx")}, true, load, &stderr)
	assert.ErrorIs(t, err, os.ErrNotExist)
	left, _ := filepath.Glob(filepath.Join(dir, "*.tmp"))
	assert.Empty(t, left)
	assert.Empty(t, stderr.String())
}
