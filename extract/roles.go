package extract

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
//
// and otherwise the first actor before the trigger attacks the first after
// it. Victim nouns ("27 soldiers") name a target when no other does.
func roles(f *frame) (attack, target []actorHit, parties bool) {
	t := mainTrigger(f)
	if t < 0 {
		return nil, nil, false
	}
	tw := f.triggers[t].w
	type pos struct {
		w int
		a actorHit
	}
	var before, after []pos
	for _, a := range f.actors {
		w := wordAt(f.words, a.Start)
		if w < 0 || modifierOnly(f, a) || supporter(f, w) {
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
		for i := range after {
			if after[i].w <= w {
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
		for i := range before {
			_ = i
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
	// "between X and Y"
	for j := tw + 1; j < len(f.words) && j <= tw+6; j++ {
		if key(j) == "between" {
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
				return got[:1], got[1:], true
			}
		}
	}
	// Passive: "Y was/were <verb>ed by X", or a nominal "<trigger> by X".
	byAt := -1
	for j := tw + 1; j < len(f.words) && j <= tw+3; j++ {
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
					target = append(target, s)
				}
			}
			return attack, withVictims(f, attack, target), false
		}
	}
	// Adjectival attacker right before the trigger: "a Turkish drone
	// strike", "Russian air strikes", "an IS attack".
	for _, b := range before {
		if b.w >= tw-3 && !b.a.Member && adjacentModifier(f, b.w, tw) {
			attack = append(attack, b.a)
			for j := tw + 1; j < len(f.words) && j <= tw+6; j++ {
				if key(j) == "on" || key(j) == "against" || key(j) == "targeting" || key(j) == "targeted" || key(j) == "hit" {
					if a, ok := firstAfter(j); ok {
						target = append(target, a)
					}
					break
				}
			}
			return attack, withVictims(f, attack, target), false
		}
	}
	clash := f.triggers[t].means == meansClash
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
		attack = append(attack, s)
		if a, ok := firstAfter(tw); ok && !sameSide(a, s) {
			target = append(target, a)
		}
		return attack, withVictims(f, attack, target), clash
	}
	// No subject: "clashes with X", "killing two soldiers".
	if a, ok := firstAfter(tw); ok {
		if a.Member || f.triggers[t].means == meansKilling {
			return nil, withVictims(f, nil, []actorHit{a}), false
		}
		if clash {
			return []actorHit{a}, withVictims(f, nil, nil), true
		}
		return []actorHit{a}, withVictims(f, []actorHit{a}, nil), false
	}
	return nil, withVictims(f, nil, nil), false
}

// supporter reports whether the actor at word w only backs a side ("regime
// forces backed by Hezbollah", "supported by Coalition warplanes", "and
// allied militias"): ACLED codes the sides, not their backers.
func supporter(f *frame, w int) bool {
	for i := w - 1; i >= 0 && i >= w-4; i-- {
		switch f.words[i].key {
		case "backed", "supported", "aided", "assisted", "allied", "loyal", "alongside", "accompanied":
			return true
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

// withVictims adds to target the side of the sentence's victims when the
// sentence names no target of its own.
func withVictims(f *frame, attack, target []actorHit) []actorHit {
	if len(target) > 0 {
		return target
	}
	for _, fg := range f.figures {
		if fg.Aggregate || fg.VictimsText.Len() == 0 {
			continue
		}
		for _, a := range f.actors {
			if a.Start >= fg.VictimsText.Start && a.End <= fg.VictimsText.End && !containsActor(attack, a) {
				return append(target, a)
			}
		}
	}
	return target
}

// mainTrigger returns the index of the trigger that carries the sentence:
// the first that is not a bare casualty word, else the first.
func mainTrigger(f *frame) int {
	if len(f.triggers) == 0 {
		return -1
	}
	for i, t := range f.triggers {
		if t.means != meansKilling && !isSupport(f, t) {
			return i
		}
	}
	return 0
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
	case "held", "controlled":
		return true
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
		switch f.words[i].key {
		case "was", "were", "been", "being", "is", "are", "got", "get":
			return true
		}
	}
	return false
}
