package translit

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/namecanon/namecanon/internal/skipnote"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
)

// Names with no letter that tells their language: the trigram model and the name endings
// decide (DetectCyrillic).
func TestDetectCyrillicByModel(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Standard
	}{
		{name: "uk given name in -о with a surname", in: "Дмитро Кулеба", want: Ukrainian},
		{name: "uk given name Михайло", in: "Михайло Федоров", want: Ukrainian},
		{name: "uk given name Петро", in: "Петро Порошенко", want: Ukrainian},
		{name: "uk given name Кирило", in: "Кирило Буданов", want: Ukrainian},
		{name: "uk surname in -чук", in: "Леонид Кравчук", want: Ukrainian},
		{name: "uk place in -ине", in: "Тополине", want: Ukrainian},
		{name: "uk city in -ець without telling letters", in: "Кременець", want: Ukrainian},
		{name: "ru given name Дмитрий", in: "Дмитрий Медведев", want: Russian},
		{name: "ru given name Кирилл", in: "Кирилл Дмитриев", want: Russian},
		{name: "ru given name in -ей", in: "Сергей Лавров", want: Russian},
		{name: "ru patronymic in -овна", in: "Мария Владимировна Захарова", want: Russian},
		{name: "ru adjectival surname in -ой", in: "Лев Толстой", want: Russian},
		{name: "ru city", in: "Москва", want: Russian},
		{name: "ru city", in: "Новосибирск", want: Russian},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, DetectCyrillic(tt.in), "%s", tt.in)
		})
	}
}

// ToLatin follows the guess: KMU 2010 for the Ukrainian names above, BGN/PCGN for Russian.
func TestToLatinGuessesUkrainianWithoutTellingLetters(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"uk name romanized by KMU 2010", "Дмитро Кулеба", "Dmytro Kuleba"},
		{"uk name romanized by KMU 2010", "Михайло Федоров", "Mykhailo Fedorov"},
		{"uk given name romanized by KMU 2010", "Кирило Буданов", "Kyrylo Budanov"},
		{"ru name stays BGN/PCGN", "Дмитрий Песков", "Dmitriy Peskov"},
		{"ru name stays BGN/PCGN", "Сергей Шойгу", "Sergey Shoygu"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ToLatin(tt.in))
		})
	}
}

// cyrNames reads a generated name list (testdata/cyrlang_*.tsv): name and language code.
func cyrNames(t *testing.T, path string) map[string][]string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	out := map[string][]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "name\tlang" {
			continue
		}
		name, lang, ok := strings.Cut(line, "\t")
		require.True(t, ok, line)
		out[lang] = append(out[lang], name)
	}
	require.NoError(t, sc.Err())
	return out
}

// agreement is, per language, the share of names that read romanizes as the name's own
// standard does (KMU 2010 for uk, BGN/PCGN for ru, …): a wrong guess that romanizes the same
// (Ульм) is no error.
func agreement(names map[string][]string, read func(string) string) map[string]float64 {
	out := map[string]float64{}
	for i, code := range cyrModelCodes {
		right := 0
		for _, n := range names[code] {
			if read(n) == cyrModelLangs[i].Romanize(n) {
				right++
			}
		}
		if len(names[code]) > 0 {
			out[code] = float64(right) / float64(len(names[code]))
		}
	}
	return out
}

func formatAgreement(names map[string][]string, a map[string]float64) string {
	var b strings.Builder
	for _, code := range cyrModelCodes {
		fmt.Fprintf(&b, " %s %.1f %% of %d;", code, 100*a[code], len(names[code]))
	}
	return b.String()
}

// TestCyrillicModelTuning reports, on the tuning names, how the margin trades Ukrainian
// names romanized by KMU 2010 against Russian names kept BGN/PCGN. cyrillicMargin was chosen
// from this table; run with -v to see it.
func TestCyrillicModelTuning(t *testing.T) {
	names := cyrNames(t, "testdata/cyrlang_tuning.tsv")
	saved := cyrillicMargin
	defer func() { cyrillicMargin = saved }()
	for _, m := range []float64{2, 3, 4, 5, 6} {
		cyrillicMargin[0], cyrillicMargin[3] = m, m
		t.Logf("margin %.0f:%s", m, formatAgreement(names, agreement(names, ToLatin)))
	}
	cyrillicMargin = saved
	a := agreement(names, ToLatin)
	assert.GreaterOrEqual(t, a["ru"], 0.98, "Russian names must stay BGN/PCGN")
}

// TestCyrillicModelHeldOut measures the guess on real names that the model was not made
// from and nothing was tuned on (testdata/cyrlang_heldout.tsv): how often ToLatin gives a
// name its own standard's romanization, against reading every such name as Russian.
func TestCyrillicModelHeldOut(t *testing.T) {
	names := cyrNames(t, "testdata/cyrlang_heldout.tsv")
	// Before the trigram model, every name without a telling letter was read as Russian.
	before, after := agreement(names, Russian.Romanize), agreement(names, ToLatin)
	t.Logf("held-out names, before (all read as Russian):%s", formatAgreement(names, before))
	t.Logf("held-out names, after (letters, trigrams, name endings):%s", formatAgreement(names, after))
	assert.GreaterOrEqual(t, after["ru"], 0.96, "Russian names stay BGN/PCGN")
	assert.GreaterOrEqual(t, after["uk"], 0.60, "Ukrainian names follow KMU 2010")
	assert.Greater(t, after["uk"], before["uk"]+0.15)
	assert.GreaterOrEqual(t, after["bg"], before["bg"]-0.01)
}

