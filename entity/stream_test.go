package entity

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/namecanon/namecanon/alias"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// streamNews is a fixture paragraph written for these tests: real names in several press
// spellings, sentences that end in names, initials and abbreviated titles before names.
const streamNews = "Ukrainian President Volodymyr Zelenskyy met Steve Witkoff in Miami on Sunday. " +
	"Foreign Minister Andrii Sybiha said the talks went on until late at night. " +
	"In Kyiv, Gen. Oleksandr Syrskyi briefed reporters; Rustem Umerov flew to Berlin. " +
	"U.S. President Donald Trump spoke with Vladimir Putin, the Kremlin said.\n" +
	"Mark Rutte and Ursula von der Leyen welcomed the plan in Brussels. " +
	"Zelenskiy later thanked Witkoff's team and left for Kiev!\n"

// streamFind runs findReader over text with pieces of size bytes and returns the mentions
// and the cuts it made.
func streamFind(t testing.TB, r *Resolver, text string, size int) ([]Mention, []int) {
	t.Helper()
	var cuts []int
	var got []Mention
	for m, err := range findReader(context.Background(), strings.NewReader(text), r.NewFinder(), size, func(at int, clean bool) {
		cuts = append(cuts, at)
	}) {
		require.NoError(t, err)
		got = append(got, m)
	}
	return got, cuts
}

// mentionTexts lists the mentions as "start:text id".
func mentionTexts(ms []Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, itoa(m.Start)+":"+m.Text+" "+m.Match.Entity.ID)
	}
	return out
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return string(b[i:])
}

func TestFindReaderFitsIsFind(t *testing.T) {
	r := Default()
	got, cuts := streamFind(t, r, streamNews, streamChunk)
	assert.Empty(t, cuts, "text shorter than a piece is not cut")
	assert.Equal(t, mentionTexts(r.Find(streamNews)), mentionTexts(got))
}

// TestFindReaderSmallPieces: with pieces far smaller than the text, every cut falls at the
// end of a sentence and the mentions are those of Find over the whole text, with offsets into
// it.
func TestFindReaderSmallPieces(t *testing.T) {
	r := Default()
	text := strings.Repeat(streamNews, 8)
	want := mentionTexts(r.Find(text))
	for _, size := range []int{160, 300, 1000} {
		got, cuts := streamFind(t, r, text, size)
		require.NotEmpty(t, cuts)
		for _, c := range cuts {
			before := strings.TrimRight(text[:c], " ")
			last, _ := utf8.DecodeLastRuneInString(before)
			assert.Contains(t, ".!?\n", string(last), "size %d: cut at %d after %q", size, c, text[max(0, c-20):c])
		}
		assert.Equal(t, want, mentionTexts(got), "size %d", size)
	}
}

// TestFindReaderNoLineBreaks: a long text without a single line break is cut between
// sentences, never inside a name (the defect was "Volodymyr Zelens").
func TestFindReaderNoLineBreaks(t *testing.T) {
	r := Default()
	sentence := "Talks between Volodymyr Zelenskyy and Steve Witkoff resumed in Miami. "
	text := strings.Repeat(sentence, 3000) // 210 kB, pieces of 4 KiB
	got, _ := streamFind(t, r, text, 4<<10)
	require.Equal(t, 3*3000, len(got))
	for i, m := range got {
		want := []string{"Volodymyr Zelenskyy", "Steve Witkoff", "Miami"}[i%3]
		if !assert.Equal(t, want, m.Text, "mention %d at %d", i, m.Start) {
			break
		}
		assert.Equal(t, m.Text, text[m.Start:m.End])
	}
}

// TestFindReaderNameRun: text with no punctuation and no lower-case word at all can only be
// cut at a space; the finder reads past the cut, so no mention is split.
func TestFindReaderNameRun(t *testing.T) {
	r := Default()
	text := strings.Repeat("Volodymyr Zelenskyy Andrii Sybiha ", 400)
	got, cuts := streamFind(t, r, text, 1<<10)
	require.NotEmpty(t, cuts)
	require.NotEmpty(t, got)
	for _, m := range got {
		assert.Contains(t, []string{"Volodymyr Zelenskyy", "Andrii Sybiha"}, m.Text, "at %d", m.Start)
		assert.Equal(t, m.Text, text[m.Start:m.End])
	}
	for _, c := range cuts {
		for _, m := range got {
			assert.False(t, m.Start < c && c < m.End, "cut %d inside %q at %d", c, m.Text, m.Start)
		}
	}
}

