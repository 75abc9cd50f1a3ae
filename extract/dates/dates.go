// Package dates finds date expressions in report text and resolves them
// against the report's publication date.
//
// Wire reports rarely give a full date for an event: they say "Thursday
// night", "early Saturday", "last week" or "since dawn", and leave the reader
// to count back from the day the report came out. Parse reads such phrases in
// one sentence and turns each into a Mention: the bytes of the phrase and the
// days it names. Extents reads the spans that stretch an event over several
// days ("two days of clashes", "a four-day campaign", "over the past 48
// hours"), which a caller lays against a Mention's day. Dateline reads a
// publication date from the head of a report.
//
// # Resolution rules
//
// Every resolved day is midnight UTC of a calendar day; the publication date
// is taken as the calendar day it names in its own location.
//
//   - A weekday is the most recent such day on or before the publication day
//     (a report of Saturday calls that day "Saturday"); "last Thursday" is
//     the most recent one strictly before it, "next Thursday" the first after.
//   - A date without a year ("Sept. 5", "5 September", "on the 5th") and a
//     month without a year ("in July") take the year that puts them on or
//     before the publication day.
//   - "yesterday" and "last night" are the day before publication; "today",
//     "tonight", "this morning", "earlier today", "since dawn", "since
//     midnight", "at dawn" are the publication day. "overnight" alone is the
//     range of the day before and the publication day, since a report of the
//     morning tells of the night between them; "overnight Thursday" is
//     Thursday.
//   - "last week" is the Monday–Sunday week before the publication week, "this
//     week" the publication week (Week precision: From and To are its Monday
//     and Sunday). "last month", "in March" are whole months (Month
//     precision); "in 2014", "last year" whole years (Year precision).
//   - "early", "mid" and "late" cut a month into days 1–10, 11–20 and 21–end,
//     a year into January–April, May–August and September–December, a week
//     into Monday–Wednesday, Wednesday–Friday and Friday–Sunday (Range).
//     "earlier this month/week/year" runs from the start of the period to the
//     day before publication.
//   - "since X" runs from X to the publication day (Range, Since set).
//   - "two days ago" counts back from the publication day. "three days
//     earlier", "a day later", "the previous day", "a day after X" count
//     from another event: Parse counts them from the last day named earlier
//     in the same sentence, or else from the publication day, and sets
//     Offset, so a caller that knows a better anchor can count from it.
//   - Numeric dates are day first ("5/11/2022" is 5 November 2022, as ACLED
//     and most of the world write them) unless only month first is valid
//     ("11/30/2024").
//
// Without a publication date, relative forms are returned with Precision
// Unknown and zero days, and dates that carry a year are still resolved.
//
// # Multi-day events
//
// A Mention names the days a phrase names, nothing more: "Thursday night" is
// one day even when the sentence goes on "setting off two days of clashes".
// Extents reads those spans separately, each with its number of days and the
// side of its anchor it lies on (Back: "after a four-day campaign" ends on
// the anchor day), and Extent.Around lays one against a day. "since X" is a
// Mention itself, running from X to the publication day. Which extent goes
// with which mention is the event assembler's choice, since only it knows
// which clause tells which event.
//
// # Cost
//
// Parse and Extents walk the sentence once, word by word: each run of
// letters or digits is classified by one switch over a lower-cased copy on
// the stack, and a phrase is tried only where a trigger word begins (a
// weekday or month name, a number, or one of some sixty keywords such as
// "yesterday", "last", "since", "early", "dawn", "the"). No regular
// expression runs and nothing is allocated beyond the appended mentions.
//
// # Not dates
//
// Ordinals that name units ("the 4th Division"), durations ("24 hours"),
// resolutions and other numbers ("Resolution 2254"), clock times alone ("at 5
// pm"), alphanumeric names ("M4"), ages ("a 25-year-old"), decades ("the
// 1980s"), the modal verb "may" and, unless a preposition or a day points to a
// date, the words "March" and "May". Lebanese coalition names such as "the
// March 8 movement" are skipped when no preposition introduces them.
package dates

import (
	"fmt"
	"time"
)

// Precision says how exactly a Mention pins its days down.
type Precision uint8

// The precisions, from none to the coarsest unit. The zero value is Unknown,
// so a Mention that was never resolved says so.
const (
	Unknown Precision = iota // the phrase is a date, but it cannot be resolved (no publication date)
	Day                      // one day: From == To
	Range                    // a run of days that is not a calendar unit ("late October", "since Thursday")
	Week                     // a Monday–Sunday week
	Month                    // a calendar month
	Year                     // a calendar year
)

