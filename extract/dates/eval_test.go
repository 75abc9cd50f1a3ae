package dates

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/testshared"
)

// evalDir returns ../shared/eval beside the repository root, or skips.
func evalDir(t *testing.T) string {
	t.Helper()
	return testshared.Path(t, "eval")
}

// paragraphs calls f with the bounds of each non-empty line of text: Parse
// wants sentences, and a line is the smallest unit the material marks
// without a sentence splitter, which lives in another package.
func paragraphs(text string, f func(start, end int)) {
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) != "" {
			f(start, end)
		}
		start = end + 1
	}
}

func parseDay(s string) (time.Time, bool) {
	d, err := time.Parse(time.DateOnly, s)
	return d, err == nil
}

// TestMeasureACLED logs how often the first date mention of an ACLED note is
// the gold event date. It measures; it asserts nothing but that the
// material reads.
func TestMeasureACLED(t *testing.T) {
	path := filepath.Join(evalDir(t), "acled", "dev.articles.jsonl")
	goldPath := filepath.Join(evalDir(t), "acled", "dev.gold.jsonl")
	gold := map[string]string{}
	gf, err := os.Open(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	defer gf.Close()
	sc := bufio.NewScanner(gf)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var g struct {
			Doc    string `json:"doc"`
			Events []struct {
				Date string `json:"date"`
			} `json:"events"`
		}
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("%s: %v", goldPath, err)
		}
		if len(g.Events) > 0 {
			gold[g.Doc] = g.Events[0].Date
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}

	af, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer af.Close()
	sc = bufio.NewScanner(af)
	sc.Buffer(nil, 1<<20)
	var notes, withMention, firstRight, anyRight, fallbackRight int
	var buf []Mention
	for sc.Scan() {
		var a struct{ ID, Published, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		want, ok := parseDay(gold[a.ID])
		if !ok {
			continue
		}
		pub, _ := parseDay(a.Published)
		notes++
		buf = Parse(a.Text, 0, len(a.Text), pub, buf[:0])
		if len(buf) == 0 {
			if pub.Equal(want) {
				fallbackRight++
			}
			continue
		}
		withMention++
		if buf[0].Precision == Day && buf[0].From.Equal(want) {
			firstRight++
			fallbackRight++
		}
		for _, m := range buf {
			if m.Precision == Day && m.From.Equal(want) {
				anyRight++
				break
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if notes == 0 {
		t.Fatal("no ACLED notes read")
	}
	t.Logf("ACLED dev: %d notes, %d with a date mention; first mention = gold date: %d (%.1f%% of all, %.1f%% of those with a mention); any mention = gold date: %d (%.1f%%)",
		notes, withMention, firstRight, pct(firstRight, notes), pct(firstRight, withMention), anyRight, pct(anyRight, notes))
	t.Logf("ACLED dev: first mention, or the publication date where the note names none, = gold date: %d (%.1f%%)",
		fallbackRight, pct(fallbackRight, notes))
}

// TestMeasureNews logs how many gold event dates of the news reports appear
// among the resolved mentions, and how many multi-day events' ranges can be
// built from a mention and an extent.
func TestMeasureNews(t *testing.T) {
	dir := filepath.Join(evalDir(t), "news")
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil || len(golds) == 0 {
		t.Fatalf("no news gold in %s: %v", dir, err)
	}
	var events, dateHit, ranges, rangeHit, datelines, datelineRight int
	var ms []Mention
	var xs []Extent
	for _, gp := range golds {
		raw, err := os.ReadFile(gp)
		if err != nil {
			t.Fatal(err)
		}
		var g struct {
			Published string `json:"published"`
			Events    []struct {
				Date    *string `json:"date"`
				DateEnd *string `json:"date_end"`
			} `json:"events"`
		}
		if err := json.Unmarshal(raw, &g); err != nil {
			t.Fatalf("%s: %v", gp, err)
		}
		text, err := os.ReadFile(strings.TrimSuffix(gp, ".gold.json") + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		pub, _ := parseDay(g.Published)
		if d, ok := Dateline(string(text)); ok {
			datelines++
			if d.Equal(pub) {
				datelineRight++
			}
		}
		ms, xs = ms[:0], xs[:0]
		paragraphs(string(text), func(start, end int) {
			ms = Parse(string(text), start, end, pub, ms)
			xs = Extents(string(text), start, end, xs)
		})
		for _, e := range g.Events {
			if e.Date == nil {
				continue
			}
			want, ok := parseDay(*e.Date)
			if !ok {
				continue
			}
			events++
			if hasDay(ms, want) {
				dateHit++
			}
			if e.DateEnd == nil {
				continue
			}
			end, ok := parseDay(*e.DateEnd)
			if !ok {
				continue
			}
			ranges++
			if hasRange(ms, xs, want, end) {
				rangeHit++
			}
		}
	}
	t.Logf("news dev: %d dated gold events; date is the first day of a resolved mention: %d (%.1f%%)",
		events, dateHit, pct(dateHit, events))
	t.Logf("news dev: %d multi-day gold events; range built by a mention or a mention plus an extent: %d (%.1f%%)",
		ranges, rangeHit, pct(rangeHit, ranges))
	t.Logf("news dev: %d reports with a dateline, %d of them equal to the gold publication date", datelines, datelineRight)
}

// hasDay reports whether a resolved mention starts on d.
func hasDay(ms []Mention, d time.Time) bool {
	for _, m := range ms {
		if m.Precision != Unknown && m.From.Equal(d) {
			return true
		}
	}
	return false
}

// hasRange reports whether from..to is a mention's range, or a day mention
// stretched by one of the extents.
func hasRange(ms []Mention, xs []Extent, from, to time.Time) bool {
	for _, m := range ms {
		if m.Precision == Unknown {
			continue
		}
		if m.From.Equal(from) && m.To.Equal(to) {
			return true
		}
		if m.Precision != Day {
			continue
		}
		for _, x := range xs {
			if f, l := x.Around(m.From); f.Equal(from) && l.Equal(to) {
				return true
			}
		}
	}
	return false
}

func pct(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return 100 * float64(n) / float64(d)
}
