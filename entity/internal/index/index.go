package index

import (
	"cmp"
	"math/bits"
	"runtime"
	"slices"
	"sync"
	"unsafe"
)

// Strings is a table of interned strings: string i is Arena[Off[i]:Off[i+1]].
type Strings struct {
	Arena []byte
	Off   []uint32 // len = count + 1; Off[0] == 0
}

// Len returns the number of strings.
func (s *Strings) Len() int { return max(len(s.Off)-1, 0) }

// At returns string i without copying: the arena never changes once built, so the string
// may point into it.
func (s *Strings) At(i uint32) string {
	a, b := s.Off[i], s.Off[i+1]
	if a == b {
		return ""
	}
	return unsafe.String(&s.Arena[a], int(b-a))
}

// Interner builds a Strings table, giving equal strings one id.
type Interner struct {
	s   Strings
	ids map[string]uint32
}

// NewInterner returns an empty Interner.
func NewInterner() *Interner {
	return &Interner{s: Strings{Off: []uint32{0}}, ids: map[string]uint32{}}
}

// Intern returns the id of s, adding it if new.
func (in *Interner) Intern(s string) uint32 {
	if id, ok := in.ids[s]; ok {
		return id
	}
	id := uint32(in.s.Len())
	in.s.Arena = append(in.s.Arena, s...)
	in.s.Off = append(in.s.Off, uint32(len(in.s.Arena)))
	in.ids[s] = id
	return id
}

// Len returns the number of strings interned so far.
func (in *Interner) Len() int { return in.s.Len() }

// Grow makes room for n more strings, so that interning them does not grow the map step by
// step (the arena grows as it fills: room left in it would outlive the Interner).
func (in *Interner) Grow(n int) {
	ids := make(map[string]uint32, len(in.ids)+n)
	for s, id := range in.ids {
		ids[s] = id
	}
	in.ids = ids
}

// Strings returns the table built so far, trimmed to size. The Interner must not be used
// after.
func (in *Interner) Strings() Strings {
	in.ids = nil
	return Strings{Arena: slices.Clip(in.s.Arena), Off: slices.Clip(in.s.Off)}
}

// Lists is a list of uint32 per row, flat: row i is Vals[Off[i]:Off[i+1]].
type Lists struct {
	Off  []uint32 // len = rows + 1
	Vals []uint32
}

// Len returns the number of rows.
func (l *Lists) Len() int { return max(len(l.Off)-1, 0) }

// Row returns row i. The caller must not change it.
func (l *Lists) Row(i uint32) []uint32 { return l.Vals[l.Off[i]:l.Off[i+1]:l.Off[i+1]] }

// Append adds a row holding vals.
func (l *Lists) Append(vals ...uint32) {
	if len(l.Off) == 0 {
		l.Off = append(l.Off, 0)
	}
	l.Vals = append(l.Vals, vals...)
	l.Off = append(l.Off, uint32(len(l.Vals)))
}

// Postings maps a term, given by its 64-bit hash, to a sorted list of ids. Terms are not
// stored: two terms whose hashes collide share a list, which only adds candidates that the
// scorer then rejects. Keys is sorted and unique; the list of Keys[i] is Vals[Off[i]:Off[i+1]].
type Postings struct {
	Keys []uint64
	Off  []uint32 // len = len(Keys) + 1
	Vals []uint32

	// dir[t] is the first of Keys whose top bits are t or more (a radix directory made by
	// Index, not stored): a term is found among the few keys of its bucket, side by side
	// in one or two cache lines, not by a binary search that misses the cache twenty times
	// in a large table.
	dir   []uint32
	shift uint
}

// dirBucket is the most keys a bucket of the directory holds on average (4 to 8): one
// entry of 4 bytes for every 4 to 8 keys of 8 bytes keeps the directory at a sixteenth to
// an eighth of the keys' size, and a bucket within a cache line or two, scanned in order up
// to the first key not below the hash.
const dirBucket = 8

