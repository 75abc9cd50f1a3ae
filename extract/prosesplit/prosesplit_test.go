package prosesplit_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/extract/prosesplit"
)

// TestSentencesAgreeWithProse holds the fast splitter to prose/v2's Punkt
// segmenter on the bundled reports: every sentence end prose finds, ours
// finds too, and ours adds few of its own.
func TestSentencesAgreeWithProse(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "reports", "*.txt"))
	if len(paths) == 0 {
		t.Fatal("no reports under testdata/reports")
	}
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		ours := map[int]bool{}
		for _, s := range extract.Sentences(text, nil) {
			ours[s.End] = true
		}
		theirs := prosesplit.Sentences(text, nil)
		for _, s := range theirs {
			if !ours[s.End] {
				t.Errorf("%s: prose ends a sentence at %d (%q), Sentences does not", path, s.End, text[max(0, s.End-30):s.End])
			}
		}
		if extra := len(ours) - len(theirs); extra > 1 {
			t.Errorf("%s: Sentences finds %d sentences, prose %d", path, len(ours), len(theirs))
		}
	}
}

func ExampleSentences() {
	text := "Gunmen killed two soldiers near Deraa on Monday. The army said it\nwould respond.\n\nIn Idlib, shelling went on."
	for _, s := range prosesplit.Sentences(text, nil) {
		fmt.Printf("%q\n", text[s.Start:s.End])
	}
	// Output:
	// "Gunmen killed two soldiers near Deraa on Monday."
	// "The army said it\nwould respond."
	// "In Idlib, shelling went on."
}
