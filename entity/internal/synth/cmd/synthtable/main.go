// Command synthtable writes a synthetic table of names (package synth) as a TSV file that
// alias.LoadFile and examples/lookup -table read, and optionally its queries in the layout of
// the dev sets (query, expected_id, category, source):
//
//	go run ./entity/internal/synth/cmd/synthtable -n 1000000 -seed 1 -o synth-1e6.tsv -queries synth-1e6-queries.tsv
//
// The same -n and -seed write the same files.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/namecanon/namecanon/entity/internal/synth"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "synthtable:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("synthtable", flag.ContinueOnError)
	n := fs.Int("n", 1000, "how many entities")
	seed := fs.Uint64("seed", 1, "the seed of the generator")
	out := fs.String("o", "", "write the table to this file (default standard output)")
	queries := fs.String("queries", "", "also write queries to this file")
	per := fs.Int("per", 1000, "queries per class (with -queries)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *n < 1 {
		return errors.New("-n: want at least 1")
	}
	s := synth.Generate(*n, *seed)
	if err := write(*out, stdout, s.WriteTSV); err != nil {
		return err
	}
	if *queries == "" {
		return nil
	}
	return write(*queries, stdout, func(w io.Writer) error {
		bw := bufio.NewWriter(w)
		fmt.Fprintf(bw, "# Queries of synth.Generate(%d, %d): synth.Set.Queries(%d, %d)\n", *n, *seed, *per, *seed)
		fmt.Fprintln(bw, "query\texpected_id\tcategory\tsource")
		for _, q := range s.Queries(*per, *seed) {
			fmt.Fprintf(bw, "%s\t%s\t%s\tsynth %s\n", q.Text, q.Want, q.Class, q.Of)
		}
		return bw.Flush()
	})
}

// write calls fn on the file path, or on stdout when path is empty.
func write(path string, stdout io.Writer, fn func(io.Writer) error) error {
	if path == "" {
		bw := bufio.NewWriter(stdout)
		if err := fn(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	if err := fn(bw); err != nil {
		f.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
