package extract_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/extract"
)

// Canonical actor and source names, as the gazetteer spells them.
const (
	gov    = "Syrian government forces"
	is     = "Islamic State"
	hts    = "Hayat Tahrir al-Sham"
	sdf    = "Syrian Democratic Forces"
	sna    = "Syrian National Army"
	tsk    = "Turkish Armed Forces"
	rus    = "Russian forces"
	coal   = "US-led coalition"
	isr    = "Israeli forces"
	iran   = "Iran-backed militias"
	ypg    = "YPG"
	unk    = "Unidentified armed group"
	civ    = "Civilians"
	protes = "Protesters"

	sohr   = "Syrian Observatory for Human Rights"
	sana   = "SANA"
	aamaq  = "Aamaq"
	baladi = "Baladi News"
)

// ACLED types and sub-event types.
const (
	battle   = "battles"
	remote   = "explosions_remote_violence"
	vac      = "violence_against_civilians"
	clash    = "armed_clash"
	regains  = "government_regains_territory"
	overtake = "non_state_actor_overtakes_territory"
	air      = "air_drone_strike"
	shell    = "shelling_artillery_missile_attack"
	ied      = "remote_explosive_landmine_ied"
	suicide  = "suicide_bomb"
	grenade  = "grenade"
	chem     = "chemical_weapon"
	attack   = "attack"
	abduct   = "abduction_forced_disappearance"
)

// wantEvent is what a careful ACLED coder makes of an incident. Dates are
// "YYYY-MM-DD" or "YYYY-MM-DD..YYYY-MM-DD"; dateText is the phrase the date
// comes from, empty when the report gives none and the publication day
// stands in. A nil estimate means the text gives no figure.
type wantEvent struct {
	typ, sub string
	actors   []string // attacker first; sides of a clash in the order told
	date     string
	prec     string
	dateText string
	killed   *extract.Estimate
	wounded  *extract.Estimate
	sources  []string
	admin1   string // checked when set
}

func n(c int) *extract.Estimate { return &extract.Estimate{Best: c, Low: c, High: c} }

func rng(best, low, high int) *extract.Estimate {
	return &extract.Estimate{Best: best, Low: low, High: high}
}

func who(names ...string) []string { return names }

