package extract

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
)

// GeoJSONEncoder writes an RFC 7946 FeatureCollection, one feature a line,
// as a stream. Each record with coordinates becomes a Point feature whose id
// is the record's id and whose properties are the record's fields, nested
// objects flattened with "_" (doc_id, location_admin1,
// casualties_killed_best); arrays (actors, claims, sources, evidence) stay
// arrays. Records without coordinates are left out and counted.
type GeoJSONEncoder struct {
	recordSink
	buf     bytes.Buffer
	rec     bytes.Buffer
	skipped int
}

// NewGeoJSONEncoder returns a GeoJSONEncoder writing to w.
func NewGeoJSONEncoder(w io.Writer) *GeoJSONEncoder {
	return &GeoJSONEncoder{recordSink: recordSink{w: w}}
}

// Skipped returns how many records had no coordinates and were left out.
func (e *GeoJSONEncoder) Skipped() int { return e.skipped }

const geoJSONHead = `{"type":"FeatureCollection","features":[`

// Encode writes ev as a feature, or counts it as skipped when it has no
// location or its point is (0, 0), which no Syrian place is.
func (e *GeoJSONEncoder) Encode(ev *Event) error {
	if e.err != nil || e.closed {
		return e.write(nil)
	}
	l := ev.Location
	if l == nil || (l.Lat == 0 && l.Lon == 0) {
		e.skipped++
		return nil
	}
	e.rec.Reset()
	if err := marshalJSON(&e.rec, withArrays(ev), false); err != nil {
		return err
	}
	e.buf.Reset()
	if e.n == 0 {
		e.buf.WriteString(geoJSONHead + "\n")
	} else {
		e.buf.WriteString(",\n")
	}
	e.buf.WriteString(`{"type":"Feature","id":`)
	id, _ := json.Marshal(ev.ID)
	e.buf.Write(id)
	fmt.Fprintf(&e.buf, `,"geometry":{"type":"Point","coordinates":[%s,%s]},"properties":{`,
		strconv.FormatFloat(l.Lon, 'f', -1, 64), strconv.FormatFloat(l.Lat, 'f', -1, 64))
	if _, err := flattenJSON(&e.buf, "", bytes.TrimSpace(e.rec.Bytes()), true); err != nil {
		return fmt.Errorf("geojson: %w", err)
	}
	e.buf.WriteString("}}")
	if err := e.write(e.buf.Bytes()); err != nil {
		return err
	}
	e.n++
	return nil
}

// Close ends the collection; it writes an empty one if no feature came.
func (e *GeoJSONEncoder) Close() error {
	if e.closed {
		return e.err
	}
	end := "\n]}\n"
	if e.n == 0 {
		end = geoJSONHead + "]}\n"
	}
	err := e.write([]byte(end))
	e.closed = true
	return err
}

// flattenJSON writes the members of the JSON object obj into buf, without
// braces, as "prefix_key": value; members that are objects are flattened
// in turn. Member order is kept. first says no member has been written yet,
// and the result says whether that is still so.
func flattenJSON(buf *bytes.Buffer, prefix string, obj []byte, first bool) (bool, error) {
	dec := json.NewDecoder(bytes.NewReader(obj))
	dec.UseNumber()
	if _, err := dec.Token(); err != nil { // '{'
		return first, err
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return first, err
		}
		key := tok.(string)
		if prefix != "" {
			key = prefix + "_" + key
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return first, err
		}
		if len(raw) > 0 && raw[0] == '{' {
			if first, err = flattenJSON(buf, key, raw, first); err != nil {
				return first, err
			}
			continue
		}
		if !first {
			buf.WriteByte(',')
		}
		first = false
		k, _ := json.Marshal(key)
		buf.Write(k)
		buf.WriteByte(':')
		buf.Write(raw)
	}
	return first, nil
}
