package entity

import (
	"fmt"
	"runtime"
	"sync"
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// benchQueries are the input classes of the resolve benchmarks, one real mention each.
var benchQueries = []struct{ class, query string }{
	{"hit", "Volodymyr Zelenskyy"},   // the canonical name as written
	{"miss", "Vladimir Zelenko"},     // a different person with a close name
	{"cyrillic", "Андрій Сибіга"},    // romanized before matching
	{"fuzzy", "Johann Vardepoel"},    // a mis-heard surname
	{"partial", "Zelenskiy"},         // a surname alone, another convention
	{"long", longMention},            // over MaxMentionBytes: truncated first
	{"title", "President Zelenskiy"}, // a title dropped before matching
}

// longMention is a run-on sentence of names, longer than MaxMentionBytes.
const longMention = "Volodymyr Zelenskyy Andrii Sybiha Rustem Umerov Steve Witkoff Jared Kushner " +
	"Vladimir Putin Yuri Ushakov Kirill Dmitriev Emmanuel Macron Friedrich Merz Mark Rutte " +
	"Ursula von der Leyen Alexander Stubb Johann Wadephul Yvette Cooper Margus Tsahkna Dan Jørgensen"

// benchRank measures one query on r, through the index and by scoring every table name.
func benchRank(b *testing.B, r *Resolver, query string) {
	b.Run("indexed", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			r.rank(query, false)
		}
	})
	b.Run("brute", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			r.rank(query, true)
		}
	})
}

// BenchmarkResolve measures Resolve on the default table per input class, and next to it the
// ranking that Resolve runs, indexed and brute-force.
func BenchmarkResolve(b *testing.B) {
	r := Default()
	for _, q := range benchQueries {
		b.Run(q.class, func(b *testing.B) {
			b.Run("resolve", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					r.Resolve(q.query)
				}
			})
			benchRank(b, r, q.query)
		})
	}
}

// BenchmarkNewResolver measures indexing the default table.
func BenchmarkNewResolver(b *testing.B) {
	tbl := alias.Default()
	NewResolver(tbl) // load the lexicon outside the loop
	b.ReportAllocs()
	var r *Resolver
	for b.Loop() {
		r = NewResolver(tbl)
	}
	// What the index keeps, per table name, once built (the allocations above include the
	// garbage of building it).
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	r = NewResolver(tbl)
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-min(before.HeapAlloc, after.HeapAlloc))/float64(len(r.idx.NameEntity)), "heap-B/name")
}

// Real family names from many languages, for the synthetic scale table.
var scaleSurnames = []string{
	// English, Scottish, Irish, Welsh
	"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
	"Thomas", "Moore", "Jackson", "Martin", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker",
	"Campbell", "MacDonald", "Murphy", "Kelly", "O'Brien", "Evans", "Hughes", "Cooper",
	// German, Dutch, Scandinavian
	"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
	"de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser",
	"Andersson", "Johansson", "Nilsson", "Hansen", "Jørgensen", "Nielsen", "Virtanen", "Korhonen",
	// French, Italian, Spanish, Portuguese
	"Bernard", "Dubois", "Durand", "Lefebvre", "Moreau", "Laurent", "Girard", "Rousseau",
	"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
	"García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez",
	"Silva", "Santos", "Oliveira", "Pereira", "Costa", "Carvalho",
	// Ukrainian, Russian, Polish, Czech, Baltic
	"Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Oliynyk", "Shevchuk", "Polishchuk",
	"Ivanov", "Smirnov", "Kuznetsov", "Popov", "Vasilyev", "Petrov", "Sokolov", "Mikhailov", "Volkov",
	"Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski",
	"Novák", "Svoboda", "Dvořák", "Černý", "Kazlauskas", "Bērziņš", "Tamm",
	// Greek, Turkish, Hungarian, Romanian
	"Papadopoulos", "Georgiou", "Yılmaz", "Kaya", "Demir", "Şahin", "Nagy", "Kovács", "Tóth", "Popescu", "Ionescu",
	// Arabic, Persian, Hebrew
	"Haddad", "Khalil", "Hassan", "Mansour", "Nasser", "Saleh", "Hosseini", "Rezaei", "Mohammadi", "Ahmadi",
	"Cohen", "Levi", "Mizrahi", "Peretz",
	// South and East Asian, African
	"Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Nguyen", "Tran", "Pham",
	"Tanaka", "Suzuki", "Takahashi", "Watanabe", "Okafor", "Mensah", "Mwangi", "Banda", "Dlamini",
}

