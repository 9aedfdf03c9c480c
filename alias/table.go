package alias

import (
	"fmt"
	"iter"
	"maps"
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
	// table, or one object of a JSON table, may have. It is also the most
	// bytes one attribute value may have.
	MaxLineLen = 1 << 20
	// MaxRecordLen is the most bytes one record of a published format may
	// have: a line of FollowTheMoney or Wikidata JSON, an sdnEntry of the
	// SDN XML. Wikidata items of countries run to megabytes.
	MaxRecordLen = 64 << 20
	// MaxNames is the most names one entity may carry: its name, aliases
	// and weak aliases together, as listed before repeats are dropped.
	MaxNames = 10_000
	// MaxAttrs is the most attributes one entity may carry.
	MaxAttrs = 1_000
)

// Entity is one named thing and the other names it goes by. It marshals to
// JSON with the keys of the [JSON] format: id, kind, name, aliases,
// weakAliases and attributes, the last three left out when empty.
type Entity struct {
	ID      string   `json:"id"`                // unique in its table, such as "Q7747" or "iso3166:DE"; no white space
	Kind    Kind     `json:"kind"`              // what sort of thing it is
	Name    string   `json:"name"`              // canonical name, such as "Vladimir Putin"
	Aliases []string `json:"aliases,omitempty"` // other names, such as "ECB" for the European Central Bank; never the Name
	// WeakAliases are names that name the entity only as written, such as
	// a nickname ("Vova") or a short form a list marks weak: a resolver
	// should match them exactly (up to case and accents), never by
	// spelling rules or word by word. Never the Name or an alias.
	WeakAliases []string `json:"weakAliases,omitempty"`
	// Attrs holds what a table says about the entity beyond its names:
	// the extra columns of a TSV or CSV table, the extra keys of a JSON
	// one, a FollowTheMoney entity's other properties, an SDN entry's
	// program and remarks. Keys are as the file spells them; values are
	// valid UTF-8, trimmed and non-empty, and may hold line breaks. The
	// package never reads them.
	Attrs map[string]string `json:"attributes,omitempty"`
}

// clone returns e with its own slices and map (nil when empty).
func (e Entity) clone() Entity {
	e.Aliases = cloneList(e.Aliases)
	e.WeakAliases = cloneList(e.WeakAliases)
	if len(e.Attrs) == 0 {
		e.Attrs = nil
	} else {
		e.Attrs = maps.Clone(e.Attrs)
	}
	return e
}

func cloneList(l []string) []string {
	if len(l) == 0 {
		return nil
	}
	return slices.Clone(l)
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
	skipped  map[string]int
}

// Skipped returns how many records the loader read but did not turn into
// entities, by reason, such as "schema Address: 12" for FollowTheMoney
// addresses or "property: 3" for Wikidata properties. It is empty for
// tables of the four plain formats. The map is a copy.
func (t *Table) Skipped() map[string]int {
	return maps.Clone(t.skipped)
}

// Len returns the number of entities in t.
func (t *Table) Len() int { return len(t.entities) }

// At returns a copy of the i-th entity in table order. It panics if i is not
// in [0, t.Len()).
func (t *Table) At(i int) Entity { return t.entities[i].clone() }

// NameAt returns the k-th name of the i-th entity without copying the entity: k = 0 is its
// Name, then its Aliases, then its WeakAliases, in order, so that k runs from 0 to
// 1+len(Aliases)+len(WeakAliases)-1. It panics if i or k is out of range. A resolver reads
// names this way on its hot path, where At's copy of the entity would cost more than the
// lookup.
func (t *Table) NameAt(i, k int) string {
	e := &t.entities[i]
	switch {
	case k == 0:
		return e.Name
	case k <= len(e.Aliases):
		return e.Aliases[k-1]
	}
	return e.WeakAliases[k-1-len(e.Aliases)]
}

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

