package gazetteer

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/gazetteer/internal/gen"
)

// sourceDir finds the gazetteer source tables: $SITREP_GAZETTEER_SRC, or
// ../shared/gazetteer-sources beside the directory holding go.mod. It
// skips the test when they are absent.
func sourceDir(t *testing.T) string {
	t.Helper()
	if src := os.Getenv("SITREP_GAZETTEER_SRC"); src != "" {
		if _, err := os.Stat(filepath.Join(src, "ocha")); err != nil {
			t.Skipf("gazetteer sources absent at %s (SITREP_GAZETTEER_SRC); cannot regenerate", src)
		}
		return src
	}
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no go.mod above the package; cannot find ../shared")
		}
		dir = parent
	}
	src := filepath.Join(dir, "..", "shared", "gazetteer-sources")
	if _, err := os.Stat(filepath.Join(src, "ocha")); err != nil {
		t.Skip("gazetteer sources absent (../shared not beside the checkout); cannot regenerate")
	}
	return src
}

func TestDataUpToDate(t *testing.T) {
	src := sourceDir(t)
	n := 0
	if err := gen.Generate(os.DirFS(src), func(name string, got []byte) error {
		n++
		want, err := os.ReadFile(name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			return nil
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: run make gazetteer", name)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if n != 3 {
		t.Errorf("generator emitted %d files, want 3", n)
	}
}

// TestGeoNamesJoinedOrReported checks the join report against the source
// table (every row reported once) and against the places (every joined
// row's community carries a GeoNames id of a row joined to it).
func TestGeoNamesJoinedOrReported(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(geonamesJoinTSV, "\n"), "\n")
	if lines[0] != gen.JoinHeader {
		t.Fatalf("join report header %q", lines[0])
	}
	reported := map[string]bool{}
	joinedTo := map[string][]int{}
	for _, l := range lines[1:] {
		f := strings.Split(l, "\t")
		if len(f) != 7 {
			t.Fatalf("join report line %q: %d fields", l, len(f))
		}
		if reported[f[0]] {
			t.Errorf("GeoNames row %s reported twice", f[0])
		}
		reported[f[0]] = true
		km, err := strconv.ParseFloat(f[5], 64)
		if err != nil {
			t.Fatalf("join report line %q: %v", l, err)
		}
		switch f[6] {
		case "joined", "added":
			if km > 3 {
				t.Errorf("row %s joined to %s at %.1f km", f[0], f[4], km)
			}
			id, _ := strconv.Atoi(f[0])
			joinedTo[f[4]] = append(joinedTo[f[4]], id)
		case "unjoined":
			if km <= 3 {
				t.Errorf("row %s unjoined though %s lies %.1f km away", f[0], f[4], km)
			}
		default:
			t.Errorf("row %s: status %q", f[0], f[6])
		}
	}
	for code, ids := range joinedTo {
		p, ok := g.ByPCode(code)
		if !ok {
			t.Errorf("rows %v joined to unknown %s", ids, code)
			continue
		}
		if !slices.Contains(ids, p.GeoNamesID) {
			t.Errorf("%s has GeoNames id %d, not one of the rows joined to it %v", code, p.GeoNamesID, ids)
		}
	}
	withID := 0
	for _, p := range g.Places() {
		if p.GeoNamesID != 0 {
			withID++
			if _, ok := joinedTo[p.PCode]; !ok {
				t.Errorf("%s has GeoNames id %d but no joined row", p.PCode, p.GeoNamesID)
			}
		}
	}
	if withID < 250 {
		t.Errorf("only %d places have a GeoNames id", withID)
	}

	// With the sources at hand, every row of the table must be reported.
	src := sourceDir(t)
	b, err := os.ReadFile(filepath.Join(src, "geonames", "sy_cities500.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")[1:]
	for _, r := range rows {
		id, _, _ := strings.Cut(r, "\t")
		if !reported[id] {
			t.Errorf("GeoNames row %s neither joined nor reported", id)
		}
	}
	if len(rows) != len(reported) {
		t.Errorf("%d rows in the table, %d in the report", len(rows), len(reported))
	}
}
