package casualty

import "testing"

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in               string
		count, low, high int
		q                Qualifier
		read             string // the text ParseNumber should consume
		ok               bool
	}{
		// Digits.
		{"27 soldiers", 27, 27, 27, Exact, "27", true},
		{"1,200 people", 1200, 1200, 1200, Exact, "1,200", true},
		{"190,000 killed", 190000, 190000, 190000, Exact, "190,000", true},
		{"1.5 million people", 1500000, 1500000, 1500000, Exact, "1.5 million", true},
		{"3 thousand", 3000, 3000, 3000, Exact, "3 thousand", true},
		{"0 casualties", 0, 0, 0, Exact, "0", true},
		{"2.", 2, 2, 2, Exact, "2", true},
		{"5,", 5, 5, 5, Exact, "5", true},
		// Words.
		{"one soldier", 1, 1, 1, Exact, "one", true},
		{"Four civilians", 4, 4, 4, Exact, "Four", true},
		{"eleven", 11, 11, 11, Exact, "eleven", true},
		{"twenty-seven people", 27, 27, 27, Exact, "twenty-seven", true},
		{"twenty seven people", 27, 27, 27, Exact, "twenty seven", true},
		{"Forty-three peacekeepers", 43, 43, 43, Exact, "Forty-three", true},
		{"a hundred and twenty fighters", 120, 120, 120, Exact, "a hundred and twenty", true},
		{"one hundred twenty", 120, 120, 120, Exact, "one hundred twenty", true},
		{"two thousand five hundred", 2500, 2500, 2500, Exact, "two thousand five hundred", true},
		{"a thousand people", 1000, 1000, 1000, Exact, "a thousand", true},
		{"three hundred thousand", 300000, 300000, 300000, Exact, "three hundred thousand", true},
		{"five six", 5, 5, 5, Exact, "five", true},
		// Dozens.
		{"a dozen militants", 12, 12, 12, About, "a dozen", true},
		{"two dozen civilians", 24, 24, 24, About, "two dozen", true},
		{"nearly two dozen Syrian soldiers", 23, 23, 23, Nearly, "nearly two dozen", true},
		{"half a dozen fighters", 6, 6, 6, About, "half a dozen", true},
		{"a half dozen", 6, 6, 6, About, "a half dozen", true},
		// Vague quantities, with their "of".
		{"dozens of civilians", 12, 12, 12, Vague, "dozens of", true},
		{"Dozens were wounded", 12, 12, 12, Vague, "Dozens", true},
		{"scores of people", 20, 20, 20, Vague, "scores of", true},
		{"tens of civilians", 10, 10, 10, Vague, "tens of", true},
		{"hundreds of residents", 100, 100, 100, Vague, "hundreds of", true},
		{"thousands of people", 1000, 1000, 1000, Vague, "thousands of", true},
		{"tens of thousands of people", 10000, 10000, 10000, Vague, "tens of thousands of", true},
		{"hundreds of thousands", 100000, 100000, 100000, Vague, "hundreds of thousands", true},
		{"a handful of fighters", 3, 3, 3, Vague, "a handful of", true},
		{"a few soldiers", 3, 3, 3, Vague, "a few", true},
		{"a couple of guards", 2, 2, 2, Vague, "a couple of", true},
		{"several others", 10, 10, 10, Vague, "several", true},
		{"a number of civilians", 10, 10, 10, Vague, "a number of", true},
		{"at least dozens of", 12, 12, 12, AtLeast, "at least dozens of", true},
		// Qualifiers.
		{"at least 27", 27, 27, 27, AtLeast, "at least 27", true},
		{"At least seven people", 7, 7, 7, AtLeast, "At least seven", true},
		{"no fewer than 70", 70, 70, 70, AtLeast, "no fewer than 70", true},
		{"20 or more", 20, 20, 20, AtLeast, "20 or more", true},
		{"more than 80 people", 80, 80, 80, MoreThan, "more than 80", true},
		{"over 190,000", 190000, 190000, 190000, MoreThan, "over 190,000", true},
		{"just over 40", 40, 40, 40, MoreThan, "just over 40", true},
		{"upwards of 300", 300, 300, 300, MoreThan, "upwards of 300", true},
		{"nearly 50 soldiers", 49, 49, 49, Nearly, "nearly 50", true},
		{"almost 40", 39, 39, 39, Nearly, "almost 40", true},
		{"close to 100", 99, 99, 99, Nearly, "close to 100", true},
		{"about 30", 30, 30, 30, About, "about 30", true},
		{"around 100", 100, 100, 100, About, "around 100", true},
		{"some 15 soldiers", 15, 15, 15, About, "some 15", true},
		{"roughly 60", 60, 60, 60, About, "roughly 60", true},
		{"approximately 25", 25, 25, 25, About, "approximately 25", true},
		{"an estimated 400", 400, 400, 400, About, "an estimated 400", true},
		{"40 or so", 40, 40, 40, About, "40 or so", true},
		{"up to 40", 40, 40, 40, UpTo, "up to 40", true},
		{"as many as 142", 142, 142, 142, UpTo, "as many as 142", true},
		{"at most 10", 10, 10, 10, AtMost, "at most 10", true},
		{"no more than 5", 5, 5, 5, AtMost, "no more than 5", true},
		{"fewer than 10", 9, 9, 9, AtMost, "fewer than 10", true},
		{"a total of 8", 8, 8, 8, Exact, "a total of 8", true},
		// Ranges.
		{"between 20 and 30", 20, 20, 30, Range, "between 20 and 30", true},
		{"between twenty and thirty", 20, 20, 30, Range, "between twenty and thirty", true},
		{"20 to 30", 20, 20, 30, Range, "20 to 30", true},
		{"20-30 fighters", 20, 20, 30, Range, "20-30", true},
		{"20\u201330", 20, 20, 30, Range, "20\u201330", true},
		{"four or five families", 4, 4, 5, Range, "four or five", true},
		{"one to three civilians", 1, 1, 3, Range, "one to three", true},
		{"56 to 200", 56, 56, 200, Range, "56 to 200", true},
		{"five to the", 5, 5, 5, Exact, "five", true},
		{"30 to 20", 30, 30, 30, Exact, "30", true},
		// Not counts.
		{"4th Division", 0, 0, 0, 0, "", false},
		{"25th", 0, 0, 0, 0, "", false},
		{"12-year-old", 0, 0, 0, 0, "", false},
		{"one-year-old", 0, 0, 0, 0, "", false},
		{"6.45am", 0, 0, 0, 0, "", false},
		{"3.5 km", 0, 0, 0, 0, "", false},
		{"00:22", 0, 0, 0, 0, "", false},
		{"5/11/2022", 0, 0, 0, 0, "", false},
		{"30%", 0, 0, 0, 0, "", false},
		{"12km", 0, 0, 0, 0, "", false},
		{"5-0", 0, 0, 0, 0, "", false},
		{"between 20 people", 0, 0, 0, 0, "", false},
		{"over the weekend", 0, 0, 0, 0, "", false},
		{"some people", 0, 0, 0, 0, "", false},
		{"about the attack", 0, 0, 0, 0, "", false},
		{"a soldier", 0, 0, 0, 0, "", false},
		{"a", 0, 0, 0, 0, "", false},
		{"anyone", 0, 0, 0, 0, "", false},
		{"oneself", 0, 0, 0, 0, "", false},
		{"hundred", 0, 0, 0, 0, "", false},
		{"", 0, 0, 0, 0, "", false},
		{"20 million", 0, 0, 0, 0, "", false},
		{"999999999999", 0, 0, 0, 0, "", false},
		{"soldiers", 0, 0, 0, 0, "", false},
	}
	for _, tt := range tests {
		f, n, ok := ParseNumber(tt.in)
		if ok != tt.ok {
			t.Errorf("ParseNumber(%q) ok = %v, want %v (%+v, %d)", tt.in, ok, tt.ok, f, n)
			continue
		}
		if !ok {
			continue
		}
		want := Figure{Count: tt.count, Low: tt.low, High: tt.high, Qualifier: tt.q}
		if f != want || tt.in[:n] != tt.read {
			t.Errorf("ParseNumber(%q) = %+v, read %q; want %+v, read %q", tt.in, f, tt.in[:n], want, tt.read)
		}
	}
}

