package extract

import "slices"

// roles finds who attacked whom in one sentence. It reads the sentence's
// actor mentions around its main trigger with the constructions wire
// reports use:
//
//	X ambushed Y                      attacker X, target Y
//	Y came under (an) attack from X   attacker X, target Y
//	Y was attacked by X               attacker X, target Y
//	an attack by X on Y               attacker X, target Y
//	a Turkish drone strike            attacker Turkey
//	X's positions were shelled by Y   attacker Y, target X
//	clashes between X and Y           parties X and Y
//	X clashed with Y                  parties X and Y
//	X and Y fighters clashed          parties X and Y
//	between X and Z against Y         parties X and Y (Z is X's ally)
//
// A mention stands for the group ACLED codes: "A, which operates under
// B" is B; "gunmen believed to be X" are X; "a former rebel who joined
// the army's Fifth Corps" is the army. The dead name the target, also
// when their group follows the victim phrase ("a commander in X", "a
// member of X's 4th Division"). A sentence with only a casualty phrase
// ("IS assassinated a YPG commander") reads its first word as the deed.
// and otherwise the first actor before the trigger attacks the first after
// it. Victim nouns ("27 soldiers") name a target when no other does.
func roles(f *frame) (attack, target []actorHit, parties bool) {
	attack, target, parties = deedRoles(f)
	if len(target) > 0 {
		return attack, target, parties
	}
	// "Regime forces shelled the town as clashes took place between
	// regime forces and IS": the sides of a clash the sentence names
	// beside its main deed, when that deed named no target.
	if x, y, ok := clashSides(f); ok && (len(attack) == 0 || containsActor([]actorHit{x, y}, attack[0])) {
		if len(attack) > 0 && sameSide(attack[0], y) {
			x, y = y, x
		}
		return []actorHit{x}, []actorHit{y}, true
	}
	return attack, target, parties
}

// clashSides reads the sides of a clash named "between X and Y" anywhere
// in the sentence.
func clashSides(f *frame) (x, y actorHit, ok bool) {
	for _, t := range f.triggers {
		if t.means != meansClash {
			continue
		}
		for j := t.w + 1; j < len(f.words) && j <= t.w+12; j++ {
			if p := f.words[j].punct; p == ';' || p == '.' {
				break
			}
			if f.words[j].key == "between" {
				return between(f, j, sides(f, j))
			}
		}
	}
	return x, y, false
}

// sides lists the actor mentions after word w that may be a side, as
// ACLED codes them.
func sides(f *frame, w int) []pos {
	var after []pos
	for _, a := range f.actors {
		aw := wordAt(f.words, a.Start)
		if aw <= w || modifierOnly(f, a) || supporter(f, aw) || isParent(f, a) {
			continue
		}
		after = append(after, pos{aw, coded(f, a)})
	}
	return after
}

// between reads the two sides named after "between" at word j: "between
// X and Y", "between X and allied militias against Y".
func between(f *frame, j int, after []pos) (x, y actorHit, ok bool) {
	// "between X and allied militias against Y", "between X and US
	// special forces against Y": the side after "against" is the
	// other; who stands with X is its ally.
	if a, b, ok := betweenAgainst(f, j, after); ok {
		return a, b, true
	}
	var got []actorHit
	for _, a := range after {
		if a.w > j && !a.a.Member && len(got) < 2 {
			if len(got) == 1 && sameSide(got[0], a.a) {
				continue
			}
			got = append(got, a.a)
		}
	}
	if len(got) == 2 {
		return got[0], got[1], true
	}
	return x, y, false
}

