package entity

import (
	"slices"
	"strings"

	"github.com/agnivade/levenshtein"
)

// Namesakes: rules that tell a real different person with a name like a table person's from a
// spelling of that person's name. Like the look-alike rules (lookalike.go) each is asked only
// of a match the scoring rules already accept, and costs a few byte comparisons.

// consonantClasses are the sets of consonant letters that the spellings of one name write
// for one another across languages and romanizations: k, c, q and g (Qaddafi, Gaddafi;
// Wade–Giles k for g), the sibilants (Zelensky, Selenski; pinyin x and j; French j for zh),
// the labials (Iwanow, Ivanov, Ivanoff; Arabic b for p), t and d (Wade–Giles, devoicing;
// d and z for Arabic ض ذ: Ramadan, Ramazan), g, h, j, y, k and x (Ukrainian h for g, German
// j for y, kh, h and x for one letter), and l and r (Japanese, Korean and Chinese names).
var consonantClasses = []string{"ckqgx", "szcxj", "vwfbp", "td", "dz", "ghjykx", "lr"}

// sameConsonantClass reports whether the consonant letters a and b are written for one
// another by some spelling (see consonantClasses).
func sameConsonantClass(a, b byte) bool {
	for _, c := range consonantClasses {
		if strings.IndexByte(c, a) >= 0 && strings.IndexByte(c, b) >= 0 {
			return true
		}
	}
	return false
}

// otherConsonant reports whether a word of a Latin mention met a word of the person's name n
// only by an edit that puts one consonant for another that no spelling writes for it (k for
// v, g for z), or adds a last letter (endingAdded), while both words are names of the word
// list (data/wordlist): each is a name of its own, and the person is a namesake (Nikola Jović
// and Nikola Jokić, both real players; Marko Petković is not Marko Perković). When every
// other word of the match met as written, such a consonant makes a namesake whether or not
// the words are listed, unless the two letters are keyboard neighbours (keyboardSwap): Fumio
// Kishiba is not Fumio Kishida, while Sheinbaun is a typo of Sheinbaum. Typos of a name rarely put such a consonant; they drop, double
// or swap letters (Bennet, Kahn, Lewandoski) and change vowels (Kasperov), which the rule
// leaves to the edit costs.
func otherConsonant(q, n *mention, matches []TokenMatch) bool {
	if !q.latin {
		return false
	}
	for _, m := range matches {
		if m.Rule != "edit" {
			continue
		}
		qt, nt := tokenByText(q, m.Query), tokenByText(n, m.Alias)
		if qt == nil || nt == nil {
			continue
		}
		if (consonantSwapped(qt.text, nt.text) || endingAdded(qt.text, nt.text)) && twoNames(qt, nt) {
			return true
		}
		if consonantSwapped(qt.text, nt.text) && !keyboardSwap(qt.text, nt.text) && allExactBut(matches, m) {
			return true
		}
	}
	return false
}

// keyboardRows are the rows of the QWERTY keyboard: a letter typed for its neighbour in a row
// or below it is a typo.
var keyboardRows = [3]string{"qwertyuiop", "asdfghjkl", "zxcvbnm"}

// keyboardSwap reports whether the folded words a and b, of one length, differ in one letter
// whose two forms are neighbours on the keyboard (see keyboardRows).
func keyboardSwap(a, b string) bool {
	for i := range min(len(a), len(b)) {
		if a[i] == b[i] {
			continue
		}
		for r, row := range keyboardRows {
			x, y := strings.IndexByte(row, a[i]), strings.IndexByte(row, b[i])
			if x >= 0 && y >= 0 && (x-y == 1 || y-x == 1) {
				return true
			}
			if r+1 < len(keyboardRows) {
				below := keyboardRows[r+1]
				if x >= 0 && belowNeighbour(x, strings.IndexByte(below, b[i])) ||
					y >= 0 && belowNeighbour(y, strings.IndexByte(below, a[i])) {
					return true
				}
			}
		}
		return false
	}
	return false
}

// belowNeighbour reports whether the key at index j of a keyboard row touches the key at index
// i of the row above it (the keys at i and i-1 below; j < 0 is a letter not in that row).
func belowNeighbour(i, j int) bool {
	return j >= 0 && (j == i || j == i-1)
}

// allExactBut reports whether every match but m met its word as written or by key.
func allExactBut(matches []TokenMatch, m TokenMatch) bool {
	if len(matches) < 2 {
		return false
	}
	for _, o := range matches {
		if o != m && o.Rule != "exact" && o.Rule != "key" {
			return false
		}
	}
	return true
}

