package translit

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHanTranscription(t *testing.T) {
	for _, tt := range []struct {
		name, in, want string
		ok             bool
	}{
		{"a lone consonant: 特 t, 普 p; -ng is n", "特朗普", "tlanp", true},
		{"尔 r and 茨 ts alone; 朔 sh", "朔尔茨", "shuorts", true},
		{"the row's consonant before the pinyin final: 基 ji is ki", "泽连斯基", "zelianski", true},
		{"夫 f alone", "拉夫罗夫", "lafluof", true},
		{"a name with a character outside the set is not read so (习近平)", "习近平", "", false},
		{"a Chinese city is not read so (泉州)", "泉州", "", false},
		{"empty", "", "", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := HanTranscription(tt.in)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}
