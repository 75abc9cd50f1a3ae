package score

import (
	"testing"

	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/internal/testshared"
)

// predFrom writes down the record a perfect extractor would give for a gold
// event, so tests can start from a right answer and spoil one field.
func predFrom(doc string, g *GoldEvent, field ActorField) extract.Event {
	e := extract.Event{
		Doc:          extract.DocRef{ID: doc},
		EventType:    g.EventType,
		SubEventType: g.SubEventType,
		Date:         extract.Date{Start: g.Date, End: g.DateEnd},
		Sources:      append([]string(nil), g.Sources...),
	}
	if len(g.Locations) > 0 || g.Admin1 != "" || g.Lat != nil {
		l := &extract.Location{Admin1: g.Admin1}
		if len(g.Locations) > 0 {
			l.Name = g.Locations[0]
		}
		if g.Lat != nil {
			l.Lat, l.Lon = *g.Lat, *g.Lon
		}
		e.Location = l
	}
	for i, a := range g.Actors {
		act := extract.Actor{Name: a, Role: "target"}
		if field == ActorACLED {
			act = extract.Actor{Name: "canonical " + a, ACLED: a, Role: "target"}
		}
		if i == 0 {
			act.Role = "attacker"
		}
		e.Actors = append(e.Actors, act)
	}
	e.Casualties.Killed = estimateFrom(g.Killed)
	e.Casualties.Wounded = estimateFrom(g.Wounded)
	return e
}

func estimateFrom(f *GoldFigure) *extract.Estimate {
	if f == nil {
		return nil
	}
	e := &extract.Estimate{Best: f.Best, Low: f.Best, High: f.Best}
	if f.Low != nil {
		e.Low = *f.Low
	}
	if f.High != nil {
		e.High = *f.High
	}
	return e
}

func predsFrom(gold []Gold, field ActorField) []extract.Event {
	var out []extract.Event
	for _, g := range gold {
		for i := range g.Events {
			out = append(out, predFrom(g.Doc, &g.Events[i], field))
		}
	}
	return out
}

// sharedEval returns ../shared/eval beside the module root, or skips.
func sharedEval(t *testing.T) string {
	t.Helper()
	return testshared.Path(t, "eval")
}
