package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/namecanon/namecanon/translit"
)

// MaxMentionBytes caps what is parsed and scored of one mention: edit distance is quadratic
// in length, and no name is longer. Longer input is cut at a character boundary and the Match
// carries the warning "truncated".
const MaxMentionBytes = 256

// MaxMentionWords caps the words of one mention that are scored (after titles go): words are
// aligned pairwise, and no name has more. Further words are dropped with the warning
// "truncated".
const MaxMentionWords = 10

// Warnings a Match may carry.
const (
	WarnMixedScript = "mixed-script" // Latin letters mixed with look-alike letters of another script
	WarnTruncated   = "truncated"    // the mention was longer than MaxMentionBytes or MaxMentionWords
	WarnInvalidUTF8 = "invalid-utf8" // invalid bytes were replaced by U+FFFD
)

// token is one word of a parsed mention or table name.
type token struct {
	text       string   // folded Latin form
	key        string   // translit.Key of the word
	keys       []string // translit.Keys of the word (all conventions)
	variants   []string // keys of de-inflected forms (mentions only)
	role       role     // particle or stopword; roleNone for a name word
	patronymic bool     // Ivanovich, Petrovna, Hryhoryavich
	initial    bool     // a single letter: V. Zelensky
	abbrev     bool     // written with a full stop: V., N., St.
	hyphen     bool     // part of a hyphenated name: Nagorno-Karabakh
	abjad      bool     // romanized from a script whose vowels are guessed or added: Arabic, Hebrew; kana and Hangul (foreign names)
	lr         bool     // romanized from kana or Hangul, which write l and r with one letter
	syllables  bool     // two syllables written with a hyphen (Jae-myung): a change in one is another name
	capJoined  bool     // joined from two parts, the second capitalized (Jalal-Abad, Jong-Un): a mention's word
	plain      bool     // written in ASCII letters alone, no ł or č that shows a language's spelling (Kyjov, not Łuck): a mention's word
	sameKeys   []string // more keys that count only when a name has them (mentions only): طيب Taib
	// cyrillic: romanized from Cyrillic (mentions only), whose press renders foreign names by
	// sound (Джеймс James): compared by consonant classes too (rupress.go).
	cyrillic bool
	// bare: romanized from an Arabic-script word that writes no vowel letter between its
	// consonants (حمص, سرت), so that every vowel of its romanization is a guess (mentions only).
	bare bool
	// press and pressVariants: the consonant classes of the text and of each variant of a
	// cyrillic token (pressClasses), read once at parsing, not once per candidate name; only
	// those of two classes or more, the least the comparison needs.
	press         []string
	pressVariants [][]string
}

// significant reports whether the token must be accounted for in a match.
func (t *token) significant() bool {
	return t.role != roleParticle && t.role != roleStopword
}

// mention is a parsed name: the query or one table name.
type mention struct {
	tokens     []token
	joined     []string // joined[i]: the key of words i and i+1 written as one (Mohammedreza)
	folded     string   // the folded words joined by spaces
	rules      []string // what parsing did: title, possessive, surname-first, transliterated
	warnings   []string
	latin      bool // the input was Latin already (nothing to romanize)
	alphabet   bool // romanized from an alphabet that writes every vowel: Cyrillic, Greek, Armenian, Georgian
	consonants bool // romanized from an Indic abugida (Devanagari … Telugu, Sinhala), which writes every consonant of a native name
	reordered  bool // "SURNAME, Given" was read as "Given SURNAME"
	// titles are the folded title words parsing took off the front of a query (sheikh of
	// Sheikh Hasina Wazed): a table name may have one as a word of the name.
	titles []string
	// ids are the index's vocabulary ids of the tokens (table names read from the index),
	// and sims memoizes word scores against them (a query, while one lookup is scored).
	ids  []uint32
	sims map[uint64]wordScore
	// simIDs, when set, number the tokens in sims instead of their places: a [wordMemo]
	// shares sims among the lookups of a Finder.
	simIDs []uint32
}

// patronymicEndings are the endings of East Slavic patronymics in their common
// romanizations: Akhmatovich, Sergeyevna, Romanovych, Hryhoryavich, Mikalaeuna.
var patronymicEndings = []string{"ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna", "avich", "avna", "auna", "ichna", "ievich", "yevich", "ovitch", "owitsch", "owitch"}