// assembleCases are short wire-style reports, each of one incident or two,
// written to cover the constructions event assembly must read: who attacked
// whom, the kind of violence, the day and who gave the figures; and the
// traps of totals, background and numbers that are not casualties.
var assembleCases = []struct {
	name      string
	published string
	text      string
	want      []wantEvent
}{
	// --- role patterns ---
	{
		name: "X ambushed Y", published: "2019-04-20",
		text: "Islamic State militants ambushed Syrian government forces near al-Sukhna in eastern Homs province on Thursday, killing 12 soldiers, the Syrian Observatory for Human Rights said.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(is, gov), date: "2019-04-18", prec: "day", dateText: "on Thursday", killed: n(12), sources: who(sohr), admin1: "Homs"}},
	},
	{
		name: "the dateline's day is the filing, not the deed", published: "2019-04-20",
		text: "BEIRUT, April 20 (Wire) - Islamic State militants ambushed a Syrian army patrol near al-Sukhna in eastern Homs province on Friday, killing seven soldiers, the Syrian Observatory for Human Rights said.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(is, gov), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(7), sources: who(sohr), admin1: "Homs"}},
	},
	{
		name: "Y came under attack from X", published: "2019-04-20",
		text: "A Syrian army convoy came under attack from Islamic State fighters near Palmyra early Saturday. Nine soldiers were killed, the Observatory said.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(is, gov), date: "2019-04-20", prec: "day", dateText: "early Saturday", killed: n(9), sources: who(sohr), admin1: "Homs"}},
	},
	{
		name: "Y was attacked by X", published: "2019-04-20",
		text: "SDF positions in the village of al-Susah were attacked by IS cells on Friday, the war monitor said. Four SDF fighters were killed.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(is, sdf), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(4), sources: who(sohr), admin1: "Deir ez-Zor"}},
	},
	{
		name: "an attack by X on Y", published: "2019-04-20",
		text: "An attack by Hayat Tahrir al-Sham on army positions near Khan Sheikhoun killed seven soldiers on Wednesday, according to SANA.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(hts, gov), date: "2019-04-17", prec: "day", dateText: "on Wednesday", killed: n(7), sources: who(sana), admin1: "Idlib"}},
	},
	{
		name: "X's positions were shelled by Y", published: "2019-04-20",
		text: "Government forces' positions in Kafr Zita were shelled by Hayat Tahrir al-Sham on Friday, killing three soldiers, SANA reported.",
		want: []wantEvent{{typ: remote, sub: shell, actors: who(hts, gov), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(3), sources: who(sana), admin1: "Hama"}},
	},
	{
		name: "air strikes by Russian warplanes", published: "2019-04-20",
		text: "Air strikes by Russian warplanes on the town of Maarat al-Numan killed 11 civilians on Thursday, the Observatory said.",
		want: []wantEvent{{typ: remote, sub: air, actors: who(rus, civ), date: "2019-04-18", prec: "day", dateText: "on Thursday", killed: n(11), sources: who(sohr), admin1: "Idlib"}},
	},
	{
		name: "a Turkish drone strike", published: "2019-04-20",
		text: "A Turkish drone strike hit a car near Qamishli on Friday, killing two SDF fighters, the Syrian Observatory said.",
		want: []wantEvent{{typ: remote, sub: air, actors: who(tsk, sdf), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(2), sources: who(sohr), admin1: "Al-Hasakah"}},
	},
	{
		name: "clashes between X and Y", published: "2019-04-20",
		text: "Clashes between Syrian government forces and Islamic State fighters near al-Sukhna killed 15 combatants on Friday, the Observatory said.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(gov, is), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(15), sources: who(sohr), admin1: "Homs"}},
	},
	{
		name: "X clashed with Y", published: "2019-04-20",
		text: "Turkish-backed rebels clashed with the Syrian Democratic Forces near Tal Abyad on Thursday. Six of the rebels were killed, the Observatory said.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(sna, sdf), date: "2019-04-18", prec: "day", dateText: "on Thursday", killed: n(6), sources: who(sohr), admin1: "Ar-Raqqa"}},
	},
	{
		name: "a commander in X is the target", published: "2019-04-23",
		text: "Unidentified gunmen shot dead a commander in Hayat Tahrir al-Sham in Sarmada on Tuesday.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(unk, hts), date: "2019-04-23", prec: "day", dateText: "on Tuesday", killed: n(1), admin1: "Idlib"}},
	},
	{
		name: "the body of an X commander names the target", published: "2019-04-23",
		text: "The body of an SDF commander was found in al-Hasakah city on Monday.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(unk, sdf), date: "2019-04-22", prec: "day", dateText: "on Monday", killed: n(1), admin1: "Al-Hasakah"}},
	},
	{
		name: "a casualty verb with no violence word", published: "2019-04-23",
		text: "The Islamic State assassinated a YPG official in al-Hasakah city on Monday.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(is, ypg), date: "2019-04-22", prec: "day", dateText: "on Monday", killed: n(1), admin1: "Al-Hasakah"}},
	},
	{
		name: "civilians killed in a clash are no side", published: "2019-04-23",
		text: "Hayat Tahrir al-Sham fighters clashed with members of a local family in Darat Izza on Sunday. A civilian was killed in the clashes.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(hts), date: "2019-04-21", prec: "day", dateText: "on Sunday", killed: n(1), admin1: "Aleppo"}},
	},
	{
		name: "gunmen believed to be X are X", published: "2019-04-20",
		text: "Gunmen believed to be members of the Islamic State attacked an SDF checkpoint in Jurdi on Friday, killing four fighters.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(is, sdf), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(4)}},
	},
	{
		name: "X operating under Y is coded Y", published: "2019-04-20",
		text: "Clashes broke out between Hayat Tahrir al-Sham and Jaysh al-Islam, which operates under the Syrian National Army, near Afrin on Friday.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(hts, sna), date: "2019-04-19", prec: "day", dateText: "on Friday", admin1: "Aleppo"}},
	},
	{
		name: "between X and an ally against Y", published: "2019-04-20",
		text: "Clashes took place between Syrian Democratic Forces and US special forces against Islamic State fighters in Raqqa city on Friday.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(sdf, is), date: "2019-04-19", prec: "day", dateText: "on Friday", admin1: "Ar-Raqqa"}},
	},
	{
		name: "a former rebel who joined the army is coded by the army", published: "2019-04-20",
		text: "Unknown gunmen shot dead a former rebel commander who had reconciled with the government and joined the army's Fifth Corps in Daraa city on Friday.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(unk, gov), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(1), admin1: "Daraa"}},
	},
	{
		name: "a former rebel who joined its forces", published: "2019-04-20",
		text: "Unknown gunmen shot dead a former rebel commander who had reconciled with the Syrian regime and joined its forces in Daraa city on Friday.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(unk, gov), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(1), admin1: "Daraa"}},
	},
	{
		name: "X and Y fighters clashed", published: "2019-04-20",
		text: "Hayat Tahrir al-Sham and Syrian National Army fighters clashed in the town of Jandairis on Friday.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(hts, sna), date: "2019-04-19", prec: "day", dateText: "on Friday", admin1: "Aleppo"}},
	},
	{
		name: "a fighter in the ranks of X", published: "2019-04-20",
		text: "A Syrian regime sniper shot and killed a fighter in the ranks of the opposition rebel groups near Busra al-Harir on Friday.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(gov, "Opposition rebels"), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(1), admin1: "Daraa"}},
	},
	{
		name: "killing 27 soldiers names the victims' side", published: "2019-04-20",
		text: "Islamic State fighters attacked a checkpoint near Palmyra on Friday, killing 27 soldiers, the Observatory said.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(is, gov), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(27), sources: who(sohr), admin1: "Homs"}},
	},
	{
		name: "backed by is a supporter, not a side", published: "2019-04-20",
		text: "Syrian troops, backed by Russian air strikes, clashed with HTS fighters near Khan Sheikhoun on Friday. The fighting killed 14 soldiers and 11 jihadists, the Observatory said.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(gov, hts), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(25), sources: who(sohr), admin1: "Idlib"}},
	},
	{
		name: "supported by coalition aircraft", published: "2019-04-20",
		text: "SDF fighters supported by US-led coalition aircraft attacked Islamic State positions near Hajin on Thursday, killing 18 IS militants, the Observatory said.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(sdf, is), date: "2019-04-18", prec: "day", dateText: "on Thursday", killed: n(18), sources: who(sohr), admin1: "Deir ez-Zor"}},
	},
	{
		name: "passive with unidentified gunmen", published: "2019-04-20",
		text: "A Russian military police patrol was attacked by unidentified gunmen near Bosra on Friday. Two Russian soldiers were wounded, the Observatory said.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(unk, rus), date: "2019-04-19", prec: "day", dateText: "on Friday", wounded: n(2), sources: who(sohr), admin1: "Daraa"}},
	},
	{
		name: "came under rocket fire from", published: "2019-04-20",
		text: "Turkish troops came under rocket fire from YPG fighters near Afrin on Thursday, the Turkish Defence Ministry said, adding that one soldier was killed.",
		want: []wantEvent{{typ: remote, sub: shell, actors: who(ypg, tsk), date: "2019-04-18", prec: "day", dateText: "on Thursday", killed: n(1), sources: who(tsk), admin1: "Aleppo"}},
	},
	{
		name: "victims' side from members of", published: "2019-04-20",
		text: "Gunmen opened fire on a checkpoint in the town of Nawa on Friday, killing three members of the Syrian Democratic Forces, the Observatory said.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(unk, sdf), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(3), sources: who(sohr), admin1: "Daraa"}},
	},
	{
		name: "attacker named in a later sentence claiming", published: "2019-04-20",
		text: "A suicide bomber blew himself up at a checkpoint in Manbij on Thursday, killing four SDF fighters and two civilians, the Observatory said. Islamic State claimed the attack.",
		want: []wantEvent{{typ: remote, sub: suicide, actors: who(is, sdf), date: "2019-04-18", prec: "day", dateText: "on Thursday", killed: n(6), sources: who(sohr), admin1: "Aleppo"}},
	},
	{
		name: "Israeli air strikes on Iran-backed militias", published: "2019-04-20",
		text: "Israeli air strikes hit positions of Iran-backed militias near Masyaf early Saturday, killing three fighters, the Observatory said.",
		want: []wantEvent{{typ: remote, sub: air, actors: who(isr, iran), date: "2019-04-20", prec: "day", dateText: "early Saturday", killed: n(3), sources: who(sohr), admin1: "Hama"}},
	},
	{
		name: "coalition air strikes on IS", published: "2019-04-20",
		text: "US-led coalition air strikes on Islamic State positions in al-Baghouz killed 16 jihadists on Friday, the Observatory said.",
		want: []wantEvent{{typ: remote, sub: air, actors: who(coal, is), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(16), sources: who(sohr), admin1: "Deir ez-Zor"}},
	},
	{
		name: "Y were killed in clashes with X", published: "2019-04-20",
		text: "Eight soldiers were killed in clashes with Hayat Tahrir al-Sham near Latamneh on Friday, the Observatory said.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(hts, gov), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(8), sources: who(sohr), admin1: "Hama"}},
	},
	{
		name: "regime shelled a town killing civilians", published: "2019-04-20",
		text: "Regime forces shelled the town of Khan Sheikhoun on Friday, killing five civilians, including two children, the Observatory said.",
		want: []wantEvent{{typ: remote, sub: shell, actors: who(gov, civ), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(5), sources: who(sohr), admin1: "Idlib"}},
	},
	{
		name: "IS attack on SDF named adjectivally", published: "2019-04-20",
		text: "An IS attack on an SDF checkpoint near Hajin killed five SDF fighters on Thursday, the Observatory said.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(is, sdf), date: "2019-04-18", prec: "day", dateText: "on Thursday", killed: n(5), sources: who(sohr), admin1: "Deir ez-Zor"}},
	},
	{
		name: "target after the verb with possessive attacker", published: "2019-04-20",
		text: "Hezbollah fighters stormed Hayat Tahrir al-Sham positions near Kabani on Friday, the Observatory said, adding that 10 HTS fighters were killed.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who("Hezbollah", hts), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(10), sources: who(sohr), admin1: "Lattakia"}},
	},

	// --- event types ---
	{
		name: "government regains territory", published: "2019-04-20",
		text: "Syrian government forces recaptured the town of Khan Sheikhoun from Hayat Tahrir al-Sham on Friday, the Observatory said.",
		want: []wantEvent{{typ: battle, sub: regains, actors: who(gov, hts), date: "2019-04-19", prec: "day", dateText: "on Friday", sources: who(), admin1: "Idlib"}},
	},
	{
		name: "government regains territory, took control", published: "2019-04-20",
		text: "The Syrian army took control of the village of Kabani in northern Lattakia after fierce fighting with rebels on Thursday, SANA said.",
		want: []wantEvent{{typ: battle, sub: regains, actors: who(gov, "Opposition rebels"), date: "2019-04-18", prec: "day", dateText: "on Thursday", sources: who(), admin1: "Lattakia"}},
	},
	{
		name: "non-state actor overtakes territory", published: "2019-04-20",
		text: "Islamic State fighters seized the village of al-Susah from the Syrian Democratic Forces on Friday, the Observatory said.",
		want: []wantEvent{{typ: battle, sub: overtake, actors: who(is, sdf), date: "2019-04-19", prec: "day", dateText: "on Friday", sources: who(), admin1: "Deir ez-Zor"}},
	},
	{
		name: "non-state actor overtakes territory, fell to", published: "2019-10-12",
		text: "The border town of Ras al-Ain fell to Turkish-backed rebels on Saturday after days of fighting with the SDF, the Observatory said.",
		want: []wantEvent{{typ: battle, sub: overtake, actors: who(sna, sdf), date: "2019-10-12", prec: "day", dateText: "on Saturday", sources: who(), admin1: "Al-Hasakah"}},
	},
	{
		name: "air strike by government helicopters", published: "2019-04-20",
		text: "Regime helicopters dropped barrel bombs on the village of Kafr Zita on Thursday, wounding nine civilians, the Syrian Civil Defence said.",
		want: []wantEvent{{typ: remote, sub: air, actors: who(gov, civ), date: "2019-04-18", prec: "day", dateText: "on Thursday", wounded: n(9), sources: who("Syrian Civil Defence"), admin1: "Hama"}},
	},
	{
		name: "drone strike with no attacker named", published: "2019-04-20",
		text: "A drone strike on a car near Idlib city killed two civilians on Friday, the Observatory said. The monitor said the US-led coalition was behind the strike.",
		want: []wantEvent{{typ: remote, sub: air, actors: who(coal, civ), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(2), sources: who(sohr), admin1: "Idlib"}},
	},
	{
		name: "shelling artillery", published: "2019-04-20",
		text: "Turkish artillery shelled the town of Tal Rifaat on Thursday, wounding four civilians, the Observatory said.",
		want: []wantEvent{{typ: remote, sub: shell, actors: who(tsk, civ), date: "2019-04-18", prec: "day", dateText: "on Thursday", wounded: n(4), sources: who(sohr), admin1: "Aleppo"}},
	},
	{
		name: "missile attack", published: "2019-04-20",
		text: "Rockets fired by Hayat Tahrir al-Sham hit the town of Suqaylabiyah on Friday, killing two civilians, SANA said.",
		want: []wantEvent{{typ: remote, sub: shell, actors: who(hts, civ), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(2), sources: who(sana), admin1: "Hama"}},
	},
	{
		name: "mortar attack on a city", published: "2019-04-20",
		text: "Mortar shells fired by rebels hit a residential neighbourhood of Aleppo city on Thursday, killing three people, state news agency SANA reported.",
		want: []wantEvent{{typ: remote, sub: shell, actors: who("Opposition rebels", civ), date: "2019-04-18", prec: "day", dateText: "on Thursday", killed: n(3), sources: who(sana), admin1: "Aleppo"}},
	},
	{
		name: "remote explosive roadside bomb", published: "2019-04-20",
		text: "A roadside bomb exploded near a military bus in Jableh on Thursday, killing five soldiers, state news agency SANA reported.",
		want: []wantEvent{{typ: remote, sub: ied, actors: who(unk, gov), date: "2019-04-18", prec: "day", dateText: "on Thursday", killed: n(5), sources: who(sana), admin1: "Lattakia"}},
	},
	{
		name: "remote explosive car bomb on civilians", published: "2019-04-20",
		text: "A car bomb exploded in a market in the town of Azaz on Friday, killing 13 civilians and wounding 20 others, the Syrian Observatory for Human Rights said.",
		want: []wantEvent{{typ: remote, sub: ied, actors: who(unk, civ), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(13), wounded: n(20), sources: who(sohr), admin1: "Aleppo"}},
	},
	{
		name: "landmine", published: "2019-04-20",
		text: "A landmine exploded near al-Sukhna on Friday, killing three shepherds, the Observatory said.",
		want: []wantEvent{{typ: remote, sub: ied, actors: who(unk, civ), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(3), sources: who(sohr), admin1: "Homs"}},
	},
	{
		name: "suicide bomb", published: "2019-04-20",
		text: "An Islamic State suicide bomber blew himself up among SDF fighters in Hajin on Friday, killing seven of them, the Observatory said.",
		want: []wantEvent{{typ: remote, sub: suicide, actors: who(is, sdf), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(7), sources: who(sohr), admin1: "Deir ez-Zor"}},
	},
	{
		name: "suicide car bomb", published: "2019-04-20",
		text: "A suicide car bomb struck a government checkpoint at the entrance of Palmyra on Thursday, killing six soldiers, SANA said.",
		want: []wantEvent{{typ: remote, sub: suicide, actors: who(unk, gov), date: "2019-04-18", prec: "day", dateText: "on Thursday", killed: n(6), sources: who(sana), admin1: "Homs"}},
	},
	{
		name: "grenade", published: "2019-04-20",
		text: "Unidentified gunmen threw a grenade at a shop in Azaz on Friday, wounding three civilians, the Observatory said.",
		want: []wantEvent{{typ: remote, sub: grenade, actors: who(unk, civ), date: "2019-04-19", prec: "day", dateText: "on Friday", wounded: n(3), sources: who(sohr), admin1: "Aleppo"}},
	},
	{
		name: "chemical weapon", published: "2019-04-20",
		text: "Government helicopters dropped barrels loaded with chlorine on the town of Latamneh on Thursday, wounding 20 civilians, the Syrian Civil Defence said.",
		want: []wantEvent{{typ: remote, sub: chem, actors: who(gov, civ), date: "2019-04-18", prec: "day", dateText: "on Thursday", wounded: n(20), sources: who("Syrian Civil Defence"), admin1: "Hama"}},
	},
	{
		name: "chemical weapon, gas attack", published: "2019-04-20",
		text: "A suspected poison gas attack on the town of Douma killed 40 people on Saturday, rescue workers and a medical charity said.",
		want: []wantEvent{{typ: remote, sub: chem, actors: who(unk, civ), date: "2019-04-20", prec: "day", dateText: "on Saturday", killed: n(40), sources: who("Syrian Civil Defence"), admin1: "Rural Damascus"}},
	},
	{
		name: "attack on civilians, shot dead", published: "2019-04-20",
		text: "Gunmen shot dead five members of one family in their home in the town of Nawa on Thursday night, the Observatory said.",
		want: []wantEvent{{typ: vac, sub: attack, actors: who(unk, civ), date: "2019-04-18", prec: "day", dateText: "on Thursday night", killed: n(5), sources: who(sohr), admin1: "Daraa"}},
	},
	{
		name: "attack on civilians, executed", published: "2019-04-20",
		text: "Islamic State militants executed four civilians in the village of al-Susah on Wednesday, accusing them of collaborating with the SDF, the Observatory said.",
		want: []wantEvent{{typ: vac, sub: attack, actors: who(is, civ), date: "2019-04-17", prec: "day", dateText: "on Wednesday", killed: n(4), sources: who(sohr), admin1: "Deir ez-Zor"}},
	},
	{
		name: "attack on civilians, truffle hunters", published: "2019-04-20",
		text: "IS militants attacked truffle hunters in the desert near al-Sukhna on Friday, killing nine of them, the Observatory said.",
		want: []wantEvent{{typ: vac, sub: attack, actors: who(is, civ), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(9), sources: who(sohr), admin1: "Homs"}},
	},
	{
		name: "attack on civilians, unknown killers", published: "2019-04-20",
		text: "The bodies of three civilians were found shot in the head near Manbij on Friday, the Observatory said.",
		want: []wantEvent{{typ: vac, sub: attack, actors: who(unk, civ), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(3), sources: who(sohr), admin1: "Aleppo"}},
	},
	{
		name: "abduction", published: "2019-04-20",
		text: "Unidentified gunmen abducted two aid workers near Azaz on Wednesday, the Observatory said.",
		want: []wantEvent{{typ: vac, sub: abduct, actors: who(unk, civ), date: "2019-04-17", prec: "day", dateText: "on Wednesday", sources: who(sohr), admin1: "Aleppo"}},
	},
	{
		name: "abduction, kidnapped", published: "2019-04-20",
		text: "Islamic State militants kidnapped 12 shepherds in the desert east of Hama on Thursday, local activists said.",
		want: []wantEvent{{typ: vac, sub: abduct, actors: who(is, civ), date: "2019-04-18", prec: "day", dateText: "on Thursday", sources: who("Local activists"), admin1: "Hama"}},
	},
	{
		name: "protest", published: "2019-04-20",
		text: "Hundreds of people protested in the city of Daraa on Friday against rising prices, the Observatory said.",
		want: []wantEvent{{typ: "protests", sub: "peaceful_protest", actors: who(protes), date: "2019-04-19", prec: "day", dateText: "on Friday", sources: who(), admin1: "Daraa"}},
	},
	{
		name: "arrests", published: "2019-04-20",
		text: "Syrian security forces arrested 15 young men in the town of Douma on Thursday, the Observatory said.",
		want: []wantEvent{{typ: "strategic_developments", sub: "arrests", actors: who(gov, civ), date: "2019-04-18", prec: "day", dateText: "on Thursday", sources: who(sohr), admin1: "Rural Damascus"}},
	},

	// --- date forms ---
	{
		name: "early Saturday", published: "2019-04-20",
		text: "Russian warplanes struck the village of Kabani early Saturday, killing four HTS fighters, the Observatory said.",
		want: []wantEvent{{typ: remote, sub: air, actors: who(rus, hts), date: "2019-04-20", prec: "day", dateText: "early Saturday", killed: n(4), sources: who(sohr), admin1: "Lattakia"}},
	},
	{
		name: "Thursday night", published: "2019-04-20",
		text: "Hayat Tahrir al-Sham fighters attacked army positions near Suqaylabiyah on Thursday night, killing six soldiers, the Observatory said.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(hts, gov), date: "2019-04-18", prec: "day", dateText: "on Thursday night", killed: n(6), sources: who(sohr), admin1: "Hama"}},
	},
	{
		name: "last week", published: "2019-04-20",
		text: "Islamic State fighters killed eight soldiers in an ambush near Palmyra last week, the Observatory said.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(is, gov), date: "2019-04-08..2019-04-14", prec: "week", dateText: "last week", killed: n(8), sources: who(sohr), admin1: "Homs"}},
	},
	{
		name: "on Sept. 5", published: "2019-09-07",
		text: "A Turkish drone struck an SDF vehicle near Kobani on Sept. 5, killing three SDF fighters, the Observatory said.",
		want: []wantEvent{{typ: remote, sub: air, actors: who(tsk, sdf), date: "2019-09-05", prec: "day", dateText: "on Sept. 5", killed: n(3), sources: who(sohr), admin1: "Aleppo"}},
	},
	{
		name: "on 20 April 2019", published: "2019-04-22",
		text: "Hayat Tahrir al-Sham fighters attacked a government position near Kabani on 20 April 2019, killing 11 soldiers, according to the Syrian Observatory for Human Rights.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(hts, gov), date: "2019-04-20", prec: "day", dateText: "on 20 April 2019", killed: n(11), sources: who(sohr), admin1: "Lattakia"}},
	},
	{
		name: "since dawn", published: "2019-04-20",
		text: "Russian warplanes have pounded the town of Khan Sheikhoun since dawn, killing six civilians, the Observatory said.",
		want: []wantEvent{{typ: remote, sub: air, actors: who(rus, civ), date: "2019-04-20", prec: "day", dateText: "since dawn", killed: n(6), sources: who(sohr), admin1: "Idlib"}},
	},
	{
		name: "two days of clashes up to the day of reporting", published: "2019-04-20",
		text: "Two days of clashes between the Syrian Democratic Forces and Islamic State fighters around al-Baghouz have killed 30 jihadists and 12 SDF fighters, the Observatory said on Saturday.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(sdf, is), date: "2019-04-19..2019-04-20", prec: "range", dateText: "on Saturday", killed: n(42), sources: who(sohr), admin1: "Deir ez-Zor"}},
	},
	{
		name: "ambush setting off two days of clashes", published: "2019-04-20",
		text: "Islamic State fighters ambushed an army patrol near al-Sukhna on Thursday, setting off two days of clashes that killed 20 soldiers, the Observatory said.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(is, gov), date: "2019-04-18..2019-04-20", prec: "range", dateText: "on Thursday", killed: n(20), sources: who(sohr), admin1: "Homs"}},
	},
	{
		name: "yesterday", published: "2019-04-20",
		text: "An explosive device planted in a car went off in the city of Afrin yesterday, killing four civilians, the Observatory said.",
		want: []wantEvent{{typ: remote, sub: ied, actors: who(unk, civ), date: "2019-04-19", prec: "day", dateText: "yesterday", killed: n(4), sources: who(sohr), admin1: "Aleppo"}},
	},
	{
		name: "no date: the publication day", published: "2019-04-20",
		text: "Israeli warplanes struck positions of Iran-backed militias near Masyaf, killing two fighters, the Observatory said.",
		want: []wantEvent{{typ: remote, sub: air, actors: who(isr, iran), date: "2019-04-20", prec: "day", dateText: "", killed: n(2), sources: who(sohr), admin1: "Hama"}},
	},
	{
		name: "weekday before the reporting day", published: "2019-04-20",
		text: "Government forces clashed with rebels in the town of Nawa on Wednesday. Five rebels were killed, the Observatory said.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(gov, "Opposition rebels"), date: "2019-04-17", prec: "day", dateText: "on Wednesday", killed: n(5), sources: who(sohr), admin1: "Daraa"}},
	},
	{
		name: "said on a day is not the day of the deed", published: "2019-04-20",
		text: "Syrian government forces shelled the town of Ariha on Thursday, killing three civilians, the Observatory said on Saturday.",
		want: []wantEvent{{typ: remote, sub: shell, actors: who(gov, civ), date: "2019-04-18", prec: "day", dateText: "on Thursday", killed: n(3), sources: who(sohr), admin1: "Idlib"}},
	},
	{
		name: "Friday morning", published: "2019-04-20",
		text: "A car bomb exploded near a mosque in Jarablus on Friday morning, killing seven civilians, the Observatory said.",
		want: []wantEvent{{typ: remote, sub: ied, actors: who(unk, civ), date: "2019-04-19", prec: "day", dateText: "on Friday morning", killed: n(7), sources: who(sohr), admin1: "Aleppo"}},
	},
	{
		name: "date from the lead sentence", published: "2019-04-20",
		text: "Fighting raged on Friday around the village of Kabani. Hayat Tahrir al-Sham fighters attacked army positions there, killing nine soldiers, the Observatory said.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(hts, gov), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(9), sources: who(sohr), admin1: "Lattakia"}},
	},

	// --- source forms ---
	{
		name: "the Observatory said", published: "2019-04-20",
		text: "Syrian government forces clashed with Hayat Tahrir al-Sham near Latamneh on Friday, the Observatory said, adding that 12 soldiers were killed.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(gov, hts), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(12), sources: who(sohr), admin1: "Hama"}},
	},
	{
		name: "according to SANA", published: "2019-04-20",
		text: "According to SANA, terrorists fired rockets at the town of Mhardeh on Thursday, killing two civilians.",
		want: []wantEvent{{typ: remote, sub: shell, actors: who(unk, civ), date: "2019-04-18", prec: "day", dateText: "on Thursday", killed: n(2), sources: who(sana), admin1: "Hama"}},
	},
	{
		name: "Aamaq reported, saying", published: "2019-04-20",
		text: "Islamic State fighters ambushed a government convoy near al-Sukhna on Friday. The Observatory said 12 soldiers were killed. Aamaq reported the ambush, saying 15 soldiers were killed.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(is, gov), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: rng(12, 12, 15), sources: who(sohr, aamaq), admin1: "Homs"}},
	},
	{
		name: "quoting an HTS operative", published: "2019-04-20",
		text: "Hayat Tahrir al-Sham fighters raided army positions near Kabani on Friday. Baladi News said the raid killed 19 soldiers, quoting an HTS operative.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(hts, gov), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(19), sources: who(baladi), admin1: "Lattakia"}},
	},
	{
		name: "citing the Syrian Observatory", published: "2019-04-20",
		text: "Reuters, citing the Syrian Observatory for Human Rights, reported that Turkish shelling killed four civilians in Tal Rifaat on Friday.",
		want: []wantEvent{{typ: remote, sub: shell, actors: who(tsk, civ), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(4), sources: who(sohr), admin1: "Aleppo"}},
	},
	{
		name: "two sources disagree", published: "2019-04-20",
		text: "Hayat Tahrir al-Sham fighters stormed army positions near Latamneh on Friday. The Observatory said 21 soldiers were killed in the assault. State news agency SANA put the toll at 19.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(hts, gov), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: rng(21, 19, 21), sources: who(sohr, sana), admin1: "Hama"}},
	},
	{
		name: "SANA and Observatory disagree, SANA first", published: "2019-04-20",
		text: "A car bomb went off in the town of al-Bab on Thursday, killing 14 people, SANA reported. The Observatory said the blast killed 17 people, including five children.",
		want: []wantEvent{{typ: remote, sub: ied, actors: who(unk, civ), date: "2019-04-18", prec: "day", dateText: "on Thursday", killed: rng(17, 14, 17), sources: who(sana, sohr), admin1: "Aleppo"}},
	},
	{
		name: "the monitor's count and the wire's own", published: "2019-04-20",
		text: "Russian air strikes on the village of Kafr Zita killed at least seven civilians on Friday. The Britain-based monitor said nine civilians died.",
		want: []wantEvent{{typ: remote, sub: air, actors: who(rus, civ), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: rng(9, 7, 9), sources: who(sohr), admin1: "Hama"}},
	},
	{
		name: "unattributed figure has no source", published: "2019-04-20",
		text: "A roadside bomb struck a bus carrying soldiers near Palmyra on Friday, killing at least 10 of them.",
		want: []wantEvent{{typ: remote, sub: ied, actors: who(unk, gov), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(10), sources: who(), admin1: "Homs"}},
	},
	{
		name: "source names the victims' count and wounded", published: "2019-04-20",
		text: "Turkish warplanes bombed the village of Tal Tamr on Thursday, killing three SDF fighters and wounding five others, the SDF media centre said.",
		want: []wantEvent{{typ: remote, sub: air, actors: who(tsk, sdf), date: "2019-04-18", prec: "day", dateText: "on Thursday", killed: n(3), wounded: n(5), sources: who(sdf), admin1: "Al-Hasakah"}},
	},
	{
		name: "vague quantities follow ACLED", published: "2019-04-20",
		text: "Dozens of soldiers were killed when Islamic State fighters stormed a checkpoint near al-Sukhna on Friday, the Observatory said.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(is, gov), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(12), sources: who(sohr), admin1: "Homs"}},
	},

	// --- traps ---
	{
		name: "a total across incidents is no event", published: "2019-04-20",
		text: "Islamic State fighters ambushed an army convoy near al-Sukhna on Friday, killing 18 soldiers, the Observatory said. The attack brought to 60 the number of soldiers killed by the jihadists in the Badia since the start of the month.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(is, gov), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(18), sources: who(sohr), admin1: "Homs"}},
	},
	{
		name: "background sentence", published: "2019-04-20",
		text: "IS fighters attacked an SDF post near Hajin on Thursday, killing four SDF fighters, the Observatory said. The jihadists lost their last territory in Syria in March.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(is, sdf), date: "2019-04-18", prec: "day", dateText: "on Thursday", killed: n(4), sources: who(sohr), admin1: "Deir ez-Zor"}},
	},
	{
		name: "besieged soldiers are not casualties", published: "2019-04-20",
		text: "Nearly 500 soldiers have been besieged by Islamic State fighters near al-Sukhna for a week. On Friday the jihadists attacked their positions, killing 11 soldiers, the Observatory said.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(is, gov), date: "2019-04-19", prec: "day", dateText: "On Friday", killed: n(11), sources: who(sohr), admin1: "Homs"}},
	},
	{
		name: "a war-wide toll is background", published: "2019-04-20",
		text: "More than 370,000 people have been killed since the war began in 2011. On Friday, a car bomb killed six civilians in Azaz, the Observatory said.",
		want: []wantEvent{{typ: remote, sub: ied, actors: who(unk, civ), date: "2019-04-19", prec: "day", dateText: "On Friday", killed: n(6), sources: who(sohr), admin1: "Aleppo"}},
	},
	{
		name: "numbers of vehicles and ages are not casualties", published: "2019-04-20",
		text: "A convoy of 30 vehicles was hit by a roadside bomb near Manbij on Friday, killing a 12-year-old boy, the Observatory said.",
		want: []wantEvent{{typ: remote, sub: ied, actors: who(unk, civ), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(1), sources: who(sohr), admin1: "Aleppo"}},
	},
	{
		name: "a later sentence tells the same ambush", published: "2019-04-20",
		text: "Islamic State fighters ambushed government forces near Palmyra on Thursday. The Observatory said the ambush killed 27 soldiers, including four officers.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(is, gov), date: "2019-04-18", prec: "day", dateText: "on Thursday", killed: n(27), sources: who(sohr), admin1: "Homs"}},
	},
	{
		name: "a toll that rose", published: "2019-04-20",
		text: "A car bomb exploded in the town of Jarablus on Friday, killing eight civilians, the Observatory said. The monitor later said 11 civilians had been killed.",
		want: []wantEvent{{typ: remote, sub: ied, actors: who(unk, civ), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(11), sources: who(sohr), admin1: "Aleppo"}},
	},
	{
		name: "dead broken down by group are summed", published: "2019-04-20",
		text: "Turkish air strikes hit the village of Tal Tamr on Friday, killing 14 civilians and eight SDF fighters, the Observatory said.",
		want: []wantEvent{{typ: remote, sub: air, actors: who(tsk, sdf), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(22), sources: who(sohr), admin1: "Al-Hasakah"}},
	},
	{
		name: "an intention is no deed", published: "2019-04-20",
		text: "Government forces shelled the town of Latamneh on Friday, killing two civilians, the Observatory said. The army is preparing to storm the town, a commander told state television.",
		want: []wantEvent{{typ: remote, sub: shell, actors: who(gov, civ), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(2), sources: who(sohr), admin1: "Hama"}},
	},
	{
		name: "a denial adds no incident", published: "2019-04-20",
		text: "Russian warplanes struck a market in the town of Ariha on Thursday, killing 10 civilians, the Observatory said. The Russian Defence Ministry denied that its aircraft had carried out any strikes in the area.",
		want: []wantEvent{{typ: remote, sub: air, actors: who(rus, civ), date: "2019-04-18", prec: "day", dateText: "on Thursday", killed: n(10), sources: who(sohr), admin1: "Idlib"}},
	},
	{
		name: "a habitual sentence is background", published: "2019-04-20",
		text: "IS sleeper cells regularly attack SDF positions in Deir ez-Zor province. On Friday, IS gunmen killed two SDF fighters at a checkpoint in al-Susah, the Observatory said.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(is, sdf), date: "2019-04-19", prec: "day", dateText: "On Friday", killed: n(2), sources: who(sohr), admin1: "Deir ez-Zor"}},
	},
	{
		name: "twin attacks: the headline total is no event", published: "2019-04-20",
		text: "Twin attacks killed 35 soldiers in Idlib and Hama on Friday. In the first attack, HTS fighters stormed army positions near Khan Sheikhoun, killing 20 soldiers, the Observatory said. In the second, Islamic State militants ambushed a convoy near Latamneh, killing 15 soldiers.",
		want: []wantEvent{
			{typ: battle, sub: clash, actors: who(hts, gov), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(20), sources: who(sohr), admin1: "Idlib"},
			{typ: battle, sub: clash, actors: who(is, gov), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(15), sources: who(), admin1: "Hama"},
		},
	},

	// --- two incidents in one report ---
	{
		name: "separately opens a new incident", published: "2019-04-20",
		text: "Russian air strikes killed four civilians in the town of Ariha on Friday, the Observatory said. Separately, a roadside bomb killed two soldiers near Palmyra.",
		want: []wantEvent{
			{typ: remote, sub: air, actors: who(rus, civ), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(4), sources: who(sohr), admin1: "Idlib"},
			{typ: remote, sub: ied, actors: who(unk, gov), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(2), sources: who(), admin1: "Homs"},
		},
	},
	{
		name: "two places, two days", published: "2019-04-20",
		text: "Turkish drones struck an SDF position near Qamishli on Thursday, killing three SDF fighters, the Observatory said. On Friday, Turkish artillery shelled the village of Tal Tamr, wounding two civilians.",
		want: []wantEvent{
			{typ: remote, sub: air, actors: who(tsk, sdf), date: "2019-04-18", prec: "day", dateText: "on Thursday", killed: n(3), sources: who(sohr), admin1: "Al-Hasakah"},
			{typ: remote, sub: shell, actors: who(tsk, civ), date: "2019-04-19", prec: "day", dateText: "On Friday", wounded: n(2), sources: who(), admin1: "Al-Hasakah"},
		},
	},
	{
		name: "while joins two deeds", published: "2019-04-20",
		text: "Russian warplanes struck the town of Khan Sheikhoun on Friday, killing three civilians, while HTS fighters shelled the town of Suqaylabiyah, killing a woman, the Observatory said.",
		want: []wantEvent{
			{typ: remote, sub: air, actors: who(rus, civ), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(3), sources: who(sohr), admin1: "Idlib"},
			{typ: remote, sub: shell, actors: who(hts, civ), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(1), sources: who(sohr), admin1: "Hama"},
		},
	},
	{
		name: "in another attack", published: "2019-04-20",
		text: "Gunmen killed a teacher in the town of Nawa on Thursday, the Observatory said. In another attack, a landmine killed two children near Bosra on Friday.",
		want: []wantEvent{
			{typ: vac, sub: attack, actors: who(unk, civ), date: "2019-04-18", prec: "day", dateText: "on Thursday", killed: n(1), sources: who(sohr), admin1: "Daraa"},
			{typ: remote, sub: ied, actors: who(unk, civ), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(2), sources: who(), admin1: "Daraa"},
		},
	},
	{
		name: "a clash and a capture elsewhere", published: "2019-04-20",
		text: "Syrian government forces captured the village of Kabani from HTS on Thursday, SANA said. Elsewhere, IS fighters clashed with the SDF near Hajin on Friday, leaving five IS fighters dead, the Observatory said.",
		want: []wantEvent{
			{typ: battle, sub: regains, actors: who(gov, hts), date: "2019-04-18", prec: "day", dateText: "on Thursday", sources: who(), admin1: "Lattakia"},
			{typ: battle, sub: clash, actors: who(is, sdf), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(5), sources: who(sohr), admin1: "Deir ez-Zor"},
		},
	},

	// --- more roles, types, dates and sources ---
	{
		name: "after December 2024: remnants ambush General Security", published: "2025-03-08",
		text: "Pro-Assad gunmen ambushed a General Security patrol near Jableh on Thursday, killing four security personnel, the Observatory said.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who("Pro-Assad remnants", gov), date: "2025-03-06", prec: "day", dateText: "on Thursday", killed: n(4), sources: who(sohr), admin1: "Lattakia"}},
	},
	{
		name: "grenade on an SNA checkpoint", published: "2019-04-20",
		text: "A hand grenade thrown at a checkpoint of the Syrian National Army in al-Bab wounded two SNA fighters on Friday, the Observatory said.",
		want: []wantEvent{{typ: remote, sub: grenade, actors: who(unk, sna), date: "2019-04-19", prec: "day", dateText: "on Friday", wounded: n(2), sources: who(sohr), admin1: "Aleppo"}},
	},
	{
		name: "vehicle hit a landmine", published: "2019-04-20",
		text: "Four soldiers were killed when their vehicle hit a landmine near Deir ez-Zor city on Thursday, SANA said.",
		want: []wantEvent{{typ: remote, sub: ied, actors: who(unk, gov), date: "2019-04-18", prec: "day", dateText: "on Thursday", killed: n(4), sources: who(sana), admin1: "Deir ez-Zor"}},
	},
	{
		name: "a town was shelled by X", published: "2019-04-20",
		text: "The town of Tal Rifaat was shelled by Turkish forces on Friday, wounding five civilians, the Observatory said.",
		want: []wantEvent{{typ: remote, sub: shell, actors: who(tsk, civ), date: "2019-04-19", prec: "day", dateText: "on Friday", wounded: n(5), sources: who(sohr), admin1: "Aleppo"}},
	},
	{
		name: "shelling by X killed a child", published: "2019-04-20",
		text: "Shelling by rebels killed a child in the town of Mhardeh on Wednesday, state news agency SANA said.",
		want: []wantEvent{{typ: remote, sub: shell, actors: who("Opposition rebels", civ), date: "2019-04-17", prec: "day", dateText: "on Wednesday", killed: n(1), sources: who(sana), admin1: "Hama"}},
	},
	{
		name: "on Monday in a Saturday report", published: "2019-04-20",
		text: "Turkish drones struck a car near Kobani on Monday, killing two SDF members, the Observatory said.",
		want: []wantEvent{{typ: remote, sub: air, actors: who(tsk, sdf), date: "2019-04-15", prec: "day", dateText: "on Monday", killed: n(2), sources: who(sohr), admin1: "Aleppo"}},
	},
	{
		name: "HTS executed two men", published: "2019-04-20",
		text: "Hayat Tahrir al-Sham executed two men accused of spying for the government in Idlib city on Monday, the Observatory said.",
		want: []wantEvent{{typ: vac, sub: attack, actors: who(hts, civ), date: "2019-04-15", prec: "day", dateText: "on Monday", killed: n(2), sources: who(sohr), admin1: "Idlib"}},
	},
	{
		name: "the White Helmets said", published: "2019-04-20",
		text: "Russian warplanes bombed a market in Maarat al-Numan on Thursday, killing eight civilians, the Syrian Civil Defence, also known as the White Helmets, said.",
		want: []wantEvent{{typ: remote, sub: air, actors: who(rus, civ), date: "2019-04-18", prec: "day", dateText: "on Thursday", killed: n(8), sources: who("Syrian Civil Defence"), admin1: "Idlib"}},
	},
	{
		name: "according to the Britain-based monitor", published: "2019-04-20",
		text: "Islamic State militants killed five soldiers in an attack on an army post near al-Sukhna on Wednesday, according to the Britain-based Syrian Observatory for Human Rights.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(is, gov), date: "2019-04-17", prec: "day", dateText: "on Wednesday", killed: n(5), sources: who(sohr), admin1: "Homs"}},
	},
	{
		name: "a later comment adds no incident", published: "2019-04-20",
		text: "Islamic State fighters ambushed a convoy near al-Sukhna on Friday, killing 14 soldiers, the Observatory said. It was the deadliest attack on government forces in the desert this year.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(is, gov), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(14), sources: who(sohr), admin1: "Homs"}},
	},
	{
		name: "a quote adds no incident", published: "2019-04-20",
		text: "Turkish artillery shelled SDF positions near Tal Tamr on Friday, killing two SDF fighters, the Observatory said. \"We will respond to every attack,\" an SDF commander said.",
		want: []wantEvent{{typ: remote, sub: shell, actors: who(tsk, sdf), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(2), sources: who(sohr), admin1: "Al-Hasakah"}},
	},
	{
		name: "wounded only, with a source", published: "2019-04-20",
		text: "A sniper shot and wounded three civilians in the town of Harasta on Friday, activists said.",
		want: []wantEvent{{typ: vac, sub: attack, actors: who(unk, civ), date: "2019-04-19", prec: "day", dateText: "on Friday", wounded: n(3), sources: who("Activists"), admin1: "Rural Damascus"}},
	},
	{
		name: "attack claimed through Aamaq", published: "2019-04-20",
		text: "A car bomb exploded near an SDF base in Raqqa on Thursday, killing three SDF fighters, the Observatory said. IS claimed responsibility for the bombing through Aamaq.",
		want: []wantEvent{{typ: remote, sub: ied, actors: who(is, sdf), date: "2019-04-18", prec: "day", dateText: "on Thursday", killed: n(3), sources: who(sohr), admin1: "Ar-Raqqa"}},
	}, // --- one incident told in several clauses ---
	{
		name: "air support during a clash is part of the battle", published: "2019-04-20",
		text: "On 19 April 2019, clashes broke out between SDF fighters and an IS cell in the town of Hajin. Coalition warplanes intervened and struck the house, killing 3 IS members. Fatalities coded to 4.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(sdf, is), date: "2019-04-19", prec: "day", dateText: "On 19 April 2019", killed: n(4), admin1: "Deir ez-Zor"}},
	},
	{
		name: "deaths during the clashes belong to them", published: "2019-04-20",
		text: "Government forces clashed with HTS fighters near Kafr Nabl on Friday. Concurrently, Russian warplanes struck the town. During the clashes, 5 HTS fighters and 2 soldiers were killed.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(gov, hts), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(7), admin1: "Idlib"}},
	},
	{
		name: "a note spreads the figure over events", published: "2019-04-20",
		text: "On 18 April 2019, government forces clashed with HTS fighters in Kafr Nabl, killing 12 fighters. Fatalities spread evenly across the three events.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(gov, hts), date: "2019-04-18", prec: "day", dateText: "On 18 April 2019", killed: n(4), admin1: "Idlib"}},
	},
	{
		name: "a note codes each event's share", published: "2019-04-20",
		text: "On 18 April 2019, government forces clashed with HTS fighters in Kafr Nabl, where 20 fighters were killed. Total fatalities coded to 20, with 5 coded to each location.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(gov, hts), date: "2019-04-18", prec: "day", dateText: "On 18 April 2019", killed: n(5), admin1: "Idlib"}},
	},
	{
		name: "a clause tells an earlier incident", published: "2019-04-20",
		text: "Government shelling killed four civilians in Kafr Nabl on Friday, a day after 9 civilians were killed in the same town, the Observatory said.",
		want: []wantEvent{
			{typ: remote, sub: shell, actors: who(gov, civ), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(4), sources: who(sohr), admin1: "Idlib"},
			{typ: vac, sub: attack, actors: who(unk, civ), date: "2019-04-18", prec: "day", dateText: "a day after", killed: n(9), sources: who(sohr), admin1: "Idlib"},
		},
	},
	// --- several incidents in one report ---
	{
		name: "hours later opens another incident", published: "2019-04-20",
		text: "A roadside bomb killed six soldiers near Palmyra on Friday, state media said. Hours later on Friday in the north-west, a car bomb killed 11 people in a town, monitors said. The bombing in Maarat al-Numan hit a market.",
		want: []wantEvent{
			{typ: remote, sub: ied, actors: who(unk, gov), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(6), sources: who("Syrian state media"), admin1: "Homs"},
			{typ: remote, sub: ied, actors: who(unk, civ), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(11), sources: who("Monitoring groups"), admin1: "Idlib"},
		},
	},
	{
		name: "came after tells an earlier incident", published: "2019-04-20",
		text: "Islamic State fighters ambushed a convoy near Palmyra on Friday, killing nine soldiers, the Observatory said. Friday's attack came after four soldiers died on Wednesday east of Palmyra when their truck came under attack, the monitor added.",
		want: []wantEvent{
			{typ: battle, sub: clash, actors: who(is, gov), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(9), sources: who(sohr), admin1: "Homs"},
			{typ: battle, sub: clash, actors: who(unk, gov), date: "2019-04-17", prec: "day", dateText: "on Wednesday", killed: n(4), sources: who(sohr), admin1: "Homs"},
		},
	},
	{
		name: "one sentence, two days, two deeds", published: "2019-04-23",
		text: "Clashes between the SDF and the SNA near Ain Issa killed 12 fighters on Monday, the Observatory said. Turkish drones struck a car in the area, and killed a commander on Saturday, and on Sunday killed a local official.",
		want: []wantEvent{
			{typ: battle, sub: clash, actors: who(sdf, sna), date: "2019-04-22", prec: "day", dateText: "on Monday", killed: n(12), sources: who(sohr), admin1: "Ar-Raqqa"},
			{typ: remote, sub: air, actors: who(tsk), date: "2019-04-20", prec: "day", dateText: "on Saturday", killed: n(1), admin1: "Ar-Raqqa"},
			{typ: battle, sub: clash, actors: who(tsk), date: "2019-04-21", prec: "day", dateText: "on Sunday", killed: n(1), admin1: "Ar-Raqqa"},
		},
	},
	{
		name: "a toll over days of fighting belongs to the offensive", published: "2019-04-20",
		text: "Rebels have pressed an offensive against government forces near Khan Sheikhoun since Wednesday, the Observatory said. On Saturday the rebels seized the town of Kafr Zita. It raised the death toll in days of clashes to 85.",
		want: []wantEvent{
			{typ: battle, sub: clash, actors: who("Opposition rebels", gov), date: "2019-04-17..2019-04-20", prec: "range", dateText: "since Wednesday", killed: n(85), sources: who(sohr), admin1: "Idlib"},
			{typ: battle, sub: overtake, actors: who("Opposition rebels"), date: "2019-04-20", prec: "day", dateText: "On Saturday", admin1: "Hama"},
		},
	},
	// --- one incident told more than once ---
	{
		name: "the same dead retold in another wording of the place", published: "2019-04-20",
		text: "Twelve soldiers died on Friday in an Islamic State attack on a bus in the Syrian desert, the Observatory said. IS cells attacked the bus near Palmyra, killing 12 soldiers and wounding 9 others, the monitor said.",
		want: []wantEvent{
			{typ: battle, sub: clash, actors: who(is, gov), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(12), wounded: n(9), sources: who(sohr), admin1: "Homs"},
		},
	},
	{
		name: "more dead added by another source", published: "2019-04-20",
		text: "A Turkish soldier was killed on Saturday near al-Bab, a day after two others were killed by a government air strike. Three Turkish-backed rebels were also killed on Saturday in clashes with IS, Reuters reported.",
		want: []wantEvent{
			{typ: battle, sub: clash, actors: who(sna, tsk), date: "2019-04-20", prec: "day", dateText: "on Saturday", killed: n(4), sources: who("Reuters"), admin1: "Aleppo"},
			{typ: remote, sub: air, actors: who(gov, tsk), date: "2019-04-19", prec: "day", dateText: "a day after", killed: n(2), admin1: "Aleppo"},
		},
	},
	{
		name: "each clause keeps its own source", published: "2019-04-21",
		text: "Government air strikes on Douma killed at least 20 people on Saturday, activists said. The Observatory put the death toll from Saturday's air raids at 20, while local activists reported that 26 were killed.",
		want: []wantEvent{
			{typ: remote, sub: air, actors: who(gov, civ), date: "2019-04-20", prec: "day", dateText: "on Saturday", killed: rng(20, 20, 26), sources: who("Activists", sohr, "Local activists"), admin1: "Rural Damascus"},
		},
	},
	{
		name: "a deed that goes on into the next day is its own", published: "2019-04-21",
		text: "Government air strikes on Douma killed 20 people on Saturday, the Observatory said. Air strikes on Douma continued through Sunday morning, activists said.",
		want: []wantEvent{
			{typ: remote, sub: air, actors: who(gov, civ), date: "2019-04-20", prec: "day", dateText: "on Saturday", killed: n(20), sources: who(sohr), admin1: "Rural Damascus"},
			{typ: remote, sub: air, actors: who(gov), date: "2019-04-21", prec: "day", dateText: "Sunday morning", admin1: "Rural Damascus"},
		},
	},
	{
		name: "a figure told of another region is not this one's", published: "2019-04-24",
		text: "Israeli drone strikes killed four soldiers near Kisweh, state television said on Wednesday, updating the toll for strikes the previous day, which also saw a man killed in the south.",
		want: []wantEvent{
			{typ: remote, sub: air, actors: who(isr, gov), date: "2019-04-23", prec: "day", dateText: "the previous day", killed: n(4), sources: who("Syrian state television"), admin1: "Rural Damascus"},
		},
	},
	{
		name: "a near count from another source is the same toll", published: "2019-04-20",
		text: "An explosion struck a school in Azaz on Friday, killing 41 people, the Observatory said. \"So far there are 40 fatalities in a terrorist attack in Azaz,\" the governor of Aleppo said.",
		want: []wantEvent{
			{typ: remote, sub: ied, actors: who(unk, civ), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: rng(41, 40, 41), sources: who(sohr, "Aleppo governor"), admin1: "Aleppo"},
		},
	},
	{
		name: "an earlier deed told in passing is its own event", published: "2019-04-20",
		text: "An Israeli air strike hit a building in Kafr Sousa on Saturday, killing five people, SANA said. An earlier Israeli air strike in February killed four people at an airbase in Mezzeh.",
		want: []wantEvent{
			{typ: remote, sub: air, actors: who(isr, civ), date: "2019-04-20", prec: "day", dateText: "on Saturday", killed: n(5), sources: who(sana), admin1: "Damascus"},
			{typ: remote, sub: air, actors: who(isr, civ), date: "2019-02-01..2019-02-28", prec: "month", dateText: "in February", killed: n(4), admin1: "Damascus"},
		},
	},
	{
		name: "a toll since the first day of an assault is its toll", published: "2019-04-24",
		text: "IS fighters stormed a prison in Hasakah last Thursday, setting off five days of clashes with the SDF. The prison holds thousands of IS suspects. Kurdish officials have long warned of such an assault. The SDF brought in reinforcements from Qamishli. Coalition aircraft flew over the city. Residents stayed indoors. Heavy fighting in and around the prison since Thursday has killed 90 people, including 60 IS fighters, 25 SDF fighters and five civilians, says the Observatory.",
		want: []wantEvent{
			{typ: battle, sub: clash, actors: who(is, sdf), date: "2019-04-18..2019-04-23", prec: "range", dateText: "last Thursday", killed: n(90), sources: who(sohr), admin1: "Al-Hasakah"},
		},
	},
	{
		name: "a date in a comparison dates the other deed", published: "2019-04-20",
		text: "Activists found 20 bodies in the Rifai district of Homs. They had been killed at the same time as the villagers found dead on April 15.",
		want: []wantEvent{
			{typ: vac, sub: attack, actors: who(unk, civ), date: "2019-04-20", prec: "day", killed: n(20), sources: who("Activists"), admin1: "Homs"},
		},
	},
	{
		name: "a since clause tells the deed before", published: "2019-04-21",
		text: "IS militants have executed at least 12 people since they took control of the town of al-Sukhna on Friday, the Observatory said.",
		want: []wantEvent{
			{typ: vac, sub: attack, actors: who(is, civ), date: "2019-04-19", prec: "day", dateText: "on Friday", killed: n(12), sources: who(sohr), admin1: "Homs"},
			{typ: battle, sub: overtake, actors: who(is), date: "2019-04-19", prec: "day", dateText: "on Friday", sources: who(), admin1: "Homs"},
		},
	},
	{
		name: "a count of attacks is no attack", published: "2019-04-20",
		text: "An Israeli air strike on Kafr Sousa killed five people on Saturday, SANA said. The missiles were fired from the Golan at positions in Damascus and its vicinity, state media said. This is the third attack carried out by Israel on positions of Iran-backed militias this year.",
		want: []wantEvent{
			{typ: remote, sub: air, actors: who(isr, civ), date: "2019-04-20", prec: "day", dateText: "on Saturday", killed: n(5), sources: who(sana), admin1: "Damascus"},
		},
	},
	{
		name: "a death of wounds told without a figure adds one dead", published: "2019-04-12",
		text: "On 14 April 2019, clashes between two factions in Tal Tamr injured a child with a stray bullet, who died a day later from his wounds.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who("Opposition rebels"), date: "2019-04-14", prec: "day", dateText: "On 14 April 2019", killed: n(1), wounded: n(1), admin1: "Al-Hasakah"}},
	},
	{
		name: "the same count retold of a bare noun is not summed", published: "2019-04-24",
		text: "Israeli drone strikes killed six soldiers near Kisweh on Tuesday, state television said. Six members of the 44th Division were killed in the strikes near Kisweh, it said.",
		want: []wantEvent{{typ: remote, sub: air, actors: who(isr, gov), date: "2019-04-23", prec: "day", dateText: "on Tuesday", killed: n(6), sources: who("Syrian state television"), admin1: "Rural Damascus"}},
	},
	{
		name: "deaths from want are not the clash's", published: "2019-04-20",
		text: "1 rebel fighter was killed in clashes with government forces in Zabadani, while a woman also died as a result of the lack of medical aid due to the siege.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(gov, "Opposition rebels"), date: "2019-04-20", prec: "day", killed: n(1), admin1: "Rural Damascus"}},
	},
	{
		name: "a victim named like a source is no source", published: "2019-04-20",
		text: "Government forces clashed with rebels in Ein al-Fijeh, killing 1 rebel fighter. The fighting coincided with government shelling of the area, which killed a member of the Syrian Civil Defence.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(gov, "Opposition rebels"), date: "2019-04-20", prec: "day", killed: n(2), admin1: "Rural Damascus"}},
	},
	{
		name: "the missiles of the strike told are that strike", published: "2019-04-21",
		text: "An Israeli missile strike hit a building in Kafr Sousa on Sunday, killing 15 people, the Observatory said. The missiles were launched from the Golan Heights and targeted a number of positions within Damascus and its vicinity, state media said.",
		want: []wantEvent{{typ: remote, sub: air, actors: who(isr, civ), date: "2019-04-21", prec: "day", dateText: "on Sunday", killed: n(15), sources: who(sohr), admin1: "Damascus"}},
	},
	// --- coder's notes ---
	{
		name: "a note on this location", published: "2019-04-20",
		text: "HTS fighters clashed with National Liberation Front forces in the town of Kafr Nabl. 31 HTS and 26 NLF fighters were killed in the fighting in southern Idlib. Total fatalities coded as 57 with 6 fatalities coded to this location.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(hts, "Opposition rebels"), date: "2019-04-20", prec: "day", killed: n(6), admin1: "Idlib"}},
	},
	{
		name: "a note divides the toll of the incident that has one", published: "2019-04-20",
		text: "Clashes took place between government forces and rebels in Jobar neighbourhood in Damascus. The rebels killed 30 soldiers in the fighting, which was among the fiercest on the eastern edge of the capital this spring. The neighbourhood lies on the eastern edge of the capital and has held out for years. Its residents have mostly fled to other districts. Aid groups have called for a truce. The front has barely moved. While government forces intensified shelling using artillery and mortar shells on other areas in the neighbourhood. Fatalities distributed over two locations: Ein Tarma and Jobar.",
		want: []wantEvent{
			{typ: battle, sub: clash, actors: who(gov, "Opposition rebels"), date: "2019-04-20", prec: "day", killed: n(15), admin1: "Damascus"},
			{typ: remote, sub: shell, actors: who(gov), date: "2019-04-20", prec: "day", admin1: "Damascus"},
		},
	},
	{
		name: "a short note is one event", published: "2019-04-20",
		text: "On 18 April 2019, unknown gunmen shot dead a rebel commander in Saraqib. A landmine wounded 2 rebels in Maarat al-Numan. 1 fatality.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(unk, "Opposition rebels"), date: "2019-04-18", prec: "day", dateText: "On 18 April 2019", killed: n(1), wounded: n(2), admin1: "Idlib"}},
	},
	{
		name: "a note codes the share of this place", published: "2019-04-20",
		text: "On 18 April 2019, government forces clashed with HTS fighters in Kafr Nabl and Hass. 20 fighters were killed in the fighting, with 12 fatalities coded to fighting at Hass and 8 at Kafr Nabl.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(gov, hts), date: "2019-04-18", prec: "day", dateText: "On 18 April 2019", killed: n(8), admin1: "Idlib"}},
	},
	{
		name: "a note's total counts the one event", published: "2019-04-20",
		text: "On 18 April 2019, government forces clashed with IS fighters around the airbase of Deir ez-Zor. Reports indicate that about 30 people were killed from both sides in different places during the clashes.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(gov, is), date: "2019-04-18", prec: "day", dateText: "On 18 April 2019", killed: n(30), admin1: "Deir ez-Zor"}},
	},
	{
		name: "a death of wounds belongs to the clash", published: "2019-04-20",
		text: "On 17 April 2019, clashes took place between local gunmen and IS members in Tafas in Dar'a. On 18 April 2019, a journalist, covering the clashes, succumbed to the wounds he sustained during the fighting.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who("Communal militia", is), date: "2019-04-17", prec: "day", dateText: "On 17 April 2019", killed: n(1), admin1: "Daraa"}},
	},
	{
		name: "two groups killed in one sentence are summed", published: "2019-04-20",
		text: "Clashes took place between government forces and opposition rebels in Kafr Nabl. During the clashes, 2 opposition rebels were killed along with a rebel commander.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(gov, "Opposition rebels"), date: "2019-04-20", prec: "day", killed: n(3), admin1: "Idlib"}},
	},
	// --- doers told outside the incident's own sentences ---
	{
		name: "the doer of a lead that tells only a toll", published: "2013-04-11",
		text: "Government troops pounded the district of Khaldiyeh in Homs with artillery on Wednesday, as the toll from three days of shelling rose to 25 dead, activists said. The Syrian Observatory for Human Rights said six civilians were killed in Wednesday's shelling.",
		want: []wantEvent{{typ: remote, sub: shell, actors: who(gov, civ), date: "2013-04-10", prec: "day", dateText: "in Wednesday", killed: n(6), sources: who(sohr), admin1: "Homs"}},
	},
	{
		name: "blame disputed between the parties", published: "2013-02-16",
		text: "A car bomb killed 20 civilians in the town of Salamiyeh on Friday. The opposition said the bombing was carried out by government forces, while the state news agency said it was the work of terrorist gangs.",
		want: []wantEvent{{typ: remote, sub: ied, actors: who(unk, civ), date: "2013-02-15", prec: "day", dateText: "on Friday", killed: n(20), admin1: "Hama"}},
	},
	{
		name: "an earlier strike by the same hand", published: "2023-03-08",
		text: "An Israeli missile strike hit a building in the Mezzeh district of Damascus on Tuesday, killing three people, the state news agency said. An earlier strike in February killed five others near the airport of Damascus.",
		want: []wantEvent{
			{typ: remote, sub: air, actors: who(isr, civ), date: "2023-03-07", prec: "day", dateText: "on Tuesday", killed: n(3), sources: who(sana), admin1: "Damascus"},
			{typ: remote, sub: air, actors: who(isr), date: "2023-02-01..2023-02-28", prec: "month", dateText: "in February", killed: n(5), admin1: "Damascus"},
		},
	},
	{
		name: "a group described by what it fights for", published: "2014-09-02",
		text: "The army holds the town of Khan Arnabeh, while nearby villages are held by rebels fighting to topple the government.",
		want: []wantEvent{},
	},
	{
		name: "the fighters just told take the post from the army", published: "2014-08-29",
		text: "The Nusra Front took control of a border crossing in the province of Quneitra on Thursday, the Observatory said. The fighters captured the Quneitra post from forces loyal to President Bashar al-Assad after fierce clashes.",
		want: []wantEvent{{typ: battle, sub: overtake, actors: who("Jabhat al-Nusra", gov), date: "2014-08-28", prec: "day", dateText: "on Thursday", admin1: "Quneitra"}},
	},
	{
		name: "rebels the report names soon after", published: "2015-04-26",
		text: "Rebels captured the town of Jisr al-Shughur on Saturday after clashes with government forces. The offensive was led by Jaish al-Fatah, activists said.",
		want: []wantEvent{{typ: battle, sub: overtake, actors: who("Army of Conquest", gov), date: "2015-04-25", prec: "day", dateText: "on Saturday", admin1: "Idlib"}},
	},
	// --- days a report does not give; doers it gives elsewhere ---
	{
		name: "a stamp of publication dates no deed", published: "2021-06-03",
		text: "date 2021-06-03\nAn Israeli drone strike hit a car near the town of Hadar in Quneitra, killing two men, the Syrian Observatory for Human Rights said.\n\nThe monitor said one of the men had fought with Hezbollah. The car burned out. Ambulances rushed to the scene.\n\nIsrael has not commented on the strike. It seldom comments on such strikes. Syria has protested to the United Nations.\n",
		want: []wantEvent{{typ: remote, sub: air, actors: who(isr, civ), prec: "unknown", killed: n(2), sources: who(sohr), admin1: "Quneitra"}},
	},
	{
		name: "a clause that goes on the doer's sentence", published: "2025-01-21",
		text: "Turkish forces shelled a protest camp near the Tishreen dam on Sunday, and on Monday reportedly killed Kurdish artist Ali Hassan near the dam, the monitor said.",
		want: []wantEvent{
			{typ: remote, sub: shell, actors: who(tsk), date: "2025-01-19", prec: "day", dateText: "on Sunday", admin1: "Aleppo"},
			{typ: vac, sub: attack, actors: who(tsk, civ), date: "2025-01-20", prec: "day", dateText: "on Monday", killed: n(1), sources: who(sohr), admin1: "Aleppo"},
		},
	},
	{
		name: "air strikes told without the air force", published: "2015-08-24",
		text: "Government air strikes killed 12 civilians in Douma on Saturday, activists said. On Sunday, air strikes hit the town of Harasta, destroying a school.",
		want: []wantEvent{
			{typ: remote, sub: air, actors: who(gov, civ), date: "2015-08-22", prec: "day", dateText: "on Saturday", killed: n(12), sources: who("Activists"), admin1: "Rural Damascus"},
			{typ: remote, sub: air, actors: who(gov), date: "2015-08-23", prec: "day", dateText: "On Sunday", admin1: "Rural Damascus"},
		},
	},
	{
		name: "a later deed told in the past perfect is not of the lead's day", published: "2019-06-12",
		text: "Government shelling killed eight civilians in the town of Kafr Nabl on Tuesday, activists said.\n\nThe army pounded the town for a second day. Residents said many families fled north. Schools in the town have been shut for a week.\n\nSeparately, activists uncovered the bodies of 14 civilians in the village of Hass, said a local official. They had probably been executed by gunmen.\n\nThe opposition blamed government forces for the shelling and called on the United Nations to act.\n",
		want: []wantEvent{
			{typ: remote, sub: shell, actors: who(gov, civ), date: "2019-06-11", prec: "day", dateText: "on Tuesday", killed: n(8), sources: who("Activists"), admin1: "Idlib"},
			{typ: vac, sub: attack, actors: who(unk, civ), prec: "unknown", killed: n(14), sources: who("Activists"), admin1: "Idlib"},
		},
	},
	{
		name: "a common noun after separately is not the group just named", published: "2014-12-05",
		text: "Islamic State fighters attacked Kurdish positions in Kobani on Thursday, the monitor said. Separately, clashes flared up Thursday between Syrian government troops and jihadi rebels near the town of Zabadani.",
		want: []wantEvent{
			{typ: battle, sub: clash, actors: who(is), date: "2014-12-04", prec: "day", dateText: "on Thursday", sources: who(), admin1: "Aleppo"},
			{typ: battle, sub: clash, actors: who(gov, "Opposition rebels"), date: "2014-12-04", prec: "day", dateText: "Thursday", admin1: "Rural Damascus"},
		},
	},
	{
		name: "local security forces are those of whoever holds the place", published: "2020-12-11",
		text: "A car bomb killed nine people at a checkpoint in the town of Afrin on Thursday, the Syrian Observatory for Human Rights said. The dead were local security forces or members of a Turkish-backed faction manning the checkpoint.",
		want: []wantEvent{{typ: remote, sub: ied, actors: who(unk, sna), date: "2020-12-10", prec: "day", dateText: "on Thursday", killed: n(9), sources: who(sohr), admin1: "Aleppo"}},
	},
	{
		name: "a bombardment the next sentence tells as air strikes", published: "2019-10-19",
		text: "Turkish-led bombardment on Friday killed 14 civilians in the village of Bab al-Kheir, the Syrian Observatory for Human Rights said. The monitor said Turkish air strikes and mortar fire by its Syrian proxies killed the 14 civilians.",
		want: []wantEvent{{typ: remote, sub: air, actors: who(tsk, civ), date: "2019-10-18", prec: "day", dateText: "on Friday", killed: n(14), sources: who(sohr), admin1: "Al-Hasakah"}},
	},
	// --- incidents told together ---
	{
		name: "barrel bombs on two towns are an incident at each", published: "2019-10-19",
		text: "Government air strikes killed 21 people in the town of Saqba on Tuesday, the Syrian Observatory for Human Rights said.\n\nRescue workers said the strikes hit a crowded market at midday.\n\nThe monitor said helicopters dropped barrel bombs on both Saqba and Zabadani during the day.\n\nResidents said bread was running short in both towns. Aid convoys have not entered since spring. The United Nations called for a pause. Officials in Damascus did not comment.\n",
		want: []wantEvent{
			{typ: remote, sub: air, actors: who(gov, civ), date: "2019-10-15", prec: "day", dateText: "on Tuesday", killed: n(21), sources: who(sohr), admin1: "Rural Damascus"},
			{typ: remote, sub: air, actors: who(gov), date: "2019-10-15", prec: "day", dateText: "on Tuesday", admin1: "Rural Damascus"},
		},
	},
	{
		name: "attacks that continue on a named town are the day's shelling", published: "2019-10-19",
		text: "Turkish drone strikes killed nine civilians in the village of Umm Harmala on Friday, the Syrian Observatory for Human Rights said.\n\nThe monitor said the dead included four children.\n\n\"Artillery attacks continue to target our positions and the homes of civilians in Tal Tamr,\" an SDF spokesman said.\n\nAnkara says it is fighting terrorists along its border. Talks on a truce stalled last week. Thousands have fled their homes. Aid groups warned of a winter without fuel.\n",
		want: []wantEvent{
			{typ: remote, sub: air, actors: who(tsk, civ), date: "2019-10-18", prec: "day", dateText: "on Friday", killed: n(9), sources: who(sohr), admin1: "Al-Hasakah"},
			{typ: remote, sub: shell, actors: who(civ), date: "2019-10-18", prec: "day", dateText: "on Friday", admin1: "Al-Hasakah"},
		},
	},
	{
		name: "the fighting a truce would halt is no deed told before", published: "2019-10-19",
		text: "Turkish drone strikes killed nine civilians in the village of Umm Harmala on Friday, the Syrian Observatory for Human Rights said.\n\nThe monitor said the dead included four children.\n\nTurkish-backed fighters clashed with Kurdish fighters on Friday, the monitor said.\n\n\"Despite the deal to halt the fighting, artillery attacks target the hospital in Tal Tamr,\" an SDF spokesman said.\n\nAnkara says it is fighting terrorists along its border. Talks on a truce stalled last week. Thousands have fled their homes.\n",
		want: []wantEvent{
			{typ: remote, sub: air, actors: who(tsk, civ), date: "2019-10-18", prec: "day", dateText: "on Friday", killed: n(9), sources: who(sohr), admin1: "Al-Hasakah"},
			{typ: remote, sub: shell, date: "2019-10-18", prec: "day", dateText: "on Friday", admin1: "Al-Hasakah"},
		},
	},
	{
		name: "a relative clause tells an earlier deed at the place", published: "2019-10-19",
		text: "A suicide car bombing targeted a police station in the town of Qamishli on Friday, which also came under mortar fire on Wednesday. At least six policemen were killed, the Syrian Observatory for Human Rights said.",
		want: []wantEvent{
			{typ: remote, sub: suicide, actors: who(unk, gov), date: "2019-10-18", prec: "day", dateText: "on Friday", killed: rng(6, 6, 6), sources: who(sohr), admin1: "Al-Hasakah"},
			{typ: remote, sub: shell, date: "2019-10-16", prec: "day", dateText: "on Wednesday", admin1: "Al-Hasakah"},
		},
	},
	{
		name: "each clause of a title line restates the story", published: "2019-10-16",
		text: "Army shells kill five in Douma; rebels attack army in Hama hills\n\nBEIRUT, Oct 16 (Wire) - Government artillery shelled a residential street in the town of Douma east of Damascus on Tuesday, killing five civilians, the Syrian Observatory for Human Rights said.\n",
		want: []wantEvent{{typ: remote, sub: shell, actors: who(gov, civ), date: "2019-10-15", prec: "day", dateText: "on Tuesday", killed: n(5), sources: who(sohr), admin1: "Rural Damascus"}},
	},
	// --- victims as civilians ---
	{
		name: "members of one family are civilians", published: "2019-10-19",
		text: "Government artillery also shelled the village of Kansafra in Idlib province on Sunday, killing four members of one family, the Syrian Civil Defence said.",
		want: []wantEvent{{typ: remote, sub: shell, actors: who(gov, civ), date: "2019-10-13", prec: "day", dateText: "on Sunday", killed: n(4), sources: who("Syrian Civil Defence"), admin1: "Idlib"}},
	},
	{
		name: "gunmen shooting a shopkeeper attack a civilian", published: "2019-10-19",
		text: "Unidentified gunmen shot dead a shopkeeper in the town of Nawa in Daraa province on Thursday, the Syrian Observatory for Human Rights said.",
		want: []wantEvent{{typ: vac, sub: attack, actors: who(unk, civ), date: "2019-10-17", prec: "day", dateText: "on Thursday", admin1: "Daraa"}},
	},
	{
		name: "a civilian driver killed with fighters is no target", published: "2019-10-19",
		text: "A Turkish drone hit a pick-up truck carrying members of the U.S.-backed Syrian Democratic Forces near the town of Amuda on Sunday, killing three fighters and their civilian driver, the Kurdish-led force said.",
		want: []wantEvent{{typ: remote, sub: air, actors: who(tsk, sdf), date: "2019-10-13", prec: "day", dateText: "on Sunday", killed: n(4), admin1: "Al-Hasakah"}},
	},
	// --- common nouns for a side ---
	{
		name: "rebels fought by government militiamen are not the government", published: "2019-10-19",
		text: "Government forces and allied militiamen clashed with rebels near the town of Kafr Zita in Hama province on Friday, in fighting that killed nine rebels and four pro-government fighters, the Syrian Observatory for Human Rights said.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who(gov, "Opposition rebels"), date: "2019-10-18", prec: "day", dateText: "on Friday", killed: n(13), sources: who(sohr), admin1: "Hama"}},
	},
	{
		name: "a backer within a faction's name leaves the faction the doer", published: "2018-02-20",
		text: "BEIRUT, Feb 20 (Wire) - Turkish-backed Free Syrian Army rebels captured the village of Rajo from the YPG on Monday after a week of fighting, the Syrian Observatory for Human Rights said.",
		want: []wantEvent{{typ: battle, sub: overtake, actors: who("Free Syrian Army", ypg), date: "2018-02-19", prec: "day", dateText: "on Monday", admin1: "Aleppo"}},
	},
	// --- blame told later ---
	{
		name: "a claim of responsibility names the doer, not the target", published: "2019-10-20",
		text: "A car bomb exploded near a checkpoint at the entrance of the town of Azaz in Aleppo province on Saturday, killing seven people, the Syrian Observatory for Human Rights said.\n\nThe Islamic State group claimed responsibility in a statement on its Aamaq news agency, saying one of its fighters had targeted a post of \"regime agents\".\n",
		want: []wantEvent{{typ: remote, sub: ied, actors: who(is, civ), date: "2019-10-19", prec: "day", dateText: "on Saturday", killed: n(7), sources: who(sohr), admin1: "Aleppo"}},
	},
	{
		name: "gunmen loyal to the ousted president are his remnants", published: "2025-03-10",
		text: "Gunmen loyal to Bashar al-Assad attacked a General Security checkpoint near the town of Jableh in Latakia province on Sunday, killing three members of the force, the Interior Ministry said.",
		want: []wantEvent{{typ: battle, sub: clash, actors: who("Pro-Assad remnants", gov), date: "2025-03-09", prec: "day", dateText: "on Sunday", killed: n(3), sources: who("Syrian government"), admin1: "Lattakia"}},
	},
	{
		name: "hilltops taken by the army are ground it regains", published: "2017-08-09",
		text: "Government troops captured a string of strategic hilltops overlooking the main highway west of Palmyra from Islamic State on Monday, the Syrian Observatory for Human Rights said.",
		want: []wantEvent{{typ: battle, sub: regains, actors: who(gov, is), date: "2017-08-07", prec: "day", dateText: "on Monday", admin1: "Homs"}},
	},
	{
		name: "the dead of the battle for a village taken are the capture's", published: "2018-02-20",
		text: "BEIRUT, Feb 20 (Wire) - Turkish-backed Free Syrian Army rebels captured the village of Rajo from the YPG on Monday after three days of fighting, the Syrian Observatory for Human Rights said. It said 11 YPG fighters and six rebels were killed in the battle for the village, which began on Friday.",
		want: []wantEvent{{typ: battle, sub: overtake, actors: who("Free Syrian Army", ypg), date: "2018-02-17..2018-02-19", prec: "range", dateText: "on Monday", killed: n(17), sources: who(sohr), admin1: "Aleppo"}},
	},
	// --- the days of a campaign ---
	{
		name: "a capture after a four-day campaign", published: "2015-04-26",
		text: "Islamist rebels overran the town of Jisr al-Shughur on Saturday after a four-day campaign against government forces, activists said.",
		want: []wantEvent{{typ: battle, sub: overtake, actors: who("Opposition rebels", gov), date: "2015-04-22..2015-04-25", prec: "range", dateText: "on Saturday", admin1: "Idlib"}},
	},
	{
		name: "killings told since a capture run from its day to the day the monitor spoke", published: "2015-05-14",
		text: "DEIR EZZOR, May 14 (Wire) - Islamic State militants have executed at least 12 people since they seized the town of al-Sukhna on Tuesday, a monitoring group said on Wednesday. The group's offensive in the desert started on May 2.",
		want: []wantEvent{
			{typ: vac, sub: attack, actors: who(is, civ), date: "2015-05-12..2015-05-13", prec: "range", dateText: "on Tuesday", killed: n(12), sources: who(sohr), admin1: "Homs"},
			{typ: battle, sub: overtake, actors: who(is), date: "2015-05-12", prec: "day", dateText: "on Tuesday", admin1: "Homs"},
		},
	},
}

