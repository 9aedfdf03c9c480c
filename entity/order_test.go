package entity

import (
	"fmt"
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A mention that writes a name's words in another order than the name (or a rotation of it:
// the family name moved to the other end) meets it less well than a name of the same words
// in the mention's order: with both in the table, the name as written wins; alone, the
// reordered one still resolves. Rows are person tables; ids are t0, t1 …
func TestWordOrder(t *testing.T) {
	tests := []personTableCase{
		{"the name as written beats its given names swapped", []string{"Sofia Rosa Rossi", "Rosa Sofia Rossi"}, "Sofia Rosa Rossi", "t0"},
		{"and the other way", []string{"Sofia Rosa Rossi", "Rosa Sofia Rossi"}, "Rosa Sofia Rossi", "t1"},
		{"a typo keeps the order that wins", []string{"Mario Domenico Rossi", "Domenico Mario Rossi"}, "Mario Domenco Rossi", "t0"},
		{"Cyrillic keeps the order that wins", []string{"Anna Liisa Kristiansen", "Liisa Anna Kristiansen"}, "Анна Лииса Кристиансен", "t0"},
		{"the family name moved to the front is a rotation", []string{"Lucia Giuseppina Rossi", "Giuseppina Lucia Rossi"}, "Rossi Lucia Giuseppina", "t0"},
		{"the family name moved to the back is a rotation", []string{"Ngô Thu Ngọc", "Ngô Ngọc Thu"}, "Thu Ngọc Ngô", "t0"},
		{"SURNAME, Given keeps the given names' order", []string{"Lucia Giuseppina Rossi", "Giuseppina Lucia Rossi"}, "ROSSI, Giuseppina Lucia", "t1"},
		{"a family name with particles moved to the front", []string{"Johanna Sanne van der Veen", "Sanne Johanna van der Veen"}, "van der Veen Johanna Sanne", "t0"},
		{"a reordered name alone still resolves", []string{"Rosa Sofia Rossi"}, "Sofia Rosa Rossi", "t0"},
		{"a two-word name reversed is a rotation", []string{"Khalil Saleh", "Saleh Khalil"}, "Khalil Saleh", "t0"},
		{"the same words in the same order stay ambiguous", []string{"Kim Jong Un", "Kim Jong Un"}, "Jong Un Kim", ""},
		{"words out of order and one spelled otherwise are another person's name", []string{"Kim Jong Un"}, "Kim Un Yong", ""},
		{"words out of order met by key still resolve alone", []string{"Sofia Rosa Rossi"}, "Rosa Sofiya Rossi", "t0"},
	}
	runPersonTables(t, tests)
}

// wordOrder tells the name's order, a rotation of it and another order apart.
func TestWordOrderOf(t *testing.T) {
	tests := []struct {
		name string
		qm   []int // mention word → name word + 1; 0 unmatched
		want int
	}{
		{"in order", []int{1, 2, 3}, orderKept},
		{"family name moved to the front", []int{3, 1, 2}, orderRotated},
		{"family name moved to the back", []int{2, 3, 1}, orderRotated},
		{"given names swapped", []int{2, 1, 3}, orderOther},
		{"all reversed", []int{3, 2, 1}, orderOther},
		{"an unmatched word is skipped", []int{1, 0, 2}, orderKept},
		{"a compound's second word is skipped", []int{1, 2, 2, 3}, orderKept},
		{"two words reversed is a rotation", []int{2, 1}, orderRotated},
		{"a rotation that skips a word is none", []int{2, 4, 1, 3}, orderOther},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, wordOrder(tt.qm))
		})
	}
}

// A name that misses a mention word the index leads to other names is scored only if one of
// its unmet words may still meet the mention: restMay, row by row. Each table holds the name
// and a rival that meets every mention word, so the name falls to the lower tier.
func TestRestMay(t *testing.T) {
	tests := []struct {
		name  string
		table []string // the name first, then names that meet more of the mention
		query string
		want  bool
	}{
		{"another given name with no letter in common is not scored", []string{"Susan Miller", "Susan Wattes"}, "Susan Water", false},
		{"a far spelling that keeps the first letter is", []string{"Susan Walters", "Susan Wattes"}, "Susan Water", true},
		{"a cognate given name is (Iosif, Joseph)", []string{"Iosif Kowalski", "Joseph Kowalsky"}, "Joseph Kowalski", true},
		{"a case form of a cognate is (Pjotrs, Petr)", []string{"Petr Avenov", "Pjotrs Avens"}, "Pjotrs Avenov", true},
		{"a name whose words are all met is", []string{"Kowalski", "Joseph Kowalsky"}, "Joseph Kowalski", true},
		{"an initial in the mention keeps every name", []string{"Volodymyr Zelenskyy", "Xenia Zelensky"}, "X. Zelensky", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := alias.NewBuilder()
			for i, name := range tt.table {
				require.NoError(t, b.Add(alias.Entity{ID: fmt.Sprintf("t%d", i), Kind: alias.Person, Name: name}))
			}
			tbl, err := b.Build()
			require.NoError(t, err)
			r := NewResolver(tbl)
			q := parseMention(tt.query, true)
			sc := r.getScratch()
			defer r.putScratch(sc)
			r.lookup(&q, sc)
			r.markAll(sc)
			require.NotZero(t, sc.names.get(0), "the index leads %q to %q", tt.query, tt.table[0])
			assert.Equal(t, tt.want, r.restMay(&q, sc, 0), "%q, %q", tt.query, tt.table[0])
		})
	}
}

