package entity_test

import (
	"strings"
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/entity"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// all is one expected mention, found or unknown: its text and entity ID ("" for unknown).
type all struct{ text, id string }

// runFinder checks the mentions, found and unknown, that one Finder reports for the pieces of
// each row's document.
func runFinder(t *testing.T, r *entity.Resolver, rows []struct {
	name string
	in   []string
	want []all
}) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			f := r.NewFinder(entity.WithUnknown(true))
			got := []all{}
			for _, piece := range tt.in {
				ms := f.Find(piece)
				checkSpans(t, piece, ms)
				for _, m := range ms {
					got = append(got, all{m.Text, m.Match.Entity.ID})
				}
			}
			if tt.want == nil {
				tt.want = []all{}
			}
			assert.Equal(t, tt.want, got, "%q", tt.in)
		})
	}
}

type finderRows = []struct {
	name string
	in   []string
	want []all
}

// TestFindWholeNames: a run of name words resolves as a whole or is an unknown name; no piece
// of it links to another entity.
func TestFindWholeNames(t *testing.T) {
	runFinder(t, entity.Default(), finderRows{
		{"another given name before a known surname", []string{"Talks with Zach Witkoff ended."}, []all{{"Zach Witkoff", ""}}},
		{"a different surname one letter from a known one", []string{"Talks with Martin Schulz ended."}, []all{{"Martin Schulz", ""}}},
		{"a generational suffix names another person", []string{"Talks with Donald Trump Jr. ended."}, []all{{"Donald Trump Jr", ""}}},
		{"a relative with another given name", []string{"A post by Eric Trump drew replies."}, []all{{"Eric Trump", ""}}},
		{"a suffix after a full name", []string{"A son, Vladimir Putin Jr., is invented."}, []all{{"Vladimir Putin Jr", ""}}},
		{"a person named after a place", []string{"A statue of George Washington fell."}, []all{{"George Washington", ""}}},
		{"a newspaper named after a city", []string{"The story ran in the Kyiv Post today."}, []all{{"Kyiv Post", ""}}},
		{"an article, a city and a word", []string{"Reporters at The Kyiv Independent said so."}, []all{{"Kyiv Independent", ""}}},
		{"a university named after a city", []string{"He studied at Moscow State University for years."}, []all{{"Moscow State University", ""}}},
		{"a building named after a person", []string{"Protesters gathered outside Trump Tower today."}, []all{{"Trump Tower", ""}}},
		{"a newspaper whose first words are a city", []string{"An editorial in the New York Times said so."}, []all{{"New York Times", ""}}},
		{"a country name as a given name", []string{"Drummer Chad Smith played."}, []all{{"Chad Smith", ""}}},
		{"another country name as a given name", []string{"Party leader Jordan Bardella spoke."}, []all{{"Jordan Bardella", ""}}},
		{"a newspaper named after a city, other city", []string{"The Miami Herald reported it."}, []all{{"Miami Herald", ""}}},
		{"splits: a title before the name", []string{"Foreign Minister Andrii Sybiha spoke."}, []all{{"Andrii Sybiha", "person-andrii-sybiha"}}},
		{"splits: a country adjective before a title is no word of the name", []string{"French President Emmanuel Macron spoke."}, []all{{"Emmanuel Macron", "Q3052772"}}},
		{"splits: a known place after a comma", []string{"Shelling hit Pokrovsk, Ukraine overnight."}, []all{{"Pokrovsk", "place-pokrovsk"}, {"Ukraine", idUkraine}}},
		{"splits: a designator after a body's name", []string{"Both Reuters Group and Bloomberg reported it."}, []all{{"Reuters Group", "Q130879"}, {"Bloomberg", "org-bloomberg"}}},
		{"splits: a title after an acronym", []string{"EU Energy Commissioner Dan Jorgensen spoke."}, []all{{"EU", "Q458"}, {"Dan Jorgensen", "person-dan-jorgensen"}}},
		{"splits: a day before a name", []string{"On Tuesday Putin spoke."}, []all{{"Putin", idPutin}}},
		{"a body named after a country", []string{"Delegates at the U.S. Congress voted."}, []all{{"U.S. Congress", ""}}},
		{"splits: a conjunction", []string{"Witkoff and Kushner met."}, []all{{"Witkoff", idWitkoff}, {"Kushner", idKushner}}},
		{"an invisible character inside a word keeps it whole", []string{"Later, Zelen\u200Bsky spoke."}, []all{{"Zelen\u200Bsky", "Q3874799"}}},
		{"a soft hyphen inside a word keeps it whole", []string{"Talks with Wit\u00ADkoff ended."}, []all{{"Wit\u00ADkoff", idWitkoff}}},
		{"a name word between a title and a known piece", []string{"Rep. Jim Jordan questioned the witness."}, []all{{"Jim Jordan", ""}}},
		{"a name word between a title and a known piece, with particles", []string{"Sheikh Hamad bin Jassim Al Thani arrived."}, []all{{"Hamad bin Jassim Al Thani", ""}}},
		{"a name ends in no stopword or conjunction of a headline", []string{"Strikes Hit Ukraine As Winter Nears"}, []all{{"Ukraine", idUkraine}}},
		{"a nationality adjective before a title is no mention", []string{"Israeli Foreign Minister Gideon Saar spoke."}, []all{{"Gideon Saar", ""}}},
		{"a place written whole before a title is a mention", []string{"Miami Mayor Francis Suarez spoke."}, []all{{"Miami", idMiami}, {"Francis Suarez", ""}}},
		{"a title of two words is no part of an unknown name", []string{"First Lady Jill Biden spoke."}, []all{{"Jill Biden", ""}}},
		{"an English word capitalized alone is no unknown name", []string{"The bill went to the Senate in March, officials said."}, nil},
		{"a headline capitalizes common words", []string{"Ukraine and US Negotiators To Meet In Florida After Putin Talks"},
			[]all{{"Ukraine", idUkraine}, {"US", idUS}, {"Florida", "Q812"}, {"Putin", idPutin}}},
	})
}

