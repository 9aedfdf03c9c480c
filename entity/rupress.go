package entity

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// The consonant classes of a Western name and of its Cyrillic press rendering
// (data/ru_press.tsv): Джеймс and James, Найджел and Nigel, Холнесс and Holness meet where
// their romanizations (Dzheyms, Naydzhel, Kholness) and keys do not.

// pressRule is one row of data/ru_press.tsv.
type pressRule struct {
	from  string
	to    []string // the classes, one per sound; a class with | is any of its letters
	front bool     // only before e, i or y
	start bool     // only at the start of the word
	vowel bool     // only before a vowel
	end   bool     // only at the end of the word
	cons  bool     // only before a consonant
}

// pressRules holds the rules of each side, longest from first: en, the English reading of a
// Latin name, ru, the romanized Cyrillic mention, and langs, the other source languages'
// readings of a Latin name (French, Portuguese, Vietnamese...), each its own rows tried before
// the English ones.
type pressRules struct {
	en, ru []pressRule
	langs  [][]pressRule
}

var loadPressRules = sync.OnceValues(func() (*pressRules, error) {
	const file = "ru_press.tsv"
	rows, err := readTable(file, "side", "from", "to", "when", "example")
	if err != nil {
		return nil, err
	}
	pr := &pressRules{}
	langs := map[string][]pressRule{}
	var order []string
	for _, r := range rows {
		rule := pressRule{from: r.fields[1]}
		switch to := r.fields[2]; {
		case to == "-": // a letter read as nothing
		case strings.Contains(to, "|"):
			rule.to = []string{to} // one class, any of its letters
		default:
			rule.to = strings.Split(to, "") // one class per letter
		}
		switch r.fields[3] {
		case "":
		case "front":
			rule.front = true
		case "start":
			rule.start = true
		case "vowel":
			rule.vowel = true
		case "end":
			rule.end = true
		case "consonant":
			rule.cons = true
		default:
			return nil, fmt.Errorf("%s:%d: when: unknown %q", file, r.line, r.fields[3])
		}
		switch r.fields[0] {
		case "en":
			pr.en = append(pr.en, rule)
		case "ru":
			pr.ru = append(pr.ru, rule)
		default:
			lang := r.fields[0]
			if len(lang) != 2 || lang[0] < 'a' || lang[0] > 'z' || lang[1] < 'a' || lang[1] > 'z' {
				return nil, fmt.Errorf("%s:%d: side: want en, ru or a two-letter language code, not %q", file, r.line, lang)
			}
			if _, ok := langs[lang]; !ok {
				order = append(order, lang)
			}
			langs[lang] = append(langs[lang], rule)
		}
	}
	longestFirst := func(side []pressRule) {
		slices.SortStableFunc(side, func(a, b pressRule) int { return len(b.from) - len(a.from) })
	}
	longestFirst(pr.en)
	longestFirst(pr.ru)
	for _, lang := range order {
		side := append(langs[lang], pr.en...) // the language's own rows win over English ones of one length
		longestFirst(side)
		pr.langs = append(pr.langs, side)
	}
	return pr, nil
})

func isPressVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

// pressClasses returns the consonant classes of the folded word w under the rules of one side
// (cyrillic: the romanized Cyrillic mention; else the Latin name), with repeated letters read
// once. Letters outside a-z give nil.
func pressClasses(w string, cyrillic bool) []string {
	pr, err := loadPressRules()
	if err != nil {
		return nil
	}
	rules := pr.en
	if cyrillic {
		rules = pr.ru
	}
	return classesBy(w, rules)
}

// pressReadings returns the consonant classes of the folded Latin word w in each reading of
// data/ru_press.tsv, English first, then each other source language's where it differs
// (Charles: ch as ч, к or ш and s; in French ch as ш and the final s silent).
func pressReadings(w string) [][]string {
	pr, err := loadPressRules()
	if err != nil {
		return nil
	}
	first := classesBy(w, pr.en)
	if first == nil {
		return nil
	}
	out := [][]string{first}
	for _, rules := range pr.langs {
		c := classesBy(w, rules)
		if c != nil && !slices.ContainsFunc(out, func(o []string) bool { return slices.Equal(o, c) }) {
			out = append(out, c)
		}
	}
	return out
}

// classesBy returns the consonant classes of the folded word w under rules (see pressClasses).
func classesBy(w string, rules []pressRule) []string {
	s := w
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'a' || c > 'z' {
			return nil
		}
		if i > 0 && w[i-1] == c && len(s) == len(w) {
			s = squeezeRepeats(w) // Holness, Mitchell, Reeves: a repeated letter is one sound
		}
	}
	var out []string
	for i := 0; i < len(s); {
		matched := false
		for _, r := range rules {
			if !strings.HasPrefix(s[i:], r.from) {
				continue
			}
			next := byte(0)
			if j := i + len(r.from); j < len(s) {
				next = s[j]
			}
			if r.front && next != 'e' && next != 'i' && next != 'y' || r.start && i != 0 || r.vowel && !isPressVowel(next) ||
				r.end && next != 0 || r.cons && (next == 0 || isPressVowel(next)) {
				continue
			}
			out = append(out, r.to...)
			i += len(r.from)
			matched = true
			break
		}
		if matched {
			continue
		}
		if !isPressVowel(s[i]) {
			out = append(out, upperLetters[s[i]-'a':s[i]-'a'+1])
		}
		i++
	}
	return out
}

// upperLetters gives a consonant's own class, its capital, without allocating.
const upperLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

// squeezeRepeats returns w with each run of one repeated letter written once.
func squeezeRepeats(w string) string {
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if i == 0 || w[i-1] != w[i] {
			b = append(b, w[i])
		}
	}
	return string(b)
}

// cyrillicPress returns the consonant classes of a Cyrillic mention word's text and of each
// of its variants (case forms read back), keeping those of two classes or more: a token's
// press and pressVariants, computed once when the mention is parsed.
func cyrillicPress(text string, variants []string) ([]string, [][]string) {
	var press []string
	if a := pressClasses(text, true); len(a) >= 2 {
		press = a
	}
	var vs [][]string
	for _, v := range variants {
		if a := pressClasses(v, true); len(a) >= 2 {
			vs = append(vs, a)
		}
	}
	return press, vs
}

// pressMatch reports whether the classes of a Cyrillic rendering (q) and of a Latin name (n)
// agree sound for sound, a class with | on the Latin side meeting any of its letters.
func pressMatch(q, n []string) bool {
	if len(q) != len(n) {
		return false
	}
	for i := range q {
		if q[i] != n[i] && !strings.Contains("|"+n[i]+"|", "|"+q[i]+"|") {
			return false
		}
	}
	return true
}
