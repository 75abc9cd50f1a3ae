package gazetteer_test

import (
	"fmt"
	"log"

	"github.com/sitrep/sitrep/gazetteer"
)

func Example() {
	g, err := gazetteer.Load()
	if err != nil {
		log.Fatal(err)
	}
	// One matcher for places and organisations, as the pipeline builds it.
	m, err := gazetteer.NewMatcher(append(g.Patterns(),
		gazetteer.Pattern{Text: "IS", Kind: gazetteer.KindActor, Ref: 1, CaseSensitive: true},
		gazetteer.Pattern{Text: "Deir ez-Zor Military Council", Kind: gazetteer.KindActor, Ref: 2}))
	if err != nil {
		log.Fatal(err)
	}
	text := "IS fighters attacked a post 10 km east of Palmyra, the Deir ez-Zor Military Council said. Shelling also hit Jisr al-Shughour and Homs province."
	ms := m.Match(text, nil)
	for _, x := range ms {
		fmt.Printf("%s %q\n", x.Kind, text[x.Start:x.End])
	}
	for _, r := range g.Resolve(text, ms) {
		fmt.Printf("%s %s (%s) %s %q\n", r.Place.PCode, r.Place.Name, g.AdminName(r.Place.Admin1),
			r.Precision, text[r.RelStart:r.RelEnd])
	}
	// Output:
	// actor "IS"
	// place "Palmyra"
	// actor "Deir ez-Zor Military Council"
	// place "Jisr al-Shughour"
	// place "Homs"
	// C2889 Palmyra (Homs) near "10 km east of Palmyra"
	// C4199 Jisr al-Shughur (Idlib) exact "Jisr al-Shughour"
	// SY04 Homs (Homs) governorate "Homs province"
}

func ExampleFold() {
	fmt.Println(gazetteer.Fold("Deir ez-Zor"), gazetteer.Fold("Dayr az Zawr"), gazetteer.Fold("Deir Ezzor"))
	fmt.Println(gazetteer.Fold("Jisr al-Shughur") == gazetteer.Fold("Jisr-Ash-Shugur"))
	// Output:
	// darzar darzar darzar
	// true
}

func ExampleGazetteer_Lookup() {
	g, err := gazetteer.Load()
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range g.Lookup("Menbij")[:2] {
		fmt.Println(c.Place.PCode, c.Place.Name, c.Place.Level, c.Matched)
	}
	// Output:
	// C1767 Manbij community Manbij
	// SY0205 Menbij district Menbij
}

func ExampleGazetteer_ByPCode() {
	g, err := gazetteer.Load()
	if err != nil {
		log.Fatal(err)
	}
	p, _ := g.ByPCode("C2893")
	fmt.Println(p.Name, p.Level, g.AdminName(p.Admin1), g.AdminName(p.Admin2))
	// Output:
	// al-Sukhna community Homs Tadmor
}
