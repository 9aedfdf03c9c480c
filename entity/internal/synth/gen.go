package synth

import (
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/namecanon/namecanon/alias"
)

// Shares of the kinds in a generated table: persons, then places; the rest are organizations.
const (
	personShare = 0.90
	placeShare  = 0.06
)

// Name is one generated entity with what the query makers need to know of it.
type Name struct {
	Entity  alias.Entity
	Culture string // the culture code of data/cultures.tsv
	Given   string // persons: the given name as Entity.Name writes it
	Family  string // persons: the family name as Entity.Name writes it
	Native  string // the name in its own script (Cyrillic, Greek, Arabic, Han, Hangul), or ""
	// Patronymic is the patronymic a person's name writes between the given and the family
	// name (Sergey Fedorovich Nikolayev), or "".
	Patronymic string
}

// Set is a generated table: its names in id order. Build the table with [Set.Table] or write it
// with [Set.WriteTSV].
type Set struct {
	Names []Name
	seed  uint64
}

// Generate returns n entities, about 90 % persons, 6 % places and 4 % organizations, drawn
// from the cultures of data/cultures.tsv by their weights. The same n and seed give the same
// names on every run of one Go release (math/rand/v2's PCG and its Rand methods). Names are
// distinct after folding as long as the material allows: past about 1e6 names some places and
// Chinese and Korean names repeat, as they do in real tables.
func Generate(n int, seed uint64) *Set {
	m := mustLoad()
	g := &generator{m: m, rng: rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15)), used: make(map[string]struct{}, n), rom: map[string]string{}}
	s := &Set{Names: make([]Name, 0, n), seed: seed}
	for i := range n {
		var nm Name
		switch x := g.rng.Float64(); {
		case x < personShare:
			nm = g.person()
			nm.Entity.Kind = alias.Person
		case x < personShare+placeShare:
			nm = g.place()
			nm.Entity.Kind = alias.Place
		default:
			nm = g.org()
			nm.Entity.Kind = alias.Org
		}
		nm.Entity.ID = fmt.Sprintf("syn-%s-%07d", nm.Entity.Kind, i)
		s.Names = append(s.Names, nm)
	}
	return s
}

// Table builds the alias.Table of s.
func (s *Set) Table() (*alias.Table, error) {
	b := alias.NewBuilder()
	for _, n := range s.Names {
		if err := b.Add(n.Entity); err != nil {
			return nil, err
		}
	}
	return b.Build()
}

// WriteTSV writes s as a table file that alias.LoadFile reads, with a comment naming how it
// was made.
func (s *Set) WriteTSV(w io.Writer) error {
	bw := &errWriter{w: w}
	fmt.Fprintf(bw, "# Synthetic names: entity/internal/synth.Generate(%d, %d); not real people, places or organizations.\n", len(s.Names), s.seed)
	fmt.Fprintf(bw, "id\tkind\tname\taliases\n")
	for _, n := range s.Names {
		fmt.Fprintf(bw, "%s\t%s\t%s\t\n", n.Entity.ID, n.Entity.Kind, n.Entity.Name)
	}
	return bw.err
}

// errWriter keeps the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

// SharedFamily returns the family name carried by the most persons of s and their ids.
func (s *Set) SharedFamily() (family string, ids []string) {
	by := map[string][]string{}
	for _, n := range s.Names {
		if n.Entity.Kind == alias.Person {
			by[n.Family] = append(by[n.Family], n.Entity.ID)
		}
	}
	for f, l := range by {
		if len(l) > len(ids) || len(l) == len(ids) && f < family {
			family, ids = f, l
		}
	}
	return family, ids
}

// generator draws names.
type generator struct {
	m    *material
	rng  *rand.Rand
	used map[string]struct{} // names drawn so far
	rom  map[string]string   // romanizations of whole names of syllable cultures
}

// romanize romanizes s by c's standard, once per distinct s.
func (g *generator) romanize(c *culture, s string) string {
	if r, ok := g.rom[s]; ok {
		return r
	}
	r := c.std.Romanize(s)
	g.rom[s] = r
	return r
}

// pick draws an index from cumulative weights.
func (g *generator) pick(cum []float64) int {
	x := g.rng.Float64() * cum[len(cum)-1]
	return min(sort.SearchFloat64s(cum, x), len(cum)-1)
}

// culture draws a culture by weight.
func (g *generator) culture() *culture { return g.m.cultures[g.pick(g.m.cumCult)] }

// unique records name and reports whether it was new.
func (g *generator) unique(name string) bool {
	if _, ok := g.used[name]; ok {
		return false
	}
	g.used[name] = struct{}{}
	return true
}