// A name that every mention word meets by a rule (a key, a convention, a romanization of the
// script) beats a rival met only by edit distance unless the rival comes within a quarter of
// the margin; two names met by rules keep the whole margin.
func TestRuleBeatsEdit(t *testing.T) {
	tests := []personTableCase{
		{"Han characters read as written beat a syllable one edit away", []string{"Zeng Lei", "Zheng Lei"}, "曾磊", "t0"},
		{"Cyrillic romanized as written beats a vowel changed", []string{"Iryna Kuzmak", "Iryna Kuzmuk"}, "Ірина Кузьмак", "t0"},
		{"a convention (ou for u) beats an inserted syllable", []string{"Olha Tarasuk", "Olha Taraschuk"}, "Olha Tarasouk", "t0"},
		{"a convention that comes very close to a rival's edit stays ambiguous", []string{"Dmytro Semenuk", "Dmytro Semeniuk"}, "Dmytro Semenouk", ""},
		{"a rival met by edits that comes very close stays ambiguous", []string{"Krystyna Pawłowek", "Krystyna Pawłowak"}, "Krystyna Pavłowek", ""},
		{"two names met by rules keep the whole margin", []string{"Kim Jiji", "Kim Hyeji"}, "Kym Jiji", ""},
	}
	runPersonTables(t, tests)
}

// A mention in another script whose romanization is a table name word for word is that name
// whole: only another whole name (the same name twice) makes it ambiguous, not a name that
// meets it by a cognate, a convention or an edit.
func TestTransliteratedWholeName(t *testing.T) {
	tests := []personTableCase{
		{"Hangul romanized as written beats a syllable met by a vowel", []string{"Han Seoho", "Han Siho"}, "한서호", "t0"},
		{"Hangul romanized as written beats another syllable", []string{"Seo Minhun", "Seo Minjun"}, "서민훈", "t0"},
		{"Han characters romanized as written beat a cognate syllable", []string{"Zhang Ying", "Zhang Jing"}, "张颖", "t0"},
		{"Cyrillic romanized as written beats a cognate given name (Anna, Hanna)", []string{"Anna Melnychuk", "Hanna Melnychuk"}, "Анна Мельничук", "t0"},
		{"Ukrainian Cyrillic romanized as written beats the Russian form", []string{"Ivan Sydoriv", "Ivan Sidorov"}, "Іван Сидорів", "t0"},
		{"a patronymic in the mention beats the name without it", []string{"Olga Ivanovna Ivanova", "Olga Ivanova"}, "Ольга Ивановна Иванова", "t0"},
		{"a whole name comes first at one score (Sydoriv, Sidorov met by edits at the cap)", []string{"Ivan Sidorov", "Ivan Sydoriv"}, "Іван Сидорів", "t1"},
		{"the same name twice stays ambiguous", []string{"Han Seoho", "Han Seoho"}, "한서호", ""},
		{"a mention that meets no name whole keeps the margin", []string{"Han Seoho", "Han Siho"}, "한서", ""},
	}
	runPersonTables(t, tests)
}

// personTableCase is a table of persons (ids t0, t1 … in order), a mention and the id it must
// resolve to ("" for none).
type personTableCase struct {
	name  string
	table []string
	query string
	want  string
}

// runPersonTables resolves each row's mention on its own table of persons.
func runPersonTables(t *testing.T, rows []personTableCase) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			ents := make([]alias.Entity, len(tt.table))
			for i, name := range tt.table {
				ents[i] = alias.Entity{ID: fmt.Sprintf("t%d", i), Kind: alias.Person, Name: name}
			}
			m, ok := resolverOf(t, ents).Resolve(tt.query)
			if tt.want == "" {
				assert.False(t, ok, "%q resolved to %s", tt.query, m.Entity.Name)
				return
			}
			if assert.True(t, ok, "%q: not resolved (ambiguous %v, %v)", tt.query, m.Ambiguous, m.Alternatives) {
				assert.Equal(t, tt.want, m.Entity.ID, tt.query)
			}
		})
	}
}

// A rival that no mention word meets better than the best name, and that leaves a word of
// the mention unmatched or meets it only by an edit, as a cognate or by its consonants
// where the best name has it as written, is outmatched: it does not make the mention
// ambiguous however close its score (outmatched). A rival met by a key or a press
// convention, or better on some word, keeps the margin.
func TestOutmatchedRival(t *testing.T) {
	tests := []personTableCase{
		{"a rival that leaves a mention word unmatched is outmatched", []string{"Teresa Dolores Jiménez", "Teresa Jiménez"}, "Teresa Doloers Jiménez", "t0"},
		{"a given name as written beats its cognate (Hanna, Anna)", []string{"Hanna Melnychuk", "Anna Melnychuk"}, "Hanna Melnichuk", "t0"},
		{"a given name as written beats its cognate (Michelle, Michael)", []string{"Michelle Obama", "Michael Obama"}, "Michelle Obamma", "t0"},
		{"a given name as written beats one an edit away", []string{"Takeshi Matsumoto", "Takashi Matsumoto"}, "Takeshi Matsumkto", "t0"},
		{"a surname as written beats one an edit away", []string{"Dmytro Kornuk", "Dmytro Kornchuk"}, "Dymtro Kornuk", "t0"},
		{"Arabic Muhammad as written beats Mahmoud met by consonants", []string{"Amira bin Mohammed Haddad", "Amira bin Mahmoud Haddad"}, "أميرة بن محمد حداد", "t0"},
		{"a rival met by a convention keeps the margin", []string{"Kim Dongwon", "Kim Gyeongwon"}, "Kym Dongwon", ""},
		{"a rival better on one word keeps the margin", []string{"Joanna Jankowska", "Jan Jankowski"}, "Joanna Jankowsk", ""},
		{"a typo as far from two names stays ambiguous", []string{"Cho Minyun", "Cho Mineun"}, "Cho Minuyn", ""},
	}
	runPersonTables(t, tests)
}
