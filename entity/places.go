package entity

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
)

//go:generate go run gen_places.go

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