// parseMention parses s. Queries (query true) get de-inflected variants of their last word
// (of every word when written in another script, which inflects them all: Андрієм Сибігою)
// and lose titles; table names are taken as written.
func parseMention(s string, query bool) mention { return parseMentionCached(s, query, nil) }

// parseMentionCached is parseMention with the word keys of kc (nil: none), which the index
// build shares across the names of a table.
func parseMentionCached(s string, query bool, kc *keyCache) mention {
	return parseMentionWith(s, query, kc, false)
}

// parseMentionWith is parseMentionCached; keepTitles keeps a query's leading title words as
// words of the name (see Resolver.rankWith: Хун Сен, Hun Sen, is not the Thai Khun before Sen).
func parseMentionWith(s string, query bool, kc *keyCache, keepTitles bool) mention {
	var m mention
	parseInto(&m, s, query, kc, keepTitles)
	return m
}

// parseInto is parseMentionWith into m, whose token and joined-key lists it reuses (the
// index build parses a million names into a few thousand mentions): whatever m held is
// overwritten.
func parseInto(m *mention, s string, query bool, kc *keyCache, keepTitles bool) {
	*m = mention{tokens: m.tokens[:0], joined: m.joined[:0]}
	kc.begin()
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
		m.warnings = append(m.warnings, WarnInvalidUTF8)
	}
	s = translit.StripIgnorable(s) // Zelen\u200Bsky is one word
	if len(s) > MaxMentionBytes {
		cut := MaxMentionBytes
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
		m.warnings = append(m.warnings, WarnTruncated)
	}
	if u, mixed := translit.Unconfuse(s); mixed {
		s = u
		m.warnings = append(m.warnings, WarnMixedScript)
	}
	if !query {
		s = dropDisambiguator(s)
	}
	if query {
		var dropped bool
		s, dropped = dropPossessive(s)
		if dropped {
			m.rules = append(m.rules, "possessive")
		}
		if s, dropped = dropTurkishCase(s); dropped {
			m.rules = append(m.rules, "case-ending")
		}
		if left, right, ok := strings.Cut(s, ","); ok && strings.TrimSpace(right) != "" && strings.TrimSpace(left) != "" {
			s = right + " " + left
			m.rules = append(m.rules, "surname-first")
			m.reordered = true
		}
	}
	if query {
		var spelled bool
		if s, spelled = spellInitials(loadLexicon(), s); spelled {
			m.rules = append(m.rules, "spelled-initials")
		}
	}
	latin := translit.ToLatin(s)
	m.latin = latin == s
	var yo map[string]string
	if query && !m.latin {
		yo = yoWords(s, latin)
	}
	abjad, lr, semitic, cyrillic := false, false, false, false
	if !m.latin {
		std := translit.Detect(s)
		m.rules = append(m.rules, "transliterated:"+std.String())
		// Arabic and Hebrew write few vowels; kana and Hangul write foreign names syllable by
		// syllable with vowels the name lacks (ショルツ Shorutsu, 숄츠 Syolcheu): compare their
		// consonants too. Not Han, whose pinyin a Chinese name must meet as written (泉州
		// Quanzhou is not Guangzhou): a foreign name that Han writes by sound (朔尔茨 Scholz)
		// is compared by its consonants in cjk.go (hanTranscriptionNames).
		switch std {
		case translit.Arabic, translit.Persian, translit.Hebrew, translit.Japanese, translit.Korean:
			abjad = true
		}
		lr = std == translit.Japanese || std == translit.Korean
		m.alphabet = std >= translit.Ukrainian && std <= translit.Georgian
		m.consonants = std >= translit.Hindi && std <= translit.Telugu || std >= translit.Sinhala && std <= translit.Malayalam
		semitic = std == translit.Arabic || std == translit.Persian || std == translit.Hebrew
		cyrillic = std >= translit.Ukrainian && std <= translit.Kyrgyz
	}
	var bare map[string]bool
	if query && semitic {
		bare = bareArabicWords(s)
	}
	lx := loadLexicon()
	var wordBuf [8]string
	words, marks := splitWords(lx, latin, wordBuf[:0])
	if query {
		var stripped bool
		if len(words) >= 2 && lx.prepositions[translit.Fold(words[0])] && !marks.dotted[words[0]] {
			// A case form after its preposition: w Kramatorsku, ve Lvově, в Києві (not the
			// initial of V. Zelensky, nor the U. of U. K.).
			words = words[1:]
			m.rules = append(m.rules, "preposition")
		}
		before := words
		if !keepTitles {
			words, stripped = stripTitles(lx, words)
		}
		if stripped {
			m.rules = append(m.rules, "title")
			for _, w := range before[:len(before)-len(words)] {
				if f := translit.Fold(w); lx.words[f] == roleTitle {
					m.titles = append(m.titles, f)
				}
			}
		}
		if words, stripped = stripDescription(lx, words); stripped {
			m.rules = append(m.rules, "description")
		}
	}
	words = joinArabicCompounds(lx, words, kc)
	if len(words) > MaxMentionWords {
		words = words[:MaxMentionWords]
		if !slices.Contains(m.warnings, WarnTruncated) {
			m.warnings = append(m.warnings, WarnTruncated)
		}
	}
	m.tokens = slices.Grow(m.tokens, len(words))
	for i, w := range words {
		f, keys, ro := kc.word(lx, w) // translit.Fold(w), translit.Keys(w) (the English key first), lx.words[f]
		if f == "" {
			continue
		}
		t := token{text: f, key: keys[0], keys: keys, role: ro}
		if t.role == roleTitle || t.role == roleAdjective || t.role == rolePostTitle {
			t.role = roleNone // a title word inside a name is part of the name
		}
		if isNumber(f) {
			t.role = roleStopword // a year or a count beside a name (Putin 2024) names nothing
		}
		t.abjad, t.lr = abjad, lr
		t.cyrillic = query && cyrillic
		if semitic && query {
			t.sameKeys = diphthongKeys(t.keys) // طيب Tib, Tayyib
			t.bare = bare[f]
		}
		t.syllables = marks.joined[w]
		t.capJoined = query && marks.capJoined[w]
		t.plain = query && m.latin && isASCII(w)
		t.initial = (utf8.RuneCountInString(f) == 1 || marks.dotted[w] && utf8.RuneCountInString(f) <= 3) && t.role != roleSuffix // V. or Yu., not Jr.
		t.abbrev = marks.dotted[w]
		t.hyphen = marks.hyphen[w]
		t.patronymic = len(words) > 2 && isPatronymic(f)
		if query && !semitic && !m.consonants && ((i == len(words)-1 || !m.latin) && len(f) >= 4 || len(f) >= 6) {
			// Not Arabic or Hebrew script: the case endings read back are European (Putina,
			// Zełenskiego), and a romanized skeleton that ends in one is no case form (حمص
			// Hamas, Homs, is not a case of Hama). Nor an Indic script, whose names carry no
			// European case ending (ಮಂಡ್ಯ Mandya is not a case of Mandi).
			if kc == nil {
				t.variants = queryWords.variants(lx, w, f)
			} else {
				t.variants = queryVariants(lx, w, f)
			}
		}
		if o, ok := yo[w]; ok {
			if k := translit.Key(o); !slices.Contains(t.variants, k) {
				t.variants = append(t.variants, k) // Стёре, Støre
			}
		}
		if t.cyrillic {
			t.press, t.pressVariants = cyrillicPress(t.text, t.variants)
		}
		m.tokens = append(m.tokens, t)
	}
	if len(m.tokens) >= 2 && m.tokens[0].role == roleParticle && lx.surnameFirst[m.tokens[0].text] {
		// A particle that is also a family name of data/surname_first.tsv, first and before
		// a name, is that family name: Chinese Du of Du Li, Vietnamese Le of Le Duan (not
		// French du, le: Jacques du Pont, Jean-Marie Le Pen, where a name comes first). So it
		// is before other particles and a name (Vietnamese Lê Văn Long, Văn folding to the
		// Dutch van): else the name would be its last word alone.
		k := 1
		for k < len(m.tokens)-1 && m.tokens[k].role == roleParticle {
			k++
		}
		if m.tokens[k].role == roleNone {
			m.tokens[0].role = roleNone
		}
	}
	if n := len(m.tokens); n >= 2 && m.tokens[n-1].role == roleParticle && isNasab(m.tokens[n-1].text) {
		// bin, ibn, ben link a name to the father's that follows: last, with none after it,
		// the word is a name (the Chinese given name Bin of Wang Bin, Ben of Yossi Ben).
		m.tokens[n-1].role = roleNone
	}
	if n := len(m.tokens); n >= 2 && m.tokens[n-2].role == roleNone && len(m.tokens[n-1].text) >= 2 && romanNumeral(m.tokens[n-1].text) && !lx.pinyin[m.tokens[n-2].text] {
		// A Roman numeral of two letters or more, last and after a name word, is a regnal or
		// generational number (Mohammed VI, Leo XIV), which meets only itself: Mohammed V, whose
		// one letter is read as an initial, is not Mohammed VI (see romanNumeral). After a
		// pinyin syllable, Xi is a Chinese given name (Wang Xi, Li Xi).
		m.tokens[n-1].role, m.tokens[n-1].initial = roleSuffix, false
	}
	m.folded = joinTexts(m.tokens)
	if len(m.tokens) >= 2 {
		m.joined = slices.Grow(m.joined, len(m.tokens)-1)
	}
	for i := 1; i < len(m.tokens); i++ {
		// The key of the joined text, not of the two keys joined: a rule that depends on a
		// word's start (the glide of Yeol) must read Sukyeol as one word.
		m.joined = append(m.joined, kc.joinedKey(m.tokens, i))
	}
}

