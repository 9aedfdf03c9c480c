package alias

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// goodEntities is what every good_* table in testdata holds.
var goodEntities = []Entity{
	{ID: "Q7747", Kind: Person, Name: "Vladimir Putin"},
	{ID: "Q7184", Kind: Org, Name: "NATO", Aliases: []string{"North Atlantic Treaty Organization", "North Atlantic Alliance"}},
	{ID: "Q61", Kind: Place, Name: "Washington, D.C.", Aliases: []string{"Washington", "District of Columbia"}},
	{ID: "person-andrii-sybiha", Kind: Person, Name: "Andrii Sybiha"},
}

func entities(t *Table) []Entity {
	var out []Entity
	for e := range t.All() {
		out = append(out, e)
	}
	return out
}

func TestLoadGood(t *testing.T) {
	tests := []struct {
		name string
		file string
		want []Entity
	}{
		{name: "TSV with comments, blank lines, trimmed fields and trailing empty columns", file: "good.tsv", want: goodEntities},
		{name: "TSV with BOM, CRLF and a capitalized header", file: "good_bom_crlf.tsv", want: goodEntities},
		{name: "CSV with a quoted comma in Washington, D.C.", file: "good.csv", want: goodEntities},
		{name: "CSV with BOM and CRLF", file: "good_bom_crlf.csv", want: goodEntities},
		{name: "JSON array, aliases left out or null", file: "good.json", want: goodEntities},
		{name: "JSON with BOM and CRLF", file: "good_bom_crlf.json", want: goodEntities},
		{name: "JSON Lines with a blank line", file: "good.jsonl", want: goodEntities},
		{name: "JSON Lines with BOM and CRLF", file: "good_bom_crlf.jsonl", want: goodEntities},
		{name: "empty JSON array is an empty table", file: "good_empty.json", want: nil},
		{name: "empty JSON Lines input is an empty table", file: "good_empty.jsonl", want: nil},
		{name: "TSV header alone is an empty table", file: "good_header_only.tsv", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tbl, err := LoadFS(os.DirFS("testdata"), tt.file)
			require.NoError(t, err)
			assert.Equal(t, tt.want, entities(tbl))
		})
	}
}

func TestLoadSources(t *testing.T) {
	tbl, err := LoadFile("testdata/good.tsv")
	require.NoError(t, err)
	require.Equal(t, 4, tbl.Len())
	var lines []int
	for i := range tbl.Len() {
		file, line := tbl.Source(i)
		assert.Equal(t, "testdata/good.tsv", file)
		lines = append(lines, line)
	}
	assert.Equal(t, []int{4, 6, 8, 9}, lines, "blank and comment lines count")
}

