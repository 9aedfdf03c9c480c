package entity

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity/internal/index"
	"github.com/namecanon/namecanon/translit"
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
	MethodNear           Method = "near"           // only a resemblance the rules reject: listed by Candidates, never resolved
)

// ruleExtraFamilyName is the rule of Explain.Rules that says the mention's last word is one
// more family name after the person's whole name (Daniel Noboa Azín for Daniel Noboa: see
// the package doc); no word of the name explains it.
const ruleExtraFamilyName = "extra-family-name"

// ruleGivenInFront is the rule of Explain.Rules that says the mention's first words are given
// names that a person's full name carries before the name the table holds (Arthur Peter
// Mutharika for Peter Mutharika, Muhammad Nawaz Sharif: see the package doc); no word of the
// name explains them.
const ruleGivenInFront = "given-in-front"

// ruleCountryFront is the rule of Explain.Rules that says the mention's first word is the
// name of the country of the body the rest names (Bangladesh Awami League for Awami League:
// see the package doc); no word of the name explains it.
const ruleCountryFront = "country-front"

// ruleLegalForm is the rule of Explain.Rules that says a legal form or city designator of
// data/legalforms.tsv stands on one side only: the mention carries it and the table's name
// does not (Ecopetrol S.A., Davao City; see the package doc), or the table's name of a body
// carries it and the mention leaves it out, nothing else of the name missing (Equinor for
// Equinor ASA, Volvo for AB Volvo: withoutLegalForm); Find reads such a lone word as the
// body's name as written.
const ruleLegalForm = "legal-form"

// Explain says why a Match matched: which table name, which words, which rules.
type Explain struct {
	Mention string       `json:"mention"` // the mention as parsed (folded, titles dropped, reordered)
	Alias   string       `json:"alias"`   // the table name or alias that matched
	Rules   []string     `json:"rules"`   // parsing rules that fired: title, possessive, surname-first, transliterated:uk, acronym, extra-family-name, given-in-front, country-front, formal-name, state-name, legal-form
	Tokens  []TokenMatch `json:"tokens"`  // word by word
}

// Match is a resolved entity with its score, or, from [Resolver.Resolve] with ok false, the
// reason there is none: Ambiguous and Alternatives say whether some entities came close.
//
// Its JSON form has lower-case keys (entity, score, method, ambiguous, explain, alternatives,
// warnings); scores are written rounded to three decimals ([RoundScore]) and lists are
// written as [] when empty, never null.
type Match struct {
	Entity alias.Entity `json:"entity"`
	Score  float64      `json:"score"`  // in [0,1]; see the package doc for what the default threshold means
	Method Method       `json:"method"` // how the mention met the name
	// Ambiguous is set, with ok false and the zero Entity, when more than one entity reaches
	// the threshold and none leads the others by the margin ([WithMargin]): Alternatives then
	// holds them, best first. With ok false and Ambiguous false there is no match; Alternatives
	// then holds the best resemblances below the threshold, if any.
	Ambiguous    bool     `json:"ambiguous"`
	Explain      Explain  `json:"explain"`      // why
	Alternatives []Match  `json:"alternatives"` // with ok false: the closest entities (Resolve only)
	Warnings     []string `json:"warnings"`     // mixed-script, truncated, invalid-utf8
}

// Option sets a Resolver option. Every option applies to [NewResolver], for every call, and
// to one call of [Resolver.ResolveWith], [Resolver.Candidates] or [Resolver.ResolveAll],
// where it overrides the Resolver's setting for that call only.
type Option func(*config)

// config holds the options; its zero value is the documented default.
type config struct {
	threshold    float64               // 0 means DefaultThreshold
	margin       float64               // 0 means DefaultMargin
	kinds        []alias.Kind          // nil means every kind
	alternatives int                   // 0 means DefaultAlternatives; below 0, none
	progress     func(done, total int) // NewResolver only; nil means no progress reports
}

// Defaults of the options.
const (
	DefaultThreshold    = 0.75
	DefaultMargin       = 0.04
	DefaultAlternatives = 3
)

// withDefaults returns c with its zero fields set to the defaults.
func (c config) withDefaults() config {
	if c.threshold == 0 {
		c.threshold = DefaultThreshold
	}
	if c.margin == 0 {
		c.margin = DefaultMargin
	}
	if c.alternatives == 0 {
		c.alternatives = DefaultAlternatives
	}
	return c
}

// with returns c with opts applied on top, and the defaults where nothing is set.
func (c config) with(opts []Option) config {
	for _, o := range opts {
		o(&c)
	}
	return c.withDefaults()
}

// allows reports whether an entity of kind k may be a match.
func (c *config) allows(k alias.Kind) bool {
	return c.kinds == nil || slices.Contains(c.kinds, k)
}

// WithKinds restricts matches to entities of the given kinds: with WithKinds(alias.Person),
// "Washington" can only be a person, never the city. Without it, or with no kinds, every kind
// may match.
func WithKinds(kinds ...alias.Kind) Option {
	kinds = slices.Clone(kinds)
	if len(kinds) == 0 {
		kinds = nil
	}
	return func(c *config) { c.kinds = kinds }
}

