package entity

import (
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// personsTable holds real people whose names the press writes longer or shorter than a table
// does, and real places and namesakes that must stay apart from them.
func personsTable(t *testing.T) *Resolver {
	t.Helper()
	b := alias.NewBuilder()
	for _, e := range []alias.Entity{
		{ID: "petro", Kind: alias.Person, Name: "Gustavo Petro"},
		{ID: "boric", Kind: alias.Person, Name: "Gabriel Boric"},
		{ID: "arce", Kind: alias.Person, Name: "Luis Arce"},
		{ID: "boluarte", Kind: alias.Person, Name: "Dina Boluarte"},
		{ID: "meles", Kind: alias.Person, Name: "Meles Zenawi"},
		{ID: "fidel", Kind: alias.Person, Name: "Fidel Castro"},
		{ID: "amlo", Kind: alias.Person, Name: "Andrés Manuel López Obrador"},
		{ID: "ortega", Kind: alias.Person, Name: "Daniel Ortega", Aliases: []string{"José Daniel Ortega Saavedra"}},
		{ID: "karzai", Kind: alias.Person, Name: "Hamid Karzai"},
		{ID: "madonna", Kind: alias.Person, Name: "Madonna"},
		{ID: "sukarno", Kind: alias.Person, Name: "Sukarno"},
		{ID: "bush", Kind: alias.Person, Name: "George Bush"},
		{ID: "macron", Kind: alias.Person, Name: "Emmanuel Macron"},
		{ID: "paris", Kind: alias.Place, Name: "Paris"},
		{ID: "major-gercino", Kind: alias.Place, Name: "Major Gercino"},
		{ID: "wahid", Kind: alias.Person, Name: "Abdurrahman Wahid"},
		{ID: "museveni", Kind: alias.Person, Name: "Yoweri Kaguta Museveni"},
		{ID: "sirleaf", Kind: alias.Person, Name: "Ellen Johnson Sirleaf"},
		{ID: "mnangagwa", Kind: alias.Person, Name: "Emmerson Dambudzo Mnangagwa"},
		{ID: "ardern", Kind: alias.Person, Name: "Jacinda Ardern"},
		{ID: "scholz", Kind: alias.Person, Name: "Olaf Scholz"},
		{ID: "navalny", Kind: alias.Person, Name: "Alexei Navalny"},
		{ID: "mahathir", Kind: alias.Person, Name: "Mahathir Mohamad"},
		{ID: "anwar", Kind: alias.Person, Name: "Anwar Ibrahim"},
		{ID: "cortizo", Kind: alias.Person, Name: "Laurentino Cortizo"},
		{ID: "manet", Kind: alias.Person, Name: "Edouard Manet"},
	} {
		require.NoError(t, b.Add(e))
	}
	tbl, err := b.Build()
	require.NoError(t, err)
	return NewResolver(tbl)
}

func TestResolveLongerNames(t *testing.T) {
	runTable(t, personsTable(t), []resolveCase{
		{"a Spanish second surname after the whole name", "Gustavo Petro Urrego", "petro"},
		{"the price: a second surname that is an English word reads as a description", "Gabriel Boric Font", ""},
		{"a Bolivian second surname after the whole name", "Luis Arce Catacora", "arce"},
		{"a Peruvian second surname after the whole name", "Dina Boluarte Zegarra", "boluarte"},
		{"an Ethiopian grandfather's name after the whole name", "Meles Zenawi Asres", "meles"},
		{"a middle name and a second surname", "Gustavo Francisco Petro Urrego", "petro"},
		{"folded, with a second surname", "Andres Manuel Lopez Obrador", "amlo"},
		{"a relative's given name is another person", "Raúl Castro Ruz", ""},
		{"a word after the name that the table records otherwise is another person", "Daniel Ortega Reyes", ""},
		{"the longer form the table records", "José Daniel Ortega Saavedra", "ortega"},
		{"an English word after the name makes another thing's name", "Hamid Karzai International", ""},
		{"a generational suffix written out is another person", "George Bush Junior", ""},
		{"a generational suffix in Japanese is another person", "ジョージ・ブッシュ・ジュニア", ""},
		{"Spanish hijo after the name is the son", "Gustavo Petro hijo", ""},
		{"British Jnr after the name is the son", "Olaf Scholz Jnr", ""},
		{"Snr after the name is the father", "George Bush Snr", ""},
		{"IV after the name is a descendant", "George Bush IV", ""},
		{"French fils after the name is the son", "Emmanuel Macron fils", ""},
		{"a one-word name absorbs no word", "Madonna Ciccone", ""},
		{"a given name before a one-word name is another person of the family (Sukarno's son)", "Guruh Sukarno", ""},
		{"a title before a one-word name", "President Sukarno", "sukarno"},
		{"a word that names a place alone is not a surname", "Emmanuel Macron Paris", ""},
		{"another person's family name after the name is no surname of this one", "Emmanuel Macron Scholz", ""},
		{"two words after the name are another name", "Emmanuel Macron Jean Castex", ""},
		{"an extra word before the given name is another person", "Brigitte Emmanuel Macron", ""},
		{"a title before a name with a second surname", "Captain Gustavo Petro Urrego", "petro"},
		{"a name that starts with a title word is met whole", "Major Gercino", "major-gercino"},
		{"an Indonesian honorific goes", "Bapak Abdurrahman Wahid", "wahid"},
		{"a Malaysian honorific goes", "Tun Gustavo Petro", "petro"},
		{"PM goes", "PM Emmanuel Macron", "macron"},
	})
}

func TestResolveShorterNames(t *testing.T) {
	runTable(t, personsTable(t), []resolveCase{
		{"the first two words of three, the second no listed word", "Yoweri Kaguta", "museveni"},
		{"the first two words of three, with a title", "President Emmerson Dambudzo", "mnangagwa"},
		{"the first two words of three, the second a listed name, may be another person", "Ellen Johnson", ""},
		{"the second and third words: the family name with more", "Kaguta Museveni", "museveni"},
		{"the first two words of three in another order", "Kaguta Yoweri", ""},
	})
}

func TestResolveTypos(t *testing.T) {
	runTable(t, personsTable(t), []resolveCase{
		{"a consonant typed twice", "Jacinda Arrdern", "ardern"},
		{"an l typed twice", "Olaf Schollz", "scholz"},
		{"an x typed twice, which the key spells ks once", "Alexxei Navalny", "navalny"},
		{"a far surname that is another listed word is another name", "Edouard Many", ""},
	})
}

func TestResolveLoneGivenName(t *testing.T) {
	runTable(t, personsTable(t), []resolveCase{
		{"another spelling of a common given name is not a family name", "Mohammed", ""},
		{"another spelling of a common given name is not a family name (Persian)", "Ebrahim", ""},
		{"the family name as written still is", "Mohamad", "mahathir"},
		{"with the given name, any spelling", "Mahathir Mohammed", "mahathir"},
	})
}

func TestResolveFathersName(t *testing.T) {
	b := alias.NewBuilder()
	for _, e := range []alias.Entity{
		{ID: "mahathir", Kind: alias.Person, Name: "Mahathir Mohamad"},
		{ID: "anwar", Kind: alias.Person, Name: "Anwar Ibrahim"},
		{ID: "jawar", Kind: alias.Person, Name: "Jawar Mohammed"},
		{ID: "mnangagwa", Kind: alias.Person, Name: "Emmerson Mnangagwa"},
		{ID: "mo-yan", Kind: alias.Person, Name: "Mo Yan"},
		{ID: "mark-thomas", Kind: alias.Person, Name: "Mark Thomas"},
		{ID: "christian-friedrich", Kind: alias.Person, Name: "Christian Friedrich"},
	} {
		require.NoError(t, b.Add(e))
	}
	tbl, err := b.Build()
	require.NoError(t, err)
	runTable(t, NewResolver(tbl), []resolveCase{
		{"the given name before a father's given name stands alone (Malay)", "Mahathir", "mahathir"},
		{"the given name before a father's given name stands alone (Oromo), with a title", "activist Jawar", "jawar"},
		{"a common given name before a father's name stays a given name", "Anwar", ""},
		{"a given name before a family name does not stand alone", "Emmerson", ""},
		{"a word of two letters is rather a family name that leads", "Mo", ""},
		{"a listed given name before a family name that is also a given name does not stand alone (Mark Thomas)", "Mark", ""},
		{"a listed given name before a family name that is also a given name does not stand alone (Christian Friedrich)", "Christian", ""},
		{"that family name alone still reads as the family name", "Thomas", "mark-thomas"},
		{"the father's name as written still reads as the family name, another spelling does not", "Mohamad", "mahathir"},
	})
}

func TestResolveFeminineGivenName(t *testing.T) {
	runTable(t, personsTable(t), []resolveCase{
		{"a given name plus a, the family name as written, is the woman's name", "Daniela Ortega", ""},
		{"a given name's o made a, the family name as written, is the woman's name", "Laurentina Cortizo", ""},
		{"a given name in a case form beside the family name in one is the person", "Daniela Ortegi", "ortega"},
		{"the man's name as written", "Laurentino Cortizo", "cortizo"},
	})
}

// A lone word that meets a person's family name only by edits names something else when it
// is a real town's name (and the edits are no slip of the keyboard) or, short, one vowel from
// the name that no convention explains.
func TestResolveLoneWordIsNoSurnameItResembles(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "barr", Kind: alias.Person, Name: "William Barr"},
		{ID: "biden", Kind: alias.Person, Name: "Joe Biden"},
		{ID: "duda", Kind: alias.Person, Name: "Andrzej Duda"},
		{ID: "kagame", Kind: alias.Person, Name: "Paul Kagame"},
		{ID: "macron", Kind: alias.Person, Name: "Emmanuel Macron"},
		{ID: "merkel", Kind: alias.Person, Name: "Angela Merkel"},
		{ID: "stoltenberg", Kind: alias.Person, Name: "Jens Stoltenberg"},
	})
	runTable(t, r, []resolveCase{
		{"an Italian city one letter from a surname is the city", "Bari", ""},
		{"a German town one vowel from a surname is the town", "Baden", ""},
		{"a short word one vowel from a short surname is another word", "Dada", ""},
		{"another first vowel of a short surname is another name", "Kigame", ""},
		{"two letters swapped in a town's name may still be a typo of the surname", "Marcon", "macron"},
		{"two letters swapped, no town", "Merkle", "merkel"},
		{"a vowel a convention explains in a long surname is a typo", "Stoltenburg", "stoltenberg"},
		{"the surname as written", "Biden", "biden"},
		{"the town's name beside the given name is still the person", "Joe Biden", "biden"},
	})
}

func TestTypoApart(t *testing.T) {
	for _, tt := range []struct {
		name, a, b string
		want       bool
	}{
		{"two neighbouring letters swapped", "marcon", "macron", true},
		{"a letter doubled", "gadaffi", "gadafi", true},
		{"a letter doubled, either way round", "gadafi", "gadaffi", true},
		{"two letters replaced", "beja", "biya", false},
		{"one letter replaced", "bari", "barr", false},
		{"a letter added that doubles none", "barni", "bari", false},
		{"the same word", "biya", "biya", false},
		{"letters swapped far apart", "abcd", "dbca", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, typoApart(tt.a, tt.b))
		})
	}
}
