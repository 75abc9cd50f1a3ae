package actors

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

//go:embed actors.yaml
var embedded []byte

// Limits on a gazetteer file: generous for a hand-written list, tight enough
// that a hostile file cannot exhaust memory.
const (
	maxFileSize = 4 << 20
	maxEntries  = 20000
	maxAliasLen = 120
)

// ErrTooLarge is returned for a gazetteer file over 4 MiB.
var ErrTooLarge = errors.New("gazetteer file larger than 4 MiB")

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Error is a problem at one line of a gazetteer file.
type Error struct {
	File string
	Line int // 1-based; 0 when the problem has no single line
	Msg  string
}

// Error formats the problem as file:line: message.
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// ErrorList is every problem found in a gazetteer file, in line order.
type ErrorList []*Error

// Error returns the first problem and how many more there are.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Unwrap returns the list's errors, for errors.Is and errors.As.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

// Load returns the gazetteer built into sitrep.
func Load() (*Set, error) {
	s, err := parse(embedded, "actors.yaml")
	if err != nil {
		return nil, fmt.Errorf("embedded actor gazetteer: %w", err)
	}
	return s, nil
}

// LoadYAML reads a gazetteer in the format of the built-in one: a mapping
// with an "actors" list and a "sources" list. name labels error messages.
// Every problem found is reported, as an [ErrorList] of [Error]s that name
// their lines.
func LoadYAML(r io.Reader, name string) (*Set, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if len(data) > maxFileSize {
		return nil, fmt.Errorf("%s: %w", name, ErrTooLarge)
	}
	return parse(data, name)
}

// loader gathers a file's entries and its problems.
type loader struct {
	file string
	errs ErrorList
	set  *Set
}

