package dates_test

import (
	"fmt"
	"time"

	"github.com/sitrep/sitrep/extract/dates"
)

func ExampleParse() {
	text := "Militants ambushed troops in the desert Thursday night, setting off two days of clashes, activists said Saturday."
	published := time.Date(2019, time.April, 20, 0, 0, 0, 0, time.UTC)
	for _, m := range dates.Parse(text, 0, len(text), published, nil) {
		fmt.Printf("%q %s %s reported=%v\n", m.Text(text), m.From.Format(time.DateOnly), m.Precision, m.Reported)
	}
	// Output:
	// "Thursday night" 2019-04-18 day reported=false
	// "Saturday" 2019-04-20 day reported=true
}

func ExampleExtents() {
	text := "Militants ambushed troops in the desert Thursday night, setting off two days of clashes."
	published := time.Date(2019, time.April, 20, 0, 0, 0, 0, time.UTC)
	day := dates.Parse(text, 0, len(text), published, nil)[0]
	for _, x := range dates.Extents(text, 0, len(text), nil) {
		from, to := x.Around(day.From)
		fmt.Printf("%q: %s to %s\n", text[x.Start:x.End], from.Format(time.DateOnly), to.Format(time.DateOnly))
	}
	// Output:
	// "two days": 2019-04-18 to 2019-04-19
}

func ExampleDateline() {
	report := "Separate attacks kill soldiers in Syria\nSaturday 20 April 2019\n\nMilitants ambushed troops on Thursday."
	if d, ok := dates.Dateline(report); ok {
		fmt.Println(d.Format(time.DateOnly))
	}
	// Output: 2019-04-20
}

func ExampleDatelineBefore() {
	report := "BEIRUT, April 20 (Reuters) - Militants ambushed troops on Thursday."
	_, ok := dates.Dateline(report)
	fmt.Println(ok)
	fetched := time.Date(2019, time.June, 1, 0, 0, 0, 0, time.UTC)
	if d, ok := dates.DatelineBefore(report, fetched); ok {
		fmt.Println(d.Format(time.DateOnly))
	}
	// Output:
	// false
	// 2019-04-20
}

func ExampleDateLine() {
	report := "date 2019-04-20\nMilitants ambushed troops near the town, killing four."
	if m, ok := dates.DateLine(report, time.Time{}); ok {
		fmt.Printf("%q stamps the report, not a deed\n", report[m.Start:m.End])
	}
	// Output: "2019-04-20" stamps the report, not a deed
}

func ExamplePrecision_String() {
	fmt.Println(dates.Week, dates.Unknown)
	// Output: week unknown
}