// dropDisambiguator returns the table name s without the disambiguator an encyclopedia
// writes after a name in parentheses when the name alone is another article's: a country
// (Progress Party (Norway), Labour Party (UK)) or a year (Hurricane Katrina (2005)). The
// name the press writes is the rest. Other words in parentheses are kept: they may be part
// of the name (Frankfurt (Oder), Congo (Kinshasa)); and a country's name keeps whatever
// follows it (Congo (DRC), Myanmar (Burma)).
func dropDisambiguator(s string) string {
	t := strings.TrimSpace(s)
	if !strings.HasSuffix(t, ")") {
		return s
	}
	open := strings.LastIndex(t, "(")
	if open <= 0 {
		return s
	}
	name, inner := strings.TrimSpace(t[:open]), strings.TrimSpace(t[open+1:len(t)-1])
	if name == "" || inner == "" || strings.ContainsAny(inner, "()") {
		return s
	}
	if isCountryName(translit.Fold(t)) || isCountryName(translit.Fold(name)) {
		return s // a country's own other name in parentheses: Congo (DRC) is not every Congo
	}
	if len(inner) == 4 && isNumber(inner) || isCountryName(translit.Fold(inner)) {
		return name
	}
	return s
}

// joinTexts returns the texts of tokens joined by spaces, as strings.Join would.
func joinTexts(tokens []token) string {
	switch len(tokens) {
	case 0:
		return ""
	case 1:
		return tokens[0].text
	}
	n := len(tokens) - 1
	for i := range tokens {
		n += len(tokens[i].text)
	}
	var b strings.Builder
	b.Grow(n)
	for i := range tokens {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(tokens[i].text)
	}
	return b.String()
}

