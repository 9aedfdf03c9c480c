package translit

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDistanceProperties checks Distance on real spellings of one name: symmetric, zero on
// equal keys, positive on different ones.
func TestDistanceProperties(t *testing.T) {
	pairs := []struct{ name, a, b string }{
		{name: "Sybiha and Sivya", a: "Sybiha", b: "Sivya"},
		{name: "Zelensky and Selenskyj", a: "Zelensky", b: "Selenskyj"},
		{name: "Qaddafi and Gheddafi", a: "Qaddafi", b: "Gheddafi"},
		{name: "Kharkiv and Kharkov", a: "Kharkiv", b: "Kharkov"},
		{name: "Lukashenka and Lukashenko", a: "Lukashenka", b: "Lukashenko"},
		{name: "Kuleba and Kulyk", a: "Kuleba", b: "Kulyk"},
		{name: "a name and the empty key", a: "Zelensky", b: ""},
	}
	for _, tt := range pairs {
		t.Run(tt.name, func(t *testing.T) {
			a, b := Key(tt.a), Key(tt.b)
			require.NotEqual(t, a, b, "the row needs two different keys")
			assert.Equal(t, Distance(a, b), Distance(b, a), "symmetric")
			assert.Equal(t, Similarity(a, b), Similarity(b, a), "symmetric")
			assert.Greater(t, Distance(a, b), 0.0, "different keys are apart")
			assert.Zero(t, Distance(a, a), "zero on equal")
			assert.Equal(t, 1.0, Similarity(a, a), "one on equal")
		})
	}
}

// TestDistanceCosts checks that each kind of edit costs what the doc comment and
// data/costs.tsv say, on real pairs of spellings.
func TestDistanceCosts(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       float64
	}{
		{name: "e for i costs 0.3", a: "kasem", b: "kasim", want: 0.3},
		{name: "b for v and a dropped h cost 0.4 each", a: "sibiha", b: "sivia", want: 0.8},
		{name: "s for z costs 0.4", a: "selenski", b: "zelenski", want: 0.4},
		{name: "an unlisted vowel for a vowel costs 0.7", a: "haza", b: "hiza", want: 0.7},
		{name: "an unlisted consonant for a consonant costs 1", a: "kuleba", b: "kuleda", want: 1},
		{name: "inserting a vowel costs 0.6", a: "lavrov", b: "lavrova", want: 0.6},
		{name: "inserting a consonant costs 1", a: "peskov", b: "peskovs", want: 1},
		{name: "swapping two neighbours costs 0.5", a: "sibiha", b: "sbiiha", want: 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.InDelta(t, tt.want, Distance(tt.a, tt.b), 1e-9)
			assert.InDelta(t, tt.want, Distance(tt.b, tt.a), 1e-9)
		})
	}
}

// TestExplainedEditsAreCheaper checks that the spelling variants of one name are closer than
// a change of name of the same size.
func TestExplainedEditsAreCheaper(t *testing.T) {
	tests := []struct {
		name                 string
		variant, same, other string
	}{
		{name: "Sivya is closer to Sybiha than Sybila", variant: "Sivya", same: "Sybiha", other: "Sybila"},
		{name: "Qasim is closer to Qasem than Qasam", variant: "Qasim", same: "Qasem", other: "Qasam"},
		{name: "Awlaki is closer to Aulaqi than Aulaki", variant: "Awlaki", same: "Aulaqi", other: "Anlaki"},
		{name: "Mehmet is closer to Mehmed than Mehmen", variant: "Mehmet", same: "Mehmed", other: "Mehmen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := Key(tt.variant)
			assert.Less(t, Distance(v, Key(tt.same)), Distance(v, Key(tt.other)))
		})
	}
}

