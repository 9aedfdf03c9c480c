// Command lookup resolves names to canonical entities, one per argument or per line of
// standard input.
//
//	go run ./examples/lookup [-table FILE]... [-format F] [-index FILE] [-save-index FILE] [-json] [-n N] [-threshold X] [NAME ...]
//
// Without NAME arguments it reads names from standard input, one a line, and answers each line
// as soon as it is read, so it works as a coprocess. A line is read up to [MaxLine] bytes;
// the rest of a longer line is skipped, and the answer echoes the cut query with the warning
// truncated. With -json it writes exactly one JSON object per input line:
//
//	{"query","found","ambiguous","id","name","kind","score","method","explain","attributes","candidates":[{"id","name","kind","score","method"}],"warnings"}
//
// Every key is always present with the same type: explain is an object (the entity package's
// [entity.Explain], its mention and alias empty when nothing is found), attributes an object,
// candidates and warnings lists ([] when empty). Scores are rounded by [entity.RoundScore].
// attributes holds the matched entity's attributes (extra table columns, FollowTheMoney
// properties, SDN program and remarks; see alias.Entity), {} when there are none.
//
// found is false both for no match and for an ambiguous one; ambiguous tells them apart
// ([entity.Match.Ambiguous]), and candidates lists the closest entities either way, near
// misses (method "near") included. Invalid UTF-8 in a query is echoed with U+FFFD and the
// warning invalid-utf8.
//
// -save-index FILE writes the table and its index to one snapshot file after indexing; -index
// FILE loads such a snapshot instead of -table, far faster than indexing the table again (see
// [entity.LoadSnapshot]). Reading, indexing, loading or saving that takes more than about a
// second reports its progress on stderr, never on stdout.
//
// The exit status is 0 even when nothing is found, and after -h, which prints the usage; a
// flag the flag package cannot parse exits 2 with one message and the usage; a flag value out
// of range (-threshold, -n) or a table that does not load exits 1 with one line (the loader's
// file:line message).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"math"
	"os"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity"
	"github.com/namecanon/namecanon/internal/cliindex"
)

// MaxLine is the most bytes of an input line that lookup reads and echoes.
const MaxLine = 4096

// candidate is one entry of the "candidates" list.
type candidate struct {
	ID     string        `json:"id"`
	Name   string        `json:"name"`
	Kind   alias.Kind    `json:"kind"`
	Score  float64       `json:"score"`
	Method entity.Method `json:"method"`
}

// answer is the JSON object written for one query.
type answer struct {
	Query      string            `json:"query"`
	Found      bool              `json:"found"`
	Ambiguous  bool              `json:"ambiguous"`
	ID         string            `json:"id"`
	Name       string            `json:"name"`
	Kind       alias.Kind        `json:"kind"`
	Score      float64           `json:"score"`
	Method     entity.Method     `json:"method"`
	Explain    entity.Explain    `json:"explain"`
	Attributes map[string]string `json:"attributes"`
	Candidates []candidate       `json:"candidates"`
	Warnings   []string          `json:"warnings"`
}

func main() {
	err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		// -h: the usage is printed; not an error.
	case errors.Is(err, errUsage):
		os.Exit(2) // the flag package has said what is wrong, once
	case err != nil:
		fmt.Fprintln(os.Stderr, "lookup:", err)
		os.Exit(1)
	}
}

// errUsage is returned by run for a command line the flag package rejected, after it has
// reported it.
var errUsage = errors.New("usage")

const usage = `usage: lookup [-table FILE]... [-format F] [-json] [-n N] [-threshold X] [NAME ...]

Resolves each NAME to a canonical entity of the table, or, without NAME arguments, each line
of standard input, answering each line as soon as it is read. Prints one line per name (one
JSON object with -json).

Flags:
`

// run is the command: it parses args, answers the NAME arguments or the lines of stdin on
// stdout; usage and flag errors go to stderr. It returns flag.ErrHelp after -h and errUsage
// after a flag the flag package rejected.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("lookup", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	var tables []string
	fs.Func("table", "load entities from this `FILE` instead of the default table (repeatable): TSV, CSV, JSON, JSON Lines, FollowTheMoney, OFAC sdn.csv or sdn.xml, a Wikidata dump; .gz read through gzip", func(p string) error { tables = append(tables, p); return nil })
	format := fs.String("format", "", "read every -table file in this format (tsv, csv, json, jsonl, ftm, sdn-csv, sdn-xml, wikidata) instead of the one its name and content show")
	var index cliindex.Flags
	fs.StringVar(&index.Index, "index", "", "load the table and its index from this snapshot `FILE` (written by -save-index) instead of indexing a table")
	fs.StringVar(&index.SaveIndex, "save-index", "", "after indexing, write the table and its index to this snapshot `FILE`, for -index")
	asJSON := fs.Bool("json", false, "write one JSON object per query")
	n := fs.Int("n", 3, "how many candidates to list, 0 or more")
	threshold := fs.Float64("threshold", entity.DefaultThreshold, "the score a match needs, in (0,1]")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %w", errUsage, err)
	}
	if *threshold <= 0 || *threshold > 1 || math.IsNaN(*threshold) {
		return fmt.Errorf("-threshold %v: want a number in (0,1]", *threshold)
	}
	if *n < 0 {
		return fmt.Errorf("-n %d: want 0 or more", *n)
	}
	res, err := cliindex.Resolver("lookup", index, len(tables) > 0, func() (*alias.Table, error) { return cliindex.LoadTables(tables, *format) }, stderr, entity.WithThreshold(*threshold))
	if err != nil {
		return err
	}
	out := bufio.NewWriter(stdout)
	// An answer is flushed as soon as no more input is waiting, so a person typing (or a
	// program waiting for each answer on a pipe) sees it at once, while a batch on stdin is
	// written in large blocks.
	answerOne := func(q string, cut bool, more bool) error {
		if *asJSON {
			b, err := json.Marshal(lookup(res, q, cut, *n))
			if err != nil {
				return err
			}
			out.Write(b)
			out.WriteByte('\n')
		} else {
			out.WriteString(human(res, q, cut, *n))
			out.WriteByte('\n')
		}
		if more {
			return nil
		}
		return out.Flush()
	}
	if fs.NArg() > 0 {
		for i, q := range fs.Args() {
			q, cut := cutQuery(q)
			if err := answerOne(q, cut, i < fs.NArg()-1); err != nil {
				return err
			}
		}
		return nil
	}
	lines := newLineReader(stdin, MaxLine)
	for {
		line, cut, err := lines.next()
		if errors.Is(err, io.EOF) {
			return out.Flush()
		}
		if err != nil {
			return errors.Join(err, out.Flush())
		}
		if err := answerOne(line, cut, lines.br.Buffered() > 0); err != nil {
			return err
		}
	}
}

