package index

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Slots finds every id put, with its mark, in the order put under one key, and nothing for
// a key not put.
func TestSlots(t *testing.T) {
	const n = 5000
	s := NewSlots(n+2, n+2)
	require.Equal(t, 8192, len(s.S), "a power of two at a load below three quarters")
	for i := range uint32(n) {
		s.Put(Hash('x', string(rune(0x4E00+i))), i, i%3 == 0)
	}
	s.Put(Hash('x', "dup"), n, false) // one key, two ids, found in the order put
	s.Put(Hash('x', "dup"), n+1, true)
	for i := range uint32(n) {
		got, ok := s.Find(Hash('x', string(rune(0x4E00+i))), func(id uint32, mark bool) bool {
			return id == i && mark == (i%3 == 0)
		})
		if !assert.True(t, ok, "id %d", i) || !assert.Equal(t, i, got) {
			break
		}
	}
	got, ok := s.Find(Hash('x', "dup"), func(uint32, bool) bool { return true })
	assert.True(t, ok)
	assert.Equal(t, uint32(n), got, "the first id put under a key comes first")
	got, ok = s.Find(Hash('x', "dup"), func(id uint32, _ bool) bool { return id != n })
	assert.True(t, ok)
	assert.Equal(t, uint32(n+1), got, "then the next")
	got, ok = s.Find(Hash('x', "dup"), func(_ uint32, mark bool) bool { return mark })
	assert.True(t, ok)
	assert.Equal(t, uint32(n+1), got, "the mark comes with its id")
	var dup []uint32
	for id := range s.Probe(Hash('x', "dup")) {
		dup = append(dup, id)
	}
	assert.Equal(t, []uint32{n, n + 1}, dup, "Probe yields the ids of a key in the order put")
	_, ok = s.Find(Hash('x', "absent"), func(uint32, bool) bool { return true })
	assert.False(t, ok, "a key never put is not found (its tag differs)")
	var empty Slots
	_, ok = empty.Find(Hash('x', "dup"), func(uint32, bool) bool { return true })
	assert.False(t, ok, "an empty table finds nothing")
	assert.NoError(t, checkSlots("s", &s, n+2))
	assert.Error(t, checkSlots("s", &s, n+1), "an id past the limit")
	assert.Error(t, checkSlots("s", &Slots{S: make([]uint32, 3)}, 1), "not a power of two")
	assert.Error(t, checkSlots("s", &Slots{S: []uint32{1, 2}}, 5), "no empty slot: a probe would not end")
	count, marked := 0, 0
	for _, mark := range s.All() {
		count++
		if mark {
			marked++
		}
	}
	assert.Equal(t, n+2, count)
	assert.Equal(t, (n+2)/3+1, marked)
}

// The tag takes the bits the id leaves: with few ids a long tag, with many a short one, and
// either way every id is found under its key and under no other.
func TestSlotsIDWidths(t *testing.T) {
	for _, tt := range []struct {
		name    string
		idLimit int
		tagBits int
	}{
		{"a small table keeps a long tag", 10, 27},
		{"1e5 names leave a 14-bit tag", 100_000, 14},
		{"1e6 names leave an 11-bit tag", 1_000_000, 11},
		{"1e7 names leave a 7-bit tag", 10_000_000, 7},
	} {
		t.Run(tt.name, func(t *testing.T) {
			const n = 3000
			s := NewSlots(n, tt.idLimit)
			assert.Equal(t, tt.tagBits, 31-int(s.idBits))
			// Ids spread over the whole width, the last one included.
			id := func(i int) uint32 { return uint32((tt.idLimit - 1) - i*(tt.idLimit/n)) }
			for i := range n {
				s.Put(Hash('x', fmt.Sprint(i)), id(i), i%2 == 1)
			}
			require.NoError(t, checkSlots("s", &s, tt.idLimit))
			for i := range n {
				got, ok := s.Find(Hash('x', fmt.Sprint(i)), func(v uint32, mark bool) bool { return v == id(i) && mark == (i%2 == 1) })
				if !assert.True(t, ok, "key %d", i) || !assert.Equal(t, id(i), got) {
					break
				}
			}
			// A key never put yields only ids whose tag it shares by chance: few.
			false_ := 0
			for i := range n {
				for range s.Probe(Hash('y', fmt.Sprint(i))) {
					false_++
				}
			}
			assert.Less(t, false_, n/10+n*8>>tt.tagBits, "ids met under keys never put")
		})
	}
}
