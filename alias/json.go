package alias

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// errObjectTooLong is returned by posReader when a JSON object runs past its
// byte budget.
var errObjectTooLong = errors.New("object too long")

// posReader counts the bytes and line breaks read through it so that byte
// offsets can be turned into line numbers, and refuses to read past limit so
// that one JSON value cannot make the decoder buffer unbounded input.
type posReader struct {
	r     io.Reader
	pos   int64   // bytes read so far
	limit int64   // no reads at or past this offset
	nls   []int64 // offsets of line breaks not yet passed by lineAt
	lines int     // line breaks before the last offset lineAt was asked
}

func (p *posReader) Read(b []byte) (int, error) {
	if p.pos >= p.limit {
		return 0, errObjectTooLong
	}
	if room := p.limit - p.pos; int64(len(b)) > room {
		b = b[:room]
	}
	n, err := p.r.Read(b)
	for i, c := range b[:n] {
		if c == '\n' {
			p.nls = append(p.nls, p.pos+int64(i))
		}
	}
	p.pos += int64(n)
	return n, err
}

// lineAt returns the 1-based line of byte offset off. Offsets must not
// decrease from call to call.
func (p *posReader) lineAt(off int64) int {
	i := 0
	for i < len(p.nls) && p.nls[i] < off {
		i++
	}
	p.lines += i
	p.nls = p.nls[i:]
	return p.lines + 1
}

// loadJSON reads a JSON array of entity objects.
func loadJSON(r io.Reader, name string) (*Table, error) {
	br := bufio.NewReader(r)
	if head, _ := br.Peek(len(bom)); bytes.Equal(head, bom) {
		br.Discard(len(bom))
	}
	pr := &posReader{r: br, limit: MaxLineLen}
	dec := json.NewDecoder(pr)
	fail := func(line int, err error) error {
		return &ParseError{File: name, Line: line, Field: "json", Err: err}
	}
	// syntax reports a decoding error; off is the offset to blame when the
	// error does not carry one.
	syntax := func(off int64, err error) error {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return fail(pr.lineAt(se.Offset-1), errorf(ErrSyntax, "%v", se))
		}
		line := pr.lineAt(off)
		switch {
		case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
			return fail(line, errorf(ErrSyntax, "unexpected end of input"))
		case errors.Is(err, errObjectTooLong):
			return fail(line, errorf(ErrTooLong, "object too long (over %d bytes)", MaxLineLen))
		}
		return fail(line, err) // a read error
	}

	tok, err := dec.Token()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fail(1, errorf(ErrSyntax, "want an array of objects, got end of input"))
		}
		return nil, syntax(dec.InputOffset(), err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return nil, fail(pr.lineAt(dec.InputOffset()), errorf(ErrSyntax, "want an array of objects, got %s", describeToken(tok)))
	}
	b := NewBuilder()
	for {
		pr.limit = dec.InputOffset() + MaxLineLen
		if !dec.More() {
			break
		}
		objLine := 0 // line of the object's "{", once read
		lineAt := func(off int64) int {
			l := pr.lineAt(off)
			if objLine == 0 {
				objLine = l
			}
			return l
		}
		if err := addObject(b, dec, name, lineAt); err != nil {
			var pe *ParseError
			switch {
			case errors.As(err, &pe):
				return nil, err
			case errors.Is(err, errObjectTooLong) && objLine > 0:
				return nil, fail(objLine, errorf(ErrTooLong, "object too long (over %d bytes)", MaxLineLen))
			}
			// The input ended or broke inside this element: blame the
			// last line read (for a truncated file, its last line).
			return nil, syntax(max(pr.pos-1, 0), err)
		}
	}
	if _, err := dec.Token(); err != nil { // the closing ']'
		return nil, syntax(dec.InputOffset(), err)
	}
	pr.limit = dec.InputOffset() + MaxLineLen
	if tok, err := dec.Token(); !errors.Is(err, io.EOF) {
		if err != nil {
			return nil, syntax(dec.InputOffset(), err)
		}
		return nil, fail(pr.lineAt(dec.InputOffset()), errorf(ErrSyntax, "unexpected %s after the array", describeToken(tok)))
	}
	return b.finish(), nil
}

