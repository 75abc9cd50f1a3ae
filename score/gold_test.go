package score

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestReadGoldFolder(t *testing.T) {
	golds, err := ReadGold(filepath.Join("testdata", "gold"))
	if err != nil {
		t.Fatal(err)
	}
	var docs []string
	events := 0
	for _, g := range golds {
		docs = append(docs, g.Doc)
		events += len(g.Events)
	}
	// Lexical walk order: dawn-raid.gold.json comes before sub/.
	if want := []string{"dawn-raid.txt", "market-blast.txt"}; !reflect.DeepEqual(docs, want) {
		t.Errorf("docs %q, want %q", docs, want)
	}
	if events != 3 {
		t.Errorf("%d events, want 3", events)
	}
	blast := golds[1].Events
	if want := (Names{"al-Bab"}); !reflect.DeepEqual(blast[0].Locations, want) {
		t.Errorf("location given as a string: %q, want %q", blast[0].Locations, want)
	}
	if want := (Names{"Kafr Nabl", "Jabal al-Zawiya"}); !reflect.DeepEqual(blast[1].Locations, want) {
		t.Errorf("location given as a list: %q, want %q", blast[1].Locations, want)
	}
	if w := blast[0].Wounded; w == nil || w.Best != 20 || w.Low != nil || w.High != nil {
		t.Errorf("wounded {best: 20} read as %+v", w)
	}
	if blast[1].Killed != nil {
		t.Errorf("killed null read as %+v", blast[1].Killed)
	}
	if blast[1].DateEnd != "2020-10-31" {
		t.Errorf("date_end %q", blast[1].DateEnd)
	}
	raid := golds[0].Events[0]
	if raid.Lat == nil || *raid.Lat != 35.1167 || raid.Killed.Low == nil || *raid.Killed.Low != 4 {
		t.Errorf("dawn raid read as %+v", raid)
	}
}

