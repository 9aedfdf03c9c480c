//go:build ignore

// gen_han writes rules/han_pinyin.tsv, the toneless Hanyu Pinyin reading of every Han
// character that has a kMandarin reading in the Unihan database (or whose simplified,
// traditional or z-variant has one), and rules/han_hangul.tsv, the Korean (Hanja) readings
// of every character with a kHangul reading.
//
// Usage (from the translit directory):
//
//	go run gen_han.go [-src Unihan_Readings.txt.bz2] [-variants Unihan_Variants.txt.bz2]
//	                  [-o rules/han_pinyin.tsv] [-ko rules/han_hangul.tsv]
//
// The sources are Unihan_Readings.txt and Unihan_Variants.txt from the Unicode Character
// Database, plain or bzip2-compressed; the Debian package unicode-data installs them under
// /usr/share/unicode/ (the defaults).
//
// kMandarin gives the most common reading of a character (Unicode Standard Annex #38); where
// it gives two, the first (the reading in the PRC) is kept. Tone marks are removed; ü stays.
// A character without kMandarin takes the reading of its kSimplifiedVariant,
// kTraditionalVariant or kZVariant, the first that has one (a traditional form reads like
// its simplified one). Characters are grouped by reading, one line per reading, in code point
// order, so the file stays small and readable.
//
// kHangul gives the Hangul syllables of a character's Korean readings, the most common first;
// han_hangul.tsv lists per syllable the characters that have it as their first reading and
// those that have it as a later one (金 reads 금 first and 김 as the surname).
package main

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func main() {
	src := flag.String("src", "/usr/share/unicode/Unihan_Readings.txt.bz2", "Unihan_Readings.txt, plain or .bz2")
	vsrc := flag.String("variants", "/usr/share/unicode/Unihan_Variants.txt.bz2", "Unihan_Variants.txt, plain or .bz2")
	out := flag.String("o", "rules/han_pinyin.tsv", "pinyin output file")
	ko := flag.String("ko", "rules/han_hangul.tsv", "Hangul output file")
	flag.Parse()
	variants, err := withFile(*vsrc, readVariants)
	if err != nil {
		log.Fatalf("%s: %v", *vsrc, err)
	}
	tables, err := withFile(*src, func(r io.Reader) ([2][]byte, error) { return generate(r, variants) })
	if err != nil {
		log.Fatalf("%s: %v", *src, err)
	}
	if err := os.WriteFile(*out, tables[0], 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*ko, tables[1], 0o644); err != nil {
		log.Fatal(err)
	}
}

