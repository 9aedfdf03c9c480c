package entity

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/translit"
)

// discoverMin is the score a spelling needs against the first spelling of a cluster to join
// it: every word met by key, convention, cognate or a small weighted edit distance.
const discoverMin = 0.85

// surnameMin is how alike a word alone and the family name of a full name before it in the
// document must be for the word to count as that family name: as written, folded or with an
// equal name key (Zelensky after Volodymyr Zelenskyy, not Chile after Fiona Hill).
const surnameMin = 0.97

// Cluster is a group of spellings of one name found by [Discover]: Zelensky, Zelenskyy and
// Zelenskiy; Kyiv and Kiev.
type Cluster struct {
	// Canonical is the suggested canonical spelling: of the spellings with the most words
	// (a full name rather than a family name alone), the one written most often, the first
	// in sort order on a tie.
	Canonical string `json:"canonical"`
	// Kind is alias.Person when the texts referred to the name by its family name alone
	// after writing it in full, which is how the press refers to people; else alias.Other.
	Kind  alias.Kind `json:"kind"`
	Count int        `json:"count"` // the mentions of all its spellings
	// Spellings are the ways the name was written, the most frequent first.
	Spellings []Spelling `json:"spellings"`
}

// Spelling is one way a [Cluster]'s name was written, with what joined it to the cluster.
type Spelling struct {
	Text  string  `json:"text"`  // as written, without a possessive ’s
	Count int     `json:"count"` // how many times
	Score float64 `json:"score"` // its score against the cluster's first spelling (1 for that one)
	// Rules say how its words met those of the cluster's first spelling (see [TokenMatch]:
	// key, convention, cognate, edit, inflection …), "folded" for a difference of case or
	// accents only, and "surname" for a family name alone that followed the full name in the
	// same text. Empty for the first spelling.
	Rules []string `json:"rules"`
}

// DiscoverOption sets an option of a [Discoverer].
type DiscoverOption func(*discoverConfig)

type discoverConfig struct {
	singles  bool // report names written one way only
	minCount int  // fewest mentions of a reported cluster; 0 means 1
}

// WithSingles sets whether [Discoverer.Clusters] also reports the names written one way only
// (default false: only clusters of two spellings or more).
func WithSingles(report bool) DiscoverOption { return func(c *discoverConfig) { c.singles = report } }

// WithMinCount sets the fewest mentions a cluster needs to be reported (default 1).
func WithMinCount(n int) DiscoverOption { return func(c *discoverConfig) { c.minCount = n } }

// Discoverer groups the name mentions of a corpus into clusters of spellings of one name,
// without a table. Feed it documents with [Discoverer.Add] or [Discoverer.AddReader], then
// read [Discoverer.Clusters]. A Discoverer is not safe for concurrent use.
//
// A name mention is a run of name words as [Finder.Find] reads them, with nothing to resolve
// against: titles before it, a possessive ’s, and common words capitalized by their place
// (the first word of a sentence, a headline) are left out. Memory grows with the number of
// distinct spellings, not with the length of the corpus.
type Discoverer struct {
	cfg       discoverConfig
	spellings map[string]*spelling
	// doc maps the key of a family name, and its keys with one letter deleted, to the full
	// names of the current document that end in it.
	doc map[string][]*spelling
}

// spelling is one distinct spelling seen by a Discoverer.
type spelling struct {
	text  string
	m     mention // parsed as a table name
	q     mention // parsed as a mention
	sig   int     // significant words
	count int
	free  int               // family-name-alone mentions with no full name before them in their document
	place int8              // 0 not yet looked up, 1 the name of a place or body of the default table, 2 not
	links map[*spelling]int // the full names whose family name it was, after them in one document
}

// NewDiscoverer returns an empty Discoverer.
func NewDiscoverer(opts ...DiscoverOption) *Discoverer {
	d := &Discoverer{spellings: map[string]*spelling{}}
	for _, o := range opts {
		o(&d.cfg)
	}
	return d
}

// Discover returns the clusters of spellings of the names in texts, each text one document,
// with the default options: see [Discoverer].
func Discover(texts ...string) []Cluster {
	d := NewDiscoverer()
	for _, t := range texts {
		d.Add(t)
	}
	return d.Clusters()
}

// emptyResolver resolves nothing: with it a Finder reports every name run as unknown.
var emptyResolver = sync.OnceValue(func() *Resolver {
	tbl, err := alias.NewBuilder().Build()
	if err != nil {
		panic(err) // an empty table always builds
	}
	return NewResolver(tbl)
})

