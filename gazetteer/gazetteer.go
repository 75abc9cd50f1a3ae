// Package gazetteer holds the places of Syria, from governorates down to
// villages and Damascus neighbourhoods, and finds their names in text.
//
// The data is generated from UN OCHA's Common Operational Datasets for
// Syria (P-coded administrative units and populated places) and GeoNames'
// cities500 table (alternate spellings, CC BY 4.0), and embedded; see
// gen.go. Features that are not communities (regions, crossings, air
// bases…) are kept by hand in data/features.tsv.
//
// Names are compared by their Fold key, which makes the press's spellings
// meet OCHA's: "Jisr al-Shughur" and "Jisr-Ash-Shugur", "Manbij" and
// "Menbij", "Deir ez-Zor" and "Dayr az Zawr".
package gazetteer

import (
	"cmp"
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/gazetteer/internal/fold"
	"github.com/sitrep/sitrep/gazetteer/internal/gen"
)

//go:generate go run gen.go -src ../../shared/gazetteer-sources

//go:embed data/features.tsv
var featuresTSV string

// Level is the kind of unit a place is.
type Level uint8

// The levels, from the largest unit down. Feature is a place that is not an
// administrative unit or a community: a region, a river, a road, a border
// crossing, an air base, a dam or an oil field.
const (
	Governorate Level = iota + 1
	District
	Subdistrict
	Community
	Neighbourhood
	Feature
)

// String returns the level's name in lower case: "governorate", ….
func (l Level) String() string {
	switch l {
	case Governorate:
		return "governorate"
	case District:
		return "district"
	case Subdistrict:
		return "subdistrict"
	case Community:
		return "community"
	case Neighbourhood:
		return "neighbourhood"
	case Feature:
		return "feature"
	}
	return "Level(" + strconv.Itoa(int(l)) + ")"
}

// Seat levels of a community (Place.Capital), after OCHA's CAPIT_LVL.
const (
	NotSeat         = -1
	NationalCapital = 0
	GovernorateSeat = 1
	DistrictSeat    = 2
	SubdistrictSeat = 3
)

// Place is one place of the gazetteer.
type Place struct {
	PCode   string   // OCHA P-code ("SY07", "C4199"), or "F-…" for a hand-kept feature
	Name    string   // display name: the governorates' common English names, else OCHA's or the press's spelling
	NameAR  string   // Arabic name, where known
	Aliases []string // other spellings, from OCHA, GeoNames and the press
	Level   Level
	Feature string // "governorate", "district", "subdistrict", "city", "town", "village", "neighbourhood", or a feature's kind ("airbase", "crossing", …)
	Admin1  string // P-code of the governorate (the place's own for a governorate)
	Admin2  string // P-code of the district, if below one
	Admin3  string // P-code of the subdistrict, if below one
	Lat     float64
	Lon     float64
	// GeoNamesID is the GeoNames id of the town, or 0.
	GeoNamesID int
	// Capital is the seat level of a community: NationalCapital,
	// GovernorateSeat, DistrictSeat, SubdistrictSeat, or NotSeat.
	Capital int8
}

// Gazetteer is the set of places and the indexes over their names. Its
// methods are safe for concurrent use, except Overlay.
type Gazetteer struct {
	places  []Place
	byPCode map[string]int32
	keys    [][]string // keys[i][0] is Fold(places[i].Name), then one per alias

	// byKey maps a key to its places. Only Lookup reads it, which most
	// runs never call: it is built then, under keyMu, not at start-up, where
	// its forty thousand entries were a tenth of the cost of one report.
	keyMu sync.Mutex
	byKey map[string][]int32

	// scratch holds *resolveScratch buffers Resolve reuses from call to
	// call; no result of one call is read by another.
	scratch sync.Pool

	matcherOnce sync.Once
	matcher     *Matcher
	matcherErr  error

	skelOnce  sync.Once
	skelIndex map[string][]int32 // consonant skeleton → places, built on first use
}

