package translit

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
)

// foldCase is one row of a Fold table: a real name and its comparison form.
type foldCase struct {
	name, in, want string
}

var foldCaseTests = []foldCase{
	{name: "upper case is lowered", in: "ZELENSKYY", want: "zelenskyy"},
	{name: "mixed case is lowered", in: "McDonald", want: "mcdonald"},
	{name: "an upper-case special letter is lowered before its fold", in: "Dan JØRGENSEN", want: "dan jorgensen"},
	{name: "capital sharp s folds as ß", in: "GROẞMANN", want: "grossmann"},
	{name: "Cyrillic is lowered, not transliterated", in: "КУЛЕБА", want: "кулеба"},
	{name: "Greek is lowered, not transliterated", in: "ΤΣΙΠΡΑΣ", want: "τσιπρασ"},
}

var foldDiacriticTests = []foldCase{
	{name: "acute is dropped", in: "José Martí", want: "jose marti"},
	{name: "umlaut is dropped", in: "Müller", want: "muller"},
	{name: "breve is dropped", in: "Erdoğan", want: "erdogan"},
	{name: "háček is dropped", in: "Ševčenko", want: "sevcenko"},
	{name: "ring is dropped", in: "Dvořák", want: "dvorak"},
	{name: "tilde is dropped", in: "Ibáñez", want: "ibanez"},
	{name: "ogonek is dropped", in: "Wałęsa", want: "walesa"},
	{name: "cedilla is dropped", in: "Façade Gonçalves", want: "facade goncalves"},
	{name: "stacked Vietnamese marks are all dropped", in: "Nguyễn Phú Trọng", want: "nguyen phu trong"},
	{name: "the dot of Turkish İ is dropped", in: "İnönü", want: "inonu"},
	{name: "a decomposed accent is dropped as a precomposed one is", in: "Jose\u0301 Marti\u0301", want: "jose marti"},
	{name: "a combining mark with no base letter is dropped", in: "\u0301Ali", want: "ali"},
}

var foldSpecialTests = []foldCase{
	{name: "ø is o", in: "Søren Kierkegaard", want: "soren kierkegaard"},
	{name: "æ is ae", in: "Lætitia Casta", want: "laetitia casta"},
	{name: "ß is ss", in: "Richard Strauß", want: "richard strauss"},
	{name: "ł is l", in: "Łódź", want: "lodz"},
	{name: "đ is d", in: "Zoran Đinđić", want: "zoran dindic"},
	{name: "ð and the acute of ó are both folded", in: "Björk Guðmundsdóttir", want: "bjork gudmundsdottir"},
	{name: "þ is th", in: "Þorgerður Katrín", want: "thorgerdur katrin"},
	{name: "dotless ı is i", in: "Binali Yıldırım", want: "binali yildirim"},
	{name: "schwa ə is a", in: "Elmar Məmmədyarov", want: "elmar mammadyarov"},
	{name: "capital schwa Ə is a", in: "Əliyev", want: "aliyev"},
	{name: "Maltese ħ is h", in: "Ħaż-Żebbuġ", want: "haz-zebbug"},
}

var foldWidthTests = []foldCase{
	{name: "full-width letters are narrowed", in: "Ｋｙｉｖ", want: "kyiv"},
	{name: "full-width capitals are narrowed and lowered", in: "ＺＥＬＥＮＳＫＹＹ", want: "zelenskyy"},
	{name: "the ideographic space is a space", in: "Ｄａｎ\u3000Ｊｏｒｇｅｎｓｅｎ", want: "dan jorgensen"},
	{name: "a full-width hyphen-minus is a hyphen", in: "Ｋｉｍ Ｊｏｎｇ－ｕｎ", want: "kim jong-un"},
}

