package extract

// SchemaID names the version of the record layout. It is written into every
// record so that a consumer can tell which layout it is reading; the JSON
// Schema of this layout is schema/event.v1.json.
const SchemaID = "sitrep.event/v1"

// Event is one output record: one incident of political violence told by a
// report, with who, what, where, when and how many, and the spans of the
// report that say so. Its field names are the published schema (v1):
// downstream scripts rely on them, so they change only with a new SchemaID.
type Event struct {
	Schema       string     `json:"schema" yaml:"schema"`
	ID           string     `json:"id" yaml:"id"`
	Doc          DocRef     `json:"doc" yaml:"doc"`
	EventType    string     `json:"event_type" yaml:"event_type"`
	SubEventType string     `json:"sub_event_type" yaml:"sub_event_type"`
	Date         Date       `json:"date" yaml:"date"`
	Location     *Location  `json:"location" yaml:"location"`
	Actors       []Actor    `json:"actors" yaml:"actors"`
	Casualties   Casualties `json:"casualties" yaml:"casualties"`
	Claims       []Claim    `json:"claims" yaml:"claims"`
	Sources      []string   `json:"sources" yaml:"sources"`
	Evidence     []Evidence `json:"evidence" yaml:"evidence"`
	Confidence   float64    `json:"confidence" yaml:"confidence"`
}

// DocRef identifies the report an event came from. It holds nothing about
// where the report sat in a stream (such as its line), so that a record
// depends only on its report: a JSON Lines input split into chunks and run
// piece by piece gives the same records as one run.
type DocRef struct {
	ID        string         `json:"id" yaml:"id"`
	Path      string         `json:"path,omitempty" yaml:"path,omitempty"`
	Published string         `json:"published,omitempty" yaml:"published,omitempty"`
	Title     string         `json:"title,omitempty" yaml:"title,omitempty"`
	Meta      map[string]any `json:"meta,omitempty" yaml:"meta,omitempty"`
}

// Date is when an event happened, resolved against the publication date.
// Start and End are ISO 8601 days; both are empty when Precision is
// "unknown". Text is the phrase the date came from.
type Date struct {
	Start     string `json:"start,omitempty" yaml:"start,omitempty"`
	End       string `json:"end,omitempty" yaml:"end,omitempty"`
	Precision string `json:"precision" yaml:"precision"`
	Text      string `json:"text,omitempty" yaml:"text,omitempty"`
}

// Location is where an event happened. Precision says how far the point
// (Lat, Lon) can be trusted: "exact" (the place itself), "near" (a relation
// such as "east of X"), "district" or "governorate" (only the area is known).
type Location struct {
	Name       string  `json:"name" yaml:"name"`
	Feature    string  `json:"feature" yaml:"feature"`
	PCode      string  `json:"pcode,omitempty" yaml:"pcode,omitempty"`
	GeoNamesID int     `json:"geonames_id,omitempty" yaml:"geonames_id,omitempty"`
	Admin1     string  `json:"admin1,omitempty" yaml:"admin1,omitempty"`
	Admin2     string  `json:"admin2,omitempty" yaml:"admin2,omitempty"`
	Admin3     string  `json:"admin3,omitempty" yaml:"admin3,omitempty"`
	Lat        float64 `json:"lat" yaml:"lat"`
	Lon        float64 `json:"lon" yaml:"lon"`
	Precision  string  `json:"precision" yaml:"precision"`
	Text       string  `json:"text" yaml:"text"`
}

// Actor is one side of an event. Role is "attacker", "target" or, where the
// text does not tell who attacked whom, "party".
type Actor struct {
	Name  string `json:"name" yaml:"name"`
	ID    string `json:"id" yaml:"id"`
	ACLED string `json:"acled,omitempty" yaml:"acled,omitempty"`
	Kind  string `json:"kind" yaml:"kind"`
	Role  string `json:"role" yaml:"role"`
	Text  string `json:"text" yaml:"text"`
}

// Casualties sums up an event's figures over all its claims, in the manner of
// UCDP's best/low/high estimates.
type Casualties struct {
	Killed  *Estimate `json:"killed" yaml:"killed"`
	Wounded *Estimate `json:"wounded" yaml:"wounded"`
}

// Estimate is a figure with its range: Best is the most credible source's
// count, Low and High span every source's figure.
type Estimate struct {
	Best int `json:"best" yaml:"best"`
	Low  int `json:"low" yaml:"low"`
	High int `json:"high" yaml:"high"`
}

// Claim is one source's figure for one outcome of an event.
type Claim struct {
	Source    string   `json:"source" yaml:"source"`
	Kind      string   `json:"kind" yaml:"kind"`
	Count     int      `json:"count" yaml:"count"`
	Low       int      `json:"low" yaml:"low"`
	High      int      `json:"high" yaml:"high"`
	Qualifier string   `json:"qualifier" yaml:"qualifier"`
	Victims   string   `json:"victims,omitempty" yaml:"victims,omitempty"`
	Side      string   `json:"side,omitempty" yaml:"side,omitempty"`
	Includes  []Subset `json:"includes,omitempty" yaml:"includes,omitempty"`
	Text      string   `json:"text" yaml:"text"`
	Start     int      `json:"start" yaml:"start"`
	End       int      `json:"end" yaml:"end"`
}

// Subset is a part of a claim's figure ("including four officers"): it is
// never added to the total.
type Subset struct {
	Count   int    `json:"count" yaml:"count"`
	Victims string `json:"victims,omitempty" yaml:"victims,omitempty"`
}

// Evidence is a span of the report that the event was read from.
type Evidence struct {
	Start int    `json:"start" yaml:"start"`
	End   int    `json:"end" yaml:"end"`
	Text  string `json:"text" yaml:"text"`
}
