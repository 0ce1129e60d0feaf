package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newskg/newskg/graph"
)

// Confidence levels, from the strength of the evidence pattern: an
// explicit verb between two names is surest; a claim read from reported
// speech less so; one that rests on a pronoun or a role least.
const (
	confVerb     = 0.9
	confPassive  = 0.85
	confNominal  = 0.8
	confRole     = 0.8
	confReported = 0.7
	confPronoun  = 0.6
)

// item is one element of a sentence as the relation rules see it: an
// entity mention, or a word or mark between mentions.
type item struct {
	m   *mention
	tok token
	low string // lower-case word, "" for mentions
	// rules caches what the lexicon says of low, once phraseAt has
	// looked (looked set), since the rules ask for each word several
	// times.
	rules *wordRules
	// quoted is set inside quotation marks; reported is set in a clause
	// that reports what someone said or alleged. Neither states a fact.
	// (The flags come last, together: an item is 80 bytes, not 88, and
	// every sentence is laid out as items twice.)
	quoted, reported, looked bool
}

// is reports whether the item is one of the words. The rules ask it of
// every item, mostly of words of other lengths or other first letters,
// which it turns away before comparing the words whole. Yet it builds
// its list at every call: the rules that ask of every item compare low
// itself, or switch on it, which is the same since low is "" for
// mentions.
func (it *item) is(words ...string) bool {
	if it.m != nil || it.low == "" {
		return slices.Contains(words, "") && it.m == nil
	}
	for _, w := range words {
		if len(w) == len(it.low) && w[0] == it.low[0] && w == it.low {
			return true
		}
	}
	return false
}

// receives reports whether the item is a verb of receiving, as
// is("received", "receives", "receiving", "got", "obtained", "acquired",
// "bought") would: the supply rule asks it of every word, and a switch
// builds no list and compares no word whole that differs in length.
func (it *item) receives() bool {
	switch it.low {
	case "received", "receives", "receiving", "got", "obtained", "acquired", "bought":
		return true
	}
	return false
}

// rules holds the word sets the relation rules use, built once from the
// lexicon.
type rules struct {
	// phrases maps a section and a phrase's first word to the phrases,
	// as word lists, longest first.
	phrases map[string]map[string][][]string
	sets    map[string]map[string]bool

	// words indexes the same lists by word for phraseAt and in, which
	// the rules call for every word and several sections: one map
	// lookup by word, which a bit table spares most words that no list
	// holds, and then a short list of sections to compare names with.
	words  map[string]*wordRules
	filter [1 << 16 / 64]uint64
	// secIndex numbers the sections for secMasks.
	secIndex map[string]int
	// The sets of sections that rules test every sentence for, made
	// once rather than for each sentence.
	roleSet, speechCues, claimVerbs, launchCues, harmCall, eventNoun, publications, demands, stateOffice secMask
	criticismReceived, accusationReceived, culpritNoun                                                   secMask
	// stance holds the sections whose phrases a stance rule can start
	// at; stanceWord adds the words of the rules that start at no phrase.
	stance secMask
	// masks holds the secMask of each section for maskOf, from its
	// secSlot on, in the first slot free.
	masks [secSlots]struct {
		sec string
		m   secMask
	}
}

// secSlots is the size of rules.masks: a few times the lexicon's
// sections, so that few share a slot.
const secSlots = 512

// secSlot returns the slot of section sec in rules.masks.
func secSlot(sec string) uint {
	if sec == "" {
		return 0
	}
	return (uint(len(sec))*131 + uint(sec[0])*31 + uint(sec[len(sec)/2])*7 + uint(sec[len(sec)-1])) % secSlots
}

// maskOf is mask(sec), read from r.masks: the rules that ask whether a
// sentence may start a phrase of one section do so for every sentence,
// and the slot's name is compared where the map hashed it.
func (r *rules) maskOf(sec string) secMask {
	for i := secSlot(sec); r.masks[i].sec != ""; i = (i + 1) % secSlots {
		if r.masks[i].sec == sec {
			return r.masks[i].m
		}
	}
	return r.mask(sec)
}

// wordRules is what the lexicon says about one word: the sections that
// list it, and the phrases of each section that start with it. A word
// is in a few sections at most, so comparing names beats hashing them.
type wordRules struct {
	word    string // the word itself, in lower case
	in      []string
	phrases []secPhrases
	// starts has the bits of the sections in phrases.
	starts secMask
	// phraseBits and inBits have the secBit of the sections in phrases
	// and in: phraseAt and itemIn turn most words away by them, where
	// they compared section names.
	phraseBits, inBits uint64
}

// secBit returns the bit of section sec in wordRules.phraseBits and
// inBits, from its length and its first and last bytes: the lexicon's
// hundred sections share few of the 64. The rules name their sections
// as constants, and once phraseAt is inlined the compiler works out the
// bit of each.
func secBit(sec string) uint64 {
	if sec == "" {
		return 1
	}
	return 1 << ((uint(len(sec))*7 + uint(sec[0]) + uint(sec[len(sec)-1])*3) % 64)
}

// secMask is a set of sections, by rules.secIndex. A rule that tries
// several sections at every word asks first whether the word starts a
// phrase of any of them, which most words do not.
type secMask [4]uint64

