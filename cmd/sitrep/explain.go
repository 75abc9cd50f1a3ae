package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/sitrep/sitrep/extract"
)

// reportExplainer is what explainRun needs of the pipeline.
type reportExplainer interface {
	Explain(ctx context.Context, d *extract.Doc) (*extract.Explanation, error)
}

type explainOptions struct {
	IO          *IOStreams
	Path        string // "" or "-" means stdin
	InputFormat extract.InputFormat
	Published   dateValue
	Color       colorMode
	Width       int // columns the text is wrapped to

	// Getenv reads the environment (NO_COLOR, TERM); tests hand in their own.
	Getenv func(string) string
	// NewExplainer builds the pipeline; tests hand in their own.
	NewExplainer func(extract.Options) (reportExplainer, error)
}

func newCmdExplain(io *IOStreams, runF func(context.Context, *explainOptions) error) *cobra.Command {
	opts := &explainOptions{
		IO:     io,
		Width:  80,
		Getenv: os.Getenv,
		NewExplainer: func(o extract.Options) (reportExplainer, error) {
			return extract.New(o)
		},
	}
	cmd := &cobra.Command{
		Use:   "explain [PATH|-]",
		Short: "Show what sitrep read in a report, and where each field came from",
		Long: `Explain prints a report with every span sitrep recognised in it marked:
places, actors, sources, casualty phrases, dates and the words that tell of
violence. Then it lists the events it made, and for each field (type, date,
place, actors, figures, claims and their sources) the span of the report it
came from, quoted, with its byte offsets (start-end, as in the records).

On a terminal each kind of span has its colour; otherwise a span is shown as
[text]ⁿ, and note n under the paragraph says what it was read as. Spans nest
(a casualty phrase holds its victims); a span that overlaps another without
nesting in it is shown by its note number alone. NO_COLOR in the environment
turns colour off unless --color always is given.

With no path, or "-", the report is read from standard input. With
--input-format jsonl each line is a report, and each is explained in turn.`,
		Example: `  # Why did the Idlib attack come out with 26 killed?
  $ sitrep explain --published 2024-03-09 testdata/reports/idlib-hama-twin-attacks.txt

  # In colour, through a pager
  $ sitrep explain --color always testdata/reports/aleppo-drone-strike-car-bomb.txt | less -R

  # Each report of a JSON Lines feed
  $ sitrep explain --input-format jsonl testdata/cli/feed.jsonl`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Path = args[0]
			}
			if runF != nil {
				return runF(c.Context(), opts)
			}
			return explainRun(c.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.Var(&opts.InputFormat, "input-format", "input format: text (the input is one report) or jsonl (a line is one report)")
	f.Var(&opts.Published, "published", "publication date `YYYY-MM-DD` for reports that give none")
	f.Var(&opts.Color, "color", "colour the marks: auto (on a terminal, unless NO_COLOR is set), always or never")
	cmd.RegisterFlagCompletionFunc("color", cobra.FixedCompletions(colorModeNames[:], cobra.ShellCompDirectiveNoFileComp))
	cmd.RegisterFlagCompletionFunc("input-format", cobra.FixedCompletions([]string{"text", "jsonl"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// colorMode is the --color flag's value.
type colorMode int

const (
	colorAuto colorMode = iota
	colorAlways
	colorNever
)

var colorModeNames = [...]string{colorAuto: "auto", colorAlways: "always", colorNever: "never"}

func (m *colorMode) String() string { return colorModeNames[*m] }

func (m *colorMode) Set(s string) error {
	for i, name := range colorModeNames {
		if s == name {
			*m = colorMode(i)
			return nil
		}
	}
	return fmt.Errorf("want auto, always or never, got %q", s)
}

func (m *colorMode) Type() string { return "auto|always|never" }

// useColor decides once whether the output is coloured: as asked, or in
// auto mode on a terminal that can show colour when the user has not opted
// out (https://no-color.org).
func (o *explainOptions) useColor() bool {
	switch o.Color {
	case colorAlways:
		return true
	case colorNever:
		return false
	}
	return o.IO.IsStdoutTTY() && o.Getenv("NO_COLOR") == "" && o.Getenv("TERM") != "dumb"
}

func explainRun(ctx context.Context, opts *explainOptions) error {
	x, err := opts.NewExplainer(extract.Options{Published: opts.Published.t})
	if err != nil {
		return &runError{fmt.Errorf("starting the pipeline: %w", err)}
	}
	name, in := "-", opts.IO.In
	if opts.Path != "" && opts.Path != "-" {
		f, err := os.Open(opts.Path)
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return &runError{&extract.InputError{Name: opts.Path, Err: err}}
		}
		defer f.Close()
		name, in = opts.Path, f
	}
	if name == "-" && opts.IO.IsStdinTTY() {
		fmt.Fprintln(opts.IO.ErrOut, "sitrep: reading a report from standard input (Ctrl-D ends it)")
	}
	out := bufio.NewWriterSize(opts.IO.Out, 32<<10)
	p := &explainPrinter{w: out, color: opts.useColor(), width: max(opts.Width, 40)}
	r := extract.NewReader(in, name, opts.InputFormat)
	failed, n := false, 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		d, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			failed = true
			prefix := ""
			if d != nil {
				prefix = "warning: "
			}
			// Flush first, so that the message follows what was printed
			// of the reports before it when both streams are a terminal.
			out.Flush()
			fmt.Fprintf(opts.IO.ErrOut, "sitrep: %s%v\n", prefix, err)
			if d == nil {
				continue
			}
		}
		e, err := x.Explain(ctx, d)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			out.Flush()
			fmt.Fprintf(opts.IO.ErrOut, "sitrep: %v\n", &extract.InputError{Name: docName(d), Line: d.Line, Err: err})
			failed = true
			continue
		}
		if n > 0 {
			p.blank()
		}
		n++
		p.report(e)
		if p.err != nil {
			break
		}
	}
	if err := out.Flush(); p.err == nil {
		p.err = err
	}
	if p.err != nil {
		if isBrokenPipe(p.err) {
			return errBrokenPipe
		}
		return &runError{fmt.Errorf("writing output: %w", p.err)}
	}
	if failed {
		return errInputsFailed
	}
	return nil
}

func docName(d *extract.Doc) string {
	if d.Path == "" || d.Path == "-" {
		return "<stdin>"
	}
	return d.Path
}

// ANSI SGR parameters of each mark kind: a distinct colour each, and the
// casualty phrase also underlined, so its extent shows through the actors
// and words nested in it.
var markSGR = map[extract.MarkKind]string{
	extract.MarkPlace:    "32", // green
	extract.MarkActor:    "35", // magenta
	extract.MarkSource:   "36", // cyan
	extract.MarkCasualty: "31", // red
	extract.MarkDate:     "33", // yellow
	extract.MarkTrigger:  "94", // bright blue
}

// markKinds lists the kinds in the legend's order.
var markKinds = []extract.MarkKind{extract.MarkPlace, extract.MarkActor, extract.MarkSource, extract.MarkCasualty, extract.MarkDate, extract.MarkTrigger}

// style is how a piece of text is shown: plain (kind 0) or in a mark
// kind's colour, underlined inside a casualty phrase, faint for a note
// number, bold for a heading.
type style struct {
	kind  extract.MarkKind
	under bool
	faint bool
	bold  bool
}

func (s style) sgr() string {
	var p []string
	if s.bold {
		p = append(p, "1")
	}
	if s.faint {
		p = append(p, "2")
	}
	if s.under {
		p = append(p, "4")
	}
	if c := markSGR[s.kind]; c != "" {
		p = append(p, c)
	}
	if len(p) == 0 {
		return ""
	}
	return "\x1b[" + strings.Join(p, ";") + "m"
}

// atom is a run of text in one style.
type atom struct {
	text string
	st   style
}

// word is what the wrapper keeps on one line: text between spaces, with
// the style of the space before it (so an underline runs on across it).
type word struct {
	atoms []atom
	gap   style
}

func (w *word) add(s string, st style) {
	if n := len(w.atoms); n > 0 && w.atoms[n-1].st == st {
		w.atoms[n-1].text += s
		return
	}
	w.atoms = append(w.atoms, atom{s, st})
}

func (w *word) width() int {
	n := 0
	for _, a := range w.atoms {
		n += utf8.RuneCountInString(a.text)
	}
	return n
}

// explainPrinter renders explanations; it keeps the first write error and
// then writes nothing more.
type explainPrinter struct {
	w     io.Writer
	color bool
	width int
	err   error
}

func (p *explainPrinter) printf(format string, a ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, a...)
	}
}

