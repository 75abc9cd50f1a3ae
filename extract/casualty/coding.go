package casualty

import (
	"slices"
	"strings"
)

// Coding is what a coder's note says about the fatalities an event is given,
// as ACLED's summaries close: "Total fatalities coded to 46", "Fatalities
// spread evenly across the three events, with 23 coded to each",
// "Distributed fatalities over the activities in A, B and C", "One fatality
// added for the suicide attacker". Such a note decides the event's figure
// over the figures the text tells, which it may have divided or corrected.
type Coding struct {
	// Total is the figure coded for the event ("Total fatalities coded as
	// 7", "Coded 6 fatalities", "4 fatalities.", "... for a total fatality
	// count of 13").
	Total int
	// Each is the share coded to each of several events ("with 23 coded to
	// each", "1 a piece", "1 fatality was allocated to each location").
	Each int
	// Parts is how many events or places a figure is divided over
	// ("spread evenly across the three events", "divided on A, B and C").
	Parts int
	// Whole is the figure divided, when the note states it ("the total 69
	// fatalities spread evenly across the three events"); zero means the
	// figure the event was told with.
	Whole int
	// Added is a figure added to the one told ("One fatality added for the
	// suicide attacker").
	Added int
}

// IsZero reports whether the note codes nothing.
func (c Coding) IsZero() bool { return c == Coding{} }

// Apply codes the figure told for an event by the note: the share of each
// event, else the coded total, else the told (or stated) figure divided by
// the parts, rounded down but never below one; then any addition.
func (c Coding) Apply(told int) int {
	n := told
	switch {
	case c.Each > 0:
		n = c.Each
	case c.Total > 0:
		n = c.Total
	case c.Parts > 1:
		whole := told
		if c.Whole > 0 {
			whole = c.Whole
		}
		if whole > 0 {
			n = max(1, whole/c.Parts)
		}
	}
	return min(n+c.Added, maxCount)
}

// codingToken is one word or punctuation mark of a note, lower case.
type codingToken struct {
	w     string
	num   int // the count a number starting here reads, or -1
	punct byte
}

// ReadCoding reads a coder's note from one sentence. It reports false when
// the sentence codes nothing, which is the case for any sentence that does
// not speak of fatalities, casualties or coding.
func ReadCoding(sentence string) (Coding, bool) {
	speaks := containsFold(sentence, "fatalit", "coded", "codded", "casualt", "allocated")
	divides := containsFold(sentence, "divid", "distribut", "spread", "split")
	if !speaks && !divides {
		return Coding{}, false
	}
	ts := codingTokens(sentence)
	var c Coding
	if speaks {
		c.Each = codedEach(ts)
		c.Total = codedTotal(ts)
	}
	c.Parts, c.Whole = codedParts(ts, speaks)
	c.Added = codedAdded(ts)
	if u := codedUnknown(ts); u > 0 && c.Total == u && countedBefore(ts) {
		// "1 fighter and an unknown number of IS fighters, coded as 10":
		// the coded figure stands for the uncounted part, and adds to
		// the counted one.
		c.Total = 0
		c.Added += u
	}
	return c, !c.IsZero()
}

func codingTokens(s string) []codingToken {
	var ts []codingToken
	for p := 0; p < len(s); {
		c := s[p]
		switch {
		case isSpace(c):
			p++
		case isDigit(c) || isLetter(c):
			e := p
			for e < len(s) && (isDigit(s[e]) || isLetter(s[e]) || s[e] == '\'' || (s[e] == ',' || s[e] == '-') && e+1 < len(s) && isDigit(s[e+1]) && isDigit(s[e-1])) {
				e++
			}
			t := codingToken{w: strings.ToLower(s[p:e]), num: -1}
			if fig, n, ok := ParseNumber(s[p:e]); ok && n == e-p {
				t.num = fig.Count
			}
			ts = append(ts, t)
			p = e
		default:
			ts = append(ts, codingToken{punct: c, num: -1})
			p++
		}
	}
	return ts
}

func (t codingToken) is(ws ...string) bool {
	for _, w := range ws {
		if t.w == w {
			return true
		}
	}
	return false
}

func isFatalityWord(w string) bool {
	return strings.HasPrefix(w, "fatalit") || strings.HasPrefix(w, "casualt") || w == "deaths" || w == "death"
}

