package alias

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits on what a table may hold. They bound the memory a hostile file can
// make a loader use.
const (
	// MaxFieldLen is the most bytes an id, kind, name or single alias may
	// have after trimming.
	MaxFieldLen = 4 << 10
	// MaxLineLen is the most bytes one line of a TSV, CSV or JSON Lines
	// table, or one object of a JSON table, may have.
	MaxLineLen = 1 << 20
)

// Entity is one named thing and the other names it goes by.
type Entity struct {
	ID      string   // unique in its table, such as "Q7747" or "iso3166:DE"; no white space
	Kind    Kind     // what sort of thing it is
	Name    string   // canonical name, such as "Vladimir Putin"
	Aliases []string // other names, such as "ECB" for the European Central Bank; never the Name
}

// clone returns e with its own Aliases slice (nil when there are none).
func (e Entity) clone() Entity {
	if len(e.Aliases) == 0 {
		e.Aliases = nil
	} else {
		e.Aliases = slices.Clone(e.Aliases)
	}
	return e
}

// source is where an entity was read from.
type source struct {
	file string
	line int
}

// Table is an ordered set of entities with unique ids. A Table never
// changes after it is built, so it is safe for concurrent use by multiple
// goroutines; every method returns copies. Build one with a [Builder], a
// loader such as [LoadFile], or [Merge].
type Table struct {
	entities []Entity
	sources  []source
	index    map[string]int
}

// Len returns the number of entities in t.
func (t *Table) Len() int { return len(t.entities) }

// At returns a copy of the i-th entity in table order. It panics if i is not
// in [0, t.Len()).
func (t *Table) At(i int) Entity { return t.entities[i].clone() }

// Source returns the file and line the i-th entity was read from, or "" and
// 0 for one added with [Builder.Add]. It panics if i is not in [0, t.Len()).
func (t *Table) Source(i int) (file string, line int) {
	s := t.sources[i]
	return s.file, s.line
}

// Lookup returns a copy of the entity with the given id.
func (t *Table) Lookup(id string) (Entity, bool) {
	i, ok := t.index[id]
	if !ok {
		return Entity{}, false
	}
	return t.entities[i].clone(), true
}

// All returns the entities in table order; each is a copy.
func (t *Table) All() iter.Seq[Entity] {
	return func(yield func(Entity) bool) {
		for _, e := range t.entities {
			if !yield(e.clone()) {
				return
			}
		}
	}
}

// Overlap is a name or alias that more than one entity in a table uses.
type Overlap struct {
	Name string   // the spelling as first met in table order, white space collapsed
	IDs  []string // the ids of the entities that use it, in table order
}

// Validate returns the names and aliases that more than one entity uses,
// such as "Georgia" for the country and the US state. Two spellings count as
// the same when they are equal after Unicode simple case folding and
// collapsing runs of white space to one space; no transliteration or accent
// removal is done here. Overlaps are ordered by where their name first
// appears; an empty result means there are none. Overlaps are allowed in a
// table; Validate only lists them for review.
func (t *Table) Validate() []Overlap {
	type use struct {
		name string
		ids  []string
	}
	uses := map[string]*use{}
	var order []string
	for _, e := range t.entities {
		seen := map[string]bool{}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := foldKey(n)
			if seen[k] {
				continue
			}
			seen[k] = true
			u, ok := uses[k]
			if !ok {
				u = &use{name: strings.Join(strings.Fields(n), " ")}
				uses[k] = u
				order = append(order, k)
			}
			u.ids = append(u.ids, e.ID)
		}
	}
	var out []Overlap
	for _, k := range order {
		if u := uses[k]; len(u.ids) > 1 {
			out = append(out, Overlap{Name: u.name, IDs: u.ids})
		}
	}
	return out
}

// foldKey returns s with white space runs collapsed to one space and every
// rune replaced by the smallest rune of its simple case folding orbit, so
// foldKey(a) == foldKey(b) exactly when the two agree under
// [strings.EqualFold] after collapsing white space.
func foldKey(s string) string {
	var b strings.Builder
	for i, f := range strings.Fields(s) {
		if i > 0 {
			b.WriteByte(' ')
		}
		for _, r := range f {
			b.WriteRune(foldRune(r))
		}
	}
	return b.String()
}

func foldRune(r rune) rune {
	min := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f < min {
			min = f
		}
	}
	return min
}

