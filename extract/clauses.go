package extract

import "slices"

// splitClauses cuts a sentence that joins two deeds with "while", "whereas"
// or a semicolon ("the coalition struck IS positions while IS fired mortar
// shells into the city") into one frame per clause, so that each deed can
// become its own incident. A sentence with a single deed stays whole.
func splitClauses(f *frame) []*frame {
	cut := -1
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
	}
	if cut < 0 {
		return []*frame{f}
	}
	at := f.words[cut].Start
	a := &frame{Span: Span{f.Start, at}, index: f.index, words: f.words[:cut], extentDays: f.extentDays}
	b := &frame{Span: Span{f.words[cut].End, f.End}, index: f.index, words: f.words[cut+1:]}
	a.places, b.places = partition(f.places, at)
	a.actors, b.actors = partition(f.actors, at)
	a.figures, b.figures = partition(f.figures, at)
	a.dates, b.dates = partition(f.dates, at)
	// A source usually closes the sentence ("..., the monitor said") and
	// speaks for both clauses.
	// Clipped, so that an append to one clause's list never writes into
	// the other's.
	a.sources, b.sources = slices.Clip(f.sources), slices.Clip(f.sources)
	if len(b.dates) == 0 {
		b.dates = a.dates
	}
	return append([]*frame{a}, splitClauses(b)...)
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
	for _, f := range frames {
		kept := f.actors[:0]
		for i := range f.actors {
			a := f.actors[i]
			if a.Generic && nonState(a) {
				if i+1 < len(f.actors) && !f.actors[i+1].Generic && !f.actors[i+1].Member && f.actors[i+1].Start-a.End <= 24 && nonState(f.actors[i+1]) {
					continue
				}
				if b := bySide[a.Side]; b != nil {
					a.ID, a.Name, a.ACLED, a.Kind, a.Side = b.ID, b.Name, b.ACLED, b.Kind, b.Side
				} else if last != nil && f.index-lastAt <= 1 {
					// Another side's group stands in only when just named
					// ("... of Hayat Tahrir al-Sham. The insurgents ...").
					a.ID, a.Name, a.ACLED, a.Kind, a.Side = last.ID, last.Name, last.ACLED, last.Kind, last.Side
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

// nonState reports whether a mention names a non-state armed group other
// than the catch-all for unknown attackers.
func nonState(a actorHit) bool {
	switch a.Kind {
	case "rebel_group", "political_militia", "identity_militia":
		return a.ID != "unidentified-armed-group"
	}
	return false
}
