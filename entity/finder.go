package entity

import (
	"hash/maphash"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/namecanon/namecanon/alias"
)

// Mention is a name found in running text, with its byte span and its resolution.
type Mention struct {
	Start int    `json:"start"` // byte offset in the text of the first byte of the mention
	End   int    `json:"end"`   // byte offset just after it: text[Start:End] is the mention as written
	Text  string `json:"text"`  // text[Start:End]
	// Found reports whether the mention names an entity of the table. A mention with Found
	// false is an unknown name (reported only [WithUnknown]): a run of name words that
	// resolved to nothing, with the zero Match.
	Found bool  `json:"found"`
	Match Match `json:"match"` // the resolved entity; the zero Match when Found is false
}

// FindOption sets an option of a [Finder].
type FindOption func(*findConfig)

// findConfig holds the options of a Finder. Its zero value is the default: no unknown
// names, every kind, the Resolver's threshold.
type findConfig struct {
	unknown   bool
	kinds     []alias.Kind // nil: every kind
	threshold float64      // 0: the Resolver's threshold
}

// WithUnknown sets whether a [Finder] also reports unknown names: runs of name words that
// resolve to no entity, as mentions with Found false (default false).
func WithUnknown(report bool) FindOption { return func(c *findConfig) { c.unknown = report } }

// WithFindKinds restricts the mentions a [Finder] reports to entities of the given kinds
// (default: every kind). A name of another kind is still read as a whole and keeps its
// words: with WithFindKinds(alias.Person), "Kyiv Post" yields nothing, not a place.
func WithFindKinds(kinds ...alias.Kind) FindOption {
	kinds = slices.Clone(kinds)
	return func(c *findConfig) { c.kinds = kinds }
}

// WithFindThreshold sets the score a mention's match needs (default: the Resolver's
// threshold, see [WithThreshold]). A threshold below the Resolver's has no effect: a name
// the Resolver does not resolve is never a mention.
func WithFindThreshold(x float64) FindOption { return func(c *findConfig) { c.threshold = x } }

// Finder finds the names of table entities in the pieces of one document, in order, and
// remembers what the document has said: the words it writes in lower case, and the full
// names it has mentioned, so that a later surname alone resolves to the person named in full
// before it. (The answers of the Resolver are remembered by the Resolver, for every Finder.)
//
// A Finder is not safe for concurrent use: use one per document (and per goroutine). Its
// memory is bounded whatever the length of the document.
type Finder struct {
	r   *Resolver
	lx  *lexicon
	cfg findConfig

	// Per document.
	lower map[string]bool // folded words the document writes in lower case: common words
	// people maps the name key of a family name to the person the document named in full
	// with it, found or unknown (Andrii Sybiha, Zach Witkoff).
	people    map[string]docName
	mentioned map[string]bool // the IDs of the entities the document named in full
	scores    wordMemo        // word scores, shared by the Finder's lookups
	// spareNone turns off the checks that spare Resolve a span whose answer Find would
	// drop (mayCover, canonicalKeyed): tests compare the mentions with and without them.
	spareNone bool

	// Per call of Find.
	text  string
	words []textWord
	out   []Mention
}

// maxDocMemo caps the entries of each per-document map of a Finder; past it the map starts
// afresh, so that a stream of any length runs in bounded memory.
const maxDocMemo = 1 << 14

// docName is a person the document named in full: an entity, or an unknown name.
type docName struct {
	m         Match
	found     bool
	text      string // the full name as written
	ambiguous bool   // the document has named two people with this family name
}

// resolved is one remembered answer of Resolve.
type resolved struct {
	m      Match
	ok     bool
	spared bool // not resolved: Find would drop the answer (see Finder.mayCover)
}

// NewFinder returns a Finder over r for one document.
func (r *Resolver) NewFinder(opts ...FindOption) *Finder {
	f := &Finder{r: r, lx: loadLexicon()}
	for _, o := range opts {
		o(&f.cfg)
	}
	return f
}

