package entity

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// methods are the six Methods a Match may carry.
var methods = []Method{MethodExact, MethodFolded, MethodTransliterated, MethodPhonetic, MethodFuzzy, MethodPartial}

// checkMatch reports what is wrong with one Match of r: an entity not in the table, a score
// out of [0,1], a method not one of the six, invalid UTF-8 in its explanation.
func checkMatch(t *testing.T, r *Resolver, in string, m Match) {
	t.Helper()
	if _, ok := r.Table().Lookup(m.Entity.ID); !ok {
		t.Errorf("%+q: entity %q is not in the table", in, m.Entity.ID)
	}
	if !(m.Score >= 0 && m.Score <= 1) {
		t.Errorf("%+q: score %v of %s out of [0,1]", in, m.Score, m.Entity.ID)
	}
	if !methodKnown(m.Method) {
		t.Errorf("%+q: method %q of %s is not one of the six", in, m.Method, m.Entity.ID)
	}
	checkExplain(t, in, m.Explain)
}

func methodKnown(x Method) bool {
	for _, m := range methods {
		if x == m {
			return true
		}
	}
	return false
}

func checkExplain(t *testing.T, in string, e Explain) {
	t.Helper()
	texts := append([]string{e.Mention, e.Alias}, e.Rules...)
	for _, tm := range e.Tokens {
		texts = append(texts, tm.Query, tm.Alias, tm.Rule)
		if !(tm.Score >= 0 && tm.Score <= 1) {
			t.Errorf("%+q: token score %v of %q/%q out of [0,1]", in, tm.Score, tm.Query, tm.Alias)
		}
	}
	for _, s := range texts {
		if !utf8.ValidString(s) {
			t.Errorf("%+q: invalid UTF-8 in the explanation: %+q", in, s)
		}
	}
}

// FuzzResolve checks Resolve and Candidates on the default table for any input: no panic;
// a resolved entity is in the table, scores in [0,1] and carries one of the six methods; an
// unresolved one is the zero Entity; Candidates(n) holds at most n matches, best first; every
// explanation is valid UTF-8.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{
		// Latin, in several conventions
		"Andrii Sybiha", "Sybhia", "Sivya", "Zelenskiy", "Selenskyj", "Zelensky’s", "Witkoff's",
		"President Zelenskiy", "Zelenskyy, Volodymyr", "V. Zelensky", "Johann Vardepoel",
		"Dan Jørgensen", "Ursula von der Leyen", "Donald Trump Jr.", "Kiev", "Kiew", "ECB", "N.A.T.O.",
		"Nato", "Mohammed bin Salman", "Xi Jinping", "Kim Jong-un", "Vladimir Zelenko",
		// other scripts
		"Зеленський", "Андрій Сибіга", "Київ", "Владимир Путин", "Уладзімір", "Ζελένσκι",
		"習近平", "习近平", "김정은", "ゼレンスキー", "زيلينسكي", "זלנסקי", "ज़ेलेंस्की",
		// mixed scripts and look-alikes
		"Z\u0435l\u0435nskyy", "Kyїv", "Путин Putin",
		// hard input
		"", " ", "\x00", "a\x00b", "\xff\xfe", "Zel\xffensky", "\xe2\x82", "'s", "’", ",", ", ,", "-", "--",
		"A", "Mr.", "President", "President President", "Jr.", "\u0301", "e\u0301\u0301\u0301",
		"\uFEFFKyiv", "\u200bKyiv", "Kyiv\r\n", "\t\n\v\f",
		strings.Repeat("a", 1000), strings.Repeat("Zelensky ", 100), strings.Repeat("я", 300),
		strings.Repeat("Ж", MaxMentionBytes/2) + "Зеленський", strings.Repeat("x", MaxMentionBytes-1) + "é",
		strings.Repeat("A.", 40), strings.Repeat("-a", 200),
	} {
		f.Add(s)
	}
	r := Default()
	f.Fuzz(func(t *testing.T, in string) {
		m, ok := r.Resolve(in)
		if ok {
			checkMatch(t, r, in, m)
		} else if m.Entity.ID != "" || m.Entity.Name != "" || m.Score != 0 {
			t.Errorf("%+q: not resolved but the Match names %q with score %v", in, m.Entity.ID, m.Score)
		}
		for _, alt := range m.Alternatives {
			checkMatch(t, r, in, alt)
		}
		for _, w := range m.Warnings {
			if w != WarnMixedScript && w != WarnTruncated && w != WarnInvalidUTF8 {
				t.Errorf("%+q: unknown warning %q", in, w)
			}
		}
		n := len(in) % 6 // one call per input keeps long inputs cheap; n runs over 0…5
		cands := r.Candidates(in, n)
		if len(cands) > n {
			t.Errorf("%+q: Candidates(%d) returned %d", in, n, len(cands))
		}
		for i, c := range cands {
			if c.Method == MethodNear {
				c.Method = MethodFuzzy // only Candidates lists near misses
			}
			checkMatch(t, r, in, c)
			if i > 0 && c.Score > cands[i-1].Score {
				t.Errorf("%+q: Candidates(%d) not sorted: %v after %v", in, n, c.Score, cands[i-1].Score)
			}
		}
		if ok && len(cands) > 0 && cands[0].Entity.ID != m.Entity.ID {
			t.Errorf("%+q: resolved to %s but the best candidate is %s", in, m.Entity.ID, cands[0].Entity.ID)
		}
	})
}