// deedRoles reads the sides around the sentence's main trigger.
func deedRoles(f *frame) (attack, target []actorHit, parties bool) {
	t := mainTrigger(f)
	var tw int
	var tm means
	if t >= 0 {
		tw, tm = f.triggers[t].w, f.triggers[t].means
	} else {
		// No violence word, only a casualty phrase ("IS assassinated a
		// YPG commander", "the body of a QSD commander was found"): the
		// phrase's first word stands for the deed.
		fg := ownFigures(f)
		if len(fg) == 0 {
			return nil, nil, false
		}
		tw, tm = wordAt(f.words, fg[0].Start), meansKilling
		if tw < 0 {
			return nil, nil, false
		}
	}
	var before, after []pos
	// Where the dead are named after the trigger ("executed two men
	// accused of spying for the government"): the deed's object, beyond
	// which no actor is its target.
	var victims []int
	for _, fg := range f.figures {
		if fg.VictimsText.Len() > 0 {
			if w := wordAt(f.words, fg.VictimsText.Start); w > tw {
				victims = append(victims, w)
			}
		}
	}
	for _, a := range f.actors {
		w := wordAt(f.words, a.Start)
		if w < 0 || modifierOnly(f, a) || supporter(f, w) || isParent(f, a) || finder(f, a) || otherDeedClause(f, w, tw) {
			continue
		}
		a = coded(f, a)
		if w > tw && victim(f, a) {
			// "killing four SDF fighters": the dead are a target,
			// whatever the word for them; withVictims names their side.
			continue
		}
		if w < tw {
			before = append(before, pos{w, a})
		} else if w > tw {
			after = append(after, pos{w, a})
		}
	}
	key := func(i int) string {
		if i < 0 || i >= len(f.words) {
			return ""
		}
		return f.words[i].key
	}
	// firstAfter returns the first actor after word w, preferring a
	// specific actor to a member noun.
	firstAfter := func(w int) (actorHit, bool) {
		var member *actorHit
		// The dead are the object when they come first: "executed four
		// civilians, accusing them of working for the SDF".
		end := len(f.words)
		for _, v := range victims {
			if v > w && v < end {
				end = v
			}
		}
		for i := range after {
			if after[i].w <= w || after[i].w > end {
				continue
			}
			if after[i].a.Member {
				if member == nil {
					member = &after[i].a
				}
				continue
			}
			return after[i].a, true
		}
		if member != nil {
			return *member, true
		}
		return actorHit{}, false
	}
	// subject is the head of the clause before the trigger: the first
	// actor of the nearest clause, not the nearest actor ("IS members
	// wearing QSD uniforms attacked").
	subject := func() (actorHit, bool) {
		if len(before) == 0 {
			return actorHit{}, false
		}
		// Start from the last clause break before the trigger.
		brk := -1
		for i := tw - 1; i >= 0; i-- {
			if p := f.words[i].punct; p == ';' || (p == ',' && i < before[0].w) {
				brk = i
				break
			}
		}
		for _, b := range before {
			if b.w > brk && !b.a.Member {
				return b.a, true
			}
		}
		for _, b := range before {
			if b.w > brk {
				return b.a, true
			}
		}
		return before[len(before)-1].a, true
	}

	// "came under ... from/by X"
	for i := tw - 1; i >= 0 && i >= tw-4; i-- {
		if key(i) == "under" && (key(i-1) == "came" || key(i-1) == "come" || key(i-1) == "coming" || key(i-1) == "comes") {
			for j := tw + 1; j < len(f.words) && j <= tw+4; j++ {
				if key(j) == "from" || key(j) == "by" {
					if a, ok := firstAfter(j); ok {
						attack = append(attack, a)
					}
					break
				}
			}
			if s, ok := subject(); ok {
				target = append(target, s)
			}
			return attack, withVictims(f, attack, target), false
		}
	}
	if tm == meansCapture {
		if a, tg, ok := captureRoles(f, tw, firstAfter, subject); ok {
			return a, withVictims(f, a, tg), false
		}
	}
	// "between X and Y", also past what the clash was accompanied by:
	// "clashes, accompanied by regime shelling, took place between X
	// and Y".
	for j := tw + 1; j < len(f.words) && j <= tw+12; j++ {
		if p := f.words[j].punct; p == ';' || p == '.' {
			break
		}
		if key(j) == "between" {
			if a, b, ok := between(f, j, after); ok {
				return []actorHit{a}, []actorHit{b}, true
			}
		}
	}
	// Passive: "Y was/were <verb>ed by X", or a nominal "<trigger> by X".
	byAt := -1
	for j := tw + 1; j < len(f.words) && j <= tw+4; j++ {
		if key(j) == "by" {
			byAt = j
			break
		}
	}
	if byAt >= 0 {
		if a, ok := firstAfter(byAt); ok && !a.Member {
			attack = append(attack, a)
			// "an attack by X on/against Y"
			for j := byAt + 1; j < len(f.words) && j <= byAt+8; j++ {
				if key(j) == "on" || key(j) == "against" || key(j) == "targeting" {
					if b, ok := firstAfter(j); ok {
						target = append(target, b)
					}
					break
				}
			}
			if len(target) == 0 {
				if s, ok := subject(); ok && !sameSide(s, a) {
					if repelled(f, s, tw) {
						// "Y repelled an attack by X": ACLED names
						// the side that held first.
						return []actorHit{s}, attack, true
					}
					target = append(target, s)
				}
			}
			return attack, withVictims(f, attack, target), false
		}
	}
	// Adjectival attacker right before the trigger: "a Turkish drone
	// strike", "Russian air strikes", "an IS attack".
	for _, b := range before {
		if b.w >= tw-3 && !b.a.Member && !verbal(f, tw) && adjacentModifier(f, wordAt(f.words, b.a.End-1), tw) {
			attack = append(attack, b.a)
			for j := tw + 1; j < len(f.words) && j <= tw+6; j++ {
				if targetWords[key(j)] {
					if a, ok := firstAfter(j); ok {
						target = append(target, a)
					}
					break
				}
			}
			if len(target) == 0 {
				// "QSD repelled an IS attack": the subject is the other
				// side, and ACLED names the side that held first.
				if s, ok := subject(); ok && !sameSide(s, b.a) && wordAt(f.words, s.Start) < b.w && repelled(f, s, tw) {
					return []actorHit{s}, attack, true
				}
			}
			return attack, withVictims(f, attack, target), false
		}
	}
	clash := tm == meansClash
	// Possessive target: "X's positions were shelled".
	if s, ok := subject(); ok {
		if isPossessive(f, s) && passiveBefore(f, tw) {
			target = append(target, s)
			return attack, withVictims(f, attack, target), false
		}
		if passiveBefore(f, tw) {
			// "Y were killed in clashes with X"
			if a, ok := firstAfter(tw); ok && !a.Member {
				return []actorHit{a}, withVictims(f, []actorHit{a}, []actorHit{s}), clash
			}
			return nil, withVictims(f, nil, []actorHit{s}), false
		}
		if s.Member {
			// "Four soldiers were killed when their vehicle hit a
			// landmine": a word for victims never names an attacker.
			return nil, withVictims(f, nil, []actorHit{s}), false
		}
		attack = append(attack, s)
		if a, ok := firstAfter(tw); ok && !sameSide(a, s) {
			target = append(target, a)
		}
		if clash && len(target) == 0 {
			// "Asayish and YPG fighters clashed": both sides are the
			// subject.
			if b, ok := coordinate(f, before, s); ok {
				target = append(target, b)
			}
		}
		return attack, withVictims(f, attack, target), clash
	}
	// No subject: "clashes with X", "killing two soldiers", "a car bomb
	// struck a government checkpoint". What follows a deed with no doer
	// is what it was done to, unless "by" or "from" names the doer.
	if a, ok := firstAfter(tw); ok {
		if clash && !a.Member {
			return []actorHit{a}, withVictims(f, nil, nil), true
		}
		if w := wordAt(f.words, a.Start); !a.Member && (key(w-1) == "by" || key(w-1) == "from") {
			return []actorHit{a}, withVictims(f, []actorHit{a}, nil), false
		}
		return nil, withVictims(f, nil, []actorHit{a}), false
	}
	return nil, withVictims(f, nil, nil), false
}

