package casualty

// maxCount bounds every figure: a number above it is not read as a count
// (it is a population, a sum of money or a misread), which also keeps
// arithmetic far from overflow.
const maxCount = 10_000_000

// numberWords holds the cardinal words below one hundred.
var numberWords = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

// multipliers scale the number before them.
var multipliers = map[string]int{"hundred": 100, "thousand": 1000, "million": 1_000_000}

// qualifierPhrase is a hedge that may open a number phrase. strict marks
// "fewer than N", read as N-1.
type qualifierPhrase struct {
	words  []string
	q      Qualifier
	strict bool
}

// qualifierPhrases are tried in order, so a phrase must come before any
// phrase that is its prefix.
var qualifierPhrases = []qualifierPhrase{
	{words: []string{"at", "least"}, q: AtLeast},
	{words: []string{"no", "fewer", "than"}, q: AtLeast},
	{words: []string{"no", "less", "than"}, q: AtLeast},
	{words: []string{"not", "less", "than"}, q: AtLeast},
	{words: []string{"a", "minimum", "of"}, q: AtLeast},
	{words: []string{"more", "than"}, q: MoreThan},
	{words: []string{"just", "over"}, q: MoreThan},
	{words: []string{"over"}, q: MoreThan},
	{words: []string{"upwards", "of"}, q: MoreThan},
	{words: []string{"in", "excess", "of"}, q: MoreThan},
	{words: []string{"nearly"}, q: Nearly},
	{words: []string{"almost"}, q: Nearly},
	{words: []string{"close", "to"}, q: Nearly},
	{words: []string{"just", "under"}, q: Nearly},
	{words: []string{"about"}, q: About},
	{words: []string{"around"}, q: About},
	{words: []string{"some"}, q: About},
	{words: []string{"roughly"}, q: About},
	{words: []string{"approximately"}, q: About},
	{words: []string{"an", "estimated"}, q: About},
	{words: []string{"estimated"}, q: About},
	{words: []string{"up", "to"}, q: UpTo},
	{words: []string{"as", "many", "as"}, q: UpTo},
	{words: []string{"at", "most"}, q: AtMost},
	{words: []string{"no", "more", "than"}, q: AtMost},
	{words: []string{"not", "more", "than"}, q: AtMost},
	{words: []string{"a", "maximum", "of"}, q: AtMost},
	{words: []string{"fewer", "than"}, q: AtMost, strict: true},
	{words: []string{"less", "than"}, q: AtMost, strict: true},
	{words: []string{"a", "total", "of"}, q: Exact},
	{words: []string{"only"}, q: Exact},
	{words: []string{"between"}, q: Range},
}

// vagueQuantity is a quantity word coded by ACLED's conventions.
type vagueQuantity struct {
	words []string
	value int
	q     Qualifier
}

// vagueQuantities must list a phrase before any phrase that is its prefix.
var vagueQuantities = []vagueQuantity{
	{words: []string{"tens", "of", "thousands"}, value: 10_000, q: Vague},
	{words: []string{"hundreds", "of", "thousands"}, value: 100_000, q: Vague},
	{words: []string{"half", "a", "dozen"}, value: 6, q: About},
	{words: []string{"a", "half", "dozen"}, value: 6, q: About},
	{words: []string{"dozens"}, value: 12, q: Vague},
	{words: []string{"scores"}, value: 20, q: Vague},
	{words: []string{"tens"}, value: 10, q: Vague},
	{words: []string{"hundreds"}, value: 100, q: Vague},
	{words: []string{"thousands"}, value: 1000, q: Vague},
	{words: []string{"several"}, value: 10, q: Vague},
	{words: []string{"numerous"}, value: 10, q: Vague},
	{words: []string{"many"}, value: 10, q: Vague},
	{words: []string{"a", "number", "of"}, value: 10, q: Vague},
	{words: []string{"a", "few"}, value: 3, q: Vague},
	{words: []string{"a", "handful"}, value: 3, q: Vague},
	{words: []string{"a", "couple"}, value: 2, q: Vague},
	{words: []string{"a", "score"}, value: 20, q: About},
}

