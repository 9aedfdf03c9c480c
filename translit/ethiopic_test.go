package translit

import "testing"

func TestEthiopic(t *testing.T) {
	runScriptCases(t, Amharic, []scriptCase{
		{name: "first order ä is e, a after the glottal stop; sixth order at the end is the consonant alone", in: "መለስ ዜናዊ", want: "Meles Zenawi"},
		{name: "the pharyngeal ዐ is silent with a; ይ at the end is y", in: "ዐቢይ አሕመድ", want: "Abiy Ahmed"},
		{name: "a word-initial sixth order before a letter takes i", in: "ግርማ", want: "Girma"},
		{name: "a sixth order after one written alone takes i", in: "መንግሥቱ", want: "Mengistu"},
		{name: "a sixth order after a vowel is the consonant alone", in: "ትግራይ", want: "Tigray"},
		{name: "ቀ is k as the press writes it", in: "ቀነኒሳ በቀለ", want: "Kenenisa Bekele"},
		{name: "the sixth order of the glottal stop is i", in: "እስራኤል", want: "Israel"},
		{name: "the laryngeal ሐ has a in the first order", in: "ሐረር", want: "Harer"},
		{name: "ጸ is ts", in: "ጸጋዬ", want: "Tsegaye"},
		{name: "the seventh order is o; ው is w", in: "ጌታቸው ረዳ", want: "Getachew Reda"},
		{name: "the eighth order is wa", in: "ጓደኛ", want: "Gwadenya"},
		{name: "Ethiopic punctuation is no letter", in: "፡", want: "፡"},
	})
}
