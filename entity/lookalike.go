package entity

import (
	"slices"
	"strings"
	"unicode"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/translit"
)

//go:generate go run gen_syllables.go

// Look-alikes: rules that tell a real different place or person with a name like a table
// name from a spelling of that name. Each is asked only of a match the scoring rules already
// accept, and costs a few byte comparisons or map look-ups: no edit distance.

// shortName is the longest key that firstVowelApart judges: a short name has little else to
// tell it from another place, while a long one with one vowel changed is a spelling of it
// (Russian Slavyansk and Ukrainian Sloviansk).
const shortName = 6

// firstVowelApart reports whether two short keys of one length differ in one letter only,
// the first vowel of each, as a and o or a and u. A short name's first syllable is the one
// spellings keep: Bosra is not Basra, Salo not Solo, Poti not Pati, Tunis not Tanis. Left alone are the
// pairs that romanizations of scripts without written vowels leave open, a and e, e and i, o
// and u (Arbil and Erbil, Esfahan and Isfahan, Omdurman and Umdurman), and vowels after the
// first, where case endings and the akanye of Belarusian and Russian spellings change them
// (Mahiloŭ and Mogilev).
func firstVowelApart(a, b string) bool {
	if len(a) != len(b) || len(a) > shortName || a == b {
		return false
	}
	first := -1
	for i := range len(a) {
		if isVowelByte(a[i]) || isVowelByte(b[i]) {
			first = i
			break
		}
	}
	if first < 0 || a[first] == b[first] || !isVowelByte(a[first]) || !isVowelByte(b[first]) {
		return false
	}
	if a[first+1:] != b[first+1:] || a[:first] != b[:first] {
		return false
	}
	switch string([]byte{min(a[first], b[first]), max(a[first], b[first])}) {
	case "ae", "ei", "ou":
		return false
	}
	return true
}

// otherCognate reports whether a word of the mention met a word of the person's name n only
// by resemblance (an edit or a weak match, not a prefix: Abdul is written for Abdullah)
// while both are given names of
// data/cognates.tsv in different rows: Ahmed and Hamid, Hasan and Hassan are one name, but
// Ahmad is not Hamid, and Karim not Rahim, however alike they are spelled. Another given name
// is another person of the family.
func otherCognate(q, n *mention, matches []TokenMatch) bool {
	lx := loadLexicon()
	for _, m := range matches {
		switch m.Rule {
		case "edit", "weak":
		default:
			continue
		}
		qt, nt := tokenByText(q, m.Query), tokenByText(n, m.Alias)
		if qt == nil || nt == nil {
			continue
		}
		if gq, gn := lx.cognate(qt), lx.cognate(nt); gq != 0 && gn != 0 && gq != gn {
			return true
		}
	}
	return false
}

// hyphenatedOther reports whether the mention q writes as two capitalized parts joined by a
// hyphen a word that the place of table name ni writes as one: Jalal-Abad in Kyrgyzstan is
// not Jalalabad in Afghanistan, Kara-Balta not Karabalta. Place names that a country writes
// with a hyphen and a capital (Kyrgyz, Kazakh and Russian towns) are written so by the press
// too, so the hyphen tells the places apart; a table name written with the hyphen, under any
// of the entity's names, meets the mention as usual.
func (r *Resolver) hyphenatedOther(q *mention, ni uint32) bool {
	split := false
	for i := range q.tokens {
		split = split || q.tokens[i].capJoined
	}
	if !split || r.kindOf(ni) != alias.Place {
		return false
	}
	var v nameView
	r.view(ni, &v)
	for i := range q.tokens {
		if !q.tokens[i].capJoined {
			continue
		}
		for j := range v.m.tokens {
			if nt := &v.m.tokens[j]; nt.text == q.tokens[i].text && !nt.syllables {
				return true
			}
		}
	}
	return false
}