func TestSimilarity(t *testing.T) {
	t.Run("the example of the doc comment: Sybiha and Sivya", func(t *testing.T) {
		assert.InDelta(t, 0.867, Similarity("sibiha", "sivia"), 0.001)
		assert.Equal(t, Similarity("sibiha", "sivia"), Similarity(Key("Sybiha"), Key("Sivya")))
	})
	t.Run("two empty keys are equal", func(t *testing.T) {
		assert.Equal(t, 1.0, Similarity("", ""))
		assert.Zero(t, Distance("", ""))
	})
	t.Run("the distance is divided by the longer key", func(t *testing.T) {
		// lavrov to lavrova: one inserted vowel, 0.6, over 7 letters.
		assert.InDelta(t, 1-0.6/7, Similarity("lavrov", "lavrova"), 1e-9)
	})
	t.Run("similarity stays in [0,1] for every pair of test names", func(t *testing.T) {
		names := []string{"Zelensky", "Selenskyj", "Зеленський", "Kuleba", "Kulyk", "Sybiha", "Sivya", "", "Ли"}
		for _, a := range names {
			for _, b := range names {
				s := Similarity(Key(a), Key(b))
				assert.True(t, s >= 0 && s <= 1, "Similarity(Key(%q), Key(%q)) = %v", a, b, s)
			}
		}
	})
}

// TestDistanceLongKeys checks that keys over 64 bytes are compared on their first 64.
func TestDistanceLongKeys(t *testing.T) {
	// A long real name: the full name of Pablo Picasso, keyed.
	long := Key("Pablo Diego José Francisco de Paula Juan Nepomuceno María de los Remedios Cipriano de la Santísima Trinidad Ruiz y Picasso")
	require.Greater(t, len(long), maxCompare+10)
	head := long[:maxCompare]
	t.Run("a difference after byte 64 is not seen", func(t *testing.T) {
		other := head + " zelenski"
		assert.Zero(t, Distance(long, other))
		assert.Equal(t, 1.0, Similarity(long, other))
	})
	t.Run("a difference inside the first 64 bytes is seen", func(t *testing.T) {
		other := "x" + long[1:]
		assert.InDelta(t, 1, Distance(long, other), 1e-9)
	})
	t.Run("a long key against a short one is capped at 64 letters", func(t *testing.T) {
		assert.InDelta(t, Distance(head, "pablo"), Distance(long, "pablo"), 1e-9)
		assert.InDelta(t, Similarity(head, "pablo"), Similarity(long, "pablo"), 1e-9)
	})
	t.Run("a cut inside a multi-byte letter does not panic", func(t *testing.T) {
		k := strings.Repeat("а", 40) // Cyrillic а, two bytes: byte 64 ends a letter, 63 does not
		assert.NotPanics(t, func() { Distance(k, "x"+k) })
	})
}

// withCosts makes Distance read ct while f runs. Tests that call it must not be parallel.
func withCosts(t *testing.T, ct *costTable, f func()) {
	t.Helper()
	saved := loadCosts
	loadCosts = func() *costTable { return ct }
	defer func() { loadCosts = saved }()
	f()
}

// TestCostsExamples reads data/costs.tsv through the package's parser and checks that every
// row's example pair is more alike with the row than with the default costs it replaces
// (the table parsed again with that row removed), or at least 0.8 alike.
func TestCostsExamples(t *testing.T) {
	text := mustReadData("costs.tsv")
	full, err := parseCosts(text)
	require.NoError(t, err)
	rows, err := readTSV("costs.tsv", text, "a", "b", "cost", "example")
	require.NoError(t, err)
	require.NotEmpty(t, rows)
	lines := strings.Split(text, "\n")
	for _, row := range rows {
		t.Run(row.fields[0]+" "+row.fields[1], func(t *testing.T) {
			without := strings.Join(append(append([]string{}, lines[:row.line-1]...), lines[row.line:]...), "\n")
			def, err := parseCosts(without)
			require.NoError(t, err)
			pairs := strings.Fields(row.fields[3])
			require.NotEmpty(t, pairs, "costs.tsv:%d: example: empty", row.line)
			for _, pair := range pairs {
				a, b, ok := strings.Cut(pair, "=")
				require.True(t, ok, "costs.tsv:%d: example: want A=B, got %q", row.line, pair)
				ka, kb := Key(a), Key(b)
				var with, byDefault float64
				withCosts(t, full, func() { with = Similarity(ka, kb) })
				withCosts(t, def, func() { byDefault = Similarity(ka, kb) })
				t.Logf("%s=%s: keys %q %q, similarity %.3f, with default costs %.3f", a, b, ka, kb, with, byDefault)
				assert.Equal(t, Similarity(ka, kb), with, "the full table is the embedded one")
				assert.GreaterOrEqual(t, with, 0.8, "costs.tsv:%d: Similarity(Key(%q), Key(%q))", row.line, a, b)
				if ka != kb {
					assert.Greater(t, with, byDefault, "costs.tsv:%d: %q and %q (keys %q, %q) gain nothing from the row", row.line, a, b, ka, kb)
				}
			}
		})
	}
}

