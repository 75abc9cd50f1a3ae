package gazetteer

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/sitrep/sitrep/gazetteer/internal/fold"
)

// Kind says what a pattern names.
type Kind uint8

// The kinds of pattern. Their order is the order in which mentions of
// several kinds sharing one span are reported.
const (
	KindPlace Kind = iota + 1
	KindActor
	KindSource
)

// String returns "place", "actor" or "source".
func (k Kind) String() string {
	switch k {
	case KindPlace:
		return "place"
	case KindActor:
		return "actor"
	case KindSource:
		return "source"
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// Pattern is one name to find in text. Ref is the caller's handle for what
// the name stands for (for places, the index in Gazetteer.Places).
//
// Patterns match on word boundaries, ignoring case, diacritics and the
// spelling variants Fold folds away, except that a CaseSensitive pattern
// matches only where the text spells it exactly ("IS" but never "is"), and
// a KindPlace pattern only where the text's word is capitalised, as the
// press writes place names (a lower-case article such as "al-" before it is
// fine).
type Pattern struct {
	Text          string
	Kind          Kind
	Ref           int32
	CaseSensitive bool

	key string // Fold(Text), when the gazetteer has it already
}

// Mention is a stretch of text that matched at least one pattern. Start and
// End are byte offsets into the text given to Match. Refs holds the Ref of
// every pattern of this Kind that matched there; several refs mean an
// ambiguous name ("Duma" is a town and three villages). Refs may be shared
// between mentions and must not be modified.
type Mention struct {
	Start, End int
	Kind       Kind
	Refs       []int32
	// Loose is set on a place mention found by its consonant skeleton
	// alone: the text spells the name's vowels as none of the place's
	// names does ("Mhardeh" for Muhradah, "Kafr Nubl" for Kafr Nobol).
	// The resolver keeps it only where it is unambiguous or the report's
	// other places choose among its candidates.
	Loose bool
}

// Matcher finds many patterns in one pass over a text: at each word it
// walks a trie of folded keys as far as the text's words go, and keeps the
// longest match whose conditions hold (leftmost-longest). A Matcher is safe
// for concurrent use.
//
// It holds two tries over the same patterns. Only a capitalised word may
// start a place name, or a case-sensitive pattern spelt with a capital, so
// a lower-case word, most words of a report, walks the small trie of the
// other patterns, which stays in the cache; a capitalised word walks the
// trie of all patterns. A third trie holds the
// consonant skeletons of place names, tried only where the others find no
// place (see skeleton).
//
// The scan is bound by memory, not arithmetic: most of its time went to
// folding words and to the misses of three tries far larger than the
// cache. So a word's first letters reject most walks before it is folded
// (firstKey), and the walks a text repeats, from a word and on from a node
// along one more word, are remembered per Matcher (startCache, stepCache),
// keyed by the word packed in two machine words (packWord).
type Matcher struct {
	all   trie              // every pattern
	lower trie              // the patterns of kinds other than KindPlace a lower-case word may start
	skel  trie              // place names by consonant skeleton
	pool  sync.Pool         // *matchState
	sum   [sha256.Size]byte // patternSum of the patterns it was built from
}

// trie is a byte trie of folded keys. Its nodes and edges are kept as
// bytes, encoded as in data/matcher.bin, so that a decoded trie is read in
// place from the embedded data: a short report touches a few hundred of
// its sixty thousand nodes, and start-up copies none.
type trie struct {
	root   [256]int32  // child of the root for each first byte; 0 for none
	nodes  string      // trieNode after trieNode, nodeSize bytes each, little-endian
	edges  string      // the byte of each edge; edge e leads to node e+1
	groups []termGroup // a node's patterns, by kind, lie together here
	// The groups' slices, laid end to end, so that a group is a few
	// indices: Match reads a group at every match, and four share a cache
	// line, where a group of slices took two lines.
	refs   []int32
	plains []string
	exact  []exactGroup // the case-sensitive patterns of groups that have them
}

// termGroup is the patterns of one kind at one node of a trie: those that
// match whatever the case, and those that match only as spelt.
type termGroup struct {
	kind            Kind
	refs, nrefs     int32 // its refs are trie.refs[refs:refs+nrefs]
	plains, nplains int32 // its plain spellings, in trie.plains
	exact           int32 // its case-sensitive patterns, in trie.exact, or -1
}

// exactGroup is the case-sensitive patterns of a group, and the refs of a
// mention as each of their texts spells it (see speltRefsOf).
type exactGroup struct {
	exact []exactEntry
	spelt []speltRefs
}

// nodeSize is the size of one encoded trieNode: bits, lo, term.
const nodeSize = 16

// trieNode is one node of a trie, 16 bytes so that four share a cache
// line. Its children are nodes lo+1 … lo+k, in byte order: those along a
// digit or a-z first, one for each bit of the low 36 bits of bits, then
// the others (bytes of non-Latin letters), whose count is in bits 40-47.
// Bits 48-55 count the node's pattern groups, which start at term.
type trieNode struct {
	bits uint64
	lo   int32 // index of the node's first edge; its first child is lo+1
	term int32 // index of the node's first group in groups, or -1
}

const (
	classMask   = 1<<36 - 1
	otherShift  = 40
	groupsShift = 48
)

type trieEdge struct {
	b     byte
	child int32
}

// node returns node n.
func (tr *trie) node(n int32) trieNode {
	return trieNode{bits: tr.nodeBits(n), lo: tr.nodeLo(n), term: tr.nodeTerm(n)}
}

// nodeBits, nodeLo and nodeTerm return one field of node n: small enough
// to be inlined where Match reads them.
func (tr *trie) nodeBits(n int32) uint64 { return le64(tr.nodes[nodeSize*int(n):]) }
func (tr *trie) nodeLo(n int32) int32    { return int32(le32(tr.nodes[nodeSize*int(n)+8:])) }
func (tr *trie) nodeTerm(n int32) int32  { return int32(le32(tr.nodes[nodeSize*int(n)+12:])) }

// numNodes returns how many nodes tr has.
func (tr *trie) numNodes() int { return len(tr.nodes) / nodeSize }

// appendNode appends the encoding of nd to b.
func appendNode(b []byte, nd trieNode) []byte {
	b = binary.LittleEndian.AppendUint64(b, nd.bits)
	b = binary.LittleEndian.AppendUint32(b, uint32(nd.lo))
	return binary.LittleEndian.AppendUint32(b, uint32(nd.term))
}

func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// terminal holds the patterns of one key, grouped by kind.
type terminal struct {
	groups []patternGroup
}

// patternGroup is the patterns of one kind of a key, as a matcher is built;
// the trie packs it as a termGroup.
type patternGroup struct {
	kind   Kind
	refs   []int32      // patterns that match whatever the case
	exact  []exactEntry // case-sensitive patterns
	plains []string     // the patterns' texts, lower-cased, letters and digits only
}

type exactEntry struct {
	text string
	ref  int32
}

// speltRefs are the refs of a mention whose text is text: with, where the
// group's refs hold there, and alone, where they do not.
type speltRefs struct {
	text        string
	with, alone []int32
}

// speltRefsOf returns, for each text of exact, the refs of a mention so spelt,
// where a group's refs are refs: made once, so that Match does not
// allocate them per mention.
func speltRefsOf(refs []int32, exact []exactEntry) []speltRefs {
	var sp []speltRefs
exact:
	for _, e := range exact {
		for _, s := range sp {
			if s.text == e.text {
				continue exact
			}
		}
		s := speltRefs{text: e.text, with: refs}
		for _, f := range exact {
			if f.text != e.text {
				continue
			}
			if !slices.Contains(s.with, f.ref) {
				s.with = append(s.with[:len(s.with):len(s.with)], f.ref)
			}
			if !slices.Contains(s.alone, f.ref) {
				s.alone = append(s.alone, f.ref)
			}
		}
		sp = append(sp, s)
	}
	return sp
}

// addGroup appends to tr's groups the group of kind whose refs and plain
// spellings are the last nrefs of tr.refs and nplains of tr.plains, and
// whose case-sensitive patterns are exact.
func (tr *trie) addGroup(kind Kind, nrefs, nplains int, exact []exactEntry) {
	g := termGroup{
		kind:  kind,
		refs:  int32(len(tr.refs) - nrefs),
		nrefs: int32(nrefs), plains: int32(len(tr.plains) - nplains),
		nplains: int32(nplains),
		exact:   -1,
	}
	if len(exact) > 0 {
		g.exact = int32(len(tr.exact))
		tr.exact = append(tr.exact, exactGroup{exact, speltRefsOf(tr.groupRefs(g), exact)})
	}
	tr.groups = append(tr.groups, g)
}

// groupRefs returns the refs of g, a group of tr, as a mention holds them.
func (tr *trie) groupRefs(g termGroup) []int32 {
	return tr.refs[g.refs : g.refs+g.nrefs : g.refs+g.nrefs]
}

// groupPlains returns the plain spellings of g, a group of tr.
func (tr *trie) groupPlains(g termGroup) []string {
	return tr.plains[g.plains : g.plains+g.nplains]
}

// groupExact returns the case-sensitive patterns of g, a group of tr.
func (tr *trie) groupExact(g termGroup) []exactEntry {
	if g.exact < 0 {
		return nil
	}
	return tr.exact[g.exact].exact
}

// maxWords bounds how many words one pattern may span.
const maxWords = 16

// NewMatcher returns a matcher for patterns. A pattern whose text has no
// letters or digits is an error.
//
// Where patterns are those `make gazetteer` built data/matcher.bin from,
// the pipeline's, the matcher is decoded from it rather than built; it is
// the matcher BuildMatcher would build.
func NewMatcher(patterns []Pattern) (*Matcher, error) {
	if m, ok := prebuiltMatcher(patterns); ok {
		return m, nil
	}
	return BuildMatcher(patterns)
}

// BuildMatcher builds a matcher for patterns, as NewMatcher does, but never
// from data/matcher.bin: it is how that file is made.
//
// Start-up is most of the cost of one short report, so the skeleton index
// and the three tries are built on two goroutines.
func BuildMatcher(patterns []Pattern) (*Matcher, error) {
	// skel maps a place name's skeleton to its patterns.
	skel := map[string]*terminal{}
	skelDone := make(chan struct{})
	go func() {
		defer close(skelDone)
		for _, p := range patterns {
			if p.Kind != KindPlace || p.CaseSensitive {
				continue
			}
			k := p.key
			if k == "" {
				k = fold.Key(p.Text)
			}
			if k == "" {
				continue // an error NewMatcher reports
			}
			if sk, ok := skeletonOf(p.Text, k); ok {
				t := skel[sk]
				if t == nil {
					t = &terminal{}
					skel[sk] = t
				}
				addPattern(t, p)
			}
		}
		for _, t := range skel {
			sortGroups(t)
		}
	}()
	byKey := make(map[string]int32, len(patterns))
	keys := make([]string, 0, len(patterns))
	terms := make([]terminal, 0, len(patterns))
	for i, p := range patterns {
		if p.Kind == 0 {
			<-skelDone
			return nil, fmt.Errorf("gazetteer: pattern %d (%q) has no kind", i, p.Text)
		}
		k := p.key
		if k == "" {
			k = fold.Key(p.Text)
		}
		if k == "" {
			<-skelDone
			return nil, fmt.Errorf("gazetteer: pattern %d (%q) has no letters or digits", i, p.Text)
		}
		if n := strings.Count(p.Text, " ") + 1; n > maxWords && len(strings.Fields(p.Text)) > maxWords {
			<-skelDone
			return nil, fmt.Errorf("gazetteer: pattern %d (%q) has more than %d words", i, p.Text, maxWords)
		}
		ti, ok := byKey[k]
		if !ok {
			ti = int32(len(terms))
			terms = append(terms, terminal{})
			byKey[k] = ti
			keys = append(keys, k)
		}
		addPattern(&terms[ti], p)
	}
	for i := range terms {
		sortGroups(&terms[i])
	}
	slices.Sort(keys)
	m := &Matcher{sum: patternSum(patterns)}
	allDone := make(chan struct{})
	go func() {
		defer close(allDone)
		m.all.build(keys, func(k string) (terminal, bool) { return terms[byKey[k]], true })
	}()
	m.lower.build(keys, func(k string) (terminal, bool) {
		t := terms[byKey[k]]
		var gs []patternGroup
		for _, g := range t.groups {
			if g.kind == KindPlace {
				continue
			}
			// A case-sensitive pattern spelt with a capital ("IS", "UN",
			// "AA") never matches from a lower-case word, yet its key
			// ("as", "an", "a") is that of the commonest words: left in
			// this trie, it would end a walk at every "is" and "in" of a
			// report only for emit to find the spelling differs.
			var exact []exactEntry
			for _, e := range g.exact {
				if !fold.IsUpperAt(e.text, 0) {
					exact = append(exact, e)
				}
			}
			if len(g.refs) == 0 && len(exact) == 0 {
				continue
			}
			g.exact = exact
			gs = append(gs, g)
		}
		return terminal{groups: gs}, len(gs) > 0
	})
	<-skelDone
	skelKeys := make([]string, 0, len(skel))
	for sk := range skel {
		// A skeleton that is a name's full key is found by the main trie.
		if _, exact := byKey[sk]; !exact {
			skelKeys = append(skelKeys, sk)
		}
	}
	slices.Sort(skelKeys)
	m.skel.build(skelKeys, func(k string) (terminal, bool) { return *skel[k], true })
	<-allDone
	m.pool.New = func() any { return new(matchState) }
	return m, nil
}

// sortGroups puts t's groups in the order of their kinds, the order in
// which mentions sharing a span are reported.
func sortGroups(t *terminal) {
	slices.SortFunc(t.groups, func(a, b patternGroup) int { return int(a.kind) - int(b.kind) })
}

// addPattern adds p to terminal t.
func addPattern(t *terminal, p Pattern) {
	var g *patternGroup
	for j := range t.groups {
		if t.groups[j].kind == p.Kind {
			g = &t.groups[j]
		}
	}
	if g == nil {
		t.groups = append(t.groups, patternGroup{kind: p.Kind})
		g = &t.groups[len(t.groups)-1]
	}
	if p.CaseSensitive {
		g.exact = append(g.exact, exactEntry{p.Text, p.Ref})
		return
	}
	if !slices.Contains(g.refs, p.Ref) {
		g.refs = append(g.refs, p.Ref)
	}
	if p.Kind == KindPlace && !strings.Contains(p.Text, " ") {
		var buf [64]byte
		pl := appendPlain(buf[:0], p.Text)
		for _, q := range g.plains {
			if q == string(pl) {
				return
			}
		}
		g.plains = append(g.plains, string(pl))
	}
}

// build fills the trie with those of keys for which term reports a
// terminal.
func (tr *trie) build(all []string, term func(k string) (terminal, bool)) {
	type kt struct {
		k string
		t terminal
	}
	ks := make([]kt, 0, len(all))
	for _, k := range all {
		if t, ok := term(k); ok {
			ks = append(ks, kt{k, t})
		}
	}
	if !slices.IsSortedFunc(ks, func(a, b kt) int { return strings.Compare(a.k, b.k) }) {
		slices.SortFunc(ks, func(a, b kt) int { return strings.Compare(a.k, b.k) })
	}
	// A key adds a node for each byte past its common prefix with the key
	// before it: the arrays are made once, to size.
	nodes, groups, refs, plains := 1, 0, 0, 0
	prev := ""
	for _, e := range ks {
		n := 0
		for n < len(prev) && n < len(e.k) && prev[n] == e.k[n] {
			n++
		}
		nodes += len(e.k) - n
		groups += len(e.t.groups)
		for _, g := range e.t.groups {
			refs += len(g.refs)
			plains += len(g.plains)
		}
		prev = e.k
	}
	tnodes := make([]trieNode, 1, nodes)
	tnodes[0] = trieNode{term: -1}
	tedges := make([]trieEdge, 0, nodes-1)
	tr.groups = make([]termGroup, 0, groups)
	tr.refs = make([]int32, 0, refs)
	tr.plains = make([]string, 0, plains)
	tr.exact = nil
	var build func(n int32, ks []kt, depth int)
	build = func(n int32, ks []kt, depth int) {
		if len(ks) > 0 && len(ks[0].k) == depth {
			t := ks[0].t // its groups sorted by kind
			tnodes[n].term = int32(len(tr.groups))
			tnodes[n].bits |= uint64(len(t.groups)) << groupsShift
			for _, g := range t.groups {
				tr.refs = append(tr.refs, g.refs...)
				tr.plains = append(tr.plains, g.plains...)
				tr.addGroup(g.kind, len(g.refs), len(g.plains), g.exact)
			}
			ks = ks[1:]
		}
		// First the children, so that a node's edges lie together; then
		// each child's subtree.
		lo := int32(len(tedges))
		for i := 0; i < len(ks); {
			b := ks[i].k[depth]
			j := i + 1
			for j < len(ks) && ks[j].k[depth] == b {
				j++
			}
			tedges = append(tedges, trieEdge{b, int32(len(tnodes))})
			tnodes = append(tnodes, trieNode{term: -1})
			if c := byteClass[b]; c < 64 {
				tnodes[n].bits |= 1 << c
			} else {
				tnodes[n].bits += 1 << otherShift
			}
			i = j
		}
		hi := int32(len(tedges))
		tnodes[n].lo = lo
		i := 0
		for e := lo; e < hi; e++ {
			b := ks[i].k[depth]
			j := i + 1
			for j < len(ks) && ks[j].k[depth] == b {
				j++
			}
			build(tedges[e].child, ks[i:j], depth+1)
			i = j
		}
	}
	build(0, ks, 0)
	nb := make([]byte, 0, nodeSize*len(tnodes))
	for _, nd := range tnodes {
		nb = appendNode(nb, nd)
	}
	eb := make([]byte, len(tedges))
	for e := range tedges {
		eb[e] = tedges[e].b
	}
	tr.nodes, tr.edges = string(nb), string(eb)
	tr.setRoot()
}

// setRoot fills tr.root from the edges of node 0.
func (tr *trie) setRoot() {
	tr.root = [256]int32{}
	lo := tr.node(0).lo
	for e := lo; e < lo+int32(tr.degree(0)); e++ {
		tr.root[tr.edges[e]] = e + 1
	}
}

// groupsOf returns the pattern groups of node n.
func (tr *trie) groupsOf(n int32) []termGroup {
	term := tr.nodeTerm(n)
	return tr.groups[term : term+int32(uint8(tr.nodeBits(n)>>groupsShift))]
}

// degree returns how many children node n has.
func (tr *trie) degree(n int32) int {
	b := tr.nodeBits(n)
	return bits.OnesCount64(b&classMask) + int(uint8(b>>otherShift))
}

// hasChild reports whether node n, whose bits are nbits, has a child along
// byte b, as tr.child(n, b) >= 0 does, without loading the node where b
// is a digit or a-z.
func (tr *trie) hasChild(n int32, nbits uint64, b byte) bool {
	if c := byteClass[b]; c < 64 && n != 0 {
		return nbits&(1<<c) != 0
	}
	return tr.child(n, b) >= 0
}

// child returns the child of node n along byte b, or -1.
func (tr *trie) child(n int32, b byte) int32 {
	if n == 0 {
		if c := tr.root[b]; c != 0 {
			return c
		}
		return -1
	}
	nbits := tr.nodeBits(n)
	if c := byteClass[b]; c < 64 {
		// The child's rank is the count of lower classes present; nodes
		// and edges are laid down in step, so its index is lo+rank+1.
		if nbits&(1<<c) == 0 {
			return -1
		}
		return tr.nodeLo(n) + int32(bits.OnesCount64(nbits&(1<<c-1))) + 1
	}
	lo := tr.nodeLo(n)
	k := int32(bits.OnesCount64(nbits & classMask))
	for e := lo + k; e < lo+k+int32(uint8(nbits>>otherShift)); e++ {
		if eb := tr.edges[e]; eb == b {
			return e + 1
		} else if eb > b {
			break
		}
	}
	return -1
}

// matchState is the scratch space of one Match call.
type matchState struct {
	w     fold.Words
	memo  fold.Memo // w's
	words []textWord
	raw   []byte // the words lower-cased, for folding on demand
	keys  []byte // the folded keys of the words walked so far
	cands [maxWords]candidate
	// lowerStarts and upperStarts cache the walks of m.lower and m.all
	// from lower-case and capitalised words; upperStarts those of m.skel
	// too.
	lowerStarts, upperStarts startCache
	// steps caches the walks on from a node along one more word.
	steps stepCache
}

// stepCache remembers where the walk from a node of one of the matcher's
// tries along the key of a word led: names and phrases repeat, and with
// them the pairs of words a walk crosses ("government forces", "Deir
// ez-Zor"). It is direct-mapped by a hash of the node and the word.
type stepCache [stepSlots]stepEntry

type stepEntry struct {
	w0, w1 uint64 // the word, as packWord packs it
	from   int32  // the node, times 4, plus the trie's number
	to     int32
}

const (
	stepBits  = 14
	stepSlots = 1 << stepBits
)

// step returns the node reached from node n of trie tr along the key of
// words[j], or -1, as tr.walkWord does.
func (m *Matcher) step(tr *trie, st *matchState, j int, n int32, skel bool) int32 {
	raw := st.raw[st.words[j].rstart:st.words[j].rend]
	if len(raw) > startLen || len(raw) == 0 {
		return tr.walkWord(n, st.key(j), skel)
	}
	id := int32(1)
	switch tr {
	case &m.lower:
		id = 2
	case &m.skel:
		id = 3
	}
	from := n<<2 | id
	w0, w1 := packWord(raw)
	h := (w0*0x9E3779B97F4A7C15 ^ w1 ^ uint64(from)*0xD6E8FEB86659FD93) * 0xC2B2AE3D27D4EB4F
	e := &st.steps[h>>(64-stepBits)]
	if e.from == from && e.w0 == w0 && e.w1 == w1 {
		return e.to
	}
	to := tr.walkWord(n, st.key(j), skel)
	*e = stepEntry{w0, w1, from, to}
	return to
}

type textWord struct {
	start, end   int32
	rstart, rend int32 // the word in matchState.raw
	kstart, kend int32
	joined       bool // a name may run on to the next word
	article      bool // an article joined to the next word; keys skip it
	hyphen       bool
	upper        bool
	plain        bool // ASCII letters and digits alone (fold.Words.Plain)
}

// key returns the folding key of words[j], folding it on first use.
func (st *matchState) key(j int) []byte {
	tw := &st.words[j]
	if tw.kstart < 0 {
		tw.kstart = int32(len(st.keys))
		st.keys = fold.AppendWordKey(st.keys, st.raw[tw.rstart:tw.rend])
		tw.kend = int32(len(st.keys))
	}
	return st.keys[tw.kstart:tw.kend]
}

// startCache remembers, for words a walk has started from, the trie node
// the walk reached at the word's end, or -1 where it died inside the word.
// A report repeats its words ("the", "said", "forces", "Syrian") again and
// again; a word met before is neither folded nor walked again. It is
// direct-mapped by a hash of the lower-cased word, and valid for one trie
// only (and m.skel): the state is pooled per Matcher, and holds one cache
// per trie.
type startCache [startSlots]startEntry

// startEntry is one word of a startCache: the word packed as packWord
// packs it, and the node and its bits (see walkStart); and, in the byte
// the bits leave, what placeContext asks of a word, which costs two
// lookups in maps of strings. It is 32 bytes, two to a cache line.
type startEntry struct {
	w0, w1 uint64
	bits   uint64 // the node's bits, and the flags in the byte from flagsShift
	node   int32
	// Where the walk of m.skel from a capitalised word led, or -1: kept
	// with the word's other walk, it costs no table of its own, and most
	// capitalised words ask for it.
	skel int32
}

// flagsShift places a word's flags in startEntry.bits, in the byte a
// node's bits leave free.
const flagsShift = 56

// wordFlags tell whether a lower-cased word is one of properWords and of
// commonWords. They are known of a word that is ASCII letters and digits
// alone (textWord.plain), whose lower-cased form is the cache's key: the
// flags of an entry a word of other letters put are unknown.
type wordFlags uint8

const (
	flagKnown wordFlags = 1 << iota
	flagProper
	flagCommon
)

// flagsOf returns the flags of w.
func flagsOf(w string) wordFlags {
	f := flagKnown
	if properWord(w) {
		f |= flagProper
	}
	if commonWord(w) {
		f |= flagCommon
	}
	return f
}

// A cache of 8192 words (200 KB), larger than the core's fastest caches,
// measured faster than one of 4096: a miss folds and walks a word, which
// costs more than the loads of a larger table.
const (
	startBits  = 13
	startSlots = 1 << startBits
	startLen   = 15
)

// packWord packs a word of at most startLen bytes into two words, its
// length in the last byte, so that two words are compared in two loads.
// The word is a slice of matchState.raw, which keeps 16 bytes of room past
// its end: the bytes past the word are loaded and masked off.
func packWord(w []byte) (w0, w1 uint64) {
	r := w[:16:16]
	w0 = binary.LittleEndian.Uint64(r[:8])
	w1 = binary.LittleEndian.Uint64(r[8:])
	if n := len(w); n < 8 {
		w0 &= 1<<(8*n) - 1
		w1 = 0
	} else {
		w1 &= 1<<(8*(n-8)) - 1
	}
	return w0, w1 | uint64(len(w))<<56
}

func startSlot(w0, w1 uint64) int {
	h := (w0*0x9E3779B97F4A7C15 ^ w1) * 0xC2B2AE3D27D4EB4F
	return int(h >> (64 - startBits))
}

// get returns the node cached for the word packed as w0, w1, and whether
// there was one. The zero entry packs no word: a word has a length.
func (c *startCache) get(w0, w1 uint64, slot int) (start walkStart, f wordFlags, ok bool) {
	e := &c[slot]
	if e.w0 != w0 || e.w1 != w1 {
		return walkStart{}, 0, false
	}
	return walkStart{e.node, e.skel, e.bits &^ (0xff << flagsShift)}, wordFlags(e.bits >> flagsShift), true
}

func (c *startCache) put(w0, w1 uint64, slot int, start walkStart, f wordFlags) {
	c[slot] = startEntry{w0, w1, start.bits | uint64(f)<<flagsShift, start.node, start.skel}
}

// walkStart is the node a walk reached at the end of its first word, or -1,
// with the node's bits, all that walk reads of it until it crosses to the
// next word: a walk from a word the cache knows loads no node where the
// next word's first letter ends it.
type walkStart struct {
	node int32
	skel int32 // of a capitalised word, where a walk of m.skel from it led, or -1
	bits uint64
}

// startAt returns the walkStart of node n of tr.
func (tr *trie) startAt(n int32) walkStart {
	if n < 0 {
		return walkStart{node: -1, skel: -1}
	}
	return walkStart{n, -1, tr.nodeBits(n) &^ (0xff << flagsShift)}
}

type candidate struct {
	last int32 // index of the last word
	term int32 // the node where a key ends
}

// window is how many words Match holds at once; a walk may look ahead
// 2*maxWords words (articles between a pattern's words count too).
const window = 1024

// Match appends to dst the mentions of m's patterns in text, in order of
// their start, and returns the extended slice.
func (m *Matcher) Match(text string, dst []Mention) []Mention {
	if len(text) > 1<<31-1 {
		text = text[:1<<31-1]
	}
	st := m.pool.Get().(*matchState)
	defer m.pool.Put(st)
	if cap(st.words) < window {
		st.words = make([]textWord, 0, window)
	}
	st.words, st.keys, st.raw = st.words[:0], st.keys[:0], st.raw[:0]
	w := &st.w
	w.Memo = &st.memo
	w.Reset(text)
	more := true
	i := 0
	for {
		// Fill the window, keeping the word before i for the article test.
		for more && len(st.words) < window {
			rstart := len(st.raw)
			if st.raw, more = w.NextAppend(st.raw); more {
				// Written in place: an append of the struct copies it twice.
				st.words = st.words[:len(st.words)+1]
				tw := &st.words[len(st.words)-1]
				start := w.Start()
				tw.start, tw.end = int32(start), int32(w.End())
				tw.rstart, tw.rend = int32(rstart), int32(len(st.raw))
				tw.kstart, tw.kend = -1, 0
				tw.joined, tw.article, tw.hyphen = w.Joined(), w.Article(), w.Hyphen()
				tw.upper = isUpperAt(text, start)
				tw.plain = w.Plain()
				if cap(st.raw)-len(st.raw) < 16 {
					st.raw = slices.Grow(st.raw, 16+len(st.raw)) // room for packWord
				}
			}
		}
		limit := len(st.words)
		if more {
			limit -= 2 * maxWords
		}
		for ; i < limit; i++ {
			dst, i = m.matchAt(text, st, i, dst)
		}
		if !more {
			return dst
		}
		// Slide: keep the words from i-1 on, and forget folded keys.
		keep := max(i-1, 0)
		n := copy(st.words, st.words[keep:])
		st.words = st.words[:n]
		i -= keep
		base := int32(0)
		if n > 0 {
			base = st.words[0].rstart
		}
		st.raw = st.raw[:copy(st.raw, st.raw[base:])]
		st.keys = st.keys[:0]
		for k := range st.words {
			tw := &st.words[k]
			tw.rstart -= base
			tw.rend -= base
			tw.kstart = -1
		}
	}
}

// isUpperAt is fold.IsUpperAt, with the test of an ASCII byte inlined.
func isUpperAt(s string, i int) bool {
	if i < len(s) && s[i] < 0x80 {
		return asciiUpperOrDigit[s[i]]
	}
	return fold.IsUpperAt(s, i)
}

// asciiUpperOrDigit tells the ASCII bytes fold.IsUpperAt reports.
var asciiUpperOrDigit = func() (t [0x80]bool) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = true
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	return t
}()

// byteClass numbers the bytes a key may hold, digits then a to z, in
// byte order; other bytes get 255.
var byteClass = func() (t [256]uint8) {
	for i := range t {
		t[i] = 255
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = uint8(c - '0')
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = uint8(10 + c - 'a')
	}
	return t
}()

// firstKeyByte maps the first byte of a lower-cased word to the first byte
// of its folding key, where that is certain; 0 where it is not (vowels may
// be an assimilated article, c may become k or s, p may become f).
var firstKeyByte = func() (t [256]byte) {
	for _, c := range []byte("bdfghjklmnrstvxzyw0123456789") {
		t[c] = c
	}
	t['q'] = 'k'
	return t
}()

// firstKey returns the first byte of the folding key of a lower-cased word
// (see fold.AppendWordKey), and false where the word's first letters do
// not tell it.
func firstKey(w []byte) (byte, bool) {
	if len(w) == 0 {
		return 0, false
	}
	if fb := firstKeyByte[w[0]]; fb != 0 {
		return fb, true
	}
	var next byte
	if len(w) > 1 {
		next = w[1]
	}
	switch w[0] {
	case 'a', 'e', 'i', 'o', 'u':
		// A vowel folds to "a", save in an assimilated article written
		// as one word with its noun ("Ezzor") and in "ibn", spelt "bin".
		if len(w) > 4 && (w[0] == 'a' || w[0] == 'e') && w[1] == w[2] && isSun(w[1]) {
			return w[1], true
		}
		if string(w) == "ibn" {
			return 'b', true
		}
		return 'a', true
	case 'c':
		if next == 'h' {
			return 's', true
		}
		return 'k', true
	case 'p':
		if next == 'h' {
			return 'f', true
		}
		return 'p', true
	}
	return 0, false
}

// isSun reports whether c is a sun letter, to which fold assimilates the
// article.
func isSun(c byte) bool {
	switch c {
	case 't', 'd', 'r', 'z', 's', 'n', 'l':
		return true
	}
	return false
}

// matchAt walks the tries from words[i] and appends the longest match whose
// conditions hold, if any. It returns the index of the last word it used.
func (m *Matcher) matchAt(text string, st *matchState, i int, dst []Mention) ([]Mention, int) {
	words := st.words
	if words[i].article {
		return dst, i
	}
	// Only a capitalised word may start a place name. A lower-case word
	// walks the small trie of the other kinds, and stops before it is
	// folded where its first letter tells. A word from which an earlier
	// walk died inside the word ("the", "said", "Syrian") is not walked
	// again.
	upper := words[i].upper
	raw := st.raw[words[i].rstart:words[i].rend]
	if len(raw) == 0 {
		return dst, i // a word of marks alone ("ʿ"): no key
	}
	tr, starts := &m.all, &st.upperStarts
	if !upper {
		tr, starts = &m.lower, &st.lowerStarts
		if len(tr.groups) == 0 {
			return dst, i
		}
		if fb := firstKeyByte[raw[0]]; fb != 0 && tr.root[fb] == 0 {
			return dst, i
		}
	}
	// A word longer than startLen is walked each time.
	cacheable := len(raw) <= startLen
	var w0, w1 uint64
	var slot int
	var ws walkStart
	var flags wordFlags // of a capitalised word, for placeContext
	cached := false
	if cacheable {
		w0, w1 = packWord(raw)
		slot = startSlot(w0, w1)
		ws, flags, cached = starts.get(w0, w1, slot)
	}
	if !cached {
		ws = tr.startAt(tr.walkWord(0, st.key(i), false))
		if upper && len(m.skel.groups) > 0 {
			ws.skel = m.skel.walkWord(0, st.key(i), true)
		}
		if cacheable {
			if upper && words[i].plain {
				flags = flagsOf(text[words[i].start:words[i].end])
			}
			starts.put(w0, w1, slot, ws, flags)
		}
	}
	n := ws.node
	if !words[i].plain {
		flags = 0 // its raw form is not its text lower-cased
	}
	if n < 0 && (!upper || len(m.skel.groups) == 0) {
		return dst, i
	}
	nc := 0
	if n >= 0 {
		nc = m.walk(tr, st, i, ws, false)
	}
	base := len(dst)
	last := i - 1
	for c := nc - 1; c >= 0; c-- {
		dst = m.emit(text, words, i, int(st.cands[c].last), tr, st.cands[c].term, flags, dst)
		if len(dst) > base {
			last = int(st.cands[c].last)
			break
		}
	}
	if !upper || len(m.skel.groups) == 0 {
		return dst, max(last, i)
	}
	// Where the exact keys found no place name, or one the text's
	// capitalised words may run on from, the consonant skeletons may find
	// a longer one; it replaces what the exact keys found.
	if last < i || (words[last].joined && last+1 < len(words) && (words[last+1].upper || words[last+1].article) && onlyPlaces(dst[base:])) {
		sc := 0
		if ws.skel >= 0 {
			sc = m.walk(&m.skel, st, i, m.skel.startAt(ws.skel), true)
		}
		w := text[words[i].start:words[i].end]
		if sc > 0 && (flags.common(w) || flags.proper(w)) {
			// "The Red" must not meet "Ath Tharadi" by its consonants.
			sc = 0
		}
		for c := sc - 1; c >= 0 && int(st.cands[c].last) > last; c-- {
			var saved [4]Mention
			n := copy(saved[:], dst[base:])
			j := int(st.cands[c].last)
			dst = m.emit(text, words, i, j, &m.skel, st.cands[c].term, flags, dst[:base])
			if len(dst) > base {
				for k := base; k < len(dst); k++ {
					dst[k].Loose = true
				}
				return dst, j
			}
			dst = append(dst, saved[:n]...)
		}
	}
	return dst, max(last, i)
}

// onlyPlaces reports whether every mention of ms is a place: a longer
// place name may replace them, but not an organisation's name.
func onlyPlaces(ms []Mention) bool {
	for _, m := range ms {
		if m.Kind != KindPlace {
			return false
		}
	}
	return true
}

// walkWord walks trie tr from node n along a word's key and returns the
// node reached, or -1. With skel, the key is walked without its vowels.
func (tr *trie) walkWord(n int32, k []byte, skel bool) int32 {
	for _, b := range k {
		if skel && b == 'a' {
			continue
		}
		if n = tr.child(n, b); n < 0 {
			return -1
		}
	}
	return n
}

// walk goes on along trie tr from the node of ws, reached at the end of
// words[i], as far as the text's words go, and records in st.cands each
// word at which a key ends; it returns how many. With skel, the words' keys
// are walked without their vowels, save a final one.
func (m *Matcher) walk(tr *trie, st *matchState, i int, ws walkStart, skel bool) (nc int) {
	words := st.words
	j := i
	n, nbits := ws.node, ws.bits
	for {
		end, ebits := n, nbits
		if skel {
			// A skeleton keeps the final vowel of its last word.
			if k := st.key(j); len(k) > 0 && k[len(k)-1] == 'a' {
				if end = tr.child(n, 'a'); end < 0 {
					end = 0
				} else {
					ebits = tr.nodeBits(end)
				}
			}
		}
		// A node's groups are counted in its bits: it has some where a
		// key ends there.
		if end > 0 && uint8(ebits>>groupsShift) != 0 {
			st.cands[nc] = candidate{int32(j), end}
			if nc++; nc == len(st.cands) {
				return nc
			}
		}
		if !words[j].joined {
			return nc
		}
		j++
		for j < len(words) && words[j].article {
			if !words[j].joined {
				return nc
			}
			j++
		}
		if j >= len(words) {
			return nc
		}
		// Most walks end at the next word's first letter: where that
		// tells the key's first byte, the word need not be folded. A
		// skeleton walk skips the vowel "a".
		if fb, ok := firstKey(st.raw[words[j].rstart:words[j].rend]); ok && !(skel && fb == 'a') && !tr.hasChild(n, nbits, fb) {
			return nc
		}
		if n = m.step(tr, st, j, n, skel); n < 0 {
			return nc
		}
		nbits = tr.nodeBits(n)
	}
}

// emit appends the mentions of the pattern groups of node n of tr over
// words[first:last+1] whose conditions hold there; flags are those of
// words[first].
func (m *Matcher) emit(text string, words []textWord, first, last int, tr *trie, n int32, flags wordFlags, dst []Mention) []Mention {
	groups := tr.groupsOf(n)
	start, end := int(words[first].start), int(words[last].end)
	exactText := text[start:end]
	// An article written before the name belongs to it: "al-Bab", "Al
	// Bab", "As Sukhnah"; but not "as" or "at" of an English sentence.
	if first > 0 && words[first-1].article {
		a := words[first-1]
		if a.hyphen || isAlEl(text[a.start:a.end]) || (a.upper && !sentenceInitial(text, int(a.start))) {
			start = int(a.start)
		}
	}
	for gi := range groups {
		g := &groups[gi]
		var refs []int32
		if g.nrefs > 0 && (g.kind != KindPlace || placeContext(text, words, first, last, flags, tr.groupPlains(*g))) {
			refs = tr.groupRefs(*g)
		}
		var spelt []speltRefs
		if g.exact >= 0 {
			spelt = tr.exact[g.exact].spelt
		}
		for k := range spelt {
			if sp := &spelt[k]; sp.text == exactText {
				if len(refs) == 0 {
					refs = sp.alone
				} else {
					refs = sp.with
				}
				break
			}
		}
		if len(refs) > 0 {
			dst = append(dst, Mention{Start: start, End: end, Kind: g.kind, Refs: refs})
		}
	}
	return dst
}

func isAlEl(s string) bool {
	return len(s) == 2 && (s[0]|0x20 == 'a' || s[0]|0x20 == 'e') && s[1]|0x20 == 'l'
}

// placeContext reports whether words[first:last+1] can be a place name where
// they stand: every word capitalised, save articles and generic words such
// as "crossing" or "air base", and none an acronym; a single word neither
// an acronym ("IS", "US", "UN") nor one of properWords ("Russia", "Omar");
// and a single word that is also a common English word spelt exactly as
// the place's name and not at the start of a sentence or a line.
func placeContext(text string, words []textWord, first, last int, flags wordFlags, plains []string) bool {
	if !words[first].upper {
		return false
	}
	for k := first; k <= last; k++ {
		w := text[words[k].start:words[k].end]
		if k > first && !words[k].upper && !words[k].article && !genericWord(w) {
			return false
		}
		if first != last && (acronym(w) || strings.EqualFold(w, "Syria")) {
			return false // "NE Syria", "SDF Raqqa"
		}
	}
	if first != last {
		return true
	}
	w := text[words[first].start:words[first].end]
	if acronym(w) || flags.proper(w) {
		return false
	}
	// Beside a given name, a name is a person's: "Hadi Abdullah",
	// "Mustafa Bali".
	if first > 0 && words[first-1].joined && words[first-1].upper &&
		givenName(text[words[first-1].start:words[first-1].end]) {
		return false
	}
	if last+1 < len(words) && words[last].joined && words[last+1].upper &&
		givenName(text[words[last+1].start:words[last+1].end]) {
		return false
	}
	if !flags.common(w) {
		return true
	}
	// A common word names a place only spelt as the place's name, and not
	// where any word is capitalised: "Dana", but not "Attack" for Toq.
	return slices.Contains(plains, plain(w)) && !sentenceInitial(text, int(words[first].start))
}

// proper and common report whether w, whose flags are f, is one of
// properWords and of commonWords.
func (f wordFlags) proper(w string) bool {
	if f&flagKnown == 0 {
		return properWord(w)
	}
	return f&flagProper != 0
}

func (f wordFlags) common(w string) bool {
	if f&flagKnown == 0 {
		return commonWord(w)
	}
	return f&flagCommon != 0
}

// acronym reports whether w is two to four capital letters.
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// sentenceInitial reports whether the word at offset i opens a sentence,
// a line, a quotation or a parenthesis.
func sentenceInitial(text string, i int) bool {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		switch r {
		case ' ', '\t', '\u00a0':
			i -= n
			continue
		case '.', '!', '?', ':', ';', '\n', '\r', '"', '\u201c', '\u201d', '\'', '\u2018', '(', '[', '-', '\u2013', '\u2014', '*', '\u2022':
			return true
		}
		return false
	}
	return true
}
