package actors_test

import (
	"fmt"
	"log"
	"strings"
	"time"

	"github.com/sitrep/sitrep/gazetteer/actors"
)

func Example() {
	set, err := actors.Load()
	if err != nil {
		log.Fatal(err)
	}
	// The same name meant different groups as al-Nusra renamed itself.
	for _, on := range []string{"2015-04-25", "2016-11-25", "2019-04-20"} {
		day, _ := time.Parse(time.DateOnly, on)
		i, _ := set.Resolve("Nusra Front", day)
		a := set.Actor(i)
		fmt.Printf("%s: %s (coded as %s; ACLED %q)\n", on, a.Name, a.Coded(), a.ACLED)
	}
	// Abbreviations match only as written.
	_, ok := set.Resolve("is", time.Time{})
	fmt.Println(`"is" names an actor:`, ok)
	// Output:
	// 2015-04-25: Jabhat al-Nusra (coded as Jabhat al-Nusra; ACLED "Jabhat al Nusra")
	// 2016-11-25: Jabhat Fateh al-Sham (coded as Jabhat al-Nusra; ACLED "Jabhat Fateh al Sham")
	// 2019-04-20: Hayat Tahrir al-Sham (coded as Hayat Tahrir al-Sham; ACLED "HTS: Hayat Tahrir al Sham")
	// "is" names an actor: false
}

func ExampleLoadYAML() {
	const doc = `actors:
  - id: tiger-forces
    name: Tiger Forces
    coded_as: Syrian government forces
    kind: state_forces
    side: government
    until: 2024-12-08
    aliases: [Tiger Forces, 25th Division]
sources:
  - id: sohr
    name: Syrian Observatory for Human Rights
    rank: 1
    aliases: [SOHR, the Observatory]
`
	set, err := actors.LoadYAML(strings.NewReader(doc), "mine.yaml")
	if err != nil {
		log.Fatal(err)
	}
	for _, a := range set.Aliases() {
		fmt.Printf("%-16s %-7s case-sensitive=%v\n", a.Text, a.Kind, a.CaseSensitive)
	}
	// Output:
	// Tiger Forces     actor   case-sensitive=false
	// 25th Division    actor   case-sensitive=false
	// SOHR             source  case-sensitive=true
	// the Observatory  source  case-sensitive=false
}

func ExampleSet_Resolve() {
	set, err := actors.Load()
	if err != nil {
		log.Fatal(err)
	}
	for _, on := range []string{"2019-04-20", "2025-01-20"} {
		day, _ := time.Parse(time.DateOnly, on)
		i, _ := set.Resolve("soldiers", day)
		fmt.Println(on, set.Actor(i).ID, "→", set.Actor(i).Coded())
	}
	// Output:
	// 2019-04-20 syrian-government → Syrian government forces
	// 2025-01-20 syrian-government-2024 → Syrian government forces
}

func ExampleLoadYAML_errors() {
	const doc = `actors:
  - id: a
    name: A
    kind: warlords
    side: opposition
    aliases: [A]
`
	_, err := actors.LoadYAML(strings.NewReader(doc), "mine.yaml")
	fmt.Println(err)
	// Output:
	// mine.yaml:4: unknown actor kind "warlords" (want one of state_forces, rebel_group, political_militia, identity_militia, rioters, protesters, civilians, external_forces)
}
