package translit

import (
	_ "embed"
	"fmt"
	"sync"
	"unicode/utf8"
)

// Korean: Revised Romanization of Korean (Ministry of Culture and Tourism notice 2000-8),
// worked out from the jamo of each syllable, with the sound changes between syllables that RR
// writes, and personal names (surname + given name) split off and spelled as the press does.

//go:embed rules/ko_names.tsv
var koNamesTSV string

func init() {
	register(Korean, scriptHangul, func() scheme {
		names := embedded(loadKONames())
		return hangulScheme{names: names}
	})
}

// Hangul syllables are 0xAC00 + (L*21 + V)*28 + T (Unicode 15, section 3.12).
const (
	hangulFirst = 0xAC00
	hangulLast  = 0xD7A3
	jamoV       = 21
	jamoT       = 28
)

// RR tables 1 and 2: initial consonants (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ) and
// vowels (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ) in Unicode order.
var (
	rrInitial = [19]string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
	rrVowel   = [jamoV]string{"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"}
)

// Initial consonant indexes used by the sound-change rules.
const (
	iG, iN, iD, iR, iM, iB, iS, iSS, iNone, iJ, iCh, iK, iT, iP, iH = 0, 2, 3, 5, 6, 7, 9, 10, 11, 12, 14, 15, 16, 17, 18
)

// rrFinal describes a final consonant (batchim): how it sounds before a consonant or at the end
// of a word (RR: ㄱ ㄲ ㅋ k; ㄷ ㅅ ㅆ ㅈ ㅊ ㅌ ㅎ t; ㅂ ㅍ p; ㄹ l), and, before a vowel, the part
// that stays and the initial it becomes in the next syllable (liaison: 한국어 Hangugeo).
type rrFinal struct {
	coda  string // k n t l m p ng
	keep  string // written before a vowel
	moves int    // initial index it becomes before a vowel, or -1
}

var rrFinals = [jamoT]rrFinal{
	{"", "", -1},
	{"k", "", iG},    // ㄱ
	{"k", "", 1},     // ㄲ
	{"k", "k", iS},   // ㄳ
	{"n", "", iN},    // ㄴ
	{"n", "n", iJ},   // ㄵ
	{"n", "", iN},    // ㄶ (ㅎ silent before a vowel)
	{"t", "", iD},    // ㄷ
	{"l", "", iR},    // ㄹ
	{"k", "l", iG},   // ㄺ
	{"m", "l", iM},   // ㄻ
	{"l", "l", iB},   // ㄼ
	{"l", "l", iS},   // ㄽ
	{"l", "l", iT},   // ㄾ
	{"p", "l", iP},   // ㄿ
	{"l", "", iR},    // ㅀ
	{"m", "", iM},    // ㅁ
	{"p", "", iB},    // ㅂ
	{"p", "p", iS},   // ㅄ
	{"t", "", iS},    // ㅅ
	{"t", "", iSS},   // ㅆ
	{"ng", "ng", -1}, // ㅇ
	{"t", "", iJ},    // ㅈ
	{"t", "", iCh},   // ㅊ
	{"k", "", iK},    // ㅋ
	{"t", "", iT},    // ㅌ
	{"p", "", iP},    // ㅍ
	{"t", "", iNone}, // ㅎ (silent before a vowel)
}

// Final indexes used by the rules.
const (
	tD, tNH, tLH, tLT, tH, tT = 7, 6, 15, 13, 27, 25
)

type syllable struct{ l, v, t int }

func decompose(r rune) (syllable, bool) {
	if r < hangulFirst || r > hangulLast {
		return syllable{}, false
	}
	s := int(r - hangulFirst)
	return syllable{l: s / (jamoV * jamoT), v: s / jamoT % jamoV, t: s % jamoT}, true
}

