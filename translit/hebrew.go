package translit

import (
	_ "embed"
	"fmt"
	"sync"
	"unicode/utf8"
)

// Hebrew: a consonant skeleton with the matres lectionis (ו, י, final ה) read as vowels,
// niqqud used where the text has it, unwritten vowels guessed as e, and whole known name
// words (rules/he_names.tsv) replaced by their common press spelling first.

//go:embed rules/he_names.tsv
var heNamesTSV string

func init() {
	register(Hebrew, scriptHebrew, func() scheme {
		names := embedded(loadHENames())
		return hebrewScheme{names: names}
	})
}

var loadHENames = sync.OnceValues(func() (map[string]string, error) {
	return parseHENames("rules/he_names.tsv", heNamesTSV)
})

// parseHENames reads a table with the columns hebrew and latin.
func parseHENames(file, data string) (map[string]string, error) {
	rows, err := readNameTSV(file, data, "hebrew", "latin")
	if err != nil {
		return nil, err
	}
	names := make(map[string]string, len(rows))
	var key []byte
	for _, row := range rows {
		for _, r := range row.fields[0] {
			if scriptOf(r) != scriptHebrew && !isHebrewMark(r) && !isWordApostrophe(r) {
				return nil, fmt.Errorf("%s:%d: hebrew: %q is not a word in Hebrew script", file, row.line, row.fields[0])
			}
		}
		key = hebrewKey(key[:0], []rune(row.fields[0]))
		if len(key) == 0 {
			return nil, fmt.Errorf("%s:%d: hebrew: %q is not a word in Hebrew script", file, row.line, row.fields[0])
		}
		if _, dup := names[string(key)]; dup {
			return nil, fmt.Errorf("%s:%d: hebrew: duplicate word %q", file, row.line, row.fields[0])
		}
		names[string(key)] = row.fields[1]
	}
	return names, nil
}

// isHebrewMark reports whether r is a Hebrew point or cantillation mark.
func isHebrewMark(r rune) bool {
	return (r >= 0x591 && r <= 0x5BD) || r == 0x5BF || r == 0x5C1 || r == 0x5C2 || r == 0x5C4 || r == 0x5C5 || r == 0x5C7
}

// takesGeresh reports whether a geresh after Hebrew letter r makes it a foreign sound
// (ג׳ j, ז׳ zh, צ׳ and ץ׳ ch).
func takesGeresh(r rune) bool { return r == 'ג' || r == 'ז' || r == 'צ' || r == 'ץ' }

// isGeresh reports whether r marks the letter before it as a foreign sound (ג׳ j).
func isGeresh(r rune) bool { return r == 0x5F3 || isWordApostrophe(r) }

