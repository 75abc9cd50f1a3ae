package casualty

import "strings"

// wordFlag classes a word for the phrase grammar. A word may have several.
type wordFlag uint32

const (
	fPerson     wordFlag = 1 << iota // head of a victim phrase: "soldiers"
	fSingular                        // a singular person noun: "soldier", counted 1 after "a"
	fModifier                        // may stand before a victim head: "regime", "allied"
	fActive                          // a verb whose object is the victims: "killing", "killed"
	fPassive                         // follows the victims: "killed", "dead", "died"
	fNominal                         // a noun counting victims: "fatalities", "bodies"
	fNounOf                          // a noun before "of" and the victims: "death of", "lives of"
	fToll                            // "toll"
	fAux                             // skipped between victims and trigger: "were", "reportedly"
	fBe                              // a passive auxiliary: "were", "been", "getting"
	fUnitBefore                      // a number after it is a name or a measure: "Brigade 93"
	fDate                            // a month or weekday name
	fFunc                            // may follow a bare count: "in", "and", "while"
	fDeterminer                      // after a verb, shows it is active: "the", "his"
	fForeign                         // a country or city outside Syria
	fOthers                          // "others": victims are those of the previous figure
	fBringing                        // "bringing the toll to": a running figure
	fWar                             // "war", "conflict": a war-wide toll
	fPlace                           // plural nouns of places and incidents: "attacks", "towns"
	fMulti                           // "separate", "multiple": several incidents
	fArea                            // plural nouns of places: "towns", "areas"
	fIndef                           // may open a figure without a number: "a", "both", "him"
	fNumStart                        // may open a number phrase: "at", "nearly", "four"
	fCue                             // anchors an aggregate or foreign cue: "since", "separate"
)

// wordInfo is what the lexicon knows about a lower-case word.
type wordInfo struct {
	flags   wordFlag
	outcome Outcome // of a trigger word
	norm    string  // of a person noun: the plural head it normalises to
}

// triggerFlags are the flags of words that can carry an outcome.
const triggerFlags = fActive | fPassive | fNominal | fNounOf | fToll

// lexicon is read-only after initialisation.
var lexicon = buildLexicon()