// rrBoundary returns how the final t of one syllable and the initial l of the next are written,
// given the next syllable's vowel v (RR article 1 of section 3: sound changes).
func rrBoundary(t, l, v int) (coda, onset string) {
	f := rrFinals[t]
	switch {
	case t == 0:
		return "", rrInitial[l]
	case l == iNone: // liaison: the final opens the next syllable
		switch {
		case t == tD && v == 20: // palatalization: 굳이 guji
			return "", "j"
		case t == tT && v == 20: // 같이 gachi
			return "", "ch"
		case t == tLT && v == 20:
			return "l", "ch"
		case f.moves < 0:
			return f.keep, ""
		}
		return f.keep, rrInitial[f.moves]
	case t == tH || t == tNH || t == tLH: // ㅎ aspirates the next ㄱ ㄷ ㅈ (놓고 noko)
		keep := rrFinals[t].keep
		if t == tLH {
			keep = "l"
		}
		switch l {
		case iG:
			return keep, "k"
		case iD:
			return keep, "t"
		case iJ:
			return keep, "ch"
		case iS:
			return keep, "ss"
		case iN:
			if t == tLH {
				return "l", "l"
			}
			return "n", "n"
		}
	case l == iN || l == iM: // nasalization: 백마 Baengma, 밥물 bammul
		switch f.coda {
		case "k":
			return "ng", rrInitial[l]
		case "t":
			return "n", rrInitial[l]
		case "p":
			return "m", rrInitial[l]
		case "l":
			if l == iN { // 설날 Seollal
				return "l", "l"
			}
		}
	case l == iR:
		switch f.coda {
		case "l", "n": // 신라 Silla, 별래 byeollae
			return "l", "l"
		case "m", "ng": // 종로 Jongno
			return f.coda, "n"
		case "k": // 백리 Baengni
			return "ng", "n"
		case "p": // 협력 hyeomnyeok
			return "m", "n"
		case "t":
			return "n", "n"
		}
	}
	// Otherwise RR writes each sound as it is; ㅎ after ㄱ ㄷ ㅂ in nouns stays h (묵호 Mukho),
	// and tensing is not written.
	return f.coda, rrInitial[l]
}

// koNames is the name table: surnames with their press spelling and words spelled whole.
type koNames struct {
	surnames map[string]string // surname syllable(s) → press spelling
	words    map[string]string // whole word → spelling; never split as a name
}

var loadKONames = sync.OnceValues(func() (koNames, error) {
	return parseKONames("rules/ko_names.tsv", koNamesTSV)
})

// parseKONames reads a table with the columns hangul, latin and kind (surname or word).
func parseKONames(file, data string) (koNames, error) {
	rows, err := readNameTSV(file, data, "hangul", "latin", "kind")
	if err != nil {
		return koNames{}, err
	}
	names := koNames{surnames: map[string]string{}, words: map[string]string{}}
	for _, row := range rows {
		var m map[string]string
		switch row.fields[2] {
		case "surname":
			m = names.surnames
			if n := utf8.RuneCountInString(row.fields[0]); n > 2 {
				return koNames{}, fmt.Errorf("%s:%d: hangul: surname %q has %d syllables, want 1 or 2", file, row.line, row.fields[0], n)
			}
		case "word":
			m = names.words
		default:
			return koNames{}, fmt.Errorf("%s:%d: kind: %q is neither surname nor word", file, row.line, row.fields[2])
		}
		for _, r := range row.fields[0] {
			if r < hangulFirst || r > hangulLast {
				return koNames{}, fmt.Errorf("%s:%d: hangul: %q is not all Hangul syllables", file, row.line, row.fields[0])
			}
		}
		if _, dup := m[row.fields[0]]; dup {
			return koNames{}, fmt.Errorf("%s:%d: hangul: duplicate %s %q", file, row.line, row.fields[2], row.fields[0])
		}
		m[row.fields[0]] = row.fields[1]
	}
	return names, nil
}

type hangulScheme struct{ names koNames }

// placeSuffix reports whether a word ending in syllable r is more likely a place than a given
// name: 도 province, 시 city, 군 county, 구 district, 동 neighbourhood, 로/길 street, 역 station,
// 대 university, 당 party, 국 country...
func placeSuffix(r rune) bool {
	switch r {
	case '도', '시', '군', '구', '동', '읍', '면', '리', '로', '길', '역', '항', '섬', '산', '강', '천', '교', '사', '대', '당', '국':
		return true
	}
	return false
}

