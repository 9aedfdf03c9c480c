package entity

import (
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// heuristicsTable holds real entities that show the matching heuristics one by one.
func heuristicsTable(t *testing.T) *Resolver {
	t.Helper()
	b := alias.NewBuilder()
	for _, e := range []alias.Entity{
		{ID: "hamid-karzai", Kind: alias.Person, Name: "Hamid Karzai"},
		{ID: "osama-bin-laden", Kind: alias.Person, Name: "Osama bin Laden"},
		{ID: "mbz", Kind: alias.Person, Name: "Mohamed bin Zayed Al Nahyan"},
		{ID: "amir-khan-muttaqi", Kind: alias.Person, Name: "Amir Khan Muttaqi"},
		{ID: "sisi", Kind: alias.Person, Name: "Abdel Fattah el-Sisi"},
		{ID: "baghdadi", Kind: alias.Person, Name: "Abu Bakr al-Baghdadi"},
		{ID: "ban-ki-moon", Kind: alias.Person, Name: "Ban Ki-moon"},
		{ID: "naqdi", Kind: alias.Person, Name: "Mohammad Reza Naqdi"},
		{ID: "ai-weiwei", Kind: alias.Person, Name: "Ai Weiwei"},
		{ID: "gulen", Kind: alias.Person, Name: "Fethullah Gülen"},
		{ID: "svyrydenko", Kind: alias.Person, Name: "Yulia Svyrydenko"},
		{ID: "gallant", Kind: alias.Person, Name: "Yoav Gallant"},
		{ID: "trump", Kind: alias.Person, Name: "Donald Trump"},
		{ID: "lee-jae-myung", Kind: alias.Person, Name: "Lee Jae-myung"},
		{ID: "yoon", Kind: alias.Person, Name: "Yoon Suk Yeol"},
		{ID: "park-geun-hye", Kind: alias.Person, Name: "Park Geun-hye"},
		{ID: "tsikhanouskaya", Kind: alias.Person, Name: "Sviatlana Tsikhanouskaya"},
		{ID: "nizhny-novgorod", Kind: alias.Place, Name: "Nizhny Novgorod"},
		{ID: "let", Kind: alias.Org, Name: "Lashkar-e-Taiba"},
		{ID: "maliki", Kind: alias.Person, Name: "Nouri al-Maliki"},
		{ID: "wagner", Kind: alias.Org, Name: "Wagner Group"},
		{ID: "un", Kind: alias.Org, Name: "United Nations", Aliases: []string{"UN"}},
		{ID: "us", Kind: alias.Place, Name: "United States", Aliases: []string{"U.S."}},
		{ID: "south-korea", Kind: alias.Place, Name: "South Korea", Aliases: []string{"ROK"}},
		{ID: "ankara", Kind: alias.Place, Name: "Ankara"},
		{ID: "new-york", Kind: alias.Place, Name: "New York"},
		{ID: "nagorno-karabakh", Kind: alias.Place, Name: "Nagorno-Karabakh"},
		{ID: "ecb", Kind: alias.Org, Name: "European Central Bank"},
		{ID: "isil", Kind: alias.Org, Name: "Islamic State of Iraq and the Levant"},
	} {
		require.NoError(t, b.Add(e))
	}
	tbl, err := b.Build()
	require.NoError(t, err)
	return NewResolver(tbl)
}

func TestResolveHeuristics(t *testing.T) {
	r := heuristicsTable(t)
	for _, tt := range []resolveCase{
		{"a trailing word makes a person's name another thing's", "Hamid Karzai International Airport", ""},
		{"part of a body's name in common words alone is any such body", "Central Bank", ""},
		{"nor is it with the article", "the Central Bank", ""},
		{"part of a body's name with a word of its own still meets it", "Islamic State of Iraq", "isil"},
		{"an Arabic nisba after the name is part of it", "Abu Bakr al-Baghdadi al-Qurashi", "baghdadi"},
		{"another given name in front is another family member", "Hamza Usama bin Laden", ""},
		{"SURNAME, Given with a long nasab", "BIN LADIN, Usama bin Muhammad bin Awad", "osama-bin-laden"},
		{"given name and nasab without the family name", "Mohammed bin Zayed", "mbz"},
		{"given names without the family name are another person", "Amir Khan", ""},
		{"Abd with its article written apart", "Abd al-Fattah al-Sisi", "sisi"},
		{"Abd with its article written joined", "Abdel Fattah el-Sisi", "sisi"},
		{"hyphenated syllables against spaced ones", "Ban Ki Moon", "ban-ki-moon"},
		{"hyphenated syllables in another romanization", "Ban Gi-mun", "ban-ki-moon"},
		{"two words written as one", "Mohammedreza Naghdi", "naqdi"},
		{"a lower-case description goes", "artist Ai Weiwei", "ai-weiwei"},
		{"a word describing the title before it goes with it", "Afghan President Hamid Karzai", "hamid-karzai"},
		{"syllables written apart against joined ones with a prefix in reach", "Park Geun Hye", "park-geun-hye"},
		{"German spelling against Belarusian Latin, neither English", "Swetlana Tichanowskaja", "tsikhanouskaya"},
		{"a Turkish case ending after an apostrophe goes", "Gülen'in", "gulen"},
		{"a Turkish locative on a city", "Ankara'da", "ankara"},
		{"a Turkish genitive after a vowel", "Ankara'nın", "ankara"},
		{"a Turkish dative with a buffer n", "Ankara'na", "ankara"},
		{"a Hebrew preposition written on the name (to Gallant)", "לגלנט", "gallant"},
		{"Arabic script: the consonants meet when the guessed vowels do not", "دونالد ترامب", "trump"},
		{"one word met by its consonants alone is too little", "ترامب", ""},
		{"one syllable of a Korean given name changed is another person", "Lee Jae-yong", ""},
		{"the same Korean given name written apart", "Lee Jae Myung", "lee-jae-myung"},
		{"syllables joined and then keyed as one word (McCune–Reischauer)", "Yun Sŏk-yŏl", "yoon"},
		{"an initial of a place's first word", "N. Novgorod", "nizhny-novgorod"},
		{"a one-letter word of a body's name is a word, not an initial", "Lashkar-e-Tayyiba", "let"},
		{"an Arabic conjunction written on the article (and al-Maliki)", "والمالكي", "maliki"},
		{"a designator may be left out of a body's name", "Wagner", "wagner"},
		{"an acronym with full stops", "U.N.", "un"},
		{"an acronym alias matches only as written", "Iraq", ""},
		{"an acronym in another script with the same key as an acronym alias", "ООН", "un"},
		{"the letters of U.S. are not a person's initials", "Yulia S", "svyrydenko"},
		{"one word of a two-word place is another place", "York", ""},
		{"a number beside a name names nothing", "Hamid Karzai 2014", "hamid-karzai"},
		{"the ending of an adjective in front of a place name may vary", "Nagorny Karabakh", "nagorno-karabakh"},
		{"the long word of a hyphenated place name", "Karabakh", "nagorno-karabakh"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := r.Resolve(tt.in)
			if tt.want == "" {
				assert.False(t, ok, "%q resolved to %s %.3f", tt.in, m.Entity.ID, m.Score)
				return
			}
			if assert.True(t, ok, "%q: candidates %v", tt.in, r.Candidates(tt.in, 3)) {
				assert.Equal(t, tt.want, m.Entity.ID)
			}
		})
	}
}

