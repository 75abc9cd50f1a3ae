package extract

import (
	"bytes"
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
)

// CSVHeader returns the header row of FormatCSV. The first columns are ACLED's,
// with ACLED's names and value forms, so that a sitrep CSV can be appended to
// an ACLED export and read by the same script:
//
//   - event_date: YYYY-MM-DD, the first day of the event's date range;
//     year: its year; both empty when the date is unknown.
//   - time_precision: 1 for a single day, 2 for a range of up to a week,
//     3 for a longer one (a month, a season).
//   - event_type, sub_event_type: ACLED's labels ("Explosions/Remote
//     violence", "Air/drone strike").
//   - actor1, actor2: the first attacker and the first target (or the first
//     two parties), by ACLED name where the gazetteer knows it; inter1,
//     inter2: ACLED's actor codes 1-8 from the actor's kind, 0 when there is
//     no such actor, empty when its kind is unknown.
//   - latitude, longitude: decimal degrees; geo_precision: 1 for the place
//     itself, 2 for "near" a place, 3 when only the district or governorate
//     is known.
//   - source: the sources, separated by "; "; notes: the evidence text.
//   - fatalities: the best count of killed, 0 when the report gives none.
//
// sitrep's own columns follow.
func CSVHeader() []string { return slices.Clone(csvHeader) }

var csvHeader = []string{
	"event_date", "year", "time_precision", "event_type", "sub_event_type",
	"actor1", "inter1", "actor2", "inter2", "admin1", "admin2", "admin3",
	"location", "latitude", "longitude", "geo_precision", "source", "notes",
	"fatalities",
	"event_id", "doc_id", "killed_low", "killed_high", "wounded",
	"wounded_low", "wounded_high", "confidence",
}

// ACLED's interaction codes by sitrep actor kind.
var interCodes = map[string]int{
	"state_forces":      1,
	"rebel_group":       2,
	"political_militia": 3,
	"identity_militia":  4,
	"rioters":           5,
	"protesters":        6,
	"civilians":         7,
	"external_forces":   8,
}

// ACLED's labels for the snake-case event and sub-event types of the record.
var acledLabels = map[string]string{
	"battles":                             "Battles",
	"explosions_remote_violence":          "Explosions/Remote violence",
	"violence_against_civilians":          "Violence against civilians",
	"protests":                            "Protests",
	"riots":                               "Riots",
	"strategic_developments":              "Strategic developments",
	"armed_clash":                         "Armed clash",
	"government_regains_territory":        "Government regains territory",
	"non_state_actor_overtakes_territory": "Non-state actor overtakes territory",
	"chemical_weapon":                     "Chemical weapon",
	"air_drone_strike":                    "Air/drone strike",
	"suicide_bomb":                        "Suicide bomb",
	"shelling_artillery_missile_attack":   "Shelling/artillery/missile attack",
	"remote_explosive_landmine_ied":       "Remote explosive/landmine/IED",
	"grenade":                             "Grenade",
	"sexual_violence":                     "Sexual violence",
	"attack":                              "Attack",
	"abduction_forced_disappearance":      "Abduction/forced disappearance",
	"peaceful_protest":                    "Peaceful protest",
	"protest_with_intervention":           "Protest with intervention",
	"excessive_force_against_protesters":  "Excessive force against protesters",
	"violent_demonstration":               "Violent demonstration",
	"mob_violence":                        "Mob violence",
	"agreement":                           "Agreement",
	"arrests":                             "Arrests",
	"change_to_group_activity":            "Change to group/activity",
	"disrupted_weapons_use":               "Disrupted weapons use",
	"headquarters_or_base_established":    "Headquarters or base established",
	"looting_property_destruction":        "Looting/property destruction",
	"non_violent_transfer_of_territory":   "Non-violent transfer of territory",
	"other":                               "Other",
}

type csvEncoder struct {
	recordSink
	buf bytes.Buffer
	cw  *csv.Writer
	row []string
}

func newCSVEncoder(w io.Writer) *csvEncoder {
	e := &csvEncoder{recordSink: recordSink{w: w}}
	e.cw = csv.NewWriter(&e.buf)
	return e
}

func (e *csvEncoder) writeRow(row []string) error {
	e.buf.Reset()
	if err := e.cw.Write(row); err != nil {
		return err
	}
	e.cw.Flush()
	return e.write(e.buf.Bytes())
}

func (e *csvEncoder) header() error {
	if e.n > 0 || e.closed {
		return nil
	}
	return e.writeRow(csvHeader)
}

