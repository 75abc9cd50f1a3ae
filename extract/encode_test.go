package extract

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// testEvents are records written by hand to exercise the encoders: every
// field set, nothing set, and the shapes between.
func testEvents() []Event {
	return []Event{
		{
			Schema: SchemaID, ID: "homs-1.txt#1",
			Doc:       DocRef{ID: "homs-1.txt", Path: "wire/homs-1.txt", Published: "2019-04-20", Title: "Ambush near al-Sukhna", Meta: map[string]any{"desk": "Beirut", "tags": []any{"homs", "ambush"}}},
			EventType: "battles", SubEventType: "armed_clash",
			Date: Date{Start: "2019-04-18", End: "2019-04-20", Precision: "day", Text: "Thursday night"},
			Location: &Location{Name: "al-Sukhna", Feature: "community", PCode: "C1234", GeoNamesID: 170000,
				Admin1: "Homs", Admin2: "Tadmor", Admin3: "Sokhneh", Lat: 34.887, Lon: 38.87, Precision: "near", Text: "east of al-Sukhna"},
			Actors: []Actor{
				{Name: "Islamic State", ID: "islamic-state", ACLED: "Islamic State (Syria)", Kind: "rebel_group", Role: "attacker", Text: "IS fighters"},
				{Name: "Syrian government forces", ID: "sgf", ACLED: "Military Forces of Syria (2000-2024)", Kind: "state_forces", Role: "target", Text: "troops"},
			},
			Casualties: Casualties{Killed: &Estimate{Best: 12, Low: 10, High: 12}, Wounded: &Estimate{Best: 3, Low: 3, High: 5}},
			Claims: []Claim{{Source: "Syrian Observatory for Human Rights", Kind: "killed", Count: 12, Low: 12, High: 12, Qualifier: "exact",
				Victims: "soldiers", Includes: []Subset{{Count: 2, Victims: "officers"}}, Text: "killed 12 soldiers, including two officers", Start: 40, End: 82}},
			Sources:    []string{"Syrian Observatory for Human Rights", "Wire"},
			Evidence:   []Evidence{{Start: 0, End: 82, Text: "IS fighters killed 12 soldiers & two officers"}, {Start: 90, End: 120, Text: "Three were wounded."}},
			Confidence: 0.87,
		},
		{Schema: SchemaID, ID: "stdin#1", Doc: DocRef{ID: "stdin"}, EventType: "protests", Date: Date{Precision: "unknown"}},
		{
			Schema: SchemaID, ID: "feed:3#2", Doc: DocRef{ID: "feed:3"},
			EventType: "explosions_remote_violence", SubEventType: "air_drone_strike",
			Date:     Date{Start: "2020-02-01", End: "2020-02-29", Precision: "month"},
			Location: &Location{Name: "Idlib", Feature: "governorate", Admin1: "Idlib", Lat: 35.93, Lon: 36.63, Precision: "governorate"},
			Actors: []Actor{
				{Name: "Russian forces", ID: "ru", Kind: "external_forces", Role: "attacker"},
				{Name: "Civilians", ID: "civilians", Kind: "civilians", Role: "target"},
			},
			Casualties: Casualties{Killed: &Estimate{Best: 4, Low: 4, High: 4}},
			Confidence: 0.5,
		},
		{
			Schema: SchemaID, ID: "p#1", Doc: DocRef{ID: "p"}, EventType: "riots", SubEventType: "mob_violence",
			Date:     Date{Start: "2021-07-05", End: "2021-07-09", Precision: "week"},
			Location: &Location{Name: "Nowhere", Precision: "exact"}, // no coordinates
			Actors:   []Actor{{Name: "Rioters", Kind: "rioters", Role: "party"}, {Name: "Someone", Kind: "", Role: "party"}},
		},
	}
}

func encodeAll(t testing.TB, f Format, events []Event) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := NewEncoder(&buf, f)
	for i := range events {
		if err := enc.Encode(&events[i]); err != nil {
			t.Fatalf("%v: Encode: %v", f, err)
		}
	}
	if err := enc.Close(); err != nil {
		t.Fatalf("%v: Close: %v", f, err)
	}
	return buf.Bytes()
}

