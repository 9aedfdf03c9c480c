package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The JSON keys of one mention, exactly, as the package doc states them.
var mentionKeys = []string{"attributes", "end", "found", "id", "kind", "method", "name", "score", "start", "text"}

// sentence is the fixture of the stdin tests (written for them).
const sentence = "Foreign Minister Andrii Sybhia met Witkoff’s team in Miami."

// mentionsRun calls run with args and stdin and returns what it wrote.
func mentionsRun(t *testing.T, stdin string, args ...string) (string, error) {
	t.Helper()
	out, _, err := mentionsRunErr(t, stdin, args...)
	return out, err
}

// mentionsRunErr calls run with args and stdin and returns what it wrote to stdout and stderr.
func mentionsRunErr(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), err
}

// decodeLines decodes one JSON object per line of out.
func decodeLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	require.True(t, strings.HasSuffix(out, "\n"), "output must end with a line break: %q", out)
	var objs []map[string]any
	for line := range strings.Lines(out) {
		var o map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &o), "line %q", line)
		objs = append(objs, o)
	}
	return objs
}

func keys(o map[string]any) []string {
	var k []string
	for key := range o {
		k = append(k, key)
	}
	slices.Sort(k)
	return k
}

// humanLine is the line format of the package doc: offset  text  →  Name (kind, ID) score method.
var humanLine = regexp.MustCompile(`^(?:(\S+):)?(\d+)  (.+)  →  (.+) \((person|place|org|other), (\S+)\) (\d\.\d\d) (exact|folded|transliterated|phonetic|fuzzy|partial)$`)

func TestHumanOutput(t *testing.T) {
	out, err := mentionsRun(t, sentence)
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 3, "%q", out)
	want := []struct{ text, id string }{
		{"Andrii Sybhia", "person-andrii-sybiha"},
		{"Witkoff’s", "person-steve-witkoff"},
		{"Miami", "Q8652"},
	}
	for i, line := range lines {
		m := humanLine.FindStringSubmatch(line)
		if !assert.NotNil(t, m, "line %q does not have the documented form", line) {
			continue
		}
		assert.Empty(t, m[1], "no file name when reading standard input")
		assert.Equal(t, want[i].text, m[3])
		assert.Equal(t, want[i].id, m[6])
		assert.True(t, strings.HasPrefix(sentence[atoi(t, m[2]):], m[3]), "offset %s points at %q", m[2], m[3])
	}
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	require.NoError(t, err)
	return n
}

func TestJSONOutput(t *testing.T) {
	out, err := mentionsRun(t, sentence, "-json")
	require.NoError(t, err)
	objs := decodeLines(t, out)
	require.Len(t, objs, 3)
	tests := []struct {
		name, text, id, kind, method string
	}{
		{"title left out, typo resolved by edit distance", "Andrii Sybhia", "person-andrii-sybiha", "person", "fuzzy"},
		{"possessive kept in the span, surname alone", "Witkoff’s", "person-steve-witkoff", "person", "partial"},
		{"place as written", "Miami", "Q8652", "place", "exact"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := objs[i]
			assert.Equal(t, mentionKeys, keys(o), "exactly the documented keys")
			start, end := int(o["start"].(float64)), int(o["end"].(float64))
			if assert.True(t, 0 <= start && start < end && end <= len(sentence), "span [%d,%d)", start, end) {
				assert.Equal(t, sentence[start:end], o["text"], "text is input[start:end]")
			}
			assert.Equal(t, tt.text, o["text"])
			assert.Equal(t, tt.id, o["id"])
			assert.Equal(t, tt.kind, o["kind"])
			assert.Equal(t, tt.method, o["method"])
			score := o["score"].(float64)
			assert.True(t, score >= entity.DefaultThreshold && score <= 1, "score %v", score)
		})
	}
}

