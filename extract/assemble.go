package extract

// How incidents are formed. Sentences (frames) are read in order. A
// sentence is left out when it is background (older dates, habits, war
// tolls), a headline, a denial, or when every figure it gives is a total
// across incidents. A sentence that only lays blame ("the coalition was
// behind the strike") names the doer of the incident just told. Any other
// sentence with a violence word or a figure joins an incident: the one
// whose figure it repeats (same outcome, count and victims); else the
// current one when it points back at it ("the ambush"), or when it is
// compatible (same family of violence, no other place or day, no new
// attacker); else it opens a new incident, as it does after "Separately,"
// or "In another attack,". An incident that names no place of its own
// takes the place of the sentence just before it when that sentence set
// the scene without telling an incident. The sentence that opens an
// incident gives its sides; later ones fill only a side still missing.
// After grouping, an incident with no doer is blamed on the unidentified
// armed group (bombings, shootings, killings, chemical attacks), one with
// no target whose dead are all described as civilians targets Civilians,
// and a protest with no actor is Protesters'.
//
// How confidence is computed (see confidence): it starts at 0.3 and adds
// what the opening sentence itself states, more than what was inferred
// from other sentences: a place +0.2 (+0.1 if from elsewhere), an attacker
// +0.15 (+0.07), a target +0.05, a figure +0.15 (+0.07), a date +0.1
// (+0.05); a bare killing with no kind of violence loses 0.1. The result
// is clamped to [0,1] and rounded to two decimals.

import (
	"slices"
	"sort"
	"strconv"
	"time"
)

// backgroundAge is how long before publication a dated sentence may lie and
// still tell of the report's own incidents. Older dates belong to
// background ("IS lost its last territories in March").
const backgroundAge = 10 * 24 * time.Hour

// incident is a group of sentences that tell of one event.
type incident struct {
	frames  []*frame
	first   *frame // the sentence that opened it
	means   means
	support means // means named only as support ("aided by air strikes")
	place   *placeHit
	date    *dateHit
	extent  int
	attack  []actorHit
	target  []actorHit
	claims  []claimHit
	parties bool // a clash between sides rather than an attack by one
}

// stockActors are the gazetteer's entries that assembly names without a
// mention in the text. An empty ID means the gazetteer lacks the entry.
type stockActors struct {
	unknown    actorHit // who attacked when a report names no one
	civilians  actorHit // the victims of an attack on civilians
	protesters actorHit // the people of a protest
}

// claimHit is a figure with the source it is attributed to.
type claimHit struct {
	figureHit
	source *sourceHit
	side   string // the victims' side key, for summing parts
	sideID string
}

// assemble groups the frames of a report into incidents and codes each as
// an Event. published may be zero.
func assemble(d *Doc, frames []*frame, published time.Time, stock stockActors) []Event {
	evs, _ := assembleTraced(d, frames, published, stock)
	return evs
}

