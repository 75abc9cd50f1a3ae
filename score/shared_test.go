package score

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestSharedGold reads the evaluation material beside the checkout, when
// present: every gold file must parse, hold the documented counts, name
// only known governorates, and score perfectly against itself.
func TestSharedGold(t *testing.T) {
	eval := sharedEval(t)
	tests := []struct {
		name         string
		path         string
		field        ActorField
		docs, events int
	}{
		{"seed", filepath.Join(eval, "seed-000.gold.json"), ActorName, 1, 2},
		{"news", filepath.Join(eval, "news"), ActorName, 23, 60},
		{"acled", filepath.Join(eval, "acled", "dev.gold.jsonl"), ActorACLED, 1000, 1000},
	}
	total := 0
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golds, err := ReadGold(tt.path)
			if err != nil {
				t.Fatal(err)
			}
			events := 0
			for _, g := range golds {
				events += len(g.Events)
				for i, e := range g.Events {
					if k := governorateKey(e.Admin1); strings.HasPrefix(k, "?") || k == "" {
						t.Errorf("%s event %d: governorate %q unknown", g.Doc, i+1, e.Admin1)
					}
				}
			}
			if len(golds) != tt.docs || events != tt.events {
				t.Errorf("%d docs, %d events; want %d, %d", len(golds), events, tt.docs, tt.events)
			}
			total += len(golds)

			r, err := Evaluate(golds, predsFrom(golds, tt.field), Options{ActorField: tt.field})
			if err != nil {
				t.Fatal(err)
			}
			if r.Events.F1 != 1 || r.Killed.Items.F1 != 1 || len(r.Misses) != 0 {
				t.Errorf("gold against itself: events F1 %v, killed F1 %v, %d misses; first: %+v",
					r.Events.F1, r.Killed.Items.F1, len(r.Misses), firstMiss(r))
			}
		})
	}
	// The whole folder holds the three sets and nothing else.
	golds, err := ReadGold(eval)
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) != total {
		t.Errorf("reading %s: %d docs, want %d", eval, len(golds), total)
	}
}

func firstMiss(r *Report) Miss {
	if len(r.Misses) == 0 {
		return Miss{}
	}
	return r.Misses[0]
}
