package gazetteer

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/sitrep/sitrep/gazetteer/internal/fold"
)

// overlayFile is the layout of an overlay: a list of places, each either a
// new place or, by the P-code of a place the gazetteer has, more aliases
// (and optionally new coordinates) for it.
//
//	places:
//	  - pcode: C1767          # known: add aliases
//	    aliases: [Mambij]
//	  - pcode: X-CAMP-1       # new: name, admin1 and coordinates required
//	    name: Rukban camp
//	    feature: camp
//	    admin1: SY04
//	    lat: 33.30
//	    lon: 38.65
type overlayFile struct {
	Places []yaml.Node `yaml:"places"`
}

type overlayPlace struct {
	PCode   string   `yaml:"pcode"`
	Name    string   `yaml:"name"`
	NameAR  string   `yaml:"name_ar"`
	Aliases []string `yaml:"aliases"`
	Feature string   `yaml:"feature"`
	Admin1  string   `yaml:"admin1"`
	Admin2  string   `yaml:"admin2"`
	Admin3  string   `yaml:"admin3"`
	Lat     *float64 `yaml:"lat"`
	Lon     *float64 `yaml:"lon"`
}

// overlayFields are the keys of overlayPlace.
var overlayFields = map[string]bool{
	"pcode": true, "name": true, "name_ar": true, "aliases": true, "feature": true,
	"admin1": true, "admin2": true, "admin3": true, "lat": true, "lon": true,
}

// Overlay merges a user's YAML file of places and aliases into g: an
// entry with a known P-code adds aliases to that place (and moves it, if
// it gives lat and lon); an entry with a new P-code adds a Feature-level
// place, which needs a name, a known admin1 and coordinates. name names
// the file in errors, which give the line of the bad entry. On error g is
// unchanged. Overlay must not run concurrently with g's other methods, and
// matchers built before it do not see its places.
func (g *Gazetteer) Overlay(r io.Reader, name string) error {
	var f overlayFile
	dec := yaml.NewDecoder(r)
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		if errors.Is(err, io.EOF) {
			return nil
		}
		return fmt.Errorf("%s: %w", name, err)
	}
	places := append([]Place(nil), g.places...)
	index := make(map[string]int, len(g.byPCode))
	for code, i := range g.byPCode {
		index[code] = int(i)
	}
	for _, node := range f.Places {
		if node.Kind != yaml.MappingNode {
			return fmt.Errorf("%s:%d: a place must be a mapping", name, node.Line)
		}
		// Decoding a node ignores the decoder's KnownFields: check by hand.
		for i := 0; i+1 < len(node.Content); i += 2 {
			if k := node.Content[i]; !overlayFields[k.Value] {
				return fmt.Errorf("%s:%d: unknown field %q", name, k.Line, k.Value)
			}
		}
		var e overlayPlace
		if err := node.Decode(&e); err != nil {
			return fmt.Errorf("%s:%d: %w", name, node.Line, err)
		}
		bad := func(format string, args ...any) error {
			return fmt.Errorf("%s:%d: place %q: %s", name, node.Line, e.PCode, fmt.Sprintf(format, args...))
		}
		e.PCode = strings.TrimSpace(e.PCode)
		if e.PCode == "" {
			return bad("no pcode")
		}
		if (e.Lat == nil) != (e.Lon == nil) {
			return bad("lat and lon go together")
		}
		if e.Lat != nil && (*e.Lat < -90 || *e.Lat > 90 || *e.Lon < -180 || *e.Lon > 180) {
			return bad("coordinates out of range")
		}
		for _, a := range e.Aliases {
			if fold.Key(a) == "" {
				return bad("alias %q has no letters", a)
			}
		}
		if i, ok := index[e.PCode]; ok {
			p := &places[i]
			p.Aliases = append(append([]string(nil), p.Aliases...), e.Aliases...)
			if e.Name != "" && e.Name != p.Name {
				p.Aliases = append(p.Aliases, e.Name)
			}
			if e.Lat != nil {
				p.Lat, p.Lon = *e.Lat, *e.Lon
			}
			continue
		}
		if e.Name == "" || fold.Key(e.Name) == "" {
			return bad("a new place needs a name")
		}
		if e.Lat == nil {
			return bad("a new place needs lat and lon")
		}
		if i, ok := index[e.Admin1]; !ok || places[i].Level != Governorate {
			return bad("admin1 %q is not a governorate P-code", e.Admin1)
		}
		for _, code := range []string{e.Admin2, e.Admin3} {
			if _, ok := index[code]; code != "" && !ok {
				return bad("unknown P-code %q", code)
			}
		}
		feature := e.Feature
		if feature == "" {
			feature = "place"
		}
		index[e.PCode] = len(places)
		places = append(places, Place{PCode: e.PCode, Name: e.Name, NameAR: e.NameAR, Aliases: e.Aliases,
			Level: Feature, Feature: feature, Admin1: e.Admin1, Admin2: e.Admin2, Admin3: e.Admin3,
			Lat: *e.Lat, Lon: *e.Lon, Capital: NotSeat})
	}
	ng := &Gazetteer{places: places}
	if err := ng.index(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	g.places, g.byPCode, g.byKey, g.keys = ng.places, ng.byPCode, ng.byKey, ng.keys
	g.matcherOnce = sync.Once{}
	g.matcher, g.matcherErr = nil, nil
	return nil
}
