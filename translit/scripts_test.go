package translit

import (
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
	"golang.org/x/text/transform"
)

// scriptCase is one row of a romanization table: in romanized with std gives want.
type scriptCase struct {
	name string
	in   string
	want string
}

func runScriptCases(t *testing.T, std Standard, tests []scriptCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, std.Romanize(tt.in), "%s %s", std, tt.in)
		})
	}
}

func TestEmbeddedTablesLoad(t *testing.T) {
	_, err := loadARNames()
	require.NoError(t, err)
	_, err = loadHENames()
	require.NoError(t, err)
	_, err = loadKONames()
	require.NoError(t, err)
	sc, err := loadHanScheme()
	require.NoError(t, err)
	assert.Greater(t, len(sc.readings), 400, "toneless pinyin syllables")
	_, err = loadEthiopic()
	require.NoError(t, err)
	_, err = loadKOPress()
	require.NoError(t, err)
	kana, err := loadKanaScheme()
	require.NoError(t, err)
	assert.Greater(t, len(kana.two), 40, "kana digraphs")
	tabs, err := loadBrahmic()
	require.NoError(t, err)
	th, err := loadThai()
	require.NoError(t, err)
	assert.Len(t, th.initial, 44, "Thai consonants")
	assert.Len(t, tabs, len(brahmicBlocks))
}

func TestKoreanSoundChanges(t *testing.T) {
	runScriptCases(t, Korean, []scriptCase{
		{name: "RR letters, two syllables never split as a name (서 is a surname)", in: "서울", want: "Seoul"},
		{name: "RR letters: ㅂ is b, ㅅ is s", in: "부산", want: "Busan"},
		{name: "final ㄱ is k at the end of a word", in: "한국", want: "Hanguk"},
		{name: "final ㄹ is l before a consonant", in: "울산", want: "Ulsan"},
		{name: "a final moves to the next syllable before ㅇ (ㄹ becomes r)", in: "설악", want: "Seorak"},
		{name: "ㄱ before ㅁ is ng", in: "백마", want: "Baengma"},
		{name: "ㄱ before ㄹ is ng and the ㄹ is n, ㅂ before ㅁ is m", in: "독립문", want: "Dongnimmun"},
		{name: "ㅂ before ㄹ is m and the ㄹ is n", in: "왕십리", want: "Wangsimni"},
		{name: "ㄴ before ㄹ is ll", in: "신라", want: "Silla"},
		{name: "ㄹ before ㄴ is ll", in: "설날", want: "Seollal"},
		{name: "ㄹ before ㄹ is ll", in: "울릉도", want: "Ulleungdo"},
		{name: "ㅇ before ㄹ leaves the ㄹ as n", in: "종로", want: "Jongno"},
		{name: "ㄴ before ㄹ is ll inside a longer word", in: "대관령", want: "Daegwallyeong"},
		{name: "ㅎ after ㄱ in a noun stays h", in: "묵호", want: "Mukho"},
		{name: "ㅎ before ㄱ aspirates it to k", in: "좋고", want: "Joko"},
		{name: "ㄷ before 이 is j", in: "굳이", want: "Guji"},
		{name: "ㅌ before 이 is ch", in: "같이", want: "Gachi"},
		{name: "loose jamo are written by their letter", in: "ㄱㄴ", want: "Gn"},
		{name: "words of other scripts are left alone", in: "Seoul 서울", want: "Seoul Seoul"},
	})
}

