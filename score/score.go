package score

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/extract"
)

// ActorField says which of a record's actor names the gold's actors are
// compared with.
type ActorField string

const (
	// ActorName compares with Actor.Name, the project's canonical names
	// (the seed and news gold).
	ActorName ActorField = "name"
	// ActorACLED compares with Actor.ACLED, ACLED's actor labels (the
	// ACLED gold).
	ActorACLED ActorField = "acled"
)

// ParseActorField returns the ActorField s names: "name" or "acled".
func ParseActorField(s string) (ActorField, error) {
	switch f := ActorField(strings.ToLower(strings.TrimSpace(s))); f {
	case ActorName, ActorACLED:
		return f, nil
	}
	return "", fmt.Errorf("unknown actor field %q: want name or acled", s)
}

// String returns the field's name; the zero value reads as "name".
func (f ActorField) String() string {
	if f == "" {
		return string(ActorName)
	}
	return string(f)
}

// Set parses s into f, so that an ActorField can be a command-line flag.
func (f *ActorField) Set(s string) error {
	v, err := ParseActorField(s)
	if err != nil {
		return err
	}
	*f = v
	return nil
}

// Type names the flag's value kind in help text.
func (f *ActorField) Type() string { return "name|acled" }

// Options configure Evaluate. The zero value scores canonical actor names
// with a 10 km radius.
type Options struct {
	// ActorField picks the record's actor names to compare: ActorName
	// (default) or ActorACLED.
	ActorField ActorField
	// RadiusKm is how close a predicted point must lie to the gold's to
	// count as the same place; 0 means DefaultRadiusKm.
	RadiusKm float64
}

// Report holds every figure Evaluate computes and the misses behind them.
// It marshals to JSON as it is.
type Report struct {
	ActorField ActorField `json:"actor_field"`
	RadiusKm   float64    `json:"radius_km"`
	// Docs counts the gold documents, GoldEvents their events, and
	// PredEvents the predictions that belong to one of them.
	Docs       int `json:"docs"`
	GoldEvents int `json:"gold_events"`
	PredEvents int `json:"pred_events"`
	// Unscored counts predictions whose document has no gold; they are
	// left out of every figure.
	Unscored int `json:"unscored"`

	Events  PRF         `json:"events"`
	Killed  FigureScore `json:"killed"`
	Wounded FigureScore `json:"wounded"`
	Fields  Fields      `json:"fields"`
	Misses  []Miss      `json:"misses"`
}

// PRF is precision, recall and F1 over counted items.
type PRF struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Ratio is a share: Hits of Total, and Rate = Hits/Total (0 when Total is 0).
type Ratio struct {
	Hits  int     `json:"hits"`
	Total int     `json:"total"`
	Rate  float64 `json:"rate"`
}

// FigureScore scores one casualty figure (killed or wounded). Items counts
// figures as items (see doc.go); Exact, Low and High are shares of the
// matched event pairs.
type FigureScore struct {
	Items PRF   `json:"items"`
	Exact Ratio `json:"exact"`
	Low   Ratio `json:"low"`
	High  Ratio `json:"high"`
}

// Fields holds the field accuracies, over gold events aligned one to one
// with predictions (see doc.go).
type Fields struct {
	Aligned       Ratio `json:"aligned"`
	Governorate   Ratio `json:"governorate"`
	Place         Ratio `json:"place"`
	ActorsRecall  Ratio `json:"actors_recall"`
	ActorsExact   Ratio `json:"actors_exact"`
	ActorsOrdered Ratio `json:"actors_attacker_first"`
	EventType     Ratio `json:"event_type"`
	SubEventType  Ratio `json:"sub_event_type"`
	Date          Ratio `json:"date"`
	DateStart     Ratio `json:"date_start"`
	SourcesRecall Ratio `json:"sources_recall"`
}

// Cause is why a Miss is one.
type Cause string

