package entity

import (
	"math"
	"slices"
	"strings"

	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/translit"
)

// Token-level thresholds. A word pair at or above tokenMin counts as the same word; a
// surname pair down to weakMin may still count when the rest of the name is spelled alike.
const (
	shortKey    = 3    // words whose keys are shorter meet only by equal keys
	syllableMin = 0.9  // words joined from hyphenated syllables: one syllable changed is another name (Jae-yong, Jae-myung)
	compoundMin = 0.92 // one word against two joined: Mohammedreza, Gholamhossein (not Jong-pil for Jong Il)
	tokenMin    = 0.84
	pressMin    = 0.9 // a Cyrillic rendering whose consonants meet a Western name's (rupress.go)
	weakMin     = 0.66
)

// TokenMatch explains how one word of the mention met one word of the table name.
type TokenMatch struct {
	Query string  `json:"query"` // the mention's word, folded
	Alias string  `json:"alias"` // the table name's word, folded
	Score float64 `json:"score"` // in [0,1]
	Rule  string  `json:"rule"`  // exact, key, convention, cognate, initial, prefix, inflection, edit, consonants, transcription, compound, weak
}

// wordSim scores two words and names the rule that scored them.
func wordSim(q, n *token) (float64, string) {
	return wordSimEnd(q, n, true)
}

// wordSimEnd is wordSim; strictEnd says whether two different vowel endings make two
// different words (see endClass). They do for a person's names and for the last word of a
// place or body; not for the adjective in front (Nagorny and Nagorno Karabakh).
func wordSimEnd(q, n *token, strictEnd bool) (float64, string) {
	switch {
	case q.text == n.text:
		return 1, "exact"
	case q.initial || n.initial:
		if q.text[0] == n.text[0] || q.key != "" && n.key != "" && q.key[0] == n.key[0] {
			return 0.9, "initial"
		}
		return 0, ""
	case q.key == n.key && q.key != "":
		return 0.97, "key"
	}
	lx := loadLexicon()
	if g := lx.cognate(q); g != 0 && g == lx.cognate(n) {
		return 0.95, "cognate"
	}
	if lx.hypocoristic(q, n) {
		return 0.95, "cognate" // a short form of the name (Mo Salah, Tony Blair): one name's forms
	}
	if g := lx.cognate(n); g != 0 {
		for _, v := range q.variants {
			if lx.cognates["\x00"+v] == g {
				return 0.95 * 0.95, "cognate" // a cognate in a case form: Sergejem, Olafem
			}
		}
	}
	if min(len(q.key), len(n.key)) < shortKey {
		// Short words meet only as written or by equal keys: He is not Ge, But is not Yibuti.
		// A word of three letters or more also meets the English key of a name under another
		// press convention (German and Polish Jar for Yar), unless either is a pinyin
		// syllable, where j and y are two sounds (Jin is not Yin).
		if len(q.text) >= 3 && len(n.text) >= 3 && !lx.pinyin[q.text] && !lx.pinyin[n.text] && contains(q.keys[1:], n.key) {
			return 0.95, "convention"
		}
		return 0, ""
	}
	best, rule := 0.0, ""
	for _, kq := range q.keys {
		if contains(n.keys, kq) && !russianEraOnly(q.text, kq, n.key) {
			return 0.95, "convention"
		}
	}
	for _, kq := range q.sameKeys {
		if contains(n.keys, kq) {
			return 0.95, "convention"
		}
	}
	if finalAh(q, n) || finalAh(n, q) {
		return 0.95, "convention"
	}
	// sim is the similarity of two keys where it can still count: below max(0.6, best) it
	// may give 0 instead (translit.SimilarityAtLeast stops early), which changes nothing
	// here, since every rule below multiplies by at most 1, needs more than best to count,
	// and tests best only against bounds of 0.6 and above.
	sim := func(a, b string) float64 { return translit.SimilarityAtLeast(a, b, max(0.6, best)) }
	try := func(s float64, r string, a, b string) {
		if ea, eb := endClass(a), endClass(b); strictEnd && ea != eb && ea != 'c' && eb != 'c' && len(a) >= 4 && len(b) >= 4 && !(q.abjad && abjadFinalVav(a, b)) {
			s *= 0.75 // a different ending is a different name: Zelenko, Zelenska, Putina
		}
		if s > best {
			best, rule = s, r
		}
	}
	for _, kq := range q.keys {
		try(sim(kq, n.key), "edit", kq, n.key)
	}
	for _, kn := range n.keys[1:] {
		try(sim(q.key, kn), "edit", q.key, kn)
	}
	if best < syllableMin && best >= 0.6 {
		// Both spellings in other conventions than English: German Tichanowskaja against
		// Belarusian Latin Tsikhanouskaya. Tried last, and only for near misses: it is the
		// costliest comparison.
		for _, kq := range q.keys[1:] {
			for _, kn := range n.keys[1:] {
				try(sim(kq, kn), "edit", kq, kn)
			}
		}
	}
	for _, v := range q.variants {
		if endClass(v) != endClass(n.key) {
			continue // the nominative must end as the name does: Zelenska is not a case of Zelenskyy
		}
		// A case ending read back counts a little less than a word as written.
		if v == n.key || contains(n.keys, v) {
			if best < 0.95 {
				best, rule = 0.95, "inflection"
			}
			continue
		}
		try(sim(v, n.key)*0.95, "inflection", v, n.key)
	}
	if k := n.key; best < tokenMin && len(k) >= 5 && k[len(k)-1] == 's' && !strings.HasSuffix(q.key, "s") && plural(k) {
		// A name in the English plural (Houthis) and a mention of one (Huthi). An s after a,
		// o or u is no English plural but part of the word: Hama is not Hamas.
		try(sim(q.key, k[:len(k)-1])*0.95, "inflection", q.key, k[:len(k)-1])
	}
	if q.lr && best < tokenMin {
		// Kana and Hangul write a foreign name syllable by syllable (メルケル Merukeru, 트럼프
		// Teureompeu): the spellings it may stand for (cjk.go, transcriptionSim), tried before
		// the consonants alone, which are too little for a name of one word.
		if s, f, k := transcriptionSim(q, n); s > 0 {
			try(s*0.97, "transcription", f, k)
		}
	}
	if q.abjad && best < tokenMin {
		// Arabic and Hebrew script write few vowels and the romanization guesses the rest
		// (دونالد ترامب gives Dunalid Taramib): compare the consonants.
		if a, b := consonants(q.key), consonants(n.key); len(a) >= 2 && len(b) >= 2 {
			if q.lr {
				// Kana and Hangul have one letter for l and r: ショルツ Shorutsu is Scholz.
				a, b = strings.ReplaceAll(a, "l", "r"), strings.ReplaceAll(b, "l", "r")
			}
			try(sim(a, b)*0.97, "consonants", q.key, n.key)
		}
	}
	if q.cyrillic && !n.cyrillic && best < tokenMin && len(q.text) >= 3 && len(n.text) >= 3 {
		// The Russian press writes a Western name by its sounds (Джеймс Dzheyms for James,
		// Найджел Naydzhel for Nigel, Рейчел Ривз for Rachel Reeves): the consonants of the
		// two, in the classes of data/ru_press.tsv, must agree one for one. Consonants alone,
		// so a name of one word is not met by this alone (see scoreName).
		if q.press != nil || q.pressVariants != nil {
			nc := pressClasses(n.text, false)
			if q.press != nil && pressMatch(q.press, nc) && pressMin > best {
				best, rule = pressMin, "consonants"
			}
			for _, a := range q.pressVariants {
				// A case form read back (Фараджем, Faradzhem: Faradzh): a little less.
				if pressMatch(a, nc) && pressMin*0.95 > best {
					best, rule = pressMin*0.95, "consonants"
				}
			}
		}
	}
	if len(q.text) >= 4 && 2*len(q.text) >= len(n.text) && strings.HasPrefix(n.text, q.text) && n.text[len(q.text):] != "s" && best < 0.85 {
		best, rule = 0.85, "prefix" // Siraj for Sirajuddin (a lone s is the plural rule's: Hama is not Hamas)
	}
	return best, rule
}

// endClass sorts a key by how it ends: open vowels (a e o), i, u, or a consonant. Slavic name
// endings in two different vowel classes mark different names or a man and a woman of one
// family (Zelensky and Zelenko, Zelensky and Zelenska), not two spellings of one name. A
// vowel against a consonant is left alone: Dnepr and Dnipro, Putina (Russian genitive) and
// Putin, Ukrainy (Polish genitive) and Ukraine.
// abjadFinalVav reports whether one key ends in u and the other in o: in Arabic script one
// letter, و, writes both at the end of a word (بھٹو Bhutto, read Bhatu).
func abjadFinalVav(a, b string) bool {
	x, y := a[len(a)-1], b[len(b)-1]
	return x == 'u' && y == 'o' || x == 'o' && y == 'u'
}

func endClass(k string) byte {
	if k == "" {
		return 0
	}
	if n := len(k); n >= 2 && k[n-1] == 'i' && isVowelByte(k[n-2]) {
		return 'c' // a diphthong (Taipei, Khamenei, Dubai) ends like a consonant: Taipeh
	}
	switch k[len(k)-1] {
	case 'a', 'e', 'o':
		return 'a'
	case 'i':
		return 'i'
	case 'u':
		return 'u'
	}
	return 'c'
}

