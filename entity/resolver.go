package entity

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/namecanon/namecanon/alias"
)

// Method says how a mention met the table name that matched it.
type Method string

// The methods, from the most to the least literal.
const (
	MethodExact          Method = "exact"          // the mention is the name or an alias as written
	MethodFolded         Method = "folded"         // equal after folding case, diacritics, titles, order
	MethodTransliterated Method = "transliterated" // equal after romanizing another script
	MethodPhonetic       Method = "phonetic"       // every word meets by name key, convention or cognate
	MethodFuzzy          Method = "fuzzy"          // some word met by weighted edit distance
	MethodPartial        Method = "partial"        // part of the name: surname alone, given + surname
)

// Explain says why a Match matched: which table name, which words, which rules.
type Explain struct {
	Mention string       `json:"mention"` // the mention as parsed (folded, titles dropped, reordered)
	Alias   string       `json:"alias"`   // the table name or alias that matched
	Rules   []string     `json:"rules"`   // parsing rules that fired: title, possessive, surname-first, transliterated:uk, acronym
	Tokens  []TokenMatch `json:"tokens"`  // word by word
}

// Match is a resolved entity with its score.
type Match struct {
	Entity       alias.Entity
	Score        float64  // in [0,1]; see the package doc for what the default threshold means
	Method       Method   // how the mention met the name
	Explain      Explain  // why
	Alternatives []Match  // on ambiguity: the other entities that scored close (Resolve only)
	Warnings     []string // mixed-script, truncated, invalid-utf8
}

// Option sets a Resolver option.
type Option func(*config)

type config struct {
	threshold float64 // 0 means DefaultThreshold
	margin    float64 // 0 means DefaultMargin
}

// Defaults of the options.
const (
	DefaultThreshold = 0.75
	DefaultMargin    = 0.04
)

// WithThreshold sets the score a match needs (default [DefaultThreshold]).
func WithThreshold(x float64) Option { return func(c *config) { c.threshold = x } }

// WithMargin sets how far the best match must lead the best different entity (default
// [DefaultMargin]); closer than that, Resolve reports the mention as ambiguous.
func WithMargin(x float64) Option { return func(c *config) { c.margin = x } }

// name is one indexed table name or alias.
type name struct {
	entity    int
	text      string
	m         mention
	asWritten bool // an acronym, or an alias in another script: matched only as written or folded
}

// Resolver resolves mentions against one table. It is safe for concurrent use by multiple
// goroutines: nothing changes after NewResolver returns.
type Resolver struct {
	tbl      *alias.Table
	cfg      config
	entities []alias.Entity
	names    []name
	exact    map[string][]int // name as written → names
	folded   map[string][]int // folded name → names
	keys     map[string][]int // word key (every convention) → names
	deletes  map[string][]int // word key with one letter deleted → names
	skels    map[string][]int // consonant skeleton of a word key → names
	acronyms map[string][]int // initials of organization names → names
	// acronymKeys maps the word key of an acronym alias (ECB, OPEC) to its names.
	acronymKeys map[string][]int
}

// NewResolver indexes tbl. It panics if tbl is nil.
func NewResolver(tbl *alias.Table, opts ...Option) *Resolver {
	if tbl == nil {
		panic("entity: NewResolver with a nil table")
	}
	r := &Resolver{tbl: tbl, exact: map[string][]int{}, folded: map[string][]int{}, keys: map[string][]int{}, deletes: map[string][]int{}, skels: map[string][]int{}, acronyms: map[string][]int{}, acronymKeys: map[string][]int{}}
	for _, o := range opts {
		o(&r.cfg)
	}
	if r.cfg.threshold == 0 {
		r.cfg.threshold = DefaultThreshold
	}
	if r.cfg.margin == 0 {
		r.cfg.margin = DefaultMargin
	}
	for e := range tbl.All() {
		ei := len(r.entities)
		r.entities = append(r.entities, e)
		r.addName(ei, e.Name, true)
		for _, a := range e.Aliases {
			r.addName(ei, a, false)
		}
	}
	return r
}

