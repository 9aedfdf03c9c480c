package index

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"slices"
)

// Magic opens every snapshot file.
const Magic = "NCSNAP\r\n"

// Version is the snapshot format version this package writes and reads.
const Version = 1

// Errors of Decode. Every error it returns wraps one of them.
var (
	ErrMagic     = errors.New("not a namecanon snapshot (wrong magic)")
	ErrVersion   = errors.New("unsupported snapshot version")
	ErrTruncated = errors.New("truncated snapshot")
	ErrChecksum  = errors.New("snapshot checksum mismatch")
	ErrCorrupt   = errors.New("corrupt snapshot")
)

// Table is the entity table stored in a snapshot: entity e has the fields
// Strings.At(x) for x in Fields.Row(e): id, kind, name, then its aliases.
type Table struct {
	Strings Strings
	Fields  Lists
}

// File is the content of a snapshot: the table, the resolver settings and the index.
type File struct {
	Threshold, Margin float64
	Alternatives      int64   // how many alternatives a failed Resolve lists
	Kinds             Strings // the kinds that may match; none means every kind
	Fingerprint       uint64  // of the rules data the index was built with
	Table             Table
	Index             Index
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

const headerLen = len(Magic) + 4 + 4 + 8 // magic, version, flags, body length
const trailerLen = 4                     // CRC-32C

// Encode writes f to w in the snapshot format (see the package doc).
func (f *File) Encode(w io.Writer) error {
	var e encoder
	e.u64(math.Float64bits(f.Threshold))
	e.u64(math.Float64bits(f.Margin))
	e.u64(uint64(f.Alternatives))
	e.strings(&f.Kinds)
	e.u64(f.Fingerprint)
	e.strings(&f.Table.Strings)
	e.lists(&f.Table.Fields)
	x := &f.Index
	e.strings(&x.Strings)
	e.u32s(x.WordText)
	e.lists(&x.WordKeys)
	e.u16s(x.WordFlags)
	e.u32s(x.NameEntity)
	e.u16s(x.NameAlias)
	e.bytes(x.NameFlags)
	e.lists(&x.NameSeq)
	e.lists(&x.WordNames)
	e.postings(&x.WordTerms)
	e.postings(&x.NameTerms)

	head := make([]byte, 0, headerLen)
	head = append(head, Magic...)
	head = binary.LittleEndian.AppendUint32(head, Version)
	head = binary.LittleEndian.AppendUint32(head, 0)
	head = binary.LittleEndian.AppendUint64(head, uint64(len(e.buf)))
	crc := crc32.Update(crc32.Checksum(head, castagnoli), castagnoli, e.buf)
	if _, err := w.Write(head); err != nil {
		return err
	}
	if _, err := w.Write(e.buf); err != nil {
		return err
	}
	_, err := w.Write(binary.LittleEndian.AppendUint32(nil, crc))
	return err
}

type encoder struct{ buf []byte }

func (e *encoder) u64(x uint64) { e.buf = binary.LittleEndian.AppendUint64(e.buf, x) }

func (e *encoder) bytes(b []byte) {
	e.u64(uint64(len(b)))
	e.buf = append(e.buf, b...)
}

func (e *encoder) u16s(v []uint16) {
	e.u64(uint64(len(v)))
	for _, x := range v {
		e.buf = binary.LittleEndian.AppendUint16(e.buf, x)
	}
}

func (e *encoder) u32s(v []uint32) {
	e.u64(uint64(len(v)))
	e.buf = slices.Grow(e.buf, 4*len(v))
	for _, x := range v {
		e.buf = binary.LittleEndian.AppendUint32(e.buf, x)
	}
}

func (e *encoder) u64s(v []uint64) {
	e.u64(uint64(len(v)))
	e.buf = slices.Grow(e.buf, 8*len(v))
	for _, x := range v {
		e.buf = binary.LittleEndian.AppendUint64(e.buf, x)
	}
}

func (e *encoder) strings(s *Strings) { e.bytes(s.Arena); e.u32s(s.Off) }
func (e *encoder) lists(l *Lists)     { e.u32s(l.Off); e.u32s(l.Vals) }
func (e *encoder) postings(p *Postings) {
	e.u64s(p.Keys)
	e.u32s(p.Off)
	e.u32s(p.Vals)
}

// Decode reads a snapshot from data, checks its magic, version, length and checksum, then
// every structural invariant the index relies on (offsets in range and ascending, ids below
// their counts, keys sorted), so that a File it returns can be queried without a panic. It
// returns nil and an error wrapping one of ErrMagic, ErrVersion, ErrTruncated, ErrChecksum
// or ErrCorrupt otherwise. The File keeps no reference to data.
func Decode(data []byte) (*File, error) {
	if len(data) < len(Magic) || string(data[:len(Magic)]) != Magic {
		return nil, ErrMagic
	}
	if len(data) < headerLen {
		return nil, fmt.Errorf("%w: %d bytes, the header alone is %d", ErrTruncated, len(data), headerLen)
	}
	if v := binary.LittleEndian.Uint32(data[len(Magic):]); v != Version {
		return nil, fmt.Errorf("%w %d (this build reads version %d; rebuild the snapshot)", ErrVersion, v, Version)
	}
	if fl := binary.LittleEndian.Uint32(data[len(Magic)+4:]); fl != 0 {
		return nil, fmt.Errorf("%w: unknown flags %#x", ErrCorrupt, fl)
	}
	n := binary.LittleEndian.Uint64(data[len(Magic)+8:])
	if rest := uint64(len(data) - headerLen); rest < trailerLen || n > rest-trailerLen {
		return nil, fmt.Errorf("%w: body of %d bytes announced, %d present", ErrTruncated, n, max(len(data)-headerLen-trailerLen, 0))
	}
	if uint64(len(data)-headerLen-trailerLen) != n {
		return nil, fmt.Errorf("%w: %d bytes after the end", ErrCorrupt, uint64(len(data)-headerLen-trailerLen)-n)
	}
	end := headerLen + int(n)
	if got, want := crc32.Checksum(data[:end], castagnoli), binary.LittleEndian.Uint32(data[end:]); got != want {
		return nil, fmt.Errorf("%w: %08x, want %08x", ErrChecksum, got, want)
	}
	d := decoder{buf: data[headerLen:end]}
	f := &File{}
	f.Threshold = math.Float64frombits(d.u64())
	f.Margin = math.Float64frombits(d.u64())
	f.Alternatives = int64(d.u64())
	d.strings(&f.Kinds)
	f.Fingerprint = d.u64()
	d.strings(&f.Table.Strings)
	d.lists(&f.Table.Fields)
	x := &f.Index
	d.strings(&x.Strings)
	x.WordText = d.u32s()
	d.lists(&x.WordKeys)
	x.WordFlags = d.u16s()
	x.NameEntity = d.u32s()
	x.NameAlias = d.u16s()
	x.NameFlags = d.bytes()
	d.lists(&x.NameSeq)
	d.lists(&x.WordNames)
	d.postings(&x.WordTerms)
	d.postings(&x.NameTerms)
	if d.err != nil {
		return nil, d.err
	}
	if len(d.buf) != 0 {
		return nil, fmt.Errorf("%w: %d bytes left after the last section", ErrCorrupt, len(d.buf))
	}
	if err := f.check(); err != nil {
		return nil, err
	}
	f.Index.WordTerms.Index()
	f.Index.NameTerms.Index()
	return f, nil
}

type decoder struct {
	buf []byte
	err error
}

func (d *decoder) fail(what string) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: %s runs past the end", ErrCorrupt, what)
	}
	d.buf = nil
}

