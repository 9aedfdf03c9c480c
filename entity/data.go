package entity

import (
	"bufio"
	"embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/namecanon/namecanon/translit"
)

//go:embed data/*.tsv
var dataFiles embed.FS

// row is one data row of an embedded table with its line number.
type row struct {
	line   int
	fields []string
}

// readTable reads data/name: '#' comments and blank lines skipped, header checked.
func readTable(name string, header ...string) ([]row, error) {
	b, err := dataFiles.ReadFile("data/" + name)
	if err != nil {
		return nil, err
	}
	var rows []row
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	line, seen := 0, false
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(t, "\t")
		if !seen {
			if strings.Join(f, "\t") != strings.Join(header, "\t") {
				return nil, fmt.Errorf("%s:%d: header: want %q", name, line, strings.Join(header, "\t"))
			}
			seen = true
			continue
		}
		if len(f) != len(header) {
			return nil, fmt.Errorf("%s:%d: want %d fields, got %d", name, line, len(header), len(f))
		}
		rows = append(rows, row{line, f})
	}
	return rows, sc.Err()
}

// role is what mention parsing does with a word of data/words.tsv.
type role uint8

const (
	roleNone        role = iota
	roleTitle            // dropped before a name
	roleAdjective        // dropped with a following title
	roleSuffix           // Jr., III: kept, and a name with one is another person
	roleParticle         // kept, not needed to match
	roleStopword         // like a particle, in organization names
	roleDesignator       // Group, Corporation, Oblast: may be left out of a place or body's name
	rolePostTitle        // a title written after the name (대통령, 总统, -san)
	roleCalendar         // a day or month: capitalized in English, never part of a name (On Tuesday Putin …)
	rolePreposition      // w, ve, в: a preposition before a case form, dropped from the front of a query
)

// lexicon holds the parsed data tables.
type lexicon struct {
	words      map[string]role       // single words
	titles     [][]string            // multi-word titles, longest first
	titleFirst map[string]bool       // the first words of the multi-word titles
	titlesFrom map[string][][]string // the multi-word titles by their first word, longest first
	// articleTitles are the multi-word titles that start with an article (al-Saltan).
	articleTitles [][]string
	titleHeads    []string        // title words that end German compound titles (Regierungschef)
	prepositions  map[string]bool // prepositions that a query may start with (w Kramatorsku)
	pinyin        map[string]bool // the syllables of Hanyu Pinyin (data/pinyin.tsv)
	hangul        map[string]bool // romanized Korean syllables (data/hangul.tsv)
	cognates      map[string]int  // folded given name, or its key → group number
	inflection    []inflection
	// surnameFirst holds the family names that lead a name (Xi Jinping, Kim Jong Un).
	surnameFirst map[string]bool
	// givenAlone holds the given names that the press uses alone (Abiy Ahmed, Prabowo
	// Subianto, Thaksin Shinawatra): data/given_alone.tsv.
	givenAlone map[string]bool
	// givenFirst holds the given names that a full name carries before the name in use
	// (Muhammad Nawaz Sharif, José Raúl Mulino): data/given_first.tsv.
	givenFirst map[string]bool
	// givenEuropean holds the given names of the European customs, which a full name
	// carries before the name in use (Arthur Peter Mutharika): data/given_european.tsv.
	givenEuropean map[string]bool
	// short maps a short form of a given name (Mo, Tony) to its full names, folded and, after
	// "\x00", as keys: data/hypocoristics.tsv.
	short map[string]map[string]bool
	// letterNames maps the Devanagari name of a Latin letter (एस) to the letter as an initial
	// (S.): data/letternames.tsv.
	letterNames map[string]letterName
}

// letterName is a row of data/letternames.tsv: the initial a letter's name spells, and
// whether the name may start a run of initials or only continue one.
type letterName struct {
	initial string
	start   bool
}

type inflection struct {
	ending, nominative string
	// whole: the ending may be the whole word (the Finnish stems of data/fi_stems.tsv: Turun
	// for Turku); other endings leave two letters or more before them.
	whole bool
}

// finnishCases are the case endings a Finnish noun's weak stem takes (data/fi_stems.tsv):
// genitive -n, inessive -ssa, elative -sta, adessive -lla, ablative -lta, allative -lle,
// essive -na, translative -ksi, folded (ä as a).
var finnishCases = []string{"n", "ssa", "sta", "lla", "lta", "lle", "na", "ksi"}