// WithAlternatives sets how many entities a Match from [Resolver.Resolve] with ok false lists
// in Alternatives (default [DefaultAlternatives]); 0 means the default, below 0 none.
func WithAlternatives(n int) Option {
	return func(c *config) { c.alternatives = n }
}

// WithThreshold sets the score a match needs (default [DefaultThreshold]); 0 means the
// default.
func WithThreshold(x float64) Option { return func(c *config) { c.threshold = x } }

// WithMargin sets how far the best match must lead the best different entity (default
// [DefaultMargin]); closer than that, Resolve reports the mention as ambiguous. When the best
// match meets every word by a rule (method folded, transliterated or phonetic) and the other
// entity only by edit distance (fuzzy), it needs to lead by a quarter of the margin.
func WithMargin(x float64) Option { return func(c *config) { c.margin = x } }

// WithProgress has NewResolver call f as it indexes the table, with the number of table
// names (names and aliases) indexed so far and their total, after every batch of some
// 16,000 names and once at the end. f runs on the goroutine that called NewResolver; a
// command shows it on stderr for a large table.
func WithProgress(f func(done, total int)) Option { return func(c *config) { c.progress = f } }

// Resolver resolves mentions against one table. It is safe for concurrent use by multiple
// goroutines: nothing that decides an answer changes after NewResolver returns (Find keeps a
// bounded memo of the answers it asked for, which changes no result).
type Resolver struct {
	tbl   *alias.Table
	cfg   config
	idx   *index.Index // the compact index (package entity/internal/index)
	words []token      // the vocabulary parsed: index word w is words[w]
	pool  sync.Pool    // of *scratch
	memo  findMemo     // what Find has asked the index, shared by every Finder (finder.go)
	// loose indexes the names by their loose skeleton (nearmiss.go), for the near misses
	// of Candidates; made by NewResolver and LoadSnapshot.
	loose index.Postings
	// nearUnbounded has nearMisses compute every resemblance whole (a test compares).
	nearUnbounded bool
	// starts are the first letters and cognate groups of the vocabulary (mayCover), made on
	// first use.
	startsOnce sync.Once
	starts     []wordStart
	// shapes are the vowel shapes of the vocabulary's short words (Finder.shortUnmet), made
	// on first use.
	shapesOnce sync.Once
	shapes     map[string]struct{}
}

// NewResolver indexes tbl, parsing its names on every core. It panics if tbl is nil.
func NewResolver(tbl *alias.Table, opts ...Option) *Resolver {
	if tbl == nil {
		panic("entity: NewResolver with a nil table")
	}
	r := &Resolver{tbl: tbl, cfg: config{}.with(opts)}
	r.idx, r.words = buildIndex(tbl, r.cfg.progress)
	r.markFast()
	r.cfg.progress = nil
	r.indexLoose()
	return r
}

// Resolve returns the entity that name refers to. ok is false, with the zero Entity, when no
// entity scores at or above the threshold, or when the best is not clearly ahead of a
// different entity: then Ambiguous is set. Alternatives lists the closest entities either way
// and Warnings says what parsing noticed. !ok never comes with a best guess.
func (r *Resolver) Resolve(name string) (Match, bool) {
	return r.resolve(name, &r.cfg)
}

// ResolveWith is [Resolver.Resolve] with options for this call only, on top of the
// Resolver's: a threshold ([WithThreshold]), the kinds that may match ([WithKinds]), how many
// alternatives to list ([WithAlternatives]).
func (r *Resolver) ResolveWith(name string, opts ...Option) (Match, bool) {
	cfg := r.cfg.with(opts)
	return r.resolve(name, &cfg)
}

func (r *Resolver) resolve(name string, cfg *config) (Match, bool) {
	return r.resolveMemo(name, cfg, nil)
}

// resolveMemo is resolve with the word scores of wm, the memo of a Finder (nil: none).
func (r *Resolver) resolveMemo(name string, cfg *config, wm *wordMemo) (Match, bool) {
	if m, ok := r.resolveFast(name, cfg); ok {
		return m, true
	}
	return r.resolveSlow(name, cfg, wm)
}

// resolveSlow is resolveMemo without the exact fast path (exact.go): parse, look up, score.
func (r *Resolver) resolveSlow(name string, cfg *config, wm *wordMemo) (Match, bool) {
	cands, q := r.rankWith(name, false, cfg, wm)
	return r.decide(cands, &q, cfg)
}

// resolveBrute is Resolve without the index: it scores every table name with the same
// scorer. It is the reference the index is tested against (the index must find whatever
// this accepts, within the bounds the index package documents) and the "resolver's own
// scorer on every name" baseline of the benchmarks.
func (r *Resolver) resolveBrute(name string) (Match, bool) {
	cands, q := r.rank(name, true)
	return r.decide(cands, &q, &r.cfg)
}

