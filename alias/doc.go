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
// Every stored field is valid UTF-8, trimmed, non-empty, at most
// [MaxFieldLen] bytes and free of control characters; ids hold no white
// space; a name never repeats among its entity's aliases.
//
// # Formats
//
// All four formats carry the same four fields: id, kind (see [ParseKind]),
// name, and aliases (zero or more). Input is UTF-8, with or without a
// byte-order mark, with LF or CRLF line ends. One line (one object for
// [JSON]) may hold at most [MaxLineLen] bytes, so memory stays bounded
// however large the input is.
//
// [TSV] (.tsv, .tab): a header line "id kind name aliases" (tab-separated,
// compared ignoring case), then one entity per line. Fields are split at
// tabs with no quoting and trimmed; aliases are separated by "|". Blank
// lines and lines starting with "#" are skipped anywhere, so a file can
// start with comments that name its source. Empty columns after the fourth,
// as spreadsheets write them, are ignored.
//
//	# Source: the five reports
//	id	kind	name	aliases
//	Q8901	org	European Central Bank	ECB
//	person-andrii-sybiha	person	Andrii Sybiha
//
// [CSV] (.csv): as TSV, but comma-separated with the quoting of RFC 4180
// (package encoding/csv), so a field may hold commas and doubled quotes.
// A record is one line: a quoted field cannot hold a line break.
//
//	id,kind,name,aliases
//	Q61,place,"Washington, D.C.",Washington|District of Columbia
//
// [JSON] (.json): one array of objects with the keys "id", "kind", "name"
// and "aliases" (an array of strings; may be left out or null). Any other
// key is an error that names it.
//
//	[{"id": "Q7184", "kind": "org", "name": "NATO",
//	  "aliases": ["North Atlantic Treaty Organization"]}]
//
// [JSONL] (.jsonl, .ndjson): the same objects, one per line; blank lines
// are skipped. An empty JSONL input is an empty table; an empty TSV, CSV
// or JSON input is an error (there is no header or array).
//
// # Errors
//
// Loading is all-or-nothing: on any error a loader returns a nil table and
// a [*ParseError] naming the file, the line and the field:
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