// bySkeleton returns the places one of whose names has the consonant
// skeleton of name (see skeletonOf), or nil if name is too short to have
// one.
func (g *Gazetteer) bySkeleton(name string) []int32 {
	sk, ok := skeletonOf(name, fold.Key(name))
	if !ok {
		return nil
	}
	g.skelOnce.Do(func() {
		g.skelIndex = make(map[string][]int32, len(g.places))
		for i := range g.places {
			p := &g.places[i]
			for j, k := range g.keys[i] {
				n := p.Name
				if j > 0 {
					n = p.Aliases[j-1]
				}
				if s, ok := skeletonOf(n, k); ok && k != "" {
					if refs := g.skelIndex[s]; len(refs) == 0 || refs[len(refs)-1] != int32(i) {
						g.skelIndex[s] = append(refs, int32(i))
					}
				}
			}
		}
	})
	return g.skelIndex[sk]
}

// Load parses the embedded data and builds the name index. The place-only
// matcher is built on the first call to Matcher.
func Load() (*Gazetteer, error) {
	g := &Gazetteer{}
	keys, err := g.parsePlaces(placesTSV)
	if err != nil {
		return nil, err
	}
	if err := g.parseFeatures(featuresTSV); err != nil {
		return nil, err
	}
	if err := g.indexKeys(keys); err != nil {
		return nil, err
	}
	return g, nil
}

// SourceVersion names the source tables the embedded data was generated
// from, with their SHA-256 sums.
func SourceVersion() string { return sourceVersion }

// parsePlaces appends the places of data, places.tsv, to g.places, and
// returns each one's keys field: the folding keys of its name and aliases,
// separated by |.
func (g *Gazetteer) parsePlaces(data string) ([]string, error) {
	head, rest, _ := strings.Cut(data, "\n")
	if head != gen.Header {
		return nil, fmt.Errorf("gazetteer: %s: unexpected header", gen.OutPlaces)
	}
	n := strings.Count(rest, "\n")
	g.places = slices.Grow(g.places, n+64)
	keys := make([]string, 0, n)
	var f [13]string
	for i := 0; rest != ""; i++ {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		n := 0
		for n < len(f) {
			var field string
			var more bool
			field, line, more = strings.Cut(line, "\t")
			f[n] = field
			n++
			if !more {
				break
			}
		}
		if n != 13 || strings.Contains(line, "\t") {
			return nil, fmt.Errorf("gazetteer: %s:%d: %d fields, want 13", gen.OutPlaces, i+2, n)
		}
		lvl, err := strconv.Atoi(f[1])
		if err != nil || lvl < int(Governorate) || lvl > int(Neighbourhood) {
			return nil, fmt.Errorf("gazetteer: %s:%d: bad level %q", gen.OutPlaces, i+2, f[1])
		}
		p := Place{PCode: f[0], Level: Level(lvl), Name: f[2], NameAR: f[3],
			Admin1: f[4], Admin2: f[5], Admin3: f[6], Capital: NotSeat}
		if p.Lat, err = strconv.ParseFloat(f[7], 64); err != nil {
			return nil, fmt.Errorf("gazetteer: %s:%d: latitude: %w", gen.OutPlaces, i+2, err)
		}
		if p.Lon, err = strconv.ParseFloat(f[8], 64); err != nil {
			return nil, fmt.Errorf("gazetteer: %s:%d: longitude: %w", gen.OutPlaces, i+2, err)
		}
		if f[9] != "" {
			c, err := strconv.Atoi(f[9])
			if err != nil {
				return nil, fmt.Errorf("gazetteer: %s:%d: capital: %w", gen.OutPlaces, i+2, err)
			}
			p.Capital = int8(c)
		}
		if f[10] != "" {
			if p.GeoNamesID, err = strconv.Atoi(f[10]); err != nil {
				return nil, fmt.Errorf("gazetteer: %s:%d: geonames id: %w", gen.OutPlaces, i+2, err)
			}
		}
		if f[11] != "" {
			p.Aliases = strings.Split(f[11], "|")
		}
		switch p.Level {
		case Governorate:
			p.Admin1 = p.PCode
			p.Feature = "governorate"
		case District:
			p.Admin2 = p.PCode
			p.Feature = "district"
		case Subdistrict:
			p.Admin3 = p.PCode
			p.Feature = "subdistrict"
		case Community:
			switch {
			case p.Capital == NationalCapital || p.Capital == GovernorateSeat:
				p.Feature = "city"
			case p.Capital >= DistrictSeat:
				p.Feature = "town"
			default:
				p.Feature = "village"
			}
		case Neighbourhood:
			p.Feature = "neighbourhood"
		}
		g.places = append(g.places, p)
		keys = append(keys, f[12])
	}
	return keys, nil
}