func (l *loader) errorf(line int, format string, args ...any) {
	l.errs = append(l.errs, &Error{File: l.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

func parse(data []byte, name string) (*Set, error) {
	// A file in the plain subset the built-in one keeps to is parsed
	// without yaml's tokeniser, a third of start-up; yaml parses the rest
	// and reports their syntax errors.
	doc, ok := parseSimpleYAML(data)
	if !ok {
		doc = new(yaml.Node)
		if err := yaml.Unmarshal(data, doc); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	return load(doc, name)
}

// load reads a gazetteer from its parsed YAML document.
func load(doc *yaml.Node, name string) (*Set, error) {
	l := &loader{file: name, set: &Set{
		byID:       map[string]int{},
		sourceByID: map[string]int{},
		names:      map[string][]ref{},
		sourceName: map[string][]ref{},
	}}
	if len(doc.Content) == 0 {
		l.errorf(0, "empty file")
		return nil, l.errs
	}
	root := deref(doc.Content[0])
	if root.Kind != yaml.MappingNode {
		l.errorf(root.Line, "want a mapping with actors and sources lists")
		return nil, l.errs
	}
	l.fields(root, func(key string, v *yaml.Node) {
		switch key {
		case "actors":
			l.list(v, l.actor)
		case "sources":
			l.list(v, l.source)
		default:
			l.errorf(v.Line, "unknown section %q (want actors or sources)", key)
		}
	})
	l.checkLinks()
	l.checkClaims(l.set.names, "alias", " on overlapping dates", func(i int) (time.Time, time.Time, string) {
		a := &l.set.actors[i]
		return a.From, a.Until, a.ID
	})
	l.checkClaims(l.set.sourceName, "source alias", "", func(i int) (time.Time, time.Time, string) {
		return time.Time{}, time.Time{}, l.set.sources[i].ID
	})
	if len(l.errs) > 0 {
		sort.SliceStable(l.errs, func(i, j int) bool { return l.errs[i].Line < l.errs[j].Line })
		return nil, l.errs
	}
	l.set.aliases = buildAliases(l.set)
	return l.set, nil
}

// deref follows a YAML alias (*anchor) to the node it stands for.
func deref(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

// fields calls fn for each key of a mapping, reporting repeated keys.
func (l *loader) fields(m *yaml.Node, fn func(key string, v *yaml.Node)) {
	seen := map[string]bool{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := deref(m.Content[i]), deref(m.Content[i+1])
		if k == nil || v == nil || k.Kind != yaml.ScalarNode {
			l.errorf(m.Content[i].Line, "mapping key is not a plain name")
			continue
		}
		if seen[k.Value] {
			l.errorf(k.Line, "key %q given twice", k.Value)
			continue
		}
		seen[k.Value] = true
		fn(k.Value, v)
	}
}

func (l *loader) list(v *yaml.Node, entry func(*yaml.Node)) {
	if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
		return
	}
	if v.Kind != yaml.SequenceNode {
		l.errorf(v.Line, "want a list of entries")
		return
	}
	for _, e := range v.Content {
		if len(l.set.actors)+len(l.set.sources) >= maxEntries {
			l.errorf(e.Line, "more than %d entries", maxEntries)
			return
		}
		e = deref(e)
		if e.Kind != yaml.MappingNode {
			l.errorf(e.Line, "entry is not a mapping")
			continue
		}
		entry(e)
	}
}

func (l *loader) scalar(v *yaml.Node, key string) string {
	if v.Kind != yaml.ScalarNode {
		l.errorf(v.Line, "%s: want a single value", key)
		return ""
	}
	if v.Tag == "!!null" {
		return ""
	}
	return v.Value
}

// names reads a list of aliases, with the line of each.
func (l *loader) names(v *yaml.Node, key string) (texts []string, lines []int) {
	if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
		return nil, nil
	}
	if v.Kind != yaml.SequenceNode {
		l.errorf(v.Line, "%s: want a list of names", key)
		return nil, nil
	}
	for _, n := range v.Content {
		line := n.Line
		n = deref(n)
		if n.Kind != yaml.ScalarNode {
			l.errorf(line, "%s: want a name, not a list or mapping", key)
			continue
		}
		if why := validAliasText(n.Value); why != "" {
			l.errorf(line, "%s: %s", key, why)
			continue
		}
		texts = append(texts, n.Value)
		lines = append(lines, line)
	}
	return texts, lines
}

func (l *loader) date(v *yaml.Node, key string) time.Time {
	s := l.scalar(v, key)
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		l.errorf(v.Line, "%s: %q is not a YYYY-MM-DD date", key, s)
	}
	return t
}

func (l *loader) id(v *yaml.Node, ids map[string]int, what string) string {
	id := l.scalar(v, "id")
	switch {
	case !idPattern.MatchString(id):
		l.errorf(v.Line, "%s id %q: want lowercase letters, digits and single hyphens", what, id)
	default:
		if _, dup := ids[id]; dup {
			l.errorf(v.Line, "%s id %q used twice", what, id)
		}
	}
	return id
}

func (l *loader) actor(e *yaml.Node) {
	a := Actor{line: e.Line}
	index := len(l.set.actors)
	var claims []ref
	var kindSeen bool
	claim := func(kind AliasKind, v *yaml.Node, key string) []string {
		texts, lines := l.names(v, key)
		for i, t := range texts {
			claims = append(claims, ref{index: index, kind: kind, text: t, line: lines[i]})
		}
		return texts
	}
	l.fields(e, func(key string, v *yaml.Node) {
		switch key {
		case "id":
			a.ID = l.id(v, l.set.byID, "actor")
		case "name":
			a.Name = l.scalar(v, key)
		case "coded_as":
			a.CodedAs = l.scalar(v, key)
		case "kind":
			kindSeen = true
			k, err := ParseKind(l.scalar(v, key))
			if err != nil {
				l.errorf(v.Line, "%v", err)
			}
			a.Kind = k
		case "acled":
			a.ACLED = l.scalar(v, key)
		case "side":
			a.Side = l.scalar(v, key)
			if !sides[a.Side] {
				l.errorf(v.Line, "unknown side %q", a.Side)
			}
		case "from":
			a.From = l.date(v, key)
		case "until":
			a.Until = l.date(v, key)
		case "aliases":
			a.Aliases = claim(AliasActor, v, key)
		case "generic":
			a.Generic = claim(AliasGeneric, v, key)
		case "members":
			a.Members = claim(AliasMember, v, key)
		default:
			l.errorf(v.Line, "actor: unknown field %q", key)
		}
	})
	if a.ID == "" {
		l.errorf(e.Line, "actor without an id")
		return
	}
	if a.Name == "" {
		l.errorf(e.Line, "actor %q has no name", a.ID)
	}
	if !kindSeen {
		l.errorf(e.Line, "actor %q has no kind", a.ID)
	}
	if a.Side == "" {
		l.errorf(e.Line, "actor %q has no side", a.ID)
	}
	if !a.From.IsZero() && !a.Until.IsZero() && !a.From.Before(a.Until) {
		l.errorf(e.Line, "actor %q: from %s is not before until %s", a.ID,
			a.From.Format(time.DateOnly), a.Until.Format(time.DateOnly))
	}
	if len(a.Aliases)+len(a.Generic)+len(a.Members) == 0 {
		l.errorf(e.Line, "actor %q has no aliases, generic names or members", a.ID)
	}
	l.set.byID[a.ID] = index
	l.set.actors = append(l.set.actors, a)
	for _, c := range claims {
		k := fold(c.text, false)
		l.set.names[k] = append(l.set.names[k], c)
	}
}

func (l *loader) source(e *yaml.Node) {
	s := Source{line: e.Line}
	index := len(l.set.sources)
	var lines []int
	l.fields(e, func(key string, v *yaml.Node) {
		switch key {
		case "id":
			s.ID = l.id(v, l.set.sourceByID, "source")
		case "name":
			s.Name = l.scalar(v, key)
		case "actor":
			s.Actor = l.scalar(v, key)
		case "rank":
			n, err := strconv.Atoi(l.scalar(v, key))
			if err != nil || n < 1 {
				l.errorf(v.Line, "rank: want a whole number from 1")
			}
			s.Rank = n
		case "aliases":
			s.Aliases, lines = l.names(v, key)
		default:
			l.errorf(v.Line, "source: unknown field %q", key)
		}
	})
	if s.ID == "" {
		l.errorf(e.Line, "source without an id")
		return
	}
	if s.Name == "" {
		l.errorf(e.Line, "source %q has no name", s.ID)
	}
	if s.Rank == 0 {
		l.errorf(e.Line, "source %q has no rank", s.ID)
	}
	if len(s.Aliases) == 0 {
		l.errorf(e.Line, "source %q has no aliases", s.ID)
	}
	l.set.sourceByID[s.ID] = index
	l.set.sources = append(l.set.sources, s)
	for i, t := range s.Aliases {
		k := fold(t, false)
		l.set.sourceName[k] = append(l.set.sourceName[k], ref{index: index, kind: AliasSource, text: t, line: lines[i]})
	}
}

// checkLinks checks what entries say of each other: sources' actors exist
// and no two sources share a rank, so that "the most credible" is defined.
func (l *loader) checkLinks() {
	ranks := map[int]string{}
	for _, s := range l.set.sources {
		if s.Actor != "" {
			if _, ok := l.set.byID[s.Actor]; !ok {
				l.errorf(s.line, "source %q: no actor with id %q", s.ID, s.Actor)
			}
		}
		if other, dup := ranks[s.Rank]; dup && s.Rank > 0 {
			l.errorf(s.line, "source %q has the rank of %q (%d)", s.ID, other, s.Rank)
		}
		ranks[s.Rank] = s.ID
	}
}

// checkClaims reports every text claimed twice on overlapping dates: the
// same name must not mean two things on one day.
func (l *loader) checkClaims(names map[string][]ref, what, when string, bounds func(int) (from, until time.Time, id string)) {
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		refs := names[k]
		for i := 1; i < len(refs); i++ {
			for _, prev := range refs[:i] {
				r := refs[i]
				af, au, aid := bounds(prev.index)
				bf, bu, bid := bounds(r.index)
				if prev.index != r.index && !overlap(af, au, bf, bu) {
					continue
				}
				if prev.index == r.index {
					l.errorf(r.line, "%s %q of %q repeats %q (line %d)", what, r.text, bid, prev.text, prev.line)
				} else {
					l.errorf(r.line, "%s %q of %q is also claimed by %q (line %d)%s", what, r.text, bid, aid, prev.line, when)
				}
				break
			}
		}
	}
}

// overlap reports whether two [from, until) ranges share a day; zero ends
// are open.
func overlap(af, au, bf, bu time.Time) bool {
	if !au.IsZero() && !bf.IsZero() && !bf.Before(au) {
		return false
	}
	if !bu.IsZero() && !af.IsZero() && !af.Before(bu) {
		return false
	}
	return true
}

func buildAliases(s *Set) []Alias {
	var out []Alias
	add := func(text string, kind AliasKind, i int) {
		cs := CaseSensitive(text)
		out = append(out, Alias{Text: text, Kind: kind, Index: i, CaseSensitive: cs})
		if sp := spaced(text); sp != "" && strings.TrimSpace(sp) == sp {
			out = append(out, Alias{Text: sp, Kind: kind, Index: i, CaseSensitive: cs})
		}
	}
	for i, a := range s.actors {
		for _, t := range a.Aliases {
			add(t, AliasActor, i)
		}
		for _, t := range a.Generic {
			add(t, AliasGeneric, i)
		}
		for _, t := range a.Members {
			add(t, AliasMember, i)
		}
	}
	for i, src := range s.sources {
		for _, t := range src.Aliases {
			add(t, AliasSource, i)
		}
	}
	return out
}
