package synth

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/translit"
)

// The classes of queries. The variant classes (see [IsVariant]) write a table name as another
// source would; the others test exact hits, partial names and misses.
const (
	ClassExact      = "exact"      // the table name as written
	ClassConvention = "convention" // one word rewritten by a convention of data/rewrites.tsv
	ClassTypo       = "typo"       // one letter deleted, doubled, swapped or mistyped
	ClassReorder    = "reorder"    // family name first (or last), or "FAMILY, Given"
	ClassScript     = "script"     // the name in its own script (Cyrillic, Greek, Arabic, Han, Hangul)
	ClassCyrillic   = "cyrillic"   // a Latin name as the Russian press writes it in Cyrillic
	ClassSurname    = "surname"    // a person's family name alone
	ClassMiss       = "miss"       // a person not in the table
)

// Classes lists every query class, in the order [Set.Queries] makes them.
var Classes = []string{ClassExact, ClassConvention, ClassTypo, ClassReorder, ClassScript, ClassCyrillic, ClassSurname, ClassMiss}

// IsVariant reports whether class writes a table name in another way than the table does.
func IsVariant(class string) bool {
	switch class {
	case ClassConvention, ClassTypo, ClassReorder, ClassScript, ClassCyrillic:
		return true
	}
	return false
}

// Query is one mention to resolve and what resolving it should give.
type Query struct {
	Text  string // the mention
	Class string // one of Classes
	Want  string // the id Resolve should return; "" when it must not resolve
	Of    string // the id of the entity the query was made from; "" for misses
}

// oracle holds what the expected answers are computed from.
type oracle struct {
	folded map[string]int // folded name → entities
	// bare counts the persons with a patronymic by their name without it: Sergey Nikolayev
	// alone names Sergey Fedorovich Nikolayev as well as any Sergey Nikolayev.
	bare     map[string]int
	keyed    map[string]int // word keys joined → entities
	families map[string]int // folded family name → persons
	// carriers maps each folded word of a person's name other than the family name to the
	// keys of the family names of the persons who carry it (Rosa → russo for Angela Rosa Russo).
	carriers map[string][]string
}

func (s *Set) oracle() *oracle {
	o := &oracle{folded: make(map[string]int, len(s.Names)), keyed: make(map[string]int, len(s.Names)), families: map[string]int{}, bare: map[string]int{}, carriers: map[string][]string{}}
	for _, n := range s.Names {
		o.folded[translit.Fold(n.Entity.Name)]++
		o.keyed[keyOf(n.Entity.Name)]++
		if n.Patronymic != "" {
			o.bare[translit.Fold(n.Given+" "+n.Family)]++
		}
		if n.Entity.Kind == alias.Person {
			fam := translit.Fold(n.Family)
			o.families[fam]++
			famKey := keyOf(n.Family)
			for _, w := range strings.Fields(translit.Fold(strings.Replace(n.Entity.Name, n.Family, "", 1))) {
				o.carriers[w] = append(o.carriers[w], famKey)
			}
		}
	}
	return o
}

// isWord reports whether the folded word w is a word of some person's name in the table
// (a given, middle or family name).
func (o *oracle) isWord(w string) bool {
	if w == "" {
		return false
	}
	f := translit.Fold(w)
	return o.families[f] > 0 || o.carriers[f] != nil
}

// changedWord returns the word of text that differs from the word of name at its place, ""
// when none or the word counts differ.
func changedWord(name, text string) string {
	a, b := strings.Fields(name), strings.Fields(text)
	if len(a) != len(b) {
		return ""
	}
	for i := range a {
		if a[i] != b[i] {
			return b[i]
		}
	}
	return ""
}

// keyOf returns the name key of each word of s, joined by spaces.
func keyOf(s string) string {
	words := strings.Fields(translit.Fold(s))
	for i, w := range words {
		words[i] = translit.Key(w)
	}
	return strings.Join(words, " ")
}