// nameScore is the outcome of matching a mention against one table name.
type nameScore struct {
	score  float64
	method Method
	tokens []TokenMatch
	// extra is the index + 1 of a mention word after the whole name that scoreName took for
	// one more family name (Daniel Noboa Azín), 0 if none: the resolver checks that it names
	// no entity of its own.
	extra int
	// countryLed: the mention left out the country or nationality that leads a body's name
	// (Aramco for Saudi Aramco), which only an organization's name may do.
	countryLed bool
	// family is the index + 1 of the name's last word met when only givenAndFamily accepted
	// the match (Daniel Noboa for Daniel Noboa Azín), 0 otherwise: the resolver asks the name
	// as written for more (Resolver.familyLeftOff).
	family int
	// front: the mention's words before the name are given names that a full name carries
	// before the name in use (leadingGivenNames: Arthur Peter Mutharika), which no word of the
	// name explains.
	front bool
	// countryFront: the mention's first word is a country's name before a body's whole name
	// (countryFront: Bangladesh Awami League), which no word of the name explains.
	countryFront bool
	// formal is 1 when only formalCity accepted the match (Quito for San Francisco de Quito),
	// 2 when it did so if the mention is a town of data/places (Bandung for Kota Bandung), 0
	// otherwise: kindRules asks that the entity be a place.
	formal int
}

// scoreName aligns the mention's words with the name's words, order-free, and scores the
// pair. It returns a zero score when the two name different people (a word in the mention
// disagrees with a word of the name) or when too little of the name is matched.
func scoreName(q, n *mention, person bool) nameScore {
	nq, nn := len(q.tokens), len(n.tokens)
	if nq == 0 || nn == 0 {
		return nameScore{}
	}
	type pair struct {
		i, j int
		s    float64
		rule string
	}
	lastSig := lastSignificant(n)
	sims := make([]pair, 0, nq*nn)
	for i := range q.tokens {
		for j := range n.tokens {
			if !person && n.tokens[j].initial && q.tokens[i].text != n.tokens[j].text {
				continue // the letters of U.S. or E.U. are not a person's initials (Yulia S.)
			}
			if (n.tokens[j].role == roleSuffix || q.tokens[i].role == roleSuffix) && q.tokens[i].text != n.tokens[j].text {
				continue // a generational suffix or regnal number meets only itself: Abdullah I is not Abdullah II
			}
			s, rule := q.wordSim(i, n, j, person || j == lastSig)
			if s >= weakMin {
				sims = append(sims, pair{i, j, s, rule})
			}
		}
	}
	// Greedy alignment, best pairs first.
	for a := 1; a < len(sims); a++ {
		for b := a; b > 0 && sims[b].s > sims[b-1].s; b-- {
			sims[b], sims[b-1] = sims[b-1], sims[b]
		}
	}
	qm := make([]int, nq) // matched name index + 1
	nm := make([]int, nn)
	// Words written joined on one side and apart on the other, with equal keys, first: Geun Hye
	// and Geun-hye are one name, whatever a prefix of it would score.
	matches := compound(q, n, qm, nm, nil, 0.97)
	var weak *pair
	for k := range sims {
		p := sims[k]
		if qm[p.i] != 0 || nm[p.j] != 0 {
			continue
		}
		if p.s < tokenMin || p.s < syllableMin && (q.tokens[p.i].syllables || n.tokens[p.j].syllables) {
			if weak == nil {
				weak = &sims[k]
			}
			continue
		}
		qm[p.i], nm[p.j] = p.j+1, p.i+1
		matches = append(matches, TokenMatch{q.tokens[p.i].text, n.tokens[p.j].text, round3(p.s), p.rule})
	}
	matches = compound(q, n, qm, nm, matches, compoundMin)

	surname := surnameOf(n, person)
	var uq, un []int
	for i, t := range q.tokens {
		if qm[i] == 0 && t.significant() && !t.patronymic && (!t.initial || !person) {
			uq = append(uq, i) // a middle initial (Joseph R. Biden) contradicts no person
		}
	}
	for j, t := range n.tokens {
		if nm[j] == 0 && t.significant() && !t.patronymic {
			un = append(un, j)
		}
	}
	weakUsed := false
	if person && len(uq) == 1 && len(un) == 1 && weak != nil && weak.i == uq[0] && weak.j == un[0] && weak.j == surname &&
		allExact(matches) && samePrefix(q.tokens[weak.i].key, n.tokens[weak.j].key, 2) &&
		!q.tokens[weak.i].syllables && !n.tokens[weak.j].syllables && !(q.latin && twoNames(&q.tokens[weak.i], &n.tokens[weak.j])) &&
		(!q.latin && !q.consonants || weakConsonants(skeleton(q.tokens[weak.i].key, false), skeleton(n.tokens[weak.j].key, false))) {
		// One surname spelled far apart, the rest of the name alike, the start of the surname
		// the same and, in Latin text, its consonants all but one: Johann Vardepoel for Johann
		// Wadephul (not Alexander Barsukov for Bortnikov, nor Dieter Schäfer for Dieter
		// Schneider). A romanization of another script guesses consonants too (Thai ชาญวีรกูล
		// gives Chanwinkun for Charnvirakul), so there the start alone is asked; an Indic
		// abugida writes every consonant of a native name and is asked as Latin is (සජිත්
		// ප්‍රේමරත්න, Premaratne, is not Sajith Premadasa). Cyrillic is not: it respells the
		// consonants of foreign names (Хания for Haniyeh).
		qm[weak.i], nm[weak.j] = weak.j+1, weak.i+1
		matches = append(matches, TokenMatch{q.tokens[weak.i].text, n.tokens[weak.j].text, round3(weak.s), "weak"})
		uq, un, weakUsed = nil, nil, true
	}
	titleMet := false // the table's first word is a title the mention led with
	if person && len(un) > 0 && len(q.titles) > 0 {
		// A title the mention led with that the table writes as part of the name: Sheikh of
		// Sheikh Hasina, met though parsing took it off the mention (Sheikh Hasina Wazed).
		un = slices.DeleteFunc(un, func(j int) bool {
			if j != firstSignificant(n) || !slices.Contains(q.titles, n.tokens[j].text) {
				return false
			}
			nm[j] = -1
			matches = append(matches, TokenMatch{n.tokens[j].text, n.tokens[j].text, 1, "title"})
			titleMet = true
			return true
		})
	}
	extra := -1
	if person && len(un) == 0 {
		extra = extraFamilyName(q, n, qm, uq)
	}
	// A word in front of the rest of the name, after a title the table writes first, stands
	// between two words of the name: a middle name (Sultan Ahmed Al Jaber for the table's
	// Sultan Al Jaber), not a given name in front of it.
	front := person && leadingGivenNames(q, n, qm, un, matches)
	lead := person && titleMet || front
	if len(matches) == 0 || contradicts(q, n, person, qm, uq, un, extra, lead) {
		return nameScore{}
	}
	if len(matches) == 1 && matches[0].Rule == "consonants" && !bareSkeleton(q, n, matches[0]) {
		return nameScore{} // consonants alone are too little to go on: أرامكو is not Yermak
	}
	if person && (otherGivenName(q, n, matches, surname) || otherCognate(q, n, matches) || otherSyllableVowel(q, n, matches, surname) || romanceForm(q, n, matches, surname) || otherGivenSpelling(q, n, matches, surname)) {
		return nameScore{} // Samir is not Samira, Viktor not Viktoriia: another given name
	}
	if person && (otherConsonant(q, n, matches) || otherSyllable(q, n, matches) || extraSyllable(q, n, qm) || extraInitial(q, n, qm) || articleNickname(q, n) || shortFamilyEdit(n, matches, un, surname) || otherLetter(q, n, matches, surname) || otherPinyinGiven(q, n, matches, surname)) {
		return nameScore{} // namesakes (namesakes.go): Nikola Jović, Luong Tam Quang, El Chapo, Sen
	}
	if person && len(matches) == 1 && givenOnly(q, matches[0]) {
		return nameScore{} // a given name alone is not a surname it resembles: Hassan is not Hasina, Boris not Borissov
	}
	sum, weight := 0.0, 0.0
	for _, m := range matches {
		w := 1.0
		if j := indexOf(n, m.Alias); j == surname {
			w = 1.5 // the family name weighs most
		}
		sum += w * m.Score
		weight += w
	}
	score := sum / weight
	method := methodOf(matches, weakUsed)
	countryLed, family, formal := false, -1, 0
	if !person && len(uq) > 0 && countryFront(q, qm, uq) {
		if commonWordsOnly(matches) || !allKeyed(matches) || significantCount(n) < 2 {
			return nameScore{} // Kenya Red Cross is Kenya's own: a common name after a country is another body
		}
		countryLed = true // kindRules keeps it to organizations: Bangladesh Dhaka is no place
	}
	countryFirst := countryLed && len(un) == 0
	if len(un) > 0 {
		countryLed = !person && countryLeads(n, un, matches)
		if !countryLed && !partialOK(n, person, nm, un, matches, surname) {
			if person {
				family = givenAndFamily(n, nm, matches, surname) // Daniel Noboa for Daniel Noboa Azín
			} else {
				formal = formalCity(n, nm, matches) // Quito for San Francisco de Quito
			}
			if family < 0 && formal == 0 {
				return nameScore{}
			}
		}
		if person && nasabOnly(q, n, nm, surname) {
			return nameScore{}
		}
		score *= 0.9
		method = MethodPartial
	}
	for range uq {
		score *= 0.97 // extra words in the mention: middle names, a second surname
	}
	for i, t := range q.tokens {
		if qm[i] == 0 && t.patronymic {
			score *= 0.97 // a patronymic is an extra word too, though it contradicts nothing
		}
	}
	if weakUsed {
		score *= 0.95
	}
	switch wordOrder(qm) {
	case orderRotated:
		score *= rotateWeight
	case orderOther:
		if person && !allExact(matches) {
			// Words out of order and spelled otherwise too are another person's name: Kim Un
			// Yong (the sports official) is not Kim Jong Un, Kim Jong Il not Kim Il Sung.
			return nameScore{}
		}
		score *= reorderWeight
	}
	return nameScore{score: score, method: method, tokens: matches, extra: extra + 1, countryLed: countryLed, family: family + 1, formal: formal, front: front, countryFront: countryFirst}
}

