package entity_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Entity IDs of the default table that the Find tests expect.
const (
	idSybiha    = "person-andrii-sybiha"
	idWitkoff   = "person-steve-witkoff"
	idKushner   = "person-jared-kushner"
	idUmerov    = "person-rustem-umerov"
	idZelenskyy = "Q3874799"
	idPutin     = "Q7747"
	idLeyen     = "Q60772"
	idKyiv      = "Q1899"
	idMoscow    = "Q649"
	idMiami     = "Q8652"
	idBrussels  = "place-brussels"
	idKremlin   = "org-kremlin"
	idISW       = "org-isw"
	idNATO      = "Q7184"
	idAFP       = "Q40464"
	idAP        = "Q40469"
	idGetty     = "org-getty-images"
	idGuardian  = "Q11148"
	idUS        = "iso3166:US"
	idUkraine   = "iso3166:UA"
)

// found is one expected mention: the span's text and the entity it resolves to.
type found struct{ text, id string }

type findCase struct {
	name string
	in   string
	want []found
}

// runFind checks the mentions Find returns for each row, with the default table, and the
// span contract on each.
func runFind(t *testing.T, rows []findCase) {
	t.Helper()
	runFindWith(t, entity.Default(), rows)
}

// runFindWith is runFind with the resolver r.
func runFindWith(t *testing.T, r *entity.Resolver, rows []findCase) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			ms := r.Find(tt.in)
			checkSpans(t, tt.in, ms)
			got := make([]found, len(ms))
			for i, m := range ms {
				got[i] = found{m.Text, m.Match.Entity.ID}
			}
			if tt.want == nil {
				tt.want = []found{}
			}
			assert.Equal(t, tt.want, got, "%q", tt.in)
		})
	}
}

// checkSpans checks what Find promises of any text: each span lies in the text and is its
// Text, the spans are in order and do not overlap, each names an entity.
func checkSpans(t *testing.T, text string, ms []entity.Mention) {
	t.Helper()
	prev := 0
	for _, m := range ms {
		if m.Start < prev || m.End <= m.Start || m.End > len(text) {
			t.Errorf("%+q: span [%d,%d) after %d: out of order, empty or out of the text", text, m.Start, m.End, prev)
			return
		}
		if text[m.Start:m.End] != m.Text {
			t.Errorf("%+q: text[%d:%d] = %+q, Text %+q", text, m.Start, m.End, text[m.Start:m.End], m.Text)
		}
		if m.Found != (m.Match.Entity.ID != "") {
			t.Errorf("%+q: mention %+q: Found %v with entity %q", text, m.Text, m.Found, m.Match.Entity.ID)
		}
		prev = m.End
	}
}

func TestFindRuns(t *testing.T) {
	runFind(t, []findCase{
		{"title before a name is taken but left out of the span; a possessive stays in it",
			"Foreign Minister Andrii Sybhia met Witkoff’s team in Miami.",
			[]found{{"Andrii Sybhia", idSybiha}, {"Witkoff’s", idWitkoff}, {"Miami", idMiami}}},
		{"an adjective before a title goes with the title: no mention of Russia",
			"Russian President Vladimir Putin received the envoy.",
			[]found{{"Vladimir Putin", idPutin}}},
		{"a word before a title that is a name itself is a mention of its own",
			"U.S. President Donald Trump called Kyiv.",
			[]found{{"U.S.", idUS}, {"Donald Trump", "Q22686"}, {"Kyiv", idKyiv}}},
		{"name particles inside a name and at its start",
			"Ursula von der Leyen spoke in Brussels before von der Leyen left.",
			[]found{{"Ursula von der Leyen", idLeyen}, {"Brussels", idBrussels}, {"von der Leyen", idLeyen}}},
		{"small words inside an organization name",
			"Analysts at the Institute for the Study of War disagree.",
			[]found{{"Institute for the Study of War", idISW}}},
		{"a comma ends a run: no surname-first reading of Witkoff, Kushner",
			"Witkoff, Kushner and Umerov met.",
			[]found{{"Witkoff", idWitkoff}, {"Kushner", idKushner}, {"Umerov", idUmerov}}},
		{"a hyphen splits two names",
			"After the Putin-Witkoff meeting nothing changed.",
			[]found{{"Putin", idPutin}, {"Witkoff", idWitkoff}}},
		{"a lower-case word after a hyphen ends the name",
			"Kyiv-based analysts doubt the Moscow-led talks.",
			[]found{{"Kyiv", idKyiv}, {"Moscow", idMoscow}}},
		{"the full stop of an initial or a dotted acronym does not end the sentence",
			"V. Zelensky thanked the U.S. for its help.",
			[]found{{"V. Zelensky", idZelenskyy}, {"U.S.", idUS}}},
		{"the full stop of an abbreviated title does not end the sentence",
			"Mr. Witkoff and Dr. Kushner met Lt. Gen. Umerov.",
			[]found{{"Witkoff", idWitkoff}, {"Kushner", idKushner}, {"Umerov", idUmerov}}},
		{"a line break ends a run",
			"Talks in Miami\nMoscow responded",
			[]found{{"Miami", idMiami}, {"Moscow", idMoscow}}},
		{"words that extraction ran together are two words",
			"Photo: AFP/Getty ImagesMoscow",
			[]found{{"AFP", idAFP}, {"Getty Images", idGetty}, {"Moscow", idMoscow}}},
		{"a possessive in capitals ends the name",
			"ZELENSKY'S PLAN",
			[]found{{"ZELENSKY'S", idZelenskyy}}},
		{"capitalized words of Cyrillic text, inflected",
			"Зеленський прибув до Києва. Путін мовчить.",
			[]found{{"Зеленський", idZelenskyy}, {"Києва", idKyiv}, {"Путін", idPutin}}},
		{"no names, no mentions",
			"talks went on late into the night.",
			nil},
	})
}

