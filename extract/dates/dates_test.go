package dates

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// day parses an ISO day for the tables; "" is the zero time (no
// publication date).
func day(t testing.TB, s string) time.Time {
	t.Helper()
	if s == "" {
		return time.Time{}
	}
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// render writes a mention as the tables spell it:
// `PHRASE = FROM[..TO] PRECISION [since] [reported] [offset=N]`.
func render(text string, m Mention) string {
	var b strings.Builder
	b.WriteString(m.Text(text))
	b.WriteString(" = ")
	if m.Precision == Unknown {
		b.WriteString("unknown")
	} else {
		b.WriteString(m.From.Format(time.DateOnly))
		if !m.To.Equal(m.From) {
			b.WriteString("..")
			b.WriteString(m.To.Format(time.DateOnly))
		}
		b.WriteString(" ")
		b.WriteString(m.Precision.String())
	}
	if m.Since {
		b.WriteString(" since")
	}
	if m.Reported {
		b.WriteString(" reported")
	}
	if m.Offset != 0 {
		fmt.Fprintf(&b, " offset=%+d", m.Offset)
	}
	return b.String()
}

func TestParse(t *testing.T) {
	const (
		sat = "2019-04-20" // a Saturday
		wed = "2022-01-26"
		thu = "2014-12-04"
		sun = "2023-02-19"
	)
	tests := []struct {
		text string
		pub  string
		want []string
	}{
		// Weekdays, with the parts of the day and the words around them.
		{"Militants ambushed an army convoy in the desert Thursday night.", sat, []string{"Thursday night = 2019-04-18 day"}},
		{"Rebels stormed army positions west of the city early Saturday.", sat, []string{"early Saturday = 2019-04-20 day"}},
		{"An air strike hit a crowded market late Monday.", sat, []string{"late Monday = 2019-04-15 day"}},
		{"Clashes erupted on Friday morning near the dam.", sat, []string{"on Friday morning = 2019-04-19 day"}},
		{"Warplanes struck the village on Sunday.", sat, []string{"on Sunday = 2019-04-14 day"}},
		{"Fighting raged around the airport late on Wednesday.", sat, []string{"late on Wednesday = 2019-04-17 day"}},
		{"Missiles hit a residential block on early Sunday, a monitor said.", sun, []string{"on early Sunday = 2023-02-19 day"}},
		{"Kurdish forces said Wednesday they had retaken the jail.", wed, []string{"Wednesday = 2022-01-26 day reported"}},
		{"Operations since the assault started last Thursday have ended.", wed, []string{"since the assault started last Thursday = 2022-01-20..2022-01-26 range since"}},
		{"Fighting has gone on since the offensive began on Monday, a monitor said.", wed, []string{"since the offensive began on Monday = 2022-01-24..2022-01-26 range since"}},
		{"Shelling resumed since the truce broke down on Friday.", wed, []string{"on Friday = 2022-01-21 day"}},
		{"Negotiators are due to meet again next Tuesday.", sat, []string{"next Tuesday = 2019-04-23 day"}},
		{"Saturday’s attack killed 12 soldiers.", sat, []string{"Saturday = 2019-04-20 day"}},
		{"Gunmen attacked checkpoints before daybreak Thursday while residents slept.", thu, []string{"before daybreak Thursday = 2014-12-04 day"}},
		{"Jets struck the outskirts at dawn on Friday.", sat, []string{"at dawn on Friday = 2019-04-19 day"}},
		{"Overnight Thursday, shells fell on the old quarter.", sat, []string{"Overnight Thursday = 2019-04-18 day"}},
		{"Clashes went on through Sunday afternoon.", "2015-08-23", []string{"Sunday afternoon = 2015-08-23 day"}},
		{"Fighting raged into the night Friday in the border town.", "2015-06-27", []string{"Friday = 2015-06-26 day"}},
		{"The monitor told AFP on Thursday that 20 fighters died.", sat, []string{"on Thursday = 2019-04-18 day reported"}},
		{"The ministry said in a statement on Friday that two officers died.", sat, []string{"on Friday = 2019-04-19 day reported"}},
		{"Earlier Tuesday, a drone hit a car on the coastal road.", "2025-08-27", []string{"Earlier Tuesday = 2025-08-26 day"}},
		{"Clashes continued on Saturday, 20 April 2019, the agency said.", sat, []string{"on Saturday, 20 April 2019 = 2019-04-20 day"}},
		{"Deaths have mounted since Wednesday the 10th, a source said.", sat, []string{"since Wednesday the 10th = 2019-04-10..2019-04-20 range since"}},
		{"The blasts hit the campus on Tuesday 15 January 2013.", "2013-01-16", []string{"on Tuesday 15 January 2013 = 2013-01-15 day"}},

		// Days named from the publication day.
		{"Two soldiers were killed yesterday in the south.", sat, []string{"yesterday = 2019-04-19 day"}},
		{"Shelling resumed today in the eastern suburbs.", sat, []string{"today = 2019-04-20 day"}},
		{"Residents fear more raids tonight.", sat, []string{"tonight = 2019-04-20 day"}},
		{"Tomorrow (Thursday), engineers will inspect the bridge hit in the clashes.", sat, nil},
		{"Engineers will inspect the bridge tomorrow, Thursday, a source said.", sat, nil},
		{"A mortar round hit the square last night, activists said.", sat, []string{"last night = 2019-04-19 day"}},
		{"Peacekeepers were detained early this morning by gunmen.", "2014-08-28", []string{"early this morning = 2014-08-28 day"}},
		{"Two blasts rocked the city earlier today.", sat, []string{"earlier today = 2019-04-20 day"}},
		{"Overnight, warplanes launched raids on the city.", "2024-11-30", []string{"Overnight = 2024-11-29..2024-11-30 range"}},
		{"Clashes have raged since midnight between the two sides.", thu, []string{"since midnight = 2014-12-04 day since"}},
		{"The bombardment has gone on since dawn.", sat, []string{"since dawn = 2019-04-20 day since"}},
		{"Fighting has raged in the city since early morning.", thu, []string{"since early morning = 2014-12-04 day since"}},
		{"A car bomb exploded at dawn, killing four.", sat, []string{"at dawn = 2019-04-20 day"}},
		{"A second bomb went off two days ago near the bakery.", sat, []string{"two days ago = 2019-04-18 day"}},
		{"A week ago, the same road was shelled.", sat, []string{"A week ago = 2019-04-13 day"}},
		{"Three days earlier, a convoy had been ambushed on the road.", sat, []string{"Three days earlier = 2019-04-17 day offset=-3"}},
		{"The bodies were recovered the following day.", sat, []string{"the following day = 2019-04-21 day offset=+1"}},
		{"The previous day, a mortar hit the school.", sat, []string{"The previous day = 2019-04-19 day offset=-1"}},
		{"The town was attacked the day before, residents said.", sat, []string{"the day before = 2019-04-19 day offset=-1"}},
		{"A soldier was killed on Friday, one day after three soldiers died in an air strike.", "2016-11-25", []string{"on Friday = 2016-11-25 day", "one day after = 2016-11-24 day offset=-1"}},
		{"The town fell on 20 April 2019, three days after the siege began.", "", []string{"on 20 April 2019 = 2019-04-20 day", "three days after = 2019-04-17 day offset=-3"}},
		{"Shelling hit the town on Monday and resumed two days later.", sat, []string{"on Monday = 2019-04-15 day", "two days later = 2019-04-17 day offset=+2"}},
		{"The last fighter died on Monday, two days before the truce took hold.", sat, []string{"on Monday = 2019-04-15 day", "two days before = 2019-04-17 day offset=+2"}},

		// Weeks, months, years and their parts.
		{"Aid convoys reached the town last week.", sat, []string{"last week = 2019-04-08..2019-04-14 week"}},
		{"Agencies said this week food aid had run out.", sat, []string{"this week = 2019-04-15..2019-04-21 week reported"}},
		{"Fighting intensified earlier this week.", sat, []string{"earlier this week = 2019-04-15..2019-04-19 range"}},
		{"The offensive began last month.", sat, []string{"last month = 2019-03-01..2019-03-31 month"}},
		{"The offensive began last month.", "2019-01-10", []string{"last month = 2018-12-01..2018-12-31 month"}},
		{"Raids intensified earlier this month.", sat, []string{"earlier this month = 2019-04-01..2019-04-19 range"}},
		{"The leader blew himself up early last month during a raid.", "2022-03-08", []string{"early last month = 2022-02-01..2022-02-10 range"}},
		{"Rebels seized the airbase in late October.", sat, []string{"in late October = 2018-10-21..2018-10-31 range"}},
		{"The siege began in early March.", sat, []string{"in early March = 2019-03-01..2019-03-10 range"}},
		{"Talks stalled in mid-March.", sat, []string{"in mid-March = 2019-03-11..2019-03-20 range"}},
		{"The group was driven out of its last town in March.", sat, []string{"in March = 2019-03-01..2019-03-31 month"}},
		{"A blast ripped through a vegetable market in July.", "2020-12-10", []string{"in July = 2020-07-01..2020-07-31 month"}},
		{"An earlier strike in January killed seven people.", sun, []string{"in January = 2023-01-01..2023-01-31 month"}},
		{"The province saw heavy fighting in February and March.", "2021-10-20", []string{"in February = 2021-02-01..2021-02-28 month", "March = 2021-03-01..2021-03-31 month"}},
		{"The army recaptured the area last year.", sat, []string{"last year = 2018-01-01..2018-12-31 year"}},
		{"So far this year, 61 soldiers have been killed in the desert.", "2022-03-08", []string{"this year = 2022-01-01..2022-12-31 year"}},
		{"The town has been besieged since July last year.", "2013-01-15", []string{"since July last year = 2012-07-01..2013-01-15 range since"}},
		{"More than 440 people have been killed since December.", "2025-01-20", []string{"since December = 2024-12-01..2025-01-20 range since"}},
		{"The city has been divided since 2012.", "2016-11-18", []string{"since 2012 = 2012-01-01..2016-11-18 range since"}},
		{"The uprising began in March 2011.", sat, []string{"in March 2011 = 2011-03-01..2011-03-31 month"}},
		{"Clashes broke out at the end of March.", sat, []string{"at the end of March = 2019-03-21..2019-03-31 range"}},
		{"Fighting flared in early 2014.", sat, []string{"in early 2014 = 2014-01-01..2014-04-30 range"}},
		{"The group lost ground in late 2017.", sat, []string{"in late 2017 = 2017-09-01..2017-12-31 range"}},
		{"The province fell to rebels in 2015.", sat, []string{"in 2015 = 2015-01-01..2015-12-31 year"}},
		{"Half a million people have died since the war erupted in 2011.", sat, []string{"since the war erupted in 2011 = 2011-01-01..2019-04-20 range since"}},
		{"The town was shelled last weekend.", sat, []string{"last weekend = 2019-04-13..2019-04-14 range"}},
		{"Monitors counted 40 raids from 2013 to 2014.", sat, []string{"from 2013 = 2013-01-01..2013-12-31 year", "2014 = 2014-01-01..2014-12-31 year"}},

		// Calendar dates.
		{"IS launched its assault on the town Sep 15 in a bid to seize it.", thu, []string{"Sep 15 = 2014-09-15 day"}},
		{"The coalition struck the bridge on Sept. 5, the Pentagon said.", sat, []string{"on Sept. 5 = 2018-09-05 day"}},
		{"The offensive against the city started on May 13.", "2015-05-22", []string{"on May 13 = 2015-05-13 day"}},
		{"Rebels entered the district on March 1 after a siege.", "2012-03-21", []string{"on March 1 = 2012-03-01 day"}},
		{"The truce took effect on 5 September.", sat, []string{"on 5 September = 2018-09-05 day"}},
		{"The truce took effect on 5 September.", "2019-09-05", []string{"on 5 September = 2019-09-05 day"}},
		{"On 20 April 2019, gunmen attacked a checkpoint.", "", []string{"On 20 April 2019 = 2019-04-20 day"}},
		{"The attack happened on April 20, 2019, officials said.", "", []string{"on April 20, 2019 = 2019-04-20 day"}},
		{"Court papers dated 2019-04-20 describe the raid.", "", []string{"2019-04-20 = 2019-04-20 day"}},
		{"The body was found on 20/04/2019 near the road.", "", []string{"on 20/04/2019 = 2019-04-20 day"}},
		{"On 5/11/2022, a journalist covering the clashes died of his wounds.", "2022-11-04", []string{"On 5/11/2022 = 2022-11-05 day"}},
		{"He was detained on 11/30/2024 at a checkpoint.", "", []string{"on 11/30/2024 = 2024-11-30 day"}},
		{"The decree was signed on 20.04.2019 in the capital.", "", []string{"on 20.04.2019 = 2019-04-20 day"}},
		{"Later on the 8th of January 2019, the ministry confirmed the strike.", "", []string{"on the 8th of January 2019 = 2019-01-08 day"}},
		{"A civilian died on the 19th of June of his injuries.", "2021-07-02", []string{"on the 19th of June = 2021-06-19 day"}},
		{"Shelling resumed on the 5th, residents said.", sat, []string{"on the 5th = 2019-04-05 day"}},
		{"Deaths were recorded on the 30th.", "2020-03-02", []string{"on the 30th = 2020-01-30 day"}},
		{"Clashes took place between 5 and 7 March 2019 in the area.", "", []string{"between 5 and 7 March 2019 = 2019-03-05..2019-03-07 range"}},
		{"Strikes hit the area on 12-14 June 2018.", "", []string{"on 12-14 June 2018 = 2018-06-12..2018-06-14 range"}},
		{"Raids were reported on March 5-7 in the valley.", sat, []string{"on March 5-7 = 2019-03-05..2019-03-07 range"}},
		{"Protests on February 29 drew thousands.", "2021-04-01", []string{"on February 29 = 2020-02-29 day"}},
		{"The offensive started on 5th March, a commander said.", sat, []string{"on 5th March = 2019-03-05 day"}},
		{"A drone strike in Dec. 2019 killed two men.", sat, []string{"in Dec. 2019 = 2019-12-01..2019-12-31 month"}},
		{"Russia began air strikes on September 30, 2015 in support of the army.", sat, []string{"on September 30, 2015 = 2015-09-30 day"}},

		// Without a publication date, relative forms stay unresolved.
		{"Militants attacked the base on Thursday.", "", []string{"on Thursday = unknown"}},
		{"Fighting broke out last week.", "", []string{"last week = unknown"}},
		{"The strike came on Sept. 5.", "", []string{"on Sept. 5 = unknown"}},
		{"Deaths were recorded on the 30th.", "", []string{"on the 30th = unknown"}},
		{"The group was ousted in 2017.", "", []string{"in 2017 = 2017-01-01..2017-12-31 year"}},
		{"Clashes have raged since Wednesday.", "", []string{"since Wednesday = unknown since"}},

		// Not dates.
		{"Rebels attacked positions of the 4th Division near the city.", sat, nil},
		{"The 5th Assault Corps lost 12 men in the ambush.", sat, nil},
		{"In 24 hours of clashes, 30 fighters were killed.", sat, nil},
		{"The Security Council adopted Resolution 2254 in a unanimous vote.", sat, nil},
		{"The convoy was hit at 5 pm on the road.", sat, nil},
		{"The explosion was heard at 2000 GMT.", sat, nil},
		{"The M4 highway links the two provinces.", sat, nil},
		{"A 25-year-old man was shot dead at a checkpoint.", sat, nil},
		{"The March 8 movement condemned the raid.", sat, nil},
		{"The family fled the country in the 1980s.", sat, nil},
		{"Government forces may advance further, analysts said.", sat, nil},
		{"May God have mercy on them, the father said.", sat, nil},
		{"Thousands joined the march through the city.", sat, nil},
		{"A March on the capital was planned.", sat, nil},
		{"A total of 2014 people were killed in the province.", sat, nil},
		{"The dead included 40 fighters and 5 civilians in 2 villages.", sat, nil},
		{"No aid has entered the city since that date.", sat, nil},
		{"The raid was the deadliest of the 20th century in the region.", sat, nil},
		{"Explosions had been heard since 10:00 am (0800 GMT).", sat, nil},
		{"Fighters fought for days over the past week.", sat, nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, m := range Parse(tt.text, 0, len(tt.text), day(t, tt.pub), nil) {
				got = append(got, render(tt.text, m))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Parse(%q, published %s)\n got: %q\nwant: %q", tt.text, tt.pub, got, tt.want)
			}
		})
	}
}

