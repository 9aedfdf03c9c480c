package entity_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity"
)

// table builds a small table for the examples.
func table(entities ...alias.Entity) *alias.Table {
	b := alias.NewBuilder()
	for _, e := range entities {
		if err := b.Add(e); err != nil {
			panic(err)
		}
	}
	tbl, err := b.Build()
	if err != nil {
		panic(err)
	}
	return tbl
}

func ExampleWithThreshold() {
	// Sivya is a machine-translated spelling of Sybiha: a resemblance of about 0.78.
	strict := entity.NewResolver(alias.Default(), entity.WithThreshold(0.9))
	_, ok := strict.Resolve("Sivya")
	fmt.Println("at 0.9:", ok)
	m, ok := entity.Default().Resolve("Sivya")
	fmt.Printf("at the default %.2f: %v %s\n", entity.DefaultThreshold, ok, m.Entity.Name)
	// Output:
	// at 0.9: false
	// at the default 0.75: true Andrii Sybiha
}

func ExampleWithKinds() {
	r := entity.NewResolver(table(
		alias.Entity{ID: "place-washington", Kind: alias.Place, Name: "Washington"},
		alias.Entity{ID: "person-george-washington", Kind: alias.Person, Name: "George Washington"},
	))
	m, _ := r.Resolve("Washington")
	fmt.Println(m.Entity.ID)
	m, _ = r.ResolveWith("Washington", entity.WithKinds(alias.Person))
	fmt.Println(m.Entity.ID, m.Method)
	// Output:
	// place-washington
	// person-george-washington partial
}

func ExampleWithAlternatives() {
	r := entity.NewResolver(table(
		alias.Entity{ID: "person-kim-jong-un", Kind: alias.Person, Name: "Kim Jong Un"},
		alias.Entity{ID: "person-kim-jong-il", Kind: alias.Person, Name: "Kim Jong Il"},
		alias.Entity{ID: "person-kim-yo-jong", Kind: alias.Person, Name: "Kim Yo Jong"},
	))
	m, ok := r.ResolveWith("Kim", entity.WithAlternatives(2))
	fmt.Println(ok, m.Ambiguous, len(m.Alternatives))
	// Output:
	// false true 2
}

func ExampleResolver_ResolveWith() {
	// One Resolver, a stricter threshold for one call only.
	r := entity.Default()
	_, ok := r.ResolveWith("Sivya", entity.WithThreshold(0.95))
	fmt.Println(ok)
	_, ok = r.Resolve("Sivya")
	fmt.Println(ok)
	// Output:
	// false
	// true
}

func ExampleResolver_ResolveAll() {
	results, err := entity.Default().ResolveAll(context.Background(), []string{"Zelenskiy", "Kiev", "Vladimir Zelenko"})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, res := range results {
		fmt.Printf("%s: %v %s\n", res.Query, res.OK, res.Match.Entity.ID)
	}
	// Output:
	// Zelenskiy: true Q3874799
	// Kiev: true Q1899
	// Vladimir Zelenko: false
}

func ExampleMatch_ambiguous() {
	r := entity.NewResolver(table(
		alias.Entity{ID: "person-kim-jong-un", Kind: alias.Person, Name: "Kim Jong Un"},
		alias.Entity{ID: "person-kim-jong-il", Kind: alias.Person, Name: "Kim Jong Il"},
	))
	for _, name := range []string{"Kim", "Yoon Suk Yeol", "Kim Jong Il"} {
		m, ok := r.Resolve(name)
		switch {
		case ok:
			fmt.Println(name, "→", m.Entity.ID)
		case m.Ambiguous:
			fmt.Println(name, "→ ambiguous:", m.Alternatives[0].Entity.ID, m.Alternatives[1].Entity.ID)
		default:
			fmt.Println(name, "→ no match")
		}
	}
	// Output:
	// Kim → ambiguous: person-kim-jong-il person-kim-jong-un
	// Yoon Suk Yeol → no match
	// Kim Jong Il → person-kim-jong-il
}

