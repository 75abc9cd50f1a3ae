package dates

import "time"

// keyword reads a phrase that begins with a word other than a weekday or a
// month: "yesterday", "last week", "early March", "since dawn", "on the
// 5th", "the day before". A phrase that only a preposition opens (c has
// ctxPrep) may not open with another one, which keeps the recursion shallow
// whatever the input.
func (p *parser) keyword(t tok, c ctx) (Mention, bool) {
	switch t.v {
	case wYesterday:
		return p.relDay(t.s, t.e, -1), true
	case wToday, wTonight:
		return p.relDay(t.s, t.e, 0), true
	case wOvernight:
		nt, gap := p.after(t.e)
		if isSpace(gap) && isWord(nt, wOn) {
			nt, gap = p.after(nt.e)
		}
		if isSpace(gap) && nt.k == kWeekday {
			return p.weekday(nt, t.s, 0)
		}
		return p.rel(t.s, t.e, addDays(p.pub, -1), p.pub, Range), true
	case wLast, wThis, wNext:
		return p.deictic(t, t.s)
	case wEarlier:
		return p.earlier(t)
	case wEarly, wLate, wMid:
		return p.part(t)
	case wThe:
		return p.the(t)
	case wA, wNumber:
		return p.count(t, t.n)
	}
	if c != ctxNone {
		return Mention{}, false
	}
	switch t.v {
	case wSince:
		return p.since(t)
	case wOn, wIn, wUntil, wBy, wFrom, wDuring, wBefore, wAfter, wAt, wOf, wThroughout, wBetween:
		return p.prep(t)
	case wAnd, wOr, wTo, wThrough:
		// The second of a list of dates needs no preposition of its own:
		// "in February and March", "from 2011 to 2014".
		if p.prevEnd < 0 || p.prevEnd > t.s || !isSpace(p.text[p.prevEnd:t.s]) && !isComma(p.text[p.prevEnd:t.s]) {
			return Mention{}, false
		}
		if nt, gap := p.after(t.e); isSpace(gap) {
			return p.match(nt, ctxPrep|ctxYear)
		}
	}
	return Mention{}, false
}

// prep reads a date after a preposition, the preposition included in the
// phrase: "on 20 April 2019", "in March", "in 2014", "before daybreak
// Thursday", "at dawn".
func (p *parser) prep(t tok) (Mention, bool) {
	nt, gap := p.after(t.e)
	if !isSpace(gap) {
		return Mention{}, false
	}
	switch t.v {
	case wAt, wBefore, wAfter, wUntil:
		if isWord(nt, wDawn) || isWord(nt, wDaybreak) || isWord(nt, wMidnight) {
			return p.timeOfDay(t.s, nt)
		}
	}
	c := ctxPrep
	switch t.v {
	case wIn, wUntil, wFrom, wDuring, wBefore, wAfter, wThroughout, wBetween:
		c |= ctxYear // not "at 2000 GMT", "a total of 2014", "killed by 1950 ..."
	}
	m, ok := p.match(nt, c)
	if !ok || m.Start != nt.s {
		return Mention{}, false
	}
	m.Start = t.s
	return m, true
}

// timeOfDay reads what follows "at dawn", "before daybreak", "after
// midnight" (the token tod): a day it names ("before daybreak Thursday",
// "at dawn on Friday"), or else the publication day.
func (p *parser) timeOfDay(start int, tod tok) (Mention, bool) {
	nt, gap := p.after(tod.e)
	if isSpace(gap) && isWord(nt, wOn) {
		nt, gap = p.after(nt.e)
	}
	if isSpace(gap) {
		if nt.k == kWeekday {
			return p.weekday(nt, start, 0)
		}
		if m, ok := p.dayDate(nt); ok {
			m.Start = start
			return m, true
		}
	}
	return p.relDay(start, tod.e, 0), true
}