// Weights of a name whose words the mention writes in another order. A rotation (the
// family name, or any leading or trailing part, moved to the other end: Rossi Lucia
// Giuseppina, Thu Ngoc Ngo for Ngo Thu Ngoc, Saleh Khalil for Khalil Saleh) is a convention
// of the press: it still meets the name whole ([wholeName]), but below the name in the
// mention's order, so that with both in the table the name as written wins. Any other order
// (Rosa Sofia Rossi for Sofia Rosa Rossi: the given names swapped) names someone else or no
// one: it costs more than the margin, and still resolves when the name is alone.
const (
	rotateWeight  = 0.975
	reorderWeight = 0.94
)

// Word orders of a match, by wordOrder.
const (
	orderKept = iota
	orderRotated
	orderOther
)

// wordOrder tells how the matched words of the name stand in the mention: in the name's
// order, in a rotation of it, or otherwise. qm maps each mention word to its name word + 1, 0
// when unmatched.
func wordOrder(qm []int) int {
	first, last, descents := 0, 0, 0
	for _, j := range qm {
		if j == 0 || j == last {
			continue // unmatched, or the second mention word of a compound (Geun Hye)
		}
		if first == 0 {
			first = j
		} else if j < last {
			descents++
		}
		last = j
	}
	switch {
	case descents == 0:
		return orderKept
	case descents == 1 && last < first:
		return orderRotated
	}
	return orderOther
}

// compound matches a word on one side with two neighbouring unmatched words on the other
// (never abbreviations), when they score at least least: Mohammedreza for Mohammad Reza,
// Gholamhossein for Gholam-Hossein, Seok-youl for Suk Yeol.
func compound(q, n *mention, qm, nm []int, matches []TokenMatch, least float64) []TokenMatch {
	for i := range q.tokens {
		if qm[i] != 0 {
			continue
		}
		for j := 0; j+1 < len(n.tokens); j++ {
			if nm[j] != 0 || nm[j+1] != 0 || n.tokens[j].abbrev || n.tokens[j+1].abbrev || n.tokens[j+1].role == roleSuffix {
				continue
			}
			joined := n.joined[j]
			if legalFormWord(n, j) || legalFormWord(n, j+1) {
				continue // a legal form is no syllable of the name: Airbus is not Airbus SE written as one
			}
			s := translit.SimilarityAtLeast(q.tokens[i].key, joined, least)
			if s < least && q.tokens[i].abjad && sameAbjadConsonants(q.tokens[i].key, joined) {
				s = abjadCompound
			}
			if s >= least {
				qm[i], nm[j], nm[j+1] = j+1, i+1, i+1
				matches = append(matches, TokenMatch{q.tokens[i].text, n.tokens[j].text + " " + n.tokens[j+1].text, round3(s), "compound"})
				break
			}
		}
	}
	for j := range n.tokens {
		if nm[j] != 0 {
			continue
		}
		for i := 0; i+1 < len(q.tokens); i++ {
			if qm[i] != 0 || qm[i+1] != 0 || q.tokens[i].abbrev || q.tokens[i+1].abbrev || q.tokens[i+1].role == roleSuffix {
				continue // an abbreviation is no syllable (N. Novgorod is not Novgorod), a generational suffix none (Rockefeller III)
			}
			joined := q.joined[i]
			s := translit.SimilarityAtLeast(joined, n.tokens[j].key, least)
			if s < least && q.tokens[i].abjad && sameAbjadConsonants(joined, n.tokens[j].key) {
				s = abjadCompound
			}
			if s >= least {
				nm[j], qm[i], qm[i+1] = i+1, j+1, j+1
				matches = append(matches, TokenMatch{q.tokens[i].text + " " + q.tokens[i+1].text, n.tokens[j].text, round3(s), "compound"})
				break
			}
		}
	}
	return matches
}

// abjadCompound is the score of a compound whose consonants alone meet (sameAbjadConsonants).
const abjadCompound = 0.95

// minAbjadConsonants is the fewest consonants on which sameAbjadConsonants decides: fewer are
// too common to tell one name from another.
const minAbjadConsonants = 5

// sameAbjadConsonants reports whether the key q, romanized from Arabic, Persian or Hebrew script,
// has the consonants of the key n, with p for b (Arabic writes p with ب), and at least
// minAbjadConsonants of them. Two words written apart or joined, with vowels the script does
// not write, meet by their consonants: أم درمان (Umm Darman) is Omdurman, غازي عنتاب (Ghazi
// Antab) Gaziantep, مظفر آباد (Mazfar Abad) Muzaffarabad, بورتسودان (Burtasudan) Port Sudan.
func sameAbjadConsonants(q, n string) bool {
	a, b := consonants(q), consonants(n)
	if len(a) < minAbjadConsonants || len(a) != len(b) {
		return false
	}
	for i := range len(a) {
		x, y := a[i], b[i]
		if x == 'p' {
			x = 'b'
		}
		if y == 'p' {
			y = 'b'
		}
		if x != y {
			return false
		}
	}
	return true
}

func allExact(ms []TokenMatch) bool {
	for _, m := range ms {
		if m.Score < 0.97 {
			return false
		}
	}
	return len(ms) > 0
}

// lastSignificant returns the index of the name's surname: its last word that is not a
// particle or a patronymic, or -1.
func lastSignificant(n *mention) int {
	for j := len(n.tokens) - 1; j >= 0; j-- {
		if n.tokens[j].significant() && !n.tokens[j].patronymic {
			return j
		}
	}
	return -1
}

func indexOf(n *mention, text string) int {
	for j := range n.tokens {
		if n.tokens[j].text == text {
			return j
		}
	}
	return -1
}

// weakConsonants reports whether two surnames' consonant skeletons (see skeleton) are the
// evidence the weak rule asks in Latin text: one edit apart, and two consonants or more in
// each, since one says nothing (Gaulle and Harriley both reduce to l: Charles de Gaulle is
// not a Charles Harriley).
func weakConsonants(a, b string) bool {
	return min(len(a), len(b)) >= 2 && oneEdit(a, b, false)
}

// oneEdit reports whether the words a and b are at most one edit apart: one byte substituted,
// inserted or deleted, or, with swaps, two neighbouring bytes swapped. Linear in their length.
func oneEdit(a, b string, swaps bool) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	switch {
	case i == len(a):
		return true // equal, or one byte added at the end
	case len(a) < len(b):
		return a[i:] == b[i+1:] // one byte inserted
	case a[i+1:] == b[i+1:]:
		return true // one byte substituted
	}
	return swaps && i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:] // one swap
}

// samePrefix reports whether keys a and b start with the same n letters.
func samePrefix(a, b string, n int) bool {
	return len(a) >= n && len(b) >= n && a[:n] == b[:n]
}

// significantCount counts the words of m that are not particles or stopwords.
func significantCount(m *mention) int {
	n := 0
	for i := range m.tokens {
		if m.tokens[i].significant() {
			n++
		}
	}
	return n
}

// firstSignificant returns the index of the first word of m that is not a particle, or -1.
func firstSignificant(m *mention) int {
	for i := range m.tokens {
		if m.tokens[i].significant() {
			return i
		}
	}
	return -1
}

// edgesOnly reports whether the unmatched significant words of n all stand before its first
// matched word or after its last one.
func edgesOnly(n *mention, nm []int) bool {
	first, last := -1, -1
	for j := range nm {
		if nm[j] != 0 {
			if first < 0 {
				first = j
			}
			last = j
		}
	}
	for j := first + 1; j < last; j++ {
		if nm[j] == 0 && n.tokens[j].significant() {
			return false
		}
	}
	return true
}

// surnameOf returns the index of the family name of a person's name: its first word when that
// is a family name that leads (data/surname_first.tsv: Xi Jinping, Kim Jong Un), else its last
// word that is not a particle or a patronymic; -1 if none.
func surnameOf(n *mention, person bool) int {
	if person && significantCount(n) >= 2 {
		if f := firstSignificant(n); loadLexicon().surnameFirst[n.tokens[f].text] {
			return f
		}
	}
	return lastSignificant(n)
}

// givenAlone reports whether the first significant word of n is matched and is a given name
// that the press uses alone where names have no family name to use instead
// (data/given_alone.tsv): Tedros for Tedros Adhanom Ghebreyesus, Megawati for Megawati
// Sukarnoputri, Prime Minister Srettha for Srettha Thavisin. The word must meet as written
// or as a spelling of it (a key, a convention, a cognate), not by an edit: a given name alone
// one letter away is another given name (Melis is not Meles Zenawi).
func givenAlone(n *mention, nm []int, matches []TokenMatch) bool {
	f := firstSignificant(n)
	if f < 0 || nm[f] == 0 || significantCount(n) < 2 || !loadLexicon().givenAlone[n.tokens[f].text] {
		return false
	}
	for _, m := range matches {
		if m.Alias == n.tokens[f].text {
			switch m.Rule {
			case "exact", "key", "convention", "cognate", "inflection":
				return true
			}
		}
	}
	return false
}

