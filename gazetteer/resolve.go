package gazetteer

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Precisions of a resolved place, as extract.Location.Precision has them.
type relKind uint8

const (
	relNear   relKind = iota + 1 // "east of", "near", "outskirts of"
	relArea                      // "the countryside of", "the province of"
	relTownOf                    // "the town of"
)

const (
	PrecisionExact       = "exact"
	PrecisionNear        = "near"
	PrecisionDistrict    = "district"
	PrecisionGovernorate = "governorate"
)

// Resolved is the place chosen for one place mention of a report.
type Resolved struct {
	Mention Mention
	Ref     int32
	Place   *Place
	// Precision is PrecisionExact for the place itself, PrecisionNear for a
	// relation ("east of X", "near X", "outskirts of X"), and
	// PrecisionDistrict or PrecisionGovernorate where only the area is
	// named ("Manbij district", "Homs province", "the countryside of Idlib").
	Precision string
	// RelStart and RelEnd span the whole phrase that names the location,
	// relation included ("10 km east of the town of Palmyra", "Homs
	// province"); they equal the mention's span when there is no relation.
	RelStart, RelEnd int
	// Relation is the relation word or phrase, lower-cased ("east of",
	// "near", "outskirts", "province"), or "".
	Relation string

	free bool // the text did not say which level of unit it meant
}

// dirs matches a compass direction, as a noun or an adjective.
const dirs = `(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?`

// Resolve chooses one place for each place mention of one report. It
// prefers a candidate in a governorate or district that the report names
// elsewhere ("Akrab, west of Aleppo" picks the Akrab near Aleppo), then
// capitals and seats, higher units and populated places; "Homs province"
// picks the governorate and "Homs" alone the city. Mentions of other kinds
// are skipped.
func (g *Gazetteer) Resolve(text string, ms []Mention) []Resolved {
	sc, _ := g.scratch.Get().(*resolveScratch)
	if sc == nil {
		sc = new(resolveScratch)
	}
	defer g.scratch.Put(sc)
	// The governorates and districts the report names: each mention's
	// likeliest place, on its own.
	ctx := sc.ctx[:0]
	defer func() { sc.ctx = ctx[:0] }()
	// Which mentions are only part of a longer name, a person's or a
	// group's: they say nothing of where the report is.
	parts := grow(&sc.parts, len(ms))
	for i, m := range ms {
		if m.Kind == KindPlace && len(m.Refs) > 0 {
			parts[i] = partName(text, m.Start, m.End)
		}
	}
	for i, m := range ms {
		if m.Kind != KindPlace || len(m.Refs) == 0 || m.Loose || parts[i] != wholeName {
			continue
		}
		if best := g.best(text, text[m.Start:m.End], m.Refs, nil, i, 0); best != nil {
			ctx = append(ctx, context{i, m.Start, best.Admin1, best.Admin2})
		}
	}
	// Containment chains ("Jobar neighbourhood in Damascus", "Hajin town
	// in Deir ez-Zor countryside") are resolved first, the container before
	// what it contains, so that each place lies inside the unit the text
	// puts it in.
	within, around := g.containers(text, ms, parts)
	// Every res[i] read is one resolveOne wrote, ok[i] says so.
	res := sc.res[:0]
	if cap(res) < len(ms) {
		res = make([]Resolved, len(ms))
		sc.res = res
	}
	res = res[:len(ms)]
	ok := grow(&sc.ok, len(ms))
	var chained []bool // the mentions of a chain, as container or contained
	if within != nil {
		chained = grow(&sc.chained, len(ms))
		for i, j := range within {
			if j >= 0 {
				chained[i], chained[j] = true, true
			}
		}
		for i := len(ms) - 1; i >= 0; i-- {
			if !chained[i] {
				continue
			}
			var in *Resolved
			if j := within[i]; j >= 0 && ok[j] {
				in = &res[j]
			}
			res[i], ok[i] = g.resolveOne(text, ms, i, ctxWithout(ctx, within, i, &sc.without), in, around[i], parts[i])
		}
		// The other mentions read the chains as resolved.
		for k := range ctx {
			if c := ctx[k].mention; ok[c] {
				ctx[k].admin1, ctx[k].admin2 = res[c].Place.Admin1, res[c].Place.Admin2
			}
		}
	}
	var out []Resolved
	if n := placeMentions(ms); n > 0 {
		out = make([]Resolved, 0, n)
	}
	city := -1 // the last town of some standing the report named
	for i := range ms {
		if chained == nil || !chained[i] {
			var in *Resolved
			if parts[i] == longerName && city >= 0 && quarterAfter(text, ms[i].End) {
				// "the Bab al-Nayrab neighbourhood": a quarter of the
				// town the report tells of.
				in = &res[city]
			}
			res[i], ok[i] = g.resolveOne(text, ms, i, ctx, in, false, parts[i])
		}
		if ok[i] && parts[i] == wholeName && res[i].Place.Level == Community && res[i].Place.Capital != NotSeat &&
			res[i].Place.Capital <= DistrictSeat {
			city = i
		}
		if ok[i] {
			out = append(out, res[i])
		}
	}
	if len(out) == 0 {
		return nil // as before the slice was made to size
	}
	g.unify(text, out, sc)
	return out
}

// resolveScratch holds the buffers one call of Resolve works in, kept
// between calls so that a report's mentions cost no allocation but the
// result. Nothing in it outlives the call that took it from the pool.
type resolveScratch struct {
	ctx     []context
	without []context // ctxWithout's result
	parts   []nameKind
	res     []Resolved
	ok      []bool
	chained []bool
	// unify's tallies
	tallies []unifyTally
	counts  []unifyCount
	keys    []byte
	of      []int
}

// unifyTally is one name unify counts places for: the name, plain, as
// keys[key[0]:key[1]] of its scratch, and the place chosen most often.
type unifyTally struct {
	key  [2]int
	best *Place
}

// unifyCount is how often the name of one tally resolved to one place.
type unifyCount struct {
	tally int
	place *Place
	n     int
}

// grow returns (*buf)[:n], zeroed, growing *buf as needed.
func grow[T any](buf *[]T, n int) []T {
	if cap(*buf) < n {
		*buf = make([]T, n)
	}
	b := (*buf)[:n]
	clear(b)
	return b
}

// placeMentions counts the place mentions of ms that have candidates.
func placeMentions(ms []Mention) int {
	n := 0
	for _, m := range ms {
		if m.Kind == KindPlace && len(m.Refs) > 0 {
			n++
		}
	}
	return n
}

// looseHolds reports whether a mention found by its consonant skeleton
// alone may stand. Where the report names other places, one of its
// candidates must lie in a governorate they name: a loose spelling far
// from everything else the report tells of is likelier some other name.
// In a report that names no other place, its candidates must lie in one
// governorate and the skeleton must be long enough to tell names apart
// (three consonants are not: "Azraq" is no spelling of Zreik), unless the
// text calls it a town or village ("the town of Taqad" for Tqad).
func (g *Gazetteer) looseHolds(text string, m Mention, ctx []context) bool {
	surface, refs := text[m.Start:m.End], m.Refs
	for _, r := range refs {
		for _, c := range ctx {
			if sameArea(c.admin1, g.places[r].Admin1) {
				return true
			}
		}
	}
	if len(ctx) > 0 || consonants(Fold(surface)) < minSkelOther && !settlementCue(text, m.Start, m.End) {
		return false
	}
	for _, r := range refs[1:] {
		if g.places[r].Admin1 != g.places[refs[0]].Admin1 {
			return false
		}
	}
	return true
}