// assembleTraced is assemble that also says which spans gave each event's
// fields, for Explain.
func assembleTraced(d *Doc, frames []*frame, published time.Time, stock stockActors) ([]Event, []Provenance) {
	var incs []*incident
	var cur *incident
	docDate := leadDate(frames, published)
	var lastPlace *placeHit
	var setting *placeHit // the place of the sentence before, if it opened no incident
	for i, f := range frames {
		if len(f.places) > 0 {
			lastPlace = &f.places[0]
		}
		setting = nil
		if i > 0 && len(frames[i-1].places) > 0 && !told(incs, frames[i-1]) {
			setting = &frames[i-1].places[0]
		}
		if f.background || f.headline || (f.denial && len(ownFigures(f)) == 0) {
			continue
		}
		own := ownFigures(f)
		if len(f.figures) > 0 && len(own) == 0 {
			// Every figure is a total or a toll: the sentence sums up
			// incidents told elsewhere.
			continue
		}
		m, support := mainMeans(f)
		if f.blames != nil && cur != nil && len(own) == 0 && (m == meansNone || f.anaphor) {
			// "The monitor said the coalition was behind the strike":
			// the doer of the incident just told, when it named none.
			if len(cur.attack) == 0 && !containsActor(cur.target, *f.blames) {
				cur.attack = []actorHit{*f.blames}
			}
			cur.frames = append(cur.frames, f)
			continue
		}
		if m == meansNone && len(own) == 0 {
			continue
		}
		if m == meansNone {
			m = meansKilling
		}
		if len(f.places) == 0 && refersToPlace(f) {
			if cur != nil && cur.place != nil {
				f.places = append(f.places, *cur.place)
			} else if lastPlace != nil {
				f.places = append(f.places, *lastPlace)
			}
		}
		target := pickIncident(incs, cur, f, m)
		if target == nil {
			target = &incident{first: f}
			if len(f.places) == 0 && setting != nil {
				// "Nearly 500 soldiers have been besieged near al-Sukhna.
				// On Friday the jihadists attacked their positions": the
				// sentence before sets the scene.
				target.place = setting
			}
			incs = append(incs, target)
		}
		target.add(f, m, support)
		cur = target
	}

	var out []Event
	var prov []Provenance
	for _, inc := range incs {
		if !inc.substantial() {
			continue
		}
		inc.blameUnknown(stock.unknown)
		inc.nameUnseen(stock)
		ev := inc.event(d, docDate, published)
		ev.ID = d.ID + "#" + strconv.Itoa(len(out)+1)
		out = append(out, ev)
		prov = append(prov, inc.provenance(docDate))
	}
	return out, prov
}

// told reports whether frame f is part of one of incs.
func told(incs []*incident, f *frame) bool {
	for _, inc := range incs {
		for _, g := range inc.frames {
			if g == f {
				return true
			}
		}
	}
	return false
}

// provenance lists the spans the incident's fields were read from.
func (inc *incident) provenance(docDate *dateHit) Provenance {
	var p Provenance
	for _, t := range inc.first.triggers {
		p.Type = append(p.Type, t.span)
	}
	if inc.place != nil {
		p.Location = inc.place.Rel
	}
	if inc.date != nil && !inc.date.From.IsZero() {
		p.Date = inc.date.Span
	} else if docDate != nil {
		p.Date = docDate.Span
	}
	for _, a := range inc.attack {
		if a.Len() > 0 {
			p.Actors = append(p.Actors, a.Span)
		}
	}
	for _, a := range inc.target {
		p.Actors = append(p.Actors, a.Span)
	}
	for _, c := range inc.claims {
		p.Claims = append(p.Claims, c.Span)
		if c.source != nil {
			p.Sources = append(p.Sources, c.source.Span)
		}
	}
	return p
}

// ownFigures returns the figures of f that belong to an incident, not to a
// sum of incidents.
func ownFigures(f *frame) []figureHit {
	if !slices.ContainsFunc(f.figures, func(fg figureHit) bool { return fg.Aggregate }) {
		// Most sentences sum nothing up: their figures are their own, and
		// callers only read them.
		return f.figures[:len(f.figures):len(f.figures)]
	}
	var own []figureHit
	for _, fg := range f.figures {
		if !fg.Aggregate {
			own = append(own, fg)
		}
	}
	return own
}

// mainMeans returns the most specific means the sentence names, and any
// means it names only as support of another ("aided by aerial
// bombardment").
func mainMeans(f *frame) (main, support means) {
	for _, t := range f.triggers {
		if isSupport(f, t) {
			if t.means > support {
				support = t.means
			}
			continue
		}
		if t.means.rank() > main.rank() || main == meansNone {
			main = t.means
		}
	}
	return main, support
}

func isSupport(f *frame, t triggerHit) bool {
	for k := t.w - 1; k >= 0 && k >= t.w-5; k-- {
		if isActorWord(f, k) {
			// "Turkish-backed rebels clashed": the backing names the
			// actor, not the means.
			break
		}
		switch f.words[k].key {
		case "aided", "backed", "supported", "covered", "cover", "support", "amid", "accompanied":
			return true
		}
		if f.words[k].punct != 0 && f.words[k].punct != '-' {
			return false
		}
	}
	return false
}

