package entity

import "encoding/json"

// RoundScore rounds a score to three decimals, as the JSON forms of [Match] and [TokenMatch]
// write it: 0.9700000000000001 is written 0.97. Programs that write scores of their own
// (examples/lookup) round with it too.
func RoundScore(x float64) float64 { return round3(x) }

// MarshalJSON writes m with lower-case keys, its score rounded by [RoundScore], and
// alternatives and warnings as [] when there are none.
func (m Match) MarshalJSON() ([]byte, error) {
	type plain Match // without the method: no recursion
	p := plain(m)
	p.Score = RoundScore(p.Score)
	if p.Alternatives == nil {
		p.Alternatives = []Match{}
	}
	if p.Warnings == nil {
		p.Warnings = []string{}
	}
	return json.Marshal(p)
}

// MarshalJSON writes e with lower-case keys and rules and tokens as [] when there are none.
func (e Explain) MarshalJSON() ([]byte, error) {
	type plain Explain
	p := plain(e)
	if p.Rules == nil {
		p.Rules = []string{}
	}
	if p.Tokens == nil {
		p.Tokens = []TokenMatch{}
	}
	return json.Marshal(p)
}

// MarshalJSON writes t with lower-case keys and its score rounded by [RoundScore].
func (t TokenMatch) MarshalJSON() ([]byte, error) {
	type plain TokenMatch
	p := plain(t)
	p.Score = RoundScore(p.Score)
	return json.Marshal(p)
}
