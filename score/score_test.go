package score

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/extract"
)

func ptr[T any](v T) *T { return &v }

// blastGold is a report with two events: a bombing with both figures and a
// multi-day shelling without any.
func blastGold() []Gold {
	return []Gold{{
		Doc:       "market-blast.txt",
		Published: "2020-11-02",
		Events: []GoldEvent{
			{
				EventType: "explosions_remote_violence", SubEventType: "remote_explosive_landmine_ied",
				Date: "2020-11-01", Admin1: "Aleppo", Locations: Names{"al-Bab"},
				Lat: ptr(36.3706), Lon: ptr(37.5157),
				Actors:  []string{"Unidentified armed group", "Civilians"},
				Killed:  &GoldFigure{Best: 9, Low: ptr(8), High: ptr(9)},
				Wounded: &GoldFigure{Best: 20},
				Sources: []string{"Syrian Observatory for Human Rights"},
			},
			{
				EventType: "explosions_remote_violence", SubEventType: "shelling_artillery_missile_attack",
				Date: "2020-10-28", DateEnd: "2020-10-31", Admin1: "Idlib",
				Locations: Names{"Kafr Nabl", "Jabal al-Zawiya"},
				Actors:    []string{"Syrian government forces"},
			},
		},
	}}
}

func evaluate(t *testing.T, gold []Gold, pred []extract.Event, opts Options) *Report {
	t.Helper()
	r, err := Evaluate(gold, pred, opts)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func wantPRF(t *testing.T, what string, got PRF, tp, fp, fn int) {
	t.Helper()
	if got.TP != tp || got.FP != fp || got.FN != fn {
		t.Errorf("%s: tp %d fp %d fn %d, want %d %d %d", what, got.TP, got.FP, got.FN, tp, fp, fn)
	}
}

func wantRatio(t *testing.T, what string, got Ratio, hits, total int) {
	t.Helper()
	if got.Hits != hits || got.Total != total {
		t.Errorf("%s: %d of %d, want %d of %d", what, got.Hits, got.Total, hits, total)
	}
}

func causesOf(r *Report) []Cause {
	var out []Cause
	for _, m := range r.Misses {
		out = append(out, m.Cause)
	}
	return out
}

func TestEvaluatePerfect(t *testing.T) {
	gold := blastGold()
	r := evaluate(t, gold, predsFrom(gold, ActorName), Options{})
	wantPRF(t, "events", r.Events, 2, 0, 0)
	wantPRF(t, "killed", r.Killed.Items, 1, 0, 0)
	wantPRF(t, "wounded", r.Wounded.Items, 1, 0, 0)
	if r.Events.F1 != 1 || r.Killed.Items.F1 != 1 {
		t.Errorf("F1 events %v killed %v, want 1", r.Events.F1, r.Killed.Items.F1)
	}
	wantRatio(t, "killed exact", r.Killed.Exact, 2, 2)
	wantRatio(t, "killed low", r.Killed.Low, 1, 1)
	wantRatio(t, "killed high", r.Killed.High, 1, 1)
	wantRatio(t, "wounded low", r.Wounded.Low, 0, 0)
	f := r.Fields
	for name, q := range map[string]Ratio{
		"aligned": f.Aligned, "governorate": f.Governorate, "place": f.Place, "actors exact": f.ActorsExact,
		"actors attacker-first": f.ActorsOrdered, "event type": f.EventType, "sub-event type": f.SubEventType,
		"date": f.Date, "date start": f.DateStart,
	} {
		wantRatio(t, name, q, 2, 2)
	}
	wantRatio(t, "actors recall", f.ActorsRecall, 3, 3)
	wantRatio(t, "sources recall", f.SourcesRecall, 1, 1)
	if len(r.Misses) != 0 {
		t.Errorf("misses %+v", r.Misses)
	}
}

func TestEvaluateMissedEvent(t *testing.T) {
	gold := blastGold()
	pred := predsFrom(gold, ActorName)[:1]
	r := evaluate(t, gold, pred, Options{})
	wantPRF(t, "events", r.Events, 1, 0, 1)
	wantRatio(t, "aligned", r.Fields.Aligned, 1, 2)
	wantRatio(t, "place", r.Fields.Place, 1, 2)
	wantRatio(t, "actors recall", r.Fields.ActorsRecall, 2, 3)
	wantRatio(t, "date", r.Fields.Date, 1, 2)
	if got := causesOf(r); !reflect.DeepEqual(got, []Cause{CauseMissed}) {
		t.Errorf("causes %v, want [missed]", got)
	}
	if m := r.Misses[0]; m.GoldEvent != 2 || !strings.Contains(m.Want, "Kafr Nabl") {
		t.Errorf("miss %+v", m)
	}
}

func TestEvaluateSpuriousEvent(t *testing.T) {
	gold := blastGold()
	pred := predsFrom(gold, ActorName)
	extra := pred[0]
	extra.ID = "ev-9"
	extra.Location = &extract.Location{Name: "Talbiseh", Admin1: "Homs", Lat: 34.84, Lon: 36.73}
	extra.Date = extract.Date{Start: "2020-09-01"}
	extra.Casualties.Killed = &extract.Estimate{Best: 4, Low: 4, High: 4}
	extra.Casualties.Wounded = nil
	extra.Evidence = []extract.Evidence{{Text: "four fighters died near Talbiseh"}}
	pred = append(pred, extra)
	r := evaluate(t, gold, pred, Options{})
	wantPRF(t, "events", r.Events, 2, 1, 0)
	wantPRF(t, "killed", r.Killed.Items, 1, 1, 0)
	if got := causesOf(r); !reflect.DeepEqual(got, []Cause{CauseSpurious}) {
		t.Fatalf("causes %v, want [spurious]", got)
	}
	if m := r.Misses[0]; m.Pred != "ev-9" || !reflect.DeepEqual(m.Evidence, []string{"four fighters died near Talbiseh"}) {
		t.Errorf("miss %+v", m)
	}
}

func TestEvaluateWrongFigure(t *testing.T) {
	gold := blastGold()
	pred := predsFrom(gold, ActorName)
	pred[0].Casualties.Killed = &extract.Estimate{Best: 7, Low: 7, High: 9}
	pred[1].Casualties.Wounded = &extract.Estimate{Best: 3, Low: 3, High: 3}
	r := evaluate(t, gold, pred, Options{})
	wantPRF(t, "events", r.Events, 2, 0, 0)
	wantPRF(t, "killed", r.Killed.Items, 0, 1, 1)
	wantPRF(t, "wounded", r.Wounded.Items, 1, 1, 0)
	wantRatio(t, "killed exact", r.Killed.Exact, 1, 2)
	wantRatio(t, "killed low", r.Killed.Low, 0, 1)
	wantRatio(t, "killed high", r.Killed.High, 1, 1)
	wantRatio(t, "wounded exact", r.Wounded.Exact, 1, 2)
	if got := causesOf(r); !reflect.DeepEqual(got, []Cause{CauseKilled, CauseWounded}) {
		t.Errorf("causes %v, want [killed wounded]", got)
	}
	if m := r.Misses[0]; m.Want != "9 (8-9)" || m.Got != "7 (7-9)" {
		t.Errorf("killed miss want %q got %q", m.Want, m.Got)
	}
}

// sukhnaGold is one clash whose place and governorate the tests spell in
// other ways.
func sukhnaGold(admin1 string, locations Names, lat, lon *float64) []Gold {
	return []Gold{{Doc: "desert.txt", Events: []GoldEvent{{
		EventType: "battles", SubEventType: "armed_clash", Date: "2019-04-18",
		Admin1: admin1, Locations: locations, Lat: lat, Lon: lon,
		Actors: []string{"Islamic State", "Syrian government forces"},
		Killed: &GoldFigure{Best: 27},
	}}}}
}

func TestEvaluatePlaceSpellings(t *testing.T) {
	tests := []struct {
		name     string
		gold     Names
		loc      extract.Location
		wantHits int
	}{
		{"al-Sukhna vs As Sukhnah", Names{"al-Sukhna"}, extract.Location{Name: "As Sukhnah"}, 1},
		{"al-Sukhna vs Sukhna", Names{"al-Sukhna"}, extract.Location{Name: "Sukhna"}, 1},
		{"As Sukhnah vs Sukhneh", Names{"As Sukhnah"}, extract.Location{Name: "Sukhneh"}, 1},
		{"Deir el-Zour vs Deir ez-Zor", Names{"Deir el-Zour"}, extract.Location{Name: "Deir ez-Zor"}, 1},
		{"second name of a list, spelled otherwise", Names{"Ghwayran prison", "Ghwayran"}, extract.Location{Name: "Ghweiran"}, 1},
		{"second name of a list, spelled alike", Names{"Ghwayran prison", "Ghwayran"}, extract.Location{Name: "Ghwayran"}, 1},
		{"ACLED double name, second half", Names{"Al-Hasakeh - Al Nashweh Al Gharbiyeh"}, extract.Location{Name: "Nashweh Gharbiyeh"}, 1},
		{"ACLED double name, first half", Names{"Dar'a - Al-Sad"}, extract.Location{Name: "Daraa"}, 1},
		{"location phrase contains the name", Names{"Aleppo"}, extract.Location{Name: "Hanano", Text: "the eastern districts of Aleppo"}, 1},
		{"phrase containing part of a word", Names{"Bab"}, extract.Location{Name: "Babila", Text: "Babila"}, 0},
		{"other place", Names{"al-Sukhna"}, extract.Location{Name: "Palmyra"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gold := sukhnaGold("Homs", tt.gold, nil, nil)
			pred := predsFrom(gold, ActorName)
			loc := tt.loc
			loc.Admin1 = "Homs"
			pred[0].Location = &loc
			r := evaluate(t, gold, pred, Options{})
			wantRatio(t, "place", r.Fields.Place, tt.wantHits, 1)
			// The date still agrees, so the events match either way.
			wantPRF(t, "events", r.Events, 1, 0, 0)
		})
	}
}

func TestEvaluateRadius(t *testing.T) {
	kmPerDegree := math.Pi * earthRadiusKm / 180
	tests := []struct {
		km       float64
		opts     Options
		wantHits int
	}{
		{9, Options{}, 1},
		{11, Options{}, 0},
		{11, Options{RadiusKm: 12}, 1},
	}
	for _, tt := range tests {
		gold := sukhnaGold("Homs", Names{"al-Sukhna"}, ptr(34.8872), ptr(38.8700))
		pred := predsFrom(gold, ActorName)
		pred[0].Location = &extract.Location{Name: "Unnamed oilfield", Admin1: "Homs", Lat: 34.8872 + tt.km/kmPerDegree, Lon: 38.8700}
		pred[0].Date = extract.Date{Start: "2019-04-10"} // only the place can match the events
		r := evaluate(t, gold, pred, tt.opts)
		wantRatio(t, "place", r.Fields.Place, tt.wantHits, 1)
		wantPRF(t, "events", r.Events, tt.wantHits, 1-tt.wantHits, 1-tt.wantHits)
	}
}

func TestEvaluateNoPointNoDistance(t *testing.T) {
	// A record without coordinates (0, 0) must not be measured from there.
	gold := sukhnaGold("Homs", Names{"al-Sukhna"}, ptr(0.05), ptr(0.05))
	pred := predsFrom(gold, ActorName)
	pred[0].Location = &extract.Location{Name: "Elsewhere", Admin1: "Homs"}
	r := evaluate(t, gold, pred, Options{})
	wantRatio(t, "place", r.Fields.Place, 0, 1)
}

func TestEvaluateACLED(t *testing.T) {
	gold := []Gold{
		{Doc: "N1", Events: []GoldEvent{{EventType: "battles", SubEventType: "armed_clash", Date: "2019-05-03", Admin1: "Dara", Locations: Names{"Nawa"}, Lat: ptr(32.89), Lon: ptr(36.04), Actors: []string{"Unidentified Armed Group (Syria)", "Military Forces of Syria (2000-)"}, Killed: &GoldFigure{Best: 1}}}},
		{Doc: "N2", Events: []GoldEvent{{EventType: "battles", SubEventType: "armed_clash", Date: "2018-02-21", Admin1: "Idleb", Locations: Names{"Zarzur"}, Actors: []string{"Military Forces of Syria (2000-)", "TIP: Turkistan Islamic Party"}, Killed: &GoldFigure{Best: 5}}}},
		{Doc: "N3", Events: []GoldEvent{{EventType: "battles", Date: "2020-06-30", Admin1: "Al Hasakeh", Locations: Names{"Areesheh"}, Actors: []string{"QSD: Syrian Democratic Forces"}}}},
		{Doc: "N4", Events: []GoldEvent{{EventType: "battles", Date: "2018-10-02", Admin1: "Deir ez Zor", Locations: Names{"Eastern Jurdi"}}}},
		{Doc: "N5", Events: []GoldEvent{{EventType: "battles", Date: "2017-06-01", Admin1: "Ar Raqqa", Locations: Names{"Ar-Raqqa - Al-Batani"}}}},
		{Doc: "N6", Events: []GoldEvent{{EventType: "battles", Date: "2018-07-25", Admin1: "As Sweida", Locations: Names{"Shbeki"}}}},
	}
	pred := predsFrom(gold, ActorACLED)
	// The extractor spells governorates its own way.
	for i, a1 := range []string{"Daraa", "Idlib", "Al-Hasakah", "Deir ez-Zor", "Ar-Raqqa", "As-Sweida"} {
		pred[i].Location.Admin1 = a1
		pred[i].Location.Name = "Nowhere" // only governorate and date can match
	}
	r := evaluate(t, gold, pred, Options{ActorField: ActorACLED})
	wantPRF(t, "events", r.Events, 6, 0, 0)
	wantRatio(t, "governorate", r.Fields.Governorate, 6, 6)
	wantRatio(t, "place", r.Fields.Place, 1, 6) // Nawa is found by distance
	wantRatio(t, "actors exact", r.Fields.ActorsExact, 3, 3)

	// Compared by canonical name, the ACLED labels are not there.
	r = evaluate(t, gold, pred, Options{ActorField: ActorName})
	wantRatio(t, "actors exact by name", r.Fields.ActorsExact, 0, 3)
}

func TestEvaluateWrongGovernorate(t *testing.T) {
	gold := sukhnaGold("Homs", Names{"al-Sukhna"}, nil, nil)
	pred := predsFrom(gold, ActorName)
	pred[0].Location.Admin1 = "Deir ez-Zor"
	r := evaluate(t, gold, pred, Options{})
	// No event match without the governorate...
	wantPRF(t, "events", r.Events, 0, 1, 1)
	wantPRF(t, "killed", r.Killed.Items, 0, 1, 1)
	// ...but the field alignment still pairs them, to say what was wrong.
	wantRatio(t, "aligned", r.Fields.Aligned, 1, 1)
	wantRatio(t, "governorate", r.Fields.Governorate, 0, 1)
	wantRatio(t, "place", r.Fields.Place, 1, 1)
	if got := causesOf(r); !reflect.DeepEqual(got, []Cause{CauseGovernorate}) {
		t.Errorf("causes %v, want [governorate]", got)
	}
}

func TestEvaluateGoldWithoutGovernorate(t *testing.T) {
	gold := sukhnaGold("", Names{"al-Sukhna"}, nil, nil)
	pred := predsFrom(gold, ActorName)
	pred[0].Location.Admin1 = "Homs"
	r := evaluate(t, gold, pred, Options{})
	wantPRF(t, "events", r.Events, 1, 0, 0)
	wantRatio(t, "governorate", r.Fields.Governorate, 0, 0)
}

func TestEvaluateGovernorateFromPCode(t *testing.T) {
	gold := sukhnaGold("Homs", Names{"al-Sukhna"}, nil, nil)
	pred := predsFrom(gold, ActorName)
	pred[0].Location = &extract.Location{Name: "Sokhneh", PCode: "SY040300"}
	r := evaluate(t, gold, pred, Options{})
	wantRatio(t, "governorate", r.Fields.Governorate, 1, 1)
	wantRatio(t, "place", r.Fields.Place, 1, 1)
}

func TestEvaluateActors(t *testing.T) {
	tests := []struct {
		name                   string
		actors                 []extract.Actor
		recall, exact, ordered int
	}{
		{"same, attacker first", []extract.Actor{{Name: "islamic state ", Role: "attacker"}, {Name: "Syrian government forces", Role: "target"}}, 2, 1, 1},
		{"same, attacker by role", []extract.Actor{{Name: "Syrian government forces", Role: "target"}, {Name: "Islamic State", Role: "attacker"}}, 2, 1, 1},
		{"reversed roles", []extract.Actor{{Name: "Syrian government forces", Role: "attacker"}, {Name: "Islamic State", Role: "target"}}, 2, 1, 0},
		{"one missing", []extract.Actor{{Name: "Islamic State", Role: "attacker"}}, 1, 0, 0},
		{"one extra", []extract.Actor{{Name: "Islamic State", Role: "attacker"}, {Name: "Syrian government forces"}, {Name: "Russian forces"}}, 2, 0, 0},
		{"duplicates collapse", []extract.Actor{{Name: "Islamic State", Role: "attacker"}, {Name: "Islamic State"}, {Name: "Syrian government forces"}}, 2, 1, 1},
		{"none", nil, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gold := sukhnaGold("Homs", Names{"al-Sukhna"}, nil, nil)
			pred := predsFrom(gold, ActorName)
			pred[0].Actors = tt.actors
			r := evaluate(t, gold, pred, Options{})
			wantRatio(t, "actors recall", r.Fields.ActorsRecall, tt.recall, 2)
			wantRatio(t, "actors exact", r.Fields.ActorsExact, tt.exact, 1)
			wantRatio(t, "actors attacker-first", r.Fields.ActorsOrdered, tt.ordered, 1)
		})
	}
}

