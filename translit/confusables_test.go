package translit

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/namecanon/namecanon/internal/skipnote"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestUnconfuse(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		want      string
		wantMixed bool
	}{
		{name: "Cyrillic е in a Latin word is e", in: "Z\u0435l\u0435nskyy", want: "Zelenskyy", wantMixed: true},
		{name: "Cyrillic Р in a Latin word is P", in: "\u0420utin", want: "Putin", wantMixed: true},
		{name: "Cyrillic т, whose prototype is small capital T, is t", in: "\u0420u\u0442in", want: "Putin", wantMixed: true},
		{name: "Greek Ο in a Latin word is O", in: "\u039Fbama", want: "Obama", wantMixed: true},
		{name: "Greek Ν and ν in a Latin word are N and v", in: "\u039Da\u03BDalny", want: "Navalny", wantMixed: true},
		{name: "Armenian օ in a Latin word is o", in: "B\u0585ris Johnson", want: "Boris Johnson", wantMixed: true},
		{name: "uppercase Cyrillic І, prototype l, is I", in: "\u0406lham Aliyev", want: "Ilham Aliyev", wantMixed: true},
		{name: "uppercase Greek Ι, prototype l, is I", in: "\u0399brahimovi\u0107", want: "Ibrahimovi\u0107", wantMixed: true},
		{name: "uppercase disguise keeps uppercase", in: "\u0420UTIN", want: "PUTIN", wantMixed: true},
		{name: "every mixed word of a text is mapped", in: "Vladimir \u0420utin met Volodymyr Z\u0435l\u0435nskyy", want: "Vladimir Putin met Volodymyr Zelenskyy", wantMixed: true},
		{name: "a word wholly in Cyrillic stays", in: "Київ", want: "Київ", wantMixed: false},
		{name: "an all-Cyrillic word that looks Latin stays", in: "\u0420\u0430\u0440\u0430", want: "\u0420\u0430\u0440\u0430", wantMixed: false},
		{name: "a Latin name stays", in: "Putin", want: "Putin", wantMixed: false},
		{name: "clean words in two scripts are not mixed", in: "Zelensky Путин", want: "Zelensky Путин", wantMixed: false},
		{name: "a hyphen splits words", in: "Rimsky-Корсаков", want: "Rimsky-Корсаков", wantMixed: false},
		{name: "an apostrophe splits words", in: "d'Артаньян", want: "d'Артаньян", wantMixed: false},
		{name: "a digit splits words", in: "Boeing737Мах", want: "Boeing737Мах", wantMixed: false},
		{name: "a letter without a look-alike is kept and the word stays mixed", in: "Z\u0435l\u0436nsky", want: "Zel\u0436nsky", wantMixed: true},
		{name: "a decomposing letter maps as its base with its mark", in: "Ky\u0457v", want: "Ky\u00EFv", wantMixed: true},
		{name: "a combining mark after a mapped letter stays", in: "Citro\u0435\u0308n", want: "Citroe\u0308n", wantMixed: true},
		{name: "Latin letters with diacritics count as Latin", in: "Anton\u00EDn Dvo\u0159\u00E1k", want: "Anton\u00EDn Dvo\u0159\u00E1k", wantMixed: false},
		{name: "a Latin letter with diacritic mixes with Cyrillic", in: "Dvo\u0159\u0430k", want: "Dvo\u0159ak", wantMixed: true},
		{name: "invalid UTF-8 becomes U+FFFD", in: "Put\xffin", want: "Put\uFFFDin", wantMixed: false},
		{name: "invalid UTF-8 ends a mixed word", in: "\u0420u\xfftin", want: "Pu\uFFFDtin", wantMixed: true},
		{name: "empty text", in: "", want: "", wantMixed: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, mixed := Unconfuse(tt.in)
			assert.Equal(t, tt.want, got, "%+q", got)
			assert.Equal(t, tt.wantMixed, mixed, "mixed")
			assert.Equal(t, tt.wantMixed, MixedScript(tt.in), "MixedScript")
		})
	}
}