// Real given names from many languages, for the synthetic scale table.
var scaleGivenNames = []string{
	// English
	"James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Charles", "Thomas",
	"Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Susan", "Sarah", "Karen", "Emily", "Margaret",
	// German, Dutch, Scandinavian, Finnish
	"Hans", "Jürgen", "Klaus", "Wolfgang", "Ursula", "Sabine", "Johann", "Friedrich", "Annalena",
	"Pieter", "Sanne", "Lars", "Sven", "Ingrid", "Astrid", "Mikko", "Aino",
	// French, Italian, Spanish, Portuguese
	"Jean", "Pierre", "Louis", "Camille", "Amélie", "Giuseppe", "Giovanni", "Francesca", "Giulia",
	"José", "Javier", "Carmen", "Lucía", "João", "Luís", "Inês",
	// Ukrainian, Russian, Polish, Czech, Baltic
	"Volodymyr", "Andrii", "Oleksandr", "Mykola", "Yulia", "Olha", "Oksana", "Taras", "Dmytro", "Yevhen",
	"Vladimir", "Sergei", "Alexei", "Dmitri", "Nikolai", "Natalia", "Tatiana", "Yekaterina",
	"Piotr", "Krzysztof", "Agnieszka", "Małgorzata", "Jiří", "Tomáš", "Jana", "Gitanas", "Kaja",
	// Greek, Turkish, Hungarian, Romanian
	"Georgios", "Eleni", "Mehmet", "Ayşe", "Mustafa", "László", "Zsófia", "Ion", "Andreea",
	// Arabic, Persian, Hebrew
	"Mohammed", "Ahmed", "Ali", "Omar", "Fatima", "Aisha", "Khaled", "Layla", "Reza", "Maryam",
	"Hossein", "Yosef", "Avraham", "Noa", "Tamar",
	// South and East Asian, African
	"Priya", "Rahul", "Anil", "Sunita", "Arjun", "Minh", "Linh", "Hiroshi", "Yuki", "Akira",
	"Chinedu", "Ngozi", "Kwame", "Amara", "Wanjiru", "Thabo",
	// Korean, Chinese, Indonesian, Brazilian, Irish, Georgian
	"Min-jun", "Seo-yeon", "Ji-woo", "Wei", "Jing", "Xiaoming", "Budi", "Siti", "Thiago", "Gabriela",
	"Siobhan", "Niamh", "Giorgi", "Nino",
}

const scaleSize = 20000

// scaleResolver returns a Resolver over scaleSize persons named by crossing scaleGivenNames
// with scaleSurnames, built once.
var scaleResolver = sync.OnceValue(func() *Resolver {
	b := alias.NewBuilder()
	n := 0
	for _, s := range scaleSurnames {
		for _, g := range scaleGivenNames {
			if n == scaleSize {
				break
			}
			b.Add(alias.Entity{ID: fmt.Sprintf("person-%05d", n), Kind: alias.Person, Name: g + " " + s})
			n++
		}
	}
	tbl, err := b.Build()
	if err != nil {
		panic(err)
	}
	if tbl.Len() != scaleSize {
		panic(fmt.Sprintf("scale table has %d persons, want %d", tbl.Len(), scaleSize))
	}
	return NewResolver(tbl)
})

// BenchmarkResolveScale measures ranking on a 20,000-person table, indexed and brute-force.
func BenchmarkResolveScale(b *testing.B) {
	r := scaleResolver()
	for _, q := range []struct{ class, query string }{
		{"hit", "Oksana Shevchenko"},
		{"miss", "Vladimir Zelenko"},
		{"cyrillic", "Тарас Шевченко"},
		{"fuzzy", "Jürgen Schmitt"},
		{"partial", "Kowalski"},
	} {
		b.Run(q.class, func(b *testing.B) { benchRank(b, r, q.query) })
	}
}

// The two sides of each benchmark pair must give the same answer, or the comparison measures
// two different things: the index finds the best entity that scoring every name finds.
func TestIndexedRankAgreesWithBrute(t *testing.T) {
	r := Default()
	for _, q := range benchQueries {
		t.Run(q.class, func(t *testing.T) {
			indexed, _ := r.rank(q.query, false)
			brute, _ := r.rank(q.query, true)
			if len(brute) == 0 {
				assert.Empty(t, indexed)
				return
			}
			require.NotEmpty(t, indexed, "brute force finds %s", brute[0].Entity.ID)
			assert.Equal(t, brute[0].Entity.ID, indexed[0].Entity.ID)
			assert.Equal(t, brute[0].Score, indexed[0].Score)
		})
	}
}

// resolveBrute answers as Resolve does on the default table for the benchmark mentions: the
// brute-force reference resolves what the index resolves.
func TestResolveBruteAgreesWithResolve(t *testing.T) {
	r := Default()
	for _, q := range benchQueries {
		t.Run(q.class, func(t *testing.T) {
			want, wantOK := r.Resolve(q.query)
			got, gotOK := r.resolveBrute(q.query)
			assert.Equal(t, wantOK, gotOK)
			assert.Equal(t, want.Entity.ID, got.Entity.ID)
			assert.Equal(t, want.Score, got.Score)
		})
	}
}
