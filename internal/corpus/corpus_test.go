package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/gazetteer/actors"
)

func load(t testing.TB) (*gazetteer.Gazetteer, *actors.Set) {
	t.Helper()
	places, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	set, err := actors.Load()
	if err != nil {
		t.Fatal(err)
	}
	return places, set
}

func TestDeterministic(t *testing.T) {
	places, set := load(t)
	var a, b, c bytes.Buffer
	if _, err := WriteJSONL(&a, New(places, set, Options{Seed: 3}), 200_000); err != nil {
		t.Fatal(err)
	}
	if _, err := WriteJSONL(&b, New(places, set, Options{Seed: 3}), 200_000); err != nil {
		t.Fatal(err)
	}
	if _, err := WriteJSONL(&c, New(places, set, Options{Seed: 4}), 200_000); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("one seed gave two corpora")
	}
	if bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("two seeds gave one corpus")
	}
}

// TestReports checks what every generated report must hold: a headline, a
// dateline, paragraphs, no unfilled slot, and names from the gazetteers.
func TestReports(t *testing.T) {
	places, set := load(t)
	gen := New(places, set, Options{Seed: 1})
	m, err := gazetteer.NewMatcher(extract.Patterns(places, set))
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	kinds := map[gazetteer.Kind]int{}
	for range 300 {
		r := gen.Next()
		if ids[r.ID] {
			t.Fatalf("id %s given twice", r.ID)
		}
		ids[r.ID] = true
		if r.Published.Before(time.Date(2012, 1, 1, 0, 0, 0, 0, time.UTC)) || r.Published.After(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("%s: published %s, outside the war's years", r.ID, r.Published)
		}
		head, body, ok := strings.Cut(r.Text, "\n\n")
		if !ok || head == "" || strings.Contains(head, "\n") {
			t.Fatalf("%s: no headline line:\n%s", r.ID, r.Text)
		}
		dateline := strings.ToUpper(r.Published.Format("January 2"))
		if !strings.Contains(strings.ToUpper(body[:min(len(body), 60)]), dateline) || !strings.Contains(body[:min(len(body), 60)], ") - ") {
			t.Errorf("%s: body does not open with a dateline of %s: %.60q", r.ID, dateline, body)
		}
		if strings.ContainsAny(r.Text, "{}") {
			t.Errorf("%s: unfilled slot:\n%s", r.ID, r.Text)
		}
		if strings.Count(r.Text, "\n\n") < 3 {
			t.Errorf("%s: fewer than four paragraphs", r.ID)
		}
		if strings.Contains(r.Text, ", A ") || strings.Contains(r.Text, ", An ") {
			t.Errorf("%s: capital after a transition:\n%s", r.ID, r.Text)
		}
		for _, mn := range m.Match(r.Text, nil) {
			kinds[mn.Kind]++
		}
	}
	// Every report names places, actors and sources; the matcher must find
	// them in numbers, or the corpus measures nothing.
	for _, k := range []gazetteer.Kind{gazetteer.KindPlace, gazetteer.KindActor, gazetteer.KindSource} {
		if kinds[k] < 300 {
			t.Errorf("%d %s mentions in 300 reports, want at least one a report", kinds[k], k)
		}
	}
}

// TestEveryTemplate fills every template of every kind, so that a slot
// misspelt in one rarely drawn panics here and not in a benchmark.
func TestEveryTemplate(t *testing.T) {
	places, set := load(t)
	gen := New(places, set, Options{Seed: 1})
	published := time.Date(2019, 3, 9, 0, 0, 0, 0, time.UTC)
	var all []string
	for k := range numKinds {
		all = append(all, headlines[k]...)
		all = append(all, leads[k]...)
		all = append(all, followUps[k]...)
	}
	all = append(all, totals...)
	all = append(all, backgrounds...)
	for _, tmpl := range all {
		for _, v := range []string{tmpl, lowerFirst(tmpl)} {
			inc := gen.incident(published)
			gen.b.Reset()
			gen.fill(v, &inc, published)
			if out := gen.b.String(); out == "" || strings.ContainsAny(out, "{}") {
				t.Errorf("%q filled as %q", v, out)
			}
		}
	}
}

func TestWriteJSONL(t *testing.T) {
	places, set := load(t)
	var buf bytes.Buffer
	st, err := WriteJSONL(&buf, New(places, set, Options{Seed: 1}), 100_000)
	if err != nil {
		t.Fatal(err)
	}
	if st.Bytes < 100_000 || st.Bytes > 120_000 {
		t.Errorf("asked for 100000 bytes of text, wrote %d", st.Bytes)
	}
	sc := bufio.NewScanner(&buf)
	sc.Buffer(nil, 1<<20)
	var n int
	var text int64
	for sc.Scan() {
		var rec struct{ ID, Published, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
		if _, err := time.Parse(time.DateOnly, rec.Published); err != nil || rec.ID == "" || rec.Text == "" {
			t.Errorf("line %d: %+v", n+1, rec)
		}
		text += int64(len(rec.Text))
		n++
	}
	if n != st.Reports || text != st.Bytes {
		t.Errorf("read back %d reports, %d bytes; Stats says %d, %d", n, text, st.Reports, st.Bytes)
	}
}

func TestWriteDir(t *testing.T) {
	places, set := load(t)
	dir := t.TempDir()
	st, err := WriteDir(dir, New(places, set, Options{Seed: 1, DatelineYear: true}), 50_000)
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != st.Reports {
		t.Fatalf("%d files, Stats says %d reports", len(files), st.Reports)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	// With DatelineYear a bare file still dates itself: "March 9, 2019 (".
	if !strings.Contains(string(b[:min(len(b), 300)]), ", 20") {
		t.Errorf("dateline without a year: %.200q", b)
	}
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		err  bool
	}{
		{"8MB", 8_000_000, false},
		{"1GB", 1_000_000_000, false},
		{"512KiB", 512 << 10, false},
		{"2mib", 2 << 20, false},
		{"100000", 100_000, false},
		{"1.5 MB", 1_500_000, false},
		{"0", 0, false},
		{"", 0, true},
		{"MB", 0, true},
		{"-3MB", 0, true},
		{"8 parsecs", 0, true},
		{"9999999GB", 0, true},
	}
	for _, tt := range tests {
		got, err := ParseSize(tt.in)
		if tt.err {
			if !errors.Is(err, ErrSize) {
				t.Errorf("ParseSize(%q) = %d, %v; want ErrSize", tt.in, got, err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
}

func TestCommunityNames(t *testing.T) {
	places, _ := load(t)
	names := CommunityNames(places)
	if len(names) < 5000 {
		t.Fatalf("%d community names, want the OCHA list's thousands", len(names))
	}
	for i, n := range names {
		if n == "" || strings.Contains(n, "\n") {
			t.Fatalf("name %d is %q", i, n)
		}
		if i > 0 && names[i-1] >= n {
			t.Fatalf("names not sorted and distinct at %d: %q, %q", i, names[i-1], n)
		}
	}
}
