package translit

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Standard names a romanization standard: the rules that turn one script (and, for Cyrillic,
// one language) into Latin letters. The zero value, [Auto], guesses the standard from the text.
// A Standard says how to romanize; a [Convention] says how a press spells a name it
// romanized, for keys. The two share the package namespace, so a Standard is named by its
// language (Ukrainian, Russian) and a Convention by the press's language (English, German).
type Standard uint8

// The supported standards. Each one's rule table names its source; the package doc says what
// each does not do.
const (
	Auto          Standard = iota // guess per script (and per Cyrillic language) from the text
	Ukrainian                     // Ukrainian, national system of 2010 (KMU resolution No. 55)
	UkrainianICAO                 // Ukrainian, ICAO Doc 9303 passport form: as Ukrainian but г is g
	Russian                       // Russian, BGN/PCGN 1947 without diacritics
	RussianICAO                   // Russian, ICAO Doc 9303 (Russian passports since 2013)
	RussianISO9                   // Russian, ISO 9:1995 (one Latin letter per Cyrillic letter, with diacritics)
	Belarusian                    // Belarusian, national system of 2007 (as adopted by the UN in 2007)
	Bulgarian                     // Bulgarian, Streamlined System (2009 Transliteration Act)
	Serbian                       // Serbian Cyrillic to Serbian Latin (Gaj's alphabet)
	Macedonian                    // Macedonian, the official system (BGN/PCGN 2013)
	Kazakh                        // Kazakh Cyrillic, BGN/PCGN 1979
	Kyrgyz                        // Kyrgyz Cyrillic, BGN/PCGN 1979
	Greek                         // Greek, ELOT 743 (UN 1987), transcription mode
	Armenian                      // Armenian, BGN/PCGN 1981
	Georgian                      // Georgian, national system of 2002
	Korean                        // Hangul, Revised Romanization of Korean (2000), algorithmic
	Arabic                        // Arabic script, consonant skeleton close to press spellings
	Persian                       // Persian in Arabic script, consonant skeleton close to press spellings
	Hebrew                        // Hebrew, consonant skeleton close to press spellings
	Chinese                       // Han characters, Hanyu Pinyin without tones
	Japanese                      // Japanese kana, modified Hepburn
	Hindi                         // Devanagari, ISO 15919 letters in the Hunterian spelling, with Hindi schwa deletion
	Bengali                       // Bengali script, as Hindi (ISO 15919 / Hunterian), with final schwa deletion
	Punjabi                       // Gurmukhi, as Hindi (ISO 15919 / Hunterian), with schwa deletion
	Gujarati                      // Gujarati script, as Hindi (ISO 15919 / Hunterian), with schwa deletion
	Tamil                         // Tamil script, ISO 15919 letters in the Hunterian spelling
	Telugu                        // Telugu script, ISO 15919 letters in the Hunterian spelling
	Thai                          // Thai, Royal Thai General System of Transcription (RTGS, 1999)
	Amharic                       // Ethiopic script (Amharic, Tigrinya), BGN/PCGN 1967 without diacritics, as the press writes names
	Lao                           // Lao, as the Thai letters of the same sounds romanized by RTGS (close to BGN/PCGN 1966)
	Sinhala                       // Sinhala, as the Telugu letters of the same sounds (ISO 15919 letters in the Hunterian spelling)
	Oriya                         // Oriya (Odia) script, as Hindi (ISO 15919 / Hunterian), with schwa deletion
	Kannada                       // Kannada script, ISO 15919 letters in the Hunterian spelling
	Malayalam                     // Malayalam script, ISO 15919 letters in the Hunterian spelling
	Khmer                         // Khmer, UNGEGN 2010 without diacritics, with the press's vowel spellings of names
	numStandards
)

var standardNames = [numStandards]string{
	Auto: "auto", Ukrainian: "uk", UkrainianICAO: "uk-icao", Russian: "ru", RussianICAO: "ru-icao",
	RussianISO9: "ru-iso9", Belarusian: "be", Bulgarian: "bg", Serbian: "sr", Macedonian: "mk",
	Kazakh: "kk", Kyrgyz: "ky", Greek: "el", Armenian: "hy", Georgian: "ka", Korean: "ko",
	Arabic: "ar", Persian: "fa", Hebrew: "he", Chinese: "zh", Japanese: "ja", Hindi: "hi",
	Bengali: "bn", Punjabi: "pa", Gujarati: "gu", Tamil: "ta", Telugu: "te", Thai: "th",
	Amharic: "am", Lao: "lo", Sinhala: "si", Oriya: "or", Kannada: "kn", Malayalam: "ml", Khmer: "km",
}

// String returns the standard's short name, the name of its rule table in rules/ without
// ".tsv": a BCP 47 language code, with a suffix for a second standard of the same language
// ("uk", "ru-icao", "ru-iso9"); "auto" for [Auto] and "unknown" for a value outside the
// constants. [ParseStandard] reads it back.
func (std Standard) String() string {
	if std < numStandards {
		return standardNames[std]
	}
	return "unknown"
}

// ParseStandard returns the Standard whose [Standard.String] is name, ignoring case, and
// false (with [Auto]) when there is none. ParseStandard(std.String()) == std, true.
func ParseStandard(name string) (Standard, bool) {
	for i, n := range standardNames {
		if strings.EqualFold(n, name) {
			return Standard(i), true
		}
	}
	return Auto, false
}

// script is a writing system that this package romanizes. scriptNone covers Latin, digits,
// punctuation and every script without a scheme: those runes pass through unchanged.
type script uint8

const (
	scriptNone script = iota
	scriptCyrillic
	scriptGreek
	scriptArmenian
	scriptGeorgian
	scriptHangul
	scriptArabic
	scriptHebrew
	scriptHan
	scriptKana
	scriptDevanagari
	scriptBengali
	scriptGurmukhi
	scriptGujarati
	scriptTamil
	scriptTelugu
	scriptThai
	scriptEthiopic
	scriptLao
	scriptSinhala
	scriptOriya
	scriptKannada
	scriptMalayalam
	scriptKhmer
	numScripts
)

// scriptOf returns the romanized script r belongs to, or scriptNone.
func scriptOf(r rune) script {
	switch {
	case r < 0x370:
		return scriptNone
	case (r >= 0x400 && r <= 0x481) || (r >= 0x48A && r <= 0x52F):
		return scriptCyrillic // fast path: every code point here is a Cyrillic letter
	case r >= 0x388 && r <= 0x3CE && r != 0x38B && r != 0x38D && r != 0x3A2:
		return scriptGreek // fast path: every code point here is a Greek letter
	case r <= 0x3FF || (r >= 0x1F00 && r <= 0x1FFF):
		if unicode.Is(unicode.Greek, r) && unicode.IsLetter(r) {
			return scriptGreek
		}
	case r <= 0x52F || (r >= 0x1C80 && r <= 0x1C8F) || (r >= 0x2DE0 && r <= 0x2DFF) || (r >= 0xA640 && r <= 0xA69F):
		if unicode.IsLetter(r) {
			return scriptCyrillic
		}
	case r <= 0x58F:
		if unicode.IsLetter(r) {
			return scriptArmenian
		}
	case r <= 0x5FF:
		if unicode.IsLetter(r) {
			return scriptHebrew
		}
	case r <= 0x6FF || (r >= 0x750 && r <= 0x77F) || (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFF):
		if unicode.IsLetter(r) {
			return scriptArabic
		}
	case (r >= 0x10A0 && r <= 0x10FF) || (r >= 0x1C90 && r <= 0x1CBF):
		if unicode.IsLetter(r) {
			return scriptGeorgian
		}
	case r >= 0x900 && r <= 0xD7F:
		return brahmicScript(r)
	case r >= 0xE01 && r <= 0xE4E:
		if r != 0xE3F && r != 0xE46 && r != 0xE4F {
			return scriptThai // letters, vowel signs and tone marks; not ฿, ๆ (repetition), ๏
		}
	case r >= 0xE81 && r <= 0xEDF:
		if r != 0xEC6 && (r < 0xED0 || r > 0xED9) {
			return scriptLao // letters, vowel signs and tone marks; not ໆ (repetition) or the digits
		}
	case r >= 0xD81 && r <= 0xDF4:
		if r < 0xDE6 || r > 0xDEF {
			return scriptSinhala // letters and signs; not the Sinhala Lith digits
		}
	case r >= khmerFirst && r <= khmerLast:
		if r != 0x17A3 && r != 0x17A4 && r != 0x17B4 && r != 0x17B5 {
			return scriptKhmer // letters and signs; not the digits, punctuation or the invisible inherent-vowel signs
		}
	case r >= ethiopicFirst && r <= ethiopicLast:
		if unicode.IsLetter(r) {
			return scriptEthiopic // the syllables of the Ethiopic block, not its punctuation (፡ ።) or numerals
		}
	case (r >= 0x3041 && r <= 0x3096) || (r >= 0x3099 && r <= 0x309F) || (r >= 0x30A1 && r <= 0x30FA) || (r >= 0x30FC && r <= 0x30FF) || (r >= 0x31F0 && r <= 0x31FF):
		return scriptKana // hiragana and katakana, not the middle dot ・ that separates words
	case (r >= 0xAC00 && r <= 0xD7A3) || (r >= 0x1100 && r <= 0x11FF) || (r >= 0x3130 && r <= 0x318F):
		return scriptHangul
	case (r >= 0x4E00 && r <= 0x9FFF) || (r >= 0x3400 && r <= 0x4DBF) || (r >= 0xF900 && r <= 0xFAFF) || (r >= 0x20000 && r <= 0x2FA1F) || (r >= 0x30000 && r <= 0x323AF):
		return scriptHan
	}
	return scriptNone
}

// A scheme romanizes single words of one script. A word is a maximal run of letters of that
// script, with any combining marks that follow them and apostrophes or zero-width
// non-joiners (Persian خامنه‌ای) between two of them.
// appendWord must accept any such run (including one cut short at maxWordRunes), append
// valid UTF-8 only, and never panic.
type scheme interface {
	appendWord(dst []byte, word []rune) []byte
}

// registration ties a Standard to its script and to the loader of its scheme. Scheme files
// call register from init; loading (parsing a rule table) happens once, on first use.
type registration struct {
	script script
	load   func() scheme
}

var (
	registry      [numStandards]registration
	loadedSchemes [numStandards]func() scheme
)

// register records that std romanizes sc with the scheme that load builds. load runs at most
// once, on first use; it must not fail at run time (rule tables are embedded and tested).
func register(std Standard, sc script, load func() scheme) {
	registry[std] = registration{script: sc, load: load}
	loadedSchemes[std] = sync.OnceValue(load)
}

// schemeOf returns the scheme of std, or nil if std has none registered.
func schemeOf(std Standard) scheme {
	if std >= numStandards || loadedSchemes[std] == nil {
		return nil
	}
	return loadedSchemes[std]()
}

// defaultStandard is the standard [Auto] uses for a script when the text gives no hint.
var defaultStandard = [numScripts]Standard{
	scriptCyrillic:   Russian,
	scriptGreek:      Greek,
	scriptArmenian:   Armenian,
	scriptGeorgian:   Georgian,
	scriptHangul:     Korean,
	scriptArabic:     Arabic,
	scriptHebrew:     Hebrew,
	scriptHan:        Chinese,
	scriptKana:       Japanese,
	scriptDevanagari: Hindi,
	scriptBengali:    Bengali,
	scriptGurmukhi:   Punjabi,
	scriptGujarati:   Gujarati,
	scriptTamil:      Tamil,
	scriptTelugu:     Telugu,
	scriptThai:       Thai,
	scriptEthiopic:   Amharic,
	scriptLao:        Lao,
	scriptSinhala:    Sinhala,
	scriptOriya:      Oriya,
	scriptKannada:    Kannada,
	scriptMalayalam:  Malayalam,
	scriptKhmer:      Khmer,
}

// maxWordRunes caps the length of one word handed to a scheme. A longer run of letters is cut
// into pieces of this size; context rules (word-initial forms) see each piece as a word.
const maxWordRunes = 64

// zwnj is ZERO WIDTH NON-JOINER, which Persian writes inside words (خامنه‌ای, می‌رود).
const zwnj = '\u200C'

// isWordApostrophe reports whether r is an apostrophe that may stand inside a word
// (Ukrainian Знам'янка, Armenian and Hebrew geresh-like marks).
func isWordApostrophe(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u02BC', '\u02BB', '\u05F3':
		return true
	}
	return false
}

