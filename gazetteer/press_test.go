package gazetteer

import "testing"

// pressCase is a place as the press spells it and the OCHA P-code it must
// resolve to. Rule marks a spelling that is no name or alias of any place
// in the data, letters compared, so that only a matching rule (the fold
// key, the consonant skeleton) can find it; the test checks that it is not
// in the data. Loose marks a spelling only the consonant skeleton finds;
// ctx, one whose skeleton is too short to stand alone, which stands only
// where the report names the place's governorate too: the sentence names
// it, and the same sentence without it must find nothing.
type pressCase struct {
	form  string
	pcode string
	rule  bool
	loose bool
	ctx   bool
}

var pressCases = []pressCase{
	// Vowels inside names with a generic head word.
	{"Kafr Nabl", "C4068", false, false, false},
	{"Kafr Nobol", "C4068", false, false, false},
	{"Kafr Nubol", "C4068", true, false, false},
	{"Kafr Nabil", "C4068", true, false, false},
	{"Tal Rifaat", "C1621", false, false, false},
	{"Tall Refaat", "C1621", false, false, false},
	{"Tel Rifat", "C1621", true, false, false},
	{"Tal Tamr", "C4409", false, false, false},
	{"Tall Tamir", "C4409", false, false, false},
	{"Ain Issa", "C5905", false, false, false},
	{"Ayn Issa", "C5905", false, false, false},
	{"Ein Eisa", "C5905", true, false, false},
	{"Kafr Zita", "C3463", false, false, false},
	{"Kafr Zeta", "C3463", true, false, false},
	{"Khan Arnaba", "C6273", false, false, false},
	{"Khan Arnabeh", "C6273", true, false, false},
	{"Khan Tuman", "C1015", false, false, false},
	{"Khan Touman", "C1015", false, false, false},
	{"Sheikh Miskin", "C6126", false, false, false},
	{"Sheikh Meskin", "C6126", true, false, false},
	{"Busra al-Sham", "C6002", false, false, false},
	{"Bosra al-Sham", "C6002", false, false, false},
	{"Ras al-Ain", "C4988", false, false, false},
	{"Ras al-Ayn", "C4988", false, false, false},
	{"Jisr al-Shughour", "C4199", false, false, false},
	{"Jisr al-Shoghour", "C4199", true, false, false},
	{"Khan Sheikhoun", "C3987", false, false, false},
	{"Khan Shaykun", "C3987", false, false, false},
	{"Ma'arrat al-Nu'man", "C3985", false, false, false},
	{"Maarat al-Numan", "C3985", false, false, false},
	{"Maaret al-Noman", "C3985", false, false, false},
	{"Ain al-Arab", "C1946", false, false, false},
	// Run-together spellings.
	{"Kafranbel", "C4068", false, false, false},
	{"Kafrnabl", "C4068", false, false, false},
	{"Kafrnubol", "C4068", true, false, false},
	{"Deirezzor", "C5086", false, false, false},
	{"Kafrzita", "C3463", false, false, false},
	{"Telrifaat", "C1621", true, false, false},
	{"Khantuman", "C1015", false, false, false},
	// One-word names whose vowels differ from every listed spelling.
	{"Mhardeh", "C3457", true, true, false},
	{"Mharda", "C3457", true, true, false},
	{"Taqad", "C1143", true, true, true}, // OCHA: Tqad
	// OCHA's English qualifier as the press's Arabic adjective.
	{"Orm al-Kubra", "C1029", false, false, false},
	{"Urum al-Kubra", "C1029", true, true, false},
	{"Orm al-Sughra", "C1027", false, false, false},
	{"Jindires", "C1426", false, false, false},
	{"Jindiris", "C1426", false, false, false},
	{"Jandairis", "C1426", false, false, false},
	// Towns in their common forms.
	{"Saraqeb", "C3916", false, false, false},
	{"Saraqab", "C3916", false, false, false},
	{"Ariha", "C4278", false, false, false},
	{"Azaz", "C1564", false, false, false},
	{"A'zaz", "C1564", false, false, false},
	{"Qamishli", "C4564", false, false, false},
	{"Qamishly", "C4564", false, false, false},
	{"Deraa", "C5993", false, false, false},
	{"Douma", "C2338", false, false, false},
	{"Duma", "C2338", false, false, false},
	{"Harasta", "C2342", false, false, false},
	{"Daraya", "C2498", false, false, false},
	{"Darayya", "C2498", false, false, false},
	{"Zabadani", "C2429", false, false, false},
	{"Yabroud", "C2416", false, false, false},
	{"Qusayr", "C2733", false, false, false},
	{"Talbiseh", "C2882", false, false, false},
	{"Rastan", "C2870", false, false, false},
	{"Suqaylabiyah", "C3114", false, false, false},
	{"Murak", "C3029", false, false, false},
	{"Mayadin", "C5192", false, false, false},
	{"Al-Mayadeen", "C5192", false, false, false},
	{"Bukamal", "C5167", false, false, false},
	{"Abu Kamal", "C5167", false, false, false},
	{"Albu Kamal", "C5167", false, false, false},
	{"Hajin", "C5175", false, false, false},
	{"Shaddadi", "C4446", false, false, false},
	{"Markada", "C4454", false, false, false},
	{"Tabqa", "C5929", false, false, false},
	{"al-Thawra", "C5929", false, false, false},
	{"Raqqa", "C5710", false, false, false},
	{"Tal Abyad", "C5792", false, false, false},
	{"Suluk", "C5843", false, false, false},
	{"Kobani", "C1946", false, false, false},
	{"Jarablus", "C2227", false, false, false},
	{"al-Bab", "C1202", false, false, false},
	{"Manbij", "C1767", false, false, false},
	{"Afrin", "C1366", false, false, false},
	{"Rajo", "C1484", false, false, false},
	{"Nubl", "C1655", false, false, false},
	{"Zahraa", "C1646", false, false, false},
	{"Hayyan", "C1127", false, false, false},
	{"Atarib", "C1022", false, false, false},
	{"Sarmada", "C4121", false, false, false},
	{"Harem", "C4115", false, false, false},
	{"Salqin", "C4140", false, false, false},
	{"Darkush", "C4252", false, false, false},
	{"Bab al-Hawa", "F-BAB-AL-HAWA", false, false, false},
	{"Idlib", "C3871", false, false, false},
	{"Nawa", "C6124", false, false, false},
	{"Inkhil", "C6058", false, false, false},
	{"Jasim", "C6111", false, false, false},
	{"Tafas", "C6034", false, false, false},
	{"Bosra", "C6002", false, false, false},
	{"Sanamayn", "C6051", false, false, false},
	{"Izraa", "C6101", false, false, false},
	{"Mzeireb", "C6039", false, false, false},
	{"Sweida", "C6147", false, false, false},
	{"Shahba", "C6226", false, false, false},
	{"Qanawat", "C6154", false, false, false},
	{"Salkhad", "C6184", false, false, false},
}

