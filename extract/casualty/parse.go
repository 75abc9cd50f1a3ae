package casualty

// How a figure came by its outcome.
const (
	viaNone       = iota
	viaLeft       // after an active verb: "killing 21 soldiers"
	viaRight      // before a participle or noun: "27 soldiers were killed", "2 fatalities"
	viaToll       // after a toll: "the death toll rose to 40"
	viaChainLeft  // coordinated after a left reading: "killing 14 civilians and eight fighters"
	viaChainRight // coordinated before a right reading: "29 fighters and 30 jihadists were killed"
)

// cand is a figure found in the sentence, with its victims, before and
// after it is given an outcome. Token indexes are half-open ranges.
type cand struct {
	num0, num1 int // the figure's tokens
	np0, np1   int // the victim phrase's tokens; empty when np0 == np1
	end        int // the first token after the figure and its victims
	fig        Figure
	victims    string
	others     bool // "others", "another": the victims of the figure before
	subset     bool // part of another figure: "including four officers"
	half       bool // "half of them": Count is half the parent's
	ofThem     bool // "three of them", "two of whom"
	chained    bool // a part only by its link to a part before it
	indef      bool // counted without a number: "a soldier", "both", "him"
	out        Outcome
	via        int
	trig0      int // the trigger's tokens, or trig0 = -1
	trig1      int
	agg        Aggregate
	drop       bool
	parent     int
	relEnd     int  // the trigger read past a relative clause, or 0
	pronoun    bool // "him", "her": a person named before
	definite   bool // "the fighter": a person the text may have named before
}

// parser holds one sentence while Parse reads it.
type parser struct {
	text   string
	end    int
	toks   []token
	cands  []cand
	candAt []int // cand index starting at each token, or -1
}

// Parse appends the casualty phrases found in text[start:end], one sentence,
// to dst and returns the extended slice. Offsets in the phrases index text.
// A sentence that holds no casualty word costs one pass over its bytes.
func Parse(text string, start, end int, dst []Phrase) []Phrase {
	var ps Parser
	return ps.Parse(text, start, end, dst)
}

// Parser is Parse with buffers kept from one sentence to the next, for a
// caller that reads many. The zero Parser is ready to use; a Parser must not
// be used by two goroutines at once.
type Parser struct {
	p parser
}

// Parse is the package's Parse, reusing ps's buffers.
func (ps *Parser) Parse(text string, start, end int, dst []Phrase) []Phrase {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	if start >= end || !mayMention(text[start:end]) {
		return dst
	}
	p := &ps.p
	p.text, p.end = text, end
	if p.toks == nil {
		p.toks = make([]token, 0, (end-start)/5+8)
	}
	p.toks = tokenize(text, start, end, p.toks[:0])
	p.cands = p.cands[:0]
	p.findFigures()
	if len(p.cands) == 0 {
		return dst
	}
	p.markSubsets()
	p.readTriggers()
	p.chain()
	p.readTolls()
	p.numberOf()
	p.attachSubsets()
	p.aggregates()
	p.corefer()
	return p.emit(text, dst)
}

// is reports whether token i is the word w (lower case).
func (p *parser) is(i int, w string) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return false
	}
	t := &p.toks[i]
	return equalFold(p.text[t.s:t.e], w)
}

// isAny reports whether token i is one of the words.
func (p *parser) isAny(i int, words ...string) bool {
	for _, w := range words {
		if p.is(i, w) {
			return true
		}
	}
	return false
}

// punct reports whether token i is the punctuation character c.
func (p *parser) punct(i int, c byte) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tPunct {
		return false
	}
	return p.text[p.toks[i].s] == c
}

// apostrophe reports a straight or curly apostrophe at token i.
func (p *parser) apostrophe(i int) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tPunct {
		return false
	}
	t := &p.toks[i]
	return p.text[t.s:t.e] == "'" || p.text[t.s:t.e] == "\u2019"
}

// flag reports whether token i has any of the flags f.
func (p *parser) flag(i int, f wordFlag) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].flags&f != 0
}

// findFigures finds every count in the sentence and its victims.
func (p *parser) findFigures() {
	if n := len(p.toks) + 1; n <= cap(p.candAt) {
		p.candAt = p.candAt[:n]
	} else {
		p.candAt = make([]int, n)
	}
	for i := range p.candAt {
		p.candAt[i] = -1
	}
	for i := 0; i < len(p.toks); {
		c, ok := p.figureAt(i)
		if !ok {
			i++
			continue
		}
		p.candAt[i] = len(p.cands)
		p.cands = append(p.cands, c)
		if c.end > i {
			i = c.end
		} else {
			i++
		}
	}
}

// figureAt reads a figure and its victims starting at token i.
func (p *parser) figureAt(i int) (cand, bool) {
	t := &p.toks[i]
	c := cand{num0: i, trig0: -1, parent: -1}
	if c, ok := p.namedAt(i); ok {
		return c, true
	}
	if m := p.quotedTitle(i); m > i {
		c.num1, c.np0, c.np1, c.end = i+1, i, m, m
		c.fig, c.indef = Figure{Count: 1, Low: 1, High: 1}, true
		return c, true
	}
	if t.kind == tPunct {
		return c, false
	}
	k := -1
	if t.kind == tWord && t.flags&fNumStart == 0 && !t.hyph {
		// Not a number word: skip ParseNumber.
	} else if f, n, ok := ParseNumber(p.text[t.s:p.end]); ok && p.countable(i, t.s+n, f) {
		c.fig = f
		k = i
		for k < len(p.toks) && p.toks[k].s < t.s+n {
			k++
		}
		c.num1 = k
	}
	if k < 0 {
		if t.flags&fIndef == 0 {
			return p.bareSingularAt(i)
		}
		return p.indefiniteAt(i)
	}
	// "one of the soldiers", "three of them", "two of whom".
	if p.is(k, "of") {
		switch {
		case p.isAny(k+1, "them", "whom", "those"):
			c.ofThem = true
			k += 2
			for p.flag(k, fBe) {
				k++
			}
		case p.isAny(k+1, "the") && p.flag(k+2, fNominal) && p.toks[k+2].flags&fPerson == 0:
			// "two of the wounded"
			c.np0, c.np1, c.end = k+3, k+3, k+3
			return c, true
		case p.isAny(k+1, "the", "its", "their", "his", "her", "our"):
			np1, head, ok := p.victimPhrase(k + 2)
			if !ok || head < 0 {
				return c, false
			}
			c.np0, c.np1, c.end = k+2, np1, np1
			c.victims = p.toks[head].norm
			c.others = p.toks[head].flags&fOthers != 0
			return c, true
		}
	}
	np1, head, ok := p.victimPhrase(k)
	if !ok {
		if c.ofThem {
			c.np0, c.np1, c.end = k, k, k
			return c, true
		}
		return c, false
	}
	c.np0, c.np1, c.end = k, np1, np1
	if head >= 0 {
		c.victims = p.toks[head].norm
		c.others = p.toks[head].flags&fOthers != 0
		if m := p.family(head); m > head {
			c.victims = "civilians"
			c.np1, c.end = max(np1, m), max(np1, m)
		}
	}
	return c, true
}

// family returns the end of "members of one family" and its kind when
// head is "members" or "relatives", else head: a family's members are
// civilians ("three members of the same family", "five relatives from a
// single household").
func (p *parser) family(head int) int {
	if !p.isAny(head, "members", "member", "relatives") || !p.isAny(head+1, "of", "from") {
		return head
	}
	k := head + 2
	if p.isAny(k, "one", "a", "the", "his", "her", "their", "same", "single") {
		k++
	}
	if p.isAny(k, "same", "single") {
		k++
	}
	if p.isAny(k, "family", "household") {
		return k + 1
	}
	return head
}

// countable rejects numbers that are not counts of people by their
// neighbours: "Brigade 93", "March 5", "5 March", "30 percent", "$5", and
// years.
func (p *parser) countable(i, numEnd int, f Figure) bool {
	if p.flag(i-1, fUnitBefore) || p.flag(i-1, fDate) && p.toks[i].kind == tNum {
		return false
	}
	if i > 0 && p.toks[i-1].kind == tPunct {
		switch p.text[p.toks[i-1].s:p.toks[i-1].e] {
		case "$", "#", "\u00a3", "\u20ac": // "$5", "#3", "£5", "€5"
			return false
		}
	}
	k := i
	for k < len(p.toks) && p.toks[k].s < numEnd {
		k++
	}
	if p.flag(k, fDate) || p.punct(k, '%') || p.isAny(k, "percent", "per", "pc") {
		return false
	}
	if p.inAges(i) {
		return false
	}
	t := &p.toks[i]
	if t.kind == tNum && t.e-t.s == 4 && f.Qualifier == Exact && f.Count >= 1900 && f.Count <= 2099 && !p.flag(k, fPerson) {
		return false // a year
	}
	return true
}

