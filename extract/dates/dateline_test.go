package dates

import (
	"strings"
	"testing"
	"time"
)

func TestDateline(t *testing.T) {
	tests := []struct {
		name, text string
		ref        string // for DatelineBefore; "" runs Dateline
		want       string // "" when none
	}{
		{"weekday date line", "Separate attacks kill soldiers\nSaturday 20 April 2019\n\nMilitants struck on Thursday.", "", "2019-04-20"},
		{"published label", "Rebels seize town\nPublished: 2019-04-20\nRebels seized the town.", "", "2019-04-20"},
		{"month first with year", "April 20, 2019\nRebels seized the town on Thursday.", "", "2019-04-20"},
		{"byline and numeric date", "By Jane Doe | 20/04/2019\nRebels seized the town.", "", "2019-04-20"},
		{"date label", "date 2024-11-30\nIn a surprise offensive, insurgents breach the city", "", "2024-11-30"},
		{"last updated with clock", "Toll rises in Homs\nLast updated 22 May 2015, 08:31 IST\nActivists said.", "", "2015-05-22"},
		{"day month comma year", "18 Nov, 2016\nRead comments\nAir strikes killed 25.", "", "2016-11-18"},
		{"page stamp month first", "Date / 11/30/2024 5:11:04 AM\nText.", "", "2024-11-30"},
		{"wire dateline with year", "BEIRUT, Syria, April 20, 2019 (AP) — Militants attacked on Thursday.", "", "2019-04-20"},
		{"wire dateline without year", "BEIRUT, April 20 (Reuters) - Militants attacked on Thursday.", "", ""},
		{"wire dateline without year, ref", "BEIRUT, April 20 (Reuters) - Militants attacked on Thursday.", "2019-06-01", "2019-04-20"},
		{"wire dateline after ref's day", "BEIRUT, Dec 30 (Reuters) - Militants attacked.", "2020-01-02", "2019-12-30"},
		{"BOM before the date line", "\ufeffSaturday 20 April 2019\nText.", "", "2019-04-20"},
		{"agency dateline without date", "ERBIL (Kurdistan 24) – Missile strikes hit the capital on early Sunday.", "", ""},
		{"dated sentence is not a dateline", "On 31 March 2023, two fighters attacked a post in the city and were killed.", "", ""},
		{"weekday alone", "Headline\n\nFighters attacked on Thursday, the monitor said.", "2019-06-01", ""},
		{"headline with a date and words", "Syria: rebels storm the airbase near the city on 5 March 2019 after long siege", "", ""},
		{"empty", "", "", ""},
		{"date too deep", strings.Repeat("A line of text.\n", 9) + "20 April 2019\n", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got time.Time
			var ok bool
			if tt.ref == "" {
				got, ok = Dateline(tt.text)
			} else {
				got, ok = DatelineBefore(tt.text, day(t, tt.ref))
			}
			switch {
			case tt.want == "" && ok:
				t.Errorf("got %s, want none", got.Format(time.DateOnly))
			case tt.want != "" && !ok:
				t.Errorf("got none, want %s", tt.want)
			case ok && !got.Equal(day(t, tt.want)):
				t.Errorf("got %s, want %s", got.Format(time.DateOnly), tt.want)
			}
		})
	}
}

func TestDateLine(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // the stamp's text, "" when none
	}{
		{"stamp above the story", "date 2021-06-03\nAn air strike hit a market in the town, killing four.", "2021-06-03"},
		{"published label", "Strike on market\nPublished: 3 June 2021\nAn air strike hit a market.", "3 June 2021"},
		{"wire dateline is the story's", "BEIRUT, June 3, 2021 (AP) — An air strike hit a market.", ""},
		{"dated sentence", "On 3 June 2021, an air strike hit a market.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := DateLine(tt.text, time.Time{})
			got := ""
			if ok {
				got = tt.text[m.Start:m.End]
			}
			if got != tt.want {
				t.Errorf("DateLine(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