func TestEvaluateDates(t *testing.T) {
	tests := []struct {
		name              string
		gold, goldEnd     string
		start, end        string
		match             bool // dates agree, so the events match without the place
		dateHit, startHit int
	}{
		{"same day", "2019-04-18", "", "2019-04-18", "", true, 1, 1},
		{"end equal to start", "2019-04-18", "", "2019-04-18", "2019-04-18", true, 1, 1},
		{"range where gold has a day", "2019-04-18", "", "2019-04-18", "2019-04-20", true, 0, 1},
		{"other day", "2019-04-18", "", "2019-04-17", "", false, 0, 0},
		{"range equal", "2019-04-18", "2019-04-20", "2019-04-18", "2019-04-20", true, 1, 1},
		{"day inside gold range", "2019-04-18", "2019-04-20", "2019-04-19", "", true, 0, 0},
		{"range overlapping gold day", "2019-04-20", "", "2019-04-18", "2019-04-21", true, 0, 0},
		{"gold end missed", "2019-04-18", "2019-04-20", "2019-04-18", "", true, 0, 1},
		{"both unknown", "", "", "", "", false, 1, 1},
		{"gold unknown, record dated", "", "", "2019-04-18", "", false, 0, 0},
		{"gold dated, record unknown", "2019-04-18", "", "", "", false, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gold := sukhnaGold("Homs", Names{"al-Sukhna"}, nil, nil)
			gold[0].Events[0].Date, gold[0].Events[0].DateEnd = tt.gold, tt.goldEnd
			pred := predsFrom(gold, ActorName)
			pred[0].Date = extract.Date{Start: tt.start, End: tt.end}
			pred[0].Location.Name = "Elsewhere"
			r := evaluate(t, gold, pred, Options{})
			if got := r.Events.TP == 1; got != tt.match {
				t.Errorf("matched %v, want %v", got, tt.match)
			}
			wantRatio(t, "date", r.Fields.Date, tt.dateHit, 1)
			wantRatio(t, "date start", r.Fields.DateStart, tt.startHit, 1)
		})
	}
}

