package entity

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The word list says what Find needs of a word: an English word in lower case, a name only,
// or nothing.
func TestWordlistClasses(t *testing.T) {
	wl := loadWordlist()
	tests := []struct {
		name, word string
		want       wordClass
	}{
		{"an English word that is a surname too (wamerican lower case)", "hill", commonWord},
		{"a two-letter English word", "on", commonWord},
		{"a given name only (wamerican capitalized)", "kelly", nameOnly},
		{"a given name from humannames", "giorgia", nameOnly},
		{"a surname from humannames", "beckham", nameOnly},
		{"a name of neither list", "sybiha", unlisted},
		{"not folded: the list is folded", "Hill", unlisted},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, wl.class(tt.word), "%q", tt.word)
		})
	}
}

// TestWordlistGenerated regenerates data/wordlist/wordlist.tsv from its sources, when they are
// there (apt-get install wamerican; sh testdata/fetch_wordlists.sh), and compares it with the
// committed file.
func TestWordlistGenerated(t *testing.T) {
	const dict = "/usr/share/dict/american-english"
	const names = "testdata/wordlists/humannames.txt"
	for _, src := range []string{dict, names} {
		if _, err := os.Stat(src); err != nil {
			msg := "word list sources absent (" + src + "): apt-get install wamerican; sh entity/testdata/fetch_wordlists.sh"
			fmt.Fprintln(os.Stderr, "skip:", msg)
			t.Skip(msg)
		}
	}
	if testing.Short() {
		t.Skip("skipped in -short mode: runs the generator with go run")
	}
	out := filepath.Join(t.TempDir(), "wordlist.tsv")
	cmd := exec.Command("go", "run", "gen_wordlist.go", "-dict", dict, "-names", names, "-o", out)
	cmd.Stderr = os.Stderr
	require.NoError(t, cmd.Run(), "go run gen_wordlist.go")
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	want, err := os.ReadFile("data/wordlist/wordlist.tsv")
	require.NoError(t, err)
	if !bytes.Equal(want, got) {
		t.Errorf("data/wordlist/wordlist.tsv is stale; run go generate in entity and review the diff")
	}
}
