package gazetteer

import "testing"

// FuzzPlain checks that appendPlain's ASCII path makes what the Unicode
// path makes of the same name.
func FuzzPlain(f *testing.F) {
	for _, s := range []string{"Al-Bab", "al-As-Safira", "El Mayadin", "Ash-Shaddadi", "Deir ez-Zor",
		"Dar'a", "Ma'arat al-Nu'man", "Tall 'Abyad", "AS-SAFIRA", "Ḥamāh", "al-", "12 Km"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := plainUnicode(s)
		if got := plain(s); got != want {
			t.Errorf("plain(%q) = %q, want %q", s, got, want)
		}
		if got := string(appendPlain([]byte("x"), s)); got != "x"+want {
			t.Errorf("appendPlain(x, %q) = %q, want %q", s, got, "x"+want)
		}
	})
}

// FuzzPlainIs checks plainIs against plain.
func FuzzPlainIs(f *testing.F) {
	f.Add("Al-Bab", "al bab")
	f.Add("al-As-Safira", "Safira")
	f.Add("El Mayadin", "Al-Mayadin")
	f.Add("AS-SAFIRA", "ash-safira")
	f.Add("Ḥamāh", "hamah")
	f.Fuzz(func(t *testing.T, name, surface string) {
		sp := []byte(plain(surface))
		if got, want := plainIs(name, sp), plain(name) == string(sp); got != want {
			t.Errorf("plainIs(%q, %q) = %v, want %v", name, sp, got, want)
		}
	})
}
