package gazetteer_test

import (
	"fmt"

	"github.com/sitrep/sitrep/gazetteer"
)

// BuildMatcher always builds; NewMatcher decodes the matcher `make
// gazetteer` stored, where it is given the patterns it was built from, and
// finds the same mentions either way.
func ExampleBuildMatcher() {
	patterns := []gazetteer.Pattern{
		{Text: "Deir ez-Zor", Kind: gazetteer.KindPlace, Ref: 0},
		{Text: "SDF", Kind: gazetteer.KindActor, Ref: 0, CaseSensitive: true},
	}
	m, err := gazetteer.BuildMatcher(patterns)
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "The SDF said it had retaken villages east of Deir Ezzor."
	for _, mn := range m.Match(text, nil) {
		fmt.Println(mn.Kind, text[mn.Start:mn.End])
	}
	// Output:
	// actor SDF
	// place Deir Ezzor
}

// MarshalBinary is the encoding `make gazetteer` stores in data/matcher.bin.
func ExampleMatcher_MarshalBinary() {
	m, err := gazetteer.BuildMatcher([]gazetteer.Pattern{{Text: "Aleppo", Kind: gazetteer.KindPlace}})
	if err != nil {
		fmt.Println(err)
		return
	}
	b, err := m.MarshalBinary()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%q…\n", b[:15])
	// Output:
	// "sitrep matcher "…
}
