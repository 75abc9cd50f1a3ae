package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"

	"github.com/sitrep/sitrep/gazetteer"
)

// gazetteerOptions are the flags the gazetteer subcommands share.
type gazetteerOptions struct {
	IO      *IOStreams
	Overlay string // a user's YAML places file merged over the embedded data, or ""

	// Load loads the embedded gazetteer; tests may hand in their own.
	Load func() (*gazetteer.Gazetteer, error)
}

// load loads the gazetteer and merges the overlay, if any.
func (o *gazetteerOptions) load() (*gazetteer.Gazetteer, error) {
	g, err := o.Load()
	if err != nil {
		return nil, &runError{err}
	}
	if o.Overlay == "" {
		return g, nil
	}
	f, err := os.Open(o.Overlay)
	if err != nil {
		return nil, &runError{err}
	}
	defer f.Close()
	if err := g.Overlay(f, o.Overlay); err != nil {
		return nil, &runError{err}
	}
	return g, nil
}

func newCmdGazetteer(io *IOStreams) *cobra.Command {
	opts := &gazetteerOptions{IO: io, Load: gazetteer.Load}
	cmd := &cobra.Command{
		Use:   "gazetteer",
		Short: "Look up, list and export the places sitrep knows",
		Long: `The gazetteer holds Syria's 14 governorates, 61 districts, 270
subdistricts, 5,251 communities and 64 Damascus neighbourhoods with OCHA's
P-codes, parents and coordinates, spellings from GeoNames and the press, and
regions, crossings and bases the press names. These commands show it.

OCHA Common Operational Datasets and GeoNames (CC BY 4.0).`,
		Example: `  $ sitrep gazetteer lookup "Kafr Nabl"
  $ sitrep gazetteer list --level district --in SY07
  $ sitrep gazetteer export --format csv > places.csv`,
	}
	cmd.PersistentFlags().StringVar(&opts.Overlay, "gazetteer", "", "merge the places and aliases of `FILE.yaml` over the embedded data")
	cmd.AddCommand(newCmdGazetteerLookup(opts, nil), newCmdGazetteerList(opts, nil), newCmdGazetteerExport(opts, nil))
	return cmd
}

type lookupOptions struct {
	*gazetteerOptions
	Names []string
	JSON  bool
}