// turkishSuffixes are the case endings Turkish writes after an apostrophe on proper names
// (Ankara'da, Gülen'in, Erdoğan'ın): genitive, dative, accusative, locative, ablative, comitative.
var turkishSuffixes = map[string]bool{
	"in": true, "ın": true, "un": true, "ün": true, "nin": true, "nın": true, "nun": true, "nün": true,
	"da": true, "de": true, "ta": true, "te": true, "dan": true, "den": true, "tan": true, "ten": true,
	"a": true, "e": true, "ya": true, "ye": true, "yı": true, "yi": true, "yu": true, "yü": true,
	"ı": true, "i": true, "u": true, "ü": true, "la": true, "le": true, "yla": true, "yle": true,
	"na": true, "ne": true, "nı": true, "ni": true, "nu": true, "nü": true, // after a possessive: İmamoğlu'na
	"nda": true, "nde": true, "ndan": true, "nden": true, "lar": true, "ler": true,
}

// dropTurkishCase removes a Turkish case ending written after an apostrophe at the end of a
// word: Ankara'da → Ankara. Arabic names with an apostrophe inside (Ja'fari, Ta'izz) keep it.
func dropTurkishCase(s string) (string, bool) {
	dropped := false
	words := strings.Fields(s)
	for i, w := range words {
		k := strings.LastIndexAny(w, "'’")
		if k <= 0 {
			continue
		}
		_, size := utf8.DecodeRuneInString(w[k:])
		if turkishSuffixes[w[k+size:]] {
			words[i], dropped = w[:k], true
		}
	}
	if !dropped {
		return s, false
	}
	return strings.Join(words, " "), true
}