// TestFindTitlePhrases: a title of several words before a name is no part of a longer name,
// and a nationality adjective before a title is no mention of its own.
func TestFindTitlePhrases(t *testing.T) {
	runFinder(t, newsResolver(t), finderRows{
		{"a title with a preposition", []string{"Secretary of State Marco Rubio flew home."}, []all{{"Marco Rubio", "n-rubio"}}},
		{"a nationality adjective that is another language's name of the country", []string{"Argentine President Javier Milei spoke."}, []all{{"Javier Milei", "n-milei"}}},
		{"a describing word before a title", []string{"Opposition leader Rahul Gandhi spoke."}, []all{{"Rahul Gandhi", "n-rahul-gandhi"}}},
		{"a word the table finds ambiguous, chosen by the single-word rules, is no piece of a longer name", []string{"Talks with Martin Schulz ended."}, []all{{"Martin Schulz", ""}}},
	})
}

// TestFindSingleWords: a lone word links only where a name or true alias meets it, never by
// edit distance or a loose key alone from a given name, surname or English word.
func TestFindSingleWords(t *testing.T) {
	runFind(t, []findCase{
		{"a given name is not a country by edit distance", "The report quoted Giorgia at length.", nil},
		{"a surname is not a country by a loose key", "The report quoted Hill at length.", nil},
		{"a surname is not a country through another language's name", "The report quoted Kelly at length.", nil},
		{"a surname is not Greece through a Slovene name", "The report quoted Garcia at length.", nil},
		{"a surname is not Greece by edit distance", "The report quoted Harris at length.", nil},
		{"a given name is not part of Saint Martin", "The report quoted Martin at length.", nil},
		{"a surname is not Mauritius through its French name", "The report quoted Morris at length.", nil},
		{"a given name is not Guam", "The report quoted James at length.", nil},
		{"a surname is not the Bahamas", "The report quoted Beckham at length.", nil},
		{"a plural demonym is not American Samoa", "The report quoted Americans at length.", nil},
		{"a given name alone does not meet a surname", "The report quoted Dmitry at length.", nil},
		{"another language's name is met as written, not by edit distance", "The report quoted Grcijah at length.", nil},
		{"another language's name is met as written, not by a key", "The report quoted Bahammy at length.", nil},
		{"another language's name as written", "The report quoted Allemagne at length.", []found{{"Allemagne", "iso3166:DE"}}},
		{"another language's name for a country that is a real town's name is the town: Brasília", "Lula returned to Brasília on Monday.", nil},
		{"another language's name for a country that is a real town's name is the town: Granada", "The festival in Granada drew crowds.", nil},
		{"another language's name for a country that is a real town's name is the town: Tunis", "Protesters gathered in Tunis.", nil},
		{"another language's name for a country that is a real town's name is the town: Columbia", "The storm reached Columbia overnight.", nil},
		{"the country's own name stays the country where a town bears it too", "The storm reached Brazil and Grenada overnight.", []found{{"Brazil", "iso3166:BR"}, {"Grenada", "iso3166:GD"}}},
		{"a word of the country's English name still links though a town bears it", "The storm reached Salvador overnight.", []found{{"Salvador", "iso3166:SV"}}},
		{"an English name of a country still links though a town bears it", "The storm reached America and Palestine overnight.", []found{{"America", "iso3166:US"}, {"Palestine", "iso3166:PS"}}},
		{"an English name that other languages share still links", "The storm reached Macao overnight.", []found{{"Macao", "iso3166:MO"}}},
		{"a particle and one word are held to a lone word's rules: Al Thani is not Taani (Estonian for Denmark)", "Sheikh Tamim bin Hamad Al Thani and al-Thani spoke.", nil},
		{"a particle and one word that is the name as written", "She flew to El Salvador.", []found{{"El Salvador", "iso3166:SV"}}},
		{"an acronym alias needs capitals: Who", "Who decides? Nobody at the UN knows.", []found{{"UN", "Q1065"}}},
		{"an acronym alias needs capitals: Un", "They asked Un about it.", nil},
		{"an acronym written as a word in the British press style", "Nato allies met.", []found{{"Nato", idNATO}}},
		{"US before a title is the country", "US President Donald Trump spoke.", []found{{"US", idUS}, {"Donald Trump", "Q22686"}}},
		{"an English adjective is not a country through its romanized Georgian name", "Pakistani officials and Israeli envoys met.", nil},
		{"a surname that meets a country only by edit distance is the person", "Rutte urges allies to spend more.", []found{{"Rutte", "Q57792"}}},
		{"the same in a headline", "Rutte Urges Allies To Spend More", []found{{"Rutte", "Q57792"}}},
		{"a name exactly as the table writes it", "The report quoted Jordan at length.", []found{{"Jordan", "iso3166:JO"}}},
		{"a press spelling by convention", "Officials in Kyiv and Kiev agreed.", []found{{"Kyiv", idKyiv}, {"Kiev", idKyiv}}},
		{"a misspelling of six letters or more that is no listed word", "Officials in Maiami agreed.", []found{{"Maiami", idMiami}}},
	})
}

