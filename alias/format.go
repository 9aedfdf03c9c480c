package alias

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"strings"
)

// Format is the syntax of a table file; see the package documentation for
// each one. The zero Format is not a format.
type Format int

// The table formats: four plain ones that carry exactly an [Entity], and
// the published formats users hold.
const (
	TSV      Format = iota + 1 // tab-separated values, no quoting
	CSV                        // comma-separated values, RFC 4180 quoting
	JSON                       // one JSON array of objects
	JSONL                      // JSON Lines: one object per line
	FTM                        // FollowTheMoney entities, one JSON object per line (OpenSanctions exports)
	SDNCSV                     // OFAC's SDN list as sdn.csv (with alt.csv beside it)
	SDNXML                     // OFAC's SDN list as sdn.xml
	Wikidata                   // a Wikidata JSON entity dump or extract
)

// formatNames are the names String returns and ParseFormat accepts.
var formatNames = [...]string{TSV: "TSV", CSV: "CSV", JSON: "JSON", JSONL: "JSONL",
	FTM: "FTM", SDNCSV: "SDN-CSV", SDNXML: "SDN-XML", Wikidata: "Wikidata"}

// ErrFormat is returned by [FormatOf] for an unknown extension, by
// [ParseFormat] for an unknown name and by the loaders for a Format that is
// not one of the constants.
var ErrFormat = errors.New("unknown table format")

// String returns the format's name, such as "TSV" or "SDN-CSV".
func (f Format) String() string {
	if f > 0 && int(f) < len(formatNames) {
		return formatNames[f]
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// ParseFormat returns the format named s, ignoring case: a name [Format.String]
// returns (TSV, CSV, JSON, JSONL, FTM, SDN-CSV, SDN-XML, Wikidata), or
// "ndjson" for JSONL, "followthemoney" for FTM, "sdn.csv" and "sdn.xml".
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "ndjson":
		return JSONL, nil
	case "followthemoney":
		return FTM, nil
	case "sdn.csv":
		return SDNCSV, nil
	case "sdn.xml":
		return SDNXML, nil
	}
	for f, n := range formatNames {
		if n != "" && strings.EqualFold(n, strings.TrimSpace(s)) {
			return Format(f), nil
		}
	}
	return 0, fmt.Errorf("%w %q (want tsv, csv, json, jsonl, ftm, sdn-csv, sdn-xml or wikidata)", ErrFormat, s)
}

// FormatOf returns the format a file name stands for, ignoring case and a
// final .gz. The published names come first: sdn.csv and cons_prim.csv
// are [SDNCSV], sdn.xml and any other .xml is [SDNXML], a name ending in
// .ftm.json or .ftm.jsonl is [FTM]. Then the extension: .tsv and .tab are
// [TSV], .csv is [CSV], .json is [JSON], .jsonl and .ndjson are [JSONL].
// Any other extension returns an error wrapping [ErrFormat]. [LoadFile]
// then lets the content decide where extensions are shared (.json, .jsonl,
// .ndjson and .csv).
func FormatOf(name string) (Format, error) {
	slashed := strings.ReplaceAll(name, `\`, "/")
	if strings.HasSuffix(slashed, "/") {
		return 0, fmt.Errorf("%s: %w (a directory)", name, ErrFormat)
	}
	base := strings.ToLower(path.Base(slashed))
	base = strings.TrimSuffix(base, ".gz")
	switch {
	case base == "sdn.csv" || base == "cons_prim.csv":
		return SDNCSV, nil
	case strings.HasSuffix(base, ".ftm.json"), strings.HasSuffix(base, ".ftm.jsonl"):
		return FTM, nil
	}
	switch ext := path.Ext(base); ext {
	case ".tsv", ".tab":
		return TSV, nil
	case ".csv":
		return CSV, nil
	case ".json":
		return JSON, nil
	case ".jsonl", ".ndjson":
		return JSONL, nil
	case ".xml":
		return SDNXML, nil
	default:
		return 0, fmt.Errorf("%s: %w %q (want .tsv, .tab, .csv, .json, .jsonl, .ndjson or .xml, optionally .gz)", name, ErrFormat, ext)
	}
}

// sniffLen is how much of a file sniff may look at.
const sniffLen = 64 << 10

// sniff returns the format the start of r shows when f is one whose
// extension other formats share, and f otherwise. It reads nothing from r
// (only peeks).
func sniff(r *bufio.Reader, f Format) Format {
	switch f {
	case CSV, JSON, JSONL, FTM, Wikidata:
	default:
		return f
	}
	head, _ := r.Peek(sniffLen)
	head = bytes.TrimPrefix(head, bom)
	if f == CSV {
		if looksLikeSDN(head) {
			return SDNCSV
		}
		return CSV
	}
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	if len(trimmed) == 0 {
		return f
	}
	keys := firstObjectKeys(trimmed)
	switch {
	case keys["schema"] && (keys["properties"] || keys["id"]):
		return FTM
	case keys["labels"] || keys["claims"] || keys["sitelinks"]:
		return Wikidata
	case trimmed[0] == '[':
		return JSON
	case trimmed[0] == '{':
		return JSONL
	}
	return f
}

// looksLikeSDN reports whether the first record of a CSV file is an sdn.csv
// one: twelve fields, the first a number.
func looksLikeSDN(head []byte) bool {
	line, _, _ := bytes.Cut(head, []byte("\n"))
	fields, err := splitCSV(bytes.TrimRight(line, "\r"))
	if err != nil || len(fields) != len(sdnColumns) {
		return false
	}
	return isDigits(fields[0])
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// firstObjectKeys returns the top-level keys of the first object in head
// (the array's first element when head starts with "["), as far as head
// holds them.
func firstObjectKeys(head []byte) map[string]bool {
	keys := map[string]bool{}
	dec := json.NewDecoder(bytes.NewReader(head))
	tok, err := dec.Token()
	if err != nil {
		return keys
	}
	if tok == json.Delim('[') {
		if tok, err = dec.Token(); err != nil {
			return keys
		}
	}
	if tok != json.Delim('{') {
		return keys
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return keys
		}
		key, _ := tok.(string)
		keys[key] = true
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			return keys
		}
	}
	return keys
}