var foldApostropheTests = []foldCase{
	{name: "a right single quotation mark is dropped", in: "Mu’ammar", want: "muammar"},
	{name: "an ASCII apostrophe is dropped", in: "O'Brien", want: "obrien"},
	{name: "a left single quotation mark (ayn) is dropped", in: "Ta‘izz", want: "taizz"},
	{name: "a backtick is dropped", in: "Sana`a", want: "sanaa"},
	{name: "the modifier letter apostrophe ʼ is dropped", in: "Khmelʼnytskyi", want: "khmelnytskyi"},
	{name: "the modifier letter turned comma ʻ is dropped", in: "Hawaiʻi", want: "hawaii"},
	{name: "the modifier letter right half ring ʾ is dropped", in: "Qurʾan", want: "quran"},
	{name: "ASCII apostrophes in a Ukrainian name are dropped", in: "Khmel'nyts'kyi", want: "khmelnytskyi"},
	{name: "a soft hyphen is dropped", in: "Zelen\u00adskyy", want: "zelenskyy"},
	{name: "a zero-width joiner is dropped", in: "Kyi\u200dv", want: "kyiv"},
}

var foldPunctuationTests = []foldCase{
	{name: "the example of the issue", in: "Mu’ammar  al-Qaddafi", want: "muammar al-qaddafi"},
	{name: "the hyphen is kept", in: "Jean-Marie Le Pen", want: "jean-marie le pen"},
	{name: "the Unicode hyphen is a hyphen", in: "Jean\u2010Marie", want: "jean-marie"},
	{name: "the non-breaking hyphen is a hyphen", in: "Ahmadi\u2011Moghaddam", want: "ahmadi-moghaddam"},
	{name: "an en dash is a space", in: "Paris–Roubaix", want: "paris roubaix"},
	{name: "a comma is a space", in: "Zelensky, Volodymyr", want: "zelensky volodymyr"},
	{name: "a full stop is a space", in: "J.R.R. Tolkien", want: "j r r tolkien"},
	{name: "brackets are spaces", in: "Bashar (al-Assad)", want: "bashar al-assad"},
	{name: "quotation marks are spaces", in: "Carlos “the Jackal”", want: "carlos the jackal"},
	{name: "a symbol is a space", in: "Marks & Spencer", want: "marks spencer"},
	{name: "digits are kept", in: "Louis XIV 1638", want: "louis xiv 1638"},
}

var foldSpaceTests = []foldCase{
	{name: "the special letter example of the issue", in: "Dan Jørgensen", want: "dan jorgensen"},
	{name: "runs of spaces collapse", in: "Volodymyr   Zelensky", want: "volodymyr zelensky"},
	{name: "the ends are trimmed", in: "  Volodymyr Zelensky  ", want: "volodymyr zelensky"},
	{name: "tabs and newlines are spaces", in: "Volodymyr\tZelensky\n", want: "volodymyr zelensky"},
	{name: "a no-break space is a space", in: "Volodymyr\u00a0Zelensky", want: "volodymyr zelensky"},
	{name: "leading punctuation is trimmed", in: "...Kyiv", want: "kyiv"},
	{name: "trailing punctuation is trimmed", in: "Kyiv!", want: "kyiv"},
	{name: "punctuation next to a space collapses with it", in: "Zelensky , Volodymyr", want: "zelensky volodymyr"},
	{name: "an already folded name is unchanged", in: "volodymyr zelensky", want: "volodymyr zelensky"},
	{name: "the empty string stays empty", in: "", want: ""},
	{name: "only spaces fold to nothing", in: "   ", want: ""},
	{name: "only punctuation folds to nothing", in: "’ — …", want: ""},
}

var foldInvalidTests = []foldCase{
	{name: "a stray byte is U+FFFD", in: "Kyi\xffv", want: "kyi\uFFFDv"},
	{name: "a lone invalid byte is U+FFFD", in: "\xff", want: "\uFFFD"},
	{name: "a truncated Cyrillic letter at the end is U+FFFD", in: "Zelensk\xd1", want: "zelensk\uFFFD"},
	{name: "each byte of a truncated three-byte sequence is U+FFFD", in: "Mu\xe2\x80ammar", want: "mu\uFFFD\uFFFDammar"},
	{name: "a surrogate encoded in UTF-8 is U+FFFD per byte", in: "a\xed\xa0\x80b", want: "a\uFFFD\uFFFD\uFFFDb"},
	{name: "U+FFFD in the input is kept", in: "Kyi\uFFFDv", want: "kyi\uFFFDv"},
}

