package entity

import (
	"testing"

	"github.com/namecanon/namecanon/alias"
)

// A family name that leads a Cambodian name makes the word after it the given name, and a
// given name that is another word (one letter apart or more) is another member of the family.
func TestResolveKhmerFamilyFirst(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "hun-manet", Kind: alias.Person, Name: "Hun Manet"},
		{ID: "sar-kheng", Kind: alias.Person, Name: "Sar Kheng"},
		{ID: "kem-sokha", Kind: alias.Person, Name: "Kem Sokha"},
		{ID: "prak-sokhonn", Kind: alias.Person, Name: "Prak Sokhonn"},
	})
	runTable(t, r, []resolveCase{
		{"a brother's given name a letter away is another person (Hun Many)", "Hun Many", ""},
		{"the father is another person (Hun Sen)", "Hun Sen", ""},
		{"a brother's given name with i for e is another person (Hun Manith)", "Hun Manith", ""},
		{"a son's given name is another person (Sar Sokha)", "Sar Sokha", ""},
		{"a daughter's given name is another person (Kem Monovithya)", "Kem Monovithya", ""},
		{"the Khmer honorific Samdech before the name", "Samdech Hun Manet", "hun-manet"},
		{"the given name with kh for k is the person", "Sar Keng", "sar-kheng"},
		{"the family name alone after a title is the person", "Prime Minister Hun", "hun-manet"},
		{"the given name in the French press spelling is the person", "Prak Sokhon", "prak-sokhonn"},
	})
}

// A town that its country writes as two capitalized parts joined by a hyphen is another
// place than one written as a single word: Kyrgyz, Kazakh and Russian town names keep their
// hyphen in the press.
func TestResolveHyphenatedOtherPlace(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "jalalabad", Kind: alias.Place, Name: "Jalalabad"},
		{ID: "karabalta", Kind: alias.Place, Name: "Karabalta"},
		{ID: "astana", Kind: alias.Place, Name: "Astana", Aliases: []string{"Nur-Sultan"}},
		{ID: "ust-kut", Kind: alias.Place, Name: "Ust-Kut"},
		{ID: "moon-jae-in", Kind: alias.Person, Name: "Moon Jae-in"},
	})
	runTable(t, r, []resolveCase{
		{"Jalal-Abad in Kyrgyzstan is not Jalalabad in Afghanistan", "Jalal-Abad", ""},
		{"in capitals too", "JALAL-ABAD", ""},
		{"inside a longer mention", "the Jalal-Abad region", ""},
		{"the one-word place as written", "Jalalabad", "jalalabad"},
		{"a lower-case part after the hyphen is a spelling of the one word", "Jalal-abad", "jalalabad"},
		{"a table name written with the hyphen meets the hyphenated mention", "Nur-Sultan", "astana"},
		{"a hyphenated table name meets the mention written as one word", "Ustkut", "ust-kut"},
		{"a person's syllables joined with a capital are still the person", "Moon Jae-In", "moon-jae-in"},
	})
}

// A doubled consonant is a published typo of a single one (Christopher Luxxon), whatever
// letters the name key spells the consonant with.
func TestResolveDoubledConsonantTypo(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "luxon", Kind: alias.Person, Name: "Christopher Luxon"},
		{ID: "alex-saab", Kind: alias.Person, Name: "Alex Saab"},
		{ID: "tshisekedi", Kind: alias.Person, Name: "Felix Tshisekedi"},
	})
	runTable(t, r, []resolveCase{
		{"xx for x in the surname", "Christopher Luxxon", "luxon"},
		{"xx for x in the given name", "Alexx Saab", "alex-saab"},
		{"xx for x in a given name, the surname as written", "Felixx Tshisekedi", "tshisekedi"},
		{"a doubled consonant in the surname", "Felix Tshissekedi", "tshisekedi"},
	})
}