// Find is [Finder.Find] with a new Finder and the default options: the mentions of table
// entities in text, one document. It is safe for concurrent use.
func (r *Resolver) Find(text string) []Mention {
	f := r.NewFinder()
	if b, ok := findBuffers.Get().(*findBuffer); ok {
		f.words, f.out, f.lower, f.people, f.mentioned = b.words, b.out, b.lower, b.people, b.mentioned
	}
	out := f.Find(text)
	if cap(f.words) <= maxPooledWords && cap(f.out) <= maxPooledWords {
		clear(f.words[:cap(f.words)]) // keep no text alive
		clear(f.out[:cap(f.out)])
		clear(f.lower)
		clear(f.people)
		clear(f.mentioned)
		findBuffers.Put(&findBuffer{words: f.words[:0], out: f.out[:0], lower: f.lower, people: f.people, mentioned: f.mentioned})
	}
	return out
}

// findBuffers holds the buffers of finished Finders of Resolver.Find, emptied, for the
// next: a Finder's words, mentions and maps are most of what a call allocates.
var findBuffers sync.Pool

// findBuffer is what findBuffers holds.
type findBuffer struct {
	words     []textWord
	out       []Mention
	lower     map[string]bool
	people    map[string]docName
	mentioned map[string]bool
}

// maxPooledWords caps the words and the mentions of a slice that findBuffers keeps (a few
// MB).
const maxPooledWords = 1 << 15