// mask returns the set of the named sections. Past the 256th section
// (the lexicon has about 80) every set holds all sections, and the
// masks rule nothing out.
func (r *rules) mask(secs ...string) secMask {
	var m secMask
	if len(r.secIndex) > 256 {
		return secMask{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
	}
	for _, sec := range secs {
		if k, ok := r.secIndex[sec]; ok {
			m[k/64] |= 1 << (k % 64)
		}
	}
	return m
}

// startsAny reports whether a phrase of a section in m may start at
// items[i]: when it does not, phraseAt gives 0 there for each of them.
func (r *rules) startsAny(items []item, i int, m secMask) bool {
	if i < 0 || i >= len(items) || items[i].m != nil {
		return false
	}
	it := &items[i]
	if !it.looked {
		it.rules, it.looked = r.lookup(it.low), true
	}
	if it.rules == nil {
		return false
	}
	s := &it.rules.starts
	return s[0]&m[0]|s[1]&m[1]|s[2]&m[2]|s[3]&m[3] != 0
}

// isIn reports whether sec lists the word; e may be nil, a word no
// section lists. Most words the rules ask of are in other sections than
// the one asked for: their inBits say so, where the names of their
// sections were compared.
func (e *wordRules) isIn(sec string) bool {
	return e != nil && e.inBits&secBit(sec) != 0 && slices.Contains(e.in, sec)
}

// phrasesOf returns the phrases of section sec that start with the
// word, longest first; e may be nil. As in phraseAt, the word's
// phraseBits turn most words away.
func (e *wordRules) phrasesOf(sec string) [][]string {
	if e == nil || e.phraseBits&secBit(sec) == 0 {
		return nil
	}
	for k := range e.phrases {
		if e.phrases[k].sec == sec {
			return e.phrases[k].phrases
		}
	}
	return nil
}

type secPhrases struct {
	sec     string
	phrases [][]string // longest first
}

// filterBit returns the bit of w in rules.filter.
func filterBit[S string | []byte](w S) uint {
	if len(w) == 0 {
		return 0
	}
	h := uint32(len(w))*131 + uint32(w[0])*31 + uint32(w[len(w)-1])*7 + uint32(w[len(w)/2])
	return uint((h * 2654435761) >> 16)
}

// lookup returns what the lexicon says of w, or nil.
func (r *rules) lookup(w string) *wordRules {
	if b := filterBit(w); r.filter[b/64]&(1<<(b%64)) == 0 {
		return nil
	}
	return r.words[w]
}

func compileRules(lex Lexicon) *rules {
	r := &rules{phrases: make(map[string]map[string][][]string, len(lex)), sets: make(map[string]map[string]bool, len(lex))}
	names := make([]string, 0, len(lex))
	for sec := range lex {
		names = append(names, sec)
	}
	slices.Sort(names)
	r.secIndex = make(map[string]int, len(names))
	for k, sec := range names {
		r.secIndex[sec] = k
	}
	// The entries sit side by side in one array, sized for the most
	// there can be (each list entry and its first word): the rules read
	// them for most words of every sentence, and together they stay in
	// the processor's cache. Pointers into it stay valid even if it had
	// to grow.
	n := 0
	for _, ws := range lex {
		n += 2 * len(ws)
	}
	slab := make([]wordRules, 0, n)
	// Most entries are words of their own, some in several sections.
	r.words = make(map[string]*wordRules, n/2)
	word := func(w string) *wordRules {
		e := r.words[w]
		if e == nil {
			slab = append(slab, wordRules{word: w})
			e = &slab[len(slab)-1]
			r.words[w] = e
			b := filterBit(w)
			r.filter[b/64] |= 1 << (b % 64)
		}
		return e
	}
	for _, sec := range names {
		ws := lex[sec]
		set := make(map[string]bool, len(ws))
		byFirst := make(map[string][][]string, len(ws))
		for _, w := range ws {
			low := strings.ToLower(w)
			ph := strings.Fields(low)
			byFirst[ph[0]] = append(byFirst[ph[0]], ph)
			set[low] = true
		}
		// Longest phrases first, so "held talks with" beats "held".
		for _, phs := range byFirst {
			slices.SortStableFunc(phs, func(a, b []string) int { return len(b) - len(a) })
		}
		r.phrases[sec] = byFirst
		r.sets[sec] = set
		for w := range set {
			e := word(w)
			e.in = append(e.in, sec)
			e.inBits |= secBit(sec)
		}
		for first, phs := range byFirst {
			e := word(first)
			e.phrases = append(e.phrases, secPhrases{sec, phs})
			e.phraseBits |= secBit(sec)
			if k := r.secIndex[sec]; len(names) > 256 {
				e.starts = secMask{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
			} else {
				e.starts[k/64] |= 1 << (k % 64)
			}
		}
	}
	r.roleSet = r.mask("role")
	r.speechCues = r.mask("speech", "accuse", "accusation-noun")
	r.claimVerbs = r.mask("accuse", "deny", "threaten", "criticize", "meet", "investigate", "supply", "attack")
	r.launchCues = r.mask("launch", "describe", "rebuttal-noun", "critic-noun")
	r.harmCall = r.mask("harm-call")
	r.eventNoun = r.mask("event-noun")
	r.publications = r.mask("publication")
	r.demands = r.mask("demand")
	r.stateOffice = r.mask("state-office")
	r.criticismReceived = r.mask("criticism-received")
	r.accusationReceived = r.mask("accusation-received")
	r.culpritNoun = r.mask("culprit-noun")
	// At most half the slots are filled, so that maskOf always comes to
	// a free one; past that, maskOf asks mask.
	for _, sec := range names[:min(len(names), secSlots/2)] {
		i := secSlot(sec)
		for r.masks[i].sec != "" {
			i = (i + 1) % secSlots
		}
		r.masks[i].sec, r.masks[i].m = sec, r.mask(sec)
	}
	r.stance = r.mask("innocence", "ignorance", "stood-by", "refutation", "claim-noun", "accusation-noun", "retort", "describe", "attack-noun", "investigate", "threaten", "deny", "investigation-noun", "publication", "criticism-noun", "complain", "false-word")
	return r
}

// phraseAt returns the length in items of the phrase of section sec that
// starts at items[i], or 0.
func (r *rules) phraseAt(items []item, i int, sec string) int {
	if i < 0 || i >= len(items) || items[i].m != nil {
		return 0
	}
	it := &items[i]
	if !it.looked {
		it.rules, it.looked = r.lookup(it.low), true
	}
	// Most words the rules ask of start phrases of other sections than
	// the one asked for, if any: their phraseBits say so, where the
	// names of their sections were compared.
	if it.rules == nil || it.rules.phraseBits&secBit(sec) == 0 {
		return 0
	}
	ps := it.rules.phrases
	for k := range ps {
		// Indexed, not copied: most words start phrases of several
		// sections, and the one asked for is seldom the first.
		if ps[k].sec != sec {
			continue
		}
		for _, ph := range ps[k].phrases {
			if i+len(ph) > len(items) {
				continue
			}
			// The first word is the item's own: rules is what the
			// lexicon says of low, and these phrases start with it.
			ok := true
			for k := 1; k < len(ph); k++ {
				if items[i+k].m != nil || items[i+k].low != ph[k] {
					ok = false
					break
				}
			}
			if ok {
				return len(ph)
			}
		}
		return 0
	}
	return 0
}

// phraseMarked is phraseAt, or else phraseAcrossMarks; marked tells
// which found the phrase, so that its words can be written without the
// marks.
func (r *rules) phraseMarked(items []item, i int, sec string) (n int, marked bool) {
	if n = r.phraseAt(items, i, sec); n > 0 {
		return n, false
	}
	n = r.phraseAcrossMarks(items, i, sec)
	return n, n > 0
}

// phraseAcrossMarks is phraseAt for a phrase that scare quotes split:
// "in \"turmoil\"", "out of \"touch\"". It returns the length in items
// of the phrase and the marks inside it, or 0. It is asked where phraseAt
// found no phrase, which looked the word up.
func (r *rules) phraseAcrossMarks(items []item, i int, sec string) int {
	if i+2 >= len(items) || items[i].m != nil {
		return 0
	}
	it := &items[i]
	if it.rules == nil || it.rules.phraseBits&secBit(sec) == 0 {
		return 0
	}
	for _, ps := range it.rules.phrases {
		if ps.sec != sec {
			continue
		}
		for _, ph := range ps.phrases {
			j, k := i+1, 1
			for ; k < len(ph) && j < len(items); j++ {
				if items[j].m == nil && isQuoteMark(items[j].low) {
					continue
				}
				if items[j].m != nil || items[j].low != ph[k] {
					break
				}
				k++
			}
			if k == len(ph) && len(ph) > 1 {
				return j - i
			}
		}
		return 0
	}
	return 0
}

// has is in(sec, it.low), with what the lexicon says of the word taken
// from the item when it was looked up before.
func (r *rules) has(it item, sec string) bool {
	e := it.rules
	if !it.looked {
		e = r.lookup(it.low)
	}
	return e.isIn(sec)
}

func (r *rules) in(sec, w string) bool {
	e := r.lookup(w)
	return e.isIn(sec)
}

// inFold is in(sec, strings.ToLower(w)) without building the lower-case
// copy: the name rules ask it of every capitalised word.
func (r *rules) inFold(sec, w string) bool { return r.lookupFold(w).isIn(sec) }

// lookupFold is lookup(strings.ToLower(w)), without building the
// lower-case copy of an ASCII word.
func (r *rules) lookupFold(w string) *wordRules {
	var a [32]byte
	if len(w) > len(a) {
		return r.lookup(strings.ToLower(w))
	}
	b := a[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return r.lookup(strings.ToLower(w))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	if f := filterBit(b); r.filter[f/64]&(1<<(f%64)) == 0 {
		return nil
	}
	return r.words[string(b)]
}

// privateRole reports whether role is held in a firm or a profession,
// not for a state, by the whole role or by its last word past "co-" or
// "vice-" ([private-role]): "analyst", "managing director",
// "co-chairman". A nationality before it ("Dutch co-chairman X") is then
// no service of the state.
func (r *rules) privateRole(role string) bool {
	role = strings.ToLower(role)
	if r.in("private-role", role) {
		return true
	}
	head := role[strings.LastIndexByte(role, ' ')+1:]
	head = strings.TrimPrefix(strings.TrimPrefix(head, "co-"), "vice-")
	return head != role && r.in("private-role", head)
}

// itemIn is in(sec, items[k].low), with what the lexicon says of the
// word kept on the item: the role rules ask it of the same words over
// and over.
func (r *rules) itemIn(items []item, k int, sec string) bool {
	it := &items[k]
	if !it.looked {
		it.rules, it.looked = r.lookup(it.low), true
	}
	return it.rules.isIn(sec)
}

// personOfBody returns the index of the person named just before the
// body at items[k] as one of it, "Jane Orme of Oxfam", "Tim Marov, from
// the RSPCA,", or -1: the person is the speaker, the body only says whom
// she is with.
func (sc *sentence) personOfBody(k int) int {
	items := sc.items
	if m := items[k].m; m.typ != graph.Organization && m.typ != graph.Country || m.modifier {
		return -1
	}
	j := k - 1
	if j >= 0 && items[j].is("the") {
		j--
	}
	if j < 1 || !items[j].is("of", "from", "at") {
		return -1
	}
	j--
	if items[j].is(",") && j > 0 {
		j--
	}
	if p := items[j].m; p != nil && p.typ == graph.Person && !p.modifier {
		return j
	}
	return -1
}

// lowWord is a token in lower case and what the lexicon says of it.
type lowWord struct {
	low   string
	rules *wordRules
}

// lowWords returns the lowWords of every sentence's tokens, in buf when
// it is large enough, and the array they are in, and sets the tokens'
// facts. They are found once per article: the relation rules and the
// role rules each lay every sentence out as items, and each asks the
// lexicon of most words.
func (x *Extractor) lowWords(toks [][]token, buf []lowWord, cache *wordCache) ([][]lowWord, []lowWord) {
	r := x.rules
	n := 0
	for _, ts := range toks {
		n += len(ts)
	}
	if cap(buf) < n {
		buf = make([]lowWord, n)
	}
	all := buf[:n]
	out := make([][]lowWord, len(toks))
	var b []byte
	for i, ts := range toks {
		ws := all[:len(ts):len(ts)]
		all = all[len(ts):]
		for k := range ts {
			t := &ts[k]
			if f := x.listed(t.text, cache); f != nil {
				ws[k], t.facts = lowWord{f.low, f.rules}, f
				continue
			}
			// No list holds the word as written; unless the lexicon
			// holds it in lower case, it is a word none holds. A word
			// in lower case ASCII is its own lower case, which the
			// lexicon would have listed.
			if lowerASCII(t.text) {
				ws[k], t.facts = lowWord{t.text, nil}, x.noFactsOf(t.text)
				continue
			}
			if ws[k] = r.lowWord(t.text, &b); ws[k].rules == nil {
				t.facts = x.noFactsOf(t.text)
			}
		}
		out[i] = ws
	}
	return out, buf
}

// lowWord returns w in lower case and what the lexicon says of it. A
// word with capitals that the lexicon lists ("The", "But") takes the
// lexicon's own lower-case string, lowered in b rather than in a new
// string: most capitalised words of news are such.
func (r *rules) lowWord(w string, b *[]byte) lowWord {
	ascii := true
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !ascii || !upper {
		low := strings.ToLower(w)
		return lowWord{low, r.lookup(low)}
	}
	*b = appendLower(append((*b)[:0], w...))
	if f := filterBit(*b); r.filter[f/64]&(1<<(f%64)) != 0 {
		if e := r.words[string(*b)]; e != nil {
			return lowWord{e.word, e}
		}
	}
	return lowWord{string(*b), nil}
}

// appendItems appends a sentence's tokens and mentions to items, laid
// out as items; lows are the tokens' lowWords. Where mentions overlap,
// an event mention wins over the names inside it.
func appendItems(items []item, toks []token, lows []lowWord, ms []mention) []item {
	sorted := make([]*mention, 0, len(ms))
	for k := range ms {
		sorted = append(sorted, &ms[k])
	}
	slices.SortStableFunc(sorted, func(a, b *mention) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return (b.end - b.start) - (a.end - a.start)
	})
	first := len(items)
	k, end := 0, -1
	quotes := false
	for ti, t := range toks {
		for k < len(sorted) && sorted[k].start <= t.start {
			m := sorted[k]
			k++
			if m.start < end {
				continue
			}
			items = append(items, item{m: m})
			end = m.end
		}
		if t.start < end {
			continue
		}
		items = append(items, item{tok: t, low: lows[ti].low, rules: lows[ti].rules, looked: true})
		quotes = quotes || quoteMark(t.text)
	}
	for ; k < len(sorted); k++ {
		if sorted[k].start >= end {
			items = append(items, item{m: sorted[k]})
			end = sorted[k].end
		}
	}
	if quotes {
		// Without a mark, markQuotes would leave every item unquoted,
		// as it is laid out.
		markQuotes(items[first:])
	}
	return items
}

// quoteMark reports whether a word is a quotation mark markQuotes reads.
func quoteMark(w string) bool {
	if len(w) == 0 || w[0] != '"' && w[0] != "“"[0] && w[0] != "«"[0] {
		return false
	}
	switch w {
	case "“", "”", "«", "»", "\"":
		return true
	}
	return false
}

// markQuotes flags the items inside quotation marks. Curly quotes say
// which way they face; straight ones toggle.
func markQuotes(items []item) {
	in := false
	for k := range items {
		t := items[k].tok.text
		if k == 0 && dangling(items) {
			continue // a closing mark left over from the sentence before
		}
		if items[k].m == nil {
			switch t {
			case "“", "«":
				in = true
				continue
			case "”", "»":
				in = false
				continue
			case "\"":
				in = !in
				continue
			}
		}
		items[k].quoted = in
	}
	// A quotation of at most three words ("totally refuted", "sexed
	// up") is a scare quote inside the writer's own sentence.
	for k := 0; k < len(items); k++ {
		if !items[k].quoted || k > 0 && items[k-1].quoted {
			continue
		}
		e := k
		for e < len(items) && items[e].quoted {
			e++
		}
		if e-k <= 3 && e < len(items) {
			for j := k; j < e; j++ {
				items[j].quoted = false
			}
		}
		k = e
	}
}

// dangling reports whether the sentence opens with a straight quotation
// mark followed by a space (`" Liam Fox said`): the close of the quotation
// before, which the sentence splitter left here.
func dangling(items []item) bool {
	return len(items) > 1 && items[0].m == nil && items[0].tok.text == "\"" && items[1].m == nil && items[1].tok.start > items[0].tok.end ||
		len(items) > 1 && items[0].m == nil && items[0].tok.text == "\"" && items[1].m != nil && items[1].m.start > items[0].tok.end
}

// relations runs the relation rules over every sentence of the article.
func (ar *article) relations(sents []Sentence, toks [][]token, ms [][]mention) []graph.Claim {
	var out []graph.Claim
	// A claim is told once for its parties, predicate and evidence. The
	// key is a struct of the strings, not their concatenation: each
	// emit copied the whole sentence into a new string to look it up.
	type claimKey struct {
		subject, object, evidence string
		predicate                 graph.Predicate
	}
	seen := make(map[claimKey]bool)
	emit := func(c graph.Claim) {
		if c.Subject == c.Object || c.Subject == "" || c.Object == "" {
			return
		}
		key := claimKey{c.Subject, c.Object, c.Evidence, c.Predicate}
		if seen[key] {
			return
		}
		seen[key] = true
		switch c.Predicate {
		case graph.Attacked:
			ar.lastAttack = &c
		case graph.Accused:
			ar.accusations = append(ar.accusations, c)
		case graph.AffiliatedWith:
			ar.affiliations = append(ar.affiliations, c)
		}
		out = append(out, c)
	}
	// All sentences' items in one array, each sentence's part capped.
	n := 0
	for i := range sents {
		n += len(toks[i]) + len(ms[i])
	}
	// The role rules' items (see lowItems) are read by then: their
	// array is taken over when it is large enough, and lowItems would
	// make a new one if asked again.
	var buf []item
	if cap(ar.itemBuf) >= n {
		buf = ar.itemBuf[:0]
	} else {
		buf = make([]item, 0, n)
	}
	ar.lowCache, ar.itemBuf = nil, nil
	if ar.scratch != nil {
		// Not to be handed out again while in use here; given back, as
		// grown, for the next article.
		ar.scratch.items = nil
		defer func() { ar.scratch.items = buf[:0] }()
	}
	all := make([][]item, len(sents))
	for i := range sents {
		start := len(buf)
		buf = appendItems(buf, toks[i], ar.lows[i], ms[i])
		all[i] = buf[start:len(buf):len(buf)]
	}
	ahead := ar.trailingSpeakers(sents, all)
	var speaker *mention // the speaker of a quotation still open
	var about *mention   // whom that quotation is said of
	var prevSubject *mention
	var prevActor *mention
	var lastSpeaker *mention // the one speaker of the sentence before
	var prevPara = -1
	rumoured := false
	var told []telling
	prevStart, paraStart := 0, 0
	var lede []token // an office the story's opening names without its holder
	ledeAt := -1
	for i, s := range sents {
		items := all[i]
		if s.Para != prevPara {
			paraStart = s.Start
		}
		sc := &sentence{ar: ar, s: s, items: items, emit: emit, prev: prevSubject, prevActor: prevActor, rumoured: rumoured, told: told, prevStart: prevStart, paraStart: paraStart}
		sc.noteWords()
		sc.notePublications()
		if s.Para != prevPara {
			// A new paragraph that opens with a quote continues the
			// previous speaker's quotation, as news style has it.
			if !(len(items) > 0 && items[0].m == nil && (items[0].tok.text == "“" || items[0].tok.text == "\"") && !dangling(items)) {
				speaker = nil
			}
			prevPara = s.Para
		}
		sc.quoteSpeaker = speaker
		if speaker != nil {
			sc.quoteAbout = about
		}
		if speaker == nil {
			sc.quoteSpeaker = ahead[i]
			if sp := ahead[i]; sp != nil && sp.id == "" {
				// `"Labour's arrogance has been their undoing. ...," he
				// said`: the person the story is about, as a "he" of
				// the quotation's first sentence would be; a speaker
				// nothing names is no one.
				sc.quoteSpeaker = nil
				if p := sc.pronoun(graph.Person); p != nil && sp.surface != "" && ar.fits(p.id, sp.surface) {
					sc.quoteSpeaker = p
				}
			}
		}
		if sc.quoteSpeaker == nil && ahead[i] == nil && lastSpeaker != nil && standsQuoted(items) {
			// `"We will cut taxes," Mr Howard said. "Mr Brown has misled
			// voters."`: a quotation that is the whole sentence, with no
			// speaker of its own, goes on in the voice of the sentence
			// before, as news style has it.
			sc.quoteSpeaker = lastSpeaker
		}
		if lede != nil && i == ledeAt+1 {
			// "..., the Trade and Industry Secretary has said. Patricia
			// Hewitt said ...": the story's opening names the office, the
			// next sentence its holder, named in full as its subject.
			if len(items) > 1 && items[0].m != nil && items[0].m.typ == graph.Person && items[0].m.kind == byName && !items[0].m.modifier &&
				strings.Contains(items[0].m.surface, " ") && ar.x.speech[items[1].low] {
				sc.officeOf(items[0].m, lede, joinTokens(lede))
			}
			lede = nil
		}
		sc.run()
		if i == 0 {
			ar.headlineEnd = len(ar.recent)
		}
		if i > 0 && s.Para != sents[0].Para && ledeAt < 0 {
			// The first sentence after the headline.
			ledeAt, lede = i, sc.ledeOffice()
		}
		lastSpeaker = nil
		for k, rg := range sc.regions {
			ar.speakers = append(ar.speakers, rg.speaker)
			if k == 0 {
				lastSpeaker = rg.speaker
			} else if lastSpeaker != nil && (rg.speaker == nil || rg.speaker.id != lastSpeaker.id) {
				lastSpeaker = nil // "X said Y had told him": whose voice goes on is not clear
			}
		}
		speaker, about = sc.openSpeaker, sc.openAbout
		rumoured = sc.rumours()
		told = sc.tellings()
		prevStart = s.Start
		prevActor = sc.subject
		if prevActor == nil {
			prevActor = sc.firstAgent()
		}
		for _, rg := range sc.regions {
			if rg.speaker != nil && (prevActor == nil || rg.speaker.id == prevActor.id) {
				prevActor = nil // "X said the plan was a concern": words, no act
			}
		}
		if sc.subject != nil {
			prevSubject = sc.subject
		} else if m := sc.firstAgent(); m != nil {
			// "Yukos is an oil company. It said ...": a sentence without
			// a claim still gives its subject to the next one's pronoun.
			prevSubject = m
		}
	}
	for _, c := range ar.shadowClaims() {
		emit(c)
	}
	// A denial told before the accusation it answers ("He said he had
	// done nothing wrong. ... she said he stands accused of ...")
	// answers that accuser once the whole article is read.
	for k, c := range out {
		if c.Predicate != graph.Denied || !ar.matters[c.Object] {
			continue
		}
		e := ar.ents[c.Subject]
		if e == nil || slices.Contains(ar.kept, keptDenial{c.Subject, c.Start}) {
			continue
		}
		// "That charge was denied by X, who said the Tories were
		// afraid of him": the party the denier answers in the same
		// sentence is the accuser.
		if o := retort(out, c); o != "" {
			out[k].Object = o
			out[k].Confidence = min(c.Confidence, confPronoun)
			continue
		}
		// The accusation told next after the denial, else any.
		var next *graph.Claim
		for j := range ar.accusations {
			a := &ar.accusations[j]
			if a.Object == c.Subject && a.Subject != c.Subject && a.Start > c.Start && (next == nil || a.Start < next.Start) {
				next = a
			}
		}
		if next == nil {
			// "Labour, which denies engaging in personal campaigning.
			// Liam Fox said Labour's plans were a sign of abusive
			// politics": the critic of the sentence right after.
			next = criticNext(out, c, sents)
		}
		if next != nil {
			out[k].Object = next.Subject
			out[k].Confidence = min(c.Confidence, confPronoun)
		} else if o, _ := ar.accuserOf(&mention{id: e.ID, typ: e.Type}, nil, c.Confidence); o != nil && o.id != c.Subject {
			out[k].Object = o.id
			out[k].Confidence = min(c.Confidence, confPronoun)
		}
	}
	return out
}

// keptDenial is a denial that answers no later accuser: the denier and
// the start of the sentence.
type keptDenial struct {
	denier string
	start  int
}

// ownCharge reports whether what a denial rejects, from items[from], is a
// clause of its own with a charge no other denial shares ("denied he was
// gloating", "denied that the move would cost jobs"), rather than a
// denial of wrongdoing ("denied that he had done anything wrong", "denied
// he had misled investors"), which answers whoever accuses the denier.
func (sc *sentence) ownCharge(from int) bool {
	items := sc.items
	k := from
	if k < len(items) && items[k].is("that") {
		k++
	}
	if k+1 >= len(items) || !(items[k].is("he", "she", "it", "they", "we", "i") || items[k].m != nil && !items[k].m.modifier) {
		return false
	}
	r := sc.ar.x.rules
	for e := k + 1; e < len(items) && e < k+10; e++ {
		if r.itemIn(items, e, "denied-wrong") || r.phraseAt(items, e, "blame-cue") > 0 {
			return false
		}
	}
	return true
}

// pressReports reports whether what a denial rejects, from items[from],
// is what the press reported, named by no publisher: "dismissed reports
// he told Gordon Brown he would quit", "denied newspaper reports that",
// "dismisses quit claim report".
func (sc *sentence) pressReports(from int) bool {
	items := sc.items
	k := from
	if k < len(items) && items[k].is("the", "these", "those", "such") {
		k++
	}
	// A few words may say what was reported: "dismisses quit claim
	// report".
	for e := k; e < len(items) && e < k+4 && items[e].m == nil && isLowerWord(items[e].low) && !preposition[items[e].low]; e++ {
		if items[e].is("report", "reports", "story", "stories", "article", "articles") {
			return true
		}
	}
	return false
}

// rumourDenied reports whether what a denial rejects, from items[from],
// is speculation nobody named owns: "denied rumours that he would quit",
// "dismissed the talk of splits", or, after a sentence that told of
// speculation, "dismissed it as nonsense" and "denied these claims".
func (sc *sentence) rumourDenied(from int) bool {
	items := sc.items
	r := sc.ar.x.rules
	k := from
	if sc.rumoured && k < len(items) && items[k].m == nil &&
		(items[k].is("them", "it", "this", "that") && (k+1 == len(items) || !isLowerWord(items[k+1].low) || items[k+1].is("as")) ||
			items[k].is("these", "those", "such") && (r.itemIn(items, k+1, "claim-noun") || r.itemIn(items, k+1, "accusation-noun"))) {
		return true
	}
	if k < len(items) && items[k].is("the", "these", "those", "such", "all", "any") {
		k++
	}
	return k < len(items) && items[k].m == nil && r.itemIn(items, k, "rumour-noun") &&
		!(k+1 < len(items) && items[k+1].is("by", "from"))
}

// pastMarks returns the index of the first item from k that is no
// quotation mark: the words after a scare-quoted verb ("\"totally
// refuted\" any wrongdoing"), or inside a quoted verdict ("dismissed as
// \"nonsense\" claims by X").
func (sc *sentence) pastMarks(k int) int {
	for k < len(sc.items) && sc.items[k].m == nil && sc.items[k].is("\"", "“", "”", "‘", "’", "'") {
		k++
	}
	return k
}

// telling is what a speaker said of others in one sentence: the speaker
// and the IDs of the parties its words name.
type telling struct {
	speaker *mention
	about   []string
}

// tellings returns what the sentence's speakers say of others.
func (sc *sentence) tellings() []telling {
	var out []telling
	for _, rg := range sc.regions {
		if rg.speaker == nil || rg.speaker.kind == byPronoun && rg.speaker.id == "" {
			continue
		}
		var about []string
		for k := rg.from; k < rg.to && k < len(sc.items); k++ {
			if it := sc.items[k]; it.m == nil && (sc.ar.x.rules.has(it, "claim-noun") || sc.ar.x.rules.has(it, "accusation-noun")) {
				about = nil // "say ministers must respond to claims that ...": others' claims, relayed
				break
			}
			if m := sc.items[k].m; m != nil && m.id != rg.speaker.id && !m.modifier && m.kind != byEvent && m.typ != graph.Place {
				about = append(about, m.id)
			}
			if k == rg.from && rg.speaker.typ != graph.Person && sc.items[k].m == nil && sc.items[k].is("he", "she") {
				// "Labour said he had \"cleverly\" not asked": a body's
				// words of the person last told of.
				if p := sc.personFor(k, pronounOf(sc.items[k]), rg.speaker); p != nil {
					about = append(about, p.id)
				}
			}
		}
		if len(about) > 0 {
			out = append(out, telling{rg.speaker, about})
		}
	}
	return out
}

// teller returns the speaker of the sentence before whose words named
// the denier subj or one it answers for, unless that speaker is of the
// denier's side (the denier, a body it speaks for), speaks for the
// denier (its lawyer) or sits on a bench; or nil.
func (sc *sentence) teller(subj *mention) *mention {
	side := sc.ar.sideOf(subj, nil)
	for _, t := range sc.told {
		// Said of the denier, or of one the denier answers for ("Labour
		// said Tory MSP X had not asked ... A Tory spokesman refuted any
		// wrongdoing").
		if t.speaker.id == subj.id || !slices.ContainsFunc(t.about, func(id string) bool { return side[id] }) {
			continue
		}
		if !side[t.speaker.id] && !sc.ar.affiliated(t.speaker.id, subj.id) && !sc.ar.bench(t.speaker.id) {
			return t.speaker // a colleague may accuse ("Mr Sullivan, one of six WorldCom executives"); its lawyer, a judge may not
		}
	}
	return nil
}

// bench reports whether id is a court or one who sits on one: a judge
// who tells a jury what a defendant faces makes no charge of it.
func (ar *article) bench(id string) bool {
	return ar.court(id) || ar.onBench(id)
}

// onBench reports whether the article gives id a judge's role.
func (ar *article) onBench(id string) bool {
	for _, r := range ar.holds[id] {
		if ar.x.rules.inFold("court-head", lastWord(r)) || strings.HasSuffix(r, "judge") || strings.HasSuffix(r, "magistrate") || strings.HasSuffix(r, "coroner") {
			return true
		}
	}
	return false
}

// rumours reports whether the sentence tells of speculation: a
// [rumour-noun] that no one named owns ("There was speculation ...",
// "These rumours were fuelled by ...", but not "Smith's talk of ...").
func (sc *sentence) rumours() bool {
	if !sc.mayList("rumour-noun") {
		return false
	}
	for k := range sc.items {
		if sc.items[k].m == nil && sc.ar.x.rules.itemIn(sc.items, k, "rumour-noun") &&
			!(k > 0 && sc.items[k-1].tok.isPossessive()) && !(k+1 < len(sc.items) && sc.items[k+1].is("by", "from")) {
			return true
		}
	}
	return false
}

// trailingSpeakers finds quotations that run over several sentences and
// name their speaker only at the end (“We did not attack. ... We fight on
// our own land,” Zelensky said.) and gives each earlier sentence of the
// quotation that speaker.
func (ar *article) trailingSpeakers(sents []Sentence, all [][]item) []*mention {
	out := make([]*mention, len(sents))
	r := ar.x.rules
	for j := range sents {
		// The items' words are the sentence's text: one without a
		// closing quotation mark, most of them, need not be read.
		curly := strings.Contains(sents[j].Text, "”")
		if !curly && !strings.Contains(sents[j].Text, "\"") {
			continue
		}
		items := all[j]
		closing := -1
		if curly {
			opened := false
			for k := range items {
				it := &items[k]
				if it.m != nil {
					continue
				}
				if it.tok.text == "“" {
					opened = true
				}
				if it.tok.text == "”" && !opened {
					closing = k
					break
				}
			}
		} else {
			closing = straightClosing(items)
		}
		if closing < 0 {
			continue
		}
		// After the closing quote: [,] ... PERSON said, or said PERSON;
		// or "he said", a placeholder with no ID resolved when the
		// quotation's first sentence is read (see relations).
		var sp *mention
		if k := closing + 1; k+1 < len(items) && items[k].m == nil && items[k].is("he", "she") && r.phraseAt(items, k+1, "speech") > 0 {
			sp = &mention{kind: byPronoun, surface: items[k].low}
		}
		for k := closing + 1; sp == nil && k < len(items) && k < closing+9; k++ {
			if m := items[k].m; m != nil && m.kind != byEvent && !m.modifier {
				if m.typ == graph.Person || m.kind == byName && m.typ != graph.Place {
					if k+1 < len(items) && r.phraseAt(items, k+1, "speech") > 0 || k > 0 && r.phraseAt(items, k-1, "speech") > 0 {
						sp = m
						if m.typ == graph.Person {
							break
						}
					}
				}
			}
		}
		for k := closing + 1; sp == nil && k < len(items) && k < closing+4; k++ {
			if items[k].m == nil && r.phraseAt(items, k, "speech") > 0 {
				// `...,” – noted in his post on Twitter.`: said by
				// someone the words after it do not name, whom no
				// earlier speaker stands in for.
				sp = &mention{kind: byPronoun}
			}
		}
		if sp == nil {
			continue
		}
		for k := j - 1; k >= 0 && sents[k].Para == sents[j].Para; k-- {
			out[k] = sp
			if hasOpening(all[k]) {
				break
			}
		}
	}
	return out
}

// standsQuoted reports whether a quotation is the whole sentence: it
// opens the sentence, and closes at its end or runs on past it.
func standsQuoted(items []item) bool {
	if len(items) < 2 || items[0].m != nil || items[0].tok.text != "“" && items[0].tok.text != "\"" || dangling(items) {
		return false
	}
	for k := 1; k < len(items); k++ {
		if t := items[k].tok.text; items[k].m == nil && (t == "”" || t == "\"" || t == "“") {
			return k == len(items)-1 && t != "“"
		}
	}
	return true
}

func hasOpening(items []item) bool {
	straight := 0
	for _, it := range items {
		if it.m == nil && it.tok.text == "“" {
			return true
		}
		if it.m == nil && it.tok.text == "\"" {
			straight++
		}
	}
	// Straight marks pair up within a sentence; one left over opens a
	// quotation that runs on.
	return straight%2 == 1
}

// straightClosing returns the index of the straight quotation mark that
// closes, in this sentence, a quotation opened in an earlier one: an odd
// count of marks whose first comes after the words it closes
// (`... themselves," he said`), or -1.
func straightClosing(items []item) int {
	first, n := -1, 0
	for k, it := range items {
		if it.m == nil && it.tok.text == "\"" {
			if first < 0 {
				first = k
			}
			n++
		}
	}
	if n%2 == 0 || first < 1 || !items[first-1].is(",", ".", "?", "!") {
		return -1
	}
	return first
}

// sentence is the working state of the relation rules on one sentence.
type sentence struct {
	ar    *article
	s     Sentence
	items []item
	emit  func(graph.Claim)
	// attacks are the strikes this sentence has stated, for those it
	// names as taking part (see coAttackers).
	attacks []graph.Claim
	// prev is the subject of an earlier sentence, for pronouns;
	// prevActor, the subject of the sentence right before when that
	// sentence tells an act of it rather than its words.
	prev, prevActor *mention
	// rumoured is set when the sentence before told of speculation
	// ([rumour-noun]), which "denied it" may answer.
	rumoured bool
	// told holds what the speakers of the sentence before said of
	// others, which "denied the allegations" may answer.
	told []telling
	// prevStart is where the sentence before starts; paraStart, where
	// the sentence's paragraph does.
	prevStart, paraStart int
	// subject is this sentence's first subject, for the next sentence.
	subject *mention
	// quoteSpeaker speaks a quotation opened in an earlier sentence;
	// openSpeaker is the one whose quotation is still open at the end.
	quoteSpeaker, openSpeaker *mention
	// quoteAbout and openAbout are, in the same way, the party the
	// quotation is said of ("X said of Y: “He is ...”").
	quoteAbout, openAbout *mention
	// regions are the parts of the sentence that report a speaker.
	regions []claimRegion
	// together holds the speakers of the clause being read when several
	// say it together ("Labour and the Lib Dems say ...").
	together []*mention
	// pair holds the two people that "the pair" or "the two men"
	// speaking here stands for; pair[0] is the regions' speaker.
	pair []*mention
	// starts holds every section a phrase of which some word of the
	// sentence may start: a rule whose sections it lacks has nothing to
	// read here, which is so for most rules and sentences.
	starts secMask
	// inBits has the secBit of every section that lists a word of the
	// sentence, and cues the cueSets of its words: in the same way, a
	// rule that acts only at a word of a section, or at one of a few
	// words, has nothing to do in a sentence without one.
	inBits uint64
	cues   cueSet
	// kinds has a bit (1 << kind) for each kind of mention among the
	// items, and personKinds for each kind of mention of a person;
	// persons counts the mentions of people that are no pronoun, and
	// people those of them that are no modifier either, as personList
	// counts them; leader is set when a mention names a leader
	// (mention.leader).
	kinds, personKinds uint8
	persons, people    int
	leader             bool
}

// noteWords sets starts, inBits and cues from the words of the
// sentence, and kinds, people and leader from its mentions, in one pass.
func (sc *sentence) noteWords() {
	var m secMask
	var in uint64
	var cues cueSet
	for k := range sc.items {
		it := &sc.items[k]
		if mn := it.m; mn != nil {
			sc.kinds |= 1 << mn.kind
			if mn.typ == graph.Person {
				sc.personKinds |= 1 << mn.kind
			}
			if mn.typ == graph.Person && mn.kind != byPronoun {
				sc.persons++
				if !mn.modifier {
					sc.people++
				}
			}
			sc.leader = sc.leader || mn.leader != ""
			continue
		}
		if e := it.rules; e != nil {
			m.add(e.starts)
			in |= e.inBits
		}
		if mayCue(it.low) {
			cues |= cueOf(it.low)
		}
	}
	sc.starts, sc.inBits, sc.cues = m, in, cues
}

// mayList reports whether section sec may list a word of the sentence:
// when it does not, itemIn gives false for sec at each of its items.
func (sc *sentence) mayList(sec string) bool { return sc.inBits&secBit(sec) != 0 }

// hasCue reports whether a word of the sentence is one of the cues c.
func (sc *sentence) hasCue(c cueSet) bool { return sc.cues&c != 0 }

// has reports whether a mention of the sentence is of kind k.
func (sc *sentence) has(k mentionKind) bool { return sc.kinds&(1<<k) != 0 }

// add adds the sections of o to m.
func (m *secMask) add(o secMask) {
	m[0], m[1], m[2], m[3] = m[0]|o[0], m[1]|o[1], m[2]|o[2], m[3]|o[3]
}

// meets reports whether m and o share a section.
func (m *secMask) meets(o secMask) bool {
	return m[0]&o[0] != 0 || m[1]&o[1] != 0 || m[2]&o[2] != 0 || m[3]&o[3] != 0
}

// may reports whether a phrase of a section in m may start in the
// sentence.
func (sc *sentence) may(m secMask) bool { return sc.starts.meets(m) }

// startsAt is sc.ar.x.rules.startsAny(sc.items, i, *m) for i within
// the sentence, which the rules ask of every word of most sentences.
// appendItems looked up every word of the sentence as it laid them out,
// and a mention has no rules: small enough to be inlined, startsAt reads
// the item alone.
func (sc *sentence) startsAt(i int, m *secMask) bool {
	e := sc.items[i].rules
	return e != nil && e.starts.meets(*m)
}

// mayStart reports whether a phrase of section sec may start in the
// sentence: when it does not, phraseAt gives 0 for sec at each of its
// items. A rule that asks phraseAt at every word asks this once first.
func (sc *sentence) mayStart(sec string) bool { return sc.may(sc.ar.x.rules.maskOf(sec)) }

func (sc *sentence) claim(subj *mention, p graph.Predicate, obj *mention, verb string, conf float64) {
	if subj == nil || obj == nil {
		return
	}
	if subj.kind == byPronoun || obj.kind == byPronoun {
		conf = min(conf, confPronoun)
	}
	if subj.kind == byRole {
		conf = min(conf, confRole)
	}
	if p == graph.Met && sc.contest() {
		return // "He now meets Mariano Puerta in the final": a match, no meeting
	}
	sid, oid := sc.argID(subj, p, true), sc.argID(obj, p, false)
	if oid == sid && obj.alt != "" {
		// "Tesco ... the GMB accused the company of": a class noun is
		// not its own clause's agent; it means the one named before.
		o := *obj
		o.id, o.alt = o.alt, ""
		obj = &o
		oid = sc.argID(obj, p, false)
	}
	if obj.kind == byPronoun && (p == graph.Accused || p == graph.Criticized) && sc.ar.affiliated(sid, oid) {
		// "He accused the party of ...": not the party he speaks for; the
		// anaphor found the wrong one.
		return
	}
	// "No 10 media chief X": a seat of power, not a capital ("London race
	// director X").
	seat := p == graph.AffiliatedWith && obj.state != "" && sc.ar.ents[oid] != nil && sc.ar.x.capital[obj.state] != oid
	// "Lawmakers in California are examining": a place that governs
	// itself acts through its own lawmakers, officials or prosecutors.
	governs := subj.governs && sid == subj.id && (p == graph.Investigates || p == graph.Accused || p == graph.Criticized || p == graph.Denied)
	if !argOK(sc.ar.ents[sid], p, true) && !governs || !argOK(sc.ar.ents[oid], p, false) && !seat {
		return
	}
	if p == graph.AffiliatedWith && sc.ar.ents[oid].Type == graph.Country && sc.ar.x.rules.privateRole(strings.TrimPrefix(verb, "former ")) {
		return // "Jane Orme, a US researcher": a nationality, no service of the state
	}
	if ps := sc.ar.x.personStates[sid]; p == graph.AffiliatedWith && sc.ar.ents[oid].Type == graph.Country && len(ps) > 0 && !slices.Contains(ps, oid) {
		// "dignitaries including Bill Clinton, the King of Belgium": a
		// list read as an apposition; the gazetteer knows whom he serves.
		return
	}
	c := graph.Claim{
		Subject: sid, Predicate: p, Object: oid, Article: sc.ar.a.ID,
		Evidence: sc.s.Text, Start: sc.s.Start, End: sc.s.End,
		Verb: verb, CAMEO: p.CAMEO(), Confidence: conf,
	}
	sc.emit(c)
	if p == graph.Attacked {
		sc.attacks = append(sc.attacks, c)
	}
	if p == graph.Accused {
		sc.noteLawsuit(subj, sid, verb)
	}
	if sc.subject == nil && !sc.inQuote(subj) && sc.names(subj) && !(p == graph.AffiliatedWith && sc.pronounLed()) {
		// A name inside a quotation is no subject for the next
		// sentence's pronoun: the speaker is. Nor is a party the
		// sentence does not name ("X is on trial": the prosecutors'),
		// nor the holder of a role named after a pronoun subject ("He
		// urged the chancellor to act": he goes on being the subject).
		sc.subject = subj
	}
}

// contest reports whether the sentence tells of a sporting contest
// ([contest-cue]: "in the quarter-finals", "the wild card"; or a score,
// "winning 2-0"), where to meet someone is to play them.
func (sc *sentence) contest() bool {
	r := sc.ar.x.rules
	items := sc.items
	for k, it := range items {
		if it.m != nil {
			continue
		}
		if r.phraseAt(items, k, "contest-cue") > 0 {
			return true
		}
		if k+2 < len(items) && isDigits(it.tok.text) && len(it.tok.text) <= 2 && (items[k+1].tok.text == "-" || items[k+1].tok.text == "–") &&
			isDigits(items[k+2].tok.text) && len(items[k+2].tok.text) <= 2 && items[k+1].tok.start == it.tok.end && items[k+2].tok.start == items[k+1].tok.end {
			return true // a score: "6-4", "2-0"
		}
	}
	return false
}

// names reports whether the sentence names m, or m is a pronoun of it.
func (sc *sentence) names(m *mention) bool {
	if m.kind == byPronoun {
		return true
	}
	for k := range sc.items {
		if o := sc.items[k].m; o != nil && o.id == m.id {
			return true
		}
	}
	return false
}

// inQuote reports whether m stands inside quotation marks.
func (sc *sentence) inQuote(m *mention) bool {
	k := sc.indexOf(m)
	return k >= 0 && sc.items[k].quoted
}

// indexOf returns the index of m's item in the sentence, or -1.
func (sc *sentence) indexOf(m *mention) int {
	for k := range sc.items {
		if sc.items[k].m == m {
			return k
		}
	}
	return -1
}

// argID picks the entity a mention stands for in a given role: a capital
// that speaks, accuses or is accused is its state ("Moscow said"), but a
// capital that is struck is the city.
func (sc *sentence) argID(m *mention, p graph.Predicate, subject bool) string {
	if m.state != "" && !(p == graph.Attacked && !subject) && p != graph.AffiliatedWith {
		sc.ar.add(m.state, graph.Country, "", m.surface)
		return m.state
	}
	return m.id
}

// argOK checks an argument's type against the predicate: only agents
// accuse, deny or attack; places are struck, not accused.
func argOK(e *graph.Entity, p graph.Predicate, subject bool) bool {
	if e == nil {
		return false
	}
	t := e.Type
	agent := t == graph.Person || t == graph.Organization || t == graph.Country
	switch p {
	case graph.AffiliatedWith:
		if subject {
			return t == graph.Person
		}
		return agent
	case graph.Attacked:
		if subject {
			return agent
		}
		return t != graph.Event
	case graph.Denied, graph.Investigates, graph.Criticized:
		if subject {
			return agent
		}
		return true
	default:
		return agent
	}
}

// run applies every rule to the sentence.
func (sc *sentence) run() {
	sc.markReported()
	sc.regions = sc.findSpeakers()
	// Roles first: a denial later in the sentence needs to know whom its
	// speaker speaks for.
	sc.affiliations()
	sc.seatOn()
	sc.employed()
	sc.officeRules()
	sc.verbRules()
	sc.nounRules()
	sc.clauseRules()
	sc.stanceRules()
	sc.chargeRules()
	sc.threatCues()
	sc.harmCalls()
	sc.shadowRoles()
	if len(sc.attacks) > 0 {
		sc.coAttackers()
	}
	sc.orFace()
	if sc.mayStart("attack-noun") || sc.ar.eventTargets != nil {
		sc.nominalAttacks()
	}
	sc.hitByWeapons()
	sc.weaponsStrike()
	sc.weaponsFired()
	sc.notePlans()
	for k := range sc.items {
		if m := sc.items[k].m; m != nil {
			sc.ar.recent = append(sc.ar.recent, m)
		}
	}
	if sc.people < 2 {
		sc.ar.listed = sc.ar.listed[:0] // personList finds no list of fewer
	} else {
		sc.ar.listed = sc.personList(len(sc.items), sc.ar.listed[:0])
	}
}

// coAttackers adds, to each strike the sentence states, the armed
// group it names as taking part in an absolute phrase: "failed to
// conquer Bakhmut ..., with the Wagner mercenary group heavily
// involved" is Wagner's attack on Bakhmut too.
func (sc *sentence) coAttackers() {
	items := sc.items
	for k := 0; k+2 < len(items); k++ {
		if !items[k].is("with") || k == 0 || !items[k-1].is(",") {
			continue
		}
		j := k + 1
		for j < len(items) && j <= k+3 && items[j].m == nil && isLowerWord(items[j].low) && !preposition[items[j].low] {
			j++ // "the notorious"
		}
		if j >= len(items) || items[j].m == nil {
			continue
		}
		m := items[j].m
		if m.modifier || m.kind == byEvent || m.typ != graph.Organization && m.typ != graph.Country {
			continue
		}
		e := j + 1
		for e < len(items) && e <= j+4 && items[e].m == nil && isLowerWord(items[e].low) && !items[e].is("involved", "taking", "participating", "and", "but", "which", "who") {
			e++ // "mercenary group heavily"
		}
		if e >= len(items) || !(items[e].is("involved", "participating") || items[e].is("taking") && e+1 < len(items) && items[e+1].is("part")) {
			continue
		}
		if items[e].is("taking") {
			e++ // "taking part"
		}
		if e+1 < len(items) && items[e+1].is("in") && !sc.attackWithin(e+2, 4) {
			continue // "with the US involved in planning": a part in something else
		}
		id := sc.argID(m, graph.Attacked, true)
		for _, c := range sc.attacks {
			if c.Subject == id || c.Object == id {
				continue
			}
			c.Subject = id
			c.Verb = joinItems(items[k : e+1])
			c.Confidence = min(c.Confidence, confNominal)
			sc.emit(c)
		}
	}
}

// orFace reads a demand with a penalty: "X called on Y to pay by Monday
// or face a strike", "told Y to resign or face the sack" threaten Y. The
// demand is a verb of [demand] with its object and "to" after it, before
// "or face" in the same clause.
func (sc *sentence) orFace() {
	items := sc.items
	for k := 1; k+1 < len(items); k++ {
		if !items[k].is("or") || !items[k+1].is("face") {
			continue
		}
		for v := k - 2; v >= 0 && v >= k-16; v-- {
			if items[v].is(".", ";", ":", "but") {
				break
			}
			n := sc.ar.x.rules.phraseAt(items, v, "demand")
			if n == 0 && items[v].is("warned", "warns", "warning", "ordered", "orders", "ordering", "instructed", "instructs") {
				n = 1 // "warned Y to apologise or face expulsion"
			}
			if n == 0 || items[v].m != nil {
				continue
			}
			objs, next := sc.objectsAfter(v+n, 0)
			if len(objs) == 0 || next >= k || !items[next].is("to") || sc.negated(v) {
				break
			}
			subj := sc.subjectBefore(v)
			if subj == nil {
				break
			}
			if sc.toldByOther(v, subj) {
				break // what another says was demanded is that one's claim
			}
			for _, o := range objs {
				if o.id != subj.id {
					sc.claim(subj, graph.Threatened, o, joinItems(items[v:v+n])+" ... or face", confNominal)
				}
			}
			break
		}
	}
}

// nominalAttacks reads a strike told as a noun with its maker before it
// and its target after: "Russia's attack on Kyiv killed ten", "a Russian
// missile strike on Odesa", "Israel's offensive in Gaza". The maker is a
// state or an armed force, the target a place; a strike only feared,
// alleged or reported by someone else is no fact.
func (sc *sentence) nominalAttacks() {
	r, items := sc.ar.x.rules, sc.items
	for k := 1; k < len(items); k++ {
		n := r.phraseAt(items, k, "attack-noun")
		var event *mention // "a Russian missile strike on Kharkiv", read as an incident
		if ev := items[k].m; ev != nil && ev.kind == byEvent && sc.ar.eventTargets[ev.id] != "" {
			event, n = ev, 1
		}
		if n == 0 || items[k].m != nil && event == nil || items[k].quoted || sc.negated(k) || sc.modal(k) {
			continue
		}
		a := k - 1
		if items[a].tok.isPossessive() && a > 0 {
			a-- // "Russia's attack"
		}
		m := items[a].m
		if m == nil && items[a].is("its", "their") {
			m = sc.escalated(a)
		}
		if m == nil || !sc.ar.striker(m) {
			continue
		}
		if d := a - 1; d >= 0 && items[d].is("alleged", "suspected", "possible", "potential", "planned", "feared", "threatened", "imminent", "any", "no", "future", "expected", "new", "fresh") {
			continue // "a possible Russian attack on Kyiv": not made
		}
		var o *mention
		if event != nil {
			if t := sc.ar.eventTargets[event.id]; sc.ar.territory(t) {
				o = &mention{id: t, typ: sc.ar.ents[t].Type, kind: byPronoun}
			}
		} else {
			o = sc.placeAfter(k+n, 3)
		}
		if e := k + n; event == nil && o == nil && e+1 < len(items) && items[e].is("of") && items[e-1].is("invasion", "bombing", "bombings", "shelling", "bombardment", "siege", "blitz") {
			// "the Russian invasion of Ukraine", "Russia's shelling of
			// Kherson": the target after "of".
			if objs, _ := sc.objectsAfter(e+1, 1); len(objs) > 0 && objs[0].kind != byEvent && sc.ar.territory(objs[0].id) {
				o = objs[0]
			}
		}
		if o == nil || o.id == m.id {
			continue
		}
		end := items[k+n-1].tok.end
		if event != nil {
			end = event.end
		}
		sc.strike(m, o, k, sc.ar.a.Text[m.start:end], confNominal)
	}
}

// escalated returns the subject of a verb of [escalate] right before
// "its" or "their" at items[a], whose strikes they are: "Russia has
// intensified its attacks on Kharkiv", "stepped up their shelling of
// Kherson"; not "stopped its attacks" (a strike only feared or denied is
// no fact: nominalAttacks asks).
func (sc *sentence) escalated(a int) *mention {
	for v := a - 1; v > 0 && v >= a-2; v-- {
		if sc.ar.x.rules.phraseAt(sc.items, v, "escalate") > 0 {
			return sc.subjectBefore(v)
		}
	}
	return nil
}

// hitByWeapons reads a place hit by a state's weapons: "Kharkiv was hit
// by Russian missiles". "Hit" is no verb of [attack] ("hit by falling
// sales"): the weapons ([weapon-noun]) make it a strike and name the
// attacker. ("was struck by", a verb of [attack], is passiveRule's.)
func (sc *sentence) hitByWeapons() {
	if !sc.mayList("weapon-noun") {
		return // the weapons are a word of [weapon-noun]
	}
	items := sc.items
	for i := 2; i+3 < len(items); i++ {
		if !items[i].is("hit") || !items[i+1].is("by") || !items[i-1].is("was", "were", "been", "is", "are") {
			continue
		}
		a := i + 2
		m := items[a].m
		if m == nil || !sc.ar.striker(m) {
			continue
		}
		w := a + 1
		if w < len(items) && items[w].m == nil && isLowerWord(items[w].low) && w+1 < len(items) && sc.ar.x.rules.itemIn(items, w+1, "weapon-noun") {
			w++ // "Russian cruise missiles"
		}
		if w >= len(items) || !sc.ar.x.rules.itemIn(items, w, "weapon-noun") || items[i].quoted || sc.negated(i) || sc.modal(i) {
			continue
		}
		k := i - 2
		for k >= 0 && items[k].m == nil && skipWord(items[k].low) {
			k--
		}
		if k < 0 || items[k].m == nil {
			continue
		}
		if o := items[k].m; sc.ar.territory(o.id) && o.id != m.id {
			sc.strike(m, o, i, joinItems(items[i:w+1]), confPassive)
		}
	}
}

// weaponsStrike reads a state's weapons as the subject of a strike:
// "Russian missiles hit Kyiv", "Ukrainian drones attacked Moscow",
// "Israeli artillery shelled Gaza": the state strikes the place, a
// fact as told, and the speaker's accusation when reported ("The Kremlin
// said Ukrainian drones attacked Moscow").
func (sc *sentence) weaponsStrike() {
	r, items := sc.ar.x.rules, sc.items
	if !sc.mayList("weapon-noun") {
		return
	}
	for v := 2; v+1 < len(items); v++ {
		if items[v].m != nil || items[v].quoted || r.phraseAt(items, v, "attack") != 1 && !items[v].is("hit", "hits") {
			continue
		}
		w := v - 1
		for w > 0 && items[w].m == nil && skipWord(items[w].low) {
			w--
		}
		if w < 1 || items[w].m != nil || !r.itemIn(items, w, "weapon-noun") || items[w].is("forces", "troops", "fire", "strikes", "gunfire") {
			continue
		}
		a := w - 1
		if items[a].m == nil && isLowerWord(items[a].low) && !preposition[items[a].low] && !items[a].tok.isPossessive() && a > 0 {
			a-- // "Russian cruise missiles"
		}
		poss := items[a].m == nil && items[a].tok.isPossessive() && a > 0
		if poss {
			a-- // "Russia's missiles"
		}
		m := items[a].m
		if m == nil || !sc.ar.striker(m) || m.kind != byDemonym && !poss {
			continue
		}
		if sc.negated(v) || sc.modal(v) {
			continue
		}
		objs, _ := sc.objectsAfter(v+1, 0)
		if len(objs) == 0 || objs[0].id == m.id || !sc.ar.territory(objs[0].id) {
			continue
		}
		sc.strike(m, objs[0], v, joinItems(items[w:v+1]), confVerb)
	}
}

// weaponsFired reads weapons fired at a place, and targets struck in
// one: "Hamas fired rockets into Israel", "Russia launched missiles at
// Kyiv", "Israeli jets bombed targets in Gaza". The one who fires is the
// attacker; told by a speaker, it is the speaker's accusation.
func (sc *sentence) weaponsFired() {
	r, items := sc.ar.x.rules, sc.items
	if !sc.mayList("weapon-noun") && !sc.mayStart("attack") {
		// Weapons fired are a word of [weapon-noun], and a strike on
		// targets starts a phrase of [attack]: most sentences have
		// neither, and every word of them was compared with the verbs
		// of firing.
		return
	}
	for v := 1; v+3 < len(items); v++ {
		it := items[v]
		if it.m != nil || it.quoted {
			continue
		}
		fire := it.is("fired", "fires", "firing", "launched", "launches", "launching", "lobbed", "dropped", "rained")
		struck := r.phraseAt(items, v, "attack") == 1 && !fire
		if !fire && !struck {
			continue
		}
		w := v + 1
		for w < len(items) && w <= v+3 && (items[w].m != nil || isLowerWord(items[w].low) || numberPart(items, w)) &&
			!(fire && r.itemIn(items, w, "weapon-noun")) && !(struck && items[w].is("targets", "positions", "sites", "bases")) {
			w++ // "fired dozens of rockets", "fired more rockets", "launched 1,000 drones", "struck Hamas targets"
		}
		if w+2 >= len(items) || fire && !r.itemIn(items, w, "weapon-noun") || struck && !items[w].is("targets", "positions", "sites", "bases") {
			continue
		}
		if fire && !items[w+1].is("at", "into", "on", "towards", "toward", "against", "across") || struck && !items[w+1].is("in", "across", "near", "inside", "throughout") {
			continue
		}
		objs, _ := sc.objectsAfter(w+2, 0)
		if len(objs) == 0 || sc.negated(v) || sc.modal(v) {
			continue
		}
		o := objs[0]
		if !sc.ar.territory(o.id) {
			continue
		}
		subj := sc.subjectBefore(v)
		if subj == nil || subj.id == o.id || subj.typ != graph.Country && subj.typ != graph.Organization {
			continue
		}
		sc.strike(subj, o, v, joinItems(items[v:w+2]), confVerb)
	}
}

// numberPart reports whether items[w] is digits, or the comma or point
// written inside a number ("1,000", "2.5").
func numberPart(items []item, w int) bool {
	if isDigits(items[w].low) {
		return true
	}
	return (items[w].low == "," || items[w].low == ".") && w > 0 && w+1 < len(items) && isDigits(items[w-1].low) && isDigits(items[w+1].low)
}

// toldByOther reports whether the verb at items[i] stands in what a
// speaker other than subj says: the speaker's claim, not a fact, where
// what a speaker says of itself stands.
func (sc *sentence) toldByOther(i int, subj *mention) bool {
	if !sc.items[i].reported && !sc.items[i].quoted {
		return false
	}
	sp := sc.speakerAt(i)
	return sp == nil || sp.id != subj.id
}

// territory reports whether the entity id is a place or a country,
// which can be struck.
func (ar *article) territory(id string) bool {
	e := ar.ents[id]
	return e != nil && (e.Type == graph.Place || e.Type == graph.Country)
}

// striker reports whether m names a state or an armed force, which can
// strike.
func (ar *article) striker(m *mention) bool {
	return m.kind != byEvent && (m.typ == graph.Country || m.typ == graph.Organization && ar.armed(m.id))
}

// strike records agent's strike on target told at items[i]: a fact as
// the article states it, the speaker's accusation of the agent when a
// speaker reports it ("Moscow said Ukraine's shelling of Donetsk
// killed ten").
func (sc *sentence) strike(agent, target *mention, i int, verb string, conf float64) {
	if !sc.items[i].reported {
		sc.claim(agent, graph.Attacked, target, verb, conf)
		return
	}
	if sp := sc.speakerAt(i); sp != nil && sp.id != agent.id && sc.argID(sp, graph.Accused, true) != sc.argID(agent, graph.Accused, false) {
		sc.claim(sp, graph.Accused, agent, verb, confReported)
	}
}

// attackWithin reports whether an attack noun ([attack-noun]) starts
// within n items from items[k].
func (sc *sentence) attackWithin(k, n int) bool {
	for j := k; j < len(sc.items) && j < k+n; j++ {
		if sc.items[j].m == nil && sc.ar.x.rules.phraseAt(sc.items, j, "attack-noun") > 0 {
			return true
		}
	}
	return false
}

// markReported flags the items after a verb of speech or accusation, or
// after an accusation noun: what follows is someone's claim.
func (sc *sentence) markReported() {
	r := sc.ar.x.rules
	cues := r.speechCues
	if !sc.may(cues) {
		return
	}
	for i := range sc.items {
		if sc.items[i].m != nil || !sc.startsAt(i, &cues) {
			continue
		}
		n := r.phraseAt(sc.items, i, "speech")
		if n == 0 {
			n = r.phraseAt(sc.items, i, "accuse")
		}
		if n == 0 {
			n = r.phraseAt(sc.items, i, "accusation-noun")
		}
		if n == 0 || narration(sc.items, i+n) {
			continue
		}
		end := sc.contrastEnd(i + n)
		if i > 1 && sc.items[i-2].is("what", "which") {
			// "for what he claimed was an attempt on his life by
			// launching rocket attacks": a free relative reports only
			// itself, up to the next preposition or comma.
			for k := i + n; k < len(sc.items); k++ {
				if sc.items[k].is(",", "by", "with", "after", "before", "while") {
					end = k
					break
				}
			}
		}
		// The verb itself is the speaker's act, not the report: "Iran
		// warned Israel of consequences" is a threat by Iran.
		for k := i + n; k < end; k++ {
			sc.items[k].reported = true
		}
		if end == len(sc.items) {
			return
		}
	}
}

// contrastEnd returns where a reported clause that starts at items[from]
// ends: at a comma before "while" or "whereas" and a new subject ("X said
// the plan was risky, while Labour criticised ..."), or at the end of the
// sentence.
func (sc *sentence) contrastEnd(from int) int {
	items := sc.items
	// "Tony Blair said Labour would set out plans and attacked the Tory
	// plans": a past verb after "and", where the report speaks of what
	// will or would be, is the speaker's own next act.
	modal := -1
	for k := from; k < len(items) && k < from+6 && modal < 0; k++ {
		switch items[k].low {
		case "would", "will", "could", "should", "must", "might", "may":
			if items[k].m == nil {
				modal = k
			}
		}
	}
	for k := from; k+2 < len(items); k++ {
		if modal >= 0 && k > modal && !items[k].quoted && items[k].low == "and" && items[k+1].m == nil && sc.ownAct(k+1) {
			return k
		}
		if !items[k].quoted && (items[k].low == "and" || items[k].low == "but") {
			// "The Tories say ... and Labour says ...": another speaker.
			j := k + 1
			if items[j].is("the") && j+1 < len(items) {
				j++
			}
			if m := items[j].m; m != nil && !m.modifier && j+1 < len(items) && items[j+1].m == nil && sc.ar.x.rules.itemIn(items, j+1, "speech") {
				return k
			}
		}
		if items[k].quoted || items[k].low != "," || !items[k+1].is("while", "whereas") {
			continue
		}
		j := k + 2
		if items[j].is("the") && j+1 < len(items) {
			j++
		}
		// A verb of the new subject's own, not a copula or auxiliary that
		// may go on with the report ("while Labour was a shambles").
		if m := items[j].m; m != nil && !m.modifier && m.kind != byEvent && j+1 < len(items) && items[j+1].m == nil && isLowerWord(items[j+1].low) &&
			!skipWord(items[j+1].low) && !items[j+1].is("should", "must") {
			return k
		}
	}
	return len(items)
}

// ownAct reports whether items[k] is a verb of claim in the past tense
// ("attacked", "accused", "denied", "warned"), which after "and" goes on
// with the subject of the verb of speech.
func (sc *sentence) ownAct(k int) bool {
	w := sc.items[k].low
	if !strings.HasSuffix(w, "ed") {
		return false
	}
	r := sc.ar.x.rules
	for _, sec := range []string{"attack", "criticize", "accuse", "deny", "threaten"} {
		if r.itemIn(sc.items, k, sec) || r.phraseAt(sc.items, k, sec) > 0 {
			return true
		}
	}
	return false
}

// subjectBefore finds the subject of the verb at items[i]: the nearest
// mention to the left across auxiliaries, adverbs, time phrases and an
// apposition set off by commas ("John Kirby, a spokesman for ...,
// described"). A participle without a subject of its own ("..., threatening
// Kyiv") takes the sentence's first subject.
func (sc *sentence) subjectBefore(i int) *mention {
	items := sc.items
	if m := sc.makerAside(i); m != nil {
		return m
	}
	k := i - 1
	for k >= 0 {
		it := items[k]
		switch {
		case it.m != nil && (it.m.typ == graph.Place || k > 0 && preposition[items[k-1].low]) && sc.reducedRelative(k) != nil:
			// "A British terror suspect held in Guantanamo Bay for 33
			// months plans to sue": the one held, not the place.
			return sc.reducedRelative(k)
		case it.m != nil && (it.m.typ == graph.Place || it.m.typ == graph.Country) && !it.m.modifier && k > 1 && items[k-1].is("in", "at"):
			// "An EU spokesman in Washington dismissed": where the
			// speaker is, not who speaks; but "Lawmakers in California
			// are examining" are the state's own.
			if j := k - 2; sc.ar.x.rules.itemIn(items, j, "place-agent") && (j == 0 || items[j-1].is("the") && j == 1) {
				m := *it.m
				m.governs = m.typ == graph.Place && sc.ar.x.rules.itemIn(items, j, "place-government")
				return &m
			}
			k -= 2
		case it.m == nil && it.low == "state" && k >= 3 && items[k-1].is("the") && items[k-2].is("in") && sc.ar.x.rules.itemIn(items, k-3, "place-agent") &&
			(k == 3 || k == 4 && items[0].is("the")):
			// "Lawmakers in the state are examining": the state the
			// story named last, acting through its own.
			for j := len(sc.ar.recent) - 1; j >= 0; j-- {
				if m := sc.ar.recent[j]; m.typ == graph.Place && m.kind == byName && !m.modifier {
					cp := *m
					cp.kind, cp.governs = byPronoun, sc.ar.x.rules.itemIn(items, k-3, "place-government")
					return &cp
				}
			}
			return nil
		case it.m != nil:
			if it.m.modifier {
				return nil // "pro-Kremlin figures called for"
			}
			if sc.relativeObject(k) {
				return nil // "councillors who back Mr Flight met": not Mr Flight
			}
			if d := sc.describedOf(k); d != nil {
				return d // the associate the story's opening describes
			}
			if sc.tiedTo(k) {
				return nil // "a close associate of X has told a court": not X
			}
			if j := sc.personOfBody(k); j >= 0 {
				// "Jane Orme of Oxfam said": she speaks, not Oxfam.
				if sc.tiedTo(j) {
					return nil
				}
				return items[j].m
			}
			return it.m
		case skipWord(it.low):
			k--
		case intentWord(it.low) && k+2 == i && items[k+1].is("to") && sc.ar.x.rules.phraseAt(items, i, "accuse") > 0:
			// "X plans to sue Y": a lawsuit announced accuses as one
			// filed does; "X plans to attack Y" attacks no one yet.
			k--
		case (it.low == "\"" || it.low == "“" || it.low == "‘") && !it.quoted && k < i && scareMark(items, k):
			k-- // the opening mark of a scare quote: `X "totally refuted"`, `X was "disappointed" with`
		case k > 0 && items[k-1].m != nil && !items[k-1].m.modifier && items[k-1].m.typ == graph.Organization &&
			sc.ar.x.rules.itemIn(items, k, "org-class") && !sc.ar.x.rules.itemIn(items, k, "related-class"):
			// "The GMB union accused": the body named by its class; but
			// "the Tesco rival said" is another.
			m := *items[k-1].m
			return &m
		case k > 0 && items[k-1].m != nil && !items[k-1].m.modifier && sc.ar.x.rules.itemIn(items, k, "body-voice"):
			// "A Downing Street spokesman denied": the body speaks.
			m := *items[k-1].m
			return &m
		case k > 0 && items[k-1].m != nil && !items[k-1].m.modifier && items[k-1].m.typ != graph.Person && items[k-1].m.kind != byEvent &&
			sc.ar.x.rules.itemIn(items, k, "body-instrument"):
			// "A US Senate inquiry criticised", "a Commons committee
			// found": the body judges through it.
			m := *items[k-1].m
			return &m
		case k > 2 && items[k-1].is("of") && isLowerWord(it.low) && items[k-3].m != nil && !items[k-3].m.modifier && items[k-2].is("panel", "team", "group", "committee"):
			// "a UN panel of experts said".
			m := *items[k-3].m
			return &m
		case k > 0 && sc.publishedBy(k) != nil:
			// "A BBC report claimed": the body speaks through it.
			m := *sc.publishedBy(k)
			return &m
		case it.is("that", "which") && k > 1 && sc.publishedBy(k-1) != nil:
			// "a Sunday Times article that claimed".
			m := *sc.publishedBy(k - 1)
			return &m
		case it.m == nil && it.rules != nil && sc.writtenBy(k) != nil:
			// "Ann Lee's lawsuit accuses", "Robert Peston's new book
			// claims": the author speaks through it.
			m := *sc.writtenBy(k)
			return &m
		case it.m == nil && it.rules != nil && sc.publisherOf(k) != nil && (k+1 >= len(items) || !items[k+1].is("of")):
			// "The book, by journalist Robert Peston, ... The book
			// says": its author speaks through it.
			m := *sc.publisherOf(k)
			m.kind = byPronoun
			return &m
		case isLowerWord(it.low) && sc.stateBody(k) != nil:
			// "Australia's securities watchdog is investigating": a
			// state's unnamed body acts for the state.
			return sc.stateBody(k)
		case isLowerWord(it.low) && sc.officeOfState(k) != nil:
			// "Russia's foreign minister accused", "the Indian finance
			// minister lashed out": an office of state no name holds
			// here speaks for the state.
			return sc.officeOfState(k)
		case it.rules != nil && sc.ar.x.rules.has(it, "body-voice") && sc.voiceOwner(k) != nil:
			// "The Kremlin's spokesman said", "Mr Blair's official
			// spokesman said", "His spokesman denied".
			return sc.voiceOwner(k)
		case it.low == "," || it.low == "—" || it.low == "–":
			// "X, who represents A and B, said": the relative clause
			// is about X, who speaks.
			if j := sc.relativeClauseStart(k); j > 0 {
				if m := items[j-1].m; m != nil && !m.modifier {
					return m
				}
				if items[j-1].tok.capitalised() && items[j-1].tok.isWord() {
					return nil // "Euronext, which combines the Paris ... exchanges, began": a subject no list knows
				}
			}
			// "X, financed by billionaire Y, has accused": the agent of
			// a participle in apposition is not the subject; X is.
			if j := sc.participleAppositionStart(k); j > 0 {
				if items[j-1].is(")") && j > 3 && items[j-3].is("(") {
					j -= 3 // "The Open Society Institute (OSI), financed by ..."
				}
				if m := items[j-1].m; m != nil && !m.modifier {
					return m
				}
				return nil // "Brelcom, owned by X, denied": a subject no list knows
			}
			// "..., Norman Brennan, accused": the name before the comma.
			if k > 0 && items[k-1].m != nil && items[k-1].m.typ == graph.Person && !items[k-1].m.modifier {
				return items[k-1].m
			}
			// "The media watchdog, Reporters Without Borders, accused":
			// the name a class noun is given in apposition.
			if k > 1 && items[k-1].m != nil && !items[k-1].m.modifier && sc.classApposed(sc.apposedComma(k-1), items[k-1].m.typ) {
				return items[k-1].m
			}
			// Skip back over an apposition to the comma that opens it.
			j := k - 1
			for j >= 0 && !(items[j].m == nil && items[j].low == ",") && k-j < 30 {
				j--
			}
			if j > 1 && k-j < 30 && items[j-1].m == nil && items[j-2].m != nil && items[j-2].m.typ == graph.Person && sc.ar.x.rules.tokenIn("post-nominal", &items[j-1].tok) {
				j-- // "Paul Boateng MP, Labour's Chief Secretary, said"
			}
			if j >= 0 && k-j < 30 && j > 0 && items[j-1].m != nil && !items[j-1].m.modifier {
				if sc.tiedTo(j - 1) {
					// "The majority owner of Yukos, Group Menatep, has
					// sued": the owner, named in apposition.
					if m := items[k-1].m; m != nil && !m.modifier && m.kind != byEvent && j == k-2 {
						return m
					}
					return nil
				}
				return items[j-1].m
			}
			return nil
		case it.is("as") && k > 0 && items[k-1].is("quoted", "reported", "described"):
			k -= 2 // "X has been quoted as telling members"
		case it.is("reported", "said", "understood", "believed", "thought", "known") && k > 0 && k+1 < i && items[k+1].is("to") && items[k-1].is("is", "was", "are", "were"):
			k -= 2 // "X is reported to have held talks with Y"
		case it.is("which", "who", "that") && k > 0 && items[k-1].is(","):
			k -= 2
		case it.is("who") && sc.apposedBefore(k) != nil:
			// "Tom Reed, a UK investment banker who has held talks
			// with X": the person the description is of.
			return sc.apposedBefore(k)
		case it.is("which", "who") && k > 0 && items[k-1].m != nil:
			k-- // "the Scottish National Party which accused him"
		case it.is("who") && k > 1 && items[k-2].m != nil && !items[k-2].m.modifier && sc.ar.x.rules.itemIn(items, k-1, "body-voice"):
			// "Labour MPs who blame Mr Blair", "US lawmakers who blame
			// China": the body speaks through its own, as without "who".
			m := *items[k-2].m
			return &m
		case it.is("and", "but") && k > 0 && items[k-1].m == nil:
			// "agents who raided his home and threatened him": the
			// relative clause's subject, named or not.
			if m, ok := sc.relativeSubject(k); ok {
				return m
			}
			// "X rejected the accusations and said ...", "X backed the
			// proposals but said ...": the first verb's subject.
			return sc.participleSubject(k + 1)
		case it.is("i", "we") && it.quoted && sc.speakerAt(k) != nil:
			// `X said: "I have warned them"`: the one quoted.
			cp := *sc.speakerAt(k)
			cp.kind = byPronoun
			return &cp
		case it.is("he", "she", "it", "they", "we") && sc.selfReport(k) != nil:
			// "US officials said they were assessing": the speaker.
			return sc.selfReport(k)
		case it.is("he", "she"):
			// "Tessa Jowell said ... and she accused": a person
			// earlier in the sentence, else the last sentence's subject.
			// In a quotation, "he" is someone other than its speaker:
			// `X said: "He has been a prudent chancellor"`.
			var speaker string
			if sp := sc.speakerAt(k); sp != nil && (it.quoted || sp == sc.quoteSpeaker) {
				speaker = sp.id // a quotation here, or one carried on from before
			}
			// "Mr Blair has failed, he claimed": the words before a
			// closing "he said" are reported, and the people they name
			// are not who says them.
			var told map[string]bool
			if k == i-1 && k > 0 && items[k-1].is(",") && sc.ar.x.rules.itemIn(items, i, "speech") {
				told = make(map[string]bool)
				for j := k - 1; j >= 0 && !(items[j].m == nil && (items[j].quoted || items[j].is("\"", "”", ":", ";", "."))); j-- {
					// (Only the reported words: not a quotation before
					// them, which an abbreviation may have joined to this
					// sentence.)
					if m := items[j].m; m != nil && m.typ == graph.Person {
						told[m.id] = true
					}
				}
			}
			for j := k - 1; j >= 0; j-- {
				if m := items[j].m; m != nil && m.typ == graph.Person && !items[j].quoted && m.kind != byPronoun && m.id != speaker && !told[m.id] && sc.ar.fits(m.id, it.low) {
					cp := *m
					cp.kind = byPronoun
					return &cp
				}
			}
			if p := sc.pronoun(graph.Person); p != nil && p.id != speaker && !told[p.id] && sc.ar.fits(p.id, it.low) {
				return p
			}
			// "Tony Blair spoke of his wife Cherie. She said": the last
			// person of the pronoun's gender.
			for j := len(sc.ar.recent) - 1; j >= 0 && j >= len(sc.ar.recent)-12; j-- {
				if m := sc.ar.recent[j]; m.typ == graph.Person && m.kind != byPronoun && m.id != speaker && !told[m.id] && sc.ar.gender[m.id] != "" && sc.ar.fits(m.id, it.low) {
					cp := *m
					cp.kind = byPronoun
					return &cp
				}
			}
			return nil
		case it.is("they") && sc.pluralBefore(k):
			// "The campaigners were so angered they threatened": the
			// campaigners, whom no name gives.
			return nil
		case it.is("it", "they"):
			return sc.pronoun("")
		default:
			return sc.reducedRelative(k)
		}
	}
	return nil
}

// makerAside returns the maker a document's aside names right before
// the verb at items[i]: "The lawsuit, filed by Zak Pellow, claims",
// "The report, published by the Audit Commission, criticised": a
// document, lawsuit or inquiry ([publication], [lawsuit-noun],
// [body-instrument]) speaks for whoever the participle after it says
// made it.
func (sc *sentence) makerAside(i int) *mention {
	items := sc.items
	j := i - 1
	if j < 4 || !items[j].is(",") {
		return nil
	}
	c := j - 1
	for c > 0 && c >= j-8 && !items[c].is(",") {
		c--
	}
	if c < 1 || !items[c].is(",") || c+3 >= j || !strings.HasSuffix(items[c+1].low, "ed") || !items[c+2].is("by") {
		return nil
	}
	r := sc.ar.x.rules
	if n := items[c-1]; n.m != nil || !r.has(n, "publication") && !r.has(n, "lawsuit-noun") && !r.has(n, "body-instrument") {
		return nil
	}
	a := sc.nameIndex(c + 3)
	if a >= j || items[a].m == nil {
		return nil
	}
	if m := items[sc.head(a)].m; !m.modifier && m.kind != byEvent && m.typ != graph.Place {
		return m
	}
	return nil
}

// relativeSubject finds the relative clause that the verb after "and"
// at items[k] goes on: "agents who raided his home and threatened" shares
// the subject of "who", the noun before it. It returns that subject when
// a name gives it ("Mr Smith, who raided ... and"), nil for a noun that no
// name gives, and false when no "who" or "which" opens the clause.
func (sc *sentence) relativeSubject(k int) (*mention, bool) {
	items := sc.items
	for j := k - 1; j >= 1 && j >= k-12; j-- {
		it := items[j]
		if it.m != nil {
			continue
		}
		if it.is(",", ";", ":", "\"", "“", "”", "and", "but", "or", "that") {
			return nil, false
		}
		if !it.is("who", "which") {
			continue
		}
		a := j - 1
		if items[a].is(",") && a > 0 {
			a-- // "Mr Smith, who ..."
		}
		if m := items[a].m; m != nil {
			if m.modifier {
				return nil, false
			}
			return m, true
		}
		return nil, true
	}
	return nil, false
}

// relativeObject reports whether the mention at items[k] stands inside a
// relative clause about a noun that no name gives, after its verb:
// "councillors who back Mr Flight met": the one who meets is the
// councillors, whom no name gives.
func (sc *sentence) relativeObject(k int) bool {
	items := sc.items
	for j := k - 1; j >= 1 && j >= k-4; j-- {
		it := items[j]
		if it.m != nil || it.is(",", ";", ":", "and", "but") {
			return false
		}
		if it.is("who", "which", "that") {
			// A verb between: "who back Mr Flight", not "a charge which
			// the administration denies", where the name is the clause's
			// own subject.
			verb := false
			for _, w := range items[j+1 : k] {
				if w.is("saw", "sees", "see", "seen", "watched", "heard", "made", "makes", "let", "lets", "helped", "helps") {
					return false // "a trial which saw Scholl deny the charges": Scholl denies
				}
				verb = verb || !w.is("the", "a", "an", "his", "her", "its", "their", "mr", "mrs", "ms", "dr", "sir", "lord") &&
					!sc.ar.x.rules.has(w, "org-class") && !sc.ar.x.rules.has(w, "role") // not "which the firm Zentrix denies"
			}
			p := items[j-1]
			return verb && p.m == nil && isLowerWord(p.low) && !skipWord(p.low) && !preposition[p.low] &&
				!sc.ar.x.rules.has(p, "speech")
		}
	}
	return false
}

// objectRelative returns the name a relative clause opened by "whom",
// "which" or "that" is about, when the clause's own subject, subj, stands
// between the pronoun and the verb at items[i]: "Tom Reed, whom Ed Bale
// accused of lying", "Quill Bank, which the FSA is investigating". It
// returns nil otherwise.
func (sc *sentence) objectRelative(i int, subj *mention) *mention {
	items := sc.items
	if subj == nil {
		return nil
	}
	s := i - 1
	for s >= 0 && items[s].m == nil && (skipWord(items[s].low) || items[s].is("is", "are", "was", "were")) {
		s--
	}
	if s < 2 || items[s].m == nil || items[s].m.id != subj.id {
		return nil
	}
	p := s - 1
	if items[p].is("the") {
		p--
	}
	if p < 1 || !items[p].is("whom", "which") {
		return nil
	}
	a := p - 1
	if items[a].is(",") && a > 0 {
		a--
	}
	if m := items[a].m; m != nil && !m.modifier && m.kind != byEvent && m.typ != graph.Place && m.id != subj.id {
		return m
	}
	return nil
}

// unnamedRelative reports whether the verb at items[i] goes on, after
// "and", a relative clause about a noun that no name gives ("agents who
// raided his home and threatened him"): it then has no subject to find.
func (sc *sentence) unnamedRelative(i int) bool {
	if i < 1 || !sc.items[i-1].is("and") {
		return false
	}
	m, ok := sc.relativeSubject(i - 1)
	return ok && m == nil
}

// reducedRelative returns the subject before a participle phrase that
// ends at items[k] ("a suspect held in Guantanamo Bay for 33 months",
// "a firm based in Texas"): the name right before a participle that a
// preposition follows, with no clause break between it and k. It
// returns nil when there is none.
func (sc *sentence) reducedRelative(k int) *mention {
	items := sc.items
	for p := k; p >= 1 && p >= k-10; p-- {
		it := items[p]
		if it.m != nil {
			continue
		}
		if it.endsRelative() {
			return nil
		}
		if p+1 <= k && items[p+1].is("in", "at", "for", "by", "from", "on", "over", "since", "after", "under", "near", "inside", "outside") && pastParticiple(it.low) {
			m := items[p-1].m
			if m == nil || m.modifier || m.kind == byEvent || m.typ != graph.Person && m.typ != graph.Organization {
				return nil
			}
			return m
		}
	}
	return nil
}

// endsRelative reports whether the item is a mark or word that
// reducedRelative stops at, as is(",", ";", ":", "-", "–", "—", "(", ")",
// "\"", "“", "”", "that", "who", "which", "and", "but", "or") would,
// without building the list at each call.
func (it *item) endsRelative() bool {
	switch it.low {
	case ",", ";", ":", "-", "–", "—", "(", ")", "\"", "“", "”", "that", "who", "which", "and", "but", "or":
		return true
	}
	return false
}

// pastParticiple reports whether w looks like a past participle: "held",
// "based", "jailed".
func pastParticiple(w string) bool {
	switch w {
	case "held", "kept", "born", "caught", "brought", "sent", "taken", "seen", "known", "put", "built", "sold", "bought", "shot", "hit", "struck", "found", "led", "run",
		"made", "given", "written", "spoken", "told", "thrown", "drawn":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && isLowerWord(w)
}

// pastTense reports whether w looks like a regular verb in the past
// that opens a clause's predicate: "lied", "planned", "posed".
func pastTense(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "ed") && isLowerWord(w)
}

// tiedTo reports whether the mention at items[k] names whom someone
// else is tied to: "a close associate of X", "a friend of former Yukos
// boss X" (a title may stand between).
func (sc *sentence) tiedTo(k int) bool {
	if j := sc.ofBefore(k); j > 0 && sc.ar.x.rules.has(sc.items[j-1], "relation-noun") {
		return true
	}
	// "The majority owner of embattled Russian oil firm Yukos has sued":
	// the owner sues, across the words that describe the firm.
	for j := k - 1; j > 0 && j >= k-6; j-- {
		if it := sc.items[j]; it.is("of") {
			return sc.phraseEndsAt(j, "holder-noun") // "the majority owner of", "the parent company of"
		} else if it.m == nil && !isLowerWord(it.low) {
			return false
		}
	}
	return false
}

// phraseEndsAt reports whether a phrase of section sec, of up to three
// words, ends right before items[j].
func (sc *sentence) phraseEndsAt(j int, sec string) bool {
	for s := j - 1; s >= 0 && s >= j-3; s-- {
		if sc.ar.x.rules.phraseAt(sc.items, s, sec) == j-s {
			return true
		}
	}
	return false
}

// ofBefore returns where "of" stands before the name at items[k], past
// a title ("of former Yukos boss X"), or -1.
func (sc *sentence) ofBefore(k int) int {
	items := sc.items
	r := sc.ar.x.rules
	j := k - 1
	for s := 0; s < 5 && j > 0 && !items[j].is("of"); s++ {
		if it := items[j]; it.m == nil && !r.has(it, "role") && !r.has(it, "role-qualifier") && !it.tok.isPossessive() {
			return -1
		}
		j--
	}
	if j > 0 && items[j].is("of") {
		return j
	}
	return -1
}

// describedOf returns the person a description of kin or company stands
// for, when the name at items[k] is the one it is "of": "A close
// associate of X has told a court" (see leadDescriptions), or nil.
func (sc *sentence) describedOf(k int) *mention {
	j := sc.ofBefore(k)
	if j <= 0 {
		return nil
	}
	m := sc.items[j-1].m
	if m == nil || m.kind != byRole || m.typ != graph.Person {
		return nil
	}
	f := strings.Fields(m.surface)
	if len(f) == 0 || !sc.ar.x.rules.in("relation-noun", strings.ToLower(f[len(f)-1])) {
		return nil
	}
	return m
}

// publication is a body's publication named in an article: "a British
// Medical Journal article".
type publication struct {
	noun string
	body mention
}

// noteLawsuit records subj, standing for sid, as the one whose lawsuit
// "the lawsuit" or "the complaint" refers back to ([lawsuit-noun]) when
// the verb of its accusation is a lawsuit's ([lawsuit-verb]: "sued",
// "filed a lawsuit against"): "Quill Bank sued Zentix. The lawsuit
// alleges ..." is Quill Bank's allegation.
func (sc *sentence) noteLawsuit(subj *mention, sid, verb string) {
	legal := false
	for _, v := range sc.ar.x.lawsuitVerbs {
		if i := strings.Index(verb, v); i >= 0 && (i == 0 || verb[i-1] == ' ') && (i+len(v) == len(verb) || verb[i+len(v)] == ' ') {
			legal = true
			break
		}
	}
	if !legal {
		return
	}
	m := *subj
	m.id, m.kind = sid, byPronoun
	for _, noun := range sc.ar.x.lawsuitNouns {
		sc.ar.publications = append(sc.ar.publications, publication{noun, m})
	}
}

// notePublications records the publications the sentence names with
// their body.
func (sc *sentence) notePublications() {
	for k := 1; k < len(sc.items) && sc.hasCue(cueHeld); k++ {
		if it := sc.items[k]; it.m == nil && (it.low == "reported" || it.low == "reports") && !it.quoted {
			// "The Observer reported that ...": its report, its story
			// (not "Tesco reported a rise in sales").
			if m := sc.items[k-1].m; m != nil && m.typ == graph.Organization && !m.modifier && k+1 < len(sc.items) && sc.items[k+1].is("that") {
				for _, noun := range []string{"report", "story", "article"} {
					sc.ar.publications = append(sc.ar.publications, publication{noun, *m})
				}
			}
		}
	}
	if !sc.may(sc.ar.x.rules.publications) {
		return
	}
	r := sc.ar.x.rules
	for k := range sc.items {
		if n := r.phraseAt(sc.items, k, "publish-verb"); n > 0 && sc.items[k].m == nil {
			// "The Audit Commission issued a report": the report
			// later sentences call "the report" is the commission's.
			if j := sc.issuedNoun(k + n); j > 0 {
				if m := sc.subjectBefore(k); m != nil && !m.modifier && m.kind != byEvent && m.typ != graph.Place {
					sc.ar.publications = append(sc.ar.publications, publication{sc.items[j].low, *m})
				}
			}
		}
		if m := sc.publishedBy(k); m != nil {
			sc.ar.publications = append(sc.ar.publications, publication{sc.items[k].low, *m})
		} else if m := sc.writtenBy(k); m != nil {
			sc.ar.publications = append(sc.ar.publications, publication{sc.items[k].low, *m})
		} else if sc.items[k].rules != nil && r.has(sc.items[k], "publication") {
			if m := sc.possessedDocument(k); m != nil {
				sc.ar.publications = append(sc.ar.publications, publication{sc.items[k].low, *m})
			}
		}
	}
}

// authorBefore returns the author or publisher of the publication the
// sentence names before items[k], or nil.
func (sc *sentence) authorBefore(k int) *mention {
	for j := k - 1; j >= 0; j-- {
		if sc.items[j].m != nil || sc.items[j].rules == nil {
			continue
		}
		if m := sc.publishedBy(j); m != nil {
			return m
		}
		if m := sc.writtenBy(j); m != nil {
			return m
		}
	}
	return nil
}

// writtenBy returns the author of the publication noun at items[k] when
// "by" and the author's name follow it, across a comma and the words
// that describe the author: "The book, by Sunday Telegraph journalist
// Robert Peston, said", "a report by Lord Butler". Otherwise nil.
func (sc *sentence) writtenBy(k int) *mention {
	items := sc.items
	if items[k].m != nil || items[k].rules == nil || !sc.ar.x.rules.has(items[k], "publication") {
		return nil
	}
	// "Robert Peston's new book": a person's possessive, and words that
	// describe the book.
	for b := k - 1; b >= 1 && b >= k-3; b-- {
		if items[b].tok.isPossessive() {
			if m := items[b-1].m; m != nil && m.typ == graph.Person && !m.modifier {
				return m
			}
			break
		}
		if items[b].m != nil || !isLowerWord(items[b].low) {
			break
		}
	}
	j := k + 1
	if j < len(items) && items[j].is(",") {
		j++
	}
	if j >= len(items) || !items[j].is("by") {
		return nil
	}
	for j++; j < len(items) && j <= k+8; j++ {
		if m := items[j].m; m != nil && m.typ == graph.Person && !m.modifier {
			return m
		}
		if it := items[j]; it.m == nil && !isLowerWord(it.low) || it.is(",", "and", "which", "that") {
			return nil
		}
	}
	return nil
}

// publisherOf returns the body of the publication that a definite noun
// at items[k] refers back to ("the article", "this report"), or nil.
func (sc *sentence) publisherOf(k int) *mention {
	items := sc.items
	if k < 1 || k >= len(items) || items[k].m != nil {
		return nil
	}
	if d := k - 1; !items[d].is("the", "this", "that") && !(d > 0 && items[d].is("media", "newspaper", "press") && items[d-1].is("the", "this", "that")) {
		return nil // "the article", "the media reports"
	}
	noun := items[k].low
	for j := len(sc.ar.publications) - 1; j >= 0; j-- {
		if p := sc.ar.publications[j]; p.noun == noun || p.noun == noun+"s" || p.noun+"s" == noun {
			return &p.body
		}
	}
	return nil
}

// remarksOf returns whose remarks a definite noun at items[k] refers back
// to ("the comments", "these remarks"): the speaker reported last in the
// sentences before, other than not, or nil.
func (sc *sentence) remarksOf(k int, not *mention) *mention {
	items := sc.items
	if k < 1 || items[k].m != nil || !items[k-1].is("the", "these", "those", "his", "her") || !sc.ar.x.rules.has(items[k], "remark-noun") {
		return nil
	}
	if items[k-1].is("his", "her") && not != nil && not.typ == graph.Person && sc.ar.fits(not.id, pronounOf(items[k-1])) {
		return nil // "X said his comments may have been offensive": his own
	}
	for j := len(sc.ar.speakers) - 1; j >= 0; j-- {
		m := sc.ar.speakers[j]
		if m.kind == byPronoun || m.typ == graph.Place || not != nil && m.id == not.id {
			continue
		}
		if items[k-1].is("his", "her") && (m.typ != graph.Person || !sc.ar.fits(m.id, pronounOf(items[k-1]))) {
			continue
		}
		cp := *m
		cp.kind = byPronoun
		return &cp
	}
	return nil
}

// issuedNoun returns the index of the publication noun a verb of
// issuing governs from items[k] ("a statement", "its annual report",
// "a damning report"), or 0.
func (sc *sentence) issuedNoun(k int) int {
	items := sc.items
	if k >= len(items) || !items[k].is("a", "an", "its", "their", "his", "her", "the") {
		return 0
	}
	for j := k + 1; j < len(items) && j <= k+3; j++ {
		if items[j].m != nil || !isLowerWord(items[j].low) {
			return 0
		}
		if items[j].rules != nil && sc.ar.x.rules.has(items[j], "publication") {
			return j
		}
	}
	return 0
}

// publishedBy returns the body whose publication items[k] is ("BBC" of
// "a BBC report"), or nil.
func (sc *sentence) publishedBy(k int) *mention {
	items := sc.items
	if k < 1 || items[k].m != nil || !sc.ar.x.rules.has(items[k], "publication") {
		return nil
	}
	m := items[k-1].m
	if m == nil || m.modifier || m.typ != graph.Organization || m.kind == byPronoun {
		return nil
	}
	return m
}

// selfReport returns the speaker when the pronoun at items[k] opens the
// speaker's own reported clause ("X said they were ...", "X said that it
// would ..."), or nil.
func (sc *sentence) selfReport(k int) *mention {
	for _, rg := range sc.regions {
		if rg.from == k || rg.from == k-1 && sc.items[k-1].is("that") {
			cp := *rg.speaker
			cp.kind = byPronoun
			return &cp
		}
	}
	return nil
}

// intentWord reports whether w says what its subject means to do.
func intentWord(w string) bool {
	switch w {
	case "plans", "planned", "planning", "plan", "intends", "intended", "intending", "intend", "hopes", "hoped",
		"hoping", "aims", "aimed", "expects", "expected", "prepares", "prepared", "preparing", "vowed", "vows":
		return true
	}
	return false
}

// skipWord reports whether a word may stand between a subject and its
// verb: auxiliaries, adverbs and short time phrases.
func skipWord(w string) bool {
	switch w {
	case "has", "have", "had", "was", "were", "is", "are", "also", "again", "then", "now", "later", "earlier",
		"previously", "repeatedly", "publicly", "openly", "each", "jointly", "separately", "once", "often", "already", "still", "reportedly",
		"allegedly", "today", "yesterday", "overnight", "on", "last", "this", "night", "week", "month", "year",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "evening",
		"afternoon", "vehemently", "strongly", "swiftly", "quickly", "immediately", "flatly", "categorically",
		"firmly", "angrily", "has been", "been", "being", "would", "will", "could", "can", "may", "might",
		"did", "does", "do", "not", "itself", "himself", "herself", "themselves", "however", "in", "turn",
		"for", "its", "part", "their", "his", "her", "falsely", "wrongly", "directly", "personally", "effectively",
		"began", "begun", "started", "continued", "continues", "tried", "tries", "sought", "seeks", "wanted",
		"decided", "refused", "agreed", "helped", "moved", "went", "soon", "to", "since", "meanwhile", "too", "even", "both",
		"always", "never", "long", "first", "just", "forced", "obliged", "compelled", "felt", "quick", "keen", "eager", "able", "careful":
		return true
	}
	return strings.HasSuffix(w, "ly") && len(w) > 4
}

// subjectFor returns the subject of the sentence before when it is a
// person the pronoun ("he", "she") may stand for, else nil.
func (sc *sentence) subjectFor(pronoun string) *mention {
	if p := sc.pronoun(graph.Person); p != nil && sc.ar.fits(p.id, pronoun) {
		return p
	}
	return nil
}

// pronoun resolves "he", "she", "it" or "they" to the subject of the
// sentence before, when its type fits.
func (sc *sentence) pronoun(want graph.EntityType) *mention {
	p := sc.prev
	if p == nil {
		return nil
	}
	e := sc.ar.ents[p.id]
	if e == nil {
		return nil
	}
	if want == graph.Person && e.Type != graph.Person {
		return nil
	}
	if want == "" && e.Type == graph.Person {
		return nil
	}
	cp := *p
	cp.kind = byPronoun
	return &cp
}

// objectsAfter finds the objects of the verb ending at items[j]: the first
// mention after it, across determiners and a few modifiers, then those
// coordinated with it ("accused Ukraine and the US"). A possessor gives
// way to what it possesses ("Ukraine's southern Kherson region"), and a
// demonym to the name it qualifies ("Dutch Prime Minister Mark Rutte").
func (sc *sentence) objectsAfter(j int, maxSkip int) ([]*mention, int) {
	items := sc.items
	k := j
	skipped := 0
	if a := sc.judgedBy(j); a >= 0 {
		k = a // "criticised the decision by Quill Bank to close branches"
	}
	for k < len(items) && items[k].m == nil {
		w := items[k].low
		switch {
		case (w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "its" || w == "their") && skipped == 0 && sc.apposedAfter(k) > 0:
			// "by the media watchdog, Reporters Without Borders": the
			// name the class noun is given.
			k = sc.apposedAfter(k) - 1
		case (w == "the" || w == "its" || w == "their" || w == "his" || w == "her" || w == "a" || w == "an") && skipped > 0:
			// "attacked the way the Iraq war ...": a new noun phrase
			// after a skipped noun is not the object.
			return nil, k
		case w == "the" || w == "its" || w == "their" || w == "his" || w == "her" || w == "a" || w == "an",
			placeNoun[w], direction[w]:
			// "the northern city of Kharkiv" costs nothing to cross.
		case w == "“" || w == "”" || w == "\"" || w == "‘":
		case w == "both" && skipped == 0:
			// "criticised both the chancellor and the Tories"
		case yearWord(w) && k > j && items[k-1].is("the"):
			// "the inquiry into the 1981 Brixton riots"
		case w == "," && skipped > 0 && sc.ledBy(k) > 0:
			// "accused its predecessor, led by ex-President Leonid
			// Kuchma, of corruption": the one who led it.
			k = sc.ledBy(k) - 1
		case w == "and" && skipped > 0 && sc.conjunctAfter(k) > 0:
			// "criticised the plan and the Tories for failing": the
			// party joined to an unnamed thing is an object too.
			k = sc.conjunctAfter(k) - 1
		case sc.titleBefore(k) > 0:
			// "accused shadow chancellor Oliver Letwin": a title in lower
			// case before a name costs nothing.
			k += sc.titleBefore(k) - 1
		case items[k].tok.capitalised() && sc.portfolioTitle(k) > k:
			// "by the Trade and Industry Secretary Patricia Hewitt"
			k = sc.portfolioTitle(k) - 1
		case isLowerWord(w) && skipped < maxSkip && !sc.ar.x.rules.in("speech", w) && !preposition[w]:
			skipped++
		case w == "of" && k > j && placeNoun[items[k-1].low]:
			// "the city of Kherson"
		case w == "of" && skipped == 1 && k > j && items[k-1].m == nil && (sc.ar.x.rules.itemIn(items, k-1, "judged-thing") || sc.ar.x.rules.itemIn(items, k-1, "criticism-cue")) &&
			k+1 < len(items) && sc.endsPhrase(sc.nameIndex(k+1)):
			// "condemned the arrogance of Michael Howard", "attacked the
			// record of the Tories": the owner of what is judged; not
			// "the handling of the Iraq war".
			k = sc.nameIndex(k+1) - 1
		case items[k].tok.capitalised() && sc.ar.x.isHonorific(&items[k].tok):
		case items[k].tok.capitalised() && (sc.ar.x.rules.itemIn(items, k, "role") || sc.ar.x.rules.phraseAt(items, k, "role") > 0 ||
			k+1 < len(items) && sc.ar.x.rules.phraseAt(items, k, "role-qualifier") > 0 && items[k+1].tok.capitalised()):
			// "by Foreign Secretary Jack Straw": a title before the name.
		case sc.personDescription(k) > 0:
			// "by former Olympic champion Michael Johnson".
			k += sc.personDescription(k) - 1
		case sc.classBefore(k) > 0:
			// "criticised environment department Defra's approach".
			k += sc.classBefore(k) - 1
		default:
			return nil, k
		}
		k++
	}
	if k >= len(items) {
		return nil, k
	}
	var out []*mention
	for {
		k = sc.head(k)
		if m := items[k].m; m.typ == graph.Country && sc.nationalThing(k+1) {
			// "attacked US tabloid magazines", "accused Britain's top
			// sprinters": the state only says where they are from.
			return out, k
		}
		if k+1 < len(items) && items[k+1].m == nil && sc.ar.x.rules.has(items[k+1], "outsider-noun") {
			// "taunting Liverpool fans", "criticised Labour voters": the
			// body's followers, not the body.
			return out, k
		}
		out = append(out, items[k].m)
		n := k + 1
		if n < len(items) && items[n].m == nil && (items[n].low == "and" || items[n].low == "," || items[n].low == "&") {
			n++
			if n < len(items) && items[n].is("and") {
				n++
			}
			if n < len(items) && sc.apposedAfter(n) > 0 {
				a := sc.apposedAfter(n)
				k = a // "and the Palestinian leader, Mahmoud Abbas"
				continue
			}
			if n < len(items) && items[n].is("the", "its", "their") {
				n++
			}
			if n+1 < len(items) && items[n].is("other", "fellow", "senior", "several") {
				// "Mr Blair and other Cabinet ministers"
				for s := 1; s <= 2 && n+s < len(items); s++ {
					if items[n+s].m != nil {
						n += s
						break
					}
				}
			}
			if n+1 < len(items) && items[n].m == nil && items[n+1].m != nil && items[n].tok.capitalised() && sc.ar.x.isHonorific(&items[n].tok) {
				n++ // "accused Tony Blair and Mr Brown"
			}
			if n < len(items) && items[n].m == nil && items[n-1].is("its", "their") && sc.titleBefore(n) > 0 {
				n += sc.titleBefore(n) // "fined Quill Bank and its chief executive Tom Reed"
			}
			if n < len(items) && items[n].m != nil && !items[n].m.modifier && !(items[k+1].is(",") && sc.attributionAt(n)) {
				k = n
				continue
			}
		}
		return out, k + 1
	}
}

// attributionAt reports whether the name at items[n] opens a closing
// attribution, its verb of speech right after it: in "Russian forces
// attacked Kharkiv, Ukraine said" Ukraine is the speaker, no second
// object.
func (sc *sentence) attributionAt(n int) bool {
	h := sc.head(n) + 1
	if h+1 < len(sc.items) && sc.items[h].is("has", "have", "had") {
		h++
	}
	return h < len(sc.items) && sc.items[h].m == nil && sc.ar.x.rules.in("speech", sc.items[h].low)
}

// inquiryEvent reports whether items[i] is an incident the article
// names by a noun of investigation ("the inquiry", "the Hutton
// inquiry"), which the rules of that noun read as the noun.
func (sc *sentence) inquiryEvent(i int) bool {
	m := sc.items[i].m
	return m != nil && m.typ == graph.Event && sc.ar.x.rules.in("investigation-noun", strings.ToLower(lastWord(m.surface)))
}

// hasInquiryEvent reports whether an item of the sentence is such an
// incident (see inquiryEvent).
func (sc *sentence) hasInquiryEvent() bool {
	for k := range sc.items {
		if sc.inquiryEvent(k) {
			return true
		}
	}
	return false
}

// endsPhrase reports whether the party named at items[a] ends its noun
// phrase: a stop, a preposition or a verb of being or having follows it,
// not a noun it qualifies ("the Iraq war") or a possessive.
func (sc *sentence) endsPhrase(a int) bool {
	items := sc.items
	if a >= len(items) || items[a].m == nil {
		return false
	}
	if a+1 >= len(items) {
		return true
	}
	next := items[a+1]
	return next.m == nil && (!isLowerWord(next.low) && !next.tok.isPossessive() || preposition[next.low] ||
		next.is("is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can", "may", "must", "should"))
}

// yearWord reports whether w is a year of four digits, 1000 to 2999.
func yearWord(w string) bool {
	if len(w) != 4 || w[0] != '1' && w[0] != '2' {
		return false
	}
	for i := 1; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// calledFor reports whether the noun at items[i] is something asked for,
// not done: "called for an inquiry into X", "demanded a full
// investigation", "there should be an investigation".
func (sc *sentence) calledFor(i int) bool {
	items := sc.items
	r := sc.ar.x.rules
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if items[k].m != nil {
			return false
		}
		if r.phraseAt(items, k, "harm-call") > 0 || r.phraseAt(items, k, "demand") > 0 || items[k].is("should", "must", "wants", "want", "wanted", "seeks", "sought") {
			return true
		}
	}
	return false
}

// seatName reports whether an organisation's name is that of a seat of
// government, a building one is welcomed to: "Downing Street", "the White
// House", "the Kremlin", "the Elysee Palace".
func seatName(name string) bool {
	switch lastWord(name) {
	case "Street", "House", "Palace", "Kremlin":
		return true
	}
	return false
}

// judgedBy returns the index of the agent named after "by" in a noun
// phrase of a thing of its making at items[j], "the decision by Quill
// Bank", "plans by the Tories", "the handling of the crisis by the
// government" ([judged-thing]), or -1.
func (sc *sentence) judgedBy(j int) int {
	items := sc.items
	r := sc.ar.x.rules
	k := j
	for k < len(items) && k < j+3 && items[k].m == nil && (items[k].is("the", "a", "an", "this", "that") || isLowerWord(items[k].low) && !r.itemIn(items, k, "judged-thing") && !preposition[items[k].low]) {
		k++
	}
	if k >= len(items) || items[k].m != nil || !r.itemIn(items, k, "judged-thing") {
		return -1
	}
	k++
	if k+1 < len(items) && items[k].is("of") {
		// "the handling of the crisis": what the thing is of, in a few
		// words with no name.
		e := k + 1
		for e < len(items) && e < k+4 && items[e].m == nil && isLowerWord(items[e].low) && !items[e].is("by") {
			e++
		}
		k = e
	}
	if k+1 >= len(items) || !items[k].is("by") {
		return -1
	}
	a := sc.nameIndex(k + 1)
	if a >= len(items) || items[a].m == nil || items[a].m.modifier || items[a].m.kind == byEvent || items[a].m.typ == graph.Place {
		return -1
	}
	if a+1 < len(items) && items[a+1].tok.isPossessive() {
		if h := sc.head(a); h != a {
			return h // "by Labour's leader, X"
		}
		return -1 // "the decision by Britain's highest court": the court's, unnamed
	}
	return a
}

// ledBy returns the index of the leader named in ", led by X," after an
// unnamed object at the comma at items[k], or -1.
func (sc *sentence) ledBy(k int) int {
	items := sc.items
	if k+3 >= len(items) || !items[k+1].is("led", "headed", "run", "chaired") || !items[k+2].is("by") {
		return -1
	}
	j := k + 3
	for j < len(items) && j < k+7 && items[j].m == nil {
		switch {
		case items[j].is("the", "former", "then"):
		case sc.titleBefore(j) > 0:
			j += sc.titleBefore(j) - 1
		case items[j].tok.capitalised() && (sc.ar.x.isHonorific(&items[j].tok) || sc.ar.x.rules.itemIn(items, j, "role")),
			items[j].is("ex") && j+1 < len(items) && items[j+1].is("-"), items[j].is("-") && j > 0 && items[j-1].is("ex"):
			// "Mr", "President", "ex-President" (three tokens)
		default:
			return -1
		}
		j++
	}
	if j >= len(items) || items[j].m == nil || items[j].m.modifier || items[j].m.typ != graph.Person && items[j].m.typ != graph.Organization {
		return -1
	}
	if e := j + 1; e < len(items) && !items[e].is(",", ".", ";", ")") {
		return -1 // the leader closes the aside
	}
	return j
}

// conjunctAfter returns the index of the party named after the "and" at
// items[k] when it ends the object list: "the plan and the Tories for
// failing", "the chancellor and the Tories." It returns -1 when the name
// opens a clause of its own ("attacked the plan and Labour said"), which
// a word other than a preposition or a stop after it shows.
func (sc *sentence) conjunctAfter(k int) int {
	items := sc.items
	n := k + 1
	if n < len(items) && items[n].is("the", "its", "their") {
		n++
	}
	if n >= len(items) || items[n].m == nil || items[n].m.modifier {
		return -1
	}
	e := sc.head(n) + 1
	if e < len(items) && items[e].m == nil && !items[e].is(",", ".", ";", ":", "-", "–", "—", ")", "!", "?") && !preposition[items[e].low] {
		return -1
	}
	if e < len(items) && items[e].is("and", "but", "that", "to", "who", "which", "as", "if", "whether", "while", "because", "than") {
		return -1 // "... and Labour that it", "... and the Tories to": a clause
	}
	return n
}

// preposition holds the words an object search does not skip: the object
// of "attacked the decision by Britain's court" is no party named after
// "by".
var preposition = map[string]bool{"that": true, "to": true, "and": true, "with": true, "of": true, "by": true,
	"from": true, "for": true, "in": true, "on": true, "at": true, "over": true, "about": true, "whether": true,
	"if": true, "who": true, "which": true, "as": true, "but": true, "or": true, "into": true, "after": true,
	"under": true, "before": true, "during": true, "against": true, "since": true, "until": true, "without": true,
	"between": true, "among": true, "through": true, "than": true, "while": true, "because": true}

// placeNoun holds the nouns of "the city of X" and the like.
var placeNoun = map[string]bool{"city": true, "town": true, "village": true, "region": true, "province": true,
	"capital": true, "port": true, "district": true, "island": true, "state": true, "republic": true}

// direction holds the adjectives of place that stand before a place noun.
var direction = map[string]bool{"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"north-eastern": true, "north-western": true, "south-eastern": true, "south-western": true, "northeastern": true,
	"northwestern": true, "southeastern": true, "southwestern": true, "frontline": true, "front-line": true,
	"occupied": true, "besieged": true, "coastal": true, "border": true}

// head moves from a possessor or a demonym to the mention it qualifies.
func (sc *sentence) head(k int) int {
	items := sc.items
	m := items[k].m
	n := k + 1
	if n < len(items) && items[n].m == nil && m.typ != graph.Person {
		// "met Home Office Minister Hazel Blears", "Downing Street
		// adviser Baroness Morgan": a body before a title is the office
		// of the person named after it.
		if l := sc.ar.x.rules.phraseAt(items, n, "role"); l > 0 && n+l < len(items) {
			if p := items[n+l].m; p != nil && p.typ == graph.Person {
				return n + l
			}
		}
	}
	if n < len(items) && items[n].m == nil && items[n].tok.isPossessive() {
		n++
	} else if m.kind != byDemonym {
		if m.typ == graph.Country || m.typ == graph.Place {
			return sc.classedAfter(k)
		}
		return k
	}
	for s := 0; n < len(items) && s < 3; s++ {
		if items[n].m != nil {
			if n+1 < len(items) && items[n+1].m == nil && (isLowerWord(items[n+1].low) && !preposition[items[n+1].low] && !skipWord(items[n+1].low) ||
				items[n+1].is("'", "‘", "\"", "“")) && m.kind != byDemonym {
				// "Blair's Tory 'lies'": the possessed name only
				// qualifies a noun; the possessor is the party.
				return k
			}
			return n
		}
		if !isLowerWord(items[n].low) && !(items[n].tok.capitalised() && sc.ar.x.isHonorific(&items[n].tok)) {
			break
		}
		if preposition[items[n].low] {
			break // "Steve Lander's performance in Northampton's defeat": the possessor's thing
		}
		n++
	}
	// "Britain's financial watchdog, the Financial Services Authority":
	// the body the possessed noun names in apposition.
	if n > k+2 {
		if a := sc.bodyApposed(n); a >= 0 {
			return a
		}
	}
	return k
}

// bodyApposed returns the index of the organisation named in apposition
// after a class noun and the comma at items[n] ("financial watchdog, the
// Financial Services Authority"), or -1.
func (sc *sentence) bodyApposed(n int) int {
	items := sc.items
	if n < 1 || n+1 >= len(items) || !items[n].is(",") || !sc.ar.x.rules.itemIn(items, n-1, "org-class") {
		return -1
	}
	a := n + 1
	if items[a].is("the") && a+1 < len(items) {
		a++
	}
	if o := items[a].m; o != nil && o.typ == graph.Organization && !o.modifier {
		return a
	}
	return -1
}

// classedAfter moves from a state or place named before a class noun to
// the name the noun is of: "US carmaker Quill Motors", "UK watchdog
// Ofcom", "US stock market regulator the Securities and Exchange
// Commission" are the firm or the body, which the state only places.
// It returns k when no such name follows.
func (sc *sentence) classedAfter(k int) int {
	items := sc.items
	r := sc.ar.x.rules
	n := k + 1
	for s := 0; n < len(items) && s < 4 && items[n].m == nil && isLowerWord(items[n].low); s++ {
		n++
	}
	if n > k+1 && n < len(items) && items[n].is(",") {
		// "the US financial watchdog, the Securities and Exchange
		// Commission": the body named in apposition.
		if o := sc.bodyApposed(n); o >= 0 {
			return o
		}
		return k
	}
	a := n
	if a < len(items) && a > k+1 && items[a-1].is("the") {
		a-- // "regulator the SEC": the class noun is before "the"
	}
	if a == k+1 || n >= len(items) || items[n].m == nil || items[n].m.modifier {
		return k
	}
	if !r.itemIn(items, a-1, "org-class") && r.phraseAt(items, k+1, "org-class") != a-k-1 {
		return k
	}
	return n
}

func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLetter(r) {
		return false
	}
	// w == strings.ToLower(w), without the copy for ASCII words.
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return w == strings.ToLower(w)
		}
		if 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// verbRules finds the claims that a verb states between two names.
func (sc *sentence) verbRules() {
	r := sc.ar.x.rules
	items := sc.items
	verbs := r.claimVerbs
	if !sc.may(verbs) {
		return
	}
	for i := 0; i < len(items); i++ {
		if items[i].m != nil || !sc.startsAt(i, &verbs) {
			continue
		}
		for _, v := range []struct {
			sec  string
			p    graph.Predicate
			skip int
		}{
			{"accuse", graph.Accused, 1},
			{"deny", graph.Denied, 0},
			{"threaten", graph.Threatened, 1},
			{"criticize", graph.Criticized, 1},
			{"meet", graph.Met, 2},
			{"investigate", graph.Investigates, 0},
			{"supply", graph.Supplied, 0},
			{"attack", graph.Attacked, 1},
		} {
			n := r.phraseAt(items, i, v.sec)
			marked := false
			if n == 0 && v.p == graph.Criticized {
				// `was "disappointed" with X`: a word the writer quotes
				// is still the verb's.
				n = r.phraseAcrossMarks(items, i, v.sec)
				marked = n > 0
			}
			if n == 0 {
				continue
			}
			verb := joinItems(items[i : i+n])
			if marked {
				verb = joinWords(items[i : i+n])
			}
			if sc.demanded(i) || sc.counterfactual(i) || sc.barred(i) {
				// "challenged Mr Brown to deny reports", "called on Mr
				// Clarke to denounce", "had he denied the charge": asked
				// for or supposed, not done.
				break
			}
			if v.p == graph.Attacked && strings.HasPrefix(items[i].low, "target") && i+n+1 < len(items) && items[i+n].m != nil &&
				items[i+n+1].m == nil && r.itemIn(items, i+n+1, "goal-noun") {
				continue // "Healey targets England comeback": an aim, no attack
			}
			if sc.negated(i) && v.p != graph.Denied {
				if v.p == graph.Attacked {
					sc.denialByNegation(i, verb)
				}
				continue
			}
			if fact(v.p) && (sc.modal(i) && v.p != graph.Attacked || sc.afterDenial(i) || sc.toldClaim(i)) {
				// A fact only as the article states it: not hypothetical,
				// not denied ("denied supplying").
				continue
			}
			var subj *mention
			if strings.HasSuffix(items[i].low, "ing") && i > 0 && items[i-1].is(",") {
				// "..., accusing Washington of": the sentence's subject.
				subj = sc.participleSubject(i)
			}
			if subj == nil {
				subj = sc.subjectBefore(i)
				if subj != nil && strings.HasSuffix(items[i].low, "ing") && sc.governed(subj) && !sc.relative(i) && !sc.withSubject(subj, i) && !sc.progressive(i) {
					// "wrote to the watchdog accusing Labour": the
					// participle's subject is the sentence's.
					subj = sc.participleSubject(i)
				}
			}
			if subj == nil {
				// "Denying the claims, X said", "After meeting X, Y
				// flew home": the subject of the sentence after it.
				subj = sc.leadingParticiple(i)
			}
			if subj == nil && v.p == graph.Investigates && sc.engagedTo(i) {
				// "The SFO has been called in to investigate": the body
				// brought in.
				j := i - 2
				if items[j].is("in") {
					j--
				}
				subj = sc.subjectBefore(j)
			}
			if j := sc.attempted(i); subj == nil && v.p == graph.Attacked && j >= 0 {
				// "It has failed to totally conquer Bakhmut": the one
				// who tried.
				subj = sc.subjectBefore(j)
			}
			if subj == nil && !sc.unnamedRelative(i) {
				subj = sc.participleSubject(i)
			}
			if (v.p == graph.Accused || v.p == graph.Denied) && items[i].reported && sc.hearsay(i) && !(v.p == graph.Denied && sc.passive(i) && sc.deniedClaimSubject(i) >= 0) {
				// "investigated claims that TBWA was blaming him": an
				// allegation nobody named makes is no one's accusation.
				break
			}
			if v.p != graph.Accused && v.p != graph.Denied && (items[i].reported || items[i].quoted) &&
				(subj == nil || subj.kind != byPronoun || sc.speakerAt(i) == nil || subj.id != sc.speakerAt(i).id) {
				// What someone says others did is that person's claim,
				// not a fact: "denied accusations that he threatened
				// Neville". What a speaker says of itself stands: "US
				// officials said they were assessing the incident". So
				// does what the words take as given (see presupposed).
				m := sc.presupposed(v.p, i, n)
				if m == nil || items[i].quoted {
					break
				}
				subj = m
			}
			if sc.passive(i) {
				sc.passiveRule(i, n, v.p, verb)
				continue
			}
			switch v.p {
			case graph.Denied:
				if i+n < len(items) && r.phraseAt(items, i+n, "refused-thing") > 0 {
					break // "denied bail": a refusal, not a denial
				}
				if i > 0 && items[i-1].is("been", "being", "was", "were", "be") {
					break // "he has been denied": deprived of something
				}
				if sc.negated(i) || sc.withheld(i) {
					break // "would not deny", "refused to deny the claim": no denial
				}
				fought := items[i].is("fight", "fights", "fighting", "fought", "contest", "contests", "contesting", "contested", "defend", "defends", "defending", "defended")
				if fought && !sc.claimRightAfter(i+n) && !sc.caseRightAfter(i+n) {
					break // "fought all forms of racism", "fighting opposition amid allegations", "defended his record": no charge fought
				}
				if !ownDenial(verb) && !strings.HasPrefix(items[i].low, "den") && !(fought && sc.caseRightAfter(i+n)) &&
					(!sc.deniesClaim(i+n) || sc.proposalRejected(i+n) || sc.dismissedAs(i+n)) {
					// "rejected the Lib Dems' call", "dismissed the
					// Budget": a rejection, not a denial.
					break
				}
				subs := sc.coSubjects(i, subj)
				if alt := sc.accusedDeniers(i, subj); alt != nil {
					subs = alt
				}
				for _, s := range subs {
					sc.denial(s, i+n, verb, confVerb) // "A, B and C deny conspiring"
				}
			case graph.Threatened:
				sc.threat(subj, i, n, verb)
			case graph.Supplied:
				sc.supply(subj, i, n, verb)
			default:
				if v.p == graph.Criticized && strings.HasPrefix(items[i].low, "hit") && sc.deniesClaim(i+n) {
					// "hit back at Labour claims he had ...": a rebuttal.
					sc.denial(subj, i+n, verb, confVerb)
					break
				}
				if v.p == graph.Criticized && r.phraseAt(items, i, "scorn") > 0 && sc.deniesClaim(i+n) {
					// "ridiculed the claims made by X": a rebuttal, and
					// scorn of whoever made them, read below.
					sc.denial(subj, i+n, verb, confVerb)
				}
				objs, next := sc.objectsAfter(i+n, v.skip)
				if strings.HasPrefix(items[i].low, "condemn") && len(objs) > 0 && next < len(items) && items[next].is("to") {
					break // "condemned Mansfield to a ninth defeat": doomed, not denounced
				}
				if len(objs) == 0 && sc.reciprocal(i+n) {
					// "Hamas and Fatah blamed each other": each of the
					// parties the subject joins, against each other one.
					sc.eachOther(v.p, sc.coSubjects(i, subj), i, verb)
					break
				}
				if len(objs) == 0 {
					// "accused him of lying": the person last named;
					// "accused it of betraying": the body.
					if o := sc.personPronounAt(i+n, subj); o != nil {
						objs = []*mention{o}
					} else if o := sc.thingPronounAt(i+n, subj); o != nil && v.p != graph.Attacked && v.p != graph.Met {
						objs = []*mention{o}
					}
				}
				if len(objs) == 0 && (v.p == graph.Criticized || v.p == graph.Attacked) {
					// "attacked his policies as unworkable": the owner of
					// what is judged.
					if o := sc.judgedOwner(i+n, subj); o != nil {
						objs = []*mention{o}
					}
				}
				if len(objs) == 0 && v.p == graph.Criticized {
					// "David Blunkett unveiled plans ... Mr Davis
					// criticised the plans": who put them forward.
					if o, _ := sc.planOwner(sc.proposalAfter(i + n)); o != nil {
						objs = []*mention{o}
					}
				}
				if len(objs) == 0 && v.p == graph.Criticized && !strings.HasPrefix(items[i].low, "attack") {
					// "Russian forces attacked Kyiv. Nato condemned the
					// attack": the attacker the article told last.
					if o := sc.attackerReferred(i + n); o != nil {
						objs = []*mention{o}
					}
				}
				if len(objs) == 0 && v.p == graph.Criticized {
					// "The WTO is to end the agreement. Christian Aid
					// condemned the move": the one who made it.
					if o := sc.actReferred(i + n); o != nil {
						objs = []*mention{o}
					}
				}
				if len(objs) == 0 && v.p != graph.Attacked && v.p != graph.Met {
					// "suing four companies - Gazprom, its unit X and Y".
					objs = sc.listAfter(i + n)
				}
				if len(objs) == 0 {
					// "Tom Reed, whom Ed Bale accused of lying,", "Quill
					// Bank, which the FSA is investigating,": the name the
					// relative clause is about.
					if o := sc.objectRelative(i, subj); o != nil {
						objs = []*mention{o}
					}
				}
				if len(objs) == 0 && v.p == graph.Accused {
					// "alleged that Wal-Mart had hidden the losses": the
					// subject of what is alleged.
					if o := sc.allegedSubject(i + n); o != nil {
						objs = []*mention{o}
					}
				}
				if v.p == graph.Accused && (len(objs) == 0 || objs[0].kind == byEvent) {
					// "blamed the attack on Ukraine": the party after
					// "on"; "blaming a rocket launched by Islamic Jihad":
					// the agent after "by".
					if o := sc.blamedOn(i + n); o != nil {
						objs = []*mention{o}
					} else if o := sc.agentAfter(i + n); o != nil {
						objs = []*mention{o}
					} else {
						objs = nil
					}
				}
				if len(objs) == 0 && v.p == graph.Investigates {
					// "trying to determine who was behind the drone
					// incident": the incident.
					if e := sc.eventAfter(i + n); e != nil {
						objs = []*mention{e}
					}
				}
				if v.p == graph.Investigates && len(objs) == 1 && sc.workOwned(objs[0], i+n) {
					objs = nil // "would examine the law lords' findings": their work is read, they are not investigated
				}
				p := v.p
				if (p == graph.Criticized || p == graph.Attacked) && len(objs) == 1 && sc.wrongOwned(objs[0], i+n) {
					p = graph.Accused // "Fox attacks Blair's Tory 'lies'": the wrong is charged
				}
				subjects := sc.coSubjects(i, subj)
				for _, o := range objs {
					for _, subj := range subjects {
						sc.verbClaim(p, subj, o, i, verb)
					}
				}
			}
			i += n - 1
			break
		}
	}
}

// wrongOwned reports whether m, named at or after items[from], is the
// possessor of a wrong ([wrong-noun]) a few words on: "Blair's Tory
// 'lies'", "the firm's corruption", past quote marks and names that
// qualify the wrong.
func (sc *sentence) wrongOwned(m *mention, from int) bool {
	items := sc.items
	r := sc.ar.x.rules
	for k := from; k+2 < len(items) && k < from+4; k++ {
		if items[k].m != m {
			continue
		}
		if !items[k+1].tok.isPossessive() {
			return false
		}
		for q := k + 2; q < len(items) && q <= k+5; q++ {
			if r.phraseAt(items, q, "wrong-noun") > 0 {
				return true
			}
			if it := &items[q]; !(it.m != nil && it.m.typ != graph.Person || it.m == nil && (isQuoteMark(it.tok.text) || isLowerWord(it.low) && !preposition[it.low])) {
				return false
			}
		}
		return false
	}
	return false
}

// workOwned reports whether m, named at or after items[from], owns the
// work named right after its possessive: a publication ("the FSA's
// report") or a finding or ruling ("the law lords' findings").
func (sc *sentence) workOwned(m *mention, from int) bool {
	items := sc.items
	k := from
	for k < len(items) && k < from+6 && (items[k].m == nil || items[k].m.id != m.id) {
		k++
	}
	if k+1 >= len(items) || !items[k+1].tok.isPossessive() {
		return false
	}
	w := k + 2
	work := func(w int) bool {
		return w < len(items) && (sc.ar.x.rules.itemIn(items, w, "publication") ||
			items[w].is("findings", "ruling", "judgment", "judgement", "recommendations", "verdict", "conclusions"))
	}
	// "the committee's latest report": past a word that qualifies it.
	return work(w) || w < len(items) && items[w].m == nil && isLowerWord(items[w].low) && work(w+1)
}

// criticOf reads a critic or an opponent of a party ([critic-noun] at
// items[i], "of" after it) whose holder the sentence names in apposition
// or as the copula's subject: "Alexei Navalny, a fierce critic of Mr
// Putin,", "X, one of the fiercest critics of the war", "X has long been
// an outspoken opponent of Quill Bank". Not "met a critic of X": the
// critic is no one named.
func (sc *sentence) criticOf(i, n int) {
	items := sc.items
	objs, _ := sc.objectsAfter(i+n+1, 0)
	if len(objs) == 0 {
		return
	}
	det := i - 1
	for det >= 0 && det > i-4 && !items[det].is("a", "an", "the") {
		det-- // "a fierce critic", "a long-standing critic", "a Labour critic"
	}
	if det < 1 || !items[det].is("a", "an", "the") {
		return
	}
	if items[det].is("the") && det >= 2 && items[det-1].is("of") && items[det-2].is("one") {
		det -= 2 // "one of the fiercest critics of"
	}
	var holder *mention
	if items[det-1].is(",") && det >= 2 && items[det-2].m != nil && !items[det-2].m.modifier && items[det-2].m.kind != byEvent {
		holder = items[det-2].m
	} else {
		holder = sc.copulaSubject(det)
	}
	if holder == nil {
		return
	}
	for _, o := range objs {
		sc.claim(holder, graph.Criticized, o, joinItems(items[i:i+n+1]), confNominal)
	}
}

// reciprocal reports whether items[k] opens "each other" or "one
// another".
func (sc *sentence) reciprocal(k int) bool {
	items := sc.items
	return k+1 < len(items) && items[k].m == nil && items[k+1].m == nil &&
		(items[k].is("each") && items[k+1].is("other") || items[k].is("one") && items[k+1].is("another"))
}

// eachOther emits p from every party in subs to every other: a reciprocal
// act of two or more named parties. One party alone has no one to act on.
func (sc *sentence) eachOther(p graph.Predicate, subs []*mention, i int, verb string) {
	if len(subs) < 2 {
		return
	}
	// coSubjects lists the parties from the verb back; a meeting, which
	// has no direction, runs from the first named to the others, as "X
	// and Y met" does.
	for j := len(subs) - 1; j >= 0; j-- {
		for k := len(subs) - 1; k >= 0; k-- {
			a, b := subs[j], subs[k]
			if a == nil || b == nil || a.id == b.id || p == graph.Met && k > j {
				continue
			}
			sc.verbClaim(p, a, b, i, verb)
		}
	}
}

// allegedSubject returns the subject of a clause opened by "that" at
// items[j], when it is a party that can be accused: a person, a body or a
// state, named.
func (sc *sentence) allegedSubject(j int) *mention {
	items := sc.items
	if j+2 >= len(items) || !items[j].is("that") {
		return nil
	}
	n := sc.nameIndex(j + 1) // "alleged that the firm", "that Mr Richter sent"
	if n >= len(items) {
		return nil
	}
	m := items[n].m
	if m == nil || m.modifier || m.kind == byEvent || m.kind == byDemonym ||
		m.typ != graph.Person && m.typ != graph.Organization && m.typ != graph.Country {
		return nil
	}
	if k := sc.head(n); k != n {
		m = items[k].m
	}
	return m
}

// portfolioTitle returns the index of the role that capitalised
// portfolio words from items[k] lead to ("Trade and Industry
// Secretary", "Work and Pensions Secretary"), or k.
func (sc *sentence) portfolioTitle(k int) int {
	items, r := sc.items, sc.ar.x.rules
	e := k
	for e < len(items) && items[e].m == nil && items[e].tok.capitalised() {
		n := r.phraseAt(items, e, "portfolio")
		if n == 0 {
			break
		}
		e += n
		if e+1 < len(items) && sc.portfolioAnd(e) {
			e++ // "Trade and Industry"
		}
	}
	if e == k || e >= len(items) || !items[e].tok.capitalised() || !r.itemIn(items, e, "role") {
		return k
	}
	return e
}

// nameAt returns the mention at items[k], past "the" and a title in
// capitals ("against the Tories", "against Mr Brown"), or nil.
func (sc *sentence) nameAt(k int) *mention {
	if k = sc.nameIndex(k); k < len(sc.items) {
		return sc.items[k].m
	}
	return nil
}

// nameIndex returns k moved past "the", a title in capitals and a class
// noun before a body's name ([org-class]).
func (sc *sentence) nameIndex(k int) int {
	items := sc.items
	if k < len(items) && items[k].is("the") {
		k++
	}
	if k+1 < len(items) && items[k].m == nil && items[k].tok.capitalised() && sc.ar.x.isHonorific(&items[k].tok) {
		k++
	}
	if k < len(items) && items[k].m == nil {
		k += sc.classBefore(k) // "complaints against media giant Vivendi"
	}
	return k
}

// relative reports whether a relative pronoun opens the clause of the
// verb at items[i] ("the court, which is investigating").
func (sc *sentence) relative(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if sc.items[k].is("which", "who", "that") {
			return true
		}
	}
	return false
}