// inAges reports whether the number at token i is one of a list of ages
// ("aged between 19 and 40", "aged 19, 25 and 40", "between the ages of
// 18 and 30"): an age says how old the victims were, not how many.
func (p *parser) inAges(i int) bool {
	for j, n := i-1, 0; j >= 0 && n < 8; j, n = j-1, n+1 {
		t := &p.toks[j]
		switch {
		case p.isAny(j, "aged", "age", "ages"):
			return true
		case t.kind == tNum, p.punct(j, ','), p.punct(j, '-'),
			p.isAny(j, "and", "to", "or", "between", "from", "of"):
			continue
		case t.kind == tWord && t.flags&fNumStart != 0:
			if _, _, ok := ParseNumber(p.text[t.s:p.end]); ok {
				continue // "aged twenty and thirty"
			}
		}
		return false
	}
	return false
}

// ageSpan returns the end of an age told after victims, at token j: "in
// their 20s", "in his early thirties", "aged 19 and 23", "aged between
// 18 and 30". It returns j when there is none.
func (p *parser) ageSpan(j int) int {
	if p.is(j, "in") && p.isAny(j+1, "their", "his", "her") {
		k := j + 2
		if p.isAny(k, "early", "mid", "late") {
			k++
		}
		if k < len(p.toks) && p.decade(k) {
			return k + 1
		}
		return j
	}
	if !p.isAny(j, "aged", "ages") && !(p.is(j, "between") && p.is(j+1, "the") && p.is(j+2, "ages")) {
		return j
	}
	k := j + 1
	for k < len(p.toks) && k <= j+10 {
		switch {
		case p.toks[k].kind == tNum && !p.toks[k].hyph, p.punct(k, '-'),
			p.isAny(k, "and", "to", "or", "between", "from", "of", "the", "ages"):
			k++
			continue
		case p.toks[k].kind == tWord && p.toks[k].flags&fNumStart != 0:
			if _, n, ok := ParseNumber(p.text[p.toks[k].s:p.end]); ok {
				numEnd := p.toks[k].s + n
				for k < len(p.toks) && p.toks[k].s < numEnd {
					k++
				}
				continue
			}
		}
		break
	}
	// Give back a trailing "and" or "to": it joins what follows.
	for k > j+1 && p.isAny(k-1, "and", "to", "or", "of", "the") {
		k--
	}
	if k == j+1 {
		return j
	}
	return k
}

// decade reports a decade of life at token k: "20s", "twenties", "teens".
func (p *parser) decade(k int) bool {
	if p.isAny(k, "teens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties") {
		return true
	}
	w := p.text[p.toks[k].s:p.toks[k].e]
	return p.toks[k].kind == tNum && len(w) == 3 && w[1] == '0' && w[2] == 's'
}

// indefiniteAt reads a figure that is not a number: "a soldier" (1),
// "another" (1), "both" (2), "half of them", and "him" after a verb.
func (p *parser) indefiniteAt(i int) (cand, bool) {
	c := cand{num0: i, num1: i + 1, trig0: -1, parent: -1, indef: true}
	switch {
	case p.isAny(i, "a", "an", "another", "single"):
		c.fig = Figure{Count: 1, Low: 1, High: 1}
		np1, head, ok := p.victimPhrase(i + 1)
		if ok && head >= 0 && p.toks[head].flags&fSingular != 0 {
			c.np0, c.np1, c.end = i+1, np1, np1
			c.victims = p.toks[head].norm
			return c, true
		}
		if p.is(i, "another") && p.followsBareCount(i+1) {
			c.others = true
			c.np0, c.np1, c.end = i, i+1, i+1
			return c, true
		}
	case p.isAny(i, "the", "its", "his", "their"):
		// "killed the IS member", "the commander's body was found", "his
		// assistant was also killed": one person, named by a singular.
		// Only a trigger makes it a figure.
		k := i + 1
		if p.flag(k, fPassive) && p.toks[k].out == Wounded && p.personAhead(k+1) {
			k++ // "the wounded fighter later died"
		}
		np1, head, ok := p.victimPhrase(k)
		if ok && head >= 0 && p.toks[head].flags&fSingular != 0 {
			c.fig = Figure{Count: 1, Low: 1, High: 1}
			c.np0, c.np1, c.end = k, np1, np1
			c.victims = p.toks[head].norm
			c.definite = p.is(i, "the")
			return c, true
		}
		// "killed the head of the security detachment"
		if p.flag(i-1, fActive) && p.isAny(i+1, "head", "director") && p.is(i+2, "of") {
			c.fig = Figure{Count: 1, Low: 1, High: 1}
			c.np0, c.np1 = i+1, p.ofExtension(i+2)
			c.end = c.np1
			c.victims = "commanders"
			return c, true
		}
	case p.isAny(i, "he", "she") && p.woundsKill(i+1):
		// "He died two days later of his wounds": the wounded person of
		// an earlier sentence, now dead.
		c.fig = Figure{Count: 1, Low: 1, High: 1}
		c.np0, c.np1, c.end = i+1, i+1, i+1
		return c, true
	case p.is(i, "both"):
		c.fig = Figure{Count: 2, Low: 2, High: 2}
		np1, head, ok := p.victimPhrase(i + 1)
		if !ok {
			return c, false
		}
		c.np0, c.np1, c.end = i+1, np1, np1
		if head >= 0 {
			c.victims = p.toks[head].norm
		}
		return c, true
	case p.is(i, "half") && p.is(i+1, "of") && p.isAny(i+2, "them", "whom"):
		c.half, c.ofThem = true, true
		k := i + 3
		for p.flag(k, fBe) {
			k++
		}
		np1, head, ok := p.victimPhrase(k)
		if !ok {
			return c, false
		}
		c.np0, c.np1, c.end = k, np1, np1
		if head >= 0 {
			c.victims = p.toks[head].norm
		}
		return c, true
	case p.isAny(i, "his", "her", "their") && p.is(i-1, "and") && p.flag(i+1, fPerson|fModifier):
		// "a woman and her daughter"
		np1, head, ok := p.victimPhrase(i + 1)
		if !ok || head < 0 || p.toks[head].flags&fSingular == 0 {
			return c, false
		}
		c.fig = Figure{Count: 1, Low: 1, High: 1}
		c.np0, c.np1, c.end = i+1, np1, np1
		c.victims = p.toks[head].norm
		return c, true
	case p.isAny(i, "him", "her") && p.flag(i-1, fActive) && p.followsBareCount(i+1):
		c.fig = Figure{Count: 1, Low: 1, High: 1}
		c.end = i + 1
		c.np0, c.np1 = i+1, i+1
		c.pronoun = true
		return c, true
	}
	return c, false
}

// bareSingularAt reads a person named by a singular without an article
// after an active verb as one: "assassinated 4th Division member",
// "killed Colonel Hamdan".
func (p *parser) bareSingularAt(i int) (cand, bool) {
	c := cand{num0: i, num1: i, trig0: -1, parent: -1, indef: true}
	t := &p.toks[i]
	// After an active verb, or opening the sentence as a headline does:
	// "18th Brigade commander was assassinated".
	if !(p.flag(i-1, fActive) && !p.flag(i-2, fBe|fDeterminer) || i == 0) || !(t.cap || t.kind == tNum && t.hyph) {
		return c, false
	}
	// Only verbs that take people: "captured Sheikh Ali" takes a village.
	if i > 0 && p.toks[i-1].out != Killed && p.toks[i-1].out != Wounded {
		return c, false
	}
	np1, head, ok := p.victimPhrase(i)
	if (!ok || head < 0) && i > 0 && p.isAny(i-1, "assassinated", "assassinating", "assassinate") {
		// Only people are assassinated: "assassinated Shahir Juma".
		if m := p.nameAt(i); m > i+1 {
			c.fig = Figure{Count: 1, Low: 1, High: 1}
			c.num1 = i + 1
			c.np0, c.np1, c.end = i, m, m
			return c, true
		}
	}
	if !ok || head < 0 || p.toks[head].flags&fSingular == 0 {
		return c, false
	}
	c.fig = Figure{Count: 1, Low: 1, High: 1}
	c.num1 = i + 1
	c.np0, c.np1, c.end = i, np1, np1
	c.victims = p.toks[head].norm
	return c, true
}

