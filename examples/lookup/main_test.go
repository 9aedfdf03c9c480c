package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The JSON keys of one answer, exactly, as the package doc states them.
var answerKeys = []string{"ambiguous", "attributes", "candidates", "explain", "found", "id", "kind", "method", "name", "query", "score", "warnings"}

// Entity IDs of the default table and of the tables in testdata.
const (
	sybiha    = "person-andrii-sybiha"
	zelenskyy = "Q3874799"
	kyiv      = "Q1899"
	kimJongUn = "person-kim-jong-un"
	kimJongIl = "person-kim-jong-il"
	kimYoJong = "person-kim-yo-jong"
	kuleba    = "person-dmytro-kuleba"
	baerbock  = "person-annalena-baerbock"
	kharkiv   = "place-kharkiv"
	odesa     = "place-odesa"
	osce      = "org-osce"
	iaea      = "org-iaea"
)

// lookupRun calls run with args and stdin and returns what it wrote.
func lookupRun(t *testing.T, stdin string, args ...string) (string, error) {
	t.Helper()
	var out, stderr bytes.Buffer
	err := run(args, strings.NewReader(stdin), &out, &stderr)
	return out.String(), err
}

// decodeLines decodes one JSON object per line of out; it fails t on a line that is not one.
// lookupOne answers one query with -json, over table when it is not empty, and returns the
// one JSON object and the raw output.
func lookupOne(t *testing.T, table, query string) (map[string]any, string) {
	t.Helper()
	args := []string{"-json"}
	if table != "" {
		args = append(args, "-table", table)
	}
	out, err := lookupRun(t, query+"\n", args...)
	require.NoError(t, err)
	answers := decodeLines(t, out)
	require.Len(t, answers, 1)
	return answers[0], out
}

func decodeLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	require.True(t, strings.HasSuffix(out, "\n"), "output must end with a line break: %q", out)
	var answers []map[string]any
	for line := range strings.Lines(out) {
		var a map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &a), "line %q", line)
		answers = append(answers, a)
	}
	return answers
}

// keysOf returns the sorted keys of m.
func keysOf(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// candidateIDs returns the ids of an answer's "candidates" list.
func candidateIDs(t *testing.T, a map[string]any) []string {
	t.Helper()
	list, ok := a["candidates"].([]any)
	require.True(t, ok, "candidates is a list: %v", a["candidates"])
	var ids []string
	for _, c := range list {
		ids = append(ids, c.(map[string]any)["id"].(string))
	}
	return ids
}

// warningsOf returns an answer's "warnings" list.
func warningsOf(t *testing.T, a map[string]any) []string {
	t.Helper()
	list, ok := a["warnings"].([]any)
	require.True(t, ok, "warnings is a list: %v", a["warnings"])
	var ws []string
	for _, w := range list {
		ws = append(ws, w.(string))
	}
	return ws
}

func TestJSONAnswerHasExactlyTheDocumentedKeys(t *testing.T) {
	tests := []struct {
		name  string
		table string // "" = the default table
		query string
		found bool
	}{
		{"a match has every key", "", "Sivya", true},
		{"no match has every key, explain an empty object", "", "Vladimir Zelenko", false},
		{"an ambiguous mention has every key", "testdata/korea.tsv", "Kim", false},
		{"an empty query has every key", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			answer, _ := lookupOne(t, tt.table, tt.query)
			assert.Equal(t, answerKeys, keysOf(answer))
			assert.Equal(t, tt.found, answer["found"])
			assert.Equal(t, tt.query, answer["query"])
		})
	}
}