func TestFindRejects(t *testing.T) {
	runFind(t, []findCase{
		{"a common word that starts a sentence is not a name",
			"But Zelenskiy stayed in Kyiv on Friday.",
			[]found{{"Zelenskiy", idZelenskyy}, {"Kyiv", idKyiv}}},
		{"a common word that starts a sentence joins only a name matched whole",
			"The Kremlin declined to comment, The Guardian reported.",
			[]found{{"Kremlin", idKremlin}, {"The Guardian", idGuardian}}},
		{"an article, a preposition or a conjunction is left out of the span",
			"At the United Nations and the Kremlin, nobody spoke.",
			[]found{{"United Nations", "Q1065"}, {"Kremlin", idKremlin}}},
		{"a derived adjective is not the country",
			"American and Ukrainian officials met. American negotiators flew to Kiev.",
			[]found{{"Kiev", idKyiv}}},
		{"a capitalized common word in a headline is not an acronym",
			"Updates on the talks: FOLLOW ON for NATO news.",
			[]found{{"NATO", idNATO}}},
		{"a single letter is not a name",
			"She posted on X about Ukraine.",
			[]found{{"Ukraine", idUkraine}}},
		{"a short word does not count by edit distance; six letters do",
			"Analyst Mark Smith visited Maiami.",
			[]found{{"Maiami", idMiami}}},
		{"a single word needs a close edit distance: Johann is not Gujana (Guyana)",
			"Minister Johann spoke in Maiami.",
			[]found{{"Maiami", idMiami}}},
		{"words between names must be in the name: at the",
			"Vladimir Putin at the Kremlin said no.",
			[]found{{"Vladimir Putin", idPutin}, {"Kremlin", idKremlin}}},
		{"words between names must be in the name: and the",
			"Both Agence France-Presse and the Associated Press carried the story.",
			[]found{{"Agence France-Presse", idAFP}, {"Associated Press", idAP}}},
		{"a full word does not meet an initial of a dotted acronym",
			"Some of the US delegates stayed.",
			[]found{{"US", idUS}}},
	})
}

// TestFindLong: Find has no size cap; a name after more than a mebibyte of text is found.
func TestFindLong(t *testing.T) {
	filler := strings.Repeat("talks went on. ", (1<<20)/15+10)
	text := "Kyiv " + filler + "Moscow"
	require.Greater(t, len(text), 1<<20)
	ms := entity.Default().Find(text)
	checkSpans(t, text, ms)
	got := make([]string, len(ms))
	for i, m := range ms {
		got[i] = m.Text
	}
	assert.Equal(t, []string{"Kyiv", "Moscow"}, got)
}

// TestFindConcurrent runs Find from many goroutines; with -race it checks that nothing is
// shared that should not be.
func TestFindConcurrent(t *testing.T) {
	r := entity.Default()
	want := r.Find(benchNews)
	require.NotEmpty(t, want)
	var wg sync.WaitGroup
	results := make([][]entity.Mention, 8)
	for g := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[g] = r.Find(benchNews)
		}()
	}
	wg.Wait()
	for g, got := range results {
		assert.Equal(t, len(want), len(got), "goroutine %d", g)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Foreign Minister Andrii Sybhia met Witkoff’s team in Miami.",
		"Ursula von der Leyen, the U.S. and V. Zelensky",
		"Зеленський прибув до Києва.",
		"Photo: AFP/Getty ImagesMoscow",
		"ZELENSKY'S PLAN: Ban Ki-moon, al-Assad",
		"Mr. O’Brien\u00a0al-\u2011Sisi … N.A.T.O.",
		"\xff\xfeKyiv\xc3",
		"北京 بوتين ירושלים თბილისი",
	} {
		f.Add(s)
	}
	for _, s := range []string{
		"习近平在北京会见了普京。Переговори з Андрієм Сибігою у Києві.",
		"Zach Witkoff met Steve Witkoff. Witkoff left. Kyiv Post, Trump Tower",
		"Ukraine and US Negotiators To Meet In Florida After Putin Talks",
	} {
		f.Add(s)
	}
	r := entity.Default()
	f.Fuzz(func(t *testing.T, text string) {
		ms := r.Find(text)
		checkSpans(t, text, ms)
		for _, m := range ms {
			if utf8.ValidString(text) && !utf8.ValidString(m.Text) {
				t.Errorf("%+q: span %+q cuts a character", text, m.Text)
			}
		}
		// One document in two pieces, cut at a line break or a space: every mention, found
		// or unknown, lies inside its piece.
		cut := strings.LastIndexAny(text[:len(text)/2], "\n ")
		if cut < 0 {
			cut = 0
		}
		fd := r.NewFinder(entity.WithUnknown(true))
		for _, piece := range []string{text[:cut], text[cut:]} {
			checkSpans(t, piece, fd.Find(piece))
		}
	})
}