func TestEvaluateTypes(t *testing.T) {
	gold := blastGold()
	pred := predsFrom(gold, ActorName)
	pred[0].EventType = "Explosions/Remote violence"
	pred[0].SubEventType = "Remote explosive/landmine/IED"
	pred[1].SubEventType = "air_drone_strike"
	r := evaluate(t, gold, pred, Options{})
	wantRatio(t, "event type", r.Fields.EventType, 2, 2)
	wantRatio(t, "sub-event type", r.Fields.SubEventType, 1, 2)
	if got := causesOf(r); !reflect.DeepEqual(got, []Cause{CauseType}) {
		t.Errorf("causes %v, want [type]", got)
	}
}

// TestEvaluateAssignment needs the exact assignment: a greedy pass would
// give the best-fitting prediction to the first gold event and leave the
// second, which only that prediction fits, unmatched.
func TestEvaluateAssignment(t *testing.T) {
	gold := []Gold{{Doc: "north.txt", Events: []GoldEvent{
		{EventType: "battles", Date: "2020-11-01", Admin1: "Aleppo", Locations: Names{"al-Bab"}},
		{EventType: "explosions_remote_violence", Date: "2020-11-01", Admin1: "Aleppo", Locations: Names{"Manbij"}},
	}}}
	pred := []extract.Event{
		{Doc: extract.DocRef{ID: "north.txt"}, EventType: "battles", Date: extract.Date{Start: "2020-11-01"}, Location: &extract.Location{Name: "Al Bab", Admin1: "Aleppo"}},
		{Doc: extract.DocRef{ID: "north.txt"}, EventType: "battles", Date: extract.Date{Start: "2020-10-20"}, Location: &extract.Location{Name: "al-Bab", Admin1: "Aleppo"}},
	}
	r := evaluate(t, gold, pred, Options{})
	wantPRF(t, "events", r.Events, 2, 0, 0)
}

