package entity

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFindCoverFilter checks that Find's cover check (Finder.mayCover), which spares
// Resolve on spans no table name can cover word by word, drops no mention: on the news
// corpus (dev, held out, held out 2), the Find probe's two texts and four batches of the
// benchmark's new names, with the default table and each text's covering table, Find gives
// the same mentions, unknown names included, with the check and without it. It also checks
// that the check spared some resolutions (that it is not idle).
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
			with, without := NewResolver(tbl), NewResolver(tbl)
			for _, doc := range docs {
				f, g := with.NewFinder(WithUnknown(true)), without.NewFinder(WithUnknown(true))
				g.noCoverFilter = true
				assert.Equal(t, g.Find(doc), f.Find(doc), "%.60q", doc)
			}
			spared := 0
			for k, bits := range with.memo.known {
				if strings.HasPrefix(k, "\x01") && bits&wordKnown == 0 {
					spared++
				}
			}
			assert.Positive(t, spared, "no span spared")
			t.Logf("%d spans spared a resolution", spared)
		})
	}
}
