package extract_test

import (
	"bytes"
	"context"
	"io"
	"sync/atomic"
	"testing"

	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/extract/casualty"
	"github.com/sitrep/sitrep/extract/dates"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/gazetteer/actors"
	"github.com/sitrep/sitrep/internal/corpus"
)

// The benchmarks run over a generated corpus of a few megabytes at a fixed
// seed, so that every run measures the same bytes. b.SetBytes is the
// report text each iteration reads, for every stage including the encoders,
// so that the MB/s of one stage compares with another's and with the floor
// of `make bench`.
const (
	benchSeed = 1
	benchSize = 4 << 20
)

// benchCorpus is the corpus and what the stages need of it.
type benchCorpus struct {
	places  *gazetteer.Gazetteer
	actors  *actors.Set
	docs    []*extract.Doc
	sents   [][]extract.Span // sentences of each doc
	bytes   int64
	matcher *gazetteer.Matcher
}

// loadGazetteers loads the embedded places and actors.
func loadGazetteers(tb testing.TB) (*gazetteer.Gazetteer, *actors.Set) {
	tb.Helper()
	places, err := gazetteer.Load()
	if err != nil {
		tb.Fatal(err)
	}
	set, err := actors.Load()
	if err != nil {
		tb.Fatal(err)
	}
	return places, set
}

func loadBenchCorpus(tb testing.TB) *benchCorpus {
	tb.Helper()
	places, set := loadGazetteers(tb)
	c := &benchCorpus{places: places, actors: set}
	gen := corpus.New(places, set, corpus.Options{Seed: benchSeed})
	for _, r := range corpus.Reports(gen, benchSize) {
		d := &extract.Doc{ID: r.ID, Published: r.Published, Text: r.Text}
		c.docs = append(c.docs, d)
		c.sents = append(c.sents, extract.Sentences(d.Text, nil))
		c.bytes += int64(len(d.Text))
	}
	var err error
	if c.matcher, err = gazetteer.NewMatcher(extract.Patterns(places, set)); err != nil {
		tb.Fatal(err)
	}
	return c
}

func (c *benchCorpus) extractor(tb testing.TB) *extract.Extractor {
	tb.Helper()
	x, err := extract.New(extract.Options{Places: c.places, Actors: c.actors})
	if err != nil {
		tb.Fatal(err)
	}
	return x
}

func BenchmarkSentences(b *testing.B) {
	c := loadBenchCorpus(b)
	b.SetBytes(c.bytes)
	b.ReportAllocs()
	var dst []extract.Span
	for b.Loop() {
		for _, d := range c.docs {
			dst = extract.Sentences(d.Text, dst[:0])
		}
	}
}

// BenchmarkMatch is the one pass of the combined automaton over each
// report: the floor of the pipeline's cost.
func BenchmarkMatch(b *testing.B) {
	c := loadBenchCorpus(b)
	b.SetBytes(c.bytes)
	b.ReportAllocs()
	var dst []gazetteer.Mention
	for b.Loop() {
		for _, d := range c.docs {
			dst = c.matcher.Match(d.Text, dst[:0])
		}
	}
}

// BenchmarkResolve chooses the place of each place mention, as the
// pipeline does after matching.
func BenchmarkResolve(b *testing.B) {
	c := loadBenchCorpus(b)
	mentions := make([][]gazetteer.Mention, len(c.docs))
	for i, d := range c.docs {
		for _, m := range c.matcher.Match(d.Text, nil) {
			if m.Kind == gazetteer.KindPlace {
				mentions[i] = append(mentions[i], m)
			}
		}
	}
	b.SetBytes(c.bytes)
	b.ReportAllocs()
	for b.Loop() {
		for i, d := range c.docs {
			c.places.Resolve(d.Text, mentions[i])
		}
	}
}

func BenchmarkCasualty(b *testing.B) {
	c := loadBenchCorpus(b)
	b.SetBytes(c.bytes)
	b.ReportAllocs()
	var dst []casualty.Phrase
	for b.Loop() {
		for i, d := range c.docs {
			for _, s := range c.sents[i] {
				dst = casualty.Parse(d.Text, s.Start, s.End, dst[:0])
			}
		}
	}
}

// BenchmarkDates runs both date passes the pipeline makes over a sentence:
// date expressions and multi-day extents.
func BenchmarkDates(b *testing.B) {
	c := loadBenchCorpus(b)
	b.SetBytes(c.bytes)
	b.ReportAllocs()
	var ms []dates.Mention
	var exts []dates.Extent
	for b.Loop() {
		for i, d := range c.docs {
			for _, s := range c.sents[i] {
				ms = dates.Parse(d.Text, s.Start, s.End, d.Published, ms[:0])
				exts = dates.Extents(d.Text, s.Start, s.End, exts[:0])
			}
		}
	}
}