// namedAt reads a person named and described after a killing, one each:
// "killing Abu Omar, a commander of the group, and Abu Ali, a fighter".
// The description must name a single person, so that a place ("Kafr
// Nabl, a town in the south") is not counted.
func (p *parser) namedAt(i int) (cand, bool) {
	c := cand{num0: i, trig0: -1, parent: -1, indef: true}
	if i < 1 || !p.toks[i].cap || p.toks[i].flags&(fPerson|fIndef|fNumStart) != 0 {
		return c, false
	}
	after := p.is(i-1, "and") ||
		p.flag(i-1, fActive) && !p.flag(i-2, fBe) && (p.toks[i-1].out == Killed || p.toks[i-1].out == Wounded)
	if !after {
		return c, false
	}
	m := p.nameAt(i)
	if m <= i || !p.punct(m, ',') || !p.isAny(m+1, "a", "an") {
		return c, false
	}
	np1, head, ok := p.victimPhrase(m + 2)
	if !ok || head < 0 || p.toks[head].flags&fSingular == 0 {
		return c, false
	}
	c.num1, c.np0, c.np1, c.end = m, i, np1, np1
	c.fig = Figure{Count: 1, Low: 1, High: 1}
	c.victims = p.toks[head].norm
	return c, true
}

// quotedTitle returns the end of a title in quotation marks that names the
// victim of the verb before token i, or i when there is none: "killed
// Ahrar al-Sham's 'President of the Security Committee'", "shot dead the
// 'Emir of the Desert'". A title is one person, whatever its words count.
func (p *parser) quotedTitle(i int) int {
	shotDead := p.is(i-1, "dead") && p.isAny(i-2, "shot", "shooting")
	if i < 1 || !shotDead && (!p.flag(i-1, fActive) || p.flag(i-2, fBe) || p.toks[i-1].out != Killed && p.toks[i-1].out != Wounded) {
		return i
	}
	q := i
	if p.isAny(q, "the", "its", "his", "their") {
		q++
	}
	if !p.isQuote(q) {
		// The group whose title it is: "Ahrar al Sham's".
		for m := q; m < len(p.toks) && m < q+5; m++ {
			t := &p.toks[m]
			if t.kind != tWord || !t.cap && !p.wordIn(m, nameParticles) {
				return i
			}
			if t.poss {
				q = m + 1
				break
			}
		}
	}
	if !p.isQuote(q) || q+1 >= len(p.toks) || !p.toks[q+1].cap {
		return i
	}
	for m := q + 1; m < len(p.toks) && m <= q+9; m++ {
		if p.isQuote(m) {
			if m == q+1 {
				return i
			}
			return m + 1
		}
		if t := &p.toks[m]; t.kind != tWord || t.flags&triggerFlags != 0 {
			return i
		}
	}
	return i
}

// woundsKill reports whether the words from k say that a wounded person
// died: "succumbed", or "died" with "wounds" or "injuries" close after.
func (p *parser) woundsKill(k int) bool {
	for n := 0; n < 3 && p.flag(k, fAux) && p.toks[k].flags&triggerFlags == 0; n++ {
		k++
	}
	if p.is(k, "succumbed") {
		return true
	}
	if !p.isAny(k, "died", "dies", "passed") {
		return false
	}
	for m := k + 1; m < len(p.toks) && m <= k+10; m++ {
		if p.isAny(m, "wounds", "injuries", "injury", "wound") {
			return true
		}
		if p.punct(m, '.') || p.punct(m, ';') {
			break
		}
	}
	return false
}

// followsBareCount reports whether token k may follow a count that names
// no victims: the sentence's end, punctuation, a trigger, an auxiliary or
// a function word, but not a noun such as "shells" or "hours".
func (p *parser) followsBareCount(k int) bool {
	if k >= len(p.toks) {
		return true
	}
	t := &p.toks[k]
	if t.kind == tPunct {
		return !p.punct(k, '%')
	}
	return t.flags&(triggerFlags|fAux|fFunc) != 0
}

// isModifier reports whether token j may stand inside a victim phrase
// before its head: "Syrian", "pro-government", "regime", "12-year-old".
func (p *parser) isModifier(j int) bool {
	t := &p.toks[j]
	if t.hyph && t.flags&triggerFlags == 0 {
		return true
	}
	if t.kind != tWord {
		return false
	}
	if t.flags&fModifier != 0 {
		return true
	}
	if p.wordIn(j, nameParticles) && j+1 < len(p.toks) && p.toks[j+1].cap {
		return true // "Ahrar al Sham", "Jaysh Khalid ibn al-Walid"
	}
	if t.flags&fDate != 0 && t.cap && j > 0 && p.toks[j-1].kind == tNum && p.toks[j-1].hyph && p.flag(j+1, fUnitBefore) {
		// "18th March Division": a unit named after a date, not a date.
		return true
	}
	return t.cap && t.flags&(fDate|triggerFlags|fFunc|fAux|fDeterminer) == 0
}

// victimPhrase reads the victims after a figure, starting at token k: a
// run of modifiers ending in a person noun ("Syrian soldiers and
// officers", "TIP, rebel, and Islamist faction fighters"), with a
// following "of the SDF". It returns the end of the phrase and its head
// (-1 when it names no person). ok is false when a noun that is not a
// person follows the figure ("19 mortar shells", "24 hours").
func (p *parser) victimPhrase(k int) (np1, head int, ok bool) {
	j, last := k, -1
	lastMod := k
	capSeen := false
	for n := 0; j < len(p.toks) && n < 12; n++ {
		t := &p.toks[j]
		switch {
		case t.kind == tWord && t.flags&fPerson != 0:
			last = j
		case p.isModifier(j):
			capSeen = capSeen || t.cap
			lastMod = j + 1
		case t.kind == tWord && (t.flags == 0 || p.allegiance(j)) && !t.cap && p.personAhead(j+1):
			// A word the lexicon does not know, before a person: "cell
			// members", "prominent IRGC commander".
			lastMod = j + 1
		case j > k && p.punct(j, '(') && p.nameInBrackets(j) > j:
			// "a Jaysh Usud al-Sharqiyah (Lions of the East Army)
			// commander": a gloss inside the phrase.
			j = p.nameInBrackets(j)
			continue
		case j > k && (p.is(j, "and") || p.punct(j, ',') || p.is(j, "or")):
			// Go on only into more of the same phrase, never into the
			// next figure or clause.
			nx := j + 1
			if p.is(nx, "and") {
				nx++
			}
			if nx >= len(p.toks) || p.candStartsAt(nx) || !(p.flag(nx, fPerson) || p.isModifier(nx)) {
				goto done
			}
		default:
			goto done
		}
		if t.poss && t.flags&fPerson != 0 && !p.personAhead(j+1) { // "the commander's body", not "a commander's relative"
			goto done
		}
		j++
	}
done:
	if last >= 0 {
		np1 = last + 1
		// The head is the first person noun not used as a modifier
		// ("rebel fighters" → fighters), then the last of a compound
		// ("special forces soldiers" → soldiers).
		head = -1
		for h := k; h <= last; h++ {
			if p.flag(h, fPerson) && !p.flag(h, fModifier) && (!p.toks[h].poss || h == last) {
				head = h
				break
			}
		}
		if head < 0 {
			head = k
			for head <= last && !p.flag(head, fPerson) {
				head++
			}
		}
		// A compound names its head last: "special forces soldiers",
		// "Guard Corps commander", up to a coordination.
		for h := head + 1; h <= last && !p.toks[head].poss; h++ {
			if p.isAny(h, "and", "or") || p.punct(h, ',') || !p.flag(h, fPerson) && !p.isModifier(h) {
				break
			}
			if p.flag(h, fPerson) {
				head = h
			}
		}
		np1 = p.ofExtension(np1)
		return np1, head, true
	}
	if lastMod > k && capSeen && p.followsBareCount(lastMod) {
		return lastMod, -1, true // a group named only: "3 QSD", "2 IS"
	}
	if lastMod > k && !capSeen && p.followsBareCount(lastMod) {
		return lastMod, -1, true // "8 regime fatalities", "5 more were killed"
	}
	if p.followsBareCount(k) {
		return k, -1, true
	}
	return k, -1, false
}

// nameParticles are the lower-case words inside Arabic names: "Ahrar al
// Sham", "Khalid ibn al-Walid".
var nameParticles = map[string]bool{
	"al": true, "el": true, "ad": true, "ash": true, "ar": true, "az": true, "ibn": true, "bin": true,
	"bint": true, "abu": true, "abi": true, "bani": true, "beni": true, "umm": true, "um": true, "ul": true,
	"ed": true, "es": true, "wa": true,
}

// wordIn reports whether token j, in lower case, is a key of set. The
// lookup converts in place, so it does not allocate.
func (p *parser) wordIn(j int, set map[string]bool) bool {
	if j < 0 || j >= len(p.toks) {
		return false
	}
	t := &p.toks[j]
	if t.kind != tWord || t.e-t.s > 12 {
		return false
	}
	var buf [12]byte
	return set[string(lowerInto(buf[:], p.text[t.s:t.e]))]
}

