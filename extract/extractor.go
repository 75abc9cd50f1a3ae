package extract

import (
	"context"
	"time"
)

// Options configure an Extractor.
type Options struct {
	// Published is the publication date used for reports that carry none
	// of their own (no JSONL "published", no dateline). Zero means unknown:
	// relative dates then stay unresolved.
	Published time.Time
}

// Extractor runs the pipeline. It is safe for concurrent use: all its state
// is read-only after New.
type Extractor struct {
	opts Options
}

// New returns an Extractor configured by opts.
func New(opts Options) (*Extractor, error) {
	return &Extractor{opts: opts}, nil
}

// Extract returns the events the report tells of, in the order the report
// first mentions them.
func (x *Extractor) Extract(ctx context.Context, d *Doc) ([]Event, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return nil, nil
}
