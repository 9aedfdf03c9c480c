package translit_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/namecanon/namecanon/translit"
	"golang.org/x/text/transform"
)

func ExampleFold() {
	fmt.Println(translit.Fold("Mu’ammar  al-Qaddafi"))
	fmt.Println(translit.Fold("Dan Jørgensen"))
	fmt.Println(translit.Fold("Recep Tayyip ERDOĞAN"))
	fmt.Println(translit.Fold("Ｋｙｉｖ"))
	// Fold does not transliterate: Cyrillic is only lowered (use translit.ToLatin first).
	fmt.Println(translit.Fold("КУЛЕБА"))
	// Output:
	// muammar al-qaddafi
	// dan jorgensen
	// recep tayyip erdogan
	// kyiv
	// кулеба
}

func ExampleKey() {
	for _, name := range []string{"Zelensky", "Zelenskyy", "Zelenskiy", "Selenskyj", "Зеленський"} {
		fmt.Printf("%-10s %s\n", name, translit.Key(name))
	}
	// Different names keep different keys.
	fmt.Println(translit.Key("Kuleba"), translit.Key("Kulyk"))
	// Output:
	// Zelensky   zelenski
	// Zelenskyy  zelenski
	// Zelenskiy  zelenski
	// Selenskyj  selenski
	// Зеленський zelenski
	// kuleba kulik
}

func ExampleKeys() {
	// German Charkiw: ch is х in German, so the English key (harkiv) is among its keys,
	// though the first key reads ch as English ч.
	fmt.Println(translit.Keys("Charkiw"))
	fmt.Println(translit.Key("Kharkiv"))
	// Output:
	// [charkiv harkiv sharkiv karkiv tsharkiv]
	// harkiv
}

func ExampleSimilarity() {
	a, b := translit.Key("Sybiha"), translit.Key("Sivya")
	fmt.Printf("%s %s %.3f\n", a, b, translit.Similarity(a, b))
	a, b = translit.Key("Kuleba"), translit.Key("Kulyk")
	fmt.Printf("%s %s %.3f\n", a, b, translit.Similarity(a, b))
	// Output:
	// sibiha sivia 0.867
	// kuleba kulik 0.683
}

func ExampleNewFolder() {
	// A folder streams: it folds text as it is read. A line break is a space to it.
	r := transform.NewReader(strings.NewReader("Dan Jørgensen\nMu’ammar al-Qaddafi\n"), translit.NewFolder())
	if _, err := io.Copy(os.Stdout, r); err != nil {
		fmt.Println(err)
	}
	fmt.Println()
	// Output:
	// dan jorgensen muammar al-qaddafi
}