func (p *explainPrinter) blank() { p.printf("\n") }

// styled returns s in st when colour is on.
func (p *explainPrinter) styled(s string, st style) string {
	if !p.color || st.sgr() == "" {
		return s
	}
	return st.sgr() + s + "\x1b[0m"
}

// report prints one explanation: a heading, the paragraphs with their
// marks and notes, then the events.
func (p *explainPrinter) report(e *extract.Explanation) {
	d := e.Doc
	head := "── " + d.ID
	if d.Line > 0 {
		head += fmt.Sprintf(" (%s:%d)", docName(d), d.Line)
	}
	if e.Published.IsZero() {
		head += " · publication date unknown "
	} else {
		head += " · published " + e.Published.Format(time.DateOnly) + " "
	}
	if fill := p.width - utf8.RuneCountInString(head); fill > 0 {
		head += strings.Repeat("─", fill)
	}
	p.printf("%s\n", p.styled(cleanText(head), style{bold: true}))
	if d.Title != "" {
		p.printf("%s\n", p.styled(cleanText(d.Title), style{bold: true}))
	}
	if p.color {
		var legend []string
		for _, k := range markKinds {
			st := style{kind: k, under: k == extract.MarkCasualty}
			legend = append(legend, p.styled(k.String(), st))
		}
		p.printf("marks: %s\n", strings.Join(legend, " · "))
	}
	for _, para := range paragraphs(d.Text) {
		p.blank()
		p.paragraph(e, para)
	}
	p.blank()
	p.events(e)
}

