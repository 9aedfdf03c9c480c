package entity_test

import (
	"bytes"
	"fmt"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity"
)

// A Resolver written to a snapshot and loaded back answers as it did, without indexing the
// table again.
func ExampleLoadSnapshot() {
	var buf bytes.Buffer // a file, in a real program
	if err := entity.NewResolver(alias.Default()).WriteSnapshot(&buf); err != nil {
		panic(err)
	}
	res, err := entity.LoadSnapshot(&buf)
	if err != nil {
		panic(err)
	}
	m, ok := res.Resolve("Zelenskiy")
	fmt.Println(ok, m.Entity.Name)
	_, err = entity.LoadSnapshot(bytes.NewReader([]byte("id\tkind\tname\taliases\n")))
	fmt.Println(err)
	// Output:
	// true Volodymyr Zelenskyy
	// entity: snapshot: not a namecanon snapshot (wrong magic)
}