// TestCostsErrors pins the errors of malformed copies of data/costs.tsv: file and line.
func TestCostsErrors(t *testing.T) {
	const head = "a\tb\tcost\texample\n"
	tests := []struct {
		name, text, want string
	}{
		{name: "a misspelt header is an error", text: "# c\na\tb\tweight\texample\n",
			want: `costs.tsv:2: header: want "a\tb\tcost\texample", got "a\tb\tweight\texample"`},
		{name: "a table without a header is an error", text: "# only comments\n",
			want: `costs.tsv:1: header: missing, want "a\tb\tcost\texample"`},
		{name: "a row with three fields is an error", text: head + "e\ti\t0.3\n",
			want: "costs.tsv:2: want 4 fields, got 3"},
		{name: "a cost that is not a number is an error", text: head + "e\ti\tcheap\tQasem=Qasim\n",
			want: `costs.tsv:2: cost: want a number in [0,1], got "cheap"`},
		{name: "a cost above 1 is an error", text: head + "e\ti\t0.3\tQasem=Qasim\nb\tv\t1.5\tSybiha=Sivya\n",
			want: `costs.tsv:3: cost: want a number in [0,1], got "1.5"`},
		{name: "a negative cost is an error", text: head + "e\ti\t-0.3\tQasem=Qasim\n",
			want: `costs.tsv:2: cost: want a number in [0,1], got "-0.3"`},
		{name: "two letters in a is an error", text: head + "kh\th\t0.4\tKharkiv=Harkiv\n",
			want: "costs.tsv:2: a, b: want one ASCII letter or -"},
		{name: "a letter outside ASCII is an error", text: head + "# c\ne\té\t0.3\tJosé=Jose\n",
			want: "costs.tsv:3: a, b: want one ASCII letter or -"},
		{name: "an empty b is an error", text: head + "h\t\t0.4\tSybiha=Sivya\n",
			want: "costs.tsv:2: a, b: want one ASCII letter or -"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ct, err := parseCosts(tt.text)
			require.Error(t, err)
			assert.EqualError(t, err, tt.want)
			assert.Nil(t, ct, "all-or-nothing: no table with an error")
		})
	}
}

// similaritySeeds are pairs of real spellings, for the fuzz corpus.
var similaritySeeds = [][2]string{
	{"Sybiha", "Sivya"}, {"Zelensky", "Зеленський"}, {"Qaddafi", "Gheddafi"},
	{"Kuleba", "Kulyk"}, {"Αλέξης Τσίπρας", "Alexis Tsipras"}, {"محمد", "Mohammed"},
	{"习近平", "Xi Jinping"}, {"", "Kyiv"}, {"Kyi\xffv", "Kyiv"},
}

// FuzzSimilarity checks Distance and Similarity on any pair: symmetric, zero distance on
// equal input, Similarity in [0,1], on raw strings and on their keys.
func FuzzSimilarity(f *testing.F) {
	for _, p := range similaritySeeds {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		for _, p := range [][2]string{{a, b}, {Key(a), Key(b)}} {
			x, y := p[0], p[1]
			d, back := Distance(x, y), Distance(y, x)
			if d != back {
				t.Fatalf("Distance(%+q, %+q) = %v, back %v", x, y, d, back)
			}
			if d < 0 || math.IsNaN(d) {
				t.Fatalf("Distance(%+q, %+q) = %v", x, y, d)
			}
			if Distance(x, x) != 0 {
				t.Fatalf("Distance(%+q, itself) = %v", x, Distance(x, x))
			}
			if x, y := x[:min(len(x), maxCompare)], y[:min(len(y), maxCompare)]; countBound(loadCosts(), x, y) > d+1e-9 {
				t.Fatalf("countBound(%+q, %+q) = %v above Distance %v", x, y, countBound(loadCosts(), x, y), d)
			}
			s := Similarity(x, y)
			if s < 0 || s > 1 || s != Similarity(y, x) {
				t.Fatalf("Similarity(%+q, %+q) = %v, back %v", x, y, s, Similarity(y, x))
			}
			if utf8.ValidString(x) && x == y && s != 1 {
				t.Fatalf("Similarity(%+q, itself) = %v", x, s)
			}
		}
	})
}

