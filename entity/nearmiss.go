package entity

import (
	"cmp"
	"slices"
	"strings"

	"github.com/namecanon/namecanon/translit"
)

// nearWeight scales the resemblance of a near miss into its score: a near miss never scores
// more than 0.5, below what the scoring rules give any name they accept at the default
// threshold, so Candidates lists it after them.
const nearWeight = 0.5

// nearFloor is the least resemblance a near miss needs to be listed at all.
const nearFloor = 0.5

// nearMisses appends to cands, up to n entities in all, the entities that the scoring rules
// rejected or the index did not reach, by the resemblance of their names to q: the names the
// index returns for q, compared by their keys written as one word; and, for a mention
// romanized from another script, the names whose loose skeleton starts as the mention's does,
// compared by loose skeleton too.
func (r *Resolver) nearMisses(cands []Match, q *mention, n int, cfg *config) []Match {
	if len(q.tokens) == 0 {
		return cands
	}
	have := make(map[string]bool, len(cands))
	for _, c := range cands {
		have[c.Entity.ID] = true
	}
	qKey, qLoose := wholeKey(q), looseSkeleton(q)
	// Loose skeletons are for names romanized from another script, whose transcriptions
	// of foreign names add and merge sounds; a Latin mention is compared by its keys.
	loose := !q.latin && len(qLoose) >= 2
	type near struct {
		name   uint32
		score  float64
		keySim float64
	}
	best := map[int]near{} // entity → its best near miss
	sc := r.getScratch()
	defer r.putScratch(sc)
	v := &sc.view
	try := func(names []uint32) {
		for _, ni := range names {
			r.view(ni, v)
			keySim := translit.Similarity(qKey, wholeKey(&v.m))
			sim := keySim
			if nLoose := looseSkeleton(&v.m); loose && len(nLoose) >= 2 {
				sim = max(sim, translit.Similarity(qLoose, nLoose))
			}
			if sim < nearFloor {
				continue
			}
			score := round3(nearWeight * sim)
			if old, ok := best[v.entity]; ok && (old.score > score || old.score == score && old.keySim >= keySim) {
				continue
			}
			best[v.entity] = near{ni, score, keySim}
		}
	}
	r.lookup(q, sc)
	try(slices.Clone(sc.first))
	try(slices.Clone(r.lookupRest(sc)))
	if loose {
		try(r.nearIndex()[nearBucket(qLoose)])
	}
	rules := q.rules
	if rules == nil {
		rules = []string{}
	}
	// Equal scores list the entities met by their canonical name first (a transcription
	// renders the name the world uses: 基辅 Kyiv before Cuba's alias 古巴), then by ID.
	type scored struct {
		Match
		alias bool
	}
	more := make([]scored, 0, len(best))
	for e, c := range best {
		ent := r.tbl.At(e)
		if have[ent.ID] || !cfg.allows(ent.Kind) {
			continue
		}
		more = append(more, scored{Match{
			Entity:   ent,
			Score:    c.score,
			Method:   MethodNear,
			Explain:  Explain{Mention: q.folded, Alias: r.nameText(c.name), Rules: rules},
			Warnings: q.warnings,
		}, r.nameText(c.name) != ent.Name})
	}
	slices.SortFunc(more, func(a, b scored) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		if a.alias != b.alias {
			return cmp.Compare(btoi(a.alias), btoi(b.alias))
		}
		return cmp.Compare(a.Entity.ID, b.Entity.ID)
	})
	for _, m := range more[:min(len(more), n-len(cands))] {
		cands = append(cands, m.Match)
	}
	return cands
}

// nearIndex returns the names by the bucket of their loose skeleton, built once.
func (r *Resolver) nearIndex() map[string][]uint32 {
	r.nearOnce.Do(func() {
		r.near = map[string][]uint32{}
		var v nameView
		for ni := range uint32(len(r.idx.NameEntity)) {
			r.view(ni, &v)
			if b := nearBucket(looseSkeleton(&v.m)); len(b) == 2 {
				r.near[b] = append(r.near[b], ni)
			}
		}
	})
	return r.near
}

// nearBucket is the first two letters of a loose skeleton: names whose skeletons start alike
// are compared.
func nearBucket(loose string) string { return loose[:min(2, len(loose))] }

// wholeKey returns the keys of m's significant words written as one word.
func wholeKey(m *mention) string {
	var b strings.Builder
	for _, t := range m.tokens {
		if t.significant() {
			b.WriteString(t.key)
		}
	}
	return b.String()
}

// looseSkeleton returns the consonants of m's significant words, folded (not keyed: a key
// writes j as zh) and written as one word, with the
// consonants merged that transcriptions into other sound systems confuse: b p f v w; k g q c
// x j (Chinese writes Kyiv 基辅 Jifu, with j for k); s z; d t; l r (Chinese and Japanese have
// one of them). Vowels, y and h are dropped: Chinese transcriptions add vowels (莫斯科, Mo
// Sike, for Moscow).
func looseSkeleton(m *mention) string {
	out := make([]byte, 0, 16)
	for _, t := range m.tokens {
		if !t.significant() {
			continue
		}
		for i := 0; i < len(t.text); i++ {
			c := t.text[i]
			switch c {
			case 'a', 'e', 'i', 'o', 'u', 'y', 'h':
				continue
			case 'p', 'f', 'v', 'w':
				c = 'b'
			case 'g', 'q', 'c', 'x', 'j':
				c = 'k'
			case 'z':
				c = 's'
			case 't':
				c = 'd'
			case 'r':
				c = 'l'
			}
			if c >= 0x80 || c == ' ' || c == '-' {
				continue
			}
			if n := len(out); n > 0 && out[n-1] == c {
				continue
			}
			out = append(out, c)
		}
	}
	return string(out)
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