// paragraphs returns the spans of text between blank lines, without their
// leading and trailing white space.
func paragraphs(text string) []extract.Span {
	var out []extract.Span
	start := -1
	for off := 0; off <= len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line := text[off:end]
		if strings.TrimSpace(line) == "" {
			if start >= 0 {
				out = append(out, trimSpan(text, extract.Span{Start: start, End: off}))
				start = -1
			}
		} else if start < 0 {
			start = off
		}
		off = end + 1
	}
	if start >= 0 {
		out = append(out, trimSpan(text, extract.Span{Start: start, End: len(text)}))
	}
	return out
}

func trimSpan(text string, s extract.Span) extract.Span {
	t := text[s.Start:s.End]
	s.Start += len(t) - len(strings.TrimLeftFunc(t, unicode.IsSpace))
	s.End -= len(t) - len(strings.TrimRightFunc(t, unicode.IsSpace))
	return s
}

// paragraph prints the text of one paragraph with its marks, wrapped, and
// the notes that say what each mark was read as.
func (p *explainPrinter) paragraph(e *extract.Explanation, para extract.Span) {
	text := e.Doc.Text
	var marks []extract.Mark
	for _, m := range e.Marks {
		// A mark that runs past the paragraph (it should not) is cut to it.
		m.Start, m.End = max(m.Start, para.Start), min(m.End, para.End)
		if m.Start < m.End {
			marks = append(marks, m)
		}
	}
	// A mark nests in the innermost mark open at its start, or else it
	// crosses that mark's end and is shown by its note number alone.
	nested := make([]bool, len(marks))
	var stack []int
	for i, m := range marks {
		for len(stack) > 0 && marks[stack[len(stack)-1]].End <= m.Start {
			stack = stack[:len(stack)-1]
		}
		if len(stack) == 0 || m.End <= marks[stack[len(stack)-1]].End {
			nested[i] = true
			stack = append(stack, i)
		}
	}
	opens, closes := map[int][]int{}, map[int][]int{}
	for i, m := range marks {
		if nested[i] {
			opens[m.Start] = append(opens[m.Start], i)
		}
		closes[m.End] = append(closes[m.End], i)
	}
	for _, c := range closes {
		// Innermost first: of two marks ending together, the one opened
		// later; a crossing mark's number comes after the brackets.
		sort.Slice(c, func(a, b int) bool {
			if nested[c[a]] != nested[c[b]] {
				return nested[c[a]]
			}
			return c[a] > c[b]
		})
	}
	// The style of each byte is that of the innermost mark over it.
	styles := make([]style, para.End-para.Start)
	for _, m := range marks {
		for b := m.Start; b < m.End; b++ {
			st := &styles[b-para.Start]
			st.kind = m.Kind
			st.under = st.under || m.Kind == extract.MarkCasualty
		}
	}

	var words []word
	cur := word{}
	afterNote := false
	flush := func(gap style) {
		if len(cur.atoms) > 0 {
			words = append(words, cur)
		}
		cur = word{gap: gap}
	}
	emitNotes := func(pos int) {
		for _, i := range closes[pos] {
			st := style{kind: marks[i].Kind, faint: true}
			if !p.color && nested[i] {
				cur.add("]", style{})
				afterNote = false
			}
			if afterNote {
				cur.add("·", style{faint: true})
			}
			cur.add(superscript(i+1), st)
			afterNote = true
		}
	}
	for off := para.Start; off < para.End; {
		emitNotes(off)
		if !p.color {
			for range opens[off] {
				cur.add("[", style{})
				afterNote = false
			}
		}
		r, size := utf8.DecodeRuneInString(text[off:])
		st := styles[off-para.Start]
		switch {
		case unicode.IsSpace(r):
			// Marks cannot open on white space, so none is lost here.
			if len(cur.atoms) > 0 {
				flush(st)
			}
		default:
			cur.add(cleanRune(r, size), st)
			afterNote = false
		}
		off += size
	}
	emitNotes(para.End)
	flush(style{})
	p.wrap("", "", words)

	if len(marks) == 0 {
		return
	}
	numWidth := len(strconv.Itoa(len(marks)))
	hang := strings.Repeat(" ", 2+numWidth+1+9)
	for i, m := range marks {
		prefix := fmt.Sprintf("  %*d %s%s", numWidth, i+1,
			p.styled(m.Kind.String(), style{kind: m.Kind}), strings.Repeat(" ", max(1, 9-len(m.Kind.String()))))
		note := quote(text, m.Span)
		if label := cleanText(m.Label); label != "" && label != cleanText(text[m.Start:m.End]) {
			note += " → " + label
		}
		p.wrapText(prefix, hang, note)
	}
}