// Find returns the mentions in text, the next piece of the Finder's document, in order and
// non-overlapping; their offsets are relative to text (a caller that feeds a document in
// pieces adds each piece's offset). Cut pieces between sentences or paragraphs: a name is
// never read across two pieces. What the earlier pieces said counts (see [Finder]).
//
// Find takes text of any length, in time linear in its length: at most six resolutions per
// name word, each of at most [MaxMentionBytes], and a bounded look at the words beside each
// mention. Invalid UTF-8 separates words; words longer than MaxMentionBytes are skipped.
//
// # Candidates
//
//   - A candidate is a run of name words: words that begin with a capital letter (Sybiha,
//     Зеленський, NATO, U.S.) and words of scripts without case (Arabic, Hebrew, Georgian,
//     Hangul …). Name particles and the small words of organization names (von der, de, al,
//     bin, of, the, for, and) may sit inside a run, and the name particles may begin one
//     (von der Leyen, al-Assad). Hyphens split words (Putin-Witkoff, U.S.-Russian) but do not
//     end a run; a short lower-case syllable after a short word stays with it (Ki-moon).
//   - A run ends at any other lower-case word or number, at sentence punctuation, commas,
//     brackets, quotes, dashes, slashes and line breaks. A full stop after a single capital
//     letter or an abbreviated title (V. Zelensky, Mr. Witkoff, Gen. Syrskyi, U.S.) does not.
//   - An English possessive (Witkoff’s, Ukraine's) ends a run; it stays in the span and is
//     resolved without the ’s.
//   - Chinese and Japanese text, which puts no spaces between words, is searched character by
//     character for the longest table name of two to eight characters that matches as
//     written or romanized whole (北京 as written, 习近平 romanized xi jinping for Xi
//     Jinping); nothing met by spelling rules or edit distance counts there.
//
// # Whole names first
//
//   - Within a run, spans are tried longest first, up to six name words, and a span is
//     accepted when Resolve finds an entity; its words are then taken. Every Latin name word
//     left in a span must have met a word of the name, and in Latin text one word at least
//     as written or by a key, convention, cognate or inflection: two words that each meet a
//     name word by edit distance alone are two other words (Karin Boss is not Karen Bass,
//     Corte Dhara not Derya Kurt), and a word of the word list (a name or English word in its
//     own right) met by spelling alone more than one edit or one swap of neighbouring letters
//     away is another name (George Washington is not George Watington, Jordan Peterson not
//     Jordan Pedersen, Luisa González not Lucía González; Olaf Scholtz is still Scholz), and
//     so is an English word met by a key or convention that changes its first letter (Steve
//     Jobs is not a Stephen Hobs). A span with a title is resolved
//     without it, as the mention is reported (Prime Minister Mark Carney: "Mark Carney", an
//     exact match). A span never ends in an article, "of", a conjunction or "as"/"at"
//     (Ukraine As Winter Nears, a headline). Spans that could meet a name only by edit
//     distance where Find's rules take none are not resolved: a single word that the word list
//     lists, that starts a sentence or that has fewer than six letters, and two words, unless
//     one of them meets a word of the index by its key, a convention or an inflection.
//   - A run of name words either resolves as a whole or is an unknown name: an accepted span
//     with an untaken name word beside it is dropped (Zach Witkoff, Martin Schulz, Eric Trump,
//     George Washington, Chad Smith, Kyiv Post, The Kyiv Independent, Moscow State University,
//     Trump Tower, New York Times, U.S. Congress), also where a title stands before that word
//     (Rep. Jim Jordan, Sheikh Hamad bin Jassim Al Thani), and so is one followed by a
//     generational suffix (Donald Trump Jr., Vladimir Putin Jr.). A title after the mention
//     begins another name (Miami Mayor Francis Suarez gives Miami).
//   - Two words with one space between, each one word of a longer name of a different
//     person, are one unknown name, not two people (Martin Schulz beside Micheál Martin and
//     Olaf Scholz; Scott Morrison beside Phil Scott and Van Morrison); a hyphen or a
//     conjunction keeps both (Putin-Witkoff, Putin and Witkoff).
//   - A run is taken whole as Resolve takes it with one more family name after a person's
//     whole name (Daniel Noboa Azín, Gustavo Petro Urrego, Abiy Ahmed Ali: see the package
//     doc), where that word is the run's last name word, a Latin word that is no word of a
//     table name as written (sharing a key with one, as most surnames do beside 1e5 names,
//     is no bar) and no English word, and the sentence is no headline; a word of a table
//     name as written there begins another name (Volodymyr Zelenskyy Andrii, Emmanuel Macron
//     Paris), and an English word leaves the run an unknown name (Gabriel Boric Font). The first family name alone is then that person. So is a
//     person's whole name with a middle name, a middle initial or a patronymic that the
//     index does not know and that is no English word (Javier Gerardo Milei, Joseph R. Biden,
//     Vladimir Vladimirovich Putin; not Javier State Milei), or with given names that the
//     full name carries before or inside the name in use, of data/given_european.tsv or
//     data/given_first.tsv, known to the index or not (Arthur Peter Mutharika, Robert Anthony
//     Eden, António José Seguro, Muhammad Nawaz Sharif); any other name in front leaves the
//     whole run an unknown name, with no piece linked to the father (Mahamat Idriss Déby).
//     A body's name after its country's is taken whole too, the country in the table or not
//     (Bangladesh Awami League: see "country-front" in the package doc).
//   - What still splits a run: a title before a name, taken with it but left out of the span
//     ("Russian President Vladimir Putin" gives "Vladimir Putin" and no Russia; "Secretary of
//     State Marco Rubio" gives "Marco Rubio"); an acronym before a title, which is a mention of
//     its own (US President Donald Trump gives US and Donald Trump; EU Energy Commissioner
//     Dan Jørgensen gives EU and the commissioner) while another word before a title belongs
//     to the title: a word before a title is a mention only as the table writes a name or
//     alias, or as the entity's own name folded (Kyiv Mayor, New York Mayor), never as an
//     adjective of data/words.tsv, another language's name or a romanized one (Argentine,
//     South African, Israeli, Pakistani President); a comma (Pokrovsk, Ukraine gives both); a
//     conjunction (Witkoff and Kushner); a designator after a body's or a place's name
//     (Reuters Group, data/words.tsv), which the match takes in; a day or a month (On Tuesday
//     Putin); and words capitalized by their place rather than because they name something:
//     the first word of a sentence, a word in capitals or a word of a headline written in
//     title case, when it is a common word (a word of data/words.tsv, one the document also
//     writes in lower case, or an English word of data/wordlist: After, Meanwhile, Negotiators
//     To Meet In Florida).
//
// # Single words
//
//   - A single word needs two letters. One that the resolver reads as a title, an adjective
//     or a particle (Russian, Minister) counts only when it is itself a name or alias (US,
//     NATO, Kremlin). A common word that starts a sentence (The, But: a word of
//     data/words.tsv, or one the document also writes in lower case) counts only as a name
//     written whole (The Kremlin).
//   - An acronym alias is met only in the table's spelling or in capitals (WHO, not "Who
//     decides?"; UN, not the Un of Kim Jong Un), or as a word of four letters or more that is
//     no English word, the British press style (Nato, Opec).
//   - A word that the resolver matches as written, folded or romanized counts. Otherwise the
//     word is held to real evidence: a given name, a surname or an English word of the word
//     list (data/wordlist: Debian's wamerican and the humannames list) meets a name only by
//     equal spelling or by a press convention that keeps its first letter (Kiev for Kyiv; not
//     Hill for Chile), never by edit distance (Giorgia is not Georgia, Kelly not Chile, Garcia
//     and Harris not Greece, Morris not Mauritius, James not Guam, Beckham not the Bahamas,
//     Dmitry not Kirill Dmitriev), and never as part of a place's or body's name (Martin is
//     not Saint Martin, Americans not American Samoa). An English word written in lower case
//     (data/wordlist's class w: March, Marks) meets a name only word for word as spelled, not
//     by a key or convention, even after the person's full name (March is not Mark Thomas).
//   - A word that meets an alias rather than the entity's own name must meet it as written
//     (exactly or folded), or spell the alias's word exactly in a partial match: other
//     languages' names (Grčija, Chili, Bahamy) are not met through keys or edit distance.
//   - A word of four letters or fewer meets a name only as written, folded or romanized, or
//     as a respelling of its vowels of as many letters (Kiev and Kiew for Kyiv, Irak for
//     Iraq): never by a sound key, convention or ending that drops or changes a consonant
//     (Sul of Rio Grande do Sul and Soul are not Seoul, Tojo is not Togo, Fees is not Fiji,
//     Ruta is not Rutte), nor by edit distance.
//   - A word met by edit distance alone counts only when it is no listed word, has six
//     letters or more, scores 0.9 or more, does not start a sentence or stand in a headline,
//     and is not an English derived adjective (American, Belgian).
//   - A Latin word does not meet an entity with a Latin name through an alias of another
//     script romanized (Israeli and Pakistani romanize the Georgian names ისრაელი, პაკისტანი).
//   - A country's name in another language that is also the name of a real town
//     (data/places/exonyms.tsv: CLDR names less the English ones, against GeoNames) is the
//     town: Brasília, Granada, Tunis and Columbia alone are not Brazil, Grenada, Tunisia and
//     Colombia (America, Palestine and Macao, English names, still link).
//   - Where Resolve finds a single word ambiguous, the one alternative that these rules accept
//     and that the word meets as written is chosen (Rutte is Mark Rutte, not Sweden by edit
//     distance from the Estonian Rootsi), unless another name word stands beside it, or the
//     alternatives listed may not be all of them (Brown beside ten people named Brown).
//
// # The document
//
//   - A family name alone after the person's full name in the same document is that person
//     (Sybhia after Andrii Sybiha), even where the table holds two people of that name
//     (Klitschko after Vitali Klitschko); after an unknown full name it stays unknown
//     (Witkoff after Zach Witkoff); after the full names of two people it is neither
//     (Klitschko after Vitali and Wladimir Klitschko).
//   - Ukrainian and Russian case forms are read back through data/inflections.tsv, on every
//     word of a name written in Cyrillic (Андрієм Сибігою, у Києві, Харкові, Путину).
//
// # Other spellings of a table name
//
//   - A word in capitals of three letters or more is the initials of the capitalized words
//     (but of, and, the) of the one body name of the table that has them, as Resolve reads
//     it (TSMC, IAEA, NATO for a table with the full names): not a person's, not in a
//     headline, not a word the document also writes in lower case.
//   - A place's other name that data/othernames.tsv gives as written (Praha, München, Den
//     Haag, Tiflis), unless the word list holds the word (Bombay).
//   - A country's short name for its official name in the table (data/statenames.tsv: Kenya
//     for Republic of Kenya), a city's called name for its formal name (data/cityforms.tsv:
//     Quito for San Francisco de Quito), and a word in the other Indonesian spelling of the
//     1972 reform (translit.IndonesianSpellings: Aceh for Atjeh, Suharto for Soeharto).
//   - A Korean family name in another spelling (translit.KoreanSurnameSpellings: Lee
//     Jae-myung for Yi Jae-myeong); a family name that leads, alone after the full name, is
//     that person (Lee).
//   - Initials for given names (K. P. Sharma Oli); a person's name after an acronym and
//     "of" (the SPD of Tomio Okamura) is no piece of a longer name.
//
// Ambiguous spans (see [Resolver.Resolve]) are not mentions, unless the document decides
// them as above. With [WithUnknown], the runs of name words that resolve to nothing (up to six
// words, without the titles and common words at their edges: First Lady Jill Biden gives
// Jill Biden) come as mentions with Found false; a lone capitalized word at the start of a
// sentence is not reported, nor a lone English word of the word list (the Senate, in March)
// unless the document named a person by it.
func (f *Finder) Find(text string) []Mention {
	f.text, f.words, f.out = text, f.words[:0], f.out[:0]
	if cap(f.words) < len(text)/8 {
		f.words = make([]textWord, 0, len(text)/6)
	}
	if f.lower == nil || len(f.lower) > maxDocMemo {
		f.lower = make(map[string]bool, len(text)/16)
	}
	f.scan()
	for start := 0; start < len(f.words); {
		end := start + 1
		for end < len(f.words) && !f.words[end-1].breakAfter {
			end++
		}
		f.stretch(f.words[start:end])
		start = end
	}
	f.text = ""
	if len(f.out) == 0 {
		return nil
	}
	// f.out is the Finder's buffer, reused by its next call: the caller gets a copy, and
	// the buffer keeps no text alive.
	out := slices.Clone(f.filter(f.out))
	clear(f.out)
	return out
}

