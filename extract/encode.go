package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Format is an output format for event records.
type Format int

const (
	// FormatJSON is one JSON array of records.
	FormatJSON Format = iota
	// FormatJSONL is JSON Lines: one record a line.
	FormatJSONL
	// FormatYAML is one YAML sequence of records.
	FormatYAML
	// FormatCSV is one row per record, ACLED's columns first; see CSVHeader.
	FormatCSV
	// FormatGeoJSON is an RFC 7946 FeatureCollection of one Point per record
	// that has coordinates.
	FormatGeoJSON
)

var formatNames = [...]string{
	FormatJSON:    "json",
	FormatJSONL:   "jsonl",
	FormatYAML:    "yaml",
	FormatCSV:     "csv",
	FormatGeoJSON: "geojson",
}

// ParseFormat returns the Format named s: json, jsonl, yaml, csv or geojson.
func ParseFormat(s string) (Format, error) {
	for f, name := range formatNames {
		if s == name {
			return Format(f), nil
		}
	}
	return 0, fmt.Errorf("unknown format %q: want json, jsonl, yaml, csv or geojson", s)
}

// String returns the format's name.
func (f Format) String() string {
	if f >= 0 && int(f) < len(formatNames) {
		return formatNames[f]
	}
	return "Format(" + strconv.Itoa(int(f)) + ")"
}

// Set parses s into f; with String and Type it makes f a pflag.Value.
func (f *Format) Set(s string) error {
	v, err := ParseFormat(s)
	if err != nil {
		return err
	}
	*f = v
	return nil
}

// Type names the flag's value type in help.
func (f *Format) Type() string { return "json|jsonl|yaml|csv|geojson" }

// MarshalText returns the format's name.
func (f Format) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalText parses a format's name.
func (f *Format) UnmarshalText(b []byte) error { return f.Set(string(b)) }

// An Encoder writes event records to a stream in one Format. Each record is
// written whole, with one Write, so output cut short holds only whole
// records. Close ends the stream (the closing bracket of a JSON array, say)
// and must be called even when the batch failed, so the output still parses;
// it does not close the underlying writer. After a write error, Encode and
// Close return that error.
type Encoder interface {
	Encode(ev *Event) error
	Close() error
}

// NewEncoder returns an Encoder writing f to w. For FormatGeoJSON it is a
// *GeoJSONEncoder, which also counts the records it had to leave out.
func NewEncoder(w io.Writer, f Format) Encoder {
	switch f {
	case FormatJSONL:
		return &jsonlEncoder{recordSink: recordSink{w: w}}
	case FormatYAML:
		return &yamlEncoder{recordSink: recordSink{w: w}}
	case FormatCSV:
		return newCSVEncoder(w)
	case FormatGeoJSON:
		return NewGeoJSONEncoder(w)
	}
	return &jsonEncoder{recordSink: recordSink{w: w}}
}

var errClosed = errors.New("encoder closed")

// recordSink writes whole records and remembers the first error.
type recordSink struct {
	w      io.Writer
	err    error
	n      int // records written
	closed bool
}

func (s *recordSink) write(b []byte) error {
	if s.err != nil {
		return s.err
	}
	if s.closed {
		return errClosed
	}
	if _, err := s.w.Write(b); err != nil {
		s.err = err
	}
	return s.err
}

// marshalJSON writes v as encoding/json does, less the HTML escaping that
// would turn "&" into "\u0026" in report text.
func marshalJSON(buf *bytes.Buffer, v any, indent bool) error {
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("  ", "  ")
	}
	return enc.Encode(v)
}

type jsonEncoder struct {
	recordSink
	buf bytes.Buffer
}

func (e *jsonEncoder) Encode(ev *Event) error {
	if e.err != nil || e.closed {
		return e.write(nil)
	}
	e.buf.Reset()
	if e.n == 0 {
		e.buf.WriteString("[\n  ")
	} else {
		e.buf.WriteString(",\n  ")
	}
	if err := marshalJSON(&e.buf, withArrays(ev), true); err != nil {
		return err
	}
	e.buf.Truncate(e.buf.Len() - 1) // the newline Encode ends with
	if err := e.write(e.buf.Bytes()); err != nil {
		return err
	}
	e.n++
	return nil
}

func (e *jsonEncoder) Close() error {
	if e.closed {
		return e.err
	}
	end := "\n]\n"
	if e.n == 0 {
		end = "[]\n"
	}
	err := e.write([]byte(end))
	e.closed = true
	return err
}

type jsonlEncoder struct {
	recordSink
	buf bytes.Buffer
}

