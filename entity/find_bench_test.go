package entity

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// reset empties the memo (benchmarks of a Resolver that has seen nothing yet).
func (c *findMemo) reset() {
	c.mu.Lock()
	c.answers, c.known = nil, nil
	c.mu.Unlock()
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
// "find" with the synthetic table of 1e5 names.
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
