package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// explainCase is one golden explanation: the command line and its golden.
type explainCase struct {
	name   string
	args   []string
	golden string
}

func explainCases(t *testing.T) []explainCase {
	t.Helper()
	reports, _ := filepath.Glob("../../testdata/reports/*.txt")
	if len(reports) == 0 {
		t.Fatal("no reports under testdata/reports")
	}
	var cases []explainCase
	for _, r := range reports {
		name := strings.TrimSuffix(filepath.Base(r), ".txt")
		args := []string{"explain", "--color", "never", r}
		if p := golden.Published(t, r); p != "" {
			args = append(args, "--published", p)
		}
		cases = append(cases, explainCase{name, args, filepath.Join("../../testdata/explain", name+".txt")})
	}
	// A JSON Lines feed: one explanation per line, headed by where it was.
	cases = append(cases, explainCase{"feed.jsonl",
		[]string{"explain", "--color", "never", "--input-format", "jsonl", "../../testdata/cli/feed.jsonl"},
		"../../testdata/explain/feed.jsonl.txt"})
	return cases
}

// TestExplainGolden compares sitrep explain, colour off, with the golden
// files under testdata/explain; go test ./cmd/sitrep -update rewrites them.
func TestExplainGolden(t *testing.T) {
	for _, tc := range explainCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "", tc.args...)
			if code != exitOK || stderr != "" {
				t.Fatalf("sitrep %s: exit %d\n%s", strings.Join(tc.args, " "), code, stderr)
			}
			golden.Check(t, tc.golden, []byte(stdout), *update, "./cmd/sitrep")
		})
	}
}

// noteLine is a note under a paragraph: "  12 casualty “...” (3-9) → ...".
var noteLine = regexp.MustCompile(`^ +(\d+) (place|actor|source|casualty|date|trigger) +“`)

// markerRunes are what explain adds to a paragraph's text.
var markerRunes = regexp.MustCompile(`[\[\]·⁰¹²³⁴⁵⁶⁷⁸⁹]`)

var superscripts = regexp.MustCompile(`[⁰¹²³⁴⁵⁶⁷⁸⁹]+`)

// TestExplainLayout checks what the goldens must hold whatever the
// pipeline finds: lines fit 80 columns, each paragraph reads as the report
// once the marks are taken out, brackets balance, every note number in the
// text has its note, and each event's quoted spans read as the report at
// their offsets.
func TestExplainLayout(t *testing.T) {
	reports, _ := filepath.Glob("../../testdata/reports/*.txt")
	for _, r := range reports {
		t.Run(filepath.Base(r), func(t *testing.T) {
			raw, err := os.ReadFile(r)
			if err != nil {
				t.Fatal(err)
			}
			text := string(raw)
			_, stdout, _ := runCLI(t, "", "explain", "--color", "never", "--published", golden.Published(t, r), r)
			lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
			for i, l := range lines {
				if n := utf8.RuneCountInString(l); n > 80 && strings.Contains(l, " ") {
					t.Errorf("line %d has %d columns:\n%s", i+1, n, l)
				}
			}
			// The blocks between blank lines: the heading, paragraphs with
			// their notes, the count of events, then one block per event.
			blocks := strings.Split(stdout, "\n\n")
			paras := paragraphs(text)
			if len(blocks) < len(paras)+2 {
				t.Fatalf("%d blocks for %d paragraphs:\n%s", len(blocks), len(paras), stdout)
			}
			for i, para := range paras {
				var body []string
				var notes []string
				for _, l := range strings.Split(blocks[i+1], "\n") {
					switch {
					case noteLine.MatchString(l):
						notes = append(notes, l)
					case strings.HasPrefix(l, " "): // a note's second line
					default:
						body = append(body, l)
					}
				}
				shown := strings.Join(body, " ")
				if got, want := markerRunes.ReplaceAllString(shown, ""), cleanText(text[para.Start:para.End]); got != want {
					t.Errorf("paragraph %d does not read as the report:\n got %q\nwant %q", i+1, got, want)
				}
				if strings.Count(shown, "[") != strings.Count(shown, "]") {
					t.Errorf("paragraph %d: brackets do not balance: %s", i+1, shown)
				}
				numbers := map[string]bool{}
				for _, n := range superscripts.FindAllString(shown, -1) {
					numbers[n] = true
				}
				for j, l := range notes {
					if got := noteLine.FindStringSubmatch(l)[1]; got != strconv.Itoa(j+1) {
						t.Errorf("paragraph %d: note %s where %d was due", i+1, got, j+1)
					}
					if !numbers[superscript(j+1)] {
						t.Errorf("paragraph %d: note %d has no number in the text", i+1, j+1)
					}
				}
				if len(numbers) != len(notes) {
					t.Errorf("paragraph %d: %d note numbers, %d notes", i+1, len(numbers), len(notes))
				}
			}
			// Every quote of the events section reads as the report.
			events := strings.Join(blocks[len(paras)+1:], "\n\n")
			quoted := regexp.MustCompile(`“([^”]*)” \((\d+)-(\d+)\)`)
			folded := regexp.MustCompile(`\s+\n?\s*`)
			n := 0
			for _, m := range quoted.FindAllStringSubmatch(folded.ReplaceAllString(events, " "), -1) {
				start, _ := strconv.Atoi(m[2])
				end, _ := strconv.Atoi(m[3])
				s := extract.Span{Start: start, End: end}
				if got := cleanText(spanText(text, s)); got != m[1] {
					t.Errorf("quote %q at %d-%d, but the report reads %q there", m[1], s.Start, s.End, got)
				}
				n++
			}
			if n == 0 {
				t.Errorf("no quoted spans in the events section:\n%s", events)
			}
		})
	}
}

