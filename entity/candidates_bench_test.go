package entity

import "testing"

// BenchmarkCandidatesScale measures Candidates (three candidates, as examples/lookup lists
// them) on synthetic tables of 1e4, 1e5 and 1e6 names (1e6 skipped under -short), every query class in turn, beside Resolve
// on the same queries: the work per query must not grow with the table, near misses
// included.
//
//	go test ./entity -run '^$' -bench 'CandidatesScale' -benchtime 2000x
func BenchmarkCandidatesScale(b *testing.B) {
	for _, n := range []int{1e4, 1e5, 1e6} {
		b.Run(sizeName(n), func(b *testing.B) {
			if n >= 1e6 && testing.Short() {
				b.Skip("1e6 names skipped under -short")
			}
			f := synthFixture(b, n)
			qs := f.queries
			b.Run("candidates", func(b *testing.B) {
				f.res.Candidates(qs[0].Text, 3) // anything built once is built before timing
				b.ReportAllocs()
				i := 0
				for b.Loop() {
					f.res.Candidates(qs[i%len(qs)].Text, 3)
					i++
				}
			})
			b.Run("resolve", func(b *testing.B) {
				b.ReportAllocs()
				i := 0
				for b.Loop() {
					f.res.Resolve(qs[i%len(qs)].Text)
					i++
				}
			})
		})
	}
}
