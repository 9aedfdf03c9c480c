package index

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"unsafe"
)

// Magic opens every snapshot file.
const Magic = "NCSNAP\r\n"

// Version is the snapshot format version this package writes and reads.
const Version = 4

// Errors of Decode. Every error it returns wraps one of them.
var (
	ErrMagic     = errors.New("not a namecanon snapshot (wrong magic)")
	ErrVersion   = errors.New("unsupported snapshot version")
	ErrTruncated = errors.New("truncated snapshot")
	ErrChecksum  = errors.New("snapshot checksum mismatch")
	ErrCorrupt   = errors.New("corrupt snapshot")
)

// Table is the entity table stored in a snapshot: entity e has the fields
// Strings.At(x) for x in Fields.Row(e): id, kind, name, then its aliases; its weak aliases
// are Weak.Row(e) and its attributes Attrs.Row(e), a key then its value.
type Table struct {
	Strings Strings
	Fields  Lists
	Weak    Lists
	Attrs   Lists
}

// File is the content of a snapshot: the table, the resolver settings and the index.
type File struct {
	Threshold, Margin float64
	Alternatives      int64   // how many alternatives a failed Resolve lists
	Kinds             Strings // the kinds that may match; none means every kind
	Fingerprint       uint64  // of the rules data the index was built with
	Table             Table
	Index             Index
	Loose             Postings // names by the hash of their loose skeleton (entity's near misses)
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

const headerLen = len(Magic) + 4 + 4 + 8 // magic, version, flags, body length
const trailerLen = 4                     // CRC-32C

// littleEndian is whether this machine stores integers as the format does: then arrays are
// written and read as they lie in memory, without a loop over their elements.
var littleEndian = func() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}()

// fields visits every field of f up to the table, in file order; indexFields the rest.
func (f *File) fields(c codecOf) {
	c.f64(&f.Threshold)
	c.f64(&f.Margin)
	c.i64(&f.Alternatives)
	c.strings(&f.Kinds)
	c.u64(&f.Fingerprint)
	t := &f.Table
	c.strings(&t.Strings)
	c.lists(&t.Fields)
	c.lists(&t.Weak)
	c.lists(&t.Attrs)
}

// indexFields visits the fields after the table.
func (f *File) indexFields(c codecOf) {
	x := &f.Index
	c.strings(&x.Strings)
	c.u32s(&x.WordText)
	c.lists(&x.WordKeys)
	c.u16s(&x.WordFlags)
	c.u32s(&x.NameEntity)
	c.u16s(&x.NameAlias)
	c.bytes(&x.NameFlags)
	c.lists(&x.NameSeq)
	c.lists(&x.WordNames)
	c.postings(&x.WordTerms)
	c.postings(&x.NameTerms)
	c.postings(&f.Loose)
	c.u32s(&x.Exact.S)
}

// codec reads or writes the fields of a File (fields calls it in file order).
type codec interface {
	u64(*uint64)
	bytes(*[]byte)
	u16s(*[]uint16)
	u32s(*[]uint32)
	u64s(*[]uint64)
}

// Encode writes f to w in the snapshot format (see the package doc), section by section:
// it holds no copy of the file in memory.
func (f *File) Encode(w io.Writer) error {
	var size sizer
	f.fields(codecOf{&size})
	f.indexFields(codecOf{&size})
	head := make([]byte, 0, headerLen)
	head = append(head, Magic...)
	head = binary.LittleEndian.AppendUint32(head, Version)
	head = binary.LittleEndian.AppendUint32(head, 0)
	head = binary.LittleEndian.AppendUint64(head, uint64(size.n))
	e := &encoder{w: w}
	e.write(head)
	f.fields(codecOf{e})
	f.indexFields(codecOf{e})
	if e.err == nil && e.n != headerLen+size.n {
		return fmt.Errorf("snapshot: wrote %d bytes of body, sized %d", e.n-headerLen, size.n)
	}
	e.write(binary.LittleEndian.AppendUint32(nil, e.crc))
	return e.err
}

