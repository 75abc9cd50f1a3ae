package corpus

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/gazetteer/actors"
)

// Report is one generated report.
type Report struct {
	ID        string
	Published time.Time
	Text      string
}

// Options configure a Generator.
type Options struct {
	// Seed fixes the reports: one seed, one corpus.
	Seed uint64
	// DatelineYear writes the year into each dateline ("BEIRUT, March 9,
	// 2019 (Wire) -"), so that a report read without its publication date,
	// as a bare .txt file, still dates its events.
	DatelineYear bool
}

// Generator produces reports one at a time. It is not safe for concurrent
// use: it holds the random source.
type Generator struct {
	opts Options
	rng  *rand.Rand
	n    int // reports produced so far

	places    []spot   // communities, with their governorate and district
	seats     []string // governorate and national seats, for datelines
	actors    []pick   // every actor alias worth writing, grouped by role below
	roles     [numRoles][]int
	civilians []string // nouns for civilian victims
	sources   []pick
	b         strings.Builder // the report under construction
	used      map[string]bool // background sentences the report has used
}

// spot is a place as a report names it.
type spot struct {
	names    []string // the name and its aliases
	gov      string   // governorate name
	district string   // district name, or ""
}

// pick is one name of an actor or source, with the dates it holds.
type pick struct {
	text    string
	members []string // nouns for its people as victims, if any
	actor   *actors.Actor
}

// role is what part an actor can play in a generated incident.
type role int

const (
	roleGovernment role = iota // state forces and their militias
	roleRebel                  // opposition, Turkish-backed and Kurdish groups
	roleJihadist               // Islamic State, al-Qaida's affiliates
	roleAir                    // warplanes, jets, drones, helicopters
	roleUnknown                // unidentified gunmen
	numRoles
)

// New returns a Generator drawing places from places and names from set.
func New(places *gazetteer.Gazetteer, set *actors.Set, opts Options) *Generator {
	g := &Generator{opts: opts, rng: rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x5172_6570)), used: map[string]bool{}}
	for _, p := range places.Places() {
		gov := places.AdminName(p.Admin1)
		if gov == "" {
			continue
		}
		switch p.Level {
		case gazetteer.Community, gazetteer.Neighbourhood:
		default:
			continue
		}
		s := spot{names: append([]string{p.Name}, p.Aliases...), gov: gov}
		if p.Admin2 != "" {
			s.district = places.AdminName(p.Admin2)
		}
		g.places = append(g.places, s)
		if p.Level == gazetteer.Community && (p.Capital == gazetteer.GovernorateSeat || p.Capital == gazetteer.NationalCapital) {
			g.seats = append(g.seats, p.Name)
		}
	}
	g.seats = append(g.seats, "Beirut", "Amman", "Istanbul", "Beirut", "Beirut")
	for i := range set.Actors() {
		a := set.Actor(i)
		if a.Kind == actors.Civilians {
			g.civilians = append(g.civilians, plurals(a.Members)...)
			continue
		}
		r, ok := roleOf(a)
		// The first few aliases are the names the press uses most; the
		// tail holds rare transliterations that would skew the corpus.
		for j, alias := range a.Aliases {
			if j >= 6 {
				break
			}
			p := pick{text: alias, members: plurals(a.Members), actor: a}
			if air(alias) {
				g.roles[roleAir] = append(g.roles[roleAir], len(g.actors))
			} else if ok {
				g.roles[r] = append(g.roles[r], len(g.actors))
			} else {
				continue
			}
			g.actors = append(g.actors, p)
		}
	}
	for _, s := range set.Sources() {
		for j, alias := range s.Aliases {
			// Aliases such as "SDF said" carry their own verb, and do not
			// fit "according to X".
			if j >= 4 || strings.HasSuffix(alias, " said") || strings.HasSuffix(alias, " statement") {
				continue
			}
			g.sources = append(g.sources, pick{text: alias})
		}
	}
	return g
}

