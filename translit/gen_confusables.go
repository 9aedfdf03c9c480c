//go:build ignore

// gen_confusables writes confusables_table.go: the letters of Cyrillic, Greek and Armenian
// that the Unicode confusables data (UTS #39, confusables.txt) gives a Latin-letter prototype,
// with the Latin text that Unconfuse puts in their place.
//
// Usage:
//
//	go run gen_confusables.go [-src confusables.json] [-out confusables_table.go]
//
// The source is confusables.json as shipped by Debian's python3-confusable-homoglyphs (install
// it with `apt-get install python3-confusable-homoglyphs`). That file holds confusables.txt as
// an undirected graph: for each line "source → prototype" of confusables.txt it lists the
// prototype under the source and the source under the prototype, each with its character name.
//
// What is kept, and why:
//
//  1. Sources: letters (general category L) of the Cyrillic, Greek and Armenian scripts. Latin
//     look-alikes of other scripts (Cherokee, Lisu, Hebrew, Arabic …) are left out: the
//     package romanizes none of them as Latin disguises, and right-to-left letters would need
//     bidi care.
//  2. Direction: a kept source must have exactly one entry in the file. A letter that is also
//     the prototype of other characters has more, and is rejected, because the file does not
//     say which way its edges run. The entry must list the source back under the target.
//  3. Targets: the prototype must be one Latin letter, optionally followed by combining marks:
//     an ASCII letter (Cyrillic е → e), or a letter named "LATIN LETTER SMALL CAPITAL X"
//     (Cyrillic т → ᴛ), which is taken as the letter X. Any other prototype (к → ĸ, β → ß,
//     Ы → bl, З → 3) is dropped: the letter stays as it is.
//  4. Case: confusables.txt maps to skeleton prototypes whose case is sometimes the other one
//     (Cyrillic І → l). When the source is uppercase and the letter is lowercase, the
//     uppercase form is used: the uppercase ASCII letter that the file maps to the same
//     prototype if there is one (I → l, so І gives I), else the letter's uppercase (Ь → b
//     gives B). A lowercase source gets the lowercase form the same way (т → ᴛ gives t).
//  5. Decomposed letters: as the UTS #39 skeleton does, a letter with a canonical
//     decomposition is read in NFD; when its first rune is kept and the rest are combining
//     marks, it maps to NFC(target + marks) (Cyrillic ё = е + U+0308 gives ë).
//
// The marks of a target are kept as the data gives them; they are not themselves mapped.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// defaultSrc is where Debian's python3-confusable-homoglyphs installs the data.
const defaultSrc = "/usr/lib/python3/dist-packages/confusable_homoglyphs/confusables.json"

// sourcePackage names the package that ships the data, for the generated header.
const sourcePackage = "python3-confusable-homoglyphs"

// sourceScripts are the scripts whose letters may be mapped.
var sourceScripts = []*unicode.RangeTable{unicode.Cyrillic, unicode.Greek, unicode.Armenian}

type entry struct {
	C string `json:"c"` // the other character (or sequence)
	N string `json:"n"` // its character name(s), comma-separated for a sequence
}

type mapping struct {
	from rune
	to   string
	note string
}

var smallCapital = regexp.MustCompile(`^LATIN LETTER SMALL CAPITAL ([A-Z])$`)

func main() {
	log.SetFlags(0)
	log.SetPrefix("gen_confusables: ")
	src := flag.String("src", defaultSrc, "confusables.json of "+sourcePackage)
	out := flag.String("out", "confusables_table.go", "file to write")
	uver := flag.String("unicode", "not recorded in the file, which maps characters added in Unicode 13.0",
		"Unicode version of the data, for the header")
	flag.Parse()

	raw, err := os.ReadFile(*src)
	if err != nil {
		log.Fatalf("%v (install %s, or pass -src)", err, sourcePackage)
	}
	table, err := build(raw)
	if err != nil {
		log.Fatalf("%s: %v", *src, err)
	}
	version := packageVersion(filepath.Dir(*src))
	code, err := render(table, *src, version, *uver, raw)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, code, 0o644); err != nil {
		log.Fatal(err)
	}
}

