package entity

import (
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/stretchr/testify/assert"
)

// TestLongerOfficialNames: a person's full official name, longer than the table's, still
// names the person; a longer name that is a relative's does not.
func TestLongerOfficialNames(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "nawaz", Kind: alias.Person, Name: "Nawaz Sharif"},
		{ID: "mubarak", Kind: alias.Person, Name: "Hosni Mubarak"},
		{ID: "mulino", Kind: alias.Person, Name: "Raúl Mulino"},
		{ID: "hernandez", Kind: alias.Person, Name: "Orlando Hernández"},
		{ID: "omar", Kind: alias.Person, Name: "Mullah Omar"},
		{ID: "khaleda", Kind: alias.Person, Name: "Begum Khaleda"},
		{ID: "binladen", Kind: alias.Person, Name: "Osama bin Laden"},
		{ID: "gaddafi", Kind: alias.Person, Name: "Muammar Gaddafi"},
		{ID: "suharto", Kind: alias.Person, Name: "Suharto"},
		{ID: "meles", Kind: alias.Person, Name: "Meles Zenawi"},
		{ID: "hunsen", Kind: alias.Person, Name: "Hun Sen"},
		{ID: "kaka", Kind: alias.Person, Name: "Ricardo Izecson"},
		{ID: "delcy", Kind: alias.Person, Name: "Delcy Rodríguez Gómez"},
		{ID: "anez", Kind: alias.Person, Name: "Jeanine Áñez Chávez"},
		{ID: "cfk", Kind: alias.Person, Name: "Cristina Fernández de Kirchner"},
		{ID: "mlk", Kind: alias.Person, Name: "Martin Luther King"},
	})
	tests := []resolveCase{
		{"a devotional first name Muhammad before the name in use", "Muhammad Nawaz Sharif", "nawaz"},
		{"Mohamed, another spelling of it", "Mohamed Hosni Mubarak", "mubarak"},
		{"a Spanish compound given name's unused first part", "José Raúl Mulino", "mulino"},
		{"a first part and a second surname", "Juan Orlando Hernández Alvarado", "hernandez"},
		{"a title the table writes as part of the name, and a given name before the rest", "Mullah Mohammed Omar", "omar"},
		{"a title the table writes as part of the name, and one more family name", "Begum Khaleda Zia", "khaleda"},
		{"another given name in front is a son (Arabic nasab)", "Hamza Usama bin Laden", ""},
		{"even a devotional one when the name has bin", "Mohammed Osama bin Laden", ""},
		{"a daughter's name in front, with no particle", "Aisha Muammar Gaddafi", ""},
		{"a one-word name absorbs no given name", "Mohammed Suharto", ""},
		{"an Ethiopian name in front is a child's (the father's name follows)", "Mohammed Meles Zenawi", ""},
		{"the given first name alone with the surname is another person", "Juan Hernández", ""},
		{"a given name before a family name that leads is another person", "Mohammed Hun Sen", ""},
		{"two family names after a particle (Portuguese)", "Ricardo Izecson dos Santos Leite", "kaka"},
		{"two more words without a particle are something else", "Ricardo Izecson Santos Leite", ""},
		{"a suffix after them is another person", "Ricardo Izecson dos Santos Jr.", ""},
		{"given name and first surname in -ez, the second left off (Spanish)", "Delcy Rodríguez", "delcy"},
		{"an accented first surname in -ez", "Jeanine Áñez", "anez"},
		{"a married name after de left off", "Cristina Fernández", "cfk"},
		{"another given name with the first surname is another person", "Eloy Rodríguez", ""},
		{"the first two words of a name not in -ez are another person", "Martin Luther", ""},
	}
	runTable(t, r, tests)
}

