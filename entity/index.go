package entity

import (
	"math/bits"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity/internal/index"
	"github.com/namecanon/namecanon/translit"
)

// Term kinds: the first byte hashed with a term (index.Hash), so that a key and a skeleton
// spelled alike are different terms. Part of the snapshot format.
const (
	termDelete   = 'd' // a word key, or a word key with one letter deleted (word terms)
	termSkeleton = 's' // a consonant skeleton of a word key (word terms)
	termExact    = 'x' // a name as written, trimmed (index.Index.Exact)
	termFolded   = 'f' // a name folded (name terms)
	termInitials = 'i' // the initials of a place or body's canonical name (name terms)
	termAcronym  = 'a' // the key of an acronym alias (name terms)
	termLoose    = 'l' // the loose skeleton of a whole name (Resolver.loose, never stored)
)

// Name flags (index.Index.NameFlags).
const (
	nameAsWritten = 1 << iota // matched only as written or folded: an acronym, an alias in another script
	nameAcronym               // an acronym alias (ECB, OPEC)
	namePerson                // the entity is a person
	nameOrg                   // the entity is an organization
	namePlace                 // the entity is a place
	nameFast                  // Resolve may answer the name as written from a hash lookup (exact.go)
)

// kindOf returns the kind of the entity of name n, from its flags.
func (r *Resolver) kindOf(n uint32) alias.Kind {
	switch f := r.idx.NameFlags[n]; {
	case f&namePerson != 0:
		return alias.Person
	case f&nameOrg != 0:
		return alias.Org
	case f&namePlace != 0:
		return alias.Place
	}
	return alias.Other
}

// Word flags (index.Index.WordFlags): the token's booleans above its role.
const (
	wordInitial = 1 << (8 + iota)
	wordAbbrev
	wordHyphen
	wordAbjad
	wordSyllables
	wordPatronymic
	wordLR
)

func wordFlags(t *token) uint16 {
	f := uint16(t.role)
	for _, b := range []struct {
		set  bool
		flag uint16
	}{{t.initial, wordInitial}, {t.abbrev, wordAbbrev}, {t.hyphen, wordHyphen}, {t.abjad, wordAbjad}, {t.syllables, wordSyllables}, {t.patronymic, wordPatronymic}, {t.lr, wordLR}} {
		if b.set {
			f |= b.flag
		}
	}
	return f
}

// tokenOf rebuilds the token of vocabulary word w.
func tokenOf(x *index.Index, w uint32) token {
	f := x.WordFlags[w]
	ids := x.WordKeys.Row(w)
	keys := make([]string, len(ids))
	for i, id := range ids {
		keys[i] = x.Strings.At(id)
	}
	return token{
		text: x.Strings.At(x.WordText[w]), key: keys[0], keys: keys,
		role:    role(f & 0xff),
		initial: f&wordInitial != 0, abbrev: f&wordAbbrev != 0, hyphen: f&wordHyphen != 0,
		abjad: f&wordAbjad != 0, syllables: f&wordSyllables != 0, patronymic: f&wordPatronymic != 0,
		lr: f&wordLR != 0,
	}
}

// buildChunk is how many names are parsed at once, in parallel, before they are interned.
const buildChunk = 1 << 14

// nameJob is one table name to index: its text is tbl.NameAt(entity, alias). It holds no
// pointer, so that a million of them cost the collector nothing.
type nameJob struct {
	entity int32
	alias  int32 // 0 for the canonical name; aliases, then weak aliases, count from 1
	kind   uint8 // namePerson, nameOrg, namePlace or 0
	weak   bool  // a weak alias: matched only as written
}

// builder fills an index.Index from a table. Names are parsed, flagged and hashed on every
// core (parseName); interning their words, which numbers the vocabulary in the order of the
// table, is the one sequential step (addName), and runs while the next chunk is parsed.
type builder struct {
	x         index.Index
	strs      *index.Interner
	wordIDs   map[string]uint32 // token identity → word id
	words     []token
	termed    []bool         // the word leads to names: its terms are to be made
	namePairs [][]index.Pair // name terms, one list per worker
	wordNames [][2]uint32    // (word, name)
	idbuf     []byte
	// What each worker's keyCache numbers, interned: a word of the cache with its flags →
	// its word id, a joined key of the cache → its string id + 1. Interning a name then
	// costs a small lookup per word, not a hash of its text and keys.
	wordRefs   []map[uint64]uint32
	joinedRefs [][]uint32
}

// parsedName is a name that parseName has parsed, with the numbers its worker's keyCache
// gives its words and joined keys (refs; ok false when it gives none).
type parsedName struct {
	m      mention
	worker int
	refs   []uint32
	ok     bool
}

// buildIndex indexes the names of tbl, parsing them on every core; progress, if not nil, is
// called with the number of names done so far.
func buildIndex(tbl *alias.Table, progress func(done, total int)) (*index.Index, []token) {
	jobs := make([]nameJob, 0, tbl.Len())
	ei := int32(0)
	for e := range tbl.All() {
		var kind uint8
		switch e.Kind {
		case alias.Person:
			kind = namePerson
		case alias.Org:
			kind = nameOrg
		case alias.Place:
			kind = namePlace
		}
		for k := range 1 + len(e.Aliases) + len(e.WeakAliases) {
			jobs = append(jobs, nameJob{ei, int32(k), kind, k > len(e.Aliases)})
		}
		ei++
	}
	workers := runtime.GOMAXPROCS(0)
	b := &builder{strs: index.NewInterner(), wordIDs: map[string]uint32{}, namePairs: make([][]index.Pair, workers),
		wordRefs: make([]map[uint64]uint32, workers), joinedRefs: make([][]uint32, workers)}
	x := &b.x
	x.NameEntity = make([]uint32, len(jobs))
	x.NameAlias = make([]uint16, len(jobs))
	x.NameFlags = make([]uint8, len(jobs))
	x.WordKeys.Off = []uint32{0}
	x.NameSeq.Off = make([]uint32, 1, len(jobs)+1)
	caches := make([]*keyCache, workers)
	for w := range caches {
		caches[w] = newKeyCache(len(jobs) / workers / 4)
		b.wordRefs[w] = map[uint64]uint32{}
		// A name has its two exact terms and about one joined key: room for them all
		// saves copying the lists as they grow.
		b.namePairs[w] = make([]index.Pair, 0, 3*len(jobs)/workers+64)
	}
	// Two buffers: workers parse one chunk into one while addName interns the other.
	var parsed [2][]parsedName
	var refs [2][][]uint32 // per buffer and worker: the refs of its names
	for i := range parsed {
		parsed[i] = make([]parsedName, min(buildChunk, len(jobs)))
		refs[i] = make([][]uint32, workers)
	}
	parse := func(start int, buf int) *sync.WaitGroup {
		var wg sync.WaitGroup
		end := min(start+buildChunk, len(jobs))
		out := parsed[buf]
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				kc := caches[w]
				rs := refs[buf][w][:0]
				for n := start + w; n < end; n += workers {
					p := &out[n-start]
					b.parseName(&p.m, uint32(n), &jobs[n], tbl.NameAt(int(jobs[n].entity), int(jobs[n].alias)), kc, &b.namePairs[w])
					k := len(rs)
					rs, p.ok = kc.appendRefs(rs, &p.m)
					p.worker, p.refs = w, rs[k:len(rs):len(rs)]
				}
				refs[buf][w] = rs
			}()
		}
		return &wg
	}
	chunks := (len(jobs) + buildChunk - 1) / buildChunk
	var next *sync.WaitGroup
	if chunks > 0 {
		next = parse(0, 0)
	}
	for c := range chunks {
		next.Wait()
		if c+1 < chunks {
			next = parse((c+1)*buildChunk, (c+1)%2)
		}
		start := c * buildChunk
		cur := parsed[c%2][:min(buildChunk, len(jobs)-start)]
		for i := range cur {
			b.addName(uint32(start+i), &cur[i])
			cur[i].refs = nil // the mention's lists stay, for the next chunk to parse into
		}
		if c == 0 && len(cur) < len(jobs) {
			// The first chunk tells how many words and joined keys a name has: room for
			// the whole table then saves copying the lists as they grow.
			more := func(have int) int { return have*(len(jobs)-len(cur))/len(cur) + have/16 }
			x.NameSeq.Vals = slices.Grow(x.NameSeq.Vals, more(len(x.NameSeq.Vals)))
			b.wordNames = slices.Grow(b.wordNames, more(len(b.wordNames)))
			// New strings (joined keys, mostly) come ever more rarely as the words repeat:
			// half the rate of the first chunk is room enough to intern them unmoved.
			b.strs.Grow(more(b.strs.Len()) / 2)
		}
		if progress != nil {
			progress(start+len(cur), len(jobs))
		}
	}
	b.wordRefs, b.joinedRefs = nil, nil
	x.Strings = b.strs.Strings()
	// word → names, sorted by name: the pairs come in name order.
	counts := make([]uint32, len(x.WordText)+1)
	for _, p := range b.wordNames {
		counts[p[0]+1]++
	}
	for i := 1; i < len(counts); i++ {
		counts[i] += counts[i-1]
	}
	x.WordNames.Off = slices.Clone(counts)
	x.WordNames.Vals = make([]uint32, len(b.wordNames))
	for _, p := range b.wordNames {
		x.WordNames.Vals[counts[p[0]]] = p[1]
		counts[p[0]]++
	}
	b.wordNames = nil
	x.WordTerms = index.NewPostings(b.wordTerms(workers)...)
	x.NameTerms = index.NewPostings(b.namePairs...)
	b.namePairs = nil
	return x, b.words
}

