package dates

import (
	"strings"
	"time"
)

// The years a resolved date may fall in. Anything outside is a misreading
// (a count, a code) or arithmetic gone far from the publication date.
const (
	minYear = 1900
	maxYear = 2100
)

// ctx says what precedes a token, which decides whether weak forms count: a
// bare year ("in 2014"), the months "March" and "May", an ordinal ("the 5th").
type ctx uint8

const (
	ctxNone ctx = 0
	ctxPrep ctx = 1 << iota // a preposition or modifier precedes: "March" and "May" count
	ctxYear                 // the preposition is one that takes a year ("in", "since", "until")
	ctxThe                  // "the" precedes: "the 5th" counts
)

// parser reads one sentence, text[lo:hi]. It lives for one call of Parse.
type parser struct {
	text    string
	lo, hi  int
	pub     time.Time // the publication day at midnight UTC, when known
	known   bool
	prevEnd int // where the last mention ended, for lists ("in February and March")
}

func newParser(text string, lo, hi int, published time.Time) parser {
	p := parser{text: text, lo: lo, hi: hi, prevEnd: -1}
	if !published.IsZero() {
		y, m, d := published.Date()
		if minYear <= y && y <= maxYear {
			p.pub = date(y, m, d)
			p.known = true
		}
	}
	return p
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func daysIn(y int, m time.Month) int { return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day() }

func addDays(t time.Time, n int) time.Time { return t.AddDate(0, 0, n) }

func inYears(y int) bool { return minYear <= y && y <= maxYear }

// monday returns the Monday of d's week: the press counts weeks from Monday.
func monday(d time.Time) time.Time { return addDays(d, -((int(d.Weekday()) + 6) % 7)) }

// next returns the first token at or after pos, or an empty token at hi.
func (p *parser) next(pos int) tok {
	i := pos
	for i < p.hi && !isAlnum(p.text[i]) {
		i++
	}
	if i >= p.hi {
		return tok{s: p.hi, e: p.hi}
	}
	j := i
	for j < p.hi && isAlnum(p.text[j]) {
		j++
	}
	return classify(p.text, i, j)
}

// after returns the first token after pos and the bytes between.
func (p *parser) after(pos int) (tok, string) {
	t := p.next(pos)
	return t, p.text[pos:t.s]
}

// before returns the token that ends just before pos, with only white space
// between them.
func (p *parser) before(pos int) (tok, bool) {
	i := pos
	for i > p.lo && (p.text[i-1] == ' ' || p.text[i-1] == '\t' || p.text[i-1] == '\n') {
		i--
	}
	if i == pos || i == p.lo || !isAlnum(p.text[i-1]) {
		return tok{}, false
	}
	j := i
	for j > p.lo && isAlnum(p.text[j-1]) {
		j--
	}
	return classify(p.text, j, i), true
}

// isSpace reports whether gap is white space only: the words it separates
// belong to one phrase. A no-break space counts, and so does a line break,
// since some reports keep hard-wrapped lines.
func isSpace(gap string) bool {
	if gap == " " {
		return true
	}
	if gap == "" || len(gap) > 6 {
		return false
	}
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case ' ', '\t', '\n', '\r':
		case 0xc2: // U+00A0 NO-BREAK SPACE is C2 A0
			if i+1 >= len(gap) || gap[i+1] != 0xa0 {
				return false
			}
			i++
		default:
			return false
		}
	}
	return true
}

// isComma reports whether gap is one comma with optional spaces around it.
func isComma(gap string) bool {
	commas := 0
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case ',':
			commas++
		case ' ':
		default:
			return false
		}
	}
	return commas == 1 && len(gap) <= 3
}

// isDash reports whether gap is a hyphen or an en dash, without spaces.
func isDash(gap string) bool { return gap == "-" || gap == "\u2013" }

func isWord(t tok, w int) bool { return t.k == kWord && t.v == w }

// isDayNum reports whether t can be a day of the month: "5", "05", "5th".
func isDayNum(t tok) bool {
	return (t.k == kNum && t.n <= 2 || t.k == kOrd) && 1 <= t.v && t.v <= 31
}

// mention returns an absolute mention of from..to.
func mention(s, e int, from, to time.Time, prec Precision) Mention {
	return Mention{Start: s, End: e, From: from, To: to, Precision: prec}
}

