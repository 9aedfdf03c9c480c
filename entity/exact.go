package entity

import (
	"runtime"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/namecanon/namecanon/entity/internal/index"
)

// The exact fast path. A mention written exactly as a table name (Volodymyr Zelenskyy) is
// answered from one hash lookup (index.Slots: a few neighbouring slots, then the name's
// text to check), without parsing or scoring, when the slow path could only
// give that name's entity at score 1: the mention is written plainly (Latin letters, spaces
// and hyphens, no apostrophe, comma, title or lower-case description word, so the query
// parse is the table parse), every table name written so belongs to one entity, and no
// other entity has a name that the scorer would count as the same whole name (the same
// words in another order, or with particles, patronymics and initials added or dropped):
// those would make the slow path's answer ambiguous. The same words rotated or in another
// order are no rival: they score below a whole name in the mention's order (wholeMargin).
// TestExactFastPath compares both paths on every name of the default table and of a
// synthetic one.

// markFast sets nameFast on the names the fast path may answer: names with no word that
// parsing a query would treat otherwise than parsing a table name (a title, an initial, an
// abbreviation), with fewer than MaxMentionWords words, whose whole-name signature no name
// of another entity shares. The signature of a name is the sequence of its words other than
// those the scorer lets go unmatched in a whole-name match: particles and stopwords,
// numbers, patronymics, one-letter words. When another entity's name X meets the mention as
// a whole name close enough to make it ambiguous (every significant word matched by an
// equal word, in the mention's order: method folded, score 0.99), X's words outside the
// signature are the only ones left unmatched on either side, and the matched ones stand in
// the same order, so X has the mention's signature; a name whose signature is its entity's
// alone therefore has no such rival. Words are told apart by their folded text, as the
// scorer's "exact" rule does.
func (r *Resolver) markFast() {
	x := r.idx
	lx := loadLexicon()
	// Per vocabulary word: its hash in the signature (0: left out) and whether it bars the
	// fast path.
	sig := make([]uint64, len(r.words))
	bars := make([]bool, len(r.words))
	for w := range r.words {
		t := &r.words[w]
		f := t.text
		ro := lx.words[f]
		bars[w] = t.initial || t.abbrev || ro == roleTitle || ro == rolePostTitle || lx.titleFirst[f] || lx.compoundTitle(f)
		if ro == roleParticle || ro == roleStopword || isNumber(f) || isPatronymic(f) || utf8.RuneCountInString(f) <= 1 {
			continue
		}
		sig[w] = index.Mix(index.Hash('w', f)) | 1 // never 0
	}
	n := len(x.NameEntity)
	workers := runtime.GOMAXPROCS(0)
	parts := make([][]index.Pair, workers)
	var wg sync.WaitGroup
	for k := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			pairs := make([]index.Pair, 0, n/workers+1)
			for ni := k; ni < n; ni += workers {
				words, _ := x.NameWords(uint32(ni))
				var h uint64
				for _, w := range words {
					if sig[w] != 0 {
						h = index.Mix(h ^ sig[w])
					}
				}
				if h != 0 {
					pairs = append(pairs, index.Pair{Key: h, Val: uint32(ni)})
				}
			}
			parts[k] = pairs
		}()
	}
	wg.Wait()
	// The names of each signature, sorted by a radix partition on every core (NewPostings);
	// a signature whose names all belong to one entity makes them fast, bar the names with a
	// word that bars the fast path. Each worker takes a range of signatures: a name has one.
	bySig := index.NewPostings(parts...)
	parts = nil
	for k := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := len(bySig.Keys) * k / workers; i < len(bySig.Keys)*(k+1)/workers; i++ {
				names := bySig.Vals[bySig.Off[i]:bySig.Off[i+1]]
				one := true
				for _, ni := range names[1:] {
					one = one && x.NameEntity[ni] == x.NameEntity[names[0]]
				}
				if !one {
					continue
				}
				for _, ni := range names {
					words, _ := x.NameWords(ni)
					ok := len(words) < MaxMentionWords
					for _, w := range words {
						ok = ok && !bars[w]
					}
					if ok {
						x.NameFlags[ni] |= nameFast
					}
				}
			}
		}()
	}
	wg.Wait()
	// Every name by the hash of its text as written, marked when fast, in name order
	// (exactNames gives the names of a text in name order; resolveFast takes the first).
	keys := make([]uint64, n)
	for k := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ni := k; ni < n; ni += workers {
				keys[ni] = index.Hash(termExact, strings.TrimSpace(r.nameText(uint32(ni))))
			}
		}()
	}
	wg.Wait()
	x.Exact = index.NewSlots(n, n)
	for ni, k := range keys {
		x.Exact.Put(k, uint32(ni), x.NameFlags[ni]&nameFast != 0)
	}
}

