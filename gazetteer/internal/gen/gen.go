// Package gen builds the gazetteer's embedded data from the OCHA and
// GeoNames source tables (see /work/shared/gazetteer-sources/README.md for
// their layout). Its output is deterministic: sorted rows, fixed float
// formatting, no map order and no timestamps.
package gen

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"go/format"
	"io/fs"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/gazetteer/internal/fold"
	"golang.org/x/text/unicode/norm"
)

// Source files, relative to the source directory.
const (
	fileAdmin1    = "ocha/syr_admin1.tsv"
	fileAdmin2    = "ocha/syr_admin2.tsv"
	fileAdmin3    = "ocha/syr_admin3.tsv"
	fileCommunity = "ocha/syr_admin4_communities.tsv"
	fileHood      = "ocha/syr_admin5_damascus_neighbourhoods.tsv"
	fileGeoNames  = "geonames/sy_cities500.tsv"
)

// Output names, relative to the gazetteer package directory.
const (
	OutPlaces = "data/places.tsv"
	OutJoin   = "data/geonames_join.tsv"
	OutGo     = "zdata.go"
)

// Header is the first line of places.tsv; the gazetteer's parser checks it.
const Header = "pcode\tlevel\tname\tname_ar\tadmin1\tadmin2\tadmin3\tlat\tlon\tcapital\tgeonames_id\taliases\tkeys"

// joinRadiusKm is how far a GeoNames row may lie from the OCHA community it
// is joined to.
const joinRadiusKm = 3.0

// governorates gives each governorate the display name the project's records
// and gold data use, and the forms the press writes it in. The governorate
// seat city takes the same names.
var governorates = map[string][]string{
	"SY01": {"Damascus", "Dimashq", "Damas"},
	"SY02": {"Aleppo", "Halab", "Alep"},
	"SY03": {"Rural Damascus", "Damascus countryside", "Rif Dimashq", "Reef Damascus", "Rif Damascus", "Rif Dimashk", "Damascus province"},
	"SY04": {"Homs", "Hims"},
	"SY05": {"Hama", "Hamah", "Hamat"},
	"SY06": {"Lattakia", "Latakia", "Latakiya", "Lattakiya", "Ladhiqiyah", "Al-Ladhiqiyah"},
	"SY07": {"Idlib", "Idleb"},
	"SY08": {"Al-Hasakah", "Al-Hasakeh", "Hasakah", "Hassakeh", "Hasaka", "Hasakeh", "Hassakah", "Hassake"},
	"SY09": {"Deir ez-Zor", "Deir el-Zour", "Dayr az Zawr", "Deir Ezzor", "Deir al-Zor", "Deir-ez-Zor", "Deir el-Zor", "Deir Ez Zor", "Deir al-Zour"},
	"SY10": {"Tartous", "Tartus", "Tortosa"},
	"SY11": {"Ar-Raqqa", "Raqqa", "Rakka", "Raqqah", "Al-Raqqa"},
	"SY12": {"Daraa", "Dar'a", "Deraa", "Dara", "Der'a"},
	"SY13": {"As-Sweida", "Suwayda", "Sweida", "Suwaida", "Sweidaa", "Al-Suwayda"},
	"SY14": {"Quneitra", "Qunaitra", "Kuneitra", "Qunaytirah", "Al-Qunaytirah"},
}