// parseFeatures reads the hand-kept features table: '#' comments, a header,
// then pcode, feature, name, admin1, admin2, lat, lon, aliases, source.
func (g *Gazetteer) parseFeatures(data string) error {
	const name = "data/features.tsv"
	header := true
	for i, line := range strings.Split(data, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 9 {
			return fmt.Errorf("gazetteer: %s:%d: %d fields, want 9", name, i+1, len(f))
		}
		p := Place{PCode: f[0], Level: Feature, Feature: f[1], Name: f[2], Admin1: f[3], Admin2: f[4], Capital: NotSeat}
		var err error
		if p.Lat, err = strconv.ParseFloat(f[5], 64); err != nil {
			return fmt.Errorf("gazetteer: %s:%d: latitude: %w", name, i+1, err)
		}
		if p.Lon, err = strconv.ParseFloat(f[6], 64); err != nil {
			return fmt.Errorf("gazetteer: %s:%d: longitude: %w", name, i+1, err)
		}
		if f[7] != "" {
			p.Aliases = strings.Split(f[7], "|")
		}
		g.places = append(g.places, p)
	}
	return nil
}

// index builds the P-code and name indexes, folding every name.
func (g *Gazetteer) index() error { return g.indexKeys(nil) }

// indexKeys builds the P-code and name indexes. keys[i], where present,
// holds the folding keys of place i's name and aliases, separated by |,
// as places.tsv stores them; the other places' names are folded here. A
// keys field whose count of keys is not the place's count of names is
// ignored, and the place's names folded.
func (g *Gazetteer) indexKeys(keys []string) error {
	g.byPCode = make(map[string]int32, len(g.places))
	g.byKey = nil
	g.keys = make([][]string, len(g.places))
	// All keys are folded into one buffer and cut from one string, to spare
	// the allocator twenty thousand small strings.
	var w fold.Words
	var buf []byte
	var ends []int32
	for i := range g.places {
		p := &g.places[i]
		if i < len(keys) && strings.Count(keys[i], "|") == len(p.Aliases) {
			for k := range strings.SplitSeq(keys[i], "|") {
				buf = append(buf, k...)
				ends = append(ends, int32(len(buf)))
			}
			continue
		}
		buf = w.AppendText(buf, p.Name)
		ends = append(ends, int32(len(buf)))
		for _, a := range p.Aliases {
			buf = w.AppendText(buf, a)
			ends = append(ends, int32(len(buf)))
		}
	}
	arena := string(buf)
	all := make([]string, len(ends))
	for j, e := range ends {
		s := int32(0)
		if j > 0 {
			s = ends[j-1]
		}
		all[j] = arena[s:e]
	}
	for i := range g.places {
		p := &g.places[i]
		if _, dup := g.byPCode[p.PCode]; dup {
			return fmt.Errorf("gazetteer: duplicate P-code %s", p.PCode)
		}
		g.byPCode[p.PCode] = int32(i)
		n := 1 + len(p.Aliases)
		g.keys[i], all = all[:n:n], all[n:]
	}
	for i := range g.places {
		p := &g.places[i]
		for _, code := range []string{p.Admin1, p.Admin2, p.Admin3} {
			if _, ok := g.byPCode[code]; code != "" && !ok {
				return fmt.Errorf("gazetteer: %s (%s): unknown parent %s", p.PCode, p.Name, code)
			}
		}
	}
	return nil
}

func (g *Gazetteer) addKey(k string, ref int32) {
	if k == "" {
		return
	}
	refs := g.byKey[k]
	if len(refs) > 0 && refs[len(refs)-1] == ref {
		return
	}
	g.byKey[k] = append(refs, ref)
}

