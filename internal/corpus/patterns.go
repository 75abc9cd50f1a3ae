package corpus

import (
	"slices"

	"github.com/sitrep/sitrep/gazetteer"
)

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