// allFoldTests holds every Fold table, by behaviour.
var allFoldTests = []struct {
	class string
	tests []foldCase
}{
	{"case", foldCaseTests},
	{"diacritics", foldDiacriticTests},
	{"special", foldSpecialTests},
	{"width", foldWidthTests},
	{"apostrophes", foldApostropheTests},
	{"punctuation", foldPunctuationTests},
	{"spaces", foldSpaceTests},
	{"invalid", foldInvalidTests},
}

func runFold(t *testing.T, tests []foldCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Fold(tt.in)
			assert.Equal(t, tt.want, got, "Fold(%+q)", tt.in)
			assert.True(t, utf8.ValidString(got), "Fold(%+q) = %+q is not valid UTF-8", tt.in, got)
			assert.Equal(t, got, Fold(got), "Fold is not idempotent on %+q", tt.in)
		})
	}
}

func TestFoldCase(t *testing.T)        { runFold(t, foldCaseTests) }
func TestFoldDiacritics(t *testing.T)  { runFold(t, foldDiacriticTests) }
func TestFoldSpecial(t *testing.T)     { runFold(t, foldSpecialTests) }
func TestFoldWidth(t *testing.T)       { runFold(t, foldWidthTests) }
func TestFoldApostrophes(t *testing.T) { runFold(t, foldApostropheTests) }
func TestFoldPunctuation(t *testing.T) { runFold(t, foldPunctuationTests) }
func TestFoldSpaces(t *testing.T)      { runFold(t, foldSpaceTests) }
func TestFoldInvalidUTF8(t *testing.T) { runFold(t, foldInvalidTests) }

// TestNewFolder checks that the Transformer gives what Fold gives on every row of the Fold
// tables, whole, fed one byte at a time through a Reader, and after Reset.
func TestNewFolder(t *testing.T) {
	for _, table := range allFoldTests {
		class := table.class
		for _, tt := range table.tests {
			want := Fold(tt.in)
			t.Run(class+"/"+tt.name+"/transform.String", func(t *testing.T) {
				got, _, err := transform.String(NewFolder(), tt.in)
				require.NoError(t, err)
				assert.Equal(t, want, got)
			})
			t.Run(class+"/"+tt.name+"/byte-by-byte reader", func(t *testing.T) {
				r := transform.NewReader(iotest.OneByteReader(strings.NewReader(tt.in)), NewFolder())
				got, err := io.ReadAll(r)
				require.NoError(t, err)
				assert.Equal(t, want, string(got))
			})
		}
	}
	t.Run("a folder is reusable after Reset", func(t *testing.T) {
		f := NewFolder()
		first, _, err := transform.String(f, "  Mu’ammar al-Qaddafi, ")
		require.NoError(t, err)
		f.Reset()
		second, _, err := transform.String(f, "Dan Jørgensen")
		require.NoError(t, err)
		assert.Equal(t, "muammar al-qaddafi", first)
		assert.Equal(t, "dan jorgensen", second, "no pending space or state carried over")
	})
	t.Run("a tiny destination buffer loses nothing", func(t *testing.T) {
		// Each Transform call gets a 3-byte dst: the folder must hand back ErrShortDst
		// and resume, never split a rune or drop the pending space.
		in := "Þorgerður  Katrín Gunnarsdóttir"
		f := NewFolder()
		var out []byte
		dst := make([]byte, 3)
		src := []byte(in)
		for {
			nDst, nSrc, err := f.Transform(dst, src, true)
			out = append(out, dst[:nDst]...)
			src = src[nSrc:]
			if err == nil {
				break
			}
			require.ErrorIs(t, err, transform.ErrShortDst)
		}
		assert.Equal(t, Fold(in), string(out))
	})
}

