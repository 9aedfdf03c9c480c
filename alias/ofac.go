package alias

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"io/fs"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sdnColumns are the columns of OFAC's sdn.csv, in order; the file has no
// header. Attributes are named by these, lower-cased.
var sdnColumns = []string{"ent_num", "SDN_Name", "SDN_Type", "Program", "Title", "Call_Sign",
	"Vess_type", "Tonnage", "GRT", "Vess_flag", "Vess_owner", "Remarks"}

// altColumns are the columns of alt.csv.
var altColumns = []string{"ent_num", "alt_num", "alt_type", "alt_name", "alt_remarks"}

// sdnKinds maps SDN types (lower case) to kinds. In sdn.csv an entity has
// no type ("-0-"); sdn.xml spells it "Entity". Vessels and aircraft are
// named things but neither person, org nor place.
var sdnKinds = map[string]Kind{"": Org, "entity": Org, "individual": Person, "vessel": Other, "aircraft": Other}

// sdnID is the entity id of an SDN entry.
func sdnID(entNum string) string { return "ofac:" + entNum }

// sdnNull returns s trimmed, or "" for OFAC's null value "-0-".
func sdnNull(s string) string {
	s = strings.TrimSpace(s)
	if s == "-0-" {
		return ""
	}
	return s
}

// eofMarker is the DOS end-of-file character (Ctrl-Z) that OFAC's CSV
// files end with.
const eofMarker = "\x1a"

// loadSDNCSV reads sdn.csv and then, when alt opens one, its alt.csv.
func loadSDNCSV(r io.Reader, name string, alt func() (io.ReadCloser, string, error)) (*Table, error) {
	b := NewBuilder()
	_, err := eachLine(r, name, func(n int, line []byte) error {
		if n == 1 {
			line = bytes.TrimPrefix(line, bom)
		}
		if len(bytes.TrimSpace(line)) == 0 || string(bytes.TrimSpace(line)) == eofMarker {
			return nil
		}
		fields, err := splitCSV(line)
		if err != nil {
			return &ParseError{File: name, Line: n, Field: "csv", Err: err}
		}
		if len(fields) != len(sdnColumns) {
			return &ParseError{File: name, Line: n, Field: "line", Err: errorf(ErrColumns,
				"want %d columns (%s), got %d", len(sdnColumns), strings.Join(sdnColumns, " "), len(fields))}
		}
		return addSDN(b, fields, name, n)
	})
	if err != nil {
		return nil, err
	}
	if alt != nil {
		ar, altName, err := alt()
		if err != nil {
			return nil, err
		}
		if ar != nil {
			err := readAlt(b, ar, altName)
			ar.Close()
			if err != nil {
				return nil, err
			}
		}
	}
	return b.finish(), nil
}

// addSDN adds the entity of one sdn.csv record.
func addSDN(b *Builder, fields []string, name string, n int) error {
	fail := func(field string, err error) error { return &ParseError{File: name, Line: n, Field: field, Err: err} }
	entNum := strings.TrimSpace(fields[0])
	if !isDigits(entNum) {
		return fail("ent_num", errorf(ErrSyntax, "want a number, got %q", entNum))
	}
	typ := sdnNull(fields[2])
	kind, ok := sdnKinds[strings.ToLower(typ)]
	if !ok {
		return fail("SDN_Type", errorf(ErrKind, "unknown SDN type %q (want individual, vessel, aircraft or -0-)", typ))
	}
	primary := sdnNull(fields[1])
	if primary == "" {
		return fail("SDN_Name", ErrEmpty)
	}
	e := Entity{ID: sdnID(entNum), Kind: kind}
	e.Name, e.Aliases = sdnNames(primary, kind)
	e.Attrs = map[string]string{}
	if typ == "" {
		typ = "entity"
	}
	e.Attrs["sdn_type"] = strings.ToLower(typ)
	for i := 3; i < len(sdnColumns); i++ {
		if v := sdnNull(fields[i]); v != "" {
			e.Attrs[strings.ToLower(sdnColumns[i])] = v
		}
	}
	e.WeakAliases = remarkAKAs(sdnNull(fields[11]))
	if err := b.add(e, source{name, n}); err != nil {
		if pe := (*ParseError)(nil); errors.As(err, &pe) && pe.Field == "name" {
			pe.Field = "SDN_Name"
		}
		return err
	}
	return nil
}

