package gazetteer

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/sitrep/sitrep/internal/testshared"
)

// The matcher is fast by a prebuilt automaton and a table of the words it
// has met; none of that may change what it finds. These tests hold it to
// the reference matcher of refmatcher_test.go, mention for mention, on the
// patterns the pipeline uses, the place names alone, and a small set of
// hand-written patterns.

// referencePair is a matcher and the reference built from the same patterns.
type referencePair struct {
	name string
	m    *Matcher
	ref  *refMatcher
}

func referencePairs(t testing.TB) []referencePair {
	t.Helper()
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	places, err := g.Matcher()
	if err != nil {
		t.Fatal(err)
	}
	var pairs []referencePair
	for _, c := range []struct {
		name     string
		m        *Matcher
		patterns []Pattern
	}{
		{"extract", nil, extractPatterns(t, g)},
		{"extract built", mustBuild(t, extractPatterns(t, g)), extractPatterns(t, g)},
		{"places", places, g.Patterns()},
		{"orgs", nil, append(g.Patterns(), orgPatterns()...)},
	} {
		m := c.m
		if m == nil {
			if m, err = NewMatcher(c.patterns); err != nil {
				t.Fatal(err)
			}
		}
		ref, err := newRefMatcher(c.patterns)
		if err != nil {
			t.Fatal(err)
		}
		pairs = append(pairs, referencePair{c.name, m, ref})
	}
	return pairs
}

func mustBuild(t testing.TB, patterns []Pattern) *Matcher {
	t.Helper()
	m, err := BuildMatcher(patterns)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// sameMentions reports the first mention where got and want differ.
func sameMentions(t testing.TB, what, text string, got, want []Mention) bool {
	t.Helper()
	for i := range max(len(got), len(want)) {
		if i < len(got) && i < len(want) && sameMention(got[i], want[i]) {
			continue
		}
		var g, w any = "none", "none"
		if i < len(got) {
			g = mentionString(text, got[i])
		}
		if i < len(want) {
			w = mentionString(text, want[i])
		}
		t.Errorf("%s: mention %d: got %v, the reference %v", what, i, g, w)
		return false
	}
	return true
}

func sameMention(a, b Mention) bool {
	return a.Start == b.Start && a.End == b.End && a.Kind == b.Kind && a.Loose == b.Loose && slices.Equal(a.Refs, b.Refs)
}

func mentionString(text string, m Mention) any {
	return struct {
		Text  string
		Start int
		Kind  Kind
		Refs  []int32
		Loose bool
	}{text[m.Start:m.End], m.Start, m.Kind, m.Refs, m.Loose}
}

func checkReference(t *testing.T, pairs []referencePair, what string, texts []string) {
	t.Helper()
	for _, p := range pairs {
		var got, want []Mention
		n := 0
		for i, text := range texts {
			got = p.m.Match(text, got[:0])
			want = p.ref.Match(text, want[:0])
			n += len(want)
			if !sameMentions(t, p.name+" "+what+" #"+strconv.Itoa(i), text, got, want) {
				break
			}
		}
		if n == 0 {
			t.Errorf("%s %s: no mentions at all in %d texts", p.name, what, len(texts))
		}
	}
}

func TestMatchesReferenceReportText(t *testing.T) {
	pairs := referencePairs(t)
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	// Long enough to slide the matcher's window many times.
	checkReference(t, pairs, "report text", []string{reportText(g, 1<<20)})
}

func TestMatchesReferenceTestdata(t *testing.T) {
	pairs := referencePairs(t)
	files, err := filepath.Glob(filepath.Join("..", "testdata", "reports", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no reports in testdata: %v", err)
	}
	checkReference(t, pairs, "testdata", readTexts(t, files))
}

func TestMatchesReferenceShared(t *testing.T) {
	news := testshared.Path(t, "eval", "news")
	files, err := filepath.Glob(filepath.Join(news, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, testshared.Path(t, "eval", "seed-000.txt"))
	pairs := referencePairs(t)
	checkReference(t, pairs, "news", readTexts(t, files))

	f, err := os.Open(testshared.Path(t, "eval", "acled", "dev.articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var notes []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		notes = append(notes, a.Text)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	checkReference(t, pairs, "acled", notes)
}

func readTexts(t *testing.T, files []string) []string {
	t.Helper()
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// FuzzMatchReference holds the matcher to the reference on any text.
func FuzzMatchReference(f *testing.F) {
	for _, s := range []string{
		"Shelling hit Aleppo and Deir ez-Zor on Monday, the SOHR said.",
		"Government forces shelled al-Bab and Kafr Nubl; IS fighters withdrew to Tal Abyad.",
		"Fighting in Dayr az Zawr, Mhardeh and Jisr-Ash-Shugur. Residents of Ma'arrat al-Nu'man fled.",
		"The Syrian Observatory for Human Rights reported that Russian warplanes struck Idlib's countryside.",
		"ALEPPO (Wire) - Clashes near As Sukhnah — Ḥamāh, Dar'a, Raqqa\u2019s east.",
		"the SDF said it is safe in Ath Thawrah; Hadi Abdullah in Saraqib. Attack on Has.",
	} {
		f.Add(s)
	}
	pairs := referencePairs(f)
	f.Fuzz(func(t *testing.T, text string) {
		for _, p := range pairs {
			got := p.m.Match(text, nil)
			want := p.ref.Match(text, nil)
			sameMentions(t, p.name, text, got, want)
		}
	})
}