// decodeRecords parses json, jsonl or yaml output back into events.
func decodeRecords(t testing.TB, f Format, out []byte) []Event {
	t.Helper()
	var got []Event
	switch f {
	case FormatJSON:
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatalf("json output does not parse: %v\n%s", err, out)
		}
	case FormatJSONL:
		for i, line := range strings.SplitAfter(string(out), "\n") {
			if line == "" {
				continue
			}
			if !strings.HasSuffix(line, "\n") {
				t.Fatalf("jsonl line %d does not end in a newline", i+1)
			}
			var ev Event
			if err := json.Unmarshal([]byte(line), &ev); err != nil {
				t.Fatalf("jsonl line %d does not parse: %v", i+1, err)
			}
			got = append(got, ev)
		}
	case FormatYAML:
		if err := yaml.Unmarshal(out, &got); err != nil {
			t.Fatalf("yaml output does not parse: %v\n%s", err, out)
		}
	default:
		t.Fatalf("decodeRecords: %v is not a record format", f)
	}
	if got == nil {
		got = []Event{}
	}
	return got
}

func TestEncodeRoundTrip(t *testing.T) {
	events := testEvents()
	for _, f := range []Format{FormatJSON, FormatJSONL, FormatYAML} {
		t.Run(f.String(), func(t *testing.T) {
			got := decodeRecords(t, f, encodeAll(t, f, events))
			var want []Event
			for i := range events {
				want = append(want, *withArrays(&events[i]))
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("round trip differs\ngot  %+v\nwant %+v", got, want)
			}
			if empty := decodeRecords(t, f, encodeAll(t, f, nil)); len(empty) != 0 {
				t.Errorf("empty output gave %d records", len(empty))
			}
		})
	}
}

func TestEncodeJSONKeepsAmpersand(t *testing.T) {
	out := encodeAll(t, FormatJSONL, testEvents()[:1])
	if !bytes.Contains(out, []byte("soldiers & two")) {
		t.Errorf("jsonl output escapes &: %s", out)
	}
}

func TestEncodeYAMLMetaNumbers(t *testing.T) {
	ev := Event{ID: "x", Doc: DocRef{Meta: map[string]any{"n": json.Number("42"), "f": json.Number("1.5"), "big": json.Number("1e400")}}}
	var got []map[string]any
	if err := yaml.Unmarshal(encodeAll(t, FormatYAML, []Event{ev}), &got); err != nil {
		t.Fatal(err)
	}
	meta := got[0]["doc"].(map[string]any)["meta"].(map[string]any)
	if meta["n"] != 42 || meta["f"] != 1.5 || meta["big"] != "1e400" {
		t.Errorf("meta = %#v, want 42, 1.5 and the string 1e400", meta)
	}
}

// TestEncodeInvalidUTF8 checks that text holding bytes that are not UTF-8,
// as Doc.Text may, comes out as valid UTF-8 with U+FFFD in every format.
func TestEncodeInvalidUTF8(t *testing.T) {
	ev := testEvents()[0]
	ev.Evidence = []Evidence{{Start: 0, End: 6, Text: "Caf\xe9 \xff"}}
	ev.Location.Name = "Kafr \xe9"
	ev.Doc.Meta = map[string]any{"k\xe9": "v\xe9"}
	for f := FormatJSON; f <= FormatGeoJSON; f++ {
		out := encodeAll(t, f, []Event{ev})
		// encoding/json escapes U+FFFD; the others write it as is.
		if !utf8.Valid(out) || !bytes.Contains(out, []byte("Caf\uFFFD \uFFFD")) && !bytes.Contains(out, []byte(`Caf\ufffd \ufffd`)) {
			t.Errorf("%v: output not valid UTF-8 with U+FFFD:\n%s", f, out)
		}
	}
}

