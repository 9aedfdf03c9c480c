package entity_test

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A long-running service swaps tables without stopping: it builds (or loads) the new Resolver
// beside the old one and stores it in an atomic.Pointer. Each request loads the pointer once
// and uses that Resolver to the end, so a request in flight finishes on the old table, and
// the old Resolver is freed once no request holds it.
func Example_swap() {
	load := func(tsv string) *alias.Table {
		tbl, err := alias.Load(strings.NewReader("id\tkind\tname\taliases\n"+tsv), alias.TSV)
		if err != nil {
			panic(err)
		}
		return tbl
	}
	var current atomic.Pointer[entity.Resolver]
	current.Store(entity.NewResolver(load("Q1\tperson\tOleksandr Usyk\t\n")))

	lookup := func(name string) string { // one request
		res := current.Load() // once per request
		if m, ok := res.Resolve(name); ok {
			return m.Entity.ID
		}
		return "none"
	}
	fmt.Println(lookup("Usyk"), lookup("Lomachenko"))

	// A new edition of the table: build beside the old one (or entity.LoadSnapshotFile),
	// then swap.
	current.Store(entity.NewResolver(load("Q1\tperson\tOleksandr Usyk\t\nQ2\tperson\tVasyl Lomachenko\t\n")))
	fmt.Println(lookup("Usyk"), lookup("Lomachenko"))
	// Output:
	// Q1 none
	// Q1 Q2
}

// Readers that resolve while another goroutine swaps Resolvers (built, or loaded from a
// snapshot) always get the answer of the Resolver they loaded, and a reader that keeps the
// old one after the swap keeps getting the old answers. Run with -race.
func TestSwapResolverWhileResolving(t *testing.T) {
	mk := func(tsv string) *entity.Resolver {
		tbl, err := alias.Load(strings.NewReader("id\tkind\tname\taliases\n"+tsv), alias.TSV)
		require.NoError(t, err)
		return entity.NewResolver(tbl)
	}
	// Edition A knows one Kovalenko; edition B two (so the surname alone is ambiguous) and a
	// place.
	a := mk("p1\tperson\tOlena Kovalenko\t\n")
	b := mk("p1\tperson\tOlena Kovalenko\t\np2\tperson\tIhor Kovalenko\t\nk1\tplace\tKharkiv\t\n")
	var snap bytes.Buffer
	require.NoError(t, b.WriteSnapshot(&snap))
	bLoaded, err := entity.LoadSnapshot(&snap)
	require.NoError(t, err)

	queries := []string{"Kovalenko", "Ihor Kovalenko", "Kharkov", "Olena Kowalenko"}
	answer := func(r *entity.Resolver, q string) string {
		m, ok := r.Resolve(q)
		if !ok {
			return "-"
		}
		return m.Entity.ID
	}
	want := map[*entity.Resolver][]string{}
	for _, r := range []*entity.Resolver{a, b, bLoaded} {
		for _, q := range queries {
			want[r] = append(want[r], answer(r, q))
		}
	}
	require.Equal(t, []string{"p1", "-", "-", "p1"}, want[a])
	require.Equal(t, []string{"-", "p2", "k1", "p1"}, want[b])
	require.Equal(t, want[b], want[bLoaded])

	var current atomic.Pointer[entity.Resolver]
	current.Store(a)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var mismatches, seenA, seenB atomic.Int64
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				r := current.Load() // one request: one Resolver to the end
				if r == a {
					seenA.Add(1)
				} else {
					seenB.Add(1)
				}
				for j, q := range queries {
					if answer(r, q) != want[r][j] {
						mismatches.Add(1)
					}
				}
			}
		}()
	}
	// A reader in flight holds the old Resolver across swaps and still gets its answers.
	held := current.Load()
	for i := range 200 {
		next := []*entity.Resolver{b, bLoaded, a}[i%3]
		current.Store(next)
		if i%50 == 0 {
			assert.Equal(t, want[a], []string{answer(held, queries[0]), answer(held, queries[1]), answer(held, queries[2]), answer(held, queries[3])})
		}
	}
	// Keep swapping until the readers have met both editions.
	for i := 0; seenA.Load() == 0 || seenB.Load() == 0; i++ {
		current.Store([]*entity.Resolver{a, b}[i%2])
		runtime.Gosched()
	}
	close(stop)
	wg.Wait()
	assert.Zero(t, mismatches.Load())
}