// keyIndex returns byKey, building it from keys on first use, or on the
// first use since Overlay replaced the places.
func (g *Gazetteer) keyIndex() map[string][]int32 {
	g.keyMu.Lock()
	defer g.keyMu.Unlock()
	if g.byKey == nil {
		g.byKey = make(map[string][]int32, 2*len(g.places))
		for i, ks := range g.keys {
			for _, k := range ks {
				g.addKey(k, int32(i))
			}
		}
	}
	return g.byKey
}

// Places returns every place; a place's index is its Ref in patterns and
// mentions. The slice must not be modified.
func (g *Gazetteer) Places() []Place { return g.places }

// Place returns the place of a ref, or nil if there is none.
func (g *Gazetteer) Place(ref int32) *Place {
	if ref < 0 || int(ref) >= len(g.places) {
		return nil
	}
	return &g.places[ref]
}

// ByPCode returns the place with a P-code.
func (g *Gazetteer) ByPCode(code string) (*Place, bool) {
	i, ok := g.byPCode[code]
	if !ok {
		return nil, false
	}
	return &g.places[i], true
}

// AdminName returns the display name of the unit with P-code pcode, or ""
// if there is none.
func (g *Gazetteer) AdminName(pcode string) string {
	if p, ok := g.ByPCode(pcode); ok {
		return p.Name
	}
	return ""
}

// Matcher returns a matcher for the place names alone, built on first use.
// To find places, actors and sources in one pass, build a matcher from
// Patterns and the other kinds' patterns instead.
func (g *Gazetteer) Matcher() (*Matcher, error) {
	g.matcherOnce.Do(func() {
		g.matcher, g.matcherErr = NewMatcher(g.Patterns())
	})
	return g.matcher, g.matcherErr
}

// Patterns returns one KindPlace pattern for each distinct folded name of
// each place, its Ref the place's index.
func (g *Gazetteer) Patterns() []Pattern {
	ps := make([]Pattern, 0, len(g.places)*2)
	for i := range g.places {
		p := &g.places[i]
		ks := g.keys[i]
	names:
		for j, k := range ks {
			if k == "" {
				continue
			}
			for _, prev := range ks[:j] {
				if prev == k {
					continue names
				}
			}
			n := p.Name
			if j > 0 {
				n = p.Aliases[j-1]
			}
			ps = append(ps, Pattern{Text: n, Kind: KindPlace, Ref: int32(i), key: k})
		}
	}
	return ps
}

// Candidate is a place a name may stand for, and why.
type Candidate struct {
	Ref   int32
	Place *Place
	// Matched is the name or alias of the place that has the same Fold key
	// as the name looked up; ByAlias tells which.
	Matched string
	ByAlias bool
}

// Lookup returns every place one of whose names folds to the same key as
// name, the most likely first: seats of higher units, then higher units,
// then the rest by P-code.
func (g *Gazetteer) Lookup(name string) []Candidate {
	k := fold.Key(name)
	refs := g.keyIndex()[k]
	out := make([]Candidate, 0, len(refs))
	for _, r := range refs {
		p := &g.places[r]
		c := Candidate{Ref: r, Place: p, Matched: p.Name}
		if ks := g.keys[r]; ks[0] != k {
			c.ByAlias = true
			for j, ak := range ks[1:] {
				if ak == k {
					c.Matched = p.Aliases[j]
					break
				}
			}
		}
		out = append(out, c)
	}
	slices.SortStableFunc(out, func(a, b Candidate) int {
		return cmp.Compare(prior(b.Place), prior(a.Place))
	})
	return out
}

// prior ranks a place by how likely a bare mention of its name means it:
// the capital and governorate seats first, then governorates, features,
// district and subdistrict seats, districts, subdistricts, villages and
// neighbourhoods.
func prior(p *Place) int {
	switch p.Level {
	case Governorate:
		return 85
	case District:
		return 60
	case Subdistrict:
		return 50
	case Neighbourhood:
		return 35
	case Feature:
		return 75
	}
	switch p.Capital {
	case NationalCapital:
		return 100
	case GovernorateSeat:
		return 90
	case DistrictSeat:
		return 80
	case SubdistrictSeat:
		return 70
	}
	return 40
}