// Index makes the lookup directory of p. NewPostings and Decode call it.
func (p *Postings) Index() {
	b := bits.Len(uint(len(p.Keys) / dirBucket))
	p.shift = uint(64 - b)
	p.dir = make([]uint32, 1<<b+1)
	k := 0
	for t := range p.dir {
		for k < len(p.Keys) && (b == 0 || p.Keys[k]>>p.shift < uint64(t)) {
			k++
		}
		p.dir[t] = uint32(k)
	}
	if b == 0 {
		p.dir[0], p.dir[1] = 0, uint32(len(p.Keys))
	}
}

// Get returns the ids of the term with hash h, sorted, or nil. The caller must not change
// the list.
func (p *Postings) Get(h uint64) []uint32 {
	if len(p.Keys) == 0 {
		return nil
	}
	t := 0
	if p.shift < 64 {
		t = int(h >> p.shift)
	}
	for i := p.dir[t]; i < p.dir[t+1]; i++ {
		if k := p.Keys[i]; k >= h {
			if k == h {
				return p.Vals[p.Off[i]:p.Off[i+1]:p.Off[i+1]]
			}
			break // sorted: h is not there
		}
	}
	return nil
}

// Pair is one posting while building: term hash and id.
type Pair struct {
	Key uint64
	Val uint32
}

// NewPostings builds Postings from the pairs of every part. Duplicate pairs count once. It
// takes the parts over: it sets each to nil once read, so that their memory can go while it
// sorts.
//
// The pairs are sorted by a radix partition on the top bits of their hash, one bucket of a
// few dozen pairs for each, each part scattered by its own goroutine; the buckets are then
// sorted by the cores in turn. Hashes are uniform, so the buckets stay small whatever the
// table: time linear in the pairs, where a comparison sort of millions of them is not.
func NewPostings(parts ...[]Pair) Postings {
	total := 0
	for _, part := range parts {
		total += len(part)
	}
	var p Postings
	if total == 0 {
		p.Off = []uint32{0}
		p.Index()
		return p
	}
	b := min(max(bits.Len(uint(total))-5, 0), 20) // about 16 to 32 pairs a bucket
	shift := uint(64 - b)
	bucket := func(k uint64) int {
		if b == 0 {
			return 0
		}
		return int(k >> shift)
	}
	// counts[i][t]: pairs of part i in bucket t.
	counts := make([][]uint32, len(parts))
	parallel(len(parts), func(i int) {
		c := make([]uint32, 1<<b)
		for _, x := range parts[i] {
			c[bucket(x.Key)]++
		}
		counts[i] = c
	})
	// starts[t]: the first slot of bucket t; cursors[i][t]: where part i writes in it.
	starts := make([]uint32, 1<<b+1)
	for t := range 1 << b {
		n := starts[t]
		for i := range parts {
			c := counts[i][t]
			counts[i][t] = n
			n += c
		}
		starts[t+1] = n
	}
	sorted := make([]Pair, total)
	parallel(len(parts), func(i int) {
		cur := counts[i]
		for _, x := range parts[i] {
			t := bucket(x.Key)
			sorted[cur[t]] = x
			cur[t]++
		}
		parts[i] = nil
	})
	counts = nil
	// Each worker sorts a range of buckets and counts its distinct keys and pairs; a key
	// lies in one bucket, so the ranges are then written out side by side, each from the
	// first slot the counts before it leave, with no list growing as it fills.
	workers := runtime.GOMAXPROCS(0)
	nkeys, nvals := make([]int, workers+1), make([]int, workers+1)
	span := func(w int) []Pair {
		return sorted[starts[(1<<b)*w/workers]:starts[(1<<b)*(w+1)/workers]]
	}
	parallel(workers, func(w int) {
		lo, hi := (1<<b)*w/workers, (1<<b)*(w+1)/workers
		for t := lo; t < hi; t++ {
			sortPairs(sorted[starts[t]:starts[t+1]])
		}
		s := span(w)
		for i, x := range s {
			if i == 0 || x.Key != s[i-1].Key {
				nkeys[w+1]++
			}
			if i == 0 || x != s[i-1] {
				nvals[w+1]++
			}
		}
	})
	for w := range workers {
		nkeys[w+1] += nkeys[w]
		nvals[w+1] += nvals[w]
	}
	p.Keys = make([]uint64, nkeys[workers])
	p.Off = make([]uint32, nkeys[workers]+1)
	p.Vals = make([]uint32, nvals[workers])
	parallel(workers, func(w int) {
		s := span(w)
		k, v := nkeys[w], nvals[w]
		for i, x := range s {
			if i > 0 && x == s[i-1] {
				continue
			}
			if i == 0 || x.Key != s[i-1].Key {
				p.Keys[k] = x.Key
				p.Off[k] = uint32(v)
				k++
			}
			p.Vals[v] = x.Val
			v++
		}
	})
	p.Off[len(p.Keys)] = uint32(len(p.Vals))
	p.Index()
	return p
}