// derivedFromName reports whether a word of the mention q is a name of the place entity of
// table name ni plus a derivational ending (see derivedFrom), or with its -sk replaced by
// one (skDerived), whichever of the entity's names
// the mention met: Krakowiec is derived from Kraków even when the mention came nearest to
// the French exonym Cracovie. An entity's names have neighbouring ids in the index.
func (r *Resolver) derivedFromName(q *mention, ni uint32) bool {
	lo, hi := r.entityNames(ni)
	var v nameView
	for j := lo; j <= hi; j++ {
		r.view(j, &v)
		if significantCount(&v.m) != 1 {
			continue
		}
		nt := &v.m.tokens[firstSignificant(&v.m)]
		for i := range q.tokens {
			qt := &q.tokens[i]
			if !qt.significant() || qt.key == nt.key {
				continue
			}
			if skDerived(qt.key, nt.key) {
				return true
			}
			for _, k := range qt.keys {
				if derivedFrom(k, nt.key) {
					return true
				}
			}
		}
	}
	return false
}

// entityNames returns the first and last index ids of the names of the entity that table
// name ni belongs to.
func (r *Resolver) entityNames(ni uint32) (lo, hi uint32) {
	ents := r.idx.NameEntity
	ei := ents[ni]
	lo, hi = ni, ni
	for lo > 0 && ents[lo-1] == ei {
		lo--
	}
	for int(hi)+1 < len(ents) && ents[hi+1] == ei {
		hi++
	}
	return lo, hi
}

// yoWords maps each word of latin (the romanization of s) that s writes with ё after a
// consonant to its romanization with о there: Russian writes ё after a consonant for the ö
// and ø of foreign names (Стёре Støre, Шрёдер Schröder, Кёльн Köln), which romanizes as e.
// Word-initial ё and ё after a vowel are a y-glide (Ёлкин Yolkin) and are left alone. It
// returns nil when s has no such ё.
func yoWords(s, latin string) map[string]string {
	var b strings.Builder
	prev, changed := rune(0), false
	for _, r := range s {
		if (r == 'ё' || r == 'Ё') && unicode.Is(unicode.Cyrillic, prev) && !strings.ContainsRune("аеёиоуыэюяьъйіїєАЕЁИОУЫЭЮЯЬЪЙІЇЄ", prev) {
			r, changed = 'о', true
		}
		b.WriteRune(r)
		prev = r
	}
	if !changed {
		return nil
	}
	from, to := strings.Fields(latin), strings.Fields(translit.ToLatin(b.String()))
	if len(from) != len(to) {
		return nil
	}
	out := map[string]string{}
	for i := range from {
		if from[i] != to[i] {
			out[from[i]] = to[i]
		}
	}
	return out
}

// maxSyllableWord is the longest word, in letters, that splitSyllables splits, and
// maxSyllable the longest syllable of data/pinyin.tsv and data/hangul.tsv.
const (
	maxSyllableWord = 24
	maxSyllable     = 7
)

// splitSyllables splits the folded word w into syllables of the set (data/pinyin.tsv or
// data/hangul.tsv), the longest syllable first where there is a choice (Xinjiang is xin
// jiang, Xining xi ning), or returns nil when w is not written in them. When marked is set,
// a syllable that starts with a vowel does not follow one that ends in a consonant, since
// Revised Romanization marks that boundary with a hyphen (Jung-ang) and pinyin with an
// apostrophe (Xi'an): as Korean, Taipei is ta i pe i, not ta ip e i.
func splitSyllables(set map[string]bool, marked bool, w string) []string {
	if len(w) == 0 || len(w) > maxSyllableWord {
		return nil
	}
	var dead [maxSyllableWord + 1]bool // dead[i]: w[i:] cannot be split
	var out []string
	var split func(i int) bool
	split = func(i int) bool {
		if i == len(w) {
			return true
		}
		if dead[i] {
			return false
		}
		for n := min(maxSyllable, len(w)-i); n >= 1; n-- {
			if set[w[i:i+n]] && (!marked || i == 0 || !isVowelByte(w[i]) || isVowelByte(w[i-1])) {
				out = append(out, w[i:i+n])
				if split(i + n) {
					return true
				}
				out = out[:len(out)-1]
			}
		}
		dead[i] = true
		return false
	}
	if !split(0) {
		return nil
	}
	return out
}