// since reads "since X": from X to the publication day.
func (p *parser) since(t tok) (Mention, bool) {
	nt, gap := p.after(t.e)
	if !isSpace(gap) {
		return Mention{}, false
	}
	var m Mention
	switch {
	case isWord(nt, wDawn) || isWord(nt, wDaybreak) || isWord(nt, wMidnight) || isWord(nt, wMorning):
		m = p.relDay(t.s, nt.e, 0)
	case isWord(nt, wEarly) || isWord(nt, wThis) || isWord(nt, wThe):
		if mt, g := p.after(nt.e); isSpace(g) && isWord(mt, wMorning) {
			m = p.relDay(t.s, mt.e, 0) // "since early morning", "since this morning"
			break
		}
		fallthrough
	default:
		var ok bool
		if m, ok = p.match(nt, ctxPrep|ctxYear); !ok || m.Start != nt.s {
			if m, ok = p.sinceStart(nt); !ok {
				return Mention{}, false
			}
		}
		m.Start = t.s
		if m.Precision != Unknown && p.known && !m.From.After(p.pub) {
			m.To = p.pub
			if m.To.After(m.From) {
				m.Precision = Range
			}
		}
	}
	m.Since = true
	return m, true
}

// sinceStart reads the date of a start told as a clause after "since":
// "since the assault started last Thursday" runs from last Thursday, as
// "since last Thursday" does. Up to four words may name what started.
func (p *parser) sinceStart(nt tok) (Mention, bool) {
	if !isWord(nt, wThe) {
		return Mention{}, false
	}
	cur := nt
	for range 4 {
		next, gap := p.after(cur.e)
		if !isSpace(gap) || next.s >= p.hi {
			return Mention{}, false
		}
		if wordIs(p.text, next, "started", "began", "begun", "erupted", "broke", "launched") {
			dt, g := p.after(next.e)
			if wordIs(p.text, dt, "out", "on", "in") {
				dt, g = p.after(dt.e)
			}
			if !isSpace(g) {
				return Mention{}, false
			}
			m, ok := p.match(dt, ctxPrep|ctxYear)
			if !ok || m.Start != dt.s {
				return Mention{}, false
			}
			return m, true
		}
		cur = next
	}
	return Mention{}, false
}

// deictic reads "last", "this" or "next" and what they point at: "last
// night", "last week", "this month", "last year", "last Thursday", "last
// March", "this weekend".
func (p *parser) deictic(t tok, start int) (Mention, bool) {
	nt, gap := p.after(t.e)
	if !isSpace(gap) {
		return Mention{}, false
	}
	if t.v != wThis {
		// "over the last week", "the past year" are spans of time, not
		// calendar units: Extents reads them.
		if b, ok := p.before(t.s); ok && isWord(b, wThe) {
			return Mention{}, false
		}
	}
	dir := 0
	switch t.v {
	case wLast:
		dir = -1
	case wNext:
		dir = 1
	}
	switch nt.k {
	case kWeekday:
		return p.weekday(nt, start, dir)
	case kMonth:
		if nt.n == 1 {
			return Mention{}, false
		}
		mon, y := time.Month(nt.v), p.pub.Year()
		switch {
		case dir < 0 && mon >= p.pub.Month():
			y--
		case dir > 0 && mon <= p.pub.Month():
			y++
		}
		return p.rel(start, nt.e, date(y, mon, 1), date(y, mon, daysIn(y, mon)), Month), true
	case kWord:
		if p.text[nt.e-1] == 's' && nt.v != wDay { // "last weeks", "last days" are not units
			return Mention{}, false
		}
		switch nt.v {
		case wNight, wEvening:
			switch dir {
			case -1:
				return p.relDay(start, nt.e, -1), true
			case 0:
				return p.relDay(start, nt.e, 0), true
			}
		case wMorning, wAfternoon:
			if dir == 0 {
				return p.relDay(start, nt.e, 0), true
			}
		case wWeek:
			mon := addDays(monday(p.pub), 7*dir)
			return p.rel(start, nt.e, mon, addDays(mon, 6), Week), true
		case wWeekend:
			if dir > 0 {
				return Mention{}, false
			}
			sat := addDays(monday(p.pub), 5)
			if dir < 0 || sat.After(p.pub) {
				sat = addDays(sat, -7) // the weekend is not yet here: the one before
			}
			return p.rel(start, nt.e, sat, addDays(sat, 1), Range), true
		case wMonth:
			first := date(p.pub.Year(), p.pub.Month()+time.Month(dir), 1)
			return p.rel(start, nt.e, first, first.AddDate(0, 1, -1), Month), true
		case wYear:
			y := p.pub.Year() + dir
			m := yearMention(start, nt.e, y)
			return p.rel(start, nt.e, m.From, m.To, Year), true
		}
	}
	return Mention{}, false
}