func TestPressForms(t *testing.T) {
	g := mustLoad(t)
	m, err := g.Matcher()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range pressCases {
		t.Run(c.form, func(t *testing.T) {
			if c.rule {
				for i := range g.Places() {
					if p := &g.Places()[i]; spelt(p, c.form) {
						t.Fatalf("%q is spelt so in the data (%s %s); the case does not test a rule", c.form, p.PCode, p.Name)
					}
				}
			}
			text := "Government forces shelled " + c.form + " on Monday, a monitor said."
			rs := g.Resolve(text, m.Match(text, nil))
			if c.ctx {
				if len(rs) != 0 {
					t.Errorf("with no context: %s", describe(text, rs))
				}
				p, _ := g.ByPCode(c.pcode)
				text = "Government forces shelled " + c.form + " in " + g.AdminName(p.Admin1) + " province on Monday."
				rs = g.Resolve(text, m.Match(text, nil))
				if len(rs) == 2 && rs[1].Place.Level == Governorate {
					rs = rs[:1]
				}
			}
			if len(rs) != 1 {
				t.Fatalf("%s", describe(text, rs))
			}
			r := rs[0]
			if r.Mention.Loose != c.loose {
				t.Errorf("Loose = %v, want %v", r.Mention.Loose, c.loose)
			}
			if got := text[r.Mention.Start:r.Mention.End]; got != c.form {
				t.Errorf("mention %q, want %q", got, c.form)
			}
			if r.Place.PCode != c.pcode {
				t.Errorf("%q = %s (%s), want %s", c.form, r.Place.PCode, r.Place.Name, c.pcode)
			}
		})
	}
}
