package alias

import (
	"bytes"
	"embed"
	"io"
	"strings"
	"sync"
)

//go:generate go run gen_countries.go -o data/countries.tsv

//go:embed data/default.tsv data/countries.tsv data/country_names.tsv data/ftm_schemata.tsv data/wikidata_kinds.tsv
var dataFS embed.FS

// Default returns the embedded default table: the people, places and
// organizations of data/default.tsv, then one entity per country or
// territory from data/countries.tsv (id "iso3166:" and the ISO 3166 code,
// such as "iso3166:DE"), with the extra English names of
// data/country_names.tsv added to those countries. The table is parsed on
// first use and shared; it panics only if the embedded files are broken,
// which the package tests rule out.
func Default() *Table { return defaultTable() }

var defaultTable = sync.OnceValue(func() *Table {
	t, err := loadDefault()
	if err != nil {
		panic("alias: embedded default table: " + err.Error())
	}
	return t
})

// loadDefault parses the embedded files.
func loadDefault() (*Table, error) {
	people, err := LoadFS(dataFS, "data/default.tsv")
	if err != nil {
		return nil, err
	}
	countries, err := LoadFS(dataFS, "data/countries.tsv")
	if err != nil {
		return nil, err
	}
	t, err := Merge(people, countries)
	if err != nil {
		return nil, err
	}
	names, err := dataFS.ReadFile("data/country_names.tsv")
	if err != nil {
		return nil, err
	}
	return withAliases(t, bytes.NewReader(names), "data/country_names.tsv")
}

// withAliases returns a copy of t with the aliases of a two-column TSV file
// ("id" and "aliases", the latter |-separated) added to the entities it
// names. Every id must be in t and appear once in the file.
func withAliases(t *Table, r io.Reader, name string) (*Table, error) {
	extra := map[string][]string{}
	seenHeader := false
	lines, err := eachLine(r, name, func(n int, line []byte) error {
		if skippable(line) {
			return nil
		}
		fields := strings.Split(string(line), "\t")
		if !seenHeader {
			if len(fields) != 2 || strings.TrimSpace(fields[0]) != "id" || strings.TrimSpace(fields[1]) != "aliases" {
				return &ParseError{File: name, Line: n, Field: "header", Err: errorf(ErrHeader, "want %q, got %q", "id aliases", strings.Join(fields, " "))}
			}
			seenHeader = true
			return nil
		}
		if len(fields) != 2 {
			return &ParseError{File: name, Line: n, Field: "line", Err: errorf(ErrColumns, "want 2 columns (id aliases), got %d", len(fields))}
		}
		id := strings.TrimSpace(fields[0])
		if _, ok := t.index[id]; !ok {
			return &ParseError{File: name, Line: n, Field: "id", Err: errorf(ErrUnknownID, "unknown id %q", id)}
		}
		if _, dup := extra[id]; dup {
			return &ParseError{File: name, Line: n, Field: "id", Err: errorf(ErrDuplicateID, "duplicate %q", id)}
		}
		var aliases []string
		for _, a := range strings.Split(fields[1], "|") {
			a, err := cleanText(a)
			if err != nil {
				return &ParseError{File: name, Line: n, Field: "aliases", Err: err}
			}
			aliases = append(aliases, a)
		}
		extra[id] = aliases
		return nil
	})
	if err != nil {
		return nil, err
	}
	if !seenHeader {
		return nil, &ParseError{File: name, Line: lines + 1, Field: "header", Err: errorf(ErrHeader, "want %q, got end of input", "id aliases")}
	}
	// The entities of t and the new aliases are checked already; only
	// repeats need dropping.
	out := &Table{entities: make([]Entity, len(t.entities)), sources: t.sources, index: t.index}
	for i, e := range t.entities {
		if more, ok := extra[e.ID]; ok {
			e = e.clone()
			e.Aliases = append(e.Aliases, more...)
			dedupe(&e)
		}
		out.entities[i] = e
	}
	return out, nil
}