// twinQualifiers pairs the words that tell twin villages apart ("Eastern
// Kabsh" and "Western Kabsh" lie side by side).
var twinQualifiers = map[string]string{
	"Eastern": "Western", "Western": "Eastern", "Northern": "Southern", "Southern": "Northern",
	"Upper": "Lower", "Lower": "Upper",
}

// compassTwin returns the places the gazetteer holds as the twin of a
// qualified name it lacks: the text's "Eastern Kabsh", where only Western
// Kabsh is known, is beside that one, not the Kabsh of another province.
// It returns nil where the text puts no qualifier before the name.
func (g *Gazetteer) compassTwin(text string, m Mention) []int32 {
	w := prevWord(text[:m.Start])
	other, ok := twinQualifiers[w]
	if !ok {
		return nil
	}
	surface := text[m.Start:m.End]
	for _, r := range m.Refs {
		if strings.HasPrefix(g.places[r].Name, w+" ") {
			return nil
		}
	}
	var refs []int32
	for _, c := range g.Lookup(other + " " + surface) {
		if c.Place.Level == Community {
			refs = append(refs, c.Ref)
		}
	}
	return refs
}

// settlementCue reports whether the text calls the name from start to end
// a settlement ("the town of Taqad", "Taqad village"): then a short
// skeleton is no English word or person's name read as a place.
func settlementCue(text string, start, end int) bool {
	before := strings.ToLower(text[max(0, start-12):start])
	for _, u := range []string{"town of ", "village of ", "city of "} {
		if strings.HasSuffix(before, u) {
			return true
		}
	}
	w, _ := nextWord(text[end:])
	switch strings.ToLower(w) {
	case "town", "village", "city":
		return true
	}
	return false
}

// alternates returns the places in the report's area that a village name
// may stand for by its consonant skeleton, where every place its spelling
// names lies outside that area: "Taranja" on the Golan is Tarnaja in
// Quneitra, not the Taranja of Lattakia. It returns nil where the spelling
// fits the report, or names a town or a unit, or the report names no
// other place.
func (g *Gazetteer) alternates(surface string, refs []int32, ctx []context, self int) []int32 {
	others := false
	for _, c := range ctx {
		if c.mention != self {
			others = true
			break
		}
	}
	if !others {
		return nil
	}
	for _, r := range refs {
		p := &g.places[r]
		if prior(p) > prior(&Place{Level: Community, Capital: NotSeat}) {
			return nil
		}
		for _, c := range ctx {
			if c.mention != self && sameArea(c.admin1, p.Admin1) {
				return nil
			}
		}
	}
	var alt []int32
	for _, r := range g.bySkeleton(surface) {
		for _, c := range ctx {
			if c.mention != self && sameArea(c.admin1, g.places[r].Admin1) {
				alt = append(alt, r)
				break
			}
		}
	}
	return alt
}

