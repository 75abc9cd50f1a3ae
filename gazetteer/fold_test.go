package gazetteer

import "testing"

// TestFoldRules checks each folding rule on its own: every pair must fold
// alike, and every pair in TestFoldKeepsApart must not.
func TestFoldRules(t *testing.T) {
	tests := []struct {
		rule string
		a, b string
	}{
		{"case", "ALEPPO", "aleppo"},
		{"diacritics", "Ḩamāh", "Hamah"},
		{"diacritics", "Dārayyā", "Darayya"},
		{"diacritics", "Şaydnāyā", "Saydnaya"},
		{"straight apostrophe", "Dar'a", "Dara"},
		{"curly apostrophe", "Ma’arrat al-Nu’man", "Maarrat al-Numan"},
		{"ayn mark", "ʿAfrin", "Afrin"},
		{"hamza mark", "Raʾs al-ʿAyn", "Ras al-Ayn"},
		{"backtick", "`Ayn al `Arab", "Ayn al Arab"},
		{"hyphen or space", "Jisr-Ash-Shugur", "Jisr Ash Shugur"},
		{"hyphen or none", "Tal Abyad", "Talabyad"},
		{"article al-", "al-Bab", "Bab"},
		{"article el-", "el-Bab", "Bab"},
		{"article Al space", "Al Bab", "al-Bab"},
		{"article ad-", "ad-Dana", "Dana"},
		{"article ash-", "Jisr ash-Shughur", "Jisr Shughur"},
		{"article as-", "As-Safira", "Safira"},
		{"article ar-", "Ar-Raqqa", "Raqqa"},
		{"article az-", "Az-Zabadani", "Zabadani"},
		{"article at-", "At-Tall", "Tall"},
		{"article an-", "An-Nabk", "Nabk"},
		{"article ed-", "Tall ed-Daman", "Tall Daman"},
		{"article es-", "Busra es-Sham", "Busra Sham"},
		{"article ez-", "Deir ez-Zor", "Deir Zor"},
		{"assimilated article run on", "Deir Ezzor", "Deir ez-Zor"},
		{"Deir/Dayr", "Dayr Hafir", "Deir Hafir"},
		{"Deir/Der", "Der Hafir", "Deir Hafir"},
		{"Tell/Tall", "Tell Rifaat", "Tall Rifaat"},
		{"Tell/Tal", "Tell Abiad", "Tal Abiad"},
		{"Kafr/Kfar", "Kfar Nabl", "Kafr Nabl"},
		{"Kafr/Kafar", "Kafar Zita", "Kafr Zita"},
		{"-iyeh/-iyah", "Salamiyeh", "Salamiyah"},
		{"-iyeh/-ieh", "Salhiyeh", "Salhieh"},
		{"-iyeh/-iya", "Qahtaniyeh", "Qahtaniya"},
		{"-iyeh/-ia", "Qahtaniyeh", "Qahtania"},
		{"ou/u", "Tartous", "Tartus"},
		{"ou/u", "Yabroud", "Yabrud"},
		{"ee/i", "Mayadeen", "Mayadin"},
		{"e/i", "Idleb", "Idlib"},
		{"q/k", "Raqqa", "Rakka"},
		{"q/k", "Qunaitra", "Kunaitra"},
		{"double letters", "Lattakia", "Latakia"},
		{"double letters", "Hassakeh", "Hasakeh"},
		{"trailing h", "Hamah", "Hama"},
		{"trailing h", "Sukhnah", "Sukhna"},
		{"-eh/-a", "Sokhneh", "Sukhna"},
		{"glide y", "Abyad", "Abiad"},
		{"glide w", "Zawr", "Zour"},
		{"glide uw", "Suwayda", "Sweida"},
		{"glide iy", "Latakiya", "Lattakia"},
		{"gh/g", "Shughur", "Shugur"},
		{"dh/d", "Abu al-Dhuhur", "Abu al-Duhur"},
		{"ch/sh", "Chaddadi", "Shaddadi"},
		{"Jabal/Jebel", "Jebel Saman", "Jabal Saman"},
		{"Sheikh/Shaykh", "Khan Shaykhun", "Khan Sheikhoun"},
		{"possessive", "Aleppo's", "Aleppo"},
		{"curly possessive", "Homs’s", "Homs"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			if a, b := Fold(tt.a), Fold(tt.b); a != b || a == "" {
				t.Errorf("Fold(%q) = %q, Fold(%q) = %q; want equal", tt.a, a, tt.b, b)
			}
		})
	}
}

// TestFoldKeepsApart checks that the rules do not merge names that are
// different places.
func TestFoldKeepsApart(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Daraa", "Darayya"},
		{"Daraa", "Daraya"},
		{"Homs", "Hama"},
		{"Idlib", "Ariha"},
		{"Raqqa", "Rastan"},
		{"Tal Abyad", "Tal Aswad"},
		{"Deir ez-Zor", "Deir Hafir"},
		{"Kafr Nabl", "Kafr Zita"},
	}
	for _, tt := range tests {
		if Fold(tt.a) == Fold(tt.b) {
			t.Errorf("Fold(%q) = Fold(%q) = %q; want different", tt.a, tt.b, Fold(tt.a))
		}
	}
}

// TestFoldVariants folds every form the press uses for each governorate.
func TestFoldVariants(t *testing.T) {
	groups := [][]string{
		{"Idlib", "Idleb"},
		{"Daraa", "Dar'a", "Deraa", "Dara", "Dar’a"},
		{"Lattakia", "Latakia", "Latakiya", "Lattakiya"},
		{"As-Sweida", "Suwayda", "Sweida", "al-Suwayda", "Suwaida"},
		{"Al-Hasakah", "Al-Hasakeh", "Hasakah", "Hassakeh", "Hasaka", "al-Hasaka"},
		{"Tartous", "Tartus"},
		{"Ar-Raqqa", "Raqqa", "Rakka", "al-Raqqa", "Raqqah"},
		{"Deir ez-Zor", "Deir el-Zour", "Dayr az Zawr", "Deir Ezzor", "Deir al-Zor", "Deir-ez-Zor", "Der Ezzor"},
		{"Quneitra", "Qunaitra", "Kuneitra"},
		{"Hama", "Hamah"},
		{"Homs", "Hims"},
		{"al-Sukhna", "As Sukhnah", "Sokhneh", "Sukhna"},
		{"Jisr al-Shughur", "Jisr-Ash-Shugur", "Jisr ash-Shughour", "Jisr al-Shughour"},
		{"Manbij", "Menbij", "Manbaj"},
		{"Tal Abyad", "Tell Abiad", "Tall Abyad", "Tel Abyad"},
		{"Maarat al-Numan", "Ma'arrat An Nu'man", "Maarrat al-Nouman"},
		{"Ras al-Ain", "Ras al-Ayn", "Ras Al Ain", "Ras el-Ein"},
	}
	for _, g := range groups {
		want := Fold(g[0])
		for _, v := range g[1:] {
			if got := Fold(v); got != want {
				t.Errorf("Fold(%q) = %q, want %q (as %q)", v, got, want, g[0])
			}
		}
	}
}