// refersToPlace reports whether the sentence points back at a place told
// before ("into the city", "in the area").
func refersToPlace(f *frame) bool {
	for i := 1; i < len(f.words); i++ {
		if f.words[i-1].key != "the" {
			continue
		}
		switch f.words[i].key {
		case "city", "town", "village", "area", "region", "neighbourhood", "neighborhood", "district", "camp":
			return true
		}
	}
	return false
}

// pickIncident chooses the incident a sentence continues, or nil for a new
// one.
func pickIncident(incs []*incident, cur *incident, f *frame, m means) *incident {
	if inc := retold(incs, f); inc != nil {
		return inc
	}
	if cur == nil || f.opensNew {
		return nil
	}
	if f.anaphor {
		// "the attack in Akrab village": the report points back at the
		// incident it is telling, wherever it now says it happened.
		if cur.means.family() == m.family() || m == meansKilling || cur.means == meansKilling {
			return cur
		}
		for i := len(incs) - 1; i >= 0; i-- {
			if incs[i].compatible(f, m, true) {
				return incs[i]
			}
		}
	}
	if cur.compatible(f, m, false) {
		return cur
	}
	if f.also && len(f.places) == 0 && (len(f.dates) == 0 || cur.date == nil || sameDay(f.dates[0], *cur.date)) {
		// "Four rebels were also killed on Friday": more of the same
		// incident, told without a place of its own.
		return cur
	}
	return nil
}

// retold returns the incident a sentence tells again: one that already has
// a figure of the same outcome, count and victims ("Turkish-led bombardment
// killed 14 civilians" in the lead, "the 14 civilians were killed in
// Turkish airstrikes" below).
func retold(incs []*incident, f *frame) *incident {
	for _, fg := range ownFigures(f) {
		if fg.Count < 2 || fg.Victims == "" {
			continue // "a soldier was killed" is too common to identify an incident
		}
		for i := len(incs) - 1; i >= 0; i-- {
			for _, c := range incs[i].claims {
				if c.Outcome == fg.Outcome && c.Count == fg.Count && c.Victims == fg.Victims {
					if len(f.places) == 0 || incs[i].place == nil || placesAgree(incs[i].place, f.places) {
						return incs[i]
					}
				}
			}
		}
	}
	return nil
}

// compatible reports whether frame f can tell of the same incident as inc:
// the same kind of violence, no other place, no other day.
func (inc *incident) compatible(f *frame, m means, anaphor bool) bool {
	if m != meansKilling && inc.means != meansKilling && m.family() != inc.means.family() && !anaphor {
		// Another kind of violence is another incident when the sentence
		// sets it apart: its own place or day, or an attacker who is no
		// side of this one. Otherwise it tells how this incident was
		// fought ("regime shelling also killed a woman").
		if len(f.places) > 0 || len(f.dates) > 0 {
			return false
		}
		if att, _, _ := roles(f); len(att) > 0 && !containsActor(inc.attack, att[0]) && !containsActor(inc.target, att[0]) {
			return false
		}
	}
	if inc.place != nil && len(f.places) > 0 {
		if !placesAgree(inc.place, f.places) {
			return false
		}
	}
	if inc.date != nil && len(f.dates) > 0 {
		d := f.dates[0]
		if !d.From.IsZero() && !inc.date.From.IsZero() && (d.From.After(inc.date.To.AddDate(0, 0, 3)) || d.To.Before(inc.date.From)) {
			return false
		}
	}
	if !anaphor && len(f.actors) > 0 && len(inc.attack) > 0 && m != meansKilling {
		// A new attacker doing a new thing is a new incident.
		att, _, _ := roles(f)
		if len(att) > 0 && !sameSide(att[0], inc.attack[0]) && !containsActor(inc.target, att[0]) {
			return false
		}
	}
	return true
}

func sameDay(a, b dateHit) bool {
	return !a.From.IsZero() && !b.From.IsZero() && !a.From.After(b.To) && !b.From.After(a.To)
}

func sameSide(a, b actorHit) bool {
	return a.ID == b.ID || (a.Side != "" && a.Side == b.Side)
}

func containsActor(list []actorHit, a actorHit) bool {
	for _, b := range list {
		if sameSide(a, b) {
			return true
		}
	}
	return false
}

