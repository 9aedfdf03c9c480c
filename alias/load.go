package alias

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/namecanon/namecanon/internal/lineread"
)

// header is the required header of TSV and CSV tables.
var header = []string{"id", "kind", "name", "aliases"}

const headerText = "id kind name aliases"

var bom = []byte("\uFEFF")

// LoadOption sets an option of [Load], [LoadFile], [LoadFS] and
// [LoadFiles]. The zero set of options is the documented default of each.
type LoadOption func(*loadConfig)

type loadConfig struct {
	name      string          // file name errors show; "" means "input"
	format    Format          // forced format; 0 means from the name and content
	languages []string        // Wikidata: languages read; nil means all
	kinds     map[string]Kind // Wikidata: P31 classes over the default mapping
	lines     int             // TSV, CSV: about how many lines the file has (0: unknown)
}

func newLoadConfig(opts []LoadOption) loadConfig {
	var c loadConfig
	for _, o := range opts {
		o(&c)
	}
	return c
}

// WithName sets the file name that the errors of [Load] show (default
// "input"). [LoadFile] and [LoadFS] name the path they were given.
func WithName(name string) LoadOption { return func(c *loadConfig) { c.name = name } }

// WithFormat makes [LoadFile], [LoadFS] and [LoadFiles] read f whatever
// the file's name or content says (default: the format [FormatOf] and the
// content choose). [Load] takes its format as an argument and ignores it.
func WithFormat(f Format) LoadOption { return func(c *loadConfig) { c.format = f } }

// WithLanguages makes the [Wikidata] loader read the labels and aliases of
// the given languages only (Wikidata language codes such as "en", "uk",
// "zh-hans"), and take the entity's name from the first of them that it
// has a label in. By default every language is read and the name is the
// label in "en", else "mul", else the first language code in sort order.
func WithLanguages(langs ...string) LoadOption {
	langs = slices.Clone(langs)
	return func(c *loadConfig) { c.languages = langs }
}

// WithInstanceKinds adds to or overrides the mapping from Wikidata classes
// (the Q-ids that instance of, P31, points to) to kinds that the [Wikidata]
// loader uses; the default mapping is data/wikidata_kinds.tsv. A class
// mapped to "" makes its items skipped.
func WithInstanceKinds(kinds map[string]Kind) LoadOption {
	kinds = maps.Clone(kinds)
	return func(c *loadConfig) {
		if c.kinds == nil {
			c.kinds = map[string]Kind{}
		}
		maps.Copy(c.kinds, kinds)
	}
}

// Load reads a table in format f from r. Errors are [*ParseError]s whose
// File is "input" or the name given with [WithName]. Loading is
// all-or-nothing: on any error Load returns a nil table. For [SDNCSV] it
// reads sdn.csv alone: [LoadFile] and [LoadFS] also read alt.csv beside it.
func Load(r io.Reader, f Format, opts ...LoadOption) (*Table, error) {
	c := newLoadConfig(opts)
	if c.name == "" {
		c.name = "input"
	}
	return load(r, f, c, nil)
}

// load reads format f; alt, when not nil, opens the alt.csv of an SDN CSV
// file (nil file when there is none).
func load(r io.Reader, f Format, c loadConfig, alt func() (io.ReadCloser, string, error)) (*Table, error) {
	name := c.name
	switch f {
	case TSV, CSV:
		return loadDelimited(r, f, name, c.lines)
	case JSON:
		return loadJSON(r, name)
	case JSONL:
		return loadJSONL(r, name)
	case FTM:
		return loadFTM(r, name)
	case SDNCSV:
		return loadSDNCSV(r, name, alt)
	case SDNXML:
		return loadSDNXML(r, name)
	case Wikidata:
		return loadWikidata(r, name, c)
	}
	return nil, fmt.Errorf("%s: %w %v", name, ErrFormat, f)
}

// LoadFile reads the table at path. The format is the one [WithFormat]
// forces, else the one the file's name names (see [FormatOf]), where the
// content decides between formats that share an extension: a .json file
// may be a [JSON] array, [JSON Lines], [FTM] entities or a [Wikidata]
// dump, a .csv file a [CSV] table or an [SDNCSV] sdn.csv. A name ending in
// .gz is read through gzip. For an sdn.csv, the alt.csv beside it (same
// directory, "sdn" replaced by "alt" in the name, such as alt.csv.gz beside
// sdn.csv.gz, or cons_alt.csv beside cons_prim.csv) is read too when it
// exists. Errors name the file as path was given. A file that cannot be
// opened returns the [*fs.PathError] from [os.Open].
func LoadFile(path string, opts ...LoadOption) (*Table, error) {
	return loadFS(osFS{}, path, opts)
}