// codecOf adapts a reader or writer of the basic fields to every field.
type codecOf struct{ codec }

func (c codecOf) f64(v *float64) {
	x := math.Float64bits(*v)
	c.u64(&x)
	*v = math.Float64frombits(x)
}
func (c codecOf) i64(v *int64) {
	x := uint64(*v)
	c.u64(&x)
	*v = int64(x)
}
func (c codecOf) strings(s *Strings) { c.bytes(&s.Arena); c.u32s(&s.Off) }
func (c codecOf) lists(l *Lists)     { c.u32s(&l.Off); c.u32s(&l.Vals) }
func (c codecOf) postings(p *Postings) {
	c.u64s(&p.Keys)
	c.u32s(&p.Off)
	c.u32s(&p.Vals)
}

// sizer counts the bytes of a body.
type sizer struct{ n int }

func (s *sizer) u64(*uint64)      { s.n += 8 }
func (s *sizer) bytes(v *[]byte)  { s.n += 8 + len(*v) }
func (s *sizer) u16s(v *[]uint16) { s.n += 8 + 2*len(*v) }
func (s *sizer) u32s(v *[]uint32) { s.n += 8 + 4*len(*v) }
func (s *sizer) u64s(v *[]uint64) { s.n += 8 + 8*len(*v) }

// encoder writes fields and keeps the checksum of what it wrote.
type encoder struct {
	w   io.Writer
	crc uint32
	n   int
	err error
	buf []byte
}

func (e *encoder) write(b []byte) {
	if e.err != nil || len(b) == 0 {
		return
	}
	e.crc = crc32.Update(e.crc, castagnoli, b)
	e.n += len(b)
	_, e.err = e.w.Write(b)
}

func (e *encoder) u64(v *uint64) {
	e.buf = binary.LittleEndian.AppendUint64(e.buf[:0], *v)
	e.write(e.buf)
}

func (e *encoder) count(n int) {
	x := uint64(n)
	e.u64(&x)
}

func (e *encoder) bytes(v *[]byte)  { e.count(len(*v)); e.write(*v) }
func (e *encoder) u16s(v *[]uint16) { e.count(len(*v)); writeArray(e, *v) }
func (e *encoder) u32s(v *[]uint32) { e.count(len(*v)); writeArray(e, *v) }
func (e *encoder) u64s(v *[]uint64) { e.count(len(*v)); writeArray(e, *v) }

// writeArray writes v little-endian: as it lies in memory on a little-endian machine, in
// pieces through a buffer on another.
func writeArray[T uint16 | uint32 | uint64](e *encoder, v []T) {
	if len(v) == 0 {
		return
	}
	size := int(unsafe.Sizeof(v[0]))
	if littleEndian {
		e.write(unsafe.Slice((*byte)(unsafe.Pointer(&v[0])), size*len(v)))
		return
	}
	for len(v) > 0 && e.err == nil {
		k := min(len(v), 1<<12)
		e.buf = e.buf[:0]
		for _, x := range v[:k] {
			for b := range size {
				e.buf = append(e.buf, byte(uint64(x)>>(8*b)))
			}
		}
		e.write(e.buf)
		v = v[k:]
	}
}

// Decode reads a snapshot from data (see DecodeReader). The File keeps no reference to data.
func Decode(data []byte) (*File, error) {
	return DecodeReader(bytes.NewReader(data), int64(len(data)), nil)
}