// The causes, in the order WriteMisses lists them.
const (
	CauseMissed      Cause = "missed"   // no prediction aligns with a gold event
	CauseSpurious    Cause = "spurious" // a prediction aligns with no gold event
	CauseKilled      Cause = "killed"
	CauseWounded     Cause = "wounded"
	CausePlace       Cause = "place"
	CauseGovernorate Cause = "governorate"
	CauseActors      Cause = "actors"
	CauseType        Cause = "type"
	CauseDate        Cause = "date"
)

var causes = []Cause{CauseMissed, CauseSpurious, CauseKilled, CauseWounded, CausePlace, CauseGovernorate, CauseActors, CauseType, CauseDate}

// Miss is one error: a gold event nothing aligns with, a prediction
// nothing aligns with, or one wrong field of an aligned pair.
type Miss struct {
	Cause Cause  `json:"cause"`
	Doc   string `json:"doc"`
	// GoldEvent is the 1-based index of the gold event in its document's
	// events, 0 for a spurious prediction.
	GoldEvent int `json:"gold_event,omitempty"`
	// Pred names the prediction: its ID, or "#N" (1-based, in the
	// document) when it has none. Empty for a missed gold event.
	Pred     string   `json:"pred,omitempty"`
	Want     string   `json:"want,omitempty"`
	Got      string   `json:"got,omitempty"`
	Evidence []string `json:"evidence,omitempty"`
}

// Evaluate scores predictions against gold, document by document. A
// prediction belongs to the gold whose Doc equals its Doc.ID, or else the
// base name of its Doc.Path (or either without a ".txt" ending); a
// prediction that belongs to no gold is counted in Unscored. It fails on
// an unknown ActorField or two golds for one document.
func Evaluate(gold []Gold, pred []extract.Event, opts Options) (*Report, error) {
	field := opts.ActorField
	if field == "" {
		field = ActorName
	}
	if _, err := ParseActorField(string(field)); err != nil {
		return nil, err
	}
	radius := opts.RadiusKm
	if radius <= 0 {
		radius = DefaultRadiusKm
	}
	docs, err := newDocIndex(gold)
	if err != nil {
		return nil, err
	}
	r := &Report{ActorField: field, RadiusKm: radius, Docs: len(gold), Misses: []Miss{}}
	byDoc := make([][]*extract.Event, len(gold))
	for i := range pred {
		d, ok := docs.lookup(&pred[i].Doc)
		if !ok {
			r.Unscored++
			continue
		}
		byDoc[d] = append(byDoc[d], &pred[i])
	}
	c := comparer{field: field, radiusKm: radius}
	for d := range gold {
		r.GoldEvents += len(gold[d].Events)
		r.PredEvents += len(byDoc[d])
		c.scoreDoc(r, &gold[d], byDoc[d])
	}
	r.finish()
	return r, nil
}

// docIndex finds the gold document a prediction belongs to.
type docIndex struct {
	exact map[string]int
	loose map[string]int // by docKey; -1 where two golds share a key
}

func newDocIndex(gold []Gold) (*docIndex, error) {
	x := &docIndex{exact: make(map[string]int), loose: make(map[string]int)}
	for i, g := range gold {
		if j, dup := x.exact[g.Doc]; dup {
			return nil, fmt.Errorf("gold for %q given twice (golds %d and %d)", g.Doc, j+1, i+1)
		}
		x.exact[g.Doc] = i
		k := docKey(g.Doc)
		if _, dup := x.loose[k]; dup {
			x.loose[k] = -1
		} else {
			x.loose[k] = i
		}
	}
	return x, nil
}

func (x *docIndex) lookup(d *extract.DocRef) (int, bool) {
	names := []string{d.ID}
	if d.Path != "" {
		names = append(names, filepath.Base(d.Path))
	}
	for _, n := range names {
		if i, ok := x.exact[n]; ok && n != "" {
			return i, true
		}
	}
	for _, n := range names {
		if i, ok := x.loose[docKey(n)]; ok && n != "" && i >= 0 {
			return i, true
		}
	}
	return 0, false
}

