package actors

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func mustLoad(t testing.TB) *Set {
	t.Helper()
	s, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return s
}

func TestLoadCounts(t *testing.T) {
	s := mustLoad(t)
	if n := len(s.Actors()); n < 80 {
		t.Errorf("%d actors, want at least 80", n)
	}
	if n := len(s.Sources()); n < 25 {
		t.Errorf("%d sources, want at least 25", n)
	}
	names := map[string]bool{}
	for _, a := range s.Actors() {
		names[a.Name] = true
	}
	if len(names) < 70 {
		t.Errorf("%d distinct canonical names, want at least 70", len(names))
	}
	t.Logf("%d actors (%d names), %d sources, %d aliases", len(s.Actors()), len(names), len(s.Sources()), len(s.Aliases()))
}

func TestResolve(t *testing.T) {
	s := mustLoad(t)
	tests := []struct {
		alias string
		on    string
		want  string // actor id; "" when nothing should match
	}{
		// The Syrian state, before and after the fall of Assad.
		{"regime forces", "2019-05-01", "syrian-government"},
		{"Regime forces", "2019-05-01", "syrian-government"},
		{"government forces", "2019-04-20", "syrian-government"},
		{"government forces", "2024-12-07", "syrian-government"},
		{"government forces", "2024-12-08", "syrian-government-2024"},
		{"government forces", "2025-08-27", "syrian-government-2024"},
		{"government troops", "2015-04-25", "syrian-government"},
		{"Syrian troops", "2013-01-15", "syrian-government"},
		{"SAA", "2018-02-01", "syrian-government"},
		{"loyalists", "2016-11-18", "syrian-government"},
		{"loyalists", "2025-03-07", "pro-assad-remnants"},
		{"soldiers", "2019-04-20", "syrian-government"},
		{"soldiers", "2025-01-20", "syrian-government-2024"},
		{"the army", "2012-03-21", "syrian-government"},
		{"Republican Guard", "2019-08-10", "republican-guard"},
		{"Tiger Forces", "2019-08-14", "tiger-forces"},
		{"4th Division", "2020-01-01", "fourth-division"},
		{"8th Brigade", "2022-11-04", "fifth-corps"},
		{"NDF", "2017-06-01", "ndf"},
		{"Liwa al-Quds", "2019-04-20", "liwa-al-quds"},
		{"Liwa al Quds", "2019-04-20", "liwa-al-quds"},
		{"pro-regime militias", "2020-09-29", "pro-government-militia"},
		{"State Security", "2023-02-05", "syrian-police"},
		{"General Security", "2025-03-07", "general-security"},
		{"General Security", "2023-03-07", ""},
		{"security forces", "2025-03-07", "general-security"},
		{"security forces", "2020-03-07", "syrian-government"},
		// Units ACLED labels by their own names, apart from the side
		// they are reported under.
		{"Security Executive Force", "2018-05-19", "security-executive-force"},
		{"Fathbatou Operation Room", "2020-11-01", "fathbatou-operation-room"},
		{"Liwa al-Aqsa", "2017-02-13", "liwa-al-aqsa"},
		{"Jund al-Aqsa", "2017-02-13", "jund-al-aqsa"},
		{"Jaysh al Ahrar", "2018-10-06", "jaysh-al-ahrar"},
		{"Banyan al-Marsus", "2017-04-26", "banyan-al-marsus"},
		{"18th March Division", "2018-01-08", "18-march-division"},
		{"Shuhada Badr", "2019-11-14", "shuhada-badr"},
		{"Al Malahim Division", "2017-12-03", "al-malahim-division"},
		{"Sheikh al-Karama", "2020-04-22", "sheikh-al-karama"},
		{"Rijal al-Karama", "2020-04-22", "men-of-dignity"},
		// Jihadists, and the names al-Nusra carried over time.
		{"IS", "2019-04-20", "islamic-state"},
		{"ISIS", "2015-05-22", "islamic-state"},
		{"Daesh", "2017-05-10", "islamic-state"},
		{"Islamic State group", "2014-12-04", "islamic-state"},
		{"is", "2019-04-20", ""},
		{"Is", "2019-04-20", ""},
		{"Nusra Front", "2014-08-29", "jabhat-al-nusra"},
		{"Nusra Front", "2016-07-27", "jabhat-al-nusra"},
		{"Nusra Front", "2016-07-28", "jabhat-fateh-al-sham"},
		{"Nusra Front", "2016-11-25", "jabhat-fateh-al-sham"},
		{"Nusra Front", "2017-01-28", "hts"},
		{"al-Nusra", "2019-01-01", "hts"},
		{"al-Qaida-linked insurgents", "2015-04-25", "jabhat-al-nusra"},
		{"al-Qaida-linked insurgents", "2019-04-20", "hts"},
		{"al-Qaeda's Syria affiliate", "2015-01-01", "jabhat-al-nusra"},
		{"al-Qaeda's Syria affiliate", "2019-01-01", "hurras-al-din"},
		{"al-Qaeda's Syria affiliate", "2017-06-01", ""},
		{"Hayat Tahir al-Sham", "2019-04-20", "hts"},
		{"Hayat Tahrir al Sham", "2024-11-30", "hts"},
		{"HTS", "2024-11-30", "hts"},
		{"hts", "2024-11-30", ""},
		{"HTS", "2016-01-01", ""},
		{"Jaysh Khalid Ibn al-Walid", "2017-02-28", "khalid-ibn-al-walid-army"},
		{"Turkistan Islamic Party", "2019-06-01", "turkistan-islamic-party"},
		// Opposition factions.
		{"Ahrar al Sham", "2018-02-24", "ahrar-al-sham"},
		{"FaR", "2017-10-01", "faylaq-al-rahman"},
		{"far", "2017-10-01", ""},
		{"Jaish al-Fatah", "2015-04-25", "army-of-conquest"},
		{"Army of Conquest", "2015-04-25", "army-of-conquest"},
		{"Free Syrian Army", "2012-03-21", "free-syrian-army"},
		{"opposition rebels", "2017-10-20", "opposition-rebels"},
		{"rebel and Islamist factions", "2018-04-08", "opposition-rebels"},
		{"rebels", "2016-11-18", "opposition-rebels"},
		{"Syria Liberation Front", "2018-02-24", "jabhat-tahrir-suriya"},
		{"Syrian Liberation Front", "2022-10-11", "syrian-liberation-front"},
		{"Dar'a Popular Resistance", "2019-11-14", "dara-popular-resistance"},
		{"Dar’a Popular Resistance", "2019-11-14", "dara-popular-resistance"},
		// Turkey and the factions it backs.
		{"Turkish-backed rebels", "2016-11-25", "euphrates-shield-factions"},
		{"Turkish-backed rebels", "2019-10-18", "syrian-national-army"},
		{"Turkish backed rebels", "2019-10-18", "syrian-national-army"},
		{"SNA", "2025-01-20", "syrian-national-army"},
		{"Sultan Murad Division", "2021-01-01", "sultan-murad-division"},
		{"Hamza Division", "2020-07-14", "hamza-division"},
		{"Ahrar al-Sharqiya", "2020-01-10", "ahrar-al-sharqiya"},
		{"Levant Front", "2022-10-13", "levant-front"},
		{"Turkish soldiers", "2016-11-25", "turkish-armed-forces"},
		{"Turkish warplanes", "2019-10-18", "turkish-armed-forces"},
		// Kurdish-led forces.
		{"QSD", "2020-04-12", "sdf"},
		{"SDF", "2022-01-26", "sdf"},
		{"Kurdish-led fighters", "2019-04-20", "sdf"},
		{"Kurdish fighters", "2014-12-04", "ypg-before-sdf"},
		{"Kurdish fighters", "2019-10-18", "sdf"},
		{"YPG", "2014-12-04", "ypg"},
		{"People’s Protection Units", "2015-06-27", "ypg"},
		{"Asayish", "2023-03-31", "asayish"},
		{"HXP", "2020-09-17", "self-defence-forces"},
		{"Manbij Military Council", "2022-06-02", "manbij-military-council"},
		{"Deir ez-Zor Military Council", "2023-08-30", "deir-ez-zor-military-council"},
		// Foreign forces.
		{"Russian warplanes", "2016-11-18", "russian-forces"},
		{"IRGC", "2023-01-20", "iranian-forces"},
		{"Iran-backed militias", "2020-12-10", "iran-backed-militias"},
		{"Fatemiyoun", "2018-01-01", "iran-backed-militias"},
		{"Hezbollah", "2024-09-12", "hezbollah"},
		{"Israeli warplanes", "2019-01-01", "israeli-forces-2009"},
		{"Israeli warplanes", "2022-01-01", "israeli-forces-2021"},
		{"Israeli warplanes", "2023-02-19", "israeli-forces"},
		{"US-led coalition", "2016-07-19", "us-led-coalition"},
		{"U.S.-led coalition", "2014-12-04", "us-led-coalition"},
		{"US-led coalition", "2013-01-01", ""},
		{"US forces", "2019-06-01", "us-forces-2017"},
		{"US forces", "2025-06-01", "us-forces"},
		{"UNDOF", "2014-08-29", "undof"},
		{"peacekeepers", "2014-08-29", "undof"},
		// Others and victims.
		{"Men of Dignity", "2025-07-15", "men-of-dignity"},
		{"Bedouin fighters", "2025-07-15", "bedouin-tribal-fighters"},
		{"unidentified gunmen", "2019-08-10", "unidentified-armed-group"},
		{"unknown gunmen", "2020-12-13", "unidentified-armed-group"},
		{"gunmen", "2020-12-13", "unidentified-armed-group"},
		{"civilians", "2023-02-19", "civilians"},
		{"Children", "2016-11-18", "civilians"},
		// A strike or a bombardment named by whose it is, and an
		// alliance named by its backer.
		{"Israeli strike", "2024-09-12", "israeli-forces"},
		{"Turkish-led bombardment", "2019-10-18", "turkish-armed-forces"},
		{"Russian strikes", "2016-02-01", "russian-forces"},
		{"coalition strike", "2016-07-19", "us-led-coalition"},
		{"US-backed alliance", "2017-05-10", "sdf"},
		{"Syria Democratic fighters", "2016-07-19", "sdf"},
		{"nothing of the sort", "2020-01-01", ""},
	}
	if len(tests) < 60 {
		t.Fatalf("only %d cases", len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.alias+"@"+tt.on, func(t *testing.T) {
			i, ok := s.Resolve(tt.alias, day(tt.on))
			got := ""
			if ok {
				got = s.Actor(i).ID
			}
			if got != tt.want {
				t.Errorf("Resolve(%q, %s) = %q, want %q", tt.alias, tt.on, got, tt.want)
			}
		})
	}
}

