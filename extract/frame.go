package extract

import "time"

// The types below are what the stages hand to assembly, one sentence at a
// time. They hold spans into Doc.Text and pointers into the read-only
// gazetteers, never copies of text.

// placeHit is a resolved place mention.
type placeHit struct {
	Span
	Rel       Span   // the whole relational phrase ("east of the town of al-Sukhna")
	Name      string // the place's name in records
	Feature   string
	PCode     string
	GeoNames  int
	Admin1    string // governorate name
	Admin2    string
	Admin3    string
	Lat, Lon  float64
	Precision string // exact, near, district, governorate
	Level     int    // 1 governorate … 4 community; 5 neighbourhood; 6 feature
	Gov       string // governorate P-code, to compare places
	// seat is set for a governorate's seat named as bare as the
	// governorate ("in southern Idlib"): the city or the province.
	seat bool
}

// actorHit is an actor mention. Generic mentions ("the insurgents") name a
// group only in context; member mentions ("soldiers") name the side of the
// people they describe.
type actorHit struct {
	Span
	ID, Name, ACLED, Kind, Side string
	Generic                     bool
	Member                      bool
}

// sourceHit is a mention of who reported something.
type sourceHit struct {
	Span
	Name string
	Rank int // lower is more credible
}

// figureHit is one casualty phrase.
type figureHit struct {
	Span
	Outcome     string // killed, wounded, killed_or_wounded, captured, ...
	Count       int
	Low, High   int
	Qualifier   string
	Victims     string
	VictimsText Span
	Includes    []Subset
	Aggregate   bool // a total over incidents or a cumulative toll
}

// dateHit is a resolved date expression.
type dateHit struct {
	Span
	From, To  time.Time
	Precision string
	since     bool // "since X": from X to the publication day
	reported  bool // the day a source spoke ("said Wednesday"), not of the deed
}

// frame is everything one sentence says, before incidents are formed.
type frame struct {
	Span
	index      int
	words      []word
	triggers   []triggerHit
	places     []placeHit
	actors     []actorHit
	sources    []sourceHit
	figures    []figureHit
	dates      []dateHit
	extentDays int        // "two days of clashes" → 2
	speaker    *sourceHit // who the sentence's figures are attributed to
	relayed    *sourceHit // "citing the Observatory": the original source
	opensNew   bool       // "Separately, ...", "In another attack, ..."
	anaphor    bool       // "the ambush", "the attack": refers back
	background bool       // a state, a period, a war-wide toll
	headline   bool       // a title or source line, which restates the story
	denial     bool       // "denied that its forces had launched any attack"
	also       bool       // "were also killed": adds to what was told
	aside      bool       // a relative clause on an earlier deed, told in passing
	blames     *actorHit  // "X was behind the strike", "X claimed responsibility"
	// claimed are the doers a party to the story names in blame, which
	// the report does not state as fact: "it blamed rebels for the
	// attack", "Damascus said it was the work of terrorists".
	claimed []actorHit
	// claimedOther is set for a blame laid on a doer the gazetteer does
	// not know ("the work of armed gangs").
	claimedOther bool
	gunfire      bool   // "opened fire", "shot": small arms used
	backDays     int    // "after a four-day campaign" → 4: days ending on the deed's
	day          string // the weekday of an earlier deed told in a clause ("a day after" Friday's: "thursday")
}

// triggerHit is a violence word in a sentence, as a word index.
type triggerHit struct {
	w     int // index into frame.words
	span  Span
	means means
}