// want returns the expected answer for a query made from n: its id when n's name is the only
// one of its spelling and key in the table, else "" (two entities share it: ambiguous). A
// query that writes the name whole (as written, or with the family name moved: whole set)
// needs only its spelling to be the only one: a name as written beats another spelled
// alike (Monika Schulz, Monika Schultz). A person's name without a patronymic is ambiguous
// when a person of that given and family name has one (Sergey Nikolayev, Sergey Fedorovich
// Nikolayev): the resolver lets a patronymic go unmatched.
func (o *oracle) want(n *Name, whole bool) string {
	if n.Entity.Kind == alias.Person && n.Patronymic == "" && o.bare[translit.Fold(n.Given+" "+n.Family)] > 0 {
		return ""
	}
	if o.folded[translit.Fold(n.Entity.Name)] == 1 && (whole || o.keyed[keyOf(n.Entity.Name)] == 1) {
		return n.Entity.ID
	}
	return ""
}

// Queries returns up to perClass queries of each class, made from entities of s drawn with
// seed. The expected answer (Query.Want) is the entity the query was made from, unless its
// name is shared (then none: the mention is ambiguous); for a family name alone, the person
// when no other person of the table has that family name, else none; for a miss, none. A
// variant that spells, or keys to, another entity's name is not made.
func (s *Set) Queries(perClass int, seed uint64) []Query {
	if len(s.Names) == 0 || perClass <= 0 {
		return nil
	}
	m := mustLoad()
	o := s.oracle()
	rng := rand.New(rand.NewPCG(seed, 0x2545f4914f6cdd1d))
	var out []Query
	for _, class := range Classes {
		made := 0
		for try := 0; made < perClass && try < perClass*50; try++ {
			n := &s.Names[rng.IntN(len(s.Names))]
			q, ok := makeQuery(m, o, rng, s, n, class)
			if !ok {
				continue
			}
			if class == ClassMiss {
				q.Of = ""
			} else {
				q.Of = n.Entity.ID
			}
			out = append(out, q)
			made++
		}
	}
	return out
}

// makeQuery makes one query of class from n.
func makeQuery(m *material, o *oracle, rng *rand.Rand, s *Set, n *Name, class string) (Query, bool) {
	name := n.Entity.Name
	variant := func(text string) (Query, bool) {
		if text == "" || translit.Fold(text) == translit.Fold(name) {
			return Query{}, false
		}
		// A variant that is another entity's name, or keys like one, belongs to that one.
		if o.folded[translit.Fold(text)] > 0 || (keyOf(text) != keyOf(name) && o.keyed[keyOf(text)] > 0) {
			return Query{}, false
		}
		return Query{Text: text, Class: class, Want: o.want(n, class == ClassReorder)}, true
	}
	switch class {
	case ClassExact:
		return Query{Text: name, Class: class, Want: o.want(n, true)}, true
	case ClassConvention:
		return variant(convention(m, rng, name))
	case ClassTypo:
		text := typo(rng, name)
		if o.isWord(changedWord(name, text)) {
			// A slip that spells another name word of the table (Valentyna, Valentyn; Maria,
			// Maia) writes that name: no reader could tell it was a slip.
			return Query{}, false
		}
		return variant(text)
	case ClassReorder:
		if n.Entity.Kind != alias.Person || n.Family == "" || n.Given == "" || !strings.Contains(name, n.Family) {
			return Query{}, false
		}
		rest := strings.Join(strings.Fields(strings.Replace(name, n.Family, "", 1)), " ")
		var text string
		switch {
		case rng.IntN(2) == 0:
			text = strings.ToUpper(n.Family) + ", " + rest
		case strings.HasPrefix(name, n.Family):
			text = rest + " " + n.Family
		default:
			text = n.Family + " " + rest
		}
		return variant(text)
	case ClassScript:
		if n.Native == "" {
			return Query{}, false
		}
		// The name in its own script writes it whole: it romanizes to its one spelling (周刚
		// is Zhou Gang, not Zhu Gang, which keys alike), so only that spelling need be unique.
		return Query{Text: n.Native, Class: class, Want: o.want(n, true)}, true
	case ClassCyrillic:
		if n.Native != "" {
			return Query{}, false
		}
		return variant(toCyrillic(m, name))
	case ClassSurname:
		if n.Entity.Kind != alias.Person || n.Family == "" || n.Family == name {
			return Query{}, false
		}
		want := ""
		if o.families[translit.Fold(n.Family)] == 1 && o.folded[translit.Fold(n.Family)] == 0 {
			want = n.Entity.ID
		}
		return Query{Text: n.Family, Class: class, Want: want}, true
	case ClassMiss:
		return miss(m, o, rng, s, n)
	}
	return Query{}, false
}