func (r *Resolver) addName(ei int, s string, canonical bool) {
	ni := len(r.names)
	m := parseMention(s, false)
	r.names = append(r.names, name{entity: ei, text: s, m: m})
	r.exact[strings.TrimSpace(s)] = append(r.exact[strings.TrimSpace(s)], ni)
	r.folded[m.folded] = appendOnce(r.folded[m.folded], ni)
	switch {
	case isAcronym(s) && len(m.tokens) == 1:
		// ROK, PRC, EZB: an acronym matches as written, never by spelling rules (Iraq is not
		// ROK), or as another acronym with the same key (ОПЕК, OPEK for OPEC).
		r.names[ni].asWritten = true
		k := m.tokens[0].key
		r.acronymKeys[k] = appendOnce(r.acronymKeys[k], ni)
		return
	case !canonical && !m.latin:
		// An alias in another script (Германия, 刚果（金）) matches as written or romanized
		// whole; its romanization is too rough to match word by word (Getty is not
		// a syllable of a Chinese name of Haiti).
		r.names[ni].asWritten = true
		return
	}
	var initials []byte
	for i := 1; i < len(m.tokens); i++ {
		// Two neighbouring words written as one: Hongkong, Mohammedreza, Nordkorea.
		joined := m.joined[i-1]
		for _, d := range deletions(joined) {
			r.deletes[d] = appendOnce(r.deletes[d], ni)
		}
	}
	for _, t := range m.tokens {
		for _, k := range t.keys {
			r.keys[k] = appendOnce(r.keys[k], ni)
		}
		for _, k := range t.keys {
			for _, d := range deletions(k) {
				r.deletes[d] = appendOnce(r.deletes[d], ni)
			}
		}
		for _, sk := range skeletons(t.key) {
			r.skels[sk] = appendOnce(r.skels[sk], ni)
		}
		if t.significant() {
			initials = append(initials, t.text[0])
		}
	}
	if k := r.entities[ei].Kind; canonical && k != alias.Person && len(initials) >= 2 && len(m.tokens) >= 2 {
		// The initials of the canonical name only: a translated alias makes acronyms nobody
		// writes (ON from Ostrov Norfolk).
		r.acronyms[string(initials)] = appendOnce(r.acronyms[string(initials)], ni)
	}
}

func appendOnce(list []int, x int) []int {
	if n := len(list); n > 0 && list[n-1] == x {
		return list
	}
	return append(list, x)
}

// deletions returns k itself and k with each one letter deleted, for keys of four letters or
// more: two keys one edit apart share an entry (the symmetric-delete method).
func deletions(k string) []string {
	if len(k) < 4 {
		return []string{k}
	}
	out := make([]string, 0, len(k)+1)
	out = append(out, k)
	for i := range len(k) {
		d := k[:i] + k[i+1:]
		if !contains(out, d) {
			out = append(out, d)
		}
	}
	return out
}

// Resolve returns the entity that name refers to. ok is false, with the zero Entity, when no
// entity scores at or above the threshold or when the best is not clearly ahead of a
// different entity; Alternatives then lists the close ones and Warnings what parsing noticed.
func (r *Resolver) Resolve(name string) (Match, bool) {
	cands, q := r.rank(name, false)
	if len(cands) == 0 {
		return Match{Warnings: q.warnings}, false
	}
	best := cands[0]
	if best.Score < r.cfg.threshold {
		return Match{Warnings: q.warnings, Alternatives: cands[:min(len(cands), 3)]}, false
	}
	var close []Match
	for _, c := range cands[1:] {
		if c.Score >= best.Score-r.cfg.margin && c.Score >= r.cfg.threshold*0.9 {
			close = append(close, c)
		}
	}
	if len(close) > 0 {
		return Match{Warnings: q.warnings, Alternatives: append([]Match{best}, close...)}, false
	}
	best.Alternatives = nil
	return best, true
}

// Candidates returns up to n entities that name may refer to, best first, whatever their
// score.
func (r *Resolver) Candidates(name string, n int) []Match {
	if n <= 0 {
		return nil
	}
	cands, _ := r.rank(name, false)
	return cands[:min(n, len(cands))]
}

// rank scores every candidate entity for name, best first, one Match per entity. With brute
// set, every table name is scored (the baseline of the benchmarks).
func (r *Resolver) rank(s string, brute bool) ([]Match, mention) {
	out, q := r.rankText(s, brute)
	if !brute && (len(out) == 0 || out[0].Score < r.cfg.threshold) {
		if bare, ok := stripProclitics(s); ok {
			// Hebrew and Arabic write some prepositions and "and" as one letter on the
			// word (לגלנט, to Gallant; والمالكي, and al-Maliki): try the words without them.
			more, _ := r.rankText(bare, false)
			for i := range more {
				more[i].Explain.Rules = append(slices.Clip(more[i].Explain.Rules), "proclitic")
			}
			if len(more) > 0 && (len(out) == 0 || more[0].Score > out[0].Score) {
				return more, q
			}
		}
	}
	return out, q
}

