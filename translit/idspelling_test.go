package translit

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIndonesianSpellingRows checks each row's example of rules/id_spelling.tsv both ways.
func TestIndonesianSpellingRows(t *testing.T) {
	rows, err := readNameTSV("rules/id_spelling.tsv", idSpellingTSV, "old", "new", "example")
	require.NoError(t, err)
	for _, r := range rows {
		t.Run(r.fields[2], func(t *testing.T) {
			old, reformed, ok := strings.Cut(r.fields[2], "=")
			require.True(t, ok)
			assert.Contains(t, IndonesianSpellings(old), Fold(reformed), "old → new")
			assert.Contains(t, IndonesianSpellings(reformed), Fold(old), "new → old")
		})
	}
}

func TestIndonesianSpellings(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"oe is u (Van Ophuijsen and Soewandi)", "Soekarno", []string{"sukarno"}},
		{"u was oe", "Sukarno", []string{"soekarno"}},
		{"tj is c, and c was tj", "Atjeh", []string{"aceh"}},
		{"a modern y was j", "Yogyakarta", []string{"jogjakarta"}},
		{"dj is j", "Djokja", []string{"jokya"}},
		{"sj is sy", "Sjafruddin", []string{"syafruddin"}},
		{"a word with none of the letters has no other spelling", "Bali", nil},
		{"other scripts are not Indonesian", "Джакарта", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := IndonesianSpellings(tt.in)
			for _, w := range tt.want {
				assert.Contains(t, got, w)
			}
			if tt.want == nil {
				assert.Empty(t, got)
			}
		})
	}
	_, err := parseIDSpelling("x.tsv", "old\tnew\texample\nDJ\tj\tx\n")
	assert.EqualError(t, err, `x.tsv:2: old: "DJ" is not lower-case Latin letters`)
}

func TestKoreanSurnameSpellings(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"이: the press's Lee is RR I and MR Yi", "Lee", "Yi"},
		{"이: Rhee, as Syngman Rhee wrote it", "Rhee", "Lee"},
		{"박: MR Pak", "Park", "Pak"},
		{"최: MR Choe", "Choi", "Choe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Contains(t, KoreanSurnameSpellings(tt.in), tt.want)
		})
	}
	assert.Empty(t, KoreanSurnameSpellings("Smith"), "no Korean family name")
}
