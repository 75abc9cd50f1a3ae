package extract

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/sitrep/sitrep/extract/casualty"
	"github.com/sitrep/sitrep/extract/dates"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/gazetteer/actors"
)

// Options configure an Extractor.
type Options struct {
	// Published is the publication date used for reports that carry none
	// of their own (no JSONL "published"). When zero, a date in the
	// report's dateline is used; failing that, relative dates stay
	// unresolved.
	Published time.Time
	// Places is the places gazetteer; nil loads the embedded one.
	Places *gazetteer.Gazetteer
	// Actors is the actor and source gazetteer; nil loads the embedded one.
	Actors *actors.Set
	// Segmenter splits a report into sentences; nil means Sentences, the
	// fast rule-based splitter. prosesplit.Sentences is the alternative.
	Segmenter func(text string, dst []Span) []Span
}

// Extractor runs the pipeline. It is safe for concurrent use: all its state
// is read-only after New.
type Extractor struct {
	opts    Options
	places  *gazetteer.Gazetteer
	actors  *actors.Set
	matcher *gazetteer.Matcher
	aliases []actors.Alias // pattern Ref → alias, for actor and source patterns
	stock   stockActors    // the gazetteer's entries that assembly names without a mention
}

// New loads what opts leaves unset and builds the one automaton that finds
// places, actors and sources in a single pass.
func New(opts Options) (*Extractor, error) {
	x := &Extractor{opts: opts, places: opts.Places, actors: opts.Actors}
	// The two gazetteers load side by side: start-up is most of the cost
	// of one short report.
	var actorsErr error
	actorsDone := make(chan struct{})
	go func() {
		defer close(actorsDone)
		if x.actors == nil {
			x.actors, actorsErr = actors.Load()
		}
	}()
	var err error
	if x.places == nil {
		x.places, err = gazetteer.Load()
	}
	<-actorsDone
	if err != nil {
		return nil, fmt.Errorf("loading places: %w", err)
	}
	if actorsErr != nil {
		return nil, fmt.Errorf("loading actors: %w", actorsErr)
	}
	patterns := Patterns(x.places, x.actors)
	x.aliases = x.actors.Aliases()
	for id, dst := range map[string]*actorHit{unknownActorID: &x.stock.unknown, civiliansActorID: &x.stock.civilians, protestersActorID: &x.stock.protesters} {
		if i, ok := x.actors.ByID(id); ok {
			a := x.actors.Actor(i)
			*dst = actorHit{ID: a.ID, Name: a.Coded(), ACLED: a.ACLED, Kind: a.Kind.String(), Side: a.Side}
		}
	}
	if x.matcher, err = gazetteer.NewMatcher(patterns); err != nil {
		return nil, fmt.Errorf("building the matcher: %w", err)
	}
	return x, nil
}

// Patterns returns the patterns of the one matcher the pipeline builds:
// every place pattern of places, then every alias of set, whose Ref is its
// index in set.Aliases(). Tools that want the pipeline's own scan (a
// benchmark floor, say) build gazetteer.NewMatcher(Patterns(places, set)).
func Patterns(places *gazetteer.Gazetteer, set *actors.Set) []gazetteer.Pattern {
	patterns := places.Patterns()
	for i, a := range set.Aliases() {
		kind := gazetteer.KindActor
		if a.Kind == actors.AliasSource {
			kind = gazetteer.KindSource
		}
		patterns = append(patterns, gazetteer.Pattern{Text: a.Text, Kind: kind, Ref: int32(i), CaseSensitive: a.CaseSensitive})
	}
	return patterns
}

// Extract returns the events the report tells of, in the order the report
// first tells them.
func (x *Extractor) Extract(ctx context.Context, d *Doc) ([]Event, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	published := x.publication(d)
	frames := x.read(d.Text, published)
	evs := assemble(d, frames, published, x.stock)
	for i := range evs {
		evs[i].ID = fmt.Sprintf("%s#%d", d.ID, i+1)
	}
	return evs, nil
}

// publication returns the date relative dates of d are resolved against: the
// report's own, else the caller's default, else its dateline's.
func (x *Extractor) publication(d *Doc) time.Time {
	if !d.Published.IsZero() {
		return d.Published
	}
	if !x.opts.Published.IsZero() {
		return x.opts.Published
	}
	if t, ok := dates.Dateline(d.Text); ok {
		return t
	}
	return time.Time{}
}

