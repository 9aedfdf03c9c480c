package entity

import (
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Names written in the scripts of South and East Asia meet the Latin spellings of a table.
func TestResolveOtherScripts(t *testing.T) {
	tbl, err := alias.LoadFile("testdata/press_scripts.tsv")
	require.NoError(t, err)
	r := NewResolver(tbl)
	for _, tt := range []resolveCase{
		{"Devanagari, schwa deleted at the end", "नरेंद्र मोदी", "modi"},
		{"Devanagari, surname alone", "मोदी", "modi"},
		{"Devanagari, aspirate dh", "राहुल गांधी", "gandhi"},
		{"Devanagari, anusvara before b", "मुकेश अंबानी", "ambani"},
		{"Bengali, title and name", "শেখ হাসিনা", "hasina"},
		{"Gurmukhi, tippi and v for w", "ਭਗਵੰਤ ਮਾਨ", "mann"},
		{"Tamil, initials and a voiced stop", "மு. க. ஸ்டாலின்", "stalin"},
		{"kana, Hepburn", "きしだ ふみお", "kishida"},
		{"katakana, a long vowel", "トーキョー", "tokyo"},
		{"katakana, foreign name split by the middle dot", "エマニュエル・マクロン", "macron"},
		{"katakana, foreign name compared by its consonants", "アンゲラ・メルケル", "merkel"},
		{"katakana, a short foreign name", "ジョー・バイデン", "biden"},
		{"Russian Palladius spelling read back as pinyin", "Мао Цзэдун", "mao"},
		{"Palladius, given name of two syllables", "Дэн Сяопин", "deng"},
		{"Palladius, qiang as цян", "Ли Кэцян", "likeqiang"},
		{"Palladius, surname first and alone", "Ху Цзиньтао", "hujintao"},
		{"Russian Kontsevich spelling read back", "Пак Кын Хе", "parkgeunhye"},
		{"Kontsevich, Ли is the surname 이 Lee", "Ли Чжэ Мён", "leejaemyung"},
		{"Hanja read as Korean", "朴槿惠", "parkgeunhye"},
		{"Hanja, a surname that is another syllable first (李 리, 이 Lee)", "李在明", "leejaemyung"},
		{"traditional Han reads as simplified", "習近平", "xi"},
		{"Turkish c is the дж of a Russian spelling", "Джем Оздемир", "ozdemir"},
		{"Turkish ç and c in Russian", "Мевлют Чавушоглу", "cavusoglu"},
		{"у before a vowel at the start of a word is w", "Уильям Бернс", "burns"},
		{"Arabic: a noun joined with Allah", "حزب الله", "hezbollah"},
		{"Latin: a noun and Allah apart", "Hizb Allah", "hezbollah"},
		{"Thai RTGS, silent letters under ์", "ประยุทธ์ จันทร์โอชา", "prayut"},
		{"Thai RTGS, a place in two words", "เชียงใหม่", "chiangmai"},
		{"Thai RTGS, a final t", "ภูเก็ต", "phuket"},
		{"kanji read as Japanese: family and given name by kun and name readings", "菅義偉", "suga"},
		{"kanji read as Japanese: a given name of three kanji", "小泉純一郎", "koizumi"},
		{"kanji read as Japanese: a long vowel written short (Kōno)", "河野太郎", "kono"},
		{"kanji read as Japanese: family and given name apart", "大谷 翔平", "ohtani"},
		{"kanji read as Japanese: a voiced later kanji (崎 zaki)", "宮崎駿", "miyazaki"},
		{"kanji read as Japanese: a place by on readings", "福岡", "fukuoka"},
		{"kanji read as Japanese: a place with a doubled consonant", "札幌", "sapporo"},
		{"kanji read as Japanese: a place of three kanji", "北海道", "hokkaido"},
		{"kanji read as Japanese: a title written on the name", "菅義偉首相", "suga"},
		{"kanji: another given name of the same family is another person (菅直人 Kan Naoto)", "菅直人", ""},
		{"kanji: the son is not the father (小泉進次郎 Shinjiro)", "小泉進次郎", ""},
		{"kanji: another Kōno (河野洋平 Yohei)", "河野洋平", ""},
		{"katakana transcription: the vowels that carry a consonant dropped (ブリンケン Burinken)", "ブリンケン", "blinken"},
		{"katakana transcription: チ chi for ti (プーチン Pūchin)", "プーチン", "putin"},
		{"katakana transcription: one letter for l and r (メローニ Meroni)", "メローニ", "meloni"},
		{"katakana transcription: a place (ベルリン Berurin)", "ベルリン", "berlin"},
		{"Hangul transcription: eu carries a consonant, ㅍ p for f (라브로프 Rabeuropeu)", "라브로프", "lavrov"},
		{"Hangul transcription: ng before k is n (블링컨 Beullingkeon)", "블링컨", "blinken"},
		{"Hangul transcription: a word with 크 is not split into surname and given name (마크롱)", "마크롱", "macron"},
		{"Hangul transcription: a final u after a vowel is the v of -iv (하르키우)", "하르키우", "kharkiv"},
		{"katakana transcription: a final u after a vowel is the v of -iv (ハルキウ)", "ハルキウ", "kharkiv"},
		{"katakana transcription: o and u are written apart (シュルツ is Schulz, not Scholz)", "シュルツ", ""},
		{"katakana transcription: another ending is another name (ゼレンスカ Zelenska)", "ゼレンスカ", ""},
		{"Hangul transcription: another ending is another name (젤렌스카 Zelenska)", "젤렌스카", ""},
		{"katakana transcription: the guess must keep the name's vowels (マークル Markle is not Merkel)", "マークル", ""},
		{"Thai: the family's own spelling (ชินวัตร Shinawatra, RTGS Chinnawat)", "ยิ่งลักษณ์ ชินวัตร", "yingluck"},
		{"Thai: a name written as one word", "ประวิตรวงษ์สุวรรณ", "prawit"},
		{"Thai: the press writes the r of ศร (ศรีราชา Sriracha)", "ศรีราชา", "sriracha"},
		{"Thai: another given name of the same family is another person (ทักษิณ Thaksin)", "ทักษิณ ชินวัตร", ""},
		{"Chinese transcription: a place, l for r (柏林 Bolin); b is not w (not William)", "柏林", "berlin"},
		{"Chinese transcription: a family name alone, 特 t and 普 p alone, n for m", "特朗普", "trump"},
		{"Chinese transcription: given and family name apart, l dropped before d", "唐纳德·特朗普", "trump"},
		{"Chinese transcription: the r that Mandarin drops after a plain vowel (默 mo)", "默克尔", "merkel"},
		{"Chinese transcription: 夫 f alone for v", "拉夫罗夫", "lavrov"},
		{"Chinese transcription: a long name", "内塔尼亚胡", "netanyahu"},
		{"Chinese transcription: b is not p (拜登 is Biden, not Putin)", "拜登", "biden"},
		{"Chinese transcription: the r of Star and of mer dropped after plain vowels (斯塔默)", "斯塔默", "starmer"},
		{"Chinese transcription: another ending is another name (泽连斯卡 Zelenska)", "泽连斯卡", ""},
		{"katakana transcription: ウ alone is v before a consonant (ウラジーミル・プーチン)", "ウラジーミル・プーチン", "putin"},
		{"Chinese transcription: not after a diphthong (迈克尔 is Michael, not Merkel)", "迈克尔", ""},
		{"a different person of the same script stays apart", "सोनिया गांधी", ""},
		{"a Chinese name read as Korean must meet a name closely", "江青", ""},
		{"a different person in katakana stays apart", "ジル・バイデン", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := r.Resolve(tt.in)
			if tt.want == "" {
				assert.False(t, ok, "%q resolved to %s %.3f", tt.in, m.Entity.ID, m.Score)
				return
			}
			if assert.True(t, ok, "%q: %v", tt.in, r.Candidates(tt.in, 3)) {
				assert.Equal(t, tt.want, m.Entity.ID)
			}
		})
	}
}