// decide turns the ranked candidates of a mention into Resolve's answer under cfg.
func (r *Resolver) decide(cands []Match, q *mention, cfg *config) (Match, bool) {
	if len(cands) == 0 {
		return Match{Warnings: q.warnings}, false
	}
	best := cands[0]
	if best.Score < cfg.threshold {
		return Match{Warnings: q.warnings, Alternatives: firstN(cands, cfg.alternatives)}, false
	}
	var close []Match
	whole := wholeName(best)
	for _, c := range cands[1:] {
		if whole {
			// The mention is a table name as written, folded or rotated: only another entity
			// of that same name makes it ambiguous (José Peña, Jose Pena), not one that meets
			// it by key, edits or in part (Lim Juhun is not ambiguous with Lim Jujun), nor one
			// of its words rotated when the mention keeps the order (Khalil Saleh, Saleh Khalil).
			if wholeName(c) && c.Score >= best.Score-wholeMargin && c.Score >= cfg.threshold*0.9 {
				close = append(close, c)
			}
			continue
		}
		if outmatched(best, c, q) {
			continue
		}
		margin := cfg.margin
		if ruleMet(best) && c.Method == MethodFuzzy {
			// Every word of the mention meets the best name by a rule (a key, a convention,
			// a cognate, a romanization of its script: 曾磊 Zeng Lei), and the rival needs an
			// edit that no rule explains (Zheng Lei): the rule is the better evidence, and the
			// rival must come closer to make the mention ambiguous.
			margin *= fuzzyRivalShare
		} else if best.Entity.Kind == alias.Place && c.Entity.Kind == alias.Place && best.Score >= nearWhole && !anyRule(best.Explain.Tokens, "convention") && anyRule(c.Explain.Tokens, "convention") {
			// The mention is all but written as the best name (Николаевка, read Nikolayevka, is
			// Nikolaevka) and meets the rival only as another language's form of its name
			// (the Russian-era form of Ukrainian Mykolaivka): where the table holds both
			// places, the written form wins. Persons keep the margin: a convention of their
			// names is as good evidence as a letter (Kym Jiji, Kim Jiji and Kim Hyeji).
			margin *= fuzzyRivalShare
		}
		if c.Score >= best.Score-margin && c.Score >= cfg.threshold*0.9 {
			close = append(close, c)
		}
	}
	if len(close) > 0 {
		return Match{Warnings: q.warnings, Ambiguous: true, Alternatives: firstN(append([]Match{best}, close...), cfg.alternatives)}, false
	}
	best.Alternatives = nil
	return best, true
}

// outmatched reports whether the rival c is outmatched by best word by word: no word of the
// mention q meets c better than it meets best, and some significant word of q that best
// meets c leaves unmatched (Mario Marco Greco: Mario Greco leaves Marco; not an initial or
// a patronymic, which may go unmatched: R. Kadyrov), or meets only
// otherwise than as written (by an edit, as a cognate, by its consonants) where best has
// it as written (Hanna Melnichuk: Hanna Melnychuk, not Anna Melnychuk; Takeshi Matsumkto:
// Takeshi Matsumoto, not Takashi Matsumoto). Such a rival has nothing of the mention that
// best lacks, so it does not make the mention ambiguous, however close its score. A word
// that c meets by its key or a press convention is as good as a letter written (Kym Jiji
// stays ambiguous between Kim Jiji and Kim Hyeji); the word scores are those of
// Explain.Tokens, so a match without them (a whole name, another reading) is never
// outmatched.
func outmatched(best, c Match, q *mention) bool {
	if len(best.Explain.Tokens) == 0 || len(c.Explain.Tokens) == 0 || len(q.tokens) > 16 {
		return false
	}
	of := func(ms []TokenMatch, w string) (score float64, exact bool) {
		for _, m := range ms {
			if m.Query == w && m.Score >= score {
				score, exact = m.Score, exact || m.Rule == "exact"
			}
		}
		return score, exact
	}
	ahead := false
	for i := range q.tokens {
		t := &q.tokens[i]
		sb, eb := of(best.Explain.Tokens, t.text)
		sc, ec := of(c.Explain.Tokens, t.text)
		if sc > sb {
			return false
		}
		if !t.significant() || sb == 0 {
			continue
		}
		if sc == 0 {
			// c leaves the word unmatched; an initial or a patronymic may go unmatched
			// without naming anyone else (scoreName), so it tells nothing.
			ahead = ahead || !t.initial && !t.patronymic
			continue
		}
		for _, m := range c.Explain.Tokens {
			if m.Query == t.text && eb && !ec && outRules[m.Rule] {
				ahead = true // best has the word as written, c another word for it
			}
		}
	}
	return ahead
}

// outRules are the word rules by which a rival meets a word that the best name has as
// written and is outmatched on it (see outmatched): an edit, a cognate (another form of
// the name), the consonants alone, the weak rule, a prefix, an inflection read back.
var outRules = map[string]bool{"edit": true, "cognate": true, "consonants": true, "weak": true, "prefix": true, "inflection": true}

// wholeName reports whether m is the mention met as a whole name of the entity, as written
// (score 1), folded (0.99: case, diacritics, titles) or with its words rotated (0.975: the
// family name moved, see rotateWeight), rather than by key, convention, edits, in another
// order or part of the name. A mention in another script is a whole name when its
// romanization is the name word for word, in order (transliterated at 0.99: 한서호 is Han
// Seoho, Анна Мельничук is Anna Melnychuk); a guessed reading (0.98 at most) is not.
func wholeName(m Match) bool {
	switch m.Method {
	case MethodExact, MethodFolded:
		return m.Score >= rotateWeight-1e-9
	case MethodTransliterated:
		return m.Score >= 0.99-1e-9
	}
	return false
}

