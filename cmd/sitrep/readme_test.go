package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/internal/golden"
)

// recipe is one "###" entry of README.md's recipes section.
type recipe struct {
	title  string
	blocks []codeBlock
}

type codeBlock struct {
	lang string // what follows the opening fence: sh, crontab
	body string
}

// readmeRecipes parses the section of README.md between <!-- recipes -->
// and <!-- /recipes -->.
func readmeRecipes(t *testing.T) []recipe {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(b), "<!-- recipes -->")
	section, _, ok2 := strings.Cut(section, "<!-- /recipes -->")
	if !ok || !ok2 {
		t.Fatal("README.md has no <!-- recipes --> ... <!-- /recipes --> section")
	}
	var recipes []recipe
	var block *codeBlock
	var body []string
	for _, line := range strings.Split(section, "\n") {
		switch {
		case block != nil && line == "```":
			block.body = strings.Join(body, "\n") + "\n"
			recipes[len(recipes)-1].blocks = append(recipes[len(recipes)-1].blocks, *block)
			block, body = nil, nil
		case block != nil:
			body = append(body, line)
		case strings.HasPrefix(line, "### "):
			recipes = append(recipes, recipe{title: strings.TrimPrefix(line, "### ")})
		case strings.HasPrefix(line, "```"):
			if len(recipes) == 0 {
				t.Fatalf("README.md: a code block before the first recipe heading")
			}
			block = &codeBlock{lang: strings.TrimPrefix(line, "```")}
		}
	}
	if block != nil {
		t.Fatal("README.md: a code block in the recipes is not closed")
	}
	return recipes
}

// recipeWorkspace is a folder laid out as the recipes assume: reports/
// holds the test reports, articles.jsonl (and articles/) the same reports
// as JSON Lines with their publication dates.
type recipeWorkspace struct {
	dir     string
	reports int
}

func newRecipeWorkspace(t *testing.T) *recipeWorkspace {
	t.Helper()
	w := &recipeWorkspace{dir: t.TempDir()}
	paths, _ := filepath.Glob("../../testdata/reports/*.txt")
	if len(paths) == 0 {
		t.Fatal("no reports under testdata/reports")
	}
	var feed bytes.Buffer
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		w.write(t, filepath.Join("reports", filepath.Base(p)), text)
		line, err := json.Marshal(map[string]string{
			"id": strings.TrimSuffix(filepath.Base(p), ".txt"), "published": golden.Published(t, p), "text": string(text),
		})
		if err != nil {
			t.Fatal(err)
		}
		feed.Write(append(line, '\n'))
		w.reports++
	}
	w.write(t, "articles.jsonl", feed.Bytes())
	w.write(t, filepath.Join("articles", "part-0.jsonl"), feed.Bytes())
	return w
}

