package gazetteer

import (
	"fmt"
	"strings"
	"testing"
)

// resolveCase is one place mention in a sentence written in wire-report
// style, with the place it must resolve to. Mention is the text of the
// place mention; Rel, if set, the text of the whole location phrase.
// PCode "" means the text must hold no place mention Mention (it is part of
// an organisation's name, or not a place at all).
type resolveCase struct {
	text      string
	mention   string
	pcode     string
	precision string
	rel       string
}

var resolveCases = []resolveCase{
	// Governorates in every form, as provinces.
	{"Clashes raged across Aleppo province on Sunday.", "Aleppo", "SY02", "governorate", "Aleppo province"},
	{"Airstrikes hit Idlib province overnight.", "Idlib", "SY07", "governorate", "Idlib province"},
	{"Airstrikes hit Idleb province overnight.", "Idleb", "SY07", "governorate", ""},
	{"Rebels advanced in Daraa province.", "Daraa", "SY12", "governorate", ""},
	{"Rebels advanced in Dar'a province.", "Dar'a", "SY12", "governorate", ""},
	{"Rebels advanced in Deraa governorate.", "Deraa", "SY12", "governorate", "Deraa governorate"},
	{"Rebels advanced in Dara province.", "Dara", "SY12", "governorate", ""},
	{"Fighting spread in Latakia province.", "Latakia", "SY06", "governorate", ""},
	{"Fighting spread in Lattakia province.", "Lattakia", "SY06", "governorate", ""},
	{"Fighting spread in Latakiya province.", "Latakiya", "SY06", "governorate", ""},
	{"Druze leaders in Sweida province met.", "Sweida", "SY13", "governorate", ""},
	{"Druze leaders in Suwayda province met.", "Suwayda", "SY13", "governorate", ""},
	{"Druze leaders in As-Sweida province met.", "As-Sweida", "SY13", "governorate", ""},
	{"Kurdish forces hold most of Hasakah province.", "Hasakah", "SY08", "governorate", ""},
	{"Kurdish forces hold most of Al-Hasakeh province.", "Al-Hasakeh", "SY08", "governorate", ""},
	{"Kurdish forces hold most of Hassakeh province.", "Hassakeh", "SY08", "governorate", ""},
	{"Kurdish forces hold most of Hasaka province.", "Hasaka", "SY08", "governorate", ""},
	{"Shelling killed four in Rural Damascus on Friday.", "Rural Damascus", "SY03", "governorate", ""},
	{"Shelling killed four in the Damascus countryside.", "Damascus countryside", "SY03", "governorate", ""},
	{"Shelling killed four in Rif Dimashq.", "Rif Dimashq", "SY03", "governorate", ""},
	{"Shelling killed four in Reef Damascus.", "Reef Damascus", "SY03", "governorate", ""},
	{"The coastal Tartous province has been calm.", "Tartous", "SY10", "governorate", ""},
	{"The coastal Tartus province has been calm.", "Tartus", "SY10", "governorate", ""},
	{"Jihadists control much of Raqqa province.", "Raqqa", "SY11", "governorate", ""},
	{"Jihadists control much of Ar-Raqqa governorate.", "Ar-Raqqa", "SY11", "governorate", ""},
	{"Jihadists control much of Rakka province.", "Rakka", "SY11", "governorate", ""},
	{"Tribes in Deir ez-Zor province rose up.", "Deir ez-Zor", "SY09", "governorate", ""},
	{"Tribes in Deir el-Zour province rose up.", "Deir el-Zour", "SY09", "governorate", ""},
	{"Tribes in Dayr az Zawr governorate rose up.", "Dayr az Zawr", "SY09", "governorate", ""},
	{"Tribes in Deir Ezzor province rose up.", "Deir Ezzor", "SY09", "governorate", ""},
	{"Israeli jets struck Quneitra province.", "Quneitra", "SY14", "governorate", ""},
	{"Israeli jets struck Qunaitra province.", "Qunaitra", "SY14", "governorate", ""},
	{"Troops massed in Hama province.", "Hama", "SY05", "governorate", "Hama province"},
	{"Troops massed in Hamah province.", "Hamah", "SY05", "governorate", ""},
	{"Troops massed in Homs province.", "Homs", "SY04", "governorate", ""},
	{"Troops massed in Homs governorate.", "Homs", "SY04", "governorate", "Homs governorate"},
	{"A blast shook the province of Idlib.", "Idlib", "SY07", "governorate", "the province of Idlib"},

	// The same names alone: the seat city.
	{"A car bomb exploded in Aleppo on Monday.", "Aleppo", "C1007", "exact", "Aleppo"},
	{"Mortars fell on Damascus.", "Damascus", "C1001", "exact", ""},
	{"Protesters gathered in Homs.", "Homs", "C2528", "exact", ""},
	{"Protesters gathered in Hama.", "Hama", "C2987", "exact", ""},
	{"Protesters gathered in Hamah.", "Hamah", "C2987", "exact", ""},
	{"Protesters gathered in Idlib.", "Idlib", "C3871", "exact", ""},
	{"Protesters gathered in Idleb.", "Idleb", "C3871", "exact", ""},
	{"Protesters gathered in Latakia.", "Latakia", "C3480", "exact", ""},
	{"Protesters gathered in Lattakia.", "Lattakia", "C3480", "exact", ""},
	{"Protesters gathered in Daraa.", "Daraa", "C5993", "exact", ""},
	{"Protesters gathered in Deraa.", "Deraa", "C5993", "exact", ""},
	{"Protesters gathered in Dar'a.", "Dar'a", "C5993", "exact", ""},
	{"Protesters gathered in Sweida.", "Sweida", "C6147", "exact", ""},
	{"Protesters gathered in Suwayda.", "Suwayda", "C6147", "exact", ""},
	{"Protesters gathered in Hasakah.", "Hasakah", "C4360", "exact", ""},
	{"Protesters gathered in Hassakeh.", "Hassakeh", "C4360", "exact", ""},
	{"Protesters gathered in Tartus.", "Tartus", "C5221", "exact", ""},
	{"Protesters gathered in Tartous.", "Tartous", "C5221", "exact", ""},
	{"Protesters gathered in Raqqa.", "Raqqa", "C5710", "exact", ""},
	{"Protesters gathered in Rakka.", "Rakka", "C5710", "exact", ""},
	{"Protesters gathered in Deir ez-Zor.", "Deir ez-Zor", "C5086", "exact", ""},
	{"Protesters gathered in Deir el-Zour.", "Deir el-Zour", "C5086", "exact", ""},
	{"Protesters gathered in Dayr az Zawr.", "Dayr az Zawr", "C5086", "exact", ""},
	{"Protesters gathered in Deir Ezzor.", "Deir Ezzor", "C5086", "exact", ""},
	{"Protesters gathered in Deir al-Zor.", "Deir al-Zor", "C5086", "exact", ""},
	{"Protesters gathered in Quneitra.", "Quneitra", "C6268", "exact", ""},
	{"Homs city was quiet.", "Homs", "C2528", "exact", "Homs city"},
	{"The city of Aleppo was quiet.", "Aleppo", "C1007", "exact", ""},

	// Towns in press spellings.
	{"IS overran al-Sukhna on Thursday.", "al-Sukhna", "C2893", "exact", "al-Sukhna"},
	{"IS overran As Sukhnah on Thursday.", "As Sukhnah", "C2893", "exact", ""},
	{"IS overran Sokhneh on Thursday.", "Sokhneh", "C2893", "exact", ""},
	{"IS overran Sukhna on Thursday.", "Sukhna", "C2893", "exact", ""},
	{"Rebels seized Jisr al-Shughur.", "Jisr al-Shughur", "C4199", "exact", ""},
	{"Rebels seized Jisr al-Shughour.", "Jisr al-Shughour", "C4199", "exact", ""},
	{"Rebels seized Jisr ash-Shughur.", "Jisr ash-Shughur", "C4199", "exact", ""},
	{"Rebels seized Jisr-Ash-Shugur.", "Jisr-Ash-Shugur", "C4199", "exact", ""},
	{"US-backed fighters entered Manbij.", "Manbij", "C1767", "exact", ""},
	{"US-backed fighters entered Menbij.", "Menbij", "C1767", "exact", ""},
	{"Turkish troops shelled Tal Abyad.", "Tal Abyad", "C5792", "exact", ""},
	{"Turkish troops shelled Tell Abiad.", "Tell Abiad", "C5792", "exact", ""},
	{"Turkish troops shelled Tell Abyad.", "Tell Abyad", "C5792", "exact", ""},
	{"Turkish troops shelled Ras al-Ain.", "Ras al-Ain", "C4988", "exact", ""},
	{"Turkish troops shelled Ras al-Ayn.", "Ras al-Ayn", "C4988", "exact", ""},
	{"The battle for Kobani lasted months.", "Kobani", "C1946", "exact", ""},
	{"The battle for Kobane lasted months.", "Kobane", "C1946", "exact", ""},
	{"The battle for Ain al-Arab lasted months.", "Ain al-Arab", "C1946", "exact", ""},
	{"IS blew up temples in Palmyra.", "Palmyra", "C2889", "exact", ""},
	{"IS blew up temples in Tadmur.", "Tadmur", "C2889", "exact", ""},
	{"A bomb went off in Qamishli.", "Qamishli", "C4564", "exact", ""},
	{"A bomb went off in Qamishly.", "Qamishly", "C4564", "exact", ""},
	{"Sarin was used in Khan Sheikhoun.", "Khan Sheikhoun", "C3987", "exact", ""},
	{"Sarin was used in Khan Shaykhun.", "Khan Shaykhun", "C3987", "exact", ""},
	{"Rockets hit Douma in Eastern Ghouta.", "Douma", "C2338", "exact", ""},
	{"Rockets hit Duma in Eastern Ghouta.", "Duma", "C2338", "exact", ""},
	{"Militants fled al-Mayadin.", "al-Mayadin", "C5192", "exact", ""},
	{"Militants fled Mayadeen.", "Mayadeen", "C5192", "exact", ""},
	{"Militants fled Abu Kamal.", "Abu Kamal", "C5167", "exact", ""},
	{"Militants fled Albukamal.", "Albukamal", "C5167", "exact", ""},
	{"Militants fled al-Bukamal.", "al-Bukamal", "C5167", "exact", ""},
	{"The SDF took Tabqa in May.", "Tabqa", "C5929", "exact", ""},
	{"Shelling hit Azaz.", "Azaz", "C1564", "exact", ""},
	{"Shelling hit A'zaz.", "A'zaz", "C1564", "exact", ""},
	{"Shelling hit Saraqeb.", "Saraqeb", "C3916", "exact", ""},
	{"Shelling hit Saraqib.", "Saraqib", "C3916", "exact", ""},
	{"Shelling hit Maarat al-Numan.", "Maarat al-Numan", "C3985", "exact", ""},
	{"Shelling hit Maarrat al-Nouman.", "Maarrat al-Nouman", "C3985", "exact", ""},
	{"Shelling hit al-Bab.", "al-Bab", "C1202", "exact", "al-Bab"},
	{"Shelling hit Afrin.", "Afrin", "C1366", "exact", ""},
	{"Shelling hit Jarablus.", "Jarablus", "C2227", "exact", ""},
	{"Shelling hit Ariha.", "Ariha", "C4278", "exact", ""},
	{"Shelling hit Darayya.", "Darayya", "C2498", "exact", ""},
	{"Shelling hit Daraya.", "Daraya", "C2498", "exact", ""},
	{"Shelling hit Yabroud.", "Yabroud", "C2416", "exact", ""},
	{"Shelling hit Yabrud.", "Yabrud", "C2416", "exact", ""},
	{"Shelling hit Madaya.", "Madaya", "C2450", "exact", ""},
	{"Shelling hit Hajin.", "Hajin", "C5175", "exact", ""},
	{"Shelling hit Salqin.", "Salqin", "C4140", "exact", ""},
	{"Shelling hit al-Rastan.", "al-Rastan", "C2870", "exact", ""},
	{"Shelling hit Talbiseh.", "Talbiseh", "C2882", "exact", ""},
	{"Shelling hit al-Qusayr.", "al-Qusayr", "C2733", "exact", ""},
	{"Shelling hit Harasta.", "Harasta", "C2342", "exact", ""},
	{"Shelling hit Jaramana.", "Jaramana", "C2304", "exact", ""},
	{"Shelling hit Busra al-Sham.", "Busra al-Sham", "C6002", "exact", ""},
	{"Shelling hit Bosra.", "Bosra", "C6002", "exact", ""},
	{"Residents of Yarmouk camp fled.", "Yarmouk camp", "C1002", "exact", ""},

	// Relations.
	{"The strike hit a convoy 10 km east of Palmyra.", "Palmyra", "C2889", "near", "10 km east of Palmyra"},
	{"Clashes broke out 15 kilometres north of Aleppo.", "Aleppo", "C1007", "near", "15 kilometres north of Aleppo"},
	{"A village west of Hama was shelled.", "Hama", "C2987", "near", "west of Hama"},
	{"Fighting raged east of the town of Palmyra.", "Palmyra", "C2889", "near", "east of the town of Palmyra"},
	{"Militants attacked a checkpoint near Manbij.", "Manbij", "C1767", "near", "near Manbij"},
	{"Shells fell on the outskirts of Douma.", "Douma", "C2338", "near", "on the outskirts of Douma"},
	{"Shells fell on the southern outskirts of Damascus.", "Damascus", "SY03", "governorate", "on the southern outskirts of Damascus"},
	// Around the capital is Rural Damascus.
	{"Clashes erupted outside Damascus on Monday.", "Damascus", "SY03", "governorate", "outside Damascus"},
	{"Shells fell near Damascus.", "Damascus", "SY03", "governorate", "near Damascus"},
	{"Jets struck east of Damascus.", "Damascus", "SY03", "governorate", "east of Damascus"},
	{"Jets struck 20 km east of Damascus.", "Damascus", "SY03", "governorate", "20 km east of Damascus"},
	{"Jets struck the Damascus suburbs.", "Damascus", "SY03", "governorate", "Damascus suburbs"},
	{"Jets struck Damascus' eastern suburbs.", "Damascus", "SY03", "governorate", "Damascus' eastern suburbs"},
	{"Clashes flared in the western countryside of the capital Damascus.", "Damascus", "SY03", "governorate", "the western countryside of the capital Damascus"},
	{"Shells fell east of the capital Damascus.", "Damascus", "SY03", "governorate", "east of the capital Damascus"},
	{"Jets struck rural Damascus.", "Damascus", "SY03", "governorate", "rural Damascus"},
	{"Jets struck southern Damascus.", "Damascus", "C1001", "exact", "Damascus"},
	{"Mortars hit the Mezzeh neighbourhood of Damascus.", "Damascus", "C1001", "exact", ""},
	{"Troops shelled Western Ghouta.", "Western Ghouta", "F-WESTERN-GHOUTA", "exact", ""},
	{"Troops shelled the Eastern Ghouta.", "Eastern Ghouta", "F-EASTERN-GHOUTA", "exact", ""},
	{"Troops entered Daraa al-Balad.", "Daraa al-Balad", "C6317", "exact", ""},
	{"Hezbollah fought in the Qalamoun mountains.", "Qalamoun mountains", "F-QALAMOUN", "exact", ""},
	{"Attacks rose in northwest Syria.", "northwest Syria", "", "", ""},
	{"Troops massed near the Turkish border.", "Turkish border", "", "", ""},
	{"Shelling hit Aleppo's western outskirts.", "Aleppo", "C1007", "near", "Aleppo's western outskirts"},
	{"Shelling hit the western countryside of Idlib.", "Idlib", "SY07", "governorate", "the western countryside of Idlib"},
	{"Shelling hit the countryside of Hama.", "Hama", "SY05", "governorate", "the countryside of Hama"},
	{"Raids continued in Idlib's southern countryside.", "Idlib", "SY07", "governorate", "Idlib's southern countryside"},
	{"Raids continued in the Aleppo countryside.", "Aleppo", "SY02", "governorate", "Aleppo countryside"},
	{"Raids continued in rural Hama.", "Hama", "SY05", "governorate", "rural Hama"},
	{"Troops shelled the countryside of Damascus.", "Damascus", "SY03", "governorate", "the countryside of Damascus"},
	{"Fighters gathered outside Raqqa.", "Raqqa", "C5710", "near", "outside Raqqa"},
	{"A camp about 5 km south of Tal Abyad was hit.", "Tal Abyad", "C5792", "near", "about 5 km south of Tal Abyad"},
	{"An air raid struck northwest of Saraqeb.", "Saraqeb", "C3916", "near", "northwest of Saraqeb"},
	{"Fighting in Manbij district displaced thousands.", "Manbij", "SY0205", "district", "Manbij district"},
	{"Jets struck the town of Ariha.", "Ariha", "C4278", "exact", ""},

	// Ambiguous names, resolved by the places around them.
	{"Shells hit Tiba, east of Raqqa.", "Tiba", "C5849", "exact", ""},
	{"Shells hit the village of Tiba in Homs province.", "Tiba", "C2896", "exact", ""},
	{"Jets bombed Salhiyeh, near Deir ez-Zor.", "Salhiyeh", "C5181", "exact", ""},
	{"Jets bombed Hurriyeh, outside Deir ez-Zor.", "Hurriyeh", "C5170", "exact", ""},
	{"Jets bombed Hurriyeh, in the countryside of Aleppo.", "Hurriyeh", "C1925", "exact", ""},
	{"Regime forces entered Nawa in Daraa province.", "Nawa", "C6124", "exact", ""},
	{"Regime forces entered Nawa.", "Nawa", "C6124", "exact", ""},
	{"Regime forces entered Nawa, west of Hama.", "Nawa", "C3255", "exact", ""},
	{"Regime forces entered Duma, in Hama province.", "Duma", "C3076", "exact", ""},
	{"A raid on Ras al-Ain, in Hama countryside, killed two.", "Ras al-Ain", "C3067", "exact", ""},
	{"Suran, north of Hama, fell to rebels.", "Suran", "C3026", "exact", ""},
	{"Fighting near Zahraa, north of Aleppo, continued.", "Zahraa", "C1646", "near", ""},
	{"The town of Quneitra in the south was shelled.", "Quneitra", "C6268", "exact", ""},
	// The unit the text puts a place in wins over the name's fame: no Tal
	// Abyad lies in Hasakah, so the province is all the text tells.
	{"Turkish-backed fighters shelled Tal Abyad, in Hasakah province's north.", "Tal Abyad", "SY08", "governorate", ""},
	{"Israeli missiles hit Kisweh, south of Damascus.", "Kisweh", "C2280", "exact", ""},
	{"Shells hit Hurriyeh, near Deir ez-Zor, and Hura.", "Hura", "C5162", "exact", ""},
	// A village spelt as one elsewhere, by its skeleton in the report's area.
	{"An Israeli strike hit a home in the village of Taranja, on the Golan Heights.", "Taranja", "C6271", "exact", ""},
	{"Gunmen attacked a checkpoint in Taranja, east of Latakia.", "Taranja", "C3544", "exact", ""},

	// A place lies inside the unit the text puts it in: a candidate there,
	// else the unit itself, never a namesake in another governorate.
	{"Fighters clashed in the Jobar neighbourhood in Damascus overnight.", "Jobar", "C10011011", "exact", ""},
	{"Gunmen opened fire on a checkpoint in al-Zakah in Hama, killing two.", "Hama", "C2987", "exact", ""},
	{"Government troops retook Madaya in southern Idlib countryside.", "Madaya", "SY07", "governorate", ""},
	{"A sniper killed a man in the al-Sad neighbourhood of Daraa city.", "al-Sad", "C5993", "exact", ""},
	{"Rockets fell on the Helaliyeh and Zeytouniyeh neighbourhoods of the city of Qamishli.", "Helaliyeh", "C4564", "exact", ""},
	{"Rebels captured Hamra, Jadal and Kishkiyeh villages in the Deir ez-Zor countryside.", "Jadal", "SY09", "governorate", ""},
	{"A mortar hit a market in the industrial area in Ammar Ibn Yaser neighbourhood of Raqqa city.", "Ammar", "C5710", "exact", ""},
	{"An IS sniper shot two fighters near Qadisiya Square in the northern part of Raqqa city.", "Qadisiya", "C5710", "exact", ""},
	// Beside a place is near it, in its governorate, unless far away.
	{"Fighting raged in Qadessiyeh village east of Raqqa city.", "Qadessiyeh", "C5710", "near", ""},
	{"The city of Jisr al-Shughur, 50 miles southwest of Aleppo, fell on Saturday.", "Jisr al-Shughur", "C4199", "exact", ""},
	// Part of a longer name the gazetteer lacks: the unit that holds it.
	{"IS cells attacked a checkpoint in Tall al-Jayir town in Hasakah countryside.", "Tall", "SY08", "governorate", ""},
	{"Shells landed on Kafr Ghana in the northern Aleppo countryside.", "Ghana", "SY02", "governorate", ""},
	{"Shells landed on Kafr Ghana in the northern Aleppo countryside.", "Kafr", "", "", ""},
	{"A bomb hit a checkpoint in Sabah al-Khair town in Deir ez-Zor countryside.", "Sabah", "SY09", "governorate", ""},
	{"Warplanes struck the town of Jisr-Ah-Shughur in Idlib on Monday.", "Shughur", "C3871", "exact", ""},
	{"Gunmen killed a guard at the Ku' al-Sileh checkpoint in Ras al-Ain in Hasakah.", "al-Sileh", "C4988", "exact", ""},
	{"Barrel bombs fell on Aleppo at dawn. A strike hit the Bab al-Nayrab neighbourhood.", "Bab", "C1007", "exact", ""},
	// Names of people and groups that fold like villages.
	{"Turkish drones killed the Kurdish politician Menije Hado on Sunday.", "Hado", "", "", ""},
	{"Followers of Abu al-Joud al-Arbini clashed with Rahman Corps in Arbin.", "al-Arbini", "", "", ""},
	{"Men of the Ojeil Tribal Group clashed with police in Azaz.", "Ojeil", "", "", ""},
	{"The Menagh Military Council said it held the village.", "Menagh", "", "", ""},
	{"Men of the Ojeil Tribal Group clashed with police in Azaz.", "Azaz", "C1564", "exact", ""},
	// Regions the press names.
	{"Islamist factions fought IS affiliates in the Wadi al-Yarmouk area.", "Wadi al-Yarmouk", "F-YARMOUK-BASIN", "", ""},
	{"IS attacked the Koniko gas field at dawn.", "Koniko gas field", "F-CONOCO", "exact", ""},

	// Features that are not communities.
	{"Rebels shelled the Hmeimim air base.", "Hmeimim air base", "F-HMEIMIM", "exact", ""},
	{"Missiles struck Shayrat airbase.", "Shayrat airbase", "F-SHAYRAT", "exact", ""},
	{"Israel struck the T4 air base.", "T4 air base", "F-T4", "exact", ""},
	{"Israel struck T4 again.", "T4", "F-T4", "exact", ""},
	{"Aid crossed at Bab al-Hawa.", "Bab al-Hawa", "F-BAB-AL-HAWA", "exact", ""},
	{"Jordan reopened the Nasib crossing.", "Nasib crossing", "F-NASIB", "exact", ""},
	{"Coalition troops at al-Tanf came under attack.", "al-Tanf", "F-TANF", "exact", ""},
	{"The last IS pocket at Baghouz fell.", "Baghouz", "F-BAGHOUZ", "exact", ""},
	{"Fighting flared in Jabal al-Zawiya.", "Jabal al-Zawiya", "F-JABAL-ZAWIYA", "exact", ""},
	{"Troops advanced in Jabal al-Akrad.", "Jabal al-Akrad", "F-JABAL-AKRAD", "exact", ""},
	{"Shelling resumed in Eastern Ghouta.", "Eastern Ghouta", "F-EASTERN-GHOUTA", "exact", ""},
	{"An attack on the M4 highway killed a soldier.", "M4 highway", "F-M4", "exact", ""},
	{"IS cells roam the Badia.", "Badia", "F-BADIA", "exact", ""},
	{"IS cells roam the Syrian desert.", "Syrian desert", "F-BADIA", "exact", ""},
	{"SDF fighters guard the Tishreen dam.", "Tishreen dam", "F-TISHREEN-DAM", "exact", ""},
	{"US troops at the Conoco gas field were targeted.", "Conoco gas field", "F-CONOCO", "exact", ""},
	{"Drones hit the al-Omar oil field.", "al-Omar oil field", "F-OMAR", "exact", ""},
	{"Hezbollah fought in Qalamoun.", "Qalamoun", "F-QALAMOUN", "exact", ""},
	{"Israel occupies the Golan Heights.", "Golan Heights", "F-GOLAN", "exact", ""},
	{"Tanks gathered near Kuweires air base.", "Kuweires air base", "F-KUWEIRES", "near", "near Kuweires air base"},

	// Damascus's quarters by the names the wires use, not the villages
	// elsewhere that fold alike (Jober and Burza in Homs).
	{"Troops pounded rebel positions in Jobar on Sunday.", "Jobar", "C10011011", "exact", ""},
	{"Fighting in Barzeh and Qaboun went on overnight.", "Barzeh", "C10011013", "exact", ""},
	{"Fighting in Barzeh and Qaboun went on overnight.", "Qaboun", "C10011012", "exact", ""},
	{"A bomb went off in the Mezzeh district of the capital.", "Mezzeh", "C10011071", "", ""},
	{"A car bomb hit Kafr Sousa, near the security compound.", "Kafr Sousa", "C10011010", "exact", ""},
	// OCHA's placeholder quarter is no name.
	{"Unknown gunmen shot a teacher dead on Tuesday.", "Unknown", "", "", ""},
	// A GeoNames place OCHA's list lacks, in the units nearest it.
	{"Residents of Mas'adah watched the shelling.", "Mas'adah", "G167167", "exact", ""},
	// The capital's airport lies in Rural Damascus.
	{"Israeli missiles hit Damascus International Airport.", "Damascus International Airport", "F-DAMASCUS-AIRPORT", "exact", ""},
	// A village spelt unlike any the gazetteer knows, far from every other
	// place the report names, is a place the gazetteer lacks: "Bayoud" is
	// not the Bayad of Rural Damascus when the report is of Raqqa, and
	// lies in the governorate of the place named nearest it.
	{"IS retook Bayoud after clashes north of Tabqa, the SDF said, and shelled Widyan.", "Bayoud", "SY11", "governorate", "Bayoud"},
	{"IS retook Bayoud after clashes north of Tabqa, the SDF said, and shelled Widyan.", "Widyan", "C5673", "exact", ""},
	// Spelt as the gazetteer spells it, it stands.
	{"IS retook Bayad after clashes north of Tabqa, the SDF said.", "Bayad", "C2374", "exact", ""},

	// A feature's alias does not take a village's spelling: "Jellin" is
	// Jlein of Daraa, not the Golan (al-Jawlan).
	{"Jihadists retook Jellin in Daraa province on Friday.", "Jellin", "C6038", "exact", ""},

	// A hyphened adjective before a name is no part of it.
	{"IS attacked the QSD-held Koniko gas field overnight.", "Koniko gas field", "F-CONOCO", "exact", ""},
	{"Shells fell on the IS-held Raqqa on Monday.", "Raqqa", "C5710", "exact", ""},

	// Names inside organisations' names are not places.
	{"The Deir ez-Zor Military Council said it had taken the village.", "Deir ez-Zor", "", "", ""},
	{"Activists of the Aleppo Media Center said five died.", "Aleppo", "", "", ""},
	{"The Raqqa Is Being Slaughtered Silently group reported it.", "Raqqa", "", "", ""},
	{"Fighters of the Idlib Free Army withdrew.", "Idlib", "", "", ""},
	// A short skeleton stands where the text calls the name a settlement.
	{"Gunmen shot dead a commander in the town of Taqad on Monday.", "Taqad", "C1143", "", ""},
	{"A fighter was killed near Taqad village overnight.", "Taqad", "C1143", "", ""},
	{"Officials said Taqad was calm.", "Taqad", "", "", ""},
	// A street named after a place is no mention of the place.
	{"A fighter was shot on al Dor Street in the Tas-Heeh quarter of Raqqa city.", "al Dor", "", "", ""},
	{"Shells fell on the Dor road in As-Sweida countryside.", "Dor", "C6160", "", ""},
	// The plural after a list makes every item a quarter of the city.
	{"Shells hit the Helaliyya, Zeytouniyah and Kaddour Biek neighbourhoods of the city of Qamishli.", "Helaliyya", "C4564", "", ""},
	// "Eastern X" where only its twin "Western X" is known lies beside
	// the twin, not at the bare X of another province.
	{"Clashes broke out in Eastern Kabsh on Sunday.", "Kabsh", "C5737", "", ""},
	{"Clashes broke out in Kabsh on Sunday.", "Kabsh", "C4987", "", ""},
	// The governorate the text states, where the capital's edge may be
	// drawn either way.
	{"Troops fought IS in Yarmouk Camp in Rural Damascus on Friday.", "Yarmouk Camp", "SY03", "governorate", ""},
	{"Troops fought IS in Yarmouk Camp south of Damascus city on Friday.", "Yarmouk Camp", "C1002", "", ""},
	// A doubled y in the ending, and OCHA's "El" run on before a vowel.
	{"Troops advanced on the Al-Shomariyyeh mountains.", "Al-Shomariyyeh", "C2717", "", ""},
	{"A rebel was killed in the village of Hamadi al-Omr.", "Hamadi al-Omr", "C3319", "", ""},
	// A stated unit after a name the gazetteer lacks is no part of it.
	{"Troops clashed with rebels in Khan Tumanin Aleppo province on Monday.", "Aleppo", "SY02", "governorate", ""},
	// Not places at all.
	{"Fighting in Syria continued on Sunday.", "Syria", "", "", ""},
	{"The talks ended in July without a deal.", "July", "", "", ""},
	{"Ships patrolled the Mediterranean Sea.", "Sea", "", "", ""},
	{"A car bomb exploded in NE Syria on Saturday.", "NE Syria", "", "", ""},
	{"Prison Attack Leaves Dozens Dead", "Attack", "", "", ""},
	{"Has the army withdrawn? Officials would not say.", "Has", "", "", ""},
	{"IS claimed the attack.", "IS", "", "", ""},
	{"Hadi Abdullah, an activist, told AFP by telephone.", "Hadi", "", "", ""},
	{"The activist Mustafa Bali said 40 died.", "Bali", "", "", ""},
	{"The US and UN condemned it.", "US", "", "", ""},
}

