package extract

import (
	"context"
	"fmt"
	"sort"
	"time"
)

// MarkKind is what a marked span of a report was read as.
type MarkKind uint8

// The kinds of marks, in the order a renderer might list them.
const (
	MarkPlace    MarkKind = iota + 1 // a place of the gazetteer
	MarkActor                        // an armed group, a state's forces, victims' side
	MarkSource                       // who reported
	MarkCasualty                     // a casualty phrase with its figure
	MarkDate                         // a date expression
	MarkTrigger                      // a word telling of violence
)

var markNames = [...]string{MarkPlace: "place", MarkActor: "actor", MarkSource: "source", MarkCasualty: "casualty", MarkDate: "date", MarkTrigger: "trigger"}

// String returns the kind's name in lower case.
func (k MarkKind) String() string {
	if int(k) < len(markNames) && markNames[k] != "" {
		return markNames[k]
	}
	return fmt.Sprintf("MarkKind(%d)", int(k))
}

// MarshalText writes the kind's name.
func (k MarkKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Mark is one recognised span of a report and what it was read as.
type Mark struct {
	Span
	Kind  MarkKind
	Label string // what the span was read as: "al-Sukhna (C2893, Homs)", "killed 27 (exact)"
}

// Provenance says which spans of the report gave an event's fields.
type Provenance struct {
	Type     []Span // the trigger words of the sentence that opened the incident
	Location Span   // the place phrase, relation included
	Date     Span   // the date phrase; empty when the date was inferred
	Actors   []Span // attacker first
	Claims   []Span
	Sources  []Span
}

// Explanation is a report with everything sitrep recognised in it and the
// events it made, each with the spans its fields came from.
type Explanation struct {
	Doc        *Doc
	Published  time.Time // what relative dates were resolved against; zero if unknown
	Sentences  []Span
	Marks      []Mark // sorted by position
	Events     []Event
	Provenance []Provenance // one per event
}

// Explain runs the pipeline like Extract and also returns every mark it
// made, so that a user can see why a figure, a place or an actor came out
// as it did.
func (x *Extractor) Explain(ctx context.Context, d *Doc) (*Explanation, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	published := x.publication(d)
	frames := x.read(d.Text, published)
	e := &Explanation{Doc: d, Published: published}
	for _, f := range frames {
		if n := len(e.Sentences); n == 0 || e.Sentences[n-1].End <= f.Start {
			e.Sentences = append(e.Sentences, f.Span)
		} else if e.Sentences[n-1].End < f.End {
			e.Sentences[n-1].End = f.End // clauses of one sentence
		}
		for _, p := range f.places {
			e.Marks = append(e.Marks, Mark{Span: p.Span, Kind: MarkPlace, Label: fmt.Sprintf("%s (%s, %s, %s)", p.Name, p.PCode, p.Admin1, p.Precision)})
		}
		for _, a := range f.actors {
			label := a.Name
			if a.Member {
				label += ", victims' side"
			}
			e.Marks = append(e.Marks, Mark{Span: a.Span, Kind: MarkActor, Label: label})
		}
		for _, s := range f.sources {
			e.Marks = append(e.Marks, Mark{Span: s.Span, Kind: MarkSource, Label: s.Name})
		}
		for _, c := range f.figures {
			label := fmt.Sprintf("%s %d (%s)", c.Outcome, c.Count, c.Qualifier)
			if c.Aggregate {
				label += ", a total: no event"
			}
			e.Marks = append(e.Marks, Mark{Span: c.Span, Kind: MarkCasualty, Label: label})
		}
		for _, d := range f.dates {
			label := d.Precision
			if !d.From.IsZero() {
				label = d.From.Format(time.DateOnly)
				if d.To.After(d.From) {
					label += ".." + d.To.Format(time.DateOnly)
				}
			}
			e.Marks = append(e.Marks, Mark{Span: d.Span, Kind: MarkDate, Label: label})
		}
		for _, t := range f.triggers {
			e.Marks = append(e.Marks, Mark{Span: t.span, Kind: MarkTrigger, Label: t.means.String()})
		}
	}
	sort.SliceStable(e.Marks, func(i, j int) bool {
		if e.Marks[i].Start != e.Marks[j].Start {
			return e.Marks[i].Start < e.Marks[j].Start
		}
		return e.Marks[i].End > e.Marks[j].End
	})
	e.Events, e.Provenance = assembleTraced(d, frames, published, x.stock)
	for i := range e.Events {
		e.Events[i].ID = fmt.Sprintf("%s#%d", d.ID, i+1)
	}
	return e, nil
}
