package entity

import (
	"fmt"
	"strings"
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/translit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pressClassesMeet reports whether a Cyrillic rendering and a Latin name meet by pressClasses,
// the Cyrillic romanized and folded as a mention's word is.
func pressClassesMeet(cyr, latin string) bool {
	q := pressClasses(translit.Fold(translit.ToLatin(cyr)), true)
	return len(q) > 0 && pressMatch(q, pressClasses(translit.Fold(latin), false))
}

// Every data/ru_press.tsv row's example: the rendering meets the name.
func TestPressRulesExamples(t *testing.T) {
	rows, err := readTable("ru_press.tsv", "side", "from", "to", "when", "example")
	require.NoError(t, err)
	for _, r := range rows {
		cyr, latin, ok := strings.Cut(r.fields[4], "=")
		require.True(t, ok, "ru_press.tsv:%d: example: want Cyrillic=Latin", r.line)
		t.Run(r.fields[0]+" "+r.fields[1]+" "+r.fields[4], func(t *testing.T) {
			assert.True(t, pressClassesMeet(cyr, latin), "ru_press.tsv:%d: %s", r.line, pressClasses(translit.Fold(latin), false))
		})
	}
}

func TestPressClasses(t *testing.T) {
	tests := []struct {
		name, cyr, latin string
		want             bool
	}{
		{"g before e is дж (Angela)", "Анджела", "Angela", true},
		{"g before e is г (Hegseth)", "Хегсет", "Hegseth", true},
		{"th is т (Anthony)", "Энтони", "Anthony", true},
		{"ch is к (Christopher)", "Кристофер", "Christopher", true},
		{"ch is х (Friedrich)", "Фридрих", "Friedrich", true},
		{"ch is к, and the final ch (Badenoch)", "Баденок", "Badenoch", true},
		{"x is кс (Luxon)", "Луксон", "Luxon", true},
		{"w before a vowel inside a word is в (Edward)", "Эдвард", "Edward", true},
		{"h at the end is silent (Sarah)", "Сара", "Sarah", true},
		{"a consonant more is another name (Johnson, Jones)", "Джонс", "Johnson", false},
		{"another consonant is another name (Rayner, Rainer Maria: Рейнер, Rayburn)", "Рейнер", "Rayburn", false},
		{"the order of the consonants counts (Nigel, Lange)", "Найджел", "Lange", false},
		{"Latin letters outside a-z give nothing", "Джеймс", "Jam3s", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, pressClassesMeet(tt.cyr, tt.latin), "%s %s", pressClasses(translit.Fold(translit.ToLatin(tt.cyr)), true), pressClasses(translit.Fold(tt.latin), false))
		})
	}
}

func TestResolvePressRenderings(t *testing.T) {
	b := alias.NewBuilder()
	for i, name := range []string{"Nigel Farage", "Rachel Reeves", "Andrew Holness", "James Marape"} {
		b.Add(alias.Entity{ID: fmt.Sprint("p", i), Kind: alias.Person, Name: name})
	}
	tbl, err := b.Build()
	require.NoError(t, err)
	r := NewResolver(tbl)
	tests := []struct {
		name, in, want string
	}{
		{"both words by their consonants (Rachel Reeves)", "Рейчел Ривз", "Rachel Reeves"},
		{"a given name by its consonants beside a surname by key (Andrew Holness)", "Эндрю Холнесс", "Andrew Holness"},
		{"дж for j beside an exact surname (James Marape)", "Джеймс Марапе", "James Marape"},
		{"both words in the instrumental case (Nigel Farage)", "Найджелом Фараджем", "Nigel Farage"},
		{"one word by its consonants alone is too little", "Фарадж", ""},
		{"a surname one consonant short is another name (Reeve)", "Рейчел Рив", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := r.Resolve(tt.in)
			if tt.want == "" {
				assert.False(t, ok, "%s resolved to %s", tt.in, m.Entity.Name)
				return
			}
			if assert.True(t, ok, tt.in) {
				assert.Equal(t, tt.want, m.Entity.Name)
			}
		})
	}
}
