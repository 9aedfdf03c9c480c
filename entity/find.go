package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/namecanon/namecanon/translit"
)

// maxSpanWords caps the name words (particles aside) of one span that Find resolves:
// National Security and Defense Council of Ukraine has five. With it, Find costs at most
// maxSpanWords resolutions per name word of the text.
const maxSpanWords = 6

// maxParticleRun caps how many particles in a row may sit inside a name: von der (Leyen),
// for the (Study of War).
const maxParticleRun = 3

// minFuzzyWord is the fewest letters a single word needs to be found by edit distance alone:
// Moskau for Moscow, but not Mark for Maroc (Morocco) or Getty for Heiti (Haiti).
const minFuzzyWord = 6

// minFuzzyScore is the score a single word needs to be found by edit distance alone:
// Moskau (0.93 for Moscow), but not Johann (0.85 for Gujana, Guyana).
const minFuzzyScore = 0.9

// wordKind sorts the words of running text.
type wordKind uint8

const (
	wordOther    wordKind = iota // a lower-case word or a number: ends a run
	wordName                     // may be (part of) a name
	wordParticle                 // may sit inside a name: von, der, al, bin, of, the
)

// textWord is one word of running text.
type textWord struct {
	start, end    int    // the word's bytes in the text, a possessive ’s included
	query         string // the word without a possessive ’s
	folded        string // translit.Fold of query
	kind          wordKind
	leading       bool // a particle that may begin a name (von, al, de), not only sit inside one
	syllable      bool // a lower-case syllable after a hyphen (the moon of Ki-moon): never alone
	sentenceStart bool // the first word of the text, a sentence or a line
	known         int8 // 0 not yet looked up, 1 known to the resolver's index, 2 unknown
	breakAfter    bool // punctuation, a line break or a possessive follows: no name runs on
}

// leadingParticles are the particles that may begin a name in running text (von der Leyen,
// al-Assad, de Gaulle). The English words that data/words.tsv also lists as particles (as,
// at, the, of, and) never begin one.
var leadingParticles = map[string]bool{
	"von": true, "van": true, "der": true, "den": true, "de": true, "da": true, "di": true,
	"du": true, "del": true, "della": true, "dos": true, "das": true, "ter": true, "al": true,
	"el": true, "bin": true, "ibn": true, "ben": true, "bint": true, "ould": true, "le": true, "la": true,
}

// abbreviations are the words other than titles that are written with a full stop inside a
// sentence before a name: Lt. Gen. Budanov, St. Petersburg.
var abbreviations = map[string]bool{"lt": true, "maj": true, "brig": true, "st": true, "ft": true, "mt": true}

func isWordRune(c rune, size int) bool {
	if c == utf8.RuneError && size == 1 {
		return false // invalid UTF-8 separates words
	}
	return unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.IsMark(c)
}

func isApostrophe(c rune) bool { return c == '\'' || c == '’' || c == 'ʼ' }

func isHyphen(c rune) bool { return c == '-' || c == '‐' || c == '‑' }

// scan splits the text into words and records, between each two, whether a name may run on.
func (f *Finder) scan() {
	text := f.text
	sentenceStart := true
	for i := 0; i < len(text); {
		c, size := utf8.DecodeRuneInString(text[i:])
		if isWordRune(c, size) {
			w := f.word(i)
			w.sentenceStart = sentenceStart
			sentenceStart = false
			f.words = append(f.words, w)
			i = w.end
			continue
		}
		// A gap between words: does the previous word run on?
		j := i
		stop, sentence := false, false
		for j < len(text) {
			c, size := utf8.DecodeRuneInString(text[j:])
			if isWordRune(c, size) {
				break
			}
			prev := len(f.words) - 1
			switch {
			case c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F':
			case isHyphen(c) && j == i && prev >= 0 && f.words[prev].end == i && j+size < len(text) && startsWord(text[j+size:]):
				// Putin-Witkoff, U.S.-Russian, al-Assad: two words, one run.
			case c == '.' && j == i && prev >= 0 && f.words[prev].end == i && f.abbreviation(&f.words[prev]):
				// V. Zelensky, Mr. Witkoff: not the end of a sentence.
			case c == '.' || c == '!' || c == '?' || c == '…' || c == '\n' || c == '\r' || c == '。' || c == '؟' || c == '।':
				stop, sentence = true, true
			default:
				stop = true
			}
			j += size
		}
		if stop && len(f.words) > 0 {
			f.words[len(f.words)-1].breakAfter = true
		}
		sentenceStart = sentenceStart || sentence
		i = j
	}
	if n := len(f.words); n > 0 {
		f.words[n-1].breakAfter = true
	}
	for i := range f.words {
		f.classify(i)
	}
}