func TestEncodeCSV(t *testing.T) {
	events := testEvents()
	rows, err := csv.NewReader(bytes.NewReader(encodeAll(t, FormatCSV, events))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rows[0], CSVHeader()) || len(rows) != len(events)+1 {
		t.Fatalf("header %v and %d rows", rows[0], len(rows))
	}
	col := func(row []string, name string) string { return row[slices.Index(rows[0], name)] }
	want := map[string]string{
		"event_date": "2019-04-18", "year": "2019", "time_precision": "2",
		"event_type": "Battles", "sub_event_type": "Armed clash",
		"actor1": "Islamic State (Syria)", "inter1": "2", "actor2": "Military Forces of Syria (2000-2024)", "inter2": "1",
		"admin1": "Homs", "admin2": "Tadmor", "admin3": "Sokhneh", "location": "al-Sukhna",
		"latitude": "34.887", "longitude": "38.87", "geo_precision": "2",
		"source": "Syrian Observatory for Human Rights; Wire",
		"notes":  "IS fighters killed 12 soldiers & two officers Three were wounded.", "fatalities": "12",
		"event_id": "homs-1.txt#1", "doc_id": "homs-1.txt", "killed_low": "10", "killed_high": "12",
		"wounded": "3", "wounded_low": "3", "wounded_high": "5", "confidence": "0.87",
	}
	for name, w := range want {
		if got := col(rows[1], name); got != w {
			t.Errorf("%s = %q, want %q", name, got, w)
		}
	}
	// The bare event: no date, no place, no actors, no figures.
	for name, w := range map[string]string{"event_date": "", "time_precision": "", "event_type": "Protests", "inter1": "0", "inter2": "0", "fatalities": "0", "killed_low": "", "latitude": ""} {
		if got := col(rows[2], name); got != w {
			t.Errorf("bare event %s = %q, want %q", name, got, w)
		}
	}
	if got := encodeAll(t, FormatCSV, nil); string(got) != strings.Join(CSVHeader(), ",")+"\n" {
		t.Errorf("empty CSV = %q, want the header alone", got)
	}
}