// TestFindDocumentContext: a later family name alone means the person the document named in
// full before it, found or unknown.
func TestFindDocumentContext(t *testing.T) {
	tbl, err := alias.Load(strings.NewReader("id\tkind\tname\taliases\n"+
		"Q19800\tperson\tVitali Klitschko\t\n"+
		"Q187336\tperson\tWladimir Klitschko\t\n"+
		"Q1899\tplace\tKyiv\t\n"), alias.TSV)
	require.NoError(t, err)
	klitschko := entity.NewResolver(tbl)
	runFinder(t, klitschko, finderRows{
		{"a surname alone that two people share is ambiguous", []string{"In Kyiv, Klitschko spoke."}, []all{{"Kyiv", "Q1899"}, {"Klitschko", ""}}},
		{"the surname after a full name is that person", []string{"Mayor Vitali Klitschko spoke in Kyiv.", "Later Klitschko left."},
			[]all{{"Vitali Klitschko", "Q19800"}, {"Kyiv", "Q1899"}, {"Klitschko", "Q19800"}}},
		{"the other brother named in full", []string{"Wladimir Klitschko boxed. Klitschko won."},
			[]all{{"Wladimir Klitschko", "Q187336"}, {"Klitschko", "Q187336"}}},
		{"a family name of two people the document named is neither", []string{"Vitali Klitschko and Wladimir Klitschko met fans.", "Later Klitschko spoke."},
			[]all{{"Vitali Klitschko", "Q19800"}, {"Wladimir Klitschko", "Q187336"}, {"Klitschko", ""}}},
	})
	runFinder(t, entity.Default(), finderRows{
		{"a misspelled surname after the full name", []string{"Foreign Minister Andrii Sybiha spoke.", "Sybhia then left."},
			[]all{{"Andrii Sybiha", "person-andrii-sybiha"}, {"Sybhia", "person-andrii-sybiha"}}},
		{"the surname of an unknown person stays unknown", []string{"Zach Witkoff arrived. Later Witkoff left."},
			[]all{{"Zach Witkoff", ""}, {"Witkoff", ""}}},
		{"without the unknown full name the surname is the known person", []string{"Later Witkoff left."},
			[]all{{"Witkoff", idWitkoff}}},
	})
}