func startsWord(s string) bool {
	c, size := utf8.DecodeRuneInString(s)
	return isWordRune(c, size)
}

// word reads the word that begins at text[i]: word runes joined by inner apostrophes
// (O’Brien, Mu'ammar), and the dots of a dotted acronym (U.S., D.C.). Two capitalized words
// that extraction ran together (SputnikKiev) are two words, when the first has four letters
// or more: McDonald, LaGuardia and DeSantis stay whole.
func (f *Finder) word(i int) textWord {
	text := f.text
	w := textWord{start: i}
	j := i
	letters := 0 // letters since the last dot, for dotted acronyms
	dotted := false
	for j < len(text) {
		c, size := utf8.DecodeRuneInString(text[j:])
		if isWordRune(c, size) {
			if letters >= 4 && unicode.IsUpper(c) && unicode.IsLower(prevRune(text[:j])) && lowerRun(text[j+size:]) >= 2 {
				break // SputnikKiev, ReutersBritish: two words run together in extraction
			}
			j += size
			letters++
			continue
		}
		next, nsize := utf8.DecodeRuneInString(text[j+size:])
		joins := j+size < len(text) && isWordRune(next, nsize)
		if isApostrophe(c) && joins {
			j += size
			letters = 0
			continue
		}
		if c == '.' && letters == 1 && unicode.IsUpper(prevRune(text[:j])) &&
			(dotted || joins && unicode.IsUpper(next) && j+size+nsize < len(text) && text[j+size+nsize] == '.') {
			// U.S., D.C., N.A.T.O.: single capitals each followed by a dot.
			j += size
			letters = 0
			dotted = true
			continue
		}
		break
	}
	w.end = j
	w.query = text[i:j]
	// Possessive: Witkoff’s, Ukraine's, ZELENSKY'S.
	if q := w.query; len(q) > 2 && (q[len(q)-1] == 's' || q[len(q)-1] == 'S') {
		c, size := utf8.DecodeLastRuneInString(q[:len(q)-1])
		if isApostrophe(c) && len(q)-1-size > 0 {
			w.query = q[:len(q)-1-size]
			w.breakAfter = true
		}
	}
	return w
}

// lowerRun counts the lower-case letters at the start of s, up to 2.
func lowerRun(s string) int {
	n := 0
	for _, c := range s {
		if !unicode.IsLower(c) || n == 2 {
			break
		}
		n++
	}
	return n
}

func prevRune(s string) rune {
	c, _ := utf8.DecodeLastRuneInString(s)
	return c
}

// abbreviation reports whether the word before a full stop is a single capital letter, a
// dotted acronym or a title abbreviated with a dot (Mr., Dr., Gen.), so that the stop does
// not end the sentence.
func (f *Finder) abbreviation(w *textWord) bool {
	s := f.text[w.start:w.end]
	if strings.HasSuffix(s, ".") {
		return true // U.S. President
	}
	if n := utf8.RuneCountInString(s); n == 1 {
		return unicode.IsUpper(prevRune(s))
	} else if n > 4 {
		return false
	}
	fs := translit.Fold(s)
	role := f.lx.words[fs]
	return role == roleTitle || role == roleSuffix || abbreviations[fs]
}

