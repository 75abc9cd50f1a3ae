package casualty

import (
	"strings"
	"testing"
)

// parseCases are wire-style sentences written for these tests. want lists
// the phrases by describe, separated by " | "; "" means no phrase.
var parseCases = []struct {
	in, want string
}{
	// Active verbs before the victims.
	{"Insurgents stormed army posts west of Aleppo on Saturday, killing 21 soldiers and allied fighters.", "killed 21 exact soldiers"},
	{"The attack in the village killed 27 soldiers, an opposition news site said.", "killed 27 exact soldiers"},
	{"Militants killed nearly two dozen Syrian soldiers and officers in a day of fighting, the group's news agency said.", "killed 23 nearly soldiers"},
	{"Gunmen opened fire on a checkpoint near the town, killing four and wounding several others.", "killed 4 exact - | wounded 10 vague -"},
	{"A drone strike on a car killed two Hezbollah commanders near the border.", "killed 2 exact commanders"},
	{"Warplanes struck a market in the town, killing at least 15 civilians, among them three children.", "killed 15 at_least civilians +3 children"},
	{"The blast killed more than 80 people and wounded 150 others at the university.", "killed 80 more_than people | wounded 150 exact people"},
	{"Government shelling killed about 30 people in the besieged district on Monday.", "killed 30 about people"},
	{"Rebels said they had killed scores of pro-government militiamen in the counter-attack.", "killed 20 vague militiamen"},
	{"Air strikes killed dozens of fighters from the Islamic State group near the dam.", "killed 12 vague fighters"},
	{"Russian jets pounded the town, killing tens of civilians, residents said.", "killed 10 vague civilians"},
	{"The shelling killed hundreds of residents over the course of the siege, doctors said.", "killed 100 vague residents"},
	{"A roadside bomb killed a regime soldier and wounded another near the village.", "killed 1 exact soldiers | wounded 1 exact soldiers"},
	{"Unknown gunmen shot dead a Kurdish fighter and injured another in the countryside.", "killed 1 exact fighters | wounded 1 exact fighters"},
	{"Unidentified gunmen shot and killed an opposition rebel fighter in the city.", "killed 1 exact fighters"},
	{"The suicide bomber detonated his vest at the gate, killing himself and 12 worshippers.", "killed 12 exact worshippers"},
	{"An explosion tore through the bus, killing 14 people, most of them soldiers.", "killed 14 exact people"},
	{"Israeli strikes killed at least 18 people, including six civilians, in the western province.", "killed 18 at_least people +6 civilians"},
	{"The raid killed between 20 and 30 fighters, according to conflicting accounts.", "killed 20 range(20-30) fighters"},
	{"Coalition aircraft killed 56 to 200 villagers in the strikes, activists said.", "killed 56 range(56-200) villagers"},
	{"Unidentified fire killed one to three civilians near the front line.", "killed 1 range(1-3) civilians"},
	{"A mortar round killed four or five members of one family, neighbours said.", "killed 4 range(4-5) civilians"},
	{"Clashes killed 20-30 fighters on both sides, the monitor estimated.", "killed 20 range(20-30) fighters"},
	{"The assault killed up to 40 soldiers, the militants claimed.", "killed 40 up_to soldiers"},
	{"Government forces killed as many as 142 villagers, an activist said.", "killed 142 up_to villagers"},
	{"The ambush killed some 15 soldiers, a military source said.", "killed 15 about soldiers"},
	{"The bombing killed roughly 60 people in the crowded square.", "killed 60 about people"},
	{"The shelling killed approximately 25 civilians, the health ministry said.", "killed 25 about civilians"},
	{"The militants killed almost 40 soldiers in the surprise attack.", "killed 39 nearly soldiers"},
	{"Fighting killed no fewer than 70 combatants on Tuesday.", "killed 70 at_least fighters"},
	{"The strike killed a dozen militants at a training camp.", "killed 12 about militants"},
	{"The bombardment killed a handful of civilians in the old city.", "killed 3 vague civilians"},
	{"The air raid killed twenty-seven people, medics said.", "killed 27 exact people"},
	{"The offensive killed a hundred and twenty fighters in three weeks, the group admitted.", "killed 120 exact fighters"},
	{"Snipers killed 1,200 people during the two-year siege, the council said.", "killed 1200 exact people"},
	{"Clashes between the clans killed 5 civilians and injured 9 others in the town.", "killed 5 exact civilians | wounded 9 exact civilians"},
	{"The rebels killed and wounded 25 regime soldiers in the assault.", "killed_or_wounded 25 exact soldiers"},
	{"The rebels killed or wounded 25 soldiers, their statement said.", "killed_or_wounded 25 exact soldiers"},
	{"The rebels killed and injured a number of regime forces in the attack.", "killed_or_wounded 10 vague forces"},
	{"Turkish strikes killed 14 civilians and eight SDF fighters in and around the town.", "killed 14 exact civilians | killed 8 exact fighters"},
	{"Militants claimed they killed 6 QSD fighters and 2 US special forces soldiers.", "killed 6 exact fighters | killed 2 exact soldiers"},
	{"The car bomb killed three and wounded five at the checkpoint.", "killed 3 exact - | wounded 5 exact -"},
	{"Government troops executed 17 people in the town, the monitor said.", "killed 17 exact people"},
	{"Jihadists massacred 120 civilians in the border town over two days.", "killed 120 exact civilians"},
	{"The group beheaded two hostages in a video released on Friday.", "killed 2 exact hostages"},
	{"An air strike wounded 12 children at a school, medics said.", "wounded 12 exact children"},
	{"The shelling injured at least 30 people in the northern districts.", "wounded 30 at_least people"},
	{"A landmine blast injured two shepherds east of the town.", "wounded 2 exact shepherds"},
	{"The explosion injured a child and a woman near the market.", "wounded 1 exact children | wounded 1 exact women"},
	{"Militants captured 20 soldiers during the assault on the base, the group said.", "captured 20 exact soldiers"},
	{"Gunmen abducted five aid workers on the road to the city.", "abducted 5 exact workers"},
	{"Gunmen kidnapped a doctor outside the hospital on Sunday.", "abducted 1 exact doctors"},
	{"Security forces arrested 30 young men in dawn raids, activists said.", "arrested 30 exact men"},
	{"The police detained a journalist at a checkpoint in the capital.", "arrested 1 exact journalists"},
	{"Kurdish forces arrested dozens of suspected cell members in the camp.", "arrested 12 vague members"},
	{"Fighters took 43 peacekeepers hostage near the crossing.", "abducted 43 exact peacekeepers"},
	{"Fighters seized 43 peacekeepers on the Golan Heights on Thursday.", "captured 43 exact peacekeepers"},

	// Passive and reduced participles after the victims.
	{"At least 27 soldiers were killed in the ambush, the Observatory said.", "killed 27 at_least soldiers"},
	{"Five soldiers were killed and 12 wounded when their bus hit a mine.", "killed 5 exact soldiers | wounded 12 exact -"},
	{"One soldier was killed in the shelling of the base.", "killed 1 exact soldiers"},
	{"A child was killed when a shell hit a house in the village.", "killed 1 exact children"},
	{"An opposition member was killed during clashes on the southern front.", "killed 1 exact members"},
	{"A 12-year-old boy was killed by sniper fire in the old city.", "killed 1 exact children"},
	{"Two women and a child were killed when the building collapsed.", "killed 2 exact women | killed 1 exact children"},
	{"29 pro-government fighters and 30 jihadists were killed in the battle for the hill.", "killed 29 exact fighters | killed 30 exact jihadists"},
	{"Nine civilians, three soldiers and two policemen were killed in the blast.", "killed 9 exact civilians | killed 3 exact soldiers | killed 2 exact policemen"},
	{"Eleven people were wounded, two of them critically, in the market attack.", "wounded 11 exact people +2 -"},
	{"Twelve people were injured in the blast, three of them children.", "wounded 12 exact people +3 children"},
	{"Ten civilians were killed, half of them children, in the strike on the school.", "killed 10 exact civilians +5 children"},
	{"Five people, including two children, died in the fire that followed the strike.", "killed 5 exact people +2 children"},
	{"Four members of the SDF were killed in an IED blast on the road.", "killed 4 exact members"},
	{"Seven fighters of the Islamic State group were killed in an air strike.", "killed 7 exact fighters"},
	{"Three members of the regime's Republican Guard were killed in the attack.", "killed 3 exact members"},
	{"Dozens of civilians were wounded in the bombardment, according to medics.", "wounded 12 vague civilians"},
	{"At least 40 people died after a suspected chemical attack on the town.", "killed 40 at_least people"},
	{"More than 60 pro-government fighters' bodies were found after the battle.", "killed 60 more_than fighters"},
	{"Twenty bodies were recovered from the rubble of the building.", "killed 20 exact -"},
	{"The bodies of 11 men were found in a ditch outside the town.", "killed 11 exact men"},
	{"The body of a shepherd was found near the village, bearing gunshot wounds.", "killed 1 exact shepherds"},
	{"Six soldiers lost their lives when their vehicle struck a mine.", "killed 6 exact soldiers"},
	{"Two journalists were shot dead while covering the clashes.", "killed 2 exact journalists"},
	{"Three fighters later died of their wounds in a field hospital.", "killed 3 exact fighters"},
	{"Two of the wounded later succumbed to their injuries.", "killed 2 exact -"},
	{"Four soldiers went missing after the ambush in the desert.", "missing 4 exact soldiers"},
	{"Eight aid workers were abducted on the road to the camp.", "abducted 8 exact workers"},
	{"Twelve activists were arrested at a protest in the city.", "arrested 12 exact activists"},
	{"Thirteen soldiers were detained by the militia at a checkpoint.", "arrested 13 exact soldiers"},
	{"Nine soldiers were captured by the insurgents in the raid.", "captured 9 exact soldiers"},
	{"Forty-three UN peacekeepers were taken hostage by militants.", "abducted 43 exact peacekeepers"},
	{"Two pilots were taken prisoner after their jet was downed.", "captured 2 exact pilots"},
	{"Both were killed instantly, a relative said.", "killed 2 exact -"},
	{"The two men attacked the post, which resulted in them both getting killed.", "killed 2 exact -"},
	{"Both soldiers were wounded in the exchange of fire.", "wounded 2 exact soldiers"},
	{"Eighteen civilians were reportedly killed in the raids.", "killed 18 exact civilians"},
	{"At least 15 people have been killed since the truce collapsed, the monitor said.", "killed 15 at_least people toll"},
	{"27 soldiers killed in desert ambush", "killed 27 exact soldiers"},
	{"Five killed as shell hits crowded market", "killed 5 exact -"},
	{"Twenty-two people were killed or wounded in the attack.", "killed_or_wounded 22 exact people"},
	{"Fourteen civilians were killed and dozens injured in the raids.", "killed 14 exact civilians | wounded 12 vague -"},
	{"About 100 government soldiers were killed in the battle for the city.", "killed 100 about soldiers"},
	{"Two Turkish soldiers were wounded in a rocket attack on their base.", "wounded 2 exact soldiers"},
	{"Four children were hurt when the shell hit their school.", "wounded 4 exact children"},
	{"Dozens were wounded in the shelling, doctors said.", "wounded 12 vague -"},
	{"Several civilians were killed in the shelling of the town.", "killed 10 vague civilians"},
	{"Five civilians were killed including a woman and several were wounded.", "killed 5 exact civilians +1 women | wounded 10 vague -"},

	// Nominal figures.
	{"The attack left 5 dead and 12 wounded, the governor said.", "killed 5 exact - | wounded 12 exact -"},
	{"The bombing left at least 14 people dead in the capital.", "killed 14 at_least people"},
	{"The clashes left at least 12 regime and loyalist militia and 10 TIP, rebel, and Islamist faction fighters dead.", "killed 12 at_least militiamen | killed 10 exact fighters"},
	{"2 fatalities.", "killed 2 exact -"},
	{"1 fatality.", "killed 1 exact -"},
	{"The clashes resulted in 8 fatalities including 3 IS fighters.", "killed 8 exact - +3 fighters"},
	{"The strikes caused 25 casualties among the militants.", "killed_or_wounded 25 exact -"},
	{"The hospital received 40 injured after the blasts.", "wounded 40 exact -"},
	{"The strike resulted in the death of at least 20 regime and loyalist militia fighters.", "killed 20 at_least fighters"},
	{"The shelling led to the killing of 2 rebel fighters in the camp.", "killed 2 exact fighters"},
	{"The fighting led to the injury of tens of others.", "wounded 10 vague -"},
	{"The bombing claimed the lives of 13 people, state media said.", "killed 13 exact people"},
	{"Medics reported 14 civilian deaths in the eastern districts.", "killed 14 exact civilians"},
	{"The death toll rose to 40, the Observatory said.", "killed 40 exact -"},
	{"The death toll from the car bomb climbed to 19 on Monday.", "killed 19 exact -"},
	{"The toll stood at 12 dead, according to the civil defence.", "killed 12 exact -"},
	{"The death toll from the two bombs rose from 20 to 30.", "killed 30 exact -"},
	{"Total fatalities coded as 8.", "killed 8 exact -"},
	{"Total number of fatalities coded as 11.", "killed 11 exact -"},
	{"A second strike hit the same street, bringing the death toll to 50.", "killed 50 exact -"},
	{"The latest raid raised the death toll in days of fighting to 215.", "killed 215 exact -"},
	{"The blast brought the death toll for the week to 112.", "killed 112 exact - toll"},
	{"The shelling raised the toll since 2011 to more than 4,000.", "killed 4000 more_than - toll"},
	{"The deaths of 9 soldiers were confirmed by the army.", "killed 9 exact soldiers"},
	{"The remains of five fighters were handed over to their families.", "killed 5 exact fighters"},

	// Aggregates.
	{"Separate militant attacks killed nearly 50 soldiers across the country on Saturday.", "killed 49 nearly soldiers total"},
	{"Government forces came under separate attacks that killed nearly 50 soldiers and allied fighters.", "killed 49 nearly soldiers total"},
	{"In a separate incident, IS fighters killed seven soldiers at an outpost near Mayadin.", "killed 7 exact soldiers"},
	{"At least 19 people were killed in two attacks on Tuesday and Wednesday.", "killed 19 at_least people total"},
	{"The death toll from two days of shelling rose to 31, activists said.", "killed 31 exact - total"},
	{"The ambush set off two days of clashes that killed 18 soldiers.", "killed 18 exact soldiers"},
	{"Nearly 50 soldiers died in a series of ambushes in the desert.", "killed 49 nearly soldiers total"},
	{"More than 440 people have been killed since December in the fighting.", "killed 440 more_than people toll"},
	{"The war has killed more than 500,000 people since 2011.", "killed 500000 more_than people toll"},
	{"Over 190,000 people have been killed in the war.", "killed 190000 more_than people toll"},
	{"So far 61 soldiers and militiamen have been killed in such attacks this year.", "killed 61 exact soldiers toll"},
	{"At least 65 civilians have been killed in the east of the city since Tuesday.", "killed 65 at_least civilians total"},
	{"So far there are 82 fatalities and more than 160 wounded at the university.", "killed 82 exact - | wounded 160 more_than -"},
	{"At least 300 people have been killed since the start of the year.", "killed 300 at_least people toll"},
	{"More than 200 people were killed over the past week in the district.", "killed 200 more_than people toll"},
	{"It was the deadliest attack since March, killing 30 soldiers.", "killed 30 exact soldiers"},
	{"The conflict has killed hundreds of thousands of people.", "killed 100000 vague people toll"},
	{"Strikes on three towns killed 22 civilians overnight.", "killed 22 exact civilians"},

	// Two readings in one sentence, and readings that must not chain.
	{"The blast killed 10 people and wounded 30, police said.", "killed 10 exact people | wounded 30 exact -"},
	{"Two soldiers were killed and three civilians were wounded in the shelling.", "killed 2 exact soldiers | wounded 3 exact civilians"},
	{"Rebels killed 5 soldiers and 3 civilians were wounded by stray fire.", "killed 5 exact soldiers | wounded 3 exact civilians"},
	{"The strikes killed 14 and wounded dozens of others.", "killed 14 exact - | wounded 12 vague -"},
	{"Six were killed in the first raid and four in the second.", "killed 6 exact -"},

	// Figures that are not casualties: no phrase.
	{"The militia said it had broken the siege of two battalions made up of nearly 500 soldiers.", ""},
	{"The clashes lasted 24 hours, the group said.", ""},
	{"In 24 hours of clashes, the militants seized ammunition and vehicles.", ""},
	{"A 12-year-old boy was treated for shock at the scene.", ""},
	{"The fighting began in 2011 and spread to 14 provinces.", ""},
	{"On 31 March 2023, gunmen attacked a military point in the city.", ""},
	{"The town lies 55 miles southwest of Aleppo.", ""},
	{"The dam is about 55 kilometres west of the city.", ""},
	{"The 4th Division shelled the villages for a second day.", ""},
	{"Brigade 93 took part in the assault on the town.", ""},
	{"The 25th Division moved into the area on Sunday.", ""},
	{"The Security Council passed Resolution 2254 in December.", ""},
	{"Fighting closed the M4 highway near the town.", ""},
	{"About 30 percent of the town was destroyed.", ""},
	{"The aid package is worth $50 million.", ""},
	{"Militants fired 19 mortar shells at the town.", ""},
	{"Warplanes carried out 30 air strikes on the area.", ""},
	{"The clashes set off two days of fighting near the base.", ""},
	{"The militants overran three villages in the countryside.", ""},
	{"Some 30,000 people are sheltering on the campus.", ""},
	{"The shells fell every five minutes from 8 am.", ""},
	{"At least four buildings collapsed in the strikes.", ""},
	{"The truce provides for a five-day pause of 120 hours.", ""},
	{"The border strip is 32 kilometres deep.", ""},
	{"The strike hit a 10-story building at 00:22.", ""},
	{"The bombs went off at 6.45am near the bridge.", ""},
	{"Around two million people live in the city.", ""},
	{"It was the second attack this year on the airport.", ""},
	{"Thousands of residents fled the town, with four or five families in each house.", ""},
	{"The army sent 500 soldiers to reinforce the front.", ""},
	{"The convoy of 40 vehicles arrived at the base.", ""},
	{"The militants destroyed 12 tanks and seized 3 villages.", ""},
	{"Two rockets hit the university on the first day of exams.", ""},
	{"Israel captured the plateau in the 1967 war.", ""},
	{"Hundreds of strikes have hit the area since December.", ""},
	{"At least 27 worshippers were killed in a mosque bombing in Kuwait.", ""},
	{"Two Israelis were wounded by stray bullets in Israel on Friday.", ""},
	{"In Iraq, 12 soldiers were killed by a roadside bomb.", ""},
	{"The government said no soldiers were killed in the attack.", ""},
	{"The militants killed the mayor's brother on Monday.", "killed 1 exact brothers"},
	{"Officials said 12 soldiers were redeployed to the town after the killings.", ""},
	{"The report was published on March 5 after the killing.", ""},
	{"The victims' families demanded answers from the army.", ""},
	{"The siege has lasted 8 months and the toll is unknown.", ""},
	{"Two soldiers killed 5 militants in a firefight.", "killed 5 exact militants"},
	{"The commander of the 5th Corps was killed in the blast.", "killed 1 exact commanders"},
	{"He was killed on 5 November 2022.", ""},
	{"The rebels killed in 2019 were buried in the town.", ""},
	{"The 18 killed in the strike were buried on Friday.", "killed 18 exact -"},
	{"The monitor has documented the war since 2011.", ""},
	{"A Reuters witness saw the bodies at the morgue.", ""},
	{"The injured were taken to hospitals in the city.", ""},
	{"The death toll was not immediately known.", ""},
	{"It said 3 km of the road was mined.", ""},
	{"The group demanded the release of 20 prisoners.", ""},
	{"The militants captured 4 villages and the airport.", ""},
	{"Resolution 2139 demanded an end to barrel bombs.", ""},
	{"The UN said 6.5 million people were displaced.", ""},
	{"The shell killed a cow and destroyed two cars.", ""},
	{"Turkey has lost 7 soldiers in Iraq this month.", ""},
	{"The army lost 5 tanks in the battle.", ""},

	// Wire style with attribution, brackets and dates around figures.
	{"On 12 April 2020, unidentified gunmen shot dead a QSD fighter in the countryside.", "killed 1 exact fighters"},
	{"On 5/11/2022, a journalist, covering the clashes, succumbed to the wounds he sustained.", "killed 1 exact journalists"},
	{"Clashes killed 3 QSD and 2 IS in the village.", "killed 3 exact - | killed 2 exact -"},
	{"The strike (which killed 7 civilians) was condemned by the UN.", "killed 7 exact civilians"},
	{"Seven civilians (including 3 children) were killed in the strike.", "killed 7 exact civilians +3 children"},
	{"Nine people were killed, the Syrian Observatory for Human Rights said on Sunday.", "killed 9 exact people"},
	{"Nine people, the Observatory said, were killed in the raid.", "killed 9 exact people"},
	{"\u201cWe buried 14 martyrs today,\u201d a local official said.", "killed 14 exact -"},
	{"The attack left 3 soldiers dead and 7 others wounded.", "killed 3 exact soldiers | wounded 7 exact soldiers"},
	{"Militants killed 2 regime soldiers and captured 4 others near the town.", "killed 2 exact soldiers | captured 4 exact soldiers"},
	{"A woman and her daughter were killed when the shell hit their home.", "killed 1 exact women | killed 1 exact daughters"},
	{"The shelling killed a man and his two sons in the village.", "killed 1 exact men | killed 2 exact sons"},
	{"The blast killed 15 people including 4 children and wounded 30.", "killed 15 exact people +4 children | wounded 30 exact -"},
	{"Twenty-three civilians were killed, among them 8 children and 5 women.", "killed 23 exact civilians +8 children +5 women"},
	{"The raids killed 34 people, at least five of them children.", "killed 34 exact people +5 children"},
	{"Eighty-three people were killed and more than 150 were wounded.", "killed 83 exact people | wounded 150 more_than -"},
	{"The bombing killed 82 people, the governor said, while activists put the toll at 83.", "killed 82 exact people | killed 83 exact -"},
	{"The strikes killed at least 10 IS militants and one YPG member.", "killed 10 at_least militants | killed 1 exact members"},
	{"The battle killed 183 fighters from HTS and allied factions, 100 soldiers and 28 civilians.", "killed 183 exact fighters | killed 100 exact soldiers | killed 28 exact civilians"},
	{"IS fighters killed 18 militants from both sides, 13 of them from the Islamic State.", "killed 18 exact militants +13 -"},
	{"Some 20 people were killed, activists said.", "killed 20 about people"},
	{"The air raids killed two dozen civilians in the town of Ariha.", "killed 24 about civilians"},
	{"The strikes killed half a dozen fighters at the base.", "killed 6 about fighters"},
	{"The strike killed a couple of guards at the gate.", "killed 2 vague guards"},
	{"A drone strike killed him and his driver on the highway.", "killed 1 exact - | killed 1 exact drivers"},
	{"More than 20 soldiers were killed or wounded in the ambush, state media said.", "killed_or_wounded 20 more_than soldiers"},
	{"Dozens of people were killed and hundreds wounded in the assault.", "killed 12 vague people | wounded 100 vague -"},
	{"At least 1.5 million people have fled the fighting since 2011.", ""},
	{"An IS suicide bomber killed 4 policemen at a checkpoint.", "killed 4 exact policemen"},
	{"At least seven people were killed when a car bomb exploded in the town.", "killed 7 at_least people"},
	{"Clashes in the town killed five gunmen and two soldiers.", "killed 5 exact gunmen | killed 2 exact soldiers"},

	// ACLED closing figures, in the shapes the notes use.
	{"Total fatalities 17.", "killed 17 exact -"},
	{"Total fatalities: 9.", "killed 9 exact -"},
	{"Total fatalities coded 12.", "killed 12 exact -"},
	{"Fatalities coded to 6 to account for the two suicide bombers.", "killed 6 exact -"},
	{"Coded fatalities are 31 including the driver of the car bomb.", "killed 31 exact - +1 drivers"},
	{"Total fatalities were 40 people including 11 children.", "killed 40 exact people +11 children"},
	{"An unknown number of fighters, coded as 10, were killed in the fighting.", "killed 10 exact -"},
	{"21 total fatalities spread evenly across the three events.", "killed 21 exact - total"},
	{"Distributed 14 fatalities over the activities in the two villages.", "killed 14 exact - total"},
	{"6 fatalities split between the 2 locations.", "killed 6 exact - total"},
	{"Only 1 rebel death was reported in the town.", "killed 1 exact rebels"},
	{"The group took the hill with four confirmed fatalities.", "killed 4 exact -"},
	{"The toll of the militants is said to be 30.", "killed 30 exact -"},

	// Cumulative and multi-day figures.
	{"Over 300 fighters have been killed on both sides in the six weeks since the collapse of the truce.", "killed 300 more_than fighters toll"},
	{"At least 80 soldiers have died since the start of the rebel offensive.", "killed 80 at_least soldiers toll"},
	{"Some 60 people have been killed in the district in recent weeks.", "killed 60 about people toll"},
	{"More than 25 civilians have been killed in the province so far this month.", "killed 25 more_than civilians toll"},
	{"At least 90 civilians have been killed by the militants since they began an assault on the town the previous day.", "killed 90 at_least civilians"},
	{"Dozens of people have been killed since the previous day in the assault on the town.", "killed 12 vague people"},
	{"The toll from three days of shelling rose to at least 22 dead and dozens wounded.", "killed 22 at_least - total | wounded 12 vague - total"},
	{"Raids over the past month have killed more than 150 people and wounded more than 300 others.", "killed 150 more_than people toll | wounded 300 more_than people toll"},
	{"The fighting has ravaged the war-torn country, where more than 300,000 people have been killed.", "killed 300000 more_than people toll"},

	// Verbs of killing beyond "kill".
	{"A man stabbed a shepherd to death near the well.", "killed 1 exact shepherds"},
	{"Masked men beat to death a member of the local council.", "killed 1 exact members"},
	{"A teacher was stabbed to death outside the school.", "killed 1 exact teachers"},
	{"A farmer was shot in the head near his land.", "killed 1 exact farmers"},
	{"A farmer was shot in the leg and taken to hospital.", ""},
	{"Two guards were shot when a prisoner seized a rifle.", "killed 2 exact guards"},
	{"Gunmen shot a council member outside his home, which led to his death.", "killed 1 exact members"},
	{"A girl was hit and killed by a stray bullet.", "killed 1 exact children"},
	{"Three fighters were martyred in the shelling of the village.", "killed 3 exact fighters"},
	{"A medic lost his life when the ambulance was hit.", "killed 1 exact medics"},
	{"The wounded soldier later succumbed to his injuries.", "killed 1 exact soldiers"},
	{"He died two days later from his wounds.", "killed 1 exact -"},
	{"She succumbed to her injuries in hospital on Monday.", "killed 1 exact -"},
	{"He was shot and wounded near the checkpoint.", ""},
	{"Two activists were abducted and killed by the militia.", "killed 2 exact activists"},
	{"Gunmen assassinated using small arms fire 2 council members in the town.", "killed 2 exact members"},
	{"Gunmen assassinated by gunshot a rebel fighter in front of his home.", "killed 1 exact fighters"},
	{"Unknown gunmen assassinated 9th Division member near the hospital.", "killed 1 exact members"},
	{"Rebels assassinated Colonel Haddad in the old quarter.", "killed 1 exact commanders"},
	{"Gunmen shot and killed the head of the local security branch.", "killed 1 exact commanders"},
	{"The rebels destroyed a tank and killed its driver.", "killed 1 exact drivers"},
	{"The clashes left one rebel fighter dead.", "killed 1 exact fighters"},

	// Persons named by a definite phrase, a name or a gloss.
	{"The militia commander's body was found near the river.", "killed 1 exact commanders"},
	{"A Popular Defence Units member's burned body was found in a field.", "killed 1 exact members"},
	{"His driver, from the same town, was also killed.", "killed 1 exact drivers"},
	{"The opposition fighter was killed.", "killed 1 exact fighters"},
	{"A commander's relative was killed in the clashes.", "killed 1 exact relatives"},
	{"A Jaysh al-Umma (Army of the Nation) commander was shot and killed in the market.", "killed 1 exact commanders"},
	{"A Guard Corps commander 'Abu Omar' was killed by rebels.", "killed 1 exact commanders"},
	{"A member of the Local Council in Tal Hamra was shot and killed by gunmen.", "killed 1 exact members"},
	{"2 fighters of Ahrar al Sharqiyah were killed in the clashes.", "killed 2 exact fighters"},
	{"1 member of Jaysh al- Islam was killed by a sniper.", "killed 1 exact members"},
	{"At least 30 Radwan Brigade and 7th Corps fighters were killed in the attack.", "killed 30 at_least fighters"},
	{"One AAS and one JSH fighter, were killed in the shelling.", "killed 1 exact - | killed 1 exact fighters"},
	{"40 fighters from both sides were killed in the clashes.", "killed 40 exact fighters"},
	{"Five soldiers including officers were killed by the blast.", "killed 5 exact soldiers"},
	{"Two rebels were killed along with a media activist covering the clashes.", "killed 2 exact rebels | killed 1 exact activists"},
	{"A funeral was held for 9 fighters who were killed in the offensive.", "killed 9 exact fighters"},
	{"The monitor said nine fighters of the Kurdish-led militia — the main force in the region — were killed in the raids.", "killed 9 exact fighters"},

	{"A commander in the 2nd Infantry Brigade was killed in the clashes.", "killed 1 exact commanders"},
	{"A fighter in the ranks of the opposition groups died of wounds he sustained last week.", "killed 1 exact fighters"},
	{"4 fighters of the Bakkara tribe were killed while 5 were wounded.", "killed 4 exact fighters | wounded 5 exact -"},
	{"Rebels assassinated Walid Haddad, the head of the town council.", "killed 1 exact -"},
	{"12th Brigade commander was assassinated in the city by unknown gunmen.", "killed 1 exact commanders"},
	{"Gunmen opened fire on a police officer in the village, which led to his immediate death.", "killed 1 exact officers"},
	{"He died later on the 3rd of May from his wounds.", "killed 1 exact -"},
	{"Coded fatalities to 10 due to the violent nature of the clashes.", "killed 10 exact -"},
	{"The army assassinated its critics in the capital.", ""},
	{"Gunmen opened fire on a police officer in the village, who survived.", ""},

	{"Gunmen loyal to the army were killed in the ambush.", ""},
	{"The coalition must step up its efforts to prevent civilian deaths.", ""},
	{"5 gunmen loyal to government forces were killed at the checkpoint.", "killed 5 exact gunmen"},
	{"Drones killed Kurdish poet and activist Hamid Saleh on Sunday.", "killed 1 exact poets"},

	{"A shepherd who was wounded by a landmine last week succumbed to his wounds on Sunday.", "killed 1 exact shepherds"},
	{"Gunmen tried to seize a trader, which led to clashes with his son, killing 1 and wounding another.", "captured 1 exact traders | killed 1 exact - | wounded 1 exact -"},

	{"Six civilians were killed, including the head and members of the Local Council.", "killed 6 exact civilians"},
	{"A Republican Guard Revolution Brigade commander was killed by rebels.", "killed 1 exact commanders"},
	{"Government forces captured Sheikh Hilal after clashes with the rebels.", ""},
	{"It is unclear how the fighter died.", "killed 1 exact fighters"},

	// Several groups of victims: one phrase each, for the caller to sum.
	{"The raid killed 4 IS members, and a woman.", "killed 4 exact members | killed 1 exact women"},
	{"The fighting killed between 5 and 8 gunmen, 2 army officers, 6 soldiers, and the army informant.", "killed 5 range(5-8) gunmen | killed 2 exact officers | killed 6 exact soldiers | killed 1 exact informants"},

	// No figure, no phrase.
	{"Neither injuries nor fatalities were reported.", ""},
	{"No fatalities were reported in the raid.", ""},
	{"The shelling killed or wounded civilians in the old city.", ""},
	{"There were casualties on both sides, the group said.", ""},
	{"The air strike hit a school, killing students.", ""},
	{"Fatalities divided over 3 events.", ""},
	{"The wounded man was taken to a hospital in the city.", ""},
	{"The soldier's family said he had been missing for weeks.", ""},
	{"His brother said the rebels had shot at the car.", ""},
	{"The commander said the attack had failed.", ""},
	{"Some 40 people died of cold in the camp last winter.", "killed 40 about people"},
	{"Twelve fighters were sentenced to death by the court.", ""},
	{"The shooting at the checkpoint lasted three hours.", ""},
	{"The mortar shot fell short of the base.", ""},
	{"The 3rd Division lost 4 tanks in the battle.", ""},
	{"The militants said they had killed the governor's driver.", "killed 1 exact drivers"},

	// A unit named after a date is a name: its commander is one victim.
	{"7th April Brigade commander was assassinated in the city by unknown gunmen.", "killed 1 exact commanders"},
	{"Masked gunmen assassinated a 15th March Division commander near the town.", "killed 1 exact commanders"},
	{"On 15th March gunmen shelled the village, killing two farmers.", "killed 2 exact farmers"},
	// A title in quotation marks names one person.
	{"Gunmen opened fire and killed the Islamic Front's 'Head of the Security Office' in the village.", "killed 1 exact -"},
	{"Unknown attackers shot dead the \"Governor of the Region\" outside his home.", "killed 1 exact -"},
	{"Rebels seized the Islamic Front's 'Cement Factory' position overnight.", ""},
	// A relative clause between the victims and their verb.
	{"A former army conscript who had deserted to a rebel group and later settled his status was shot and killed by security forces.", "killed 1 exact soldiers"},
	{"At least one fighter who was the bodyguard of the commander was killed in the clash.", "killed 1 at_least fighters"},
	{"Three fighters who had joined the council last year were killed in the ambush.", "killed 3 exact fighters"},
	{"A guard who watched the gate was wounded, and two farmers were killed.", "wounded 1 exact guards | killed 2 exact farmers"},
	// Ages are not counts.
	{"The prisoners, aged between 21 and 35, were executed in a courtyard of the prison.", ""},
	{"The victims, aged 16, 22 and 48, were killed in the square, relatives said.", ""},
	{"Four labourers aged from 18 to 30 were killed when the shell hit their truck.", "killed 4 exact labourers"},
	{"Three shepherds in their 20s were shot dead near the border post.", "killed 3 exact shepherds"},
	{"Six fishermen, between the ages of 17 and 50, were killed by a mine on the river bank.", "killed 6 exact fishermen"},
	// A relative after the place a person belongs to is one more.
	{"Masked men shot dead the imam of the mosque in Tal Shihab and his nephew on Friday.", "killed 1 exact imams | killed 1 exact nephews"},
	{"A sniper killed the head of the local council, Omar Saleh, and his 9-year-old daughter.", "killed 1 exact commanders | killed 1 exact daughters"},
	// "The number of X killed": the victims are X.
	{"Activists put the number of police officers killed at 14 and the number of wounded at 20.", "killed 14 exact officers | wounded 20 exact -"},
	// A family's members are civilians.
	{"An artillery shell killed four members of a single family in their home.", "killed 4 exact civilians"},
	{"Two members of one household were wounded in the raid.", "wounded 2 exact civilians"},
	// A part between commas is not more dead.
	{"Eleven villagers, four of them women, were killed in the dawn raid.", "killed 11 exact villagers +4 women"},

	// One person counted once: a pronoun, the body, a singular verb.
	{"Gunmen shot a young shepherd near the well and dumped the body of the man in a ditch after killing him.", "killed 1 exact shepherds"},
	{"Gunmen shot a driver and killed him.", "killed 1 exact drivers"},
	{"A member of the local police and a former rebel fighter was killed on the highway.", "killed 1 exact members"},
	{"A soldier and a farmer were killed on the highway.", "killed 1 exact soldiers | killed 1 exact farmers"},
	// A killing someone is charged with is not the incident's toll.
	{"The clan accused the militia of killing a shepherd two weeks earlier near the well.", ""},
	{"Police arrested a man suspected of killing two farmers last year.", "arrested 1 exact men"},
	{"The raid targeted a cell leader allegedly responsible for several killings in the town.", ""},
	{"The group claimed responsibility for killing four soldiers at the checkpoint.", "killed 4 exact soldiers"},
	// Persons named and described count one each.
	{"The drone strike killed Abu Hamza, a field commander of the group, and Abu Bakr, a fighter.", "killed 1 exact commanders | killed 1 exact fighters"},
	{"Gunmen killed three soldiers and Ahmad Saleh, a local official, in the ambush.", "killed 3 exact soldiers | killed 1 exact officials"},
	{"Shelling hit Tal Rifat, a town north of the city, overnight.", ""},
	// "Among the dead" is a part of a toll told elsewhere.
	{"The blast killed 11 people; among the dead were four children.", "killed 11 exact people +4 children"},
	{"Among the dead were three rescue workers.", ""},
}