// isDividingWord reports whether w says a toll is divided among events:
// "distributed", "spread", "divided", "split".
func isDividingWord(w string) bool {
	return strings.HasPrefix(w, "distribut") || strings.HasPrefix(w, "spread") || strings.HasPrefix(w, "divid") || w == "split"
}

func isCodedWord(w string) bool {
	switch w {
	case "coded", "codded", "allocated", "attributed", "assigned", "counted", "tallying", "totalling", "totaling":
		return true
	}
	return false
}

// codedEach reads "with 23 coded to each", "1 a piece", "2 fatalities
// coded to fighting at each location": the number nearest before "each"
// (or "apiece") in a clause that codes.
func codedEach(ts []codingToken) int {
	for i, t := range ts {
		piece := t.is("apiece") || t.w == "piece" && i > 0 && ts[i-1].w == "a"
		if !t.is("each", "per") && !piece {
			continue
		}
		coded := piece
		for j := i - 1; j >= 0 && j >= i-8; j-- {
			if ts[j].punct == '.' || ts[j].punct == ';' {
				break
			}
			if isCodedWord(ts[j].w) || isFatalityWord(ts[j].w) {
				coded = true
			}
			if ts[j].num >= 0 && ts[j].w != "" {
				if j+1 < len(ts) && ts[j+1].is("of") {
					break // "each of the 4 areas"
				}
				if j > 0 && isCodedWord(ts[j-1].w) {
					coded = true // "tallying 8 per event"
				}
				if coded {
					return ts[j].num
				}
				break
			}
		}
	}
	return 0
}

// codedTotal reads "coded to|as N", "coded N fatalities", "a total fatality
// count of N", and a sentence that is only "N fatalities".
func codedTotal(ts []codingToken) int {
	words := 0
	for _, t := range ts {
		if t.w != "" {
			words++
		}
	}
	total := 0
	for i, t := range ts {
		switch {
		case isCodedWord(t.w):
			k := i + 1
			if k < len(ts) && ts[k].is("to", "as", "at") {
				k++
			}
			if k < len(ts) && ts[k].num > 0 && !(k+1 < len(ts) && ts[k+1].is("each", "a", "per")) {
				if k+1 < len(ts) && ts[k+1].w != "" && !isFatalityWord(ts[k+1].w) && !ts[k+1].is("for", "to", "in", "with") {
					continue // "coded to 3 locations"
				}
				total = ts[k].num
			} else if k == i+1 && k+1 < len(ts) && ts[k].num > 0 && isFatalityWord(ts[k+1].w) && i == 0 {
				total = ts[k].num // "Coded 6 fatalities"
			}
		case t.is("count", "toll", "number") && i > 0 && (ts[i-1].w == "fatality" || isFatalityWord(ts[i-1].w)):
			if i+2 < len(ts) && ts[i+1].is("of") && ts[i+2].num > 0 {
				total = ts[i+2].num // "for a total fatality count of 13"
			}
		}
	}
	if total == 0 && words == 2 && ts[0].num > 0 && isFatalityWord(ts[1].w) {
		total = ts[0].num // "4 fatalities."
	}
	if total == 0 && words == 3 && ts[0].is("total") && isFatalityWord(ts[1].w) && ts[2].num > 0 {
		total = ts[2].num // "Total fatalities 6."
	}
	return total
}