// classify sets the kind and folded form of word i, and notes the lower-case words.
func (f *Finder) classify(i int) {
	w := &f.words[i]
	w.folded = translit.Fold(w.query)
	first, _ := utf8.DecodeRuneInString(w.query)
	afterHyphen := false
	if i > 0 {
		gap := f.text[f.words[i-1].end:w.start]
		c, size := utf8.DecodeRuneInString(gap)
		afterHyphen = size == len(gap) && isHyphen(c)
	}
	role := f.lx.words[w.folded]
	switch {
	case w.end-w.start > MaxMentionBytes:
		w.kind = wordOther // no name is longer
	case unicode.IsUpper(first) || unicode.IsTitle(first):
		w.kind = wordName
	case unicode.IsLetter(first) && (caseless(first) || unicode.Is(unicode.Georgian, first)):
		w.kind = wordName // no capitals to go by: every word may be a name
	case unicode.IsLower(first) && (role == roleParticle || role == roleStopword):
		w.kind = wordParticle
	case unicode.IsLower(first) && afterHyphen && f.words[i-1].kind == wordName &&
		utf8.RuneCountInString(w.query) <= 4 && utf8.RuneCountInString(f.words[i-1].query) <= 5:
		w.kind, w.syllable = wordName, true // Ki-moon, Jong-un
	}
	w.leading = leadingParticles[w.folded]
	if unicode.IsLower(first) {
		f.lower[w.folded] = true
	}
}

// caseless reports whether c is a letter of a script without case (Arabic, Hebrew, Han …).
func caseless(c rune) bool {
	return !unicode.IsUpper(c) && !unicode.IsLower(c) && !unicode.IsTitle(c) && !unicode.Is(unicode.Lm, c)
}

// common reports whether w is a common word that is capitalized only because it starts a
// sentence or is written in capitals: a word of the lexicon (The, And, President) or one the
// text also writes in lower case (But … but, ON … on).
func (f *Finder) common(w *textWord) bool {
	return (w.sentenceStart || allCaps(w.query)) && (f.lx.words[w.folded] != roleNone || f.lower[w.folded])
}

func allCaps(s string) bool {
	n := 0
	for _, c := range s {
		if unicode.IsLower(c) {
			return false
		}
		if unicode.IsUpper(c) {
			n++
		}
	}
	return n >= 2
}

// stretch finds the mentions in the words between two breaks.
func (f *Finder) stretch(words []textWord) {
	for i := 0; i < len(words); {
		if words[i].kind == wordOther || words[i].kind == wordParticle && !words[i].leading {
			i++
			continue
		}
		j, particles := i, 0
		for j < len(words) && words[j].kind != wordOther && particles < maxParticleRun {
			if words[j].kind == wordParticle {
				particles++
			} else {
				particles = 0
			}
			j++
		}
		end := j
		for end > i && words[end-1].kind == wordParticle {
			end-- // trailing particles belong to no name
		}
		if end > i {
			f.run(words[i:end])
		}
		i = max(j, i+1)
	}
}

// run resolves the spans of one run longest first and appends the accepted mentions in text
// order.
func (f *Finder) run(run []textWord) {
	taken := make([]bool, len(run))
	first := len(f.out)
	var names []int // the indexes of the run's name words
	for i, w := range run {
		if w.kind == wordName {
			names = append(names, i)
		}
	}
	for n := min(maxSpanWords, len(names)); n >= 1; n-- {
		for k := 0; k+n <= len(names); k++ {
			from, to := names[k], names[k+n-1]+1
			if k == 0 && from > 0 {
				from = 0 // leading particles: von der Leyen
			}
			if anyTrue(taken[from:to]) || !f.endsKnown(run, names[k], to-1, n) {
				continue
			}
			m, ok := f.span(run[from:to])
			if !ok && from != names[k] {
				from = names[k]
				m, ok = f.span(run[from:to])
			}
			if !ok {
				continue
			}
			for i := from; i < to; i++ {
				taken[i] = true
			}
			f.out = append(f.out, m)
		}
	}
	if f.cfg.unknown {
		f.unknown(run, taken)
	}
	// Longest first; put this run's mentions in text order.
	found := f.out[first:]
	for i := 1; i < len(found); i++ {
		for j := i; j > 0 && found[j].Start < found[j-1].Start; j-- {
			found[j], found[j-1] = found[j-1], found[j]
		}
	}
}

