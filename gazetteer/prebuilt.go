package gazetteer

import (
	"crypto/sha256"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
)

// Building the matcher of the pipeline's ten thousand patterns (folding,
// sorting, three tries) is most of the start-up of one short report. So
// `make gazetteer` builds it once, with BuildMatcher, and stores its tries
// in data/matcher.bin; NewMatcher decodes them instead of building, when
// it is given exactly the patterns they were built from. Any other
// patterns, or a file from another version of the format, are built as
// before. The tries also depend on the code that builds them (fold keys,
// skeletons, plain spellings): TestPrebuiltMatcherCurrent fails until
// `make gazetteer` runs again after such code changes, or after the
// places or the actor aliases change, so that the file never changes
// what the pipeline finds.

//go:generate go run genmatcher.go

// matcherData is data/matcher.bin: a Matcher as MarshalBinary encodes it.
//
//go:embed data/matcher.bin
var matcherData string

// matcherMagic opens the encoding; its version changes with the layout.
const matcherMagic = "sitrep matcher 2\n"

// errMatcherData is the error of an encoding that cannot be decoded.
var errMatcherData = errors.New("gazetteer: bad matcher encoding")

// patternSum returns the SHA-256 sum of the patterns: their texts, kinds,
// refs and case-sensitivity, in order; two lists with one sum build the
// same matcher.
func patternSum(patterns []Pattern) [sha256.Size]byte {
	n := 0
	for _, p := range patterns {
		n += len(p.Text) + 8
	}
	b := make([]byte, 0, n)
	for _, p := range patterns {
		b = binary.AppendUvarint(b, uint64(len(p.Text)))
		b = append(b, p.Text...)
		cs := byte(0)
		if p.CaseSensitive {
			cs = 1
		}
		b = append(b, byte(p.Kind), cs)
		b = binary.AppendVarint(b, int64(p.Ref))
	}
	return sha256.Sum256(b)
}

// prebuiltMatcher returns the matcher of data/matcher.bin if it was built
// from patterns.
func prebuiltMatcher(patterns []Pattern) (*Matcher, bool) {
	data := matcherData
	if len(data) < len(matcherMagic)+sha256.Size || data[:len(matcherMagic)] != matcherMagic {
		return nil, false
	}
	sum := patternSum(patterns)
	if data[len(matcherMagic):len(matcherMagic)+sha256.Size] != string(sum[:]) {
		return nil, false
	}
	m := &Matcher{sum: sum}
	if err := m.decode(data[len(matcherMagic)+sha256.Size:]); err != nil {
		return nil, false
	}
	return m, true
}

// MarshalBinary encodes the matcher's tries, with the sum of the patterns
// they were built from, as NewMatcher decodes them from data/matcher.bin.
// The encoding is deterministic.
func (m *Matcher) MarshalBinary() ([]byte, error) {
	b := append([]byte(matcherMagic), m.sum[:]...)
	for _, tr := range []*trie{&m.all, &m.lower, &m.skel} {
		b = tr.append(b)
	}
	return b, nil
}

// append appends the encoding of tr to b: its nodes, its edges, and its
// pattern groups, whose slices are laid end to end.
func (tr *trie) append(b []byte) []byte {
	u := func(v uint64) { b = binary.AppendUvarint(b, v) }
	i := func(v int64) { b = binary.AppendVarint(b, v) }
	s := func(v string) { u(uint64(len(v))); b = append(b, v...) }
	// Nodes and edges, most of the encoding, are of fixed width, which
	// decodes several times faster than varints.
	u(uint64(tr.numNodes()))
	b = append(b, tr.nodes...)
	u(uint64(len(tr.edges)))
	b = append(b, tr.edges...)
	var exact int
	for _, g := range tr.exact {
		exact += len(g.exact)
	}
	u(uint64(len(tr.groups)))
	u(uint64(len(tr.refs)))
	u(uint64(exact))
	u(uint64(len(tr.plains)))
	for _, g := range tr.groups {
		u(uint64(g.kind))
		u(uint64(g.nrefs))
		for _, r := range tr.groupRefs(g) {
			i(int64(r))
		}
		ex := tr.groupExact(g)
		u(uint64(len(ex)))
		for _, e := range ex {
			s(e.text)
			i(int64(e.ref))
		}
		u(uint64(g.nplains))
		for _, p := range tr.groupPlains(g) {
			s(p)
		}
	}
	return b
}

// decoder reads the varints and strings of an encoding; its first error
// sticks, and every read after it returns zero. It keeps an offset rather
// than reslicing, so that reading writes no pointer.
type decoder struct {
	s   string
	pos int
	err error
}

