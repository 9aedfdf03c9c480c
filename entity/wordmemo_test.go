package entity

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
)

// TestWordMemoSameAnswers checks that the word scores a Finder shares across its lookups
// change no answer: every span of one to three words of the news corpus, and names in other
// scripts and spellings, resolve alike with one wordMemo for all and with none.
func TestWordMemoSameAnswers(t *testing.T) {
	r := Default()
	var queries []string
	for _, line := range strings.Split(newsText(t), "\n") {
		words := strings.FieldsFunc(line, func(c rune) bool {
			return !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '\'' && c != '’' && c != '-' && c != '.'
		})
		for i := range words {
			for n := 1; n <= 3 && i+n <= len(words); n++ {
				queries = append(queries, strings.Join(words[i:i+n], " "))
			}
		}
	}
	queries = append(queries, "Володимир Зеленський", "Зеленського", "Владимир Путин", "Путину",
		"Tichanowskaja", "Tsikhanouskaya", "Sybhia", "Andrii Sybiha", "V. Zelensky", "Kiev", "Kyiv",
		"دونالد ترامب", "习近平", "Moon Jae-in", "Nagorno-Karabakh", "Houthis", "Huthi")
	if len(queries) < 1000 {
		t.Fatalf("only %d queries from the news corpus", len(queries))
	}
	var wm wordMemo
	differ := 0
	for _, q := range queries {
		want, wantOK := r.Resolve(q)
		got, gotOK := r.resolveMemo(q, &r.cfg, &wm)
		if gotOK != wantOK || !reflect.DeepEqual(got, want) {
			differ++
			if differ <= 5 {
				t.Errorf("%q: with the memo %v %+v, without %v %+v", q, gotOK, got, wantOK, want)
			}
		}
	}
	if differ > 0 {
		t.Errorf("%d of %d queries resolve differently with the memo", differ, len(queries))
	}
}