func TestReadGoldJSONL(t *testing.T) {
	golds, err := ReadGold(filepath.Join("testdata", "notes.gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) != 2 {
		t.Fatalf("%d golds, want 2 (the blank line skipped)", len(golds))
	}
	if g := golds[1]; g.Doc != "NOTE002" || g.Events[0].Admin1 != "Idleb" || g.Events[0].Admin2 != "Idleb" {
		t.Errorf("second note read as %+v", g)
	}
}

func TestReadGoldOneFile(t *testing.T) {
	golds, err := ReadGold(filepath.Join("testdata", "gold", "sub", "market-blast.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) != 1 || golds[0].Doc != "market-blast.txt" || len(golds[0].Events) != 2 {
		t.Errorf("read %+v", golds)
	}
}

func TestReadGoldConcatenatedObjects(t *testing.T) {
	path := filepath.Join(t.TempDir(), "two.json")
	data := "{\"doc\": \"a.txt\", \"events\": []}\n{\n  \"doc\": \"b.txt\",\n  \"events\": []\n}\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	golds, err := ReadGold(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) != 2 || golds[1].Doc != "b.txt" {
		t.Errorf("read %+v", golds)
	}
}

func TestReadGoldErrors(t *testing.T) {
	tests := []struct {
		name string
		path string
		want []string // each must appear in the error
	}{
		{"missing doc", "bad/missing-doc.gold.json", []string{"missing-doc.gold.json:1: ", `missing "doc"`}},
		{"bad date on line 2", "bad/bad-date.gold.jsonl", []string{"bad-date.gold.jsonl:2: event 2: date: ", "02/06/2019"}},
		{"syntax error on line 3", "bad/syntax.gold.json", []string{"syntax.gold.json:3: ", "invalid character"}},
		{"folder of bad files", "bad", []string{"missing-doc.gold.json:1", "bad-date.gold.jsonl:2", "syntax.gold.json:3"}},
		{"absent", "no-such-file.gold.json", []string{"no-such-file.gold.json"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golds, err := ReadGold(filepath.Join("testdata", tt.path))
			if err == nil {
				t.Fatalf("no error; read %d golds", len(golds))
			}
			if golds != nil {
				t.Errorf("golds returned with an error: %d", len(golds))
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestReadGoldErrorIsTyped(t *testing.T) {
	_, err := ReadGold(filepath.Join("testdata", "bad", "bad-date.gold.jsonl"))
	var ge *GoldError
	if !errors.As(err, &ge) {
		t.Fatalf("error %v is not a *GoldError", err)
	}
	if ge.Line != 2 || ge.Event != 2 || !strings.HasSuffix(ge.Path, "bad-date.gold.jsonl") {
		t.Errorf("GoldError %+v, want line 2, event 2", ge)
	}
}

func TestReadGoldEmptyFolder(t *testing.T) {
	if _, err := ReadGold(t.TempDir()); err == nil {
		t.Error("empty folder: no error")
	}
}

func TestParseGoldChecks(t *testing.T) {
	tests := []struct {
		name, json, want string
	}{
		{"date_end before date", `{"doc":"a","events":[{"date":"2020-01-05","date_end":"2020-01-04"}]}`, "before"},
		{"date_end alone", `{"doc":"a","events":[{"date_end":"2020-01-04"}]}`, "without date"},
		{"lat without lon", `{"doc":"a","events":[{"lat":35.1}]}`, "together"},
		{"lat out of range", `{"doc":"a","events":[{"lat":135.1,"lon":36}]}`, "out of range"},
		{"negative killed", `{"doc":"a","events":[{"killed":{"best":-1}}]}`, "negative"},
		{"low above best", `{"doc":"a","events":[{"killed":{"best":3,"low":4}}]}`, "above best"},
		{"high below best", `{"doc":"a","events":[{"wounded":{"best":3,"high":2}}]}`, "below best"},
		{"figure without best", `{"doc":"a","events":[{"killed":{"low":2}}]}`, `"best"`},
		{"location of numbers", `{"doc":"a","events":[{"location":[1,2]}]}`, "location"},
		{"bad published", `{"doc":"a","published":"yesterday","events":[]}`, "published"},
		{"not an object", `[1,2]`, "cannot unmarshal"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := parseGold([]byte(tt.json))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestNamesNull(t *testing.T) {
	g, _, err := parseGold([]byte(`{"doc":"a","events":[{"location":null,"date":null,"killed":null}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if e := g.Events[0]; e.Locations != nil || e.Date != "" || e.Killed != nil {
		t.Errorf("nulls read as %+v", e)
	}
}

func FuzzParseGold(f *testing.F) {
	for _, path := range []string{"testdata/gold/dawn-raid.gold.json", "testdata/gold/sub/market-blast.gold.json"} {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"doc":"x","events":[{"location":"a","killed":{"best":1,"low":0,"high":2}}]}`))
	f.Add([]byte(`{"doc":"x","events":[{"location":["a","b"],"lat":1,"lon":2,"date":"2020-02-29"}]}`))
	f.Add([]byte(`{"doc":""}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		g, event, err := parseGold(data)
		if err != nil {
			if event < 0 {
				t.Errorf("event index %d", event)
			}
			return
		}
		if strings.TrimSpace(g.Doc) == "" {
			t.Error("accepted a gold without doc")
		}
		for _, e := range g.Events {
			for _, fig := range []*GoldFigure{e.Killed, e.Wounded} {
				if fig != nil && (fig.Best < 0 || fig.Low != nil && *fig.Low > fig.Best || fig.High != nil && *fig.High < fig.Best) {
					t.Errorf("accepted figure %+v", fig)
				}
			}
			if e.DateEnd != "" && e.DateEnd < e.Date {
				t.Errorf("accepted date_end %q before date %q", e.DateEnd, e.Date)
			}
		}
		// What was accepted encodes and reads back the same.
		out, err := json.Marshal(g)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		back, _, err := parseGold(out)
		if err != nil {
			t.Fatalf("re-reading %s: %v", out, err)
		}
		if !reflect.DeepEqual(normalizeGold(g), normalizeGold(back)) {
			t.Errorf("round trip changed the gold:\n%+v\n%+v", g, back)
		}
	})
}

// normalizeGold makes empty and nil slices alike, as JSON does.
func normalizeGold(g Gold) Gold {
	if len(g.NotEvents) == 0 {
		g.NotEvents = nil
	}
	if len(g.Events) == 0 {
		g.Events = nil
	}
	for i := range g.Events {
		e := &g.Events[i]
		if len(e.Locations) == 0 {
			e.Locations = nil
		}
		if len(e.Actors) == 0 {
			e.Actors = nil
		}
		if len(e.Sources) == 0 {
			e.Sources = nil
		}
	}
	return g
}
