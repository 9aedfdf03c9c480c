package translit

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// specialLetters maps letters that carry no combining mark to strip but still fold to plain
// Latin (ø is not o + a mark in Unicode), and apostrophe-like letters to nothing.
// The table lives in data/fold.tsv; each row there cites a real name.
var specialLetters = sync.OnceValue(func() map[rune]string {
	m, err := parseFoldTable(mustReadData("fold.tsv"))
	if err != nil {
		panic(err) // embedded data; TestFoldTable proves it parses
	}
	return m
})

// NewFolder returns a Transformer that folds Latin text to its comparison form, as [Fold]
// does. The chain holds buffers and state: it is not safe for concurrent use. Make one per
// goroutine, or call [Fold], which is.
func NewFolder() transform.Transformer {
	return transform.Chain(width.Fold, norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC, &letterFolder{})
}

// Fold returns the Latin comparison form of s:
//   - lower case (the simple Unicode lower-case mapping of each letter: final ς stays ς);
//   - diacritics removed (NFD, drop combining marks, NFC): Jørgensen's ø aside, é → e, ł → l;
//   - letters that do not decompose mapped by data/fold.tsv: ø→o, æ→ae, œ→oe, ß→ss, ł→l,
//     đ→d, ð→d, þ→th, ı→i, ə→a;
//   - full-width forms narrowed (Ｋｙｉｖ → kyiv);
//   - apostrophes and modifier letters (’ ' ʼ ʻ `) dropped: Mu’ammar → muammar;
//   - default-ignorable code points (Unicode Default_Ignorable_Code_Point: zero-width space,
//     soft hyphen, joiners, variation selectors, Hangul fillers) and other format characters
//     dropped: Zelen\u200Bsky → zelensky;
//   - other punctuation and symbols, but the hyphen, become a space; runs of space collapse
//     and the ends are trimmed.
//
// Invalid UTF-8 becomes U+FFFD. Fold does not transliterate, but it strips marks from every
// script, so Cyrillic stays Cyrillic, lower-cased and without its marks (й becomes и, ї
// becomes і): romanize with [ToLatin] first. Fold(Fold(s)) == Fold(s). It is safe for
// concurrent use.
func Fold(s string) string {
	if out, ok := foldASCII(s); ok {
		return out
	}
	// The same steps as the NewFolder chain, rune by rune, without its buffers: a letter's
	// canonical decomposition (NFD) is its base letter followed by marks, and the marks go.
	buf := make([]byte, 0, len(s))
	var f letterFolder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= utf8.RuneSelf && r != utf8.RuneError {
			if w := width.LookupRune(r).Folded(); w != 0 {
				r = w // full-width Ｋ to K, half-width ﾖ to ヨ, as width.Fold does
			}
			// A decomposition that is not a letter with marks (a Hangul syllable) keeps the
			// rune: NFD and then NFC give it back.
			var enc [utf8.UTFMax]byte
			if d := norm.NFD.Properties(enc[:utf8.EncodeRune(enc[:], r)]).Decomposition(); len(d) > 0 {
				if base, n := utf8.DecodeRune(d); allMarks(d[n:]) && !unicode.Is(unicode.Mn, base) {
					r = base
				}
			}
			if unicode.Is(unicode.Mn, r) {
				i += size
				continue
			}
		}
		buf = f.appendRune(buf, r)
		i += size
	}
	return string(buf)
}

// allMarks reports whether b holds only combining marks (Mn).
func allMarks(b []byte) bool {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if !unicode.Is(unicode.Mn, r) {
			return false
		}
		b = b[n:]
	}
	return true
}

// foldASCII folds s without the transform chain when s is plain ASCII, which is most input.
// It reports false when s needs the full chain.
func foldASCII(s string) (string, bool) {
	clean := true // s is already folded
	space := true // at start, or after a space: a space here would be leading or doubled
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return "", false
		}
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '-':
			space = false
		case c == ' ' && !space:
			space = true
		default:
			clean = false
		}
	}
	if clean && !space {
		return s, true
	}
	if clean && len(s) == 0 {
		return s, true
	}
	buf := make([]byte, 0, len(s))
	var f letterFolder
	for i := 0; i < len(s); i++ {
		buf = f.appendRune(buf, rune(s[i]))
	}
	return string(buf), true
}

// letterFolder is the last step of the fold chain: case, special letters, apostrophes,
// punctuation to space, space collapsing and trimming. It holds back one pending space.
type letterFolder struct {
	pendingSpace bool // a space is owed before the next letter
	started      bool // some letter has been written
}

func (f *letterFolder) Reset() { *f = letterFolder{} }

// appendRune folds r and appends the result to dst.
func (f *letterFolder) appendRune(dst []byte, r rune) []byte {
	r = unicode.ToLower(r)
	kind, repl := classify(r)
	switch kind {
	case foldDrop:
		return dst
	case foldSpace:
		if f.started {
			f.pendingSpace = true
		}
		return dst
	}
	if f.pendingSpace {
		dst = append(dst, ' ')
		f.pendingSpace = false
	}
	f.started = true
	if kind == foldReplace {
		return append(dst, repl...)
	}
	return utf8.AppendRune(dst, r)
}

func (f *letterFolder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	var tmp [16]byte
	for nSrc < len(src) {
		r, size := utf8.DecodeRune(src[nSrc:])
		if r == utf8.RuneError && size == 1 && !atEOF && !utf8.FullRune(src[nSrc:]) {
			return nDst, nSrc, transform.ErrShortSrc
		}
		saved := *f
		out := f.appendRune(tmp[:0], r)
		if nDst+len(out) > len(dst) {
			*f = saved
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], out)
		nSrc += size
	}
	return nDst, nSrc, nil
}

type foldKind uint8

const (
	foldKeep    foldKind = iota // lower-case the letter and keep it
	foldReplace                 // write the replacement from data/fold.tsv
	foldDrop                    // write nothing (apostrophes, modifier letters, controls)
	foldSpace                   // a word boundary
)

// classify says what the fold does with r.
func classify(r rune) (foldKind, string) {
	if r < utf8.RuneSelf {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9', r == '-':
			return foldKeep, ""
		case 'A' <= r && r <= 'Z':
			return foldKeep, ""
		case r == '\'' || r == '`':
			return foldDrop, ""
		case r < ' ' || r == 0x7F:
			return foldSpace, ""
		}
		return foldSpace, ""
	}
	if repl, ok := specialLetters()[r]; ok {
		if repl == "" {
			return foldDrop, ""
		}
		return foldReplace, repl
	}
	switch {
	case r == utf8.RuneError:
		return foldKeep, ""
	case unicode.In(r, unicode.Lm, unicode.Sk), unicode.Is(unicode.Cf, r), isIgnorable(r):
		return foldDrop, "" // modifier letters (ʼ ʻ), format characters and every default-ignorable code point (ZWSP, soft hyphen, Hangul filler)
	case unicode.IsLetter(r), unicode.IsDigit(r), unicode.Is(unicode.Mn, r), unicode.Is(unicode.Mc, r):
		return foldKeep, ""
	case r == '\u2010' || r == '\u2011':
		return foldReplace, "-" // the Unicode hyphen and non-breaking hyphen, as in Ahmadi‑Moghaddam
	}
	return foldSpace, ""
}
