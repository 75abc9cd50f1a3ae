package extract

// Choosing an event's place among the places its sentences name.

import "slices"

// placesAgree reports whether any of ps can be the same place as p: one
// lies within the other's governorate and neither names another community.
func placesAgree(p *placeHit, ps []placeHit) bool {
	for i := range ps {
		q := &ps[i]
		if q.Gov != p.Gov {
			continue
		}
		if q.PCode == p.PCode || q.Level < 4 || p.Level < 4 || q.Precision != "exact" || p.Precision != "exact" {
			return true
		}
	}
	return false
}

// bestPlace returns the most precise of ps that agrees with cur, or nil to
// keep cur. With no cur, the governorate most of ps lie in is the
// sentence's: "clashes near Abu Kamal in Deir ez-Zor countryside" outvotes
// a stray word read as a village elsewhere.
func bestPlace(ps []placeHit, cur *placeHit) *placeHit {
	best := cur
	if best == nil && len(ps) > 0 {
		best = &ps[majorGov(ps)]
	}
	for i := range ps {
		p := &ps[i]
		if best.Gov != "" && p.Gov != best.Gov {
			continue
		}
		if placeRank(p) > placeRank(best) {
			best = p
		}
	}
	if best == cur {
		return nil
	}
	return best
}

// placeRank orders places by how precisely they locate an event: a named
// community beats a relation to one, which beats a district or governorate.
func placeRank(p *placeHit) int {
	if p.seat {
		// "southern Idlib" may be the province: any village of it that the
		// report names locates the incident better.
		return 15
	}
	if p.Level == 6 && wideFeature[p.Feature] {
		// A region, range, plain or river spans a district or more: a
		// town in it, even a place near one, locates better ("in the
		// Golan Heights ... near Quneitra").
		return 20 + 4
	}
	r := 0
	switch p.Precision {
	case "exact":
		r = 40
	case "near":
		r = 30
	case "district":
		r = 20
	case "governorate":
		r = 10
	}
	switch {
	case p.Level == 4 || p.Level == 5:
		r += 5
	case p.Level == 6:
		r += 4
	case p.Level == 3:
		r += 3
	case p.Level == 2:
		r += 2
	case p.Level == 1:
		r += 1
	}
	return r
}

// wideFeature holds the kinds of feature that are areas rather than
// points: an air base or a crossing locates an event as a town does.
var wideFeature = map[string]bool{
	"region": true, "mountain": true, "plain": true, "valley": true, "river": true, "road": true,
}

// majorGov returns the index of the first of ps in the governorate that
// most of ps lie in; on a tie, the first named.
func majorGov(ps []placeHit) int {
	best, bestN := 0, 0
	for i := range ps {
		n := 0
		for j := range ps {
			if ps[j].Gov == ps[i].Gov {
				n++
			}
		}
		if n > bestN {
			best, bestN = i, n
		}
	}
	return best
}

// settlementNouns are the words a report uses for places it spoke of
// without a name the gazetteer knows, and then says where they are.
var settlementNouns = map[string]bool{
	"village": true, "villages": true, "town": true, "towns": true, "area": true, "areas": true,
	"camp": true, "camps": true, "neighbourhood": true, "neighborhood": true, "district": true,
}

// placeToldAfter returns where a sentence just after an incident puts the
// places the incident's own sentences spoke of ("strikes that targeted two
// villages, Tokhar and Hoshariyeh. The villages are near Manbij"): a place
// near the one it names. It returns nil where no such sentence follows.
func placeToldAfter(frames []*frame, inc *incident) *placeHit {
	last := inc.frames[len(inc.frames)-1]
	k := slices.Index(frames, last)
	if k < 0 {
		return nil
	}
	for _, f := range frames[k+1 : min(len(frames), k+3)] {
		if len(f.words) < 3 || f.words[0].key != "the" || !settlementNouns[f.words[1].key] || len(f.places) == 0 {
			continue
		}
		noun := f.words[1].key
		spoke := false
		for _, g := range inc.frames {
			for _, w := range g.words {
				if w.key == noun {
					spoke = true
				}
			}
		}
		if !spoke {
			continue
		}
		p := *bestPlace(f.places, nil)
		if p.Precision == "exact" && p.Level >= 4 {
			p.Precision = "near"
		}
		return &p
	}
	return nil
}