// TestExplainMarks renders hand-made marks, to pin down how nesting,
// crossing and shared ends are shown.
func TestExplainMarks(t *testing.T) {
	mark := func(start, end int, k extract.MarkKind, label string) extract.Mark {
		return extract.Mark{Span: extract.Span{Start: start, End: end}, Kind: k, Label: label}
	}
	tests := []struct {
		name  string
		text  string
		marks []extract.Mark
		want  string
	}{
		{
			name:  "nested, ending together",
			text:  "Shelling killed three soldiers.",
			marks: []extract.Mark{mark(9, 30, extract.MarkCasualty, "killed 3 (exact)"), mark(9, 15, extract.MarkTrigger, "killing"), mark(22, 30, extract.MarkActor, "Syrian army")},
			want: "Shelling [[killed]² three [soldiers]³]¹.\n" +
				"  1 casualty “killed three soldiers” (9-30) → killed 3 (exact)\n" +
				"  2 trigger  “killed” (9-15) → killing\n" +
				"  3 actor    “soldiers” (22-30) → Syrian army\n",
		},
		{
			name:  "crossing",
			text:  "A Turkish drone strike hit Azaz.",
			marks: []extract.Mark{mark(2, 15, extract.MarkActor, "Turkish forces"), mark(10, 22, extract.MarkTrigger, "air strike"), mark(27, 31, extract.MarkPlace, "Azaz")},
			want: "A [Turkish drone]¹ strike² hit [Azaz]³.\n" +
				"  1 actor    “Turkish drone” (2-15) → Turkish forces\n" +
				"  2 trigger  “drone strike” (10-22) → air strike\n" +
				"  3 place    “Azaz” (27-31)\n",
		},
		{
			name:  "crossing, ending with a nested one",
			text:  "near Idlib city",
			marks: []extract.Mark{mark(0, 10, extract.MarkPlace, "x"), mark(5, 15, extract.MarkPlace, "y"), mark(11, 15, extract.MarkPlace, "z")},
			want: "[near Idlib]¹ [city]³·²\n" +
				"  1 place    “near Idlib” (0-10) → x\n" +
				"  2 place    “Idlib city” (5-15) → y\n" +
				"  3 place    “city” (11-15) → z\n",
		},
		{
			name:  "same span twice",
			text:  "in Homs",
			marks: []extract.Mark{mark(3, 7, extract.MarkPlace, "Homs city"), mark(3, 7, extract.MarkActor, "Homs")},
			want: "in [[Homs]²]¹\n" +
				"  1 place    “Homs” (3-7) → Homs city\n" +
				"  2 actor    “Homs” (3-7)\n",
		},
		{
			name:  "white space folded, control bytes shown as U+FFFD",
			text:  "Two\n  killed\x1b[2J in\tHoms.",
			marks: []extract.Mark{mark(20, 24, extract.MarkPlace, "Homs\x1b[0m")},
			want: "Two killed\uFFFD[2J in [Homs]¹.\n" +
				"  1 place    “Homs” (20-24) → Homs\uFFFD[0m\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			p := &explainPrinter{w: &buf, width: 80}
			e := &extract.Explanation{Doc: &extract.Doc{Text: tt.text}, Marks: tt.marks}
			p.paragraph(e, extract.Span{Start: 0, End: len(tt.text)})
			if buf.String() != tt.want {
				t.Errorf("got\n%s\nwant\n%s", buf.String(), tt.want)
			}
		})
	}
}