// nameInBrackets returns the token after the closing bracket when the
// bracket opened at j holds only a name or gloss and a person or modifier
// follows it; otherwise j.
func (p *parser) nameInBrackets(j int) int {
	for m := j + 1; m < len(p.toks) && m <= j+8; m++ {
		if p.punct(m, ')') {
			if m > j+1 && m+1 < len(p.toks) && (p.flag(m+1, fPerson) || p.isModifier(m+1)) {
				return m + 1
			}
			return j
		}
		if p.toks[m].kind != tWord || p.toks[m].flags&triggerFlags != 0 {
			return j
		}
	}
	return j
}

// personAhead reports whether a person noun follows at k, after at most
// three modifiers or unknown words.
func (p *parser) personAhead(k int) bool {
	for n := 0; n < 4 && k < len(p.toks); n, k = n+1, k+1 {
		t := &p.toks[k]
		if t.kind != tWord && !t.hyph {
			return false
		}
		if t.flags&fPerson != 0 {
			return t.flags&fOthers == 0
		}
		if !(p.isModifier(k) || t.flags == 0 || p.allegiance(k)) {
			return false
		}
	}
	return false
}

// allegiance reports the "to" of "loyal to", "affiliated to", which may
// stand inside a victim phrase: "gunmen loyal to regime forces".
func (p *parser) allegiance(k int) bool {
	return p.is(k, "to") && p.isAny(k-1, "loyal", "affiliated", "belonging", "linked", "allied", "attached", "close")
}

// ofExtension extends a victim phrase by a group after "of" or "from":
// "members of the SDF", "fighters from Hayat Tahrir al-Sham".
func (p *parser) ofExtension(np1 int) int {
	if !p.isAny(np1, "of", "from") {
		return np1
	}
	m := np1 + 1
	if p.isAny(m, "the", "its", "their", "a", "an") {
		m++
	}
	end := np1
	for n := 0; m < len(p.toks) && n < 10; n++ {
		if p.is(m, "and") && m > np1+1 && !p.candStartsAt(m+1) {
			nx := m + 1
			if p.isAny(nx, "the", "its", "their") {
				nx++
			}
			if p.isModifier(nx) || p.flag(nx, fPerson) {
				m = nx
				continue
			}
		}
		if !(p.isModifier(m) || p.flag(m, fPerson)) {
			break
		}
		m++
		end = m
	}
	return end
}

// candStartsAt reports whether token k opens a figure: a number or "a"
// with a person. It is used while figures are still being found, so it
// parses rather than looks up.
func (p *parser) candStartsAt(k int) bool {
	if k >= len(p.toks) {
		return false
	}
	if k < len(p.candAt) && p.candAt[k] >= 0 {
		return true
	}
	t := &p.toks[k]
	if t.kind == tNum {
		return !t.hyph // "5th Assault Corps" goes on the phrase
	}
	if t.kind != tWord {
		return false
	}
	_, _, ok := ParseNumber(p.text[t.s:p.end])
	return ok
}

// markSubsets marks the figures that are parts of another: "including
// four officers", "among them two children", and those joined to them.
func (p *parser) markSubsets() {
	for ci := range p.cands {
		c := &p.cands[ci]
		i := c.num0 - 1
		if p.punct(i, '(') {
			i--
		}
		if p.isAny(i, "including", "incl", "includes", "included") ||
			p.isAny(i, "them", "whom") && p.isAny(i-1, "among", "of") ||
			p.is(i, "mostly") || p.is(i, "mainly") || p.amongTheDead(i) {
			c.subset = true
		}
		if !c.subset && ci > 0 && p.cands[ci-1].subset && p.linked(ci-1, ci) {
			c.subset, c.chained = true, true
		}
	}
}

// amongTheDead reports whether the words ending at token i say that the
// figure after them is part of a toll: "among the dead were two
// children", "among the victims: a child". The toll is told elsewhere,
// so the part is never added to it.
func (p *parser) amongTheDead(i int) bool {
	if p.flag(i, fBe) || p.punct(i, ':') || p.punct(i, ',') {
		i--
	}
	return p.isAny(i, "dead", "killed", "victims", "fatalities") &&
		p.is(i-1, "the") && p.is(i-2, "among")
}

// linked reports whether figure b is coordinated with figure a before it:
// "14 civilians and eight SDF fighters", "three soldiers, two civilians".
func (p *parser) linked(a, b int) bool {
	if b != a+1 || b >= len(p.cands) {
		return false
	}
	from, to := p.cands[a].end, p.cands[b].num0
	switch to - from {
	case 0:
		// "a woman and her daughter": the possessive opened b.
		return p.is(from, "and") && p.isAny(to, "his", "her", "their")
	case 1:
		// A comma alone joins only counted figures: "nine civilians, three
		// soldiers", not "142 villagers, an activist said".
		return p.is(from, "and") || p.is(from, "or") || p.punct(from, ',') && !p.cands[b].indef
	case 2:
		return p.punct(from, ',') && p.is(from+1, "and") || p.is(from, "and") && p.isAny(from+1, "his", "her", "their") ||
			p.is(from, "along") && p.is(from+1, "with")
	case 3:
		return p.is(from, "as") && p.is(from+1, "well") && p.is(from+2, "as") ||
			p.is(from, "in") && p.is(from+1, "addition") && p.is(from+2, "to")
	}
	return p.kinAfterPlace(from, to)
}

// kinAfterPlace reports whether "and his", "and her" or "and their" at
// to-1 names a relative of the person before, past what says where that
// person belongs: "the headman of the village of Tal Saman and his son",
// "the mukhtar, or headman, of the town and his brother". Only words and
// commas may stand between, none a verb.
func (p *parser) kinAfterPlace(from, to int) bool {
	if to-from < 3 || to-from > 12 || !p.is(to-1, "and") || !p.isAny(to, "his", "her", "their") {
		return false
	}
	if !p.isAny(from, "of", "from", "in", ",") && !p.punct(from, ',') {
		return false
	}
	for k := from; k < to-1; k++ {
		t := &p.toks[k]
		if t.kind == tNum || t.kind == tPunct && !p.punct(k, ',') || t.flags&(triggerFlags|fAux|fBe) != 0 {
			return false
		}
	}
	return true
}

// readTriggers gives each figure the outcome of the trigger before it
// ("killing 21 soldiers") or after it ("27 soldiers were killed").
func (p *parser) readTriggers() {
	for ci := range p.cands {
		c := &p.cands[ci]
		if c.subset && c.chained {
			// "including a woman and several were wounded": a part only
			// while no trigger of its own follows.
			if out, t0, t1, ok := p.rightTrigger(c); ok {
				c.subset = false
				c.out, c.via, c.trig0, c.trig1 = out, viaRight, t0, t1
			}
			continue
		}
		if c.subset && !c.ofThem || c.ofThem && p.apposed(ci) {
			c.subset = c.subset || c.ofThem
			continue
		}
		if out, t0, t1, ok := p.leftTrigger(c); ok {
			c.out, c.via, c.trig0, c.trig1 = out, viaLeft, t0, t1
			c.subset = false
			continue
		}
		if out, t0, t1, ok := p.rightTrigger(c); ok {
			c.out, c.via, c.trig0, c.trig1 = out, viaRight, t0, t1
			if c.ofThem {
				c.subset = false
			}
			continue
		}
		if out, t0, t1, ok := p.deathAfter(c); ok {
			c.out, c.via, c.trig0, c.trig1 = out, viaRight, t0, t1
			continue
		}
		if c.ofThem {
			c.subset = true
		}
	}
}

// apposed reports whether "N of them" at cand ci stands between commas
// right after the figure it is part of: "Seven people, five of them
// children, were killed" kills seven, not twelve.
func (p *parser) apposed(ci int) bool {
	if ci == 0 {
		return false
	}
	c, prev := &p.cands[ci], &p.cands[ci-1]
	return prev.end == c.num0-1 && p.punct(c.num0-1, ',') && p.punct(c.end, ',') && !prev.subset
}

// deathAfter reads a death told after the clause of a figure: "gunmen
// opened fire on a police officer, which led to his immediate death".
func (p *parser) deathAfter(c *cand) (Outcome, int, int, bool) {
	if c.indef && c.fig.Count != 1 {
		return 0, 0, 0, false
	}
	for m := c.end; m < len(p.toks) && m <= c.end+12; m++ {
		if p.punct(m, '.') || p.punct(m, ';') || m > c.end && p.candStartsAt0(m) {
			break
		}
		if !p.isAny(m, "his", "her", "their") || !p.isAny(m-1, "to", "in") {
			continue
		}
		k := m + 1
		if p.isAny(k, "immediate", "instant", "eventual", "later") {
			k++
		}
		if p.isAny(k, "death", "deaths") && p.isAny(m-2, "led", "leading", "resulted", "resulting") {
			return Killed, m - 2, k + 1, true
		}
	}
	return 0, 0, 0, false
}

