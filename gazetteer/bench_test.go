package gazetteer

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/gazetteer/actors"
)

// reportText builds about size bytes of wire-report-like text: sentences of
// ordinary English with place names, relations, figures and organisation
// names in the proportions of real reports (roughly one place in twelve
// words). It is deterministic.
func reportText(g *Gazetteer, size int) string {
	r := rand.New(rand.NewPCG(1, 2))
	places := g.Places()
	templates := []string{
		"Syrian government forces shelled %s on Tuesday, killing at least %d civilians including children, a war monitor said.",
		"The Syrian Observatory for Human Rights, a Britain-based monitoring group, said %d fighters were killed in clashes near %s.",
		"Warplanes believed to be Russian struck the town of %s, about %d km east of Homs, according to opposition activists.",
		"Rebels said they had captured several villages in the western countryside of %s after heavy fighting that lasted %d days.",
		"State news agency SANA reported that a car bomb exploded in a crowded market in %s, wounding %d people.",
		"The Kurdish-led Syrian Democratic Forces said an Islamic State cell attacked a checkpoint outside %s overnight; %d attackers died.",
		"Residents of %s told Reuters by telephone that the bombardment had not stopped for %d hours and that bread was running short.",
		"Turkish-backed factions and the SDF exchanged artillery fire on the outskirts of %s, where %d families have fled since the weekend.",
	}
	var b strings.Builder
	for b.Len() < size {
		t := templates[r.IntN(len(templates))]
		p := places[r.IntN(len(places))]
		name := p.Name
		if len(p.Aliases) > 0 && r.IntN(2) == 0 {
			name = p.Aliases[r.IntN(len(p.Aliases))]
		}
		i := strings.Index(t, "%s")
		j := strings.Index(t, "%d")
		n := strings.Repeat("1", 1+r.IntN(3))
		if i < j {
			b.WriteString(t[:i] + name + t[i+2:j] + n + t[j+2:])
		} else {
			b.WriteString(t[:j] + n + t[j+2:i] + name + t[i+2:])
		}
		if r.IntN(5) == 0 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func BenchmarkMatch(b *testing.B) {
	benchmarkMatcher(b, func(g *Gazetteer) (mentionMatcher, error) {
		m, err := g.Matcher()
		if err != nil {
			return nil, err
		}
		if text := reportText(g, 4<<20); len(m.Match(text, nil)) < len(text)/400 {
			b.Fatalf("fewer than one mention in 400 bytes of %d", len(text))
		}
		return m, nil
	})
}

func BenchmarkNewMatcher(b *testing.B) {
	g, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	ps := g.Patterns()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewMatcher(ps); err != nil {
			b.Fatal(err)
		}
	}
}

// orgPatterns stands in for the actor and source patterns the actors
// package feeds to the combined matcher: many lower-case, some
// case-sensitive acronyms.
func orgPatterns() []Pattern {
	var ps []Pattern
	for i, s := range []string{
		"Syrian government forces", "government forces", "regime forces", "Syrian army", "army",
		"rebels", "opposition fighters", "Islamic State", "Hayat Tahrir al-Sham", "Free Syrian Army",
		"Syrian Democratic Forces", "Kurdish-led", "Hezbollah", "Russian warplanes", "Turkish-backed factions",
		"Syrian Observatory for Human Rights", "war monitor", "the Observatory", "activists", "state media",
		"State news agency SANA", "Reuters", "Deir ez-Zor Military Council", "Aleppo Media Center",
		"White Helmets", "Syrian Civil Defence", "jihadists", "militants", "pro-government militias",
		"National Defence Forces", "Jaysh al-Islam", "Ahrar al-Sham", "Nusra Front", "al-Qaeda",
	} {
		ps = append(ps, Pattern{Text: s, Kind: KindActor, Ref: int32(i)})
	}
	for i, s := range []string{"IS", "ISIS", "ISIL", "HTS", "SDF", "FSA", "YPG", "SAA", "NDF", "SANA", "SOHR"} {
		ps = append(ps, Pattern{Text: s, Kind: KindActor, Ref: int32(100 + i), CaseSensitive: true})
	}
	return ps
}

func BenchmarkMatchCombined(b *testing.B) {
	benchmarkMatcher(b, func(g *Gazetteer) (mentionMatcher, error) {
		return NewMatcher(append(g.Patterns(), orgPatterns()...))
	})
}

// BenchmarkLoadAndMatcher is Load plus building the place automaton, the
// cost of a first Match.
func BenchmarkLoadAndMatcher(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		g, err := Load()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := g.Matcher(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkResolve(b *testing.B) {
	g, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	m, err := g.Matcher()
	if err != nil {
		b.Fatal(err)
	}
	text := reportText(g, 4<<10) // a long report
	ms := m.Match(text, nil)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		g.Resolve(text, ms)
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// extractPatterns builds the patterns of the matcher extract.New builds:
// every place name plus the actor and source aliases of gazetteer/actors.
func extractPatterns(b testing.TB, g *Gazetteer) []Pattern {
	b.Helper()
	set, err := actors.Load()
	if err != nil {
		b.Fatal(err)
	}
	ps := g.Patterns()
	for i, a := range set.Aliases() {
		kind := KindActor
		if a.Kind == actors.AliasSource {
			kind = KindSource
		}
		ps = append(ps, Pattern{Text: a.Text, Kind: kind, Ref: int32(i), CaseSensitive: a.CaseSensitive})
	}
	return ps
}

// BenchmarkMatchExtract measures the matcher extract uses, places plus the
// actor and source aliases, over a few MB of report-like text.
func BenchmarkMatchExtract(b *testing.B) {
	benchmarkMatcher(b, func(g *Gazetteer) (mentionMatcher, error) {
		return NewMatcher(extractPatterns(b, g))
	})
}

// BenchmarkMatchExtractReference is BenchmarkMatchExtract for the reference
// matcher of refmatcher_test.go, the matcher as it was, to compare with on
// the same machine at the same moment.
func BenchmarkMatchExtractReference(b *testing.B) {
	benchmarkMatcher(b, func(g *Gazetteer) (mentionMatcher, error) {
		return newRefMatcher(extractPatterns(b, g))
	})
}

// mentionMatcher is what the matcher and its reference share.
type mentionMatcher interface {
	Match(text string, dst []Mention) []Mention
}

// benchmarkMatcher times the matcher build makes over 4 MB of report-like
// text.
func benchmarkMatcher(b *testing.B, build func(g *Gazetteer) (mentionMatcher, error)) {
	g, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	m, err := build(g)
	if err != nil {
		b.Fatal(err)
	}
	text := reportText(g, 4<<20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var dst []Mention
	for b.Loop() {
		dst = m.Match(text, dst[:0])
	}
}

// BenchmarkNewMatcherExtract is the start-up cost of the pipeline's
// matcher: decoded from data/matcher.bin when that is current.
func BenchmarkNewMatcherExtract(b *testing.B) {
	g, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	ps := extractPatterns(b, g)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewMatcher(ps); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildMatcherExtract builds the pipeline's matcher from scratch,
// as NewMatcher must when data/matcher.bin is stale.
func BenchmarkBuildMatcherExtract(b *testing.B) {
	g, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	ps := extractPatterns(b, g)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := BuildMatcher(ps); err != nil {
			b.Fatal(err)
		}
	}
}
