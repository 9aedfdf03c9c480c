package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/namecanon/namecanon/entity/internal/index"
	"github.com/namecanon/namecanon/translit"
)

// Japanese names in kanji. A name such as 岸田文雄 has no one reading: each character has
// several (on, kun, name readings), and later characters may be voiced (宮崎 Miyazaki). So the
// resolver does not guess a reading; it asks which table names the kanji can be read as
// (translit.KanjiReadings, translit.KanjiReads), word for word: family name and given name
// (岸田 Kishida, 文雄 Fumio), or a place in one word (長崎 Nagasaki). A name must be read in
// full, every word of it by one part of the kanji and no word left over, so that 菅直人 (Kan
// Naoto) does not read as Yoshihide Suga nor 岸信介 (Kishi Nobusuke) as Kishida Fumio.

// Bounds of the kanji reading.
const (
	kanjiMinRunes  = 2    // one character alone has too many readings to name anyone
	kanjiMaxRunes  = 6    // translit's maxKanjiWord
	kanjiPartMax   = 3    // the longest family or given name tried (佐々木, 純一郎)
	kanjiWordMax   = 3    // the longest place or other name of one word tried (北海道)
	kanjiReadLimit = 1024 // readings of the part that is looked up, at most (four times for one word)
	kanjiMaxAlts   = 8    // table names returned, at most
)

// kanjiParts returns the ways the kanji name s splits into words: as written when it has a
// space or a middle dot (安倍 晋三, 安倍・晋三), else whole (長崎) and at each place a family name
// may end (岸|田文雄, 岸田|文雄, 岸田文|雄), each part of three kanji at most. It returns nil
// when s is not all Han characters (and 々) or is too short or too long.
func kanjiParts(s string) [][]string {
	words := strings.FieldsFunc(strings.TrimSpace(s), func(r rune) bool {
		return unicode.IsSpace(r) || r == '・' || r == '･' || r == '·'
	})
	total := 0
	for _, w := range words {
		for _, r := range w {
			if !unicode.Is(unicode.Han, r) {
				return nil
			}
		}
		total += utf8.RuneCountInString(w)
	}
	if len(words) == 0 || len(words) > 2 || total < kanjiMinRunes || total > kanjiMaxRunes {
		return nil
	}
	if len(words) == 2 {
		return [][]string{words}
	}
	rs := []rune(words[0])
	var out [][]string
	if len(rs) <= kanjiWordMax {
		out = append(out, []string{words[0]})
	}
	for i := 1; i < len(rs); i++ {
		if i <= kanjiPartMax && len(rs)-i <= kanjiPartMax && rs[i] != '々' {
			out = append(out, []string{string(rs[:i]), string(rs[i:])})
		}
	}
	return out
}

// kanjiNames returns the table names that s, a name written in kanji, reads as in Japanese,
// as written in the table (Fumio Kishida for 岸田文雄), at most kanjiMaxAlts. For each way of
// splitting s into words, the part with the fewest readings is looked up among the table's
// words; a name is kept when its other words are readings of the other parts, one each, and
// it has no other word.
func (r *Resolver) kanjiNames(s string) []string {
	splits := kanjiParts(s)
	if splits == nil {
		return nil
	}
	x := r.idx
	var out []string
	seen := map[uint32]bool{}
	for _, parts := range splits {
		anchor, best := -1, []string(nil)
		for i, p := range parts {
			limit := kanjiReadLimit
			if len(parts) == 1 {
				limit *= 4 // a place of three kanji (北海道) has more readings, and no other part
			}
			rds, complete := translit.KanjiReadings(p, limit)
			if len(rds) == 0 {
				anchor = -1
				break
			}
			if complete && (anchor < 0 || len(rds) < len(best)) {
				anchor, best = i, rds
			}
		}
		if anchor < 0 {
			continue
		}
		for _, rd := range best {
			for _, w := range x.WordTerms.Get(index.Hash(termDelete, translit.Key(rd))) {
				if x.Strings.At(x.WordText[w]) != rd {
					continue
				}
				for _, n := range x.WordNames.Row(w) {
					if seen[n] || x.NameFlags[n]&nameAsWritten != 0 {
						continue
					}
					if r.kanjiReadsName(n, w, parts, anchor) {
						seen[n] = true
						if len(out) < kanjiMaxAlts {
							out = append(out, r.nameText(n))
						}
					}
				}
			}
		}
	}
	return out
}

