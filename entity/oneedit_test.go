package entity

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOneEdit: the bound of listedTwoEdits, one edit or one swap of neighbouring letters (and,
// without swaps, that of weakConsonants and the look-alike syllable rule).
func TestOneEdit(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"the same word", "scholz", "scholz", true},
		{"one letter inserted: Scholtz", "scholtz", "scholz", true},
		{"one letter added at the end: Lavrovv", "lavrov", "lavrovv", true},
		{"one letter substituted: Zelenski", "zelenski", "zelensky", true},
		{"one letter inserted inside: Johnson and Johnston", "johnson", "johnston", true},
		{"one swap of neighbours: Merkle", "merkle", "merkel", true},
		{"two edits: Washington and Watington", "washington", "watington", false},
		{"two edits: Peterson and Pedersen", "peterson", "pedersen", false},
		{"two letters more: Harrison and Harris", "harrison", "harris", false},
		{"empty and one letter", "", "a", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, oneEdit(tt.a, tt.b, true))
			assert.Equal(t, tt.want, oneEdit(tt.b, tt.a, true))
			swap := strings.Contains(tt.name, "swap")
			assert.Equal(t, tt.want && !swap, oneEdit(tt.a, tt.b, false), "without swaps")
		})
	}
}
