package entity

import (
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
// table name ni plus a derivational ending (see derivedFrom), whichever of the entity's names
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
	return pinyin || (koreanVowels(a) || koreanVowels(b)) && koreanLength(lx, a) && koreanLength(lx, b) && initialsApart(lx.hangul, true, false, a, b)
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
		if syllableInitial(sa[i]) != syllableInitial(sb[i]) || vowels && otherVowels(sa[i], sb[i], i == len(sa)-1) {
			return true
		}
	}
	return false
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
		if b != nil && !contains(keys, string(b)) && !contains(out, string(b)) {
			out = append(out, string(b))
		}
	}
	return out
}