// leftTrigger reads an active verb or "the death of" before a figure.
func (p *parser) leftTrigger(c *cand) (Outcome, int, int, bool) {
	i := c.num0 - 1
	if p.is(i, "all") { // "killing all 3 of them"
		i--
	}
	// "killing himself and 12 worshippers": the attacker is not counted.
	if p.is(i, "and") && p.isAny(i-1, "himself", "herself", "themselves") {
		i -= 2
	}
	if i < 0 {
		return 0, 0, 0, false
	}
	// "assassinated using small arms fire 2 QSD members", "assassinated
	// by gunshot a rebel fighter": the means between the verb and victims.
	for b := i; b >= 1 && b >= i-5; b-- {
		if b < i && p.isAny(b, "using", "by", "with") && p.flag(b-1, fActive) && !p.flag(b-2, fBe) && p.toks[b-1].kind == tWord {
			return p.toks[b-1].out, b - 1, b, true
		}
		if t := &p.toks[b]; t.kind != tWord || t.cap || t.flags&(triggerFlags|fPerson|fDeterminer|fFunc) != 0 {
			break
		}
	}
	t := &p.toks[i]
	switch {
	case t.kind == tWord && t.flags&fActive != 0 && !p.flag(i-1, fBe):
		// After "were", "killed" is passive: "were killed 54 of them".
		out, t0 := t.out, i
		// "killed and wounded 25", "killing or injuring 25"
		if p.isAny(i-1, "and", "or") && p.flag(i-2, fActive) && combinable(p.toks[i-2].out, out) {
			out, t0 = KilledOrWounded, i-2
		}
		return out, t0, i + 1, true
	case p.is(i, "dead") && p.isAny(i-1, "shot", "shooting", "shoot", "shoots"):
		return Killed, i - 1, i + 1, true
	case p.is(i, "death") && p.is(i-1, "to") && p.wordIn(i-2, attackVerbs):
		// "stabbed to death a member of the militia"
		return Killed, i - 2, i + 1, true
	case p.wordIn(i, attackVerbs) && !p.flag(i-1, fBe) && p.is(c.end, "to") && p.is(c.end+1, "death"):
		// "stabbed a soldier to death"
		return Killed, i, c.end + 2, true
	case p.isAny(i, "shot", "shoots", "shooting") && !p.flag(i-1, fBe|fDeterminer) && p.shotKills():
		// "gunmen shot a fighter, which led to his death"
		return Killed, i, i + 1, true
	case p.is(i, "down") && p.isAny(i-1, "gunned", "gunning", "shot", "shooting", "cut"):
		return Killed, i - 1, i + 1, true
	case p.is(i, "of") && p.flag(i-1, fNounOf):
		out, t0 := p.toks[i-1].out, i-1
		if p.isAny(i-2, "and", "or") && p.flag(i-3, fNounOf) && combinable(p.toks[i-3].out, out) {
			out, t0 = KilledOrWounded, i-3
		}
		return out, t0, i + 1, true
	}
	return 0, 0, 0, false
}

// combinable reports whether two outcomes make a combined figure.
func combinable(a, b Outcome) bool {
	return a == Killed && b == Wounded || a == Wounded && b == Killed
}

// rightTrigger reads a participle or noun after a figure and its victims,
// past auxiliaries and a parenthetical clause: "27 soldiers were killed",
// "5 people, including two children, died", "2 fatalities".
func (p *parser) rightTrigger(c *cand) (Outcome, int, int, bool) {
	j := c.end
	if out, t0, t1, ok := p.rightFrom(c, j); ok {
		return out, t0, t1, true
	}
	if k := p.skipAside(j); k > j {
		if out, t0, t1, ok := p.rightFrom(c, k); ok {
			return out, t0, t1, true
		}
		j = k
	}
	if out, t0, t1, ok := p.pastRelative(c, j); ok {
		return out, t0, t1, true
	}
	// "One AAS and one JSH fighter, were killed", "an unknown number of
	// fighters, coded as 10, were killed": a stray comma before the verb.
	if p.punct(j, ',') && p.flag(j+1, fBe) && !c.subset {
		if out, t0, t1, ok := p.rightFrom(c, j+1); ok {
			return out, t0, t1, true
		}
	}
	// Skip a clause between commas or brackets.
	closer := byte(0)
	switch {
	case p.punct(j, ','):
		closer = ','
	case p.punct(j, '('):
		closer = ')'
	case p.isDash(j):
		closer = '-' // "eight fighters — the region's main force — were killed"
	default:
		return 0, 0, 0, false
	}
	for m, n := j+1, 0; m < len(p.toks) && n < 14; m, n = m+1, n+1 {
		if p.punct(m, closer) && closer != '-' || closer == '-' && p.isDash(m) {
			if closer == ')' && p.punct(m+1, ',') {
				m++
			}
			return p.rightFrom(c, m+1)
		}
		if p.punct(m, '.') || p.punct(m, ';') || p.flag(m, fActive|fPassive) && p.toks[m].kind == tWord {
			break
		}
	}
	return 0, 0, 0, false
}

// pastRelative reads the verb of a figure after a relative clause that
// describes the victims: "a former soldier who had defected to a rebel
// group was shot and killed", "one fighter who was the commander's
// assistant was killed". The verb must agree in number with the figure,
// so that a later figure's verb is not taken ("a soldier who guarded the
// post, and two civilians were killed"), and the clause must not run into
// another figure counted with a number.
func (p *parser) pastRelative(c *cand, j int) (Outcome, int, int, bool) {
	if !p.isAny(j, "who", "whom", "whose") {
		return 0, 0, 0, false
	}
	one := c.fig.Count == 1 && c.fig.Qualifier != Range
	for m := j + 2; m < len(p.toks) && m <= j+40; m++ {
		if p.punct(m, '.') || p.punct(m, ';') || p.toks[m].kind == tNum && p.candStartsAt0(m) {
			break
		}
		var agrees bool
		switch {
		case p.isAny(m, "was", "has"):
			agrees = one
		case p.isAny(m, "were", "have"):
			agrees = !one
		case p.is(m, "had"):
			agrees = true
		default:
			continue
		}
		if !agrees || p.isAny(m-1, "who", "whom", "which", "that") {
			continue
		}
		if out, t0, t1, ok := p.rightFrom(c, m); ok {
			c.relEnd = t0
			return out, t0, t1, true
		}
	}
	return 0, 0, 0, false
}

// skipAside returns the token after the asides that may stand between
// victims and their verb: a quoted name ("a commander 'Abu Omar' was
// killed"), "from both sides", a place ("in Khan Shaykun") and a part
// without a number ("including children"). It returns j when there are
// none.
func (p *parser) skipAside(j int) int {
	for n := 0; n < 3 && j < len(p.toks); n++ {
		k := j
		switch {
		case p.isQuote(j):
			for m := j + 1; m < len(p.toks) && m <= j+6; m++ {
				if p.isQuote(m) {
					if m > j+1 {
						k = m + 1
					}
					break
				}
				if p.toks[m].kind != tWord {
					break
				}
			}
		case p.isAny(j, "from", "on", "of") && p.isAny(j+1, "both", "each", "either", "all") && p.isAny(j+2, "sides", "side", "parties"):
			k = j + 3
		case p.isAny(j, "in", "at", "within") && p.isAny(j+1, "the") && p.is(j+2, "ranks") && p.is(j+3, "of"):
			// "a fighter in the ranks of the opposition groups"
			k = max(p.ofExtension(j+3), j+4)
		case p.isAny(j, "in", "at") && p.nameAt(j+1) > j+1:
			// "a commander in the Hamza Division", "a member in Tal Hamra"
			k = p.nameAt(j + 1)
		case p.ageSpan(j) > j:
			// "two brothers aged 19 and 23 were killed"
			k = p.ageSpan(j)
		case p.isAny(j, "including", "among", "mostly", "mainly") && !p.candStartsAt(j+1):
			m := j + 1
			for m < len(p.toks) && m <= j+5 && (p.flag(m, fPerson) || p.isModifier(m)) {
				m++
			}
			if m > j+1 {
				k = m
			}
		}
		if k == j {
			break
		}
		j = k
	}
	return j
}

// isDash reports a dash that sets off an aside at token i: an em or en
// dash, or a hyphen standing alone.
func (p *parser) isDash(i int) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tPunct {
		return false
	}
	switch p.text[p.toks[i].s:p.toks[i].e] {
	case "-", "\u2014", "\u2013":
		return true
	}
	return false
}

// nameAt returns the end of a proper name at k, with an optional "the":
// capitalised words, ordinals and modifiers, at least one capitalised. It
// returns k when there is none.
func (p *parser) nameAt(k int) int {
	m := k
	if p.is(m, "the") {
		m++
	}
	start, caps := m, 0
	for m < len(p.toks) && m < start+5 {
		t := &p.toks[m]
		switch {
		case t.kind == tWord && t.cap && t.flags&(fDate|triggerFlags) == 0:
			caps++
		case t.kind == tNum && t.hyph, p.isModifier(m):
		default:
			goto done
		}
		m++
	}
done:
	if caps == 0 {
		return k
	}
	return m
}