// acledForms are the values ACLED's own columns may hold.
var acledForms = map[string]*regexp.Regexp{
	"event_date":     regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})?$`),
	"year":           regexp.MustCompile(`^(\d{4})?$`),
	"time_precision": regexp.MustCompile(`^[123]?$`),
	"event_type":     regexp.MustCompile(`^(Battles|Explosions/Remote violence|Violence against civilians|Protests|Riots|Strategic developments)$`),
	"inter1":         regexp.MustCompile(`^[0-8]?$`),
	"inter2":         regexp.MustCompile(`^[0-8]?$`),
	"latitude":       regexp.MustCompile(`^(-?\d{1,2}(\.\d+)?)?$`),
	"longitude":      regexp.MustCompile(`^(-?\d{1,3}(\.\d+)?)?$`),
	"geo_precision":  regexp.MustCompile(`^[123]?$`),
	"fatalities":     regexp.MustCompile(`^\d+$`),
}

func checkACLEDForms(t *testing.T, out []byte) {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for i, row := range rows[1:] {
		for j, name := range rows[0] {
			if re := acledForms[name]; re != nil && !re.MatchString(row[j]) {
				t.Errorf("row %d: %s = %q, not of ACLED's form", i+1, name, row[j])
			}
		}
	}
}

func TestEncodeCSVACLEDForms(t *testing.T) {
	events := testEvents()
	// Every actor kind, each as actor1 and as actor2.
	for kind, code := range interCodes {
		events = append(events, Event{EventType: "battles", Actors: []Actor{{Name: kind, Kind: kind, Role: "target"}, {Name: "x", Kind: kind, Role: "attacker"}}})
		row := csvRow(nil, &events[len(events)-1])
		if row[6] != strconv.Itoa(code) || row[8] != strconv.Itoa(code) {
			t.Errorf("%s: inter1 %q inter2 %q, want %d", kind, row[6], row[8], code)
		}
	}
	checkACLEDForms(t, encodeAll(t, FormatCSV, events))
}

func TestACLEDDate(t *testing.T) {
	tests := []struct {
		d          Date
		date, prec string
	}{
		{Date{Start: "2019-04-18", End: "2019-04-18", Precision: "day"}, "2019-04-18", "1"},
		{Date{Start: "2019-04-18", Precision: "day"}, "2019-04-18", "1"},
		{Date{Start: "2019-04-18", End: "2019-04-20", Precision: "day"}, "2019-04-18", "2"},
		{Date{Start: "2019-04-15", End: "2019-04-21", Precision: "week"}, "2019-04-15", "2"},
		{Date{Start: "2019-04-01", End: "2019-04-30", Precision: "month"}, "2019-04-01", "3"},
		{Date{Start: "2019-04-01", End: "2019-04-12"}, "2019-04-01", "3"},
		{Date{Precision: "unknown"}, "", ""},
		{Date{Start: "April"}, "", ""},
	}
	for _, tt := range tests {
		if date, prec := acledDate(tt.d); date != tt.date || prec != tt.prec {
			t.Errorf("acledDate(%+v) = %q, %q, want %q, %q", tt.d, date, prec, tt.date, tt.prec)
		}
	}
}

type featureCollection struct {
	Type     string `json:"type"`
	Features []struct {
		Type     string `json:"type"`
		ID       string `json:"id"`
		Geometry struct {
			Type        string    `json:"type"`
			Coordinates []float64 `json:"coordinates"`
		} `json:"geometry"`
		Properties map[string]any `json:"properties"`
	} `json:"features"`
}

func TestEncodeGeoJSON(t *testing.T) {
	events := testEvents()
	var buf bytes.Buffer
	enc := NewEncoder(&buf, FormatGeoJSON)
	for i := range events {
		if err := enc.Encode(&events[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	var fc featureCollection
	if err := json.Unmarshal(buf.Bytes(), &fc); err != nil {
		t.Fatalf("%v\n%s", err, buf.Bytes())
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) != 2 {
		t.Fatalf("type %q with %d features, want a FeatureCollection of 2", fc.Type, len(fc.Features))
	}
	if n := enc.(*GeoJSONEncoder).Skipped(); n != 2 {
		t.Errorf("Skipped() = %d, want 2", n)
	}
	f := fc.Features[0]
	if f.Type != "Feature" || f.ID != "homs-1.txt#1" || f.Geometry.Type != "Point" || !slices.Equal(f.Geometry.Coordinates, []float64{38.87, 34.887}) {
		t.Errorf("feature %+v", f)
	}
	for key, want := range map[string]any{
		"id": "homs-1.txt#1", "doc_id": "homs-1.txt", "doc_meta_desk": "Beirut", "event_type": "battles",
		"date_start": "2019-04-18", "location_admin1": "Homs", "location_lat": 34.887,
		"casualties_killed_best": 12.0, "casualties_wounded_high": 5.0, "confidence": 0.87,
	} {
		if got := f.Properties[key]; got != want {
			t.Errorf("properties[%q] = %#v, want %#v", key, got, want)
		}
	}
	if actors, _ := f.Properties["actors"].([]any); len(actors) != 2 {
		t.Errorf("actors = %#v, want an array of 2", f.Properties["actors"])
	}
	if _, ok := fc.Features[1].Properties["casualties_wounded"]; !ok {
		t.Errorf("a null estimate should stay as a null property: %v", fc.Features[1].Properties)
	}

	var empty featureCollection
	if err := json.Unmarshal(encodeAll(t, FormatGeoJSON, nil), &empty); err != nil || empty.Type != "FeatureCollection" || empty.Features == nil {
		t.Errorf("empty collection: %+v, %v", empty, err)
	}
}

// failAfter accepts n bytes, then fails every write.
type failAfter struct {
	buf bytes.Buffer
	n   int
}

var errDiskFull = errors.New("disk full")

func (w *failAfter) Write(p []byte) (int, error) {
	if w.buf.Len()+len(p) > w.n {
		return 0, errDiskFull
	}
	return w.buf.Write(p)
}

// TestEncodeWriteError checks that output stops at the first failed write,
// holds only whole records, and that the error sticks.
func TestEncodeWriteError(t *testing.T) {
	events := testEvents()
	for f := FormatJSON; f <= FormatGeoJSON; f++ {
		t.Run(f.String(), func(t *testing.T) {
			whole := encodeAll(t, f, events[:2])
			w := &failAfter{n: len(whole) - 1}
			enc := NewEncoder(w, f)
			var err error
			for i := range events {
				if err = enc.Encode(&events[i]); err != nil {
					break
				}
			}
			if f == FormatGeoJSON && err == nil { // the first feature fits; the third event is the next
				err = enc.Close()
			}
			if !errors.Is(err, errDiskFull) {
				t.Fatalf("error %v, want disk full", err)
			}
			if err := enc.Encode(&events[0]); !errors.Is(err, errDiskFull) {
				t.Errorf("Encode after a failure: %v", err)
			}
			if err := enc.Close(); !errors.Is(err, errDiskFull) {
				t.Errorf("Close after a failure: %v", err)
			}
			if f == FormatJSONL {
				lines := strings.Split(strings.TrimSuffix(w.buf.String(), "\n"), "\n")
				for _, l := range lines {
					if l != "" && !json.Valid([]byte(l)) {
						t.Errorf("torn record %q", l)
					}
				}
			}
		})
	}
}

// TestEncodeExtracted runs the pipeline over the CLI test reports and checks
// that whatever events come out survive every format.
func TestEncodeExtracted(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/cli/reports/*.txt")
	if len(paths) == 0 {
		t.Skip("no reports in testdata/cli/reports")
	}
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var events []Event
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := NewReader(bytes.NewReader(data), p, InputText).Next()
		if err != nil {
			t.Fatal(err)
		}
		evs, err := x.Extract(t.Context(), d)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		events = append(events, evs...)
	}
	t.Logf("%d events from %d reports", len(events), len(paths))
	want := decodeRecords(t, FormatJSON, encodeAll(t, FormatJSON, events))
	for _, f := range []Format{FormatJSONL, FormatYAML} {
		if got := decodeRecords(t, f, encodeAll(t, f, events)); !reflect.DeepEqual(got, want) {
			t.Errorf("%v holds other data than json:\n%+v\n%+v", f, got, want)
		}
	}
	rows, err := csv.NewReader(bytes.NewReader(encodeAll(t, FormatCSV, events))).ReadAll()
	if err != nil || len(rows) != len(events)+1 {
		t.Errorf("csv: %d rows, %v", len(rows), err)
	}
	checkACLEDForms(t, encodeAll(t, FormatCSV, events))
	var fc featureCollection
	if err := json.Unmarshal(encodeAll(t, FormatGeoJSON, events), &fc); err != nil {
		t.Errorf("geojson: %v", err)
	}
}

func ExampleNewEncoder() {
	ev := Event{Schema: SchemaID, ID: "r.txt#1", Doc: DocRef{ID: "r.txt"}, EventType: "battles",
		Date: Date{Start: "2019-04-18", End: "2019-04-18", Precision: "day"}, Casualties: Casualties{Killed: &Estimate{Best: 3, Low: 3, High: 3}}}
	enc := NewEncoder(os.Stdout, FormatCSV)
	enc.Encode(&ev)
	enc.Close()
	// Output:
	// event_date,year,time_precision,event_type,sub_event_type,actor1,inter1,actor2,inter2,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,notes,fatalities,event_id,doc_id,killed_low,killed_high,wounded,wounded_low,wounded_high,confidence
	// 2019-04-18,2019,1,Battles,,,0,,0,,,,,,,,,,3,r.txt#1,r.txt,3,3,,,,0
}

func ExampleParseFormat() {
	f, err := ParseFormat("geojson")
	fmt.Println(f, err)
	_, err = ParseFormat("xml")
	fmt.Println(err)
	// Output:
	// geojson <nil>
	// unknown format "xml": want json, jsonl, yaml, csv or geojson
}

func BenchmarkEncode(b *testing.B) {
	events := testEvents()
	for f := FormatJSON; f <= FormatGeoJSON; f++ {
		b.Run(f.String(), func(b *testing.B) {
			b.SetBytes(int64(len(encodeAll(b, f, events))))
			b.ReportAllocs()
			for b.Loop() {
				enc := NewEncoder(io.Discard, f)
				for i := range events {
					enc.Encode(&events[i])
				}
				enc.Close()
			}
		})
	}
}