// benchNews is about 5 KB of English news prose written for this test: names in every form
// Find handles, and capitalized common words that are not names.
var benchNews = func() string {
	para := "Steve Witkoff flew to Miami on Thursday to see Foreign Minister Andrii Sybhia and " +
		"Rustem Umerov. Earlier, Russian President Vladimir Putin hosted Witkoff’s delegation in " +
		"Moscow; the Kremlin called the meeting useful. But Zelenskiy said in Kyiv that Donbas " +
		"was not for sale. In Brussels, Mark Rutte and Ursula von der Leyen argued over the " +
		"European Central Bank and frozen Russian assets. The Institute for the Study of War " +
		"(ISW) reported fighting near Pokrovsk. Jared Kushner, Yuri Ushakov and Kirill Dmitriev " +
		"joined later talks.\n"
	var b strings.Builder
	for b.Len() < 5000 {
		b.WriteString(para)
	}
	return b.String()
}()

// benchCyrillic is about 5 KB of Ukrainian prose (written for this test).
var benchCyrillic = func() string {
	para := "Президент Володимир Зеленський зустрівся з Андрієм Сибігою у Києві. Путін і Ушаков " +
		"говорили з Віткоффом у Москві, а Кушнер мовчав. Рустем Умєров полетів до Маямі.\n"
	var b strings.Builder
	for b.Len() < 5000 {
		b.WriteString(para)
	}
	return b.String()
}()

// benchPlain is about 5 KB of capitalized words that name nothing in the table.
var benchPlain = func() string {
	para := "The Committee On Budget Affairs Met On Tuesday. Members Discussed Roads, Schools And " +
		"Water Supply For The Coming Year, And Agreed To Meet Again In Spring.\n"
	var b strings.Builder
	for b.Len() < 5000 {
		b.WriteString(para)
	}
	return b.String()
}()

// bruteFind is the baseline: every sub-span of up to six words of every sentence, resolved.
func bruteFind(r *entity.Resolver, text string) int {
	n := 0
	for _, sentence := range strings.FieldsFunc(text, func(c rune) bool { return strings.ContainsRune(".!?\n", c) }) {
		words := strings.Fields(sentence)
		for i := range words {
			for j := i + 1; j <= len(words) && j-i <= 6; j++ {
				if _, ok := r.Resolve(strings.Join(words[i:j], " ")); ok {
					n++
				}
			}
		}
	}
	return n
}

// BenchmarkFind measures Find on 5 KB texts, next to the brute-force baseline that resolves
// every sub-span of up to six words of every sentence.
func BenchmarkFind(b *testing.B) {
	r := entity.Default()
	r.Find("Kyiv") // build the index and lexicon outside the loop
	for _, in := range []struct{ class, text string }{
		{"news", benchNews},
		{"cyrillic", benchCyrillic},
		{"capitalized", benchPlain},
	} {
		b.Run(in.class, func(b *testing.B) {
			b.Run("find", func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(in.text)))
				for b.Loop() {
					r.Find(in.text)
				}
			})
			b.Run("brute", func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(in.text)))
				for b.Loop() {
					bruteFind(r, in.text)
				}
			})
		})
	}
}

func ExampleResolver_Find() {
	text := "Foreign Minister Andrii Sybhia met Witkoff’s team in Miami."
	for _, m := range entity.Default().Find(text) {
		fmt.Printf("%d-%d %s → %s (%s)\n", m.Start, m.End, m.Text, m.Match.Entity.Name, m.Match.Method)
	}
	// Output:
	// 17-30 Andrii Sybhia → Andrii Sybiha (fuzzy)
	// 35-46 Witkoff’s → Steve Witkoff (partial)
	// 55-60 Miami → Miami (exact)
}

