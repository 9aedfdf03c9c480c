package index

import (
	"iter"
	"math/bits"
)

// Slots is a flat open-addressing hash table of ids, keyed by a 64-bit hash, each id with a
// mark bit (a property of the id that a caller wants at hand when it probes). A slot is one
// uint32: id+1 in the low idBits bits (0 for an empty slot), the mark above it, and in the
// bits left above that the top bits of the mixed hash (a tag), as many as the id leaves:
// 14 for 1e5 ids, 11 for 1e6, 7 for 1e7. A key's probe starts at the low bits of its mixed
// hash and goes on slot by slot (linear probing) up to an empty one. The table is 0 slots
// or a power of two at a load below three quarters, so a probe always ends, mostly within
// one cache line. A look-up reads a few neighbouring slots where Postings reads a
// directory, a key, an offset and a list: on a large table each of those misses the cache.
// Ids put under one key are met in the order they were put. Keys are not stored: a caller
// checks what an id stands for (two keys may share a tag, and the tag is short).
type Slots struct {
	S      []uint32
	idBits uint // bits of id+1: ids are below 1<<idBits - 1
}

// NewSlots returns an empty table sized for n ids, every id below idLimit. It panics if
// idLimit is 1<<31 or more: a slot has no room for such ids.
func NewSlots(n, idLimit int) Slots {
	if idLimit >= 1<<31 {
		panic("index: NewSlots with 1<<31 ids or more")
	}
	s := Slots{idBits: idWidth(idLimit)}
	if n > 0 {
		s.S = make([]uint32, 1<<bits.Len(uint(n+n/3)))
	}
	return s
}

// idWidth is the number of bits id+1 takes for every id below idLimit.
func idWidth(idLimit int) uint { return uint(bits.Len(uint(max(idLimit, 1)))) }

// Mix spreads a hash over 64 bits (the splitmix64 finalizer): FNV-1a's low bits, which
// pick a slot, depend on the low bits of the input bytes only.
func Mix(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	return h ^ h>>31
}

// tag returns the tag bits of mixed hash m, in place in a slot (the id and mark bits 0).
func (s *Slots) tag(m uint64) uint32 {
	return uint32(m>>32) &^ (1<<(s.idBits+1) - 1)
}

// Put adds id, with its mark, under hash h. The table must have been sized by NewSlots for
// every id put, and id must be below its idLimit.
func (s *Slots) Put(h uint64, id uint32, mark bool) {
	m := Mix(h)
	v := s.tag(m) | (id + 1)
	if mark {
		v |= 1 << s.idBits
	}
	mask := uint64(len(s.S) - 1)
	for i := m & mask; ; i = (i + 1) & mask {
		if s.S[i] == 0 {
			s.S[i] = v
			return
		}
	}
}

// Find returns the first id put under hash h for which is reports true, given the id and
// its mark, in the order they were put (and ids of other keys whose tag is the same).
func (s *Slots) Find(h uint64, is func(id uint32, mark bool) bool) (uint32, bool) {
	if len(s.S) == 0 {
		return 0, false
	}
	m := Mix(h)
	mask := uint64(len(s.S) - 1)
	tag, idMask, tagMask := s.tag(m), uint32(1)<<s.idBits-1, ^(uint32(1)<<(s.idBits+1) - 1)
	for i := m & mask; ; i = (i + 1) & mask {
		v := s.S[i]
		if v == 0 {
			return 0, false
		}
		if v&tagMask == tag {
			if id := v&idMask - 1; is(id, v>>s.idBits&1 != 0) {
				return id, true
			}
		}
	}
}

// Probe yields every id put under hash h with its mark, in the order they were put, and ids
// of other keys whose tag is the same.
func (s *Slots) Probe(h uint64) iter.Seq2[uint32, bool] {
	return func(yield func(uint32, bool) bool) {
		if len(s.S) == 0 {
			return
		}
		m := Mix(h)
		mask := uint64(len(s.S) - 1)
		tag, idMask, tagMask := s.tag(m), uint32(1)<<s.idBits-1, ^(uint32(1)<<(s.idBits+1) - 1)
		for i := m & mask; ; i = (i + 1) & mask {
			v := s.S[i]
			if v == 0 {
				return
			}
			if v&tagMask == tag && !yield(v&idMask-1, v>>s.idBits&1 != 0) {
				return
			}
		}
	}
}

// All yields every id in the table with its mark, in slot order.
func (s *Slots) All() iter.Seq2[uint32, bool] {
	return func(yield func(uint32, bool) bool) {
		idMask := uint32(1)<<s.idBits - 1
		for _, v := range s.S {
			if v != 0 && !yield(v&idMask-1, v>>s.idBits&1 != 0) {
				return
			}
		}
	}
}

// checkSlots verifies that s is a table Find can probe whose every id is below idLimit, and
// sets its id width from idLimit (the width is not stored).
func checkSlots(what string, s *Slots, idLimit int) error {
	s.idBits = idWidth(idLimit)
	if len(s.S) == 0 {
		return nil
	}
	if len(s.S)&(len(s.S)-1) != 0 {
		return corrupt("%s: %d slots, not a power of two", what, len(s.S))
	}
	if s.idBits >= 32 {
		return corrupt("%s: %d ids, too many for a slot", what, idLimit)
	}
	idMask := uint32(1)<<s.idBits - 1
	empty := false
	for _, v := range s.S {
		if v == 0 {
			empty = true
		} else if id := v & idMask; id == 0 || int(id-1) >= idLimit {
			return corrupt("%s: id out of range", what)
		}
	}
	if !empty {
		return corrupt("%s: no empty slot", what)
	}
	return nil
}