// Add reads text as one document.
func (d *Discoverer) Add(text string) {
	d.doc = map[string][]*spelling{}
	d.piece(emptyResolver().NewFinder(), text, len(text))
}

// AddReader reads the text of rd as one document, in pieces of bounded size (see
// [Finder.FindReader]). It returns the first read error, or ctx's error; what was read
// before it counts.
func (d *Discoverer) AddReader(ctx context.Context, rd io.Reader) error {
	d.doc = map[string][]*spelling{}
	f := emptyResolver().NewFinder()
	return streamPieces(ctx, rd, streamChunk, nil, func(_ int, piece string, limit int) (int, bool) {
		return d.piece(f, piece, limit), true
	})
}

// piece reads the name mentions of one piece of a document that start before limit, in
// text order, and returns where the next piece starts (see streamPieces). Over a table with
// no entities, a Finder reports every name run as an unknown name. A lone capitalized word
// at the start of a sentence is not one (nothing tells Sybiha from Talks there), but it
// counts as a family name when a full name before it in the document ends in it.
func (d *Discoverer) piece(f *Finder, piece string, limit int) int {
	next := limit
	ms := f.findAll(piece)
	words := f.words
	k := 0
	for i := range words {
		w := &words[i]
		if w.start >= limit {
			break
		}
		for k < len(ms) && ms[k].Start <= w.start {
			if ms[k].Start < limit {
				d.see(ms[k].Text, false)
				next = max(next, ms[k].End)
			}
			k++
		}
		if k > 0 && w.start < ms[k-1].End {
			continue // inside a mention
		}
		lone := i+1 == len(words) || w.breakAfter || words[i+1].kind == wordOther
		if w.sentenceStart && lone && w.kind == wordName && !w.syllable && f.lx.words[w.folded] == roleNone {
			d.see(w.query, true)
		}
	}
	for ; k < len(ms) && ms[k].Start < limit; k++ {
		d.see(ms[k].Text, false)
		next = max(next, ms[k].End)
	}
	return next
}

// see counts one name mention of the current document. A lone word (the first of a sentence)
// counts only as the family name of a full name before it.
func (d *Discoverer) see(text string, lone bool) {
	text = spellingOf(text)
	if text == "" {
		return
	}
	s := d.spellings[text]
	if s == nil {
		s = &spelling{text: text, m: parseMention(text, false), q: parseMention(text, true)}
		s.sig = significantCount(&s.m)
		if s.sig == 0 || len(s.m.tokens) > 8 || lone && s.sig != 1 {
			return
		}
	}
	if s.sig >= 2 {
		d.spellings[text] = s
		s.count++
		if len(d.doc) > maxDocMemo {
			d.doc = map[string][]*spelling{}
		}
		sur := &s.m.tokens[surnameOf(&s.m, true)]
		for _, k := range deletions(sur.key) {
			if !slices.Contains(d.doc[k], s) {
				d.doc[k] = append(d.doc[k], s)
			}
		}
		return
	}
	t := &s.m.tokens[firstSignificant(&s.m)]
	var full []*spelling
	if s.place == 0 {
		s.place = 2
		if _, written := knownPlace(s.text); written {
			s.place = 1 // Jordan, Washington: a place's name is nobody's family name here
		}
	}
	for _, k := range deletions(t.key) {
		if s.place == 1 {
			break
		}
		for _, f := range d.doc[k] {
			if !slices.Contains(full, f) {
				if sim, _ := wordSim(t, &f.m.tokens[surnameOf(&f.m, true)]); sim >= surnameMin {
					full = append(full, f)
				}
			}
		}
	}
	if len(full) == 0 && lone {
		return
	}
	d.spellings[text] = s
	s.count++
	if len(full) == 0 {
		s.free++
		return
	}
	if s.links == nil {
		s.links = map[*spelling]int{}
	}
	for _, f := range full {
		s.links[f]++
	}
}

// spellingOf returns a name mention without a title before it (Prime Minister, Kyiv Mayor:
// see titleWords), without a possessive ’s and with single spaces.
func spellingOf(text string) string {
	fields := strings.Fields(text)
	ws := make([]textWord, len(fields))
	lx := loadLexicon()
	for i, f := range fields {
		ws[i].setFacts(textWords.facts(lx, f))
	}
	text = strings.Join(fields[titleWords(lx, ws):], " ")
	for _, p := range []string{"’s", "'s", "ʼs", "’S", "'S"} {
		if s, ok := strings.CutSuffix(text, p); ok && len(s) > 0 {
			c, _ := utf8.DecodeLastRuneInString(s)
			if unicode.IsLetter(c) {
				return s
			}
		}
	}
	return text
}

