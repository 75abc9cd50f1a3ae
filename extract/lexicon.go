package extract

// means is how violence was done, read from a trigger word. Its order is
// the order of precedence when an incident's sentences name several: the
// most specific means decides the ACLED sub-event type.
type means uint8

const (
	meansNone means = iota
	meansKilling
	meansAttack
	meansClash
	meansCapture
	meansAbduction
	meansExecution
	meansGrenade
	meansShelling
	meansAir
	meansIED
	meansSuicide
	meansChemical
	meansProtest
	meansArrest
)

var meansNames = [...]string{
	meansNone: "none", meansKilling: "killing", meansAttack: "attack", meansClash: "clash",
	meansCapture: "capture", meansAbduction: "abduction", meansExecution: "execution",
	meansGrenade: "grenade", meansShelling: "shelling", meansAir: "air strike", meansIED: "explosive",
	meansSuicide: "suicide bombing", meansChemical: "chemical weapon", meansProtest: "protest", meansArrest: "arrest",
}

// String names the means, for explanations.
func (m means) String() string {
	if int(m) < len(meansNames) {
		return meansNames[m]
	}
	return "means?"
}

// rank orders means by which decides an incident's type when a sentence
// names several. Taking ground decides over the fighting that took it, and
// explicit fighting over the shelling and air strikes that came with it
// (ACLED codes "clashes, accompanied by regime shelling" as one battle);
// among the rest, the more specific weapon decides.
func (m means) rank() int {
	switch m {
	case meansCapture:
		return 100
	case meansClash:
		return 90
	case meansProtest, meansArrest:
		return 1
	}
	return int(m) + 10
}

// family groups means that a report may use interchangeably for one
// incident ("the ambush", "the clashes", "the attack").
func (m means) family() int {
	switch m {
	case meansKilling, meansAttack, meansClash, meansCapture, meansExecution, meansGrenade:
		return 1
	case meansAir:
		return 2
	case meansShelling:
		return 3
	case meansIED, meansSuicide:
		return 4
	case meansChemical:
		return 5
	case meansAbduction:
		return 6
	case meansProtest:
		return 7
	case meansArrest:
		return 8
	}
	return 0
}

// triggers maps a lower-case word to the means it signals. Words that only
// signal violence next to another word ("air", "car") are in bigrams.
var triggers = map[string]means{
	"killed": meansKilling, "killing": meansKilling, "kill": meansKilling, "kills": meansKilling,
	"dead": meansKilling, "died": meansKilling, "deaths": meansKilling, "slain": meansKilling,
	"wounded": meansKilling, "injured": meansKilling, "wounding": meansKilling, "injuring": meansKilling,
	"fatalities": meansKilling, "fatality": meansKilling, "casualties": meansKilling,

	"attack": meansAttack, "attacks": meansAttack, "attacked": meansAttack, "attacking": meansAttack,
	"assault": meansAttack, "assaulted": meansAttack, "assaults": meansAttack,
	"ambush": meansAttack, "ambushed": meansAttack, "ambushes": meansAttack,
	"raid": meansAttack, "raided": meansAttack, "stormed": meansAttack, "storming": meansAttack,
	"offensive": meansAttack, "targeted": meansAttack, "targeting": meansAttack,
	"shot": meansAttack, "gunfire": meansAttack, "gunmen": meansAttack, "infiltration": meansAttack,
	"infiltrated": meansAttack, "sniper": meansAttack, "stabbed": meansAttack,

	"clashes": meansClash, "clashed": meansClash, "clash": meansClash, "fighting": meansClash,
	"fought": meansClash, "battles": meansClash, "battle": meansClash, "battled": meansClash,
	"firefight": meansClash, "skirmishes": meansClash, "combat": meansClash, "confrontations": meansClash,

	"captured": meansCapture, "seized": meansCapture, "overran": meansCapture, "recaptured": meansCapture,
	"retook": meansCapture, "regained": meansCapture, "capture": meansCapture, "takeover": meansCapture,
	"fell": meansCapture, "seizing": meansCapture, "capturing": meansCapture, "advanced": meansCapture,
	"control": meansCapture, "controlled": meansCapture, "controlling": meansCapture,

	"abducted": meansAbduction, "kidnapped": meansAbduction, "abduction": meansAbduction,
	"kidnapping": meansAbduction, "abducting": meansAbduction, "hostage": meansAbduction, "hostages": meansAbduction,

	"executed": meansExecution, "execution": meansExecution, "executions": meansExecution,
	"beheaded": meansExecution, "massacre": meansExecution, "massacred": meansExecution, "massacres": meansExecution,

	"grenade": meansGrenade, "grenades": meansGrenade,

	"shelled": meansShelling, "shelling": meansShelling, "shells": meansShelling, "artillery": meansShelling,
	"mortar": meansShelling, "mortars": meansShelling, "rocket": meansShelling, "rockets": meansShelling,
	"missile": meansShelling, "missiles": meansShelling, "bombardment": meansShelling, "shell": meansShelling,
	"shellfire": meansShelling,

	"airstrike": meansAir, "airstrikes": meansAir, "warplanes": meansAir, "warplane": meansAir,
	"jets": meansAir, "drone": meansAir, "drones": meansAir, "helicopter": meansAir, "helicopters": meansAir,
	"strike": meansAir, "strikes": meansAir, "struck": meansAir,
	"air-strike": meansAir, "air-strikes": meansAir, "bombed": meansAir, "bombing": meansAir, "bombings": meansAir,

	"ied": meansIED, "ieds": meansIED, "landmine": meansIED, "landmines": meansIED, "blast": meansIED,
	"blasts": meansIED, "explosion": meansIED, "explosions": meansIED, "exploded": meansIED,
	"detonated": meansIED, "bomb": meansIED, "bombs": meansIED, "booby-trapped": meansIED, "mine": meansIED,

	"chemical": meansChemical, "sarin": meansChemical, "chlorine": meansChemical, "toxic": meansChemical,

	"protest": meansProtest, "protests": meansProtest, "protesters": meansProtest, "demonstrators": meansProtest,
	"demonstration": meansProtest, "demonstrations": meansProtest, "rally": meansProtest,
	"protested": meansProtest, "demonstrated": meansProtest, "rallied": meansProtest, "protesting": meansProtest,
	"demonstrating": meansProtest,

	"arrested": meansArrest, "detained": meansArrest, "arrest": meansArrest, "arrests": meansArrest,
}