func TestResolveUndated(t *testing.T) {
	s := mustLoad(t)
	// Without a date a name means what it means now.
	for alias, want := range map[string]string{
		"Nusra Front":       "hts",
		"government forces": "syrian-government-2024",
		"Israeli forces":    "israeli-forces",
		"ISIS":              "islamic-state",
	} {
		i, ok := s.Resolve(alias, time.Time{})
		if !ok || s.Actor(i).ID != want {
			t.Errorf("Resolve(%q, zero) = %d, %v; want %s", alias, i, ok, want)
		}
	}
}

func TestResolveSource(t *testing.T) {
	s := mustLoad(t)
	tests := []struct{ alias, want string }{
		{"the Observatory", "sohr"},
		{"the Britain-based monitor", "sohr"},
		{"the war monitor", "sohr"},
		{"SOHR", "sohr"},
		{"sohr", ""},
		{"Rami Abdurrahman", "sohr"},
		{"state news agency", "sana"},
		{"SANA", "sana"},
		{"Aamaq", "aamaq"},
		{"White Helmets", "syrian-civil-defence"},
		{"Baladi News", "baladi-news"},
		{"Agence France-Presse", "afp"},
		{"Agence France Presse", "afp"},
		{"AP", "ap"},
		{"ap", ""},
	}
	for _, tt := range tests {
		i, ok := s.ResolveSource(tt.alias)
		got := ""
		if ok {
			got = s.Source(i).ID
		}
		if got != tt.want {
			t.Errorf("ResolveSource(%q) = %q, want %q", tt.alias, got, tt.want)
		}
	}
	sohr, _ := s.SourceByID("sohr")
	for _, src := range s.Sources() {
		if src.ID != "sohr" && src.Rank <= s.Source(sohr).Rank {
			t.Errorf("source %s ranks %d, ahead of or level with SOHR", src.ID, src.Rank)
		}
	}
}

