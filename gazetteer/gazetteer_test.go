package gazetteer

import (
	"slices"
	"strings"
	"testing"
)

func mustLoad(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestCoverage(t *testing.T) {
	g := mustLoad(t)
	count := map[Level]int{}
	for _, p := range g.Places() {
		count[p.Level]++
		if p.Lat < 32 || p.Lat > 37.5 || p.Lon < 35.5 || p.Lon > 42.5 {
			t.Errorf("%s %s: (%v, %v) lies outside Syria", p.PCode, p.Name, p.Lat, p.Lon)
		}
		if p.Admin1 == "" {
			t.Errorf("%s %s has no governorate", p.PCode, p.Name)
		}
		if p.Level >= Community && p.Level != Feature && (p.Admin2 == "" || p.Admin3 == "") {
			t.Errorf("%s %s lacks a district or subdistrict", p.PCode, p.Name)
		}
	}
	// OCHA's 5,251 communities and the 3 GeoNames places it lacks; all 64
	// of its neighbourhoods, the unnamed one under a name no text spells.
	want := map[Level]int{Governorate: 14, District: 61, Subdistrict: 270, Community: 5251 + 3, Neighbourhood: 64}
	for l, n := range want {
		if count[l] != n {
			t.Errorf("%d places of level %v, want %d", count[l], l, n)
		}
	}
	if count[Feature] < 30 {
		t.Errorf("%d features, want at least 30", count[Feature])
	}
}

func TestGovernorateNames(t *testing.T) {
	g := mustLoad(t)
	want := map[string]string{
		"SY01": "Damascus", "SY02": "Aleppo", "SY03": "Rural Damascus", "SY04": "Homs",
		"SY05": "Hama", "SY06": "Lattakia", "SY07": "Idlib", "SY08": "Al-Hasakah",
		"SY09": "Deir ez-Zor", "SY10": "Tartous", "SY11": "Ar-Raqqa", "SY12": "Daraa",
		"SY13": "As-Sweida", "SY14": "Quneitra",
	}
	for code, name := range want {
		if got := g.AdminName(code); got != name {
			t.Errorf("AdminName(%s) = %q, want %q", code, got, name)
		}
		p, ok := g.ByPCode(code)
		if !ok || p.Level != Governorate || p.Admin1 != code {
			t.Errorf("ByPCode(%s) = %+v, %v", code, p, ok)
		}
	}
	if got := g.AdminName("SY99"); got != "" {
		t.Errorf("AdminName(SY99) = %q, want empty", got)
	}
}

func TestAccessors(t *testing.T) {
	g := mustLoad(t)
	p, ok := g.ByPCode("C4199")
	if !ok {
		t.Fatal("C4199 missing")
	}
	if p.Name != "Jisr al-Shughur" || p.Level != Community || p.Capital != DistrictSeat ||
		p.Admin1 != "SY07" || p.Admin2 != "SY0704" || p.Feature != "town" || p.NameAR == "" {
		t.Errorf("C4199 = %+v", *p)
	}
	ref := int32(-1)
	for i := range g.Places() {
		if g.Places()[i].PCode == "C4199" {
			ref = int32(i)
		}
	}
	if g.Place(ref) != p {
		t.Errorf("Place(%d) is not ByPCode(C4199)", ref)
	}
	if g.Place(-1) != nil || g.Place(int32(len(g.Places()))) != nil {
		t.Error("Place out of range is not nil")
	}
	if c, _ := g.ByPCode("C1001"); c.Capital != NationalCapital || c.Feature != "city" {
		t.Errorf("Damascus city = %+v", *c)
	}
	for l, s := range map[Level]string{Governorate: "governorate", District: "district", Subdistrict: "subdistrict",
		Community: "community", Neighbourhood: "neighbourhood", Feature: "feature", 0: "Level(0)"} {
		if l.String() != s {
			t.Errorf("Level(%d).String() = %q, want %q", l, l.String(), s)
		}
	}
	for k, s := range map[Kind]string{KindPlace: "place", KindActor: "actor", KindSource: "source", 9: "Kind(9)"} {
		if k.String() != s {
			t.Errorf("Kind(%d).String() = %q, want %q", k, k.String(), s)
		}
	}
	if !strings.Contains(SourceVersion(), "syr_admin4_communities.tsv sha256:") {
		t.Errorf("SourceVersion() = %q", SourceVersion())
	}
}

func TestDoubleNamesSplit(t *testing.T) {
	g := mustLoad(t)
	// OCHA "Maalaqa - Bishlamon" is one village under two names.
	p, _ := g.ByPCode("C4190")
	if p.Name != "Maalaqa" {
		t.Errorf("C4190 name %q, want Maalaqa", p.Name)
	}
	for _, name := range []string{"Maalaqa", "Bishlamon"} {
		found := false
		for _, c := range g.Lookup(name) {
			found = found || c.Place.PCode == "C4190"
		}
		if !found {
			t.Errorf("Lookup(%q) misses C4190", name)
		}
	}
}

func TestLookup(t *testing.T) {
	g := mustLoad(t)
	cs := g.Lookup("Deir el-Zour")
	if len(cs) < 3 {
		t.Fatalf("Lookup(Deir el-Zour) = %d candidates", len(cs))
	}
	if cs[0].Place.PCode != "C5086" {
		t.Errorf("first candidate %s, want the city C5086", cs[0].Place.PCode)
	}
	levels := map[Level]bool{}
	for _, c := range cs {
		levels[c.Place.Level] = true
		if Fold(c.Matched) != Fold("Deir el-Zour") {
			t.Errorf("candidate %s matched by %q", c.Place.PCode, c.Matched)
		}
	}
	if !levels[Governorate] || !levels[District] || !levels[Community] {
		t.Errorf("levels %v, want governorate, district and community", levels)
	}
	if cs := g.Lookup("Menbij"); len(cs) == 0 || cs[0].Place.PCode != "C1767" || cs[0].Place.Name != "Manbij" {
		t.Errorf("Lookup(Menbij) = %+v", cs)
	}
	if cs := g.Lookup("Busra"); len(cs) == 0 || cs[0].Place.PCode != "C6002" || !cs[0].ByAlias || Fold(cs[0].Matched) != Fold("Busra") {
		t.Errorf("Lookup(Busra) = %+v", cs)
	}
	if cs := g.Lookup("Xyzzyville"); len(cs) != 0 {
		t.Errorf("Lookup(Xyzzyville) = %+v", cs)
	}
}

func TestPatterns(t *testing.T) {
	g := mustLoad(t)
	ps := g.Patterns()
	seen := map[int32]bool{}
	for _, p := range ps {
		if p.Kind != KindPlace || p.CaseSensitive {
			t.Fatalf("pattern %+v", p)
		}
		seen[p.Ref] = true
	}
	if len(seen) != len(g.Places()) {
		t.Errorf("patterns cover %d places of %d", len(seen), len(g.Places()))
	}
}

func TestOverlay(t *testing.T) {
	g := mustLoad(t)
	n := len(g.Places())
	yaml := `places:
  - pcode: C1767
    aliases: [Manbij town centre]
  - pcode: X-RUKBAN
    name: Rukban camp
    feature: camp
    admin1: SY04
    lat: 33.30
    lon: 38.65
    aliases: [Rukban]
`
	if err := g.Overlay(strings.NewReader(yaml), "mine.yaml"); err != nil {
		t.Fatal(err)
	}
	if len(g.Places()) != n+1 {
		t.Errorf("%d places after overlay, want %d", len(g.Places()), n+1)
	}
	if cs := g.Lookup("Rukban"); len(cs) != 1 || cs[0].Place.PCode != "X-RUKBAN" || cs[0].Place.Level != Feature {
		t.Errorf("Lookup(Rukban) = %+v", cs)
	}
	if cs := g.Lookup("Manbij town centre"); len(cs) != 1 || cs[0].Place.PCode != "C1767" {
		t.Errorf("Lookup(Manbij town centre) = %+v", cs)
	}
	m, err := g.Matcher()
	if err != nil {
		t.Fatal(err)
	}
	if ms := m.Match("Families fled to Rukban camp.", nil); len(ms) != 1 || g.Place(ms[0].Refs[0]).PCode != "X-RUKBAN" {
		t.Errorf("Match after overlay = %+v", ms)
	}

	bad := []struct {
		yaml, want string
	}{
		{"places:\n  - pcode: X-1\n    name: Nowhere\n    admin1: SY99\n    lat: 1\n    lon: 2\n", "bad.yaml:2: place \"X-1\": admin1"},
		{"places:\n  - pcode: C1767\n    aliases: [ok]\n  - name: No code\n", "bad.yaml:4: place \"\": no pcode"},
		{"places:\n  - pcode: X-2\n    name: Half\n    admin1: SY04\n    lat: 33\n", "bad.yaml:2: place \"X-2\": lat and lon"},
		{"places:\n  - pcode: X-3\n    nmae: Typo\n", "bad.yaml:3: unknown field \"nmae\""},
		{"places: [\n", "bad.yaml:"},
	}
	for _, tt := range bad {
		before := len(g.Places())
		err := g.Overlay(strings.NewReader(tt.yaml), "bad.yaml")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Overlay(%q) = %v, want error containing %q", tt.yaml, err, tt.want)
		}
		if len(g.Places()) != before {
			t.Errorf("failed overlay changed the gazetteer")
		}
	}
}

