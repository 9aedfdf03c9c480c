package entity

import (
	"testing"

	"github.com/namecanon/namecanon/alias"
)

// Taiwan's names are printed in Wade–Giles and its passport spellings: a name in Han
// characters meets them through the Taiwanese surnames of the Han table and its Wade–Giles
// reading.
func TestResolveTaiwaneseHanNames(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "cho", Kind: alias.Person, Name: "Cho Jung-tai"},
		{ID: "chiang", Kind: alias.Person, Name: "Chiang Wan-an"},
		{ID: "lai", Kind: alias.Person, Name: "Lai Ching-te"},
		{ID: "ko", Kind: alias.Person, Name: "Ko Wen-je"},
		{ID: "huang", Kind: alias.Person, Name: "Huang Kuo-chang"},
		{ID: "lai-shin-yuan", Kind: alias.Person, Name: "Lai Shin-yuan"},
	})
	runTable(t, r, []resolveCase{
		{"Wade–Giles reading of a Taiwanese name (卓 is a surname)", "卓榮泰", "cho"},
		{"Wade–Giles reading, traditional characters", "蔣萬安", "chiang"},
		{"a Taiwanese surname splits the name (賴)", "賴清德", "lai"},
		{"a Taiwanese surname, simplified (赖)", "赖清德", "lai"},
		{"the passport's je for zhe meets the Wade–Giles che (柯)", "柯文哲", "ko"},
		{"Wade–Giles kuo for guo", "黃國昌", "huang"},
		{"another given name on the same surname is another person", "賴清文", ""},
	})
}

// A Korean family name has its Revised Romanization, McCune–Reischauer and press spellings:
// a name in one meets a table name in another when the given name is Korean syllables.
func TestResolveKoreanSurnameSpellings(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "park-chan-wook", Kind: alias.Person, Name: "Park Chan-wook"},
		{ID: "lee-hoi-chang", Kind: alias.Person, Name: "Lee Hoi-chang"},
		{ID: "roh-tae-woo", Kind: alias.Person, Name: "Roh Tae-woo"},
		{ID: "lim-jong-seok", Kind: alias.Person, Name: "Lim Jong-seok"},
		{ID: "yi-sang", Kind: alias.Person, Name: "Yi Sang"},
		{ID: "spike-lee", Kind: alias.Person, Name: "Spike Lee"},
	})
	runTable(t, r, []resolveCase{
		{"RR Bak is the press Park", "Bak Chan-wook", "park-chan-wook"},
		{"MR Yi is the press Lee", "Yi Hoi-chang", "lee-hoi-chang"},
		{"RR No is the press Roh", "No Tae-woo", "roh-tae-woo"},
		{"RR Im is the press Lim", "Im Jong-seok", "lim-jong-seok"},
		{"the press Lee is MR Yi", "Lee Sang", "yi-sang"},
		{"another given name on the family name is another person", "Bak Chan-ho", ""},
		{"an English given name is not read as Korean", "Spike Yi", ""},
	})
}

// An Arabic-script word that writes no vowel letter between its consonants (حمص, سرت) says
// only its consonants: it meets a place with the very same three consonants or more, and no
// place that shares two of them; and a European case ending is never read off its
// romanization (حمص, romanized Hamas, is no case form of Hama).
func TestResolveBareArabicSkeleton(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "homs", Kind: alias.Place, Name: "Homs"},
		{ID: "sirte", Kind: alias.Place, Name: "Sirte"},
		{ID: "tobruk", Kind: alias.Place, Name: "Tobruk"},
		{ID: "hama", Kind: alias.Place, Name: "Hama"},
		{ID: "goma", Kind: alias.Place, Name: "Goma"},
		{ID: "yermak", Kind: alias.Person, Name: "Andriy Yermak"},
	})
	runTable(t, r, []resolveCase{
		{"three bare consonants meet the same three (Homs)", "حمص", "homs"},
		{"three bare consonants meet the same three (Sirte)", "سرت", "sirte"},
		{"four bare consonants (Tobruk)", "طبرق", "tobruk"},
		{"the written long vowel of Hama still meets it", "حماة", "hama"},
		{"a word with written vowels needs more than its consonants (Aramco is not Yermak)", "أرامكو", ""},
		{"two bare consonants are too few (قم is not Goma)", "قم", ""},
	})
	r = resolverOf(t, []alias.Entity{
		{ID: "hama", Kind: alias.Place, Name: "Hama"},
		{ID: "goma", Kind: alias.Place, Name: "Goma"},
	})
	runTable(t, r, []resolveCase{
		{"Homs in Arabic script is not a case form of Hama", "حمص", ""},
	})
}

