package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/extract"
)

// TestExtractGazetteerOverlay checks that a user's places file reaches the
// pipeline: a camp the embedded data lacks becomes an event's location,
// and a bad entry is a usage error naming the file and line.
func TestExtractGazetteerOverlay(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "camps.yaml")
	if err := os.WriteFile(good, []byte(`places:
  - pcode: X-CAMP-1
    name: Rukban camp
    feature: camp
    admin1: SY04
    lat: 33.30
    lon: 38.65
`), 0o644); err != nil {
		t.Fatal(err)
	}
	report := "AMMAN (Wire) - Gunmen opened fire on a water truck at Rukban camp on Monday, killing two civilians, activists said.\n"

	code, out, errOut := runCLI(t, report, "extract", "--published", "2024-05-06", "-f", "jsonl", "-q", "--gazetteer", good)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var ev extract.Event
	if err := json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &ev); err != nil {
		t.Fatalf("output %q: %v", out, err)
	}
	if ev.Location == nil || ev.Location.Name != "Rukban camp" || ev.Location.Admin1 != "Homs" {
		t.Errorf("location = %+v, want Rukban camp in Homs from the overlay", ev.Location)
	}

	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("places:\n  - pcode: X-1\n    name: Nowhere\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = runCLI(t, report, "extract", "-q", "--gazetteer", bad)
	if code != exitUsage || !strings.Contains(errOut, "bad.yaml:2") {
		t.Errorf("bad overlay: exit %d, stderr %q; want exit 2 naming bad.yaml:2", code, errOut)
	}
}