// kanjiReadsName reports whether the words of name n are the parts read one each: word w is
// part anchor's reading, and each other significant word reads one other part.
func (r *Resolver) kanjiReadsName(n, w uint32, parts []string, anchor int) bool {
	x := r.idx
	words, _ := x.NameWords(n)
	used := make([]bool, len(parts))
	used[anchor] = true
	anchorSeen := false
	for _, v := range words {
		t := role(x.WordFlags[v] & 0xff)
		if t == roleParticle || t == roleStopword {
			continue
		}
		if v == w && !anchorSeen {
			anchorSeen = true
			continue
		}
		text := x.Strings.At(x.WordText[v])
		found := false
		for i, p := range parts {
			if !used[i] && translit.KanjiReads(p, text) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	for _, u := range used {
		if !u {
			return false
		}
	}
	return anchorSeen
}

// stripHanTitle returns s without the title that Chinese and Japanese write after a name
// with no space (菅義偉首相, 蔡英文总统): the longest run of one to four Han characters at
// the end that romanizes to a posttitle of data/words.tsv, when a name of two characters or
// more is left.
func stripHanTitle(s string) (string, bool) {
	s = strings.TrimSpace(s)
	rs := []rune(s)
	lx := loadLexicon()
	for n := min(4, len(rs)-2); n >= 1; n-- {
		tail := rs[len(rs)-n:]
		han := true
		for _, r := range tail {
			han = han && unicode.Is(unicode.Han, r)
		}
		if !han {
			continue
		}
		f := strings.ReplaceAll(translit.Fold(translit.ToLatin(string(tail))), " ", "")
		if lx.words[f] == rolePostTitle {
			return strings.TrimSpace(string(rs[:len(rs)-n])), true
		}
	}
	return "", false
}

// Foreign names in kana and Hangul. Japanese and Korean write a foreign name syllable by
// syllable: a consonant without a vowel gets one (u or o in Japanese, eu in Korean: メルケル
// Merukeru, 트럼프 Teureompeu for Trump), sounds the language lacks take a neighbour (チ chi
// for ti, ツ tsu for ts and z, 츠 cheu for ts), and l and r are one letter. transcriptionForms
// undoes those changes to give the spellings the foreign name may have had, which are then
// compared with the table's word like any spelling.

// transcriptionForms returns the spellings that a word romanized from kana or Hangul (folded)
// may stand for as a foreign name: the vowels that may only carry a consonant dropped (before
// another consonant or at the end), once all of them and once all but the first, which is
// often a real vowel (プーチン Pūchin, スナク Sunaku); and then the sounds the script lacks read
// back (チ chi and 치 chi for ti, ツ tsu and 츠 cheu for ts). At most maxTranscriptionForms.
func transcriptionForms(f string) []string {
	if len(f) < 3 || len(f) > 40 {
		return nil
	}
	var forms []string
	add := func(v string) {
		if v != f && !slices.Contains(forms, v) && len(forms) < maxTranscriptionForms {
			forms = append(forms, v)
		}
	}
	// Korean: eo is the vowel of English u and of o (트럼프 teureompeu, Trump), ae of a.
	for _, keepFirst := range []bool{false, true} {
		dropped := dropCarrierVowels(f, keepFirst)
		if len(dropped) > 2 && dropped[0] == 'u' && !isVowelByte(dropped[1]) {
			// ウ alone is v or w before a consonant (ウラジーミル Urajīmiru, Vladimir).
			add(dropCarrierVowels("v"+f[1:], keepFirst))
		}
		// Korean: eo is the vowel of English u and of o (트럼프 teureompeu, Trump), ae of a;
		// ng before k is n (블링컨 Beullingkeon, Blinken).
		for _, base := range []string{
			koreanU.Replace(dropped),
			koreanO.Replace(dropped),
		} {
			add(base)
			add(chiTi.Replace(base))
			add(chTs.Replace(base))
			add(shiSi.Replace(base))
			add(strings.ReplaceAll(base, "p", "f")) // Korean ㅍ p is f too (올라프 Ollapeu, Olaf)
			if b, ok := strings.CutSuffix(base, "ng"); ok {
				add(b + "n") // a French nasal vowel: 마크롱 Makeurong, Macron
			}
			if n := len(base); n >= 3 && base[n-1] == 'u' && isVowelByte(base[n-2]) {
				// A final u after a vowel is the v of Ukrainian -iv (キーウ Kīu, 키이우 Kiiu,
				// Kyiv; 하르키우 Kharkiv).
				add(base[:n-1] + "v")
			}
			if !keepFirst {
				// Japanese a is the vowel of English u too (トランプ Torampu, Trump).
				add(strings.ReplaceAll(base, "a", "u"))
			}
		}
	}
	return forms
}

// maxTranscriptionForms caps the forms of one word.
const maxTranscriptionForms = 16

// ouSwapped reports whether a and b differ only where one has o and the other u: kana and
// Hangul write those two vowels apart, so a transcription that has the other one names
// another name (シュルツ Shurutsu is Schulz, not Scholz).
func ouSwapped(a, b string) bool {
	if len(a) != len(b) || a == b {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] && !(a[i] == 'o' && b[i] == 'u' || a[i] == 'u' && b[i] == 'o') {
			return false
		}
	}
	return true
}

// dropCarrierVowels drops from a romanized kana or Hangul word the vowels that may only carry
// a consonant: Korean eu after a consonant, Japanese u after a consonant, o after t or d,
// i after ch, sh or j at the end; each only before another consonant or at the end. With
// keepFirst the first such vowel stays.
func dropCarrierVowels(b string, keepFirst bool) string {
	out := make([]byte, 0, len(b))
	kept := !keepFirst
	for i := 0; i < len(b); i++ {
		c := b[i]
		last := byte(0)
		if len(out) > 0 {
			last = out[len(out)-1]
		}
		prevCons := last != 0 && !isVowelByte(last) && last != 'n' && last != 'y'
		end := func(j int) bool { return j == len(b) || !isVowelByte(b[j]) }
		drop, skip := false, 0
		switch {
		case c == 'e' && i+1 < len(b) && b[i+1] == 'u' && prevCons && end(i+2):
			drop, skip = true, 1 // Korean eu (ㅡ)
		case c == 'u' && prevCons && end(i+1):
			drop = true // Japanese u (ル ru for l, ク ku for k)
		case c == 'o' && (last == 't' || last == 'd') && end(i+1):
			drop = true // Japanese o after t, d (ト to for t, ドル doru for dr)
		case c == 'i' && (last == 'h' || last == 'j') && i+1 == len(b):
			drop = true // i after ch, sh, j at the end (ッチ tchi, 치 chi for ch)
		}
		if drop {
			if kept {
				i += skip
				continue
			}
			kept = true
		}
		out = append(out, c)
	}
	return string(out)
}

// transcriptionSim scores a word romanized from kana or Hangul against a table word as a
// transcription of it: the best similarity of the word and its transcriptionForms to the
// word's keys,
// with l and r as one letter and a doubled letter as one, among the forms with as many
// vowels (runs of vowel letters) as the key: which vowels carry a consonant is a guess, so
// the guess must leave the name's vowels (メルケル Merker for Merkel, not Markle). It returns that score (0 for none) and the form and key that
// gave it.
func transcriptionSim(q, n *token) (float64, string, string) {
	best, bf, bk := 0.0, "", ""
	for _, f := range append(transcriptionForms(q.text), q.text) {
		kf := squeeze(strings.ReplaceAll(translit.Key(f), "r", "l"))
		for _, k := range n.keys {
			kl := squeeze(strings.ReplaceAll(k, "r", "l"))
			if ouSwapped(kf, kl) || vowelGroups(kf) != vowelGroups(kl) {
				continue // a vowel the transcription writes and the name lacks, or the reverse
			}
			if s := translit.Similarity(kf, kl); s > best {
				best, bf, bk = s, kf, k
			}
		}
	}
	return best, bf, bk
}

// transcriptionKeys returns the keys of the transcriptionForms of a query word romanized from
// kana or Hangul, for the index to look up beside its own keys; nil for other words.
func transcriptionKeys(t *token) []string {
	if !t.lr {
		return nil
	}
	var out []string
	for _, f := range transcriptionForms(t.text) {
		for _, k := range []string{translit.Key(f), translit.Key(strings.ReplaceAll(f, "r", "l"))} {
			if !slices.Contains(out, k) && !slices.Contains(t.keys, k) {
				out = append(out, k)
			}
		}
	}
	return out
}

// squeeze writes each run of one letter once (Berrin, Berin).
func squeeze(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if i == 0 || s[i] != s[i-1] {
			b = append(b, s[i])
		}
	}
	return string(b)
}