// stray returns the governorate of the report's nearest other place where
// a village name is likelier a place the gazetteer lacks than the villages
// it folds with: none of them is spelt as the text spells it ("Bayoud" for
// Bayad), none lies in an area the report's other places name, and no
// town of standing is among them. A report tells of one area; a folded
// spelling far from it is a guess. Other mentions of the same name are no
// other places. It returns nil where the name may stand.
func (g *Gazetteer) stray(surface string, ms []Mention, ctx []context, self int) *Place {
	refs := ms[self].Refs
	plainVillage := prior(&Place{Level: Community, Capital: NotSeat})
	// Most names fold with a place above a plain village, and the answer
	// is then nil whatever the other places are: settle it before
	// gathering them.
	for _, r := range refs {
		if p := &g.places[r]; prior(p) > plainVillage || p.Level != Community {
			return nil
		}
	}
	// The other places are the contexts the report's other mentions give,
	// read in place rather than gathered, as a long report has many.
	other := func(c *context) bool {
		return c.mention != self && !slices.Equal(ms[c.mention].Refs, refs)
	}
	pos := ms[self].Start
	nearest := -1 // the first of the nearest other places, in ctx
	for k := range ctx {
		if c := &ctx[k]; other(c) && (nearest < 0 || abs(c.pos-pos) < abs(ctx[nearest].pos-pos)) {
			nearest = k
		}
	}
	if nearest < 0 {
		return nil
	}
	var buf [64]byte
	surfacePlain := appendPlain(buf[:0], surface)
	for _, r := range refs {
		p := &g.places[r]
		if prior(p) > plainVillage || p.Level != Community || speltPlain(p, surfacePlain) {
			return nil
		}
		for k := range ctx {
			if c := &ctx[k]; sameArea(c.admin1, p.Admin1) && other(c) {
				return nil
			}
		}
	}
	gov, ok := g.ByPCode(ctx[nearest].admin1)
	if !ok {
		return nil
	}
	return gov
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// unify makes a report's mentions of one name, spelt alike, mean one place:
// where a name whose level the text does not state resolved to different places, each
// such mention takes the place chosen most often for that name (on a tie,
// the likelier by prior). A report names its town once and then again and
// again; a stray cue near one mention should not move it.
func (g *Gazetteer) unify(text string, rs []Resolved, sc *resolveScratch) {
	// A tally counts the places one name resolved to; a report names few
	// names and a name rarely resolves to more than two places, so both
	// are found by a scan of a short slice rather than in a map.
	tallies := sc.tallies[:0]
	counts := sc.counts[:0]
	keys := sc.keys[:0]
	of := grow(&sc.of, len(rs)) // each resolved place's tally, plus one
	defer func() { sc.tallies, sc.counts, sc.keys = tallies[:0], counts[:0], keys[:0] }()
	countOf := func(t int, p *Place) int {
		for _, c := range counts {
			if c.tally == t && c.place == p {
				return c.n
			}
		}
		return 0
	}
	for i, r := range rs {
		if !r.free {
			continue
		}
		n0 := len(keys)
		keys = appendPlain(keys, text[r.Mention.Start:r.Mention.End])
		k := keys[n0:]
		t := -1
		for j := range tallies {
			if string(keys[tallies[j].key[0]:tallies[j].key[1]]) == string(k) {
				t = j
				break
			}
		}
		if t < 0 {
			t = len(tallies)
			tallies = append(tallies, unifyTally{key: [2]int{n0, len(keys)}})
		} else {
			keys = keys[:n0]
		}
		of[i] = t + 1
		n := 1
		found := false
		for j := range counts {
			if counts[j].tally == t && counts[j].place == r.Place {
				counts[j].n++
				n, found = counts[j].n, true
				break
			}
		}
		if !found {
			counts = append(counts, unifyCount{t, r.Place, 1})
		}
		tl := &tallies[t]
		if b := countOf(t, tl.best); tl.best == nil || n > b || (n == b && prior(r.Place) > prior(tl.best)) {
			tl.best = r.Place
		}
	}
	if len(tallies) == 0 {
		return
	}
	for i := range rs {
		r := &rs[i]
		if !r.free || r.Place.Level == Governorate {
			continue
		}
		if t := &tallies[of[i]-1]; t.best != r.Place && t.best.Level != Governorate {
			r.Place = t.best
			r.Ref = g.byPCode[t.best.PCode]
			if r.Precision != PrecisionNear {
				r.Precision = PrecisionExact
				if l := r.Place.Level; l == District || l == Subdistrict {
					r.Precision = PrecisionDistrict
				}
			}
		}
	}
}

// aroundRelation reports whether a relation word written after a name
// places the event around the place rather than in it.
func aroundRelation(rel string) bool {
	switch rel {
	case "outskirts", "suburbs", "edge", "edges", "periphery", "countryside":
		return true
	}
	return false
}

// P-codes the resolver needs by name.
const (
	damascusPCode      = "SY01"
	ruralDamascusPCode = "SY03"
)

// context is what one mention of a report says about where the report is:
// the governorate and district of its likeliest place.
type context struct {
	mention int
	pos     int
	admin1  string
	admin2  string
}

// nearBytes is how close two mentions of one sentence must be for one to
// place the other strongly ("Akrab, west of Aleppo", "Tiba in Homs
// province"); farther apart, the report's other places only break ties
// between candidates of the same standing.
const nearBytes = 60

// near reports whether offsets a and b lie within nearBytes of each other
// with no sentence or line break between them and no "and" or "or" (which
// would make them two items of a list).
func near(text string, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	if a < 0 || b-a >= nearBytes || b > len(text) {
		return false
	}
	gap := text[a:b]
	return !strings.Contains(gap, ". ") && !strings.ContainsAny(gap, "\n!?;") &&
		!strings.Contains(gap, " and ") && !strings.Contains(gap, " or ")
}

// best returns the likeliest place among refs, mention self's candidates.
// A candidate of level want wins outright (for Community: a community,
// neighbourhood or feature); then one whose governorate or district other
// mentions name, nearby ones weighing more; then a name spelt as the text
// spells it (surface), which tells "Hurriyeh" from "Hura" and "Tal Abyad"
// from "Tal Abbud" though they fold alike; then prior. For want
// Governorate, a governorate seat city stands for its governorate.
func (g *Gazetteer) best(text, surface string, refs []int32, ctx []context, self int, want Level) *Place {
	if len(refs) == 1 {
		// One candidate wins whatever it scores: most names are
		// unique, and weighing them is most of the resolver's work.
		return g.wanted(&g.places[refs[0]], want)
	}
	var best *Place
	bestScore := -1 << 30
	var buf [64]byte
	surfacePlain := appendPlain(buf[:0], surface)
	pos := -1
	for _, c := range ctx {
		if c.mention == self {
			pos = c.pos
		}
	}
	// Whether each other mention is near this one, which does not depend
	// on the candidate.
	var nearBuf [64]bool
	nearCtx := nearBuf[:0]
	if len(ctx) > len(nearBuf) {
		nearCtx = make([]bool, 0, len(ctx))
	}
	for _, c := range ctx {
		nearCtx = append(nearCtx, c.mention != self && pos >= 0 && near(text, pos, c.pos))
	}
	for _, ref := range refs {
		p := &g.places[ref]
		score := prior(p)
		switch want {
		case Governorate:
			if p.Level == Governorate {
				score += 1000
			}
		case District, Subdistrict:
			if p.Level == want {
				score += 1000
			} else if p.Level == District || p.Level == Subdistrict {
				score += 500
			}
		case Community:
			if p.Level >= Community {
				score += 1000
			}
		}
		if p.Level != Governorate {
			gov, dist := 0, 0
			for ci, c := range ctx {
				if c.mention == self {
					continue
				}
				near := nearCtx[ci]
				if sameArea(c.admin1, p.Admin1) {
					gov = max(gov, pick(near, 100, 10))
				}
				if p.Level > District && p.Admin2 != "" && c.admin2 == p.Admin2 {
					dist = max(dist, pick(near, 50, 5))
				}
			}
			score += gov + dist
		}
		// Spelling adds 100: a candidate that cannot pass the best even
		// so is not spelt out.
		// A governorate's own name, or its seat's, spelt out, is the unit
		// the press means: a village elsewhere that shares it does not
		// take it for standing near the report's other places.
		bonus := 100
		if seatLike(p) {
			bonus = 250
		}
		if score+bonus > bestScore && speltPlain(p, surfacePlain) {
			score += bonus
		}
		if score > bestScore {
			best, bestScore = p, score
		}
	}
	return g.wanted(best, want)
}

// wanted is best's choice, the likeliest candidate, read as the level
// want asks for.
func (g *Gazetteer) wanted(best *Place, want Level) *Place {
	if want == Governorate && best != nil && best.Level != Governorate {
		// "Idlib countryside" when only the city matched by that name: the
		// city's governorate, if the city is its seat.
		if best.Capital == GovernorateSeat || best.Capital == NationalCapital {
			if gov, ok := g.ByPCode(best.Admin1); ok {
				return gov
			}
		}
	}
	return best
}

func pick(cond bool, a, b int) int {
	if cond {
		return a
	}
	return b
}

// sameArea reports whether a place in governorate b is in the area a
// report names by governorate a: the same governorate, or Damascus and
// Rural Damascus, which the press treats as one ("near Damascus" may be
// Kisweh or Darayya).
func sameArea(a, b string) bool {
	if a == b {
		return true
	}
	return (a == damascusPCode && b == ruralDamascusPCode) || (a == ruralDamascusPCode && b == damascusPCode)
}

// spelt reports whether one of p's names is surface, ignoring case, the
// article and punctuation.
func spelt(p *Place, surface string) bool {
	var buf [64]byte
	return speltPlain(p, appendPlain(buf[:0], surface))
}

// speltPlain is spelt for a surface already made plain.
func speltPlain(p *Place, surface []byte) bool {
	if plainIs(p.Name, surface) {
		return true
	}
	for _, a := range p.Aliases {
		if plainIs(a, surface) {
			return true
		}
	}
	return false
}

// plainIs reports whether plain(name) is surface, comparing an ASCII name
// in place.
func plainIs(name string, surface []byte) bool {
	for i := 0; i < len(name); i++ {
		if name[i] >= 0x80 {
			var buf [64]byte
			return string(appendPlain(buf[:0], name)) == string(surface)
		}
	}
	t := 0
	for _, a := range articles {
		if len(name)-t >= len(a) && asciiEqualLower(name[t:t+len(a)], a) {
			t += len(a)
		}
	}
	k := 0
	for i := t; i < len(name); i++ {
		c := lowerASCII(name[i])
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			if k == len(surface) || surface[k] != c {
				return false
			}
			k++
		}
	}
	return k == len(surface)
}

// asciiEqualLower reports whether s, lower-cased, is lower.
func asciiEqualLower(s, lower string) bool {
	for i := 0; i < len(s); i++ {
		if lowerASCII(s[i]) != lower[i] {
			return false
		}
	}
	return true
}

// articles are the forms of the Arabic article plain drops, in the order
// it drops them.
var articles = []string{"al-", "el-", "al ", "el ", "as-", "ar-", "ash-", "at-", "an-", "ad-", "az-", "ez-", "es-"}

// plain lower-cases s and drops a leading article and all but letters and
// digits.
func plain(s string) string {
	var buf [64]byte
	return string(appendPlain(buf[:0], s))
}