// cutQuery cuts q to at most MaxLine bytes at a character boundary and reports whether it
// cut anything.
func cutQuery(q string) (string, bool) {
	if len(q) <= MaxLine {
		return q, false
	}
	cut := MaxLine
	for cut > 0 && !utf8.RuneStart(q[cut]) {
		cut--
	}
	return q[:cut], true
}

// lineReader reads lines of at most max bytes; the rest of a longer line is read and dropped.
type lineReader struct {
	br  *bufio.Reader
	max int
}

func newLineReader(r io.Reader, max int) *lineReader {
	return &lineReader{br: bufio.NewReaderSize(r, 4096), max: max}
}

// next returns the next line without its line break (LF or CRLF), cut to max bytes at a
// character boundary, and whether it was cut. At the end of the input it returns io.EOF.
func (lr *lineReader) next() (string, bool, error) {
	var buf []byte
	cut, any := false, false
	for {
		frag, err := lr.br.ReadSlice('\n')
		any = any || len(frag) > 0
		if !cut {
			buf = append(buf, frag...)
			if len(bytes.TrimRight(buf, "\r\n")) > lr.max {
				cut = true
			}
		}
		switch {
		case err == nil:
			q, over := cutQuery(strings.TrimRight(string(buf), "\r\n"))
			return q, cut || over, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			if !any {
				return "", false, io.EOF
			}
			q, over := cutQuery(strings.TrimRight(string(buf), "\r\n"))
			return q, cut || over, nil
		default:
			return "", false, err
		}
	}
}

// warnings returns the warnings of m and those of the echo: truncated when the line was cut,
// invalid-utf8 when the query holds bytes that JSON writes as U+FFFD; never nil.
func warnings(m entity.Match, q string, cut bool) []string {
	ws := append([]string{}, m.Warnings...)
	if cut && !slices.Contains(ws, entity.WarnTruncated) {
		ws = append(ws, entity.WarnTruncated)
	}
	if !utf8.ValidString(q) && !slices.Contains(ws, entity.WarnInvalidUTF8) {
		ws = append(ws, entity.WarnInvalidUTF8)
	}
	return ws
}

// lookup answers one query for -json.
func lookup(res *entity.Resolver, q string, cut bool, n int) answer {
	m, cands, ok := res.ResolveCandidates(q, n)
	a := answer{Query: q, Ambiguous: m.Ambiguous, Candidates: []candidate{}, Warnings: warnings(m, q, cut), Attributes: map[string]string{}}
	if ok {
		a.Found, a.ID, a.Name, a.Kind = true, m.Entity.ID, m.Entity.Name, m.Entity.Kind
		maps.Copy(a.Attributes, m.Entity.Attrs)
		a.Score, a.Method, a.Explain = entity.RoundScore(m.Score), m.Method, m.Explain
	}
	for _, c := range cands {
		a.Candidates = append(a.Candidates, candidate{ID: c.Entity.ID, Name: c.Entity.Name, Kind: c.Entity.Kind, Score: entity.RoundScore(c.Score), Method: c.Method})
	}
	return a
}

// human answers one query for people: "Sivya → Andrii Sybiha (person, Q…) 0.91 fuzzy".
func human(res *entity.Resolver, q string, cut bool, n int) string {
	m, cands, ok := res.ResolveCandidates(q, n)
	warn := ""
	if ws := warnings(m, q, cut); len(ws) > 0 {
		warn = " [" + strings.Join(ws, ", ") + "]"
	}
	q = strings.ToValidUTF8(q, "\uFFFD")
	if ok {
		return fmt.Sprintf("%s → %s (%s, %s) %.2f %s%s", q, m.Entity.Name, m.Entity.Kind, m.Entity.ID, m.Score, m.Method, warn)
	}
	var names []string
	for _, c := range cands {
		names = append(names, fmt.Sprintf("%s %.2f", c.Entity.Name, c.Score))
	}
	what := "no match"
	if m.Ambiguous {
		what = "ambiguous"
	}
	if len(names) == 0 {
		return fmt.Sprintf("%s → %s%s", q, what, warn)
	}
	return fmt.Sprintf("%s → %s (closest: %s)%s", q, what, strings.Join(names, "; "), warn)
}
