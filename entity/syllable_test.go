package entity

import "testing"

// TestRomanSyllable: the words Find joins into a hyphenated given name are each shaped like
// one romanized Korean or Chinese syllable; English compound parts are not.
func TestRomanSyllable(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"myung", true}, {"gyeong", true}, {"soo", true}, {"un", true}, {"khim", true},
		{"hsiung", true}, {"jeou", true}, {"ching", true}, {"hwan", true}, {"young", true},
		{"state", false}, {"known", false}, {"profit", false}, {"based", false}, {"right", false},
		{"", false}, {"shinawatra", false},
	} {
		t.Run(tt.s, func(t *testing.T) {
			if got := romanSyllable(tt.s); got != tt.want {
				t.Errorf("romanSyllable(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
