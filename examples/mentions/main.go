// Command mentions finds the names of table entities in running text and resolves each to
// its canonical entity, with [entity.Finder.FindReader].
//
//	go run ./examples/mentions [-table FILE]... [-format F] [-index FILE] [-save-index FILE] [-json] [-unknown] [FILE ...]
//	go run ./examples/mentions -discover [-discover-out FILE] [-json] [FILE ...]
//
// It reads each FILE, or standard input when there is none, and prints one line per
// mention, in text order:
//
//	offset  text  →  Name (kind, ID) score method
//
// offset is the byte offset of the mention in its file. With more than one FILE each line
// begins with the file name and a colon. With -unknown it also reports the unknown names,
// runs of name words that resolve to no entity of the table, as
//
//	offset  text  →  unknown
//
// With -json it writes one JSON object per mention:
//
//	{"start","end","text","id","name","kind","score","method","found","attributes"}
//
// where text is input[start:end] (byte offsets), found is true for a mention of an entity and
// false for an unknown name (whose id, name, kind and method are "" and score 0), and with
// more than one FILE a "file" key too. Titles before a name are left out of its span (Foreign Minister Andrii Sybhia gives
// "Andrii Sybhia"); possessives stay in it (Witkoff’s). Input of any size is read as a
// stream, one document per FILE ([entity.Finder.FindReader]): memory stays bounded, the text
// is cut only between sentences or where no name can run over the cut, and offsets are those
// of the whole input.
//
// With -discover it reads all the input without a table, groups the names into clusters of
// spellings of one name ([entity.Discoverer]; each FILE, or standard input, is one document)
// and prints one line per cluster, the most mentioned first:
//
//	Canonical (kind, count): spelling ×count, spelling ×count [rules score], …
//
// or with -json one object per cluster, {"canonical","kind","count","spellings"}, each
// spelling {"text","count","score","rules"}. -discover-out FILE also writes the clusters as
// an alias table ([entity.WriteAliasTable]) that -table reads back.
//
// -table loads entities from files (repeatable; merged) instead of the embedded default table:
// TSV, CSV, JSON, JSON Lines, FollowTheMoney, OFAC sdn.csv (with alt.csv beside it) or sdn.xml,
// or a Wikidata dump, optionally gzipped; -format forces the format. -save-index FILE writes
// the table and its index to one snapshot file after indexing; -index FILE loads one instead
// of -table, far faster than indexing again ([entity.LoadSnapshot]); work over about a second
// reports its progress on stderr, never on stdout. -h prints the usage. The
// exit status is 0 when all input was read, even with no mentions, and after -h; a table that
// does not load or a file that cannot be read exits 1; a bad flag exits 2.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strings"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity"
	"github.com/namecanon/namecanon/internal/cliindex"
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
	// Found is false for an unknown name (-unknown): a run of name words that resolved to
	// nothing; its id, name, kind and method are then empty and its score 0.
	Found bool `json:"found"`
	// Attributes are the entity's attributes (see alias.Entity), {} when there are none.
	Attributes map[string]string `json:"attributes"`
}

func main() {
	err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		// -h: the usage is printed; not an error.
	case errors.Is(err, errUsage):
		os.Exit(2) // the flag package has said what is wrong, once
	case err != nil:
		fmt.Fprintln(os.Stderr, "mentions:", err)
		os.Exit(1)
	}
}

// errUsage is returned by run for a bad command line, after the flag package has reported it.
var errUsage = errors.New("usage")

const usage = `usage: mentions [-table FILE]... [-format F] [-index FILE] [-save-index FILE] [-json] [-unknown] [FILE ...]
       mentions -discover [-discover-out FILE] [-json] [FILE ...]

Finds the names of table entities in the text of each FILE, or of standard input when no
FILE is given, and prints one line per mention (one JSON object with -json). With
-discover it instead groups the names of all the input, without a table, into clusters of
spellings of one name and prints one line per cluster.

Flags:
`

