package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","text":"DAMASCUS, May 2 (Wire) - Government shelling killed 12 civilians in the town of Douma on Tuesday, a war monitor said."}`,
		``,
		`{"id":"b","text":"Rebels said 3 fighters were dead after clashes near Aleppo."}`,
		`{"id":"c","text":"Not read: the byte limit stops before it."}`,
	}, "\n")
	var out, errs bytes.Buffer
	if err := run([]string{"-bytes", "150"}, strings.NewReader(in), &out, &errs); err != nil {
		t.Fatal(err)
	}
	var got []record
	dec := json.NewDecoder(&out)
	for dec.More() {
		var r record
		if err := dec.Decode(&r); err != nil {
			t.Fatal(err)
		}
		got = append(got, r)
	}
	if len(got) != 2 {
		t.Fatalf("%d records, want 2 (the limit stops the third): %+v", len(got), got)
	}
	if !contains(got[0].Places, "Douma") || !contains(got[0].Killed, "12") {
		t.Errorf("report a: %+v, want Douma and 12", got[0])
	}
	if !contains(got[1].Killed, "3") {
		t.Errorf("report b: %+v, want 3 killed", got[1])
	}
	if !strings.Contains(errs.String(), "naive: 2 reports") {
		t.Errorf("stderr %q, want the throughput line", errs.String())
	}
}

func TestRunBadJSON(t *testing.T) {
	var out, errs bytes.Buffer
	err := run(nil, strings.NewReader("{\"id\":\n"), &out, &errs)
	if err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("err = %v, want one naming line 1", err)
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
