package alias

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoadFiles(t *testing.T) {
	t.Run("one file is that file's table", func(t *testing.T) {
		tbl, err := LoadFiles([]string{"testdata/good.tsv"})
		require.NoError(t, err)
		want, err := LoadFile("testdata/good.tsv")
		require.NoError(t, err)
		assert.Equal(t, want.Len(), tbl.Len())
	})
	t.Run("no file is an empty table", func(t *testing.T) {
		tbl, err := LoadFiles(nil)
		require.NoError(t, err)
		assert.Equal(t, 0, tbl.Len())
	})
	t.Run("a bad file fails the whole load with its position", func(t *testing.T) {
		tbl, err := LoadFiles([]string{"testdata/good.tsv", "testdata/bad_header.tsv"})
		assert.Nil(t, tbl)
		var pe *ParseError
		require.ErrorAs(t, err, &pe)
		assert.Equal(t, "testdata/bad_header.tsv", pe.File)
	})
	t.Run("the same id in two files is a duplicate", func(t *testing.T) {
		tbl, err := LoadFiles([]string{"testdata/good.tsv", "testdata/good_bom_crlf.tsv"})
		assert.Nil(t, tbl)
		assert.True(t, errors.Is(err, ErrDuplicateID), "got %v", err)
	})
}
