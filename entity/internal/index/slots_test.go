package index

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Slots finds every id put, in the order put under one key, and nothing for a key not put.
func TestSlots(t *testing.T) {
	const n = 5000
	s := NewSlots(n + 1)
	require.Equal(t, 16384, len(s), "a power of two at a load of one half or less")
	for i := range uint32(n) {
		s.Put(Hash('x', string(rune(0x4E00+i))), i)
	}
	s.Put(Hash('x', "dup"), n) // one key, two ids, found in the order put
	s.Put(Hash('x', "dup"), n+1)
	for i := range uint32(n) {
		got, ok := s.Find(Hash('x', string(rune(0x4E00+i))), func(id uint32) bool { return id == i })
		if !assert.True(t, ok, "id %d", i) || !assert.Equal(t, i, got) {
			break
		}
	}
	got, ok := s.Find(Hash('x', "dup"), func(uint32) bool { return true })
	assert.True(t, ok)
	assert.Equal(t, uint32(n), got, "the first id put under a key comes first")
	got, ok = s.Find(Hash('x', "dup"), func(id uint32) bool { return id != n })
	assert.True(t, ok)
	assert.Equal(t, uint32(n+1), got, "then the next")
	_, ok = s.Find(Hash('x', "absent"), func(uint32) bool { return true })
	assert.False(t, ok, "a key never put is not found (its tag differs)")
	_, ok = Slots(nil).Find(Hash('x', "dup"), func(uint32) bool { return true })
	assert.False(t, ok, "an empty table finds nothing")
	assert.NoError(t, checkSlots("s", s, n+2))
	assert.Error(t, checkSlots("s", s, n+1), "an id past the limit")
	assert.Error(t, checkSlots("s", make(Slots, 3), 1), "not a power of two")
	assert.Error(t, checkSlots("s", Slots{1, 2}, 5), "no empty slot: a probe would not end")
	count := 0
	for range s.IDs() {
		count++
	}
	assert.Equal(t, n+2, count)
}