// codedParts reads "spread evenly across the three events", "distributed
// over two locations", "divided on both locations", "split between the 2
// locations" and "distributed over the activities in A, B and C".
//
// Unless the sentence speaks of fatalities or coding, only a count of
// events or places is read ("divided on both locations"): "the fire spread
// across the city, the market and the school" divides nothing.
func codedParts(ts []codingToken, speaks bool) (parts, whole int) {
	for i, t := range ts {
		if !strings.HasPrefix(t.w, "spread") && !strings.HasPrefix(t.w, "distribut") && !strings.HasPrefix(t.w, "divid") &&
			!t.is("split", "splot", "shared") {
			continue
		}
		// The figure divided, when the sentence states one before.
		for j := 0; j < i; j++ {
			if ts[j].num > whole && ts[j].w != "" && !(j+1 < len(ts) && ts[j+1].is("events", "locations", "areas")) {
				whole = ts[j].num
			}
		}
		k := i + 1
		for k < len(ts) && ts[k].is("evenly", "equally", "fatalities", "casualties") {
			k++
		}
		if k >= len(ts) || !ts[k].is("across", "over", "on", "between", "among", "amongst", "to", "in") {
			return 0, 0
		}
		k++
		if k < len(ts) && ts[k].is("the") {
			k++
		}
		unit := func(j int) bool {
			return j < len(ts) && (ts[j].is("events", "locations", "areas", "places", "incidents", "fronts", "villages", "towns", "sites") || speaks && ts[j].w != "" && !isFatalityWord(ts[j].w))
		}
		if k < len(ts) && ts[k].is("both") && unit(k+1) {
			return 2, whole
		}
		if k < len(ts) && ts[k].num > 1 && ts[k].w != "" && unit(k+1) {
			return ts[k].num, whole
		}
		if !speaks {
			return 0, 0
		}
		if k < len(ts) && ts[k].is("activities", "events", "locations", "areas", "places") && k+1 < len(ts) && ts[k+1].is("in", "at", "of") {
			k += 2
		}
		return listItems(ts[k:]), whole
	}
	return 0, 0
}

// listItems counts the items of a list of names to the end of the sentence:
// "A, B, C and D" is four.
func listItems(ts []codingToken) int {
	n, words := 1, 0
	for i, t := range ts {
		if t.punct == '.' || t.punct == ';' || t.punct == ':' {
			break
		}
		if t.w != "" {
			words++
		}
		if t.punct == ',' || t.w == "and" && i > 0 && ts[i-1].punct != ',' {
			n++
		}
	}
	if words == 0 || n < 2 {
		return 0
	}
	return n
}

// codedUnknown reads the figure coded for an uncounted part of the dead:
// "an unknown number of IS fighters which are coded as 10".
func codedUnknown(ts []codingToken) int {
	for i := 0; i+1 < len(ts); i++ {
		if !ts[i].is("unknown", "unspecified", "undetermined") || !ts[i+1].is("number") {
			continue
		}
		for k := i + 2; k+1 < len(ts); k++ {
			if ts[k].punct == '.' || ts[k].punct == ';' {
				break
			}
			if isCodedWord(ts[k].w) {
				n := k + 1
				if ts[n].is("as", "to") {
					n++
				}
				if n < len(ts) && ts[n].num > 0 {
					return ts[n].num
				}
				break
			}
		}
	}
	return 0
}

// countedBefore reports whether the note counts some of the dead before it
// names an uncounted number: "1 fighter and an unknown number of IS
// fighters" (a part), not "an unspecified number of fatalities" (all).
func countedBefore(ts []codingToken) bool {
	for _, t := range ts {
		if t.is("unknown", "unspecified", "undetermined") {
			return false
		}
		if t.num > 0 && t.w != "" {
			return true
		}
	}
	return false
}

// codedAdded reads "One fatality added for the suicide attacker".
func codedAdded(ts []codingToken) int {
	for i := 0; i+2 < len(ts); i++ {
		if ts[i].num > 0 && ts[i].w != "" && isFatalityWord(ts[i+1].w) && ts[i+2].is("added") {
			return ts[i].num
		}
	}
	return 0
}

// PlaceShare returns the fatalities a coder's note codes to the place
// called name, when the note divides a toll by place: "28 fatalities coded
// to fighting at Tal Aas", "with 10 coded to fighting at Quriyeh and 9 at
// al-Bukamal", "4 fatalities to fighting at A, B and C", "fatalities spread
// across the four events with four fatalities at A, B and C and three at
// D", "the remaining 36 fatalities are distributed as follows: 5 to
// fighting in A, B and C and 6 to D". The share is the
// figure that opens the stretch of the note the name lies in. Given several
// names (the place as the text spells it, its gazetteer name, "this
// location"), the first that has a share decides; the note is read once.
// It reports false when the note names none of them with a share of its
// own, or is no coder's note.
func PlaceShare(sentence string, names ...string) (int, bool) {
	// Assembly asks this of every sentence for every incident and name:
	// most sentences hold none of the words a note needs, and are passed
	// over without being split into tokens.
	if !MayBeNote(sentence) {
		return 0, false
	}
	ts := codingTokens(sentence)
	if !slices.ContainsFunc(ts, func(t codingToken) bool { return isCodedWord(t.w) || isDividingWord(t.w) }) {
		// "So far there are 40 fatalities in an attack in Azaz" is a
		// toll, not a coder's division of one; "fatalities spread across
		// the four events with four at A and B" divides one.
		return 0, false
	}
	for _, name := range names {
		if n, ok := shareOf(ts, nameWords(name)); ok {
			return n, true
		}
	}
	return 0, false
}

