package entity

import (
	"fmt"
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A mention that writes a name's words in another order than the name (or a rotation of it:
// the family name moved to the other end) meets it less well than a name of the same words
// in the mention's order: with both in the table, the name as written wins; alone, the
// reordered one still resolves. Rows are person tables; ids are t0, t1 …
func TestWordOrder(t *testing.T) {
	tests := []struct {
		name  string
		table []string
		query string
		want  string // "" for none
	}{
		{"the name as written beats its given names swapped", []string{"Sofia Rosa Rossi", "Rosa Sofia Rossi"}, "Sofia Rosa Rossi", "t0"},
		{"and the other way", []string{"Sofia Rosa Rossi", "Rosa Sofia Rossi"}, "Rosa Sofia Rossi", "t1"},
		{"a typo keeps the order that wins", []string{"Mario Domenico Rossi", "Domenico Mario Rossi"}, "Mario Domenco Rossi", "t0"},
		{"Cyrillic keeps the order that wins", []string{"Anna Liisa Kristiansen", "Liisa Anna Kristiansen"}, "Анна Лииса Кристиансен", "t0"},
		{"the family name moved to the front is a rotation", []string{"Lucia Giuseppina Rossi", "Giuseppina Lucia Rossi"}, "Rossi Lucia Giuseppina", "t0"},
		{"the family name moved to the back is a rotation", []string{"Ngô Thu Ngọc", "Ngô Ngọc Thu"}, "Thu Ngọc Ngô", "t0"},
		{"SURNAME, Given keeps the given names' order", []string{"Lucia Giuseppina Rossi", "Giuseppina Lucia Rossi"}, "ROSSI, Giuseppina Lucia", "t1"},
		{"a family name with particles moved to the front", []string{"Johanna Sanne van der Veen", "Sanne Johanna van der Veen"}, "van der Veen Johanna Sanne", "t0"},
		{"a reordered name alone still resolves", []string{"Rosa Sofia Rossi"}, "Sofia Rosa Rossi", "t0"},
		{"a two-word name reversed is a rotation", []string{"Khalil Saleh", "Saleh Khalil"}, "Khalil Saleh", "t0"},
		{"the same words in the same order stay ambiguous", []string{"Kim Jong Un", "Kim Jong Un"}, "Jong Un Kim", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := alias.NewBuilder()
			for i, name := range tt.table {
				require.NoError(t, b.Add(alias.Entity{ID: fmt.Sprintf("t%d", i), Kind: alias.Person, Name: name}))
			}
			tbl, err := b.Build()
			require.NoError(t, err)
			m, ok := NewResolver(tbl).Resolve(tt.query)
			if tt.want == "" {
				assert.False(t, ok, "%q resolved to %s", tt.query, m.Entity.Name)
				return
			}
			if assert.True(t, ok, "%q: not resolved (ambiguous %v, %v)", tt.query, m.Ambiguous, m.Alternatives) {
				assert.Equal(t, tt.want, m.Entity.ID, tt.query)
			}
		})
	}
}

// wordOrder tells the name's order, a rotation of it and another order apart.
func TestWordOrderOf(t *testing.T) {
	tests := []struct {
		name string
		qm   []int // mention word → name word + 1; 0 unmatched
		want int
	}{
		{"in order", []int{1, 2, 3}, orderKept},
		{"family name moved to the front", []int{3, 1, 2}, orderRotated},
		{"family name moved to the back", []int{2, 3, 1}, orderRotated},
		{"given names swapped", []int{2, 1, 3}, orderOther},
		{"all reversed", []int{3, 2, 1}, orderOther},
		{"an unmatched word is skipped", []int{1, 0, 2}, orderKept},
		{"a compound's second word is skipped", []int{1, 2, 2, 3}, orderKept},
		{"two words reversed is a rotation", []int{2, 1}, orderRotated},
		{"a rotation that skips a word is none", []int{2, 4, 1, 3}, orderOther},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, wordOrder(tt.qm))
		})
	}
}
