package alias

import (
	"bytes"
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
	"unicode/utf8"
)

// FuzzLoad feeds arbitrary bytes to every format. Each load must return
// either a table whose entities keep the Table invariants or a nil table
// and a *ParseError with File "input" and Line > 0; it must never panic.
func FuzzLoad(f *testing.F) {
	seedFiles(f, "testdata/*.*")
	f.Add([]byte("id\tkind\tname\taliases\nQ3874799\tperson\tVolodymyr Zelenskyy\tЗеленський\n"))
	f.Add([]byte("id,kind,name,aliases\n\"Q1899\",place,\"Kyiv\",\"Київ|Kyjiw\"\n"))
	f.Add([]byte(`[{"id":"Q8901","kind":"org","name":"European Central Bank","aliases":["ECB"]}]`))
	f.Add([]byte(`{"id":"person-andrii-sybiha","kind":"PER","name":"Andrii Sybiha"}` + "\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, format := range []Format{TSV, CSV, JSON, JSONL} {
			checkLoad(t, format, data)
		}
	})
}

// seedFiles adds every file that pattern matches as a seed.
func seedFiles(f *testing.F, pattern string) {
	files, err := filepath.Glob(pattern)
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range files {
		if strings.HasSuffix(p, ".md") {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

// checkLoad loads data in format and checks that the result is a table
// that keeps the invariants, or a nil table and a *ParseError with File
// "input" and Line > 0.
func checkLoad(t *testing.T, format Format, data []byte) {
	t.Helper()
	tbl, err := Load(bytes.NewReader(data), format)
	if err != nil {
		if tbl != nil {
			t.Fatalf("%v: table and error %v", format, err)
		}
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Line <= 0 || pe.File != "input" {
			t.Fatalf("%v: want a *ParseError with a line, got %#v", format, err)
		}
		return
	}
	checkInvariants(t, tbl)
}

// FuzzFTM feeds arbitrary bytes to the FollowTheMoney loader.
func FuzzFTM(f *testing.F) {
	seedFiles(f, "testdata/ftm/*")
	f.Add([]byte(`{"id":"Q3874799","schema":"Person","properties":{"name":["Volodymyr Zelenskyy"],"weakAlias":["Ze"]}}` + "\n"))
	f.Fuzz(func(t *testing.T, data []byte) { checkLoad(t, FTM, data) })
}

// FuzzOFAC feeds arbitrary bytes to the SDN CSV loader, as sdn.csv and as
// the alt.csv beside a fixed sdn.csv, and to the SDN XML loader.
func FuzzOFAC(f *testing.F) {
	seedFiles(f, "testdata/ofac/*")
	sdn, err := os.ReadFile("testdata/ofac/sdn.csv")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkLoad(t, SDNCSV, data)
		checkLoad(t, SDNXML, data)
		fsys := fstest.MapFS{"sdn.csv": {Data: sdn}, "alt.csv": {Data: data}}
		tbl, err := LoadFS(fsys, "sdn.csv")
		if err != nil {
			var pe *ParseError
			if tbl != nil || !errors.As(err, &pe) || pe.Line <= 0 || pe.File != "alt.csv" {
				t.Fatalf("alt.csv: want a *ParseError in alt.csv, got %#v", err)
			}
			return
		}
		checkInvariants(t, tbl)
	})
}

// FuzzWikidata feeds arbitrary bytes to the Wikidata loader.
func FuzzWikidata(f *testing.F) {
	seedFiles(f, "testdata/wikidata/*")
	f.Add([]byte(`{"type":"item","id":"Q1899","labels":{"uk":{"language":"uk","value":"Київ"}},"claims":{"P31":[{"mainsnak":{"datavalue":{"value":{"id":"Q515"}}},"rank":"normal"}]}}` + "\n"))
	f.Fuzz(func(t *testing.T, data []byte) { checkLoad(t, Wikidata, data) })
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
		names := append(slices.Clone(e.Aliases), e.WeakAliases...)
		for j, a := range names {
			if !okText(a) || a == e.Name {
				t.Fatalf("bad alias %q of %+q", a, e)
			}
			for _, b := range names[:j] {
				if a == b {
					t.Fatalf("repeated alias %q of %+q", a, e)
				}
			}
		}
		for k, v := range e.Attrs {
			if !okText(k) || v == "" || v != strings.TrimSpace(v) || !utf8.ValidString(v) {
				t.Fatalf("bad attribute %q=%q of %+q", k, v, e)
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

// FuzzSplitCSV checks the one-line CSV splitter against encoding/csv.
func FuzzSplitCSV(f *testing.F) {
	for _, s := range []string{`36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA"`, `Q61,place,"Washington, D.C.",Washington`,
		`a,"say ""hi""",b`, `a"b`, `"a"b`, `"open`, `,,`, `""`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.ContainsAny(s, "\r\n") || strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			return // lines reach splitCSV without line breaks; blank and # lines are skipped
		}
		got, err := splitCSV([]byte(s))
		cr := csv.NewReader(strings.NewReader(s))
		cr.FieldsPerRecord = -1
		cr.Comment = 0
		want, werr := cr.Read()
		if (err != nil) != (werr != nil) {
			t.Fatalf("%q: splitCSV error %v, encoding/csv %v", s, err, werr)
		}
		if err == nil && !slices.Equal(got, want) {
			t.Fatalf("%q: splitCSV %q, encoding/csv %q", s, got, want)
		}
	})
}
