// Package lineread reads text one line at a time with a hard cap on line
// length and keeps the number of the line it returned last.
//
// Unlike [bufio.Scanner], a line over the cap is reported as [ErrTooLong]
// together with its line number, and memory use is bounded by the cap: the
// reader never holds more than one line plus a small fixed buffer.
//
// Lines end at "\n"; a "\r" directly before the "\n" is removed too, so LF
// and CRLF input read the same. A last line without a terminator is still a
// line. A Reader is not safe for concurrent use.
package lineread

import (
	"bufio"
	"errors"
	"io"
)

// ErrTooLong is returned by [Reader.Next] for a line longer than the cap.
var ErrTooLong = errors.New("line too long")

// Reader reads capped lines from an [io.Reader].
type Reader struct {
	br   *bufio.Reader
	max  int
	line int
	buf  []byte
	err  error
}

// New returns a Reader over r whose lines may hold at most max bytes, not
// counting the line terminator. A max below 1 means 1.
func New(r io.Reader, max int) *Reader {
	if max < 1 {
		max = 1
	}
	return &Reader{br: bufio.NewReader(r), max: max}
}

// Line returns the 1-based number of the line Next returned last, or of the
// line that caused its error; 0 before the first call.
func (r *Reader) Line() int { return r.line }

// Next returns the next line without its terminator. The slice is valid only
// until the next call. At the end of the input Next returns nil and [io.EOF];
// a line over the cap returns [ErrTooLong]; a read error is returned as is.
// After an error every later call returns the same error.
func (r *Reader) Next() ([]byte, error) {
	if r.err != nil {
		return nil, r.err
	}
	r.buf = r.buf[:0]
	for {
		frag, err := r.br.ReadSlice('\n')
		switch {
		case err == nil:
			line := frag
			if len(r.buf) > 0 {
				r.buf = append(r.buf, frag...)
				line = r.buf
			}
			line = line[:len(line)-1] // drop "\n"
			if n := len(line); n > 0 && line[n-1] == '\r' {
				line = line[:n-1]
			}
			r.line++
			if len(line) > r.max {
				return nil, r.fail(ErrTooLong)
			}
			return line, nil
		case errors.Is(err, bufio.ErrBufferFull):
			// +1: a "\r" that belongs to a CRLF may still be pending.
			if len(r.buf)+len(frag) > r.max+1 {
				r.line++
				return nil, r.fail(ErrTooLong)
			}
			r.buf = append(r.buf, frag...)
		case errors.Is(err, io.EOF):
			r.buf = append(r.buf, frag...)
			if len(r.buf) == 0 {
				return nil, r.fail(io.EOF)
			}
			r.line++
			r.err = io.EOF // the next call reports the end
			if len(r.buf) > r.max {
				return nil, r.fail(ErrTooLong)
			}
			return r.buf, nil
		default:
			r.line++
			return nil, r.fail(err)
		}
	}
}

func (r *Reader) fail(err error) error {
	r.err = err
	return err
}
