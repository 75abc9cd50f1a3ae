package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/sitrep/sitrep/extract"
)

// binPath is a sitrep binary built by TestMain for the subprocess tests, or
// "" when the go command is not at hand.
var binPath string

func TestMain(m *testing.M) {
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	flag.Parse()
	if goTool, err := exec.LookPath("go"); err == nil && !testing.Short() {
		dir, err := os.MkdirTemp("", "sitrep-test-")
		if err == nil {
			defer os.RemoveAll(dir)
			bin := filepath.Join(dir, "sitrep")
			if out, err := exec.Command(goTool, "build", "-o", bin, ".").CombinedOutput(); err == nil {
				binPath = bin
			} else {
				fmt.Fprintf(os.Stderr, "building sitrep for subprocess tests: %v\n%s", err, out)
			}
		}
	}
	return m.Run()
}

// runOpts runs extractRun directly with opts filled in as the command would.
func runOpts(t testing.TB, ctx context.Context, stdin string, mod func(*extractOptions), paths ...string) (code exitCode, stdout, stderr string) {
	t.Helper()
	io, out, errOut := testIO(stdin)
	cmd := newCmdExtract(io, func(ctx context.Context, o *extractOptions) error {
		if mod != nil {
			mod(o)
		}
		return extractRun(ctx, o)
	})
	root := newCmdRoot(io)
	root.RemoveCommand(root.Commands()...)
	root.AddCommand(cmd)
	root.SetArgs(append([]string{"extract"}, paths...))
	c, err := root.ExecuteContextC(ctx)
	code = exitCodeFor(ctx, c, err, io)
	return code, out.String(), errOut.String()
}

// jsonlRecords splits jsonl output into records, failing on a torn one.
func jsonlRecords(t testing.TB, out string) []map[string]any {
	t.Helper()
	var recs []map[string]any
	for _, v := range parseOutput(t, extract.FormatJSONL, []byte(out)) {
		recs = append(recs, v.(map[string]any))
	}
	return recs
}

