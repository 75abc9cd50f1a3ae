package score

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Gold is the annotation of one report, in the layout FORMAT.md describes.
type Gold struct {
	Doc       string      `json:"doc"`
	Published string      `json:"published,omitempty"`
	Events    []GoldEvent `json:"events"`
	NotEvents []string    `json:"not_events,omitempty"`
}

// GoldEvent is one annotated incident. Empty strings stand for absent or
// null values: a Date of "" means the report gives no date.
type GoldEvent struct {
	EventType    string      `json:"event_type"`
	SubEventType string      `json:"sub_event_type,omitempty"`
	Date         string      `json:"date,omitempty"`
	DateEnd      string      `json:"date_end,omitempty"`
	Admin1       string      `json:"admin1,omitempty"`
	Admin2       string      `json:"admin2,omitempty"`
	Locations    Names       `json:"location,omitempty"`
	Lat          *float64    `json:"lat,omitempty"`
	Lon          *float64    `json:"lon,omitempty"`
	Actors       []string    `json:"actors"`
	Killed       *GoldFigure `json:"killed"`
	Wounded      *GoldFigure `json:"wounded"`
	Sources      []string    `json:"sources,omitempty"`
}

// GoldFigure is an annotated count: Best is the most credible source's
// figure; Low and High, when given, span every source's figure.
type GoldFigure struct {
	Best int  `json:"best"`
	Low  *int `json:"low,omitempty"`
	High *int `json:"high,omitempty"`
}

