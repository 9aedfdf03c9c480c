package entity_test

import (
	"fmt"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity"
)

func ExampleWithUnknown() {
	f := entity.Default().NewFinder(entity.WithUnknown(true))
	for _, m := range f.Find("Zach Witkoff, not Steve Witkoff, spoke in Kyiv Post interviews.") {
		fmt.Printf("%q found=%v id=%q\n", m.Text, m.Found, m.Match.Entity.ID)
	}
	// Output:
	// "Zach Witkoff" found=false id=""
	// "Steve Witkoff" found=true id="person-steve-witkoff"
	// "Kyiv Post" found=false id=""
}

func ExampleWithFindKinds() {
	f := entity.Default().NewFinder(entity.WithFindKinds(alias.Person))
	for _, m := range f.Find("Vladimir Putin told Moscow reporters nothing.") {
		fmt.Println(m.Text, m.Match.Entity.Kind)
	}
	// Output:
	// Vladimir Putin person
}

func ExampleWithFindThreshold() {
	f := entity.Default().NewFinder(entity.WithFindThreshold(0.98))
	for _, m := range f.Find("Andrii Sybhia flew to Miami.") {
		fmt.Println(m.Text, m.Match.Score)
	}
	// Output:
	// Miami 1
}
