package alias

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzLoad feeds arbitrary bytes to every format. Each load must return
// either a table whose entities keep the Table invariants or a nil table
// and a *ParseError with File "input" and Line > 0; it must never panic.
func FuzzLoad(f *testing.F) {
	files, err := filepath.Glob("testdata/*")
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("id\tkind\tname\taliases\nQ3874799\tperson\tVolodymyr Zelenskyy\tЗеленський\n"))
	f.Add([]byte("id,kind,name,aliases\n\"Q1899\",place,\"Kyiv\",\"Київ|Kyjiw\"\n"))
	f.Add([]byte(`[{"id":"Q8901","kind":"org","name":"European Central Bank","aliases":["ECB"]}]`))
	f.Add([]byte(`{"id":"person-andrii-sybiha","kind":"PER","name":"Andrii Sybiha"}` + "\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, format := range []Format{TSV, CSV, JSON, JSONL} {
			tbl, err := Load(bytes.NewReader(data), format)
			if err != nil {
				if tbl != nil {
					t.Fatalf("%v: table and error %v", format, err)
				}
				var pe *ParseError
				if !errors.As(err, &pe) || pe.Line <= 0 || pe.File != "input" {
					t.Fatalf("%v: want a *ParseError with a line, got %#v", format, err)
				}
				continue
			}
			checkInvariants(t, tbl)
		}
	})
}

// checkInvariants checks what the package doc promises of every Table.
func checkInvariants(t *testing.T, tbl *Table) {
	t.Helper()
	okText := func(s string) bool {
		return s != "" && utf8.ValidString(s) && s == strings.TrimSpace(s) && len(s) <= MaxFieldLen &&
			strings.IndexFunc(s, unicode.IsControl) < 0
	}
	for i := range tbl.Len() {
		e := tbl.At(i)
		if !okText(e.ID) || strings.IndexFunc(e.ID, unicode.IsSpace) >= 0 || !okText(e.Name) || !e.Kind.Valid() {
			t.Fatalf("bad entity %+q", e)
		}
		for j, a := range e.Aliases {
			if !okText(a) || a == e.Name {
				t.Fatalf("bad alias %q of %+q", a, e)
			}
			for _, b := range e.Aliases[:j] {
				if a == b {
					t.Fatalf("repeated alias %q of %+q", a, e)
				}
			}
		}
		if got, ok := tbl.Lookup(e.ID); !ok || got.Name != e.Name {
			t.Fatalf("Lookup(%q) = %+q, %v", e.ID, got, ok)
		}
	}
}

func TestDefaultInvariants(t *testing.T) {
	checkInvariants(t, Default())
}