// countBound never exceeds Distance, so SimilarityAtLeast never drops a pair that reaches
// its bound; on unrelated names it is high enough to spare the table.
func TestCountBound(t *testing.T) {
	ct := loadCosts()
	names := []string{"Zelenskyy", "Zelensky", "Zelenko", "Sybiha", "Sivya", "Tsikhanouskaya", "Tichanowskaja",
		"Kovalenko", "Petrenko", "Qaddafi", "Kadhafi", "Wadephul", "Vardepoel", "Muhammad", "Mukhammed",
		"Kharkiv", "Charkiw", "Ali", "Al", "Ahmadinejad", "Hongkong", "Nguyen", "Ngo", "Erdogan", "Erdoğan"}
	for _, x := range names {
		for _, y := range names {
			a, b := Key(x), Key(y)
			assert.LessOrEqual(t, countBound(ct, a, b), Distance(a, b)+1e-9, "%s/%s", a, b)
		}
	}
	tests := []struct {
		name, a, b string
		above      float64
	}{
		{"other surname: letters differ beyond 0.6 of the length", Key("Zelensky"), Key("Trump"), (1 - 0.6) * 8},
		{"other place: consonants differ", Key("Kharkiv"), Key("Donetsk"), (1 - 0.6) * 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Greater(t, countBound(ct, tt.a, tt.b), tt.above)
			assert.Zero(t, SimilarityAtLeast(tt.a, tt.b, 0.6))
		})
	}
}

// SimilarityAtLeast returns what Similarity does whenever that reaches the bound, and
// something below the bound otherwise, on real key pairs near and far.
func TestSimilarityAtLeast(t *testing.T) {
	names := []string{"Zelenskyy", "Zelensky", "Zelenko", "Sybiha", "Sivya", "Tsikhanouskaya", "Tichanowskaja",
		"Shevchenko", "Schewtschenko", "Kharkiv", "Charkiw", "Qaddafi", "Gaddafi", "Kadhafi", "Wadephul", "Vardepoel",
		"Mohammedreza", "Mohammadreza", "Hongkong", "Kyiv", "Kiev", "Ali", "Al", "Muhammad", "Mukhammed", "Ahmadinejad"}
	for _, least := range []float64{0, 0.3, 0.6, 0.66, 0.84, 0.92, 0.97, 1} {
		for _, x := range names {
			for _, y := range names {
				a, b := Key(x), Key(y)
				full, got := Similarity(a, b), SimilarityAtLeast(a, b, least)
				if full >= least {
					assert.Equal(t, full, got, "%s/%s at least %v", a, b, least)
				} else {
					assert.Less(t, got, least, "%s/%s at least %v", a, b, least)
				}
			}
		}
	}
}

// BenchmarkSimilarityAtLeast compares every pair of a list of real names at the bound a name
// search uses (0.6), against the full Similarity of the same pairs.
func BenchmarkSimilarityAtLeast(b *testing.B) {
	var keys []string
	for _, n := range []string{"Zelenskyy", "Zelensky", "Zelenko", "Sybiha", "Sivya", "Tsikhanouskaya", "Tichanowskaja",
		"Kovalenko", "Petrenko", "Qaddafi", "Kadhafi", "Wadephul", "Vardepoel", "Muhammad", "Mukhammed", "Kharkiv",
		"Charkiw", "Ahmadinejad", "Hongkong", "Nguyen", "Erdogan", "Ivanov", "Petrov", "Smith", "Johnson", "Putin", "Biden"} {
		keys = append(keys, Key(n))
	}
	for _, bb := range []struct {
		name string
		sim  func(a, b string) float64
	}{
		{"at-least-0.6", func(a, b string) float64 { return SimilarityAtLeast(a, b, 0.6) }},
		{"full", Similarity},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			sum := 0.0
			for b.Loop() {
				for _, x := range keys {
					for _, y := range keys {
						sum += bb.sim(x, y)
					}
				}
			}
			_ = sum
		})
	}
}
