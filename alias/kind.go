package alias

import (
	"fmt"
	"strings"
)

// Kind says what sort of thing an [Entity] names. Its value is its table
// spelling, so a Kind prints as it is written in a table.
type Kind string

// The kinds an [Entity] may have.
const (
	Person Kind = "person" // a human being
	Org    Kind = "org"    // an organization, institution, company or news outlet
	Place  Kind = "place"  // a country, territory, region, city or building used as a place
	Other  Kind = "other"  // anything else with a name
)

// kindSpellings maps every accepted spelling (lower case) to its Kind: the
// four table spellings, the spelled-out words and the entity labels of common
// named-entity taggers (PER, ORG, LOC, GPE, MISC).
var kindSpellings = map[string]Kind{
	"person":       Person,
	"per":          Person,
	"org":          Org,
	"organization": Org,
	"organisation": Org,
	"place":        Place,
	"location":     Place,
	"loc":          Place,
	"gpe":          Place,
	"other":        Other,
	"misc":         Other,
}

// ParseKind returns the Kind spelled s, ignoring case and surrounding white
// space. It accepts the table spellings person, org, place and other; the
// words organization, organisation and location; and the tagger labels per,
// loc, gpe (geo-political entity, a place) and misc (other). Any other
// spelling returns an error that wraps [ErrKind].
func ParseKind(s string) (Kind, error) {
	if k, ok := kindSpellings[strings.ToLower(strings.TrimSpace(s))]; ok {
		return k, nil
	}
	return "", fmt.Errorf("%w %q (want person, org, place or other)", ErrKind, s)
}

// Valid reports whether k is one of [Person], [Org], [Place] and [Other].
func (k Kind) Valid() bool {
	switch k {
	case Person, Org, Place, Other:
		return true
	}
	return false
}