// wordID interns the token t as a vocabulary word.
func (b *builder) wordID(t *token) uint32 {
	f := wordFlags(t)
	b.idbuf = append(b.idbuf[:0], byte(f), byte(f>>8))
	b.idbuf = append(b.idbuf, t.text...)
	for _, k := range t.keys {
		b.idbuf = append(b.idbuf, 0)
		b.idbuf = append(b.idbuf, k...)
	}
	if id, ok := b.wordIDs[string(b.idbuf)]; ok {
		return id
	}
	id := uint32(len(b.x.WordText))
	b.wordIDs[string(b.idbuf)] = id
	b.x.WordText = append(b.x.WordText, b.strs.Intern(t.text))
	keys := &b.x.WordKeys
	for _, k := range t.keys {
		keys.Vals = append(keys.Vals, b.strs.Intern(k))
	}
	keys.Off = append(keys.Off, uint32(len(keys.Vals)))
	b.x.WordFlags = append(b.x.WordFlags, f)
	b.words = append(b.words, *t)
	b.termed = append(b.termed, false)
	return id
}

// wordTerms returns, for every word that leads to names, the terms that lead to it: its
// keys and its keys with one letter deleted, and the skeletons of its English key. The
// words are shared among the workers; a list per worker.
func (b *builder) wordTerms(workers int) [][]index.Pair {
	out := make([][]index.Pair, workers)
	var wg sync.WaitGroup
	for wk := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var pairs []index.Pair
			var hashes []uint64
			for w := wk; w < len(b.words); w += workers {
				if !b.termed[w] {
					continue
				}
				t := &b.words[w]
				for _, k := range t.keys {
					hashes = appendDeletionHashes(hashes[:0], k)
					for _, h := range hashes {
						pairs = append(pairs, index.Pair{Key: h, Val: uint32(w)})
					}
				}
				for _, sk := range skeletons(t.key) {
					pairs = append(pairs, index.Pair{Key: index.Hash(termSkeleton, sk), Val: uint32(w)})
				}
			}
			out[wk] = pairs
		}()
	}
	wg.Wait()
	return out
}

// parseName parses table name n into m, sets its entity, alias and flags, and appends its
// name terms to pairs. It runs on a build worker: it touches nothing of b but the name's own
// entries.
func (b *builder) parseName(m *mention, n uint32, j *nameJob, text string, kc *keyCache, pairs *[]index.Pair) {
	parseInto(m, text, false, kc, false)
	x := &b.x
	x.NameEntity[n] = uint32(j.entity)
	x.NameAlias[n] = uint16(min(j.alias, 0xffff))
	flags := j.kind
	canonical := j.alias == 0
	acronym := isAcronym(text) && len(m.tokens) == 1
	term := func(h uint64) { *pairs = append(*pairs, index.Pair{Key: h, Val: n}) }
	switch {
	case acronym:
		// ROK, PRC, EZB: an acronym matches as written, never by spelling rules (Iraq is not
		// ROK), or as another acronym with the same key (ОПЕК, OPEK for OPEC).
		flags |= nameAsWritten | nameAcronym
		term(index.Hash(termAcronym, m.tokens[0].key))
	case j.weak:
		// A weak alias (a nickname, a short form a sanctions list marks weak: Vova, Wagner)
		// names the entity only as written, never by spelling rules or word by word.
		flags |= nameAsWritten
	case !canonical && !m.latin:
		// An alias in another script (Германия, 刚果（金）) matches as written or romanized
		// whole; its romanization is too rough to match word by word (Getty is not
		// a syllable of a Chinese name of Haiti).
		flags |= nameAsWritten
	}
	x.NameFlags[n] = flags
	term(index.Hash(termFolded, m.folded)) // the name as written goes in Exact (markFast)
	if flags&nameAsWritten != 0 {
		return
	}
	for _, k := range m.joined {
		// Two neighbouring words written as one: Hongkong, Mohammedreza, Nordkorea.
		term(index.Hash(termDelete, k) ^ joinedSalt)
	}
	if j.kind != namePerson && canonical && len(m.tokens) >= 2 {
		// The initials of the canonical name only: a translated alias makes acronyms nobody
		// writes (ON from Ostrov Norfolk).
		var initials []byte
		for i := range m.tokens {
			if t := &m.tokens[i]; t.significant() {
				initials = append(initials, t.text[0])
			}
		}
		if len(initials) >= 2 {
			term(index.Hash(termInitials, string(initials)))
		}
	}
}

// addName interns the words and joined keys of name n, parsed by parseName, in table order.
func (b *builder) addName(n uint32, p *parsedName) {
	x := &b.x
	m := &p.m
	seq := x.NameSeq.Vals
	start := len(seq)
	for i := range m.tokens {
		t := &m.tokens[i]
		if !p.ok {
			seq = append(seq, b.wordID(t))
			continue
		}
		ref := uint64(p.refs[i])<<16 | uint64(wordFlags(t))
		id, ok := b.wordRefs[p.worker][ref]
		if !ok {
			id = b.wordID(t)
			b.wordRefs[p.worker][ref] = id
		}
		seq = append(seq, id)
	}
	for i, k := range m.joined {
		if !p.ok {
			seq = append(seq, b.strs.Intern(k))
			continue
		}
		ref := p.refs[len(m.tokens)+i]
		jr := b.joinedRefs[p.worker]
		if int(ref) >= len(jr) {
			jr = append(jr, make([]uint32, int(ref)+1-len(jr))...)
			jr = jr[:cap(jr)]
			b.joinedRefs[p.worker] = jr
		}
		if jr[ref] == 0 {
			jr[ref] = b.strs.Intern(k) + 1
		}
		seq = append(seq, jr[ref]-1)
	}
	x.NameSeq.Vals = seq
	x.NameSeq.Off = append(x.NameSeq.Off, uint32(len(seq)))
	if x.NameFlags[n]&nameAsWritten != 0 {
		return
	}
	words := seq[start : start+len(m.tokens)]
	for i, w := range words {
		b.termed[w] = true
		if i == 0 || !slices.Contains(words[:i], w) {
			b.wordNames = append(b.wordNames, [2]uint32{w, n})
		}
	}
}