// vowelGroups counts the runs of vowel letters in a key.
func vowelGroups(k string) int {
	n := 0
	for i := 0; i < len(k); i++ {
		if isVowelByte(k[i]) && (i == 0 || !isVowelByte(k[i-1])) {
			n++
		}
	}
	return n
}

// Chinese transcriptions of foreign names. Mandarin writes a foreign name by sound with a
// small set of characters (translit.HanTranscription): 特朗普 Telangpu is Trump, 朔尔茨
// Shuo'erci is Scholz. Pinyin meets such a name too far off, so a name every character of
// which is a transcription character is compared by its consonants: those of the Mandarin
// sounds, with the consonants a transcription writes alone (斯 s, 克 k, 特 t, 尔 r) and none
// of the vowels it adds, must be the consonants of the table's word, where Mandarin may drop
// an l or r before another consonant (默克尔 Mokr, Merkel) and writes m and n alike. A Chinese
// name is seldom written with transcription characters only, and one that is (林丹 Lin Dan)
// is met by its pinyin first: this reading is tried only when nothing else is found.

// zhMinSkeleton is the fewest consonants a transcribed word must have to be compared so.
const zhMinSkeleton = 3

// zhSkeleton is the consonant skeleton of a word (see zhClasses), with a final w after a
// vowel dropped (Moscow: msk). With nasal set (a transcription), an n that ends a syllable is
// written N: Mandarin writes m, n and ng there alike (特朗普 Telangpu, Trump), while an m or n
// that begins one is that letter (默 mo, 纳 na).
func zhSkeleton(s string, nasal bool) string {
	if n := len(s); n >= 2 && s[n-1] == 'w' && isVowelByte(s[n-2]) {
		s = s[:n-1]
	}
	if nasal {
		b := make([]byte, 0, len(s))
		for i := 0; i < len(s); i++ {
			switch {
			case s[i] == 'n' && i+1 < len(s) && (s[i+1] == 'n' || s[i+1] == 'm'):
				// one nasal written twice across syllables (唐纳 Tanna for Don)
			case s[i] == 'n' && (i+1 == len(s) || !isVowelByte(s[i+1])):
				b = append(b, 'N')
			default:
				b = append(b, s[i])
			}
		}
		s = string(b)
	}
	return zhClasses(s)
}

