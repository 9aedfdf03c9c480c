package translit

import (
	_ "embed"
	"fmt"
	"sync"
	"unicode/utf8"
)

// Lao: written as the Thai letters of the same sounds (rules/lo_thai.tsv) and romanized by
// the Thai scheme (RTGS), which gives the spellings Lao names are printed in.

//go:embed rules/lo_thai.tsv
var loThaiTSV string

func init() {
	register(Lao, scriptLao, func() scheme {
		return embedded(loadLao())
	})
}

// The Lao letters that have no one Thai letter.
const (
	laoIa      = '\u0EBD' // ຽ: the vowel ia, after its consonant
	laoO       = '\u0EBB' // ົ: short o, or with ວ the vowel ua
	laoLo      = '\u0EBC' // ຼ: a subscript l after a consonant
	laoHoNo    = '\u0EDC' // ໜ: ຫ with ນ
	laoHoMo    = '\u0EDD' // ໝ: ຫ with ມ
	laoWo      = '\u0EA7' // ວ
	thaiSaraE  = '\u0E40' // เ
	thaiHoHip  = '\u0E2B' // ห
	thaiMaiHan = '\u0E31' // ั
)

// laoScheme maps Lao to Thai and romanizes the Thai.
type laoScheme struct {
	thai  map[rune]rune
	inner *thaiScheme
}

var loadLao = sync.OnceValues(func() (*laoScheme, error) {
	const file = "rules/lo_thai.tsv"
	rows, err := readNameTSV(file, loThaiTSV, "lao", "thai")
	if err != nil {
		return nil, err
	}
	th, err := loadThai()
	if err != nil {
		return nil, err
	}
	sc := &laoScheme{thai: map[rune]rune{}, inner: th}
	for _, row := range rows {
		l, ls := utf8.DecodeRuneInString(row.fields[0])
		t, ts := utf8.DecodeRuneInString(row.fields[1])
		if ls != len(row.fields[0]) || scriptOf(l) != scriptLao {
			return nil, fmt.Errorf("%s:%d: lao: %q is not one Lao letter or sign", file, row.line, row.fields[0])
		}
		if ts != len(row.fields[1]) || scriptOf(t) != scriptThai {
			return nil, fmt.Errorf("%s:%d: thai: %q is not one Thai letter or sign", file, row.line, row.fields[1])
		}
		sc.thai[l] = t
	}
	return sc, nil
})

// toThai writes the Lao word as Thai: ວຽງຈັນ as เวียงจัน.
func (sc *laoScheme) toThai(word []rune) []rune {
	out := make([]rune, 0, len(word)+4)
	for i, r := range word {
		switch r {
		case laoHoNo:
			out = append(out, thaiHoHip, sc.thai['ນ'])
		case laoHoMo:
			out = append(out, thaiHoHip, sc.thai['ມ'])
		case laoLo:
			out = append(out, sc.thai['ລ'])
		case laoO:
			if i+1 < len(word) && word[i+1] == laoWo {
				out = append(out, thaiMaiHan) // ົວ is ua, Thai ัว
			} // else short o, the vowel Thai leaves unwritten before a final
		case laoIa:
			// ວຽງ: the consonant (with a silent ຫ or a subscript ລ before or after it) takes
			// เ before it and ีย after it.
			at := len(out) - 1
			if at > 0 && out[at] == sc.thai['ລ'] && i >= 2 && word[i-1] == laoLo {
				at--
			}
			if at > 0 && out[at-1] == thaiHoHip {
				at--
			}
			if at < 0 {
				continue
			}
			out = append(out[:at], append([]rune{thaiSaraE}, out[at:]...)...)
			out = append(out, '\u0E35', sc.thai['ຢ'])
		default:
			if t, ok := sc.thai[r]; ok {
				out = append(out, t)
			}
		}
	}
	return out
}

func (sc *laoScheme) appendWord(dst []byte, word []rune) []byte {
	return sc.inner.appendWord(dst, sc.toThai(word))
}