// otherDeedClause reports whether word w, after the trigger at tw, lies in a
// relative clause on another noun that tells of a deed of its own: "a car
// bomb targeted a building in the town, which also came under an IS attack
// on Thursday". The sides of that deed are not this one's.
func otherDeedClause(f *frame, w, tw int) bool {
	if w <= tw {
		return false
	}
	rel := -1
	for k := tw + 1; k < w; k++ {
		switch f.words[k].key {
		case "which", "where":
			// On the deed itself ("the strikes, which coincided with a
			// ground offensive") the clause tells of this deed.
			if f.words[k-1].punct == ',' && k-2 != tw {
				rel = k
			}
		}
		if p := f.words[k].punct; rel >= 0 && (p == ';' || p == '.') {
			rel = -1
		}
	}
	if rel < 0 {
		return false
	}
	end := len(f.words)
	for k := rel + 1; k < len(f.words); k++ {
		if p := f.words[k].punct; p == ',' || p == ';' || p == '.' {
			end = k
			break
		}
	}
	if w >= end {
		return false
	}
	for _, t := range f.triggers {
		if t.w > rel && t.w < end && t.w != tw {
			return true
		}
	}
	return false
}

// finder reports whether actor a is the subject of a verb of finding: "the
// bodies the FSA found", "civil defence teams recovered the dead". Who found
// the dead is no side of the deed that killed them.
func finder(f *frame, a actorHit) bool {
	w := wordAt(f.words, a.End-1)
	if w < 0 || a.Member {
		// "villagers found dead": a word for people is who was found.
		return false
	}
	for j := w + 1; j < len(f.words) && j <= w+2; j++ {
		switch f.words[j].key {
		case "found", "find", "finds", "discovered", "uncovered", "recovered", "retrieved", "unearthed", "exhumed":
			if j+1 < len(f.words) && (f.words[j+1].key == "dead" || f.words[j+1].key == "killed") {
				return false
			}
			return true
		case "had", "have", "has", "later", "also":
			continue
		}
		return false
	}
	return false
}