// pressNames replaces OCHA's spelling of a community with the form the
// press uses, for the towns reports name most; OCHA's spelling stays as an
// alias. The extra entries are further aliases.
var pressNames = map[string][]string{
	"C1767": {"Manbij", "Menbij", "Mambij"},
	"C4199": {"Jisr al-Shughur", "Jisr al-Shughour", "Jisr ash-Shughur", "Jisr Shughur"},
	"C5792": {"Tal Abyad", "Tell Abyad", "Tal Abiad", "Gire Spi"},
	"C2893": {"al-Sukhna", "Sukhna", "Sokhna", "As Sukhnah", "Sukhnah"},
	"C3985": {"Maarat al-Numan", "Maaret al-Numan", "Maarat al-Nouman", "Maarrat al-Numan", "Maarat Nouman"},
	"C1946": {"Kobani", "Kobane", "Ain al-Arab", "Ayn al-Arab"},
	"C2889": {"Palmyra", "Tadmur", "Tadmor"},
	"C4988": {"Ras al-Ain", "Ras al-Ayn", "Ras Ain", "Serekaniye", "Sere Kaniye"},
	"C4564": {"Qamishli", "Qamishly", "Kamishli", "Qamishlo", "Qameshli"},
	"C3987": {"Khan Shaykhun", "Khan Sheikhoun", "Khan Shaykhoun", "Khan Sheikhun"},
	"C2338": {"Douma", "Duma"},
	"C5192": {"al-Mayadin", "Mayadin", "Mayadeen", "al-Mayadeen"},
	"C5929": {"Tabqa", "al-Tabqa", "Tabka", "al-Thawra", "Thawra"},
	"C1564": {"Azaz", "Aazaz", "A'zaz"},
	"C6002": {"Busra al-Sham", "Bosra", "Busra", "Bosra al-Sham", "Busra ash-Sham"},
	"C5167": {"Abu Kamal", "Albukamal", "al-Bukamal", "Boukamal", "Bukamal", "Abu Kamal"},
	"C3916": {"Saraqeb", "Saraqib", "Saraqab"},
	"C1002": {"Yarmouk", "Yarmouk camp", "Yarmuk camp"},
	"C2304": {"Jaramana", "Jeramana"},
	"C2663": {"al-Qaryatayn", "Qaryatayn", "Qaryatain", "Qaryatein"},
	"C1643": {"Marea", "Mare'", "Mare"},
	"C1240": {"Deir Hafer", "Dayr Hafir", "Deir Hafir"},
	"C2416": {"Yabroud", "Yabrud"},
	"C6111": {"Jassim", "Jasim"},
}

// hoodNames gives Damascus's neighbourhoods the names the press writes
// them by, keyed by OCHA's P-code: OCHA spells them as a city survey would
// ("Jowbar", "Barza", "Al-Kaboon"), the wires as "Jobar", "Barzeh" and
// "Qaboun". OCHA's spelling stays as an alias. A neighbourhood named after
// a street keeps the street in its name, so that "Baghdad" alone is the
// city in Iraq. Yarmouk and Hajar Aswad are absent: OCHA also lists them
// as a community and a subdistrict, under the names the press uses.
var hoodNames = map[string][]string{
	"C10011010": {"Kafr Sousa", "Kafr Souseh", "Kafrsouseh", "Kafar Sousa", "Kfar Sousa", "Kafr Susa"},
	"C10011011": {"Jobar", "Jowbar", "Jawbar"},
	"C10011012": {"Qaboun", "al-Qaboun", "Qabun", "al-Qabun", "Kaboun"},
	"C10011013": {"Barzeh", "Barza", "Barzah", "Barzeh al-Balad"},
	"C10011015": {"Masaken Barzeh", "Masakin Barzeh", "Barzeh housing"},
	"C10011017": {"al-Tijara", "Tijara", "al-Tijarah"},
	"C10011018": {"Abbasiyin", "al-Abbasiyin", "Abbasiyeen", "Abbasiyyin", "Abbasid Square"},
	"C10011019": {"Zablatani", "al-Zablatani", "Zabaltani"},
	"C10011020": {"Dwela'a", "Dweilaa", "al-Dweila", "Dwelaa"},
	"C10011021": {"al-Sinaa", "Sinaa"},
	"C10011026": {"al-Qassaa", "Qassaa", "Qasaa", "al-Qassa"},
	"C10011027": {"Old Damascus", "Old City of Damascus", "old city of Damascus"},
	"C10011028": {"al-Qusour", "Qusour", "Qusur"},
	"C10011030": {"al-Diwaniyeh", "Diwaniyeh"},
	"C10011032": {"al-Uqaibeh", "Uqaybah", "Oqaibeh"},
	"C10011033": {"Baghdad Street"},
	"C10011035": {"Rukn al-Din", "Rukneddine", "Rukn Eddin", "Rukn al-Deen"},
	"C10011036": {"al-Muhajireen", "Muhajireen", "Muhajirin", "Mouhajirine"},
	"C10011037": {"al-Salihiyah", "Salihiyah", "Salhiyeh"},
	"C10011040": {"al-Fayhaa", "Fayhaa"},
	"C10011041": {"al-Maysat", "Maysat", "Mayssat"},
	"C10011042": {"Arnous", "Arnous Square"},
	"C10011044": {"Sarouja", "Sarujah"},
	"C10011046": {"Abu Rummaneh", "Abu Rumaneh", "Abou Roumaneh"},
	"C10011047": {"al-Maliki", "Malki", "al-Malki"},
	"C10011048": {"al-Baramkeh", "Baramkeh", "Baramkah"},
	"C10011050": {"al-Marjeh", "Marjeh", "Marjeh Square"},
	"C10011051": {"al-Shaalan", "Shaalan"},
	"C10011054": {"al-Shaghour", "Shaghour", "Shaghur"},
	"C10011055": {"al-Qanawat", "Qanawat"},
	"C10011056": {"al-Mujtahid", "Mujtahid", "Moujtahed"},
	"C10011059": {"al-Midan", "Midan", "Maydan"},
	"C10011061": {"al-Rabweh", "Rabweh", "Rabwa"},
	"C10011063": {"Dummar", "Dimas Dummar", "Dummar al-Balad"},
	"C10011064": {"Mount Qasioun", "Qasioun", "Jabal Qasioun", "Qassioun"},
	"C10011065": {"Dummar Project", "Mashrou Dummar", "Mashrou' Dummar"},
	"C10011068": {"al-Qadam", "Qadam", "Kadam"},
	"C10011069": {"Nahr Aisha", "Nahr Eisha", "Nahr Aicha"},
	"C10011071": {"Mezzeh", "al-Mezzeh", "Mazzeh", "Mezze", "al-Mazzeh"},
	"C10011072": {"al-Qazzaz", "Qazzaz"},
	"C10011073": {"Bab Mousalla", "Bab Musalla", "Bab Msalla"},
}

