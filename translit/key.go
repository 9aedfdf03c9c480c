package translit

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// Convention names a press convention for writing the sounds of foreign names in Latin
// letters: how English, German, French, Polish and Czech, Spanish or Italian newspapers spell
// Ж, Ч, Ш, Х, Й or Arabic ق. [Keys] reads a name under each; [Key] under English.
type Convention uint8

// The Convention constants, one per code in the convention column of data/keys.tsv
// ([Convention.String], [ParseConvention]). They are named after the press, not the source
// language, to keep them apart from the [Standard] constants (Belarusian is a standard,
// BelarusianLatin a convention; Chinese a standard, ChineseNames a convention).
const (
	English         Convention = iota // the default: kh, zh, ch, sh, j as in Jamal
	German                            // w for в, sch for ш, tsch for ч, ch for х, j for й, z for ц
	French                            // ch for ш, tch for ч, j for ж, ou for у
	Polish                            // Polish and Czech: w, sz, cz, rz, ch for х, c for ц, j for й
	Spanish                           // j for х
	Italian                           // c and ch as in Italian, j for й
	BelarusianLatin                   // Belarusian Latin: ou and au for ов and ав (Barsukou), dz for дз
	RussianEra                        // Russian-era spellings of Ukrainian names: Kharkov, Lvov, Chernigov
	ChineseNames                      // Chinese names: Hanyu Pinyin and Wade–Giles read alike (Xi, Hsi)
	GreekPress                        // the Greek press's foreign names: ντ for d, μπ for b (Erntogan)
	DutchNordic                       // Dutch, Swedish and Finnish: tsj, tj and tš for ч, sj for ш, zj for ж, oe for у
	Hungarian                         // cs for ч, zs for ж, sz for с, c for ц, gy ny ty for дь нь ть, j for й
	Turkish                           // Turkish names: c for the sound of English j (Recep, Öcalan)
	IndochinaNames                    // Khmer, Lao, Thai and Burmese names: ph and th for aspirated p and t (Phnom, Thaksin), final nh for нь (Penh)
	numConventions
)

var conventionNames = [numConventions]string{"en", "de", "fr", "pl", "es", "it", "be", "ru", "zh", "el", "nl", "hu", "tr", "sea"}

// String returns the convention's code in the convention column of data/keys.tsv: en, de,
// fr, pl, es, it, be, ru, zh, el, nl, hu, tr, sea; "unknown" for a value outside the constants.
// [ParseConvention] reads it back.
func (c Convention) String() string {
	if c < numConventions {
		return conventionNames[c]
	}
	return "unknown"
}

// ParseConvention returns the Convention whose [Convention.String] is name, ignoring case,
// and false (with [English]) when there is none. ParseConvention(c.String()) == c, true.
func ParseConvention(name string) (Convention, bool) {
	for i, n := range conventionNames {
		if strings.EqualFold(n, name) {
			return Convention(i), true
		}
	}
	return English, false
}

// keyRule is one row of data/keys.tsv.
type keyRule struct {
	from, to string
	when     string // "", "front", "vowel-start", "end" or "medial"
	own      bool   // a row of one convention, not an "all" row: it wins over "all" rows
}

// keyRules holds, per convention, the rules that apply under it (its own and the "all" rows),
// indexed by first byte and sorted longest first.
type keyRules [numConventions][256][]keyRule

var loadKeyRules = sync.OnceValue(func() *keyRules {
	kr, err := parseKeyRules(mustReadData("keys.tsv"))
	if err != nil {
		panic(err) // embedded data; TestKeyRulesExamples proves it parses
	}
	return kr
})

// ruleListIDs numbers the rule lists of loadKeyRules: two conventions whose lists for a byte
// have one number treat that byte alike, so on a word made of such bytes their first passes
// are equal (Keys computes it once).
var ruleListIDs = sync.OnceValue(func() *[numConventions][256]uint16 {
	kr := loadKeyRules()
	ids := new([numConventions][256]uint16)
	for b := range 256 {
		var seen [][]keyRule
		for c := range numConventions {
			id := -1
			for i, l := range seen {
				if slices.Equal(l, kr[c][b]) {
					id = i
					break
				}
			}
			if id < 0 {
				id = len(seen)
				seen = append(seen, kr[c][b])
			}
			ids[c][b] = uint16(id)
		}
	}
	return ids
})