// isQuote reports a straight or curly quotation mark at token i.
func (p *parser) isQuote(i int) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tPunct {
		return false
	}
	switch p.text[p.toks[i].s:p.toks[i].e] {
	case "'", "\"", "\u2018", "\u2019", "\u201c", "\u201d":
		return true
	}
	return false
}

// rightFrom reads the trigger at token j, after optional auxiliaries.
func (p *parser) rightFrom(c *cand, j int) (Outcome, int, int, bool) {
	if p.apostrophe(j) && p.flag(j+1, fNominal) { // "fighters' bodies"
		j++
	}
	if c.np1 > c.np0 && p.toks[c.np1-1].poss && p.toks[c.np1-1].flags&fPerson != 0 {
		// "the commander's body", "a soldier's decapitated body"
		for m := j; m < len(p.toks) && m <= j+2; m++ {
			if p.isAny(m, "body", "corpse", "remains") {
				return Killed, m, m + 1, true
			}
			if p.toks[m].kind != tWord || p.toks[m].flags&^fModifier != 0 {
				break
			}
		}
	}
	be, perfect, n, shot := false, false, 0, -1
	for ; n < 4 && j < len(p.toks) && p.toks[j].kind == tWord && p.toks[j].flags&fAux != 0 && p.toks[j].flags&triggerFlags == 0; n++ {
		if p.toks[j].flags&fBe != 0 {
			be = true
		}
		if p.isAny(j, "have", "has", "had") {
			perfect = true
		}
		if p.is(j, "shot") {
			shot = j
			if p.is(j+1, "and") { // "was shot and killed"
				j++
			}
		}
		j++
	}
	if j >= len(p.toks) || p.toks[j].kind != tWord {
		if shot >= 0 && be && p.shotKills() {
			return Killed, shot, shot + 1, true
		}
		return 0, 0, 0, false
	}
	if be && p.wordIn(j, attackVerbs) {
		switch {
		case p.is(j+1, "to") && p.is(j+2, "death"): // "was stabbed to death"
			return Killed, j, j + 3, true
		case p.is(j+1, "and") && p.flag(j+2, fPassive): // "was hit and killed"
			j += 2
		}
	}
	t := &p.toks[j]
	switch {
	case shot >= 0 && be && t.flags&triggerFlags == 0 && !p.is(j, "at") && p.shotKills():
		// "a man was shot in the head": shot alone is a killing, as ACLED
		// codes it, unless the sentence speaks of wounds.
		return Killed, shot, shot + 1, true
	case p.is(j, "lost"):
		if p.isAny(j+1, "their", "his", "her") && p.isAny(j+2, "lives", "life") {
			return Killed, j, j + 3, true
		}
		return 0, 0, 0, false
	case p.is(j, "taken") || p.is(j, "held") || p.is(j, "being") && p.is(j+1, "held"):
		if p.is(j, "being") {
			j++
		}
		switch {
		case p.isAny(j+1, "hostage", "hostages"):
			return Abducted, j, j + 2, true
		case p.isAny(j+1, "prisoner", "prisoners", "captive", "captives"):
			return Captured, j, j + 2, true
		}
		return 0, 0, 0, false
	case p.isAny(j, "hostage", "hostages", "captive", "prisoner", "prisoners") && n == 0 &&
		p.isAny(c.num0-1, "took", "taking", "take", "takes", "held", "holding"):
		out := Captured
		if p.isAny(j, "hostage", "hostages") {
			out = Abducted
		}
		return out, c.num0 - 1, j + 1, true
	case t.flags&fPassive != 0:
		if !be && t.flags&fActive != 0 {
			nx := j + 1
			// The figure is the agent: "2 gunmen killed 5 soldiers".
			if perfect || p.candStartsAt0(nx) || p.flag(nx, fDeterminer|fPerson) {
				return 0, 0, 0, false
			}
		}
		out, t1 := t.out, j+1
		if p.isAny(j+1, "or", "and") && p.flag(j+2, fPassive|fNominal) && combinable(out, p.toks[j+2].out) {
			out, t1 = KilledOrWounded, j+3
		}
		if out >= Captured && p.is(j+1, "and") && p.flag(j+2, fPassive) && p.toks[j+2].out == Killed {
			out, t1 = Killed, j+3 // "were abducted and killed": the graver outcome
		}
		if out == Wounded && p.is(c.end, "who") {
			// "a woman who was injured by a stray bullet succumbed to her
			// wounds": the relative clause tells how she died.
			for m := t1; m < len(p.toks) && m <= t1+12 && !p.punct(m, '.') && !p.punct(m, ';'); m++ {
				if p.isAny(m, "succumbed", "died") && p.woundsKill(m) {
					return Killed, j, m + 1, true
				}
			}
		}
		return out, j, t1, true
	case t.flags&fNominal != 0 && n == 0:
		out, t1 := t.out, j+1
		if p.isAny(j+1, "or", "and") && p.flag(j+2, fNominal) && combinable(out, p.toks[j+2].out) {
			out, t1 = KilledOrWounded, j+3
		}
		return out, j, t1, true
	}
	return 0, 0, 0, false
}

// attackVerbs are participles of an attack whose outcome a following
// "and killed" or "to death" tells: "was hit and killed", "was stabbed to
// death".
var attackVerbs = map[string]bool{
	"shot": true, "hit": true, "sniped": true, "stabbed": true, "beaten": true, "tortured": true,
	"struck": true, "targeted": true, "ambushed": true, "attacked": true, "burned": true,
	"burnt": true, "hacked": true, "stoned": true, "strangled": true, "bludgeoned": true,
	"run": true, "hanged": true, "beat": true, "captured": true, "abducted": true, "kidnapped": true,
}

// shotKills reports whether "shot" alone in the sentence may be read as a
// killing: no word of the sentence speaks of wounds or survival.
func (p *parser) shotKills() bool {
	for m := range p.toks {
		t := &p.toks[m]
		if t.kind != tWord {
			continue
		}
		if t.flags&triggerFlags != 0 && t.out == Wounded {
			return false
		}
		if p.isAny(m, "hospital", "hospitalised", "hospitalized", "survived", "treated", "leg", "legs", "arm", "arms", "foot", "hand") {
			return false
		}
	}
	return true
}

// candStartsAt0 reports whether token k opens a figure already found.
func (p *parser) candStartsAt0(k int) bool {
	return k < len(p.candAt) && p.candAt[k] >= 0
}

// chain passes an outcome along coordinated figures: forward from an
// active verb ("killing 14 civilians and eight SDF fighters"), backward
// from a participle ("29 fighters and 30 jihadists were killed").
func (p *parser) chain() {
	for ci := 1; ci < len(p.cands); ci++ {
		a, b := &p.cands[ci-1], &p.cands[ci]
		if (a.via == viaLeft || a.via == viaChainLeft) && b.via == viaNone && !b.subset && p.linked(ci-1, ci) {
			b.out, b.via, b.trig0, b.trig1 = a.out, viaChainLeft, a.trig0, a.trig1
		}
		// "2 rebels were killed along with a media activist"
		if a.via == viaRight && b.via == viaNone && !b.subset && a.trig1 <= b.num0 && p.alongWith(a.trig1, b.num0) {
			b.out, b.via, b.trig0, b.trig1 = a.out, viaChainLeft, a.trig0, a.trig1
		}
	}
	for ci := len(p.cands) - 2; ci >= 0; ci-- {
		a, b := &p.cands[ci], &p.cands[ci+1]
		if (b.via == viaRight || b.via == viaChainRight) && a.via == viaNone && !a.subset && p.linked(ci, ci+1) {
			a.out, a.via, a.trig0, a.trig1 = b.out, viaChainRight, b.trig0, b.trig1
		}
	}
}

// alongWith reports whether the tokens [from, to) join a figure to the
// verb of the one before: "along with", "together with", "as well as".
func (p *parser) alongWith(from, to int) bool {
	switch to - from {
	case 2:
		return p.isAny(from, "along", "together") && p.is(from+1, "with")
	case 3:
		return p.is(from, "as") && p.is(from+1, "well") && p.is(from+2, "as")
	}
	return false
}

