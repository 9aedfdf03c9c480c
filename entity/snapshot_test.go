package entity

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"math/bits"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity/internal/index"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// snapshotOf writes r to a snapshot in memory.
func snapshotOf(t testing.TB, r *Resolver) []byte {
	var buf bytes.Buffer
	require.NoError(t, r.WriteSnapshot(&buf))
	return buf.Bytes()
}

// snapshotQueries are mentions of the default table in every class the resolver knows:
// exact, folded, other scripts, conventions, partial, titles, acronyms, misses, ambiguity.
var snapshotQueries = []string{
	"Volodymyr Zelenskyy", "Zelenskiy", "President Zelenskiy", "Зеленський", "Зеленського", "ZELENSKYY, Volodymyr",
	"Andriy Sivya", "Андрій Сибіга", "Vladimir Zelenko", "Kiev", "Київ", "Kyiv", "Charkiw", "Hongkong", "ECB", "N.A.T.O.",
	"OPEK", "Mohammed bin Zayed", "Johann Vardepoel", "Karabakh", "Donald Trump Jr.", "Witkoff’s", "Ankara'da", "Nordkorea",
	"Tichanowskaja", "Deutschland", "Niemcy", "Peking", "习近平", "ショルツ", "", "   ", "zzzz", longMention,
}

// A loaded snapshot answers every query exactly as the resolver it was written from:
// same entity, score, method, explanation, alternatives and warnings.
func TestSnapshotAnswersAlike(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	rand := randTable(3, 3000)
	for _, tt := range []struct {
		name    string
		r       *Resolver
		queries []string
	}{
		{"default table", Default(), snapshotQueries},
		{"default table, other threshold and margin", NewResolver(alias.Default(), WithThreshold(0.85), WithMargin(0.1)), snapshotQueries},
		{"default table, places and bodies only, one alternative", NewResolver(alias.Default(), WithKinds(alias.Place, alias.Org), WithAlternatives(1)), snapshotQueries},
		{"random persons", NewResolver(rand), func() []string {
			var qs []string
			for range 300 {
				e := rand.At(rng.IntN(rand.Len()))
				qs = append(qs, e.Name, variantOf(rng, e.Name))
			}
			return qs
		}()},
	} {
		t.Run(tt.name, func(t *testing.T) {
			loaded, err := LoadSnapshot(bytes.NewReader(snapshotOf(t, tt.r)))
			require.NoError(t, err)
			require.Equal(t, tt.r.Table().Len(), loaded.Table().Len())
			for i := range tt.r.Table().Len() {
				require.Equal(t, tt.r.Table().At(i), loaded.Table().At(i))
			}
			for _, q := range tt.queries {
				want, wantOK := tt.r.Resolve(q)
				got, gotOK := loaded.Resolve(q)
				assert.Equal(t, wantOK, gotOK, q)
				assert.Equal(t, want, got, q)
				assert.Equal(t, tt.r.Candidates(q, 5), loaded.Candidates(q, 5), q)
			}
		})
	}
}