// filter drops the mentions that the Finder's options leave out.
func (f *Finder) filter(ms []Mention) []Mention {
	if len(f.cfg.kinds) == 0 && f.cfg.threshold == 0 && f.cfg.unknown {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		switch {
		case !m.Found && !f.cfg.unknown:
		case m.Found && len(f.cfg.kinds) > 0 && !slices.Contains(f.cfg.kinds, m.Match.Entity.Kind):
		case m.Found && m.Match.Score < f.cfg.threshold:
		default:
			out = append(out, m)
		}
	}
	return out
}

// resolve is f.r.Resolve, remembered in the Resolver's memo for every Finder.
func (f *Finder) resolve(query string) (Match, bool) {
	m, ok, _ := f.resolveSpan(query, nil)
	return m, ok
}

// resolveSpan is resolve for the words rest of a span: when the memo has no answer and
// mayCover rules the span out, it is not resolved (spared true), and the memo remembers that.
func (f *Finder) resolveSpan(query string, rest []textWord) (m Match, ok, spared bool) {
	a := f.r.memo.answers.get(query)
	if a != nil && a.spared && (rest == nil || f.spareNone) {
		a = nil // asked without mayCover: resolve it
	}
	if a == nil {
		if rest != nil && !f.mayCover(rest, query) {
			f.r.memo.answers.put(query, resolved{spared: true})
			return Match{}, false, true
		}
		cfg := f.r.cfg
		cfg.alternatives = findAlternatives
		var r resolved
		r.m, r.ok = f.r.resolveMemo(query, &cfg, &f.scores)
		f.r.memo.answers.put(query, r)
		return r.m, r.ok, false
	}
	return a.m, a.ok, a.spared
}

