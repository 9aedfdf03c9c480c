// Command lookup resolves names to canonical entities, one per argument or per line of
// standard input.
//
//	go run ./examples/lookup [-table FILE]... [-json] [-n N] [-threshold X] [NAME ...]
//
// Without NAME arguments it reads names from standard input, one a line, and answers each line
// as soon as it is read, so it works as a coprocess. With -json it writes exactly one JSON
// object per input line:
//
//	{"query","found","id","name","kind","score","method","explain","attributes","candidates":[{"id","name","score"}],"warnings"}
//
// attributes holds the matched entity's attributes (extra table columns, FollowTheMoney
// properties, SDN program and remarks; see alias.Entity), {} when there are none.
//
// found is false both for no match and for an ambiguous one. The exit status is 0 even when
// nothing is found; a table that does not load exits 1 with the loader's file:line message.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"math"
	"os"
	"strings"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity"
)

// candidate is one entry of the "candidates" list.
type candidate struct {
	ID    string  `json:"id"`
	Name  string  `json:"name"`
	Score float64 `json:"score"`
}

// answer is the JSON object written for one query.
type answer struct {
	Query      string            `json:"query"`
	Found      bool              `json:"found"`
	ID         string            `json:"id"`
	Name       string            `json:"name"`
	Kind       string            `json:"kind"`
	Score      float64           `json:"score"`
	Method     string            `json:"method"`
	Explain    *entity.Explain   `json:"explain"`
	Attributes map[string]string `json:"attributes"`
	Candidates []candidate       `json:"candidates"`
	Warnings   []string          `json:"warnings"`
}

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "lookup:", err)
		os.Exit(1)
	}
}

func run(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("lookup", flag.ContinueOnError)
	var tables []string
	fs.Func("table", "load entities from this file instead of the default table (repeatable): TSV, CSV, JSON, JSON Lines, FollowTheMoney, OFAC sdn.csv or sdn.xml, a Wikidata dump; .gz read through gzip", func(p string) error { tables = append(tables, p); return nil })
	format := fs.String("format", "", "read every -table file in this format (tsv, csv, json, jsonl, ftm, sdn-csv, sdn-xml, wikidata) instead of the one its name and content show")
	asJSON := fs.Bool("json", false, "write one JSON object per query")
	n := fs.Int("n", 3, "how many candidates to list")
	threshold := fs.Float64("threshold", entity.DefaultThreshold, "the score a match needs, in (0,1]")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *threshold <= 0 || *threshold > 1 || math.IsNaN(*threshold) {
		return fmt.Errorf("-threshold %v: want a number in (0,1]", *threshold)
	}
	tbl, err := loadTables(tables, *format)
	if err != nil {
		return err
	}
	res := entity.NewResolver(tbl, entity.WithThreshold(*threshold))
	out := bufio.NewWriter(stdout)
	answerOne := func(q string) error {
		if *asJSON {
			b, err := json.Marshal(lookup(res, q, *n))
			if err != nil {
				return err
			}
			out.Write(b)
			out.WriteByte('\n')
		} else {
			out.WriteString(human(res, q, *n))
			out.WriteByte('\n')
		}
		return out.Flush()
	}
	if fs.NArg() > 0 {
		for _, q := range fs.Args() {
			if err := answerOne(q); err != nil {
				return err
			}
		}
		return nil
	}
	in := bufio.NewReader(stdin)
	for {
		line, err := in.ReadString('\n')
		if len(line) > 0 || err == nil {
			if err := answerOne(strings.TrimRight(line, "\r\n")); err != nil {
				return err
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
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

// lookup answers one query for -json.
func lookup(res *entity.Resolver, q string, n int) answer {
	a := answer{Query: q, Candidates: []candidate{}, Warnings: []string{}, Attributes: map[string]string{}}
	m, ok := res.Resolve(q)
	a.Warnings = append(a.Warnings, m.Warnings...)
	if ok {
		a.Found, a.ID, a.Name, a.Kind = true, m.Entity.ID, m.Entity.Name, string(m.Entity.Kind)
		maps.Copy(a.Attributes, m.Entity.Attrs)
		a.Score, a.Method = round(m.Score), string(m.Method)
		ex := m.Explain
		a.Explain = &ex
	}
	for _, c := range res.Candidates(q, n) {
		a.Candidates = append(a.Candidates, candidate{ID: c.Entity.ID, Name: c.Entity.Name, Score: round(c.Score)})
	}
	return a
}

// human answers one query for people: "Sivya → Andrii Sybiha (person, Q…) 0.91 fuzzy".
func human(res *entity.Resolver, q string, n int) string {
	m, ok := res.Resolve(q)
	warn := ""
	if len(m.Warnings) > 0 {
		warn = " [" + strings.Join(m.Warnings, ", ") + "]"
	}
	if ok {
		return fmt.Sprintf("%s → %s (%s, %s) %.2f %s%s", q, m.Entity.Name, m.Entity.Kind, m.Entity.ID, m.Score, m.Method, warn)
	}
	var names []string
	for _, c := range res.Candidates(q, n) {
		names = append(names, fmt.Sprintf("%s %.2f", c.Entity.Name, c.Score))
	}
	what := "no match"
	if len(m.Alternatives) > 1 && m.Alternatives[1].Score >= entity.DefaultThreshold*0.9 {
		what = "ambiguous"
	}
	if len(names) == 0 {
		return fmt.Sprintf("%s → %s%s", q, what, warn)
	}
	return fmt.Sprintf("%s → %s (closest: %s)%s", q, what, strings.Join(names, "; "), warn)
}

func round(x float64) float64 { return math.Round(x*1000) / 1000 }
