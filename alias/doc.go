// Package alias holds named entities and the other names they go by: the
// [Entity] and [Kind] types, the immutable [Table], loaders for table files,
// and an embedded default table ([Default]).
//
// It is data only. It does not transliterate, fold accents, score or match
// mentions; package entity does that on top of a Table. So a table lists
// only names that no spelling rule can find: "ECB" for the European Central
// Bank, "Peking" for Beijing, "Niemcy" for Germany; never "Zelensky" or
// "Kiev", which the resolver derives from "Zelenskyy" and "Kyiv".
//
// # Tables
//
// A [Table] is built once, by a loader, a [Builder] or [Merge], and never
// changes after that, so it is safe for concurrent use by multiple
// goroutines. Its methods return copies. Ids are unique in a table:
//
//	t.Lookup(t.At(i).ID) == t.At(i), for every i in [0, t.Len())
//
// Every stored name and id is valid UTF-8, trimmed, non-empty, at most
// [MaxFieldLen] bytes and free of control characters; ids hold no white
// space; a name never repeats among its entity's aliases and weak aliases;
// an entity carries at most [MaxNames] names and [MaxAttrs] attributes.
// Attribute values are valid UTF-8, trimmed and non-empty, and may hold
// line breaks.
//
// # Formats
//
// Four plain formats carry exactly an [Entity]: id, kind (see [ParseKind]),
// name, aliases (zero or more), and attributes. Input is UTF-8, with or
// without a byte-order mark, with LF or CRLF line ends. One line (one object
// for [JSON]) may hold at most [MaxLineLen] bytes, so memory stays bounded
// however large the input is.
//
// [TSV] (.tsv, .tab): a header line "id kind name aliases" (tab-separated,
// compared ignoring case), then one entity per line. Fields are split at
// tabs with no quoting and trimmed; aliases are separated by "|". Blank
// lines and lines starting with "#" are skipped anywhere, so a file can
// start with comments that name its source. Columns after the fourth are
// attributes named by their header (country, birth date, source); a row
// may leave trailing ones out. Empty columns at the end of a line, as
// spreadsheets write them, are ignored.
//
//	# Source: the five reports
//	id	kind	name	aliases	country
//	Q8901	org	European Central Bank	ECB
//	person-andrii-sybiha	person	Andrii Sybiha		UA
//
// [CSV] (.csv): as TSV, but comma-separated with the quoting of RFC 4180
// (package encoding/csv), so a field may hold commas and doubled quotes.
// A record is one line: a quoted field cannot hold a line break.
//
//	id,kind,name,aliases
//	Q61,place,"Washington, D.C.",Washington|District of Columbia
//
// [JSON] (.json): one array of objects with the keys "id", "kind", "name",
// "aliases" and "weakAliases" (arrays of strings; may be left out or null)
// and "attributes" (an object of strings), as [Entity] marshals. Any other
// key is an attribute: a string as it is, an array of strings joined with
// "; ", a number, boolean or object as its JSON text.
//
//	[{"id": "Q7184", "kind": "org", "name": "NATO",
//	  "aliases": ["North Atlantic Treaty Organization"], "founded": 1949}]
//
// [JSONL] (.jsonl, .ndjson): the same objects, one per line; blank lines
// are skipped. An empty JSONL input is an empty table; an empty TSV, CSV
// or JSON input is an error (there is no header or array).
//
// The published formats are read as their publishers write them; one
// record may hold at most [MaxRecordLen] bytes. What a record says beyond
// names becomes attributes; records that name nothing are skipped and
// counted in [Table.Skipped].
//
// [FTM] (FollowTheMoney entities, one JSON object per line, as OpenSanctions
// exports them in entities.ftm.json): the id is the entity id; the schema
// gives the kind by data/ftm_schemata.tsv (Person is person; Organization,
// Company, LegalEntity and PublicBody are org; Vessel and Airplane other);
// every other schema (Address, Sanction, Ownership, ...) is skipped, so an
// address never becomes a name. The first value of the name property is
// the name; the other names and the alias and previousName values are
// aliases; weakAlias values are weak aliases ([Entity.WeakAliases]). The
// other properties (lists joined with "; ") and top-level keys (caption,
// datasets, first_seen, ...) are attributes, and so is the schema. A
// nested entity given as a property value is not read.
//
//	{"id": "NK-wagner", "schema": "Organization", "properties": {"name": ["Wagner Group"], "weakAlias": ["Wagner"]}}
//
// [SDNCSV] (OFAC's sdn.csv): twelve columns without a header (ent_num,
// SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT,
// Vess_flag, Vess_owner, Remarks), "-0-" for empty, and the closing Ctrl-Z.
// The id is "ofac:" and ent_num. SDN_Type gives the kind: individual is
// person, an empty type (an entity) org, vessel and aircraft other. An
// individual's "SURNAME, Given" is shown "Given Surname" (the surname in
// title case) and the name as listed is kept as an alias. The other columns
// are attributes under their lower-case names; a call sign is never a name.
// The weak a.k.a.s, which the CSV gives only in Remarks as a.k.a. 'NAME',
// are weak aliases. [LoadFile] and [LoadFS] also read the alt.csv beside
// it (ent_num, alt_num, alt_type, alt_name, alt_remarks: every aka, fka and
// nka is an alias, turned like a name). add.csv holds addresses and is not
// read.
//
// [SDNXML] (OFAC's sdn.xml): each sdnEntry the same way: uid as ent_num,
// lastName and firstName, sdnType (Individual, Entity, Vessel, Aircraft),
// programList, title, remarks and vesselInfo as attributes, and each
// akaList entry an alias, or a weak alias when its category is weak.
// Addresses, ids, dates and places of birth are not read. The advanced
// format (sdn_advanced.xml) is not read.
//
// [Wikidata] (JSON entity dumps: a "[" line, one entity per line ending in
// ",", a "]" line; lines of one entity each read the same): the Q-id is the
// id; the labels and aliases in every language, or in those of
// [WithLanguages], are names; the name is the label in "en", else "mul",
// else the first language (or the first of WithLanguages that has one).
// Instance of (P31) decides the kind by data/wikidata_kinds.tsv, which
// [WithInstanceKinds] extends or overrides: the first class found there
// (preferred statements first, deprecated ones never), else other. Classes
// mapped to "-" (disambiguation pages, categories, scholarly articles) and
// entities that are not items (properties, lexemes) are skipped. The
// description and the P31 classes are attributes; other claims and
// sitelinks are not read.
//
// [LoadFile] chooses the format by the file's published name (sdn.csv,
// sdn.xml, *.ftm.json), else its extension, and where extensions are
// shared (.json, .jsonl, .csv) by its first record; [WithFormat] forces
// one. A name ending in .gz is read through gzip.
//
// # Errors
//
// Loading is all-or-nothing: on any error a loader returns a nil table and
// a [*ParseError] naming the file, the line and the field (a column or key
// of the format, such as SDN_Name or properties.name):
//
//	people.tsv:12: name: empty
//	people.tsv:40: id: duplicate "Q7747" (first at line 3)
//	people.tsv:1: header: want "id kind name aliases", got "id name"
//
// The error text is part of the API. Each ParseError wraps a sentinel
// ([ErrEmpty], [ErrDuplicateID], [ErrHeader], [ErrColumns], [ErrKind],
// [ErrInvalidUTF8], [ErrControl], [ErrSpace], [ErrTooLong], [ErrSyntax],
// [ErrUnknownID]) for [errors.Is]. Only two errors are not ParseErrors:
// a file that cannot be opened ([LoadFile], [LoadFS]) and an unknown
// [Format] ([ErrFormat]).
//
// # The default table
//
// [Default] holds the people, places and organizations of the news reports
// this project started from (data/default.tsv) and every country and
// territory with its names in about forty languages (data/countries.tsv,
// generated from the CLDR data in golang.org/x/text by gen_countries.go,
// plus the press's English short forms in data/country_names.tsv). Ids are
// Wikidata ids where certain ("Q7747" is Vladimir Putin), readable slugs
// otherwise ("person-andrii-sybiha"), and "iso3166:" plus the ISO 3166 code
// for countries ("iso3166:DE").
package alias