// findAlternatives is how many alternatives Find asks of an ambiguous answer: enough to
// choose among a few (documentChoice, loneChoice), and a list this long may be cut, so that
// loneChoice chooses from none (Brown alone beside 149 people named Brown).
const findAlternatives = 8

// memoBits sets the slots of each table of a Resolver's memo: 1<<memoBits answers (a few
// KB each at most) and as many answers of the index.
const memoBits = 14

// findMemo remembers the answers of Resolve and of the index that Find asks for, across
// documents: news repeats its names from one article to the next. Its zero value is empty
// and ready; it is safe for concurrent use. The answers depend on the query alone, so the
// memo changes no result of the Resolver.
type findMemo struct {
	answers memoTable[resolved]
	known   memoTable[uint8] // see Finder.lookup
	id      atomic.Uint64    // see ident
}

// memoIdents numbers the memos that have been asked their ident.
var memoIdents atomic.Uint64

// ident returns a number that no other memo has: the textFacts of a word keep the last
// answer of lookup under it.
func (c *findMemo) ident() uint64 {
	if id := c.id.Load(); id != 0 {
		return id
	}
	c.id.CompareAndSwap(0, memoIdents.Add(1))
	return c.id.Load()
}

// memoTable is a cache of values by string keys, like textWordCache: each key may sit in
// either of two of its 1<<memoBits slots, and replaces what one of them held. Entries are
// never changed once stored, so readers and writers on any goroutines need no lock. Its
// zero value is empty and ready; the slots are made on the first put.
type memoTable[V any] struct {
	slots atomic.Pointer[[1 << memoBits]atomic.Pointer[memoEntry[V]]]
}

