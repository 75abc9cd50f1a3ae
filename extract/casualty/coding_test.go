package casualty

import (
	"fmt"
	"testing"
)

// codingCases are coder's notes in the shapes ACLED's summaries close
// with, and sentences that only look like them.
var codingCases = []struct {
	in   string
	want Coding
	ok   bool
	told int // the figure the event was told with
	gets int // what Apply makes of it
}{
	{"Total fatalities coded to 31.", Coding{Total: 31}, true, 12, 31},
	{"Total fatalities were coded as 9.", Coding{Total: 9}, true, 3, 9},
	{"The total number of fatalities was coded as 41.", Coding{Total: 41}, true, 40, 41},
	{"Coded 6 fatalities.", Coding{Total: 6}, true, 9, 6},
	{"3 fatalities.", Coding{Total: 3}, true, 0, 3},
	{"Fatalities coded as 1 to account for the bomber.", Coding{Total: 1}, true, 0, 1},
	{"An unknown number of fighters coded as 10 for a total fatality count of 12.", Coding{Total: 12}, true, 2, 12},
	{"Fatalities spread evenly across the three events, with 14 coded to each.", Coding{Each: 14, Parts: 3}, true, 42, 14},
	{"Fatalities coded evenly across the four events, 2 a piece.", Coding{Each: 2}, true, 8, 2},
	{"Total fatalities coded to 30 with 6 fatalities coded to each location.", Coding{Total: 30, Each: 6}, true, 30, 6},
	{"1 fatality was allocated to each location.", Coding{Each: 1}, true, 4, 1},
	{"Fatalities spread evenly across the two events.", Coding{Parts: 2}, true, 10, 5},
	{"Fatalities divided over 3 events.", Coding{Parts: 3}, true, 20, 6},
	{"Fatalities distributed over two locations: Tal Hamra and Kafr Nabl.", Coding{Parts: 2}, true, 9, 4},
	{"Distributed fatalities over the activities in Tal Hamra, Kafr Nabl, Hass and Maar Shamarin.", Coding{Parts: 4}, true, 3, 1},
	{"Fatalities are divided on Tal Hamra, Kafr Nabl and Hass.", Coding{Parts: 3}, true, 12, 4},
	{"30 soldiers and 12 rebels were killed, with the total 42 fatalities spread evenly across the three events.", Coding{Parts: 3, Whole: 42}, true, 30, 14},
	{"6 fighters were killed and are divided on both locations.", Coding{Parts: 2, Whole: 6}, true, 6, 3},
	{"One fatality added for the suicide bomber.", Coding{Added: 1}, true, 7, 8},
	{"Clashes killed 1 fighter of the factions and an unknown number of IS fighters which are coded as 10.", Coding{Added: 10}, true, 1, 11},
	{"There were an unspecified number of fatalities on both sides that are coded as 10.", Coding{Total: 10}, true, 0, 10},
	{"Fatalities spread evenly across the four events, tallying 8 per event.", Coding{Each: 8, Parts: 4}, true, 32, 8},
	{"Total fatalities 6.", Coding{Total: 6}, true, 1, 6},
	// Not notes.
	{"Clashes killed 12 fighters near Kafr Nabl.", Coding{}, false, 12, 12},
	{"The fighters shot at each other for hours, causing casualties.", Coding{}, false, 0, 0},
	{"28 fatalities coded to fighting at Tal Hamra.", Coding{}, false, 5, 5},
	{"The fire spread across the city, the market and the school.", Coding{}, false, 0, 0},
	{"The province is divided between three armies.", Coding{}, false, 0, 0},
	{"", Coding{}, false, 0, 0},
}

