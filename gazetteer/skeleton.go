package gazetteer

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep/gazetteer/internal/fold"
)

// genericHeads are the folded keys of the words that open many Syrian
// place names and say what kind of place it is, not which: "Kafr" (village),
// "Tal" (hill), "Deir" (monastery), "Ain" (spring), "Beit" (house), "Khan",
// "Jisr" (bridge), "Maarat", "Ras" (head), "Abu", "Umm", "Jabal"
// (mountain), "Sheikh", "Bab" (gate), "Qasr" (palace), "Marj" (meadow),
// "Kherbet" (ruin). In such a name the word after the head tells the place.
var genericHeads = func() []string {
	var ks []string
	for _, w := range []string{"Kafr", "Tal", "Deir", "Ain", "Beit", "Khan", "Jisr", "Maarat",
		"Ras", "Abu", "Umm", "Jabal", "Sheikh", "Bab", "Qasr", "Marj", "Kherbet", "Khirbat"} {
		ks = append(ks, fold.Key(w))
	}
	slices.Sort(ks)
	return slices.Compact(ks)
}()

// Skeleton thresholds: how many consonants a name's skeleton must hold to
// be matched by it, after a generic head word and for other names. Fewer
// would let one skeleton stand for too many names, and English words.
const (
	minSkelAfterHead = 3
	minSkelOther     = 4
	minSkelCluster   = 3
)

// clusterStart reports whether name opens with two consonant letters that
// are not a digraph for one sound (sh, kh, th, gh, dh, ch).
func clusterStart(name string) bool {
	if len(name) < 2 {
		return false
	}
	a, b := name[0]|0x20, name[1]|0x20
	isCons := func(c byte) bool { return 'a' <= c && c <= 'z' && !strings.ContainsRune("aeiouy", rune(c)) }
	return isCons(a) && isCons(b) && b != 'h' && b != 'w'
}

// skeletonOf returns the consonant skeleton of a place name whose folded
// key is key: the key without its vowels, which fold has already made
// "a", save a final one. The press and OCHA often differ in a name's vowels alone, and not
// by any rule fold could apply to one side ("Mhardeh" and "Muhradah",
// "Latamneh" and "Latmin", "Kafr Nabl" and "Kafr Nobol"); their skeletons
// meet. The second result is false for a name too short to be matched
// that way, or one with letters outside a-z.
func skeletonOf(name, key string) (string, bool) {
	var buf [64]byte
	sk := buf[:0]
	for i := 0; i < len(key); i++ {
		c := key[i]
		if byteClass[c] == 255 {
			return "", false
		}
		if c != 'a' {
			sk = append(sk, c)
		}
	}
	n := len(sk)
	if key[len(key)-1] == 'a' {
		// The final vowel is kept: it is the ending (-a, -eh, -iyah)
		// that tells "Rahmaniyah" from the name "Rahman".
		sk = append(sk, 'a')
	}
	min := minSkelOther
	if h := headOf(name); h != "" && len(key) > len(h) {
		min = minSkelAfterHead + consonants(h)
	} else if clusterStart(name) {
		// OCHA often writes a short first vowel not at all ("Tqad",
		// "Mhardeh"), where the press writes one ("Taqad"): with no way to
		// know where it went, three consonants must do.
		min = minSkelCluster
	}
	if n < min {
		return "", false
	}
	return string(sk), true
}

// headOf returns the folded key of the first word of name if it is one of
// genericHeads and more words follow, else "".
func headOf(name string) string {
	var w fold.Words
	w.Reset(name)
	if !w.Next() {
		return ""
	}
	var buf [32]byte
	first := w.AppendKey(buf[:0])
	if !w.Next() {
		return ""
	}
	for _, h := range genericHeads {
		if h == string(first) {
			return h
		}
	}
	return ""
}

// consonants counts the bytes of key other than 'a'.
func consonants(key string) int {
	n := 0
	for i := 0; i < len(key); i++ {
		if key[i] != 'a' {
			n++
		}
	}
	return n
}