// TestExplainWrap checks that text wraps at the width without splitting a
// mark's brackets from its word.
func TestExplainWrap(t *testing.T) {
	text := strings.Repeat("Clashes went on near Daraa overnight. ", 6)
	var marks []extract.Mark
	for off := 0; ; {
		i := strings.Index(text[off:], "Daraa")
		if i < 0 {
			break
		}
		marks = append(marks, extract.Mark{Span: extract.Span{Start: off + i, End: off + i + 5}, Kind: extract.MarkPlace})
		off += i + 5
	}
	var buf bytes.Buffer
	p := &explainPrinter{w: &buf, width: 40}
	p.paragraph(&extract.Explanation{Doc: &extract.Doc{Text: text}, Marks: marks}, extract.Span{Start: 0, End: len(text) - 1})
	body, _, _ := strings.Cut(buf.String(), "\n  1 ")
	for _, l := range strings.Split(body, "\n") {
		if utf8.RuneCountInString(l) > 40 {
			t.Errorf("line longer than 40 columns: %q", l)
		}
		if strings.HasSuffix(l, "[") || strings.HasPrefix(l, "]") {
			t.Errorf("bracket parted from its word: %q", l)
		}
	}
	if got := strings.Count(body, "[Daraa]"); got != 6 {
		t.Errorf("%d marked Daraa, want 6:\n%s", got, body)
	}
}

var ansiEscape = regexp.MustCompile("\x1b\\[[0-9;]*m")

// TestExplainColor checks the coloured rendering: a legend, every kind in
// its colour, no brackets, nothing left switched on at a line's end, and
// the same events section as without colour.
func TestExplainColor(t *testing.T) {
	r := "../../testdata/reports/aleppo-drone-strike-car-bomb.txt"
	pub := golden.Published(t, r)
	code, color, stderr := runCLI(t, "", "explain", "--color", "always", "--published", pub, r)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	_, plain, _ := runCLI(t, "", "explain", "--color", "never", "--published", pub, r)
	if !strings.Contains(color, "marks: \x1b[32mplace\x1b[0m · \x1b[35mactor\x1b[0m") {
		t.Errorf("no legend line:\n%s", color)
	}
	for _, want := range []string{
		"\x1b[32mAzaz",            // a place in green
		"\x1b[36mSyrian Observat", // a source in cyan
		"\x1b[4;31m",              // a casualty phrase, underlined red
		"\x1b[4;35mcivilians",     // an actor inside a casualty phrase
		"\x1b[33mon Monday",       // a date in yellow
		"\x1b[94mcar bomb",        // a trigger in bright blue
	} {
		if !strings.Contains(color, want) {
			t.Errorf("coloured output lacks %q", want)
		}
	}
	for i, l := range strings.Split(color, "\n") {
		if esc := ansiEscape.FindAllString(l, -1); len(esc) > 0 && esc[len(esc)-1] != "\x1b[0m" {
			t.Errorf("line %d leaves a style on: %q", i+1, l)
		}
	}
	stripped := ansiEscape.ReplaceAllString(color, "")
	if strings.Contains(stripped, "[Azaz]") || !strings.Contains(plain, "[Azaz]") {
		t.Errorf("brackets should mark spans only without colour")
	}
	_, colorEvents, _ := strings.Cut(stripped, "\n2 events\n")
	_, plainEvents, _ := strings.Cut(plain, "\n2 events\n")
	if colorEvents == "" || colorEvents != plainEvents {
		t.Errorf("events differ with colour:\n%s\nwithout:\n%s", colorEvents, plainEvents)
	}
}