// TestPlaceKeysCurrent checks the folding keys places.tsv stores against
// the keys Fold gives today: they differ after a change to the folding
// rules until `make gazetteer` runs again.
func TestPlaceKeysCurrent(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	folded := &Gazetteer{places: g.places}
	if err := folded.index(); err != nil {
		t.Fatal(err)
	}
	for i := range g.places {
		if !slices.Equal(g.keys[i], folded.keys[i]) {
			t.Fatalf("%s (%s): stored keys %q, Fold gives %q: run `make gazetteer`", g.places[i].PCode, g.places[i].Name, g.keys[i], folded.keys[i])
		}
	}
	if got, want := len(g.keyIndex()), len(folded.keyIndex()); got != want {
		t.Fatalf("%d keys indexed, %d when folded", got, want)
	}
}

// TestIndexKeysMismatch folds a place's names whose stored keys do not
// match its count of names, rather than index them wrongly.
func TestIndexKeysMismatch(t *testing.T) {
	g := &Gazetteer{places: []Place{{PCode: "X1", Name: "Deir ez-Zor", Aliases: []string{"Dayr az Zawr"}}}}
	if err := g.indexKeys([]string{"wrong"}); err != nil {
		t.Fatal(err)
	}
	if want := []string{Fold("Deir ez-Zor"), Fold("Dayr az Zawr")}; !slices.Equal(g.keys[0], want) {
		t.Fatalf("keys %q, want %q", g.keys[0], want)
	}
}
