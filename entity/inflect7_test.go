package entity

import (
	"strings"
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Finnish, Hungarian, Latvian and Slovak case forms read back through data/inflections.tsv,
// on other names than the rows' examples, and the look-alikes that must stay apart.
func TestInflectionsSixthRound(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "niinisto", Kind: alias.Person, Name: "Sauli Niinistö"},
		{ID: "haavisto", Kind: alias.Person, Name: "Pekka Haavisto"},
		{ID: "marin", Kind: alias.Person, Name: "Sanna Marin"},
		{ID: "kuopio", Kind: alias.Place, Name: "Kuopio"},
		{ID: "jyvaskyla", Kind: alias.Place, Name: "Jyväskylä"},
		{ID: "lappeenranta", Kind: alias.Place, Name: "Lappeenranta"},
		{ID: "szijjarto", Kind: alias.Person, Name: "Péter Szijjártó"},
		{ID: "sulyok", Kind: alias.Person, Name: "Tamás Sulyok"},
		{ID: "miskolc", Kind: alias.Place, Name: "Miskolc"},
		{ID: "szeged", Kind: alias.Place, Name: "Szeged"},
		{ID: "karins", Kind: alias.Person, Name: "Krišjānis Kariņš"},
		{ID: "fico", Kind: alias.Person, Name: "Robert Fico"},
		{ID: "peters", Kind: alias.Person, Name: "Winston Peters"},
		{ID: "ur", Kind: alias.Place, Name: "Ur"},
		{ID: "frankl", Kind: alias.Person, Name: "Viktor Frankl"},
	})
	runTable(t, r, []resolveCase{
		{name: "fi allative -lle after o", in: "Niinistölle", want: "niinisto"},
		{name: "fi genitive -n after o", in: "Haaviston", want: "haavisto"},
		{name: "fi genitive -in after a consonant", in: "Marinin", want: "marin"},
		{name: "fi inessive -ssa", in: "Kuopiossa", want: "kuopio"},
		{name: "fi inessive -ssä folded", in: "Jyväskylässä", want: "jyvaskyla"},
		{name: "fi elative -sta, nt → nn gradation met by edit distance", in: "Lappeenrannasta", want: "lappeenranta"},
		{name: "hu dative -nak", in: "Szijjártónak", want: "szijjarto"},
		{name: "hu dative -nak after a name in order", in: "Sulyok Tamásnak", want: "sulyok"},
		{name: "hu inessive -ban", in: "Miskolcban", want: "miskolc"},
		{name: "hu superessive -en after d", in: "Szegeden", want: "szeged"},
		{name: "lv dative -am of a name in -š", in: "Kariņam", want: "karins"},
		{name: "sk instrumental -om of a name in -o", in: "s Ficom", want: "fico"},
		{name: "Danish -sen is no case of a name in -s", in: "Petersen", want: ""},
		{name: "Urban is no case of Ur", in: "Urban", want: ""},
		{name: "Franklin is no case of Frankl", in: "Franklin", want: ""},
	})
}

