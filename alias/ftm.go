package alias

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// ftmSchemata maps the FollowTheMoney schemata read to their kinds
// (data/ftm_schemata.tsv).
var ftmSchemata = sync.OnceValues(func() (map[string]Kind, error) {
	return loadKindMap("data/ftm_schemata.tsv", "schema")
})

// loadKindMap reads an embedded two-column TSV of names and kinds ("-" or
// an empty kind: skipped).
func loadKindMap(file, keyCol string) (map[string]Kind, error) {
	data, err := dataFS.ReadFile(file)
	if err != nil {
		return nil, err
	}
	m := map[string]Kind{}
	seenHeader := false
	_, err = eachLine(bytes.NewReader(data), file, func(n int, line []byte) error {
		if skippable(line) {
			return nil
		}
		fields := strings.Split(string(line), "\t")
		if !seenHeader {
			seenHeader = true
			if len(fields) < 2 || fields[0] != keyCol || fields[1] != "kind" {
				return &ParseError{File: file, Line: n, Field: "header", Err: errorf(ErrHeader, "want %q", keyCol+" kind")}
			}
			return nil
		}
		if len(fields) < 2 {
			return &ParseError{File: file, Line: n, Field: "line", Err: errorf(ErrColumns, "want 2 columns, got %d", len(fields))}
		}
		k := Kind("")
		if fields[1] != "-" {
			if k, err = ParseKind(fields[1]); err != nil {
				return &ParseError{File: file, Line: n, Field: "kind", Err: err}
			}
		}
		m[fields[0]] = k
		return nil
	})
	return m, err
}

// ftmNameProps are the FollowTheMoney properties that become names, in the
// order they are read; weakAlias becomes weak aliases.
var ftmNameProps = []string{"name", "alias", "previousName"}

// loadFTM reads FollowTheMoney entities, one JSON object per line.
func loadFTM(r io.Reader, name string) (*Table, error) {
	schemata, err := ftmSchemata()
	if err != nil {
		return nil, err
	}
	b := NewBuilder()
	_, err = eachLineMax(r, name, MaxRecordLen, func(n int, line []byte) error {
		line = bytes.TrimSpace(line)
		if n == 1 {
			line = bytes.TrimPrefix(line, bom)
		}
		if len(line) == 0 {
			return nil
		}
		return addFTM(b, schemata, line, name, n)
	})
	if err != nil {
		return nil, err
	}
	return b.finish(), nil
}

// addFTM adds the entity of one FollowTheMoney line to b, or counts it
// skipped.
func addFTM(b *Builder, schemata map[string]Kind, line []byte, name string, n int) error {
	fail := func(field string, err error) error {
		return &ParseError{File: name, Line: n, Field: field, Err: err}
	}
	if !utf8.Valid(line) {
		return fail("json", ErrInvalidUTF8)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(line, &top); err != nil {
		return fail("json", jsonSyntax(err, line))
	}
	var schema string
	if err := jsonString(top["schema"], &schema); err != nil {
		if top["schema"] == nil {
			return fail("schema", ErrEmpty)
		}
		return fail("schema", err)
	}
	kind, known := schemata[schema]
	if !known || kind == "" {
		b.skip("schema " + schema)
		return nil
	}
	var e Entity
	e.Kind = kind
	if err := jsonString(top["id"], &e.ID); err != nil {
		if top["id"] == nil {
			return fail("id", ErrEmpty)
		}
		return fail("id", err)
	}
	var props map[string]json.RawMessage
	var plain map[string][]string // the usual case: every property a list of strings
	if raw := top["properties"]; raw != nil && describeValue(raw) != "null" {
		if describeValue(raw) != "object" {
			return fail("properties", errorf(ErrSyntax, "want an object, got %s", describeValue(raw)))
		}
		if json.Unmarshal(raw, &plain) != nil {
			plain = nil
			if json.Unmarshal(raw, &props) != nil {
				return fail("properties", errorf(ErrSyntax, "want an object, got %s", describeValue(raw)))
			}
		} else {
			props = make(map[string]json.RawMessage, len(plain))
			for k := range plain {
				props[k] = nil // the keys, for the attribute loop
			}
		}
	}
	values := func(prop string) ([]string, error) {
		if plain != nil {
			var out []string
			for _, v := range plain[prop] {
				if strings.TrimSpace(v) != "" {
					out = append(out, v)
				}
			}
			return out, nil
		}
		raw, ok := props[prop]
		if !ok || describeValue(raw) == "null" {
			return nil, nil
		}
		var items []json.RawMessage
		if describeValue(raw) != "array" || json.Unmarshal(raw, &items) != nil {
			return nil, errorf(ErrSyntax, "want an array, got %s", describeValue(raw))
		}
		var out []string
		for _, it := range items {
			var s string
			// A nested entity (an object) of the "nested" exports is not read.
			if describeValue(it) == "string" && json.Unmarshal(it, &s) == nil && strings.TrimSpace(s) != "" {
				out = append(out, s)
			}
		}
		return out, nil
	}
	var names []string
	for _, p := range ftmNameProps {
		v, err := values(p)
		if err != nil {
			return fail("properties."+p, err)
		}
		names = append(names, v...)
	}
	if len(names) == 0 {
		b.skip("no name")
		return nil
	}
	e.Name, e.Aliases = names[0], names[1:]
	weak, err := values("weakAlias")
	if err != nil {
		return fail("properties.weakAlias", err)
	}
	e.WeakAliases = weak
	e.Attrs = map[string]string{"schema": schema}
	for _, k := range sortedKeys(props) {
		if k == "weakAlias" || slices.Contains(ftmNameProps, k) {
			continue
		}
		v, err := values(k)
		if err != nil {
			return fail("properties."+k, err)
		}
		if s, ok := joinValues(v); ok {
			e.Attrs[k] = s
		}
	}
	for _, k := range sortedKeys(top) {
		switch k {
		case "id", "schema", "properties":
			continue
		}
		if _, clash := e.Attrs[k]; clash {
			continue // a property of the same name wins
		}
		if v, ok := attrValue(top[k]); ok {
			e.Attrs[k] = v
		}
	}
	if err := b.add(e, source{name, n}); err != nil {
		return err
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// jsonSyntax turns an error of json.Unmarshal on one record into one that
// wraps ErrSyntax or ErrInvalidUTF8.
func jsonSyntax(err error, record []byte) error {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		return errorf(ErrSyntax, "%v", se)
	case !utf8.Valid(record):
		return ErrInvalidUTF8
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return errorf(ErrSyntax, "want an object, got %s", te.Value)
	}
	return errorf(ErrSyntax, "%v", err)
}
