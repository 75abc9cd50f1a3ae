package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences appends to dst the sentences of text, as spans with surrounding
// space trimmed.
//
// A wire report is a sequence of short paragraphs, and a paragraph break
// always ends a sentence; inside a paragraph a sentence ends at '.', '!' or
// '?' (and any closing quotes or brackets) followed by space and a capital,
// digit or opening quote, unless the word before the stop is a known
// abbreviation ("Sept.", "Gen.", "U.S.") or a single initial.
//
// prose/v2's Punkt segmenter agrees with this on news text (a test checks it
// on our reports) but reloads its model on every call, some 15 ms, and then
// runs at a fraction of this speed; it stays available as
// extract/prosesplit.Sentences (Options.Segmenter) where a caller prefers it,
// and a test there holds the two in agreement on our reports. It lives in
// its own package because merely linking prose costs every process some
// 10 ms of package initialisation (its regular expressions and gob model).
func Sentences(text string, dst []Span) []Span {
	start := 0
	n := len(text)
	emit := func(s, e int) {
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if s < e {
			dst = append(dst, Span{s, e})
		}
	}
	for i := 0; i < n; i++ {
		c := text[i]
		switch c {
		case '\n':
			// A line break ends a sentence when the line is a paragraph of
			// its own: a blank line follows, or the line does not look
			// wrapped (it ends in a stop, or is short like a headline).
			if paragraphBreak(text, start, i) {
				emit(start, i)
				start = i + 1
			}
		case '.', '!', '?':
			end := i + 1
			for end < n {
				if text[end] == '"' || text[end] == '\'' || text[end] == ')' || text[end] == ']' {
					end++
				} else if strings.HasPrefix(text[end:], "\u201d") || strings.HasPrefix(text[end:], "\u2019") {
					end += 3
				} else {
					break
				}
			}
			if end < n && !isSpaceByte(text[end]) {
				continue
			}
			if c == '.' && isAbbreviation(text, start, i) {
				continue
			}
			j := end
			for j < n && (text[j] == ' ' || text[j] == '\t') {
				j++
			}
			if j < n && text[j] != '\n' && text[j] != '\r' && !startsSentence(text[j:]) {
				continue
			}
			emit(start, end)
			start = end
			i = end - 1
		}
	}
	emit(start, n)
	return dst
}

// paragraphBreak reports whether the newline at i ends the sentence begun at
// start. Hard-wrapped text (a newline inside a sentence) continues; a blank
// line, or a line ending in a stop or lacking one entirely while the next
// line begins a sentence, breaks.
func paragraphBreak(text string, start, i int) bool {
	line := strings.TrimRight(text[start:i], " \t\r")
	if line == "" {
		return true
	}
	j := i + 1
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
		j++
	}
	if j >= len(text) || text[j] == '\n' {
		return true
	}
	last := line[len(line)-1]
	if last == '.' || last == '!' || last == '?' || last == ':' || last == '"' {
		return true
	}
	// No stop at the end of the line: a headline or byline ends here,
	// hard-wrapped prose goes on. A headline is short or in title case;
	// a wrapped line is long and mostly lower case.
	if len(line) < 40 || titleCase(line) {
		r, _ := utf8.DecodeRuneInString(text[j:])
		return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '\u201c'
	}
	return false
}

// titleCase reports whether most words of a line start with a capital, as
// in a headline ("In A Surprise Offensive, Insurgents Breach Aleppo").
func titleCase(line string) bool {
	words, upper := 0, 0
	for _, w := range strings.Fields(line) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return words > 0 && upper*10 >= words*6
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '\u201c' || r == '(' || r == '\''
}

// abbreviations end with a period without ending a sentence. Lower case,
// without the final period.
var abbreviations = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "lt": true, "col": true,
	"maj": true, "capt": true, "sgt": true, "brig": true, "adm": true, "gov": true, "sen": true,
	"rep": true, "prof": true, "st": true, "mt": true, "no": true, "vs": true, "etc": false,
	"u.s": true, "u.n": true, "u.k": true, "e.g": true, "i.e": true, "a.m": false, "p.m": false,
	"inc": true, "corp": true, "co": true, "ltd": true, "jr": true, "sr": true, "approx": true,
}

// isAbbreviation reports whether the period at i closes an abbreviation or
// an initial rather than a sentence.
func isAbbreviation(text string, start, i int) bool {
	w := i
	for w > start && text[w-1] != ' ' && text[w-1] != '\n' && text[w-1] != '(' && text[w-1] != '"' && text[w-1] != '-' {
		w--
	}
	word := strings.ToLower(text[w:i])
	if word == "" {
		return false
	}
	if abbreviations[word] {
		return true
	}
	// A single capital letter is an initial ("John F. Kennedy").
	if len(word) == 1 && text[w] >= 'A' && text[w] <= 'Z' {
		return true
	}
	return false
}

// Paragraphs splits text where Sentences always ends a sentence: at blank
// lines and at line breaks that end a headline or a short line. Spans are
// trimmed of surrounding space.
func Paragraphs(text string) []Span {
	var out []Span
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' && paragraphBreak(text, start, i) {
			if s := trimSpan(text, Span{start, i}); s.Len() > 0 {
				out = append(out, s)
			}
			start = i + 1
		}
	}
	if s := trimSpan(text, Span{start, len(text)}); s.Len() > 0 {
		out = append(out, s)
	}
	return out
}

func trimSpan(text string, s Span) Span {
	for s.Start < s.End && isSpaceByte(text[s.Start]) {
		s.Start++
	}
	for s.End > s.Start && isSpaceByte(text[s.End-1]) {
		s.End--
	}
	return s
}