// syllableInitial returns the class of the initial consonant of a pinyin or Korean
// syllable. The classes hold the initials that the other romanizations write for one
// another (Wade–Giles and McCune–Reischauer k for g, t for d, p for b, ch and ts for zh, j,
// q, z and c; the German press s for z) and an initial h, y or w that a spelling may drop;
// apart from those, another initial is another syllable.
func syllableInitial(s string) byte {
	switch s[0] {
	case 'b', 'p':
		return 'b'
	case 'd', 't':
		return 'd'
	case 'g', 'k':
		return 'g'
	case 'z', 'c', 's', 'j', 'q', 'x':
		return 's'
	case 'h', 'y', 'w', 'a', 'e', 'i', 'o', 'u':
		return 'h'
	}
	return s[0]
}

// syllablesApart reports whether the folded words a and b both split into the same number
// (two or more) of Hanyu Pinyin syllables, or of Korean ones, and some syllable of one
// starts with another initial than the same syllable of the other: each syllable of a
// Chinese or Korean name is a word of its own, so Jinzhou is not Binzhou, nor Guoyang
// Luoyang, nor Cheongju Gyeongju, while a changed final is left to the edit costs (Zhenzhou,
// a typo for Zhengzhou). Wade–Giles and McCune–Reischauer initials meet the standard ones
// (Kuangchou for Guangzhou, Taegu for Daegu; see syllableInitial).
//
// A word romanized from Arabic, Persian or Hebrew script (abjad set) is compared by its
// initials alone: its vowels are the romanizer's guesses, so بنغازي, read Banghazi, is still
// Benghazi, though bang and beng are two pinyin syllables.
func syllablesApart(lx *lexicon, a, b string, abjad bool) bool {
	// Pinyin writes an apostrophe where a syllable starting with a vowel follows a consonant
	// (Xi'an), but the press often leaves it out: the words are apart only if they are with
	// and without that boundary (Chinan, Wade–Giles for Jinan, is chi nan; Shangai, a typo
	// for Shanghai, shang ai).
	pinyin := initialsApart(lx.pinyin, false, !abjad, a, b) && initialsApart(lx.pinyin, true, !abjad, a, b)
	return pinyin || (koreanVowels(a) || koreanVowels(b)) && koreanLength(lx, a) && koreanLength(lx, b) &&
		(initialsApart(lx.hangul, true, false, a, b) || rimesApart(lx, a, b))
}

// rimesApart reports whether the folded words a and b split into the same number (two or
// more) of Korean syllables and some syllable of one has another vowel or another final
// consonant than the same syllable of the other, once both are read as McCune–Reischauer
// writes them without breves (eo as o, eu as u: Chongju is Cheongju, Hamhung Hamheung).
// Each syllable of a Korean place name is a word of its own (a Hanja), and no romanization
// adds or drops a final consonant or changes a vowel beyond those: Icheon (이천) is not
// Incheon (인천), nor Asan Ansan, Jinju Jeonju, Cheongju Chungju, Gyeongju Gwangju, Pocheon
// Bucheon.
//
// Only a pair with eo, eu or ae is judged: oe alone is also the Dutch colonial spelling of
// u in Indonesian names (Bandoeng, Bandung).
func rimesApart(lx *lexicon, a, b string) bool {
	korean := false
	for _, v := range []string{"eo", "eu", "ae"} {
		korean = korean || strings.Contains(a, v) || strings.Contains(b, v)
	}
	if !korean {
		return false
	}
	sa := splitSyllables(lx.hangul, true, a)
	if len(sa) < 2 {
		return false
	}
	sb := splitSyllables(lx.hangul, true, b)
	if len(sb) != len(sa) {
		return false
	}
	for i := range sa {
		if koreanRime(sa[i]) != koreanRime(sb[i]) || koreanSibilant(sa[i]) != koreanSibilant(sb[i]) {
			return true
		}
	}
	return false
}

// koreanSibilant returns 's' for a Korean syllable that starts with s (ㅅ: s, sh), 'j' for
// one that starts with j, ch or ts (ㅈ ㅊ), else 0. The initial classes of syllableInitial
// join them for pinyin and the German press; Korean keeps them apart (Suncheon is not
// Chuncheon).
func koreanSibilant(s string) byte {
	switch {
	case s[0] == 's':
		return 's'
	case s[0] == 'j' || s[0] == 'c' || strings.HasPrefix(s, "ts"):
		return 'j'
	}
	return 0
}

