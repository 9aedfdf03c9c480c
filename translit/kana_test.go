package translit

import "testing"

func TestJapaneseHepburn(t *testing.T) {
	runScriptCases(t, Japanese, []scriptCase{
		{name: "one kana, one syllable; words capitalized", in: "きしだ ふみお", want: "Kishida Fumio"},
		{name: "katakana reads as hiragana", in: "キシダ", want: "Kishida"},
		{name: "し is shi, ち chi, つ tsu, ふ fu", in: "しちつふ", want: "Shichitsufu"},
		{name: "yoon: き with small ゃ is kya, しょ sho, じゅ ju", in: "きゃしょじゅ", want: "Kyashoju"},
		{name: "おう is a long ō", in: "とうきょう", want: "Tōkyō"},
		{name: "おお is a long ō", in: "おおさか", want: "Ōsaka"},
		{name: "うう is a long ū", in: "ゆうき", want: "Yūki"},
		{name: "いい stays ii", in: "いいだ", want: "Iida"},
		{name: "えい stays ei", in: "けいこ", want: "Keiko"},
		{name: "ー lengthens the vowel before it", in: "ゼレンスキー", want: "Zerensukī"},
		{name: "っ doubles the next consonant", in: "さっぽろ", want: "Sapporo"},
		{name: "っ before ch is t", in: "マッチャ", want: "Matcha"},
		{name: "ん before b is m", in: "しんぶん", want: "Shimbun"},
		{name: "ん before m is m", in: "ぐんま", want: "Gumma"},
		{name: "ん before a vowel is n'", in: "じゅんいち", want: "Jun'ichi"},
		{name: "ん at the end is n", in: "にほん", want: "Nihon"},
		{name: "katakana for foreign sounds: ティ ti, ファ fa", in: "ティファニー", want: "Tifanī"},
		{name: "katakana ヴ is vu, ヴァ va", in: "ヴァレリー", want: "Varerī"},
		{name: "the middle dot separates words and stays", in: "ジョー・バイデン", want: "Jō・Baiden"},
		{name: "ゝ repeats the syllable before", in: "いすゞ", want: "Isuzu"},
		{name: "a long vowel sign at the start is dropped", in: "ーア", want: "A"},
		{name: "Han and Latin are left alone", in: "菅 Suga", want: "菅 Suga"},
	})
}
