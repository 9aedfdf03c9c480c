package index

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Postings find every term they hold and no other, whatever their size (the radix
// directory has one bucket for none or one key and many for many).
func TestPostings(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 100, 5000} {
		t.Run(fmt.Sprint(n, " terms"), func(t *testing.T) {
			var pairs []Pair
			for i := range n {
				h := Hash('d', fmt.Sprint("key", i))
				pairs = append(pairs, Pair{h, uint32(i)}, Pair{h, uint32(i + n)}, Pair{h, uint32(i)})
			}
			p := NewPostings(pairs)
			require.Len(t, p.Keys, n)
			for i := range n {
				assert.Equal(t, []uint32{uint32(i), uint32(i + n)}, p.Get(Hash('d', fmt.Sprint("key", i))), "term %d, its repeat counted once", i)
			}
			assert.Nil(t, p.Get(Hash('d', "no such key")))
			assert.Nil(t, p.Get(Hash('s', "key0")), "another kind is another term")
		})
	}
}

// NewPostings of pairs split into parts, whatever the split, equals the pairs sorted by
// hash then id with repeats dropped: the radix partition, the scatter of each part and the
// sort of each bucket (by insertion when small, else a comparison sort: a bucket of 500
// pairs under one hash) lose and reorder nothing.
func TestNewPostingsParts(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tt := range []struct {
		name  string
		pairs int
		parts int
	}{
		{"none", 0, 3},
		{"one part", 1000, 1},
		{"uneven parts", 20000, 3},
		{"empty parts among full", 5000, 7},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var all []Pair
			for i := range tt.pairs {
				key := Hash('d', fmt.Sprint("w", rng.IntN(tt.pairs/3+1)))
				if i%40 == 0 {
					key = Hash('s', "shared") // one big bucket
				}
				all = append(all, Pair{key, uint32(rng.IntN(tt.pairs + 1))})
			}
			parts := make([][]Pair, tt.parts)
			for _, x := range all {
				k := rng.IntN(tt.parts)
				if tt.parts > 3 && k%2 == 1 {
					k-- // leave the odd parts empty
				}
				parts[k] = append(parts[k], x)
			}
			want := slices.Clone(all)
			slices.SortFunc(want, func(a, b Pair) int {
				if c := cmp.Compare(a.Key, b.Key); c != 0 {
					return c
				}
				return cmp.Compare(a.Val, b.Val)
			})
			want = slices.Compact(want)
			p := NewPostings(parts...)
			for _, part := range parts {
				assert.Nil(t, part, "a part read is let go")
			}
			var got []Pair
			for i, k := range p.Keys {
				for _, v := range p.Vals[p.Off[i]:p.Off[i+1]] {
					got = append(got, Pair{k, v})
				}
			}
			assert.Equal(t, len(want), len(got))
			assert.True(t, slices.Equal(want, got), "postings differ from the sorted pairs")
			require.Len(t, p.Off, len(p.Keys)+1)
			for _, x := range want {
				assert.True(t, slices.Contains(p.Get(x.Key), x.Val))
			}
		})
	}
}

// HashSkip is the hash of the string with one byte deleted, for every position.
func TestHashSkip(t *testing.T) {
	for _, s := range []string{"a", "sibiha", "shevchenko", "kharkiv"} {
		for i := range len(s) {
			assert.Equal(t, Hash('d', s[:i]+s[i+1:]), HashSkip('d', s, i), "%s without %d", s, i)
		}
	}
}

// An Interner gives equal strings one id and reads them back.
func TestInterner(t *testing.T) {
	in := NewInterner()
	a, b, c := in.Intern("kyiv"), in.Intern(""), in.Intern("kyiv")
	assert.Equal(t, a, c)
	s := in.Strings()
	assert.Equal(t, 2, s.Len())
	assert.Equal(t, "kyiv", s.At(a))
	assert.Equal(t, "", s.At(b))
}

// sample is a small valid File.
func sample() *File {
	strs := NewInterner()
	f := &File{Threshold: 0.75, Margin: 0.04, Alternatives: 3, Kinds: NewInterner().Strings(), Fingerprint: 42}
	tbl := NewInterner()
	f.Table.Fields.Append(tbl.Intern("p1"), tbl.Intern("person"), tbl.Intern("Taras Shevchenko"), tbl.Intern("T. Shevchenko"))
	f.Table.Weak.Append(tbl.Intern("Kobzar"))
	f.Table.Attrs.Append(tbl.Intern("born"), tbl.Intern("1814"))
	f.Table.Strings = tbl.Strings()
	x := &f.Index
	for _, w := range []string{"taras", "shevchenko"} {
		x.WordText = append(x.WordText, strs.Intern(w))
		x.WordKeys.Append(strs.Intern(w))
		x.WordFlags = append(x.WordFlags, 0)
	}
	x.WordText = append(x.WordText, strs.Intern("kobzar"))
	x.WordKeys.Append(strs.Intern("kobzar"))
	x.WordFlags = append(x.WordFlags, 0)
	x.NameEntity, x.NameAlias, x.NameFlags = []uint32{0, 0, 0}, []uint16{0, 1, 2}, []uint8{4, 4, 5}
	x.NameSeq.Append(0, 1, strs.Intern("tarasshevchenko"))
	x.NameSeq.Append(1)
	x.NameSeq.Append(2)
	x.WordNames.Append(0)
	x.WordNames.Append(0, 1)
	x.WordNames.Append()
	x.WordTerms = NewPostings([]Pair{{Hash('d', "taras"), 0}, {Hash('d', "shevchenko"), 1}})
	x.NameTerms = NewPostings([]Pair{{Hash('x', "Taras Shevchenko"), 0}})
	x.Strings = strs.Strings()
	f.Loose = NewPostings([]Pair{{Hash('l', "trsskbnk"), 0}, {Hash('l', "skbnk"), 1}})
	return f
}

