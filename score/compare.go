package score

import (
	"strings"

	"github.com/sitrep/sitrep/extract"
)

// DefaultRadiusKm is how far a predicted point may lie from the gold's
// coordinates and still count as the same place.
const DefaultRadiusKm = 10

// comparer holds what comparing one gold event with one prediction needs.
type comparer struct {
	field    ActorField
	radiusKm float64
}

// predAdmin1 is the governorate a record names: Location.Admin1, else the
// governorate of its P-code, else its own name when the record is placed at
// the governorate level.
func predAdmin1(p *extract.Event) string {
	l := p.Location
	if l == nil {
		return ""
	}
	if l.Admin1 != "" {
		return l.Admin1
	}
	if g := governorateOfPCode(l.PCode); g != "" {
		return g
	}
	if l.Precision == "governorate" || l.Feature == "governorate" || l.Feature == "admin1" {
		return l.Name
	}
	return ""
}

func admin1Agree(g *GoldEvent, p *extract.Event) bool {
	gk := governorateKey(g.Admin1)
	return gk != "" && gk == governorateKey(predAdmin1(p))
}

// placeAgree reports whether the record's place is one of the gold's names
// (folded; either half of a double name), the record's location phrase
// contains one of them on word boundaries, or the record's point lies
// within the radius of the gold's.
func (c comparer) placeAgree(g *GoldEvent, p *extract.Event) bool {
	l := p.Location
	if l == nil {
		return false
	}
	var names []string
	for _, n := range splitAlternatives(l.Name) {
		if f := foldPlace(n); f != "" {
			names = append(names, f)
		}
	}
	text := foldPlace(l.Text)
	for _, gn := range g.Locations {
		for _, alt := range splitAlternatives(gn) {
			f := foldPlace(alt)
			if f == "" {
				continue
			}
			for _, n := range names {
				if n == f {
					return true
				}
			}
			if containsWords(text, f) {
				return true
			}
		}
	}
	if g.Lat != nil && g.Lon != nil && hasPoint(l) {
		return distanceKm(*g.Lat, *g.Lon, l.Lat, l.Lon) <= c.radiusKm
	}
	return false
}

// hasPoint reports whether a record carries coordinates: the schema writes
// 0, 0 for none, and no place in Syria lies there.
func hasPoint(l *extract.Location) bool { return l.Lat != 0 || l.Lon != 0 }

// dateAgree reports whether the gold's days [date, date_end] and the
// record's [Start, End] overlap. An unknown date agrees with nothing here:
// two silences are not evidence of one event.
func dateAgree(g *GoldEvent, p *extract.Event) bool {
	ps, pe := strings.TrimSpace(p.Date.Start), strings.TrimSpace(p.Date.End)
	if g.Date == "" || ps == "" {
		return false
	}
	ge := g.Date
	if g.DateEnd != "" {
		ge = g.DateEnd
	}
	if pe == "" || pe < ps {
		pe = ps
	}
	// ISO 8601 days order as strings do.
	return ps <= ge && g.Date <= pe
}

// dateStartRight is the date accuracy's first half: the record's Start is
// the gold date, or both are unknown.
func dateStartRight(g *GoldEvent, p *extract.Event) bool {
	return strings.TrimSpace(p.Date.Start) == g.Date
}

// dateEndRight is its second half: the record's End is the gold date_end;
// without one, the record's End is empty or its Start.
func dateEndRight(g *GoldEvent, p *extract.Event) bool {
	end := strings.TrimSpace(p.Date.End)
	if g.DateEnd != "" {
		return end == g.DateEnd
	}
	return end == "" || end == strings.TrimSpace(p.Date.Start)
}

// typeKey reduces an event type to snake case, so that ACLED's
// "Explosions/Remote violence" and FORMAT.md's "explosions_remote_violence"
// agree.
func typeKey(s string) string {
	var b strings.Builder
	sep := false
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if sep && b.Len() > 0 {
				b.WriteByte('_')
			}
			sep = false
			b.WriteRune(r)
			continue
		}
		sep = true
	}
	return b.String()
}

func typeRight(g *GoldEvent, p *extract.Event) bool {
	return typeKey(g.EventType) != "" && typeKey(g.EventType) == typeKey(p.EventType)
}

func subTypeRight(g *GoldEvent, p *extract.Event) bool {
	return typeKey(g.SubEventType) != "" && typeKey(g.SubEventType) == typeKey(p.SubEventType)
}

