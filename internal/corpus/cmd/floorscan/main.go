// Command floorscan measures the floor of sitrep's cost: one pass of the
// combined place, actor and source automaton over each report of a JSON
// Lines corpus, and nothing else. It prints the bytes of text scanned, the
// mentions found and the scan's own throughput; timed from outside, the
// whole process compares with `sitrep extract` on the same file.
//
// Usage:
//
//	floorscan CORPUS.jsonl
//	floorscan -names > names.txt   # the community names, for grep -F -f
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

	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/gazetteer/actors"
	"github.com/sitrep/sitrep/internal/corpus"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "floorscan:", err)
		os.Exit(1)
	}
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("floorscan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	names := fs.Bool("names", false, "print the gazetteer's community names, one a line, and exit")
	if err := fs.Parse(args); err != nil {
		return err
	}
	places, err := gazetteer.Load()
	if err != nil {
		return fmt.Errorf("loading places: %w", err)
	}
	if *names {
		w := bufio.NewWriter(stdout)
		for _, n := range corpus.CommunityNames(places) {
			w.WriteString(n)
			w.WriteByte('\n')
		}
		return w.Flush()
	}
	set, err := actors.Load()
	if err != nil {
		return fmt.Errorf("loading actors: %w", err)
	}
	m, err := gazetteer.NewMatcher(extract.Patterns(places, set))
	if err != nil {
		return fmt.Errorf("building the matcher: %w", err)
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
	var (
		rec      struct{ Text string }
		dst      []gazetteer.Mention
		bytes    int64
		mentions int
		scan     time.Duration
	)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
		start := time.Now()
		dst = m.Match(rec.Text, dst[:0])
		scan += time.Since(start)
		bytes += int64(len(rec.Text))
		mentions += len(dst)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading: %w", err)
	}
	fmt.Fprintf(stdout, "floorscan: %d bytes, %d mentions, scan %.3fs, %.1f MB/s\n", bytes, mentions, scan.Seconds(), float64(bytes)/1e6/scan.Seconds())
	return nil
}
