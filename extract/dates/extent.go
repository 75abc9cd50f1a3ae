package dates

import "time"

// Extent is a span of several days that a sentence gives an event: "two days
// of clashes", "a three-day battle", "after a four-day campaign", "over the
// past 48 hours", "on the third day of the assault". It has no date of its
// own: a caller lays it against the day of the event it belongs to (a
// Mention's From) with Around, or against the publication day when Past is
// set.
type Extent struct {
	// Start and End are the byte offsets of the phrase in the text passed
	// to Extents.
	Start, End int
	// Days is how many calendar days the span covers, at least 2. Hours are
	// rounded up to whole days ("48 hours" is 2).
	Days int
	// Back is set when the span ends on its anchor day rather than starting
	// on it: "after a four-day campaign" ends on the day the city fell,
	// "on the third day of the assault" is that day, while "setting off two
	// days of clashes" starts on the day of the ambush.
	Back bool
	// Past is set for spans counted back from the time of writing ("over the
	// past 48 hours", "the last three days"): their anchor is the
	// publication day. Past implies Back.
	Past bool
}

// Around returns the first and last day of the extent laid against anchor:
// ending on it when Back is set, starting on it otherwise.
func (x Extent) Around(anchor time.Time) (from, to time.Time) {
	if x.Days < 1 {
		return anchor, anchor
	}
	if x.Back {
		return addDays(anchor, 1-x.Days), anchor
	}
	return anchor, addDays(anchor, x.Days-1)
}

// maxExtentDays bounds Days: a longer "span" is a misreading of a count.
const maxExtentDays = 3660

// Extents appends to dst the multi-day spans in text[start:end], typically
// one sentence, and returns the extended slice. Spans of one day or less
// ("24 hours") carry nothing a date does not, and are left out.
func Extents(text string, start, end int, dst []Extent) []Extent {
	start, end = clip(text, start, end)
	if !mayHaveUnit(text[start:end]) {
		return dst
	}
	return extents(text, start, end, dst)
}

// extents is Extents on a clipped span, reading it word by word.
func extents(text string, start, end int, dst []Extent) []Extent {
	p := newParser(text, start, end, time.Time{})
	for pos := start; pos < end; {
		t := p.next(pos)
		if t.s >= end {
			break
		}
		x, ok := p.extent(t)
		if !ok {
			pos = t.e
			continue
		}
		if x.Days >= 2 && x.Days <= maxExtentDays {
			dst = append(dst, x)
		}
		pos = x.End
	}
	return dst
}

// mayHaveUnit reports whether s holds, in any case, "day", "week" or
// "hour": every span is counted in one of them, and most sentences, which
// hold none, are not read word by word.
func mayHaveUnit(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		switch s[i] | 0x20 {
		case 'd':
			if s[i+1]|0x20 == 'a' && s[i+2]|0x20 == 'y' {
				return true
			}
		case 'w':
			if i+4 <= len(s) && s[i+1]|0x20 == 'e' && s[i+2]|0x20 == 'e' && s[i+3]|0x20 == 'k' {
				return true
			}
		case 'h':
			if i+4 <= len(s) && s[i+1]|0x20 == 'o' && s[i+2]|0x20 == 'u' && s[i+3]|0x20 == 'r' {
				return true
			}
		}
	}
	return false
}

// extent reads a span that begins at t.
func (p *parser) extent(t tok) (Extent, bool) {
	switch {
	case t.k == kNum && t.n <= 4:
		return p.countSpan(t, t.v)
	case isWord(t, wNumber) || isWord(t, wA):
		return p.countSpan(t, t.n)
	case isWord(t, wPast) || isWord(t, wLast):
		return p.pastSpan(t)
	case isWord(t, wOrdinal):
		return p.ordinalSpan(t)
	case isWord(t, wWeek) && p.text[t.e-1] == 'k':
		// "week-long" without a count
		if lt, g := p.after(t.e); isDash(g) && isWord(lt, wLong) {
			return Extent{Start: t.s, End: lt.e, Days: 7, Back: p.backward(t.s)}, true
		}
	}
	return Extent{}, false
}

