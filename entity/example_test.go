package entity_test

import (
	"fmt"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity"
)

func ExampleResolve() {
	for _, name := range []string{"Volodymyr Zelenskyy", "Zelenskiy", "Київ", "Kiev", "Sybhia", "Vladimir Zelenko"} {
		m, ok := entity.Resolve(name)
		if !ok {
			fmt.Printf("%s: no match\n", name)
			continue
		}
		fmt.Printf("%s: %s (%s) %s %.2f\n", name, m.Entity.Name, m.Entity.ID, m.Method, m.Score)
	}
	// Output:
	// Volodymyr Zelenskyy: Volodymyr Zelenskyy (Q3874799) exact 1.00
	// Zelenskiy: Volodymyr Zelenskyy (Q3874799) partial 0.87
	// Київ: Kyiv (Q1899) exact 1.00
	// Kiev: Kyiv (Q1899) phonetic 0.97
	// Sybhia: Andrii Sybiha (person-andrii-sybiha) partial 0.83
	// Vladimir Zelenko: no match
}

func ExampleResolver_Resolve() {
	b := alias.NewBuilder()
	b.Add(alias.Entity{ID: "person-kim-jong-un", Kind: alias.Person, Name: "Kim Jong Un"})
	b.Add(alias.Entity{ID: "person-kim-jong-il", Kind: alias.Person, Name: "Kim Jong Il"})
	b.Add(alias.Entity{ID: "person-dmytro-kuleba", Kind: alias.Person, Name: "Dmytro Kuleba"})
	b.Add(alias.Entity{ID: "place-kharkiv", Kind: alias.Place, Name: "Kharkiv"})
	tbl, err := b.Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	r := entity.NewResolver(tbl)
	for _, name := range []string{"KIM Jong Un", "Дмитро Кулеба", "Kuleba", "Kharkov", "Kim"} {
		m, ok := r.Resolve(name)
		if !ok {
			fmt.Printf("%s: not resolved, %d close\n", name, len(m.Alternatives))
			continue
		}
		fmt.Printf("%s: %s %s %.2f\n", name, m.Entity.ID, m.Method, m.Score)
	}
	// Output:
	// KIM Jong Un: person-kim-jong-un folded 0.99
	// Дмитро Кулеба: person-dmytro-kuleba transliterated 0.99
	// Kuleba: person-dmytro-kuleba partial 0.90
	// Kharkov: place-kharkiv phonetic 0.95
	// Kim: not resolved, 2 close
}

func ExampleResolver_Candidates() {
	b := alias.NewBuilder()
	b.Add(alias.Entity{ID: "person-kim-jong-un", Kind: alias.Person, Name: "Kim Jong Un"})
	b.Add(alias.Entity{ID: "person-kim-jong-il", Kind: alias.Person, Name: "Kim Jong Il"})
	b.Add(alias.Entity{ID: "person-kim-yo-jong", Kind: alias.Person, Name: "Kim Yo Jong"})
	b.Add(alias.Entity{ID: "person-moon-jae-in", Kind: alias.Person, Name: "Moon Jae-in"})
	tbl, err := b.Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	r := entity.NewResolver(tbl)
	// Resolve refuses "Kim": three people share the family name. Candidates lists them.
	_, ok := r.Resolve("Kim")
	fmt.Println("resolved:", ok)
	for _, m := range r.Candidates("Kim", 5) {
		fmt.Printf("%s %s %.2f\n", m.Entity.ID, m.Entity.Name, m.Score)
	}
	// Output:
	// resolved: false
	// person-kim-jong-il Kim Jong Il 0.90
	// person-kim-jong-un Kim Jong Un 0.90
	// person-kim-yo-jong Kim Yo Jong 0.90
}

func ExampleResolver_ResolveCandidates() {
	b := alias.NewBuilder()
	b.Add(alias.Entity{ID: "person-kim-jong-un", Kind: alias.Person, Name: "Kim Jong Un"})
	b.Add(alias.Entity{ID: "person-kim-jong-il", Kind: alias.Person, Name: "Kim Jong Il"})
	tbl, err := b.Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	r := entity.NewResolver(tbl)
	// One search gives the answer and the closest entities, as a lookup screen shows them.
	for _, name := range []string{"Kim Jong-un", "Kim"} {
		m, cands, ok := r.ResolveCandidates(name, 2)
		fmt.Printf("%s: resolved %v %s, ambiguous %v;", name, ok, m.Entity.Name, m.Ambiguous)
		for _, c := range cands {
			fmt.Printf(" %s %.2f;", c.Entity.Name, c.Score)
		}
		fmt.Println()
	}
	// Output:
	// Kim Jong-un: resolved true Kim Jong Un, ambiguous false; Kim Jong Un 0.99; Kim Jong Il 0.41;
	// Kim: resolved false , ambiguous true; Kim Jong Il 0.90; Kim Jong Un 0.90;
}
