// Package score measures extracted event records against gold annotations
// (the format of eval/FORMAT.md): ReadGold reads the gold, Evaluate pairs
// each document's predictions with its gold events and computes the
// figures below, and a Report prints them as a table, as a list of misses,
// or as JSON.
//
// # Documents
//
// A prediction belongs to the gold whose "doc" equals its Doc.ID, or else
// the base name of its Doc.Path, or either of them without a ".txt"
// ending. Predictions of documents without gold are counted (Unscored) and
// otherwise ignored. All pairing happens within one document.
//
// # Agreement of single fields
//
//   - Governorate: both names fold to one of the 14 governorates (Aleppo;
//     Al-Hasakah; Ar-Raqqa; As-Sweida; Damascus; Daraa; Deir ez-Zor; Hama;
//     Homs; Idlib; Lattakia; Quneitra; Rural Damascus; Tartous), each with
//     its usual spellings ("Dara", "Dar'a", "Deraa"; "Idleb"; "Al Hasakeh",
//     "Hassakeh"; "Deir ez Zor", "Dayr az Zawr", "Deir el-Zour"; "Rif
//     Dimashq", "Damascus countryside"; ...) and its OCHA P-code. The
//     record's governorate is Location.Admin1, else the governorate of
//     Location.PCode, else Location.Name for a record placed at governorate
//     level. Unknown spellings agree only when they fold alike.
//   - Place: some name the gold lists (or either half of a double name such
//     as ACLED's "Al-Hasakeh - Al Nashweh Al Gharbiyeh") folds to the same
//     key as the record's Location.Name (or a half of it), or occurs, folded,
//     as whole words in the record's Location.Text; or the gold gives
//     lat/lon, the record has a point (not 0,0), and the two lie within
//     Options.RadiusKm (10 km) by the haversine formula. Folding drops case,
//     diacritics, apostrophes and the article (al-, el-, ad-, ash-, as-,
//     ar-, az-, ...), unifies Deir/Dayr/Der, Tell/Tall/Tal, Kafr/Kfar/Kafar,
//     Ain/Ayn, Sheikh/Shaykh, and within words ee→i, ou/oo/o→u,
//     ei/ey/ai→ay, q→k,
//     doubled letters, a final h after a vowel, -iyeh/-iyah/-ieh/-iya → -ia
//     and a final e → a: "al-Sukhna", "As Sukhnah" and "Sukhneh" agree.
//   - Date: the gold's days [date, date_end] and the record's [Date.Start,
//     Date.End] overlap. An unknown date on either side never agrees.
//   - Actors: names compare case-insensitively, spaces trimmed; the record's
//     names are Actor.Name or, with Options.ActorField = ActorACLED,
//     Actor.ACLED. The record's attacker is its first actor with role
//     "attacker", else its first actor; the gold's is its first actor.
//   - Event and sub-event types compare in snake case ("Explosions/Remote
//     violence" = "explosions_remote_violence").
//
// # Events: precision, recall, F1
//
// A prediction may match a gold event when their governorates agree (a
// gold event without admin1 sets no condition) and their places or their
// dates agree. Within each document, gold events and
// predictions are paired one to one, solving the assignment problem
// exactly: first as many pairs as possible, then the greatest total weight,
// where a pair weighs 800 for place agreement, 400 for date, 200 for event
// type, 100 for sub-event type, up to 100 for actor overlap (Jaccard) and
// 50 for equal killed figures. A matched pair is a true positive, an
// unmatched prediction a false positive, an unmatched gold event a false
// negative; P = TP/(TP+FP), R = TP/(TP+FN), F1 = 2TP/(2TP+FP+FN), each 0
// when its denominator is.
//
// # Killed and wounded
//
// Each event's figure (killed, and separately wounded) is an item, on both
// sides. Over the event matching above: a matched pair whose figures are
// both given with equal best counts is a true positive; every other gold
// figure (unmatched event, no predicted figure, different best) is a false
// negative, and every other predicted figure (unmatched prediction, no gold
// figure, different best) a false positive. So a wrong count is one FP and
// one FN. Besides, over all matched pairs: Exact is the share whose figures
// are equal (both absent counts as equal); Low and High are the shares,
// among matched pairs where both give a figure and the gold gives that
// bound, whose Estimate.Low (High) equals the gold's low (high).
//
// # Field accuracies
//
// These are shares of gold events, and a second pairing serves them that
// does not require governorates to agree (else governorate accuracy would
// be 1 by construction). A gold event and a prediction may align when they
// agree on the governorate, the place or the date; the pairing is again
// one to one, most pairs first, then greatest weight: 400 for governorate,
// 400 place, 200 date, 200 event type, 100 sub-event type, up to 200 actor
// overlap, 100 equal killed figures. A gold event left without a
// prediction counts as wrong on every field. Denominators:
//
//   - aligned: gold events that have a prediction;
//   - governorate: gold events with an admin1; place: with a location or
//     coordinates; event type, sub-event type: with that field;
//   - actors recall: all gold actors, a hit when the aligned prediction
//     names it; actors exact: gold events with actors, a hit when the two
//     sets of names are equal; actors attacker-first: as exact, and the
//     record's attacker is the gold's first actor;
//   - date: all gold events, a hit when Date.Start equals the gold date (an
//     unknown gold date wants an empty Start) and Date.End equals date_end,
//     or, where the gold has no date_end, End is empty or equals Start;
//     date start: the first half alone;
//   - sources recall: all gold sources, a hit when the aligned prediction's
//     Sources lists it (compared as actors are).
//
// # Misses
//
// Report.Misses follows the field alignment: a gold event without an
// aligned prediction is "missed", a prediction aligned with no gold event
// is "spurious", and each wrong field of an aligned pair is one miss of its
// cause (killed, wounded, place, governorate, actors, type for event or
// sub-event type, date). Because the event matching is stricter, a
// prediction aligned in the wrong governorate appears as a governorate
// miss here, while the event figures count it as a false positive and its
// gold event as a false negative.
package score