// rel returns a mention resolved against the publication day: from..to were
// computed from p.pub and mean nothing when it is unknown.
func (p *parser) rel(s, e int, from, to time.Time, prec Precision) Mention {
	if !p.known {
		return Mention{Start: s, End: e, Relative: true}
	}
	return Mention{Start: s, End: e, From: from, To: to, Precision: prec, Relative: true}
}

// relDay returns a mention of the day n days from the publication day.
func (p *parser) relDay(s, e, n int) Mention {
	d := addDays(p.pub, n)
	return p.rel(s, e, d, d, Day)
}

// finish drops a resolution that strays out of the years dates can have.
func (p *parser) finish(m *Mention) {
	if m.Precision == Unknown {
		m.From, m.To = time.Time{}, time.Time{}
		return
	}
	if m.From.Year() < minYear || m.To.Year() > maxYear || m.To.Before(m.From) {
		m.From, m.To, m.Precision = time.Time{}, time.Time{}, Unknown
	}
}

// reported reports whether a verb of saying comes right before the phrase
// at start: "said Saturday", "told AFP on Thursday", "said in a statement
// on Friday".
func (p *parser) reported(start int) bool {
	t, ok := p.before(start)
	if !ok {
		return false
	}
	if isWord(t, wSaid) {
		// "were reported on Monday" dates what was reported, not the report.
		b, ok := p.before(t.s)
		return !ok || !wordIs(p.text, b, "was", "were", "been", "being", "is", "are")
	}
	if isWord(t, wStatement) {
		for _, w := range [...]int{wA, wIn, wSaid} {
			if t, ok = p.before(t.s); !ok || !isWord(t, w) {
				return false
			}
		}
		return true
	}
	if isUpper(p.text[t.s]) { // an agency or a person: "told AFP"
		t, ok = p.before(t.s)
		return ok && isWord(t, wSaid)
	}
	return false
}

// match reads a date phrase that begins with token t.
func (p *parser) match(t tok, c ctx) (Mention, bool) {
	switch t.k {
	case kWeekday:
		return p.weekday(t, t.s, 0)
	case kMonth:
		return p.monthFirst(t, t.s, c)
	case kNum, kOrd:
		return p.numberFirst(t, c)
	case kWord:
		return p.keyword(t, c)
	}
	return Mention{}, false
}