func (e *csvEncoder) Encode(ev *Event) error {
	if err := e.header(); err != nil {
		return err
	}
	e.row = csvRow(e.row[:0], ev)
	if err := e.writeRow(e.row); err != nil {
		return err
	}
	e.n++
	return nil
}

// Close writes the header if no record came, so that every output, even of
// an empty batch, has one.
func (e *csvEncoder) Close() error {
	if e.closed {
		return e.err
	}
	var err error
	if e.n == 0 {
		err = e.writeRow(csvHeader)
	}
	e.closed = true
	if err != nil {
		return err
	}
	return e.err
}

func csvRow(row []string, ev *Event) []string {
	date, tp := acledDate(ev.Date)
	year := ""
	if date != "" {
		year = date[:4]
	}
	a1, a2 := acledActors(ev.Actors)
	var admin1, admin2, admin3, place, lat, lon, gp string
	if l := ev.Location; l != nil {
		admin1, admin2, admin3, place = l.Admin1, l.Admin2, l.Admin3, l.Name
		if l.Lat != 0 || l.Lon != 0 {
			lat = strconv.FormatFloat(l.Lat, 'f', -1, 64)
			lon = strconv.FormatFloat(l.Lon, 'f', -1, 64)
		}
		gp = geoPrecision(l.Precision)
	}
	notes := make([]string, len(ev.Evidence))
	for i, e := range ev.Evidence {
		notes[i] = e.Text
	}
	k, w := ev.Casualties.Killed, ev.Casualties.Wounded
	fatalities := "0"
	if k != nil {
		fatalities = strconv.Itoa(k.Best)
	}
	row = append(row,
		date, year, tp, acledLabel(ev.EventType), acledLabel(ev.SubEventType),
		actorName(a1), interCode(a1), actorName(a2), interCode(a2),
		admin1, admin2, admin3, place, lat, lon, gp,
		strings.Join(ev.Sources, "; "), strings.Join(notes, " "), fatalities,
		ev.ID, ev.Doc.ID, estLow(k), estHigh(k), estBest(w), estLow(w), estHigh(w),
		strconv.FormatFloat(ev.Confidence, 'f', -1, 64),
	)
	for i := range row {
		row[i] = validUTF8(row[i])
	}
	return row
}

func acledLabel(s string) string {
	if l, ok := acledLabels[s]; ok {
		return l
	}
	return s
}

// acledDate returns the event_date and time_precision of d.
func acledDate(d Date) (date, precision string) {
	start, err := time.Parse(time.DateOnly, d.Start)
	if err != nil {
		return "", ""
	}
	end, err := time.Parse(time.DateOnly, d.End)
	if err != nil || end.Before(start) {
		end = start
	}
	days := int(end.Sub(start).Hours() / 24)
	switch {
	case d.Precision == "month" || d.Precision == "year" || days > 7:
		precision = "3"
	case d.Precision == "week" || days > 0:
		precision = "2"
	default:
		precision = "1"
	}
	return start.Format(time.DateOnly), precision
}

// acledActors picks ACLED's actor1 and actor2: the first attacker and the
// first target, or failing those the first parties not already taken.
func acledActors(actors []Actor) (a1, a2 *Actor) {
	for i := range actors {
		switch a := &actors[i]; {
		case a.Role == "attacker" && a1 == nil:
			a1 = a
		case a.Role == "target" && a2 == nil:
			a2 = a
		}
	}
	for i := range actors {
		a := &actors[i]
		if a == a1 || a == a2 {
			continue
		}
		if a1 == nil {
			a1 = a
		} else if a2 == nil {
			a2 = a
		}
	}
	return a1, a2
}

func actorName(a *Actor) string {
	switch {
	case a == nil:
		return ""
	case a.ACLED != "":
		return a.ACLED
	}
	return a.Name
}

func interCode(a *Actor) string {
	if a == nil {
		return "0"
	}
	if c, ok := interCodes[a.Kind]; ok {
		return strconv.Itoa(c)
	}
	return ""
}

func geoPrecision(p string) string {
	switch p {
	case "exact":
		return "1"
	case "near":
		return "2"
	case "district", "governorate":
		return "3"
	}
	return ""
}

func estBest(e *Estimate) string {
	if e == nil {
		return ""
	}
	return strconv.Itoa(e.Best)
}

func estLow(e *Estimate) string {
	if e == nil {
		return ""
	}
	return strconv.Itoa(e.Low)
}

func estHigh(e *Estimate) string {
	if e == nil {
		return ""
	}
	return strconv.Itoa(e.High)
}
