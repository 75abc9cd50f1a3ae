package casualty

import (
	"fmt"
	"strings"
)

// describe renders a phrase compactly for table tests:
// "killed 27 exact soldiers +4 officers", "killed 20 range(20-30) -",
// "killed 49 nearly soldiers total".
func describe(p Phrase) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %d %s", p.Outcome, p.Figure.Count, p.Figure.Qualifier)
	if p.Figure.Qualifier == Range {
		fmt.Fprintf(&b, "(%d-%d)", p.Figure.Low, p.Figure.High)
	}
	v := p.Victims
	if v == "" {
		v = "-"
	}
	b.WriteString(" " + v)
	for _, s := range p.Includes {
		sv := s.Victims
		if sv == "" {
			sv = "-"
		}
		fmt.Fprintf(&b, " +%d %s", s.Count, sv)
	}
	if p.Aggregate != None {
		b.WriteString(" " + p.Aggregate.String())
	}
	return b.String()
}