// BenchmarkExtract is the whole pipeline on one goroutine.
func BenchmarkExtract(b *testing.B) {
	c := loadBenchCorpus(b)
	x := c.extractor(b)
	ctx := context.Background()
	b.SetBytes(c.bytes)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range c.docs {
			if _, err := x.Extract(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExtractParallel shares one Extractor among GOMAXPROCS
// goroutines, each taking the next report; an iteration is one report, and
// the bytes per iteration the corpus's mean report size.
func BenchmarkExtractParallel(b *testing.B) {
	c := loadBenchCorpus(b)
	x := c.extractor(b)
	ctx := context.Background()
	var next atomic.Int64
	b.SetBytes(c.bytes / int64(len(c.docs)))
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			d := c.docs[int(next.Add(1)-1)%len(c.docs)]
			if _, err := x.Extract(ctx, d); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

func BenchmarkEncodeJSON(b *testing.B)    { benchmarkEncode(b, extract.FormatJSON) }
func BenchmarkEncodeJSONL(b *testing.B)   { benchmarkEncode(b, extract.FormatJSONL) }
func BenchmarkEncodeYAML(b *testing.B)    { benchmarkEncode(b, extract.FormatYAML) }
func BenchmarkEncodeCSV(b *testing.B)     { benchmarkEncode(b, extract.FormatCSV) }
func BenchmarkEncodeGeoJSON(b *testing.B) { benchmarkEncode(b, extract.FormatGeoJSON) }

// benchmarkEncode writes the events of the whole corpus in format f. The
// bytes are those of the reports the events came from, so that the figure
// says what encoding costs per megabyte read.
func benchmarkEncode(b *testing.B, f extract.Format) {
	c := loadBenchCorpus(b)
	x := c.extractor(b)
	var events []extract.Event
	for _, d := range c.docs {
		evs, err := x.Extract(context.Background(), d)
		if err != nil {
			b.Fatal(err)
		}
		events = append(events, evs...)
	}
	if len(events) == 0 {
		b.Fatal("the corpus gave no events to encode")
	}
	b.SetBytes(c.bytes)
	b.ReportAllocs()
	for b.Loop() {
		enc := extract.NewEncoder(io.Discard, f)
		for i := range events {
			if err := enc.Encode(&events[i]); err != nil {
				b.Fatal(err)
			}
		}
		if err := enc.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBenchMatcherIsThePipelines holds the floor's matcher, built from
// extract.Patterns, to what the pipeline marks: every place, actor and
// source the pipeline marks in a generated report, the floor's matcher
// finds at the same span, so the floor measures the pipeline's own scan.
func TestBenchMatcherIsThePipelines(t *testing.T) {
	places, set := loadGazetteers(t)
	m, err := gazetteer.NewMatcher(extract.Patterns(places, set))
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(extract.Options{Places: places, Actors: set})
	if err != nil {
		t.Fatal(err)
	}
	gen := corpus.New(places, set, corpus.Options{Seed: benchSeed})
	checked := 0
	for range 40 {
		r := gen.Next()
		exp, err := x.Explain(context.Background(), &extract.Doc{ID: r.ID, Published: r.Published, Text: r.Text})
		if err != nil {
			t.Fatal(err)
		}
		found := map[extract.Span]bool{}
		for _, mn := range m.Match(r.Text, nil) {
			found[extract.Span{Start: mn.Start, End: mn.End}] = true
		}
		for _, mk := range exp.Marks {
			if mk.Kind != extract.MarkPlace && mk.Kind != extract.MarkActor && mk.Kind != extract.MarkSource {
				continue
			}
			checked++
			if !found[mk.Span] {
				t.Errorf("%s: the pipeline marks %s %q at %v; the floor's matcher has no mention there", r.ID, mk.Kind, r.Text[mk.Start:mk.End], mk.Span)
			}
		}
	}
	if checked < 100 {
		t.Fatalf("only %d place, actor and source marks in 40 reports: the corpus or the pipeline has changed", checked)
	}
}

// TestBenchCorpusExtracts checks that the benchmark corpus exercises the
// whole pipeline: events with places, casualties and sources, in every
// output format.
func TestBenchCorpusExtracts(t *testing.T) {
	places, set := loadGazetteers(t)
	x, err := extract.New(extract.Options{Places: places, Actors: set})
	if err != nil {
		t.Fatal(err)
	}
	gen := corpus.New(places, set, corpus.Options{Seed: benchSeed})
	var events []extract.Event
	for range 50 {
		r := gen.Next()
		evs, err := x.Extract(context.Background(), &extract.Doc{ID: r.ID, Published: r.Published, Text: r.Text})
		if err != nil {
			t.Fatal(err)
		}
		events = append(events, evs...)
	}
	var located, killed int
	for _, ev := range events {
		if ev.Location != nil && ev.Location.PCode != "" {
			located++
		}
		if ev.Casualties.Killed != nil && ev.Casualties.Killed.Best > 0 {
			killed++
		}
	}
	if len(events) < 50 || located < len(events)/2 || killed < len(events)/3 {
		t.Errorf("50 generated reports gave %d events, %d located, %d with a death toll: too few for the benchmarks to measure the pipeline", len(events), located, killed)
	}
	for _, f := range []extract.Format{extract.FormatJSON, extract.FormatJSONL, extract.FormatYAML, extract.FormatCSV, extract.FormatGeoJSON} {
		var buf bytes.Buffer
		enc := extract.NewEncoder(&buf, f)
		for i := range events {
			if err := enc.Encode(&events[i]); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
		}
		if err := enc.Close(); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if buf.Len() == 0 {
			t.Errorf("%s: nothing written", f)
		}
	}
}