// weekdayDate returns the day of week wd nearest the publication day: on or
// before it (dir 0), strictly before it (dir -1, "last Thursday"), or
// strictly after it (dir 1, "next Thursday").
func (p *parser) weekdayDate(wd time.Weekday, dir int) time.Time {
	pw := p.pub.Weekday()
	if dir > 0 {
		fwd := (int(wd) - int(pw) + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		return addDays(p.pub, fwd)
	}
	back := (int(pw) - int(wd) + 7) % 7
	if back == 0 && dir < 0 {
		back = 7
	}
	return addDays(p.pub, -back)
}

// weekday reads a phrase whose core is the weekday t: "Thursday night",
// "Saturday, 20 April 2019", "Wednesday the 10th".
func (p *parser) weekday(t tok, start, dir int) (Mention, bool) {
	if dir == 0 && p.glossesTomorrow(start) {
		// "Tomorrow (Thursday), the teams will assess the dam": the
		// weekday names a day still to come, never the day of a deed.
		return Mention{}, false
	}
	end := t.e
	nt, gap := p.after(t.e)
	if isSpace(gap) || isComma(gap) {
		// A calendar date after the weekday says which one it is.
		if m, ok := p.dayDate(nt); ok {
			m.Start = start
			return m, true
		}
		if isWord(nt, wThe) {
			if ot, g := p.after(nt.e); isSpace(g) && ot.k == kOrd && isDayNum(ot) {
				return p.dayOfMonth(start, ot.e, ot.v)
			}
		}
	}
	if isSpace(gap) && nt.k == kWord {
		switch nt.v {
		case wMorning, wAfternoon, wEvening, wNight:
			end = nt.e
		}
	}
	d := p.weekdayDate(time.Weekday(t.v), dir)
	return p.rel(start, end, d, d, Day), true
}

// glossesTomorrow reports whether the weekday at start restates
// "tomorrow" just before it: "tomorrow (Thursday)", "tomorrow, Thursday".
func (p *parser) glossesTomorrow(start int) bool {
	i := start
	for i > p.lo && strings.ContainsRune(" \t\n(,", rune(p.text[i-1])) {
		i--
	}
	const w = "tomorrow"
	if i-p.lo < len(w) || !strings.EqualFold(p.text[i-len(w):i], w) {
		return false
	}
	return i-len(w) == p.lo || !isAlnum(p.text[i-len(w)-1])
}

// dayDate reads a calendar date naming one day (or a few) that begins at t,
// and nothing else: no bare months, years or counts.
func (p *parser) dayDate(t tok) (Mention, bool) {
	switch {
	case t.k == kMonth:
		return p.monthDay(t, t.s, ctxPrep)
	case t.k == kNum && t.n == 4:
		return p.iso(t)
	case isDayNum(t):
		if m, ok := p.numeric(t); ok {
			return m, true
		}
		return p.dayFirst(t, t.s)
	}
	return Mention{}, false
}

// dated returns the mention of days d1..d2 of a month, in year or, when year
// is 0, in the year that puts the first day on or before the publication day.
func (p *parser) dated(s, e, year int, mon time.Month, d1, d2 int) (Mention, bool) {
	if d2 == 0 {
		d2 = d1
	}
	prec := Day
	if d2 != d1 {
		prec = Range
	}
	if year != 0 {
		if d2 > daysIn(year, mon) {
			return Mention{}, false
		}
		return mention(s, e, date(year, mon, d1), date(year, mon, d2), prec), true
	}
	if d2 > daysIn(2000, mon) { // 2000 is a leap year: the most days a month can have
		return Mention{}, false
	}
	if !p.known {
		return Mention{Start: s, End: e, Relative: true}, true
	}
	y := p.pub.Year()
	if date(y, mon, 1).AddDate(0, 0, d1-1).After(p.pub) {
		y--
	}
	for i := 0; i < 8 && d2 > daysIn(y, mon); i++ { // 29 February waits for a leap year
		y--
	}
	return p.rel(s, e, date(y, mon, d1), date(y, mon, d2), prec), true
}

// dayOfMonth resolves "the 5th": the most recent 5th on or before the
// publication day.
func (p *parser) dayOfMonth(s, e, d int) (Mention, bool) {
	if !p.known {
		return Mention{Start: s, End: e, Relative: true}, true
	}
	y, m := p.pub.Year(), p.pub.Month()
	if d > p.pub.Day() {
		m--
	}
	for i := 0; i < 3; i++ {
		first := date(y, m, 1) // normalizes month 0 to December of the year before
		if d <= daysIn(first.Year(), first.Month()) {
			day := date(first.Year(), first.Month(), d)
			return p.rel(s, e, day, day, Day), true
		}
		m--
	}
	return Mention{}, false
}

// monthMention returns the month mon of year, or when year is 0, the most
// recent such month that began on or before the publication day.
func (p *parser) monthMention(s, e, year int, mon time.Month) Mention {
	if year != 0 {
		return mention(s, e, date(year, mon, 1), date(year, mon, daysIn(year, mon)), Month)
	}
	y := p.pub.Year()
	if mon > p.pub.Month() {
		y--
	}
	return p.rel(s, e, date(y, mon, 1), date(y, mon, daysIn(y, mon)), Month)
}

func yearMention(s, e, y int) Mention {
	return mention(s, e, date(y, time.January, 1), date(y, time.December, 31), Year)
}

// monthFirst reads a phrase that begins with a month name: "September 5",
// "Sept. 5, 2019", "March 2011", "July last year", "July".
func (p *parser) monthFirst(t tok, start int, c ctx) (Mention, bool) {
	if m, ok := p.monthDay(t, start, c); ok {
		return m, true
	}
	mon := time.Month(t.v)
	pos := t.e
	if t.n == 1 && pos < p.hi && p.text[pos] == '.' {
		pos++
	}
	nt, gap := p.after(pos)
	if isSpace(gap) && nt.k == kNum && nt.n == 4 && inYears(nt.v) {
		return p.monthMention(start, nt.e, nt.v, mon), true
	}
	if t.n == 1 {
		return Mention{}, false // "Mar", "Dec" alone are too often something else
	}
	if isSpace(gap) && (isWord(nt, wLast) || isWord(nt, wThis)) {
		if yt, g := p.after(nt.e); isSpace(g) && isWord(yt, wYear) && p.text[yt.e-1] != 's' {
			y := p.pub.Year()
			if nt.v == wLast {
				y--
			}
			return p.rel(start, yt.e, date(y, mon, 1), date(y, mon, daysIn(y, mon)), Month), true
		}
	}
	if (mon == time.March || mon == time.May) && c&ctxPrep == 0 {
		return Mention{}, false // a march, the modal may
	}
	return p.monthMention(start, t.e, 0, mon), true
}

// monthDay reads a month name followed by a day: "September 5", "Sep 15",
// "Sept. 5th", "April 20, 2019", "March 5-7".
func (p *parser) monthDay(t tok, start int, c ctx) (Mention, bool) {
	pos := t.e
	if t.n == 1 && pos < p.hi && p.text[pos] == '.' {
		pos++
	}
	dt, gap := p.after(pos)
	if !isSpace(gap) || !isDayNum(dt) {
		return Mention{}, false
	}
	end, d2 := dt.e, 0
	if nt, g := p.after(end); isDash(g) && nt.k == kNum && nt.n <= 2 && nt.v > dt.v && nt.v <= 31 {
		end, d2 = nt.e, nt.v
	}
	year := 0
	yt, g := p.after(end)
	switch {
	case (isSpace(g) || isComma(g)) && yt.k == kNum && yt.n == 4 && inYears(yt.v):
		year, end = yt.v, yt.e
	case c == ctxNone && isSpace(g) && namesGroup(p.text, yt):
		return Mention{}, false // Lebanon's "March 14 alliance", Egypt's "April 6 movement"
	}
	return p.dated(start, end, year, time.Month(t.v), dt.v, d2)
}

// numberFirst reads a phrase that begins with a number: "2019-04-20",
// "20/04/2019", "5 September", "20 April 2019", "5-7 March", "two days ago"
// with digits, "2014" after "in", "the 5th".
func (p *parser) numberFirst(t tok, c ctx) (Mention, bool) {
	if t.k == kNum && t.n == 4 {
		if m, ok := p.iso(t); ok {
			return m, true
		}
	}
	if isDayNum(t) {
		if m, ok := p.numeric(t); ok {
			return m, true
		}
		if m, ok := p.dayFirst(t, t.s); ok {
			return m, true
		}
	}
	if t.k == kNum {
		if m, ok := p.count(t, t.v); ok {
			return m, true
		}
		if t.n == 4 && inYears(t.v) && c&ctxYear != 0 {
			return yearMention(t.s, t.e, t.v), true
		}
	}
	if t.k == kOrd && c&ctxThe != 0 && isDayNum(t) && p.endsPhrase(t.e) {
		return p.dayOfMonth(t.s, t.e, t.v)
	}
	return Mention{}, false
}

// endsPhrase reports whether nothing that would make "the 5th" a name of a
// unit ("the 5th Division", "the 20th century") follows pos.
func (p *parser) endsPhrase(pos int) bool {
	nt, gap := p.after(pos)
	if nt.s >= p.hi || !isSpace(gap) {
		return true // end of sentence or punctuation
	}
	if nt.k == kWord {
		switch nt.v {
		case wAnd, wAt, wIn, wAfter, wBefore, wBy, wDuring, wMorning, wAfternoon, wEvening, wNight, wSaid:
			return true
		}
	}
	return wordIs(p.text, nt, "when", "as", "while", "but", "following", "with", "was", "were", "had")
}

// iso reads "2019-04-20" at the four-digit token t.
func (p *parser) iso(t tok) (Mention, bool) {
	i, s := t.e, p.text
	if i+6 > p.hi || s[i] != '-' || !isDigit(s[i+1]) || !isDigit(s[i+2]) || s[i+3] != '-' ||
		!isDigit(s[i+4]) || !isDigit(s[i+5]) || i+6 < p.hi && isDigit(s[i+6]) {
		return Mention{}, false
	}
	y := t.v
	m := time.Month(int(s[i+1]-'0')*10 + int(s[i+2]-'0'))
	d := int(s[i+4]-'0')*10 + int(s[i+5]-'0')
	if !inYears(y) || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return Mention{}, false
	}
	day := date(y, m, d)
	return mention(t.s, i+6, day, day, Day), true
}