// appendPlain appends plain(s) to dst. An ASCII name, nearly every one, is
// done in place without allocating.
func appendPlain(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return append(dst, plainUnicode(s)...)
		}
	}
	n := len(dst)
	for i := 0; i < len(s); i++ {
		dst = append(dst, lowerASCII(s[i]))
	}
	b := dst[n:]
	for _, a := range articles {
		if len(b) >= len(a) && string(b[:len(a)]) == a {
			b = b[len(a):]
		}
	}
	k := n
	for _, c := range b {
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			dst[k] = c
			k++
		}
	}
	return dst[:k]
}

// plainUnicode is plain for any text.
func plainUnicode(s string) string {
	s = strings.ToLower(s)
	for _, a := range articles {
		s = strings.TrimPrefix(s, a)
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// afterUnit is patterns().afterUnit.FindStringSubmatchIndex(after), the
// regular expression tried only where the word after the spaces opens like one of
// its words.
func afterUnit(after string) []int {
	i := 0
	for i < len(after) && isSpace(after[i]) {
		i++
	}
	if i == len(after) {
		return nil
	}
	w := after[i:min(len(after), i+12)]
	for j := 0; j < len(w); j++ {
		if w[j] >= 0x80 {
			// A Kelvin sign or a long s may fold with a letter of a word.
			return patterns().afterUnit.FindStringSubmatchIndex(after)
		}
	}
	// An ASCII word is read here as the expression reads it, its words
	// in its order, each ending at an ASCII word boundary.
	for _, u := range afterUnitWords {
		if len(w) >= len(u) && asciiEqualLower(w[:len(u)], u) {
			if e := i + len(u); e == len(after) || !isWordByteASCII(after[e]) {
				return []int{0, e, i, e}
			}
		}
	}
	return nil
}

// afterUnitWords are the words of patterns().afterUnit, in its order.
var afterUnitWords = []string{"province", "governorate", "countryside", "district", "subdistrict", "sub-district", "city", "region", "area", "suburbs", "outskirts", "periphery"}

// isWordByteASCII reports whether c is a byte of \w, which \b looks at.
func isWordByteASCII(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' || c == '_'
}

// afterPossessive is patterns().afterPossessive.FindStringSubmatchIndex,
// tried only after an apostrophe.
func afterPossessive(after string) []int {
	if !strings.HasPrefix(after, "'") && !strings.HasPrefix(after, "’") {
		return nil
	}
	return patterns().afterPossessive.FindStringSubmatchIndex(after)
}

// resolveOne resolves mention i of ms, or reports false where it names no
// place. Where in is not nil, the text puts the mention inside that place
// ("X village in Y countryside"): a candidate inside it wins, and where no
// candidate is, the mention falls back to the container itself.
//
// Where around is set the text puts the mention beside in rather than in
// it ("Qadessiyeh village east of Raqqa city"): the mention must lie in
// in's governorate, and falls back to a place near in.
func (g *Gazetteer) resolveOne(text string, ms []Mention, i int, ctx []context, in *Resolved, around bool, part nameKind) (Resolved, bool) {
	m := ms[i]
	if m.Kind != KindPlace || len(m.Refs) == 0 {
		return Resolved{}, false
	}
	switch part {
	case personName, groupName:
		return Resolved{}, false
	case longerName:
		// Part of a name the gazetteer lacks: the unit that holds it,
		// if the text names one, else nothing.
		if in == nil {
			return Resolved{}, false
		}
		m.Refs = nil
	}
	if in != nil && len(m.Refs) > 0 && in.Place.Level == Feature {
		// A region's bounds are loose: the container only weighs as the
		// report's other places do.
		in = nil
	}
	if in != nil {
		// The place must lie inside the unit the text puts it in: a
		// candidate there, else one spelt alike there, else the unit.
		holder := in.Place
		if around {
			if gov, ok := g.ByPCode(holder.Admin1); ok {
				holder = gov
			}
		}
		town := in.Relation == "city" || quarterAfter(text, m.End)
		refs := g.insideRefs(m.Refs, holder, town)
		if part == longerName {
			// "Kafr Ghana" for Kafr Ghan: the whole name, by its
			// skeleton, inside the unit.
			if s, e := nameAround(text, m.Start, m.End); e-s > m.End-m.Start {
				refs = g.insideRefs(g.bySkeleton(text[s:e]), holder, town)
			}
		}
		if around && len(refs) == 0 && g.seatSpelt(text[m.Start:m.End], m.Refs) {
			// Beside a place is not in it: a town of some standing spelt
			// as the text spells it stands, wherever it lies.
			in = nil
			refs = m.Refs
		} else if len(refs) > 0 && g.speltElsewhere(text[m.Start:m.End], m.Refs, refs) {
			// Only a name that folds alike lies inside, while the name as
			// spelt lies elsewhere: the text names no place inside that
			// the gazetteer knows.
			refs = nil
		} else if len(refs) == 0 && part == wholeName {
			refs = g.insideRefs(g.bySkeleton(text[m.Start:m.End]), holder, town)
		}
		if !around && holder.PCode == ruralDamascusPCode {
			// "Yarmouk Camp in Rural Damascus": where the capital's
			// edge may be drawn either way, the governorate the text
			// states is the coder's.
			refs = slices.DeleteFunc(refs, func(r int32) bool { return g.places[r].Admin1 != ruralDamascusPCode })
		}
		if len(refs) == 0 {
			r := *in
			r.Mention, r.RelStart, r.RelEnd, r.Relation, r.free = m, m.Start, m.End, "", false
			if around && r.Place.Level >= Community {
				r.Precision = PrecisionNear
			}
			if r.Precision == PrecisionNear && r.Place.Level < Community {
				r.Precision = PrecisionGovernorate
				if r.Place.Level != Governorate {
					r.Precision = PrecisionDistrict
				}
			}
			return r, true
		}
		m.Refs = refs
	} else {
		if twin := g.compassTwin(text, m); twin != nil {
			m.Refs, m.Loose = twin, false
		}
		if m.Loose && !g.looseHolds(text, m, ctx) {
			return Resolved{}, false
		}
		if alt := g.alternates(text[m.Start:m.End], m.Refs, ctx, i); alt != nil {
			m.Refs = alt
		} else if gov := g.stray(text[m.Start:m.End], ms, ctx, i); gov != nil {
			// A village the gazetteer lacks, in the area the report
			// tells of: located as well as that area is.
			return Resolved{Mention: m, Ref: g.byPCode[gov.PCode], Place: gov, Precision: PrecisionGovernorate,
				RelStart: m.Start, RelEnd: m.End}, true
		}
	}
	r := Resolved{Mention: m, RelStart: m.Start, RelEnd: m.End, Precision: PrecisionExact}
	want := Level(0) // a level the text asks for
	after := text[m.End:]
	if loc := afterUnit(after); loc != nil {
		word := strings.ToLower(after[loc[2]:loc[3]])
		switch word {
		case "province", "governorate":
			want = Governorate
		case "countryside", "region", "area":
			want = Governorate
			r.Relation = word
		case "district":
			want = District
		case "subdistrict", "sub-district":
			want = Subdistrict
		case "city":
			want = Community
		case "suburbs", "outskirts", "periphery":
			// "the Damascus suburbs": around the place, not in it.
			want = Community
			r.Relation = word
			r.Precision = PrecisionNear
		}
		if want != Community || word == "city" || r.Precision == PrecisionNear {
			r.RelEnd = m.End + loc[1]
			if r.Relation == "" {
				r.Relation = word
			}
		}
	} else if loc := afterPossessive(after); loc != nil {
		word := strings.ToLower(after[loc[2]:loc[3]])
		r.RelEnd = m.End + loc[1]
		r.Relation = word
		if word == "countryside" {
			want = Governorate
		}
	}
	lo := max(0, m.Start-96)
	for lo < m.Start && !utf8.RuneStart(text[lo]) {
		lo++
	}
	before := text[lo:m.Start]
	if start, kind, ok := relationBefore(before); ok {
		phrase := strings.ToLower(strings.Join(strings.Fields(before[start:]), " "))
		switch kind {
		case relArea:
			want = Governorate
			r.Relation = strings.TrimSuffix(phrase, " of")
			if strings.Contains(phrase, "countryside") || strings.HasPrefix(phrase, "rural") {
				r.Relation = "countryside"
			}
			r.RelStart = lo + start
		case relTownOf:
			if want == 0 {
				want = Community
			}
		case relNear:
			r.Relation = strings.TrimSpace(strings.TrimSuffix(phrase, " the town of"))
			r.Relation = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(r.Relation, " the city of"), " the village of"))
			r.RelStart = lo + start
			if want == 0 || want == Community {
				want = Community
			}
			r.Precision = PrecisionNear
		}
	}
	p := g.best(text, text[m.Start:m.End], m.Refs, ctx, i, want)
	if p == nil {
		return Resolved{}, false
	}
	// The countryside of Damascus is the governorate of Rural Damascus.
	if want == Governorate && r.Relation == "countryside" && p.PCode == damascusPCode {
		if rd, ok := g.ByPCode(ruralDamascusPCode); ok {
			p = rd
		}
	}
	// Around the capital is Rural Damascus, the governorate that rings
	// it: "outside Damascus", "near Damascus", "east of Damascus",
	// "the outskirts of Damascus", "the Damascus suburbs".
	rural := false
	if p.Admin1 == damascusPCode && p.Level != Neighbourhood && (r.Precision == PrecisionNear || aroundRelation(r.Relation)) {
		if rd, ok := g.ByPCode(ruralDamascusPCode); ok {
			p, rural = rd, true
			r.Precision = PrecisionGovernorate
		}
	}
	r.Place = p
	r.Ref = g.byPCode[p.PCode]
	if r.Precision != PrecisionNear && !rural {
		switch p.Level {
		case Governorate:
			r.Precision = PrecisionGovernorate
		case District, Subdistrict:
			r.Precision = PrecisionDistrict
		default:
			if r.Relation == "outskirts" || r.Relation == "suburbs" || r.Relation == "edge" ||
				r.Relation == "edges" || r.Relation == "periphery" || r.Relation == "countryside" ||
				r.Relation == "area" {
				r.Precision = PrecisionNear
			}
		}
	}
	r.free = want == 0 && in == nil
	return r, true
}

