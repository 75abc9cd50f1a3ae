package extract_test

import (
	"context"
	"fmt"
	"time"

	"github.com/sitrep/sitrep/extract"
)

func ExampleExtractor_Extract() {
	x, err := extract.New(extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	d := &extract.Doc{
		ID:        "example.txt",
		Published: time.Date(2024, 5, 4, 0, 0, 0, 0, time.UTC),
		Text: "Islamic State militants ambushed an army patrol near the town of al-Sukhna in Homs province " +
			"on Friday, killing 12 soldiers, the Syrian Observatory for Human Rights said.",
	}
	evs, err := x.Extract(context.Background(), d)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, ev := range evs {
		fmt.Println(ev.EventType, ev.SubEventType, ev.Date.Start)
		fmt.Println(ev.Location.Name, ev.Location.Admin1, ev.Location.Precision)
		for _, a := range ev.Actors {
			fmt.Println(a.Role, a.Name)
		}
		fmt.Println("killed", ev.Casualties.Killed.Best, "according to", ev.Claims[0].Source)
	}
	// Output:
	// battles armed_clash 2024-05-03
	// al-Sukhna Homs near
	// attacker Islamic State
	// target Syrian government forces
	// killed 12 according to Syrian Observatory for Human Rights
}

func ExampleSentences() {
	text := "Gen. Smith said the U.S.-led coalition struck on Sept. 5. Three died."
	for _, s := range extract.Sentences(text, nil) {
		fmt.Println(text[s.Start:s.End])
	}
	// Output:
	// Gen. Smith said the U.S.-led coalition struck on Sept. 5.
	// Three died.
}