// wrap prints words on lines of at most p.width columns, the first after
// first and the others after hang.
func (p *explainPrinter) wrap(first, hang string, words []word) {
	var line strings.Builder
	line.WriteString(first)
	col, empty := utf8.RuneCountInString(visible(first)), true
	dirty := first != "" // the line holds something to print
	var on style         // the style the terminal is in
	set := func(st style) {
		if !p.color || st == on {
			return
		}
		if on != (style{}) {
			line.WriteString("\x1b[0m")
		}
		line.WriteString(st.sgr())
		on = st
	}
	end := func() {
		set(style{})
		p.printf("%s\n", strings.TrimRight(line.String(), " "))
		line.Reset()
		line.WriteString(hang)
		col, empty, dirty = utf8.RuneCountInString(hang), true, false
	}
	for _, w := range words {
		n := w.width()
		if !empty && col+1+n > p.width {
			end()
		}
		if !empty {
			set(w.gap)
			line.WriteByte(' ')
			col++
		}
		for _, a := range w.atoms {
			set(a.st)
			line.WriteString(a.text)
		}
		col += n
		empty, dirty = false, true
	}
	if dirty {
		end()
	}
}

// wrapText wraps plain text (which may hold styled pieces) at its spaces.
func (p *explainPrinter) wrapText(first, hang, s string) {
	var words []word
	for _, f := range strings.Split(s, " ") {
		if f != "" {
			words = append(words, word{atoms: []atom{{text: f}}})
		}
	}
	p.wrap(first, hang, words)
}

