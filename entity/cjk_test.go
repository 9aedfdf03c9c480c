package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestKanjiParts(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     [][]string
	}{
		{"a name in one run splits at every place a family name may end", "菅義偉", [][]string{{"菅義偉"}, {"菅", "義偉"}, {"菅義", "偉"}}},
		{"a space splits as written", "大谷 翔平", [][]string{{"大谷", "翔平"}}},
		{"a middle dot splits as written", "大谷・翔平", [][]string{{"大谷", "翔平"}}},
		{"the iteration mark starts no word", "佐々木", [][]string{{"佐々木"}, {"佐々", "木"}}},
		{"a run of four is no one word; a part has three kanji at most", "小泉純一郎", [][]string{{"小泉", "純一郎"}, {"小泉純", "一郎"}}},
		{"one kanji is too little", "菅", nil},
		{"kana is not kanji", "きしだ", nil},
		{"seven kanji are too many", "一二三四五六七", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, kanjiParts(tt.in))
		})
	}
}

func TestStripHanTitle(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"a Japanese title after the name", "石破茂首相", "石破茂"},
		{"a Chinese title after the name", "李强总理", "李强"},
		{"no title", "石破茂", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := stripHanTitle(tt.in)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestTranscriptionForms(t *testing.T) {
	for _, tt := range []struct{ name, romanized, want string }{
		{"Japanese u after a consonant carries it (メルケル)", "merukeru", "merker"},
		{"the first such vowel kept is another form (スナク)", "sunaku", "sunak"},
		{"Japanese o after t carries it (トランプ)", "torampu", "tramp"},
		{"Japanese a for English u (トランプ)", "torampu", "trump"},
		{"チ chi for ti (プーチン)", "puchin", "putin"},
		{"Korean eu carries a consonant (트럼프)", "teureompeu", "trump"},
		{"Korean ㅍ p for f (올라프)", "ollapeu", "ollaf"},
		{"Korean ng before k is n (블링컨)", "beullingkeon", "bllinkun"},
		{"a final u after a vowel is Ukrainian v (하르키우)", "hareukiu", "harkiv"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Contains(t, transcriptionForms(tt.romanized), tt.want)
		})
	}
	assert.Empty(t, transcriptionForms("ab"), "too short to have carried vowels")
	assert.LessOrEqual(t, len(transcriptionForms("urajimiru")), maxTranscriptionForms)
}

func TestOuSwapped(t *testing.T) {
	assert.True(t, ouSwapped("shults", "sholts"), "Schulz and Scholz")
	assert.False(t, ouSwapped("sholts", "sholts"), "the same word")
	assert.False(t, ouSwapped("trump", "tramp"), "a and u are no o and u")
}
