package extract

import (
	"slices"
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
				if m == meansCapture && (doubtfulTake(ws, i) || facilityTaken(ws, i+1)) {
					m = meansClash
				}
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
		case "explosion", "explosions", "blast", "blasts":
			// "explosions from barrel bombs dropped by aircraft": the
			// sound of another means, which decides.
			if (next == "from" || next == "caused") && otherMeansAfter(ws, i+2) {
				continue
			}
		case "bomb", "bombs":
			// "Bombs planted on a bus"; bombs dropped from the air are
			// air strikes, which "barrel bombs" already reads.
			if next == "dropped" || key(i-1) == "cluster" || key(i-1) == "vacuum" {
				continue
			}
		case "strike", "strikes":
			// A strike of war is a group's ("a Turkish strike", "an
			// Israeli strike") or is told by what it hit ("the strike
			// on the house", "the strike targeted"); a hunger or a
			// general strike is neither.
			if !isActorWord(f, i) && !(i > 0 && isActorWord(f, i-1)) && !strikeObject[next] && !strikeBefore[key(i-1)] {
				continue
			}
		case "fighting":
			// "rebels fighting to topple Assad", "the YPG, which is
			// fighting under the banner of the SDF": who a group is and
			// what it fights for, not a deed of the report.
			if next == "to" || next == "under" || next == "for" || key(i-1) == "is" || key(i-1) == "are" {
				continue
			}
		case "struck":
			// "The coalition struck IS positions" is a strike from the
			// air; "a shell struck the house" takes its means from the
			// weapon that struck.
			if weaponBefore(ws, i) {
				continue
			}
		case "control":
			// "managed to control the villages": the deed, as
			// intended() lets through; "control" of a state ("areas
			// under their control") is none.
			if key(i-1) != "to" {
				continue
			}
		case "controlled", "controlling":
			// "IS controlled the pumping station after clashes", not
			// "regime-controlled", "areas controlled by", "once
			// controlled", "was controlled".
			if next == "by" || i > 0 && ws[i-1].punct == '-' || !takesObject(ws, i) {
				continue
			}
			switch key(i - 1) {
			case "once", "was", "were", "is", "are", "be", "been", "areas", "area", "territory", "territories", "still", "already", "previously", "formerly", "had", "has", "have", "which", "that", "it", "they":
				continue
			}
		}
		if intended(ws, i) || period(ws, i) {
			continue
		}
		if m == meansCapture && (doubtfulTake(ws, i) || facilityTaken(ws, i)) {
			// Ground held for a while, or a building taken back after
			// an attack on it: the fighting, not a change of territory.
			m = meansClash
		}
		if m == meansCapture && (peopleFollow(ws, i) || peopleTaken(ws, i)) {
			// "captured 43 peacekeepers": people taken, not ground.
			m = meansAbduction
		} else if m == meansCapture && !territoryFollows(f, i) {
			// "seized ammunition" is not territory.
			continue
		}
		f.addTrigger(i, ws[i].Span, m)
	}

	f.gunfire = gunfire(ws)
	f.backDays = daysBefore(ws)
	weaponDecides(f)
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
		if i > 0 && halts[ws[i-1].key] && i+1 < len(ws) && ws[i+1].key == "fighting" {
			// "the agreement to halt the fighting": the war a truce
			// would stop, not a deed the report has told.
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
	f.claimed, f.claimedOther = claimedDoers(f)
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

// strikeObject are the words after "strike" that tell a strike of war by
// what it hit or did.
var strikeObject = map[string]bool{
	"on": true, "targeted": true, "targeting": true, "hit": true, "killed": true, "against": true,
	"that": true, "which": true, "destroyed": true,
}

// weaponDecides lets the weapon a sentence names decide over the generic
// word for bombing: "Khaldiyeh is being bombed, with shells and rockets"
// is shelling. "Bombed" says only that explosives fell; a sentence that
// names no aircraft but names shells tells of shelling.
func weaponDecides(f *frame) {
	generic, shells := false, false
	for _, t := range f.triggers {
		switch {
		case t.means == meansAir && t.span.End-t.span.Start == len(f.words[t.w].key) && (f.words[t.w].key == "bombed" || f.words[t.w].key == "bombing"):
			generic = true
		case t.means == meansAir:
			return // an aircraft or an air strike is named
		case t.means == meansShelling:
			shells = true
		}
	}
	if !generic || !shells {
		return
	}
	for i := range f.triggers {
		if f.triggers[i].means == meansAir {
			f.triggers[i].means = meansShelling
		}
	}
}

// otherMeansAfter reports whether a means other than an explosive is
// named in the few words from i: "from barrel bombs", "caused by
// shelling", but not "from an explosives-rigged motorbike".
func otherMeansAfter(ws []word, i int) bool {
	for j := i; j < len(ws) && j <= i+2; j++ {
		if j+1 < len(ws) {
			if m, ok := bigrams[ws[j].key+" "+ws[j+1].key]; ok && m != meansIED {
				return true
			}
		}
		if m, ok := triggers[ws[j].key]; ok && m != meansIED && m != meansKilling {
			return true
		}
	}
	return false
}

// dayCounts are the spelled-out day counts of a campaign.
var dayCounts = map[string]int{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}

// daysBefore returns the days of a campaign a sentence says ended in its
// deed: "overran the city after a four-day campaign", "after three days of
// fighting". The deed's day is the last of them. Zero if none.
func daysBefore(ws []word) int {
	for i, w := range ws {
		if w.key != "after" {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+4; j++ {
			n := dayCounts[ws[j].key]
			if n == 0 {
				if ws[j].punct != 0 {
					break
				}
				continue
			}
			k := j + 1
			if k < len(ws) && ws[k].punct == '-' {
				k++
			}
			if k < len(ws) && (ws[k].key == "day" || ws[k].key == "days") {
				return n
			}
			break
		}
	}
	return 0
}

// gunfire reports whether the words tell of small arms used: "opened
// fire", "shot", "began to fire from their car", "small arms fire".
func gunfire(ws []word) bool {
	for i, w := range ws {
		switch w.key {
		case "shot", "gunfire", "gunshots", "firefight", "shooting":
			return true
		case "fire":
			if i > 0 {
				switch ws[i-1].key {
				case "opened", "open", "returned", "arms", "to", "of", "exchanged":
					return true
				}
			}
		}
	}
	return false
}

// strikeBefore are the words before "strike" that tell a strike of war
// already told or counted: "an earlier strike", "the latest strike".
var strikeBefore = map[string]bool{
	"earlier": true, "previous": true, "latest": true, "deadly": true, "another": true, "fresh": true,
}

// doubtfulTake reports whether a capture word at i tells a hold on ground
// that did not last or is not established: "briefly captured", "allegedly
// captured", "achieved partial control", "maintained control". ACLED codes
// such fighting as a clash, not a change of territory.
func doubtfulTake(ws []word, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		switch ws[j].key {
		case "briefly", "allegedly", "temporarily", "partial", "partially", "maintained", "retained", "kept":
			return true
		}
		if ws[j].punct != 0 {
			break
		}
	}
	return false
}

// facilityNouns are buildings a side may take back after an attack on
// them, which is not ground changing hands.
var facilityNouns = map[string]bool{
	"prison": true, "jail": true, "hospital": true, "building": true, "house": true, "school": true,
	"headquarters": true, "compound": true,
}

// facilityTaken reports whether the capture word at i takes a building as
// its object: "recaptured a prison that IS had stormed" ends a fight for
// the building.
func facilityTaken(ws []word, i int) bool {
	for j := i + 1; j < len(ws) && j <= i+3; j++ {
		switch k := ws[j].key; {
		case k == "a" || k == "an" || k == "the" || k == "its" || k == "their":
			continue
		case facilityNouns[k]:
			return true
		}
		return false
	}
	return false
}

// weaponBefore reports whether a weapon stands in the few words before the
// verb at i ("a mortar shell struck", "two explosions have struck").
func weaponBefore(ws []word, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if m, ok := triggers[ws[j].key]; ok && m != meansAir && m != meansKilling {
			return true
		}
		switch ws[j].key {
		case "bomb", "bombs", "shell", "shells", "device", "vehicle", "car":
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

// takesObject reports whether the word at i ("controlled") is a verb with
// its object after it ("IS controlled the station", "controlled two
// villages", "controlled Tal Rifaat") rather than a participle qualifying
// the noun after it ("an IS controlled village").
func takesObject(ws []word, i int) bool {
	if i+1 >= len(ws) {
		return false
	}
	n := ws[i+1]
	switch n.key {
	case "the", "a", "an", "parts", "part", "most", "much", "all", "several", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten":
		return true
	}
	if n.key != "" && n.key[0] >= '0' && n.key[0] <= '9' {
		return true
	}
	// A name: its first letter is a capital in the text.
	return n.capital
}

// peopleFollow reports whether the capture word at i takes people as its
// object: a number or a word for people right after it.
func peopleFollow(ws []word, i int) bool {
	for j := i + 1; j < len(ws) && j <= i+3; j++ {
		k := ws[j].key
		if k == "" {
			return false
		}
		if (k[0] >= '0' && k[0] <= '9' || numberWords[k]) && j+1 < len(ws) && placeNouns[ws[j+1].key] {
			return false // "captured two villages"
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

// peopleTaken reports whether the capture verb at i is a passive one told
// of people named before it: "43 peacekeepers seized in the Golan", "two
// aid workers were captured near the town". "Soldiers captured the town"
// has an object and is ground taken.
func peopleTaken(ws []word, i int) bool {
	if i+1 < len(ws) && !passiveAfter[ws[i+1].key] {
		return false
	}
	j := i - 1
	for j >= 0 && (ws[j].key == "were" || ws[j].key == "was" || ws[j].key == "been" || ws[j].key == "being") {
		j--
	}
	if j < 0 {
		return false
	}
	switch ws[j].key {
	case "peacekeepers", "civilians", "people", "hostages", "journalists", "workers", "women", "children", "observers", "monitors":
		return true
	}
	return false
}

// passiveAfter are the words that may follow a passive verb with no
// object: where, by whom, when.
var passiveAfter = map[string]bool{
	"in": true, "by": true, "near": true, "on": true, "at": true, "from": true, "during": true, "after": true, "outside": true, "": true,
}

// numberWords are the small counts a report spells out.
var numberWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true, "several": true, "dozens": true,
}

// placeNouns are words for ground that can be taken.
var placeNouns = map[string]bool{
	"town": true, "towns": true, "village": true, "villages": true, "city": true, "hill": true, "hills": true,
	"positions": true, "position": true, "checkpoints": true, "checkpoint": true, "areas": true, "neighbourhoods": true,
	"neighborhoods": true, "districts": true, "farms": true, "bases": true, "points": true, "outposts": true,
	"hilltop": true, "hilltops": true, "heights": true, "ridge": true, "ridges": true, "peaks": true,
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
			"territory", "checkpoint", "checkpoints", "front", "camp", "outskirts", "countryside",
			"hilltop", "hilltops", "heights", "ridge", "ridges", "mountain", "mountains", "peak", "peaks":
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
			"usually", "occasionally", "sometimes", "periodically", "typically",
			"common", "uncommon", "rarely":
			return true
		case "continue", "continues", "continued":
			// "IS continues to launch attacks from the desert" is a
			// habit; "attacks continue to target the hospital in Ras
			// al-Ain" is the shelling of one town going on as the
			// report is told.
			if !atTown(f) {
				return true
			}
		}
	}
	for _, t := range f.triggers {
		if t.means == meansCapture || t.means == meansKilling {
			// "Government forces have recaptured the town", "20 people
			// have been killed": ground is taken and people die once,
			// so the present perfect tells the news, not a habit.
			continue
		}
		for i := t.w - 1; i >= 0 && i >= t.w-3; i-- {
			if k := f.words[i].key; k == "have" || k == "has" {
				return true
			}
		}
	}
	return false
}

// halts are the verbs of a truce: "the fighting" they would stop is the
// war at large.
var halts = map[string]bool{"halt": true, "halting": true, "stop": true, "stopping": true, "end": true, "ending": true, "cease": true, "suspend": true, "pause": true}

// atTown reports whether a sentence names a town, village or
// neighbourhood: a deed there is one incident, whatever its tense.
func atTown(f *frame) bool {
	return slices.ContainsFunc(f.places, func(p placeHit) bool { return p.Level == 4 || p.Level == 5 })
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

// claimedDoers returns the doers a sentence says someone blames: "it
// blamed rebels for the attack", "accused government forces of", "said it
// was the work of terrorist gangs", "charged it was a massacre carried out
// by government forces". other is set when a blame names no actor the
// gazetteer knows.
func claimedDoers(f *frame) (doers []actorHit, other bool) {
	says := false
	for i, w := range f.words {
		switch w.key {
		case "said", "says", "charged", "claimed", "alleged", "accused", "insisted":
			says = true
		}
		var from int
		switch {
		case w.key == "blamed" || w.key == "blames" || w.key == "blaming" || w.key == "accused" || w.key == "accuses" || w.key == "accusing":
			from = i + 1
		case w.key == "work" && i+1 < len(f.words) && f.words[i+1].key == "of" && i > 0 && f.words[i-1].key == "the":
			from = i + 2
		case says && w.key == "by" && i > 1 && (f.words[i-1].key == "out" && f.words[i-2].key == "carried" || f.words[i-1].key == "committed" || f.words[i-1].key == "perpetrated"):
			from = i + 1
		default:
			continue
		}
		a, ok := actorFrom(f, from, 6)
		if ok && w.key != "work" && w.key != "by" && !deedAfter(f, from) {
			// "accusing them of collaborating with the SDF": a charge
			// against the victims, not blame for the deed.
			continue
		}
		if ok {
			doers = append(doers, a)
		} else if w.key == "work" {
			other = true
		}
	}
	return doers, other
}

// deedAfter reports whether a deed is named in the words after i, as
// blame for it names it: "blamed rebels for the attack", "accused the army
// of shelling the town".
func deedAfter(f *frame, i int) bool {
	for j := i; j < len(f.words) && j < i+10; j++ {
		if f.words[j].punct == '.' || f.words[j].punct == ';' {
			return false
		}
		k := f.words[j].key
		if _, ok := triggers[k]; ok || anaphorNouns[k] {
			return true
		}
	}
	return false
}

// actorFrom returns the first actor that starts within n words from word
// i, before any stop ("for", "of" after it, a full stop).
func actorFrom(f *frame, i, n int) (actorHit, bool) {
	for j := i; j < len(f.words) && j < i+n; j++ {
		if k := f.words[j].key; k == "for" || k == "in" || f.words[j].punct == '.' || f.words[j].punct == ';' {
			break
		}
		for _, a := range f.actors {
			if wordAt(f.words, a.Start) == j && !a.Member {
				return a, true
			}
		}
	}
	return actorHit{}, false
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