// roleOf says what part an actor plays in incidents, if any.
func roleOf(a *actors.Actor) (role, bool) {
	switch {
	case a.ID == "unidentified-armed-group":
		return roleUnknown, true
	case a.Side == "jihadist":
		return roleJihadist, true
	case a.Side == "government" && a.Kind != actors.ExternalForces:
		return roleGovernment, true
	case a.Side == "opposition" || a.Side == "turkish" || a.Side == "kurdish" || a.Side == "druze" || a.Side == "tribal":
		return roleRebel, true
	}
	return 0, false
}

// plurals keeps the nouns that fit "killing three X": plurals, not "a
// girl" or "child".
func plurals(nouns []string) []string {
	var out []string
	for _, n := range nouns {
		if strings.HasPrefix(n, "a ") || strings.HasPrefix(n, "an ") {
			continue
		}
		if strings.HasSuffix(n, "s") || strings.HasSuffix(n, "children") || strings.HasSuffix(n, "men") || strings.HasSuffix(n, "people") {
			out = append(out, n)
		}
	}
	return out
}

// air reports whether an alias names aircraft, the subject of an air strike.
func air(alias string) bool {
	for _, w := range []string{"warplanes", "jets", "aircraft", "drones", "helicopters", "air force"} {
		if strings.HasSuffix(alias, w) {
			return true
		}
	}
	return false
}

// Next returns the next report.
func (g *Generator) Next() Report {
	g.n++
	// Publication dates run from the first year of the war to 2025, so
	// that actors that changed names are met under each name.
	first := time.Date(2012, 3, 1, 0, 0, 0, 0, time.UTC)
	published := first.AddDate(0, 0, g.rng.IntN(13*365))
	g.b.Reset()
	clear(g.used)
	g.write(published)
	return Report{ID: fmt.Sprintf("gen-%08d", g.n), Published: published, Text: g.b.String()}
}

// incident is one event a report tells of, and the slots its templates fill.
type incident struct {
	kind    kind
	place   string
	gov     string
	dist    string
	att     pick
	target  pick
	victims string
	killed  int
	wounded int
	day     string
}

func (g *Generator) write(published time.Time) {
	n := 1 + g.rng.IntN(4)
	incs := make([]incident, n)
	for i := range incs {
		incs[i] = g.incident(published)
	}
	first := &incs[0]
	g.fill(g.choose(headlines[first.kind]), first, published)
	g.b.WriteString("\n\n")
	g.b.WriteString(strings.ToUpper(g.seats[g.rng.IntN(len(g.seats))]))
	g.b.WriteString(", ")
	g.b.WriteString(published.Format("January 2"))
	if g.opts.DatelineYear {
		g.b.WriteString(published.Format(", 2006"))
	}
	g.b.WriteString(" (")
	g.b.WriteString(g.choose(agencies))
	g.b.WriteString(") - ")
	total := 0
	for i := range incs {
		inc := &incs[i]
		total += inc.killed
		lead := g.choose(leads[inc.kind])
		if i > 0 {
			g.b.WriteString("\n\n")
			if g.rng.IntN(3) == 0 {
				g.background(inc, published)
				g.b.WriteString("\n\n")
			}
			if t := g.choose(transitions); t != "" {
				g.b.WriteString(t)
				lead = lowerFirst(lead)
			}
		}
		g.fill(lead, inc, published)
		// Follow-ups, each used once: a second source's figure, the
		// wounded, a witness.
		ups := followUps[inc.kind]
		for _, k := range g.rng.Perm(len(ups))[:g.rng.IntN(min(4, len(ups)+1))] {
			g.b.WriteByte(' ')
			g.fill(ups[k], inc, published)
		}
	}
	if n > 1 && total > 0 && g.rng.IntN(2) == 0 {
		g.b.WriteString("\n\n")
		g.fill(g.choose(totals), &incident{kind: first.kind, gov: first.gov, place: first.place, killed: total, day: first.day}, published)
	}
	for k := 2 + g.rng.IntN(4); k > 0; k-- {
		g.b.WriteString("\n\n")
		g.background(first, published)
	}
	g.b.WriteByte('\n')
}

