package casualty

// Token kinds.
const (
	tWord  = iota // letters, with inner hyphens and apostrophes: "al-Sham", "regime's"
	tNum          // starts with a digit: "27", "1,200", "20-30", "4th", "12-year-old"
	tPunct        // one punctuation character
)

// token is a word, number or punctuation mark of the sentence, with what the
// lexicon knows about it.
type token struct {
	s, e  int // byte offsets into the whole text
	kind  uint8
	cap   bool // starts with an upper-case letter
	hyph  bool // a word with an inner hyphen
	poss  bool // ends in "'s"
	flags wordFlag
	out   Outcome // of a trigger word
	norm  string  // of a person noun
}

// tokenize splits text[start:end] into tokens, appending them to dst.
func tokenize(text string, start, end int, dst []token) []token {
	i := start
	for i < end {
		c := text[i]
		if isSpace(c) {
			i++
			continue
		}
		if c == 0xC2 && i+1 < end && text[i+1] == 0xA0 { // no-break space
			i += 2
			continue
		}
		switch {
		case isDigit(c):
			j := i + 1
			for j < end {
				d := text[j]
				if isDigit(d) || isLetter(d) {
					j++
					continue
				}
				if (d == ',' || d == '.' || d == ':' || d == '/' || d == '-') && j+1 < end && (isDigit(text[j+1]) || isLetter(text[j+1])) {
					j++
					continue
				}
				break
			}
			// "12-year-old" is a modifier, not a count.
			hyph := false
			for k := i; k+1 < j; k++ {
				if text[k] == '-' && isLetter(text[k+1]) || isDigit(text[k]) && isLetter(text[k+1]) {
					hyph = true // "12-year-old", "4th"
				}
			}
			dst = append(dst, token{s: i, e: j, kind: tNum, hyph: hyph})
			i = j
		case isLetter(c) || c >= 0x80 && !isPunctRune(text[:end], i):
			j := i + 1
			hyph := false
			for j < end {
				d := text[j]
				if isLetter(d) || isDigit(d) || d >= 0x80 && !isPunctRune(text[:end], j) {
					j++
					continue
				}
				if (d == '-' || d == '\'' || d == '.') && j+1 < end && isLetter(text[j+1]) {
					hyph = hyph || d == '-'
					j++
					continue
				}
				// A curly apostrophe inside a word: "regime’s".
				if d == 0xE2 && j+3 < end && text[j+1] == 0x80 && text[j+2] == 0x99 && isLetter(text[j+3]) {
					j += 3
					continue
				}
				break
			}
			// "al- Sham": an article cut from its name by a stray space is
			// still one name.
			if j-i <= 2 && j+2 < end && text[j] == '-' && text[j+1] == ' ' && 'A' <= text[j+2] && text[j+2] <= 'Z' && isArticle(text[i:j]) {
				j += 2
				for j < end && (isLetter(text[j]) || isDigit(text[j]) || text[j] >= 0x80 && !isPunctRune(text[:end], j)) {
					j++
				}
				hyph = true
			}
			t := token{s: i, e: j, kind: tWord, cap: 'A' <= c && c <= 'Z', hyph: hyph}
			lookup(text[i:j], &t)
			dst = append(dst, t)
			i = j
		default:
			n := 1
			if c >= 0x80 {
				n = runeLen(text[:end], i)
			}
			dst = append(dst, token{s: i, e: i + n, kind: tPunct})
			i += n
		}
	}
	return dst
}

// runeLen is the byte length of the UTF-8 sequence at s[i], at least 1.
func runeLen(s string, i int) int {
	c := s[i]
	n := 1
	switch {
	case c >= 0xF0:
		n = 4
	case c >= 0xE0:
		n = 3
	case c >= 0xC0:
		n = 2
	}
	if i+n > len(s) {
		return len(s) - i
	}
	return n
}

// lookup fills in what the lexicon knows of word w, trying it without a
// possessive "'s" when it is not known as written.
func lookup(w string, t *token) {
	// An acronym is a name, never a word: "IS" is the Islamic State.
	if len(w) >= 2 && isUpperWord(w) {
		return
	}
	var buf [24]byte
	k := lowerInto(buf[:], w)
	if len(k) == 0 {
		return
	}
	e, ok := lexiconEntry(k)
	if !ok {
		switch {
		case len(k) > 2 && k[len(k)-2] == '\'' && k[len(k)-1] == 's':
			k = k[:len(k)-2]
		case len(k) > 4 && k[len(k)-4] == 0xe2 && k[len(k)-3] == 0x80 && k[len(k)-2] == 0x99 && k[len(k)-1] == 's':
			k = k[:len(k)-4]
		default:
			return
		}
		t.poss = true
		if e, ok = lexiconEntry(k); !ok {
			return
		}
	}
	t.flags, t.out, t.norm = e.flags, e.outcome, e.norm
}

// isUpperWord reports whether w has no lower-case ASCII letter.
func isUpperWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'a' <= w[i] && w[i] <= 'z' {
			return false
		}
	}
	return true
}

// isArticle reports whether w is the Arabic article as transliterated
// ("al", "el"), in any case.
func isArticle(w string) bool {
	return equalFold(w, "al") || equalFold(w, "el")
}

// lexiconFilter has a bit set for the first byte, last byte and length of
// each word of the lexicon, so that lookup turns most other words away
// without hashing them. It is read-only after initialisation.
var lexiconFilter = func() *[128]uint64 {
	var f [128]uint64
	for w := range lexicon {
		i := filterIndex(w)
		f[i>>6] |= 1 << (i & 63)
	}
	return &f
}()

// filterIndex is w's bit in lexiconFilter, w not empty.
func filterIndex[S string | []byte](w S) int {
	return int(w[0]&31)<<8 | int(w[len(w)-1]&31)<<3 | len(w)&7
}

// lexiconEntry looks the lower-case word k up in the lexicon.
func lexiconEntry(k []byte) (wordInfo, bool) {
	if i := filterIndex(k); lexiconFilter[i>>6]&(1<<(i&63)) == 0 {
		return wordInfo{}, false
	}
	e, ok := lexicon[string(k)]
	return e, ok
}
