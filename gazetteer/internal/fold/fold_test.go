package fold

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// referenceNext is Next as it was before its ASCII runs were copied at
// once: one byte at a time, through a table of lower cases. The fuzz
// target holds Next to it, since every gazetteer key depends on it.
func referenceNext(w *Words) bool {
	s := w.s
	i := w.pos
	// Skip to the start of a word.
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiClass[c]&classWord != 0 {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		i += n
	}
	if i >= len(s) {
		w.pos = i
		return false
	}
	w.start = i
	w.raw = w.raw[:0]
	end := i
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			cl := asciiClass[c]
			if cl&classWord != 0 {
				w.raw = append(w.raw, referenceLower[c])
				i++
				end = i
				continue
			}
			if c == '\'' || c == '`' {
				// An apostrophe inside a word ("Dar'a") is dropped; at its end
				// it is a quote, and before a final s a possessive: both end
				// the word.
				if i+1 < len(s) && wordStart(s[i+1:]) && !possessive(s[i+1:]) {
					i++
					continue
				}
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if apostrophe(r) {
			if i+n < len(s) && wordStart(s[i+n:]) && ((r != '\u2018' && r != '\u2019') || !possessive(s[i+n:])) {
				i += n
				continue
			}
			break
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		w.raw = appendFoldedRune(w.raw, r)
		i += n
		end = i
	}
	w.end = end
	// Classify the gap after the word. A possessive "'s" is skipped and
	// ends a name: "Aleppo's western outskirts".
	j := end
	w.sepAfter = sepJoin
	if n := possessiveAt(s, end); n > 0 {
		w.pos = end + n
		w.sepAfter = sepBreak
		return true
	}
	hyphens := 0
	for j < len(s) {
		c := s[j]
		if c == ' ' || c == '\t' {
			j++
			continue
		}
		if c == '\'' || c == '`' {
			j++
			continue
		}
		if c == '-' {
			hyphens++
			j++
			continue
		}
		if c < utf8.RuneSelf {
			if asciiClass[c]&classWord == 0 {
				w.sepAfter = sepBreak
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if r == '\u00a0' || r == '\u2010' || r == '\u2011' || apostrophe(r) {
			j += n
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			w.sepAfter = sepBreak
		}
		break
	}
	if j >= len(s) {
		w.sepAfter = sepNone
	} else if hyphens > 1 {
		w.sepAfter = sepBreak
	}
	w.pos = end
	if w.pos == w.start {
		w.pos++
	}
	return true
}

var referenceLower = func() (t [utf8.RuneSelf]byte) {
	for i := range t {
		t[i] = byte(i)
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = byte(c - 'A' + 'a')
	}
	return t
}()

// word is what Words reports of one word.
type word struct {
	start, end            int
	raw, key              string
	joined, article, hyph bool
}

func words(s string, next func(*Words) bool) []word {
	var w Words
	w.Reset(s)
	var ws []word
	for next(&w) {
		ws = append(ws, word{w.Start(), w.End(), string(w.Raw()), string(w.AppendKey(nil)), w.Joined(), w.Article(), w.Hyphen()})
	}
	return ws
}

// wordsAppend is words by NextAppend, which must report the same words
// and leave each word's raw form in the buffer after the one before. It
// reads s with a Memo that a first reading filled, so that the letters
// folded come from the memo.
func wordsAppend(t testing.TB, s string) []word {
	w := Words{Memo: new(Memo)}
	for w.Reset(s); w.Next(); {
	}
	w.Reset(s)
	var ws []word
	var buf []byte
	for {
		n := len(buf)
		var ok bool
		if buf, ok = w.NextAppend(buf); !ok {
			if len(buf) != n {
				t.Fatalf("NextAppend grew the buffer at the end of %q", s)
			}
			return ws
		}
		if string(buf[n:]) != string(w.Raw()) {
			t.Fatalf("NextAppend appended %q, Raw is %q", buf[n:], w.Raw())
		}
		// Plain may be false of a plain word (one that marks follow), never
		// true of another.
		if text := s[w.Start():w.End()]; w.Plain() && (!asciiAlnum(text) || string(w.Raw()) != strings.ToLower(text)) {
			t.Fatalf("word %q: Plain() = %v, Raw %q", text, w.Plain(), w.Raw())
		}
		ws = append(ws, word{w.Start(), w.End(), string(w.Raw()), string(w.AppendKey(nil)), w.Joined(), w.Article(), w.Hyphen()})
	}
}

var wordsCases = []string{
	"",
	"DAMASCUS, May 2 (Wire) - Shelling killed three civilians in Douma.",
	"Deir ez-Zor's eastern countryside",
	"Dar'a and Jisr al-Shughur, Maʿarrat al-Nuʿman",
	"Ras al-‘Ayn ’s Tall Abyad al-Sharqi -- Hama",
	"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefgh",
	"دمشق Straße Ælfred Łódź café's",
	"it's 'quoted' `x` O'Brien's a'",
	"Tall Tamr@Hasakah[Qamishli]{Amuda}`Ayn al-Arab/Kobani\x7fx\x00Z",
	"AlMayadeenAbuKamalEastern9 0123456789:;<=>?@[\\]^_`{|}~ zZaA09",
}

func TestNextMatchesReference(t *testing.T) {
	for _, s := range wordsCases {
		want := words(s, referenceNext)
		if got := words(s, (*Words).Next); !slices.Equal(got, want) {
			t.Errorf("Next(%q):\n got %v\nwant %v", s, got, want)
		}
		if got := wordsAppend(t, s); !slices.Equal(got, want) {
			t.Errorf("NextAppend(%q):\n got %v\nwant %v", s, got, want)
		}
	}
}

func FuzzNextMatchesReference(f *testing.F) {
	for _, s := range wordsCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := words(s, referenceNext)
		if got := words(s, (*Words).Next); !slices.Equal(got, want) {
			t.Errorf("Next(%q):\n got %v\nwant %v", s, got, want)
		}
		if got := wordsAppend(t, s); !slices.Equal(got, want) {
			t.Errorf("NextAppend(%q):\n got %v\nwant %v", s, got, want)
		}
		if got, want := Key(s), referenceKey(s); got != want {
			t.Errorf("Key(%q) = %q, want %q", s, got, want)
		}
	})
}

// referenceKey is Key by referenceNext.
func referenceKey(s string) string {
	var w Words
	w.Reset(s)
	var dst []byte
	for referenceNext(&w) {
		if w.Article() {
			continue
		}
		dst = w.AppendKey(dst)
	}
	return string(dst)
}

// TestNonWordBytes holds the eight-byte test of Words.next to the
// table of word bytes, for every byte at every position.
func TestNonWordBytes(t *testing.T) {
	for pos := range 8 {
		for c := range 256 {
			x := uint64(0x6161616161616161) // "aaaaaaaa"
			x = x&^(0xff<<(8*pos)) | uint64(c)<<(8*pos)
			got := nonWordBytes(x)
			var want uint64
			if !wordByte[c] {
				want = 0x80 << (8 * pos)
			}
			if got != want {
				t.Fatalf("byte %#x at %d: nonWordBytes = %#x, want %#x", c, pos, got, want)
			}
		}
	}
}

// asciiAlnum reports whether s is ASCII letters and digits alone.
func asciiAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; !('a' <= c && c <= 'z') && !('0' <= s[i] && s[i] <= '9') {
			return false
		}
	}
	return true
}

// TestIsArticle holds isArticle to the list of the article's forms, over
// every word of one to four lower-case letters and a few others.
func TestIsArticle(t *testing.T) {
	forms := map[string]bool{}
	for _, f := range strings.Fields("al el il ul ad ed adh ash esh as es ar er az ez at et ath an en") {
		forms[f] = true
	}
	var check func(w []byte)
	check = func(w []byte) {
		if got := isArticle(w); got != forms[string(w)] {
			t.Errorf("isArticle(%q) = %v", w, got)
		}
		if len(w) == 4 {
			return
		}
		for c := byte('a'); c <= 'z'; c++ {
			check(append(w, c))
		}
	}
	check(nil)
	for _, w := range []string{"AL", "a\x00l", "al\x00", "\x00al", "ál", "athh"} {
		if isArticle([]byte(w)) {
			t.Errorf("isArticle(%q) = true", w)
		}
	}
}
