package entity

import (
	"context"
	"errors"
	"io"
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/namecanon/namecanon/translit"
)

// streamChunk is how many bytes of a reader the streaming finder holds at a time. It bounds
// the memory of [Finder.FindReader] whatever the size of the input.
const streamChunk = 256 << 10

// streamLook is how much text past a forced cut (see cutFor) the finder reads, so that a name
// that runs over the cut is read whole: four times the longest mention.
const streamLook = 4 * MaxMentionBytes

// cutSearch is how far before a clean cut cutFor looks for a better one (a sentence's end
// before a comma): prose has one within a few hundred bytes.
const cutSearch = 16 << 10

// maxEmptyReads is how many reads in a row may return nothing before the stream gives up
// with io.ErrNoProgress, as bufio does.
const maxEmptyReads = 100

// FindReader returns the mentions in the text that rd yields, read as the rest of the
// Finder's document: in text order, with Start and End as byte offsets into the whole input
// (from where the reading starts). It reads rd in pieces of at most 256 KiB, so memory stays
// bounded however long the input is, and reports each mention once; the sequence ends after
// the last mention, or with one (zero Mention, error) pair on a read error or when ctx is
// done. Breaking out of the loop stops the reading.
//
// Each piece is one call of [Finder.Find], and a piece is cut only where no name can run
// over the cut, in this order of preference:
//
//   - after a line break or the end of a sentence (. ! ? … 。), but not after the full stop of
//     an initial or an abbreviated title (V. Zelensky, Gen. Syrskyi);
//   - between two lower-case words that are not name particles (talks went on), which end
//     any run of name words;
//   - after other punctuation that ends a run of name words (a comma, a bracket, a quote) or
//     after bytes that are not UTF-8.
//
// Only text with none of those in 128 KiB (a run of capitalized words, or one endless word)
// is cut at a space, or, with no space either, between two characters. The finder then reads
// 1 KiB past the cut, reports the mentions (found or unknown) that start before it, and goes
// on after the last of them: a mention is never split, though a run of name words longer
// than that may be read as two.
//
// Invalid UTF-8 separates words, as in Find, and costs linear time however long it runs.
// Text that fits in one piece gives the mentions of Find.
func (f *Finder) FindReader(ctx context.Context, rd io.Reader) iter.Seq2[Mention, error] {
	return findReader(ctx, rd, f, streamChunk, nil)
}

// FindReader is [Finder.FindReader] with a new Finder: the mentions in the text of rd, one
// document, with the options opts.
func (r *Resolver) FindReader(ctx context.Context, rd io.Reader, opts ...FindOption) iter.Seq2[Mention, error] {
	return r.NewFinder(opts...).FindReader(ctx, rd)
}

// findAll is f.Find with unknown names and every kind: what a forced cut must not split.
func (f *Finder) findAll(text string) []Mention {
	cfg := f.cfg
	f.cfg = findConfig{unknown: true}
	defer func() { f.cfg = cfg }()
	return f.Find(text)
}

// findReader is FindReader with the size of a piece as a parameter, so that tests can cut
// small inputs often; onCut, if not nil, is told each cut: its offset in the input and
// whether it was clean.
func findReader(ctx context.Context, rd io.Reader, f *Finder, size int, onCut func(at int, clean bool)) iter.Seq2[Mention, error] {
	return func(yield func(Mention, error) bool) {
		err := streamPieces(ctx, rd, size, onCut, func(base int, piece string, limit int) (int, bool) {
			next := limit
			all := f.findAll(piece)
			for _, m := range all {
				if m.Start < limit {
					next = max(next, m.End)
				}
			}
			for _, m := range f.filter(all) {
				if m.Start >= limit {
					break
				}
				m.Start += base
				m.End += base
				m.Text = strings.Clone(m.Text) // the piece is not kept
				if !yield(m, nil) {
					return 0, false
				}
			}
			return next, true
		})
		if err != nil && !errors.Is(err, errStopped) {
			yield(Mention{}, err)
		}
	}
}