// Validate returns the names and aliases (weak ones too) that more than one entity uses,
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
		names := append(append([]string{e.Name}, e.Aliases...), e.WeakAliases...)
		for _, n := range names {
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
	chunks  [][]record // the entities in order, chunkLen to a chunk: growing never copies them
	n       int
	index   map[string]int
	skipped map[string]int
	dirty   []int // entities given names by addNames, to be cleaned by table
	err     error
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder {
	return &Builder{index: map[string]int{}}
}

// Add checks e and appends a cleaned copy of it. White space around the id,
// name, each alias and each attribute is removed. The id must be non-empty
// and hold no white space; the kind must be [Kind.Valid]; the name must be
// non-empty; every alias and weak alias must be non-empty; every field must
// be valid UTF-8 without control characters and at most [MaxFieldLen]
// bytes; the entity may carry at most [MaxNames] names and [MaxAttrs]
// attributes. Aliases equal to the name or to an earlier alias are dropped,
// and weak aliases equal to any of those or to an earlier weak alias;
// attributes whose value is empty are dropped. An attribute key follows the
// rules of a name; a value must be valid UTF-8 and at most [MaxLineLen]
// bytes, and may hold line breaks. An id already added returns an error
// wrapping [ErrDuplicateID]. Errors are [*ParseError]s without a position;
// e is not added then, and [Builder.Build] reports the first of them. Add
// takes time linear in the size of e.
func (b *Builder) Add(e Entity) error {
	err := b.addEntity(e, source{}, false)
	if err != nil && b.err == nil {
		b.err = err
	}
	return err
}

// Grow makes room for n more entities, so that adding them does not grow the Builder's
// index of ids step by step: a loader that knows how many entities follow (a snapshot of a
// table) calls it first. It changes nothing else.
func (b *Builder) Grow(n int) {
	if n <= 0 {
		return
	}
	index := make(map[string]int, len(b.index)+n)
	maps.Copy(index, b.index)
	b.index = index
}

// add is Add with a source, for loaders: its errors carry the source's
// position, and e's Attrs map, which the loader made, may be kept.
func (b *Builder) add(e Entity, src source) error { return b.addEntity(e, src, true) }

// addEntity is add; owned says whether e.Attrs may be kept rather than copied.
func (b *Builder) addEntity(e Entity, src source, owned bool) error {
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
	if n := 1 + len(e.Aliases) + len(e.WeakAliases); n > MaxNames {
		return fail("aliases", tooManyNames(n))
	}
	var seen nameSet
	seen.add(name)
	aliases, err := seen.addAll(nil, e.Aliases)
	if err != nil {
		return fail("aliases", err)
	}
	weak, err := seen.addAll(nil, e.WeakAliases)
	if err != nil {
		return fail("weakAliases", err)
	}
	attrs, field, err := cleanAttrs(e.Attrs, owned)
	if err != nil {
		return fail(field, err)
	}
	if i, dup := b.index[id]; dup {
		return fail("id", dupError(id, b.rec(i).src, src))
	}
	b.index[id] = b.n
	b.push(record{Entity{ID: id, Kind: e.Kind, Name: name, Aliases: aliases, WeakAliases: weak, Attrs: attrs}, src})
	return nil
}

// record is an entity and where it was read.
type record struct {
	e   Entity
	src source
}

// chunkLen is how many records a chunk of a Builder holds.
const chunkLen = 1 << 12

func (b *Builder) push(r record) {
	if k := len(b.chunks); k == 0 || len(b.chunks[k-1]) == chunkLen {
		size := chunkLen
		if k == 0 {
			size = 8 // a small table stays small: the first chunk grows by append
		}
		b.chunks = append(b.chunks, make([]record, 0, size))
	}
	last := &b.chunks[len(b.chunks)-1]
	*last = append(*last, r)
	b.n++
}

// rec returns the i-th record.
func (b *Builder) rec(i int) *record { return &b.chunks[i/chunkLen][i%chunkLen] }

func tooManyNames(n int) error {
	return errorf(ErrTooLong, "too many names (%d, max %d)", n, MaxNames)
}

// nameSet remembers the names an entity has so far, so that repeats are
// dropped in time linear in the number of names: a scan while there are
// few, a map after that. The zero nameSet is empty.
type nameSet struct {
	few [nameSetScan]string
	n   int
	m   map[string]struct{}
}

const nameSetScan = 16 // names kept in an array before a map pays

// add records name and reports whether it is new.
func (s *nameSet) add(name string) bool {
	if s.m != nil {
		if _, ok := s.m[name]; ok {
			return false
		}
		s.m[name] = struct{}{}
		return true
	}
	for _, n := range s.few[:s.n] {
		if n == name {
			return false
		}
	}
	if s.n < nameSetScan {
		s.few[s.n] = name
		s.n++
		return true
	}
	s.m = make(map[string]struct{}, 2*nameSetScan)
	for _, n := range s.few {
		s.m[n] = struct{}{}
	}
	s.m[name] = struct{}{}
	return true
}

// addAll cleans each of names and appends those new to s to dst (nil when
// none is new).
func (s *nameSet) addAll(dst []string, names []string) ([]string, error) {
	for _, a := range names {
		a, err := cleanText(a)
		if err != nil {
			return nil, err
		}
		if s.add(a) {
			dst = append(dst, a)
		}
	}
	return dst, nil
}

// cleanAttrs returns a trimmed copy of attrs without empty values, or the
// field to blame and an error. When owned, attrs itself is returned if it
// is clean already.
func cleanAttrs(attrs map[string]string, owned bool) (map[string]string, string, error) {
	if len(attrs) > MaxAttrs {
		return nil, "attributes", errorf(ErrTooLong, "too many attributes (%d, max %d)", len(attrs), MaxAttrs)
	}
	if len(attrs) == 0 {
		return nil, "", nil
	}
	if owned && attrsClean(attrs) {
		return attrs, "", nil
	}
	var out map[string]string
	keys := make([]string, 0, len(attrs))
	for k := range attrs {
		keys = append(keys, k)
	}
	if len(keys) > 1 {
		slices.Sort(keys) // the same error every time
	}
	for _, k := range keys {
		key, err := cleanText(k)
		if err != nil {
			return nil, "attributes", fmt.Errorf("key %q: %w", k, err)
		}
		v := attrs[k]
		if !utf8.ValidString(v) {
			return nil, key, ErrInvalidUTF8
		}
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		if len(v) > MaxLineLen {
			return nil, key, errorf(ErrTooLong, "too long (%d bytes, max %d)", len(v), MaxLineLen)
		}
		if out == nil {
			out = make(map[string]string, len(attrs))
		}
		if _, dup := out[key]; dup {
			return nil, key, errorf(ErrSyntax, "duplicate attribute (keys differ only in white space)")
		}
		out[key] = v
	}
	return out, "", nil
}

// attrsClean reports whether cleanAttrs would return attrs unchanged.
func attrsClean(attrs map[string]string) bool {
	for k, v := range attrs {
		if len(k) > MaxFieldLen || len(v) > MaxLineLen || v == "" || !utf8.ValidString(v) || !utf8.ValidString(k) ||
			k == "" || isSpaceAt(k) || isSpaceAt(v) || strings.IndexFunc(k, unicode.IsControl) >= 0 {
			return false
		}
	}
	return true
}

// isSpaceAt reports whether s starts or ends with white space.
func isSpaceAt(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsSpace(first) || unicode.IsSpace(last)
}

// addNames appends names, already cleaned, to the aliases (or weak aliases)
// of the i-th entity. Repeats are dropped when the table is built.
func (b *Builder) addNames(i int, weak bool, names ...string) error {
	e := &b.rec(i).e
	if n := 1 + len(e.Aliases) + len(e.WeakAliases) + len(names); n > MaxNames {
		return tooManyNames(n)
	}
	if weak {
		e.WeakAliases = append(e.WeakAliases, names...)
	} else {
		e.Aliases = append(e.Aliases, names...)
	}
	if len(b.dirty) == 0 || b.dirty[len(b.dirty)-1] != i {
		b.dirty = append(b.dirty, i)
	}
	return nil
}

// skip counts a record not turned into an entity.
func (b *Builder) skip(reason string) {
	if b.skipped == nil {
		b.skipped = map[string]int{}
	}
	b.skipped[reason]++
}

// dedupe drops the repeats addNames may have left in an entity.
func dedupe(e *Entity) {
	var seen nameSet
	seen.add(e.Name)
	keep := func(list []string) []string {
		out := list[:0]
		for _, a := range list {
			if seen.add(a) {
				out = append(out, a)
			}
		}
		if len(out) == 0 {
			return nil
		}
		return out
	}
	e.Aliases = keep(e.Aliases)
	e.WeakAliases = keep(e.WeakAliases)
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
	for _, i := range b.dirty {
		dedupe(&b.rec(i).e)
	}
	b.dirty = b.dirty[:0]
	t := &Table{
		entities: make([]Entity, 0, b.n),
		sources:  make([]source, 0, b.n),
		index:    maps.Clone(b.index),
		skipped:  maps.Clone(b.skipped),
	}
	for _, c := range b.chunks {
		for _, r := range c {
			t.entities = append(t.entities, r.e.clone())
			t.sources = append(t.sources, r.src)
		}
	}
	if t.index == nil {
		t.index = map[string]int{}
	}
	return t
}

// finish returns the table a loader built: the entities as they are, not
// copies, since the loader's Builder is dropped.
func (b *Builder) finish() *Table {
	for _, i := range b.dirty {
		dedupe(&b.rec(i).e)
	}
	if b.index == nil {
		b.index = map[string]int{}
	}
	t := &Table{entities: make([]Entity, 0, b.n), sources: make([]source, 0, b.n), index: b.index, skipped: b.skipped}
	for k, c := range b.chunks {
		for _, r := range c {
			t.entities = append(t.entities, r.e)
			t.sources = append(t.sources, r.src)
		}
		b.chunks[k] = nil // each chunk can go as soon as it is copied
	}
	b.chunks = nil
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
				return nil, &ParseError{File: src.file, Line: src.line, Field: "id", Err: dupError(e.ID, b.rec(j).src, src)}
			}
			b.index[e.ID] = b.n
			b.push(record{e, t.sources[i]})
		}
		for reason, n := range t.skipped {
			if b.skipped == nil {
				b.skipped = map[string]int{}
			}
			b.skipped[reason] += n
		}
	}
	return b.finish(), nil
}
