package extract

import (
	"unicode"
	"unicode/utf8"
)

// word is one token of a sentence: a run of letters, digits, apostrophes
// and inner hyphens, kept as a span with a lower-case ASCII key.
type word struct {
	Span
	key     string // lower case; "" for a punctuation token
	punct   byte   // the punctuation byte for punctuation tokens (',', ';', ...)
	capital bool   // the word begins with a capital letter: a name, or a sentence's first word
}

// words appends the tokens of text[s.Start:s.End] to dst. Hyphenated words
// are split ("U.S.-backed" gives "u.s", "backed") so that a trigger such as
// "backed" or "led" is seen as in prose.
func words(text string, s Span, dst []word) []word {
	i := s.Start
	var keyBuf [64]byte
	buf := keyBuf[:0]
	// A key that differs from the text's word ("Aleppo", "Dar'a") is cut
	// from one string made of them all at the end; the rest are the
	// text's own bytes.
	var stack [512]byte
	arena := stack[:0]
	type pending struct{ w, start, end int32 } // dst[w].key is arena[start:end]
	var pendStack [64]pending
	pend := pendStack[:0]
	for i < s.End {
		r, n := runeAt(text, i)
		if isWordRune(r) {
			j := i
			buf = buf[:0]
			for j < s.End {
				r2, n2 := runeAt(text, j)
				if !isWordRune(r2) {
					// A period inside an abbreviation ("U.S") or a
					// number ("1.5") stays in the word.
					if r2 == '.' && j+1 < s.End && j > i && isWordByte(text[j+1]) && isWordByte(text[j-1]) {
						buf = append(buf, '.')
						j++
						continue
					}
					// An apostrophe inside a word stays ("Dar'a").
					if (r2 == '\'' || r2 == '\u2019') && j > i && j+n2 < s.End && isWordByte(text[j+n2]) && !(j+n2+1 <= s.End && text[j+n2] == 's' && (j+n2+1 == s.End || !isWordByte(text[j+n2+1]))) {
						buf = append(buf, '\'')
						j += n2
						continue
					}
					break
				}
				if r2 < utf8.RuneSelf {
					buf = append(buf, byte(unicode.ToLower(r2)))
				} else {
					buf = utf8.AppendRune(buf, unicode.ToLower(r2))
				}
				j += n2
			}
			w := word{Span: Span{i, j}, capital: unicode.IsUpper(r)}
			if string(buf) == text[i:j] {
				w.key = text[i:j]
			} else {
				pend = append(pend, pending{int32(len(dst)), int32(len(arena)), int32(len(arena) + len(buf))})
				arena = append(arena, buf...)
			}
			dst = append(dst, w)
			i = j
			continue
		}
		if r < utf8.RuneSelf && r != ' ' && r != '\t' && r != '\n' && r != '\r' {
			dst = append(dst, word{Span: Span{i, i + 1}, punct: byte(r)})
		}
		i += n
	}
	if len(pend) > 0 {
		keys := string(arena)
		for _, p := range pend {
			dst[p.w].key = keys[p.start:p.end]
		}
	}
	return dst
}

// runeAt decodes the rune at text[i:], an ASCII byte without a call.
func runeAt(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		c := byte(r) | 0x20
		return 'a' <= c && c <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
