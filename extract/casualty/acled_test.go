package casualty

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedDir finds ../shared beside the repository root (the directory that
// holds go.mod), or "" when it is absent.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatalf("getwd: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(shared); err != nil {
		return ""
	}
	return shared
}

// readJSONL decodes each line of a JSON Lines file with fn.
func readJSONL(t *testing.T, path string, fn func(line []byte) error) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		if err := fn(sc.Bytes()); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
}

// noteKilled is the killed figure Parse reads from an ACLED note, and
// whether it read any. Phrases that are aggregates are left out, and a
// figure repeated with the same victims is counted once. ACLED notes
// often close with a summary ("2 fatalities.", "Total fatalities coded as
// 8."): when summary is true such a figure, which names no victims,
// stands for the whole note.
func noteKilled(text string, summary bool) (int, bool) {
	type key struct {
		victims string
		count   int
	}
	seen := map[key]bool{}
	sum, found := 0, false
	last := -1
	var ps []Phrase
	for start := 0; start < len(text); {
		end := strings.Index(text[start:], ". ")
		if end < 0 {
			end = len(text)
		} else {
			end += start + 1
		}
		ps = Parse(text, start, end, ps[:0])
		for _, p := range ps {
			if p.Outcome != Killed || p.Aggregate != None {
				continue
			}
			found = true
			if p.Victims == "" && strings.Contains(strings.ToLower(text[p.Start:p.End]), "fatalit") {
				last = p.Figure.Count
			}
			k := key{p.Victims, p.Figure.Count}
			if p.Victims != "" && seen[k] {
				continue
			}
			seen[k] = true
			sum += p.Figure.Count
		}
		start = end
	}
	if summary && last >= 0 {
		return last, true
	}
	return sum, found
}

// TestACLEDDevKilled measures, without asserting a threshold, how often
// the killed figures Parse reads from each ACLED dev note add up to the
// note's gold killed.best.
func TestACLEDDevKilled(t *testing.T) {
	shared := sharedDir(t)
	if shared == "" {
		t.Skip("../shared is absent: the ACLED dev notes are not available")
	}
	dir := filepath.Join(shared, "eval", "acled")
	texts := map[string]string{}
	readJSONL(t, filepath.Join(dir, "dev.articles.jsonl"), func(line []byte) error {
		var a struct{ ID, Text string }
		if err := json.Unmarshal(line, &a); err != nil {
			return err
		}
		texts[a.ID] = a.Text
		return nil
	})
	var n, any, plain, withSummary int
	readJSONL(t, filepath.Join(dir, "dev.gold.jsonl"), func(line []byte) error {
		var g struct {
			Doc    string
			Events []struct {
				Killed *struct{ Best int }
			}
		}
		if err := json.Unmarshal(line, &g); err != nil {
			return err
		}
		text, ok := texts[g.Doc]
		if !ok || len(g.Events) == 0 || g.Events[0].Killed == nil {
			return nil
		}
		best := g.Events[0].Killed.Best
		n++
		got, found := noteKilled(text, false)
		if found {
			any++
		}
		if got == best {
			plain++
		}
		got2, _ := noteKilled(text, true)
		if got2 == best {
			withSummary++
		} else if testing.Verbose() && os.Getenv("CASUALTY_MISSES") != "" {
			t.Logf("miss %s: got %d want %d: %s", g.Doc, got2, best, text)
		}
		return nil
	})
	if n == 0 {
		t.Fatal("no gold notes with a killed figure were read")
	}
	pct := func(k int) float64 { return 100 * float64(k) / float64(n) }
	t.Logf("ACLED dev: %d notes; a killed phrase found in %.1f%%", n, pct(any))
	t.Logf("killed sum (distinct victims, no aggregates) = gold best: %.1f%%", pct(plain))
	t.Logf("the same, a closing \"N fatalities\" summary standing for the note: %.1f%%", pct(withSummary))
}
