package entity

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
)

//go:generate go run gen_places.go
//go:generate go run gen_exonyms.go

// placesTxt is data/places/places.txt (see gen_places.go): the folded names of the world's
// towns and cities of 1,000 inhabitants or more (GeoNames), sorted.
//
//go:embed data/places/places.txt
var placesTxt string

// gazetteer is the parsed places.txt: the offset of each name's line in placesTxt, in order.
type gazetteer struct {
	starts []uint32
}

var loadGazetteer = sync.OnceValue(func() *gazetteer {
	g := &gazetteer{starts: make([]uint32, 0, strings.Count(placesTxt, "\n"))}
	for i := 0; i < len(placesTxt); {
		j := strings.IndexByte(placesTxt[i:], '\n')
		if j < 0 {
			j = len(placesTxt) - i
		}
		if j > 0 && placesTxt[i] != '#' {
			g.starts = append(g.starts, uint32(i))
		}
		i += j + 1
	}
	return g
})

// name returns the k-th name.
func (g *gazetteer) name(k int) string {
	s := placesTxt[g.starts[k]:]
	if j := strings.IndexByte(s, '\n'); j >= 0 {
		s = s[:j]
	}
	return s
}

// has reports whether the folded name f is the name of a real town or city.
func (g *gazetteer) has(f string) bool {
	k := sort.Search(len(g.starts), func(k int) bool { return g.name(k) >= f })
	return k < len(g.starts) && g.name(k) == f
}

// otherTown reports whether the mention word q, which meets the table's one-word place name
// n only by edits (no key or convention explains the difference), names another real town:
// both are names of towns in the gazetteer (Miesenbach and Wiesenbach, Buchach and Bucha,
// Seversk and Siversk). When n is no name of the gazetteer, q may be the gazetteer's own
// spelling of the table's place (Zaporozhye for Zaporizhzhia, Homyel for Gomel), so it counts.
func otherTown(q, n string) bool {
	g := loadGazetteer()
	return q != n && g.has(q) && g.has(n)
}

// exonymsTSV is data/places/exonyms.tsv (see gen_exonyms.go): the names of countries in other
// languages that are also real towns' names.
//
//go:embed data/places/exonyms.tsv
var exonymsTSV string

// loadExonyms parses exonymsTSV into a set of the country id and folded name of each row,
// joined by a tab.
var loadExonyms = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	header := true
	for line := range strings.Lines(exonymsTSV) {
		line = strings.TrimRight(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		if header {
			header = false // id	alias	folded
			continue
		}
		f := strings.Split(line, "\t")
		set[f[0]+"\t"+f[len(f)-1]] = true
	}
	return set
})

// exonymTown reports whether the folded word w, met as a name of the country id, is the
// country's name in another language that is also a real town's name (data/places/exonyms.tsv).
func exonymTown(id, w string) bool {
	return loadExonyms()[id+"\t"+w]
}