func TestLoadBad(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		want     string
		sentinel error
	}{
		{name: "header must be id kind name aliases", file: "bad_header.tsv", sentinel: ErrHeader,
			want: `bad_header.tsv:1: header: want "id kind name aliases", got "id name"`},
		{name: "empty input has no header", file: "empty.tsv", sentinel: ErrHeader,
			want: `empty.tsv:1: header: want "id kind name aliases", got end of input`},
		{name: "comments alone have no header", file: "bad_comments_only.tsv", sentinel: ErrHeader,
			want: `bad_comments_only.tsv:3: header: want "id kind name aliases", got end of input`},
		{name: "duplicate id names both lines", file: "bad_duplicate_id.tsv", sentinel: ErrDuplicateID,
			want: `bad_duplicate_id.tsv:5: id: duplicate "Q7747" (first at line 3)`},
		{name: "duplicate id in JSON Lines names both lines", file: "bad_duplicate_id.jsonl", sentinel: ErrDuplicateID,
			want: `bad_duplicate_id.jsonl:3: id: duplicate "Q7747" (first at line 1)`},
		{name: "white-space name is empty", file: "bad_empty_name.tsv", sentinel: ErrEmpty,
			want: `bad_empty_name.tsv:3: name: empty`},
		{name: "id is required", file: "bad_empty_id.tsv", sentinel: ErrEmpty,
			want: `bad_empty_id.tsv:2: id: empty`},
		{name: "id holds no white space", file: "bad_id_space.tsv", sentinel: ErrSpace,
			want: `bad_id_space.tsv:2: id: white space in "Q 7747"`},
		{name: "kind must be a known kind", file: "bad_kind.tsv", sentinel: ErrKind,
			want: `bad_kind.tsv:3: kind: unknown kind "human" (want person, org, place or other)`},
		{name: "kind is required", file: "bad_empty_kind.tsv", sentinel: ErrEmpty,
			want: `bad_empty_kind.tsv:2: kind: empty`},
		{name: "four columns are required", file: "bad_columns.tsv", sentinel: ErrColumns,
			want: `bad_columns.tsv:3: line: want 4 columns (id kind name aliases), got 3`},
		{name: "an alias between two pipes is empty", file: "bad_empty_alias.tsv", sentinel: ErrEmpty,
			want: `bad_empty_alias.tsv:2: aliases: empty alias in "ECB||EZB"`},
		{name: "invalid UTF-8 in TSV", file: "bad_utf8.tsv", sentinel: ErrInvalidUTF8,
			want: `bad_utf8.tsv:2: aliases: invalid UTF-8`},
		{name: "NUL byte in TSV", file: "bad_nul.tsv", sentinel: ErrControl,
			want: `bad_nul.tsv:2: name: control character U+0000`},
		{name: "name over 4 KiB", file: "bad_name_too_long.tsv", sentinel: ErrTooLong,
			want: `bad_name_too_long.tsv:2: name: too long (4501 bytes, max 4096)`},
		{name: "CSV bare quote", file: "bad_quote.csv", sentinel: ErrSyntax,
			want: `bad_quote.csv:2: csv: bare " in non-quoted-field`},
		{name: "CSV quote left open", file: "bad_open_quote.csv", sentinel: ErrSyntax,
			want: `bad_open_quote.csv:2: csv: extraneous or missing " in quoted-field`},
		{name: "truncated JSON", file: "bad_truncated.json", sentinel: ErrSyntax,
			want: `bad_truncated.json:3: json: unexpected end of input`},
		{name: "JSON must be an array", file: "bad_not_array.json", sentinel: ErrSyntax,
			want: `bad_not_array.json:1: json: want an array of objects, got "{"`},
		{name: "JSON aliases must be an array", file: "bad_alias_type.json", sentinel: ErrSyntax,
			want: `bad_alias_type.json:3: aliases: want an array of strings, got string`},
		{name: "nothing may follow the JSON array", file: "bad_trailing.json", sentinel: ErrSyntax,
			want: `bad_trailing.json:4: json: unexpected "[" after the array`},
		{name: "missing comma in JSON", file: "bad_syntax.json", sentinel: ErrSyntax,
			want: `bad_syntax.json:3: json: invalid character '{' after array element`},
		{name: "invalid UTF-8 in JSON names its line and key", file: "bad_utf8.json", sentinel: ErrInvalidUTF8,
			want: `bad_utf8.json:3: name: invalid UTF-8`},
		{name: "bare word in JSON Lines", file: "bad_syntax.jsonl", sentinel: ErrSyntax,
			want: `bad_syntax.jsonl:2: json: invalid character 'o' looking for beginning of value`},
		{name: "escaped NUL in JSON Lines", file: "bad_nul.jsonl", sentinel: ErrControl,
			want: `bad_nul.jsonl:1: name: control character U+0000`},
		{name: "truncated JSON Lines object", file: "bad_truncated.jsonl", sentinel: ErrSyntax,
			want: `bad_truncated.jsonl:2: json: unexpected end of input`},
		{name: "one object per JSON line", file: "bad_two_objects.jsonl", sentinel: ErrSyntax,
			want: `bad_two_objects.jsonl:1: json: unexpected "{" after the object`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var opts []LoadOption
			if strings.HasSuffix(tt.file, ".json") {
				// A .json file that starts with "{" reads as JSON Lines
				// (see TestSniff); the JSON errors are those of an array.
				opts = append(opts, WithFormat(JSON))
			}
			tbl, err := LoadFS(os.DirFS("testdata"), tt.file, opts...)
			assert.Nil(t, tbl, "all-or-nothing")
			require.Error(t, err)
			assert.EqualError(t, err, tt.want)
			assert.ErrorIs(t, err, tt.sentinel)
			var pe *ParseError
			if assert.ErrorAs(t, err, &pe) {
				assert.Equal(t, tt.file, pe.File)
				assert.Positive(t, pe.Line)
			}
		})
	}
}

func TestLoadFileErrors(t *testing.T) {
	tbl, err := LoadFile("testdata/missing.tsv")
	assert.Nil(t, tbl)
	assert.ErrorIs(t, err, fs.ErrNotExist)
	assert.EqualError(t, err, "open testdata/missing.tsv: no such file or directory")

	tbl, err = LoadFS(os.DirFS("testdata"), "missing.json")
	assert.Nil(t, tbl)
	assert.ErrorIs(t, err, fs.ErrNotExist)

	tbl, err = LoadFile("testdata/people.txt")
	assert.Nil(t, tbl)
	assert.ErrorIs(t, err, ErrFormat)
	assert.EqualError(t, err, `testdata/people.txt: unknown table format ".txt" (want .tsv, .tab, .csv, .json, .jsonl, .ndjson or .xml, optionally .gz)`)

	tbl, err = Load(strings.NewReader("[]"), Format(9))
	assert.Nil(t, tbl)
	assert.ErrorIs(t, err, ErrFormat)
	assert.EqualError(t, err, "input: unknown table format Format(9)")
}