// numeric reads "20/04/2019", "5/11/2022", "20.04.2019" at the one- or
// two-digit token t: day first, or month first where only that is valid.
func (p *parser) numeric(t tok) (Mention, bool) {
	s, i := p.text, t.e
	if t.k != kNum || i >= p.hi {
		return Mention{}, false
	}
	sep := s[i]
	if sep != '/' && sep != '.' && sep != '-' {
		return Mention{}, false
	}
	j, b := i+1, 0
	for j < p.hi && j-i <= 2 && isDigit(s[j]) {
		b = b*10 + int(s[j]-'0')
		j++
	}
	if j-i < 2 || j-i > 3 || j >= p.hi || s[j] != sep {
		return Mention{}, false
	}
	k, y := j+1, 0
	for k < p.hi && k-j <= 4 && isDigit(s[k]) {
		y = y*10 + int(s[k]-'0')
		k++
	}
	if k-j != 5 || k < p.hi && isDigit(s[k]) || !inYears(y) {
		return Mention{}, false
	}
	a := t.v
	var mon time.Month
	var d int
	switch {
	case 1 <= b && b <= 12 && 1 <= a && a <= daysIn(y, time.Month(b)):
		mon, d = time.Month(b), a
	case 1 <= a && a <= 12 && 1 <= b && b <= daysIn(y, time.Month(a)):
		mon, d = time.Month(a), b
	default:
		return Mention{}, false
	}
	day := date(y, mon, d)
	return mention(t.s, k, day, day, Day), true
}

