package main

import (
	"bytes"
	"context"
	"errors"
	"os/exec"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCommandLineOfTheBinary(t *testing.T) {
	bin := buildLookup(t)
	tests := []struct {
		name       string
		args       []string
		exit       int
		stdout     string   // "" = empty
		stderrHas  []string // each must appear exactly once
		stderrLine string   // when set: stderr is exactly this
	}{
		{name: "-h exits 0 and names the positional arguments", args: []string{"-h"}, exit: 0,
			stderrHas: []string{"usage: lookup [-table FILE]... [-format F] [-json] [-n N] [-threshold X] [NAME ...]", "the score a match needs"}},
		{name: "-help too", args: []string{"-help"}, exit: 0, stderrHas: []string{"usage: lookup", "[NAME ...]"}},
		{name: "a value that is no number is reported once", args: []string{"-n", "three", "Kim"}, exit: 2,
			stderrHas: []string{`invalid value "three" for flag -n`, "usage: lookup"}},
		{name: "a threshold that is no number is reported once", args: []string{"-threshold", "high", "Kim"}, exit: 2,
			stderrHas: []string{`invalid value "high" for flag -threshold`}},
		{name: "an unknown flag is reported once", args: []string{"-nope", "Kim"}, exit: 2,
			stderrHas: []string{"flag provided but not defined: -nope"}},
		{name: "-n below 0 is refused", args: []string{"-n", "-1", "Kim"}, exit: 1,
			stderrLine: "lookup: -n -1: want 0 or more\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, bin, tt.args...)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			code := 0
			var exit *exec.ExitError
			if errors.As(err, &exit) {
				code = exit.ExitCode()
			} else {
				require.NoError(t, err)
			}
			assert.Equal(t, tt.exit, code, "stderr: %s", stderr.String())
			assert.Equal(t, tt.stdout, stdout.String())
			for _, want := range tt.stderrHas {
				assert.Equal(t, 1, strings.Count(stderr.String(), want), "%q once in %q", want, stderr.String())
			}
			if tt.stderrLine != "" {
				assert.Equal(t, tt.stderrLine, stderr.String())
			}
			assert.NotContains(t, stderr.String(), "lookup: usage", "a flag error is not printed a second time")
		})
	}
	t.Run("-n 0 lists no candidates", func(t *testing.T) {
		out, err := lookupRun(t, "", "-json", "-n", "0", "Kim")
		require.NoError(t, err)
		answers := decodeLines(t, out)
		require.Len(t, answers, 1)
		assert.Equal(t, []any{}, answers[0]["candidates"])
	})
}

func TestLongLinesAreCut(t *testing.T) {
	long := "Zelenskyy " + strings.Repeat("x", 20<<20) // a 20 MB line
	tests := []struct {
		name      string
		line      string
		wantQuery string
		cut       bool
	}{
		{"a 20 MB line is answered, cut to MaxLine bytes", long, long[:MaxLine], true},
		{"a line of MaxLine bytes is whole", strings.Repeat("a", MaxLine), strings.Repeat("a", MaxLine), false},
		{"a line of MaxLine+1 bytes is cut", strings.Repeat("a", MaxLine+1), strings.Repeat("a", MaxLine), true},
		{"the cut falls between characters", "a" + strings.Repeat("ї", MaxLine), "a" + strings.Repeat("ї", (MaxLine-1)/2), true},
		{"a CRLF line of MaxLine bytes is whole", strings.Repeat("b", MaxLine) + "\r", strings.Repeat("b", MaxLine), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := lookupRun(t, tt.line+"\nKiev\n", "-json")
			require.NoError(t, err)
			answers := decodeLines(t, out)
			require.Len(t, answers, 2, "the next line is still answered")
			q := answers[0]["query"].(string)
			assert.Equal(t, len(tt.wantQuery), len(q))
			assert.Equal(t, tt.wantQuery, q)
			assert.True(t, utf8.ValidString(q))
			if tt.cut {
				assert.Contains(t, warningsOf(t, answers[0]), "truncated")
			}
			assert.Equal(t, kyiv, answers[1]["id"])
		})
	}
	t.Run("a long NAME argument is cut too", func(t *testing.T) {
		out, err := lookupRun(t, "", "-json", long[:2*MaxLine])
		require.NoError(t, err)
		answers := decodeLines(t, out)
		require.Len(t, answers, 1)
		assert.Len(t, answers[0]["query"], MaxLine)
		assert.Contains(t, warningsOf(t, answers[0]), "truncated")
	})
	t.Run("memory does not grow with the line", func(t *testing.T) {
		// What one run allocates for a 20 MB line, less what it allocates for the same line
		// cut to MaxLine (the table, the answer): a few kilobytes, not the line.
		allocs := func(line string) uint64 {
			in := strings.NewReader(line)
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			var out, stderr bytes.Buffer
			require.NoError(t, run([]string{"-json"}, in, &out, &stderr))
			runtime.ReadMemStats(&after)
			return after.TotalAlloc - before.TotalAlloc
		}
		long := long + "\n"
		short := allocs(long[:MaxLine] + "\n")
		big := allocs(long)
		assert.Less(t, int64(big)-int64(short), int64(1<<20), "a 20 MB line allocated %d bytes more than its first MaxLine bytes", int64(big)-int64(short))
	})
}

