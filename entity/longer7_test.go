package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/namecanon/namecanon/alias"
)

// TestRoyalTitles: the royal and honorific titles of the seventh round (data/words.tsv) go
// before a ruler's name in each language; a title word right before bin is a given name.
func TestRoyalTitles(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "qaboos", Kind: alias.Person, Name: "Qaboos bin Said"},
		{ID: "sharafuddin", Kind: alias.Person, Name: "Sharafuddin Idris Shah"},
		{ID: "mbr", Kind: alias.Person, Name: "Mohammed bin Rashid"},
		{ID: "felipe6", Kind: alias.Person, Name: "Felipe VI"},
		{ID: "charles3", Kind: alias.Person, Name: "Charles III"},
		{ID: "salmanbh", Kind: alias.Person, Name: "Salman bin Hamad Al Khalifa"},
		{ID: "mbs", Kind: alias.Person, Name: "Mohammed bin Salman"},
		{ID: "kingsalman", Kind: alias.Person, Name: "Salman bin Abdulaziz"},
		{ID: "jaber", Kind: alias.Person, Name: "Sultan Al Jaber"},
	})
	tests := []resolveCase{
		{"English Sultan before a nasab", "Sultan Qaboos bin Said", "qaboos"},
		{"Malay Sultan before a ruler's names", "Sultan Sharafuddin Idris Shah", "sharafuddin"},
		{"Arabic السلطان with its article", "السلطان قابوس بن سعيد", "qaboos"},
		{"German Scheich (and sch for sh)", "Scheich Mohammed bin Raschid", "mbr"},
		{"Bahraini Shaikh, the rest of the name left out", "Shaikh Salman bin Hamad", "salmanbh"},
		{"German König before a regnal number", "König Felipe VI", "felipe6"},
		{"Spanish rey", "rey Felipe VI", "felipe6"},
		{"Russian король and the cognate Карл", "король Карл III", "charles3"},
		{"Polish król and the cognate Karol", "król Karol III", "charles3"},
		{"French prince héritier", "prince héritier Mohammed ben Salmane", "mbs"},
		{"Arabic ولي العهد, crown prince", "ولي العهد محمد بن سلمان", "mbs"},
		{"a title word right before bin is the given name of another son", "Sultan bin Salman", ""},
		{"after a title, the title word before bin is still a name", "Prince Sultan bin Salman", ""},
		{"a table name that starts with Sultan is met whole", "Sultan Al Jaber", "jaber"},
		{"a middle name after a title the table writes first", "Sultan Ahmed Al Jaber", "jaber"},
	}
	runTable(t, r, tests)
}

// TestEuropeanGivenNamesInFront: a given name of the European customs
// (data/given_european.tsv) in front of the whole name a person is known by is the person's
// own first name; any other name in front is still another person's (a son's).
func TestEuropeanGivenNamesInFront(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "eden", Kind: alias.Person, Name: "Anthony Eden"},
		{ID: "wwilson", Kind: alias.Person, Name: "Woodrow Wilson"},
		{ID: "hwilson", Kind: alias.Person, Name: "Harold Wilson"},
		{ID: "truss", Kind: alias.Person, Name: "Elizabeth Truss"},
		{ID: "cleveland", Kind: alias.Person, Name: "Grover Cleveland"},
		{ID: "johnson", Kind: alias.Person, Name: "Boris Johnson"},
		{ID: "deby", Kind: alias.Person, Name: "Idriss Déby"},
		{ID: "gaddafi", Kind: alias.Person, Name: "Muammar Gaddafi"},
		{ID: "binladen", Kind: alias.Person, Name: "Osama bin Laden"},
	})
	tests := []resolveCase{
		{"an English first given name the bearer does not use", "Robert Anthony Eden", "eden"},
		{"Thomas before Woodrow", "Thomas Woodrow Wilson", "wwilson"},
		{"James before Harold, the other Wilson of the table kept apart", "James Harold Wilson", "hwilson"},
		{"Mary before Elizabeth", "Mary Elizabeth Truss", "truss"},
		{"Stephen before Grover", "Stephen Grover Cleveland", "cleveland"},
		{"a first given name and a middle name with its particle", "Alexander Boris de Pfeffel Johnson", "johnson"},
		{"an Arabic given name in front is a son (Chadian custom)", "Mahamat Idriss Déby", ""},
		{"an unlisted name in front is a son", "Hannibal Muammar Gaddafi", ""},
		{"a son's name before a name with bin", "Omar Osama bin Laden", ""},
	}
	runTable(t, r, tests)
}