// sdnNames returns the display name of an SDN name and the other spellings
// to keep: an individual's "SURNAME, Given" becomes "Given Surname" (the
// surname, written in capitals, in title case), and the name as listed
// stays an alias. Other names are kept as listed.
func sdnNames(listed string, kind Kind) (string, []string) {
	if kind != Person {
		return listed, nil
	}
	surname, given, ok := strings.Cut(listed, ",")
	surname, given = strings.TrimSpace(surname), strings.TrimSpace(given)
	if !ok || surname == "" || given == "" {
		return listed, nil
	}
	return given + " " + titleCaps(surname), []string{listed}
}

// titleCaps writes a word in capitals in title case: each run of letters
// keeps its first letter and lowers the rest (AL-ASSAD is Al-Assad,
// O'NEILL is O'Neill). A word with a lower-case letter is left as written.
func titleCaps(s string) string {
	if strings.IndexFunc(s, unicode.IsLower) >= 0 {
		return s
	}
	out := make([]rune, 0, len(s))
	first := true
	for _, r := range s {
		if unicode.IsLetter(r) {
			if first {
				out = append(out, unicode.ToTitle(r))
			} else {
				out = append(out, unicode.ToLower(r))
			}
			first = false
			continue
		}
		first = true
		out = append(out, r)
	}
	return string(out)
}

// remarkAKAs returns the weak a.k.a.s that sdn.csv gives only in the
// Remarks column, each written a.k.a. 'NAME' and ended by "';", "'." or
// the end of the remarks.
func remarkAKAs(remarks string) []string {
	const lead = "a.k.a. '"
	var out []string
	for {
		i := strings.Index(remarks, lead)
		if i < 0 {
			return out
		}
		rest := remarks[i+len(lead):]
		end := -1
		for j := 0; j < len(rest); j++ {
			if rest[j] != '\'' {
				continue
			}
			if j+1 == len(rest) || rest[j+1] == ';' || rest[j+1] == ',' || (rest[j+1] == '.' && (j+2 == len(rest) || rest[j+2] == ' ')) {
				end = j
				break
			}
		}
		if end < 0 {
			return out
		}
		if a := strings.TrimSpace(rest[:end]); a != "" {
			out = append(out, a)
		}
		remarks = rest[end+1:]
	}
}

// altName returns the name of the alt.csv that belongs beside an sdn.csv
// (cons_alt.csv beside cons_prim.csv), keeping the file's case, or "".
func altName(p string) string {
	dir, base := path.Split(p)
	for _, pair := range [][2]string{{"sdn", "alt"}, {"SDN", "ALT"}, {"prim", "alt"}, {"PRIM", "ALT"}} {
		if i := strings.Index(base, pair[0]); i >= 0 {
			return dir + base[:i] + pair[1] + base[i+len(pair[0]):]
		}
	}
	return ""
}

