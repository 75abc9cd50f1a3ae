// Command naive is the baseline sitrep is measured against: the pipeline a
// user would otherwise write with a general-purpose NLP library. For each
// report of a JSON Lines corpus it runs prose/v2's full NewDocument
// (tokenizing, sentence segmentation, part-of-speech tagging and
// named-entity recognition, its model loaded once), looks up each place entity in sitrep's
// gazetteer, and takes each number tagged CD within three words of
// "killed" or "dead" as a death toll. It writes one JSON line per
// report and, on stderr, its throughput.
//
// Usage:
//
//	naive [-bytes N] CORPUS.jsonl > records.jsonl
//
// -bytes stops after N bytes of report text: the NLP library runs at a
// fraction of a megabyte a second, so `make bench` feeds it a slice.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/sitrep/sitrep/gazetteer"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "naive:", err)
		os.Exit(1)
	}
}

// record is what the naive pipeline makes of one report.
type record struct {
	ID     string   `json:"id"`
	Places []string `json:"places"`
	Killed []string `json:"killed"`
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("naive", flag.ContinueOnError)
	fs.SetOutput(stderr)
	limit := fs.Int64("bytes", 0, "stop after this many bytes of report text (0: read everything)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	places, err := gazetteer.Load()
	if err != nil {
		return fmt.Errorf("loading places: %w", err)
	}
	in := stdin
	if fs.NArg() > 0 && fs.Arg(0) != "-" {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	out := bufio.NewWriter(stdout)
	enc := json.NewEncoder(out)
	start := time.Now()
	var bytes int64
	reports := 0
	var opts []prose.DocOpt
	for line := 1; sc.Scan() && (*limit == 0 || bytes < *limit); line++ {
		var in struct{ ID, Text string }
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		if err := json.Unmarshal(sc.Bytes(), &in); err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
		doc, err := prose.NewDocument(in.Text, opts...)
		if err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
		if opts == nil {
			// Loading the tagger and recogniser's model takes longer than
			// reading a report: a user would load it once, as here.
			opts = []prose.DocOpt{prose.UsingModel(doc.Model)}
		}
		rec := record{ID: in.ID, Places: []string{}, Killed: []string{}}
		for _, e := range doc.Entities() {
			if e.Label == "GPE" && len(places.Lookup(e.Text)) > 0 {
				rec.Places = append(rec.Places, e.Text)
			}
		}
		toks := doc.Tokens()
		for i, t := range toks {
			if t.Tag != "CD" {
				continue
			}
			near := toks[max(0, i-3):min(len(toks), i+4)]
			for _, u := range near {
				if u.Text == "killed" || u.Text == "dead" {
					rec.Killed = append(rec.Killed, t.Text)
					break
				}
			}
		}
		if err := enc.Encode(&rec); err != nil {
			return err
		}
		bytes += int64(len(in.Text))
		reports++
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading: %w", err)
	}
	if err := out.Flush(); err != nil {
		return err
	}
	el := time.Since(start)
	fmt.Fprintf(stderr, "naive: %d reports, %d bytes, %.3fs, %.3f MB/s\n", reports, bytes, el.Seconds(), float64(bytes)/1e6/el.Seconds())
	return nil
}