// run is the command: it parses args, reads the files or stdin, and writes to stdout; usage
// and flag errors go to stderr. It returns flag.ErrHelp after -h, errUsage after a bad flag.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("mentions", flag.ContinueOnError)
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
	asJSON := fs.Bool("json", false, "write one JSON object per mention")
	unknown := fs.Bool("unknown", false, "also report unknown names: runs of name words that resolve to no entity")
	discover := fs.Bool("discover", false, "group the names of the input into clusters of spellings, without a table, instead of finding mentions")
	discoverOut := fs.String("discover-out", "", "also write the clusters to `FILE` as an alias table (TSV) that -table reads (implies -discover)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %w", errUsage, err)
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	ctx := context.Background()
	if *discover || *discoverOut != "" {
		if len(tables) > 0 || *format != "" || *unknown {
			fmt.Fprintln(stderr, "-discover reads no table: -table, -format and -unknown do not apply")
			fs.Usage()
			return errUsage
		}
		d := entity.NewDiscoverer()
		err := eachInput(fs.Args(), stdin, func(_ string, rd io.Reader) error { return d.AddReader(ctx, rd) })
		if err != nil {
			return err
		}
		return writeClusters(out, d.Clusters(), *asJSON, *discoverOut)
	}
	res, err := cliindex.Resolver("mentions", index, len(tables) > 0, func() (*alias.Table, error) { return cliindex.LoadTables(tables, *format) }, stderr)
	if err != nil {
		return err
	}
	opts := []entity.FindOption{entity.WithUnknown(*unknown)}
	return eachInput(fs.Args(), stdin, func(name string, rd io.Reader) error {
		return write(ctx, out, res.NewFinder(opts...), name, rd, *asJSON)
	})
}

// eachInput calls do with each file of paths in turn, and its name when there are more than
// one, or with stdin and no name when paths is empty. Each input is one document.
func eachInput(paths []string, stdin io.Reader, do func(name string, rd io.Reader) error) error {
	if len(paths) == 0 {
		return do("", stdin)
	}
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		name := ""
		if len(paths) > 1 {
			name = path
		}
		err = do(name, f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return nil
}

// writeClusters prints the clusters, one a line (a JSON object with asJSON), and writes them
// as an alias table to the file table unless it is "".
func writeClusters(out *bufio.Writer, clusters []entity.Cluster, asJSON bool, table string) error {
	for _, c := range clusters {
		if asJSON {
			b, err := json.Marshal(c)
			if err != nil {
				return err
			}
			out.Write(b)
			out.WriteByte('\n')
			continue
		}
		fmt.Fprintf(out, "%s (%s, %d):", c.Canonical, c.Kind, c.Count)
		for i, s := range c.Spellings {
			sep := ","
			if i == 0 {
				sep = ""
			}
			fmt.Fprintf(out, "%s %s ×%d", sep, s.Text, s.Count)
			if len(s.Rules) > 0 {
				fmt.Fprintf(out, " [%s %.2f]", strings.Join(s.Rules, " "), s.Score)
			}
		}
		out.WriteByte('\n')
	}
	if table == "" {
		return nil
	}
	f, err := os.Create(table)
	if err != nil {
		return err
	}
	if err := entity.WriteAliasTable(f, clusters); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// write finds the mentions of the text of rd, one document, and writes them, one a line, as
// it reads.
func write(ctx context.Context, out *bufio.Writer, fd *entity.Finder, file string, rd io.Reader, asJSON bool) error {
	for m, err := range fd.FindReader(ctx, rd) {
		if err != nil {
			return err
		}
		if asJSON {
			b, err := json.Marshal(mention{
				File: file, Start: m.Start, End: m.End, Text: m.Text,
				ID: m.Match.Entity.ID, Name: m.Match.Entity.Name, Kind: string(m.Match.Entity.Kind),
				Score: math.Round(m.Match.Score*1000) / 1000, Method: string(m.Match.Method),
				Found: m.Found, Attributes: attributes(m.Match.Entity),
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
		if !m.Found {
			fmt.Fprintf(out, "%d  %s  →  unknown\n", m.Start, m.Text)
			continue
		}
		e := m.Match.Entity
		fmt.Fprintf(out, "%d  %s  →  %s (%s, %s) %.2f %s\n", m.Start, m.Text, e.Name, e.Kind, e.ID, m.Match.Score, m.Match.Method)
	}
	return nil
}

// attributes returns e's attributes, an empty map when it has none.
func attributes(e alias.Entity) map[string]string {
	if e.Attrs == nil {
		return map[string]string{}
	}
	return e.Attrs
}