func TestKoreanNames(t *testing.T) {
	runScriptCases(t, Korean, []scriptCase{
		{name: "surname in press spelling, given name as one word", in: "김정은", want: "Kim Jeongeun"},
		{name: "given name syllable by syllable: no liaison of ㄱ before 열", in: "윤석열", want: "Yoon Seokyeol"},
		{name: "문 is Moon", in: "문재인", want: "Moon Jaein"},
		{name: "박 is Park", in: "박근혜", want: "Park Geunhye"},
		{name: "이 is Lee", in: "이재명", want: "Lee Jaemyeong"},
		{name: "given name keeps RR (press Ki-moon)", in: "반기문", want: "Ban Gimun"},
		{name: "two-syllable surname before a one-syllable given name", in: "황보관", want: "Hwangbo Gwan"},
		{name: "two-syllable surname in a four-syllable name", in: "남궁옥분", want: "Namgung Okbun"},
		{name: "place suffix 구 keeps a word whole", in: "강남구", want: "Gangnamgu"},
		{name: "place suffix 도 keeps a word whole", in: "제주도", want: "Jejudo"},
		{name: "place suffix 대 keeps a word whole", in: "서울대", want: "Seouldae"},
		{name: "a table word is never split", in: "이태원", want: "Itaewon"},
		{name: "a table word gives the press spelling", in: "평양", want: "Pyongyang"},
		{name: "two-syllable names are not split", in: "김구", want: "Gimgu"},
	})
}

func TestArabic(t *testing.T) {
	runScriptCases(t, Arabic, []scriptCase{
		{name: "table names", in: "صدام حسين", want: "Saddam Hussein"},
		{name: "table names and particle bin", in: "أسامة بن لادن", want: "Osama bin Laden"},
		{name: "table lookup ignores harakat", in: "مُحَمَّد", want: "Mohammed"},
		{name: "table lookup folds hamza forms of alef", in: "احمد", want: "Ahmed"},
		{name: "table lookup folds ة and ه", in: "اسامه", want: "Osama"},
		{name: "table lookup reads presentation forms", in: "\uFDF2", want: "Allah"},
		{name: "article is al- before a table word", in: "بشار الأسد", want: "Bashar al-Assad"},
		{name: "whole table word with the article", in: "أيمن الظواهري", want: "Ayman al-Zawahiri"},
		{name: "article al- before a word by rule", in: "معمر القذافي", want: "Muammar al-Qadhafi"},
		{name: "و before ا is w, final ي is i", in: "الزرقاوي", want: "al-Zarqawi"},
		{name: "a is inserted where no vowel is written", in: "بغداد", want: "Baghdad"},
		{name: "tatweel is ignored", in: "بغـداد", want: "Baghdad"},
		{name: "a final cluster after ā takes i (fāʿil)", in: "خالد", want: "Khalid"},
		{name: "initial أي is ay", in: "أيمن", want: "Ayman"},
		{name: "initial إي is i", in: "إيران", want: "Iran"},
		{name: "harakat give the vowels", in: "دِمَشْق", want: "Dimashq"},
		{name: "fatha before alef is one a", in: "بَغْدَاد", want: "Baghdad"},
		{name: "without harakat the vowels are guessed (Dimashq)", in: "دمشق", want: "Damshaq"},
		{name: "عبد joined with the article is Abdul", in: "عبدالعزيز", want: "Abdulaziz"},
		{name: "alef maksura after ā and a consonant is i", in: "الجيلانى", want: "al-Jilani"},
		{name: "separate words stay separate", in: "حسن نصر الله", want: "Hassan Nasr Allah"},
		{name: "حزب الله is two words", in: "حزب الله", want: "Hizb Allah"},
		{name: "و after a word-initial ع is the consonant w of a diphthong", in: "عوض", want: "Awad"},
		{name: "و after ع is w after the article too", in: "العوامية", want: "al-Awamia"},
	})
}