// rankText is rank without the proclitic fallback.
func (r *Resolver) rankText(s string, brute bool) ([]Match, mention) {
	q := parseMention(s, true)
	if len(q.tokens) == 0 {
		return nil, q
	}
	best := map[int]Match{}
	consider := func(ni int, score float64, method Method, tokens []TokenMatch, rules []string) {
		nm := &r.names[ni]
		if score <= 0 {
			return
		}
		if method != MethodExact {
			score = min(score, 0.99) // 1 is kept for a name exactly as written
		}
		if old, ok := best[nm.entity]; ok && old.Score >= score {
			return
		}
		best[nm.entity] = Match{
			Entity:   r.entities[nm.entity],
			Score:    score,
			Method:   method,
			Explain:  Explain{Mention: q.folded, Alias: nm.text, Rules: rules, Tokens: tokens},
			Warnings: q.warnings,
		}
	}
	rules := q.rules
	if rules == nil {
		rules = []string{} // an empty list, not null, in JSON
	}
	if !slices.Contains(rules, "title") && !slices.Contains(rules, "possessive") && !slices.Contains(rules, "surname-first") && len(q.warnings) == 0 {
		for _, ni := range r.exact[strings.TrimSpace(s)] {
			consider(ni, 1, MethodExact, nil, rules)
		}
	}
	for _, ni := range r.folded[q.folded] {
		if q.latin {
			consider(ni, 0.99, MethodFolded, nil, rules)
		} else {
			consider(ni, 0.98, MethodTransliterated, nil, rules)
		}
	}
	if isAcronym(s) {
		// ECB, N.A.T.O., U.N.: the letters alone, against acronym aliases and initials.
		letters := strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) {
				return r
			}
			return -1
		}, s)
		for _, ni := range r.exact[letters] {
			consider(ni, 0.99, MethodFolded, nil, rules)
		}
		for _, ni := range r.acronyms[strings.ToLower(letters)] {
			consider(ni, 0.9, MethodExact, nil, append(slices.Clip(rules), "acronym"))
		}
		if len(q.tokens) == 1 {
			for _, ni := range r.acronymKeys[q.tokens[0].key] {
				consider(ni, 0.95, MethodPhonetic, nil, append(slices.Clip(rules), "acronym"))
			}
		}
	}
	score := func(cand []int) {
		for _, ni := range cand {
			nm := &r.names[ni]
			if nm.asWritten {
				continue
			}
			kind := r.entities[nm.entity].Kind
			ns := kindRules(&q, &nm.m, kind, scoreName(&q, &nm.m, kind == alias.Person))
			if ns.score > 0 && kind == alias.Person && r.otherPatronymic(&q, ni) {
				ns = nameScore{}
			}
			if !q.latin && ns.method == MethodFolded {
				ns.method = MethodTransliterated
			}
			consider(ni, ns.score, ns.method, ns.tokens, rules)
		}
	}
	if brute {
		all := make([]int, len(r.names))
		for ni := range all {
			all[ni] = ni
		}
		score(all)
	} else {
		first, rest := r.lookup(&q)
		score(first)
		found := false
		for _, m := range best {
			found = found || m.Score >= r.cfg.threshold
		}
		if !found {
			score(rest)
		}
	}
	out := make([]Match, 0, len(best))
	for _, m := range best {
		out = append(out, m)
	}
	slices.SortFunc(out, func(a, b Match) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return cmp.Compare(a.Entity.ID, b.Entity.ID)
	})
	return out, q
}