func TestEvaluateDocLookup(t *testing.T) {
	gold := blastGold()
	pred := predsFrom(gold, ActorName)
	pred[0].Doc = extract.DocRef{ID: "x", Path: "reports/market-blast.txt"}
	pred[1].Doc = extract.DocRef{ID: "market-blast"}
	stray := pred[0]
	stray.Doc = extract.DocRef{ID: "other.txt"}
	pred = append(pred, stray)
	r := evaluate(t, gold, pred, Options{})
	wantPRF(t, "events", r.Events, 2, 0, 0)
	if r.Unscored != 1 || r.PredEvents != 2 || r.GoldEvents != 2 || r.Docs != 1 {
		t.Errorf("unscored %d, pred %d, gold %d, docs %d; want 1, 2, 2, 1", r.Unscored, r.PredEvents, r.GoldEvents, r.Docs)
	}
}

func TestEvaluateGoldDocWithoutPredictions(t *testing.T) {
	gold := append(blastGold(), Gold{Doc: "quiet.txt"})
	r := evaluate(t, gold, nil, Options{})
	wantPRF(t, "events", r.Events, 0, 0, 2)
	wantPRF(t, "killed", r.Killed.Items, 0, 0, 1)
	if r.Events.Precision != 0 || r.Events.F1 != 0 {
		t.Errorf("P %v F1 %v on no predictions", r.Events.Precision, r.Events.F1)
	}
	wantRatio(t, "aligned", r.Fields.Aligned, 0, 2)
	wantRatio(t, "governorate", r.Fields.Governorate, 0, 2)
	wantRatio(t, "actors recall", r.Fields.ActorsRecall, 0, 3)
	wantRatio(t, "actors exact", r.Fields.ActorsExact, 0, 2)
}

