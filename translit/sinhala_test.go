package translit

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSinhala(t *testing.T) {
	runScriptCases(t, Sinhala, []scriptCase{
		{name: "the inherent a stays at the end of a word (Mahinda)", in: "මහින්ද", want: "Mahinda"},
		{name: "ෂ is sh, as ISO 15919 ṣ in the Hunterian spelling (Rajapaksha)", in: "රාජපක්ෂ", want: "Rajapaksha"},
		{name: "vowel signs ු ා and the inherent a (Anura Kumara)", in: "අනුර කුමාර", want: "Anura Kumara"},
		{name: "the two-part sign ෝ is o, ඨ th, භ bh (Gotabhaya)", in: "ගෝඨාභය", want: "Gothabhaya"},
		{name: "the two-part sign typed as its parts ෙ ා is o", in: "ගොඨාභය", want: "Gothabhaya"},
		{name: "a ZWJ conjunct keeps the word whole (Vikramasinha)", in: "වික්‍රමසිංහ", want: "Vikramasinha"},
		{name: "the anusvara before a consonant is n (Kumaratunga)", in: "කුමාරතුංග", want: "Kumaratunga"},
		{name: "ේ is e (Premadasa)", in: "ප්‍රේමදාස", want: "Premadasa"},
		{name: "the prenasalized ඹ is mb (Kolamba)", in: "කොළඹ", want: "Kolamba"},
		{name: "the prenasalized ඳ is nd", in: "කඳ", want: "Kanda"},
		{name: "ෛ is ai (Maithripala)", in: "මෛත්‍රීපාල", want: "Maitripala"},
		{name: "ශ is sh (Sri)", in: "ශ්‍රී ලංකා", want: "Shri Lanka"},
	})
}

func TestSinhalaDetected(t *testing.T) {
	assert.Equal(t, Sinhala, Detect("ගාල්ල"), "Sinhala script is detected as Sinhala")
	assert.Equal(t, "Galla 2024", ToLatin("ගාල්ල 2024"), "ToLatin picks Sinhala for Sinhala script")
	assert.Equal(t, "\u0DE7", ToLatin("\u0DE7"), "a Sinhala Lith digit is no letter and passes through")
	st, ok := ParseStandard("si")
	assert.True(t, ok)
	assert.Equal(t, Sinhala, st)
}