// read runs the stages that look at the text and returns one frame per
// clause, in order.
func (x *Extractor) read(text string, published time.Time) []*frame {
	segment := x.opts.Segmenter
	if segment == nil {
		segment = Sentences
	}
	sents := segment(text, nil)
	mentions := x.matcher.Match(text, make([]gazetteer.Mention, 0, len(text)/64+8))

	n := 0
	for _, m := range mentions {
		if m.Kind == gazetteer.KindPlace {
			n++
		}
	}
	placeMs := make([]gazetteer.Mention, 0, n)
	for _, m := range mentions {
		if m.Kind == gazetteer.KindPlace {
			placeMs = append(placeMs, m)
		}
	}
	resolved := x.places.Resolve(text, placeMs)
	// A line that only stamps publication ("date 2021-06-03" above the
	// story) dates no deed.
	stamp, stamped := dates.DateLine(text, published)

	var frames []*frame
	// The words of every sentence share one array; each frame holds its
	// own part.
	ws := make([]word, 0, len(text)/5+16)
	var cp casualty.Parser
	var phrases []casualty.Phrase
	var dms []dates.Mention
	var exts []dates.Extent
	pi, mi := 0, 0
	for _, s := range sents {
		f := &frame{Span: s, index: len(frames), headline: isHeadline(text, s)}
		n := len(ws)
		ws = words(text, s, ws)
		f.words = ws[n:len(ws):len(ws)]
		body := datelineEnd(text, s)
		for ; pi < len(resolved) && resolved[pi].Mention.Start < s.End; pi++ {
			r := resolved[pi]
			if r.Mention.Start >= body && r.Place != nil && !modifierAfter(text, r.Mention.End) && !fromPlace(text, s.Start, r.Mention.Start) && !metonym(text, s, r.Mention.Start, r.Mention.End) {
				f.places = append(f.places, x.placeHit(text, r))
			}
		}
		for ; mi < len(mentions) && mentions[mi].Start < s.End; mi++ {
			m := mentions[mi]
			if m.Start < s.Start {
				continue
			}
			switch m.Kind {
			case gazetteer.KindActor:
				if a, ok := x.actorHit(text, m, published); ok {
					f.actors = append(f.actors, a)
				}
			case gazetteer.KindSource:
				if src, ok := x.sourceHit(text, m); ok {
					f.sources = append(f.sources, src)
				}
			}
		}
		phrases = cp.Parse(text, s.Start, s.End, phrases[:0])
		for _, p := range phrases {
			f.figures = append(f.figures, figureOf(p))
		}
		dms = dates.Parse(text, s.Start, s.End, published, dms[:0])
		for _, m := range dms {
			if m.Start < body || stamped && m.Start == stamp.Start && m.End == stamp.End {
				// The dateline's day is when the story was filed, not when
				// its deeds were done: "BEIRUT, May 11 - ... on Saturday"
				// is May 10.
				continue
			}
			f.dates = append(f.dates, dateHit{Span: Span{m.Start, m.End}, From: m.From, To: m.To, Precision: m.Precision.String(), since: m.Since, reported: m.Reported})
		}
		exts = dates.Extents(text, s.Start, s.End, exts[:0])
		for _, e := range exts {
			if !e.Back && !e.Past && e.Days > f.extentDays {
				f.extentDays = e.Days
			}
		}
		frames = append(frames, splitClauses(f)...)
	}
	resolveGeneric(frames)
	for _, f := range frames {
		readFrame(f, published)
	}
	return frames
}

// isHeadline reports whether a sentence is a line of its own without a
// closing stop: a headline, a byline or a "Source:" line, which restate or
// label the story rather than tell it.
func isHeadline(text string, s Span) bool {
	line := text[s.Start:s.End]
	if strings.HasPrefix(line, "Source:") || strings.HasPrefix(line, "Photo:") {
		return true
	}
	switch line[len(line)-1] {
	case '.', '!', '?', '"', ')':
		return false
	}
	if strings.HasSuffix(line, "\u201d") {
		return false
	}
	before := strings.LastIndexByte(text[:s.Start], '\n')
	onOwnLine := strings.TrimSpace(text[before+1:s.Start]) == ""
	after := strings.IndexByte(text[s.End:], '\n')
	if after < 0 {
		after = len(text) - s.End
	}
	return onOwnLine && strings.TrimSpace(text[s.End:s.End+after]) == ""
}