// dropPossessive removes English possessive endings of the last word: Witkoff’s → Witkoff,
// the Zelenskys' → Zelenskys. One inside the name stays: Mongolian People's Party, Kurdistan
// Workers' Party.
func dropPossessive(s string) (string, bool) {
	if i := strings.LastIndexAny(strings.TrimRight(s, " "), " \t"); i >= 0 {
		head, tail := s[:i+1], s[i+1:]
		if t, ok := dropPossessive(tail); ok {
			return head + t, true
		}
		return s, false
	}
	var b strings.Builder
	dropped := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '\'' || r == '\u2019' || r == '\u02BC' {
			rest := s[i+size:]
			if (strings.HasPrefix(rest, "s") || strings.HasPrefix(rest, "S")) && (len(rest) == 1 || !isLetterAt(rest, 1)) && i > 0 {
				i += size + 1
				dropped = true
				continue
			}
			if len(rest) == 0 || !isLetterAt(rest, 0) {
				prev, _ := utf8.DecodeLastRuneInString(s[:i])
				if prev == 's' || prev == 'S' {
					i += size
					dropped = true
					continue
				}
			}
		}
		b.WriteString(s[i : i+size])
		i += size
	}
	return b.String(), dropped
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// splitWords splits romanized text into words: runs of letters, digits, combining marks and
// inner apostrophes. Hyphens and all other punctuation separate words, except that two short
// syllables joined by a hyphen stay one word (Ki-moon, Jong-un, Ching-te: East Asian given
// names, written joined or apart by different presses), unless the first is a particle
// (el-Sisi). It also reports which words were followed by a full stop (V. Zelensky) and which
// were joined from two.
func splitWords(lx *lexicon, s string, words []string) (_ []string, marks wordMarks) {
	isWordRune := func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '\'' || r == '\u2019' || r == '\u02BC' || r == '\uFFFD'
	}
	mark := func(set *map[string]bool, w string) {
		if *set == nil {
			*set = map[string]bool{} // most names have no marks: no maps to make
		}
		(*set)[w] = true
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !isWordRune(r) {
				break
			}
			j += size
		}
		w := s[i:j]
		if j < len(s) && s[j] == '-' && utf8.RuneCountInString(w) <= 5 && lx.words[translit.Fold(w)] != roleParticle {
			k := j + 1
			for k < len(s) {
				r, size := utf8.DecodeRuneInString(s[k:])
				if !isWordRune(r) {
					break
				}
				k += size
			}
			if n := utf8.RuneCountInString(s[j+1 : k]); n > 0 && n <= 5 && !describes(lx, s[j+1:k]) {
				if r, _ := utf8.DecodeRuneInString(s[j+1:]); unicode.IsUpper(r) {
					mark(&marks.capJoined, w+s[j+1:k])
				}
				w, j = w+s[j+1:k], k
				mark(&marks.joined, w)
			}
		}
		if j < len(s) && s[j] == '.' {
			mark(&marks.dotted, w)
		}
		if j < len(s) && s[j] == '-' || i > 0 && s[i-1] == '-' {
			mark(&marks.hyphen, w)
		}
		words = append(words, w)
		i = j
	}
	return words, marks
}

// describes reports whether a word is a title or designator, which a hyphen joins to a name
// as a description (HTS-Miliz, Hamas-Chef), not as a syllable of it (Jae-myung).
func describes(lx *lexicon, w string) bool {
	r := lx.words[translit.Fold(w)]
	return r == roleTitle || r == roleDesignator
}

// wordMarks records what stood around the words splitWords found.
type wordMarks struct {
	dotted map[string]bool // followed by a full stop: V. Zelensky
	joined map[string]bool // joined from two short syllables: Jae-myung
	// capJoined: joined from two parts, the second capitalized: Jalal-Abad, Kara-Balta
	capJoined map[string]bool
	hyphen    map[string]bool // part of a hyphenated name: Nagorno-Karabakh, Rostov-on-Don
}