// TestFinderOptions: each FindOption changes what a Finder reports, and nothing else.
func TestFinderOptions(t *testing.T) {
	r := entity.Default()
	tests := []struct {
		name string
		opts []entity.FindOption
		in   string
		want []found
	}{
		{"default: no unknown names", nil,
			"Committee chair Tomasz Wrobel spoke in Kyiv.",
			[]found{{"Kyiv", idKyiv}}},
		{"WithUnknown reports a name that resolves to nothing, with no entity",
			[]entity.FindOption{entity.WithUnknown(true)},
			"Committee chair Tomasz Wrobel spoke in Kyiv.",
			[]found{{"Tomasz Wrobel", ""}, {"Kyiv", idKyiv}}},
		{"WithUnknown leaves out a capitalized word that starts a sentence",
			[]entity.FindOption{entity.WithUnknown(true)},
			"Officials in Kyiv said no.",
			[]found{{"Kyiv", idKyiv}}},
		{"WithFindKinds keeps people only",
			[]entity.FindOption{entity.WithFindKinds(alias.Person)},
			"Vladimir Putin told Moscow reporters nothing.",
			[]found{{"Vladimir Putin", idPutin}}},
		{"WithFindThreshold drops a match by edit distance below it",
			[]entity.FindOption{entity.WithFindThreshold(0.98)},
			"Andrii Sybhia flew to Miami.",
			[]found{{"Miami", idMiami}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := r.NewFinder(tt.opts...).Find(tt.in)
			checkSpans(t, tt.in, ms)
			got := make([]found, len(ms))
			for i, m := range ms {
				got[i] = found{m.Text, m.Match.Entity.ID}
			}
			assert.Equal(t, tt.want, got, "%q", tt.in)
		})
	}
}

func ExampleResolver_NewFinder() {
	f := entity.Default().NewFinder(entity.WithUnknown(true))
	for _, piece := range []string{"Foreign Minister Andrii Sybiha met Tomasz Wrobel.", "Later Sybiha flew to Kyiv."} {
		for _, m := range f.Find(piece) {
			fmt.Printf("%s found=%v id=%q\n", m.Text, m.Found, m.Match.Entity.ID)
		}
	}
	// Output:
	// Andrii Sybiha found=true id="person-andrii-sybiha"
	// Tomasz Wrobel found=false id=""
	// Sybiha found=true id="person-andrii-sybiha"
	// Kyiv found=true id="Q1899"
}