// Builder collects entities for a [Table]. The zero Builder is empty and
// ready to use, like one from [NewBuilder]. A Builder is not safe for
// concurrent use.
type Builder struct {
	entities []Entity
	sources  []source
	index    map[string]int
	err      error
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder {
	return &Builder{index: map[string]int{}}
}

// Add checks e and appends a cleaned copy of it. White space around the id,
// name and each alias is removed. The id must be non-empty and hold no white
// space; the kind must be [Kind.Valid]; the name must be non-empty; every
// alias must be non-empty; every field must be valid UTF-8 without control
// characters and at most [MaxFieldLen] bytes. Aliases equal to the name or to
// an earlier alias are dropped. An id already added returns an error
// wrapping [ErrDuplicateID]. Errors are [*ParseError]s without a position;
// e is not added then, and [Builder.Build] reports the first of them.
func (b *Builder) Add(e Entity) error {
	err := b.add(e, source{})
	if err != nil && b.err == nil {
		b.err = err
	}
	return err
}

// add is Add with a source; its errors carry the source's position.
func (b *Builder) add(e Entity, src source) error {
	if b.index == nil {
		b.index = map[string]int{}
	}
	fail := func(field string, err error) error {
		return &ParseError{File: src.file, Line: src.line, Field: field, Err: err}
	}
	id, err := cleanText(e.ID)
	if err != nil {
		return fail("id", err)
	}
	if strings.IndexFunc(id, unicode.IsSpace) >= 0 {
		return fail("id", errorf(ErrSpace, "white space in %q", id))
	}
	if !e.Kind.Valid() {
		if e.Kind == "" {
			return fail("kind", ErrEmpty)
		}
		return fail("kind", errorf(ErrKind, "unknown kind %q (want person, org, place or other)", string(e.Kind)))
	}
	name, err := cleanText(e.Name)
	if err != nil {
		return fail("name", err)
	}
	aliases := make([]string, 0, len(e.Aliases))
	for _, a := range e.Aliases {
		a, err := cleanText(a)
		if err != nil {
			return fail("aliases", err)
		}
		if a == name || slices.Contains(aliases, a) {
			continue
		}
		aliases = append(aliases, a)
	}
	if len(aliases) == 0 {
		aliases = nil
	}
	if i, dup := b.index[id]; dup {
		return fail("id", dupError(id, b.sources[i], src))
	}
	b.index[id] = len(b.entities)
	b.entities = append(b.entities, Entity{ID: id, Kind: e.Kind, Name: name, Aliases: aliases})
	b.sources = append(b.sources, src)
	return nil
}

// dupError describes a second use of id at src, first used at first.
func dupError(id string, first, src source) error {
	switch {
	case first.line > 0 && first.file == src.file:
		return errorf(ErrDuplicateID, "duplicate %q (first at line %d)", id, first.line)
	case first.line > 0:
		return errorf(ErrDuplicateID, "duplicate %q (first at %s:%d)", id, first.file, first.line)
	}
	return errorf(ErrDuplicateID, "duplicate %q", id)
}

// cleanText trims s and checks that it is valid UTF-8, non-empty, at most
// MaxFieldLen bytes, and free of control characters.
func cleanText(s string) (string, error) {
	if !utf8.ValidString(s) {
		return "", ErrInvalidUTF8
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return "", ErrEmpty
	}
	if len(s) > MaxFieldLen {
		return "", errorf(ErrTooLong, "too long (%d bytes, max %d)", len(s), MaxFieldLen)
	}
	for _, r := range s {
		if unicode.IsControl(r) {
			return "", errorf(ErrControl, "control character %U", r)
		}
	}
	return s, nil
}

// Build returns a Table of the entities added so far, or the first error
// [Builder.Add] returned. The Builder stays usable; later Adds do not change
// tables already built.
func (b *Builder) Build() (*Table, error) {
	if b.err != nil {
		return nil, b.err
	}
	return b.table(), nil
}

func (b *Builder) table() *Table {
	t := &Table{
		entities: make([]Entity, len(b.entities)),
		sources:  slices.Clone(b.sources),
		index:    make(map[string]int, len(b.index)),
	}
	for i, e := range b.entities {
		t.entities[i] = e.clone()
	}
	for id, i := range b.index {
		t.index[id] = i
	}
	return t
}

// Merge returns one table holding the entities of all tables, in argument
// order; nil tables are skipped. An id found in two tables is an error
// wrapping [ErrDuplicateID] that names both places, such as
//
//	extra.tsv:4: id: duplicate "Q7747" (first at people.tsv:3)
func Merge(tables ...*Table) (*Table, error) {
	b := NewBuilder()
	for _, t := range tables {
		if t == nil {
			continue
		}
		for i, e := range t.entities {
			if j, dup := b.index[e.ID]; dup {
				src := t.sources[i]
				return nil, &ParseError{File: src.file, Line: src.line, Field: "id", Err: dupError(e.ID, b.sources[j], src)}
			}
			b.index[e.ID] = len(b.entities)
			b.entities = append(b.entities, e)
			b.sources = append(b.sources, t.sources[i])
		}
	}
	return b.table(), nil
}
