package alias

import (
	"errors"
	"fmt"
	"strconv"
)

// Sentinel errors. Every error from a loader is a [*ParseError] whose Err
// wraps one of these, so callers can test the cause with [errors.Is].
var (
	// ErrEmpty: a required field (id, kind, name) or one alias is empty.
	ErrEmpty = errors.New("empty")
	// ErrDuplicateID: two entities share an id.
	ErrDuplicateID = errors.New("duplicate id")
	// ErrHeader: the header line of a TSV or CSV table is missing or wrong.
	ErrHeader = errors.New("bad header")
	// ErrColumns: a TSV or CSV record does not have four columns.
	ErrColumns = errors.New("wrong number of columns")
	// ErrKind: the kind is not one [ParseKind] accepts.
	ErrKind = errors.New("unknown kind")
	// ErrInvalidUTF8: a field is not valid UTF-8.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrControl: a field holds a control character (U+0000–U+001F,
	// U+007F–U+009F), such as a NUL byte, a tab or a line break.
	ErrControl = errors.New("control character")
	// ErrSpace: an id contains white space.
	ErrSpace = errors.New("white space in id")
	// ErrTooLong: a field is over [MaxFieldLen] bytes, a line or JSON
	// object is over [MaxLineLen] bytes (a record of a published format
	// over [MaxRecordLen]), or an entity has over [MaxNames] names or
	// [MaxAttrs] attributes.
	ErrTooLong = errors.New("too long")
	// ErrSyntax: malformed CSV quoting, malformed or truncated JSON or
	// XML, a JSON value of the wrong type, or a corrupt gzip stream.
	ErrSyntax = errors.New("syntax error")
	// ErrUnknownID: a row of an OFAC alt.csv names an ent_num that the
	// sdn.csv beside it lacks (the two files are of different editions).
	ErrUnknownID = errors.New("unknown id")
)

// ParseError reports a bad table: where (File and Line), which field, and
// why. Field is a column or JSON key (id, kind, name, aliases, or an unknown
// key), or one of the pseudo-fields "header", "line" (the whole line or
// record), "csv" and "json" (syntax errors). Its text is
//
//	people.tsv:12: name: empty
//
// and Unwrap returns Err, which wraps one of the sentinel errors.
// [Builder.Add] returns ParseErrors without File and Line.
type ParseError struct {
	File  string // file name as given to the loader; "input" for [Load]
	Line  int    // 1-based line number; 0 when there is no position
	Field string // column, JSON key or pseudo-field
	Err   error  // the cause; wraps a sentinel such as [ErrEmpty]
}

// Error formats e as "file:line: field: cause", leaving out missing parts.
func (e *ParseError) Error() string {
	var b []byte
	if e.File != "" {
		b = append(b, e.File...)
		if e.Line > 0 {
			b = append(b, ':')
			b = strconv.AppendInt(b, int64(e.Line), 10)
		}
		b = append(b, ": "...)
	} else if e.Line > 0 {
		b = append(b, "line "...)
		b = strconv.AppendInt(b, int64(e.Line), 10)
		b = append(b, ": "...)
	}
	if e.Field != "" {
		b = append(b, e.Field...)
		b = append(b, ": "...)
	}
	if e.Err != nil {
		b = append(b, e.Err.Error()...)
	}
	return string(b)
}

// Unwrap returns the cause.
func (e *ParseError) Unwrap() error { return e.Err }

// detail is an error whose text is msg and that unwraps to a sentinel, so the
// message need not repeat the sentinel's words.
type detail struct {
	sentinel error
	msg      string
}

func (d *detail) Error() string { return d.msg }
func (d *detail) Unwrap() error { return d.sentinel }

func errorf(sentinel error, format string, args ...any) error {
	return &detail{sentinel: sentinel, msg: fmt.Sprintf(format, args...)}
}