// wholeMargin is how close another whole name must come to a whole best to make the mention
// ambiguous: a folded spelling of the name as written does (0.99 against 1), a rotation does
// not (0.975).
const wholeMargin = 0.01 + 1e-9

// nearWhole is the least score of a best name that a mention all but writes as it is: one
// letter of a romanization apart (Nikolayevka, Nikolaevka).
const nearWhole = 0.97

// fuzzyRivalShare is the share of the margin within which a rival met only by edit
// distance makes a mention ambiguous when the best name meets every word by a rule.
const fuzzyRivalShare = 0.25

// ruleMet reports whether m meets every word of the mention by a rule, not by edit distance
// or in part: folded, romanized or phonetic (keys, conventions, cognates).
func ruleMet(m Match) bool {
	return m.Method == MethodFolded || m.Method == MethodTransliterated || m.Method == MethodPhonetic
}

// firstN returns at most n matches of ms (none for n < 0), or nil.
func firstN(ms []Match, n int) []Match {
	n = max(0, min(n, len(ms)))
	if n == 0 {
		return nil
	}
	return ms[:n:n]
}

// Candidates returns up to n entities that name may refer to, best first, whatever their
// score: the entities the scoring rules accept (at any score, below the threshold too), then,
// when those are fewer than n, near misses ([MethodNear]): entities the rules reject or the
// index does not reach whose names still resemble name (a misspelled World Heath Organisation,
// a Chinese transcription 基辅 of Kyiv). Options apply to this call only ([WithKinds]
// restricts the kinds); the threshold does not cut the list.
func (r *Resolver) Candidates(name string, n int, opts ...Option) []Match {
	if n <= 0 {
		return nil
	}
	cfg := r.cfg.with(opts)
	cands, q := r.rankWith(name, false, &cfg, nil)
	if len(cands) < n {
		cands = r.nearMisses(cands, &q, n, &cfg)
	}
	return cands[:min(n, len(cands))]
}

// aliasInitialWeight scales a match of a place or body in which an initial of the mention met
// a word of an alias rather than of the canonical name (see rankText).
const aliasInitialWeight = 0.9

// readingMin is the score a match found through another reading of the script must reach.
const readingMin = 0.9

// latinReadingMin is readingMin for the pinyin readings of a Latin name (Wade–Giles,
// Postal): a reading guessed from Latin letters must meet a name by its key or better.
const latinReadingMin = 0.95

// maxLatinReadings caps the pinyin readings of a Latin name that are tried.
const maxLatinReadings = 8

// rank scores every candidate entity for name, best first, one Match per entity. With brute
// set, every table name is scored (the baseline of the benchmarks).
func (r *Resolver) rank(s string, brute bool) ([]Match, mention) {
	return r.rankWith(s, brute, &r.cfg, nil)
}