func TestPersian(t *testing.T) {
	runScriptCases(t, Persian, []scriptCase{
		{name: "Persian table first", in: "محمد", want: "Mohammad"},
		{name: "Persian table: حسین is Hossein", in: "حسین", want: "Hossein"},
		{name: "ZWNJ does not split a word", in: "خامنه\u200cای", want: "Khamenei"},
		{name: "Arabic table second", in: "صدام", want: "Saddam"},
		{name: "و is v", in: "ولی", want: "Vali"},
		{name: "final ه after a consonant is eh", in: "فرزانه", want: "Farzaneh"},
		{name: "ژ is zh", in: "ژاله", want: "Zhaleh"},
		{name: "vav of خوا is silent", in: "خواجه", want: "Khajeh"},
		{name: "ZWNJ ends a part: each part gets its own vowels", in: "حسن\u200cزاده", want: "Hasanzadeh"},
		{name: "Urdu: a final heh goal ہ is a, not eh", in: "ملالہ", want: "Malala"},
		{name: "Urdu: ٹ is t and a final heh goal ہ is a", in: "پٹنہ", want: "Patna"},
		{name: "Urdu: a heh goal inside a word is h", in: "شہباز", want: "Shahbaz"},
		{name: "Urdu: do-chashmi he after a consonant is its aspiration, no vowel between", in: "بھارت", want: "Bharet"},
		{name: "Urdu: do-chashmi he after ch is chh", in: "چھاپہ", want: "Chhapa"},
		{name: "Urdu: do-chashmi he after k is kh (Hina Rabbani Khar)", in: "کھر", want: "Khar"},
	})
}

func TestDetectArabic(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Standard
	}{
		{name: "Arabic letters only is Arabic", in: "بشار الأسد", want: Arabic},
		{name: "Arabic yeh and kaf stay Arabic", in: "علي كريم", want: Arabic},
		{name: "پ is Persian", in: "پزشکیان", want: Persian},
		{name: "چ is Persian", in: "عراقچی", want: Persian},
		{name: "ژ is Persian", in: "ژاله", want: Persian},
		{name: "گ is Persian", in: "گرگان", want: Persian},
		{name: "Persian kaf ک is Persian", in: "کرج", want: Persian},
		{name: "Persian yeh ی alone is Persian", in: "علی", want: Persian},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, detectArabic(tt.in))
		})
	}
}

func TestAutoArabicScript(t *testing.T) {
	runScriptCases(t, Auto, []scriptCase{
		{name: "one Persian letter makes the whole text Persian", in: "محمد علی", want: "Mohammad Ali"},
		{name: "Arabic text uses the Arabic table", in: "محمد علي", want: "Mohammed Ali"},
	})
}

func TestHebrew(t *testing.T) {
	runScriptCases(t, Hebrew, []scriptCase{
		{name: "table names", in: "בנימין נתניהו", want: "Benjamin Netanyahu"},
		{name: "table lookup ignores niqqud", in: "נְתַנְיָהוּ", want: "Netanyahu"},
		{name: "ו between consonants is o, ח is h", in: "חולון", want: "Holon"},
		{name: "ו between a consonant and א is a vowel (a foreign name)", in: "חואן", want: "Hoen"},
		{name: "י between consonants is i, final ה is a", in: "דימונה", want: "Dimona"},
		{name: "ב after the start is v", in: "רחובות", want: "Rehovot"},
		{name: "final ה after i is a", in: "טבריה", want: "Tevria"},
		{name: "niqqud give the vowels, shva closes, dagesh on ד is ignored", in: "אַשְׁדּוֹד", want: "Ashdod"},
		{name: "hiriq male: yod after hiriq is not y", in: "דִּימוֹנָה", want: "Dimona"},
		{name: "without niqqud the vowels are guessed as e (Ashdod)", in: "אשדוד", want: "Eshdod"},
		{name: "geresh makes ג j", in: "ג'נין", want: "Jenin"},
		{name: "Hebrew geresh sign counts as geresh", in: "ג\u05F3נין", want: "Jenin"},
	})
}