func parseKeyRules(text string) (*keyRules, error) {
	rows, err := readTSV("keys.tsv", text, "convention", "from", "to", "when", "example")
	if err != nil {
		return nil, err
	}
	kr := new(keyRules)
	for _, r := range rows {
		conv, from, to, when := r.fields[0], r.fields[1], r.fields[2], r.fields[3]
		if from == "" {
			return nil, fmt.Errorf("keys.tsv:%d: from: empty", r.line)
		}
		if when != "" && when != "front" && when != "vowel-start" && when != "end" && when != "medial" {
			return nil, fmt.Errorf("keys.tsv:%d: when: unknown condition %q", r.line, when)
		}
		rule := keyRule{from: from, to: to, when: when, own: conv != "all"}
		added := false
		for c := range numConventions {
			if conv == "all" || conv == conventionNames[c] {
				list := &kr[c][from[0]]
				*list = append(*list, rule)
				added = true
			}
		}
		if !added {
			return nil, fmt.Errorf("keys.tsv:%d: convention: unknown %q", r.line, conv)
		}
	}
	for c := range kr {
		for b := range kr[c] {
			list := kr[c][b]
			// Longest first; among equals, conditional rules before plain ones, and a
			// convention's own rules before the "all" rules they refine.
			for i := 1; i < len(list); i++ {
				for j := i; j > 0 && better(list[j], list[j-1]); j-- {
					list[j], list[j-1] = list[j-1], list[j]
				}
			}
		}
	}
	return kr, nil
}

func better(a, b keyRule) bool {
	if len(a.from) != len(b.from) {
		return len(a.from) > len(b.from)
	}
	if (a.when != "") != (b.when != "") {
		return a.when != ""
	}
	return a.own && !b.own
}

