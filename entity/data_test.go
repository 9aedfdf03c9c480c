package entity

import (
	"slices"
	"strings"
	"testing"

	"github.com/namecanon/namecanon/translit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLexiconLoads(t *testing.T) {
	lx, err := parseLexicon()
	require.NoError(t, err)
	assert.Equal(t, roleTitle, lx.words["president"])
	assert.Equal(t, roleParticle, lx.words["bin"])
	assert.NotZero(t, lx.cognates["volodymyr"])
	assert.True(t, lx.surnameFirst["xi"])
}

// Every title row's example loses its title (and adjective) when parsed as a mention.
func TestWordsExamples(t *testing.T) {
	rows, err := readTable("words.tsv", "word", "role", "example")
	require.NoError(t, err)
	for _, r := range rows {
		word, rl, ex := r.fields[0], r.fields[1], r.fields[2]
		t.Run(rl+" "+word, func(t *testing.T) {
			m := parseMention(ex, true)
			switch rl {
			case "title", "posttitle", "titlehead":
				assert.NotContains(t, " "+m.folded+" ", " "+translit.Fold(word)+" ", "words.tsv:%d: %q keeps its title", r.line, ex)
				assert.Contains(t, m.rules, "title")
			case "adjective":
				assert.NotContains(t, " "+m.folded+" ", " "+translit.Fold(word)+" ", "words.tsv:%d: %q keeps its adjective", r.line, ex)
			case "particle", "stopword":
				found := false
				for _, tok := range m.tokens {
					if tok.text == word {
						found = true
						assert.False(t, tok.significant(), "words.tsv:%d", r.line)
					}
				}
				assert.True(t, found || strings.Contains(m.folded, word), "words.tsv:%d: %q has no word %q", r.line, ex, word)
			case "designator":
				n := parseMention(ex, false)
				found := false
				for _, tok := range n.tokens {
					found = found || tok.text == word && tok.role == roleDesignator
				}
				assert.True(t, found, "words.tsv:%d: %q has no designator %q", r.line, ex, word)
			case "suffix":
				assert.Contains(t, m.folded, word, "words.tsv:%d: a suffix stays", r.line)
			}
		})
	}
}

// Every cognate row's example pair scores as the same given name.
func TestCognatesExamples(t *testing.T) {
	rows, err := readTable("cognates.tsv", "forms", "example")
	require.NoError(t, err)
	for _, r := range rows {
		a, b, ok := strings.Cut(r.fields[1], "=")
		require.True(t, ok, "cognates.tsv:%d: example: want A=B", r.line)
		t.Run(a, func(t *testing.T) {
			qa, qb := parseMention(a, true), parseMention(b, false)
			require.NotEmpty(t, qa.tokens)
			require.NotEmpty(t, qb.tokens)
			s, rule := wordSim(&qa.tokens[0], &qb.tokens[0])
			assert.GreaterOrEqual(t, s, tokenMin, "cognates.tsv:%d: %s/%s scored %.2f by %s", r.line, qa.tokens[0].text, qb.tokens[0].text, s, rule)
		})
	}
}

// Every inflection row's example, inflected, gets its nominative key as a variant.
func TestInflectionsExamples(t *testing.T) {
	rows, err := readTable("inflections.tsv", "lang", "ending", "nominative", "example")
	require.NoError(t, err)
	for _, r := range rows {
		in, nom, ok := strings.Cut(r.fields[3], "=")
		require.True(t, ok, "inflections.tsv:%d: example: want A=B", r.line)
		t.Run(r.fields[0]+" "+in, func(t *testing.T) {
			latin := translit.ToLatin(in)
			vs := append(deinflect(loadLexicon(), translit.Fold(latin)), deinflect(loadLexicon(), strings.ToLower(latin))...)
			assert.Contains(t, vs, translit.Key(nom), "inflections.tsv:%d", r.line)
		})
	}
}

// Every Finnish stem row's example, inflected, gets its nominative key as a variant, and so
// do the other cases of the same stem (Turun, Turkuun, Lahteen, Rovaniemen).
func TestFinnishStemsExamples(t *testing.T) {
	rows, err := readTable("fi_stems.tsv", "nominative", "stem", "illative", "example")
	require.NoError(t, err)
	for _, r := range rows {
		in, nom, ok := strings.Cut(r.fields[3], "=")
		require.True(t, ok, "fi_stems.tsv:%d: example: want A=B", r.line)
		t.Run(in, func(t *testing.T) {
			assert.Contains(t, deinflect(loadLexicon(), translit.Fold(in)), translit.Key(nom), "fi_stems.tsv:%d", r.line)
		})
	}
	for _, tt := range []struct{ in, nom string }{
		{"Turun", "Turku"}, {"Turkuun", "Turku"}, {"Lahteen", "Lahti"}, {"Rovaniemen", "Rovaniemi"},
		{"Lappeenrannan", "Lappeenranta"}, {"Kuusamojärvellä", "Kuusamojärvi"}, {"Ylöjärven", "Ylöjärvi"},
	} {
		t.Run(tt.in, func(t *testing.T) {
			assert.Contains(t, deinflect(loadLexicon(), translit.Fold(tt.in)), translit.Key(tt.nom))
		})
	}
}

// Every surname-first example is read with its first word as the family name.
func TestSurnameFirstExamples(t *testing.T) {
	rows, err := readTable("surname_first.tsv", "surname", "example")
	require.NoError(t, err)
	for _, r := range rows {
		t.Run(r.fields[1], func(t *testing.T) {
			m := parseMention(r.fields[1], false)
			assert.Equal(t, 0, surnameOf(&m, true), "surname_first.tsv:%d", r.line)
		})
	}
}

func TestSkeleton(t *testing.T) {
	for _, tt := range []struct{ name, a, b string }{
		{"b/v and a dropped h meet: Sybiha, Sivya", "Sybiha", "Sivya"},
		{"k/q and d/t meet: Qaddafi, Gaddafi", "Qaddafi", "Gaddafi"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, b := skeletons(translit.Key(tt.a)), skeletons(translit.Key(tt.b))
			shared := false
			for _, x := range a {
				shared = shared || slices.Contains(b, x)
			}
			assert.True(t, shared, "%v and %v share no skeleton", a, b)
		})
	}
	assert.NotEqual(t, skeletons(translit.Key("Zelensky")), skeletons(translit.Key("Zelenko")), "an extra consonant keeps names apart")
}

func TestEndClassSeparatesNames(t *testing.T) {
	for _, tt := range []struct {
		name, q, n string
		same       bool
	}{
		{"o against i: Zelenko is not Zelensky", "Zelenko", "Zelenskyy", false},
		{"a against i: Zelenska is not Zelensky", "Zelenska", "Zelenskyy", false},
		{"consonant against vowel is left alone: Dnepr, Dnipro", "Dnepr", "Dnipro", true},
		{"a against o is one class: Lukashenka, Lukashenko", "Lukashenka", "Lukashenko", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			q, n := parseMention(tt.q, true), parseMention(tt.n, false)
			s, _ := wordSim(&q.tokens[0], &n.tokens[0])
			if tt.same {
				assert.GreaterOrEqual(t, s, tokenMin)
			} else {
				assert.Less(t, s, tokenMin)
			}
		})
	}
}
