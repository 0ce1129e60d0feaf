// Package extract turns an article's text into entities and claims: who
// accused, denied, threatened, attacked, met, criticised, supplied or
// investigated whom, and who speaks for whom, each claim tied to the
// sentence that supports it.
//
// The extractor is rule-based. Its knowledge lives in embedded data files
// (data/gazetteer.tsv, data/lexicon.txt, data/given_names.txt) that
// describe general English news language and well-known public figures;
// docs/extraction.md explains the method and its limits.
package extract

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/newskg/newskg/graph"
)

// Extractor extracts documents from articles. It is safe for concurrent
// use once built: Extract keeps all state per call.
type Extractor struct {
	gaz        *Gazetteer
	lex        Lexicon
	givenNames map[string]bool
	notName    map[string]bool
	honorific  map[string]bool
	orgHead    map[string]bool
	placeHead  map[string]bool
	stateNoun  map[string]bool
	forceNoun  map[string]bool
	speech     map[string]bool
	medium     map[string]bool
	// lawsuitNouns and lawsuitVerbs are the lexicon's [lawsuit-noun] and
	// [lawsuit-verb] (see noteLawsuit).
	lawsuitNouns, lawsuitVerbs []string
	// prosecutorHeads holds the lexicon's [prosecutor-head] in lower
	// case (see prosecutingName).
	prosecutorHeads []string
	demonym         map[string]string // country ID → first demonym
	// capital maps a country to its capital, the first of its metonyms
	// that the gazetteer knows as a place.
	capital map[string]string
	// personStates maps a gazetteer person to the states their roles
	// name ("Ukrainian President" → Ukraine), for whom they speak.
	personStates map[string][]string
	// titled holds the gazetteer people it gives a role ("Tory leader"
	// for Michael Howard).
	titled map[string]bool
	rules  *rules
	// homeCues maps entity IDs and words to the one state they belong
	// to (data/home.tsv).
	homeCues map[string]string
	// bodies maps a role in lower case to the body it names
	// (data/bodies.tsv).
	bodies map[string]string
	// homeBodies maps a home state's ID and a word, joined by a TAB, to
	// the state's body of that name (data/home-bodies.tsv).
	homeBodies map[string]string
	// homeBodyWords holds the words of homeBodies' keys.
	homeBodyWords map[string]bool
	// lowerOrgs maps the names of organisations of two words or more,
	// in lower case, to their IDs ("the information commissioner", "the
	// foreign office"); lowerFirst maps their first words to their
	// longest length in words.
	lowerOrgs  map[string]string
	lowerFirst map[string]int
	// byFirst maps a given name to the gazetteer's people of that name,
	// so that a misspelt surname finds its person.
	byFirst map[string][]string
	// words holds the facts of the words the data files list (see
	// wordFacts); noFacts are those of every other word, by whether it
	// is capitalised and whether it is a word (see noFactsOf).
	// wordFilter has the wordBit of each of them set.
	words      map[string]*wordFacts
	noFacts    [2][2]wordFacts
	wordFilter [1 << wordFilterBits / 64]uint64
	// scratch holds *scratch values for Extract to reuse.
	scratch sync.Pool
}

// scratch holds the arrays an extraction needs for every token of the
// article (see Extract). They were half of all the memory an extraction
// allocated; reused from one article to the next, they spare the
// garbage collector most of its work. Nothing Extract returns points
// into them.
type scratch struct {
	toks     []token
	lows     []lowWord
	items    []item
	runs     runs
	mentions []mention // one sentence's, of the first pass
	// articleMentions holds the second pass's, for the whole article.
	articleMentions []mention
	// lowerWords is the article's lowerWords set, reset for the next.
	lowerWords wordSet
	// words caches the facts of the words last read (see lowWords).
	words *wordCache
	sents []Sentence
	// entities holds the blocks of room for entities (see
	// article.newEntity).
	entities [][]graph.Entity
	// maps are the article's maps, emptied for the next (see
	// articleMaps).
	maps articleMaps
	// article is the state of the article read, a kilobyte, made anew
	// in place for each.
	article article
	// sentToks, lowStarts, memos and sentMentions hold Extract's
	// arrays of one entry a sentence, and keep the entities it keeps,
	// emptied for the next article, as maps are.
	sentToks     [][]token
	lowStarts    []secMask
	memos        []runs
	sentMentions [][]mention
	keep         map[string]bool
}

