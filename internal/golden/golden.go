// Package golden holds what the golden-file tests share: comparing output
// with a file under testdata/ (or rewriting it with -update), and reading
// the publication date a report's gold annotation gives.
package golden

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Check compares got with the golden file at path; with update set it
// rewrites the file instead. A difference names its first line, and how to
// rewrite the file (pkg is the package path for the go test command).
func Check(t testing.TB, path string, got []byte, update bool, pkg string) {
	t.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test %s -update to create it)", err, pkg)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file at line %d; run go test %s -update and review the diff",
			path, FirstDiffLine(got, want), pkg)
	}
}

// FirstDiffLine returns the 1-based line where a and b first differ.
func FirstDiffLine(a, b []byte) int {
	la, lb := bytes.Split(a, []byte("\n")), bytes.Split(b, []byte("\n"))
	for i := range min(len(la), len(lb)) {
		if !bytes.Equal(la[i], lb[i]) {
			return i + 1
		}
	}
	return min(len(la), len(lb)) + 1
}

// Published returns the publication date the gold annotation beside a
// report (NAME.gold.json beside NAME.txt) gives, or "" when there is none.
func Published(t testing.TB, report string) string {
	t.Helper()
	b, err := os.ReadFile(strings.TrimSuffix(report, ".txt") + ".gold.json")
	if os.IsNotExist(err) {
		return ""
	}
	if err != nil {
		t.Fatal(err)
	}
	var head struct{ Published string }
	if err := json.Unmarshal(b, &head); err != nil {
		t.Fatalf("%s: %v", report, err)
	}
	return head.Published
}