// demanded reports whether the verb at items[i] is what someone is asked
// or urged to do: "challenged X to deny", "called on X to condemn".
func (sc *sentence) demanded(i int) bool { return sc.demandAt(i) >= 0 }

// demandAt returns the index of the verb of demand whose "to" comes
// right before items[i] ("urged the chancellor to admit"), or -1.
func (sc *sentence) demandAt(i int) int {
	if i == 0 || !sc.items[i-1].is("to") {
		return -1
	}
	for k := i - 2; k >= 0 && k >= i-7; k-- {
		if sc.ar.x.rules.phraseAt(sc.items, k, "demand") > 0 {
			return k
		}
	}
	return -1
}

// engagedTo reports whether the verb at items[i] is the task a body was
// brought in or appointed to do, which it does: "has been called in to
// investigate X", "was appointed to investigate X".
func (sc *sentence) engagedTo(i int) bool {
	items := sc.items
	return i >= 3 && items[i-1].is("to") && (items[i-2].is("in") && items[i-3].is("called", "brought", "drafted") ||
		items[i-2].is("appointed", "hired", "tasked", "commissioned", "engaged"))
}

// governed reports whether a preposition stands right before m.
func (sc *sentence) governed(m *mention) bool {
	k := sc.indexOf(m)
	if k < 0 {
		return false
	}
	if k > 0 && sc.ar.x.isHonorific(&sc.items[k-1].tok) {
		k-- // "wrote to Mr McConnell accusing him"
	}
	return k > 0 && preposition[sc.items[k-1].low] || k > 1 && sc.items[k-1].is("the", "a", "an") && preposition[sc.items[k-2].low]
}