// koreanRime returns the vowel (with its y or w glide) and the final consonant of a Korean
// syllable as McCune–Reischauer writes them without breves: gyeong gives yong, gwang wang,
// eun un. A final k and g, p and b, t and d, l and r are one.
func koreanRime(s string) string {
	i := 0
	for i < len(s) && !isVowelByte(s[i]) && s[i] != 'y' && s[i] != 'w' {
		i++
	}
	r := strings.ReplaceAll(strings.ReplaceAll(s[i:], "eo", "o"), "eu", "u")
	if n := len(r); n > 0 {
		switch r[n-1] {
		case 'g':
			if n < 2 || r[n-2] != 'n' {
				r = r[:n-1] + "k"
			}
		case 'b':
			r = r[:n-1] + "p"
		case 'd':
			r = r[:n-1] + "t"
		case 'r':
			r = r[:n-1] + "l"
		}
	}
	return r
}

// koreanLength reports whether the folded word w splits into three Korean syllables or
// fewer, as a Korean place or given name does (Busan, Cheongju, Uijeongbu); a longer word
// with oe is another language's, such as the Dutch colonial spelling of an Indonesian name
// (Soerabaja, Soerakarta), whose j and y are one sound.
func koreanLength(lx *lexicon, w string) bool {
	return len(splitSyllables(lx.hangul, true, w)) <= 3
}

// koreanVowels reports whether the folded word w writes a vowel the way romanized Korean
// does: eo, eu, ae, or oe. Only a pair with such a word is split into Korean syllables,
// which otherwise fit many European names (Homyel would be hom yel, Gomel go mel).
func koreanVowels(w string) bool {
	for _, v := range []string{"eo", "eu", "ae", "oe"} {
		if strings.Contains(w, v) {
			return true
		}
	}
	return false
}

// initialsApart is syllablesApart for one syllable set. With vowels set (pinyin), and one
// of the names spelled the Chinese way (chineseSpelling), a syllable whose vowels differ is another
// too: Anshun is not Anshan, Lishu not Lishui, while
// a changed final consonant is left to the edit costs (Zhenzhou), and so is a last a for e
// (see otherVowels). Korean is left out: its
// two romanizations write the vowels differently (Cheongju, Chongju).
func initialsApart(set map[string]bool, marked, vowels bool, a, b string) bool {
	sa := splitSyllables(set, marked, a)
	if len(sa) < 2 {
		return false
	}
	sb := splitSyllables(set, marked, b)
	if len(sb) != len(sa) {
		return false
	}
	vowels = vowels && (chineseSpelling(sa) || chineseSpelling(sb))
	for i := range sa {
		if syllableInitial(sa[i]) != syllableInitial(sb[i]) || vowels && otherVowels(sa[i], sb[i], i == len(sa)-1) || pinyinOnlyInitials(sa[i], sb[i]) {
			return true
		}
	}
	return false
}

// pinyinOnlyInitials reports whether the syllables a and b start with two different ones of
// j, q and x, initials that only Hanyu Pinyin writes (Wade–Giles and the postal spellings
// write ch, ch' and hs or k, ts and s): two of them are two pinyin syllables, not one in two
// romanizations, so Xinxiang is not Xinjiang, while Sinkiang still is.
func pinyinOnlyInitials(a, b string) bool {
	x, y := a[0], b[0]
	only := func(c byte) bool { return c == 'j' || c == 'q' || c == 'x' }
	return x != y && only(x) && only(y)
}

// chineseSpelling reports whether some of the pinyin syllables ss show a spelling that
// other languages' names seldom split into: a final n or ng, an initial zh, x or q, or the
// vowels ao, ou, ui, iu or uo (Anshan, Chengdu, Lishui; not Miami, mi a mi, nor its
// misspelling Maiami, whose vowels are no syllables of a Chinese name).
func chineseSpelling(ss []string) bool {
	for _, s := range ss {
		if strings.HasSuffix(s, "n") || strings.HasSuffix(s, "ng") || strings.HasPrefix(s, "zh") || s[0] == 'x' || s[0] == 'q' {
			return true
		}
		for _, v := range []string{"ao", "ou", "ui", "iu", "uo"} {
			if strings.Contains(s, v) {
				return true
			}
		}
	}
	return false
}