// TestFindInnerCapitals: a word with capitals inside (BlackRock, GlaxoSmithKline) is one
// name, found as the table writes it however Find splits it to read it.
func TestFindInnerCapitals(t *testing.T) {
	tbl, err := alias.Load(strings.NewReader("id\tkind\tname\taliases\n"+
		"blackrock\torg\tBlackRock\t\n"+
		"petrochina\torg\tPetroChina\t\n"+
		"exxonmobil\torg\tExxonMobil\t\n"+
		"gsk\torg\tGlaxoSmithKline\t\n"+
		"jpmorgan\torg\tJPMorgan Chase\t\n"), alias.TSV)
	require.NoError(t, err)
	r := entity.NewResolver(tbl)
	for _, tt := range []findCase{
		{"two parts", "Shares in BlackRock and PetroChina rose.", []found{{"BlackRock", "blackrock"}, {"PetroChina", "petrochina"}}},
		{"two parts at a sentence start", "ExxonMobil said so.", []found{{"ExxonMobil", "exxonmobil"}}},
		{"three parts", "GlaxoSmithKline said so.", []found{{"GlaxoSmithKline", "gsk"}}},
		{"capitals inside and a second word", "JPMorgan Chase said so.", []found{{"JPMorgan Chase", "jpmorgan"}}},
		{"two words are not the one-word name", "They walked to Black Rock and back.", []found{}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ms := r.Find(tt.in)
			checkSpans(t, tt.in, ms)
			got := []found{}
			for _, m := range ms {
				got = append(got, found{m.Text, m.Match.Entity.ID})
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestFindShortWords: a lone word of four letters or fewer meets a name only as written
// (folded) or as a respelling of its vowels, never through a key, convention or ending that
// drops or changes a consonant, nor by edit distance.
func TestFindShortWords(t *testing.T) {
	r := entity.NewResolver(table([]alias.Entity{
		{ID: "seoul", Kind: alias.Place, Name: "Seoul"},
		{ID: "busan", Kind: alias.Place, Name: "Busan", Aliases: []string{"Pusan"}},
		{ID: "togo", Kind: alias.Place, Name: "Togo"},
		{ID: "fiji", Kind: alias.Place, Name: "Fiji"},
		{ID: "iraq", Kind: alias.Place, Name: "Iraq"},
		{ID: "kyiv", Kind: alias.Place, Name: "Kyiv"},
		{ID: "rutte", Kind: alias.Person, Name: "Mark Rutte"},
	}...))
	runFindWith(t, r, []findCase{
		{"a sound key that drops letters is not the city: Sul of Rio Grande do Sul is not Seoul",
			"Floods hit Rio Grande do Sul again.", nil},
		{"a Korean surname of three letters is not Seoul", "The director Sul spoke first.", nil},
		{"an English word of four letters is not Seoul by its key", "Officials said Soul was the word.", nil},
		{"a name written whole still counts", "Talks moved from Seoul to Pusan.",
			[]found{{"Seoul", "seoul"}, {"Pusan", "busan"}}},
		{"a convention that changes a consonant is not the country: Tojo is not Togo",
			"Historians said Tojo signed it.", nil},
		{"an ending read off a short word is not the country: Fees is not Fiji",
			"Analysts said Fees rose.", nil},
		{"an ending read off a short word is not the person: Ruta is not Rutte",
			"Minister Ruta arrived.", nil},
		{"a respelling of the vowels counts: Kiev and Kiew for Kyiv",
			"Officials in Kiev and Kiew agreed.", []found{{"Kiev", "kyiv"}, {"Kiew", "kyiv"}}},
		{"a respelling of one sound counts: Irak for Iraq", "Officials in Irak agreed.",
			[]found{{"Irak", "iraq"}}},
		{"a key that changes a consonant of a short word does not: Kief is not Kyiv",
			"Officials said Kief agreed.", nil},
	})
}

// TestFindExtraFamilyName: Find takes what Resolve takes for a whole run, one more family
// name after a person's whole name included (a second surname, Spanish and Portuguese; a
// grandfather's name, Ethiopian), and keeps the rule of whole names first for the rest.
func TestFindExtraFamilyName(t *testing.T) {
	r := entity.NewResolver(table([]alias.Entity{
		{ID: "noboa", Kind: alias.Person, Name: "Daniel Noboa"},
		{ID: "petro", Kind: alias.Person, Name: "Gustavo Petro"},
		{ID: "boric", Kind: alias.Person, Name: "Gabriel Boric"},
		{ID: "amlo", Kind: alias.Person, Name: "Andrés Manuel López Obrador"},
		{ID: "sheinbaum", Kind: alias.Person, Name: "Claudia Sheinbaum"},
		{ID: "abiy", Kind: alias.Person, Name: "Abiy Ahmed"},
		{ID: "trump", Kind: alias.Person, Name: "Donald Trump"},
		{ID: "witkoff", Kind: alias.Person, Name: "Steve Witkoff"},
		{ID: "macron", Kind: alias.Person, Name: "Emmanuel Macron"},
		{ID: "sybiha", Kind: alias.Person, Name: "Andrii Sybiha"},
		{ID: "zelenskyy", Kind: alias.Person, Name: "Volodymyr Zelenskyy"},
		{ID: "paris", Kind: alias.Place, Name: "Paris"},
		{ID: "quito", Kind: alias.Place, Name: "Quito"},
	}...))
	runFindWith(t, r, []findCase{
		{"a second surname after the whole name (Ecuador)",
			"In Quito, President Daniel Noboa Azín signed the decree on Monday.",
			[]found{{"Quito", "quito"}, {"Daniel Noboa Azín", "noboa"}}},
		{"a second surname after the whole name (Colombia)",
			"The talks were led by Gustavo Petro Urrego and his ministers.",
			[]found{{"Gustavo Petro Urrego", "petro"}}},
		{"a second surname after the whole name (Mexico)",
			"The new leader, Claudia Sheinbaum Pardo, spoke at length.",
			[]found{{"Claudia Sheinbaum Pardo", "sheinbaum"}}},
		{"a grandfather's name after the whole name (Ethiopia)",
			"The prime minister, Abiy Ahmed Ali, met the envoys.",
			[]found{{"Abiy Ahmed Ali", "abiy"}}},
		{"the two surnames without the given names",
			"Former president López Obrador said little.",
			[]found{{"López Obrador", "amlo"}}},
		{"the first surname alone after the full name is the same person",
			"Daniel Noboa Azín arrived first; later Noboa left the room.",
			[]found{{"Daniel Noboa Azín", "noboa"}, {"Noboa", "noboa"}}},
		{"a second surname that is an English word is an unknown name, no piece of it links",
			"The Chilean leader Gabriel Boric Font spoke.", nil},
		{"a generational suffix is no family name", "They met Donald Trump Jr. in the evening.", nil},
		{"another given name before the surname is another person", "They met Zach Witkoff in the evening.", nil},
		{"a word that names another entity is no family name but that entity",
			"They met Emmanuel Macron Paris in the evening.",
			[]found{{"Emmanuel Macron", "macron"}, {"Paris", "paris"}}},
		{"a word of another table name is no family name: it begins another name",
			"Both Volodymyr Zelenskyy Andrii spoke.", nil},
		{"in a headline a capital says nothing: no family name is added",
			"Claudia Sheinbaum Pardo Wins Vote", nil},
	})
}

// TestFindPairedPieces: two words side by side, each one word of a longer name of a
// different person, are one unknown person's name, not two people.
func TestFindPairedPieces(t *testing.T) {
	r := entity.NewResolver(table([]alias.Entity{
		{ID: "micheal-martin", Kind: alias.Person, Name: "Micheál Martin"},
		{ID: "olaf-scholz", Kind: alias.Person, Name: "Olaf Scholz"},
		{ID: "phil-scott", Kind: alias.Person, Name: "Phil Scott"},
		{ID: "van-morrison", Kind: alias.Person, Name: "Van Morrison"},
		{ID: "putin", Kind: alias.Person, Name: "Vladimir Putin"},
		{ID: "witkoff", Kind: alias.Person, Name: "Steve Witkoff"},
	}...))
	runFindWith(t, r, []findCase{
		{"a given name that is one person's surname and a surname like another's are one unknown person",
			"Olaf Scholz sat in the back row, and the former chief Martin Schulz watched.",
			[]found{{"Olaf Scholz", "olaf-scholz"}}},
		{"two surnames of two people in the table, side by side, are one unknown person",
			"The former prime minister Scott Morrison spoke first.", nil},
		{"a hyphen joins two people's names: both count",
			"The Putin-Witkoff talks went on.", []found{{"Putin", "putin"}, {"Witkoff", "witkoff"}}},
		{"a conjunction separates two people: both count",
			"Both Putin and Witkoff spoke.", []found{{"Putin", "putin"}, {"Witkoff", "witkoff"}}},
		{"each alone still counts", "Later Martin and Scott spoke.",
			[]found{{"Martin", "micheal-martin"}, {"Scott", "phil-scott"}}},
	})
}

// TestFindTwoEdits: a span of two words or more links only where some word meets its name
// word as written or by a key, convention, cognate or inflection: two words that each meet a
// name word only by edit distance are two other words.
func TestFindTwoEdits(t *testing.T) {
	r := entity.NewResolver(table([]alias.Entity{
		{ID: "karen-bass", Kind: alias.Person, Name: "Karen Bass"},
		{ID: "derya-kurt", Kind: alias.Person, Name: "Derya Kurt"},
		// Words that the text's words meet by key, in other names: Find then asks Resolve.
		{ID: "anna-korte", Kind: alias.Person, Name: "Anna Korte"},
		{ID: "karin-keller", Kind: alias.Person, Name: "Karin Keller-Sutter"},
	}...))
	runFindWith(t, r, []findCase{
		{"the name as written", "The mayor, Karen Bass, spoke.", []found{{"Karen Bass", "karen-bass"}}},
		{"one word by its key, one as written", "The mayor, Karen Baas, spoke.", []found{{"Karen Baas", "karen-bass"}}},
		{"both words by edit distance alone are another name", "The singer Karin Boss spoke.", nil},
		{"both words by edit distance alone, in the other order, are another name", "The author Corte Dhara spoke.", nil},
	})
}

// TestFindMiddleNames: Find takes what Resolve takes for a person named whole with a middle
// name, a middle initial or a patronymic that the table leaves out; an English word there
// still makes another name.
func TestFindMiddleNames(t *testing.T) {
	r := entity.NewResolver(table([]alias.Entity{
		{ID: "milei", Kind: alias.Person, Name: "Javier Milei"},
		{ID: "biden", Kind: alias.Person, Name: "Joe Biden", Aliases: []string{"Joseph Biden"}},
		{ID: "putin", Kind: alias.Person, Name: "Vladimir Putin"},
		{ID: "bukele", Kind: alias.Person, Name: "Nayib Bukele"},
		{ID: "trump", Kind: alias.Person, Name: "Donald Trump"},
		{ID: "moscow", Kind: alias.Place, Name: "Moscow"},
		{ID: "chicago", Kind: alias.Place, Name: "Chicago"},
	}...))
	runFindWith(t, r, []findCase{
		{"a middle name", "On Monday the president Javier Gerardo Milei spoke.", []found{{"Javier Gerardo Milei", "milei"}}},
		{"a middle initial", "On Monday the president Joseph R. Biden spoke.", []found{{"Joseph R. Biden", "biden"}}},
		{"a patronymic", "On Monday the president Vladimir Vladimirovich Putin spoke.",
			[]found{{"Vladimir Vladimirovich Putin", "putin"}}},
		{"a middle name and a second surname", "On Monday the president Nayib Armando Bukele Ortez spoke.",
			[]found{{"Nayib Armando Bukele Ortez", "bukele"}}},
		{"an English word between the names is another name", "On Monday the man Javier State Milei spoke.", nil},
		{"a place's name with an English word inside is another place's", "He studied at Moscow State University then.", nil},
		{"a table's place after a person's whole name is a mention of its own, not a middle name",
			"He saw the Donald Trump Chicago tower.", []found{{"Donald Trump", "trump"}, {"Chicago", "chicago"}}},
	})
}

// TestFindHyphenatedGivenNames: a Korean or Chinese given name of two romanized syllables
// joined by a hyphen, the second in lower case (Jae-myung, Moon-soo, Ing-wen), is one word of
// the name in running text, whatever the length of its syllables.
func TestFindHyphenatedGivenNames(t *testing.T) {
	r := entity.NewResolver(table([]alias.Entity{
		{ID: "lee", Kind: alias.Person, Name: "Lee Jae-myung"},
		{ID: "leejy", Kind: alias.Person, Name: "Lee Jae-yong"},
		{ID: "kimms", Kind: alias.Person, Name: "Kim Moon-soo"},
		{ID: "kimju", Kind: alias.Person, Name: "Kim Jong-un"},
		{ID: "tsai", Kind: alias.Person, Name: "Tsai Ing-wen"},
		{ID: "hsiao", Kind: alias.Person, Name: "Hsiao Bi-khim"},
	}...))
	runFindWith(t, r, []findCase{
		{"a five-letter second syllable", "The winner, Lee Jae-myung, spoke.", []found{{"Lee Jae-myung", "lee"}}},
		{"a given name the index knows only whole", "The candidate Kim Moon-soo conceded.", []found{{"Kim Moon-soo", "kimms"}}},
		{"a second syllable that is also a stop word", "She met Kim Jong-un and Lee Jae-yong.",
			[]found{{"Kim Jong-un", "kimju"}, {"Lee Jae-yong", "leejy"}}},
		{"Wade–Giles given names", "Tsai Ing-wen met Hsiao Bi-khim in Taipei.",
			[]found{{"Tsai Ing-wen", "tsai"}, {"Hsiao Bi-khim", "hsiao"}}},
		{"the same family name with another given name is another person", "Prime Minister Kim Min-seok spoke.", nil},
	})
}

// TestFindNameEndingLikeATitle: a name whose last word is also an abbreviated title (Sen. for
// Senator) ends its sentence when a pronoun or determiner follows the full stop.
func TestFindNameEndingLikeATitle(t *testing.T) {
	r := entity.NewResolver(table([]alias.Entity{
		{ID: "hunsen", Kind: alias.Person, Name: "Hun Sen"},
		{ID: "warren", Kind: alias.Person, Name: "Elizabeth Warren"},
	}...))
	runFindWith(t, r, []findCase{
		{"a pronoun after the stop", "She spoke by phone with Hun Sen. Her father was jailed.", []found{{"Hun Sen", "hunsen"}}},
		{"a determiner after the stop", "She spoke by phone with Hun Sen. The call leaked.", []found{{"Hun Sen", "hunsen"}}},
		{"the title before a name still reads as a title", "On Monday Sen. Elizabeth Warren spoke.", []found{{"Elizabeth Warren", "warren"}}},
	})
}

// TestFindPossessiveInsideName: the possessive of a common noun before a designator is a
// word of a body's name (Mongolian People's Party); that of a name before one is a possessive
// (Ukraine's Party of Regions).
func TestFindPossessiveInsideName(t *testing.T) {
	r := entity.NewResolver(table([]alias.Entity{
		{ID: "mpp", Kind: alias.Org, Name: "Mongolian People's Party"},
		{ID: "ukraine", Kind: alias.Place, Name: "Ukraine"},
		{ID: "mongolia", Kind: alias.Place, Name: "Mongolia"},
	}...))
	runFindWith(t, r, []findCase{
		{"a common noun's possessive inside the name", "Leaders of the Mongolian People's Party met.",
			[]found{{"Mongolian People's Party", "mpp"}}},
		{"a place's possessive before a designator stays a possessive", "Ukraine's Party of Regions was banned.",
			[]found{{"Ukraine's", "ukraine"}}},
	})
	m, ok := r.Resolve("Mongolian People's Party")
	require.True(t, ok)
	assert.Equal(t, "mpp", m.Entity.ID, "an inner possessive is kept by Resolve")
}

// TestFindNamesOfTheirOwn: words that are names or English words in their own right (the word
// list) do not land on a table name they meet only loosely, however large the table.
func TestFindNamesOfTheirOwn(t *testing.T) {
	r := entity.NewResolver(table([]alias.Entity{
		{ID: "mark-thomas", Kind: alias.Person, Name: "Mark Thomas"},
		{ID: "watington", Kind: alias.Person, Name: "George Watington"}, // a look-alike, as a table of 1e5 names holds
		{ID: "pedersen", Kind: alias.Person, Name: "Jordan Pedersen"},
		{ID: "merkel", Kind: alias.Person, Name: "Angela Merkel"},
		{ID: "scholz", Kind: alias.Person, Name: "Olaf Scholz"},
		{ID: "lincoln", Kind: alias.Person, Name: "Abraham Lincon"}, // the table's misspelling
		{ID: "lucia-gonzalez", Kind: alias.Person, Name: "Lucía González"},
		{ID: "hobs", Kind: alias.Person, Name: "Stephen Hobs"}, // a look-alike, as a table of 1e5 names holds
		{ID: "bush", Kind: alias.Person, Name: "George Bush"},
	}...))
	runFindWith(t, r, []findCase{
		{"an English word meets a name only as spelled: March is not Mark (Thomas)",
			"March was cold. Officials met in March.", nil},
		{"an English word meets a name only as spelled, even after the full name",
			"Mark Thomas spoke. In March he left; Thomas stayed.",
			[]found{{"Mark Thomas", "mark-thomas"}, {"Thomas", "mark-thomas"}}},
		{"an English word meets a name only as spelled: Marks is not Mark (Thomas)",
			"Marks were given to the pupils.", nil},
		{"a name in its own right two edits away is another name: George Washington",
			"George Washington crossed the river.", nil},
		{"a name in its own right two edits away is another name: Jordan Peterson",
			"They met Jordan Peterson there.", nil},
		{"a name in its own right two edits away is another name, in Latin text with accents too: Luisa González",
			"Luisa González won the first round.", nil},
		{"an English word keeps its first letter in a longer name too: Steve Jobs is not a Stephen Hobs",
			"Steve Jobs founded the firm.", nil},
		{"an English word that is a surname as written still meets it: George Bush",
			"They met George Bush there.", []found{{"George Bush", "bush"}}},
		{"a misspelling one swap away still meets the name: Angela Merkle",
			"They met Angela Merkle there.", []found{{"Angela Merkle", "merkel"}}},
		{"a misspelling one letter away still meets the name: Olaf Scholtz",
			"They met Olaf Scholtz there.", []found{{"Olaf Scholtz", "scholz"}}},
		{"a table's misspelling one letter away still meets the name: Abraham Lincoln",
			"They met Abraham Lincoln there.", []found{{"Abraham Lincoln", "lincoln"}}},
	})
}

// TestFindExtraFamilyNameBesideLookAlikes: one more family name after a whole name is taken
// when it only shares a key with a word of the table (as almost any surname does beside 1e5
// names), not when it is a table word as written or begins another name.
func TestFindExtraFamilyNameBesideLookAlikes(t *testing.T) {
	r := entity.NewResolver(table([]alias.Entity{
		{ID: "abiy", Kind: alias.Person, Name: "Abiy Ahmed"},
		{ID: "raisman", Kind: alias.Person, Name: "Aly Raisman"}, // Aly shares Ali's key
		{ID: "sybiha", Kind: alias.Person, Name: "Andrii Sybiha"},
		{ID: "zelenskyy", Kind: alias.Person, Name: "Volodymyr Zelenskyy"},
		{ID: "macron", Kind: alias.Person, Name: "Emmanuel Macron"},
		{ID: "paris", Kind: alias.Place, Name: "Paris"},
	}...))
	runFindWith(t, r, []findCase{
		{"a last name that shares a table word's key is one more family name",
			"The prime minister, Abiy Ahmed Ali, met the envoys.", []found{{"Abiy Ahmed Ali", "abiy"}}},
		{"a given name spelled another way begins another name",
			"They met Volodymyr Zelenskyy Andriy Sybiha there.",
			[]found{{"Volodymyr Zelenskyy", "zelenskyy"}, {"Andriy Sybiha", "sybiha"}}},
		{"a table word as written is no family name",
			"They met Emmanuel Macron Paris in the evening.",
			[]found{{"Emmanuel Macron", "macron"}, {"Paris", "paris"}}},
	})
}

// TestFindLoneWordAmongMany: a lone word that many entities share stays ambiguous, though
// the first few alternatives Resolve lists hold only one that a lone word's rules accept.
func TestFindLoneWordAmongMany(t *testing.T) {
	entities := []alias.Entity{
		{ID: "brown-group", Kind: alias.Org, Name: "Brown Group"},
		{ID: "brown-holdings", Kind: alias.Org, Name: "Brown Holdings"},
	}
	for _, given := range []string{"Gordon", "Jerry", "Chris", "James", "Dan", "Scott", "Sherrod", "Michael", "Kate", "Millie"} {
		entities = append(entities, alias.Entity{ID: strings.ToLower(given) + "-brown", Kind: alias.Person, Name: given + " Brown"})
	}
	r := entity.NewResolver(table(entities...))
	runFindWith(t, r, []findCase{
		{"a family name that ten people of the table bear is none of them", "Brown spoke first.", nil},
		{"the whole name is still the one person", "Gordon Brown spoke first.", []found{{"Gordon Brown", "gordon-brown"}}},
	})
}
