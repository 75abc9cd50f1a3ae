// Package fold computes the matching key of a place or organisation name, so
// that the spelling variants of one Arabic name meet: "Deir ez-Zor", "Dayr az
// Zawr" and "Deir Ezzor" share one key. The same rules run on both sides, on a
// gazetteer's names and on a report's words, so no list of variants is needed.
//
// It is shared by the gazetteer package and its generator.
package fold

import (
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Key returns the folding key of s: the keys of its words, articles dropped,
// joined with no separator, so that "Tal Abyad" and "Talabyad" meet.
func Key(s string) string {
	var b [64]byte
	var raw [64]byte
	w := Words{own: raw[:0]}
	return string(w.AppendText(b[:0], s))
}

// AppendText resets w to s and appends the folding key of the whole of s to
// dst, as Key does.
func (w *Words) AppendText(dst []byte, s string) []byte {
	w.Reset(s)
	for w.Next() {
		if w.Article() {
			continue
		}
		dst = w.AppendKey(dst)
	}
	return dst
}

// Words splits a text into words and folds each one. Its zero value is
// ready after Reset; it allocates only when a word holds non-ASCII letters.
type Words struct {
	s          string
	pos        int
	start, end int
	raw        []byte // the word, lower-cased, apostrophes dropped
	own        []byte // the buffer Next writes raw to
	sepAfter   sep
	plain      bool // the word is ASCII letters and digits alone
	// Memo, where set, remembers the folding of the non-ASCII letters
	// met.
	Memo *Memo
}

// Memo remembers how the non-ASCII letters a Words met fold: decomposing
// a letter allocates, and a text repeats its few accented letters ("Ḥ",
// "ā") in every name that has them. A caller that reads much text keeps
// one and sets Words.Memo; a Memo is used by one Words at a time.
type Memo [memoSlots]foldedRune

// foldedRune is a letter and what appendFoldedRune appends for it.
type foldedRune struct {
	r rune
	n uint8
	b [11]byte
}

const memoSlots = 64

// appendFolded is appendFoldedRune, remembering its answer in w.Memo.
func (w *Words) appendFolded(dst []byte, r rune) []byte {
	if w.Memo == nil {
		return appendFoldedRune(dst, r)
	}
	f := &w.Memo[uint32(r)%memoSlots]
	if f.r == r && r != 0 {
		return append(dst, f.b[:f.n]...)
	}
	n := len(dst)
	dst = appendFoldedRune(dst, r)
	if len(dst)-n <= len(f.b) {
		f.r, f.n = r, uint8(copy(f.b[:], dst[n:]))
	}
	return dst
}

type sep uint8

// The kinds of gap between two words.
const (
	sepNone  sep = iota // end of text
	sepJoin             // spaces or one hyphen: a name may run on
	sepBreak            // punctuation or a line break: a name may not
)

// Reset starts a new text.
func (w *Words) Reset(s string) {
	w.s, w.pos, w.start, w.end = s, 0, 0, 0
	w.raw = nil
}

// Start and End are the byte offsets of the current word in the text.
func (w *Words) Start() int { return w.start }

// End is the byte offset just past the current word.
func (w *Words) End() int { return w.end }

// Joined reports whether the gap after the current word lets a name run on
// to the next word (spaces or a hyphen, no punctuation or line break).
func (w *Words) Joined() bool { return w.sepAfter == sepJoin }

// Hyphen reports whether the current word is followed directly by a hyphen.
func (w *Words) Hyphen() bool {
	return w.end < len(w.s) && w.s[w.end] == '-'
}

// Plain reports whether the current word was read as ASCII letters and
// digits alone, so that Raw is the word as the text spells it,
// lower-cased. It is false where reading it skipped or folded anything,
// even marks past its end that turned out not to belong to it.
func (w *Words) Plain() bool { return w.plain }

// Raw is the current word lower-cased with apostrophes dropped. It is valid
// until the next call to Next.
func (w *Words) Raw() []byte { return w.raw }

// articles are the forms of the Arabic definite article, assimilated or
// not, as transliterations write it as a word of its own.
//
// The word is packed in an integer, so that the switch compares integers:
// Article asks it of every short word that starts with a vowel, and "an",
// "as" and "at" are as common in English as in transliteration.
func isArticle(b []byte) bool {
	const three = 1 << 24 // a word of three bytes, of which the last may be 0
	var x uint32
	switch len(b) {
	case 2:
		x = uint32(b[0]) | uint32(b[1])<<8
	case 3:
		x = uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | three
	default:
		return false
	}
	switch x {
	case 'a' | 'l'<<8, 'e' | 'l'<<8, 'i' | 'l'<<8, 'u' | 'l'<<8, 'a' | 'd'<<8, 'e' | 'd'<<8,
		'a' | 'd'<<8 | 'h'<<16 | three, 'a' | 's'<<8 | 'h'<<16 | three, 'e' | 's'<<8 | 'h'<<16 | three, 'a' | 's'<<8, 'e' | 's'<<8,
		'a' | 'r'<<8, 'e' | 'r'<<8, 'a' | 'z'<<8, 'e' | 'z'<<8, 'a' | 't'<<8, 'e' | 't'<<8,
		'a' | 't'<<8 | 'h'<<16 | three, 'a' | 'n'<<8, 'e' | 'n'<<8:
		return true
	}
	return false
}

// Article reports whether the current word is a form of the Arabic article
// joined to a following word; keys leave it out.
func (w *Words) Article() bool {
	// Every article is two or three letters and starts with a vowel: a
	// test of two bytes spares most words the comparison of strings.
	return w.sepAfter == sepJoin && len(w.raw) <= 3 && len(w.raw) >= 2 &&
		asciiClass[w.raw[0]&0x7f]&classVowel != 0 && isArticle(w.raw)
}

// apostrophe reports whether r is one of the marks transliterations use for
// ayn and hamza, or a quote used as one; they are dropped inside a word.
func apostrophe(r rune) bool {
	switch r {
	case '\'', '`', '\u2018', '\u2019', '\u02bb', '\u02bc', '\u02be', '\u02bf', '\u00b4', '\u2032':
		return true
	}
	return false
}

// Next advances to the next word, reporting false at the end of the text.
func (w *Words) Next() bool {
	var ok bool
	w.own, ok = w.next(w.own[:0])
	return ok
}

// NextAppend is Next, but appends the current word as Raw gives it to buf
// and returns the extended buffer, where Raw then points: a caller that
// keeps many words' raw forms (the matcher's window) saves a copy of each.
// At the end of the text it returns buf unchanged and false.
func (w *Words) NextAppend(buf []byte) ([]byte, bool) { return w.next(buf) }

// wordByte tells the ASCII letters and digits; a byte of a multi-byte
// rune is not one.
var wordByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = asciiClass[c]&classWord != 0
	}
	return t
}()

