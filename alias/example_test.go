package alias_test

import (
	"fmt"
	"strings"

	"github.com/namecanon/namecanon/alias"
)

func ExampleLoad() {
	const people = "# Source: the five reports\n" +
		"id\tkind\tname\taliases\n" +
		"Q8901\torg\tEuropean Central Bank\tECB\n" +
		"person-andrii-sybiha\tperson\tAndrii Sybiha\t\n"
	tbl, err := alias.Load(strings.NewReader(people), alias.TSV)
	if err != nil {
		fmt.Println(err)
		return
	}
	for e := range tbl.All() {
		fmt.Println(e.ID, e.Kind, e.Name, e.Aliases)
	}

	_, err = alias.Load(strings.NewReader("id\tname\n"), alias.TSV, alias.WithName("people.tsv"))
	fmt.Println(err)
	// Output:
	// Q8901 org European Central Bank [ECB]
	// person-andrii-sybiha person Andrii Sybiha []
	// people.tsv:1: header: want "id kind name aliases", got "id name"
}

func ExampleDefault() {
	tbl := alias.Default()
	putin, _ := tbl.Lookup("Q7747")
	fmt.Println(putin.Name, putin.Kind)

	de, _ := tbl.Lookup("iso3166:DE")
	fmt.Println(de.Name, de.Aliases[:3])
	// Output:
	// Vladimir Putin person
	// Germany [Deutschland Allemagne Alemania]
}

func ExampleTable_Validate() {
	b := alias.NewBuilder()
	b.Add(alias.Entity{ID: "iso3166:GE", Kind: alias.Place, Name: "Georgia", Aliases: []string{"Sakartvelo"}})
	b.Add(alias.Entity{ID: "place-georgia-us", Kind: alias.Place, Name: "Georgia"})
	tbl, err := b.Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range tbl.Validate() {
		fmt.Println(o.Name, o.IDs)
	}
	// Output:
	// Georgia [iso3166:GE place-georgia-us]
}

func ExampleMerge() {
	people, _ := alias.Load(strings.NewReader("id\tkind\tname\taliases\nQ7747\tperson\tVladimir Putin\t\n"), alias.TSV, alias.WithName("people.tsv"))
	more, _ := alias.Load(strings.NewReader(`{"id": "Q7747", "kind": "person", "name": "Putin"}`+"\n"), alias.JSONL, alias.WithName("more.jsonl"))
	_, err := alias.Merge(people, more)
	fmt.Println(err)
	// Output:
	// more.jsonl:1: id: duplicate "Q7747" (first at people.tsv:2)
}

func ExampleParseKind() {
	for _, s := range []string{"person", "GPE", "organisation", "human"} {
		k, err := alias.ParseKind(s)
		fmt.Printf("%s: %q %v\n", s, k, err)
	}
	// Output:
	// person: "person" <nil>
	// GPE: "place" <nil>
	// organisation: "org" <nil>
	// human: "" unknown kind "human" (want person, org, place or other)
}
