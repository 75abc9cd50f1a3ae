package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// DefaultMaxReportSize is the longest report a Reader accepts unless told
// otherwise: a text file, or one line of JSON Lines.
const DefaultMaxReportSize = 8 << 20

// binarySniffLen is how much of a JSON Lines stream is searched for a NUL
// byte before any line is decoded, as ripgrep and git do.
const binarySniffLen = 8 << 10

var utf8BOM = []byte("\xEF\xBB\xBF")

// InputFormat is how reports are laid out in an input stream.
type InputFormat int

const (
	// InputText means the whole stream is one report.
	InputText InputFormat = iota
	// InputJSONL means every line is one report, a JSON object
	// {"id", "published", "title", "text", ...}.
	InputJSONL
)

var inputFormatNames = [...]string{InputText: "text", InputJSONL: "jsonl"}

// ParseInputFormat returns the InputFormat named s: "text" or "jsonl".
func ParseInputFormat(s string) (InputFormat, error) {
	for f, name := range inputFormatNames {
		if s == name {
			return InputFormat(f), nil
		}
	}
	return 0, fmt.Errorf("unknown input format %q: want text or jsonl", s)
}

// String returns the format's name.
func (f InputFormat) String() string {
	if f >= 0 && int(f) < len(inputFormatNames) {
		return inputFormatNames[f]
	}
	return "InputFormat(" + strconv.Itoa(int(f)) + ")"
}

// Set parses s into f; with String and Type it makes f a pflag.Value.
func (f *InputFormat) Set(s string) error {
	v, err := ParseInputFormat(s)
	if err != nil {
		return err
	}
	*f = v
	return nil
}

// Type names the flag's value type in help.
func (f *InputFormat) Type() string { return "text|jsonl" }

// MarshalText returns the format's name.
func (f InputFormat) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalText parses a format's name.
func (f *InputFormat) UnmarshalText(b []byte) error { return f.Set(string(b)) }

// Reader reads reports from one input stream.
//
// With InputText the whole stream is one report. Its Doc.Text is the bytes
// of the stream as they were, except a UTF-8 byte order mark at the start,
// which is dropped: so every Span is an offset into the file after its BOM.
// CRLF line ends are kept (later stages treat '\r' as space), and so are
// bytes that are not UTF-8: Next reports them with an ErrInvalidUTF8
// warning, and the encoders write each such byte as U+FFFD. Keeping the bytes
// rather than replacing them keeps every offset pointing into the original.
//
// With InputJSONL every line is a JSON object {"id": "...", "published":
// "YYYY-MM-DD", "title": "...", "text": "..."}; other fields go to Doc.Meta,
// numbers as json.Number. Blank lines are skipped. A bad line gives an
// *InputError naming it, and the next call to Next goes on with the next
// line. Spans index the decoded "text" string.
type Reader struct {
	// MaxReportSize is the longest report, or JSON Lines line, in bytes; a
	// longer one is an ErrTooLarge for that report. Zero means
	// DefaultMaxReportSize. Set it before the first call to Next.
	MaxReportSize int64

	name    string
	format  InputFormat
	br      *bufio.Reader
	done    bool
	sniffed bool
	line    int
	offset  int64 // bytes consumed so far
	buf     []byte
}

// NewReader returns a Reader of the reports in r. name is the path r was
// opened from, as the user gave it; "" or "-" means standard input.
func NewReader(r io.Reader, name string, format InputFormat) *Reader {
	if name == "-" {
		name = ""
	}
	return &Reader{name: name, format: format, br: bufio.NewReaderSize(r, 64<<10)}
}

// displayName is the name errors carry.
func (r *Reader) displayName() string {
	if r.name == "" {
		return "<stdin>"
	}
	return r.name
}

// docID is the ID of a text report, and the prefix of a JSON Lines report's
// default ID.
func (r *Reader) docID() string {
	if r.name == "" {
		return "stdin"
	}
	return filepath.Base(r.name)
}

func (r *Reader) max() int64 {
	if r.MaxReportSize > 0 {
		return r.MaxReportSize
	}
	return DefaultMaxReportSize
}

// Next returns the next report, or io.EOF after the last.
//
// An *InputError without a Doc is a report that could not be read; call Next
// again to go on (for text input the stream is then done). A Doc together
// with an *InputError whose Warning method reports true (ErrInvalidUTF8) is
// a usable report that needed repair: use it and report the warning.
// Errors reading the underlying stream end it.
func (r *Reader) Next() (*Doc, error) {
	if r.done {
		return nil, io.EOF
	}
	if r.format == InputJSONL {
		return r.nextLine()
	}
	r.done = true
	return r.readText()
}

