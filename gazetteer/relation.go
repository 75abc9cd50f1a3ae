package gazetteer

import (
	"math/bits"
	"strings"
)

// The relations written before a name ("10 km east of", "the countryside
// of", "near", "the town of") are read backwards from the mention: the
// phrase must end right before it, so a reader that starts there and walks
// to the left visits a handful of bytes where a regular expression anchored
// at the end would try every start in the window. The grammar is the one a
// regular expression would spell
//
//	(?i)(?:^|\s|\()(PHRASE)$
//
// with \s the ASCII spaces, letters compared ignoring case as Go's regexp
// folds them (so "k" also matches the Kelvin sign and "s" the long s), and
// the leftmost phrase kept. relation_test.go holds those regular expressions
// and checks the reader against them.

// maxBefore is the longest text relationBefore reads, so that a set of its
// offsets fits in a posSet.
const maxBefore = 127

// posSet is a set of byte offsets into a text of at most maxBefore bytes.
type posSet [2]uint64

func (s *posSet) add(i int)  { s[i>>6] |= 1 << (i & 63) }
func (s posSet) empty() bool { return s[0]|s[1] == 0 }

func (s posSet) or(t posSet) posSet { return posSet{s[0] | t[0], s[1] | t[1]} }

// each calls f for each offset in s, smallest first.
func (s posSet) each(f func(i int)) {
	for k, w := range s {
		for ; w != 0; w &= w - 1 {
			f(k<<6 + bits.TrailingZeros64(w))
		}
	}
}

// rstep is one element of a phrase read backwards: given the offsets where
// it may end, it returns those where it may start.
type rstep func(text string, ends posSet) posSet

// readSeq reads its steps in order, that is, the last one first.
func readSeq(steps ...rstep) rstep {
	return func(text string, ends posSet) posSet {
		for i := len(steps) - 1; i >= 0 && !ends.empty(); i-- {
			ends = steps[i](text, ends)
		}
		return ends
	}
}

// readAlt reads any one of its steps.
func readAlt(steps ...rstep) rstep {
	return func(text string, ends posSet) posSet {
		var starts posSet
		for _, s := range steps {
			starts = starts.or(s(text, ends))
		}
		return starts
	}
}

// readOpt reads its step or nothing.
func readOpt(s rstep) rstep {
	return func(text string, ends posSet) posSet { return ends.or(s(text, ends)) }
}

// readLits reads any one of words, ignoring case.
func readLits(words ...string) rstep {
	return func(text string, ends posSet) posSet {
		var starts posSet
		ends.each(func(e int) {
			for _, w := range words {
				if s, ok := litBefore(text, e, w); ok {
					starts.add(s)
				}
			}
		})
		return starts
	}
}

// Sequences that Go's case folding matches with an ASCII letter.
const (
	kelvinSign = "\u212a" // folds with k
	longS      = "\u017f" // folds with s
)

