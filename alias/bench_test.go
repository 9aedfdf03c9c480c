package alias

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/namecanon/namecanon/internal/cputime"
	"github.com/namecanon/namecanon/internal/lineread"
)

// benchSize is the size of the generated file each loader benchmark reads.
const benchSize = 100 << 20

// Syllables for generated names, so that names differ as real ones do.
var benchSyl = []string{"ka", "lo", "mi", "ser", "gei", "vla", "dy", "mir", "an", "dri", "ko", "va", "le", "na", "os", "tap", "ru", "zel", "en", "sky"}

func benchName(i, salt int) string {
	var b strings.Builder
	for w := range 3 {
		n := i + salt*7919 + w*104729
		for s := range 3 {
			b.WriteString(benchSyl[(n/(s*len(benchSyl)+1)+s+w)%len(benchSyl)])
		}
		if w < 2 {
			b.WriteByte(' ')
		}
	}
	return strings.ToUpper(b.String()[:1]) + b.String()[1:]
}

// genFile writes records from gen into dir/name until the file holds at least benchSize bytes,
// and returns its path and size.
func genFile(b *testing.B, dir, name, head, tail string, gen func(w *bufio.Writer, i int)) (string, int64) {
	b.Helper()
	path := filepath.Join(dir, name)
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	w.WriteString(head)
	var size int64
	for i := 0; size < benchSize; i++ {
		gen(w, i)
		if i%1024 == 0 {
			w.Flush()
			st, _ := f.Stat()
			size = st.Size()
		}
	}
	w.WriteString(tail)
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	f.Close()
	st, _ := os.Stat(path)
	return path, st.Size()
}

// benchFiles generates one file per format; sdn.csv gets an alt.csv beside it.
func benchFiles(b *testing.B, dir string) map[string]string {
	files := map[string]string{}
	files["tsv"], _ = genFile(b, dir, "people.tsv", "id\tkind\tname\taliases\tcountry\n", "", func(w *bufio.Writer, i int) {
		fmt.Fprintf(w, "p%d\tperson\t%s\t%s|%s\tUA\n", i, benchName(i, 0), benchName(i, 1), benchName(i, 2))
	})
	files["ftm"], _ = genFile(b, dir, "entities.ftm.json", "", "", func(w *bufio.Writer, i int) {
		if i%10 == 9 {
			fmt.Fprintf(w, `{"id":"addr-%d","schema":"Address","properties":{"full":["%d Khreshchatyk, Kyiv"],"country":["ua"]},"datasets":["gen"]}`+"\n", i, i)
			return
		}
		fmt.Fprintf(w, `{"id":"NK-%d","caption":"%s","schema":"Person","properties":{"name":["%s"],"alias":["%s","%s"],"weakAlias":["%s"],"birthDate":["1970-01-01"],"nationality":["ua"],"topics":["sanction"]},"datasets":["gen_a","gen_b"],"first_seen":"2022-02-25T00:00:00","target":true}`+"\n",
			i, benchName(i, 0), benchName(i, 0), benchName(i, 1), benchName(i, 2), benchName(i, 3))
	})
	var entries int
	files["sdn-csv"], _ = genFile(b, dir, "sdn.csv", "", "\x1a", func(w *bufio.Writer, i int) {
		entries = i + 1
		if i%2 == 0 {
			fmt.Fprintf(w, "%d,\"%s, %s\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 1970; nationality Ukraine; a.k.a. '%s'.\"\r\n",
				i+1, strings.ToUpper(benchName(i, 0)), benchName(i, 1), strings.ToUpper(benchName(i, 2)))
			return
		}
		fmt.Fprintf(w, "%d,\"%s\",-0- ,\"UKRAINE-EO13662\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n", i+1, strings.ToUpper(benchName(i, 0)))
	})
	alt, err := os.Create(filepath.Join(dir, "alt.csv"))
	if err != nil {
		b.Fatal(err)
	}
	aw := bufio.NewWriter(alt)
	for i := range entries {
		fmt.Fprintf(aw, "%d,%d,\"aka\",\"%s\",-0- \r\n", i+1, i+1, strings.ToUpper(benchName(i, 4)))
	}
	aw.Flush()
	alt.Close()
	files["sdn-xml"], _ = genFile(b, dir, "sdn.xml", "<?xml version=\"1.0\" standalone=\"yes\"?>\n<sdnList xmlns=\"https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML\">\n", "</sdnList>\n", func(w *bufio.Writer, i int) {
		fmt.Fprintf(w, "  <sdnEntry>\n    <uid>%d</uid>\n    <firstName>%s</firstName>\n    <lastName>%s</lastName>\n    <sdnType>Individual</sdnType>\n    <programList>\n      <program>SDGT</program>\n    </programList>\n    <akaList>\n      <aka>\n        <uid>%d</uid>\n        <type>a.k.a.</type>\n        <category>strong</category>\n        <lastName>%s</lastName>\n      </aka>\n      <aka>\n        <uid>%d</uid>\n        <type>a.k.a.</type>\n        <category>weak</category>\n        <lastName>%s</lastName>\n      </aka>\n    </akaList>\n  </sdnEntry>\n",
			i+1, benchName(i, 1), strings.ToUpper(benchName(i, 0)), 2*i+1, strings.ToUpper(benchName(i, 2)), 2*i+2, strings.ToUpper(benchName(i, 3)))
	})
	langs := []string{"en", "de", "fr", "uk", "ru", "pl", "es", "it"}
	files["wikidata"], _ = genFile(b, dir, "latest-all.json", "[\n", "\n]\n", func(w *bufio.Writer, i int) {
		if i > 0 {
			w.WriteString(",\n")
		}
		fmt.Fprintf(w, `{"type":"item","id":"Q%d","labels":{`, i+1)
		for j, l := range langs {
			if j > 0 {
				w.WriteByte(',')
			}
			fmt.Fprintf(w, `"%s":{"language":"%s","value":"%s"}`, l, l, benchName(i, j%3))
		}
		fmt.Fprintf(w, `},"descriptions":{"en":{"language":"en","value":"generated person %d"}},"aliases":{"en":[{"language":"en","value":"%s"}]},"claims":{`, i, benchName(i, 5))
		fmt.Fprintf(w, `"P31":[{"mainsnak":{"snaktype":"value","property":"P31","hash":"%040d","datavalue":{"value":{"entity-type":"item","numeric-id":5,"id":"Q5"},"type":"wikibase-entityid"},"datatype":"wikibase-item"},"type":"statement","id":"Q%d$1","rank":"normal"}]`, i, i+1)
		for p := range 6 { // other statements, which the loader skips
			fmt.Fprintf(w, `,"P%d":[{"mainsnak":{"snaktype":"value","property":"P%d","datavalue":{"value":{"time":"+1970-01-01T00:00:00Z","timezone":0,"precision":11},"type":"time"},"datatype":"time"},"type":"statement","rank":"normal","references":[{"hash":"%040d","snaks":{"P143":[{"snaktype":"value","property":"P143","datavalue":{"value":{"entity-type":"item","numeric-id":328,"id":"Q328"},"type":"wikibase-entityid"}}]}}]}]`, 569+p, 569+p, i)
		}
		fmt.Fprintf(w, `},"sitelinks":{"enwiki":{"site":"enwiki","title":"%s","badges":[]}},"lastrevid":%d}`, benchName(i, 0), i)
	})
	return files
}