func (w *recipeWorkspace) write(t *testing.T, name string, data []byte) {
	t.Helper()
	p := filepath.Join(w.dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func (w *recipeWorkspace) read(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(w.dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// run runs a shell script in the workspace with the test's sitrep first on
// PATH, and returns its standard output; it fails the test if the script
// fails.
func (w *recipeWorkspace) run(t *testing.T, script string, env ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	c := exec.CommandContext(ctx, "sh", "-e", "-c", script)
	c.Dir = w.dir
	c.Env = append(os.Environ(), "PATH="+filepath.Dir(binPath)+string(os.PathListSeparator)+os.Getenv("PATH"))
	c.Env = append(c.Env, env...)
	var stderr bytes.Buffer
	c.Stderr = &stderr
	out, err := c.Output()
	if err != nil {
		t.Fatalf("recipe failed: %v\n%s\nstderr:\n%s", err, script, stderr.String())
	}
	return string(out)
}

// records reads JSON Lines records, failing on a line that is not one.
func records(t *testing.T, jsonl []byte) []extract.Event {
	t.Helper()
	var evs []extract.Event
	sc := bufio.NewScanner(bytes.NewReader(jsonl))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var ev extract.Event
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil || ev.Schema != extract.SchemaID {
			t.Fatalf("not a record (%v): %s", err, sc.Text())
		}
		evs = append(evs, ev)
	}
	return evs
}

// recipeTools are the commands beyond sh and the standard utilities that a
// recipe may call; a recipe naming one that is not installed is skipped.
var recipeTools = []string{"jq", "duckdb", "python3", "ogrinfo", "parallel", "hadoop", "spark-submit"}

// needTools skips the test unless every tool the script calls is
// installed (and, for a pandas script, pandas too).
func needTools(t *testing.T, script string) {
	t.Helper()
	for _, tool := range recipeTools {
		if !regexp.MustCompile(`(^|[\s|;&(])` + regexp.QuoteMeta(tool) + `\s`).MatchString(script) {
			continue
		}
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed", tool)
		}
	}
	if strings.Contains(script, "import pandas") {
		if err := exec.Command("python3", "-c", "import pandas").Run(); err != nil {
			t.Skip("pandas is not installed for python3")
		}
	}
}

// setUp runs the first recipe, which makes the events files the others read.
func setUp(t *testing.T, w *recipeWorkspace, first recipe) {
	t.Helper()
	for _, b := range first.blocks {
		w.run(t, b.body)
	}
}

// recipeChecks run and check each recipe, by the start of its title. A
// recipe without a check fails the test, so none goes untested by mistake.
var recipeChecks = map[string]func(t *testing.T, w *recipeWorkspace, r recipe){
	"Three files": checkThreeFiles,
	"jq:":         checkJQ,
	"DuckDB:":     checkDuckDB,
	"pandas:":     checkPandas,
	"QGIS:":       checkQGIS,
	"A nightly":   checkNightly,
	"Many cores":  checkDistributed,
}

// TestReadmeRecipes runs each recipe of README.md as written, against the
// built binary and testdata/reports, and checks what it prints or writes.
func TestReadmeRecipes(t *testing.T) {
	if binPath == "" {
		t.Skip("no sitrep binary (go not found, or -short)")
	}
	recipes := readmeRecipes(t)
	if len(recipes) == 0 || !strings.HasPrefix(recipes[0].title, "Three files") {
		t.Fatal(`the first recipe must be "Three files ...", which makes the files the others read`)
	}
	seen := map[string]bool{}
	for _, r := range recipes {
		var check func(*testing.T, *recipeWorkspace, recipe)
		for prefix, c := range recipeChecks {
			if strings.HasPrefix(r.title, prefix) {
				check = c
				seen[prefix] = true
			}
		}
		t.Run(r.title, func(t *testing.T) {
			if check == nil {
				t.Fatalf("README recipe %q has no check in readme_test.go", r.title)
			}
			if len(r.blocks) == 0 {
				t.Fatalf("recipe %q has no code block", r.title)
			}
			if len(r.blocks) == 1 {
				needTools(t, r.blocks[0].body) // before the set-up, to skip early
			}
			w := newRecipeWorkspace(t)
			if r.title != recipes[0].title {
				setUp(t, w, recipes[0])
			}
			check(t, w, r)
		})
	}
	for prefix := range recipeChecks {
		if !seen[prefix] {
			t.Errorf("readme_test.go checks a recipe %q that README.md no longer has", prefix)
		}
	}
}

func checkThreeFiles(t *testing.T, w *recipeWorkspace, r recipe) {
	setUp(t, w, r)
	evs := records(t, w.read(t, "events.jsonl"))
	if len(evs) == 0 {
		t.Fatal("events.jsonl holds no records")
	}
	rows, err := csv.NewReader(bytes.NewReader(w.read(t, "events.csv"))).ReadAll()
	if err != nil || len(rows) != len(evs)+1 || !slices.Equal(rows[0], extract.CSVHeader()) {
		t.Errorf("events.csv: %d rows (%v), want the header and %d", len(rows), err, len(evs))
	}
	var fc struct {
		Type     string
		Features []struct{ ID string }
	}
	if err := json.Unmarshal(w.read(t, "events.geojson"), &fc); err != nil || fc.Type != "FeatureCollection" || len(fc.Features) == 0 {
		t.Errorf("events.geojson: %v, %+v", err, fc)
	}
}

func checkJQ(t *testing.T, w *recipeWorkspace, r recipe) {
	needTools(t, r.blocks[0].body)
	var want []string
	for _, ev := range records(t, w.read(t, "events.jsonl")) {
		if ev.Location != nil && ev.Location.Admin1 == "Idlib" && ev.Casualties.Killed != nil && ev.Casualties.Killed.Best >= 10 {
			want = append(want, ev.ID)
		}
	}
	if len(want) == 0 {
		t.Fatal("the test reports give no Idlib event with 10 or more killed, so the recipe selects nothing")
	}
	out := w.run(t, r.blocks[0].body)
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var v struct {
			ID     string
			Killed int
		}
		if err := json.Unmarshal([]byte(line), &v); err != nil || v.Killed < 10 {
			t.Errorf("jq printed %q (%v)", line, err)
		}
		got = append(got, v.ID)
	}
	if !slices.Equal(got, want) {
		t.Errorf("jq selected %v, want %v", got, want)
	}
}

// killedBy sums the best killed figures of events.jsonl by governorate.
func killedBy(t *testing.T, w *recipeWorkspace) map[string]int {
	sums := map[string]int{}
	for _, ev := range records(t, w.read(t, "events.jsonl")) {
		if ev.Location != nil && ev.Casualties.Killed != nil {
			sums[ev.Location.Admin1] += ev.Casualties.Killed.Best
		}
	}
	return sums
}

func checkDuckDB(t *testing.T, w *recipeWorkspace, r recipe) {
	needTools(t, r.blocks[0].body)
	out := w.run(t, r.blocks[0].body)
	for gov, n := range killedBy(t, w) {
		if !regexp.MustCompile(regexp.QuoteMeta(gov) + `\W.*\b` + strconv.Itoa(n) + `\b`).MatchString(out) {
			t.Errorf("duckdb output lacks %s with %d killed:\n%s", gov, n, out)
		}
	}
}

func checkPandas(t *testing.T, w *recipeWorkspace, r recipe) {
	needTools(t, r.blocks[0].body)
	out := w.run(t, r.blocks[0].body)
	for gov, n := range killedBy(t, w) {
		if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(gov) + `\s+` + strconv.Itoa(n) + `$`).MatchString(out) {
			t.Errorf("pandas output lacks %s with %d killed:\n%s", gov, n, out)
		}
	}
}

