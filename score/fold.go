package score

import (
	"math"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldPlace reduces a place name to a key that its usual English
// transliterations share, so that "al-Sukhna", "As Sukhnah" and "Sukhneh"
// all fold to "sukhna", and "Deir el-Zour" and "Deir ez-Zor" to "dayr zur".
// The steps, in order:
//
//   - case and diacritics go, apostrophes and ayn/hamza marks vanish
//     ("Dar'a" → "dara"), and any other non-letter separates words;
//   - the Arabic article, written as a word of its own after the hyphen is
//     gone (al, el, ad, ash, as, ar, az, at, ath, an, ed, es, er, ez, et), is
//     dropped unless it is the whole name;
//   - whole words with several spellings take one (Deir/Dayr/Der → dayr,
//     Tell/Tall/Tal/Tel → tal, Kafr/Kfar/Kafar/Kefr → kafr, Ain/Ayn/Ein →
//     ayn, Sheikh/Shaykh → shaykh, Jebel/Jabal → jabal);
//   - within a word: ee → i, ou and oo → u, ei/ey/ai → ay (the diphthong:
//     Zeita/Zayta), then o → u (Arabic writes no o: Zor/Zour), q → k, doubled letters once, a final h after a vowel goes
//     (Sukhnah, Hasakeh), the endings -iyeh/-iyah/-ieh/-iya/-ia become -ia,
//     and a final e becomes a (the ta marbuta written either way).
func foldPlace(s string) string {
	words := splitWords(s)
	kept := words[:0:0]
	for _, w := range words {
		if !articles[w] {
			kept = append(kept, w)
		}
	}
	if len(kept) == 0 {
		kept = words
	}
	out := make([]string, len(kept))
	for i, w := range kept {
		if c, ok := wordVariants[w]; ok {
			w = c
		}
		out[i] = foldWord(w)
	}
	return strings.Join(out, " ")
}

// articles are the spellings of the Arabic definite article, assimilated
// or not, as they stand alone once hyphens are gone.
var articles = map[string]bool{
	"al": true, "el": true, "ad": true, "ash": true, "as": true, "ar": true,
	"az": true, "at": true, "ath": true, "an": true, "ed": true, "es": true,
	"er": true, "ez": true, "et": true, "adh": true, "ul": true,
}

// wordVariants gives one spelling to words whose variants the letter rules
// of foldWord would not join.
var wordVariants = map[string]string{
	"deir": "dayr", "dair": "dayr", "der": "dayr", "deyr": "dayr", "dayr": "dayr",
	"tell": "tal", "tall": "tal", "tel": "tal", "tal": "tal",
	"kafr": "kafr", "kfar": "kafr", "kafar": "kafr", "kefr": "kafr", "kfr": "kafr",
	"ain": "ayn", "ayn": "ayn", "ein": "ayn", "aein": "ayn",
	"sheikh": "shaykh", "shaikh": "shaykh", "shaykh": "shaykh", "sheik": "shaykh", "shaykhah": "shaykh",
	"jebel": "jabal", "jabal": "jabal", "jabel": "jabal",
}

// splitWords lowercases s, strips diacritics and apostrophes, and splits it
// at every other character that is not a letter or digit.
func splitWords(s string) []string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// a diacritic: "Ḥamā" reads as "Hama"
		case isApostrophe(r):
			// "Dar'a", "Ma‘arrat": the mark stands for a consonant
			// that English spellings mostly leave out
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Fields(b.String())
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '`', '´', '‘', '’', 'ʼ', 'ʻ', 'ʾ', 'ʿ', 'ʹ', '′':
		return true
	}
	return false
}

// vowelPairs and singleLetters are foldWord's letter rules, in the order
// they apply: "oo" must become "u" before a lone "o" does.
var (
	vowelPairs    = strings.NewReplacer("ee", "i", "ou", "u", "oo", "u", "ei", "ay", "ey", "ay", "ai", "ay")
	singleLetters = strings.NewReplacer("o", "u", "q", "k")
)

// foldWord applies the letter rules of foldPlace to one lowercase word.
func foldWord(w string) string {
	w = vowelPairs.Replace(w)
	w = singleLetters.Replace(w)
	w = collapseDoubles(w)
	if n := len(w); n > 2 && w[n-1] == 'h' && strings.IndexByte("aeiu", w[n-2]) >= 0 {
		w = w[:n-1]
	}
	for _, suf := range []string{"iye", "iya", "ie", "ia"} {
		if len(w) > len(suf)+1 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)] + "ia"
		}
	}
	if n := len(w); n > 2 && w[n-1] == 'e' {
		w = w[:n-1] + "a"
	}
	return w
}

