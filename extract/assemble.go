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
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/extract/casualty"
	"github.com/sitrep/sitrep/extract/dates"
)

// backgroundAge is how long before publication a dated sentence may lie and
// still tell of the report's own incidents. Older dates belong to
// background ("IS lost its last territories in March").
const backgroundAge = 10 * 24 * time.Hour

// incident is a group of sentences that tell of one event.
type incident struct {
	frames []*frame
	// vague is set when means came from a word that names no weapon
	// ("bombardment"), which a later sentence may name.
	vague bool
	// dayless is set when the report names no day for any deed, so
	// the day of publication dates none of them.
	dayless bool
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
	// codings are coder's notes on the incident's fatalities ("Total
	// fatalities coded to 46"), in the order told; they decide its figure.
	codings []casualty.Coding
	into    *incident // the incident this one was merged into
	// day is the weekday its sentences name ("on Friday"), to tell
	// Friday's deeds from Thursday's when no publication day resolves
	// them.
	day string
	// back is the days of a campaign that ended in the deed ("after a
	// four-day campaign"), counted back from its day.
	back int
	// share is the fatalities a coder's note codes to the incident's
	// place ("28 fatalities coded to fighting at Tal Aas"); zero if none.
	share int
}

// codingNote is a coder's note and the incident that was being told when
// it was read.
type codingNote struct {
	f      *frame
	coding casualty.Coding
	at     *incident
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
	// also marks a figure told as more dead besides those counted
	// ("four rebels were also killed"): a part of the toll, not another
	// source's count of it.
	also bool
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
	markTitleLines(d.Text, frames)
	docDate := leadDate(frames, published)
	dayless := docDate == nil && dayNowhere(d, frames, published)
	short := shortReport(d, frames)
	var lastPlace *placeHit
	var setting *placeHit // the place of the sentence before, if it opened no incident
	var notes []codingNote
	var tolls []*frame // sentences whose every figure is a total
	var doer *pendingDoer
	// spokeLast is the source of the sentence before, which "It said"
	// and "the monitor added" go on quoting.
	var spokeLast *sourceHit
	for i, f := range frames {
		if len(f.places) > 0 {
			lastPlace = &f.places[0]
		}
		setting = nil
		if i > 0 && len(frames[i-1].places) > 0 && !told(incs, frames[i-1]) {
			setting = &frames[i-1].places[0]
		}
		prevSpeaker := spokeLast
		if src := f.attribution(); src != nil {
			spokeLast = src
		}
		if f.background && f.anaphor && cur != nil && cur.place == nil && len(f.places) > 0 && len(ownFigures(f)) == 0 {
			// "The attack on the town of Ariha ... was the deadliest
			// since last month": a comparison, but it says where the
			// incident just told happened.
			cur.place = bestPlace(f.places, nil)
		}
		past := f.background && pastDeed(f, published)
		// A death of wounds is dated by the death, which may lie outside
		// the days of the report; it still belongs to the incident.
		if f.background && !past && !diedOfWounds(f) || f.headline || (f.denial && len(ownFigures(f)) == 0) {
			continue
		}
		m, support := mainMeans(f)
		if c, ok := casualty.ReadCoding(d.Text[f.Start:f.End]); ok {
			notes = append(notes, codingNote{f: f, coding: c, at: cur})
			if cur != nil {
				// "Total fatalities coded to 29.", "2 fatalities coded
				// to fighting at each location": a note on the incident
				// told, not an incident of its own.
				cur.frames = append(cur.frames, f)
				continue
			}
		}
		own := ownFigures(f)
		if len(f.figures) > 0 && len(own) == 0 {
			// Every figure is a total or a toll: the sentence sums up
			// incidents told elsewhere.
			tolls = append(tolls, f)
			if att, _, parties := roles(f); len(att) > 0 && !parties && m != meansNone && m != meansKilling {
				// "Army troops rained shells on Khaldiyeh, as the toll
				// from two days rose to 19": the doer of the incidents
				// the report goes on to tell there.
				doer = &pendingDoer{attack: att, means: m}
				if len(f.places) > 0 {
					doer.place = &f.places[0]
				}
			}
			continue
		}
		if f.blames != nil && cur != nil && len(own) == 0 && (m == meansNone || f.anaphor || toldAfterBlame(f)) {
			// "The monitor said the coalition was behind the strike":
			// the doer of the incident just told, when it named none.
			if len(cur.attack) == 0 && !containsActor(cur.target, *f.blames) {
				cur.attack = []actorHit{*f.blames}
			}
			cur.frames = append(cur.frames, f)
			continue
		}
		if m == meansNone && diedOfWounds(f) {
			m = meansKilling // "He died later from his wounds."
		}
		if m == meansNone && len(own) == 0 || len(own) == 0 && countsDeeds(f) {
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
		var target *incident
		if !past {
			// An earlier deed told in passing is its own incident.
			target = pickIncident(incs, cur, f, m)
		}
		if target == nil {
			target = &incident{first: f}
			if len(f.places) == 0 && setting != nil {
				// "Nearly 500 soldiers have been besieged near al-Sukhna.
				// On Friday the jihadists attacked their positions": the
				// sentence before sets the scene.
				target.place = setting
			} else if prev := tellerOf(incs, frames, i-1); len(f.places) == 0 && prev != nil && frames[i-1].index == f.index && prev.place != nil {
				// The second deed of one sentence ("killed a leader on
				// Sunday, and on Monday killed an artist") is told at
				// the scene of the first.
				target.place = prev.place
			} else if len(f.places) == 0 && i > 0 && len(frames[i-1].places) > 0 && pointsBack(f) {
				// "Protesters held a sit-in at the dam. Turkey attacked
				// these sit-ins": the thing pointed at was where.
				target.place = &frames[i-1].places[0]
			}
			incs = append(incs, target)
		}
		target.add(f, m, support, prevSpeaker)
		if doer != nil && len(target.attack) == 0 && doer.fits(target) {
			target.attack = doer.attack
		}
		if len(target.attack) == 0 && len(target.frames) == 1 && likeBefore(f) {
			// "An earlier strike in January killed seven": a deed
			// likened to the one told, by the same hand.
			for i := len(incs) - 2; i >= 0; i-- {
				if p := incs[i]; p.means.family() == target.means.family() && len(p.attack) > 0 && !p.parties {
					target.attack = p.attack
					break
				}
			}
		}
		if c, ok := oneDeadOfWounds(f); ok {
			target.claims = append(target.claims, c)
		}
		if !short && len(f.places) > 1 && (m == meansAir || m == meansShelling) {
			for _, q := range jointPlaces(d.Text, f) {
				if target.place != nil && placesAgree(target.place, []placeHit{q}) {
					continue
				}
				// "barrel bombs on both Douma and Daraya": the same
				// weapons fell on each town, an incident at each. The
				// figures stay with the incident the story tells.
				g := *f
				g.places, g.figures = []placeHit{q}, nil
				twin := &incident{first: &g}
				twin.add(&g, m, support, prevSpeaker)
				if len(twin.attack) == 0 {
					twin.attack, twin.parties = target.attack, target.parties
				}
				if twin.date == nil {
					twin.date = target.date
				}
				incs = append(incs, twin)
			}
		}
		cur = target
		if prev := tellerOf(incs, frames, i-1); f.aside && prev != nil && frames[i-1].index == f.index {
			// "..., which also came under an IS attack on Thursday":
			// told in passing; the story goes on with the deed before.
			cur = prev
		}
	}

	incs = mergeConcurrent(incs, shortReport(d, frames))
	if shortReport(d, frames) {
		incs = foldNote(incs)
	}
	for _, n := range notes {
		inc := n.at
		for _, cand := range incs {
			if slices.Contains(cand.frames, n.f) {
				inc = cand
			}
		}
		for inc != nil && inc.into != nil {
			inc = inc.into
		}
		if inc == nil && len(incs) > 0 {
			inc = incs[0]
		}
		if inc != nil && n.coding.Total == 0 && n.coding.Each == 0 && !killedClaims(inc) {
			// "Fatalities distributed over two locations" divides a
			// toll: that of the incident that has one, when the note
			// follows another with none.
			for _, cand := range incs {
				if cand.into == nil && killedClaims(cand) {
					inc = cand
					break
				}
			}
		}
		if inc != nil {
			inc.codings = append(inc.codings, n.coding)
		}
	}

	if shortReport(d, frames) {
		soleTotal(incs, tolls)
	}
	spanTotals(incs, tolls)
	// Only the sentences that could be a coder's note are searched for
	// each incident's share, so a long report costs no more than its notes.
	var noteFrames []*frame
	for _, f := range frames {
		if casualty.MayBeNote(d.Text[f.Start:f.End]) {
			noteFrames = append(noteFrames, f)
		}
	}
	for _, inc := range incs {
		if inc.place == nil && inc.into == nil {
			inc.place = placeToldAfter(frames, inc)
		}
		inc.share = placeShare(d.Text, noteFrames, inc.place)
	}

	borrowDoers(d.Text, frames, incs)
	var out []Event
	var prov []Provenance
	for _, inc := range incs {
		if !inc.substantial() {
			continue
		}
		inc.disputed(stock.unknown)
		inc.blameUnknown(stock.unknown)
		inc.nameUnseen(stock)
		// The lead's date and the day of publication date the incident a
		// report opens with, and every incident of a short note; a later
		// incident of a longer report told as done before the story's
		// time ("they had been killed") is of a day the report does not
		// give, unless it names one.
		inc.dayless = dayless || len(out) > 0 && !short && inc.toldBefore()
		ev := inc.event(d, docDate, published)
		ev.ID = d.ID + "#" + strconv.Itoa(len(out)+1)
		out = append(out, ev)
		prov = append(prov, inc.provenance(docDate))
	}
	return out, prov
}

// jointPlaces returns the places after the first of a pair of towns a
// sentence's deed is told of jointly ("shelled both Douma and Daraya",
// "air strikes on Kafr Nabl and Hass"): two communities joined by "and",
// neither within the other, after the violence word. Each was struck;
// ACLED codes an event at each. Only bombardment is split so: ground
// taken town after town ("has since captured Sukhneh and Amiriyeh") is
// told as one offensive.
func jointPlaces(text string, f *frame) []placeHit {
	if len(f.triggers) == 0 {
		return nil
	}
	var out []placeHit
	for k := 1; k < len(f.places); k++ {
		p, q := f.places[k-1], f.places[k]
		if p.Start < f.triggers[0].span.End || !town(p) || !town(q) || p.PCode == q.PCode || p.End > q.Start {
			continue
		}
		if gap := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(text[p.End:q.Start]), ",")); gap != "and" {
			continue
		}
		if km(p.Lat, p.Lon, q.Lat, q.Lon) <= aroundKm/2 {
			// Twin villages a few kilometres apart are one front.
			continue
		}
		out = append(out, q)
	}
	return out
}

