//go:build ignore

// Gen regenerates the gazetteer's embedded data from the OCHA and GeoNames
// source tables:
//
//	go run gen.go -src ../../shared/gazetteer-sources
//
// $SITREP_GAZETTEER_SRC, when set, overrides -src: the Makefile passes its
// SRC that way through go generate (an absolute path, or one relative to
// this directory).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/sitrep/sitrep/gazetteer/internal/gen"
)

func main() {
	if err := main1(); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func main1() error {
	src := flag.String("src", "../../shared/gazetteer-sources", "directory of the OCHA and GeoNames source tables")
	flag.Parse()
	if env := os.Getenv("SITREP_GAZETTEER_SRC"); env != "" {
		*src = env
	}
	return gen.Generate(os.DirFS(*src), func(name string, data []byte) error {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return err
		}
		if name == gen.OutJoin {
			if n := strings.Count(string(data), "\tunjoined\n"); n > 0 {
				fmt.Fprintf(os.Stderr, "gen: %d GeoNames rows not joined to an OCHA community; see %s\n", n, name)
			}
		}
		return os.WriteFile(name, data, 0o644)
	})
}
