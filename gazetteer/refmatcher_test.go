package gazetteer

// This file keeps the matcher as it was before the prebuilt automaton and
// the word table, as the reference the new one must agree with mention for
// mention (see TestMatchesReference and FuzzMatchReference).

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/sitrep/sitrep/gazetteer/internal/fold"
)

// refMatcher finds many patterns in one pass over a text: at each word it
// walks a refTrie of folded keys as far as the text's words go, and keeps the
// longest match whose conditions hold (leftmost-longest). A refMatcher is safe
// for concurrent use.
//
// It holds two tries over the same patterns. Only a capitalised word may
// start a place name, so a lower-case word, most words of a report, walks
// the small refTrie of the other kinds' patterns, which stays in the cache;
// a capitalised word walks the refTrie of all patterns. A third refTrie holds the
// consonant skeletons of place names, tried only where the others find no
// place (see skeleton).
type refMatcher struct {
	all   refTrie   // every pattern
	lower refTrie   // the patterns of kinds other than KindPlace
	skel  refTrie   // place names by consonant skeleton
	pool  sync.Pool // *refMatchState
}

// refTrie is a byte refTrie of folded keys.
type refTrie struct {
	root   [256]int32 // child of the root for each first byte; 0 for none
	nodes  []refTrieNode
	edges  []refTrieEdge
	groups []refTermGroup // a node's patterns, by kind, lie together here
}

// refTrieNode is one node of a refTrie, 16 bytes so that four share a cache
// line. Its children are nodes lo+1 … lo+k, in byte order: those along a
// digit or a-z first, one for each bit of the low 36 bits of bits, then
// the others (bytes of non-Latin letters), whose count is in bits 40-47.
// Bits 48-55 count the node's pattern groups, which start at term.
type refTrieNode struct {
	bits uint64
	lo   int32 // index of the node's first edge; its first child is lo+1
	term int32 // index of the node's first group in groups, or -1
}

const (
	refClassMask   = 1<<36 - 1
	refOtherShift  = 40
	refGroupsShift = 48
)

type refTrieEdge struct {
	b     byte
	child int32
}

// refTerminal holds the patterns of one key, grouped by kind.
type refTerminal struct {
	groups []refTermGroup
}

type refTermGroup struct {
	kind   Kind
	refs   []int32         // patterns that match whatever the case
	exact  []refExactEntry // case-sensitive patterns
	plains []string        // the patterns' texts, lower-cased, letters and digits only
}

type refExactEntry struct {
	text string
	ref  int32
}

// refMaxWords bounds how many words one pattern may span.
const refMaxWords = 16

// newRefMatcher builds a matcher for patterns. A pattern whose text has no
// letters or digits is an error.
//
// Start-up is most of the cost of one short report, so the skeleton index
// and the three tries are built on two goroutines.
func newRefMatcher(patterns []Pattern) (*refMatcher, error) {
	// skel maps a place name's skeleton to its patterns.
	skel := map[string]*refTerminal{}
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
				continue // an error newRefMatcher reports
			}
			if sk, ok := skeletonOf(p.Text, k); ok {
				t := skel[sk]
				if t == nil {
					t = &refTerminal{}
					skel[sk] = t
				}
				refAddPattern(t, p)
			}
		}
		for _, t := range skel {
			refSortGroups(t)
		}
	}()
	byKey := make(map[string]int32, len(patterns))
	keys := make([]string, 0, len(patterns))
	terms := make([]refTerminal, 0, len(patterns))
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
		if n := strings.Count(p.Text, " ") + 1; n > refMaxWords && len(strings.Fields(p.Text)) > refMaxWords {
			<-skelDone
			return nil, fmt.Errorf("gazetteer: pattern %d (%q) has more than %d words", i, p.Text, refMaxWords)
		}
		ti, ok := byKey[k]
		if !ok {
			ti = int32(len(terms))
			terms = append(terms, refTerminal{})
			byKey[k] = ti
			keys = append(keys, k)
		}
		refAddPattern(&terms[ti], p)
	}
	for i := range terms {
		refSortGroups(&terms[i])
	}
	slices.Sort(keys)
	m := &refMatcher{}
	allDone := make(chan struct{})
	go func() {
		defer close(allDone)
		m.all.build(keys, func(k string) (refTerminal, bool) { return terms[byKey[k]], true })
	}()
	m.lower.build(keys, func(k string) (refTerminal, bool) {
		t := terms[byKey[k]]
		var gs []refTermGroup
		for _, g := range t.groups {
			if g.kind != KindPlace {
				gs = append(gs, g)
			}
		}
		return refTerminal{groups: gs}, len(gs) > 0
	})
	<-skelDone
	skelKeys := make([]string, 0, len(skel))
	for sk := range skel {
		// A skeleton that is a name's full key is found by the main refTrie.
		if _, exact := byKey[sk]; !exact {
			skelKeys = append(skelKeys, sk)
		}
	}
	slices.Sort(skelKeys)
	m.skel.build(skelKeys, func(k string) (refTerminal, bool) { return *skel[k], true })
	<-allDone
	m.pool.New = func() any { return new(refMatchState) }
	return m, nil
}