// maxTries bounds the draws for a new name.
const maxTries = 16

// person draws a person whose name is not in the table yet: a culture, then names of it; after
// two draws that repeat a name, with a middle name; after half of maxTries, of another culture
// (a culture whose names are used up yields to the others).
func (g *generator) person() Name {
	var nm Name
	c := g.culture()
	for try := range maxTries {
		if try == maxTries/2 {
			c = g.culture()
		}
		nm = g.personOnce(c, try%(maxTries/2) >= 2)
		if g.unique(nm.Entity.Name) {
			return nm
		}
	}
	return nm
}

// personOnce draws one person of culture c; withMiddle forces a middle name where the culture
// has one (or a second given name where it has none).
func (g *generator) personOnce(c *culture, withMiddle bool) Name {
	sex := byte('m')
	if g.rng.IntN(2) == 1 {
		sex = 'f'
	}
	return g.personOf(c, sex, g.pick(c.cumFamily), withMiddle)
}

// personWith draws a man of culture c with the family name of rank fi.
func (g *generator) personWith(c *culture, fi int, withMiddle bool) Name {
	return g.personOf(c, 'm', fi, withMiddle)
}

// personOf draws a person of culture c, sex and the family name of rank fi.
func (g *generator) personOf(c *culture, sex byte, fi int, withMiddle bool) Name {
	given := g.given(c, sex)
	family := c.family[fi]
	if sex == 'f' {
		family = c.familyFem[fi]
	}
	var middle element
	hasMiddle, patronymic := false, false
	if slices.Contains(c.order, 'M') && (withMiddle || g.rng.Float64() < c.middleRate) {
		hasMiddle = true
		if c.nasab.latin != "" {
			father := g.other(given, family, func() element { return c.given['m'][g.pick(c.cumGiven['m'])] })
			hasMiddle = father != element{}
			middle = element{latin: c.nasab.latin + " " + father.latin}
			if father.native != "" {
				middle.native = c.nasab.native + " " + father.native
			}
			if !hasMiddle {
				middle = element{}
			}
		} else {
			middle = g.other(given, family, func() element { return c.middle[sex][g.pick(c.cumMiddle[sex])] })
			hasMiddle = middle != element{}
			patronymic = true
		}
	} else if withMiddle && !c.syllables {
		// John Michael Smith: a second given name where the culture writes no middle name.
		middle = g.other(given, family, func() element { return g.given(c, sex) })
		hasMiddle = middle != element{}
	}
	order := c.order
	if hasMiddle && !slices.Contains(order, 'M') {
		order = []byte{'G', 'M', 'F'}
	}
	parts := make([]element, 0, 3)
	gi, fi := 0, 0
	for _, r := range order {
		switch r {
		case 'G':
			gi = len(parts)
			parts = append(parts, given)
		case 'F':
			fi = len(parts)
			parts = append(parts, family)
		case 'M':
			if hasMiddle {
				parts = append(parts, middle)
			}
		}
	}
	nm := Name{Culture: c.code}
	if c.syllables {
		// 王伟, 김민준: written as one word, romanized whole ("Family Given", Kim for 김).
		nm.Native = joinNative(parts, "")
		nm.Entity.Name = g.romanize(c, nm.Native)
		words := strings.Fields(nm.Entity.Name)
		nm.Family, nm.Given = words[0], strings.Join(words[1:], " ")
		return nm
	}
	latin := make([]string, len(parts))
	native := make([]string, len(parts))
	for i, p := range parts {
		latin[i] = p.latin
		native[i] = p.native
	}
	nm.Entity.Name = strings.Join(latin, " ")
	nm.Given, nm.Family = parts[gi].latin, parts[fi].latin
	if patronymic {
		nm.Patronymic = middle.latin
	}
	if !slices.Contains(native, "") {
		nm.Native = strings.Join(native, " ")
	}
	return nm
}

// other draws a middle name by draw that differs from the given and the family name, or
// returns none after a few tries: the same word twice (Pilar Pilar Alonso, Lê Ngọc Ngọc) is
// no name a person bears, and a query that rewrites one copy of it tests nothing real.
func (g *generator) other(given, family element, draw func() element) element {
	for range 8 {
		if m := draw(); m.latin != given.latin && m.latin != family.latin {
			return m
		}
	}
	return element{}
}

