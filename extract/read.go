package extract

import (
	"strings"
	"time"
)

// readFrame fills what a sentence says from its words: triggers, the
// markers that open or continue an incident, whether it is background, and
// who its figures are attributed to. The gazetteer mentions, figures and
// dates are already in f.
func readFrame(f *frame, published time.Time) {
	ws := f.words
	key := func(i int) string {
		if i < 0 || i >= len(ws) {
			return ""
		}
		return ws[i].key
	}
	for i := 0; i < len(ws); i++ {
		k := ws[i].key
		if k == "" {
			continue
		}
		if _, first := bigramFirsts[k]; first {
			if m, ok := bigrams[k+" "+key(i+1)]; ok {
				f.addTrigger(i, Span{ws[i].Start, ws[i+1].End}, m)
				i++
				continue
			}
		}
		m, ok := triggers[k]
		if !ok {
			continue
		}
		next := key(i + 1)
		switch k {
		case "fell":
			if next != "to" && next != "into" {
				continue
			}
		case "advanced":
			if next != "into" && next != "on" && next != "in" && next != "toward" && next != "towards" {
				continue
			}
		case "mine":
			if key(i-1) == "coal" || key(i-1) == "gold" {
				continue
			}
		}
		if intended(ws, i) || period(ws, i) {
			continue
		}
		if m == meansCapture && peopleFollow(ws, i) {
			// "captured 43 peacekeepers": people taken, not ground.
			m = meansAbduction
		} else if m == meansCapture && !territoryFollows(f, i) {
			// "seized ammunition" is not territory.
			continue
		}
		f.addTrigger(i, ws[i].Span, m)
	}

	// Markers at the start of the sentence.
	first := key(0)
	if first == "separately" || first == "elsewhere" {
		f.opensNew = true
	}
	for _, w := range ws {
		if w.key == "also" {
			f.also = true
		}
	}
	if first == "in" && (key(1) == "another" || key(1) == "other" || (key(1) == "a" && key(2) == "separate") || key(1) == "separate") {
		f.opensNew = true
	}
	if first == "also" && key(1) == "on" {
		f.opensNew = true
	}
	// "the attack", "the deadly ambush", "Thursday's strike", "the
	// alleged chemical attack": up to two words may stand between.
	for i := 0; i < len(ws); i++ {
		k := ws[i].key
		if k != "the" && k != "that" && k != "this" && k != "s" {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+3; j++ {
			if anaphorNouns[ws[j].key] {
				f.anaphor = true
				break
			}
			if ws[j].punct != 0 {
				break
			}
		}
	}
	for _, w := range ws {
		if w.key == "denied" || w.key == "denies" || w.key == "deny" || w.key == "denying" {
			f.denial = true
		}
	}

	f.blames = responsible(f)
	f.background = isBackground(f, published)
	if several(f) {
		// "Twin attacks kill 40", "in a series of air strikes": the
		// figures sum up several incidents.
		for i := range f.figures {
			f.figures[i].Aggregate = true
		}
	}
	f.speaker, f.relayed = attribution(f)
}

// intended reports whether the trigger at i is an intention or a
// possibility rather than a deed ("in a bid to capture", "would speed up
// its assault", "threatened to attack").
func intended(ws []word, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if ws[j].key == "to" && j > 0 && (ws[j-1].key == "managed" || ws[j-1].key == "able" || ws[j-1].key == "went") {
			return false // "managed to capture" is a deed
		}
		if ws[j].key == "to" && j > 0 && j+1 < i && ws[j+1].key == "be" {
			switch ws[j-1].key {
			case "believed", "thought", "suspected", "said", "reported", "claimed":
				// "gunmen believed to be IS members attacked": who
				// the doers are thought to be, then the deed.
				return false
			}
		}
		switch ws[j].key {
		case "to", "would", "could", "will", "may", "might", "threatened", "vowed", "plans", "planned", "planning", "aims", "prepare", "preparing", "bid", "avoid":
			return true
		}
		if ws[j].punct != 0 {
			break
		}
	}
	return false
}