// hoodPlaceholder is the name OCHA gives a neighbourhood it could not name;
// it is no place's name, and as an alias it would take "unknown gunmen". The
// unit is kept, under a name no report will spell, so that all of OCHA's
// neighbourhoods load and its P-code can still be looked up.
const hoodPlaceholder = "Unknown"

type record struct {
	pcode   string
	level   int // 1 governorate … 5 neighbourhood
	name    string
	nameAR  string
	admin   [3]string
	lat     float64
	lon     float64
	hasPos  bool
	capital int // -1: not a seat
	geoID   int
	aliases []string
}

// Generate reads the source tables from src and emits the gazetteer's data
// files through emit, in a fixed order.
func Generate(src fs.FS, emit func(name string, data []byte) error) error {
	var sums []string
	read := func(name string) ([]map[string]string, error) {
		b, err := fs.ReadFile(src, name)
		if err != nil {
			return nil, fmt.Errorf("gazetteer gen: %w", err)
		}
		h := sha256.Sum256(b)
		sums = append(sums, name+" sha256:"+hex.EncodeToString(h[:]))
		rows, err := parseTSV(b)
		if err != nil {
			return nil, fmt.Errorf("gazetteer gen: %s: %w", name, err)
		}
		return rows, nil
	}
	a1, err := read(fileAdmin1)
	if err != nil {
		return err
	}
	a2, err := read(fileAdmin2)
	if err != nil {
		return err
	}
	a3, err := read(fileAdmin3)
	if err != nil {
		return err
	}
	comm, err := read(fileCommunity)
	if err != nil {
		return err
	}
	hoods, err := read(fileHood)
	if err != nil {
		return err
	}
	gn, err := read(fileGeoNames)
	if err != nil {
		return err
	}

	var recs []*record
	byCode := map[string]*record{}
	add := func(r *record) error {
		if r.pcode == "" {
			return fmt.Errorf("gazetteer gen: %q has no P-code", r.name)
		}
		if byCode[r.pcode] != nil {
			return fmt.Errorf("gazetteer gen: duplicate P-code %s", r.pcode)
		}
		byCode[r.pcode] = r
		recs = append(recs, r)
		return nil
	}
	for _, row := range a1 {
		r := &record{pcode: row["PCODE"], level: 1, capital: -1}
		names, ok := governorates[r.pcode]
		if !ok {
			return fmt.Errorf("gazetteer gen: %s: unknown governorate %s", fileAdmin1, r.pcode)
		}
		r.name = names[0]
		r.aliases = append(slices.Clone(names[1:]), row["NAME_EN"], row["NAM_EN_REF"])
		r.nameAR = row["NAME_ARA"]
		if err := add(r); err != nil {
			return err
		}
	}
	for _, row := range a2 {
		r := &record{pcode: row["PCODE"], level: 2, capital: -1, admin: [3]string{row["ADMIN1_COD"]}}
		r.name, r.aliases = splitNames(row["NAME_EN"])
		r.aliases = append(r.aliases, row["NAM_EN_REF"])
		r.nameAR = row["NAME_ARA"]
		if err := add(r); err != nil {
			return err
		}
	}
	for _, row := range a3 {
		r := &record{pcode: row["ADMIN3_COD"], level: 3, capital: -1, admin: [3]string{row["ADMIN1_COD"], row["ADMIN2_COD"]}}
		r.name, r.aliases = splitNames(row["ADMIN3_EN"])
		r.nameAR = row["ADMIN3_ARA"]
		if err := add(r); err != nil {
			return err
		}
	}
	var communities []*record
	for i, row := range comm {
		r := &record{pcode: row["PCODE"], level: 4, capital: -1,
			admin: [3]string{row["ADMIN1_COD"], row["ADMIN2_COD"], row["ADMIN3_COD"]}}
		r.name, r.aliases = splitNames(row["NAME_EN"])
		ref, refAliases := splitNames(row["NAM_EN_REF"])
		r.aliases = append(r.aliases, ref)
		r.aliases = append(r.aliases, refAliases...)
		ar := strings.Split(row["NAME_ARA"], "_")
		r.nameAR = strings.TrimSpace(ar[0])
		for _, a := range ar[1:] {
			if a = strings.TrimSpace(a); a != "" {
				r.aliases = append(r.aliases, a)
			}
		}
		if r.lat, err = strconv.ParseFloat(row["LATITUDE"], 64); err != nil {
			return fmt.Errorf("gazetteer gen: %s:%d: latitude: %w", fileCommunity, i+2, err)
		}
		if r.lon, err = strconv.ParseFloat(row["LONGITUDE"], 64); err != nil {
			return fmt.Errorf("gazetteer gen: %s:%d: longitude: %w", fileCommunity, i+2, err)
		}
		r.hasPos = true
		if c := row["CAPIT_LVL"]; c != "" {
			if r.capital, err = strconv.Atoi(c); err != nil {
				return fmt.Errorf("gazetteer gen: %s:%d: CAPIT_LVL: %w", fileCommunity, i+2, err)
			}
		}
		// The release marks Damascus as a governorate seat and one village
		// in Deir ez-Zor as the national capital; put that right.
		if r.admin[0] == "SY01" && r.capital == 1 {
			r.capital = 0
		} else if r.capital == 0 {
			r.capital = -1
		}
		if r.capital == 1 || r.capital == 0 {
			names := governorates[r.admin[0]]
			r.aliases = append(r.aliases, r.name)
			r.name = names[0]
			r.aliases = append(r.aliases, names[1:]...)
		}
		if press, ok := pressNames[r.pcode]; ok {
			r.aliases = append(r.aliases, r.name)
			r.name = press[0]
			r.aliases = append(r.aliases, press[1:]...)
		}
		r.aliases = append(r.aliases, articleAliases(r.name)...)
		r.aliases = append(r.aliases, qualifierAliases(r.name)...)
		r.aliases = append(r.aliases, endingAliases(r.name)...)
		if err := add(r); err != nil {
			return err
		}
		communities = append(communities, r)
	}
	for i, row := range hoods {
		r := &record{pcode: row["HAY_PCODE"], level: 5, capital: -1, name: row["HAY_EN"]}
		city := byCode[row["CITY_PCODE"]]
		if city == nil {
			return fmt.Errorf("gazetteer gen: %s:%d: unknown city %s", fileHood, i+2, row["CITY_PCODE"])
		}
		r.admin = city.admin
		r.name, r.aliases = splitNames(r.name)
		if strings.EqualFold(strings.TrimSpace(r.name), hoodPlaceholder) {
			r.name, r.aliases = "unnamed neighbourhood "+r.pcode, nil
		}
		if press, ok := hoodNames[r.pcode]; ok {
			r.aliases = append(r.aliases, r.name)
			r.name = press[0]
			r.aliases = append(r.aliases, press[1:]...)
		}
		if r.lat, err = strconv.ParseFloat(row["LATITUDE"], 64); err != nil {
			return fmt.Errorf("gazetteer gen: %s:%d: latitude: %w", fileHood, i+2, err)
		}
		if r.lon, err = strconv.ParseFloat(row["LONGITUDE"], 64); err != nil {
			return fmt.Errorf("gazetteer gen: %s:%d: longitude: %w", fileHood, i+2, err)
		}
		r.hasPos = true
		if err := add(r); err != nil {
			return err
		}
	}
	placeAdminUnits(recs, communities)

	joinReport, unjoined, err := joinGeoNames(gn, communities)
	if err != nil {
		return err
	}
	for _, r := range unjoined {
		if err := add(r); err != nil {
			return err
		}
	}
	for _, r := range recs {
		r.aliases = cleanAliases(r.name, r.aliases)
	}
	sort.Slice(recs, func(i, j int) bool {
		if recs[i].level != recs[j].level {
			return recs[i].level < recs[j].level
		}
		return pcodeLess(recs[i].pcode, recs[j].pcode)
	})

	var out bytes.Buffer
	out.WriteString(Header + "\n")
	for _, r := range recs {
		geo := ""
		if r.geoID != 0 {
			geo = strconv.Itoa(r.geoID)
		}
		capital := ""
		if r.capital >= 0 {
			capital = strconv.Itoa(r.capital)
		}
		fields := []string{r.pcode, strconv.Itoa(r.level), r.name, r.nameAR,
			r.admin[0], r.admin[1], r.admin[2],
			strconv.FormatFloat(r.lat, 'f', 5, 64), strconv.FormatFloat(r.lon, 'f', 5, 64),
			capital, geo, strings.Join(r.aliases, "|"), placeKeys(r.name, r.aliases)}
		for _, f := range fields {
			if strings.ContainsAny(f, "\t\n\r") {
				return fmt.Errorf("gazetteer gen: %s: field %q holds a tab or newline", r.pcode, f)
			}
		}
		out.WriteString(strings.Join(fields, "\t"))
		out.WriteByte('\n')
	}
	if err := emit(OutPlaces, out.Bytes()); err != nil {
		return err
	}
	if err := emit(OutJoin, joinReport); err != nil {
		return err
	}
	sort.Strings(sums)
	goSrc, err := goFile(sums)
	if err != nil {
		return err
	}
	return emit(OutGo, goSrc)
}

