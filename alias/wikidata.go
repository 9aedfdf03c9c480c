package alias

import (
	"bytes"
	"encoding/json"
	"io"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// wikidataKinds maps Wikidata classes to kinds (data/wikidata_kinds.tsv).
var wikidataKinds = sync.OnceValues(func() (map[string]Kind, error) {
	return loadKindMap("data/wikidata_kinds.tsv", "class")
})

// wdEntity is one entity of a Wikidata JSON dump, holding only what is
// read; encoding/json skips the rest (other claims, sitelinks) without
// keeping it.
type wdEntity struct {
	Type         string                  `json:"type"`
	ID           string                  `json:"id"`
	Labels       map[string]wdText       `json:"labels"`
	Aliases      map[string][]wdText     `json:"aliases"`
	Descriptions map[string]wdText       `json:"descriptions"`
	Claims       struct{ P31 []wdClaim } `json:"claims"`
}

type wdText struct {
	Value string `json:"value"`
}

type wdClaim struct {
	Rank     string `json:"rank"`
	Mainsnak struct {
		Datavalue struct {
			Value struct {
				ID        string `json:"id"`
				NumericID int64  `json:"numeric-id"`
			} `json:"value"`
		} `json:"datavalue"`
	} `json:"mainsnak"`
}

// class returns the Q-id a P31 statement points to, or "".
func (c *wdClaim) class() string {
	v := c.Mainsnak.Datavalue.Value
	if v.ID != "" {
		return v.ID
	}
	if v.NumericID > 0 {
		return "Q" + itoa(v.NumericID)
	}
	return ""
}

func itoa(n int64) string {
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// loadWikidata reads a Wikidata JSON dump: a "[" line, one entity per line
// ending in ",", a "]" line. Lines of one entity each without the array
// (as extracts are often written) read the same.
func loadWikidata(r io.Reader, name string, c loadConfig) (*Table, error) {
	kinds, err := wikidataKinds()
	if err != nil {
		return nil, err
	}
	if c.kinds != nil {
		kinds = maps.Clone(kinds)
		maps.Copy(kinds, c.kinds)
	}
	b := NewBuilder()
	_, err = eachLineMax(r, name, MaxRecordLen, func(n int, line []byte) error {
		if n == 1 {
			line = bytes.TrimPrefix(line, bom)
		}
		line = bytes.TrimSpace(line)
		line = bytes.TrimSuffix(line, []byte(","))
		if len(line) == 0 || string(line) == "[" || string(line) == "]" {
			return nil
		}
		return addWikidata(b, kinds, c.languages, line, name, n)
	})
	if err != nil {
		return nil, err
	}
	return b.finish(), nil
}

// addWikidata adds the item of one dump line to b, or counts it skipped.
func addWikidata(b *Builder, kinds map[string]Kind, langs []string, line []byte, name string, n int) error {
	fail := func(field string, err error) error { return &ParseError{File: name, Line: n, Field: field, Err: err} }
	if !utf8.Valid(line) {
		return fail("json", ErrInvalidUTF8)
	}
	var x wdEntity
	if err := json.Unmarshal(line, &x); err != nil {
		return fail("json", jsonSyntax(err, line))
	}
	if x.ID == "" {
		return fail("id", ErrEmpty)
	}
	if x.Type != "" && x.Type != "item" {
		b.skip("type " + x.Type) // properties and lexemes
		return nil
	}
	kind, classes := Other, []string(nil)
	decided, by := false, ""
	for _, pass := range []string{"preferred", "normal"} {
		for i := range x.Claims.P31 {
			cl := &x.Claims.P31[i]
			rank := cl.Rank
			if rank == "" {
				rank = "normal"
			}
			if rank != pass {
				continue
			}
			q := cl.class()
			if q == "" {
				continue
			}
			classes = append(classes, q)
			if k, ok := kinds[q]; ok && !decided {
				kind, decided, by = k, true, q
			}
		}
	}
	if kind == "" {
		b.skip("instance of " + by)
		return nil
	}
	order := langs
	if order == nil {
		order = slices.Sorted(maps.Keys(x.Labels))
		for k := range x.Aliases {
			if _, ok := x.Labels[k]; !ok {
				order = append(order, k)
			}
		}
		slices.Sort(order)
	}
	// The name: the label of the first chosen language, by default en,
	// then mul, then the first language in order.
	var e Entity
	first := order
	if langs == nil {
		first = append([]string{"en", "mul"}, order...)
	}
	for _, l := range first {
		if v := strings.TrimSpace(x.Labels[l].Value); v != "" {
			e.Name = v
			if d := x.Descriptions[l].Value; d != "" {
				e.Attrs = map[string]string{"description": d}
			}
			break
		}
	}
	for _, l := range order {
		if v := strings.TrimSpace(x.Labels[l].Value); v != "" {
			e.Aliases = append(e.Aliases, v)
		}
		for _, a := range x.Aliases[l] {
			if v := strings.TrimSpace(a.Value); v != "" {
				e.Aliases = append(e.Aliases, v)
			}
		}
	}
	if e.Name == "" {
		if len(e.Aliases) == 0 {
			b.skip("no label")
			return nil
		}
		e.Name, e.Aliases = e.Aliases[0], e.Aliases[1:]
	}
	e.ID, e.Kind = x.ID, kind
	if len(classes) > 0 {
		if e.Attrs == nil {
			e.Attrs = map[string]string{}
		}
		e.Attrs["instance_of"] = strings.Join(classes, "; ")
	}
	return b.add(e, source{name, n})
}