// placeHit turns a resolved place into what assembly needs.
func (x *Extractor) placeHit(text string, r gazetteer.Resolved) placeHit {
	p := r.Place
	h := placeHit{
		Span:      Span{r.Mention.Start, r.Mention.End},
		Rel:       Span{r.RelStart, r.RelEnd},
		Name:      p.Name,
		Feature:   p.Feature,
		PCode:     p.PCode,
		GeoNames:  p.GeoNamesID,
		Lat:       p.Lat,
		Lon:       p.Lon,
		Precision: r.Precision,
		Level:     int(p.Level),
		Gov:       p.Admin1,
	}
	h.Admin1 = x.places.AdminName(p.Admin1)
	if p.Level == gazetteer.Community && p.Name == h.Admin1 && r.Precision == gazetteer.PrecisionExact {
		after := strings.TrimLeft(text[r.Mention.End:], " ")
		h.seat = !strings.HasPrefix(after, "city") && !strings.HasPrefix(after, "town")
	}
	if p.Admin2 != "" {
		h.Admin2 = x.places.AdminName(p.Admin2)
	}
	if p.Admin3 != "" {
		h.Admin3 = x.places.AdminName(p.Admin3)
	}
	return h
}

// unknownActorID is the actor gazetteer's entry for attackers a report does
// not name, as ACLED's "Unidentified Armed Group".
const unknownActorID = "unidentified-armed-group"

// The actor gazetteer's entries for the victims of an attack on civilians
// and for the people of a protest, named when the report only describes
// them ("a 12-year-old boy", "hundreds of people protested").
const (
	civiliansActorID  = "civilians"
	protestersActorID = "protesters"
)

// modifierAfter reports whether the mention ending at end only qualifies the
// next word ("al-Qaida-linked", "Aleppo-based", "Turkish-backed"), and so
// names no place of an event.
func modifierAfter(text string, end int) bool {
	rest := text[end:]
	if !strings.HasPrefix(rest, "-") {
		return false
	}
	for _, m := range []string{"-linked", "-backed", "-led", "-affiliated", "-allied", "-based", "-born", "-run", "-supported", "-aligned", "-inspired"} {
		if strings.HasPrefix(rest, m) {
			return true
		}
	}
	return false
}

// datelineEnd returns where the story proper begins in a sentence that opens
// with a dateline ("BEIRUT, March 9 (Reuters) - ..."): the city there is
// where the story was filed, not where anything happened. It returns
// s.Start when there is none.
func datelineEnd(text string, s Span) int {
	head := text[s.Start:min(s.End, s.Start+120)]
	cut := -1
	for _, sep := range []string{" - ", " \u2014 ", " \u2013 ", " -- ", ": "} {
		if i := strings.Index(head, sep); i > 0 && (cut < 0 || i < cut) {
			cut = i + len(sep)
		}
	}
	if cut < 0 {
		return s.Start
	}
	// A dateline starts with a city in capitals.
	first := head
	if i := strings.IndexAny(head, " ,"); i > 0 {
		first = head[:i]
	}
	if len(first) < 3 || strings.ToUpper(first) != first || strings.ToLower(first) == first {
		return s.Start
	}
	return s.Start + cut
}

// metonym reports whether a place name stands for a government or names a
// route rather than a location: "Damascus said", "Ankara accused", "a
// Damascus ally", "the Aleppo-Damascus highway", "the Damascus-Quneitra
// road".
func metonym(text string, s Span, start, end int) bool {
	after := strings.TrimLeft(text[end:s.End], " ")
	for _, v := range []string{"said", "says", "say", "accused", "accuses", "blamed", "blames", "denied", "denies", "claimed", "claims", "announced", "warned", "insisted", "responded", "ally", "allies", "government", "regime", "would", "will", "'s ally", "'s allies"} {
		if strings.HasPrefix(after, v) {
			return true
		}
	}
	// A route: "X-Y highway", "X-Y road", "the X highway".
	rest := text[end:s.End]
	if strings.HasPrefix(rest, "-") {
		rest = rest[1:]
		if i := strings.IndexAny(rest, " ,."); i > 0 {
			rest = rest[i:]
		} else {
			rest = ""
		}
	}
	rest = strings.TrimLeft(rest, " ")
	if strings.HasPrefix(rest, "highway") || strings.HasPrefix(rest, "road") || strings.HasPrefix(rest, "motorway") {
		return true
	}
	before := strings.TrimRight(text[s.Start:start], " ")
	return strings.HasSuffix(before, "-") && (strings.HasPrefix(rest, "highway") || strings.HasPrefix(rest, "road"))
}