// nameKey is how actor and source names compare: case-insensitively, with
// surrounding and repeated spaces ignored.
func nameKey(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// predActors returns the record's actor names in the field opts compares,
// keyed, without duplicates, and the key of the attacker: the first actor
// whose role is "attacker", else the first actor.
func (c comparer) predActors(p *extract.Event) (names []string, attacker string) {
	seen := make(map[string]bool)
	for _, a := range p.Actors {
		n := a.Name
		if c.field == ActorACLED {
			n = a.ACLED
		}
		k := nameKey(n)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		names = append(names, k)
		if attacker == "" && a.Role == "attacker" {
			attacker = k
		}
	}
	if attacker == "" && len(names) > 0 {
		attacker = names[0]
	}
	return names, attacker
}

// actorScore compares the gold's actors with the record's: how many gold
// actors the record names, whether the two sets are equal, and whether
// they are equal with the gold's first actor (the attacker) as the
// record's attacker.
type actorScore struct {
	found, total int
	exact        bool
	ordered      bool
	jaccard      float64
}

func (c comparer) actors(g *GoldEvent, p *extract.Event) actorScore {
	pred, attacker := c.predActors(p)
	have := make(map[string]bool, len(pred))
	for _, n := range pred {
		have[n] = true
	}
	var s actorScore
	want := make(map[string]bool)
	var first string
	for _, a := range g.Actors {
		k := nameKey(a)
		if k == "" || want[k] {
			continue
		}
		if first == "" {
			first = k
		}
		want[k] = true
		s.total++
		if have[k] {
			s.found++
		}
	}
	s.exact = s.found == s.total && len(have) == s.total
	s.ordered = s.exact && (s.total == 0 || attacker == first)
	if union := len(have) + s.total - s.found; union > 0 {
		s.jaccard = float64(s.found) / float64(union)
	} else {
		s.jaccard = 1
	}
	return s
}

// sourcesFound counts the gold's sources that the record lists.
func sourcesFound(g *GoldEvent, p *extract.Event) (found, total int) {
	have := make(map[string]bool)
	for _, s := range p.Sources {
		have[nameKey(s)] = true
	}
	seen := make(map[string]bool)
	for _, s := range g.Sources {
		k := nameKey(s)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		total++
		if have[k] {
			found++
		}
	}
	return found, total
}

// figureEqual reports whether two counts agree: both absent, or both given
// with the same best figure.
func figureEqual(g *GoldFigure, p *extract.Estimate) bool {
	if g == nil || p == nil {
		return g == nil && p == nil
	}
	return g.Best == p.Best
}

// matchWeight ranks the pairs that may match as events (same governorate
// where the gold gives one, and same place or overlapping dates): place first, then date, type,
// sub-event type, actors and killed.
func (c comparer) matchWeight(g *GoldEvent, p *extract.Event) (int64, bool) {
	// A gold event without a governorate sets no condition on it.
	if g.Admin1 != "" && !admin1Agree(g, p) {
		return 0, false
	}
	place, date := c.placeAgree(g, p), dateAgree(g, p)
	if !place && !date {
		return 0, false
	}
	var w int64 = 1
	w += 800 * b2i(place)
	w += 400 * b2i(date)
	w += 200 * b2i(typeRight(g, p))
	w += 100 * b2i(subTypeRight(g, p))
	w += int64(100 * c.actors(g, p).jaccard)
	w += 50 * b2i(g.Killed != nil && figureEqual(g.Killed, p.Casualties.Killed))
	return w, true
}

// alignWeight ranks pairs for field accuracy. A prediction that agrees with
// a gold event on neither governorate, place nor date is not about it; any
// other pair may align, weighted by every field.
func (c comparer) alignWeight(g *GoldEvent, p *extract.Event) (int64, bool) {
	gov, place, date := admin1Agree(g, p), c.placeAgree(g, p), dateAgree(g, p)
	if !gov && !place && !date {
		return 0, false
	}
	var w int64 = 1
	w += 400 * b2i(gov)
	w += 400 * b2i(place)
	w += 200 * b2i(date)
	w += 200 * b2i(typeRight(g, p))
	w += 100 * b2i(subTypeRight(g, p))
	w += int64(200 * c.actors(g, p).jaccard)
	w += 100 * b2i(figureEqual(g.Killed, p.Casualties.Killed))
	return w, true
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}