// refSortGroups puts t's groups in the order of their kinds, the order in
// which mentions sharing a span are reported.
func refSortGroups(t *refTerminal) {
	slices.SortFunc(t.groups, func(a, b refTermGroup) int { return int(a.kind) - int(b.kind) })
}

// refAddPattern adds p to refTerminal t.
func refAddPattern(t *refTerminal, p Pattern) {
	var g *refTermGroup
	for j := range t.groups {
		if t.groups[j].kind == p.Kind {
			g = &t.groups[j]
		}
	}
	if g == nil {
		t.groups = append(t.groups, refTermGroup{kind: p.Kind})
		g = &t.groups[len(t.groups)-1]
	}
	if p.CaseSensitive {
		g.exact = append(g.exact, refExactEntry{p.Text, p.Ref})
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

// build fills the refTrie with those of keys for which term reports a
// refTerminal.
func (tr *refTrie) build(all []string, term func(k string) (refTerminal, bool)) {
	type kt struct {
		k string
		t refTerminal
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
	nodes, groups := 1, 0
	prev := ""
	for _, e := range ks {
		n := 0
		for n < len(prev) && n < len(e.k) && prev[n] == e.k[n] {
			n++
		}
		nodes += len(e.k) - n
		groups += len(e.t.groups)
		prev = e.k
	}
	tr.nodes = make([]refTrieNode, 1, nodes)
	tr.nodes[0] = refTrieNode{term: -1}
	tr.edges = make([]refTrieEdge, 0, nodes-1)
	tr.groups = make([]refTermGroup, 0, groups)
	var build func(n int32, ks []kt, depth int)
	build = func(n int32, ks []kt, depth int) {
		if len(ks) > 0 && len(ks[0].k) == depth {
			t := ks[0].t // its groups sorted by kind
			tr.nodes[n].term = int32(len(tr.groups))
			tr.nodes[n].bits |= uint64(len(t.groups)) << refGroupsShift
			tr.groups = append(tr.groups, t.groups...)
			ks = ks[1:]
		}
		// First the children, so that a node's edges lie together; then
		// each child's subtree.
		lo := int32(len(tr.edges))
		for i := 0; i < len(ks); {
			b := ks[i].k[depth]
			j := i + 1
			for j < len(ks) && ks[j].k[depth] == b {
				j++
			}
			tr.edges = append(tr.edges, refTrieEdge{b, int32(len(tr.nodes))})
			tr.nodes = append(tr.nodes, refTrieNode{term: -1})
			if c := refByteClass[b]; c < 64 {
				tr.nodes[n].bits |= 1 << c
			} else {
				tr.nodes[n].bits += 1 << refOtherShift
			}
			i = j
		}
		hi := int32(len(tr.edges))
		tr.nodes[n].lo = lo
		i := 0
		for e := lo; e < hi; e++ {
			b := ks[i].k[depth]
			j := i + 1
			for j < len(ks) && ks[j].k[depth] == b {
				j++
			}
			build(tr.edges[e].child, ks[i:j], depth+1)
			i = j
		}
	}
	build(0, ks, 0)
	for _, e := range tr.edges[tr.nodes[0].lo : tr.nodes[0].lo+int32(tr.degree(0))] {
		tr.root[e.b] = e.child
	}
}

// groupsOf returns the pattern groups of node n.
func (tr *refTrie) groupsOf(n int32) []refTermGroup {
	nd := &tr.nodes[n]
	return tr.groups[nd.term : nd.term+int32(uint8(nd.bits>>refGroupsShift))]
}

// degree returns how many children node n has.
func (tr *refTrie) degree(n int32) int {
	b := tr.nodes[n].bits
	return bits.OnesCount64(b&refClassMask) + int(uint8(b>>refOtherShift))
}

// child returns the child of node n along byte b, or -1.
func (tr *refTrie) child(n int32, b byte) int32 {
	if n == 0 {
		if c := tr.root[b]; c != 0 {
			return c
		}
		return -1
	}
	nd := &tr.nodes[n]
	if c := refByteClass[b]; c < 64 {
		// The child's rank is the count of lower classes present; nodes
		// and edges are laid down in step, so its index is lo+rank+1.
		if nd.bits&(1<<c) == 0 {
			return -1
		}
		return nd.lo + int32(bits.OnesCount64(nd.bits&(1<<c-1))) + 1
	}
	k := int32(bits.OnesCount64(nd.bits & refClassMask))
	for e := nd.lo + k; e < nd.lo+k+int32(uint8(nd.bits>>refOtherShift)); e++ {
		if eb := tr.edges[e].b; eb == b {
			return tr.edges[e].child
		} else if eb > b {
			break
		}
	}
	return -1
}

// refMatchState is the scratch space of one Match call.
type refMatchState struct {
	w     fold.Words
	words []refTextWord
	raw   []byte // the words lower-cased, for folding on demand
	keys  []byte // the folded keys of the words walked so far
	cands [refMaxWords]refCandidate
	// lowerStarts, upperStarts and skelStarts cache the walks of m.lower
	// and m.all from lower-case and capitalised words, and of m.skel.
	lowerStarts, upperStarts, skelStarts refStartCache
}

type refTextWord struct {
	start, end   int32
	rstart, rend int32 // the word in refMatchState.raw
	kstart, kend int32
	joined       bool // a name may run on to the next word
	article      bool // an article joined to the next word; keys skip it
	hyphen       bool
	upper        bool
}

// key returns the folding key of words[j], folding it on first use.
func (st *refMatchState) key(j int) []byte {
	tw := &st.words[j]
	if tw.kstart < 0 {
		tw.kstart = int32(len(st.keys))
		st.keys = fold.AppendWordKey(st.keys, st.raw[tw.rstart:tw.rend])
		tw.kend = int32(len(st.keys))
	}
	return st.keys[tw.kstart:tw.kend]
}

// refStartCache remembers, for words a walk has started from, the refTrie node
// the walk reached at the word's end, or -1 where it died inside the word.
// A report repeats its words ("the", "said", "forces", "Syrian") again and
// again; a word met before is neither folded nor walked again. It is
// direct-mapped by a hash of the lower-cased word, and valid for one refTrie
// only: the state is pooled per refMatcher, and holds one cache per refTrie.
type refStartCache struct {
	words [refStartSlots][refStartLen]byte
	lens  [refStartSlots]uint8
	nodes [refStartSlots]int32
}

const (
	refStartSlots = 4096
	refStartLen   = 14
)

func refStartSlot(w []byte) int {
	h := uint32(2166136261)
	for _, c := range w {
		h = (h ^ uint32(c)) * 16777619
	}
	return int(h % refStartSlots)
}

// get returns the node cached for word w, and whether there was one.
func (c *refStartCache) get(w []byte, slot int) (int32, bool) {
	if len(w) > refStartLen {
		return 0, false
	}
	if int(c.lens[slot]) != len(w) || string(c.words[slot][:len(w)]) != string(w) {
		return 0, false
	}
	return c.nodes[slot], true
}

func (c *refStartCache) put(w []byte, slot int, node int32) {
	if len(w) > refStartLen {
		return
	}
	copy(c.words[slot][:], w)
	c.lens[slot] = uint8(len(w))
	c.nodes[slot] = node
}

type refCandidate struct {
	last int32 // index of the last word
	term int32 // the node where a key ends
}

// refWindow is how many words Match holds at once; a walk may look ahead
// 2*refMaxWords words (articles between a pattern's words count too).
const refWindow = 1024

// Match appends to dst the mentions of m's patterns in text, in order of
// their start, and returns the extended slice.
func (m *refMatcher) Match(text string, dst []Mention) []Mention {
	if len(text) > 1<<31-1 {
		text = text[:1<<31-1]
	}
	st := m.pool.Get().(*refMatchState)
	defer m.pool.Put(st)
	if cap(st.words) < refWindow {
		st.words = make([]refTextWord, 0, refWindow)
	}
	st.words, st.keys, st.raw = st.words[:0], st.keys[:0], st.raw[:0]
	w := &st.w
	w.Reset(text)
	more := true
	i := 0
	for {
		// Fill the refWindow, keeping the word before i for the article test.
		for more && len(st.words) < refWindow {
			if more = w.Next(); more {
				raw := w.Raw()
				st.words = append(st.words, refTextWord{start: int32(w.Start()), end: int32(w.End()),
					rstart: int32(len(st.raw)), rend: int32(len(st.raw) + len(raw)), kstart: -1,
					joined: w.Joined(), article: w.Article(), hyphen: w.Hyphen(),
					upper: fold.IsUpperAt(text, w.Start())})
				st.raw = append(st.raw, raw...)
			}
		}
		limit := len(st.words)
		if more {
			limit -= 2 * refMaxWords
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

// refByteClass numbers the bytes a key may hold, digits then a to z, in
// byte order; other bytes get 255.
var refByteClass = func() (t [256]uint8) {
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

// refFirstKeyByte maps the first byte of a lower-cased word to the first byte
// of its folding key, where that is certain; 0 where it is not (vowels may
// be an assimilated article, c may become k or s, p may become f).
var refFirstKeyByte = func() (t [256]byte) {
	for _, c := range []byte("bdfghjklmnrstvxzyw0123456789") {
		t[c] = c
	}
	t['q'] = 'k'
	return t
}()

// matchAt walks the tries from words[i] and appends the longest match whose
// conditions hold, if any. It returns the index of the last word it used.
func (m *refMatcher) matchAt(text string, st *refMatchState, i int, dst []Mention) ([]Mention, int) {
	words := st.words
	if words[i].article {
		return dst, i
	}
	// Only a capitalised word may start a place name. A lower-case word
	// walks the small refTrie of the other kinds, and stops before it is
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
		if fb := refFirstKeyByte[raw[0]]; fb != 0 && tr.root[fb] == 0 {
			return dst, i
		}
	}
	slot := refStartSlot(raw)
	n, cached := starts.get(raw, slot)
	if !cached {
		n = tr.walkWord(0, st.key(i), false)
		starts.put(raw, slot, n)
	}
	if n < 0 && (!upper || len(m.skel.groups) == 0) {
		return dst, i
	}
	nc := 0
	if n >= 0 {
		nc = m.walk(tr, st, i, n, false)
	}
	base := len(dst)
	last := i - 1
	for c := nc - 1; c >= 0; c-- {
		dst = m.emit(text, words, i, int(st.cands[c].last), tr.groupsOf(st.cands[c].term), dst)
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
	if last < i || (words[last].joined && last+1 < len(words) && (words[last+1].upper || words[last+1].article) && refOnlyPlaces(dst[base:])) {
		sn, cached := st.skelStarts.get(raw, slot)
		if !cached {
			sn = m.skel.walkWord(0, st.key(i), true)
			st.skelStarts.put(raw, slot, sn)
		}
		sc := 0
		if sn >= 0 {
			sc = m.walk(&m.skel, st, i, sn, true)
		}
		w := text[words[i].start:words[i].end]
		if sc > 0 && (commonWord(w) || properWord(w)) {
			// "The Red" must not meet "Ath Tharadi" by its consonants.
			sc = 0
		}
		for c := sc - 1; c >= 0 && int(st.cands[c].last) > last; c-- {
			var saved [4]Mention
			n := copy(saved[:], dst[base:])
			j := int(st.cands[c].last)
			dst = m.emit(text, words, i, j, m.skel.groupsOf(st.cands[c].term), dst[:base])
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

// refOnlyPlaces reports whether every mention of ms is a place: a longer
// place name may replace them, but not an organisation's name.
func refOnlyPlaces(ms []Mention) bool {
	for _, m := range ms {
		if m.Kind != KindPlace {
			return false
		}
	}
	return true
}

// walkWord walks refTrie tr from node n along a word's key and returns the
// node reached, or -1. With skel, the key is walked without its vowels.
func (tr *refTrie) walkWord(n int32, k []byte, skel bool) int32 {
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

// walk goes on along refTrie tr from node n, reached at the end of words[i],
// as far as the text's words go, and records in st.cands each word at
// which a key ends; it returns how many. With skel, the words' keys are
// walked without their vowels, save a final one.
func (m *refMatcher) walk(tr *refTrie, st *refMatchState, i int, n int32, skel bool) (nc int) {
	words := st.words
	j := i
	for {
		end := n
		if skel {
			// A skeleton keeps the final vowel of its last word.
			if k := st.key(j); len(k) > 0 && k[len(k)-1] == 'a' {
				if end = tr.child(n, 'a'); end < 0 {
					end = 0
				}
			}
		}
		if end > 0 && tr.nodes[end].term >= 0 {
			st.cands[nc] = refCandidate{int32(j), end}
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
		if n = tr.walkWord(n, st.key(j), skel); n < 0 {
			return nc
		}
	}
}

// emit appends the mentions of the pattern groups over words[first:last+1] whose
// conditions hold there.
func (m *refMatcher) emit(text string, words []refTextWord, first, last int, groups []refTermGroup, dst []Mention) []Mention {
	start, end := int(words[first].start), int(words[last].end)
	exactText := text[start:end]
	// An article written before the name belongs to it: "al-Bab", "Al
	// Bab", "As Sukhnah"; but not "as" or "at" of an English sentence.
	if first > 0 && words[first-1].article {
		a := words[first-1]
		if a.hyphen || refIsAlEl(text[a.start:a.end]) || (a.upper && !refSentenceInitial(text, int(a.start))) {
			start = int(a.start)
		}
	}
	for gi := range groups {
		g := &groups[gi]
		refs := g.refs
		if g.kind == KindPlace && len(refs) > 0 && !refPlaceContext(text, words, first, last, g.plains) {
			refs = nil
		}
		for _, e := range g.exact {
			if e.text == exactText && !slices.Contains(refs, e.ref) {
				refs = append(refs[:len(refs):len(refs)], e.ref)
			}
		}
		if len(refs) > 0 {
			dst = append(dst, Mention{Start: start, End: end, Kind: g.kind, Refs: refs})
		}
	}
	return dst
}

func refIsAlEl(s string) bool {
	return len(s) == 2 && (s[0]|0x20 == 'a' || s[0]|0x20 == 'e') && s[1]|0x20 == 'l'
}

// refPlaceContext reports whether words[first:last+1] can be a place name where
// they stand: every word capitalised, save articles and generic words such
// as "crossing" or "air base", and none an refAcronym; a single word neither
// an refAcronym ("IS", "US", "UN") nor one of properWords ("Russia", "Omar");
// and a single word that is also a common English word spelt exactly as
// the place's name and not at the start of a sentence or a line.
func refPlaceContext(text string, words []refTextWord, first, last int, plains []string) bool {
	if !words[first].upper {
		return false
	}
	for k := first; k <= last; k++ {
		w := text[words[k].start:words[k].end]
		if k > first && !words[k].upper && !words[k].article && !genericWord(w) {
			return false
		}
		if first != last && (refAcronym(w) || strings.EqualFold(w, "Syria")) {
			return false // "NE Syria", "SDF Raqqa"
		}
	}
	if first != last {
		return true
	}
	w := text[words[first].start:words[first].end]
	if refAcronym(w) || properWord(w) {
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
	if !commonWord(w) {
		return true
	}
	// A common word names a place only spelt as the place's name, and not
	// where any word is capitalised: "Dana", but not "Attack" for Toq.
	return slices.Contains(plains, plain(w)) && !refSentenceInitial(text, int(words[first].start))
}

// refAcronym reports whether w is two to four capital letters.
func refAcronym(w string) bool {
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

// refSentenceInitial reports whether the word at offset i opens a sentence,
// a line, a quotation or a parenthesis.
func refSentenceInitial(text string, i int) bool {
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
