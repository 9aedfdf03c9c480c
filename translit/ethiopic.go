package translit

import (
	_ "embed"
	"fmt"
	"sync"
	"unicode/utf8"
)

// Ethiopic: the syllables of the Ge'ez script (Amharic, Tigrinya), by row and order, from
// rules/am.tsv and the order rules here.

//go:embed rules/am.tsv
var amTSV string

func init() {
	register(Amharic, scriptEthiopic, func() scheme {
		return embedded(loadEthiopic())
	})
}

// Ethiopic syllables are rows of eight code points from ethiopicFirst: a consonant with the
// vowels of the seven orders and then wa.
const (
	ethiopicFirst = 0x1200
	ethiopicLast  = 0x1357 // the last code point of the last row (ፐ)
	ethiopicSixth = 5      // the order of the consonant alone or with ə
	ethiopicWa    = 7      // the order of the consonant with wa
)

// ethiopicOrderVowel is the Latin vowel of each order but the first and the sixth.
var ethiopicOrderVowel = [8]string{1: "u", 2: "i", 3: "a", 4: "e", 6: "o", 7: "wa"}

// ethiopicRow is one row of the syllabary: its consonant and the vowel of its first order.
type ethiopicRow struct {
	consonant, first string
	ok               bool
}

// ethiopicScheme maps each row of the block (by (first letter − ethiopicFirst) / 8) to its
// reading.
type ethiopicScheme struct {
	rows [(ethiopicLast-ethiopicFirst)/8 + 1]ethiopicRow
}

var loadEthiopic = sync.OnceValues(func() (*ethiopicScheme, error) {
	const file = "rules/am.tsv"
	rows, err := readNameTSV(file, amTSV, "row", "consonant", "first")
	if err != nil {
		return nil, err
	}
	sc := &ethiopicScheme{}
	for _, row := range rows {
		r, size := utf8.DecodeRuneInString(row.fields[0])
		if size != len(row.fields[0]) || r < ethiopicFirst || r > ethiopicLast || (r-ethiopicFirst)%8 != 0 {
			return nil, fmt.Errorf("%s:%d: row: %q is not the first letter of an Ethiopic row", file, row.line, row.fields[0])
		}
		if row.fields[1] == "-" {
			row.fields[1] = ""
		}
		if !isASCIILower(row.fields[1]) || !isASCIILower(row.fields[2]) || row.fields[2] == "" {
			return nil, fmt.Errorf("%s:%d: consonant or first: %q, %q are not lower-case Latin letters", file, row.line, row.fields[1], row.fields[2])
		}
		i := (r - ethiopicFirst) / 8
		if sc.rows[i].ok {
			return nil, fmt.Errorf("%s:%d: row: %q is listed twice", file, row.line, row.fields[0])
		}
		sc.rows[i] = ethiopicRow{consonant: row.fields[1], first: row.fields[2], ok: true}
	}
	return sc, nil
})

// isASCIILower reports whether s is made of the letters a to z only.
func isASCIILower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// syllable returns the row and order of the Ethiopic letter r, ok false for a letter of no
// row of the table.
func (sc *ethiopicScheme) syllable(r rune) (row ethiopicRow, order int, ok bool) {
	if r < ethiopicFirst || r > ethiopicLast {
		return ethiopicRow{}, 0, false
	}
	row = sc.rows[(r-ethiopicFirst)/8]
	return row, int((r - ethiopicFirst) % 8), row.ok
}

// appendWord writes the word syllable by syllable, capitalised (Ethiopic has no case). The
// sixth order is the consonant alone, as names are printed (ዐቢይ Abiy, ትግራይ Tigray), but
// with i where it starts a word before another letter (ግርማ Girma) and where it follows a
// consonant written alone and comes before another letter (መንግሥቱ Mengistu), since Amharic
// opens no syllable with two consonants; the sixth order of the glottal stop አ is i (እስራኤል
// Israel). Letters of no row (ፘ ፙ ፚ) are left out.
func (sc *ethiopicScheme) appendWord(dst []byte, word []rune) []byte {
	start := len(dst)
	bare := false // the last letter was written as a consonant alone
	for i, r := range word {
		row, order, ok := sc.syllable(r)
		if !ok {
			continue
		}
		last := true
		for _, next := range word[i+1:] {
			if _, _, ok := sc.syllable(next); ok {
				last = false
				break
			}
		}
		switch {
		case order == 0:
			dst = append(dst, row.consonant...)
			dst = append(dst, row.first...)
			bare = false
		case order == ethiopicSixth && row.consonant == "":
			dst = append(dst, 'i')
			bare = false
		case order == ethiopicSixth:
			dst = append(dst, row.consonant...)
			bare = last || len(dst)-len(row.consonant) > start && !bare
			if !bare {
				dst = append(dst, 'i')
			}
		case order == ethiopicWa && row.consonant == "":
			dst = append(dst, 'e') // ኧ: Amharic ä
			bare = false
		default:
			dst = append(dst, row.consonant...)
			dst = append(dst, ethiopicOrderVowel[order]...)
			bare = false
		}
	}
	capitalizeASCII(dst, start)
	return dst
}
