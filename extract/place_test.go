package extract

import (
	"context"
	"testing"
	"time"

	"github.com/sitrep/sitrep/gazetteer/actors"
)

// TestBestPlace checks how an incident picks its place among a sentence's
// places: the governorate most of them lie in, then the most precise.
func TestBestPlace(t *testing.T) {
	village := func(name, gov string) placeHit {
		return placeHit{Name: name, Gov: gov, Level: 4, Precision: "exact"}
	}
	province := func(name, gov string) placeHit {
		return placeHit{Name: name, Gov: gov, Level: 1, Precision: "governorate"}
	}
	near := func(name, gov string) placeHit {
		return placeHit{Name: name, Gov: gov, Level: 4, Precision: "near"}
	}
	region := func(name, gov string) placeHit {
		return placeHit{Name: name, Gov: gov, Level: 6, Feature: "region", Precision: "exact"}
	}
	airbase := func(name, gov string) placeHit {
		return placeHit{Name: name, Gov: gov, Level: 6, Feature: "airbase", Precision: "exact"}
	}
	golan := region("Golan", "SY14")
	cur := village("Saraqib", "SY07")
	idlib := province("Idlib", "SY07")
	tests := []struct {
		name string
		ps   []placeHit
		cur  *placeHit
		want string // "" to keep cur
	}{
		// "Clashes near Abu Kamal in Deir ez-Zor countryside", with a
		// stray word read as a village of Aleppo first.
		{"majority outvotes a stray first place", []placeHit{village("Esan", "SY02"), near("Abu Kamal", "SY09"), province("Deir ez-Zor", "SY09")}, nil, "Abu Kamal"},
		{"a lone place is the place", []placeHit{village("Douma", "SY03")}, nil, "Douma"},
		{"on a tie the first named", []placeHit{village("Kafr Nabl", "SY07"), village("Latamneh", "SY05")}, nil, "Kafr Nabl"},
		{"a village beats its province", []placeHit{province("Idlib", "SY07"), village("Sarmin", "SY07")}, nil, "Sarmin"},
		{"an incident keeps its place against another governorate", []placeHit{village("Latamneh", "SY05")}, &cur, ""},
		{"an incident takes a better place of its governorate", []placeHit{village("Sarmin", "SY07")}, &idlib, "Sarmin"},
		// "Gunmen seized the peacekeepers on the Golan Heights ... near
		// Quneitra": the region spans the province; the town is a point.
		{"a place near a town beats a region", []placeHit{near("Quneitra", "SY14")}, &golan, "Quneitra"},
		{"a village beats a region named first", []placeHit{region("Eastern Ghouta", "SY03"), village("Hazzeh", "SY03")}, nil, "Hazzeh"},
		{"an air base is a point, as a village is", []placeHit{airbase("Shayrat air base", "SY04"), near("Homs", "SY04")}, nil, "Shayrat air base"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := bestPlace(tt.ps, tt.cur)
			switch {
			case tt.want == "" && got != nil:
				t.Errorf("got %s, want to keep %s", got.Name, tt.cur.Name)
			case tt.want != "" && (got == nil || got.Name != tt.want):
				t.Errorf("got %v, want %s", got, tt.want)
			}
		})
	}
}

// TestSpelledAs checks when an actor or source mention the matcher found by
// folded letters may stand for an alias: a one-word alias only with its own
// letters, since vowel folding meets ordinary words ("rose" and "Russia",
// "Reuters" and "rioters"); a name of several words as folded ("al-Nusrah
// Front" for "al-Nusra Front").
func TestSpelledAs(t *testing.T) {
	tests := []struct {
		mention string
		alias   actors.Alias
		want    bool
	}{
		{"rose", actors.Alias{Text: "Russia"}, false},
		{"Rioters", actors.Alias{Text: "Reuters"}, false},
		{"Russia", actors.Alias{Text: "Russia"}, true},
		{"russia", actors.Alias{Text: "Russia"}, true},
		{"al-Nusrah Front", actors.Alias{Text: "al-Nusra Front"}, true},
		{"Jaish al-Islam", actors.Alias{Text: "Jaysh al-Islam"}, true},
		{"on", actors.Alias{Text: "UN"}, false},
		{"Is", actors.Alias{Text: "IS", CaseSensitive: true}, false},
		{"IS", actors.Alias{Text: "IS", CaseSensitive: true}, true},
	}
	for _, tt := range tests {
		if got := spelledAs(tt.mention, tt.alias); got != tt.want {
			t.Errorf("spelledAs(%q, %q) = %v, want %v", tt.mention, tt.alias.Text, got, tt.want)
		}
	}
}

// TestPlaceToldAfter checks that an incident told at places the gazetteer
// lacks takes the place a following sentence gives them.
func TestPlaceToldAfter(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		pcode      string // the first event's place; "" for none
		precision  string
	}{
		{"the villages are near a town",
			"Air strikes on two villages in northern Syria killed 12 civilians on Tuesday, activists said. The villages are near the town of Manbij.",
			"C1767", "near"},
		{"the sentence after speaks of other things",
			"Air strikes on two villages in northern Syria killed 12 civilians on Tuesday, activists said. The town of Manbij has been besieged for weeks.",
			"", ""},
		{"the sentence after names no place",
			"Air strikes on two villages in northern Syria killed 12 civilians on Tuesday, activists said. The villages had been without power for weeks.",
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &Doc{ID: "case", Text: tt.text, Published: time.Date(2016, 7, 19, 0, 0, 0, 0, time.UTC)}
			evs, err := x.Extract(context.Background(), d)
			if err != nil {
				t.Fatal(err)
			}
			if len(evs) == 0 {
				t.Fatal("no event")
			}
			loc := evs[0].Location
			switch {
			case tt.pcode == "" && loc != nil:
				t.Errorf("place %s (%s), want none", loc.Name, loc.PCode)
			case tt.pcode != "" && loc == nil:
				t.Errorf("no place, want %s", tt.pcode)
			case tt.pcode != "" && (loc.PCode != tt.pcode || loc.Precision != tt.precision):
				t.Errorf("place %s %s %s, want %s %s", loc.Name, loc.PCode, loc.Precision, tt.pcode, tt.precision)
			}
		})
	}
}
