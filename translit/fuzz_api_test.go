package translit

import (
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// FuzzExported runs every exported function of the package that takes text on one input, for
// the properties that hold for all of them: no panic, valid UTF-8 out, and the documented
// fixed points. The functions with deeper properties have fuzz tests of their own (FuzzFold,
// FuzzKey, FuzzToLatin, FuzzUnconfuse, FuzzSimilarity, FuzzSchemes).
func FuzzExported(f *testing.F) {
	for _, s := range []string{"Зеленський", "Лукашэнка", "Ђоковић", "Κυριάκος Μητσοτάκης", "Նիկոլ Փաշինյան",
		"მიხეილ სააკაშვილი", "김정은", "بشار الأسد", "محمد جواد ظریف", "בנימין נתניהו", "习近平", "Zеlеnskyy",
		"Charkiw", "\xff\xfe", "a\u0301\u0301", "", "ហ៊ុន ម៉ាណែត", "ពោធិ៍សាត់", "្្៍", "៊ុំះ", "នរោត្ត", "ಸಿದ್ದರಾಮಯ್ಯ", "ബ\u200D"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		valid := func(name, out string) {
			if !utf8.ValidString(out) {
				t.Fatalf("%s(%q) = %q: invalid UTF-8", name, s, out)
			}
		}
		_ = DetectCyrillic(s)
		_ = Detect(s)
		_ = MixedScript(s)
		for std := Auto; std < numStandards; std++ {
			out := std.Romanize(s)
			valid("Romanize "+std.String(), out)
			r := transform.NewReader(strings.NewReader(s), std.NewTransformer())
			b, err := io.ReadAll(r)
			if err != nil {
				t.Fatalf("%s transformer on %q: %v", std, s, err)
			}
			valid("NewTransformer "+std.String(), string(b))
		}
		for c := range numConventions {
			valid("KeyUnder "+c.String(), KeyUnder(c, s))
		}
		for _, k := range Keys(s) {
			valid("Keys", k)
		}
		for _, sp := range IndonesianSpellings(s) {
			valid("IndonesianSpellings", sp)
			if sp == Fold(s) {
				t.Fatalf("IndonesianSpellings(%q) holds the word itself", s)
			}
		}
		for _, sp := range KoreanSurnameSpellings(s) {
			valid("KoreanSurnameSpellings", sp)
		}
		b, err := io.ReadAll(transform.NewReader(strings.NewReader(s), NewFolder()))
		if err != nil {
			t.Fatalf("NewFolder on %q: %v", s, err)
		}
		valid("NewFolder", string(b))
		if d := Distance(Key(s), s); d < 0 {
			t.Fatalf("Distance(Key(%q), %q) = %v < 0", s, s, d)
		}
		if _, ok := ParseStandard(s); ok && len(s) > 8 {
			t.Fatalf("ParseStandard(%q) accepted a long name", s)
		}
	})
}
