package gazetteer

// NewReferenceMatcher builds the reference matcher of refmatcher_test.go,
// for the tests of package gazetteer_test.
func NewReferenceMatcher(patterns []Pattern) (interface {
	Match(text string, dst []Mention) []Mention
}, error) {
	return newRefMatcher(patterns)
}
