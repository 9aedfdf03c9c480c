package entity

import (
	"testing"

	"github.com/namecanon/namecanon/alias"
)

// TestGivenAndFirstFamilyName: a table that holds a person's full legal name (middle names, a
// second or hyphenated family name) is met by the given name and a family name it holds
// before the last (givenAndFamily); a pair that two entities hold, a pair that is another
// person's whole name, and a family name that leads stay apart.
func TestGivenAndFirstFamilyName(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "correa", Kind: alias.Person, Name: "Rafael Vicente Correa Delgado"},
		{ID: "boluarte", Kind: alias.Person, Name: "Dina Ercilia Boluarte Zegarra"},
		{ID: "arevalo", Kind: alias.Person, Name: "Bernardo Arévalo de León"},
		{ID: "evo", Kind: alias.Person, Name: "Juan Evo Morales Ayma"},
		{ID: "ggm", Kind: alias.Person, Name: "Gabriel José García Márquez"},
		{ID: "ayuso", Kind: alias.Person, Name: "Isabel Natividad Díaz Ayuso"},
		{ID: "smith", Kind: alias.Person, Name: "Javier Ortega-Smith Molina"},
		{ID: "hontiveros", Kind: alias.Person, Name: "Risa Hontiveros-Baraquel"},
		{ID: "mulino", Kind: alias.Person, Name: "José Raúl Mulino Quintero"},
		{ID: "gma", Kind: alias.Person, Name: "Maria Gloria Macapagal-Arroyo"},
		{ID: "pastrana", Kind: alias.Person, Name: "Andrés Pastrana Arango"},
		{ID: "jfk", Kind: alias.Person, Name: "John Fitzgerald Kennedy"},
		{ID: "sirleaf", Kind: alias.Person, Name: "Ellen Johnson Sirleaf"},
		{ID: "bjk", Kind: alias.Person, Name: "Billie Jean King"},
		{ID: "maduro1", Kind: alias.Person, Name: "Nicolás Maduro Moros"},
		{ID: "maduro2", Kind: alias.Person, Name: "Nicolás Maduro Guerra"},
		{ID: "bongbong", Kind: alias.Person, Name: "Ferdinand Romualdez Marcos Jr."},
		{ID: "joh", Kind: alias.Person, Name: "Juan Orlando Hernández Alvarado"},
		{ID: "mbr", Kind: alias.Person, Name: "Mohammed bin Rashid Al Maktoum"},
		{ID: "kimjongun", Kind: alias.Person, Name: "Kim Jong Un"},
		{ID: "amlo", Kind: alias.Person, Name: "Andrés Manuel López Obrador"},
	})
	tests := []resolveCase{
		{"given name and first family name of a Spanish legal name", "Rafael Correa", "correa"},
		{"given name and first family name, the middle name left off", "Dina Boluarte", "boluarte"},
		{"a name of three words with a particle, written with accents", "Bernardo Arévalo", "arevalo"},
		{"the devotional first name left off too", "Evo Morales", "evo"},
		{"given name and first family name, plain letters", "Gabriel Garcia", "ggm"},
		{"the first part of a hyphenated family name", "Risa Hontiveros", "hontiveros"},
		{"the devotional first name José left off", "Raúl Mulino", "mulino"},
		{"a family name left off that is an English word in plain letters (arroyo)", "Gloria Macapagal", ""},
		{"a name of three words with an accent", "Andrés Pastrana", "pastrana"},
		{"a family name left off that is an English word in plain letters (Smith)", "Javier Ortega", ""},
		{"both family names still meet by the last (existing rule)", "López Obrador", "amlo"},
		{"a middle given name of the cognates is no family name", "Gabriel José", ""},
		{"two words of three without accents are another person's name (the grandfather)", "John Fitzgerald", ""},
		{"the last name of an English name is the one in use", "Ellen Johnson", ""},
		{"a middle name that is a given name of the cognates", "Billie Jean", ""},
		{"a pair that two entities hold is ambiguous", "Nicolás Maduro", ""},
		{"the father's name beside a son's name with Jr.", "Ferdinand Marcos", ""},
		{"a devotional first name with one family name is too common", "Juan Hernández", ""},
		{"another given name with the family name", "Pedro Correa", ""},
	}
	runTable(t, r, tests)
}