func TestMixedScript(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{name: "Cyrillic а inside a Latin name is mixed", in: "Serg\u0435y Lavrov", want: true},
		{name: "a Cherokee letter without a Latin mapping still mixes", in: "\u13AAdams", want: true},
		{name: "Latin and Han in one word are mixed", in: "Xi近平", want: true},
		{name: "a name in Greek is not mixed", in: "Κυριάκος Μητσοτάκης", want: false},
		{name: "Latin and Greek in separate words are not mixed", in: "Kyriakos Μητσοτάκης", want: false},
		{name: "a modifier apostrophe is neutral inside a word", in: "Hawai\u02BBi", want: false},
		{name: "a Latin word with a combining mark is not mixed", in: "Zo\u0308e", want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, MixedScript(tt.in))
		})
	}
}

// TestConfusableTableLookAlikes checks the generated table for the look-alikes of Latin
// letters most used in disguises.
// TestLetterScriptFastPaths checks the fast paths of letterScript against Unicode's own
// tables, rune by rune.
func TestLetterScriptFastPaths(t *testing.T) {
	general := func(r rune) wordRune {
		switch {
		case unicode.IsMark(r):
			return wordNeutral
		case !unicode.IsLetter(r):
			return wordNone
		case unicode.Is(unicode.Latin, r):
			return wordLatin
		case unicode.Is(unicode.Common, r) || unicode.Is(unicode.Inherited, r):
			return wordNeutral
		}
		return wordOther
	}
	for r := rune(0x80); r < 0x600; r++ {
		assert.Equal(t, general(r), letterScript(r), "%U", r)
	}
}