// memoEntry is one key of a memoTable and its value.
type memoEntry[V any] struct {
	key string
	val V
}

var memoSeed = maphash.MakeSeed()

// twoSlots returns the two slots, below 1<<bits, of a key with the hash h: the one a new
// entry goes to first, and the other.
func twoSlots(h uint64, bits uint) (a, b uint64) {
	a, b = h&(1<<bits-1), h>>32&(1<<bits-1)
	if h>>63 != 0 {
		a, b = b, a // which slot a newcomer takes depends on the key, not on the slot
	}
	return a, b
}

// get returns the value of key, or nil. Nobody may change it.
func (t *memoTable[V]) get(key string) *V {
	s := t.slots.Load()
	if s == nil {
		return nil
	}
	a, b := twoSlots(maphash.String(memoSeed, key), memoBits)
	if e := s[a].Load(); e != nil && e.key == key {
		return &e.val
	}
	if e := s[b].Load(); e != nil && e.key == key {
		return &e.val
	}
	return nil
}

// getBytes is get of string(key), without making the string.
func (t *memoTable[V]) getBytes(key []byte) *V {
	s := t.slots.Load()
	if s == nil {
		return nil
	}
	a, b := twoSlots(maphash.Bytes(memoSeed, key), memoBits)
	if e := s[a].Load(); e != nil && e.key == string(key) {
		return &e.val
	}
	if e := s[b].Load(); e != nil && e.key == string(key) {
		return &e.val
	}
	return nil
}

// put stores the value of key (a copy of it: a key cut from a text keeps no text alive).
func (t *memoTable[V]) put(key string, v V) {
	s := t.slots.Load()
	if s == nil {
		t.slots.CompareAndSwap(nil, new([1 << memoBits]atomic.Pointer[memoEntry[V]]))
		s = t.slots.Load()
	}
	a, b := twoSlots(maphash.String(memoSeed, key), memoBits)
	slot, ea, eb := &s[a], s[a].Load(), s[b].Load()
	switch {
	case ea != nil && ea.key == key: // the key's own slot
	case eb != nil && eb.key == key, ea != nil && eb == nil:
		slot = &s[b] // the key's own slot, or a free one
	}
	slot.Store(&memoEntry[V]{key: strings.Clone(key), val: v})
}

// all calls yield with each key and value the table holds.
func (t *memoTable[V]) all(yield func(string, V) bool) {
	s := t.slots.Load()
	if s == nil {
		return
	}
	for i := range s {
		if e := s[i].Load(); e != nil && !yield(e.key, e.val) {
			return
		}
	}
}
