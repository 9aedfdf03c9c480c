package translit

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Readings: the other ways a name in a given script may be read, beside what ToLatin gives.

//go:embed rules/zh_palladius.tsv
var zhPalladiusTSV string

//go:embed rules/ko_kontsevich.tsv
var koKontsevichTSV string

// maxReadings caps how many readings Readings returns.
const maxReadings = 24

// Readings returns the romanizations of s: [ToLatin] of s first, then the other readings a
// name written as s may have, without repeats:
//   - Han characters read as Korean (Hanja: 文在寅 → Mun Jaein), from the Unihan kHangul
//     readings and Revised Romanization, with a Korean surname preferred for the first
//     character of a name (金 Kim, not Geum);
//   - a Korean personal name alone, in Hangul (or Hanja read as Korean), by McCune–Reischauer
//     without its diacritics (박정희 → Pak Chonghui, 김대중 → Kim Taejung) and by the
//     spellings the press gave Korean names before Revised Romanization (Park Chunghi for
//     Park Chung-hee, Kim Yungsam, Roh Taewu), from rules/ko_press.tsv, with the first of
//     two press spellings of a jamo (ㅈ ch, not j; ㅓ u, not o). Other Hangul has none (each
//     reading costs a resolver a lookup, and most Hangul words are no names): 개성 is not read
//     Kaesong, nor 박정희 대통령 Pak Chonghui;
//   - Han characters in Wade–Giles, as Taiwan's names and the older press write them, after
//     the Korean readings (卓榮泰 → Cho Jung-tai, 蔣萬安 → Chiang Wan-an; rules/zh_wadegiles.tsv);
//   - Thai as the English-language press and Thai families write names where they differ
//     from RTGS, with the r of Pali and Sanskrit spellings that RTGS leaves silent
//     (เศรษฐา Srettha, ชินวัตร Chinwatra) and ช as sh (Shinwatra); a Thai name written as
//     one word split into given name and family name (ทักษิณชินวัตร → Thaksin Chinwat);
//   - an Indic script (Devanagari … Malayalam) as the Indian English press writes names where
//     it departs from the Hunterian letters (rules/indic_press.tsv: హైదరాబాద్ Hyderabad,
//     ಮೈಸೂರು Mysuru, ಸಿದ್ದರಾಮಯ್ಯ Siddaramaiah);
//   - Cyrillic in which every word is a run of Palladius syllables, the Russian spelling of
//     Mandarin, read back as Hanyu Pinyin (Си Цзиньпин → Xi Jinping, Мао Цзэдун → Mao Zedong);
//   - Cyrillic in which every word is one to three Kontsevich syllables, the Russian spelling
//     of Korean, read back as Hangul and romanized (Пак Кын Хе → 박근혜 → Park Geunhye);
//     Kontsevich writes two Korean sounds with one letter (н for ㄴ and ㅇ, о for ㅓ and ㅗ),
//     so each such name has several readings: those with the fewest uncommon choices come
//     first (Ким Чен Ын → Kim Jeneun, …, Kim Jeongeun);
//   - Latin of two or three words, one at either end a Korean family name in RR, MR or a
//     press spelling and the others Korean syllables, with the other spellings of that family
//     name (rules/ko_surnames.tsv: Yi Jae-myeong → Lee Jae-myeong, Bak Geun-hye → Park
//     Geun-hye, Im Jong-seok → Lim Jong-seok);
//   - Latin in which every word is a run of Wade–Giles or Chinese Postal Map syllables and
//     some word is not pinyin as written, read as the pinyin it may stand for (Tientsin →
//     Tianjin, Tsingtao → Qingdao, Kweilin → Guilin; rules/zh_wadegiles.tsv): the
//     apostrophes these systems use for aspiration are seldom printed, so ching is both
//     jing and qing, and both are returned;
//   - Latin of two or three words that are runs of pinyin syllables in Wade–Giles, as
//     Taiwan's names are printed, each word's syllables joined (Zhuo Rongtai → Cho Jungtai;
//     rules/zh_wadegiles.tsv), so that a table that holds the Taiwanese spelling meets the
//     mainland one.
//
// These readings are guesses that a resolver may try when the first reading finds nothing;
// they never replace it. At most 24 are returned. It is safe for concurrent use.
func Readings(s string) []string {
	first := ToLatin(s)
	out := []string{first}
	add := func(r string) {
		if len(out) < maxReadings && r != "" {
			for _, o := range out {
				if o == r {
					return
				}
			}
			out = append(out, r)
		}
	}
	hasHan, hasCyr, hasThai, hasHangul, hasIndic, other := false, false, false, false, false, false
	for _, r := range s {
		switch sc := scriptOf(r); sc {
		case scriptDevanagari, scriptBengali, scriptGurmukhi, scriptGujarati, scriptTamil, scriptTelugu, scriptOriya, scriptKannada, scriptMalayalam:
			hasIndic, other = true, true
		case scriptHan:
			hasHan = true
		case scriptCyrillic:
			hasCyr = true
		case scriptThai:
			hasThai = true
		case scriptHangul:
			hasHangul, other = true, true
		default:
			other = other || sc != scriptNone && unicode.IsLetter(r)
		}
	}
	if !hasHan && !hasCyr && !hasThai && !other {
		for _, p := range koSurnameReadings(s) {
			add(p)
		}
		for _, p := range wadeGilesReadings(s, maxReadings-1) {
			add(p)
		}
		if p, ok := pinyinWadeGiles(s); ok {
			add(p)
		}
	}
	if hasIndic {
		if p, ok := indicPressReading(s); ok {
			add(p)
		}
	}
	if hasThai {
		for _, p := range thaiPressReadings(s) {
			add(p)
		}
		for _, p := range thaiNameSplits(s) {
			add(p)
		}
	}
	if hasHangul {
		for _, p := range koreanPressReadings(s) {
			add(p)
		}
	}
	if hasHan {
		hs := hanjaToHangul(s)
		for _, h := range hs {
			add(ToLatin(h))
		}
		for _, h := range hs {
			for _, p := range koreanPressReadings(h) {
				add(p)
			}
		}
		if p, ok := hanWadeGiles(s); ok {
			add(p)
		}
	}
	if hasCyr {
		if p, ok := palladiusReading(s); ok {
			add(p)
		}
		for _, k := range kontsevichReadings(s) {
			add(k)
		}
	}
	return out
}