func TestArgumentsAreAnsweredInOrder(t *testing.T) {
	out, err := lookupRun(t, "Kiev\n", "-json", "Zelenskiy", "Sivya", "Vladimir Zelenko", "Київ")
	require.NoError(t, err)
	answers := decodeLines(t, out)
	require.Len(t, answers, 4, "one answer per NAME argument, standard input unread")
	want := []struct{ query, id string }{
		{"Zelenskiy", zelenskyy},
		{"Sivya", sybiha},
		{"Vladimir Zelenko", ""},
		{"Київ", kyiv},
	}
	for i, w := range want {
		assert.Equal(t, w.query, answers[i]["query"], "answer %d", i)
		assert.Equal(t, w.id, answers[i]["id"], "answer %d", i)
		assert.Equal(t, w.id != "", answers[i]["found"], "answer %d", i)
	}
}

func TestStandardInputIsAnsweredLineByLine(t *testing.T) {
	// Six lines: an empty one, a CRLF line, invalid UTF-8, a blank-looking line of spaces,
	// and a last line with no line break.
	in := "Sivya\n\nZelenskiy\r\n\xff\xfeKiev\n   \nКиїв"
	out, err := lookupRun(t, in, "-json")
	require.NoError(t, err)
	answers := decodeLines(t, out)
	require.Len(t, answers, 6, "one JSON object per input line:\n%s", out)
	want := []struct {
		name, query, id, warning string
	}{
		{"a name is answered", "Sivya", sybiha, ""},
		{"an empty line gets an answer of its own", "", "", ""},
		{"a CRLF line ending is not part of the query", "Zelenskiy", zelenskyy, ""},
		{"invalid UTF-8 is answered and flagged", "\uFFFD\uFFFDKiev", "", "invalid-utf8"},
		{"a line of spaces gets an answer of its own", "   ", "", ""},
		{"a last line without a line break is answered", "Київ", kyiv, ""},
	}
	for i, w := range want {
		t.Run(w.name, func(t *testing.T) {
			a := answers[i]
			assert.Equal(t, answerKeys, keysOf(a))
			assert.Equal(t, w.query, a["query"])
			assert.Equal(t, w.id, a["id"])
			assert.Equal(t, w.id != "", a["found"])
			if w.warning != "" {
				assert.Contains(t, warningsOf(t, a), w.warning)
			}
		})
	}
}

func TestFoundIsFalseForNoMatchAndForAmbiguity(t *testing.T) {
	tests := []struct {
		name           string
		table          string
		query          string
		wantCandidates []string // the candidate ids, in any order; nil: near misses only (score 0.5 or less)
	}{
		{"a different person is no match", "", "Vladimir Zelenko", nil},
		{"a name nobody in the table has is no match", "testdata/korea.tsv", "Yoon Suk Yeol", nil},
		{"a family name two people share is ambiguous", "testdata/korea.tsv", "Kim", []string{kimJongIl, kimJongUn}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := []string{"-json", tt.query}
			if tt.table != "" {
				args = []string{"-json", "-table", tt.table, tt.query}
			}
			out, err := lookupRun(t, "", args...)
			require.NoError(t, err)
			answers := decodeLines(t, out)
			require.Len(t, answers, 1)
			a := answers[0]
			assert.Equal(t, false, a["found"])
			assert.Equal(t, "", a["id"])
			assert.Equal(t, "", a["name"])
			assert.Equal(t, map[string]any{"mention": "", "alias": "", "rules": []any{}, "tokens": []any{}}, a["explain"])
			assert.Equal(t, tt.wantCandidates != nil, a["ambiguous"], "ambiguous only when it is")
			if tt.wantCandidates != nil {
				assert.ElementsMatch(t, tt.wantCandidates, candidateIDs(t, a))
				return
			}
			for _, c := range a["candidates"].([]any) {
				assert.LessOrEqual(t, c.(map[string]any)["score"], 0.5, "a near miss: %v", c)
			}
		})
	}
}