// nameView is a table name read back from the index for scoring.
type nameView struct {
	entity int
	flags  uint8
	m      mention
}

// view fills v with name n, reusing its slices.
func (r *Resolver) view(n uint32, v *nameView) {
	x := r.idx
	v.entity = int(x.NameEntity[n])
	v.flags = x.NameFlags[n]
	words, joined := x.NameWords(n)
	v.m.tokens = v.m.tokens[:0]
	v.m.ids = words
	for _, w := range words {
		v.m.tokens = append(v.m.tokens, r.words[w])
	}
	v.m.joined = v.m.joined[:0]
	for _, j := range joined {
		v.m.joined = append(v.m.joined, x.Strings.At(j))
	}
}

// foldedIs reports whether name n folds to f: its words joined by spaces.
func (r *Resolver) foldedIs(n uint32, f string) bool {
	words, _ := r.idx.NameWords(n)
	for i, w := range words {
		t := r.words[w].text
		if i > 0 {
			if f == "" || f[0] != ' ' {
				return false
			}
			f = f[1:]
		}
		if !strings.HasPrefix(f, t) {
			return false
		}
		f = f[len(t):]
	}
	return f == "" && len(words) > 0
}

// initialsAre reports whether the significant words of name n start with the letters of s.
func (r *Resolver) initialsAre(n uint32, s string) bool {
	words, _ := r.idx.NameWords(n)
	k := 0
	for _, w := range words {
		t := &r.words[w]
		if !t.significant() {
			continue
		}
		if k >= len(s) || t.text[0] != s[k] {
			return false
		}
		k++
	}
	return k == len(s)
}

// nameText returns the table name n as written.
func (r *Resolver) nameText(n uint32) string {
	return r.tbl.NameAt(int(r.idx.NameEntity[n]), int(r.idx.NameAlias[n]))
}

// exactNames returns the names written exactly as s (trimmed).
func (r *Resolver) exactNames(s string) []uint32 {
	s = strings.TrimSpace(s)
	var out []uint32
	for n := range r.idx.Exact.Probe(index.Hash(termExact, s)) {
		if r.nameText(n) == s || strings.TrimSpace(r.nameText(n)) == s {
			out = append(out, n)
		}
	}
	return out
}

// foldedNames returns the names that fold to f.
func (r *Resolver) foldedNames(f string) []uint32 {
	var out []uint32
	for _, n := range r.idx.NameTerms.Get(index.Hash(termFolded, f)) {
		if r.foldedIs(n, f) {
			out = append(out, n)
		}
	}
	return out
}

// wordScore is a memoized wordSimEnd.
type wordScore struct {
	s    float64
	rule string
}

// wordSim is wordSimEnd of the query's word i and the name's word j, memoized per vocabulary
// word while q.sims is set: the candidates of one lookup share their words (every John of
// the table has the same John).
func (q *mention) wordSim(i int, n *mention, j int, strictEnd bool) (float64, string) {
	if q.sims == nil || j >= len(n.ids) {
		return wordSimEnd(&q.tokens[i], &n.tokens[j], strictEnd)
	}
	qi := uint64(i)
	if q.simIDs != nil {
		qi = uint64(q.simIDs[i])
	}
	k := uint64(n.ids[j]) | qi<<33
	if strictEnd {
		k |= 1 << 32
	}
	if w, ok := q.sims[k]; ok {
		return w.s, w.rule
	}
	s, rule := wordSimEnd(&q.tokens[i], &n.tokens[j], strictEnd)
	q.sims[k] = wordScore{s, rule}
	return s, rule
}

// maxWordMemo caps the query words a wordMemo numbers; past it the memo starts afresh.
const maxWordMemo = 1 << 12

// wordMemo memoizes word scores across the lookups of one Finder: the spans of a run share
// their words (Vladimir Putin, Putin), and a document repeats them. A table word is known by
// its vocabulary id, as in one lookup; a query word by all that wordSimEnd reads of its token
// (see tokenPrint), so the memo changes no score. It is not safe for concurrent use.
type wordMemo struct {
	sims   map[uint64]wordScore // as mention.sims, with the numbers of ids
	ids    map[string]uint32    // tokenPrint → the token's number
	buf    []byte
	simIDs []uint32
}

// use returns the memo's scores and the numbers of tokens, for one lookup.
func (w *wordMemo) use(tokens []token) (map[uint64]wordScore, []uint32) {
	if w.ids == nil || len(w.ids)+len(tokens) > maxWordMemo || len(w.sims) > 64*maxWordMemo {
		w.ids, w.sims = map[string]uint32{}, map[uint64]wordScore{}
	}
	w.simIDs = w.simIDs[:0]
	for i := range tokens {
		w.buf = tokenPrint(w.buf[:0], &tokens[i])
		id, ok := w.ids[string(w.buf)]
		if !ok {
			id = uint32(len(w.ids))
			w.ids[string(w.buf)] = id
		}
		w.simIDs = append(w.simIDs, id)
	}
	return w.sims, w.simIDs
}

// tokenPrint appends to b every field of t, so that two tokens with equal prints are scored
// alike against any word.
func tokenPrint(b []byte, t *token) []byte {
	b = append(b, t.text...)
	b = append(b, 0)
	b = append(b, t.key...)
	for _, list := range [][]string{t.keys, t.variants} {
		b = append(b, 0)
		for _, k := range list {
			b = append(b, k...)
			b = append(b, 1)
		}
	}
	b = append(b, 0, byte(t.role))
	for _, f := range []bool{t.patronymic, t.initial, t.abbrev, t.hyphen, t.abjad, t.lr, t.syllables, t.cyrillic} {
		c := byte('0')
		if f {
			c = '1'
		}
		b = append(b, c)
	}
	return b
}

// masks maps ids (of words or names) to bit sets of mention words: a small open-addressing
// table whose cost follows what one query touches, not the size of the table.
type masks struct {
	slots []maskSlot // len a power of two
	ids   []uint32   // the ids set, in order
}

type maskSlot struct {
	id   uint32 // id + 1; 0 is empty
	mask uint16
}

func (m *masks) slot(id uint32) *maskSlot {
	if 2*(len(m.ids)+1) > len(m.slots) {
		m.grow()
	}
	mask := uint32(len(m.slots) - 1)
	for h := (id * 2654435761) & mask; ; h = (h + 1) & mask {
		s := &m.slots[h]
		if s.id == 0 || s.id == id+1 {
			return s
		}
	}
}

func (m *masks) grow() {
	old := m.slots
	m.slots = make([]maskSlot, max(64, 2*len(old)))
	mask := uint32(len(m.slots) - 1)
	for _, s := range old {
		if s.id == 0 {
			continue
		}
		h := ((s.id - 1) * 2654435761) & mask
		for m.slots[h].id != 0 {
			h = (h + 1) & mask
		}
		m.slots[h] = s
	}
}

// or adds bits to the mask of id and reports whether id is new.
func (m *masks) or(id uint32, bits uint16) bool {
	s := m.slot(id)
	if s.id == 0 {
		s.id = id + 1
		s.mask = bits
		m.ids = append(m.ids, id)
		return true
	}
	s.mask |= bits
	return false
}

