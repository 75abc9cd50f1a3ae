package gazetteer

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// relationRegexps are the relation phrases as regular expressions, the
// spelling relationBefore reads them by: the reader must find what they
// find, phrase for phrase.
var relationRegexps = func() []*regexp.Regexp {
	tail := `(?:the\s+(?:(?:town|city|village)\s+of|(?:provincial\s+)?capital)\s+)?`
	var res []*regexp.Regexp
	for _, s := range []string{
		`((?:\d+(?:\.\d+)?|a\s+few|several|some|about\s+\d+|around\s+\d+|[a-z]+)\s*-?\s*(?:km|kms|kilometres|kilometers|kilometre|kilometer|miles|mile|mi)\s+(?:\(\d+\s+miles\)\s+)?(?:to\s+the\s+)?` + dirs + `\s+of\s+` + tail + `)`,
		`((?:the\s+)?(?:` + dirs + `\s+)?(?:countryside|province|governorate|rural\s+areas?)\s+of\s+(?:the\s+(?:provincial\s+)?capital\s+)?|rural\s+)`,
		`((?:just\s+|to\s+the\s+)?` + dirs + `\s+of\s+` + tail + `)`,
		`((?:near|nearby|close\s+to|outside|around|in\s+the\s+vicinity\s+of|(?:on\s+)?the\s+(?:` + dirs + `\s+)?(?:outskirts|suburbs|edges?|periphery)\s+of|outskirts\s+of)\s+` + tail + `)`,
		`(the\s+(?:town|city|village)\s+of\s+)`,
	} {
		res = append(res, regexp.MustCompile(`(?i)(?:^|\s|\()`+s+`$`))
	}
	return res
}()

// relationByRegexp is relationBefore spelt with relationRegexps.
func relationByRegexp(before string) (int, relKind, bool) {
	for i, re := range relationRegexps {
		if loc := re.FindStringSubmatchIndex(before); loc != nil {
			if loc[3] != len(before) {
				panic("relation phrase does not end the text")
			}
			return loc[2], reBackward[i].kind, true
		}
	}
	return 0, 0, false
}

func checkRelation(t *testing.T, before string) {
	t.Helper()
	s, k, ok := relationBefore(before)
	ws, wk, wok := relationByRegexp(before)
	if s != ws || k != wk || ok != wok {
		t.Errorf("relationBefore(%q) = %d, %d, %v; the regexps say %d, %d, %v", before, s, k, ok, ws, wk, wok)
	}
}

func TestRelationBefore(t *testing.T) {
	for _, tc := range []struct {
		before string
		phrase string // "" for none
		kind   relKind
	}{
		{"Shelling hit the town of ", "the town of ", relTownOf},
		{"Jets struck 10 km east of the town of ", "10 km east of the town of ", relNear},
		{"Jets struck 1.5km north-west of ", "1.5km north-west of ", relNear},
		{"a raid about 12 kilometres (8 miles) to the south of the provincial capital ", "about 12 kilometres (8 miles) to the south of the provincial capital ", relNear},
		{"fighting a few miles southeast of ", "a few miles southeast of ", relNear},
		{"some five-km west of ", "five-km west of ", relNear},
		{"clashes in the western countryside of ", "the western countryside of ", relArea},
		{"in rural areas of ", "rural areas of ", relArea},
		{"in rural ", "rural ", relArea},
		{"(rural ", "rural ", relArea},
		{"villages just north of ", "just north of ", relNear},
		{"to the northern of the city of ", "to the northern of the city of ", relNear},
		{"a checkpoint outside ", "outside ", relNear},
		{"fighting close  to\tthe capital ", "close  to\tthe capital ", relNear},
		{"shells fell on the southern outskirts of ", "on the southern outskirts of ", relNear},
		{"IN THE VICINITY OF ", "IN THE VICINITY OF ", relNear},
		{"ten \u212am east of ", "ten \u212am east of ", relNear},
		{"the province ", "", 0},
		{"the army said ", "", 0},
		{"east of", "", 0},
		{"", "", 0},
		{"beast of ", "", 0},
	} {
		s, k, ok := relationBefore(tc.before)
		var got string
		if ok {
			got = tc.before[s:]
		}
		if got != tc.phrase || k != tc.kind {
			t.Errorf("relationBefore(%q) = %q, %d; want %q, %d", tc.before, got, k, tc.phrase, tc.kind)
		}
		checkRelation(t, tc.before)
	}
}

