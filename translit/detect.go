package translit

import "unicode/utf8"

// Letters that tell one Cyrillic language from another. Each bit is set when the text holds
// the letter in either case.
const (
	cyrUkr     uint32 = 1 << iota // ґ є ї: Ukrainian only
	cyrI                          // і: Ukrainian, Belarusian, Kazakh
	cyrBel                        // ў: Belarusian only (of the supported languages)
	cyrRus                        // ы э ё: Russian, Belarusian, Kazakh, Kyrgyz
	cyrHard                       // ъ before е ё ю я: Russian (also Kazakh and Kyrgyz loans)
	cyrBulHard                    // ъ before any other letter: Bulgarian
	cyrSrb                        // ђ ћ: Serbian only
	cyrSrbMkd                     // ј љ њ џ: Serbian and Macedonian
	cyrMkd                        // ѓ ќ ѕ: Macedonian only
	cyrKaz                        // ә ғ қ ұ һ: Kazakh only (of the supported languages)
	cyrTurkic                     // ң ө ү: Kazakh and Kyrgyz
	cyrApos                       // an apostrophe between two letters: Ukrainian, Belarusian
	cyrSkyi                       // -ський -цький -зький: Ukrainian (Russian writes -ский)
)

// DetectCyrillic guesses the language of the Cyrillic text in s from letters that only some
// languages use, and returns the standard for it. The rules, first match wins:
//
//   - ѓ ќ ѕ: [Macedonian]
//   - ђ ћ: [Serbian]
//   - ә ғ қ ұ һ: [Kazakh]
//   - ў: [Belarusian]
//   - ґ є ї: [Ukrainian]
//   - ј љ њ џ: [Serbian]
//   - ң ө ү: [Kazakh] if the text also has і, else [Kyrgyz]
//   - і, an apostrophe between two Cyrillic letters (Знам'янка; Russian writes ъ there), or
//     the adjective ending -ський, -цький, -зький (Зеленський; Russian writes -ский):
//     [Belarusian] if the text also has ы, э or ё, else [Ukrainian]
//   - ъ followed inside the word by a letter other than е ё ю я, and no ы э ё: [Bulgarian]
//     (Russian writes ъ only before е ё ю я: объект; Bulgarian writes it as a vowel: Търново)
//   - a text with none of these letters: a character trigram model of Ukrainian, Russian,
//     Belarusian, Bulgarian and Serbian words (made from Debian's hunspell dictionaries by
//     gen_cyrlang.go) scores each language, plus name endings that tell Ukrainian from Russian
//     (data/cyrnames.tsv: Дмитро, Кирило, -енко, -чук; Дмитрий, Кирилл, -овна, -ский). The
//     text is [Ukrainian] or [Bulgarian] when that language's score leads Russian's by at
//     least 4 nats (about e⁴ ≈ 55 times as likely), the margin that kept at least 98 % of
//     the tuning names' Russian romanizations; otherwise [Russian], the language most often
//     romanized from Cyrillic in the press. Belarusian and Serbian are never guessed without
//     their letters.
//
// On real names held out from the model (translit/testdata/cyrlang_heldout.tsv, names with
// no telling letter), ToLatin then gives 66.5 % of Ukrainian names their KMU 2010 spelling
// (40.7 % when all were read as Russian) and 96.7 % of Russian names their BGN/PCGN one
// (100 % before): Дмитро Кулеба is Dmytro Kuleba. A short or foreign-looking name with no
// telling letter (Борис, Житомир) stays Russian or may read as Bulgarian; call a standard's
// [Standard.Romanize] to choose the language yourself. DetectCyrillic allocates nothing.
func DetectCyrillic(s string) Standard {
	_, seen := scanCyrillic(s, true)
	return decideOrGuess(s, seen)
}

// decideOrGuess applies the letter rules to seen, the telling-letter bits of s, and, when
// no letter tells, the trigram model (guessCyrillic) to the text itself.
func decideOrGuess(s string, seen uint32) Standard {
	if std, ok := decideCyrillic(seen); ok {
		return std
	}
	return guessCyrillic(s)
}

// letterBits holds cyrillicLetter(r, false) for U+0400–U+04FF, the bits a letter sets alone.
var letterBits = func() (t [0x100]uint32) {
	for i := range t {
		t[i] = cyrillicLetter(rune(0x400+i), false)
	}
	return t
}()