// Titles of the sixth round before other names than the rows' examples of data/words.tsv,
// and names that begin with a word of a title and must keep it.
func TestTitlesSixthRound(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "pezeshkian", Kind: alias.Person, Name: "Masoud Pezeshkian"},
		{ID: "murmu", Kind: alias.Person, Name: "Droupadi Murmu"},
		{ID: "modi", Kind: alias.Person, Name: "Narendra Modi"},
		{ID: "bayraktar", Kind: alias.Person, Name: "Alparslan Bayraktar"},
		{ID: "somad", Kind: alias.Person, Name: "Abdul Somad"},
		{ID: "fahmi", Kind: alias.Person, Name: "Fahmi Fadzil"},
		{ID: "nyerere", Kind: alias.Person, Name: "Julius Nyerere"},
		{ID: "nornickel", Kind: alias.Org, Name: "Norilsk Nickel"},
		{ID: "transneft", Kind: alias.Org, Name: "Transneft"},
		{ID: "yang", Kind: alias.Person, Name: "Yang Jiechi"},
	})
	runTable(t, r, []resolveCase{
		{name: "fa raisjamhur before a surname", in: "رئیس‌جمهور پزشکیان", want: "pezeshkian"},
		{name: "hi rashtrapti before a name", in: "राष्ट्रपति मुर्मू", want: "murmu"},
		{name: "hi pradhanmantri before a name", in: "प्रधानमंत्री मोदी", want: "modi"},
		{name: "tr bakan before a name", in: "Enerji Bakanı Alparslan Bayraktar", want: "bayraktar"},
		{name: "tr bakan alone before a surname", in: "Bakan Bayraktar", want: "bayraktar"},
		{name: "id ustadz", in: "Ustadz Abdul Somad", want: "somad"},
		{name: "ms yang berhormat", in: "Yang Berhormat Fahmi Fadzil", want: "fahmi"},
		{name: "sw mwalimu before a surname", in: "Mwalimu Nyerere", want: "nyerere"},
		{name: "legal form spelled out before a name", in: "MMC Norilsk Nickel", want: "nornickel"},
		{name: "legal form spelled out after a name", in: "Transneft Public Joint Stock Company", want: "transneft"},
		{name: "Yang the surname is no title", in: "Yang Jiechi", want: "yang"},
	})
}

// Every letternames.tsv row's example spells the initials of its Latin form.
func TestLetterNamesExamples(t *testing.T) {
	rows, err := readTable("letternames.tsv", "name", "letter", "start", "example")
	require.NoError(t, err)
	for _, r := range rows {
		in, want, ok := strings.Cut(r.fields[3], "=")
		require.True(t, ok, "letternames.tsv:%d: example: want A=B", r.line)
		t.Run(r.fields[1]+" "+in, func(t *testing.T) {
			got, spelled := spellInitials(loadLexicon(), in)
			require.True(t, spelled, "letternames.tsv:%d", r.line)
			var initials []string
			for _, w := range strings.Fields(want) {
				if strings.HasSuffix(w, ".") {
					initials = append(initials, w)
				}
			}
			assert.Equal(t, initials, strings.Fields(got)[:len(initials)], "letternames.tsv:%d", r.line)
		})
	}
}

// Initials spelled out in Devanagari meet the initials of the table's name; the words that
// are letter names and Hindi words too stay words.
func TestSpelledInitials(t *testing.T) {
	r := resolverOf(t, []alias.Entity{
		{ID: "biren", Kind: alias.Person, Name: "Nongthombam Biren Singh", Aliases: []string{"N. Biren Singh"}},
		{ID: "somanath", Kind: alias.Person, Name: "S. Somanath"},
		{ID: "shivakumar", Kind: alias.Person, Name: "D. K. Shivakumar"},
		{ID: "jayalalithaa", Kind: alias.Person, Name: "J. Jayalalithaa"},
		{ID: "modi", Kind: alias.Person, Name: "Narendra Modi"},
	})
	runTable(t, r, []resolveCase{
		{name: "one initial spelled", in: "एन बीरेन सिंह", want: "biren"},
		{name: "one initial spelled before a one-word name", in: "एस सोमनाथ", want: "somanath"},
		{name: "ke continues a run of initials", in: "डी के शिवकुमार", want: "shivakumar"},
		{name: "a spelled initial after a title", in: "मुख्यमंत्री जे जयललिता", want: "jayalalithaa"},
		{name: "another spelled initial is another person", in: "पी सोमनाथ", want: ""},
		{name: "ke after a word is the postposition", in: "भारत के प्रधानमंत्री मोदी", want: "modi"},
	})
	for _, tt := range []struct{ name, in, want string }{
		{"ke does not start a run", "के चंद्रशेखर राव", "के चंद्रशेखर राव"},
		{"a letter name at the end is no initial", "मोदी जी एस", "मोदी जी एस"},
		{"no Devanagari, nothing read", "S. Jaishankar", "S. Jaishankar"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := spellInitials(loadLexicon(), tt.in)
			assert.Equal(t, tt.want, got)
		})
	}
}
