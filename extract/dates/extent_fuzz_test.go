package dates

import (
	"slices"
	"testing"
)

// FuzzExtentsUnit checks that the test for a unit word never hides a
// span: Extents finds what reading every sentence word by word finds.
func FuzzExtentsUnit(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("after a four-DAY campaign, a week-long siege, 48 HOURS, the third day of the assault")
	f.Fuzz(func(t *testing.T, s string) {
		got := Extents(s, 0, len(s), nil)
		want := extents(s, 0, len(s), nil)
		if !slices.Equal(got, want) {
			t.Errorf("Extents(%q) = %v, want %v", s, got, want)
		}
	})
}
