// Command mentions finds the names of table entities in running text and resolves each to
// its canonical entity, with [entity.Resolver.Find].
//
//	go run ./examples/mentions [-table FILE]... [-json] [FILE ...]
//
// It reads each FILE, or standard input when there is none, and prints one line per
// mention, in text order:
//
//	offset  text  →  Name (kind, ID) score method
//
// offset is the byte offset of the mention in its file. With more than one FILE each line
// begins with the file name and a colon. With -json it writes one JSON object per mention:
//
//	{"start","end","text","id","name","kind","score","method","attributes"}
//
// where text is input[start:end] (byte offsets), and with more than one FILE a "file" key
// too. Titles before a name are left out of its span (Foreign Minister Andrii Sybhia gives
// "Andrii Sybhia"); possessives stay in it (Witkoff’s). Input of any length is read as one document.
//
// -table loads entities from files (repeatable; merged) instead of the embedded default table:
// TSV, CSV, JSON, JSON Lines, FollowTheMoney, OFAC sdn.csv (with alt.csv beside it) or sdn.xml,
// or a Wikidata dump, optionally gzipped; -format forces the format. The exit status is 0 when all input was read, even with no
// mentions; a table that does not load or a file that cannot be read exits 1.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity"
)

// mention is the JSON object written for one mention.
type mention struct {
	File   string  `json:"file,omitempty"`
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Text   string  `json:"text"`
	ID     string  `json:"id"`
	Name   string  `json:"name"`
	Kind   string  `json:"kind"`
	Score  float64 `json:"score"`
	Method string  `json:"method"`
	// Attributes are the entity's attributes (see alias.Entity), {} when there are none.
	Attributes map[string]string `json:"attributes"`
}

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "mentions:", err)
		os.Exit(1)
	}
}

func run(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("mentions", flag.ContinueOnError)
	var tables []string
	fs.Func("table", "load entities from this file instead of the default table (repeatable): TSV, CSV, JSON, JSON Lines, FollowTheMoney, OFAC sdn.csv or sdn.xml, a Wikidata dump; .gz read through gzip", func(p string) error { tables = append(tables, p); return nil })
	format := fs.String("format", "", "read every -table file in this format (tsv, csv, json, jsonl, ftm, sdn-csv, sdn-xml, wikidata) instead of the one its name and content show")
	asJSON := fs.Bool("json", false, "write one JSON object per mention")
	if err := fs.Parse(args); err != nil {
		return err
	}
	tbl, err := loadTables(tables, *format)
	if err != nil {
		return err
	}
	res := entity.NewResolver(tbl)
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	if fs.NArg() == 0 {
		text, err := io.ReadAll(stdin)
		if err != nil {
			return err
		}
		return write(out, res, "", string(text), *asJSON)
	}
	for _, path := range fs.Args() {
		text, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		name := ""
		if fs.NArg() > 1 {
			name = path
		}
		if err := write(out, res, name, string(text), *asJSON); err != nil {
			return err
		}
	}
	return nil
}

// loadTables loads and merges the -table files, in the -format format when one is given, or
// returns the default table.
func loadTables(paths []string, format string) (*alias.Table, error) {
	if len(paths) == 0 {
		return alias.Default(), nil
	}
	var opts []alias.LoadOption
	if format != "" {
		f, err := alias.ParseFormat(format)
		if err != nil {
			return nil, fmt.Errorf("-format: %w", err)
		}
		opts = append(opts, alias.WithFormat(f))
	}
	return alias.LoadFiles(paths, opts...)
}

// write finds the mentions of text and writes them, one a line.
func write(out *bufio.Writer, res *entity.Resolver, file, text string, asJSON bool) error {
	for _, m := range find(res, text) {
		if asJSON {
			b, err := json.Marshal(mention{
				File: file, Start: m.Start, End: m.End, Text: m.Text,
				ID: m.Match.Entity.ID, Name: m.Match.Entity.Name, Kind: string(m.Match.Entity.Kind),
				Score: math.Round(m.Match.Score*1000) / 1000, Method: string(m.Match.Method),
				Attributes: attributes(m.Match.Entity),
			})
			if err != nil {
				return err
			}
			out.Write(b)
			out.WriteByte('\n')
			continue
		}
		if file != "" {
			fmt.Fprintf(out, "%s:", file)
		}
		e := m.Match.Entity
		fmt.Fprintf(out, "%d  %s  →  %s (%s, %s) %.2f %s\n", m.Start, m.Text, e.Name, e.Kind, e.ID, m.Match.Score, m.Match.Method)
	}
	return nil
}

// find runs a Finder over text, one document.
func find(res *entity.Resolver, text string) []entity.Mention {
	return res.NewFinder().Find(text)
}

// attributes returns e's attributes, an empty map when it has none.
func attributes(e alias.Entity) map[string]string {
	if e.Attrs == nil {
		return map[string]string{}
	}
	return e.Attrs
}
