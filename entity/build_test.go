package entity

import (
	"bytes"
	"runtime"
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity/internal/synth"
	"github.com/stretchr/testify/require"
)

// TestBuildSameOnAnyCores checks that the parallel build is deterministic: whatever the
// number of workers (how the names are dealt out, which worker's cache numbers a word, how
// the radix partitions are split), the index, and so its snapshot, is byte for byte the
// same, and so is every answer read from it.
func TestBuildSameOnAnyCores(t *testing.T) {
	synthTable, err := synth.Generate(20000, 3).Table()
	require.NoError(t, err)
	for _, tt := range []struct {
		name string
		tbl  *alias.Table
	}{
		{name: "default table", tbl: alias.Default()},
		{name: "synthetic table of 2e4 names", tbl: synthTable},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var snaps [][]byte
			for _, procs := range []int{1, 2, 3} {
				prev := runtime.GOMAXPROCS(procs)
				res := NewResolver(tt.tbl)
				runtime.GOMAXPROCS(prev)
				var buf bytes.Buffer
				require.NoError(t, res.WriteSnapshot(&buf))
				snaps = append(snaps, buf.Bytes())
			}
			for i := 1; i < len(snaps); i++ {
				require.True(t, bytes.Equal(snaps[0], snaps[i]), "the snapshot built on %d cores differs from the one built on 1", i+1)
			}
		})
	}
}