// earlier reads "earlier today", "earlier this week/month/year", "earlier
// on Thursday".
func (p *parser) earlier(t tok) (Mention, bool) {
	nt, gap := p.after(t.e)
	if !isSpace(gap) {
		return Mention{}, false
	}
	if isWord(nt, wOn) {
		if wt, g := p.after(nt.e); isSpace(g) && wt.k == kWeekday {
			return p.weekday(wt, t.s, 0)
		}
		return Mention{}, false
	}
	switch {
	case nt.k == kWeekday:
		return p.weekday(nt, t.s, 0)
	case isWord(nt, wToday):
		return p.relDay(t.s, nt.e, 0), true
	case isWord(nt, wThis):
		ut, g := p.after(nt.e)
		if !isSpace(g) || ut.k != kWord {
			return Mention{}, false
		}
		var first time.Time
		switch ut.v {
		case wWeek:
			first = monday(p.pub)
		case wMonth:
			first = date(p.pub.Year(), p.pub.Month(), 1)
		case wYear:
			first = date(p.pub.Year(), time.January, 1)
		default:
			return Mention{}, false
		}
		last := addDays(p.pub, -1)
		if last.Before(first) {
			last = first
		}
		return p.rel(t.s, ut.e, first, last, Range), true
	}
	return Mention{}, false
}

// part reads "early", "mid" or "late" and what they cut: "early Saturday",
// "late on Wednesday", "mid-March", "late October", "early 2014", "late last
// month", "early this morning".
func (p *parser) part(t tok) (Mention, bool) {
	nt, gap := p.after(t.e)
	if !isSpace(gap) && !isDash(gap) {
		return Mention{}, false
	}
	if isWord(nt, wOn) && isSpace(gap) {
		if wt, g := p.after(nt.e); isSpace(g) && wt.k == kWeekday {
			return p.weekday(wt, t.s, 0)
		}
		return Mention{}, false
	}
	var m Mention
	var ok bool
	switch {
	case nt.k == kWeekday:
		return p.weekday(nt, t.s, 0)
	case nt.k == kMonth:
		m, ok = p.monthFirst(nt, t.s, ctxPrep)
	case nt.k == kNum && nt.n == 4 && inYears(nt.v):
		m, ok = yearMention(t.s, nt.e, nt.v), true
	case isWord(nt, wThis) || isWord(nt, wLast) || isWord(nt, wNext):
		m, ok = p.deictic(nt, t.s)
	case isWord(nt, wToday) || isWord(nt, wYesterday) || isWord(nt, wTonight):
		m, ok = p.keyword(nt, ctxPrep)
		m.Start = t.s
	}
	if !ok {
		return Mention{}, false
	}
	return narrow(m, t.v), true
}