// stripTitles drops leading titles (with the adjectives before them) and the titles East Asian
// languages write after a name, keeping at least one word. Generational suffixes (Jr, III) stay: Donald Trump Jr. is not Donald Trump.
func stripTitles(lx *lexicon, words []string) ([]string, bool) {
	folded := make([]string, len(words))
	for i, w := range words {
		folded[i] = translit.Fold(w)
	}
	start, end, stripped := 0, len(words), false
	tws := make([]titleWord, len(folded))
	for i, f := range folded {
		tws[i] = lx.titleWord(f)
	}
	for start < end-1 {
		n := titleAt(lx, tws[start:end-1])
		if n == 0 {
			break
		}
		start += n
		stripped = true
		for start < end-1 && lowerWord(words[start]) && !lx.compoundTitle(folded[start]) {
			// Romance languages put the adjective after the title: el presidente serbio
			// Vučić, il premier giapponese Ishiba. A lower-case word there, with a word still
			// after it, belongs to the title.
			start++
		}
	}
	for end-1 > start && lx.words[folded[end-1]] == rolePostTitle {
		end-- // 문재인 대통령, Ohtani-san: the title after the name
		stripped = true
	}
	return words[start:end], stripped
}

// titleWindow is how far into a mention a title may stand behind words that describe it:
// Digital Minister, Duma Speaker, Jordanian Foreign Minister.
const titleWindow = 4

// titleWord is what titleAt reads of a folded word: the word, its role in the lexicon,
// whether a multi-word title begins with it, and whether it is a German compound title.
type titleWord struct {
	folded   string
	role     role
	first    bool // lexicon.titleFirst
	compound bool // lexicon.compoundTitle
}

// titleWord returns what titleAt reads of the folded word w.
func (lx *lexicon) titleWord(w string) titleWord {
	return titleWord{folded: w, role: lx.words[w], first: lx.titleFirst[w], compound: lx.compoundTitle(w)}
}

// titleAt returns how many words at the start of words form a title: a known title with any
// adjectives and articles before it (French President, former US President, le président),
// or, failing that, everything up to a title word within the first titleWindow words when a
// name still follows (Digital Minister Mykhailo Fedorov, Duma Speaker Vyacheslav Volodin).
// It returns 0 when there is none.
func titleAt(lx *lexicon, words []titleWord) int {
	n := titleAtAny(lx, words)
	if n > 0 && n < len(words) && isNasab(words[n].folded) {
		// A title word right before bin or ibn is the given name of a nasab: Sultan bin
		// Salman, a son of King Salman, is not bin Salman.
		return 0
	}
	return n
}

// titleAtAny is titleAt without the nasab check.
func titleAtAny(lx *lexicon, words []titleWord) int {
	if n := knownTitleAt(lx, words); n > 0 {
		return n
	}
	for k := 1; k < min(titleWindow, len(words)); k++ {
		if r := words[k-1].role; r == roleParticle || r == roleStopword {
			return 0 // Witkoff and Dr. Kushner: a conjunction or article is no description
		}
		if r := words[k].role; r == roleParticle || r == roleStopword {
			continue
		}
		if n := knownTitleAt(lx, words[k:]); n > 0 {
			return k + n
		}
	}
	return 0
}

// knownTitleAt returns how many words at the start of words form a known title with its
// adjectives and articles, or 0.
func knownTitleAt(lx *lexicon, words []titleWord) int {
	if len(words) > 1 && (words[0].role == roleParticle || words[0].role == roleStopword) {
		// A title that starts with its article (Arabic السلطان, al-Saltan, and الأمير,
		// al-Amir): met whole before the article is read as one.
		for _, t := range lx.articleTitles {
			if len(t) <= len(words) && titleFrom(t, words) {
				return len(t)
			}
		}
	}
	adj := 0
	r := roleNone // the role of words[adj]
	for ; adj < len(words); adj++ {
		if r = words[adj].role; r != roleAdjective && r != roleParticle && r != roleStopword {
			break // le président, the former president, der Präsident: adjectives and articles first
		}
	}
	rest := words[adj:]
	if len(rest) == 0 {
		return 0
	}
	if rest[0].first { // else no multi-word title starts here
		for _, t := range lx.titlesFrom[rest[0].folded] {
			if len(t) <= len(rest) && titleFrom(t, rest) {
				return adj + len(t)
			}
		}
	}
	if r == roleTitle || rest[0].compound {
		return adj + 1
	}
	return 0
}

