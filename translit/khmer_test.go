package translit

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestKhmer(t *testing.T) {
	runScriptCases(t, Khmer, []scriptCase{
		{name: "triisap ៊ moves ហ to the second series: ុ is u (Hun)", in: "ហ៊ុន សែន", want: "Hun Sen"},
		{name: "musikatoan ៉ moves ម to the first series: ា is a; ែ is e (Manet)", in: "ហ៊ុន ម៉ាណែត", want: "Hun Manet"},
		{name: "ា after the second series is ea (Chea)", in: "នួន ជា", want: "Nuon Chea"},
		{name: "a subscript consonant joins the initial; ំ after the second series is om (Phnom)", in: "ភ្នំពេញ", want: "Phnompenh"},
		{name: "a final ប is p; a consonant between a vowel and a syllable is a final (Siem Reap)", in: "សៀមរាប", want: "Siemreap"},
		{name: "ំ closes its syllable; a bare consonant pair at the end is initial and final (Battambang)", in: "បាត់ដំបង", want: "Batdambang"},
		{name: "the inherent vowel of the second series in a closed syllable is o (Pot)", in: "ប៉ុល ពត", want: "Pol Pot"},
		{name: "ប៉ is p", in: "ប៉ៃលិន", want: "Pailin"},
		{name: "ំ after the first series is am (Samphan)", in: "ខៀវ សំផន", want: "Khiev Samphan"},
		{name: "ហ is no final before a consonant (Sihamoni)", in: "សីហមុនី", want: "Sihamuni"},
		{name: "a doubled consonant through coeng ends a syllable and starts the next (Norodom)", in: "នរោត្តម", want: "Norottam"},
		{name: "ះ after the second series is eah (Preah)", in: "ព្រះ", want: "Preah"},
		{name: "a final រ is silent (Khmer)", in: "ខ្មែរ", want: "Khme"},
		{name: "ឹ after the first series is oe (Kem Sokha)", in: "កឹម សុខា", want: "Koem Sokha"},
		{name: "toandakhiat ៍ after a vowel silences its syllable (Pursat)", in: "ពោធិ៍សាត់", want: "Posat"},
		{name: "a ZWJ or ZWNJ inside a syllable reads as nothing (Hun Sen)", in: "ហ៊ុ\u200Dន សែ\u200Cន", want: "Hun Sen"},
	})
}

func TestKhmerDetected(t *testing.T) {
	assert.Equal(t, Khmer, Detect("កំពត"), "Khmer script is detected as Khmer")
	assert.Equal(t, "Kampot 2024", ToLatin("កំពត 2024"))
	assert.Equal(t, "\u17E1", ToLatin("\u17E1"), "a Khmer digit is no letter and passes through")
	st, ok := ParseStandard("km")
	assert.True(t, ok)
	assert.Equal(t, Khmer, st)
}