var loadLexicon = sync.OnceValue(func() *lexicon {
	lx, err := parseLexicon()
	if err != nil {
		panic(err) // embedded data; TestLexiconLoads proves it parses
	}
	return lx
})

func parseLexicon() (*lexicon, error) {
	lx := &lexicon{words: map[string]role{}, titleFirst: map[string]bool{}, prepositions: map[string]bool{}, pinyin: map[string]bool{}, hangul: map[string]bool{}, cognates: map[string]int{}, surnameFirst: map[string]bool{}, givenAlone: map[string]bool{}, givenFirst: map[string]bool{}, givenEuropean: map[string]bool{}, short: map[string]map[string]bool{}}
	rows, err := readTable("words.tsv", "word", "role", "example")
	if err != nil {
		return nil, err
	}
	roles := map[string]role{"title": roleTitle, "adjective": roleAdjective, "suffix": roleSuffix, "particle": roleParticle, "stopword": roleStopword, "designator": roleDesignator, "posttitle": rolePostTitle, "calendar": roleCalendar, "titlehead": roleTitle, "preposition": rolePreposition}
	for _, r := range rows {
		ro, ok := roles[r.fields[1]]
		if !ok {
			return nil, fmt.Errorf("words.tsv:%d: role: unknown %q", r.line, r.fields[1])
		}
		w := translit.Fold(r.fields[0])
		if strings.ContainsAny(w, " -") {
			lx.titles = append(lx.titles, strings.FieldsFunc(w, isSep))
			lx.titleFirst[lx.titles[len(lx.titles)-1][0]] = true
			continue
		}
		if r.fields[1] == "titlehead" {
			lx.titleHeads = append(lx.titleHeads, w)
		}
		if ro == rolePreposition {
			lx.prepositions[w] = true // kept apart: in text, V and U are initials (V. Zelensky)
			continue
		}
		lx.words[w] = ro
	}
	// A title that starts with an article (Arabic al-Saltan, al-Amir) is kept apart: the
	// article begins many names (Tamim bin Hamad Al Thani), which must not read as the first
	// word of a title.
	lx.titles = slices.DeleteFunc(lx.titles, func(t []string) bool {
		if r := lx.words[t[0]]; r != roleParticle && r != roleStopword {
			return false
		}
		lx.articleTitles = append(lx.articleTitles, t)
		return true
	})
	clear(lx.titleFirst)
	for _, t := range lx.titles {
		lx.titleFirst[t[0]] = true
	}
	for i := 1; i < len(lx.titles); i++ {
		for j := i; j > 0 && len(lx.titles[j]) > len(lx.titles[j-1]); j-- {
			lx.titles[j], lx.titles[j-1] = lx.titles[j-1], lx.titles[j]
		}
	}
	lx.titlesFrom = map[string][][]string{}
	for _, t := range lx.titles {
		lx.titlesFrom[t[0]] = append(lx.titlesFrom[t[0]], t)
	}
	rows, err = readTable("pinyin.tsv", "syllable")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		lx.pinyin[r.fields[0]] = true
	}
	rows, err = readTable("hangul.tsv", "syllable")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		lx.hangul[r.fields[0]] = true
	}
	rows, err = readTable("cognates.tsv", "forms", "example")
	if err != nil {
		return nil, err
	}
	for i, r := range rows {
		for _, f := range strings.Split(r.fields[0], "|") {
			lx.cognates[translit.Fold(f)] = i + 1
			if k := "\x00" + translit.Key(f); lx.cognates[k] == 0 {
				lx.cognates[k] = i + 1 // keys live apart from folded forms: \x00 cannot be in either
			}
		}
	}
	rows, err = readTable("inflections.tsv", "lang", "ending", "nominative", "example")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		lx.inflection = append(lx.inflection, inflection{ending: r.fields[1], nominative: r.fields[2]})
	}
	rows, err = readTable("fi_stems.tsv", "nominative", "stem", "illative", "example")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		nom, stem, ill := r.fields[0], r.fields[1], r.fields[2]
		for i, f := range r.fields[:3] {
			if f == "" || strings.Trim(f, "abcdefghijklmnopqrstuvwxyz") != "" {
				return nil, fmt.Errorf("fi_stems.tsv:%d: %s: want folded letters a-z, not %q", r.line, []string{"nominative", "stem", "illative"}[i], f)
			}
		}
		for _, c := range finnishCases {
			lx.inflection = append(lx.inflection, inflection{ending: stem + c, nominative: nom, whole: true})
		}
		lx.inflection = append(lx.inflection, inflection{ending: ill, nominative: nom, whole: true})
	}
	rows, err = readTable("letternames.tsv", "name", "letter", "start", "example")
	if err != nil {
		return nil, err
	}
	lx.letterNames = make(map[string]letterName, len(rows))
	for _, r := range rows {
		if r.fields[2] != "yes" && r.fields[2] != "no" {
			return nil, fmt.Errorf("letternames.tsv:%d: start: want yes or no, not %q", r.line, r.fields[2])
		}
		lx.letterNames[r.fields[0]] = letterName{initial: r.fields[1] + ".", start: r.fields[2] == "yes"}
	}
	rows, err = readTable("surname_first.tsv", "surname", "example")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		lx.surnameFirst[translit.Fold(r.fields[0])] = true
	}
	rows, err = readTable("given_alone.tsv", "name", "example")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		lx.givenAlone[translit.Fold(r.fields[0])] = true
	}
	rows, err = readTable("given_european.tsv", "name", "example")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		f := translit.Fold(r.fields[0])
		if f != r.fields[0] || strings.ContainsAny(f, " -") {
			return nil, fmt.Errorf("given_european.tsv:%d: name: want one folded word, got %q", r.line, r.fields[0])
		}
		lx.givenEuropean[f] = true
	}
	rows, err = readTable("given_first.tsv", "name", "example")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		f := translit.Fold(r.fields[0])
		if f == "" || strings.ContainsFunc(f, isSep) {
			return nil, fmt.Errorf("given_first.tsv:%d: name: want one word, got %q", r.line, r.fields[0])
		}
		lx.givenFirst[f] = true
	}
	rows, err = readTable("hypocoristics.tsv", "short", "names", "example")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		short := translit.Fold(r.fields[0])
		if short == "" || strings.ContainsFunc(short, isSep) {
			return nil, fmt.Errorf("hypocoristics.tsv:%d: short: want one word, got %q", r.line, r.fields[0])
		}
		set := map[string]bool{}
		for _, n := range strings.Split(r.fields[1], "|") {
			f := translit.Fold(n)
			if f == "" || strings.ContainsFunc(f, isSep) {
				return nil, fmt.Errorf("hypocoristics.tsv:%d: names: want one word, got %q", r.line, n)
			}
			set[f], set["\x00"+translit.Key(f)] = true, true
			if g := lx.cognates[f]; g != 0 {
				set["\x01"+strconv.Itoa(g)] = true // and the name's cognates: Misha, Mikheil
			}
		}
		lx.short[short] = set
	}
	return lx, nil
}