// goFile renders the generated Go file that embeds the data.
func goFile(sums []string) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("// Code generated by gen.go from the OCHA and GeoNames tables; DO NOT EDIT.\n\n")
	b.WriteString("package gazetteer\n\nimport _ \"embed\"\n\n")
	b.WriteString("// sourceVersion names the source tables the data was generated from, with\n// their SHA-256 sums.\n")
	b.WriteString("const sourceVersion = " + strconv.Quote(strings.Join(sums, "; ")) + "\n\n")
	b.WriteString("// placesTSV holds one place a line: " + strings.ReplaceAll(Header, "\t", ", ") + ".\n")
	b.WriteString("// Levels are 1 governorate, 2 district, 3 subdistrict, 4 community,\n// 5 neighbourhood; aliases are separated by |.\n//\n//go:embed " + OutPlaces + "\nvar placesTSV string\n\n")
	b.WriteString("// geonamesJoinTSV reports, for each GeoNames row, the OCHA community it was\n// joined to, or the nearest one if none lay within 3 km.\n//\n//go:embed " + OutJoin + "\nvar geonamesJoinTSV string\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		return nil, fmt.Errorf("gazetteer gen: gofmt: %w", err)
	}
	return src, nil
}

// placeKeys returns the folding keys of a place's name and aliases,
// separated by |, as the gazetteer's index would fold them at start-up:
// stored, they spare it folding twenty thousand names.
func placeKeys(name string, aliases []string) string {
	keys := []string{fold.Key(name)}
	for _, a := range aliases {
		keys = append(keys, fold.Key(a))
	}
	return strings.Join(keys, "|")
}

