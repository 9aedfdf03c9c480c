package translit

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isIgnorable reports whether r has the Unicode property Default_Ignorable_Code_Point, derived
// as DerivedCoreProperties.txt (Unicode 15.0) derives it: Other_Default_Ignorable_Code_Point,
// format characters (Cf) and variation selectors, less white space, the interlinear annotation
// characters U+FFF9–U+FFFB, the Egyptian hieroglyph format characters U+13430–U+13440 and the
// prepended concatenation marks. TestIgnorableMatchesUnicodeData checks it against that file.
func isIgnorable(r rune) bool {
	switch {
	case r < 0xAD:
		return false
	case 0xFFF9 <= r && r <= 0xFFFB, 0x13430 <= r && r <= 0x13440:
		return false
	case unicode.Is(unicode.White_Space, r), unicode.Is(unicode.Prepended_Concatenation_Mark, r):
		return false
	}
	return unicode.In(r, unicode.Other_Default_Ignorable_Code_Point, unicode.Cf, unicode.Variation_Selector)
}

// StripIgnorable returns s without its default-ignorable code points (Unicode property
// Default_Ignorable_Code_Point): the invisible characters that carry nothing in a name, such
// as ZERO WIDTH SPACE in Zelen\u200Bsky, the soft hyphen, WORD JOINER, the byte order mark,
// bidirectional controls, variation selectors and the Hangul fillers. It keeps ZERO WIDTH
// NON-JOINER (U+200C) and ZERO WIDTH JOINER (U+200D), which Persian and Indic words are
// spelled with (خامنه‌ای); [Fold] drops those too. Invalid UTF-8 is kept as it is. It is safe
// for concurrent use, and StripIgnorable(StripIgnorable(s)) == StripIgnorable(s).
//
// [Key], [Keys] and [KeyUnder] strip these characters before they romanize; [Fold] drops them.
func StripIgnorable(s string) string {
	i := ignorableIndex(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i >= 0 {
		b.WriteString(s[:i])
		_, size := utf8.DecodeRuneInString(s[i:])
		s = s[i+size:]
		i = ignorableIndex(s)
	}
	b.WriteString(s)
	return b.String()
}

// ignorableIndex returns the byte offset of the first code point StripIgnorable drops, or -1.
func ignorableIndex(s string) int {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != zwnj && r != zwj && isIgnorable(r) {
			return i
		}
		i += size
	}
	return -1
}

// zwj is ZERO WIDTH JOINER, which Indic scripts and emoji sequences write inside words.
const zwj = '\u200D'