// town reports whether a place is a community named exactly.
func town(p placeHit) bool {
	return (p.Level == 4 || p.Level == 5) && p.Precision == "exact" && (p.Lat != 0 || p.Lon != 0)
}

// begunOn reports whether a date tells when the deed pointed back at
// began ("killed in the battle for the village, which began on Tuesday"):
// with the dead of that fighting counted, the first day of the fighting
// just told, not another day's incident.
func begunOn(f *frame, d dateHit) bool {
	w := wordAt(f.words, d.Start)
	for i := w - 1; i >= 0 && i >= w-2; i-- {
		switch f.words[i].key {
		case "began", "begun", "started", "erupted", "broke":
			return true
		}
	}
	return false
}

// toldAfterBlame reports whether every violence word of a sentence that
// lays blame comes after the one blamed: "IS claimed responsibility,
// saying one of its fighters had targeted a gathering" tells the deed
// just reported again, in the claimant's words.
func toldAfterBlame(f *frame) bool {
	return !slices.ContainsFunc(f.triggers, func(t triggerHit) bool { return t.span.Start < f.blames.End })
}

// theDoers reports whether a sentence opens on the doers just told, named
// by a definite common noun: "The fighters", "The militants".
func theDoers(f *frame) bool {
	if len(f.words) < 2 || f.words[0].key != "the" {
		return false
	}
	switch f.words[1].key {
	case "fighters", "militants", "rebels", "jihadists", "insurgents", "gunmen", "attackers", "extremists":
		return true
	}
	return false
}

// likeBefore reports whether a sentence names its deed as one more of the
// kind already told: "an earlier strike", "a previous attack", "a similar
// raid".
func likeBefore(f *frame) bool {
	for _, t := range f.triggers {
		if t.w > 0 {
			switch f.words[t.w-1].key {
			case "earlier", "previous", "similar":
				return true
			}
		}
	}
	return false
}

// pendingDoer is the doer and means of a lead that tells only a toll,
// kept for the incidents told after it.
type pendingDoer struct {
	attack []actorHit
	means  means
	place  *placeHit
}

// fits reports whether an incident that names no doer is one of those the
// lead told of: the same kind of violence (or a bare killing) at the same
// place.
func (p *pendingDoer) fits(inc *incident) bool {
	if inc.means.family() != p.means.family() && inc.means != meansKilling {
		return false
	}
	return p.place == nil || inc.place == nil || placesAgree(p.place, []placeHit{*inc.place})
}

// shortReportBytes and shortReportSentences bound a short report: a note or
// brief that tells of one place and day in a few sentences, whose every
// clause is usually part of one incident.
const (
	shortReportBytes     = 1000
	shortReportSentences = 6
)

// shortReport reports whether the report is a short one.
func shortReport(d *Doc, frames []*frame) bool {
	n := 0
	for _, f := range frames {
		if !f.headline {
			n++
		}
	}
	return len(d.Text) <= shortReportBytes && n <= shortReportSentences
}

// mergeConcurrent folds into an incident the ones told after it that are
// part of it: air strikes or shelling during a clash ("Coalition warplanes
// intervened", "the clashes were accompanied by shelling"), and those
// killed in its course, at the same place and day. In a short report any
// incident that agrees in place and day and is of a kind that goes with
// the other is folded; in a longer one only what the text ties to the
// fighting ("during the clashes", "concurrently").
func mergeConcurrent(incs []*incident, short bool) []*incident {
	if len(incs) < 2 {
		return incs
	}
	kept := incs[:1]
	for _, b := range incs[1:] {
		a := kept[len(kept)-1]
		if a.absorbs(b, short) {
			a.merge(b)
			continue
		}
		kept = append(kept, b)
	}
	return kept
}

// absorbs reports whether b is part of the incident a.
func (a *incident) absorbs(b *incident, short bool) bool {
	if opensIncident(b.first) {
		return false
	}
	battle := func(m means) bool { return m == meansClash || m == meansCapture }
	if a.place != nil && b.place != nil && !placesAgree(a.place, []placeHit{*b.place}) {
		// A short report may name the villages of one front; it
		// still tells of one battle.
		if !short || a.place.Gov == "" || a.place.Gov != b.place.Gov || !battle(a.means) && !battle(b.means) && a.means.family() != b.means.family() {
			return false
		}
	}
	if a.date != nil && b.date != nil && !a.date.From.IsZero() && !b.date.From.IsZero() && !a.date.reported && !b.date.reported {
		if a.extent <= 1 && !sameDay(*a.date, *b.date) || b.date.To.Before(a.date.From) || b.date.From.After(a.date.To.AddDate(0, 0, a.extent)) {
			return false
		}
	}
	switch {
	case battle(a.means) || battle(b.means):
		// Fighting takes in the strikes, shelling and deaths of its
		// course.
	case b.means == meansKilling || a.means == meansKilling || a.means.family() == b.means.family():
		if !short {
			return false
		}
	default:
		// Strikes and shelling of one place and day, told in a few
		// sentences, are one bombardment.
		if !short {
			return false
		}
	}
	return short || concurrent(b.first)
}