// fromPlace reports whether the place at off is where something came from
// ("missiles launched from the Golan", "fighters from Raqqa"), which is not
// where the event happened.
func fromPlace(text string, start, off int) bool {
	before := strings.TrimRight(text[start:off], " ")
	before = strings.TrimSuffix(before, " the")
	return strings.HasSuffix(before, " from") || before == "from" || strings.HasSuffix(before, "From")
}

// actorHit picks, among the entries an alias may name, the one active on the
// publication date.
func (x *Extractor) actorHit(text string, m gazetteer.Mention, published time.Time) (actorHit, bool) {
	var chosen *actors.Actor
	var alias actors.Alias
	for _, ref := range m.Refs {
		al := x.aliases[ref]
		if !spelledAs(text[m.Start:m.End], al) {
			continue
		}
		a := x.actors.Actor(al.Index)
		if a == nil || !a.ActiveOn(published) {
			continue
		}
		if chosen == nil || (alias.Kind != actors.AliasActor && al.Kind == actors.AliasActor) {
			chosen, alias = a, al
		}
	}
	if chosen == nil {
		return actorHit{}, false
	}
	return actorHit{
		Span:    Span{m.Start, m.End},
		ID:      chosen.ID,
		Name:    chosen.Coded(),
		ACLED:   chosen.ACLED,
		Kind:    chosen.Kind.String(),
		Side:    chosen.Side,
		Generic: alias.Kind == actors.AliasGeneric,
		Member:  alias.Kind == actors.AliasMember,
	}, true
}

func (x *Extractor) sourceHit(text string, m gazetteer.Mention) (sourceHit, bool) {
	for _, ref := range m.Refs {
		al := x.aliases[ref]
		if al.Kind != actors.AliasSource || !spelledAs(text[m.Start:m.End], al) {
			continue
		}
		if s := x.actors.Source(al.Index); s != nil {
			return sourceHit{Span: Span{m.Start, m.End}, Name: s.Name, Rank: s.Rank}, true
		}
	}
	return sourceHit{}, false
}

// shortAlias is the length in letters up to which an actor or source
// alias must be written with its own letters. The matcher folds vowels so
// that a place's transliterations meet ("Deir", "Dayr"); for a short name
// that folding meets common words ("on" and "U.N.", "bus" and "boys").
const shortAlias = 5

// spelledAs reports whether a mention may stand for alias: as written for
// an abbreviation, with the alias's letters in any case for a short alias,
// and as the matcher found it otherwise.
func spelledAs(mention string, al actors.Alias) bool {
	if al.CaseSensitive {
		return sameLetters(mention, al.Text)
	}
	if n := len(letters(al.Text)); n <= shortAlias || !strings.ContainsAny(strings.TrimSpace(al.Text), " -") {
		return strings.EqualFold(letters(mention), letters(al.Text))
	}
	return true
}

// letters returns the letters and digits of s, without spaces or
// punctuation.
func letters(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// sameLetters reports whether a mention is written with the letters and
// capitals of an abbreviation ("IS", "UN"), whatever the punctuation and
// spaces: the folding that lets "al-Sham" meet "al Sham" must not let "in"
// meet "UN".
func sameLetters(mention, alias string) bool {
	return letters(mention) == letters(alias)
}

func figureOf(p casualty.Phrase) figureHit {
	f := figureHit{
		Span:        Span{p.Start, p.End},
		Outcome:     p.Outcome.String(),
		Count:       p.Figure.Count,
		Low:         p.Figure.Low,
		High:        p.Figure.High,
		Qualifier:   p.Figure.Qualifier.String(),
		Victims:     p.Victims,
		VictimsText: Span{p.VictimStart, p.VictimEnd},
		Aggregate:   p.Aggregate != casualty.None,
	}
	for _, s := range p.Includes {
		f.Includes = append(f.Includes, Subset{Count: s.Count, Victims: s.Victims})
	}
	return f
}
