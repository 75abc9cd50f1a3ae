package score

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/sitrep/sitrep/extract"
)

// WriteTable writes the report's figures as an aligned table for people.
func (r *Report) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	fmt.Fprintf(tw, "%d docs, %d gold events, %d predicted", r.Docs, r.GoldEvents, r.PredEvents)
	if r.Unscored > 0 {
		fmt.Fprintf(tw, " (%d more in docs without gold, not scored)", r.Unscored)
	}
	fmt.Fprintf(tw, "; actors by %s, places within %g km\n\n", r.ActorField, r.RadiusKm)

	fmt.Fprintln(tw, "metric\tP\tR\tF1\ttp\tfp\tfn")
	for _, row := range []struct {
		name string
		s    PRF
	}{{"events", r.Events}, {"killed", r.Killed.Items}, {"wounded", r.Wounded.Items}} {
		s := row.s
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%d\t%d\n", row.name,
			share(s.Precision, s.TP+s.FP), share(s.Recall, s.TP+s.FN), share(s.F1, s.TP+s.FP+s.FN), s.TP, s.FP, s.FN)
	}
	fmt.Fprintln(tw)

	fmt.Fprintln(tw, "matched pairs\tshare\thits\tof")
	ratioRows(tw, []ratioRow{
		{"killed exact", r.Killed.Exact}, {"killed low", r.Killed.Low}, {"killed high", r.Killed.High},
		{"wounded exact", r.Wounded.Exact}, {"wounded low", r.Wounded.Low}, {"wounded high", r.Wounded.High},
	})
	fmt.Fprintln(tw)

	f := r.Fields
	fmt.Fprintln(tw, "gold events\tshare\thits\tof")
	ratioRows(tw, []ratioRow{
		{"aligned", f.Aligned}, {"governorate", f.Governorate}, {"place", f.Place},
		{"actors recall", f.ActorsRecall}, {"actors exact", f.ActorsExact}, {"actors attacker-first", f.ActorsOrdered},
		{"event type", f.EventType}, {"sub-event type", f.SubEventType},
		{"date", f.Date}, {"date start", f.DateStart}, {"sources recall", f.SourcesRecall},
	})
	return tw.Flush()
}

type ratioRow struct {
	name string
	q    Ratio
}

func ratioRows(w io.Writer, rows []ratioRow) {
	for _, row := range rows {
		fmt.Fprintf(w, "%s\t%s\t%d\t%d\n", row.name, share(row.q.Rate, row.q.Total), row.q.Hits, row.q.Total)
	}
}

// share prints a rate, or "-" when nothing was counted: 0.000 would claim a
// failure where there was nothing to get right.
func share(rate float64, count int) string {
	if count == 0 {
		return "-"
	}
	return strconv.FormatFloat(rate, 'f', 3, 64)
}

// causeTitles head WriteMisses' groups.
var causeTitles = map[Cause]string{
	CauseMissed:      "no prediction for a gold event",
	CauseSpurious:    "spurious event",
	CauseKilled:      "wrong killed",
	CauseWounded:     "wrong wounded",
	CausePlace:       "wrong place",
	CauseGovernorate: "wrong governorate",
	CauseActors:      "wrong actors",
	CauseType:        "wrong type",
	CauseDate:        "wrong date",
}

// maxEvidence caps one evidence line in WriteMisses; the JSON keeps it all.
const maxEvidence = 240