// rankWith is rank under the options cfg, with the word scores of wm (nil: none).
func (r *Resolver) rankWith(s string, brute bool, cfg *config, wm *wordMemo) ([]Match, mention) {
	out, q := r.rankText(s, brute, cfg, wm)
	bare, formKind, form := stripLegalForm(s)
	if form && !brute {
		// A mention with a legal form or a city designator names a body or a place, never a
		// person: Leonardo S.p.A., Ho Chi Minh City.
		out = slices.DeleteFunc(out, func(m Match) bool { return m.Entity.Kind == alias.Person })
	}
	if !brute && !q.latin && slices.Contains(q.rules, "title") && (len(out) == 0 || out[0].Score < cfg.threshold || out[0].Method == MethodPartial) {
		// A romanized word that spells a title need not be one: Russian Хун Сен is Hun Sen,
		// whose romanization Khun is a Thai honorific. When the name without the title meets
		// nothing whole, the words as written are tried, and win when they meet a name better.
		whole, _ := r.rankParsed(s, parseMentionWith(s, true, nil, true), false, cfg, wm)
		if len(whole) > 0 && whole[0].Score >= cfg.threshold && whole[0].Method != MethodPartial && (len(out) == 0 || whole[0].Score > out[0].Score) {
			out = whole
		}
	}
	if !brute && (len(out) == 0 || out[0].Score < cfg.threshold) {
		if bare, ok := stripProclitics(s); ok {
			// Hebrew and Arabic write some prepositions and "and" as one letter on the
			// word (לגלנט, to Gallant; والمالكي, and al-Maliki): try the words without them.
			more, _ := r.rankText(bare, false, cfg, wm)
			for i := range more {
				more[i].Explain.Rules = append(slices.Clip(more[i].Explain.Rules), "proclitic")
			}
			if len(more) > 0 && (len(out) == 0 || more[0].Score > out[0].Score) {
				return more, q
			}
		}
	}
	if !brute && !q.latin && (len(out) == 0 || out[0].Score < cfg.threshold) {
		// Other readings of the script: Han read as Korean (文在寅 Moon Jae-in), Russian
		// Palladius and Kontsevich spellings read back (Си Цзиньпин Xi Jinping). The first
		// reading that finds a match of readingMin or more wins: a guessed reading must meet a
		// name closely (江青 read as Korean Gangcheong is not Chongqing).
		// Han read as Japanese: the table names the kanji can be read as (岸田文雄 Fumio
		// Kishida, see kanjiNames).
		alts := append(translit.Readings(s)[1:], r.kanjiNames(s)...)
		if q.alphabet {
			if pt, ok := portugueseReading(s); ok {
				// Russian writes a Portuguese final unstressed o as у (Луис Инасиу, Жуан
				// Лоуренсу): the name read with o.
				alts = append(alts, pt)
			}
		}
		// A foreign name in Chinese transcription characters (特朗普 Trump, see
		// hanTranscriptionNames).
		alts = append(alts, r.hanTranscriptionNames(s)...)
		if bare, ok := stripHanTitle(s); ok {
			// A title written on the name (菅義偉首相, 蔡英文总统): the name without it.
			alts = append(append(alts, translit.Readings(bare)...), r.kanjiNames(bare)...)
		}
		for _, alt := range alts {
			more, _ := r.rankText(alt, false, cfg, wm)
			if len(more) == 0 || more[0].Score < max(cfg.threshold, readingMin) {
				continue
			}
			for i := range more {
				more[i].Explain.Rules = append(slices.Clip(more[i].Explain.Rules), "reading")
				more[i].Score = min(more[i].Score, 0.98) // a guessed reading is never certain
				if more[i].Method == MethodFolded || more[i].Method == MethodExact {
					more[i].Method = MethodTransliterated
				}
			}
			return more, q
		}
	}
	if !brute && q.latin && (len(out) == 0 || out[0].Score < cfg.threshold) {
		// A Chinese name in Wade–Giles or the Chinese Postal romanization (Tientsin,
		// Tsingtao, Kweilin): the pinyin it may stand for. A guessed reading must meet a name
		// closely (latinReadingMin), and all readings that do must meet one entity: Chinchow
		// is Jinzhou or Qinzhou, and a table with both gets no answer.
		alts := translit.Readings(s)[1:]
		var found []Match
		for _, alt := range alts[:min(len(alts), maxLatinReadings)] {
			more, _ := r.rankText(alt, false, cfg, wm)
			if len(more) == 0 || more[0].Score < max(cfg.threshold, latinReadingMin) {
				continue
			}
			if found != nil && found[0].Entity.ID != more[0].Entity.ID {
				found = nil
				break
			}
			if found == nil {
				found = more
			}
		}
		if found != nil {
			for i := range found {
				found[i].Explain.Rules = append(slices.Clip(found[i].Explain.Rules), "reading")
				found[i].Score = min(found[i].Score, 0.98)
				if found[i].Method == MethodFolded || found[i].Method == MethodExact {
					found[i].Method = MethodTransliterated
				}
			}
			return found, q
		}
	}
	if !brute && q.latin && (len(out) == 0 || out[0].Score < cfg.threshold) {
		if joined, ok := spacedSyllables(s); ok {
			// A name of Burmese, Vietnamese, Lao or Thai syllables written apart (Nay Pyi
			// Taw): the syllables as one word (Naypyidaw), for a place. Two words written apart
			// are met already (see mention.joined).
			// A place only: a person's spaced syllables are the person's name words (Kim
			// Jong Il is not Kim Jong-un).
			more, _ := r.rankText(joined, false, cfg, wm)
			more = slices.DeleteFunc(more, func(m Match) bool { return m.Entity.Kind != alias.Place })
			if len(more) > 0 && more[0].Score >= cfg.threshold {
				for i := range more {
					more[i].Explain.Rules = append(slices.Clip(more[i].Explain.Rules), "joined")
				}
				return more, q
			}
		}
	}
	if !brute && (len(out) == 0 || out[0].Score < cfg.threshold) {
		// A city's name without the honorific a law joined to it (Antep for Gaziantep): a
		// place named as the two joined.
		for _, h := range r.honorificNames(s) {
			more, _ := r.rankText(h, false, cfg, wm)
			more = slices.DeleteFunc(more, func(m Match) bool { return m.Entity.Kind != alias.Place || m.Score < 0.97 })
			if len(more) > 0 {
				for i := range more {
					more[i].Explain.Rules = append(slices.Clip(more[i].Explain.Rules), "honorific")
					more[i].Score = 0.95
					more[i].Method = MethodPartial
				}
				return more, q
			}
		}
	}
	if !brute && (len(out) == 0 || out[0].Score < cfg.threshold) {
		if more := r.ofCountryMatches(s, cfg, wm); len(more) > 0 {
			return more, q
		}
	}
	if !brute && (len(out) == 0 || out[0].Score < cfg.threshold || out[0].Method == MethodFuzzy) {
		// A place under another name: a former or foreign name of data/othernames.tsv (Tiflis,
		// Kowno), a river town with another language's connector (Rostow am Don). A name
		// the data gives as written is better evidence than a spelling near a table name
		// (Praha for Prague, not by edit distance).
		if more := r.otherNameMatches(s, cfg, wm); len(more) > 0 {
			return more, q
		}
	}
	if !brute && (len(out) == 0 || out[0].Score < cfg.threshold) {
		if form {
			kind := formKind
			// A legal form or city designator the table's name does not carry (Ecopetrol
			// S.A., Petróleos de Venezuela, S.A., Davao City): the name without it, for an
			// entity of the kind the form names only.
			more, _ := r.rankText(bare, false, cfg, wm)
			more = slices.DeleteFunc(more, func(m Match) bool { return !formKindOK(kind, m.Entity) })
			if len(more) > 0 && more[0].Score >= cfg.threshold {
				for i := range more {
					more[i].Explain.Rules = append(slices.Clip(more[i].Explain.Rules), ruleLegalForm)
				}
				return more, q
			}
		}
	}
	return out, q
}