// TestAssemble runs each case through the whole pipeline and compares the
// events with what an ACLED coder would write.
func TestAssemble(t *testing.T) {
	x := extractor(t)
	for _, tc := range assembleCases {
		t.Run(tc.name, func(t *testing.T) {
			pub, err := time.Parse(time.DateOnly, tc.published)
			if err != nil {
				t.Fatal(err)
			}
			d := &extract.Doc{ID: "case", Text: tc.text, Published: pub}
			evs, err := x.Extract(context.Background(), d)
			if err != nil {
				t.Fatal(err)
			}
			if len(evs) != len(tc.want) {
				t.Fatalf("got %d events, want %d:\n%s", len(evs), len(tc.want), describeEvents(evs))
			}
			for i, w := range tc.want {
				if diffs := compareEvent(evs[i], w); len(diffs) > 0 {
					t.Errorf("event %d: %s\n%s", i+1, strings.Join(diffs, "; "), describeEvents(evs[i:i+1]))
				}
			}
		})
	}
}

// compareEvent lists the fields of ev that differ from w.
func compareEvent(ev extract.Event, w wantEvent) []string {
	var diffs []string
	if ev.EventType != w.typ || ev.SubEventType != w.sub {
		diffs = append(diffs, fmt.Sprintf("type %s/%s, want %s/%s", ev.EventType, ev.SubEventType, w.typ, w.sub))
	}
	var names []string
	for _, a := range ev.Actors {
		names = append(names, a.Name)
	}
	if !slices.Equal(names, w.actors) {
		diffs = append(diffs, fmt.Sprintf("actors %q, want %q", names, w.actors))
	}
	date := ev.Date.Start
	if ev.Date.End != "" {
		date += ".." + ev.Date.End
	}
	if date != w.date || ev.Date.Precision != w.prec || ev.Date.Text != w.dateText {
		diffs = append(diffs, fmt.Sprintf("date %s %s %q, want %s %s %q", date, ev.Date.Precision, ev.Date.Text, w.date, w.prec, w.dateText))
	}
	if !sameEstimate(ev.Casualties.Killed, w.killed) {
		diffs = append(diffs, fmt.Sprintf("killed %s, want %s", showEstimate(ev.Casualties.Killed), showEstimate(w.killed)))
	}
	if !sameEstimate(ev.Casualties.Wounded, w.wounded) {
		diffs = append(diffs, fmt.Sprintf("wounded %s, want %s", showEstimate(ev.Casualties.Wounded), showEstimate(w.wounded)))
	}
	got, want := slices.Clone(ev.Sources), slices.Clone(w.sources)
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		diffs = append(diffs, fmt.Sprintf("sources %q, want %q", ev.Sources, w.sources))
	}
	if w.admin1 != "" && (ev.Location == nil || ev.Location.Admin1 != w.admin1) {
		at := "no place"
		if ev.Location != nil {
			at = ev.Location.Name + ", " + ev.Location.Admin1
		}
		diffs = append(diffs, fmt.Sprintf("place %s, want in %s", at, w.admin1))
	}
	return diffs
}