// repelled reports whether a verb of defence stands between the subject s
// and the trigger at tw ("QSD thwarted an IS attack", "the army repelled
// an assault by rebels").
func repelled(f *frame, s actorHit, tw int) bool {
	for i := wordAt(f.words, s.End); i >= 0 && i < tw; i++ {
		switch f.words[i].key {
		case "repelled", "repulsed", "thwarted", "foiled", "repel", "repulse", "thwart", "foil", "repelling", "thwarting", "foiling", "repulsing", "countered", "resisted":
			return true
		}
	}
	return false
}

// qualifier reports whether actor mention a only says whose the actor
// named right after it is: "the regime's National Defence Forces", "a
// regime NDF commander". The unit named second is the side ACLED codes.
func qualifier(f *frame, a actorHit) bool {
	end := wordAt(f.words, a.End)
	if end < 0 {
		return false
	}
	for i := end; i < len(f.words) && i <= end+2; i++ {
		w := f.words[i]
		if isActorWord(f, i) {
			// A word for a rank or a role ("an HTS security guard")
			// names no unit of its own.
			return !memberWord(f, i)
		}
		if w.punct == '\'' || w.key == "s" {
			continue
		}
		return false
	}
	return false
}

// memberWord reports whether word w is part of a member or generic
// mention ("officer", "guard", "fighters") rather than of a named group.
func memberWord(f *frame, w int) bool {
	for _, a := range f.actors {
		if a.Start <= f.words[w].Start && f.words[w].End <= a.End {
			return a.Member || a.Generic
		}
	}
	return false
}

// pos is an actor mention at a word index.
type pos struct {
	w int
	a actorHit
}

// targetWords introduce the target of a deed named as a noun ("a Turkish
// drone strike on", "an IS suicide bomber blew himself up among").
var targetWords = map[string]bool{
	"on": true, "against": true, "targeting": true, "targeted": true, "hit": true, "among": true, "at": true, "struck": true,
	// "Turkish jets continue to target IS", "Russian jets, which target
	// rebels": the verb in any tense.
	"target": true, "targets": true,
}

