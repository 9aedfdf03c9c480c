package translit

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDetectCyrillic(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Standard
	}{
		{name: "ґ є ї are Ukrainian", in: "Ґалаґан", want: Ukrainian},
		{name: "ї is Ukrainian", in: "Київ", want: Ukrainian},
		{name: "є is Ukrainian", in: "Єнакієве", want: Ukrainian},
		{name: "і without ы э ё is Ukrainian", in: "Андрій Сибіга", want: Ukrainian},
		{name: "an apostrophe inside a word is Ukrainian", in: "Знам'янка", want: Ukrainian},
		{name: "a typographic apostrophe inside a word is Ukrainian", in: "Знам’янка", want: Ukrainian},
		{name: "an apostrophe after a word is not a hint", in: "Борис'", want: Russian},
		{name: "the ending -ський is Ukrainian", in: "Володимир Зеленський", want: Ukrainian},
		{name: "the ending -цький is Ukrainian", in: "Жванецький", want: Ukrainian},
		{name: "the ending -зький is Ukrainian", in: "Бузький Гард", want: Ukrainian},
		{name: "the ending -ський is Ukrainian in capitals", in: "ЗЕЛЕНСЬКИЙ", want: Ukrainian},
		{name: "the Russian ending -ский is not a hint", in: "Зеленский", want: Russian},
		{name: "the Russian ending -рький is not a hint", in: "Максим Горький", want: Russian},
		{name: "ў is Belarusian", in: "Магілёў", want: Belarusian},
		{name: "і with ы is Belarusian", in: "Віцебскі Лошыца", want: Belarusian},
		{name: "і with э is Belarusian", in: "Зэльва Іванава", want: Belarusian},
		{name: "ы is Russian", in: "Навальный", want: Russian},
		{name: "э is Russian", in: "Элиста", want: Russian},
		{name: "ё is Russian", in: "Горбачёв", want: Russian},
		{name: "ъ before я is Russian", in: "Объячево", want: Russian},
		{name: "no telling letter reads as Russian", in: "Борис Джонсон", want: Russian},
		{name: "ђ is Serbian", in: "Ђоковић", want: Serbian},
		{name: "ћ is Serbian", in: "Вучић", want: Serbian},
		{name: "ј љ њ џ are Serbian without Macedonian letters", in: "Његош", want: Serbian},
		{name: "ѓ is Macedonian", in: "Ѓорче Петров", want: Macedonian},
		{name: "ќ is Macedonian", in: "Ќустендил", want: Macedonian},
		{name: "ѕ is Macedonian even with ј", in: "Ѕвезда Скопје", want: Macedonian},
		{name: "ә ғ қ ұ һ are Kazakh", in: "Қасым-Жомарт Тоқаев", want: Kazakh},
		{name: "ң ө ү with і are Kazakh", in: "Өскемен Шиелі", want: Kazakh},
		{name: "ң ө ү without і are Kyrgyz", in: "Садыр Жапаров Чүй", want: Kyrgyz},
		{name: "ъ inside a word before a consonant is Bulgarian", in: "Георги Първанов", want: Bulgarian},
		{name: "ъ inside a word with ы is Russian", in: "Търново Рыбаков", want: Russian},
		{name: "ъ at the end of a word is not Bulgarian", in: "Петръ", want: Russian},
		{name: "text without Cyrillic reads as Russian", in: "Kyiv", want: Russian},
		{name: "capitals count as their letters", in: "КИЇВ", want: Ukrainian},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, DetectCyrillic(tt.in))
		})
	}
}

func TestCyrillicHint(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   Standard
		wantOK bool
	}{
		{name: "a word with ї tells Ukrainian", in: "Київ", want: Ukrainian, wantOK: true},
		{name: "a word with an apostrophe tells Ukrainian", in: "Знам'янка", want: Ukrainian, wantOK: true},
		{name: "a word with ы tells Russian", in: "Навальный", want: Russian, wantOK: true},
		{name: "a word with ъ before a consonant tells Bulgarian", in: "Първанов", want: Bulgarian, wantOK: true},
		{name: "a word with ћ tells Serbian", in: "Вучић", want: Serbian, wantOK: true},
		{name: "a word with no telling letter tells nothing", in: "Борис", want: Russian, wantOK: false},
		{name: "a word ending -ський tells Ukrainian", in: "Зеленський", want: Ukrainian, wantOK: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cyrillicHint([]rune(tt.in))
			assert.Equal(t, tt.wantOK, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestDetectCyrillicNoAlloc(t *testing.T) {
	assert.Zero(t, testing.AllocsPerRun(100, func() { DetectCyrillic("Володимир Зеленський") }))
}