// zhClasses is skeleton(s, false) but that Mandarin keeps b, p (巴 布, 帕 普) and f, v, w
// (法 夫, 瓦 维 威) apart, as it writes them with other letters: 柏林 is Berlin, not William,
// and 拜登 Biden, not Putin.
func zhClasses(s string) string {
	return string(appendClasses(make([]byte, 0, len(s)), s, &zhLetterClasses))
}

// zhLetterClasses are the letter classes of zhClasses.
var zhLetterClasses = letterClasses("aeiouyjh", "fvw", "kgqcx", "sz", "dt", "lr")

// The rewrites of transcriptionForms and zhForms, built once: a strings.Replacer is safe for
// concurrent use, and building one per call cost more than the rest of a lookup.
var (
	koreanU     = strings.NewReplacer("eo", "u", "ae", "a", "ngk", "nk")
	koreanO     = strings.NewReplacer("eo", "o", "ae", "a", "ngk", "nk")
	chiTi       = strings.NewReplacer("chi", "ti")
	chTs        = strings.NewReplacer("ch", "ts")
	shiSi       = strings.NewReplacer("shi", "si", "ji", "di")
	zhReplacers = []*strings.Replacer{strings.NewReplacer("sh", "sch"), strings.NewReplacer("ts", "z"), strings.NewReplacer("sh", "sch", "ts", "z")}
)

