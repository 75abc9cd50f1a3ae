// Package extract turns plain-text news reports on the Syrian conflict into
// structured event records: who attacked whom, what kind of event it was,
// where, when, and how many were killed and wounded by whose count.
//
// The pipeline is a chain of small stages over one Doc: Normalize makes the
// text every offset points into, sentences and gazetteer mentions are found,
// casualty phrases and dates are parsed, and Assemble groups them into Events.
package extract

import "time"

// Span is a half-open range [Start, End) of byte offsets into Doc.Text.
type Span struct{ Start, End int }

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

func (s Span) span() Span { return s }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Doc is one report.
type Doc struct {
	ID        string         // stable identifier: the file's base name or the JSONL "id"
	Path      string         // where it was read from, as the user named it ("" for stdin)
	Line      int            // for JSONL input, the 1-based line of the report
	Title     string         // from JSONL input, or empty
	Published time.Time      // zero when unknown; relative dates are resolved against it
	Meta      map[string]any // other JSONL fields, kept as they came
	Text      string         // the report text; every Span indexes it
}