// get returns the mask of id, 0 if unset.
func (m *masks) get(id uint32) uint16 {
	if len(m.ids) == 0 { // empty, if perhaps still holding the slots of an earlier query
		return 0
	}
	if len(m.slots) == 0 {
		return 0
	}
	mask := uint32(len(m.slots) - 1)
	for h := (id * 2654435761) & mask; ; h = (h + 1) & mask {
		s := &m.slots[h]
		if s.id == id+1 {
			return s.mask
		}
		if s.id == 0 {
			return 0
		}
	}
}

func (m *masks) reset() {
	if len(m.slots) > 1<<16 {
		m.slots = nil // one huge query does not keep its table
	} else {
		clear(m.slots)
	}
	m.ids = m.ids[:0]
}

// denseMasks maps vocabulary word ids to bit sets of mention words, in an array as long as
// the vocabulary: one load per look-up, where lookup asks for every word of every name of the
// first tier. Only the ids set are cleared after a query.
type denseMasks struct {
	m   []uint16
	ids []uint32 // the ids set, in order
}

// or adds bits (not 0) to the mask of id and reports whether id is new.
func (d *denseMasks) or(id uint32, bits uint16) bool {
	old := d.m[id]
	d.m[id] = old | bits
	if old == 0 {
		d.ids = append(d.ids, id)
		return true
	}
	return false
}

// get returns the mask of id, 0 if unset.
func (d *denseMasks) get(id uint32) uint16 { return d.m[id] }

func (d *denseMasks) reset() {
	for _, id := range d.ids {
		d.m[id] = 0
	}
	d.ids = d.ids[:0]
}

// scratch is the per-query working memory of lookup and scoring, pooled.
type scratch struct {
	names masks      // name → the mention words that met it
	words denseMasks // vocabulary word → the mention words that met it
	// wordsMay holds wordMay's answers: bit 0 (1) without, bit 1 (2) with strictEnd; bits 2
	// and 3 say which of the two are known; restWordMay's in bit 4, known when bit 5 is set.
	wordsMay  denseMasks
	joinedMay masks     // joined key (string id) → joinedMay's answer: 1 no, 3 yes
	rest1     restQuery // what restWordMay reads of the mention, once per query
	// joinedMasks: name → the mention words met by its joined keys; pairs: vocabulary word
	// → the two neighbouring mention words that met it written as one (wordsMet).
	joinedMasks masks
	pairs       masks
	seen        masks // names indexNeighbours has looked at
	view        nameView
	first       []uint32
	rest        []uint32
	hashes      []uint64
	sims        map[uint64]wordScore
	joined      int // names.ids[:joined] are the names met by a joined key
	// partial is set when no name meets every mention word that met something: the first
	// tier then holds the names that meet the most (see firstMay).
	partial bool
	may     []uint32 // firstMay's list
	most    int      // words of the mention met by the first tier
	marked  bool     // markAll has run
	// mayCover's answers per vocabulary word and per joined key, emptied after each call.
	cover      map[uint32]lazyMask
	coverJoins map[uint32]lazyJoin
}

func (r *Resolver) getScratch() *scratch {
	if s, ok := r.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{sims: map[uint64]wordScore{},
		words: denseMasks{m: make([]uint16, len(r.words))}, wordsMay: denseMasks{m: make([]uint16, len(r.words))}}
}

func (r *Resolver) putScratch(s *scratch) {
	s.names.reset()
	s.words.reset()
	s.wordsMay.reset()
	s.joinedMay.reset()
	s.joinedMasks.reset()
	s.pairs.reset()
	s.seen.reset()
	clear(s.sims)
	s.first, s.rest = s.first[:0], s.rest[:0]
	s.most, s.marked, s.joined, s.partial = 0, false, 0, false
	s.rest1.ready = false
	s.may = s.may[:0]
	r.pool.Put(s)
}

// lookup fills s.first with the names met by the most mention words, each by a word of its
// own (wordsMet), sorted: names that
// share a word key, a key one deletion away or a consonant skeleton with a mention word, or
// whose two neighbouring words written as one have a mention word's key up to one deletion.
// Scoring the first tier alone is enough when it yields a match: a name met by fewer words
// of the mention cannot match it better; lookupRest then gives the others.
//
// The mention words' vocabulary matches are marked first (the vocabulary is far smaller than
// the table). When one name meets every mention word that met anything, the first tier is
// found from the word with the fewest names alone, each of its names checked word by word:
// a common given name then costs nothing.
func (r *Resolver) lookup(q *mention, s *scratch) {
	x := r.idx
	sig := significantCount(q)
	var groups uint16 // mention words that met some word or name
	var sizes [16]int // names each mention word leads to
	for wi := range q.tokens {
		t := &q.tokens[wi]
		if !t.significant() || wi >= 16 {
			continue
		}
		bit := uint16(1) << wi
		mark := func(ids []uint32) {
			for _, w := range ids {
				if s.words.get(w)&bit == 0 {
					s.words.or(w, bit)
					sizes[wi] += int(x.WordNames.Off[w+1] - x.WordNames.Off[w])
				}
			}
		}
		for _, list := range [][]string{t.keys, t.variants, t.sameKeys, transcriptionKeys(t)} {
			for _, k := range list {
				s.hashes = appendDeletionHashes(s.hashes[:0], k)
				for _, h := range s.hashes {
					mark(x.WordTerms.Get(h))
					for _, n := range x.NameTerms.Get(h ^ joinedSalt) {
						if s.names.get(n)&bit == 0 {
							sizes[wi]++
						}
						s.names.or(n, bit)
					}
				}
			}
		}
		if wi+1 < len(q.tokens) && wi < len(q.joined) && wi+1 < 16 && q.tokens[wi+1].significant() {
			// Two mention words for one name word (Faisal Abad, Faisalabad; Port Sudan,
			// Portsudan): the joined key meets the name word for both.
			both := bit | bit<<1
			s.hashes = appendDeletionHashes(s.hashes[:0], q.joined[wi])
			if t.abjad {
				// Arabic script leaves vowels unwritten: the consonants of the two words
				// (مظفر آباد Mazfar Abad, Muzaffarabad; see sameAbjadConsonants).
				for _, sk := range skeletons(q.joined[wi]) {
					if len(sk) >= minAbjadConsonants {
						s.hashes = append(s.hashes, index.Hash(termSkeleton, sk))
					}
				}
			}
			for _, h := range s.hashes {
				for _, w := range x.WordTerms.Get(h) {
					s.pairs.or(w, both)
					if s.words.get(w)&both != both {
						s.words.or(w, both)
						sizes[wi] += int(x.WordNames.Off[w+1] - x.WordNames.Off[w])
						sizes[wi+1] += int(x.WordNames.Off[w+1] - x.WordNames.Off[w])
					}
				}
			}
			if sizes[wi+1] > 0 {
				groups |= bit << 1
			}
		}
		for _, k := range t.keys {
			for _, sk := range skeletons(k) {
				if len(sk) >= 3 || sig == 1 {
					mark(x.WordTerms.Get(index.Hash(termSkeleton, sk))) // two consonants are too common a skeleton unless the word is alone
				}
			}
		}
		if sizes[wi] > 0 {
			groups |= bit
		}
	}
	s.joined = len(s.names.ids)
	for _, n := range s.names.ids {
		s.joinedMasks.or(n, s.names.get(n))
	}
	if groups == 0 {
		return
	}
	all := bits.OnesCount16(groups)
	small := -1
	for wi := range 16 {
		if groups&(1<<wi) != 0 && (small < 0 || sizes[wi] < sizes[small]) {
			small = wi
		}
	}
	// The names of the smallest word, each with the mention words it meets.
	bit := uint16(1) << small
	joinedNames := s.names.ids // names met by a joined key, marked above
	for _, w := range s.words.ids {
		if s.words.get(w)&bit == 0 {
			continue
		}
		for _, n := range x.WordNames.Row(w) {
			if x.NameFlags[n]&nameAsWritten == 0 && r.wordsMet(s, n) == all {
				s.first = append(s.first, n)
			}
		}
	}
	for _, n := range joinedNames {
		if s.names.get(n)&bit != 0 && x.NameFlags[n]&nameAsWritten == 0 && r.wordsMet(s, n) == all {
			s.first = append(s.first, n)
		}
	}
	if len(s.first) > 0 {
		slices.Sort(s.first)
		s.first = slices.Compact(s.first)
		s.most = all
		return
	}
	// No name meets every word: count them all.
	s.partial = true
	r.markAll(s)
	for _, n := range s.names.ids {
		if x.NameFlags[n]&nameAsWritten == 0 && bits.OnesCount16(s.names.get(n)) >= s.most && r.wordsMet(s, n) == s.most {
			s.first = append(s.first, n)
		}
	}
	slices.Sort(s.first)
}