// withSubject reports whether m stands right before the participle at
// items[i] after "with" or ", and": "with the Kremlin alleging that
// ...", "with X expressing confidence ..., and the Kremlin alleging ...",
// where m is the participle's subject, not an object that the sentence's
// subject governs.
func (sc *sentence) withSubject(m *mention, i int) bool {
	k := i - 1
	if k < 0 || sc.items[k].m != m {
		return false
	}
	k--
	if k >= 0 && sc.items[k].is("the") {
		k--
	}
	return k >= 0 && (sc.items[k].is("with") || k > 0 && sc.items[k].is("and") && sc.items[k-1].is(","))
}

// pronounLed reports whether the sentence's subject is a personal
// pronoun: "He urged ...", "After the vote, she said ...".
func (sc *sentence) pronounLed() bool {
	return sc.firstAgent() == nil && sc.leadPronoun()
}

// leadPronoun reports whether "he", "she" or "they" comes, outside a
// quotation, before any name of the sentence (past an opening phrase).
func (sc *sentence) leadPronoun() bool {
	for _, it := range sc.items {
		if it.m != nil && !it.quoted {
			return false
		}
		if it.m == nil && !it.quoted && (it.low == "he" || it.low == "she" || it.low == "they") {
			return true
		}
	}
	return false
}