// givenAndMore reports whether the first significant word of n is matched with two more
// significant words, or with one more joined to it by bin, ibn or ben (Mohammed bin Zayed for
// Mohamed bin Zayed Al Nahyan; but Amir Khan, the boxer, is not Amir Khan Muttaqi).
func givenAndMore(n *mention, nm []int) bool {
	f := firstSignificant(n)
	if f < 0 || nm[f] == 0 {
		return false
	}
	more, nasab := 0, false
	for j := f + 1; j < len(n.tokens); j++ {
		switch t := n.tokens[j].text; {
		case nm[j] != 0 && n.tokens[j].significant():
			more++
		case isNasab(t):
			nasab = nasab || more == 0
		}
	}
	return more >= 2 || more == 1 && nasab
}

// leadingPair reports whether a person's name of three words, its family name last, is met by
// its first two words alone, each as written or by key or convention, in the name's order,
// when the second is no word of the word list (data/wordlist): a name the press shortens by
// its last part (Samia Suluhu for Samia Suluhu Hassan, Hassan being her husband's name; Mette
// Frederiksen's kind of name is two words and never shortened). A second word that is a
// listed personal name or English word may make the two a whole name of someone else (Amir
// Khan is a boxer, not Amir Khan Muttaqi; Ellen Johnson is not Ellen Johnson Sirleaf).
func leadingPair(n *mention, nm, un []int, matches []TokenMatch, surname int) bool {
	f := firstSignificant(n)
	if f < 0 || significantCount(n) != 3 || len(un) != 1 || un[0] != surname || len(matches) != 2 || surname != lastSignificant(n) {
		return false
	}
	sec := -1
	for j := f + 1; j < len(n.tokens); j++ {
		if n.tokens[j].significant() {
			sec = j
			break
		}
	}
	if sec < 0 || sec == surname || nm[f] == 0 || nm[sec] == 0 || nm[f] >= nm[sec] {
		return false // the given name, then the second word, in that order
	}
	for _, m := range matches {
		if m.Score < 0.95 {
			return false
		}
	}
	return loadWordlist().class(n.tokens[sec].text) == unlisted || spanishPatronymic(n.tokens[sec].text)
}

// givenAndFamily returns the word of a person's full legal name of three words or more, its
// family name last, that is the last met when the name is met by its first given name and a
// family name it holds before the last, in the name's order, each as written or by key,
// convention or cognate; or -1. The press writes given name and first surname where the table
// holds middle names and a second (maternal) or hyphenated surname (Daniel Noboa for Daniel
// Noboa Azín, Félix Tshisekedi for Félix Antoine Tshisekedi Tshilombo, Sara Duterte for Sara
// Zimmerman Duterte-Carpio, José Antonio Kast for José Antonio Kast Rist), the devotional
// first name of data/given_first.tsv left off too (Evo Morales for Juan Evo Morales Ayma). The last word met
// is no given name of data/cognates.tsv, data/hypocoristics.tsv, data/given_first.tsv or
// data/given_alone.tsv and no English word of data/wordlist (Luisa María is two given names;
// George Walker is not George Walker Bush). Not for a family name that leads (Kim Jong for Kim
// Jong Un, data/surname_first.tsv), nor a name with bin, ibn or ben (a chain of fathers'
// names); and a devotional first name of data/given_first.tsv (Juan, José, Muhammad) with one
// family name alone is too common a pair: Juan Hernández is not Juan Orlando Hernández
// Alvarado. The resolver then asks the name as written for more (Resolver.familyLeftOff): a
// name of three words shows the Spanish or Portuguese custom, and each word left off is no
// English word (Ellen Johnson is not Ellen Johnson Sirleaf, Martin Luther not Martin Luther
// King). Two entities that hold the pair stay ambiguous: the match is partial (×0.9).
func givenAndFamily(n *mention, nm []int, matches []TokenMatch, surname int) int {
	lx := loadLexicon()
	f := firstSignificant(n)
	if f >= 0 && nm[f] == 0 && lx.givenFirst[n.tokens[f].text] {
		// The devotional first name left off too: Evo Morales for Juan Evo Morales Ayma.
		for j := f + 1; j < len(n.tokens); j++ {
			if n.tokens[j].significant() {
				f = j
				break
			}
		}
	}
	if f < 0 || nm[f] <= 0 || surname < 0 || surname != lastSignificant(n) || nm[surname] != 0 || significantCount(n) < 3 ||
		lx.surnameFirst[n.tokens[f].text] || len(matches) < 2 {
		return -1
	}
	k, met := -1, 0
	for j := range n.tokens {
		if nm[j] > 0 {
			if k >= 0 && nm[j] < nm[k] {
				return -1 // in the name's order
			}
			if k < 0 || nm[j] != nm[k] {
				met++
			}
			k = j
		}
	}
	if k <= f || lx.givenFirst[n.tokens[f].text] && met < 3 {
		return -1
	}
	for _, m := range matches {
		switch m.Rule {
		case "exact", "key", "convention", "cognate", "inflection", "compound":
			if m.Score < 0.95 {
				return -1
			}
		default:
			return -1
		}
	}
	if t := &n.tokens[k]; t.initial || t.abbrev || t.role != roleNone || lx.cognate(t) != 0 || lx.short[t.text] != nil ||
		lx.givenFirst[t.text] || lx.givenAlone[t.text] || loadWordlist().class(t.text) == commonWord {
		return -1
	}
	for j := range n.tokens {
		t := &n.tokens[j]
		if t.role == roleParticle && isNasab(t.text) {
			return -1
		}
		if j > k && t.significant() && (t.initial || t.role != roleNone) {
			return -1
		}
	}
	return k
}

// spanishPatronymic reports whether the folded word w is a Spanish patronymic family name in
// -ez (González, Fernández, Rodríguez, Áñez): no given name ends so, so a name whose second word
// is one is given name, father's family name, mother's (or husband's) family name, and the
// press calls its bearer by the first two (Edmundo González for Edmundo González Urrutia,
// Cristina Fernández for Cristina Fernández de Kirchner).
func spanishPatronymic(w string) bool {
	return len(w) >= 4 && strings.HasSuffix(w, "ez") && w != "inez"
}

// fathersNameAfter reports whether a person's name of two words, the second a common given
// name of data/cognates.tsv (Abiy Ahmed, Mahathir Mohamad, Anwar Ibrahim: the father's given
// name, as Ethiopian, Eritrean, Somali and Malay names are made, not a family name), is met
// by its first word alone, spelled as written or by key or convention, when that first word
// is itself no common given name, title or word of three letters or fewer: such a person is called by the
// given name (Prime Minister Abiy, Mahathir). Mahmoud alone is not Mahmoud Abbas's, nor Mark
// alone Mark Thomas's: the first word is no word of the word list either.
func fathersNameAfter(n *mention, nm, un []int, matches []TokenMatch, surname int) bool {
	f := firstSignificant(n)
	if f < 0 || significantCount(n) != 2 || len(un) != 1 || un[0] != surname || surname != lastSignificant(n) || surname == f ||
		nm[f] == 0 || len(matches) != 1 || matches[0].Score < 0.95 {
		return false
	}
	lx := loadLexicon()
	if len(n.tokens[f].text) < 4 || lx.cognate(&n.tokens[f]) != 0 || lx.cognate(&n.tokens[surname]) == 0 || lx.words[n.tokens[f].text] != roleNone {
		// Not a short word, which is rather a family name that leads (Mo of Mo Yan).
		return false
	}
	// Nor a personal name or English word of the word list (data/wordlist): Mark of Mark
	// Thomas, Christian of Christian Friedrich are given names before a family name that is
	// also a given name, as Anwar of Anwar Ibrahim is too common a name to stand alone.
	return loadWordlist().class(n.tokens[f].text) == unlisted
}

// trailing reports whether some unmatched mention word (of uq) stands after every matched
// one. An Arabic nisba after the name, a word behind al- (Abu Bakr al-Baghdadi al-Qurashi), is
// part of the name and does not count.
func trailing(q *mention, qm []int, uq []int) bool {
	last := -1
	for i := range qm {
		if qm[i] != 0 {
			last = i
		}
	}
	for _, i := range uq {
		if i > last && (i == 0 || q.tokens[i-1].role != roleParticle) {
			return true
		}
	}
	return false
}

