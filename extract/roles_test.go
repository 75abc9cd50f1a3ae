package extract_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/sitrep/sitrep/extract"
)

// roleCases are one-incident reports for the ways a report names the
// sides of an incident and the deed that decides its type. Each case is
// read in full, so that what assembly makes of the roles is what is
// checked: the sides by ACLED label, in ACLED's order, and the type.
var roleCases = []struct {
	name      string
	published string
	text      string
	typ, sub  string
	acled     []string // ACLED labels, the side ACLED names first first
}{
	{
		name: "between ... against, past an aside", published: "2018-03-06",
		text: "Clashes, accompanied by heavy shelling, broke out on Monday between regime forces and allied militias against rebel factions near Kafr Zeita.",
		typ:  battle, sub: clash,
		acled: []string{"Military Forces of Syria (2000-)", "Opposition Rebels (Syria)"},
	},
	{
		name: "the sides of a clash told beside the main deed", published: "2019-05-08",
		text: "Government forces shelled the village of Latamna on Tuesday as clashes raged between the army and Hayat Tahrir al-Sham on its edge.",
		typ:  battle, sub: clash,
		acled: []string{"Military Forces of Syria (2000-)", "HTS: Hayat Tahrir al Sham"},
	},
	{
		name: "Y repelled an X attack", published: "2019-02-11",
		text: "Syrian Democratic Forces repelled an Islamic State attack on an oil field near al-Omar on Sunday, killing nine militants.",
		typ:  battle, sub: clash,
		acled: []string{"QSD: Syrian Democratic Forces", "Islamic State (Syria)"},
	},
	{
		name: "Y repulsed an assault by X", published: "2019-05-11",
		text: "The army repulsed an assault by Hayat Tahrir al-Sham near Kafr Zeita on Friday, the state news agency said.",
		typ:  battle, sub: clash,
		acled: []string{"Military Forces of Syria (2000-)", "HTS: Hayat Tahrir al Sham"},
	},
	{
		name: "the victim's unit, not whose it is", published: "2019-12-07",
		text: "Gunmen shot dead a member of the regime's National Defence Forces in al-Sanamayn on Thursday.",
		typ:  battle, sub: clash,
		acled: []string{"Unidentified Armed Group (Syria)", "QDW: National Defence Forces"},
	},
	{
		name: "managed to control is a capture", published: "2017-09-24",
		text: "Islamic State fighters managed to control two villages near al-Mayadin on Saturday after clashes with government forces.",
		typ:  battle, sub: overtake,
		acled: []string{"Islamic State (Syria)", "Military Forces of Syria (2000-)"},
	},
	{
		name: "controlled as the main verb is a capture", published: "2017-07-20",
		text: "Hayat Tahrir al-Sham controlled the town of Sarmada on Wednesday after clashes with Ahrar al-Sham.",
		typ:  battle, sub: overtake,
		acled: []string{"HTS: Hayat Tahrir al Sham", "AAS: Ahrar al Sham"},
	},
	{
		name: "regime-controlled names no capture", published: "2018-03-06",
		text: "Rebels shelled regime-controlled areas of Jobar on Monday, killing two soldiers.",
		typ:  remote, sub: shell,
		acled: []string{"Opposition Rebels (Syria)", "Military Forces of Syria (2000-)"},
	},
	{
		name: "a unit ACLED codes by its own name", published: "2018-05-20",
		text: "Unidentified gunmen killed two members of the Security Executive Force in Idlib city on Saturday.",
		typ:  battle, sub: clash,
		acled: []string{"Unidentified Armed Group (Syria)", "Security Executive Force"},
	},
	{
		name: "a capture told in the present perfect is a deed", published: "2019-05-10",
		text: "Government forces have recaptured the town of Khan Shaykhun from rebel factions after weeks of fierce fighting.",
		typ:  battle, sub: "government_regains_territory",
		acled: []string{"Military Forces of Syria (2000-)", "Opposition Rebels (Syria)"},
	},
	{
		name: "a strike named by whose it is", published: "2020-06-16",
		text: "Two farmers were killed in a Turkish strike on a village near Qamishli on Monday, a monitor said.",
		typ:  remote, sub: air,
		acled: []string{"Military Forces of Turkey (2016-)", "Civilians (Syria)"},
	},
	{
		name: "the strike as the subject of the deed", published: "2023-03-08",
		text: "An Israeli strike hit a house in the village of Beit Jinn on Tuesday, killing three people, the state news agency said.",
		typ:  remote, sub: air,
		acled: []string{"Military Forces of Israel (2022-)", "Civilians (Syria)"},
	},
	{
		name: "struck names the doer and its target", published: "2015-03-12",
		text: "The US-led coalition struck Islamic State positions near Tal Hamis on Wednesday, killing eight militants.",
		typ:  remote, sub: air,
		acled: []string{"Global Coalition Against Daesh", "Islamic State (Syria)"},
	},
	// --- means named only as support of another deed ---
	{
		name: "air strikes that supported a ground force", published: "2019-03-02",
		text: "SDF fighters, supported by Coalition airstrikes, repelled an Islamic State attack near al-Omar on Friday, killing 11 militants.",
		typ:  battle, sub: clash,
		acled: []string{"QSD: Syrian Democratic Forces", "Islamic State (Syria)"},
	},
	{
		name: "snipers after the shelling", published: "2018-06-12",
		text: "Rebel fighters targeted and killed 3 regime soldiers near Kafr Zita on Monday, following regime shelling on the same area.",
		typ:  battle, sub: clash,
		acled: []string{"Opposition Rebels (Syria)", "Military Forces of Syria (2000-)"},
	},
	{
		name: "backed by an ally, the verb is the deed", published: "2018-02-10",
		text: "Amid heavy shelling, regime forces backed by Hezbollah battled rebel factions in Beit Jinn on Friday. 2 fatalities were reported.",
		typ:  battle, sub: clash,
		acled: []string{"Military Forces of Syria (2000-)", "Opposition Rebels (Syria)"},
	},
	{
		name: "the weapon named decides over bombed", published: "2013-05-09",
		text: "Government forces bombed the town of Talbiseh with shells and rockets on Wednesday, killing four civilians.",
		typ:  remote, sub: shell,
		acled: []string{"Military Forces of Syria (2000-)", "Civilians (Syria)"},
	},
	{
		name: "explosions from barrel bombs are air strikes", published: "2016-09-02",
		text: "Explosions from barrel bombs dropped by regime helicopters killed five civilians in the town of Daraya on Thursday.",
		typ:  remote, sub: air,
		acled: []string{"Military Forces of Syria (2000-)", "Civilians (Syria)"},
	},
	{
		name: "bombs planted on a bus", published: "2021-11-04",
		text: "Bombs planted on a military bus killed six soldiers in Damascus on Wednesday, state media said.",
		typ:  remote, sub: ied,
		acled: []string{"Unidentified Armed Group (Syria)", "Military Forces of Syria (2000-)"},
	},
	{
		name: "strikes killed as fighting went on around them", published: "2016-07-20",
		text: "Airstrikes on two Islamic State-held villages near Manbij killed 21 civilians on Tuesday as heavy fighting was underway between the militants and SDF fighters.",
		typ:  remote, sub: air,
		acled: []string{"Civilians (Syria)"},
	},
	// --- ground that did not change hands ---
	{
		name: "briefly captured is a clash", published: "2018-11-20",
		text: "Islamic State fighters briefly captured parts of the village of Hajin on Monday after clashes with SDF fighters, killing 4 of them.",
		typ:  battle, sub: clash,
		acled: []string{"Islamic State (Syria)", "QSD: Syrian Democratic Forces"},
	},
	{
		name: "a prison retaken after an attack on it", published: "2022-01-26",
		text: "SDF fighters recaptured the prison in al-Hasakah on Wednesday after an Islamic State attack, killing 12 militants.",
		typ:  battle, sub: clash,
		acled: []string{"QSD: Syrian Democratic Forces", "Islamic State (Syria)"},
	},
	// --- a bomb in a gunfight; a killing after an abduction ---
	{
		name: "a car bomb detonated in a firefight", published: "2018-04-12",
		text: "Islamic State fighters opened fire on regime forces at the airport of Deir ez-Zor on Wednesday and detonated a car bomb, killing 9 regime soldiers.",
		typ:  battle, sub: clash,
		acled: []string{"Islamic State (Syria)", "Military Forces of Syria (2000-)"},
	},
	{
		name: "a fighter killed after his abduction", published: "2019-07-05",
		text: "On 4 July 2019, unidentified gunmen killed a regime soldier after abducting him in the town of Tafas in Dar'a.",
		typ:  battle, sub: clash,
		acled: []string{"Unidentified Armed Group (Syria)", "Military Forces of Syria (2000-)"},
	},
	{
		name: "jets that go on to target a group", published: "2016-11-26",
		text: "Turkish jets are continuing to target Islamic State fighters in al-Bab, the army said on Saturday.",
		typ:  remote, sub: air,
		acled: []string{"Military Forces of Turkey (2016-)", "Islamic State (Syria)"},
	},
	{
		name: "a coalition named with its article, not the army", published: "2015-04-26",
		text: "On Saturday the Army of Conquest captured the town of Jisr al-Shughur from government forces.",
		typ:  battle, sub: overtake,
		acled: []string{"JaF: Army of Conquest", "Military Forces of Syria (2000-)"},
	},
	{
		name: "a victim named by a civilian calling", published: "2025-01-21",
		text: "A Turkish drone strike killed Kurdish political leader Hevi Ahmed near the Tishreen dam on Sunday.",
		typ:  remote, sub: air,
		acled: []string{"Military Forces of Turkey (2016-)", "Civilians (Syria)"},
	},
	{
		name: "people told as taken, in the passive", published: "2014-08-29",
		text: "Two aid workers were captured near the town of Saraqeb on Thursday, activists said.",
		typ:  "violence_against_civilians", sub: "abduction_forced_disappearance",
		acled: []string{"Unidentified Armed Group (Syria)", "Civilians (Syria)"},
	},
	{
		name: "who found the dead is no side", published: "2012-04-04",
		text: "The Free Syrian Army found the bodies of 20 civilians shot dead in the village of Taftanaz on Tuesday, activists said.",
		typ:  "violence_against_civilians", sub: "attack",
		acled: []string{"Unidentified Armed Group (Syria)", "Civilians (Syria)"},
	},
	{
		name: "the sides of another deed told in a relative clause", published: "2015-06-27",
		text: "A car bomb struck a police station in the town of Qamishli, which also came under an IS attack last week, and killed 11 policemen on Friday, the Observatory said.",
		typ:  remote, sub: "remote_explosive_landmine_ied",
		acled: []string{"Unidentified Armed Group (Syria)", "Police Forces of Syria (2000-)"},
	},
	{
		name: "the victim's group told in the next sentence", published: "2024-09-13",
		text: "An Israeli drone strike hit a car near the town of Hadar on Thursday, killing a commander from the village. According to the Syrian Observatory for Human Rights, the man worked with the Lebanese group Hezbollah, moving arms across the border.",
		typ:  remote, sub: air,
		acled: []string{"Military Forces of Israel (2022-)", "Hezbollah"},
	},
	{
		name: "an exchange of fire", published: "2019-08-02",
		text: "An exchange of fire took place between SDF fighters and Islamic State fighters in the town of Shuhayl on Thursday, killing a civilian bystander.",
		typ:  battle, sub: clash,
		acled: []string{"QSD: Syrian Democratic Forces", "Islamic State (Syria)"},
	},
}

func TestRoles(t *testing.T) {
	x := extractor(t)
	for _, tc := range roleCases {
		t.Run(tc.name, func(t *testing.T) {
			pub, err := time.Parse(time.DateOnly, tc.published)
			if err != nil {
				t.Fatal(err)
			}
			evs, err := x.Extract(context.Background(), &extract.Doc{ID: "case", Text: tc.text, Published: pub})
			if err != nil {
				t.Fatal(err)
			}
			if len(evs) != 1 {
				t.Fatalf("got %d events, want 1:\n%s", len(evs), describeEvents(evs))
			}
			ev := evs[0]
			if ev.EventType != tc.typ || ev.SubEventType != tc.sub {
				t.Errorf("type %s/%s, want %s/%s", ev.EventType, ev.SubEventType, tc.typ, tc.sub)
			}
			var got []string
			for _, a := range ev.Actors {
				got = append(got, a.ACLED)
			}
			if !slices.Equal(got, tc.acled) {
				t.Errorf("actors %q, want %q", got, tc.acled)
			}
		})
	}
}