// BenchmarkLoad reports each loader's throughput (MB/s, and MB per second of CPU time) on a
// generated file of at least 100 MB, and, from one extra load, the table's heap ("table-MB") and the most heap the load
// used beyond it ("extra-MB", sampled every millisecond with the garbage collector at
// GOGC=10 so that the peak is close to the live peak). read-lines/* is the baseline: the
// same bytes cut into lines and nothing else.
func BenchmarkLoad(b *testing.B) {
	dir := b.TempDir()
	files := benchFiles(b, dir)
	for _, name := range []string{"tsv", "ftm", "sdn-csv", "sdn-xml", "wikidata"} {
		path := files[name]
		st, err := os.Stat(path)
		if err != nil {
			b.Fatal(err)
		}
		size := st.Size()
		if name == "sdn-csv" {
			ast, _ := os.Stat(filepath.Join(dir, "alt.csv"))
			size += ast.Size()
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(size)
			var n, loads int
			cpu0 := cputime.Process()
			for b.Loop() {
				tbl, err := LoadFile(path)
				if err != nil {
					b.Fatal(err)
				}
				n = tbl.Len()
				loads++
			}
			b.StopTimer()
			if cpu := cputime.Process() - cpu0; cpu > 0 {
				// Throughput per second of CPU (all threads: the loader's and the garbage
				// collector's), which a loaded machine changes less than wall time.
				b.ReportMetric(float64(size)*float64(loads)/1e6/cpu.Seconds(), "MB/cpu-s")
			}
			table, extra := loadMemory(b, path)
			b.ReportMetric(float64(n), "entities")
			b.ReportMetric(table/1e6, "table-MB")
			b.ReportMetric(extra/1e6, "extra-MB")
		})
		b.Run("read-lines/"+name, func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				f, err := os.Open(path)
				if err != nil {
					b.Fatal(err)
				}
				lr := lineread.New(f, MaxRecordLen)
				for {
					if _, err := lr.Next(); err != nil {
						if err != io.EOF {
							b.Fatal(err)
						}
						break
					}
				}
				f.Close()
			}
		})
	}
}

// loadMemory loads path once and returns the heap the table keeps and the most heap in use
// beyond that while loading.
func loadMemory(b *testing.B, path string) (table, extra float64) {
	old := debug.SetGCPercent(10)
	defer debug.SetGCPercent(old)
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	heap := func() uint64 { metrics.Read(sample); return sample[0].Value.Uint64() }
	runtime.GC()
	base := heap()
	var peak atomic.Uint64
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			if h := heap(); h > peak.Load() {
				peak.Store(h)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	tbl, err := LoadFile(path)
	close(done)
	<-stopped
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	kept := heap() - min(base, heap())
	runtime.KeepAlive(tbl)
	p := peak.Load()
	return float64(kept), float64(p) - float64(base) - float64(kept)
}

// BenchmarkBuilderAdd adds one entity with n aliases, every one written twice: linear now,
// against the quadratic de-duplication it replaced (slices.Contains per alias), in the same
// run.
func BenchmarkBuilderAdd(b *testing.B) {
	for _, n := range []int{100, 1_000, 9_999} {
		aliases := make([]string, n)
		for i := range aliases {
			aliases[i] = benchName(i/2, 0) + fmt.Sprint(i/2)
		}
		b.Run(fmt.Sprintf("map/%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := NewBuilder().Add(Entity{ID: "Q1", Kind: Person, Name: "Name", Aliases: aliases}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("quadratic-baseline/%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				out := make([]string, 0, len(aliases))
				for _, a := range aliases {
					a, err := cleanText(a)
					if err != nil {
						b.Fatal(err)
					}
					if a != "Name" && !slices.Contains(out, a) {
						out = append(out, a)
					}
				}
			}
		})
	}
}