// shareOf finds the share a note's tokens give the place whose words are
// want.
func shareOf(ts []codingToken, want []string) (int, bool) {
	if len(want) == 0 {
		return 0, false
	}
	for at := range ts {
		if !wordsAt(ts, at, want) {
			continue
		}
		for j := at - 1; j >= 0; j-- {
			t := ts[j]
			if t.punct == '.' || t.punct == ';' || t.punct == ':' {
				break
			}
			if t.num <= 0 || t.w == "" {
				continue
			}
			if shareNumber(ts, j) {
				return min(t.num, maxCount), true
			}
			break
		}
	}
	return 0, false
}

// shareNumber reports whether the number at i opens a share of a toll:
// "28 fatalities coded to", "10 coded to", "9 at", "5 to fighting in".
func shareNumber(ts []codingToken, i int) bool {
	for k := i + 1; k < len(ts) && k <= i+3; k++ {
		t := ts[k]
		if t.punct != 0 {
			return false
		}
		if isFatalityWord(t.w) || isCodedWord(t.w) || t.is("to", "at", "in", "each") {
			return true
		}
		if !t.is("fatality", "more", "other", "remaining") {
			return false
		}
	}
	return false
}

// nameWords folds a place name into its words, without a leading article
// ("al-Bukamal" is "bukamal"), as notes spell names with and without it.
func nameWords(name string) []string {
	var ws []string
	for _, t := range codingTokens(name) {
		if t.w != "" {
			ws = append(ws, t.w)
		}
	}
	if len(ws) > 1 && isNameArticle(ws[0]) {
		ws = ws[1:]
	}
	return ws
}

// isNameArticle reports whether w is the Arabic article in one of the
// spellings place names take ("al", "ar", "ash", ...).
func isNameArticle(w string) bool {
	switch w {
	case "al", "el", "ar", "as", "ad", "ash", "at", "az", "an", "ed", "es", "er":
		return true
	}
	return false
}

// wordsAt reports whether the words of a name start at token i, letting
// punctuation inside the name ("Ar-Raqqa", "Ser/Sarnjak") and an article
// before it pass.
func wordsAt(ts []codingToken, i int, want []string) bool {
	k := i
	for _, w := range want {
		for k < len(ts) && ts[k].w == "" && ts[k].punct != '.' && ts[k].punct != ',' && ts[k].punct != ';' && k > i {
			k++
		}
		if k >= len(ts) || ts[k].w != w {
			return false
		}
		k++
	}
	return true
}

// MayBeNote reports whether a sentence holds a word that a coder's note
// needs ("coded", "fatalities", "distributed", ...): a sentence without one
// is no note, for ReadCoding or PlaceShare. It is cheap, and does not
// allocate.
func MayBeNote(sentence string) bool {
	return containsFold(sentence, "coded", "codded", "allocated", "attributed", "assigned", "counted", "tallying", "totalling", "totaling",
		"distribut", "spread", "divid", "split", "fatalit", "casualt")
}

// containsFold reports whether a word of s starts with any of subs, which
// are lower case, ignoring the case of ASCII letters in s, without
// allocating.
func containsFold(s string, subs ...string) bool {
	// firsts has bit c-'a' set for each first letter of subs, so that most
	// words are passed over on one test.
	var firsts uint32
	for _, sub := range subs {
		firsts |= 1 << ((sub[0] - 'a') & 31)
	}
	prevLetter := false
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20 // ASCII letters to lower case; the first bytes of subs are letters
		letter := c-'a' < 26
		if prevLetter {
			prevLetter = letter
			continue
		}
		prevLetter = letter
		if !letter || firsts&(1<<(c-'a')) == 0 {
			continue
		}
		for _, sub := range subs {
			if c == sub[0] && len(s)-i >= len(sub) && strings.EqualFold(s[i:i+len(sub)], sub) {
				return true
			}
		}
	}
	return false
}