// UnmarshalJSON requires "best": a figure without one is an annotation
// error, not a zero.
func (f *GoldFigure) UnmarshalJSON(data []byte) error {
	var raw struct {
		Best *int `json:"best"`
		Low  *int `json:"low"`
		High *int `json:"high"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return err
	}
	if raw.Best == nil {
		return errors.New(`figure without "best"`)
	}
	*f = GoldFigure{Best: *raw.Best, Low: raw.Low, High: raw.High}
	return nil
}

// Names is the gold "location": one name, or a list of acceptable names,
// most precise first. It decodes from a JSON string, a list of strings or
// null, and always encodes as a list.
type Names []string

// UnmarshalJSON accepts a string, a list of strings or null.
func (n *Names) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	switch {
	case bytes.Equal(data, []byte("null")):
		*n = nil
		return nil
	case len(data) > 0 && data[0] == '"':
		var s string
		if err := json.Unmarshal(data, &s); err != nil {
			return err
		}
		*n = Names{s}
		return nil
	}
	var list []string
	if err := json.Unmarshal(data, &list); err != nil {
		return errors.New("location: want a string or a list of strings")
	}
	*n = list
	return nil
}

// GoldError is a problem in a gold file: unreadable, not JSON, or an
// annotation that breaks FORMAT.md. Line is 1-based (0 when unknown) and
// Event the 1-based index of the offending event (0 when the problem is not
// in one event).
type GoldError struct {
	Path  string
	Line  int
	Event int
	Err   error
}

// Error reads "path:line: event N: problem", leaving out what is unknown.
func (e *GoldError) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Event > 0 {
		fmt.Fprintf(&b, "event %d: ", e.Event)
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the underlying problem, such as a *json.SyntaxError.
func (e *GoldError) Unwrap() error { return e.Err }

// maxGoldLine bounds one JSON Lines record; an ACLED note is well under 2 KB.
const maxGoldLine = 16 << 20

// ReadGold reads gold annotations from path: a folder (every *.gold.json
// and *.gold.jsonl file under it, recursively, in lexical order), one JSON
// file holding one gold object (or several, one after another), or a JSON
// Lines file (*.jsonl, *.ndjson) with one gold object a line. Every problem
// found is reported, each as a *GoldError naming the file and, for JSON
// Lines and syntax errors, the line; no gold is returned if there is any.
func ReadGold(path string) ([]Gold, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	files := []string{path}
	if info.IsDir() {
		files = files[:0]
		err := filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && (strings.HasSuffix(d.Name(), ".gold.json") || strings.HasSuffix(d.Name(), ".gold.jsonl")) {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("%s: no *.gold.json or *.gold.jsonl files", path)
		}
	}
	var (
		all  []Gold
		errs []error
	)
	for _, f := range files {
		golds, err := readGoldFile(f)
		all = append(all, golds...)
		if err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return all, nil
}

func readGoldFile(path string) ([]Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if ext := filepath.Ext(path); ext == ".jsonl" || ext == ".ndjson" {
		return decodeGoldLines(f, path)
	}
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, err
	}
	return decodeGoldStream(data, path)
}

// decodeGoldLines reads JSON Lines, collecting every bad line's error so
// that one run lists all of a file's problems.
func decodeGoldLines(r io.Reader, path string) ([]Gold, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxGoldLine)
	var (
		golds []Gold
		errs  []error
	)
	for line := 1; sc.Scan(); line++ {
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 {
			continue
		}
		g, event, err := parseGold(text)
		if err != nil {
			errs = append(errs, &GoldError{Path: path, Line: line, Event: event, Err: err})
			continue
		}
		golds = append(golds, g)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, &GoldError{Path: path, Err: err})
	}
	if len(golds) == 0 && len(errs) == 0 {
		errs = append(errs, &GoldError{Path: path, Err: errors.New("no gold objects")})
	}
	return golds, errors.Join(errs...)
}

// decodeGoldStream reads one or more JSON objects one after another. A
// syntax error stops it, since the position of the next object is unknown.
func decodeGoldStream(data []byte, path string) ([]Gold, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	var (
		golds []Gold
		errs  []error
	)
	for {
		var raw json.RawMessage
		start := skipSpace(data, int(dec.InputOffset()))
		if err := dec.Decode(&raw); err == io.EOF {
			break
		} else if err != nil {
			line := lineAt(data, int(dec.InputOffset()))
			var se *json.SyntaxError
			if errors.As(err, &se) {
				// A Decoder's SyntaxError counts bytes from the start of
				// the stream, and the bad byte is the last one read.
				line = lineAt(data, int(se.Offset)-1)
			}
			errs = append(errs, &GoldError{Path: path, Line: line, Err: err})
			break
		}
		g, event, err := parseGold(raw)
		if err != nil {
			errs = append(errs, &GoldError{Path: path, Line: lineAt(data, start), Event: event, Err: err})
			continue
		}
		golds = append(golds, g)
	}
	if len(golds) == 0 && len(errs) == 0 {
		errs = append(errs, &GoldError{Path: path, Err: errors.New("no gold objects")})
	}
	return golds, errors.Join(errs...)
}

func skipSpace(data []byte, off int) int {
	for off < len(data) && (data[off] == ' ' || data[off] == '\t' || data[off] == '\n' || data[off] == '\r') {
		off++
	}
	return off
}

// lineAt returns the 1-based line holding byte offset off of data.
func lineAt(data []byte, off int) int {
	off = min(max(off, 0), len(data))
	return 1 + bytes.Count(data[:off], []byte("\n"))
}

// parseGold decodes and checks one gold object. On an error in one event it
// also returns that event's 1-based index.
func parseGold(data []byte) (Gold, int, error) {
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return Gold{}, 0, err
	}
	if err := g.check(); err != nil {
		var ee *eventError
		if errors.As(err, &ee) {
			return Gold{}, ee.index, ee.err
		}
		return Gold{}, 0, err
	}
	return g, 0, nil
}

type eventError struct {
	index int
	err   error
}

func (e *eventError) Error() string { return fmt.Sprintf("event %d: %v", e.index, e.err) }

// check enforces what FORMAT.md promises and the scorer relies on.
func (g *Gold) check() error {
	if strings.TrimSpace(g.Doc) == "" {
		return errors.New(`missing "doc"`)
	}
	if g.Published != "" {
		if err := checkDay(g.Published); err != nil {
			return fmt.Errorf("published: %w", err)
		}
	}
	for i := range g.Events {
		if err := g.Events[i].check(); err != nil {
			return &eventError{index: i + 1, err: err}
		}
	}
	return nil
}

func (e *GoldEvent) check() error {
	if e.Date != "" {
		if err := checkDay(e.Date); err != nil {
			return fmt.Errorf("date: %w", err)
		}
	}
	if e.DateEnd != "" {
		if err := checkDay(e.DateEnd); err != nil {
			return fmt.Errorf("date_end: %w", err)
		}
		if e.Date == "" {
			return errors.New("date_end without date")
		}
		if e.DateEnd < e.Date {
			return fmt.Errorf("date_end %s before date %s", e.DateEnd, e.Date)
		}
	}
	if (e.Lat == nil) != (e.Lon == nil) {
		return errors.New("lat and lon must come together")
	}
	if e.Lat != nil {
		if lat, lon := *e.Lat, *e.Lon; math.IsNaN(lat) || math.IsNaN(lon) || math.Abs(lat) > 90 || math.Abs(lon) > 180 {
			return fmt.Errorf("coordinates out of range: %g, %g", lat, lon)
		}
	}
	if err := e.Killed.check(); err != nil {
		return fmt.Errorf("killed: %w", err)
	}
	if err := e.Wounded.check(); err != nil {
		return fmt.Errorf("wounded: %w", err)
	}
	return nil
}

func (f *GoldFigure) check() error {
	if f == nil {
		return nil
	}
	if f.Best < 0 {
		return fmt.Errorf("negative best %d", f.Best)
	}
	if f.Low != nil && *f.Low > f.Best {
		return fmt.Errorf("low %d above best %d", *f.Low, f.Best)
	}
	if f.High != nil && *f.High < f.Best {
		return fmt.Errorf("high %d below best %d", *f.High, f.Best)
	}
	return nil
}

func checkDay(s string) error {
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return fmt.Errorf("%q is not a YYYY-MM-DD day", s)
	}
	return nil
}
