package actors

import (
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// parseSimpleYAML parses data into the node tree yaml.Unmarshal makes of
// it, where data keeps to the plain subset a gazetteer is written in:
// block mappings of simple keys, block sequences, one-line flow sequences
// of plain scalars, plain scalars and double-quoted ones without escapes,
// and comments. It reports false for anything else (anchors, multi-line
// scalars, tabs, an indentless list, an empty value, ...), and the caller
// hands the file to yaml.Unmarshal, whose errors the loader reports.
//
// It exists for start-up: yaml.v3 spends most of the loading time of the
// built-in gazetteer tokenising it. The tree holds what the loader reads
// (kinds, values, lines, and whether a scalar is null); a non-null scalar
// is tagged !!str, whatever yaml would resolve it to.
func parseSimpleYAML(data []byte) (*yaml.Node, bool) {
	if !simpleText(data) {
		return nil, false
	}
	p := &simpleParser{data: string(data)}
	p.advance()
	if p.eof || p.indent != 0 {
		return nil, false
	}
	root, ok := p.mapping(0)
	if !ok || !p.eof {
		return nil, false
	}
	return &yaml.Node{Kind: yaml.DocumentNode, Line: root.Line, Column: 1, Content: []*yaml.Node{root}}, true
}

// simpleParser walks the content lines of a file, one at a time.
type simpleParser struct {
	data   string
	next   int    // offset of the line after the current one
	lineNo int    // 1-based number of the current line
	line   string // the current line, its indentation stripped
	indent int
	eof    bool
	// anchors are the nodes named so far, for the aliases that follow.
	anchors map[string]*yaml.Node
}

// advance moves to the next line that holds more than a comment.
func (p *simpleParser) advance() {
	for p.next < len(p.data) {
		s := p.data[p.next:]
		end := strings.IndexByte(s, '\n')
		if end < 0 {
			end = len(s)
			p.next = len(p.data)
		} else {
			p.next += end + 1
		}
		p.lineNo++
		line := s[:end]
		trimmed := strings.TrimLeft(line, " ")
		if trimmed == "" || trimmed[0] == '#' {
			continue
		}
		p.line, p.indent = trimmed, len(line)-len(trimmed)
		return
	}
	p.eof = true
	p.line, p.indent = "", -1
}

// mapping parses a block mapping whose keys stand at column indent.
func (p *simpleParser) mapping(indent int) (*yaml.Node, bool) {
	m := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: p.lineNo, Column: indent + 1}
	for !p.eof && p.indent == indent {
		key, rest, ok := splitKey(p.line)
		if !ok {
			return nil, false
		}
		k := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key, Line: p.lineNo, Column: indent + 1}
		v, ok := p.value(indent, rest, indent+len(key)+2)
		if !ok {
			return nil, false
		}
		m.Content = append(m.Content, k, v)
	}
	if !p.eof && p.indent > indent {
		return nil, false
	}
	return m, true
}

// sequence parses a block sequence whose dashes stand at column indent.
func (p *simpleParser) sequence(indent int) (*yaml.Node, bool) {
	s := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: p.lineNo, Column: indent + 1}
	for !p.eof && p.indent == indent {
		if !strings.HasPrefix(p.line, "- ") {
			return nil, false
		}
		item := strings.TrimLeft(p.line[2:], " ")
		col := indent + len(p.line) - len(item)
		if item == "" || item[0] == '#' {
			return nil, false
		}
		if _, _, isKey := splitKey(item); isKey {
			// "- id: x": a mapping whose keys stand where "id" does.
			p.line, p.indent = item, col
			e, ok := p.mapping(col)
			if !ok {
				return nil, false
			}
			s.Content = append(s.Content, e)
			continue
		}
		v, ok := p.inline(item, col)
		if !ok {
			return nil, false
		}
		s.Content = append(s.Content, v)
		p.advance()
	}
	if !p.eof && p.indent > indent {
		return nil, false
	}
	return s, true
}

// value parses what follows "key:" on the current line: a value on the
// line itself, or a block below it, more indented than the key; either
// may carry an anchor ("&israel"), and the line may instead hold an alias
// ("*israel").
func (p *simpleParser) value(indent int, rest string, col int) (*yaml.Node, bool) {
	trimmed := strings.TrimLeft(rest, " ")
	if trimmed != "" && trimmed[0] == '*' {
		name, after := anchorName(trimmed[1:])
		target := p.anchors[name]
		if target == nil || !restIsComment(after) {
			return nil, false
		}
		v := &yaml.Node{Kind: yaml.AliasNode, Value: name, Alias: target, Line: p.lineNo, Column: col + len(rest) - len(trimmed) + 1}
		p.advance()
		return v, true
	}
	if trimmed != "" && trimmed[0] == '&' {
		name, after := anchorName(trimmed[1:])
		if t := strings.TrimLeft(after, " "); name == "" || (after != "" && after[0] != ' ') || (t != "" && (t[0] == '&' || t[0] == '*')) {
			return nil, false
		}
		line, acol := p.lineNo, col+len(rest)-len(trimmed)+1
		v, ok := p.value(indent, after, col+len(rest)-len(after))
		if !ok {
			return nil, false
		}
		// yaml places an anchored node at its anchor.
		v.Anchor, v.Line, v.Column = name, line, acol
		if p.anchors == nil {
			p.anchors = map[string]*yaml.Node{}
		}
		p.anchors[name] = v
		return v, true
	}
	if trimmed != "" && trimmed[0] != '#' {
		v, ok := p.inline(trimmed, col+len(rest)-len(trimmed))
		p.advance()
		return v, ok
	}
	p.advance()
	if p.eof || p.indent <= indent {
		return nil, false // an empty value, or an indentless list
	}
	if strings.HasPrefix(p.line, "- ") {
		return p.sequence(p.indent)
	}
	return p.mapping(p.indent)
}