// add merges a frame into the incident.
func (inc *incident) add(f *frame, m means, support means) {
	inc.frames = append(inc.frames, f)
	if inc.means == meansNone || m.rank() > inc.means.rank() && (m != meansKilling || inc.means == meansNone) && (inc.means.family() == m.family() || inc.means == meansKilling || inc.means == meansNone) {
		// A component told in another sentence ("shelling also killed")
		// does not change what kind of incident this is.
		inc.means = m
	}
	if support > inc.support {
		inc.support = support
	}
	if p := bestPlace(f.places, inc.place); p != nil {
		inc.place = p
	}
	// The day of the deed: the first resolved date that is not the day a
	// source spoke ("said Wednesday"); that one serves only when the
	// incident names no other.
	for i := range f.dates {
		d := f.dates[i]
		if d.From.IsZero() && inc.date != nil {
			continue
		}
		if inc.date == nil || (inc.date.reported || inc.date.From.IsZero()) && !d.reported && !d.From.IsZero() {
			inc.date = &d
			if !d.reported {
				break
			}
		}
	}
	if f.extentDays > inc.extent {
		inc.extent = f.extentDays
	}
	// The sentence that opens an incident names its sides; later ones
	// only fill a side still missing, since they often name other groups
	// in passing ("blamed terrorist groups").
	att, tgt, parties := roles(f)
	if len(inc.attack) == 0 && len(att) > 0 {
		inc.attack = att
		inc.parties = parties
	}
	if len(inc.target) == 0 || f == inc.first {
		for _, t := range tgt {
			if !containsActor(inc.target, t) && !containsActor(inc.attack, t) {
				inc.target = append(inc.target, t)
			}
		}
	}
	var carried *sourceHit
	for i := len(inc.frames) - 2; i >= 0 && carried == nil; i-- {
		carried = inc.frames[i].attribution()
	}
	src := f.attribution()
	if src == nil {
		src = carried
	}
	for _, fg := range ownFigures(f) {
		c := claimHit{figureHit: fg, source: src}
		c.sideID, c.side = victimSide(f, fg)
		inc.claims = append(inc.claims, c)
	}
}

// attribution is the source a sentence's figures come from.
func (f *frame) attribution() *sourceHit {
	if f.relayed != nil {
		return f.relayed
	}
	return f.speaker
}

// victimSide names the side of a figure's victims, from an actor named in
// the victim phrase ("members of the SDF", "27 soldiers").
func victimSide(f *frame, fg figureHit) (id, key string) {
	for _, a := range f.actors {
		if inVictims(f, fg, a) {
			return a.ID, a.ID
		}
	}
	switch fg.Victims {
	case "", "people", "persons", "others", "individuals", "person":
		return "", ""
	}
	return "", fg.Victims
}

// blameUnknown names the unidentified armed group as the attacker of a
// bombing, a shooting or a killing whose perpetrator the report does not
// name ("a car bomb killed eight", "the body of a commander was found"), as
// ACLED and the gold annotations code them.
func (inc *incident) blameUnknown(unknown actorHit) {
	if len(inc.attack) > 0 || unknown.ID == "" {
		return
	}
	switch inc.means {
	case meansIED, meansSuicide, meansGrenade, meansAbduction, meansExecution, meansAttack, meansKilling, meansChemical:
	default:
		return
	}
	if len(inc.target) == 0 && len(inc.claims) == 0 {
		return
	}
	inc.attack = []actorHit{unknown}
	inc.parties = false
}

// civilianVictims reports whether the incident's figures count only
// people described as civilians ("two children", "15 young men").
func (inc *incident) civilianVictims() bool {
	civ, armed := 0, 0
	for _, c := range inc.claims {
		switch c.Victims {
		case "civilians", "civilian", "children", "child", "women", "woman", "residents", "villagers", "family", "people",
			"students", "worshippers", "workers", "farmers", "shepherds", "journalists", "journalist", "men", "boys", "boy",
			"girls", "girl", "teacher", "teachers", "doctor", "doctors", "passengers", "hunters":
			civ++
		default:
			if c.Victims != "" {
				armed++
			}
		}
	}
	return civ > 0 && armed == 0
}