// unknown appends the unknown names of a run: each stretch of words that no mention took,
// without the titles, common words and particles at its edges, that still holds a name word.
// A lone capitalized word at the start of a sentence is not reported: nothing tells a name
// from a word capitalized by its place.
func (f *Finder) unknown(run []textWord, taken []bool) {
	for i := 0; i < len(run); {
		if taken[i] {
			i++
			continue
		}
		j := i
		for j < len(run) && !taken[j] {
			j++
		}
		g := run[i:j]
		i = j
		for len(g) > 0 && (g[0].kind != wordName || f.lx.words[g[0].folded] != roleNone || f.common(&g[0])) {
			g = g[1:]
		}
		for len(g) > 0 && g[len(g)-1].kind != wordName {
			g = g[:len(g)-1]
		}
		if len(g) == 0 || len(g) == 1 && (g[0].sentenceStart || g[0].syllable || utf8.RuneCountInString(g[0].folded) < 2) {
			continue
		}
		start, end := g[0].start, g[len(g)-1].end
		f.out = append(f.out, Mention{Start: start, End: end, Text: f.text[start:end]})
	}
}

// known reports whether w can be a word of a table name: the resolver's index holds it as
// written, folded, by a word key, a key one letter away or a consonant skeleton, or it is an
// acronym. A word the index does not know is never resolved alone and ends no span of three
// words or more (see endsKnown): this spares most resolutions of capitalized words that name
// nothing (Committee, Tuesday).
func (f *Finder) known(w *textWord) bool {
	if w.known == 0 {
		w.known = 2
		q := parseMention(w.query, true)
		if len(f.r.exact[w.query]) > 0 || len(f.r.folded[q.folded]) > 0 || isAcronym(w.query) || f.r.hasCandidates(&q) {
			w.known = 1
		}
	}
	return w.known == 1
}

// endsKnown reports whether a span of n name words from run[first] to run[last] is worth
// resolving: its last word is known, and so is its first unless that is a word of the
// lexicon (President, The) or the span has two words (Johann Vardepoel: one known word next
// to a far-off one).
func (f *Finder) endsKnown(run []textWord, first, last, n int) bool {
	firstOK := f.known(&run[first]) || f.lx.words[run[first].folded] != roleNone
	switch {
	case n == 1:
		return f.known(&run[last])
	case n == 2:
		return firstOK || f.known(&run[last])
	}
	return firstOK && f.known(&run[last])
}

func anyTrue(t []bool) bool {
	for _, x := range t {
		if x {
			return true
		}
	}
	return false
}

// asWritten reports whether the match is of a table name or alias as a whole, not word by
// word nor by initials.
func asWritten(m Match) bool {
	return (m.Method == MethodExact || m.Method == MethodFolded || m.Method == MethodTransliterated) &&
		!slices.Contains(m.Explain.Rules, "acronym")
}

// span resolves the words of one span and, when they name an entity and pass the checks of
// Find's doc, returns the mention with any leading title left out.
func (f *Finder) span(span []textWord) (Mention, bool) {
	last := &span[len(span)-1]
	if len(span) == 1 && (span[0].syllable || span[0].kind != wordName) {
		return Mention{}, false
	}
	if last.end-span[0].start > MaxMentionBytes {
		return Mention{}, false
	}
	query := f.text[span[0].start:last.start] + last.query
	m, ok := f.resolve(query)
	if !ok {
		return Mention{}, false
	}
	title := titleWords(f.lx, span)
	if title == 0 && f.common(&span[0]) && !asWritten(m) {
		return Mention{}, false // Some of the US
	}
	for i := range span[:title] {
		if w := &span[i]; w.kind == wordName && f.lx.words[w.folded] == roleNone && f.known(w) {
			return Mention{}, false // Mr. Witkoff and Dr. (Kushner): a name is no title
		}
	}
	alias := strings.FieldsFunc(translit.Fold(m.Explain.Alias), isSep)
	rest := span[title:]
	for len(rest) > 1 && f.lx.words[rest[0].folded] != roleNone && !rest[0].leading && !(len(alias) > 0 && alias[0] == rest[0].folded) {
		rest = rest[1:] // the (Kremlin), At the (United Nations), and (Ukrainian) after a title
	}
	if len(rest) == 1 && !f.singleOK(&rest[0], m) {
		return Mention{}, false
	}
	for _, w := range rest[1:] {
		if w.kind == wordParticle && !w.leading && !slices.Contains(alias, w.folded) {
			return Mention{}, false // Vladimir Putin at the Kremlin; Press and Agence France
		}
	}
	if !covered(rest, m) {
		return Mention{}, false
	}
	start := rest[0].start
	return Mention{Start: start, End: last.end, Text: f.text[start:last.end], Found: true, Match: m}, true
}

