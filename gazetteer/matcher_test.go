package gazetteer

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/gazetteer/internal/fold"
)

// span is a mention as text and kind, for compact tables.
type span struct {
	text string
	kind Kind
}

func spans(text string, ms []Mention) []span {
	var out []span
	for _, m := range ms {
		out = append(out, span{text[m.Start:m.End], m.Kind})
	}
	return out
}

func TestMatch(t *testing.T) {
	patterns := []Pattern{
		{Text: "Aleppo", Kind: KindPlace, Ref: 1},
		{Text: "Deir ez-Zor", Kind: KindPlace, Ref: 2},
		{Text: "Tal Abyad", Kind: KindPlace, Ref: 3},
		{Text: "Tal", Kind: KindPlace, Ref: 4},
		{Text: "Bab", Kind: KindPlace, Ref: 5},
		{Text: "Babun", Kind: KindPlace, Ref: 6},
		{Text: "Has", Kind: KindPlace, Ref: 7},
		{Text: "Mare'", Kind: KindPlace, Ref: 8},
		{Text: "Bab al-Hawa crossing", Kind: KindPlace, Ref: 9},
		{Text: "Ais", Kind: KindPlace, Ref: 10},
		{Text: "Sweida", Kind: KindPlace, Ref: 11},
		{Text: "As-Sweida", Kind: KindPlace, Ref: 12},
		{Text: "Deir ez-Zor Military Council", Kind: KindActor, Ref: 100},
		{Text: "Aleppo Media Center", Kind: KindSource, Ref: 200},
		{Text: "IS", Kind: KindActor, Ref: 101, CaseSensitive: true},
		{Text: "SDF", Kind: KindActor, Ref: 102, CaseSensitive: true},
		{Text: "government forces", Kind: KindActor, Ref: 103},
		{Text: "Islamic State", Kind: KindActor, Ref: 104},
	}
	m, err := NewMatcher(patterns)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
		want []span
	}{
		{"plain", "Shelling hit Aleppo on Monday.", []span{{"Aleppo", KindPlace}}},
		{"variant spelling", "Fighting in Dayr az Zawr and Deir Ezzor.", []span{{"Dayr az Zawr", KindPlace}, {"Deir Ezzor", KindPlace}}},
		{"longest wins", "They reached Tal Abyad at dawn.", []span{{"Tal Abyad", KindPlace}}},
		{"shorter when longer fails", "They reached Tal in the morning.", []span{{"Tal", KindPlace}}},
		{"org over place", "The Deir ez-Zor Military Council said.", []span{{"Deir ez-Zor Military Council", KindActor}}},
		{"source over place", "the Aleppo Media Center reported", []span{{"Aleppo Media Center", KindSource}}},
		{"case-sensitive acronym", "IS fighters attacked; the SDF said it is safe.", []span{{"IS", KindActor}, {"SDF", KindActor}}},
		{"acronym lowercase never", "this is what sdf is", nil},
		{"lowercase place never", "the aleppo road and tal hills", nil},
		{"article joins span", "They entered al-Bab.", []span{{"al-Bab", KindPlace}}},
		{"capital article joins span", "They entered As-Sweida and Al Bab.", []span{{"As-Sweida", KindPlace}, {"Al Bab", KindPlace}}},
		{"English as not an article of the name", "Such towns as Aleppo.", []span{{"Aleppo", KindPlace}}},
		{"lowercase next word ends name", "near al-Bab on Tuesday", []span{{"al-Bab", KindPlace}}},
		{"common word at sentence start", "Has the army left? It has.", nil},
		{"common word mid-sentence", "The village of Has was shelled.", []span{{"Has", KindPlace}}},
		{"common word after quote", `He said: "Has anyone come?"`, nil},
		{"acronym is no place", "AIS officials", nil},
		{"generic lower-case word inside name", "at the Bab al-Hawa crossing", []span{{"Bab al-Hawa crossing", KindPlace}}},
		{"punctuation breaks names", "Tal, Abyad", []span{{"Tal", KindPlace}}},
		{"lowercase actor", "Syrian government forces shelled Aleppo", []span{{"government forces", KindActor}, {"Aleppo", KindPlace}}},
		{"possessive", "Aleppo's western outskirts", []span{{"Aleppo", KindPlace}}},
		{"curly apostrophe in name", "Shells hit Ma’arrat Tamasrin and Mare’ overnight", []span{{"Mare", KindPlace}}},
		{"diacritics in text", "in Ālēppō", []span{{"Ālēppō", KindPlace}}},
		{"all caps headline", "CLASHES IN ALEPPO", []span{{"ALEPPO", KindPlace}}},
		{"word inside word", "Aleppoan Babylon", nil},
		{"Islamic State", "the Islamic State group", []span{{"Islamic State", KindActor}}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := spans(tt.text, m.Match(tt.text, nil))
			if len(got) != len(tt.want) {
				t.Fatalf("Match(%q) = %v, want %v", tt.text, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("Match(%q)[%d] = %v, want %v", tt.text, i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestMatchRefs(t *testing.T) {
	m, err := NewMatcher([]Pattern{
		{Text: "Duma", Kind: KindPlace, Ref: 1},
		{Text: "Douma", Kind: KindPlace, Ref: 2},
		{Text: "Duma", Kind: KindPlace, Ref: 1},
		{Text: "Duma", Kind: KindActor, Ref: 9},
	})
	if err != nil {
		t.Fatal(err)
	}
	ms := m.Match("in Douma", nil)
	if len(ms) != 2 || ms[0].Kind != KindPlace || ms[1].Kind != KindActor {
		t.Fatalf("Match = %+v", ms)
	}
	if len(ms[0].Refs) != 2 || ms[0].Refs[0] != 1 || ms[0].Refs[1] != 2 || len(ms[1].Refs) != 1 {
		t.Errorf("Refs = %v, %v", ms[0].Refs, ms[1].Refs)
	}
	// Append style: dst's contents are kept.
	dst := []Mention{{Start: 7}}
	if ms := m.Match("Duma", dst); len(ms) != 3 || ms[0].Start != 7 {
		t.Errorf("Match did not append: %+v", ms)
	}
}

func TestNewMatcherErrors(t *testing.T) {
	for _, ps := range [][]Pattern{
		{{Text: "--", Kind: KindPlace}},
		{{Text: "Aleppo"}},
		{{Text: strings.Repeat("a ", maxWords+1), Kind: KindActor}},
	} {
		if _, err := NewMatcher(ps); err == nil {
			t.Errorf("NewMatcher(%+v) = nil error", ps)
		}
	}
}

// TestMatchLongText checks that names are found across the boundaries of
// the matcher's word window.
func TestMatchLongText(t *testing.T) {
	m, err := NewMatcher([]Pattern{{Text: "Tal Abyad", Kind: KindPlace, Ref: 1}})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for i := 0; i < 5000; i++ {
		b.WriteString("word ")
		if i%97 == 0 {
			b.WriteString("Tal Abyad ")
		}
	}
	text := b.String()
	want := strings.Count(text, "Tal Abyad")
	if got := len(m.Match(text, nil)); got != want {
		t.Errorf("%d mentions, want %d", got, want)
	}
}

func FuzzMatch(f *testing.F) {
	g, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	m, err := NewMatcher(append(g.Patterns(),
		Pattern{Text: "IS", Kind: KindActor, Ref: 1, CaseSensitive: true},
		Pattern{Text: "Deir ez-Zor Military Council", Kind: KindActor, Ref: 2}))
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"Shelling hit al-Bab, 10 km east of Aleppo's western outskirts.",
		"IS fighters in Deir ez-Zor; the Deir ez-Zor Military Council said.",
		"Ma’arrat al-Nu‘man — Ḩamāh — ʿAfrīn — دير الزور",
		"al- al- Al Al-",
		"\xff\xfeA\x00leppo",
		"Aleppo's",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 1<<16 {
			return
		}
		ms := m.Match(text, nil)
		// Rune boundaries as range decodes them: a stray byte of bad UTF-8
		// is a rune of its own.
		bound := make([]bool, len(text)+1)
		for i := range text {
			bound[i] = true
		}
		bound[len(text)] = true
		last := -1
		for _, x := range ms {
			if x.Start < 0 || x.End > len(text) || x.Start >= x.End {
				t.Fatalf("span [%d,%d) out of bounds of %d bytes", x.Start, x.End, len(text))
			}
			if !bound[x.Start] || !bound[x.End] {
				t.Fatalf("span [%d,%d) not on rune boundaries in %q", x.Start, x.End, text)
			}
			if x.Start < last {
				t.Fatalf("mentions out of order: %+v", ms)
			}
			last = x.Start
			if len(x.Refs) == 0 {
				t.Fatalf("mention without refs: %+v", x)
			}
		}
		_ = g.Resolve(text, ms)
	})
}

// TestNoPlacesInProse runs the place matcher over wire-style prose that
// names no Syrian place but is full of capitalised words that fold like
// village names (countries, peoples, parties, given names, headline words).
func TestNoPlacesInProse(t *testing.T) {
	g := mustLoad(t)
	m, err := g.Matcher()
	if err != nil {
		t.Fatal(err)
	}
	text := `The United Nations said on Tuesday that more than half a million people had fled their homes since the start of the year. Officials in Geneva warned that aid convoys could not reach those in need. "We are running out of time," the agency's spokesman told reporters. He said food prices had doubled. Some families sleep in tents; others have found shelter in schools and mosques. The Security Council will meet on Friday. Russia and China have vetoed earlier drafts. A British-based monitor said the toll could rise. Sources said talks in Astana and Sochi had stalled, while Turkey, Iran and Russia traded blame. Will the ceasefire hold? Nobody knows. The Pentagon declined to comment. President Bashar al-Assad appeared on state television. Jordan and Lebanon host millions of refugees. Doctors Without Borders said hospitals were hit. Amnesty International and Human Rights Watch called for an inquiry. The White House said Washington was watching closely. Earlier, the European Union pledged new funds. Many Salafist and Kurdish groups rejected the deal. Last month Moscow sent more jets. On Saturday, Ankara threatened a new offensive. Tanks, artillery and drones were used. Mr Lavrov met Mr Pompeo. Mohammed, a teacher, said his son Ali was wounded. Hassan and Omar are missing. The Red Crescent and Save the Children sent teams. Khaled Abdul Rahman spoke to Al Jazeera and Reuters. The Sunni, Shia, Alawite and Druze communities, Christians and Ismailis live side by side. Hamas and Hezbollah issued statements. Captain Ahmed said the base at Incirlik was on alert. The Nusra Front and Jaish al-Islam fought. Abu Mohammed al-Julani spoke. General Suleimani visited. Brett McGurk said Mosul and Baghdad were safe.`
	for _, x := range m.Match(text, nil) {
		t.Errorf("%q matched place %s", text[x.Start:x.End], g.Place(x.Refs[0]).Name)
	}
}

func TestMatchSkeleton(t *testing.T) {
	m, err := NewMatcher([]Pattern{
		{Text: "Muhradah", Kind: KindPlace, Ref: 1},
		{Text: "Kafr Nobol", Kind: KindPlace, Ref: 2},
		{Text: "Kafr", Kind: KindPlace, Ref: 3},
		{Text: "Rahmaniyah", Kind: KindPlace, Ref: 4},
		{Text: "Ath Tharadi", Kind: KindPlace, Ref: 5},
		{Text: "Tal Bin", Kind: KindPlace, Ref: 6},
		{Text: "Deir ez-Zor Military Council", Kind: KindActor, Ref: 100},
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		text  string
		want  []span
		loose []bool
	}{
		{"vowels differ", "Jets struck Mhardeh at dawn.", []span{{"Mhardeh", KindPlace}}, []bool{true}},
		{"vowel dropped after head", "Jets struck Kafr Nubl at dawn.", []span{{"Kafr Nubl", KindPlace}}, []bool{true}},
		{"run together", "Jets struck Kafranbel at dawn.", []span{{"Kafranbel", KindPlace}}, []bool{true}},
		{"longer than exact head", "Jets struck Kafr Nbol.", []span{{"Kafr Nbol", KindPlace}}, []bool{true}},
		{"exact head alone", "Jets struck Kafr at dawn.", []span{{"Kafr", KindPlace}}, []bool{false}},
		{"final vowel kept", "Abdul Rahman said so.", nil, nil},
		{"common word never starts one", "The Red Crescent said so.", nil, nil},
		{"too few consonants after head", "Jets struck Tal Bn.", nil, nil},
		{"lower case never", "the mhardeh road", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := m.Match(tt.text, nil)
			got := spans(tt.text, ms)
			if len(got) != len(tt.want) {
				t.Fatalf("Match(%q) = %v, want %v", tt.text, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] || ms[i].Loose != tt.loose[i] {
					t.Errorf("Match(%q)[%d] = %v loose %v, want %v loose %v", tt.text, i, got[i], ms[i].Loose, tt.want[i], tt.loose[i])
				}
			}
		})
	}
}

func TestSkeletonOf(t *testing.T) {
	for _, tt := range []struct {
		name, want string
		ok         bool
	}{
		{"Muhradah", "mhrda", true},
		{"Kafr Nobol", "kfrnbl", true},
		{"Latmin", "ltmn", true},
		{"Tal Bin", "", false},        // two consonants after the head
		{"Hama", "", false},           // too short to stand alone
		{"Andan", "", false},          // three consonants
		{"Ain Issa", "", false},       // two after the head
		{"Deir Hafer", "drhfr", true}, // three after the head
	} {
		got, ok := skeletonOf(tt.name, Fold(tt.name))
		if got != tt.want || ok != tt.ok {
			t.Errorf("skeletonOf(%q) = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

// TestFirstKey holds firstKey to the folding key itself, on words chosen
// for each of its cases.
func TestFirstKey(t *testing.T) {
	for _, w := range []string{
		"aleppo", "ezzor", "assukhna", "annabk", "ettal", "ibn", "ben", "chaos", "charles",
		"phosphorus", "pkk", "qusayr", "kfar", "jbel", "sheik", "yabroud", "wadi", "the", "of",
		"a", "an", "in", "idlib", "ummah", "oil", "usa", "el", "ghouta", "dhiban", "xx", "2024",
		"h", "hh", "ahh", "eddi", "errr", "élan", "ḥama", "حلب",
	} {
		fb, ok := firstKey([]byte(w))
		if !ok {
			continue
		}
		if k := fold.AppendWordKey(nil, []byte(w)); len(k) == 0 || k[0] != fb {
			t.Errorf("firstKey(%q) = %q, but the key is %q", w, fb, k)
		}
	}
}

func FuzzFirstKey(f *testing.F) {
	for _, w := range []string{"ezzor", "ibn", "chaos", "phase", "a", "assad"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		fb, ok := firstKey([]byte(w))
		if !ok {
			return
		}
		if k := fold.AppendWordKey(nil, []byte(w)); len(k) == 0 || k[0] != fb {
			t.Errorf("firstKey(%q) = %q, but the key is %q", w, fb, k)
		}
	})
}

func TestIsUpperAt(t *testing.T) {
	s := "Aa0 zZ_-\x7fÉéحلب"
	for i := range len(s) + 1 {
		if got, want := isUpperAt(s, i), fold.IsUpperAt(s, i); got != want {
			t.Errorf("isUpperAt(%q, %d) = %v, fold.IsUpperAt says %v", s, i, got, want)
		}
	}
	for c := range 0x80 {
		s := string(rune(c))
		if got, want := isUpperAt(s, 0), fold.IsUpperAt(s, 0); got != want {
			t.Errorf("isUpperAt(%q) = %v, fold.IsUpperAt says %v", s, got, want)
		}
	}
}

// TestLowerTrieSpellings checks that the trie lower-case words walk keeps
// no case-sensitive pattern a lower-case word cannot spell, while the
// matches stay: "IS" is found as spelt and never in "is", and a
// case-sensitive pattern spelt in lower case is still found.
func TestLowerTrieSpellings(t *testing.T) {
	m, err := BuildMatcher([]Pattern{
		{Text: "IS", Kind: KindActor, Ref: 1, CaseSensitive: true},
		{Text: "UN", Kind: KindSource, Ref: 2, CaseSensitive: true},
		{Text: "un agency", Kind: KindSource, Ref: 3},
		{Text: "pkk", Kind: KindActor, Ref: 4, CaseSensitive: true},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{Fold("is"), Fold("un")} {
		if n := m.lower.walkWord(0, []byte(k), false); n >= 0 && m.lower.nodeTerm(n) >= 0 {
			t.Errorf("the lower-case trie holds patterns at %q, which only capitalised words spell", k)
		}
	}
	if n := m.lower.walkWord(0, []byte(Fold("pkk")), false); n < 0 || m.lower.nodeTerm(n) < 0 {
		t.Error("the lower-case trie lost the case-sensitive pattern spelt in lower case")
	}
	text := "The IS said it is in the town; the un agency and the UN said pkk and PKK fought."
	var got []string
	for _, mn := range m.Match(text, nil) {
		got = append(got, text[mn.Start:mn.End])
	}
	want := []string{"IS", "un agency", "UN", "pkk"}
	if !slices.Equal(got, want) {
		t.Errorf("Match(%q) = %q, want %q", text, got, want)
	}
}