func TestParse(t *testing.T) {
	none := 0
	for _, tc := range parseCases {
		if tc.want == "" {
			none++
		}
		t.Run(tc.in, func(t *testing.T) {
			got := Parse(tc.in, 0, len(tc.in), nil)
			descs := make([]string, len(got))
			for i, p := range got {
				descs[i] = describe(p)
			}
			if g := strings.Join(descs, " | "); g != tc.want {
				t.Errorf("Parse(%q)\n got  %q\n want %q", tc.in, g, tc.want)
			}
			checkPhrases(t, tc.in, 0, len(tc.in), got)
		})
	}
	if len(parseCases) < 200 || none < 40 {
		t.Errorf("the table has %d sentences, %d without a phrase; want at least 200 and 40", len(parseCases), none)
	}
}

// checkPhrases checks the invariants every phrase must keep.
func checkPhrases(t *testing.T, text string, start, end int, ps []Phrase) {
	t.Helper()
	prev := -1
	for _, p := range ps {
		if p.Start < start || p.End > end || p.Start >= p.End {
			t.Fatalf("phrase [%d,%d) out of [%d,%d)", p.Start, p.End, start, end)
		}
		if p.NumStart < p.Start || p.NumEnd > p.End || p.NumStart >= p.NumEnd {
			t.Fatalf("figure [%d,%d) outside phrase [%d,%d)", p.NumStart, p.NumEnd, p.Start, p.End)
		}
		if p.VictimsText != "" && (p.VictimStart < p.Start || p.VictimEnd > p.End || text[p.VictimStart:p.VictimEnd] != p.VictimsText) {
			t.Fatalf("victims [%d,%d) %q do not match the text", p.VictimStart, p.VictimEnd, p.VictimsText)
		}
		if p.Start < prev {
			t.Fatalf("phrases out of order")
		}
		prev = p.Start
		f := p.Figure
		if f.Count < 0 || f.Count > maxCount || f.Low > f.Count || f.Count > f.High {
			t.Fatalf("figure %+v out of bounds", f)
		}
		for _, s := range p.Includes {
			if s.Start < start || s.End > end || s.Start >= s.End || s.Count < 0 || s.Count > maxCount {
				t.Fatalf("subset %+v out of bounds", s)
			}
		}
	}
}