// candidate is the best name of one entity met so far while ranking.
type candidate struct {
	name   uint32
	score  float64
	method Method
	tokens []TokenMatch
	rules  []string
}

// rankText is rank without the proclitic fallback. The word scores of one lookup are
// memoized in its scratch, or in wm (when not nil) across the lookups of a Finder.
func (r *Resolver) rankText(s string, brute bool, cfg *config, wm *wordMemo) ([]Match, mention) {
	return r.rankParsed(s, parseMention(s, true), brute, cfg, wm)
}

// rankParsed is rankText of s parsed as q.
func (r *Resolver) rankParsed(s string, q mention, brute bool, cfg *config, wm *wordMemo) ([]Match, mention) {
	if len(q.tokens) == 0 {
		return nil, q
	}
	best := map[uint32]candidate{} // entity → its best name
	x := r.idx
	consider := func(ni uint32, score float64, method Method, tokens []TokenMatch, rules []string) {
		if score <= 0 {
			return
		}
		if method != MethodExact {
			score = min(score, 0.99) // 1 is kept for a name exactly as written
		}
		e := x.NameEntity[ni]
		if cfg.kinds != nil && !cfg.allows(r.kindOf(ni)) {
			return
		}
		if old, ok := best[e]; ok && old.score >= score {
			return
		}
		best[e] = candidate{name: ni, score: score, method: method, tokens: tokens, rules: rules}
	}
	rules := q.rules
	if rules == nil {
		rules = []string{} // an empty list, not null, in JSON
	}
	if !slices.Contains(rules, "title") && !slices.Contains(rules, "possessive") && !slices.Contains(rules, "surname-first") && len(q.warnings) == 0 {
		for _, ni := range r.exactNames(s) {
			consider(ni, 1, MethodExact, nil, rules)
		}
	}
	if slices.Contains(rules, "title") && !slices.Contains(rules, "possessive") && !slices.Contains(rules, "surname-first") && len(q.warnings) == 0 {
		// A name that starts with a title word (Major Gercino, a town of Brazil; Captain
		// Cook as a place) is met whole, as written or folded, before any title is dropped.
		whole := parseMention(s, false)
		for _, ni := range r.exactNames(s) {
			consider(ni, 1, MethodExact, nil, rules)
		}
		for _, ni := range r.foldedNames(whole.folded) {
			consider(ni, 0.99, MethodFolded, nil, rules)
		}
	}
	for _, ni := range r.foldedNames(q.folded) {
		if r.hyphenatedOther(&q, ni) {
			continue
		}
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
		for _, ni := range r.exactNames(letters) {
			consider(ni, 0.99, MethodFolded, nil, rules)
		}
		initials := strings.ToLower(letters)
		for _, ni := range x.NameTerms.Get(index.Hash(termInitials, initials)) {
			if x.NameAlias[ni] == 0 && x.NameFlags[ni]&(nameAsWritten|namePerson) == 0 && r.initialsAre(ni, initials) {
				consider(ni, 0.9, MethodExact, nil, append(slices.Clip(rules), "acronym"))
			}
		}
		if len(q.tokens) == 1 {
			k := q.tokens[0].key
			for _, ni := range x.NameTerms.Get(index.Hash(termAcronym, k)) {
				if w, _ := x.NameWords(ni); x.NameFlags[ni]&nameAcronym != 0 && len(w) == 1 && r.words[w[0]].key == k {
					consider(ni, 0.95, MethodPhonetic, nil, append(slices.Clip(rules), "acronym"))
				}
			}
		}
	}
	sc := r.getScratch()
	defer r.putScratch(sc)
	q.sims = sc.sims // memoized word scores, for this lookup only
	if wm != nil {
		q.sims, q.simIDs = wm.use(q.tokens)
	}
	v := &sc.view
	scoreOne := func(ni uint32) {
		if x.NameFlags[ni]&nameAsWritten != 0 {
			return
		}
		r.view(ni, v)
		kind := r.kindOf(ni)
		ns := kindRules(&q, &v.m, kind, scoreName(&q, &v.m, v.flags&namePerson != 0))
		if ns.score > 0 && kind == alias.Person && r.otherPatronymic(&q, ni) {
			ns = nameScore{}
		}
		if ns.family > 0 && !r.familyLeftOff(ni, &v.m, ns.family-1) {
			ns = nameScore{} // Ellen Johnson is not Ellen Johnson Sirleaf
		}
		if ns.extra > 0 && (r.namesAlone(&q, ns.extra-1, x.NameEntity[ni]) || r.otherLongerName(&q.tokens[ns.extra-1], ni, len(v.m.tokens))) {
			// Emmanuel Macron Paris: the word after the name names a place of its own;
			// Nicolás Maduro Guerra (the son) beside a recorded Nicolás Maduro Moros.
			ns = nameScore{}
		}
		if ns.score > 0 && kind == alias.Place && (r.derivedFromName(&q, ni) || r.hyphenatedOther(&q, ni) || r.loneTownOther(&q, ni, ns.tokens)) {
			ns = nameScore{}
		}
		if ns.score > 0 && kind != alias.Person && x.NameAlias[ni] != 0 && anyRule(ns.tokens, "initial") {
			// The press abbreviates the name it writes (S. Korea): an initial met on an alias
			// counts less than one met on a canonical name, so S. is South of South Korea
			// before Severní (Czech for North) of Severní Korea; N. Macedonia and E. Timor,
			// met on English aliases only, still resolve.
			ns.score = round3(ns.score * aliasInitialWeight)
		}
		if !q.latin && ns.method == MethodFolded {
			ns.method = MethodTransliterated
		}
		rs := rules
		if ns.front && ns.score > 0 {
			// Arthur Peter Mutharika: the first words are given names the name in use leaves
			// out (leadingGivenNames).
			rs = append(slices.Clip(rs), ruleGivenInFront)
		}
		if ns.countryFront && ns.score > 0 {
			// Bangladesh Awami League: the first word is the body's country (countryFront).
			rs = append(slices.Clip(rs), ruleCountryFront)
		}
		if ns.formal != 0 && ns.score > 0 {
			// Quito for San Francisco de Quito: the name a city's formal name ends with.
			consider(ni, ns.score, ns.method, ns.tokens, append(slices.Clip(rs), ruleFormalName))
			return
		}
		if ns.score > 0 && kind != alias.Person && ns.method == MethodPartial && onlyFormLeft(&v.m, ns.tokens) {
			rs = append(slices.Clip(rs), ruleLegalForm) // Equinor for Equinor ASA
		}
		if ns.extra > 0 && ns.score > 0 {
			// Daniel Noboa Azín: the last word is one more family name (extraFamilyName).
			rs = append(slices.Clip(rs), ruleExtraFamilyName)
		}
		consider(ni, ns.score, ns.method, ns.tokens, rs)
	}
	score := func(cand []uint32) {
		for _, ni := range cand {
			scoreOne(ni)
		}
	}
	if brute {
		for ni := range uint32(len(x.NameEntity)) {
			scoreOne(ni)
		}
	} else {
		r.lookup(&q, sc)
		score(r.firstMay(&q, sc))
		found := false
		for _, c := range best {
			found = found || c.score >= cfg.threshold
		}
		if !found {
			score(r.lookupRest(&q, sc))
		}
	}
	q.sims, q.simIDs = nil, nil
	out := make([]Match, 0, len(best))
	for e, c := range best {
		out = append(out, Match{
			Entity:   r.tbl.At(int(e)),
			Score:    c.score,
			Method:   c.method,
			Explain:  Explain{Mention: q.folded, Alias: r.nameText(c.name), Rules: c.rules, Tokens: c.tokens},
			Warnings: q.warnings,
		})
	}
	slices.SortFunc(out, func(a, b Match) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		// At one score, a whole name before a name met by edits or in part (Іван Сидорів:
		// Ivan Sydoriv, romanized as written, before Ivan Sidorov, met by edits at the cap).
		if wa, wb := wholeName(a), wholeName(b); wa != wb {
			if wa {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.Entity.ID, b.Entity.ID)
	})
	return out, q
}