// titleFrom reports whether words begin with the words of the title t.
func titleFrom(t []string, words []titleWord) bool {
	for i := range t {
		if t[i] != words[i].folded {
			return false
		}
	}
	return true
}

func isPatronymic(f string) bool {
	if len(f) < 7 {
		return false
	}
	for _, e := range patronymicEndings {
		if strings.HasSuffix(f, e) {
			return true
		}
	}
	return false
}

// deinflect returns the keys of the nominative forms that the case endings of
// data/inflections.tsv allow for the folded word f.
// queryVariants returns the de-inflected variants of the query word w, whose fold is f:
// those of f and, where they differ, of w in lower case. The stem as written keeps the
// letters that folding would lose (Šojgujem gives Šojgu, whose key has sh), where its ending
// is written plainly.
func queryVariants(lx *lexicon, w, f string) []string {
	out := deinflect(lx, f)
	if lw := strings.ToLower(w); lw != f {
		for _, v := range deinflect(lx, lw) {
			if !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
	}
	return out
}

func deinflect(lx *lexicon, f string) []string {
	var out []string
	for _, in := range lx.inflection {
		if strings.HasSuffix(f, in.ending) && (len(f)-len(in.ending) >= 2 || in.whole) {
			stem := f[:len(f)-len(in.ending)]
			if in.nominative == "a" && adjectival(stem) && (in.ending == "y" || in.ending == "i") {
				continue // Zelensky is a nominative itself, not the genitive of a Zelenska (Kowalskiej is hers)
			}
			for _, k := range translit.Keys(stem + in.nominative) {
				if !slices.Contains(out, k) {
					out = append(out, k)
				}
			}
		}
	}
	return out
}

// spellInitials reads the Devanagari, Kannada, Malayalam and Telugu names of Latin letters
// that spell a name's initials (एस जयशंकर is S. Jaishankar, डी के शिवकुमार and ಡಿ.ಕೆ.
// ಶಿವಕುಮಾರ್ are D. K. Shivakumar; data/letternames.tsv) as
// those initials: a run of letter names that starts with one that may start a run and is
// followed by a word that is no letter name. The string is returned unchanged unless a run
// was read.
func spellInitials(lx *lexicon, s string) (string, bool) {
	if !strings.ContainsFunc(s, func(r rune) bool {
		return unicode.In(r, unicode.Devanagari, unicode.Kannada, unicode.Malayalam, unicode.Telugu)
	}) {
		return s, false
	}
	// Initials may be written with full stops and no space between them (ಡಿ.ಕೆ. ಶಿವಕುಮಾರ್).
	words := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '.' })
	changed := false
	for i := 0; i < len(words); {
		ln, ok := lx.letterNames[words[i]]
		if !ok || !ln.start || i > 0 && isLetterName(lx, words[i-1]) {
			i++
			continue
		}
		j := i
		for j < len(words) && isLetterName(lx, words[j]) {
			j++
		}
		if j == len(words) {
			break // initials stand before a name: a run at the end is something else
		}
		for k := i; k < j; k++ {
			words[k] = lx.letterNames[words[k]].initial
		}
		changed = true
		i = j
	}
	if !changed {
		return s, false
	}
	return strings.Join(words, " "), true
}

func isLetterName(lx *lexicon, w string) bool {
	_, ok := lx.letterNames[w]
	return ok
}

