package translit

import "testing"

func TestBrahmicDevanagari(t *testing.T) {
	runScriptCases(t, Hindi, []scriptCase{
		{name: "consonants carry an inherent a; matras replace it", in: "मोदी", want: "Modi"},
		{name: "the final inherent a goes after one consonant", in: "राहुल गांधी", want: "Rahul Gandhi"},
		{name: "the final inherent a stays after a cluster", in: "नरेंद्र मिश्र", want: "Narendra Mishra"},
		{name: "a nasal sign does not make a cluster", in: "संत", want: "Sant"},
		{name: "medial schwa deletion between VC and CV", in: "कमला", want: "Kamla"},
		{name: "medial schwa deletion in a compound name", in: "राजनाथ सिंह", want: "Rajnath Sinh"},
		{name: "the anusvara before b is m", in: "मुकेश अंबानी", want: "Mukesh Ambani"},
		{name: "श is sh, च is ch", in: "शिवराज चौहान", want: "Shivraj Chauhan"},
		{name: "छ is chh", in: "छत्तीसगढ़", want: "Chhattisgarh"},
		{name: "the nukta makes ज z and क q", in: "ज़ाकिर क़ुरैशी", want: "Zakir Quraishi"},
		{name: "ऋ is ri", in: "ऋषि", want: "Rishi"},
		{name: "independent vowels", in: "अमित शाह", want: "Amit Shah"},
		{name: "the virama kills the inherent vowel", in: "ममता", want: "Mamta"},
		{name: "a danda is punctuation", in: "मोदी।", want: "Modi।"},
	})
}

func TestBrahmicOtherScripts(t *testing.T) {
	tests := []struct {
		std      Standard
		name, in string
		want     string
	}{
		{Bengali, "Bengali: same layout, final schwa deleted", "শেখ হাসিনা", "Shekh Hasina"},
		{Bengali, "Bengali: য় is y", "ময়মনসিংহ", "Maymansinh"},
		{Punjabi, "Gurmukhi: tippi before t, schwa deleted", "ਭਗਵੰਤ ਮਾਨ", "Bhagvant Man"},
		{Punjabi, "Gurmukhi: addak doubles the next consonant", "ਸਿੱਧੂ", "Siddhu"},
		{Gujarati, "Gujarati: same layout as Devanagari", "નરેન્દ્ર મોદી", "Narendra Modi"},
		{Telugu, "Telugu: no schwa deletion", "చంద్రబాబు నాయుడు", "Chandrababu Nayudu"},
		{Tamil, "Tamil: a stop after a vowel is voiced", "மோடி", "Modi"},
		{Tamil, "Tamil: a stop after a nasal is voiced; word-initial k stays", "கமல் ஹாசன்", "Kamal Hasan"},
		{Tamil, "Tamil: ழ is zh", "தமிழ்", "Tamizh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.std.Romanize(tt.in); got != tt.want {
				t.Errorf("%s.Romanize(%q) = %q, want %q", tt.std, tt.in, got, tt.want)
			}
		})
	}
}
