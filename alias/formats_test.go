package alias

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoadSDNCSV(t *testing.T) {
	tbl, err := LoadFile("testdata/ofac/sdn.csv")
	require.NoError(t, err)
	require.Equal(t, 5, tbl.Len())
	tests := []struct {
		name string
		id   string
		want Entity
	}{
		{name: "an entity with no SDN type is an org; its alt.csv a.k.a. is an alias", id: "ofac:36",
			want: Entity{ID: "ofac:36", Kind: Org, Name: "AEROCARIBBEAN AIRLINES", Aliases: []string{"AERO-CARIBBEAN"},
				Attrs: map[string]string{"program": "CUBA", "sdn_type": "entity"}}},
		{name: "an individual's SURNAME, Given is shown Given Surname and kept as listed", id: "ofac:35096",
			want: Entity{ID: "ofac:35096", Kind: Person, Name: "Vladimir Vladimirovich Putin", Aliases: []string{"PUTIN, Vladimir Vladimirovich"},
				Attrs: map[string]string{"program": "RUSSIA-EO14024", "sdn_type": "individual", "title": "President of the Russian Federation",
					"remarks": "DOB 07 Oct 1952; POB Leningrad, Russia; nationality Russia; Gender Male; Secondary sanctions risk: this person is designated for operating or having operated in a sector of the Russian Federation economy."}}},
		{name: "an alt.csv name of an individual is turned too; the remarks' quoted a.k.a.s are weak", id: "ofac:17009",
			want: Entity{ID: "ofac:17009", Kind: Person, Name: "Ibrahim Awwad Ibrahim Ali Al-Badri",
				Aliases: []string{"AL-BADRI, Ibrahim Awwad Ibrahim Ali", "Abu Bakr Al-Baghdadi", "AL-BAGHDADI, Abu Bakr",
					"Abu Bakr al-Baghdadi al-Husayni Al-Qurayshi", "AL-QURAYSHI, Abu Bakr al-Baghdadi al-Husayni"},
				WeakAliases: []string{"ABU DU'A", "DR. IBRAHIM"},
				Attrs: map[string]string{"program": "SDGT", "sdn_type": "individual",
					"remarks": "DOB 1971; POB Samarra, Iraq; nationality Iraq; a.k.a. 'ABU DU'A'; a.k.a. 'DR. IBRAHIM'."}}},
		{name: "a vessel is kind other, its former name an alias, its call sign an attribute only", id: "ofac:27410",
			want: Entity{ID: "ofac:27410", Kind: Other, Name: "ADRIAN DARYA 1", Aliases: []string{"GRACE 1"},
				Attrs: map[string]string{"program": "IRAN-EO13846", "sdn_type": "vessel", "call_sign": "9HA0000", "vess_type": "Crude Oil Tanker",
					"vess_flag": "Iran", "vess_owner": "NATIONAL IRANIAN TANKER COMPANY", "remarks": "Vessel Registration Identification IMO 9116412."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tbl.Lookup(tt.id)
			require.True(t, ok)
			assert.Equal(t, tt.want, got)
		})
	}
	t.Run("without alt.csv beside it only sdn.csv is read", func(t *testing.T) {
		data, err := os.ReadFile("testdata/ofac/sdn.csv")
		require.NoError(t, err)
		tbl, err := LoadFS(fstest.MapFS{"sdn.csv": {Data: data}}, "sdn.csv")
		require.NoError(t, err)
		e, _ := tbl.Lookup("ofac:36")
		assert.Nil(t, e.Aliases)
	})
	t.Run("SDN.CSV.gz reads ALT.CSV.gz beside it", func(t *testing.T) {
		dir := t.TempDir()
		writeGzip(t, "testdata/ofac/sdn.csv", filepath.Join(dir, "SDN.CSV.gz"))
		writeGzip(t, "testdata/ofac/alt.csv", filepath.Join(dir, "ALT.CSV.gz"))
		tbl, err := LoadFile(filepath.Join(dir, "SDN.CSV.gz"))
		require.NoError(t, err)
		e, _ := tbl.Lookup("ofac:306")
		assert.Equal(t, []string{"NATIONAL BANK OF CUBA"}, e.Aliases)
	})
	t.Run("a .csv with sdn.csv's content is read as SDN CSV", func(t *testing.T) {
		data, err := os.ReadFile("testdata/ofac/sdn.csv")
		require.NoError(t, err)
		tbl, err := LoadFS(fstest.MapFS{"ofac-2024-11.csv": {Data: data}}, "ofac-2024-11.csv")
		require.NoError(t, err)
		assert.Equal(t, 5, tbl.Len())
	})
}

func TestLoadSDNXML(t *testing.T) {
	tbl, err := LoadFile("testdata/ofac/sdn.xml")
	require.NoError(t, err)
	require.Equal(t, 4, tbl.Len())
	tests := []struct {
		name string
		id   string
		want Entity
	}{
		{name: "Entity is an org with its strong a.k.a.", id: "ofac:36",
			want: Entity{ID: "ofac:36", Kind: Org, Name: "AEROCARIBBEAN AIRLINES", Aliases: []string{"AERO-CARIBBEAN"},
				Attrs: map[string]string{"program": "CUBA", "sdn_type": "entity"}}},
		{name: "category weak a.k.a.s are weak aliases; lastName, firstName is turned", id: "ofac:17009",
			want: Entity{ID: "ofac:17009", Kind: Person, Name: "Ibrahim Awwad Ibrahim Ali Al-Badri",
				Aliases:     []string{"AL-BADRI, Ibrahim Awwad Ibrahim Ali", "Abu Bakr Al-Baghdadi", "AL-BAGHDADI, Abu Bakr"},
				WeakAliases: []string{"ABU DU'A", "DR. IBRAHIM"},
				Attrs:       map[string]string{"program": "SDGT", "sdn_type": "individual"}}},
		{name: "a vessel's call sign is an attribute, never a name", id: "ofac:27410",
			want: Entity{ID: "ofac:27410", Kind: Other, Name: "ADRIAN DARYA 1", Aliases: []string{"GRACE 1"},
				Attrs: map[string]string{"program": "IRAN-EO13846", "sdn_type": "vessel", "call_sign": "9HA0000", "vess_type": "Crude Oil Tanker",
					"vess_flag": "Iran", "vess_owner": "NATIONAL IRANIAN TANKER COMPANY"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tbl.Lookup(tt.id)
			require.True(t, ok)
			assert.Equal(t, tt.want, got)
		})
	}
	file, line := tbl.Source(1)
	assert.Equal(t, "testdata/ofac/sdn.xml", file)
	assert.Equal(t, 30, line, "the line of <sdnEntry>")
}

func TestLoadFTM(t *testing.T) {
	tbl, err := LoadFile("testdata/ftm/entities.ftm.json")
	require.NoError(t, err)
	assert.Equal(t, map[string]int{"schema Address": 1, "schema Sanction": 1}, tbl.Skipped(), "addresses and sanctions are not names")
	_, ok := tbl.Lookup("addr-kremlin")
	assert.False(t, ok, "an Address never becomes an entity")
	tests := []struct {
		name string
		id   string
		want Entity
	}{
		{name: "Person: name, alias; weakAlias weak; other properties and keys are attributes", id: "Q7747",
			want: Entity{ID: "Q7747", Kind: Person, Name: "Vladimir Vladimirovich Putin",
				Aliases: []string{"Владимир Владимирович Путин", "Vladimir Putin"}, WeakAliases: []string{"Vova"},
				Attrs: map[string]string{"schema": "Person", "birthDate": "1952-10-07", "nationality": "ru", "topics": "role.pep; sanction",
					"caption": "Vladimir Putin", "referents": "ofac-35096", "datasets": "us_ofac_sdn; eu_fsf",
					"first_seen": "2022-02-25T00:00:00", "target": "true"}}},
		{name: "Company is an org; a second name and previousName are aliases", id: "NK-sberbank",
			want: Entity{ID: "NK-sberbank", Kind: Org, Name: "Sberbank of Russia",
				Aliases: []string{"ПАО Сбербанк", "Sberbank", "Savings Bank of the Russian Federation"},
				Attrs: map[string]string{"schema": "Company", "jurisdiction": "ru", "addressEntity": "addr-sberbank",
					"caption": "Sberbank of Russia", "datasets": "us_ofac_sdn", "target": "true"}}},
		{name: "Vessel is kind other", id: "imo-9116412",
			want: Entity{ID: "imo-9116412", Kind: Other, Name: "ADRIAN DARYA 1", Aliases: []string{"GRACE 1"},
				Attrs: map[string]string{"schema": "Vessel", "imoNumber": "IMO9116412", "flag": "ir",
					"caption": "ADRIAN DARYA 1", "datasets": "us_ofac_sdn", "target": "true"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tbl.Lookup(tt.id)
			require.True(t, ok)
			assert.Equal(t, tt.want, got)
		})
	}
	org, _ := tbl.Lookup("NK-wagner")
	assert.Equal(t, []string{"Wagner"}, org.WeakAliases)
}

func TestLoadWikidata(t *testing.T) {
	tbl, err := LoadFile("testdata/wikidata/wikidata-extract.json")
	require.NoError(t, err)
	assert.Equal(t, map[string]int{"type property": 1, "instance of Q4167410": 1}, tbl.Skipped(),
		"properties and disambiguation pages are skipped")
	tests := []struct {
		name string
		id   string
		opts []LoadOption
		want Entity
	}{
		{name: "human (Q5) is a person; the en label is the name, every label and alias an alias", id: "Q7747",
			want: Entity{ID: "Q7747", Kind: Person, Name: "Vladimir Putin",
				Aliases: []string{"Wladimir Putin", "Vladimir Vladimirovich Putin", "Putin", "Владимир Путин", "Путин",
					"Владимир Владимирович Путин", "Володимир Путін", "弗拉基米尔·普京"},
				Attrs: map[string]string{"description": "President of Russia since 2012", "instance_of": "Q5"}}},
		{name: "a preferred P31 comes first; sovereign state is a place", id: "Q212",
			want: Entity{ID: "Q212", Kind: Place, Name: "Ukraine", Aliases: []string{"UA", "Ukr.", "Украина", "Україна"},
				Attrs: map[string]string{"description": "country in Eastern Europe", "instance_of": "Q6256; Q3624078"}}},
		{name: "without an en label the mul label is the name", id: "Q8958",
			want: Entity{ID: "Q8958", Kind: Person, Name: "Johannes Gutenberg",
				Aliases: []string{"Johannes Gensfleisch zur Laden zum Gutenberg", "Ioannes Gutenbergius"},
				Attrs:   map[string]string{"instance_of": "Q5"}}},
		{name: "WithLanguages reads those languages only and names in the first", id: "Q1899",
			opts: []LoadOption{WithLanguages("uk", "en")},
			want: Entity{ID: "Q1899", Kind: Place, Name: "Київ", Aliases: []string{"Kyiv", "Kiev", "Kyyiv"},
				Attrs: map[string]string{"instance_of": "Q1549591; Q5119"}}},
		{name: "WithInstanceKinds overrides the mapping (military alliance as org)", id: "Q7184",
			opts: []LoadOption{WithInstanceKinds(map[string]Kind{"Q1127126": Org}), WithLanguages("en")},
			want: Entity{ID: "Q7184", Kind: Org, Name: "NATO", Aliases: []string{"North Atlantic Treaty Organization", "North Atlantic Alliance"},
				Attrs: map[string]string{"description": "intergovernmental military alliance", "instance_of": "Q1127126; Q245065"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tbl, err := LoadFile("testdata/wikidata/wikidata-extract.json", tt.opts...)
			require.NoError(t, err)
			got, ok := tbl.Lookup(tt.id)
			require.True(t, ok)
			assert.Equal(t, tt.want, got)
		})
	}
	t.Run("a class mapped to nothing skips its items", func(t *testing.T) {
		tbl, err := LoadFile("testdata/wikidata/wikidata-extract.json", WithInstanceKinds(map[string]Kind{"Q5": ""}))
		require.NoError(t, err)
		_, ok := tbl.Lookup("Q7747")
		assert.False(t, ok)
		assert.Equal(t, 2, tbl.Skipped()["instance of Q5"])
	})
	t.Run("a .json.gz dump is read through gzip", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "wikidata-extract.json.gz")
		writeGzip(t, "testdata/wikidata/wikidata-extract.json", path)
		gz, err := LoadFile(path)
		require.NoError(t, err)
		assert.Equal(t, entities(tbl), entities(gz))
	})
}

func TestSniff(t *testing.T) {
	ftm, err := os.ReadFile("testdata/ftm/entities.ftm.json")
	require.NoError(t, err)
	wd, err := os.ReadFile("testdata/wikidata/wikidata-extract.json")
	require.NoError(t, err)
	tests := []struct {
		name string
		file string
		data []byte
		want int // entities
	}{
		{name: "FollowTheMoney lines in a .json file", file: "entities.json", data: ftm, want: 5},
		{name: "FollowTheMoney lines in a .jsonl file", file: "entities.jsonl", data: ftm, want: 5},
		{name: "a Wikidata dump in a .json file", file: "latest-all.json", data: wd, want: 5},
		{name: "Wikidata entities one a line without the array", file: "extract.ndjson",
			data: bytes.ReplaceAll(bytes.Trim(wd, "[]\n"), []byte(",\n"), []byte("\n")), want: 5},
		{name: "one plain object on a .json line reads as JSON Lines", file: "one.json",
			data: []byte(`{"id": "Q7747", "kind": "person", "name": "Vladimir Putin"}`), want: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tbl, err := LoadFS(fstest.MapFS{tt.file: {Data: tt.data}}, tt.file)
			require.NoError(t, err)
			assert.Equal(t, tt.want, tbl.Len())
		})
	}
	t.Run("WithFormat forces a format", func(t *testing.T) {
		_, err := LoadFS(fstest.MapFS{"x.json": {Data: ftm}}, "x.json", WithFormat(JSON))
		assert.EqualError(t, err, `x.json:1: json: want an array of objects, got "{"`)
	})
}

func writeGzip(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	require.NoError(t, err)
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	_, err = zw.Write(data)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	require.NoError(t, os.WriteFile(to, b.Bytes(), 0o644))
}

func TestLoadFormatsBad(t *testing.T) {
	sdn, err := os.ReadFile("testdata/ofac/sdn.csv")
	require.NoError(t, err)
	tests := []struct {
		name     string
		format   Format
		in       string
		alt      string // an alt.csv beside the input, read as sdn.csv
		want     string
		sentinel error
	}{
		{name: "FtM: broken JSON names its line", format: FTM, sentinel: ErrSyntax,
			in:   `{"id":"a","schema":"Person","properties":{"name":["A"]}}` + "\n" + `{"id":"b","schema":"Person",` + "\n",
			want: "input:2: json: unexpected end of JSON input"},
		{name: "FtM: schema is required", format: FTM, sentinel: ErrEmpty,
			in: `{"id":"a","properties":{"name":["A"]}}`, want: "input:1: schema: empty"},
		{name: "FtM: id must be a string", format: FTM, sentinel: ErrSyntax,
			in: `{"id":7,"schema":"Person","properties":{"name":["A"]}}`, want: "input:1: id: want a string, got number"},
		{name: "FtM: a property is a list", format: FTM, sentinel: ErrSyntax,
			in: `{"id":"a","schema":"Person","properties":{"name":"A"}}`, want: "input:1: properties.name: want an array, got string"},
		{name: "FtM: invalid UTF-8", format: FTM, sentinel: ErrInvalidUTF8,
			in: "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"\xff\"]}}", want: "input:1: json: invalid UTF-8"},
		{name: "FtM: a NUL in a name names the field", format: FTM, sentinel: ErrControl,
			in: `{"id":"a","schema":"Person","properties":{"name":["A\u0000B"]}}`, want: "input:1: name: control character U+0000"},
		{name: "SDN CSV: twelve columns", format: SDNCSV, sentinel: ErrColumns,
			in:   "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\"\r\n",
			want: "input:1: line: want 12 columns (ent_num SDN_Name SDN_Type Program Title Call_Sign Vess_type Tonnage GRT Vess_flag Vess_owner Remarks), got 4"},
		{name: "SDN CSV: ent_num is a number", format: SDNCSV, sentinel: ErrSyntax,
			in: "x36,\"A\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n", want: `input:1: ent_num: want a number, got "x36"`},
		{name: "SDN CSV: a known SDN type", format: SDNCSV, sentinel: ErrKind,
			in:   "36,\"A\",\"submarine\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n",
			want: `input:1: SDN_Type: unknown SDN type "submarine" (want individual, vessel, aircraft or -0-)`},
		{name: "SDN CSV: a name", format: SDNCSV, sentinel: ErrEmpty,
			in: "36,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n", want: "input:1: SDN_Name: empty"},
		{name: "SDN CSV: the same ent_num twice", format: SDNCSV, sentinel: ErrDuplicateID,
			in:   "36,\"A\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n36,\"B\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n",
			want: `input:2: id: duplicate "ofac:36" (first at line 1)`},
		{name: "alt.csv: an ent_num sdn.csv lacks", format: SDNCSV, sentinel: ErrUnknownID, in: string(sdn),
			alt: "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n99,13,\"aka\",\"NOBODY\",-0- \r\n", want: `alt.csv:2: ent_num: unknown id "99" (not in the sdn.csv beside it)`},
		{name: "alt.csv: five columns", format: SDNCSV, sentinel: ErrColumns, in: string(sdn),
			alt: "36,12,\"aka\"\r\n", want: "alt.csv:1: line: want 5 columns (ent_num alt_num alt_type alt_name alt_remarks), got 3"},
		{name: "SDN XML: the advanced format is not read", format: SDNXML, sentinel: ErrSyntax,
			in: "<?xml version=\"1.0\"?>\n<Sanctions>\n</Sanctions>\n", want: "input:2: xml: want <sdnList>, got <Sanctions> (sdn_advanced.xml is not read)"},
		{name: "SDN XML: truncated", format: SDNXML, sentinel: ErrSyntax,
			in: "<sdnList>\n<sdnEntry><uid>1</uid>\n<lastName>A</lastName>", want: "input:3: xml: unexpected EOF"},
		{name: "SDN XML: a known sdnType", format: SDNXML, sentinel: ErrKind,
			in:   "<sdnList>\n<sdnEntry><uid>1</uid><lastName>A</lastName><sdnType>Ship</sdnType></sdnEntry>\n</sdnList>",
			want: `input:2: sdnType: unknown SDN type "Ship" (want Individual, Entity, Vessel or Aircraft)`},
		{name: "SDN XML: a lastName", format: SDNXML, sentinel: ErrEmpty,
			in: "<sdnList>\n\n<sdnEntry><uid>1</uid><sdnType>Entity</sdnType></sdnEntry>\n</sdnList>", want: "input:3: lastName: empty"},
		{name: "Wikidata: broken JSON names its line", format: Wikidata, sentinel: ErrSyntax,
			in: "[\n{\"type\":\"item\",\"id\":\"Q1\",\"labels\":{}},\n{\"type\":\"item\",\"id\":\"Q2\",\"labels\":{\n]\n", want: "input:3: json: unexpected end of JSON input"},
		{name: "Wikidata: an id", format: Wikidata, sentinel: ErrEmpty,
			in: "[\n{\"type\":\"item\",\"labels\":{\"en\":{\"value\":\"Kyiv\"}}}\n]\n", want: "input:2: id: empty"},
		{name: "Wikidata: labels are objects", format: Wikidata, sentinel: ErrSyntax,
			in: "[\n{\"type\":\"item\",\"id\":\"Q1899\",\"labels\":[\"Kyiv\"]}\n]\n", want: "input:2: json: want an object, got array"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var tbl *Table
			var err error
			if tt.alt != "" {
				fsys := fstest.MapFS{"sdn.csv": {Data: []byte(tt.in)}, "alt.csv": {Data: []byte(tt.alt)}}
				tbl, err = LoadFS(fsys, "sdn.csv")
			} else {
				tbl, err = Load(strings.NewReader(tt.in), tt.format)
			}
			assert.Nil(t, tbl, "all-or-nothing")
			assert.EqualError(t, err, tt.want)
			assert.ErrorIs(t, err, tt.sentinel)
		})
	}
}