func TestInvalidBytesAreReported(t *testing.T) {
	tests := []struct {
		name, in, wantQuery string
		json                bool
	}{
		{"JSON: invalid bytes become U+FFFD with a warning", "Ky\xffiv", "Ky\uFFFDiv", true},
		{"JSON: a lone continuation byte at the end", "Sybiha\x80", "Sybiha\uFFFD", true},
		{"human: the warning follows in brackets", "Ky\xffiv", "Ky\uFFFDiv", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := []string{}
			if tt.json {
				args = append(args, "-json")
			}
			out, err := lookupRun(t, tt.in+"\n", args...)
			require.NoError(t, err)
			assert.True(t, utf8.ValidString(out), "output is valid UTF-8: %q", out)
			if tt.json {
				answers := decodeLines(t, out)
				require.Len(t, answers, 1)
				assert.Equal(t, tt.wantQuery, answers[0]["query"])
				assert.Contains(t, warningsOf(t, answers[0]), "invalid-utf8")
				return
			}
			assert.True(t, strings.HasPrefix(out, tt.wantQuery+" → "), "%q", out)
			assert.Contains(t, out, "[invalid-utf8")
		})
	}
}

// TestJSONFieldsKeepTheirTypes checks that every answer has each key with one JSON type,
// whatever the answer: never null for one query and [] or {} for another.
func TestJSONFieldsKeepTheirTypes(t *testing.T) {
	queries := []struct{ name, table, query string }{
		{"a fuzzy match with word tokens", "", "Sivya"},
		{"an exact match without word tokens", "", "Kyiv"},
		{"no match", "", "Vladimir Zelenko"},
		{"no candidate at all", "testdata/korea.tsv", "Zelenskiy"},
		{"an ambiguous name", "testdata/korea.tsv", "Kim"},
		{"an empty line", "", ""},
		{"invalid UTF-8", "", "\xff\xfe"},
	}
	wantType := map[string]string{
		"query": "string", "found": "bool", "ambiguous": "bool", "id": "string", "name": "string", "kind": "string",
		"score": "number", "method": "string", "explain": "object", "attributes": "object", "candidates": "list", "warnings": "list",
	}
	explainType := map[string]string{"mention": "string", "alias": "string", "rules": "list", "tokens": "list"}
	for _, tt := range queries {
		t.Run(tt.name, func(t *testing.T) {
			answer, out := lookupOne(t, tt.table, tt.query)
			for k, want := range wantType {
				assert.Equal(t, want, jsonType(answer[k]), "key %s in %s", k, out)
			}
			explain, _ := answer["explain"].(map[string]any)
			for k, want := range explainType {
				assert.Equal(t, want, jsonType(explain[k]), "explain.%s in %s", k, out)
			}
			for _, c := range answer["candidates"].([]any) {
				assert.ElementsMatch(t, []string{"id", "name", "kind", "score", "method"}, keysOf(c.(map[string]any)))
			}
		})
	}
}

func jsonType(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "string"
	case bool:
		return "bool"
	case float64:
		return "number"
	case []any:
		return "list"
	case map[string]any:
		return "object"
	}
	return "?"
}