// background writes a paragraph of context: history, aid, talks, numbers
// that count no dead.
func (g *Generator) background(inc *incident, published time.Time) {
	for k := 1 + g.rng.IntN(3); k > 0; k-- {
		t := g.choose(backgrounds)
		for tries := 0; g.used[t] && tries < 4; tries++ {
			t = g.choose(backgrounds)
		}
		g.used[t] = true
		g.fill(t, inc, published)
		if k > 1 {
			g.b.WriteByte(' ')
		}
	}
}

// lowerFirst turns a template that opens a sentence into one that follows
// "Separately, ": a capitalised slot loses its capital, and so does a
// plain first word.
func lowerFirst(t string) string {
	if strings.HasPrefix(t, "{") && len(t) > 1 {
		return "{" + strings.ToLower(t[1:2]) + t[2:]
	}
	if t != "" && t[0] >= 'A' && t[0] <= 'Z' {
		return string(t[0]-'A'+'a') + t[1:]
	}
	return t
}

func (g *Generator) incident(published time.Time) incident {
	inc := incident{kind: kind(g.rng.IntN(int(numKinds)))}
	s := g.places[g.rng.IntN(len(g.places))]
	inc.place = s.names[0]
	if len(s.names) > 1 && g.rng.IntN(3) == 0 {
		inc.place = s.names[1+g.rng.IntN(len(s.names)-1)]
	}
	inc.gov, inc.dist = s.gov, s.district
	if inc.dist == "" {
		inc.dist = s.gov
	}
	switch inc.kind {
	case kindAirStrike:
		inc.att = g.actor(roleAir, published)
	case kindIED, kindSuicide:
		inc.att = g.actor(roleJihadist, published)
	case kindCivilians, kindAbduction:
		inc.att = g.actor([]role{roleUnknown, roleGovernment, roleRebel}[g.rng.IntN(3)], published)
	default:
		if g.rng.IntN(2) == 0 {
			inc.att, inc.target = g.actor(roleGovernment, published), g.actor([]role{roleRebel, roleJihadist}[g.rng.IntN(2)], published)
		} else {
			inc.att, inc.target = g.actor([]role{roleRebel, roleJihadist}[g.rng.IntN(2)], published), g.actor(roleGovernment, published)
		}
	}
	if inc.target.text == "" {
		inc.target = g.actor(roleRebel, published)
	}
	switch inc.kind {
	case kindAirStrike, kindShelling, kindSuicide, kindCivilians:
		inc.victims = g.civilians[g.rng.IntN(len(g.civilians))]
	default:
		if len(inc.target.members) > 0 {
			inc.victims = inc.target.members[g.rng.IntN(len(inc.target.members))]
		} else {
			inc.victims = g.choose(fighters)
		}
	}
	inc.killed = g.count()
	if g.rng.IntN(3) > 0 {
		inc.wounded = g.count() + g.rng.IntN(10)
	}
	inc.day = g.day(published)
	return inc
}

// actor picks a name for role that was in use on published.
func (g *Generator) actor(r role, published time.Time) pick {
	ids := g.roles[r]
	if len(ids) == 0 {
		return pick{}
	}
	for range 20 {
		p := g.actors[ids[g.rng.IntN(len(ids))]]
		if p.actor.ActiveOn(published) {
			return p
		}
	}
	return g.actors[ids[0]]
}

// count draws a toll: mostly small, now and then a massacre.
func (g *Generator) count() int {
	switch g.rng.IntN(10) {
	case 0:
		return 20 + g.rng.IntN(120)
	case 1, 2:
		return 8 + g.rng.IntN(20)
	}
	return 2 + g.rng.IntN(8)
}