func (d *decoder) uvarint() uint64 {
	if d.pos < len(d.s) && d.s[d.pos] < 0x80 {
		d.pos++
		return uint64(d.s[d.pos-1])
	}
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		if d.pos >= len(d.s) {
			d.err = errMatcherData
			return 0
		}
		c := d.s[d.pos]
		d.pos++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
	}
	d.err = errMatcherData
	return 0
}

func (d *decoder) varint() int64 {
	u := d.uvarint()
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	return v
}

// count reads a length and checks it against what is left, each item of
// which takes at least size bytes.
func (d *decoder) count(size int) int {
	n := d.uvarint()
	if d.err == nil && n > uint64((len(d.s)-d.pos)/size) {
		d.err = errMatcherData
	}
	if d.err != nil {
		return 0
	}
	return int(n)
}

// fixed returns the next n bytes, or "" past the end.
func (d *decoder) fixed(n int) string {
	if d.err != nil || n > len(d.s)-d.pos {
		d.err = errMatcherData
		return ""
	}
	v := d.s[d.pos : d.pos+n]
	d.pos += n
	return v
}

// string returns the next string, a slice of the encoding: decoding copies
// no text.
func (d *decoder) string() string {
	n := d.count(1)
	v := d.s[d.pos : d.pos+n]
	d.pos += n
	return v
}

// decode fills m's tries from the encoding that follows the sum.
func (m *Matcher) decode(s string) error {
	d := &decoder{s: s}
	for _, tr := range []*trie{&m.all, &m.lower, &m.skel} {
		tr.decode(d)
	}
	if d.err == nil && d.pos != len(d.s) {
		d.err = errMatcherData
	}
	if d.err != nil {
		return d.err
	}
	m.pool.New = func() any { return new(matchState) }
	return nil
}

func (tr *trie) decode(d *decoder) {
	tr.nodes = d.fixed(nodeSize * d.count(nodeSize))
	tr.edges = d.fixed(d.count(1))
	if d.err != nil {
		return
	}
	ngroups := d.count(3)
	tr.groups = make([]termGroup, 0, ngroups)
	tr.refs = make([]int32, 0, d.count(1))
	exact := make([]exactEntry, 0, d.count(2))
	tr.plains = make([]string, 0, d.count(1))
	tr.exact = nil
	for range ngroups {
		kind := Kind(d.uvarint())
		nrefs := d.count(1)
		if len(tr.refs)+nrefs > cap(tr.refs) {
			d.err = errMatcherData
		}
		if d.err != nil {
			return
		}
		for range nrefs {
			tr.refs = append(tr.refs, int32(d.varint()))
		}
		n := d.count(2)
		if len(exact)+n > cap(exact) {
			d.err = errMatcherData
		}
		if d.err != nil {
			return
		}
		for range n {
			exact = append(exact, exactEntry{text: d.string(), ref: int32(d.varint())})
		}
		ex := exact[len(exact)-n : len(exact) : len(exact)]
		nplains := d.count(1)
		if len(tr.plains)+nplains > cap(tr.plains) {
			d.err = errMatcherData
		}
		if d.err != nil {
			return
		}
		for range nplains {
			tr.plains = append(tr.plains, d.string())
		}
		tr.addGroup(kind, nrefs, nplains, ex)
	}
	if d.err != nil {
		return
	}
	if err := tr.check(); err != nil {
		d.err = err
		return
	}
	tr.setRoot()
}

// check reports whether every index of tr lies in range, so that a
// decoded trie cannot make Match panic.
func (tr *trie) check() error {
	if tr.numNodes() == 0 || len(tr.nodes)%nodeSize != 0 {
		return errMatcherData
	}
	// A node's children are the nodes after its edges (see trie.child):
	// its edges must lie within the edges, and so its children within the
	// nodes, which are one more.
	if tr.numNodes() != len(tr.edges)+1 {
		return fmt.Errorf("gazetteer: matcher encoding: %d nodes for %d edges", tr.numNodes(), len(tr.edges))
	}
	for k := range tr.numNodes() {
		n := tr.node(int32(k))
		if n.lo < 0 || int64(n.lo)+int64(tr.degree(int32(k))) > int64(len(tr.edges)) {
			return fmt.Errorf("gazetteer: matcher encoding: node %d: edges out of range", k)
		}
		if n.term < -1 || n.term >= 0 && int64(n.term)+int64(uint8(n.bits>>groupsShift)) > int64(len(tr.groups)) {
			return fmt.Errorf("gazetteer: matcher encoding: node %d: groups out of range", k)
		}
	}
	return nil
}
