package dates

import "time"

// kind is what a token is, as far as dates care.
type kind uint8

const (
	kNone    kind = iota // a word or number of no interest, or mixed letters and digits ("M4", "1980s")
	kNum                 // digits only; v is the value (capped), n the digit count
	kOrd                 // an ordinal in digits ("5th"); v is the value
	kWeekday             // a capitalized weekday name; v is the time.Weekday
	kMonth               // a capitalized month name; v is 1..12, n is 1 for an abbreviation
	kWord                // a keyword; v is one of the w constants
)

// Keywords. Only the words the grammar looks at get a value; every other
// word is kNone.
const (
	wNone = iota
	wYesterday
	wToday
	wTonight
	wOvernight
	wLast
	wPast
	wThis
	wNext
	wEarlier
	wEarly
	wLate
	wMid
	wSince
	wOn
	wIn
	wUntil
	wBy
	wFrom
	wDuring
	wBefore
	wAfter
	wAt
	wOf
	wThroughout
	wBetween
	wThe
	wAnd
	wTo
	wOr
	wThrough
	wDawn
	wDaybreak
	wMidnight
	wNight
	wMorning
	wAfternoon
	wEvening
	wDay
	wWeek
	wWeekend
	wMonth
	wYear
	wHour
	wAgo
	wLater
	wPrevious
	wFollowing
	wEnd
	wBeginning
	wMiddle
	wA       // "a", "an": one, in "a day earlier", "a week of fighting"
	wNumber  // a number word ("two"); the token's n holds its value
	wOrdinal // an ordinal word ("third"); the token's n holds its value
	wSaid    // a verb of saying
	wStatement
	wLong
	wCouple
	wOver
	wFor
	wSame
)

