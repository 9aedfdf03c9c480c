package translit

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestKOSurnamesLoad(t *testing.T) {
	tbl, err := loadKOSurnames()
	require.NoError(t, err)
	assert.Contains(t, tbl["yi"], "Lee", "MR Yi is the press Lee")
	assert.Contains(t, tbl["lee"], "I", "the press Lee is RR I")
	assert.Contains(t, tbl["yu"], "Ryu", "Yu writes 유 and 류")
	assert.NotContains(t, tbl["song"], "Sung", "MR Song of 성 is not read as 송")
}

func TestKOSurnamesErrors(t *testing.T) {
	_, err := parseKOSurnames("t.tsv", "hangul\trr\tmr\tpress\n이\tI\tYi\tLee|Yi 2\n")
	assert.EqualError(t, err, `t.tsv:2: press: "Yi 2" is not Latin letters`)
	_, err = parseKOSurnames("t.tsv", "hangul\trr\tpress\n")
	require.Error(t, err)
}

func TestKOSurnameReadings(t *testing.T) {
	tests := []struct {
		name, in, want string // want: a reading that must be among them; "" for none at all
	}{
		{"RR I and MR Yi are the press Lee (Yi Jae-myeong)", "Yi Jae-myeong", "Lee Jae-myeong"},
		{"the press Lee is MR Yi (Lee Hoi-chang)", "Lee Hoi-chang", "Yi Hoi-chang"},
		{"RR Bak is the press Park (Bak Chan-wook)", "Bak Chan-wook", "Park Chan-wook"},
		{"RR Choe is the press Choi (Choe Kyu-hah)", "Choe Kyu-hah", "Choi Kyu-hah"},
		{"Chey, the SK founders' family spelling, is Choi (Chey Jae-won)", "Chey Jae-won", "Choi Jae-won"},
		{"RR Jeong is the press Chung (Jeong Ju-yeong)", "Jeong Ju-yeong", "Chung Ju-yeong"},
		{"RR Yun is the press Yoon (Yun Bo-seon)", "Yun Bo-seon", "Yoon Bo-seon"},
		{"RR Im is the press Lim (Im Jong-seok)", "Im Jong-seok", "Lim Jong-seok"},
		{"RR No is the press Roh (No Tae-u)", "No Tae-u", "Roh Tae-u"},
		{"RR O is the press Oh (O Se-hun)", "O Se-hun", "Oh Se-hun"},
		{"a given name written as one word (Bak Geunhye)", "Bak Geunhye", "Park Geunhye"},
		{"the family name last (Jae-in Mun)", "Jae-in Mun", "Jae-in Moon"},
		{"RR eo in a given name is the press u (Jeong Ju-yeong as Chung Ju-young)", "Jeong Ju-yeong", "Chung Ju-yung"},
		{"RR yeo is the press yu and a name's first g is k (Choo Kyung-ho)", "Choo Gyeong-ho", "Chu Kyung-ho"},
		{"the press given name under the surname as written (Kim Kyung-soo)", "Kim Gyeong-su", "Kim Kyung-su"},
		{"RR heon is the press hun (Kim Dong-hun)", "Kim Dong-heon", "Kim Dong-hun"},
		{"a given name that is no Korean syllables gives none (Lee Harvey)", "Lee Harvey", ""},
		{"a name of one word gives none", "Park", ""},
		{"an English name that ends in Lee gives none (Spike Lee)", "Spike Lee", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := koSurnameReadings(tt.in)
			if tt.want == "" {
				assert.Empty(t, got)
				return
			}
			assert.Contains(t, got, tt.want)
			assert.Contains(t, Readings(tt.in), tt.want)
		})
	}
}