// LoadFS is [LoadFile] for a file in fsys, such as an [embed.FS].
func LoadFS(fsys fs.FS, path string, opts ...LoadOption) (*Table, error) {
	return loadFS(fsys, path, opts)
}

// osFS opens host paths as given, so that LoadFile accepts what os.Open
// does (absolute paths, "../x"), which fs.FS names may not be.
type osFS struct{}

func (osFS) Open(name string) (fs.File, error) { return os.Open(name) }

func loadFS(fsys fs.FS, path string, opts []LoadOption) (*Table, error) {
	c := newLoadConfig(opts)
	c.name = path
	f := c.format
	if f == 0 {
		var err error
		if f, err = FormatOf(path); err != nil {
			return nil, err
		}
	}
	r, closer, err := openMaybeGzip(fsys, path)
	if err != nil {
		return nil, err
	}
	defer closer()
	if c.format == 0 {
		f = sniff(r, f)
	}
	if f == TSV || f == CSV {
		c.lines = countLines(fsys, path)
	}
	var alt func() (io.ReadCloser, string, error)
	if f == SDNCSV {
		alt = func() (io.ReadCloser, string, error) { return openAlt(fsys, path) }
	}
	return load(r, f, c, alt)
}

// countLines returns the number of lines of a large plain file, 0 for a small, compressed
// or unreadable one: a first pass at the speed of the disk cache that saves growing the
// index of ids step by step (each step rehashes every id read so far).
func countLines(fsys fs.FS, path string) int {
	const large = 4 << 20
	if strings.HasSuffix(strings.ToLower(path), ".gz") {
		return 0
	}
	file, err := fsys.Open(path)
	if err != nil {
		return 0
	}
	defer file.Close()
	if st, err := file.Stat(); err != nil || !st.Mode().IsRegular() || st.Size() < large {
		return 0
	}
	buf := make([]byte, 1<<20)
	n := 0
	for {
		k, err := file.Read(buf)
		n += bytes.Count(buf[:k], []byte{'\n'})
		if err != nil {
			return n
		}
	}
}

// openMaybeGzip opens path in fsys, through gzip if its name ends in .gz.
// The reader is buffered so that the content can be sniffed.
func openMaybeGzip(fsys fs.FS, path string) (*bufio.Reader, func(), error) {
	file, err := fsys.Open(path)
	if err != nil {
		return nil, nil, err
	}
	var r io.Reader = file
	closer := func() { file.Close() }
	if strings.HasSuffix(strings.ToLower(path), ".gz") {
		zr, err := gzip.NewReader(file)
		if err != nil {
			file.Close()
			return nil, nil, &ParseError{File: path, Line: 1, Field: "gzip", Err: errorf(ErrSyntax, "%v", err)}
		}
		r = &gzipErrReader{r: zr, name: path}
		closer = func() { zr.Close(); file.Close() }
	}
	return bufio.NewReaderSize(r, sniffLen), closer, nil
}

// gzipErrReader marks a corrupt gzip stream as a syntax error.
type gzipErrReader struct {
	r    io.Reader
	name string
}

func (g *gzipErrReader) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err != nil && err != io.EOF {
		err = errorf(ErrSyntax, "gzip: %v", err)
	}
	return n, err
}

// lineErrorMax converts an error from lineread, whose lines are at most max bytes, into a
// ParseError.
func lineErrorMax(name string, line int, err error, max int) error {
	if errors.Is(err, lineread.ErrTooLong) {
		err = errorf(ErrTooLong, "too long (over %d bytes)", max)
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
	return eachLineMax(r, name, MaxLineLen, fn)
}

// eachLineMax is eachLine with lines of at most max bytes.
func eachLineMax(r io.Reader, name string, max int, fn func(n int, line []byte) error) (int, error) {
	lr := lineread.New(r, max)
	for {
		line, err := lr.Next()
		if errors.Is(err, io.EOF) {
			return lr.Line(), nil
		}
		n := lr.Line()
		if err != nil {
			return n, lineErrorMax(name, n, err, max)
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, bom)
		}
		if err := fn(n, line); err != nil {
			return n, err
		}
	}
}