// docKey is a document name without its folder and ".txt" ending.
func docKey(name string) string {
	name = filepath.Base(filepath.FromSlash(strings.TrimSpace(name)))
	return strings.TrimSuffix(name, ".txt")
}

// scoreDoc adds one document's counts to r.
func (c comparer) scoreDoc(r *Report, g *Gold, preds []*extract.Event) {
	// Event matching, for precision and recall over events and figures.
	match := assign(len(g.Events), len(preds), func(i, j int) (int64, bool) {
		return c.matchWeight(&g.Events[i], preds[j])
	})
	matched := make([]bool, len(preds))
	for i, j := range match {
		ge := &g.Events[i]
		if j < 0 {
			r.Events.FN++
			figureItems(&r.Killed.Items, ge.Killed, nil)
			figureItems(&r.Wounded.Items, ge.Wounded, nil)
			continue
		}
		matched[j] = true
		r.Events.TP++
		p := preds[j]
		figureItems(&r.Killed.Items, ge.Killed, p.Casualties.Killed)
		figureItems(&r.Wounded.Items, ge.Wounded, p.Casualties.Wounded)
		figurePair(&r.Killed, ge.Killed, p.Casualties.Killed)
		figurePair(&r.Wounded, ge.Wounded, p.Casualties.Wounded)
	}
	for j, p := range preds {
		if !matched[j] {
			r.Events.FP++
			figureItems(&r.Killed.Items, nil, p.Casualties.Killed)
			figureItems(&r.Wounded.Items, nil, p.Casualties.Wounded)
		}
	}

	// Field alignment, for field accuracies and the list of misses.
	align := assign(len(g.Events), len(preds), func(i, j int) (int64, bool) {
		return c.alignWeight(&g.Events[i], preds[j])
	})
	aligned := make([]bool, len(preds))
	for i, j := range align {
		ge := &g.Events[i]
		var p *extract.Event
		pid := ""
		if j >= 0 {
			p = preds[j]
			aligned[j] = true
			pid = predName(p, j)
		}
		c.scoreFields(r, g.Doc, i+1, ge, p, pid)
	}
	for j, p := range preds {
		if !aligned[j] {
			r.Misses = append(r.Misses, Miss{
				Cause: CauseSpurious, Doc: g.Doc, Pred: predName(p, j),
				Got: describePred(p), Evidence: evidence(p),
			})
		}
	}
}

// scoreFields scores one gold event against its aligned prediction p (nil
// when none) and records each wrong field as a Miss.
func (c comparer) scoreFields(r *Report, doc string, n int, g *GoldEvent, p *extract.Event, pid string) {
	f := &r.Fields
	miss := func(cause Cause, want, got string) {
		m := Miss{Cause: cause, Doc: doc, GoldEvent: n, Pred: pid, Want: want, Got: got}
		if p != nil {
			m.Evidence = evidence(p)
		}
		r.Misses = append(r.Misses, m)
	}
	f.Aligned.add(p != nil)
	if p == nil {
		miss(CauseMissed, describeGold(g), "")
	}
	has := p != nil
	q := p // p, or an empty record to count against when nothing aligns
	if q == nil {
		q = &extract.Event{}
	}

	if g.Admin1 != "" {
		ok := has && admin1Agree(g, p)
		f.Governorate.add(ok)
		if has && !ok {
			miss(CauseGovernorate, g.Admin1, orNone(predAdmin1(p)))
		}
	}
	if len(g.Locations) > 0 || g.Lat != nil {
		ok := has && c.placeAgree(g, p)
		f.Place.add(ok)
		if has && !ok {
			miss(CausePlace, describeGoldPlace(g), describePredPlace(g, p))
		}
	}
	if len(g.Actors) > 0 {
		s := c.actors(g, q)
		s.exact, s.ordered = has && s.exact, has && s.ordered
		f.ActorsRecall.Hits += s.found
		f.ActorsRecall.Total += s.total
		f.ActorsExact.add(s.exact)
		f.ActorsOrdered.add(s.ordered)
		if has && !s.ordered {
			miss(CauseActors, strings.Join(g.Actors, " → "), c.describeActors(p))
		}
	}
	typeWrong := false
	if g.EventType != "" {
		ok := has && typeRight(g, p)
		f.EventType.add(ok)
		typeWrong = typeWrong || has && !ok
	}
	if g.SubEventType != "" {
		ok := has && subTypeRight(g, p)
		f.SubEventType.add(ok)
		typeWrong = typeWrong || has && !ok
	}
	if typeWrong {
		miss(CauseType, joinType(g.EventType, g.SubEventType), joinType(p.EventType, p.SubEventType))
	}
	start := has && dateStartRight(g, p)
	f.DateStart.add(start)
	f.Date.add(start && dateEndRight(g, p))
	if has && !(start && dateEndRight(g, p)) {
		miss(CauseDate, days(g.Date, g.DateEnd), days(p.Date.Start, p.Date.End))
	}
	found, total := sourcesFound(g, q)
	f.SourcesRecall.Hits += found
	f.SourcesRecall.Total += total
	if has && !figureEqual(g.Killed, p.Casualties.Killed) {
		miss(CauseKilled, describeGoldFigure(g.Killed), describePredFigure(p.Casualties.Killed))
	}
	if has && !figureEqual(g.Wounded, p.Casualties.Wounded) {
		miss(CauseWounded, describeGoldFigure(g.Wounded), describePredFigure(p.Casualties.Wounded))
	}
}