// nameUnseen names the sides a report describes without naming: the
// people of a protest, and the civilians an attack killed when the report
// names no target ("killing a 12-year-old boy"). Civilians caught in
// fighting are its victims, not a side, and are not named for a clash.
func (inc *incident) nameUnseen(stock stockActors) {
	if inc.means == meansProtest && len(inc.attack) == 0 && stock.protesters.ID != "" {
		inc.attack = []actorHit{stock.protesters}
		return
	}
	if len(inc.target) > 0 || inc.means == meansClash || inc.means == meansCapture || stock.civilians.ID == "" {
		return
	}
	if len(inc.attack) > 0 && inc.attack[0].Kind == "civilians" {
		return
	}
	if inc.civilianVictims() {
		inc.target = []actorHit{stock.civilians}
	}
}

// substantial reports whether the incident carries enough to be an event:
// a kind of violence beyond a bare figure, or a figure with a place.
func (inc *incident) substantial() bool {
	if inc.place == nil && len(inc.attack) == 0 && len(inc.target) == 0 {
		return false
	}
	if inc.means == meansKilling && len(inc.claims) == 0 {
		return false
	}
	return true
}

// event codes the incident as a record.
func (inc *incident) event(d *Doc, docDate *dateHit, published time.Time) Event {
	ev := Event{
		Schema: SchemaID,
		Doc: DocRef{
			ID:    d.ID,
			Path:  d.Path,
			Title: d.Title,
			Meta:  d.Meta,
		},
		Actors:   []Actor{},
		Claims:   []Claim{},
		Sources:  []string{},
		Evidence: []Evidence{},
	}
	if !published.IsZero() {
		ev.Doc.Published = published.Format(time.DateOnly)
	}
	text := d.Text
	ev.EventType, ev.SubEventType = inc.classify()
	ev.Date = inc.dateOf(text, docDate, published)
	if p := inc.place; p != nil {
		ev.Location = &Location{
			Name: p.Name, Feature: p.Feature, PCode: p.PCode, GeoNamesID: p.GeoNames,
			Admin1: p.Admin1, Admin2: p.Admin2, Admin3: p.Admin3,
			Lat: p.Lat, Lon: p.Lon, Precision: p.Precision, Text: text[p.Rel.Start:p.Rel.End],
		}
	}
	role := "attacker"
	if inc.parties {
		role = "party"
	}
	seen := map[string]bool{}
	for _, a := range inc.attack {
		if !seen[a.ID] {
			seen[a.ID] = true
			ev.Actors = append(ev.Actors, Actor{Name: a.Name, ID: a.ID, ACLED: a.ACLED, Kind: a.Kind, Role: role, Text: text[a.Start:a.End]})
		}
	}
	if !inc.parties {
		role = "target"
	}
	armed := 0
	for _, a := range append(inc.attack[:len(inc.attack):len(inc.attack)], inc.target...) {
		if a.Kind != "civilians" {
			armed++
		}
	}
	for _, a := range inc.target {
		if a.Kind == "civilians" && (armed >= 2 || armed >= 1 && inc.parties) {
			// Civilians caught in a fight between armed sides are its
			// victims, not one of its sides; so are those killed "in
			// the clashes" that name only one of the sides.
			continue
		}
		if !seen[a.ID] {
			seen[a.ID] = true
			ev.Actors = append(ev.Actors, Actor{Name: a.Name, ID: a.ID, ACLED: a.ACLED, Kind: a.Kind, Role: role, Text: text[a.Start:a.End]})
		}
	}
	ev.Claims, ev.Casualties, ev.Sources = inc.casualties(text)
	for _, f := range inc.frames {
		ev.Evidence = append(ev.Evidence, Evidence{Start: f.Start, End: f.End, Text: text[f.Start:f.End]})
	}
	ev.Confidence = inc.confidence()
	return ev
}