func newCmdGazetteerLookup(g *gazetteerOptions, runF func(*lookupOptions) error) *cobra.Command {
	opts := &lookupOptions{gazetteerOptions: g}
	cmd := &cobra.Command{
		Use:   "lookup NAME...",
		Short: "Show every place a name may stand for, and why",
		Long: `Lookup prints every place a name may stand for, the likeliest first, with
its P-code, level, parents and coordinates, and why it matched: the name or
alias that folds to the same key, or, for a spelling whose vowels differ from
every known one, the consonant skeleton.

The exit status is 1 when some name matches no place.`,
		Example: `  $ sitrep gazetteer lookup Duma
  $ sitrep gazetteer lookup "Deir el-Zour" Mhardeh
  $ sitrep gazetteer lookup --json Aqraba`,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				return flagErrorf("lookup needs at least one NAME")
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			opts.Names = args
			if runF != nil {
				return runF(opts)
			}
			return lookupRun(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "one JSON object a candidate, a line")
	return cmd
}

// placeRecord is a place as the gazetteer commands print it.
type placeRecord struct {
	PCode      string   `json:"pcode" yaml:"pcode"`
	Name       string   `json:"name" yaml:"name"`
	NameAR     string   `json:"name_ar,omitempty" yaml:"name_ar,omitempty"`
	Level      string   `json:"level" yaml:"level"`
	Feature    string   `json:"feature" yaml:"feature"`
	Admin1     string   `json:"admin1" yaml:"admin1"`
	Admin1Name string   `json:"admin1_name" yaml:"admin1_name"`
	Admin2     string   `json:"admin2,omitempty" yaml:"admin2,omitempty"`
	Admin2Name string   `json:"admin2_name,omitempty" yaml:"admin2_name,omitempty"`
	Admin3     string   `json:"admin3,omitempty" yaml:"admin3,omitempty"`
	Admin3Name string   `json:"admin3_name,omitempty" yaml:"admin3_name,omitempty"`
	Lat        float64  `json:"lat" yaml:"lat"`
	Lon        float64  `json:"lon" yaml:"lon"`
	GeoNames   int      `json:"geonames_id,omitempty" yaml:"geonames_id,omitempty"`
	Aliases    []string `json:"aliases,omitempty" yaml:"aliases,omitempty"`
	// Set by lookup only.
	Query string `json:"query,omitempty" yaml:"-"`
	Why   string `json:"why,omitempty" yaml:"-"`
}

func recordOf(g *gazetteer.Gazetteer, p *gazetteer.Place) placeRecord {
	r := placeRecord{PCode: p.PCode, Name: p.Name, NameAR: p.NameAR, Level: p.Level.String(), Feature: p.Feature,
		Admin1: p.Admin1, Admin1Name: g.AdminName(p.Admin1), Lat: p.Lat, Lon: p.Lon, GeoNames: p.GeoNamesID, Aliases: p.Aliases}
	if p.Admin2 != "" && p.Admin2 != p.PCode {
		r.Admin2, r.Admin2Name = p.Admin2, g.AdminName(p.Admin2)
	}
	if p.Admin3 != "" && p.Admin3 != p.PCode {
		r.Admin3, r.Admin3Name = p.Admin3, g.AdminName(p.Admin3)
	}
	if p.Level == gazetteer.Governorate {
		r.Admin1Name = p.Name
	}
	return r
}

func lookupRun(opts *lookupOptions) error {
	g, err := opts.load()
	if err != nil {
		return err
	}
	out := bufio.NewWriter(opts.IO.Out)
	missing := 0
	for _, name := range opts.Names {
		recs := lookupRecords(g, name)
		if len(recs) == 0 {
			fmt.Fprintf(opts.IO.ErrOut, "sitrep: no place is named %q\n", name)
			missing++
			continue
		}
		for i, r := range recs {
			if opts.JSON {
				b, err := json.Marshal(r)
				if err != nil {
					return &runError{err}
				}
				out.Write(append(b, '\n'))
				continue
			}
			parents := strings.Join(nonEmpty(r.Admin3Name, r.Admin2Name, r.Admin1Name), ", ")
			if r.Level == "governorate" {
				parents = "-"
			}
			fmt.Fprintf(out, "%s\t%d\t%s\t%s %s\t%s\t%.5f,%.5f\t%s\n", name, i+1, r.PCode, r.Level, r.Name, parents, r.Lat, r.Lon, r.Why)
		}
	}
	if err := out.Flush(); err != nil {
		return gazetteerWriteError(err)
	}
	if missing > 0 {
		return errInputsFailed
	}
	return nil
}

// lookupRecords returns the candidates of name with the reason each
// matched: by fold key, else by the matcher's consonant skeleton.
func lookupRecords(g *gazetteer.Gazetteer, name string) []placeRecord {
	var recs []placeRecord
	for _, c := range g.Lookup(name) {
		r := recordOf(g, c.Place)
		r.Query = name
		r.Why = fmt.Sprintf("name %q", c.Matched)
		if c.ByAlias {
			r.Why = fmt.Sprintf("alias %q", c.Matched)
		}
		if !strings.EqualFold(c.Matched, name) {
			r.Why += fmt.Sprintf(", same key %q", gazetteer.Fold(name))
		}
		recs = append(recs, r)
	}
	if len(recs) > 0 {
		return recs
	}
	m, err := g.Matcher()
	if err != nil {
		return nil
	}
	for _, x := range m.Match(name, nil) {
		if x.Kind != gazetteer.KindPlace || x.Start != 0 || x.End != len(name) {
			continue
		}
		for _, ref := range x.Refs {
			r := recordOf(g, g.Place(ref))
			r.Query = name
			r.Why = "consonant skeleton"
			if !x.Loose {
				r.Why = fmt.Sprintf("key %q", gazetteer.Fold(name))
			}
			recs = append(recs, r)
		}
	}
	return recs
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// gazetteerWriteError turns a failed write to stdout into the run's error: quiet
// for a closed pipe.
func gazetteerWriteError(err error) error {
	if isBrokenPipe(err) {
		return errBrokenPipe
	}
	return &runError{err}
}

// levelValue is a --level flag: one of the gazetteer's levels, or none.
type levelValue struct{ level gazetteer.Level }

var levelNames = []gazetteer.Level{gazetteer.Governorate, gazetteer.District, gazetteer.Subdistrict,
	gazetteer.Community, gazetteer.Neighbourhood, gazetteer.Feature}

func (v *levelValue) String() string {
	if v.level == 0 {
		return ""
	}
	return v.level.String()
}

func (v *levelValue) Set(s string) error {
	for _, l := range levelNames {
		if s == l.String() {
			v.level = l
			return nil
		}
	}
	return fmt.Errorf("want governorate, district, subdistrict, community, neighbourhood or feature, got %q", s)
}

func (v *levelValue) Type() string { return "level" }

type listOptions struct {
	*gazetteerOptions
	Level levelValue
	In    string // a P-code whose places are listed, or ""
}

func newCmdGazetteerList(g *gazetteerOptions, runF func(*listOptions) error) *cobra.Command {
	opts := &listOptions{gazetteerOptions: g}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List places, by level and parent",
		Long: `List prints one place a line, tab-separated: P-code, level, name,
governorate, district, subdistrict, latitude and longitude. --level keeps one
level; --in keeps the places under a governorate, district or subdistrict.`,
		Example: `  $ sitrep gazetteer list --level governorate
  $ sitrep gazetteer list --level subdistrict --in SY0702
  $ sitrep gazetteer list --in SY070203`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return listRun(opts)
		},
	}
	cmd.Flags().Var(&opts.Level, "level", "only places of `LEVEL`: governorate, district, subdistrict, community, neighbourhood or feature")
	cmd.Flags().StringVar(&opts.In, "in", "", "only places under the unit with P-code `PCODE`")
	return cmd
}

