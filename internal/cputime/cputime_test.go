package cputime

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Work done on the CPU shows in Process, which never goes back.
func TestProcess(t *testing.T) {
	before := Process()
	x := 0
	for i := range 50_000_000 {
		x += i % 7
	}
	after := Process()
	if before == 0 && after == 0 {
		t.Skip("no CPU time on this system")
	}
	assert.Greater(t, after, before, "%d", x)
}
