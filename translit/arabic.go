package translit

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Arabic and Persian: a consonant skeleton with the vowel letters read as vowels, short vowels
// taken from harakat where the text has them and guessed where it has none, and whole known
// name words (rules/ar_names.tsv) replaced by their common press spelling first.

//go:embed rules/ar_names.tsv
var arNamesTSV string

func init() {
	register(Arabic, scriptArabic, func() scheme { return newArabicScheme(false) })
	register(Persian, scriptArabic, func() scheme { return newArabicScheme(true) })
}

// detectArabic tells Persian from Arabic: s is Persian when it has a letter that Persian
// writes and Arabic does not (پ چ ژ گ, Persian kaf ک, Persian yeh ی), else Arabic.
func detectArabic(s string) Standard {
	for _, r := range s {
		switch r {
		case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی':
			return Persian
		}
	}
	return Arabic
}

// arNames holds the name words of rules/ar_names.tsv by language, keyed by arabicKey.
type arNames struct{ ar, fa map[string]string }

var loadARNames = sync.OnceValues(func() (arNames, error) {
	return parseARNames("rules/ar_names.tsv", arNamesTSV)
})

// parseARNames reads a table with the columns lang (ar or fa), arabic and latin.
func parseARNames(file, data string) (arNames, error) {
	rows, err := readNameTSV(file, data, "lang", "arabic", "latin")
	if err != nil {
		return arNames{}, err
	}
	names := arNames{ar: map[string]string{}, fa: map[string]string{}}
	var key []byte
	for _, row := range rows {
		var m map[string]string
		switch row.fields[0] {
		case "ar":
			m = names.ar
		case "fa":
			m = names.fa
		default:
			return arNames{}, fmt.Errorf("%s:%d: lang: %q is neither ar nor fa", file, row.line, row.fields[0])
		}
		key = arabicKey(key[:0], []rune(row.fields[1]))
		if len(key) == 0 || !isArabicScriptText(row.fields[1]) {
			return arNames{}, fmt.Errorf("%s:%d: arabic: %q is not a word in Arabic script", file, row.line, row.fields[1])
		}
		if _, dup := m[string(key)]; dup {
			return arNames{}, fmt.Errorf("%s:%d: arabic: duplicate word %q", file, row.line, row.fields[1])
		}
		m[string(key)] = row.fields[2]
	}
	return names, nil
}

func isArabicScriptText(s string) bool {
	for _, r := range s {
		if scriptOf(r) != scriptArabic && r != zwnj && !isArabicMark(r) {
			return false
		}
	}
	return true
}

// tsvRow is one data row of an embedded table with the line it came from.
type tsvRow struct {
	line   int
	fields []string
}

