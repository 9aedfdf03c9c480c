package translit

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLao(t *testing.T) {
	runScriptCases(t, Lao, []scriptCase{
		{name: "ຽ is the vowel ia written after its consonant", in: "ວຽງຈັນ", want: "Wiangchan"},
		{name: "ຫ before a sonorant is silent", in: "ສະຫວັນນະເຂດ", want: "Sawannakhet"},
		{name: "a subscript ຼ is l after ຫ", in: "ຫຼວງນ້ຳທາ", want: "Luangnamtha"},
		{name: "ຊ is s, not the Thai ch", in: "ປາກເຊ", want: "Pakse"},
		{name: "ຳ is am", in: "ຈຳປາສັກ", want: "Champasak"},
		{name: "ົ is o before a final", in: "ພົມວິຫານ", want: "Phomwihan"},
		{name: "ົວ is ua", in: "ບົວ", want: "Bua"},
		{name: "the ligature ໜ is hn, silent h", in: "ໜອງຄາຍ", want: "Nongkhai"},
		{name: "two words", in: "ທອງລຸນ ສີສຸລິດ", want: "Thonglun Sisulit"},
	})
}

func TestLaoTableErrors(t *testing.T) {
	_, err := readNameTSV("t.tsv", "lao\tthai\nກ\n", "lao", "thai")
	require.Error(t, err)
	assert.Equal(t, Lao, Detect("ວຽງຈັນ"), "Lao script is detected as Lao")
	assert.Equal(t, "Wiangchan 2024", ToLatin("ວຽງຈັນ 2024"), "ToLatin picks Lao for Lao script")
}