// Where names have no family name (Ethiopia, Eritrea, Indonesia; Thai usage), the press
// calls a person by the given name (data/given_alone.tsv); elsewhere, and spelled another
// way, a given name alone finds nobody.
func TestResolveGivenNameAlone(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "tedros", Kind: alias.Person, Name: "Tedros Adhanom Ghebreyesus"},
		{ID: "meles", Kind: alias.Person, Name: "Meles Zenawi"},
		{ID: "isaias", Kind: alias.Person, Name: "Isaias Afwerki"},
		{ID: "megawati", Kind: alias.Person, Name: "Megawati Sukarnoputri"},
		{ID: "srettha", Kind: alias.Person, Name: "Srettha Thavisin"},
		{ID: "macron", Kind: alias.Person, Name: "Emmanuel Macron"},
	})
	runTable(t, r, []resolveCase{
		{"an Ethiopian given name alone (WHO chief Tedros)", "Tedros", "tedros"},
		{"an Ethiopian given name after a title", "Prime Minister Meles", "meles"},
		{"an Eritrean given name after a title", "President Isaias", "isaias"},
		{"an Indonesian given name alone", "Megawati", "megawati"},
		{"an Indonesian given name in the Dutch-era spelling, with the other name", "Megawati Soekarnoputri", "megawati"},
		{"a Thai given name after a title", "Prime Minister Srettha", "srettha"},
		{"a doubled letter in the given name alone is a typo", "Tedross", "tedros"},
		{"a given name alone a vowel away is another name", "Melis", ""},
		{"a French given name alone finds nobody", "Emmanuel", ""},
		{"the family name is still the person", "Macron", "macron"},
	})
}

// Words the press puts after a body's name to say what it is (gang, insurgents, jihadists,
// paramilitaries; pandilla, Bande before it) may be left out as designators are.
func TestResolveArmedGroupDescriptors(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "ms13", Kind: alias.Org, Name: "MS-13", Aliases: []string{"Mara Salvatrucha"}},
		{ID: "rsf", Kind: alias.Org, Name: "Rapid Support Forces"},
		{ID: "taliban", Kind: alias.Org, Name: "Taliban"},
		{ID: "shabaab", Kind: alias.Org, Name: "al-Shabaab"},
		{ID: "gang-chen", Kind: alias.Person, Name: "Gang Chen"},
	})
	runTable(t, r, []resolveCase{
		{"gang after the name", "MS-13 gang", "ms13"},
		{"gang after an alias", "Mara Salvatrucha gang", "ms13"},
		{"Spanish pandilla before the name", "la pandilla Mara Salvatrucha", "ms13"},
		{"German Bande before the name", "die Bande Mara Salvatrucha", "ms13"},
		{"paramilitaries after the name", "Rapid Support Forces paramilitaries", "rsf"},
		{"insurgents after the name", "Taliban insurgents", "taliban"},
		{"jihadists after the name", "al-Shabaab jihadists", "shabaab"},
		{"the descriptor alone finds nobody", "the gang", ""},
		{"a person named Gang is still the person", "Gang Chen", "gang-chen"},
	})
}

// Russian writes the French -aye at the end of West African names as -ай (Фай for Faye,
// Ндиай for Ndiaye): the name key reads both as ai.
func TestResolveFrenchAyeInCyrillic(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "pap-ndiaye", Kind: alias.Person, Name: "Pap Ndiaye"},
		{ID: "michael-fay", Kind: alias.Person, Name: "Michael Fay"},
	})
	runTable(t, r, []resolveCase{
		{"Ndiaye in Russian", "Пап Ндиай", "pap-ndiaye"},
		{"Ndiaye alone in Russian", "Ндиай", "pap-ndiaye"},
		{"Fay and Faye are one sound", "Michael Faye", "michael-fay"},
	})
}