// convention rewrites one word of name by one rule of data/rewrites.tsv that applies to it.
func convention(m *material, rng *rand.Rand, name string) string {
	words := strings.Fields(name)
	type cand struct{ word, rule, at int }
	var cands []cand
	for wi, w := range words {
		if !startsUpper(w) {
			continue // a particle (bin, van, de): the press writes it as the table does, not byn
		}
		lw := strings.ToLower(w)
		for ri, r := range m.rewrites {
			switch r.where {
			case "start":
				if strings.HasPrefix(lw, r.from) && !inDigraph(lw, 0, r.from) {
					cands = append(cands, cand{wi, ri, 0})
				}
			case "end":
				if strings.HasSuffix(lw, r.from) && len(lw) > len(r.from) {
					cands = append(cands, cand{wi, ri, len(lw) - len(r.from)})
				}
			default:
				for at := 0; at+len(r.from) <= len(lw); at++ {
					if strings.HasPrefix(lw[at:], r.from) && !inDigraph(lw, at, r.from) {
						cands = append(cands, cand{wi, ri, at})
					}
				}
			}
		}
	}
	if len(cands) == 0 {
		return ""
	}
	c := cands[rng.IntN(len(cands))]
	r := m.rewrites[c.rule]
	w := words[c.word]
	lw := strings.ToLower(w)
	if len(lw) != len(w) {
		return "" // a letter whose lower case has another length: leave it
	}
	out := w[:c.at] + r.to + w[c.at+len(r.from):]
	if c.at == 0 && startsUpper(w) {
		out = upperFirst(out)
	}
	if len(strings.TrimSpace(out)) < 2 {
		return ""
	}
	words[c.word] = out
	return strings.Join(words, " ")
}

// inDigraph reports whether the letter from at lw[at:] is part of a letter pair that
// stands for another sound, where a rewrite of the single letter is no convention: the h
// of sh, ch, zh, kh, th, ph, gh or dh (Russian writes the h of Mohammed as kh, not the h of
// Shah: Skhah), and a c that is ch or soft before e, i or y (Carim is Karim; Choi is not
// Khoi, Cecilia not Kecilia).
func inDigraph(lw string, at int, from string) bool {
	switch from {
	case "h":
		return at > 0 && strings.IndexByte("sczktpgd", lw[at-1]) >= 0
	case "c":
		return at+1 < len(lw) && strings.IndexByte("heiy", lw[at+1]) >= 0
	}
	return false
}

// qwerty lists the keys next to each letter, for substitution typos.
var qwerty = map[rune]string{
	'a': "qwsz", 'b': "vghn", 'c': "xdfv", 'd': "serfcx", 'e': "wsdr", 'f': "drtgvc", 'g': "ftyhbv",
	'h': "gyujnb", 'i': "ujko", 'j': "huikmn", 'k': "jiolm", 'l': "kop", 'm': "njk", 'n': "bhjm",
	'o': "iklp", 'p': "ol", 'q': "wa", 'r': "edft", 's': "awedxz", 't': "rfgy", 'u': "yhji",
	'v': "cfgb", 'w': "qase", 'x': "zsdc", 'y': "tghu", 'z': "asx",
}

