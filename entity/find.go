package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/namecanon/namecanon/alias"
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

// maxLooseShort is the most letters of a single word that meets a name only as written
// (folded, romanized) or by a respelling of its vowels (see shortKeyed), never by a sound
// key, convention or ending that drops or changes a consonant, nor by edit distance: Sul,
// Soul and Sol are not Seoul, Fees is not Fiji.
const maxLooseShort = 4

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
	start, end      int    // the word's bytes in the text, a possessive ’s included
	query           string // the word without a possessive ’s
	folded          string // translit.Fold of query
	kind            wordKind
	leading         bool       // a particle that may begin a name (von, al, de), not only sit inside one
	syllable        bool       // a lower-case syllable after a hyphen (the moon of Ki-moon): never alone
	pair            string     // a syllable and the word before it, hyphen included (Moon-soo): what the index is asked of both
	innerPossessive bool       // a possessive kept inside a body's name (People's Party): asked of the index without its apostrophe
	sentenceStart   bool       // the first word of the text, a sentence or a line
	headline        bool       // a word of a sentence written in title case (Negotiators To Meet In Florida)
	cjk             bool       // a run of Han or kana: names are found inside it (see cjk)
	role            role       // the role data/words.tsv gives folded, if any
	listed          int8       // 0 not yet looked up, else 1 + the word list's class of folded (see class)
	split           bool       // folded holds a space or a hyphen (read as several words by titleWords)
	titleFirst      bool       // a multi-word title begins with folded (lexicon.titleFirst)
	compound        bool       // folded is a German compound title (lexicon.compoundTitle)
	conjunction     bool       // folded is one of conjunctions
	otherFirst      bool       // folded, up to a space or hyphen, begins a name of data/othernames.tsv
	facts           *textFacts // the facts of query, where classify read them
	title           int8       // 0 not yet looked up, 1 no, 2 a word of a title phrase (see titleish)
	known           int8       // 0 not yet looked up, else what the index says of it (see lookup)
	breakAfter      bool       // punctuation, a line break or a possessive follows: no name runs on
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
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
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
			f.words = append(f.words, textWord{start: i, sentenceStart: sentenceStart})
			f.word(&f.words[len(f.words)-1])
			sentenceStart = false
			i = f.words[len(f.words)-1].end
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
			case c == '.' && j == i && prev >= 0 && f.words[prev].end == i && f.abbreviation(&f.words[prev]) &&
				!sentenceOpener(text[j+size:]):
				// V. Zelensky, Mr. Witkoff: not the end of a sentence. (But Hun Sen. Her
				// father: no title stands before a pronoun.)
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
	f.headlines()
}

// headlines marks the words of the sentences written in title case: three words of four
// letters or more, all capitalized (Ukraine and US Negotiators To Meet In Florida). There a
// capital says nothing of a name.
func (f *Finder) headlines() {
	for start := 0; start < len(f.words); {
		end := start + 1
		for end < len(f.words) && !f.words[end].sentenceStart {
			end++
		}
		upper, lower := 0, 0
		for i := start; i < end; i++ {
			q := f.words[i].query
			if len(q) < 4 {
				continue
			}
			c, _ := utf8.DecodeRuneInString(q)
			switch {
			case unicode.IsUpper(c):
				upper++
			case unicode.IsLower(c):
				lower++
			}
		}
		if upper >= 3 && lower == 0 {
			for i := start; i < end; i++ {
				f.words[i].headline = true
			}
		}
		start = end
	}
}

func startsWord(s string) bool {
	c, size := utf8.DecodeRuneInString(s)
	return isWordRune(c, size)
}

// word reads the word that begins at text[w.start] into w: word runes joined by inner apostrophes
// (O’Brien, Mu'ammar), and the dots of a dotted acronym (U.S., D.C.). Two capitalized words
// that extraction ran together (SputnikKiev) are two words, when the first has four letters
// or more: McDonald, LaGuardia and DeSantis stay whole.
func (f *Finder) word(w *textWord) {
	text := f.text
	i := w.start
	j := i
	letters := 0 // letters since the last dot, for dotted acronyms
	dotted := false
	for j < len(text) {
		if b := text[j]; 'a' <= b && b <= 'z' || '0' <= b && b <= '9' {
			j++ // the usual case: a lower-case ASCII letter or a digit
			letters++
			continue
		}
		c, size := utf8.DecodeRuneInString(text[j:])
		if isWordRune(c, size) {
			if letters >= 4 && unicode.IsUpper(c) && unicode.IsLower(prevRune(text[:j])) && lowerRun(text[j+size:]) >= 2 {
				break // SputnikKiev, ReutersBritish: two words run together in extraction
			}
			j += size
			letters++
			continue
		}
		if c < utf8.RuneSelf && c != '\'' && c != '.' {
			break // a space or punctuation: no apostrophe, format character or dotted acronym
		}
		next, nsize := utf8.DecodeRuneInString(text[j+size:])
		joins := j+size < len(text) && isWordRune(next, nsize)
		if isApostrophe(c) && joins {
			j += size
			letters = 0
			continue
		}
		if unicode.Is(unicode.Cf, c) && joins {
			j += size // an invisible format character inside a word (Zelen\u200Bsky, a soft hyphen) keeps it whole
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
	// Possessive: Witkoff’s, Ukraine's, ZELENSKY'S. Not that of a common noun before a
	// designator, inside a body's name: Mongolian People's Party (but Ukraine's Party of
	// Regions).
	if q := w.query; len(q) > 2 && (q[len(q)-1] == 's' || q[len(q)-1] == 'S') {
		if f.beforeDesignator(q, j) {
			w.innerPossessive = true
			return
		}
		c, size := utf8.DecodeLastRuneInString(q[:len(q)-1])
		if isApostrophe(c) && len(q)-1-size > 0 {
			w.query = q[:len(q)-1-size]
			w.breakAfter = true
		}
	}
}

// openers are English words that begin sentences and never follow a title: pronouns and
// determiners.
var openers = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true,
	"her": true, "his": true, "its": true, "their": true, "our": true, "the": true, "a": true, "an": true,
	"this": true, "that": true, "these": true, "those": true, "there": true, "but": true, "and": true}

// sentenceOpener reports whether s, the text after a full stop, begins with a capitalized
// word of openers: then the stop ends a sentence even after a word that may be an abbreviated
// title (Cambodia's Hun Sen. Her father …, where Sen. is otherwise Senator).
func sentenceOpener(s string) bool {
	s = strings.TrimLeft(s, " \t\u00A0")
	end := 0
	for end < len(s) && ('a' <= s[end] && s[end] <= 'z' || 'A' <= s[end] && s[end] <= 'Z') {
		end++
	}
	if end == 0 || s[0] < 'A' || s[0] > 'Z' || end < len(s) && s[end] != ' ' && s[end] != ',' {
		return false
	}
	return openers[strings.ToLower(s[:end])]
}

// beforeDesignator reports whether the word q, a common English noun with a possessive
// ending (People's), stands before one space and a capitalized designator of data/words.tsv
// (Party, Movement) at text[j].
func (f *Finder) beforeDesignator(q string, j int) bool {
	if f.lx == nil || j+2 > len(f.text) || f.text[j] != ' ' || f.text[j+1] < 'A' || f.text[j+1] > 'Z' {
		return false
	}
	stem := strings.TrimRight(strings.ToLower(q), "s'’")
	if loadWordlist().class(stem) != commonWord && loadWordlist().class(stem+"s") != commonWord {
		return false
	}
	end := j + 1
	for end < len(f.text) && ('a' <= f.text[end] && f.text[end] <= 'z' || 'A' <= f.text[end] && f.text[end] <= 'Z') {
		end++
	}
	return f.lx.words[strings.ToLower(f.text[j+1:end])] == roleDesignator
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
	fs := foldWord(s)
	role := f.lx.words[fs]
	return role == roleTitle || role == roleSuffix || abbreviations[fs]
}

// classify sets the kind and folded form of word i, and notes the lower-case words.
func (f *Finder) classify(i int) {
	w := &f.words[i]
	facts := textWords.facts(f.lx, w.query)
	w.setFacts(facts)
	first, _ := utf8.DecodeRuneInString(w.query)
	afterHyphen := false
	if i > 0 {
		gap := f.text[f.words[i-1].end:w.start]
		c, size := utf8.DecodeRuneInString(gap)
		afterHyphen = size == len(gap) && isHyphen(c)
	}
	role := facts.role
	w.role = role
	switch {
	case facts.spaceless:
		w.kind, w.cjk = wordOther, true // 习近平在北京会见了普京: no spaces between words
	case w.end-w.start > MaxMentionBytes:
		w.kind = wordOther // no name is longer
	case unicode.IsUpper(first) || unicode.IsTitle(first):
		w.kind = wordName
	case unicode.IsLetter(first) && (caseless(first) || unicode.Is(unicode.Georgian, first)):
		w.kind = wordName // no capitals to go by: every word may be a name
	case unicode.IsLower(first) && afterHyphen && f.words[i-1].kind == wordName && !f.words[i-1].syllable &&
		romanSyllable(foldWord(f.words[i-1].query)) && romanSyllable(w.folded):
		// Jae-myung, Moon-soo, Jong-un, Ching-te, Bi-khim: a Korean or Chinese given name
		// of two romanized syllables. The index knows the given name whole (Moonsoo), not
		// its syllables: both words are looked up as the pair.
		w.kind, w.syllable = wordName, true
		w.pair = f.text[f.words[i-1].start:w.end]
		f.words[i-1].pair = w.pair
	case unicode.IsLower(first) && (role == roleParticle || role == roleStopword):
		w.kind = wordParticle
	case unicode.IsLower(first) && afterHyphen && f.words[i-1].kind == wordName &&
		utf8.RuneCountInString(w.query) <= 4 && utf8.RuneCountInString(f.words[i-1].query) <= 5:
		w.kind, w.syllable = wordName, true // Ki-moon, Sung-hwan: two short syllables
	}
	if role == roleNone && unicode.IsLower(first) {
		f.lower[w.folded] = true // only asked of words without a role (common, ordinary)
	}
}

// setFacts sets what w takes of the facts of its word as written.
func (w *textWord) setFacts(e *textFacts) {
	w.folded, w.role, w.title, w.leading, w.listed = e.folded, e.role, e.title, e.leading, int8(e.listed.Load())
	w.split, w.titleFirst, w.compound = e.split, e.titleFirst, e.compound
	w.conjunction, w.otherFirst, w.facts = e.conjunction, e.otherFirst, e
}

// romanSyllable reports whether s, folded, is shaped like one romanized Korean or Chinese
// syllable: at most one consonant or digraph, a glide, up to three vowels and a final n, ng,
// m, k, l, p, t, h or r (myung, gyeong, soo, khim, hsiung, jeou), six letters at most. Two
// such words joined by a hyphen are a given name (Jae-myung, Ching-te); English compounds
// are not (State-run, Right-wing, Well-known).
func romanSyllable(s string) bool {
	if len(s) == 0 || len(s) > 6 {
		return false
	}
	i := 0
	for _, d := range [...]string{"ch", "ts", "tz", "ss", "sh", "hs", "kk", "tt", "pp", "jj", "ph", "th", "kh"} {
		if strings.HasPrefix(s, d) {
			i = 2
			break
		}
	}
	if i == 0 && !isVowelByte(s[0]) && s[0] != 'w' && s[0] != 'y' && 'a' <= s[0] && s[0] <= 'z' {
		i = 1
	}
	if i < len(s) && (s[i] == 'w' || s[i] == 'y') {
		i++
	}
	if i == 1 && i < len(s) && s[i] == 'h' {
		i++ // khim: an aspirated consonant
	}
	v := i
	for i < len(s) && i-v < 3 && isVowelByte(s[i]) {
		i++
	}
	if i == v {
		return false
	}
	switch s[i:] {
	case "", "ng", "n", "m", "k", "l", "p", "t", "h", "r":
		return true
	}
	return false
}

// foldWord is translit.Fold, with a shortcut for words already folded: lower-case ASCII
// letters and digits, as most words of English text are.
func foldWord(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return translit.Fold(s)
		}
	}
	return s
}