func TestLoadNamesInput(t *testing.T) {
	_, err := Load(strings.NewReader("id\tkind\tname\taliases\nQ7747\tperson\t\t\n"), TSV)
	assert.EqualError(t, err, "input:2: name: empty")
}

func TestLoadReadError(t *testing.T) {
	boom := errors.New("disk gone")
	for _, f := range []Format{TSV, CSV, JSON, JSONL} {
		t.Run(f.String(), func(t *testing.T) {
			tbl, err := Load(iotest.ErrReader(boom), f)
			assert.Nil(t, tbl)
			assert.ErrorIs(t, err, boom)
			var pe *ParseError
			assert.ErrorAs(t, err, &pe)
		})
	}
}

// TestLoadHuge feeds inputs over the caps; they must fail with ErrTooLong
// after reading about one cap's worth, not the whole input.
func TestLoadHuge(t *testing.T) {
	long := strings.Repeat("Zelenskyy ", MaxLineLen/10+1)
	tests := []struct {
		name string
		f    Format
		in   string
		want string
	}{
		{name: "TSV line over 1 MiB", f: TSV, in: "id\tkind\tname\taliases\nQ3874799\tperson\tVolodymyr Zelenskyy\t" + long + "\n",
			want: "input:2: line: too long (over 1048576 bytes)"},
		{name: "CSV line over 1 MiB", f: CSV, in: "id,kind,name,aliases\nQ3874799,person,Volodymyr Zelenskyy," + long + "\n",
			want: "input:2: line: too long (over 1048576 bytes)"},
		{name: "JSON Lines line over 1 MiB", f: JSONL, in: `{"id": "Q3874799", "kind": "person", "name": "` + long + `"}` + "\n",
			want: "input:1: line: too long (over 1048576 bytes)"},
		{name: "JSON object over 1 MiB across many lines", f: JSON,
			in:   "[\n" + `{"id": "Q3874799", "kind": "person", "name": "Volodymyr Zelenskyy", "aliases": [` + strings.Repeat("\n\"Zelenskyy\",", MaxLineLen/12+1) + "\n\"Zelensky\"]}]",
			want: "input:2: json: object too long (over 1048576 bytes)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tbl, err := Load(strings.NewReader(tt.in), tt.f)
			assert.Nil(t, tbl)
			assert.ErrorIs(t, err, ErrTooLong)
			assert.EqualError(t, err, tt.want)
		})
	}
}

func TestLoadFieldTooLong(t *testing.T) {
	alias := strings.Repeat("x", MaxFieldLen+1)
	_, err := Load(strings.NewReader(`{"id":"Q7747","kind":"person","name":"Vladimir Putin","aliases":["`+alias+`"]}`), JSONL)
	assert.EqualError(t, err, "input:1: aliases: too long (4097 bytes, max 4096)")
	assert.ErrorIs(t, err, ErrTooLong)
	_, err = Load(strings.NewReader(`{"id":"Q7747","kind":"person","name":"Vladimir Putin","aliases":["`+alias[1:]+`"]}`), JSONL)
	assert.NoError(t, err, "exactly MaxFieldLen bytes fits")
}

func TestLoadSameAcrossFormats(t *testing.T) {
	// Every format reads the real-name rows the same way.
	var want []Entity
	for _, file := range []string{"good.tsv", "good.csv", "good.json", "good.jsonl"} {
		tbl, err := LoadFS(os.DirFS("testdata"), file)
		require.NoError(t, err, file)
		got := entities(tbl)
		if want == nil {
			want = got
		}
		assert.Equal(t, want, got, file)
	}
}

