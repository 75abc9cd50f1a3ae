package corpus

// The templates below were written for this package in the style of wire
// reports; none is taken from an article. Slots in braces are filled by
// Generator.slot: {place} {gov} {dist} the incident's place, governorate
// and district; {other} another place; {att}/{Att} the attacker, {target}
// the side attacked, {victims} a noun for the dead; {k}/{K} the toll as
// written, {kd} in digits, {alt} another source's toll, {w} the wounded;
// {day} when; {src} {src2} sources; the rest are numbers and words that
// count no dead.

// kind is the type of an incident.
type kind int

const (
	kindClash kind = iota
	kindAirStrike
	kindShelling
	kindIED
	kindSuicide
	kindCivilians
	kindAbduction
	kindTerritory
	numKinds
)

var headlines = [numKinds][]string{
	kindClash: {
		"Clashes kill {k} in Syria's {gov}",
		"Fighting near {place} leaves {k} dead",
		"{K} killed as {att} and {target} clash in {gov}",
	},
	kindAirStrike: {
		"Air strikes kill {k} in {gov}",
		"Raids on {place} kill {k} civilians, monitor says",
		"Syria: {k} dead in air strikes on {gov} town",
	},
	kindShelling: {
		"Shelling kills {k} in {place}",
		"Artillery fire on {gov} villages kills {k}",
	},
	kindIED: {
		"Roadside bomb kills {k} in {gov}",
		"Blast hits convoy near {place}",
	},
	kindSuicide: {
		"Suicide bombing kills {k} in {place}",
		"Car bomb kills {k} at checkpoint in {gov}",
	},
	kindCivilians: {
		"Gunmen kill {k} in {gov} village",
		"{K} civilians shot dead near {place}",
	},
	kindAbduction: {
		"Gunmen seize {small} in {gov}",
		"Abductions rise in {gov} as security frays",
	},
	kindTerritory: {
		"{Att} take {place} in {gov} push",
		"Syria: {att} seize villages near {place}",
	},
}

var leads = [numKinds][]string{
	kindClash: {
		"{Att} clashed with {target} near {place} in {gov} province {day}, leaving {k} {victims} dead, {src} said.",
		"At least {kd} {victims} were killed {day} when {target} attacked positions held by {att} on the outskirts of {place}, according to {src}.",
		"Heavy fighting broke out {day} between {att} and {target} around the village of {place}, {km} km {dir} of {other}, killing {k} {victims} and wounding {w}, {src} said.",
		"{Att} repelled an attack by {target} on {place} in the {dist} countryside {day}; {k} {victims} died in the fighting, {src} reported.",
	},
	kindAirStrike: {
		"{Att} struck the town of {place} in {gov} province {day}, killing {k} {victims}, among them {part} members of one family, {src} said.",
		"Air strikes by {att} on a market in {place} killed {k} {victims} and wounded {w} {day}, according to {src}.",
		"{Att} carried out {n} raids on {place} and nearby villages {day}. {K} {victims} were killed, {src} said.",
		"A strike by {att} hit a school in {place}, {km} km {dir} of {other}, {day}, killing {k} {victims}, {src} reported.",
	},
	kindShelling: {
		"{Att} shelled {place} in the {dist} area {day}, killing {k} {victims}, {src} said.",
		"Artillery and rocket fire by {att} killed {k} {victims} in {place} {day}, according to {src}.",
		"Shells fired by {att} landed on a residential quarter of {place} {day}, killing {k} {victims} and wounding {w}, {src} said.",
	},
	kindIED: {
		"A roadside bomb struck a vehicle carrying {victims} near {place} in {gov} province {day}, killing {k} of them, {src} said.",
		"An improvised explosive device planted by {att} went off as a patrol passed through {place} {day}, killing {k} {victims}, according to {src}.",
		"A landmine left by {att} exploded under a truck on the road from {place} to {other} {day}, killing {k} {victims}, {src} reported.",
	},
	kindSuicide: {
		"A suicide bomber blew himself up at a checkpoint in {place} {day}, killing {k} {victims} and wounding {w}, {src} said. {Att} claimed the attack.",
		"A car bomb driven by a suicide attacker from {att} exploded outside a mosque in {place} in {gov} {day}, killing {k} {victims}, according to {src}.",
	},
	kindCivilians: {
		"{Att} opened fire on a car near {place} {day}, killing {k} {victims}, {src} said.",
		"{K} {victims} were shot dead by {att} in the village of {place}, {km} km {dir} of {other}, {day}, according to {src}.",
		"{Att} stormed a house in {place} in {gov} province {day} and killed {k} {victims}, {src} reported.",
	},
	kindAbduction: {
		"{Att} abducted {small} people, including {victims}, from the village of {place} in {gov} province {day}, {src} said.",
		"{Att} kidnapped a local official and his driver on the road between {place} and {other} {day}, according to {src}. Their fate is unknown.",
	},
	kindTerritory: {
		"{Att} captured the village of {place} from {target} {day} after a {n}-hour battle, {src} said.",
		"{Att} seized control of {place} and {small} nearby hamlets in the {dist} countryside {day}, according to {src}.",
		"{Att} said {day} they had taken the hills overlooking {place}, {km} km {dir} of {other}, pushing {target} back towards {gov}.",
	},
}