// Detect returns the standard [Auto] uses for s: the standard of the first romanized script
// in s, with the Cyrillic language guessed from the whole of s (see [DetectCyrillic]) and
// Arabic told from Persian by letters only Persian has. It returns Auto when s has no
// letters of a romanized script.
func Detect(s string) Standard {
	for _, r := range s {
		if sc := scriptOf(r); sc != scriptNone {
			return pick(sc, s)
		}
	}
	return Auto
}

// pick returns the standard used for script sc in text s under Auto.
func pick(sc script, s string) Standard {
	switch sc {
	case scriptCyrillic:
		return DetectCyrillic(s)
	case scriptArabic:
		return detectArabic(s)
	}
	return defaultStandard[sc]
}

// ToLatin romanizes every supported script in s with the standard [Auto] picks for it, and
// leaves Latin letters, digits, punctuation and unsupported scripts as they are. Case shape is
// kept: КИЇВ gives KYIV and Щорс gives Shchors. Invalid UTF-8 is replaced by U+FFFD. It is safe
// for concurrent use.
func ToLatin(s string) string { return Auto.Romanize(s) }

// Romanize romanizes s with std, as [ToLatin] does with [Auto]. A standard for one script
// leaves the other scripts in s as they are. It is safe for concurrent use.
func (std Standard) Romanize(s string) string {
	if isASCII(s) {
		return s
	}
	// One pass checks that s needs no normalization and, under Auto, gathers the letters
	// that tell the Cyrillic language (as DetectCyrillic does), so s is read once up front.
	quick, cyr := prescan(s, std == Auto)
	if !quick {
		if !utf8.ValidString(s) {
			s = replaceInvalid(s) // NFC skips marks that follow an invalid byte
		}
		if norm.NFC.QuickSpanString(s) != len(s) {
			s = norm.NFC.String(s)
		}
		if std == Auto {
			cyr = DetectCyrillic(s)
		}
	}
	var stds [numScripts]Standard
	if std == Auto {
		for sc := scriptCyrillic; sc < numScripts; sc++ {
			stds[sc] = Auto // resolved lazily below
		}
		stds[scriptCyrillic] = cyr
	} else if std < numStandards {
		stds[registry[std].script] = std
	}
	// The output and each word are built in buffers on the stack (the output grows onto the
	// heap only for long text). The rule tables (Cyrillic, Greek, Armenian, Georgian) are
	// called directly, so the buffers stay there; another scheme, called through the scheme
	// interface, gets copies from a pool, or they would escape and cost allocations per call.
	var stackOut [128]byte
	out := stackOut[:0]
	var buf [maxWordRunes]rune
	var schemes [numScripts]scheme
	for i := 0; i < len(s); {
		r, size := decodeRune(s[i:])
		sc := scriptOf(r)
		if sc == scriptNone || (std != Auto && stds[sc] == Auto) {
			if r == utf8.RuneError && size == 1 {
				out = utf8.AppendRune(out, utf8.RuneError)
			} else {
				out = append(out, s[i:i+size]...)
			}
			i += size
			continue
		}
		if std == Auto && stds[sc] == Auto {
			stds[sc] = pick(sc, s)
		}
		word, n := scanWord(s[i:], sc, buf[:0:maxWordRunes])
		i += n
		if schemes[sc] == nil {
			schemes[sc] = schemeOf(stds[sc])
		}
		switch sch := schemes[sc].(type) {
		case *ruleTable:
			out = sch.appendWord(out, word)
		case nil:
			for _, r := range word {
				out = utf8.AppendRune(out, r)
			}
		default:
			pooled := wordBufs.Get().(*pooledWord)
			pooled.out = sch.appendWord(pooled.out[:0], pooled.word[:copy(pooled.word[:], word)])
			out = append(out, pooled.out...)
			wordBufs.Put(pooled)
		}
	}
	// A combining mark that followed a romanized letter now follows its Latin output
	// (㸩 + U+0303 → "An" + U+0303) and must compose with it, or a second pass would give
	// another answer ("Añ"). Only input that needed a check can carry such a mark.
	if !quick && norm.NFC.QuickSpan(out) != len(out) {
		out = norm.NFC.Append(nil, out...)
	}
	return string(out)
}

