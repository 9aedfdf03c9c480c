package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/namecanon/namecanon/alias"
)

// TestFindInitials checks that Find reads a word in capitals as the initials of a table name
// of a body that the table gives only in full (issue 8), and only where that is safe.
func TestFindInitials(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "tsmc", Kind: alias.Org, Name: "Taiwan Semiconductor Manufacturing Company"},
		{ID: "nato", Kind: alias.Org, Name: "North Atlantic Treaty Organization"},
		{ID: "iaea", Kind: alias.Org, Name: "International Atomic Energy Agency"},
		{ID: "opec", Kind: alias.Org, Name: "Organization of the Petroleum Exporting Countries"},
		// Two bodies with the same initials: the acronym is ambiguous.
		{ID: "anc-sa", Kind: alias.Org, Name: "African National Congress"},
		{ID: "anc-x", Kind: alias.Org, Name: "Armenian National Committee"},
		// A person's initials are not read off: JFK must be in the table as written.
		{ID: "jfk", Kind: alias.Person, Name: "John Fitzgerald Kennedy"},
		{ID: "cern", Kind: alias.Org, Name: "Central European Research Network"},
	})
	tests := []struct {
		name, text, word, want string
	}{
		{"initials of a company's capitalized words", "Shares of TSMC rose on Monday.", "TSMC", "tsmc"},
		{"initials of an agency", "Inspectors of the IAEA arrived.", "IAEA", "iaea"},
		{"initials that are also a nationality adjective of the lexicon", "NATO leaders met in Vilnius.", "NATO", "nato"},
		{"of and the are skipped", "OPEC agreed to cut output.", "OPEC", "opec"},
		{"initials two names share stay unlinked", "The ANC won the vote.", "ANC", ""},
		{"no initials of a person", "Crowds cheered JFK in Dallas.", "JFK", ""},
		{"initials in a headline stay unlinked", "CERN CUTS STAFF", "CERN", ""},
		{"initials the text also writes in lower case stay unlinked", "The Cern lab said cern is fine.", "Cern", ""},
		{"a word with a capital then lower case is no set of initials", "Tsmc said so.", "Tsmc", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, foundAs(r, tt.text, tt.word), "%q", tt.text)
		})
	}
}

// TestFindOtherNames checks that Find reads a place's other name that data/othernames.tsv
// gives as written (an endonym or exonym the table lacks) as Resolve does, and that it does
// not read a person's surname that the data also lists as a former city name as the city.
func TestFindOtherNames(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "prague", Kind: alias.Place, Name: "Prague"},
		{ID: "hague", Kind: alias.Place, Name: "The Hague"},
		{ID: "munich", Kind: alias.Place, Name: "Munich"},
		{ID: "cologne", Kind: alias.Place, Name: "Cologne"},
		{ID: "mumbai", Kind: alias.Place, Name: "Mumbai"},
		{ID: "tbilisi", Kind: alias.Place, Name: "Tbilisi"},
		{ID: "tver", Kind: alias.Place, Name: "Tver"},
	})
	tests := []struct {
		name, text, word, want string
	}{
		{"an endonym of one word met by edit distance in Resolve", "Officials in Praha agreed.", "Praha", "prague"},
		{"an endonym of two words with a particle", "Talks in Den Haag ended.", "Den Haag", "hague"},
		{"an endonym with a letter the name lacks", "Police in München said so.", "München", "munich"},
		{"an endonym the table's name shares no word with", "Fans in Köln cheered.", "Köln", "cologne"},
		{"a former name", "Stalin studied in Tiflis as a boy.", "Tiflis", "tbilisi"},
		{"a former name that the word list holds as a name is held to a lone word's rules", "He grew up in Bombay in the 1980s.", "Bombay", ""},
		{"a person's full name is no place", "Mikhail Kalinin signed it.", "Kalinin", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, foundAs(r, tt.text, tt.word), "%q", tt.text)
		})
	}
}

// TestFindPersonBeside checks two ways a person's name stands beside words that are not
// part of it: an office of two words before it, and a party's acronym and "of" (issue 8).
func TestFindPersonBeside(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "lam", Kind: alias.Person, Name: "Carrie Lam"},
		{ID: "cook", Kind: alias.Person, Name: "Tim Cook"},
		{ID: "okamura", Kind: alias.Person, Name: "Tomio Okamura"},
		{ID: "zuma", Kind: alias.Person, Name: "Jacob Zuma"},
		{ID: "chicago", Kind: alias.Place, Name: "Chicago"},
	})
	tests := []struct {
		name, text, word, want string
	}{
		{"Chief Executive is a title before a short name", "Chief Executive Carrie Lam resigned.", "Carrie Lam", "lam"},
		{"Chief Executive after a company's name", "Apple Chief Executive Tim Cook spoke.", "Tim Cook", "cook"},
		{"a person after a party's acronym and of", "The SPD of Tomio Okamura gained seats.", "Tomio Okamura", "okamura"},
		{"another party's acronym and of", "The ANC of Jacob Zuma split.", "Jacob Zuma", "zuma"},
		{"a place after of stays a piece of a longer name", "The University of Chicago said so.", "Chicago", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, foundAs(r, tt.text, tt.word), "%q", tt.text)
		})
	}
}

// TestFindInitialsOfGivenNames checks that a name whose given names the text writes as
// initials is tried whole, as Resolve accepts it, and still not read as someone else.
func TestFindInitialsOfGivenNames(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "oli", Kind: alias.Person, Name: "Khadga Prasad Sharma Oli"},
		{ID: "kalam", Kind: alias.Person, Name: "Avul Pakir Jainulabdeen Abdul Kalam"},
		{ID: "jstalin", Kind: alias.Person, Name: "Joseph Stalin"},
	})
	tests := []struct {
		name, text, word, want string
	}{
		{"two initials before a family name of two words", "K. P. Sharma Oli resigned.", "K. P. Sharma Oli", "oli"},
		{"three initials before a family name of two words", "A. P. J. Abdul Kalam spoke.", "A. P. J. Abdul Kalam", "kalam"},
		{"initials that fit another person's given name stay unlinked", "M. K. Stalin won the vote.", "M. K. Stalin", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got string
			for _, m := range r.Find(tt.text) {
				if m.Text == tt.word || tt.want == "" && m.Found { // no entity anywhere in the text
					got = m.Match.Entity.ID
				}
			}
			assert.Equal(t, tt.want, got, "%q", tt.text)
		})
	}
}

// foundAs returns the id of the entity that Find links the mention written word to in text,
// or "" when Find links no such mention.
func foundAs(r *Resolver, text, word string) string {
	var got string
	for _, m := range r.Find(text) {
		if m.Text == word {
			got = m.Match.Entity.ID
		}
	}
	return got
}