// parseTSV reads a tab-separated table with a header line into maps keyed
// by column name.
func parseTSV(b []byte) ([]map[string]string, error) {
	b = bytes.TrimPrefix(b, []byte("\uFEFF"))
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var head []string
	var rows []map[string]string
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if text == "" {
			continue
		}
		f := strings.Split(text, "\t")
		if head == nil {
			head = f
			continue
		}
		if len(f) > len(head) {
			return nil, fmt.Errorf("line %d: %d fields, header has %d", line, len(f), len(head))
		}
		row := make(map[string]string, len(head))
		for i, h := range head {
			if i < len(f) {
				row[h] = strings.TrimSpace(f[i])
			}
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if head == nil {
		return nil, fmt.Errorf("empty table")
	}
	return rows, nil
}

// splitNames splits OCHA's double names ("Maalaqa - Bishlamon", "Zahraa /
// Sanqunes") into a name and aliases; the whole string stays an alias.
func splitNames(s string) (string, []string) {
	s = strings.TrimSpace(s)
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' })
	var out []string
	for _, p := range parts {
		for _, q := range strings.Split(p, " - ") {
			if q = strings.TrimSpace(q); q != "" {
				out = append(out, q)
			}
		}
	}
	if len(out) <= 1 {
		return s, nil
	}
	return out[0], append(out[1:], s)
}

// articleAliases spells OCHA's run-on article ("Kherbet Eljoz", "Ein
// Elhamra") apart, as the press writes it: "Kherbet al-Joz".
func articleAliases(name string) []string {
	words := strings.Fields(name)
	changed := false
	for i, w := range words {
		if i == 0 || len(w) < 5 || !(strings.HasPrefix(w, "El") || strings.HasPrefix(w, "Al")) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w[2:])
		if !unicode.IsLower(r) || strings.ContainsRune("aeiou", r) && (!strings.HasPrefix(w, "El") || w == "Elias") {
			// OCHA runs its "El" on before a vowel too ("Hamadi
			// Elomr", "Ein Elarab"); an "Al" so placed opens a name.
			continue
		}
		words[i] = "al-" + strings.ToUpper(w[2:3]) + w[3:]
		changed = true
	}
	if !changed {
		return nil
	}
	return []string{strings.Join(words, " ")}
}