// Units a report names between a place and the place that holds it:
// "Jobar neighbourhood in Damascus", "Hajin town in Deir ez-Zor
// countryside", "the Helaliyya and Zeytouniyah neighbourhoods of the city
// of Qamishli".
const unitNouns = `(?:villages?|towns?|cit(?:y|ies)|neighbou?rhoods?|quarters?|areas?|district|sub-?district|camps?|suburbs?|region|farms?|hills?|mountains?|plains?|checkpoints?|village's|town's|` +
	`prison|streets?|square|market|roundabout|hospital|school|mosque|road|(?:oil\s+|gas\s+)?fields?|oilfield|junction|bridge|dam|base|airport|factory|station|building|headquarters|river\s+bank|bank|front|axis|valley|desert|crossing)`

// Words after a name that say which kind of unit it names, and the gaps
// between two names that say how the places stand: compiled on first use,
// as a process that never resolves a place should not pay for them.
type resolvePatterns struct {
	afterUnit, afterPossessive                                 *regexp.Regexp
	within, withinOpen, dirOf, beside, listed, unitAfter, dist *regexp.Regexp
}

// patterns returns the compiled resolvePatterns.
var patterns = sync.OnceValue(func() *resolvePatterns {
	return &resolvePatterns{
		afterUnit: regexp.MustCompile(`^(?i)\s*(province|governorate|countryside|district|sub-?district|city|region|area|suburbs|outskirts|periphery)\b`),
		// "Aleppo's western outskirts", "Idlib's southern countryside".
		afterPossessive: regexp.MustCompile(`^(?i)(?:'|’)s?\s+(?:` + dirs + `\s+)?(outskirts|countryside|suburbs|edges?|periphery)\b`),
		// within matches the words between a place and the place the text
		// puts it in.
		within: regexp.MustCompile(`^(?i)\s*(?:(?:[a-z]+\s+)?` + unitNouns + `\s*)?(?:,\s*in\s+|\s+(?:in|of|within|inside)\s+)(?:the\s+)?(?:` + dirs + `\s+)?(?:(?:countryside|province|governorate|city|town|district|region|outskirts|suburbs|environs|side|part|parts|edge|edges)\s+of\s+(?:the\s+)?(?:(?:provincial\s+)?capital\s*,?\s*)?)?$`),
		// withinOpen matches the words that open a gap within would match
		// had the gazetteer known the name that follows them: "industrial area
		// in " of "Sinaa industrial area in Ammar Ibn Yaser neighbourhood of
		// Raqqa city".
		withinOpen: regexp.MustCompile(`^(?i)\s*(?:(?:[a-z]+\s+)?` + unitNouns + `\s*)?\s+(?:in|of|within|inside)\s+(?:the\s+)?`),
		// dirOf matches the words between a place and the place the text
		// sets it beside: "Qadessiyeh village east of Raqqa city", "Tiba, 5 km
		// north of the town of Sukhna".
		dirOf: regexp.MustCompile(`^(?i)\s*(?:[a-z]+\s+)?(?:` + unitNouns + `\s*)?,?\s+(?:(?:just|about|some|around|roughly|nearly)\s+)?(?:\d+(?:\.\d+)?\s*(?:km|kms|kilometres|kilometers|miles)\s+)?(?:to\s+the\s+)?` + dirs + `\s+of\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$`),
		// beside matches a comma or nothing between a place and a higher
		// unit named after it: "Ras al-Ain, Hasakah province", "Khan Tuman
		// Aleppo province".
		beside: regexp.MustCompile(`^(?i)\s*(?:` + unitNouns + `\s*)?,?\s*(?:the\s+)?(?:` + dirs + `\s+)?$`),
		// listed matches the words between two items of a list of places.
		listed: regexp.MustCompile(`^(?i)\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?$`),
		// unitAfter matches the unit word that makes a name a governorate or
		// its countryside ("Aleppo province", "Idlib's countryside").
		unitAfter: regexp.MustCompile(`^(?i)(?:(?:'|’)s?)?\s*(?:` + dirs + `\s+)?(?:province|governorate|countryside)\b`),
		// dist matches a distance the text states: "40 km", "3 miles".
		dist: regexp.MustCompile(`(?i)(\d+(?:\.\d+)?)\s*(km|kms|kilomet|mile)`),
	}
})