// resolveFast answers Resolve for a mention written as a table name that markFast marked,
// under cfg, and reports whether it could; when it cannot, the slow path answers. Its Match
// is the slow path's, field for field.
func (r *Resolver) resolveFast(s string, cfg *config) (Match, bool) {
	if cfg.kinds != nil || cfg.threshold > 1 || !plainMention(s) {
		return Match{}, false
	}
	t := strings.TrimSpace(s)
	x := r.idx
	// Every name of this text is fast or none is (markFast: the same words give the same
	// signature), and a text that two entities bear is never fast, so the first fast name
	// of the text is the slow path's answer.
	first, found := x.Exact.Find(index.Hash(termExact, t), func(ni uint32, fast bool) bool {
		return fast && strings.TrimSpace(r.nameText(ni)) == t // not another text with the same tag
	})
	if !found {
		return Match{}, false
	}
	return Match{
		Entity: r.tbl.At(int(x.NameEntity[first])),
		Score:  1,
		Method: MethodExact,
		Explain: Explain{
			Mention: r.foldedText(first),
			Alias:   r.nameText(first),
			Rules:   []string{},
		},
	}, true
}

// foldedText returns name n folded: its words joined by spaces, as parseMention folds it.
func (r *Resolver) foldedText(n uint32) string {
	words, _ := r.idx.NameWords(n)
	if len(words) == 1 {
		return r.words[words[0]].text
	}
	// One pass into a buffer on the stack, then the one allocation of the result.
	var buf [64]byte
	b := buf[:0]
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, r.words[w].text...)
	}
	return string(b)
}

// plainMention reports whether parsing s as a query gives what parsing it as a table name
// gives, whatever its words: s is valid UTF-8 no longer than MaxMentionBytes, of Latin letters
// that romanizing and NFC leave alone, spaces and hyphens only (no apostrophe for a
// possessive or a Turkish case ending, no comma for "SURNAME, Given", no full stop, nothing
// invisible, no other script to unconfuse or romanize), it is no acronym, and every word
// starts with a capital or is a lower-case particle or stopword (so no lower-case
// description stands in front of the name). Titles are left to markFast, which bars names
// with a title word.
func plainMention(s string) bool {
	if len(s) > MaxMentionBytes || s == "" {
		return false
	}
	lx := loadLexicon()
	words, lowerAt := 0, -1
	start := true
	end := func(i int) bool {
		if lowerAt >= 0 {
			// A lower-case word: only a particle or stopword of plain ASCII (whose fold is
			// itself) is no description.
			w := s[lowerAt:i]
			for j := 0; j < len(w); j++ {
				if w[j] >= utf8.RuneSelf {
					return false
				}
			}
			if ro := lx.words[w]; ro != roleParticle && ro != roleStopword {
				return false
			}
			lowerAt = -1
		}
		return true
	}
	for i, c := range s {
		switch {
		case c == ' ' || c == '-':
			if !end(i) {
				return false
			}
			start = true
			continue
		case c < utf8.RuneSelf:
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
				return false
			}
		case !(0xC0 <= c && c <= 0x24F || 0x1E00 <= c && c <= 0x1EFF) || !unicode.IsLetter(c):
			// Latin-1 letters, Latin Extended-A and -B, Latin Extended Additional: letters
			// that NFC keeps and ToLatin leaves (× and ÷ are no letters).
			return false
		}
		if start {
			words++
			if !unicode.IsUpper(c) {
				lowerAt = i
			}
			start = false
		}
	}
	if !end(len(s)) || words == 0 {
		return false
	}
	return !isAcronym(s) // ECB, NATO: the acronym rules may meet other names
}
