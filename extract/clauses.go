package extract

import "slices"

// splitClauses cuts a sentence that joins two deeds with "while", "whereas"
// or a semicolon ("the coalition struck IS positions while IS fired mortar
// shells into the city") into one frame per clause, so that each deed can
// become its own incident. A sentence with a single deed stays whole.
func splitClauses(f *frame) []*frame {
	cut := -1
	apart := false // the clauses tell deeds of two days
	for i, w := range f.words {
		if i == 0 {
			continue
		}
		if w.key == "while" || w.key == "whereas" || w.punct == ';' {
			if hasTriggerWord(f.words[:i]) && hasTriggerWord(f.words[i+1:]) {
				cut = i
				break
			}
		}
		if w.key == "and" && twoDays(f, i) {
			cut, apart = i, true
			break
		}
		if w.key == "which" && f.words[i-1].punct == ',' && whichBefore(f, i) {
			cut, apart = i, true
			break
		}
	}
	if cut < 0 {
		if a, b := splitSince(f); b != nil {
			return append([]*frame{a}, splitClauses(b)...)
		}
		return splitEarlier(f)
	}
	at := f.words[cut].Start
	a := &frame{Span: Span{f.Start, at}, index: f.index, words: f.words[:cut], extentDays: f.extentDays}
	b := &frame{Span: Span{f.words[cut].End, f.End}, index: f.index, words: f.words[cut+1:], opensNew: apart}
	a.places, b.places = partition(f.places, at)
	a.actors, b.actors = partition(f.actors, at)
	a.figures, b.figures = partition(f.figures, at)
	a.dates, b.dates = partition(f.dates, at)
	// A source usually closes the sentence ("..., the monitor said") and
	// speaks for both clauses; but a clause that names its own ("the
	// Observatory put the toll at 34, while local activists reported
	// 37") speaks for itself alone.
	// Clipped, so that an append to one clause's list never writes into
	// the other's.
	a.sources, b.sources = ownSources(f.sources, at)
	if len(b.dates) == 0 {
		b.dates = a.dates
	}
	if apart && len(b.places) == 0 && f.words[cut].key == "which" {
		// "a bombing in Hassakeh, which also came under attack on
		// Thursday": the place is what the clause tells of.
		b.places = slices.Clip(a.places)
		b.aside = true
	}
	if apart && len(b.actors) == 0 {
		// "Turkey killed a leader on Sunday, and on Monday killed an
		// artist": the subject does both.
		b.actors = slices.Clip(a.actors)
	}
	return append([]*frame{a}, splitClauses(b)...)
}

// ownSources gives each of two clauses cut at a byte offset the sources
// it names, or, when one names none, all of the sentence's.
func ownSources(srcs []sourceHit, at int) (a, b []sourceHit) {
	a, b = partition(srcs, at)
	if len(a) == 0 || len(b) == 0 {
		return slices.Clip(srcs), slices.Clip(srcs)
	}
	return slices.Clip(a), slices.Clip(b)
}

// twoDays reports whether the "and" at word i joins two deeds of two days
// ("killed a political leader on Sunday, and on Monday killed an
// artist"): each side has a violence word and a day of its own, and the
// days differ.
func twoDays(f *frame, i int) bool {
	if !hasTriggerWord(f.words[:i]) || !hasTriggerWord(f.words[i+1:]) {
		return false
	}
	at := f.words[i].Start
	a, b := partition(f.dates, at)
	if len(a) == 0 || len(b) == 0 || a[0].reported || b[0].reported {
		return false
	}
	if i+2 >= len(f.words) || b[0].Start > f.words[i+2].Start {
		// The second clause opens with its day ("and on Monday
		// killed"); a day further on ("and wounded five, claiming
		// the attack on 22 March") dates something else.
		return false
	}
	if !a[0].From.IsZero() && !b[0].From.IsZero() {
		return !a[0].From.Equal(b[0].From) || !a[0].To.Equal(b[0].To)
	}
	da, db := dayName(f, a[0]), dayName(f, b[0])
	return da != "" && db != "" && da != db
}