var followUps = [numKinds][]string{
	kindClash: {
		"{Src2} put the toll at {alt}.",
		"{Src2} said {alt} had died, among them a field commander.",
		"The fighting spread to {other} by nightfall, residents said.",
		"{W} others were wounded, some of them critically.",
	},
	kindAirStrike: {
		"{Src2} said {alt} people were killed.",
		"Rescue workers were still pulling bodies from the rubble on {future}, {src2} said.",
		"\"We heard the planes and then the houses fell,\" a resident told {agency} by telephone.",
		"The dead included {part} children, {src2} said.",
	},
	kindShelling: {
		"{Src2} gave a lower toll of {alt}.",
		"The shelling also damaged a bakery and a water station, {src2} said.",
		"{W} people were wounded, medical sources said.",
	},
	kindIED: {
		"No group claimed the blast, which came days after a similar attack nearby.",
		"{Src2} said {alt} were killed and {small} vehicles destroyed.",
	},
	kindSuicide: {
		"{Src2} said the blast killed {alt}.",
		"The explosion could be heard {km} km away, residents said.",
	},
	kindCivilians: {
		"The victims were farmers returning from their fields, {src2} said.",
		"{Src2} put the number of dead at {alt}.",
	},
	kindAbduction: {
		"Relatives said the kidnappers demanded a ransom of {n},000 dollars.",
		"It was the {ord} abduction in the area this month, {src2} said.",
	},
	kindTerritory: {
		"The advance puts {att} within {km} km of the {gov} highway.",
		"{Src2} said {small} {victims} were captured in the assault.",
	},
}

var totals = []string{
	"The day's violence brought to {kd} the number of people killed in {gov} province, {src} said.",
	"{Src} said {kd} people had been killed in the fighting across the country {day}.",
	"In all, at least {kd} people were killed in the attacks, according to {src}.",
}

var transitions = []string{
	"", "", "", "Separately, ", "Elsewhere, ", "In a separate incident, ", "Meanwhile, ", "Later, ",
}

var backgrounds = []string{
	"The war, which began in 2011, has killed more than {big} people and displaced half the country's pre-war population.",
	"A convoy of {n} trucks carrying food and medicine crossed into {gov} province {day}, the United Nations said.",
	"Talks between the government and the opposition are due to resume on {future}.",
	"A ceasefire brokered by Russia and Turkey in {month} {year} has been repeatedly violated.",
	"Some {big} people have fled the {dist} area since the start of the offensive, aid agencies said.",
	"{Place}, about {km} km {dir} of {other}, had some {big} residents before the war.",
	"The {ord} Division has deployed about {small} tanks to the front line {dir} of {other}.",
	"Temperatures in the camps near {other} dropped to minus {small} degrees Celsius last week.",
	"{Att} control most of the {dist} countryside, while the government holds the towns along the highway.",
	"The monitor relies on a network of sources inside the country, and its figures cannot be independently verified.",
	"The price of a bundle of bread in {other} has risen {n} percent since {month}.",
	"Officials said {n} schools in {gov} province had reopened, serving about {big} pupils.",
	"The {vehicles} travelled {km} km through the desert before reaching the base.",
	"\"The situation is catastrophic. People are sleeping under olive trees,\" an aid worker in {other} told {agency}.",
	"Residents said the electricity had been cut for {small} days and that fuel was selling at {n} times its pre-war price.",
	"The {dist} front has been largely static since {month} {year}, when government forces retook {other} after a siege of {n} days.",
	"Local councils in {gov} province say they need {n},000 tents before winter; about {big} people live in camps near the Turkish border.",
	"Russia and Iran have backed the government since the start of the war, while Turkey supports some of the rebel factions.",
	"The United Nations says {small} million people in the country need humanitarian assistance.",
}

var agencies = []string{"Wire", "Wire", "Reuters", "AFP", "AP"}

var directions = []string{"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}

var fighters = []string{"fighters", "gunmen", "militants", "soldiers", "members of the group", "combatants"}

var ordinals = []string{"third", "fourth", "fifth", "11th", "17th", "25th"}

var vehicles = []string{"convoy of 40 vehicles", "column of 12 armoured vehicles", "group of six buses", "two dozen trucks"}

var smallNumbers = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