// A romanized word that spells a title need not be one: when the name without it meets
// nothing whole, the words as written are tried.
func TestResolveRomanizedTitleWord(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "hun-sen", Kind: alias.Person, Name: "Hun Sen"},
		{ID: "hun-manet", Kind: alias.Person, Name: "Hun Manet"},
		{ID: "chen-shui-bian", Kind: alias.Person, Name: "Chen Shui-bian"},
		{ID: "chuan", Kind: alias.Person, Name: "Chuan Leekpai"},
	})
	runTable(t, r, []resolveCase{
		{"Russian Хун is Hun, not the Thai honorific Khun", "Хун Сен", "hun-sen"},
		{"Russian Хун is Hun before another given name", "Хун Манет", "hun-manet"},
		{"the Thai honorific in Latin is still a title", "Khun Chuan Leekpai", "chuan"},
	})
}

// English writes the final ة of Arabic names as -ah, other presses as -a: one name.
func TestResolveArabicFinalAh(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "basra", Kind: alias.Place, Name: "Basra"},
		{ID: "jeddah", Kind: alias.Place, Name: "Jeddah"},
		{ID: "falluja", Kind: alias.Place, Name: "Falluja"},
		{ID: "bucha", Kind: alias.Place, Name: "Bucha"},
		{ID: "aisha", Kind: alias.Person, Name: "Aisha Gaddafi"},
	})
	runTable(t, r, []resolveCase{
		{"-ah for -a, though the gazetteer lists both (Basrah)", "Basrah", "basra"},
		{"-a for -ah (Jedda)", "Jedda", "jeddah"},
		{"-ah for -a (Fallujah)", "Fallujah", "falluja"},
		{"-ah in a person's name (Aishah)", "Aishah Gaddafi", "aisha"},
		{"the h of ch is no final h (Buchach is not Bucha)", "Buchach", ""},
	})
}

// Khmer, Lao, Thai and Burmese names: ph and th are aspirated p and t, which other presses
// write p and t; a final nh is the palatal n (Russian нь); a final Burmese aw is o.
func TestResolveIndochinaNames(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "phnom-penh", Kind: alias.Place, Name: "Phnom Penh"},
		{ID: "naypyidaw", Kind: alias.Place, Name: "Naypyidaw"},
		{ID: "phitsanulok", Kind: alias.Place, Name: "Phitsanulok"},
		{ID: "pathein", Kind: alias.Place, Name: "Pathein"},
	})
	runTable(t, r, []resolveCase{
		{"ph is p and a final nh is n (the Polish and Spanish Pnom Pen)", "Pnom Pen", "phnom-penh"},
		{"Burmese aw is Russian о (Нейпьидо)", "Нейпьидо", "naypyidaw"},
		{"Thai ph is Russian пх", "Пхитсанулок", "phitsanulok"},
		{"Burmese th is Russian т (Патейн)", "Патейн", "pathein"},
		{"another town is not met by the convention (Pathum is not Pathein)", "Pathum", ""},
	})
}

// Lao script is romanized (by way of the Thai letters of the same sounds) and meets the Latin
// spellings of Lao names and places.
func TestResolveLaoScript(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "savannakhet", Kind: alias.Place, Name: "Savannakhet"},
		{ID: "luang-namtha", Kind: alias.Place, Name: "Luang Namtha"},
		{ID: "champasak", Kind: alias.Place, Name: "Champasak"},
		{ID: "pakse", Kind: alias.Place, Name: "Pakse"},
		{ID: "paksan", Kind: alias.Place, Name: "Paksan"},
		{ID: "thongloun", Kind: alias.Person, Name: "Thongloun Sisoulith"},
		{ID: "vientiane", Kind: alias.Place, Name: "Vientiane", Aliases: []string{"Viangchan"}},
	})
	runTable(t, r, []resolveCase{
		{"ຫ before a sonorant is silent, ວ is v", "ສະຫວັນນະເຂດ", "savannakhet"},
		{"a subscript ຼ is l, one word for two", "ຫຼວງນ້ຳທາ", "luang-namtha"},
		{"ຳ is am", "ຈຳປາສັກ", "champasak"},
		{"ຊ is s (Pakse, not Paksan)", "ປາກເຊ", "pakse"},
		{"a person's name, ou for u in the French-era spelling", "ທອງລຸນ ສີສຸລິດ", "thongloun"},
		{"ຽ is ia: the official Viangchan", "ວຽງຈັນ", "vientiane"},
	})
}
