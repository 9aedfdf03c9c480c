package entity

import (
	_ "embed"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"github.com/namecanon/namecanon/alias"
	"github.com/namecanon/namecanon/translit"
)

//go:generate go run gen_places.go
//go:generate go run gen_exonyms.go
//go:generate go run gen_statenames.go

// placesTxt is data/places/places.txt (see gen_places.go): the folded names of the world's
// towns and cities of 1,000 inhabitants or more (GeoNames), sorted.
//
//go:embed data/places/places.txt
var placesTxt string

// gazetteer is the parsed places.txt: the offset of each name's line in placesTxt, in order.
type gazetteer struct {
	starts []uint32
}

var loadGazetteer = sync.OnceValue(func() *gazetteer {
	g := &gazetteer{starts: make([]uint32, 0, strings.Count(placesTxt, "\n"))}
	for i := 0; i < len(placesTxt); {
		j := strings.IndexByte(placesTxt[i:], '\n')
		if j < 0 {
			j = len(placesTxt) - i
		}
		if j > 0 && placesTxt[i] != '#' {
			g.starts = append(g.starts, uint32(i))
		}
		i += j + 1
	}
	return g
})

// name returns the k-th name.
func (g *gazetteer) name(k int) string {
	s := placesTxt[g.starts[k]:]
	if j := strings.IndexByte(s, '\n'); j >= 0 {
		s = s[:j]
	}
	return s
}

// has reports whether the folded name f is the name of a real town or city.
func (g *gazetteer) has(f string) bool {
	k := sort.Search(len(g.starts), func(k int) bool { return g.name(k) >= f })
	return k < len(g.starts) && g.name(k) == f
}

// gazetteerKeys is the set of the keys (translit.Key) of the one-word names of the gazetteer,
// built on first use: it tells whether the gazetteer holds a place under some spelling of a
// name (Izyum for Izium, Makiyivka for Makiivka).
var gazetteerKeys = sync.OnceValue(func() map[string]struct{} {
	g := loadGazetteer()
	keys := make(map[string]struct{}, len(g.starts))
	for k := range len(g.starts) {
		if n := g.name(k); !strings.ContainsAny(n, " -'") {
			keys[translit.Key(n)] = struct{}{}
		}
	}
	return keys
})

// townSpelled reports whether a word of the gazetteer, q, met the table's one-word place name
// n by an edit of one or two letters while the gazetteer holds n's place under a spelling of
// n's key: then the gazetteer's spelling of the table's place is that one, and q is another
// town. Izumi (Japan) is not Izium (the gazetteer's Izyum), Markivka not Makiivka (Makiyivka),
// Şayād not Saada (Sada). Names further apart are left alone: Zaporozhye, a town of
// Kazakhstan in the gazetteer, is also the Russian name of Zaporizhzhia (Zaporizhzhya), and
// Winnica, a Polish village, the Polish name of Vinnytsia.
func townSpelled(q, n string) bool {
	if q == n || levenshtein.ComputeDistance(q, n) > 2 {
		return false
	}
	_, ok := gazetteerKeys()[translit.Key(n)]
	return ok
}

// otherTown reports whether the mention word q, which meets the table's one-word place name
// n only by edits (no key or convention explains the difference), names another real town:
// both are names of towns in the gazetteer (Miesenbach and Wiesenbach, Buchach and Bucha,
// Seversk and Siversk). When n is no name of the gazetteer, q may be the gazetteer's own
// spelling of the table's place (Zaporozhye for Zaporizhzhia, Homyel for Gomel), so it counts.
func otherTown(q, n string) bool {
	g := loadGazetteer()
	return q != n && g.has(q) && g.has(n)
}

// exonymsTSV is data/places/exonyms.tsv (see gen_exonyms.go): the names of countries in other
// languages that are also real towns' names.
//
//go:embed data/places/exonyms.tsv
var exonymsTSV string

// loadExonyms parses exonymsTSV into a set of the country id and folded name of each row,
// joined by a tab.
var loadExonyms = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	header := true
	for line := range strings.Lines(exonymsTSV) {
		line = strings.TrimRight(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		if header {
			header = false // id	alias	folded
			continue
		}
		f := strings.Split(line, "\t")
		set[f[0]+"\t"+f[len(f)-1]] = true
	}
	return set
})

// exonymTown reports whether the folded word w, met as a name of the country id, is the
// country's name in another language that is also a real town's name (data/places/exonyms.tsv).
func exonymTown(id, w string) bool {
	return loadExonyms()[id+"\t"+w]
}

