package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAttributesOfPublishedFormats(t *testing.T) {
	const ftm = "../../alias/testdata/ftm/entities.ftm.json"
	out, err := mentionsRun(t, "Sanctions on Sberbank of Russia were widened.\n", "-table", ftm, "-json")
	require.NoError(t, err)
	var found map[string]any
	for _, o := range decodeLines(t, out) {
		if o["id"] == "NK-sberbank" {
			found = o
		}
	}
	require.NotNil(t, found, "Sberbank of Russia is found: %s", out)
	assert.Equal(t, map[string]any{"schema": "Company", "jurisdiction": "ru", "addressEntity": "addr-sberbank",
		"caption": "Sberbank of Russia", "datasets": "us_ofac_sdn", "target": "true"}, found["attributes"])

	t.Run("-format forces a format", func(t *testing.T) {
		_, err := mentionsRun(t, "Sberbank", "-table", ftm, "-format", "tsv")
		assert.ErrorContains(t, err, ftm+":1: header:")
	})
}