// inline parses a value written on one line, at column col.
func (p *simpleParser) inline(s string, col int) (*yaml.Node, bool) {
	switch s[0] {
	case '[':
		return p.flow(s, col)
	case '"':
		end := strings.IndexByte(s[1:], '"')
		if end < 0 || strings.IndexByte(s[1:end+1], '\\') >= 0 {
			return nil, false
		}
		if !restIsComment(s[end+2:]) {
			return nil, false
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Style: yaml.DoubleQuotedStyle, Tag: "!!str", Value: s[1 : end+1], Line: p.lineNo, Column: col + 1}, true
	}
	v, ok := plain(s, false)
	if !ok {
		return nil, false
	}
	return p.scalar(v, col), true
}

// flow parses a one-line flow sequence of plain scalars: "[a, b, c]".
func (p *simpleParser) flow(s string, col int) (*yaml.Node, bool) {
	seq := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle, Tag: "!!seq", Line: p.lineNo, Column: col + 1}
	end := strings.IndexByte(s, ']')
	if end < 0 || !restIsComment(s[end+1:]) {
		return nil, false
	}
	body := s[1:end]
	if strings.TrimLeft(body, " ") == "" {
		return nil, false
	}
	off := 1
	for _, item := range strings.Split(body, ",") {
		lead := len(item) - len(strings.TrimLeft(item, " "))
		v, ok := plain(item[lead:], true)
		if !ok {
			return nil, false
		}
		seq.Content = append(seq.Content, p.scalar(v, col+off+lead))
		off += len(item) + 1
	}
	return seq, true
}

func (p *simpleParser) scalar(v string, col int) *yaml.Node {
	tag := "!!str"
	switch v {
	case "~", "null", "Null", "NULL":
		tag = "!!null"
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: v, Line: p.lineNo, Column: col + 1}
}

// plain returns the plain scalar s holds, its trailing comment and spaces
// cut, and false where s is not one this parser is sure of: it must not
// start with an indicator, nor hold ": " or a final ":", nor, in a flow
// sequence, a bracket, brace or quote.
func plain(s string, flow bool) (string, bool) {
	if i := strings.Index(s, " #"); i >= 0 {
		if flow {
			return "", false
		}
		s = s[:i]
	}
	s = strings.TrimRight(s, " ")
	if s == "" || strings.IndexByte("-?:,[]{}#&*!|>'\"%@`", s[0]) >= 0 {
		return "", false
	}
	if strings.Contains(s, ": ") || strings.HasSuffix(s, ":") {
		return "", false
	}
	if flow && strings.ContainsAny(s, "[]{}\":?") {
		return "", false
	}
	return s, true
}

// splitKey splits "key: rest" or "key:" where key is a simple name.
func splitKey(line string) (key, rest string, ok bool) {
	i := 0
	for i < len(line) && (line[i] == '_' || 'a' <= line[i] && line[i] <= 'z' || 'A' <= line[i] && line[i] <= 'Z' || '0' <= line[i] && line[i] <= '9') {
		i++
	}
	if i == 0 || i >= len(line) || line[i] != ':' || (i+1 < len(line) && line[i+1] != ' ') {
		return "", "", false
	}
	switch line[:i] {
	case "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE":
		return "", "", false // keys yaml would resolve to another type
	}
	return line[:i], line[i+1:], true
}

// restIsComment reports whether s, what follows a closing quote or
// bracket, is spaces and perhaps a comment.
func restIsComment(s string) bool {
	t := strings.TrimLeft(s, " ")
	return t == "" || (t[0] == '#' && len(t) < len(s))
}

// simpleText reports whether data is valid UTF-8 holding printable
// characters and line feeds only: no tabs, carriage returns or byte-order
// marks, which this parser leaves to yaml.
func simpleText(data []byte) bool {
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n') || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError || r < 0xa0 || (0xd800 <= r && r <= 0xdfff) || r >= 0xfffe && r <= 0xffff || r == 0xfeff {
			return false
		}
		i += n
	}
	return true
}

// anchorName splits off the name of an anchor or alias, which this parser
// takes to be lower-case letters, digits, hyphens and underscores.
func anchorName(s string) (name, rest string) {
	i := 0
	for i < len(s) && (s[i] == '-' || s[i] == '_' || 'a' <= s[i] && s[i] <= 'z' || '0' <= s[i] && s[i] <= '9') {
		i++
	}
	return s[:i], s[i:]
}
