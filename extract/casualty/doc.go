// Package casualty reads casualty figures from the sentences of news
// reports and ACLED notes: numbers ("27", "twenty-seven", "nearly two
// dozen", "between 20 and 30") and the phrases that say what happened to
// whom ("killing 21 soldiers", "27 soldiers were killed", "the death toll
// rose to 40", "2 fatalities").
//
// Parse takes one sentence at a time and scans its tokens once. Before it
// tokenizes, a byte pass looks for the stem of a casualty word ("kill",
// "dead", "wound", "toll", ...), so a sentence without one costs almost
// nothing. The package imports no other sitrep package.
//
// # Conventions
//
// Figures are coded as ACLED codes them (FORMAT.md of the evaluation
// material), so that Count is the figure an event's best estimate takes:
//
//   - Low and High are the figures the text states. They equal Count except
//     for a Range, whose Count is its lower end ("between 20 and 30" and
//     "20-30" give Count 20, Low 20, High 30). No bound is invented for an
//     open figure: "at least 27" and "more than 27" give 27, 27, 27 with
//     their Qualifier, because best/low/high span the figures sources give,
//     not guesses beyond them. The ACLED dev gold codes every range by its
//     lower end ("between 4 and 7 civilians" is 4, "1 to 3" is 1).
//   - "at least N", "no fewer than N", "N or more", "more than N", "over N"
//     → N. "about", "around", "some", "roughly", "approximately", "an
//     estimated", "N or so" → N. "up to N", "as many as N", "at most N",
//     "no more than N" → N.
//   - "nearly N", "almost N", "close to N", "just under N" → N-1, the
//     largest count the text allows (Aamaq's "nearly two dozen" is 23), and
//     "fewer than N" or "less than N" → N-1.
//   - "a dozen" → 12, "two dozen" → 24, "half a dozen" → 6 (About).
//     Collective plurals count one of their unit (Vague): "dozens" → 12,
//     "scores" → 20, "tens" → 10, "hundreds" → 100, "thousands" → 1,000,
//     "tens of thousands" → 10,000, "hundreds of thousands" → 100,000.
//   - "several", "many", "numerous", "a number of" → 10, ACLED's coding of
//     an unstated plural (its notes say "a number of ... coded as 10");
//     "a few" and "a handful" → 3; "a couple" → 2.
//   - "a soldier", "one soldier", "another", "him", "the commander" after a
//     verb → 1; "both" → 2; "half of them" → half the figure it is part of.
//   - Numbers above 10,000,000 are not counts.
//
// Outcomes: "casualties" is KilledOrWounded, as are "killed or wounded",
// "killed and injured" and "dead or wounded"; without a figure they give no
// phrase. "Captured" covers captured, seized and taken prisoner; "Abducted"
// covers abducted, kidnapped and taken hostage; "Arrested" covers arrested
// and detained. "Abducted and killed" is Killed, the graver outcome. Killed
// also covers "martyred", "lost his life", "succumbed", "stabbed (beaten)
// to death", "hit and killed" and "which led to his death"; "shot" alone
// ("a man was shot in the head", "gunmen shot a fighter") is Killed, as
// ACLED codes it, unless the sentence speaks of wounds, a hospital or a
// survivor.
//
// Who is counted: "a soldier", "one soldier", "the commander", "his
// assistant", "the commander's body" and "the wounded fighter" (later
// died) count one when a trigger tells what happened to them, as do a
// singular without an article after an active verb or opening the
// sentence ("assassinated 4th Division member", "12th Brigade commander
// was assassinated"), a name after "assassinated", and "he" or "she" who
// "succumbed" or "died of his wounds". A gloss or name between the person
// and the verb is passed over: "a commander (Lions of the East Army) was
// killed", "a commander 'Abu Omar' was killed", "a member of the council
// in Tal Hamra was shot", "nine fighters — the main force — were killed",
// "40 fighters from both sides were killed", and a relative clause that
// describes them ("a former soldier who had defected to a rebel group was
// shot and killed", the verb agreeing in number). A title in quotation
// marks is one person ("killed Ahrar al-Sham's 'President of the Security
// Committee'"), as is a name with a description ("killing Abu Omar, a
// commander, and Abu Ali, a fighter" is two phrases of one); a unit named
// after a date is a name ("18th March Division commander"). A person is
// counted once in a sentence: "him" or "the body of the man" after a
// killing of one, and a second person joined by "and" before a singular
// "was" ("a member of the police and a former rebel was killed"), add
// nothing. A killing someone is accused, suspected or convicted of, or
// "responsible for several killings", is a charge, not the incident's
// figure, and gives no phrase. A bare plural ("killing
// students") and a denial ("no fatalities", "neither injuries nor
// fatalities were reported") give no phrase, not a zero: FORMAT.md codes
// no figure where the text gives none.
//
// ACLED notes close with a figure in many shapes, each read as a Killed
// phrase without victims: "2 fatalities", "Total fatalities 24", "Total
// fatalities: 24", "Fatalities coded to 45", "Total fatalities coded as 7",
// "Coded fatalities are 25", "an unknown number of fighters, coded as 10,
// were killed".
//
// A relative joined by "and his" or "and her" is one more person, even
// past what says where the first belongs ("the headman of the village of
// Tal Saman and his 17-year-old son" is two phrases of one). "The number
// of security personnel killed at six" names its victims before the
// figure. Members of a family ("three members of one family", "two
// members of the same household") are civilians.
//
// Parts are never added: "27 soldiers, including four officers", "among
// them three children", "among the dead were three children", "three of
// them children" and "half of them children" (also set off by commas
// before the verb: "seven people, five of them children, were killed")
// are Includes of the phrase
// before them; with no phrase before them in the sentence they are
// dropped, as parts of a toll told elsewhere. Figures of several
// groups of one incident ("14 civilians and eight SDF fighters", "killed 3
// IS members, and a child", "9 gunmen, 1 regime officer, 3 regime
// fighters, and the regime informant", "2 rebels were killed along with a
// media activist") are separate phrases, each with its victims; summing
// them is the caller's.
//
// Aggregates: a toll that rises for one incident is that incident's figure
// ("the death toll rose to 40" and "bringing the death toll to 50" are
// None). Toll marks a cumulative figure, by a cue anywhere in the clause:
// "since 2011", "since the start of the year", "since the fall of the
// government", "so far this month", "in recent weeks", "over the past
// week", "for the week", "in the war", "the war-torn country". A figure
// since a weekday, "yesterday" or "the previous day", or since an action
// of the attacker ("since it launched an offensive on the town"), counts
// days of one offensive: a weekday makes it Total, the others leave it the
// incident's own (the evaluation gold codes it so). Total marks a sum over
// incidents or days: "separate attacks", "a series of ambushes", "across
// the province", "in two attacks", "in different areas", "over the past 24
// hours", "two days of bombardment", "fatalities spread evenly across the
// three events", "divided over two locations". A sentence's Total cue
// applies to all of it when it holds one phrase of that outcome, else only
// near the phrase, and a figure coordinated with an aggregate one shares
// its kind ("have killed 200 people and wounded 400 others"). A figure
// placed in another country ("in Iraq", "in a Kuwait mosque") is dropped
// unless Syria is named beside it.
//
// Victims is the head noun, plural and lower case, with synonyms folded
// ("troops" → "soldiers", "persons" → "people", "boys" → "children",
// "colonel" → "commanders"); a compound names its head last ("special
// forces soldiers" → "soldiers", "Guard Corps commander" → "commanders");
// VictimsText keeps the phrase as written, with a following "of the SDF"
// or "from HTS", for the caller to find the side.
//
// Not counts: ordinals and unit numbers ("4th Division", "Brigade 93"),
// ages ("12-year-old", "aged 19", "aged between 19 and 40", "aged 16, 22
// and 48", "between the ages of 18 and 30", "in their 20s"), years, dates ("31 March", "March 5"), times,
// decimals, percentages, money, and numbers of things that are not people
// ("19 mortar shells", "24 hours", "three villages").
package casualty
