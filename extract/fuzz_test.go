package extract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"reflect"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/sitrep/sitrep/extract"
)

// FuzzExtract runs the whole pipeline on arbitrary text: no panic, every
// span in bounds and on rune boundaries and reading as its text, records
// that encode and parse back, and the same result twice.
func FuzzExtract(f *testing.F) {
	f.Add("IS militants ambushed Syrian government forces east of the town of al-Sukhna on Thursday night, killing 27 soldiers, including four officers, the Syrian Observatory for Human Rights said.")
	f.Add("BEIRUT, March 9 (Wire) - Separately, a car bomb exploded in Azaz, killing at least eight civilians. SANA put the toll at nearly two dozen.")
	f.Add("Clashes between HTS and the SDF in Manbij left 5 dead and 12 wounded.\n\nTwin attacks kill 40\n")
	f.Add("\u201cNearly 50\u201d \xff\xfe were killed in 24 hours since 2011 in the 4th Division.")
	x, err := newExtractor()
	if err != nil {
		f.Fatal(err)
	}
	published := time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 1<<16 {
			return
		}
		d := &extract.Doc{ID: "fuzz", Text: text, Published: published}
		evs, err := x.Extract(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		again, err := x.Extract(context.Background(), &extract.Doc{ID: "fuzz", Text: text, Published: published})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(evs, again) {
			t.Fatalf("two runs differ on %q", text)
		}
		valid := utf8.ValidString(text)
		check := func(what string, start, end int, got string) {
			if start < 0 || end > len(text) || start > end {
				t.Fatalf("%s span %d-%d out of bounds (len %d)", what, start, end, len(text))
			}
			if text[start:end] != got {
				t.Fatalf("%s span %d-%d reads %q, record says %q", what, start, end, text[start:end], got)
			}
			if valid && (!utf8.RuneStart(text[start]) || end < len(text) && !utf8.RuneStart(text[end])) {
				t.Fatalf("%s span %d-%d splits a rune", what, start, end)
			}
		}
		for _, ev := range evs {
			for _, c := range ev.Claims {
				check("claim", c.Start, c.End, c.Text)
				if c.Count < 0 || c.Low > c.High && c.High != 0 {
					t.Fatalf("claim %+v has a bad figure", c)
				}
			}
			for _, e := range ev.Evidence {
				check("evidence", e.Start, e.End, e.Text)
			}
			if k := ev.Casualties.Killed; k != nil && (k.Low > k.Best || k.Best > k.High || k.Low < 0) {
				t.Fatalf("killed estimate out of order: %+v", k)
			}
			if ev.Confidence < 0 || ev.Confidence > 1 {
				t.Fatalf("confidence %v out of [0,1]", ev.Confidence)
			}
		}
		for _, format := range []extract.Format{extract.FormatJSON, extract.FormatJSONL, extract.FormatCSV, extract.FormatGeoJSON} {
			var buf bytes.Buffer
			enc := extract.NewEncoder(&buf, format)
			for i := range evs {
				if err := enc.Encode(&evs[i]); err != nil {
					t.Fatalf("%v: %v", format, err)
				}
			}
			if err := enc.Close(); err != nil {
				t.Fatalf("%v: %v", format, err)
			}
			if format == extract.FormatJSON || format == extract.FormatGeoJSON {
				var v any
				if err := json.Unmarshal(buf.Bytes(), &v); err != nil {
					t.Fatalf("%v output does not parse: %v", format, err)
				}
			}
		}
	})
}