func TestMixedScriptIsWarned(t *testing.T) {
	const mixed = "Z\u0435l\u0435nskyy" // Zеlеnskyy with two Cyrillic е (U+0435)
	out, err := lookupRun(t, "", "-json", mixed)
	require.NoError(t, err)
	answers := decodeLines(t, out)
	require.Len(t, answers, 1)
	assert.Contains(t, warningsOf(t, answers[0]), "mixed-script")
	assert.Equal(t, mixed, answers[0]["query"], "the query is echoed as written")

	out, err = lookupRun(t, "", "-json", "Zelenskyy")
	require.NoError(t, err)
	answers = decodeLines(t, out)
	require.Len(t, answers, 1)
	assert.Empty(t, warningsOf(t, answers[0]), "an all-Latin spelling carries no warning")
}

func TestTableFlagReadsEveryFormat(t *testing.T) {
	tests := []struct {
		name, table, query, want string
	}{
		{"TSV: surname-first name by its surname and given name", "testdata/korea.tsv", "Kim Jong Un", kimJongUn},
		{"CSV: a surname alone", "testdata/ministers.csv", "Kuleba", kuleba},
		{"CSV: a misspelled surname", "testdata/ministers.csv", "Baerbok", baerbock},
		{"JSON: Russian-derived spelling of a city", "testdata/cities.json", "Kharkov", kharkiv},
		{"JSON: Ukrainian Cyrillic city", "testdata/cities.json", "Одеса", odesa},
		{"JSON Lines: an acronym alias", "testdata/orgs.jsonl", "OSCE", osce},
		{"JSON Lines: the full name", "testdata/orgs.jsonl", "International Atomic Energy Agency", iaea},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := lookupRun(t, "", "-json", "-table", tt.table, tt.query)
			require.NoError(t, err)
			answers := decodeLines(t, out)
			require.Len(t, answers, 1)
			assert.Equal(t, true, answers[0]["found"], "%s on %s: %s", tt.query, tt.table, out)
			assert.Equal(t, tt.want, answers[0]["id"])
		})
	}
}

func TestTableFlagReplacesTheDefaultTable(t *testing.T) {
	out, err := lookupRun(t, "", "-json", "-table", "testdata/korea.tsv", "Zelenskiy")
	require.NoError(t, err)
	answers := decodeLines(t, out)
	require.Len(t, answers, 1)
	assert.Equal(t, false, answers[0]["found"], "an entity of the default table is not in a -table table")
	assert.Empty(t, candidateIDs(t, answers[0]))
}

func TestTwoTableFlagsMerge(t *testing.T) {
	out, err := lookupRun(t, "", "-json", "-table", "testdata/korea.tsv", "-table", "testdata/cities.json",
		"Kim Jong Il", "Kharkov", "Moon Jae-in")
	require.NoError(t, err)
	answers := decodeLines(t, out)
	require.Len(t, answers, 3)
	assert.Equal(t, kimJongIl, answers[0]["id"], "from the first table")
	assert.Equal(t, kharkiv, answers[1]["id"], "from the second table")
	assert.Equal(t, "person-moon-jae-in", answers[2]["id"], "from the first table")
}

