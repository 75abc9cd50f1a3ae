//go:build ignore

// Genmatcher builds the pipeline's matcher, over the embedded places and
// the actor and source aliases, and writes its tries to data/matcher.bin,
// which NewMatcher decodes instead of building (see prebuilt.go):
//
//	go run genmatcher.go
//
// `make gazetteer` runs it after gen.go, on the places just generated.
package main

import (
	"fmt"
	"os"

	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/gazetteer/actors"
)

func main() {
	if err := main1(); err != nil {
		fmt.Fprintln(os.Stderr, "genmatcher:", err)
		os.Exit(1)
	}
}

func main1() error {
	places, err := gazetteer.Load()
	if err != nil {
		return err
	}
	set, err := actors.Load()
	if err != nil {
		return err
	}
	m, err := gazetteer.BuildMatcher(extract.Patterns(places, set))
	if err != nil {
		return err
	}
	b, err := m.MarshalBinary()
	if err != nil {
		return err
	}
	return os.WriteFile("data/matcher.bin", b, 0o644)
}
