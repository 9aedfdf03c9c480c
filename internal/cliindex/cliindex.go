// Package cliindex is what the example commands share to get their Resolver: the tables of
// -table and -format (LoadTables), a snapshot loaded with -index, or a table indexed (and
// saved with -save-index), with progress on stderr for work that takes more than about a
// second. It uses only the exported API of
// package entity.
package cliindex

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity"
)

// Flags are the index flags of a command.
type Flags struct {
	Index     string // -index: load this snapshot instead of indexing a table
	SaveIndex string // -save-index: write a snapshot here after indexing
}

// ErrIndexAndTable is returned by Resolver when -index comes with -table: a snapshot holds
// its table.
var ErrIndexAndTable = errors.New("-index holds its own table: give -index or -table, not both")

// quiet is how long work runs before progress is shown (a variable for the tests).
var quiet = time.Second

// Resolver returns the command's Resolver: the snapshot f.Index, or a Resolver over the
// table load returns (tables says whether -table was given), written to f.SaveIndex when
// set. Progress goes to stderr, prefixed with cmd, once the work has taken a second, then
// about every second; never to stdout.
func Resolver(cmd string, f Flags, tables bool, load func() (*alias.Table, error), stderr io.Writer, opts ...entity.Option) (*entity.Resolver, error) {
	start := time.Now()
	if f.Index != "" {
		if tables {
			return nil, ErrIndexAndTable
		}
		res, err := entity.LoadSnapshotFile(f.Index, opts...)
		if err != nil {
			return nil, err
		}
		if d := time.Since(start); d >= quiet {
			fmt.Fprintf(stderr, "%s: loaded %s (%d entities) in %.1fs\n", cmd, f.Index, res.Table().Len(), d.Seconds())
		}
		if f.SaveIndex != "" {
			return res, save(cmd, res, f.SaveIndex, stderr)
		}
		return res, nil
	}
	tbl, err := load()
	if err != nil {
		return nil, err
	}
	if d := time.Since(start); d >= quiet {
		fmt.Fprintf(stderr, "%s: read %d entities in %.1fs\n", cmd, tbl.Len(), d.Seconds())
	}
	indexing := time.Now()
	last := indexing
	progress := func(done, total int) {
		if now := time.Now(); now.Sub(last) >= quiet || done == total && now.Sub(indexing) >= quiet {
			last = now
			fmt.Fprintf(stderr, "%s: indexed %d of %d names (%.0f%%) in %.1fs\n", cmd, done, total, 100*float64(done)/float64(max(total, 1)), now.Sub(indexing).Seconds())
		}
	}
	res := entity.NewResolver(tbl, append([]entity.Option{entity.WithProgress(progress)}, opts...)...)
	if f.SaveIndex != "" {
		return res, save(cmd, res, f.SaveIndex, stderr)
	}
	return res, nil
}

// save writes res to path through a temporary file in the same directory, renamed into
// place once complete: a reader never sees half a snapshot.
func save(cmd string, res *entity.Resolver, path string, stderr io.Writer) error {
	start := time.Now()
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing to remove
	if err := res.WriteSnapshot(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	if d := time.Since(start); d >= quiet {
		fmt.Fprintf(stderr, "%s: wrote %s in %.1fs\n", cmd, path, d.Seconds())
	}
	return nil
}

// LoadTables loads and merges the -table files, in the -format format when one is given, or
// returns the default table when there are none.
func LoadTables(paths []string, format string) (*alias.Table, error) {
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