// openAlt opens the alt.csv beside the sdn.csv at p in fsys; a nil reader
// when there is none.
func openAlt(fsys fs.FS, p string) (io.ReadCloser, string, error) {
	alt := altName(strings.ReplaceAll(p, `\`, "/"))
	if alt == "" {
		return nil, "", nil
	}
	if _, err := fs.Stat(fsys, alt); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, "", nil
		}
		return nil, "", err
	}
	r, closer, err := openMaybeGzip(fsys, alt)
	if err != nil {
		return nil, "", err
	}
	return readCloser{r, closer}, alt, nil
}

type readCloser struct {
	io.Reader
	close func()
}

func (r readCloser) Close() error { r.close(); return nil }

// readAlt adds the names of an alt.csv to the entities of b.
func readAlt(b *Builder, r io.Reader, name string) error {
	_, err := eachLine(r, name, func(n int, line []byte) error {
		if n == 1 {
			line = bytes.TrimPrefix(line, bom)
		}
		if len(bytes.TrimSpace(line)) == 0 || string(bytes.TrimSpace(line)) == eofMarker {
			return nil
		}
		fail := func(field string, err error) error { return &ParseError{File: name, Line: n, Field: field, Err: err} }
		fields, err := splitCSV(line)
		if err != nil {
			return fail("csv", err)
		}
		if len(fields) != len(altColumns) {
			return fail("line", errorf(ErrColumns, "want %d columns (%s), got %d", len(altColumns), strings.Join(altColumns, " "), len(fields)))
		}
		entNum := strings.TrimSpace(fields[0])
		i, ok := b.index[sdnID(entNum)]
		if !ok {
			return fail("ent_num", errorf(ErrUnknownID, "unknown id %q (not in the sdn.csv beside it)", entNum))
		}
		listed := sdnNull(fields[3])
		if listed == "" {
			return nil
		}
		a, err := cleanText(listed)
		if err != nil {
			return fail("alt_name", err)
		}
		display, more := sdnNames(a, b.rec(i).e.Kind)
		if err := b.addNames(i, false, append([]string{display}, more...)...); err != nil {
			return fail("alt_name", err)
		}
		return nil
	})
	return err
}

// sdnEntry is one entry of sdn.xml, holding only what is read.
type sdnEntry struct {
	UID       string   `xml:"uid"`
	FirstName string   `xml:"firstName"`
	LastName  string   `xml:"lastName"`
	Title     string   `xml:"title"`
	SDNType   string   `xml:"sdnType"`
	Remarks   string   `xml:"remarks"`
	Programs  []string `xml:"programList>program"`
	AKAs      []struct {
		Type      string `xml:"type"`
		Category  string `xml:"category"`
		FirstName string `xml:"firstName"`
		LastName  string `xml:"lastName"`
	} `xml:"akaList>aka"`
	Vessel struct {
		CallSign    string `xml:"callSign"`
		VesselType  string `xml:"vesselType"`
		Tonnage     string `xml:"tonnage"`
		GRT         string `xml:"grossRegisteredTonnage"`
		VesselFlag  string `xml:"vesselFlag"`
		VesselOwner string `xml:"vesselOwner"`
	} `xml:"vesselInfo"`
}

// limitReader fails once more than limit bytes are read after the last
// reset, so that one XML element cannot make the decoder buffer unbounded
// input.
type limitReader struct {
	r     io.Reader
	n     int64
	limit int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.n >= l.limit {
		return 0, errObjectTooLong
	}
	if room := l.limit - l.n; int64(len(p)) > room {
		p = p[:room]
	}
	n, err := l.r.Read(p)
	l.n += int64(n)
	return n, err
}

// loadSDNXML reads sdn.xml entry by entry.
func loadSDNXML(r io.Reader, name string) (*Table, error) {
	lr := &limitReader{r: r, limit: MaxRecordLen}
	dec := xml.NewDecoder(lr)
	b := NewBuilder()
	fail := func(line int, field string, err error) error {
		return &ParseError{File: name, Line: line, Field: field, Err: err}
	}
	syntax := func(err error) error {
		line, _ := dec.InputPos()
		var se *xml.SyntaxError
		switch {
		case errors.As(err, &se):
			return fail(se.Line, "xml", errorf(ErrSyntax, "%s", se.Msg))
		case errors.Is(err, errObjectTooLong):
			return fail(line, "xml", errorf(ErrTooLong, "element too long (over %d bytes)", MaxRecordLen))
		case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
			return fail(line, "xml", errorf(ErrSyntax, "unexpected end of input"))
		}
		return fail(line, "xml", err)
	}
	depth, root := 0, false
	for {
		lr.n = 0
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			if !root {
				line, _ := dec.InputPos()
				return nil, fail(line, "xml", errorf(ErrSyntax, "want <sdnList>, got end of input"))
			}
			return b.finish(), nil
		}
		if err != nil {
			return nil, syntax(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			line, _ := dec.InputPos()
			if depth == 0 {
				if root || t.Name.Local != "sdnList" {
					return nil, fail(line, "xml", errorf(ErrSyntax, "want <sdnList>, got <%s> (sdn_advanced.xml is not read)", t.Name.Local))
				}
				root = true
				depth++
				continue
			}
			if depth == 1 && t.Name.Local == "sdnEntry" {
				var e sdnEntry
				if err := dec.DecodeElement(&e, &t); err != nil {
					return nil, syntax(err)
				}
				if err := addSDNEntry(b, &e, name, line); err != nil {
					return nil, err
				}
				continue
			}
			if err := dec.Skip(); err != nil { // publshInformation and the like
				return nil, syntax(err)
			}
		case xml.EndElement:
			depth--
		case xml.CharData:
			if depth == 0 && len(bytes.TrimSpace(t)) > 0 {
				line, _ := dec.InputPos()
				return nil, fail(line, "xml", errorf(ErrSyntax, "text outside <sdnList>"))
			}
		}
	}
}

// addSDNEntry adds the entity of one sdnEntry that starts at line.
func addSDNEntry(b *Builder, x *sdnEntry, name string, line int) error {
	fail := func(field string, err error) error {
		return &ParseError{File: name, Line: line, Field: field, Err: err}
	}
	for _, s := range []*string{&x.UID, &x.FirstName, &x.LastName, &x.SDNType, &x.Title, &x.Remarks} {
		*s = strings.TrimSpace(*s)
		if !utf8.ValidString(*s) {
			return fail("xml", ErrInvalidUTF8)
		}
	}
	if !isDigits(x.UID) {
		return fail("uid", errorf(ErrSyntax, "want a number, got %q", x.UID))
	}
	kind, ok := sdnKinds[strings.ToLower(x.SDNType)]
	if !ok || x.SDNType == "" {
		return fail("sdnType", errorf(ErrKind, "unknown SDN type %q (want Individual, Entity, Vessel or Aircraft)", x.SDNType))
	}
	if x.LastName == "" {
		return fail("lastName", ErrEmpty)
	}
	e := Entity{ID: sdnID(x.UID), Kind: kind}
	e.Name, e.Aliases = sdnNames(joinSDN(x.LastName, x.FirstName), kind)
	for _, a := range x.AKAs {
		last, first := strings.TrimSpace(a.LastName), strings.TrimSpace(a.FirstName)
		if last == "" {
			continue
		}
		display, more := sdnNames(joinSDN(last, first), kind)
		if strings.EqualFold(strings.TrimSpace(a.Category), "weak") {
			e.WeakAliases = append(append(e.WeakAliases, display), more...)
		} else {
			e.Aliases = append(append(e.Aliases, display), more...)
		}
	}
	e.Attrs = map[string]string{"sdn_type": strings.ToLower(x.SDNType)}
	for k, v := range map[string]string{
		"program": strings.Join(x.Programs, "; "), "title": x.Title, "remarks": x.Remarks,
		"call_sign": x.Vessel.CallSign, "vess_type": x.Vessel.VesselType, "tonnage": x.Vessel.Tonnage,
		"grt": x.Vessel.GRT, "vess_flag": x.Vessel.VesselFlag, "vess_owner": x.Vessel.VesselOwner,
	} {
		if strings.TrimSpace(v) != "" {
			e.Attrs[k] = v
		}
	}
	return b.add(e, source{name, line})
}

// joinSDN writes an SDN name as sdn.csv lists it: "LAST, First", or the
// last name alone.
func joinSDN(last, first string) string {
	if first == "" {
		return last
	}
	return last + ", " + first
}