// period reports whether the trigger at i stands in a span of weeks or
// more ("after weeks of fierce fighting", "months of battles", "clashes
// for months"), which tells of a campaign, not an incident.
func period(ws []word, i int) bool {
	long := func(k string) bool {
		switch k {
		case "weeks", "months", "years", "decade", "decades":
			return true
		}
		return false
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if ws[j].key == "of" && j > 0 && long(ws[j-1].key) {
			return true
		}
	}
	for j := i + 1; j < len(ws) && j <= i+3; j++ {
		if ws[j].key == "for" && j+1 < len(ws) && long(ws[j+1].key) {
			return true
		}
	}
	return false
}

func (f *frame) addTrigger(w int, s Span, m means) {
	f.triggers = append(f.triggers, triggerHit{w: w, span: s, means: m})
}

// peopleFollow reports whether the capture word at i takes people as its
// object: a number or a word for people right after it.
func peopleFollow(ws []word, i int) bool {
	for j := i + 1; j < len(ws) && j <= i+3; j++ {
		k := ws[j].key
		if k == "" {
			return false
		}
		if k[0] >= '0' && k[0] <= '9' {
			return true
		}
		switch k {
		case "peacekeepers", "soldiers", "civilians", "people", "fighters", "hostages", "journalists", "workers", "women", "children", "men", "him", "them", "members", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "several":
			return true
		}
	}
	return false
}

// territoryFollows reports whether a capture word at w takes a place as its
// object: a gazetteer place, or a word such as "town", "village",
// "control", "positions", "hill" within a few words.
func territoryFollows(f *frame, w int) bool {
	end := w + 9
	for i := w + 1; i < len(f.words) && i < end; i++ {
		switch f.words[i].key {
		case "town", "towns", "village", "villages", "city", "control", "positions", "position", "hill", "hills",
			"area", "areas", "neighbourhood", "neighborhood", "district", "base", "airport", "airbase", "dam",
			"territory", "checkpoint", "checkpoints", "front", "camp", "outskirts", "countryside":
			return true
		}
		if f.words[i].punct == '.' || f.words[i].punct == ';' {
			break
		}
	}
	if w+1 < len(f.words) && (f.words[w+1].key == "by" || f.words[w+1].key == "to") {
		return true
	}
	for _, p := range f.places {
		pw := wordAt(f.words, p.Start)
		if pw > w && pw < end {
			return true
		}
	}
	return false
}

// isBackground reports whether a sentence tells of a state, a period or an
// older event rather than an incident of this report: every date it gives
// lies well before publication, or it speaks of years of war.
func isBackground(f *frame, published time.Time) bool {
	if len(f.dates) > 0 && !published.IsZero() {
		old := 0
		for _, d := range f.dates {
			if !d.To.IsZero() && published.Sub(d.To) > backgroundAge {
				old++
			} else if d.since && !d.From.IsZero() && published.Sub(d.From) > backgroundAge {
				// "since September 2014": a campaign, not an incident.
				old++
			}
		}
		if old == len(f.dates) {
			return true
		}
	}
	if len(f.dates) == 0 && len(ownFigures(f)) == 0 && habitual(f) {
		return true
	}
	for i := 0; i < len(f.words); i++ {
		k := f.words[i].key
		next := ""
		if i+1 < len(f.words) {
			next = f.words[i+1].key
		}
		switch {
		case k == "since" && (len(next) == 4 && next[0] >= '1' && next[0] <= '2' || next == "the" && i+2 < len(f.words) && (f.words[i+2].key == "start" || f.words[i+2].key == "beginning")):
			return true
		case k == "once" && (next == "controlled" || next == "held" || next == "ruled"):
			return true
		case k == "years" && (next == "of" || next == "ago"):
			return true
		case (k == "has" || k == "have") && (next == "been" || next == "killed") && len(f.triggers) > 0 && i+2 < len(f.words) && f.words[i+2].key == "dragging":
			return true
		}
	}
	return false
}

// several reports whether the sentence's deed is several deeds: a plural
// trigger noun counted or qualified as several ("twin attacks", "two
// separate attacks", "a series of strikes", "a wave of bombings").
func several(f *frame) bool {
	for _, t := range f.triggers {
		k := f.words[t.w].key
		if t.w+1 < len(f.words) && t.span.End == f.words[t.w+1].End {
			k = f.words[t.w+1].key // a bigram: its noun is the second word
		}
		switch k {
		case "attacks", "strikes", "airstrikes", "raids", "bombings", "explosions", "blasts", "ambushes", "assaults", "bombs":
		default:
			continue
		}
		for i := t.w - 1; i >= 0 && i >= t.w-3; i-- {
			switch f.words[i].key {
			case "twin", "two", "three", "four", "separate", "series", "wave", "multiple", "several", "simultaneous", "coordinated", "string":
				return true
			}
		}
	}
	return false
}