// extraFamilyName returns the mention word that may follow a person's whole name as one more
// name of the same person, or -1: a second surname (Spanish and Portuguese: Daniel Noboa
// Azín, Nayib Armando Bukele Ortez for Nayib Bukele), a grandfather's name (Ethiopian and
// Eritrean: Abiy Ahmed Ali for Abiy Ahmed) or another family name the table leaves out. It
// asks that every word of the name be met, in the name's order, by a name of two words or
// more (a one-word name absorbs nothing: Madonna Ciccone is not Madonna); that the word be
// the mention's last and the only word after the name; and that it be name-like: no title,
// suffix (Donald Trump Jr.), designator, calendar word or number, no initial, and not an
// English word written in lower case (data/wordlist: Hamid Karzai International Airport,
// Trump Tower). The resolver then refuses the match when the word alone names another entity
// of the table (Emmanuel Macron Paris, Emmanuel Macron Scholz: see Resolver.namesAlone).
func extraFamilyName(q, n *mention, qm, uq []int) int {
	if len(uq) == 0 || q.reordered || significantCount(n) < 2 || wordOrder(qm) != orderKept {
		return -1
	}
	i := uq[len(uq)-1]
	if i != len(q.tokens)-1 || i == 0 || !familyNameLike(&q.tokens[i]) {
		return -1 // the mention's last word
	}
	if qm[i-1] != 0 {
		return i // right after the name's last
	}
	// Or two family names after a particle (Portuguese and Spanish: Cristiano Ronaldo dos
	// Santos Aveiro): particle, name, name, right after the name's last word.
	if len(uq) >= 2 && uq[len(uq)-2] == i-1 && i >= 3 && q.tokens[i-2].role == roleParticle && !isNasab(q.tokens[i-2].text) &&
		qm[i-2] == 0 && qm[i-3] != 0 && familyNameLike(&q.tokens[i-1]) {
		return i
	}
	return -1
}

// familyNameLike reports whether the mention word t may be one more family name after a
// person's whole name: no title, suffix, designator, calendar word, number, initial or
// patronymic, and no English word of data/wordlist written in lower case.
func familyNameLike(t *token) bool {
	if t.role != roleNone || t.initial || t.abbrev || t.patronymic || len(t.key) < 2 {
		return false
	}
	return loadWordlist().class(t.text) != commonWord
}

// leadingGivenNames reports whether every mention word before the first that meets the name
// is a given name of data/given_first.tsv, one that a full name carries before the name in
// use (Muhammad Nawaz Sharif, José Raúl Mulino for Raúl Mulino), or of data/given_european.tsv,
// whose customs give no son his father's given name after his own (Arthur Peter Mutharika for
// Peter Mutharika, Luiz Inácio Lula da Silva for Lula da Silva), in front of the whole name of
// two words or more, met in order by key or better. Not for a name with bin, ibn or ben, nor
// one that starts with a given name of data/given_alone.tsv: in those customs a name in front
// is a son's or daughter's (Mohammed Osama bin Laden); nor one that starts with a family name
// of data/surname_first.tsv (Mohammed Hun Sen).
func leadingGivenNames(q, n *mention, qm, un []int, matches []TokenMatch) bool {
	if len(un) > 0 || q.reordered || qm[0] != 0 || significantCount(n) < 2 || wordOrder(qm) != orderKept {
		return false
	}
	lx := loadLexicon()
	if f := firstSignificant(n); f < 0 || lx.givenAlone[n.tokens[f].text] || lx.givenFirst[n.tokens[f].text] || lx.surnameFirst[n.tokens[f].text] {
		// Nor before a family name that leads (Hun Sen): a given name there is another person.
		return false
	}
	for _, t := range n.tokens {
		if t.role == roleParticle && isNasab(t.text) {
			return false
		}
	}
	for _, m := range matches {
		if m.Score < 0.95 {
			return false
		}
	}
	for i, t := range q.tokens {
		if qm[i] != 0 {
			return true
		}
		if !lx.givenFirst[t.text] && !lx.givenEuropean[t.text] {
			return false
		}
	}
	return false
}

// round3 rounds a word score to three decimals for Explain, which people read.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