// captureRoles reads who took ground from whom: "X captured the town from
// Y", "the town fell to X", "X seized the village after clashes with Y".
// ok is false when the sentence says neither.
func captureRoles(f *frame, tw int, firstAfter func(int) (actorHit, bool), subject func() (actorHit, bool)) (attack, target []actorHit, ok bool) {
	key := func(i int) string {
		if i < 0 || i >= len(f.words) {
			return ""
		}
		return f.words[i].key
	}
	if key(tw) == "fell" && key(tw+1) == "to" {
		a, found := firstAfter(tw + 1)
		if !found {
			return nil, nil, false
		}
		attack = []actorHit{a}
		if s, found := subject(); found && !sameSide(s, a) {
			target = []actorHit{s}
		}
	} else if s, found := subject(); found && !passiveBefore(f, tw) {
		attack = []actorHit{s}
	} else if !passiveBefore(f, tw) && key(tw-1) != "to" {
		// "The fighters captured the post from forces loyal to Assad":
		// the taker is told only as "the fighters", but the side the
		// ground was taken from is the loser, never the taker.
		for j := tw + 1; j < len(f.words) && f.words[j].punct != ';'; j++ {
			if key(j) == "from" {
				if b, found := firstAfter(j); found {
					return nil, []actorHit{b}, true
				}
			}
		}
		return nil, nil, false
	} else {
		return nil, nil, false
	}
	if len(target) == 0 {
		for j := tw + 1; j < len(f.words); j++ {
			if k := key(j); k == "from" || k == "with" || k == "against" {
				if b, found := firstAfter(j); found && !sameSide(b, attack[0]) {
					target = []actorHit{b}
					break
				}
			}
			if f.words[j].punct == ';' {
				break
			}
		}
	}
	if len(target) == 0 {
		// "took control of the city and government centres"
		if b, found := firstAfter(tw); found && !sameSide(b, attack[0]) {
			target = []actorHit{b}
		}
	}
	return attack, target, true
}

// verbal reports whether the trigger at tw is a verb in the past ("IS
// attacked", "forces clashed") rather than a noun an actor may qualify
// ("an IS attack").
func verbal(f *frame, tw int) bool {
	k := f.words[tw].key
	if len(k) > 3 && k[len(k)-2:] == "ed" {
		return true
	}
	switch k {
	case "shot", "hit", "struck", "fought", "blew", "threw", "overran", "retook", "took", "fell", "shelled", "bombed":
		return true
	}
	return false
}

// victim reports whether an actor mention names the dead or wounded of one
// of the sentence's figures.
func victim(f *frame, a actorHit) bool {
	for _, fg := range f.figures {
		if inVictims(f, fg, a) {
			return true
		}
	}
	return false
}

// inVictims reports whether actor a names the side of figure fg's victims:
// it stands in the victim phrase ("four SDF fighters"), or right after it,
// joined by a word of belonging ("a commander in the Free Idlib Army", "a
// member of the military forces' 4th Division", "a fighter affiliated to
// the regime's intelligence").
func inVictims(f *frame, fg figureHit, a actorHit) bool {
	v := fg.VictimsText
	if v.Len() == 0 {
		return false
	}
	if a.Start >= v.Start && a.End <= v.End {
		return true
	}
	if a.Start >= v.Start && a.Start < v.End {
		// "killing three members of one family": the name runs on
		// past the figure's noun and says who the members were.
		return true
	}
	if a.Start < v.End {
		return false
	}
	last := wordAt(f.words, v.End-1)
	first := wordAt(f.words, a.Start)
	if last < 0 || first <= last || first-last > 8 {
		return false
	}
	joined := false
	for i := last + 1; i < first; i++ {
		w := f.words[i]
		switch w.key {
		case "of", "in", "from", "within", "to", "affiliated", "belonging", "belongs", "with", "ranks":
			joined = true
			continue
		case "the", "a", "an", "its", "s", "opposition", "armed", "regime", "syrian", "local":
			continue
		}
		if w.punct == '\'' {
			continue
		}
		if isActorWord(f, i) {
			// "a member of the military forces' 4th Division": an
			// actor owning the one that follows.
			continue
		}
		return false
	}
	return joined || f.words[last+1].punct == '\''
}

// supporter reports whether the actor at word w only backs a side ("regime
// forces backed by Hezbollah", "supported by Coalition warplanes", "and
// allied militias"): ACLED codes the sides, not their backers.
func supporter(f *frame, w int) bool {
	for i := w - 1; i >= 0 && i >= w-4; i-- {
		switch f.words[i].key {
		case "backed", "supported", "aided", "assisted", "allied", "loyal", "alongside", "accompanied":
			// "Turkish-backed Free Syrian Army rebels": a backer named
			// within a group's own name qualifies that group, which
			// the noun after it heads.
			return !withinName(f, i)
		case "by", "with", "the", "of", "and", "its", "their", "international", "global", "us", "u.s", "russian", "syrian":
			continue
		}
		if f.words[i].punct != 0 {
			return false
		}
		if !isActorWord(f, i) {
			return false
		}
	}
	return false
}

