package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// readAll drains r into the docs it gave and the errors it gave.
func readAll(t testing.TB, r *Reader) (docs []*Doc, errs []*InputError) {
	t.Helper()
	for i := 0; ; i++ {
		if i > 1e6 {
			t.Fatal("reader does not end")
		}
		d, err := r.Next()
		if err == io.EOF {
			return docs, errs
		}
		if d != nil {
			docs = append(docs, d)
		}
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("Next error %T %v, want *InputError", err, err)
			}
			errs = append(errs, ie)
		}
	}
}

func TestReaderText(t *testing.T) {
	tests := []struct {
		name     string
		path     string
		in       string
		max      int64
		wantText string // "" when no doc
		wantID   string
		wantErr  error
		wantOff  int64
	}{
		{name: "plain", path: "wire/a.txt", in: "ALEPPO, June 3 - Shelling hit the town.\n",
			wantText: "ALEPPO, June 3 - Shelling hit the town.\n", wantID: "a.txt"},
		{name: "stdin", path: "", in: "HAMA - Clashes.", wantText: "HAMA - Clashes.", wantID: "stdin"},
		{name: "dash is stdin", path: "-", in: "HAMA - Clashes.", wantText: "HAMA - Clashes.", wantID: "stdin"},
		{name: "BOM and CRLF kept apart from the BOM", path: "b.txt", in: "\xEF\xBB\xBFHOMS - A blast.\r\nTwo died.\r\n",
			wantText: "HOMS - A blast.\r\nTwo died.\r\n", wantID: "b.txt"},
		{name: "BOM only at the start", path: "c.txt", in: "x\xEF\xBB\xBFy", wantText: "x\xEF\xBB\xBFy", wantID: "c.txt"},
		{name: "empty", path: "e.txt", in: "", wantErr: ErrEmpty},
		{name: "blank", path: "e.txt", in: " \r\n\t\n", wantErr: ErrEmpty},
		{name: "BOM alone", path: "e.txt", in: "\xEF\xBB\xBF", wantErr: ErrEmpty},
		{name: "NUL", path: "n.bin", in: "abc\x00def", wantErr: ErrBinary, wantOff: 3},
		{name: "UTF-16", path: "u16.txt", in: "\xFF\xFEA\x00B\x00", wantErr: ErrBinary, wantOff: 3},
		{name: "too large", path: "big.txt", in: strings.Repeat("a", 101), max: 100, wantErr: ErrTooLarge, wantOff: 100},
		{name: "at the limit", path: "big.txt", in: strings.Repeat("a", 100), max: 100, wantText: strings.Repeat("a", 100), wantID: "big.txt"},
		{name: "BOM does not count", path: "big.txt", in: "\xEF\xBB\xBF" + strings.Repeat("a", 100), max: 100, wantText: strings.Repeat("a", 100), wantID: "big.txt"},
		{name: "Latin-1 kept, warned", path: "l1.txt", in: "Caf\xe9 shelled", wantText: "Caf\xe9 shelled", wantID: "l1.txt", wantErr: ErrInvalidUTF8, wantOff: 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tt.in), tt.path, InputText)
			r.MaxReportSize = tt.max
			docs, errs := readAll(t, r)
			if tt.wantText == "" && len(docs) != 0 {
				t.Fatalf("got %d docs, want none", len(docs))
			}
			if tt.wantText != "" {
				if len(docs) != 1 {
					t.Fatalf("got %d docs, want 1 (errors %v)", len(docs), errs)
				}
				d := docs[0]
				if d.Text != tt.wantText || d.ID != tt.wantID {
					t.Errorf("doc ID %q text %q, want %q %q", d.ID, d.Text, tt.wantID, tt.wantText)
				}
				if wantPath := strings.TrimPrefix(tt.path, "-"); d.Path != wantPath {
					t.Errorf("Path = %q, want %q", d.Path, wantPath)
				}
			}
			if tt.wantErr == nil {
				if len(errs) != 0 {
					t.Fatalf("errors %v, want none", errs)
				}
				return
			}
			if len(errs) != 1 {
				t.Fatalf("errors %v, want one %v", errs, tt.wantErr)
			}
			e := errs[0]
			if !errors.Is(e, tt.wantErr) || e.Offset != tt.wantOff || e.Line != 0 {
				t.Errorf("error %v (offset %d, line %d), want %v at offset %d", e, e.Offset, e.Line, tt.wantErr, tt.wantOff)
			}
			wantName := tt.path
			if wantName == "" || wantName == "-" {
				wantName = "<stdin>"
			}
			if !strings.HasPrefix(e.Error(), wantName+": ") || strings.Contains(e.Error(), "\n") {
				t.Errorf("Error() = %q, want one line starting %q", e.Error(), wantName+": ")
			}
			if e.Warning() != (len(docs) == 1) {
				t.Errorf("Warning() = %v with %d docs", e.Warning(), len(docs))
			}
		})
	}
}

