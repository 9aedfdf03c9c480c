package entity

import "github.com/namecanon/namecanon/translit"

// keyCache remembers what parsing makes of each word of one index build: a table of 1e6
// names holds far fewer distinct words (given names and surnames repeat: the synthetic
// table of 1e6 names has under 9,000), and the fold, keys and role of a word depend on the
// word alone. A nil *keyCache computes every time. It is not safe for concurrent use: each
// build worker has its own.
type keyCache struct {
	words  map[string]*cachedWord
	joined map[uint64]cachedJoin // the ids of two neighbouring words → the key of the two as one
	seq    []*cachedWord         // the words of the mention being parsed, one per token
	pairs  []uint32              // the ids of its joined keys, one per pair of tokens
	// The words foldRole looked up for the mention, in order, and the next one word
	// expects: the words of a mention are looked up twice (compounds, then tokens), the
	// second time from here.
	looked []*cachedWord
	next   int
}

// cachedJoin is the key of two neighbouring words written as one, numbered in the cache.
type cachedJoin struct {
	key string
	id  uint32
}

type cachedWord struct {
	raw   string // the word as parsed
	id    uint32
	fold  string
	role  role
	keys  []string
	keyed bool // keys is made
}

// newKeyCache returns an empty cache with room for about pairs joined keys (the table's
// names repeat their pairs of words far less than their words: about one new pair in four
// names of a large synthetic table).
func newKeyCache(pairs int) *keyCache {
	return &keyCache{words: map[string]*cachedWord{}, joined: make(map[uint64]cachedJoin, pairs)}
}

// begin starts the parse of a mention.
func (kc *keyCache) begin() {
	if kc != nil {
		kc.seq, kc.pairs, kc.looked, kc.next = kc.seq[:0], kc.pairs[:0], kc.looked[:0], 0
	}
}

func (kc *keyCache) entry(lx *lexicon, w string) *cachedWord {
	c, ok := kc.words[w]
	if !ok {
		c = &cachedWord{raw: w, id: uint32(len(kc.words)), fold: translit.Fold(w)}
		c.role = lx.words[c.fold]
		kc.words[w] = c
	}
	return c
}

// foldRole returns translit.Fold(w) and its role in lx.
func (kc *keyCache) foldRole(lx *lexicon, w string) (string, role) {
	if kc == nil {
		e := queryWords.entry(lx, w)
		return e.fold, e.role
	}
	c := kc.entry(lx, w)
	kc.looked = append(kc.looked, c)
	return c.fold, c.role
}

// word returns translit.Fold(w) and, when that is not empty, translit.Keys(w) and the role
// of the fold in lx: the word of the next token of the mention. The keys are shared; nobody
// may change them.
func (kc *keyCache) word(lx *lexicon, w string) (string, []string, role) {
	if kc == nil {
		return queryWords.word(lx, w)
	}
	var c *cachedWord
	if kc.next < len(kc.looked) && kc.looked[kc.next].raw == w {
		c = kc.looked[kc.next]
		kc.next++
	} else {
		c = kc.entry(lx, w)
	}
	if c.fold == "" {
		return "", nil, 0
	}
	if !c.keyed {
		c.keys, c.keyed = translit.Keys(w), true
	}
	kc.seq = append(kc.seq, c)
	return c.fold, c.keys, c.role
}

// joinedKey returns translit.Key(tokens[i-1].text + tokens[i].text): the key of two
// neighbouring words written as one.
func (kc *keyCache) joinedKey(tokens []token, i int) string {
	if kc == nil || len(kc.seq) != len(tokens) {
		return queryWords.joinedKey(tokens[i-1].text, tokens[i].text)
	}
	pair := uint64(kc.seq[i-1].id)<<32 | uint64(kc.seq[i].id)
	j, ok := kc.joined[pair]
	if !ok {
		j = cachedJoin{translit.Key(tokens[i-1].text + tokens[i].text), uint32(len(kc.joined))}
		kc.joined[pair] = j
	}
	kc.pairs = append(kc.pairs, j.id)
	return j.key
}

// appendRefs appends to refs the cache's ids of the words and then of the joined keys of m,
// the mention it has just parsed, and reports whether it knows them all: numbers that name
// a word or a joined key within this cache, which the build interns once per number.
func (kc *keyCache) appendRefs(refs []uint32, m *mention) ([]uint32, bool) {
	if len(kc.seq) != len(m.tokens) || len(kc.pairs) != len(m.joined) {
		return refs, false
	}
	for _, c := range kc.seq {
		refs = append(refs, c.id)
	}
	return append(refs, kc.pairs...), true
}