// readTolls reads figures given as a toll: "the death toll rose to 40",
// "Total fatalities coded as 8", "bringing the toll to 50".
func (p *parser) readTolls() {
	for j := range p.toks {
		t := &p.toks[j]
		if t.kind != tWord {
			continue
		}
		isToll := t.flags&fToll != 0
		if !isToll && (t.flags&fNominal == 0 || j > 0 && p.endsCand(j) || p.flag(j-1, fBe)) {
			continue // "were killed" is a verb, not a noun heading a figure
		}
		out, h0 := t.out, j
		if isToll {
			out = Killed
			if p.flag(j-1, triggerFlags) && p.toks[j-1].kind == tWord {
				out, h0 = p.toks[j-1].out, j-1
			}
		}
		for m, n := j+1, 0; m < len(p.toks) && n < 9; m, n = m+1, n+1 {
			if p.punct(m, '.') || p.punct(m, ';') || !isToll && p.punct(m, ',') {
				break
			}
			ci := -1
			if m < len(p.candAt) {
				ci = p.candAt[m]
			}
			if ci >= 0 {
				c := &p.cands[ci]
				if c.via != viaNone || c.subset {
					break
				}
				prev := &p.toks[m-1]
				if p.is(m-1, "from") && c.fig.Qualifier == Range {
					// "rose from 20 to 30": the toll now is the higher.
					h := c.fig.High
					c.fig = Figure{Count: h, Low: h, High: h}
					prev = nil
				}
				var buf [16]byte
				// "Total fatalities 24.": a figure right after the noun
				// when it closes the sentence or "total" opens it.
				bare := m == j+1 && !isToll && (p.is(j-1, "total") || m == c.num0 && p.endsSentence(c.end))
				if bare || prev == nil || prev.kind == tWord && tollPrep[string(lowerInto(buf[:], p.text[prev.s:prev.e]))] || p.punct(m-1, ':') {
					c.out, c.via, c.trig0, c.trig1 = out, viaToll, h0, j+1
					// "bringing the death toll to 50" updates a running
					// figure: the incident's own, unless a cumulative cue
					// ("since 2011", "for the week") says otherwise.
					for b := h0 - 1; b >= 0 && b >= h0-4; b-- {
						if p.flag(b, fBringing) {
							c.trig0 = b
						}
					}
				}
				break
			}
			if p.flag(m, fActive|fPassive) {
				break
			}
		}
	}
}

// numberOf gives a figure without victims the victims of "the number of
// ... killed" before it: "put the number of security personnel killed at
// six" counts security personnel, a side the caller can sum with others.
func (p *parser) numberOf() {
	for ci := range p.cands {
		c := &p.cands[ci]
		if c.via == viaNone || c.np1 > c.np0 || c.victims != "" || c.trig0 < 3 || c.trig0 > c.num0 {
			continue
		}
		for k := c.trig0 - 2; k >= 1 && k >= c.trig0-7; k-- {
			if !p.is(k, "of") || !p.is(k-1, "number") {
				continue
			}
			np1, head, ok := p.victimPhrase(k + 1)
			if ok && head >= 0 && np1 == c.trig0 {
				c.np0, c.np1, c.victims = k+1, np1, p.toks[head].norm
			}
			break
		}
	}
}

// endsSentence reports whether token k is past the sentence's last word.
func (p *parser) endsSentence(k int) bool {
	return k >= len(p.toks) || k == len(p.toks)-1 && p.toks[k].kind == tPunct
}

// endsCand reports whether token j directly follows a figure and its
// victims, so that a noun there ("2 fatalities") belongs to that figure.
func (p *parser) endsCand(j int) bool {
	for ci := range p.cands {
		c := &p.cands[ci]
		if c.end == j || c.num1 == j {
			return true
		}
	}
	return false
}

// attachSubsets gives each part figure to the figure it is part of, and
// victims to figures that take them from the one before ("wounding two
// others").
func (p *parser) attachSubsets() {
	last := -1
	for ci := range p.cands {
		c := &p.cands[ci]
		if c.subset {
			if last < 0 {
				c.drop = true
				continue
			}
			c.parent = last
			if c.half {
				h := p.cands[last].fig.Count / 2
				c.fig = Figure{Count: h, Low: h, High: h, Qualifier: About}
			}
			continue
		}
		if c.via == viaNone {
			continue
		}
		if c.others || c.ofThem || c.victims == "" && c.via == viaChainLeft && c.np0 == c.np1 {
			if c.others {
				c.victims = ""
			}
			// The victims of the nearest figure with an outcome: "killing
			// 4 soldiers and wounding two others", "killing 1 and
			// injuring another" (victims unknown).
			for b := ci - 1; b >= 0; b-- {
				if !p.cands[b].subset && p.cands[b].via != viaNone {
					c.victims = p.cands[b].victims
					break
				}
			}
		}
		last = ci
	}
}

// aggregates marks figures that sum incidents or a whole war, and drops
// figures of incidents outside Syria.
func (p *parser) aggregates() {
	var n [len(outcomeNames)]int
	for ci := range p.cands {
		if c := &p.cands[ci]; c.via != viaNone && !c.subset {
			n[c.out]++
		}
	}
	for ci := range p.cands {
		c := &p.cands[ci]
		if c.via == viaNone || c.subset {
			continue
		}
		lo, hi := c.num0, c.end
		if c.trig0 >= 0 && c.trig0 < lo {
			lo = c.trig0
		}
		if c.trig1 > hi {
			hi = c.trig1
		}
		lo, hi = max(lo-8, 0), min(hi+8, len(p.toks))
		// A cumulative cue may stand at the end of a long clause: "killed
		// on both sides in just the month and a half since the fall of
		// the government".
		if c.agg == None && p.tollCue(lo, max(hi, p.clauseEnd(c.end, 24))) {
			c.agg = Toll
		}
		if c.agg == None {
			wlo, whi := lo, hi
			if n[c.out] == 1 {
				wlo, whi = 0, len(p.toks)
			}
			if p.totalCue(wlo, whi) {
				c.agg = Total
			}
		}
		if p.foreignCue(lo, hi) {
			c.drop = true
		}
	}
	// A figure coordinated with an aggregate one shares its span: "over
	// the past week have killed 200 people and wounded 400 others".
	prev := -1
	for ci := range p.cands {
		c := &p.cands[ci]
		if c.via == viaNone || c.subset {
			continue
		}
		if prev >= 0 && c.agg == None && p.cands[prev].agg != None && p.coordinated(max(p.cands[prev].end, p.cands[prev].trig1), min(c.num0, max(c.trig0, 0))) {
			c.agg = p.cands[prev].agg
		}
		prev = ci
	}
}

// coordinated reports whether the tokens [from, to) join two clauses of
// one statement: "and" or "while", with no punctuation but a comma.
func (p *parser) coordinated(from, to int) bool {
	if to <= from || to-from > 3 {
		return false
	}
	and := false
	for m := from; m < to; m++ {
		switch {
		case p.isAny(m, "and", "while"):
			and = true
		case p.punct(m, ','):
		default:
			return false
		}
	}
	return and
}

// clauseEnd returns the first token at or after k, at most limit tokens
// on, that ends a clause or opens another figure.
func (p *parser) clauseEnd(k, limit int) int {
	m := k
	for ; m < len(p.toks) && m < k+limit; m++ {
		if p.toks[m].kind == tPunct && (p.punct(m, ',') || p.punct(m, ';') || p.punct(m, '.') || p.punct(m, ':')) {
			break
		}
		if m < len(p.candAt) && p.candAt[m] >= 0 && m > k {
			break
		}
	}
	return m
}

// tollCue looks for words that make a figure cumulative: "since", "so
// far", "this year", "over the past week", "in the war".
func (p *parser) tollCue(lo, hi int) bool {
	for m := lo; m < hi; m++ {
		t := &p.toks[m]
		if t.kind != tWord || t.flags&(fCue|fWar) == 0 {
			continue
		}
		switch {
		case p.is(m, "since") && (p.flag(m+1, fDate) && !p.isAny(m+1, "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december") ||
			p.isAny(m+1, "yesterday", "dawn", "morning", "it", "they", "he", "its", "their", "last")) ||
			p.is(m+1, "the") && p.isAny(m+2, "previous", "day", "night", "morning", "evening", "dawn"):
			// "since Thursday", "since they took the city", "since it
			// launched an offensive on the town the previous day": the
			// days of one offensive, which the figure counts as its own
			// (a weekday makes it a multi-day Total below).
			continue
		case p.is(m, "since"):
			superlative := false
			for b := m - 1; b >= lo && b >= m-4; b-- {
				w := p.text[p.toks[b].s:p.toks[b].e]
				if len(w) > 4 && equalFold(w[len(w)-3:], "est") || p.is(b, "first") {
					superlative = true
				}
			}
			if !superlative {
				return true
			}
		case p.is(m-1, "this") && p.isAny(m, "year", "month", "week"),
			p.is(m-1, "the") && p.isAny(m, "past", "last") && p.isAny(m+1, "week", "weeks", "month", "months", "year", "years", "decade"),
			p.is(m, "recent") && p.isAny(m+1, "days", "weeks", "months", "years"),
			p.is(m-2, "for") && p.is(m-1, "the") && p.isAny(m, "week", "month", "year"),
			p.isAny(m, "cumulative", "overall"):
			return true
		case t.flags&fWar != 0 && !t.poss && (!t.cap || p.is(m, "war")) && !p.isAny(m+1, "monitor", "monitoring", "crimes", "crime", "planes", "jets", "zone", "games", "ship", "ships", "room", "council"):
			return true
		}
	}
	return false
}

