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
//     not guesses beyond them.
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
// "killed and injured" and "dead or wounded". "Captured" covers captured,
// seized and taken prisoner; "Abducted" covers abducted, kidnapped and
// taken hostage; "Arrested" covers arrested and detained.
//
// Parts are never added: "27 soldiers, including four officers", "among
// them three children", "three of them children" and "half of them
// children" are Includes of the phrase before them. Figures of several
// groups of one incident ("14 civilians and eight SDF fighters") are
// separate phrases, each with its victims; summing them is the caller's.
//
// Aggregates: a toll that rises for one incident is that incident's figure
// ("the death toll rose to 40" is None). Toll marks a cumulative figure:
// "bringing the toll to 50", "since Tuesday", "so far", "this year", "over
// the past week", "in the war". Total marks a sum over incidents:
// "separate attacks", "a series of ambushes", "across the province", "in
// two attacks", "in different areas", "over the past 24 hours". A sentence's
// Total cue applies to all of it when it holds one phrase of that outcome,
// else only near the phrase. A figure placed in another country ("in
// Iraq", "in a Kuwait mosque") is dropped unless Syria is named beside it.
//
// Victims is the head noun, plural and lower case, with synonyms folded
// ("troops" → "soldiers", "persons" → "people", "boys" → "children");
// VictimsText keeps the phrase as written, with a following "of the SDF"
// or "from HTS", for the caller to find the side.
//
// Not counts: ordinals and unit numbers ("4th Division", "Brigade 93"),
// ages ("12-year-old"), years, dates ("31 March", "March 5"), times,
// decimals, percentages, money, and numbers of things that are not people
// ("19 mortar shells", "24 hours", "three villages").
package casualty