// Clusters returns the clusters of the spellings read so far, the most mentioned first.
//
// Spellings are taken the most frequent first. Each joins the cluster of the first spelling
// it matches, or starts a cluster of its own. To match, the two must be one name under the
// resolver's rules (see the package doc), scored both ways with no word left over on either
// side, at 0.85 or more: Zelensky, Zelenskyy and Zelenskiy meet by name key, Sybiha and Sivya
// by a convention-weighted edit distance, Volodymyr and Vladimir as cognates. Precision comes
// first: an initial, a prefix, a far-off family name or consonants alone do not join two
// spellings; neither do two names that differ by a feminine -a (Ivanov, Ivanova) or a plural
// -s, and two people who share a family name or a given name are never one cluster, since
// their other names disagree (Olena Zelenska and Volodymyr Zelenskyy; Kim Jong Un and Kim
// Jong Il).
//
// A spelling that is the name of a place or body of the default table as written joins
// another by a convention or an edit distance only when that one is a name of the same place
// as written (Hill is not Chile, Harris not Greece). Then a cluster of one-word spellings
// joins a cluster of full names when those words followed one of its full names as its
// family name, spelled alike (as written, folded or with an equal name key), in the same
// document at least as often as they stood alone, and never followed another cluster's full
// name (rule "surname"); the name of a place or body of the default table (Jordan,
// Washington) never counts as a family name.
func (d *Discoverer) Clusters() []Cluster {
	list := make([]*spelling, 0, len(d.spellings))
	for _, s := range d.spellings {
		list = append(list, s)
	}
	slices.SortFunc(list, func(a, b *spelling) int {
		if c := cmp.Compare(b.count, a.count); c != 0 {
			return c
		}
		return strings.Compare(a.text, b.text)
	})
	b := alias.NewBuilder()
	for i, s := range list {
		b.Add(alias.Entity{ID: strconv.Itoa(i), Kind: alias.Person, Name: s.text})
	}
	tbl, err := b.Build()
	if err != nil {
		return nil // cannot happen: spellings are trimmed UTF-8 name words
	}
	res := NewResolver(tbl)

	type member struct {
		s     *spelling
		score float64
		rules []string
	}
	seedOf := make(map[*spelling]int, len(list)) // spelling → index of its cluster's seed
	members := map[int][]member{}
	for i, s := range list {
		seed, best := -1, member{}
		for _, c := range res.Candidates(s.text, 8) {
			j, _ := strconv.Atoi(c.Entity.ID)
			if j >= i || seedOf[list[j]] != j {
				continue // not a seed, or not yet placed
			}
			if rules, ok := joins(s, list[j], c); ok {
				seed, best = j, member{s, round3(c.Score), rules}
				break
			}
		}
		if seed < 0 {
			seed, best = i, member{s, 1, []string{}}
		}
		seedOf[s] = seed
		members[seed] = append(members[seed], best)
	}

	// Family names alone join the full names they followed.
	surnames := map[int]bool{}
	for _, seed := range slices.Sorted(maps.Keys(members)) {
		if list[seed].sig != 1 {
			continue
		}
		target, linked, free := -1, 0, 0
		for _, mb := range members[seed] {
			free += mb.s.free
			for f, n := range mb.s.links {
				t := seedOf[f]
				if target >= 0 && t != target {
					target = -2 // followed the full names of two clusters
				} else if target != -2 {
					target = t
				}
				linked += n
			}
		}
		if target < 0 || linked < free || list[target].sig < 2 {
			continue
		}
		sur := &list[target].m.tokens[surnameOf(&list[target].m, true)]
		for _, mb := range members[seed] {
			sim, _ := wordSim(&mb.s.m.tokens[firstSignificant(&mb.s.m)], sur)
			mb.score = round3(sim)
			mb.rules = append(slices.Clip(mb.rules), "surname")
			members[target] = append(members[target], mb)
			seedOf[mb.s] = target
		}
		delete(members, seed)
		surnames[target] = true
	}

	var out []Cluster
	for seed, ms := range members {
		c := Cluster{Kind: alias.Other}
		if surnames[seed] {
			c.Kind = alias.Person
		}
		slices.SortStableFunc(ms, func(a, b member) int {
			if c := cmp.Compare(b.s.count, a.s.count); c != 0 {
				return c
			}
			return strings.Compare(a.s.text, b.s.text)
		})
		canon := ms[0].s
		for _, mb := range ms {
			c.Count += mb.s.count
			c.Spellings = append(c.Spellings, Spelling{Text: mb.s.text, Count: mb.s.count, Score: mb.score, Rules: mb.rules})
			if mb.s.sig > canon.sig {
				canon = mb.s
			}
		}
		c.Canonical = canon.text
		if c.Count < max(d.cfg.minCount, 1) || len(c.Spellings) < 2 && !d.cfg.singles {
			continue
		}
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b Cluster) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		return strings.Compare(a.Canonical, b.Canonical)
	})
	return out
}