// dayFirst reads a day followed by a month: "5 September", "20 April 2019",
// "5th of March", "5-7 March", "5 and 7 March 2019".
func (p *parser) dayFirst(t tok, start int) (Mention, bool) {
	d1, d2 := t.v, 0
	nt, gap := p.after(t.e)
	switch {
	case isDash(gap) && isDayNum(nt):
		if mt, g := p.after(nt.e); isSpace(g) && mt.k == kMonth {
			d2, nt, gap = nt.v, mt, g
		}
	case isSpace(gap) && (isWord(nt, wAnd) || isWord(nt, wTo)):
		if ot, g := p.after(nt.e); isSpace(g) && isDayNum(ot) {
			if mt, g2 := p.after(ot.e); isSpace(g2) && mt.k == kMonth {
				d2, nt, gap = ot.v, mt, g2
			}
		}
	case t.k == kOrd && isSpace(gap) && isWord(nt, wOf):
		nt, gap = p.after(nt.e)
	}
	if !isSpace(gap) || nt.k != kMonth || d2 != 0 && d2 <= d1 {
		return Mention{}, false
	}
	end, pos := nt.e, nt.e
	if nt.n == 1 && pos < p.hi && p.text[pos] == '.' {
		pos++
	}
	year := 0
	yt, g := p.after(pos)
	switch {
	case (isSpace(g) || isComma(g)) && yt.k == kNum && yt.n == 4 && inYears(yt.v):
		year, end = yt.v, yt.e
	case isSpace(g) && yt.s < p.hi && isUpper(p.text[yt.s]) && namesGroup(p.text, yt):
		return Mention{}, false // "the 18th March Division"
	}
	return p.dated(start, end, year, time.Month(nt.v), d1, d2)
}

// namesGroup reports whether t is a word that, after a date, makes the date
// the name of a group or unit: "March 14 alliance", "18th March Division".
func namesGroup(text string, t tok) bool {
	return wordIs(text, t, "movement", "alliance", "coalition", "bloc", "camp", "forces",
		"revolution", "youth", "group", "division", "brigade", "brigades", "battalion",
		"regiment", "corps", "front", "army", "gathering", "operation", "operations")
}

// count reads "two days ago", "3 days earlier", "a week later", "a day
// after" at the number t worth n.
func (p *parser) count(t tok, n int) (Mention, bool) {
	ut, gap := p.after(t.e)
	if !isSpace(gap) || ut.k != kWord || n < 1 || n > 1000 {
		return Mention{}, false
	}
	var days int
	switch ut.v {
	case wDay:
		days = n
	case wWeek:
		days = 7 * n
	default:
		return Mention{}, false
	}
	at, g := p.after(ut.e)
	if !isSpace(g) || at.k != kWord {
		return Mention{}, false
	}
	switch at.v {
	case wAgo:
		return p.relDay(t.s, at.e, -days), true
	case wEarlier:
		return p.offset(t.s, at.e, -days), true
	case wBefore:
		// "three days before the vote was held" dates the vote, three days
		// after the anchor; "three days before," dates the anchor's clause.
		if nt, g := p.after(at.e); isSpace(g) && nt.s < p.hi {
			return p.offset(t.s, at.e, days), true
		}
		return p.offset(t.s, at.e, -days), true
	case wLater:
		m := p.relDay(t.s, at.e, days)
		m.Offset = days
		return m, true
	case wAfter:
		// "killed on Friday, one day after three soldiers died": the
		// clause that follows happened before the anchor, not after it.
		if nt, g := p.after(at.e); isSpace(g) && nt.s < p.hi {
			return p.offset(t.s, at.e, -days), true
		}
		return p.offset(t.s, at.e, days), true
	}
	return Mention{}, false
}