// A snapshot keeps the whole table: weak aliases, which match only as written, and the
// attributes a table carries (a sanctions program, a date of birth), whatever reader it is
// read from (a file, bytes, a reader of unknown size).
func TestSnapshotKeepsWeakAliasesAndAttributes(t *testing.T) {
	b := alias.NewBuilder()
	for _, e := range []alias.Entity{
		{ID: "p1", Kind: alias.Person, Name: "Yevgeniy Prigozhin", Aliases: []string{"Евгений Пригожин"}, WeakAliases: []string{"Putin's Chef"},
			Attrs: map[string]string{"program": "RUSSIA-EO14024", "birth_date": "1961-06-01"}},
		{ID: "o1", Kind: alias.Org, Name: "PMC Wagner", Aliases: []string{"Wagner Group"}, WeakAliases: []string{"Wagner", "Orchestra"}},
		{ID: "p2", Kind: alias.Person, Name: "Dmitriy Utkin", Attrs: map[string]string{"program": "UKRAINE-EO13660"}},
	} {
		require.NoError(t, b.Add(e))
	}
	tbl, err := b.Build()
	require.NoError(t, err)
	r := NewResolver(tbl)
	data := snapshotOf(t, r)
	path := filepath.Join(t.TempDir(), "t.idx")
	require.NoError(t, os.WriteFile(path, data, 0o644))
	file, err := os.Open(path)
	require.NoError(t, err)
	defer file.Close()
	for _, rd := range []struct {
		name string
		load func() (*Resolver, error)
	}{
		{"LoadSnapshotFile", func() (*Resolver, error) { return LoadSnapshotFile(path) }},
		{"an open file", func() (*Resolver, error) { return LoadSnapshot(file) }},
		{"bytes", func() (*Resolver, error) { return LoadSnapshot(bytes.NewReader(data)) }},
		{"a reader of unknown size", func() (*Resolver, error) { return LoadSnapshot(io.MultiReader(bytes.NewReader(data))) }},
	} {
		t.Run(rd.name, func(t *testing.T) {
			loaded, err := rd.load()
			require.NoError(t, err)
			for i := range tbl.Len() {
				assert.Equal(t, tbl.At(i), loaded.Table().At(i))
			}
			for _, q := range []string{"Putin's Chef", "Wagner", "Orchestra", "Prigozhin", "Пригожин", "Utkin", "Chef"} {
				want, wantOK := r.Resolve(q)
				got, gotOK := loaded.Resolve(q)
				assert.Equal(t, wantOK, gotOK, q)
				assert.Equal(t, want, got, q)
			}
		})
	}
}

// Options given to LoadSnapshot apply on top of the ones the snapshot was written with.
func TestLoadSnapshotOptions(t *testing.T) {
	data := snapshotOf(t, NewResolver(alias.Default(), WithKinds(alias.Place)))
	places, err := LoadSnapshot(bytes.NewReader(data))
	require.NoError(t, err)
	_, ok := places.Resolve("Volodymyr Zelenskyy")
	assert.False(t, ok, "a person, with places only")
	everything, err := LoadSnapshot(bytes.NewReader(data), WithKinds())
	require.NoError(t, err)
	m, ok := everything.Resolve("Volodymyr Zelenskyy")
	require.True(t, ok)
	assert.Equal(t, alias.Person, m.Entity.Kind)
	strict, err := LoadSnapshot(bytes.NewReader(data), WithThreshold(0.999))
	require.NoError(t, err)
	_, ok = strict.Resolve("Kiev")
	assert.False(t, ok, "a folded match under a threshold of 0.999")
}

// A snapshot written from a loaded snapshot is the same bytes.
func TestSnapshotRewritesIdentically(t *testing.T) {
	first := snapshotOf(t, Default())
	loaded, err := LoadSnapshot(bytes.NewReader(first))
	require.NoError(t, err)
	assert.Equal(t, first, snapshotOf(t, loaded))
}