// The options move the two lines Resolve draws: how high the best must score, and how far
// ahead of a different entity it must be.
func TestResolverOptions(t *testing.T) {
	b := alias.NewBuilder()
	require.NoError(t, b.Add(alias.Entity{ID: "ramzan", Kind: alias.Person, Name: "Ramzan Kadyrov"}))
	require.NoError(t, b.Add(alias.Entity{ID: "akhmad", Kind: alias.Person, Name: "Akhmad Kadyrov"}))
	tbl, err := b.Build()
	require.NoError(t, err)

	m, ok := NewResolver(tbl).Resolve("R. Kadyrov")
	require.True(t, ok, "the initial tells the son from the father by the default margin")
	assert.Equal(t, "ramzan", m.Entity.ID)

	m, ok = NewResolver(tbl, WithMargin(0.2)).Resolve("R. Kadyrov")
	assert.False(t, ok, "a wider margin makes the father a close contender")
	assert.Len(t, m.Alternatives, 2)

	_, ok = NewResolver(tbl, WithThreshold(0.99)).Resolve("R. Kadyrov")
	assert.False(t, ok, "an initial is not enough for a threshold of 0.99")
}

// Initials stand for a person's names: a mention made only of initials meets a place or an
// organization only where the whole name is written so (U. K. for the alias U.K.).
func TestInitialsMeetOnlyPersons(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "antigua", Kind: alias.Place, Name: "Antigua and Barbuda", Aliases: []string{"Antigua a Barbuda"}},
		{ID: "bosnia", Kind: alias.Place, Name: "Bosnia and Herzegovina", Aliases: []string{"Bosna a Hercegovina"}},
		{ID: "uk", Kind: alias.Place, Name: "United Kingdom", Aliases: []string{"U.K."}},
		{ID: "sa", Kind: alias.Org, Name: "Scouts Association"},
		{ID: "akhmatova", Kind: alias.Person, Name: "Anna Akhmatova"},
	})
	runTable(t, r, []resolveCase{
		{"two initials are not a place with a one-letter conjunction", "A. A.", ""},
		{"initials are not the initials of a place's words", "B. H.", ""},
		{"initials are not an organization's words", "S. A.", ""},
		{"an abbreviation written whole is the place", "U. K.", "uk"},
		{"an initial and a family name are a person", "A. Akhmatova", "akhmatova"},
	})
	ms := r.Find("The note was signed A. A. and sent from the U. K. to Anna Akhmatova.")
	var ids []string
	for _, m := range ms {
		ids = append(ids, m.Match.Entity.ID)
	}
	assert.Equal(t, []string{"uk", "akhmatova"}, ids)
}

// An initial abbreviates the name the press writes: met on another language's alias it counts
// less than on a canonical name (S. Korea is South Korea, not Severní Korea, Czech for North
// Korea), and a name met only through an English alias still resolves.
func TestInitialAbbreviatesTheWrittenName(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "kr", Kind: alias.Place, Name: "South Korea", Aliases: []string{"Jižní Korea"}},
		{ID: "kp", Kind: alias.Place, Name: "North Korea", Aliases: []string{"Severní Korea"}},
		{ID: "mk", Kind: alias.Place, Name: "Macedonia", Aliases: []string{"North Macedonia"}},
		{ID: "ss", Kind: alias.Place, Name: "South Sudan", Aliases: []string{"Jižní Súdán"}},
	})
	runTable(t, r, []resolveCase{
		{"the initial of the canonical name beats that of a Czech alias", "S. Korea", "kr"},
		{"the other way round", "N. Korea", "kp"},
		{"an initial met on an English alias only", "N. Macedonia", "mk"},
		{"an initial with a name the table writes once", "S. Sudan", "ss"},
	})
	if m, ok := Default().Resolve("S. Korea"); assert.True(t, ok, "default table: %+v", m.Alternatives) {
		assert.Equal(t, "iso3166:KR", m.Entity.ID)
	}
}