// readNameTSV reads an embedded UTF-8 table: lines starting with '#' and blank lines are
// skipped, the first other line must be the header, and every row has exactly as many
// non-empty tab-separated fields. Errors name file, line and field.
func readNameTSV(file, data string, header ...string) ([]tsvRow, error) {
	var rows []tsvRow
	sawHeader := false
	for n, line := range strings.Split(data, "\n") {
		n++
		line = strings.TrimSuffix(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !utf8.ValidString(line) {
			return nil, fmt.Errorf("%s:%d: invalid UTF-8", file, n)
		}
		fields := strings.Split(line, "\t")
		if !sawHeader {
			if strings.Join(fields, "\t") != strings.Join(header, "\t") {
				return nil, fmt.Errorf("%s:%d: header: got %q, want %q", file, n, line, strings.Join(header, "\t"))
			}
			sawHeader = true
			continue
		}
		if len(fields) != len(header) {
			return nil, fmt.Errorf("%s:%d: %d fields, want %d", file, n, len(fields), len(header))
		}
		for i, f := range fields {
			if strings.TrimSpace(f) != f || f == "" {
				return nil, fmt.Errorf("%s:%d: %s: empty or padded field %q", file, n, header[i], f)
			}
		}
		rows = append(rows, tsvRow{line: n, fields: fields})
	}
	if !sawHeader {
		return nil, fmt.Errorf("%s: no header line", file)
	}
	return rows, nil
}

// arabicScheme romanizes Arabic (persian false) or Persian (persian true) words.
type arabicScheme struct {
	persian bool
	own     map[string]string // name words of the scheme's language
	other   map[string]string // name words of the other language, tried second
}

func newArabicScheme(persian bool) scheme {
	names := embedded(loadARNames())
	if persian {
		return &arabicScheme{persian: true, own: names.fa, other: names.ar}
	}
	return &arabicScheme{own: names.ar, other: names.fa}
}

// isArabicMark reports whether r is a combining mark of the Arabic script (harakat, Quranic
// annotation signs).
func isArabicMark(r rune) bool {
	return (r >= 0x610 && r <= 0x61A) || (r >= 0x64B && r <= 0x65F) || r == 0x670 ||
		(r >= 0x6D6 && r <= 0x6ED && r != 0x6E5 && r != 0x6E6)
}

// arabicLetters copies word into buf with presentation forms decomposed (ﻻ → لا, ﷲ → الله),
// tatweel dropped and runes of other scripts left out, keeping at most len(buf) runes.
func arabicLetters(buf []rune, word []rune) []rune {
	out := buf[:0]
	var enc [utf8.UTFMax]byte
	for _, r := range word {
		switch {
		case r == 0x640: // tatweel only stretches the line
			continue
		case (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFF):
			n := utf8.EncodeRune(enc[:], r)
			d := norm.NFKC.Properties(enc[:n]).Decomposition()
			for len(d) > 0 {
				dr, size := utf8.DecodeRune(d)
				d = d[size:]
				if (scriptOf(dr) == scriptArabic || isArabicMark(dr)) && len(out) < cap(out) {
					out = append(out, dr)
				}
			}
			continue
		case scriptOf(r) != scriptArabic && !isArabicMark(r) && r != zwnj:
			continue
		}
		if len(out) < cap(out) {
			out = append(out, r)
		}
	}
	return out
}

// arabicKey appends the lookup key of letters: marks, ZWNJ and tatweel left out, alef forms
// folded to ا, ى and ی to ي, ک to ك, ة and ۀ to ه, so that أحمد and احمد, أسامة and اسامه meet.
func arabicKey(dst []byte, letters []rune) []byte {
	for _, r := range letters {
		switch {
		case isArabicMark(r), r == zwnj, r == 0x640:
			continue
		case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
			r = 'ا'
		case r == 'ى', r == 'ی':
			r = 'ي'
		case r == 'ک':
			r = 'ك'
		case r == 'ة', r == 'ۀ', r == 'ھ', r == 'ہ':
			r = 'ه'
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// lookup returns the press spelling of the name word letters, own language first.
func (sc *arabicScheme) lookup(letters []rune) (string, bool) {
	var kb [4 * maxWordRunes]byte
	key := arabicKey(kb[:0], letters)
	if len(key) == 0 {
		return "", false
	}
	if v, ok := sc.own[string(key)]; ok {
		return v, true
	}
	v, ok := sc.other[string(key)]
	return v, ok
}

func (sc *arabicScheme) appendWord(dst []byte, word []rune) []byte {
	var lb [4 * maxWordRunes]rune
	letters := arabicLetters(lb[:], word)
	if v, ok := sc.lookup(letters); ok {
		return append(dst, v...)
	}
	start := len(dst)
	// The article ال is written "al-" before the name it defines (press: al-Assad), with no
	// assimilation to sun letters (not ad-Din, as-Sadr).
	if rest, ok := cutPrefix(letters, 'ا', 'ل'); ok && letterCount(rest) >= 2 {
		dst = append(dst, "al-"...)
		return sc.appendStem(dst, rest, true)
	}
	if rest, ok := cutPrefix(letters, 'ٱ', 'ل'); ok && letterCount(rest) >= 2 {
		dst = append(dst, "al-"...)
		return sc.appendStem(dst, rest, true)
	}
	// عبد + article joined into one word (عبدالعزيز) is written as one word "Abdul…", the
	// commonest press form of such names (Abdulaziz, Abdulrahman).
	if rest, ok := cutPrefix(letters, 'ع', 'ب', 'د', 'ا', 'ل'); ok && letterCount(rest) >= 2 {
		dst = append(dst, "Abdul"...)
		mid := len(dst)
		dst = sc.appendStem(dst, rest, false)
		lowerASCIIAt(dst, mid)
		return dst
	}
	dst = sc.appendStem(dst, letters, false)
	capitalizeASCII(dst, start)
	return dst
}

// appendStem writes letters as a name word: from the table if known, else by rule;
// capitalised when capital is set.
func (sc *arabicScheme) appendStem(dst []byte, letters []rune, capital bool) []byte {
	start := len(dst)
	if v, ok := sc.lookup(letters); ok {
		dst = append(dst, v...)
	} else {
		var tb [2 * maxWordRunes]abjadTok // enough for a word; a longer run of presentation forms grows it
		toks := sc.tokens(tb[:0], letters)
		if sc.persian {
			dst = appendAbjad(dst, toks, "a", "e")
		} else {
			dst = appendAbjad(dst, toks, "a", "i")
		}
	}
	if capital {
		capitalizeASCII(dst, start)
	}
	return dst
}

// cutPrefix reports whether letters (marks skipped) start with prefix and returns the rest.
func cutPrefix(letters []rune, prefix ...rune) ([]rune, bool) {
	i := 0
	for _, p := range prefix {
		for i < len(letters) && isArabicMark(letters[i]) {
			i++
		}
		if i >= len(letters) || letters[i] != p {
			return nil, false
		}
		i++
	}
	for i < len(letters) && isArabicMark(letters[i]) {
		i++
	}
	return letters[i:], true
}

func letterCount(letters []rune) int {
	n := 0
	for _, r := range letters {
		if !isArabicMark(r) && r != zwnj {
			n++
		}
	}
	return n
}

// arabicConsonant returns the Latin spelling of a letter that is always a consonant, and
// whether r is one. Letters that are silent in press spellings (ع, hamza) give "".
func (sc *arabicScheme) arabicConsonant(r rune) (string, bool) {
	switch r {
	case 'ب':
		return "b", true
	case 'ت', 'ط', 'ٹ':
		return "t", true
	case 'ث':
		if sc.persian {
			return "s", true
		}
		return "th", true
	case 'ج':
		return "j", true
	case 'ح', 'ھ':
		return "h", true
	case 'خ':
		return "kh", true
	case 'د', 'ڈ':
		return "d", true
	case 'ذ':
		if sc.persian {
			return "z", true
		}
		return "dh", true
	case 'ر', 'ڑ':
		return "r", true
	case 'ز', 'ظ':
		return "z", true
	case 'س', 'ص':
		return "s", true
	case 'ش':
		return "sh", true
	case 'ض':
		if sc.persian {
			return "z", true
		}
		return "d", true
	case 'ع', 'ء', 'ؤ', 'ئ', 'أ', 'إ':
		return "", true
	case 'غ':
		return "gh", true
	case 'ف':
		return "f", true
	case 'ق':
		return "q", true
	case 'ك', 'ک':
		return "k", true
	case 'گ':
		return "g", true
	case 'ل':
		return "l", true
	case 'م':
		return "m", true
	case 'ن', 'ں':
		return "n", true
	case 'پ':
		return "p", true
	case 'چ':
		return "ch", true
	case 'ژ':
		return "zh", true
	case 'ڤ':
		return "v", true
	}
	return "", false
}

// harakaVowel returns the vowel a haraka writes.
func (sc *arabicScheme) harakaVowel(r rune) (string, bool) {
	switch r {
	case 0x64E: // fatha
		return "a", true
	case 0x670: // superscript alef
		return "a", true
	case 0x64F: // damma
		if sc.persian {
			return "o", true
		}
		return "u", true
	case 0x650: // kasra
		if sc.persian {
			return "e", true
		}
		return "i", true
	}
	return "", false
}

// marksAt returns what the marks from letters[i] on say: a vowel, a sukun, a shadda, and the
// index after them.
func (sc *arabicScheme) marksAt(letters []rune, i int) (vowel string, sukun, shadda bool, end int) {
	for ; i < len(letters) && isArabicMark(letters[i]); i++ {
		switch r := letters[i]; r {
		case 0x652:
			sukun = true
		case 0x651:
			shadda = true
		default:
			if v, ok := sc.harakaVowel(r); ok {
				vowel = v
			}
		}
	}
	return vowel, sukun, shadda, i
}

// nextLetter returns the first letter at or after i that is not a mark, or 0.
func nextLetter(letters []rune, i int) rune {
	for ; i < len(letters); i++ {
		if !isArabicMark(letters[i]) {
			return letters[i]
		}
	}
	return 0
}

func isAlef(r rune) bool { return r == 'ا' || r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ' }

// tokens splits letters into consonants and vowels.
func (sc *arabicScheme) tokens(toks []abjadTok, letters []rune) []abjadTok {
	atStart := true
	for i := 0; i < len(letters); {
		r := letters[i]
		if r == zwnj {
			toks = append(toks, abjadTok{kind: tokBreak})
			atStart = true
			i++
			continue
		}
		if isArabicMark(r) { // a mark with no letter before it
			i++
			continue
		}
		vowel, sukun, shadda, end := sc.marksAt(letters, i+1)
		next := nextLetter(letters, end)
		prevVowel := len(toks) > 0 && (toks[len(toks)-1].kind == tokVowel || toks[len(toks)-1].kind == tokLongA)
		atEnd := next == 0 || next == zwnj
		t := abjadTok{double: shadda, closed: sukun}
		switch {
		case atStart && isAlef(r):
			// Word-initial alef carries the first vowel: ا+ي and إ+ي → i (Iran), but أ+ي
			// → ay (Ayman); ا+و → u (Persian o); إ → i (Persian e); else a. A haraka wins.
			t.kind = tokVowel
			switch {
			case vowel != "":
				t.s = vowel
			case (next == 'ي' || next == 'ی') && r != 'أ' && !sc.vowelLetterFollows(letters, end):
				t.s = "i"
				_, _, _, end = sc.marksAt(letters, skipLetter(letters, end))
			case next == 'و' && !sc.vowelLetterFollows(letters, end):
				t.s = "u"
				if sc.persian {
					t.s = "o"
				}
				_, _, _, end = sc.marksAt(letters, skipLetter(letters, end))
			case r == 'إ' && sc.persian:
				t.s = "e"
			case r == 'إ':
				t.s = "i"
			default:
				t.s = "a"
			}
			toks = append(toks, t)
			i = end
			atStart = false
			continue
		case r == 'ا' || r == 'آ' || r == 'ٱ':
			t = abjadTok{s: "a", kind: tokLongA}
		case r == 'ھ' && len(toks) > 0 && toks[len(toks)-1].kind == tokCons && toks[len(toks)-1].s != "" && toks[len(toks)-1].s != "h" &&
			!toks[len(toks)-1].closed && vowel == "":
			// Urdu's do-chashmi he after a consonant is its aspiration, one sound with it:
			// بھٹو Bhutto, بھارت Bharat, چھ chh, not Bahtu.
			toks[len(toks)-1].s += "h"
			i = end
			atStart = false
			continue
		case r == 'ي' || r == 'ی' || (r == 'ى' && sc.persian):
			if atStart || vowel != "" || shadda || prevVowel {
				t.s, t.kind = "y", tokCons
			} else {
				t.s, t.kind = "i", tokVowel
			}
		case r == 'ى':
			// Alef maksura is final a (Musa, Mustafa), but after ā and a consonant it stands
			// for the final yeh of a nisba (حقانى Haqani).
			t.s, t.kind = "a", tokVowel
			if n := len(toks); n >= 2 && toks[n-1].kind == tokCons && toks[n-2].kind == tokLongA {
				t.s = "i"
			}
		case r == 'و':
			w := "w"
			if sc.persian {
				w = "v"
			}
			switch {
			case sc.persian && next == 'ا' && len(toks) > 0 && toks[len(toks)-1].s == "kh":
				i = end // Persian خوا is khā: the vav is silent (خواجه)
				continue
			case atStart || vowel != "" || shadda || prevVowel || next == 'ا':
				t.s, t.kind = w, tokCons
			case len(toks) == 1 && toks[0].kind == tokCons && toks[0].s == "" && !atEnd:
				// After a word-initial ع the vav is the consonant of a diphthong: the ع
				// carries the vowel (العولقي al-Awlaqi, عوض Awad, عون Awn).
				t.s, t.kind = w, tokCons
			default:
				t.s, t.kind = "u", tokVowel
			}
		case r == 'ة' || r == 'ۃ':
			t = abjadTok{s: "a", kind: tokVowel}
		case r == 'ۀ':
			t = abjadTok{s: "e", kind: tokVowel}
		case r == 'ے':
			t = abjadTok{s: "e", kind: tokVowel}
		case (r == 'ه' || r == 'ہ') && atEnd && !atStart && !prevVowel && vowel == "":
			// A final he after a consonant is a vowel: Persian e (eh at the end of the word:
			// Fatemeh), Arabic a (a tā' marbūṭa written without dots: اسامه).
			t.kind = tokVowel
			switch {
			case !sc.persian || r == 'ہ':
				// Urdu writes its final a with the heh goal ہ, which Persian does not use
				// (ملالہ Malala, پٹنہ Patna, کوئٹہ Quetta).
				t.s = "a"
			case next == zwnj:
				t.s = "e"
			default:
				t.s = "eh"
			}
		case r == 'ه' || r == 'ہ':
			t.s, t.kind = "h", tokCons
		default:
			s, ok := sc.arabicConsonant(r)
			if !ok {
				i = end // a letter with no reading here is left out
				continue
			}
			t.s, t.kind = s, tokCons
		}
		if t.kind != tokCons {
			t.double, t.closed = false, false
			// A haraka before the vowel letter of the same vowel is not written twice
			// (بَغْدَاد Baghdad, not Baghdaad).
			if n := len(toks); n > 0 && toks[n-1].mark && toks[n-1].s != "" && t.s != "" && toks[n-1].s[0] == t.s[0] {
				toks = toks[:n-1]
			}
		}
		toks = append(toks, t)
		if vowel != "" && t.kind == tokCons {
			toks = append(toks, abjadTok{s: vowel, kind: tokVowel, mark: true})
		}
		i = end
		atStart = false
	}
	return toks
}

// vowelLetterFollows reports whether the letter after the one at i is a vowel letter or has
// a haraka, which makes the letter at i a consonant (ايا, ايو).
func (sc *arabicScheme) vowelLetterFollows(letters []rune, i int) bool {
	vowel, _, shadda, end := sc.marksAt(letters, skipLetter(letters, i))
	if vowel != "" || shadda {
		return true
	}
	switch nextLetter(letters, end) {
	case 'ا', 'و', 'ي', 'ی', 'ى':
		return true
	}
	return false
}

// skipLetter returns the index after the letter at i (marks after it not skipped).
func skipLetter(letters []rune, i int) int {
	for i < len(letters) && isArabicMark(letters[i]) {
		i++
	}
	if i < len(letters) {
		i++
	}
	return i
}

// abjadTok is one sound of a word in a consonantal script.
type abjadTok struct {
	s      string  // Latin spelling; "" for a silent consonant (ع, hamza, א)
	kind   tokKind //
	double bool    // shadda or dagesh: a doubled consonant
	closed bool    // sukun or silent shva: no vowel follows
	mark   bool    // a vowel written by a mark (haraka, niqqud), not a letter
}

type tokKind uint8

const (
	tokCons  tokKind = iota // consonant
	tokVowel                // written vowel (a vowel letter or a vowel mark)
	tokLongA                // ā written with alef after a consonant
	tokBreak                // ZWNJ: the end of one part of a compound word
)

// appendAbjad writes toks, inserting a short vowel where the script writes none: after a
// word-initial consonant or one that follows another consonant when a consonant comes
// next (no cluster opens a syllable: حسن Hasan, أحمد Ahmad), and before a word-final
// consonant that follows another (Hasan, not Hasn). The inserted vowel is def, or afterLong
// when the two final consonants follow ā (the fāʿil pattern: خالد Khalid).
func appendAbjad(dst []byte, toks []abjadTok, def, afterLong string) []byte {
	prevVowel, prevLong := false, false
	for i := range toks {
		t := toks[i]
		switch t.kind {
		case tokBreak:
			prevVowel, prevLong = false, false
			continue
		case tokVowel, tokLongA:
			dst = append(dst, t.s...)
			prevVowel, prevLong = true, t.kind == tokLongA
			continue
		}
		dst = append(dst, t.s...)
		if t.double && len(t.s) == 1 {
			dst = append(dst, t.s...)
		}
		if t.closed || i+1 >= len(toks) || toks[i+1].kind != tokCons {
			prevVowel, prevLong = false, false
			continue
		}
		final := i+2 == len(toks) || toks[i+2].kind == tokBreak
		if !prevVowel || t.double || final {
			if final && prevLong {
				dst = append(dst, afterLong...)
			} else {
				dst = append(dst, def...)
			}
			prevVowel, prevLong = true, false
			continue
		}
		prevVowel, prevLong = false, false
	}
	return dst
}

// capitalizeASCII upper-cases the first ASCII letter in dst[start:] if it is the first byte
// of that output (names read as names: Baghdad).
func capitalizeASCII(dst []byte, start int) {
	if start < len(dst) && dst[start] >= 'a' && dst[start] <= 'z' {
		dst[start] -= 'a' - 'A'
	}
}

// lowerASCIIAt lower-cases the ASCII letter at dst[i], if there is one.
func lowerASCIIAt(dst []byte, i int) {
	if i < len(dst) && dst[i] >= 'A' && dst[i] <= 'Z' {
		dst[i] += 'a' - 'A'
	}
}