// firstAgent returns the sentence's first name that can act, when no
// preposition governs it: the likely subject.
func (sc *sentence) firstAgent() *mention {
	start := 0
	if len(sc.items) > 0 && sc.items[0].m == nil && sc.ar.x.rules.itemIn(sc.items, 0, "opening-word") {
		// "After a career at the Workers' Educational Association, he
		// became an MP": the opening phrase names no agent.
		for k, it := range sc.items {
			if it.m == nil && it.is(",") {
				start = k + 1
				break
			}
		}
	}
	for k := start; k < len(sc.items); k++ {
		it := sc.items[k]
		m := it.m
		if m == nil && !it.quoted && (it.low == "he" || it.low == "she" || it.low == "they") {
			// "Through his teacher, he made an approach to the
			// British": the pronoun is the subject, and it goes on
			// naming whom the last sentence was about.
			return nil
		}
		if m == nil || it.quoted {
			continue
		}
		if m.modifier || m.kind == byEvent || m.typ == graph.Place || m.typ == graph.Event || k > 0 && preposition[sc.items[k-1].low] {
			return nil
		}
		if k > 0 && sc.items[k-1].is("was", "is", "were", "are", "became", "becomes") {
			// "One of his fellow pupils was Vladimir Putin": the name
			// completes the verb; the sentence is still about its subject.
			return nil
		}
		return m
	}
	return nil
}

// listAfter reads a list announced after a verb's object: "four
// companies - Gazprom, its unit Gazpromneft, Rosneft and Baikal". A few
// words of description may stand before each name.
func (sc *sentence) listAfter(j int) []*mention {
	items := sc.items
	k := j
	for k < len(items) && k < j+4 && items[k].m == nil && !items[k].is("-", "–", "—", ":") {
		if !isLowerWord(items[k].low) && !isNumberWord(items[k].low) {
			return nil
		}
		k++
	}
	if k >= len(items) || !items[k].is("-", "–", "—", ":") {
		return nil
	}
	var out []*mention
	for k++; k < len(items); k++ {
		skip := 0
		for k < len(items) && items[k].m == nil && isLowerWord(items[k].low) && !items[k].is("and") && skip < 2 {
			k++
			skip++
		}
		if k >= len(items) || items[k].m == nil || items[k].m.modifier || items[k].m.kind == byEvent {
			break
		}
		out = append(out, items[k].m)
		if k+1 < len(items) && items[k+1].is(",", "and") {
			k++
			if k+1 < len(items) && items[k+1].is("and") {
				k++
			}
			continue
		}
		break
	}
	return out
}

// titleBefore returns the length of a role with its qualifiers at
// items[k] when a person's name follows it, or 0.
func (sc *sentence) titleBefore(k int) int {
	r := sc.ar.x.rules
	q := k
	for q < len(sc.items) && q < k+2 && sc.items[q].m == nil && r.itemIn(sc.items, q, "role-qualifier") && r.phraseAt(sc.items, q, "role") < 2 {
		q++
	}
	n := r.phraseAt(sc.items, q, "role")
	if n == 0 || q+n >= len(sc.items) {
		return 0
	}
	if m := sc.items[q+n].m; m != nil && m.typ == graph.Person {
		return q + n - k
	}
	return 0
}

// pluralBefore reports whether the sentence, before items[k], holds a
// plural noun with no name after it, that "they" at k can stand for: "The
// Save the Scottish Regiments campaigners were so angered they ...".
func (sc *sentence) pluralBefore(k int) bool {
	for j := k - 1; j > 0; j-- {
		it := sc.items[j]
		if it.m != nil || it.is(",", ";", ":", "and", "but") {
			return false
		}
		if w := it.low; len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && isLowerWord(w) && (sc.items[j-1].is("the", "these", "those", "many", "some") || j > 1 && sc.items[j-1].tok.capitalised()) {
			return true
		}
	}
	return false
}

// classBefore returns the length of the class noun, with up to two
// lower-case words before it, that introduces the organisation named
// at its end ("environment department Defra", "campaign group
// Liberty"), or 0.
func (sc *sentence) classBefore(k int) int {
	for e := k + 1; e < len(sc.items) && e <= k+3; e++ {
		it := sc.items[e]
		if it.m != nil {
			if it.m.typ == graph.Organization && sc.ar.x.rules.itemIn(sc.items, e-1, "org-class") {
				return e - k
			}
			return 0
		}
		if w := sc.items[e-1].tok.text; !isLowerWord(w) || preposition[w] {
			return 0 // "struck a deal with drugs company X": X is no object
		}
	}
	return 0
}

// classApposed reports whether the comma at items[c] closes a class noun
// phrase that the name after it stands in apposition to: "the media
// watchdog, Reporters Without Borders" (a class of body before a body's
// name) or "the shadow chancellor, Oliver Letwin" (a role before a
// person's), with up to three lower-case words from "the" or "a" to the
// noun. typ is the type of the name after the comma.
func (sc *sentence) classApposed(c int, typ graph.EntityType) bool {
	items := sc.items
	if c < 2 || c >= len(items) || !items[c].is(",") || items[c-1].m != nil {
		return false
	}
	r := sc.ar.x.rules
	switch typ {
	case graph.Organization:
		if !r.itemIn(items, c-1, "org-class") {
			return false
		}
	case graph.Person:
		if !r.itemIn(items, c-1, "role") && !r.itemIn(items, c-1, "person-noun") && !r.itemIn(items, c-1, "relation-noun") {
			return false // "the shadow chancellor,", "the tycoon,", "his rival,"
		}
	default:
		return false
	}
	for j := c - 2; j >= 0 && j >= c-5; j-- {
		if items[j].is("the", "a", "an", "another", "his", "her", "its", "their") || items[j].m == nil && items[j].tok.isPossessive() {
			return true // "Yukos' parent company, Menatep Group, is suing"
		}
		if items[j].m != nil && items[j].m.kind == byDemonym {
			continue // "his Israeli counterpart, Ariel Sharon"
		}
		if items[j].m != nil || !isLowerWord(items[j].low) || preposition[items[j].low] {
			return false
		}
	}
	return false
}

// apposedComma returns the index of the comma that opens the
// apposition of the name at items[a], past "the" and words that only
// describe the name ("the Gibraltar-based Menatep Group"), or a-1.
func (sc *sentence) apposedComma(a int) int {
	items := sc.items
	for c := a - 1; c > 0 && c >= a-6; c-- {
		it := items[c]
		if it.m == nil && it.is(",") {
			return c
		}
		hyphened := c+1 < a && items[c+1].is("-") // "Gibraltar-based", "state-owned"
		if !(hyphened || it.m == nil && (it.is("the", "-") || it.tok.isWord() && strings.Contains(it.low, "-") || it.is("based", "owned", "listed", "run")) ||
			it.m != nil && (it.m.modifier || it.m.kind == byDemonym)) {
			break
		}
	}
	return a - 1
}

// apposedAfter returns the index of the name that the class noun phrase
// starting at items[k] gives in apposition, "by the media watchdog,
// Reporters Without Borders", or -1. The name must close the apposition
// ("accused the watchdog, Ofcom, of bias"): in "attacked the watchdog,
// Ofcom said" the name opens a new clause.
func (sc *sentence) apposedAfter(k int) int {
	items := sc.items
	if !items[k].is("the", "a", "an", "his", "her", "its", "their") {
		return -1
	}
	for c := k + 2; c < len(items) && c <= k+4; c++ {
		if !items[c].is(",") {
			if items[c].m != nil && items[c].m.kind != byDemonym || items[c].m == nil && !isLowerWord(items[c].low) {
				return -1
			}
			continue
		}
		a := c + 1
		if a+1 < len(items) && items[a].is("the") {
			a++
		}
		if a >= len(items) || items[a].m == nil || items[a].m.modifier || !sc.classApposed(c, items[a].m.typ) {
			return -1
		}
		if e := a + 1; e < len(items) && !items[e].is(",", ".", ";", ":", "-", "–", "—", ")", "of", "for", "over", "in", "on", "after", "and") {
			return -1
		}
		return a
	}
	return -1
}

// thingPronounAt resolves "it" or "them" at items[k] to the body or
// state named last before it, in this sentence or the one before:
// "quit the UK Independence Party and accused it of betraying".
func (sc *sentence) thingPronounAt(k int, subj *mention) *mention {
	if k >= len(sc.items) || !sc.items[k].is("it", "them") {
		return nil
	}
	ok := func(m *mention) *mention {
		if m == nil || m.modifier || m.kind == byEvent || (m.typ != graph.Organization && m.typ != graph.Country) || subj != nil && m.id == subj.id {
			return nil
		}
		cp := *m
		cp.kind = byPronoun
		return &cp
	}
	for j := k - 1; j >= 0; j-- {
		if o := ok(sc.items[j].m); o != nil {
			return o
		}
	}
	if sc.prev != nil {
		return ok(sc.prev)
	}
	return nil
}

// personPronounAt resolves an object pronoun ("him", "her") at items[k]
// to the person named last before it, in this sentence or an earlier
// one, who is not the subject.
func (sc *sentence) personPronounAt(k int, subj *mention) *mention {
	if k >= len(sc.items) || !sc.items[k].is("him", "her") {
		return nil
	}
	if k+1 < len(sc.items) && sc.items[k].is("her") && sc.items[k+1].m == nil && isLowerWord(sc.items[k+1].low) && !preposition[sc.items[k+1].low] {
		return nil // "her party": a possessive
	}
	pron := pronounOf(sc.items[k])
	return sc.personFor(k, pron, subj)
}

// judgedOwner returns the person whose thing, named after "his" or "her"
// at items[k], a verb of criticism judges ("attacked his policies",
// "criticised her handling of the crisis"; `[judged-thing]`), other than
// subj, or nil.
func (sc *sentence) judgedOwner(k int, subj *mention) *mention {
	items := sc.items
	if k+1 >= len(items) || !items[k].is("his", "her") {
		return nil
	}
	for j := k + 1; j < len(items) && j <= k+3 && items[j].m == nil && isLowerWord(items[j].low); j++ {
		if sc.ar.x.rules.itemIn(items, j, "judged-thing") {
			return sc.personFor(k, pronounOf(items[k]), subj)
		}
	}
	return nil
}

// personFor returns the person that the pronoun pron ("he" or "she") at
// items[k] stands for, other than subj: one named before it in the
// sentence, the last subject, else the people named last.
func (sc *sentence) personFor(k int, pron string, subj *mention) *mention {
	other := func(m *mention) *mention {
		if m == nil || m.typ != graph.Person || m.kind == byPronoun || subj != nil && m.id == subj.id || !sc.ar.fits(m.id, pron) {
			return nil
		}
		cp := *m
		cp.kind = byPronoun
		return &cp
	}
	for j := k - 1; j >= 0; j-- {
		if o := other(sc.items[j].m); o != nil {
			return o
		}
	}
	// In the sentences before, the last subject, then the people named
	// last, a possessor ("Tony Blair's prediction") only when no one
	// else fits: "Liam Fox said the comments were at odds with Tony
	// Blair's prediction. But Mr Clarke accused him" means Fox.
	if o := other(sc.prev); o != nil {
		return o
	}
	for _, possessors := range []bool{false, true} {
		for j := len(sc.ar.recent) - 1; j >= 0 && j >= len(sc.ar.recent)-12; j-- {
			m := sc.ar.recent[j]
			if m != nil && sc.ar.possessive(m) != possessors {
				continue
			}
			if o := other(m); o != nil {
				return o
			}
		}
	}
	return nil
}