// foldNote folds a short note into one incident: a coder's summary tells
// one event, and what else it names in the same governorate (the strikes
// that went with the fighting, a body found after it, the shells fired on
// a village nearby) is part of it. Only a sentence that sets itself apart
// ("Separately, ...", "In another attack, ..."), another day or another
// governorate keeps its own.
func foldNote(incs []*incident) []*incident {
	if len(incs) < 2 {
		return incs
	}
	a := incs[0]
	kept := incs[:1]
	for _, b := range incs[1:] {
		apart := a.date != nil && b.date != nil && !a.date.From.IsZero() && !b.date.From.IsZero() && !sameDay(*a.date, *b.date)
		if b.first.opensNew || apart || a.place != nil && b.place != nil && a.place.Gov != b.place.Gov {
			kept = append(kept, b)
			continue
		}
		a.merge(b)
	}
	return kept
}

// concurrent reports whether a sentence ties what it tells to fighting
// told before: "during the clashes", "concurrently", "in the meantime",
// "the clashes were accompanied by", "coincided with", "amid".
func concurrent(f *frame) bool {
	for i, w := range f.words {
		switch w.key {
		case "during", "concurrently", "simultaneously", "meantime", "accompanied", "coincided", "intervened", "amid":
			return true
		case "conjunction":
			return i > 0 && f.words[i-1].key == "in"
		}
	}
	return false
}

// merge folds b into a.
func (a *incident) merge(b *incident) {
	b.into = a
	a.frames = append(a.frames, b.frames...)
	if b.means.rank() > a.means.rank() && (b.means == meansClash || b.means == meansCapture || a.means == meansKilling) {
		a.means = b.means
	}
	if b.support > a.support {
		a.support = b.support
	}
	if a.place == nil {
		a.place = b.place
	}
	if a.date == nil || a.date.From.IsZero() {
		a.date = b.date
	}
	a.extent = max(a.extent, b.extent)
	if len(a.attack) == 0 {
		a.attack, a.parties = b.attack, b.parties
	}
	if len(a.target) == 0 {
		for _, t := range b.target {
			if !containsActor(a.attack, t) {
				a.target = append(a.target, t)
			}
		}
	}
	a.claims = append(a.claims, b.claims...)
	a.codings = append(a.codings, b.codings...)
}

// killedClaims reports whether an incident has a figure of dead.
func killedClaims(inc *incident) bool {
	return slices.ContainsFunc(inc.claims, func(c claimHit) bool { return c.Outcome == "killed" })
}

// soleTotal gives the one incident of a short note the total its note
// tells when it tells no figure of its own: "clashes around the airbase
// ... almost 35 people killed from both sides and in different places"
// counts the dead of the one event the note codes.
func soleTotal(incs []*incident, tolls []*frame) {
	var only *incident
	for _, inc := range incs {
		if inc.into != nil || !inc.substantial() {
			continue
		}
		if only != nil {
			return
		}
		only = inc
	}
	if only == nil || len(only.codings) > 0 || slices.ContainsFunc(only.claims, func(c claimHit) bool { return c.Outcome == "killed" }) {
		return
	}
	for _, f := range tolls {
		for _, fg := range f.figures {
			if fg.Outcome != "killed" || only.date != nil && len(f.dates) > 0 && !sameDay(f.dates[0], *only.date) {
				continue
			}
			c := claimHit{figureHit: fg, source: f.attribution()}
			c.sideID, c.side = victimSide(f, fg)
			only.claims = append(only.claims, c)
		}
	}
}

// spanTotals gives an incident told over several days the toll counted
// over those days: "Heavy fighting in and around the prison since Thursday
// has killed 181 people" is the toll of the assault that began on
// Thursday, though a toll "since" a day reads as a sum. The toll must
// start within the incident's days, and the incident have no toll of its
// own.
func spanTotals(incs []*incident, tolls []*frame) {
	for _, f := range tolls {
		var from time.Time
		for _, d := range f.dates {
			if d.since && !d.From.IsZero() {
				from = d.From
				break
			}
		}
		if from.IsZero() {
			continue
		}
		for _, inc := range incs {
			if inc.into != nil || !inc.spansDays() || inc.date == nil || inc.date.From.IsZero() {
				continue
			}
			if from.Before(inc.date.From.AddDate(0, 0, -1)) || from.After(inc.date.To) {
				continue
			}
			if len(f.places) > 0 && (inc.place == nil || !placesAgree(inc.place, f.places) && !around(inc.place, f.places)) {
				continue
			}
			if slices.ContainsFunc(inc.claims, func(c claimHit) bool { return c.Outcome == "killed" }) {
				continue
			}
			for _, fg := range f.figures {
				c := claimHit{figureHit: fg, source: f.attribution()}
				c.sideID, c.side = victimSide(f, fg)
				inc.claims = append(inc.claims, c)
			}
			break
		}
	}
}

// placeShare finds the fatalities a coder's note in the report codes to
// place, by its name or as the text named it.
func placeShare(text string, frames []*frame, place *placeHit) int {
	if place == nil {
		return 0
	}
	// "with 6 fatalities coded to this location": the note is on the
	// event's own place.
	names := []string{text[place.Start:place.End], place.Name, "this location", "this event"}
	for i := len(frames) - 1; i >= 0; i-- {
		f := frames[i]
		if n, ok := casualty.PlaceShare(text[f.Start:f.End], names...); ok {
			return n
		}
		if c, ok := casualty.ReadCoding(text[f.Start:f.End]); ok && (c.Total > 0 || c.Each > 0) {
			// "... with 6 fatalities allocated to Al-Ommal. ... Total
			// fatalities were coded as 9.": the later note decides.
			return 0
		}
	}
	return 0
}

// applyCodings applies the coder's notes to the killed estimate told: the last
// note that codes a figure decides.
func applyCodings(e *Estimate, codings []casualty.Coding) *Estimate {
	if len(codings) == 0 {
		return e
	}
	told := 0
	if e != nil {
		told = e.Best
	}
	n := told
	for _, c := range codings {
		n = c.Apply(n)
	}
	if n == told || n <= 0 {
		return e
	}
	// The coder's figure is the event's: the figures told were its
	// material, not alternatives to it.
	return &Estimate{Best: n, Low: n, High: n}
}

// tellerOf returns the incident frame i of frames is part of, or nil.
func tellerOf(incs []*incident, frames []*frame, i int) *incident {
	if i < 0 {
		return nil
	}
	for _, inc := range incs {
		if slices.Contains(inc.frames, frames[i]) {
			return inc
		}
	}
	return nil
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
	if main == meansNone || main == meansKilling {
		// "Two civilians were killed following regime shelling": with no
		// other deed told, the means named as a cue is the deed.
		if support != meansNone {
			main, support = support, meansNone
		}
	}
	return main, support
}

// isSupport reports whether a trigger names means that only backed
// another deed: "aided by aerial bombardment", "supported by Coalition
// airstrikes", "following regime shelling", "under cover of artillery
// fire", "amid Russian air strikes". An actor's name may lie between the
// cue and the trigger when the cue governs the phrase ("supported by",
// "following", "with"); a backing that names the actor ("Turkish-backed
// rebels clashed") does not make the actor's deed a support.
func isSupport(f *frame, t triggerHit) bool {
	if t.means == meansClash && amidKilling(f, t) {
		return true
	}
	crossed := false // an actor's words lie between the cue and the trigger
	for k := t.w - 1; k >= 0 && k >= t.w-6; k-- {
		if isActorWord(f, k) {
			crossed = true
			continue
		}
		key := f.words[k].key
		next := ""
		if k+1 < len(f.words) {
			next = f.words[k+1].key
		}
		if crossed && verbal(f, t.w) {
			// "forces backed by Hezbollah battled rebels": the verb is
			// the deed of those backed.
			return false
		}
		switch key {
		case "aided", "backed", "supported", "covered", "accompanied":
			return !crossed || next == "by"
		case "support", "amid", "following":
			return true
		case "cover":
			return !crossed || next == "of"
		case "with":
			// "in conjunction with regime shelling", "with Coalition
			// airstrikes"; not "attacked the town with mortars", where
			// the weapon is the deed's own, nor "along with clashes",
			// which tells two deeds of one weight.
			return k > 0 && f.words[k-1].key == "conjunction" || crossed && (k == 0 || f.words[k-1].key != "along")
		}
		if f.words[k].punct != 0 && f.words[k].punct != '-' {
			return false
		}
	}
	return false
}