func TestActorMethods(t *testing.T) {
	s := mustLoad(t)
	i, ok := s.ByID("republican-guard")
	if !ok {
		t.Fatal("no republican-guard")
	}
	a := s.Actor(i)
	if got := a.Coded(); got != "Syrian government forces" {
		t.Errorf("Republican Guard coded as %q", got)
	}
	j, _ := s.ByID("islamic-state")
	if got := s.Actor(j).Coded(); got != "Islamic State" {
		t.Errorf("Islamic State coded as %q", got)
	}
	// Until is the first day the entry no longer applies, in the report's own zone.
	beirut := time.FixedZone("EET", 2*3600)
	if !a.ActiveOn(time.Date(2024, 12, 7, 23, 30, 0, 0, beirut)) {
		t.Error("Republican Guard inactive late on 2024-12-07")
	}
	if a.ActiveOn(time.Date(2024, 12, 8, 0, 30, 0, 0, beirut)) {
		t.Error("Republican Guard active on 2024-12-08")
	}
	if !a.ActiveOn(time.Time{}) {
		t.Error("an undated report falls outside the entry")
	}
	if s.Actor(-1) != nil || s.Actor(len(s.Actors())) != nil || s.Source(len(s.Sources())) != nil {
		t.Error("out-of-range index returned an entry")
	}
}

