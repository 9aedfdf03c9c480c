package entity

import (
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/namecanon/namecanon/translit"
	"github.com/stretchr/testify/assert"
)

// The query word cache gives what computing gives, for a word seen the first time, again, and
// after another word took its slot, from many goroutines at once (run with -race).
func TestQueryWordCache(t *testing.T) {
	lx := loadLexicon()
	words := []string{"Zelenskyy", "Зеленський", "Šojgujem", "Lavrova", "Müller", "Kowalskiej", "Сибігою", "O'Brien", "Ngô", "al", "x", ""}
	check := func(t *testing.T, c *wordCache) {
		for _, w := range words {
			f, keys, ro := c.word(lx, w)
			wantF := translit.Fold(w)
			assert.Equal(t, wantF, f, w)
			if wantF == "" {
				assert.Nil(t, keys, w)
				continue
			}
			assert.Equal(t, translit.Keys(w), keys, w)
			assert.Equal(t, lx.words[wantF], ro, w)
			assert.Equal(t, queryVariants(lx, w, wantF), c.variants(lx, w, wantF), "variants of %s", w)
			assert.Equal(t, cap(keys), len(keys), "the keys of %s are clipped: appending copies", w)
		}
		for i := 1; i < len(words); i++ {
			a, b := translit.Fold(words[i-1]), translit.Fold(words[i])
			assert.Equal(t, translit.Key(a+b), c.joinedKey(a, b), "%s+%s", a, b)
		}
	}
	t.Run("first and second time", func(t *testing.T) {
		var c wordCache
		check(t, &c)
		check(t, &c)
	})
	t.Run("a word that takes another's slot", func(t *testing.T) {
		var c wordCache
		check(t, &c)
		// Fill every slot with other words, then ask the first ones again.
		for i := range 4 << wordCacheBits {
			w := "Name" + strings.Repeat("a", i%7) + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676%26))
			c.word(lx, w)
			c.joinedKey(w, "x")
		}
		check(t, &c)
	})
	t.Run("concurrent", func(t *testing.T) {
		var c wordCache
		var wg sync.WaitGroup
		for range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range 20 {
					for _, w := range words {
						c.word(lx, w)
						c.variants(lx, w, translit.Fold(w))
					}
				}
			}()
		}
		wg.Wait()
		check(t, &c)
	})
}

// The text word cache gives what classify computed word by word before it: the fold, the
// role, the title mark, the leading particle, the spaceless script, and what title parsing,
// separates and otherName read (a split word, the first word of a title, a German compound
// title, a conjunction, the first word of another name), for a word seen the first time,
// again, after another word took its slot, and from many goroutines at once (run with
// -race).
func TestTextWordCache(t *testing.T) {
	lx := loadLexicon()
	words := []string{
		"Zelenskyy", "Зеленський", "Kyiv", "trump", "Trump", "President", "Minister", "Russian",
		"von", "al", "the", "Meanwhile", "Hill", "Giorgia", "Müller", "O'Brien", "习近平", "カタカナ",
		"Regierungschefin", "U.S.", "x", "", "Prime", "and", "Und", "Praha", "Den", "München", "ﬁ",
	}
	check := func(t *testing.T, c *textWordCache) {
		for _, w := range words {
			e := c.facts(lx, w)
			folded := foldWord(w)
			tw := textWord{folded: folded}
			assert.Equal(t, w, e.raw, w)
			assert.Equal(t, folded, e.folded, w)
			assert.Equal(t, lx.words[folded], e.role, w)
			assert.Equal(t, tw.titleish(lx), e.title == 2, w)
			assert.Equal(t, leadingParticles[folded], e.leading, w)
			assert.Equal(t, spaceless(w), e.spaceless, w)
			assert.Equal(t, strings.ContainsAny(folded, " -"), e.split, w)
			assert.Equal(t, lx.titleFirst[folded], e.titleFirst, w)
			assert.Equal(t, lx.compoundTitle(folded), e.compound, w)
			assert.Equal(t, conjunctions[folded], e.conjunction, w)
			first, _, _ := strings.Cut(strings.ReplaceAll(folded, "-", " "), " ")
			assert.Equal(t, loadOtherNameFirsts()[first], e.otherFirst, w)
		}
	}
	t.Run("first and second time", func(t *testing.T) {
		var c textWordCache
		check(t, &c)
		check(t, &c)
	})
	t.Run("a word that takes another's slot", func(t *testing.T) {
		var c textWordCache
		check(t, &c)
		for i := range 4 << textWordCacheBits {
			c.facts(lx, "Name"+string(rune('a'+i%26))+string(rune('a'+i/26%26))+string(rune('a'+i/676%26)))
		}
		check(t, &c)
	})
	t.Run("concurrent", func(t *testing.T) {
		var c textWordCache
		var wg sync.WaitGroup
		for range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range 20 {
					for _, w := range words {
						c.facts(lx, w)
					}
				}
			}()
		}
		wg.Wait()
		check(t, &c)
	})
}

// A memo table gives back what was put under a key, or nothing, never another key's value:
// for a key put once, again, after other keys took its slots, and from many goroutines at
// once (run with -race).
func TestMemoTable(t *testing.T) {
	var m memoTable[string]
	assert.Nil(t, m.get("Zelensky"), "an empty table")
	m.put("Zelensky", "zelensky")
	m.put("Kyiv", "kyiv")
	assert.Equal(t, "zelensky", *m.get("Zelensky"))
	assert.Equal(t, "kyiv", *m.getBytes([]byte("Kyiv")))
	m.put("Kyiv", "kyiv again")
	assert.Equal(t, "kyiv again", *m.get("Kyiv"), "a key put twice has its last value")
	assert.Nil(t, m.get("Kiev"))
	key := func(i int) string { return "Name" + strconv.Itoa(i) }
	m = memoTable[string]{}
	for i := range 4 << memoBits {
		m.put(key(i), strings.ToLower(key(i)))
	}
	kept := 0
	for i := range 4 << memoBits {
		if v := m.get(key(i)); v != nil {
			assert.Equal(t, strings.ToLower(key(i)), *v)
			kept++
		}
	}
	assert.Greater(t, kept, 1<<memoBits/2, "most slots hold a key")
	n := 0
	m.all(func(k, v string) bool {
		assert.Equal(t, strings.ToLower(k), v)
		n++
		return true
	})
	assert.Equal(t, kept, n)
	var wg sync.WaitGroup
	var c memoTable[string]
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 2000 {
				k := key(i * (g + 1))
				c.put(k, strings.ToLower(k))
				if v := c.get(k); v != nil {
					assert.Equal(t, strings.ToLower(k), *v)
				}
			}
		}()
	}
	wg.Wait()
}