func TestBadTableIsAnError(t *testing.T) {
	tests := []struct {
		name   string
		tables []string
		want   string // the error text, exactly
	}{
		{"a header without the kind column names file, line and field",
			[]string{"testdata/bad_header.tsv"},
			`testdata/bad_header.tsv:3: header: want "id kind name aliases", got "id name aliases"`},
		{"an id used twice in one file names both lines",
			[]string{"testdata/bad_duplicate_id.tsv"},
			`testdata/bad_duplicate_id.tsv:5: id: duplicate "person-kim-jong-un" (first at line 4)`},
		{"an id used in two merged files names both files",
			[]string{"testdata/korea.tsv", "testdata/more_korea.jsonl"},
			`testdata/more_korea.jsonl:2: id: duplicate "person-kim-jong-un" (first at testdata/korea.tsv:5)`},
		{"a good table before a bad one does not load either",
			[]string{"testdata/cities.json", "testdata/bad_header.tsv"},
			`testdata/bad_header.tsv:3: header: want "id kind name aliases", got "id name aliases"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := []string{"-json"}
			for _, f := range tt.tables {
				args = append(args, "-table", f)
			}
			out, err := lookupRun(t, "", append(args, "Kim")...)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
			assert.Empty(t, out, "nothing is answered when a table does not load")
		})
	}
}

func TestMissingTableFileSaysSo(t *testing.T) {
	out, err := lookupRun(t, "", "-table", "testdata/no_such_table.tsv", "Kim")
	require.Error(t, err)
	assert.ErrorIs(t, err, fs.ErrNotExist)
	assert.Contains(t, err.Error(), "testdata/no_such_table.tsv")
	assert.Contains(t, err.Error(), "no such file")
	assert.Empty(t, out)
}

func TestThresholdMustBeInZeroOne(t *testing.T) {
	tests := []struct {
		name, value, wantErr string // wantErr "" = accepted
	}{
		{"zero is rejected", "0", "-threshold 0: want a number in (0,1]"},
		{"above one is rejected", "2", "-threshold 2: want a number in (0,1]"},
		{"negative is rejected", "-0.5", "-threshold -0.5: want a number in (0,1]"},
		{"NaN is rejected", "NaN", "-threshold NaN: want a number in (0,1]"},
		{"one is accepted", "1", ""},
		{"the default value is accepted", "0.75", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := lookupRun(t, "", "-threshold", tt.value, "Sivya")
			if tt.wantErr == "" {
				require.NoError(t, err)
				assert.True(t, strings.HasPrefix(out, "Sivya → "), "%q", out)
				return
			}
			require.Error(t, err)
			assert.Equal(t, tt.wantErr, err.Error())
			assert.Empty(t, out)
		})
	}
}

func TestThresholdChangesWhatIsFound(t *testing.T) {
	// Sivya scores below 0.95 (a partial, misspelled surname): found at the default
	// threshold, not at 0.95.
	out, err := lookupRun(t, "", "-json", "-threshold", "0.95", "Sivya")
	require.NoError(t, err)
	answers := decodeLines(t, out)
	require.Len(t, answers, 1)
	assert.Equal(t, false, answers[0]["found"])
	assert.Contains(t, candidateIDs(t, answers[0]), sybiha, "the candidate is still listed")
}

// humanMatch is the shape of a human answer that found an entity:
// "query → Name (kind, id) 0.78 method".
var humanMatch = regexp.MustCompile(`^(.+) → (.+) \((person|org|place|other), (\S+)\) (0\.\d\d|1\.00) (exact|folded|transliterated|phonetic|fuzzy|partial)( \[.+\])?$`)

func TestHumanOutput(t *testing.T) {
	t.Run("a match reads query → name (kind, id) score method", func(t *testing.T) {
		out, err := lookupRun(t, "", "Sivya", "Зеленський")
		require.NoError(t, err)
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		require.Len(t, lines, 2)
		want := []struct{ query, name, kind, id string }{
			{"Sivya", "Andrii Sybiha", "person", sybiha},
			{"Зеленський", "Volodymyr Zelenskyy", "person", zelenskyy},
		}
		for i, w := range want {
			m := humanMatch.FindStringSubmatch(lines[i])
			if assert.NotNil(t, m, "line %q", lines[i]) {
				assert.Equal(t, []string{w.query, w.name, w.kind, w.id}, m[1:5])
			}
		}
	})
	t.Run("no match reads query → no match", func(t *testing.T) {
		out, err := lookupRun(t, "", "Vladimir Zelenko")
		require.NoError(t, err)
		assert.True(t, strings.HasPrefix(out, "Vladimir Zelenko → no match"), "%q", out)
		assert.Equal(t, 1, strings.Count(out, "\n"))
	})
	t.Run("an ambiguous mention reads query → ambiguous and lists both", func(t *testing.T) {
		out, err := lookupRun(t, "", "-table", "testdata/korea.tsv", "Kim")
		require.NoError(t, err)
		assert.True(t, strings.HasPrefix(out, "Kim → ambiguous"), "%q", out)
		assert.Contains(t, out, "Kim Jong Un")
		assert.Contains(t, out, "Kim Jong Il")
	})
	t.Run("warnings follow in brackets", func(t *testing.T) {
		out, err := lookupRun(t, "", "Z\u0435l\u0435nskyy")
		require.NoError(t, err)
		assert.Contains(t, out, "[mixed-script]")
	})
}

// buildLookup builds the command into a temporary directory and returns the binary's path.
func buildLookup(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	require.NoError(t, err, "the go command builds the binary under test")
	bin := filepath.Join(t.TempDir(), "lookup")
	build := exec.Command(goTool, "build", "-o", bin, ".")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "go build: %s", out)
	return bin
}

func TestBinary(t *testing.T) {
	bin := buildLookup(t)

	t.Run("as a coprocess each line is answered before the next is written", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		cmd := exec.CommandContext(ctx, bin, "-json")
		stdin, err := cmd.StdinPipe()
		require.NoError(t, err)
		stdout, err := cmd.StdoutPipe()
		require.NoError(t, err)
		require.NoError(t, cmd.Start())
		answers := bufio.NewReader(stdout)
		queries := []struct{ query, id string }{
			{"Sivya", sybiha},
			{"", ""},
			{"Kiev", kyiv},
			{"Vladimir Zelenko", ""},
			{"Зеленський", zelenskyy},
		}
		for _, q := range queries {
			_, err := io.WriteString(stdin, q.query+"\n")
			require.NoError(t, err)
			// The pipe stays open: the answer must come now, not at end of input. If it
			// never comes, the timeout kills the process and the read fails.
			line, err := answers.ReadString('\n')
			require.NoError(t, err, "no answer to %q before the next line was written", q.query)
			var a map[string]any
			require.NoError(t, json.Unmarshal([]byte(line), &a), "line %q", line)
			assert.Equal(t, q.query, a["query"])
			assert.Equal(t, q.id, a["id"])
		}
		require.NoError(t, stdin.Close())
		rest, err := io.ReadAll(answers)
		require.NoError(t, err)
		assert.Empty(t, rest, "nothing more after the last answer")
		assert.NoError(t, cmd.Wait(), "end of input ends the process with status 0")
	})

	failures := []struct {
		name   string
		args   []string
		stderr string // the one line written on standard error, exactly ("" = check prefix only)
		prefix string
	}{
		{"a bad header exits 1 with the loader's message", []string{"-table", "testdata/bad_header.tsv", "Kim"},
			"lookup: testdata/bad_header.tsv:3: header: want \"id kind name aliases\", got \"id name aliases\"\n", ""},
		{"a duplicate id exits 1 with the loader's message", []string{"-table", "testdata/bad_duplicate_id.tsv", "Kim"},
			"lookup: testdata/bad_duplicate_id.tsv:5: id: duplicate \"person-kim-jong-un\" (first at line 4)\n", ""},
		{"a missing file exits 1 naming it", []string{"-table", "testdata/no_such_table.tsv", "Kim"},
			"", "lookup: open testdata/no_such_table.tsv: "},
		{"a threshold out of range exits 1", []string{"-threshold", "2", "Kim"},
			"lookup: -threshold 2: want a number in (0,1]\n", ""},
	}
	for _, tt := range failures {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, bin, tt.args...)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			var exit *exec.ExitError
			require.True(t, errors.As(err, &exit), "want a non-zero exit, got %v", err)
			assert.Equal(t, 1, exit.ExitCode())
			assert.Empty(t, stdout.String())
			msg := stderr.String()
			assert.Equal(t, 1, strings.Count(msg, "\n"), "one line on stderr: %q", msg)
			assert.NotContains(t, msg, "goroutine")
			assert.NotContains(t, msg, "panic")
			if tt.stderr != "" {
				assert.Equal(t, tt.stderr, msg)
			} else {
				assert.True(t, strings.HasPrefix(msg, tt.prefix), "%q", msg)
			}
		})
	}
}