// possessive reports whether the article writes m as a possessor: "Tony
// Blair's prediction".
func (ar *article) possessive(m *mention) bool {
	rest := ar.a.Text[min(m.end, len(ar.a.Text)):]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") ||
		strings.HasSuffix(m.surface, "s") && (strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’"))
}

// coSubjects returns subj and the names coordinated with it before the
// verb at i: "Britain and France condemned ..." gives both.
func (sc *sentence) coSubjects(i int, subj *mention) []*mention {
	out := []*mention{subj}
	if subj == nil {
		return out
	}
	k := -1
	for j := i - 1; j >= 0; j-- {
		if sc.items[j].m == subj {
			k = j
			break
		}
	}
	for k >= 2 {
		j := k - 1
		owned := false
		if t := sc.ownTitle(k); t > 0 {
			j, owned = k-t-1, true // "Quill Bank and its chief executive Tom Reed"
		} else if sc.items[j].is("the") && j > 0 {
			j-- // "Labour and the Liberal Democrats"
		} else if j > 0 && sc.items[j].tok.capitalised() && sc.ar.x.isHonorific(&sc.items[j].tok) {
			j-- // "Tony Blair and Mr Brown"
		}
		if j < 1 || !sc.items[j].is("and", ",") || sc.items[j-1].m == nil {
			break
		}
		m := sc.items[j-1].m
		if m.modifier || m.kind == byEvent || (m.typ == graph.Person) != (subj.typ == graph.Person) && !owned {
			// "Both the Italian government and Alitalia" are two bodies,
			// a state and a firm; "director of the X Trust, Norman
			// Brennan, accused" is one person.
			break
		}
		if sc.tiedTo(j - 1) {
			break // "The majority owner of Yukos, Group Menatep, has sued": one owner
		}
		out = append(out, m)
		k = j - 1
	}
	return out
}

// ownTitle returns the length of "its chief executive", "their
// chairman" before the name at items[k]: a title the name holds in the
// body named just before, or 0.
func (sc *sentence) ownTitle(k int) int {
	r := sc.ar.x.rules
	for q := k - 1; q >= 1 && q >= k-4; q-- {
		if sc.items[q].m != nil {
			return 0
		}
		if sc.items[q].is("its", "their") {
			if q+1 < k && sc.titleBefore(q+1) == k-q-1 {
				return k - q
			}
			return 0
		}
		if !r.itemIn(sc.items, q, "role") && !r.itemIn(sc.items, q, "role-qualifier") && !isLowerWord(sc.items[q].low) {
			return 0
		}
	}
	return 0
}

// verbClaim emits the claim of a verb between subj and o, after the
// checks that depend on both.
func (sc *sentence) verbClaim(p graph.Predicate, subj, o *mention, i int, verb string) {
	if p == graph.Attacked && (sc.verbal(subj, o) || sc.bodyAttack(o)) && !(subj != nil && sc.ar.armed(subj.id)) {
		// "Fox attacks Blair": words, not weapons; an armed force's
		// attack is a strike ("Iraqi insurgents attacked US troops"); "McClaren targets
		// Champions League": neither. "Mr Howard will attack the Lib
		// Dems for ...": a speech announced criticises as one made.
		if !strings.HasPrefix(sc.items[i].low, "attack") {
			return
		}
		p = graph.Criticized
	} else if p == graph.Attacked && sc.modal(i) && sc.attempted(i) < 0 {
		return // "Russia will attack Ukraine": not a fact
	}
	if p == graph.Met && (!sc.meetable(subj, o) || sc.possessed(o)) {
		return // "visited Kenya" and "met Neville's cross" are no meetings
	}
	if o.kind == byDemonym && sc.adjectival(o) && !sc.stateAct(o) {
		return // "accuses British sprinters": not Britain
	}
	sc.claim(subj, p, o, verb, confVerb)
}

// stateAct reports whether the demonym m qualifies an act of its state:
// a strike ("condemned the Israeli strikes", `[attack-noun]`) or a
// thing judged as its making ("criticised British policy",
// `[judged-thing]`).
func (sc *sentence) stateAct(m *mention) bool {
	r := sc.ar.x.rules
	k := sc.indexOf(m)
	return k >= 0 && k+1 < len(sc.items) && (r.phraseAt(sc.items, k+1, "attack-noun") > 0 || r.itemIn(sc.items, k+1, "judged-thing"))
}

// joinWords joins the words of items, leaving out quotation marks.
func joinWords(items []item) string {
	var b strings.Builder
	for _, it := range items {
		if it.m == nil && isQuoteMark(it.low) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(it.tok.text)
	}
	return b.String()
}

func joinItems(items []item) string {
	// Built at its length, as strings.Join would, without the list of
	// words Join takes: the role rules join a role at every one found.
	word := func(it *item) string {
		if it.m != nil {
			return it.m.surface
		}
		return it.tok.text
	}
	switch len(items) {
	case 0:
		return ""
	case 1:
		return word(&items[0])
	}
	n := len(items) - 1
	for k := range items {
		n += len(word(&items[k]))
	}
	var b strings.Builder
	b.Grow(n)
	for k := range items {
		if k > 0 && !(items[k-1].m == nil && items[k].m == nil && items[k-1].tok.end == items[k].tok.start) {
			b.WriteByte(' ') // "launched 1,000 missiles": written together stays together
		}
		b.WriteString(word(&items[k]))
	}
	return b.String()
}

// verbal reports whether an attack between subj and obj is one of words:
// a person attacking a person, or a person attacking a party or body.
func (sc *sentence) verbal(subj, obj *mention) bool {
	if subj == nil || obj == nil {
		return false
	}
	s, o := sc.ar.ents[subj.id], sc.ar.ents[obj.id]
	if s == nil || o == nil {
		return false
	}
	// "Short attacks US over tsunami aid": a person who attacks a
	// person, a body or a country does so in words; so does a body's
	// voice ("UKIP MEP attacked German 'empire'").
	person := s.Type == graph.Person || sc.voiced(subj.id)
	return o.Type == graph.Person || person && (o.Type == graph.Organization || o.Type == graph.Country)
}

// voiced reports whether the body id is named in the sentence with one
// of its voices after it: "a UKIP MEP", "Labour MPs", "a Kremlin
// spokesman".
func (sc *sentence) voiced(id string) bool {
	items := sc.items
	for k := 0; k+1 < len(items); k++ {
		if m := items[k].m; m != nil && m.id == id && items[k+1].m == nil && sc.ar.x.rules.itemIn(items, k+1, "body-voice") {
			return true
		}
	}
	return false
}

// armed reports whether id is an armed force the article names: a
// state's military or an irregular group (see irregular).
func (ar *article) armed(id string) bool {
	return slices.Contains(ar.militaries, id) || slices.Contains(ar.irregulars, id)
}

// bodyAttack reports whether an attack on a body is one of words: "the
// Tories attack EU asylum moves", "ministers attacked Lib Dem plans", "the
// EPP attacking the EC". A body is struck with weapons only where the
// sentence speaks of violence.
func (sc *sentence) bodyAttack(o *mention) bool {
	e := sc.ar.ents[o.id]
	return e != nil && e.Type == graph.Organization && !sc.violent()
}

// possessed reports whether a mention is followed by a possessive.
func (sc *sentence) possessed(m *mention) bool {
	k := sc.indexOf(m)
	return k >= 0 && k+1 < len(sc.items) && sc.items[k+1].tok.isPossessive()
}

// adjectival reports whether a demonym only qualifies the noun after it
// ("British sprinters"), rather than standing for its people ("the
// British are engaged").
func (sc *sentence) adjectival(m *mention) bool {
	k := sc.indexOf(m)
	if k < 0 || k+1 >= len(sc.items) {
		return false
	}
	next := sc.items[k+1]
	return next.m == nil && isLowerWord(next.low) && !preposition[next.low] && !skipWord(next.low)
}

// meetable reports whether subj and obj can meet: people and bodies meet;
// a country meets only a country.
func (sc *sentence) meetable(subj, obj *mention) bool {
	if subj == nil || obj == nil {
		return false
	}
	s, o := sc.ar.ents[subj.id], sc.ar.ents[obj.id]
	if s == nil || o == nil || o.Type == graph.Place || o.Type == graph.Event {
		return false
	}
	// "met Iranian officials", "talks with the Chinese government": a
	// state met through its own people; "visited Kenya" meets no one.
	return o.Type != graph.Country || s.Type == graph.Country || sc.ar.x.rules.in("state-noun", strings.ToLower(lastWord(obj.surface)))
}

// eventAfter returns the first event mention after items[k].
func (sc *sentence) eventAfter(k int) *mention {
	for ; k < len(sc.items); k++ {
		if m := sc.items[k].m; m != nil && m.kind == byEvent {
			return m
		}
	}
	return nil
}

// leadingParticiple finds the subject of a participle clause that opens
// the sentence: "After denying responsibility for the attack, Ukraine's
// President Zelensky met ..." gives Zelensky.
func (sc *sentence) leadingParticiple(i int) *mention {
	items := sc.items
	if !strings.HasSuffix(items[i].low, "ing") || i > 4 {
		return nil
	}
	if i > 0 && !items[i-1].is("after", "before", "while", "despite", "since", "by") {
		return nil
	}
	for k := 0; k < i-1; k++ {
		if items[k].m != nil {
			return nil // the clause has a subject of its own
		}
	}
	k := i + 1
	for k < len(items) && !items[k].is(",") {
		if items[k].m == nil && items[k].is("\"", "“", "‘", ":", ";") {
			return nil // "Laying into X he said: "..., Britain will ..."": no comma of the phrase's own
		}
		if items[k].is("he", "she") && sc.ar.x.rules.phraseAt(items, k+1, "speech") > 0 {
			// "Laying into the Tories' record in government he said":
			// the phrase ends unmarked, its subject the last sentence's.
			return sc.subjectFor(items[k].low)
		}
		k++
	}
	// The main clause must open with a name, across a determiner and a
	// title: "While denying the claims, the company said Tesco was to
	// blame" names no subject.
	if k+2 < len(items) && items[k+1].is("he", "she") && items[k+1].m == nil {
		// "Tearing into the plans, she said": the last sentence's
		// subject, as the pronoun would be.
		return sc.subjectFor(items[k+1].low)
	}
	a := k + 1
	for a < len(items) && a < k+4 && items[a].m == nil && (items[a].is("the", "a", "an") || isTitleWord(sc, items[a])) {
		a++
	}
	if a >= len(items) || items[a].m == nil {
		return nil
	}
	var first *mention
	for k++; k < len(items) && k < i+40; k++ {
		m := items[k].m
		if m == nil || m.modifier || m.kind == byEvent {
			continue
		}
		if m.typ == graph.Person {
			return m
		}
		if first == nil {
			first = m
		}
		if items[k-1].is("the") || k+1 < len(items) && !items[k+1].tok.isPossessive() && items[k+1].m == nil && !isTitleWord(sc, items[k+1]) {
			break
		}
	}
	return first
}

// isTitleWord reports whether an item is a word of a title or role that
// may stand between a qualifier and a name ("Ukraine's President X").
func isTitleWord(sc *sentence, it item) bool {
	return it.m == nil && (sc.ar.x.rules.has(it, "role") || sc.ar.x.isHonorific(&it.tok))
}

// nounRules reads claims that nouns carry: "Russia unleashed its worst
// attacks on Kyiv", "a series of Russian strikes ... in Ukraine", and "X
// described the claim as ludicrous".
func (sc *sentence) nounRules() {
	r := sc.ar.x.rules
	items := sc.items
	cues := r.launchCues
	for i := 0; i < len(items) && sc.may(cues); i++ {
		it := items[i]
		if it.m != nil || it.quoted || !sc.startsAt(i, &cues) {
			continue
		}
		// Launching attacks: SUBJ launched (up to four words) ATTACKS on X.
		if n := r.phraseAt(items, i, "launch"); n > 0 && !it.reported && !sc.negated(i) && !sc.modal(i) {
			for k := i + n; k < len(items) && k <= i+n+5; k++ {
				if items[k].m != nil {
					break
				}
				if a := r.phraseAt(items, k, "attack-noun"); a > 0 {
					if o := sc.placeAfter(k+a, 6); o != nil {
						subj := sc.subjectBefore(i)
						if subj == nil {
							subj = sc.participleSubject(i)
						}
						sc.claim(subj, graph.Attacked, o, joinItems(items[i:k+a]), confNominal)
					}
					break
				}
			}
		}
		if n := r.phraseAt(items, i, "rebuttal-noun"); n > 0 && i+n+2 < len(items) && items[i+n].is("of") {
			sc.rebuttalOf(i, n)
		}
		if n := r.phraseAt(items, i, "critic-noun"); n > 0 && i+n+1 < len(items) && items[i+n].is("of") {
			sc.criticOf(i, n)
		} else if n > 0 && i > 0 && i+n < len(items) {
			// "Kremlin critic Alexei Navalny", "Putin opponent X": the
			// one named before the noun is the one opposed.
			if o, h := items[i-1].m, items[i+n].m; o != nil && h != nil && !sc.ar.pressBody(o.id) {
				// (Not "Observer critic Philip French": the paper's own
				// critic.)
				sc.claim(h, graph.Criticized, o, joinItems(items[i-1:i+n]), confNominal)
			}
		}
		// Calling a claim false is a denial.
		if n := r.phraseAt(items, i, "describe"); n > 0 {
			k := i + n
			said := func(k int) bool { return r.itemIn(items, k, "claim-noun") || r.itemIn(items, k, "remark-noun") } // "dismissed his remarks as hysteria"
			for k < len(items) && k < i+n+4 && items[k].m == nil && !said(k) {
				k++
			}
			start := -1
			if k+1 < len(items) && items[k].m == nil && said(k) {
				switch {
				case items[k+1].is("as"):
					start = k + 2
				case items[i].is("called", "calls", "calling", "branded", "brands", "branding", "labelled", "labeled", "labelling", "labeling", "termed"):
					start = k + 1 // "called the claims \"ridiculous\""
				}
			}
			if start >= 0 {
				for f := start; f < len(items) && f <= start+2; f++ {
					if r.phraseAt(items, f, "false-word") > 0 {
						sc.denial(sc.describer(i), f, joinItems(items[i:i+n]), confNominal)
						break
					}
				}
			}
		}
	}
	// Meetings told with a plural subject: "Biden and Xi met in Bali".
	meet, inquiry := sc.mayStart("meet"), sc.mayStart("investigation-noun") || sc.hasInquiryEvent()
	welcome := sc.hasCue(cueWelcome) // most sentences have no host's verb
	for i := 0; i < len(items); i++ {
		if meet {
			if n := r.phraseAt(items, i, "meet"); n > 0 && i >= 2 && items[i].low != "meeting" && !items[i].quoted {
				a, b := items[i-1].m, (*mention)(nil)
				j := i - 2
				if j > 0 && items[j].m == nil && items[j].tok.capitalised() && sc.ar.x.isHonorific(&items[j].tok) {
					j-- // "Mr Blair and Mr Chirac met"
				}
				if j >= 1 && items[j].is("and") {
					b = items[j-1].m
				}
				if a != nil && b != nil && a.typ == graph.Person && b.typ == graph.Person {
					if objs, _ := sc.objectsAfter(i+n, 0); len(objs) == 0 {
						sc.claim(b, graph.Met, a, joinItems(items[i:i+n]), confVerb)
					}
				}
			}
		}
		// "Blair welcomed Chirac to Downing Street", "received him at
		// Chequers": a host meets the guest brought to a place.
		if welcome && items[i].is("welcomed", "welcomes", "welcoming", "received", "receives", "receiving") && i+3 < len(items) && !items[i].quoted {
			if g := items[i+1].m; g != nil && g.typ == graph.Person && !g.modifier && items[i+2].is("to", "at") {
				if p := sc.nameAt(i + 3); p != nil && (p.typ == graph.Place || p.typ == graph.Organization && seatName(p.surface)) {
					if host := sc.subjectBefore(i); host != nil && host.typ == graph.Person && host.id != g.id && !sc.negated(i) && !sc.modal(i) {
						sc.claim(host, graph.Met, g, items[i].tok.text, confVerb)
					}
				}
			}
		}
		if items[i].low == "under" && inquiry {
			sc.underInquiry(i)
		}
		// "an outburst aimed at BBC journalists": criticism with its
		// target; its maker is the possessor, else whom the sentence is
		// about.
		if i+3 < len(items) && items[i+2].is("at") && items[i+1].is("aimed", "directed", "targeted") && r.itemIn(items, i, "criticism-noun") {
			if objs, _ := sc.objectsAfter(i+3, 0); len(objs) > 0 {
				var subj *mention
				if i > 1 && items[i-1].tok.isPossessive() && items[i-2].m != nil {
					subj = items[i-2].m
				} else {
					// The sentence's first party, past a body before a
					// title: "Ex-No 10 media chief Alastair Campbell".
					for k := 0; k < i; k++ {
						if m := items[k].m; m != nil && !m.modifier && m.kind != byEvent && m.typ != graph.Place {
							subj = items[sc.head(k)].m
							break
						}
					}
				}
				for _, o := range objs {
					if subj != nil && o.id != subj.id && !o.modifier && o.kind != byEvent {
						sc.claim(subj, graph.Criticized, o, joinItems(items[i:i+3]), confNominal)
					}
				}
			}
		}
		// "The deal has been referred to the Competition Commission":
		// the regulator it is sent to investigates it.
		if items[i].is("referred") && i > 0 && items[i-1].is("been", "was", "were", "be", "being") && i+2 < len(items) && items[i+1].is("to") {
			if to := sc.nameAt(i + 2); to != nil && to.typ == graph.Organization && !to.modifier && sc.ar.regulatorLike(to.id) {
				if subj := sc.subjectBefore(i); subj != nil && subj.id != to.id {
					sc.claim(to, graph.Investigates, subj, "referred to", confPassive)
				}
			}
		}
		// "Quill Bank faces an SEC investigation", "is facing a probe by
		// the FSA": the body named with the inquiry investigates the one
		// that faces it.
		if inquiry && items[i].is("faces", "faced", "facing", "face") && i+3 < len(items) {
			// Past other things faced: "is facing shareholder lawsuits
			// and a probe by the SEC".
			for b := i + 1; b < len(items) && b <= i+8 && !items[b].is(",", ".", ";", "but", "after", "over", "for"); b++ {
				var by *mention
				if m := items[b].m; m != nil && m.typ != graph.Person && !m.modifier && b+1 < len(items) && r.phraseAt(items, b+1, "investigation-noun") > 0 &&
					(b == i+1 || items[b-1].is("a", "an", "the", "another", "fresh", "new")) {
					by = m
				} else if n := r.phraseAt(items, b, "investigation-noun"); n > 0 && b+n+1 < len(items) && items[b+n].is("by", "from") {
					if objs, _ := sc.objectsAfter(b+n+1, 0); len(objs) > 0 {
						by = objs[0]
					}
				}
				if by != nil {
					sc.claim(by, graph.Investigates, sc.subjectBefore(i), "faces "+items[b].tok.text, confNominal)
					break
				}
			}
		}
		// "opened an investigation into X", "a probe of X".
		if inquiry {
			n := r.phraseAt(items, i, "investigation-noun")
			if n == 0 && sc.inquiryEvent(i) {
				n = 1 // "conducted the inquiry into X": an incident of its own
			}
			if n > 0 && i+n+1 < len(items) && items[i+n].is("into", "of") && !sc.calledFor(i) {
				from := i + n + 1
				if from+1 < len(items) && items[from].is("whether", "how", "why") {
					from++ // "an investigation into whether Italian airline Alitalia is ..."
				}
				if from+3 < len(items) && items[from].is("the") && items[from+2].is("of") && r.itemIn(items, from+1, "conduct-noun") {
					from += 3 // "an inquiry into the conduct of X", "the finances of X"
				}
				from = sc.pastCharge(from)
				objs, next := sc.objectsAfter(from, 1)
				if len(objs) == 1 && objs[0].typ == graph.Event && next+1 < len(items) && items[next].is("of") {
					// "the inquiry into the death of (Dr) David Kelly was
					// led by": past the one it befell
					if p := next + 1; items[p].m != nil {
						next = p + 1
					} else if p+1 < len(items) && sc.ar.x.isHonorific(&items[p].tok) && items[p+1].m != nil {
						next = p + 2
					}
				}
				by := next + 1
				if by+1 < len(items) && items[by].is("the") {
					by++
				}
				var subj *mention
				switch {
				case by < len(items) && items[next].is("by") && items[by].m != nil && !items[by].m.modifier:
					subj = items[by].m // "an inquiry into AOL by US regulators"
				case len(objs) > 0 && sc.openedBy(next) != nil:
					subj = sc.openedBy(next) // "an inquiry into X was launched by Y"
				case i > 1 && items[i-1].tok.isPossessive() && items[i-2].m != nil && !items[i-2].m.modifier:
					subj = items[i-2].m // "the SEC's probe into X"
				case i > 0 && items[i-1].is("its", "their"):
					// "The SEC said it had reached a deal in its probe
					// into X": the body the sentence is about.
					if f := sc.firstAgent(); f != nil && f.typ == graph.Organization {
						subj = f
					}
				default:
					subj = sc.subjectBefore(i)
				}
				for k := i - 1; subj == nil && k >= 0 && k >= i-4; k-- {
					if items[k].m == nil && (strings.HasSuffix(items[k].low, "ed") || r.phraseAt(items, k, "launch") > 0 || items[k].is("led", "leads", "leading", "begun", "begins")) {
						subj = sc.subjectBefore(k) // "X opened an inquiry", "X began an investigation", "X, who led an inquiry"
					}
				}
				for _, o := range objs {
					sc.claim(subj, graph.Investigates, o, joinItems(items[i:i+n]), confNominal)
				}
			}
		}
		// "Ukraine received tanks from Germany": Germany supplied it.
		if items[i].receives() && !items[i].reported && !items[i].quoted {
			for k := i + 1; k+1 < len(items) && k < i+8; k++ {
				if items[k].is("from") {
					if from := items[k+1].m; from != nil && r.phraseAt(items, k-1, "supply-thing") > 0 || from != nil && k >= 2 && r.phraseAt(items, k-2, "supply-thing") > 0 {
						sc.claim(from, graph.Supplied, sc.subjectBefore(i), items[i].tok.text, confNominal)
					}
					break
				}
			}
		}
	}
	// A demonym's attacks: "Russian strikes on Kherson", "a series of
	// Russian strikes ... in Ukraine".
	for i := 0; i+1 < len(items) && sc.has(byDemonym); i++ {
		m := items[i].m
		if m == nil || m.kind != byDemonym || items[i].quoted || items[i].reported {
			continue
		}
		k := i + 1
		if items[k].m == nil && r.phraseAt(items, k, "attack-noun") == 0 && isLowerWord(items[k].low) {
			k++ // "Russian missile strikes"
		}
		if a := r.phraseAt(items, k, "attack-noun"); a > 0 && strings.HasSuffix(items[k+a-1].low, "s") {
			if o := sc.placeAfter(k+a, 25); o != nil {
				sc.claim(m, graph.Attacked, o, joinItems(items[i:k+a]), confReported)
			}
		}
	}
}

// placeAfter finds the place or country struck: the first mention after
// "on", "against", "at" or "in" within limit items, and not inside an
// event or a reported clause.
func (sc *sentence) placeAfter(k, limit int) *mention {
	items := sc.items
	for j := k; j < len(items) && j < k+limit; j++ {
		if items[j].is("on", "against", "at", "in", "across", "targeting") {
			objs, _ := sc.objectsAfter(j+1, 1)
			if len(objs) > 0 && objs[0].kind != byEvent && sc.ar.territory(objs[0].id) && !sc.possessorAfter(j+1, objs[0].id) {
				return objs[0]
			}
		}
		if items[j].is(".", ";", "but", "who", "which", "that") {
			return nil
		}
	}
	return nil
}

// objectWords appends to words the object of a verb that ends before
// items[e], five words at most, up to a preposition or a conjunction:
// "had misled MPs", "would harm trade".
func objectWords(words []string, items []item, e int) []string {
	for n := 0; e < len(items) && n < 5 && items[e].tok.isWord() && !preposition[items[e].low] && !items[e].is("and", "but", "or"); e, n = e+1, n+1 {
		if items[e].m != nil {
			words = append(words, items[e].m.surface)
			continue
		}
		words = append(words, items[e].tok.text)
	}
	return words
}

// possessorAfter reports whether the name id, found a few items after
// items[k], owns a thing of its making written after it ([judged-thing]):
// "an attack on the government's record" is on the record, not the
// government; "an attack on Ukraine's capital" is on Ukraine.
func (sc *sentence) possessorAfter(k int, id string) bool {
	items := sc.items
	for j := k; j < len(items) && j < k+5; j++ {
		if m := items[j].m; m != nil && m.id == id {
			return j+2 < len(items) && items[j+1].tok.isPossessive() && items[j+2].m == nil && sc.ar.x.rules.itemIn(items, j+2, "judged-thing")
		}
	}
	return false
}

// deniesClaim reports whether what follows a verb such as "rejected" is a
// claim or a responsibility: "rejected the accusations", "dismissed
// reports of involvement".
func (sc *sentence) deniesClaim(k int) bool {
	r := sc.ar.x.rules
	if k+1 < len(sc.items) && sc.items[k].is("that", "this", "it", "them", "these") && sc.items[k+1].is(".", "!", ",", "”", "\"") && sc.items[k].quoted {
		// `He said: "I totally reject that."`: the charge just told.
		return true
	}
	for j := k; j < len(sc.items) && j < k+6; j++ {
		it := sc.items[j]
		if it.m != nil && it.m.kind == byEvent || r.has(it, "claim-noun") || r.has(it, "accusation-noun") ||
			r.has(it, "denied-wrong") || r.has(it, "rumour-noun") ||
			r.has(it, "criticism-noun") && j > k && sc.items[j-1].m != nil ||
			r.has(it, "remark-noun") && j > k+1 && sc.items[j-1].tok.isPossessive() && sc.items[j-2].m != nil || // "rejected Mr Howard's comment"
			r.has(it, "remark-noun") && j == k+1 && sc.items[k].is("his", "her", "their") || // "dismissed his remarks"
			r.has(it, "publication") && sc.publishedBy(j) != nil {
			return true // ... "rejected a Sunday Times editorial"
		}
		if it.is("as") {
			// "rejected as disinformation", "dismissed as “desperate
			// lies”": a word of falsehood within the next few.
			return sc.falseVerdict(j + 1)
		}
		if it.is(".", ";") {
			break
		}
	}
	// "a charge Yerevan rejected": the claim stands before the denier.
	for j := k - 2; j >= 0 && j >= k-5; j-- {
		if it := sc.items[j]; r.has(it, "claim-noun") || r.has(it, "accusation-noun") {
			return true
		}
		if sc.items[j].is("which") && j > 0 && sc.items[j-1].is(",") {
			// "faced robbery charges in court, which he denies": the
			// charge the relative clause hangs on.
			for c := j - 2; c >= 0 && c >= j-5; c-- {
				if it := sc.items[c]; r.has(it, "accusation-noun") || r.has(it, "claim-noun") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// fact reports whether a predicate states an event as fact, which
// reported speech cannot.
func fact(p graph.Predicate) bool {
	return p == graph.Attacked || p == graph.Supplied || p == graph.Met
}

// afterDenial reports whether a verb of denial governs the verb at i:
// "denied supplying weapons", "denies attacking".
func (sc *sentence) afterDenial(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if sc.items[k].m != nil {
			return false
		}
		if sc.ar.x.rules.phraseAt(sc.items, k, "deny") > 0 {
			return true
		}
	}
	return false
}

// blamedOn finds "blamed the attack on X": the party after "on" within a
// short phrase, not a place.
func (sc *sentence) blamedOn(k int) *mention {
	for j := k; j+1 < len(sc.items) && j < k+8; j++ {
		if sc.items[j].is(",", ";", "and", "but", "for", "of") {
			return nil
		}
		if sc.items[j].is("on") {
			if j+2 < len(sc.items) && sc.items[j+1].is("the") {
				j++
			}
			if m := sc.items[j+1].m; m != nil && !m.modifier && m.kind != byEvent && (m.typ != graph.Place || m.state != "") {
				return m
			}
			return nil
		}
	}
	return nil
}

// pastCharge returns the index past a charge that an inquiry looks into,
// when one opens at items[k]: "into allegations against X", "into doping
// claims against X", "into claims that X misled investors", where the
// party is the one inquired into; else k.
func (sc *sentence) pastCharge(k int) int {
	items := sc.items
	r := sc.ar.x.rules
	c := k
	if c < len(items) && items[c].is("the", "fresh", "new", "these", "those") {
		c++
	}
	for e := c; e < len(items) && e <= c+1 && items[e].m == nil; e++ {
		if (r.itemIn(items, e, "claim-noun") || r.itemIn(items, e, "accusation-noun")) && e+1 < len(items) && items[e+1].is("against", "that", "of", "about") {
			return e + 2
		}
		// Not "into his allegation that X's players cheated": whose
		// charge it is, is what is looked into.
		if !isLowerWord(items[e].low) || preposition[items[e].low] || items[e].is("his", "her", "its", "their", "our", "my", "your") {
			break
		}
	}
	return k
}

// openedBy returns the party that a passive names as opening or running
// what the words before items[k] name: "was launched by X", "has been
// opened by X", "is being carried out by X", "was ordered by X".
func (sc *sentence) openedBy(k int) *mention {
	items := sc.items
	a := k
	for a < len(items) && a < k+3 && items[a].m == nil && items[a].is("has", "have", "had", "was", "were", "is", "are", "been", "being", "now", "also", "already") {
		a++
	}
	if a == k || a+2 >= len(items) || items[a].m != nil {
		return nil
	}
	v := a
	n := sc.ar.x.rules.phraseAt(items, v, "launch")
	if n == 0 && !items[v].is("opened", "ordered", "begun", "started", "set", "conducted", "led", "announced", "called", "commissioned", "undertaken") {
		return nil
	}
	if n > 1 {
		v += n - 1 // "carried out"
	} else if items[v].is("set", "called") && items[v+1].is("up") {
		v++
	}
	if v+2 >= len(items) || !items[v+1].is("by") {
		return nil
	}
	b := v + 2
	if items[b].is("the") && b+1 < len(items) {
		b++
	}
	if m := items[b].m; m != nil && !m.modifier && m.kind != byEvent && m.typ != graph.Place {
		return m
	}
	return nil
}

// agentAfter finds "by X" within a short clause after position k.
func (sc *sentence) agentAfter(k int) *mention {
	for j := k; j+1 < len(sc.items) && j < k+10; j++ {
		if sc.items[j].m != nil || sc.items[j].is(",", ";", "and", "but") {
			return nil
		}
		if sc.items[j].is("by") {
			if m := sc.items[j+1].m; m != nil && !m.modifier && m.kind != byEvent {
				return m
			}
			return nil
		}
	}
	return nil
}

// asideEnd returns the index of the closing bracket of an aside in
// brackets that opens at items[k] ("($1.3m; £690,000)"), or k.
func (sc *sentence) asideEnd(k int) int {
	if !sc.items[k].is("(") {
		return k
	}
	for e := k + 1; e < len(sc.items) && e < k+12; e++ {
		if sc.items[e].is(")") {
			return e
		}
	}
	return k
}

// negated reports whether a negation stands just before the verb at i.
func (sc *sentence) negated(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		it := sc.items[k]
		if it.m != nil {
			return false
		}
		if sc.ar.x.rules.has(it, "negation") {
			return true
		}
	}
	return false
}

// modal reports whether a modal verb makes the action hypothetical.
func (sc *sentence) modal(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if sc.items[k].is("could", "would", "might", "may", "will", "should", "to", "must", "can") {
			return true
		}
		if sc.items[k].m != nil {
			return false
		}
	}
	return false
}

// attempted returns the index of the verb of trying that the verb at
// items[i] follows with "to", across adverbs, or -1: "has failed to
// totally conquer Bakhmut", "tried to capture the city", "pushed hard to
// take". An attack attempted was made, where one that "will" or "could"
// come was not.
func (sc *sentence) attempted(i int) int {
	items := sc.items
	back := func(j int) int { // past adverbs: "totally", "hard"
		for j > 0 && items[j].m == nil && (strings.HasSuffix(items[j].low, "ly") && isLowerWord(items[j].low) || items[j].is("hard", "again", "repeatedly")) {
			j--
		}
		return j
	}
	j := back(i - 1)
	if j < 1 || !items[j].is("to") {
		return -1
	}
	if j = back(j - 1); j >= 0 && items[j].is("tried", "tries", "trying", "attempted", "attempts", "attempting", "failed", "fails", "sought", "seeks", "pushed", "struggled", "struggling") {
		return j
	}
	return -1
}

// counterfactual reports whether the verb at items[i] is in a condition
// told with "had" before its subject: "it would have been longer had he
// denied the murder".
func (sc *sentence) counterfactual(i int) bool {
	items := sc.items
	if i < 2 || !(items[i-1].m != nil || items[i-1].is("he", "she", "they", "it", "we", "i")) {
		return false
	}
	h := i - 2
	if items[h].is("the") {
		h-- // "had the Tories attacked Labour"
	}
	return h >= 0 && items[h].is("had")
}

// barred reports whether the verb at items[i] is one its subject is kept
// from doing: "has been banned from suing Parmalat", "was barred from
// meeting him", "stopped Zentix from suing".
func (sc *sentence) barred(i int) bool {
	items := sc.items
	if i < 2 || !items[i-1].is("from") {
		return false
	}
	v := i - 2
	if items[v].m != nil && v > 0 {
		v-- // "stopped Zentix from suing"
	}
	return items[v].is("banned", "barred", "prevented", "stopped", "blocked", "prohibited", "forbidden", "restrained", "debarred",
		"ban", "bans", "bar", "bars", "prevent", "prevents", "stop", "stops", "block", "blocks", "prohibit", "prohibits")
}

// passive reports whether the verb at i is in the passive voice: "was
// accused by".
func (sc *sentence) passive(i int) bool {
	if n := sc.ar.x.rules.phraseAt(sc.items, i, "criticize"); n > 1 && sc.items[i+n-1].is("by") {
		return false // "was appalled by X's decision": the subject judges X
	}
	if i > 0 && i+1 < len(sc.items) && sc.items[i+1].is("by") && strings.HasSuffix(sc.items[i].low, "ed") && sc.reducedObject(i) != nil {
		return true // "Anand Jain, accused by Anil of creating a rift,"
	}
	a := i - 1
	for a > 0 && sc.items[a].m == nil && (len(sc.items[a].low) > 4 && strings.HasSuffix(sc.items[a].low, "ly") && isLowerWord(sc.items[a].low) ||
		sc.items[a].is("also", "each", "both", "all", "jointly", "separately", "later", "again", "then", "now", "once", "often", "already", "still", "never", "ever", "first", "since")) {
		a-- // "has been heavily criticised by", "was also accused by"
	}
	if i == 0 || !sc.items[a].is("was", "were", "been", "is", "are", "be", "being") {
		return false
	}
	if w := sc.items[i].low; !strings.HasSuffix(w, "ed") && !slices.Contains([]string{"hit", "struck", "given", "sent", "shot", "held"}, w) {
		return false // "is investigating" is active
	}
	lim := i + 12
	for k := i + 1; k < len(sc.items) && k < lim; k++ {
		if e := sc.asideEnd(k); e > k {
			lim += e - k + 1 // "were fined 1m euros ($1.3m; £690,000) by AMF"
			k = e
			continue
		}
		if sc.items[k].is("by") {
			return true
		}
	}
	return false
}

// presupposed reports whether the participle at items[i], of n items,
// only describes a thing its subject made, as background to what is said
// of the thing: "said Labour poster plans attacking Mr Howard were a
// sign of abusive politics" takes the attack in words as given. An
// attack on anything but a person may be a strike, which a report
// never makes a fact.
func (sc *sentence) presupposed(p graph.Predicate, i, n int) *mention {
	items := sc.items
	switch p {
	case graph.Criticized:
	case graph.Attacked:
		if objs, _ := sc.objectsAfter(i+n, 0); len(objs) == 0 || objs[0].typ != graph.Person {
			return nil
		}
	default:
		return nil
	}
	if i < 2 || !strings.HasSuffix(items[i].low, "ing") || items[i-1].m != nil || !isLowerWord(items[i-1].low) ||
		!strings.HasSuffix(items[i-1].low, "s") || items[i-1].is("is", "was", "has", "says", "its", "this", "as", "his") {
		return nil
	}
	// The maker qualifies the thing: "Labour poster plans".
	for j := i - 2; j >= 0 && j >= i-3; j-- {
		if m := items[j].m; m != nil {
			if m.typ == graph.Organization {
				return m
			}
			return nil
		}
		if !isLowerWord(items[j].low) {
			return nil
		}
	}
	return nil
}

// reducedObject returns the name that a participle at items[i] with no
// auxiliary qualifies, set off by a comma or a dash, with a few words
// of description between: "Anand Jain, accused by Anil of ...", "Anand
// Jain - another board member accused by Anil of ...". It returns nil
// when there is none.
func (sc *sentence) reducedObject(i int) *mention {
	items := sc.items
	for j := i - 1; j >= 1 && j >= i-7; j-- {
		it := items[j]
		if it.is(",", "-", "–", "—") {
			if m := items[j-1].m; m != nil && !m.modifier && m.kind != byEvent && (m.typ == graph.Person || !sc.governed(m)) {
				return m // not "In Basra, soldiers attacked by ...": a place the sentence opens with
			}
			return nil
		}
		if it.m != nil && (it.m.kind == byRole && it.m.typ == graph.Person || it.m.typ != graph.Person && it.m.kind != byEvent) || it.is("'s", "’s") {
			continue // "Zak Pellow - another Quill Bank board member accused by", "Ann Lee, Tesco's finance chief accused by": the description's qualifiers
		}
		if it.m != nil && it.m.typ == graph.Person || !it.tok.isWord() || sc.ar.x.rules.in("speech", it.low) ||
			it.is("is", "was", "are", "were", "has", "have", "had", "who", "which", "that", "and", "but") {
			return nil
		}
	}
	return nil
}

// apposedBefore returns the person that a description ending at the
// relative pronoun at items[k] stands in apposition to: "Simon
// McDowell, the touch judge who" gives Simon McDowell. The description
// is a few lower-case words set off by a comma or a dash; nil when there
// is none.
func (sc *sentence) apposedBefore(k int) *mention {
	items := sc.items
	for j := k - 1; j >= 1 && j >= k-5; j-- {
		it := items[j]
		if it.is(",", "-", "–", "—") {
			if j == k-1 {
				return nil // "X, who": the plain case
			}
			if m := items[j-1].m; m != nil && m.typ == graph.Person && !m.modifier && m.kind != byEvent {
				return m
			}
			return nil
		}
		if it.m != nil && it.m.kind == byRole && it.m.typ == graph.Person {
			continue // "the judge", read as a reference to the person apposed
		}
		if it.m != nil && it.m.typ != graph.Person && it.m.kind != byEvent && j < k-1 {
			continue // "a UK investment banker who", "the Quill Bank analyst who": a qualifier
		}
		if it.m != nil || !isLowerWord(it.low) || it.is("and", "or", "but", "that", "which", "said", "says") || sc.ar.x.rules.in("speech", it.low) {
			return nil
		}
	}
	return nil
}

// possessedThing returns the owner of a thing of their making written
// as a possessive before items[k] ([judged-thing]): "Tom Reed's
// remarks", "the Tories' latest plans". Criticism of the thing is
// criticism of its owner. It returns nil when there is none.
func (sc *sentence) possessedThing(k int) *mention {
	items := sc.items
	if k >= 3 && items[k].m == nil && !sc.ar.x.rules.itemIn(items, k, "judged-thing") {
		// "Quill Bank's decision to close branches was criticised":
		// the thing, before what it is to do.
		for j := k - 2; j >= 1 && j >= k-6; j-- {
			if items[j].m != nil || items[j].is(",", ";") {
				break
			}
			if items[j+1].is("to") && sc.ar.x.rules.itemIn(items, j, "judged-thing") {
				k = j
				break
			}
		}
	}
	if k < 1 || items[k].m != nil || !sc.ar.x.rules.itemIn(items, k, "judged-thing") {
		return nil
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if items[j].is("'s", "’s", "'", "’") {
			if m := items[j-1].m; j > 0 && m != nil && !m.modifier && m.kind != byEvent {
				return m
			}
			return nil
		}
		if items[j].m != nil || !isLowerWord(items[j].low) || preposition[items[j].low] || items[j].is("the", "a", "an", "and", "or") {
			return nil
		}
	}
	return nil
}

// passiveRule reads "X was accused by Y (of ...)".
func (sc *sentence) passiveRule(i, n int, p graph.Predicate, verb string) {
	items := sc.items
	if p == graph.Threatened && !strings.HasPrefix(items[i].low, "threat") {
		return // "was warned by" is no threat
	}
	k := i - 1
	for k >= 0 && items[k].m == nil && skipWord(items[k].low) {
		k--
	}
	if p == graph.Denied && !strings.HasPrefix(items[i].low, "den") && !sc.claimSubject(k) {
		return // "the proposal was rejected by the club": a refusal
	}
	if p == graph.Denied {
		// The thing denied need not be named: "His claims were denied
		// by Foreign Secretary Jack Straw".
		for b := i + n; b < len(items) && b < i+4; b++ {
			if items[b].is("by") {
				subs, _ := sc.objectsAfter(b+1, 0)
				for _, s := range subs {
					if o := sc.claimOwner(k, s); o != nil {
						sc.claim(s, graph.Denied, o, verb, confPassive)
						continue
					}
					if c := sc.deniedClaimSubject(i); c >= 0 && !strings.HasPrefix(items[i].low, "den") {
						// "Claims that X lied were dismissed as nonsense by
						// Y": the claims before the verb are what is
						// denied, and their owner the one answered ("Bob
						// Hale's claims that ...", "claims by Bob Hale").
						if o := sc.ownerOfClaimAt(c); o != nil && o.id != s.id {
							sc.claim(s, graph.Denied, o, verb, confPassive)
							continue
						}
						sc.denial(s, c, verb, confPassive)
						continue
					}
					sc.denial(s, i, verb, confPassive)
				}
				return
			}
		}
	}
	if k <= 0 && i > 0 && items[0].is("that", "this") && (p == graph.Criticized || p == graph.Attacked && strings.HasPrefix(items[i].low, "attack")) {
		// "X has come up with proposals ... That has been attacked by
		// the Tories": what the last sentence's subject made.
		if ref := sc.prev; ref != nil && (ref.typ == graph.Person || ref.typ == graph.Organization) && ref.kind != byEvent {
			cp := *ref
			cp.kind = byPronoun
			for b := i + n; b < len(items) && b < i+n+6; b++ {
				if items[b].is("by") {
					subs, _ := sc.objectsAfter(b+1, 0)
					for _, s := range subs {
						sc.claim(s, graph.Criticized, &cp, verb, min(confPassive, confPronoun))
					}
					break
				}
			}
		}
		return
	}
	if k >= 0 && items[k].is("it", "he", "she", "they") && (p == graph.Accused || p == graph.Criticized || p == graph.Investigates || p == graph.Threatened) {
		// "it is itself being sued by Yukos": the pronoun's referent.
		var ref *mention
		if items[k].is("he", "she") {
			// Not the agent: "He was criticised by Michael Johnson".
			var agent *mention
			for b := i + n; b < len(items) && b < i+n+6; b++ {
				if items[b].is("by") {
					if subs, _ := sc.objectsAfter(b+1, 0); len(subs) > 0 {
						agent = subs[0]
					}
					break
				}
			}
			ref = sc.recentPerson(items[k].low, agent)
		} else if f := sc.firstAgent(); f != nil && f.typ != graph.Person && f.end <= items[k].tok.start {
			cp := *f // "Deutsche Bank is involved because it is being sued"
			cp.kind = byPronoun
			ref = &cp
		} else {
			ref = sc.pronoun("")
		}
		if ref != nil {
			for b := i + n; b < len(items) && b < i+n+6; b++ {
				if items[b].is("by") {
					subs, _ := sc.objectsAfter(b+1, 0)
					for _, s := range subs {
						sc.claim(s, p, ref, verb, min(confPassive, confPronoun))
					}
					return
				}
			}
		}
		return
	}
	var obj *mention
	switch {
	case k >= 0 && items[k].m != nil:
		obj = items[k].m
	case k >= 2 && items[k].is("who", "which") && items[k-1].is(",", "-", "–", "—") && items[k-2].m != nil && !items[k-2].m.modifier && items[k-2].m.kind != byEvent:
		obj = items[k-2].m // "Anand Jain, who was accused by Anil of ..."
	case k >= 2 && items[k].is("who") && sc.apposedBefore(k) != nil:
		obj = sc.apposedBefore(k) // "Simon McDowell, the touch judge who was criticised by"
	case (p == graph.Criticized || p == graph.Attacked) && sc.possessedThing(k) != nil:
		obj = sc.possessedThing(k) // "Tom Reed's remarks were condemned by"
	case k >= 2 && items[k].is(",") && sc.asideSubject(k) != nil:
		obj = sc.asideSubject(k) // "Ann Lee, the chancellor, was criticised by"
	case sc.reducedObject(i) != nil:
		obj = sc.reducedObject(i)
	default:
		// "X unveiled plans ... The plans were criticised by": whoever
		// put them forward.
		if obj, _ = sc.planOwner(k); obj == nil && k > 0 {
			obj = sc.actReferred(k - 1) // "The move has been criticised by"
		}
		if obj == nil || p != graph.Criticized {
			return
		}
	}
	thing := p != graph.Supplied // what is supplied must be named: "was given tanks by"
	lim := i + 12
	for b := i + n; b < len(items) && b < lim; b++ {
		if e := sc.asideEnd(b); e > b {
			lim += e - b + 1
			b = e
			continue
		}
		if !thing && sc.ar.x.rules.phraseAt(items, b, "supply-thing") > 0 {
			thing = true
		}
		if items[b].is("by") {
			if !thing {
				return // "has been given extra confidence by": nothing supplied
			}
			subs, _ := sc.objectsAfter(b+1, 0)
			if o := sc.ownParty(b+1, obj); len(subs) == 0 && o != nil && p != graph.Supplied && p != graph.Met {
				subs = []*mention{o} // "has been criticised by many in his own party"
			}
			objs := []*mention{obj}
			if k >= 0 && items[k].m == obj && p != graph.Denied {
				objs = sc.coSubjects(i, obj) // "Vivendi and Quill Bank were both fined by"
			}
			for _, s := range subs {
				if p == graph.Denied {
					// "The claims were denied by Labour."
					sc.denial(s, i, verb, confPassive)
					continue
				}
				for _, o := range objs[1:] {
					if o.id != s.id && !(p == graph.Attacked && (sc.verbal(s, o) || sc.bodyAttack(o))) {
						sc.claim(s, p, o, verb, confPassive)
					}
				}
				if p == graph.Attacked && (sc.verbal(s, obj) || sc.bodyAttack(obj)) && !sc.ar.armed(s.id) {
					// "The unit was seized by the government": no strike.
					if strings.HasPrefix(items[i].low, "attack") {
						sc.claim(s, graph.Criticized, obj, verb, confPassive)
					}
					continue
				}
				sc.claim(s, p, obj, verb, confPassive)
			}
			return
		}
	}
}

// asideSubject returns the sentence's subject when an aside set off by
// commas, closed by the comma at items[k], stands between it and its
// verb: "Ann Lee, the chancellor, was criticised by", "Quill Bank, which
// lost money, was fined by".
func (sc *sentence) asideSubject(k int) *mention {
	items := sc.items
	for c := k - 1; c >= 1 && c >= k-15; c-- {
		if !items[c].is(",") {
			continue
		}
		h := c - 1
		m := items[h].m
		if m == nil || m.modifier || m.kind == byEvent || m.typ == graph.Event {
			return nil
		}
		return m
	}
	return nil
}

// progressive reports whether the -ing verb at items[i] follows a form
// of "be", across adverbs: "Officials at the FSA are investigating X" is
// a verb with the officials' body as its subject, not a participle.
func (sc *sentence) progressive(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3 && sc.items[j].m == nil; j-- {
		if sc.items[j].is("is", "are", "was", "were", "been", "be", "am") {
			return true
		}
		if !strings.HasSuffix(sc.items[j].low, "ly") && !sc.items[j].is("also", "still", "now", "already", "not") {
			return false
		}
	}
	return false
}

// participleSubject gives a participle clause ("..., threatening Kyiv",
// "condemning the attempt") the subject of the sentence.
func (sc *sentence) participleSubject(i int) *mention {
	afterAnd := i > 0 && sc.items[i-1].is("and", "but")
	if i < len(sc.items) && sc.items[i].m == nil && !strings.HasSuffix(sc.items[i].low, "ing") && !afterAnd {
		return nil
	}
	// "the London exchange is also holding talks": a verb in the
	// progressive, whose subject was not found, is no participle.
	for j := i - 1; j >= 0 && j >= i-3 && sc.items[j].m == nil; j-- {
		if sc.items[j].is("is", "are", "was", "were", "am", "be", "been") {
			return nil
		}
		if !skipWord(sc.items[j].low) {
			break
		}
	}
	// A participle right after a noun phrase with no name qualifies it:
	// "a public emergency threatening the life of the nation" names no
	// subject.
	for j := i - 1; j >= 0 && j >= i-4 && !afterAnd; j-- {
		it := sc.items[j]
		if it.m != nil {
			break // "Labour poster plans attacking Mr Howard": the sentence's subject
		}
		if it.is("a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "any", "no") {
			if j > 0 && sc.items[j-1].m == nil && preposition[sc.items[j-1].low] {
				break // "wrote to the regulator accusing Labour": the writer's
			}
			return nil
		}
		if !isLowerWord(it.low) || preposition[it.low] || skipWord(it.low) ||
			j == i-1 && (sc.ar.x.rules.has(it, "publication") || sc.ar.x.rules.has(it, "remark-noun")) {
			break // "made a film accusing Islam", "a speech criticising Blair": the maker's words
		}
	}
	start := 0
	if len(sc.items) > 0 && sc.items[0].is("since", "when", "after", "although", "though", "while", "because", "if", "once", "until", "as") {
		// "Since Napster was forced to close, the industry has been
		// critical of P2P, blaming it": the subordinate clause's
		// subject is not the main clause's.
		for k := 1; k < i; k++ {
			if sc.items[k].is(",") {
				start = k + 1
				break
			}
		}
	}
	for k := start; k < i; k++ {
		it := sc.items[k]
		// An incident is no one who acts: "In the trial Mr Ebbers
		// played down ... and denied" is his.
		if it.m != nil && !it.m.modifier && it.m.kind != byEvent && it.m.typ != graph.Event {
			if k > 0 && sc.items[k-1].is("with") && k+1 < i && sc.items[k+1].m == nil && len(sc.items[k+1].low) > 4 && strings.HasSuffix(sc.items[k+1].low, "ing") {
				// "with Mr Kennedy stressing ... and attacking X": the
				// one the absolute phrase is about.
				return it.m
			}
			p := k - 1
			if p > 0 && sc.items[p].is("the", "a", "an") {
				p-- // "a different tone to the Lib Dem approach"
			}
			if p >= 0 && sc.items[p].is("on", "in", "at", "of", "to", "from", "against", "with", "by", "for", "after", "before") {
				continue
			}
			if it.m.typ != graph.Person {
				if m := sc.titledPersonAfter(k, i); m != nil {
					return m
				}
			}
			return it.m
		}
		if it.m == nil && k <= 1 && it.is("he", "she") {
			// "He was advised ... and said he had done nothing wrong":
			// the last sentence's subject, as the verb's own "he" has
			// it (see subjectBefore), before a person it only named
			// ("Fox gave a speech criticising Blair's record. He ...,
			// telling delegates" is Fox).
			if p := sc.subjectFor(it.low); p != nil {
				return p
			}
			return sc.recentPerson(it.low, nil)
		}
	}
	return nil
}

// titledPersonAfter returns the person named after a role that follows
// the body at items[k], within four items and before items[end]: "Lib Dem
// chairman Matthew Taylor", "the SNP's Holyrood leader Nicola Sturgeon"
// (a second body qualifies the role). The body only qualifies that
// person. It returns nil when no such person follows.
func (sc *sentence) titledPersonAfter(k, end int) *mention {
	r := sc.ar.x.rules
	for j := k + 1; j < end && j < len(sc.items) && j <= k+4; j++ {
		if m := sc.items[j].m; m != nil {
			if m.typ == graph.Person && (r.phraseAt(sc.items, j-1, "role") > 0 || r.itemIn(sc.items, j-1, "role")) {
				return m
			}
			if m.typ != graph.Person && r.phraseAt(sc.items, j+1, "role") > 0 {
				continue
			}
			return nil
		}
	}
	return nil
}

// singular returns the singular of a plural noun ("firms", "companies"),
// or w.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// attackerReferred returns the attacker of the strike the article told
// last, when the words at items[k] refer back to it with no maker or
// target of their own ("condemned the attack", "denounced the strikes";
// not "the attack on Kyiv by X", "the Russian attack"), or nil.
func (sc *sentence) attackerReferred(k int) *mention {
	items := sc.items
	if k >= len(items) || !items[k].is("the", "this", "these", "that", "those", "such", "last", "latest") {
		return nil
	}
	k++
	n := sc.ar.x.rules.phraseAt(items, k, "attack-noun")
	if n == 0 || k+n < len(items) && (items[k+n].is("on", "by", "against", "of", "in") || items[k+n].tok.isPossessive()) {
		return nil
	}
	c := sc.ar.lastAttack
	if c == nil {
		return nil
	}
	e := sc.ar.ents[c.Subject]
	if e == nil {
		return nil
	}
	return &mention{id: e.ID, typ: e.Type, kind: byPronoun, surface: e.Name}
}

// actReferred returns the subject of the sentence before when the words
// at items[k] refer back to its act with no maker of their own: "The
// WTO is to end the Multi-Fibre Agreement. Christian Aid condemned the
// move"; not "the move by X", "the decision to close", "X's decision",
// nor after a sentence that only reports its subject's words.
func (sc *sentence) actReferred(k int) *mention {
	items := sc.items
	if k+1 >= len(items) || !items[k].is("the", "this", "that") || !items[k+1].is("move", "decision") || sc.prevActor == nil {
		return nil
	}
	if k+2 < len(items) && (items[k+2].is("by", "of", "to", "on", "from") || items[k+2].tok.isPossessive()) {
		return nil
	}
	cp := *sc.prevActor
	cp.kind = byPronoun
	return &cp
}

// accusedDeniers returns the parties that a pronoun or "both firms"
// subject of the denial verb at items[i] stands for when the sentence
// before accused them: "Quill Bank accused Zentix of fixing prices. It
// denies the charges" is Zentix's denial, not Quill Bank's, whom the
// pronoun's usual reading (the last subject) gives; "They deny" and
// "Both firms deny" are every party it accused. nil keeps subj.
func (sc *sentence) accusedDeniers(i int, subj *mention) []*mention {
	items := sc.items
	k := i - 1
	for k >= 0 && items[k].m == nil && skipWord(items[k].low) {
		k--
	}
	if k < 0 || items[k].m != nil && items[k].m.kind != byPronoun {
		return nil
	}
	word := items[k].low
	if items[k].m != nil {
		word = strings.ToLower(items[k].m.surface)
	}
	plural := false
	switch {
	case word == "it" || word == "he" || word == "she":
	case word == "they":
		plural = true
	case k >= 1 && (items[k-1].is("both") || items[k-1].is("two") && k >= 2 && items[k-2].is("the")) && sc.ar.x.rules.in("org-class", singular(word)):
		plural = true // "Both firms deny", "The two companies denied"
	default:
		return nil
	}
	if subj != nil && subj.kind != byPronoun {
		return nil
	}
	// The last accusation, told in an earlier sentence, by the one the
	// pronoun would stand for (or by anyone, for "they" and "both").
	n := len(sc.ar.accusations)
	if n == 0 {
		return nil
	}
	last := sc.ar.accusations[n-1]
	if last.Start >= sc.s.Start || last.Start < sc.prevStart || subj != nil && last.Subject != subj.id && !plural {
		return nil // told in this sentence, or before the last
	}
	var out []*mention
	for j := n - 1; j >= 0; j-- {
		c := sc.ar.accusations[j]
		if c.Start != last.Start || c.Subject != last.Subject {
			break
		}
		e := sc.ar.ents[c.Object]
		if e == nil {
			continue
		}
		switch word {
		case "it":
			if e.Type == graph.Person || e.Type == graph.Event {
				continue
			}
		case "he", "she":
			if e.Type != graph.Person || !sc.ar.fits(e.ID, word) {
				continue
			}
		}
		out = append(out, &mention{id: e.ID, typ: e.Type, kind: byPronoun, surface: e.Name})
	}
	if len(out) == 0 || !plural && len(out) > 1 || plural && word != "they" && len(out) < 2 {
		return nil
	}
	slices.Reverse(out)
	return out
}

// denial emits a denial by subj. Its object is the incident denied: one
// named after the verb, else the article's main incident; failing both,
// the accuser whose claim is denied.
func (sc *sentence) denial(subj *mention, from int, verb string, conf float64) {
	if subj == nil || subj.typ == graph.Organization && sc.ar.court(subj.id) || subj.typ == graph.Person && sc.ar.onBench(subj.id) {
		return // "an appeal court panel rejected the claim", "Judge X dismissed the lawsuit": a ruling, no denial
	}
	// "denied to Reuters that ...", "denied to reporters that ...": whom
	// the denial was told is no part of what is denied.
	if from+2 < len(sc.items) && sc.items[from].is("to") {
		if k := from + 1; sc.items[k].m != nil && sc.items[k].m.typ == graph.Organization || sc.items[k].is("reporters", "journalists", "the") {
			for k < len(sc.items) && k < from+5 && !sc.items[k].is("that", ",") {
				k++
			}
			if k < len(sc.items) && sc.items[k].is("that") {
				from = k
			}
		}
	}
	for from < len(sc.items) && sc.items[from].m == nil && isQuoteMark(sc.items[from].low) && from > 0 && scareMark(sc.items, from) {
		from++ // `"totally refuted" the claims`: the closing mark of the verb's scare quote
	}
	var obj *mention
	for k := from; k < len(sc.items); k++ {
		if m := sc.items[k].m; m != nil && (m.kind == byEvent || m.typ == graph.Event) {
			obj = m // "denies WorldCom fraud": the article's event
			sc.ar.noteMatter(subj.id, m.id)
			break
		}
	}
	if f := sc.pastMarks(from); obj == nil && f+1 < len(sc.items) && (sc.items[f].is("the", "these", "those", "such") && sc.claimNounAfter(f) ||
		sc.items[f].is("any") && sc.items[f+1].m == nil && sc.ar.x.rules.has(sc.items[f+1], "denied-wrong")) {
		// "Mr Sullivan told jurors he had warned Mr Ebbers ... Mr
		// Ebbers denied the allegations": what was just said of the
		// denier.
		if t := sc.teller(subj); t != nil {
			obj, conf = t, min(conf, confPronoun)
		}
	}
	if f := sc.pastMarks(from); obj == nil && f+1 < len(sc.items) && sc.items[f].is("his", "her") &&
		(sc.ar.x.rules.has(sc.items[f+1], "remark-noun") || sc.ar.x.rules.has(sc.items[f+1], "claim-noun")) {
		// "Hewitt said he had had a gutful ... but Pollard rejected his
		// comments": the one whose words they are.
		obj = sc.personFor(f, pronounOf(sc.items[f]), subj)
	}
	if obj == nil && sc.ar.mainEvent != "" {
		obj = &mention{id: sc.ar.mainEvent, typ: graph.Event, kind: byEvent}
	}
	if obj == nil {
		// "denied Russia's accusations": the accuser named with them.
		k := from
		if k+2 < len(sc.items) && sc.items[k].is("as") {
			// "dismissed as nonsense claims by X": the verdict first.
			j := sc.pastMarks(k + 1)
			if n := sc.ar.x.rules.phraseAt(sc.items, j, "false-word"); n > 0 {
				k = sc.pastMarks(j + n)
			}
		}
		for k < len(sc.items) && (sc.items[k].is("the", "a", "an", "these", "those", "such", "latest", "last", "new", "recent", "fresh") ||
			sc.items[k].m == nil && sc.ar.x.isHonorific(&sc.items[k].tok)) { // "Mr Howard's comment"
			k++
		}
		if k+2 < len(sc.items) && sc.items[k].m != nil && (sc.items[k+1].tok.isPossessive() || sc.items[k].m.kind == byDemonym ||
			sc.items[k].m.typ != graph.Place && sc.items[k].m.typ != graph.Event) {
			// Only when what the possessor owns is a claim.
			n := k + 1
			if sc.items[n].tok.isPossessive() {
				n++
			}
			if n+1 < len(sc.items) && sc.items[n].m == nil && isLowerWord(sc.items[n].low) && !preposition[sc.items[n].low] &&
				(sc.ar.x.rules.itemIn(sc.items, n+1, "accusation-noun") || sc.ar.x.rules.itemIn(sc.items, n+1, "claim-noun")) {
				n++ // "rejects Tory tax claims": a word says what the claims are about
			}
			if r := sc.ar.x.rules; r.itemIn(sc.items, n, "accusation-noun") || r.itemIn(sc.items, n, "claim-noun") || r.itemIn(sc.items, n, "criticism-noun") ||
				r.itemIn(sc.items, n, "rumour-noun") && sc.items[k+1].tok.isPossessive() ||
				r.itemIn(sc.items, n, "remark-noun") && sc.items[k+1].tok.isPossessive() ||
				r.itemIn(sc.items, n, "publication") && sc.items[k].m.typ == graph.Organization {
				obj = sc.items[k].m // "dismissed the latest Tory attack", "rejected a Sunday Times article"
			}
		}
		// "shrugged off claims from Tory leader Michael Howard": the
		// accuser after the claim.
		// "denied a report in the Sunday Times that ...": the paper
		// that published it.
		if r := sc.ar.x.rules; obj == nil && k+2 < len(sc.items) && sc.items[k].m == nil && r.itemIn(sc.items, k, "publication") &&
			sc.items[k+1].is("in") {
			if o := sc.nameIndex(k + 2); o < len(sc.items) && sc.items[o].m != nil && sc.items[o].m.typ == graph.Organization && !sc.items[o].m.modifier && sc.items[o].m.id != subj.id {
				obj = sc.items[o].m
			}
		}
		if r := sc.ar.x.rules; obj == nil && k+2 < len(sc.items) && sc.items[k].m == nil && (r.itemIn(sc.items, k, "accusation-noun") || r.itemIn(sc.items, k, "claim-noun")) &&
			(sc.items[k+1].is("from", "by") || sc.items[k+1].is("made") && sc.byAfterMade(k+1) > 0) {
			b := k + 1
			if sc.items[b].is("made") {
				b = sc.byAfterMade(b) // "the claims made on Monday by Michael Howard"
			}
			if o := sc.nameIndex(b + 1); o < len(sc.items) && sc.items[o].m != nil {
				if m := sc.items[sc.head(o)].m; m.id != subj.id && !m.modifier && m.kind != byEvent && m.typ != graph.Place {
					obj = m
				}
			}
		}
	}
	if obj == nil {
		// "said the article was false": the body that published it.
		k := from
		if k < len(sc.items) && sc.items[k].is("that") {
			k++
		}
		if k+1 < len(sc.items) && sc.items[k].is("the", "this") {
			obj = sc.publisherOf(k + 1)
		}
	}
	if obj == nil && sc.rumourDenied(from) {
		// Speculation is no one's charge: the denial is of the matter,
		// and answers no accuser told later.
		obj = sc.deniedMatter(subj, from)
		sc.ar.kept = append(sc.ar.kept, keptDenial{sc.argID(subj, graph.Denied, true), sc.s.Start})
		sc.claim(subj, graph.Denied, obj, verb, conf)
		return
	}
	if obj == nil && sc.claimBefore(from) {
		// "Harris said he would sign a ban, a charge he has denied": the
		// charge is what the sentence's speaker said, whoever else
		// accused the denier before.
		for _, rg := range sc.regions {
			if rg.speaker.id != subj.id && rg.speaker.typ != graph.Place {
				obj = rg.speaker
				break
			}
		}
	}
	// Reports the press made are not the charges of whoever spoke last.
	press := obj == nil && sc.pressReports(from)
	if obj == nil {
		// Otherwise whoever last accused the denier or the body it
		// speaks for.
		// "denied that Ukrainian forces were responsible": the party
		// cleared is the denier's side.
		var named []string
		if from < len(sc.items) && sc.items[from].is("that") {
			for k := from + 1; k < len(sc.items) && k < from+4; k++ {
				if m := sc.items[k].m; m != nil && m.kind != byEvent {
					named = append(named, m.id)
					break
				}
			}
		}
		var at int
		obj, at, conf = sc.ar.accuserAt(subj, named, conf)
		if cl := sc.ar.claimant; cl != nil && sc.ar.claimedAt > at && sc.claimNounAfter(from) && !sc.ar.onSide(cl.id, sc.ar.sideOf(subj, named)) {
			// "He claimed he was stripped ... The US government denied
			// the claims": the claims told last, though they named no
			// one the denier speaks for.
			obj, conf = cl, min(conf, confPronoun)
		}
	}
	if obj == nil && sc.claimNounAfter(from) && !press {
		// "rejected the accusations": the accusations told last, by
		// whomever they were made.
		side := sc.ar.sideOf(subj, nil)
		for k := len(sc.ar.accusations) - 1; k >= 0; k-- {
			c := sc.ar.accusations[k]
			if sc.ar.onSide(c.Subject, side) {
				continue // the denier's own side's charges against others
			}
			if c.Subject != subj.id && c.Subject != sc.argID(subj, graph.Denied, true) {
				if e := sc.ar.ents[c.Subject]; e != nil {
					obj = &mention{id: e.ID, typ: e.Type}
					conf = min(conf, confPronoun)
				}
				break
			}
		}
	}
	if obj == nil && !sc.deniesMatter(from) && !ownDenial(verb) && !sc.ar.x.rules.in("innocence", strings.ToLower(verb)) && !sc.deniedWrong(verb) {
		return // "denying a certain try", "denied him the money": no charge denied; "said it had broken no rules", "said he had not lied" deny one
	}
	if obj == nil {
		// Nobody named made the charge: the denial is of the matter
		// itself, an incident of the article's own ("denied the
		// allegations", "denied fraud charges").
		obj = sc.deniedMatter(subj, from)
		if press || sc.ownCharge(from) {
			sc.ar.kept = append(sc.ar.kept, keptDenial{sc.argID(subj, graph.Denied, true), sc.s.Start})
		}
	}
	sc.claim(subj, graph.Denied, obj, verb, conf)
}

// claimRightAfter reports whether a claim or an accusation is what
// items[k] names, past a determiner: "fight the allegations", "contest
// these charges".
func (sc *sentence) claimRightAfter(k int) bool {
	if k < len(sc.items) && sc.items[k].is("the", "these", "those", "his", "her", "its", "their", "all") {
		k++
	}
	r := sc.ar.x.rules
	return k < len(sc.items) && sc.items[k].m == nil && (r.itemIn(sc.items, k, "claim-noun") || r.itemIn(sc.items, k, "accusation-noun"))
}

// caseRightAfter reports whether a lawsuit or a case against the
// subject is what items[k] names, past a determiner and "itself
// against": "fight the lawsuit", "contest the case", "defend itself
// against the claims" ([lawsuit-noun]).
func (sc *sentence) caseRightAfter(k int) bool {
	if k+1 < len(sc.items) && sc.items[k].is("itself", "himself", "herself", "themselves") && sc.items[k+1].is("against") {
		return sc.claimRightAfter(k+2) || sc.caseRightAfter(k+2)
	}
	if k < len(sc.items) && sc.items[k].is("the", "these", "those", "this", "that", "any", "all") {
		k++
	}
	r := sc.ar.x.rules
	if k+1 < len(sc.items) && sc.items[k+1].is("for") {
		return false // "defended the case for reform": an argument made
	}
	return k < len(sc.items) && sc.items[k].m == nil && (r.itemIn(sc.items, k, "lawsuit-noun") || sc.items[k].is("case", "cases", "lawsuits", "suits", "complaints", "action"))
}

// byAfterMade returns the index of the "by" that names who made a claim
// after "made" at items[k], past a few words of time ("made on Monday
// by"), or 0.
func (sc *sentence) byAfterMade(k int) int {
	for j := k + 1; j < len(sc.items) && j <= k+4; j++ {
		if sc.items[j].is("by") {
			return j
		}
		if sc.items[j].m != nil || !sc.items[j].tok.isWord() || !skipWord(sc.items[j].low) {
			return 0
		}
	}
	return 0
}

// deniedWrong reports whether verb is a wrong or a strike its speaker
// says they did not do ("not lied", "not misled", "not attack"), which
// denies a charge of it.
func (sc *sentence) deniedWrong(verb string) bool {
	w, ok := strings.CutPrefix(verb, "not ")
	w = strings.ToLower(w)
	return ok && (sc.ar.x.rules.in("blame-cue", w) || sc.ar.x.rules.in("attack", w)) // "not lied", "We do not attack Moscow"
}

// ownDenial reports whether a verb of denial denies by its own words,
// with no claim named after it: "maintained his innocence", "pleaded not
// guilty".
func ownDenial(verb string) bool {
	return strings.Contains(verb, "innocen") || strings.Contains(verb, "not guilty")
}

// participleAppositionStart returns the comma that opens a participle
// phrase with its agent ending at the comma items[k] (", financed by
// billionaire George Soros,", ", led by Jane Roe,"), or -1.
func (sc *sentence) participleAppositionStart(k int) int {
	items := sc.items
	by := false
	for j := k - 1; j > 0 && j >= k-12; j-- {
		it := items[j]
		if it.m != nil {
			continue
		}
		switch {
		case it.low == "by":
			by = true
		case it.low == ",":
			if by && j+1 < k && items[j+1].m == nil && participle(items[j+1].low) {
				return j
			}
			return -1
		}
	}
	return -1
}

// participle reports whether w is a past participle of the kind that
// opens an apposition with its agent: "financed", "backed", "led", "run".
func participle(w string) bool {
	switch w {
	case "led", "run", "owned", "held", "known", "chaired", "founded", "headed", "funded", "backed":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && isLowerWord(w)
}

// relativeClauseStart returns the comma that opens a relative clause
// ending at the comma items[k] (", who represents A and B,"), or -1.
func (sc *sentence) relativeClauseStart(k int) int {
	for j := k - 1; j > 0 && j >= k-25; j-- {
		if sc.items[j].m == nil && sc.items[j].low == "," {
			if j+1 < k && sc.items[j+1].is("who", "which", "whose") {
				return j
			}
			if sc.items[j-1].m != nil && j+1 < k && sc.items[j+1].m != nil {
				continue // "which combines the Paris, Amsterdam and Lisbon exchanges": a list inside the clause
			}
			return -1
		}
	}
	return -1
}

// withheld reports whether the verb at items[i] is one someone refused,
// failed or declined to say: "refused to deny the claim".
func (sc *sentence) withheld(i int) bool {
	return i > 1 && sc.items[i-1].is("to") && sc.items[i-2].is("refused", "refuses", "refusing", "failed", "fails", "failing", "declined", "declines", "declining")
}

// dismissedAs reports whether a rejection at items[k] calls a thing that
// is no claim something: "dismissed Gordon Brown's Budget as nonsense"
// criticises the Budget's owner (see described) and denies nothing, where
// "dismissed the claims as lies" denies them.
func (sc *sentence) dismissedAs(k int) bool {
	r := sc.ar.x.rules
	for j := k; j < len(sc.items) && j < k+8; j++ {
		it := sc.items[j]
		if it.m == nil && (r.has(it, "claim-noun") || r.has(it, "accusation-noun") || r.has(it, "criticism-noun")) {
			return false
		}
		if it.is("as") {
			if j == k+1 && sc.items[k].m == nil && sc.items[k].is("them", "it", "this", "that", "these", "those") {
				// "dismissed them as nonsense": what is false is what
				// was said, a denial; "dismissed them as cronies" is not.
				if sc.falseVerdict(j + 1) {
					return false
				}
			}
			return j > k
		}
		if it.is(",", ";", "that", "and") {
			return false
		}
	}
	return false
}

// falseVerdict reports whether a word of falsehood comes within the few
// words from items[k], before the clause ends: the verdict of "dismissed
// as nonsense", "rejected them as \"a load of nonsense\"", "as a pack of
// lies".
func (sc *sentence) falseVerdict(k int) bool {
	for f := k; f < len(sc.items) && f <= k+5; f++ {
		if sc.items[f].is(",", ";", ".", "and", "but", "because", "while") {
			return false
		}
		if sc.ar.x.rules.phraseAt(sc.items, f, "false-word") > 0 {
			return true
		}
	}
	return false
}

// hearsay reports whether the verb at items[i] stands in a clause that a
// claim nobody owns introduces: "claims that X was blaming Y", "there
// were reports that ...", but not "Labour's claims that ..." or "claims
// by Labour that ...".
func (sc *sentence) hearsay(i int) bool {
	items := sc.items
	r := sc.ar.x.rules
	for k := i - 1; k > 0 && k >= i-12; k-- {
		if !items[k].is("that") {
			continue
		}
		n := k - 1
		if items[n].m != nil || !r.has(items[n], "claim-noun") && !r.has(items[n], "accusation-noun") {
			return false
		}
		// The claim's owner: "X's claims", "claims by X", "his claims".
		if j := n - 1; j >= 0 && (items[j].tok.isPossessive() || items[j].m != nil || items[j].is("his", "her", "their", "its")) {
			return false
		}
		return true
	}
	return false
}

// describer returns the one who describes at the verb items[i]: its
// subject, or the sentence's for a participle after a comma ("X hit
// back, calling the claims absurd").
func (sc *sentence) describer(i int) *mention {
	if s := sc.subjectBefore(i); s != nil {
		return s
	}
	if i > 1 && sc.items[i-1].is(",") && strings.HasSuffix(sc.items[i].low, "ing") {
		return sc.participleSubject(i)
	}
	return nil
}

// toldClaim reports whether the verb at items[i] is inside a claim told
// as a noun, "reports that Barclays had held talks with Wells Fargo",
// "speculation that X met Y": what a report says happened is no fact of
// the article, whoever makes it.
func (sc *sentence) toldClaim(i int) bool {
	items := sc.items
	for k := i - 1; k > 0 && k >= i-12; k-- {
		if items[k].is("that") {
			return items[k-1].m == nil && sc.ar.x.rules.has(items[k-1], "claim-noun")
		}
		if items[k].is(".", ";", ":") {
			return false
		}
	}
	return false
}

// rebuttalOf reads a rebuttal told as a noun at items[i:i+n], then "of"
// and the charge it answers: "Mr Brown's insistence ... was a pointed
// rebuttal of a warning from Peter Mandelson", "X issued a denial of the
// claims by Y", "X's rejection of Y's allegations". Whoever made the
// rebuttal (its possessor, else the clause's subject) denies the one
// who made the charge (its possessor, or the party after "from" or
// "by").
func (sc *sentence) rebuttalOf(i, n int) {
	items, r := sc.items, sc.ar.x.rules
	k := i + n + 1
	if items[k].is("the") {
		k++ // "of the Tories' claims"
	}
	var accuser *mention
	if k+1 < len(items) && items[k].m != nil && items[k+1].tok.isPossessive() {
		accuser = items[k].m // "of Y's allegations"
		k += 2
	}
	charge := false
	for e := k + 2; k < len(items) && k <= e; k++ {
		if items[k].m == nil && (r.itemIn(items, k, "claim-noun") || r.itemIn(items, k, "accusation-noun") || r.itemIn(items, k, "criticism-noun") || items[k].is("warning", "warnings")) {
			charge = true
			break
		}
		if items[k].m != nil || !isLowerWord(items[k].low) || preposition[items[k].low] {
			break
		}
	}
	if !charge {
		return // "a rejection of the plan by X": no charge
	}
	if accuser == nil && k+2 < len(items) && items[k+1].is("from", "by") {
		if by, _ := sc.objectsAfter(k+2, 0); len(by) > 0 {
			accuser = by[0]
		}
	}
	if accuser == nil {
		return
	}
	var denier *mention
	if i > 1 && items[i-1].tok.isPossessive() && items[i-2].m != nil {
		denier = items[i-2].m // "X's rebuttal of"
	} else {
		// "X issued a rebuttal of", "X's insistence ... was a pointed
		// rebuttal of": the subject of the verb before the noun phrase.
		made := func(v int) bool {
			return items[v].is("was", "is", "issued", "issues", "gave", "gives", "made", "makes", "offered", "delivered", "published", "released")
		}
		v := i - 1
		for v > 0 && !made(v) && items[v].m == nil && (items[v].is("a", "an", "the", "his", "her", "its", "their") || isLowerWord(items[v].low) && !preposition[items[v].low] && v > i-3) {
			v--
		}
		if made(v) {
			if items[v].is("was", "is") {
				denier = sc.possessorOpens() // "Mr Brown's insistence he was not gloating was a rebuttal of"
			}
			if denier == nil {
				denier = sc.subjectBefore(v)
			}
		}
	}
	if denier == nil || sc.negated(i) {
		return
	}
	sc.claim(denier, graph.Denied, accuser, joinItems(items[i:i+n]), confNominal)
}

// possessorOpens returns the party whose possessive opens the sentence,
// past an honorific: "Mr Brown's insistence ...".
func (sc *sentence) possessorOpens() *mention {
	items := sc.items
	k := 0
	if k < len(items) && items[k].m == nil && sc.ar.x.isHonorific(&items[k].tok) {
		k++
	}
	if k+1 < len(items) && items[k].m != nil && items[k+1].tok.isPossessive() {
		return items[k].m
	}
	return nil
}

// underInquiry reads an inquiry that the subject is "under" at
// items[i]: the body named inside ("X is under SEC investigation",
// "came under the Commission's scrutiny") or after "by" or "from" ("X is
// under investigation by Y", "under investigation for steroid use by Y",
// "came under close scrutiny from the FSA") investigates the subject.
func (sc *sentence) underInquiry(i int) {
	items, r := sc.items, sc.ar.x.rules
	j := i + 1
	if j < len(items) && items[j].is("the") {
		j++ // "under the Commission's scrutiny"
	}
	var body *mention
	if j+1 < len(items) && items[j].m != nil && items[j].m.typ == graph.Organization && !items[j].m.modifier {
		body = items[j].m
		j++
		if items[j].tok.isPossessive() {
			j++
		}
	}
	for j < len(items) && items[j].is("close", "closer", "intense", "increasing", "fresh", "renewed", "further", "formal", "regulatory") {
		j++ // "under close scrutiny"
	}
	n := 0
	if j < len(items) && items[j].is("scrutiny") {
		n = 1
	} else if j < len(items) {
		n = r.phraseAt(items, j, "investigation-noun")
	}
	if n == 0 {
		return
	}
	subj := sc.subjectBefore(i)
	for k := i - 1; subj == nil && k > 0 && k >= i-3 && items[k].m == nil && isLowerWord(items[k].low); k-- {
		subj = sc.subjectBefore(k) // "X came under SEC scrutiny"
	}
	if body != nil {
		sc.claim(body, graph.Investigates, subj, "under "+items[j].tok.text, confPassive)
		return
	}
	b := j + n
	if b < len(items) && items[b].is("for", "over") {
		for b < len(items) && b <= j+6 && !items[b].is("by", "from", ",", ".", ";") {
			b++
		}
	}
	if b+1 < len(items) && items[b].is("by", "from") {
		if by, _ := sc.objectsAfter(b+1, 0); len(by) > 0 {
			sc.claim(by[0], graph.Investigates, subj, "under investigation", confPassive)
		}
	}
}

// proposalRejected reports whether what a rejection rejects is a
// proposal ("rejected the Tory idea of quotas") rather than a charge
// ("rejected the idea that he had lied").
func (sc *sentence) proposalRejected(k int) bool {
	items := sc.items
	for j := k; j+1 < len(items) && j < k+10; j++ {
		if !items[j].is("that") {
			continue
		}
		// "rejected the claim made by campaigners that there should be
		// a presumption": what ought to be is a proposal, no charge.
		for q := j + 1; q < len(items) && q <= j+5; q++ {
			if items[q].is("should", "ought", "must") {
				return true
			}
		}
		break
	}
	for j := k; j < len(sc.items) && j < k+5; j++ {
		if sc.items[j].is("idea", "ideas", "notion", "suggestion", "suggestions", "proposal", "proposals", "plan", "plans", "call", "calls", "offer", "demand", "demands", "bid", "request") {
			return j+1 >= len(sc.items) || !sc.items[j+1].is("that") && !sc.clauseAt(j+1)
		}
	}
	return false
}

// clauseAt reports whether a clause of fact opens at items[k], its
// "that" left out: a subject, a pronoun or a name, then its verb in the
// past or a finite auxiliary ("rejected the idea he had lied", "the
// suggestion Quill Bank posed a threat"). What ought to be is a
// proposal ("the idea the state should pay").
func (sc *sentence) clauseAt(k int) bool {
	items := sc.items
	if k >= len(items) {
		return false
	}
	if k+1 < len(items) && items[k].m == nil && items[k+1].m != nil && sc.ar.x.isHonorific(&items[k].tok) {
		k++ // "the idea Mr Silk had lied"
	}
	if items[k].m == nil && !items[k].is("he", "she", "they", "we", "it", "i") {
		return false
	}
	v := k + 1
	if v >= len(items) || items[v].m != nil {
		return false
	}
	if items[v].is("was", "were", "is", "are", "had", "has", "have", "would", "could", "will", "did") {
		return true
	}
	return pastTense(items[v].low) && v+1 < len(items)
}

// claimBefore reports whether a claim noun stands in the few words
// before a denial ending at items[from]: "a charge he has denied".
func (sc *sentence) claimBefore(from int) bool {
	for j := from - 2; j >= 0 && j >= from-6; j-- {
		if it := sc.items[j]; it.m == nil && (sc.ar.x.rules.has(it, "claim-noun") || sc.ar.x.rules.has(it, "accusation-noun") ||
			it.is("something", "which") && j > 0 && sc.items[j-1].is(",", "-", "–", "—")) { // "..., something Mr Sullivan denies", "..., which the Tories deny"
			return true
		}
	}
	return false
}

// claimSubject reports whether the subject ending at items[k] is a
// claim: "His claims", "Accusations by Moscow against Kyiv".
func (sc *sentence) claimSubject(k int) bool {
	r := sc.ar.x.rules
	for j := k; j >= 0 && j > k-8; j-- {
		it := sc.items[j]
		if it.m != nil {
			continue
		}
		if r.has(it, "claim-noun") || r.has(it, "accusation-noun") || r.has(it, "criticism-noun") {
			return true
		}
		if it.is(",", ";", ":") || !isLowerWord(it.low) && !it.tok.isPossessive() {
			return false
		}
	}
	return false
}

// deniedClaimSubject returns the index of the claim that opens the
// sentence as the subject of the passive denial at items[i] ("Claims
// that X lied were dismissed by Y", "Reports that he will quit have been
// described as idle speculation by Z"), past its determiners or its
// owner, or -1: the verb is the sentence's own, not one of the claim's,
// and "X investigated claims that Y was denied a visa by Z" has none.
func (sc *sentence) deniedClaimSubject(i int) int {
	items := sc.items
	r := sc.ar.x.rules
	c := 0
	for c < i {
		it := items[c]
		if it.m != nil && c+1 < i && items[c+1].tok.isPossessive() {
			c += 2
			continue
		}
		if it.m == nil && it.is("the", "these", "those", "such", "fresh", "new", "recent", "earlier", "similar", "but", "and", "however", ",") {
			c++
			continue
		}
		break
	}
	if c >= i || items[c].m != nil || !r.has(items[c], "claim-noun") && !r.has(items[c], "accusation-noun") {
		return -1
	}
	for k := c + 1; k < i; k++ {
		if items[k].is(";", ":") || items[k].quoted {
			return -1
		}
	}
	return c
}

// ownerOfClaimAt returns the party whose claim items[c] is, by its
// possessive ("Bob Hale's claims") or after "by" or "from" ("claims by
// Bob Hale"), or nil.
func (sc *sentence) ownerOfClaimAt(c int) *mention {
	items := sc.items
	if c >= 2 && items[c-1].tok.isPossessive() && items[c-2].m != nil && !items[c-2].m.modifier && items[c-2].m.kind != byEvent {
		return items[c-2].m
	}
	if c+2 < len(items) && items[c+1].is("by", "from") && items[c+2].m != nil && !items[c+2].m.modifier && items[c+2].m.kind != byEvent {
		return items[c+2].m
	}
	return nil
}

// pronounWord holds the words that cannot name a denied matter.
var pronounWord = map[string]bool{"it": true, "they": true, "them": true, "he": true, "she": true, "him": true, "her": true,
	"there": true, "this": true, "these": true, "those": true, "we": true, "i": true, "you": true, "us": true, "because": true}

// claimOwner reads the claim before a passive denial: "His claims were
// denied by X" answers the man named last, "Russia's claims were denied"
// answers Russia, "That charge was denied" the last accuser. k is the
// item before the auxiliaries.
func (sc *sentence) claimOwner(k int, denier *mention) *mention {
	items := sc.items
	r := sc.ar.x.rules
	if p := sc.publisherOf(k); p != nil && p.id != denier.id {
		return p // "the article": the body that published it
	}
	if k < 0 || items[k].m != nil || !(r.itemIn(items, k, "claim-noun") || r.itemIn(items, k, "accusation-noun")) {
		return nil
	}
	switch {
	case k > 1 && items[k-1].tok.isPossessive() && items[k-2].m != nil:
		return items[k-2].m
	case k > 0 && items[k-1].is("his", "her"):
		for j := len(sc.ar.recent) - 1; j >= 0 && j >= len(sc.ar.recent)-12; j-- {
			if m := sc.ar.recent[j]; m.typ == graph.Person && m.id != denier.id && sc.ar.fits(m.id, pronounOf(items[k-1])) {
				return m
			}
		}
	case k > 0 && items[k-1].is("that", "this", "the", "these", "those"):
		for j := len(sc.ar.accusations) - 1; j >= 0; j-- {
			if c := sc.ar.accusations[j]; c.Subject != denier.id {
				if e := sc.ar.ents[c.Subject]; e != nil {
					return &mention{id: e.ID, typ: e.Type}
				}
			}
		}
	}
	return nil
}

// deniesMatter reports whether what follows a denial at items[k] is a
// charge: a claim or a wrongdoing ("denied the allegations", "denied any
// involvement"), a clause ("denied that ...", "denied his cabinet was
// split") or a deed ("denied taking drugs").
func (sc *sentence) deniesMatter(k int) bool {
	items := sc.items
	if sc.deniesClaim(k) {
		return true
	}
	for k < len(items) && items[k].is("ever", "ever", "strongly", "repeatedly", "flatly") {
		k++
	}
	if k >= len(items) {
		return false
	}
	it := items[k]
	if it.is("that", "any", "having", "being", "knowing") || it.m == nil && strings.HasSuffix(it.low, "ing") && isLowerWord(it.low) {
		return true
	}
	if it.is("he", "she", "they", "we", "i") {
		return true // "denied he planned to join": a clause, where "denied him the money" is no charge
	}
	if it.is("them", "it", "this", "these") && (k+1 == len(items) || items[k+1].is(",", ".", ";", "and", "but")) {
		return true // "Lord Goldsmith also denied them, saying": the claims told before
	}
	if it.m == nil && sc.ar.x.rules.phraseAt(items, k, "crime-word") > 0 ||
		it.is("the") && k+1 < len(items) && items[k+1].m == nil && sc.ar.x.rules.phraseAt(items, k+1, "crime-word") > 0 {
		return true // "denies fraud", "denied murder", "denied the killing"
	}
	// "denied Mr Brown made that quote", "denied his cabinet was split",
	// "denied the move would cost jobs": a clause with its own verb
	// within a few words.
	for j := k; j < len(items) && j < k+5; j++ {
		if items[j].is("was", "were", "is", "are", "had", "has", "made", "did", "would", "will", "could", "should", "might") {
			return true
		}
		if items[j].is("as", "when", "while", "with", "before", "after", "because", ",") {
			return false // "a tackle to deny Ljungberg as he was poised": another clause
		}
	}
	return false
}

// claimNounAfter reports whether the words after a denial name a claim
// ("rejected the accusations", "denied these allegations").
func (sc *sentence) claimNounAfter(k int) bool {
	r := sc.ar.x.rules
	for j := k; j < len(sc.items) && j < k+3; j++ {
		it := sc.items[j]
		if it.m != nil {
			return false
		}
		if r.has(it, "claim-noun") || r.has(it, "accusation-noun") {
			return true
		}
	}
	return false
}

// deniedMatter makes the thing a denial rejects into an event: the noun
// phrase after the verb ("the allegations", "fraud charges"), or the
// clause it denies ("denied his cabinet was split"). It is the
// article's own, named "<phrase> (<denier>)" so that two denials of
// the same phrase by different people stay apart.
func (sc *sentence) deniedMatter(subj *mention, from int) *mention {
	items := sc.items
	for j := from; j < len(items) && len(sc.ar.eventHeads) > 0; j++ {
		if id := sc.ar.eventHeads[items[j].low]; id != "" && items[j].m == nil {
			// "denied claims that he knew about the fraud": the
			// "WorldCom fraud" the article names.
			if e := sc.ar.ents[id]; e != nil {
				sc.ar.noteMatter(subj.id, id)
				return &mention{id: id, typ: graph.Event, kind: byEvent, surface: e.Name}
			}
		}
	}
	if id := sc.ar.denierMatter[subj.id]; id != "" {
		// "Ebbers denies WorldCom fraud ... Ebbers has denied claims
		// that he knew": the same matter.
		if e := sc.ar.ents[id]; e != nil {
			return &mention{id: id, typ: graph.Event, kind: byEvent, surface: e.Name}
		}
	}
	k := from
	owner := "" // "his", "the": kept when the words denied are a clause
	for k < len(items) && items[k].m == nil && (items[k].is("the", "any", "all", "these", "those", "such", "that", "his", "her", "its", "their", "a", "an", "\"", "“", "‘") ||
		items[k].is("this") && k+1 < len(items) && items[k+1].m == nil && isLowerWord(items[k+1].low)) {
		if items[k].is("his", "her", "its", "their", "the", "a", "an", "these", "those", "this") {
			owner = items[k].low
		}
		k++
	}
	if k < len(items) && items[k].m == nil && (sc.ar.x.rules.phraseAt(items, k, "deny") > 0 || sc.ar.x.rules.phraseAt(items, k, "innocence") > 0) {
		// "That charge was denied by X", "said the party stuck to the
		// rules": no words of the matter follow, only the denial's own.
		k = len(items)
	}
	var words []string
	clause := false
	gerund := k < len(items) && items[k].m == nil && strings.HasSuffix(items[k].low, "ing") && len(items[k].low) > 5
	limit := 4
	thatClause := false // "that" passed after a claim noun
	pastClause := false // a pronoun and a verb in the past: "he lied"
	if gerund {
		// An act runs past its verb's object: "conspiring to commit
		// election fraud", "taking bribes from the company".
		limit = 6
	}
	for j := k; j < len(items) && len(words) < limit; j++ {
		it := items[j]
		if it.m != nil {
			words = append(words, it.m.surface)
			continue
		}
		if len(words) == 1 && it.is("that") && j+1 < len(items) && (items[j+1].m != nil || items[j+1].tok.capitalised() ||
			items[j+1].is("he", "she", "it", "they", "we", "the", "a", "an", "his", "her", "its", "their", "this", "these")) && (sc.ar.x.rules.in("claim-noun", strings.ToLower(words[0])) || sc.ar.x.rules.in("accusation-noun", strings.ToLower(words[0]))) {
			thatClause = true
			continue // "denied a claim that he was paid": the clause claimed, as after "claims he was"
		}
		if gerund && j > k && it.is("until", "since", "during", "after", "before", "when", "while", "because", "as") {
			break // "wanting to be leader until October 2004": the act, not its time
		}
		if gerund && j > k && preposition[it.low] && it.low != "that" && it.low != "and" {
			// "denies engaging in personal campaigning": the act denied.
			words = append(words, it.tok.text)
			continue
		}
		if len(words) > 0 && it.is("was", "were", "is", "are") && j+1 < len(items) &&
			(sc.ar.x.rules.phraseAt(items, j+1, "false-word") > 0 || items[j+1].is("not") && j+2 < len(items) && sc.ar.x.rules.phraseAt(items, j+2, "false-word") > 0) {
			break // "the claims were false": the judgement, not the matter
		}
		if len(words) > 0 && it.is("was", "were", "is", "are") && j+2 < len(items) && items[j+1].is("in", "at", "to", "behind") && items[j+2].m == nil &&
			isLowerWord(items[j+2].low) && !preposition[items[j+2].low] && !skipWord(items[j+2].low) && !items[j+2].is("the", "a", "an") {
			// "claims he was in charge", "denied he was at fault".
			words = append(words, it.tok.text, items[j+1].tok.text, items[j+2].tok.text)
			clause = true
			break
		}
		if (len(words) == 1 && pronounWord[strings.ToLower(words[0])] ||
			(len(words) == 2 || len(words) == 3 && sc.ar.x.isHonorific(&items[j-2].tok)) && (items[j-1].m != nil || pronounWord[items[j-1].low]) && sc.ar.x.rules.in("claim-noun", strings.ToLower(words[0]))) &&
			it.m == nil && pastTense(it.low) && j+1 < len(items) && items[j+1].tok.isWord() {
			// "denied she planned to retire", "rejected the idea Quill
			// Bank posed a threat": the clause denied, its verb in the
			// past and the verb it governs.
			words = append(words, it.tok.text)
			e := j + 1
			if items[e].is("to") && e+1 < len(items) && items[e+1].m == nil && isLowerWord(items[e+1].low) && !preposition[items[e+1].low] && !items[e+1].is("the", "a", "an") {
				words = append(words, "to", items[e+1].tok.text) // "planned to retire"
				e += 2
			}
			words = objectWords(words, items, e)
			clause, pastClause = true, true
			break
		}
		if len(words) > 0 && it.is("was", "were", "is", "are", "would", "could", "will", "had", "has", "have", "did", "might") && j+1 < len(items) && items[j+1].m == nil && isLowerWord(items[j+1].low) &&
			!preposition[items[j+1].low] {
			// "denied his shadow cabinet was split", "denied the decision
			// would harm trade": the clause denied.
			words = append(words, it.tok.text, items[j+1].tok.text)
			e := j + 2
			if items[j+1].is("been", "be", "being") && j+2 < len(items) && items[j+2].m == nil && isLowerWord(items[j+2].low) && !preposition[items[j+2].low] {
				words = append(words, items[j+2].tok.text) // "had been involved"
				e++
			}
			// The verb's object, a few words: "had misled MPs", "would
			// harm trade".
			words = objectWords(words, items, e)
			clause = true
			break
		}
		if len(words) > 0 && (it.tok.text == "'" || it.tok.text == "’") && strings.HasSuffix(words[len(words)-1], "s") && it.m == nil &&
			j+1 < len(items) && items[j+1].tok.start > it.tok.end {
			// "denied fathers' groups had forced it": a plural possessive
			// inside the noun phrase.
			words[len(words)-1] += it.tok.text
			continue
		}
		if gerund && len(words) > 0 && it.m == nil && it.tok.isPossessive() && !it.tok.isWord() {
			words[len(words)-1] += it.tok.text // "taking cash from the party's donors"
			continue
		}
		if !it.tok.isWord() || preposition[it.low] && it.low != "of" || it.low == "of" && len(words) == 0 ||
			skipWord(it.low) || pastParticiple(it.low) && len(words) > 0 || sc.ar.x.speech[it.low] && len(words) > 0 {
			break // a noun phrase only: "fraud charges", not "charges levelled", "the claim made by"
		}
		words = append(words, it.tok.text)
	}
	// "the claims the paper printed": a claim noun then a subject with
	// no clause of fact read after it is a relative clause too.
	opensClause := k+1 < len(items) && items[k].m == nil && sc.ar.x.rules.in("claim-noun", items[k].low) &&
		(items[k+1].m != nil || items[k+1].is("he", "she", "they", "we", "it"))
	if (thatClause || opensClause) && !clause && len(words) > 1 {
		words = words[:1] // "the claims that the paper printed": a relative clause, not what was claimed
	}
	for len(words) > 0 {
		last := strings.ToLower(words[len(words)-1])
		if last != "of" && last != "and" && !(gerund && (preposition[last] || last == "the" || last == "a" || last == "an")) {
			break
		}
		words = words[:len(words)-1] // "taking bribes from the": no half phrase
	}
	e := sc.ar.ents[subj.id]
	if e == nil {
		return nil
	}
	if len(words) == 0 || pronounWord[strings.ToLower(words[0])] && !(clause && (len(words) > 2 || pastClause)) {
		// "denied that it is behind the purchase": no noun to name it.
		words = []string{"claims", "against", e.Name}
	}
	// One matter per denier and article: repeated denials ("denied
	// the claims ... denied the allegations") answer the same charge,
	// named by the words of the first ("fraud charges"); a clause is
	// named as the claim it is ("claim that his role was changing").
	phrase := strings.Join(words, " ")
	switch r := sc.ar.x.rules; {
	case !clause:
	case len(words) > 1 && (r.in("claim-noun", strings.ToLower(words[0])) || r.in("accusation-noun", strings.ToLower(words[0])) || r.in("publication", strings.ToLower(words[0]))):
		// "denied reports she was at fault": the claim names itself.
		phrase = words[0] + " that " + strings.Join(words[1:], " ")
	default:
		if owner != "" {
			phrase = owner + " " + phrase
		}
		phrase = "claim that " + phrase
	}
	id := graph.Slug(sc.ar.a.ID + " " + e.Name + " denial")
	name := phrase
	if _, ok := sc.ar.ents[id]; ok {
		name = sc.ar.ents[id].Name
	}
	sc.ar.add(id, graph.Event, name, phrase)
	sc.ar.matters[id] = true
	return &mention{id: id, typ: graph.Event, kind: byEvent, surface: phrase}
}

// noteMatter records the event a denier's denial named, once.
func (ar *article) noteMatter(denier, event string) {
	if ar.denierMatter == nil {
		ar.denierMatter = make(map[string]string)
	}
	if ar.denierMatter[denier] == "" {
		ar.denierMatter[denier] = event
	}
}

// accuserOf returns the party whose accusation a denial by subj answers:
// the last one to accuse subj, a body or state subj speaks for, or a
// party the denial itself names ("denied that Ukrainian forces were
// responsible").
func (ar *article) accuserOf(subj *mention, named []string, conf float64) (*mention, float64) {
	m, _, conf := ar.accuserAt(subj, named, conf)
	return m, conf
}

// accuserAt is accuserOf, and tells where the accusation was made (-1
// when none was).
func (ar *article) accuserAt(subj *mention, named []string, conf float64) (*mention, int, float64) {
	side := ar.sideOf(subj, named)
	for k := len(ar.accusations) - 1; k >= 0; k-- {
		c := ar.accusations[k]
		if !side[c.Subject] && side[c.Object] {
			e := ar.ents[c.Subject]
			return &mention{id: e.ID, typ: e.Type}, c.Start, conf
		}
	}
	return nil, -1, conf
}

// onSide reports whether id is on side or holds a role in one of it
// ("Zentix chief Tom Reed" speaks for Zentix).
func (ar *article) onSide(id string, side map[string]bool) bool {
	if side[id] {
		return true
	}
	for _, c := range ar.affiliations {
		if c.Subject == id && side[c.Object] {
			return true
		}
	}
	return false
}

// sideOf returns subj, the bodies and states it speaks for, and the
// parties named, closed over the bodies each of them speaks for.
func (ar *article) sideOf(subj *mention, named []string) map[string]bool {
	side := map[string]bool{subj.id: true, subj.state: subj.state != ""}
	if st := ar.x.homeCues[subj.id]; st != "" && ar.x.rules.in("state-voice", subj.id) {
		side[st] = true // "The Kremlin denied ...": Russia's voice
	}
	for _, c := range ar.affiliations {
		if c.Subject == subj.id {
			side[c.Object] = true
		}
		// A body answers for the people who hold its roles: "Labour
		// accused Tory MSP X of lying. A Tory spokesman refuted any
		// wrongdoing."
		if c.Object == subj.id && subj.typ == graph.Organization {
			side[c.Subject] = true
		}
	}
	for _, id := range append(named, ar.x.personStates[subj.id]...) {
		side[id] = true
	}
	// A state's voice answers for its officials: "Democrats accused Mr
	// Bush of ..., a charge the White House denies".
	for _, c := range ar.affiliations {
		if side[c.Object] && !side[c.Subject] && subj.typ != graph.Person {
			if e, o := ar.ents[c.Subject], ar.ents[c.Object]; e != nil && o != nil && e.Type == graph.Person && o.Type == graph.Country {
				side[c.Subject] = true
			}
		}
	}
	// Close over the bodies each side member speaks for, with a
	// worklist rather than by ranging over a map that grows.
	var work []string
	for id, ok := range side {
		if ok {
			work = append(work, id)
		}
	}
	for len(work) > 0 {
		id := work[len(work)-1]
		work = work[:len(work)-1]
		for _, s := range ar.sides[id] {
			if !side[s] {
				side[s] = true
				work = append(work, s)
			}
		}
	}
	return side
}

// denialByNegation reads "we do not attack Moscow" in a speaker's words
// as a denial by the speaker.
func (sc *sentence) denialByNegation(i int, verb string) {
	sp := sc.speakerAt(i)
	if sp == nil || i == 0 {
		return
	}
	if n := i - 1; !sc.ar.x.rules.has(sc.items[n], "negation") && !(n > 0 && sc.items[n].is("to") && sc.ar.x.rules.has(sc.items[n-1], "negation")) {
		return // the negation is the verb's own ("does not strike", "not to attack"): not "will not tolerate attacks"
	}
	sc.denial(sp, i, "not "+verb, confReported)
}

// threat emits a threat: "threatened Kyiv with retribution" names its
// object; "warned of retaliation" and "promised retaliation" take the
// party the article says the subject's side accused.
func (sc *sentence) threat(subj *mention, i, n int, verb string) {
	r := sc.ar.x.rules
	if i+n+1 < len(sc.items) && sc.items[i+n].is("to") && r.phraseAt(sc.items, i+n+1, "law-action") > 0 {
		return // "threatened to sue X": see threatToSue
	}
	explicit := strings.HasPrefix(sc.items[i].low, "threat") || strings.HasSuffix(verb, "ultimatum to") // an ultimatum threatens by itself
	objs, _ := sc.objectsAfter(i+n, 0)
	if explicit && len(objs) == 0 {
		objs = sc.deprived(i + n)
	}
	if explicit && len(objs) > 0 {
		for _, o := range objs {
			sc.claim(subj, graph.Threatened, o, verb, confVerb)
		}
		return
	}
	// A vow or warning is a threat only when it is of retaliation.
	found := false
	for k := i + n; k < len(sc.items) && k < i+n+8; k++ {
		if r.itemIn(sc.items, k, "threat-noun") || r.phraseAt(sc.items, k, "threat-noun") > 0 {
			found = true // "retaliation", "legal action"
			break
		}
	}
	if !found && explicit && i+n < len(sc.items) && sc.items[i+n].is("his", "her", "their", "its", "my", "our", "your") {
		// "threatened his family": the one threatened is named by a
		// pronoun, not the party the article accuses.
		return
	}
	if !found && !explicit {
		// "warned the BBC to steer away from ...": an admonition, which
		// is criticism of the one warned.
		if len(objs) > 0 && strings.HasPrefix(sc.items[i].low, "warn") {
			_, after := sc.objectsAfter(i+n, 0)
			if after < len(sc.items) && sc.items[after].is("to", "against", "not") {
				for _, o := range objs {
					if o.typ != graph.Place {
						sc.claim(subj, graph.Criticized, o, verb, confNominal)
					}
				}
			}
			if after+2 < len(sc.items) && sc.items[after].is("about", "over") && sc.items[after+1].is("its", "their", "his", "her") {
				// "warned the Russian government about their continuing
				// attacks against Yukos": the wrong is the one warned's.
				for k := after + 2; k < len(sc.items) && k <= after+4 && sc.items[k].m == nil; k++ {
					if r.phraseAt(sc.items, k, "attack-noun") > 0 || r.phraseAt(sc.items, k, "crime-word") > 0 {
						for _, o := range objs {
							if o.typ != graph.Place {
								sc.claim(subj, graph.Accused, o, verb, confNominal)
							}
						}
						break
					}
				}
			}
		}
		return
	}
	if len(objs) > 0 {
		// "warned Israel of severe consequences": the one warned.
		for _, o := range objs {
			sc.claim(subj, graph.Threatened, o, verb, confNominal)
		}
		return
	}
	os := sc.targetsAfter(i + n) // "tariffs on Canada and Mexico": each
	if len(os) == 0 {
		os = sc.accusedAlongside(i + n)
	}
	if len(os) > 0 {
		for _, o := range os {
			sc.claim(subj, graph.Threatened, o, verb, confNominal)
		}
		return
	}
	sc.claim(subj, graph.Threatened, sc.ar.accusedBy(subj, nil), verb, confReported)
}

// accusedAlongside returns the parties a participle of accusation after
// items[k] names: "threatened retaliation, accusing Brussels of
// targeting American firms" threatens whom it accuses, not the party the
// article accused last.
func (sc *sentence) accusedAlongside(k int) []*mention {
	items := sc.items
	for j := k; j+2 < len(items); j++ {
		if !items[j].is(",") || !strings.HasSuffix(items[j+1].low, "ing") {
			continue
		}
		if n := sc.ar.x.rules.phraseAt(items, j+1, "accuse"); n > 0 {
			objs, _ := sc.objectsAfter(j+1+n, 1)
			return objs
		}
	}
	return nil
}

// deprived returns the parties a threat at items[k] would take something
// from: "threatened to withdraw funding from X", "to cut off gas supplies
// to X", "to suspend aid to X" (`[deprive-verb]`).
func (sc *sentence) deprived(k int) []*mention {
	items := sc.items
	if k+2 >= len(items) || !items[k].is("to") {
		return nil
	}
	n := sc.ar.x.rules.phraseAt(items, k+1, "deprive-verb")
	if n == 0 {
		return nil
	}
	for j := k + 1 + n; j+1 < len(items) && j <= k+n+5; j++ {
		if items[j].m != nil || items[j].is(",", ";", "and", "but", "unless", "if") {
			return nil
		}
		if items[j].is("from", "to", "for") {
			objs, _ := sc.objectsAfter(j+1, 0)
			return objs
		}
	}
	return nil
}

// targetsAfter finds "against X" or "on X and Y" after position k.
func (sc *sentence) targetsAfter(k int) []*mention {
	for ; k+1 < len(sc.items); k++ {
		if sc.items[k].is("against", "on") {
			objs, _ := sc.objectsAfter(k+1, 0)
			if len(objs) > 0 {
				return objs
			}
		}
	}
	return nil
}

// accusedBy returns the party that the article's accusations point at,
// for a threat that names no object: the first one accused by subj,
// else the latest one accused in the article. Parties in exclude (those the
// speaker's own words name as actors) are passed over.
func (ar *article) accusedBy(subj *mention, exclude map[string]bool) *mention {
	if subj == nil {
		return nil
	}
	var pick string
	for _, c := range ar.accusations {
		if (c.Subject == subj.id || c.Subject == subj.state) && !exclude[c.Object] {
			pick = c.Object
			break
		}
	}
	// Else the latest accusation: a threat or denial answers what was
	// said last.
	for k := len(ar.accusations) - 1; k >= 0 && pick == ""; k-- {
		c := ar.accusations[k]
		// Of several parties accused in one sentence, the first is
		// the main one: "accused Ukraine and the US".
		for k > 0 && ar.accusations[k-1].Start == c.Start && !exclude[ar.accusations[k-1].Object] {
			k--
			c = ar.accusations[k]
		}
		if !exclude[c.Object] && c.Object != subj.id && c.Object != subj.state {
			pick = c.Object
		}
	}
	if pick == "" || pick == subj.id {
		return nil
	}
	e := ar.ents[pick]
	return &mention{id: pick, typ: e.Type}
}

// supply reads "Iran has given Russia hundreds of drones", "the US
// sent tanks to Ukraine" and "Iran has armed Hamas": a transfer of things
// of war or aid, named unless the verb names them.
func (sc *sentence) supply(subj *mention, i, n int, verb string) {
	r := sc.ar.x.rules
	items := sc.items
	hasThing := func(from, to int) bool {
		for k := from; k < len(items) && k < to; k++ {
			if r.phraseAt(items, k, "supply-thing") > 0 {
				return true
			}
		}
		return false
	}
	objs, next := sc.objectsAfter(i+n, 0)
	if items[i].is("armed", "arming") && len(objs) > 0 {
		// "Iran has armed Hamas": the verb names the thing.
		for _, o := range objs {
			sc.claim(subj, graph.Supplied, o, verb, confVerb)
		}
		return
	}
	if len(objs) > 0 && hasThing(next, next+7) {
		for _, o := range objs {
			sc.claim(subj, graph.Supplied, o, verb, confVerb)
		}
		return
	}
	for k := i + n; k < len(items) && k < i+n+8; k++ {
		if items[k].is("to") && hasThing(i+n, k) {
			objs, next := sc.objectsAfter(k+1, 0)
			if next < len(items) && items[next].tok.isPossessive() {
				return // "supplies funds to America's mortgage market": the market is supplied
			}
			for _, o := range objs {
				sc.claim(subj, graph.Supplied, o, verb, confVerb)
			}
			return
		}
	}
}

// retort returns the party that the denier of d accuses or criticises in
// the denial's own sentence, or "" when there is none or more than one.
func retort(claims []graph.Claim, d graph.Claim) string {
	o := ""
	for _, c := range claims {
		if c.Start != d.Start || c.Subject != d.Subject || c.Predicate != graph.Accused && c.Predicate != graph.Criticized {
			continue
		}
		if strings.HasPrefix(c.Verb, "blame") {
			// "protested his innocence and blamed his coach for the
			// missed test": the blame is shifted, not returned to an
			// accuser.
			continue
		}
		if o != "" && o != c.Object {
			return ""
		}
		o = c.Object
	}
	return o
}

// personDescription returns the length of a short description that runs
// from items[k] to a person's name ("former Olympic champion", "veteran
// campaigner"): up to four words with no mark, preposition, article or
// verb of speech among them, that open with a qualifier of roles or end
// with a noun for a person in lower case. It returns 0 when there is
// none.
func (sc *sentence) personDescription(k int) int {
	items := sc.items
	for e := k; e < len(items) && e < k+6; e++ {
		it := items[e]
		if it.m == nil && it.tok.isPossessive() && e > k && isLowerWord(items[e-1].low) {
			continue // "three-time women's short-course champion X"
		}
		if it.m != nil {
			if e == k || it.m.typ != graph.Person || it.m.modifier {
				return 0
			}
			r := sc.ar.x.rules
			if !isLowerWord(items[e-1].low) || !r.itemIn(items, e-1, "person-noun") && !r.itemIn(items, e-1, "role") && !r.itemIn(items, k, "role-qualifier") {
				return 0 // "the impact manager X has had": a noun of no person
			}
			return e - k
		}
		if !it.tok.isWord() || preposition[it.low] || it.is("a", "an", "the", "his", "her", "its", "their", "and", "or", "but") ||
			sc.ar.x.rules.in("speech", it.low) || skipWord(it.low) {
			return 0
		}
	}
	return 0
}

// nationalThing reports whether items[k] starts what a state's name
// before it qualifies without the state taking part (`[national-thing]`):
// "US tabloid magazines", "Britain's top sprinters".
func (sc *sentence) nationalThing(k int) bool {
	items := sc.items
	if k < len(items) && items[k].tok.isPossessive() {
		k++
		for n := 0; n < 2 && k+1 < len(items) && items[k].m == nil && isLowerWord(items[k].low) && !sc.ar.x.rules.has(items[k], "national-thing"); n++ {
			k++ // "top", "leading"
		}
	} else if k+1 < len(items) && items[k].m == nil && isLowerWord(items[k].low) && !preposition[items[k].low] && items[k+1].m == nil && sc.ar.x.rules.has(items[k+1], "national-thing") {
		k++ // "the US insurance industry", "British steel firms"
	}
	return k < len(items) && items[k].m == nil && sc.ar.x.rules.has(items[k], "national-thing")
}

// criticNext returns the criticism of the denier of d told in the
// sentence right after the denial's, or nil.
func criticNext(claims []graph.Claim, d graph.Claim, sents []Sentence) *graph.Claim {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].Start > d.Start }) // the sentence after d's
	if i >= len(sents) {
		return nil
	}
	for j := range claims {
		c := &claims[j]
		if c.Predicate == graph.Criticized && c.Object == d.Subject && c.Subject != d.Subject && c.Start == sents[i].Start {
			return c
		}
	}
	return nil
}

