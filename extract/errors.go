package extract

import (
	"errors"
	"strconv"
)

// Sentinel errors name the kinds of bad input. An *InputError wraps one of
// them (or a decoding error), so errors.Is(err, ErrBinary) works on what a
// Reader or Walk returns.
var (
	// ErrBinary means the input holds a NUL byte, which no text report
	// does; it is probably UTF-16 or not text at all.
	ErrBinary = errors.New("binary file")
	// ErrEmpty means a report has no text.
	ErrEmpty = errors.New("empty report")
	// ErrTooLarge means a report is longer than the Reader's MaxReportSize.
	ErrTooLarge = errors.New("report too large")
	// ErrInvalidUTF8 means a report holds bytes that are not UTF-8. It is a
	// warning: the report is still returned, see Reader.Next.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrNoReports means a folder holds no file the include pattern matches.
	ErrNoReports = errors.New("no reports found")
)

// InputError is a problem with one input: a file, a folder, or one line of a
// JSON Lines stream. The batch it belongs to can go on past it.
type InputError struct {
	Name   string // the path as the user gave it, or "<stdin>"
	Line   int    // 1-based line for JSON Lines input; 0 when the whole input is meant
	Offset int64  // bytes from the start of Name to the problem
	Err    error  // ErrBinary, ErrTooLarge, a *json.SyntaxError, an fs error, ...
}

// Error returns one line: "NAME:LINE: problem", or "NAME: problem" without a line.
func (e *InputError) Error() string {
	s := e.Name
	if e.Line > 0 {
		s += ":" + strconv.Itoa(e.Line)
	}
	return s + ": " + e.Err.Error()
}

// Unwrap returns the underlying problem.
func (e *InputError) Unwrap() error { return e.Err }

// Warning reports whether the problem left the report usable: invalid UTF-8
// is one, where the report was still returned.
func (e *InputError) Warning() bool { return errors.Is(e.Err, ErrInvalidUTF8) }