// syllableTables holds the Palladius and Kontsevich tables.
type syllableTables struct {
	palladius map[string]string // Cyrillic syllable → pinyin
	maxPall   int               // longest Cyrillic syllable, in runes
	initials  map[string][]string
	vowels    map[string][]string
	finals    map[string][]string
}

var loadSyllableTables = sync.OnceValues(func() (*syllableTables, error) {
	st := &syllableTables{palladius: map[string]string{}, initials: map[string][]string{}, vowels: map[string][]string{}, finals: map[string][]string{}}
	const pf = "rules/zh_palladius.tsv"
	rows, err := readNameTSV(pf, zhPalladiusTSV, "cyrillic", "pinyin")
	if err != nil {
		return nil, err
	}
	for _, row := range rows {
		c := row.fields[0]
		for _, r := range c {
			if scriptOf(r) != scriptCyrillic || !unicode.IsLower(r) {
				return nil, fmt.Errorf("%s:%d: cyrillic: %q is not lower-case Cyrillic", pf, row.line, c)
			}
		}
		if _, dup := st.palladius[c]; dup {
			return nil, fmt.Errorf("%s:%d: cyrillic: duplicate syllable %q", pf, row.line, c)
		}
		st.palladius[c] = row.fields[1]
		st.maxPall = max(st.maxPall, utf8.RuneCountInString(c))
	}
	const kf = "rules/ko_kontsevich.tsv"
	rows, err = readNameTSV(kf, koKontsevichTSV, "part", "cyrillic", "jamo")
	if err != nil {
		return nil, err
	}
	for _, row := range rows {
		var m map[string][]string
		switch row.fields[0] {
		case "initial":
			m = st.initials
		case "vowel":
			m = st.vowels
		case "final":
			m = st.finals
		default:
			return nil, fmt.Errorf("%s:%d: part: %q is not initial, vowel or final", kf, row.line, row.fields[0])
		}
		if _, dup := m[row.fields[1]]; dup {
			return nil, fmt.Errorf("%s:%d: cyrillic: duplicate %s %q", kf, row.line, row.fields[0], row.fields[1])
		}
		alts := strings.Split(row.fields[2], "|")
		for _, a := range alts {
			if jamoIndex(row.fields[0], a) < 0 {
				return nil, fmt.Errorf("%s:%d: jamo: %q is not a Hangul %s", kf, row.line, a, row.fields[0])
			}
		}
		m[row.fields[1]] = alts
	}
	return st, nil
})

