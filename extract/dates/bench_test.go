package dates

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// reportText builds about size bytes of wire-style report text from a fixed
// seed, with the date forms reports use at the rate they use them: most
// sentences carry none, many a weekday, some a calendar date or a count.
func reportText(size int) (string, [][2]int) {
	r := rand.New(rand.NewPCG(1, 2))
	subjects := []string{"Government forces", "Islamic State militants", "Kurdish-led fighters",
		"Rebel factions", "Turkish-backed groups", "Unidentified gunmen", "Warplanes"}
	verbs := []string{"shelled", "attacked", "ambushed", "struck", "stormed", "seized"}
	places := []string{"the town of al-Sukhna", "villages west of Aleppo", "the Ghwayran prison",
		"the eastern countryside of Deir ez-Zor", "a checkpoint near Ras al-Ain", "the M4 highway"}
	whens := []string{"", "", "", "", " on Thursday", " early Saturday", " Thursday night", " last week",
		" on 20 April 2019", " since Wednesday", " overnight", " on Sept. 5", " two days ago", " in March"}
	tails := []string{
		", killing %d soldiers, the Syrian Observatory for Human Rights said",
		", setting off two days of clashes that killed %d fighters",
		", activists said, adding that %d civilians were wounded",
		" after a four-day campaign in which at least %d people died",
		", a war monitor said, citing sources on the ground and %d medics",
	}
	var b strings.Builder
	var sents [][2]int
	for b.Len() < size {
		start := b.Len()
		b.WriteString(subjects[r.IntN(len(subjects))])
		b.WriteByte(' ')
		b.WriteString(verbs[r.IntN(len(verbs))])
		b.WriteByte(' ')
		b.WriteString(places[r.IntN(len(places))])
		b.WriteString(whens[r.IntN(len(whens))])
		b.WriteString(strings.Replace(tails[r.IntN(len(tails))], "%d", itoa(r.IntN(90)+1), 1))
		b.WriteByte('.')
		sents = append(sents, [2]int{start, b.Len()})
		if r.IntN(3) == 0 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String(), sents
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func BenchmarkParse(b *testing.B) {
	text, sents := reportText(1 << 20)
	pub := time.Date(2019, time.April, 20, 0, 0, 0, 0, time.UTC)
	if len(Parse(text, 0, len(text), pub, nil)) == 0 {
		b.Fatal("generated text has no dates")
	}
	var buf []Mention
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			buf = Parse(text, s[0], s[1], pub, buf[:0])
		}
	}
}

func BenchmarkExtents(b *testing.B) {
	text, sents := reportText(1 << 20)
	var buf []Extent
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			buf = Extents(text, s[0], s[1], buf[:0])
		}
	}
}