// hasCandidates reports whether the index holds any name that lookup would return for q.
// For a mention of one word, which is what Find asks of each word, that is any name other
// than those matched only as written that one of the word's index terms leads to: the
// search stops at the first (hasCandidatesOne).
func (r *Resolver) hasCandidates(q *mention) bool {
	if len(q.tokens) == 1 {
		return r.hasCandidatesOne(&q.tokens[0])
	}
	sc := r.getScratch()
	defer r.putScratch(sc)
	r.lookup(q, sc)
	return len(sc.first) > 0
}

// hasCandidatesOne is hasCandidates of a mention of the one word t. Lookup's first tier for
// it holds every name, bar those matched only as written, of the vocabulary words and
// joined keys that t's terms lead to (one word meets all the words that met anything),
// and its terms are those of lookup for a word alone: keys, de-inflected variants and
// transcriptions with one letter deleted, and every consonant skeleton.
func (r *Resolver) hasCandidatesOne(t *token) bool {
	if !t.significant() {
		return false
	}
	x := r.idx
	some := func(names []uint32) bool {
		for _, n := range names {
			if x.NameFlags[n]&nameAsWritten == 0 {
				return true
			}
		}
		return false
	}
	var buf [32]uint64
	for _, list := range [][]string{t.keys, t.variants, transcriptionKeys(t)} {
		for _, k := range list {
			for _, h := range appendDeletionHashes(buf[:0], k) {
				for _, w := range x.WordTerms.Get(h) {
					if some(x.WordNames.Row(w)) {
						return true
					}
				}
				if some(x.NameTerms.Get(h ^ joinedSalt)) {
					return true
				}
			}
		}
	}
	for _, k := range t.keys {
		for _, sk := range skeletons(k) {
			for _, w := range x.WordTerms.Get(index.Hash(termSkeleton, sk)) {
				if some(x.WordNames.Row(w)) {
					return true
				}
			}
		}
	}
	return false
}

