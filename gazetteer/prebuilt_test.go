package gazetteer

import (
	"bytes"
	"testing"
)

// TestPrebuiltMatcherCurrent checks that data/matcher.bin is the matcher
// BuildMatcher makes of the pipeline's patterns today. It fails when the
// places, the actor aliases or the matcher's code changed since `make
// gazetteer` last ran: the pipeline would still find the same mentions,
// but build its matcher at start-up again.
func TestPrebuiltMatcherCurrent(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	ps := extractPatterns(t, g)
	built, err := BuildMatcher(ps)
	if err != nil {
		t.Fatal(err)
	}
	want, err := built.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	m, ok := prebuiltMatcher(ps)
	if !ok {
		t.Fatal("data/matcher.bin was not built from the pipeline's patterns: run `make gazetteer`")
	}
	got, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("data/matcher.bin differs from the matcher BuildMatcher builds: run `make gazetteer`")
	}
	if matcherData != string(want) {
		t.Fatal("data/matcher.bin does not re-encode to itself")
	}
}

func TestPrebuiltMatcherOtherPatterns(t *testing.T) {
	ps := []Pattern{{Text: "Aleppo", Kind: KindPlace, Ref: 1}}
	if _, ok := prebuiltMatcher(ps); ok {
		t.Fatal("prebuilt matcher used for patterns it was not built from")
	}
	m, err := NewMatcher(ps)
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Match("Shelling hit Aleppo.", nil); len(got) != 1 {
		t.Fatalf("got %v, want one mention", got)
	}
}

// TestMatcherRoundTrip decodes what MarshalBinary encodes, for a small
// matcher with every kind of group, and rejects every truncation of it.
func TestMatcherRoundTrip(t *testing.T) {
	ps := append([]Pattern{
		{Text: "Aleppo", Kind: KindPlace, Ref: 1},
		{Text: "Deir ez-Zor", Kind: KindPlace, Ref: 2},
		{Text: "Mhardeh", Kind: KindPlace, Ref: 3},
		{Text: "Kafr Nabl", Kind: KindPlace, Ref: 4},
	}, orgPatterns()...)
	m, err := BuildMatcher(ps)
	if err != nil {
		t.Fatal(err)
	}
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	body := string(b[len(matcherMagic)+len(m.sum):])
	d := &Matcher{}
	if err := d.decode(body); err != nil {
		t.Fatal(err)
	}
	b2, err := d.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b[len(matcherMagic)+len(m.sum):], b2[len(matcherMagic)+len(m.sum):]) {
		t.Fatal("decoded matcher encodes differently")
	}
	text := "The SDF and IS fought in Deir Ezzor; Russian warplanes hit Mhardeh and Kafr Nubl, the SOHR said."
	if got, want := d.Match(text, nil), m.Match(text, nil); !sameMentions(t, "round trip", text, got, want) || len(want) < 5 {
		t.Fatalf("got %v, want %v", got, want)
	}
	for n := range len(body) {
		if err := new(Matcher).decode(body[:n]); err == nil {
			t.Fatalf("decoded a truncation to %d of %d bytes", n, len(body))
		}
	}
}

// FuzzMatcherDecode decodes damaged encodings: an error, or a matcher
// that matches without panicking.
func FuzzMatcherDecode(f *testing.F) {
	m, err := BuildMatcher(append([]Pattern{{Text: "Aleppo", Kind: KindPlace, Ref: 1}, {Text: "Mhardeh", Kind: KindPlace, Ref: 3}}, orgPatterns()[:5]...))
	if err != nil {
		f.Fatal(err)
	}
	b, err := m.MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	body := b[len(matcherMagic)+len(m.sum):]
	f.Add(body, 0, byte(0))
	f.Fuzz(func(t *testing.T, body []byte, at int, x byte) {
		if len(body) > 0 {
			body = bytes.Clone(body)
			body[uint(at)%uint(len(body))] ^= x
		}
		d := &Matcher{}
		if err := d.decode(string(body)); err != nil {
			return
		}
		d.Match("Government forces shelled Aleppo and Mhardeh; the Syrian army said.", nil)
	})
}