// otherVowels reports whether two pinyin syllables have other vowels, but for a last
// syllable that ends in a for e or e for a, as French and German write a name's final a
// (Chine, China).
func otherVowels(a, b string, last bool) bool {
	va, vb := vowelsOf(a), vowelsOf(b)
	if va == vb {
		return false
	}
	if last && a[:len(a)-1] == b[:len(b)-1] && strings.Contains("ae", a[len(a)-1:]) && strings.Contains("ae", b[len(b)-1:]) {
		return false
	}
	return true
}

// vowelsOf returns the vowel letters of a syllable (y and w are glides: the initial's).
func vowelsOf(s string) string {
	i := strings.IndexAny(s, "aeiouv")
	j := strings.LastIndexAny(s, "aeiouv")
	if i < 0 {
		return ""
	}
	return s[i : j+1]
}

// diphthongKeys returns, for a word romanized from Arabic, Persian or Hebrew script with
// keys keys, the other keys its vowel letters may stand for, or nil: its first key with ai for
// every i between two consonants, since the letter ي (Hebrew י) writes both the long vowel i
// and the diphthong ay and the romanizer reads i (طيب gives Tib for Tayeb, زيد Zid for Zaid);
// and, where u and i stand between two consonants (و then ي), that key with uwai, the
// diminutive pattern fuʿayl of Arabic names and places, CuwayC (السويداء gives Suyda for
// as-Suwayda, الكويت Kuyat for Kuwait). The keys count only when a
// name has them: as guesses they must not bring a word nearer to others by resemblance
// (جنين Janin is not Jinan; شويغو Shuygu, Shoigu, keeps its first reading).
func diphthongKeys(keys []string) []string {
	if len(keys) == 0 {
		return nil
	}
	k := keys[0]
	var out []string
	for _, uw := range []bool{false, true} {
		var b []byte
		for i := 0; i < len(k); i++ {
			between := i > 0 && i+1 < len(k) && !isVowelByte(k[i-1]) && !isVowelByte(k[i+1])
			switch {
			case !uw && k[i] == 'i' && between:
				if b == nil {
					b = append(make([]byte, 0, len(k)+2), k[:i]...)
				}
				b = append(b, 'a')
			case uw && k[i] == 'u' && i > 0 && i+2 < len(k) && k[i+1] == 'i' && !isVowelByte(k[i-1]) &&
				(!isVowelByte(k[i+2]) || k[i+2] == 'a' && i+4 == len(k) && !isVowelByte(k[i+3])):
				if b == nil {
					b = append(make([]byte, 0, len(k)+4), k[:i]...)
				}
				b = append(b, "uvai"...) // the key writes w as v
				if k[i+2] == 'a' {
					i++ // the a the romanizer guessed before a last consonant after y: الكويت Kuyat
				}
				i++
				continue
			}
			if b != nil {
				b = append(b, k[i])
			}
		}
		if b != nil && !slices.Contains(keys, string(b)) && !slices.Contains(out, string(b)) {
			out = append(out, string(b))
		}
	}
	return out
}

// maxShortAbjad is the most consonants a word romanized from Arabic, Persian or Hebrew script
// may have for abjadSkeletonApart to judge it: on longer words sameAbjadConsonants and the
// edit costs decide.
const maxShortAbjad = 4

// Classes of the consonant letters of Arabic, Persian and Hebrew script, as bits: a Latin
// letter or digraph stands for the letters whose bits it has (see abjadUnit).
const (
	abLabial = 1 << iota // ب پ ف, Hebrew ב פ: b p f v
	abT                  // ت ط ث: t th
	abD                  // د ض ذ ظ: d dh
	abZ                  // ز ذ ظ, Persian ض: z dh
	abS                  // س ص ث, and s for a foreign name's z: s th
	abSh                 // ش ژ: sh ch zh, Turkish ş folded to s
	abJ                  // ج: j g dj zh
	abK                  // ق ك, Hebrew כ ק: k q c g kh
	abGh                 // غ: gh g
	abH                  // ح ه خ: h kh ch x
	abL
	abM
	abN
	abR
	abOptional = 1 << 15 // v: و and Hebrew ו write w as well as v, and spellings leave w out (Gwadar, Gavader)
)