// errStopped ends streamPieces when its caller wants no more.
var errStopped = errors.New("stopped")

// streamPieces reads rd in buffers of size bytes and calls do with consecutive pieces of the
// input: base is the offset of the piece in the whole input, and do handles what starts
// before limit in piece, returning where in the piece the next one should start (limit or
// later, at most len(piece)) and whether to go on. A piece is cut where cutFor says; when the
// cut is clean the piece ends at it (limit == len(piece)); else the piece runs on past it so
// that do sees whole names.
func streamPieces(ctx context.Context, rd io.Reader, size int, onCut func(int, bool), do func(base int, piece string, limit int) (int, bool)) error {
	size = max(size, 16)
	// One byte more than size: a reader whose input is exactly size bytes long reports its end
	// only on the next read, and an input that fits must be read whole, never cut.
	size++
	buf := make([]byte, 0, size)
	base, eof, empty := 0, false, 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		for !eof && len(buf) < size {
			n, err := rd.Read(buf[len(buf):size])
			buf = buf[:len(buf)+n]
			switch {
			case errors.Is(err, io.EOF):
				eof = true
			case err != nil:
				return err
			case n == 0:
				if empty++; empty >= maxEmptyReads {
					return io.ErrNoProgress
				}
			default:
				empty = 0
			}
		}
		if len(buf) == 0 {
			return nil
		}
		end, limit, clean := len(buf), len(buf), true
		if !eof {
			limit, clean = cutFor(buf)
			end = limit
			if !clean {
				end = runeEnd(buf) // read past a forced cut
			}
		}
		next, more := do(base, string(buf[:end]), limit)
		if !more {
			return errStopped
		}
		if eof && next >= len(buf) {
			return nil
		}
		next = min(max(next, 1), len(buf))
		if onCut != nil {
			onCut(base+next, clean && next == limit)
		}
		base += next
		buf = buf[:copy(buf, buf[next:])]
	}
}

// runeEnd returns len(b) less an incomplete UTF-8 sequence at its end, whose rest is still to
// be read.
func runeEnd(b []byte) int {
	for k := 1; k <= utf8.UTFMax-1 && k <= len(b); k++ {
		if c := b[len(b)-k]; utf8.RuneStart(c) {
			if c >= utf8.RuneSelf && !utf8.FullRune(b[len(b)-k:]) {
				return len(b) - k
			}
			break
		}
	}
	return len(b)
}

// boundary reports whether b[:p] and b[p:] split no valid UTF-8 sequence of b.
func boundary(b []byte, p int) bool {
	if p <= 0 || p >= len(b) || !isContinuation(b[p]) {
		return true
	}
	for k := 1; k <= utf8.UTFMax-1 && p-k >= 0; k++ {
		if c := b[p-k]; !isContinuation(c) {
			_, size := utf8.DecodeRune(b[p-k:])
			return p-k+size <= p // a valid sequence that starts before p and runs over it
		}
	}
	return true
}

func isContinuation(c byte) bool { return c&0xC0 == 0x80 }

// cutKind grades a place to cut text: the higher, the fewer the ways Find could read the two
// sides differently from the whole.
type cutKind uint8

const (
	cutNone     cutKind = iota
	cutSpace            // a space inside a run of name words: only with text read past it
	cutBreak            // after punctuation that ends a run of name words, or invalid UTF-8
	cutQuiet            // between two lower-case words that end any run of name words
	cutSentence         // after a line break or the end of a sentence
)

