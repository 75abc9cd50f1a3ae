package extract

// Choosing an event's place among the places its sentences name.

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
// keep cur.
func bestPlace(ps []placeHit, cur *placeHit) *placeHit {
	best := cur
	for i := range ps {
		p := &ps[i]
		if best == nil {
			best = p
			continue
		}
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
