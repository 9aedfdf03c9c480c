package index

import (
	"iter"
	"math/bits"
)

// Slots is a flat open-addressing hash table of ids, keyed by a 64-bit hash: one uint64 a
// slot, the top 32 bits of the mixed hash (a tag) beside id+1, 0 for an empty slot; a key's
// probe starts at the low bits of its mixed hash and goes on slot by slot (linear probing)
// up to an empty one. Its length is 0 or a power of two with at least one empty slot, so a
// probe always ends. A look-up reads one or two neighbouring slots where Postings reads a
// directory, a key, an offset and a list: on a large table each of those misses the cache.
// Ids put under one key are met in the order they were put. Keys are not stored: a caller
// checks what an id stands for (two keys may share a tag).
type Slots []uint64

// NewSlots returns an empty table sized for n ids at a load of at most one half.
func NewSlots(n int) Slots {
	if n == 0 {
		return nil
	}
	return make(Slots, 1<<bits.Len(uint(2*n-1)))
}

// Mix spreads a hash over 64 bits (the splitmix64 finalizer): FNV-1a's low bits, which
// pick a slot, depend on the low bits of the input bytes only.
func Mix(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	return h ^ h>>31
}

// Put adds id under hash h. The table must have been sized by NewSlots for every id put.
func (s Slots) Put(h uint64, id uint32) {
	m := Mix(h)
	mask := uint64(len(s) - 1)
	for i := m & mask; ; i = (i + 1) & mask {
		if s[i] == 0 {
			s[i] = m>>32<<32 | uint64(id) + 1
			return
		}
	}
}

// Find returns the first id put under hash h for which is reports true, in the order they
// were put (and ids of other keys whose tag is the same).
func (s Slots) Find(h uint64, is func(id uint32) bool) (uint32, bool) {
	if len(s) == 0 {
		return 0, false
	}
	m := Mix(h)
	mask := uint64(len(s) - 1)
	tag := m >> 32
	for i := m & mask; ; i = (i + 1) & mask {
		v := s[i]
		if v == 0 {
			return 0, false
		}
		if v>>32 == tag {
			if id := uint32(v) - 1; is(id) {
				return id, true
			}
		}
	}
}

// IDs yields every id in the table, in slot order.
func (s Slots) IDs() iter.Seq[uint32] {
	return func(yield func(uint32) bool) {
		for _, v := range s {
			if v != 0 && !yield(uint32(v)-1) {
				return
			}
		}
	}
}

// checkSlots verifies that s is a table Find can probe and that every id is below idLimit.
func checkSlots(what string, s Slots, idLimit int) error {
	if len(s) == 0 {
		return nil
	}
	if len(s)&(len(s)-1) != 0 {
		return corrupt("%s: %d slots, not a power of two", what, len(s))
	}
	empty := false
	for _, v := range s {
		if v == 0 {
			empty = true
		} else if id := uint32(v) - 1; uint32(v) == 0 || int(id) >= idLimit {
			return corrupt("%s: id out of range", what)
		}
	}
	if !empty {
		return corrupt("%s: no empty slot", what)
	}
	return nil
}