// cutFor returns where to cut a full buffer and whether the cut is clean (no run of name
// words crosses it). It looks for the last clean cut of the best kind in the second half of
// b (no more than cutSearch bytes before the last clean cut), then for the last clean cut
// before it, and only then settles for a space, or any
// character boundary, at least streamLook bytes before the end. The scan is linear in len(b).
func cutFor(b []byte) (int, bool) {
	end := runeEnd(b)
	lo := end / 2
	look := min(streamLook, end/4)
	best, bestKind := 0, cutNone
	space := 0
	for p := end; p > 0; {
		c, size := utf8.DecodeLastRune(b[:p])
		if boundary(b, p) {
			k := cutAt(b, p, c, size)
			if k > bestKind && k > cutSpace && (p >= lo || bestKind == cutNone) {
				best, bestKind = p, k
			}
			if k == cutSpace && space == 0 && p <= end-look {
				space = p
			}
		}
		if bestKind == cutSentence || bestKind > cutSpace && (p < lo || best-p > cutSearch) {
			break
		}
		p -= size
	}
	switch {
	case bestKind > cutSpace:
		return best, true
	case space > 0:
		return space, false
	}
	p := max(end-look, 1)
	for p > 1 && !boundary(b, p) {
		p--
	}
	return p, false
}

// cutAt grades the cut between b[:p] and b[p:], where c (size bytes) is the rune before it.
func cutAt(b []byte, p int, c rune, size int) cutKind {
	next, _ := utf8.DecodeRune(b[p:])
	switch {
	case c == '\r' && next == '\n':
		return cutNone
	case c == '\n' || c == '\r' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？' || c == '؟' || c == '।':
		return cutSentence
	case c == '.':
		if w := lastWord(b[:p-1]); utf8.RuneCountInString(w) >= 2 && !abbreviated(w) {
			return cutSentence // but V. and Gen. and the last dot of U.S. are no sentence's end
		}
		return cutNone
	case isSpace(c):
		if isSpace(next) {
			return cutNone // cut after the last space
		}
		if quiet(b, p-size, p) {
			return cutQuiet
		}
		return cutSpace
	case c == utf8.RuneError && size == 1:
		return cutBreak
	case isWordRune(c, size) || isHyphen(c) || isApostrophe(c):
		return cutNone
	}
	return cutBreak // comma, bracket, quote, dash: Find ends a run of name words here
}

// isSpace reports the characters that Find reads as a space between two words of one name.
func isSpace(c rune) bool { return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' }

// lastWord returns the word runes at the end of b.
func lastWord(b []byte) string {
	i := len(b)
	for i > 0 {
		c, size := utf8.DecodeLastRune(b[:i])
		if !isWordRune(c, size) {
			break
		}
		i -= size
	}
	return string(b[i:])
}

// abbreviated reports whether a word before a full stop may be an abbreviated title or
// suffix (Gen., Jr., Mr., St.), after which Find does not end a sentence.
func abbreviated(w string) bool {
	if utf8.RuneCountInString(w) > 4 {
		return false
	}
	fw := translit.Fold(w)
	role := loadLexicon().words[fw]
	return role == roleTitle || role == roleSuffix || abbreviations[fw]
}

// quiet reports whether the space at b[s:p] lies between two lower-case words that are not
// name particles, each standing alone (white space before the first): Find ends any run of
// name words at such a word, so nothing it finds can cross the space.
func quiet(b []byte, s, p int) bool {
	left := lastWord(b[:s])
	if left == "" || !lowerWord(left) {
		return false
	}
	if before := s - len(left); before > 0 {
		if c, _ := utf8.DecodeLastRune(b[:before]); !isSpace(c) && c != '\n' {
			return false // Ki-moon, O’neil: part of a longer word
		}
	}
	i := p
	for i < len(b) {
		c, size := utf8.DecodeRune(b[i:])
		if !isWordRune(c, size) {
			break
		}
		i += size
	}
	if i == len(b) {
		return false // the word may go on in what is not read yet
	}
	return lowerWord(string(b[p:i]))
}

// lowerWord reports whether w begins with a lower-case letter and is not a name particle or
// a small word of organization names (von, al, of, the).
func lowerWord(w string) bool {
	c, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(c) {
		return false
	}
	role := loadLexicon().words[translit.Fold(w)]
	return role != roleParticle && role != roleStopword
}