// pooledWord is a word buffer and an output buffer for a scheme called through the scheme
// interface.
type pooledWord struct {
	word [maxWordRunes]rune
	out  []byte
}

// decodeRune is utf8.DecodeRuneInString with a fast path for two-byte sequences, which is
// where Cyrillic, Greek and Armenian letters are.
func decodeRune(s string) (rune, int) {
	if len(s) >= 2 && s[0] >= 0xC2 && s[0] < 0xE0 && s[1]&0xC0 == 0x80 {
		return rune(s[0]&0x1F)<<6 | rune(s[1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s)
}

// replaceInvalid returns s with each byte that is not part of valid UTF-8 replaced by U+FFFD.
func replaceInvalid(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// prescan reports whether s is surely in NFC (see nfcQuickRune) and, when detect is set,
// DetectCyrillic(s), in one pass.
func prescan(s string, detect bool) (quick bool, cyr Standard) {
	quick, seen := scanCyrillic(s, detect)
	if detect {
		cyr = decideOrGuess(s, seen)
	}
	return quick, cyr
}

// nfcQuickRune reports whether r can stand in NFC text whatever surrounds it: a rune below
// U+0300 or a Cyrillic, Greek (monotonic), Armenian or Georgian letter, none of which combine
// or decompose under NFC. False means "check": so for the Indic scripts from U+0900, whose
// two-part vowel signs compose (Malayalam െ ാ is ൊ, Tamil ெ ா is ொ).
func nfcQuickRune(r rune) bool {
	if r >= 0x400 && r <= 0x481 || r >= 0x48A && r <= 0x4FF {
		return true // Cyrillic letters, the most common non-ASCII letters here
	}
	return !(r == utf8.RuneError || (r >= 0x300 && scriptOf(r) == scriptNone) || r == 0x374 || r == 0x387 || (r >= 0x482 && r <= 0x489) || r >= 0x900)
}

// wordBufs holds word buffers for [Standard.Romanize].
var wordBufs = sync.Pool{New: func() any { return new(pooledWord) }}

// scanWord reads the word of script sc at the start of s into buf (at most maxWordRunes runes)
// and returns it with the number of bytes it took.
func scanWord(s string, sc script, buf []rune) ([]rune, int) {
	i := 0
	for i < len(s) && len(buf) < maxWordRunes {
		r, size := decodeRune(s[i:])
		switch {
		case scriptOf(r) == sc:
		case len(buf) > 0 && unicode.Is(unicode.Mn, r) && scriptOf(r) == scriptNone:
			// A combining mark of no romanized script (a diacritic) belongs to the word; a
			// vowel sign of another script (Telugu ా after a Han character) starts its own.
		case len(buf) > 0 && sc == scriptHebrew && isWordApostrophe(r) && takesGeresh(buf[len(buf)-1]):
			// A geresh belongs to the letter before it, also at the end of a word (סמוטריץ׳).
		case len(buf) > 0 && sc == scriptMalayalam && r == zwj && buf[len(buf)-1] == 0xD4D:
			// Malayalam wrote its final consonants (chillu) as virama and ZWJ before Unicode
			// 5.1 gave them letters (ന്‍ for ൻ): the ZWJ ends the word's last letter.
		case len(buf) > 0 && (isWordApostrophe(r) || r == zwnj || (r == zwj && joinsInWord(sc))) && i+size < len(s):
			// Indic scripts and Khmer write ZWJ (zwj) inside words: ශ්‍රී Sri, র‍্যাব RAB.
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			if scriptOf(next) != sc {
				return buf, i
			}
		default:
			return buf, i
		}
		if (r == zwj || r == zwnj) && joinsInWord(sc) {
			i += size // a joiner inside an Indic or Khmer word chooses a written form, not a sound
			continue
		}
		buf = append(buf, r)
		i += size
	}
	if len(buf) == maxWordRunes {
		// Marks after a full word belong to its last letter: drop them rather than let them
		// stand alone after the Latin output (where they would combine with it).
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.Is(unicode.Mn, r) {
				break
			}
			i += size
		}
	}
	return buf, i
}

// joinsInWord reports whether script sc writes ZERO WIDTH JOINER and NON-JOINER inside a word
// to choose how a conjunct is drawn (Devanagari क्‍ष with a half क, Bengali র‍্য, Sinhala ශ්‍රී,
// Malayalam's old chillu ന്‍) and not what it reads: the Brahmic scripts, Sinhala and Khmer
// (whose syllables Unicode lets hold a joiner). The word is romanized as without them.
func joinsInWord(sc script) bool {
	return sc >= scriptDevanagari && sc <= scriptTelugu || sc == scriptSinhala || sc >= scriptOriya && sc <= scriptKhmer
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// NewTransformer returns a Transformer that romanizes as [Standard.Romanize] does. Under
// [Auto] it cannot see the whole text in advance, so it guesses the Cyrillic language word by
// word: a word with a telling letter (see [DetectCyrillic]) sets the language for itself and
// the words after it; before any such word, each word is weighed alone by the trigram model
// and name endings of DetectCyrillic. The Transformer keeps state and
// buffers: it is not safe for concurrent use; make one per goroutine.
func (std Standard) NewTransformer() transform.Transformer {
	return transform.Chain(norm.NFC, &wordTransformer{std: std})
}

// wordTransformer romanizes word by word, holding back a word that may continue in the next
// chunk of input.
type wordTransformer struct {
	std     Standard
	current [numScripts]Standard // under Auto: the standard in force for each script
	scratch []byte
	buf     [maxWordRunes]rune
	// afterFullWord is set after a word of maxWordRunes runes: marks that follow are dropped.
	afterFullWord bool
}

func (t *wordTransformer) Reset() {
	t.current = [numScripts]Standard{}
	t.afterFullWord = false
}

func (t *wordTransformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		r, size := utf8.DecodeRune(src[nSrc:])
		if r == utf8.RuneError && size == 1 && !atEOF && !utf8.FullRune(src[nSrc:]) {
			return nDst, nSrc, transform.ErrShortSrc
		}
		if t.afterFullWord {
			if unicode.Is(unicode.Mn, r) {
				nSrc += size // marks after a full word are dropped, as scanWord does
				continue
			}
			t.afterFullWord = false
		}
		sc := scriptOf(r)
		std := t.standardFor(sc)
		if sc == scriptNone || std == Auto {
			out := src[nSrc : nSrc+size]
			if r == utf8.RuneError && size == 1 {
				out = []byte("\uFFFD")
			}
			if nDst+len(out) > len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += copy(dst[nDst:], out)
			nSrc += size
			continue
		}
		// A word is at most maxWordRunes runes with their marks: look no further than that.
		end := min(len(src), nSrc+4*maxWordRunes*utf8.UTFMax)
		word, n := scanWord(string(src[nSrc:end]), sc, t.buf[:0])
		if !atEOF && mayContinue(src[nSrc+n:], len(word)) {
			return nDst, nSrc, transform.ErrShortSrc // the word may go on in the next chunk
		}
		if t.std == Auto && sc == scriptCyrillic {
			if guess, ok := cyrillicHint(word); ok {
				t.current[sc] = guess
				std = guess
			} else if t.current[sc] == Auto {
				std = guessCyrillicWord(word) // no telling letter yet: the trigram model, for this word
			}
		}
		t.scratch = t.scratch[:0]
		if sch := schemeOf(std); sch != nil {
			t.scratch = sch.appendWord(t.scratch, word)
		} else {
			for _, r := range word {
				t.scratch = utf8.AppendRune(t.scratch, r)
			}
		}
		if nDst+len(t.scratch) > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], t.scratch)
		nSrc += n
		t.afterFullWord = len(word) == maxWordRunes
	}
	return nDst, nSrc, nil
}

// mayContinue reports whether a word of wordLen runes, followed in the chunk by rest, may go on
// in the next chunk: rest is empty, starts with an incomplete rune, or is a lone apostrophe or
// zero-width non-joiner (Знам' then янка).
func mayContinue(rest []byte, wordLen int) bool {
	if wordLen >= maxWordRunes {
		return false
	}
	if len(rest) == 0 || !utf8.FullRune(rest) {
		return true
	}
	r, size := utf8.DecodeRune(rest)
	return (isWordApostrophe(r) || r == zwnj || r == zwj) && (len(rest) == size || !utf8.FullRune(rest[size:]))
}

// standardFor returns the standard this transformer uses for script sc now, or Auto when it
// leaves sc alone.
func (t *wordTransformer) standardFor(sc script) Standard {
	if sc == scriptNone {
		return Auto
	}
	if t.std != Auto {
		if registry[t.std].script == sc {
			return t.std
		}
		return Auto
	}
	if t.current[sc] != Auto {
		return t.current[sc]
	}
	return defaultStandard[sc]
}