func ExampleMatch_MarshalJSON() {
	m, _ := entity.Resolve("Kiev")
	b, err := json.Marshal(m)
	if err != nil {
		fmt.Println(err)
		return
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(b, &fields); err != nil {
		fmt.Println(err)
		return
	}
	for _, k := range []string{"score", "method", "ambiguous", "explain", "alternatives", "warnings"} {
		fmt.Printf("%s: %s\n", k, fields[k])
	}
	// Output:
	// score: 0.97
	// method: "phonetic"
	// ambiguous: false
	// explain: {"mention":"kiev","alias":"Kyiv","rules":[],"tokens":[{"query":"kiev","alias":"kyiv","score":0.97,"rule":"key"}]}
	// alternatives: []
	// warnings: []
}

func ExampleCandidates() {
	// 基辅 (Jīfǔ) is the Chinese name of Kyiv: no rule matches it, but it is listed as a near miss.
	for _, m := range entity.Candidates("基辅", 1) {
		fmt.Println(m.Entity.Name, m.Method, m.Score)
	}
	// Output:
	// Kyiv near 0.5
}

func ExampleFind() {
	for _, m := range entity.Find("Zelenskiy met Sybiha in Kyiv.") {
		fmt.Printf("%s → %s\n", m.Text, m.Match.Entity.Name)
	}
	// Output:
	// Zelenskiy → Volodymyr Zelenskyy
	// Sybiha → Andrii Sybiha
	// Kyiv → Kyiv
}

func ExampleRoundScore() {
	fmt.Println(0.97*0.97, entity.RoundScore(0.97*0.97))
	// Output:
	// 0.9409 0.941
}

func ExampleWithMargin() {
	r := entity.NewResolver(table(
		alias.Entity{ID: "person-andrii-sybiha", Kind: alias.Person, Name: "Andrii Sybiha"},
		alias.Entity{ID: "person-andrii-sivak", Kind: alias.Person, Name: "Andrii Sivak"},
	))
	// Sybiha scores 0.97 by its keys, Sivak about 0.75 by edit distance: a lead of 0.22,
	// enough under the default margin.
	m, ok := r.Resolve("Andriy Sybiga")
	fmt.Println(ok, m.Entity.ID)
	// A rival met only by edit distance must come within a quarter of the margin of a name
	// met by keys: demanding a lead of 0.9 (0.225 from Sivak) makes the answer ambiguous.
	m, ok = r.ResolveWith("Andriy Sybiga", entity.WithMargin(0.9))
	fmt.Println(ok, m.Ambiguous, len(m.Alternatives))
	// Output:
	// true person-andrii-sybiha
	// false true 2
}

func ExampleNewResolver() {
	r := entity.NewResolver(table(
		alias.Entity{ID: "Q3874799", Kind: alias.Person, Name: "Volodymyr Zelenskyy", Aliases: []string{"Володимир Зеленський"}},
		alias.Entity{ID: "Q1899", Kind: alias.Place, Name: "Kyiv", Aliases: []string{"Київ"}},
	), entity.WithThreshold(0.8), entity.WithKinds(alias.Person))
	for _, name := range []string{"Selenskyj", "Зеленський", "Kiev"} {
		m, ok := r.Resolve(name)
		fmt.Println(name, ok, m.Entity.ID)
	}
	// Output:
	// Selenskyj true Q3874799
	// Зеленський true Q3874799
	// Kiev false
}

func ExampleDefault() {
	r := entity.Default() // built once, on first use, over alias.Default()
	m, ok := r.Resolve("Kyjiw")
	fmt.Println(ok, m.Entity.Name, r.Table().Len() > 300)
	// Output:
	// true Kyiv true
}

func ExampleExplain() {
	m, _ := entity.Resolve("President Zelenskiy")
	fmt.Println(m.Explain.Mention, "|", m.Explain.Alias, "|", m.Explain.Rules)
	for _, t := range m.Explain.Tokens {
		fmt.Printf("%s ~ %s %.2f %s\n", t.Query, t.Alias, t.Score, t.Rule)
	}
	// Output:
	// zelenskiy | Volodymyr Zelenskyy | [title]
	// zelenskiy ~ zelenskyy 0.97 key
}

func ExampleMethod() {
	for _, name := range []string{"Volodymyr Zelenskyy", "VOLODYMYR ZELENSKYY", "Володимир Зеленський", "Wolodymyr Selenskyj", "Volodymyr Zelenksyy", "Zelenskyy"} {
		m, _ := entity.Resolve(name)
		fmt.Println(name, m.Method)
	}
	// Output:
	// Volodymyr Zelenskyy exact
	// VOLODYMYR ZELENSKYY folded
	// Володимир Зеленський phonetic
	// Wolodymyr Selenskyj phonetic
	// Volodymyr Zelenksyy fuzzy
	// Zelenskyy partial
}

func ExampleMaxMentionBytes() {
	long := "Zelenskyy " + strings.Repeat("and others ", entity.MaxMentionBytes/10)
	m, _ := entity.Resolve(long)
	fmt.Println(m.Warnings)
	// Output:
	// [truncated]
}