// hebrewKey appends the lookup key of word: points left out, every geresh written ׳.
func hebrewKey(dst []byte, word []rune) []byte {
	for _, r := range word {
		switch {
		case isHebrewMark(r):
			continue
		case isGeresh(r):
			r = 0x5F3
		case scriptOf(r) != scriptHebrew:
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

type hebrewScheme struct{ names map[string]string }

func (sc hebrewScheme) appendWord(dst []byte, word []rune) []byte {
	var kb [4 * maxWordRunes]byte
	if key := hebrewKey(kb[:0], word); len(key) > 0 {
		if v, ok := sc.names[string(key)]; ok {
			return append(dst, v...)
		}
	}
	var tb [2 * maxWordRunes]abjadTok
	start := len(dst)
	dst = appendAbjad(dst, hebrewTokens(tb[:0], word), "e", "e")
	capitalizeASCII(dst, start)
	return dst
}

// hebrewPoints is what the marks after one letter say.
type hebrewPoints struct {
	vowel  string
	shva   bool
	dagesh bool
	sin    bool // sin dot: ש is s
	geresh bool
}

func hebrewPointsAt(word []rune, i int) (hebrewPoints, int) {
	var p hebrewPoints
	for ; i < len(word); i++ {
		switch r := word[i]; {
		case r == 0x5B0:
			p.shva = true
		case r == 0x5B1, r == 0x5B5, r == 0x5B6:
			p.vowel = "e"
		case r == 0x5B2, r == 0x5B7, r == 0x5B8:
			p.vowel = "a"
		case r == 0x5B3, r == 0x5B9, r == 0x5BA, r == 0x5C7:
			p.vowel = "o"
		case r == 0x5B4:
			p.vowel = "i"
		case r == 0x5BB:
			p.vowel = "u"
		case r == 0x5BC:
			p.dagesh = true
		case r == 0x5C2:
			p.sin = true
		case isGeresh(r):
			p.geresh = true
		case isHebrewMark(r):
		default:
			return p, i
		}
	}
	return p, i
}

func hebrewNextLetter(word []rune, i int) rune {
	for ; i < len(word); i++ {
		if r := word[i]; scriptOf(r) == scriptHebrew {
			return r
		}
	}
	return 0
}

func isHebrewVowelLetter(r rune) bool {
	return r == 'א' || r == 'ה' || r == 'ו' || r == 'י' || r == 'ע'
}

// hebrewTokens splits word into consonants and vowels. Without niqqud: ב כ פ are b k p at the
// start of the word and v kh f after it; ו is v at the start, between vowels and doubled
// (וו), u at the end and o between consonants; י is y at the start and after a vowel, i
// elsewhere; a final ה after a consonant or i is a (טבריה Tevria); א and ע are silent
// consonants.
func hebrewTokens(toks []abjadTok, word []rune) []abjadTok {
	for i := 0; i < len(word); {
		r := word[i]
		if scriptOf(r) != scriptHebrew {
			i++ // a mark with no letter before it, or a rune of another script
			continue
		}
		p, end := hebrewPointsAt(word, i+1)
		next := hebrewNextLetter(word, end)
		atStart := len(toks) == 0
		prevVowel := !atStart && toks[len(toks)-1].kind != tokCons
		firstShva := p.shva && atStart
		t := abjadTok{kind: tokCons, closed: p.shva && !firstShva}
		hard := atStart || p.dagesh
		switch r {
		case 'א', 'ע':
			t.s = ""
		case 'ב':
			t.s = pick2(hard, "b", "v")
		case 'ג':
			t.s = pick2(p.geresh, "j", "g")
		case 'ד':
			t.s = "d"
		case 'ה':
			switch {
			case next != 0 || atStart || p.vowel != "":
				t.s = "h"
			case toks[len(toks)-1].mark:
				i = end // a final ה after a pointed vowel only marks it (דִּימוֹנָה)
				continue
			case !prevVowel || toks[len(toks)-1].s == "i":
				t = abjadTok{s: "a", kind: tokVowel}
			default:
				t.s = "h"
			}
		case 'ו':
			switch {
			case p.vowel == "o" && !p.dagesh:
				t, p.vowel = abjadTok{s: "o", kind: tokVowel}, ""
			case p.dagesh && p.vowel == "" && !atStart:
				t = abjadTok{s: "u", kind: tokVowel}
			case next == 'ו':
				t.s = "v"
				_, end = hebrewPointsAt(word, end+1) // וו is one v
			case next == 'א' && !atStart && !prevVowel && p.vowel == "":
				// ו between a consonant and א is a vowel: foreign names write their vowels
				// with both (ארדואן Erdoan, חואן Huan).
				t = abjadTok{s: "o", kind: tokVowel}
			case atStart || p.vowel != "" || prevVowel || (next != 0 && isHebrewVowelLetter(next) && next != 'ה'):
				t.s = "v"
			case next == 0:
				t = abjadTok{s: "u", kind: tokVowel}
			default:
				t = abjadTok{s: "o", kind: tokVowel}
			}
		case 'ז':
			t.s = pick2(p.geresh, "zh", "z")
		case 'ח':
			t.s = "h"
		case 'ט', 'ת':
			t.s = "t"
		case 'י':
			switch {
			case !atStart && p.vowel == "" && toks[len(toks)-1].mark && toks[len(toks)-1].s == "i":
				i = end // hiriq male: the yod only lengthens the i (דִּימוֹנָה Dimona)
				continue
			case atStart || p.vowel != "" || prevVowel:
				t.s = "y"
			case next == 'י':
				t.s = "y" // יי: the consonant y (חיים Hayim)
			default:
				t = abjadTok{s: "i", kind: tokVowel}
			}
		case 'כ':
			t.s = pick2(hard, "k", "kh")
		case 'ך':
			t.s = "kh"
		case 'ל':
			t.s = "l"
		case 'מ', 'ם':
			t.s = "m"
		case 'נ', 'ן':
			t.s = "n"
		case 'ס':
			t.s = "s"
		case 'פ':
			t.s = pick2(hard, "p", "f")
		case 'ף':
			t.s = "f"
		case 'צ', 'ץ':
			t.s = pick2(p.geresh, "ch", "ts")
		case 'ק':
			t.s = "k"
		case 'ר':
			t.s = "r"
		case 'ש':
			t.s = pick2(p.sin, "s", "sh")
		case 'װ':
			t.s = "v"
		case 'ױ':
			t = abjadTok{s: "oy", kind: tokVowel}
		case 'ײ':
			t = abjadTok{s: "ey", kind: tokVowel}
		default:
			i = end // a letter with no reading here is left out
			continue
		}
		toks = append(toks, t)
		switch {
		case p.vowel != "" && t.kind == tokCons:
			toks = append(toks, abjadTok{s: p.vowel, kind: tokVowel, mark: true})
		case firstShva && t.kind == tokCons:
			toks = append(toks, abjadTok{s: "e", kind: tokVowel, mark: true}) // vocal shva: נְתַנְיָהוּ Netanyahu
		}
		i = end
	}
	return toks
}

func pick2(cond bool, yes, no string) string {
	if cond {
		return yes
	}
	return no
}