// ParseNumber reads a number phrase at the start of s: digits ("27",
// "1,200", "1.5 million"), words ("four", "twenty-seven", "a hundred and
// twenty"), dozens ("a dozen", "nearly two dozen"), vague quantities
// ("dozens", "scores", "tens", "hundreds", "several", "a handful"), ranges
// ("between 20 and 30", "20 to 30", "20-30", "four or five"), each after an
// optional hedge ("at least", "more than", "over", "nearly", "almost",
// "about", "around", "some", "up to", "as many as", "at most", "roughly",
// "approximately"). A vague quantity's trailing "of" ("dozens of") is part
// of the phrase. It returns the figure, coded as the package documentation
// says, and the number of bytes read. ok is false when s does not open with
// a count: ordinals ("4th"), ages ("12-year-old"), decimals ("6.45"),
// percentages, times and numbers above ten million are not counts.
func ParseNumber(s string) (f Figure, n int, ok bool) {
	if len(s) == 0 {
		return Figure{}, 0, false
	}
	var buf [16]byte
	var first []byte
	if !isDigit(s[0]) {
		a, b := wordAt(s, 0)
		first = lowerInto(buf[:], s[a:b])
		if _, ok := numberStarts[string(first)]; !ok {
			return Figure{}, 0, false
		}
	}
	q := Exact
	strict := false
	p := 0
	for _, qp := range qualifierPhrases {
		if first == nil || qp.words[0] != string(first) {
			continue
		}
		if e, ok := matchWords(s, 0, qp.words); ok && e < len(s) && isSpace(s[e]) {
			q, strict, p = qp.q, qp.strict, skipSpaces(s, e)
			break
		}
	}
	between := q == Range
	if between {
		q = Exact
	}

	// Vague quantities take no range. They are words, so a figure in
	// digits is none of them.
	for _, v := range vagueQuantities {
		if p < len(s) && isDigit(s[p]) {
			break
		}
		e, ok := matchWords(s, p, v.words)
		if !ok {
			continue
		}
		if between {
			return Figure{}, 0, false
		}
		if e2, ok := matchWords(s, skipSpaces(s, e), []string{"of"}); ok && e2 > e {
			e = e2
		}
		vq := v.q
		if q != Exact {
			vq = q
		}
		return makeFigure(v.value, vq, strict), e, true
	}

	low, e, ok := readCount(s, p)
	if !ok {
		return Figure{}, 0, false
	}
	high := low
	// A range: "20-30", "20 to 30", "four or five", "between 20 and 30".
	if e+1 < len(s) && s[e] == '-' && isDigit(s[e+1]) || hasDash(s, e) {
		w := 1
		if s[e] != '-' {
			w = 3
		}
		hi, e2, ok := readCount(s, e+w)
		if !ok || hi <= low {
			return Figure{}, 0, false
		}
		high, e = hi, e2
	} else {
		join := rangeJoins
		if between {
			join = betweenJoins
		}
		for _, j := range join {
			if e >= len(s) || !isSpace(s[e]) {
				break
			}
			je, ok := matchWords(s, skipSpaces(s, e), []string{j})
			if !ok || je >= len(s) || !isSpace(s[je]) {
				continue
			}
			hi, e2, ok := readCount(s, skipSpaces(s, je))
			if ok && hi > low {
				high, e = hi, e2
			}
			break
		}
	}
	if between && high == low {
		return Figure{}, 0, false
	}
	if high > low {
		return Figure{Count: low, Low: low, High: high, Qualifier: Range}, e, true
	}
	// "20 or more", "20 or so".
	if e < len(s) && isSpace(s[e]) {
		if e2, ok := matchWords(s, skipSpaces(s, e), []string{"or", "more"}); ok && q == Exact {
			q, e = AtLeast, e2
		} else if e2, ok := matchWords(s, skipSpaces(s, e), []string{"or", "so"}); ok && q == Exact {
			q, e = About, e2
		}
	}
	if q == Exact && isDozenPhrase(s[p:e]) {
		q = About
	}
	return makeFigure(low, q, strict), e, true
}

// The words that join the two ends of a range, "or" last: "20 to 30",
// "four or five". After "between", "and" comes first, and "to" is taken
// too, as "between 4 to 8" is common in notes.
var (
	rangeJoins   = []string{"to", "or"}
	betweenJoins = []string{"and", "to", "or"}
)

// numberStarts holds every word a number phrase can open with, so that
// ParseNumber turns away other words after one map lookup.
var numberStarts = func() map[string]struct{} {
	m := map[string]struct{}{"a": {}, "an": {}}
	for w := range numberWords {
		m[w] = struct{}{}
	}
	for _, q := range qualifierPhrases {
		m[q.words[0]] = struct{}{}
	}
	for _, v := range vagueQuantities {
		m[v.words[0]] = struct{}{}
	}
	return m
}()

// makeFigure codes a single stated number: "nearly N" and "fewer than N"
// are N-1, the largest count the text allows.
func makeFigure(n int, q Qualifier, strict bool) Figure {
	if q == Nearly || strict {
		n--
	}
	if n < 0 {
		n = 0
	}
	return Figure{Count: n, Low: n, High: n, Qualifier: q}
}

