package translit

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadings(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // one of the readings after the first
	}{
		{"Hanja: Han read as Korean", "文在寅", "Moon Jaein"},
		{"Hanja: a surname reading preferred for the first character (金 김 Kim)", "金大中", "Kim Daejung"},
		{"Hanja: traditional characters", "盧武鉉", "Roh Muhyeon"},
		{"Palladius: цз is j, инь is in", "Си Цзиньпин", "Xi Jinping"},
		{"Palladius: цзэ is ze, ун is ong", "Мао Цзэдун", "Mao Zedong"},
		{"Palladius: дэн is deng, сяо is xiao", "Дэн Сяопин", "Deng Xiaoping"},
		{"Palladius: кэ is ke, цян is qiang", "Ли Кэцян", "Li Keqiang"},
		{"Palladius: юй is yu, ё is written е", "Чжоу Эньлай", "Zhou Enlai"},
		{"Palladius: хуэй is hui", "Хуэйчжоу", "Huizhou"},
		{"Kontsevich: one Hangul word, press surname", "Пак Кын Хе", "Park Geunhye"},
		{"Kontsevich: е after ч is ㅓ, н is ㅇ", "Ким Чен Ын", "Kim Jeongeun"},
		{"Kontsevich: Ли is 이 Lee, ё is ㅕ", "Ли Мён Бак", "Lee Myeongbak"},
		{"Kontsevich: ь before я marks a final н; the Hangul word takes its table spelling", "Пхеньян", "Pyongyang"},
		{"Kontsevich: р is a final ㄹ", "Ким Ир Сен", "Kim Ilseong"},
		{"McCune–Reischauer: ㅈ is ch at the start, ㅓ is o, ㅢ is ui, the surname by MR", "박정희", "Pak Chonghui"},
		{"McCune–Reischauer: ㄱ ㄷ ㅂ ㅈ voiced between voiced sounds (Kim Tae-jung)", "김대중", "Kim Taejung"},
		{"McCune–Reischauer: 이 as a surname is Yi", "이순신", "Yi Sunshin"},
		{"press: ㅓ is u and ㅢ is i (Park Chung-hee)", "박정희", "Park Chunghi"},
		{"press: ㅕ is yu (Kim Young-sam, whose key is that of Yung)", "김영삼", "Kim Yungsam"},
		{"press: 우 after a vowel is wu (Roh Tae-woo)", "노태우", "Roh Taewu"},
		{"press: ㄱ is k at the start of a given name (Ban Ki-moon)", "반기문", "Ban Kimun"},
		{"press readings of Hanja too (朴正熙 Park Chung-hee)", "朴正熙", "Park Chunghi"},
		{"Thai press: the r of ศร is written (ศรีราชา Sriracha)", "ศรีราชา", "Sriracha"},
		{"Thai press: ร closing a final cluster is a syllable (ชินวัตร Chinwatra)", "ยิ่งลักษณ์ ชินวัตร", "Yinglak Chinwatra"},
		{"Thai press: ช at the start of a word is sh", "ยิ่งลักษณ์ ชินวัตร", "Yinglak Shinwatra"},
		{"Thai: a name written as one word, split in two", "ประวิตรวงษ์สุวรรณ", "Prawit Wongsuwan"},
		{"Thai: a name written as one word, split, in the press form", "อนุทินชาญวีรกูล", "Anuthin Shanwinkun"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Readings(tt.in)
			require.NotEmpty(t, got)
			assert.Equal(t, ToLatin(tt.in), got[0], "the first reading is ToLatin's")
			assert.Contains(t, got[1:], tt.want)
			assert.LessOrEqual(t, len(got), maxReadings)
		})
	}
}

func TestReadingsNone(t *testing.T) {
	tests := []struct{ name, in string }{
		{"a Russian name is not a run of Chinese or Korean syllables", "Владимир Путин"},
		{"Latin that is no run of Chinese or Korean syllables has one reading", "Olaf Scholz"},
		{"Hangul without a syllable has one reading", "ㅋㅋ"},
		{"a Hangul word that is no personal name has no MR reading: each would cost a lookup (부산)", "부산"},
		{"a Korean name in a longer text has no MR reading: the name alone has", "박정희 대통령"},
		{"kana has one reading", "キーウ"},
		{"empty", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, []string{ToLatin(tt.in)}, Readings(tt.in))
		})
	}
}

func TestTraditionalReadsAsSimplified(t *testing.T) {
	for _, pair := range [][2]string{{"蔣介石", "蒋介石"}, {"習近平", "习近平"}, {"臺灣", "台湾"}, {"鄧小平", "邓小平"}} {
		t.Run(pair[0], func(t *testing.T) {
			assert.Equal(t, Chinese.Romanize(pair[1]), Chinese.Romanize(pair[0]))
		})
	}
}

func TestSyllableTablesLoad(t *testing.T) {
	st, err := loadSyllableTables()
	require.NoError(t, err)
	assert.Greater(t, len(st.palladius), 390, "Palladius syllables")
	h, err := loadHanja()
	require.NoError(t, err)
	assert.Greater(t, len(h), 8000, "characters with a Korean reading")
}

func FuzzReadings(f *testing.F) {
	for _, s := range []string{"Си Цзиньпин", "Ким Чен Ын", "文在寅", "Пхеньян", "ььь", "金", "", "\xff", "ಸಿದ್ದರಾಮಯ್ಯ", "ಬಸವರಾಜ ಬೊಮ್ಮಾಯಿ", "హైదరాబాద్", "ಮೈ", "ಜ\xffಜ", "ಜ x ಜ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Readings(s)
		if len(got) == 0 || got[0] != ToLatin(s) || len(got) > maxReadings {
			t.Fatalf("Readings(%q) = %q", s, got)
		}
	})
}
