package alias

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/namecanon/namecanon/internal/lineread"
)

// header is the required header of TSV and CSV tables.
var header = []string{"id", "kind", "name", "aliases"}

const headerText = "id kind name aliases"

var bom = []byte("\uFEFF")

// Load reads a table in format f from r. Errors are [*ParseError]s whose
// File is "input"; use [LoadNamed] to name the file. Loading is
// all-or-nothing: on any error Load returns a nil table.
func Load(r io.Reader, f Format) (*Table, error) {
	return LoadNamed(r, f, "input")
}

// LoadNamed is [Load] with the file name that errors should show.
func LoadNamed(r io.Reader, f Format, name string) (*Table, error) {
	switch f {
	case TSV, CSV:
		return loadDelimited(r, f, name)
	case JSON:
		return loadJSON(r, name)
	case JSONL:
		return loadJSONL(r, name)
	}
	return nil, fmt.Errorf("%s: %w %v", name, ErrFormat, f)
}

// LoadFile reads the table at path, in the format its extension names (see
// [FormatOf]). Errors name the file as path was given. A file that cannot be
// opened returns the [*fs.PathError] from [os.Open].
func LoadFile(path string) (*Table, error) {
	f, err := FormatOf(path)
	if err != nil {
		return nil, err
	}
	file, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return LoadNamed(file, f, path)
}

// LoadFS is [LoadFile] for a file in fsys, such as an [embed.FS].
func LoadFS(fsys fs.FS, path string) (*Table, error) {
	f, err := FormatOf(path)
	if err != nil {
		return nil, err
	}
	file, err := fsys.Open(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return LoadNamed(file, f, path)
}

// lineError converts an error from lineread into a ParseError.
func lineError(name string, line int, err error) error {
	if errors.Is(err, lineread.ErrTooLong) {
		err = errorf(ErrTooLong, "too long (over %d bytes)", MaxLineLen)
	}
	return &ParseError{File: name, Line: line, Field: "line", Err: err}
}

// skippable reports whether a TSV or CSV line is blank or a # comment.
func skippable(line []byte) bool {
	return len(line) > 0 && line[0] == '#' || len(bytes.TrimSpace(line)) == 0
}

// eachLine calls fn with each line of r and its number, the byte-order mark taken off the
// first line, until fn fails or the input ends. A line the reader cannot give (too long,
// invalid) is an error positioned in name. It returns the number of lines read.
func eachLine(r io.Reader, name string, fn func(n int, line []byte) error) (int, error) {
	lr := lineread.New(r, MaxLineLen)
	for {
		line, err := lr.Next()
		if errors.Is(err, io.EOF) {
			return lr.Line(), nil
		}
		n := lr.Line()
		if err != nil {
			return n, lineError(name, n, err)
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, bom)
		}
		if err := fn(n, line); err != nil {
			return n, err
		}
	}
}

// loadDelimited reads TSV or CSV, one record per line.
func loadDelimited(r io.Reader, f Format, name string) (*Table, error) {
	b := NewBuilder()
	seenHeader := false
	lines, err := eachLine(r, name, func(n int, line []byte) error {
		if skippable(line) {
			return nil
		}
		var fields []string
		if f == TSV {
			fields = strings.Split(string(line), "\t")
		} else {
			var err error
			if fields, err = splitCSV(line); err != nil {
				return &ParseError{File: name, Line: n, Field: "csv", Err: err}
			}
		}
		// Trailing empty columns, as spreadsheets write them, are ignored.
		for len(fields) > len(header) && strings.TrimSpace(fields[len(fields)-1]) == "" {
			fields = fields[:len(fields)-1]
		}
		if !seenHeader {
			if err := checkHeader(fields); err != nil {
				return &ParseError{File: name, Line: n, Field: "header", Err: err}
			}
			seenHeader = true
			return nil
		}
		if len(fields) != len(header) {
			return &ParseError{File: name, Line: n, Field: "line",
				Err: errorf(ErrColumns, "want 4 columns (%s), got %d", headerText, len(fields))}
		}
		e, perr := rowEntity(fields)
		if perr == nil {
			perr = b.add(e, source{name, n})
		}
		if perr != nil {
			return at(perr, name, n)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if !seenHeader {
		return nil, &ParseError{File: name, Line: lines + 1, Field: "header",
			Err: errorf(ErrHeader, "want %q, got end of input", headerText)}
	}
	return b.table(), nil
}

// at sets the position of a ParseError that has none.
func at(err error, name string, line int) error {
	var pe *ParseError
	if errors.As(err, &pe) && pe.Line == 0 {
		pe.File, pe.Line = name, line
	}
	return err
}

// checkHeader compares a header record with the required one, ignoring case
// and surrounding white space.
func checkHeader(fields []string) error {
	ok := len(fields) == len(header)
	got := make([]string, len(fields))
	for i, f := range fields {
		got[i] = strings.TrimSpace(f)
		if ok && !strings.EqualFold(got[i], header[i]) {
			ok = false
		}
	}
	if ok {
		return nil
	}
	return errorf(ErrHeader, "want %q, got %q", headerText, strings.Join(got, " "))
}

// rowEntity turns the four fields of a TSV or CSV record into an Entity.
// The kind is parsed here; everything else is checked by Builder.add.
func rowEntity(fields []string) (Entity, error) {
	kindText := fields[1]
	if !utf8.ValidString(kindText) {
		return Entity{}, &ParseError{Field: "kind", Err: ErrInvalidUTF8}
	}
	if strings.TrimSpace(kindText) == "" {
		return Entity{}, &ParseError{Field: "kind", Err: ErrEmpty}
	}
	kind, err := ParseKind(kindText)
	if err != nil {
		return Entity{}, &ParseError{Field: "kind", Err: err}
	}
	e := Entity{ID: fields[0], Kind: kind, Name: fields[2]}
	if list := fields[3]; strings.TrimSpace(list) != "" {
		e.Aliases = strings.Split(list, "|")
		for _, a := range e.Aliases {
			if strings.TrimSpace(a) == "" {
				return Entity{}, &ParseError{Field: "aliases", Err: errorf(ErrEmpty, "empty alias in %q", strings.TrimSpace(list))}
			}
		}
	}
	return e, nil
}

// splitCSV parses one line as one CSV record. A record is one line: quoted
// fields may hold commas and doubled quotes but not line breaks.
func splitCSV(line []byte) ([]string, error) {
	cr := csv.NewReader(bytes.NewReader(line))
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	rec, err := cr.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, errorf(ErrSyntax, "%v", err)
	}
	return rec, nil
}

// LoadFiles loads every file of paths with [LoadFile] and merges them with [Merge]: one table,
// or the first error. With no paths it returns an empty table.
func LoadFiles(paths ...string) (*Table, error) {
	tables := make([]*Table, 0, len(paths))
	for _, p := range paths {
		t, err := LoadFile(p)
		if err != nil {
			return nil, err
		}
		tables = append(tables, t)
	}
	if len(tables) == 1 {
		return tables[0], nil
	}
	return Merge(tables...)
}