// LoadSnapshotFile reads a file and names it in its errors.
func TestLoadSnapshotFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "default.idx")
	require.NoError(t, os.WriteFile(path, snapshotOf(t, Default()), 0o644))
	r, err := LoadSnapshotFile(path)
	require.NoError(t, err)
	m, ok := r.Resolve("Zelenskiy")
	require.True(t, ok)
	assert.Equal(t, "Volodymyr Zelenskyy", m.Entity.Name)

	bad := filepath.Join(dir, "table.tsv")
	require.NoError(t, os.WriteFile(bad, []byte("id\tkind\tname\taliases\n"), 0o644))
	_, err = LoadSnapshotFile(bad)
	require.ErrorIs(t, err, ErrSnapshotMagic)
	assert.Equal(t, "entity: snapshot "+bad+": not a namecanon snapshot (wrong magic)", err.Error())

	_, err = LoadSnapshotFile(filepath.Join(dir, "missing.idx"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}

// resum recomputes the checksum of a snapshot whose bytes a test changed on purpose.
func resum(data []byte) []byte {
	data = bytes.Clone(data)
	end := len(data) - 4
	binary.LittleEndian.PutUint32(data[end:], crc32c(data[:end]))
	return data
}

// Every kind of bad snapshot is refused with its own error, and no Resolver.
func TestSnapshotErrors(t *testing.T) {
	good := snapshotOf(t, NewResolver(randTable(5, 200)))
	version := bytes.Clone(good)
	binary.LittleEndian.PutUint32(version[len(index.Magic):], index.Version+1)
	version2 := bytes.Clone(good)
	binary.LittleEndian.PutUint32(version2[len(index.Magic):], 2)
	flipped := bytes.Clone(good)
	flipped[len(flipped)/2] ^= 0x40
	longer := resum(append(bytes.Clone(good), 0, 0, 0, 0))
	binary.LittleEndian.PutUint64(longer[len(index.Magic)+8:], binary.LittleEndian.Uint64(longer[len(index.Magic)+8:])+4)
	longer = resum(longer)
	otherRules := func() []byte {
		f, err := index.Decode(good)
		require.NoError(t, err)
		f.Fingerprint++
		var buf bytes.Buffer
		require.NoError(t, f.Encode(&buf))
		return buf.Bytes()
	}()
	wrongKind := func() []byte {
		f, err := index.Decode(good)
		require.NoError(t, err)
		f.Index.NameFlags[0] ^= namePerson
		var buf bytes.Buffer
		require.NoError(t, f.Encode(&buf))
		return buf.Bytes()
	}()
	// exactSlot re-encodes good with the first slot of the exact names that holds a name
	// of which pick reports true changed by change (a slot: id+1 in the low bits, as many
	// as the number of names takes, then the fast mark, then the tag).
	exactSlot := func(pick func(f *index.File, id uint32, fast bool) bool, change func(f *index.File, v uint32, width uint) uint32) []byte {
		f, err := index.Decode(good)
		require.NoError(t, err)
		width := uint(bits.Len(uint(len(f.Index.NameEntity))))
		i := slices.IndexFunc(f.Index.Exact.S, func(v uint32) bool {
			return v != 0 && pick(f, v&(1<<width-1)-1, v>>width&1 != 0)
		})
		require.GreaterOrEqual(t, i, 0, "no slot to change")
		f.Index.Exact.S[i] = change(f, f.Index.Exact.S[i], width)
		var buf bytes.Buffer
		require.NoError(t, f.Encode(&buf))
		return buf.Bytes()
	}
	anyName := func(*index.File, uint32, bool) bool { return true }
	notFast := exactSlot(func(f *index.File, id uint32, fast bool) bool { return !fast },
		func(_ *index.File, v uint32, width uint) uint32 { return v | 1<<width })
	pastNames := exactSlot(anyName, func(f *index.File, v uint32, width uint) uint32 {
		past := uint32(len(f.Index.NameEntity)) + 1 // id+1 of the name after the last
		require.Less(t, past, uint32(1)<<width, "the id field has room for it")
		return v&^(1<<width-1) | past
	})
	missing := exactSlot(func(f *index.File, id uint32, _ bool) bool { return id == 0 },
		func(*index.File, uint32, uint) uint32 { return 0 })
	twice := exactSlot(func(f *index.File, id uint32, _ bool) bool { return id == 1 },
		func(f *index.File, v uint32, width uint) uint32 {
			for _, w := range f.Index.Exact.S {
				if w != 0 && w&(1<<width-1) == 1 { // name 0's slot
					return w
				}
			}
			return v
		})
	version3 := bytes.Clone(good)
	binary.LittleEndian.PutUint32(version3[len(index.Magic):], 3)
	for _, tt := range []struct {
		name string
		data []byte
		want error
		text string
	}{
		{"empty input is no snapshot", nil, ErrSnapshotMagic, "entity: snapshot: not a namecanon snapshot (wrong magic)"},
		{"a table file is no snapshot", []byte("id\tkind\tname\taliases\nQ1\tperson\tAda Lovelace\t\n"), ErrSnapshotMagic, ""},
		{"another format version is refused", version, ErrSnapshotVersion, "entity: snapshot: unsupported snapshot version 5 (this build reads version 4; rebuild the snapshot)"},
		{"version 2, before the fast names, is refused", version2, ErrSnapshotVersion, "entity: snapshot: unsupported snapshot version 2 (this build reads version 4; rebuild the snapshot)"},
		{"version 3, with names as written among the name terms, is refused", version3, ErrSnapshotVersion, "entity: snapshot: unsupported snapshot version 3 (this build reads version 4; rebuild the snapshot)"},
		{"other name rules are refused", otherRules, ErrSnapshotVersion, ""},
		{"cut in the header", good[:len(index.Magic)+5], ErrSnapshotTruncated, ""},
		{"cut in the body", good[:len(good)/2], ErrSnapshotTruncated, ""},
		{"cut in the checksum", good[:len(good)-1], ErrSnapshotTruncated, ""},
		{"a changed byte fails the checksum", flipped, ErrSnapshotChecksum, ""},
		{"a body longer than its sections is corrupt", longer, ErrSnapshotCorrupt, ""},
		{"a name flag that contradicts the table is corrupt", wrongKind, ErrSnapshotCorrupt, ""},
		{"a fast mark on a name the fast path may not answer is corrupt", notFast, ErrSnapshotCorrupt, ""},
		{"an exact slot past the names is corrupt", pastNames, ErrSnapshotCorrupt, "entity: snapshot: corrupt snapshot: exact names: id out of range"},
		{"a name missing from the exact names is corrupt", missing, ErrSnapshotCorrupt, "entity: snapshot: corrupt snapshot: exact names: name 0 missing"},
		{"a name twice in the exact names is corrupt", twice, ErrSnapshotCorrupt, "entity: snapshot: corrupt snapshot: exact names: name 0 twice or not as its flags say"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r, err := LoadSnapshot(bytes.NewReader(tt.data))
			assert.Nil(t, r)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.want)
			if tt.text != "" {
				assert.Equal(t, tt.text, err.Error())
			}
		})
	}
}