// cyrillicWords splits s into words at anything that is not a letter, and reports for each
// whether it is written in Cyrillic (lower-cased) or kept as it is.
func cyrillicWords(s string) (words []string, cyr []bool) {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) }) {
		isCyr := true
		for _, r := range w {
			if scriptOf(r) != scriptCyrillic {
				isCyr = false
				break
			}
		}
		if isCyr {
			w = strings.ToLower(w)
		}
		words = append(words, w)
		cyr = append(cyr, isCyr)
	}
	return words, cyr
}

// palladiusReading reads s as Russian Palladius spellings of Chinese syllables, word by word,
// each word split into the fewest syllables, and writes each word capitalized.
func palladiusReading(s string) (string, bool) {
	st, err := loadSyllableTables()
	if err != nil {
		return "", false
	}
	words, cyr := cyrillicWords(s)
	parts := make([]string, 0, len(words))
	any := false
	for i, w := range words {
		if !cyr[i] {
			parts = append(parts, ToLatin(w))
			continue
		}
		p, ok := st.splitPalladius([]rune(w))
		if !ok {
			p, ok = st.splitPalladius([]rune(strings.ReplaceAll(w, "ё", "е"))) // е written for ё
		}
		if !ok {
			return "", false
		}
		any = true
		parts = append(parts, capitalizeWord(p))
	}
	return strings.Join(parts, " "), any
}

// splitPalladius splits w into the fewest Palladius syllables (at most 4) and returns their
// pinyin joined, with the pinyin apostrophe before a, o, e inside the word.
func (st *syllableTables) splitPalladius(w []rune) (string, bool) {
	n := len(w)
	if n == 0 || n > 4*st.maxPall {
		return "", false
	}
	// best[i]: the fewest syllables covering w[:i], and where the last one starts.
	best := make([]int, n+1)
	from := make([]int, n+1)
	for i := 1; i <= n; i++ {
		best[i] = -1
		for j := max(0, i-st.maxPall); j < i; j++ {
			if best[j] < 0 {
				continue
			}
			if _, ok := st.palladius[string(w[j:i])]; ok && (best[i] < 0 || best[j]+1 < best[i]) {
				best[i], from[i] = best[j]+1, j
			}
		}
	}
	if best[n] < 0 || best[n] > 4 {
		return "", false
	}
	var sylls []string
	for i := n; i > 0; i = from[i] {
		sylls = append(sylls, st.palladius[string(w[from[i]:i])])
	}
	var b strings.Builder
	for i := len(sylls) - 1; i >= 0; i-- {
		if i < len(sylls)-1 && strings.IndexByte("aoe", sylls[i][0]) >= 0 {
			b.WriteByte('\'')
		}
		b.WriteString(sylls[i])
	}
	return b.String(), true
}