func TestConfusableTableLookAlikes(t *testing.T) {
	tests := []struct {
		name string
		from rune
		want string
	}{
		{name: "Cyrillic а is a", from: 'а', want: "a"},
		{name: "Cyrillic е is e", from: 'е', want: "e"},
		{name: "Cyrillic о is o", from: 'о', want: "o"},
		{name: "Cyrillic р is p", from: 'р', want: "p"},
		{name: "Cyrillic с is c", from: 'с', want: "c"},
		{name: "Cyrillic у is y", from: 'у', want: "y"},
		{name: "Cyrillic х is x", from: 'х', want: "x"},
		{name: "Cyrillic і is i", from: 'і', want: "i"},
		{name: "Cyrillic ј is j", from: 'ј', want: "j"},
		{name: "Cyrillic ѕ is s", from: 'ѕ', want: "s"},
		{name: "Cyrillic ԁ is d", from: 'ԁ', want: "d"},
		{name: "Cyrillic ԛ is q", from: 'ԛ', want: "q"},
		{name: "Cyrillic ԝ is w", from: 'ԝ', want: "w"},
		{name: "Cyrillic һ is h", from: 'һ', want: "h"},
		{name: "Cyrillic А is A", from: 'А', want: "A"},
		{name: "Cyrillic В is B", from: 'В', want: "B"},
		{name: "Cyrillic Е is E", from: 'Е', want: "E"},
		{name: "Cyrillic К is K", from: 'К', want: "K"},
		{name: "Cyrillic М is M", from: 'М', want: "M"},
		{name: "Cyrillic Н is H", from: 'Н', want: "H"},
		{name: "Cyrillic О is O", from: 'О', want: "O"},
		{name: "Cyrillic Р is P", from: 'Р', want: "P"},
		{name: "Cyrillic С is C", from: 'С', want: "C"},
		{name: "Cyrillic Т is T", from: 'Т', want: "T"},
		{name: "Cyrillic Х is X", from: 'Х', want: "X"},
		{name: "Cyrillic І is I by the case rule, not the prototype l", from: 'І', want: "I"},
		{name: "Cyrillic Ј is J", from: 'Ј', want: "J"},
		{name: "Cyrillic Ѕ is S", from: 'Ѕ', want: "S"},
		{name: "Cyrillic т is t by the small-capital rule", from: 'т', want: "t"},
		{name: "Cyrillic ё is ë by its decomposition", from: 'ё', want: "ë"},
		{name: "Greek Α is A", from: 'Α', want: "A"},
		{name: "Greek Β is B", from: 'Β', want: "B"},
		{name: "Greek Ε is E", from: 'Ε', want: "E"},
		{name: "Greek Ζ is Z", from: 'Ζ', want: "Z"},
		{name: "Greek Η is H", from: 'Η', want: "H"},
		{name: "Greek Ι is I by the case rule, not the prototype l", from: 'Ι', want: "I"},
		{name: "Greek Κ is K", from: 'Κ', want: "K"},
		{name: "Greek Μ is M", from: 'Μ', want: "M"},
		{name: "Greek Ν is N", from: 'Ν', want: "N"},
		{name: "Greek Ο is O", from: 'Ο', want: "O"},
		{name: "Greek Ρ is P", from: 'Ρ', want: "P"},
		{name: "Greek Τ is T", from: 'Τ', want: "T"},
		{name: "Greek Υ is Y", from: 'Υ', want: "Y"},
		{name: "Greek Χ is X", from: 'Χ', want: "X"},
		{name: "Greek ο is o", from: 'ο', want: "o"},
		{name: "Greek ν is v", from: 'ν', want: "v"},
		{name: "Greek ι is i", from: 'ι', want: "i"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := lookupConfusable(tt.from)
			require.True(t, ok, "%U has no entry", tt.from)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestConfusableTableNoMapping(t *testing.T) {
	tests := []struct {
		name string
		from rune
	}{
		{name: "Cyrillic ж has no Latin look-alike", from: 'ж'},
		{name: "Cyrillic к, whose prototype is kra, is not mapped", from: 'к'},
		{name: "Cyrillic З, whose prototype is the digit 3, is not mapped", from: 'З'},
		{name: "Cyrillic Ы, whose prototype is two letters, is not mapped", from: 'Ы'},
		{name: "Latin e is not in the table", from: 'e'},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := lookupConfusable(tt.from)
			assert.False(t, ok, "%U maps to %+q", tt.from, got)
		})
	}
}

// TestConfusableTableShape checks what binary search and Unconfuse rely on: rows sorted and
// unique, each a letter of another script mapped to one Latin letter plus marks.
func TestConfusableTableShape(t *testing.T) {
	require.NotEmpty(t, confusableTable)
	for i, c := range confusableTable {
		if i > 0 {
			assert.Less(t, confusableTable[i-1].from, c.from, "row %d not sorted", i)
		}
		assert.Equal(t, wordOther, letterScript(c.from), "%U is not a letter of another script", c.from)
		require.True(t, utf8.ValidString(c.to), "%U", c.from)
		first, size := utf8.DecodeRuneInString(c.to)
		assert.Equal(t, wordLatin, letterScript(first), "%U maps to %+q", c.from, c.to)
		for _, m := range c.to[size:] {
			assert.True(t, unicode.IsMark(m), "%U maps to %+q", c.from, c.to)
		}
	}
}

func TestUnconfuseAllocs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  float64
	}{
		{name: "ASCII text allocates nothing", in: "Volodymyr Zelenskyy", max: 0},
		{name: "text with no mixed word allocates nothing", in: "Володимир Зеленський", max: 0},
		{name: "a mixed word costs one allocation", in: "Volodymyr Z\u0435l\u0435nskyy", max: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := testing.AllocsPerRun(100, func() { Unconfuse(tt.in) })
			assert.LessOrEqual(t, got, tt.max, "Unconfuse")
			got = testing.AllocsPerRun(100, func() { MixedScript(tt.in) })
			assert.Zero(t, got, "MixedScript")
		})
	}
}

// confusablesSource is where Debian's python3-confusable-homoglyphs installs the data that
// gen_confusables.go reads by default.
const confusablesSource = "/usr/lib/python3/dist-packages/confusable_homoglyphs/confusables.json"