func TestEvaluateErrors(t *testing.T) {
	if _, err := Evaluate(blastGold(), nil, Options{ActorField: "label"}); err == nil {
		t.Error("unknown actor field: no error")
	}
	gold := append(blastGold(), blastGold()...)
	if _, err := Evaluate(gold, nil, Options{}); err == nil || !strings.Contains(err.Error(), "market-blast.txt") {
		t.Errorf("duplicate gold: error %v", err)
	}
}

func TestParseActorField(t *testing.T) {
	var f ActorField
	if f.String() != "name" {
		t.Errorf("zero ActorField reads %q", f.String())
	}
	if err := f.Set("ACLED"); err != nil || f != ActorACLED {
		t.Errorf("Set(ACLED): %v, %q", err, f)
	}
	if err := f.Set("labels"); err == nil {
		t.Error("Set(labels): no error")
	}
}

func TestReportOutputs(t *testing.T) {
	gold := blastGold()
	pred := predsFrom(gold, ActorName)
	pred[0].ID = "ev-1"
	pred[0].Casualties.Killed = &extract.Estimate{Best: 12, Low: 12, High: 12}
	pred[0].Evidence = []extract.Evidence{{Text: "a car bomb killed 12 people in the market of al-Bab"}}
	pred = pred[:1]
	r := evaluate(t, gold, pred, Options{})

	var table bytes.Buffer
	if err := r.WriteTable(&table); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"1 docs, 2 gold events, 1 predicted", "events", "killed exact", "governorate", "0.500"} {
		if !strings.Contains(table.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, table.String())
		}
	}

	var misses bytes.Buffer
	if err := r.WriteMisses(&misses); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"## no prediction for a gold event (1)\nmarket-blast.txt event 2: ",
		"## wrong killed (1)\nmarket-blast.txt event 1 [ev-1]: want 9 (8-9), got 12\n",
		`    "a car bomb killed 12 people in the market of al-Bab"`,
	} {
		if !strings.Contains(misses.String(), want) {
			t.Errorf("misses lack %q:\n%s", want, misses.String())
		}
	}

	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&back, r) {
		t.Errorf("JSON round trip changed the report:\n%s", data)
	}
	for _, key := range []string{`"events":{"tp":1`, `"actors_recall":`, `"cause":"killed"`} {
		if !bytes.Contains(data, []byte(key)) {
			t.Errorf("JSON lacks %s: %s", key, data)
		}
	}
}