func isSep(r rune) bool { return r == ' ' || r == '-' }

// compoundTitle reports whether the folded word w is a German compound that ends in a title
// word of words.tsv's "titlehead" rows, with at least three letters before it:
// Palästinenserpräsident, Regierungschefin, Oppositionsführer, Kronprinz. German writes a
// descriptor and its title as one word, so a list of every compound cannot be complete.
func (lx *lexicon) compoundTitle(w string) bool {
	for _, h := range lx.titleHeads {
		if len(w) >= len(h)+3 && strings.HasSuffix(w, h) {
			return true
		}
	}
	return false
}

// hypocoristic reports whether one of the words is a short form of data/hypocoristics.tsv
// and the other one of its full names, as written, by key or as a cognate of one (Mo,
// Mohammed; Misha, Mikheil).
func (lx *lexicon) hypocoristic(a, b *token) bool {
	if s := lx.short[a.text]; s != nil {
		return s[b.text] || s["\x00"+b.key] || lx.cognate(b) != 0 && s["\x01"+strconv.Itoa(lx.cognate(b))]
	}
	if s := lx.short[b.text]; s != nil {
		return s[a.text] || s["\x00"+a.key] || lx.cognate(a) != 0 && s["\x01"+strconv.Itoa(lx.cognate(a))]
	}
	return false
}

// cognate returns the cognate group of a word, by its folded form or else its key, or 0.
func (lx *lexicon) cognate(t *token) int {
	if g := lx.cognates[t.text]; g != 0 {
		return g
	}
	return lx.cognates["\x00"+t.key]
}
