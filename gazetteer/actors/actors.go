// Package actors is sitrep's gazetteer of armed groups, categories of victims
// and news sources in the Syrian conflict.
//
// Each actor carries its canonical name (as the gold annotations use it), the
// name event coding reports it under, its ACLED actor label and interaction
// code, the side it fights for, the dates its names held that meaning, and
// three lists of names: aliases that name it anywhere, generic names that name
// it only in context, and nouns for its members as victims. Sources carry a
// credibility rank, so that the most credible of several figures can be told.
//
// The data is plain: [Set.Aliases] hands every name to a matcher, and
// [Set.Resolve] says which entry a name meant on a given day.
package actors

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Kind is an actor's type, after ACLED's interaction codes.
type Kind uint8

// The kinds, numbered as ACLED numbers its interaction codes.
const (
	StateForces Kind = iota + 1
	RebelGroup
	PoliticalMilitia
	IdentityMilitia
	Rioters
	Protesters
	Civilians
	ExternalForces
)

var kindNames = [...]string{
	StateForces:      "state_forces",
	RebelGroup:       "rebel_group",
	PoliticalMilitia: "political_militia",
	IdentityMilitia:  "identity_militia",
	Rioters:          "rioters",
	Protesters:       "protesters",
	Civilians:        "civilians",
	ExternalForces:   "external_forces",
}

// ParseKind returns the Kind named by s ("rebel_group").
func ParseKind(s string) (Kind, error) {
	for k, name := range kindNames {
		if name != "" && name == s {
			return Kind(k), nil
		}
	}
	return 0, fmt.Errorf("unknown actor kind %q (want one of %s)", s, strings.Join(kindNames[1:], ", "))
}

// String returns the kind's snake-case name, as the YAML data spells it.
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// Inter returns ACLED's interaction code for the kind (1 to 8).
func (k Kind) Inter() int { return int(k) }

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames) || kindNames[k] == "" {
		return nil, fmt.Errorf("invalid actor kind %d", k)
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// sides are the camps an actor may fight for; a read-only table that
// catches misspelt sides in the data.
var sides = map[string]bool{
	"government": true, "loyalist": true, "opposition": true, "jihadist": true,
	"kurdish": true, "turkish": true, "coalition": true, "israeli": true,
	"druze": true, "tribal": true, "peacekeeping": true, "neutral": true,
	"civilian": true, "unknown": true,
}

// Actor is one entry of the gazetteer: a group, a force or a category of
// victims.
type Actor struct {
	ID      string // stable identifier, e.g. "islamic-state"
	Name    string // canonical name, e.g. "Islamic State"
	CodedAs string // the side it is reported under when it is a unit of one; empty means Name
	Kind    Kind
	ACLED   string // ACLED's actor label, e.g. "Islamic State (Syria)"
	Side    string // the camp it fights for: government, opposition, jihadist, kurdish, ...

	// From is the first day the entry applies and Until the first day it
	// no longer does; a zero time leaves that end open.
	From, Until time.Time

	Aliases []string // names that identify it anywhere
	Generic []string // names that identify it only when context allows
	Members []string // nouns for its people as victims ("soldiers")

	line int // where the entry starts in its file, for messages
}

// Coded returns the name event coding reports the actor under: CodedAs, or
// Name when the actor is a side in its own right.
func (a *Actor) Coded() string {
	if a.CodedAs != "" {
		return a.CodedAs
	}
	return a.Name
}

// ActiveOn reports whether the entry applies on the day of t. A zero t (no
// date known) is within every entry's bounds.
func (a *Actor) ActiveOn(t time.Time) bool {
	return within(a.From, a.Until, t)
}

func within(from, until, t time.Time) bool {
	if t.IsZero() {
		return true
	}
	// Compare calendar days: a report's date carries its own zone, the
	// bounds are UTC midnights.
	y, m, d := t.Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if !from.IsZero() && day.Before(from) {
		return false
	}
	if !until.IsZero() && !day.Before(until) {
		return false
	}
	return true
}

// Source is a reporter of figures: a monitor, an agency, a ministry.
type Source struct {
	ID      string   // stable identifier, e.g. "sohr"
	Name    string   // canonical name, e.g. "Syrian Observatory for Human Rights"
	Actor   string   // ID of the actor the source speaks for, if any
	Aliases []string // names that identify it
	Rank    int      // credibility: 1 is the most credible

	line int
}

// AliasKind says what an alias identifies.
type AliasKind uint8

// The kinds of alias.
const (
	AliasActor   AliasKind = iota // names an actor anywhere ("ISIS")
	AliasGeneric                  // names an actor only in context ("jihadists")
	AliasMember                   // names an actor's people as victims ("soldiers")
	AliasSource                   // names a source ("the Observatory")
)

var aliasKindNames = [...]string{"actor", "generic", "member", "source"}

// String returns the alias kind's name.
func (k AliasKind) String() string {
	if int(k) < len(aliasKindNames) {
		return aliasKindNames[k]
	}
	return fmt.Sprintf("AliasKind(%d)", k)
}

// Alias is one name a matcher should look for.
type Alias struct {
	Text          string
	Kind          AliasKind
	Index         int  // into Actors(), or Sources() when Kind is AliasSource
	CaseSensitive bool // an abbreviation such as "IS" that must match as written
}

// CaseSensitive reports whether an alias must match with its capitals as
// written: true when one of its words holds two or more capitals (IS, HTS,
// FaR, YPG/PKK, U.N.), so that "is" or "far" in prose never matches. Other
// names match whatever their case. A stop after a capital joins initials
// into one word: folded, "U.N." would meet every "in" and "on" of a report.
func CaseSensitive(alias string) bool {
	upper := 0
	var prev rune
	for _, r := range alias {
		switch {
		case unicode.IsUpper(r):
			upper++
			if upper >= 2 {
				return true
			}
		case r == '.' && unicode.IsUpper(prev):
		case !unicode.IsLetter(r):
			upper = 0
		}
		prev = r
	}
	return false
}

// fold returns the key an alias is indexed and compared under: case folded
// unless keepCase, curly apostrophes made straight, hyphens read as spaces
// and runs of space collapsed, so that "al-Sham" and "Al Sham" meet.
func fold(s string, keepCase bool) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '-' || r == '\u2010' || r == '\u2011' || unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '\u2019' || r == '\u2018' || r == '`':
			r = '\''
		case !keepCase:
			r = unicode.ToLower(r)
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// spaced returns alias with its hyphens read as spaces, or "" when it has
// none: reports write "al-Sham" and "al Sham" alike.
func spaced(alias string) string {
	if !strings.Contains(alias, "-") {
		return ""
	}
	return strings.ReplaceAll(alias, "-", " ")
}

// validAliasText reports why a name cannot be an alias, or "".
func validAliasText(s string) string {
	switch {
	case s == "":
		return "empty name"
	case len(s) > maxAliasLen:
		return fmt.Sprintf("name longer than %d bytes", maxAliasLen)
	case !utf8.ValidString(s):
		return "name is not valid UTF-8"
	case strings.TrimSpace(s) != s:
		return "name has leading or trailing space"
	case strings.ContainsAny(s, "\n\r\t"):
		return "name holds a line break or tab"
	case fold(s, false) == "":
		return "name holds only hyphens"
	}
	return ""
}
