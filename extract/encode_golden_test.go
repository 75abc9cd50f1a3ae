package extract_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/internal/golden"
)

func encodeEvents(t *testing.T, f extract.Format, evs []extract.Event) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := extract.NewEncoder(&buf, f)
	for i := range evs {
		if err := enc.Encode(&evs[i]); err != nil {
			t.Fatalf("%v: %v", f, err)
		}
	}
	if err := enc.Close(); err != nil {
		t.Fatalf("%v: %v", f, err)
	}
	return buf.Bytes()
}

// TestEncodeGolden compares the csv and geojson output of each bundled
// report with golden files under testdata/encode; go test ./extract -update
// rewrites them. Each output must also parse back to as many records as
// the report has events (geojson: those with coordinates).
func TestEncodeGolden(t *testing.T) {
	reports, _ := filepath.Glob(filepath.Join("..", "testdata", "reports", "*.txt"))
	if len(reports) == 0 {
		t.Fatal("no reports under testdata/reports")
	}
	for _, path := range reports {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		evs := extractFile(t, path, golden.Published(t, path))
		for _, f := range []extract.Format{extract.FormatCSV, extract.FormatGeoJSON} {
			t.Run(name+"."+f.String(), func(t *testing.T) {
				got := encodeEvents(t, f, evs)
				switch f {
				case extract.FormatCSV:
					rows, err := csv.NewReader(bytes.NewReader(got)).ReadAll()
					if err != nil || len(rows) != len(evs)+1 {
						t.Errorf("csv reads back as %d rows (%v), want a header and %d", len(rows), err, len(evs))
					}
				case extract.FormatGeoJSON:
					var fc struct{ Features []json.RawMessage }
					located := 0
					for _, ev := range evs {
						if ev.Location != nil && (ev.Location.Lat != 0 || ev.Location.Lon != 0) {
							located++
						}
					}
					if err := json.Unmarshal(got, &fc); err != nil || len(fc.Features) != located {
						t.Errorf("geojson reads back as %d features (%v), want %d", len(fc.Features), err, located)
					}
				}
				golden.Check(t, filepath.Join("..", "testdata", "encode", name+"."+f.String()), got, *update, "./extract")
			})
		}
	}
}

// ACLED's event and sub-event types, as its codebook spells them.
var acledTypes = map[string][]string{
	"Battles":                    {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
	"Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
	"Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
	"Protests":                   {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
	"Riots":                      {"Violent demonstration", "Mob violence"},
	"Strategic developments":     {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"},
}

// Syria's bounding box, with a margin of a few kilometres.
const (
	syriaMinLat, syriaMaxLat = 32.2, 37.4
	syriaMinLon, syriaMaxLon = 35.6, 42.5
)

var (
	isoDate   = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	isYear    = regexp.MustCompile(`^\d{4}$`)
	isDecimal = regexp.MustCompile(`^-?\d+(\.\d+)?$`)
)

// TestEncodeCSVACLEDValues reads the CSV of every bundled report and checks
// that each ACLED-named column holds what ACLED's would, and agrees with
// the columns it depends on: a real date and its year, precision codes
// present exactly when there is something to be precise about, inter codes
// that say whether an actor is there, coordinates inside Syria, and
// fatalities that are the killed estimate. (encode_test.go checks the form
// of each value on hand-made records; this checks real output and the
// columns against one another.)
func TestEncodeCSVACLEDValues(t *testing.T) {
	var reports []string
	for _, dir := range []string{"reports", filepath.Join("cli", "reports")} {
		m, _ := filepath.Glob(filepath.Join("..", "testdata", dir, "*.txt"))
		reports = append(reports, m...)
	}
	rows := 0
	for _, path := range reports {
		evs := extractFile(t, path, golden.Published(t, path))
		recs, err := csv.NewReader(bytes.NewReader(encodeEvents(t, extract.FormatCSV, evs))).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		header := recs[0]
		if !slices.Equal(header, extract.CSVHeader()) {
			t.Fatalf("header %v", header)
		}
		for i, rec := range recs[1:] {
			rows++
			ev := evs[i]
			col := func(name string) string { return rec[slices.Index(header, name)] }
			where := filepath.Base(path) + " row " + strconv.Itoa(i+1)

			date, year, tp := col("event_date"), col("year"), col("time_precision")
			if date != "" {
				d, err := time.Parse(time.DateOnly, date)
				if !isoDate.MatchString(date) || err != nil {
					t.Errorf("%s: event_date %q is not a YYYY-MM-DD day", where, date)
				} else if !isYear.MatchString(year) || year != strconv.Itoa(d.Year()) {
					t.Errorf("%s: year %q for event_date %s", where, year, date)
				}
				if tp != "1" && tp != "2" && tp != "3" {
					t.Errorf("%s: time_precision %q, want 1, 2 or 3", where, tp)
				}
			} else if year != "" || tp != "" {
				t.Errorf("%s: year %q and time_precision %q without an event_date", where, year, tp)
			}

			subs, ok := acledTypes[col("event_type")]
			if !ok {
				t.Errorf("%s: event_type %q is not one of ACLED's", where, col("event_type"))
			}
			if sub := col("sub_event_type"); sub != "" && !slices.Contains(subs, sub) {
				t.Errorf("%s: sub_event_type %q is not ACLED's under %q", where, sub, col("event_type"))
			}

			for _, n := range []string{"1", "2"} {
				actor, inter := col("actor"+n), col("inter"+n)
				switch {
				case actor == "" && inter != "0":
					t.Errorf("%s: inter%s %q with no actor%s, want 0", where, n, inter, n)
				case actor != "" && inter != "" && (len(inter) != 1 || inter < "1" || inter > "8"):
					t.Errorf("%s: inter%s %q for %q, want 1-8 (or empty when the kind is unknown)", where, n, inter, actor)
				}
			}

			lat, lon, gp := col("latitude"), col("longitude"), col("geo_precision")
			if (lat == "") != (lon == "") {
				t.Errorf("%s: latitude %q and longitude %q: one without the other", where, lat, lon)
			}
			if lat != "" {
				la, errA := strconv.ParseFloat(lat, 64)
				lo, errO := strconv.ParseFloat(lon, 64)
				if !isDecimal.MatchString(lat) || !isDecimal.MatchString(lon) || errA != nil || errO != nil {
					t.Errorf("%s: coordinates %q, %q are not decimal degrees", where, lat, lon)
				} else if la < syriaMinLat || la > syriaMaxLat || lo < syriaMinLon || lo > syriaMaxLon {
					t.Errorf("%s: %s, %s (%s) lies outside Syria", where, lat, lon, col("location"))
				}
			}
			if (gp != "") != (ev.Location != nil) || gp != "" && gp != "1" && gp != "2" && gp != "3" {
				t.Errorf("%s: geo_precision %q with location %q", where, gp, col("location"))
			}
			if col("location") != "" && col("admin1") == "" {
				t.Errorf("%s: location %q without admin1", where, col("location"))
			}

			fat, err := strconv.Atoi(col("fatalities"))
			want := 0
			if ev.Casualties.Killed != nil {
				want = ev.Casualties.Killed.Best
			}
			if err != nil || fat < 0 || fat != want {
				t.Errorf("%s: fatalities %q, want %d, the best count of killed", where, col("fatalities"), want)
			}
		}
	}
	if rows == 0 {
		t.Fatal("the bundled reports gave no events to check")
	}
	t.Logf("%d rows from %d reports", rows, len(reports))
}
