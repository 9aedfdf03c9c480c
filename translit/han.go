package translit

import (
	_ "embed"
	"fmt"
	"sync"
	"unicode/utf8"
)

// Chinese: Hanyu Pinyin without tones, one reading per character from Unihan (kMandarin), with
// personal names (surname + given name) split off and written "Xi Jinping".

//go:generate go run gen_han.go

//go:embed rules/han_pinyin.tsv
var hanPinyinTSV string

//go:embed rules/zh_names.tsv
var zhNamesTSV string

func init() {
	register(Chinese, scriptHan, func() scheme {
		return embedded(loadHanScheme())
	})
}

// Most Han characters are in the blocks from CJK Extension A (U+3400) to the end of CJK
// Unified Ideographs (U+9FFF); their readings sit in a dense array, the rest in a map.
const (
	hanDenseFirst = 0x3400
	hanDenseLast  = 0x9FFF
)

// hanScheme holds the pinyin readings and the name table.
type hanScheme struct {
	readings []string // reading index → toneless pinyin; index 0 is unused
	dense    []uint16 // r - hanDenseFirst → reading index, 0 if none
	sparse   map[rune]uint16
	surnames map[string]string // one- or two-character surname → pinyin
	words    map[string]string // whole word → spelling; never split as a name
}

var loadHanScheme = sync.OnceValues(func() (*hanScheme, error) {
	sc := &hanScheme{
		readings: []string{""},
		dense:    make([]uint16, hanDenseLast-hanDenseFirst+1),
		sparse:   map[rune]uint16{},
	}
	if err := sc.parseReadings("rules/han_pinyin.tsv", hanPinyinTSV); err != nil {
		return nil, err
	}
	if err := sc.parseNames("rules/zh_names.tsv", zhNamesTSV); err != nil {
		return nil, err
	}
	return sc, nil
})

func (sc *hanScheme) parseReadings(file, data string) error {
	rows, err := readNameTSV(file, data, "pinyin", "characters")
	if err != nil {
		return err
	}
	for _, row := range rows {
		for _, r := range row.fields[0] {
			if (r < 'a' || r > 'z') && r != 'ü' {
				return fmt.Errorf("%s:%d: pinyin: %q is not a toneless syllable", file, row.line, row.fields[0])
			}
		}
		idx := uint16(len(sc.readings))
		sc.readings = append(sc.readings, row.fields[0])
		for _, r := range row.fields[1] {
			if scriptOf(r) != scriptHan {
				return fmt.Errorf("%s:%d: characters: %U is not a Han character", file, row.line, r)
			}
			if sc.reading(r) != "" {
				return fmt.Errorf("%s:%d: characters: %c (%U) has a second reading", file, row.line, r, r)
			}
			if r >= hanDenseFirst && r <= hanDenseLast {
				sc.dense[r-hanDenseFirst] = idx
			} else {
				sc.sparse[r] = idx
			}
		}
	}
	return nil
}

// parseNames reads a table with the columns han, latin and kind (surname or word).
func (sc *hanScheme) parseNames(file, data string) error {
	rows, err := readNameTSV(file, data, "han", "latin", "kind")
	if err != nil {
		return err
	}
	sc.surnames, sc.words = map[string]string{}, map[string]string{}
	for _, row := range rows {
		var m map[string]string
		n := utf8.RuneCountInString(row.fields[0])
		switch row.fields[2] {
		case "surname":
			m = sc.surnames
			if n > 2 {
				return fmt.Errorf("%s:%d: han: surname %q has %d characters, want 1 or 2", file, row.line, row.fields[0], n)
			}
		case "word":
			m = sc.words
		default:
			return fmt.Errorf("%s:%d: kind: %q is neither surname nor word", file, row.line, row.fields[2])
		}
		for _, r := range row.fields[0] {
			if scriptOf(r) != scriptHan {
				return fmt.Errorf("%s:%d: han: %q is not all Han characters", file, row.line, row.fields[0])
			}
		}
		if _, dup := m[row.fields[0]]; dup {
			return fmt.Errorf("%s:%d: han: duplicate %s %q", file, row.line, row.fields[2], row.fields[0])
		}
		m[row.fields[0]] = row.fields[1]
	}
	return nil
}

// reading returns the toneless pinyin of r, or "".
func (sc *hanScheme) reading(r rune) string {
	if r >= hanDenseFirst && r <= hanDenseLast {
		return sc.readings[sc.dense[r-hanDenseFirst]]
	}
	return sc.readings[sc.sparse[r]]
}

func (sc *hanScheme) appendWord(dst []byte, word []rune) []byte {
	var kb [4 * maxWordRunes]byte
	key := kb[:0]
	for _, r := range word {
		key = utf8.AppendRune(key, r)
	}
	if v, ok := sc.words[string(key)]; ok {
		return append(dst, v...)
	}
	// A run of 2 to 4 characters that starts with a common surname is a personal name:
	// surname, space, given name as one word (习近平 Xi Jinping). Two-character surnames
	// (欧阳 Ouyang) are tried first.
	if len(word) >= 2 && len(word) <= 4 {
		for n := 2; n >= 1; n-- {
			if len(word) <= n {
				continue
			}
			sur, ok := sc.surnames[string(key[:runesBytes(word[:n])])]
			if !ok {
				continue
			}
			dst = append(dst, sur...)
			dst = append(dst, ' ')
			start := len(dst)
			dst = sc.appendSyllables(dst, word[n:])
			capitalizeASCII(dst, start)
			return dst
		}
	}
	start := len(dst)
	dst = sc.appendSyllables(dst, word)
	capitalizeASCII(dst, start)
	return dst
}

// runesBytes returns the UTF-8 length of rs.
func runesBytes(rs []rune) int {
	n := 0
	for _, r := range rs {
		n += utf8.RuneLen(r)
	}
	return n
}

// appendSyllables writes the readings of word joined into one word, with the pinyin
// apostrophe before a syllable that starts with a, o or e (西安 Xi'an). A character without
// a reading is kept as it is.
func (sc *hanScheme) appendSyllables(dst []byte, word []rune) []byte {
	for i, r := range word {
		s := sc.reading(r)
		if s == "" {
			if utf8.ValidRune(r) {
				dst = utf8.AppendRune(dst, r)
			}
			continue
		}
		if i > 0 && (s[0] == 'a' || s[0] == 'o' || s[0] == 'e') && sc.reading(word[i-1]) != "" {
			dst = append(dst, '\'')
		}
		dst = append(dst, s...)
	}
	return dst
}