// tollBefore reports whether a toll word stands just before token m ("the
// casualty toll from", "the tally of").
func (p *parser) tollBefore(m int) bool {
	for k := m - 1; k >= 0 && k >= m-4; k-- {
		if p.isAny(k, "toll", "tally", "casualties", "count") {
			return true
		}
	}
	return false
}

// totalCue looks for words that make a figure a sum over incidents:
// "separate attacks", "across the province", "in two towns".
func (p *parser) totalCue(lo, hi int) bool {
	for m := lo; m < hi; m++ {
		if p.toks[m].flags&(fCue|fMulti) == 0 {
			continue
		}
		switch {
		case p.is(m, "separate") && p.isAny(m-1, "a", "an"):
			// "In a separate incident, IS killed nine fighters": one
			// other incident, not a sum of several.
		case p.isAny(m, "separate", "series", "across"):
			return true
		case p.flag(m, fMulti) && (p.flag(m+1, fPlace) || p.flag(m+2, fPlace) && p.isModifier(m+1)),
			p.is(m, "different") && p.flag(m+1, fPlace|fArea):
			return true
		case p.isAny(m, "hours", "hrs") && p.tokIsNum(m-1) && p.is(m-2, "past"):
			return true
		case p.isAny(m, "days", "weeks", "months", "nights") && p.is(m+1, "of") && p.tokIsNum(m-1) && !p.isAny(m-1, "one", "1") && p.tollBefore(m-1):
			// "the toll from two days of bombardment" sums days, but
			// "setting off two days of clashes that killed 27" is one
			// incident's figure.
			return true
		case p.isAny(m, "distributed", "divided", "spread", "split", "allocated", "apportioned"):
			// "16 fatalities spread evenly across the four events",
			// "27 fatalities divided over two locations"
			for k := m + 1; k < hi+4 && k < len(p.toks) && k <= m+5; k++ {
				if p.isAny(k, "over", "across", "between", "among", "evenly", "equally") {
					return true
				}
			}
		case p.is(m, "since") && p.flag(m+1, fDate) && !p.isAny(m+1, "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"):
			return true // "since Tuesday"
		}
	}
	return false
}

// tokIsNum reports whether token k is a number in digits or a number word.
func (p *parser) tokIsNum(k int) bool {
	if k < 0 || k >= len(p.toks) {
		return false
	}
	if p.toks[k].kind == tNum {
		return true
	}
	var buf [16]byte
	_, ok := numberWords[string(lowerInto(buf[:], p.text[p.toks[k].s:p.toks[k].e]))]
	return ok
}

// foreignCue reports "in Iraq", "in a Kuwait mosque" near a figure, when
// Syria is not named as well.
func (p *parser) foreignCue(lo, hi int) bool {
	found := false
	for m := lo; m < hi; m++ {
		t := &p.toks[m]
		if t.flags&(fCue|fForeign) == 0 {
			continue
		}
		if p.isAny(m, "syria", "syrian") {
			return false
		}
		if t.flags&fForeign == 0 || !t.cap || t.poss {
			continue
		}
		for k := m - 1; k >= lo && k >= m-3; k-- {
			if p.is(k, "in") {
				found = true
				break
			}
			if !p.isAny(k, "the", "a", "an", "neighbouring", "neighboring") && !p.toks[k].cap {
				break
			}
		}
	}
	return found
}

// corefer drops figures that count again a person the sentence has
// already counted, or that count deeds of another time:
//
//   - a figure inside a relative clause that took the same verb as the
//     figure the clause describes ("one fighter who was the commander's
//     assistant was killed" is one);
//   - "him" or "her", and "the body of the man", after a killing of one
//     told before them ("shot a former member of IS ... and burned the
//     body of the young man after killing him" is one);
//   - the second of two persons joined by "and" before a singular "was"
//     ("a member of the security branch and a former rebel was killed":
//     one person described twice);
//   - a killing someone is accused, suspected or convicted of ("accused
//     the tribe of killing a fighter days earlier", "responsible for
//     several killings"): a charge, not the incident's toll.
func (p *parser) corefer() {
	killedOne := -1 // the first figure of one killed, by index
	for ci := range p.cands {
		c := &p.cands[ci]
		if c.via == viaNone || c.subset || c.drop || c.out != Killed {
			continue
		}
		if p.charged(c) {
			c.drop = true
			continue
		}
		if c.relEnd > 0 {
			for di := ci + 1; di < len(p.cands); di++ {
				d := &p.cands[di]
				if d.num0 < c.relEnd && d.trig0 == c.trig0 {
					d.drop = true
				}
			}
		}
		anaphor := c.pronoun || c.definite && p.isAny(c.trig0, "body", "corpse", "remains")
		if anaphor && killedOne >= 0 {
			c.drop = true
			continue
		}
		if killedOne >= 0 && c.indef && c.fig.Count == 1 && p.sameOneAs(&p.cands[killedOne], c) {
			c.drop = true
			continue
		}
		if killedOne < 0 && c.fig.Count == 1 && c.fig.Qualifier != Range {
			killedOne = ci
		}
	}
}

// sameOneAs reports whether b, joined to a by "and", shares a's verb in
// the singular: "a member of X and a former member of Y was killed".
func (p *parser) sameOneAs(a, b *cand) bool {
	if !a.indef || a.fig.Count != 1 || a.trig0 < 0 || a.trig0 != b.trig0 || b.trig0 < b.end || !p.is(b.num0-1, "and") {
		return false
	}
	for m := b.trig0 - 1; m >= b.end && p.flag(m, fAux); m-- {
		if p.is(m, "was") {
			return true
		}
	}
	return false
}

// charged reports whether the killing c counts is one someone is accused,
// suspected or convicted of: the figure or its verb follows "accused ...
// of", "suspected of", "charged with", "wanted for", or "responsible for"
// a number of killings.
func (p *parser) charged(c *cand) bool {
	start := c.num0
	if c.trig0 >= 0 {
		start = min(start, c.trig0)
	}
	if !p.isAny(start-1, "of", "for", "with", "in") {
		return false
	}
	deeds := c.trig0 >= 0 && p.isAny(c.trig0, "killings", "murders", "assassinations")
	for m := start - 2; m >= 0 && m >= start-8; m-- {
		if p.punct(m, '.') || p.punct(m, ';') || p.toks[m].flags&triggerFlags != 0 {
			return false
		}
		if p.isAny(m, "accused", "accusing", "accuses", "accuse", "charged", "convicted", "suspected", "wanted") {
			return true
		}
		if deeds && p.isAny(m, "responsible", "involved") {
			return true
		}
	}
	return false
}

// emit appends the figures that got an outcome to dst, in text order.
func (p *parser) emit(text string, dst []Phrase) []Phrase {
	first := len(dst)
	for ci := range p.cands {
		c := &p.cands[ci]
		if c.via == viaNone || c.subset || c.drop {
			continue
		}
		ph := Phrase{
			Outcome:   c.out,
			Figure:    c.fig,
			Victims:   c.victims,
			Aggregate: c.agg,
		}
		ph.NumStart = p.toks[c.num0].s
		numLast := c.num1 - 1
		if numLast > c.num0 && p.is(numLast, "of") {
			numLast--
		}
		ph.NumEnd = p.toks[numLast].e
		ph.Start, ph.End = ph.NumStart, ph.NumEnd
		if c.np1 > c.np0 {
			ph.VictimStart, ph.VictimEnd = p.toks[c.np0].s, p.toks[c.np1-1].e
			ph.VictimsText = text[ph.VictimStart:ph.VictimEnd]
			ph.Start = min(ph.Start, ph.VictimStart)
			ph.End = max(ph.End, ph.VictimEnd)
		}
		if c.trig0 >= 0 {
			ph.Start = min(ph.Start, p.toks[c.trig0].s)
			ph.End = max(ph.End, p.toks[c.trig1-1].e)
		}
		for si := range p.cands {
			s := &p.cands[si]
			if !s.subset || s.drop || s.parent != ci {
				continue
			}
			sub := Subset{Count: s.fig.Count, Victims: s.victims, Start: p.toks[s.num0].s, End: p.toks[max(s.end, s.num1)-1].e}
			ph.Includes = append(ph.Includes, sub)
			ph.End = max(ph.End, sub.End)
		}
		dst = append(dst, ph)
	}
	// Figures are found in order of their numbers; a left trigger can only
	// move a start earlier, past no earlier figure, so the phrases are
	// ordered by NumStart. Sort by Start for callers all the same.
	added := dst[first:]
	for i := 1; i < len(added); i++ {
		for j := i; j > 0 && added[j].Start < added[j-1].Start; j-- {
			added[j], added[j-1] = added[j-1], added[j]
		}
	}
	return dst
}