// withinName reports whether word i lies inside a named group's mention.
func withinName(f *frame, i int) bool {
	return slices.ContainsFunc(f.actors, func(a actorHit) bool {
		return !a.Generic && !a.Member && a.Start <= f.words[i].Start && f.words[i].End <= a.End
	})
}

// withVictims adds to target the side of the sentence's victims when the
// sentence names no target of its own.
func withVictims(f *frame, attack, target []actorHit) []actorHit {
	if len(target) > 0 {
		return target
	}
	// An armed side among the dead is the target; civilians killed with
	// it are its victims ("killing 14 civilians and eight SDF fighters").
	var civilians *actorHit
	for _, fg := range f.figures {
		if fg.Aggregate || fg.VictimsText.Len() == 0 {
			continue
		}
		for i, a := range f.actors {
			if isParent(f, a) || qualifier(f, a) {
				continue
			}
			if a = coded(f, a); inVictims(f, fg, f.actors[i]) && !containsActor(attack, a) {
				if a.Kind != "civilians" {
					return append(target, a)
				}
				if civilians == nil {
					civilians = &a
				}
			}
		}
	}
	if civilians != nil {
		if a, ok := armedOfUnnamed(f, attack); ok {
			// "struck a car carrying members of the SDF, killing two
			// fighters and their civilian driver": the fighters are
			// the side the deed was aimed at, the driver its victim.
			return append(target, a)
		}
		return append(target, *civilians)
	}
	return target
}

// armedVictimNouns name fighters without saying whose.
var armedVictimNouns = map[string]bool{
	"fighters": true, "fighter": true, "soldiers": true, "soldier": true, "troops": true, "militants": true,
	"militiamen": true, "gunmen": true, "policemen": true, "guards": true, "combatants": true,
}

// armedOfUnnamed returns the armed side a sentence names after its deed,
// other than the doer, when its dead include fighters of no named side.
func armedOfUnnamed(f *frame, attack []actorHit) (actorHit, bool) {
	unnamed := slices.ContainsFunc(f.figures, func(fg figureHit) bool {
		if fg.Aggregate || !armedVictimNouns[fg.Victims] {
			return false
		}
		return !slices.ContainsFunc(f.actors, func(a actorHit) bool { return inVictims(f, fg, a) })
	})
	t := mainTrigger(f)
	if !unnamed || t < 0 {
		return actorHit{}, false
	}
	for _, a := range f.actors {
		if a.Start < f.triggers[t].span.End || a.Kind == "civilians" || a.Generic || isParent(f, a) || qualifier(f, a) {
			continue
		}
		if a = coded(f, a); !containsActor(attack, a) {
			return a, true
		}
	}
	return actorHit{}, false
}

// mainTrigger returns the index of the trigger that carries the sentence:
// the first that is not a bare casualty word, else the first.
func mainTrigger(f *frame) int {
	if len(f.triggers) == 0 {
		return -1
	}
	for i, t := range f.triggers {
		if t.means != meansKilling && !isSupport(f, t) && !insideActor(f, t) && !introductory(f, i) {
			return i
		}
	}
	// A deed named only inside an actor ("government helicopters
	// dropped barrel bombs"): the last such word, after the doer.
	last := -1
	for i, t := range f.triggers {
		if t.means != meansKilling && !isSupport(f, t) {
			last = i
		}
	}
	if last >= 0 {
		return last
	}
	return 0
}

// introductory reports whether trigger i stands in a phrase that opens
// the sentence and points at the incident rather than tells it ("In the
// first attack, HTS fighters stormed ..."), with another trigger after it.
func introductory(f *frame, i int) bool {
	if len(f.words) == 0 || i+1 >= len(f.triggers) {
		return false
	}
	switch f.words[0].key {
	case "in", "during", "after", "following":
	default:
		return false
	}
	tw := f.triggers[i].w
	for j := tw + 1; j < len(f.words) && j < f.triggers[i+1].w; j++ {
		if f.words[j].punct == ',' {
			return true
		}
	}
	return false
}