// litBefore reports whether text[:end] ends with w, a lower-case ASCII
// word, ignoring case, and where it starts.
func litBefore(text string, end int, w string) (int, bool) {
	j := end
	for k := len(w) - 1; k >= 0; k-- {
		c := w[k]
		switch {
		case j > 0 && lowerASCII(text[j-1]) == c:
			j--
		case c == 'k' && strings.HasSuffix(text[:j], kelvinSign):
			j -= len(kelvinSign)
		case c == 's' && strings.HasSuffix(text[:j], longS):
			j -= len(longS)
		default:
			return 0, false
		}
	}
	return j, true
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// readRun reads one or more bytes of a class, or with letters, one or more
// letters a to z in any case.
func readRun(class func(byte) bool, letters bool) rstep {
	return func(text string, ends posSet) posSet {
		var starts posSet
		ends.each(func(e int) {
			for j := e; j > 0; {
				switch {
				case class(text[j-1]):
					j--
				case letters && strings.HasSuffix(text[:j], kelvinSign):
					j -= len(kelvinSign)
				case letters && strings.HasSuffix(text[:j], longS):
					j -= len(longS)
				default:
					return
				}
				starts.add(j)
			}
		})
		return starts
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }
func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isLetter(c byte) bool {
	c |= 0x20
	return 'a' <= c && c <= 'z'
}

// reBackward reads the relation phrases, in the order they are tried.
var reBackward = func() []struct {
	read rstep
	kind relKind
} {
	sp := readRun(isSpace, false)                                    // \s+
	spOpt := readOpt(sp)                                             // \s*
	digits := readRun(isDigit, false)                                // \d+
	letters := readRun(isLetter, true)                               // [a-z]+
	word := func(w string) rstep { return readSeq(readLits(w), sp) } // w\s+
	seq, alt, opt, lits := readSeq, readAlt, readOpt, readLits
	// north, south, east, west, north-east, northwest…, each optionally
	// with "ern".
	dir := seq(alt(
		lits("north", "south", "east", "west"),
		seq(lits("north", "south"), opt(lits("-")), lits("east", "west")),
	), opt(lits("ern")))
	// Optionally "the town of", "the city of", "the village of", "the
	// capital", "the provincial capital", then spaces.
	tail := opt(seq(word("the"), alt(
		seq(lits("town", "city", "village"), sp, lits("of")),
		seq(opt(word("provincial")), lits("capital")),
	), sp))
	return []struct {
		read rstep
		kind relKind
	}{
		// "10 km east of", "a few miles (3 miles) to the north of the town of".
		{seq(
			alt(
				seq(digits, opt(seq(lits("."), digits))),
				seq(word("a"), lits("few")),
				lits("several", "some"),
				seq(word("about"), digits),
				seq(word("around"), digits),
				letters,
			),
			spOpt, opt(lits("-")), spOpt,
			lits("km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "mi"), sp,
			opt(seq(lits("("), digits, sp, lits("miles"), lits(")"), sp)),
			opt(seq(word("to"), word("the"))),
			dir, sp, word("of"), tail,
		), relNear},
		// "the western countryside of", "rural areas of", "rural".
		{alt(
			seq(
				opt(word("the")), opt(seq(dir, sp)),
				alt(lits("countryside", "province", "governorate"), seq(word("rural"), lits("areas", "area"))),
				sp, word("of"),
				opt(seq(word("the"), opt(word("provincial")), word("capital"))),
			),
			word("rural"),
		), relArea},
		// "just east of", "to the south of the city of".
		{seq(opt(alt(word("just"), seq(word("to"), word("the")))), dir, sp, word("of"), tail), relNear},
		// "near", "close to", "on the northern outskirts of".
		{seq(
			alt(
				lits("near", "nearby", "outside", "around"),
				seq(word("close"), lits("to")),
				seq(word("in"), word("the"), word("vicinity"), lits("of")),
				seq(opt(word("on")), word("the"), opt(seq(dir, sp)), lits("outskirts", "suburbs", "edges", "edge", "periphery"), sp, lits("of")),
				seq(word("outskirts"), lits("of")),
			),
			sp, tail,
		), relNear},
		// "the town of".
		{seq(word("the"), lits("town", "city", "village"), sp, word("of")), relTownOf},
	}
}()

// relationBefore finds a relation phrase at the end of before, which holds
// at most maxBefore bytes: the first of the phrase kinds that matches, and
// the leftmost start of its phrase, which begins the text or follows a
// space or an opening parenthesis.
func relationBefore(before string) (start int, kind relKind, ok bool) {
	if len(before) > maxBefore || !relationCue(before) {
		return 0, 0, false
	}
	var end posSet
	end.add(len(before))
	for _, rb := range reBackward {
		starts := rb.read(before, end)
		start := -1
		starts.each(func(p int) {
			if start < 0 && (p == 0 || isSpace(before[p-1]) || before[p-1] == '(') {
				start = p
			}
		})
		if start >= 0 {
			return start, rb.kind, true
		}
	}
	return 0, 0, false
}

// relationCue reports whether before ends in a space after a word that
// ends some relation phrase ("of", "capital", "near", "nearby", "outside",
// "around", "to", "rural"), so that most mentions skip the reading.
func relationCue(before string) bool {
	e := len(before)
	for e > 0 && isSpace(before[e-1]) {
		e--
	}
	if e == len(before) {
		return false
	}
	for _, w := range []string{"of", "capital", "near", "nearby", "outside", "around", "to", "rural"} {
		if _, ok := litBefore(before, e, w); ok {
			return true
		}
	}
	return false
}