// figureItems counts one event's figure as an item: a gold figure the
// prediction equals is a true positive; otherwise a gold figure is a false
// negative and a predicted one a false positive.
func figureItems(s *PRF, g *GoldFigure, p *extract.Estimate) {
	switch {
	case g != nil && p != nil && g.Best == p.Best:
		s.TP++
	default:
		if g != nil {
			s.FN++
		}
		if p != nil {
			s.FP++
		}
	}
}

// figurePair scores one matched pair's figure: exact over all pairs, low
// and high over pairs where both give a figure and the gold gives the bound.
func figurePair(s *FigureScore, g *GoldFigure, p *extract.Estimate) {
	s.Exact.add(figureEqual(g, p))
	if g == nil || p == nil {
		return
	}
	if g.Low != nil {
		s.Low.add(*g.Low == p.Low)
	}
	if g.High != nil {
		s.High.add(*g.High == p.High)
	}
}

func (q *Ratio) add(hit bool) {
	q.Total++
	if hit {
		q.Hits++
	}
}

func (q *Ratio) finish() {
	q.Rate = 0
	if q.Total > 0 {
		q.Rate = float64(q.Hits) / float64(q.Total)
	}
}

func (s *PRF) finish() {
	s.Precision, s.Recall, s.F1 = 0, 0, 0
	if d := s.TP + s.FP; d > 0 {
		s.Precision = float64(s.TP) / float64(d)
	}
	if d := s.TP + s.FN; d > 0 {
		s.Recall = float64(s.TP) / float64(d)
	}
	if d := 2*s.TP + s.FP + s.FN; d > 0 {
		s.F1 = 2 * float64(s.TP) / float64(d)
	}
}

func (s *FigureScore) finish() {
	s.Items.finish()
	s.Exact.finish()
	s.Low.finish()
	s.High.finish()
}

func (r *Report) finish() {
	r.Events.finish()
	r.Killed.finish()
	r.Wounded.finish()
	f := &r.Fields
	for _, q := range []*Ratio{&f.Aligned, &f.Governorate, &f.Place, &f.ActorsRecall, &f.ActorsExact, &f.ActorsOrdered, &f.EventType, &f.SubEventType, &f.Date, &f.DateStart, &f.SourcesRecall} {
		q.finish()
	}
}

func predName(p *extract.Event, j int) string {
	if p.ID != "" {
		return p.ID
	}
	return "#" + strconv.Itoa(j+1)
}

func evidence(p *extract.Event) []string {
	var out []string
	for _, e := range p.Evidence {
		if t := strings.TrimSpace(e.Text); t != "" {
			out = append(out, t)
		}
	}
	return out
}