// TestParseBounds checks that Parse reads only text[start:end] and reports
// offsets into the whole text.
func TestParseBounds(t *testing.T) {
	text := "Shelling on Monday. Raids on Tuesday. Clashes on Wednesday."
	start := strings.Index(text, "Raids")
	end := strings.Index(text, " Clashes")
	ms := Parse(text, start, end, day(t, "2019-04-20"), nil)
	if len(ms) != 1 || ms[0].Text(text) != "on Tuesday" {
		t.Fatalf("got %v, want one mention \"on Tuesday\"", ms)
	}
	// A phrase may not run past the end of the sentence.
	text = "Clashes broke out on 5 September 2019"
	ms = Parse(text, 0, strings.Index(text, " 2019"), time.Time{}, nil)
	if len(ms) != 1 || ms[0].Text(text) != "on 5 September" || ms[0].Precision != Unknown {
		t.Fatalf("got %+v, want \"on 5 September\" unresolved", ms)
	}
	// Bounds outside the text are clipped, not a panic.
	if ms := Parse("on Monday", -4, 99, day(t, "2019-04-20"), nil); len(ms) != 1 {
		t.Fatalf("clipped bounds: got %v", ms)
	}
	if ms := Parse("on Monday", 5, 2, day(t, "2019-04-20"), nil); len(ms) != 0 {
		t.Fatalf("start after end: got %v", ms)
	}
}

