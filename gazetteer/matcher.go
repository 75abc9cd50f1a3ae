package gazetteer

import (
	"fmt"
	"math/bits"
	"slices"
	"sort"
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
}

// Matcher finds many patterns in one pass over a text: at each word it
// walks a trie of folded keys as far as the text's words go, and keeps the
// longest match whose conditions hold (leftmost-longest). A Matcher is safe
// for concurrent use.
type Matcher struct {
	root  [256]int32 // child of the root for each first byte; 0 for none
	nodes []trieNode
	edges []trieEdge
	terms []terminal
	pool  sync.Pool // *matchState
}

type trieNode struct {
	bits   uint64 // bit byteClass(b) set for each child along a digit or a-z
	lo, hi int32  // edges[lo:hi] are this node's children, sorted by byte
	term   int32  // index into terms, or -1
	kinds  uint8  // a bit for each Kind of pattern in the node's subtree
}

type trieEdge struct {
	b     byte
	child int32
}

// terminal holds the patterns of one key, grouped by kind.
type terminal struct {
	groups []termGroup
}

type termGroup struct {
	kind   Kind
	refs   []int32      // patterns that match whatever the case
	exact  []exactEntry // case-sensitive patterns
	plains []string     // the patterns' texts, lower-cased, letters and digits only
}

type exactEntry struct {
	text string
	ref  int32
}

// maxWords bounds how many words one pattern may span.
const maxWords = 16

// NewMatcher builds a matcher for patterns. A pattern whose text has no
// letters or digits is an error.
func NewMatcher(patterns []Pattern) (*Matcher, error) {
	byKey := make(map[string]int32, len(patterns))
	keys := make([]string, 0, len(patterns))
	terms := make([]terminal, 0, len(patterns))
	for i, p := range patterns {
		if p.Kind == 0 {
			return nil, fmt.Errorf("gazetteer: pattern %d (%q) has no kind", i, p.Text)
		}
		k := p.key
		if k == "" {
			k = fold.Key(p.Text)
		}
		if k == "" {
			return nil, fmt.Errorf("gazetteer: pattern %d (%q) has no letters or digits", i, p.Text)
		}
		if n := strings.Count(p.Text, " ") + 1; n > maxWords && len(strings.Fields(p.Text)) > maxWords {
			return nil, fmt.Errorf("gazetteer: pattern %d (%q) has more than %d words", i, p.Text, maxWords)
		}
		ti, ok := byKey[k]
		if !ok {
			ti = int32(len(terms))
			terms = append(terms, terminal{})
			byKey[k] = ti
			keys = append(keys, k)
		}
		t := &terms[ti]
		var g *termGroup
		for j := range t.groups {
			if t.groups[j].kind == p.Kind {
				g = &t.groups[j]
			}
		}
		if g == nil {
			t.groups = append(t.groups, termGroup{kind: p.Kind})
			g = &t.groups[len(t.groups)-1]
		}
		if p.CaseSensitive {
			g.exact = append(g.exact, exactEntry{p.Text, p.Ref})
		} else {
			if !slices.Contains(g.refs, p.Ref) {
				g.refs = append(g.refs, p.Ref)
			}
			if pl := plain(p.Text); p.Kind == KindPlace && !strings.Contains(p.Text, " ") && !slices.Contains(g.plains, pl) {
				g.plains = append(g.plains, pl)
			}
		}
	}
	sort.Strings(keys)
	m := &Matcher{}
	m.nodes = make([]trieNode, 1, 4*len(keys))
	m.nodes[0] = trieNode{term: -1}
	m.edges = make([]trieEdge, 0, 4*len(keys))
	m.terms = make([]terminal, 0, len(keys))
	var build func(n int32, ks []string, depth int) uint8
	build = func(n int32, ks []string, depth int) uint8 {
		var kinds uint8
		if len(ks) > 0 && len(ks[0]) == depth {
			t := &terms[byKey[ks[0]]]
			slices.SortFunc(t.groups, func(a, b termGroup) int { return int(a.kind) - int(b.kind) })
			for _, g := range t.groups {
				kinds |= 1 << g.kind
			}
			m.nodes[n].term = int32(len(m.terms))
			m.terms = append(m.terms, *t)
			ks = ks[1:]
		}
		// First the children, so that a node's edges lie together; then
		// each child's subtree.
		lo := int32(len(m.edges))
		for i := 0; i < len(ks); {
			b := ks[i][depth]
			j := i + 1
			for j < len(ks) && ks[j][depth] == b {
				j++
			}
			m.edges = append(m.edges, trieEdge{b, int32(len(m.nodes))})
			m.nodes = append(m.nodes, trieNode{term: -1})
			if c := byteClass[b]; c < 64 {
				m.nodes[n].bits |= 1 << c
			}
			i = j
		}
		hi := int32(len(m.edges))
		m.nodes[n].lo, m.nodes[n].hi = lo, hi
		i := 0
		for e := lo; e < hi; e++ {
			b := ks[i][depth]
			j := i + 1
			for j < len(ks) && ks[j][depth] == b {
				j++
			}
			kinds |= build(m.edges[e].child, ks[i:j], depth+1)
			i = j
		}
		m.nodes[n].kinds = kinds
		return kinds
	}
	build(0, keys, 0)
	for _, e := range m.edges[m.nodes[0].lo:m.nodes[0].hi] {
		m.root[e.b] = e.child
	}
	m.pool.New = func() any { return new(matchState) }
	return m, nil
}

