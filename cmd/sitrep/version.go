package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sitrep/sitrep/gazetteer"
)

func newCmdVersion(io *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   "Print the versions of sitrep and of its gazetteer data",
		Args:    cobra.NoArgs,
		Example: "  $ sitrep version",
		RunE: func(c *cobra.Command, args []string) error {
			_, err := fmt.Fprintf(io.Out, "sitrep %s\n%s %s/%s\ngazetteer %s\n",
				moduleVersion(), runtime.Version(), runtime.GOOS, runtime.GOARCH, gazetteerVersion())
			return err
		},
	}
}

// moduleVersion is the version of the main module the binary was built
// from: a tag for "go install ...@v1.2.3", else "(devel)", with the commit
// when the build recorded one.
func moduleVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "-dirty"
			}
		}
	}
	if rev != "" && v == "(devel)" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		v += " " + rev + dirty
	}
	return v
}

// gazetteerVersion is the version of the embedded gazetteer data: the source
// tables it was generated from, each with the start of its SHA-256, one per
// line after the first.
func gazetteerVersion() string {
	var parts []string
	for _, src := range strings.Split(gazetteer.SourceVersion(), ";") {
		name, sum, ok := strings.Cut(strings.TrimSpace(src), " sha256:")
		if !ok {
			parts = append(parts, strings.TrimSpace(src))
			continue
		}
		if len(sum) > 12 {
			sum = sum[:12]
		}
		parts = append(parts, name+" sha256:"+sum)
	}
	if len(parts) == 0 || parts[0] == "" {
		return "(not recorded)"
	}
	return "data from " + strings.Join(parts, "\n  ")
}
