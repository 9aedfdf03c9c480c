package translit

import (
	"fmt"
	"strconv"
	"sync"
	"unicode/utf8"
)

// costTable holds data/costs.tsv: the edit costs of key letters.
type costTable struct {
	sub   [128][128]float64 // substitution cost of two ASCII key letters
	indel [128]float64      // cost of inserting or deleting one ASCII key letter
	// minIndel is the cheapest insertion or deletion (1 for a letter outside ASCII).
	minIndel float64
	// reach is the cheapest chain of substitutions from one letter to another, index 0
	// standing for a deletion at the end of it (see countBound).
	reach [128][128]float64
}

var loadCosts = sync.OnceValue(func() *costTable {
	ct, err := parseCosts(mustReadData("costs.tsv"))
	if err != nil {
		panic(err) // embedded data; TestCostsExamples proves it parses
	}
	return ct
})

func parseCosts(text string) (*costTable, error) {
	rows, err := readTSV("costs.tsv", text, "a", "b", "cost", "example")
	if err != nil {
		return nil, err
	}
	ct := new(costTable)
	defer func() {
		ct.minIndel = 1
		for _, c := range ct.indel {
			ct.minIndel = min(ct.minIndel, c)
		}
		// reach: the cheapest paths over substitutions, with deletion as letter 0.
		for a := range 128 {
			for b := range 128 {
				ct.reach[a][b] = ct.sub[a][b]
			}
			if a != 0 {
				ct.reach[a][0], ct.reach[0][a] = ct.indel[a], ct.indel[a]
			}
		}
		for k := range 128 {
			for a := range 128 {
				for b := range 128 {
					ct.reach[a][b] = min(ct.reach[a][b], ct.reach[a][k]+ct.reach[k][b])
				}
			}
		}
	}()
	for a := range 128 {
		ct.indel[a] = 1
		if isVowel(byte(a)) {
			ct.indel[a] = 0.6
		}
		for b := range 128 {
			switch {
			case a == b:
			case isVowel(byte(a)) && isVowel(byte(b)):
				ct.sub[a][b] = 0.7
			default:
				ct.sub[a][b] = 1
			}
		}
	}
	for _, r := range rows {
		a, b := r.fields[0], r.fields[1]
		cost, err := strconv.ParseFloat(r.fields[2], 64)
		if err != nil || cost < 0 || cost > 1 {
			return nil, fmt.Errorf("costs.tsv:%d: cost: want a number in [0,1], got %q", r.line, r.fields[2])
		}
		if len(a) != 1 || a[0] >= utf8.RuneSelf || (len(b) != 1) || b[0] >= utf8.RuneSelf {
			return nil, fmt.Errorf("costs.tsv:%d: a, b: want one ASCII letter or -", r.line)
		}
		switch {
		case b == "-":
			ct.indel[a[0]] = cost
		case a == "-":
			ct.indel[b[0]] = cost
		default:
			ct.sub[a[0]][b[0]], ct.sub[b[0]][a[0]] = cost, cost
		}
	}
	return ct, nil
}

// maxCompare caps the runes of a key that Distance compares: the cost is quadratic.
const maxCompare = 64