// insideActor reports whether a trigger word is part of an actor mention
// ("gunmen", "Turkish drones"): the doer, not the deed.
func insideActor(f *frame, t triggerHit) bool {
	for _, a := range f.actors {
		if a.Start <= t.span.Start && t.span.End <= a.End {
			return true
		}
	}
	return false
}

// wordAt returns the index of the word starting at or containing off.
func wordAt(ws []word, off int) int {
	lo, hi := 0, len(ws)
	for lo < hi {
		m := (lo + hi) / 2
		if ws[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(ws) {
		return lo
	}
	return -1
}

// modifierOnly reports whether an actor mention only qualifies another word:
// "rebel-held town", "U.S.-backed fighters", "IS-affiliated Aamaq".
func modifierOnly(f *frame, a actorHit) bool {
	w := wordAt(f.words, a.End)
	if w < 0 || w >= len(f.words) {
		return false
	}
	if f.words[w].punct == '-' && w+1 < len(f.words) {
		switch f.words[w+1].key {
		case "held", "controlled", "backed", "led", "linked", "affiliated", "allied", "run", "supported", "aligned", "dominated", "operated":
			return true
		}
	}
	switch f.words[w].key {
	case "held":
		return true
	case "controlled":
		// "an IS controlled village", but not "IS controlled the
		// station": there the actor is the doer.
		return !takesObject(f.words, w)
	}
	return false
}

// adjacentModifier reports whether the actor at word a modifies the trigger
// at t with at most adjectives between ("Russian air strikes").
func adjacentModifier(f *frame, a, t int) bool {
	for i := a + 1; i < t; i++ {
		w := f.words[i]
		if w.punct != 0 {
			return false
		}
		switch w.key {
		case "air", "drone", "artillery", "rocket", "missile", "mortar", "suicide", "car", "heavy", "deadly", "fresh", "new", "aerial", "ground", "surprise", "overnight", "military":
			continue
		}
		if isActorWord(f, i) {
			continue
		}
		return false
	}
	return true
}

func isActorWord(f *frame, w int) bool {
	for _, a := range f.actors {
		if a.Start <= f.words[w].Start && f.words[w].End <= a.End {
			return true
		}
	}
	return false
}

// isPossessive reports whether the actor is followed by "'s" or
// "positions of".
func isPossessive(f *frame, a actorHit) bool {
	w := wordAt(f.words, a.End)
	if w < 0 {
		return false
	}
	if f.words[w].punct == '\'' || f.words[w].key == "s" {
		return true
	}
	return false
}

// passiveBefore reports whether a form of "to be" stands just before the
// trigger ("were killed", "was shelled", "had been attacked").
func passiveBefore(f *frame, tw int) bool {
	for i := tw - 1; i >= 0 && i >= tw-3; i-- {
		if isActorWord(f, i) {
			continue // "IS attacked" is no passive
		}
		switch f.words[i].key {
		case "was", "were", "been", "being", "is", "are", "got", "get":
			return true
		}
	}
	return false
}

// parentClause returns the index of the actor that the actor a operates
// under ("Levant Front, which operates under the 3rd Corps", "8th Brigade
// operating under 5th Assault Corps") or is believed to belong to
// ("gunmen believed to be IS members"), or -1. ACLED codes that one.
func parentClause(f *frame, a actorHit) int {
	w := wordAt(f.words, a.End)
	if w < 0 {
		return -1
	}
	under := -1
	for i := w; i < len(f.words) && i <= w+5; i++ {
		k := f.words[i].key
		if k == "under" && i > w && operates(f.words[i-1].key) || k == "believed" || k == "thought" {
			// "gunmen believed to be IS members": the group the
			// report attributes them to.
			under = i
			break
		}
		switch k {
		case "which", "who", "whom", "that", "are", "is", "members", "fighters", "commander":
			continue
		}
		if f.words[i].punct == ',' || operates(k) {
			continue
		}
		return -1
	}
	if under < 0 {
		return -1
	}
	for j, b := range f.actors {
		bw := wordAt(f.words, b.Start)
		if bw <= under || bw > under+6 {
			continue
		}
		for i := under + 1; i < bw; i++ {
			switch f.words[i].key {
			case "the", "regime", "s", "syrian", "to", "be", "members", "member", "of", "a", "an":
				continue
			}
			if f.words[i].punct == '\'' {
				continue
			}
			return -1
		}
		return j
	}
	return -1
}

func operates(k string) bool {
	switch k {
	case "operates", "operating", "operate":
		return true
	}
	return false
}

// coded returns the actor ACLED codes for mention a: its parent when it
// operates under one, else a.
func coded(f *frame, a actorHit) actorHit {
	if j := parentClause(f, a); j >= 0 {
		return f.actors[j]
	}
	if j := joined(f, a); j >= 0 {
		return f.actors[j]
	}
	return a
}

// joined returns the index of the actor that a former member has since
// joined ("a former rebel commander who reconciled with the regime and
// joined its forces", "a former opposition fighter who joined the 5th
// Corps"), or -1: ACLED codes people by the side they now serve.
func joined(f *frame, a actorHit) int {
	w := wordAt(f.words, a.Start)
	if w < 0 || !(w > 0 && f.words[w-1].key == "former" || w > 1 && f.words[w-2].key == "former") {
		return -1
	}
	end := wordAt(f.words, a.End)
	if end < 0 {
		return -1
	}
	at := -1
	for i := end; i < len(f.words) && i <= end+14; i++ {
		if p := f.words[i].punct; p == ';' || p == '.' {
			break
		}
		if k := f.words[i].key; k == "joined" || k == "joining" {
			at = i
			break
		}
	}
	if at < 0 {
		return -1
	}
	// The group named right after "joined", else the one the person
	// reconciled with before it ("with the regime and joined its forces").
	last := -1
	for j, b := range f.actors {
		bw := wordAt(f.words, b.Start)
		if bw > at && bw <= at+4 {
			return j
		}
		if bw > end && bw < at && !sameSide(a, b) {
			last = j
		}
	}
	if last >= 0 && at+1 < len(f.words) {
		switch f.words[at+1].key {
		case "its", "their", "his", "the":
			return last
		}
	}
	return -1
}

// isParent reports whether a is named only as the parent another actor
// operates under: that actor's mention stands for it.
func isParent(f *frame, a actorHit) bool {
	for _, b := range f.actors {
		if j := parentClause(f, b); j >= 0 && f.actors[j].Span == a.Span {
			return true
		}
	}
	return false
}

// betweenAgainst reads "between X ... against Y" from the word "between"
// at j: X is the first actor after it, Y the first of another side after
// "against".
func betweenAgainst(f *frame, j int, after []pos) (x, y actorHit, ok bool) {
	against := -1
	for i := j + 1; i < len(f.words); i++ {
		if f.words[i].punct == ';' || f.words[i].punct == '.' {
			break
		}
		if f.words[i].key == "against" {
			against = i
			break
		}
	}
	if against < 0 {
		return x, y, false
	}
	found := false
	for _, a := range after {
		if a.w <= j || a.a.Member {
			continue
		}
		if !found {
			if a.w > against {
				return x, y, false
			}
			x, found = a.a, true
			continue
		}
		if a.w > against && !sameSide(x, a.a) {
			return x, a.a, true
		}
	}
	return x, y, false
}

// coordinate returns the actor joined to s by "and" before the trigger
// ("Ahrar al-Sham and Sharqiya Army fighters clashed"), when it is of
// another side.
func coordinate(f *frame, before []pos, s actorHit) (actorHit, bool) {
	sw := wordAt(f.words, s.End)
	for _, b := range before {
		bw := wordAt(f.words, b.a.Start)
		if bw <= sw || b.a.Member || sameSide(b.a, s) {
			continue
		}
		for i := sw; i < bw; i++ {
			switch f.words[i].key {
			case "and", "the", "fighters", "forces", "members":
				continue
			}
			return actorHit{}, false
		}
		if slices.ContainsFunc(f.words[sw:bw], func(w word) bool { return w.key == "and" }) {
			return b.a, true
		}
		return actorHit{}, false
	}
	return actorHit{}, false
}