// habitual reports whether a sentence tells of what a group keeps doing
// ("remain active ... and increasingly targeted", "have repeatedly
// shelled") rather than of one deed: a habitual adverb, or a trigger in the
// present perfect.
func habitual(f *frame) bool {
	for i, w := range f.words {
		if (w.key == "for" || w.key == "recent") && i+1 < len(f.words) {
			switch f.words[i+1].key {
			case "weeks", "months", "years", "decades":
				return true // "have pounded Tabqa for weeks", "in recent months"
			}
		}
		switch w.key {
		case "increasingly", "regularly", "frequently", "repeatedly", "often", "routinely", "remain", "remains",
			"continue", "continues", "continued", "usually", "occasionally", "sometimes", "periodically", "typically",
			"common", "uncommon", "rarely":
			return true
		}
	}
	for _, t := range f.triggers {
		for i := t.w - 1; i >= 0 && i >= t.w-3; i-- {
			if k := f.words[i].key; k == "have" || k == "has" {
				return true
			}
		}
	}
	return false
}

// reporting verbs attribute a sentence's figures to a source.
var reportingVerbs = map[string]bool{
	"said": true, "says": true, "reported": true, "reports": true, "told": true, "confirmed": true,
	"stated": true, "announced": true, "documented": true, "claimed": true, "according": true,
	"added": true, "noted": true, "quoted": true, "counted": true, "recorded": true, "tallied": true,
	"put": true, "gave": true, "estimated": true, "cited": true, "saying": true, "reporting": true,
}

// attribution finds who a sentence's figures come from: a source named
// next to a reporting verb ("the Observatory said", "according to SANA",
// "Aamaq reported ... saying"), and the source it relays, if any ("citing
// the Syrian Observatory").
func attribution(f *frame) (speaker, relayed *sourceHit) {
	if len(f.sources) == 0 {
		return nil, nil
	}
	for i := range f.sources {
		s := &f.sources[i]
		w := wordAt(f.words, s.Start)
		we := wordAt(f.words, s.End)
		if w > 0 && (f.words[w-1].key == "citing" || f.words[w-1].key == "quoting" || f.words[w-1].key == "the" && w > 1 && (f.words[w-2].key == "citing" || f.words[w-2].key == "quoting")) {
			if relayed == nil {
				relayed = s
			}
			continue
		}
		near := false
		for j := max(0, w-3); j < len(f.words) && j <= we+4; j++ {
			if reportingVerbs[f.words[j].key] {
				near = true
				break
			}
		}
		if near && speaker == nil {
			speaker = s
		}
	}
	if speaker == nil {
		// A source named anywhere in the sentence is the best guess.
		for i := range f.sources {
			if &f.sources[i] != relayed {
				speaker = &f.sources[i]
				break
			}
		}
	}
	return speaker, relayed
}

// responsible returns the actor a sentence holds responsible for an
// incident told before: "the US-led coalition was behind the strike", "IS
// claimed responsibility for the blast". The actor must be the subject,
// named before the words that lay the blame.
func responsible(f *frame) *actorHit {
	at := -1
	for i := 0; i+1 < len(f.words) && at < 0; i++ {
		k, next := f.words[i].key, f.words[i+1].key
		switch {
		case (k == "was" || k == "were" || k == "is" || k == "are") && next == "behind":
			at = i
		case (k == "claimed" || k == "claims" || k == "claiming") && next == "responsibility":
			at = i
		case (k == "was" || k == "were" || k == "is" || k == "are") && next == "responsible":
			at = i
		}
	}
	if at < 0 {
		return nil
	}
	var who *actorHit
	for i := range f.actors {
		a := &f.actors[i]
		if w := wordAt(f.words, a.Start); w >= 0 && w < at && !a.Member {
			who = a // the nearest before the verb
		}
	}
	return who
}

// bigramFirsts holds the first word of each of bigrams, so that most words
// are not joined to the next to be looked up.
var bigramFirsts = func() map[string]struct{} {
	m := make(map[string]struct{}, len(bigrams))
	for k := range bigrams {
		if first, _, ok := strings.Cut(k, " "); ok {
			m[first] = struct{}{}
		}
	}
	return m
}()