// TestAssignOptimal checks assign against every assignment of small random
// matrices.
func TestAssignOptimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		rows, cols := rng.IntN(5), rng.IntN(5)
		w := make([][]int64, rows)
		for i := range w {
			w[i] = make([]int64, cols)
			for j := range w[i] {
				w[i][j] = -1
				if rng.IntN(3) > 0 {
					w[i][j] = rng.Int64N(10)
				}
			}
		}
		got := assign(rows, cols, func(i, j int) (int64, bool) { return w[i][j], w[i][j] >= 0 })
		gotN, gotW := value(w, got)
		used := make([]bool, cols)
		bestN, bestW := 0, int64(0)
		var search func(i, n int, s int64)
		search = func(i, n int, s int64) {
			if i == rows {
				if n > bestN || n == bestN && s > bestW {
					bestN, bestW = n, s
				}
				return
			}
			search(i+1, n, s)
			for j := range cols {
				if !used[j] && w[i][j] >= 0 {
					used[j] = true
					search(i+1, n+1, s+w[i][j])
					used[j] = false
				}
			}
		}
		search(0, 0, 0)
		if gotN != bestN || gotW != bestW {
			t.Fatalf("weights %v: assign %v gives %d pairs, weight %d; best %d, %d", w, got, gotN, gotW, bestN, bestW)
		}
	}
}

func value(w [][]int64, match []int) (int, int64) {
	n, s := 0, int64(0)
	seen := make(map[int]bool)
	for i, j := range match {
		if j < 0 {
			continue
		}
		if seen[j] || w[i][j] < 0 {
			return -1, 0
		}
		seen[j] = true
		n++
		s += w[i][j]
	}
	return n, s
}
