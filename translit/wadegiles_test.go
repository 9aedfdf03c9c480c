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
