package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/sitrep/sitrep/extract"
)

// onlyReader hides every method of its reader but Read, as a pipe would,
// so that no code path may rely on seeking stdin.
type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

// testIO returns streams over buffers; nothing is a terminal.
func testIO(stdin string) (io *IOStreams, stdout, stderr *bytes.Buffer) {
	stdout, stderr = new(bytes.Buffer), new(bytes.Buffer)
	return &IOStreams{In: onlyReader{strings.NewReader(stdin)}, Out: stdout, ErrOut: stderr}, stdout, stderr
}

// runCLI runs one command line in-process.
func runCLI(t testing.TB, stdin string, args ...string) (code exitCode, stdout, stderr string) {
	t.Helper()
	io, out, errOut := testIO(stdin)
	code = run(t.Context(), args, io)
	return code, out.String(), errOut.String()
}

// cliCase is one entry of testdata/cli/cases.yaml. In args, files and
// expectations, {dir} is the case's temporary folder and {testdata} the
// repository's testdata folder.
type cliCase struct {
	Name           string            `yaml:"name"`
	Args           []string          `yaml:"args"`
	Input          string            `yaml:"input"`
	Files          map[string]string `yaml:"files"`
	ExitCode       exitCode          `yaml:"exit_code"`
	Stderr         *string           `yaml:"stderr"` // exact, after "N events" is masked
	Stdout         *string           `yaml:"stdout"` // exact
	StdoutContains []string          `yaml:"stdout_contains"`
	Parses         string            `yaml:"parses"` // a format stdout must parse as
}

var eventCount = regexp.MustCompile(`\b\d+ (event|events)\b`)

func TestCLICases(t *testing.T) {
	data, err := os.ReadFile("../../testdata/cli/cases.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var cases []cliCase
	if err := yaml.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			dir := t.TempDir()
			expand := strings.NewReplacer("{dir}", dir, "{testdata}", testdata).Replace
			for name, body := range tc.Files {
				p := filepath.Join(dir, name)
				os.MkdirAll(filepath.Dir(p), 0o755)
				if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var args []string
			for _, a := range tc.Args {
				args = append(args, expand(a))
			}
			code, stdout, stderr := runCLI(t, tc.Input, args...)
			if code != tc.ExitCode {
				t.Errorf("exit code %d, want %d\nstderr:\n%s", code, tc.ExitCode, stderr)
			}
			if stderr != "" && (!strings.HasSuffix(stderr, "\n") || strings.HasSuffix(stderr, "\n\n")) {
				t.Errorf("stderr should end in exactly one newline: %q", stderr)
			}
			if tc.Stderr != nil {
				got := strings.NewReplacer(dir, "{dir}", testdata, "{testdata}").Replace(stderr)
				got = eventCount.ReplaceAllString(got, "N events")
				if got != *tc.Stderr {
					t.Errorf("stderr:\n%s\nwant:\n%s", got, *tc.Stderr)
				}
			}
			if tc.Stdout != nil && stdout != *tc.Stdout {
				t.Errorf("stdout:\n%s\nwant:\n%s", stdout, *tc.Stdout)
			}
			for _, s := range tc.StdoutContains {
				if !strings.Contains(stdout, s) {
					t.Errorf("stdout lacks %q:\n%s", s, stdout)
				}
			}
			if tc.Parses != "" {
				f, err := extract.ParseFormat(tc.Parses)
				if err != nil {
					t.Fatal(err)
				}
				parseOutput(t, f, []byte(stdout))
			}
		})
	}
}

// parseOutput checks that out parses as f and returns its records as
// generic JSON values (for csv, one map per row; for geojson, the features),
// so that formats can be compared.
func parseOutput(t testing.TB, f extract.Format, out []byte) []any {
	t.Helper()
	var recs []any
	switch f {
	case extract.FormatJSON:
		if err := json.Unmarshal(out, &recs); err != nil {
			t.Fatalf("json output: %v\n%s", err, out)
		}
		if recs == nil {
			t.Fatalf("json output is not an array: %s", out)
		}
	case extract.FormatJSONL:
		for i, line := range strings.SplitAfter(string(out), "\n") {
			if line == "" {
				continue
			}
			var v any
			if err := json.Unmarshal([]byte(line), &v); err != nil || !strings.HasSuffix(line, "\n") {
				t.Fatalf("jsonl line %d is not a whole JSON value: %v\n%s", i+1, err, line)
			}
			recs = append(recs, v)
		}
	case extract.FormatYAML:
		var evs []map[string]any
		if err := yaml.Unmarshal(out, &evs); err != nil {
			t.Fatalf("yaml output: %v\n%s", err, out)
		}
		// Through JSON, so that numbers compare with the other formats.
		b, err := json.Marshal(evs)
		if err != nil {
			t.Fatal(err)
		}
		json.Unmarshal(b, &recs)
	case extract.FormatCSV:
		rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
		if err != nil || len(rows) == 0 || strings.Join(rows[0], ",") != strings.Join(extract.CSVHeader(), ",") {
			t.Fatalf("csv output: %v\n%s", err, out)
		}
		for _, row := range rows[1:] {
			m := map[string]any{}
			for i, col := range rows[0] {
				m[col] = row[i]
			}
			recs = append(recs, m)
		}
	case extract.FormatGeoJSON:
		var fc struct {
			Type     string `json:"type"`
			Features []any  `json:"features"`
		}
		if err := json.Unmarshal(out, &fc); err != nil || fc.Type != "FeatureCollection" || fc.Features == nil {
			t.Fatalf("geojson output: %v\n%s", err, out)
		}
		recs = fc.Features
	}
	return recs
}

// TestCLIStreamsInjected checks that help, errors and records reach the
// injected streams and nothing else.
func TestCLIStreamsInjected(t *testing.T) {
	code, stdout, stderr := runCLI(t, "", "extract", "--help")
	if code != exitOK || !strings.Contains(stdout, "Examples:") || stderr != "" {
		t.Errorf("extract --help: code %d, stderr %q, stdout %q", code, stderr, stdout)
	}
}

// TestHelpExamples checks that every command's help has examples, and runs
// those that need only stdin: they must succeed as pasted.
func TestHelpExamples(t *testing.T) {
	io, _, _ := testIO("")
	root := newCmdRoot(io)
	for _, c := range append(root.Commands(), root) {
		if c.Example == "" {
			t.Errorf("%s has no example", c.CommandPath())
		}
		for _, line := range strings.Split(c.Example, "\n") {
			line = strings.TrimSpace(line)
			if !strings.HasPrefix(line, "$ echo ") || !strings.Contains(line, "| sitrep ") {
				continue
			}
			echo, cmdline, _ := strings.Cut(strings.TrimPrefix(line, "$ echo "), " | sitrep ")
			var args []string
			for _, f := range strings.Fields(cmdline) {
				args = append(args, strings.Trim(f, `'`))
			}
			code, stdout, stderr := runCLI(t, strings.Trim(echo, `'`)+"\n", args...)
			if code != exitOK {
				t.Errorf("example %q: exit %d\n%s", line, code, stderr)
			}
			f := extract.FormatJSON
			for i, a := range args {
				if (a == "-f" || a == "--format") && i+1 < len(args) {
					f, _ = extract.ParseFormat(args[i+1])
				}
			}
			parseOutput(t, f, []byte(stdout))
		}
	}
}
