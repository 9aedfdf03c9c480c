package entity

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFindCoverFilter checks that the checks that spare Resolve a span whose answer Find
// would drop drop no mention: Finder.mayCover (no table name can cover the span word by
// word) and Finder.listedMiss (a word of the word list whose keys meet no name by a rule
// that singleOK accepts). On the news corpus (dev, held out, held out 2), the Find probe's
// two texts and four batches of the benchmark's new names, with the default table and each
// text's covering table, Find gives the same mentions, unknown names included, with the
// checks (on a Resolver read back from a snapshot) and without them (on one built from the
// table). It also checks that the checks spared some resolutions (that they are not idle).
func TestFindCoverFilter(t *testing.T) {
	mark := regexp.MustCompile(`\[\[([^|\]]+)\|[^\]]+\]\]`)
	var docs []string
	for _, file := range []string{"testdata/news/dev.txt", "testdata/news/heldout.txt", "testdata/news/heldout2.txt"} {
		b, err := os.ReadFile(file)
		require.NoError(t, err)
		for line := range strings.Lines(string(b)) {
			if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
				docs = append(docs, mark.ReplaceAllString(line, "$1"))
			}
		}
	}
	for _, file := range []string{"testdata/findprobe/world.txt", "testdata/findprobe/wars.txt"} {
		b, err := os.ReadFile(file)
		require.NoError(t, err)
		docs = append(docs, string(b))
	}
	for _, batch := range freshNews(t, 4) {
		docs = append(docs, batch...)
	}
	tables := map[string]*alias.Table{"default": alias.Default()}
	for _, file := range []string{"testdata/news/table.tsv", "testdata/findprobe/world.table.tsv", "testdata/findprobe/wars.table.tsv"} {
		tbl, err := alias.LoadFile(file)
		require.NoError(t, err)
		tables[file] = tbl
	}
	for name, tbl := range tables {
		t.Run(name, func(t *testing.T) {
			// The checks run on a Resolver read back from a snapshot: they read nothing
			// that a snapshot does not restore.
			var snap bytes.Buffer
			require.NoError(t, NewResolver(tbl).WriteSnapshot(&snap))
			with, err := LoadSnapshot(&snap)
			require.NoError(t, err)
			without := NewResolver(tbl)
			for _, doc := range docs {
				f, g := with.NewFinder(WithUnknown(true)), without.NewFinder(WithUnknown(true))
				g.spareNone = true
				assert.Equal(t, g.Find(doc), f.Find(doc), "%.60q", doc)
			}
			spans, words := 0, 0
			for k, bits := range with.memo.known.all {
				switch {
				case strings.HasPrefix(k, "\x01") && bits&wordKnown == 0:
					spans++
				case bits&wordKeyed != 0 && bits&wordCanonical == 0 && loadWordlist().class(foldWord(k)) != unlisted:
					words++
				}
			}
			assert.Positive(t, spans, "no span spared")
			assert.Positive(t, words, "no listed word spared")
			t.Logf("spared: %d spans of several words, %d listed words keyed by other names only", spans, words)
		})
	}
}

// hasCandidates of a mention of one word (hasCandidatesOne, which stops at the first name)
// says what lookup's first tier says, for every word of the news corpus and of a batch of
// the benchmark's new names, with the default table and the news corpus's table.
func TestHasCandidatesOne(t *testing.T) {
	var words []string
	for _, file := range []string{"testdata/news/dev.txt", "testdata/news/heldout.txt", "testdata/news/heldout2.txt"} {
		b, err := os.ReadFile(file)
		require.NoError(t, err)
		words = append(words, strings.Fields(string(b))...)
	}
	for _, doc := range freshNews(t, 1)[0] {
		words = append(words, strings.Fields(doc)...)
	}
	news, err := alias.LoadFile("testdata/news/table.tsv")
	require.NoError(t, err)
	for _, tbl := range []*alias.Table{alias.Default(), news} {
		r := NewResolver(tbl)
		met := 0
		for _, w := range words {
			w = strings.Trim(w, ".,;:!?()[]|\"'")
			q := parseMention(w, true)
			if len(q.tokens) != 1 {
				continue
			}
			sc := r.getScratch()
			r.lookup(&q, sc)
			want := len(sc.first) > 0
			r.putScratch(sc)
			if !assert.Equal(t, want, r.hasCandidatesOne(&q.tokens[0]), "%q", w) {
				break
			}
			if want {
				met++
			}
		}
		assert.Positive(t, met)
	}
}