// TestStdinMatchesFile checks that a report read from stdin gives the records
// it gives read from a file, but for the names that say where it came from.
func TestStdinMatchesFile(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/cli/reports/*.txt")
	if len(paths) == 0 {
		t.Fatal("no test reports")
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		codeF, outF, errF := runCLI(t, "", "extract", "-q", "-f", "jsonl", "--published", "2019-11-20", p)
		codeS, outS, errS := runCLI(t, string(data), "extract", "-q", "-f", "jsonl", "--published", "2019-11-20")
		if codeF != exitOK || codeS != exitOK || errF != "" || errS != "" {
			t.Fatalf("%s: exit %d/%d, stderr %q %q", p, codeF, codeS, errF, errS)
		}
		fromFile, fromStdin := jsonlRecords(t, outF), jsonlRecords(t, outS)
		base := filepath.Base(p)
		for i, r := range fromFile {
			doc := r["doc"].(map[string]any)
			if doc["id"] != base || doc["path"] != p {
				t.Errorf("%s: doc %v, want id %s and path %s", p, doc, base, p)
			}
			r["id"] = strings.Replace(r["id"].(string), base, "stdin", 1)
			doc["id"] = "stdin"
			delete(doc, "path")
			fromFile[i] = r
		}
		if !reflect.DeepEqual(fromFile, fromStdin) {
			t.Errorf("%s: records differ\nfile:  %v\nstdin: %v", p, fromFile, fromStdin)
		}
	}
}

// TestFormatsAgree runs the test reports through every format: each parses,
// and each holds as many records as json.
func TestFormatsAgree(t *testing.T) {
	inputs := []string{"../../testdata/cli/reports", "../../testdata/bad/bom-crlf.txt"}
	results := map[extract.Format][]any{}
	for f := extract.FormatJSON; f <= extract.FormatGeoJSON; f++ {
		code, stdout, stderr := runCLI(t, "", append([]string{"extract", "-f", f.String(), "--published", "2019-06-01"}, inputs...)...)
		if code != exitOK {
			t.Fatalf("%v: exit %d\n%s", f, code, stderr)
		}
		results[f] = parseOutput(t, f, []byte(stdout))
		if f == extract.FormatGeoJSON {
			var skipped int
			if i := strings.Index(stderr, " without coordinates"); i >= 0 {
				fmt.Sscan(stderr[strings.LastIndex(stderr[:i], ", ")+2:], &skipped)
			}
			if n := len(results[f]) + skipped; n != len(results[extract.FormatJSON]) {
				t.Errorf("geojson: %d features + %d skipped, json has %d records", len(results[f]), skipped, len(results[extract.FormatJSON]))
			}
		}
	}
	want := results[extract.FormatJSON]
	for _, f := range []extract.Format{extract.FormatJSONL, extract.FormatYAML} {
		if !reflect.DeepEqual(results[f], want) {
			t.Errorf("%v differs from json:\n%v\n%v", f, results[f], want)
		}
	}
	if len(results[extract.FormatCSV]) != len(want) {
		t.Errorf("csv has %d rows, json %d records", len(results[extract.FormatCSV]), len(want))
	}
}

// TestBadFolder is the batch acceptance test: a folder of good and bad
// inputs gives one error line for each bad one, every good report, whole
// records only, and exit 1.
func TestBadFolder(t *testing.T) {
	dir := t.TempDir()
	entries, _ := os.ReadDir("../../testdata/bad")
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join("../../testdata/bad", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644)
	}
	// A single 50 MB line.
	huge := bytes.Repeat([]byte("Shelling went on. "), 50<<20/18)
	if err := os.WriteFile(filepath.Join(dir, "huge.txt"), huge, 0o644); err != nil {
		t.Fatal(err)
	}
	wantErrs := []string{
		"sitrep: DIR/empty.txt: empty report",
		"sitrep: DIR/huge.txt: report too large: longer than 8 MiB",
		"sitrep: DIR/latin1.txt: warning: invalid UTF-8 at offset 109 (1 byte shown as U+FFFD)",
		"sitrep: DIR/nul.txt: binary file: NUL byte at offset 5",
	}
	wantSummary := "sitrep: 3 reports, %d events, 3 errors, 1 warning"
	if os.Geteuid() != 0 {
		locked := filepath.Join(dir, "locked.txt")
		os.WriteFile(locked, []byte("HOMS - Shelling."), 0)
		wantErrs = append(wantErrs[:3], append([]string{"sitrep: DIR/locked.txt: permission denied"}, wantErrs[3:]...)...)
		wantSummary = "sitrep: 3 reports, %d events, 4 errors, 1 warning"
	} else {
		t.Log("running as root: the unreadable file is left out")
	}
	code, stdout, stderr := runCLI(t, "", "extract", "-f", "jsonl", dir)
	if code != exitInputFailed {
		t.Errorf("exit %d, want 1", code)
	}
	recs := jsonlRecords(t, stdout)
	lines := strings.Split(strings.TrimSuffix(strings.ReplaceAll(stderr, dir, "DIR"), "\n"), "\n")
	want := append(wantErrs, fmt.Sprintf(wantSummary, len(recs)))
	if !reflect.DeepEqual(lines, want) {
		t.Errorf("stderr:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	for _, r := range recs {
		if id := r["doc"].(map[string]any)["id"]; id != "bom-crlf.txt" && id != "control.txt" && id != "latin1.txt" {
			t.Errorf("a record from %v, which is not a good report", id)
		}
	}
}

// TestJSONLHugeLine checks that a 50 MB line in a JSON Lines stream is an
// error for that line and the lines after it are still read.
func TestJSONLHugeLine(t *testing.T) {
	var in strings.Builder
	in.WriteString(`{"id":"first","text":"HOMS - A blast killed two soldiers on Monday."}` + "\n")
	in.WriteString(`{"id":"huge","text":"`)
	in.WriteString(strings.Repeat("Clashes went on. ", 50<<20/17))
	in.WriteString("\"}\n")
	in.WriteString(`{"id":"last","text":"HAMA - Shelling killed a shepherd on Tuesday."}` + "\n")
	code, stdout, stderr := runCLI(t, in.String(), "extract", "--input-format", "jsonl", "-f", "jsonl")
	if code != exitInputFailed {
		t.Errorf("exit %d, want 1", code)
	}
	recs := jsonlRecords(t, stdout)
	want := fmt.Sprintf("sitrep: <stdin>:2: report too large: line longer than 8 MiB\nsitrep: 2 reports, %s, 1 error\n", plural(len(recs), "event"))
	if stderr != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr, want)
	}
}

// manyReports is a JSON Lines input of n reports built from the CLI test
// feed, each with its own id.
func manyReports(t testing.TB, n int) string {
	data, err := os.ReadFile("../../testdata/cli/feed.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	var b strings.Builder
	for i := range n {
		var m map[string]any
		json.Unmarshal([]byte(lines[i%len(lines)]), &m)
		m["id"] = fmt.Sprintf("r%05d", i)
		line, _ := json.Marshal(m)
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.String()
}

// TestWorkersSameOutput checks that the output is byte-identical whatever
// the number of workers, with the real pipeline.
func TestWorkersSameOutput(t *testing.T) {
	in := manyReports(t, 300)
	for _, f := range []string{"jsonl", "json", "csv"} {
		_, want, _ := runCLI(t, in, "extract", "-q", "--input-format", "jsonl", "-f", f, "--workers", "1")
		for _, w := range []string{"2", "8", "33"} {
			_, got, _ := runCLI(t, in, "extract", "-q", "--input-format", "jsonl", "-f", f, "--workers", w)
			if got != want {
				t.Errorf("-f %s --workers %s differs from --workers 1", f, w)
			}
		}
	}
}

// echoExtractor stands in for the pipeline where a test is about the
// machinery around it: it returns one record per paragraph of the report,
// after a delay that varies by report so that workers finish out of order,
// and panics on a report that says "PANIC".
type echoExtractor struct{ calls atomic.Int64 }

func (x *echoExtractor) Extract(ctx context.Context, d *extract.Doc) ([]extract.Event, error) {
	x.calls.Add(1)
	if strings.Contains(d.Text, "PANIC") {
		panic("extraction bug: PANIC in the text")
	}
	h := fnv.New32a()
	h.Write([]byte(d.ID))
	select {
	case <-time.After(time.Duration(h.Sum32()%2000) * time.Microsecond):
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	var evs []extract.Event
	for i, para := range strings.Split(d.Text, "\n\n") {
		evs = append(evs, extract.Event{Schema: extract.SchemaID, ID: fmt.Sprintf("%s#%d", d.ID, i+1), Doc: extract.DocRef{ID: d.ID}, Evidence: []extract.Evidence{{End: len(para), Text: para}}})
	}
	return evs, nil
}

func withExtractor(x eventExtractor) func(*extractOptions) {
	return func(o *extractOptions) {
		o.NewExtractor = func(extract.Options) (eventExtractor, error) { return x, nil }
	}
}

// TestReorderBuffer checks the reorder buffer itself: with workers finishing
// out of order, records still come out in input order.
func TestReorderBuffer(t *testing.T) {
	var in strings.Builder
	for i := range 500 {
		fmt.Fprintf(&in, `{"id":"r%03d","text":"first\n\nsecond"}`+"\n", i)
	}
	var outs []string
	for _, w := range []string{"1", "7", "32"} {
		code, out, stderr := runOpts(t, t.Context(), in.String(), withExtractor(&echoExtractor{}), "--input-format", "jsonl", "-f", "jsonl", "-q", "--workers", w)
		if code != exitOK || stderr != "" {
			t.Fatalf("workers %s: exit %d %s", w, code, stderr)
		}
		recs := jsonlRecords(t, out)
		if len(recs) != 1000 {
			t.Fatalf("workers %s: %d records, want 1000", w, len(recs))
		}
		for i, r := range recs {
			if want := fmt.Sprintf("r%03d#%d", i/2, i%2+1); r["id"] != want {
				t.Fatalf("workers %s: record %d is %v, want %s", w, i, r["id"], want)
			}
		}
		outs = append(outs, out)
	}
	if outs[0] != outs[1] || outs[0] != outs[2] {
		t.Error("outputs differ between worker counts")
	}
}

// TestChunking proves what the distributed recipes rely on: a JSON Lines
// input split into chunks, each run on its own, gives by concatenation
// exactly the records of one run.
func TestChunking(t *testing.T) {
	in := manyReports(t, 40)
	lines := strings.SplitAfter(in, "\n")
	lines = lines[:len(lines)-1]
	args := []string{"extract", "-q", "--input-format", "jsonl", "-f", "jsonl", "--published", "2020-01-01"}
	_, whole, _ := runCLI(t, in, args...)
	for _, size := range []int{1, 3, 7, 40} {
		var joined strings.Builder
		for i := 0; i < len(lines); i += size {
			chunk := strings.Join(lines[i:min(i+size, len(lines))], "")
			code, out, stderr := runCLI(t, chunk, args...)
			if code != exitOK {
				t.Fatalf("chunk at %d: exit %d %s", i, code, stderr)
			}
			joined.WriteString(out)
		}
		if got := joined.String(); got != whole {
			a, b := strings.Split(got, "\n"), strings.Split(whole, "\n")
			for i := range min(len(a), len(b)) {
				if a[i] != b[i] {
					t.Errorf("chunks of %d lines give other records than one run; first difference, record %d:\nchunked: %.300s\nwhole:   %.300s", size, i+1, a[i], b[i])
					break
				}
			}
			if len(a) != len(b) {
				t.Errorf("chunks of %d lines give %d records, one run %d", size, len(a)-1, len(b)-1)
			}
		}
	}
}

func TestPanicRecovered(t *testing.T) {
	in := `{"id":"a","text":"one"}` + "\n" + `{"id":"b","text":"PANIC here"}` + "\n" + `{"id":"c","text":"three"}` + "\n"
	code, out, stderr := runOpts(t, t.Context(), in, withExtractor(&echoExtractor{}), "--input-format", "jsonl", "-f", "jsonl", "--workers", "2")
	if code != exitInputFailed {
		t.Errorf("exit %d, want 1", code)
	}
	want := "sitrep: <stdin>:2: internal error: extraction panicked: extraction bug: PANIC in the text\nsitrep: 3 reports, 2 events, 1 error\n"
	if stderr != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr, want)
	}
	if recs := jsonlRecords(t, out); len(recs) != 2 || recs[0]["id"] != "a#1" || recs[1]["id"] != "c#1" {
		t.Errorf("records %v, want a#1 and c#1", recs)
	}
}

// blockingExtractor returns events for the first n reports and then blocks
// until its context ends, as a run does when Ctrl-C comes mid-batch.
type blockingExtractor struct {
	echoExtractor
	n       int64
	blocked chan struct{}
	seen    atomic.Int64
}

func (x *blockingExtractor) Extract(ctx context.Context, d *extract.Doc) ([]extract.Event, error) {
	if x.seen.Add(1) > x.n {
		select {
		case x.blocked <- struct{}{}:
		default:
		}
		<-ctx.Done()
		return nil, ctx.Err()
	}
	return x.echoExtractor.Extract(ctx, d)
}

func TestInterrupt(t *testing.T) {
	var in strings.Builder
	for i := range 50 {
		fmt.Fprintf(&in, `{"id":"r%02d","text":"report %d"}`+"\n", i, i)
	}
	for _, output := range []bool{false, true} {
		t.Run(fmt.Sprint("output=", output), func(t *testing.T) {
			x := &blockingExtractor{n: 5, blocked: make(chan struct{}, 1)}
			ctx, cancel := context.WithCancel(t.Context())
			go func() { <-x.blocked; cancel() }()
			args := []string{"--input-format", "jsonl", "--workers", "1"}
			dir := t.TempDir()
			if output {
				args = append(args, "-o", filepath.Join(dir, "out.json"))
			}
			code, out, stderr := runOpts(t, ctx, in.String(), withExtractor(x), args...)
			if code != exitInterrupted || stderr != "" {
				t.Errorf("exit %d stderr %q, want 130 and no message", code, stderr)
			}
			if output {
				if files, _ := os.ReadDir(dir); len(files) != 0 || out != "" {
					t.Errorf("interrupted --output run left %v, stdout %q", files, out)
				}
				return
			}
			recs := parseOutput(t, extract.FormatJSON, []byte(out))
			if len(recs) > 5 {
				t.Errorf("%d records after an interrupt at the sixth report", len(recs))
			}
		})
	}
}

func TestOutputFile(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "events.jsonl")
	os.WriteFile(target, []byte("old contents\n"), 0o644)
	code, stdout, stderr := runCLI(t, "", "extract", "-q", "-f", "jsonl", "-o", target, "../../testdata/cli/reports", "../../testdata/bad/empty.txt")
	if code != exitInputFailed || stdout != "" || !strings.Contains(stderr, "empty.txt: empty report") {
		t.Errorf("exit %d stdout %q stderr %q", code, stdout, stderr)
	}
	data, err := os.ReadFile(target)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte("old contents")) {
		t.Error("the output file was not replaced")
	}
	jsonlRecords(t, string(data))
	if files, _ := os.ReadDir(dir); len(files) != 1 {
		t.Errorf("files left beside the output: %v", files)
	}
	_, direct, _ := runCLI(t, "", "extract", "-q", "-f", "jsonl", "../../testdata/cli/reports")
	if string(data) != direct {
		t.Error("--output wrote other bytes than stdout")
	}
}

// pipeWriter fails with EPIPE once n bytes are written, as stdout does when
// the reader of the pipe has gone.
type pipeWriter struct {
	n       int
	written int
	fails   int
}

func (w *pipeWriter) Write(p []byte) (int, error) {
	if w.written+len(p) > w.n {
		w.fails++
		return 0, &os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.EPIPE}
	}
	w.written += len(p)
	return len(p), nil
}

func TestBrokenPipeQuiet(t *testing.T) {
	var in strings.Builder
	for i := range 5000 {
		fmt.Fprintf(&in, `{"id":"r%04d","text":"report %d"}`+"\n", i, i)
	}
	io, _, errOut := testIO(in.String())
	w := &pipeWriter{n: 100}
	io.Out = w
	x := &echoExtractor{}
	cmd := newCmdExtract(io, func(ctx context.Context, o *extractOptions) error {
		withExtractor(x)(o)
		return extractRun(ctx, o)
	})
	cmd.SetArgs([]string{"--input-format", "jsonl", "-f", "jsonl", "--workers", "2"})
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	err := cmd.ExecuteContext(t.Context())
	if err != errBrokenPipe || errOut.String() != "" {
		t.Errorf("error %v, stderr %q; want errBrokenPipe and silence", err, errOut.String())
	}
	if n := x.calls.Load(); n > 1000 {
		t.Errorf("%d reports extracted after the pipe closed; the run should stop", n)
	}
}

// TestHeadSubprocess runs the built binary in a shell pipeline with
// pipefail, so that sitrep's own exit status counts: "| head -1" must end it
// quietly with 0.
func TestHeadSubprocess(t *testing.T) {
	if binPath == "" {
		t.Skip("no sitrep binary: the go command is absent or -short")
	}
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash is absent")
	}
	in := filepath.Join(t.TempDir(), "in.jsonl")
	os.WriteFile(in, []byte(manyReports(t, 3000)), 0o644)
	for _, f := range []string{"jsonl", "json", "yaml"} {
		cmd := exec.Command(bash, "-o", "pipefail", "-c", `"$0" extract --input-format jsonl -f "$1" < "$2" | head -1`, binPath, f, in)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil || stderr.String() != "" {
			t.Errorf("-f %s | head -1: %v, stderr %q", f, err, stderr.String())
		}
		if strings.Count(string(out), "\n") != 1 {
			t.Errorf("-f %s | head -1 printed %q", f, out)
		}
	}
}

// TestInterruptSubprocess sends SIGINT to a running binary: exit 130.
func TestInterruptSubprocess(t *testing.T) {
	if binPath == "" || runtime.GOOS == "windows" {
		t.Skip("no sitrep binary, or no SIGINT")
	}
	cmd := exec.Command(binPath, "extract", "--input-format", "jsonl", "-f", "json", "-q")
	stdin, _ := cmd.StdinPipe()
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stdin.Write([]byte(manyReports(t, 20)))
	time.Sleep(300 * time.Millisecond) // stdin stays open: the run is waiting for more
	cmd.Process.Signal(os.Interrupt)
	err := cmd.Wait()
	if cmd.ProcessState.ExitCode() != 130 {
		t.Errorf("exit %v, want 130", err)
	}
	parseOutput(t, extract.FormatJSON, stdout.Bytes())
	stdin.Close()
}

func TestProgressOnlyOnTerminal(t *testing.T) {
	in := manyReports(t, 50)
	for _, tty := range []bool{false, true} {
		io, _, errOut := testIO(in)
		io.stderrTTY = tty
		cmd := newCmdExtract(io, nil)
		cmd.SetArgs([]string{"--input-format", "jsonl", "-f", "jsonl"})
		cmd.ExecuteContext(t.Context())
		hasBar := strings.Contains(errOut.String(), "\r")
		if hasBar != tty {
			t.Errorf("stderr TTY %v: progress drawn %v:\n%q", tty, hasBar, errOut.String())
		}
		if last := lastLine(errOut.String()); !strings.HasPrefix(last, "sitrep: 50 reports, ") {
			t.Errorf("stderr TTY %v: last line %q, want the summary", tty, last)
		}
	}
}

func lastLine(s string) string {
	sc := bufio.NewScanner(strings.NewReader(s))
	var last string
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			last = l[strings.LastIndex(l, "\r")+1:]
		}
	}
	return last
}

func TestSizeValue(t *testing.T) {
	for in, want := range map[string]int64{"100": 100, "100B": 100, "512KiB": 512 << 10, "8MiB": 8 << 20, "8M": 8 << 20, "1GiB": 1 << 30} {
		var v sizeValue
		if err := v.Set(in); err != nil || int64(v) != want {
			t.Errorf("Set(%q) = %d, %v; want %d", in, v, err, want)
		}
	}
	for _, bad := range []string{"", "0", "-1", "8 MB", "lots", "99999999999GiB"} {
		var v sizeValue
		if err := v.Set(bad); err == nil {
			t.Errorf("Set(%q) succeeded: %d", bad, v)
		}
	}
	v := sizeValue(8 << 20)
	if v.String() != "8MiB" {
		t.Errorf("String() = %q", v.String())
	}
}