// kontsevichReadings reads s as Russian Kontsevich spellings of Korean syllables, word by
// word, and returns its readings in Hangul, romanized: the one with the first (most common)
// choice for every ambiguous letter, then those with one other choice, then two, and so on.
// A name of two to four syllables in all is written as one Hangul word, so that the Korean
// standard splits off the surname (Пак Кын Хе → 박근혜 → Park Geunhye).
func kontsevichReadings(s string) []string {
	st, err := loadSyllableTables()
	if err != nil {
		return nil
	}
	words, cyr := cyrillicWords(s)
	// sylls: per word, its syllables, each three parts with their alternatives.
	var sylls [][][3][]string
	total := 0
	for i, w := range words {
		if !cyr[i] {
			return nil
		}
		// ь only marks a final н before a vowel letter (Пхеньян): it is no part of a syllable
		// unless it softens a final л (Ёль).
		parts, ok := st.splitKontsevich([]rune(softSign.Replace(w)))
		if !ok {
			return nil
		}
		sylls = append(sylls, parts)
		total += len(parts)
	}
	if total == 0 {
		return nil
	}
	oneWord := total >= 2 && total <= 4
	type slot struct{ w, s, p int }
	var ambiguous []slot
	for w := range sylls {
		for si := range sylls[w] {
			for p := range 3 {
				if len(sylls[w][si][p]) > 1 {
					ambiguous = append(ambiguous, slot{w, si, p})
				}
			}
		}
	}
	choice := map[slot]int{}
	var out []string
	emit := func() {
		var b []rune
		for w := range sylls {
			if w > 0 && !oneWord {
				b = append(b, ' ')
			}
			for si, syl := range sylls[w] {
				var idx [3]int
				for p := range 3 {
					idx[p] = jamoIndex([...]string{"initial", "vowel", "final"}[p], syl[p][choice[slot{w, si, p}]])
				}
				b = append(b, rune(hangulFirst+(idx[0]*jamoV+idx[1])*jamoT+idx[2]))
			}
		}
		out = append(out, Korean.Romanize(string(b)))
	}
	// Readings with k uncommon choices, for k = 0, 1, 2, … until maxReadings.
	var pick func(k, from int) bool
	pick = func(k, from int) bool {
		if k == 0 {
			emit()
			return len(out) < maxReadings
		}
		for i := from; i < len(ambiguous); i++ {
			a := ambiguous[i]
			for c := 1; c < len(sylls[a.w][a.s][a.p]); c++ {
				choice[a] = c
				more := pick(k-1, i+1)
				delete(choice, a)
				if !more {
					return false
				}
			}
		}
		return true
	}
	for k := 0; k <= len(ambiguous) && pick(k, 0); k++ {
	}
	return out
}

// The compatibility jamo in the order of the Hangul syllable formula (Unicode 15, 3.12).
var (
	jamoInitials = []rune("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
	jamoVowels   = []rune("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")
	jamoFinals   = []rune("\x00ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
)

// jamoIndex returns the index of jamo j among the initials, vowels or finals (part), or -1.
// The empty initial is ㅇ, the empty final index 0.
func jamoIndex(part, j string) int {
	var list []rune
	switch part {
	case "initial":
		if j == "" {
			j = "ㅇ"
		}
		list = jamoInitials
	case "vowel":
		list = jamoVowels
	case "final":
		if j == "" {
			return 0
		}
		list = jamoFinals
	}
	r, size := utf8.DecodeRuneInString(j)
	if size != len(j) {
		return -1
	}
	for i, x := range list {
		if x == r {
			return i
		}
	}
	return -1
}

// splitKontsevich splits w into one to three Korean syllables (initial, vowel, final) and
// returns their parts' alternatives in order. Among splits, the one with the fewest syllables
// wins, and then the one whose earlier syllables are longest.
func (st *syllableTables) splitKontsevich(w []rune) ([][3][]string, bool) {
	if len(w) == 0 || len(w) > 15 {
		return nil, false
	}
	var best [][3][]string
	bestN := 4
	var try func(i int, acc [][3][]string)
	try = func(i int, acc [][3][]string) {
		if len(acc) >= bestN {
			return
		}
		if i == len(w) {
			if len(acc) > 0 {
				best, bestN = append([][3][]string(nil), acc...), len(acc)
			}
			return
		}
		for _, ini := range st.prefixes(st.initials, w[i:], true) {
			j := i + ini.n
			for _, v := range st.prefixes(st.vowels, w[j:], false) {
				k := j + v.n
				for _, f := range st.prefixes(st.finals, w[k:], true) {
					try(k+f.n, append(acc, [3][]string{ini.alts, v.alts, f.alts}))
				}
			}
		}
	}
	try(0, nil)
	if best == nil {
		return nil, false
	}
	return best, true
}

// prefixMatch is an entry of a Kontsevich part table that starts a word.
type prefixMatch struct {
	n    int // runes
	alts []string
}

// prefixes returns the entries of m that w starts with, longest first, and the empty part
// when empty is set.
func (st *syllableTables) prefixes(m map[string][]string, w []rune, empty bool) []prefixMatch {
	var out []prefixMatch
	for n := min(3, len(w)); n >= 1; n-- {
		if alts, ok := m[string(w[:n])]; ok {
			out = append(out, prefixMatch{n, alts})
		}
	}
	if empty {
		out = append(out, prefixMatch{0, []string{""}})
	}
	return out
}

// softSign drops ь but after л.
var softSign = strings.NewReplacer("ль", "ль", "ь", "")

// capitalizeWord upper-cases the first letter of an ASCII word.
func capitalizeWord(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-'a'+'A') + w[1:]
}