// TestRelative checks which forms need the publication date.
func TestRelative(t *testing.T) {
	tests := []struct {
		text string
		rel  bool
	}{
		{"on Thursday", true},
		{"last week", true},
		{"on Sept. 5", true},
		{"in July", true},
		{"on 20 April 2019", false},
		{"2019-04-20", false},
		{"in 2014", false},
		{"in March 2011", false},
	}
	for _, tt := range tests {
		ms := Parse(tt.text, 0, len(tt.text), day(t, "2019-04-20"), nil)
		if len(ms) != 1 {
			t.Errorf("%q: got %d mentions, want 1", tt.text, len(ms))
			continue
		}
		if ms[0].Relative != tt.rel {
			t.Errorf("%q: Relative = %v, want %v", tt.text, ms[0].Relative, tt.rel)
		}
	}
}

// TestPublishedLocation checks that the publication date is read as the
// calendar day it names, whatever its location and clock time.
func TestPublishedLocation(t *testing.T) {
	loc := time.FixedZone("UTC+3", 3*3600)
	pub := time.Date(2019, time.April, 20, 1, 30, 0, 0, loc) // still 19 April in UTC
	text := "yesterday"
	ms := Parse(text, 0, len(text), pub, nil)
	if len(ms) != 1 || !ms[0].From.Equal(day(t, "2019-04-19")) {
		t.Fatalf("got %+v, want 2019-04-19", ms)
	}
}