var precisionNames = [...]string{
	Unknown: "unknown",
	Day:     "day",
	Range:   "range",
	Week:    "week",
	Month:   "month",
	Year:    "year",
}

// String returns the precision's name as the record schema spells it: "day",
// "range", "week", "month", "year" or "unknown".
func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return fmt.Sprintf("Precision(%d)", p)
}

// MarshalText encodes the precision as its name.
func (p Precision) MarshalText() ([]byte, error) {
	if int(p) >= len(precisionNames) {
		return nil, fmt.Errorf("dates: invalid precision %d", uint8(p))
	}
	return []byte(precisionNames[p]), nil
}

// UnmarshalText decodes a precision from its name.
func (p *Precision) UnmarshalText(b []byte) error {
	q, err := ParsePrecision(string(b))
	if err != nil {
		return err
	}
	*p = q
	return nil
}

// ParsePrecision returns the precision named s, as String spells it.
func ParsePrecision(s string) (Precision, error) {
	for i, name := range precisionNames {
		if s == name {
			return Precision(i), nil
		}
	}
	return Unknown, fmt.Errorf("dates: unknown precision %q", s)
}

// Mention is one date expression in a text.
type Mention struct {
	// Start and End are the byte offsets of the phrase in the text passed
	// to Parse, a leading preposition and day-part words included: "on 20
	// April 2019", "Thursday night", "early Saturday", "since dawn".
	Start, End int
	// From and To are the first and last day the phrase names, at midnight
	// UTC; To == From for one day. Both are zero when Precision is Unknown.
	From, To time.Time
	// Precision says whether From..To is a day, a calendar unit or a range.
	Precision Precision
	// Relative is set when the phrase needs a day it does not name to be
	// resolved: the publication day ("Thursday", "last week", "Sept. 5"), or
	// for an Offset form its anchor. Such a mention is Unknown when that day
	// is not known.
	Relative bool
	// Since is set for "since X": From is X's first day and To the
	// publication day (X's last day when the publication date is unknown).
	Since bool
	// Reported is set when the phrase follows a verb of saying ("said
	// Saturday", "reported on Thursday"): it dates a statement, which is
	// often, but not always, the day of the event.
	Reported bool
	// Offset is the number of days from an anchor, another event the text
	// tells of, to the day the phrase names: "three days earlier" is -3, "a
	// day later" +1, "the previous day" -1, and "(killed on Friday,) a day
	// after three soldiers died" -1, since the clause after "after"
	// happened the day before the anchor. From and To count it from the
	// last day named earlier in the same sentence, or else from the
	// publication day; a caller that knows a better anchor (the event told
	// in the sentence before) can add Offset to that day instead. It is zero
	// for every other form, "two days ago" included.
	Offset int
}

// Text returns the phrase the mention was read from; text must be the string
// passed to Parse.
func (m Mention) Text(text string) string { return text[m.Start:m.End] }

// Resolved reports whether the mention names days (its Precision is not
// Unknown).
func (m Mention) Resolved() bool { return m.Precision != Unknown }

// Parse appends to dst the date expressions in text[start:end], typically
// one sentence, resolved against published (the zero time when unknown), and
// returns the extended slice. Offsets in the mentions index text. Bounds
// outside the text are clipped to it.
func Parse(text string, start, end int, published time.Time, dst []Mention) []Mention {
	start, end = clip(text, start, end)
	p := newParser(text, start, end, published)
	var anchor time.Time // the last day named in the sentence, which offsets count from
	anchored := false
	for pos := start; pos < end; {
		t := p.next(pos)
		if t.s >= end {
			break
		}
		m, ok := p.match(t, ctxNone)
		if !ok {
			pos = t.e
			continue
		}
		m.Reported = p.reported(m.Start)
		if m.Offset != 0 && anchored {
			m.From = addDays(anchor, m.Offset)
			m.To, m.Precision = m.From, Day
		}
		p.finish(&m)
		if m.Precision == Day && m.Offset == 0 {
			anchor, anchored = m.From, true
		}
		dst = append(dst, m)
		p.prevEnd = m.End
		pos = m.End
	}
	return dst
}

// clip bounds [start, end) to the text.
func clip(text string, start, end int) (int, int) {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	if end < 0 {
		end = 0
	}
	if start > end {
		start = end
	}
	return start, end
}