// TestFindReaderInvalidUTF8: more than a piece of continuation bytes with no line break (the
// input that made examples/mentions loop forever) is read through, and a name after it keeps
// its offset.
func TestFindReaderInvalidUTF8(t *testing.T) {
	r := Default()
	tests := []struct {
		name string
		junk []byte
	}{
		{"continuation bytes", bytes.Repeat([]byte{0x80}, 3<<10+1)},
		{"NUL bytes", make([]byte, 3<<10+1)},
		{"truncated sequences", bytes.Repeat([]byte{0xE2, 0x82}, 2<<10)},
		{"bytes never in UTF-8", bytes.Repeat([]byte{0xFF, 0xC0}, 2<<10)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := string(tt.junk) + " Kyiv and Moscow " + string(tt.junk) + "Mark Rutte"
			got, cuts := streamFind(t, r, text, 1<<10)
			assert.NotEmpty(t, cuts)
			want := []string{
				itoa(len(tt.junk)+1) + ":Kyiv Q1899",
				itoa(len(tt.junk)+10) + ":Moscow Q649",
				itoa(len(text)-len("Mark Rutte")) + ":Mark Rutte Q57792",
			}
			assert.Equal(t, want, mentionTexts(got))
		})
	}
}

// TestFindReaderEndlessWord: a word longer than a piece is cut between two characters; what
// is found on either side of the cut is inside the input.
func TestFindReaderEndlessWord(t *testing.T) {
	r := Default()
	text := "Kyiv " + strings.Repeat("я", 3000) + " Moscow"
	got, cuts := streamFind(t, r, text, 1<<10)
	assert.NotEmpty(t, cuts)
	for _, c := range cuts {
		assert.True(t, utf8.RuneStart(text[c]), "cut %d inside a character", c)
	}
	assert.Equal(t, []string{"0:Kyiv Q1899", itoa(len(text)-6) + ":Moscow Q649"}, mentionTexts(got))
}

// TestFindReaderErrors: a read error ends the sequence with that error after the mentions
// read before it; a cancelled context ends it with the context's error; breaking out of the
// loop stops the reading.
func TestFindReaderErrors(t *testing.T) {
	r := Default()
	boom := errors.New("disk on fire")
	t.Run("read error", func(t *testing.T) {
		rd := io.MultiReader(strings.NewReader(strings.Repeat(streamNews, 4)), iotest.ErrReader(boom))
		var n int
		var last error
		for _, err := range findReader(context.Background(), rd, r.NewFinder(), 512, nil) {
			if err != nil {
				last = err
				continue
			}
			n++
		}
		assert.ErrorIs(t, last, boom)
		assert.Positive(t, n, "the mentions read before the error are reported")
	})
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		var errs []error
		for _, err := range r.FindReader(ctx, strings.NewReader(streamNews)) {
			errs = append(errs, err)
		}
		require.Len(t, errs, 1)
		assert.ErrorIs(t, errs[0], context.Canceled)
	})
	t.Run("break", func(t *testing.T) {
		cr := &countReader{r: strings.NewReader(strings.Repeat(streamNews, 100))}
		for range findReader(context.Background(), cr, r.NewFinder(), 512, nil) {
			break
		}
		// One buffer: its 512 bytes and the byte that shows whether the input ends there.
		assert.LessOrEqual(t, cr.n, 513, "reading stopped with the loop")
	})
	t.Run("reader that returns nothing", func(t *testing.T) {
		var last error
		for _, err := range r.FindReader(context.Background(), emptyReader{}) {
			last = err
		}
		assert.ErrorIs(t, last, io.ErrNoProgress)
	})
}