func TestChinese(t *testing.T) {
	runScriptCases(t, Chinese, []scriptCase{
		{name: "surname first, given name one word", in: "习近平", want: "Xi Jinping"},
		{name: "two-character name", in: "李强", want: "Li Qiang"},
		{name: "one-syllable given name", in: "王毅", want: "Wang Yi"},
		{name: "three-character name", in: "毛泽东", want: "Mao Zedong"},
		{name: "Taiwanese name in pinyin, not Wade-Giles", in: "蔡英文", want: "Cai Yingwen"},
		{name: "traditional characters", in: "馬英九", want: "Ma Yingjiu"},
		{name: "surname with a reading of its own", in: "曾庆红", want: "Zeng Qinghong"},
		{name: "two-character surname", in: "欧阳修", want: "Ouyang Xiu"},
		{name: "two-character surname, traditional", in: "諸葛亮", want: "Zhuge Liang"},
		{name: "ü is kept", in: "吕秀莲", want: "Lü Xiulian"},
		{name: "Taiwanese surname 賴, traditional", in: "賴清德", want: "Lai Qingde"},
		{name: "Taiwanese surname 柯", in: "柯文哲", want: "Ke Wenzhe"},
		{name: "Taiwanese surname 游", in: "游錫堃", want: "You Xikun"},
		{name: "Taiwanese surname 蘇 with 貞昌", in: "蘇貞昌", want: "Su Zhenchang"},
		{name: "two-character Taiwanese surname 張簡", in: "張簡珍", want: "Zhangjian Zhen"},
		{name: "mainland surname 聂", in: "聂卫平", want: "Nie Weiping"},
		{name: "a transcription that starts like a surname is one word", in: "霍梅尼", want: "Huomeini"},
		{name: "a word not starting with a surname is joined", in: "北京", want: "Beijing"},
		{name: "joined word", in: "上海", want: "Shanghai"},
		{name: "joined word, simplified", in: "台湾", want: "Taiwan"},
		{name: "joined word, traditional", in: "台灣", want: "Taiwan"},
		{name: "华 is not in the surname list", in: "华为", want: "Huawei"},
		{name: "apostrophe before a syllable starting with a vowel", in: "西安", want: "Xi'an"},
		{name: "apostrophe inside a longer word", in: "天安门", want: "Tian'anmen"},
		{name: "place starting with a surname is a table word", in: "武汉", want: "Wuhan"},
		{name: "table word fixes a reading", in: "重庆", want: "Chongqing"},
		{name: "runs longer than four characters are joined", in: "中华人民共和国", want: "Zhonghuarenmingongheguo"},
		{name: "one character", in: "中", want: "Zhong"},
		{name: "Extension B characters have readings", in: "\U00020000", want: "He"},
	})
}

// TestNameTableRows checks that every row of the name tables is found through the public
// API: lookup keys, word scanning (ZWNJ, geresh) and the standard's tables agree.
func TestNameTableRows(t *testing.T) {
	for _, row := range mustRows(t, "rules/ar_names.tsv", arNamesTSV, "lang", "arabic", "latin") {
		std := Arabic
		if row.fields[0] == "fa" {
			std = Persian
		}
		t.Run(row.fields[0]+" "+row.fields[1], func(t *testing.T) {
			assert.Equal(t, row.fields[2], std.Romanize(row.fields[1]))
		})
	}
	for _, row := range mustRows(t, "rules/he_names.tsv", heNamesTSV, "hebrew", "latin") {
		t.Run("he "+row.fields[0], func(t *testing.T) {
			assert.Equal(t, row.fields[1], Hebrew.Romanize(row.fields[0]))
		})
	}
	for _, row := range mustRows(t, "rules/ko_names.tsv", koNamesTSV, "hangul", "latin", "kind") {
		if row.fields[2] != "word" {
			continue
		}
		t.Run("ko "+row.fields[0], func(t *testing.T) {
			assert.Equal(t, row.fields[1], Korean.Romanize(row.fields[0]))
		})
	}
	for _, row := range mustRows(t, "rules/zh_names.tsv", zhNamesTSV, "han", "latin", "kind") {
		if row.fields[2] != "word" {
			continue
		}
		t.Run("zh "+row.fields[0], func(t *testing.T) {
			assert.Equal(t, row.fields[1], Chinese.Romanize(row.fields[0]))
		})
	}
}