// loadJSONL reads JSON Lines: one entity object per line, blank lines
// skipped.
func loadJSONL(r io.Reader, name string) (*Table, error) {
	b := NewBuilder()
	_, err := eachLine(r, name, func(n int, line []byte) error {
		if len(bytes.TrimSpace(line)) == 0 {
			return nil
		}
		fail := func(err error) error { return &ParseError{File: name, Line: n, Field: "json", Err: err} }
		dec := json.NewDecoder(bytes.NewReader(line))
		if err := addObject(b, dec, name, func(int64) int { return n }); err != nil {
			var pe *ParseError
			var se *json.SyntaxError
			switch {
			case errors.As(err, &pe):
				return err
			case errors.As(err, &se):
				return fail(errorf(ErrSyntax, "%v", se))
			}
			return fail(errorf(ErrSyntax, "unexpected end of input"))
		}
		if tok, err := dec.Token(); !errors.Is(err, io.EOF) {
			if err != nil {
				return fail(errorf(ErrSyntax, "%v", err))
			}
			return fail(errorf(ErrSyntax, "unexpected %s after the object", describeToken(tok)))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return b.finish(), nil
}

// describeToken names a JSON token for an error message.
func describeToken(tok json.Token) string {
	switch v := tok.(type) {
	case json.Delim:
		return fmt.Sprintf("%q", string(v))
	case string:
		return "string"
	case float64, json.Number:
		return "number"
	case bool:
		return "boolean"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%v", tok)
}

// describeValue names the JSON type of a raw value.
func describeValue(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "nothing"
	}
	switch raw[0] {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "number"
}

// addObject reads one entity object from dec, whose next token must be its
// "{", and adds it to b. lineAt turns decoder offsets into line numbers and
// must accept increasing offsets; field errors carry the line of their key.
func addObject(b *Builder, dec *json.Decoder, name string, lineAt func(int64) int) error {
	tok, err := dec.Token()
	if err != nil {
		return err // a syntax error; the caller reports it
	}
	line := lineAt(dec.InputOffset() - 1)
	fail := func(line int, field string, err error) error {
		return &ParseError{File: name, Line: line, Field: field, Err: err}
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return fail(line, "json", errorf(ErrSyntax, "want an object, got %s", describeToken(tok)))
	}
	var e Entity
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		key, _ := tok.(string)
		keyLine := lineAt(dec.InputOffset() - 1) // the key's closing quote
		var val json.RawMessage
		if err := dec.Decode(&val); err != nil {
			return err
		}
		if !utf8.Valid(val) {
			return fail(keyLine+bytes.Count(val[:invalidAt(val)], []byte("\n")), key, ErrInvalidUTF8)
		}
		if seen[key] {
			return fail(keyLine, key, errorf(ErrSyntax, "duplicate key"))
		}
		seen[key] = true
		var ferr error
		switch key {
		case "id":
			ferr = jsonString(val, &e.ID)
		case "name":
			ferr = jsonString(val, &e.Name)
		case "kind":
			var s string
			if ferr = jsonString(val, &s); ferr == nil {
				if strings.TrimSpace(s) == "" {
					ferr = ErrEmpty
				} else {
					e.Kind, ferr = ParseKind(s)
				}
			}
		case "aliases", "weakAliases":
			if describeValue(val) == "null" {
				break
			}
			dst := &e.Aliases
			if key == "weakAliases" {
				dst = &e.WeakAliases
			}
			if describeValue(val) != "array" || json.Unmarshal(val, dst) != nil {
				ferr = errorf(ErrSyntax, "want an array of strings, got %s", describeShape(val))
			}
		case "attributes":
			if describeValue(val) == "null" {
				break
			}
			var attrs map[string]string
			if describeValue(val) != "object" || json.Unmarshal(val, &attrs) != nil {
				ferr = errorf(ErrSyntax, "want an object of strings, got %s", describeValue(val))
				break
			}
			for k, v := range attrs {
				if ferr = setAttr(&e, k, v); ferr != nil {
					break
				}
			}
		default:
			if v, ok := attrValue(val); ok {
				ferr = setAttr(&e, key, v)
			}
		}
		if ferr != nil {
			return fail(keyLine, key, ferr)
		}
	}
	if _, err := dec.Token(); err != nil { // the closing "}"
		return err
	}
	return b.add(e, source{name, line})
}

// describeShape names a raw value's type, looking one level into arrays.
func describeShape(raw json.RawMessage) string {
	if describeValue(raw) != "array" {
		return describeValue(raw)
	}
	var items []json.RawMessage
	if json.Unmarshal(raw, &items) == nil {
		for _, it := range items {
			if d := describeValue(it); d != "string" {
				return "array holding " + d
			}
		}
	}
	return "array"
}

// jsonString decodes a JSON string value into dst.
func jsonString(val json.RawMessage, dst *string) error {
	if describeValue(val) != "string" || json.Unmarshal(val, dst) != nil {
		return errorf(ErrSyntax, "want a string, got %s", describeValue(val))
	}
	return nil
}

// invalidAt returns the offset of the first byte of b that is not valid
// UTF-8, or -1.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

// setAttr sets an attribute of e, refusing a key given twice (once as a
// key of the object and once inside "attributes").
func setAttr(e *Entity, key, v string) error {
	if e.Attrs == nil {
		e.Attrs = map[string]string{}
	}
	if _, dup := e.Attrs[key]; dup {
		return errorf(ErrSyntax, "attribute %q given twice", key)
	}
	e.Attrs[key] = v
	return nil
}

// attrValue turns a JSON value into an attribute value: a string as it is,
// an array of strings joined with "; ", anything else as its compact JSON
// text. Null and empty values are no value.
func attrValue(raw json.RawMessage) (string, bool) {
	switch describeValue(raw) {
	case "null", "nothing":
		return "", false
	case "string":
		var s string
		if json.Unmarshal(raw, &s) == nil {
			return s, strings.TrimSpace(s) != ""
		}
	case "array":
		var list []string
		if json.Unmarshal(raw, &list) == nil {
			return joinValues(list)
		}
	}
	var b bytes.Buffer
	if json.Compact(&b, raw) != nil {
		return "", false
	}
	return b.String(), true
}

// joinValues joins the non-empty values of list with "; ".
func joinValues(list []string) (string, bool) {
	var b strings.Builder
	for _, v := range list {
		if v = strings.TrimSpace(v); v == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		b.WriteString(v)
	}
	return b.String(), b.Len() > 0
}
