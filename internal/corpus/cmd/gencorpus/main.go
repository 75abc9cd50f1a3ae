// Command gencorpus writes a synthetic corpus of wire reports for
// benchmarks and scale checks: JSON Lines ({"id","published","text"}) to a
// file or standard output, or a folder of .txt files.
//
// Usage:
//
//	gencorpus [-seed N] [-size 8MB] [-o FILE | -dir DIR]
//
// The same seed and size always give the same bytes. The corpus is written
// as it is generated, so -size 1GB needs no more memory than -size 1MB.
//
// It lives under internal/ because it is a measuring instrument of this
// repository, not part of what sitrep ships.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/gazetteer/actors"
	"github.com/sitrep/sitrep/internal/corpus"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	seed := fs.Uint64("seed", 1, "random seed; one seed, one corpus")
	sizeFlag := fs.String("size", "8MB", "report text to write, e.g. 8MB, 40MB, 1GB")
	out := fs.String("o", "-", "JSON Lines file to write, - for standard output")
	dir := fs.String("dir", "", "write a folder of .txt files here instead of JSON Lines")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	size, err := corpus.ParseSize(*sizeFlag)
	if err != nil {
		return err
	}
	places, err := gazetteer.Load()
	if err != nil {
		return fmt.Errorf("loading places: %w", err)
	}
	set, err := actors.Load()
	if err != nil {
		return fmt.Errorf("loading actors: %w", err)
	}
	// Files carry no publication date of their own, so their datelines
	// give the year.
	gen := corpus.New(places, set, corpus.Options{Seed: *seed, DatelineYear: *dir != ""})

	var st corpus.Stats
	switch {
	case *dir != "":
		st, err = corpus.WriteDir(*dir, gen, size)
	case *out == "-":
		st, err = corpus.WriteJSONL(stdout, gen, size)
	default:
		var f *os.File
		if f, err = os.Create(*out); err != nil {
			return err
		}
		st, err = corpus.WriteJSONL(f, gen, size)
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("writing %s: %w", *out, cerr)
		}
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "gencorpus: %d reports, %d bytes of text\n", st.Reports, st.Bytes)
	return nil
}