func TestReaderJSONL(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a1","published":"2019-04-20","title":"Clashes","text":"IDLIB - Clashes.","source":"wire","n":12345678901234567890}`,
		``,
		`{"text":"no id here"}`,
		`not json`,
		`{"id":"a4","text":""}`,
		`["an", "array"]`,
		`{"id":7,"text":"numeric id","published":null,"title":null}`,
		`{"id":"a8","published":"20/04/2019","text":"bad date"}`,
		`{"id":"a9","published":"2019-04-20T10:00:00Z","text":"CR at end"}` + "\r",
		`{"id":{"x":1},"text":"object id"}`,
		`{"id":"a11","text":"Caf` + "\xe9" + `"}`,
		`{"id":"a12","text":"trailing garbage"} x`,
		`   `,
		`{"id":"last","text":"no newline at the end"}`,
	}, "\n")
	r := NewReader(strings.NewReader(in), "feeds/day.jsonl", InputJSONL)
	var got []string
	for {
		d, err := r.Next()
		if err == io.EOF {
			break
		}
		var ie *InputError
		if err != nil && !errors.As(err, &ie) {
			t.Fatalf("error %T", err)
		}
		switch {
		case d != nil && err != nil:
			got = append(got, fmt.Sprintf("%d warn %s %q: %v", d.Line, d.ID, d.Text, err))
		case d != nil:
			got = append(got, fmt.Sprintf("%d doc %s %q", d.Line, d.ID, d.Text))
		default:
			got = append(got, fmt.Sprintf("%d err %v", ie.Line, err))
		}
	}
	want := []string{
		`1 doc a1 "IDLIB - Clashes."`,
		`3 doc day.jsonl:3 "no id here"`,
		`4 err feeds/day.jsonl:4: invalid JSON: a report must be an object`,
		`5 err feeds/day.jsonl:5: empty report: "text" is missing or blank`,
		`6 err feeds/day.jsonl:6: invalid JSON: a report must be an object`,
		`7 doc 7 "numeric id"`,
		`8 err feeds/day.jsonl:8: invalid "published" date "20/04/2019": want YYYY-MM-DD`,
		`9 doc a9 "CR at end"`,
		`10 err feeds/day.jsonl:10: "id" must be a string`,
		`11 warn a11 "Caf�": feeds/day.jsonl:11: invalid UTF-8 at offset 1043 (1 byte shown as U+FFFD)`,
		`12 err feeds/day.jsonl:12: invalid JSON: invalid character 'x' after top-level value (column 40)`,
		`14 doc last "no newline at the end"`,
	}
	// The offset of line 11 depends on the lines before it.
	off := strings.Index(in, "\xe9")
	want[9] = strings.Replace(want[9], "1043", fmt.Sprint(off), 1)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestReaderJSONLFields(t *testing.T) {
	in := `{"id":"a1","published":"2019-04-20","title":"Clashes","text":"IDLIB - Clashes.","source":"wire","n":12345678901234567890,"tags":["a",1]}`
	d, err := NewReader(strings.NewReader(in), "f.jsonl", InputJSONL).Next()
	if err != nil {
		t.Fatal(err)
	}
	want := &Doc{
		ID: "a1", Path: "f.jsonl", Line: 1, Title: "Clashes", Text: "IDLIB - Clashes.",
		Published: time.Date(2019, 4, 20, 0, 0, 0, 0, time.UTC),
		Meta:      map[string]any{"source": "wire", "n": json.Number("12345678901234567890"), "tags": []any{"a", json.Number("1")}},
	}
	if !reflect.DeepEqual(d, want) {
		t.Errorf("got  %#v\nwant %#v", d, want)
	}
}