func TestCyrillicEndingsExamples(t *testing.T) {
	m, err := loadCyrModel()
	require.NoError(t, err)
	rows, err := readTSV("cyrnames.tsv", mustReadData("cyrnames.tsv"), "ending", "lang", "weight", "example")
	require.NoError(t, err)
	require.Len(t, m.endings, len(rows))
	for _, r := range rows {
		t.Run(r.fields[0], func(t *testing.T) {
			assert.True(t, strings.HasSuffix(strings.ToLower(r.fields[3]), r.fields[0]), "%s does not end with %s", r.fields[3], r.fields[0])
		})
	}
}

func TestParseCyrModelErrors(t *testing.T) {
	const head = "ngram\tuk\tru\tbe\tbg\tsr\n"
	const ends = "ending\tlang\tweight\texample\n"
	tests := []struct {
		name, grams, endings, want string
	}{
		{"a trigram of two letters", head + "аб\t1\t1\t1\t1\t1\n", ends, `cyrlang.tsv:2: ngram: want 3 letters, got "аб"`},
		{"a count that is not a number", head + "абв\t1\tx\t1\t1\t1\n", ends, `cyrlang.tsv:2: ru: want a count, got "x"`},
		{"a duplicate trigram", head + "абв\t1\t1\t1\t1\t1\nабв\t1\t1\t1\t1\t1\n", ends, `cyrlang.tsv:3: ngram: duplicate "абв"`},
		{"a wrong header", "ngram\tuk\n", ends, `cyrlang.tsv:1: header: want "ngram\tuk\tru\tbe\tbg\tsr", got "ngram\tuk"`},
		{"an unknown language", head, ends + "ко\tpl\t1\tГришко\n", `cyrnames.tsv:2: lang: unknown "pl"`},
		{"a weight that is not positive", head, ends + "ко\tuk\t0\tГришко\n", `cyrnames.tsv:2: weight: want a positive number, got "0"`},
		{"an empty ending", head, ends + "\tuk\t1\tГришко\n", `cyrnames.tsv:2: ending: empty`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseCyrModel(tt.grams, tt.endings)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

func TestGuessCyrillicNoAlloc(t *testing.T) {
	_, _ = loadCyrModel()
	assert.Zero(t, testing.AllocsPerRun(100, func() { DetectCyrillic("Дмитро Кулеба") }))
}

// TestCyrillicModelIsGenerated regenerates data/cyrlang.tsv and the name lists from the
// hunspell dictionaries (Debian packages hunspell-uk, -ru, -be, -bg, -sr) and compares.
func TestCyrillicModelIsGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("regenerating the Cyrillic model runs the go tool: skipped under -short")
	}
	dir := "/usr/share/hunspell"
	for _, f := range []string{"uk_UA", "ru_RU", "be_BY", "bg_BG", "sr_RS"} {
		if _, err := os.Stat(filepath.Join(dir, f+".dic")); err != nil {
			skipnote.Skip(t, "hunspell dictionary %s is missing (apt-get install hunspell-uk hunspell-ru hunspell-be hunspell-bg hunspell-sr): %v", f, err)
		}
	}
	tmp := t.TempDir()
	cmd := exec.Command("go", "run", "gen_cyrlang.go", "-dir", dir,
		"-o", filepath.Join(tmp, "cyrlang.tsv"),
		"-heldout", filepath.Join(tmp, "heldout.tsv"),
		"-tuning", filepath.Join(tmp, "tuning.tsv"))
	msg, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", msg)
	for got, want := range map[string]string{
		"cyrlang.tsv": "data/cyrlang.tsv",
		"heldout.tsv": "testdata/cyrlang_heldout.tsv",
		"tuning.tsv":  "testdata/cyrlang_tuning.tsv",
	} {
		g, err := os.ReadFile(filepath.Join(tmp, got))
		require.NoError(t, err)
		w, err := os.ReadFile(want)
		require.NoError(t, err)
		assert.True(t, bytes.Equal(g, w), "%s is stale: run go generate", want)
	}
}

// The streaming Transformer weighs each word alone until a word with a telling letter sets
// the language.
func TestTransformerGuessesWordsWithoutTellingLetters(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a Ukrainian given name in -о by KMU 2010", "Петро Порошенко", "Petro Poroshenko"},
		{"a Russian given name in -ий by BGN/PCGN", "Дмитрий Медведев", "Dmitriy Medvedev"},
		{"a telling letter sets the language for the words after it", "Київ Миргород", "Kyiv Myrhorod"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := transform.String(Auto.NewTransformer(), tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

// BenchmarkDetectCyrillic: a name with a telling letter (decided by the letters alone), one
// without (the trigram model), a long text without; the baseline is the letter scan alone.
func BenchmarkDetectCyrillic(b *testing.B) {
	_, _ = loadCyrModel()
	inputs := []struct{ name, in string }{
		{"letter", "Володимир Зеленський"},
		{"model", "Дмитро Кулеба"},
		{"long-model", strings.Repeat("Дмитро Кулеба говорил с Михайло Федоровым. ", 40)},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				DetectCyrillic(in.in)
			}
		})
	}
	b.Run("baseline-letters-only", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, seen := scanCyrillic("Дмитро Кулеба", true)
			decideCyrillic(seen)
		}
	})
}
