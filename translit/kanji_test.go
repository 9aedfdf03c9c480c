package translit

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/namecanon/namecanon/internal/skipnote"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/japanese"
)

func TestKanjiReads(t *testing.T) {
	for _, tt := range []struct {
		name, kanji, latin string
		want               bool
	}{
		{"kun readings of a family name", "小池", "Koike", true},
		{"on readings of a place", "京都", "Kyoto", true},
		{"on readings, long vowels written short", "仙台", "Sendai", true},
		{"a long vowel with a macron folds", "東京", "Tōkyō", true},
		{"a long vowel written oh", "大谷", "Ohtani", true},
		{"a long vowel written ou", "河野", "Kouno", true},
		{"a long vowel written short", "河野", "Kono", true},
		{"rendaku: a later t is voiced (田 da)", "島田", "Shimada", true},
		{"rendaku: a later s is voiced (崎 zaki)", "宮崎", "Miyazaki", true},
		{"rendaku: a later h is voiced (破 ba)", "石破", "Ishiba", true},
		{"no rendaku where the word has none", "福島", "Fukushima", true},
		{"gemination: 札 satsu loses tsu before h, which becomes pp", "札幌", "Sapporo", true},
		{"gemination: 北 hoku loses ku before k", "北海道", "Hokkaido", true},
		{"the iteration mark repeats the kanji before", "佐々木", "Sasaki", true},
		{"a kun reading with its okurigana is a given name (茂 shigeru)", "茂", "Shigeru", true},
		{"name readings (nanori): 義 yoshi, 偉 hide", "義偉", "Yoshihide", true},
		{"name readings: 三 zō after 晋 shin", "晋三", "Shinzo", true},
		{"n before p written m or n", "新橋", "Shimbashi", true},
		{"n before p written n", "新橋", "Shinbashi", true},
		{"a given name of three kanji", "純一郎", "Junichiro", true},
		{"a different family name of the same first kanji is no reading", "石原", "Ishiba", false},
		{"a different given name is no reading (直人 Naoto, not Yoshihide)", "直人", "Yoshihide", false},
		{"a longer name is no reading of a shorter (晋太郎 is not Shinzo)", "晋太郎", "Shinzo", false},
		{"a reading must use every kanji", "岸", "Kishida", false},
		{"a Mandarin reading is no Japanese reading", "杭州", "Hangzhou", false},
		{"kana is no kanji", "きしだ", "kishida", false},
		{"an empty latin", "岸田", "", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, KanjiReads(tt.kanji, tt.latin), "%s %s", tt.kanji, tt.latin)
		})
	}
}

func TestKanjiReadings(t *testing.T) {
	rs, complete := KanjiReadings("長崎", 10000)
	assert.True(t, complete)
	assert.Contains(t, rs, "nagasaki", "the reading of the place")
	assert.Contains(t, rs, "nagazaki", "the voiced form is among the readings")
	for _, r := range rs {
		assert.True(t, KanjiReads("長崎", r), "every reading KanjiReadings lists is one KanjiReads accepts: %s", r)
	}
	few, complete := KanjiReadings("長崎", 3)
	assert.False(t, complete, "a limit below the count cuts the list")
	assert.Len(t, few, 3)
	none, _ := KanjiReadings("長崎ながさき", 10)
	assert.Nil(t, none, "kana is not read")
	long, _ := KanjiReadings("一二三四五六七", 10)
	assert.Nil(t, long, "seven kanji are more than a name")
}

// TestKanjiTableIsGenerated regenerates rules/ja_kanji.tsv from KANJIDIC, which comes with
// the Debian package kanjidic, and compares.
func TestKanjiTableIsGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("regenerating the kanji table runs the go tool: skipped under -short")
	}
	src := "/usr/share/edict/kanjidic"
	if _, err := os.Stat(src); err != nil {
		skipnote.Skip(t, "KANJIDIC %s is missing (install the Debian package kanjidic): %v", src, err)
	}
	out := filepath.Join(t.TempDir(), "ja_kanji.tsv")
	msg, err := exec.Command("go", "run", "gen_kanji.go", "-src", src, "-o", out).CombinedOutput()
	require.NoError(t, err, "%s", msg)
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.True(t, bytes.Equal(got, []byte(jaKanjiTSV)), "rules/ja_kanji.tsv is stale: run go generate")
}

// TestKanjiReadsNameDictionary measures KanjiReads on real Japanese names that the table was
// not made from: ENAMDICT, the EDRDG dictionary of Japanese proper names (Debian package
// enamdict), each entry a name in kanji with its reading in Latin letters. Every 97th entry
// of one to four kanji is read; recall is the share of them whose own reading KanjiReads
// accepts, false acceptance the share of another entry's (different) reading it accepts.
// `go test ./translit -run KanjiReadsNameDictionary -v` prints the figures.
func TestKanjiReadsNameDictionary(t *testing.T) {
	const src = "/usr/share/edict/enamdict"
	f, err := os.Open(src)
	if err != nil {
		skipnote.Skip(t, "ENAMDICT %s is missing (install the Debian package enamdict): %v", src, err)
	}
	defer f.Close()
	type entry struct{ kanji, latin, class string }
	var es []entry
	sc := bufio.NewScanner(japanese.EUCJP.NewDecoder().Reader(f))
	n := 0
	for sc.Scan() {
		// 安倍 [あべ] /(p,s) Abe/
		kanji, rest, ok := strings.Cut(sc.Text(), " [")
		if !ok {
			continue
		}
		_, rest, _ = strings.Cut(rest, "] /(")
		class, latin, _ := strings.Cut(rest, ") ")
		latin = strings.TrimSuffix(latin, "/")
		if k := utf8.RuneCountInString(kanji); k < 1 || k > 4 || strings.ContainsAny(latin, "/ ") || kanjiForms(kanji) == nil {
			continue
		}
		if n++; n%97 == 0 {
			es = append(es, entry{kanji, latin, class})
		}
	}
	require.NoError(t, sc.Err())
	require.Greater(t, len(es), 1000)
	type tally struct{ read, n, falseOK, falseN int }
	by := map[string]*tally{}
	for i, e := range es {
		c := map[string]string{"s": "surname", "p": "place", "g": "given", "m": "given", "f": "given", "p,s": "place"}[e.class]
		if c == "" {
			continue
		}
		if by[c] == nil {
			by[c] = &tally{}
		}
		tl := by[c]
		tl.n++
		if KanjiReads(e.kanji, e.latin) {
			tl.read++
		}
		if o := es[(i+7)%len(es)]; Fold(o.latin) != Fold(e.latin) {
			tl.falseN++
			if KanjiReads(e.kanji, o.latin) {
				tl.falseOK++
			}
		}
	}
	for _, c := range []string{"surname", "given", "place"} {
		tl := by[c]
		require.NotNil(t, tl, c)
		recall, fa := float64(tl.read)/float64(tl.n), float64(tl.falseOK)/float64(tl.falseN)
		t.Logf("%-8s %4d names: read %.1f %%, another name's reading accepted %.2f %%", c, tl.n, 100*recall, 100*fa)
		assert.GreaterOrEqual(t, recall, 0.75, c)
		assert.LessOrEqual(t, fa, 0.015, c)
	}
}
