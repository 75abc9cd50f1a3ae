package corpus_test

import (
	"fmt"
	"log"
	"time"

	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/gazetteer/actors"
	"github.com/sitrep/sitrep/internal/corpus"
)

func Example() {
	places, err := gazetteer.Load()
	if err != nil {
		log.Fatal(err)
	}
	set, err := actors.Load()
	if err != nil {
		log.Fatal(err)
	}
	gen := corpus.New(places, set, corpus.Options{Seed: 1})
	r := gen.Next()
	fmt.Println(r.ID, r.Published.Format(time.DateOnly))
	// Output: gen-00000001 2017-10-09
}

func ExampleParseSize() {
	n, err := corpus.ParseSize("8MB")
	fmt.Println(n, err)
	// Output: 8000000 <nil>
}