// testOrgPatterns are organisation names as the actors package gives them.
var testOrgPatterns = []Pattern{
	{Text: "Deir ez-Zor Military Council", Kind: KindActor, Ref: 1},
	{Text: "Aleppo Media Center", Kind: KindSource, Ref: 2},
	{Text: "Raqqa Is Being Slaughtered Silently", Kind: KindSource, Ref: 3},
	{Text: "Idlib Free Army", Kind: KindActor, Ref: 4},
	{Text: "IS", Kind: KindActor, Ref: 5, CaseSensitive: true},
	{Text: "Islamic State", Kind: KindActor, Ref: 5},
}

func TestResolve(t *testing.T) {
	g := mustLoad(t)
	m, err := NewMatcher(append(g.Patterns(), testOrgPatterns...))
	if err != nil {
		t.Fatal(err)
	}
	if len(resolveCases) < 150 {
		t.Errorf("only %d cases", len(resolveCases))
	}
	for _, tt := range resolveCases {
		t.Run(tt.text, func(t *testing.T) {
			rs := g.Resolve(tt.text, m.Match(tt.text, nil))
			var got *Resolved
			for i, r := range rs {
				if tt.text[r.Mention.Start:r.Mention.End] == tt.mention {
					got = &rs[i]
					break
				}
			}
			if tt.pcode == "" {
				if got != nil {
					t.Errorf("%q resolved to %s %s; want no place", tt.mention, got.Place.PCode, got.Place.Name)
				}
				return
			}
			if got == nil {
				t.Fatalf("no place mention %q; got %s", tt.mention, describe(tt.text, rs))
			}
			if got.Place.PCode != tt.pcode {
				t.Errorf("%q = %s %s (%s), want %s", tt.mention, got.Place.PCode, got.Place.Name,
					g.AdminName(got.Place.Admin1), tt.pcode)
			}
			if tt.precision != "" && got.Precision != tt.precision {
				t.Errorf("%q precision %q, want %q", tt.mention, got.Precision, tt.precision)
			}
			if tt.rel != "" && tt.text[got.RelStart:got.RelEnd] != tt.rel {
				t.Errorf("%q phrase %q, want %q", tt.mention, tt.text[got.RelStart:got.RelEnd], tt.rel)
			}
			if got.Ref < 0 || g.Place(got.Ref) != got.Place {
				t.Errorf("Ref %d is not the place", got.Ref)
			}
		})
	}
}

