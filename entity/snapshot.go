package entity

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"maps"
	"os"
	"slices"
	"sync"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity/internal/index"
	"github.com/namecanon/namecanon/translit"
)

// Errors of LoadSnapshot and LoadSnapshotFile: every error they return for a bad snapshot
// wraps one of these (test with errors.Is). A snapshot that fails any check is refused
// whole; no Resolver is returned.
var (
	// ErrSnapshotMagic: the input is not a snapshot at all.
	ErrSnapshotMagic = index.ErrMagic
	// ErrSnapshotVersion: a snapshot of another format version, or one written with other
	// name rules than this build's (rebuild it from the table).
	ErrSnapshotVersion = index.ErrVersion
	// ErrSnapshotTruncated: the snapshot is cut short.
	ErrSnapshotTruncated = index.ErrTruncated
	// ErrSnapshotChecksum: the bytes changed after the snapshot was written.
	ErrSnapshotChecksum = index.ErrChecksum
	// ErrSnapshotCorrupt: the checksum holds but the content does not (a snapshot not
	// written by WriteSnapshot).
	ErrSnapshotCorrupt = index.ErrCorrupt
)

// WriteSnapshot writes r, its table, its settings and its index, to w as one versioned,
// checksummed binary file (its layout is specified in the doc of the package
// entity/internal/index). [LoadSnapshot] reads it back far faster than [NewResolver]
// rebuilds the index, and the Resolver it returns answers exactly as r does. The snapshot
// records the name rules it was built with: a build of namecanon with other rules refuses it
// with [ErrSnapshotVersion], and the table must then be indexed again.
func (r *Resolver) WriteSnapshot(w io.Writer) error {
	f := index.File{Threshold: r.cfg.threshold, Margin: r.cfg.margin, Alternatives: int64(r.cfg.alternatives), Fingerprint: rulesFingerprint(), Index: *r.idx, Loose: r.loose}
	kinds := index.NewInterner()
	for _, k := range r.cfg.kinds {
		kinds.Intern(string(k))
	}
	f.Kinds = kinds.Strings()
	// The table's strings, each once where it repeats (kinds, attribute keys); the names and
	// ids, which seldom do, are not looked up.
	t := &f.Table
	t.Strings.Off = []uint32{0}
	t.Fields.Off, t.Weak.Off, t.Attrs.Off = []uint32{0}, []uint32{0}, []uint32{0}
	add := func(s string) uint32 {
		t.Strings.Arena = append(t.Strings.Arena, s...)
		t.Strings.Off = append(t.Strings.Off, uint32(len(t.Strings.Arena)))
		return uint32(len(t.Strings.Off) - 2)
	}
	shared := map[string]uint32{}
	once := func(s string) uint32 {
		id, ok := shared[s]
		if !ok {
			id = add(s)
			shared[s] = id
		}
		return id
	}
	var keys []string
	for e := range r.tbl.All() {
		t.Fields.Vals = append(t.Fields.Vals, add(e.ID), once(string(e.Kind)), add(e.Name))
		for _, a := range e.Aliases {
			t.Fields.Vals = append(t.Fields.Vals, add(a))
		}
		t.Fields.Off = append(t.Fields.Off, uint32(len(t.Fields.Vals)))
		for _, a := range e.WeakAliases {
			t.Weak.Vals = append(t.Weak.Vals, add(a))
		}
		t.Weak.Off = append(t.Weak.Off, uint32(len(t.Weak.Vals)))
		keys = slices.AppendSeq(keys[:0], maps.Keys(e.Attrs))
		slices.Sort(keys)
		for _, k := range keys {
			t.Attrs.Vals = append(t.Attrs.Vals, once(k), add(e.Attrs[k]))
		}
		t.Attrs.Off = append(t.Attrs.Off, uint32(len(t.Attrs.Vals)))
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	if err := f.Encode(bw); err != nil {
		return fmt.Errorf("entity: writing snapshot: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("entity: writing snapshot: %w", err)
	}
	return nil
}

// LoadSnapshot reads a Resolver from a snapshot that [Resolver.WriteSnapshot] wrote, in one
// pass over its bytes. The Resolver has the options it was written with, and opts on top of
// them ([WithThreshold], [WithMargin], [WithKinds], [WithAlternatives]). It checks the magic,
// the version, the length, the checksum and every offset and id before it returns; on any
// fault it returns nil and an error wrapping [ErrSnapshotMagic], [ErrSnapshotVersion],
// [ErrSnapshotTruncated], [ErrSnapshotChecksum] or [ErrSnapshotCorrupt], never a
// half-loaded Resolver. The table of the Resolver has the entities of the one it was written
// from, in order, with their aliases, weak aliases and attributes but without their source
// positions. When rd is an [*os.File] of a regular file, a [*bytes.Reader] or anything else
// with a Size or Len method, the arrays are read straight into place; from another reader
// the snapshot is read whole first.
func LoadSnapshot(rd io.Reader, opts ...Option) (*Resolver, error) {
	size := int64(-1)
	switch s := rd.(type) {
	case *os.File:
		if st, err := s.Stat(); err == nil && st.Mode().IsRegular() {
			if off, err := s.Seek(0, io.SeekCurrent); err == nil {
				size = st.Size() - off
			}
		}
	case interface{ Size() int64 }:
		if l, ok := rd.(interface{ Len() int }); ok {
			size = int64(l.Len()) // a bytes.Reader or strings.Reader: what is left of it
		} else {
			size = s.Size()
		}
	case interface{ Len() int }:
		size = int64(s.Len())
	}
	if size < 0 {
		data, err := io.ReadAll(rd)
		if err != nil {
			return nil, fmt.Errorf("entity: reading snapshot: %w", err)
		}
		rd, size = bytes.NewReader(data), int64(len(data))
	}
	r, err := decodeSnapshot(rd, size, opts)
	if err != nil {
		if !isSnapshotError(err) {
			return nil, fmt.Errorf("entity: reading snapshot: %w", err)
		}
		return nil, fmt.Errorf("entity: snapshot: %w", err)
	}
	return r, nil
}

// LoadSnapshotFile is [LoadSnapshot] on the file at path; its errors name the file.
func LoadSnapshotFile(path string, opts ...Option) (*Resolver, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	defer file.Close()
	st, err := file.Stat()
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	var rd io.Reader = bufio.NewReaderSize(file, 1<<20)
	size := st.Size()
	if !st.Mode().IsRegular() {
		data, err := io.ReadAll(file)
		if err != nil {
			return nil, fmt.Errorf("entity: %w", err)
		}
		rd, size = bytes.NewReader(data), int64(len(data))
	}
	r, err := decodeSnapshot(rd, size, opts)
	if err != nil {
		return nil, fmt.Errorf("entity: snapshot %s: %w", path, err)
	}
	return r, nil
}

// isSnapshotError reports whether err is one of the snapshot's own faults, not the reader's.
func isSnapshotError(err error) bool {
	for _, s := range []error{ErrSnapshotMagic, ErrSnapshotVersion, ErrSnapshotTruncated, ErrSnapshotChecksum, ErrSnapshotCorrupt} {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}

func decodeSnapshot(rd io.Reader, size int64, opts []Option) (*Resolver, error) {
	// The table is made on another core while the index that follows it in the file is
	// read; it is dropped if the file turns out bad.
	type made struct {
		tbl   *alias.Table
		kinds []alias.Kind
		err   error
	}
	var table chan made
	f, err := index.DecodeReader(rd, size, func(t *index.Table) {
		table = make(chan made, 1)
		go func() {
			tbl, kinds, err := snapshotTable(t)
			table <- made{tbl, kinds, err}
		}()
	})
	var m made
	if table != nil {
		m = <-table
	}
	if err != nil {
		return nil, err
	}
	if f.Fingerprint != rulesFingerprint() {
		return nil, fmt.Errorf("%w: written with other name rules (fingerprint %016x, this build %016x); index the table again", ErrSnapshotVersion, f.Fingerprint, rulesFingerprint())
	}
	if m.err == nil && m.tbl == nil {
		m.err = fmt.Errorf("%w: no table", ErrSnapshotCorrupt) // DecodeReader always gives it; never reached
	}
	if m.err != nil {
		return nil, m.err
	}
	tbl, kinds, t := m.tbl, m.kinds, &f.Table
	cfg := config{threshold: f.Threshold, margin: f.Margin, alternatives: int(f.Alternatives)}
	for i := range uint32(f.Kinds.Len()) {
		k, err := alias.ParseKind(f.Kinds.At(i))
		if err != nil {
			return nil, fmt.Errorf("%w: kinds: %v", ErrSnapshotCorrupt, err)
		}
		cfg.kinds = append(cfg.kinds, k)
	}
	cfg = cfg.with(opts)
	cfg.progress = nil
	r := &Resolver{tbl: tbl, cfg: cfg, idx: &f.Index, loose: f.Loose}
	for n := range uint32(len(f.Index.NameEntity)) {
		if e := f.Index.NameEntity[n]; r.kindOf(n) != kinds[e] {
			return nil, fmt.Errorf("%w: name %d does not fit entity %q", ErrSnapshotCorrupt, n, t.Strings.At(t.Fields.Row(e)[0]))
		}
	}
	seen := make([]bool, len(f.Index.NameEntity))
	for n, fast := range f.Index.Exact.All() {
		if seen[n] || fast != (f.Index.NameFlags[n]&nameFast != 0) {
			return nil, fmt.Errorf("%w: exact names: name %d twice or not as its flags say", ErrSnapshotCorrupt, n)
		}
		seen[n] = true
	}
	if n := slices.Index(seen, false); n >= 0 {
		return nil, fmt.Errorf("%w: exact names: name %d missing", ErrSnapshotCorrupt, n)
	}
	r.words = make([]token, len(f.Index.WordText))
	for w := range r.words {
		r.words[w] = tokenOf(r.idx, uint32(w))
	}
	return r, nil
}

// snapshotTable makes the alias.Table of a snapshot's table, checked as [alias.Builder.Add]
// checks any entity, and the kind of each entity.
func snapshotTable(t *index.Table) (*alias.Table, []alias.Kind, error) {
	b := alias.NewBuilder()
	b.Grow(t.Fields.Len())
	kinds := make([]alias.Kind, t.Fields.Len())
	var aliases, weak []string
	attrs := map[string]string{}
	for e := range uint32(t.Fields.Len()) {
		row := t.Fields.Row(e)
		kind, err := alias.ParseKind(t.Strings.At(row[1]))
		if err != nil {
			return nil, nil, fmt.Errorf("%w: entity %d: %v", ErrSnapshotCorrupt, e, err)
		}
		kinds[e] = kind
		// Add copies what it keeps: one buffer serves every entity.
		aliases, weak = aliases[:0], weak[:0]
		for _, a := range row[3:] {
			aliases = append(aliases, t.Strings.At(a))
		}
		for _, a := range t.Weak.Row(e) {
			weak = append(weak, t.Strings.At(a))
		}
		clear(attrs)
		kv := t.Attrs.Row(e)
		for i := 0; i < len(kv); i += 2 {
			attrs[t.Strings.At(kv[i])] = t.Strings.At(kv[i+1])
		}
		ent := alias.Entity{ID: t.Strings.At(row[0]), Kind: kind, Name: t.Strings.At(row[2]), Aliases: aliases, WeakAliases: weak, Attrs: attrs}
		if err := b.Add(ent); err != nil {
			return nil, nil, fmt.Errorf("%w: entity %d: %v", ErrSnapshotCorrupt, e, err)
		}
	}
	tbl, err := b.Build()
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrSnapshotCorrupt, err)
	}
	// The table must be the one indexed: every alias and weak alias kept (Add drops
	// repeats; the index checked the names against the rows).
	for e := range tbl.Len() {
		if ent := tbl.At(e); len(ent.Aliases) != len(t.Fields.Row(uint32(e)))-3 || len(ent.WeakAliases) != len(t.Weak.Row(uint32(e))) || len(ent.Attrs) != len(t.Attrs.Row(uint32(e)))/2 {
			return nil, nil, fmt.Errorf("%w: entity %q has a name or attribute twice", ErrSnapshotCorrupt, ent.ID)
		}
	}
	return tbl, kinds, nil
}

// snapshotFormat is bumped whenever what the index stores of a name changes (a new token
// field, a new term kind): older snapshots are then refused.
const snapshotFormat = 1

// fingerprintProbes are real names in many scripts whose keys the fingerprint covers: a
// change in the romanization or key rules that moves any of them refuses older snapshots.
var fingerprintProbes = []string{
	"Zelenskyy", "Зеленський", "Сибіга", "Шевченко", "Schewtschenko", "Tsikhanouskaya", "Łukaszenka",
	"Kharkiv", "Qaddafi", "القذافي", "نتنياهو", "נתניהו", "Ahmadinejad", "محمود", "Xi Jinping", "习近平",
	"문재인", "ショルツ", "Erdoğan", "Müller", "Jørgensen", "Ελλάδα", "Sirajuddin", "Mohammedreza", "Wadephul",
	"Luxxon", "Ndiaye",
}

// rulesFingerprint hashes what the index derives from the name rules: the snapshot format,
// entity's data files, and the keys of fingerprintProbes.
var rulesFingerprint = sync.OnceValue(func() uint64 {
	h := fnv.New64a()
	fmt.Fprintf(h, "format %d\n", snapshotFormat)
	files, _ := fs.Glob(dataFiles, "data/*.tsv")
	slices.Sort(files)
	for _, name := range files {
		data, _ := dataFiles.ReadFile(name)
		fmt.Fprintf(h, "%s %d\n", name, len(data))
		h.Write(data)
	}
	for _, p := range fingerprintProbes {
		fmt.Fprintf(h, "%s %q %q\n", p, translit.ToLatin(p), translit.Keys(p))
	}
	return h.Sum64()
})