// abjadUnit returns the classes of the consonant that the folded word w writes at byte i and
// the number of bytes it takes (a digraph two), or 0 classes for a vowel, y, w or another
// byte that writes no consonant of these scripts.
func abjadUnit(w string, i int) (uint16, int) {
	if i+2 < len(w) && w[i:i+3] == "tsh" {
		return abSh | abH, 3 // تش writes the ch of a foreign name: كراتشي, Karatshi, Karachi
	}
	if i+1 < len(w) {
		switch w[i : i+2] {
		case "ph":
			return abLabial, 2
		case "th":
			return abT | abS | abD | abZ, 2
		case "dh":
			return abD | abZ | abT, 2
		case "sh":
			return abSh | abS, 2
		case "ch":
			return abSh | abH, 2
		case "zh":
			return abJ | abZ | abSh, 2
		case "gh":
			return abGh | abK, 2
		case "kh":
			return abH | abK, 2
		case "dj":
			return abJ, 2
		case "ck":
			return abK, 2
		}
	}
	switch w[i] {
	case 'b', 'p', 'f':
		return abLabial, 1
	case 'v':
		return abLabial | abOptional, 1
	case 't':
		return abT, 1
	case 'd':
		return abD, 1
	case 'z':
		return abZ | abS | abD, 1
	case 's':
		return abS | abZ | abSh, 1
	case 'j':
		return abJ, 1
	case 'g':
		return abJ | abK | abGh, 1
	case 'k', 'q', 'c':
		return abK, 1
	case 'h':
		return abH, 1
	case 'x':
		return abH | abK, 1
	case 'l':
		return abL, 1
	case 'm':
		return abM, 1
	case 'n':
		return abN, 1
	case 'r':
		return abR, 1
	}
	return 0, 1
}

// abjadSkeleton appends to out the consonant classes of the folded word w, as the Arabic,
// Persian and Hebrew scripts write them: vowels, y and w left out (the letters ي و and י ו
// write vowels as well as y and w, and the romanizer guesses the rest), a doubled consonant
// once (the script writes it once), and a last h after a vowel left out (the ة of Hama,
// written Hamah).
func abjadSkeleton(out []uint16, w string) []uint16 {
	if n := len(w); n > 1 && w[n-1] == 'h' && isVowelByte(w[n-2]) {
		w = w[:n-1]
	}
	last := -1
	for i := 0; i < len(w); {
		c, n := abjadUnit(w, i)
		if c != 0 && (last < 0 || w[last:last+n] != w[i:i+n] || last+n != i) {
			out = append(out, c)
		}
		if c != 0 {
			last = i
		}
		i += n
	}
	return out
}

// abjadSkeletonApart reports whether a short word romanized from Arabic, Persian or Hebrew
// script (abjad, not kana or Hangul) meets the name word nt only by resemblance while their
// consonants differ: another number of them, or one whose Latin spelling no letter of the
// script explains (see abjadUnit). The script writes every consonant of a short name and
// few of its vowels, so vowels say little and consonants everything: حمص (h m s) is Homs,
// not Goma (g m), nor Hama (h m); طرطوس Tartus is not Tartu; while القذافي (q dh f) is still
// Gaddafi (g d f) and اللاذقية (l dh q) Latakia (l t k). Longer words are left to
// sameAbjadConsonants and the edit costs.
func abjadSkeletonApart(qt, nt *token) bool {
	if !qt.abjad || qt.lr || qt.key == nt.key {
		return false
	}
	var a, b [24]uint16
	qs := abjadSkeleton(a[:0], qt.text)
	firm := 0
	for _, c := range qs {
		if c&abOptional == 0 {
			firm++
		}
	}
	if firm > maxShortAbjad {
		return false
	}
	return !sameSkeleton(qs, abjadSkeleton(b[:0], nt.text))
}