// FuzzRelationBefore checks the reader against the regular expressions on
// any text of the window's size.
func FuzzRelationBefore(f *testing.F) {
	for _, s := range []string{
		"about 12 kilometres (8 miles) to the south of the provincial capital ",
		"on the north-eastern outskirts of ", "in the (rural areas of ", "3-mi westERN of the village of ",
		"the \u017fouthern countryside of ", "salami east of ", "close to ", "x(nearby \t",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, before string) {
		if len(before) > 96 {
			before = before[len(before)-96:]
		}
		checkRelation(t, before)
	})
}

// TestRelationBeforeRandom checks the reader against the regular
// expressions on random runs of the phrases' own words, where byte-level
// fuzzing would seldom spell a phrase.
func TestRelationBeforeRandom(t *testing.T) {
	vocab := []string{"the", "The", "of", "OF", "town", "city", "village", "capital", "provincial",
		"near", "nearby", "close", "to", "outside", "around", "in", "vicinity", "on", "outskirts",
		"suburbs", "edge", "edges", "periphery", "countryside", "province", "governorate", "rural",
		"area", "areas", "just", "north", "south", "east", "west", "north-east", "southwest",
		"northern", "south-western", "Eastern", "km", "kms", "kilometres", "kilometers", "kilometre",
		"kilometer", "miles", "mile", "mi", "10", "1.5", "3km", "5-km", "a", "few", "several", "some",
		"about", "five", "(", ")", "(8", "miles)", "-", "salami", "\u212am", "\u017fouth", "Aleppo", "x"}
	seps := []string{" ", " ", " ", "  ", "\t", "\n", "", "(", "-", "\u00a0"}
	r := rand.New(rand.NewPCG(6, 7))
	found := 0
	for range 20000 {
		var b strings.Builder
		for n := 1 + r.IntN(9); n > 0; n-- {
			b.WriteString(vocab[r.IntN(len(vocab))])
			b.WriteString(seps[r.IntN(len(seps))])
		}
		if r.IntN(4) > 0 {
			b.WriteByte(' ')
		}
		s := b.String()
		if len(s) > 96 {
			s = s[len(s)-96:]
		}
		checkRelation(t, s)
		if t.Failed() {
			return
		}
		if _, _, ok := relationBefore(s); ok {
			found++
		}
	}
	// Enough of the runs must spell a phrase for the check to mean much.
	if found < 500 {
		t.Errorf("only %d of the random runs hold a relation phrase", found)
	}
	t.Logf("%d runs hold a relation phrase", found)
}

// FuzzAfterUnit checks that the cheap tests before the unit and possessive
// expressions never skip a match.
func FuzzAfterUnit(f *testing.F) {
	for _, s := range []string{" province on Monday", "  Sub-district", " suburbs", "'s western outskirts",
		"\u2019 southern countryside", " outs\u212airts", " \u017fuburbs", " areas", " city,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, after string) {
		if got, want := afterUnit(after), patterns().afterUnit.FindStringSubmatchIndex(after); !slices.Equal(got, want) {
			t.Errorf("afterUnit(%q) = %v, want %v", after, got, want)
		}
		if got, want := afterPossessive(after), patterns().afterPossessive.FindStringSubmatchIndex(after); !slices.Equal(got, want) {
			t.Errorf("afterPossessive(%q) = %v, want %v", after, got, want)
		}
	})
}