func TestReaderJSONLOffsets(t *testing.T) {
	in := "\xEF\xBB\xBF{\"text\":\"a\"}\n{bad\n"
	docs, errs := readAll(t, NewReader(strings.NewReader(in), "f.jsonl", InputJSONL))
	if len(docs) != 1 || len(errs) != 1 {
		t.Fatalf("docs %d errors %v", len(docs), errs)
	}
	// The bad line starts after the BOM (3) and line 1 (13): byte 16; the
	// syntax error is its second byte.
	if e := errs[0]; e.Line != 2 || e.Offset != 17 {
		t.Errorf("error at line %d offset %d, want line 2 offset 17: %v", e.Line, e.Offset, e)
	}
}

// TestReaderJSONLLongLine checks that a line over the limit is one error and
// the lines after it still come, however the line falls across buffers.
func TestReaderJSONLLongLine(t *testing.T) {
	for _, size := range []int{99, 100, 101, 64<<10 - 1, 64 << 10, 200 << 10} {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			long := `{"text":"` + strings.Repeat("x", size-len(`{"text":""}`)) + `"}`
			in := `{"id":"before","text":"a"}` + "\n" + long + "\r\n" + `{"id":"after","text":"b"}` + "\n"
			r := NewReader(strings.NewReader(in), "f.jsonl", InputJSONL)
			r.MaxReportSize = 100
			docs, errs := readAll(t, r)
			var ids []string
			for _, d := range docs {
				ids = append(ids, d.ID)
			}
			if size <= 100 {
				if len(errs) != 0 || len(docs) != 3 {
					t.Fatalf("ids %v errors %v, want 3 docs", ids, errs)
				}
				return
			}
			if len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) || errs[0].Line != 2 {
				t.Fatalf("errors %v, want one ErrTooLarge on line 2", errs)
			}
			if !reflect.DeepEqual(ids, []string{"before", "after"}) {
				t.Errorf("ids %v, want [before after]", ids)
			}
		})
	}
}

func TestReaderJSONLBinary(t *testing.T) {
	in := "{\"text\":\"a\"}\n\x00\x01\x02"
	docs, errs := readAll(t, NewReader(strings.NewReader(in), "x.jsonl", InputJSONL))
	if len(docs) != 0 || len(errs) != 1 || !errors.Is(errs[0], ErrBinary) || errs[0].Offset != 13 {
		t.Errorf("docs %d errors %v, want only ErrBinary at offset 13", len(docs), errs)
	}
}

// failingReader returns its data, then err.
type failingReader struct {
	data []byte
	err  error
}

