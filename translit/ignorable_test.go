package translit

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/namecanon/namecanon/internal/skipnote"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestInvisibleCharactersDoNotSplitNames checks that Fold, Key, Keys and KeyUnder drop the
// default-ignorable code points, wherever they sit in a real name.
func TestInvisibleCharactersDoNotSplitNames(t *testing.T) {
	tests := []struct {
		name, in, plain string // plain: the same name without the invisible character
	}{
		{"zero-width space inside a Latin surname", "Zelen\u200Bsky", "Zelensky"},
		{"soft hyphen where a word may break", "Ku\u00ADleba", "Kuleba"},
		{"word joiner inside a given name", "Volo\u2060dymyr", "Volodymyr"},
		{"byte order mark before a name", "\uFEFFSybiha", "Sybiha"},
		{"zero-width no-break space inside Cyrillic", "Зелен\uFEFFський", "Зеленський"},
		{"zero-width space before a Ukrainian ю keeps it inside the word", "Ковал\u200Bюк", "Ковалюк"},
		{"left-to-right mark after a name", "Netanyahu\u200E", "Netanyahu"},
		{"right-to-left mark inside Hebrew", "נתניהו\u200F", "נתניהו"},
		{"variation selector after a letter", "Kyiv\uFE0F", "Kyiv"},
		{"Hangul filler (a letter by category, ignorable by property)", "Kim\u3164Jong", "KimJong"},
		{"tag characters after a name", "Macron\U000E0067\U000E0062", "Macron"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, Fold(tt.plain), Fold(tt.in), "Fold(%+q)", tt.in)
			assert.Equal(t, Key(tt.plain), Key(tt.in), "Key(%+q)", tt.in)
			assert.Equal(t, Keys(tt.plain), Keys(tt.in), "Keys(%+q)", tt.in)
			assert.Equal(t, KeyUnder(German, tt.plain), KeyUnder(German, tt.in), "KeyUnder(German, %+q)", tt.in)
			assert.Equal(t, tt.plain, StripIgnorable(tt.in), "StripIgnorable(%+q)", tt.in)
		})
	}
}

func TestStripIgnorable(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"text without invisible characters is returned as is", "Andrii Sybiha", "Andrii Sybiha"},
		{"every invisible character goes", "\u200BZe\u00ADlen\u2060sky\u200B", "Zelensky"},
		{"ZWNJ stays: Persian words are spelled with it", "خامنه\u200Cای", "خامنه\u200Cای"},
		{"ZWJ stays: Indic and emoji sequences are spelled with it", "क्\u200Dष", "क्\u200Dष"},
		{"a no-break space is white space, not ignorable", "Jean-Yves\u00A0Le Drian", "Jean-Yves\u00A0Le Drian"},
		{"an Arabic number sign is visible, not ignorable", "\u0600١٢", "\u0600١٢"},
		{"invalid UTF-8 is kept", "Kyiv\xff\u200B", "Kyiv\xff"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := StripIgnorable(tt.in)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, got, StripIgnorable(got), "idempotent")
		})
	}
}

// TestFoldDropsJoinersToo checks the one difference between Fold and StripIgnorable.
func TestFoldDropsJoinersToo(t *testing.T) {
	assert.Equal(t, Fold("خامنهای"), Fold("خامنه\u200Cای"))
	assert.Equal(t, "zelensky", Fold("Zelen\u200Dsky"))
}

// TestIgnorableMatchesUnicodeData checks isIgnorable against Default_Ignorable_Code_Point in
// DerivedCoreProperties.txt of the Debian package unicode-data, for every code point.
func TestIgnorableMatchesUnicodeData(t *testing.T) {
	const path = "/usr/share/unicode/DerivedCoreProperties.txt"
	f, err := os.Open(path)
	if err != nil {
		skipnote.Skip(t, "%s is absent (apt-get install unicode-data): Default_Ignorable_Code_Point not checked against Unicode's file", path)
	}
	defer f.Close()
	want := map[rune]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		cps, prop, ok := strings.Cut(line, ";")
		if !ok || strings.TrimSpace(prop) != "Default_Ignorable_Code_Point" {
			continue
		}
		lo, hi, isRange := strings.Cut(strings.TrimSpace(cps), "..")
		if !isRange {
			hi = lo
		}
		a, err := strconv.ParseUint(lo, 16, 32)
		require.NoError(t, err)
		b, err := strconv.ParseUint(hi, 16, 32)
		require.NoError(t, err)
		for r := rune(a); r <= rune(b); r++ {
			want[r] = true
		}
	}
	require.NoError(t, sc.Err())
	require.NotEmpty(t, want, "no Default_Ignorable_Code_Point line in %s", path)
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isIgnorable(r) != want[r] {
			t.Errorf("isIgnorable(%U) = %v, Unicode says %v", r, isIgnorable(r), want[r])
		}
	}
}

func TestParseConvention(t *testing.T) {
	for c := range numConventions {
		t.Run(c.String(), func(t *testing.T) {
			got, ok := ParseConvention(c.String())
			assert.True(t, ok)
			assert.Equal(t, c, got, "ParseConvention(%q)", c.String())
			got, ok = ParseConvention(strings.ToUpper(c.String()))
			assert.True(t, ok, "case is ignored")
			assert.Equal(t, c, got)
		})
	}
	for _, bad := range []string{"", "unknown", "english", "uk", "de-at"} {
		t.Run("rejects "+strconv.Quote(bad), func(t *testing.T) {
			got, ok := ParseConvention(bad)
			assert.False(t, ok)
			assert.Equal(t, English, got)
		})
	}
}

func TestParseStandardReadsString(t *testing.T) {
	for std := range numStandards {
		t.Run(std.String(), func(t *testing.T) {
			got, ok := ParseStandard(std.String())
			assert.True(t, ok)
			assert.Equal(t, std, got)
		})
	}
	got, ok := ParseStandard("en")
	assert.False(t, ok, "a convention's code is not a standard")
	assert.Equal(t, Auto, got)
}
