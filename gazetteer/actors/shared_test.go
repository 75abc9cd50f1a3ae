package actors

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/testshared"
)

// sharedDir returns ../shared beside the repository root, or skips the test.
func sharedDir(t *testing.T) string {
	t.Helper()
	testshared.Path(t, "eval")
	return testshared.Path(t)
}

type goldEvent struct {
	Actors  []string `json:"actors"`
	Sources []string `json:"sources"`
}

type goldDoc struct {
	Doc       string      `json:"doc"`
	Published string      `json:"published"`
	Events    []goldEvent `json:"events"`
}

// TestGoldNames checks that every actor and source name the news gold uses
// is the canonical or coded name of some entry.
func TestGoldNames(t *testing.T) {
	eval := filepath.Join(sharedDir(t), "eval")
	files, _ := filepath.Glob(filepath.Join(eval, "news", "*.gold.json"))
	files = append(files, filepath.Join(eval, "seed-000.gold.json"))
	s := mustLoad(t)
	coded, sources := map[string]bool{}, map[string]bool{}
	for _, a := range s.Actors() {
		coded[a.Coded()] = true
		coded[a.Name] = true
	}
	for _, src := range s.Sources() {
		sources[src.Name] = true
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var d goldDoc
		if err := json.Unmarshal(data, &d); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, e := range d.Events {
			for _, a := range e.Actors {
				if !coded[a] {
					t.Errorf("%s: actor %q has no entry", filepath.Base(f), a)
				}
			}
			for _, src := range e.Sources {
				if !sources[src] && !coded[src] {
					t.Errorf("%s: source %q has no entry", filepath.Base(f), src)
				}
			}
		}
	}
}

// TestACLEDLabels checks that every ACLED label the dev gold uses three
// times or more is carried by some entry, and measures how often a note
// names its gold actors by an alias of an entry carrying their label.
func TestACLEDLabels(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "eval", "acled")
	s := mustLoad(t)
	carriers := map[string][]int{}
	for i, a := range s.Actors() {
		carriers[a.ACLED] = append(carriers[a.ACLED], i)
	}
	texts := map[string]string{}
	readJSONL(t, filepath.Join(dir, "dev.articles.jsonl"), func(line []byte) {
		var a struct{ ID, Text string }
		if err := json.Unmarshal(line, &a); err != nil {
			t.Fatal(err)
		}
		texts[a.ID] = a.Text
	})
	uses := map[string]int{}
	var found, total int
	readJSONL(t, filepath.Join(dir, "dev.gold.jsonl"), func(line []byte) {
		var d goldDoc
		if err := json.Unmarshal(line, &d); err != nil {
			t.Fatal(err)
		}
		text := texts[d.Doc]
		for _, e := range d.Events {
			for _, label := range e.Actors {
				uses[label]++
				if len(carriers[label]) == 0 {
					continue
				}
				total++
				if namedIn(s, text, carriers[label]) {
					found++
				}
			}
		}
	})
	var missing, carried []string
	for label, n := range uses {
		switch {
		case len(carriers[label]) > 0:
			carried = append(carried, label)
		case n >= 3:
			missing = append(missing, label)
		}
	}
	sort.Strings(missing)
	for _, label := range missing {
		t.Errorf("ACLED label %q (used %d times) is carried by no entry", label, uses[label])
	}
	t.Logf("%d of %d ACLED labels carried; gold actors named by a carrier's alias in %d of %d cases (%.1f%%)",
		len(carried), len(uses), found, total, 100*float64(found)/float64(max(total, 1)))
	if total > 0 && found*100 < total*80 {
		t.Errorf("only %d of %d gold actors are named in their notes by an alias", found, total)
	}
}

func readJSONL(t *testing.T, path string, fn func([]byte)) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		fn(sc.Bytes())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// namedIn reports whether text holds, as whole words, any alias of the
// given entries: a crude matcher, enough to measure the alias lists.
func namedIn(s *Set, text string, entries []int) bool {
	lower := strings.ToLower(text)
	want := map[int]bool{}
	for _, i := range entries {
		want[i] = true
	}
	for _, a := range s.Aliases() {
		if a.Kind == AliasSource || !want[a.Index] {
			continue
		}
		hay, needle := lower, strings.ToLower(a.Text)
		if a.CaseSensitive {
			hay, needle = text, a.Text
		}
		for off := 0; ; {
			j := strings.Index(hay[off:], needle)
			if j < 0 {
				break
			}
			start, end := off+j, off+j+len(needle)
			if wordEdge(hay, start, true) && wordEdge(hay, end, false) {
				return true
			}
			off = start + 1
		}
	}
	return false
}

func wordEdge(s string, i int, before bool) bool {
	var r rune
	if before {
		if i == 0 {
			return true
		}
		r, _ = utf8.DecodeLastRuneInString(s[:i])
	} else {
		if i == len(s) {
			return true
		}
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}