// containers returns, for each mention of ms, the index of the mention the
// text puts it in, or -1; or nil where the report has no such chain. Items
// of a list share the container named after the last ("Lajj, Sahn and
// Zayzun villages in Idlib countryside").
func (g *Gazetteer) containers(text string, ms []Mention, parts []nameKind) (within []int, around []bool) {
	next := -1 // the next place mention after i
	var big []int8
	// bigAlone reports whether mention k, on its own, names a governorate
	// or the seat of one: such a name contains others and is contained by
	// none but a stated unit.
	bigAlone := func(k int) bool {
		if big == nil {
			big = make([]int8, len(ms))
		}
		if big[k] == 0 {
			big[k] = -1
			if p := g.best(text, text[ms[k].Start:ms[k].End], ms[k].Refs, nil, k, 0); p != nil && seatLike(p) {
				big[k] = 1
			}
		}
		return big[k] > 0
	}
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.Kind != KindPlace || len(m.Refs) == 0 {
			continue
		}
		j := next
		next = i
		if j < 0 || ms[j].Start < m.End || ms[j].Start-m.End > 80 {
			continue
		}
		gap := text[m.End:ms[j].Start]
		if !gapCue(gap) {
			continue
		}
		if parts[i] == longerName {
			// "Tall al-Jayir town in Hasakah countryside": the rest of
			// the name the gazetteer lacks is no part of the link.
			gap = skipNameWords(gap)
		}
		link := false
		switch {
		case withinGap(gap):
			link = !bigAlone(i) || unitAfter(text, ms[j].End) || bigAlone(j)
		case hasFoldPair(gap, 'o', 'f') && patterns().dirOf.MatchString(gap): // "of" is no part of most gaps
			// "55 miles southwest of Aleppo" may cross into another
			// governorate; "east of Raqqa city" rarely does.
			if link = !bigAlone(i) && !farGap(gap); link {
				if within == nil {
					within, around = newLinks(len(ms))
				}
				around[i] = true
			}
		case patterns().beside.MatchString(gap):
			// "Ras al-Ain, Hasakah province": only a stated unit or a
			// governorate's name closing the phrase holds the place.
			link = !bigAlone(i) && (unitAfter(text, ms[j].End) ||
				(strings.Contains(gap, ",") && bigAlone(j) && !listAfter(text, ms[j].End)))
			if !link && within != nil && within[j] >= 0 && !bigAlone(i) && patterns().listed.MatchString(gap) {
				// "Helaliyya, Zeytouniyah and Kaddour Biek
				// neighbourhoods of the city": a list, not a unit.
				within[i], around[i] = within[j], around[j]
				continue
			}
		case patterns().listed.MatchString(gap):
			if within != nil && within[j] >= 0 && !bigAlone(i) {
				within[i], around[i] = within[j], around[j]
			}
			continue
		}
		if link {
			if within == nil {
				within, around = newLinks(len(ms))
			}
			within[i] = j
		}
	}
	return within, around
}

func newLinks(n int) ([]int, []bool) {
	l := make([]int, n)
	for i := range l {
		l[i] = -1
	}
	return l, make([]bool, n)
}

// unitAfter reports whether the name ending at end is followed by a word
// that makes it a governorate or its countryside.
func unitAfter(text string, end int) bool {
	return patterns().unitAfter.MatchString(text[end:min(len(text), end+40)])
}

// listAfter reports whether the name ending at end is followed by another
// item of a list.
func listAfter(text string, end int) bool {
	rest := strings.TrimLeft(text[end:min(len(text), end+8)], " ")
	return strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "and ") || strings.HasPrefix(rest, "&")
}

// seatLike reports whether p is a governorate, or the seat of one or of
// the country: names the press uses for the unit as a whole.
func seatLike(p *Place) bool {
	return p.Level == Governorate || p.Level == Community && (p.Capital == GovernorateSeat || p.Capital == NationalCapital)
}

// ctxWithout returns ctx without the mentions that lie, directly or
// through others, within mention i: what a place contains says nothing of
// which place a container's name stands for.
func ctxWithout(ctx []context, within []int, i int, buf *[]context) []context {
	inside := func(k int) bool {
		for n := 0; k >= 0 && n < len(within); n++ {
			k = within[k]
			if k == i {
				return true
			}
		}
		return false
	}
	var out []context
	dropped := false
	for k, c := range ctx {
		if inside(c.mention) {
			if !dropped {
				dropped = true
				out = append((*buf)[:0], ctx[:k]...)
			}
			continue
		}
		if dropped {
			out = append(out, c)
		}
	}
	if !dropped {
		return ctx
	}
	*buf = out[:0]
	return out
}

// insideKm is how far from a town a place the text puts in it may lie: a
// neighbourhood, a farm or a hill of it.
const insideKm = 20

// inside reports whether p lies within c, the place a text puts it in.
// A town's seat named bare stands for its governorate too ("in Idlib"),
// unless town says the text means the town itself ("Idlib city", "the
// Joura neighbourhood of Deir ez-Zor").
func inside(p *Place, c *Place, town bool) bool {
	if p == c {
		return false
	}
	switch c.Level {
	case Governorate:
		return sameArea(c.Admin1, p.Admin1)
	case District:
		return p.Admin2 == c.PCode
	case Subdistrict:
		return p.Admin3 == c.PCode || (p.Admin3 == "" && p.Admin2 == c.Admin2)
	}
	if seatLike(c) && !town {
		return sameArea(c.Admin1, p.Admin1)
	}
	return sameArea(c.Admin1, p.Admin1) && km(p, c) <= insideKm
}

// km is the distance between two places in kilometres, on a sphere.
func km(a, b *Place) float64 {
	const r = 6371.0
	la1, la2 := a.Lat*math.Pi/180, b.Lat*math.Pi/180
	dla, dlo := la2-la1, (b.Lon-a.Lon)*math.Pi/180
	h := math.Sin(dla/2)*math.Sin(dla/2) + math.Cos(la1)*math.Cos(la2)*math.Sin(dlo/2)*math.Sin(dlo/2)
	return 2 * r * math.Asin(math.Sqrt(min(1, h)))
}

// insideRefs returns the candidates of refs that lie within c.
func (g *Gazetteer) insideRefs(refs []int32, c *Place, town bool) []int32 {
	var in []int32
	for _, r := range refs {
		if inside(&g.places[r], c, town) {
			in = append(in, r)
		}
	}
	return in
}

// speltElsewhere reports whether none of in is spelt as surface while
// another of refs is.
func (g *Gazetteer) speltElsewhere(surface string, refs, in []int32) bool {
	var buf [64]byte
	sp := appendPlain(buf[:0], surface)
	for _, r := range in {
		if speltPlain(&g.places[r], sp) {
			return false
		}
	}
	for _, r := range refs {
		if speltPlain(&g.places[r], sp) {
			return true
		}
	}
	return false
}

// nameKind says what a name the gazetteer matched only in part is.
type nameKind uint8

const (
	wholeName  nameKind = iota // the mention is the whole name
	longerName                 // part of a longer name the gazetteer lacks: "Tall" of "Tall al-Jayir"
	personName                 // part of a person's name: "Menije Hado"
	groupName                  // part of an armed group's or a body's name: "Ojeil Tribal Group"
)