// TestFoldTable reads data/fold.tsv through the package's parser and folds every example.
func TestFoldTable(t *testing.T) {
	text := mustReadData("fold.tsv")
	table, err := parseFoldTable(text)
	require.NoError(t, err)
	rows, err := readTSV("fold.tsv", text, "letter", "fold", "example")
	require.NoError(t, err)
	require.Len(t, table, len(rows), "one letter per row, none repeated")
	for _, row := range rows {
		letter, fold, example := row.fields[0], row.fields[1], row.fields[2]
		t.Run(letter, func(t *testing.T) {
			r, _ := utf8.DecodeRuneInString(letter)
			assert.Equal(t, fold, Fold(letter), "the letter alone")
			assert.Equal(t, fold, Fold(string(unicode.ToUpper(r))), "its upper case folds as it does")
			pairs := strings.Fields(example)
			require.NotEmpty(t, pairs, "fold.tsv:%d: example: empty", row.line)
			for _, pair := range pairs {
				orig, want, ok := strings.Cut(pair, "=")
				require.True(t, ok, "fold.tsv:%d: example: want Original=folded, got %q", row.line, pair)
				assert.Contains(t, strings.ToLower(orig), letter, "fold.tsv:%d: example %q does not show the letter", row.line, orig)
				assert.Equal(t, want, Fold(orig), "fold.tsv:%d: Fold(%q)", row.line, orig)
			}
		})
	}
}

// TestFoldTableErrors pins the errors of malformed copies of data/fold.tsv: file and line.
func TestFoldTableErrors(t *testing.T) {
	const head = "letter\tfold\texample\n"
	tests := []struct {
		name, text, want string
	}{
		{name: "a misspelt header is an error", text: "# c\nletter\tfolded\texample\nø\to\tJørgensen=jorgensen\n",
			want: `fold.tsv:2: header: want "letter\tfold\texample", got "letter\tfolded\texample"`},
		{name: "a header with a column missing is an error", text: "letter\tfold\n",
			want: `fold.tsv:1: header: want "letter\tfold\texample", got "letter\tfold"`},
		{name: "a table without a header is an error", text: "# only a comment\n",
			want: `fold.tsv:1: header: missing, want "letter\tfold\texample"`},
		{name: "a row with two fields is an error", text: head + "ø\to\n",
			want: "fold.tsv:2: want 3 fields, got 2"},
		{name: "a row with four fields is an error", text: head + "# c\nø\to\tJørgensen=jorgensen\tx\n",
			want: "fold.tsv:3: want 3 fields, got 4"},
		{name: "two letters in the letter column is an error", text: head + "ø\to\tJørgensen=jorgensen\naa\tå\tAasen=asen\n",
			want: `fold.tsv:3: letter: want one character, got "aa"`},
		{name: "an empty letter is an error", text: head + "\to\tJørgensen=jorgensen\n",
			want: `fold.tsv:2: letter: want one character, got ""`},
		{name: "invalid UTF-8 is an error", text: head + "\xf8\to\tJ\xf8rgensen=jorgensen\n",
			want: "fold.tsv:2: invalid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := parseFoldTable(tt.text)
			require.Error(t, err)
			assert.EqualError(t, err, tt.want)
			assert.Nil(t, m, "all-or-nothing: no table with an error")
		})
	}
}

// foldSeeds are real names in the scripts Fold meets, for the fuzz corpus.
var foldSeeds = []string{
	"Mu’ammar  al-Qaddafi", "Dan Jørgensen", "Volodymyr Zelenskyy", "Nguyễn Phú Trọng",
	"Recep Tayyip Erdoğan", "Þorgerður Katrín Gunnarsdóttir", "Ｋｙｉｖ", "Khmelʼnytskyi",
	"Володимир Зеленський", "Сибіга", "Ахмед Закаев", "Αλέξης Τσίπρας", "Ὀδυσσεύς",
	"معمر القذافي", "محمد بن سلمان", "习近平", "金正恩", "דוד בן-גוריון", "Ahmadi\u2011Moghaddam",
	"Kyi\xffv", "\xf2\u0300", "\xf2\u0200", "",
}