// child returns the child of node n along byte b, or -1.
func (m *Matcher) child(n int32, b byte) int32 {
	if n == 0 {
		if c := m.root[b]; c != 0 {
			return c
		}
		return -1
	}
	nd := &m.nodes[n]
	if c := byteClass[b]; c < 64 {
		// Children along digits and letters come first, in class order:
		// the child's index is the count of lower classes present.
		if nd.bits&(1<<c) == 0 {
			return -1
		}
		return m.edges[nd.lo+int32(bits.OnesCount64(nd.bits&(1<<c-1)))].child
	}
	for _, e := range m.edges[nd.lo:nd.hi] {
		if e.b == b {
			return e.child
		}
		if e.b > b {
			break
		}
	}
	return -1
}

// matchState is the scratch space of one Match call.
type matchState struct {
	w     fold.Words
	words []textWord
	raw   []byte // the words lower-cased, for folding on demand
	keys  []byte // the folded keys of the words walked so far
	cands [maxWords]candidate
	dead  deadCache // valid for this Matcher only: the state is pooled per Matcher
}

type textWord struct {
	start, end   int32
	rstart, rend int32 // the word in matchState.raw
	kstart, kend int32
	joined       bool // a name may run on to the next word
	article      bool // an article joined to the next word; keys skip it
	hyphen       bool
	upper        bool
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

// deadCache remembers lower-case words from which no walk gets past the
// word itself ("the", "said", "killed"), so that the many repeats of a
// report's common words are not folded again. It is direct-mapped by a
// hash of the word.
type deadCache struct {
	words [deadSlots][deadLen]byte
	lens  [deadSlots]uint8
}

const (
	deadSlots = 4096
	deadLen   = 12
)

func deadSlot(w []byte) int {
	h := uint32(2166136261)
	for _, c := range w {
		h = (h ^ uint32(c)) * 16777619
	}
	return int(h % deadSlots)
}

func (d *deadCache) has(w []byte) bool {
	if len(w) > deadLen || len(w) == 0 {
		return false
	}
	i := deadSlot(w)
	return int(d.lens[i]) == len(w) && string(d.words[i][:len(w)]) == string(w)
}

func (d *deadCache) add(w []byte) {
	if len(w) > deadLen || len(w) == 0 {
		return
	}
	i := deadSlot(w)
	copy(d.words[i][:], w)
	d.lens[i] = uint8(len(w))
}

type candidate struct {
	last int32 // index of the last word
	term int32
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
	w.Reset(text)
	more := true
	i := 0
	for {
		// Fill the window, keeping the word before i for the article test.
		for more && len(st.words) < window {
			if more = w.Next(); more {
				raw := w.Raw()
				st.words = append(st.words, textWord{start: int32(w.Start()), end: int32(w.End()),
					rstart: int32(len(st.raw)), rend: int32(len(st.raw) + len(raw)), kstart: -1,
					joined: w.Joined(), article: w.Article(), hyphen: w.Hyphen(),
					upper: fold.IsUpperAt(text, w.Start())})
				st.raw = append(st.raw, raw...)
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

// otherKinds has a bit for each kind but KindPlace.
const otherKinds = ^uint8(1 << KindPlace)

// matchAt walks the trie from words[i] and appends the longest match whose
// conditions hold, if any. It returns the index of the last word it used.
func (m *Matcher) matchAt(text string, st *matchState, i int, dst []Mention) ([]Mention, int) {
	words := st.words
	if words[i].article {
		return dst, i
	}
	// Only a capitalised word may start a place name; where no other kind
	// of pattern starts with a word's key, the walk stops, before folding
	// the word if its first letter tells.
	upper := words[i].upper
	if !upper {
		if m.nodes[0].kinds&otherKinds == 0 {
			return dst, i
		}
		if fb := firstKeyByte[st.raw[words[i].rstart]]; fb != 0 {
			if c := m.root[fb]; c == 0 || m.nodes[c].kinds&otherKinds == 0 {
				return dst, i
			}
		}
		if st.dead.has(st.raw[words[i].rstart:words[i].rend]) {
			return dst, i
		}
	}
	n := int32(0)
	nc := 0
	j := i
walk:
	for {
		for _, b := range st.key(j) {
			if n = m.child(n, b); n < 0 || (!upper && m.nodes[n].kinds&otherKinds == 0) {
				if j == i && !upper {
					st.dead.add(st.raw[words[i].rstart:words[i].rend])
				}
				break walk
			}
		}
		if t := m.nodes[n].term; t >= 0 {
			st.cands[nc] = candidate{int32(j), t}
			if nc++; nc == len(st.cands) {
				break
			}
		}
		if !words[j].joined {
			break
		}
		j++
		for j < len(words) && words[j].article {
			if !words[j].joined {
				break walk
			}
			j++
		}
		if j >= len(words) {
			break
		}
	}
	for c := nc - 1; c >= 0; c-- {
		before := len(dst)
		dst = m.emit(text, words, i, int(st.cands[c].last), &m.terms[st.cands[c].term], dst)
		if len(dst) > before {
			return dst, int(st.cands[c].last)
		}
	}
	return dst, i
}

// emit appends the mentions of terminal t over words[first:last+1] whose
// conditions hold there.
func (m *Matcher) emit(text string, words []textWord, first, last int, t *terminal, dst []Mention) []Mention {
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
	for gi := range t.groups {
		g := &t.groups[gi]
		refs := g.refs
		if g.kind == KindPlace && len(refs) > 0 && !placeContext(text, words, first, last, g.plains) {
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

func isAlEl(s string) bool {
	return len(s) == 2 && (s[0]|0x20 == 'a' || s[0]|0x20 == 'e') && s[1]|0x20 == 'l'
}

// placeContext reports whether words[first:last+1] can be a place name where
// they stand: every word capitalised, save articles and generic words such
// as "crossing" or "air base", and none an acronym; a single word neither
// an acronym ("IS", "US", "UN") nor one of properWords ("Russia", "Omar");
// and a single word that is also a common English word spelt exactly as
// the place's name and not at the start of a sentence or a line.
func placeContext(text string, words []textWord, first, last int, plains []string) bool {
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
	if acronym(w) || properWord(w) {
		return false
	}
	if !commonWord(w) {
		return true
	}
	// A common word names a place only spelt as the place's name, and not
	// where any word is capitalised: "Dana", but not "Attack" for Toq.
	return slices.Contains(plains, plain(w)) && !sentenceInitial(text, int(words[first].start))
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
