package entity

import (
	"cmp"
	"math/bits"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/namecanon/namecanon/entity/internal/index"
	"github.com/namecanon/namecanon/translit"
)

// nearWeight scales the resemblance of a near miss into its score: a near miss never scores
// more than 0.5, below what the scoring rules give any name they accept at the default
// threshold, so Candidates lists it after them.
const nearWeight = 0.5

// nearBudget is how many names each source of near misses (the index, the loose skeletons)
// gives at most: the work of a near miss is bounded whatever the size of the table.
const nearBudget = 512

// nearVisit is how many names of the vocabulary words a mention meets indexNeighbours
// looks at, to choose nearBudget of them.
const nearVisit = 4096

// nearFloor is the least resemblance a near miss needs to be listed at all.
const nearFloor = 0.5

// nearMisses appends to cands, up to n entities in all, the entities that the scoring rules
// rejected or the index did not reach, by the resemblance of their names to q: up to
// nearBudget names the index meets for q (indexNeighbours), compared by their keys written as
// one word; and, for a mention romanized from another script, up to nearBudget names whose
// loose skeleton is the mention's or one edit from it (looseNeighbours), compared by loose
// skeleton too. The work is bounded whatever the size of the table.
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
	// The k entities that may still be listed (not in cands, of an allowed kind) with the
	// best near misses so far, best first: once there are k, a name whose resemblance
	// cannot reach the k-th score can change nothing that is listed (an entity's best only
	// rises), and its edit distance is not computed whole.
	k := n - len(cands)
	type top struct {
		entity int
		score  float64
	}
	tops := make([]top, 0, k+1)
	listable := func(e int, ni uint32) bool {
		return !have[r.tbl.At(e).ID] && cfg.allows(r.kindOf(ni))
	}
	raise := func(e int, score float64) {
		i := slices.IndexFunc(tops, func(t top) bool { return t.entity == e })
		if i < 0 {
			tops = append(tops, top{e, score})
			i = len(tops) - 1
		}
		tops[i].score = score
		for ; i > 0 && tops[i].score > tops[i-1].score; i-- {
			tops[i], tops[i-1] = tops[i-1], tops[i]
		}
		tops = tops[:min(len(tops), k)]
	}
	sc := r.getScratch()
	defer r.putScratch(sc)
	var kbuf, lbuf []byte
	try := func(names []uint32) {
		for _, ni := range names {
			least := nearFloor
			if len(tops) == k && !r.nearUnbounded {
				// round3(nearWeight*sim) < the k-th score whenever sim is below this.
				least = max(least, (tops[k-1].score-0.0005)/nearWeight)
			}
			// wholeKey and looseSkeleton of the name, from its vocabulary words.
			words, _ := r.idx.NameWords(ni)
			kbuf, lbuf = kbuf[:0], lbuf[:0]
			for _, w := range words {
				if t := &r.words[w]; t.significant() {
					kbuf = append(kbuf, t.key...)
					if loose {
						lbuf = appendClasses(lbuf, t.text, &looseClasses)
					}
				}
			}
			nKey := string(kbuf)
			keySim := translit.SimilarityAtLeast(qKey, nKey, least)
			sim := keySim
			if loose && len(lbuf) >= 2 {
				sim = max(sim, translit.SimilarityAtLeast(qLoose, string(lbuf), least))
			}
			if sim < least {
				continue
			}
			if keySim < least {
				// The tie-break below, exactly (SimilarityAtLeast may give 0 below least).
				keySim = translit.Similarity(qKey, nKey)
			}
			score := round3(nearWeight * sim)
			e := int(r.idx.NameEntity[ni])
			if old, ok := best[e]; ok && (old.score > score || old.score == score && old.keySim >= keySim) {
				continue
			}
			best[e] = near{ni, score, keySim}
			if k > 0 && (len(tops) < k || score > tops[len(tops)-1].score || slices.ContainsFunc(tops, func(t top) bool { return t.entity == e })) && listable(e, ni) {
				raise(e, score)
			}
		}
	}
	r.indexNeighbours(q, sc, nearBudget, try)
	if loose {
		r.looseNeighbours(qLoose, nearBudget, try)
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

// indexNeighbours calls try with up to budget of the names the index meets for q: the names
// met by the most mention words, then, of at most nearVisit names of the vocabulary words
// met, the rarest words first (a rare surname says more than a common given name), those that
// meet the most mention words.
func (r *Resolver) indexNeighbours(q *mention, sc *scratch, budget int, try func([]uint32)) {
	x := r.idx
	r.lookup(q, sc)
	first := slices.Clone(sc.first[:min(len(sc.first), budget)])
	budget -= len(first)
	words := slices.Clone(sc.words.ids)
	rows := func(w uint32) uint32 { return x.WordNames.Off[w+1] - x.WordNames.Off[w] }
	slices.SortFunc(words, func(a, b uint32) int { return cmp.Or(cmp.Compare(rows(a), rows(b)), cmp.Compare(a, b)) })
	try(first)
	type met struct {
		name  uint32
		words int // mention words the name meets
	}
	seen := &sc.seen // names looked at (mask 1)
	var more []met
	visited := 0
	for _, w := range words {
		for _, n := range x.WordNames.Row(w) {
			if visited == nearVisit {
				break
			}
			visited++
			if x.NameFlags[n]&nameAsWritten != 0 || !seen.or(n, 1) {
				continue
			}
			m := sc.names.get(n) // joined keys
			ws, _ := x.NameWords(n)
			for _, nw := range ws {
				m |= sc.words.get(nw)
			}
			more = append(more, met{n, bits.OnesCount16(m)})
		}
	}
	slices.SortStableFunc(more, func(a, b met) int { return cmp.Compare(b.words, a.words) })
	names := make([]uint32, 0, budget)
	for _, m := range more[:min(len(more), budget)] {
		names = append(names, m.name)
	}
	try(names)
}

// indexLoose indexes every name by the hash of its whole loose skeleton, when that has two
// letters or more: about fifteen bytes a name, made once, on every core.
func (r *Resolver) indexLoose() {
	n := len(r.idx.NameEntity)
	keys := make([]uint64, n) // 0: no skeleton of two letters
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var v nameView
			var buf []byte
			for ni := w; ni < n; ni += workers {
				r.view(uint32(ni), &v)
				if buf = appendLooseSkeleton(buf[:0], &v.m); len(buf) >= 2 {
					keys[ni] = index.Hash(termLoose, string(buf))
				}
			}
		}()
	}
	wg.Wait()
	pairs := make([]index.Pair, 0, n)
	for ni, k := range keys {
		if k != 0 {
			pairs = append(pairs, index.Pair{Key: k, Val: uint32(ni)})
		}
	}
	r.loose = index.NewPostings(pairs)
}

