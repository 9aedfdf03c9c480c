package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The published-format fixtures of package alias.
const (
	sdnCSV   = "../../alias/testdata/ofac/sdn.csv"
	sdnXML   = "../../alias/testdata/ofac/sdn.xml"
	ftmFile  = "../../alias/testdata/ftm/entities.ftm.json"
	wikidata = "../../alias/testdata/wikidata/wikidata-extract.json"
)

func TestPublishedFormats(t *testing.T) {
	gz := filepath.Join(t.TempDir(), "wikidata-extract.json.gz")
	data, err := os.ReadFile(wikidata)
	require.NoError(t, err)
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	require.NoError(t, zw.Close())
	require.NoError(t, os.WriteFile(gz, b.Bytes(), 0o644))

	tests := []struct {
		name  string
		table string
		query string
		id    string // "" for no match
		attrs map[string]string
	}{
		{name: "sdn.csv: an individual by display order, with the SDN attributes", table: sdnCSV, query: "Vladimir Putin", id: "ofac:35096",
			attrs: map[string]string{"program": "RUSSIA-EO14024", "sdn_type": "individual", "title": "President of the Russian Federation",
				"remarks": "DOB 07 Oct 1952; POB Leningrad, Russia; nationality Russia; Gender Male; Secondary sanctions risk: this person is designated for operating or having operated in a sector of the Russian Federation economy."}},
		{name: "sdn.csv: an a.k.a. from the alt.csv beside it", table: sdnCSV, query: "National Bank of Cuba", id: "ofac:306"},
		{name: "sdn.csv: a vessel's call sign is not a name", table: sdnCSV, query: "9HA0000"},
		{name: "sdn.xml: a strong a.k.a.", table: sdnXML, query: "Abu Bakr al-Baghdadi", id: "ofac:17009"},
		{name: "FtM: a previousName", table: ftmFile, query: "Savings Bank of the Russian Federation", id: "NK-sberbank"},
		{name: "FtM: an Address never matches", table: ftmFile, query: "Kremlin, Moscow"},
		{name: "FtM: a weakAlias matches as written", table: ftmFile, query: "Vova", id: "Q7747"},
		{name: "Wikidata .json.gz: a Ukrainian label", table: gz, query: "Київ", id: "Q1899"},
		{name: "Wikidata .json.gz: a disambiguation page is not an entity", table: gz, query: "Kiev (disambiguation)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := lookupRun(t, "", "-table", tt.table, "-json", tt.query)
			require.NoError(t, err)
			answers := decodeLines(t, out)
			require.Len(t, answers, 1)
			a := answers[0]
			assert.Equal(t, tt.id != "", a["found"], "found")
			if tt.id != "" {
				assert.Equal(t, tt.id, a["id"])
			}
			if tt.attrs != nil {
				got := map[string]string{}
				for k, v := range a["attributes"].(map[string]any) {
					got[k] = v.(string)
				}
				assert.Equal(t, tt.attrs, got)
			}
		})
	}
}

func TestFormatFlag(t *testing.T) {
	t.Run("-format forces a format", func(t *testing.T) {
		_, err := lookupRun(t, "", "-table", ftmFile, "-format", "json", "Sberbank")
		assert.EqualError(t, err, ftmFile+`:1: json: want an array of objects, got "{"`)
	})
	t.Run("-format ftm reads FollowTheMoney whatever the name", func(t *testing.T) {
		out, err := lookupRun(t, "", "-table", ftmFile, "-format", "FtM", "-json", "Sberbank")
		require.NoError(t, err)
		assert.Equal(t, "NK-sberbank", decodeLines(t, out)[0]["id"])
	})
	t.Run("an unknown -format is refused", func(t *testing.T) {
		_, err := lookupRun(t, "", "-table", ftmFile, "-format", "yaml", "Sberbank")
		assert.EqualError(t, err, `-format: unknown table format "yaml" (want tsv, csv, json, jsonl, ftm, sdn-csv, sdn-xml or wikidata)`)
	})
}
