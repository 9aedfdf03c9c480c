package synth

import (
	"os"
	"testing"

	"github.com/namecanon/namecanon/internal/skipnote"
)

// TestMain says, after the tests, which of them skipped for lack of data (see skipnote).
func TestMain(m *testing.M) { os.Exit(skipnote.Main(m, "synth")) }