// sameSkeleton reports whether the consonant classes a and b (see abjadSkeleton) meet in
// order, one for one, an optional one (abOptional) met or left out.
func sameSkeleton(a, b []uint16) bool {
	// ok[i][j]: a[i:] meets b[j:]; skeletons are short (at most 24 units each).
	var ok [25][25]bool
	n, m := min(len(a), 24), min(len(b), 24)
	for i := n; i >= 0; i-- {
		for j := m; j >= 0; j-- {
			switch {
			case i == n && j == m:
				ok[i][j] = true
			default:
				v := i < n && j < m && a[i]&b[j]&^abOptional != 0 && ok[i+1][j+1]
				v = v || i < n && a[i]&abOptional != 0 && ok[i+1][j]
				v = v || j < m && b[j]&abOptional != 0 && ok[i][j+1]
				ok[i][j] = v
			}
		}
	}
	return ok[0][0]
}

// syllablesCountApart reports whether the word qt, romanized from an alphabet that writes
// every vowel (Cyrillic, Greek, Armenian, Georgian), and the place name word nt have another
// number of syllables between their first and last consonants, and keys more than one letter
// apart. Such a script writes each syllable of a name, so a syllable more or less together
// with another letter is another name: Белград (Belgrade) is not Belgorod (Белгород), the
// South Slavic -grad not the Russian -gorod. Left alone are a vowel added or dropped at
// either end, where languages differ (Стамбул, Istanbul; Варшава, Warsaw; Москвы, Moscow;
// Κόρινθος, Corinth),
// and one vowel inserted alone, as transcriptions of a foreign name do (Тегеран, Tehran).
func syllablesCountApart(qt, nt *token) bool {
	return qt.key != nt.key && !oneEdit(qt.key, nt.key, false) && innerSyllables(qt.text) != innerSyllables(nt.text)
}

// innerSyllables counts the runs of vowels (y among them) of the folded word w between its
// first and last consonant; a last h or w after a vowel writes no consonant (Jeddah, Moscow),
// and a last s after a vowel is a case ending (Greek Κόρινθος, Korinthos, is Corinth).
func innerSyllables(w string) int {
	if n := len(w); n > 1 && (w[n-1] == 'h' || w[n-1] == 'w' || w[n-1] == 's') && isVowelByte(w[n-2]) {
		w = w[:n-1]
	}
	vowel := func(c byte) bool { return isVowelByte(c) || c == 'y' }
	first, last := -1, -1
	for i := range len(w) {
		if !vowel(w[i]) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	count := 0
	for i := first + 1; i < last; i++ {
		if vowel(w[i]) && !vowel(w[i-1]) {
			count++
		}
	}
	return count
}

// romanceForm reports whether a Latin mention (q.latin) meets a given name of the person n
// only as the cognate that is the table's form plus a final o, or the table's form less it
// (Roberto for Robert, Eduardo for Eduard, Francesco for Francesc): the Italian, Spanish or
// Portuguese form of the name. In Latin text the press writes a living person's given name as
// the person's own language does, so such a form with the same family name is a namesake
// (Roberto Fico, Italian politician, is not Robert Fico, Slovak prime minister). The forms
// that other scripts' names take in Latin meet as before (Lev, Leo and Lew Tolstoy; Pavel and
// Pavlo Durov; Vladimir for Volodymyr), and so do the Slavic forms that Ukrainian writes with
// an o, after a consonant and r or after l (Petr and Petro, Kiril and Kirilo), and French
// forms with an e (Salmane for Salman). The trade: a Romance press that translates a foreign
// given name (Carlo for King Carl Gustaf) is not met.
func romanceForm(q, n *mention, matches []TokenMatch, surname int) bool {
	if !q.latin || surname < 0 {
		return false
	}
	for _, m := range matches {
		if m.Rule != "cognate" || indexOf(n, m.Alias) == surname {
			continue
		}
		a, b := m.Query, m.Alias
		if len(a) < len(b) {
			a, b = b, a
		}
		if len(b) >= 4 && len(a) == len(b)+1 && strings.HasPrefix(a, b) && a[len(b)] == 'o' &&
			!isVowelByte(b[len(b)-1]) && b[len(b)-1] != 'l' && !slavicTr(b) {
			return true
		}
	}
	return false
}

// slavicTr reports whether the given name w ends in a consonant and r, as Slavic forms do
// (Petr, Aleksandr) and Romance forms never (Pietro, Alejandro).
func slavicTr(w string) bool {
	n := len(w)
	return n >= 2 && w[n-1] == 'r' && !isVowelByte(w[n-2])
}