// isDozenPhrase reports whether a number phrase counted in dozens ("a
// dozen", "two dozen"), which is a round figure rather than a tally.
func isDozenPhrase(s string) bool {
	return len(s) >= 5 && equalFold(s[len(s)-5:], "dozen")
}

// hasDash reports an en dash (U+2013) at s[i] followed by a digit.
func hasDash(s string, i int) bool {
	return i+3 < len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && s[i+2] == 0x93 && isDigit(s[i+3])
}

// readCount reads one exact number, in digits or words, at s[p:].
func readCount(s string, p int) (int, int, bool) {
	if p < len(s) && isDigit(s[p]) {
		return readDigits(s, p)
	}
	return readWords(s, p)
}

// readDigits reads "27", "1,200", "190,000", "1.5 million".
func readDigits(s string, p int) (int, int, bool) {
	i, v, nd := p, 0, 0
	for i < len(s) && isDigit(s[i]) {
		v = v*10 + int(s[i]-'0')
		i++
		if nd++; nd > 8 {
			return 0, 0, false
		}
	}
	// Thousands groups: exactly three digits after each comma.
	for i+3 < len(s) && s[i] == ',' && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) &&
		(i+4 == len(s) || !isDigit(s[i+4])) {
		v = v*1000 + int(s[i+1]-'0')*100 + int(s[i+2]-'0')*10 + int(s[i+3]-'0')
		i += 4
		if v > maxCount {
			return 0, 0, false
		}
	}
	frac, fracDiv := 0, 1
	if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
		j := i + 1
		for j < len(s) && isDigit(s[j]) && fracDiv < 1000 {
			frac = frac*10 + int(s[j]-'0')
			fracDiv *= 10
			j++
		}
		if j < len(s) && isDigit(s[j]) {
			return 0, 0, false
		}
		// A decimal is a count only when a multiplier follows: "1.5 million".
		if !(j < len(s) && isSpace(s[j])) {
			return 0, 0, false
		}
		m, e, ok := readMultiplier(s, skipSpaces(s, j))
		if !ok {
			return 0, 0, false
		}
		v = v*m + frac*m/fracDiv
		if v > maxCount {
			return 0, 0, false
		}
		return v, e, true
	}
	if i < len(s) {
		c := s[i]
		switch {
		case isLetter(c), c == '%', c == '_':
			return 0, 0, false // "4th", "12km", "30%"
		case c == '-' && i+1 < len(s) && isLetter(s[i+1]):
			return 0, 0, false // "12-year-old"
		case (c == ':' || c == '/' || c == '.' || c == ',') && i+1 < len(s) && isDigit(s[i+1]):
			return 0, 0, false // "6:45", "5/11/2022", "1,20"
		}
		if isSpace(c) {
			if m, e, ok := readMultiplier(s, skipSpaces(s, i)); ok {
				v *= m
				if v > maxCount {
					return 0, 0, false
				}
				return v, e, true
			}
		}
	}
	if v > maxCount {
		return 0, 0, false
	}
	return v, i, true
}

// readMultiplier reads "thousand" or "million" after a number in digits.
func readMultiplier(s string, p int) (int, int, bool) {
	a, b := wordAt(s, p)
	if b == a {
		return 0, 0, false
	}
	var buf [16]byte
	m, ok := multipliers[string(lowerInto(buf[:], s[a:b]))]
	if !ok || m == 100 || wordContinues(s, b) {
		return 0, 0, false
	}
	return m, b, true
}

// Kinds of the last word read by readWords, for its little grammar.
const (
	wNone = iota
	wUnit
	wTeen
	wTens
	wHundred
	wBig
)