// officeOfState returns the state whose office of state, held by no one
// named, ends at items[k]: "Russia's foreign minister", "the Indian
// finance minister". It returns nil otherwise.
func (sc *sentence) officeOfState(k int) *mention {
	items := sc.items
	s := k
	for s >= 1 && s > k-3 && items[s-1].m == nil && isLowerWord(items[s-1].low) {
		s-- // the longest office first: "foreign minister", not "minister"
	}
	for j := s; j <= k; j++ {
		if j == 0 || !sc.ar.x.rules.startsAny(items, j, sc.ar.x.rules.stateOffice) || sc.ar.x.rules.phraseAt(items, j, "state-office") != k-j+1 {
			continue
		}
		if items[j-1].tok.isPossessive() && j > 1 {
			j-- // "Russia's"
		}
		m := items[j-1].m
		if m == nil || m.typ != graph.Country {
			return nil
		}
		// "President Musharraf of Pakistan ... the Pakistani president
		// met": the holder the article named, else the state.
		office := strings.ToLower(joinItems(items[j : k+1]))
		if p := sc.ar.holderOf(m.id, office); p != "" {
			return &mention{id: p, typ: graph.Person, kind: byRole}
		}
		cp := *m
		cp.modifier = false
		return &cp
	}
	return nil
}

