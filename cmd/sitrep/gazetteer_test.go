package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/sitrep/sitrep/gazetteer"
)

func TestGazetteerLookup(t *testing.T) {
	overlay := filepath.Join(t.TempDir(), "mine.yaml")
	if err := os.WriteFile(overlay, []byte("places:\n  - pcode: C4068\n    aliases: [Nabl Heights]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		args      []string
		code      exitCode
		stdout    []string // substrings, in order
		stderr    string   // substring
		lineCount int      // of stdout; 0: not checked
	}{
		{"alias", []string{"lookup", "Kafr Nabl"}, exitOK, []string{"Kafr Nabl\t1\tC4068\tcommunity Kafr Nobol\tKafr Nobol, Al Ma'ra, Idlib\t35.61341,36.56103\talias \"Kafr Nabl\""}, "", 1},
		{"governorate form", []string{"lookup", "Deir el-Zour"}, exitOK, []string{"C5086", "SY09"}, "", 0},
		{"skeleton", []string{"lookup", "Mhardeh"}, exitOK, []string{"C3457", "consonant skeleton"}, "", 3},
		{"ambiguous, likeliest first", []string{"lookup", "Duma"}, exitOK, []string{"Duma\t1\tC2338", "Duma\t2\t", "C3076"}, "", 9},
		{"unknown name", []string{"lookup", "Duma", "Qwxzt"}, exitInputFailed, []string{"C2338"}, `sitrep: no place is named "Qwxzt"`, 0},
		{"no name", []string{"lookup"}, exitUsage, nil, "lookup needs at least one NAME", 0},
		{"overlay alias", []string{"--gazetteer", overlay, "lookup", "Nabl Heights"}, exitOK, []string{"C4068"}, "", 1},
		{"no overlay, no alias", []string{"lookup", "Nabl Heights"}, exitInputFailed, nil, "no place is named", 0},
		{"missing overlay", []string{"--gazetteer", overlay + ".none", "lookup", "Duma"}, exitInputFailed, nil, "no such file", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "", append([]string{"gazetteer"}, tt.args...)...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr %q", code, tt.code, stderr)
			}
			rest := stdout
			for _, want := range tt.stdout {
				i := strings.Index(rest, want)
				if i < 0 {
					t.Fatalf("stdout lacks %q (in order):\n%s", want, stdout)
				}
				rest = rest[i+len(want):]
			}
			if !strings.Contains(stderr, tt.stderr) {
				t.Errorf("stderr %q, want it to contain %q", stderr, tt.stderr)
			}
			if tt.lineCount > 0 && strings.Count(stdout, "\n") != tt.lineCount {
				t.Errorf("%d lines, want %d:\n%s", strings.Count(stdout, "\n"), tt.lineCount, stdout)
			}
		})
	}
}

func TestGazetteerLookupJSON(t *testing.T) {
	code, stdout, stderr := runCLI(t, "", "gazetteer", "lookup", "--json", "Saraqib")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var r placeRecord
	if err := json.Unmarshal([]byte(strings.SplitN(stdout, "\n", 2)[0]), &r); err != nil {
		t.Fatal(err)
	}
	if r.PCode != "C3916" || r.Admin1 != "SY07" || r.Admin1Name != "Idlib" || r.Why == "" || r.Query != "Saraqib" || r.Lat == 0 {
		t.Errorf("lookup --json = %+v", r)
	}
}