// TestSurnameRows checks that every surname row splits a real-shaped name: the surname
// followed by a two-syllable given name (Korean 민준, Chinese 建国).
func TestSurnameRows(t *testing.T) {
	for _, row := range mustRows(t, "rules/ko_names.tsv", koNamesTSV, "hangul", "latin", "kind") {
		if row.fields[2] != "surname" {
			continue
		}
		t.Run("ko "+row.fields[0], func(t *testing.T) {
			assert.Equal(t, row.fields[1]+" Minjun", Korean.Romanize(row.fields[0]+"민준"))
		})
	}
	for _, row := range mustRows(t, "rules/zh_names.tsv", zhNamesTSV, "han", "latin", "kind") {
		if row.fields[2] != "surname" {
			continue
		}
		t.Run("zh "+row.fields[0], func(t *testing.T) {
			assert.Equal(t, row.fields[1]+" Jianguo", Chinese.Romanize(row.fields[0]+"建国"))
		})
	}
}

func mustRows(t *testing.T, file, data string, header ...string) []tsvRow {
	t.Helper()
	rows, err := readNameTSV(file, data, header...)
	require.NoError(t, err)
	require.NotEmpty(t, rows)
	return rows
}

func TestNameTableErrors(t *testing.T) {
	tests := []struct {
		name  string
		parse func(string) error
		data  string
		want  string
	}{
		{name: "header must match", data: "# c\nlang\tword\tlatin\n",
			parse: func(d string) error { _, err := parseARNames("t.tsv", d); return err },
			want:  `t.tsv:2: header: got "lang\tword\tlatin", want "lang\tarabic\tlatin"`},
		{name: "no header", data: "# only comments\n",
			parse: func(d string) error { _, err := parseARNames("t.tsv", d); return err },
			want:  `t.tsv: no header line`},
		{name: "field count", data: "lang\tarabic\tlatin\nar\tمحمد\n",
			parse: func(d string) error { _, err := parseARNames("t.tsv", d); return err },
			want:  `t.tsv:2: 2 fields, want 3`},
		{name: "empty field", data: "lang\tarabic\tlatin\nar\tمحمد\t\n",
			parse: func(d string) error { _, err := parseARNames("t.tsv", d); return err },
			want:  `t.tsv:2: latin: empty or padded field ""`},
		{name: "unknown lang", data: "lang\tarabic\tlatin\nur\tمحمد\tMuhammad\n",
			parse: func(d string) error { _, err := parseARNames("t.tsv", d); return err },
			want:  `t.tsv:2: lang: "ur" is neither ar nor fa`},
		{name: "duplicate after folding أ to ا", data: "lang\tarabic\tlatin\nar\tأحمد\tAhmed\nar\tاحمد\tAhmad\n",
			parse: func(d string) error { _, err := parseARNames("t.tsv", d); return err },
			want:  `t.tsv:3: arabic: duplicate word "احمد"`},
		{name: "Arabic column in another script", data: "lang\tarabic\tlatin\nar\tMohammed\tMohammed\n",
			parse: func(d string) error { _, err := parseARNames("t.tsv", d); return err },
			want:  `t.tsv:2: arabic: "Mohammed" is not a word in Arabic script`},
		{name: "Hebrew column in another script", data: "hebrew\tlatin\nGantz\tGantz\n",
			parse: func(d string) error { _, err := parseHENames("t.tsv", d); return err },
			want:  `t.tsv:2: hebrew: "Gantz" is not a word in Hebrew script`},
		{name: "Korean kind", data: "hangul\tlatin\tkind\n김\tKim\tname\n",
			parse: func(d string) error { _, err := parseKONames("t.tsv", d); return err },
			want:  `t.tsv:2: kind: "name" is neither surname nor word`},
		{name: "Korean surname too long", data: "hangul\tlatin\tkind\n김정은\tKim\tsurname\n",
			parse: func(d string) error { _, err := parseKONames("t.tsv", d); return err },
			want:  `t.tsv:2: hangul: surname "김정은" has 3 syllables, want 1 or 2`},
		{name: "pinyin with a tone mark", data: "pinyin\tcharacters\nxí\t习\n",
			parse: func(d string) error {
				return (&hanScheme{readings: []string{""}, dense: make([]uint16, hanDenseLast-hanDenseFirst+1)}).parseReadings("t.tsv", d)
			},
			want: `t.tsv:2: pinyin: "xí" is not a toneless syllable`},
		{name: "character with two readings", data: "pinyin\tcharacters\nxi\t习\nji\t习\n",
			parse: func(d string) error {
				return (&hanScheme{readings: []string{""}, dense: make([]uint16, hanDenseLast-hanDenseFirst+1)}).parseReadings("t.tsv", d)
			},
			want: `t.tsv:3: characters: 习 (U+4E60) has a second reading`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.parse(tt.data)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

// TestHanPinyinTableIsGenerated regenerates rules/han_pinyin.tsv and rules/han_hangul.tsv
// from the Unihan source and compares. The source comes with the Debian package unicode-data.
func TestHanPinyinTableIsGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("regenerating the Han tables runs the go tool: skipped under -short")
	}
	src := "/usr/share/unicode/Unihan_Readings.txt.bz2"
	vsrc := "/usr/share/unicode/Unihan_Variants.txt.bz2"
	for _, f := range []string{src, vsrc} {
		if _, err := os.Stat(f); err != nil {
			skipnote.Skip(t, "Unihan source %s is missing (install the Debian package unicode-data): %v", f, err)
		}
	}
	dir := t.TempDir()
	out, ko := filepath.Join(dir, "han_pinyin.tsv"), filepath.Join(dir, "han_hangul.tsv")
	cmd := exec.Command("go", "run", "gen_han.go", "-src", src, "-variants", vsrc, "-o", out, "-ko", ko)
	msg, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", msg)
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.True(t, bytes.Equal(got, []byte(hanPinyinTSV)), "rules/han_pinyin.tsv is stale: run go generate")
	got, err = os.ReadFile(ko)
	require.NoError(t, err)
	assert.True(t, bytes.Equal(got, []byte(hanHangulTSV)), "rules/han_hangul.tsv is stale: run go generate")
}

// myStandards are the standards of the schemes in this file's scope.
var myStandards = []Standard{Korean, Arabic, Persian, Hebrew, Chinese, Japanese, Hindi, Bengali, Punjabi, Gujarati, Tamil, Telugu, Thai, Amharic, Oriya, Kannada, Malayalam}

func TestSchemesAppendWithoutAllocating(t *testing.T) {
	words := map[Standard]string{
		Korean: "김정은", Arabic: "الظواهري", Persian: "خامنه\u200cای", Hebrew: "רחובות", Chinese: "习近平",
		Japanese: "ゼレンスキー", Hindi: "नरेंद्र", Bengali: "হাসিনা", Punjabi: "ਸਿੱਧੂ", Gujarati: "મોદી",
		Tamil: "மோடி", Telugu: "నాయుడు", Thai: "ประยุทธ์", Amharic: "መንግሥቱ",
		Oriya: "ପଟ୍ଟନାୟକ", Kannada: "ಸಿದ್ದರಾಮಯ್ಯ", Malayalam: "വിജയൻ",
	}
	for _, std := range myStandards {
		t.Run(std.String(), func(t *testing.T) {
			sc := schemeOf(std)
			require.NotNil(t, sc)
			word := []rune(words[std])
			dst := make([]byte, 0, 256)
			allocs := testing.AllocsPerRun(100, func() { dst = sc.appendWord(dst[:0], word) })
			assert.Zero(t, allocs)
			assert.NotEmpty(t, dst)
		})
	}
}

func FuzzSchemes(f *testing.F) {
	for _, s := range []string{
		"김정은", "서울 부산", "ㄱㅏ", "أيمن الظواهري", "مُحَمَّد", "\uFDFA", "خامنه\u200cای", "ﻻ",
		"בנימין נתניהו", "אַשְׁדּוֹד", "ג'נין", "习近平", "中华人民共和国", "\U00030EDD", "Kyiv Київ",
		"\xff\xfe", strings.Repeat("ب", 70), strings.Repeat("가", 70),
		"ゼレンスキー", "ッッ", "ゞ", "ประยุทธ์ จันทร์โอชา", "์์", "เ", "ธรรม", "หห", "ँ", "अंबानी", "क़", "ਸਿੱਧੂ", "மோடி", strings.Repeat("क्", 40), "ዐቢይ አሕመድ", "ግ", "ፚ", "ኧ",
		"ಸಿದ್ದರಾಮಯ್ಯ", "ಂ", "ക\u0D46\u0D3Eല്ലം", "വിജയന്\u200D", "ൻ്റ", "റ്റ", "ଓଡ଼ିଶା", "\u0B72ଯ", "\u0D70ം",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, std := range myStandards {
			out := std.Romanize(s)
			if !utf8.ValidString(out) {
				t.Fatalf("%s.Romanize(%+q) = %+q: invalid UTF-8", std, s, out)
			}
			if again := std.Romanize(out); again != out {
				t.Fatalf("%s.Romanize not idempotent on %+q: %+q then %+q", std, s, out, again)
			}
			word := []rune(s)
			if len(word) > maxWordRunes {
				word = word[:maxWordRunes]
			}
			if w := schemeOf(std).appendWord(nil, word); !utf8.Valid(w) {
				t.Fatalf("%s appendWord(%+q) = %+q: invalid UTF-8", std, s, w)
			}
		}
	})
}

