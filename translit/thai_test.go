package translit

import "testing"

func TestThaiRTGS(t *testing.T) {
	runScriptCases(t, Thai, []scriptCase{
		{name: "a vowel sign after the consonant, a final stop is k", in: "ทักษิณ", want: "Thaksin"},
		{name: "ร closing a final cluster is silent", in: "ชินวัตร", want: "Chinwat"},
		{name: "a cluster pr with ะ; the letter under ์ is silent", in: "ประยุทธ์", want: "Prayut"},
		{name: "consonants before ์ are silent with it; โ is a lead vowel", in: "จันทร์โอชา", want: "Chanocha"},
		{name: "the vowel and consonant under ์ are silent", in: "อภิสิทธิ์", want: "Aphisit"},
		{name: "เ-ีย is ia, ไ is ai, tone marks dropped", in: "เชียงใหม่", want: "Chiangmai"},
		{name: "a cluster kr, เ with a final", in: "กรุงเทพ", want: "Krungthep"},
		{name: "no written vowel: o before a final", in: "คน", want: "Khon"},
		{name: "no written vowel: a before another syllable", in: "สวัสดี", want: "Sawatdi"},
		{name: "อ as the vowel o", in: "ทอง", want: "Thong"},
		{name: "ห before a sonorant is silent", in: "หมอ", want: "Mo"},
		{name: "รร is a before a final", in: "ธรรม", want: "Tham"},
		{name: "แ is ae, ข is kh", in: "ขอนแก่น", want: "Khonkaen"},
		{name: "ล as a final is n (RTGS)", in: "ราหุล", want: "Rahun"},
		{name: "ศร begins one syllable and reads s", in: "ศรีราชา", want: "Siracha"},
		{name: "ศร with a lead vowel: เศรษฐา is Settha", in: "เศรษฐา", want: "Settha"},
		{name: "สร before ะ is two syllables", in: "สระบุรี", want: "Saraburi"},
		{name: "ๆ and Thai digits are not letters", in: "๑๒", want: "๑๒"},
	})
}