func sameEstimate(a, b *extract.Estimate) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

func showEstimate(e *extract.Estimate) string {
	if e == nil {
		return "none"
	}
	return fmt.Sprintf("%d [%d-%d]", e.Best, e.Low, e.High)
}

// describeEvents sums up events for a failure message.
func describeEvents(evs []extract.Event) string {
	var b strings.Builder
	for _, ev := range evs {
		fmt.Fprintf(&b, "\t%s/%s", ev.EventType, ev.SubEventType)
		for _, a := range ev.Actors {
			fmt.Fprintf(&b, " [%s %s %q]", a.Role, a.Name, a.Text)
		}
		fmt.Fprintf(&b, " date=%s..%s(%s %q)", ev.Date.Start, ev.Date.End, ev.Date.Precision, ev.Date.Text)
		if ev.Location != nil {
			fmt.Fprintf(&b, " at=%s(%s)", ev.Location.Name, ev.Location.Admin1)
		}
		for _, c := range ev.Claims {
			fmt.Fprintf(&b, " claim=%s:%d(%s,%s)", c.Kind, c.Count, c.Source, c.Victims)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// TestFoeOfLaterCaptures checks the sides of a capture told by "The group"
// after the group's first capture: the group just named, and the foe it
// took the first ground from. Only the sides are checked.
func TestFoeOfLaterCaptures(t *testing.T) {
	x := extractor(t)
	text := "Islamic State fighters seized the town of Palmyra from government forces on Wednesday, the Observatory said. The offensive against the city started on May 13. The group has since captured the town of al-Sukhna and two oilfields."
	pub := time.Date(2015, 5, 22, 0, 0, 0, 0, time.UTC)
	evs, err := x.Extract(context.Background(), &extract.Doc{ID: "case", Text: text, Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 2 {
		t.Fatalf("got %d events, want 2:\n%s", len(evs), describeEvents(evs))
	}
	var got []string
	for _, a := range evs[1].Actors {
		got = append(got, a.Name+" "+a.Role+" "+a.Text)
	}
	want := []string{is + " attacker The group", gov + " target government forces"}
	if !slices.Equal(got, want) {
		t.Errorf("second capture: actors %q, want %q", got, want)
	}
}