// lookup returns the names that share a word key, a key one deletion away or a consonant
// skeleton with the mention, in two tiers: first the names met by the most mention words,
// then the rest. Scoring the first tier alone is enough when it yields a match: a name met by
// fewer words of the mention cannot match it better.
func (r *Resolver) lookup(q *mention) (first, rest []int) {
	hits := map[int]uint16{} // name → bit set of the mention words that met it
	add := func(list []int, word int) {
		for _, ni := range list {
			hits[ni] |= 1 << word
		}
	}
	sig := significantCount(q)
	for wi, t := range q.tokens {
		if !t.significant() || wi >= 16 {
			continue
		}
		for _, k := range t.keys {
			add(r.keys[k], wi)
			for _, d := range deletions(k) {
				add(r.deletes[d], wi)
			}
		}
		for _, v := range t.variants {
			add(r.keys[v], wi)
			for _, d := range deletions(v) {
				add(r.deletes[d], wi)
			}
		}
		for _, k := range t.keys {
			for _, sk := range skeletons(k) {
				if len(sk) >= 3 || sig == 1 {
					add(r.skels[sk], wi) // two consonants are too common a skeleton unless the word is alone
				}
			}
		}
	}
	most := 0
	for _, h := range hits {
		most = max(most, bits.OnesCount16(h))
	}
	for ni, h := range hits {
		if bits.OnesCount16(h) == most {
			first = append(first, ni)
		} else {
			rest = append(rest, ni)
		}
	}
	slices.Sort(first)
	slices.Sort(rest)
	return first, rest
}

// hasCandidates reports whether the index holds any name that lookup would return for q.
func (r *Resolver) hasCandidates(q *mention) bool {
	first, _ := r.lookup(q)
	return len(first) > 0
}

// skeletons returns the consonant skeletons of a word key that have two letters or more: h
// dropped (Sivya and Sybiha meet at sb) and h read as k (Gaddafi, whose g the key writes h,
// and Qaddafi meet at kdb).
func skeletons(key string) []string {
	var out []string
	for _, hk := range []bool{false, true} {
		if sk := skeleton(key, hk); len(sk) >= 2 && !contains(out, sk) {
			out = append(out, sk)
		}
	}
	return out
}

// skeleton reduces a word key to its consonants, with consonants that conventions confuse
// merged (b v f p w; k g q c x, and h when hk is set; s z; d t) and the vowels dropped, and h
// too unless hk is set: Sivya (sivia) and Sybiha (sibiha) share the skeleton sb though no
// single deletion joins their keys.
func skeleton(key string, hk bool) string {
	out := make([]byte, 0, len(key))
	for i := 0; i < len(key); i++ {
		c := key[i]
		switch c {
		case 'h':
			if !hk {
				continue
			}
			c = 'k'
		case 'a', 'e', 'i', 'o', 'u', 'y', 'j':
			continue
		case 'v', 'f', 'p', 'w':
			c = 'b'
		case 'g', 'q', 'c', 'x':
			c = 'k'
		case 'z':
			c = 's'
		case 't':
			c = 'd'
		}
		if n := len(out); n > 0 && out[n-1] == c {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

// isAcronym reports whether s is written as an acronym: two to eight capital letters, with
// dots allowed (ECB, N.A.T.O.).
func isAcronym(s string) bool {
	n := 0
	for _, c := range strings.TrimSpace(s) {
		switch {
		case unicode.IsUpper(c):
			n++
		case c == '.':
		default:
			return false
		}
	}
	return n >= 2 && n <= 8
}

var defaultResolver = sync.OnceValue(func() *Resolver { return NewResolver(alias.Default()) })

// Resolve resolves name against the embedded default table ([alias.Default]).
func Resolve(name string) (Match, bool) { return defaultResolver().Resolve(name) }

// Default returns the Resolver over the embedded default table, built once.
func Default() *Resolver { return defaultResolver() }

// Table returns the table the Resolver was built over.
func (r *Resolver) Table() *alias.Table { return r.tbl }

// stripProclitics takes off the one-letter prefixes that Hebrew (ו ה ב כ ל מ ש) and Arabic
// (و ب ل ف ك, before the article ال) write on a word, from every word long enough to keep a
// name, and reports whether it took any.
func stripProclitics(s string) (string, bool) {
	words := strings.Fields(s)
	changed := false
	for i, w := range words {
		r := []rune(w)
		switch {
		case len(r) >= 4 && strings.ContainsRune("והבכלמש", r[0]) && unicode.Is(unicode.Hebrew, r[1]):
			words[i], changed = string(r[1:]), true
		case len(r) >= 5 && strings.ContainsRune("وبلفك", r[0]) && r[1] == 'ا' && r[2] == 'ل':
			words[i], changed = string(r[1:]), true
		}
	}
	return strings.Join(words, " "), changed
}