// whichBefore reports whether the relative clause opening with "which"
// at word i tells another deed of another day at the place just named
// ("a car bomb hit a building in Hassakeh, which also came under an IS
// attack on Thursday"): each side has a violence word and a day of its
// own, and the days differ.
func whichBefore(f *frame, i int) bool {
	if !hasTriggerWord(f.words[:i]) || !hasTriggerWord(f.words[i+1:]) {
		return false
	}
	a, b := partition(f.dates, f.words[i].Start)
	if len(a) == 0 || len(b) == 0 || a[0].reported || b[0].reported || len(partitionPlaces(f, i)) == 0 {
		return false
	}
	if !a[0].From.IsZero() && !b[0].From.IsZero() {
		return !sameDay(a[0], b[0])
	}
	da, db := dayName(f, a[0]), dayName(f, b[0])
	return da != "" && db != "" && da != db
}

// partitionPlaces returns the places named before word i.
func partitionPlaces(f *frame, i int) []placeHit {
	a, _ := partition(f.places, f.words[i].Start)
	return a
}

// partition splits marks at a byte offset: those that start before it, and
// the rest.
func partition[T interface{ span() Span }](xs []T, at int) (before, after []T) {
	for _, x := range xs {
		if x.span().Start < at {
			before = append(before, x)
		} else {
			after = append(after, x)
		}
	}
	return before, after
}

func hasTriggerWord(ws []word) bool {
	for i, w := range ws {
		if _, ok := triggers[w.key]; ok {
			return true
		}
		if i+1 < len(ws) {
			if _, ok := bigrams[w.key+" "+ws[i+1].key]; ok {
				return true
			}
		}
	}
	return false
}

// resolveGeneric gives generic mentions ("the insurgents", "the jihadists")
// the identity of the armed group of their side the report last named (or,
// failing that, of any armed group it last named), and drops a
// generic that a specific name right after it explains ("insurgents of
// Hayat Tahrir al-Sham"). Generic words for states ("troops") and for
// unknown attackers ("gunmen") keep their own meaning.
func resolveGeneric(frames []*frame) {
	// The last armed group named, overall and per side.
	var last *actorHit
	lastAt := 0
	bySide := map[string]*actorHit{}
	for fi, f := range frames {
		if len(f.words) > 0 && (f.words[0].key == "separately" || f.words[0].key == "elsewhere") {
			// "Separately, ... clashes with jihadi rebels": another
			// story, in which the group just named is not the one meant.
			last = nil
		}
		// before is the group named before this sentence: one named in
		// it away from the common noun is another party to the deed
		// ("14 YPG fighters and nine rebels were killed").
		before, beforeAt := last, lastAt
		if last != nil && f.index-lastAt <= 2 {
			if a, ok := groupAnaphor(f, *last); ok {
				f.actors = slices.Insert(f.actors, 0, a)
			}
		}
		kept := f.actors[:0]
		for i := range f.actors {
			a := f.actors[i]
			if localForces(f, a) {
				// "local security forces or members of a Turkish-backed
				// faction": the police of whoever holds the place, which
				// the other side named tells.
				continue
			}
			if a.Generic && nonState(a) {
				if i+1 < len(f.actors) && !f.actors[i+1].Generic && !f.actors[i+1].Member && f.actors[i+1].Start-a.End <= 24 && nonState(f.actors[i+1]) {
					continue
				}
				if b := bySide[a.Side]; b != nil {
					a.ID, a.Name, a.ACLED, a.Kind, a.Side = b.ID, b.Name, b.ACLED, b.Kind, b.Side
				} else if by := standIn(f, a, last, lastAt, before, beforeAt); by != nil {
					// Another side's group stands in only when just named
					// ("... of Hayat Tahrir al-Sham. The insurgents ...").
					a.ID, a.Name, a.ACLED, a.Kind, a.Side = by.ID, by.Name, by.ACLED, by.Kind, by.Side
				} else if b := namedLater(frames, fi, a.Side); b != nil {
					// "Rebel factions overran the city ... The operation
					// was spearheaded by the Army of Conquest": a group
					// first told by a common noun and named soon after.
					a.ID, a.Name, a.ACLED, a.Kind, a.Side = b.ID, b.Name, b.ACLED, b.Kind, b.Side
				}
			}
			kept = append(kept, a)
			if !a.Generic && !a.Member && nonState(a) {
				cp := a
				last, lastAt = &cp, f.index
				bySide[a.Side] = &cp
			}
		}
		f.actors = kept
	}
}

