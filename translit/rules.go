package translit

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// The rule tables: one UTF-8 TSV file per standard, named after [Standard.String].
//
//go:embed rules/*.tsv
var rulesFS embed.FS

// ruleStandards lists the standards whose scheme is a rule table, with the script each reads.
var ruleStandards = []struct {
	std Standard
	sc  script
}{
	{Ukrainian, scriptCyrillic}, {UkrainianICAO, scriptCyrillic}, {Russian, scriptCyrillic},
	{RussianICAO, scriptCyrillic}, {RussianISO9, scriptCyrillic}, {Belarusian, scriptCyrillic},
	{Bulgarian, scriptCyrillic}, {Serbian, scriptCyrillic}, {Macedonian, scriptCyrillic},
	{Kazakh, scriptCyrillic}, {Kyrgyz, scriptCyrillic}, {Greek, scriptGreek},
	{Armenian, scriptArmenian}, {Georgian, scriptGeorgian},
}

func init() {
	for _, rs := range ruleStandards {
		name, sc := rs.std.String(), rs.sc
		register(rs.std, sc, func() scheme { return mustLoadRules(rulesFS, name, sc) })
	}
}

// mustLoadRules parses an embedded rule table. The tables are tested (TestRuleTablesLoad), so
// the panic can only fire if the embedded data was broken and never tested.
func mustLoadRules(fsys fs.FS, name string, sc script) *ruleTable {
	t, err := loadRules(fsys, name, sc)
	if err != nil {
		panic("translit: embedded rule table: " + err.Error())
	}
	return t
}

// Errors a rule table can give, wrapped in a *ruleError that names file, line and field.
var (
	errFieldCount   = errors.New("want 2 to 4 tab-separated fields")
	errNoHeader     = errors.New(`rows before the header "from	to	when	example"`)
	errBadHeader    = errors.New(`header must be "from	to	when	example"`)
	errEmpty        = errors.New("empty")
	errNotLower     = errors.New("not lowercase")
	errNotNFC       = errors.New("not in Unicode normalization form C")
	errBadCondition = errors.New("unknown condition")
	errBadClass     = errors.New("empty letter class")
	errDupClass     = errors.New("class declared twice")
	errUnreachable  = errors.New("unreachable: an earlier row with the same from has no condition")
	errBadExample   = errors.New("want Source=Latin pairs separated by spaces")
	errBadDirective = errors.New("unknown directive")
	errBadMark      = errors.New("want U+XXXX code points of nonspacing marks")
	errInclude      = errors.New("cannot include")
	errIncludeDepth = errors.New("includes nested too deep")
)

// ruleError is a positioned error in a rule table: file, line (1-based) and field.
type ruleError struct {
	File  string
	Line  int
	Field string
	Err   error
}

func (e *ruleError) Error() string {
	return fmt.Sprintf("%s:%d: %s: %v", e.File, e.Line, e.Field, e.Err)
}

func (e *ruleError) Unwrap() error { return e.Err }

// Condition kinds of a rule's when field.
const (
	condStart  uint8 = iota // first letter of the word
	condEnd                 // no letter after the match
	condAfter               // the letter before the match is in set
	condBefore              // the letter after the match is in set
)

// cond is one condition of a rule; neg inverts it. set holds the letters of after/before.
type cond struct {
	kind uint8
	neg  bool
	set  string
}

// rule maps the letters from (lowercase) to Latin output in three case forms.
type rule struct {
	from  []rune
	conds []cond
	lower string // as written in the table
	title string // first letter capitalised: Щ → Shch
	upper string // all capitals: Щ in ЩОРС → SHCH
	file  string
	line  int
}

// example is a Source=Latin pair cited by a row; a test romanizes Source and checks Latin.
type example struct {
	source, latin string
	file          string
	line          int
}