// qualifiers are the English words OCHA puts before a name where Arabic
// puts an adjective after it ("Big Orm" for Urum al-Kubra, "Upper Baghouz"
// for Baghouz Fawqani), with the adjective in the forms the press writes:
// masculine and feminine, as the name's gender takes either.
var qualifiers = map[string][]string{
	"Big":      {"al-Kabir", "al-Kubra", "al-Kabira"},
	"Little":   {"al-Saghir", "al-Sughra", "al-Saghira"},
	"Upper":    {"al-Fawqani", "Fawqani", "al-Fawqa"},
	"Lower":    {"al-Tahtani", "Tahtani", "al-Tahta"},
	"Middle":   {"al-Wastani", "al-Wusta"},
	"Northern": {"al-Shamali", "al-Shamaliyah"},
	"Southern": {"al-Janoubi", "al-Janoubiyah"},
	"Eastern":  {"al-Sharqi", "al-Sharqiyah"},
	"Western":  {"al-Gharbi", "al-Gharbiyah"},
}

// qualifierAliases writes an OCHA name that opens with an English
// qualifier ("Big Orm") as the press writes it, the Arabic adjective
// after the name: "Orm al-Kubra", "Orm al-Kabir".
func qualifierAliases(name string) []string {
	q, rest, ok := strings.Cut(name, " ")
	forms := qualifiers[q]
	if !ok || forms == nil || rest == "" {
		return nil
	}
	var out []string
	for _, f := range forms {
		out = append(out, rest+" "+f)
	}
	return out
}

// nisbaEndings are the spellings of the Arabic ending -iyya (ـية) with
// one y; the press also doubles it ("Shomariyyeh", "Hameidiyyeh"), which
// the key folding reads as one more syllable.
var nisbaEndings = [][2]string{{"iyeh", "iyyeh"}, {"iyah", "iyyah"}, {"iya", "iyya"}, {"ieh", "iyyeh"}, {"iye", "iyye"}}

// endingAliases spells a name that ends in -iyeh with the y doubled, and
// one that ends in -iyyeh with it single, so that either spelling in a
// report finds the place: "Shomriyeh" is also "Shomriyyeh".
func endingAliases(name string) []string {
	lower := strings.ToLower(name)
	if i := strings.LastIndex(lower, "iyy"); i > 0 && i >= len(lower)-5 && !strings.Contains(lower[i:], " ") {
		return []string{name[:i] + "iy" + name[i+3:]}
	}
	for _, e := range nisbaEndings {
		if strings.HasSuffix(lower, e[0]) && len(lower) > len(e[0])+2 {
			return []string{name[:len(name)-len(e[0])] + e[1]}
		}
	}
	return nil
}

