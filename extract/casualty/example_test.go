package casualty_test

import (
	"fmt"

	"github.com/sitrep/sitrep/extract/casualty"
)

func ExampleParse() {
	text := "The attack killed 27 soldiers, including four officers, the monitor said."
	for _, p := range casualty.Parse(text, 0, len(text), nil) {
		fmt.Printf("%s %d (%s) %s %q\n", p.Outcome, p.Figure.Count, p.Figure.Qualifier, p.Victims, text[p.Start:p.End])
		for _, s := range p.Includes {
			fmt.Printf("  including %d %s\n", s.Count, s.Victims)
		}
	}
	// Output:
	// killed 27 (exact) soldiers "killed 27 soldiers, including four officers"
	//   including 4 officers
}

func ExampleParseNumber() {
	for _, s := range []string{"nearly two dozen soldiers", "between 20 and 30", "dozens of civilians", "at least 1,200"} {
		f, n, ok := casualty.ParseNumber(s)
		fmt.Printf("%q: %d [%d-%d] %s, read %q, %v\n", s, f.Count, f.Low, f.High, f.Qualifier, s[:n], ok)
	}
	// Output:
	// "nearly two dozen soldiers": 23 [23-23] nearly, read "nearly two dozen", true
	// "between 20 and 30": 20 [20-30] range, read "between 20 and 30", true
	// "dozens of civilians": 12 [12-12] vague, read "dozens of", true
	// "at least 1,200": 1200 [1200-1200] at_least, read "at least 1,200", true
}

func ExampleParser() {
	text := "Shelling killed three civilians in the town. Two fighters were wounded in clashes nearby."
	var ps casualty.Parser
	var phrases []casualty.Phrase
	for _, s := range [][2]int{{0, 44}, {45, len(text)}} {
		phrases = ps.Parse(text, s[0], s[1], phrases[:0])
		for _, p := range phrases {
			fmt.Printf("%s %d %s\n", p.Outcome, p.Figure.Count, p.Victims)
		}
	}
	// Output:
	// killed 3 civilians
	// wounded 2 fighters
}