// singleOK applies the rules of a span of one word to w and its match.
func (f *Finder) singleOK(w *textWord, m Match) bool {
	if w.kind != wordName || w.syllable {
		return false
	}
	if utf8.RuneCountInString(w.folded) < 2 && m.Method != MethodExact {
		return false // X, a single initial
	}
	if f.lx.words[w.folded] != roleNone && m.Method != MethodExact && m.Method != MethodFolded {
		return false // Russian is not Russia; US and NATO are names as written
	}
	if f.common(w) && !asWritten(m) {
		return false // But, ON (the initials of Ostrov Norfolk)
	}
	if m.Method == MethodFuzzy {
		if w.sentenceStart || len(m.Explain.Tokens) != 1 {
			return false
		}
		t := m.Explain.Tokens[0]
		if utf8.RuneCountInString(t.Query) < minFuzzyWord || m.Score < minFuzzyScore || derived(t) {
			return false // Mark is not Maroc, American is not America
		}
	}
	return true
}

// derived reports whether a word met by edit distance looks like an English adjective made
// from the name it met: American (America), Ukrainian (Ukraine), Belgian, Lebanese, Danish.
func derived(t TokenMatch) bool {
	if t.Rule != "edit" {
		return false
	}
	q, a := t.Query, t.Alias
	if len(q) > len(a)-1 && len(a) > 1 && strings.HasPrefix(q, a[:len(a)-1]) {
		return true
	}
	for _, suf := range []string{"ian", "ean", "ese", "ish"} {
		if strings.HasSuffix(q, suf) {
			return true
		}
	}
	return false
}

// covered reports whether every Latin name word of span met a word of the matched name. A
// match of the name as a whole explains no words and covers all; so do words of other
// scripts, which the resolver romanizes first.
func covered(span []textWord, m Match) bool {
	for _, t := range m.Explain.Tokens {
		if t.Rule == "initial" && utf8.RuneCountInString(t.Query) > 1 {
			return false // Some (of the US) for the S. of U.S.
		}
	}
	if len(m.Explain.Tokens) == 0 {
		return true
	}
	for i := range span {
		w := &span[i]
		if w.kind != wordName {
			continue
		}
		for _, part := range strings.FieldsFunc(w.folded, isSep) {
			if !isASCII(part) || loadLexicon().words[part] != roleNone {
				continue
			}
			found := false
			for _, t := range m.Explain.Tokens {
				if strings.Contains(t.Query, part) {
					found = true
					break
				}
			}
			if !found {
				return false
			}
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// titleWords returns how many words at the start of span form a title (with the adjectives
// and articles before it) that the resolver drops: Foreign Minister, Russian President, the
// former President. It leaves at least one word.
func titleWords(lx *lexicon, span []textWord) int {
	var folded []string
	var owner []int // owner[k]: the span word that folded word k comes from
	for i, w := range span {
		for _, part := range strings.FieldsFunc(w.folded, isSep) {
			folded = append(folded, part)
			owner = append(owner, i)
		}
	}
	n := 0
	for n < len(folded)-1 {
		t := titleAt(lx, folded[n:len(folded)-1])
		if t == 0 {
			break
		}
		n += t
	}
	if n == 0 || n >= len(folded) {
		return 0
	}
	return owner[n]
}