// selectPlaces returns the places of g of level (any, if 0) under the unit in (any, if ""), in the gazetteer's order.
func selectPlaces(g *gazetteer.Gazetteer, level gazetteer.Level, in string) ([]*gazetteer.Place, error) {
	if in != "" {
		p, ok := g.ByPCode(in)
		if !ok {
			return nil, flagErrorf("--in %s: no such P-code", in)
		}
		if p.Level > gazetteer.Subdistrict {
			return nil, flagErrorf("--in %s: %s is a %s, not a governorate, district or subdistrict", in, p.Name, p.Level)
		}
	}
	var out []*gazetteer.Place
	for i := range g.Places() {
		p := &g.Places()[i]
		if level != 0 && p.Level != level {
			continue
		}
		if in != "" && (p.PCode == in || (p.Admin1 != in && p.Admin2 != in && p.Admin3 != in)) {
			continue
		}
		out = append(out, p)
	}
	return out, nil
}

func listRun(opts *listOptions) error {
	g, err := opts.load()
	if err != nil {
		return err
	}
	ps, err := selectPlaces(g, opts.Level.level, opts.In)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(opts.IO.Out)
	for _, p := range ps {
		r := recordOf(g, p)
		fmt.Fprintf(out, "%s\t%s\t%s\t%s\t%s\t%s\t%.5f\t%.5f\n", r.PCode, r.Level, r.Name, r.Admin1Name, r.Admin2Name, r.Admin3Name, r.Lat, r.Lon)
	}
	if err := out.Flush(); err != nil {
		return gazetteerWriteError(err)
	}
	return nil
}

// exportFormat is an --format of export.
type exportFormat string

func (f *exportFormat) String() string { return string(*f) }

func (f *exportFormat) Set(s string) error {
	switch s {
	case "jsonl", "yaml", "csv":
		*f = exportFormat(s)
		return nil
	}
	return fmt.Errorf("want jsonl, yaml or csv, got %q", s)
}

func (f *exportFormat) Type() string { return "jsonl|yaml|csv" }

type exportOptions struct {
	*gazetteerOptions
	Format exportFormat
	Level  levelValue
	In     string
}

func newCmdGazetteerExport(g *gazetteerOptions, runF func(*exportOptions) error) *cobra.Command {
	opts := &exportOptions{gazetteerOptions: g, Format: "jsonl"}
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the places with all their fields",
		Long: `Export writes every place (or those --level and --in keep) with its
P-code, names, Arabic name, level, kind, parents, coordinates, GeoNames id
and aliases: one JSON object a line, a YAML list, or CSV with the aliases
joined by "|".`,
		Example: `  $ sitrep gazetteer export --format jsonl > places.jsonl
  $ sitrep gazetteer export --format csv --level governorate
  $ sitrep gazetteer export --format yaml --in SY0702`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return exportRun(opts)
		},
	}
	cmd.Flags().VarP(&opts.Format, "format", "f", "output format: jsonl, yaml or csv")
	cmd.Flags().Var(&opts.Level, "level", "only places of `LEVEL`")
	cmd.Flags().StringVar(&opts.In, "in", "", "only places under the unit with P-code `PCODE`")
	return cmd
}

// csvHeader is the first line of export --format csv.
var csvHeader = []string{"pcode", "name", "name_ar", "level", "feature", "admin1", "admin1_name", "admin2", "admin2_name",
	"admin3", "admin3_name", "lat", "lon", "geonames_id", "aliases"}

func exportRun(opts *exportOptions) error {
	g, err := opts.load()
	if err != nil {
		return err
	}
	ps, err := selectPlaces(g, opts.Level.level, opts.In)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(opts.IO.Out)
	if err := writePlaces(out, g, ps, opts.Format); err != nil {
		return gazetteerWriteError(err)
	}
	if err := out.Flush(); err != nil {
		return gazetteerWriteError(err)
	}
	return nil
}

func writePlaces(w io.Writer, g *gazetteer.Gazetteer, ps []*gazetteer.Place, format exportFormat) error {
	switch format {
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(csvHeader); err != nil {
			return err
		}
		for _, p := range ps {
			r := recordOf(g, p)
			geo := ""
			if r.GeoNames != 0 {
				geo = strconv.Itoa(r.GeoNames)
			}
			if err := cw.Write([]string{r.PCode, r.Name, r.NameAR, r.Level, r.Feature, r.Admin1, r.Admin1Name,
				r.Admin2, r.Admin2Name, r.Admin3, r.Admin3Name, strconv.FormatFloat(r.Lat, 'f', 5, 64),
				strconv.FormatFloat(r.Lon, 'f', 5, 64), geo, strings.Join(r.Aliases, "|")}); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	case "yaml":
		// One document holding a list, written a place at a time so that
		// memory stays flat.
		for _, p := range ps {
			b, err := yaml.Marshal([]placeRecord{recordOf(g, p)})
			if err != nil {
				return err
			}
			if _, err := w.Write(b); err != nil {
				return err
			}
		}
		return nil
	default:
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, p := range ps {
			if err := enc.Encode(recordOf(g, p)); err != nil {
				return err
			}
		}
		return nil
	}
}