func (e *jsonlEncoder) Encode(ev *Event) error {
	e.buf.Reset()
	if err := marshalJSON(&e.buf, withArrays(ev), false); err != nil {
		return err
	}
	if err := e.write(e.buf.Bytes()); err != nil {
		return err
	}
	e.n++
	return nil
}

func (e *jsonlEncoder) Close() error {
	e.closed = true
	return e.err
}

// yamlEncoder writes each record as a one-item sequence; the items follow
// one another into a single sequence, so yaml.Unmarshal of the whole output
// into []Event gives every record.
type yamlEncoder struct {
	recordSink
	buf bytes.Buffer
}

func (e *yamlEncoder) Encode(ev *Event) error {
	e.buf.Reset()
	enc := yaml.NewEncoder(&e.buf)
	enc.SetIndent(2)
	if err := enc.Encode([]*Event{yamlSafe(withArrays(ev))}); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	if err := e.write(e.buf.Bytes()); err != nil {
		return err
	}
	e.n++
	return nil
}

func (e *yamlEncoder) Close() error {
	if e.closed {
		return e.err
	}
	var err error
	if e.n == 0 {
		err = e.write([]byte("[]\n"))
	}
	e.closed = true
	if err != nil {
		return err
	}
	return e.err
}

// withArrays returns ev, or a copy of it whose nil lists are empty, so that
// every format writes a list as a list ("actors": [], not null) and a
// consumer can iterate without a null check.
func withArrays(ev *Event) *Event {
	if ev.Actors != nil && ev.Claims != nil && ev.Sources != nil && ev.Evidence != nil {
		return ev
	}
	c := *ev
	if c.Actors == nil {
		c.Actors = []Actor{}
	}
	if c.Claims == nil {
		c.Claims = []Claim{}
	}
	if c.Sources == nil {
		c.Sources = []string{}
	}
	if c.Evidence == nil {
		c.Evidence = []Evidence{}
	}
	return &c
}

// validUTF8 returns s with every byte that is not part of valid UTF-8
// replaced by U+FFFD, as encoding/json writes strings. Doc.Text keeps such
// bytes so that offsets stay true; formats that would otherwise carry them
// through (CSV) or turn the string into !!binary (YAML) go through here.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b []byte
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, "\uFFFD"...)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}

// yamlSafe returns ev, or a copy of it whose strings are valid UTF-8 and
// whose Meta numbers are YAML numbers rather than quoted strings.
func yamlSafe(ev *Event) *Event {
	c := *ev
	c.ID = validUTF8(c.ID)
	c.Doc.ID = validUTF8(c.Doc.ID)
	c.Doc.Path = validUTF8(c.Doc.Path)
	c.Doc.Title = validUTF8(c.Doc.Title)
	if c.Doc.Meta != nil {
		c.Doc.Meta = plainValue(c.Doc.Meta).(map[string]any)
	}
	c.Date.Text = validUTF8(c.Date.Text)
	if c.Location != nil {
		loc := *c.Location
		loc.Name, loc.Text = validUTF8(loc.Name), validUTF8(loc.Text)
		c.Location = &loc
	}
	if c.Actors != nil {
		c.Actors = append([]Actor(nil), c.Actors...)
		for i := range c.Actors {
			c.Actors[i].Name = validUTF8(c.Actors[i].Name)
			c.Actors[i].Text = validUTF8(c.Actors[i].Text)
		}
	}
	if c.Claims != nil {
		c.Claims = append([]Claim(nil), c.Claims...)
		for i := range c.Claims {
			c.Claims[i].Source = validUTF8(c.Claims[i].Source)
			c.Claims[i].Victims = validUTF8(c.Claims[i].Victims)
			c.Claims[i].Text = validUTF8(c.Claims[i].Text)
		}
	}
	if c.Sources != nil {
		c.Sources = append([]string(nil), c.Sources...)
		for i := range c.Sources {
			c.Sources[i] = validUTF8(c.Sources[i])
		}
	}
	if c.Evidence != nil {
		c.Evidence = append([]Evidence(nil), c.Evidence...)
		for i := range c.Evidence {
			c.Evidence[i].Text = validUTF8(c.Evidence[i].Text)
		}
	}
	return &c
}

// plainValue copies a decoded JSON value, turning json.Number into int64 or
// float64 and mending strings.
func plainValue(v any) any {
	switch v := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(v))
		for k, x := range v {
			m[validUTF8(k)] = plainValue(x)
		}
		return m
	case []any:
		s := make([]any, len(v))
		for i, x := range v {
			s[i] = plainValue(x)
		}
		return s
	case json.Number:
		if i, err := v.Int64(); err == nil {
			return i
		}
		if f, err := v.Float64(); err == nil {
			return f
		}
		return v.String()
	case string:
		return validUTF8(v)
	}
	return v
}
