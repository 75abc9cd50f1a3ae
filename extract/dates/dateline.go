package dates

import (
	"strings"
	"time"
)

// How far into a report Dateline looks: the head of a page (title, byline,
// date line, the wire dateline of the first paragraph), not its body.
const (
	datelineLines = 8
	datelineBytes = 2048
	// datelineWords is how many words other than labels ("Published",
	// "Last updated"), clock times and agency or time-zone acronyms a date
	// line may carry: a byline's name fits, a headline's sentence does not.
	datelineWords = 3
)

// Dateline returns the publication date a report gives in its first lines:
// a line that is a date ("Saturday 20 April 2019", "April 20, 2019",
// "Published: 2019-04-20", "date 2019-04-20", "20/04/2019", "Last updated 22
// May 2015, 08:31 IST") or a wire dateline that carries a year ("BEIRUT,
// April 20, 2019 (AP) -"). ok is false when there is none; a date in the
// report's sentences is not a dateline. A dateline without a year needs
// DatelineBefore.
func Dateline(text string) (t time.Time, ok bool) { return dateline(text, time.Time{}) }

// DatelineBefore is Dateline that also reads datelines without a year
// ("BEIRUT, April 20 (Reuters) -", a date line "April 20"): they take the
// year that puts them on or before ref, such as the day the report was
// fetched.
func DatelineBefore(text string, ref time.Time) (t time.Time, ok bool) { return dateline(text, ref) }

func dateline(text string, ref time.Time) (time.Time, bool) {
	m, ok := datelineMention(text, ref, true)
	return m.From, ok
}

// DateLine returns the mention of a line of the report's head that is a
// date and nothing more ("date 2019-04-20", "Published: 20 April 2019"
// above the story), so that a reader can tell the stamp of publication from
// a date the story gives: the stamp dates no deed. A wire dateline
// ("BEIRUT, April 20, 2019 (AP) -") opens the story's first sentence and is
// not one.
func DateLine(text string, ref time.Time) (m Mention, ok bool) {
	return datelineMention(text, ref, false)
}

func datelineMention(text string, ref time.Time, wire bool) (Mention, bool) {
	var buf [8]Mention
	pos, lines := 0, 0
	if strings.HasPrefix(text, "\ufeff") {
		pos = len("\ufeff")
	}
	for pos < len(text) && pos < datelineBytes && lines < datelineLines {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		line := strings.TrimSpace(text[pos:end])
		if line == "" {
			pos = end + 1
			continue
		}
		lines++
		// Every mention kept below holds a digit: a calendar date has its
		// day or year in digits, and a relative one needs them.
		if !strings.ContainsAny(line, "0123456789") {
			pos = end + 1
			continue
		}
		for _, m := range Parse(text, pos, end, ref, buf[:0]) {
			if m.Precision != Day || m.Offset != 0 {
				continue
			}
			if m.Relative && !strings.ContainsAny(text[m.Start:m.End], "0123456789") {
				continue // "Saturday" alone dates nothing without a calendar
			}
			if isDateLine(text, pos, end, m) || wire && isWireDateline(text, pos, end, m) {
				return m, true
			}
		}
		pos = end + 1
	}
	return Mention{}, false
}

// isDateLine reports whether the line text[lo:hi] is mostly the date m:
// what is left are labels, clock times, acronyms and at most a short name.
func isDateLine(text string, lo, hi int, m Mention) bool {
	p := newParser(text, lo, hi, time.Time{})
	others := 0
	for pos := lo; pos < hi; {
		t := p.next(pos)
		if t.s >= hi {
			break
		}
		pos = t.e
		if t.s >= m.Start && t.e <= m.End || isLabel(text, t) {
			continue
		}
		others++
		if others > datelineWords {
			return false
		}
	}
	return true
}

// isLabel reports whether t may sit beside a date on a date line.
func isLabel(text string, t tok) bool {
	switch t.k {
	case kNum, kWeekday:
		return true // clock times, a weekday
	case kWord:
		switch t.v {
		case wOn, wAt, wBy, wLast:
			return true
		}
	}
	w := text[t.s:t.e]
	if len(w) <= 5 {
		upper := true
		for i := 0; i < len(w); i++ {
			if !isUpper(w[i]) {
				upper = false
				break
			}
		}
		if upper {
			return true // AM, GMT, IST, AFP
		}
	}
	return wordIs(text, t, "date", "dated", "published", "posted", "updated", "modified",
		"am", "pm", "gmt", "utc", "local", "time", "edition")
}

// isWireDateline reports whether m opens a wire story: "BEIRUT, April 20
// (Reuters) -", "BEIRUT, Syria, April 20, 2019 (AP) —". Only place names and
// commas come before it, and an agency or a dash after it.
func isWireDateline(text string, lo, hi int, m Mention) bool {
	head := strings.TrimRight(text[lo:m.Start], " ")
	if !strings.HasSuffix(head, ",") {
		return false
	}
	head = strings.TrimLeft(head, " \t\ufeff")
	if head == "" || !isUpper(head[0]) || len(head) > 60 {
		return false
	}
	for i := 0; i < len(head); i++ {
		c := head[i]
		if !(isAlnum(c) || c == ' ' || c == ',' || c == '.' || c == '-' || c == '\'' || c >= 0x80) {
			return false
		}
	}
	tail := strings.TrimLeft(text[m.End:hi], " ")
	return strings.HasPrefix(tail, "(") || strings.HasPrefix(tail, "-") ||
		strings.HasPrefix(tail, "\u2013") || strings.HasPrefix(tail, "\u2014") || strings.HasPrefix(tail, "/")
}