func isVowelByte(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// onlyDesignators reports whether the words of m at indexes idx are all designators.
func onlyDesignators(m *mention, idx []int) bool {
	for _, j := range idx {
		if m.tokens[j].role != roleDesignator {
			return false
		}
	}
	return true
}

// legalFormsOnly reports whether each of the words idx of the name m is a legal form of
// data/legalforms.tsv (Inc, PLC, AG, Corp) or Corporation, which company law puts in a
// company's name and the press leaves out.
func legalFormsOnly(m *mention, idx []int) bool {
	lf := loadLegalForms()
	for _, j := range idx {
		w := m.tokens[j].text
		if _, ok := lf.end[w]; !ok && w != "corporation" {
			if _, ok := lf.start[w]; !ok {
				return false
			}
		}
	}
	return true
}

// withoutLegalForm returns the words idx of the table name m without those that, with the
// particles between them, are a legal form of data/legalforms.tsv where company law writes
// it: the name's last words for a form written after the name (Equinor ASA, Nokia Oyj, ASML
// Holding N.V.), its first for one written before (AB Volvo, PT Pertamina); and whether it
// found one. The press writes a company's name without its form.
func withoutLegalForm(m *mention, idx []int) ([]int, bool) {
	lf := loadLegalForms()
	letters := func(from, to int) string { // the texts of tokens from…to, particles included
		var b strings.Builder
		for j := from; j <= to; j++ {
			b.WriteString(m.tokens[j].text)
		}
		return b.String()
	}
	last := len(m.tokens) - 1
	// idx is sorted: a form at the end is a run of idx that ends at the name's last word, a
	// form at the start one that begins at its first; the longest such run wins.
	for k := 0; k < len(idx); k++ {
		if idx[len(idx)-1] != last || !runOf(m, idx[k:]) {
			continue
		}
		if _, ok := lf.end[letters(idx[k], last)]; ok && idx[k] > 0 {
			return idx[:k], true
		}
	}
	for k := len(idx); k > 0; k-- {
		if idx[0] != 0 || !runOf(m, idx[:k]) {
			continue
		}
		if _, ok := lf.start[letters(0, idx[k-1])]; ok && idx[k-1] < last {
			return idx[k:], true
		}
	}
	return idx, false
}

// onlyFormLeft reports whether the significant words of the table name n that no word of
// the match ms met are a legal form alone (withoutLegalForm): Equinor ASA met by Equinor.
func onlyFormLeft(n *mention, ms []TokenMatch) bool {
	var un []int
	for j := range n.tokens {
		if n.tokens[j].significant() && !slices.ContainsFunc(ms, func(t TokenMatch) bool { return t.Alias == n.tokens[j].text }) {
			un = append(un, j)
		}
	}
	rest, ok := withoutLegalForm(n, un)
	return ok && len(rest) == 0
}

// legalFormWord reports whether word j of the table name n is a legal form of one word of
// data/legalforms.tsv where company law writes it: last for a form after the name (SE of
// Airbus SE), first for one before it (AB of AB Volvo).
func legalFormWord(n *mention, j int) bool {
	lf := loadLegalForms()
	if _, ok := lf.end[n.tokens[j].text]; ok && j == len(n.tokens)-1 && j > 0 {
		return true
	}
	_, ok := lf.start[n.tokens[j].text]
	return ok && j == 0 && len(n.tokens) > 1
}

// runOf reports whether the words idx of m follow one another with only particles and
// stopwords between them.
func runOf(m *mention, idx []int) bool {
	for k := 1; k < len(idx); k++ {
		for j := idx[k-1] + 1; j < idx[k]; j++ {
			if m.tokens[j].significant() {
				return false
			}
		}
	}
	return true
}

// consonants returns a key without its vowels.
func consonants(key string) string {
	b := make([]byte, 0, len(key))
	for i := 0; i < len(key); i++ {
		if !isVowelByte(key[i]) {
			b = append(b, key[i])
		}
	}
	return string(b)
}

// hyphenHead reports whether a place or body name is met by one long word of a hyphenated
// compound, spelled alike, and misses only the other words of that compound: Karabakh for
// Nagorno-Karabakh, Frankivsk for Ivano-Frankivsk, Rostov for Rostov-on-Don.
func hyphenHead(n *mention, un []int, matches []TokenMatch) bool {
	if len(matches) != 1 || matches[0].Score < 0.95 || len(matches[0].Alias) < 4 {
		return false
	}
	j := indexOf(n, matches[0].Alias)
	if j < 0 || !n.tokens[j].hyphen {
		return false
	}
	if len(matches[0].Alias) < 6 && !shortHyphenHead(n, j, matches[0]) {
		return false
	}
	for _, u := range un {
		if !n.tokens[u].hyphen {
			return false
		}
	}
	return true
}

// contradicts reports whether the unmatched words of the mention (uq) and of the name (un)
// say that the two name different entities.
// extra is the mention word that [extraFamilyName] accepts after the whole name, or -1.
// lead says that the words before the name are given names a full name carries first
// ([leadingGivenNames]).
func contradicts(q, n *mention, person bool, qm, uq, un []int, extra int, lead bool) bool {
	if len(uq) > 0 && len(un) > 0 {
		return true // a word of the mention contradicts a word of the name
	}
	if !person && !onlyDesignators(q, uq) && !countryFront(q, qm, uq) {
		return true // Moscow, Idaho; New Taipei; Gazprom Neft: a place or body plus a word is another one
	}
	if person && !q.reordered && len(uq) > 0 && extra < 0 && trailing(q, qm, uq) {
		// A word after the whole name makes it the name of something else: Hamid Karzai
		// International Airport. (After "SURNAME, Given" the given names come first and may
		// run on: MUHAMMAD, Sirajuddin Haqqani Jalaluddin.)
		return true
	}
	for _, i := range uq {
		if q.tokens[i].role == roleSuffix {
			return true // Donald Trump Jr. is not Donald Trump
		}
	}
	for _, j := range un {
		if n.tokens[j].role == roleSuffix {
			return true
		}
	}
	if person && len(uq) > 0 {
		// The first word of a person's name is the given name: another one in front of the
		// name is another person of the family (Hamza Usama bin Laden, Aisha Muammar Qadhafi),
		// and a given name in front of a one-word name makes that name a family name: Tommy
		// Suharto, the son, is not Suharto.
		if first := firstSignificant(q); first >= 0 && qm[first] == 0 && !q.tokens[first].patronymic && !lead {
			return true
		}
	}
	return false
}

// methodOf names how the matched words met.
func methodOf(matches []TokenMatch, weakUsed bool) Method {
	if weakUsed {
		return MethodFuzzy
	}
	method := MethodFolded
	for _, m := range matches {
		switch {
		case m.Rule == "edit" || m.Rule == "prefix" || m.Rule == "inflection" || m.Rule == "consonants" || m.Rule == "transcription" || m.Rule == "compound" && m.Score < 0.97:
			return MethodFuzzy
		case m.Rule != "exact":
			method = MethodPhonetic
		}
	}
	return method
}

// partialOK reports whether a name of which the words un are unmatched may still be the one
// the mention means: a person by the family name, or by the given name and more (Mohammed bin
// Zayed for Mohamed bin Zayed Al Nahyan); a place or body by most of its name, without its
// designator, or by the long word of a hyphenated name.
func partialOK(n *mention, person bool, nm, un []int, matches []TokenMatch, surname int) bool {
	if person {
		return surname >= 0 && nm[surname] != 0 || givenAlone(n, nm, matches) || givenAndMore(n, nm) || leadingPair(n, nm, un, matches, surname) ||
			fathersNameAfter(n, nm, un, matches, surname)
	}
	if !edgesOnly(n, nm) {
		return false // not International Energy Agency for International Atomic Energy Agency
	}
	// Part of a place or organization name must be two words or more and most of the name,
	// or leave out only words like Group (Wagner for Wagner Group), or be the long word of a
	// hyphenated name (Karabakh for Nagorno-Karabakh); but not Futuna for Wallis and Futuna,
	// nor York for New York.
	if rest, ok := withoutLegalForm(n, un); ok {
		if len(rest) == 0 {
			return true // Equinor for Equinor ASA, Volvo for AB Volvo
		}
		un = rest // ASML for ASML Holding N.V.: the designator is left, as for ASML Holding
	}
	if onlyDesignators(n, un) {
		// A common word before a designator other than a legal form is a name of its own:
		// Bell is not Bell Labs, while Shell is Shell plc and Kaspersky Kaspersky Lab.
		return !commonWordsOnly(matches) || legalFormsOnly(n, un)
	}
	if commonWordsOnly(matches) {
		return false // Central Bank is any central bank, not the European Central Bank
	}
	return hyphenHead(n, un, matches) || 2*len(un) <= significantCount(n) && len(matches) >= 2
}

// countryFront reports whether the mention's only word that met nothing, bar designators, is
// its first, the name of a country (CLDR, any language of the default table's countries)
// before the rest of the name: Bangladesh Awami League for Awami League, Pakistan
// Tehreek-e-Insaf; the caller asks that the rest be met by key or better, be a name of two
// words or more and no common English words alone (Kenya Red Cross is not the Red Cross),
// and kindRules keeps it to organizations. A nationality adjective is not taken (Pakistani Taliban is
// another group than the Taliban), nor a country before a one-word name (Pakistan Taliban
// neither: a country's branch of a movement is a body of its own).
func countryFront(q *mention, qm, uq []int) bool {
	f := firstSignificant(q)
	if f < 0 || qm[f] != 0 || !isCountryName(q.tokens[f].text) {
		return false
	}
	for _, i := range uq {
		if i != f && q.tokens[i].role != roleDesignator {
			return false
		}
	}
	return significantCount(q) >= 2
}

// allKeyed reports whether every word match met its name word as written or by a key,
// convention or cognate: no edit, prefix or consonants alone.
func allKeyed(ms []TokenMatch) bool {
	for _, m := range ms {
		if m.Score < 0.95 {
			return false
		}
	}
	return true
}

// countryLeads reports whether the name's only unmatched word is its first, the name of a
// country or a nationality (data/words.tsv adjectives), before the rest of a body's name
// met by key or better, which is not common English words alone: Aramco for Saudi Aramco,
// Evergrande for China Evergrande; not Airlines for Turkish Airlines, nor Communist Party for
// Chinese Communist Party. The caller keeps it to organizations.
func countryLeads(n *mention, un []int, matches []TokenMatch) bool {
	f := firstSignificant(n)
	if len(un) != 1 || un[0] != f || significantCount(n) < 2 || len(matches) == 0 || commonWordsOnly(matches) {
		return false
	}
	if t := n.tokens[f].text; !isCountryName(t) && loadLexicon().words[t] != roleAdjective {
		return false
	}
	for _, m := range matches {
		if m.Score < 0.95 {
			return false
		}
	}
	return true
}

// commonWordsOnly reports whether every word of the mention that met the name is a common
// English word (central, bank, national, party, court): such words say what kind of body a
// name is, not which one, so a part of a name made of them alone names no one in particular.
func commonWordsOnly(matches []TokenMatch) bool {
	wl := loadWordlist()
	for _, m := range matches {
		if wl.class(m.Query) != commonWord {
			return false
		}
	}
	return true
}

// derivedEndings are the endings that make a new place name from another one in the East
// Slavic languages, as keys: Mykolaivka and Pokrovka (-ka, -ivka, -ovka), Krakovets (-ets),
// Krakowiec (Polish -iec, keyed its), Pokrovske and Luhanske (-ske, -skoe), Kurakhove and Kurakhovo (-ove, -ovo, -eve, -evo),
// Kazanka. A mention that is a place's name plus one of them names another place (a village
// named after the town, or the town's region), and a surname made the same way
// (Gomelsky, Kazansky) names a person.
var derivedEndings = []string{"ka", "ke", "ets", "its", "ske", "skoe", "skoie", "ski", "ska", "ove", "ovo", "eve", "evo", "ino", "ine"}

// kindRules applies what the kind of entity says about a match of the mention q with its
// name n: a place is not met by a name derived from it nor by a person's nisba. It returns
// ns, or a zero score when a rule says the two are different things.
func kindRules(q, n *mention, kind alias.Kind, ns nameScore) nameScore {
	if ns.score == 0 {
		return ns
	}
	if ns.countryLed && kind != alias.Org && kind != alias.Other {
		return nameScore{} // Kurdistan is not Iraqi Kurdistan: a place's name keeps its country
	}
	if ns.formal != 0 && (kind != alias.Place || ns.formal == 2 && !loadGazetteer().has(wordsText(q))) {
		return nameScore{} // a city's formal name names a city; Kinabalu (Kota Kinabalu) is no town
	}
	for _, m := range ns.tokens {
		if m.Rule == "exact" {
			continue
		}
		if qt, nt := tokenByText(q, m.Query), tokenByText(n, m.Alias); qt != nil && nt != nil && abjadSkeletonApart(qt, nt) {
			// A short word of Arabic, Persian or Hebrew script names what has its consonants:
			// حمص is not Goma (see abjadSkeletonApart).
			return nameScore{}
		}
	}
	if kind == alias.Person {
		if q.latin && significantCount(q) == 1 && len(ns.tokens) == 1 && lonePersonTown(q, ns.tokens[0]) {
			return nameScore{} // Orba (Spain) is not Viktor Orban, Sala not Mohamed Salah
		}
		if q.latin && significantCount(q) == 1 && len(ns.tokens) == 1 && ns.tokens[0].Rule == "edit" {
			// A lone word that is a real town's name and meets a person's name only by edits
			// that are no slip of the keyboard names the town: Beja (Portugal, Tunisia) is not
			// Paul Biya, Bari not Barr; Marcon, two letters swapped, is still a typo of Macron.
			// And a short lone word one vowel from a short name, a vowel no convention
			// explains, is another word or name, as for places: Ruta is not Ruto, Urban not
			// Orban.
			qt, nt := tokenByText(q, ns.tokens[0].Query), tokenByText(n, ns.tokens[0].Alias)
			if qt != nil && loadGazetteer().has(qt.text) && !typoApart(qt.text, ns.tokens[0].Alias) {
				return nameScore{}
			}
			if qt != nil && nt != nil && len(nt.key) <= shortName && !qt.abjad && (oneVowelApart(qt.key, nt.key) || firstVowelApart(qt.key, nt.key)) {
				return nameScore{}
			}
		}
		return ns
	}
	if ns.score < 0.99 && onlyInitials(q, ns.tokens) {
		// Initials stand for a person's names (A. A. Akhmatova), not a place's or a body's:
		// "A. A." is not Antigua a Barbuda (Czech "a" is "and"). An abbreviation written
		// whole (U. K., U.S.) meets the name folded, at 0.99 or more.
		return nameScore{}
	}
	if kind != alias.Place {
		return ns
	}
	article := false
	for _, t := range q.tokens {
		article = article || t.role == roleParticle && (t.text == "al" || t.text == "el" || t.text == "ad" || t.text == "as" || t.text == "ash" || t.text == "an")
	}
	if anyRule(ns.tokens, "cognate") {
		// Given names' cognates are a person's: San Nicola is not San Nicolás, São Pedro not
		// San Pedro.
		return nameScore{}
	}
	if q.latin && (significantCount(q) > 1 || significantCount(n) > 1) && otherTown(wordsText(q), wordsText(n)) &&
		(ns.method == MethodPartial || anyRule(ns.tokens, "edit") || anyRule(ns.tokens, "inflection")) {
		// A mention of two words or more that is a real town's whole name meets no other
		// town's name by edits, case endings or in part: Cerro Blanco is not Cerro Branco,
		// North Hills not North Hill, São Vicente not São Vicente Ferrer.
		return nameScore{}
	}
	if significantCount(q) == 1 && significantCount(n) == 1 && len(ns.tokens) == 1 {
		// A country's name (CLDR, any of forty languages) is no spelling of a place that is
		// not that country: Oman is not Uman, Cuba not Juba, Turkish Gine (Guinea) not China.
		if qt := tokenByText(q, ns.tokens[0].Query); qt != nil && otherCountry(qt.text, ns.tokens[0].Alias) {
			return nameScore{}
		}
	}
	for _, m := range ns.tokens {
		qt, nt := tokenByText(q, m.Query), tokenByText(n, m.Alias)
		if qt == nil || nt == nil || qt.key == nt.key {
			continue
		}
		if (m.Rule == "edit" || m.Rule == "inflection" || m.Rule == "convention" && qt.plain && translit.KeyUnder(translit.RussianEra, nt.text) != qt.key && !finalAh(qt, nt) && !finalAh(nt, qt)) && (q.latin || q.alphabet && m.Rule == "edit") && significantCount(q) == 1 && significantCount(n) == 1 && otherTown(qt.text, nt.text) {
			// Miesenbach is not Wiesenbach, Buchach not Bucha; nor, where only another
			// language's spelling would join them, Kyjov (Czech) Kyiv or Cuba Juba (Turkish c is
			// j). A word written with that language's letters is its spelling: Łuck is Lutsk;
			// and so is a Russian-era name, which GeoNames lists as a town of its own where
			// the old name of a Ukrainian town is a Russian town's too (Volchansk). Cyrillic
			// and Greek write every vowel, so their romanization is a town's spelling too:
			// Бучач is Buchach, not Bucha. The final h of Arabic names is a spelling, though
			// the gazetteer lists both (Basrah, Basra).
			return nameScore{}
		}
		if significantCount(n) == 1 && (m.Rule == "edit" && !qt.abjad && (oneVowelApart(qt.key, nt.key) || firstVowelApart(qt.key, nt.key)) ||
			m.Rule == "edit" && qt.abjad && writtenVowelApart(qt.key, nt.key) ||
			(m.Rule == "edit" || m.Rule == "convention") && syllablesApart(loadLexicon(), qt.text, nt.text, qt.abjad)) {
			// Giza and Gaza, Mosel and Mosul: one vowel that no convention explains is another
			// place (a convention's vowels, as a/o in Dnipra and Dnipro, cost less than 0.7); so
			// is another first vowel of a short name (firstVowelApart) and another initial of a
			// pinyin or Korean syllable, in any script, even where a key convention would bring
			// the two together (syllablesApart: 锦州 Jinzhou is not Binzhou).
			return nameScore{}
		}
		if q.alphabet && m.Rule == "edit" && syllablesCountApart(qt, nt) {
			return nameScore{} // Белград (Belgrade) is not Belgorod: see syllablesCountApart
		}
		if derivedFrom(qt.key, nt.key) || q.latin && strings.HasSuffix(nt.key, "sk") && qt.key == nt.key+"e" {
			// Latin -ske is the Ukrainian neuter adjective (Luhanske); Cyrillic Луганске is the
			// Russian locative of Луганск.
			return nameScore{} // Mykolaivka is not Mykolaiv, Luhanske not Luhansk
		}
		if (q.latin || article) && nisbaOf(qt.key, nt, article) {
			// al-Baghdadi, Hasan al-Basri: an Arabic nisba (-i, "of Baghdad") names a person.
			// Ukrainian writes the locative so too (у Багдаді), hence Latin text or an article.
			return nameScore{}
		}
	}
	return ns
}

// anyRule reports whether a word of the matches met by rule.
func anyRule(ms []TokenMatch, rule string) bool {
	for _, m := range ms {
		if m.Rule == rule {
			return true
		}
	}
	return false
}

// onlyInitials reports whether every mention word of the matches is an initial.
func onlyInitials(q *mention, ms []TokenMatch) bool {
	for _, m := range ms {
		if qt := tokenByText(q, m.Query); qt == nil || !qt.initial {
			return false
		}
	}
	return len(ms) > 0
}

// tokenByText returns the token of m whose folded text is text, or nil.
func tokenByText(m *mention, text string) *token {
	for i := range m.tokens {
		if m.tokens[i].text == text {
			return &m.tokens[i]
		}
	}
	return nil
}

// derivedFrom reports whether the key q is the key n plus a derivational ending, or n with
// its final vowel replaced by one (Pokrovka from Pokrov, Kazanka from Kazan, Mykolaivka from
// Mykolaiv).
func derivedFrom(q, n string) bool {
	if len(n) < 3 {
		return false
	}
	stems := []string{n}
	if isVowelByte(n[len(n)-1]) {
		stems = append(stems, n[:len(n)-1])
	}
	for _, stem := range stems {
		if rest, ok := strings.CutPrefix(q, stem); ok {
			for _, e := range derivedEndings {
				if rest == e || rest == "iv"+e || rest == "ov"+e || rest == "s"+e {
					return true
				}
			}
		}
	}
	return false
}

// skDerived reports whether the key q names a place made from the place name key n in -sk
// with the suffix replaced by -ka or the Russian -skoe (Slovianka from Sloviansk; Покровское,
// Pokrovskoe, from Pokrovsk). Ask it of a word's own key only: the other keys of a word
// read -ske as -skoe (Красноярске, a case form of Krasnoyarsk), and case forms keep the
// suffix and add a vowel (Pokrovska, Pokrovsku).
func skDerived(q, n string) bool {
	stem, ok := strings.CutSuffix(n, "sk")
	if !ok || len(stem) < 3 {
		return false
	}
	rest, ok := strings.CutPrefix(q, stem)
	return ok && (rest == "ka" || rest == "skoe" || rest == "skoie")
}

// nisbaOf reports whether the key q is the Arabic nisba of the place word n: its key plus i
// when the place ends in a consonant as written (Baghdad, Baghdadi; not Ukraine, whose key
// drops the e: Ukrainy is a Polish genitive) or, after the article (article), its key with a
// final a replaced by i (Basra, al-Basri; without the article Oděsy is a Czech genitive).
func nisbaOf(q string, n *token, article bool) bool {
	k := n.key
	if len(k) < 4 || !strings.HasSuffix(q, "i") || n.text == "" {
		return false
	}
	stem := q[:len(q)-1]
	return !isVowelByte(n.text[len(n.text)-1]) && stem == k || article && k[len(k)-1] == 'a' && stem == k[:len(k)-1]
}

// plural reports whether a key ending in s may be an English plural: after a consonant, e or
// i (Kurds, Houthis), not after a, o or u, where it is part of the word (Hamas).
func plural(k string) bool {
	c := k[len(k)-2]
	return c == 'e' || c == 'i' || !isVowelByte(c)
}

// otherPatronymic reports whether the mention q carries a patronymic and the entity of the
// table name ni records one (in any of its names) that is not it: Dmitry Nikolayevich Peskov
// is not Dmitry Sergeyevich Peskov, whichever of his names the mention met. A table without
// patronymics contradicts none. An entity's names have neighbouring ids in the index.
func (r *Resolver) otherPatronymic(q *mention, ni uint32) bool {
	var qp []string
	for _, t := range q.tokens {
		if t.patronymic {
			qp = append(qp, t.key)
		}
	}
	if len(qp) == 0 {
		return false
	}
	lo, hi := r.entityNames(ni)
	recorded, agrees := false, false
	var v nameView
	for j := lo; j <= hi; j++ {
		r.view(j, &v)
		for _, t := range v.m.tokens {
			if !t.patronymic {
				continue
			}
			recorded = true
			for _, k := range qp {
				agrees = agrees || k == t.key || translit.Similarity(k, t.key) >= tokenMin
			}
		}
	}
	return recorded && !agrees
}

// nasabOnly reports whether the mention met the father's name after bin, ibn or ben in the
// person's name n, and nothing before it (the person's own given name), and does not say bin:
// Prince Farhan or King Salman name the father, bin Salman the son; with a family name after
// the father's, the two words name the father too (Hamad Al Thani, the father of Tamim bin
// Hamad Al Thani; Rashid Al Maktoum, of Mohammed bin Rashid Al Maktoum).
func nasabOnly(q, n *mention, nm []int, surname int) bool {
	k := -1
	for j := 1; j+1 < len(n.tokens); j++ {
		if isNasab(n.tokens[j].text) {
			k = j
			break
		}
	}
	if k < 0 || nm[k+1] == 0 {
		return false
	}
	for j := range k {
		if nm[j] != 0 && n.tokens[j].significant() {
			return false
		}
	}
	for _, t := range q.tokens {
		if isNasab(t.text) {
			return false
		}
	}
	return true
}

// isNasab reports whether a folded word links a name to the father's: bin, ibn, ben, bint.
func isNasab(w string) bool {
	return w == "bin" || w == "ibn" || w == "ben" || w == "bint"
}

// otherSyllableVowel reports whether a word of the mention met a given name of a person whose
// family name leads (data/surname_first.tsv) only by an edit that puts e for i or i for e:
// those names are made of standard syllables, and another vowel is another name, not a
// spelling (Hun Manith, a brother, is not Hun Manet; Xi Jinpeng is not Xi Jinping). Other
// vowel changes stay spellings there (Kim Yo Jung for Kim Yo Jong).
func otherSyllableVowel(q, n *mention, matches []TokenMatch, surname int) bool {
	if surname < 0 || surname != firstSignificant(n) || !loadLexicon().surnameFirst[n.tokens[surname].text] {
		return false
	}
	for _, m := range matches {
		if m.Rule != "edit" || m.Alias == n.tokens[surname].text {
			continue
		}
		qt, nt := tokenByText(q, m.Query), tokenByText(n, m.Alias)
		if qt == nil || nt == nil || len(qt.key) != len(nt.key) {
			continue
		}
		diff := 0
		ei := true
		for i := range len(qt.key) {
			if a, b := qt.key[i], nt.key[i]; a != b {
				diff++
				ei = ei && (a == 'e' && b == 'i' || a == 'i' && b == 'e')
			}
		}
		if diff == 1 && ei {
			return true
		}
	}
	return false
}

// otherGivenName reports whether a word of the mention met a given name of the person n (a
// word other than the family name) only by resemblance, as that name plus an ending or the
// name less one: one to three letters starting with a vowel, after four letters or more
// (Samir and Samira, Viktor and Viktoriia, Karim and Karima, Roman and Romana), or with its
// last o or e made a, either way (Giorgio and Giorgia). Such an ending
// makes a given name into another one, often the woman's, not a spelling of it; forms that
// are one name (Ibrahim and Ibrahima) meet as cognates, and case forms (Віктора) by the
// inflection rule, before this rule is asked.
func otherGivenName(q, n *mention, matches []TokenMatch, surname int) bool {
	if significantCount(n) < 2 {
		return false
	}
	// In Latin text a given name declines with the family name (Władimira Putina): a given
	// name read as a case form beside a family name written as in the name is no case form
	// but another name, often the woman's (Daniela Ortega, Laurentina Cortizo).
	caseForm := !q.latin
	for _, m := range matches {
		if indexOf(n, m.Alias) == surname && m.Rule == "inflection" {
			caseForm = true
		}
	}
	for _, m := range matches {
		if m.Rule != "edit" && m.Rule != "prefix" && (m.Rule != "inflection" || caseForm) {
			continue
		}
		j := indexOf(n, m.Alias)
		qt := tokenByText(q, m.Query)
		if j < 0 || j == surname || qt == nil {
			continue
		}
		if extendedBy(qt.key, n.tokens[j].key) || extendedBy(n.tokens[j].key, qt.key) || feminineOf(qt.key, n.tokens[j].key) || feminineOf(n.tokens[j].key, qt.key) {
			return true
		}

	}
	return false
}

// twoNames reports whether two words of different keys are both
// in the word list (data/wordlist: personal names, proper nouns and English words): each is a
// name or word in its own right, so one is no misspelling of the other (Many and Manet, Jon
// and John). Ask it of Latin mentions only: romanizations of other scripts guess letters.
func twoNames(q, n *token) bool {
	if q.text == n.text || q.key == n.key {
		return false
	}
	wl := loadWordlist()
	return wl.class(q.text) != unlisted && wl.class(n.text) != unlisted
}

// feminineOf reports whether the key f is the key m, of four letters or more, with its final
// o or e made a: the feminine of a Romance or Slavic given name (Laurentina, Laurentino;
// Giuseppa, Giuseppe; Mária, Mário).
func feminineOf(f, m string) bool {
	n := len(m)
	return n >= 4 && len(f) == n && (m[n-1] == 'o' || m[n-1] == 'e') && f[n-1] == 'a' && f[:n-1] == m[:n-1]
}

// extendedBy reports whether the key long is the key short, of four letters or more, plus one
// to three letters starting with a vowel.
func extendedBy(short, long string) bool {
	d := len(long) - len(short)
	return len(short) >= 4 && d >= 1 && d <= 3 && strings.HasPrefix(long, short) && isVowelByte(long[len(short)])
}

// givenOnly reports whether the mention is one word, a given name of data/cognates.tsv, that
// met a word of the name other than as written (an edit, a prefix, a weak match, or another
// spelling: key, convention, cognate): a lone given name names no one by a surname that
// looks like it or is another spelling of it.
func givenOnly(q *mention, m TokenMatch) bool {
	if significantCount(q) != 1 {
		return false
	}
	switch m.Rule {
	case "edit", "prefix", "weak":
	case "key", "convention", "cognate":
		// Another spelling of a common given name (Mohammed for the Malay father's name
		// Mohamad of Mahathir Mohamad) is that given name, not this family name: only the
		// family name as written stands for the person.
	default:
		return false
	}
	t := tokenByText(q, m.Query)
	return t != nil && loadLexicon().cognate(t) != 0
}

// oneByteApart reports whether the words a and b, of one length, differ in exactly one byte,
// and at which index.
func oneByteApart(a, b string) (int, bool) {
	if len(a) != len(b) {
		return 0, false
	}
	diff := -1
	for i := range len(a) {
		if a[i] != b[i] {
			if diff >= 0 {
				return 0, false
			}
			diff = i
		}
	}
	return diff, diff >= 0
}

// oneVowelApart reports whether two keys of one length differ in one letter only, a vowel for
// a vowel, that no convention explains (translit.Similarity gives the pair its full cost).
func oneVowelApart(a, b string) bool {
	diff, ok := oneByteApart(a, b)
	if !ok {
		return false
	}
	x, y := a[diff:diff+1], b[diff:diff+1]
	return isVowelByte(x[0]) && isVowelByte(y[0]) && translit.Similarity(x, y) < 0.35
}

// writtenVowelApart reports whether the key q of a word romanized from Arabic, Persian or
// Hebrew script and the key n of a name differ in one letter only, a u (or o) of q where n has
// a. The romanizer guesses a where the script writes no vowel, but it writes u only for a
// letter (و, ו) or a mark that is there: السويداء, read Suyda, is not Saida (Sidon).
func writtenVowelApart(q, n string) bool {
	diff, ok := oneByteApart(q, n)
	return ok && (q[diff] == 'u' || q[diff] == 'o') && n[diff] == 'a'
}

// typoApart reports whether a and b differ by one slip of the keyboard: two neighbouring
// letters swapped (Marcon, Macron) or one letter doubled (Gadaffi, Gadafi).
func typoApart(a, b string) bool {
	if len(a) == len(b) {
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a) != len(b)+1 {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	return i > 0 && a[i] == a[i-1] && a[i+1:] == b[i:]
}

// russianEraOnly reports whether the key kq of the mention word q meets the name only as the
// Russian-era reading of a Ukrainian spelling in the mention: q's Russian-era key (Tarasivka
// read as Tarasovka) equal to the name's English key, and no other convention's key of q. The
// Russian-era convention reads a table's Ukrainian name back to the Russian form a mention
// may use (Kostiantynivka for Konstantinovka), not the other way: a Ukrainian Tarasivka is
// not the Russian village Tarasovka, though the two names are one.
func russianEraOnly(q, kq, nKey string) bool {
	if kq != nKey || kq != translit.KeyUnder(translit.RussianEra, q) {
		return false
	}
	for c := range translit.Turkish + 1 {
		if c != translit.RussianEra && translit.KeyUnder(c, q) == kq {
			return false
		}
	}
	return true
}

// wordsText returns the folded words of m joined by spaces.
func wordsText(m *mention) string {
	var b strings.Builder
	for i := range m.tokens {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(m.tokens[i].text)
	}
	return b.String()
}

// shortHyphenHead reports whether the word j of n, of four or five letters, met by m, may
// stand for the name it heads, as Cluj for Cluj-Napoca: the first of two hyphenated words,
// met as written, and neither a common word (Port of Port-au-Prince, Saint of
// Saint-Denis) nor the name of a real town of its own (Baden, not Baden-Baden).
func shortHyphenHead(n *mention, j int, m TokenMatch) bool {
	if j != 0 || significantCount(n) != 2 || m.Score < 1 || !n.tokens[1].hyphen {
		return false
	}
	return loadWordlist().class(m.Query) != commonWord && !loadGazetteer().has(m.Query)
}

// bareSkeleton reports whether m, a match by consonants, joins an Arabic-script word that
// writes no vowel letter (token.bare) to a name word with the very same three consonants or
// more: every vowel of the romanization is a guess, so the consonants are all the word says
// (حمص Homs and Hims, سرت Sirte). Two consonants are too few (حمص is not Hama, nor Goma).
func bareSkeleton(q, n *mention, m TokenMatch) bool {
	qt, nt := tokenByText(q, m.Query), tokenByText(n, m.Alias)
	if qt == nil || nt == nil || !qt.bare {
		return false
	}
	a := consonants(qt.key)
	return len(a) >= 3 && a == consonants(nt.key)
}

// finalAh reports whether a ends in -ah where b ends in -a and is otherwise the same key: the
// final h that English writes for Arabic ة (tā' marbūṭa) or a final ـه and other presses
// leave out (Basrah and Basra, Hodeidah and Hodeida, Jeddah and Jedda). The h must be written
// as such, not the h of a key's kh or ch (Buchach is not Bucha), and the word five letters or
// more (Shah is not Sha).
func finalAh(a, b *token) bool { return finalAhWords(a.text, a.key, b.text, b.key) }

// finalAhWords is finalAh of two words given by their folded texts and keys.
func finalAhWords(a, aKey, b, bKey string) bool {
	return len(a) >= 5 && strings.HasSuffix(a, "ah") && strings.HasSuffix(b, "a") &&
		strings.HasSuffix(aKey, "ah") && aKey[:len(aKey)-1] == bKey
}