// TestConfusableTableUpToDate regenerates confusables_table.go and diffs it with the
// checked-in file.
func TestConfusableTableUpToDate(t *testing.T) {
	if _, err := os.Stat(confusablesSource); err != nil {
		skipnote.Skip(t, "source data missing (%v): apt-get install -y python3-confusable-homoglyphs", err)
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("go tool not found: %v", err)
	}
	out := filepath.Join(t.TempDir(), "confusables_table.go")
	cmd := exec.Command(goTool, "run", "gen_confusables.go", "-src", confusablesSource, "-out", out)
	msg, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", msg)
	want, err := os.ReadFile(out)
	require.NoError(t, err)
	got, err := os.ReadFile("confusables_table.go")
	require.NoError(t, err)
	if !bytes.Equal(got, want) {
		gotLines, wantLines := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gotLines), len(wantLines)) {
			if gotLines[i] != wantLines[i] {
				t.Errorf("confusables_table.go is stale (run go generate in translit/); line %d:\n got: %s\nwant: %s", i+1, gotLines[i], wantLines[i])
				return
			}
		}
		t.Errorf("confusables_table.go is stale (run go generate in translit/): %d lines, want %d", len(gotLines), len(wantLines))
	}
}

func FuzzUnconfuse(f *testing.F) {
	for _, s := range []string{
		"Z\u0435l\u0435nskyy", "\u0420u\u0442in", "\u039Fbama", "Київ", "Zelensky Путин",
		"Z\u0435l\u0436nsky", "Ky\u0457v", "Citro\u0435\u0308n", "\u0420u\xfftin", "\u0406lham Aliyev",
		"Μητσοτάκης", "Rimsky-Корсаков", "\u13AAdams",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, mixed := Unconfuse(s)
		if !utf8.ValidString(out) {
			t.Fatalf("Unconfuse(%+q) = %+q: invalid UTF-8", s, out)
		}
		if mixed != MixedScript(s) {
			t.Fatalf("Unconfuse(%+q) reports mixed=%v, MixedScript says %v", s, mixed, !mixed)
		}
		if again, _ := Unconfuse(out); again != out {
			t.Fatalf("not idempotent: %+q → %+q → %+q", s, out, again)
		}
		if !mixed && utf8.ValidString(s) && out != s {
			t.Fatalf("Unconfuse(%+q) = %+q: changed text with no mixed word", s, out)
		}
		// A word still mixed after Unconfuse must hold a letter that has no look-alike.
		if MixedScript(out) && !strings.ContainsFunc(out, func(r rune) bool {
			_, ok := lookupConfusable(r)
			return letterScript(r) == wordOther && !ok
		}) {
			t.Fatalf("Unconfuse(%+q) = %+q: still mixed though every letter had a look-alike", s, out)
		}
	})
}

// lookupConfusableLinear is the brute-force baseline: a linear scan of the table.
func lookupConfusableLinear(r rune) (string, bool) {
	for _, c := range confusableTable {
		if c.from == r {
			return c.to, true
		}
	}
	return "", false
}

func BenchmarkUnconfuse(b *testing.B) {
	inputs := []struct{ name, in string }{
		{"ascii", "Volodymyr Zelenskyy met Vladimir Putin in Istanbul"},
		{"mixed", "Volodymyr Z\u0435l\u0435nskyy met Vl\u0430dimir \u0420utin in Ist\u0430nbul"},
		{"cyrillic", "Володимир Зеленський зустрів Володимира Путіна в Стамбулі"},
	}
	lookups := []struct {
		name string
		fn   func(rune) (string, bool)
	}{
		{"binary", lookupConfusable},
		{"linear", lookupConfusableLinear},
	}
	for _, in := range inputs {
		for _, lk := range lookups {
			b.Run(in.name+"/"+lk.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					unconfuseWith(in.in, lk.fn)
				}
			})
		}
	}
}

func ExampleUnconfuse() {
	out, mixed := Unconfuse("Z\u0435l\u0435nskyy") // Cyrillic е, U+0435
	fmt.Printf("%+q %v\n", out, mixed)
	out, mixed = Unconfuse("Київ") // all Cyrillic: not a disguise
	fmt.Printf("%s %v\n", out, mixed)
	// Output:
	// "Zelenskyy" true
	// Київ false
}