// visible drops the ANSI escapes from s, to measure it.
func visible(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 0x1b {
			if j := strings.IndexByte(s[i:], 'm'); j > 0 {
				i += j
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// events prints each event with the span each of its fields came from.
func (p *explainPrinter) events(e *extract.Explanation) {
	switch len(e.Events) {
	case 0:
		p.printf("%s\n", p.styled("No events: nothing in this report was read as an incident.", style{bold: true}))
		return
	case 1:
		p.printf("%s\n", p.styled("1 event", style{bold: true}))
	default:
		p.printf("%s\n", p.styled(fmt.Sprintf("%d events", len(e.Events)), style{bold: true}))
	}
	text := e.Doc.Text
	for i := range e.Events {
		ev := &e.Events[i]
		var prov extract.Provenance
		if i < len(e.Provenance) {
			prov = e.Provenance[i]
		}
		p.blank()
		p.printf("%s\n", p.styled(fmt.Sprintf("%s  confidence %s", cleanText(ev.ID), strconv.FormatFloat(ev.Confidence, 'f', -1, 64)), style{bold: true}))

		typ := ev.EventType
		if ev.SubEventType != "" {
			typ += " / " + ev.SubEventType
		}
		p.field("type", typ, quotes(text, prov.Type...))

		date := "unknown"
		if ev.Date.Start != "" {
			date = ev.Date.Start
			if ev.Date.End != "" && ev.Date.End != ev.Date.Start {
				date += " to " + ev.Date.End
			}
		}
		if ev.Date.Precision != "" && ev.Date.Precision != "unknown" {
			date += " (" + ev.Date.Precision + ")"
		}
		var from string
		switch {
		case prov.Date.End > prov.Date.Start:
			from = quotes(text, prov.Date)
			if ev.Date.Text == "" {
				date += "; the report's date, as the incident's is not given"
			}
		case ev.Date.Start != "":
			date += "; the publication day, as no date is given"
		}
		p.field("date", date, from)

		if l := ev.Location; l != nil {
			place := cleanText(l.Name)
			if l.Feature != "" {
				place += " (" + l.Feature + ")"
			}
			var admin []string
			for _, a := range []string{l.Admin3, l.Admin2, l.Admin1} {
				if a != "" && a != l.Name && (len(admin) == 0 || admin[len(admin)-1] != a) {
					admin = append(admin, cleanText(a))
				}
			}
			if len(admin) > 0 {
				place += ", " + strings.Join(admin, ", ")
			}
			if l.PCode != "" {
				place += ", " + l.PCode
			}
			if l.Lat != 0 || l.Lon != 0 {
				place += fmt.Sprintf("; %s, %s", strconv.FormatFloat(l.Lat, 'f', -1, 64), strconv.FormatFloat(l.Lon, 'f', -1, 64))
			}
			if l.Precision != "" {
				place += "; " + l.Precision
			}
			p.field("place", place, quotes(text, prov.Location))
		} else {
			p.field("place", "none named", "")
		}

		used := make([]bool, len(prov.Actors))
		for _, a := range ev.Actors {
			value := cleanText(a.Name)
			if a.Kind != "" {
				value += " (" + a.Kind + ")"
			}
			from := ""
			for j, s := range prov.Actors {
				if !used[j] && a.Text != "" && spanText(text, s) == a.Text {
					used[j] = true
					from = quotes(text, s)
					break
				}
			}
			if from == "" {
				value += "; inferred, not named in the text"
			}
			role := a.Role
			if role == "" {
				role = "actor"
			}
			p.field(role, value, from)
		}

		// A claim's source is the next source span when it has one; they
		// are listed in the order of the claims.
		claimSource := make([]*extract.Span, len(ev.Claims))
		next := 0
		for j, c := range ev.Claims {
			if c.Source != "" && next < len(prov.Sources) {
				claimSource[j] = &prov.Sources[next]
				next++
			}
		}
		p.field("killed", estimate(ev.Casualties.Killed, ev.Claims, "killed"), "")
		p.field("wounded", estimate(ev.Casualties.Wounded, ev.Claims, "wounded"), "")
		for j, c := range ev.Claims {
			value := fmt.Sprintf("%s %s", c.Kind, figure(c))
			if c.Victims != "" {
				value += " " + cleanText(c.Victims)
			}
			for _, inc := range c.Includes {
				value += fmt.Sprintf(", including %d", inc.Count)
				if inc.Victims != "" {
					value += " " + cleanText(inc.Victims)
				}
			}
			if c.Side != "" {
				value += "; side " + c.Side
			}
			src := "the report itself"
			if c.Source != "" {
				src = cleanText(c.Source)
			}
			value += "; by " + src
			from := quotes(text, extract.Span{Start: c.Start, End: c.End})
			if s := claimSource[j]; s != nil {
				from += "; source " + quotes(text, *s)
			}
			p.field(fmt.Sprintf("claim %d", j+1), value, from)
		}
	}
}

// field prints one field of an event, and where it came from beneath it.
func (p *explainPrinter) field(name, value, from string) {
	const col = 12
	first := "  " + name + strings.Repeat(" ", max(1, col-2-len(name)))
	hang := strings.Repeat(" ", col)
	p.wrapText(first, hang, value)
	if from != "" {
		p.wrapText(hang+"from ", hang+"     ", from)
	}
}

// estimate describes a best/low/high estimate and the claims it rests on.
func estimate(e *extract.Estimate, claims []extract.Claim, kind string) string {
	if e == nil {
		return "none reported"
	}
	s := fmt.Sprintf("best %d, low %d, high %d", e.Best, e.Low, e.High)
	var from []string
	for j, c := range claims {
		if c.Kind == kind {
			from = append(from, strconv.Itoa(j+1))
		}
	}
	switch len(from) {
	case 0:
	case 1:
		s += "; claim " + from[0]
	default:
		s += "; claims " + strings.Join(from, ", ")
	}
	return s
}

// figure describes a claim's figure with its hedge.
func figure(c extract.Claim) string {
	s := strconv.Itoa(c.Count)
	if c.High > c.Low {
		s = fmt.Sprintf("%d-%d", c.Low, c.High)
	}
	if c.Qualifier != "" && c.Qualifier != "exact" {
		s += " (" + c.Qualifier + ")"
	}
	return s
}

// quotes lists spans of text, each quoted with its byte offsets.
func quotes(text string, spans ...extract.Span) string {
	var q []string
	for _, s := range spans {
		if s.End > s.Start {
			q = append(q, quote(text, s))
		}
	}
	return strings.Join(q, ", ")
}

// quote returns the text of s in quotation marks, white space folded, and
// its offsets.
func quote(text string, s extract.Span) string {
	return "“" + cleanText(spanText(text, s)) + "” (" + strconv.Itoa(s.Start) + "-" + strconv.Itoa(s.End) + ")"
}

// spanText returns the text of s, or "" if s is not within text.
func spanText(text string, s extract.Span) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// cleanText folds runs of white space into one space and makes the rest
// safe to print: a report must not drive the terminal.
func cleanText(s string) string {
	var b strings.Builder
	space := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteString(cleanRune(r, size))
	}
	return b.String()
}

// cleanRune returns r as printed: U+FFFD for a byte that is not UTF-8, a
// control character or a bidirectional override.
func cleanRune(r rune, size int) string {
	if r == utf8.RuneError && size == 1 || unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
		return "\uFFFD"
	}
	return string(r)
}

var superscriptDigits = []rune("⁰¹²³⁴⁵⁶⁷⁸⁹")

// superscript writes n in superscript digits, the way a note is numbered.
func superscript(n int) string {
	var b strings.Builder
	for _, c := range strconv.Itoa(n) {
		b.WriteRune(superscriptDigits[c-'0'])
	}
	return b.String()
}
