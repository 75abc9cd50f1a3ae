package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/sync/errgroup"

	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/gazetteer"
)

// eventExtractor is what extractRun needs of the pipeline.
type eventExtractor interface {
	Extract(ctx context.Context, d *extract.Doc) ([]extract.Event, error)
}

type extractOptions struct {
	IO            *IOStreams
	Paths         []string // files, folders, "-"; none means stdin
	InputFormat   extract.InputFormat
	Format        extract.Format
	Published     dateValue
	Include       string // "" means by input format: *.txt or *.jsonl
	Workers       int
	Output        string // "" or "-" means stdout
	MaxReportSize sizeValue
	Quiet         bool
	Gazetteer     string // a user's YAML places file merged over the embedded data

	// NewExtractor builds the pipeline; tests hand in their own.
	NewExtractor func(extract.Options) (eventExtractor, error)
}

func newCmdExtract(io *IOStreams, runF func(context.Context, *extractOptions) error) *cobra.Command {
	opts := &extractOptions{
		IO:            io,
		Workers:       runtime.GOMAXPROCS(0),
		MaxReportSize: extract.DefaultMaxReportSize,
		NewExtractor: func(o extract.Options) (eventExtractor, error) {
			return extract.New(o)
		},
	}
	cmd := &cobra.Command{
		Use:   "extract [FILE|DIR|-]...",
		Short: "Extract event records from reports",
		Long: `Extract reads reports and writes one record per event they tell of.

With no path, or "-", one report is read from standard input. A file is one
report; a folder is walked recursively for files matching --include. With
--input-format jsonl every line of every input is one report:
{"id": "...", "published": "YYYY-MM-DD", "title": "...", "text": "..."}
(other fields are kept under doc.meta), which makes sitrep a stateless
mapper for GNU parallel --pipe, Hadoop Streaming or Spark's rdd.pipe.

Records are written in input order whatever --workers is. Each input that
cannot be read is one line on stderr ("sitrep: PATH: problem"), the rest of
the batch goes on, and the exit status is 1. A summary line ends the batch
unless --quiet.`,
		Example: `  # One report on stdin, records as YAML
  $ echo 'DAMASCUS, May 2 (Wire) - Shelling killed three civilians in Douma on Tuesday, a monitor said.' | sitrep extract --published 2019-05-02 -f yaml

  # A folder of .txt reports, one record a line, written atomically
  $ sitrep extract reports/ -f jsonl --output events.jsonl

  # A JSON Lines dump as a pipeline stage
  $ sitrep extract --input-format jsonl -f jsonl < articles.jsonl | jq -c 'select(.casualties.killed.best >= 10)'

  # A map layer and a spreadsheet
  $ sitrep extract reports/ -f geojson > events.geojson
  $ sitrep extract reports/ -f csv > events.csv`,
		RunE: func(c *cobra.Command, args []string) error {
			opts.Paths = args
			if opts.Workers < 1 {
				return flagErrorf("--workers must be at least 1, got %d", opts.Workers)
			}
			if opts.MaxReportSize < 1 {
				return flagErrorf("--max-report-size must be positive")
			}
			if opts.Include == "" {
				opts.Include = "*.txt"
				if opts.InputFormat == extract.InputJSONL {
					opts.Include = "*.jsonl"
				}
			}
			if _, err := filepath.Match(opts.Include, ""); err != nil {
				return flagErrorf("--include %q: %v", opts.Include, err)
			}
			if runF != nil {
				return runF(c.Context(), opts)
			}
			return extractRun(c.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.VarP(&opts.Format, "format", "f", "output format: json, jsonl, yaml, csv, geojson")
	f.Var(&opts.InputFormat, "input-format", "input format: text (a file is one report) or jsonl (a line is one report)")
	f.Var(&opts.Published, "published", "publication date `YYYY-MM-DD` for reports that give none")
	f.StringVar(&opts.Include, "include", "", "`GLOB` of file names read in folders (default \"*.txt\", or \"*.jsonl\" with --input-format jsonl)")
	f.IntVarP(&opts.Workers, "workers", "j", opts.Workers, "reports extracted in parallel")
	f.StringVarP(&opts.Output, "output", "o", "", "write records to `FILE` (via a temporary file renamed at the end) instead of stdout")
	f.Var(&opts.MaxReportSize, "max-report-size", "longest report or JSON line accepted (e.g. 512KiB, 8MiB)")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress bar and no summary line")
	f.StringVar(&opts.Gazetteer, "gazetteer", "", "merge the places and aliases of `FILE.yaml` over the embedded gazetteer")
	return cmd
}

// dateValue is a --published date, checked while the flags are parsed.
type dateValue struct{ t time.Time }

func (d *dateValue) String() string {
	if d.t.IsZero() {
		return ""
	}
	return d.t.Format(time.DateOnly)
}

func (d *dateValue) Set(s string) error {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return fmt.Errorf("want a date YYYY-MM-DD, got %q", s)
	}
	d.t = t
	return nil
}

func (d *dateValue) Type() string { return "date" }

// sizeValue is a byte count with an optional binary suffix (KiB, MiB, GiB).
type sizeValue int64

var sizeSuffixes = []struct {
	suffix string
	shift  uint
}{{"GiB", 30}, {"MiB", 20}, {"KiB", 10}, {"G", 30}, {"M", 20}, {"K", 10}, {"B", 0}}

func (v *sizeValue) String() string {
	n := int64(*v)
	for _, s := range sizeSuffixes[:3] {
		if n >= 1<<s.shift && n%(1<<s.shift) == 0 {
			return strconv.FormatInt(n>>s.shift, 10) + s.suffix
		}
	}
	return strconv.FormatInt(n, 10)
}

func (v *sizeValue) Set(s string) error {
	num, shift := strings.TrimSpace(s), uint(0)
	for _, sf := range sizeSuffixes {
		if rest, ok := strings.CutSuffix(num, sf.suffix); ok {
			num, shift = strings.TrimSpace(rest), sf.shift
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n < 1 || n > (1<<40)>>shift {
		return fmt.Errorf("want a size such as 8MiB, got %q", s)
	}
	*v = sizeValue(n << shift)
	return nil
}

func (v *sizeValue) Type() string { return "size" }

// job is one entry of the batch in input order: a report to extract, or an
// input problem to report in its place.
type job struct {
	doc     *extract.Doc
	problem error // an input error; a warning when doc != nil
	bytes   int64 // input bytes read for this entry, for progress
	done    chan struct{}
	events  []extract.Event
	err     error // extraction failed
}

// batch is the state of one extract run; its counters are only touched by
// the goroutine that writes the output.
type batch struct {
	opts     *extractOptions
	x        eventExtractor
	enc      extract.Encoder
	out      *bufio.Writer
	bar      *progressbar.ProgressBar
	errOut   io.Writer // stderr, locked while a progress bar shares it
	reports  int
	events   int
	errors   int
	warnings int
	bytes    int64
}

func extractRun(ctx context.Context, opts *extractOptions) error {
	xo := extract.Options{Published: opts.Published.t}
	var err error
	if opts.Gazetteer != "" {
		g := &gazetteerOptions{Overlay: opts.Gazetteer, Load: gazetteer.Load}
		if xo.Places, err = g.load(); err != nil {
			// Nothing was extracted: a bad places file is a usage error.
			return flagErrorf("--gazetteer: %v", errors.Unwrap(err))
		}
	}
	x, err := opts.NewExtractor(xo)
	if err != nil {
		return &runError{fmt.Errorf("starting the pipeline: %w", err)}
	}
	out, finish, err := openOutput(opts)
	if err != nil {
		return err
	}
	b := &batch{opts: opts, x: x, out: bufio.NewWriterSize(out, 64<<10)}
	b.enc = extract.NewEncoder(b.out, opts.Format)
	b.errOut = opts.IO.ErrOut
	if opts.IO.IsStderrTTY() && !opts.Quiet {
		// The bar redraws from a goroutine of its own, so it and our
		// diagnostics share stderr through one lock.
		b.errOut = &lockedWriter{w: opts.IO.ErrOut}
		b.bar = newProgressBar(b.errOut)
	}
	if len(opts.Paths) == 0 && opts.IO.IsStdinTTY() && !opts.Quiet {
		fmt.Fprintln(opts.IO.ErrOut, "sitrep: reading a report from standard input (Ctrl-D ends it)")
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan *job)
	// queue holds the entries in input order; its capacity bounds how far
	// reading may run ahead of writing, and so the memory held.
	queue := make(chan *job, 4*opts.Workers)
	// The producer is not waited for: once the run stops early it may be
	// blocked reading a pipe that never ends. It checks ctx after every
	// read, and its sends give way to ctx, so it ends with the next read.
	go func() {
		defer close(queue)
		defer close(jobs)
		b.produce(ctx, jobs, queue)
	}()
	var g errgroup.Group
	for range opts.Workers {
		g.Go(func() error {
			for {
				select {
				case j, ok := <-jobs:
					if !ok {
						return nil
					}
					j.events, j.err = b.extractOne(ctx, j.doc)
					close(j.done)
				case <-ctx.Done():
					return nil
				}
			}
		})
	}
	werr := b.write(ctx, queue)
	if werr != nil {
		cancel()
	}
	g.Wait()

	if werr == nil {
		werr = ctx.Err()
	}
	// Close the encoder even after a failure, so that what was written
	// still parses (a JSON array gets its bracket).
	cerr := b.enc.Close()
	if ferr := b.out.Flush(); cerr == nil {
		cerr = ferr
	}
	if b.bar != nil {
		b.bar.Finish()
		b.bar.Clear()
		// The bar's goroutine may still draw once before it sees it is
		// finished: from here on its writes go nowhere.
		b.errOut.(*lockedWriter).stop()
		b.errOut = b.opts.IO.ErrOut
	}
	if werr == nil && cerr != nil {
		werr = cerr
	}
	if isBrokenPipe(werr) {
		finish(false)
		return errBrokenPipe
	}
	if werr != nil {
		finish(false)
		if ctx.Err() != nil && errors.Is(werr, ctx.Err()) {
			return werr
		}
		return &runError{fmt.Errorf("writing output: %w", werr)}
	}
	if err := finish(true); err != nil {
		return &runError{err}
	}
	if !opts.Quiet {
		fmt.Fprintln(b.errOut, b.summary())
	}
	if b.errors > 0 || b.warnings > 0 {
		return errInputsFailed
	}
	return nil
}

// produce walks the inputs and reads their reports, in order, queueing each
// for the writer and handing each good one to a worker.
func (b *batch) produce(ctx context.Context, jobs, queue chan<- *job) error {
	send := func(j *job) error {
		select {
		case queue <- j:
		case <-ctx.Done():
			return ctx.Err()
		}
		if j.doc == nil {
			close(j.done)
			return nil
		}
		select {
		case jobs <- j:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return extract.Walk(b.opts.Paths, b.opts.Include, func(path string, err error) error {
		if err != nil {
			return send(&job{problem: err, done: make(chan struct{})})
		}
		var in io.Reader = b.opts.IO.In
		if path != "-" {
			f, err := os.Open(path)
			if err != nil {
				var pe *os.PathError
				if errors.As(err, &pe) {
					err = pe.Err
				}
				return send(&job{problem: &extract.InputError{Name: path, Err: err}, done: make(chan struct{})})
			}
			defer f.Close()
			in = f
		}
		cr := &countingReader{r: in}
		r := extract.NewReader(cr, path, b.opts.InputFormat)
		r.MaxReportSize = int64(b.opts.MaxReportSize)
		var seen int64
		for {
			if err := ctx.Err(); err != nil {
				return err
			}
			d, err := r.Next()
			if err == io.EOF {
				return nil
			}
			j := &job{doc: d, problem: err, bytes: cr.n - seen, done: make(chan struct{})}
			seen = cr.n
			if err := send(j); err != nil {
				return err
			}
		}
	})
}

// extractOne runs the pipeline on one report. A panic is a bug, but it is
// turned into this report's error here, at the worker boundary, so that the
// batch goes on and the message names the report.
func (b *batch) extractOne(ctx context.Context, d *extract.Doc) (events []extract.Event, err error) {
	defer func() {
		if r := recover(); r != nil {
			events, err = nil, fmt.Errorf("internal error: extraction panicked: %v", r)
		}
	}()
	return b.x.Extract(ctx, d)
}

// write takes the entries in input order and writes their records,
// flushing whenever it would otherwise wait, so that records stream out.
func (b *batch) write(ctx context.Context, queue <-chan *job) error {
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		var j *job
		select {
		case j = <-queue:
		default:
			if err := b.out.Flush(); err != nil {
				return err
			}
			select {
			case j = <-queue:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		if j == nil {
			return nil
		}
		select {
		case <-j.done:
		default:
			if err := b.out.Flush(); err != nil {
				return err
			}
			select {
			case <-j.done:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		if err := b.finish(ctx, j); err != nil {
			return err
		}
	}
}

// finish reports one entry's problems and writes its records.
func (b *batch) finish(ctx context.Context, j *job) error {
	b.bytes += j.bytes
	if j.problem != nil {
		if j.doc != nil {
			b.warnings++
			b.diagnose("warning: ", j.problem)
		} else {
			b.errors++
			b.diagnose("", j.problem)
		}
	}
	if j.doc == nil {
		return nil
	}
	b.reports++
	if j.err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		b.errors++
		name := j.doc.Path
		if name == "" || name == "-" {
			name = "<stdin>"
		}
		b.diagnose("", &extract.InputError{Name: name, Line: j.doc.Line, Err: j.err})
	}
	for i := range j.events {
		if err := b.enc.Encode(&j.events[i]); err != nil {
			return err
		}
		b.events++
	}
	if b.bar != nil {
		b.bar.Describe(fmt.Sprintf("%s read, %d events", formatBytes(b.bytes), b.events))
		b.bar.Add(1)
	}
	return nil
}

// diagnose prints one problem as one line. An InputError already starts
// with its path; a warning is marked after it.
func (b *batch) diagnose(prefix string, err error) {
	if b.bar != nil {
		b.bar.Finish()
		b.bar.Clear()
		// The bar's goroutine may still draw once before it sees it is
		// finished: from here on its writes go nowhere.
		b.errOut.(*lockedWriter).stop()
		b.errOut = b.opts.IO.ErrOut
	}
	msg := err.Error()
	var ie *extract.InputError
	if prefix != "" && errors.As(err, &ie) {
		loc := strings.TrimSuffix(ie.Error(), ": "+ie.Err.Error())
		msg = loc + ": " + prefix + ie.Err.Error()
	}
	fmt.Fprintf(b.errOut, "sitrep: %s\n", msg)
}

func (b *batch) summary() string {
	s := fmt.Sprintf("sitrep: %s, %s, %s", plural(b.reports, "report"), plural(b.events, "event"), plural(b.errors, "error"))
	if b.warnings > 0 {
		s += ", " + plural(b.warnings, "warning")
	}
	if g, ok := b.enc.(*extract.GeoJSONEncoder); ok && g.Skipped() > 0 {
		s += fmt.Sprintf(", %s without coordinates left out", plural(g.Skipped(), "event"))
	}
	return s
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

func formatBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

func newProgressBar(w io.Writer) *progressbar.ProgressBar {
	return progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("starting"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("reports"),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
}

// openOutput returns where records go and a function that ends the output:
// with --output, records go to a temporary file beside FILE, renamed to FILE
// by finish(true) and removed by finish(false), so no run, interrupted or
// not, leaves a torn FILE.
func openOutput(opts *extractOptions) (io.Writer, func(ok bool) error, error) {
	if opts.Output == "" || opts.Output == "-" {
		return opts.IO.Out, func(bool) error { return nil }, nil
	}
	dir, base := filepath.Split(opts.Output)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return nil, nil, flagErrorf("--output %s: %v", opts.Output, errors.Unwrap(err))
	}
	finish := func(ok bool) error {
		var err error
		if ok {
			err = f.Chmod(0o644)
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if ok && err == nil {
			err = os.Rename(f.Name(), opts.Output)
		}
		if !ok || err != nil {
			os.Remove(f.Name())
		}
		return err
	}
	return f, finish, nil
}

func isBrokenPipe(err error) bool {
	return errors.Is(err, syscall.EPIPE)
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// lockedWriter serialises writes from several goroutines, until stop.
type lockedWriter struct {
	mu      sync.Mutex
	w       io.Writer
	stopped bool
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.stopped {
		return len(p), nil
	}
	return l.w.Write(p)
}

// stop makes later writes no-ops, so that a late redraw cannot touch the
// stream once the run has returned.
func (l *lockedWriter) stop() {
	l.mu.Lock()
	l.stopped = true
	l.mu.Unlock()
}