func (d *decoder) u64() uint64 {
	if len(d.buf) < 8 {
		d.fail("a number")
		return 0
	}
	x := binary.LittleEndian.Uint64(d.buf)
	d.buf = d.buf[8:]
	return x
}

// count reads an element count and checks that size bytes per element remain.
func (d *decoder) count(size int) int {
	n := d.u64()
	if d.err != nil {
		return 0
	}
	if n > uint64(len(d.buf)/size) {
		d.fail("an array")
		return 0
	}
	return int(n)
}

func (d *decoder) bytes() []byte {
	n := d.count(1)
	out := slices.Clone(d.buf[:n])
	d.buf = d.buf[n:]
	return out
}

func (d *decoder) u16s() []uint16 {
	n := d.count(2)
	out := make([]uint16, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint16(d.buf[2*i:])
	}
	d.buf = d.buf[2*n:]
	return out
}

func (d *decoder) u32s() []uint32 {
	n := d.count(4)
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(d.buf[4*i:])
	}
	d.buf = d.buf[4*n:]
	return out
}

func (d *decoder) u64s() []uint64 {
	n := d.count(8)
	out := make([]uint64, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint64(d.buf[8*i:])
	}
	d.buf = d.buf[8*n:]
	return out
}

func (d *decoder) strings(s *Strings) { s.Arena = d.bytes(); s.Off = d.u32s() }
func (d *decoder) lists(l *Lists)     { l.Off = d.u32s(); l.Vals = d.u32s() }
func (d *decoder) postings(p *Postings) {
	p.Keys = d.u64s()
	p.Off = d.u32s()
	p.Vals = d.u32s()
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

// check verifies every invariant that a query relies on.
func (f *File) check() error {
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
		if int(x.NameAlias[n]) > len(t.Fields.Row(x.NameEntity[n]))-3 {
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
	return checkPostings("name terms", &x.NameTerms, names)
}

// Checksum returns the CRC-32C (Castagnoli) that a snapshot's last four bytes hold for the
// bytes before them.
func Checksum(b []byte) uint32 { return crc32.Checksum(b, castagnoli) }