func encode(t testing.TB, f *File) []byte {
	var buf bytes.Buffer
	require.NoError(t, f.Encode(&buf))
	return buf.Bytes()
}

// fix sets a snapshot's length and checksum to fit its bytes.
func fix(data []byte) []byte {
	if len(data) < headerLen+trailerLen {
		return data
	}
	data = bytes.Clone(data)
	binary.LittleEndian.PutUint64(data[len(Magic)+8:], uint64(len(data)-headerLen-trailerLen))
	binary.LittleEndian.PutUint32(data[len(data)-4:], Checksum(data[:len(data)-4]))
	return data
}

// Decode gives back what Encode wrote.
func TestRoundTrip(t *testing.T) {
	want := sample()
	got, err := Decode(encode(t, want))
	require.NoError(t, err)
	assert.Equal(t, want.Table, got.Table)
	assert.Equal(t, want.Index.NameAlias, got.Index.NameAlias)
	assert.Equal(t, []uint32{1}, got.Loose.Get(Hash('l', "skbnk")))
	assert.Equal(t, want.Index.NameSeq, got.Index.NameSeq)
	assert.Equal(t, []uint32{1}, got.Index.WordTerms.Get(Hash('d', "shevchenko")))
	assert.Equal(t, encode(t, want), encode(t, got))
}

// Content whose checksum holds but whose structure does not is refused as corrupt.
func TestDecodeCorrupt(t *testing.T) {
	for _, tt := range []struct {
		name   string
		change func(f *File)
	}{
		{"a word id past the vocabulary", func(f *File) { f.Index.NameSeq.Vals[0] = 9 }},
		{"offsets going down", func(f *File) { f.Index.WordNames.Off[1] = 4 }},
		{"a name of an entity that is not there", func(f *File) { f.Index.NameEntity[1] = 1 }},
		{"an alias the entity lacks", func(f *File) { f.Index.NameAlias[1] = 3 }},
		{"a weak alias string past the table strings", func(f *File) { f.Table.Weak.Vals[0] = 99 }},
		{"an attribute key without a value", func(f *File) { f.Table.Attrs = Lists{Off: []uint32{0, 1}, Vals: f.Table.Attrs.Vals[:1]} }},
		{"weak aliases for fewer entities than the table has", func(f *File) { f.Table.Weak = Lists{Off: []uint32{0}} }},
		{"a loose term leading past the names", func(f *File) { f.Loose.Vals[0] = 3 }},
		{"terms out of order", func(f *File) {
			f.Index.WordTerms.Keys[0], f.Index.WordTerms.Keys[1] = f.Index.WordTerms.Keys[1], f.Index.WordTerms.Keys[0]
		}},
		{"a threshold out of range", func(f *File) { f.Threshold = 2 }},
		{"a word without keys", func(f *File) { f.Index.WordKeys = Lists{Off: []uint32{0, 0, 1}, Vals: f.Index.WordKeys.Vals[:1]} }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := sample()
			tt.change(f)
			got, err := Decode(encode(t, f))
			assert.Nil(t, got)
			assert.ErrorIs(t, err, ErrCorrupt)
		})
	}
}

// FuzzDecode: any bytes, with the length and checksum made to fit so that the structural
// checks are what is fuzzed, decode to a File whose every list can be read, or to an error
// wrapping a sentinel; never a panic.
func FuzzDecode(f *testing.F) {
	good := encode(f, sample())
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Decode(fix(data))
		if err != nil {
			if file != nil {
				t.Fatal("a File with an error")
			}
			for _, s := range []error{ErrMagic, ErrVersion, ErrTruncated, ErrChecksum, ErrCorrupt} {
				if errors.Is(err, s) {
					return
				}
			}
			t.Fatalf("error wraps no sentinel: %v", err)
		}
		x := &file.Index
		for n := range uint32(len(x.NameEntity)) {
			words, joined := x.NameWords(n)
			for _, w := range words {
				_ = x.Strings.At(x.WordText[w])
				for _, k := range x.WordKeys.Row(w) {
					_ = x.Strings.At(k)
				}
				for _, m := range x.WordNames.Row(w) {
					_ = x.NameEntity[m]
				}
			}
			for _, j := range joined {
				_ = x.Strings.At(j)
			}
			_ = file.Table.Fields.Row(x.NameEntity[n])
		}
		x.WordTerms.Get(Hash('d', "taras"))
		x.NameTerms.Get(Hash('x', "Taras Shevchenko"))
	})
}