// typo makes one keyboard slip in the longest word of name (five letters or more), never on
// its first letter: a letter deleted, doubled, swapped with the next or replaced by a
// neighbouring key.
func typo(rng *rand.Rand, name string) string {
	words := strings.Fields(name)
	wi := -1
	for i, w := range words {
		if utf8.RuneCountInString(w) >= 5 && (wi < 0 || utf8.RuneCountInString(w) > utf8.RuneCountInString(words[wi])) {
			wi = i
		}
	}
	if wi < 0 {
		return ""
	}
	r := []rune(words[wi])
	at := 1 + rng.IntN(len(r)-1)
	switch rng.IntN(4) {
	case 0:
		r = append(r[:at], r[at+1:]...)
	case 1:
		r = append(r[:at+1], r[at:]...)
	case 2:
		if at == len(r)-1 {
			at--
		}
		if at == 0 || r[at] == r[at+1] {
			return ""
		}
		r[at], r[at+1] = r[at+1], r[at]
	default:
		keys, ok := qwerty[r[at]]
		if !ok {
			return ""
		}
		r[at] = rune(keys[rng.IntN(len(keys))])
	}
	words[wi] = string(r)
	return strings.Join(words, " ")
}

// toCyrillic writes a Latin name of ASCII letters in Cyrillic by data/cyrillic.tsv; "" when the
// name has other letters.
func toCyrillic(m *material, name string) string {
	var b strings.Builder
	for wi, w := range strings.Fields(name) {
		if wi > 0 {
			b.WriteByte(' ')
		}
		lw := strings.ToLower(strings.NewReplacer("'", "", "’", "").Replace(w))
		start := true
		for i := 0; i < len(lw); {
			if lw[i] == '-' {
				b.WriteByte('-')
				i++
				start = true
				continue
			}
			matched := false
			for _, p := range m.cyrillic {
				if strings.HasPrefix(lw[i:], p[0]) {
					c := p[1]
					if start && startsUpper(w) {
						c = upperFirst(c)
					}
					b.WriteString(c)
					i += len(p[0])
					matched = true
					break
				}
			}
			if !matched {
				return ""
			}
			start = false
		}
	}
	return b.String()
}

// miss makes a person who is not in the table: a given name of n's culture (or, for names of
// no known culture, the given name of another person of the set) with n's family name, as
// long as no table name spells or keys like it and the given name is not n's in another
// spelling.
func miss(m *material, o *oracle, rng *rand.Rand, s *Set, n *Name) (Query, bool) {
	if n.Entity.Kind != alias.Person || n.Given == "" || n.Family == "" {
		return Query{}, false
	}
	var c *culture
	for _, x := range m.cultures {
		if x.code == n.Culture {
			c = x
		}
	}
	var g string
	switch {
	case c == nil:
		other := &s.Names[rng.IntN(len(s.Names))]
		if other.Entity.Kind != alias.Person || other.Given == "" {
			return Query{}, false
		}
		g = other.Given
	case c.script || c.syllables:
		return Query{}, false
	default:
		sex := byte('m')
		if rng.IntN(2) == 1 {
			sex = 'f'
		}
		g = c.given[sex][rng.IntN(len(c.given[sex]))].latin
	}
	if translit.Key(g) == translit.Key(n.Given) || strings.HasPrefix(translit.Fold(g), translit.Fold(n.Given)) || strings.HasPrefix(translit.Fold(n.Given), translit.Fold(g)) {
		return Query{}, false
	}
	text := g + " " + n.Family
	if c != nil && c.order[0] == 'F' {
		text = n.Family + " " + g
	}
	if o.folded[translit.Fold(text)] > 0 || o.keyed[keyOf(text)] > 0 {
		return Query{}, false
	}
	if o.mayName(g, n.Family) {
		return Query{}, false
	}
	return Query{Text: text, Class: ClassMiss}, true
}

// mayName reports whether a person of the table may be the one named by word and family:
// one named in part (Rosa Russo for Angela Rosa Russo, Le Long for Le Van Long), or with the
// family name spelled one letter of its key apart (Ana Rodrigues for Ana Rodríguez).
func (o *oracle) mayName(word, family string) bool {
	famKey := keyOf(family)
	for _, k := range o.carriers[translit.Fold(word)] {
		if levenshtein.ComputeDistance(k, famKey) <= 1 {
			return true
		}
	}
	return false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
