package lineread

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readAll returns every line and the error that ended the reading.
func readAll(r *Reader) ([]string, error) {
	var lines []string
	for {
		line, err := r.Next()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return lines, nil
			}
			return lines, err
		}
		lines = append(lines, string(line))
	}
}

func TestNext(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  int
		want []string
	}{
		{name: "LF ends a line", in: "Kyiv\nMoscow\n", max: 64, want: []string{"Kyiv", "Moscow"}},
		{name: "CRLF reads like LF", in: "Kyiv\r\nMoscow\r\n", max: 64, want: []string{"Kyiv", "Moscow"}},
		{name: "last line needs no terminator", in: "Kyiv\nMoscow", max: 64, want: []string{"Kyiv", "Moscow"}},
		{name: "blank lines are lines", in: "Kyiv\n\n\nMiami\n", max: 64, want: []string{"Kyiv", "", "", "Miami"}},
		{name: "lone CR stays in the line", in: "Ky\riv\n", max: 64, want: []string{"Ky\riv"}},
		{name: "empty input has no lines", in: "", max: 64, want: nil},
		{name: "a line of exactly max bytes fits", in: "Sybiha\n", max: 6, want: []string{"Sybiha"}},
		{name: "CRLF does not count toward max", in: "Sybiha\r\n", max: 6, want: []string{"Sybiha"}},
		{name: "lines longer than the bufio buffer are joined", in: strings.Repeat("Київ", 3000) + "\nKyiv\n", max: 1 << 20,
			want: []string{strings.Repeat("Київ", 3000), "Kyiv"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readAll(New(strings.NewReader(tt.in), tt.max))
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestTooLong(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		max      int
		wantLine int
		wantOK   []string
	}{
		{name: "one byte over max fails", in: "Kyiv\nSybiha\n", max: 5, wantLine: 2, wantOK: []string{"Kyiv"}},
		{name: "unterminated last line over max fails", in: "Kyiv\nSybiha", max: 5, wantLine: 2, wantOK: []string{"Kyiv"}},
		{name: "a huge line fails without reading it all", in: "Kyiv\n" + strings.Repeat("Zelenskyy ", 100000), max: 4096, wantLine: 2, wantOK: []string{"Kyiv"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := New(strings.NewReader(tt.in), tt.max)
			got, err := readAll(r)
			assert.ErrorIs(t, err, ErrTooLong)
			assert.Equal(t, tt.wantLine, r.Line())
			assert.Equal(t, tt.wantOK, got)
			_, err = r.Next()
			assert.ErrorIs(t, err, ErrTooLong, "the error sticks")
		})
	}
}

func TestLineNumbers(t *testing.T) {
	r := New(strings.NewReader("Kyiv\r\n\nMiami"), 64)
	assert.Equal(t, 0, r.Line())
	for want := 1; want <= 3; want++ {
		_, err := r.Next()
		require.NoError(t, err)
		assert.Equal(t, want, r.Line())
	}
	_, err := r.Next()
	assert.ErrorIs(t, err, io.EOF)
	assert.Equal(t, 3, r.Line(), "EOF does not count a line")
}

func TestReadError(t *testing.T) {
	boom := errors.New("disk gone")
	r := New(io.MultiReader(strings.NewReader("Kyiv\nMos"), iotest.ErrReader(boom)), 64)
	line, err := r.Next()
	require.NoError(t, err)
	assert.Equal(t, "Kyiv", string(line))
	_, err = r.Next()
	assert.ErrorIs(t, err, boom)
	assert.Equal(t, 2, r.Line())
}

func TestOneByteReads(t *testing.T) {
	got, err := readAll(New(iotest.OneByteReader(strings.NewReader("Kyiv\r\nKyjiw\n")), 5))
	require.NoError(t, err)
	assert.Equal(t, []string{"Kyiv", "Kyjiw"}, got)
}

func BenchmarkNext(b *testing.B) {
	in := strings.Repeat("Q7747\tperson\tVladimir Putin\t\n", 1000)
	b.ReportAllocs()
	for b.Loop() {
		r := New(strings.NewReader(in), 1<<20)
		for {
			if _, err := r.Next(); err != nil {
				break
			}
		}
	}
}