// caseless reports whether c is a letter of a script without case (Arabic, Hebrew, Han …).
func caseless(c rune) bool {
	return !unicode.IsUpper(c) && !unicode.IsLower(c) && !unicode.IsTitle(c) && !unicode.Is(unicode.Lm, c)
}

// common reports whether w is a common word that is capitalized only because it starts a
// sentence or is written in capitals: a word of the lexicon (The, And, President) or one the
// document also writes in lower case (But … but, ON … on).
func (f *Finder) common(w *textWord) bool {
	return (w.sentenceStart || allCaps(w.query)) && (w.role != roleNone || f.lower[w.folded])
}

// ordinary reports whether w may be an ordinary word capitalized by its place: common, or an
// English word of the word list (data/wordlist: After, Meanwhile, Negotiators) at the start
// of a sentence, in capitals or in a headline. Such a word neither makes a longer name of
// the mention beside it nor is reported as an unknown name; it may still be a name that
// resolves (Trump, Hill).
func (f *Finder) ordinary(w *textWord) bool {
	return f.common(w) || (w.sentenceStart || w.headline || allCaps(w.query)) &&
		(w.role != roleNone || f.lower[w.folded] || f.class(w) == commonWord)
}

// class returns the word list's class of w (data/wordlist), looked up once.
func (f *Finder) class(w *textWord) wordClass {
	if w.listed == 0 {
		w.listed = 1 + int8(loadWordlist().class(w.folded))
		textWords.keepListed(w.query, w.listed) // the word's facts, for the next time it is read
	}
	return wordClass(w.listed - 1)
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

// maxCJKRunes caps the characters of a name found inside Chinese or Japanese text: 中华人民共和国
// has seven.
const maxCJKRunes = 8

// spaceless reports whether s holds Han, Hiragana or Katakana: the scripts that write no
// spaces between words.
func spaceless(s string) bool {
	for _, c := range s {
		if c >= 0x2E80 && (unicode.Is(unicode.Han, c) || unicode.Is(unicode.Hiragana, c) || unicode.Is(unicode.Katakana, c)) {
			return true
		}
	}
	return false
}

// cjk finds the names inside a word of Chinese or Japanese text: at each character, the
// longest substring of two to maxCJKRunes characters that is a table name as written, folded
// or romanized whole (北京 as written; 习近平 romanized xi jinping for Xi Jinping); the search
// goes on after it. Substrings met only by spelling rules or edit distance are not names.
func (f *Finder) cjk(w *textWord) {
	s := f.text[w.start:w.end]
	var at []int // the byte offset of each character, and len(s)
	for i := range s {
		at = append(at, i)
	}
	at = append(at, len(s))
	n := len(at) - 1
	for i := 0; i < n; {
		found := false
		for l := min(maxCJKRunes, n-i); l >= 2; l-- {
			sub := s[at[i]:at[i+l]]
			if !spaceless(sub) {
				continue
			}
			m, ok := f.resolve(sub)
			if !ok || !asWritten(m) {
				continue
			}
			start, end := w.start+at[i], w.start+at[i+l]
			f.out = append(f.out, Mention{Start: start, End: end, Text: f.text[start:end], Found: true, Match: m})
			i, found = i+l, true
			break
		}
		if !found {
			i++
		}
	}
}

// stretch finds the mentions in the words between two breaks.
func (f *Finder) stretch(words []textWord) {
	for i := 0; i < len(words); {
		if words[i].kind == wordOther || words[i].kind == wordParticle && !words[i].leading {
			if words[i].cjk {
				f.cjk(&words[i])
			}
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
	var spans [][2]int // the run words each new mention took, title included
	var names []int    // the indexes of the run's name words
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
			if anyTrue(taken[from:to]) || !f.endsKnown(run, names[k], to-1, n) && !f.otherName(run[from:to]) {
				continue
			}
			m, ok := f.span(run[from:to])
			if !ok && from != names[k] {
				from = names[k]
				m, ok = f.span(run[from:to])
			}
			if !ok || !f.beforeTitleOK(run, to, m) {
				continue
			}
			if slices.Contains(m.Match.Explain.Rules, "lone-word") && (f.nameWord(run, from-1) || f.nameWord(run, to)) {
				continue // Martin (Schulz): a word the table finds ambiguous, beside another name word
			}
			if slices.Contains(m.Match.Explain.Rules, ruleExtraFamilyName) && f.nameWord(run, to) {
				continue // Volodymyr Zelenskyy Andriy (Sybiha): one more family name ends the run's name words
			}
			for i := from; i < to; i++ {
				taken[i] = true
			}
			f.out = append(f.out, m)
			spans = append(spans, [2]int{from, to})
		}
	}
	// Whole names first: a mention with name words beside it that met nothing is a piece of
	// an unknown name (Zach Witkoff, Kyiv Post, Donald Trump Jr.).
	kept := f.out[:first]
	keptSpans := spans[:0]
	for k, m := range f.out[first:] {
		from, to := spans[k][0], spans[k][1]
		if !f.ofAcronym(run, taken, from, m) && f.blocked(run, taken, from-1, -1) || f.blocked(run, taken, to, +1) {
			for i := from; i < to; i++ {
				taken[i] = false
			}
			continue
		}
		kept = append(kept, m)
		keptSpans = append(keptSpans, spans[k])
	}
	spans = keptSpans
	f.out = kept
	f.pairedPieces(run, taken, first, spans)
	f.unknown(run, taken)
	// Longest first; put this run's mentions in text order.
	found := f.out[first:]
	slices.SortStableFunc(found, func(a, b Mention) int { return a.Start - b.Start })
	for _, m := range found {
		if m.Found {
			f.remember(run, m)
		}
	}
}

// pairedPieces drops the pairs of mentions of the run from f.out[first:] (their run words
// in spans) that are two words with one space between (not a hyphen: Putin-Witkoff), each
// one word of a longer name of a different
// person (Martin, a surname of Micheál Martin, then Schulz, Olaf Scholz's misspelled): two
// people named one after the other without a comma or a conjunction are rarer than one
// person that the table lacks. Their words are untaken: the pair is an unknown name.
func (f *Finder) pairedPieces(run []textWord, taken []bool, first int, spans [][2]int) {
	ms := f.out[first:]
	if len(ms) < 2 {
		return
	}
	piece := func(k int) bool {
		m := &ms[k]
		return spans[k][1]-spans[k][0] == 1 && m.Match.Entity.Kind == alias.Person &&
			(m.Match.Method == MethodPartial || strings.ContainsAny(strings.TrimSpace(m.Match.Explain.Alias), " -"))
	}
	drop := make([]bool, len(ms))
	for a := range ms {
		for b := range ms {
			if spans[a][1] == spans[b][0] && piece(a) && piece(b) && ms[a].Match.Entity.ID != ms[b].Match.Entity.ID &&
				f.text[run[spans[a][0]].end:run[spans[b][0]].start] == " " {
				drop[a], drop[b] = true, true
			}
		}
	}
	kept := ms[:0]
	for k, m := range ms {
		if drop[k] {
			taken[spans[k][0]] = false
			continue
		}
		kept = append(kept, m)
	}
	f.out = f.out[:first+len(kept)]
}

// beforeTitleOK reports whether the mention m of the span that ends before run[to] may stand
// before a title: only as a name or alias written as the table writes it (Kyiv Mayor, New
// York Mayor, US President), or the entity's own name folded; another word there describes
// the title (South African President Cyril Ramaphosa, Pakistani Prime Minister, Argentine
// President: no South Africa, Pakistan or Argentina).
func (f *Finder) beforeTitleOK(run []textWord, to int, m Mention) bool {
	if to >= len(run) || run[to].kind != wordName || run[to].role == roleParticle || run[to].role == roleStopword ||
		titleWords(f.lx, run[to:min(len(run), to+titleWindow+2)]) == 0 {
		return true
	}
	if w := &run[to-1]; w.role == roleAdjective && w.start <= m.Start && !isAcronym(w.query) {
		return false // Argentine President: an adjective of data/words.tsv (US, UK are the countries)
	}
	switch m.Match.Method {
	case MethodExact:
		return true
	case MethodFolded, MethodTransliterated:
		// Not another language's name of the country (Argentine President: French for
		// Argentina), nor a romanized one (Israeli).
		return m.Match.Explain.Alias == m.Match.Entity.Name && !romanizedAlias(m.Text, m.Match)
	}
	return false
}

// romanizedAlias reports whether a Latin mention met m only through an alias written in
// another script, romanized, while the entity has a Latin name of its own: Israeli and
// Pakistani romanize the Georgian names of Israel and Pakistan (ისრაელი, პაკისტანი), but
// are English adjectives, not the names of the countries. (An entity named only in another
// script is still met through its romanized name.)
func romanizedAlias(text string, m Match) bool {
	return hasLatin(text) && !hasLatin(m.Explain.Alias) && m.Explain.Alias != "" && hasLatin(m.Entity.Name)
}

func hasLatin(s string) bool {
	for _, c := range s {
		if unicode.Is(unicode.Latin, c) {
			return true
		}
	}
	return false
}

// conjunctions are the particles that separate two names of a run rather than join the
// words of one: Witkoff and Kushner, Putin und Lawrow, Зеленський та Сибіга.
var conjunctions = map[string]bool{"and": true, "und": true, "et": true, "i": true, "y": true, "e": true, "or": true, "ta": true, "a": true, "ou": true, "oder": true}

// maxBeside caps how many words beside a mention blocked reads: enough for a title and a
// name, and Find stays linear on a text of capitalized words without end.
const maxBeside = 2*titleWindow + maxSpanWords

// separates reports whether w separates two names of a run rather than joins the words of
// one: a conjunction, or the English as and at (also Arabic articles: as-Sisi).
func separates(w *textWord) bool {
	return w.conjunction || w.kind == wordParticle && (w.folded == "as" || w.folded == "at")
}

// blocked reports whether the words of run from i on, in direction dir, hold an untaken
// name word that met nothing before a taken word, a conjunction or the end of the run: a
// word that makes the mention beside it a piece of a longer name. Titles (Secretary of
// State), adjectives, designators (Oblast, Group), particles and common words capitalized by
// their place (a sentence start, a headline) do not count; a generational suffix does.
func (f *Finder) blocked(run []textWord, taken []bool, i, dir int) bool {
	if dir < 0 {
		g, from := i+1, i+1
		for g > 0 && from-g < maxBeside && !taken[g-1] && !separates(&run[g-1]) {
			g--
		}
		if g < from && titleWords(f.lx, run[g:min(len(run), from+maxSpanWords)]) >= from-g {
			return false // Foreign (Minister Sybiha), Secretary of State (Marco Rubio): a title
		}
	}
	if dir > 0 && i < len(run) {
		g := i
		for g < len(run) && g-i < maxBeside && !taken[g] && !separates(&run[g]) {
			g++
		}
		if g > i && titleWords(f.lx, run[i:min(len(run), g+maxSpanWords)]) >= g-i {
			return false // EU (Energy Commissioner), U.S. (Special Envoy): a title follows
		}
	}
	block := false
	for n := 0; n < maxBeside && i >= 0 && i < len(run) && !taken[i]; i, n = i+dir, n+1 {
		w := &run[i]
		if separates(w) {
			break
		}
		if w.kind != wordName {
			continue
		}
		switch w.role {
		case roleTitle, rolePostTitle:
			// A title begins another name phrase (Secretary of State Marco Rubio; Miami Mayor
			// Francis Suarez); but a name word between the title and the mention is a word of
			// the mention's name (Rep. Jim Jordan, Sheikh Hamad bin Jassim Al Thani).
			return block
		case roleAdjective, roleDesignator, roleParticle, roleStopword, roleCalendar:
			if w.conjunction {
				return block
			}
			continue
		case roleSuffix:
			return true
		}
		if f.ordinary(w) {
			continue
		}
		block = true
	}
	return block
}

// remember records the names a mention gives the document: the family name of a person named
// in full, and that of an unknown person, so that the name alone later means the same one.
func (f *Finder) remember(run []textWord, m Mention) {
	var buf [maxSpanWords + 2]*textWord
	ws := buf[:0]
	// The run is in text order: look only at the words inside the mention, so that a run of
	// thousands of capitalized words costs each mention its own words, not the whole run.
	i, _ := slices.BinarySearchFunc(run, m.Start, func(w textWord, start int) int { return w.start - start })
	for ; i < len(run) && run[i].start < m.End; i++ {
		w := &run[i]
		if w.end <= m.End && w.kind == wordName && w.role != roleSuffix {
			ws = append(ws, w)
		}
	}
	if len(ws) < 2 {
		return
	}
	if m.Found && m.Match.Entity.Kind != alias.Person {
		return
	}
	if !m.Found && f.class(ws[0]) == unlisted {
		return // Kyiv Post: no given name first, no person
	}
	if f.people == nil || len(f.people) > maxDocMemo {
		f.people = map[string]docName{}
	}
	key := f.wordKey(ws[len(ws)-1])
	d := docName{m: m.Match, found: m.Found, text: f.text[ws[0].start:ws[len(ws)-1].end]}
	if old, ok := f.people[key]; ok && (old.ambiguous || old.found != d.found || old.m.Entity.ID != d.m.Entity.ID || !d.found && old.text != d.text) {
		d.ambiguous = true // Jair Bolsonaro, then Flávio Bolsonaro: Bolsonaro alone is either
	}
	f.people[key] = d
	if m.Found && f.lx.surnameFirst[ws[0].folded] && f.lx.surnameFirst[firstWord(m.Match.Explain.Alias)] {
		// Lee Jae-myung, Xi Jinping: the family name leads, and alone it is the same person.
		key := f.wordKey(ws[0])
		if old, ok := f.people[key]; ok && (old.ambiguous || !old.found || old.m.Entity.ID != d.m.Entity.ID) {
			d.ambiguous = true
		}
		f.people[key] = d
	}
	if m.Found && len(ws) > 2 && slices.Contains(m.Match.Explain.Rules, ruleExtraFamilyName) {
		// Daniel Noboa Azín: Noboa alone is the same person.
		key := f.wordKey(ws[len(ws)-2])
		if old, ok := f.people[key]; ok && (old.ambiguous || !old.found || old.m.Entity.ID != d.m.Entity.ID) {
			d.ambiguous = true
		}
		f.people[key] = d
	}
	if m.Found {
		if f.mentioned == nil || len(f.mentioned) > maxDocMemo {
			f.mentioned = map[string]bool{}
		}
		f.mentioned[m.Match.Entity.ID] = true
	}
}

// firstWord returns the first word of the name s, folded.
func firstWord(s string) string {
	w, _, _ := strings.Cut(translit.Fold(strings.TrimSpace(s)), " ")
	return w
}

// unknown appends the unknown names of a run (Found false): each stretch of words that no
// mention took, without the titles, common words and particles at its edges, that still
// holds a name word. A lone capitalized word at the start of a sentence is not reported:
// nothing tells a name from a word capitalized by its place.
func (f *Finder) unknown(run []textWord, taken []bool) {
	for i := 0; i < len(run); {
		if taken[i] {
			i++
			continue
		}
		j := i
		for j < len(run) && !taken[j] && !separates(&run[j]) {
			j++
		}
		g := run[i:j]
		if j < len(run) && taken[j] && j-i <= maxBeside && titleWords(f.lx, run[i:min(len(run), j+maxSpanWords)]) >= j-i {
			i = max(j, i+1)
			continue // Energy (Commissioner Dan Jorgensen): the start of a title
		}
		i = max(j, i+1)
		for len(g) > 0 && (g[len(g)-1].kind != wordName || g[len(g)-1].role == roleCalendar) {
			g = g[:len(g)-1]
		}
		if t := titleWords(f.lx, g); t > 0 && f.endsTitle(g[:t]) {
			g = g[t:] // (Israeli Foreign Minister, First Lady) Gideon Saar: the title is no part of the name
		}
		for len(g) > 0 && (g[0].kind != wordName || g[0].role != roleNone || f.ordinary(&g[0])) {
			g = g[1:]
		}
		if len(g) == 0 || len(g) > maxSpanWords || len(g) == 1 && (g[0].sentenceStart || g[0].headline || g[0].syllable || utf8.RuneCountInString(g[0].folded) < 2) {
			continue
		}
		if len(g) == 1 && f.class(&g[0]) == commonWord {
			if _, ok := f.people[f.wordKey(&g[0])]; !ok {
				continue // the Senate, in March, Democrats: an English word capitalized, no name to report
			}
		}
		start, end := g[0].start, g[len(g)-1].end
		m := Mention{Start: start, End: end, Text: f.text[start:end]}
		f.remember(run, m)
		if f.cfg.unknown {
			f.out = append(f.out, m)
		}
	}
}

// endsTitle reports whether the words ws end in a title word of data/words.tsv, alone or as
// the last of a title of two or three words (Foreign Minister, First Lady): not an adjective
// alone (U.S. Congress).
func (f *Finder) endsTitle(ws []textWord) bool {
	n := len(ws)
	if n == 0 {
		return false
	}
	if ws[n-1].role == roleTitle || f.lx.compoundTitle(ws[n-1].folded) {
		return true
	}
	for _, t := range f.lx.titles {
		if len(t) < 2 || len(t) > n {
			continue
		}
		match := true
		for k, tw := range t {
			match = match && ws[n-len(t)+k].folded == tw
		}
		if match {
			return true
		}
	}
	return false
}

// known reports whether w can be a word of a table name: the resolver's index holds it as
// written, folded, by a word key, a key one letter away or a consonant skeleton, or it is an
// acronym. A word the index does not know is never resolved alone and ends no span of three
// words or more (see endsKnown): this spares most resolutions of capitalized words that name
// nothing (Committee, Tuesday).
func (f *Finder) known(w *textWord) bool {
	return f.lookup(w)&wordKnown != 0
}

// dropApostrophes writes a word without its apostrophes, as the index folds it.
var dropApostrophes = strings.NewReplacer("'", "", "’", "")

// The answers of lookup, a bit set remembered per word in the Resolver's memo.
const (
	wordLooked    = 1 << iota // looked up
	wordKnown                 // see known
	wordKeyed                 // see keyed
	wordCanonical             // see canonicalKeyed
)

// writtenWord reports whether w, as written (folded), is a word of some table name.
func (f *Finder) writtenWord(w *textWord) bool {
	if !f.keyed(w) {
		return false // no key of w meets a table word: nor does w
	}
	q := parseMention(w.query, true)
	return f.r.hasWrittenWord(&q)
}

// keyed reports whether w can meet a table name other than by edit distance: as written or
// folded, as an acronym, through a cognate, or by a key, convention or de-inflected form that
// the index holds (Resolver.hasKeyTerm).
func (f *Finder) keyed(w *textWord) bool {
	return f.lookup(w)&wordKeyed != 0
}

// canonicalKeyed reports whether w is keyed in a way the rules of a single listed word
// accept (singleOK): as written or folded, as an acronym, through a cognate, or by a key,
// convention or de-inflected form that meets a word of a table name as written, or one
// with the same first letter in a canonical name (Resolver.hasCanonicalKey).
func (f *Finder) canonicalKeyed(w *textWord) bool {
	return f.lookup(w)&wordCanonical != 0
}

// lookup returns what the index says of w (wordKnown, wordKeyed), asking it once per
// Resolver.
func (f *Finder) lookup(w *textWord) uint8 {
	if w.known == 0 {
		query := w.query
		if w.pair != "" {
			query = w.pair // Moon-soo: the given name whole
		}
		if w.innerPossessive {
			query = dropApostrophes.Replace(query) // People's: peoples, as the index folds it
		}
		var bits uint8 // 0: not asked yet (an answer has wordLooked)
		// A word as written keeps the answer of the last Resolver that asked in its facts.
		plain, id := query == w.query && w.facts != nil, f.r.memo.ident()
		if k := uint64(0); plain {
			if k = w.facts.known.Load(); k>>8 == id {
				bits = uint8(k)
			}
		}
		if bits == 0 {
			if b := f.r.memo.known.get(query); b != nil {
				bits = *b
			}
		}
		if bits == 0 {
			q := parseMention(query, true)
			bits = wordLooked
			switch {
			case len(f.r.exactNames(query)) > 0 || len(f.r.foldedNames(q.folded)) > 0 || isAcronym(w.query) || f.cognate(&q):
				bits |= wordKnown | wordKeyed | wordCanonical
			case f.r.hasKeyTerm(&q):
				bits |= wordKnown | wordKeyed
				if f.r.hasCanonicalKey(&q) {
					bits |= wordCanonical
				}
			case f.r.hasCandidates(&q):
				bits |= wordKnown
			}
			if bits&wordKnown == 0 && f.koreanSurname(query) {
				bits |= wordKnown | wordKeyed // Lee for a table's Yi: the whole name is read by Resolve (translit.Readings)
			}
			f.r.memo.known.put(query, bits)
		}
		if plain {
			w.facts.known.Store(id<<8 | uint64(bits))
		}
		w.known = int8(bits)
	}
	return uint8(w.known)
}

// koreanSurname reports whether the word s spells a Korean family name of which another
// spelling is a word of a table name (Lee and Yi, Park and Bak, Choi and Choe).
func (f *Finder) koreanSurname(s string) bool {
	for _, sp := range translit.KoreanSurnameSpellings(s) {
		if q := parseMention(sp, true); f.r.hasKeyTerm(&q) {
			return true
		}
	}
	return false
}

// cognate reports whether a word of q is in a group of data/cognates.tsv.
func (f *Finder) cognate(q *mention) bool {
	for i := range q.tokens {
		if f.lx.cognate(&q.tokens[i]) != 0 {
			return true
		}
	}
	return false
}

// worthAlone reports whether a span of the single word w is worth resolving: w is known, and
// where the rules of a single word take no match by edit distance (a listed word, a word at
// the start of a sentence or in a headline, a word of fewer than minFuzzyWord letters; see
// singleOK) it is keyed too, unless the document has named someone in full, whose
// misspelled family name counts (Sybhia after Andrii Sybiha).
func (f *Finder) worthAlone(w *textWord) bool {
	if !f.known(w) {
		return false
	}
	if len(f.mentioned) > 0 || !isASCII(w.folded) {
		return true
	}
	if f.listedMiss(w) {
		return false
	}
	if w.sentenceStart || w.headline || utf8.RuneCountInString(w.folded) < minFuzzyWord {
		return f.keyed(w)
	}
	return true
}

// listedMiss reports whether w is a word of the word list, written in ASCII, that the rules
// of a single word (singleOK) reject whatever Resolve answers: the document has named no
// one in full, and no key of w meets a word of a table name as written or one with its
// first letter in a canonical name (canonicalKeyed). A family name the document has used
// (fromDocument) is left to the other rules.
func (f *Finder) listedMiss(w *textWord) bool {
	if f.spareNone || len(f.mentioned) > 0 || f.canonicalKeyed(w) || !isASCII(w.folded) || f.class(w) == unlisted {
		return false
	}
	_, named := f.people[f.wordKey(w)]
	return !named
}

// joinedKeyed reports whether the words ws, written as one word, meet a table name by its
// key: ExxonMobil, which Find reads as two words at its inner capital, or Exxon Mobil for
// the table's ExxonMobil.
// The answer is remembered in the Resolver's memo, under the joined word after a NUL (which
// no word of the text holds).
func (f *Finder) joinedKeyed(ws []textWord) bool {
	var buf [64]byte
	key := append(buf[:0], 0)
	for i := range ws {
		key = append(key, ws[i].query...)
	}
	var bits uint8 // 0: not asked yet (an answer has wordLooked)
	if b := f.r.memo.known.getBytes(key); b != nil {
		bits = *b
	}
	if bits == 0 {
		q := parseMention(string(key[1:]), true)
		bits = wordLooked
		if len(q.tokens) == 1 && f.r.hasKeyTerm(&q) {
			bits |= wordKeyed
		}
		f.r.memo.known.put(string(key), bits)
	}
	return bits&wordKeyed != 0
}

// gapless reports whether the words ws follow one another with nothing between them: one
// word of the text read as several at its inner capitals (BlackRock).
func gapless(ws []textWord) bool {
	for i := 1; i < len(ws); i++ {
		if ws[i].start != ws[i-1].end {
			return false
		}
	}
	return true
}

// middleName reports whether w may be a middle name, a middle initial or a patronymic of a
// person whose whole name stands around it, though no table name holds it (Javier Gerardo
// Milei, Joseph R. Biden, Vladimir Vladimirovich Putin): a capitalized Latin word of no role
// that the index does not know and that is no English word of the word list (State of
// Moscow State University, Tower of Trump Tower Chicago are), or a given name that a full
// name carries (givenInFront: António José Seguro).
func (f *Finder) middleName(w *textWord) bool {
	if f.givenInFront(w) {
		return true // António José Seguro: a given name, though the index knows the word
	}
	return w.kind == wordName && w.role == roleNone && isASCII(w.folded) && !w.syllable &&
		!strings.ContainsAny(w.folded, " -") && !f.known(w) && f.class(w) != commonWord
}

// withoutMiddleNames returns the words of span less those between its first and last name
// words that may be middle names (middleName); span itself when there are none.
func (f *Finder) withoutMiddleNames(span []textWord) []textWord {
	first, last := -1, -1
	for i := range span {
		if span[i].kind == wordName {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	var out []textWord
	for i := range span {
		if i > first && i < last && f.middleName(&span[i]) {
			if out == nil {
				out = append(make([]textWord, 0, len(span)), span[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, span[i])
		}
	}
	if out == nil {
		return span
	}
	return out
}

// extraFamilyWord reports whether run[last], a word the index does not know, may still end
// a span as one more family name after a person's whole name (Daniel Noboa Azín, Gustavo
// Petro Urrego): the resolver takes such a word (see extraFamilyName) only as the mention's
// last, so it must be the run's last name word, a Latin word of no role that is no English
// word of the word list, and not the first of a sentence or a headline's. Find takes only a
// word the index does not know as one more family name (see span): a word of a table name
// after a whole name begins another name (Volodymyr Zelenskyy Andrii Sybiha).
func (f *Finder) extraFamilyWord(run []textWord, last int) bool {
	w := &run[last]
	if w.kind != wordName || w.role != roleNone || w.sentenceStart || w.headline || !isASCII(w.folded) ||
		strings.ContainsAny(w.folded, " -") || f.class(w) == commonWord {
		return false
	}
	for i := last + 1; i < len(run); i++ {
		if run[i].kind == wordName {
			return false
		}
	}
	return true
}

// endsKnown reports whether a span of n name words from run[first] to run[last] is worth
// resolving: its last word is known, and so is its first unless that is a word of the
// lexicon (President, The) or the span has two words (Johann Vardepoel: one known word next
// to a far-off one); with three words or more, so is every Latin name word between them
// that is not a word of the lexicon.
func (f *Finder) endsKnown(run []textWord, first, last, n int) bool {
	if l := &run[last]; l.role == roleStopword || l.conjunction || l.role == roleParticle && (l.folded == "as" || l.folded == "at") {
		return false // Vietnam As (a headline), Bosnia And: a name ends in a name word
	}
	if n > 1 && gapless(run[first:last+1]) && f.joinedKeyed(run[first:last+1]) {
		return true // BlackRock, GlaxoSmithKline: one word that Find reads at its inner capitals
	}
	firstOK := f.known(&run[first]) || run[first].role != roleNone ||
		n >= 3 && utf8.RuneCountInString(run[first].folded) == 1 || // K. P. Sharma Oli: initials of given names, left to Resolve
		n >= 3 && f.givenInFront(&run[first]) || // Arthur Peter Mutharika: a given name the name in use leaves out, left to Resolve
		n >= 3 && isCountryName(run[first].folded) // Bangladesh Awami League: a body's country, left to Resolve
	switch {
	case n == 1:
		return f.worthAlone(&run[last])
	case n == 2:
		// Two words meet a name only when one of them meets a word of it by its key: two
		// words that each meet a name word only by edit distance are two other words.
		return firstOK && (run[first].role != roleNone || f.keyed(&run[first])) || f.keyed(&run[last]) ||
			firstOK && f.known(&run[last]) && f.joinedKeyed(run[first:last+1])
	}
	if !firstOK || !f.known(&run[last]) && !f.extraFamilyWord(run, last) {
		return false
	}
	for i := first + 1; i < last; i++ {
		if separates(&run[i]) && run[i+1].kind == wordName && (run[i+1].role == roleTitle || f.lx.titleFirst[run[i+1].folded]) {
			return false // Hurd and President Kayle: a conjunction and a title begin another name
		}
	}
	for i := first + 1; i < last; i++ {
		// A Latin word inside the span that no table name knows would fail covered after
		// the resolution, but for a person's middle name: spare it (Moscow State University,
		// Trump Tower Chicago).
		if w := &run[i]; w.kind == wordName && w.role == roleNone && isASCII(w.folded) && !f.known(w) && !f.middleName(w) {
			return false
		}
	}
	return true
}

// givenInFront reports whether w is a given name that a person's full name may carry before
// the name in use (data/given_first.tsv, data/given_european.tsv: Muhammad Nawaz Sharif,
// Arthur Peter Mutharika), which the resolver may take in front of a whole name
// (leadingGivenNames).
func (f *Finder) givenInFront(w *textWord) bool {
	return w.kind == wordName && w.role == roleNone && (f.lx.givenFirst[w.folded] || f.lx.givenEuropean[w.folded])
}

// frontGiven returns how many name words lead span that are given names a full name carries
// before the name in use (givenInFront), leaving two name words or more after them, or 1 for
// a country's name before two name words or more (a body's country: countryFront).
func (f *Finder) frontGiven(span []textWord) int {
	names := 0
	for i := range span {
		if span[i].kind == wordName {
			names++
		}
	}
	if names > 2 && span[0].kind == wordName && isCountryName(span[0].folded) {
		return 1 // Bangladesh Awami League: a body's country (countryFront)
	}
	k := 0
	for k < len(span) && f.givenInFront(&span[k]) && names > 2 {
		k++ // Mary Elizabeth Truss: Elizabeth, a given name too, is the name's
		names--
	}
	return k
}

// ofAcronym reports whether the mention m, the run words from on, is a person's name of two
// words or more after "of" and an untaken acronym (the SPD of Tomio Okamura, the ANC of
// Jacob Zuma): a party and its leader, not one longer name, so the acronym does not make
// the person a piece of an unknown name.
func (f *Finder) ofAcronym(run []textWord, taken []bool, from int, m Mention) bool {
	if from < 2 || m.Match.Entity.Kind != alias.Person || !strings.Contains(strings.TrimSpace(m.Text), " ") {
		return false
	}
	of, acr := &run[from-1], &run[from-2]
	return of.folded == "of" && !taken[from-2] && acr.kind == wordName && isAcronym(acr.query)
}

// otherName reports whether the words ws, as written, are a name of a row of
// data/othernames.tsv (Praha, München, Den Haag): a place's other name that meets no word of
// the table's names, which Resolve reads through that data.
func (f *Finder) otherName(ws []textWord) bool {
	if !ws[0].otherFirst {
		return false // the usual case, asked of many spans: no fold of the span's text
	}
	return loadOtherNames().otherNames(f.text[ws[0].start:ws[len(ws)-1].end]) != nil
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
	if len(f.people) > 0 {
		if d, ok := f.people[f.wordKey(last)]; ok {
			if d.ambiguous && len(span)-titleWords(f.lx, span) == 1 {
				return Mention{}, false // two people of the document bear the name
			}
			if c, ok := f.fromDocument(span[titleWords(f.lx, span):]); ok {
				return c, true
			}
		}
	}
	if w := &span[0]; len(span) == 1 && (w.role != roleNone || f.common(w)) && isASCII(w.folded) &&
		len(f.r.exactNames(w.query)) == 0 && len(f.r.foldedNames(w.folded)) == 0 && !f.mayBeInitials(w) {
		return Mention{}, false // Russian, Minister, But: such a word counts only as a name written whole
	}
	title := titleWords(f.lx, span)
	for i := range span[:title] {
		if w := &span[i]; w.kind == wordName && (w.role == roleNone || isAcronym(w.query) && len(f.r.exactNames(w.query)) > 0) && f.known(w) {
			return Mention{}, false // Mr. Witkoff and Dr. (Kushner), US (President): a name is no title
		}
	}
	// The name is resolved without its title, as the mention is reported: Prime Minister
	// Mark Carney, Canadian Prime Minister Mark Carney and Mark Carney are one resolution.
	from := span[title].start
	query := f.text[from:last.end]
	if last.end-last.start != len(last.query) {
		query = f.text[from:last.start] + last.query // without the possessive ’s
	}
	if rest := span[title:]; len(rest) == 1 && rest[0].kind == wordName && rest[0].role == roleNone && f.listedMiss(&rest[0]) {
		return Mention{}, false // President Valento: held to a lone word's rules
	}
	if rest := span[title:]; len(rest) == 1 && rest[0].kind == wordName && f.shortUnmet(&rest[0]) && !f.otherName(rest) {
		return Mention{}, false // Clea, Szul: a short word meets a name only as written or respelled
	}
	m, ok, spared := f.resolveSpan(query, span[title:])
	if spared {
		return Mention{}, false // Cachero Collene: no table name can meet both words
	}
	if !ok {
		if c, ok := f.documentChoice(m); ok {
			m = c
		} else if c, ok := f.loneChoice(span[title:], m); ok {
			m = c
		} else {
			return Mention{}, false
		}
	}
	if title == 0 && f.common(&span[0]) && !asWritten(m) && !(len(span) == 1 && f.initialsOf(&span[0], m)) {
		return Mention{}, false // Some of the US
	}
	var aliasWords []string
	if len(span)-title > 1 {
		aliasWords = strings.FieldsFunc(translit.Fold(m.Explain.Alias), isSep)
	}
	rest := span[title:]
	for len(rest) > 1 && rest[0].role != roleNone && !rest[0].leading && !(len(aliasWords) > 0 && aliasWords[0] == rest[0].folded) {
		rest = rest[1:] // the (Kremlin), At the (United Nations), and (Ukrainian) after a title
	}
	otherWhole := len(rest) > 1 && m.Entity.Kind == alias.Place && (slices.Contains(m.Explain.Rules, "exonym") || slices.Contains(m.Explain.Rules, ruleStateName)) && f.otherName(rest)
	if w := loneWord(rest, aliasWords); w != nil && !otherWhole && !f.singleOK(w, m, f.mentioned[m.Entity.ID]) {
		return Mention{}, false // Al Thani is one word, Thani, held to a lone word's rules: not Taani (Estonian for Denmark)
	}
	for _, w := range rest[1:] {
		if w.kind == wordParticle && !w.leading && !slices.Contains(aliasWords, w.folded) && !otherWhole {
			return Mention{}, false // Vladimir Putin at the Kremlin; Press and Agence France
		}
	}
	if !covered(rest, m) && !(m.Entity.Kind == alias.Person && covered(f.withoutMiddleNames(rest), m)) {
		return Mention{}, false
	}
	if len(m.Explain.Tokens) >= 2 && isASCII(query) && !anyKeyed(m.Explain.Tokens) {
		return Mention{}, false // Corte Dhara is not Derya Kurt: two words met by edit distance alone are two other words
	}
	if len(m.Explain.Tokens) >= 2 && translit.ToLatin(query) == query && listedOtherName(m.Explain.Tokens) {
		return Mention{}, false // George Washington is not George Watington: a name in its own right, two edits off, is another name
	}
	if slices.Contains(m.Explain.Rules, ruleExtraFamilyName) && f.writtenWord(last) {
		// Volodymyr Zelenskyy Andrii (Sybiha), Emmanuel Macron Paris: a word of a table name as
		// written begins another name. One that only shares a key or a spelling near a table
		// word may still be a second surname: Gustavo Petro Urrego beside 1e5 names, which
		// lead almost any surname to some word by its key (and see run: no name word may
		// follow it).
		return Mention{}, false
	}
	start := rest[0].start
	return Mention{Start: start, End: last.end, Text: f.text[start:last.end], Found: true, Match: m}, true
}

// mayCover reports whether a match of query, the words rest of a span without its title,
// could pass covered: false only when rest has two words or more, query is plain Latin
// (ASCII: no other reading of a script, no proclitic), no table name is query as written or
// folded (a whole-name match explains no words and covers all), and Resolver.mayCover finds
// no name that every word covered checks may meet. Resolve is then not asked: whatever it
// answered, Find would drop it (the test TestFindCoverFilter checks the mentions are the
// same with and without this check).
func (f *Finder) mayCover(rest []textWord, query string) bool {
	if f.spareNone || len(rest) < 2 || !isASCII(query) || isAcronym(query) {
		return true
	}
	// The answer is remembered in the Resolver's memo, under the query after a byte 1
	// (which no word of the text holds).
	var buf [64]byte
	key := append(append(buf[:0], 1), query...)
	var bits uint8 // 0: not asked yet (an answer has wordLooked)
	if b := f.r.memo.known.getBytes(key); b != nil {
		bits = *b
	}
	if bits == 0 {
		bits = wordLooked
		if f.mayCoverSlow(rest, query) {
			bits |= wordKnown
		}
		f.r.memo.known.put(string(key), bits)
	}
	return bits&wordKnown != 0
}

// mayCoverSlow is mayCover without the memo.
func (f *Finder) mayCoverSlow(rest []textWord, query string) bool {
	if len(f.r.exactNames(query)) > 0 {
		return true
	}
	q := parseMention(query, true)
	if !q.latin || len(f.r.foldedNames(q.folded)) > 0 || loadOtherNames().otherNames(query) != nil {
		return true // and Den Haag, another name of The Hague that data/othernames.tsv gives
	}
	var buf [4 * maxSpanWords]string
	need := f.need(buf[:0], rest)
	if len(need) == 0 || f.r.mayCover(&q, need, &f.scores) {
		return true
	}
	// Given names in front of a whole name of two words or more (Arthur Peter Mutharika) are
	// met by no word of the name: the words after them must be.
	if front := f.frontGiven(rest); front > 0 {
		var buf [4 * maxSpanWords]string
		if need := f.need(buf[:0], rest[front:]); len(need) > 0 && f.r.mayCover(&q, need, &f.scores) {
			return true
		}
	}
	if len(rest) <= 3 && len(translit.Readings(query)) > 1 {
		return true // Lee Jae-myung, read as Yi Jae-myung (see covered)
	}
	// One more family name after a whole name of two words or more (Daniel Noboa Azín) is
	// met by no word of the name: the words before it must be.
	rest = f.withoutMiddleNames(rest)
	if n := len(rest); n >= 3 && rest[n-1].kind == wordName && rest[n-2].kind == wordName &&
		len(need) >= 3 && need[len(need)-1] == rest[n-1].folded {
		return f.r.mayCover(&q, need[:len(need)-1], &f.scores)
	}
	return false
}

// need appends to buf the words of span that a match must meet for covered to pass: the
// parts of its name words that are no words of the lexicon, less its middle names (Javier
// Gerardo Milei: a middle name need not be met).
func (f *Finder) need(buf []string, span []textWord) []string {
	lx := loadLexicon()
	span = f.withoutMiddleNames(span)
	for i := range span {
		if span[i].kind != wordName {
			continue
		}
		for part := range strings.FieldsFuncSeq(span[i].folded, isSep) {
			if lx.words[part] == roleNone {
				buf = append(buf, part)
			}
		}
	}
	return buf
}

// anyKeyed reports whether some word of a match met its name word as written or by a key,
// convention, cognate or inflection: not by edit distance, a prefix, the weak rule, consonants
// or a compound alone.
func anyKeyed(ts []TokenMatch) bool {
	for _, t := range ts {
		switch t.Rule {
		case "exact", "key", "convention", "cognate", "inflection":
			return true
		}
	}
	return false
}

// listedOtherName reports whether some word of a match is a word of the word list (an English
// word or a personal name in its own right: Washington, Jefferson) that met its name word by
// spelling alone (edit distance, a prefix, the weak rule, consonants) more than one edit or
// one swap of neighbouring letters away: another name, not a misspelling of this one
// (George Washington is not George Watington; Olaf Scholtz is still Scholz, Angela Merkle
// still Merkel); or an English word written in lower case (data/wordlist's class w) that met
// it by a key or convention changing its first letter (Steve Jobs is not a Stephen Hobs).
func listedOtherName(ts []TokenMatch) bool {
	wl := loadWordlist()
	for _, t := range ts {
		if strings.Contains(t.Query, " ") || t.Query == "" || t.Alias == "" {
			continue
		}
		switch t.Rule {
		case "edit", "prefix", "weak", "consonants":
			if !oneEdit(t.Query, t.Alias, true) && wl.class(t.Query) != unlisted {
				return true
			}
		case "key", "convention":
			if t.Query[0] != t.Alias[0] && wl.class(t.Query) == commonWord {
				return true // Jobs is not Hobs: an English word keeps its first letter, as a lone one does
			}
		}
	}
	return false
}

// loneWord returns the one name word of rest when the others are particles that the matched
// alias does not hold (Al Thani, al-Sharaa, von Trier), or nil.
func loneWord(rest []textWord, alias []string) *textWord {
	var lone *textWord
	for i := range rest {
		w := &rest[i]
		if (w.kind == wordParticle || w.role == roleParticle) && !slices.Contains(alias, w.folded) {
			continue
		}
		if lone != nil {
			return nil
		}
		lone = w
	}
	return lone
}

// pressAcronym reports whether w is an acronym written as a word in the British press style
// (the Guardian and BBC style guides: Nato, Opec, Unesco): four letters or more, a capital
// then lower case, and no English word of the word list.
func (f *Finder) pressAcronym(w *textWord) bool {
	return utf8.RuneCountInString(w.query) >= 4 && !allCaps(w.query) && f.class(w) != commonWord
}

// wordKey returns the form of w under which the document remembers a family name: its
// folded form. (A spelling variant of the name, Sybhia for Sybiha, reaches the same entity
// through the Resolver; see documentChoice.)
func (f *Finder) wordKey(w *textWord) string { return w.folded }

// fromDocument returns the mention of a lone family name that the document has named in
// full before: the same entity (Zelensky after Volodymyr Zelenskyy), or the same unknown
// person (Witkoff after Zach Witkoff).
func (f *Finder) fromDocument(rest []textWord) (Mention, bool) {
	if len(rest) != 1 || len(f.people) == 0 {
		return Mention{}, false
	}
	w := &rest[0]
	if w.kind != wordName || w.syllable || f.common(w) || w.role != roleNone {
		return Mention{}, false
	}
	d, ok := f.people[f.wordKey(w)]
	if !ok {
		return Mention{}, false
	}
	mention := Mention{Start: w.start, End: w.end, Text: f.text[w.start:w.end], Found: d.found}
	if d.found {
		mention.Match = d.m
		mention.Match.Method = MethodPartial
		mention.Match.Explain.Rules = append(slices.Clip(d.m.Explain.Rules), "document")
	}
	return mention, true
}

// documentChoice resolves an ambiguous answer of Resolve to the one entity among its
// alternatives that the document has named in full (Zelensky, where the table also holds
// Olena Zelenska).
func (f *Finder) documentChoice(m Match) (Match, bool) {
	return choose(m, "document", func(a *Match) bool { return f.mentioned[a.Entity.ID] })
}

// choose returns the one alternative of m that keep accepts, with rule added to its rules,
// or false when none or several do.
func choose(m Match, rule string, keep func(*Match) bool) (Match, bool) {
	var pick *Match
	for i := range m.Alternatives {
		if keep(&m.Alternatives[i]) {
			if pick != nil {
				return Match{}, false
			}
			pick = &m.Alternatives[i]
		}
	}
	if pick == nil {
		return Match{}, false
	}
	out := *pick
	out.Alternatives = nil
	out.Explain.Rules = append(slices.Clip(out.Explain.Rules), rule)
	return out, true
}

// loneChoice resolves an ambiguous answer of Resolve for a single word to the one
// alternative that the rules of a single word accept (see singleOK) and that the word meets
// as written, when the others are matches those rules reject: Rutte is Mark Rutte, not
// Sweden by edit distance from Rootsi (Estonian). Two alternatives that both pass stay
// ambiguous, and so does a list of findAlternatives, which may leave out others that pass
// (Brown beside many people named Brown and a Brown Group).
func (f *Finder) loneChoice(rest []textWord, m Match) (Match, bool) {
	if len(rest) != 1 || len(m.Alternatives) >= findAlternatives {
		return Match{}, false // the alternatives listed may not be all: others may pass too
	}
	w, threshold := &rest[0], f.r.cfg.withDefaults().threshold
	return choose(m, "lone-word", func(a *Match) bool {
		return a.Score >= threshold && f.singleOK(w, *a, f.mentioned[a.Entity.ID]) && (asWritten(*a) || exactTokens(*a))
	})
}

// nameWord reports whether run[i] is a word that may be part of a name: a name word that is
// no title, particle or word capitalized by its place.
func (f *Finder) nameWord(run []textWord, i int) bool {
	if i < 0 || i >= len(run) {
		return false
	}
	w := &run[i]
	return w.kind == wordName && w.role == roleNone && !f.ordinary(w)
}

// exactTokens reports whether every word of m met a word of the name as written (folded).
func exactTokens(m Match) bool {
	for _, t := range m.Explain.Tokens {
		if t.Rule != "exact" {
			return false
		}
	}
	return len(m.Explain.Tokens) > 0
}

// singleOK applies the rules of a span of one word to w and its match. named says that the
// document has named the entity in full: then a misspelling of its family name (Sybhia after
// Andrii Sybiha) counts as one.
func (f *Finder) singleOK(w *textWord, m Match, named bool) bool {
	if w.kind != wordName || w.syllable {
		return false
	}
	if utf8.RuneCountInString(w.folded) < 2 && m.Method != MethodExact {
		return false // X, a single initial
	}
	if w.role != roleNone && m.Method != MethodExact && m.Method != MethodFolded {
		return false // Russian is not Russia; US and NATO are names as written
	}
	if f.initialsOf(w, m) {
		return true // TSMC, NATO: the initials of the table's one name of a body, in capitals
	}
	if f.common(w) && !asWritten(m) {
		return false // But, ON (the initials of Ostrov Norfolk)
	}
	if a := m.Explain.Alias; isAcronym(a) && w.query != a && !allCaps(w.query) && !f.pressAcronym(w) {
		return false // Un (of Kim Jong Un) and Who are not UN and WHO: acronyms as the table writes them
	}
	if romanizedAlias(w.query, m) {
		return false // Israeli is not Israel through its Georgian name ისრაელი
	}
	if m.Entity.Kind == alias.Place && exonymTown(m.Entity.ID, w.folded) {
		return false // Brasília is the city, not Brazil through its Finnish name Brasilia
	}
	if asWritten(m) {
		return true
	}
	if len(m.Explain.Tokens) == 1 && m.Method != MethodPartial && slices.Contains(translit.IndonesianSpellings(w.folded), m.Explain.Tokens[0].Alias) {
		return true // Jakarta, Aceh, Suharto for Djakarta, Atjeh, Soeharto: the Indonesian spelling reform of 1972
	}
	if m.Entity.Kind == alias.Place && slices.Contains(m.Explain.Rules, ruleFormalName) && m.Method == MethodPartial && len(m.Explain.Tokens) == 1 && m.Explain.Tokens[0].Rule == "exact" {
		return true // Quito for the table's San Francisco de Quito, as written
	}
	if slices.Contains(m.Explain.Rules, ruleLegalForm) && len(m.Explain.Tokens) == 1 && m.Explain.Tokens[0].Rule == "exact" {
		return true // Volvo, Nokia for the table's AB Volvo, Nokia Oyj: the body's name as written, without its legal form
	}
	if m.Entity.Kind == alias.Place && slices.Contains(m.Explain.Rules, ruleStateName) {
		return true // Kenya for the table's Republic of Kenya: a country's own name, as the default table writes it
	}
	if m.Entity.Kind == alias.Place && slices.Contains(m.Explain.Rules, "exonym") && f.class(w) == unlisted && !w.sentenceStart && !w.headline {
		return true // Praha, München, (Den) Haag: another name of the place that data/othernames.tsv gives as written
	}
	if f.class(w) == commonWord && !exactTokens(m) {
		return false // March is not Mark (Thomas), even after Mark Thomas: an English word meets a name only as spelled
	}
	if named && m.Entity.Kind == alias.Person {
		return true
	}
	for _, t := range m.Explain.Tokens {
		if t.Rule != "exact" && m.Explain.Alias != m.Entity.Name {
			return false // Bahammy is no Bahamy (Czech for the Bahamas): other languages' names as written
		}
	}
	if utf8.RuneCountInString(w.folded) <= maxLooseShort && !shortKeyed(m) {
		return false // Sul (Rio Grande do Sul) and Soul are not Seoul: a short word meets a name as spelled
	}
	listed := f.class(w) != unlisted
	edit := m.Method == MethodFuzzy && len(m.Explain.Tokens) == 0
	for _, t := range m.Explain.Tokens {
		switch t.Rule {
		case "exact":
		case "key", "convention", "cognate", "inflection":
			if listed && t.Query != "" && t.Alias != "" && t.Query[0] != t.Alias[0] {
				return false // Hill is not Chile: a listed name meets another only as spelled alike
			}
		default:
			edit = true // edit, prefix, weak, consonants, compound: Dmitry is not Dmitriev
		}
	}
	if edit {
		if listed || w.sentenceStart || w.headline || len(m.Explain.Tokens) != 1 {
			return false // Giorgia, Kelly, Beckham: a known given name or surname, not a misspelling
		}
		t := m.Explain.Tokens[0]
		if utf8.RuneCountInString(t.Query) < minFuzzyWord || t.Score < minFuzzyScore || m.Score < minFuzzyScore*0.9 || derived(t) {
			return false // Mark is not Maroc, American is not America
		}
	}
	if m.Method == MethodPartial && m.Entity.Kind != alias.Person && listed {
		return false // Martin is not Saint Martin, Americans not American Samoa
	}
	return true
}

// minInitials is the fewest letters of a word in capitals that Find reads as the initials of
// a longer name: two (US, EU, ON) are too often something else.
const minInitials = 3

// mayBeInitials reports whether w may be an acronym read off the initials of a table name
// (initialsOf): a word in capitals of minInitials letters or more, outside a headline, that
// the document never writes in lower case and that is no title (CEO); it may be a
// nationality adjective of the lexicon (NATO Secretary General).
func (f *Finder) mayBeInitials(w *textWord) bool {
	return allCaps(w.query) && utf8.RuneCountInString(w.query) >= minInitials && !w.headline &&
		(w.role == roleNone || w.role == roleAdjective) && !f.lower[w.folded]
}

// initialsOf reports whether the lone word w met the name of m as its initials (Resolve's
// acronym rule: the capitalized words of the name but of, and, the; only where one name of
// the table has them, else Resolve finds the answer ambiguous), with w an acronym
// mayBeInitials accepts: TSMC for Taiwan Semiconductor Manufacturing Company, IAEA for
// International Atomic Energy Agency.
func (f *Finder) initialsOf(w *textWord, m Match) bool {
	return m.Method == MethodExact && slices.Contains(m.Explain.Rules, "acronym") && f.mayBeInitials(w)
}

// shortKeyed reports whether every word of m met a word of the name in a way a word of at
// most maxLooseShort letters may: as written (folded), or as a respelling of its vowels
// alone (vowelRespelling: Kiev and Kiew for Kyiv, Irak for Iraq). A key or convention that
// drops or changes consonants (Sul, Soul and Seul for Seoul; Kief for Kyiv; Tojo for Togo),
// an ending read off so short a word (Fees for Fiji, Fran for France, Ruta for Rutte) and
// edit distance are too loose for it.
func shortKeyed(m Match) bool {
	for _, t := range m.Explain.Tokens {
		if t.Rule != "exact" && !vowelRespelling(t.Query, t.Alias) {
			return false
		}
	}
	return len(m.Explain.Tokens) > 0
}

// vowelShape returns the shape of the folded word w that vowelRespelling compares: its
// first letter, then the consonantClass of each letter (0 for a vowel); two words are
// vowel respellings of each other exactly when their shapes are equal. ok is false when w
// is not lower-case ASCII letters.
func vowelShape(buf []byte, w string) (shape []byte, ok bool) {
	if w == "" {
		return nil, false
	}
	shape = append(buf[:0], w[0])
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return nil, false
		}
		shape = append(shape, consonantClass(w[i]))
	}
	return shape, true
}

// shortShaped reports whether some word of the vocabulary has the vowel shape of the folded
// word w (see vowelShape): whether a word of maxLooseShort letters or fewer may meet a name
// word as shortKeyed asks.
func (r *Resolver) shortShaped(w string) bool {
	r.shapesOnce.Do(func() {
		r.shapes = map[string]struct{}{}
		var buf [8]byte
		for i := range r.words {
			t := r.words[i].text
			if len(t) > maxLooseShort {
				continue
			}
			if shape, ok := vowelShape(buf[:], t); ok {
				r.shapes[string(shape)] = struct{}{}
			}
		}
	})
	var buf [8]byte
	shape, ok := vowelShape(buf[:], w)
	if !ok {
		return true
	}
	_, found := r.shapes[string(shape)]
	return found
}

// shortUnmet reports whether the single word w, of maxLooseShort lower-case ASCII letters or
// fewer once folded and of no role, can pass none of singleOK's rules whatever Resolve
// answers: no table name is w as written or folded, no vocabulary word is w or a vowel
// respelling of it (shortShaped), no table name is its other Indonesian spelling
// (translit.IndonesianSpellings), it is no acronym, and the document has named no one in
// full. Resolve is then not asked (TestFindCoverFilter finds the same mentions without
// this check).
func (f *Finder) shortUnmet(w *textWord) bool {
	if f.spareNone || len(f.mentioned) > 0 || w.role != roleNone || len(w.folded) > maxLooseShort ||
		isAcronym(w.query) || !isASCII(w.folded) {
		return false
	}
	if f.r.shortShaped(w.folded) || len(f.r.exactNames(w.query)) > 0 || len(f.r.foldedNames(w.folded)) > 0 {
		return false
	}
	for _, sp := range translit.IndonesianSpellings(w.folded) {
		if len(f.r.foldedNames(sp)) > 0 {
			return false // Aceh for Atjeh (see singleOK)
		}
	}
	return true
}

// vowelRespelling reports whether the folded words a and b have as many letters, the same
// first letter and the same consonants in the same places, y counting as a vowel and w as v,
// q as k (the spellings of one sound): Kiev, Kiew and Kyiv; Irak and Iraq; not Kief and Kyiv.
func vowelRespelling(a, b string) bool {
	if len(a) != len(b) || a == "" || a[0] != b[0] {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := consonantClass(a[i]), consonantClass(b[i])
		if x != y {
			return false
		}
	}
	return true
}

// consonantClass maps an ASCII letter to its consonant, or to 0 for a vowel (y included);
// w is v and q is k. Any other byte stands for itself.
func consonantClass(c byte) byte {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return 0
	case 'w':
		return 'v'
	case 'q':
		return 'k'
	}
	return c
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
	if slices.Contains(m.Explain.Rules, "reading") && isASCII(m.Explain.Mention) {
		// Lee Jae-myung read as Yi Jae-myung (a Korean family name's other spelling:
		// translit.Readings): the reading has the span's words but the first or the last, and
		// each of its words must meet the name.
		var parts []string
		for i := range span {
			if span[i].kind == wordName {
				parts = append(parts, strings.FieldsFunc(span[i].folded, isSep)...)
			}
		}
		reading := strings.Fields(m.Explain.Mention)
		if len(parts) < 2 || len(reading) < 2 || strings.Join(parts[1:], "") != strings.Join(reading[1:], "") &&
			strings.Join(parts[:len(parts)-1], "") != strings.Join(reading[:len(reading)-1], "") {
			return false // the family name first or last read otherwise, the rest as written
		}
		for _, part := range reading {
			if !slices.ContainsFunc(m.Explain.Tokens, func(t TokenMatch) bool { return strings.Contains(t.Query, part) }) {
				return false
			}
		}
		return true
	}
	if slices.Contains(m.Explain.Rules, ruleGivenInFront) {
		// Arthur Peter Mutharika: the resolver took the first name words, given names that
		// the name in use leaves out, in front of the whole name.
		lx := loadLexicon()
		for len(span) > 0 && (span[0].kind != wordName || lx.givenFirst[span[0].folded] || lx.givenEuropean[span[0].folded]) &&
			!tokensHold(m, span[0].folded) {
			span = span[1:]
		}
	}
	if slices.Contains(m.Explain.Rules, ruleCountryFront) {
		// Bangladesh Awami League: the resolver took the first name word as the body's country.
		for len(span) > 0 && span[0].kind != wordName {
			span = span[1:]
		}
		if len(span) > 0 && isCountryName(span[0].folded) {
			span = span[1:]
		}
	}
	if slices.Contains(m.Explain.Rules, ruleExtraFamilyName) {
		// Daniel Noboa Azín: the resolver took the last name word as one more family name.
		for len(span) > 0 && span[len(span)-1].kind != wordName {
			span = span[:len(span)-1]
		}
		if len(span) > 0 {
			span = span[:len(span)-1]
		}
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

// tokensHold reports whether some word match of m has the mention word w.
func tokensHold(m Match, w string) bool {
	for _, t := range m.Explain.Tokens {
		if t.Query == w {
			return true
		}
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// titleish reports whether w may be a word of a title phrase: a title, an adjective or a
// post-title of the lexicon, the first word of a title of several words, or a word with a
// space or hyphen inside. classify sets it; for other words it is looked up.
func (w *textWord) titleish(lx *lexicon) bool {
	if w.title == 0 {
		r := lx.words[w.folded]
		w.title = 1
		if r == roleTitle || r == roleAdjective || r == rolePostTitle || lx.titleFirst[w.folded] || strings.ContainsAny(w.folded, " -") {
			w.title = 2
		}
	}
	return w.title == 2
}

// titleWords returns how many words at the start of span form a title (with the adjectives
// and articles before it) that the resolver drops: Foreign Minister, Russian President, the
// former President. It leaves at least one word.
func titleWords(lx *lexicon, span []textWord) int {
	if len(span) < 2 {
		return 0
	}
	any := false
	for i := range min(len(span), titleWindow+1) {
		any = any || span[i].titleish(lx)
	}
	if !any {
		return 0 // the common case: no title word near the start
	}
	var fbuf [4 * maxSpanWords]titleWord
	var obuf [4 * maxSpanWords]int
	folded := fbuf[:0]
	owner := obuf[:0] // owner[k]: the span word that folded word k comes from
	for i := range span {
		w := &span[i]
		if !w.split {
			folded = append(folded, titleWord{folded: w.folded, role: w.role, first: w.titleFirst, compound: w.compound})
			owner = append(owner, i)
			continue
		}
		for part := range strings.FieldsFuncSeq(w.folded, isSep) {
			folded = append(folded, lx.titleWord(part))
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
