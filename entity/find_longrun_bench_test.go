package entity

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkFindOneLongRun finds names in one run of capitalized words with no sentence end:
// the time per byte must stay flat as the run grows (Find is linear in its input however the
// text is shaped), which the sizes side by side show.
func BenchmarkFindOneLongRun(b *testing.B) {
	r := Default()
	for _, shape := range []struct{ name, unit string }{
		{"surnames", "Zelensky "},
		{"initials", "A. "},
	} {
		for _, size := range []int{10_000, 100_000, 1_000_000} {
			text := strings.Repeat(shape.unit, size/len(shape.unit))
			b.Run(fmt.Sprintf("%s/%d", shape.name, size), func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					r.Find(text)
				}
			})
		}
	}
}