// loneTownOther reports whether a one-word mention written in plain Latin letters that is a
// real town's name (data/places) meets the one-word place name ni only by resemblance where
// the resemblance is no evidence that the two are one place: by a case ending or as a prefix
// (Alma is not Almaty, Shira not Shiraz), or by an edit or another language's
// spelling when the name is short and a town's too (shortName: Osaki, Japan, is not Osaka),
// an alias, which is another language's or era's name (Bamba, Mali, is not Bombay), or a
// country's (Torquay is not Turkey, Sherman not Germany). A word written with a language's
// letters (Pékin) is that language's spelling and left to the other rules; a name that is
// no town's in the gazetteer, or a long one, met by an edit may be the gazetteer's own
// spelling of the place (Hamah for Hama, Zaporozhye for Zaporizhzhia).
func (r *Resolver) loneTownOther(q *mention, ni uint32, ms []TokenMatch) bool {
	if q.alphabet && significantCount(q) == 1 && len(ms) == 1 && ms[0].Rule == "inflection" {
		// The same in an alphabet that writes every vowel: a short mention that is a town's
		// name as written is that town, not a case form of another (Тула, Tula, is not
		// Tulle); a longer one may be the nominative of an exonym (Москва, Moscow).
		qt := tokenByText(q, ms[0].Query)
		return qt != nil && qt.text != ms[0].Alias && len(qt.text) < shortName && loadGazetteer().has(qt.text)
	}
	if !q.latin || significantCount(q) != 1 || len(ms) != 1 {
		return false
	}
	m := ms[0]
	qt := tokenByText(q, m.Query)
	if qt == nil || qt.text == m.Alias || !qt.plain {
		return false
	}
	short := len(translit.Key(m.Alias)) <= shortName
	switch m.Rule {
	case "inflection", "prefix":
		return loadGazetteer().has(qt.text)
	case "edit":
		if short && finalVowelCut(qt.text, m.Alias) && loadGazetteer().has(m.Alias) && nonASCIIEnd(r.nameText(ni)) {
			// A town's name cut short of a final vowel written with a letter of its own
			// language: Troms (the county) is not Tromsø, whose ø (island) is a word of the
			// name. A plain final vowel may be another language's form of the same town
			// (Batum for Batumi, Rom for Roma, Berne for Bern).
			return true
		}
	case "key":
		if qt.text+"e" != m.Alias && m.Alias+"e" != qt.text {
			return false // the keys' other rewritings are spellings of one name (Odessa, Odesa)
		}
		// a final e the key leaves out: Harar (Ethiopia) is not Harare, Paks not Pakse
	case "convention":
		if translit.KeyUnder(translit.RussianEra, m.Alias) == qt.key {
			return false // a Russian-era name, Volchansk for Vovchansk
		}
		if k := translit.Key(m.Alias); finalAhWords(qt.text, qt.key, m.Alias, k) || finalAhWords(m.Alias, k, qt.text, qt.key) {
			return false // the final h of an Arabic name, Basrah for Basra (see finalAh)
		}
	default:
		return false
	}
	if !loadGazetteer().has(qt.text) {
		return false
	}
	x := r.idx
	return short && (loadGazetteer().has(m.Alias) || vowelForConsonant(qt.text, m.Alias)) || x.NameAlias[ni] != 0 ||
		m.Rule == "edit" && townSpelled(qt.text, m.Alias) ||
		isCountryName(translit.Fold(r.tbl.NameAt(int(x.NameEntity[ni]), 0)))
}

// countryIDs maps the folded names and aliases of the countries and territories of
// alias.Default (CLDR names in about forty languages) to the ids of the countries so named.
var countryIDs = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	for e := range alias.Default().All() {
		if !strings.HasPrefix(e.ID, "iso3166:") {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			f := translit.Fold(n)
			if !slices.Contains(out[f], e.ID) {
				out[f] = append(out[f], e.ID)
			}
		}
	}
	return out
})

// isCountryName reports whether the folded name f is a name of a country of alias.Default
// (Mexico City is not Mexico, so a city designator never leads to one).
func isCountryName(f string) bool {
	_, ok := countryIDs()[f]
	return ok
}

// otherCountry reports whether the folded word q, a country's name, names another place than
// the folded word n: n is no country's name (Oman is not Uman), or names other countries only
// (Turkish Gine, Guinea, is not China).
func otherCountry(q, n string) bool {
	ids := countryIDs()
	qi, ok := ids[q]
	if !ok || q == n {
		return false
	}
	for _, id := range ids[n] {
		if slices.Contains(qi, id) {
			return false
		}
	}
	return true
}

// finalVowelCut reports whether the folded word q is the folded name n without its final
// vowel (Troms and Tromsø, Buch and Bucha): no convention of the presses drops a place name's
// last letter, so the shorter word names something else (a county, a river, another town).
func finalVowelCut(q, n string) bool {
	return len(n) == len(q)+1 && strings.HasPrefix(n, q) && strings.IndexByte("aeiouy", n[len(q)]) >= 0
}

// nonASCIIEnd reports whether the name s, as the table writes it, ends in a letter outside
// ASCII (Tromsø, Skellefteå, Jyväskylä).
func nonASCIIEnd(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	return r >= utf8.RuneSelf && unicode.IsLetter(r)
}

// vowelForConsonant reports whether a and b, of one length, differ in one letter only, a vowel
// in one and a consonant in the other, neither y, w nor h, which spellings use as vowels or
// leave out: Hamm is not Hama, while Hamah and Hama may be one name.
func vowelForConsonant(a, b string) bool {
	diff, ok := oneByteApart(a, b)
	if !ok {
		return false
	}
	x, y := a[diff], b[diff]
	glide := func(c byte) bool { return c == 'y' || c == 'w' || c == 'h' }
	if glide(x) || glide(y) || x >= 0x80 || y >= 0x80 {
		return false
	}
	return isVowelByte(x) != isVowelByte(y)
}

// lonePersonTown reports whether the lone word of a Latin mention, met to a person's name by
// m, is a real town's name (data/places) that meets the name only as its prefix, by another
// language's spelling or by a case ending that does not keep the name whole: Orba (Spain) is
// not Viktor Orban, Sala (Sweden) not Mohamed Salah, Sucha (Poland) not Yoshihide Suga, Gondia
// (India) not Rahul Gandhi. A word that is the name plus an ending is its case form or
// possessive even when a town has that name too (Putina, Fosses).
func lonePersonTown(q *mention, m TokenMatch) bool {
	switch m.Rule {
	case "prefix", "convention", "inflection":
	default:
		return false
	}
	qt := tokenByText(q, m.Query)
	return qt != nil && qt.plain && qt.text != m.Alias && !strings.HasPrefix(qt.text, m.Alias) && loadGazetteer().has(qt.text)
}