// placeAdminUnits gives each governorate, district and subdistrict the
// coordinates of its seat community or, lacking one, the centroid of its
// communities.
func placeAdminUnits(recs, communities []*record) {
	type acc struct {
		lat, lon float64
		n        int
		seat     *record
	}
	units := map[string]*acc{}
	for _, c := range communities {
		for lvl := 1; lvl <= 3; lvl++ {
			code := c.admin[lvl-1]
			a := units[code]
			if a == nil {
				a = &acc{}
				units[code] = a
			}
			a.lat += c.lat
			a.lon += c.lon
			a.n++
			// A seat of this level or a higher one sits in the unit.
			if c.capital >= 0 && c.capital <= lvl && (a.seat == nil || c.capital < a.seat.capital ||
				(c.capital == a.seat.capital && pcodeLess(c.pcode, a.seat.pcode))) {
				a.seat = c
			}
		}
	}
	for _, r := range recs {
		if r.level > 3 {
			continue
		}
		a := units[r.pcode]
		switch {
		case a == nil:
		case a.seat != nil:
			r.lat, r.lon, r.hasPos = a.seat.lat, a.seat.lon, true
		default:
			r.lat, r.lon, r.hasPos = a.lat/float64(a.n), a.lon/float64(a.n), true
		}
	}
}

// JoinHeader is the first line of the GeoNames join report.
const JoinHeader = "geonameid\tname\tlatitude\tlongitude\tpcode\tkm\tstatus"

// joinGeoNames joins each GeoNames row to the nearest OCHA community within
// joinRadiusKm, name similarity breaking ties, and adds its Latin-script
// alternate names and its id to that community (the lowest id, if several
// rows join one community). It returns a report of every row: the
// community it joined ("joined"), or the community made of it ("added").
//
// A populated place GeoNames holds and OCHA's 2015 list lacks becomes a
// community of its own, returned with the report: P-code "G" and its
// GeoNames id, in the administrative units of the OCHA community nearest
// it. The press names such places, and a place with its units beats no
// place.
func joinGeoNames(rows []map[string]string, communities []*record) ([]byte, []*record, error) {
	type line struct {
		id   int
		text string
	}
	var lines []line
	var added []*record
	for i, row := range rows {
		id, err := strconv.Atoi(row["geonameid"])
		if err != nil {
			return nil, nil, fmt.Errorf("gazetteer gen: %s:%d: geonameid: %w", fileGeoNames, i+2, err)
		}
		lat, err1 := strconv.ParseFloat(row["latitude"], 64)
		lon, err2 := strconv.ParseFloat(row["longitude"], 64)
		if err1 != nil || err2 != nil {
			return nil, nil, fmt.Errorf("gazetteer gen: %s:%d: bad coordinates", fileGeoNames, i+2)
		}
		gkey := fold.Key(row["asciiname"])
		var best, nearest *record
		bestScore, bestDist, nearestDist := -1, math.Inf(1), math.Inf(1)
		for _, c := range communities {
			d := distanceKm(lat, lon, c.lat, c.lon)
			if d < nearestDist {
				nearest, nearestDist = c, d
			}
			if d > joinRadiusKm {
				continue
			}
			score := similarity(gkey, c)
			if score > bestScore || (score == bestScore && d < bestDist) {
				best, bestScore, bestDist = c, score, d
			}
		}
		status, to, dist := "unjoined", nearest, nearestDist
		if best != nil {
			status, to, dist = "joined", best, bestDist
			if best.geoID == 0 || id < best.geoID {
				best.geoID = id
			}
			best.aliases = append(best.aliases, pressStyle(row["asciiname"]), row["name"])
			for _, a := range strings.Split(row["alternatenames"], ",") {
				if latinName(a) {
					best.aliases = append(best.aliases, a)
				}
			}
		}
		if best == nil && nearest != nil && row["feature_class"] == "P" {
			r := geoNamesCommunity(id, row, lat, lon, nearest)
			added = append(added, r)
			status, to, dist = "added", r, 0
		}
		code, km := "", ""
		if to != nil {
			code, km = to.pcode, strconv.FormatFloat(dist, 'f', 2, 64)
		}
		lines = append(lines, line{id, strings.Join([]string{row["geonameid"], row["asciiname"],
			row["latitude"], row["longitude"], code, km, status}, "\t")})
	}
	sort.Slice(lines, func(i, j int) bool { return lines[i].id < lines[j].id })
	var report bytes.Buffer
	report.WriteString(JoinHeader + "\n")
	for _, l := range lines {
		report.WriteString(l.text + "\n")
	}
	sort.Slice(added, func(i, j int) bool { return added[i].geoID < added[j].geoID })
	return report.Bytes(), added, nil
}

