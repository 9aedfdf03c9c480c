package entity

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
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
	f := index.File{Threshold: r.cfg.threshold, Margin: r.cfg.margin, Alternatives: int64(r.cfg.alternatives), Fingerprint: rulesFingerprint(), Index: *r.idx}
	kinds := index.NewInterner()
	for _, k := range r.cfg.kinds {
		kinds.Intern(string(k))
	}
	f.Kinds = kinds.Strings()
	strs := index.NewInterner()
	f.Table.Fields.Off = []uint32{0}
	for e := range r.tbl.All() {
		row := []uint32{strs.Intern(e.ID), strs.Intern(string(e.Kind)), strs.Intern(e.Name)}
		for _, a := range e.Aliases {
			row = append(row, strs.Intern(a))
		}
		f.Table.Fields.Append(row...)
	}
	f.Table.Strings = strs.Strings()
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
// them ([WithThreshold], [WithMargin], [WithKinds], [WithAlternatives]). It checks the magic, the version, the length, the checksum and every
// offset and id before it returns; on any fault it returns nil and an error wrapping
// [ErrSnapshotMagic], [ErrSnapshotVersion], [ErrSnapshotTruncated], [ErrSnapshotChecksum] or
// [ErrSnapshotCorrupt], never a half-loaded Resolver. The table of the Resolver has the
// entities of the one it was written from, in order, without their source positions.
func LoadSnapshot(rd io.Reader, opts ...Option) (*Resolver, error) {
	data, err := io.ReadAll(rd)
	if err != nil {
		return nil, fmt.Errorf("entity: reading snapshot: %w", err)
	}
	r, err := decodeSnapshot(data, opts)
	if err != nil {
		return nil, fmt.Errorf("entity: snapshot: %w", err)
	}
	return r, nil
}

// LoadSnapshotFile is [LoadSnapshot] on the file at path; its errors name the file.
func LoadSnapshotFile(path string, opts ...Option) (*Resolver, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	r, err := decodeSnapshot(data, opts)
	if err != nil {
		return nil, fmt.Errorf("entity: snapshot %s: %w", path, err)
	}
	return r, nil
}

func decodeSnapshot(data []byte, opts []Option) (*Resolver, error) {
	f, err := index.Decode(data)
	if err != nil {
		return nil, err
	}
	if f.Fingerprint != rulesFingerprint() {
		return nil, fmt.Errorf("%w: written with other name rules (fingerprint %016x, this build %016x); index the table again", ErrSnapshotVersion, f.Fingerprint, rulesFingerprint())
	}
	var b alias.Builder
	t := &f.Table
	for e := range uint32(t.Fields.Len()) {
		row := t.Fields.Row(e)
		kind, err := alias.ParseKind(t.Strings.At(row[1]))
		if err != nil {
			return nil, fmt.Errorf("%w: entity %d: %v", ErrSnapshotCorrupt, e, err)
		}
		ent := alias.Entity{ID: t.Strings.At(row[0]), Kind: kind, Name: t.Strings.At(row[2])}
		for _, a := range row[3:] {
			ent.Aliases = append(ent.Aliases, t.Strings.At(a))
		}
		if err := b.Add(ent); err != nil {
			return nil, fmt.Errorf("%w: entity %d: %v", ErrSnapshotCorrupt, e, err)
		}
	}
	tbl, err := b.Build()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrSnapshotCorrupt, err)
	}
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
	r := &Resolver{tbl: tbl, cfg: cfg, idx: &f.Index}
	// The table must be the one indexed: every alias kept (Add drops repeats), kinds as
	// the name flags say.
	for n := range uint32(len(f.Index.NameEntity)) {
		e := tbl.At(int(f.Index.NameEntity[n]))
		if int(f.Index.NameAlias[n]) > len(e.Aliases) || r.kindOf(n) != e.Kind {
			return nil, fmt.Errorf("%w: name %d does not fit entity %q", ErrSnapshotCorrupt, n, e.ID)
		}
	}
	r.words = make([]token, len(f.Index.WordText))
	for w := range r.words {
		r.words[w] = tokenOf(r.idx, uint32(w))
	}
	r.indexLoose()
	return r, nil
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
