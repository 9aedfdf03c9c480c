package translit_test

import (
	"fmt"

	"github.com/namecanon/namecanon/translit"
)

func ExampleStripIgnorable() {
	// A zero-width space (U+200B) pasted into a name, and a soft hyphen (U+00AD).
	name := "Zelen\u200Bsky Ku\u00ADleba"
	fmt.Printf("%+q\n", translit.StripIgnorable(name))
	// Fold and Key drop them on their own.
	fmt.Println(translit.Fold(name), translit.Key("Zelen\u200Bsky") == translit.Key("Zelensky"))
	// Output:
	// "Zelensky Kuleba"
	// zelensky kuleba true
}

func ExampleKeyUnder() {
	// Charkiw is the German spelling of Kharkiv: ch is х, w is в.
	fmt.Println(translit.KeyUnder(translit.German, "Charkiw"))
	fmt.Println(translit.KeyUnder(translit.English, "Charkiw"))
	// Output:
	// harkiv
	// charkiv
}

func ExampleDistance() {
	// e for i costs less than an unexplained letter: the conventions explain it.
	fmt.Printf("%.1f\n", translit.Distance(translit.Key("Sybiha"), translit.Key("Sibiga")))
	fmt.Printf("%.1f\n", translit.Distance(translit.Key("Kuleba"), translit.Key("Kulyk")))
	// Output:
	// 0.0
	// 1.9
}

func ExampleMixedScript() {
	fmt.Println(translit.MixedScript("Z\u0435l\u0435nskyy")) // two Cyrillic е
	fmt.Println(translit.MixedScript("Zelenskyy"))
	// Output:
	// true
	// false
}

func ExampleDetect() {
	for _, s := range []string{"Київ", "Москва", "김정은", "Kyiv"} {
		fmt.Println(s, translit.Detect(s))
	}
	// Output:
	// Київ uk
	// Москва ru
	// 김정은 ko
	// Kyiv auto
}

func ExampleParseStandard() {
	std, ok := translit.ParseStandard("uk-icao")
	fmt.Println(std, ok, std.Romanize("Сибіга"))
	_, ok = translit.ParseStandard("en") // a convention, not a standard
	fmt.Println(ok)
	// Output:
	// uk-icao true Sybiga
	// false
}

func ExampleParseConvention() {
	c, ok := translit.ParseConvention("de")
	fmt.Println(c, ok, c == translit.German)
	_, ok = translit.ParseConvention("uk") // a standard, not a convention
	fmt.Println(ok)
	// Output:
	// de true true
	// false
}

func ExampleConvention_String() {
	for _, c := range []translit.Convention{translit.English, translit.Polish, translit.RussianEra} {
		fmt.Println(c)
	}
	// Output:
	// en
	// pl
	// ru
}

func ExampleStandard_String() {
	for _, std := range []translit.Standard{translit.Auto, translit.Ukrainian, translit.RussianICAO} {
		fmt.Println(std)
	}
	// Output:
	// auto
	// uk
	// ru-icao
}

func ExampleIndonesianSpellings() {
	fmt.Println(translit.IndonesianSpellings("Soeharto"))
	fmt.Println(translit.IndonesianSpellings("Aceh"))
	// Output:
	// [suharto]
	// [atjeh]
}

func ExampleKoreanSurnameSpellings() {
	fmt.Println(translit.KoreanSurnameSpellings("Park"))
	// Output:
	// [Pak Bak]
}