// ruleTable is a parsed rule table: the scheme of one standard. It is read-only after loading
// and safe for concurrent use.
type ruleTable struct {
	name     string
	rules    []rule // sorted by first letter, then longest from first, then table order
	lo       rune   // first letter of rules[0]; spans[r-lo] indexes rules starting with r
	spans    []span // dense index over [lo, lo+len(spans))
	fold     []rune // fold[r-foldLo]: the letter a precomposed letter without a rule folds to
	foldLo   rune   //
	title    bool   // @case title: the script has no case; capitalise each word's first letter
	examples []example
}

type span struct{ start, end uint16 }

// rawTable is one file's content before compilation.
type rawTable struct {
	rules     []rule
	examples  []example
	foldMarks []rune
	title     bool
}

const maxIncludeDepth = 4

// loadRules parses rules/<name>.tsv from fsys and compiles it for script sc.
func loadRules(fsys fs.FS, name string, sc script) (*ruleTable, error) {
	raw, err := parseRuleFile(fsys, name, 0)
	if err != nil {
		return nil, err
	}
	return compileRules(name, sc, raw), nil
}

// parseRuleFile reads one rule file (and the files it includes) into a rawTable.
func parseRuleFile(fsys fs.FS, name string, depth int) (*rawTable, error) {
	file := name + ".tsv"
	data, err := fs.ReadFile(fsys, "rules/"+file)
	if err != nil {
		return nil, err
	}
	raw := &rawTable{}
	classes := map[string]string{}
	header := false
	firstLine := map[string]int{} // from+"\t"+when → line, for duplicate checks within the file
	unconditional := map[string]int{}
	for i, line := range strings.Split(string(data), "\n") {
		ln := i + 1
		line = strings.TrimSuffix(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		perr := func(field string, err error) error {
			return &ruleError{File: file, Line: ln, Field: field, Err: err}
		}
		if !utf8.ValidString(line) {
			return nil, perr("line", errors.New("invalid UTF-8"))
		}
		if strings.HasPrefix(line, "@") {
			directive, arg, _ := strings.Cut(line, "\t")
			switch directive {
			case "@class":
				cname, letters, ok := strings.Cut(arg, "\t")
				if !ok || cname == "" {
					return nil, perr("@class", errBadClass)
				}
				if letters == "" {
					return nil, perr(cname, errBadClass)
				}
				if _, dup := classes[cname]; dup {
					return nil, perr(cname, errDupClass)
				}
				if err := checkSource(letters); err != nil {
					return nil, perr(cname, err)
				}
				classes[cname] = letters
			case "@include":
				if depth >= maxIncludeDepth {
					return nil, perr("@include", errIncludeDepth)
				}
				inc, err := parseRuleFile(fsys, arg, depth+1)
				if err != nil {
					var re *ruleError
					if errors.As(err, &re) {
						return nil, err
					}
					return nil, perr("@include", fmt.Errorf("%w %q: %v", errInclude, arg, err))
				}
				// The included file's examples are checked against its own standard.
				raw.rules = append(raw.rules, inc.rules...)
				if len(raw.foldMarks) == 0 {
					raw.foldMarks = inc.foldMarks
				}
			case "@fold-marks":
				marks, err := parseMarks(arg)
				if err != nil {
					return nil, perr("@fold-marks", err)
				}
				raw.foldMarks = marks
			case "@case":
				if arg != "title" {
					return nil, perr("@case", fmt.Errorf("want title, got %q", arg))
				}
				raw.title = true
			default:
				return nil, perr("directive", fmt.Errorf("%w %q", errBadDirective, directive))
			}
			continue
		}
		fields := strings.Split(line, "\t")
		if !header {
			if len(fields) != 4 || fields[0] != "from" || fields[1] != "to" || fields[2] != "when" || fields[3] != "example" {
				if len(fields) >= 2 && fields[0] != "from" {
					return nil, perr("header", errNoHeader)
				}
				return nil, perr("header", errBadHeader)
			}
			header = true
			continue
		}
		if len(fields) < 2 || len(fields) > 4 {
			return nil, perr("row", errFieldCount)
		}
		for len(fields) < 4 {
			fields = append(fields, "")
		}
		from, to, when, ex := fields[0], fields[1], fields[2], fields[3]
		if from == "" {
			return nil, perr("from", errEmpty)
		}
		if err := checkSource(from); err != nil {
			return nil, perr("from", err)
		}
		if to != strings.ToLower(to) {
			return nil, perr("to", errNotLower)
		}
		if !norm.NFC.IsNormalString(to) {
			return nil, perr("to", errNotNFC)
		}
		conds, err := parseWhen(when, classes)
		if err != nil {
			return nil, perr("when", err)
		}
		key := from + "\t" + when
		if prev, dup := firstLine[key]; dup {
			return nil, perr("when", fmt.Errorf("same from and when as line %d", prev))
		}
		if prev, ok := unconditional[from]; ok {
			return nil, perr("from", fmt.Errorf("%w (line %d)", errUnreachable, prev))
		}
		firstLine[key] = ln
		if len(conds) == 0 {
			unconditional[from] = ln
		}
		exs, err := parseExamples(ex, file, ln)
		if err != nil {
			return nil, perr("example", err)
		}
		raw.examples = append(raw.examples, exs...)
		raw.rules = append(raw.rules, newRule([]rune(from), conds, to, file, ln))
	}
	if !header {
		return nil, &ruleError{File: file, Line: 1, Field: "header", Err: errBadHeader}
	}
	return raw, nil
}

// checkSource reports whether s is usable as source letters: lowercase and NFC.
func checkSource(s string) error {
	for _, r := range s {
		if unicode.ToLower(r) != r {
			return errNotLower
		}
	}
	if !norm.NFC.IsNormalString(s) {
		return errNotNFC
	}
	return nil
}

// parseWhen parses "start,!end,after:CLASS,before:аеи". A CLASS that was not declared is read
// as a literal set of letters.
func parseWhen(when string, classes map[string]string) ([]cond, error) {
	if when == "" {
		return nil, nil
	}
	var conds []cond
	for _, c := range strings.Split(when, ",") {
		var cd cond
		if strings.HasPrefix(c, "!") {
			cd.neg = true
			c = c[1:]
		}
		name, arg, hasArg := strings.Cut(c, ":")
		switch {
		case name == "start" && !hasArg:
			cd.kind = condStart
		case name == "end" && !hasArg:
			cd.kind = condEnd
		case (name == "after" || name == "before") && hasArg && arg != "":
			cd.kind = condAfter
			if name == "before" {
				cd.kind = condBefore
			}
			if set, ok := classes[arg]; ok {
				cd.set = set
			} else if err := checkSource(arg); err != nil || isClassName(arg) {
				return nil, fmt.Errorf("%w %q (undeclared class or not a lowercase letter set)", errBadCondition, c)
			} else {
				cd.set = arg
			}
		default:
			return nil, fmt.Errorf("%w %q", errBadCondition, c)
		}
		conds = append(conds, cd)
	}
	return conds, nil
}

// isClassName reports whether s looks like a class name (ASCII letters, digits, _ and -), so
// that a misspelt class is an error and not a set of Latin letters.
func isClassName(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// parseMarks parses "U+0301 U+0300" into the marks it names.
func parseMarks(s string) ([]rune, error) {
	var marks []rune
	for _, f := range strings.Fields(s) {
		hex, ok := strings.CutPrefix(f, "U+")
		if !ok {
			return nil, errBadMark
		}
		n, err := strconv.ParseUint(hex, 16, 32)
		if err != nil || !unicode.Is(unicode.Mn, rune(n)) {
			return nil, errBadMark
		}
		marks = append(marks, rune(n))
	}
	if len(marks) == 0 {
		return nil, errBadMark
	}
	return marks, nil
}

// parseExamples parses "Згурський=Zghurskyi Розгон=Rozghon".
func parseExamples(s, file string, line int) ([]example, error) {
	var exs []example
	for _, f := range strings.Fields(s) {
		src, lat, ok := strings.Cut(f, "=")
		if !ok || src == "" || lat == "" || strings.Contains(lat, "=") {
			return nil, fmt.Errorf("%w: %q", errBadExample, f)
		}
		exs = append(exs, example{source: src, latin: lat, file: file, line: line})
	}
	return exs, nil
}

var upperCaser = cases.Upper(language.Und)

// newRule builds a rule with its three case forms.
func newRule(from []rune, conds []cond, to, file string, line int) rule {
	r := rule{from: from, conds: conds, lower: to, file: file, line: line}
	r.upper = norm.NFC.String(upperCaser.String(to))
	r.title = to
	if to != "" {
		// Capitalise the first letter with the marks that follow it (ǰ → J̌).
		_, n := utf8.DecodeRuneInString(to)
		for n < len(to) {
			m, size := utf8.DecodeRuneInString(to[n:])
			if !unicode.Is(unicode.Mn, m) {
				break
			}
			n += size
		}
		r.title = norm.NFC.String(upperCaser.String(to[:n]) + to[n:])
	}
	return r
}

// compileRules sorts the rules for lookup and builds the letter index and the fold table.
func compileRules(name string, sc script, raw *rawTable) *ruleTable {
	t := &ruleTable{name: name, title: raw.title, examples: raw.examples}
	t.rules = append([]rule(nil), raw.rules...)
	sort.SliceStable(t.rules, func(i, j int) bool {
		a, b := t.rules[i], t.rules[j]
		if a.from[0] != b.from[0] {
			return a.from[0] < b.from[0]
		}
		return len(a.from) > len(b.from)
	})
	if len(t.rules) > 0 {
		t.lo = t.rules[0].from[0]
		hi := t.rules[len(t.rules)-1].from[0]
		t.spans = make([]span, hi-t.lo+1)
		for i := 0; i < len(t.rules); {
			j := i
			for j < len(t.rules) && t.rules[j].from[0] == t.rules[i].from[0] {
				j++
			}
			t.spans[t.rules[i].from[0]-t.lo] = span{uint16(i), uint16(j)}
			i = j
		}
	}
	if len(raw.foldMarks) > 0 {
		t.buildFold(sc, raw.foldMarks)
	}
	return t
}

// buildFold records, for every lowercase letter of script sc that has no rule, the letter it
// becomes when the fold marks are taken off its decomposition (Greek ἄ → α, ΐ → ϊ), if that
// letter has a rule.
func (t *ruleTable) buildFold(sc script, marks []rune) {
	folds := map[rune]rune{}
	lo, hi := rune(unicode.MaxRune), rune(0)
	var buf []rune
	for r := rune(0x370); r < 0x20000; r++ {
		if scriptOf(r) != sc || t.hasRule(r) || unicode.ToLower(r) != r {
			continue
		}
		d := norm.NFD.String(string(r))
		if utf8.RuneCountInString(d) < 2 {
			continue
		}
		buf = buf[:0]
		changed := false
		for _, c := range d {
			if strings.ContainsRune(string(marks), c) {
				changed = true
				continue
			}
			buf = append(buf, c)
		}
		if !changed {
			continue
		}
		f := []rune(norm.NFC.String(string(buf)))
		if len(f) != 1 || !t.hasRule(f[0]) {
			continue
		}
		folds[r] = f[0]
		lo, hi = min(lo, r), max(hi, r)
	}
	if len(folds) == 0 {
		return
	}
	t.foldLo = lo
	t.fold = make([]rune, hi-lo+1)
	for r, f := range folds {
		t.fold[r-lo] = f
	}
}

// hasRule reports whether some rule starts with letter r.
func (t *ruleTable) hasRule(r rune) bool {
	i := uint(r - t.lo)
	if i >= uint(len(t.spans)) {
		return false
	}
	s := t.spans[i]
	return s.end > s.start
}

// appendWord romanizes one word (see [scheme]) into dst. It allocates nothing: the word is
// lowered into arrays on the stack and each rule's output is a precomputed string.
func (t *ruleTable) appendWord(dst []byte, word []rune) []byte {
	for len(word) > maxWordRunes {
		dst = t.appendPiece(dst, word[:maxWordRunes])
		word = word[maxWordRunes:]
	}
	return t.appendPiece(dst, word)
}

func (t *ruleTable) appendPiece(dst []byte, word []rune) []byte {
	var low [maxWordRunes]rune
	var upperMask, markMask uint64
	n := len(word)
	cased, upper := 0, 0
	for i, r := range word {
		l, isUpper, isCased := lowerRune(r)
		if isCased {
			cased++
			if isUpper {
				upper++
				upperMask |= 1 << i
			}
		}
		if !t.hasRule(l) {
			if f := t.folded(l); f != 0 {
				l = f
			} else if unicode.Is(unicode.Mn, l) {
				markMask |= 1 << i
			}
		}
		low[i] = l
	}
	allCaps := cased >= 2 && upper == cased
	if t.title && n > 0 {
		upperMask |= 1
	}
	keepMarks := false // marks after a letter with no rule stay with it
	for i := 0; i < n; {
		if markMask&(1<<i) != 0 {
			if keepMarks {
				dst = utf8.AppendRune(dst, word[i])
			}
			i++
			continue
		}
		r, ok := t.match(low[:n], markMask, i)
		if !ok {
			dst = utf8.AppendRune(dst, word[i])
			keepMarks = true
			i++
			continue
		}
		switch {
		case allCaps:
			dst = append(dst, r.upper...)
		case upperMask&(1<<i) != 0:
			dst = append(dst, r.title...)
		default:
			dst = append(dst, r.lower...)
		}
		keepMarks = false
		i += len(r.from)
	}
	return dst
}

// folded returns the letter l folds to, or 0.
func (t *ruleTable) folded(l rune) rune {
	if l < t.foldLo || l-t.foldLo >= rune(len(t.fold)) {
		return 0
	}
	return t.fold[l-t.foldLo]
}

// match returns the first rule, longest from first, that matches low at i.
func (t *ruleTable) match(low []rune, markMask uint64, i int) (*rule, bool) {
	c := low[i]
	if !t.hasRule(c) {
		return nil, false
	}
	s := t.spans[c-t.lo]
	for k := s.start; k < s.end; k++ {
		r := &t.rules[k]
		j := i + len(r.from)
		if j > len(low) {
			continue
		}
		same := true
		for m := 1; m < len(r.from); m++ {
			if low[i+m] != r.from[m] {
				same = false
				break
			}
		}
		if same && r.holds(low, markMask, i, j) {
			return r, true
		}
	}
	return nil, false
}

// holds reports whether all of r's conditions hold for a match of low[i:j].
func (r *rule) holds(low []rune, markMask uint64, i, j int) bool {
	for _, c := range r.conds {
		var ok bool
		switch c.kind {
		case condStart:
			ok = i == 0
		case condEnd:
			ok = true
			for k := j; k < len(low); k++ {
				if markMask&(1<<k) == 0 {
					ok = false
					break
				}
			}
		case condAfter:
			k := i - 1
			for k >= 0 && markMask&(1<<k) != 0 {
				k--
			}
			ok = k >= 0 && strings.ContainsRune(c.set, low[k])
		case condBefore:
			k := j
			for k < len(low) && markMask&(1<<k) != 0 {
				k++
			}
			ok = k < len(low) && strings.ContainsRune(c.set, low[k])
		}
		if ok == c.neg {
			return false
		}
	}
	return true
}

// lowerRune returns the lowercase of r and whether r is an uppercase letter and a cased one.
// Basic Cyrillic takes a fast path.
func lowerRune(r rune) (lower rune, isUpper, isCased bool) {
	switch {
	case r >= 0x430 && r <= 0x45F:
		return r, false, true
	case r >= 0x410 && r <= 0x42F:
		return r + 0x20, true, true
	case r >= 0x400 && r <= 0x40F:
		return r + 0x50, true, true
	}
	if l := unicode.ToLower(r); l != r {
		return l, true, true
	}
	return r, false, unicode.ToUpper(r) != r
}