// packageVersion reads the version that _version.py beside the data declares.
func packageVersion(dir string) string {
	b, err := os.ReadFile(filepath.Join(dir, "_version.py"))
	if err != nil {
		return "unknown version"
	}
	m := regexp.MustCompile(`"version":\s*"([^"]+)"`).FindSubmatch(b)
	if m == nil {
		return "unknown version"
	}
	return string(m[1])
}

// clean drops the direction marks that confusables.txt puts around right-to-left text in its
// comments, from which the JSON was made.
func clean(s string) string {
	return strings.NewReplacer("\u200e", "", "\u200f", "").Replace(s)
}

func build(raw []byte) ([]mapping, error) {
	var graph map[string][]entry
	if err := json.Unmarshal(raw, &graph); err != nil {
		return nil, err
	}
	names := make(map[string][]entry, len(graph)) // every key, sequences too: for names
	edges := make(map[rune][]entry, len(graph))   // single-rune keys
	for k, list := range graph {
		k = clean(k)
		for _, e := range list {
			names[k] = append(names[k], entry{C: clean(e.C), N: e.N})
		}
		r, size := utf8.DecodeRuneInString(k)
		if size == 0 || size != len(k) {
			continue // a sequence: never a letter we map
		}
		for _, e := range list {
			edges[r] = append(edges[r], entry{C: clean(e.C), N: e.N})
		}
	}

	// direct holds the kept mappings of letters that appear in the file themselves.
	direct := map[rune]mapping{}
	for r, list := range edges {
		if !isSourceLetter(r) || len(list) != 1 {
			continue
		}
		letter, marks, ok := latinLetter(list[0])
		if !ok {
			continue
		}
		if !listsBack(edges, list[0].C, r) {
			return nil, fmt.Errorf("U+%04X %c → %+q: the target does not list the source back", r, r, list[0].C)
		}
		cased, how := fixCase(r, letter, edges)
		note := fmt.Sprintf("%s → %s", nameOf(names, list[0].C, r), list[0].N)
		if how != "" {
			note += "; " + how
		}
		direct[r] = mapping{from: r, to: norm.NFC.String(string(cased) + marks), note: note}
	}

	var table []mapping
	for _, rt := range sourceScripts {
		for r := range runesOf(rt) {
			if !unicode.IsLetter(r) {
				continue
			}
			if m, ok := direct[r]; ok {
				table = append(table, m)
				continue
			}
			d := norm.NFD.String(string(r))
			base, size := utf8.DecodeRuneInString(d)
			if size == len(d) {
				continue // no decomposition
			}
			m, ok := direct[base]
			if !ok || !allMarks(d[size:]) {
				continue
			}
			table = append(table, mapping{
				from: r,
				to:   norm.NFC.String(m.to + d[size:]),
				note: fmt.Sprintf("NFD %+q, %c → %s", d, base, m.to),
			})
		}
	}
	slices.SortFunc(table, func(a, b mapping) int { return int(a.from - b.from) })
	table = slices.CompactFunc(table, func(a, b mapping) bool { return a.from == b.from })
	if len(table) == 0 {
		return nil, fmt.Errorf("no mapping kept: is this confusables.json?")
	}
	return table, nil
}

// runesOf yields the runes of a range table in order.
func runesOf(rt *unicode.RangeTable) func(yield func(rune) bool) {
	return func(yield func(rune) bool) {
		for _, r16 := range rt.R16 {
			for r := rune(r16.Lo); r <= rune(r16.Hi); r += rune(r16.Stride) {
				if !yield(r) {
					return
				}
			}
		}
		for _, r32 := range rt.R32 {
			for r := rune(r32.Lo); r <= rune(r32.Hi); r += rune(r32.Stride) {
				if !yield(r) {
					return
				}
			}
		}
	}
}