func checkQGIS(t *testing.T, w *recipeWorkspace, r recipe) {
	needTools(t, r.blocks[0].body)
	var fc struct{ Features []json.RawMessage }
	if err := json.Unmarshal(w.read(t, "events.geojson"), &fc); err != nil {
		t.Fatal(err)
	}
	out := w.run(t, r.blocks[0].body)
	if !strings.Contains(out, "Feature Count: "+strconv.Itoa(len(fc.Features))) || !strings.Contains(out, "Point") {
		t.Errorf("ogrinfo does not see %d points:\n%s", len(fc.Features), out)
	}
}

// checkNightly runs the crontab entry as cron would: its variable lines
// set the environment, and the command after the five time fields runs
// through sh, with each \% turned into %. An unescaped % would be a
// newline to cron, so the entry must have none.
func checkNightly(t *testing.T, w *recipeWorkspace, r recipe) {
	var env, commands []string
	for _, b := range r.blocks {
		if b.lang != "crontab" {
			continue
		}
		for _, line := range strings.Split(strings.TrimSpace(b.body), "\n") {
			if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
				continue
			}
			if name, _, ok := strings.Cut(line, "="); ok && !strings.ContainsAny(name, " \t") {
				env = append(env, line)
				continue
			}
			fields := strings.Fields(line)
			if len(fields) < 6 {
				t.Fatalf("crontab line %q has no command", line)
			}
			cmd := strings.TrimSpace(line)
			for range 5 {
				cmd = strings.TrimSpace(cmd[strings.IndexAny(cmd, " \t"):])
			}
			if strings.Contains(strings.ReplaceAll(cmd, `\%`, ""), "%") {
				t.Errorf("crontab command %q holds a %% that cron would turn into a newline", cmd)
			}
			commands = append(commands, strings.ReplaceAll(cmd, `\%`, "%"))
		}
	}
	if len(commands) == 0 {
		t.Fatal("no crontab entry in the recipe")
	}
	// The folder the entry names is this workspace's wire/, with the
	// reports in its incoming/.
	wire := filepath.Join(w.dir, "wire")
	for i, e := range env {
		if strings.HasPrefix(e, "WIRE=") {
			env[i] = "WIRE=" + wire
		}
	}
	reports, _ := filepath.Glob(filepath.Join(w.dir, "reports", "*.txt"))
	for _, p := range reports {
		w.write(t, filepath.Join("wire", "incoming", filepath.Base(p)), w.read(t, filepath.Join("reports", filepath.Base(p))))
	}
	for _, c := range commands {
		needTools(t, c)
		w.run(t, c, env...)
	}
	dated, _ := filepath.Glob(filepath.Join(wire, "events", "*.jsonl"))
	if len(dated) != 1 || !regexp.MustCompile(`/\d{4}-\d{2}-\d{2}\.jsonl$`).MatchString(dated[0]) {
		t.Fatalf("the job wrote %v, want one events/YYYY-MM-DD.jsonl", dated)
	}
	got, _ := os.ReadFile(dated[0])
	if n, want := len(records(t, got)), len(records(t, w.read(t, "events.jsonl"))); n != want {
		t.Errorf("the nightly file holds %d records, the same reports give %d", n, want)
	}
	if log, err := os.ReadFile(filepath.Join(wire, "errors.log")); err != nil || len(log) != 0 {
		t.Errorf("errors.log: %v %q, want an empty file", err, log)
	}
}

// checkDistributed runs each block that its tools allow: the mapper's
// output must be the records of a single run over the same JSON Lines.
func checkDistributed(t *testing.T, w *recipeWorkspace, r recipe) {
	direct := records(t, []byte(w.run(t, "sitrep extract --input-format jsonl -f jsonl -q < articles.jsonl")))
	if len(direct) == 0 {
		t.Fatal("articles.jsonl gives no records")
	}
	for _, b := range r.blocks {
		name := strings.Fields(b.body)[0]
		if strings.Contains(b.body, "spark-submit") {
			name = "spark"
		}
		t.Run(name, func(t *testing.T) {
			needTools(t, b.body)
			out := w.run(t, b.body)
			var got []extract.Event
			switch name {
			case "parallel":
				// -k keeps the order: the same bytes as one run.
				got = records(t, w.read(t, "events.jsonl"))
				if want := w.run(t, "sitrep extract --input-format jsonl -f jsonl -q < articles.jsonl"); string(w.read(t, "events.jsonl")) != want {
					t.Errorf("parallel output differs from one run's")
				}
			default:
				parts, _ := filepath.Glob(filepath.Join(w.dir, "events", "part-*"))
				for _, p := range parts {
					b, _ := os.ReadFile(p)
					got = append(got, records(t, b)...)
				}
			}
			if len(got) != len(direct) {
				t.Errorf("%s wrote %d records, one run gives %d\n%s", name, len(got), len(direct), out)
			}
		})
	}
}
