package translit_test

import (
	"fmt"

	"github.com/namecanon/namecanon/translit"
)

// Korean names come out surname first, the surname as the press writes it and the given name
// as one Revised Romanization word; other words follow RR with its sound changes.
func ExampleStandard_Romanize_korean() {
	for _, s := range []string{"김정은", "윤석열", "서울", "독립문"} {
		fmt.Println(translit.Korean.Romanize(s))
	}
	// Output:
	// Kim Jeongeun
	// Yoon Seokyeol
	// Seoul
	// Dongnimmun
}

// Chinese is toneless Hanyu Pinyin; a run that starts with a common surname is a name.
// Traditional characters read as their simplified forms do.
func ExampleStandard_Romanize_chinese() {
	for _, s := range []string{"习近平", "蔡英文", "北京", "台灣", "西安"} {
		fmt.Println(translit.Chinese.Romanize(s))
	}
	// Output:
	// Xi Jinping
	// Cai Yingwen
	// Beijing
	// Taiwan
	// Xi'an
}

// Arabic-script names meet their press spellings through a table of name words; the rest is
// a consonant skeleton with guessed short vowels. Auto tells Persian by its letters.
func ExampleStandard_Romanize_arabic() {
	fmt.Println(translit.Arabic.Romanize("بشار الأسد"))
	fmt.Println(translit.Arabic.Romanize("معمر القذافي"))
	fmt.Println(translit.ToLatin("قاسم سلیمانی"))
	fmt.Println(translit.Detect("قاسم سلیمانی"))
	// Output:
	// Bashar al-Assad
	// Muammar al-Qadhafi
	// Qasem Soleimani
	// fa
}

// Hebrew reads ו and י as vowels where they stand between consonants.
func ExampleStandard_Romanize_hebrew() {
	fmt.Println(translit.Hebrew.Romanize("בנימין נתניהו"))
	fmt.Println(translit.Hebrew.Romanize("חולון"))
	// Output:
	// Benjamin Netanyahu
	// Holon
}

// Kana is read by modified Hepburn, the Brahmic scripts by ISO 15919 letters in the Hunterian
// spelling with Hindi schwa deletion, and Thai by RTGS.
func ExampleStandard_Romanize_asia() {
	fmt.Println(translit.Japanese.Romanize("とうきょう"))
	fmt.Println(translit.Japanese.Romanize("オラフ・ショルツ"))
	fmt.Println(translit.Hindi.Romanize("नरेंद्र मोदी"))
	fmt.Println(translit.Bengali.Romanize("শেখ হাসিনা"))
	fmt.Println(translit.Thai.Romanize("ประยุทธ์ จันทร์โอชา"))
	// Output:
	// Tōkyō
	// Orafu・Shorutsu
	// Narendra Modi
	// Shekh Hasina
	// Prayut Chanocha
}

// Ethiopic (Amharic, Tigrinya) is read syllable by syllable, the way the press prints names:
// the first order as e (a after the laryngeals), the sixth as the consonant alone.
func ExampleStandard_Romanize_amharic() {
	for _, s := range []string{"ዐቢይ አሕመድ", "መለስ ዜናዊ", "ትግራይ", "ባሕር ዳር"} {
		fmt.Println(translit.Amharic.Romanize(s))
	}
	// Output:
	// Abiy Ahmed
	// Meles Zenawi
	// Tigray
	// Bahr Dar
}

// Lao is written as the Thai letters of the same sounds and romanized by RTGS; ວ is w, which
// keys read as v (Wiangchan and the official Viangchan share a key).
func ExampleStandard_Romanize_lao() {
	for _, s := range []string{"ສະຫວັນນະເຂດ", "ປາກເຊ", "ວຽງຈັນ"} {
		fmt.Println(translit.Lao.Romanize(s))
	}
	fmt.Println(translit.Key("ວຽງຈັນ") == translit.Key("Viangchan"))
	// Output:
	// Sawannakhet
	// Pakse
	// Wiangchan
	// true
}

// Readings gives the other readings of a name: Han read as Korean, and the Russian spellings
// of Chinese (Palladius) and Korean (Kontsevich) names read back. The first is ToLatin's.
func ExampleReadings() {
	fmt.Println(translit.Readings("文在寅")[:2])
	fmt.Println(translit.Readings("Дэн Сяопин")[:2])
	fmt.Println(translit.Readings("Пак Кын Хе")[:2])
	fmt.Println(translit.Readings("Mao Tse-tung"))
	// Output:
	// [Wenzaiyin Moon Jaein]
	// [Den Syaopin Deng Xiaoping]
	// [Pak Kyn Khe Park Geunhe]
	// [Mao Tse-tung Mao Cedong Mao Cetong Mao Zedong Mao Zetong]
}

// KanjiReads checks a Japanese reading of a name in kanji against a spelling: each kanji by an
// on, kun or name reading, a later one voiced (宮崎 Miyazaki), a syllable lost before a
// doubled consonant (札幌 Sapporo). KanjiReadings lists the readings, for looking them up.
func ExampleKanjiReads() {
	fmt.Println(translit.KanjiReads("宮崎", "Miyazaki"))
	fmt.Println(translit.KanjiReads("札幌", "Sapporo"))
	fmt.Println(translit.KanjiReads("石原", "Ishiba"))
	rs, complete := translit.KanjiReadings("大阪", 1000)
	fmt.Println(len(rs) > 1, complete)
	// Output:
	// true
	// true
	// false
	// true true
}

// HanTranscription reads a foreign name in Chinese transcription characters by the sounds
// they stand for; a Chinese name is not read so.
func ExampleHanTranscription() {
	fmt.Println(translit.HanTranscription("特朗普"))
	fmt.Println(translit.HanTranscription("习近平"))
	// Output:
	// tlanp true
	//  false
}