type countReader struct {
	r io.Reader
	n int
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

type emptyReader struct{}

func (emptyReader) Read([]byte) (int, error) { return 0, nil }

// TestCutAt: each kind of cut, on real text; | marks the cut.
func TestCutAt(t *testing.T) {
	tests := []struct {
		name string
		text string // with | where the cut is
		want cutKind
	}{
		{"after a line break", "met Volodymyr Zelenskyy\n|Then", cutSentence},
		{"after a sentence's full stop", "met Volodymyr Zelenskyy.| Then", cutSentence},
		{"after a question mark", "Is it Kyiv?| Yes", cutSentence},
		{"after an ideographic full stop", "习近平在北京。|普京", cutSentence},
		{"not after an initial", "said V.| Zelensky", cutNone},
		{"not after an abbreviated title", "said Gen.| Syrskyi", cutNone},
		{"not after the last dot of an acronym", "the U.S.| President", cutNone},
		{"between two lower-case words", "talks went |on late", cutQuiet},
		{"not before a word that may go on unread", "talks went |on", cutSpace},
		{"a space before a name particle", "Ursula |von der Leyen", cutSpace},
		{"a space before a particle", "leader of |the Kremlin", cutSpace},
		{"not between two spaces", "said | Kyiv", cutNone},
		{"not after a hyphenated syllable", "Ban Ki-moon |said", cutSpace},
		{"inside a run of names", "Volodymyr |Zelenskyy", cutSpace},
		{"after a comma", "Kharkiv,| Ukraine", cutBreak},
		{"after a closing quote", "“Kyiv”| said", cutBreak},
		{"after an invalid byte", "Kyiv\x80|Moscow", cutBreak},
		{"not inside a word", "Zelen|skyy", cutNone},
		{"not after a hyphen", "Putin-|Witkoff", cutNone},
		{"not after an apostrophe", "O’|Brien", cutNone},
		{"not between CR and LF", "Kyiv\r|\nMoscow", cutNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := strings.Index(tt.text, "|")
			b := []byte(tt.text[:p] + tt.text[p+1:])
			c, size := utf8.DecodeLastRune(b[:p])
			if tt.text[p-1] == 0x80 {
				c, size = utf8.RuneError, 1
			}
			assert.Equal(t, tt.want, cutAt(b, p, c, size))
		})
	}
}

func TestBoundary(t *testing.T) {
	b := []byte("a€\x80\x80б")
	want := []bool{true, true, false, false, true, true, true, false, true}
	for p := range len(b) + 1 {
		assert.Equal(t, want[p], boundary(b, p), "at %d", p)
	}
	assert.Equal(t, 3, runeEnd([]byte("abc\xE2\x82")), "an incomplete € at the end waits for its rest")
	assert.Equal(t, 5, runeEnd([]byte("abc\x80\x80")), "continuation bytes alone are complete (invalid) runes")
}

// FuzzFindReader checks the streaming finder on any input and any small piece size: it ends;
// every mention lies inside the input, reads text[Start:End], comes in order and overlaps no
// other; no mention crosses a cut, and a clean cut splits no word; and input that fits in one
// piece gives the mentions of Find.
func FuzzFindReader(f *testing.F) {
	// An input exactly as long as the buffer (size 56 reads 72 bytes) is read whole, never cut:
	// cutting it inside this run-together word made "CyByhAa" a name that Find does not see.
	f.Add("A00000000000aAncrYY0000000aAolodYmYr0000000000aAaAaa0aCyByhAaCcyvaAaa000", uint16(56))
	for _, s := range []string{
		streamNews,
		"Volodymyr Zelenskyy Andrii Sybiha Volodymyr Zelenskyy Andrii Sybiha Kyiv Moscow",
		"\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80 Kyiv",
		"said V. Zelensky. Gen. Syrskyi, U.S. President Donald Trump; talks went on\r\nKiev",
		"Сибіга зустрівся з Віткоффом у Маямі. 习近平在北京会见了普京。",
	} {
		f.Add(s, uint16(0))
		f.Add(s, uint16(40))
	}
	r := Default()
	f.Fuzz(func(t *testing.T, text string, size uint16) {
		n := 16 + int(size)%512
		type cut struct {
			at    int
			clean bool
		}
		var cuts []cut
		var got []Mention
		for m, err := range findReader(context.Background(), strings.NewReader(text), r.NewFinder(), n, func(at int, clean bool) {
			cuts = append(cuts, cut{at, clean})
		}) {
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			got = append(got, m)
		}
		end := 0
		for _, m := range got {
			if m.Start < end || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("mention %q [%d,%d) out of order or outside the input of %d bytes", m.Text, m.Start, m.End, len(text))
			}
			if text[m.Start:m.End] != m.Text {
				t.Fatalf("mention %q at [%d,%d) reads %q", m.Text, m.Start, m.End, text[m.Start:m.End])
			}
			end = m.End
			for _, c := range cuts {
				if m.Start < c.at && c.at < m.End {
					t.Fatalf("mention %q [%d,%d) crosses the cut at %d", m.Text, m.Start, m.End, c.at)
				}
			}
		}
		for _, c := range cuts {
			if c.clean && c.at > 0 && c.at < len(text) {
				a, sa := utf8.DecodeLastRuneInString(text[:c.at])
				b, sb := utf8.DecodeRuneInString(text[c.at:])
				if isWordRune(a, sa) && isWordRune(b, sb) {
					t.Fatalf("clean cut at %d inside a word: %q|%q", c.at, text[max(0, c.at-10):c.at], text[c.at:min(len(text), c.at+10)])
				}
			}
		}
		if len(text) <= n {
			want := mentionTexts(r.Find(text))
			if g := mentionTexts(got); strings.Join(g, "\n") != strings.Join(want, "\n") {
				t.Fatalf("input that fits: got %q, Find gives %q", g, want)
			}
		}
	})
}