// wordsMet returns how many words of the mention name n can meet, each by a word of its
// own: the largest matching between the mention words and the name's words (and its
// joined keys) that the index leads them to. scoreName aligns words one to one, so a name
// word that two mention words both lead to (Jiang, for Zhang and for Jieqyang) meets one
// of them, not two, and the name is not met by the whole mention. A name word that two
// neighbouring mention words written as one lead to (Faisalabad, for Faisal Abad) meets
// both, as compound does; a joined key of the name counts as one word more.
func (r *Resolver) wordsMet(s *scratch, n uint32) int {
	words, _ := r.idx.NameWords(n)
	var slots [maxMatchSlots]uint16
	k := 0
	add := func(m uint16) {
		if m != 0 && k < len(slots) {
			slots[k] = m
			k++
		}
	}
	add(s.joinedMasks.get(n))
	var all uint16
	for _, w := range words {
		m := s.words.get(w)
		all |= m
		add(m)
		if m != 0 && len(s.pairs.ids) > 0 && s.pairs.get(w) != 0 {
			add(m) // two mention words written as one meet this word: it takes two
		}
	}
	if k >= len(slots) {
		return bits.OnesCount16(all | s.joinedMasks.get(n)) // too many to match: the bits met
	}
	return maxMatching(slots[:k])
}

// maxMatchSlots caps the slots (name words, joined keys) wordsMet matches; a longer name
// counts the mention words met, as if each met a word of its own.
const maxMatchSlots = 24

// maxMatching returns the size of a largest matching of slots to the bits of their masks,
// each slot taking one bit and each bit one slot (Kuhn's augmenting paths; masks of at
// most 16 bits).
func maxMatching(slots []uint16) int {
	var owner [16]int8 // bit → slot + 1
	count := 0
	for i := range slots {
		var seen uint16
		if augment(i, slots, &owner, &seen) {
			count++
		}
	}
	return count
}

// augment looks for an augmenting path from slot i (see maxMatching).
func augment(i int, slots []uint16, owner *[16]int8, seen *uint16) bool {
	for m := slots[i] &^ *seen; m != 0; m &= m - 1 {
		b := bits.TrailingZeros16(m)
		*seen |= 1 << b
		if owner[b] == 0 || augment(int(owner[b]-1), slots, owner, seen) {
			owner[b] = int8(i + 1)
			return true
		}
	}
	return false
}

// markAll marks every name the marked words lead to, and sets s.most.
func (r *Resolver) markAll(s *scratch) {
	if s.marked {
		return
	}
	s.marked = true
	for _, w := range s.words.ids {
		met := s.words.get(w)
		for _, n := range r.idx.WordNames.Row(w) {
			s.names.or(n, met)
		}
	}
	if s.most == 0 {
		for _, n := range s.names.ids {
			if r.idx.NameFlags[n]&nameAsWritten == 0 && bits.OnesCount16(s.names.get(n)) > s.most {
				s.most = max(s.most, r.wordsMet(s, n)) // never more than the bits met
			}
		}
	}
}

// lookupRest returns the names that lookup found but left out of the first tier and that
// may still match q (restMay), sorted.
func (r *Resolver) lookupRest(q *mention, s *scratch) []uint32 {
	r.markAll(s)
	for _, n := range s.names.ids {
		if r.idx.NameFlags[n]&nameAsWritten == 0 && (bits.OnesCount16(s.names.get(n)) < s.most || r.wordsMet(s, n) < s.most) && r.restMay(q, s, n) {
			s.rest = append(s.rest, n)
		}
	}
	slices.Sort(s.rest)
	return s.rest
}

// firstMay returns the names of the first tier that may match q: all of them when some
// names meet every mention word, else, as in the lower tier, those that restMay allows
// (every name of the first tier then misses some mention word).
func (r *Resolver) firstMay(q *mention, s *scratch) []uint32 {
	if !s.partial {
		return s.first
	}
	for _, n := range s.first {
		if r.restMay(q, s, n) {
			s.may = append(s.may, n)
		}
	}
	return s.may
}

// restMay reports whether name n, which misses some word of the mention q that the index
// leads to other names (a name of the lower tier, or of a first tier that no name
// completes), may still match q. Some word of q then meets none of n's words through the
// index, and the scorer accepts n only if it meets such a word otherwise, or if n's own
// words are all met: when n has a significant word (bar patronymics and initials, which may
// go unmatched) that the index leads no mention word to, one of those words must meet a
// mention word in a way the index does not see, by the scorer's own word rules (wordMay,
// joinedMay). Otherwise the mention and
// the name each keep a word the other lacks, which names two different people (Susan Miller
// for Susan Water). Names ruled out so are counted (they make the first tier of a common
// given name large) but not scored. A mention with an initial is left whole: an initial
// may go unmatched (X. Zelensky, Volodymyr Zelenskyy).
func (r *Resolver) restMay(q *mention, s *scratch, n uint32) bool {
	if slices.Contains(s.names.ids[:s.joined], n) {
		return true // met by a joined key: its words meet in pairs
	}
	for i := range q.tokens {
		if q.tokens[i].initial {
			return true
		}
	}
	words, joined := r.idx.NameWords(n)
	// The words' flags (index.Index.WordFlags), not their tokens: two bytes a word, which
	// stay in the cache while the names of a large tier go by.
	flags := r.idx.WordFlags
	sig := func(f uint16) bool { ro := role(f & 0xff); return ro != roleParticle && ro != roleStopword }
	// The words of n the index leads no mention word to: none, n may match; else one of
	// them must meet a mention word by a rule the index does not see. That some keeps the
	// first letter of a mention word's key or is its cognate (restWordMay) is asked first,
	// being cheap, of a Latin mention; the consonants of an abjad and the syllables of kana
	// and Hangul guess vowels, first letters included, and are not asked so.
	// A patronymic or an initial of n may go unmatched, but may also be what meets the
	// mention word that the index leads to none of n's words (Dmitriy, by prefix, of
	// Dmitriyevich): they are asked too, and leave nothing when unmatched.
	left, may := false, q.guessesVowels()
	for _, w := range words {
		if s.words.get(w) != 0 || !sig(flags[w]) || r.titleLedWith(q, w) {
			continue
		}
		left = left || flags[w]&(wordPatronymic|wordInitial) == 0
		may = may || r.restWordMay(q, s, w)
	}
	if !left || !may {
		return !left
	}
	person := r.idx.NameFlags[n]&namePerson != 0
	lastSig := -1 // scoreName's lastSignificant, for strictEnd
	for j := len(words) - 1; j >= 0 && !person; j-- {
		if f := flags[words[j]]; sig(f) && f&wordPatronymic == 0 {
			lastSig = j
			break
		}
	}
	for j, w := range words {
		if s.words.get(w) != 0 || !sig(flags[w]) || r.titleLedWith(q, w) {
			continue
		}
		if r.wordMay(q, s, w, person || j == lastSig) || r.joinedMay(q, s, joined, j, len(words)) {
			return true
		}
	}
	return false
}