// given draws a given name; Chinese and Korean ones are composed of the syllables of the
// listed names (one or two for Chinese, two for Korean).
func (g *generator) given(c *culture, sex byte) element {
	if !c.syllables {
		return c.given[sex][g.pick(c.cumGiven[sex])]
	}
	a := c.given[sex][g.pick(c.cumGiven[sex])].native
	b := c.given[sex][g.pick(c.cumGiven[sex])].native
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeLastRuneInString(b)
	if c.code == "zh" && g.rng.IntN(3) == 0 {
		return element{native: string(rb)}
	}
	return element{native: string(ra) + string(rb)}
}

// feminize returns the feminine form of a family name.
func (c *culture) feminize(family element) element {
	for _, e := range c.feminine {
		if c.script && strings.HasSuffix(family.native, e[0]) {
			return element{native: strings.TrimSuffix(family.native, e[0]) + e[1]}
		}
		if !c.script && strings.HasSuffix(family.latin, e[0]) {
			return element{latin: strings.TrimSuffix(family.latin, e[0]) + e[1]}
		}
	}
	return family
}

// joinNative joins the native forms of parts.
func joinNative(parts []element, sep string) string {
	s := make([]string, len(parts))
	for i, p := range parts {
		s[i] = p.native
	}
	return strings.Join(s, sep)
}

// place draws a place name: prefix, stem and suffix of one pattern of a culture.
func (g *generator) place() Name {
	var nm Name
	c := g.placeCulture()
	for range maxTries {
		nm = g.placeOnce(c)
		if g.unique(nm.Entity.Name) {
			return nm
		}
	}
	return nm // a name that repeats, as many place names do
}

// placeCulture draws a culture that has place patterns.
func (g *generator) placeCulture() *culture {
	for {
		if c := g.culture(); len(c.places) > 0 {
			return c
		}
	}
}

func (g *generator) placeOnce(c *culture) Name {
	p := c.places[g.rng.IntN(len(c.places))]
	prefix := p.prefixes[0]
	if g.rng.IntN(5) < 2 {
		prefix = p.prefixes[g.rng.IntN(len(p.prefixes))]
	}
	s := prefix + p.stems[g.rng.IntN(len(p.stems))] + p.suffixes[g.rng.IntN(len(p.suffixes))]
	nm := Name{Culture: c.code}
	if c.script {
		nm.Native = s
		nm.Entity.Name = g.romanize(c, s)
	} else {
		nm.Entity.Name = s
	}
	return nm
}

// org draws an organization name: a pattern of data/orgs.tsv filled with a family name or a
// place name.
func (g *generator) org() Name {
	var nm Name
	for range maxTries {
		nm = g.orgOnce()
		if g.unique(nm.Entity.Name) {
			return nm
		}
	}
	return nm
}

func (g *generator) orgOnce() Name {
	pat := g.m.orgs[g.rng.IntN(len(g.m.orgs))]
	c := g.culture()
	if strings.Contains(pat, "{place}") {
		p := g.placeOnce(g.placeCulture())
		return Name{Culture: p.Culture, Entity: alias.Entity{Name: strings.Replace(pat, "{place}", p.Entity.Name, 1)}}
	}
	f := c.family[g.pick(c.cumFamily)]
	return Name{Culture: c.code, Entity: alias.Entity{Name: strings.Replace(pat, "{family}", f.latin, 1)}}
}

// Namesakes returns k different men who share the family name family (as the table writes
// it, such as "Shevchenko" or "Wang"), with given and middle names of its culture, ids
// "syn-namesake-00000" on: the people a surname alone must not resolve to. It fails when no
// culture lists family or when its names do not make k different men.
func Namesakes(family string, k int, seed uint64) ([]alias.Entity, error) {
	m := mustLoad()
	var c *culture
	fi := -1
	for _, x := range m.cultures {
		for i, f := range x.family {
			if f.latin == family {
				c, fi = x, i
				break
			}
		}
		if c != nil {
			break
		}
	}
	if c == nil {
		return nil, fmt.Errorf("synth: no culture lists the family name %q", family)
	}
	g := &generator{m: m, rng: rand.New(rand.NewPCG(seed, 0x5851f42d4c957f2d)), used: map[string]struct{}{}, rom: map[string]string{}}
	var out []alias.Entity
	for try := 0; len(out) < k && try < 100*k; try++ {
		nm := g.personWith(c, fi, try%4 >= 2)
		if !g.unique(nm.Entity.Name) {
			continue
		}
		out = append(out, alias.Entity{ID: fmt.Sprintf("syn-namesake-%05d", len(out)), Kind: alias.Person, Name: nm.Entity.Name})
	}
	if len(out) < k {
		return nil, fmt.Errorf("synth: only %d different men named %s, want %d", len(out), family, k)
	}
	return out, nil
}