// bigrams are two-word triggers, keyed "first second".
var bigrams = map[string]means{
	"air strike": meansAir, "air strikes": meansAir, "air raid": meansAir, "air raids": meansAir,
	"air attack": meansAir, "air attacks": meansAir, "aerial bombardment": meansAir, "barrel bombs": meansAir,
	"barrel bomb": meansAir, "missile strike": meansAir, "missile strikes": meansAir, "aerial strike": meansAir,
	"rocket strike": meansAir, "drone strike": meansAir, "drone strikes": meansAir, "aerial attack": meansAir,
	"opened fire": meansAttack, "open fire": meansAttack, "shot dead": meansAttack,
	"returned fire": meansClash, "exchanged fire": meansClash, "exchange of": meansClash,
	"took control": meansCapture, "took over": meansCapture, "seized control": meansCapture,
	"gained control": meansCapture, "full control": meansCapture, "control of": meansCapture,
	"car bomb": meansIED, "car bombs": meansIED, "roadside bomb": meansIED, "explosive device": meansIED,
	"explosive devices": meansIED, "bomb exploded": meansIED, "bomb went": meansIED, "truck bomb": meansIED,
	"motorcycle bomb": meansIED, "bomb blast": meansIED, "booby trapped": meansIED, "car-bomb": meansIED,
	"suicide bomber": meansSuicide, "suicide bombers": meansSuicide, "suicide bombing": meansSuicide,
	"suicide attack": meansSuicide, "suicide attacks": meansSuicide, "suicide car": meansSuicide,
	"suicide bombings": meansSuicide, "himself up": meansSuicide, "suicide vest": meansSuicide,
	"poison gas": meansChemical, "gas attack": meansChemical, "chemical attack": meansChemical,
	"chemical weapons": meansChemical, "nerve agent": meansChemical,
}

// anaphors are definite references back to an incident already told: "the
// ambush", "the attack", "the blast". A sentence with one attaches to an
// earlier incident of the same family rather than opening a new one.
var anaphorNouns = map[string]bool{
	"attack": true, "ambush": true, "assault": true, "clashes": true, "fighting": true, "blast": true,
	"explosion": true, "bombing": true, "strike": true, "strikes": true, "raid": true, "raids": true,
	"shelling": true, "bombardment": true, "battle": true, "battles": true, "offensive": true,
	"massacre": true, "incident": true, "violence": true, "attacks": true, "air": true,
	"airstrike": true, "airstrikes": true, "blasts": true, "explosions": true, "bombings": true,
}