// zeroed returns s with n zero entries, in its own array when it has room
// for them (see scratch).
func zeroed[T any](s []T, n int) []T {
	if cap(s) < n || cap(s) > maxScratch/8 {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// articleMaps are the maps an article starts with. Made anew for each
// article, they grew from nothing, a dozen allocations each, as the
// article was read; emptied, they keep their room. Nothing Extract
// returns refers to them.
type articleMaps struct {
	ents                           map[string]*graph.Entity
	mentioned, matters, fullNamed  map[string]bool
	fullSeen                       map[string]bool
	surnames, givens, people, orgs map[string]string
	roles, gender                  map[string]string
	sides, holds                   map[string][]string
	local                          map[string]localName
	localFirst, roleSince          map[string]int
}

// maxKeptMap is the most entries a map of articleMaps may have held and
// still be kept: one very long article does not leave maps for the rest
// of a run to empty.
const maxKeptMap = 1 << 10

// reset empties the maps for another article, making those not yet made
// or grown past maxKeptMap.
func (m *articleMaps) reset() {
	m.ents = resetMap(m.ents)
	m.mentioned, m.matters = resetMap(m.mentioned), resetMap(m.matters)
	m.fullNamed, m.fullSeen = resetMap(m.fullNamed), resetMap(m.fullSeen)
	m.surnames, m.givens, m.people, m.orgs = resetMap(m.surnames), resetMap(m.givens), resetMap(m.people), resetMap(m.orgs)
	m.roles, m.gender = resetMap(m.roles), resetMap(m.gender)
	m.sides, m.holds = resetMap(m.sides), resetMap(m.holds)
	m.local = resetMap(m.local)
	m.localFirst, m.roleSince = resetMap(m.localFirst), resetMap(m.roleSince)
}

func resetMap[K comparable, V any](m map[K]V) map[K]V {
	if m == nil || len(m) > maxKeptMap {
		return make(map[K]V)
	}
	clear(m)
	return m
}

// maxScratch is the most tokens a scratch array kept for reuse may hold:
// one very long article does not keep its arrays for the rest of a run.
const maxScratch = 1 << 18

// Option configures an Extractor.
type Option func(*Extractor) error

// WithGazetteer adds the entries of a gazetteer file (same format as
// data/gazetteer.tsv) to the built-in one. Where the two disagree, the
// file wins: its type, its sameAs, its readings of a shared form.
func WithGazetteer(path string) Option {
	return func(x *Extractor) error { return x.gaz.LoadFile(path) }
}

// Warnings lists what the options changed in the built-in data, such as
// a form that a user's gazetteer took over from another entity.
func (x *Extractor) Warnings() []string { return x.gaz.warnings }

// New returns an extractor with the embedded data files and the given
// options applied.
func New(opts ...Option) (*Extractor, error) {
	x := &Extractor{gaz: newGazetteer(), demonym: make(map[string]string)}
	read := func(name string) []byte {
		b, _ := dataFS.ReadFile(name)
		return b
	}
	var err error
	if x.lex, err = parseLexicon(bytes.NewReader(read("data/lexicon.txt"))); err != nil {
		return nil, fmt.Errorf("data/lexicon.txt: %w", err)
	}
	gaz := read("data/gazetteer.tsv")
	x.gaz.sizeFor(bytes.Count(gaz, []byte("\n")))
	if err := x.gaz.Load(bytes.NewReader(gaz), "data/gazetteer.tsv"); err != nil {
		return nil, err
	}
	x.givenNames = loadNames(bytes.NewReader(read("data/given_names.txt")))
	x.homeCues = loadHomeCues(read("data/home.tsv"))
	x.bodies = loadHomeCues(read("data/bodies.tsv"))
	x.homeBodies = loadHomeBodies(read("data/home-bodies.tsv"))
	x.homeBodyWords = make(map[string]bool)
	for key := range x.homeBodies {
		_, word, _ := strings.Cut(key, "\t")
		x.homeBodyWords[word] = true
	}
	for _, o := range opts {
		if err := o(x); err != nil {
			return nil, err
		}
	}
	x.notName = x.lex.set("not-name")
	x.honorific = x.lex.set("honorific")
	x.orgHead = x.lex.set("org-head")
	x.placeHead = x.lex.set("place-head")
	x.stateNoun = x.lex.set("state-noun")
	x.forceNoun = x.lex.set("force-noun")
	x.speech = x.lex.set("speech")
	x.medium = x.lex.set("medium")
	x.lawsuitNouns, x.lawsuitVerbs = x.lex["lawsuit-noun"], x.lex["lawsuit-verb"]
	for _, h := range x.lex["prosecutor-head"] {
		x.prosecutorHeads = append(x.prosecutorHeads, strings.ToLower(h))
	}
	x.rules = compileRules(x.lex)
	x.capital = make(map[string]string)
	x.lowerOrgs, x.lowerFirst = make(map[string]string), make(map[string]int)
	x.personStates, x.titled = make(map[string][]string), make(map[string]bool)
	// One pass over the forms finds the demonyms, capitals, lower-case
	// organisations and the states of roles: each a pass of its own,
	// they walked the thousands of forms four times.
	for form, rs := range x.gaz.forms {
		x.addDemonyms(form, rs)
		x.addCapital(form, rs)
		x.addLowerOrg(form, rs)
		x.addPersonStates(form, rs)
	}
	x.byFirst = make(map[string][]string)
	for id, e := range x.gaz.entities {
		if e.Type != graph.Person {
			continue
		}
		if f := strings.Fields(e.Name); len(f) >= 2 {
			x.byFirst[f[0]] = append(x.byFirst[f[0]], id)
		}
	}
	for _, ids := range x.byFirst {
		slices.Sort(ids)
	}
	for _, ids := range x.personStates {
		slices.Sort(ids)
	}
	x.words = newWords(x)
	for u := range x.noFacts {
		for w := range x.noFacts[u] {
			x.noFacts[u][w] = wordFacts{upper: u == 1, word: w == 1}
		}
	}
	return x, nil
}

// addDemonyms notes form as the demonym of the countries it is a
// demonym of, unless one before it in order is: the first demonym of
// each, not counting plurals.
func (x *Extractor) addDemonyms(form string, rs []ref) {
	for _, r := range rs {
		if r.kind == formDemonym && !strings.HasSuffix(form, "s") {
			if d, ok := x.demonym[r.id]; !ok || form < d {
				x.demonym[r.id] = form
			}
		}
	}
}

// addCapital notes the place a form names as the capital of the state
// it is a metonym of, unless the state has one its line lists first.
func (x *Extractor) addCapital(form string, rs []ref) {
	var place, state string
	for _, r := range rs {
		switch {
		case r.kind == formMetonym:
			state = r.id
		case r.kind == formName && x.gaz.entities[r.id].Type == graph.Place:
			place = r.id
		}
	}
	// Several metonyms may name places (London, Downing Street);
	// the capital is the one the country's own line lists first.
	if place != "" && state != "" && (x.capital[state] == "" || x.gaz.metonymRank(state, form) < x.gaz.metonymRank(state, x.gaz.entities[x.capital[state]].Name)) {
		x.capital[state] = place
	}
}

// addLowerOrg notes a form of two words or more that names one
// organisation alone in lowerOrgs, in lower case, and its first word in
// lowerFirst.
func (x *Extractor) addLowerOrg(form string, rs []ref) {
	if len(rs) != 1 || rs[0].kind != formName || x.gaz.entities[rs[0].id].Type != graph.Organization {
		return
	}
	f := strings.Fields(form)
	if len(f) < 2 || isUpperWord(f[0]) {
		return
	}
	low := strings.ToLower(form)
	if prev, ok := x.lowerOrgs[low]; ok && prev != rs[0].id {
		x.lowerOrgs[low] = "" // two organisations share it in lower case
		return
	}
	x.lowerOrgs[low] = rs[0].id
	x.lowerFirst[strings.ToLower(f[0])] = max(x.lowerFirst[strings.ToLower(f[0])], len(f))
}

// addPersonStates notes, for each role a form names, the countries
// its words name (unsorted).
func (x *Extractor) addPersonStates(form string, rs []ref) {
	for _, r := range rs {
		if r.kind != formRole {
			continue
		}
		x.titled[r.id] = true
		for _, w := range strings.Fields(form) {
			for _, c := range x.gaz.lookup(strings.Trim(w, "’'s")) {
				if e := x.gaz.entities[c.id]; e.Type == graph.Country && !slices.Contains(x.personStates[r.id], c.id) {
					x.personStates[r.id] = append(x.personStates[r.id], c.id)
				}
			}
		}
	}
}

// Known returns the IDs of the gazetteer entities that a name or one of
// their spelling variants stands for ("Peskow" → dmitry-peskov,
// "Zelenskiy" → volodymyr-zelensky), so that a user's query finds the
// entity under any spelling the gazetteer knows.
func (x *Extractor) Known(name string) []string {
	var ids []string
	for _, form := range []string{strings.TrimSpace(name), capitalise(strings.TrimSpace(name))} {
		for _, r := range x.gaz.lookup(form) {
			if r.kind == formName && !slices.Contains(ids, r.id) {
				ids = append(ids, r.id)
			}
		}
	}
	slices.Sort(ids)
	return ids
}

// Extract reads one article and returns what it says: the entities its
// story names and the claims it makes or reports. It never fails; an
// article without recognisable content gives an empty document.
func (x *Extractor) Extract(a graph.Article) graph.Document {
	sc, _ := x.scratch.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	m := &sc.maps
	m.reset()
	ar := &sc.article
	*ar = article{x: x, a: a, ents: m.ents, mentioned: m.mentioned, fullNamed: m.fullNamed, fullSeen: m.fullSeen, surnames: m.surnames, givens: m.givens, people: m.people, orgs: m.orgs, sides: m.sides,
		local: m.local, localFirst: m.localFirst, roles: m.roles, holds: m.holds, gender: m.gender,
		roleSince: m.roleSince, matters: m.matters}
	ar.scratch = sc
	defer func() {
		*ar = article{} // the article's text and entities, let go
		if cap(sc.toks) <= maxScratch && cap(sc.items) <= 2*maxScratch && cap(sc.articleMentions) <= maxScratch/4 && cap(sc.lowerWords.slots) <= maxScratch && cap(sc.sents) <= maxScratch/8 && len(sc.entities) <= maxScratch/64/entityBlock {
			x.scratch.Put(sc)
		}
	}()
	sents := appendSentences(sc.sents[:0], a.Text)
	sc.sents = sents
	// The sentences' tokens share one array, sized for one token in four
	// bytes (news prose averages one in five); should it fill, append
	// moves on to a larger one, and each sentence's slice is capped so
	// that it never runs into the next.
	toks := zeroed(sc.sentToks, len(sents))
	sc.sentToks = toks
	buf := sc.toks[:0]
	if cap(buf) < len(a.Text)/4+16 {
		buf = make([]token, 0, len(a.Text)/4+16)
	}
	for i, s := range sents {
		start := len(buf)
		buf = appendTokens(buf, s.Text, s.Start)
		if toks[i] = buf[start:len(buf):len(buf)]; strings.IndexByte(s.Text, '-') >= 0 {
			// Only a word with a hyphen has a prefix to cut, and the
			// words are the sentence's text.
			toks[i] = ar.x.splitPrefixes(toks[i])
		}
	}
	sc.toks = buf
	ar.toks = toks
	if sc.words == nil {
		sc.words = new(wordCache)
	}
	ar.lows, sc.lows = x.lowWords(toks, sc.lows, sc.words)
	ar.lowStarts = zeroed(sc.lowStarts, len(toks))
	sc.lowStarts = ar.lowStarts
	for i, ws := range ar.lows {
		for _, w := range ws {
			if w.rules != nil {
				ar.lowStarts[i].add(w.rules.starts)
			}
		}
	}
	// What the name rules and both passes below find at each word
	// whatever the article's state (see runs): one array for all
	// sentences, each its own part.
	n := 0
	for _, ts := range toks {
		n += len(ts)
	}
	if cap(sc.runs) < n {
		sc.runs = make(runs, n)
	}
	all := sc.runs[:n]
	clear(all)
	memos := zeroed(sc.memos, len(sents))
	sc.memos = memos
	for i, ts := range toks {
		memos[i], all = all[:len(ts):len(ts)], all[len(ts):]
	}
	ar.learnNames(toks, memos)
	// The first pass learns the article's full names, so that the second
	// can resolve a surname that comes before the full name.
	for i := range sents {
		sc.mentions = ar.appendMentions(sc.mentions[:0], toks[i], memos[i])
	}
	// The second pass starts afresh, in the first one's map and array.
	clear(ar.ents)
	clear(ar.fullSeen)
	ar.order, ar.byInitials, ar.militaries = ar.order[:0], nil, nil
	// The second pass's mentions share one array; each sentence's slice
	// is capped, so that a later append to it copies rather than runs
	// into the next sentence's.
	ms := zeroed(sc.sentMentions, len(sents))
	sc.sentMentions = ms
	all2 := sc.articleMentions[:0]
	for i := range sents {
		start := len(all2)
		all2 = ar.appendMentions(all2, toks[i], memos[i])
		ms[i] = all2[start:len(all2):len(all2)]
	}
	sc.articleMentions = all2
	ar.usStates(ms)
	ar.portfolioParties(toks, ms)
	ar.resolveRoles(ms)
	ar.decideHome(toks, ms)
	ar.registerRoles(toks, ms)
	ar.roleReferences(toks, ms)
	ar.leadDescriptions(toks, ms)
	ar.nominalReferences(toks, ms)
	ar.renamings(toks, ms)
	ar.eventNouns(toks, ms)
	ar.courts(toks, ms)
	ar.prosecutors(toks, ms)
	eventWord := ar.findEvents(sents, ms)
	ar.datedEvents(sents, ms, eventWord)
	claims := ar.relations(sents, toks, ms)

	// Entities named in the story, and those that take part in claims.
	// A platform named as the medium ("on Telegram") and a name inside a
	// short quoted slogan ("drones marked ‘for Moscow’") take no part.
	medium := x.medium
	keep := resetMap(sc.keep)
	sc.keep = keep
	for i, sm := range ms {
		var dl []int
		if maybeDateline(sents[i].Text) {
			dl = dateline.FindStringIndex(sents[i].Text)
		}
		for _, m := range sm {
			if medium[m.surface] && m.start >= 3 && strings.HasSuffix(strings.TrimRight(a.Text[:m.start], " "), " on") || ar.outlet(m) ||
				inSlogan(sents[i], m) || dl != nil && m.end <= sents[i].Start+dl[1] {
				continue
			}
			if m.state != "" && m.t0 >= 0 && m.t1 < len(ar.lows[i]) && x.rules.in("state-noun", ar.lows[i][m.t1].low) {
				// "Moscow officials have dismissed ...": the state, not
				// the city.
				ar.add(m.state, graph.Country, "", m.surface)
				keep[m.state] = true
				continue
			}
			// A demonym names its country too ("the British are
			// engaged"), unless it only qualifies ("pro-Russian").
			// A name that qualifies a noun by a hyphen ("the Gibraltar-based
			// company", "US-led forces") names it all the same.
			if (m.kind == byName || m.kind == byEvent || m.kind == byDemonym) && (!m.modifier || compoundOf(a.Text, m.end)) {
				keep[m.id] = true
			}
		}
	}
	for _, c := range claims {
		keep[c.Subject], keep[c.Object] = true, true
	}
	for _, id := range ar.places {
		keep[id] = true
	}
	doc := graph.Document{Article: a, Claims: claims}
	kept := 0
	for _, id := range ar.order {
		if keep[id] {
			kept++
		}
	}
	if kept > 0 { // sized at once: an Entity is large to copy as append grows
		doc.Entities, doc.Mentions = make([]graph.Entity, 0, kept), make([]string, 0, kept)
	}
	for _, id := range ar.order {
		if keep[id] {
			e := *ar.ents[id]
			slices.Sort(e.Aliases)
			doc.Entities = append(doc.Entities, e)
			doc.Mentions = append(doc.Mentions, id)
		}
	}
	slices.Sort(doc.Mentions)
	return doc
}

// dateline matches a wire story's opening "BAKU, Sept 12 (Reuters) -":
// the place it was filed from and the agency are no part of the story.
var dateline = regexp.MustCompile(`^[A-Z][A-Z .'’-]+(?:, [A-Z][A-Za-z .]+)?, (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:, \d{4})? \([A-Z][A-Za-z .&]+\) *[-–—]`)

// maybeDateline reports whether s starts as a dateline must: a capital
// letter, then a capital, a space or one of .'’-. Most sentences do not,
// and are spared the pattern.
func maybeDateline(s string) bool {
	return len(s) > 1 && 'A' <= s[0] && s[0] <= 'Z' && ('A' <= s[1] && s[1] <= 'Z' || strings.IndexByte(" .'-\xe2", s[1]) >= 0)
}

// inSlogan reports whether m sits inside a quotation of at most three
// words, a slogan or a scare quote rather than a reference.
func inSlogan(s Sentence, m mention) bool {
	rel := m.start - s.Start
	if rel < 0 || m.end-s.Start > len(s.Text) {
		return false
	}
	open := lastOpenQuote(s.Text[:rel])
	if open < 0 {
		return false
	}
	if strings.ContainsAny(s.Text[open:rel], "”’") && !strings.HasSuffix(s.Text[:rel], "’s ") {
		return false
	}
	end := m.end - s.Start
	closeAt := strings.IndexAny(s.Text[end:], "”’")
	if closeAt < 0 {
		return false
	}
	return len(strings.Fields(s.Text[open:end+closeAt])) <= 3
}

// lastOpenQuote returns strings.LastIndexAny(s, "“‘"). LastIndexAny
// decodes every rune of s back from its end, for each mention; both marks
// start with the byte 0xe2, which strings.IndexByte finds many times
// faster, and news written in ASCII seldom has.
func lastOpenQuote(s string) int {
	last := -1
	for i := 0; ; i++ {
		j := strings.IndexByte(s[i:], 0xe2)
		if j < 0 {
			return last
		}
		i += j
		if strings.HasPrefix(s[i:], "“") || strings.HasPrefix(s[i:], "‘") {
			last = i
		}
	}
}

// resolveRoles keeps a role mention ("the Russian president") only when
// the article names its holder, and turns it into a reference to that
// person.
func (ar *article) resolveRoles(ms [][]mention) {
	named := make(map[string]bool)
	for _, sm := range ms {
		for _, m := range sm {
			if m.kind == byName {
				named[m.id] = true
			}
		}
	}
	for i, sm := range ms {
		var out []mention
		for k, m := range sm {
			if m.kind != byRole || named[m.id] {
				if out != nil {
					out = append(out, m)
				}
				continue
			}
			if out == nil {
				out = append(make([]mention, 0, len(sm)), sm[:k]...)
			}
			// "a Kremlin spokesman" with no Peskov in the story: the
			// body the role form names is still named.
			if m.t1-m.t0 >= 2 {
				out = append(out, ar.knownIn(ar.toks[i], m.t0, m.t1-1)...)
			}
		}
		if out != nil {
			ms[i] = out[:len(out):len(out)]
		}
	}
}

// compoundOf reports whether the name that ends at text[end] opens a
// compound that qualifies a noun by where it is or who stands behind
// it: "Gibraltar-based", "US-led", "Kremlin-backed", "Ukraine-born"; not
// the rest of a name ("Chung Mong-koo").
func compoundOf(text string, end int) bool {
	if end >= len(text) || text[end] != '-' {
		return false
	}
	w := text[end+1:]
	if i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		w = w[:i]
	}
	switch w {
	case "born", "run", "made", "built", "bound", "wide":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "ed")
}