// titleLedWith reports whether the vocabulary word w is a title that parsing took off the
// front of q: the scorer meets it with a table name that starts with it (Sultan Ahmed Al
// Jaber for Sultan Al Jaber), which the index does not see.
func (r *Resolver) titleLedWith(q *mention, w uint32) bool {
	return len(q.titles) > 0 && slices.Contains(q.titles, r.words[w].text)
}

// guessesVowels reports whether some word of q is romanized from a script whose
// romanization guesses vowels (see token.abjad), or from Cyrillic, whose press respells the
// first sound of a foreign name (Эндрю Endryu for Andrew, see pressClasses).
func (q *mention) guessesVowels() bool {
	for i := range q.tokens {
		if q.tokens[i].abjad || q.tokens[i].lr || q.tokens[i].cyrillic {
			return true
		}
	}
	return false
}

// wordMay reports whether the scorer may match the vocabulary word w, which the index leads
// no word of q to, with some word of q (strictEnd as scoreName asks, see wordSimEnd): by a
// word score of weakMin or more (the least scoreName aligns), or as two words of q written
// as one (compound, compoundMin or more). The word scores are memoized in q.sims, which scoring the name then reads; the answer in
// s.wordsMay.
func (r *Resolver) wordMay(q *mention, s *scratch, w uint32, strictEnd bool) bool {
	bit := uint16(1)
	if strictEnd {
		bit = 2
	}
	if m := s.wordsMay.get(w); m&(bit<<2) != 0 {
		return m&bit != 0
	}
	may := false
	ids := [1]uint32{w}
	n := mention{tokens: r.words[w : w+1 : w+1], ids: ids[:]} // the vocabulary's own token, read only: no copy
	for i := range q.tokens {
		if sim, _ := q.wordSim(i, &n, 0, strictEnd); sim >= weakMin {
			may = true
			break
		}
	}
	for i := 0; !may && i+1 < len(q.tokens); i++ {
		may = translit.SimilarityAtLeast(q.joined[i], r.words[w].key, compoundMin) >= compoundMin
	}
	m := bit << 2
	if may {
		m |= bit
	}
	s.wordsMay.or(w, m)
	return may
}

// joinedMay reports whether word j of a name of nw words, with joined keys joined (string
// ids), may meet a word of q as one of two name words written as one (compound): a joined
// key that j is part of scores compoundMin or more against the key of a word of q. The
// answers are memoized per joined key in s.joinedMay.
func (r *Resolver) joinedMay(q *mention, s *scratch, joined []uint32, j, nw int) bool {
	for _, p := range []int{j - 1, j} {
		if p < 0 || p+1 >= nw || p >= len(joined) {
			continue
		}
		id := joined[p]
		m := s.joinedMay.get(id)
		if m == 0 {
			m = 1
			k := r.idx.Strings.At(id)
			for i := range q.tokens {
				if translit.SimilarityAtLeast(q.tokens[i].key, k, compoundMin) >= compoundMin {
					m = 3
					break
				}
			}
			s.joinedMay.or(id, m)
		}
		if m == 3 {
			return true
		}
	}
	return false
}

// restWordMay reports whether the name word w, which the index does not lead any word of q
// to, may still meet one: as a cognate (Joe, Joseph; Pjotrs, a case form, for Petr), or by
// the rules that reach beyond the index's single deletion: a far spelling of the surname
// (the weak rule: Vardepoel, Wadephul), a prefix (Siraj, Sirajuddin), two mention words
// written as one (Young-Chol, Yong Chol), an edit distance of two or more (Golovanov,
// Halavanau). In Latin text all of these keep the first letter of some key of each word. The
// answer is memoized in s.wordsMay (bit 4, known when bit 5 is set); what it reads of q is
// gathered once per query (restQuery), what it reads of w once per resolver (wordStarts).
func (r *Resolver) restWordMay(q *mention, s *scratch, w uint32) bool {
	if m := s.wordsMay.get(w); m&(1<<5) != 0 {
		return m&(1<<4) != 0
	}
	if !s.rest1.ready {
		s.rest1.of(q)
	}
	m := uint16(1 << 5)
	if s.rest1.may(q, &r.words[w], r.wordStarts()[w]) {
		m |= 1 << 4
	}
	s.wordsMay.or(w, m)
	return m&(1<<4) != 0
}

// restQuery is what restWordMay reads of a mention, gathered once per query rather than
// once per name word: the cognate groups its words stand for (their own, and those of
// their keys and the keys of their case forms), the first letters of those keys, and
// which of its words have short forms in the lexicon (Tony for Anthony).
type restQuery struct {
	ready   bool
	groups  []int
	letters [4]uint64 // bit c: some key of a mention word starts with byte c
	short   []int     // the words of q with short forms
}

// of fills rq from q.
func (rq *restQuery) of(q *mention) {
	lx := loadLexicon()
	rq.ready = true
	rq.groups, rq.short, rq.letters = rq.groups[:0], rq.short[:0], [4]uint64{}
	group := func(g int) {
		if g != 0 && !slices.Contains(rq.groups, g) {
			rq.groups = append(rq.groups, g)
		}
	}
	for i := range q.tokens {
		qt := &q.tokens[i]
		group(lx.cognate(qt))
		if lx.short[qt.text] != nil {
			rq.short = append(rq.short, i)
		}
		for _, list := range [][]string{qt.keys, qt.variants} {
			for _, k := range list {
				group(lx.cognates["\x00"+k])
				if k != "" {
					rq.letters[k[0]>>6] |= 1 << (k[0] & 63)
				}
			}
		}
	}
}

// may reports whether the name word t, of wordStart ws, is a cognate or short form of a
// word of q, or shares the first letter of a key with one (see restWordMay).
func (rq *restQuery) may(q *mention, t *token, ws wordStart) bool {
	if ws.cognate != 0 && slices.Contains(rq.groups, ws.cognate) {
		return true
	}
	for _, k := range t.keys {
		if k != "" && rq.letters[k[0]>>6]&(1<<(k[0]&63)) != 0 {
			return true
		}
	}
	if len(rq.short) == 0 && !ws.short {
		return false // neither side has a short form: no hypocoristic
	}
	lx := loadLexicon()
	for i := range q.tokens {
		if lx.hypocoristic(&q.tokens[i], t) {
			return true
		}
	}
	return false
}

// appendDeletions appends k itself and, for keys of four letters or more, k with each one
// letter deleted: two keys one edit apart share an entry (the symmetric-delete method).
func appendDeletions(out []string, k string) []string {
	out = append(out, k)
	if len(k) < 4 {
		return out
	}
	start := len(out) - 1
	for i := range len(k) {
		d := k[:i] + k[i+1:]
		if !slices.Contains(out[start:], d) {
			out = append(out, d)
		}
	}
	return out
}

// joinedSalt marks the name terms of joined keys, the key of two neighbouring words written
// as one (Hongkong, Mohammedreza): Hash(termDelete, k) ^ joinedSalt, so that the hashes a
// mention word's deletions give serve both the word terms and the joined name terms.
const joinedSalt = 0x9e3779b97f4a7c15

