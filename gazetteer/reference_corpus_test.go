package gazetteer_test

import (
	"slices"
	"testing"

	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/gazetteer/actors"
	"github.com/sitrep/sitrep/internal/corpus"
)

// TestMatchesReferenceCorpus holds the pipeline's matcher to the reference
// matcher on a generated corpus of reports, at two seeds.
func TestMatchesReferenceCorpus(t *testing.T) {
	places, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	set, err := actors.Load()
	if err != nil {
		t.Fatal(err)
	}
	ps := places.Patterns()
	for i, a := range set.Aliases() {
		kind := gazetteer.KindActor
		if a.Kind == actors.AliasSource {
			kind = gazetteer.KindSource
		}
		ps = append(ps, gazetteer.Pattern{Text: a.Text, Kind: kind, Ref: int32(i), CaseSensitive: a.CaseSensitive})
	}
	m, err := gazetteer.NewMatcher(ps)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := gazetteer.NewReferenceMatcher(ps)
	if err != nil {
		t.Fatal(err)
	}
	size := 1 << 20
	if testing.Short() {
		size = 64 << 10
	}
	n := 0
	for _, seed := range []uint64{1, 7} {
		gen := corpus.New(places, set, corpus.Options{Seed: seed})
		for _, r := range corpus.Reports(gen, size) {
			got := m.Match(r.Text, nil)
			want := ref.Match(r.Text, nil)
			n += len(want)
			if !slices.EqualFunc(got, want, func(a, b gazetteer.Mention) bool {
				return a.Start == b.Start && a.End == b.End && a.Kind == b.Kind && a.Loose == b.Loose && slices.Equal(a.Refs, b.Refs)
			}) {
				t.Fatalf("seed %d, report %s: mentions differ from the reference\ngot  %v\nwant %v", seed, r.ID, got, want)
			}
		}
	}
	if n == 0 {
		t.Fatal("no mentions in the corpus")
	}
}
