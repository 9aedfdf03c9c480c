package entity

import (
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// weakTable holds real weak a.k.a.s: a sanctions list marks them weak because they name the
// entity only as written.
func weakTable(t *testing.T, weak bool) *Resolver {
	t.Helper()
	b := alias.NewBuilder()
	badri := alias.Entity{ID: "ofac:17009", Kind: alias.Person, Name: "Ibrahim Awwad Ibrahim Ali Al-Badri"}
	putin := alias.Entity{ID: "Q7747", Kind: alias.Person, Name: "Vladimir Putin"}
	if weak {
		badri.WeakAliases = []string{"ABU DU'A", "Dr. Ibrahim"}
		putin.WeakAliases = []string{"Vova"}
	} else {
		badri.Aliases = []string{"ABU DU'A", "Dr. Ibrahim"}
		putin.Aliases = []string{"Vova"}
	}
	require.NoError(t, b.Add(badri))
	require.NoError(t, b.Add(putin))
	tbl, err := b.Build()
	require.NoError(t, err)
	return NewResolver(tbl)
}

func TestWeakAliases(t *testing.T) {
	tests := []struct {
		name   string
		query  string
		strong string // the id the query finds when the alias is strong ("" for none)
		weak   string // the id it finds when the alias is weak
	}{
		{name: "a weak alias matches as written", query: "ABU DU'A", strong: "ofac:17009", weak: "ofac:17009"},
		{name: "a weak alias matches up to case", query: "VOVA", strong: "Q7747", weak: "Q7747"},
		{name: "a weak nickname matches as written", query: "Vova", strong: "Q7747", weak: "Q7747"},
		{name: "a weak alias is not met by spelling rules", query: "Abou Doua", strong: "ofac:17009", weak: ""},
		{name: "a weak alias is not met word by word", query: "Ibrahim", strong: "ofac:17009", weak: ""},
	}
	strong, weak := weakTable(t, false), weakTable(t, true)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := strong.Resolve(tt.query)
			assert.Equal(t, tt.strong, m.Entity.ID, "strong alias")
			assert.Equal(t, tt.strong != "", ok)
			m, ok = weak.Resolve(tt.query)
			assert.Equal(t, tt.weak, m.Entity.ID, "weak alias")
			assert.Equal(t, tt.weak != "", ok)
			if ok {
				assert.Contains(t, m.Entity.WeakAliases, m.Explain.Alias, "the explanation names the weak alias")
			}
		})
	}
}