// amidKilling reports whether the clash at t is told as the setting of a
// killing by other means that the sentence told first: "Airstrikes on two
// villages killed 56 civilians as fighting was underway between IS and
// the SDF". The strikes did the killing; the fighting went on around it.
func amidKilling(f *frame, t triggerHit) bool {
	as := -1
	for k := t.w - 1; k >= 0 && k >= t.w-4; k-- {
		if f.words[k].key == "as" || f.words[k].key == "while" {
			as = k
			break
		}
	}
	if as < 1 {
		return false
	}
	for _, a := range f.actors {
		if a.End <= f.words[as].Start && !a.Member && !victim(f, a) && !modifierOnly(f, a) {
			// "Regime forces shelled the town, killing a man, as
			// clashes continued": the doer is a side of the fighting,
			// which decides.
			return false
		}
	}
	remote, killed := false, false
	for _, u := range f.triggers {
		if u.w >= as {
			break
		}
		switch {
		case u.means == meansAir || u.means == meansShelling || u.means == meansIED:
			remote = !killed
		case u.means == meansKilling && (f.words[u.w].key == "killed" || f.words[u.w].key == "killing"):
			killed = remote
		}
	}
	return remote && killed
}

// timeWords are the nouns "this" and "these" date with ("this week"),
// which point at no thing told before.
var timeWords = map[string]bool{"year": true, "month": true, "week": true, "morning": true, "evening": true, "afternoon": true, "time": true, "weekend": true, "days": true, "weeks": true, "months": true, "years": true}

// pointsBack reports whether a sentence points at something the sentence
// before told with a demonstrative ("attacked these sit-ins", "those
// positions").
func pointsBack(f *frame) bool {
	for i := 0; i+1 < len(f.words); i++ {
		switch f.words[i].key {
		case "these", "those":
			if f.words[i+1].key != "" && !timeWords[f.words[i+1].key] {
				return true
			}
		}
	}
	return false
}

// definiteDeed reports whether a sentence opens on its violence word as a
// thing already told: "The missiles were launched from the Golan".
func definiteDeed(f *frame) bool {
	for _, t := range f.triggers {
		if t.w > 0 && t.w <= 2 && f.words[0].key == "the" {
			return true
		}
	}
	return false
}

// ordinals count deeds in a comment on them.
var ordinals = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "latest": true}

// countsDeeds reports whether a sentence counts deeds rather than tells
// one: "This is the second attack carried out by Israel this year", "It
// was the first time the regime targeted Turkish soldiers".
func countsDeeds(f *frame) bool {
	for i := 0; i+2 < len(f.words); i++ {
		switch f.words[i].key {
		case "is", "was", "marks", "marked":
		default:
			continue
		}
		if f.words[i+1].key != "the" || !ordinals[f.words[i+2].key] {
			continue
		}
		for k := i + 3; k < len(f.words) && k <= i+5; k++ {
			if anaphorNouns[f.words[k].key] || f.words[k].key == "time" {
				return true
			}
		}
	}
	return false
}

// pastDeed reports whether a sentence set in the past, before the days
// the report tells of, still tells one deed of its own: "An earlier strike
// in January killed seven people", "In July, a motorbike bomb killed eight
// in the market there". A war-wide toll, a campaign "since 2014", a habit
// or a state is background, and no event.
func pastDeed(f *frame, published time.Time) bool {
	if len(f.dates) == 0 || published.IsZero() || habitual(f) {
		return false
	}
	for _, d := range f.dates {
		if d.since || d.From.IsZero() || d.reported {
			return false
		}
		if published.Sub(d.From) > 366*24*time.Hour {
			// A year back and more is history the report recalls.
			return false
		}
	}
	for i, w := range f.words {
		if w.key == "since" {
			return false
		}
		if w.key == "long" && (i > 0 && timeWords[f.words[i-1].key] || i > 1 && f.words[i-1].punct == '-' && timeWords[f.words[i-2].key]) {
			// "the month-long battering that killed hundreds": a
			// campaign, not a deed.
			return false
		}
	}
	own := ownFigures(f)
	if len(own) == 0 || len(own) != len(f.figures) {
		return false
	}
	m, _ := mainMeans(f)
	// A bare killing must say where: "In March, 300 people were killed"
	// is a month's toll.
	return m != meansNone && (m != meansKilling || len(f.places) > 0 || refersToPlace(f))
}

// refersToPlace reports whether the sentence points back at a place told
// before ("into the city", "in the area").
func refersToPlace(f *frame) bool {
	for i := 1; i < len(f.words); i++ {
		if f.words[i-1].key == "same" && i > 1 && f.words[i-2].key == "the" {
			// "in the same district"
		} else if f.words[i-1].key != "the" {
			continue
		}
		switch f.words[i].key {
		case "city", "town", "village", "area", "region", "neighbourhood", "neighborhood", "district", "camp":
			return true
		}
	}
	for i := 1; i < len(f.words); i++ {
		// "ripped through a market there": at the place told before;
		// not "there were", "there has been".
		if f.words[i].key != "there" {
			continue
		}
		if i+1 < len(f.words) {
			switch f.words[i+1].key {
			case "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "may", "might":
				continue
			}
		}
		return true
	}
	return false
}

// opensIncident reports whether a sentence sets itself apart from the
// incident before: "Separately, ...", "In another attack, ...", and "Also
// in Homs, activists uncovered 39 bodies", which adds another deed of the
// same story rather than more of the last.
func opensIncident(f *frame) bool {
	if f.opensNew || movesOn(f) {
		return true
	}
	if len(f.words) > 3 && f.words[0].key == "one" && f.words[1].key == "of" && f.words[2].key == "the" && len(f.places) > 0 {
		// "One of the air strikes targeted a civil defence centre in
		// Bab al-Nayrab": one strike of the raids told, at its own
		// place, is an incident of its own.
		return true
	}
	return len(f.words) > 2 && f.words[0].key == "also" && f.words[1].key == "in" && len(f.places) > 0 && f.places[0].Start <= f.words[2].End+24
}

