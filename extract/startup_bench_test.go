package extract_test

import (
	"context"
	"testing"

	"github.com/sitrep/sitrep/extract"
)

// BenchmarkNew is the start-up of one short report: loading both
// gazetteers, building the automaton, and extracting the report, as
// `sitrep extract` does for one report on standard input.
func BenchmarkNew(b *testing.B) {
	d := &extract.Doc{ID: "one", Text: "DAMASCUS, May 2 (Wire) - Shelling killed three civilians in Douma on Tuesday, a monitor said."}
	b.ReportAllocs()
	for b.Loop() {
		x, err := extract.New(extract.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := x.Extract(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNewOnly is the start-up alone: both gazetteers loaded and the
// combined matcher made (decoded from the gazetteer's prebuilt data when
// that is current).
func BenchmarkNewOnly(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := extract.New(extract.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