// looseAlphabet is the letters a loose skeleton is written in, bar the rare ones it keeps
// (digits, other ASCII consonants never occur: every ASCII consonant is merged into these).
const looseAlphabet = "bdklmns"

// looseNeighbours calls try with the names whose loose skeleton is l or one edit of the
// loose alphabet away from it (a letter added, dropped or changed: 莫斯科 Mosike msk meets
// Moscow mskb), nearest first, until budget names are given. The work is bounded by the
// length of l, whatever the size of the table.
func (r *Resolver) looseNeighbours(l string, budget int, try func([]uint32)) {
	seen := map[string]bool{}
	give := func(s string) {
		if budget <= 0 || len(s) < 2 || seen[s] {
			return
		}
		seen[s] = true
		names := r.loose.Get(index.Hash(termLoose, s))
		names = names[:min(len(names), budget)]
		budget -= len(names)
		try(names)
	}
	give(l)
	buf := make([]byte, 0, len(l)+1)
	for i := range len(l) {
		give(l[:i] + l[i+1:])
	}
	for i := 0; i <= len(l); i++ {
		for _, c := range []byte(looseAlphabet) {
			buf = append(append(append(buf[:0], l[:i]...), c), l[i:]...)
			give(string(buf))
			if i < len(l) && c != l[i] {
				buf = append(append(append(buf[:0], l[:i]...), c), l[i+1:]...)
				give(string(buf))
			}
		}
	}
}

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
func looseSkeleton(m *mention) string { return string(appendLooseSkeleton(make([]byte, 0, 16), m)) }

// appendLooseSkeleton appends the loose skeleton of m to out.
func appendLooseSkeleton(out []byte, m *mention) []byte {
	for _, t := range m.tokens {
		if t.significant() {
			out = appendClasses(out, t.text, &looseClasses)
		}
	}
	return out
}

// looseClasses are the letter classes of the loose skeleton; spaces, hyphens and the bytes
// of other scripts are left out.
var looseClasses = func() [256]byte {
	t := letterClasses("aeiouyh -", "bpfvw", "kgqcxj", "sz", "dt", "lr")
	for c := 0x80; c < 0x100; c++ {
		t[c] = 0
	}
	return t
}()

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