// day names when an incident happened, relative to publication, as the
// wires do.
func (g *Generator) day(published time.Time) string {
	d := published.AddDate(0, 0, -g.rng.IntN(3))
	switch g.rng.IntN(8) {
	case 0:
		return "overnight"
	case 1:
		return "on " + d.Weekday().String() + " night"
	case 2:
		return "on " + d.Format("January 2")
	case 3:
		return "early on " + d.Weekday().String()
	}
	return "on " + d.Weekday().String()
}

func (g *Generator) choose(list []string) string { return list[g.rng.IntN(len(list))] }

// number writes n as the press would: small figures in words, now and then
// with a qualifier.
func (g *Generator) number(n int) string {
	q := ""
	switch g.rng.IntN(6) {
	case 0:
		q = "at least "
	case 1:
		q = "more than "
	case 2:
		q = "some "
	}
	if n < len(smallNumbers) && g.rng.IntN(2) == 0 {
		return q + smallNumbers[n]
	}
	return q + strconv.Itoa(n)
}

// fill writes template t with its {slots} filled from inc. A slot spelt
// with a capital ({Att}, {Src2}) is filled capitalised, to open a sentence.
func (g *Generator) fill(t string, inc *incident, published time.Time) {
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			g.b.WriteString(t)
			return
		}
		j := strings.IndexByte(t[i:], '}')
		if j < 0 {
			panic("corpus: unclosed slot in template " + strconv.Quote(t))
		}
		g.b.WriteString(t[:i])
		name := t[i+1 : i+j]
		if c := name[0]; c >= 'A' && c <= 'Z' {
			g.b.WriteString(capitalise(g.slot(string(c-'A'+'a')+name[1:], inc, published)))
		} else {
			g.b.WriteString(g.slot(name, inc, published))
		}
		t = t[i+j+1:]
	}
}

// slot returns the text of one slot. An unknown slot is a bug in the
// templates, which a test runs through every one of.
func (g *Generator) slot(name string, inc *incident, published time.Time) string {
	switch name {
	case "place":
		return inc.place
	case "gov":
		return inc.gov
	case "dist":
		return inc.dist
	case "other":
		return g.places[g.rng.IntN(len(g.places))].names[0]
	case "att":
		return inc.att.text
	case "target":
		return inc.target.text
	case "victims":
		return inc.victims
	case "k":
		return g.number(inc.killed)
	case "kd":
		return strconv.Itoa(inc.killed)
	case "alt":
		// Another source's figure: rarely the same, usually lower.
		alt := inc.killed - g.rng.IntN(inc.killed/2+2) + g.rng.IntN(3)
		return strconv.Itoa(max(alt, 2))
	case "part":
		// Some of the dead: "among them three children".
		return g.number(1 + g.rng.IntN(max(1, inc.killed-1)))
	case "small":
		return strconv.Itoa(2 + g.rng.IntN(14))
	case "w":
		return g.number(max(inc.wounded, 2))
	case "day":
		return inc.day
	case "src", "src2":
		return g.sources[g.rng.IntN(len(g.sources))].text
	case "agency":
		return g.choose(agencies)
	case "km":
		return strconv.Itoa(3 + g.rng.IntN(60))
	case "dir":
		return g.choose(directions)
	case "n":
		return strconv.Itoa(2 + g.rng.IntN(98))
	case "big":
		return strconv.Itoa(100+g.rng.IntN(900)) + "," + fmt.Sprintf("%03d", g.rng.IntN(1000))
	case "year":
		return strconv.Itoa(2011 + g.rng.IntN(max(1, published.Year()-2011)))
	case "month":
		return time.Month(1 + g.rng.IntN(12)).String()
	case "future":
		return published.AddDate(0, 0, 3+g.rng.IntN(40)).Format("January 2")
	case "ord":
		return g.choose(ordinals)
	case "vehicles":
		return g.choose(vehicles)
	}
	panic("corpus: unknown slot {" + name + "}")
}

// capitalise upper-cases the first letter of s.
func capitalise(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