func TestAliases(t *testing.T) {
	s := mustLoad(t)
	seen := map[Alias]bool{}
	var abbrevs, kinds = map[string]bool{}, map[AliasKind]int{}
	for _, a := range s.Aliases() {
		if seen[a] {
			t.Errorf("alias %+v listed twice", a)
		}
		seen[a] = true
		kinds[a.Kind]++
		if a.CaseSensitive {
			abbrevs[a.Text] = true
		}
		if a.Kind == AliasSource {
			if s.Source(a.Index) == nil {
				t.Errorf("alias %q: bad source index %d", a.Text, a.Index)
			}
		} else if s.Actor(a.Index) == nil {
			t.Errorf("alias %q: bad actor index %d", a.Text, a.Index)
		}
	}
	for _, want := range []string{"IS", "HTS", "SDF", "YPG", "QSD", "NDF", "SNA", "FSA", "SAA", "TIP", "SOHR", "SANA", "FaR", "IRGC"} {
		if !abbrevs[want] {
			t.Errorf("%q is not a case-sensitive alias", want)
		}
	}
	for _, k := range []AliasKind{AliasActor, AliasGeneric, AliasMember, AliasSource} {
		if kinds[k] == 0 {
			t.Errorf("no alias of kind %v", k)
		}
	}
	// Hyphenated names come with spaces too.
	if !seen[Alias{Text: "Hayat Tahrir al Sham", Kind: AliasActor, Index: mustID(t, s, "hts")}] {
		t.Error("no spaced variant of Hayat Tahrir al-Sham")
	}
}

func mustID(t *testing.T, s *Set, id string) int {
	t.Helper()
	i, ok := s.ByID(id)
	if !ok {
		t.Fatalf("no actor %q", id)
	}
	return i
}

func TestCaseSensitive(t *testing.T) {
	tests := []struct {
		alias string
		want  bool
	}{
		{"IS", true},
		{"IS militants", true},
		{"HTS-led rebels", true},
		{"FaR", true},
		{"YPG/PKK", true},
		{"Daesh", false},
		{"Islamic State", false},
		{"U.S.-led coalition", true},
		{"U.N.", true},
		{"Gen. Ali's men", false},
		{"al-Nusra", false},
		{"the Observatory", false},
	}
	for _, tt := range tests {
		if got := CaseSensitive(tt.alias); got != tt.want {
			t.Errorf("CaseSensitive(%q) = %v, want %v", tt.alias, got, tt.want)
		}
	}
}

func TestKind(t *testing.T) {
	for k := StateForces; k <= ExternalForces; k++ {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatalf("%d: %v", k, err)
		}
		var back Kind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("%s: round trip gave %v, %v", b, back, err)
		}
		if k.Inter() < 1 || k.Inter() > 8 {
			t.Errorf("%s: inter code %d", k, k.Inter())
		}
	}
	if _, err := ParseKind("warlords"); err == nil {
		t.Error("ParseKind accepted an unknown kind")
	}
	if _, err := Kind(0).MarshalText(); err == nil {
		t.Error("zero Kind marshalled")
	}
}