// withFile opens name (bzip2-compressed if it ends in .bz2) and hands it to read.
func withFile[T any](name string, read func(io.Reader) (T, error)) (T, error) {
	var zero T
	f, err := os.Open(name)
	if err != nil {
		return zero, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(name, ".bz2") {
		r = bzip2.NewReader(f)
	}
	return read(r)
}

// variantFields are the Unihan_Variants fields whose characters read alike, in the order
// they are tried.
var variantFields = []string{"kSimplifiedVariant", "kTraditionalVariant", "kZVariant"}

// readVariants reads Unihan_Variants.txt: for each character, its variants in the order of
// variantFields.
func readVariants(r io.Reader) (map[rune][]rune, error) {
	byField := map[string]map[rune][]rune{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 3 || !slices.Contains(variantFields, fields[1]) {
			continue
		}
		cp, err := parseCodePoint(fields[0])
		if err != nil {
			return nil, fmt.Errorf("line %d: code point: %v", line, err)
		}
		for _, v := range strings.Fields(fields[2]) {
			vp, err := parseCodePoint(strings.SplitN(v, "<", 2)[0])
			if err != nil {
				return nil, fmt.Errorf("line %d: %s: %v", line, fields[1], err)
			}
			if byField[fields[1]] == nil {
				byField[fields[1]] = map[rune][]rune{}
			}
			byField[fields[1]][cp] = append(byField[fields[1]][cp], vp)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(byField) == 0 {
		return nil, fmt.Errorf("not a Unihan_Variants.txt file (no variant field)")
	}
	out := map[rune][]rune{}
	for _, f := range variantFields {
		for cp, vs := range byField[f] {
			out[cp] = append(out[cp], vs...)
		}
	}
	return out, nil
}

func parseCodePoint(s string) (rune, error) {
	cp, err := strconv.ParseUint(strings.TrimPrefix(s, "U+"), 16, 32)
	return rune(cp), err
}

// generate reads Unihan_Readings.txt and returns the pinyin table and the Hangul table.
func generate(r io.Reader, variants map[rune][]rune) ([2][]byte, error) {
	var version, date string
	pinyin := map[rune]string{}
	hangul := map[rune][]string{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if v, ok := strings.CutPrefix(text, "# Unicode version: "); ok {
			version = strings.TrimSpace(v)
		}
		if v, ok := strings.CutPrefix(text, "# Date: "); ok {
			date = strings.TrimSpace(v)
		}
		if text == "" || text[0] == '#' {
			continue
		}
		fields := strings.Split(text, "\t")
		if len(fields) != 3 || (fields[1] != "kMandarin" && fields[1] != "kHangul") {
			continue
		}
		cp, err := parseCodePoint(fields[0])
		if err != nil {
			return [2][]byte{}, fmt.Errorf("line %d: code point: %v", line, err)
		}
		if fields[1] == "kHangul" {
			for _, h := range strings.Fields(fields[2]) {
				syl, _, _ := strings.Cut(h, ":")
				if syl == "" {
					return [2][]byte{}, fmt.Errorf("line %d: kHangul: empty reading", line)
				}
				if !slices.Contains(hangul[cp], syl) {
					hangul[cp] = append(hangul[cp], syl)
				}
			}
			continue
		}
		reading := toneless(strings.Fields(fields[2])[0])
		if reading == "" {
			return [2][]byte{}, fmt.Errorf("line %d: kMandarin: empty reading", line)
		}
		pinyin[cp] = reading
	}
	if err := sc.Err(); err != nil {
		return [2][]byte{}, err
	}
	if version == "" || len(pinyin) == 0 {
		return [2][]byte{}, fmt.Errorf("not a Unihan_Readings.txt file (no version line or no kMandarin field)")
	}
	own := len(pinyin)
	for cp, vs := range variants {
		if _, ok := pinyin[cp]; ok {
			continue
		}
		for _, v := range vs {
			if p, ok := pinyin[v]; ok && v != cp {
				pinyin[cp] = p
				break
			}
		}
	}
	byReading := map[string][]rune{}
	for cp, p := range pinyin {
		byReading[p] = append(byReading[p], cp)
	}
	readings := make([]string, 0, len(byReading))
	for k := range byReading {
		readings = append(readings, k)
	}
	sort.Strings(readings)
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Code generated by gen_han.go; DO NOT EDIT.\n")
	fmt.Fprintf(&b, "# Source: Unicode Character Database %s, Unihan_Readings.txt (%s), field kMandarin:\n", version, date)
	fmt.Fprintf(&b, "# the most common Mandarin reading of each character, the first where two are given;\n")
	fmt.Fprintf(&b, "# a character without one reads as its first variant that has one (Unihan_Variants.txt:\n")
	fmt.Fprintf(&b, "# kSimplifiedVariant, kTraditionalVariant, kZVariant).\n")
	fmt.Fprintf(&b, "# Tone marks removed, ü kept. %d characters (%d by a variant), %d readings.\n", len(pinyin), len(pinyin)-own, len(readings))
	fmt.Fprintf(&b, "# Columns: the toneless Hanyu Pinyin reading; the characters with it, in code point order.\n")
	fmt.Fprintf(&b, "pinyin\tcharacters\n")
	for _, k := range readings {
		cs := byReading[k]
		slices.Sort(cs)
		fmt.Fprintf(&b, "%s\t%s\n", k, string(cs))
	}
	first, later := map[string][]rune{}, map[string][]rune{}
	for cp, hs := range hangul {
		first[hs[0]] = append(first[hs[0]], cp)
		for _, h := range hs[1:] {
			later[h] = append(later[h], cp)
		}
	}
	syls := make([]string, 0, len(first)+len(later))
	for h := range first {
		syls = append(syls, h)
	}
	for h := range later {
		if _, ok := first[h]; !ok {
			syls = append(syls, h)
		}
	}
	sort.Strings(syls)
	var k bytes.Buffer
	fmt.Fprintf(&k, "# Code generated by gen_han.go; DO NOT EDIT.\n")
	fmt.Fprintf(&k, "# Source: Unicode Character Database %s, Unihan_Readings.txt (%s), field kHangul:\n", version, date)
	fmt.Fprintf(&k, "# the Korean (Hanja) readings of each character as Hangul syllables, the most common first.\n")
	fmt.Fprintf(&k, "# %d characters, %d syllables.\n", len(hangul), len(syls))
	fmt.Fprintf(&k, "# Columns: the Hangul syllable; the characters whose first reading it is; the characters\n")
	fmt.Fprintf(&k, "# for which it is a later reading (金: 금 first, 김 later); each in code point order, - for none.\n")
	fmt.Fprintf(&k, "hangul\tfirst\tlater\n")
	for _, h := range syls {
		f, l := first[h], later[h]
		slices.Sort(f)
		slices.Sort(l)
		fmt.Fprintf(&k, "%s\t%s\t%s\n", h, orDash(f), orDash(l))
	}
	return [2][]byte{b.Bytes(), k.Bytes()}, nil
}

func orDash(rs []rune) string {
	if len(rs) == 0 {
		return "-"
	}
	return string(rs)
}

// toneless removes the tone marks of a pinyin syllable and keeps ü.
func toneless(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) && r != '\u0308' {
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}