// loadDelimited reads TSV or CSV, one record per line. Columns after the
// four named in the header are attributes.
func loadDelimited(r io.Reader, f Format, name string, hint int) (*Table, error) {
	b := NewBuilder()
	// About the lines of the file: the index of ids is made once, not grown step by step.
	b.Grow(hint)
	var cols []string // the header, once read
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
		if cols == nil {
			var err error
			if cols, err = checkHeader(fields); err != nil {
				return &ParseError{File: name, Line: n, Field: "header", Err: err}
			}
			return nil
		}
		if len(fields) < len(header) || len(fields) > len(cols) {
			want := "4 columns (" + headerText + ")"
			if len(cols) > len(header) {
				want = fmt.Sprintf("4 to %d columns (%s)", len(cols), strings.Join(cols, " "))
			}
			return &ParseError{File: name, Line: n, Field: "line",
				Err: errorf(ErrColumns, "want %s, got %d", want, len(fields))}
		}
		e, perr := rowEntity(fields)
		if perr == nil && len(fields) > len(header) {
			e.Attrs = make(map[string]string, len(fields)-len(header))
			for i, v := range fields[len(header):] {
				e.Attrs[cols[len(header)+i]] = v
			}
		}
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
	if cols == nil {
		return nil, &ParseError{File: name, Line: lines + 1, Field: "header",
			Err: errorf(ErrHeader, "want %q, got end of input", headerText)}
	}
	return b.finish(), nil
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
// and surrounding white space, and returns its trimmed column names. Columns
// after the required four name attributes: each must be named, once.
func checkHeader(fields []string) ([]string, error) {
	ok := len(fields) >= len(header)
	got := make([]string, len(fields))
	for i, f := range fields {
		got[i] = strings.TrimSpace(f)
		if ok && i < len(header) && !strings.EqualFold(got[i], header[i]) {
			ok = false
		}
	}
	if !ok {
		return nil, errorf(ErrHeader, "want %q, got %q", headerText, strings.Join(got, " "))
	}
	seen := map[string]bool{}
	for i, c := range got[len(header):] {
		switch {
		case c == "":
			return nil, errorf(ErrHeader, "column %d has no name", len(header)+i+1)
		case !utf8.ValidString(c):
			return nil, errorf(ErrHeader, "column %d: %v", len(header)+i+1, ErrInvalidUTF8)
		case seen[strings.ToLower(c)] || slices.Contains(header, strings.ToLower(c)):
			return nil, errorf(ErrHeader, "column %q twice", c)
		}
		seen[strings.ToLower(c)] = true
	}
	return got, nil
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

// splitCSV parses one line as one CSV record as encoding/csv would (RFC 4180,
// no lazy quotes), without a Reader per line. A record is one line: quoted
// fields may hold commas and doubled quotes but not line breaks.
func splitCSV(line []byte) ([]string, error) {
	s := string(line) // one copy; the fields are substrings of it
	fields := make([]string, 0, 16)
	for i := 0; ; {
		if i < len(s) && s[i] == '"' {
			var unq []byte // the field with doubled quotes undone, once one is met
			j := i + 1
			for {
				k := strings.IndexByte(s[j:], '"')
				if k < 0 {
					return nil, errorf(ErrSyntax, "%v", csv.ErrQuote)
				}
				k += j
				if k+1 < len(s) && s[k+1] == '"' { // "" is one quote
					if unq == nil {
						unq = make([]byte, 0, len(s)-i)
					}
					unq = append(append(unq, s[j:k]...), '"')
					j = k + 2
					continue
				}
				if k+1 < len(s) && s[k+1] != ',' {
					return nil, errorf(ErrSyntax, "%v", csv.ErrQuote)
				}
				if unq != nil {
					fields = append(fields, string(append(unq, s[j:k]...)))
				} else {
					fields = append(fields, s[i+1:k])
				}
				i = k + 1
				break
			}
		} else {
			end := strings.IndexByte(s[i:], ',')
			if end < 0 {
				end = len(s)
			} else {
				end += i
			}
			if strings.IndexByte(s[i:end], '"') >= 0 {
				return nil, errorf(ErrSyntax, "%v", csv.ErrBareQuote)
			}
			fields = append(fields, s[i:end])
			i = end
		}
		if i >= len(s) {
			return fields, nil
		}
		i++ // the comma
	}
}

// LoadFiles loads every file of paths with [LoadFile] and the same options and merges them
// with [Merge]: one table, or the first error. With no paths it returns an empty table.
func LoadFiles(paths []string, opts ...LoadOption) (*Table, error) {
	tables := make([]*Table, 0, len(paths))
	for _, p := range paths {
		t, err := LoadFile(p, opts...)
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