func TestGazetteerList(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   exitCode
		lines  int
		level  string // every line's level, if set
		stderr string
	}{
		{"governorates", []string{"--level", "governorate"}, exitOK, 14, "governorate", ""},
		{"districts", []string{"--level", "district"}, exitOK, 61, "district", ""},
		{"subdistricts", []string{"--level", "subdistrict"}, exitOK, 270, "subdistrict", ""},
		// OCHA's 5,251 and the 3 GeoNames places OCHA lacks.
		{"communities", []string{"--level", "community"}, exitOK, 5251 + 3, "community", ""},
		{"neighbourhoods", []string{"--level", "neighbourhood"}, exitOK, 64, "neighbourhood", ""},
		{"districts of Idlib", []string{"--level", "district", "--in", "SY07"}, exitOK, 5, "district", ""},
		{"bad level", []string{"--level", "village"}, exitUsage, 0, "", `invalid argument "village" for "--level"`},
		{"unknown P-code", []string{"--in", "SY99"}, exitUsage, 0, "", "--in SY99: no such P-code"},
		{"a community has nothing under it", []string{"--in", "C4068"}, exitUsage, 0, "", "Kafr Nobol is a community"},
		{"no arguments", []string{"Idlib"}, exitUsage, 0, "", "unknown command"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "", append([]string{"gazetteer", "list"}, tt.args...)...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr %q", code, tt.code, stderr)
			}
			if !strings.Contains(stderr, tt.stderr) {
				t.Errorf("stderr %q, want %q", stderr, tt.stderr)
			}
			if code != exitOK {
				return
			}
			lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
			if len(lines) != tt.lines {
				t.Errorf("%d lines, want %d", len(lines), tt.lines)
			}
			for _, l := range lines {
				if f := strings.Split(l, "\t"); len(f) != 8 || (tt.level != "" && f[1] != tt.level) {
					t.Fatalf("bad line %q", l)
				}
			}
		})
	}
	// Everything under a subdistrict lies in it.
	_, stdout, _ := runCLI(t, "", "gazetteer", "list", "--in", "SY070203")
	for _, l := range strings.Split(strings.TrimSuffix(stdout, "\n"), "\n") {
		if f := strings.Split(l, "\t"); f[5] != "Kafr Nobol" || f[3] != "Idlib" {
			t.Errorf("list --in SY070203: %q", l)
		}
	}
}

func TestGazetteerExport(t *testing.T) {
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	all := len(g.Places())
	t.Run("jsonl", func(t *testing.T) {
		code, stdout, stderr := runCLI(t, "", "gazetteer", "export", "--format", "jsonl")
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
		if len(lines) != all {
			t.Fatalf("%d records, want %d", len(lines), all)
		}
		seen := map[string]bool{}
		for _, l := range lines {
			var r placeRecord
			if err := json.Unmarshal([]byte(l), &r); err != nil {
				t.Fatalf("%q: %v", l, err)
			}
			if r.PCode == "" || r.Name == "" || r.Admin1 == "" || seen[r.PCode] {
				t.Fatalf("bad or repeated record %q", l)
			}
			seen[r.PCode] = true
		}
	})
	t.Run("csv", func(t *testing.T) {
		code, stdout, stderr := runCLI(t, "", "gazetteer", "export", "-f", "csv", "--level", "governorate")
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		rows, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 15 || strings.Join(rows[0], ",") != strings.Join(csvHeader, ",") {
			t.Fatalf("%d rows, header %v", len(rows), rows[0])
		}
		if rows[1][0] != "SY01" || rows[1][1] != "Damascus" || rows[1][6] != "Damascus" {
			t.Errorf("first governorate row %v", rows[1])
		}
	})
	t.Run("yaml", func(t *testing.T) {
		code, stdout, stderr := runCLI(t, "", "gazetteer", "export", "-f", "yaml", "--in", "SY070203")
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		var rs []placeRecord
		if err := yaml.Unmarshal([]byte(stdout), &rs); err != nil {
			t.Fatal(err)
		}
		if len(rs) == 0 {
			t.Fatal("no places under SY070203")
		}
		for _, r := range rs {
			if r.Admin3 != "SY070203" || r.Level != "community" {
				t.Errorf("%+v is not a community of SY070203", r)
			}
		}
	})
	t.Run("bad format", func(t *testing.T) {
		code, _, stderr := runCLI(t, "", "gazetteer", "export", "-f", "geojson")
		if code != exitUsage || !strings.Contains(stderr, "want jsonl, yaml or csv") {
			t.Errorf("exit %d, stderr %q", code, stderr)
		}
	})
}
