package translit

import (
	"fmt"
	"math"
	"strconv"
	"sync"
)

// The Cyrillic languages of the trigram model (data/cyrlang.tsv), in its column order, and
// their column names.
var (
	cyrModelLangs = [...]Standard{Ukrainian, Russian, Belarusian, Bulgarian, Serbian}
	cyrModelCodes = [len(cyrModelLangs)]string{"uk", "ru", "be", "bg", "sr"}
)

const (
	cyrModelRu = 1 // Russian's column: the other languages are weighed against it

	// cyrAlpha is the add-α smoothing of the trigram model: P(c | ab) = (n(abc) + α) /
	// (n(ab·) + α·cyrAlphabet).
	cyrAlpha    = 0.5
	cyrAlphabet = 40 // the letters, ^, $, the hyphen and the apostrophe that follow a context
)

// cyrillicMargin is how far, in nats, another language's score must lead Russian's before
// DetectCyrillic reads a text without telling letters as that language. Only Ukrainian and
// Bulgarian may win so (+Inf: never): chosen on the tuning part of the hunspell names (see
// gen_cyrlang.go and TestCyrillicModelTuning) as the smallest margin that keeps Russian
// names romanized as BGN/PCGN in at least 98 % of cases.
var cyrillicMargin = [len(cyrModelLangs)]float64{4, 0, math.Inf(1), 4, math.Inf(1)}

//go:generate go run gen_cyrlang.go

// cyrModel is the parsed trigram model with the name endings of data/cyrnames.tsv.
type cyrModel struct {
	logp    map[[3]rune][len(cyrModelLangs)]float32 // log P(c | ab) of the trigrams seen
	unseen  map[[2]rune][len(cyrModelLangs)]float32 // log P of a letter never seen after ab
	novel   [len(cyrModelLangs)]float32             // log P after a context never seen
	endings []cyrEnding
}

// cyrEnding is one row of data/cyrnames.tsv.
type cyrEnding struct {
	suffix []rune // lower case
	lang   int    // column in cyrModelLangs
	weight float32
}

var loadCyrModel = sync.OnceValues(func() (*cyrModel, error) {
	return parseCyrModel(mustReadData("cyrlang.tsv"), mustReadData("cyrnames.tsv"))
})

// parseCyrModel reads the trigram counts and the name endings.
func parseCyrModel(grams, endings string) (*cyrModel, error) {
	header := []string{"ngram"}
	header = append(header, cyrModelCodes[:]...)
	rows, err := readTSV("cyrlang.tsv", grams, header...)
	if err != nil {
		return nil, err
	}
	counts := make(map[[3]rune][len(cyrModelLangs)]float64, len(rows))
	ctx := map[[2]rune][len(cyrModelLangs)]float64{}
	for _, r := range rows {
		g := []rune(r.fields[0])
		if len(g) != 3 {
			return nil, fmt.Errorf("cyrlang.tsv:%d: ngram: want 3 letters, got %q", r.line, r.fields[0])
		}
		var c [len(cyrModelLangs)]float64
		for i := range cyrModelLangs {
			n, err := strconv.Atoi(r.fields[i+1])
			if err != nil || n < 0 {
				return nil, fmt.Errorf("cyrlang.tsv:%d: %s: want a count, got %q", r.line, header[i+1], r.fields[i+1])
			}
			c[i] = float64(n)
		}
		key := [3]rune{g[0], g[1], g[2]}
		if _, dup := counts[key]; dup {
			return nil, fmt.Errorf("cyrlang.tsv:%d: ngram: duplicate %q", r.line, r.fields[0])
		}
		counts[key] = c
		k := [2]rune{g[0], g[1]}
		t := ctx[k]
		for i := range t {
			t[i] += c[i]
		}
		ctx[k] = t
	}
	m := &cyrModel{
		logp:   make(map[[3]rune][len(cyrModelLangs)]float32, len(counts)),
		unseen: make(map[[2]rune][len(cyrModelLangs)]float32, len(ctx)),
	}
	for i := range m.novel {
		m.novel[i] = float32(-math.Log(cyrAlphabet))
	}
	for k, t := range ctx {
		var u [len(cyrModelLangs)]float32
		for i := range u {
			u[i] = float32(math.Log(cyrAlpha / (t[i] + cyrAlpha*cyrAlphabet)))
		}
		m.unseen[k] = u
	}
	for g, c := range counts {
		t := ctx[[2]rune{g[0], g[1]}]
		var l [len(cyrModelLangs)]float32
		for i := range l {
			l[i] = float32(math.Log((c[i] + cyrAlpha) / (t[i] + cyrAlpha*cyrAlphabet)))
		}
		m.logp[g] = l
	}

	erows, err := readTSV("cyrnames.tsv", endings, "ending", "lang", "weight", "example")
	if err != nil {
		return nil, err
	}
	for _, r := range erows {
		suffix := []rune(r.fields[0])
		if len(suffix) == 0 {
			return nil, fmt.Errorf("cyrnames.tsv:%d: ending: empty", r.line)
		}
		lang := -1
		for i, code := range cyrModelCodes {
			if code == r.fields[1] {
				lang = i
			}
		}
		if lang < 0 {
			return nil, fmt.Errorf("cyrnames.tsv:%d: lang: unknown %q", r.line, r.fields[1])
		}
		w, err := strconv.ParseFloat(r.fields[2], 32)
		if err != nil || w <= 0 {
			return nil, fmt.Errorf("cyrnames.tsv:%d: weight: want a positive number, got %q", r.line, r.fields[2])
		}
		m.endings = append(m.endings, cyrEnding{suffix: suffix, lang: lang, weight: float32(w)})
	}
	return m, nil
}

