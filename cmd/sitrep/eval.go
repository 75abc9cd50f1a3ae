package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/score"
)

type evalOptions struct {
	IO          *IOStreams
	Gold        string
	Paths       []string
	Records     string
	InputFormat extract.InputFormat
	Include     string
	Actors      score.ActorField
	JSON        bool
	Misses      bool
}

func newCmdEval(io *IOStreams) *cobra.Command {
	opts := &evalOptions{IO: io}
	var format string
	cmd := &cobra.Command{
		Use:   "eval --gold GOLD [FILE|DIR|-]...",
		Short: "Score extraction against gold annotations",
		Long: `Eval extracts the reports (each with the publication date its gold gives)
or reads records already extracted (--records), matches predicted events to
gold events report by report, and prints precision, recall and F1 of events,
killed and wounded figures, and the accuracy of each field.

GOLD is a NAME.gold.json file, a folder of them, or a JSON Lines file of gold
objects (the format is described in README.md). A gold document is matched
to a report by its "doc": the report's file name, or its JSON Lines "id".`,
		Example: `  # Score the bundled reports
  $ sitrep eval --gold testdata/reports testdata/reports

  # Score records made earlier, listing every miss
  $ sitrep extract testdata/reports -f jsonl > events.jsonl
  $ sitrep eval --gold testdata/reports --records events.jsonl --misses

  # ACLED-style notes, comparing ACLED actor labels, as JSON
  $ sitrep eval --gold dev.gold.jsonl --input-format jsonl --actors acled --format json dev.articles.jsonl`,
		RunE: func(c *cobra.Command, args []string) error {
			opts.Paths = args
			if opts.Gold == "" {
				return flagErrorf("--gold is required")
			}
			if opts.Records != "" && len(args) > 0 {
				return flagErrorf("give either --records or reports to extract, not both")
			}
			switch format {
			case "table":
			case "json":
				opts.JSON = true
			default:
				return flagErrorf("--format must be table or json, got %q", format)
			}
			if opts.Include == "" {
				opts.Include = "*.txt"
				if opts.InputFormat == extract.InputJSONL {
					opts.Include = "*.jsonl"
				}
			}
			return evalRun(c.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Gold, "gold", "", "gold annotations: a `PATH` to a .gold.json file, a folder of them, or a JSON Lines file")
	f.StringVar(&opts.Records, "records", "", "score the records of this JSON Lines `FILE` instead of extracting")
	f.Var(&opts.InputFormat, "input-format", "input format: text (a file is one report) or jsonl (a line is one report)")
	f.StringVar(&opts.Include, "include", "", "`GLOB` of file names read in folders (default \"*.txt\", or \"*.jsonl\" with --input-format jsonl)")
	f.Var(&opts.Actors, "actors", "compare actors by canonical name or by ACLED label")
	f.StringVarP(&format, "format", "f", "table", "output: table or json")
	f.BoolVar(&opts.Misses, "misses", false, "list every miss with its evidence, grouped by cause")
	return cmd
}

func evalRun(ctx context.Context, opts *evalOptions) error {
	gold, err := score.ReadGold(opts.Gold)
	if err != nil {
		return &runError{err}
	}
	var events []extract.Event
	failed := false
	if opts.Records != "" {
		events, err = readRecords(opts.Records)
		if err != nil {
			return &runError{err}
		}
	} else {
		events, failed, err = extractForGold(ctx, opts, gold)
		if err != nil {
			return err
		}
	}
	r, err := score.Evaluate(gold, events, score.Options{ActorField: opts.Actors})
	if err != nil {
		return &runError{err}
	}
	w := bufio.NewWriter(opts.IO.Out)
	if opts.JSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if !opts.Misses {
			r.Misses = nil
		}
		err = enc.Encode(r)
	} else {
		err = r.WriteTable(w)
		if err == nil && opts.Misses {
			fmt.Fprintln(w)
			err = r.WriteMisses(w)
		}
	}
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		if isBrokenPipe(err) {
			return errBrokenPipe
		}
		return &runError{fmt.Errorf("writing the report: %w", err)}
	}
	if failed {
		return errInputsFailed
	}
	return nil
}

// extractForGold extracts every report the paths name, each resolved
// against the publication date its gold document gives. Unreadable inputs
// are reported and skipped.
func extractForGold(ctx context.Context, opts *evalOptions, gold []score.Gold) ([]extract.Event, bool, error) {
	published := map[string]time.Time{}
	for _, g := range gold {
		if t, err := time.Parse(time.DateOnly, g.Published); err == nil {
			published[g.Doc] = t
			published[strings.TrimSuffix(g.Doc, ".txt")] = t
		}
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		return nil, false, &runError{fmt.Errorf("starting the pipeline: %w", err)}
	}
	var events []extract.Event
	failed := false
	report := func(err error) {
		failed = true
		fmt.Fprintf(opts.IO.ErrOut, "sitrep: %v\n", err)
	}
	err = extract.Walk(opts.Paths, opts.Include, func(path string, werr error) error {
		if werr != nil {
			report(werr)
			return nil
		}
		var in io.Reader = opts.IO.In
		if path != "-" {
			f, err := os.Open(path)
			if err != nil {
				report(err)
				return nil
			}
			defer f.Close()
			in = f
		}
		r := extract.NewReader(in, path, opts.InputFormat)
		for {
			d, err := r.Next()
			if errors.Is(err, io.EOF) {
				return nil
			}
			if err != nil {
				// A warning (repaired UTF-8) comes with a usable report;
				// anything else costs this report only.
				report(err)
				if d == nil {
					continue
				}
			}
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if t, ok := published[d.ID]; ok {
				d.Published = t
			} else if t, ok := published[strings.TrimSuffix(filepath.Base(d.ID), ".txt")]; ok {
				d.Published = t
			}
			evs, err := x.Extract(ctx, d)
			if err != nil {
				report(fmt.Errorf("%s: %w", d.ID, err))
				continue
			}
			events = append(events, evs...)
		}
	})
	if err != nil {
		return nil, failed, err
	}
	return events, failed, nil
}

// readRecords reads records written by sitrep extract --format jsonl.
func readRecords(path string) ([]extract.Event, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var events []extract.Event
	dec := json.NewDecoder(f)
	for n := 1; ; n++ {
		var ev extract.Event
		if err := dec.Decode(&ev); err == io.EOF {
			return events, nil
		} else if err != nil {
			return nil, fmt.Errorf("%s: record %d: %w", path, n, err)
		}
		events = append(events, ev)
	}
}
