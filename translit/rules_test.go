package translit

import (
	"errors"
	"fmt"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// TestRuleTablesLoad proves every embedded rule table parses, so the panic in mustLoadRules
// cannot fire in users' code, and that every example a row cites comes out as cited.
func TestRuleTablesLoad(t *testing.T) {
	for _, rs := range ruleStandards {
		t.Run(rs.std.String(), func(t *testing.T) {
			tbl, err := loadRules(rulesFS, rs.std.String(), rs.sc)
			require.NoError(t, err)
			require.NotEmpty(t, tbl.rules)
			for _, ex := range tbl.examples {
				assert.Equal(t, ex.latin, rs.std.Romanize(ex.source), "%s:%d: example %s", ex.file, ex.line, ex.source)
			}
		})
	}
}

// TestRuleTablesCoverISO9 checks the fallback that keeps ToLatin idempotent: every letter any
// Cyrillic table names is also named by ISO 9, which every other Cyrillic table includes.
func TestRuleTablesCoverISO9(t *testing.T) {
	iso, err := loadRules(rulesFS, RussianISO9.String(), scriptCyrillic)
	require.NoError(t, err)
	for _, rs := range ruleStandards {
		if rs.sc != scriptCyrillic {
			continue
		}
		tbl, err := loadRules(rulesFS, rs.std.String(), rs.sc)
		require.NoError(t, err)
		for _, r := range tbl.rules {
			for _, c := range r.from {
				if !isWordApostrophe(c) {
					assert.True(t, iso.hasRule(c) || iso.folded(c) != 0, "%s:%d: %q (%U) has no ISO 9 row", r.file, r.line, c, c)
				}
			}
		}
	}
}

// TestRuleTableOutputs checks what every row writes: NFC, valid, and the case forms agree.
func TestRuleTableOutputs(t *testing.T) {
	for _, rs := range ruleStandards {
		tbl, err := loadRules(rulesFS, rs.std.String(), rs.sc)
		require.NoError(t, err)
		for _, r := range tbl.rules {
			for _, out := range []string{r.lower, r.title, r.upper} {
				assert.True(t, utf8.ValidString(out) && norm.NFC.IsNormalString(out), "%s:%d: %+q", r.file, r.line, out)
			}
		}
	}
}

// ruleFS returns a file system with one rule file rules/<name>.tsv.
func ruleFS(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, body := range files {
		fsys["rules/"+name+".tsv"] = &fstest.MapFile{Data: []byte(body)}
	}
	return fsys
}

const header = "from\tto\twhen\texample\n"

// TestRuleParseErrors pins the error text of malformed tables: file, line, field, reason.
func TestRuleParseErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
		is    error
	}{
		{name: "a row before the header is an error", files: map[string]string{"t": "а\ta\n"},
			want: "t.tsv:1: header: " + errNoHeader.Error(), is: errNoHeader},
		{name: "a misspelt header is an error", files: map[string]string{"t": "from\tto\twhen\n"},
			want: "t.tsv:1: header: " + errBadHeader.Error(), is: errBadHeader},
		{name: "a file without a header is an error", files: map[string]string{"t": "# only a comment\n"},
			want: "t.tsv:1: header: " + errBadHeader.Error(), is: errBadHeader},
		{name: "a row with one field is an error", files: map[string]string{"t": header + "ь\n"},
			want: "t.tsv:2: row: want 2 to 4 tab-separated fields", is: errFieldCount},
		{name: "a row with five fields is an error", files: map[string]string{"t": header + "а\ta\t\t\tx\n"},
			want: "t.tsv:2: row: want 2 to 4 tab-separated fields", is: errFieldCount},
		{name: "an empty from is an error", files: map[string]string{"t": header + "\ta\n"},
			want: "t.tsv:2: from: empty", is: errEmpty},
		{name: "a capital in from is an error", files: map[string]string{"t": header + "# c\nЖ\tzh\n"},
			want: "t.tsv:3: from: not lowercase", is: errNotLower},
		{name: "a capital in to is an error", files: map[string]string{"t": header + "ж\tZh\n"},
			want: "t.tsv:2: to: not lowercase", is: errNotLower},
		{name: "a decomposed from is an error", files: map[string]string{"t": header + "и\u0306\ti\n"},
			want: "t.tsv:2: from: not in Unicode normalization form C", is: errNotNFC},
		{name: "an unknown condition is an error", files: map[string]string{"t": header + "й\ty\tfirst\n"},
			want: `t.tsv:2: when: unknown condition "first"`, is: errBadCondition},
		{name: "an undeclared class is an error", files: map[string]string{"t": header + "е\tye\tafter:VOWELS\n"},
			want: `t.tsv:2: when: unknown condition "after:VOWELS" (undeclared class or not a lowercase letter set)`, is: errBadCondition},
		{name: "a row after an unconditional row with the same from is unreachable", files: map[string]string{"t": header + "й\ti\nй\ty\tstart\n"},
			want: "t.tsv:3: from: unreachable: an earlier row with the same from has no condition (line 2)", is: errUnreachable},
		{name: "the same from and when twice is an error", files: map[string]string{"t": header + "й\ty\tstart\nй\tj\tstart\n"},
			want: "t.tsv:3: when: same from and when as line 2"},
		{name: "an example without = is an error", files: map[string]string{"t": header + "к\tk\t\tКиїв\n"},
			want: `t.tsv:2: example: want Source=Latin pairs separated by spaces: "Київ"`, is: errBadExample},
		{name: "a class declared twice is an error", files: map[string]string{"t": "@class\tV\tаеи\n@class\tV\tо\n" + header},
			want: "t.tsv:2: V: class declared twice", is: errDupClass},
		{name: "an empty class is an error", files: map[string]string{"t": "@class\tV\t\n" + header},
			want: "t.tsv:1: V: empty letter class", is: errBadClass},
		{name: "an unknown directive is an error", files: map[string]string{"t": "@klass\tV\tаеи\n" + header},
			want: `t.tsv:1: directive: unknown directive "@klass"`, is: errBadDirective},
		{name: "a fold mark that is not a mark is an error", files: map[string]string{"t": "@fold-marks\tU+0041\n" + header},
			want: "t.tsv:1: @fold-marks: want U+XXXX code points of nonspacing marks", is: errBadMark},
		{name: "an error in an included file names that file", files: map[string]string{"t": header + "@include\tbase\n", "base": header + "Ж\tzh\n"},
			want: "base.tsv:2: from: not lowercase", is: errNotLower},
		{name: "a missing included file is an error", files: map[string]string{"t": header + "@include\tnone\n"},
			want: `t.tsv:2: @include: cannot include "none": open rules/none.tsv: file does not exist`, is: errInclude},
		{name: "an include cycle is an error", files: map[string]string{"t": header + "@include\tt\n"},
			want: "t.tsv:2: @include: includes nested too deep", is: errIncludeDepth},
		{name: "invalid UTF-8 is an error", files: map[string]string{"t": header + "\xff\tx\n"},
			want: "t.tsv:2: line: invalid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tbl, err := loadRules(ruleFS(tt.files), "t", scriptCyrillic)
			require.Error(t, err)
			assert.Nil(t, tbl, "loading is all-or-nothing")
			assert.Equal(t, tt.want, err.Error())
			var re *ruleError
			if assert.True(t, errors.As(err, &re)) {
				assert.Positive(t, re.Line)
			}
			if tt.is != nil {
				assert.ErrorIs(t, err, tt.is)
			}
		})
	}
}