// narrow cuts a month, year or week to its early, middle or late part.
func narrow(m Mention, part int) Mention {
	var from, to time.Time
	switch m.Precision {
	case Month:
		y, mon, last := m.From.Year(), m.From.Month(), m.To.Day()
		switch part {
		case wEarly:
			from, to = date(y, mon, 1), date(y, mon, 10)
		case wMid:
			from, to = date(y, mon, 11), date(y, mon, 20)
		default:
			from, to = date(y, mon, 21), date(y, mon, last)
		}
	case Year:
		y := m.From.Year()
		switch part {
		case wEarly:
			from, to = date(y, time.January, 1), date(y, time.April, 30)
		case wMid:
			from, to = date(y, time.May, 1), date(y, time.August, 31)
		default:
			from, to = date(y, time.September, 1), date(y, time.December, 31)
		}
	case Week:
		switch part {
		case wEarly:
			from, to = m.From, addDays(m.From, 2)
		case wMid:
			from, to = addDays(m.From, 2), addDays(m.From, 4)
		default:
			from, to = addDays(m.From, 4), m.To
		}
	default:
		return m // a day stays a day; an unresolved phrase stays unresolved
	}
	m.From, m.To, m.Precision = from, to, Range
	return m
}

// the reads phrases that open with "the": "the 5th", "the 5th of March",
// "the end of March", "the day before", "the previous day", "the following
// day".
func (p *parser) the(t tok) (Mention, bool) {
	nt, gap := p.after(t.e)
	if !isSpace(gap) {
		return Mention{}, false
	}
	switch {
	case nt.k == kOrd:
		m, ok := p.numberFirst(nt, ctxThe)
		if ok {
			m.Start = t.s
		}
		return m, ok
	case isWord(nt, wEnd) || isWord(nt, wBeginning) || isWord(nt, wMiddle):
		return p.periodPart(t.s, nt)
	case isWord(nt, wDay) && p.text[nt.e-1] == 'y':
		at, g := p.after(nt.e)
		if !isSpace(g) {
			return Mention{}, false
		}
		switch {
		case isWord(at, wYesterday):
			return p.relDay(t.s, at.e, -2), true
		case isWord(at, wBefore):
			return p.offset(t.s, at.e, -1), true
		case isWord(at, wAfter):
			return p.offset(t.s, at.e, 1), true
		}
	case isWord(nt, wPrevious) || isWord(nt, wFollowing) || isWord(nt, wNext):
		dt, g := p.after(nt.e)
		if !isSpace(g) || !(isWord(dt, wDay) && p.text[dt.e-1] == 'y' || isWord(dt, wNight)) {
			return Mention{}, false
		}
		n := 1
		if nt.v == wPrevious {
			n = -1
		}
		return p.offset(t.s, dt.e, n), true
	}
	return Mention{}, false
}

// offset returns a mention n days from an earlier event, counted from the
// publication day until a caller knows better.
func (p *parser) offset(s, e, n int) Mention {
	m := p.relDay(s, e, n)
	m.Offset = n
	return m
}

// periodPart reads "the end of March", "the beginning of 2014", "the middle
// of last month"; which is the token "end", "beginning" or "middle".
func (p *parser) periodPart(start int, which tok) (Mention, bool) {
	of, g := p.after(which.e)
	if !isSpace(g) || !isWord(of, wOf) {
		return Mention{}, false
	}
	nt, g := p.after(of.e)
	if !isSpace(g) {
		return Mention{}, false
	}
	var m Mention
	var ok bool
	switch {
	case nt.k == kMonth:
		m, ok = p.monthFirst(nt, start, ctxPrep)
	case nt.k == kNum && nt.n == 4 && inYears(nt.v):
		m, ok = yearMention(start, nt.e, nt.v), true
	case isWord(nt, wLast) || isWord(nt, wThis):
		m, ok = p.deictic(nt, start)
	}
	if !ok {
		return Mention{}, false
	}
	part := wLate
	switch which.v {
	case wBeginning:
		part = wEarly
	case wMiddle:
		part = wMid
	}
	return narrow(m, part), true
}