// consonantSwapped reports whether the folded words a and b differ in one letter only, a
// consonant for a consonant of another class (see consonantClasses); y, w and h, which
// spellings add and drop as vowels and marks of a sound, do not count.
func consonantSwapped(a, b string) bool {
	diff, ok := oneByteApart(a, b)
	if !ok {
		return false
	}
	x, y := a[diff], b[diff]
	consonant := func(c byte) bool {
		return c >= 'a' && c <= 'z' && !isVowelByte(c) && c != 'y' && c != 'w' && c != 'h'
	}
	return consonant(x) && consonant(y) && !sameConsonantClass(x, y)
}

// endingAdded reports whether one of the folded words a and b is the other, of four letters
// or more, plus a last y or consonant that is not s or h and doubles no letter: Kell and
// Kelly, Carne and Carney are two family names. A last vowel makes the woman's form or a case
// (otherGivenName and the inflection rule judge those), a last s the English and German
// possessive, a last h a spelling (Milosevich), and a doubled letter a typo (Bennet).
func endingAdded(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 4 || len(b) != len(a)+1 || !strings.HasPrefix(b, a) {
		return false
	}
	c := b[len(a)]
	return c >= 'a' && c <= 'z' && !isVowelByte(c) && c != 's' && c != 'h' && c != a[len(a)-1]
}

// vietnameseName reports whether the person's name n is written in Vietnamese syllables:
// two to four words (Van and Thi, particles and stopwords elsewhere, among them), each of one syllable (none joined with a hyphen), not all of them
// syllables of Hanyu Pinyin nor all of them Korean ones, and one at least with a spelling of
// Vietnamese (see vietnameseSpelling). Each syllable of such a name is a word of its own
// (Luong Cuong, Nguyen Phu Trong, Pham Minh Chinh); Wade–Giles names (Lee Hsien Loong, Han
// Kuo-yu) show none of those spellings.
func vietnameseName(n *mention) bool {
	if k := len(n.tokens); k < 2 || k > 4 {
		return false
	}
	lx := loadLexicon()
	allPinyin, allKorean, marked := true, true, false
	for i := range n.tokens {
		t := &n.tokens[i]
		w := t.text
		if t.syllables || len(w) > 7 || vowelRuns(w) != 1 {
			return false
		}
		allPinyin = allPinyin && lx.pinyin[w]
		allKorean = allKorean && lx.hangul[w]
		marked = marked || vietnameseSpelling(w)
	}
	return marked && !allPinyin && !allKorean
}

// vietnameseSpelling reports whether the folded syllable w shows a spelling of Vietnamese
// that neither pinyin, Wade–Giles nor Korean has: an initial ng, nh, ph, th, tr or qu, a
// final nh or ch after a vowel, or the vowels uo before a consonant or i (Luong, Thuoc),
// oa (Hoa) or uy (Thuy).
func vietnameseSpelling(w string) bool {
	for _, p := range []string{"ng", "nh", "ph", "th", "tr", "qu"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) && p != w[:len(w)-1] {
			return true
		}
	}
	for _, s := range []string{"nh", "ch"} {
		if n := len(w); strings.HasSuffix(w, s) && n > 2 && isVowelByte(w[n-3]) {
			return true
		}
	}
	if i := strings.Index(w, "uo"); i >= 0 && i+2 < len(w) && (!isVowelByte(w[i+2]) || w[i+2] == 'i') {
		return true
	}
	return strings.Contains(w, "oa") || strings.Contains(w, "uy")
}

// vowelRuns counts the runs of vowels of the folded word w, y among them but for an
// initial y before a vowel, a glide (Yen): Nguyen, Thuy and Kyi have one.
func vowelRuns(w string) int {
	vowel := func(i int) bool {
		return isVowelByte(w[i]) || w[i] == 'y' && (i > 0 || i+1 == len(w) || !isVowelByte(w[i+1]))
	}
	runs := 0
	for i := range len(w) {
		if vowel(i) && (i == 0 || !vowel(i-1)) {
			runs++
		}
	}
	return runs
}

// otherSyllable reports whether a word of the mention met a word of a Vietnamese name
// (vietnameseName) other than the family name only by resemblance: an edit, a weak match or
// a prefix. Each syllable of the name is a word, and another syllable is another name, while
// spellings of one differ only in the tone and vowel marks that folding takes off (Lương
// Cường): Luong Tam Quang, a minister, is not Luong Cuong, nor Pham Binh Minh Pham Minh Chinh.
// Asked of Latin mentions only: other scripts' renderings change letters (Лыонг Кыонг).
func otherSyllable(q, n *mention, matches []TokenMatch) bool {
	if !q.latin || !vietnameseName(n) {
		return false
	}
	family := firstSignificant(n) // Vietnamese names lead with the family name
	for _, m := range matches {
		switch m.Rule {
		case "edit", "weak", "prefix":
		default:
			continue
		}
		if j := indexOf(n, m.Alias); j >= 0 && j != family {
			return true
		}
	}
	return false
}