func TestPrecisionText(t *testing.T) {
	for p := Unknown; p <= Year; p++ {
		b, err := p.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var q Precision
		if err := q.UnmarshalText(b); err != nil || q != p {
			t.Errorf("round trip of %v: got %v, %v", p, q, err)
		}
		if string(b) != p.String() {
			t.Errorf("MarshalText %q != String %q", b, p)
		}
	}
	if _, err := ParsePrecision("fortnight"); err == nil {
		t.Error("ParsePrecision(fortnight): no error")
	}
	if _, err := Precision(42).MarshalText(); err == nil {
		t.Error("MarshalText of an invalid precision: no error")
	}
	if got := Precision(42).String(); got != "Precision(42)" {
		t.Errorf("String of an invalid precision = %q", got)
	}
}

func TestExtents(t *testing.T) {
	tests := []struct {
		text string
		want []string // PHRASE = DAYS [back] [past]
	}{
		{"The ambush set off two days of clashes that killed 27 soldiers.", []string{"two days = 2"}},
		{"Rebels overran the city after a punishing four-day campaign.", []string{"four-day = 4 back"}},
		{"A three-day battle left the town in ruins.", []string{"three-day = 3"}},
		{"Over the past 48 hours, strikes killed 40 people.", []string{"past 48 hours = 2 back past"}},
		{"Air strikes killed 25 people on the third day of a regime assault.", []string{"the third day = 3 back"}},
		{"Shelling hit the district for a second day.", []string{"a second day = 2 back"}},
		{"Strikes in the last three days killed 60.", []string{"last three days = 3 back past"}},
		{"Raids over the past week have killed dozens.", []string{"past week = 7 back past"}},
		{"The army launched a week-long offensive.", []string{"a week-long = 7"}},
		{"Residents had a couple of days of calm.", []string{"a couple of days = 2"}},
		{"Both sides agreed to a 72-hour truce.", []string{"72-hour = 3"}},
		{"Two weeks of fighting displaced thousands.", []string{"Two weeks = 14"}},
		{"In 24 hours of clashes, 30 fighters died.", nil},
		{"A second bomb went off two days ago.", nil},
		{"Three days later, the bodies were found.", nil},
		{"Fighters have held out for days.", nil},
		{"The offensive began last week.", nil},
		{"A 25-year-old man was killed.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, x := range Extents(tt.text, 0, len(tt.text), nil) {
				s := fmt.Sprintf("%s = %d", tt.text[x.Start:x.End], x.Days)
				if x.Back {
					s += " back"
				}
				if x.Past {
					s += " past"
				}
				got = append(got, s)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Extents(%q)\n got: %q\nwant: %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestExtentAround(t *testing.T) {
	anchor := day(t, "2019-04-18")
	tests := []struct {
		x        Extent
		from, to string
	}{
		{Extent{Days: 3}, "2019-04-18", "2019-04-20"},
		{Extent{Days: 4, Back: true}, "2019-04-15", "2019-04-18"},
		{Extent{Days: 0}, "2019-04-18", "2019-04-18"},
	}
	for _, tt := range tests {
		from, to := tt.x.Around(anchor)
		if !from.Equal(day(t, tt.from)) || !to.Equal(day(t, tt.to)) {
			t.Errorf("%+v.Around(%s) = %s..%s, want %s..%s", tt.x, anchor.Format(time.DateOnly),
				from.Format(time.DateOnly), to.Format(time.DateOnly), tt.from, tt.to)
		}
	}
}