// tok is one run of ASCII letters and digits in the text.
type tok struct {
	s, e int
	k    kind
	v    int
	n    int
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isAlnum(c byte) bool { return c-'0' < 10 || (c|0x20)-'a' < 26 }

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// classify says what text[s:e], a run of ASCII letters and digits, is.
func classify(text string, s, e int) tok {
	t := tok{s: s, e: e}
	c := text[s]
	if isDigit(c) {
		i, v := s, 0
		for i < e && isDigit(text[i]) {
			if v < 1_000_000 {
				v = v*10 + int(text[i]-'0')
			}
			i++
		}
		if i == e {
			t.k, t.v, t.n = kNum, v, e-s
			return t
		}
		if i-s <= 2 && e-i == 2 && isOrdinalSuffix(text[i], text[i+1]) {
			t.k, t.v = kOrd, v
		}
		return t
	}
	n := e - s
	if n > 11 {
		return t
	}
	// Most words are lower case already: only the others are copied,
	// lower-cased, into a buffer on the stack.
	lower := true
	for i := s; i < e; i++ {
		ch := text[i]
		switch {
		case ch-'a' < 26:
		case ch-'A' < 26:
			lower = false
		default:
			return t // letters and digits mixed
		}
	}
	word := text[s:e]
	var b [11]byte
	if !lower {
		for i := 0; i < n; i++ {
			b[i] = text[s+i] | 0x20
		}
		word = string(b[:n]) // kept on the stack: it does not escape
	}
	if isUpper(c) {
		if wd, ok := weekdayOf(word); ok {
			t.k, t.v = kWeekday, int(wd)
			return t
		}
		if m, abbr, ok := monthOf(word); ok {
			t.k, t.v = kMonth, int(m)
			if abbr {
				t.n = 1
			}
			return t
		}
	}
	if w, v := keywordOf(word); w != wNone {
		t.k, t.v, t.n = kWord, w, v
	}
	return t
}

func isOrdinalSuffix(a, b byte) bool {
	a |= 0x20
	b |= 0x20
	return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h'
}

func weekdayOf(w string) (time.Weekday, bool) {
	switch w {
	case "sunday":
		return time.Sunday, true
	case "monday":
		return time.Monday, true
	case "tuesday":
		return time.Tuesday, true
	case "wednesday":
		return time.Wednesday, true
	case "thursday":
		return time.Thursday, true
	case "friday":
		return time.Friday, true
	case "saturday":
		return time.Saturday, true
	}
	return 0, false
}

// monthOf returns the month a capitalized word names, and whether the word
// is an abbreviation ("Sept"), which counts only next to a day or a year.
func monthOf(w string) (m time.Month, abbr, ok bool) {
	switch w {
	case "january":
		return time.January, false, true
	case "february":
		return time.February, false, true
	case "march":
		return time.March, false, true
	case "april":
		return time.April, false, true
	case "may":
		return time.May, false, true
	case "june":
		return time.June, false, true
	case "july":
		return time.July, false, true
	case "august":
		return time.August, false, true
	case "september":
		return time.September, false, true
	case "october":
		return time.October, false, true
	case "november":
		return time.November, false, true
	case "december":
		return time.December, false, true
	case "jan":
		return time.January, true, true
	case "feb":
		return time.February, true, true
	case "mar":
		return time.March, true, true
	case "apr":
		return time.April, true, true
	case "jun":
		return time.June, true, true
	case "jul":
		return time.July, true, true
	case "aug":
		return time.August, true, true
	case "sep", "sept":
		return time.September, true, true
	case "oct":
		return time.October, true, true
	case "nov":
		return time.November, true, true
	case "dec":
		return time.December, true, true
	}
	return 0, false, false
}

// keywordOf returns the keyword a lower-cased word is, and for number and
// ordinal words their value.
func keywordOf(w string) (int, int) {
	switch w {
	case "yesterday":
		return wYesterday, 0
	case "today":
		return wToday, 0
	case "tonight":
		return wTonight, 0
	case "overnight":
		return wOvernight, 0
	case "last":
		return wLast, 0
	case "past":
		return wPast, 0
	case "this":
		return wThis, 0
	case "next":
		return wNext, 0
	case "earlier":
		return wEarlier, 0
	case "early":
		return wEarly, 0
	case "late":
		return wLate, 0
	case "mid":
		return wMid, 0
	case "since":
		return wSince, 0
	case "on":
		return wOn, 0
	case "in":
		return wIn, 0
	case "until", "till":
		return wUntil, 0
	case "by":
		return wBy, 0
	case "from":
		return wFrom, 0
	case "during":
		return wDuring, 0
	case "before":
		return wBefore, 0
	case "after":
		return wAfter, 0
	case "at":
		return wAt, 0
	case "of":
		return wOf, 0
	case "throughout":
		return wThroughout, 0
	case "between":
		return wBetween, 0
	case "the":
		return wThe, 0
	case "and":
		return wAnd, 0
	case "to":
		return wTo, 0
	case "or":
		return wOr, 0
	case "through":
		return wThrough, 0
	case "dawn", "sunrise":
		return wDawn, 0
	case "daybreak", "dusk":
		return wDaybreak, 0
	case "midnight":
		return wMidnight, 0
	case "night":
		return wNight, 0
	case "morning":
		return wMorning, 0
	case "afternoon":
		return wAfternoon, 0
	case "evening":
		return wEvening, 0
	case "day", "days":
		return wDay, 0
	case "week", "weeks":
		return wWeek, 0
	case "weekend":
		return wWeekend, 0
	case "month", "months":
		return wMonth, 0
	case "year", "years":
		return wYear, 0
	case "hour", "hours":
		return wHour, 0
	case "ago":
		return wAgo, 0
	case "later":
		return wLater, 0
	case "previous", "preceding":
		return wPrevious, 0
	case "following":
		return wFollowing, 0
	case "end":
		return wEnd, 0
	case "beginning", "start":
		return wBeginning, 0
	case "middle":
		return wMiddle, 0
	case "a", "an":
		return wA, 1
	case "one":
		return wNumber, 1
	case "two":
		return wNumber, 2
	case "three":
		return wNumber, 3
	case "four":
		return wNumber, 4
	case "five":
		return wNumber, 5
	case "six":
		return wNumber, 6
	case "seven":
		return wNumber, 7
	case "eight":
		return wNumber, 8
	case "nine":
		return wNumber, 9
	case "ten":
		return wNumber, 10
	case "eleven":
		return wNumber, 11
	case "twelve":
		return wNumber, 12
	case "fourteen":
		return wNumber, 14
	case "fifteen":
		return wNumber, 15
	case "twenty":
		return wNumber, 20
	case "thirty":
		return wNumber, 30
	case "second":
		return wOrdinal, 2
	case "third":
		return wOrdinal, 3
	case "fourth":
		return wOrdinal, 4
	case "fifth":
		return wOrdinal, 5
	case "sixth":
		return wOrdinal, 6
	case "seventh":
		return wOrdinal, 7
	case "eighth":
		return wOrdinal, 8
	case "ninth":
		return wOrdinal, 9
	case "tenth":
		return wOrdinal, 10
	case "said", "says", "say", "told", "tells", "reported", "reports", "announced",
		"announces", "added", "stated", "confirmed", "claimed", "declared", "warned":
		return wSaid, 0
	case "statement":
		return wStatement, 0
	case "long":
		return wLong, 0
	case "couple":
		return wCouple, 0
	case "over":
		return wOver, 0
	case "for":
		return wFor, 0
	case "same":
		return wSame, 0
	}
	return wNone, 0
}

// wordIs reports whether text[t.s:t.e] equals one of words, ignoring ASCII
// case.
func wordIs(text string, t tok, words ...string) bool {
	w := text[t.s:t.e]
	for _, x := range words {
		if equalFold(w, x) {
			return true
		}
	}
	return false
}

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
