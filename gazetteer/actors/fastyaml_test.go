package actors

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// sameTree reports how the trees a and b differ in what the loader reads
// of them, or "" where they do not.
func sameTree(a, b *yaml.Node, path string) string {
	switch {
	case a.Kind != b.Kind:
		return fmt.Sprintf("%s: kind %v, yaml %v", path, a.Kind, b.Kind)
	case a.Line != b.Line:
		return fmt.Sprintf("%s: line %d, yaml %d", path, a.Line, b.Line)
	case a.Kind == yaml.ScalarNode && a.Value != b.Value:
		return fmt.Sprintf("%s: value %q, yaml %q", path, a.Value, b.Value)
	case (a.Tag == "!!null") != (b.Tag == "!!null"):
		return fmt.Sprintf("%s: tag %s, yaml %s", path, a.Tag, b.Tag)
	case a.Kind == yaml.AliasNode && (a.Value != b.Value || a.Alias.Line != b.Alias.Line || a.Alias.Kind != b.Alias.Kind):
		return fmt.Sprintf("%s: alias %q of line %d, yaml %q of line %d", path, a.Value, a.Alias.Line, b.Value, b.Alias.Line)
	case a.Anchor != b.Anchor:
		return fmt.Sprintf("%s: anchor %q, yaml %q", path, a.Anchor, b.Anchor)
	case len(a.Content) != len(b.Content):
		return fmt.Sprintf("%s: %d children, yaml %d", path, len(a.Content), len(b.Content))
	}
	for i := range a.Content {
		if d := sameTree(a.Content[i], b.Content[i], fmt.Sprintf("%s/%d", path, i)); d != "" {
			return d
		}
	}
	return ""
}

// checkSimpleYAML fails where parseSimpleYAML accepts data and its tree
// is not yaml's.
func checkSimpleYAML(t *testing.T, data string) (accepted bool) {
	t.Helper()
	got, ok := parseSimpleYAML([]byte(data))
	if !ok {
		return false
	}
	var want yaml.Node
	if err := yaml.Unmarshal([]byte(data), &want); err != nil {
		t.Fatalf("parseSimpleYAML accepts %q, yaml rejects it: %v", data, err)
	}
	if d := sameTree(got, &want, ""); d != "" {
		t.Fatalf("parseSimpleYAML(%q): %s", data, d)
	}
	return true
}

func TestSimpleYAMLEmbedded(t *testing.T) {
	if !checkSimpleYAML(t, string(embedded)) {
		t.Fatal("the built-in gazetteer is not in the simple subset: start-up falls back to yaml")
	}
}

var simpleYAMLCases = []struct {
	doc    string
	simple bool
}{
	{"actors:\n  - id: a\n    aliases: [x, y's z]\n    name: \"A: b\" # c\n", true},
	{"actors:\n  - id: a\n    aliases:\n      - one\n      - two # c\n# end\n", true},
	{"actors:\n  - id: a\n    until: ~\n", true},
	{"a: &x\n  - one\nb: *x # c\nc: &y-1 [p, q]\nd: *y-1\n", true},
	{"a: *x\n", false},                         // an alias before its anchor
	{"actors:\n- id: a\n", false},              // indentless list
	{"actors:\n  - id: a\n    name:\n", false}, // empty value
	{"actors:\n  - id: &x a\n", true},
	{"actors:\n  - id: a\n    name: one\n      two\n", false},
	{"actors:\n  - id: a\n    aliases: [x, y\n", false},
	{"actors:\n\t- id: a\n", false},
	{"a: \"x\\ty\"\n", false},
	{"", false},
}

func TestSimpleYAMLCases(t *testing.T) {
	for _, tt := range simpleYAMLCases {
		if got := checkSimpleYAML(t, tt.doc); got != tt.simple {
			t.Errorf("parseSimpleYAML(%q) accepted %v, want %v", tt.doc, got, tt.simple)
		}
	}
}

// FuzzSimpleYAML holds the subset parser to yaml: whatever it accepts,
// yaml must accept too and parse to the same tree.
func FuzzSimpleYAML(f *testing.F) {
	for _, tt := range simpleYAMLCases {
		f.Add(tt.doc)
	}
	// The first entries of the built-in file, so that the fuzzer starts
	// from the shapes it uses.
	lines := strings.SplitAfter(string(embedded), "\n")
	f.Add(strings.Join(lines[:min(len(lines), 160)], ""))
	f.Fuzz(func(t *testing.T, doc string) {
		checkSimpleYAML(t, doc)
	})
}

// TestSimpleYAMLSameSet loads the built-in gazetteer from both parsers'
// trees: the sets must not differ in any field.
func TestSimpleYAMLSameSet(t *testing.T) {
	simple, ok := parseSimpleYAML(embedded)
	if !ok {
		t.Fatal("the built-in gazetteer is not in the simple subset")
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(embedded, &doc); err != nil {
		t.Fatal(err)
	}
	got, err := load(simple, "actors.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want, err := load(&doc, "actors.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("the set loaded from parseSimpleYAML's tree differs from yaml's")
	}
}