func TestReadCoding(t *testing.T) {
	for _, tc := range codingCases {
		got, ok := ReadCoding(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ReadCoding(%q) = %+v, %v; want %+v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
		if n := got.Apply(tc.told); n != tc.gets {
			t.Errorf("ReadCoding(%q).Apply(%d) = %d, want %d", tc.in, tc.told, n, tc.gets)
		}
	}
}

// shareCases are coder's notes that divide a toll by place, with the place
// an event is coded at and the share it should get.
var shareCases = []struct {
	note, place string
	want        int
	ok          bool
}{
	{"28 fatalities coded to fighting at Tal Hamra.", "Tal Hamra", 28, true},
	{"Total fatalities coded to 19 with 10 coded to fighting at Kafr Nabl and 9 at al-Hass.", "Hass", 9, true},
	{"Total fatalities coded to 19 with 10 coded to fighting at Kafr Nabl and 9 at al-Hass.", "Kafr Nabl", 10, true},
	{"The remaining 12 fatalities are coded as follows: 4 fatalities to fighting at Tal Hamra, Maar Shamarin and Hass with 2 coded to fighting at Kafr Nabl.", "Maar Shamarin", 4, true},
	{"Fatalities were spread over three locations with 7 allocated to events at Ar-Raqqa.", "Ar Raqqa", 7, true},
	{"3 fatalities coded at Hass and Tal Hamra and 2 in Kafr Nabl.", "Tal Hamra", 3, true},
	// A note that divides a toll without the word "coded".
	{"Fatalities spread across the three events with five fatalities at Hass and Tal Hamra and two at Kafr Nabl.", "Tal Hamra", 5, true},
	{"The other 20 fatalities are distributed as follows: 4 to fighting in the villages of Hass, Tal Hamra and Maar Shamarin and 8 to fighting near Kafr Nabl.", "Maar Shamarin", 4, true},
	{"The fire spread to the market in Kafr Nabl, killing 3 people.", "Kafr Nabl", 0, false},
	// The place is named with no share, or the sentence is no note.
	{"12 soldiers and 8 rebels were killed in fighting in the greater Kafr Nabl area with 5 fatalities coded to fighting at Hass.", "Kafr Nabl", 0, false},
	{"Clashes killed 12 fighters near Kafr Nabl.", "Kafr Nabl", 0, false},
	{"So far there are 40 fatalities in a terrorist attack in Azaz.", "Azaz", 0, false},
	{"28 fatalities coded to fighting at Tal Hamra.", "Hass", 0, false},
	{"Total fatalities coded as 57 with 6 fatalities coded to this location.", "this location", 6, true},
	{"", "Hass", 0, false},
	{"5 fatalities coded to Hass.", "", 0, false},
}

func TestPlaceShare(t *testing.T) {
	for _, tc := range shareCases {
		got, ok := PlaceShare(tc.note, tc.place)
		if got != tc.want || ok != tc.ok {
			t.Errorf("PlaceShare(%q, %q) = %d, %v; want %d, %v", tc.note, tc.place, got, ok, tc.want, tc.ok)
		}
	}
}

func ExamplePlaceShare() {
	n, ok := PlaceShare("Total fatalities coded to 19 with 10 coded to fighting at Kafr Nabl and 9 at Hass.", "Hass")
	fmt.Println(n, ok)
	// Output: 9 true
}

func FuzzPlaceShare(f *testing.F) {
	for _, tc := range shareCases {
		f.Add(tc.note, tc.place)
	}
	f.Fuzz(func(t *testing.T, note, place string) {
		n, ok := PlaceShare(note, place)
		if ok != (n > 0) || n < 0 || n > maxCount {
			t.Fatalf("PlaceShare(%q, %q) = %d, %v", note, place, n, ok)
		}
	})
}

func ExampleReadCoding() {
	c, ok := ReadCoding("Fatalities spread evenly across the three events, with 9 coded to each.")
	fmt.Println(ok, c.Each, c.Parts, c.Apply(27))
	c, _ = ReadCoding("Fatalities divided over 4 events.")
	fmt.Println(c.Apply(10))
	// Output:
	// true 9 3 9
	// 2
}

func FuzzReadCoding(f *testing.F) {
	for _, tc := range codingCases {
		f.Add(tc.in, tc.told)
	}
	f.Fuzz(func(t *testing.T, s string, told int) {
		c, ok := ReadCoding(s)
		if ok == c.IsZero() {
			t.Fatalf("ReadCoding(%q) = %+v but ok=%v", s, c, ok)
		}
		for _, v := range []int{c.Total, c.Each, c.Parts, c.Whole, c.Added} {
			if v < 0 || v > maxCount {
				t.Fatalf("ReadCoding(%q) = %+v, out of bounds", s, c)
			}
		}
		told = min(max(told, 0), maxCount)
		if n := c.Apply(told); n < 0 || n > maxCount {
			t.Fatalf("%+v.Apply(%d) = %d", c, told, n)
		}
	})
}
