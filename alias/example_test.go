package alias_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing/fstest"

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
	places, _ := alias.Load(strings.NewReader(`{"id": "Q1899", "kind": "place", "name": "Kyiv"}`+"\n"), alias.JSONL, alias.WithName("places.jsonl"))
	tbl, err := alias.Merge(people, places)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i := range tbl.Len() {
		file, line := tbl.Source(i)
		fmt.Println(tbl.At(i).Name, file, line)
	}

	more, _ := alias.Load(strings.NewReader(`{"id": "Q7747", "kind": "person", "name": "Putin"}`+"\n"), alias.JSONL, alias.WithName("more.jsonl"))
	_, err = alias.Merge(people, more)
	fmt.Println(err)
	// Output:
	// Vladimir Putin people.tsv 2
	// Kyiv places.jsonl 1
	// more.jsonl:1: id: duplicate "Q7747" (first at people.tsv:2)
}

func ExampleLoadFile() {
	// sdn.csv as OFAC publishes it, with alt.csv beside it.
	tbl, err := alias.LoadFile("testdata/ofac/sdn.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, id := range []string{"ofac:35096", "ofac:306", "ofac:27410"} {
		e, _ := tbl.Lookup(id)
		fmt.Printf("%s %s %q %q call sign %q\n", e.ID, e.Kind, e.Name, e.Aliases, e.Attrs["call_sign"])
	}

	_, err = alias.LoadFile("testdata/people.txt")
	fmt.Println(err)
	// Output:
	// ofac:35096 person "Vladimir Vladimirovich Putin" ["PUTIN, Vladimir Vladimirovich"] call sign ""
	// ofac:306 org "BANCO NACIONAL DE CUBA" ["NATIONAL BANK OF CUBA"] call sign ""
	// ofac:27410 other "ADRIAN DARYA 1" ["GRACE 1"] call sign "9HA0000"
	// testdata/people.txt: unknown table format ".txt" (want .tsv, .tab, .csv, .json, .jsonl, .ndjson or .xml, optionally .gz)
}

func ExampleLoadFS() {
	// One FollowTheMoney entity and an address, as OpenSanctions exports them.
	fsys := fstest.MapFS{"entities.ftm.json": {Data: []byte(
		`{"id": "NK-wagner", "schema": "Organization", "properties": {"name": ["Wagner Group"], "alias": ["PMC Wagner"], "weakAlias": ["Wagner"]}, "datasets": ["us_ofac_sdn"]}` + "\n" +
			`{"id": "addr-1", "schema": "Address", "properties": {"full": ["Kremlin, Moscow"]}}` + "\n")}}
	tbl, err := alias.LoadFS(fsys, "entities.ftm.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	for e := range tbl.All() {
		fmt.Println(e.ID, e.Kind, e.Name, e.Aliases, e.WeakAliases, e.Attrs)
	}
	fmt.Println(tbl.Skipped())
	// Output:
	// NK-wagner org Wagner Group [PMC Wagner] [Wagner] map[datasets:us_ofac_sdn schema:Organization]
	// map[schema Address:1]
}

func ExampleBuilder() {
	b := alias.NewBuilder()
	err := b.Add(alias.Entity{
		ID: "Q7747", Kind: alias.Person, Name: " Vladimir Putin ",
		Aliases:     []string{"Putin", "Vladimir Putin", "Putin"}, // the name and a repeat are dropped
		WeakAliases: []string{"Vova"},
		Attrs:       map[string]string{"country": "RU", "note": ""}, // an empty value is dropped
	})
	fmt.Println(err)
	fmt.Println(b.Add(alias.Entity{ID: "Q7747", Kind: alias.Person, Name: "Putin"}))
	fmt.Println(b.Add(alias.Entity{ID: "Q1899", Kind: "city", Name: "Kyiv"}))

	tbl, err := b.Build()
	fmt.Println(tbl, err) // Build reports the first error
	b = alias.NewBuilder()
	b.Add(alias.Entity{ID: "Q7747", Kind: alias.Person, Name: "Vladimir Putin", Aliases: []string{"Putin"}, WeakAliases: []string{"Vova"}})
	tbl, _ = b.Build()
	out, _ := json.Marshal(tbl.At(0))
	fmt.Println(string(out))
	// Output:
	// <nil>
	// id: duplicate "Q7747"
	// kind: unknown kind "city" (want person, org, place or other)
	// <nil> id: duplicate "Q7747"
	// {"id":"Q7747","kind":"person","name":"Vladimir Putin","aliases":["Putin"],"weakAliases":["Vova"]}
}

func ExampleWithLanguages() {
	// A Wikidata dump: labels and aliases in every language, or only those asked for.
	all, _ := alias.LoadFile("testdata/wikidata/wikidata-extract.json")
	kyiv, _ := all.Lookup("Q1899")
	fmt.Println(kyiv.Kind, kyiv.Name, kyiv.Aliases)

	some, _ := alias.LoadFile("testdata/wikidata/wikidata-extract.json", alias.WithLanguages("uk", "en"))
	kyiv, _ = some.Lookup("Q1899")
	fmt.Println(kyiv.Kind, kyiv.Name, kyiv.Aliases)
	fmt.Println(some.Skipped()) // Johannes Gutenberg has no uk or en label
	// Output:
	// place Kyiv [Kiew Kiev Kyyiv Kijów Киев Київ]
	// place Київ [Kyiv Kiev Kyyiv]
	// map[instance of Q4167410:1 no label:1 type property:1]
}

func ExampleWithInstanceKinds() {
	// Wikidata files NATO under military alliance (Q1127126), which the default mapping
	// leaves to kind other.
	tbl, _ := alias.LoadFile("testdata/wikidata/wikidata-extract.json",
		alias.WithInstanceKinds(map[string]alias.Kind{"Q1127126": alias.Org}))
	nato, _ := tbl.Lookup("Q7184")
	fmt.Println(nato.Name, nato.Kind, nato.Attrs["instance_of"])
	// Output:
	// NATO org Q1127126; Q245065
}

func ExampleWithFormat() {
	fsys := fstest.MapFS{"export.txt": {Data: []byte("306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n")}}
	tbl, err := alias.LoadFS(fsys, "export.txt", alias.WithFormat(alias.SDNCSV))
	fmt.Println(tbl.At(0).ID, tbl.At(0).Name, err)
	// Output:
	// ofac:306 BANCO NACIONAL DE CUBA <nil>
}

func ExampleParseFormat() {
	for _, s := range []string{"tsv", "ftm", "sdn.csv", "Wikidata", "yaml"} {
		f, err := alias.ParseFormat(s)
		fmt.Println(f, err)
	}
	// Output:
	// TSV <nil>
	// FTM <nil>
	// SDN-CSV <nil>
	// Wikidata <nil>
	// Format(0) unknown table format "yaml" (want tsv, csv, json, jsonl, ftm, sdn-csv, sdn-xml or wikidata)
}

func ExampleFormatOf() {
	for _, name := range []string{"people.tsv", "SDN.CSV", "entities.ftm.json", "latest-all.json.gz", "sdn.xml"} {
		f, _ := alias.FormatOf(name)
		fmt.Println(name, f)
	}
	// Output:
	// people.tsv TSV
	// SDN.CSV SDN-CSV
	// entities.ftm.json FTM
	// latest-all.json.gz JSON
	// sdn.xml SDN-XML
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
