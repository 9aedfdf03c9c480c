package entity

import (
	"hash/maphash"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/namecanon/namecanon/translit"
)

// queryWords remembers what parsing a query makes of its words: the fold, the keys under
// every convention, the role, the de-inflected variants and the key of two neighbouring
// words written as one. Each depends on the word alone (and on the embedded lexicon), and
// computing them (translit.Keys of the word and of every stem that an ending leaves) is
// most of the cost of parsing a query, while queries repeat their words (given names,
// common family names). The index build has its own cache per worker (keyCache); this one
// serves every parse without one, from any goroutine.
var queryWords wordCache

// wordCacheBits sets the size of a wordCache: 1<<wordCacheBits slots for words and as many
// for joined keys, a few hundred kilobytes when full.
const wordCacheBits = 12

// wordCache is a direct-mapped cache: a word goes to one slot, chosen by its hash, and
// replaces whatever the slot held. A slot holds a pointer to an entry that is never changed
// once stored (its slices are clipped, so that appending to them copies), so readers and
// writers on any goroutines need no lock. What it returns is what computing would give:
// it changes no result, only the time a parse takes.
type wordCache struct {
	words  [1 << wordCacheBits]atomic.Pointer[cachedQueryWord]
	joined [1 << wordCacheBits]atomic.Pointer[cachedJoinedKey]
}

// cachedQueryWord is what parsing makes of one word as written.
type cachedQueryWord struct {
	raw      string
	fold     string
	role     role
	keys     []string // translit.Keys(raw), clipped
	variants []string // queryVariants(raw, fold), clipped; set when hasVar
	hasVar   bool
}

// cachedJoinedKey is the key of two words written as one.
type cachedJoinedKey struct {
	a, b string // the folded words
	key  string // translit.Key(a + b)
}

var wordCacheSeed = maphash.MakeSeed()

func (c *wordCache) wordSlot(w string) *atomic.Pointer[cachedQueryWord] {
	return &c.words[maphash.String(wordCacheSeed, w)&(1<<wordCacheBits-1)]
}

// word returns translit.Fold(w), its role in lx and, when the fold is not empty,
// translit.Keys(w). The keys are shared; nobody may change them.
func (c *wordCache) word(lx *lexicon, w string) (string, []string, role) {
	e := c.entry(lx, w)
	if e.fold == "" {
		return "", nil, 0
	}
	return e.fold, e.keys, e.role
}

// entry returns the cached word w, computing and storing it when the slot holds another.
func (c *wordCache) entry(lx *lexicon, w string) *cachedQueryWord {
	slot := c.wordSlot(w)
	if e := slot.Load(); e != nil && e.raw == w {
		return e
	}
	e := &cachedQueryWord{raw: strings.Clone(w), fold: translit.Fold(w)}
	e.role = lx.words[e.fold]
	if e.fold != "" {
		e.keys = slices.Clip(translit.Keys(w))
	}
	slot.Store(e)
	return e
}

// variants returns queryVariants(lx, w, fold), fold being translit.Fold(w). The list is
// shared and clipped: appending to it copies.
func (c *wordCache) variants(lx *lexicon, w, fold string) []string {
	slot := c.wordSlot(w)
	e := slot.Load()
	if e == nil || e.raw != w {
		e = c.entry(lx, w)
	}
	if e.hasVar {
		return e.variants
	}
	v := slices.Clip(queryVariants(lx, w, fold))
	more := *e // a new entry: a stored one never changes
	more.variants, more.hasVar = v, true
	slot.Store(&more)
	return v
}

// joinedKey returns translit.Key(a + b).
func (c *wordCache) joinedKey(a, b string) string {
	h := maphash.String(wordCacheSeed, a)
	h = h*31 + maphash.String(wordCacheSeed, b)
	slot := &c.joined[h&(1<<wordCacheBits-1)]
	if e := slot.Load(); e != nil && e.a == a && e.b == b {
		return e.key
	}
	key := translit.Key(a + b)
	slot.Store(&cachedJoinedKey{a: strings.Clone(a), b: strings.Clone(b), key: key})
	return key
}

