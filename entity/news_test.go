package entity_test

import (
	"bufio"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// goldSpan is one marked span of a news paragraph: a mention to link to id, or with id "-" a
// name that must stay unknown.
type goldSpan struct {
	start, end int
	id         string
}

// newsDoc is one paragraph of the news corpus, without its marks.
type newsDoc struct {
	text string
	gold []goldSpan
}

var markRE = regexp.MustCompile(`\[\[([^|\]]+)\|([^\]]+)\]\]`)

// readNews reads a corpus file of testdata/news: one paragraph a line, marks [[text|id]].
func readNews(t *testing.T, path string) []newsDoc {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var docs []newsDoc
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var d newsDoc
		var b strings.Builder
		last := 0
		for _, m := range markRE.FindAllStringSubmatchIndex(line, -1) {
			b.WriteString(line[last:m[0]])
			start := b.Len()
			b.WriteString(line[m[2]:m[3]])
			d.gold = append(d.gold, goldSpan{start, b.Len(), line[m[4]:m[5]]})
			last = m[1]
		}
		b.WriteString(line[last:])
		d.text = b.String()
		require.NotContains(t, d.text, "[[", "%s: unbalanced mark in %q", path, line)
		docs = append(docs, d)
	}
	require.NoError(t, sc.Err())
	return docs
}

// newsScore is what Find got right and wrong on a corpus.
type newsScore struct {
	words, gold, right, wrong int
	wrongs                    []string // the wrong links, for the log
	missed                    []string // the gold mentions not found, for the log
}

func (s newsScore) precision() float64 { return float64(s.right) / float64(max(1, s.right+s.wrong)) }
func (s newsScore) recall() float64    { return float64(s.right) / float64(max(1, s.gold)) }

// wrongPer1000 is the wrong links per 1,000 words of text.
func (s newsScore) wrongPer1000() float64 { return 1000 * float64(s.wrong) / float64(max(1, s.words)) }

// scoreNews runs one Finder per paragraph and scores the found mentions: right when a gold
// span has the mention's exact bytes and entity, wrong otherwise.
func scoreNews(r *entity.Resolver, docs []newsDoc) newsScore {
	var s newsScore
	for _, d := range docs {
		s.words += len(strings.Fields(d.text))
		gold := map[[2]int]string{}
		for _, g := range d.gold {
			gold[[2]int{g.start, g.end}] = g.id
			if g.id != "-" {
				s.gold++
			}
		}
		hit := map[[2]int]bool{}
		for _, m := range r.NewFinder().Find(d.text) {
			if gold[[2]int{m.Start, m.End}] == m.Match.Entity.ID {
				s.right++
				hit[[2]int{m.Start, m.End}] = true
				continue
			}
			s.wrong++
			s.wrongs = append(s.wrongs, m.Text+" → "+m.Match.Entity.ID)
		}
		for _, g := range d.gold {
			if g.id != "-" && !hit[[2]int{g.start, g.end}] {
				s.missed = append(s.missed, d.text[g.start:g.end]+" ("+g.id+")")
			}
		}
	}
	return s
}

// newsResolver is the covering resolver of the corpus: the default table with
// testdata/news/table.tsv merged in.
func newsResolver(t *testing.T) *entity.Resolver {
	t.Helper()
	news, err := alias.LoadFile("testdata/news/table.tsv")
	require.NoError(t, err)
	tbl, err := alias.Merge(alias.Default(), news)
	require.NoError(t, err)
	return entity.NewResolver(tbl)
}

// TestNewsCorpus scores Find on the news corpus (testdata/news) with the covering table and
// with the default table, and holds each figure to a floor. The figures are logged: run
// with -v to see them.
func TestNewsCorpus(t *testing.T) {
	covering := newsResolver(t)
	for _, set := range []struct {
		file                    string
		minPrecision, minRecall float64
		maxWrongDefault         float64 // wrong links per 1,000 words with the default table
	}{
		{"testdata/news/dev.txt", 0.97, 0.92, 0.5},
		{"testdata/news/heldout.txt", 0.95, 0.88, 1.0},
		{"testdata/news/heldout2.txt", 0.97, 0.92, 0.5},
	} {
		t.Run(set.file, func(t *testing.T) {
			docs := readNews(t, set.file)
			c := scoreNews(covering, docs)
			d := scoreNews(entity.Default(), docs)
			t.Logf("%s: %d paragraphs, %d words, %d gold mentions", set.file, len(docs), c.words, c.gold)
			t.Logf("covering table: precision %.1f%% (%d right, %d wrong), recall %.1f%%", 100*c.precision(), c.right, c.wrong, 100*c.recall())
			t.Logf("default table: %d wrong links, %.2f per 1,000 words; %d right", d.wrong, d.wrongPer1000(), d.right)
			for _, w := range c.wrongs {
				t.Logf("  wrong (covering): %s", w)
			}
			for _, w := range d.wrongs {
				t.Logf("  wrong (default): %s", w)
			}
			for _, w := range c.missed {
				t.Logf("  missed (covering): %s", w)
			}
			assert.GreaterOrEqual(t, c.precision(), set.minPrecision, "precision with the covering table")
			assert.GreaterOrEqual(t, c.recall(), set.minRecall, "recall with the covering table")
			assert.LessOrEqual(t, d.wrongPer1000(), set.maxWrongDefault, "wrong links per 1,000 words with the default table")
		})
	}
}
