package casualty

// Outcome is what happened to the people a figure counts.
type Outcome uint8

// The outcomes a casualty phrase can report.
const (
	Killed          Outcome = iota // killed, dead, died, executed, bodies found
	Wounded                        // wounded, injured, hurt
	KilledOrWounded                // a combined figure: "killed or wounded 25", "25 casualties"
	Captured                       // captured, taken prisoner, seized
	Abducted                       // abducted, kidnapped, taken hostage
	Missing                        // missing, disappeared
	Arrested                       // arrested, detained
)

var outcomeNames = [...]string{
	Killed:          "killed",
	Wounded:         "wounded",
	KilledOrWounded: "killed_or_wounded",
	Captured:        "captured",
	Abducted:        "abducted",
	Missing:         "missing",
	Arrested:        "arrested",
}

// String returns the outcome's snake-case name, as the record schema spells it.
func (o Outcome) String() string {
	if int(o) < len(outcomeNames) {
		return outcomeNames[o]
	}
	return "unknown"
}

// Qualifier says how a figure was hedged in the text.
type Qualifier uint8

// The qualifiers ParseNumber recognises.
const (
	Exact    Qualifier = iota // "27"
	AtLeast                   // "at least 27", "no fewer than 27"
	MoreThan                  // "more than 27", "over 27"
	Nearly                    // "nearly 27", "almost 27"
	About                     // "about 27", "around 27", "some 27", "a dozen"
	UpTo                      // "up to 27", "as many as 27"
	AtMost                    // "at most 27", "no more than 27", "fewer than 27"
	Vague                     // "dozens", "several", "hundreds"
	Range                     // "between 20 and 30", "20-30", "four or five"
)

var qualifierNames = [...]string{
	Exact:    "exact",
	AtLeast:  "at_least",
	MoreThan: "more_than",
	Nearly:   "nearly",
	About:    "about",
	UpTo:     "up_to",
	AtMost:   "at_most",
	Vague:    "vague",
	Range:    "range",
}

// String returns the qualifier's snake-case name.
func (q Qualifier) String() string {
	if int(q) < len(qualifierNames) {
		return qualifierNames[q]
	}
	return "unknown"
}

// Aggregate says whether a figure counts one incident or sums several.
type Aggregate uint8

// The kinds of aggregate figure.
const (
	None  Aggregate = iota // the figure of one incident
	Total                  // a sum over several incidents: "nearly 50 in separate attacks"
	Toll                   // a cumulative toll: "bringing the death toll to 50", "killed in the war"
)

var aggregateNames = [...]string{None: "none", Total: "total", Toll: "toll"}

// String returns the aggregate kind's name: "none", "total" or "toll".
func (a Aggregate) String() string {
	if int(a) < len(aggregateNames) {
		return aggregateNames[a]
	}
	return "unknown"
}

// Figure is a count as the text gives it, coded by the conventions of the
// package documentation. Low and High are the figures the text states: both
// equal Count except for a Range.
type Figure struct {
	Count, Low, High int
	Qualifier        Qualifier
}

// Subset is a part of a phrase's figure ("including four officers"). It is
// never added to the total.
type Subset struct {
	Count      int
	Victims    string // normalised like Phrase.Victims
	Start, End int    // the subset's text, byte offsets into the text passed to Parse
}

// Phrase is one casualty figure read from a sentence.
type Phrase struct {
	Start, End       int // the whole casualty phrase, byte offsets into the text passed to Parse
	NumStart, NumEnd int // the figure's text
	Outcome          Outcome
	Figure           Figure
	// Victims is the normalised head noun, plural and lower case
	// ("soldiers", "civilians", "children", "fighters", "members",
	// "people"), or "" when the text names none.
	Victims string
	// VictimsText is the victim phrase as written ("Syrian soldiers and
	// officers", "members of the SDF"), so that a caller can find the side.
	VictimsText            string
	VictimStart, VictimEnd int
	Includes               []Subset
	Aggregate              Aggregate
}