func buildLexicon() map[string]wordInfo {
	m := make(map[string]wordInfo, 1024)
	add := func(f wordFlag, words ...string) {
		for _, w := range words {
			e := m[w]
			e.flags |= f
			m[w] = e
		}
	}
	trig := func(f wordFlag, o Outcome, words ...string) {
		for _, w := range words {
			e := m[w]
			e.flags |= f
			e.outcome = o
			m[w] = e
		}
	}
	// person adds a person noun; its plural is norm, and the other forms
	// normalise to it. A singular form is named with a leading '1'.
	person := func(norm string, words ...string) {
		for _, w := range append([]string{norm}, words...) {
			f := fPerson
			if w[0] == '1' {
				w, f = w[1:], f|fSingular
			}
			e := m[w]
			e.flags |= f
			e.norm = norm
			m[w] = e
		}
	}

	// Victims. Synonyms fold into the heads a caller will meet most.
	person("people", "1person", "persons", "1individual", "individuals", "victims", "1victim")
	person("civilians", "1civilian")
	person("soldiers", "1soldier", "troops", "1troop", "servicemen", "1serviceman", "conscripts", "1conscript",
		"recruits", "1recruit", "personnel", "marines", "1marine")
	person("officers", "1officer")
	person("fighters", "1fighter", "combatants", "1combatant", "guerrillas", "1guerrilla")
	person("militants", "1militant", "extremists", "1extremist", "terrorists", "1terrorist")
	person("members", "1member", "elements", "1element", "operatives", "1operative", "cadres", "affiliates")
	person("militiamen", "1militiaman", "militia", "militias", "militiamen's")
	person("forces")
	person("rebels", "1rebel")
	person("jihadists", "1jihadist", "islamists", "1islamist", "insurgents", "1insurgent", "mercenaries", "1mercenary")
	person("gunmen", "1gunman", "attackers", "1attacker", "assailants", "1assailant", "bombers", "1bomber")
	person("children", "1child", "kids", "1kid", "infants", "1infant", "babies", "1baby",
		"boys", "1boy", "girls", "1girl", "teenagers", "1teenager", "minors", "1minor", "toddlers", "1toddler")
	person("women", "1woman")
	person("men", "1man")
	person("policemen", "1policeman", "police", "policemen's")
	person("guards", "1guard", "bodyguards", "1bodyguard")
	person("commanders", "1commander", "leaders", "1leader", "chiefs", "1chief", "generals", "1general",
		"colonels", "1colonel", "captains", "1captain", "lieutenants", "1lieutenant", "brigadiers", "1brigadier",
		"emirs", "1emir", "sheikhs", "1sheikh")
	// Heads that are their own normal form: plural/singular.
	for _, pair := range []string{
		"residents/resident", "villagers/villager", "inhabitants/inhabitant", "locals/local",
		"farmers/farmer", "shepherds/shepherd", "workers/worker", "employees/employee",
		"labourers/labourer", "laborers/laborer", "fishermen/fisherman",
		"students/student", "teachers/teacher", "worshippers/worshipper", "passengers/passenger",
		"pedestrians/pedestrian", "protesters/protester", "demonstrators/demonstrator",
		"refugees/refugee", "displaced/", "nationals/national", "foreigners/foreigner",
		"relatives/relative", "brothers/brother", "sons/son", "daughters/daughter", "wives/wife",
		"husbands/husband", "mothers/mother", "fathers/father", "doctors/doctor", "medics/medic",
		"paramedics/paramedic", "nurses/nurse", "journalists/journalist", "reporters/reporter",
		"photographers/photographer", "activists/activist", "volunteers/volunteer", "rescuers/rescuer",
		"smugglers/smuggler", "tribesmen/tribesman", "clansmen/clansman", "defectors/defector",
		"detainees/detainee", "prisoners/", "inmates/inmate", "hostages/", "peacekeepers/peacekeeper",
		"snipers/sniper", "loyalists/loyalist", "supporters/supporter", "agents/agent",
		"informants/informant", "collaborators/collaborator", "contractors/contractor",
		"drivers/driver", "pilots/pilot", "officials/official", "engineers/engineer", "crew/", "staff/", "dissidents/dissident",
		"opponents/opponent", "mukhtars/mukhtar", "notables/notable", "imams/imam", "priests/priest",
		"judges/judge", "citizens/citizen", "assistants/assistant", "aides/aide", "deputies/deputy",
		"escorts/escort", "companions/companion", "operators/operator", "sisters/sister", "cousins/cousin",
		"uncles/uncle", "nephews/nephew", "spokesmen/spokesman", "experts/expert",
		"artists/artist", "writers/writer", "poets/poet", "filmmakers/filmmaker", "politicians/politician", "majors/major", "sergeants/sergeant", "corporals/corporal", "lawyers/lawyer", "traders/trader", "merchants/merchant", "guests/guest",
	} {
		pl, sg, _ := strings.Cut(pair, "/")
		if sg == "" {
			person(pl)
		} else {
			person(pl, "1"+sg)
		}
	}
	person("syrians", "1syrian")
	for _, w := range []string{"kurds", "turks", "russians", "iranians", "americans", "israelis", "iraqis",
		"afghans", "palestinians", "alawites", "shiites", "sunnis", "christians", "arabs", "yazidis",
		"lebanese", "druze", "turkmen", "pakistanis", "uzbeks", "chechens", "egyptians", "jordanians",
		"saudis", "tunisians", "britons"} {
		person(w)
	}
	person("others", "another")
	add(fOthers, "others", "another")
	// "prisoners" may also be "taken prisoner"; "family" is a modifier in "family members".

	add(fModifier, "regime", "government", "pro-government", "pro-regime", "opposition", "rebel", "allied",
		"loyalist", "local", "foreign", "other", "more", "additional", "further", "young", "old", "elderly",
		"unarmed", "armed", "innocent", "female", "male", "senior", "junior", "high-ranking", "former",
		"reconciled", "islamist", "jihadist", "faction", "factions", "army", "security", "police",
		"military", "civil", "defence", "defense", "medical", "aid", "relief", "tribal", "clan", "border",
		"special", "elite", "national", "popular", "state", "intelligence", "air", "naval", "ground",
		"volunteer", "sunni", "shia", "shiite", "kurdish", "arab", "displaced", "family", "suspected",
		"alleged", "wanted", "unidentified", "unknown", "masked", "coalition", "paramilitary", "civilian",
		"emergency", "rescue", "humanitarian", "media", "health", "traffic", "fellow", "same", "syrian",
		"group", "groups", "republican", "brigade", "division",
		"battalion", "regiment", "corps", "infantry", "commando", "commandos", "ranking", "lower-ranking",
		"defence's", "own", "non-syrian", "iran-backed", "turkish-backed", "us-backed", "russian-backed",
		"government-allied", "regime-allied", "retired", "active", "total", "confirmed", "documented",
		"recorded", "top", "tribe", "front", "movement", "party", "council", "committee", "cell", "cells",
		"branch", "directorate", "office", "force")

	// Outcomes. A verb's -ing form takes its victims after it; its past
	// participle may do either ("killed 27 soldiers", "27 soldiers killed").
	trig(fActive|fNounOf, Killed, "killing")
	trig(fActive|fPassive, Killed, "killed", "executed", "massacred", "slaughtered", "slain", "murdered", "assassinated", "beheaded")
	trig(fActive, Killed, "kill", "kills", "executing", "execute", "executes", "massacring", "slaughtering", "murdering", "beheading")
	trig(fPassive, Killed, "dead", "died", "die", "dies", "perished", "succumbed", "lost", "drowned", "suffocated", "martyred")
	trig(fNominal|fNounOf, Killed, "deaths", "bodies", "corpses", "fatalities", "killings", "executions")
	trig(fNominal, Killed, "fatality", "dead", "killed", "martyrs", "death")
	trig(fNounOf, Killed, "death", "body", "corpse", "remains", "execution", "lives", "life", "murder", "assassination")
	trig(fActive|fPassive, Wounded, "wounded", "injured", "hurt", "maimed")
	trig(fActive, Wounded, "wounding", "injuring", "hurting", "injures", "wounds", "injure", "wound")
	trig(fNominal|fNounOf, Wounded, "injuries", "injury", "wounding")
	trig(fNominal, Wounded, "wounded", "injured")
	trig(fNominal|fNounOf, KilledOrWounded, "casualties")
	trig(fNominal, KilledOrWounded, "casualty")
	trig(fActive|fPassive, Captured, "captured", "seized")
	trig(fActive, Captured, "capturing", "seizing", "capture", "captures", "seize")
	trig(fNounOf, Captured, "capture")
	trig(fActive|fPassive, Abducted, "abducted", "kidnapped", "kidnaped")
	trig(fActive, Abducted, "abducting", "kidnapping", "abduct", "kidnap")
	trig(fNounOf, Abducted, "abduction", "kidnapping", "abductions", "kidnappings")
	trig(fPassive, Missing, "missing", "disappeared")
	trig(fActive|fPassive, Arrested, "arrested", "detained")
	trig(fActive, Arrested, "arresting", "detaining", "arrest", "detain")
	trig(fNounOf, Arrested, "arrest", "arrests", "detention")
	trig(fToll, Killed, "toll", "tally", "deathtoll")

	add(fAux|fBe, "was", "were", "is", "are", "be", "been", "being", "got", "get", "gets", "getting", "became", "become")
	add(fAux, "have", "has", "had", "reportedly", "also", "all", "both", "later", "allegedly", "apparently",
		"subsequently", "eventually", "already", "then", "instantly", "immediately", "critically",
		"seriously", "slightly", "lightly", "badly", "severely", "fatally", "mortally", "found",
		"reported", "confirmed", "believed", "thought", "feared", "likely", "presumed", "now",
		"each", "either", "went", "remain", "remained", "lay", "lie", "still",
		"lying", "recently", "initially", "originally", "tragically", "shot", "who")

	for w := range numberStarts {
		add(fNumStart, w)
	}
	add(fCue, "since", "far", "date", "year", "month", "week", "past", "recent", "cumulative",
		"overall", "separate", "series", "across", "different", "hours", "hrs", "syria", "syrian",
		"distributed", "divided", "spread", "split", "allocated", "apportioned", "days", "weeks", "months", "nights")
	add(fIndef, "a", "an", "another", "single", "the", "its", "his", "their", "both", "half", "him", "her", "he", "she")
	add(fUnitBefore, "brigade", "division", "regiment", "battalion", "corps", "route", "resolution",
		"highway", "road", "no", "number", "article", "flight", "page", "km", "aged", "age", "ages",
		"unit", "squad", "sector", "zone", "level", "grade", "phase", "section", "lot", "building",
		"block", "gate", "room", "floor", "row", "camp", "point", "checkpoint", "kilometre", "kilometer",
		"mile", "hill", "height", "model", "version", "chapter", "item", "clause", "paragraph")
	add(fDate, "january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
		"oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	add(fFunc, "and", "or", "in", "on", "at", "while", "as", "after", "during", "when", "near", "by",
		"including", "among", "of", "from", "with", "since", "so", "but", "amid", "following", "before",
		"inside", "outside", "between", "across", "than", "this", "last", "yesterday", "today", "overnight",
		"earlier", "others", "more", "whom", "who", "which", "that", "into", "over", "for",
		"around", "east", "west", "north", "south", "there", "here", "according", "said", "says", "to", "due")
	add(fDeterminer, "the", "a", "an", "his", "her", "their", "its", "him", "them", "our", "your",
		"these", "those")
	add(fForeign, "iraq", "lebanon", "kuwait", "tunisia", "france", "jordan", "yemen", "libya", "egypt",
		"afghanistan", "pakistan", "ukraine", "gaza", "israel", "turkey", "iran", "russia", "belgium",
		"germany", "britain", "mosul", "baghdad", "beirut", "ramadi", "fallujah", "anbar", "paris",
		"brussels", "istanbul", "ankara", "sousse", "tunis", "kabul", "sanaa", "cairo", "amman", "tehran",
		"moscow", "london", "nigeria", "somalia", "mali", "sinai", "tripoli", "benghazi", "kirkuk", "erbil")
	add(fBringing, "bringing", "raising", "pushing", "taking", "brings", "raises", "pushes", "takes",
		"brought", "raised", "pushed", "took", "lifting", "lifted", "putting", "puts", "increasing")
	add(fWar, "war", "conflict", "uprising", "revolution", "insurgency", "war-torn", "war-ravaged", "war-wracked", "war-stricken")
	add(fPlace, "attacks", "incidents", "ambushes", "assaults", "bombings")
	add(fArea, "areas", "parts", "places", "locations", "provinces", "governorates", "towns", "cities",
		"villages", "regions", "fronts", "districts", "neighbourhoods", "neighborhoods")
	add(fMulti, "separate", "multiple", "various", "different", "several", "two", "three", "four", "five",
		"both", "series", "across")
	return m
}

// tollPrep are the words that may stand between a toll and its figure:
// "the toll rose to 40", "fatalities coded as 8", "the death toll stood at 12".
var tollPrep = map[string]bool{
	"to": true, "at": true, "as": true, "of": true, "reached": true, "hit": true, "topped": true,
	"passed": true, "exceeded": true, "surpassed": true, "is": true, "was": true, "were": true,
	"stands": true, "stood": true, "numbered": true, "totalled": true, "totaled": true, ":": true,
	"reaching": true, "now": true, "climbed": true, "rose": true, "risen": true, "jumped": true,
	"are": true, "be": true, "coded": true, "codded": true, "totalling": true, "totaling": true,
}
