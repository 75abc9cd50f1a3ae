package gazetteer

import (
	"regexp"
	"slices"
	"strings"
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

// Words after a name that say which kind of unit it names.
var (
	reAfterUnit = regexp.MustCompile(`^(?i)\s*(province|governorate|countryside|district|sub-?district|city|region|area|suburbs|outskirts|periphery)\b`)
	// "Aleppo's western outskirts", "Idlib's southern countryside".
	reAfterPossessive = regexp.MustCompile(`^(?i)(?:'|’)s?\s+(?:` + dirs + `\s+)?(outskirts|countryside|suburbs|edges?|periphery)\b`)
)

// Resolve chooses one place for each place mention of one report. It
// prefers a candidate in a governorate or district that the report names
// elsewhere ("Akrab, west of Aleppo" picks the Akrab near Aleppo), then
// capitals and seats, higher units and populated places; "Homs province"
// picks the governorate and "Homs" alone the city. Mentions of other kinds
// are skipped.
func (g *Gazetteer) Resolve(text string, ms []Mention) []Resolved {
	// The governorates and districts the report names: each mention's
	// likeliest place, on its own.
	var ctx []context
	if n := placeMentions(ms); n > 0 {
		ctx = make([]context, 0, n)
	}
	for i, m := range ms {
		if m.Kind != KindPlace || len(m.Refs) == 0 || m.Loose {
			continue
		}
		if best := g.best(text, text[m.Start:m.End], m.Refs, nil, i, 0); best != nil {
			ctx = append(ctx, context{i, m.Start, best.Admin1, best.Admin2})
		}
	}
	var out []Resolved
	if n := placeMentions(ms); n > 0 {
		out = make([]Resolved, 0, n)
	}
	for i, m := range ms {
		if m.Kind != KindPlace || len(m.Refs) == 0 {
			continue
		}
		if m.Loose && !g.looseHolds(text[m.Start:m.End], m.Refs, ctx) {
			continue
		}
		if alt := g.alternates(text[m.Start:m.End], m.Refs, ctx, i); alt != nil {
			m.Refs = alt
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
			continue
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
		r.free = want == 0
		out = append(out, r)
	}
	if len(out) == 0 {
		return nil // as before the slice was made to size
	}
	g.unify(text, out)
	return out
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
// (three consonants are not: "Azraq" is no spelling of Zreik).
func (g *Gazetteer) looseHolds(surface string, refs []int32, ctx []context) bool {
	for _, r := range refs {
		for _, c := range ctx {
			if sameArea(c.admin1, g.places[r].Admin1) {
				return true
			}
		}
	}
	if len(ctx) > 0 || consonants(Fold(surface)) < minSkelOther {
		return false
	}
	for _, r := range refs[1:] {
		if g.places[r].Admin1 != g.places[refs[0]].Admin1 {
			return false
		}
	}
	return true
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

// unify makes a report's mentions of one name, spelt alike, mean one place:
// where a name whose level the text does not state resolved to different places, each
// such mention takes the place chosen most often for that name (on a tie,
// the likelier by prior). A report names its town once and then again and
// again; a stray cue near one mention should not move it.
func (g *Gazetteer) unify(text string, rs []Resolved) {
	// A tally counts the places one name resolved to, in a slice: a name
	// rarely resolves to more than two.
	type tally struct {
		places []*Place
		counts []int
		best   *Place
	}
	count := func(t *tally, p *Place) int {
		for i, q := range t.places {
			if q == p {
				return t.counts[i]
			}
		}
		return 0
	}
	byKey := map[string]*tally{}
	var buf [64]byte
	for _, r := range rs {
		if !r.free {
			continue
		}
		k := appendPlain(buf[:0], text[r.Mention.Start:r.Mention.End])
		t := byKey[string(k)]
		if t == nil {
			t = &tally{}
			byKey[string(k)] = t
		}
		n := 1
		if i := slices.Index(t.places, r.Place); i >= 0 {
			t.counts[i]++
			n = t.counts[i]
		} else {
			t.places = append(t.places, r.Place)
			t.counts = append(t.counts, 1)
		}
		if b := count(t, t.best); t.best == nil || n > b || (n == b && prior(r.Place) > prior(t.best)) {
			t.best = r.Place
		}
	}
	if len(byKey) == 0 {
		return
	}
	for i := range rs {
		r := &rs[i]
		if !r.free || r.Place.Level == Governorate {
			continue
		}
		if t := byKey[string(appendPlain(buf[:0], text[r.Mention.Start:r.Mention.End]))]; t != nil && t.best != r.Place && t.best.Level != Governorate {
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
		if score+100 > bestScore && speltPlain(p, surfacePlain) {
			score += 100
		}
		if score > bestScore {
			best, bestScore = p, score
		}
	}
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

// afterUnit is reAfterUnit.FindStringSubmatchIndex(after), the regular
// expression tried only where the word after the spaces opens like one of
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
			return reAfterUnit.FindStringSubmatchIndex(after)
		}
	}
	for _, u := range []string{"province", "governorate", "countryside", "district", "sub", "city", "region", "area", "outskirts", "periphery"} {
		if len(w) >= len(u) && asciiEqualLower(w[:len(u)], u) {
			return reAfterUnit.FindStringSubmatchIndex(after)
		}
	}
	return nil
}

// afterPossessive is reAfterPossessive.FindStringSubmatchIndex(after),
// tried only after an apostrophe.
func afterPossessive(after string) []int {
	if !strings.HasPrefix(after, "'") && !strings.HasPrefix(after, "’") {
		return nil
	}
	return reAfterPossessive.FindStringSubmatchIndex(after)
}
