package gazetteer

import "github.com/sitrep/sitrep/gazetteer/internal/fold"

// Fold returns the matching key of a name: two spellings of one Arabic
// name that differ only in case, diacritics, apostrophes, hyphens and
// spaces, the article (al-, el-, ash-, ez-… or none), doubled letters, a
// final h, their vowels (Deir/Dayr/Der, -iyeh/-iyah/-ia, ou/u, ee/i) or
// q/k, gh/g, dh/d, ch/sh, fold to the same key. "Deir ez-Zor", "Dayr az
// Zawr" and "Deir Ezzor" all give "darzar". The key is for comparing, not
// for display.
func Fold(s string) string { return fold.Key(s) }
