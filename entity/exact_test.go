package entity

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity/internal/synth"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fastAgrees resolves every name, alias and weak alias of r's table, and the extra mentions,
// by the fast path and, wherever it answers, by the slow path too: the two Matches must be
// equal field for field. It returns how many mentions the fast path answered and how many it
// was asked.
func fastAgrees(t *testing.T, r *Resolver, extra ...string) (fast, all int) {
	t.Helper()
	mentions := extra
	for e := range r.Table().All() {
		mentions = append(append(append(mentions, e.Name), e.Aliases...), e.WeakAliases...)
	}
	bad := 0
	for _, s := range mentions {
		all++
		m, ok := r.resolveFast(s, &r.cfg)
		if !ok {
			continue
		}
		fast++
		want, wantOK := r.resolveSlow(s, &r.cfg, nil)
		if !assert.True(t, wantOK, "%q: the fast path answers %s, the slow path none (ambiguous %v)", s, m.Entity.ID, want.Ambiguous) ||
			!assert.Equal(t, want, m, "%q", s) {
			if bad++; bad == 10 {
				t.FailNow()
			}
		}
	}
	return fast, all
}

// The fast path answers a name as written only where the slow path gives that name's entity
// at score 1 and would give the same Match, on real tables.
func TestExactFastPath(t *testing.T) {
	t.Run("default table", func(t *testing.T) {
		fast, all := fastAgrees(t, Default(), "  Volodymyr Zelenskyy ", "Volodymyr Zelenskyy's", "ZELENSKYY, Volodymyr", "President Volodymyr Zelenskyy")
		t.Logf("fast path: %d of %d names", fast, all)
		assert.Greater(t, 4*fast, all, "the fast path answers a good part of the default table (not its aliases in other scripts, acronyms or shared names)")
	})
	t.Run("synthetic table", func(t *testing.T) {
		n := 20000
		if raceEnabled {
			n = 5000
		}
		tbl, err := synth.Generate(n, scaleSeed).Table()
		require.NoError(t, err)
		r := NewResolver(tbl)
		fast, all := fastAgrees(t, r)
		t.Logf("fast path: %d of %d names", fast, all)
		assert.Greater(t, 2*fast, all, "the fast path answers most names of a synthetic table")

		var snap bytes.Buffer
		require.NoError(t, r.WriteSnapshot(&snap))
		loaded, err := LoadSnapshot(&snap)
		require.NoError(t, err)
		fastLoaded, _ := fastAgrees(t, loaded)
		assert.Equal(t, fast, fastLoaded, "a snapshot keeps the fast path")
	})
}

// On random tables of shared given names and surnames (many names borne by several
// entities), the fast path answers only where the slow path gives the same Match, and never a
// name that two entities bear.
func TestExactFastPathRandomTables(t *testing.T) {
	for seed := range uint64(6) {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			r := NewResolver(randTable(seed, 1500))
			fast, all := fastAgrees(t, r)
			bearers := map[string]map[string]bool{}
			for e := range r.Table().All() {
				for _, n := range append([]string{e.Name}, e.Aliases...) {
					if bearers[n] == nil {
						bearers[n] = map[string]bool{}
					}
					bearers[n][e.ID] = true
				}
			}
			shared := 0
			for n, ids := range bearers {
				if len(ids) > 1 {
					shared++
					_, ok := r.resolveFast(n, &r.cfg)
					assert.False(t, ok, "%q is borne by %d entities", n, len(ids))
				}
			}
			t.Logf("fast path: %d of %d names; %d names shared", fast, all, shared)
			assert.Positive(t, shared, "the table has shared names")
			assert.Positive(t, fast, "the fast path answers some names")
		})
	}
}

// Each row is a table in which the fast path must leave the named mention to the slow path
// (which finds it ambiguous, or reads it otherwise than as written), or may answer it; either
// way both paths must agree on every name.
func TestExactFastPathRivals(t *testing.T) {
	tests := []struct {
		name  string
		table []string // one entity per name; "|" separates aliases
		query string
		fast  bool // the fast path answers query
	}{
		{"a name alone in its table is answered fast", []string{"Lucia Giuseppina Rossi", "Mario Rossi"}, "Lucia Giuseppina Rossi", true},
		{"a name that another entity also bears is not", []string{"Kim Minjun", "Kim Minjun"}, "Kim Minjun", false},
		{"an alias that another entity bears is not", []string{"Lim Juhun", "Lim Ju-hun Park|Lim Juhun"}, "Lim Juhun", false},
		{"the same words in another order are no rival", []string{"Sofia Rosa Rossi", "Rosa Sofia Rossi"}, "Sofia Rosa Rossi", true},
		{"the same words rotated are no rival", []string{"Khalil Saleh", "Saleh Khalil"}, "Khalil Saleh", true},
		{"the same words in order with a particle added are a rival", []string{"Johanna Sanne Veen", "Johanna Sanne van der Veen"}, "Johanna Sanne Veen", false},
		{"a name with a patronymic added is a rival", []string{"Svetlana Levina", "Svetlana Igorevna Levina"}, "Svetlana Levina", false},
		{"a name with a particle added is a rival", []string{"Johanna Dijk", "Johanna van Dijk"}, "Johanna Dijk", false},
		{"a name with a middle initial added is a rival", []string{"Joseph Biden", "Joseph R. Biden"}, "Joseph Biden", false},
		{"a name with a middle initial is left to the slow path", []string{"Joseph R. Biden", "Joseph Biden"}, "Joseph R. Biden", false},
		{"a folded spelling of the name is a rival", []string{"José Peña", "Jose Pena"}, "José Peña", false},
		{"a name one letter away is no rival", []string{"Lim Juhun", "Lim Jujun"}, "Lim Juhun", true},
		{"a leading family particle is a rival of the name reversed", []string{"Du Li", "Li Du"}, "Du Li", false},
		{"a title word leaves the name to the slow path", []string{"President Hotel Kyiv"}, "President Hotel Kyiv", false},
		{"a lower-case description leaves the name to the slow path", []string{"artist Ai Weiwei"}, "artist Ai Weiwei", false},
		{"a lower-case particle is no description", []string{"Johanna van Dijk", "Pieter de Vries"}, "Johanna van Dijk", true},
		{"an acronym is left to the slow path", []string{"NATO", "North Atlantic Treaty Organization|NATO"}, "NATO", false},
		{"an apostrophe is left to the slow path", []string{"Conor O'Brien"}, "Conor O'Brien", false},
		{"another script is left to the slow path", []string{"Володимир Зеленський"}, "Володимир Зеленський", false},
		{"letters with diacritics are plain", []string{"Nguyễn Phú Trọng", "Andrzej Zieliński"}, "Nguyễn Phú Trọng", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := alias.NewBuilder()
			for i, row := range tt.table {
				names := bytes.Split([]byte(row), []byte("|"))
				e := alias.Entity{ID: fmt.Sprintf("t%d", i), Kind: alias.Person, Name: string(names[0])}
				for _, a := range names[1:] {
					e.Aliases = append(e.Aliases, string(a))
				}
				require.NoError(t, b.Add(e))
			}
			tbl, err := b.Build()
			require.NoError(t, err)
			r := NewResolver(tbl)
			fastAgrees(t, r, tt.query)
			_, ok := r.resolveFast(tt.query, &r.cfg)
			assert.Equal(t, tt.fast, ok, "fast path taken for %q", tt.query)
		})
	}
}