// sortPairs sorts a bucket by key, then id: by insertion when it is small, as it nearly
// always is.
func sortPairs(s []Pair) {
	if len(s) > 64 {
		slices.SortFunc(s, func(a, b Pair) int {
			if c := cmp.Compare(a.Key, b.Key); c != 0 {
				return c
			}
			return cmp.Compare(a.Val, b.Val)
		})
		return
	}
	for i := 1; i < len(s); i++ {
		x := s[i]
		j := i
		for ; j > 0 && (s[j-1].Key > x.Key || s[j-1].Key == x.Key && s[j-1].Val > x.Val); j-- {
			s[j] = s[j-1]
		}
		s[j] = x
	}
}

// parallel runs f(0) … f(n-1), each on its own goroutine, and waits for them.
func parallel(n int, f func(i int)) {
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(i)
		}()
	}
	wg.Wait()
}

// Hash returns the 64-bit FNV-1a hash of a term of the given kind: the kind byte, then s.
// It is part of the snapshot format and must never change.
func Hash(kind byte, s string) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	h ^= uint64(kind)
	h *= prime
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime
	}
	return h
}

// HashSkip returns Hash(kind, s[:i]+s[i+1:]) without building the string.
func HashSkip(kind byte, s string, i int) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	h ^= uint64(kind)
	h *= prime
	for j := 0; j < len(s); j++ {
		if j == i {
			continue
		}
		h ^= uint64(s[j])
		h *= prime
	}
	return h
}

// Index is the compact index of a resolver's table: the vocabulary of distinct name words,
// the names as lists of word ids, and the postings that lead from a mention's terms to
// candidate words and names. Package entity fills it and says what the flags and term kinds
// mean; this package stores, checks and encodes it. An Index never changes once built.
type Index struct {
	Strings Strings // every interned string: word texts, word keys, joined keys

	// Words: the vocabulary. Word w has the text Strings.At(WordText[w]), the keys
	// WordKeys.Row(w) (string ids) and the flags WordFlags[w].
	WordText  []uint32
	WordKeys  Lists
	WordFlags []uint16

	// Names: every table name and alias. Name n belongs to entity NameEntity[n] and is its
	// canonical name (NameAlias[n] == 0) or alias NameAlias[n]-1. NameSeq.Row(n) holds the
	// ids of its k words and then k-1 string ids of its neighbouring words' joined keys.
	NameEntity []uint32
	NameAlias  []uint16
	NameFlags  []uint8
	NameSeq    Lists

	WordNames Lists    // word id → the sorted ids of the names that hold it
	WordTerms Postings // term → word ids
	NameTerms Postings // term → name ids

	// Exact holds every name by the hash of its text as written (trimmed), marked when the
	// exact fast path may answer it (package entity fills it and says which names qualify).
	Exact Slots
}

// NameWords returns the word ids of name n and the string ids of its joined keys.
func (x *Index) NameWords(n uint32) (words, joined []uint32) {
	row := x.NameSeq.Row(n)
	k := (len(row) + 1) / 2
	return row[:k], row[k:]
}