func (sc hangulScheme) appendWord(dst []byte, word []rune) []byte {
	var kb [4 * maxWordRunes]byte
	key := kb[:0]
	allSyllables := true
	for _, r := range word {
		key = utf8.AppendRune(key, r)
		if r < hangulFirst || r > hangulLast {
			allSyllables = false
		}
	}
	if v, ok := sc.names.words[string(key)]; ok {
		return append(dst, v...)
	}
	// A word of 3 or 4 syllables that starts with a surname and leaves a given name of 1 or 2
	// syllables is a name (the 2-syllable 서울 and 부산 are never split): the
	// surname in its press spelling, the given name as one word, syllable by syllable, as RR
	// writes personal names (no sound changes across syllables: 윤석열 Yun Seokyeol).
	if allSyllables && (len(word) == 3 || len(word) == 4) && !placeSuffix(word[len(word)-1]) && !foreignSpelling(word[1:]) {
		for n := 2; n >= 1; n-- { // a two-syllable surname first: 황보관 Hwangbo Gwan
			if g := len(word) - n; g < 1 || g > 2 { // given names have 1 or 2 syllables
				continue
			}
			var sb [2 * utf8.UTFMax]byte
			sk := utf8.AppendRune(sb[:0], word[0])
			if n == 2 {
				sk = utf8.AppendRune(sk, word[1])
			}
			sur, ok := sc.names.surnames[string(sk)]
			if !ok {
				continue
			}
			dst = append(dst, sur...)
			dst = append(dst, ' ')
			start := len(dst)
			for _, r := range word[n:] {
				s, _ := decompose(r)
				dst = append(dst, rrInitial[s.l]...)
				dst = append(dst, rrVowel[s.v]...)
				dst = append(dst, rrFinals[s.t].coda...)
			}
			capitalizeASCII(dst, start)
			return dst
		}
	}
	start := len(dst)
	dst = appendHangul(dst, word)
	capitalizeASCII(dst, start)
	return dst
}

// appendHangul writes word by RR with the sound changes between syllables. Jamo that stand
// alone (not in a syllable) are written by their RR letter; other runes are left out.
func appendHangul(dst []byte, word []rune) []byte {
	for i := 0; i < len(word); i++ {
		s, ok := decompose(word[i])
		if !ok {
			dst = append(dst, jamoLatin(word[i])...)
			continue
		}
		if i == 0 || !isSyllable(word[i-1]) {
			dst = append(dst, rrInitial[s.l]...)
		}
		dst = append(dst, rrVowel[s.v]...)
		if i+1 < len(word) {
			if next, ok := decompose(word[i+1]); ok {
				coda, onset := rrBoundary(s.t, next.l, next.v)
				dst = append(dst, coda...)
				dst = append(dst, onset...)
				continue
			}
		}
		dst = append(dst, rrFinals[s.t].coda...)
	}
	return dst
}

func isSyllable(r rune) bool { return r >= hangulFirst && r <= hangulLast }

// compatConsonant spells the compatibility jamo ㄱ (U+3131) to ㅎ (U+314E) as an initial
// would be spelled (clusters by their first sound).
var compatConsonant = [30]string{
	"g", "kk", "k", "n", "n", "n", "d", "tt", "r", "l", "l", "l", "l", "l", "l", "l",
	"m", "b", "pp", "p", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h",
}

// jamoLatin spells a jamo that stands outside a syllable.
func jamoLatin(r rune) string {
	switch {
	case r >= 0x3131 && r <= 0x314E:
		return compatConsonant[r-0x3131]
	case r >= 0x314F && r <= 0x3163:
		return rrVowel[r-0x314F]
	case r >= 0x1100 && r <= 0x1112:
		return rrInitial[r-0x1100]
	case r >= 0x1161 && r <= 0x1175:
		return rrVowel[r-0x1161]
	case r >= 0x11A8 && r <= 0x11C2:
		return rrFinals[r-0x11A8+1].coda
	}
	return ""
}

// foreignSpelling reports whether syllables hold one with the vowel ㅡ and no final (크 keu, 스
// seu, 르 reu): Hangul writes a consonant of a foreign name that no vowel follows so (마크롱
// Makeurong, Macron; 오르반 Oreuban, Orban), and Korean given names hardly ever have one, so
// such a word is not split into surname and given name.
func foreignSpelling(syllables []rune) bool {
	for _, r := range syllables {
		if s, ok := decompose(r); ok && s.v == 18 && s.t == 0 { // ㅡ is vowel 18
			return true
		}
	}
	return false
}