// movesOn reports whether a sentence opens by moving the story on in time
// or space: "Later, ...", "Hours later on Wednesday, ...", "Elsewhere, ...",
// "Meanwhile, in Deraa, ...". What follows is another deed, not more of
// the last one, even when it names no place the gazetteer knows.
func movesOn(f *frame) bool {
	key := func(i int) string {
		if i < len(f.words) {
			return f.words[i].key
		}
		return ""
	}
	i := 0
	// "Hours later", "Two days later", "A day later", "Shortly later".
	for i < 3 && key(i) != "later" && f.words != nil && i < len(f.words) && f.words[i].punct == 0 {
		switch key(i) {
		case "hours", "hour", "minutes", "days", "day", "a", "an", "two", "three", "several", "few", "shortly", "moments", "weeks", "week":
			i++
			continue
		}
		break
	}
	if key(i) == "later" {
		return true
	}
	for j, w := range f.words {
		if w.key != "another" {
			continue
		}
		// "This strike follows another Israeli operation in Hama":
		// the sentence tells of a second deed.
		for k := j + 1; k < len(f.words) && k <= j+3; k++ {
			if anaphorNouns[f.words[k].key] || f.words[k].key == "operation" {
				return true
			}
			if f.words[k].punct != 0 {
				break
			}
		}
	}
	switch key(0) {
	case "elsewhere", "separately":
		return true
	case "meanwhile":
		// "Meanwhile, in Deraa, ..." moves elsewhere; a bare "meanwhile"
		// may tell what went on during the same fighting.
		for j := 1; j < 4 && j < len(f.words); j++ {
			if key(j) == "in" && len(f.places) > 0 && f.places[0].Start >= f.words[j].End && f.places[0].Start <= f.words[j].End+24 {
				return true
			}
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
	if cur != nil && !f.opensNew && diedOfWounds(f) && (len(f.places) == 0 || cur.place == nil || placesAgree(cur.place, f.places) || around(cur.place, f.places)) {
		// "Later, a child died from wounds sustained in the air strike":
		// a death of the incident that wounded him, whenever it came.
		return cur
	}
	if cur == nil || opensIncident(f) {
		return nil
	}
	if goesOn(f) && (cur.date == nil || cur.date.From.IsZero() || !sameDay(f.dates[0], *cur.date)) {
		// "Air strikes continued through Sunday afternoon": the next
		// day's part of the story, not the day its toll was told of.
		return nil
	}
	if overDays(f) && !cur.spansDays() {
		// "It raised the death toll in days of clashes to 311": the toll
		// of the offensive told over days, not of the day's deed.
		for i := len(incs) - 1; i >= 0; i-- {
			if incs[i].spansDays() && incs[i].compatible(f, m, true) {
				return incs[i]
			}
		}
	}
	if f.anaphor && len(f.dates) > 0 && !(begunOn(f, f.dates[0]) && len(ownFigures(f)) > 0) {
		// "Thursday's bombing", "the toll from Saturday's air raids":
		// the incident of that day, when the story has told of another
		// day's since; failing that, one not yet dated.
		d := f.dates[0]
		if day := dayName(f, d); day != "" && cur.day != day {
			for i := len(incs) - 1; i >= 0; i-- {
				if incs[i].day == day && incs[i].compatible(f, m, true) {
					return incs[i]
				}
			}
		}
		if !d.reported && !d.From.IsZero() && cur.date != nil && !cur.date.From.IsZero() && !cur.date.reported && !sameDay(d, *cur.date) {
			for i := len(incs) - 1; i >= 0; i-- {
				if id := incs[i].date; (id == nil || id.From.IsZero() || sameDay(d, *id)) && incs[i].compatible(f, m, true) {
					return incs[i]
				}
			}
			return nil
		}
	}
	if f.anaphor || definiteDeed(f) {
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
	if theDoers(f) && m.family() == cur.means.family() && (cur.place == nil || len(f.places) == 0 || sameGovernorate(cur.place, f.places)) {
		// "The Nusra Front took control of a crossing. The fighters
		// captured the post from forces loyal to Assad": the doers just
		// told go on with the same deed, wherever it is now placed.
		if att, _, _ := roles(f); len(att) == 0 {
			return cur
		}
	}
	if f.also && len(f.places) == 0 {
		// "Four rebels were also killed on Friday": more of the same
		// incident, told without a place of its own; of Friday's, when
		// the story has just told of Thursday's.
		if len(f.dates) == 0 || cur.date != nil && sameDay(f.dates[0], *cur.date) {
			return cur
		}
		day := dayName(f, f.dates[0])
		for i := len(incs) - 1; i >= 0; i-- {
			d := incs[i].date
			same := d != nil && sameDay(f.dates[0], *d) || day != "" && day == incs[i].day
			if same && incs[i].compatible(f, m, true) {
				return incs[i]
			}
		}
		if cur.date == nil && cur.day == "" {
			return cur
		}
	}
	return nil
}

// diedOfWounds reports whether a sentence tells of a death from wounds
// received before: "succumbed to his wounds", "died of their injuries".
func diedOfWounds(f *frame) bool {
	body, found := false, false
	for i, w := range f.words {
		switch w.key {
		case "succumbed":
			return true
		case "died", "dies", "die":
			for k := i + 1; k < len(f.words); k++ {
				if k := f.words[k].key; k == "wounds" || k == "injuries" {
					return true
				}
			}
		case "body", "bodies":
			body = true
		case "found":
			found = true
		}
	}
	// "The body of an IS fighter was found killed during the clashes",
	// "found in the area of the attack": a death of the incident told,
	// found days later.
	return body && found && (f.anaphor || slices.ContainsFunc(f.words, func(w word) bool { return w.key == "during" }))
}

// oneDeadOfWounds returns the claim of one dead that a sentence telling
// of a death from wounds implies when it gives no figure: "He died later
// from his wounds", "who died a day later from his wounds". The victim
// is someone the incident counted among the wounded, so the claim has a
// side of its own and adds to the dead.
func oneDeadOfWounds(f *frame) (claimHit, bool) {
	if !diedOfWounds(f) || slices.ContainsFunc(ownFigures(f), func(fg figureHit) bool { return fg.Outcome == "killed" }) {
		return claimHit{}, false
	}
	one := false
	for _, w := range f.words {
		switch w.key {
		case "his", "her", "he", "she":
			one = true
		case "their", "they", "bodies":
			return claimHit{}, false
		}
	}
	if !one {
		return claimHit{}, false
	}
	t := f.Span
	for _, w := range f.words {
		switch w.key {
		case "died", "dies", "succumbed":
			t = w.Span
		}
	}
	c := claimHit{figureHit: figureHit{Span: t, Outcome: "killed", Count: 1, Low: 1, High: 1, Qualifier: "exact"}, source: f.attribution()}
	c.side = "died of wounds " + strconv.Itoa(f.index)
	return c, true
}

// goesOn reports whether a sentence tells that violence went on into a
// day it names: "strikes continued through Sunday", "clashes resumed on
// Monday".
func goesOn(f *frame) bool {
	if len(f.dates) == 0 || f.dates[0].reported || f.dates[0].From.IsZero() {
		return false
	}
	for _, w := range f.words {
		switch w.key {
		case "continued", "resumed", "persisted":
			return w.Start < f.dates[0].Start
		}
	}
	return false
}

// overDays reports whether a sentence counts over days of fighting ("in
// days of clashes", "over two days of fighting").
func overDays(f *frame) bool {
	if f.extentDays > 1 {
		return true
	}
	for i := 1; i+1 < len(f.words); i++ {
		if (f.words[i].key == "days" || f.words[i].key == "weeks") && f.words[i+1].key == "of" {
			return true
		}
	}
	return false
}

// spansDays reports whether the incident is told over several days: an
// offensive "since Wednesday", "two days of clashes".
func (inc *incident) spansDays() bool {
	if inc.extent > 1 {
		return true
	}
	return inc.date != nil && !inc.date.From.IsZero() && (inc.date.since || inc.date.To.Sub(inc.date.From) > 36*time.Hour)
}

// retold returns the incident a sentence tells again: one that already has
// a figure of the same outcome, count and victims ("Turkish-led bombardment
// killed 14 civilians" in the lead, "the 14 civilians were killed in
// Turkish airstrikes" below).
func retold(incs []*incident, f *frame) *incident {
	if inc := retoldNear(incs, f); inc != nil {
		return inc
	}
	for _, fg := range ownFigures(f) {
		if fg.Count < 2 || fg.Victims == "" {
			continue // "a soldier was killed" is too common to identify an incident
		}
		for i := len(incs) - 1; i >= 0; i-- {
			for _, c := range incs[i].claims {
				if sameOutcome(c.Outcome, fg.Outcome) && c.Count == fg.Count && c.Victims == fg.Victims {
					// The same count of the same victims in the same
					// governorate is the same deed, though one telling
					// names the town and the other the desert around it.
					if len(f.places) == 0 || incs[i].place == nil || placesAgree(incs[i].place, f.places) || sameGovernorate(incs[i].place, f.places) {
						return incs[i]
					}
				}
			}
		}
	}
	return nil
}

// retoldNear returns the incident a sentence gives another count of: a
// toll in the tens or more within a tenth of one told before, in the same
// governorate, on no other day ("83 people were killed in the explosions"
// by the monitor, "so far there are 82 fatalities" by the governor). Two
// incidents of one report seldom have so near a toll; two sources of one
// incident often do.
func retoldNear(incs []*incident, f *frame) *incident {
	for _, fg := range ownFigures(f) {
		if fg.Count < 10 {
			continue
		}
		for i := len(incs) - 1; i >= 0; i-- {
			inc := incs[i]
			if inc.place == nil || len(f.places) == 0 || !sameGovernorate(inc.place, f.places) {
				continue
			}
			if inc.date != nil && !inc.date.From.IsZero() && len(f.dates) > 0 && !f.dates[0].reported && !f.dates[0].From.IsZero() && !sameDay(f.dates[0], *inc.date) {
				continue
			}
			for _, c := range inc.claims {
				d := c.Count - fg.Count
				if d < 0 {
					d = -d
				}
				if c.Outcome == fg.Outcome && c.Count >= 10 && d*10 <= c.Count {
					return inc
				}
			}
		}
	}
	return nil
}

// aroundKm is how far the centre of a city may lie from one of its
// neighbourhoods.
const aroundKm = 12

// around reports whether one of ps is a coarser place around p: the city
// ("positions within Damascus") of the neighbourhood an incident is told
// at (Kafr Sousa).
func around(p *placeHit, ps []placeHit) bool {
	for _, q := range ps {
		if q.Gov == p.Gov && q.Level < p.Level && (p.Lat != 0 || p.Lon != 0) && (q.Lat != 0 || q.Lon != 0) && km(p.Lat, p.Lon, q.Lat, q.Lon) <= aroundKm {
			return true
		}
	}
	return false
}

// km is the great-circle distance between two points.
func km(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Sqrt(a))
}

// sameOutcome reports whether two outcomes may tell of the same people:
// equal, or both a taking of people ("43 peacekeepers seized" in the
// headline, "were detained" below).
func sameOutcome(a, b string) bool {
	taken := func(o string) bool { return o == "captured" || o == "abducted" || o == "arrested" }
	return a == b || taken(a) && taken(b)
}

// sameGovernorate reports whether one of ps lies in p's governorate.
func sameGovernorate(p *placeHit, ps []placeHit) bool {
	for _, q := range ps {
		if p.Gov != "" && q.Gov == p.Gov {
			return true
		}
	}
	return false
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
		if !placesAgree(inc.place, f.places) && !around(inc.place, f.places) {
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

// likened reports whether a date of f lies in a comparison with another
// deed ("killed at the same time as the 48 whose bodies were found on
// March 12", "similar to the attack on Monday"): it dates that deed.
func likened(f *frame, d dateHit) bool {
	for i := 0; i+2 < len(f.words) && f.words[i].End <= d.Start; i++ {
		k := f.words[i].key
		if k == "same" && f.words[i+1].key == "time" && f.words[i+2].key == "as" || k == "similar" && f.words[i+1].key == "to" {
			return true
		}
	}
	return false
}

// weekdays are the day names a report dates a deed by.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// dayName returns the weekday a date phrase of f names, or "".
func dayName(f *frame, d dateHit) string {
	for _, w := range f.words {
		if w.Start >= d.Start && w.End <= d.End && weekdays[w.key] {
			return w.key
		}
	}
	return ""
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
func (inc *incident) add(f *frame, m means, support means, spokeLast *sourceHit) {
	inc.frames = append(inc.frames, f)
	if inc.means == meansNone || m.rank() > inc.means.rank() && (m != meansKilling || inc.means == meansNone) && (inc.means.family() == m.family() || inc.means == meansKilling || inc.means == meansNone) {
		// A component told in another sentence ("shelling also killed")
		// does not change what kind of incident this is.
		inc.means = m
		inc.vague = vagueWeapon(f)
	} else if inc.vague && inc.means == meansShelling && m == meansAir {
		// "Bombardment killed 14 ... Turkish air strikes killed 14":
		// the lead's word names no weapon, the next one does.
		inc.means, inc.vague = m, false
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
	if inc.day == "" {
		inc.day = f.day
	}
	for _, d := range f.dates {
		if inc.day == "" && !d.reported {
			inc.day = dayName(f, d)
		}
	}
	for i := range f.dates {
		d := f.dates[i]
		if likened(f, d) || diedOfWounds(f) {
			// A comparison dates another deed; a death of wounds
			// comes days after the deed.
			continue
		}
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
	if f.backDays > inc.back {
		inc.back = f.backDays
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
	if src != nil && slices.ContainsFunc(ownFigures(f), func(fg figureHit) bool { return fg.VictimsText.Start <= src.Start && src.End <= fg.VictimsText.End }) {
		// "killed a member of the Syrian Civil Defence": the victims,
		// not who told of them.
		src = nil
	}
	if src == nil && spokeLast != nil && pronounSubject(f) {
		// "It raised the death toll to 311": whoever spoke last.
		src = spokeLast
	}
	if src == nil {
		src = carried
	}
	start := len(inc.claims)
	later := diedOfWounds(f)
	for i, fg := range ownFigures(f) {
		if i > 0 && elsewhere(f, fg) || notByViolence(f, fg) {
			// "..., which also saw a man killed in the south": another
			// place's deed, told in passing.
			continue
		}
		c := claimHit{figureHit: fg, source: src, also: f.also}
		c.sideID, c.side = victimSide(f, fg)
		if later && fg.Outcome == "killed" {
			// "The wounded man later succumbed to his wounds": one
			// more dead, not the dead told again.
			c.side = "died of wounds " + strconv.Itoa(f.index)
		}
		for _, prev := range inc.claims[start:] {
			if prev.Outcome == c.Outcome && prev.side == c.side && prev.Victims != c.Victims {
				// "2 rebels were killed along with a media activist":
				// one sentence counting two groups of one side counts
				// different people.
				c.side += "/" + c.Victims
			}
		}
		inc.claims = append(inc.claims, c)
	}
}

// pronounSubject reports whether a sentence opens with a pronoun that
// stands for whoever spoke before: "It raised the toll", "He said".
func pronounSubject(f *frame) bool {
	if len(f.words) == 0 {
		return false
	}
	switch f.words[0].key {
	case "it", "he", "she", "they":
		return true
	}
	return false
}

// notByViolence reports whether a figure counts deaths the text puts down
// to want rather than to violence: "a woman and her child also died as a
// result of the lack of medical aid due to the siege".
func notByViolence(f *frame, fg figureHit) bool {
	for i := wordAt(f.words, fg.End); i >= 0 && i < len(f.words) && i <= wordAt(f.words, fg.End)+8; i++ {
		switch f.words[i].key {
		case "lack", "shortage", "starvation", "hunger", "malnutrition", "disease", "illness", "cold":
			return true
		}
		if f.words[i].punct == '.' || f.words[i].punct == ';' {
			break
		}
	}
	return false
}

// compass are the words that place a deed in a part of the country
// rather than at a named place.
var compass = map[string]bool{"south": true, "north": true, "east": true, "west": true, "northeast": true, "northwest": true, "southeast": true, "southwest": true}

// elsewhere reports whether a figure is told with a part of the country
// of its own ("a man killed in the south").
func elsewhere(f *frame, fg figureHit) bool {
	i := wordAt(f.words, fg.End)
	if i < 0 || i+2 >= len(f.words) || f.words[i].Start < fg.End {
		return false
	}
	return f.words[i].key == "in" && f.words[i+1].key == "the" && compass[f.words[i+2].key]
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
// disputed codes the doer of an incident whose blame the report's
// parties dispute as the unidentified armed group: "the opposition blamed
// government forces, while Damascus said it was the work of terrorists";
// "activists said government jets fired the missiles ... the government
// blamed rebels". The doer read from the deed counts as one claim.
func (inc *incident) disputed(unknown actorHit) {
	if unknown.ID == "" {
		return
	}
	var doers []actorHit
	other := false
	for _, f := range inc.frames {
		doers = append(doers, f.claimed...)
		other = other || f.claimedOther
	}
	if len(doers) == 0 {
		return
	}
	if len(inc.attack) > 0 && !inc.parties {
		doers = append(doers, inc.attack[0])
	}
	split := other
	for _, a := range doers[1:] {
		if !sameSide(a, doers[0]) {
			split = true
		}
	}
	if split {
		inc.attack = []actorHit{unknown}
		inc.parties = false
	}
}

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

// borrowDoers names the doer of an incident the report tells without one
// from an earlier incident that names it, and the foe of a capture from an
// earlier capture by the same side: a clause that goes on the
// sentence of another deed ("Turkey attacked the sit-ins, and on Monday
// killed a Kurdish artist") has that deed's doer, and air strikes told
// with no air force ("air strikes went on through the afternoon", "one of
// the strikes hit a clinic") are by the air force that struck before.
func borrowDoers(text string, frames []*frame, incs []*incident) {
	for i, inc := range incs {
		if len(inc.target) == 0 && len(inc.frames) > 0 {
			// "A Turkish soldier was killed on Friday, one day after
			// three others were killed by a Syrian airstrike": the
			// others are of the side of the dead just told.
			if a, ok := othersOf(text, incs, inc); ok {
				inc.target = []actorHit{a}
			}
		}
		if len(inc.attack) > 0 && len(inc.target) == 0 {
			// "killing a leader ... the leader worked with Hezbollah":
			// the victim's side told after the deed.
			if a, ok := affiliation(frames, inc); ok && a.ID != inc.attack[0].ID {
				inc.target = []actorHit{a}
			}
		}
		if inc.means == meansCapture && len(inc.attack) == 1 && len(inc.target) == 0 {
			// "IS seized Palmyra from the army ... The group has since
			// captured two towns": more ground taken from the same foe.
			for j := i - 1; j >= 0; j-- {
				if p := incs[j]; p.means == meansCapture && len(p.attack) == 1 && p.attack[0].ID == inc.attack[0].ID && len(p.target) == 1 {
					inc.target = []actorHit{p.target[0]}
					break
				}
			}
		}
		if len(inc.attack) > 0 || len(inc.frames) == 0 {
			continue
		}
		first := inc.frames[0]
		for j := i - 1; j >= 0; j-- {
			prev := incs[j]
			if len(prev.attack) != 1 || len(prev.frames) == 0 {
				continue
			}
			last := prev.frames[len(prev.frames)-1]
			if goesOnSentence(text, last, first) || inc.means == meansAir && prev.means == meansAir {
				inc.attack = []actorHit{prev.attack[0]}
				inc.parties = false
				break
			}
		}
	}
}

// tells reports whether span s lies in one of the incident's sentences.
func (inc *incident) tells(s Span) bool {
	for _, f := range inc.frames {
		if f.Start <= s.Start && s.End <= f.End {
			return true
		}
	}
	return false
}

// toldBefore reports whether the incident's deed is told in the past
// perfect ("had been killed", "had executed"): done before the time the
// report tells of. Told after a verb of saying ("the monitor said rebels
// had taken the crossing") the tense is only that of reported speech.
func (inc *incident) toldBefore() bool {
	for _, f := range inc.frames {
		t := mainTrigger(f)
		if t < 0 {
			continue
		}
		w := f.triggers[t].w
		for j := w - 1; j >= 0 && j >= w-3; j-- {
			if f.words[j].key == "had" {
				// After a verb of saying it is reported speech, dated as
				// the telling is.
				return !slices.ContainsFunc(f.words[:j], func(x word) bool { return sayingVerbs[x.key] })
			}
			if f.words[j].punct != 0 {
				break
			}
		}
	}
	return false
}

// sayingVerbs report speech, whose past perfect is a backshift.
var sayingVerbs = map[string]bool{
	"said": true, "says": true, "reported": true, "added": true, "told": true, "stated": true,
	"confirmed": true, "announced": true, "claimed": true, "according": true,
}

// vagueWeapon reports whether the main violence word of f is one that
// fits fire from the air as well as from the ground ("bombardment").
func vagueWeapon(f *frame) bool {
	t := mainTrigger(f)
	if t < 0 {
		return false
	}
	switch f.words[f.triggers[t].w].key {
	case "bombardment", "bombardments", "bombarded", "bombarding", "pounded", "pounding":
		return true
	}
	return false
}

// affiliation returns the group a sentence of the incident, or one that
// follows it and tells of no deed, ties its dead to: "the leader worked
// with the Lebanese group Hezbollah", "he was a member of the SDF".
func affiliation(frames []*frame, inc *incident) (actorHit, bool) {
	var told []*frame
	for _, f := range inc.frames {
		told = append(told, f)
		if n := slices.Index(frames, f) + 1; n > 0 && n < len(frames) && len(frames[n].triggers) == 0 {
			told = append(told, frames[n])
		}
	}
	for _, f := range told {
		for i := 1; i < len(f.words); i++ {
			k, prev := f.words[i].key, f.words[i-1].key
			if !(k == "with" || k == "for") || prev != "worked" && prev != "fought" && prev != "served" {
				if !(k == "of" && prev == "member") && !(k == "to" && prev == "belonged") {
					continue
				}
			}
			for _, a := range f.actors {
				if w := wordAt(f.words, a.Start); w > i && w <= i+5 && !a.Member && a.Kind != "civilians" {
					return a, true
				}
			}
		}
	}
	return actorHit{}, false
}

// othersOf returns the side of the dead that another incident tells in the
// sentence inc's "N others were killed" goes on.
func othersOf(text string, incs []*incident, inc *incident) (actorHit, bool) {
	others := false
	for _, c := range inc.claims {
		if c.sideID == "" && strings.Contains(text[c.Start:c.End], "others") {
			others = true
		}
	}
	if !others {
		return actorHit{}, false
	}
	first := inc.frames[0]
	var last *frame
	for _, o := range incs {
		for _, f := range o.frames {
			if o != inc && f.End <= first.Start && (last == nil || f.End > last.End) {
				last = f
			}
		}
	}
	if last == nil || strings.ContainsAny(text[last.End:first.Start], ".!?\n") {
		return actorHit{}, false
	}
	for _, fg := range last.figures {
		for _, a := range last.actors {
			if fg.VictimsText.Len() > 0 && fg.VictimsText.Start <= a.Start && a.End <= fg.VictimsText.End && a.Kind != "civilians" {
				return a, true
			}
		}
	}
	return actorHit{}, false
}

// goesOnSentence reports whether clause f goes on the sentence of clause
// prev with no subject of its own: ", and on Monday killed ...".
func goesOnSentence(text string, prev, f *frame) bool {
	if prev.End > f.Start || strings.ContainsAny(text[prev.End:f.Start], ".!?\n") {
		return false
	}
	head := strings.TrimLeft(text[prev.End:f.End], " ,;")
	if !strings.HasPrefix(head, "and ") {
		return false
	}
	for _, a := range f.actors {
		if t := mainTrigger(f); t >= 0 && a.Start < f.triggers[t].span.Start {
			return false
		}
	}
	return true
}

// civilianVictims reports whether the incident's figures count only
// people described as civilians ("two children", "15 young men").
func (inc *incident) civilianVictims() bool {
	civ, armed := 0, 0
	for _, c := range inc.claims {
		if c.sideID == civiliansActorID {
			// "three members of one family": the phrase's noun says
			// little, the name the victims are given says civilians.
			civ++
			continue
		}
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
	if inc.place == nil && (len(inc.claims) == 0 || len(inc.attack) == 0 && len(inc.target) == 0) {
		// A deed told with neither a place nor a figure ("Israel
		// responded with artillery fire at two army positions") cannot
		// be coded.
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

// gunfire reports whether any sentence of the incident tells of small
// arms used.
func (inc *incident) gunfire() bool {
	return slices.ContainsFunc(inc.frames, func(f *frame) bool { return f.gunfire })
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
	armedVictims := !civilianTarget && (len(inc.target) > 0 || slices.ContainsFunc(inc.claims, func(c claimHit) bool { return c.Victims != "" }))
	switch inc.means {
	case meansIED, meansSuicide, meansGrenade:
		if armedVictims && inc.gunfire() {
			// "opened fire on the troops and detonated a car bomb",
			// "began to fire and throw grenades at the fighters": a
			// bomb used in a gunfight with armed men is part of the
			// fight.
			return "battles", "armed_clash"
		}
	case meansAbduction:
		if armedVictims && killedClaims(inc) {
			// "killed a member of the 4th Division after abducting
			// him": the killing of a fighter decides, as a clash.
			return "battles", "armed_clash"
		}
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
	if dt, ok := inc.sinceClause(text, published); ok {
		return dt
	}
	d := inc.date
	if inc.dayless && d != nil && !inc.tells(d.Span) {
		// A day borrowed from the sentences around is not its own.
		d = nil
	}
	if d == nil || d.From.IsZero() {
		if docDate != nil && !inc.dayless {
			d = docDate
		}
	}
	if (d == nil || d.From.IsZero()) && !published.IsZero() && !inc.dayless {
		// A note that dates an incident nowhere tells of what has just
		// happened: the publication day is the best estimate, as ACLED
		// codes it. The empty text says the date was inferred. "Two days
		// of clashes" then are the two days up to it. A longer report
		// that gives no day anywhere leaves the day unknown: it may tell
		// of days before it was published.
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
	if inc.back > 1 && prec == "day" && inc.extent <= 1 {
		from = to.AddDate(0, 0, 1-inc.back)
	}
	if (inc.extent > 1 || inc.back > 1) && to.After(from) && prec == "day" {
		prec = "range"
	}
	dt := Date{Start: from.Format(time.DateOnly), Precision: prec, Text: text[d.Start:d.End]}
	if to.After(from) {
		dt.End = to.Format(time.DateOnly)
	}
	return dt
}

// sinceClause dates a deed told "since" a clause that dates another
// ("have executed 17 people since they took control of the city on
// Wednesday, the monitor said on Thursday"): the deed runs from that day
// to the day the source spoke, and a date told in a later sentence ("the
// offensive started on May 13") is not its own.
func (inc *incident) sinceClause(text string, published time.Time) (Date, bool) {
	f := inc.first
	if f == nil || len(f.dates) > 0 || published.IsZero() {
		return Date{}, false
	}
	rest := strings.TrimLeft(text[f.End:], " ")
	if len(rest) < 6 || !strings.EqualFold(rest[:6], "since ") {
		return Date{}, false
	}
	start := len(text) - len(rest)
	end := start + strings.IndexAny(rest, ".\n")
	if end < start {
		end = len(text)
	}
	var from, to *dates.Mention
	ms := dates.Parse(text, start, end, published, nil)
	for i := range ms {
		m := &ms[i]
		switch {
		case m.Precision != dates.Day:
		case from == nil && !m.Reported && !m.Since:
			from = m
		case from != nil && m.Reported && to == nil:
			to = m
		}
	}
	if from == nil || to == nil || !to.To.After(from.From) {
		// Without the day the source spoke, the clause's day is the
		// best estimate, and the usual rules find it.
		return Date{}, false
	}
	return Date{Start: from.From.Format(time.DateOnly), End: to.To.Format(time.DateOnly), Precision: "range", Text: text[from.Start:from.End]}, true
}

// dayNowhere reports whether a longer report names no day near its
// publication anywhere: its incidents then are of days it does not give
// ("The Israeli strike targeted a car ...", published the day after). A
// note, short or of one paragraph, tells of what has just happened even
// when it names no day.
func dayNowhere(d *Doc, frames []*frame, published time.Time) bool {
	if shortReport(d, frames) || strings.Count(strings.TrimSpace(d.Text), "\n") < 2 {
		return false
	}
	for _, f := range frames {
		for _, d := range f.dates {
			if d.From.IsZero() || published.IsZero() || published.Sub(d.From) <= backgroundAge {
				return false
			}
		}
	}
	return true
}

// markTitleLines marks as headline every sentence of a title line cut in
// clauses ("Turkish drone kills SDF fighters near Qamishli; Islamic State
// attacks checkpoint"): each clause restates a deed the body tells, with
// less care for place and doer, so none opens an incident of its own.
func markTitleLines(text string, frames []*frame) {
	for _, f := range frames {
		if f.headline {
			continue
		}
		start := strings.LastIndexByte(text[:f.Start], '\n') + 1
		end := strings.IndexByte(text[f.End:], '\n')
		if end < 0 {
			// The last line: a report does not end on its title.
			continue
		}
		end += f.End
		line := strings.TrimSpace(text[start:end])
		if line == "" {
			continue
		}
		from := start + strings.Index(text[start:end], line)
		if isHeadline(text, Span{from, from + len(line)}) {
			f.headline = true
		}
	}
}

// leadDate is the date the report's lead gives ("a monitoring group said
// Saturday"), used for incidents that carry none of their own.
func leadDate(frames []*frame, published time.Time) *dateHit {
	for _, f := range frames {
		for i := range f.dates {
			d := f.dates[i]
			if d.From.IsZero() || d.Precision != "day" || likened(f, d) {
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
	cas.Killed = applyCodings(estimate(inc.claims, "killed"), inc.codings)
	if inc.share > 0 {
		// A note that divides the toll by place names this place's
		// share: it decides over the toll and any even division.
		cas.Killed = &Estimate{Best: inc.share, Low: inc.share, High: inc.share}
	}
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
	onlyAlso         bool // every claim adds dead besides those told
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
			t = &sourceTotal{rank: rank, order: len(totals), parts: map[string]claimHit{}, onlyAlso: true}
			bySource[name] = t
			totals = append(totals, t)
		}
		t.onlyAlso = t.onlyAlso && c.also && c.side != ""
		if retoldPart(t.parts, c) {
			continue
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
	totals = foldAdded(totals)
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

// retoldPart reports whether a source's claim counts again people it has
// counted under another side key: the same count, with one of the two
// described by a word that names no side ("six Syrian soldiers" in the
// lead, "six members of the Syrian Arab Army" below). One dead of each is
// too common a count to say so.
func retoldPart(parts map[string]claimHit, c claimHit) bool {
	bare := func(v string) bool { return v == "members" || v == "member" }
	for side, p := range parts {
		if side != c.side && side != "" && c.side != "" && p.Count == c.Count && c.Count > 1 && (bare(p.Victims) || bare(c.Victims)) {
			return true
		}
	}
	return false
}

// foldAdded adds the figures a source gives only as more dead besides
// those told ("a Turkish soldier was killed ... Four rebels were also
// killed, Reuters reported") to every other source's toll that counts no
// one of their side: they are parts of the one toll, not a rival count.
func foldAdded(totals []*sourceTotal) []*sourceTotal {
	var kept, added []*sourceTotal
	for _, t := range totals {
		if t.onlyAlso {
			added = append(added, t)
		} else {
			kept = append(kept, t)
		}
	}
	if len(kept) == 0 || len(added) == 0 {
		return totals
	}
	for _, t := range kept {
		for _, a := range added {
			for side, c := range a.parts {
				if _, ok := t.parts[side]; ok {
					continue
				}
				t.count += c.Count
				t.low += c.Low
				t.high += c.High
			}
		}
	}
	return kept
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