// nahiyaPrefix is GeoNames' word for a subdistrict before a seat's name
// ("Nahiyat as Sab` Biyar"), which the press leaves off.
const nahiyaPrefix = "Nahiyat "

// geoNamesCommunity makes a community of a GeoNames row that no OCHA
// community answers, placed in the units of the community nearest it.
func geoNamesCommunity(id int, row map[string]string, lat, lon float64, nearest *record) *record {
	name := pressStyle(row["asciiname"])
	r := &record{pcode: "G" + strconv.Itoa(id), level: 4, capital: -1, admin: nearest.admin,
		lat: lat, lon: lon, hasPos: true, geoID: id}
	if rest, ok := strings.CutPrefix(name, nahiyaPrefix); ok {
		r.aliases = append(r.aliases, name)
		name = strings.TrimPrefix(pressStyle(rest), "as ")
	}
	r.name = name
	r.aliases = append(r.aliases, row["name"], row["asciiname"])
	for _, a := range strings.Split(row["alternatenames"], ",") {
		if latinName(a) {
			r.aliases = append(r.aliases, a)
		}
	}
	r.aliases = append(r.aliases, articleAliases(r.name)...)
	return r
}

// similarity scores how well a GeoNames name fits a community: 2 for the
// same key as one of its names, 1 for a shared start, else 0.
func similarity(gkey string, c *record) int {
	score := 0
	for _, n := range append([]string{c.name}, c.aliases...) {
		k := fold.Key(n)
		switch {
		case k == gkey:
			return 2
		case len(k) >= 3 && len(gkey) >= 3 && k[:3] == gkey[:3]:
			score = 1
		}
	}
	return score
}

// pressStyle writes GeoNames' article words as the press does: "Jisr ash
// Shughur" → "Jisr al-Shughur", "Al Bab" → "al-Bab".
func pressStyle(s string) string {
	s = strings.ReplaceAll(s, "`", "'")
	words := strings.Fields(s)
	var out []string
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch strings.ToLower(w) {
		case "al", "as", "ar", "an", "at", "ath", "ad", "az", "ash", "adh", "el", "ed", "es", "ez", "er":
			if i+1 < len(words) {
				out = append(out, "al-"+words[i+1])
				i++
				continue
			}
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// latinName reports whether an alternate name is a usable Latin-script
// spelling: letters of the Latin script, spaces and punctuation only, at
// least three letters with a vowel among them (GeoNames also lists bare
// consonant skeletons such as "sdd"), not an all-capitals code.
func latinName(s string) bool {
	letters, lowers, vowels := 0, 0, 0
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.IsLetter(r):
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letters++
			if strings.ContainsRune("aeiouyAEIOUY", r) {
				vowels++
			}
			if unicode.IsLower(r) {
				lowers++
			}
		case unicode.IsDigit(r):
			return false
		case unicode.Is(unicode.Mn, r), strings.ContainsRune(" -'`‘’ʻʼʾʿ", r):
		default:
			return false
		}
	}
	return letters >= 3 && lowers > 0 && vowels > 0
}

// cleanAliases drops empty aliases, the name itself and repeats, keeping
// first-seen order.
func cleanAliases(name string, aliases []string) []string {
	seen := map[string]bool{name: true}
	var out []string
	for _, a := range aliases {
		a = strings.TrimSpace(strings.ReplaceAll(a, "|", " "))
		if a == "" || seen[a] {
			continue
		}
		seen[a] = true
		out = append(out, a)
	}
	return out
}

// pcodeLess orders P-codes by prefix, then numerically: C999 before C1000.
func pcodeLess(a, b string) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

// distanceKm is the great-circle distance between two points.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	h := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Sqrt(h))
}