// scanCyrillic reads s once and reports whether it is surely NFC (see nfcQuickRune)
// and, when detect is set, the telling-letter bits that DetectCyrillic decides on: the same
// bits as wordScan gathers, with the rare contexts (an apostrophe between letters, the ending
// -ський) looked for only where s has the letters they need.
func scanCyrillic(s string, detect bool) (quick bool, seen uint32) {
	quick = true
	prevHard, apos, soft := false, false, false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			prevHard = false
			apos = apos || c == '\''
			i++
			continue
		}
		r, size := decodeRune(s[i:])
		i += size
		if quick && !nfcQuickRune(r) {
			quick = false
			if !detect {
				return false, 0
			}
		}
		if !detect {
			continue
		}
		if r < 0x400 || r > 0x4FF {
			prevHard = false
			apos = apos || isWordApostrophe(r)
			continue
		}
		seen |= letterBits[r-0x400]
		if prevHard {
			seen |= cyrillicLetter(r, true) &^ letterBits[r-0x400]
		}
		prevHard = r == 'ъ' || r == 'Ъ'
		soft = soft || r == 'й' || r == 'Й'
	}
	if detect && (apos || soft) {
		// An apostrophe or a й: read the words again with the full context.
		var w wordScan
		for _, r := range s {
			w.add(r)
		}
		seen |= w.seen & (cyrApos | cyrSkyi)
	}
	return quick, seen
}

// wordScan collects telling-letter bits rune by rune.
type wordScan struct {
	seen     uint32
	prevHard bool    // the previous rune was ъ
	prevCyr  bool    // the previous rune was a Cyrillic letter
	apos     bool    // the previous rune was an apostrophe after a Cyrillic letter
	last     [4]rune // the last four runes, lowercased, oldest first
}

func (w *wordScan) add(r rune) {
	cyr := r >= 0x400 && r <= 0x4FF
	w.seen |= cyrillicLetter(r, w.prevHard)
	if w.apos && cyr {
		w.seen |= cyrApos
	}
	l := r
	if cyr {
		l, _, _ = lowerRune(r) // only Cyrillic letters take part in the ending test below
	}
	if l == 'й' && w.last[1] == 'ь' && w.last[2] == 'к' && w.last[3] == 'и' {
		switch w.last[0] {
		case 'с', 'ц', 'з':
			w.seen |= cyrSkyi
		}
	}
	w.last = [4]rune{w.last[1], w.last[2], w.last[3], l}
	w.apos = w.prevCyr && isWordApostrophe(r)
	w.prevHard = r == 'ъ' || r == 'Ъ'
	w.prevCyr = cyr
}

// cyrillicHint applies the rules of [DetectCyrillic] to one word. It reports false when the
// word has no telling letter, so that a streaming Transformer keeps its current guess.
func cyrillicHint(word []rune) (Standard, bool) {
	var w wordScan
	for _, r := range word {
		w.add(r)
	}
	return decideCyrillic(w.seen)
}

// cyrillicLetter returns the telling-letter bits of r; prevHard says the rune before r was ъ.
func cyrillicLetter(r rune, prevHard bool) uint32 {
	if r < 0x400 || r > 0x4FF {
		return 0
	}
	var bit uint32
	switch r {
	case 'ґ', 'Ґ', 'є', 'Є', 'ї', 'Ї':
		bit = cyrUkr
	case 'і', 'І':
		bit = cyrI
	case 'ў', 'Ў':
		bit = cyrBel
	case 'ы', 'Ы', 'э', 'Э', 'ё', 'Ё':
		bit = cyrRus
	case 'ђ', 'Ђ', 'ћ', 'Ћ':
		bit = cyrSrb
	case 'ј', 'Ј', 'љ', 'Љ', 'њ', 'Њ', 'џ', 'Џ':
		bit = cyrSrbMkd
	case 'ѓ', 'Ѓ', 'ќ', 'Ќ', 'ѕ', 'Ѕ':
		bit = cyrMkd
	case 'ә', 'Ә', 'ғ', 'Ғ', 'қ', 'Қ', 'ұ', 'Ұ', 'һ', 'Һ':
		bit = cyrKaz
	case 'ң', 'Ң', 'ө', 'Ө', 'ү', 'Ү':
		bit = cyrTurkic
	}
	if prevHard {
		switch r {
		case 'е', 'Е', 'ё', 'Ё', 'ю', 'Ю', 'я', 'Я':
			bit |= cyrHard
		default:
			bit |= cyrBulHard
		}
	}
	return bit
}

// decideCyrillic turns telling-letter bits into a standard; false means no telling letter.
func decideCyrillic(seen uint32) (Standard, bool) {
	switch {
	case seen == 0:
		return Russian, false
	case seen&cyrMkd != 0:
		return Macedonian, true
	case seen&cyrSrb != 0:
		return Serbian, true
	case seen&cyrKaz != 0:
		return Kazakh, true
	case seen&cyrBel != 0:
		return Belarusian, true
	case seen&cyrUkr != 0:
		return Ukrainian, true
	case seen&cyrSrbMkd != 0:
		return Serbian, true
	case seen&cyrTurkic != 0:
		if seen&cyrI != 0 {
			return Kazakh, true
		}
		return Kyrgyz, true
	case seen&(cyrI|cyrApos|cyrSkyi) != 0:
		if seen&cyrRus != 0 {
			return Belarusian, true
		}
		return Ukrainian, true
	case seen&cyrBulHard != 0 && seen&cyrRus == 0:
		return Bulgarian, true
	}
	return Russian, true
}