func (f *failingReader) Read(p []byte) (int, error) {
	if len(f.data) == 0 {
		return 0, f.err
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

func TestReaderReadError(t *testing.T) {
	boom := errors.New("device gone")
	for _, format := range []InputFormat{InputText, InputJSONL} {
		r := NewReader(&failingReader{data: []byte("{\"text\":\"a\"}\n{\"te"), err: boom}, "f", format)
		docs, errs := readAll(t, r)
		if len(errs) != 1 || !errors.Is(errs[0], boom) {
			t.Errorf("%v: docs %d errors %v, want the read error once", format, len(docs), errs)
		}
	}
}

func TestInputErrorFormat(t *testing.T) {
	tests := []struct {
		err  *InputError
		want string
	}{
		{&InputError{Name: "feed.jsonl", Line: 42, Err: errors.New("invalid JSON: unexpected end of JSON input")}, "feed.jsonl:42: invalid JSON: unexpected end of JSON input"},
		{&InputError{Name: "a.bin", Offset: 7, Err: ErrBinary}, "a.bin: binary file"},
		{&InputError{Name: "<stdin>", Err: ErrEmpty}, "<stdin>: empty report"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
		if !errors.Is(tt.err, tt.err.Err) {
			t.Errorf("errors.Is(%v, its Err) = false", tt.err)
		}
	}
}

func TestFormatValues(t *testing.T) {
	for _, name := range []string{"json", "jsonl", "yaml", "csv", "geojson"} {
		var f Format
		if err := f.Set(name); err != nil || f.String() != name {
			t.Errorf("Set(%q): %v, String() = %q", name, err, f.String())
		}
		b, _ := f.MarshalText()
		var g Format
		if err := g.UnmarshalText(b); err != nil || g != f {
			t.Errorf("text round trip of %v gave %v, %v", f, g, err)
		}
	}
	for _, name := range []string{"text", "jsonl"} {
		var f InputFormat
		if err := f.Set(name); err != nil || f.String() != name {
			t.Errorf("InputFormat Set(%q): %v, String() = %q", name, err, f.String())
		}
	}
	for _, bad := range []string{"", "JSON", "xml", "json "} {
		if _, err := ParseFormat(bad); err == nil {
			t.Errorf("ParseFormat(%q) succeeded", bad)
		}
		if _, err := ParseInputFormat(bad); err == nil {
			t.Errorf("ParseInputFormat(%q) succeeded", bad)
		}
	}
	if Format(0) != FormatJSON || InputFormat(0) != InputText {
		t.Error("zero values should be the defaults json and text")
	}
}

func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestWalk(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"reports/b.txt":         "b",
		"reports/a.txt":         "a",
		"reports/sub/c.txt":     "c",
		"reports/notes.md":      "not a report",
		"reports/.hidden/d.txt": "d",
		"empty/readme.md":       "nothing to read",
		"feed.jsonl":            "{}",
	})
	rel := func(p string) string {
		if r, err := filepath.Rel(dir, p); err == nil && !strings.HasPrefix(r, "..") {
			return filepath.ToSlash(r)
		}
		return p
	}
	walk := func(include string, paths ...string) []string {
		var got []string
		err := Walk(paths, include, func(path string, err error) error {
			if err != nil {
				var ie *InputError
				if !errors.As(err, &ie) || path != "" {
					t.Fatalf("walk gave %q with %T %v", path, err, err)
				}
				got = append(got, "error "+rel(ie.Name)+": "+ie.Err.Error())
				return nil
			}
			got = append(got, rel(path))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	j := func(p string) string { return filepath.Join(dir, p) }
	tests := []struct {
		name    string
		include string
		paths   []string
		want    []string
	}{
		{"none is stdin", "*.txt", nil, []string{"-"}},
		{"dash", "*.txt", []string{"-"}, []string{"-"}},
		{"folder, lexical and recursive", "*.txt", []string{j("reports")}, []string{"reports/.hidden/d.txt", "reports/a.txt", "reports/b.txt", "reports/sub/c.txt"}},
		{"named file whatever its name", "*.txt", []string{j("feed.jsonl"), j("reports/notes.md")}, []string{"feed.jsonl", "reports/notes.md"}},
		{"include", "*.md", []string{j("reports")}, []string{"reports/notes.md"}},
		{"folder without reports", "*.txt", []string{j("empty"), j("reports/sub")}, []string{"error empty: no reports found matching *.txt", "reports/sub/c.txt"}},
		{"missing path goes on", "*.txt", []string{j("nope.txt"), "-"}, []string{"error nope.txt: no such file or directory", "-"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := walk(tt.include, tt.paths...); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
	if err := os.Symlink(j("reports/sub"), j("link")); err == nil {
		if got, want := walk("*.txt", j("link")), []string{"link/c.txt"}; !reflect.DeepEqual(got, want) {
			t.Errorf("walking a link to a folder: got %q, want %q", got, want)
		}
	}
	if err := Walk(nil, "[", func(string, error) error { return nil }); !errors.Is(err, filepath.ErrBadPattern) {
		t.Errorf("bad include: %v, want ErrBadPattern", err)
	}
	stop := errors.New("stop")
	n := 0
	err := Walk([]string{j("reports")}, "*.txt", func(string, error) error { n++; return stop })
	if err != stop || n != 1 {
		t.Errorf("Walk returned %v after %d calls, want stop after 1", err, n)
	}
}

func TestWalkUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files whatever their mode")
	}
	dir := writeTree(t, map[string]string{"r/locked/a.txt": "a", "r/ok.txt": "ok"})
	locked := filepath.Join(dir, "r", "locked")
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(locked, 0o755)
	var got []string
	Walk([]string{filepath.Join(dir, "r")}, "*.txt", func(path string, err error) error {
		if err != nil {
			got = append(got, "error: "+err.Error())
		} else {
			got = append(got, filepath.Base(path))
		}
		return nil
	})
	want := []string{"error: " + locked + ": permission denied", "ok.txt"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// FuzzReader feeds arbitrary bytes to both readers: no panic, every error an
// *InputError within the input, every report non-empty, within the size
// limit, and in line order.
func FuzzReader(f *testing.F) {
	f.Add([]byte(`{"id":"a","published":"2019-04-20","title":"t","text":"HOMS - Shelling.","x":[1,{"y":null}]}` + "\n\n{bad\n"))
	f.Add([]byte("\xEF\xBB\xBF{\"text\":\"a\"}\r\n{\"text\":\"\xff\"}"))
	f.Add([]byte("DAMASCUS - A car bomb killed five people.\r\n"))
	f.Add([]byte("\x00\x01"))
	f.Add([]byte(`{"id":1e400,"text":"x"}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		for _, format := range []InputFormat{InputText, InputJSONL} {
			r := NewReader(bytes.NewReader(in), "f", format)
			r.MaxReportSize = 64
			line := 0
			for i := 0; ; i++ {
				if i > len(in)+2 {
					t.Fatalf("%v: more results than input bytes", format)
				}
				d, err := r.Next()
				if err == io.EOF {
					break
				}
				if err != nil {
					var ie *InputError
					if !errors.As(err, &ie) {
						t.Fatalf("%v: error %T %v", format, err, err)
					}
					if ie.Offset < 0 || ie.Offset > int64(len(in)) || strings.Contains(ie.Error(), "\n") {
						t.Fatalf("%v: error %v at offset %d of %d", format, ie, ie.Offset, len(in))
					}
				}
				if d == nil {
					continue
				}
				if strings.TrimSpace(d.Text) == "" {
					t.Fatalf("%v: empty doc %+v", format, d)
				}
				if format == InputText && int64(len(d.Text)) > 64 {
					t.Fatalf("text doc of %d bytes over the limit", len(d.Text))
				}
				if format == InputJSONL {
					if d.Line <= line || d.ID == "" {
						t.Fatalf("doc line %d after %d, id %q", d.Line, line, d.ID)
					}
					line = d.Line
				}
			}
		}
	})
}

func ExampleNewReader() {
	feed := `{"id":"w-1","published":"2019-03-12","text":"IDLIB - Air strikes hit a market."}
{"text":"HAMA - Shelling killed two shepherds."}
{"id":"w-3","text":
`
	r := NewReader(strings.NewReader(feed), "feed.jsonl", InputJSONL)
	for {
		d, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(d.ID, d.Published.Format(time.DateOnly), d.Text)
	}
	// Output:
	// w-1 2019-03-12 IDLIB - Air strikes hit a market.
	// feed.jsonl:2 0001-01-01 HAMA - Shelling killed two shepherds.
	// error: feed.jsonl:3: invalid JSON: unexpected end of JSON input (column 19)
}

func ExampleWalk() {
	Walk([]string{"../testdata/cli/reports", "../testdata/cli/missing"}, "*.txt", func(path string, err error) error {
		if err != nil {
			fmt.Println("error:", err)
			return nil
		}
		fmt.Println(filepath.ToSlash(path))
		return nil
	})
	// Output:
	// ../testdata/cli/reports/afrin-shelling.txt
	// ../testdata/cli/reports/deir-ambush.txt
	// ../testdata/cli/reports/idlib-market.txt
	// error: ../testdata/cli/missing: no such file or directory
}

// BenchmarkReaderJSONL measures reading a JSON Lines stream of wire-sized
// reports, the floor under a JSON Lines run.
func BenchmarkReaderJSONL(b *testing.B) {
	text := strings.Repeat("IDLIB, March 12 (Wire) - Air strikes on a market killed 14 civilians on Tuesday, a monitor said. ", 20)
	var in bytes.Buffer
	for i := range 2000 {
		line, _ := json.Marshal(map[string]any{"id": fmt.Sprint("r", i), "published": "2019-03-12", "title": "Strikes", "text": text, "desk": "Beirut"})
		in.Write(line)
		in.WriteByte('\n')
	}
	b.SetBytes(int64(in.Len()))
	b.ReportAllocs()
	for b.Loop() {
		r := NewReader(bytes.NewReader(in.Bytes()), "bench.jsonl", InputJSONL)
		for {
			if _, err := r.Next(); err == io.EOF {
				break
			} else if err != nil {
				b.Fatal(err)
			}
		}
	}
}
