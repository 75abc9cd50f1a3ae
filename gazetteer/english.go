package gazetteer

// commonWords are English words that are also, once folded, the names of
// Syrian villages ("Has", "Mare", "Kinda", "Attack" like Toq…). A
// single-word place match on one of them stands only where the text spells
// the place's own name exactly and not at the start of a sentence or a
// line, where a capital letter tells nothing.
var commonWords = func() map[string]struct{} {
	words := []string{
		// Function words, pronouns, auxiliaries.
		"a", "about", "above", "after", "again", "against", "all", "also", "am", "among", "an", "and",
		"any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between",
		"both", "but", "by", "can", "could", "did", "do", "does", "down", "during", "each", "early",
		"either", "even", "ever", "every", "few", "for", "from", "further", "had", "has", "have",
		"having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is",
		"it", "its", "just", "late", "later", "least", "less", "like", "many", "may", "me", "might",
		"more", "most", "much", "must", "my", "near", "neither", "never", "no", "nor", "not", "now",
		"of", "off", "on", "once", "one", "only", "or", "other", "our", "out", "over", "own", "per",
		"same", "she", "should", "since", "so", "some", "still", "such", "than", "that", "the",
		"their", "them", "then", "there", "these", "they", "this", "those", "though", "through",
		"thus", "to", "too", "under", "until", "up", "upon", "us", "very", "was", "we", "were",
		"what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will",
		"with", "within", "without", "would", "yet", "you", "your", "mr", "mrs", "ms", "dr",
		// Numbers and time.
		"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"first", "second", "third", "fourth", "last", "next", "half", "dozen", "dozens", "hundreds",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "june", "july", "august", "september",
		"october", "november", "december", "today", "yesterday", "tomorrow", "week", "month",
		"year", "day", "days", "night", "morning", "evening", "afternoon", "dawn", "noon",
		// Frequent words of conflict reporting.
		"army", "attack", "attacks", "air", "airstrike", "airstrikes", "strike", "strikes", "raid",
		"raids", "shell", "shells", "shelling", "bomb", "bombs", "blast", "car", "killed", "kill",
		"dead", "death", "deaths", "toll", "wounded", "injured", "fighters", "fighting", "forces",
		"force", "troops", "rebels", "rebel", "militants", "militia", "militias", "group", "groups",
		"state", "front", "council", "party", "police", "security", "military", "government",
		"regime", "opposition", "president", "minister", "ministry", "official", "officials",
		"source", "sources", "said", "says", "say", "told", "reported", "report", "reports",
		"according", "news", "agency", "media", "center", "centre", "observatory", "monitor",
		"human", "rights", "civil", "defence", "defense", "white", "helmets", "red", "crescent",
		"cross", "united", "nations", "national", "democratic", "free", "syrian", "syria",
		"russian", "russia", "turkish", "turkey", "iranian", "iran", "iraqi", "iraq", "israeli",
		"israel", "american", "kurdish", "kurds", "arab", "arabs", "islamic", "islamist", "jihadist",
		"jihadists", "sunni", "shiite", "shia", "alawite", "christian", "christians", "muslim",
		"town", "city", "village", "villages", "province", "governorate", "district", "area",
		"region", "countryside", "north", "south", "east", "west", "northern", "southern",
		"eastern", "western", "central", "upper", "lower", "big", "little", "old", "new", "great",
		"road", "highway", "border", "crossing", "camp", "base", "airport", "hospital", "school",
		"market", "mosque", "church", "bridge", "dam", "river", "valley", "mountain", "hill",
		"sea", "lake", "desert", "field", "fields", "oil", "gas", "water", "power", "plant",
		"home", "house", "houses", "street", "square", "gate", "castle", "tower", "prison",
		"peace", "war", "truce", "ceasefire", "deal", "talks", "aid", "convoy", "refugees",
		"children", "women", "men", "man", "woman", "child", "people", "family", "civilians",
		"mare", "mil", "kinda", "salam", "safe", "safi", "dana", "sur", "sanaa", "turin", "mal",
		"well", "good", "bad", "hot", "cold", "high", "low", "long", "short", "full", "open",
		"close", "closed", "main", "top", "key", "major", "local", "heavy", "fresh", "further",
		"amid", "despite", "across", "along", "around", "behind", "beyond", "inside", "outside",
		"toward", "towards", "via", "whereas", "yes", "ok", "none", "nothing", "also", "another",
	}
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return m
}()

// genericWord reports whether w is a lower-case word that may stand inside
// a place name the press otherwise capitalises: "Bab al-Hawa crossing",
// "Tabqa air base".
func genericWord(w string) bool {
	switch w {
	case "crossing", "border", "air", "base", "airbase", "airport", "military", "international",
		"dam", "river", "plain", "valley", "highway", "motorway", "road", "field", "oil", "gas",
		"oilfield", "plant", "facility", "garrison", "camp", "mountain", "mountains", "desert",
		"heights", "airfield", "countryside", "province", "governorate", "suburbs", "city":
		return true
	}
	return false
}