func (r *Reader) errorf(line int, off int64, err error) *InputError {
	return &InputError{Name: r.displayName(), Line: line, Offset: off, Err: err}
}

func (r *Reader) readText() (*Doc, error) {
	max := r.max()
	data, err := io.ReadAll(io.LimitReader(r.br, max+int64(len(utf8BOM))+1))
	if err != nil {
		return nil, r.errorf(0, int64(len(data)), unwrapPath(err))
	}
	var skip int64
	if bytes.HasPrefix(data, utf8BOM) {
		data = data[len(utf8BOM):]
		skip = int64(len(utf8BOM))
	}
	if int64(len(data)) > max {
		return nil, r.errorf(0, skip+max, fmt.Errorf("%w: longer than %s", ErrTooLarge, formatSize(max)))
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, r.errorf(0, skip+int64(i), fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, skip+int64(i)))
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, r.errorf(0, 0, ErrEmpty)
	}
	d := &Doc{ID: r.docID(), Path: r.name, Text: string(data)}
	if off, n := invalidUTF8(data); n > 0 {
		return d, r.errorf(0, skip+int64(off), utf8Warning(skip+int64(off), n))
	}
	return d, nil
}

func utf8Warning(off int64, n int) error {
	bytes := "bytes"
	if n == 1 {
		bytes = "byte"
	}
	return fmt.Errorf("%w at offset %d (%d %s shown as U+FFFD)", ErrInvalidUTF8, off, n, bytes)
}

// invalidUTF8 returns the offset of the first byte of b that is not part of
// valid UTF-8 and how many such bytes b holds; n is 0 when b is valid.
func invalidUTF8(b []byte) (first, n int) {
	if utf8.Valid(b) {
		return 0, 0
	}
	first = -1
	for i := 0; i < len(b); {
		c, size := utf8.DecodeRune(b[i:])
		if c == utf8.RuneError && size == 1 {
			if first < 0 {
				first = i
			}
			n++
		}
		i += size
	}
	return first, n
}

func (r *Reader) nextLine() (*Doc, error) {
	if !r.sniffed {
		r.sniffed = true
		head, _ := r.br.Peek(binarySniffLen)
		if i := bytes.IndexByte(head, 0); i >= 0 {
			r.done = true
			return nil, r.errorf(0, int64(i), fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i))
		}
		if bytes.HasPrefix(head, utf8BOM) {
			r.br.Discard(len(utf8BOM))
			r.offset += int64(len(utf8BOM))
		}
	}
	for {
		start := r.offset
		line, tooLong, err := r.readLine()
		if err != nil {
			r.done = true
			if err == io.EOF {
				return nil, io.EOF
			}
			return nil, r.errorf(r.line+1, r.offset, unwrapPath(err))
		}
		r.line++
		if tooLong {
			return nil, r.errorf(r.line, start, fmt.Errorf("%w: line longer than %s", ErrTooLarge, formatSize(r.max())))
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		return r.decodeLine(line, start)
	}
}