func describe(text string, rs []Resolved) string {
	var parts []string
	for _, r := range rs {
		parts = append(parts, fmt.Sprintf("%q→%s", text[r.Mention.Start:r.Mention.End], r.Place.PCode))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// TestResolveUnify checks that a report's repeated mentions of one name
// resolve alike, though a cue near one of them points elsewhere.
func TestResolveUnify(t *testing.T) {
	g := mustLoad(t)
	m, err := g.Matcher()
	if err != nil {
		t.Fatal(err)
	}
	text := "Jets struck Douma on Monday. Douma, like Aleppo, has been besieged for months. Douma's hospital was hit."
	n := 0
	for _, r := range g.Resolve(text, m.Match(text, nil)) {
		if text[r.Mention.Start:r.Mention.End] != "Douma" {
			continue
		}
		n++
		if r.Place.PCode != "C2338" || r.Precision != PrecisionExact {
			t.Errorf("Douma at %d = %s %s %s, want C2338 exact", r.Mention.Start, r.Place.PCode, r.Place.Name, r.Precision)
		}
	}
	if n != 3 {
		t.Errorf("%d mentions of Douma, want 3", n)
	}
}

// FuzzResolve checks that resolving any text's mentions neither panics nor
// returns a phrase outside the text or a mention without a place.
func FuzzResolve(f *testing.F) {
	g := mustLoad(f)
	m, err := g.Matcher()
	if err != nil {
		f.Fatal(err)
	}
	for _, c := range resolveCases {
		f.Add(c.text)
	}
	f.Add("Clashes in Tall al-Jayir town in Hasakah countryside, 5 km east of Kafr Ghana-")
	f.Add("Menije Hado' al-")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 4096 {
			return
		}
		for _, r := range g.Resolve(text, m.Match(text, nil)) {
			if r.Place == nil {
				t.Fatalf("mention %d-%d without a place", r.Mention.Start, r.Mention.End)
			}
			if r.RelStart < 0 || r.RelEnd > len(text) || r.RelStart > r.Mention.Start || r.RelEnd < r.Mention.End {
				t.Fatalf("phrase %d-%d does not hold mention %d-%d in %d bytes", r.RelStart, r.RelEnd, r.Mention.Start, r.Mention.End, len(text))
			}
		}
	})
}
