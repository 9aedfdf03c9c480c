package entity

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/namecanon/namecanon/alias"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Syllables and endings of the local random tables: enough to make surnames that look like
// Ukrainian, Russian, Polish, German, Spanish, Arabic and English ones, many of them close
// to each other.
var (
	randOnsets  = []string{"b", "ch", "d", "f", "g", "h", "k", "kh", "l", "m", "n", "p", "r", "s", "sh", "t", "v", "w", "z", "zh", "br", "kr", "st", "tr"}
	randVowels  = []string{"a", "e", "i", "o", "u", "y", "ou", "ie"}
	randEndings = []string{"enko", "ov", "ova", "ev", "ski", "sky", "ska", "chuk", "yk", "son", "sen", "mann", "er", "ez", "es", "i", "ani", "ovic", "escu", "idis", "a", "in", "off"}
)

// randSurname makes a surname of one to three syllables and an ending.
func randSurname(rng *rand.Rand) string {
	var b strings.Builder
	for range 1 + rng.IntN(3) {
		b.WriteString(randOnsets[rng.IntN(len(randOnsets))])
		b.WriteString(randVowels[rng.IntN(len(randVowels))])
	}
	b.WriteString(randEndings[rng.IntN(len(randEndings))])
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

// randTable returns n persons: a given name of scaleGivenNames and a surname drawn from a
// pool of n/3 random surnames and the real scaleSurnames, so that surnames repeat as they do
// in real tables; one in ten has an alias with a middle initial.
func randTable(seed uint64, n int) *alias.Table {
	rng := rand.New(rand.NewPCG(seed, 1))
	pool := append([]string{}, scaleSurnames...)
	for range max(n/3, 1) {
		pool = append(pool, randSurname(rng))
	}
	b := alias.NewBuilder()
	for i := range n {
		g := scaleGivenNames[rng.IntN(len(scaleGivenNames))]
		s := pool[rng.IntN(len(pool))]
		e := alias.Entity{ID: fmt.Sprintf("p%07d", i), Kind: alias.Person, Name: g + " " + s}
		if i%10 == 0 {
			e.Aliases = []string{g + " " + string(rune('A'+rng.IntN(26))) + ". " + s}
		}
		b.Add(e)
	}
	tbl, err := b.Build()
	if err != nil {
		panic(err)
	}
	return tbl
}

// variantRewrites are press-convention rewrites for the variant queries.
var variantRewrites = [][2]string{{"y", "i"}, {"i", "y"}, {"kh", "h"}, {"w", "v"}, {"v", "w"}, {"ff", "v"}, {"ou", "u"}, {"h", ""}, {"ie", "ye"}, {"ch", "tch"}}

// variantOf rewrites name by one convention rewrite, or makes one typo when none applies.
func variantOf(rng *rand.Rand, name string) string {
	for _, k := range rng.Perm(len(variantRewrites)) {
		rw := variantRewrites[k]
		if i := strings.Index(name[1:], rw[0]); i >= 0 {
			i++
			return name[:i] + rw[1] + name[i+len(rw[0]):]
		}
	}
	i := 1 + rng.IntN(len(name)-1)
	return name[:i] + name[i+1:]
}

// Every field of a table name's tokens survives the index: the vocabulary word read back
// is the token parsed (a new token field must get a word flag, or this fails).
func TestIndexKeepsTokens(t *testing.T) {
	r := Default()
	for n := range uint32(len(r.idx.NameEntity)) {
		text := r.nameText(n)
		m := parseMention(text, false)
		words, joined := r.idx.NameWords(n)
		require.Len(t, words, len(m.tokens), text)
		for i, w := range words {
			assert.Equal(t, m.tokens[i], tokenOf(r.idx, w), "%s: word %d", text, i)
			assert.Equal(t, m.tokens[i], r.words[w], "%s: word %d", text, i)
		}
		got := make([]string, len(joined))
		for i, j := range joined {
			got[i] = r.idx.Strings.At(j)
		}
		assert.Equal(t, len(m.joined), len(got), text)
		for i := range min(len(m.joined), len(got)) {
			assert.Equal(t, m.joined[i], got[i], text)
		}
		assert.True(t, r.foldedIs(n, m.folded), text)
	}
}
