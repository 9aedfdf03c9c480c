package entity

import (
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
	kanjiPartMax   = 4    // the longest family or given name tried
	kanjiReadLimit = 4096 // readings of the part that is looked up, at most
	kanjiMaxAlts   = 8    // table names returned, at most
)

// kanjiParts returns the ways the kanji name s splits into words: as written when it has a
// space or a middle dot (安倍 晋三, 安倍・晋三), else whole (長崎) and at each place a family name
// may end (岸|田文雄, 岸田|文雄, 岸田文|雄). It returns nil when s is not all Han characters (and
// 々) or is too short or too long.
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
	out := [][]string{{words[0]}}
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
			rds, complete := translit.KanjiReadings(p, kanjiReadLimit)
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