// joinArabicCompounds writes as one word the Arabic compound names that the press writes
// either joined or apart: Abd al-Fattah / Abdel Fattah / Abdul Fattah (abd with its article),
// Siraj al-Din / Sirajuddin / Siraj ud-Din (a name with al-Din), and a noun with Allah
// (Hizb Allah / Hizbullah / Hezbollah). Name keys then meet (translit: -eddin, -uddin, -aldin
// end alike; -ullah and -ollah too).
func joinArabicCompounds(lx *lexicon, words []string, kc *keyCache) []string {
	type foldRole struct {
		f string
		r role
	}
	var buf [8]foldRole
	fr := buf[:0]
	for _, w := range words {
		f, r := kc.foldRole(lx, w)
		fr = append(fr, foldRole{f, r})
	}
	var out []string // nil while no word is joined
	for i := 0; i < len(words); i++ {
		f := fr[i].f
		joined, n := "", 0 // the compound and how many words it takes
		switch {
		case i+1 < len(words) && (f == "abd" || f == "abdu") && fr[i+1].r == roleParticle:
			joined, n = words[i]+words[i+1], 2
		case i+2 < len(words) && fr[i+1].r == roleParticle && (fr[i+2].f == "din" || fr[i+2].f == "deen" || fr[i+2].f == "dine"):
			joined, n = words[i]+words[i+1]+words[i+2], 3
		case i+1 < len(words) && fr[i+1].f == "allah" && fr[i].r != roleParticle:
			// A noun before Allah takes the case vowel u, which swallows the article's a:
			// Hizb Allah is Hizbullah (Persian Hezbollah), Nasr Allah Nasrullah.
			joined, n = words[i]+"ullah", 2
		}
		if n == 0 {
			if out != nil {
				out = append(out, words[i])
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(words)), words[:i]...)
		}
		out = append(out, joined)
		i += n - 1
	}
	if out == nil {
		return words
	}
	return out
}

// stripDescription drops the words in front of a name that describe the person in lower case
// (artist Ai Weiwei, Nobel laureate Mo Yan, grandmaster Shakhriyar Mamedyarov): in a mention
// with capitalized words, a lower-case word that is not a name particle (al, von, de) cannot
// belong to the name, and neither can anything before it. It looks no further than
// titleWindow words and strips only when two or more capitalized words follow: a name.
func stripDescription(lx *lexicon, words []string) ([]string, bool) {
	cut := -1
	for i := 0; i < min(titleWindow, len(words)-1); i++ {
		r, _ := utf8.DecodeRuneInString(words[i])
		if !unicode.IsLower(r) {
			continue
		}
		if ro := lx.words[translit.Fold(words[i])]; ro == roleParticle || ro == roleStopword {
			continue
		}
		cut = i
	}
	if cut < 0 || len(words)-cut-1 < 2 {
		return words, false // one word left may be part of a body's name (Sluzhba bezpeky Ukrainy)
	}
	for _, w := range words[cut+1:] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return words, false
		}
	}
	return words[cut+1:], true
}

// isNumber reports whether the folded word f is all digits.
func isNumber(f string) bool {
	for _, r := range f {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return f != ""
}

// adjectival reports whether a stem ends as the Slavic adjectival surnames do (-sk, -ck,
// -zk: Zelensk-yy, Kołomojsk-i), whose -y or -i ending is the nominative, not a case ending.
func adjectival(stem string) bool {
	for _, e := range []string{"sk", "ck", "zk", "tsk"} {
		if strings.HasSuffix(stem, e) {
			return true
		}
	}
	return false
}

// bareArabicWords returns the folded romanizations of the Arabic-script words of s that write
// no vowel letter (ا آ أ إ و ي ى) between their consonants: after the article ال and a
// word-initial alif, before a final ة ه ا or ى. Their romanized vowels are all guessed (حمص
// Hamas, for Homs or Hims), unlike those of حماس (Hamas), whose ا is written.
func bareArabicWords(s string) map[string]bool {
	var out map[string]bool
	for _, w := range strings.Fields(s) {
		rs := []rune(w)
		if len(rs) > 2 && rs[0] == 'ا' && rs[1] == 'ل' {
			rs = rs[2:] // the article
		}
		if len(rs) > 0 && strings.ContainsRune("اأإآ", rs[0]) {
			rs = rs[1:] // the carrier of a word-initial vowel
		}
		if len(rs) > 0 && strings.ContainsRune("ةهاى", rs[len(rs)-1]) {
			rs = rs[:len(rs)-1]
		}
		ok := len(rs) >= 2
		for _, r := range rs {
			if !unicode.Is(unicode.Arabic, r) || strings.ContainsRune("اآأإويىئؤ", r) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		for _, f := range strings.Fields(translit.Fold(translit.ToLatin(w))) {
			if f == "al" {
				continue
			}
			if out == nil {
				out = map[string]bool{}
			}
			out[f] = true
		}
	}
	return out
}