// TestRuleEngine checks the engine's matching rules on small tables with real words.
func TestRuleEngine(t *testing.T) {
	table := "@class\tV\tаеиоуя\n" + header +
		"з\tz\n" +
		"зг\tzgh\n" + // longest match wins over з then г
		"г\th\n" +
		"й\ty\tstart\n" + // rows for the same from are tried top to bottom
		"й\ti\n" +
		"е\tye\tafter:V\n" +
		"е\tye\tstart\n" +
		"е\te\n" +
		"ия\tia\tend\n" +
		"и\ti\n" +
		"я\tya\n" +
		"а\ta\n" +
		"о\to\n" +
		"н\tn\n" +
		"к\tk\n" +
		"с\ts\n" +
		"в\tv\tbefore:аеиоу\n" +
		"в\tf\t!before:аеиоу\n" +
		"д\td\nр\tr\nі\ti\nп\tp\n"
	tbl, err := loadRules(ruleFS(map[string]string{"t": table}), "t", scriptCyrillic)
	require.NoError(t, err)
	tests := []struct {
		name, in, want string
	}{
		{name: "longest match wins: зг is one rule", in: "Згон", want: "Zghon"},
		{name: "start holds only for the first letter", in: "Йосип", want: "Yosip"},
		{name: "without start the next row applies", in: "Андрій", want: "Andrii"},
		{name: "after a class letter", in: "Заев", want: "Zayef"},
		{name: "end holds at the last letter", in: "Ия", want: "Ia"},
		{name: "end fails inside the word", in: "Иян", want: "Iyan"},
		{name: "a literal letter set in before", in: "Ивано", want: "Ivano"},
		{name: "a negated condition", in: "Кинев", want: "Kinef"},
		{name: "a letter with no rule passes through unchanged", in: "Ђоко", want: "Ђoko"},
		{name: "a mark after a ruled letter is dropped", in: "Аза\u0301", want: "Aza"},
		{name: "a mark after a letter with no rule stays", in: "Ђ\u0301", want: "Ђ\u0301"},
		{name: "all capitals give capitals", in: "ЗГОН", want: "ZGHON"},
		{name: "a capital inside a word capitalises its rule's first letter", in: "ЗгОн", want: "ZghOn"},
		{name: "a one-letter capital word is title case", in: "Я", want: "Ya"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, string(tbl.appendWord(nil, []rune(norm.NFC.String(tt.in)))))
		})
	}
}

// TestRuleEngineFold checks @fold-marks: a precomposed letter without a row is read as the
// letter it folds to.
func TestRuleEngineFold(t *testing.T) {
	table := "@fold-marks\tU+0301 U+0313 U+0342\n" + header + "α\ta\nθ\tth\nη\ti\nν\tn\nι\ti\n"
	tbl, err := loadRules(ruleFS(map[string]string{"t": table}), "t", scriptGreek)
	require.NoError(t, err)
	assert.Equal(t, "Athinai", string(tbl.appendWord(nil, []rune("Ἀθῆναι"))), "polytonic Ἀθῆναι folds to Αθηναι")
}

// TestRuleEngineNoAlloc holds the engine to its promise: appending a word allocates nothing.
func TestRuleEngineNoAlloc(t *testing.T) {
	sch := schemeOf(Ukrainian)
	require.NotNil(t, sch)
	word := []rune("Свириденко")
	buf := make([]byte, 0, 64)
	allocs := testing.AllocsPerRun(100, func() { buf = sch.appendWord(buf[:0], word) })
	assert.Zero(t, allocs)
}

// TestRuleEngineLongWord checks that a run longer than the word cap is cut, not lost.
func TestRuleEngineLongWord(t *testing.T) {
	sch := schemeOf(Russian)
	require.NotNil(t, sch)
	word := []rune(fmt.Sprintf("%0100d", 0))
	for i := range word {
		word[i] = 'а'
	}
	out := sch.appendWord(nil, word)
	assert.Len(t, out, 100)
}