// readWords reads a cardinal in words: "four", "twenty-seven", "twenty
// seven", "a hundred and twenty", "two thousand five hundred", "two dozen".
func readWords(s string, p int) (int, int, bool) {
	total, cur, last := 0, 0, wNone
	end, q := p, p
	article := false
	if e, ok := matchWords(s, p, []string{"a"}); ok && e < len(s) && isSpace(s[e]) {
		article, q = true, skipSpaces(s, e)
	} else if e, ok := matchWords(s, p, []string{"an"}); ok && e < len(s) && isSpace(s[e]) {
		article, q = true, skipSpaces(s, e)
	}
	if article {
		cur = 1
	}
	var buf [16]byte
	for {
		a, b := wordAt(s, q)
		if a == b {
			break
		}
		lw := lowerInto(buf[:], s[a:b])
		if v, ok := numberWords[string(lw)]; ok && !article {
			switch {
			case v < 10 && (last == wUnit || last == wTeen):
				return finishWords(s, total+cur, end, last)
			case v >= 10 && v < 20 && (last == wUnit || last == wTeen || last == wTens):
				return finishWords(s, total+cur, end, last)
			case v >= 20 && (last == wUnit || last == wTeen || last == wTens):
				return finishWords(s, total+cur, end, last)
			}
			cur += v
			switch {
			case v < 10:
				last = wUnit
			case v < 20:
				last = wTeen
			default:
				last = wTens
			}
		} else if m, ok := multipliers[string(lw)]; ok && (article || last == wUnit || last == wTeen || last == wTens || m > 100 && last == wHundred) {
			if m == 100 {
				cur *= 100
				last = wHundred
			} else {
				total += cur * m
				cur = 0
				last = wBig
			}
			article = false
		} else if string(lw) == "dozen" && (article || last == wUnit || last == wTeen || last == wTens) {
			if cur == 0 {
				cur = 1
			}
			return finishWords(s, total+cur*12, b, wBig)
		} else {
			break
		}
		if total+cur > maxCount {
			return 0, 0, false
		}
		end, q = b, b
		// "twenty-seven"
		if last == wTens && q+1 < len(s) && s[q] == '-' && isLetter(s[q+1]) {
			na, nb := wordAt(s, q+1)
			if v, ok := numberWords[string(lowerInto(buf[:], s[na:nb]))]; ok && v > 0 && v < 10 {
				cur += v
				last = wUnit
				end, q = nb, nb
			}
		}
		if q >= len(s) || !isSpace(s[q]) {
			break
		}
		q = skipSpaces(s, q)
		// "a hundred and twenty"
		if (last == wHundred || last == wBig) && q < len(s) {
			if e, ok := matchWords(s, q, []string{"and"}); ok && e < len(s) && isSpace(s[e]) {
				na, nb := wordAt(s, skipSpaces(s, e))
				if v, ok := numberWords[string(lowerInto(buf[:], s[na:nb]))]; ok && v > 0 {
					q = skipSpaces(s, e)
				}
			}
		}
	}
	if article && last == wNone {
		return 0, 0, false
	}
	return finishWords(s, total+cur, end, last)
}

// finishWords rejects a number word glued to a following word ("one-year-old").
func finishWords(s string, v, end, last int) (int, int, bool) {
	if last == wNone || v > maxCount {
		return 0, 0, false
	}
	if end+1 < len(s) && s[end] == '-' && isLetter(s[end+1]) {
		return 0, 0, false
	}
	return v, end, true
}

// matchWords matches words, case-insensitively and separated by spaces, at
// s[p:]; the last must end at a word boundary. It returns where they end.
func matchWords(s string, p int, words []string) (int, bool) {
	for i, w := range words {
		if i > 0 {
			if p >= len(s) || !isSpace(s[p]) {
				return 0, false
			}
			p = skipSpaces(s, p)
		}
		if len(s)-p < len(w) || !equalFold(s[p:p+len(w)], w) {
			return 0, false
		}
		p += len(w)
		if wordContinues(s, p) {
			return 0, false
		}
	}
	return p, true
}

// wordContinues reports whether s[p] carries on the word before it.
func wordContinues(s string, p int) bool {
	return p < len(s) && (isLetter(s[p]) || isDigit(s[p]) || s[p] >= 0x80 && !isPunctRune(s, p))
}

// wordAt returns the ASCII letters starting at s[p].
func wordAt(s string, p int) (int, int) {
	e := p
	for e < len(s) && isLetter(s[e]) {
		e++
	}
	return p, e
}

// lowerInto lower-cases an ASCII word into buf; a word too long for buf
// becomes empty, which matches nothing. Callers index maps with
// string(lowerInto(...)), which the compiler does without allocating.
func lowerInto(buf []byte, w string) []byte {
	if len(w) > len(buf) {
		return nil
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)]
}

// equalFold compares an ASCII text with a lower-case ASCII word.
func equalFold(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isSpace(c byte) bool  { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func skipSpaces(s string, p int) int {
	for p < len(s) && isSpace(s[p]) {
		p++
	}
	return p
}

// isPunctRune reports a General Punctuation character (U+2000–U+206F:
// dashes, curly quotes, the ellipsis) or a no-break space at s[p].
func isPunctRune(s string, p int) bool {
	if p+2 < len(s) && s[p] == 0xE2 && (s[p+1] == 0x80 || s[p+1] == 0x81) {
		return true
	}
	return p+1 < len(s) && s[p] == 0xC2 && s[p+1] == 0xA0
}