func BenchmarkSchemes(b *testing.B) {
	inputs := []struct{ name, in string }{
		{"korean", "대통령 윤석열과 김정은 위원장이 평양에서 만났다"},
		{"arabic", "أيمن محمد ربيع الظواهري وأسامة بن لادن في بغداد"},
		{"persian", "آیت‌الله سید علی خامنه‌ای و محمد جواد ظریف در تهران"},
		{"hebrew", "ראש הממשלה בנימין נתניהו ובני גנץ בתל אביב"},
		{"chinese", "习近平 李强 王毅 北京 上海 台湾 中华人民共和国"},
		{"kana", "ウォロディミル・ゼレンスキー大統領 きしだ ふみお とうきょう"},
		{"devanagari", "प्रधानमंत्री नरेंद्र मोदी और राहुल गांधी नई दिल्ली में"},
		{"tamil", "முதலமைச்சர் மு. க. ஸ்டாலின் சென்னையில்"},
		{"thai", "ประยุทธ์ จันทร์โอชา และ ทักษิณ ชินวัตร ที่ เชียงใหม่"},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ToLatin(in.in)
			}
		})
	}
}

// BenchmarkReadings measures the other readings against ToLatin alone on the same input:
// Hanja and Kontsevich enumerate several readings.
func BenchmarkReadings(b *testing.B) {
	for _, in := range []struct{ name, in string }{
		{"hanja", "文在寅"}, {"palladius", "Си Цзиньпин"}, {"kontsevich", "Ким Чен Ын"}, {"russian-miss", "Владимир Путин"},
	} {
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Readings(in.in)
			}
		})
		b.Run(in.name+"/tolatin-only", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ToLatin(in.in)
			}
		})
	}
}

// TestSchemesTransformer checks that the streaming Transformer romanizes as Romanize does.
func TestSchemesTransformer(t *testing.T) {
	tests := []struct {
		name string
		std  Standard
		in   string
	}{
		{name: "Korean names and places", std: Korean, in: "김정은 위원장이 평양에서"},
		{name: "Arabic names with the article", std: Arabic, in: "أيمن الظواهري وبشار الأسد"},
		{name: "Persian ZWNJ inside a word", std: Persian, in: "آیت‌الله خامنه‌ای"},
		{name: "Hebrew final geresh", std: Hebrew, in: "בצלאל סמוטריץ׳ ובני גנץ"},
		{name: "Chinese names", std: Chinese, in: "习近平、李强和王毅"},
		{name: "katakana with the middle dot and a long vowel", std: Japanese, in: "オラフ・ショルツ首相とゼレンスキー"},
		{name: "Devanagari with virama and nukta", std: Hindi, in: "नरेंद्र मोदी और शहबाज़ शरीफ़"},
		{name: "Thai with thanthakhat", std: Thai, in: "ประยุทธ์ จันทร์โอชา"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := transform.String(tt.std.NewTransformer(), tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.std.Romanize(tt.in), got)
		})
	}
}