// standIn returns the group of another side a common noun stands for:
// the one just named, if it heads the noun ("Free Syrian Army rebels") or
// was named in the sentence before. A group named earlier in the same
// sentence is another party ("government forces and allied militiamen
// clashed with rebels"), so the one before the sentence is taken.
func standIn(f *frame, a actorHit, last *actorHit, lastAt int, before *actorHit, beforeAt int) *actorHit {
	if last != nil && last != before {
		if a.Start-last.End <= 1 {
			return last
		}
		last, lastAt = before, beforeAt
	}
	if last != nil && f.index-lastAt <= 1 && mayStandFor(a, *last) {
		return last
	}
	return nil
}

// mayStandFor reports whether a common noun may name a group of another
// side: wire reports call neither the Kurdish forces nor the government's
// militias "rebels" or "the opposition".
func mayStandFor(a, b actorHit) bool {
	return a.Side != "opposition" || b.Side != "kurdish" && b.Side != "government"
}

// localForces reports whether a is a state's generic name qualified as
// local ("local security forces") in a sentence that names another armed
// side: the forces of whoever holds the place, not the state's.
func localForces(f *frame, a actorHit) bool {
	if !a.Generic || nonState(a) {
		return false
	}
	w := wordAt(f.words, a.Start)
	if w < 1 || f.words[w-1].key != "local" {
		return false
	}
	for _, b := range f.actors {
		if b.ID != a.ID && b.Kind != "civilians" {
			return true
		}
	}
	return false
}

// groupAnaphor returns the group a sentence opening with "The group" or
// "The militants" refers back to: the armed group just named ("The IS
// offensive started on May 13. The group has since captured two towns").
func groupAnaphor(f *frame, last actorHit) (actorHit, bool) {
	if len(f.words) < 3 || f.words[0].key != "the" {
		return actorHit{}, false
	}
	switch f.words[1].key {
	case "group", "militants", "extremists", "organisation", "organization":
	default:
		return actorHit{}, false
	}
	for _, a := range f.actors {
		if a.Start < f.words[1].End {
			return actorHit{}, false
		}
	}
	a := last
	a.Span = Span{f.words[0].Start, f.words[1].End}
	a.Generic = true
	return a, true
}

// laterSentences bounds how far on a report may name a group it first
// told of by a common noun ("the rebels").
const laterSentences = 3

// namedLater returns the first non-state group of the given side that the
// sentences just after frames[i] name, or nil.
func namedLater(frames []*frame, i int, side string) *actorHit {
	if side == "" {
		return nil
	}
	from := frames[i].index
	for _, f := range frames[i+1:] {
		if f.index-from > laterSentences {
			break
		}
		for _, a := range f.actors {
			if !a.Generic && !a.Member && nonState(a) && a.Side == side {
				return &a
			}
		}
	}
	return nil
}

// nonState reports whether a mention names a non-state armed group other
// than the catch-all for unknown attackers.
func nonState(a actorHit) bool {
	switch a.Kind {
	case "rebel_group", "political_militia", "identity_militia":
		return a.ID != "unidentified-armed-group"
	}
	return false
}

// earlierUnits are the spans of time a clause may be told to precede the
// sentence's deed by, in days ("a day after", "two days after", "hours
// after").
var earlierUnits = map[string]int{"day": 1, "days": 1, "hours": 0, "week": 7, "weeks": 7}