// Distance returns the weighted edit distance between two name keys (see [Key]): the
// cheapest way to turn a into b by substituting, inserting, deleting and swapping
// neighbouring letters, where the edits that press conventions explain cost less
// (data/costs.tsv: e for i 0.3, b for v 0.4, a dropped h 0.4, …). Its unit is the byte: key
// letters are ASCII, and any other letter costs one edit per byte. Keys longer than 64 bytes
// are compared on their first 64. Distance(a, b) == Distance(b, a).
func Distance(a, b string) float64 {
	a, b = a[:min(len(a), maxCompare)], b[:min(len(b), maxCompare)]
	ct := loadCosts()
	var rows [3][maxCompare + 1]float64
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 1; j <= len(b); j++ {
		prev[j] = prev[j-1] + ct.indelOf(b[j-1])
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = prev[0] + ct.indelOf(a[i-1])
		for j := 1; j <= len(b); j++ {
			ca, cb := a[i-1], b[j-1]
			best := prev[j-1] + ct.subOf(ca, cb)
			best = min(best, prev[j]+ct.indelOf(ca), cur[j-1]+ct.indelOf(cb))
			if i > 1 && j > 1 && ca == b[j-2] && a[i-2] == cb && ca != cb {
				best = min(best, prev2[j-2]+0.5)
			}
			cur[j] = best
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

func (ct *costTable) subOf(a, b byte) float64 {
	if a == b {
		return 0
	}
	if a >= utf8.RuneSelf || b >= utf8.RuneSelf {
		return 1
	}
	return ct.sub[a][b]
}

func (ct *costTable) indelOf(a byte) float64 {
	if a >= utf8.RuneSelf {
		return 1
	}
	return ct.indel[a]
}

// Similarity returns how alike two name keys are, in [0,1]: 1 - Distance(a, b) divided by
// the longer key's length in bytes (two empty keys are alike: 1). Every edit costs at most
// 1, so the result is never negative; a key against an empty one scores what deleting its
// letters costs (vowels are cheap: Similarity("", "ali") is about 0.37).
// Similarity("sibiha", "sivia") is about 0.87: Sybiha and Sivya, a real published pair.
func Similarity(a, b string) float64 {
	n := max(min(len(a), maxCompare), min(len(b), maxCompare))
	if n == 0 {
		return 1
	}
	return 1 - Distance(a, b)/float64(n)
}

// SimilarityAtLeast returns Similarity(a, b) when that is at least least. Otherwise it
// returns Similarity(a, b) or 0, whichever it knows first: it gives up as soon as the keys'
// lengths, or one row of the edit-distance table, show that the distance is beyond what
// least allows. It returns exactly what Similarity does for every pair that can pass, for
// a fraction of the cost on pairs that cannot, which are most pairs a search compares.
func SimilarityAtLeast(a, b string, least float64) float64 {
	a, b = a[:min(len(a), maxCompare)], b[:min(len(b), maxCompare)]
	n := max(len(a), len(b))
	if n == 0 {
		return 1
	}
	if least <= 0 {
		return Similarity(a, b)
	}
	// Similarity >= least  ⇔  Distance <= (1-least)·n; the slack keeps rounding from
	// pruning a pair that Similarity would pass.
	limit := (1-least)*float64(n) + 1e-9
	ct := loadCosts()
	if d := len(a) - len(b); float64(max(d, -d))*ct.minIndel > limit {
		return 0
	}
	if countBound(ct, a, b) > limit+1e-9 {
		return 0
	}
	d, ok := distanceWithin(ct, a, b, limit)
	if !ok {
		return 0
	}
	return 1 - d/float64(n)
}

// countBound is a lower bound of Distance(a, b) from the letters alone, whatever their
// order. A letter that a has more times than b is, each time, deleted or substituted (a swap
// keeps its letters). A substitution by a letter that b has no more of than a leaves one of
// a's copies of that letter to be edited in turn: each surplus letter starts a chain of
// edits of its own that ends in a deletion or in a letter b has more of. Such a chain costs
// at least ct.reach (the cheapest path between the two letters over substitutions, or to a
// deletion), so the sum over a's surplus letters of the cheapest reach is a bound, and so is
// b's: the larger of the two is returned. It spares the edit-distance table for most pairs
// of unrelated words (Zelenskyy and Trump).
func countBound(ct *costTable, a, b string) float64 {
	var count [256]int8 // keys are compared on at most maxCompare bytes
	for i := 0; i < len(a); i++ {
		count[a[i]]++
	}
	for i := 0; i < len(b); i++ {
		count[b[i]]--
	}
	var pa, pb [maxCompare]byte // the surplus letters of a and of b, each once
	var ka, kb [maxCompare]int8 // and how many times
	na, nb := 0, 0
	for i := 0; i < len(a); i++ {
		if c := a[i]; count[c] > 0 {
			pa[na], ka[na] = c, count[c]
			na++
			count[c] = 0
		}
	}
	for i := 0; i < len(b); i++ {
		if c := b[i]; count[c] < 0 {
			pb[nb], kb[nb] = c, -count[c]
			nb++
			count[c] = 0
		}
	}
	side := func(p, q []byte, k []int8) float64 {
		sum := 0.0
		for i, c := range p {
			least := ct.reachOf(c, 0)
			for _, d := range q {
				least = min(least, ct.reachOf(c, d))
			}
			sum += float64(k[i]) * least
		}
		return sum
	}
	return max(side(pa[:na], pb[:nb], ka[:na]), side(pb[:nb], pa[:na], kb[:nb]))
}

// reachOf is ct.reach of two letters (d 0: to a deletion); outside ASCII every edit costs 1.
func (ct *costTable) reachOf(c, d byte) float64 {
	if c >= utf8.RuneSelf || d >= utf8.RuneSelf {
		return 1
	}
	return ct.reach[c][d]
}

// distanceWithin is Distance, stopping with ok false once every cell of two neighbouring
// rows exceeds limit: each later cell adds a nonnegative cost to one of them (a swap reaches
// back two rows, hence two).
func distanceWithin(ct *costTable, a, b string, limit float64) (float64, bool) {
	var rows [3][maxCompare + 1]float64
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	prevMin := 0.0
	for j := 1; j <= len(b); j++ {
		prev[j] = prev[j-1] + ct.indelOf(b[j-1])
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = prev[0] + ct.indelOf(a[i-1])
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			ca, cb := a[i-1], b[j-1]
			best := prev[j-1] + ct.subOf(ca, cb)
			best = min(best, prev[j]+ct.indelOf(ca), cur[j-1]+ct.indelOf(cb))
			if i > 1 && j > 1 && ca == b[j-2] && a[i-2] == cb && ca != cb {
				best = min(best, prev2[j-2]+0.5)
			}
			cur[j] = best
			rowMin = min(rowMin, best)
		}
		if rowMin > limit && prevMin > limit {
			return 0, false
		}
		prevMin = rowMin
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)], true
}