// extraSyllable reports whether a Latin mention of a Vietnamese name (vietnameseName) has a
// word of one syllable that met no word of the name (qm maps each mention word to its name
// word + 1, 0 when unmatched). Every syllable of such a name is written, the middle ones too,
// so a syllable more is another person's name: Duong Quang Minh is not Duong Van Minh, nor
// Nguyen Van Thang Nguyen Van The (Van and The are names here, not a particle and a word).
func extraSyllable(q, n *mention, qm []int) bool {
	if !q.latin || !vietnameseName(n) {
		return false
	}
	for i := range q.tokens {
		if qm[i] == 0 && vowelRuns(q.tokens[i].text) == 1 && !q.tokens[i].initial {
			return true
		}
	}
	return false
}

// extraInitial reports whether the mention has an initial that met no word of the person's
// name n while n writes an initial of its own (qm maps each mention word to its name word + 1,
// 0 when unmatched). A middle initial alone contradicts no one (Joseph R. Biden for Joe
// Biden), but a name known by its initials is known by all of them: George H. W. Bush, the
// father, is not George W. Bush, nor John D. Rockefeller Jr. John Rockefeller III.
func extraInitial(q, n *mention, qm []int) bool {
	has := false
	for i := range n.tokens {
		has = has || n.tokens[i].initial
	}
	if !has {
		return false
	}
	for i := range q.tokens {
		if qm[i] == 0 && q.tokens[i].initial {
			return true
		}
	}
	return false
}

// articleNickname reports whether the mention is an article written apart (El, La, Le, Il,
// Lo, The) and one word, and the person's name n has no such article: El Chapo is a nickname,
// not the family name of Daniel Chapo. An Arabic article counts only when n has no word
// starting with it (Mohamed ElBaradei, El Baradei).
func articleNickname(q, n *mention) bool {
	if len(q.tokens) != 2 || significantCount(q) != 1 || q.tokens[0].hyphen {
		return false
	}
	a := q.tokens[0].text
	switch a {
	case "el", "la", "le", "il", "lo", "the":
	default:
		return false
	}
	for i := range n.tokens {
		t := n.tokens[i].text
		if t == a || (a == "el" || a == "la") && (strings.HasPrefix(t, "el") || strings.HasPrefix(t, "al")) {
			return false
		}
	}
	return true
}

// shortFamilyEdit reports whether the mention met a person's name n only in a short family
// name (four letters or fewer), and that only by an edit, the rest of the name unmatched:
// one edit in a short name is another name (Sen is not Chen, nor Hun Sen Chen Shui-bian). A
// word that keeps all of the name but its last letter and changes only the ending is a case
// form of the name, which Slavic presses put on short surnames too (Dudzie and Dudę for Duda,
// Fica for Fico), and is left to the edit costs.
func shortFamilyEdit(n *mention, matches []TokenMatch, un []int, surname int) bool {
	if len(matches) != 1 || len(un) == 0 || matches[0].Rule != "edit" || surname < 0 {
		return false
	}
	name := n.tokens[surname].text
	if indexOf(n, matches[0].Alias) != surname || len(name) > 4 {
		return false
	}
	return len(name) < 3 || !strings.HasPrefix(matches[0].Query, name[:len(name)-1])
}

// romanNumeral reports whether the folded word w is a Roman numeral from 1 to 39 (i … xxxix),
// the range of regnal and generational numbers: tens x, then ix, iv or v and units i.
func romanNumeral(w string) bool {
	rest := strings.TrimLeft(w, "x")
	if len(w)-len(rest) > 3 {
		return false
	}
	switch {
	case rest == "ix" || rest == "iv":
		return true
	case strings.HasPrefix(rest, "v"):
		rest = rest[1:]
	}
	return len(rest) <= 3 && strings.Trim(rest, "i") == "" && w != ""
}

// otherLetter reports whether a Latin mention met the family name of the person's name n
// only by a letter added or dropped inside the word (letterInside), every other word met
// as written, while both words are names of the word list (data/wordlist): two listed names
// one such letter apart are two families, not a slip of the pen. Ben Johnston, the composer,
// is not Ben Johnson, nor Paul Simion Paul Simon. Typos rarely land on another listed name
// this way (about 1 in 100 one-letter slips inside a listed family name of the test tables
// does); the common ones double or undouble a letter (Bennet), drop an h, w or y
// (Lewandoski), or drop a vowel between consonants (Fredriksen), which the rule leaves to
// the edit costs. Spellings that a key brings together (Davies, Davis; Mahmud, Mahmoud) are
// not edits and are not asked.
func otherLetter(q, n *mention, matches []TokenMatch, surname int) bool {
	if !q.latin || surname < 0 {
		return false
	}
	for _, m := range matches {
		if m.Rule != "edit" || indexOf(n, m.Alias) != surname {
			continue
		}
		qt, nt := tokenByText(q, m.Query), tokenByText(n, m.Alias)
		if qt != nil && nt != nil && letterInside(qt.text, nt.text) && allExactBut(matches, m) && twoNames(qt, nt) {
			return true
		}
	}
	return false
}