// countSpan reads "two days", "three-day", "48 hours", "a week-long", "a
// couple of days" at the count t worth n.
func (p *parser) countSpan(t tok, n int) (Extent, bool) {
	ut, gap := p.after(t.e)
	couple := false
	if isWord(t, wA) && isSpace(gap) && isWord(ut, wCouple) {
		of, g := p.after(ut.e)
		if !isSpace(g) || !isWord(of, wOf) {
			return Extent{}, false
		}
		n, couple = 2, true
		ut, gap = p.after(of.e)
	}
	if !isSpace(gap) && !isDash(gap) || ut.k != kWord || n < 1 {
		return Extent{}, false
	}
	if isWord(t, wA) && !couple && p.text[ut.e-1] == 's' {
		return Extent{}, false // "a weeks-long offensive" is vague
	}
	var days int
	switch ut.v {
	case wDay:
		days = n
	case wWeek:
		days = 7 * n
	case wHour:
		if isWord(t, wA) {
			return Extent{}, false
		}
		days = (n + 23) / 24
	default:
		return Extent{}, false
	}
	end := ut.e
	nt, g := p.after(end)
	if isSpace(g) && nt.k == kWord {
		switch nt.v {
		case wAgo, wEarlier, wLater, wBefore, wAfter:
			return Extent{}, false // an offset: Parse reads it
		}
	}
	if isDash(g) && isWord(nt, wLong) {
		end = nt.e
	}
	x := Extent{Start: t.s, End: end, Days: days}
	if b, ok := p.before(t.s); ok && (isWord(b, wPast) || isWord(b, wLast)) {
		x.Start, x.Past, x.Back = b.s, true, true
		return x, true
	}
	x.Back = p.backward(t.s)
	return x, true
}

// pastSpan reads "the past week", "the last week" (a span of seven days
// before publication, not the calendar week "last week" names).
func (p *parser) pastSpan(t tok) (Extent, bool) {
	b, ok := p.before(t.s)
	if !ok || !isWord(b, wThe) {
		return Extent{}, false
	}
	nt, g := p.after(t.e)
	if !isSpace(g) || !isWord(nt, wWeek) || p.text[nt.e-1] != 'k' {
		return Extent{}, false
	}
	return Extent{Start: t.s, End: nt.e, Days: 7, Back: true, Past: true}, true
}

// ordinalSpan reads "the third day of the assault", "for a second day": the
// anchor is the last of that many days.
func (p *parser) ordinalSpan(t tok) (Extent, bool) {
	b, ok := p.before(t.s)
	if !ok || !isWord(b, wThe) && !isWord(b, wA) {
		return Extent{}, false
	}
	dt, g := p.after(t.e)
	if !isSpace(g) || !isWord(dt, wDay) || p.text[dt.e-1] != 'y' {
		return Extent{}, false
	}
	nt, g := p.after(dt.e)
	running := isSpace(g) && wordIs(p.text, nt, "running", "straight")
	if !running && !(isSpace(g) && isWord(nt, wOf)) {
		if f, ok := p.before(b.s); !ok || !isWord(f, wFor) {
			return Extent{}, false
		}
	}
	end := dt.e
	if running {
		end = nt.e
	}
	return Extent{Start: b.s, End: end, Days: t.n, Back: true}, true
}

// backward reports whether "after" or "following" comes up to four words
// before pos: "after a punishing four-day campaign" ends where the sentence's
// event happens.
func (p *parser) backward(pos int) bool {
	for i := 0; i < 4; i++ {
		b, ok := p.before(pos)
		if !ok {
			return false
		}
		if isWord(b, wAfter) || isWord(b, wFollowing) {
			return true
		}
		pos = b.s
	}
	return false
}