// TestShortGivenNames: a short form of a given name (data/hypocoristics.tsv) meets its full
// names both ways, and nothing else.
func TestShortGivenNames(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "farah", Kind: alias.Person, Name: "Mohamed Farah"},
		{ID: "blair", Kind: alias.Person, Name: "Tony Blair"},
		{ID: "durov", Kind: alias.Person, Name: "Pavel Durov"},
		{ID: "netanyahu", Kind: alias.Person, Name: "Benjamin Netanyahu"},
		{ID: "salmond", Kind: alias.Person, Name: "Alex Salmond"},
		{ID: "alexandria", Kind: alias.Place, Name: "Alexandria"},
		{ID: "saakashvili", Kind: alias.Person, Name: "Mikheil Saakashvili"},
	})
	tests := []resolveCase{
		{"Mo for Mohamed", "Mo Farah", "farah"},
		{"the full name for the table's short form", "Anthony Blair", "blair"},
		{"a Russian diminutive", "Pasha Durov", "durov"},
		{"Bibi for Benjamin", "Bibi Netanyahu", "netanyahu"},
		{"a feminine full name of a short form of several", "Alexandra Salmond", "salmond"},
		{"a short form meets a cognate of its full name (Misha, Mikhail, Georgian Mikheil)", "Misha Saakashvili", "saakashvili"},
		{"a short form of another name is another person", "Bill Blair", ""},
		{"a short form alone names no one", "Mo", ""},
		{"a short form makes no place", "Alex", ""},
	}
	runTable(t, r, tests)
}

// TestGermanArabicArticle: German writes the Arabic article assimilated to sh as asch- (and sh
// as sch): a particle like ash-.
func TestGermanArabicArticle(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "ahrar", Kind: alias.Org, Name: "Ahrar al-Sham"},
		{ID: "shabaab", Kind: alias.Org, Name: "al-Shabaab"},
	})
	tests := []resolveCase{
		{"asch- before the name word", "Ahrar asch-Scham", "ahrar"},
		{"asch- and German sch", "asch-Schabaab", "shabaab"},
	}
	runTable(t, r, tests)
}

// The longer, partial and other names of the fifth round (testdata/longnames): full official
// names, short forms of given names, designators and a company's country, former and foreign
// names of places, with relatives and look-alikes. In-sample: floors just under the figures.
func TestLongNamesSet(t *testing.T) {
	s := scoreSet(t, "testdata/longnames/table.tsv", "testdata/longnames/queries.tsv")
	t.Logf("longnames set: %d queries, precision %.3f, recall %.3f\n%s", s.n, s.precision, s.recall, s.table())
	assert.GreaterOrEqual(t, s.precision, 0.99)
	for cat, least := range map[string]float64{"longer": 0.95, "partial": 0.95, "designator": 0.95, "exonym": 0.95} {
		if c := s.cats[cat]; assert.NotNil(t, c, cat) {
			assert.GreaterOrEqual(t, c.recall(), least, "%s recall", cat)
		}
	}
	if c := s.cats["distractor"]; assert.NotNil(t, c) {
		assert.Equal(t, c.neg, c.rejected, "distractors rejected")
	}
}

// TestPortugueseInCyrillic: Russian writes a Portuguese final unstressed o as у; a Cyrillic
// name that finds nothing is read with o.
func TestPortugueseInCyrillic(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "haddad", Kind: alias.Person, Name: "Fernando Haddad"},
		{ID: "nazario", Kind: alias.Person, Name: "Ronaldo Nazário"},
		{ID: "rebelo", Kind: alias.Person, Name: "Marcelo Rebelo de Sousa"},
		{ID: "bako", Kind: alias.Place, Name: "Bako"},
	})
	tests := []resolveCase{
		{"final у for o after a consonant", "Фернанду Хаддад", "haddad"},
		{"after i too (-иу for -io)", "Роналду Назариу", "nazario"},
		{"every such word read with o", "Марселу Ребелу ди Соуза", "rebelo"},
		{"a short word keeps its u (Баку is Baku, not Bako)", "Баку", ""},
	}
	runTable(t, r, tests)
}