// TestExplainColorChoice checks when colour is on: --color decides, and in
// auto mode a terminal that has not opted out (NO_COLOR, TERM=dumb).
func TestExplainColorChoice(t *testing.T) {
	tests := []struct {
		flag string
		tty  bool
		env  map[string]string
		want bool
	}{
		{"", true, nil, true},
		{"", false, nil, false},
		{"auto", true, map[string]string{"NO_COLOR": "1"}, false},
		{"auto", true, map[string]string{"NO_COLOR": ""}, true},
		{"auto", true, map[string]string{"TERM": "dumb"}, false},
		{"always", false, map[string]string{"NO_COLOR": "1"}, true},
		{"never", true, nil, false},
	}
	for _, tt := range tests {
		io, _, _ := testIO("")
		io.stdoutTTY = tt.tty
		var got *explainOptions
		cmd := newCmdExplain(io, func(_ context.Context, o *explainOptions) error { got = o; return nil })
		args := []string{"-"}
		if tt.flag != "" {
			args = append(args, "--color", tt.flag)
		}
		cmd.SetArgs(args)
		if err := cmd.Execute(); err != nil {
			t.Fatal(err)
		}
		got.Getenv = func(k string) string { return tt.env[k] }
		if got.useColor() != tt.want {
			t.Errorf("--color %q, terminal %v, env %v: colour %v, want %v", tt.flag, tt.tty, tt.env, !tt.want, tt.want)
		}
	}
	code, _, stderr := runCLI(t, "", "explain", "--color", "sometimes")
	if code != exitUsage || !strings.Contains(stderr, "want auto, always or never") {
		t.Errorf("--color sometimes: exit %d, %q", code, stderr)
	}
}

