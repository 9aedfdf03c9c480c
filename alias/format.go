package alias

import (
	"errors"
	"fmt"
	"path"
	"strings"
)

// Format is the syntax of a table file; see the package documentation for
// each one. The zero Format is not a format.
type Format int

// The table formats.
const (
	TSV   Format = iota + 1 // tab-separated values, no quoting
	CSV                     // comma-separated values, RFC 4180 quoting
	JSON                    // one JSON array of objects
	JSONL                   // JSON Lines: one object per line
)

// ErrFormat is returned by [FormatOf] for an unknown extension and by the
// loaders for a Format that is not one of the constants.
var ErrFormat = errors.New("unknown table format")

// String returns the format's name, such as "TSV".
func (f Format) String() string {
	switch f {
	case TSV:
		return "TSV"
	case CSV:
		return "CSV"
	case JSON:
		return "JSON"
	case JSONL:
		return "JSONL"
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// FormatOf returns the format a file name's extension stands for, ignoring
// case: .tsv and .tab are [TSV], .csv is [CSV], .json is [JSON], .jsonl and
// .ndjson are [JSONL]. Any other extension returns an error wrapping
// [ErrFormat].
func FormatOf(name string) (Format, error) {
	ext := strings.ToLower(path.Ext(strings.ReplaceAll(name, `\`, "/")))
	switch ext {
	case ".tsv", ".tab":
		return TSV, nil
	case ".csv":
		return CSV, nil
	case ".json":
		return JSON, nil
	case ".jsonl", ".ndjson":
		return JSONL, nil
	}
	return 0, fmt.Errorf("%s: %w %q (want .tsv, .tab, .csv, .json, .jsonl or .ndjson)", name, ErrFormat, ext)
}
