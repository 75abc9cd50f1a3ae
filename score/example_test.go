package score_test

import (
	"fmt"
	"log"
	"os"

	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/score"
)

func ExampleReadGold() {
	golds, err := score.ReadGold("testdata/notes.gold.jsonl")
	if err != nil {
		log.Fatal(err)
	}
	for _, g := range golds {
		e := g.Events[0]
		fmt.Printf("%s: %s in %s, %s; killed %d\n", g.Doc, e.EventType, e.Locations[0], e.Admin1, e.Killed.Best)
	}
	// Output:
	// NOTE001: battles in Nawa, Dara; killed 1
	// NOTE002: battles in Idleb - Al-Qusour, Idleb; killed 3
}

func ExampleEvaluate() {
	gold := []score.Gold{{
		Doc: "desert.txt",
		Events: []score.GoldEvent{{
			EventType: "battles", Date: "2019-04-18", Admin1: "Homs",
			Locations: score.Names{"al-Sukhna"},
			Actors:    []string{"Islamic State", "Syrian government forces"},
			Killed:    &score.GoldFigure{Best: 27},
		}},
	}}
	pred := []extract.Event{{
		Doc:       extract.DocRef{ID: "desert.txt"},
		EventType: "battles",
		Date:      extract.Date{Start: "2019-04-18"},
		// Another spelling, and the governorate as OCHA writes it.
		Location: &extract.Location{Name: "As Sukhnah", Admin1: "Homs"},
		Actors: []extract.Actor{
			{Name: "Syrian government forces", Role: "target"},
			{Name: "Islamic State", Role: "attacker"},
		},
		Casualties: extract.Casualties{Killed: &extract.Estimate{Best: 23, Low: 23, High: 27}},
	}}
	r, err := score.Evaluate(gold, pred, score.Options{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("events F1 %.2f, killed F1 %.2f\n", r.Events.F1, r.Killed.Items.F1)
	fmt.Printf("place %.2f, actors attacker-first %.2f\n", r.Fields.Place.Rate, r.Fields.ActorsOrdered.Rate)
	if err := r.WriteMisses(os.Stdout); err != nil {
		log.Fatal(err)
	}
	// Output:
	// events F1 1.00, killed F1 0.00
	// place 1.00, actors attacker-first 1.00
	// ## wrong killed (1)
	// desert.txt event 1 [#1]: want 27, got 23 (23-27)
}

func ExampleReport_WriteTable() {
	gold := []score.Gold{{Doc: "a.txt", Events: []score.GoldEvent{{EventType: "battles", Date: "2019-04-18", Admin1: "Hama", Locations: score.Names{"Kafr Zeita"}}}}}
	pred := []extract.Event{{
		Doc:       extract.DocRef{ID: "a.txt"},
		EventType: "battles",
		Date:      extract.Date{Start: "2019-04-18"},
		Location:  &extract.Location{Name: "Kfar Zayta", Admin1: "Hama"},
	}}
	r, err := score.Evaluate(gold, pred, score.Options{})
	if err != nil {
		log.Fatal(err)
	}
	if err := r.WriteTable(os.Stdout); err != nil {
		log.Fatal(err)
	}
	// Output:
	// 1 docs, 1 gold events, 1 predicted; actors by name, places within 10 km
	//
	// metric   P      R      F1     tp  fp  fn
	// events   1.000  1.000  1.000  1   0   0
	// killed   -      -      -      0   0   0
	// wounded  -      -      -      0   0   0
	//
	// matched pairs  share  hits  of
	// killed exact   1.000  1     1
	// killed low     -      0     0
	// killed high    -      0     0
	// wounded exact  1.000  1     1
	// wounded low    -      0     0
	// wounded high   -      0     0
	//
	// gold events            share  hits  of
	// aligned                1.000  1     1
	// governorate            1.000  1     1
	// place                  1.000  1     1
	// actors recall          -      0     0
	// actors exact           -      0     0
	// actors attacker-first  -      0     0
	// event type             1.000  1     1
	// sub-event type         -      0     0
	// date                   1.000  1     1
	// date start             1.000  1     1
	// sources recall         -      0     0
}