// TestFindScriptsWithoutSpaces: in Chinese and Japanese text, table names are found inside
// the character stream, as written or romanized whole, longest first.
func TestFindScriptsWithoutSpaces(t *testing.T) {
	tbl, err := alias.Load(strings.NewReader("id\tkind\tname\taliases\n"+
		"Q15031\tperson\tXi Jinping\t\n"+
		"Q956\tplace\tBeijing\t北京\n"+
		"Q7747\tperson\tVladimir Putin\t普京|プーチン\n"+
		"Q1490\tplace\tTokyo\t東京\n"+
		"Q148\tplace\tChina\t中国|中华人民共和国\n"), alias.TSV)
	require.NoError(t, err)
	runFinder(t, entity.NewResolver(tbl), finderRows{
		{"Chinese: names as written and a name romanized whole (习近平 is xi jinping)",
			[]string{"习近平在北京会见了普京。"}, []all{{"习近平", "Q15031"}, {"北京", "Q956"}, {"普京", "Q7747"}}},
		{"Chinese: the longest name wins (中华人民共和国, not 中国 inside it)",
			[]string{"中华人民共和国主席习近平"}, []all{{"中华人民共和国", "Q148"}, {"习近平", "Q15031"}}},
		{"Japanese: katakana and kanji names in kana text",
			[]string{"プーチン大統領は東京を訪問した。"}, []all{{"プーチン", "Q7747"}, {"東京", "Q1490"}}},
		{"Chinese beside Latin words",
			[]string{"Talks in 北京 with Putin."}, []all{{"北京", "Q956"}, {"Putin", "Q7747"}}},
		{"no table name inside: nothing",
			[]string{"会议在上海举行。"}, nil},
	})
}

// TestFindInflections: Ukrainian and Russian case forms of names and places are read back
// (data/inflections.tsv), given names too.
func TestFindInflections(t *testing.T) {
	runFinder(t, newsResolver(t), finderRows{
		{"uk instrumental of a given name and a feminine-ending surname",
			[]string{"Переговори з Андрієм Сибігою тривали."}, []all{{"Андрієм Сибігою", "person-andrii-sybiha"}}},
		{"uk instrumental of an adjectival surname", []string{"Разом із Зеленським приїхав посол."}, []all{{"Зеленським", idZelenskyy}}},
		{"uk locative of a city with і to о (Харків, у Харкові)", []string{"Вибухи пролунали у Харкові вночі."}, []all{{"Харкові", "n-kharkiv"}}},
		{"uk locative of Київ", []string{"Зустріч відбулася у Києві."}, []all{{"Києві", idKyiv}}},
		{"uk dative of a city", []string{"Допомога надійшла Харкову вчасно."}, []all{{"Харкову", "n-kharkiv"}}},
		{"ru dative and instrumental of a surname", []string{"Письмо передали Путину. Встреча с Путиным прошла в Москве."},
			[]all{{"Путину", idPutin}, {"Путиным", idPutin}, {"Москве", idMoscow}}},
		{"uk locative of a feminine city (Одеса, в Одесі)", []string{"Посли зібралися в Одесі."}, []all{{"Одесі", "n-odesa"}}},
	})
}
