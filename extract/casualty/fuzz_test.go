package casualty

import "testing"

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"27", "1,200", "nearly two dozen", "between 20 and 30", "20-30",
		"a hundred and twenty", "dozens of", "1.5 million", "at least 99999999", "4th", "5/11/2022",
		"twenty-seven", "four or five", "up to 40", "half a dozen", "9,999,999,999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fig, n, ok := ParseNumber(s)
		if !ok {
			if n != 0 || fig != (Figure{}) {
				t.Fatalf("ParseNumber(%q) failed but returned %+v, %d", s, fig, n)
			}
			return
		}
		if n <= 0 || n > len(s) {
			t.Fatalf("ParseNumber(%q) read %d bytes", s, n)
		}
		if fig.Count < 0 || fig.Count > maxCount || fig.Low > fig.Count || fig.Count > fig.High || fig.High > maxCount {
			t.Fatalf("ParseNumber(%q) = %+v, out of bounds", s, fig)
		}
	})
}

func FuzzParse(f *testing.F) {
	for _, tc := range parseCases[:40] {
		f.Add(tc.in, 0, len(tc.in))
	}
	f.Add("Five people, including two children, died. 2 fatalities.", 3, 200)
	f.Add("killing \u201c12\u201d and (wounding 3", -4, 30)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		ps := Parse(text, start, end, nil)
		lo, hi := max(start, 0), min(end, len(text))
		if len(ps) > 0 && lo >= hi {
			t.Fatalf("Parse of an empty range gave %d phrases", len(ps))
		}
		checkPhrases(t, text, lo, hi, ps)
		// The same result twice, and appending keeps what was there.
		again := Parse(text, start, end, []Phrase{{}})
		if len(again) != len(ps)+1 {
			t.Fatalf("Parse is not deterministic: %d then %d phrases", len(ps), len(again)-1)
		}
	})
}