func TestStrings(t *testing.T) {
	if got := KilledOrWounded.String(); got != "killed_or_wounded" {
		t.Errorf("KilledOrWounded.String() = %q", got)
	}
	if got := AtLeast.String(); got != "at_least" {
		t.Errorf("AtLeast.String() = %q", got)
	}
	if got := Toll.String(); got != "toll" {
		t.Errorf("Toll.String() = %q", got)
	}
	for _, s := range []interface{ String() string }{Outcome(200), Qualifier(200), Aggregate(200)} {
		if s.String() != "unknown" {
			t.Errorf("an out-of-range value prints %q", s.String())
		}
	}
}

// TestTriggerStems checks that the byte pre-check lets through every word
// the parser can read as a trigger, so that it never hides a phrase.
func TestTriggerStems(t *testing.T) {
	for w, info := range lexicon {
		if info.flags&triggerFlags == 0 {
			continue
		}
		if !mayMention("x " + w + " y") {
			t.Errorf("mayMention misses the trigger %q", w)
		}
	}
	for _, w := range []string{"hostage", "prisoner", "captive"} {
		if !mayMention(w) {
			t.Errorf("mayMention misses %q", w)
		}
	}
	if mayMention("The army sent 500 soldiers to the front on Tuesday.") {
		t.Error("mayMention passes a sentence with no trigger")
	}
}