func TestLoadYAMLErrors(t *testing.T) {
	const head = "actors:\n"
	entry := func(fields string) string {
		return "  - id: a\n    name: A\n    kind: rebel_group\n    side: opposition\n" + fields
	}
	tests := []struct {
		name string
		yaml string
		line int    // line of the first error
		want string // in its message
	}{
		{"not yaml", "actors: [", 0, "yaml"},
		{"empty", "", 0, "empty file"},
		{"top-level list", "- id: a\n", 1, "mapping"},
		{"unknown section", "groups: []\n", 1, "unknown section"},
		{"unknown field", head + entry("    aliases: [A]\n    alises: [B]\n"), 7, `unknown field "alises"`},
		{"unknown kind", head + "  - id: a\n    name: A\n    kind: warlords\n    side: opposition\n    aliases: [A]\n", 4, "unknown actor kind"},
		{"unknown side", head + "  - id: a\n    name: A\n    kind: rebel_group\n    side: lizards\n    aliases: [A]\n", 5, "unknown side"},
		{"bad id", head + "  - id: Bad_ID\n    name: A\n    kind: rebel_group\n    side: opposition\n    aliases: [A]\n", 2, "id"},
		{"duplicate id", head + entry("    aliases: [A]\n") + entry("    aliases: [B]\n"), 7, "used twice"},
		{"bad date", head + entry("    from: 2019-13-01\n    aliases: [A]\n"), 6, "not a YYYY-MM-DD date"},
		{"from after until", head + entry("    from: 2020-01-01\n    until: 2019-01-01\n    aliases: [A]\n"), 2, "not before"},
		{"no names", head + entry(""), 2, "no aliases"},
		{"no kind", head + "  - id: a\n    name: A\n    side: opposition\n    aliases: [A]\n", 2, "no kind"},
		{"alias not a name", head + entry("    aliases:\n      - B\n      - [A, B]\n"), 8, "want a name"},
		{"blank alias", head + entry("    aliases: [B, \" A\"]\n"), 6, "leading or trailing space"},
		{"repeated alias", head + entry("    aliases: [Ahrar al-Sham, ahrar al sham]\n"), 6, "repeats"},
		{"alias in two kinds", head + entry("    aliases: [rebels]\n    generic: [Rebels]\n"), 7, "repeats"},
		{"alias claimed twice", head + entry("    aliases: [Nusra]\n") +
			"  - id: b\n    name: B\n    kind: rebel_group\n    side: jihadist\n    from: 2016-01-01\n    aliases: [Nusra]\n", 12, `also claimed by "a"`},
		{"overlapping bounds", head +
			"  - id: a\n    name: A\n    kind: rebel_group\n    side: jihadist\n    until: 2016-07-29\n    aliases: [Nusra]\n" +
			"  - id: b\n    name: B\n    kind: rebel_group\n    side: jihadist\n    from: 2016-07-28\n    aliases: [Nusra]\n", 13, "overlapping dates"},
		{"repeated key", head + entry("    aliases: [A]\n    name: B\n"), 7, "given twice"},
		{"source without rank", "sources:\n  - id: s\n    name: S\n    aliases: [S]\n", 2, "no rank"},
		{"source rank shared", "sources:\n  - id: s\n    name: S\n    rank: 1\n    aliases: [S]\n  - id: t\n    name: T\n    rank: 1\n    aliases: [T]\n", 6, "has the rank"},
		{"source of no actor", "sources:\n  - id: s\n    name: S\n    actor: nobody\n    rank: 1\n    aliases: [S]\n", 2, "no actor"},
		{"source alias twice", "sources:\n  - id: s\n    name: S\n    rank: 1\n    aliases: [S]\n  - id: t\n    name: T\n    rank: 2\n    aliases: [s]\n", 9, "also claimed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadYAML(strings.NewReader(tt.yaml), "test.yaml")
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not say %q", err, tt.want)
			}
			var list ErrorList
			if tt.line == 0 {
				return
			}
			if !errors.As(err, &list) {
				t.Fatalf("error %v is not an ErrorList", err)
			}
			if list[0].Line != tt.line || list[0].File != "test.yaml" {
				t.Errorf("first error at %s:%d, want test.yaml:%d (%v)", list[0].File, list[0].Line, tt.line, err)
			}
		})
	}
}

func TestLoadYAMLDisjointBounds(t *testing.T) {
	const doc = `actors:
  - id: old
    name: Old
    kind: rebel_group
    side: jihadist
    until: 2016-07-28
    aliases: &names [Nusra, Nusra Front]
  - id: new
    name: New
    kind: rebel_group
    side: jihadist
    from: 2016-07-28
    aliases: *names
sources:
`
	s, err := LoadYAML(strings.NewReader(doc), "test.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for on, want := range map[string]string{"2016-07-27": "old", "2016-07-28": "new"} {
		i, ok := s.Resolve("nusra front", day(on))
		if !ok || s.Actor(i).ID != want {
			t.Errorf("on %s: got %d, %v; want %s", on, i, ok, want)
		}
	}
}

func TestLoadYAMLTooLarge(t *testing.T) {
	big := strings.NewReader("# " + strings.Repeat("x", maxFileSize) + "\n")
	if _, err := LoadYAML(big, "big.yaml"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("got %v, want ErrTooLarge", err)
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(embedded)))
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