// TestFindGivenNamesInFront: Find reads a person's name with given names in front or in the
// middle that the table's name leaves out (data/given_european.tsv, data/given_first.tsv) as
// one mention of the person, whole; a son's name in front keeps the whole run unknown, with
// no piece linked to the father.
func TestFindGivenNamesInFront(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "eden", Kind: alias.Person, Name: "Anthony Eden"},
		{ID: "cleveland", Kind: alias.Person, Name: "Grover Cleveland"},
		{ID: "costa", Kind: alias.Person, Name: "António Costa"},
		{ID: "sharif", Kind: alias.Person, Name: "Nawaz Sharif"},
		{ID: "deby", Kind: alias.Person, Name: "Idriss Déby"},
		{ID: "binladen", Kind: alias.Person, Name: "Osama bin Laden"},
	})
	tests := []struct {
		name, text, whole, want string
	}{
		{"an English first given name the bearer does not use", "In 1956 Robert Anthony Eden sent troops to Suez.", "Robert Anthony Eden", "eden"},
		{"Stephen before Grover", "The veto of Stephen Grover Cleveland stood.", "Stephen Grover Cleveland", "cleveland"},
		{"a Portuguese second given name in the middle", "Prime minister António Luís Costa resigned.", "António Luís Costa", "costa"},
		{"a devotional first name", "The court heard Muhammad Nawaz Sharif on Monday.", "Muhammad Nawaz Sharif", "sharif"},
		{"a son's Arabic given name in front: the whole run unknown", "In N'Djamena, Mahamat Idriss Déby took power.", "Mahamat Idriss Déby", ""},
		{"a son's name before a name with bin: unknown", "Omar Osama bin Laden gave an interview.", "Omar Osama bin Laden", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := r.Find(tt.text)
			for _, m := range ms {
				if tt.want == "" {
					assert.False(t, m.Found, "%q: a piece %q linked to %s", tt.text, m.Text, m.Match.Entity.ID)
					continue
				}
				if m.Found {
					assert.Equal(t, tt.whole, m.Text, "%q", tt.text)
				}
			}
			if tt.want != "" {
				assert.Equal(t, tt.want, foundAs(r, tt.text, tt.whole), "%q", tt.text)
			}
		})
	}
}

// TestCountryBeforeBody: a country's name before the whole name of a body of two words or
// more is the body's own country (countryFront); not before a one-word name, nor a
// nationality adjective, nor before common words, nor before a place.
func TestCountryBeforeBody(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "jatiya", Kind: alias.Org, Name: "Jatiya Party"},
		{ID: "pti", Kind: alias.Org, Name: "Tehreek-e-Insaf"},
		{ID: "fretilin", Kind: alias.Org, Name: "Fretilin"},
		{ID: "taliban", Kind: alias.Org, Name: "Taliban"},
		{ID: "redcross", Kind: alias.Org, Name: "Red Cross"},
		{ID: "kl", Kind: alias.Place, Name: "Kuala Lumpur"},
	})
	tests := []resolveCase{
		{"a country before a party's name", "Bangladesh Jatiya Party", "jatiya"},
		{"a country before a hyphenated name", "Pakistan Tehreek-e-Insaf", "pti"},
		{"not before a one-word name: a country's branch of a movement", "Pakistan Taliban", ""},
		{"not a nationality adjective", "Pakistani Taliban", ""},
		{"not before common words: a national society of its own", "Kenya Red Cross", ""},
		{"not before a place", "Malaysia Kuala Lumpur", ""},
	}
	runTable(t, r, tests)
}

// TestFindCountryBeforeBody: Find reads a body's name after its country's as one mention of
// the body, whether or not the table holds the country.
func TestFindCountryBeforeBody(t *testing.T) {
	for _, withCountry := range []bool{false, true} {
		ents := []alias.Entity{
			{ID: "jatiya", Kind: alias.Org, Name: "Jatiya Party"},
			{ID: "taliban", Kind: alias.Org, Name: "Taliban"},
		}
		if withCountry {
			ents = append(ents, alias.Entity{ID: "bd", Kind: alias.Place, Name: "Bangladesh"})
		}
		r := resolverOf(t, ents)
		text := "The Bangladesh Jatiya Party joined the talks."
		assert.Equal(t, "jatiya", foundAs(r, text, "Bangladesh Jatiya Party"), "country in the table: %v", withCountry)
		for _, m := range r.Find(text) {
			assert.Equal(t, "Bangladesh Jatiya Party", m.Text, "no piece: %v", withCountry)
		}
	}
}

// TestParentsNameInFull: a table name of given name and father's name (South Asian custom)
// meets the mention that writes the father's whole name after the given name, though the
// father is in the table too; another word after the name is still another person's.
func TestParentsNameInFull(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "maryam", Kind: alias.Person, Name: "Maryam Nawaz"},
		{ID: "nawaz", Kind: alias.Person, Name: "Nawaz Sharif"},
		{ID: "hamza", Kind: alias.Person, Name: "Hamza Shahbaz"},
		{ID: "shahbaz", Kind: alias.Person, Name: "Shahbaz Sharif"},
		{ID: "macron", Kind: alias.Person, Name: "Emmanuel Macron"},
		{ID: "scholz", Kind: alias.Person, Name: "Olaf Scholz"},
	})
	tests := []resolveCase{
		{"the daughter's name and her father's whole name", "Maryam Nawaz Sharif", "maryam"},
		{"the son's name and his father's whole name", "Hamza Shahbaz Sharif", "hamza"},
		{"the father alone is the father", "Nawaz Sharif", "nawaz"},
		{"another person's family name after a whole name", "Emmanuel Macron Scholz", ""},
	}
	runTable(t, r, tests)
}
