package main

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	a := "Syrian government forces shelled Douma on Tuesday, the Syrian Observatory for Human Rights said."
	b := "Islamic State militants attacked a checkpoint near Palmyra."
	in := `{"id":"a","text":"` + a + `"}` + "\n\n" + `{"id":"b","text":"` + b + `"}` + "\n"
	var out, errs bytes.Buffer
	if err := run(nil, strings.NewReader(in), &out, &errs); err != nil {
		t.Fatal(err)
	}
	// Douma, Palmyra, two actors, one source at the least.
	var n, mentions int
	var scan, rate float64
	if _, err := fmt.Sscanf(out.String(), "floorscan: %d bytes, %d mentions, scan %fs, %f MB/s", &n, &mentions, &scan, &rate); err != nil {
		t.Fatalf("output %q: %v", out.String(), err)
	}
	if n != len(a)+len(b) || mentions < 5 {
		t.Errorf("got %d bytes, %d mentions; want %d bytes and at least 5 mentions", n, mentions, len(a)+len(b))
	}
}

func TestRunNames(t *testing.T) {
	var out, errs bytes.Buffer
	if err := run([]string{"-names"}, strings.NewReader(""), &out, &errs); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) < 5000 {
		t.Errorf("%d names", len(lines))
	}
}

func TestRunBadJSON(t *testing.T) {
	var out, errs bytes.Buffer
	if err := run(nil, strings.NewReader("{\"text\": 3}\n"), &out, &errs); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("err = %v, want one naming line 1", err)
	}
}