// DecodeReader reads a snapshot of size bytes from r in one pass, each array straight into
// its own slice (size must be the exact size of the snapshot: a file's size from Stat).
// It checks the magic, the version, the length, then reads the sections, and the checksum
// at the end; then every structural invariant the index relies on (offsets in range and
// ascending, ids below their counts, keys sorted), so that a File it returns can be queried
// without a panic. It returns nil and an error wrapping one of ErrMagic, ErrVersion,
// ErrTruncated, ErrChecksum or ErrCorrupt otherwise, or the error of r.
//
// tableRead, when not nil, is called with the table as soon as it is read and its offsets
// are checked (its strings and rows can be read without a panic), before the index that
// follows it: the caller can make its own table of it while the index is read. Its
// checksum is not checked yet then; the caller must drop what it made when DecodeReader
// returns an error.
func DecodeReader(r io.Reader, size int64, tableRead func(*Table)) (*File, error) {
	head := make([]byte, headerLen)
	n, err := io.ReadFull(r, head)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, err
	}
	head = head[:n]
	if len(head) < len(Magic) || string(head[:len(Magic)]) != Magic {
		return nil, ErrMagic
	}
	if len(head) < headerLen {
		return nil, fmt.Errorf("%w: %d bytes, the header alone is %d", ErrTruncated, len(head), headerLen)
	}
	if v := binary.LittleEndian.Uint32(head[len(Magic):]); v != Version {
		return nil, fmt.Errorf("%w %d (this build reads version %d; rebuild the snapshot)", ErrVersion, v, Version)
	}
	if fl := binary.LittleEndian.Uint32(head[len(Magic)+4:]); fl != 0 {
		return nil, fmt.Errorf("%w: unknown flags %#x", ErrCorrupt, fl)
	}
	body := binary.LittleEndian.Uint64(head[len(Magic)+8:])
	if rest := uint64(max(size-int64(headerLen), 0)); rest < trailerLen || body > rest-trailerLen {
		return nil, fmt.Errorf("%w: body of %d bytes announced, %d present", ErrTruncated, body, max(size-int64(headerLen+trailerLen), 0))
	}
	if rest := uint64(size) - uint64(headerLen+trailerLen); rest != body {
		return nil, fmt.Errorf("%w: %d bytes after the end", ErrCorrupt, rest-body)
	}
	d := &decoder{r: r, left: int64(body), crc: crc32.Checksum(head, castagnoli)}
	f := &File{}
	f.fields(codecOf{d})
	if d.err == nil {
		if err := f.checkTable(); err != nil {
			d.fail(err)
		} else if tableRead != nil {
			tableRead(&f.Table)
		}
	}
	f.indexFields(codecOf{d})
	if d.err == nil && d.left != 0 {
		d.err = fmt.Errorf("%w: %d bytes left after the last section", ErrCorrupt, d.left)
	}
	if d.err != nil && !d.broken {
		// A checksum that fails says more than what the changed bytes made of the
		// sections: read the rest of the body to check it.
		d.drain()
	}
	if d.broken {
		return nil, d.err
	}
	var sum [trailerLen]byte
	if _, err := io.ReadFull(r, sum[:]); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("%w: the checksum is cut", ErrTruncated)
		}
		return nil, err
	}
	if want := binary.LittleEndian.Uint32(sum[:]); d.crc != want {
		return nil, fmt.Errorf("%w: %08x, want %08x", ErrChecksum, d.crc, want)
	}
	if d.err != nil {
		return nil, d.err
	}
	if err := f.check(); err != nil {
		return nil, err
	}
	f.Index.WordTerms.Index()
	f.Index.NameTerms.Index()
	f.Loose.Index()
	return f, nil
}

// decoder reads fields from a snapshot's body, left bytes of which remain, and keeps the
// checksum of what it read. broken is set when r failed or ended: nothing more can be read.
type decoder struct {
	r      io.Reader
	left   int64
	crc    uint32
	err    error
	broken bool
	buf    [8]byte
}

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
}

// read fills b from the body.
func (d *decoder) read(b []byte) bool {
	if d.err != nil {
		return false
	}
	if int64(len(b)) > d.left {
		d.fail(fmt.Errorf("%w: a section runs past the end", ErrCorrupt))
		return false
	}
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.broken = true
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			err = fmt.Errorf("%w: the body is cut", ErrTruncated)
		}
		d.fail(err)
		return false
	}
	d.crc = crc32.Update(d.crc, castagnoli, b)
	d.left -= int64(len(b))
	return true
}