// WriteMisses writes every miss, grouped by cause, each with the gold it
// failed and the evidence text of the prediction involved.
func (r *Report) WriteMisses(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for _, c := range causes {
		var group []Miss
		for _, m := range r.Misses {
			if m.Cause == c {
				group = append(group, m)
			}
		}
		if len(group) == 0 {
			continue
		}
		fmt.Fprintf(bw, "## %s (%d)\n", causeTitles[c], len(group))
		for _, m := range group {
			bw.WriteString(m.Doc)
			if m.GoldEvent > 0 {
				fmt.Fprintf(bw, " event %d", m.GoldEvent)
			}
			if m.Pred != "" {
				fmt.Fprintf(bw, " [%s]", m.Pred)
			}
			switch {
			case c == CauseMissed:
				fmt.Fprintf(bw, ": %s", m.Want)
			case c == CauseSpurious:
				fmt.Fprintf(bw, ": %s", m.Got)
			default:
				fmt.Fprintf(bw, ": want %s, got %s", m.Want, m.Got)
			}
			bw.WriteByte('\n')
			for _, e := range m.Evidence {
				fmt.Fprintf(bw, "    %q\n", clip(e, maxEvidence))
			}
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !isRuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

func orNone(s string) string {
	if strings.TrimSpace(s) == "" {
		return "none"
	}
	return s
}

func joinType(t, sub string) string {
	t = orNone(t)
	if sub != "" {
		t += "/" + sub
	}
	return t
}

func days(start, end string) string {
	if start == "" {
		return "unknown"
	}
	if end != "" && end != start {
		return start + ".." + end
	}
	return start
}

func describeGoldFigure(f *GoldFigure) string {
	if f == nil {
		return "none"
	}
	s := strconv.Itoa(f.Best)
	if f.Low != nil && f.High != nil && (*f.Low != f.Best || *f.High != f.Best) {
		s += fmt.Sprintf(" (%d-%d)", *f.Low, *f.High)
	}
	return s
}

func describePredFigure(e *extract.Estimate) string {
	if e == nil {
		return "none"
	}
	s := strconv.Itoa(e.Best)
	if e.Low != e.Best || e.High != e.Best {
		s += fmt.Sprintf(" (%d-%d)", e.Low, e.High)
	}
	return s
}

func describeGoldPlace(g *GoldEvent) string {
	s := orNone(strings.Join(g.Locations, " | "))
	if g.Lat != nil && g.Lon != nil {
		s += fmt.Sprintf(" @%.4f,%.4f", *g.Lat, *g.Lon)
	}
	return s
}

func describePredPlace(g *GoldEvent, p *extract.Event) string {
	l := p.Location
	if l == nil {
		return "none"
	}
	s := orNone(l.Name)
	if l.Text != "" && l.Text != l.Name {
		s += fmt.Sprintf(" (%q)", l.Text)
	}
	if hasPoint(l) {
		s += fmt.Sprintf(" @%.4f,%.4f", l.Lat, l.Lon)
		if g.Lat != nil && g.Lon != nil {
			s += fmt.Sprintf(", %.1f km off", distanceKm(*g.Lat, *g.Lon, l.Lat, l.Lon))
		}
	}
	return s
}

func describeGold(g *GoldEvent) string {
	var b strings.Builder
	b.WriteString(joinType(g.EventType, g.SubEventType))
	fmt.Fprintf(&b, " %s, %s, %s", days(g.Date, g.DateEnd), orNone(g.Admin1), orNone(strings.Join(g.Locations, " | ")))
	if len(g.Actors) > 0 {
		fmt.Fprintf(&b, "; %s", strings.Join(g.Actors, " → "))
	}
	if g.Killed != nil {
		fmt.Fprintf(&b, "; killed %s", describeGoldFigure(g.Killed))
	}
	if g.Wounded != nil {
		fmt.Fprintf(&b, "; wounded %s", describeGoldFigure(g.Wounded))
	}
	return b.String()
}

func describePred(p *extract.Event) string {
	var b strings.Builder
	b.WriteString(joinType(p.EventType, p.SubEventType))
	place, admin1 := "none", orNone(predAdmin1(p))
	if p.Location != nil {
		place = orNone(p.Location.Name)
	}
	fmt.Fprintf(&b, " %s, %s, %s", days(p.Date.Start, p.Date.End), admin1, place)
	var names []string
	for _, a := range p.Actors {
		names = append(names, a.Name)
	}
	if len(names) > 0 {
		fmt.Fprintf(&b, "; %s", strings.Join(names, " → "))
	}
	if p.Casualties.Killed != nil {
		fmt.Fprintf(&b, "; killed %s", describePredFigure(p.Casualties.Killed))
	}
	if p.Casualties.Wounded != nil {
		fmt.Fprintf(&b, "; wounded %s", describePredFigure(p.Casualties.Wounded))
	}
	return b.String()
}

// describeActors lists a record's actors in the field being compared, as
// written, attacker first.
func (c comparer) describeActors(p *extract.Event) string {
	var first, rest []string
	for _, a := range p.Actors {
		n := a.Name
		if c.field == ActorACLED {
			n = a.ACLED
		}
		if strings.TrimSpace(n) == "" {
			continue
		}
		if a.Role == "attacker" && len(first) == 0 {
			first = append(first, n)
		} else {
			rest = append(rest, n)
		}
	}
	return orNone(strings.Join(append(first, rest...), " → "))
}
