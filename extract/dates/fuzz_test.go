package dates

import (
	"testing"
	"time"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"IS militants ambushed troops in the desert Thursday night, setting off two days of clashes, activists said Saturday.",
	"On 5/11/2022, a journalist died. On 31 March 2023, two members attacked a post.",
	"BEIRUT, April 20 (Reuters) - Rebels attacked early Saturday after a four-day campaign.",
	"date 2024-11-30\nOvernight, warplanes struck since Wednesday, over the past 48 hours.",
	"between 5 and 7 March 2019, on the 5th, the 4th Division, Resolution 2254, at 5 pm, in 2014, last week",
	"on on on on the the 5th of of March 29 February 2100 31/12/2100 01/01/1900 1900-01-01",
	"Sept. 5 Sep 15 mid-March late October early 2014 the end of last month earlier this year",
	"a day after, three days earlier, 999 weeks ago, the day before yesterday, since July last year",
	"\u00a0Thursday\u2019s attack \u2013 5\u20137 March, caf\u00e9 on\u00a0Friday",
}

// onRunes reports whether start and end fall on rune boundaries. In text
// that is not UTF-8 (the pipeline normalizes it first) a stray continuation
// byte belongs to no rune, so only valid text is checked.
func onRunes(text string, start, end int) bool {
	if !utf8.ValidString(text) {
		return true
	}
	return utf8.RuneStart(text[start]) && (end == len(text) || utf8.RuneStart(text[end]))
}

// checkMention fails t unless m is sane for text parsed over [start, end).
func checkMention(t *testing.T, text string, start, end int, m Mention) {
	t.Helper()
	if m.Start < start || m.End > end || m.Start >= m.End {
		t.Fatalf("mention %d..%d outside %d..%d in %q", m.Start, m.End, start, end, text)
	}
	if !onRunes(text, m.Start, m.End) {
		t.Fatalf("mention %d..%d not on rune boundaries in %q", m.Start, m.End, text)
	}
	if m.Precision == Unknown {
		if !m.From.IsZero() || !m.To.IsZero() {
			t.Fatalf("unresolved mention %q has days %v..%v", m.Text(text), m.From, m.To)
		}
		return
	}
	if m.To.Before(m.From) {
		t.Fatalf("mention %q: To %v before From %v", m.Text(text), m.To, m.From)
	}
	if m.From.Year() < minYear || m.To.Year() > maxYear {
		t.Fatalf("mention %q: years %d..%d out of range", m.Text(text), m.From.Year(), m.To.Year())
	}
	if m.From.Hour() != 0 || m.From.Location() != time.UTC || m.To.Hour() != 0 {
		t.Fatalf("mention %q: days not at midnight UTC: %v..%v", m.Text(text), m.From, m.To)
	}
}

func FuzzParse(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, 0, len(s), int64(17000+i*400))
	}
	f.Add("on Monday", -3, 100, int64(0))
	f.Fuzz(func(t *testing.T, text string, start, end int, pubDays int64) {
		var pub time.Time
		if pubDays != 0 {
			pub = time.Unix(0, 0).UTC().AddDate(0, 0, int(pubDays%200_000))
		}
		ms := Parse(text, start, end, pub, nil)
		lo, hi := clip(text, start, end)
		for _, m := range ms {
			checkMention(t, text, lo, hi, m)
		}
		for _, x := range Extents(text, start, end, nil) {
			if x.Start < lo || x.End > hi || x.Start >= x.End {
				t.Fatalf("extent %d..%d outside %d..%d", x.Start, x.End, lo, hi)
			}
			if !onRunes(text, x.Start, x.End) {
				t.Fatalf("extent %d..%d not on rune boundaries", x.Start, x.End)
			}
			if x.Days < 2 || x.Days > maxExtentDays {
				t.Fatalf("extent %q: %d days", text[x.Start:x.End], x.Days)
			}
		}
		// Parsing is a pure function of its input.
		again := Parse(text, start, end, pub, nil)
		if len(again) != len(ms) {
			t.Fatalf("second parse found %d mentions, first %d", len(again), len(ms))
		}
	})
}

func FuzzDateline(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, int64(18000))
	}
	f.Add("Saturday 20 April 2019\n\nBody.", int64(0))
	f.Add("By Jane Doe | 20/04/2019\nBody", int64(0))
	f.Fuzz(func(t *testing.T, text string, refDays int64) {
		var ref time.Time
		if refDays != 0 {
			ref = time.Unix(0, 0).UTC().AddDate(0, 0, int(refDays%200_000))
		}
		for _, read := range []func() (time.Time, bool){
			func() (time.Time, bool) { return Dateline(text) },
			func() (time.Time, bool) { return DatelineBefore(text, ref) },
		} {
			d, ok := read()
			if !ok {
				if !d.IsZero() {
					t.Fatalf("no dateline, but a date %v", d)
				}
				continue
			}
			if d.Year() < minYear || d.Year() > maxYear {
				t.Fatalf("dateline year %d out of range", d.Year())
			}
		}
		if m, ok := DateLine(text, ref); ok {
			if m.Start < 0 || m.Start >= m.End || m.End > len(text) {
				t.Fatalf("date line mention %d-%d out of the text's %d bytes", m.Start, m.End, len(text))
			}
		}
	})
}
