package casualty

// triggerStems are the beginnings of every word that can carry an outcome.
// mayMention looks for them before a sentence is tokenized, so a sentence
// without one costs a single pass over its bytes. A test checks that every
// trigger in the lexicon starts with one of them.
var triggerStems = [26][]string{
	0 /* 'a' */ : {"abduct", "arrest", "assassinat"},
	'b' - 'a':    {"bod", "behead"},
	'c' - 'a':    {"casualt", "captur", "captive", "corpse"},
	'd' - 'a':    {"dead", "death", "die", "dying", "detain", "detent", "disappear", "drown"},
	'e' - 'a':    {"execut"},
	'f' - 'a':    {"fatalit"},
	'h' - 'a':    {"hurt", "hostage"},
	'i' - 'a':    {"injur"},
	'k' - 'a':    {"kill", "kidnap"},
	'l' - 'a':    {"lives", "life", "lost"},
	'm' - 'a':    {"massacr", "missing", "murder", "martyr", "maim"},
	'p' - 'a':    {"perish", "prisoner"},
	'r' - 'a':    {"remains"},
	's' - 'a':    {"slain", "slaughter", "succumb", "seiz", "suffocat", "shot"},
	't' - 'a':    {"toll", "tally"},
	'w' - 'a':    {"wound"},
}

// mayMention reports whether s holds a word that begins like a casualty
// trigger. It may say yes wrongly ("diesel", "lives"), never no wrongly.
func mayMention(s string) bool {
	prevLetter := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		letter := isLetter(c)
		if letter && !prevLetter {
			stems := triggerStems[(c|0x20)-'a']
			for _, st := range stems {
				if len(s)-i >= len(st) && equalFold(s[i:i+len(st)], st) {
					return true
				}
			}
		}
		prevLetter = letter || c >= 0x80
	}
	return false
}