// drain reads what is left of the body into the checksum.
func (d *decoder) drain() {
	buf := make([]byte, 1<<16)
	for d.left > 0 {
		b := buf[:min(int64(len(buf)), d.left)]
		if _, err := io.ReadFull(d.r, b); err != nil {
			d.broken = true
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				err = fmt.Errorf("%w: the body is cut", ErrTruncated)
			}
			d.err = err
			return
		}
		d.crc = crc32.Update(d.crc, castagnoli, b)
		d.left -= int64(len(b))
	}
}

func (d *decoder) u64(v *uint64) {
	*v = 0
	if d.read(d.buf[:8]) {
		*v = binary.LittleEndian.Uint64(d.buf[:8])
	}
}

// count reads an element count and checks that size bytes per element remain.
func (d *decoder) count(size int) int {
	var n uint64
	d.u64(&n)
	if d.err != nil {
		return 0
	}
	if n > uint64(d.left)/uint64(size) {
		d.fail(fmt.Errorf("%w: an array runs past the end", ErrCorrupt))
		return 0
	}
	return int(n)
}

func (d *decoder) bytes(v *[]byte) {
	*v = make([]byte, d.count(1))
	d.read(*v)
}

func (d *decoder) u16s(v *[]uint16) { *v = readArray[uint16](d) }
func (d *decoder) u32s(v *[]uint32) { *v = readArray[uint32](d) }
func (d *decoder) u64s(v *[]uint64) { *v = readArray[uint64](d) }

// readArray reads a count and that many little-endian elements, straight into the slice it
// returns: the bytes are read as they lie in memory, and swapped only on a big-endian
// machine.
func readArray[T uint16 | uint32 | uint64](d *decoder) []T {
	var zero T
	size := int(unsafe.Sizeof(zero))
	n := d.count(size)
	out := make([]T, n)
	if n == 0 {
		return out
	}
	d.read(unsafe.Slice((*byte)(unsafe.Pointer(&out[0])), size*n))
	if !littleEndian {
		b := unsafe.Slice((*byte)(unsafe.Pointer(&out[0])), size*n)
		for i := range out {
			var x uint64
			for k := size - 1; k >= 0; k-- {
				x = x<<8 | uint64(b[i*size+k])
			}
			out[i] = T(x)
		}
	}
	return out
}

func corrupt(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrCorrupt, fmt.Sprintf(format, args...))
}

// offsets checks that off has rows+1 ascending entries from 0 to total.
func offsets(what string, off []uint32, rows, total int) error {
	if len(off) != rows+1 || off[0] != 0 || int(off[rows]) != total {
		return corrupt("%s: bad offsets", what)
	}
	for i := 1; i < len(off); i++ {
		if off[i] < off[i-1] {
			return corrupt("%s: offsets go down at %d", what, i)
		}
	}
	return nil
}

func below(what string, ids []uint32, n int) error {
	for _, id := range ids {
		if int(id) >= n {
			return corrupt("%s: id %d out of range (%d)", what, id, n)
		}
	}
	return nil
}

func checkStrings(what string, s *Strings) error {
	if len(s.Off) == 0 {
		return corrupt("%s: no offsets", what)
	}
	return offsets(what, s.Off, len(s.Off)-1, len(s.Arena))
}

func checkLists(what string, l *Lists, rows, idLimit int) error {
	if err := offsets(what, l.Off, rows, len(l.Vals)); err != nil {
		return err
	}
	return below(what, l.Vals, idLimit)
}

func checkPostings(what string, p *Postings, idLimit int) error {
	if err := offsets(what, p.Off, len(p.Keys), len(p.Vals)); err != nil {
		return err
	}
	for i := 1; i < len(p.Keys); i++ {
		if p.Keys[i] <= p.Keys[i-1] {
			return corrupt("%s: keys out of order", what)
		}
	}
	return below(what, p.Vals, idLimit)
}

