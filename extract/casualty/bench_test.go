package casualty

import (
	"strings"
	"testing"
)

// reportText builds report-like text of about size bytes: mostly sentences
// without a casualty word, one in ten with one. It returns the text and
// the sentence boundaries.
func reportText(size int, casualtyEvery int) (string, [][2]int) {
	plain := []string{
		"Government forces moved reinforcements towards the front line north of the city on Tuesday.",
		"The convoy of 40 vehicles reached the base after a journey of 55 kilometres through the desert.",
		"Residents said the electricity had been cut for three days and bread was running short.",
		"The opposition coalition called on the United Nations to convene an emergency session.",
		"A ceasefire brokered by Russia and Turkey in September is increasingly being tested.",
		"Aid agencies said some 30,000 people were sheltering in schools and mosques in the area.",
		"The 4th Division shelled positions on the outskirts of the town for a second day.",
		"Talks in Geneva are due to resume next week, a spokesman for the envoy said.",
		"Warplanes carried out 30 air strikes on the area, according to the monitoring group.",
	}
	casualty := []string{
		"The strikes killed 14 civilians and eight SDF fighters, the Observatory said.",
		"At least 27 soldiers, including four officers, were killed in the ambush.",
		"The car bomb killed three and wounded five at a checkpoint near the bridge.",
		"The death toll rose to 40 on Wednesday, bringing the toll for the week to 112.",
	}
	var b strings.Builder
	var bounds [][2]int
	for i := 0; b.Len() < size; i++ {
		s := plain[i%len(plain)]
		if casualtyEvery > 0 && i%casualtyEvery == 0 {
			s = casualty[(i/casualtyEvery)%len(casualty)]
		}
		start := b.Len()
		b.WriteString(s)
		bounds = append(bounds, [2]int{start, b.Len()})
		b.WriteByte(' ')
	}
	return b.String(), bounds
}

func benchmarkParse(b *testing.B, casualtyEvery int) {
	text, bounds := reportText(400_000, casualtyEvery)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var dst []Phrase
	for b.Loop() {
		dst = dst[:0]
		for _, sb := range bounds {
			dst = Parse(text, sb[0], sb[1], dst)
		}
	}
	if casualtyEvery > 0 && len(dst) == 0 {
		b.Fatal("no phrases found")
	}
}

// BenchmarkParse runs over text where one sentence in ten reports casualties.
func BenchmarkParse(b *testing.B) { benchmarkParse(b, 10) }

// BenchmarkParseNoCasualty runs over text without a casualty word, the
// common case the pre-check is for.
func BenchmarkParseNoCasualty(b *testing.B) { benchmarkParse(b, 0) }

// BenchmarkParseAllCasualty runs over casualty sentences only, the worst case.
func BenchmarkParseAllCasualty(b *testing.B) { benchmarkParse(b, 1) }

func BenchmarkParseNumber(b *testing.B) {
	inputs := []string{"27 soldiers", "nearly two dozen", "between 20 and 30", "a hundred and twenty", "dozens of"}
	n := 0
	for _, s := range inputs {
		n += len(s)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, s := range inputs {
			ParseNumber(s)
		}
	}
}

func TestReportText(t *testing.T) {
	text, bounds := reportText(5000, 10)
	var ps []Phrase
	for _, sb := range bounds {
		ps = Parse(text, sb[0], sb[1], ps)
		checkPhrases(t, text, sb[0], sb[1], ps[len(ps)-len(Parse(text, sb[0], sb[1], nil)):])
	}
	if len(ps) == 0 {
		t.Fatal("the benchmark text has no phrases")
	}
}