func TestFormatOf(t *testing.T) {
	tests := []struct {
		name string
		path string
		want Format
	}{
		{name: ".tsv is TSV", path: "people.tsv", want: TSV},
		{name: ".tab is TSV", path: "data/people.tab", want: TSV},
		{name: "extension case is ignored", path: "PEOPLE.TSV", want: TSV},
		{name: ".csv is CSV", path: "people.csv", want: CSV},
		{name: ".json is JSON", path: "people.json", want: JSON},
		{name: ".jsonl is JSONL", path: "people.jsonl", want: JSONL},
		{name: ".ndjson is JSONL", path: `C:\data\people.NDJSON`, want: JSONL},
		{name: "a final .gz is looked through", path: "people.tsv.gz", want: TSV},
		{name: "sdn.csv is OFAC's SDN CSV", path: "ofac/SDN.CSV", want: SDNCSV},
		{name: "the consolidated list's cons_prim.csv is SDN CSV", path: "cons_prim.csv.gz", want: SDNCSV},
		{name: "any other .csv is CSV", path: "alt.csv", want: CSV},
		{name: ".xml is SDN XML", path: "sdn.xml", want: SDNXML},
		{name: ".ftm.json is FollowTheMoney", path: "entities.ftm.json", want: FTM},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := FormatOf(tt.path)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	for _, bad := range []string{"people.txt", "people", "people.gz", "people.json/"} {
		_, err := FormatOf(bad)
		assert.ErrorIs(t, err, ErrFormat, bad)
	}
	assert.Equal(t, "JSONL", JSONL.String())
	assert.Equal(t, "Format(0)", Format(0).String())
}

func TestParseKind(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Kind
	}{
		{name: "table spelling person", in: "person", want: Person},
		{name: "table spelling org", in: "org", want: Org},
		{name: "table spelling place", in: "place", want: Place},
		{name: "table spelling other", in: "other", want: Other},
		{name: "case and space are ignored", in: "  Person ", want: Person},
		{name: "organization is org", in: "Organization", want: Org},
		{name: "British organisation is org", in: "organisation", want: Org},
		{name: "location is place", in: "location", want: Place},
		{name: "tagger PER is person", in: "PER", want: Person},
		{name: "tagger GPE is place", in: "GPE", want: Place},
		{name: "tagger LOC is place", in: "LOC", want: Place},
		{name: "tagger MISC is other", in: "MISC", want: Other},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseKind(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.True(t, got.Valid())
		})
	}
	for _, bad := range []string{"", "human", "country", "people", "p"} {
		_, err := ParseKind(bad)
		assert.ErrorIs(t, err, ErrKind, bad)
	}
	_, err := ParseKind("human")
	assert.EqualError(t, err, `unknown kind "human" (want person, org, place or other)`)
	assert.False(t, Kind("Person").Valid(), "Valid takes only the table spelling")
}

func TestParseErrorText(t *testing.T) {
	tests := []struct {
		name string
		err  *ParseError
		want string
	}{
		{name: "file, line and field", err: &ParseError{File: "people.tsv", Line: 12, Field: "name", Err: ErrEmpty}, want: "people.tsv:12: name: empty"},
		{name: "no file", err: &ParseError{Line: 12, Field: "name", Err: ErrEmpty}, want: "line 12: name: empty"},
		{name: "no position", err: &ParseError{Field: "id", Err: ErrEmpty}, want: "id: empty"},
		{name: "file without line", err: &ParseError{File: "people.tsv", Field: "id", Err: ErrEmpty}, want: "people.tsv: id: empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.EqualError(t, tt.err, tt.want)
			assert.ErrorIs(t, tt.err, ErrEmpty)
		})
	}
}

// TestLoadAllOrNothing: a good table with one bad row at the end loads nothing.
func TestLoadAllOrNothing(t *testing.T) {
	good, err := os.ReadFile("testdata/good.tsv")
	require.NoError(t, err)
	bad := append(bytes.Clone(good), "Q1899\tplace\t\t\n"...)
	tbl, err := Load(bytes.NewReader(bad), TSV, WithName("people.tsv"))
	assert.Nil(t, tbl)
	assert.EqualError(t, err, "people.tsv:10: name: empty")
}

// countLines counts the lines of a large plain table, so that the loader sizes its index of
// ids once, and gives 0 (unknown) for a small, compressed or missing file; the table loads
// the same either way.
func TestCountLines(t *testing.T) {
	var big strings.Builder
	big.WriteString("id\tkind\tname\taliases\n")
	rows := 0
	for big.Len() < 5<<20 {
		fmt.Fprintf(&big, "Q%d\tperson\tTaras Shevchenko %d\t\n", rows, rows)
		rows++
	}
	fsys := fstest.MapFS{
		"big.tsv":      {Data: []byte(big.String())},
		"small.tsv":    {Data: []byte("id\tkind\tname\taliases\nQ1\tperson\tLesya Ukrainka\t\n")},
		"big.tsv.gz":   {Data: []byte(big.String())}, // not read: a compressed size says nothing
		"notafile.tsv": {Mode: fs.ModeDir},
	}
	for _, tt := range []struct {
		name string
		path string
		want int
	}{
		{"a large table: its lines", "big.tsv", rows + 1},
		{"a small table: not counted", "small.tsv", 0},
		{"a compressed table: not counted", "big.tsv.gz", 0},
		{"a directory: not counted", "notafile.tsv", 0},
		{"a missing file: not counted", "missing.tsv", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, countLines(fsys, tt.path))
		})
	}
	tbl, err := LoadFS(fsys, "big.tsv")
	require.NoError(t, err)
	assert.Equal(t, rows, tbl.Len())
	e, ok := tbl.Lookup(fmt.Sprintf("Q%d", rows-1))
	require.True(t, ok)
	assert.Equal(t, fmt.Sprintf("Taras Shevchenko %d", rows-1), e.Name)
}