func collapseDoubles(w string) string {
	b := []byte(w)
	out := b[:0]
	for i, c := range b {
		if i > 0 && c == b[i-1] {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

// splitAlternatives returns a name and, for ACLED's and OCHA's double names
// ("Al-Hasakeh - Al Nashweh Al Gharbiyeh"), each of its parts.
func splitAlternatives(name string) []string {
	parts := strings.Split(name, " - ")
	if len(parts) == 1 {
		return parts
	}
	return append([]string{name}, parts...)
}

// containsWords reports whether the word sequence needle occurs in hay on
// word boundaries: "bab" is in "bab nayrab" but not in "babila".
func containsWords(hay, needle string) bool {
	if needle == "" {
		return false
	}
	h := " " + hay + " "
	return strings.Contains(h, " "+needle+" ")
}

// earthRadiusKm is the mean radius of the Earth.
const earthRadiusKm = 6371.0088

// distanceKm is the great-circle (haversine) distance between two points.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	rad := math.Pi / 180
	dLat := (lat2 - lat1) * rad
	dLon := (lon2 - lon1) * rad
	a := math.Sin(dLat/2)*math.Sin(dLat/2) +
		math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * earthRadiusKm * math.Asin(math.Min(1, math.Sqrt(a)))
}

// governorate is one of Syria's 14 governorates: the name FORMAT.md uses
// and the other spellings reports, ACLED, OCHA and GeoNames give it, with
// its OCHA P-code.
type governorate struct {
	name    string
	pcode   string
	aliases []string
}

var governorates = []governorate{
	{"Aleppo", "SY02", []string{"Halab", "Alep"}},
	{"Al-Hasakah", "SY08", []string{"Al Hasakeh", "Al-Hasakeh", "Hasakah", "Hasakeh", "Hassakeh", "Hasaka", "Hassakah", "Haseke", "Hasakah governorate"}},
	{"Ar-Raqqa", "SY11", []string{"Ar Raqqa", "Raqqa", "Raqqah", "Rakka", "Al-Raqqa"}},
	{"As-Sweida", "SY13", []string{"As Sweida", "Sweida", "Suwayda", "As-Suwayda", "Suweida", "Sweyda", "Soueida"}},
	{"Damascus", "SY01", []string{"Dimashq", "Damascus city"}},
	{"Daraa", "SY12", []string{"Dara", "Dar'a", "Deraa", "Der'a", "Daraa governorate"}},
	{"Deir ez-Zor", "SY09", []string{"Deir ez Zor", "Deir-ez-Zor", "Dayr az Zawr", "Deir el-Zour", "Deir al-Zor", "Deir ez-Zour", "Deir Ezzor", "Der Ezzor", "Deir Azzor", "Deir Zor", "Deir Zour"}},
	{"Hama", "SY05", []string{"Hamah", "Hamat"}},
	{"Homs", "SY04", []string{"Hims"}},
	{"Idlib", "SY07", []string{"Idleb", "Edlib"}},
	{"Lattakia", "SY06", []string{"Latakia", "Latakiya", "Al-Ladhiqiyah", "Ladhiqiyah", "Lattaquie"}},
	{"Quneitra", "SY14", []string{"Al Qunaytirah", "Qunaytirah", "Kuneitra", "Quneitra governorate"}},
	{"Rural Damascus", "SY03", []string{"Rif Dimashq", "Reef Damascus", "Rif Damascus", "Damascus countryside", "Damascus Countryside", "Rif-Dimashq", "Damascus suburbs"}},
	{"Tartous", "SY10", []string{"Tartus", "Tartoos"}},
}

// governorateWords are the words a governorate's name may carry that say
// what it is rather than which it is.
var governorateWords = map[string]bool{
	"governorate": true, "province": true, "muhafazat": true, "mohafazat": true,
	"muhafaza": true, "gov": true,
}

// governorateIndex maps each folded spelling and P-code to the FORMAT.md
// name. It is built once and only read.
var governorateIndex = func() map[string]string {
	m := make(map[string]string)
	for _, g := range governorates {
		for _, s := range append([]string{g.name, g.pcode}, g.aliases...) {
			m[governorateFold(s)] = g.name
		}
	}
	return m
}()

func governorateFold(s string) string {
	words := splitWords(s)
	kept := words[:0]
	for _, w := range words {
		if !governorateWords[w] {
			kept = append(kept, w)
		}
	}
	return foldPlace(strings.Join(kept, " "))
}

// governorateKey returns the FORMAT.md name of the governorate s spells, or,
// for a spelling it does not know, s folded as a place name (so two unknown
// spellings still agree when they fold alike). It returns "" for "".
func governorateKey(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	f := governorateFold(s)
	if name, ok := governorateIndex[f]; ok {
		return name
	}
	return "?" + f
}

// governorateOfPCode returns the governorate an OCHA P-code ("SY0705",
// "SY070500") lies in, or "".
func governorateOfPCode(pcode string) string {
	if len(pcode) < 4 || !strings.EqualFold(pcode[:2], "SY") {
		return ""
	}
	return governorateIndex[strings.ToLower(pcode[:4])]
}