// splitEarlier cuts off a clause that tells of an earlier deed with a
// figure of its own ("five civilians were killed on Wednesday, a day after
// 14 civilians were killed in the same district"): it is another incident,
// dated back from the sentence's day, and its figure is not this one's.
func splitEarlier(f *frame) []*frame {
	for i := 2; i+1 < len(f.words); i++ {
		if f.words[i].key != "after" {
			continue
		}
		days, ok := earlierUnits[f.words[i-1].key]
		came := cameAfter[f.words[i-1].key]
		if !ok && !came {
			continue
		}
		n := 1
		if came {
			// "Sunday's violence came after three soldiers died on
			// Friday": the clause names its own day, or none.
			n, days = 0, 0
		} else if q := f.words[i-2].key; q != "a" && q != "one" && q != "an" {
			if v, ok := smallNumbers[q]; ok {
				n = v
			} else if days != 0 {
				continue
			}
		}
		cut := i - 2
		if came {
			cut = i
		}
		at := f.words[cut].Start
		a, b := slices.Clip(f.figures), []figureHit(nil)
		a, b = partition(a, at)
		if len(a) == 0 && !came || len(b) == 0 || !hasTriggerWord(f.words[i+1:]) {
			continue
		}
		first := &frame{Span: Span{f.Start, at}, index: f.index, words: f.words[:cut:cut], extentDays: f.extentDays}
		// readFrame reads the rest of each clause later; that the second
		// tells another incident is known only here.
		second := &frame{Span: Span{f.words[i].End, f.End}, index: f.index, words: f.words[i+1:], opensNew: true}
		first.figures, second.figures = a, b
		first.places, second.places = partition(f.places, at)
		if len(second.places) == 0 {
			// "... in al-Bab, a day after three others were killed":
			// the earlier deed is told of the same place.
			second.places = slices.Clip(first.places)
		}
		first.actors, second.actors = partition(f.actors, at)
		first.dates, second.dates = partition(f.dates, at)
		first.sources, second.sources = slices.Clip(f.sources), slices.Clip(f.sources)
		for _, d := range first.dates {
			if w := dayName(f, d); w != "" && !d.reported && n*days > 0 && n*days < 7 {
				second.day = weekdayBefore(w, n*days)
				break
			}
		}
		if len(second.dates) == 0 {
			for _, d := range first.dates {
				if d.From.IsZero() || d.reported {
					continue
				}
				back := d
				back.From, back.To = d.From.AddDate(0, 0, -n*days), d.To.AddDate(0, 0, -n*days)
				second.dates = []dateHit{back}
				break
			}
		}
		return []*frame{first, second}
	}
	return []*frame{f}
}

// weekdayOrder lists the days of the week in order.
var weekdayOrder = []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// weekdayBefore returns the weekday n days before day.
func weekdayBefore(day string, n int) string {
	i := slices.Index(weekdayOrder, day)
	if i < 0 {
		return ""
	}
	return weekdayOrder[((i-n)%7+7)%7]
}

// cameAfter are the verbs that set the deed of a sentence after an
// earlier one it then tells ("came after", "followed ... after").
var cameAfter = map[string]bool{"came": true, "comes": true, "coming": true}

// splitSince cuts off a "since" clause that tells the deed the sentence's
// own followed: "IS has executed 17 people since it took control of the
// city on Wednesday". The executions and the capture are two incidents;
// the figure is the first clause's. A "since" before a date ("since
// Wednesday") is a span, not a deed, and cuts nothing.
func splitSince(f *frame) (first, second *frame) {
	for i := 1; i+2 < len(f.words); i++ {
		if f.words[i].key != "since" {
			continue
		}
		switch f.words[i+1].key {
		case "it", "they", "he", "the", "its", "their":
		default:
			continue
		}
		at := f.words[i].Start
		a, b := partition(f.figures, at)
		if len(a) == 0 || len(b) != 0 || !hasTriggerWord(f.words[:i]) {
			continue
		}
		// The clause must tell a deed of its own within a few words.
		deed := false
		for k := i + 2; k < len(f.words) && k <= i+4; k++ {
			if _, ok := triggers[f.words[k].key]; ok {
				deed = true
			}
		}
		if !deed {
			continue
		}
		first = &frame{Span: Span{f.Start, at}, index: f.index, words: f.words[:i:i], extentDays: f.extentDays}
		second = &frame{Span: Span{f.words[i].End, f.End}, index: f.index, words: f.words[i+1:], opensNew: true}
		first.figures = slices.Clip(a)
		first.places, second.places = partition(f.places, at)
		first.actors, second.actors = partition(f.actors, at)
		first.dates, second.dates = partition(f.dates, at)
		first.sources, second.sources = ownSources(f.sources, at)
		if len(second.actors) == 0 || second.actors[0].Generic {
			// "since they took control": the doer of both.
			second.actors = append(slices.Clip(first.actors), second.actors...)
		}
		if len(first.places) == 0 {
			first.places = slices.Clip(second.places)
		}
		return first, second
	}
	return f, nil
}

// smallNumbers are the number words a span of time is counted in.
var smallNumbers = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7}
