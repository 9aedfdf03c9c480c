package entity_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity"
)

func ExampleFinder_FindReader() {
	// Any io.Reader: a file, a network stream. Offsets are into the whole input.
	news := strings.NewReader("Foreign Minister Andrii Sybiha met Zach Witkoff in Miami.\n" +
		"Witkoff flew on to Kyiv, where Zelensky was waiting.\n")
	f := entity.Default().NewFinder(entity.WithUnknown(true))
	for m, err := range f.FindReader(context.Background(), news) {
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		if !m.Found {
			fmt.Printf("%d %s: unknown\n", m.Start, m.Text)
			continue
		}
		fmt.Printf("%d %s: %s\n", m.Start, m.Text, m.Match.Entity.Name)
	}
	// Output:
	// 17 Andrii Sybiha: Andrii Sybiha
	// 35 Zach Witkoff: unknown
	// 51 Miami: Miami
	// 58 Witkoff: unknown
	// 77 Kyiv: Kyiv
	// 89 Zelensky: Volodymyr Zelenskyy
}

func ExampleDiscover() {
	clusters := entity.Discover(
		"President Volodymyr Zelenskyy visited a hospital in Kyiv with Olena Zelenska. Zelenskyy thanked the medics.",
		"Volodymyr Zelenskyy spoke by phone with Andrii Sybiha, and Zelensky later returned to Kiev.",
		"In Miami, Andriy Sybhia met Steve Witkoff. Sybhia said little; officials in Kyiv denied the report.",
		"Foreign Minister Andrii Sybiha said the talks in Kyiv were useful.",
	)
	for _, c := range clusters {
		fmt.Printf("%s (%s, %d):", c.Canonical, c.Kind, c.Count)
		for _, s := range c.Spellings {
			fmt.Printf(" %s×%d %v", s.Text, s.Count, s.Rules)
		}
		fmt.Println()
	}
	// The clusters as an alias table, read back.
	var table bytes.Buffer
	if err := entity.WriteAliasTable(&table, clusters); err != nil {
		fmt.Println(err)
		return
	}
	tbl, err := alias.Load(&table, alias.TSV)
	if err != nil {
		fmt.Println(err)
		return
	}
	for e := range tbl.All() {
		fmt.Printf("%s %s %q %q\n", e.ID, e.Kind, e.Name, e.Aliases)
	}
	// Output:
	// Andrii Sybiha (person, 4): Andrii Sybiha×2 [] Andriy Sybhia×1 [key edit] Sybhia×1 [surname]
	// Kyiv (other, 4): Kyiv×3 [] Kiev×1 [key]
	// Volodymyr Zelenskyy (person, 4): Volodymyr Zelenskyy×2 [] Zelensky×1 [surname] Zelenskyy×1 [key surname]
	// discovered:andrii-sybiha person "Andrii Sybiha" ["Andriy Sybhia"]
	// discovered:kyiv other "Kyiv" ["Kiev"]
	// discovered:volodymyr-zelenskyy person "Volodymyr Zelenskyy" []
}

func ExampleDiscoverer() {
	// Feed documents one by one, from strings or readers; names written one way only are
	// reported too with WithSingles.
	d := entity.NewDiscoverer(entity.WithSingles(true), entity.WithMinCount(2))
	d.Add("North Korean leader Kim Jong Un inspected a factory in Pyongyang with officials.")
	d.Add("State media said Kim Jong Un had met the family of Kim Jong Il; Kim gave a speech.")
	if err := d.AddReader(context.Background(), strings.NewReader("Sanctions on Pyongyang were discussed in New York.")); err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range d.Clusters() {
		fmt.Println(c.Canonical, c.Count, len(c.Spellings))
	}
	// Kim alone followed both Kim Jong Un and Kim Jong Il: it joins neither, and with Kim Jong
	// Il it falls below WithMinCount(2).

	// Output:
	// Kim Jong Un 2 1
	// Pyongyang 2 1
}
