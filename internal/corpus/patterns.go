package corpus

import (
	"slices"

	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/gazetteer/actors"
)

// MatcherPatterns returns the patterns of the one combined matcher
// extract.New builds: every place name, then every actor, member and source
// alias. The floor measurement scans with a matcher built from them, so that
// it walks the same automaton as the pipeline without the pipeline's other
// stages.
//
// It mirrors extract.New, which does not export its matcher; a test in
// package extract holds the two to the same mentions.
func MatcherPatterns(places *gazetteer.Gazetteer, set *actors.Set) []gazetteer.Pattern {
	patterns := places.Patterns()
	for i, a := range set.Aliases() {
		kind := gazetteer.KindActor
		if a.Kind == actors.AliasSource {
			kind = gazetteer.KindSource
		}
		patterns = append(patterns, gazetteer.Pattern{Text: a.Text, Kind: kind, Ref: int32(i), CaseSensitive: a.CaseSensitive})
	}
	return patterns
}

// CommunityNames returns the distinct names and aliases of the gazetteer's
// communities (OCHA's populated places), sorted: the word list for a
// `grep -F -f` reference scan.
func CommunityNames(places *gazetteer.Gazetteer) []string {
	var names []string
	for _, p := range places.Places() {
		if p.Level != gazetteer.Community {
			continue
		}
		names = append(names, p.Name)
		names = append(names, p.Aliases...)
	}
	slices.Sort(names)
	return slices.Compact(names)
}