// Khmer and Thai honorifics and police ranks are titles before a name; a name that starts
// with one of them is still met whole (Khun Sa).
func TestResolveKhmerThaiTitles(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "ly-yong-phat", Kind: alias.Person, Name: "Ly Yong Phat"},
		{ID: "patcharawat", Kind: alias.Person, Name: "Patcharawat Wongsuwan"},
		{ID: "surachate", Kind: alias.Person, Name: "Surachate Hakparn"},
		{ID: "chuan", Kind: alias.Person, Name: "Chuan Leekpai"},
		{ID: "khun-sa", Kind: alias.Person, Name: "Khun Sa"},
	})
	runTable(t, r, []resolveCase{
		{"Oknha, the Khmer honorific of tycoons", "Oknha Ly Yong Phat", "ly-yong-phat"},
		{"a Thai police rank", "Pol Gen Patcharawat Wongsuwan", "patcharawat"},
		{"a Thai police rank with full stops", "Pol. Gen. Patcharawat Wongsuwan", "patcharawat"},
		{"a Thai police rank of three words", "Pol Lt Gen Surachate Hakparn", "surachate"},
		{"the Thai honorific Khun", "Khun Chuan Leekpai", "chuan"},
		{"a name that starts with Khun is met whole", "Khun Sa", "khun-sa"},
	})
}

// In a name whose family name leads, a given name with e for i is another name (the syllables
// are standard), while other vowel changes may be romanizations of one name.
func TestResolveSurnameFirstSyllableVowel(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "xi", Kind: alias.Person, Name: "Xi Jinping"},
		{ID: "kim-yo-jong", Kind: alias.Person, Name: "Kim Yo Jong"},
		{ID: "macron", Kind: alias.Person, Name: "Emmanuel Macron"},
	})
	runTable(t, r, []resolveCase{
		{"a pinyin syllable with e for i is another given name", "Xi Jinpeng", ""},
		{"a letter added to a syllable is a typo", "Xi Jingping", "xi"},
		{"o and u of Korean romanizations are one name", "Kim Yo Jung", "kim-yo-jong"},
		{"a given name before the family name keeps its vowel spellings", "Emanuel Macron", "macron"},
	})
}

// A person's name met by all its words but the given name, three or more, is the father's
// whole name: the son is named by his given name before it. Two words after the given name
// still meet the person (Tayyip Erdoğan), and so does the given name and part of the rest.
func TestResolveFathersWholeName(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "mahamat-deby", Kind: alias.Person, Name: "Mahamat Idriss Déby Itno"},
		{ID: "ahmed-saleh", Kind: alias.Person, Name: "Ahmed Ali Abdullah Saleh"},
		{ID: "erdogan", Kind: alias.Person, Name: "Recep Tayyip Erdoğan"},
	})
	runTable(t, r, []resolveCase{
		{"the father's whole name after the son's given name is the father (Chad)", "Idriss Déby Itno", ""},
		{"the father's whole name after the son's given name is the father (Yemen)", "Ali Abdullah Saleh", ""},
		{"the son's given name and part of the rest is the son", "Ahmed Ali Saleh", "ahmed-saleh"},
		{"the son's given name and his father's given name is the son", "Mahamat Idriss Déby", "mahamat-deby"},
		{"two words after the given name still meet the person", "Tayyip Erdoğan", "erdogan"},
	})
}

// Ayatollah written in Arabic or Persian script, two words or joined by a ZWNJ, is a title
// before the name (data/words.tsv).
func TestResolveAyatollahInScript(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "sistani", Kind: alias.Person, Name: "Ali al-Sistani"},
		{ID: "makarem", Kind: alias.Person, Name: "Naser Makarem Shirazi"},
		{ID: "khamenei", Kind: alias.Person, Name: "Ali Khamenei"},
	})
	runTable(t, r, []resolveCase{
		{"Arabic آية الله before the whole name", "آية الله علي السيستاني", "sistani"},
		{"Persian آیت‌الله (ZWNJ) before the whole name", "آیت‌الله ناصر مکارم شیرازی", "makarem"},
		{"Persian آیت الله (space) before the family name", "آیت الله خامنه‌ای", "khamenei"},
		{"Arabic آية الله before another spelling of the name", "آية الله علي خامنئي", "khamenei"},
	})
}
