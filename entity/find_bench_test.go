package entity

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/namecanon/namecanon/alias"
)

// reset empties the memo (benchmarks of a Resolver that has seen nothing yet).
func (c *findMemo) reset() {
	c.answers.slots.Store(nil)
	c.known.slots.Store(nil)
	c.id.Store(memoIdents.Add(1)) // and the answers the words' facts keep
}

// newsText is the news corpus (testdata/news) without its marks: about 1,500 words of
// news-style English about some 65 stories, one paragraph a line.
func newsText(b testing.TB) string {
	var all strings.Builder
	mark := regexp.MustCompile(`\[\[([^|\]]+)\|[^\]]+\]\]`)
	for _, file := range []string{"testdata/news/dev.txt", "testdata/news/heldout.txt"} {
		data, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if line != "" && !strings.HasPrefix(line, "#") {
				all.WriteString(mark.ReplaceAllString(line, "$1"))
				all.WriteString("\n")
			}
		}
	}
	return all.String()
}

// BenchmarkFindThroughput measures Find in MB/s on the news corpus with the default table,
// next to two plain word scans of the same text (strings.Fields, and a rune loop that
// classifies each letter as Find's scanner does). Run it on one core:
//
//	go test ./entity -run '^$' -bench FindThroughput -cpu 1
//
// "find" is a Resolver that has met the text's words before (its memo is warm: a news
// pipeline's steady state, where names recur from article to article); "find-cold" empties
// the memo before each pass, so every word and span is looked up afresh; "find-1e5" is
// "find" with the synthetic table of 1e5 names. "find-fresh" and "find-fresh-1e5" read the
// corpus one paragraph per new Finder, with new people's names on every pass (freshNews):
// the steady state of a pipeline on stories it has not seen. Their MB/s is a reported
// metric; keep -benchtime at or below freshBatches passes (-benchtime 20x).
func BenchmarkFindThroughput(b *testing.B) {
	text := newsText(b)
	r := Default()
	r.Find(text)
	b.Run("find", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			r.Find(text)
		}
	})
	b.Run("find-cold", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			r.memo.reset()
			r.Find(text)
		}
	})
	b.Run("find-1e5", func(b *testing.B) {
		// The synthetic table of 1e5 names (package synth), warm as "find" is.
		big := synthFixture(b, 1e5).res
		big.Find(text)
		b.ReportAllocs()
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			big.Find(text)
		}
	})
	// Fresh: a new Finder per paragraph, on batches whose people the memo has not met (see
	// freshNews); the memo keeps what recurs (places, bodies, common words). Past
	// freshBatches passes the batches come round again and grow warm: keep -benchtime below.
	fresh := func(resolver func() *Resolver) func(b *testing.B) {
		return func(b *testing.B) {
			batches, r := freshNews(b, freshBatches), resolver()
			b.ReportAllocs()
			bytes, k := 0, 0
			for b.Loop() {
				for _, doc := range batches[k%len(batches)] {
					r.NewFinder().Find(doc)
					bytes += len(doc)
				}
				k++
			}
			b.ReportMetric(float64(bytes)/1e6/b.Elapsed().Seconds(), "MB/s")
		}
	}
	b.Run("find-fresh", fresh(func() *Resolver { return NewResolver(alias.Default()) }))
	b.Run("find-fresh-1e5", fresh(func() *Resolver { return synthFixture(b, 1e5).res }))
	b.Run("fields", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			_ = len(strings.Fields(text))
		}
	})
	b.Run("runes", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			upper := 0
			for _, c := range text {
				if unicode.IsUpper(c) {
					upper++
				}
			}
			_ = upper
		}
	})
}

// freshBatches is how many passes of fresh names freshNews makes.
const freshBatches = 64

// freshNews returns n batches of the news corpus (testdata/news, every paragraph once per
// batch) in which the people have other names in every batch: each person's gold mention is
// rewritten with two names of the word list's proper-noun class (data/wordlist: humannames
// and the proper nouns of wamerican), taken in turn, the family name alone where the corpus
// has it alone. Places and bodies stay: news repeats them. So a Resolver's memo meets the
// people of each batch for the first time, as a pipeline meets the people of new stories.
func freshNews(tb testing.TB, n int) [][]string {
	tb.Helper()
	news, err := alias.LoadFile("testdata/news/table.tsv")
	if err != nil {
		tb.Fatal(err)
	}
	person := map[string]bool{}
	for _, tbl := range []*alias.Table{alias.Default(), news} {
		for e := range tbl.All() {
			person[e.ID] = e.Kind == alias.Person
		}
	}
	wl := loadWordlist()
	var pool []string
	for k := range wl.rows {
		if w, c := wl.row(k); c == 'n' && len(w) >= 4 && isASCII(w) {
			pool = append(pool, strings.ToUpper(w[:1])+w[1:])
		}
	}
	var lines []string
	for _, file := range []string{"testdata/news/dev.txt", "testdata/news/heldout.txt", "testdata/news/heldout2.txt"} {
		data, err := os.ReadFile(file)
		if err != nil {
			tb.Fatal(err)
		}
		for line := range strings.Lines(string(data)) {
			if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
				lines = append(lines, line)
			}
		}
	}
	mark := regexp.MustCompile(`\[\[([^|\]]+)\|([^\]]+)\]\]`)
	next := 0
	batches := make([][]string, n)
	for v := range batches {
		for _, line := range lines {
			given, family := map[string]string{}, map[string]string{}
			doc := mark.ReplaceAllStringFunc(line, func(m string) string {
				sub := mark.FindStringSubmatch(m)
				text, id := sub[1], sub[2]
				if !person[id] {
					return text
				}
				if _, ok := family[id]; !ok {
					given[id], family[id] = pool[next*7919%len(pool)], pool[(next+1)*7919%len(pool)]
					next += 2
				}
				poss := ""
				if strings.HasSuffix(text, "'s") || strings.HasSuffix(text, "’s") {
					poss = "'s"
				}
				if strings.Contains(strings.TrimSuffix(text, "'s"), " ") {
					return given[id] + " " + family[id] + poss
				}
				return family[id] + poss
			})
			batches[v] = append(batches[v], doc)
		}
	}
	return batches
}