// classify gives ACLED's event and sub-event types.
func (inc *incident) classify() (string, string) {
	civilianTarget := len(inc.target) > 0
	for _, t := range inc.target {
		if t.Kind != "civilians" {
			civilianTarget = false
		}
	}
	if len(inc.target) == 0 {
		// With no target named, victims described as civilians decide.
		civilianTarget = inc.civilianVictims()
	}
	if inc.means == meansClash {
		// People killed in fighting between armed sides died in a battle,
		// whoever they were.
		civilianTarget = false
	}
	switch inc.means {
	case meansChemical:
		return "explosions_remote_violence", "chemical_weapon"
	case meansSuicide:
		return "explosions_remote_violence", "suicide_bomb"
	case meansIED:
		return "explosions_remote_violence", "remote_explosive_landmine_ied"
	case meansAir:
		return "explosions_remote_violence", "air_drone_strike"
	case meansShelling:
		return "explosions_remote_violence", "shelling_artillery_missile_attack"
	case meansGrenade:
		return "explosions_remote_violence", "grenade"
	case meansCapture:
		if len(inc.attack) > 0 && inc.attack[0].Kind == "state_forces" && inc.attack[0].Side == "government" {
			return "battles", "government_regains_territory"
		}
		return "battles", "non_state_actor_overtakes_territory"
	case meansAbduction:
		return "violence_against_civilians", "abduction_forced_disappearance"
	case meansProtest:
		return "protests", "peaceful_protest"
	case meansArrest:
		return "strategic_developments", "arrests"
	}
	if civilianTarget {
		return "violence_against_civilians", "attack"
	}
	return "battles", "armed_clash"
}

// dateOf resolves the incident's date: its own phrase, else the report's
// lead date, stretched over "two days of clashes".
func (inc *incident) dateOf(text string, docDate *dateHit, published time.Time) Date {
	d := inc.date
	if d == nil || d.From.IsZero() {
		if docDate != nil {
			d = docDate
		}
	}
	if (d == nil || d.From.IsZero()) && !published.IsZero() {
		// A report that dates an incident nowhere tells of what has just
		// happened: the publication day is the best estimate, as ACLED
		// codes it. The empty text says the date was inferred. "Two days
		// of clashes" then are the two days up to it.
		dt := Date{Start: published.Format(time.DateOnly), Precision: "day"}
		if inc.extent > 1 {
			dt.Start = published.AddDate(0, 0, 1-inc.extent).Format(time.DateOnly)
			dt.End, dt.Precision = published.Format(time.DateOnly), "range"
		}
		return dt
	}
	if d == nil || d.From.IsZero() {
		dt := Date{Precision: "unknown"}
		if d != nil {
			dt.Text = text[d.Start:d.End]
		}
		return dt
	}
	from, to := d.From, d.To
	prec := d.Precision
	if inc.extent > 1 && prec == "day" && (d.reported || d != inc.date) {
		// Anchored on the day a source spoke, or on the lead's date, the
		// days of fighting are those up to it: "two days of clashes
		// have killed 42, the Observatory said on Saturday".
		from = to.AddDate(0, 0, 1-inc.extent)
	} else if inc.extent > 1 && prec == "day" {
		// Anchored on the day of the deed, they follow it: "ambushed
		// ... Thursday night, setting off two days of clashes".
		to = from.AddDate(0, 0, inc.extent)
		if !published.IsZero() && to.After(published) {
			to = published
		}
	}
	if inc.extent > 1 && to.After(from) && prec == "day" {
		prec = "range"
	}
	dt := Date{Start: from.Format(time.DateOnly), Precision: prec, Text: text[d.Start:d.End]}
	if to.After(from) {
		dt.End = to.Format(time.DateOnly)
	}
	return dt
}

// leadDate is the date the report's lead gives ("a monitoring group said
// Saturday"), used for incidents that carry none of their own.
func leadDate(frames []*frame, published time.Time) *dateHit {
	for _, f := range frames {
		for i := range f.dates {
			d := f.dates[i]
			if d.From.IsZero() || d.Precision != "day" {
				continue
			}
			if !published.IsZero() && published.Sub(d.From) > backgroundAge {
				continue
			}
			return &d
		}
	}
	return nil
}

