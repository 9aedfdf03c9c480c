// Package skipnote makes a test that skips because a data set is absent say so outside -v.
//
// A test calls [Skip] instead of t.Skip when data it needs is missing (a public evaluation
// set, a Debian package's Unicode files, a fetched word list); the package's TestMain calls
// [Main], which runs the tests and then writes one line per such skip to standard error:
//
//	entity: SKIPPED for lack of data: TestPublicEvalSet: shared/eval is not beside this checkout
//
// go test run in a package directory (and go test -v anywhere) shows those lines; with a list
// of packages (go test ./...) the go command shows a passing package's output only under -v.
package skipnote

import (
	"fmt"
	"io"
	"os"
	"sync"
	"testing"
)

var (
	mu    sync.Mutex
	notes []string
)

// Skip records why t is skipped for lack of data and skips it, as t.Skipf does.
func Skip(t testing.TB, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	mu.Lock()
	notes = append(notes, t.Name()+": "+msg)
	mu.Unlock()
	t.Skip(msg)
}

// Main runs the tests of m, writes the skips that [Skip] recorded to standard error, each
// on a line that starts with pkg, and returns the exit code for os.Exit.
func Main(m *testing.M, pkg string) int {
	code := m.Run()
	report(os.Stderr, pkg)
	return code
}

// report writes the recorded skips to w.
func report(w io.Writer, pkg string) {
	mu.Lock()
	defer mu.Unlock()
	for _, n := range notes {
		fmt.Fprintf(w, "%s: SKIPPED for lack of data: %s\n", pkg, n)
	}
}