// letterInside reports whether one of the folded words a and b is the other with one letter
// added neither first nor last, a letter that spellings of one name do not add or drop: a
// consonant that doubles no neighbour (Johnston, Johnson) other than h, w, y and the liquids
// r and l, which English leaves silent or typists drop beside a consonant (Ardern, Arden;
// Lincoln, Lincon), or a vowel beside another vowel but an e after a, o or u, German's ä, ö
// and ü (Soeder, Söder), and the o or u of ou, French and English for u (Rouhani, Rohani;
// Younus, Yunus): Keane, Kane; Simion, Simon.
func letterInside(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b) != len(a)+1 || len(a) < 3 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == 0 || i == len(a) || a[i:] != b[i+1:] {
		return false // first or last letter, or more than one letter apart
	}
	c, prev, next := b[i], b[i-1], b[i+1]
	if c < 'a' || c > 'z' || c == prev || c == next {
		return false // not a letter, or a doubling (Bennet)
	}
	if isVowelByte(c) {
		return (isVowelByte(prev) || isVowelByte(next)) && !(c == 'e' && (prev == 'a' || prev == 'o' || prev == 'u')) &&
			!(c == 'u' && prev == 'o' || c == 'o' && next == 'u')
	}
	return c != 'h' && c != 'w' && c != 'y' && c != 'r' && c != 'l'
}

// otherGivenSpelling reports whether a Latin mention met a given name of the person's name n
// (a word other than the family name) only by an edit of two letters or more that is no swap
// of two neighbours, every other word met as written, while both given names are
// names of the word list: Marion Maréchal, the niece, is not Marine Le Pen, nor Jared Kushner's
// brother Joshua Kushner a Joshua for Jared. One-letter edits (Sitivini for Sitiveni) and
// swaps (Micheal for Michael) are typos the edit costs judge; other scripts' renderings guess
// letters and are not asked.
func otherGivenSpelling(q, n *mention, matches []TokenMatch, surname int) bool {
	if !q.latin || surname < 0 {
		return false
	}
	for _, m := range matches {
		if m.Rule != "edit" {
			continue
		}
		j := indexOf(n, m.Alias)
		if j < 0 || j == surname {
			continue
		}
		qt, nt := tokenByText(q, m.Query), &n.tokens[j]
		if qt == nil || !twoNames(qt, nt) || slices.ContainsFunc(matches, func(o TokenMatch) bool { return o != m && o.Rule != "exact" }) {
			continue // a family name in another spelling too is another convention: Najib Mahfuz, Naguib Mahfouz
		}
		if levenshtein.ComputeDistance(qt.text, nt.text) >= 2 && !neighboursSwapped(qt.text, nt.text) {
			return true
		}
	}
	return false
}

// neighboursSwapped reports whether the words a and b differ only by two neighbouring letters
// swapped (Micheal, Michael).
func neighboursSwapped(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// otherPinyinGiven reports whether a Latin mention met a given name of a person whose family
// name leads (data/surname_first.tsv) only by an edit, where both given names are written in
// Hanyu Pinyin syllables, as many on each side, and a syllable starts with another initial
// (syllableInitial, or two of the pinyin-only j, q, x): each syllable of such a name is a
// character of its own, so Li Xiang is not Li Qiang, nor Wen Jiahao Wen Jiabao. Wade–Giles
// initials are one class with pinyin's (Teng for Deng) and its syllables (hsiao) are no
// pinyin, so those spellings are not asked.
func otherPinyinGiven(q, n *mention, matches []TokenMatch, surname int) bool {
	lx := loadLexicon()
	if !q.latin || surname < 0 || surname != firstSignificant(n) || !lx.surnameFirst[n.tokens[surname].text] {
		return false
	}
	for _, m := range matches {
		if m.Rule != "edit" || indexOf(n, m.Alias) == surname {
			continue
		}
		sa, sb := splitSyllables(lx.pinyin, false, m.Query), splitSyllables(lx.pinyin, false, m.Alias)
		if len(sa) == 0 || len(sa) != len(sb) {
			continue
		}
		for i := range sa {
			if syllableInitial(sa[i]) != syllableInitial(sb[i]) || pinyinOnlyInitials(sa[i], sb[i]) {
				return true
			}
		}
	}
	return false
}