func isSourceLetter(r rune) bool {
	if !unicode.IsLetter(r) {
		return false
	}
	for _, rt := range sourceScripts {
		if unicode.Is(rt, r) {
			return true
		}
	}
	return false
}

// latinLetter reads a target as one Latin letter plus combining marks (rule 3).
func latinLetter(e entry) (letter rune, marks string, ok bool) {
	d := norm.NFD.String(e.C)
	first, size := utf8.DecodeRuneInString(d)
	if size == 0 || !allMarks(d[size:]) {
		return 0, "", false
	}
	switch {
	case first < utf8.RuneSelf && isASCIILetter(byte(first)):
		return first, d[size:], true
	case unicode.Is(unicode.Latin, first):
		firstName, _, _ := strings.Cut(e.N, ", ")
		if m := smallCapital.FindStringSubmatch(firstName); m != nil {
			return rune(m[1][0]), d[size:], true // the name gives the capital; fixCase sets case
		}
	}
	return 0, "", false
}

func isASCIILetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

func allMarks(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.M, r) {
			return false
		}
	}
	return true
}

// listsBack reports whether the entry of target lists src.
func listsBack(edges map[rune][]entry, target string, src rune) bool {
	t, size := utf8.DecodeRuneInString(target)
	if size != len(target) {
		return true // a sequence has no entry of its own to check
	}
	for _, e := range edges[t] {
		if e.C == string(src) {
			return true
		}
	}
	return false
}

// nameOf returns the name the file gives src in the entry of target.
func nameOf(names map[string][]entry, target string, src rune) string {
	for _, e := range names[target] {
		if e.C == string(src) {
			return e.N
		}
	}
	return fmt.Sprintf("U+%04X", src)
}

// fixCase gives letter the case of src (rule 4) and says what it changed.
func fixCase(src, letter rune, edges map[rune][]entry) (rune, string) {
	switch {
	case unicode.IsUpper(src) && unicode.IsLower(letter):
		if u, ok := classMate(edges, letter, unicode.IsUpper); ok {
			return u, fmt.Sprintf("case: %c, which the data also maps to %c", u, letter)
		}
		return unicode.ToUpper(letter), fmt.Sprintf("case: uppercase of %c", letter)
	case unicode.IsLower(src) && unicode.IsUpper(letter):
		if l, ok := classMate(edges, letter, unicode.IsLower); ok {
			return l, fmt.Sprintf("case: %c, which the data also maps to %c", l, letter)
		}
		return unicode.ToLower(letter), fmt.Sprintf("case: lowercase of %c", letter)
	}
	return letter, ""
}

// classMate finds an ASCII letter of the wanted case that the data maps to letter: the
// sources listed under letter whose only entry is letter.
func classMate(edges map[rune][]entry, letter rune, want func(rune) bool) (rune, bool) {
	var found []rune
	for _, e := range edges[letter] {
		if len(e.C) != 1 || !isASCIILetter(e.C[0]) {
			continue
		}
		r := rune(e.C[0])
		if !want(r) {
			continue
		}
		if back := edges[r]; len(back) == 1 && back[0].C == string(letter) {
			found = append(found, r)
		}
	}
	if len(found) != 1 {
		return 0, false
	}
	return found[0], true
}

func render(table []mapping, src, version, uver string, raw []byte) ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by gen_confusables.go from %s %s (%s, sha256 %x; Unicode UTS #39 confusables data, version %s); DO NOT EDIT.\n\n",
		sourcePackage, version, filepath.Base(src), sha256.Sum256(raw), uver)
	b.WriteString("package translit\n\n")
	fmt.Fprintf(&b, "// confusableTable maps %d letters of Cyrillic, Greek and Armenian to the Latin text that\n", len(table))
	b.WriteString("// looks like them, sorted by rune. See gen_confusables.go for the rules.\n")
	b.WriteString("var confusableTable = [...]confusable{\n")
	for _, m := range table {
		fmt.Fprintf(&b, "{0x%04X, %+q}, // %c → %s: %s\n", m.from, m.to, m.from, m.to, m.note)
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}
