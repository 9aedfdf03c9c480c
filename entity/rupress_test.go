package entity

import (
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
	if len(q) == 0 {
		return false
	}
	for _, n := range pressReadings(translit.Fold(latin)) {
		if pressMatch(q, n) {
			return true
		}
	}
	return false
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
		{"French: ch is ш and a final d silent (Richard as Ришар)", "Ришар", "Richard", true},
		{"French: gn is нь (Mignon)", "Миньон", "Mignon", true},
		{"French: -es after l silent (Jules)", "Жюль", "Jules", true},
		{"French: final t silent (Barnet)", "Барне", "Barnet", true},
		{"French: a final s alone stays read (Reeves is no Рив)", "Рив", "Reeves", false},
		{"Portuguese: s before a consonant is ш or ж (Costa)", "Кошта", "Costa", true},
		{"Portuguese: final s is ш (Marques)", "Маркеш", "Marques", true},
		{"Portuguese: -ão is ан (Sebastião)", "Себаштиан", "Sebastiao", true},
		{"Portuguese: nh is нь (Pinheiro)", "Пиньейру", "Pinheiro", true},
		{"Vietnamese: tr is ч (Tran)", "Чан", "Tran", true},
		{"Vietnamese: d is з (Duc)", "Зык", "Duc", true},
		{"Vietnamese: x is с (Xuan)", "Суан", "Xuan", true},
		{"Vietnamese: ch is ть (Chau)", "Тяу", "Chau", true},
		{"Vietnamese: tr is ч, and no reading drops its r (Tran is no Тан)", "Тан", "Tran", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, pressClassesMeet(tt.cyr, tt.latin), "%s %s", pressClasses(translit.Fold(translit.ToLatin(tt.cyr)), true), pressClasses(translit.Fold(tt.latin), false))
		})
	}
}

func TestResolvePressLanguages(t *testing.T) {
	runTable(t, personsNamed(t, "Jacques Chirac", "Annie Ernaux", "Luís Montenegro", "Pedro Passos Coelho", "Nguyễn Phú Trọng", "Nguyễn Xuân Phúc", "Rachel Reeves"), []resolveCase{
		{"French: ch as ш, -cques as к (Jacques Chirac)", "Жак Ширак", "Jacques_Chirac"},
		{"French: final x silent (Annie Ernaux)", "Анни Эрно", "Annie_Ernaux"},
		{"Portuguese: final s as ш (Luís Montenegro)", "Луиш Монтенегру", "Luís_Montenegro"},
		{"Portuguese: s as ш, lh as ль (Pedro Passos Coelho)", "Педру Пасуш Куэлью", "Pedro_Passos_Coelho"},
		{"Vietnamese: tr as ч (Nguyễn Phú Trọng)", "Нгуен Фу Чонг", "Nguyễn_Phú_Trọng"},
		{"Vietnamese: x as с (Nguyễn Xuân Phúc)", "Нгуен Суан Фук", "Nguyễn_Xuân_Phúc"},
		{"French reading keeps a final s alone (Рейчел Рив is not Rachel Reeves)", "Рейчел Рив", ""},
		{"no reading makes б of tr (Нгуен Фу Банг is not Nguyễn Phú Trọng)", "Нгуен Фу Банг", ""},
	})
}

func TestResolvePressRenderings(t *testing.T) {
	runTable(t, personsNamed(t, "Nigel Farage", "Rachel Reeves", "Andrew Holness", "James Marape"), []resolveCase{
		{"both words by their consonants (Rachel Reeves)", "Рейчел Ривз", "Rachel_Reeves"},
		{"a given name by its consonants beside a surname by key (Andrew Holness)", "Эндрю Холнесс", "Andrew_Holness"},
		{"дж for j beside an exact surname (James Marape)", "Джеймс Марапе", "James_Marape"},
		{"both words in the instrumental case (Nigel Farage)", "Найджелом Фараджем", "Nigel_Farage"},
		{"one word by its consonants alone is too little", "Фарадж", ""},
		{"a surname one consonant short is another name (Reeve)", "Рейчел Рив", ""},
	})
}

// personsNamed builds a resolver over persons whose ids are their names with _ for spaces, so
// that a test row names the person it expects (Rachel_Reeves).
func personsNamed(t *testing.T, names ...string) *Resolver {
	t.Helper()
	ents := make([]alias.Entity, len(names))
	for i, n := range names {
		ents[i] = alias.Entity{ID: strings.ReplaceAll(n, " ", "_"), Kind: alias.Person, Name: n}
	}
	return resolverOf(t, ents)
}