// casualties turns the incident's figures into claims and UCDP-style
// estimates. Figures from one source for different sides are parts of one
// toll and are summed; the same side counted twice by one source keeps the
// larger count (a toll that rose); figures from different sources are
// alternatives: best is the most credible source's, low and high span all.
func (inc *incident) casualties(text string) ([]Claim, Casualties, []string) {
	claims := []Claim{}
	var sources []string
	addSource := func(name string) {
		if name == "" {
			return
		}
		for _, s := range sources {
			if s == name {
				return
			}
		}
		sources = append(sources, name)
	}
	for _, c := range inc.claims {
		cl := Claim{
			Kind: c.Outcome, Count: c.Count, Low: c.Low, High: c.High, Qualifier: c.Qualifier,
			Victims: c.Victims, Side: c.sideID, Includes: c.Includes,
			Text: text[c.Start:c.End], Start: c.Start, End: c.End,
		}
		if c.source != nil {
			cl.Source = c.source.Name
			addSource(c.source.Name)
		}
		claims = append(claims, cl)
	}
	var cas Casualties
	cas.Killed = estimate(inc.claims, "killed")
	cas.Wounded = estimate(inc.claims, "wounded")
	if sources == nil {
		sources = []string{}
	}
	return claims, cas, sources
}

// sourceTotal is one source's figure for an outcome: its parts per side
// summed, or its figure for unnamed victims when that is larger.
type sourceTotal struct {
	rank, order      int
	parts            map[string]claimHit // the largest claim per victims' side
	count, low, high int
}

// estimate combines the claims of one outcome.
func estimate(claims []claimHit, outcome string) *Estimate {
	bySource := map[string]*sourceTotal{}
	var totals []*sourceTotal
	for _, c := range claims {
		if c.Outcome != outcome {
			continue
		}
		name, rank := "", reportRank
		if c.source != nil {
			name, rank = c.source.Name, c.source.Rank
		}
		t := bySource[name]
		if t == nil {
			t = &sourceTotal{rank: rank, order: len(totals), parts: map[string]claimHit{}}
			bySource[name] = t
			totals = append(totals, t)
		}
		if prev, ok := t.parts[c.side]; !ok || c.Count > prev.Count {
			t.parts[c.side] = c
		}
	}
	if len(totals) == 0 {
		return nil
	}
	for _, t := range totals {
		for side, c := range t.parts {
			if side != "" {
				t.count += c.Count
				t.low += c.Low
				t.high += c.High
			}
		}
		// Victims the source names no side for ("24 people") may be the
		// whole toll its parts add up to, or more of it.
		if g, ok := t.parts[""]; ok && g.Count > t.count {
			t.count, t.low, t.high = g.Count, g.Low, g.High
		}
	}
	sort.SliceStable(totals, func(i, j int) bool {
		if totals[i].rank != totals[j].rank {
			return totals[i].rank < totals[j].rank
		}
		return totals[i].order < totals[j].order
	})
	e := &Estimate{Best: totals[0].count, Low: totals[0].low, High: totals[0].high}
	for _, t := range totals {
		e.Low = min(e.Low, t.low, t.count)
		e.High = max(e.High, t.high, t.count)
	}
	e.Low = min(e.Low, e.Best)
	e.High = max(e.High, e.Best)
	return e
}

// reportRank places a report's own, unattributed figures after the Syrian
// Observatory's and before any other source's.
const reportRank = 2

// confidence says how directly the text states the event: place, actors
// and a figure in the sentence that opened it count most; what is inferred
// from other sentences or the lead counts less.
func (inc *incident) confidence() float64 {
	f := inc.first
	c := 0.3
	if len(f.places) > 0 {
		c += 0.2
	} else if inc.place != nil {
		c += 0.1
	}
	att, tgt, _ := roles(f)
	if len(att) > 0 {
		c += 0.15
	} else if len(inc.attack) > 0 {
		c += 0.07
	}
	if len(tgt) > 0 || len(inc.target) > 0 {
		c += 0.05
	}
	if len(ownFigures(f)) > 0 {
		c += 0.15
	} else if len(inc.claims) > 0 {
		c += 0.07
	}
	if len(f.dates) > 0 {
		c += 0.1
	} else if inc.date != nil {
		c += 0.05
	}
	if inc.means == meansKilling {
		c -= 0.1
	}
	c = min(max(c, 0), 1)
	v, _ := strconv.ParseFloat(strconv.FormatFloat(c, 'f', 2, 64), 64)
	return v
}
