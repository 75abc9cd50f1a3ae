package extract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/internal/golden"
	"github.com/sitrep/sitrep/internal/testshared"
	"github.com/sitrep/sitrep/schema"
	"github.com/sitrep/sitrep/score"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// newExtractor loads the embedded gazetteers once for the whole test binary.
var newExtractor = sync.OnceValues(func() (*extract.Extractor, error) {
	return extract.New(extract.Options{})
})

func extractor(t testing.TB) *extract.Extractor {
	t.Helper()
	x, err := newExtractor()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// sharedDir returns ../shared beside the repository root, or skips.
func sharedDir(t testing.TB) string {
	t.Helper()
	testshared.Path(t, "eval")
	return testshared.Path(t)
}

// extractFile reads one report and extracts it with the given publication date.
func extractFile(t *testing.T, path, published string) []extract.Event {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := &extract.Doc{ID: filepath.Base(path), Path: path, Text: string(b)}
	if published != "" {
		if d.Published, err = time.Parse(time.DateOnly, published); err != nil {
			t.Fatal(err)
		}
	}
	evs, err := extractor(t).Extract(context.Background(), d)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return evs
}

// checkAgainstGold requires the events of a report to equal its gold
// annotation in every scored field.
func checkAgainstGold(t *testing.T, goldPath string, evs []extract.Event) {
	t.Helper()
	gold, err := score.ReadGold(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	r, err := score.Evaluate(gold, evs, score.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Events.FP != 0 || r.Events.FN != 0 || len(r.Misses) != 0 {
		var buf bytes.Buffer
		r.WriteMisses(&buf)
		t.Errorf("%s: %d events, want %d (%d spurious, %d missed); misses:\n%s",
			goldPath, len(evs), r.GoldEvents, r.Events.FP, r.Events.FN, buf.String())
	}
	if r.Killed.Low.Rate != 1 && r.Killed.Low.Total > 0 || r.Killed.High.Rate != 1 && r.Killed.High.Total > 0 {
		t.Errorf("%s: killed low/high agree on %d/%d and %d/%d events", goldPath,
			r.Killed.Low.Hits, r.Killed.Low.Total, r.Killed.High.Hits, r.Killed.High.Total)
	}
}

// TestSeed is the acceptance case of the project: the seed report gives
// exactly its two gold events, with their figures and sources.
func TestSeed(t *testing.T) {
	shared := sharedDir(t)
	evs := extractFile(t, filepath.Join(shared, "eval", "seed-000.txt"), "2019-04-20")
	checkAgainstGold(t, filepath.Join(shared, "eval", "seed-000.gold.json"), evs)
	if len(evs) != 2 {
		t.Fatalf("got %d events, want 2", len(evs))
	}
	ambush, assault := evs[0], evs[1]
	if got := ambush.Casualties.Killed; got == nil || *got != (extract.Estimate{Best: 27, Low: 23, High: 27}) {
		t.Errorf("ambush killed = %+v, want best 27, low 23 (Aamaq), high 27", got)
	}
	if got := assault.Casualties.Killed; got == nil || *got != (extract.Estimate{Best: 21, Low: 21, High: 27}) {
		t.Errorf("assault killed = %+v, want best 21, low 21, high 27 (Baladi)", got)
	}
	if ambush.Date.Start != "2019-04-18" || ambush.Date.End != "2019-04-20" {
		t.Errorf("ambush date = %+v, want 2019-04-18 to 2019-04-20", ambush.Date)
	}
	for _, ev := range evs {
		for _, c := range ev.Claims {
			if c.Count == 500 || c.Count == 50 || c.Count == 49 {
				t.Errorf("%s: claim %q (%d) is a total or a besieged force, not casualties", ev.ID, c.Text, c.Count)
			}
		}
	}
}

// TestReports checks each bundled report against its gold annotation.
func TestReports(t *testing.T) {
	golds, _ := filepath.Glob(filepath.Join("..", "testdata", "reports", "*.gold.json"))
	if len(golds) == 0 {
		t.Fatal("no gold files under testdata/reports")
	}
	for _, g := range golds {
		name := strings.TrimSuffix(filepath.Base(g), ".gold.json")
		t.Run(name, func(t *testing.T) {
			report := strings.TrimSuffix(g, ".gold.json") + ".txt"
			evs := extractFile(t, report, golden.Published(t, report))
			checkAgainstGold(t, g, evs)
		})
	}
}

// TestGolden compares the whole records of each bundled report with a
// golden file; go test ./extract -update rewrites them.
func TestGolden(t *testing.T) {
	reports, _ := filepath.Glob(filepath.Join("..", "testdata", "reports", "*.txt"))
	for _, path := range reports {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			evs := extractFile(t, path, "")
			got, err := json.MarshalIndent(evs, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden.Check(t, strings.TrimSuffix(path, ".txt")+".golden.json", got, *update, "./extract")
		})
	}
}

// TestSchema validates real records against the published JSON Schema, and
// checks that every span reads as its text in the report.
func TestSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(schema.EventV1()))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.AddResource("event.v1.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("event.v1.json")
	if err != nil {
		t.Fatal(err)
	}
	reports, _ := filepath.Glob(filepath.Join("..", "testdata", "reports", "*.txt"))
	n := 0
	for _, path := range reports {
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range extractFile(t, path, "") {
			n++
			b, err := json.Marshal(ev)
			if err != nil {
				t.Fatal(err)
			}
			v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			if err := sch.Validate(v); err != nil {
				t.Errorf("%s: %s does not validate: %v", path, ev.ID, err)
			}
			for _, c := range ev.Claims {
				if string(text[c.Start:c.End]) != c.Text {
					t.Errorf("%s: claim span %d-%d reads %q, want %q", ev.ID, c.Start, c.End, text[c.Start:c.End], c.Text)
				}
			}
			for _, e := range ev.Evidence {
				if string(text[e.Start:e.End]) != e.Text {
					t.Errorf("%s: evidence span %d-%d does not read as its text", ev.ID, e.Start, e.End)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("the bundled reports gave no events to validate")
	}
}
