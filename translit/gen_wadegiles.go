//go:build ignore

// gen_wadegiles writes rules/zh_wadegiles.tsv: for every toneless pinyin syllable of
// rules/han_pinyin.tsv, its Wade–Giles spelling as the press prints it (apostrophes and
// umlauts dropped: ch'ing as ching) and the further spellings of the Chinese Postal Map
// Romanization, so that WadeGilesReadings can read Tientsin, Tsingtao, Kweilin or Chengchow
// back to pinyin.
//
// Usage (from the translit directory):
//
//	go run gen_wadegiles.go
//
// Sources: the Wade–Giles system (Thomas Wade 1867, Herbert Giles 1892) as its standard
// correspondence with Hanyu Pinyin sets it out — initials b p, p p', d t, t t', g k, k k',
// j ch, q ch', x hs, zh ch, ch ch', r j, z ts (tz before u), c ts' (tz' before u), s s (ss
// before u); finals -ong -ung, -ian -ien, -ie -ieh, -ui -uei, -uo -o (but kuo, huo, shuo),
// -e -o after g k h, -i -ih after zh ch sh r, er erh, ü u, üe ueh, yan yen, ye yeh, you yu,
// yong yung, yi i; and the Chinese Postal Map Romanization (1906), which writes j and q
// before i or ü as ts or k (Tsinan, Tsingtao, Tientsin, Kiangsi), x before i as s (Sian),
// gu and ku as kw (Kwangchow, Kweilin), hu before a as hw (Hwangho) and a final ou as ow
// (Chengchow, Hangchow).
// Each row: a spelling, one pinyin syllable it may stand for, and the system it comes from
// (wg or postal); a spelling may stand for several (ching: jing or qing), and a syllable has
// several spellings, one of them Wade–Giles.
package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"slices"
	"strings"
)

var initials = []string{"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s"}

// wgInitial is the Wade–Giles initial of each pinyin initial, apostrophes dropped.
var wgInitial = map[string]string{
	"b": "p", "p": "p", "m": "m", "f": "f", "d": "t", "t": "t", "n": "n", "l": "l",
	"g": "k", "k": "k", "h": "h", "j": "ch", "q": "ch", "x": "hs",
	"zh": "ch", "ch": "ch", "sh": "sh", "r": "j", "z": "ts", "c": "ts", "s": "s", "": "",
}

// wgFinal is the Wade–Giles final of each pinyin final that it always spells another way
// (ü written v).
var wgFinal = map[string]string{
	"ong": "ung", "iong": "iung", "ian": "ien", "ie": "ieh", "ue": "ueh", "ve": "ueh",
	"v": "u", "van": "uan", "vn": "un",
}

// wadeGiles returns the Wade–Giles spelling of a toneless pinyin syllable (ü written v or u).
func wadeGiles(syl string) string {
	ini := ""
	for _, i := range initials {
		if strings.HasPrefix(syl, i) {
			ini = i
			break
		}
	}
	fin := syl[len(ini):]
	// Syllables without an initial.
	if ini == "" {
		switch syl {
		case "yi":
			return "i"
		case "ye":
			return "yeh"
		case "you":
			return "yu"
		case "yan":
			return "yen"
		case "yong":
			return "yung"
		case "yue":
			return "yueh"
		case "e":
			return "o"
		case "er":
			return "erh"
		}
		return syl
	}
	// The apical vowel after the sibilants.
	if fin == "i" {
		switch ini {
		case "zh", "ch", "sh", "r":
			return wgInitial[ini] + "ih"
		case "z", "c":
			return "tzu"
		case "s":
			return "ssu"
		}
	}
	switch {
	case wgFinal[fin] != "":
		fin = wgFinal[fin]
	case fin == "ui" && ini != "h" && ini != "sh":
		fin = "uei"
	case fin == "uo" && ini != "g" && ini != "k" && ini != "h" && ini != "sh":
		fin = "o"
	case fin == "e" && (ini == "g" || ini == "k" || ini == "h"):
		fin = "o"
	}
	return wgInitial[ini] + fin
}

// postal returns the further spellings of the Chinese Postal Map Romanization for pinyin syl
// whose Wade–Giles spelling is wg.
func postal(syl, wg string) []string {
	var out []string
	palatal := (strings.HasPrefix(syl, "j") || strings.HasPrefix(syl, "q")) && len(syl) > 1
	if palatal {
		rest := wg[len("ch"):]
		out = append(out, "ts"+rest, "k"+rest)
	}
	if strings.HasPrefix(syl, "x") {
		out = append(out, "s"+wg[len("hs"):])
	}
	if (strings.HasPrefix(syl, "gu") || strings.HasPrefix(syl, "ku")) && len(syl) > 2 {
		out = append(out, "kw"+wg[len("ku"):])
	}
	if strings.HasPrefix(syl, "hua") {
		out = append(out, "hw"+wg[len("hu"):])
	}
	var more []string
	for _, s := range append([]string{wg}, out...) {
		if strings.HasSuffix(s, "ou") && len(s) > 2 {
			more = append(more, s[:len(s)-2]+"ow")
		}
	}
	return append(out, more...)
}

func main() {
	f, err := os.Open("rules/han_pinyin.tsv")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var syllables []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		t := sc.Text()
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		p, _, _ := strings.Cut(t, "\t")
		if p == "pinyin" || strings.ContainsAny(p, " ") {
			continue
		}
		syllables = append(syllables, p)
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	var rows []string
	for _, s := range syllables {
		key := strings.ReplaceAll(s, "ü", "v")
		wg := wadeGiles(key)
		plain := strings.ReplaceAll(s, "ü", "u")
		rows = append(rows, wg+"\t"+plain+"\twg")
		for _, sp := range postal(key, wg) {
			if sp != wg {
				rows = append(rows, sp+"\t"+plain+"\tpostal")
			}
		}
	}
	slices.Sort(rows)
	rows = slices.Compact(rows)
	o, err := os.Create("rules/zh_wadegiles.tsv")
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(o)
	fmt.Fprintln(w, "# Code generated by gen_wadegiles.go; DO NOT EDIT.")
	fmt.Fprintln(w, "# Wade–Giles (apostrophes and umlauts dropped) and Chinese Postal Map Romanization spellings")
	fmt.Fprintln(w, "# of the toneless pinyin syllables of rules/han_pinyin.tsv (Unihan kMandarin), each with a")
	fmt.Fprintln(w, "# pinyin syllable it may stand for; see gen_wadegiles.go for the correspondence and its sources.")
	fmt.Fprintln(w, "# system: wg for the Wade–Giles spelling of the syllable (one a syllable), postal for a further")
	fmt.Fprintln(w, "# spelling of the Chinese Postal Map Romanization.")
	fmt.Fprintln(w, "spelling\tpinyin\tsystem")
	for _, r := range rows {
		fmt.Fprintln(w, r)
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := o.Close(); err != nil {
		log.Fatal(err)
	}
}
