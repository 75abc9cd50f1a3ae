package extract

import (
	"reflect"
	"strings"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two sentences", "Shelling killed three. Two died later.", []string{"Shelling killed three.", "Two died later."}},
		{"abbreviations", "Gen. Ali said the U.S.-led coalition struck on Sept. 5 near Raqqa. Nobody died.",
			[]string{"Gen. Ali said the U.S.-led coalition struck on Sept. 5 near Raqqa.", "Nobody died."}},
		{"initials", "John F. Smith of the U.N. said so. It was late.", []string{"John F. Smith of the U.N. said so.", "It was late."}},
		{"decimal", "The blast was 1.5 km away. Nobody was hurt.", []string{"The blast was 1.5 km away.", "Nobody was hurt."}},
		{"quote closes", `"We will fight on." The group said so.`, []string{`"We will fight on."`, "The group said so."}},
		{"curly quote closes", "\u201cWe will fight on.\u201d The group said so.", []string{"\u201cWe will fight on.\u201d", "The group said so."}},
		{"lower case after stop", "It was 5 p.m. local time when it hit.", []string{"It was 5 p.m. local time when it hit."}},
		{"headline then body", "Blast kills five in Azaz\n\nAZAZ, Syria (Wire) - A bomb killed five.", []string{"Blast kills five in Azaz", "AZAZ, Syria (Wire) - A bomb killed five."}},
		{"headline without blank line", "Insurgents Breach Syria's Aleppo In A Surprise Offensive\nThe rebels pressed on.", []string{"Insurgents Breach Syria's Aleppo In A Surprise Offensive", "The rebels pressed on."}},
		{"hard-wrapped prose", "The rebels have pressed a lightning offensive against forces of\nthe Syrian government since Wednesday, the same day a truce took effect in\nLebanon between Israel and Hezbollah.",
			[]string{"The rebels have pressed a lightning offensive against forces of\nthe Syrian government since Wednesday, the same day a truce took effect in\nLebanon between Israel and Hezbollah."}},
		{"paragraph per line", "First paragraph ends here.\nSecond one starts.", []string{"First paragraph ends here.", "Second one starts."}},
		{"CRLF", "One.\r\nTwo.\r\n", []string{"One.", "Two."}},
		{"empty", "  \n\n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tt.text, nil) {
				got = append(got, tt.text[s.Start:s.End])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// FuzzSentences checks that spans are in bounds, ordered, trimmed and on
// rune boundaries, whatever the bytes.
func FuzzSentences(f *testing.F) {
	f.Add("Gen. Ali said so. Three died.\n\nHeadline\nBody text.")
	f.Add("\u201cQuote.\u201d Next.")
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, s := range Sentences(text, nil) {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("bad span %v after %d in %q", s, prev, text)
			}
			if strings.TrimSpace(text[s.Start:s.End]) != text[s.Start:s.End] {
				t.Fatalf("span %v not trimmed: %q", s, text[s.Start:s.End])
			}
			prev = s.End
		}
	})
}