// isConsonant reports whether the folded letter c is an ASCII consonant.
func isConsonant(c byte) bool {
	return c >= 'a' && c <= 'z' && !isVowel(c)
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// premap spells letters with háček, ogonek-less dots and cedillas as the digraphs they stand
// for before Fold strips their marks: Czech and Slovak č š ž, Polish ż ź ś ć, Turkish ş ç ğ,
// Serbian and Croatian ć đ. Without it, Fold would turn Ševčenko into sevcenko.
var premap = strings.NewReplacer(
	"č", "ch", "Č", "Ch", "š", "sh", "Š", "Sh", "ž", "zh", "Ž", "Zh",
	"ż", "zh", "Ż", "Zh", "ś", "s", "Ś", "S", "ć", "ch", "Ć", "Ch",
	"ş", "sh", "Ş", "Sh", "ç", "ch", "Ç", "Ch",
)

// Key returns the name key of s under the English press convention: s romanized ([ToLatin]),
// its háček letters spelled out (č → ch), folded ([Fold]), and each word rewritten by
// data/keys.tsv so that spellings of one name from different transliteration standards meet:
//   - endings -y, -yy, -iy, -yi, -ij, -yj, -i all become -i (Zelensky, Zelenskyy, Zelenskiy,
//     Zelenskyi, Zelenskij → zelenski);
//   - w is v and a final f is v (Wolodymyr → volodimir, Witkoff and Witkov → vitkov);
//   - g, kh and gh are h (Olha and Olga → olha, Sibiga → sibiha, Kharkiv and Harkiv → harkiv);
//   - y is i, doubled letters are single, and case and diacritics are gone.
//
// Different names stay apart: Kuleba and Kulyk, Medvedev and Medvedchuk, Zelensky and
// Zelenko have different keys. Words are joined by one space; hyphens separate words.
// Invisible characters go first ([StripIgnorable]): Zelen\u200Bsky has the key of Zelensky.
// Key(Key(s)) == Key(s). It is safe for concurrent use.
func Key(s string) string {
	return stableKey(English, latinFold(ToLatin(StripIgnorable(s))))
}

// latinFold spells out the háček letters of latin, the romanization of a name, and folds it.
// Letters that romanization left alone because of a mark it does not know (a rare Cyrillic
// letter with a diacritic) are romanized again once Fold has taken the mark off, so that no
// key keeps a Cyrillic letter.
func latinFold(latin string) string {
	f := Fold(premap.Replace(latin))
	if !isASCII(f) {
		f = Fold(premap.Replace(ToLatin(f)))
	}
	return f
}

// stableKey keys folded under c, then reads the key again under English until nothing
// changes, so that Key(Key(s)) == Key(s) holds even where one rule's output spells another
// rule's input (Makgill gives makhil on the first pass, mahil on the second). Key letters
// are read back under English, whatever c was: they are the key alphabet, not German or
// Polish spelling. Passes repeat until one changes nothing: two are almost always enough,
// Tstststststsch needs one per ts. On key letters no English rule lengthens a word or undoes
// another rule, so the loop ends.
func stableKey(c Convention, folded string) string {
	var a, b [64]byte
	return stabilize(appendKeyUnder(a[:0], c, folded), b[:0])
}

// stabilize reads the first-pass key k again under English until nothing changes, as
// stableKey does, with scratch as working space (k is overwritten), and returns the key.
func stabilize(k, scratch []byte) string {
	for range len(k) + 1 {
		next := appendKeyUnder(scratch[:0], English, unsafe.String(unsafe.SliceData(k), len(k)))
		if bytes.Equal(next, k) {
			break
		}
		k, scratch = next, k
	}
	return string(k)
}

// Keys returns the name keys of s under every [Convention], without repeats, the English key
// first. One key cannot serve every convention — ch is ч in English, х in German and Polish, ш
// in French — so a resolver that must meet Charkiw (de) and Kharkiv (en) looks up all of them:
// Keys("Charkiw") holds harkiv. Each key is computed as [Key] computes the English one, and
// also from the plain fold (for names whose ç or š was dropped, not spelled out).
func Keys(s string) []string {
	latin := ToLatin(StripIgnorable(s))
	forms := [2]string{latinFold(latin), Fold(latin)}
	out := make([]string, 0, 4)
	// The stable key depends only on the first pass: conventions whose rules leave a word
	// alike share one (most do, for most words), so each distinct first pass is stabilized
	// once, in fixed buffers.
	type pass struct {
		lo, hi int
		key    string
	}
	var arena [256]byte
	var passes [2 * numConventions]pass
	var sa, sb [64]byte
	buf, n := arena[:0], 0
	ids := ruleListIDs()
	for i, f := range forms {
		if i == 1 && f == forms[0] {
			break
		}
		var bytesOf [256]bool // the bytes of f, listed in present
		var present []byte
		for j := 0; j < len(f); j++ {
			if !bytesOf[f[j]] {
				bytesOf[f[j]] = true
				present = append(present, f[j])
			}
		}
	conventions:
		for c := range numConventions {
			for d := range c {
				if sameRules(ids, c, d, present) {
					continue conventions // the same first pass, hence the same key: out has it
				}
			}
			lo := len(buf)
			buf = appendKeyUnder(buf, c, f)
			key, found := "", false
			for _, p := range passes[:n] {
				if bytes.Equal(buf[p.lo:p.hi], buf[lo:]) {
					key, found = p.key, true
					break
				}
			}
			if found {
				buf = buf[:lo]
			} else {
				key = stabilize(append(sa[:0], buf[lo:]...), sb[:0])
				passes[n] = pass{lo, len(buf), key}
				n++
			}
			if !contains(out, key) {
				out = append(out, key)
			}
		}
	}
	return out
}

// sameRules reports whether conventions c and d have the same rules for every byte of present.
func sameRules(ids *[numConventions][256]uint16, c, d Convention, present []byte) bool {
	for _, b := range present {
		if ids[c][b] != ids[d][b] {
			return false
		}
	}
	return true
}

// KeyUnder returns the key of s under convention c, as [Key] does for English. An unknown
// convention is read as English.
func KeyUnder(c Convention, s string) string {
	if c >= numConventions {
		c = English
	}
	return stableKey(c, latinFold(ToLatin(StripIgnorable(s))))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// appendKeyUnder appends the key of a folded string under c, word by word, to dst: the
// first pass of stableKey.
func appendKeyUnder(dst []byte, c Convention, folded string) []byte {
	rules := &loadKeyRules()[c]
	start := len(dst)
	// The words between spaces and hyphens, empty ones skipped, as strings.FieldsFunc
	// splits them; a plain loop, so that dst stays on the caller's stack (a range over
	// strings.FieldsFuncSeq captures it in a closure, and every key then cost two heap
	// buffers).
	for i := 0; i < len(folded); {
		for i < len(folded) && (folded[i] == ' ' || folded[i] == '-') {
			i++
		}
		j := i
		for j < len(folded) && folded[j] != ' ' && folded[j] != '-' {
			j++
		}
		if j == i {
			break
		}
		if len(dst) > start {
			dst = append(dst, ' ')
		}
		dst = appendWordKey(dst, rules, folded[i:j])
		i = j
	}
	return dst
}

// appendWordKey appends the key of one folded word.
func appendWordKey(dst []byte, rules *[256][]keyRule, w string) []byte {
	start := len(dst)
	for i := 0; i < len(w); {
		b := w[i]
		if i > 0 && b == w[i-1] && isConsonant(b) {
			// A doubled consonant is one letter, before the rules read it too: Luxxon is
			// Luxon (xx would give ksks, which the collapse below cannot undo), Hajjar Hajar.
			i++
			continue
		}
		matched := false
		for _, r := range rules[b] {
			if !strings.HasPrefix(w[i:], r.from) {
				continue
			}
			next := i + len(r.from)
			switch r.when {
			case "front":
				if next >= len(w) || (w[next] != 'e' && w[next] != 'i' && w[next] != 'y') {
					continue
				}
			case "end":
				if next != len(w) {
					continue
				}
			case "medial":
				if i == 0 || next >= len(w) || isVowel(w[next]) {
					continue
				}
			case "vowel-start":
				if i != 0 || next >= len(w) || !isVowel(w[next]) {
					continue
				}
			}
			dst = append(dst, r.to...)
			i = next
			matched = true
			break
		}
		if !matched {
			if b < utf8.RuneSelf {
				dst = append(dst, b)
				i++
			} else {
				_, size := utf8.DecodeRuneInString(w[i:])
				dst = append(dst, w[i:i+size]...)
				i += size
			}
		}
	}
	return finishWordKey(dst, start)
}

// finishWordKey applies the rules that every convention shares to the word key in
// dst[start:]: doubled letters collapse, a word-initial i before a vowel goes, a final f is v,
// and a final e after a consonant goes in words of four letters or more, except in -ske:
// Ukrainian neuter place names (Pokrovske, Luhanske) are other places than the towns in -sk.
func finishWordKey(dst []byte, start int) []byte {
	w := dst[start:]
	n := 0
	for i := 0; i < len(w); i++ {
		if n > 0 && w[i] == w[n-1] && w[i] < utf8.RuneSelf {
			continue
		}
		w[n] = w[i]
		n++
	}
	w = w[:n]
	for len(w) > 1 && w[0] == 'i' && isVowel(w[1]) {
		w = w[1:]
	}
	if l := len(w); l > 1 && w[l-1] == 'f' {
		w[l-1] = 'v'
	}
	if l := len(w); l >= 4 && w[l-1] == 'e' && !isVowel(w[l-2]) && w[l-2] < utf8.RuneSelf && !(w[l-3] == 's' && w[l-2] == 'k') {
		w = w[:l-1]
	}
	n = copy(dst[start:], w)
	return dst[:start+n]
}
