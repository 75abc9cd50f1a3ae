package extract

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
	for _, p := range f.places {
		if p.Start < at {
			a.places = append(a.places, p)
		} else {
			b.places = append(b.places, p)
		}
	}
	for _, x := range f.actors {
		if x.Start < at {
			a.actors = append(a.actors, x)
		} else {
			b.actors = append(b.actors, x)
		}
	}
	for _, s := range f.sources {
		// A source usually closes the sentence ("..., the monitor said")
		// and speaks for both clauses.
		a.sources = append(a.sources, s)
		b.sources = append(b.sources, s)
	}
	for _, x := range f.figures {
		if x.Start < at {
			a.figures = append(a.figures, x)
		} else {
			b.figures = append(b.figures, x)
		}
	}
	for _, d := range f.dates {
		if d.Start < at {
			a.dates = append(a.dates, d)
		} else {
			b.dates = append(b.dates, d)
		}
	}
	if len(b.dates) == 0 {
		b.dates = a.dates
	}
	return append([]*frame{a}, splitClauses(b)...)
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
