package translit

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"unicode/utf8"
)

// dataFiles holds the tables of Fold, Key and the spelling conventions (data/*.tsv).
//
//go:embed data/*.tsv
var dataFiles embed.FS

// mustReadData returns the embedded data file name. It panics if the file is missing, which
// only a broken build can cause (tests read every file).
func mustReadData(name string) string {
	b, err := dataFiles.ReadFile("data/" + name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// dataRow is one data row of an embedded TSV table, with its line number for error messages.
type dataRow struct {
	line   int
	fields []string
}

// readTSV splits an embedded table into rows: '#' comments and blank lines skipped, the
// header checked against want, every row required to have len(want) fields.
func readTSV(file, text string, want ...string) ([]dataRow, error) {
	var rows []dataRow
	sc := bufio.NewScanner(strings.NewReader(text))
	line, header := 0, false
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if !utf8.ValidString(t) {
			return nil, fmt.Errorf("%s:%d: invalid UTF-8", file, line)
		}
		f := strings.Split(t, "\t")
		if !header {
			if strings.Join(f, " ") != strings.Join(want, " ") {
				return nil, fmt.Errorf("%s:%d: header: want %q, got %q", file, line, strings.Join(want, "\t"), t)
			}
			header = true
			continue
		}
		if len(f) != len(want) {
			return nil, fmt.Errorf("%s:%d: want %d fields, got %d", file, line, len(want), len(f))
		}
		rows = append(rows, dataRow{line: line, fields: f})
	}
	if !header {
		return nil, fmt.Errorf("%s:%d: header: missing, want %q", file, max(line, 1), strings.Join(want, "\t"))
	}
	return rows, sc.Err()
}

// parseFoldTable reads data/fold.tsv: letter, replacement, examples.
func parseFoldTable(text string) (map[rune]string, error) {
	rows, err := readTSV("fold.tsv", text, "letter", "fold", "example")
	if err != nil {
		return nil, err
	}
	m := make(map[rune]string, len(rows))
	for _, r := range rows {
		c, size := utf8.DecodeRuneInString(r.fields[0])
		if size == 0 || size != len(r.fields[0]) {
			return nil, fmt.Errorf("fold.tsv:%d: letter: want one character, got %q", r.line, r.fields[0])
		}
		m[c] = r.fields[1]
	}
	return m, nil
}

// embedded returns v of a table the package embeds, parsed by its loader, and panics on err:
// such a table is part of the program, and TestEmbeddedTablesLoad proves each one parses. A
// table a caller passes in is never read this way (its errors are returned).
func embedded[T any](v T, err error) T {
	if err != nil {
		panic("translit: embedded table: " + err.Error())
	}
	return v
}