// zhMinSimilarity is how alike, vowels and all, a transcription and the table's word must
// be beside their consonants: 默克尔 Mokr and Merkel are, 默克尔 and Ankara are not.
const zhMinSimilarity = 0.45

// zhForms returns the Latin forms of a transcription as translit.HanTranscription writes it,
// and with sh as German writes it (sch: 朔尔茨 Scholz) and ts as z.
func zhForms(a string) []string {
	out := []string{a}
	for _, rp := range zhReplacers {
		if v := rp.Replace(a); !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// zhMeets reports whether the transcription form f meets the table key k by their consonants
// (zhSkeleton): alike, or alike but for up to two l or r of k, before another consonant or at
// the end, which Mandarin drops after a plain vowel (默克尔 Mokr for Merkel, 斯塔默 Stamo for
// Starmer, 唐纳德 Tannad for Donald) but not after a diphthong (迈克尔 Maikr is Michael, not
// Merkel); both starting with a vowel or both with a consonant, with no other vowel ending
// (see endClass); and, vowels and all, at least zhMinSimilarity alike.
func zhMeets(f, k string) bool {
	qs, ks := zhSkeleton(f, true), zhSkeleton(k, false)
	if len(qs) < zhMinSkeleton || f == "" || k == "" || translit.Similarity(f, k) < zhMinSimilarity {
		return false
	}
	if isVowelByte(f[0]) != isVowelByte(k[0]) {
		return false // 斯塔默 Stamo is Starmer, not Astana
	}
	if ef, ek := endClass(f), endClass(k); ef != ek && ef != 'c' && ek != 'c' {
		return false // another ending is another name: 泽连斯卡 Zelenska is not Zelenskyy
	}
	return zhAlike(f, qs, ks, 2)
}

// zhAlike reports whether the skeleton qs of transcription f is ks with at most drops of its
// l dropped where f has a plain vowel.
func zhAlike(f, qs, ks string, drops int) bool {
	if len(qs) == len(ks) {
		for i := 0; i < len(qs); i++ {
			if qs[i] != ks[i] && !(qs[i] == 'N' && (ks[i] == 'n' || ks[i] == 'm')) {
				return false
			}
		}
		return true
	}
	if drops == 0 || len(ks) <= len(qs) {
		return false
	}
	for i := 1; i < len(ks); i++ {
		if ks[i] != 'l' {
			continue
		}
		if v := vowelsAfter(f, i); len(v) == 1 && strings.Contains("aoeu", v) && zhAlike(f, qs, ks[:i]+ks[i+1:], drops-1) {
			return true
		}
	}
	return false
}

// vowelsAfter returns the vowel letters of f after its n-th skeleton consonant (counting from
// 1) and before the next.
func vowelsAfter(f string, n int) string {
	var v []byte
	for p := 0; p < len(f); p++ {
		c := len(skeleton(f[:p+1], false))
		if c == n && isVowelByte(f[p]) {
			v = append(v, f[p])
		}
		if c > n {
			break
		}
	}
	return string(v)
}

// hanTranscriptionNames returns the Latin words of table names that s, a foreign name
// written in Chinese transcription characters (唐纳德·特朗普), transcribes: for each name
// whose words meet every word of s by their consonants, those words as the table writes
// them, in its order (Donald Trump; Trump for 特朗普); nothing when two different spellings
// are met, which the consonants cannot choose between.
func (r *Resolver) hanTranscriptionNames(s string) []string {
	words := strings.FieldsFunc(strings.TrimSpace(s), func(r rune) bool {
		return unicode.IsSpace(r) || r == '·' || r == '・' || r == '•' || r == '-' || r == '‧'
	})
	if len(words) == 0 || len(words) > 4 {
		return nil
	}
	forms := make([][]string, len(words))
	for i, w := range words {
		a, ok := translit.HanTranscription(w)
		if !ok {
			return nil
		}
		if len(zhSkeleton(a, true)) < zhMinSkeleton {
			return nil
		}
		forms[i] = zhForms(a)
	}
	x := r.idx
	// The table words of each query word, found by the skeleton terms of the index (which
	// keep m apart from n and the l that Mandarin drops).
	met := make([]map[uint32]bool, len(words))
	for i := range words {
		met[i] = map[uint32]bool{}
		for _, f := range forms[i] {
			sk := zhSkeleton(f, true)
			for _, v := range zhTermVariants(sk) {
				for _, w := range x.WordTerms.Get(index.Hash(termSkeleton, v)) {
					if met[i][w] {
						continue
					}
					t := tokenOf(x, w)
					for _, k := range t.keys {
						if zhMeets(f, k) {
							met[i][w] = true
							break
						}
					}
				}
			}
		}
	}
	var out []string
	seen := map[uint32]bool{}
	for w := range met[0] {
		for _, n := range x.WordNames.Row(w) {
			if seen[n] || x.NameFlags[n]&nameAsWritten != 0 {
				continue
			}
			seen[n] = true
			nws, _ := x.NameWords(n)
			used := make([]bool, len(nws))
			ok := true
			for i := range words {
				found := false
				for j, v := range nws {
					if !used[j] && met[i][v] {
						used[j], found = true, true
						break
					}
				}
				if !found {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			var parts []string
			for j, v := range nws {
				if used[j] {
					parts = append(parts, x.Strings.At(x.WordText[v]))
				}
			}
			if alt := strings.Join(parts, " "); !slices.Contains(out, alt) && len(out) < kanjiMaxAlts {
				out = append(out, alt)
			}
		}
	}
	if len(out) > 1 {
		return nil // two names read alike (Stalin, Starmer): the transcription names neither
	}
	return out
}

// zhTermVariants returns the index skeletons a table word may have when zhAlike takes it for
// sk: each N n or m, one or two l before an inner consonant or at the end. At most 48.
func zhTermVariants(sk string) []string {
	base := []string{sk, sk + "b"} // a final w after a vowel (Moscow)
	for i := 1; i <= len(sk); i++ {
		one := sk[:i] + "l" + sk[i:]
		base = append(base, one)
		for j := i + 2; j <= len(one); j++ {
			base = append(base, one[:j]+"l"+one[j:]) // two (Starmer: sdlml for sdm)
		}
	}
	var out []string
	for _, b := range base {
		b = strings.NewReplacer("f", "b", "p", "b").Replace(b) // the index merges b, p, f, v, w
		vs := []string{""}
		for i := 0; i < len(b); i++ {
			var next []string
			for _, v := range vs {
				if b[i] == 'N' {
					next = append(next, v+"n")
					if len(vs) < 4 {
						next = append(next, v+"m")
					}
					continue
				}
				next = append(next, v+string(b[i]))
			}
			vs = next
		}
		for _, v := range vs {
			if !slices.Contains(out, v) && len(out) < 48 {
				out = append(out, v)
			}
		}
	}
	return out
}