// properWords are capitalised words of reports that fold like the name of
// some village ("Russia" like Rweiseh, "Human" like Hamin, "Omar" is a
// village and a man) but, standing alone, are far likelier the country,
// the people, the party or the man: a single-word place match on one of
// them is dropped wherever it stands. A place of that name is still found
// in a longer name ("Tal Hassan") or a relation the resolver reads.
var properWords = func() map[string]struct{} {
	words := []string{
		// Countries, capitals and peoples.
		"russia", "russian", "russians", "china", "chinese", "iran", "iranian", "iranians", "turkey",
		"turkish", "turks", "israel", "israeli", "israelis", "jordan", "jordanian", "lebanon",
		"lebanese", "iraq", "iraqi", "iraqis", "egypt", "egyptian", "america", "american",
		"americans", "britain", "british", "france", "french", "germany", "german", "europe",
		"european", "qatar", "qatari", "saudi", "arabia", "emirates", "yemen", "libya", "kuwait",
		"moscow", "tehran", "ankara", "washington", "beirut", "amman", "cairo", "baghdad", "riyadh",
		"doha", "geneva", "vienna", "astana", "sochi", "mosul", "erbil", "london", "paris", "berlin",
		"syrian", "syrians", "arab", "arabs", "kurd", "kurdish", "kurds", "turkmen", "circassian",
		"armenian", "assyrian", "sunni", "sunnis", "shia", "shiite", "shiites", "alawite",
		"alawites", "druze", "christian", "christians", "ismaili", "ismailis", "yazidi", "muslim",
		"muslims", "jewish", "bedouin",
		// Parties, groups and institutions.
		"hamas", "hezbollah", "hizbollah", "nusra", "qaeda", "daesh", "isis", "isil", "ypg", "pkk",
		"baath", "army", "house", "human", "council", "security", "pentagon", "kremlin", "congress",
		"parliament", "coalition", "crescent", "red", "white", "helmets", "front", "state", "union",
		"nations", "watch", "amnesty", "reuters", "sana", "jazeera", "arabiya", "twitter", "facebook",
		// The country, the calendar and other capitalised nouns of reports.
		"syria", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "sea", "ocean", "gulf", "mediterranean", "republic",
		"kingdom", "international", "united", "observatory", "ministry", "government", "regime",
		"rebels", "police", "military", "minister", "spokesman", "force", "forces", "agency",
		"news", "media", "office", "command", "brigade", "brigades", "battalion", "division",
		// Titles and kinship words of names.
		"president", "general", "colonel", "captain", "major", "sheikh", "imam", "abu", "umm", "um",
		"bin", "ibn", "al", "el", "mr", "mrs", "dr", "hayat", "tahrir",
	}
	m := make(map[string]struct{}, len(words)+len(givenNames))
	for _, w := range words {
		m[w] = struct{}{}
	}
	for w := range givenNames {
		m[w] = struct{}{}
	}
	return m
}()

// givenNames are frequent Arabic and Kurdish given names, which are also
// village names ("Omar", "Hadi", "Bali"…): a name standing beside one of
// them is a person's ("Hadi Abdullah", "Mustafa Bali"), not a place.
var givenNames = func() map[string]struct{} {
	words := []string{
		"mohammed", "muhammad", "mohammad", "ahmed", "ahmad", "ali", "omar", "umar", "hassan",
		"hasan", "hussein", "husain", "khaled", "khalid", "mahmoud", "mahmud", "mustafa", "ibrahim",
		"ismail", "youssef", "yusuf", "abdullah", "abdallah", "abdul", "abdel", "salim", "salem",
		"saleh", "said", "saeed", "hamza", "hamad", "hamid", "jamil", "karim", "nasser", "nasr",
		"rami", "samir", "walid", "yasser", "ziad", "fadi", "bashar", "hafez", "maher", "assad",
		"fatima", "aisha", "zainab", "zeinab", "mariam", "maryam", "sara", "layla", "leila", "nour",
		"suleiman", "sulaiman", "suleimani", "julani", "baghdadi", "osman", "othman", "uthman",
		"jihad", "jalal", "talal", "mustefa", "hashimi", "shami", "mike", "john", "david",
		"abu", "umm", "hadi", "mazloum", "ilham", "salih", "nouri",
	}
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return m
}()

// givenName reports whether w, in any case, is one of givenNames.
func givenName(w string) bool { return inSet(givenNames, w) }

// properWord reports whether w, in any case, is one of properWords.
func properWord(w string) bool { return inSet(properWords, w) }

// commonWord reports whether w, in any case, is one of commonWords.
func commonWord(w string) bool { return inSet(commonWords, w) }

// inSet reports whether w, lower-cased, is in set.
func inSet(set map[string]struct{}, w string) bool {
	if len(w) > 16 {
		return false
	}
	var b [16]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	_, ok := set[string(b[:len(w)])]
	return ok
}
