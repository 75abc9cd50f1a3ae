package actors

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func FuzzLoadYAML(f *testing.F) {
	f.Add(embedded)
	f.Add([]byte("actors:\n  - id: a\n    name: A\n    kind: rebel_group\n    side: jihadist\n    until: 2016-07-28\n    aliases: &n [Nusra, IS]\n  - id: b\n    name: B\n    kind: rebel_group\n    side: jihadist\n    from: 2016-07-28\n    aliases: *n\nsources:\n  - id: s\n    name: S\n    rank: 1\n    aliases: [S]\n"))
	f.Add([]byte("actors: *x\n"))
	f.Add([]byte("actors:\n  - &a {id: a, aliases: [*a]}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		s, err := LoadYAML(bytes.NewReader(data), "fuzz.yaml")
		if err != nil {
			if s != nil {
				t.Fatal("both a set and an error")
			}
			_ = err.Error()
			return
		}
		for _, a := range s.Aliases() {
			if a.Text == "" || strings.TrimSpace(a.Text) != a.Text {
				t.Fatalf("alias %q", a.Text)
			}
			var i int
			var ok bool
			if a.Kind == AliasSource {
				i, ok = s.ResolveSource(a.Text)
			} else {
				i, ok = s.Resolve(a.Text, time.Time{})
			}
			if !ok || i < 0 {
				t.Fatalf("alias %q does not resolve", a.Text)
			}
		}
	})
}