// FuzzFold checks the properties of Fold on any input: valid UTF-8 out, idempotence, no upper
// case, no leading, trailing or doubled space, and the same output from NewFolder.
func FuzzFold(f *testing.F) {
	for _, s := range foldSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Fold(%+q) = %+q: invalid UTF-8", s, got)
		}
		if again := Fold(got); again != got {
			t.Fatalf("Fold not idempotent on %+q: %+q then %+q", s, got, again)
		}
		if strings.HasPrefix(got, " ") || strings.HasSuffix(got, " ") || strings.Contains(got, "  ") {
			t.Fatalf("Fold(%+q) = %+q: untrimmed or doubled space", s, got)
		}
		for _, r := range got {
			if unicode.ToLower(r) != r {
				t.Fatalf("Fold(%+q) = %+q: %U is not lower case", s, got, r)
			}
		}
		if !utf8.ValidString(s) {
			// The chain is compared on valid UTF-8 only: its NFD step (x/text/unicode/norm)
			// leaves a letter composed right after an invalid lead byte ("\xf2\u0200" gives
			// "\ufffd\u0201"), where Fold decomposes it and drops the mark ("\ufffda").
			return
		}
		chained, _, err := transform.String(NewFolder(), s)
		if err != nil || chained != got {
			t.Fatalf("NewFolder on %+q = %+q, %v; Fold = %+q", s, chained, err, got)
		}
	})
}

// foldAllocInputs are 20-character names, the size the issue bounds.
var foldAllocInputs = []struct{ name, in string }{
	{name: "ascii to rewrite", in: "Volodymyr Zelenskyy!"},
	{name: "ascii already folded", in: "kim jong-un al-assad"},
	{name: "latin-diacritics", in: "Recep Tayyip Erdoğan"},
	{name: "latin special letters", in: "Dan Jørgensen Østerå"},
}

// TestFoldAllocs holds Fold on a 20-character name to at most 2 allocations.
func TestFoldAllocs(t *testing.T) {
	for _, tt := range foldAllocInputs {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, 20, utf8.RuneCountInString(tt.in))
			Fold(tt.in) // warm the pool and the data table
			allocs := testing.AllocsPerRun(200, func() { Fold(tt.in) })
			assert.LessOrEqual(t, allocs, 2.0, "Fold(%q)", tt.in)
		})
	}
}

// foldBenchInputs are the input classes of BenchmarkFold.
var foldBenchInputs = []struct{ name, in string }{
	{name: "ascii", in: "Volodymyr Zelenskyy!"},
	{name: "latin-diacritics", in: "Recep Tayyip Erdoğan"},
	{name: "cyrillic", in: "Володимир Зеленський"},
	{name: "long-1KB", in: longText(1024)},
}

// longText returns about n bytes of real names with diacritics and punctuation, cut at a
// name boundary so that it stays valid UTF-8.
func longText(n int) string {
	names := []string{"Mu’ammar al-Qaddafi, ", "Dan Jørgensen; ", "Nguyễn Phú Trọng ", "Recep Tayyip Erdoğan. "}
	var sb strings.Builder
	for i := 0; sb.Len() < n; i++ {
		sb.WriteString(names[i%len(names)])
	}
	return sb.String()
}

// BenchmarkFold compares Fold (fast ASCII path, pooled chain) with the brute-force baseline:
// a fresh NewFolder chain and transform.String on every call.
func BenchmarkFold(b *testing.B) {
	for _, bb := range foldBenchInputs {
		b.Run(bb.name+"/Fold", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bb.in)))
			for b.Loop() {
				Fold(bb.in)
			}
		})
		b.Run(bb.name+"/baseline-fresh-chain", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bb.in)))
			for b.Loop() {
				_, _, _ = transform.String(NewFolder(), bb.in)
			}
		})
	}
}