// TestExplainInputs checks stdin, failures and their exit codes.
func TestExplainInputs(t *testing.T) {
	report := "DAMASCUS, May 2 (Wire) - Shelling killed three civilians in Douma on Tuesday, a monitor said.\n"
	code, stdout, stderr := runCLI(t, report, "explain", "--published", "2019-05-02")
	if code != exitOK || stderr != "" || !strings.Contains(stdout, "── stdin") || !strings.Contains(stdout, "[Douma]") {
		t.Errorf("stdin: exit %d, stderr %q\n%s", code, stderr, stdout)
	}
	code, _, stderr = runCLI(t, "", "explain", filepath.Join(t.TempDir(), "absent.txt"))
	if code != exitInputFailed || !strings.HasSuffix(stderr, "absent.txt: no such file or directory\n") {
		t.Errorf("absent file: exit %d, %q", code, stderr)
	}
	code, _, stderr = runCLI(t, "", "explain", "a.txt", "b.txt")
	if code != exitUsage {
		t.Errorf("two paths: exit %d, %q", code, stderr)
	}
	feed := `{"id":"ok-1","published":"2019-05-02","text":"Shelling killed three civilians in Douma on Tuesday."}
{"id":"bad", "text":
{"id":"ok-2","published":"2019-05-03","text":"An air strike killed two children in Saraqeb on Friday."}
`
	code, stdout, stderr = runCLI(t, feed, "explain", "--input-format", "jsonl")
	if code != exitInputFailed || strings.Count(stderr, "\n") != 1 || !strings.HasPrefix(stderr, "sitrep: <stdin>:2: ") {
		t.Errorf("bad line: exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(stdout, "── ok-1 (<stdin>:1)") || !strings.Contains(stdout, "── ok-2 (<stdin>:3)") {
		t.Errorf("the good lines should still be explained:\n%s", stdout)
	}
}

// TestExplainExamples runs each example of explain's help as pasted, from
// the repository root, with the built binary.
func TestExplainExamples(t *testing.T) {
	if binPath == "" {
		t.Skip("no sitrep binary (go not found, or -short)")
	}
	io, _, _ := testIO("")
	cmd := newCmdExplain(io, nil)
	n := 0
	for _, line := range strings.Split(cmd.Example, "\n") {
		line = strings.TrimSpace(line)
		cmdline, ok := strings.CutPrefix(line, "$ ")
		if !ok {
			continue
		}
		n++
		if strings.Contains(cmdline, "| less") {
			if _, err := exec.LookPath("less"); err != nil {
				t.Logf("skipping %q: less is not installed", line)
				continue
			}
		}
		c := exec.Command("sh", "-c", cmdline)
		c.Dir = "../.."
		c.Env = append(os.Environ(), "PATH="+filepath.Dir(binPath)+string(os.PathListSeparator)+os.Getenv("PATH"))
		out, err := c.Output()
		if err != nil || !strings.Contains(string(out), " events") && !strings.Contains(string(out), "1 event") {
			t.Errorf("example %q: %v\n%s", line, err, out)
		}
	}
	if n == 0 {
		t.Error("explain has no examples")
	}
}

// FuzzExplain runs the pipeline's Explain and the renderer over any text,
// coloured and not: no panic, and output that is valid UTF-8 holding no
// control character of the report's (only newlines, and our own colour
// escapes).
func FuzzExplain(f *testing.F) {
	reports, _ := filepath.Glob("../../testdata/reports/*.txt")
	for _, r := range reports {
		b, err := os.ReadFile(r)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Add("Shelling killed three civilians\x1b[2J in Douma\u202e on Tuesday.\n\n\n  \r\nA drone strike hit\xff Azaz.")
	x, err := extract.New(extract.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 64<<10 {
			t.Skip("longer than any wire report")
		}
		e, err := x.Explain(t.Context(), &extract.Doc{ID: "fuzz", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		for _, color := range []bool{false, true} {
			var buf bytes.Buffer
			p := &explainPrinter{w: &buf, color: color, width: 80}
			p.report(e)
			out := buf.String()
			if !utf8.ValidString(out) {
				t.Fatalf("output is not UTF-8: %q", out)
			}
			rest := ansiEscape.ReplaceAllString(out, "")
			for _, r := range rest {
				if r != '\n' && (r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0) {
					t.Fatalf("control character %U in output:\n%q", r, out)
				}
			}
		}
	})
}

// FuzzExplainMarks renders any text with any marks, nested, crossing,
// empty, out of the paragraph or cutting a rune: no panic, valid UTF-8,
// no control character but newlines, and one note per mark.
func FuzzExplainMarks(f *testing.F) {
	f.Add("Shelling killed three soldiers in Homs.", []byte{9, 30, 4, 9, 15, 6, 22, 30, 2, 34, 38, 1})
	f.Add("A Turkish drone strike hit Azaz.", []byte{2, 15, 2, 10, 22, 6, 27, 31, 1})
	f.Add("قصف\x1b[2J على حمص", []byte{0, 3, 1, 1, 5, 2, 200, 4, 3})
	f.Fuzz(func(t *testing.T, text string, spec []byte) {
		if len(text) > 4<<10 || len(spec) > 3*64 {
			t.Skip("larger than a paragraph with its marks")
		}
		var marks []extract.Mark
		for i := 0; i+2 < len(spec); i += 3 {
			start, end := int(spec[i]), int(spec[i+1])
			marks = append(marks, extract.Mark{Span: extract.Span{Start: start, End: end}, Kind: extract.MarkKind(spec[i+2]%6 + 1), Label: text[:min(len(text), 40)]})
		}
		sort.SliceStable(marks, func(i, j int) bool {
			if marks[i].Start != marks[j].Start {
				return marks[i].Start < marks[j].Start
			}
			return marks[i].End > marks[j].End
		})
		e := &extract.Explanation{Doc: &extract.Doc{Text: text}, Marks: marks}
		for _, color := range []bool{false, true} {
			var buf bytes.Buffer
			p := &explainPrinter{w: &buf, color: color, width: 40}
			for _, para := range paragraphs(text) {
				p.paragraph(e, para)
			}
			out := buf.String()
			if !utf8.ValidString(out) {
				t.Fatalf("output is not UTF-8: %q", out)
			}
			for _, r := range ansiEscape.ReplaceAllString(out, "") {
				if r != '\n' && (r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0) {
					t.Fatalf("control character %U in output:\n%q", r, out)
				}
			}
		}
	})
}
