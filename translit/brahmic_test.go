package translit

import (
	"slices"
	"strings"
	"testing"
)

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
		{Telugu, "Telugu: a final anusvara is m", "ఖమ్మం", "Khammam"},
		{Telugu, "Telugu: a final anusvara is m after a long vowel", "శ్రీకాకుళం", "Shrikakulam"},
		{Oriya, "Oriya: same layout, final schwa deleted, the inherent a kept inside", "ନବୀନ ପଟ୍ଟନାୟକ", "Nabin Pattanayak"},
		{Oriya, "Oriya: no medial schwa deletion", "ଭୁବନେଶ୍ୱର", "Bhubaneshwar"},
		{Oriya, "Oriya: ଡ଼ is d, as since the 2011 renaming", "ଓଡ଼ିଶା", "Odisha"},
		{Oriya, "Oriya: ଯ is j (the press writes Jajpur, without the inner a)", "ଯାଜପୁର", "Jajapur"},
		{Oriya, "Oriya: the inherent a stays between two single consonants", "କଳାହାଣ୍ଡି", "Kalahandi"},
		{Oriya, "Oriya: ଝ is jh, the vowel sign ୋ o", "ମୋହନ ମାଝୀ", "Mohan Majhi"},
		{Oriya, "Oriya: ୟ is y, ଡ଼ d", "ରାୟଗଡ଼ା", "Rayagada"},
		{Kannada, "Kannada: same layout, no schwa deletion", "ಕರ್ನಾಟಕ", "Karnataka"},
		{Kannada, "Kannada: the anusvara before g is n", "ಬೆಂಗಳೂರು", "Bengaluru"},
		{Kannada, "Kannada: a doubled consonant through the virama", "ಹುಬ್ಬಳ್ಳಿ", "Hubballi"},
		{Kannada, "Kannada: ೈ is ai (Mysuru is a reading)", "ಮೈಸೂರು", "Maisuru"},
		{Kannada, "Kannada: ಯ್ಯ is yy (Siddaramaiah is a reading)", "ಸಿದ್ದರಾಮಯ್ಯ", "Siddaramayya"},
		{Malayalam, "Malayalam: chillu ൻ is a final n", "പിണറായി വിജയൻ", "Pinarayi Vijayan"},
		{Malayalam, "Malayalam: a final anusvara is m", "കൊല്ലം", "Kollam"},
		{Malayalam, "Malayalam: the anusvara is m; ത is t", "തിരുവനന്തപുരം", "Tiruvanantapuram"},
		{Malayalam, "Malayalam: റ്റ is tt", "ഒറ്റപ്പാലം", "Ottappalam"},
		{Malayalam, "Malayalam: ന്റ is nt", "എന്റെ", "Ente"},
		{Malayalam, "Malayalam: ഴ is zh, the two-part sign ോ o", "കോഴിക്കോട്", "Kozhikkot"},
		{Malayalam, "Malayalam: ൊ typed as its parts is o", "ക\u0D46\u0D3Eല്ലം", "Kollam"},
		{Malayalam, "Malayalam: chillu ർ is a final r", "കണ്ണൂർ", "Kannur"},
		{Malayalam, "Malayalam: an old chillu written with ZWJ is a final n", "വിജയന്\u200D പിണറായി", "Vijayan Pinarayi"},
		{Hindi, "Marathi: eyelash ra written as virama and ZWJ reads as ऱ् (Karhad, Karad)", "कर्\u200Dहाड", "Karhad"},
		{Hindi, "a ZWJ asking for a half form reads as nothing: क्‍ष is क्ष", "लक्\u200Dष्मी", "Lakshmi"},
		{Bengali, "a ZWJ before ্য (ra-phala, RAB) reads as nothing", "র\u200D্যাব", "Ryab"},
		{Kannada, "a ZWNJ between a virama and a consonant reads as nothing (Facebook)", "ಫೇಸ್\u200Cಬುಕ್", "Phesbuk"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.std.Romanize(tt.in); got != tt.want {
				t.Errorf("%s.Romanize(%q) = %q, want %q", tt.std, tt.in, got, tt.want)
			}
		})
	}
}

func TestIndicScriptsDetected(t *testing.T) {
	tests := []struct {
		name, in string
		want     Standard
		latin    string
	}{
		{"Oriya script is Oriya", "କଟକ", Oriya, "Katak"},
		{"Kannada script is Kannada", "ಮಂಗಳೂರು", Kannada, "Mangaluru"},
		{"Malayalam script is Malayalam", "കൊച്ചി", Malayalam, "Kochchi"},
		{"an Oriya fraction sign is no letter", "\u0B72", Auto, "\u0B72"},
		{"a Malayalam number sign is no letter", "\u0D70", Auto, "\u0D70"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.in); got != tt.want {
				t.Errorf("Detect(%+q) = %v, want %v", tt.in, got, tt.want)
			}
			if got := ToLatin(tt.in); got != tt.latin {
				t.Errorf("ToLatin(%+q) = %q, want %q", tt.in, got, tt.latin)
			}
		})
	}
	for _, code := range []string{"or", "kn", "ml"} {
		if _, ok := ParseStandard(code); !ok {
			t.Errorf("ParseStandard(%q) found nothing", code)
		}
	}
}

// TestIndicPressExamples checks every example of rules/indic_press.tsv: Readings of the word
// in its script includes the press spelling.
func TestIndicPressExamples(t *testing.T) {
	rows, err := readNameTSV("rules/indic_press.tsv", indicPressTSV, "from", "to", "where", "example")
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows {
		word, want, _ := strings.Cut(row.fields[3], "=")
		t.Run(row.fields[0]+" is "+row.fields[1]+" ("+want+")", func(t *testing.T) {
			if got := Readings(word); !slices.Contains(got, want) {
				t.Errorf("Readings(%q) = %q, want it to include %q", word, got, want)
			}
		})
	}
	if got := Readings("ಬೆಂಗಳೂರು"); len(got) != 1 {
		t.Errorf("Readings(ಬೆಂಗಳೂರು) = %q: no rule applies, so ToLatin alone", got)
	}
	for _, tt := range []struct{ name, in, want string }{
		{"Kannada: the final a after one consonant is dropped (Basavaraj)", "ಬಸವರಾಜ ಬೊಮ್ಮಾಯಿ", "Basavaraj Bommayi"},
		{"Telugu: the final a after one consonant is dropped (Chandrashekhar)", "చంద్రశేఖర", "Chandrashekhar"},
		{"Kannada: the final a stays after a cluster (Mandya)", "ಮಂಡ್ಯ", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := Readings(tt.in)
			if tt.want == "" {
				if len(got) != 1 {
					t.Errorf("Readings(%q) = %q, want ToLatin alone", tt.in, got)
				}
				return
			}
			if !slices.Contains(got, tt.want) {
				t.Errorf("Readings(%q) = %q, want it to include %q", tt.in, got, tt.want)
			}
		})
	}
}
