package entity

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
)

//go:generate go run gen_wordlist.go

// wordlistTSV is data/wordlist/wordlist.tsv (see gen_wordlist.go): English words and personal
// names, folded and sorted, each with its class.
//
//go:embed data/wordlist/wordlist.tsv
var wordlistTSV string

// wordClass is what the word list says of a folded word.
type wordClass uint8

const (
	unlisted   wordClass = iota
	commonWord           // an English word written in lower case (hill, post, chad): perhaps a name too
	nameOnly             // a proper noun or a personal name only (Giorgia, Beckham, Witkoff is not listed)
)

// wordlist is the parsed word list: the offset and length of the word of each row in
// wordlistTSV (rows sorted), and the row's class letter.
type wordlist struct {
	rows    []uint32
	size    []uint8
	classes []byte
}

var loadWordlist = sync.OnceValue(func() *wordlist {
	wl := &wordlist{}
	s := wordlistTSV
	header := true
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '\n')
		if j < 0 {
			j = len(s) - i
		}
		line := s[i : i+j]
		switch {
		case line == "" || line[0] == '#':
		case header:
			header = false // word	class
		default:
			word, class, _ := strings.Cut(line, "\t")
			wl.rows = append(wl.rows, uint32(i))
			wl.size = append(wl.size, uint8(min(len(word), 255)))
			wl.classes = append(wl.classes, class[0])
		}
		i += j + 1
	}
	return wl
})

// row returns the word and class of row k.
func (wl *wordlist) row(k int) (string, byte) {
	start := wl.rows[k]
	return wordlistTSV[start : start+uint32(wl.size[k])], wl.classes[k]
}

// class returns the class of the folded word w.
func (wl *wordlist) class(w string) wordClass {
	k := sort.Search(len(wl.rows), func(k int) bool {
		word, _ := wl.row(k)
		return word >= w
	})
	if k == len(wl.rows) {
		return unlisted
	}
	word, c := wl.row(k)
	if word != w {
		return unlisted
	}
	if c == 'w' {
		return commonWord
	}
	return nameOnly
}