// benchStreamText is about 1 MiB of news-like paragraphs: the development corpus of
// testdata/news without its markup, repeated.
var benchStreamText = sync.OnceValue(func() string {
	b, err := os.ReadFile("testdata/news/dev.txt")
	if err != nil {
		panic(err)
	}
	markup := regexp.MustCompile(`\[\[([^|\]]*)\|[^\]]*\]\]`)
	var paras []string
	for line := range strings.Lines(string(b)) {
		if !strings.HasPrefix(line, "#") && strings.TrimSpace(line) != "" {
			paras = append(paras, markup.ReplaceAllString(line, "$1"))
		}
	}
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, p := range paras {
			sb.WriteString(p)
		}
	}
	return sb.String()
})

// wordScan is the baseline of the streaming benchmark: it reads the text once and counts
// its words, as Find's scanner splits them, and does nothing else.
func wordScan(rd io.Reader) int {
	br := bufio.NewReaderSize(rd, streamChunk)
	n, in := 0, false
	for {
		c, size, err := br.ReadRune()
		if err != nil {
			return n
		}
		w := isWordRune(c, size)
		if w && !in {
			n++
		}
		in = w
	}
}

// BenchmarkFindReader measures the streaming finder on about 1 MiB of news (with its line
// breaks, and with none), and on invalid UTF-8, next to Find over the same text in one piece
// and a plain scan of its words, in MB/s.
func BenchmarkFindReader(b *testing.B) {
	r := Default()
	r.Find("Kyiv") // build the index and lexicon outside the loop
	news := benchStreamText()
	for _, in := range []struct{ class, text string }{
		{"news", news},
		{"no-breaks", strings.ReplaceAll(news, "\n", " ")},
		{"invalid-utf8", strings.Repeat("\x80", len(news))},
	} {
		b.Run(in.class, func(b *testing.B) {
			b.Run("stream", func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(in.text)))
				for b.Loop() {
					for _, err := range r.FindReader(context.Background(), strings.NewReader(in.text)) {
						if err != nil {
							b.Fatal(err)
						}
					}
				}
			})
			b.Run("find", func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(in.text)))
				for b.Loop() {
					r.NewFinder().Find(in.text)
				}
			})
			b.Run("words", func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(in.text)))
				for b.Loop() {
					wordScan(strings.NewReader(in.text))
				}
			})
		})
	}
}

// TestFindReaderOptions: the Finder's options apply to the stream as to Find.
func TestFindReaderOptions(t *testing.T) {
	r := Default()
	tests := []struct {
		name string
		opts []FindOption
	}{
		{"unknown names too", []FindOption{WithUnknown(true)}},
		{"people only", []FindOption{WithFindKinds(alias.Person)}},
		{"a higher threshold", []FindOption{WithFindThreshold(0.98)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := mentionTexts(r.NewFinder(tt.opts...).Find(streamNews))
			var got []Mention
			for m, err := range r.FindReader(context.Background(), strings.NewReader(streamNews), tt.opts...) {
				require.NoError(t, err)
				got = append(got, m)
			}
			assert.Equal(t, want, mentionTexts(got))
			assert.NotEqual(t, mentionTexts(r.Find(streamNews)), want, "the option changes what is found")
		})
	}
}
