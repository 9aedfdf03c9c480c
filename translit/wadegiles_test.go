package translit

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWadeGilesTableLoads(t *testing.T) {
	tbl, err := loadWadeGiles()
	require.NoError(t, err)
	assert.Contains(t, tbl.spellings["hsiao"], "xiao", "Wade–Giles hs is pinyin x")
	assert.ElementsMatch(t, []string{"jing", "qing"}, tbl.spellings["ching"], "ch without its apostrophe is j or q")
	assert.Contains(t, tbl.spellings["chih"], "zhi")
	assert.Contains(t, tbl.spellings["tzu"], "zi")
}

func TestWadeGilesReadings(t *testing.T) {
	tests := []struct {
		name, in, want string // want: a reading that must be among them; "" for none at all
	}{
		{"Wade–Giles -ung is -ong and ch is q (Chungking)", "Chungking", "Chongqing"},
		{"Postal -ow is -ou and ch is zh (Hangchow)", "Hangchow", "Hangzhou"},
		{"Postal ts before i is j (Tsinan)", "Tsinan", "Jinan"},
		{"Postal k before i is j and s before i is x (Sinkiang)", "Sinkiang", "Xinjiang"},
		{"Postal kw is gu (Kwangsi)", "Kwangsi", "Guangxi"},
		{"Wade–Giles hs is x, k is g (Kaohsiung)", "Kaohsiung", "Gaoxiong"},
		{"Wade–Giles t is d and -ung -ong (Shantung)", "Shantung", "Shandong"},
		{"hyphenated Wade–Giles given name (Mao Tse-tung)", "Mao Tse-tung", "Mao Zedong"},
		{"Wade–Giles -ien is -ian (Tientsin)", "Tientsin", "Tianjin"},
		{"a name that is pinyin already has no other reading", "Li Peng", ""},
		{"a word that is no run of syllables gives none (London)", "London", ""},
		{"one word that is no syllables spoils the name", "Tientsin Airport", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := wadeGilesReadings(tt.in, maxReadings)
			if tt.want == "" {
				assert.Empty(t, got)
				return
			}
			assert.Contains(t, got, tt.want)
			assert.Contains(t, Readings(tt.in), tt.want)
		})
	}
}

func TestWadeGilesReadingsBounded(t *testing.T) {
	// Every state of the split fails once: a long word of syllable-like letters ends quickly
	// and returns at most the limit.
	got := wadeGilesReadings("Chingchingchingching", 5)
	assert.LessOrEqual(t, len(got), 5)
	assert.Empty(t, wadeGilesReadings("tsatsatsatsatsatsatsatsatsatsatsatsatsax", 5))
}

func TestHanWadeGiles(t *testing.T) {
	tests := []struct {
		name, in, want string // want "" for no reading
	}{
		{"surname, then the given name's syllables hyphenated (卓榮泰)", "卓榮泰", "Cho Jung-tai"},
		{"pinyin j and q are ch (蔣萬安)", "蔣萬安", "Chiang Wan-an"},
		{"pinyin x is hs and -ong is -ung (林佳龍, 黃國昌)", "黃國昌", "Huang Kuo-chang"},
		{"pinyin zh is ch and -e after k is -o (柯文哲)", "柯文哲", "Ko Wen-che"},
		{"the surname's own reading (曾 Zeng is Tseng)", "曾庆红", "Tseng Ching-hung"},
		{"a two-character surname joined (歐陽修)", "歐陽修", "Ouyang Hsiu"},
		{"a word without a surname joined (台北)", "台北", "Taipei"},
		{"a table word with a reading of its own has none (重庆)", "重庆", ""},
		{"Latin has none", "Taipei", ""},
		{"a foreign name written by sound has none (基辅 Kyiv)", "基辅", ""},
		{"three words have none", "台 北 市 区", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := hanWadeGiles(tt.in)
			if tt.want == "" {
				assert.False(t, ok, "%q", got)
				return
			}
			assert.True(t, ok)
			assert.Equal(t, tt.want, got)
			assert.Contains(t, Readings(tt.in), tt.want)
		})
	}
}

func TestWadeGilesTableErrors(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"unknown system", "spelling\tpinyin\tsystem\nching\tqing\tgr\n", `t.tsv:2: system: "gr" is neither wg nor postal`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseWadeGiles("t.tsv", tt.data)
			assert.EqualError(t, err, tt.want)
		})
	}
}

func TestPinyinWadeGiles(t *testing.T) {
	tests := []struct {
		name, in, want string // want "" when there is no Wade–Giles form
	}{
		{"pinyin d is Wade–Giles t and the given name's syllables are joined (Lee Teng-hui)", "Li Denghui", "Li Tenghui"},
		{"pinyin j is ch and an apostrophe in the pinyin is dropped (Chiang Wan-an)", "Jiang Wan'an", "Chiang Wanan"},
		{"pinyin x is hs and c is ts (Hsu Kuo-yung)", "Xu Guoyong", "Hsu Kuoyung"},
		{"pinyin r is j and zh ch (Cho Jung-tai)", "Zhuo Rongtai", "Cho Jungtai"},
		{"pinyin c is ts, q ch (Tsai Chi-chang)", "Cai Qichang", "Tsai Chichang"},
		{"a hyphenated pinyin given name splits at its hyphen", "Zhuo Rong-tai", "Cho Jungtai"},
		{"a word splits into the fewest syllables (Xi'an as one)", "Xian Ping", "Hsien Ping"},
		{"a name that reads the same has no other form (Hun Sen)", "Hun Sen", ""},
		{"a word that is no pinyin spoils the name", "Angela Merkel", ""},
		{"one word is no name", "Zhuo", ""},
		{"five syllables in a word are too many", "Zhuo Rongtaidengxianping", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := pinyinWadeGiles(tt.in)
			assert.Equal(t, tt.want != "", ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestReadingsMeetWadeGiles(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"pinyin of a Taiwanese premier in Wade–Giles (Cho Jung-tai)", "Zhuo Rongtai", "Cho Jungtai"},
		{"pinyin of a Taiwanese president in Wade–Giles (Lee Teng-hui)", "Li Denghui", "Li Tenghui"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Contains(t, Readings(tt.in), tt.want)
		})
	}
}
