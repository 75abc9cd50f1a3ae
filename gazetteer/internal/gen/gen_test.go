package gen

import (
	"slices"
	"testing"
)

func TestEndingAliases(t *testing.T) {
	for _, tt := range []struct {
		name string
		want []string
	}{
		{"Shomriyeh", []string{"Shomriyyeh"}},
		{"Qasabiyah", []string{"Qasabiyyah"}},
		{"Kafriya", []string{"Kafriyya"}},
		{"Hilalieh", []string{"Hilaliyyeh"}},
		{"Hameidiyyeh", []string{"Hameidiyeh"}},
		{"Qahtaniyya", []string{"Qahtaniya"}},
		{"Kabsh", nil},
		{"Ia", nil},
		{"Salhiyeh Mala Khader", nil},
	} {
		if got := endingAliases(tt.name); !slices.Equal(got, tt.want) {
			t.Errorf("endingAliases(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestArticleAliases(t *testing.T) {
	for _, tt := range []struct {
		name string
		want []string
	}{
		{"Kherbet Eljoz", []string{"Kherbet al-Joz"}},
		{"Hamadi Elomr", []string{"Hamadi al-Omr"}},
		{"Ein Elarab", []string{"Ein al-Arab"}},
		{"Deir Elias", nil},
		{"Tal Aleppo", nil},
		{"Elomr", nil},
	} {
		if got := articleAliases(tt.name); !slices.Equal(got, tt.want) {
			t.Errorf("articleAliases(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
