// Package index is the compact candidate index of an entity.Resolver and its snapshot codec.
// It stores; package entity decides what goes in (which terms, which flags) and scores the
// candidates it gets back. Nothing here knows a name rule.
//
// # Design
//
// A table of 1e6 names holds far fewer distinct words (given names and surnames repeat), so
// the index has two levels:
//
//   - the vocabulary: every distinct parsed word once (its folded text, its keys under every
//     press convention, its flags), with integer ids;
//   - the names: each table name as a list of word ids (and the keys of its neighbouring
//     words written as one), in flat arrays indexed by name id.
//
// Fuzzy reach lives at the vocabulary level: a word's keys with one letter deleted
// (symmetric delete: two keys one substitution, insertion, deletion or swap apart share an
// entry) and its consonant skeletons are terms that lead to word ids; WordNames leads from a
// word to the sorted ids of the names that hold it. A name-level term table leads from the
// name folded, the joined keys, the initials of bodies and the keys of acronyms to name
// ids; the name as written leads to its ids through Exact, a hash table of one 4-byte slot
// per name or two (Slots), which also marks the names entity's exact fast path answers.
// Per name the index keeps about 11 bytes of name record, 4 bytes per word in WordNames, 4
// to 8 bytes in Exact and about 16 bytes per name term; per distinct word a few dozen terms.
//
// Terms are not stored: a term is its 64-bit FNV-1a hash (Hash, with a kind byte in front),
// kept in one sorted array with the offsets of its postings beside it, found through a radix
// directory on the top bits of the hash (a bucket of four to eight keys side by side, not a
// twenty-step binary search that misses the cache at every step). Two terms whose hashes collide share a list, which
// only adds candidates that entity then rejects or verifies; an exact or folded hit is
// checked against the name itself before it counts.
//
// There are no per-name maps and no per-name slices of strings: Strings is one byte arena
// with offsets, Lists and Postings are offsets into one flat array each, all uint32.
//
// # Bounds
//
// The index leads a mention to a name when some word of the mention and some word of the
// name share a key (any convention, or a de-inflected variant of the mention's last word)
// up to one deletion on each side, or a consonant skeleton of three letters or more (two
// when the mention is one word), or when a mention word is up to one deletion from the key
// of two neighbouring name words written as one. Beyond that bound the scorer alone could
// still accept a pair, and the index does not find it: two keys two or more edits apart
// with different skeletons (Sheryovic and Zhehyovic), a mention of bare initials against a
// person (N.A.T.O. and Natalia Tanaka), a cognate given name alone. entity's
// TestIndexAgreesWithBruteForce measures this against scoring every table name, and
// TestIndexBound pins the bound both ways.
//
// Of the names it leads to, entity scores first those met by the most mention words, each
// by a word of the name's own (a largest matching of mention words to name words: the
// scorer aligns them one to one), the first tier, and the others only when the first tier
// gives no match. Of a name that misses
// a mention word the index leads elsewhere, entity scores only one whose unmet significant
// words are none, or one of them shares a cognate group or a key's first letter with a
// mention word (or the mention has an initial); the others would keep a word on each side
// and are counted, not scored (entity's restMay, TestRestMay).
//
// # Snapshot format, version 4
//
// All integers are little-endian. A snapshot is:
//
//	magic    8 bytes  "NCSNAP\r\n"
//	version  uint32   4
//	flags    uint32   0 (any other value is refused)
//	length   uint64   bytes of the body
//	body     length bytes: the sections below, in order
//	checksum uint32   CRC-32C (Castagnoli) of every byte before it
//
// The body is a sequence of fields. A number is a uint64 (a float64 as its IEEE 754 bits);
// an array is a uint64 element count followed by the elements (bytes, uint16, uint32 or
// uint64); a string table is a byte array (the arena) then a uint32 array of count+1
// offsets; a list table is a uint32 array of rows+1 offsets then a uint32 array of values;
// postings are a uint64 array of sorted hashes, a uint32 array of offsets and a uint32 array
// of ids. The fields are, in order:
//
//	threshold, margin (float64), alternatives (int64), kinds (string table),
//	fingerprint (uint64: the name rules the index was built with),
//	table strings (string table), table fields (list table: id, kind, name, aliases… per entity),
//	table weak aliases (list table), table attributes (list table: key, value… per entity),
//	index strings (string table), word texts (uint32), word keys (list table),
//	word flags (uint16), name entities (uint32), name aliases (uint16), name flags (bytes),
//	name words (list table: word ids, then joined-key string ids),
//	word names (list table), word terms (postings), name terms (postings),
//	loose terms (postings: names by the hash of their loose skeleton),
//	exact names (uint32 array: the slots of Slots, every name by the hash of its text as
//	written; the width of an id in a slot is that of the number of names, not stored).
//
// Version 1 had no weak aliases, attributes or loose terms: a table with weak aliases
// could not be saved whole. Version 2 had no fast names: its reader found a name as written
// through the name terms. Version 3 kept the names as written among the name terms too,
// and the fast names alone in 8-byte slots. Files of versions 1 to 3 are refused
// (ErrVersion).
//
// Encode writes the sections as they lie in memory (on a little-endian machine; element by
// element on another), after a first pass that sizes the body for the header: no copy of the
// file is made. DecodeReader reads them the same way, each array straight into its own
// slice, in one pass; the length in the header is checked against the size of the input
// before any array is made, so a count can never ask for memory the input does not back.
// It checks, before it returns anything, the magic, the version, the length, the checksum
// (read at the end; when a section fails, the rest of the body is still read so that a
// changed byte is reported as a checksum mismatch), then every invariant a query relies on:
// offsets start at 0, never go down and end at their array's length; every id is below the
// count it indexes; hashes are sorted and unique; nothing is left over. A file that fails
// any check returns nil and an error wrapping ErrMagic, ErrVersion, ErrTruncated,
// ErrChecksum or ErrCorrupt: never a panic, never a half-loaded index. The version changes
// whenever the layout does; entity refuses a snapshot whose fingerprint differs from its
// own rules (ErrVersion), since keys derived under other rules would answer differently.
package index
