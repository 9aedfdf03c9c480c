package translit_test

import (
	"fmt"

	"github.com/namecanon/namecanon/translit"
	"golang.org/x/text/transform"
)

func ExampleToLatin() {
	fmt.Println(translit.ToLatin("Андрій Сибіга"))
	fmt.Println(translit.ToLatin("КИЇВ"))
	fmt.Println(translit.ToLatin("Κυριάκος Μητσοτάκης"))
	fmt.Println(translit.ToLatin("Նիկոլ Փաշինյան"))
	// Output:
	// Andrii Sybiha
	// KYIV
	// Kyriakos Mitsotakis
	// Nikol Pashinyan
}

func ExampleStandard_Romanize() {
	fmt.Println(translit.Ukrainian.Romanize("Юлія Свириденко"))
	fmt.Println(translit.UkrainianICAO.Romanize("Андрій Сибіга"))
	fmt.Println(translit.Russian.Romanize("Достоевский"))
	fmt.Println(translit.RussianICAO.Romanize("Юлия"))
	fmt.Println(translit.Georgian.Romanize("ირაკლი კობახიძე"))
	// Output:
	// Yuliia Svyrydenko
	// Andrii Sybiga
	// Dostoyevskiy
	// Iuliia
	// Irakli Kobakhidze
}

func ExampleStandard_NewTransformer() {
	t := translit.Ukrainian.NewTransformer() // one per goroutine: it keeps state
	s, _, err := transform.String(t, "Знам'янка, Харків")
	if err != nil {
		panic(err)
	}
	fmt.Println(s)
	// Output: Znamianka, Kharkiv
}

func ExampleDetectCyrillic() {
	fmt.Println(translit.DetectCyrillic("Володимир Зеленський"))
	fmt.Println(translit.DetectCyrillic("Александар Вучић"))
	fmt.Println(translit.DetectCyrillic("Борис"))
	// Output:
	// uk
	// sr
	// ru
}