// A reader that fails is reported as such.
func TestLoadSnapshotReadError(t *testing.T) {
	_, err := LoadSnapshot(errReader{})
	assert.ErrorIs(t, err, errBroken)
}

var errBroken = errors.New("broken pipe")

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errBroken }

// FuzzSnapshot: whatever the bytes, LoadSnapshot returns a Resolver or an error wrapping
// one of its sentinels, never panics; a Resolver it returns resolves without panicking.
// Mutations are re-checksummed half of the time, so that the structural checks behind the
// checksum are fuzzed too.
func FuzzSnapshot(f *testing.F) {
	small := snapshotOf(f, NewResolver(randTable(9, 20)))
	f.Add(small, false)
	f.Add(small[:len(small)/3], false)
	f.Add([]byte(index.Magic), false)
	f.Add(small, true)
	f.Fuzz(func(t *testing.T, data []byte, fix bool) {
		if fix && len(data) >= 4 {
			data = resum(data)
		}
		r, err := LoadSnapshot(bytes.NewReader(data))
		if err != nil {
			if r != nil {
				t.Fatal("a Resolver with an error")
			}
			for _, s := range []error{ErrSnapshotMagic, ErrSnapshotVersion, ErrSnapshotTruncated, ErrSnapshotChecksum, ErrSnapshotCorrupt} {
				if errors.Is(err, s) {
					return
				}
			}
			t.Fatalf("error wraps no sentinel: %v", err)
		}
		for _, q := range []string{"Ada Lovelace", "Lovelace", "ECB", "Зеленський"} {
			r.Resolve(q)
		}
	})
}

func crc32c(b []byte) uint32 { return index.Checksum(b) }
