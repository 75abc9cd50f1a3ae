// Package testshared finds the material that sits beside a checkout,
// ../shared (evaluation sets with gold annotations, gazetteer sources), for
// the tests that measure on it. The repository builds and tests without
// it: Path skips the test, saying why, when it is absent.
package testshared

import (
	"os"
	"path/filepath"
	"testing"
)

// Path returns ../shared/elem... beside the module root of the package
// under test, or skips t when that path does not exist.
func Path(t testing.TB, elem ...string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no go.mod above the package directory; cannot find ../shared")
		}
		dir = parent
	}
	p := filepath.Join(append([]string{dir, "..", "shared"}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s is absent: the shared material lives beside the checkout, not in it", p)
	}
	return p
}
