package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/golden"
)

// TestSchemaCommand checks that sitrep schema prints the published schema
// file byte for byte, and that it is JSON describing the v1 record.
func TestSchemaCommand(t *testing.T) {
	code, stdout, stderr := runCLI(t, "", "schema")
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want, err := os.ReadFile("../../schema/event.v1.json")
	if err != nil {
		t.Fatal(err)
	}
	if stdout != string(want) {
		t.Errorf("sitrep schema differs from schema/event.v1.json at line %d", golden.FirstDiffLine([]byte(stdout), want))
	}
	var s struct {
		Schema     string         `json:"$schema"`
		Properties map[string]any `json:"properties"`
	}
	if err := json.Unmarshal([]byte(stdout), &s); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if !strings.Contains(s.Schema, "json-schema.org") {
		t.Errorf("$schema = %q, want a JSON Schema dialect", s.Schema)
	}
	for _, field := range []string{"schema", "id", "doc", "event_type", "date", "location", "actors", "casualties", "claims", "sources", "evidence", "confidence"} {
		if _, ok := s.Properties[field]; !ok {
			t.Errorf("schema has no property %q", field)
		}
	}
	if code, _, _ := runCLI(t, "", "schema", "extra"); code != exitUsage {
		t.Errorf("sitrep schema extra: exit %d, want %d", code, exitUsage)
	}
}

// TestCompletion checks that cobra's completion command is there for each
// shell, and that bash, when installed, loads the script it prints.
func TestCompletion(t *testing.T) {
	for shell, marker := range map[string]string{
		"bash":       "__start_sitrep",
		"zsh":        "#compdef sitrep",
		"fish":       "complete -c sitrep",
		"powershell": "Register-ArgumentCompleter",
	} {
		code, stdout, stderr := runCLI(t, "", "completion", shell)
		if code != exitOK || stderr != "" || !strings.Contains(stdout, marker) {
			t.Errorf("completion %s: exit %d, stderr %q, stdout lacks %q", shell, code, stderr, marker)
		}
	}
	// What every script calls back: the binary completes the words itself.
	code, stdout, _ := runCLI(t, "", "__complete", "")
	for _, cmd := range []string{"extract", "explain", "schema", "version"} {
		if code != exitOK || !strings.Contains(stdout, cmd+"\t") {
			t.Errorf("sitrep __complete \"\" (exit %d) does not offer %s:\n%s", code, cmd, stdout)
		}
	}
	code, stdout, _ = runCLI(t, "", "__complete", "explain", "--color", "")
	if code != exitOK || !strings.HasPrefix(stdout, "auto\nalways\nnever\n:") {
		t.Errorf("sitrep __complete explain --color: exit %d\n%s", code, stdout)
	}
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash is not installed: the script is not loaded")
	}
	c := exec.Command(bash, "-c", `source /dev/stdin && complete -p sitrep`)
	_, script, _ := runCLI(t, "", "completion", "bash")
	c.Stdin = strings.NewReader(script)
	out, err := c.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "-F __start_sitrep sitrep") {
		t.Errorf("bash could not load the completion: %v\n%s", err, out)
	}
}