// readLine returns the next line without its line end. A line longer than
// the maximum is read to its end but not kept: tooLong is then true and line
// empty, so memory stays bounded whatever the input.
func (r *Reader) readLine() (line []byte, tooLong bool, err error) {
	max := r.max()
	r.buf = r.buf[:0]
	var n int64
	for {
		chunk, err := r.br.ReadSlice('\n')
		n += int64(len(chunk))
		r.offset += int64(len(chunk))
		if !tooLong {
			// Two bytes of slack for the "\r\n" trimmed below.
			if int64(len(r.buf)+len(chunk)) > max+2 {
				tooLong = true
				r.buf = r.buf[:0]
			} else {
				r.buf = append(r.buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF && n > 0 {
			err = nil
		}
		if err != nil {
			return nil, false, err
		}
		line = bytes.TrimSuffix(bytes.TrimSuffix(r.buf, []byte("\n")), []byte("\r"))
		if int64(len(line)) > max {
			return nil, true, nil
		}
		return line, tooLong, nil
	}
}

// decodeLine turns one JSON Lines line into a Doc.
func (r *Reader) decodeLine(line []byte, start int64) (*Doc, error) {
	bad := func(off int64, err error) (*Doc, error) { return nil, r.errorf(r.line, start+off, err) }
	trimmed := bytes.TrimLeft(line, " \t\r")
	if trimmed[0] != '{' {
		return bad(int64(len(line)-len(trimmed)), errors.New("invalid JSON: a report must be an object"))
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(line, &fields); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			// Offset counts the bytes read, the bad one included.
			return bad(se.Offset-1, fmt.Errorf("invalid JSON: %w (column %d)", err, se.Offset))
		}
		return bad(0, fmt.Errorf("invalid JSON: %w", err))
	}
	d := &Doc{Path: r.name, Line: r.line}
	for key, raw := range fields {
		var err error
		switch key {
		case "id":
			d.ID, err = idField(raw)
		case "text":
			d.Text, err = stringField(key, raw)
		case "title":
			d.Title, err = stringField(key, raw)
		case "published":
			d.Published, err = dateField(raw)
		default:
			if d.Meta == nil {
				d.Meta = make(map[string]any)
			}
			dec := json.NewDecoder(bytes.NewReader(raw))
			dec.UseNumber()
			var v any
			err = dec.Decode(&v)
			d.Meta[key] = v
		}
		if err != nil {
			return bad(0, err)
		}
	}
	if strings.TrimSpace(d.Text) == "" {
		return bad(0, fmt.Errorf(`%w: "text" is missing or blank`, ErrEmpty))
	}
	if d.ID == "" {
		d.ID = r.docID() + ":" + strconv.Itoa(r.line)
	}
	if off, n := invalidUTF8(line); n > 0 {
		return d, r.errorf(r.line, start+int64(off), utf8Warning(start+int64(off), n))
	}
	return d, nil
}

func stringField(key string, raw json.RawMessage) (string, error) {
	var s *string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", fmt.Errorf("%q must be a string", key)
	}
	if s == nil {
		return "", nil
	}
	return *s, nil
}

// idField accepts a string or a number, since dumps often number their
// articles.
func idField(raw json.RawMessage) (string, error) {
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil && len(raw) > 0 && raw[0] != '"' {
		return n.String(), nil
	}
	return stringField("id", raw)
}

// dateField parses "YYYY-MM-DD" or an RFC 3339 timestamp.
func dateField(raw json.RawMessage) (time.Time, error) {
	s, err := stringField("published", raw)
	if err != nil || s == "" {
		return time.Time{}, err
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf(`invalid "published" date %q: want YYYY-MM-DD`, s)
}

// unwrapPath drops the *fs.PathError around err: an InputError already names
// the path, and "x: open x: permission denied" says it twice.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// formatSize writes n bytes the way --max-report-size takes it.
func formatSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + " MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.FormatInt(n>>10, 10) + " KiB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// Walk calls fn for every input that paths name, in order: "-" (or no paths
// at all) is standard input, passed to fn as "-"; a file is passed as given,
// whatever its name; a folder is walked recursively and lazily, in lexical
// order, for files whose base name matches the include pattern (a
// filepath.Match pattern such as "*.txt").
//
// A path that cannot be read, and a folder holding no matching file, are
// passed to fn as an *InputError with an empty path, and the walk goes on.
// The walk stops at the first error fn returns, and Walk returns it. An
// include pattern that is malformed gives filepath.ErrBadPattern before any
// call to fn.
func Walk(paths []string, include string, fn func(path string, err error) error) error {
	if _, err := filepath.Match(include, ""); err != nil {
		return fmt.Errorf("include pattern %q: %w", include, err)
	}
	if len(paths) == 0 {
		return fn("-", nil)
	}
	for _, p := range paths {
		if err := walkPath(p, include, fn); err != nil {
			return err
		}
	}
	return nil
}

func walkPath(root, include string, fn func(string, error) error) error {
	if root == "-" {
		return fn("-", nil)
	}
	bad := func(name string, err error) error {
		return fn("", &InputError{Name: name, Err: unwrapPath(err)})
	}
	info, err := os.Stat(root)
	if err != nil {
		return bad(root, err)
	}
	if !info.IsDir() {
		return fn(root, nil)
	}
	walkRoot := root
	if li, err := os.Lstat(root); err == nil && li.Mode()&fs.ModeSymlink != 0 {
		// WalkDir does not follow a link even as its root; a trailing
		// separator makes the system resolve it.
		walkRoot = root + string(filepath.Separator)
	}
	found, failed := false, false
	err = filepath.WalkDir(walkRoot, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			// An unreadable folder inside the tree: say so, keep walking.
			failed = true
			if ferr := bad(path, err); ferr != nil {
				return ferr
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if ok, _ := filepath.Match(include, d.Name()); !ok {
			return nil
		}
		found = true
		return fn(path, nil)
	})
	if err != nil {
		return err
	}
	if !found && !failed {
		return bad(root, fmt.Errorf("%w matching %s", ErrNoReports, include))
	}
	return nil
}