// capsAfter are capitalised words that may follow a place's name without
// making it part of a longer one: units, features and the calendar.
var capsAfter = map[string]bool{
	"city": true, "province": true, "governorate": true, "countryside": true, "district": true,
	"subdistrict": true, "area": true, "region": true, "town": true, "village": true,
	"neighbourhood": true, "neighborhood": true, "camp": true, "military": true, "airport": true,
	"air": true, "airbase": true, "base": true, "international": true, "university": true,
	"dam": true, "river": true, "valley": true, "prison": true, "hospital": true, "square": true,
	"street": true, "road": true, "highway": true, "mountains": true, "mountain": true,
	"plain": true, "desert": true, "heights": true, "gate": true, "bridge": true, "lake": true,
	"oil": true, "gas": true, "field": true, "power": true, "plant": true, "station": true,
	"junction": true, "roundabout": true, "crossing": true, "border": true, "checkpoint": true,
	"industrial": true, "old": true, "central": true, "stadium": true, "farms": true, "hill": true,
	"syria": true, "governorate's": true, "basin": true, "countryside's": true, "suburbs": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "reuters": true, "afp": true,
}

// groupWords end the names of armed groups and bodies that open with a
// place's name: "Menagh Military Council", "Ojeil Tribal Group".
var groupWords = map[string]bool{
	"council": true, "councils": true, "group": true, "brigade": true, "brigades": true,
	"battalion": true, "battalions": true, "division": true, "front": true, "army": true,
	"regiment": true, "forces": true, "tribe": true, "tribal": true, "clan": true, "corps": true,
	"shield": true, "legion": true, "movement": true, "gathering": true, "union": true,
	"committee": true, "committees": true, "police": true, "guard": true, "guards": true,
	"militia": true, "hawks": true, "lions": true, "falcons": true, "martyrs": true,
	"revolutionaries": true, "operations": true, "room": true, "command": true, "alliance": true,
	"coordination": true, "media": true, "network": true, "center": true, "centre": true,
}

// notNameBefore are capitalised words that may stand before a place's name
// without making it part of a longer name or a person's.
var notNameBefore = map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "north": true,
	"south": true, "east": true, "west": true, "upper": true, "lower": true, "greater": true,
	"old": true, "new": true, "rural": true, "central": true, "in": true, "at": true, "on": true,
	"near": true, "the": true, "of": true, "from": true, "and": true, "to": true, "syrian": true,
	"reef": true, "rif": true, "outside": true, "around": true, "between": true, "across": true,
	"towards": true, "toward": true, "into": true, "inside": true, "within": true, "via": true,
	"by": true, "for": true, "with": true, "while": true, "as": true, "after": true, "before": true,
	"during": true, "since": true, "under": true, "over": true, "through": true, "along": true,
	"besieged": true, "rebel-held": true, "regime-held": true, "both": true, "i": true,
}

// partName tells whether the mention from start to end is the whole of a
// name in text, or only part of a longer name the gazetteer does not
// hold, a person's or a group's. Headlines, whose every word is
// capitalised, tell nothing this way.
func partName(text string, start, end int) nameKind {
	k := partNameCased(text, start, end)
	if k != wholeName && titleCase(text, start, end) {
		return wholeName
	}
	return k
}

// partNameCased is partName for text in sentence case.
func partNameCased(text string, start, end int) nameKind {
	// A name run on past the match: "Jisr-Ah-Shughur", "Tas-Heeh", "Ku'
	// Al-Selah". A route ("the Aleppo-Gaziantep road") is two names.
	if end < len(text) && (text[end] == '-' || text[end] == '\'') {
		rest := text[end+1:]
		w, _ := nextWord(" " + rest)
		if w != "" && (isUpper(w) || isArticleJoined(strings.ToLower(w)) || isAlEl(w)) &&
			!(text[end] == '\'' && (w == "s" || w == "S")) && !routeAfter(rest) {
			return longerName
		}
		if text[end] == '\'' && strings.HasPrefix(rest, " ") && !strings.HasPrefix(text[start:], "'") {
			// "Ku' Al-Selah": an apostrophe that closes no quotation.
			if w, _ := nextWord(rest); isUpper(w) || isAlEl(w) || isArticleJoined(strings.ToLower(w)) {
				return longerName
			}
		}
	}
	if start > 1 && text[start-1] == '-' && isLetter(text[start-2]) && !routeAfter(text[end:]) && !articleBefore(text, start-1) {
		return longerName
	}
	// The words after: "Tall al-Jayir", "Sabah al Khayr", "Ojeil Tribal
	// Group".
	if w, rest := nextWord(text[end:]); w != "" {
		lw := strings.ToLower(w)
		// Capitalised words up to the first lower-case one: a group if
		// one of them names a body ("Menagh Military Council").
		for n, cw := 0, w; n < 4 && isUpper(cw); n++ {
			if groupWords[strings.ToLower(cw)] {
				return groupName
			}
			cw, rest = nextWord(rest)
		}
		switch {
		case w == "Street" || w == "St.":
			// "al Dor Street": a street named after a place, in some
			// other town, not the place.
			return longerName
		case capsAfter[lw]:
		case isAlEl(w) || isArticleJoined(lw) || nameParticle(lw):
			return longerName
		case properWord(w) && !givenName(w):
			// "In Aleppo Russian jets struck": a new phrase, no part of
			// the name.
		case isUpper(w):
			if givenName(w) {
				return personName
			}
			return longerName
		}
	}
	// The word before: "Menije Hado", "leader Hussein Shaaban", "Abu
	// al-Joud al-Arbini".
	if w := prevWord(text[:start]); isArticleJoined(strings.ToLower(w)) {
		if i := strings.IndexByte(w, '-'); i >= 0 && isUpper(w[i+1:]) {
			return longerName
		}
	}
	if w := prevWord(text[:start]); w != "" && isUpper(w) && !notNameBefore[strings.ToLower(w)] && !compoundAdjective(w) &&
		// "in Khan Tumanin Aleppo province": a stated unit opens anew.
		!unitAfter(text, end) &&
		!(properWord(w) && !givenName(w) && !nameParticle(strings.ToLower(w))) && !capsAfter[strings.ToLower(w)] && !sentenceInitial(text, start-len(w)-1) {
		if givenName(w) {
			return personName
		}
		return longerName
	}
	return wholeName
}

// nextWord returns the word after one space at the start of s, and what
// follows it.
func nextWord(s string) (string, string) {
	if !strings.HasPrefix(s, " ") {
		return "", s
	}
	s = s[1:]
	i := 0
	for i < len(s) && (isLetter(s[i]) || s[i] == '-' || s[i] == '\'') {
		i++
	}
	return strings.TrimRight(s[:i], "-'"), s[i:]
}

// prevWord returns the word before one space at the end of s.
func prevWord(s string) string {
	if !strings.HasSuffix(s, " ") {
		return ""
	}
	s = s[:len(s)-1]
	i := len(s)
	for i > 0 && (isLetter(s[i-1]) || s[i-1] == '-' || s[i-1] == '\'') {
		i--
	}
	return strings.TrimLeft(s[i:], "-'")
}