// textWords remembers what Find's scanner makes of a word of running text (textFacts): its
// fold, its role in the lexicon, its class in the word list and whether it may be a word of
// a title. Each depends on the word as
// written alone (and on the embedded lexicon and word list), and news repeats its words,
// so each is computed once per distinct word rather than once per occurrence. Like
// queryWords, it changes no result, only the time a scan takes.
var textWords textWordCache

// textWordCacheBits sets the slots of textWords: 1<<textWordCacheBits, more than the
// distinct words of a long article.
const textWordCacheBits = 14

// textWordCache is a cache like wordCache, but each word may sit in either of two slots
// that its hash chooses, so that two words of one article that share a slot do not evict
// each other on every pass (with a slot each, about one distinct word in twenty of a long
// article did). Entries are never changed once stored (but for the atomic
// textFacts.listed), so readers and writers on any goroutines need no lock.
type textWordCache struct {
	slots [1 << textWordCacheBits]atomic.Pointer[textFacts]
}

// textSlots returns the two slots of the word w: the one a new entry goes to first, and
// the other.
func (c *textWordCache) textSlots(w string) (a, b *atomic.Pointer[textFacts]) {
	i, j := twoSlots(maphash.String(wordCacheSeed, w), textWordCacheBits)
	return &c.slots[i], &c.slots[j]
}

// textFacts is what classify needs of a word as written: see textWord. Its fields do not
// change once stored, but for listed, which is set once, atomically.
type textFacts struct {
	raw         string
	folded      string // foldWord(raw)
	role        role   // the lexicon's role of folded
	title       int8   // 1 no, 2 a word of a title phrase (see textWord.titleish)
	leading     bool   // folded is one of leadingParticles
	spaceless   bool   // spaceless(raw)
	split       bool   // folded holds a space or a hyphen (strings.ContainsFunc(folded, isSep))
	titleFirst  bool   // lexicon.titleFirst of folded
	compound    bool   // lexicon.compoundTitle of folded
	conjunction bool   // folded is one of conjunctions
	otherFirst  bool   // folded, up to a space or hyphen, begins a name of data/othernames.tsv (loadOtherNameFirsts)
	// listed is 1 + the word list's class of folded (see textWord.listed), or 0 while no
	// Finder has asked (Finder.class sets it).
	listed atomic.Int32
	// known is what the index of the last Resolver that looked the word up says of it
	// (Finder.lookup), with the Resolver's memo's ident: ident<<8 | answer.
	known atomic.Uint64
}

// keepListed records listed, 1 + the word list's class, in the facts of the word w if its
// slot still holds them.
func (c *textWordCache) keepListed(w string, listed int8) {
	a, b := c.textSlots(w)
	for _, slot := range [2]*atomic.Pointer[textFacts]{a, b} {
		if e := slot.Load(); e != nil && e.raw == w {
			e.listed.Store(int32(listed))
		}
	}
}

// facts returns the facts of the word w, computing and storing them when neither of its
// slots holds them.
func (c *textWordCache) facts(lx *lexicon, w string) *textFacts {
	slot, other := c.textSlots(w)
	if e := slot.Load(); e != nil && e.raw == w {
		return e
	}
	if e := other.Load(); e != nil && e.raw == w {
		return e
	}
	if slot.Load() != nil && other.Load() == nil {
		slot = other
	}
	e := &textFacts{raw: strings.Clone(w)}
	e.folded = foldWord(e.raw) // the clone: a fold that is the word itself keeps no text alive
	e.role = lx.words[e.folded]
	tw := textWord{folded: e.folded}
	tw.titleish(lx)
	e.title = tw.title
	e.leading = leadingParticles[e.folded]
	e.spaceless = spaceless(e.raw)
	e.split = strings.ContainsFunc(e.folded, isSep)
	e.titleFirst, e.compound = lx.titleFirst[e.folded], lx.compoundTitle(e.folded)
	e.conjunction = conjunctions[e.folded]
	first := e.folded
	if i := strings.IndexAny(first, " -"); i >= 0 {
		first = first[:i]
	}
	e.otherFirst = loadOtherNameFirsts()[first]
	slot.Store(e)
	return e
}