// stateBody returns the state whose unnamed body ends at items[k]:
// "Australia's securities watchdog", "Britain's financial regulator"
// ([state-body-noun] after a state's possessive and up to two words), or
// nil.
func (sc *sentence) stateBody(k int) *mention {
	items := sc.items
	if !sc.ar.x.rules.itemIn(items, k, "state-body-noun") {
		return nil
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if items[j].tok.isPossessive() && j >= 1 {
			if m := items[j-1].m; m != nil && m.typ == graph.Country && m.kind != byEvent {
				cp := *m
				cp.modifier = false
				return &cp
			}
			return nil
		}
		if m := items[j].m; m != nil && m.typ == graph.Country && m.kind != byEvent && (j == 0 || items[j-1].is("the", "a")) {
			// "the US financial regulator", "the British competition
			// watchdog": the state's own, named by its adjective.
			cp := *m
			cp.modifier = false
			return &cp
		}
		if items[j].m != nil || !isLowerWord(items[j].low) {
			return nil
		}
	}
	return nil
}

// holderOf returns the one person the article ties to the state by the
// office, or "".
func (ar *article) holderOf(state, office string) string {
	found := ""
	for _, c := range ar.affiliations {
		if c.Object != state || !strings.HasSuffix(strings.ToLower(c.Verb), office) {
			continue
		}
		if found != "" && found != c.Subject {
			return ""
		}
		found = c.Subject
	}
	return found
}

// voiceOwner returns whom the voice word at items[k] ("spokesman")
// belongs to by a possessive before it, across a qualifier or two: "The
// Kremlin's spokesman", "Mr Blair's official spokesman", "his press
// secretary"; or nil.
func (sc *sentence) voiceOwner(k int) *mention {
	items := sc.items
	j := k - 1
	for j > 0 && k-j <= 2 && items[j].m == nil && isLowerWord(items[j].low) && !items[j].is("his", "her", "its", "their") && !items[j].tok.isPossessive() {
		j-- // "official", "press", "chief"
	}
	if j < 0 {
		return nil
	}
	if j > 0 && items[j].tok.isPossessive() && items[j-1].m != nil && !items[j-1].m.modifier {
		m := *items[j-1].m
		return &m
	}
	if items[j].is("his", "her") {
		pron := pronounOf(items[j])
		return sc.personFor(j, pron, nil)
	}
	return nil
}

// pronounOf returns the subject pronoun of the person pronoun at it:
// "she" for "her" (and "she"), "he" otherwise ("his", "him", "he").
func pronounOf(it item) string {
	if it.is("her", "she", "hers") {
		return "she"
	}
	return "he"
}