// checkTable verifies the settings and the table.
func (f *File) checkTable() error {
	if !(f.Threshold > 0 && f.Threshold <= 1) || !(f.Margin >= 0 && f.Margin <= 1) {
		return corrupt("threshold %v or margin %v out of range", f.Threshold, f.Margin)
	}
	if err := checkStrings("kinds", &f.Kinds); err != nil {
		return err
	}
	t := &f.Table
	if err := checkStrings("table strings", &t.Strings); err != nil {
		return err
	}
	entities := t.Fields.Len()
	if len(t.Fields.Off) == 0 {
		return corrupt("table: no offsets")
	}
	if err := checkLists("table fields", &t.Fields, entities, t.Strings.Len()); err != nil {
		return err
	}
	for e := range entities {
		if len(t.Fields.Row(uint32(e))) < 3 {
			return corrupt("table: entity %d has %d fields", e, len(t.Fields.Row(uint32(e))))
		}
	}
	if err := checkLists("table weak aliases", &t.Weak, entities, t.Strings.Len()); err != nil {
		return err
	}
	if err := checkLists("table attributes", &t.Attrs, entities, t.Strings.Len()); err != nil {
		return err
	}
	for e := range entities {
		if len(t.Attrs.Row(uint32(e)))%2 != 0 {
			return corrupt("table: entity %d has a key without a value", e)
		}
	}
	return nil
}

// check verifies every invariant of the index that a query relies on (checkTable has
// checked the table).
func (f *File) check() error {
	t := &f.Table
	entities := t.Fields.Len()
	x := &f.Index
	if err := checkStrings("index strings", &x.Strings); err != nil {
		return err
	}
	strs, words, names := x.Strings.Len(), len(x.WordText), len(x.NameEntity)
	if err := below("word texts", x.WordText, strs); err != nil {
		return err
	}
	if len(x.WordFlags) != words {
		return corrupt("word flags: %d for %d words", len(x.WordFlags), words)
	}
	if err := checkLists("word keys", &x.WordKeys, words, strs); err != nil {
		return err
	}
	for w := range words {
		if len(x.WordKeys.Row(uint32(w))) == 0 {
			return corrupt("word %d has no key", w)
		}
	}
	if len(x.NameAlias) != names || len(x.NameFlags) != names {
		return corrupt("names: %d aliases and %d flags for %d names", len(x.NameAlias), len(x.NameFlags), names)
	}
	if err := below("name entities", x.NameEntity, entities); err != nil {
		return err
	}
	for n := range names {
		e := x.NameEntity[n]
		if int(x.NameAlias[n]) > len(t.Fields.Row(e))-3+len(t.Weak.Row(e)) {
			return corrupt("name %d: alias %d out of range", n, x.NameAlias[n])
		}
	}
	if err := offsets("name words", x.NameSeq.Off, names, len(x.NameSeq.Vals)); err != nil {
		return err
	}
	for n := range names {
		row := x.NameSeq.Row(uint32(n))
		if len(row) > 0 && len(row)%2 == 0 {
			return corrupt("name %d: %d words and joined keys", n, len(row))
		}
		w, j := x.NameWords(uint32(n))
		if err := below("name words", w, words); err != nil {
			return err
		}
		if err := below("joined keys", j, strs); err != nil {
			return err
		}
	}
	if err := checkLists("word names", &x.WordNames, words, names); err != nil {
		return err
	}
	if err := checkPostings("word terms", &x.WordTerms, words); err != nil {
		return err
	}
	if err := checkPostings("name terms", &x.NameTerms, names); err != nil {
		return err
	}
	if err := checkPostings("loose terms", &f.Loose, names); err != nil {
		return err
	}
	return checkSlots("exact names", &x.Exact, names)
}

// Checksum returns the CRC-32C (Castagnoli) that a snapshot's last four bytes hold for the
// bytes before them.
func Checksum(b []byte) uint32 { return crc32.Checksum(b, castagnoli) }