// appendDeletionHashes appends the termDelete hashes of appendDeletions(nil, k), without
// building the strings (a repeat may appear twice).
func appendDeletionHashes(out []uint64, k string) []uint64 {
	out = append(out, index.Hash(termDelete, k))
	if len(k) < 4 {
		return out
	}
	for i := range len(k) {
		out = append(out, index.HashSkip(termDelete, k, i))
	}
	return out
}

// deletions returns appendDeletions(nil, k).
func deletions(k string) []string { return appendDeletions(nil, k) }

// hasCanonicalKey reports whether some word of q meets, by a key, a convention or a
// de-inflected form that the index holds (the terms of hasKeyTerm), a word of a table name
// that is written as q's word is, or that begins with the same letter and belongs to a
// canonical name scored word by word. It scores nothing; Find uses it to skip a single word
// of the word list that could meet a name only where its rules for such words reject it
// (Finder.singleOK: Hill is not Chile by key, nor Garcia Grčija, an alias, by convention).
func (r *Resolver) hasCanonicalKey(q *mention) bool {
	x := r.idx
	for i := range q.tokens {
		t := &q.tokens[i]
		for _, list := range [][]string{t.keys, t.variants} {
			for _, k := range list {
				for _, w := range x.WordTerms.Get(index.Hash(termDelete, k)) {
					nt := &r.words[w]
					if nt.text == t.text {
						return true
					}
					if nt.text == "" || t.text == "" || nt.text[0] != t.text[0] {
						continue
					}
					for _, n := range x.WordNames.Row(w) {
						if x.NameAlias[n] == 0 && x.NameFlags[n]&nameAsWritten == 0 {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// hasWrittenWord reports whether some word of q is a word of a table name as written
// (folded): the word itself, not a word that shares its key.
func (r *Resolver) hasWrittenWord(q *mention) bool {
	x := r.idx
	for i := range q.tokens {
		t := &q.tokens[i]
		for _, k := range t.keys {
			for _, w := range x.WordTerms.Get(index.Hash(termDelete, k)) {
				if r.words[w].text == t.text {
					return true
				}
			}
		}
	}
	return false
}

// hasKeyTerm reports whether the index holds a term for a key or a de-inflected variant of a
// word of q, as it is (no letter deleted from the query side): every table word whose key
// equals one of them (the rules exact, key, convention and inflection of wordSim), and some
// one letter longer. It scores nothing; Find uses it to skip single words that could meet a
// name only by edit distance, which its rules reject (see Finder.Find).
func (r *Resolver) hasKeyTerm(q *mention) bool {
	x := r.idx
	for i := range q.tokens {
		t := &q.tokens[i]
		for _, list := range [][]string{t.keys, t.variants} {
			for _, k := range list {
				h := index.Hash(termDelete, k)
				if len(x.WordTerms.Get(h)) > 0 || len(x.NameTerms.Get(h^joinedSalt)) > 0 {
					return true
				}
			}
		}
	}
	return false
}

// mayCover reports whether some table name that the index leads q to may meet every word of
// q that holds one of the parts need: whether Find's covered check (see Finder.span) could
// pass for any match of q that the scorer gives word by word. Resolve scores only the names
// lookup marks, and a word of q appears in a match's words only when scoreName pairs it
// with a word of the name: at tokenMin or more (weakMin for a person's surname beginning
// with the same two letters) by a rule other than an initial's, or in a compound of two
// words at compoundMin or more. Those
// pairs are asked of the scorer itself (wordSim, without the strict ending, which only
// lowers a score; the scores are kept in wm, nil for none, which Resolve then reads), for
// pairs the index does not lead together only when they keep the first letter of some key
// or a cognate group (restWordMay's bound, the one lookupRest relies on). The check is
// exact wherever that bound holds: TestFindCoverFilter finds the same mentions with and
// without it. Whole names matched as written or folded, which explain no words, are the
// caller's to rule out. A mention with an initial, or with more words than the index
// marks, may always be covered.
func (r *Resolver) mayCover(q *mention, need []string, wm *wordMemo) bool {
	if len(q.tokens) > 16 {
		return true
	}
	for i := range q.tokens {
		if q.tokens[i].initial {
			return true
		}
	}
	// parts[k]: the words of q that hold need[k].
	var parts [4 * maxSpanWords]uint16
	if len(need) > len(parts) {
		return true
	}
	for k, p := range need {
		for i := range q.tokens {
			if strings.Contains(q.tokens[i].text, p) {
				parts[k] |= 1 << i
			}
		}
		if parts[k] == 0 {
			return false // no word of q holds it: no match can cover it
		}
	}
	s := r.getScratch()
	defer r.putScratch(s)
	q.sims = s.sims
	if wm != nil {
		q.sims, q.simIDs = wm.use(q.tokens)
	}
	defer func() { q.sims, q.simIDs = nil, nil }()
	r.lookup(q, s)
	r.markAll(s)
	x := r.idx
	starts := r.wordStarts()
	var qs [16]wordStart
	var qg [16][]int
	for i := range q.tokens {
		qs[i], qg[i] = startOf(&q.tokens[i], true), startGroups(&q.tokens[i])
	}
	// What each vocabulary word meets of q (low 16 bits: the words of q it may meet in any
	// name; high: in a person's name), computed lazily, word of q by word of q: a name that
	// cannot cover the first part need asks nothing of its words for the others. The answer
	// is the same as with every word of q scored at once.
	if s.cover == nil {
		s.cover, s.coverJoins = map[uint32]lazyMask{}, map[uint32]lazyJoin{}
	}
	words, joins := s.cover, s.coverJoins
	defer clear(words)
	defer clear(joins)
	var one [1]uint32
	n := mention{tokens: make([]token, 1), ids: one[:]}
	// wordCover returns what vocabulary word w meets of q, with the word i of q asked.
	wordCover := func(w uint32, i int) uint32 {
		lm, ok := words[w]
		if !ok {
			lm.m = uint32(s.words.get(w)) * 0x10001 // the index leads the word to it
		}
		t := &r.words[w]
		if lm.sims&(1<<i) == 0 {
			lm.sims |= 1 << i
			ws := starts[w]
			if lm.m&(1<<i) == 0 && (qs[i].letters&ws.letters != 0 || ws.cognate != 0 && slices.Contains(qg[i], ws.cognate)) {
				n.tokens[0], one[0] = *t, w
				switch sim, rule := q.wordSim(i, &n, 0, false); {
				case rule == "initial":
					// A word met as the initial of a name word covers nothing (covered).
				case sim >= tokenMin:
					lm.m |= 0x10001 << i
				case sim >= weakMin && samePrefix(q.tokens[i].key, t.key, 2):
					lm.m |= 0x10000 << i // the weak rule, for a person's surname
				}
			}
		}
		for p := max(i-1, 0); p <= i; p++ {
			if p+1 < len(q.tokens) && p < len(q.joined) && lm.pairs&(1<<p) == 0 {
				// Two mention words for one name word (Yong Chol, Yongchol).
				lm.pairs |= 1 << p
				if translit.SimilarityAtLeast(q.joined[p], t.key, compoundMin) >= compoundMin {
					lm.m |= 0x30003 << p
				}
			}
		}
		words[w] = lm
		return lm.m
	}
	// joinCover returns what the joined key j of two name words meets of q, with the word
	// i of q asked: one mention word for two name words (Mohammedreza, Mohammad Reza).
	joinCover := func(j uint32, i int) uint16 {
		lj := joins[j]
		if lj.done&(1<<i) == 0 {
			lj.done |= 1 << i
			if translit.SimilarityAtLeast(q.tokens[i].key, x.Strings.At(j), compoundMin) >= compoundMin {
				lj.m |= 1 << i
			}
			joins[j] = lj
		}
		return lj.m
	}
	for _, n := range s.names.ids {
		if x.NameFlags[n]&nameAsWritten != 0 {
			continue
		}
		cover := s.names.get(n) // met by the name's joined keys
		nw, nj := x.NameWords(n)
		shift := 0
		if x.NameFlags[n]&namePerson != 0 {
			shift = 16
		}
		all := true
		for _, p := range parts[:len(need)] {
			for _, w := range nw {
				for i := range q.tokens {
					if p&cover != 0 {
						break
					}
					if p&(1<<i) != 0 {
						cover |= uint16(wordCover(w, i) >> shift)
					}
				}
			}
			for _, j := range nj {
				for i := range q.tokens {
					if p&cover != 0 {
						break
					}
					if p&(1<<i) != 0 {
						cover |= joinCover(j, i)
					}
				}
			}
			if p&cover == 0 {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// lazyMask is what a vocabulary word meets of a mention in mayCover, asked word by word of
// the mention.
type lazyMask struct {
	m     uint32 // the bits found so far (low 16: in any name; high: in a person's name)
	sims  uint16 // the words of the mention whose wordSim with the vocabulary word is asked
	pairs uint16 // the pairs of words of the mention (bit i: i and i+1) whose joined key is asked
}

// lazyJoin is what a joined key of two name words meets of a mention in mayCover: m, of
// the words of the mention asked (done).
type lazyJoin struct{ m, done uint16 }

// wordStart is what mayCover reads of a word for restWordMay's bound: the first letters of its text and keys (a bit
// per letter, byte&31) and its cognate group (0: none).
type wordStart struct {
	letters uint32
	cognate int
	short   bool // the lexicon gives short forms of the word (restQuery.may)
}

// startOf returns the wordStart of the vocabulary word t; for a mention's word (mention
// true), its keys of case forms and its extra keys count too, and cognate is that of the word
// as it stands (startGroups gives those of its other keys).
func startOf(t *token, mention bool) wordStart {
	lx := loadLexicon()
	ws := wordStart{cognate: lx.cognate(t), short: lx.short[t.text] != nil}
	add := func(k string) {
		if k != "" {
			ws.letters |= 1 << (k[0] & 31)
		}
	}
	add(t.text)
	for f := range lx.short[t.text] {
		// A short form of a given name meets its full names (Tony, Anthony): it starts as they
		// do. (Entries after \x01 are cognate groups, whose names the group's bound covers.)
		if !strings.HasPrefix(f, "\x01") {
			add(strings.TrimPrefix(f, "\x00"))
		}
	}
	for _, k := range t.keys {
		add(k)
	}
	if mention {
		for _, list := range [][]string{t.variants, t.sameKeys} {
			for _, k := range list {
				add(k)
			}
		}
	}
	return ws
}

// startGroups returns the cognate groups a mention word may stand for: its own, and those of
// its keys and the keys of its case forms.
func startGroups(q *token) []int {
	lx := loadLexicon()
	var gs []int
	if g := lx.cognate(q); g != 0 {
		gs = append(gs, g)
	}
	for _, list := range [][]string{q.keys, q.variants, q.sameKeys} {
		for _, k := range list {
			if g := lx.cognates["\x00"+k]; g != 0 && !slices.Contains(gs, g) {
				gs = append(gs, g)
			}
		}
	}
	return gs
}

// wordStarts returns the wordStart of every vocabulary word, made once.
func (r *Resolver) wordStarts() []wordStart {
	r.startsOnce.Do(func() {
		r.starts = make([]wordStart, len(r.words))
		for w := range r.words {
			r.starts[w] = startOf(&r.words[w], false)
		}
	})
	return r.starts
}

// namesAlone reports whether the mention's word i names an entity of the table other than e
// by itself: its key is the key of a one-word name (Paris after Emmanuel Macron) or of the
// last word of another person's name (Medvedev after Vladimir Putin) that is not the whole
// of the mention's words before it, a parent's name (parentsName: Maryam Nawaz Sharif).
func (r *Resolver) namesAlone(q *mention, i int, e uint32) bool {
	x := r.idx
	t := &q.tokens[i]
	alone, parent := false, false
	for _, w := range x.WordTerms.Get(index.Hash(termDelete, t.key)) {
		if r.words[w].key != t.key {
			continue
		}
		for _, n := range x.WordNames.Row(w) {
			if x.NameEntity[n] == e {
				continue
			}
			words, _ := x.NameWords(n)
			if len(words) == 1 {
				return true
			}
			if x.NameFlags[n]&namePerson != 0 && words[len(words)-1] == w {
				alone = true
				parent = parent || r.parentsName(q, i, words)
			}
		}
	}
	return alone && !parent
}

// parentsName reports whether the person's name of the vocabulary words ws is the whole of
// the mention's words that end at its word i, after one given name or more of the mention's
// own: in the customs that give a child the father's name after the child's own, a
// daughter's whole name holds her father's (Maryam Nawaz Sharif, the daughter of Nawaz
// Sharif, for the table's Maryam Nawaz), so the family name that ends the father's name is
// hers too, not a word of another person's name.
func (r *Resolver) parentsName(q *mention, i int, ws []uint32) bool {
	start := i + 1 - len(ws)
	if len(ws) < 2 || start < 1 {
		return false
	}
	for k, w := range ws {
		if r.words[w].key != q.tokens[start+k].key {
			return false
		}
	}
	return true
}

// otherLongerName reports whether the entity of name ni records a longer form of its name
// (a name of more than words words) and the word t, which the mention writes after the name
// ni, meets none of the words of any such form: the table knows the person's full name, and
// the mention names someone else by it (Nicolás Maduro Guerra, the son, beside a recorded
// Nicolás Maduro Moros). A table without longer forms contradicts none.
func (r *Resolver) otherLongerName(t *token, ni uint32, words int) bool {
	lo, hi := r.entityNames(ni)
	recorded := false
	var v nameView
	for j := lo; j <= hi; j++ {
		r.view(j, &v)
		if len(v.m.tokens) <= words {
			continue
		}
		recorded = true
		for _, nt := range v.m.tokens {
			if nt.key == t.key || translit.Similarity(nt.key, t.key) >= tokenMin {
				return false
			}
		}
	}
	return recorded
}

// familyLeftOff reports whether the words that a match by givenAndFamily left off a person's
// name m (the table name ni), those after its word k, may be family names the press leaves
// off, as the table writes them: none is an English word written in plain letters (Martin
// Luther is not Martin Luther King; Jeannette Jara for Jeannette Jara Román still is, as
// Román is written with its accent), and a name of three words shows the Spanish or
// Portuguese custom of two family names, the mother's last: a letter with a Spanish or
// Portuguese accent or tilde, or a first family name in -ez (Daniel Noboa Azín; not Ellen
// Johnson Sirleaf, where the last name is the one in use).
func (r *Resolver) familyLeftOff(ni uint32, m *mention, k int) bool {
	raw := strings.FieldsFunc(r.nameText(ni), isSep)
	wl := loadWordlist()
	for j := k + 1; j < len(m.tokens); j++ {
		t := &m.tokens[j]
		if !t.significant() || wl.class(t.text) != commonWord {
			continue
		}
		for _, w := range raw {
			if isASCII(w) && strings.EqualFold(w, t.text) {
				return false
			}
		}
	}
	if significantCount(m) > 3 || spanishPatronymic(m.tokens[k].text) || loadWordlist().class(m.tokens[k].text) == unlisted {
		return true
	}
	return strings.ContainsAny(r.nameText(ni), "áéíóúñãõçâêôÁÉÍÓÚÑÃÕÇÂÊÔ")
}