// compoundAdjective reports whether w is a hyphened word whose last part
// is in lower case, an adjective however it opens: "QSD-held",
// "Turkish-backed", "IS-controlled". The name after it is a whole one.
func compoundAdjective(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && i+1 < len(w) && 'a' <= w[i+1] && w[i+1] <= 'z' && !slices.Contains(articles, strings.ToLower(w[:i+1]))
}

func isUpper(w string) bool { return w != "" && 'A' <= w[0] && w[0] <= 'Z' }

// isArticleJoined reports whether w, lower-cased, is an article joined to
// a name: "al-jayir", "ash-shughur".
func isArticleJoined(w string) bool {
	for _, a := range articles {
		if strings.HasSuffix(a, "-") && len(w) > len(a) && strings.HasPrefix(w, a) {
			return true
		}
	}
	return false
}

// titleCase reports whether the line around start..end capitalises most of
// its words, as a headline does.
func titleCase(text string, start, end int) bool {
	lo := strings.LastIndexByte(text[:start], '\n') + 1
	hi := strings.IndexByte(text[end:], '\n')
	if hi < 0 {
		hi = len(text)
	} else {
		hi += end
	}
	lo, hi = max(lo, start-80), min(hi, end+80)
	upper, all := 0, 0
	for _, w := range strings.Fields(text[lo:hi]) {
		if len(w) < 4 || !isLetter(w[0]) {
			continue
		}
		all++
		if isUpper(w) {
			upper++
		}
	}
	return all >= 3 && upper*4 >= all*3
}

// skipNameWords drops from gap the words that continue a name: "
// al-Jayir town in " becomes " town in ".
func skipNameWords(gap string) string {
	for n := 0; n < 4; n++ {
		w, rest := nextWord(gap)
		lw := strings.ToLower(w)
		if w == "" || !(isUpper(w) || isAlEl(w) || isArticleJoined(lw) || lw == "ibn" || lw == "bin") || capsAfter[lw] {
			break
		}
		gap = rest
	}
	return gap
}

// routeAfter reports whether a road word follows within the next word or
// two: "Aleppo-Gaziantep road", "the Damascus-Beirut highway".
func routeAfter(s string) bool {
	s = s[:min(len(s), 40)]
	for _, w := range []string{" road", " highway", " motorway", " route", " railway", " line", " Road", " Highway"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// articleBefore reports whether the word that ends at end is an Arabic
// article ("al" of "al-Bab"), which joins a name rather than runs one on.
func articleBefore(text string, end int) bool {
	i := end
	for i > 0 && isLetter(text[i-1]) {
		i--
	}
	switch strings.ToLower(text[i:end]) {
	case "al", "el", "as", "ash", "ar", "at", "an", "ad", "az", "ez", "es", "ed", "ul":
		return true
	}
	return false
}

// withinGap reports whether gap, the text between two place names, puts
// the first inside the second, perhaps through a name the gazetteer lacks
// ("area in Ammar Ibn Yaser neighbourhood of the").
func withinGap(gap string) bool {
	// Both patterns need an "in" or an "of" (within, inside hold "in"),
	// and most gaps that reach here (", ", " and ") have neither: this
	// check is the patterns' answer for them at a fraction of the cost.
	if !hasFoldPair(gap, 'i', 'n') && !hasFoldPair(gap, 'o', 'f') {
		return false
	}
	for n := 0; n < 3; n++ {
		if patterns().within.MatchString(gap) {
			return true
		}
		loc := patterns().withinOpen.FindStringIndex(gap)
		if loc == nil {
			return false
		}
		rest := skipNameWords(" " + gap[loc[1]:])
		if len(rest) >= len(gap[loc[1]:])+1 {
			return false // no name after the opening words
		}
		gap = rest
	}
	return false
}

// hasFoldPair reports whether s holds the lower-case ASCII letters a then b
// in either case. Only ASCII letters fold to them (unicode.SimpleFold), so
// it is a test a (?i) pattern's literal "in" or "of" cannot pass without.
func hasFoldPair(s string, a, b byte) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i]|0x20 == a && s[i+1]|0x20 == b {
			return true
		}
	}
	return false
}

// farKm is the distance beyond which a place set beside another ("40 km
// east of Homs") may lie in another governorate.
const farKm = 20

// farGap reports whether gap states a distance beyond farKm.
func farGap(gap string) bool {
	m := patterns().dist.FindStringSubmatch(gap)
	if m == nil {
		return false
	}
	n, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		return false
	}
	if strings.HasPrefix(strings.ToLower(m[2]), "mi") {
		n *= 1.609
	}
	return n > farKm
}

// quarterAfter reports whether the name that ends at end, run on by words
// the gazetteer lacks, is called a quarter of a town: "Bab al-Nayrab
// neighbourhood".
func quarterAfter(text string, end int) bool {
	rest := strings.ToLower(strings.TrimLeft(skipNameWords(text[end:min(len(text), end+60)]), " "))
	for _, w := range []string{"neighbourhood", "neighborhood", "quarter", "district"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// seatSpelt reports whether one of refs spelt as surface is a district
// seat or a larger town.
func (g *Gazetteer) seatSpelt(surface string, refs []int32) bool {
	var buf [64]byte
	sp := appendPlain(buf[:0], surface)
	for _, r := range refs {
		p := &g.places[r]
		if p.Level == Community && p.Capital != NotSeat && p.Capital <= DistrictSeat && speltPlain(p, sp) {
			return true
		}
	}
	return false
}

// nameParticle reports whether w, lower-cased, joins the words of an Arabic
// name: "Ammar Ibn Yaser", "Tal Abu Hamza".
func nameParticle(w string) bool {
	switch w {
	case "al", "el", "ibn", "bin", "abu", "umm", "um", "bani", "beni":
		return true
	}
	return false
}

// gapCue reports whether gap, the text between two place names, may link
// them at all: a few words with no stop, and a word that links names
// ("in", "of", "and", a comma) or none at all. Most gaps fail here, before
// any regular expression runs.
func gapCue(gap string) bool {
	if strings.ContainsAny(gap, ".;:!?()\"\n") || strings.Count(gap, " ") > 14 {
		return false
	}
	if strings.TrimSpace(gap) == "" {
		return true
	}
	for _, w := range []string{" in ", " of ", ",", " and ", "&", " within ", " inside "} {
		if strings.Contains(gap, w) {
			return true
		}
	}
	return false
}

// nameAround returns the span of the whole name a mention is part of: the
// capitalised words and articles run on before and after it ("Kafr" before
// "Ghana", "al-Jayir" after "Tall"), up to three each way.
func nameAround(text string, start, end int) (int, int) {
	for n := 0; n < 3; n++ {
		w, _ := nextWord(text[end:])
		lw := strings.ToLower(w)
		if w == "" || capsAfter[lw] || !(isUpper(w) || isAlEl(w) || isArticleJoined(lw) || nameParticle(lw)) {
			break
		}
		end += 1 + len(w)
	}
	for n := 0; n < 3; n++ {
		w := prevWord(text[:start])
		lw := strings.ToLower(w)
		if w == "" || notNameBefore[lw] || capsAfter[lw] || !(isUpper(w) || isAlEl(w) || nameParticle(lw)) ||
			sentenceInitial(text, start-len(w)-1) {
			break
		}
		start -= 1 + len(w)
	}
	return start, end
}