// next is Next, appending the word's raw form to buf.
func (w *Words) next(buf []byte) ([]byte, bool) {
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
		return buf, false
	}
	w.start = i
	rawStart := len(buf)
	end := i
	plain := true
	for i < len(s) {
		// Most of a word is a run of ASCII letters and digits: it is
		// copied at once and lower-cased in place (for a letter or a
		// digit, setting bit 5 is lower-casing).
		if wordByte[s[i]] {
			// Eight bytes at a time, as a word of a report is most often
			// shorter than that: one load finds its end.
			const lsb = 0x0101010101010101
			for i+8 <= len(s) {
				x := load64(s[i:])
				buf = binary.LittleEndian.AppendUint64(buf, x|0x20*lsb)
				if stop := nonWordBytes(x); stop != 0 {
					k := bits.TrailingZeros64(stop) >> 3
					buf = buf[:len(buf)-8+k]
					i += k
					goto run
				}
				i += 8
			}
			for ; i < len(s) && wordByte[s[i]]; i++ {
				buf = append(buf, s[i]|0x20)
			}
		run:
			end = i
			if i >= len(s) {
				break
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '\'' || c == '`' {
				// An apostrophe inside a word ("Dar'a") is dropped; at its end
				// it is a quote, and before a final s a possessive: both end
				// the word.
				if i+1 < len(s) && wordStart(s[i+1:]) && !possessive(s[i+1:]) {
					i++
					plain = false
					continue
				}
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if apostrophe(r) {
			if i+n < len(s) && wordStart(s[i+n:]) && ((r != '\u2018' && r != '\u2019') || !possessive(s[i+n:])) {
				i += n
				plain = false
				continue
			}
			break
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		buf = w.appendFolded(buf, r)
		i += n
		end = i
		plain = false
	}
	w.raw = buf[rawStart:]
	w.end = end
	w.plain = plain
	// Classify the gap after the word. Most often it is one space before
	// the next word's letter; the loop below would find the same.
	if end+1 < len(s) && s[end] == ' ' && wordByte[s[end+1]] && end > w.start {
		w.sepAfter = sepJoin
		w.pos = end + 1
		return buf, true
	}
	// A possessive "'s" is skipped and ends a name: "Aleppo's western
	// outskirts".
	j := end
	w.sepAfter = sepJoin
	if n := possessiveAt(s, end); n > 0 {
		w.pos = end + n
		w.sepAfter = sepBreak
		return buf, true
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
	return buf, true
}

// load64 returns the first eight bytes of s, little-endian: one load.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// nonWordBytes returns x, eight bytes of text, with the top bit of each
// byte set where the byte is not an ASCII letter or digit and the other
// bits clear. No byte's sum below carries into the next: each is at most
// 0x7f plus 0x50.
func nonWordBytes(x uint64) uint64 {
	const lsb, msb = 0x0101010101010101, 0x8080808080808080
	high := x & msb // bytes of multi-byte runes
	y := x &^ msb
	l := y | 0x20*lsb // letters lower-cased
	letter := (l + (0x80-'a')*lsb) &^ (l + (0x80-'z'-1)*lsb)
	digit := (y + (0x80-'0')*lsb) &^ (y + (0x80-'9'-1)*lsb)
	return ^(letter|digit)&msb | high
}

// possessiveAt returns the length of a possessive "'s" at s[i:], or 0.
func possessiveAt(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	n := 0
	switch {
	case s[i] == '\'' || s[i] == '`':
		n = 1
	case s[i] >= utf8.RuneSelf:
		// Only a quote is a possessive's apostrophe; ʾ and ʿ are letters.
		r, m := utf8.DecodeRuneInString(s[i:])
		if r != '\u2019' && r != '\u2018' {
			return 0
		}
		n = m
	default:
		return 0
	}
	if i+n < len(s) && possessive(s[i+n:]) {
		return n + 1
	}
	return 0
}

// possessive reports whether s, which follows an apostrophe, is the s of
// an English possessive ("Aleppo's").
func possessive(s string) bool {
	return (s[0] == 's' || s[0] == 'S') && (len(s) == 1 || !wordStart(s[1:]))
}

// wordStart reports whether s begins with a letter or digit.
func wordStart(s string) bool {
	c := s[0]
	if c < utf8.RuneSelf {
		return asciiClass[c]&classWord != 0
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// appendFoldedRune appends r lower-cased and stripped of its diacritics.
// Letters outside Latin script are kept as they are, lower-cased.
func appendFoldedRune(dst []byte, r rune) []byte {
	if 0x0600 <= r && r <= 0x06FF { // Arabic: no case, keep as is
		if unicode.Is(unicode.Mn, r) {
			return dst
		}
		return utf8.AppendRune(dst, r)
	}
	if unicode.Is(unicode.Mn, r) {
		return dst
	}
	switch r {
	case 'ß':
		return append(dst, 's', 's')
	case 'æ', 'Æ':
		return append(dst, 'a', 'e')
	case 'ø', 'Ø':
		return append(dst, 'o')
	case 'ı':
		return append(dst, 'i')
	case 'đ', 'Đ', 'ð':
		return append(dst, 'd')
	case 'ł', 'Ł':
		return append(dst, 'l')
	case 'ħ', 'Ħ':
		return append(dst, 'h')
	}
	var tmp [utf8.UTFMax]byte
	n := utf8.EncodeRune(tmp[:], r)
	var it norm.Iter
	it.Init(norm.NFD, tmp[:n])
	first := true
	for !it.Done() {
		seg := it.Next()
		for len(seg) > 0 {
			q, m := utf8.DecodeRune(seg)
			seg = seg[m:]
			if unicode.Is(unicode.Mn, q) {
				continue
			}
			q = unicode.ToLower(q)
			if q < utf8.RuneSelf {
				dst = append(dst, byte(q))
			} else if first {
				dst = utf8.AppendRune(dst, q)
			}
		}
		first = false
	}
	return dst
}

const (
	classWord = 1 << iota
	classVowel
	classUpper
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = classWord
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = classWord
		t[c-'a'+'A'] = classWord | classUpper
	}
	for _, c := range "aeiouAEIOU" {
		t[c] |= classVowel
	}
	return t
}()

// IsUpperAt reports whether the text at offset i starts with an upper-case
// letter, a digit or an Arabic letter (which has no case).
func IsUpperAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return asciiClass[c]&classUpper != 0 || ('0' <= c && c <= '9')
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r) || unicode.Is(unicode.Arabic, r)
}

// wholeWord spells a few frequent name words one way before the letter
// rules run, where those rules alone cannot make the variants meet.
func wholeWord(w []byte) []byte {
	switch string(w) {
	case "kfar", "kafar", "kfr", "kefr":
		return []byte("kafr")
	case "jbel", "jebel", "jabel", "jbal":
		return []byte("jabal")
	case "sheik", "shaik":
		return []byte("sheikh")
	case "ibn", "ben":
		return []byte("bin")
	}
	return w
}

// sun reports whether c begins a "sun letter", to which the article
// assimilates: "ez-Zor", written as one word "Ezzor".
func sun(c byte) bool {
	switch c {
	case 't', 'd', 'r', 'z', 's', 'n', 'l':
		return true
	}
	return false
}

// AppendKey appends the folding key of the current word to dst.
func (w *Words) AppendKey(dst []byte) []byte { return AppendWordKey(dst, w.raw) }

// AppendWordKey appends the folding key of one lower-cased word to dst:
//   - q→k, c→k, ch→sh, ck→k, gh→g, dh→d, ph→f;
//   - every run of vowels (a e i o u, and y or w where they are glides,
//     as in "Abyad", "Zawr", "-iyeh") becomes one "a";
//   - a doubled letter becomes one ("Tell", "Raqqa");
//   - a final h after a vowel is dropped ("Hamah", "Sukhneh");
//   - a word-initial assimilated article is dropped ("Ezzor" → "zor");
//   - a few frequent words are spelt one way first ("Kfar" → "Kafr").
func AppendWordKey(dst []byte, w []byte) []byte {
	if len(w) <= 5 {
		w = wholeWord(w)
	}
	start := len(dst)
	i := 0
	if len(w) > 4 && (w[0] == 'a' || w[0] == 'e') && w[1] == w[2] && sun(w[1]) {
		i = 2
	}
	emit := func(c byte) {
		if len(dst) > start && dst[len(dst)-1] == c {
			return
		}
		dst = append(dst, c)
	}
	for ; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			dst = append(dst, c)
			continue
		}
		var next byte
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch c {
		case 'a', 'e', 'i', 'o', 'u':
			emit('a')
		case 'y', 'w':
			if glide(w, i) {
				emit('a')
			} else {
				emit(c)
			}
		case 'q':
			emit('k')
		case 'c':
			switch next {
			case 'h':
				emit('s')
				emit('h')
				i++
			case 'k':
				emit('k')
				i++
			default:
				emit('k')
			}
		case 'g', 'd', 'p':
			if next == 'h' {
				i++
				if c == 'p' {
					c = 'f'
				}
			}
			emit(c)
		default:
			emit(c)
		}
	}
	if n := len(dst); n-start >= 3 && dst[n-1] == 'h' && dst[n-2] == 'a' {
		dst = dst[:n-1]
	}
	return dst
}

// glide reports whether the y or w at w[i] is a vowel: not at the start of
// a word, not doubled, and not between two vowels unless it lengthens the
// vowel before it (iy, uw).
func glide(w []byte, i int) bool {
	c := w[i]
	if i == 0 {
		return false
	}
	prev := w[i-1]
	if prev == c || (i+1 < len(w) && w[i+1] == c) {
		return false
	}
	if i+1 < len(w) && isVowel(w[i+1]) && isVowel(prev) {
		return (c == 'y' && prev == 'i') || (c == 'w' && prev == 'u')
	}
	return true
}

func isVowel(c byte) bool { return c < utf8.RuneSelf && asciiClass[c]&classVowel != 0 }