// skeletons returns the consonant skeletons of a word key that have two letters or more: h
// dropped (Sivya and Sybiha meet at sb) and h read as k (Gaddafi, whose g the key writes h,
// and Qaddafi meet at kdb).
func skeletons(key string) []string {
	var out []string
	for _, hk := range []bool{false, true} {
		if sk := skeleton(key, hk); len(sk) >= 2 && !slices.Contains(out, sk) {
			out = append(out, sk)
		}
	}
	return out
}

// skeleton reduces a word key to its consonants, with consonants that conventions confuse
// merged (b v f p w; k g q c x, and h when hk is set; s z; d t; l r, which kana and Hangul
// write with one letter: ショルツ Shorutsu for Scholz) and the vowels dropped, and h
// too unless hk is set: Sivya (sivia) and Sybiha (sibiha) share the skeleton sb though no
// single deletion joins their keys.
func skeleton(key string, hk bool) string {
	classes := &skeletonClasses
	if hk {
		classes = &skeletonClassesHK
	}
	return string(appendClasses(make([]byte, 0, len(key)), key, classes))
}

// The letter classes of skeleton, without and with h read as k.
var (
	skeletonClasses   = letterClasses("aeiouyjh", "bvfpw", "kgqcx", "sz", "dt", "lr")
	skeletonClassesHK = letterClasses("aeiouyj", "bvfpw", "kgqcxh", "sz", "dt", "lr")
)

// letterClasses returns a byte table for appendClasses: the bytes of drop map to 0 (left
// out), the bytes of each group to the group's first byte, every other byte to itself.
func letterClasses(drop string, groups ...string) [256]byte {
	var t [256]byte
	for i := range t {
		t[i] = byte(i)
	}
	for i := 0; i < len(drop); i++ {
		t[drop[i]] = 0
	}
	for _, g := range groups {
		for i := 0; i < len(g); i++ {
			t[g[i]] = g[0]
		}
	}
	return t
}

// appendClasses appends to out the class of each byte of s under classes, leaving out the
// bytes of class 0 and a class that repeats the last one appended (across calls too).
func appendClasses(out []byte, s string, classes *[256]byte) []byte {
	for i := 0; i < len(s); i++ {
		c := classes[s[i]]
		if c == 0 {
			continue
		}
		if n := len(out); n > 0 && out[n-1] == c {
			continue
		}
		out = append(out, c)
	}
	return out
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

// Resolve resolves name against the embedded default table ([alias.Default]), as
// [Resolver.Resolve] does.
func Resolve(name string) (Match, bool) { return defaultResolver().Resolve(name) }

// Candidates lists the entities of the embedded default table that name may refer to, as
// [Resolver.Candidates] does.
func Candidates(name string, n int, opts ...Option) []Match {
	return defaultResolver().Candidates(name, n, opts...)
}

// Find returns the mentions of entities of the embedded default table in text, as
// [Resolver.Find] does.
func Find(text string) []Mention { return defaultResolver().Find(text) }

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

// spacedSyllables returns s written as one word when it is three or four words of four
// letters or fewer each, as the syllables of a Burmese, Vietnamese or Lao name are written
// apart (Nay Pyi Taw, Ho Chi Minh), and reports whether it is.
func spacedSyllables(s string) (string, bool) {
	words := strings.Fields(s)
	if len(words) < 3 || len(words) > 4 {
		return "", false
	}
	for _, w := range words {
		if n := utf8.RuneCountInString(w); n > 4 || !unicode.IsLetter([]rune(w)[0]) {
			return "", false
		}
	}
	return strings.Join(words, ""), true
}

// portugueseReading returns the romanization of s, a Cyrillic name, with the final u of each
// word of six letters or more after a consonant or i read as o (not yu, which is ю), as Russian and Ukrainian practical
// transcription of Portuguese writes an unstressed final o (Инасиу for Inácio, Лоуренсу for
// Lourenço, Азеведу for Azevedo); false when no word changes. Shorter words are left: Баку is
// Baku, not Bako.
func portugueseReading(s string) (string, bool) {
	words := strings.Fields(translit.ToLatin(s))
	changed := false
	for i, w := range words {
		n := len(w)
		if n < 6 || w[n-1] != 'u' {
			continue
		}
		if c := w[n-2] | 0x20; (!isVowelByte(c) || c == 'i') && c != 'y' {
			words[i] = w[:n-1] + "o"
			changed = true
		}
	}
	return strings.Join(words, " "), changed
}
