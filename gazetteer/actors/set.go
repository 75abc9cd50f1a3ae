package actors

import (
	"time"
)

// Set is a loaded gazetteer. It is read-only once loaded and safe for
// concurrent use.
type Set struct {
	actors  []Actor
	sources []Source
	aliases []Alias

	byID       map[string]int
	sourceByID map[string]int
	names      map[string][]ref // folded alias → actor entries naming it
	sourceName map[string][]ref // folded alias → source entries naming it
}

// ref is one claim of an alias by an entry.
type ref struct {
	index int
	kind  AliasKind
	text  string // as written
	line  int
}

// Actors returns the actor entries in file order. The slice belongs to the
// Set and must not be modified.
func (s *Set) Actors() []Actor { return s.actors }

// Sources returns the source entries in file order. The slice belongs to
// the Set and must not be modified.
func (s *Set) Sources() []Source { return s.sources }

// Actor returns the i'th actor entry, or nil when i is out of range.
func (s *Set) Actor(i int) *Actor {
	if i < 0 || i >= len(s.actors) {
		return nil
	}
	return &s.actors[i]
}

// Source returns the i'th source entry, or nil when i is out of range.
func (s *Set) Source(i int) *Source {
	if i < 0 || i >= len(s.sources) {
		return nil
	}
	return &s.sources[i]
}

// ByID returns the index of the actor entry with the given ID.
func (s *Set) ByID(id string) (int, bool) {
	i, ok := s.byID[id]
	return i, ok
}

// SourceByID returns the index of the source entry with the given ID.
func (s *Set) SourceByID(id string) (int, bool) {
	i, ok := s.sourceByID[id]
	return i, ok
}

// Aliases returns every name a matcher should look for: each actor's
// aliases, generic names and member nouns, then each source's aliases. A
// hyphenated name comes twice, as written and with spaces for its hyphens.
// One text may belong to several actor entries whose dates do not overlap
// (the Nusra Front before and after it was renamed): pick among them with
// [Actor.ActiveOn] or [Set.Resolve]. The slice belongs to the Set and must
// not be modified.
func (s *Set) Aliases() []Alias { return s.aliases }

// Resolve returns the index of the actor entry that alias names on the day
// of on, whether as an alias, a generic name or a member noun. Case is
// ignored except for abbreviations (see [CaseSensitive]); hyphens match
// spaces. With a zero on, the entry with the latest start wins: the name's
// current meaning.
func (s *Set) Resolve(alias string, on time.Time) (int, bool) {
	return pick(s.names[fold(alias, false)], alias, on, func(i int) (time.Time, time.Time) {
		return s.actors[i].From, s.actors[i].Until
	})
}

// ResolveSource returns the index of the source entry that alias names.
func (s *Set) ResolveSource(alias string) (int, bool) {
	return pick(s.sourceName[fold(alias, false)], alias, time.Time{}, func(int) (time.Time, time.Time) {
		return time.Time{}, time.Time{}
	})
}

func pick(refs []ref, alias string, on time.Time, bounds func(int) (time.Time, time.Time)) (int, bool) {
	best, found := -1, false
	var bestFrom time.Time
	exact := fold(alias, true)
	for _, r := range refs {
		if CaseSensitive(r.text) && fold(r.text, true) != exact {
			continue
		}
		from, until := bounds(r.index)
		if !within(from, until, on) {
			continue
		}
		if !found || (on.IsZero() && from.After(bestFrom)) {
			best, bestFrom, found = r.index, from, true
		}
	}
	return best, found
}