// cyrScorer scores text rune by rune: the trigram model's log-probabilities and the name
// endings of each Cyrillic word, per language, in sc.
type cyrScorer struct {
	m    *cyrModel
	sc   [len(cyrModelLangs)]float64
	last [8]rune // the word's last letters, lower case, newest last
	n    int     // letters in the current word
	a, b rune    // the two runes before the next one; b is 0 before a word's first letter
}

func (s *cyrScorer) rune(r rune) {
	if !(r >= 0x400 && r <= 0x4FF || (s.n > 0 && (r == '-' || isWordApostrophe(r)))) {
		s.endWord()
		return
	}
	l, _, _ := lowerRune(r)
	if isWordApostrophe(l) {
		l = '\''
	}
	if s.n == 0 {
		s.a = '^'
	}
	if s.b != 0 {
		s.m.add(s.a, s.b, l, &s.sc)
		s.a = s.b
	}
	s.b = l
	copy(s.last[:], s.last[1:])
	s.last[len(s.last)-1] = l
	s.n++
}

// endWord scores the end of the current word and its name endings.
func (s *cyrScorer) endWord() {
	if s.n == 0 {
		return
	}
	s.m.add(s.a, s.b, '$', &s.sc)
	for _, e := range s.m.endings {
		k := len(e.suffix)
		if s.n < k+2 || k > len(s.last) {
			continue
		}
		match := true
		for j := range k {
			if s.last[len(s.last)-k+j] != e.suffix[j] {
				match = false
				break
			}
		}
		if match {
			s.sc[e.lang] += float64(e.weight)
		}
	}
	s.n, s.a, s.b = 0, '^', 0
}

// decide returns the language that leads Russian by its cyrillicMargin (the one that leads
// most when several do), or Russian.
func (s *cyrScorer) decide() Standard {
	s.endWord()
	best, lead := Russian, 0.0
	for i, std := range cyrModelLangs {
		if d := s.sc[i] - s.sc[cyrModelRu]; i != cyrModelRu && d > cyrillicMargin[i] && d-cyrillicMargin[i] > lead {
			best, lead = std, d-cyrillicMargin[i]
		}
	}
	return best
}

// add scores the rune c after the two runes a b (a is ^ after a word's first letter, c is $
// at its end), as the generator counted the trigrams of "^word$".
func (m *cyrModel) add(a, b, c rune, sc *[len(cyrModelLangs)]float64) {
	if l, ok := m.logp[[3]rune{a, b, c}]; ok {
		addScores(sc, &l)
		return
	}
	if u, ok := m.unseen[[2]rune{a, b}]; ok {
		addScores(sc, &u)
		return
	}
	addScores(sc, &m.novel)
}

func addScores(sc *[len(cyrModelLangs)]float64, l *[len(cyrModelLangs)]float32) {
	for i := range sc {
		sc[i] += float64(l[i])
	}
}

// guessCyrillic weighs the text s, which has no telling letter, with the trigram model and
// the name endings, and returns the language that leads Russian by its cyrillicMargin, or
// Russian.
func guessCyrillic(s string) Standard {
	sc := newCyrScorer()
	for _, r := range s {
		sc.rune(r)
	}
	return sc.decide()
}

// guessCyrillicWord is guessCyrillic for one word given as runes.
func guessCyrillicWord(word []rune) Standard {
	sc := newCyrScorer()
	for _, r := range word {
		sc.rune(r)
	}
	return sc.decide()
}

func newCyrScorer() cyrScorer {
	m, err := loadCyrModel()
	if err != nil {
		panic(err) // embedded data; the tests load it
	}
	return cyrScorer{m: m, a: '^'}
}