func TestFilesAndTables(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string // text@file:start → id, in output order
	}{
		{"a -table replaces the default table; one file, no file names",
			[]string{"-json", "-table", "testdata/ministers.tsv", "testdata/talks.txt"},
			[]string{"Dmytro Kuleba@:0 → person-dmytro-kuleba", "Annalena Baerbock@:36 → person-annalena-baerbock",
				"Kuleba@:63 → person-dmytro-kuleba", "Kiev@:88 → place-kyiv"}},
		{"the default table knows Kiev but not these ministers",
			[]string{"-json", "testdata/talks.txt"},
			[]string{"Kiev@:88 → Q1899"}},
		{"two files: each object names its file, offsets are per file",
			[]string{"-json", "testdata/talks.txt", "testdata/talks.txt"},
			[]string{"Kiev@testdata/talks.txt:88 → Q1899", "Kiev@testdata/talks.txt:88 → Q1899"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := mentionsRun(t, "", tt.args...)
			require.NoError(t, err)
			var got []string
			for _, o := range decodeLines(t, out) {
				file, _ := o["file"].(string)
				got = append(got, o["text"].(string)+"@"+file+":"+jsonInt(o["start"])+" → "+o["id"].(string))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func jsonInt(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestHumanFileNames(t *testing.T) {
	out, err := mentionsRun(t, "", "testdata/talks.txt", "testdata/talks.txt")
	require.NoError(t, err)
	for line := range strings.Lines(out) {
		m := humanLine.FindStringSubmatch(strings.TrimSuffix(line, "\n"))
		if assert.NotNil(t, m, "line %q", line) {
			assert.Equal(t, "testdata/talks.txt", m[1], "with two files each line names its file")
		}
	}
}

func TestNoMentions(t *testing.T) {
	out, err := mentionsRun(t, "nothing here names anyone.\n", "-json")
	require.NoError(t, err)
	assert.Empty(t, out, "no mentions, no lines, exit status 0")
}

func TestErrors(t *testing.T) {
	_, err := mentionsRun(t, "", "-table", "testdata/bad_kind.tsv")
	var pe *alias.ParseError
	if assert.ErrorAs(t, err, &pe, "a bad table fails with the loader's error") {
		assert.Equal(t, 5, pe.Line)
		assert.Contains(t, err.Error(), "testdata/bad_kind.tsv:5: kind:")
	}
	_, err = mentionsRun(t, "", "testdata/no_such_file.txt")
	assert.True(t, errors.Is(err, fs.ErrNotExist), "a missing input file fails: %v", err)
	_, err = mentionsRun(t, "", "-no-such-flag")
	assert.Error(t, err, "an unknown flag fails")
}

// TestUsage: -h prints the usage, naming the positional arguments, and is no error; a bad
// flag is reported once, by the flag package, and run returns errUsage (exit status 2) so
// that main does not report it again.
func TestUsage(t *testing.T) {
	out, errOut, err := mentionsRunErr(t, "", "-h")
	assert.ErrorIs(t, err, flag.ErrHelp, "main exits 0 after -h")
	assert.Empty(t, out)
	assert.Contains(t, errOut, "usage: mentions [-table FILE]...")
	assert.Contains(t, errOut, "[FILE ...]", "the positional arguments are named")
	assert.Contains(t, errOut, "standard input")
	assert.Contains(t, errOut, "-table FILE")

	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown flag", []string{"-no-such-flag"}, "flag provided but not defined: -no-such-flag"},
		{"bad boolean", []string{"-json=maybe"}, `invalid boolean value "maybe" for -json`},
		{"a table with -discover", []string{"-discover", "-table", "testdata/ministers.tsv"}, "-discover reads no table"},
		{"-unknown with -discover-out", []string{"-discover-out", "x.tsv", "-unknown"}, "-discover reads no table"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errOut, err := mentionsRunErr(t, "", tt.args...)
			assert.ErrorIs(t, err, errUsage, "main exits 2 without printing the error again")
			assert.Equal(t, 1, strings.Count(errOut, tt.want), "reported once: %q", errOut)
			assert.Contains(t, errOut, "usage: mentions")
		})
	}
}

// TestLongInput: input past a mebibyte is read whole, and a mention near its end
// keeps its offset in the whole input.
func TestLongInput(t *testing.T) {
	filler := strings.Repeat("talks went on.\n", (1<<20)/15+10)
	text := "Kyiv said no.\n" + filler + "Moscow said no.\n"
	require.Greater(t, len(text), (1 << 20))
	out, err := mentionsRun(t, text, "-json")
	require.NoError(t, err)
	objs := decodeLines(t, out)
	require.Len(t, objs, 2)
	for _, o := range objs {
		start, end := int(o["start"].(float64)), int(o["end"].(float64))
		assert.Equal(t, text[start:end], o["text"])
	}
	assert.Equal(t, "Moscow", objs[1]["text"])
	assert.Equal(t, strings.LastIndex(text, "Moscow"), int(objs[1]["start"].(float64)))
}

// TestStreamedInput: long input without a line break is cut between sentences, never inside a
// name; more than a MiB of invalid UTF-8 with no line break (which once made the command loop
// forever) is read through, and the name after it keeps its offset.
func TestStreamedInput(t *testing.T) {
	t.Run("no line breaks", func(t *testing.T) {
		sentence := "Talks between Volodymyr Zelenskyy and Steve Witkoff resumed in Miami. "
		text := strings.Repeat(sentence, 9000) // 630 kB: several pieces
		out, err := mentionsRun(t, text, "-json")
		require.NoError(t, err)
		objs := decodeLines(t, out)
		require.Equal(t, 3*9000, len(objs))
		for i, o := range objs {
			want := []string{"Volodymyr Zelenskyy", "Steve Witkoff", "Miami"}[i%3]
			if !assert.Equal(t, want, o["text"], "mention %d", i) {
				break
			}
		}
	})
	t.Run("invalid UTF-8", func(t *testing.T) {
		junk := strings.Repeat("\x80", 1<<20+1)
		out, err := mentionsRun(t, junk+" Kyiv", "-json")
		require.NoError(t, err)
		objs := decodeLines(t, out)
		require.Len(t, objs, 1)
		assert.Equal(t, "Kyiv", objs[0]["text"])
		assert.Equal(t, float64(len(junk)+1), objs[0]["start"])
	})
}

// unknownText is the fixture of the -unknown tests (written for them): Zach Witkoff is not
// Steve Witkoff, and the later Witkoff is Zach.
const unknownText = "Foreign Minister Andrii Sybiha met Zach Witkoff in Miami.\nLater Witkoff flew to Kyiv.\n"

func TestUnknown(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string // text found/unknown id
	}{
		{"without -unknown only table entities", []string{"-json"},
			[]string{"Andrii Sybiha true person-andrii-sybiha", "Miami true Q8652", "Kyiv true Q1899"}},
		{"with -unknown the unknown names too, found false", []string{"-json", "-unknown"},
			[]string{"Andrii Sybiha true person-andrii-sybiha", "Zach Witkoff false ", "Miami true Q8652", "Witkoff false ", "Kyiv true Q1899"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := mentionsRun(t, unknownText, tt.args...)
			require.NoError(t, err)
			var got []string
			for _, o := range decodeLines(t, out) {
				assert.Equal(t, mentionKeys, keys(o), "every object has every key")
				start, end := int(o["start"].(float64)), int(o["end"].(float64))
				assert.Equal(t, unknownText[start:end], o["text"])
				got = append(got, fmt.Sprintf("%s %v %s", o["text"], o["found"], o["id"]))
				if o["found"] == false {
					assert.Equal(t, []any{"", "", "", 0.0}, []any{o["name"], o["kind"], o["method"], o["score"]}, "an unknown name has no entity")
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
	t.Run("human output", func(t *testing.T) {
		out, err := mentionsRun(t, unknownText, "-unknown")
		require.NoError(t, err)
		assert.Contains(t, out, "35  Zach Witkoff  →  unknown\n")
		for line := range strings.Lines(out) {
			if !strings.HasSuffix(line, "→  unknown\n") {
				assert.Regexp(t, humanLine, strings.TrimSuffix(line, "\n"))
			}
		}
	})
}

// discoverFiles are the fixtures of the -discover tests (written for them): two documents
// with real names in several press spellings.
var discoverFiles = []string{"testdata/discover1.txt", "testdata/discover2.txt"}

// TestDiscover: -discover prints one line per cluster of spellings (one JSON object with
// -json); -discover-out writes the clusters as a table that -table reads back, and with it
// every spelling resolves to its cluster.
func TestDiscover(t *testing.T) {
	dir := t.TempDir()
	files := discoverFiles
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		texts = append(texts, string(b))
	}
	t.Run("human", func(t *testing.T) {
		out, err := mentionsRun(t, "", append([]string{"-discover"}, files...)...)
		require.NoError(t, err)
		assert.Equal(t, "Volodymyr Zelensky (person, 4): Volodymyr Zelensky ×1, Volodymyr Zelenskyy ×1 [key 0.98], Zelensky ×1 [surname 1.00], Zelenskyy ×1 [key surname 0.97]\n"+
			"Kyiv (other, 3): Kyiv ×2, Kiev ×1 [key 0.97]\n"+
			"Andrii Sybiha (other, 2): Andrii Sybiha ×1, Andriy Sybhia ×1 [key edit 0.94]\n", out)
	})
	t.Run("json", func(t *testing.T) {
		out, err := mentionsRun(t, strings.Join(texts, ""), "-discover", "-json")
		require.NoError(t, err)
		objs := decodeLines(t, out)
		require.NotEmpty(t, objs)
		for _, o := range objs {
			assert.Equal(t, []string{"canonical", "count", "kind", "spellings"}, keys(o))
			for _, s := range o["spellings"].([]any) {
				assert.Equal(t, []string{"count", "rules", "score", "text"}, keys(s.(map[string]any)))
			}
		}
		assert.Equal(t, "Volodymyr Zelensky", objs[0]["canonical"], "of two spellings written as often, the first in order")
	})
	t.Run("table round trip", func(t *testing.T) {
		table := filepath.Join(dir, "discovered.tsv")
		out, err := mentionsRun(t, "", append([]string{"-discover-out", table}, files...)...)
		require.NoError(t, err)
		assert.True(t, strings.HasPrefix(out, "Volodymyr Zelensky (person, 4): "), "-discover-out implies -discover: %q", out)
		tbl, err := alias.LoadFile(table)
		require.NoError(t, err)
		assert.Equal(t, 3, tbl.Len())
		out, err = mentionsRun(t, texts[1], "-json", "-table", table)
		require.NoError(t, err)
		var got []string
		for _, o := range decodeLines(t, out) {
			got = append(got, o["text"].(string)+" → "+o["id"].(string))
		}
		assert.Equal(t, []string{
			"Volodymyr Zelensky → discovered:volodymyr-zelensky",
			"Andrii Sybiha → discovered:andrii-sybiha",
			"Zelensky → discovered:volodymyr-zelensky",
			"Kiev → discovered:kyiv",
			"Andriy Sybhia → discovered:andrii-sybiha",
			"Kyiv → discovered:kyiv",
		}, got)
	})
}