// joins reports whether spelling s may join the cluster of seed, which the resolver matched
// as c, and with which rules.
func joins(s, seed *spelling, c Match) ([]string, bool) {
	if c.Score < discoverMin || c.Method == MethodPartial || s.sig != seed.sig {
		return nil, false
	}
	back := scoreName(&seed.q, &s.m, true)
	if back.score < discoverMin || back.method == MethodPartial {
		return nil, false // a word of s left over: another name
	}
	rules, loose := []string{}, false
	if len(c.Explain.Tokens) == 0 {
		rules = append(rules, string(c.Method)) // folded, transliterated: the name as a whole
	}
	for _, t := range c.Explain.Tokens {
		switch t.Rule {
		case "weak", "prefix", "initial", "consonants":
			return nil, false // too little to go on without a table
		case "exact":
			continue
		}
		q, n := translit.Key(t.Query), translit.Key(t.Alias)
		if q+"a" == n || n+"a" == q || q+"s" == n || n+"s" == q {
			return nil, false // Ivanov and Ivanova, Houthi and Houthis: another person, or many
		}
		if t.Rule == "edit" || t.Rule == "inflection" || t.Rule == "convention" {
			loose = true
		}
		if !slices.Contains(rules, t.Rule) {
			rules = append(rules, t.Rule)
		}
	}
	if loose && !samePlace(s.text, seed.text) {
		return nil, false
	}
	return rules, true
}

// samePlace reports whether two spellings joined by a convention or an edit distance may be
// one name as far as the places and bodies of the default table tell: when either is the
// name of one as written (Chile, Greece), the other must be a name of it as written too. A
// family name that meets a country's name only through another language's convention (Hill
// and Chile, Harris and Greece) is another name.
func samePlace(a, b string) bool {
	ia, ea := knownPlace(a)
	ib, eb := knownPlace(b)
	if !ea && !eb {
		return true
	}
	return ea && eb && ia == ib
}

// knownPlace returns the id of the place or body of the default table that s resolves to,
// and whether s is its name or an alias as written (or folded).
func knownPlace(s string) (string, bool) {
	m, ok := Default().Resolve(s)
	if !ok || m.Entity.Kind == alias.Person {
		return "", false
	}
	return m.Entity.ID, m.Method == MethodExact || m.Method == MethodFolded
}

// WriteAliasTable writes clusters as an alias table in the TSV format of package alias, which
// [alias.Load] and [alias.LoadFile] read back: one entity per cluster, its canonical spelling
// as the name and its other spellings as aliases (a family name alone, rule "surname", is left
// out: the resolver finds it from the full name). Ids are "discovered:" and the folded
// canonical spelling with hyphens for spaces, numbered where two clash. The table is a draft:
// review it before use.
func WriteAliasTable(w io.Writer, clusters []Cluster) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# Name clusters found by entity.Discover: a draft to review before use.")
	fmt.Fprintln(bw, "# Each line: the suggested canonical spelling and the other spellings seen.")
	fmt.Fprintln(bw, "id\tkind\tname\taliases")
	ids := map[string]bool{}
	for _, c := range clusters {
		id := "discovered:" + strings.Join(strings.Fields(translit.Fold(c.Canonical)), "-")
		for n := 2; ids[id]; n++ {
			id = strings.TrimSuffix(id, "~"+strconv.Itoa(n-1)) + "~" + strconv.Itoa(n)
		}
		ids[id] = true
		var aliases []string
		for _, s := range c.Spellings {
			if s.Text != c.Canonical && !slices.Contains(s.Rules, "surname") {
				aliases = append(aliases, s.Text)
			}
		}
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\n", id, c.Kind, c.Canonical, strings.Join(aliases, "|"))
	}
	return bw.Flush()
}
