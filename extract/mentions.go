package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newskg/newskg/graph"
)

// mentionKind says how a mention refers to its entity; relation patterns
// treat a weak reference (a demonym, a role) differently from a name.
type mentionKind int

const (
	byName    mentionKind = iota
	byDemonym             // "Russian claims", "the British"
	byRole                // "the Russian president", "Putin's spokesman"
	byPronoun             // "he", "it"
	byEvent               // "the drone attack on the Kremlin"
)

// mention is one reference to an entity in a sentence.
type mention struct {
	start, end int // byte offsets in the article
	t0, t1     int // token range in the sentence
	id         string
	typ        graph.EntityType
	kind       mentionKind
	surface    string
	// state is the country a capital can speak for ("Moscow said"), or "".
	state string
	// modifier is set when the mention only qualifies a following word
	// ("pro-Kremlin figures"); it is then no party to a relation.
	modifier bool
	// governs is set on a place whose own government acts through the
	// word before it ("Lawmakers in California are examining"): the
	// place is then an agent, as a state would be.
	governs bool
	// role is the title written before a person's name ("spokesman").
	role string
	// org is the body a role reference names ("the Tory leader").
	org string
	// leader is the person whose government a state mention names ("the
	// Blair government").
	leader string
	// alt is, for a class noun that points back at an organisation ("the
	// company"), the one named before that: what the noun means when
	// the nearer one is its own clause's agent ("Tesco ... the GMB
	// accused the company of").
	alt string
}

// article is the extraction state of one article: the entities found so
// far and how later mentions resolve to them.
type article struct {
	x     *Extractor
	a     graph.Article
	ents  map[string]*graph.Entity
	order []string
	// mentioned holds the entities the story names (not those reached
	// only through a demonym or a metonym).
	mentioned map[string]bool
	// surnames maps a person's last name to the person's ID, or to ""
	// when two people in the article share it.
	surnames map[string]string
	// givens maps a person's given name to the person's ID, or to ""
	// when two people in the article share it: "old Ken" in a quote is
	// Ken Livingstone.
	givens map[string]string
	// people maps a person's ID to the full name, across both passes.
	people map[string]string
	// byHead indexes the organisations by the last word of their names,
	// across both passes, for namedEndingWith.
	byHead map[string][]string
	// eventHeads maps an event noun to the event the article named with
	// it ("fraud": "WorldCom fraud"), for a denial that names the noun
	// alone.
	eventHeads map[string]string
	// orgClass maps an organisation to the class noun the article gave it
	// ("Newsnight is a BBC programme", "music magazine Mojo").
	orgClass map[string]string
	// fullNamed holds the people the article names by more than one
	// word ("Tony Blair", not "Blair"), across both passes.
	fullNamed map[string]bool
	// fullSeen holds the people named in full so far in the pass over
	// the article: a surname two people share is the one of them named
	// before it, when only one was.
	fullSeen map[string]bool
	// orgs maps an organisation's ID to its name, across both passes.
	orgs map[string]string
	// bySurname and orgShort index people and organisations by the word
	// a later mention may share with them (see indexPerson, indexOrg);
	// byInitials indexes the pass's organisations by their initials.
	bySurname, orgShort, byInitials map[string][]string
	// byGiven indexes the article's people by the first word of their
	// names, for firstName.
	byGiven map[string][]string
	// surnameKeys holds surnameKey of the names spelledAgain has seen.
	surnameKeys map[string]string
	// mainEvent is the ID of the article's first incident, the target of
	// bare denials ("Ukraine denied responsibility").
	mainEvent string
	// eventTargets maps an incident's event ID to its target's entity
	// ID ("kharkiv-attack" to "kharkiv"), for the strikes the event
	// mentions stand for (see nominalAttacks).
	eventTargets map[string]string
	// accusations lists the claims of accusation found so far, so that a
	// threat or denial without a named object can find who was accused.
	accusations []graph.Claim
	// lastAttack is the strike told last, which "condemned the attack"
	// refers back to.
	lastAttack *graph.Claim
	// proposer is the party told last to have put forward a plan, whose
	// "the plans" a later sentence judges (see notePlans).
	proposer *mention
	// claimant is the speaker who last claimed or alleged something
	// ("He claimed he was stripped ..."), and claimedAt where: "denied
	// the claims" after it answers that speaker, whether or not the
	// claim named whom it accused.
	claimant  *mention
	claimedAt int
	// publications lists, in the order read, the publications the
	// article names with their body ("a BBC report"), for "the report"
	// later.
	publications []publication
	// places lists the places named inside a court's or an event's
	// name (see namedIn).
	places []string
	// speakers lists the speakers of the sentences read so far, in
	// order, for "the comments" later.
	speakers []*mention
	// affiliations lists who speaks for whom, so that a denial by a
	// spokesman answers accusations against the body he speaks for.
	affiliations []graph.Claim
	// sides maps a person to the states they speak for beyond their
	// stated affiliation ("a spokesman for the US National Security
	// Council" speaks for the US).
	sides map[string][]string
	// militaries lists, in the order named, the armed forces the
	// article names with their state ("Sudan's army"), for a bare "the
	// army" later.
	militaries []string
	// irregulars lists the irregular armed groups the article names
	// ("Iraqi insurgents").
	irregulars []string
	// shadows lists the holders of a shadow office named with no party
	// ("shadow home secretary David Davis"), with the sentence that
	// names them; shadowLeader leads the shadow cabinet the article
	// names ("Michael Howard ... his shadow cabinet").
	shadows      []shadowHolder
	shadowLeader string
	// recent lists the mentions of the sentences read so far, for
	// anaphors such as "the think tank".
	recent []*mention
	// headlineEnd is the number of recent's mentions the headline, the
	// first sentence, makes.
	headlineEnd int
	// listed holds the people the sentence before named in one list
	// ("Nicholas Blake QC, Andrew Nicol QC and Tom de la Mare"), whom a
	// "they" opening the next sentence stands for.
	listed []*mention
	// bankruptcyID is the article's bankruptcy filing, once told.
	bankruptcyID string
	// local holds the names the article's own context types (see
	// learnNames); localFirst maps their first words to their longest
	// length in words.
	local      map[string]localName
	localFirst map[string]int
	// learntPeople holds the names no list knows that the article shows
	// to be people's (see learnPeople).
	learntPeople map[string]bool
	// localFirstBytes marks the first bytes of localFirst's words, as
	// they stood when it held localFirstN (see localAt).
	localFirstBytes [256]bool
	localFirstN     int
	// home is the state that "the government" means (see decideHome).
	home string
	// roles maps a role in lower case, alone or after its body's name,
	// to its holder, or to "" when two people hold it; holds lists each
	// person's roles.
	roles map[string]string
	holds map[string][]string
	// roleSince holds the sentence where a role was first registered.
	roleSince map[string]int
	// matters holds the events made of what a denial rejects when no
	// accuser was known (see deniedMatter).
	matters map[string]bool
	// kept lists the denials that answer no one who accuses the denier
	// later in the article, by denier and sentence start: of what the
	// press reported ("Tony Blair has dismissed reports he told Gordon
	// Brown he would quit"), or of a charge of their own words ("denied
	// he was gloating").
	kept []keptDenial
	// denierMatter maps a denier to the event of the article its first
	// denial named ("Ebbers denies WorldCom fraud"), which its later
	// denials of unnamed claims answer too.
	denierMatter map[string]string
	// lowerWords holds the words the article writes in lower case;
	// surnameWords the words it writes after a given name.
	lowerWords   *wordSet
	surnameWords map[string]bool
	// toks holds each sentence's tokens; lowCache holds them as items
	// (see lowItems).
	toks     [][]token
	lowCache [][]item
	// itemBuf is the array behind lowCache, which relations reuses.
	itemBuf []item
	// lows holds each sentence's tokens in lower case (see lowWords).
	lows [][]lowWord
	// lowStarts[i] holds the sections whose phrases the words of
	// sentence i may start (see sentence.starts).
	lowStarts []secMask
	// gender holds "f" or "m" for the people whose titles or given
	// names tell, so that "she" finds a woman.
	gender map[string]string
	// buf is scratch space for the keys of map lookups (see
	// appendJoined); no key built in it outlives the lookup.
	buf []byte
	// scratch holds the arrays reused from article to article.
	scratch *scratch
	// one is the room single returns a mention in.
	one [1]mention
	// sentMemo holds the runs of the sentence the name rules read.
	sentMemo runs
	// nextRole is the affiliation rules' array of role starts, kept
	// from sentence to sentence.
	nextRole []int
	// entBlock is the block of scratch.entities that newEntity takes
	// room from, the entBlocks-th; aliasBlock is where add takes room
	// for the aliases of a new entity.
	entBlock   []graph.Entity
	entBlocks  int
	aliasBlock []string
}

func (ar *article) entity(id string) *graph.Entity { return ar.ents[id] }

// add records an entity and a surface form for it, and returns its ID.
func (ar *article) add(id string, typ graph.EntityType, name, surface string) string {
	e, ok := ar.ents[id]
	if !ok {
		e = ar.newEntity()
		if g, ok := ar.x.gaz.entities[id]; ok {
			*e = g
		} else {
			*e = graph.Entity{ID: id, Type: typ, Name: name}
		}
		ar.ents[id] = e
		ar.order = append(ar.order, id)
		if e.Type == graph.Organization && ar.byInitials != nil {
			k := initialsOf(e.Name)
			ar.byInitials[k] = append(ar.byInitials[k], id)
		}
	}
	if surface != "" && !containsString(e.Aliases, surface) {
		if e.Aliases == nil {
			// Room for two forms at once: many entities are named
			// two ways or more, and append would make a list of one
			// first (10k fewer allocations a corpus pass). The room
			// is cut from a block shared with other entities, its
			// capacity capped, so that a third form copies the list
			// rather than runs into the next entity's.
			if len(ar.aliasBlock) < 2 {
				ar.aliasBlock = make([]string, 2*entityBlock)
			}
			e.Aliases, ar.aliasBlock = ar.aliasBlock[:0:2], ar.aliasBlock[2:]
		}
		e.Aliases = append(e.Aliases, surface)
		if e.Type == graph.Person && surface != e.Name && strings.IndexByte(surface, ' ') > 0 {
			// "Camilla Parker Bowles", whom the gazetteer names Queen
			// Camilla: filed under the surname the article uses, for
			// compoundSurname.
			ar.indexSurname(id, surface)
		}
	}
	if e.Type == graph.Organization {
		if old, ok := ar.orgs[id]; !ok || old != e.Name {
			ar.indexOrg(id, e.Name)
			if head := lastWord(e.Name); head != e.Name && !slices.Contains(ar.byHead[head], id) {
				if ar.byHead == nil {
					ar.byHead = make(map[string][]string)
				}
				ar.byHead[head] = append(ar.byHead[head], id) // for namedEndingWith
			}
			ar.orgs[id] = e.Name // set only when new: most adds repeat it
		}
	}
	if e.Type == graph.Person {
		if strings.IndexByte(surface, ' ') > 0 && !ar.fullSeen[id] {
			ar.fullNamed[id], ar.fullSeen[id] = true, true
		}
		ar.learnGender(id, e.Name, surface)
		if old, ok := ar.people[id]; !ok || old != e.Name {
			ar.indexPerson(id, e.Name)
			ar.people[id] = e.Name
		}
		if last, more := lastField(e.Name); more {
			if prev, ok := ar.surnames[last]; ok && prev != id {
				ar.surnames[last] = ""
			} else {
				ar.surnames[last] = id
			}
			if given, _, _ := strings.Cut(e.Name, " "); ar.x.givenNames[given] {
				if prev, ok := ar.givens[given]; ok && prev != id {
					ar.givens[given] = ""
				} else {
					ar.givens[given] = id
				}
			}
		}
	}
	return id
}

// newEntity returns room for an entity for add to fill in. The room is
// taken from blocks of entityBlock that the scratch keeps from article to
// article: an entity was an allocation of its own, and both passes over
// an article add dozens. Nothing Extract returns points into the blocks
// (it copies the entities), and a full block is left as it is, so that
// the pointers into it stay valid while the article is read.
func (ar *article) newEntity() *graph.Entity {
	if len(ar.entBlock) == cap(ar.entBlock) {
		sc := ar.scratch
		if ar.entBlocks == len(sc.entities) {
			sc.entities = append(sc.entities, make([]graph.Entity, 0, entityBlock))
		}
		ar.entBlock = sc.entities[ar.entBlocks][:0]
		ar.entBlocks++
	}
	ar.entBlock = ar.entBlock[:len(ar.entBlock)+1]
	return &ar.entBlock[len(ar.entBlock)-1]
}

// entityBlock is how many entities a block of newEntity holds: about as
// many as both passes over an article of the BBC corpus add.
const entityBlock = 32

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// joinTokens writes tokens as text, with single spaces where the source
// had space and nothing where it had none.
func joinTokens(toks []token) string {
	switch len(toks) {
	case 0:
		return ""
	case 1:
		return toks[0].text // most calls: no copy
	}
	n := len(toks) - 1
	for _, t := range toks {
		n += len(t.text)
	}
	var b strings.Builder
	b.Grow(n)
	for i, t := range toks {
		if i > 0 && t.start > toks[i-1].end {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// joinedText returns joinTokens(toks), which is most often the article's own
// text from the first token to the last: the words of a name stand one
// space apart. That text is returned as it is, not copied; a name with
// a line break or two spaces inside is joined anew.
func (ar *article) joinedText(toks []token) string {
	if len(toks) < 2 {
		return joinTokens(toks)
	}
	text := ar.a.Text
	for k, t := range toks {
		if t.start < 0 || t.end > len(text) || t.start > t.end || text[t.start:t.end] != t.text {
			return joinTokens(toks)
		}
		if k > 0 {
			if gap := t.start - toks[k-1].end; gap < 0 || gap > 1 || gap == 1 && text[t.start-1] != ' ' {
				return joinTokens(toks)
			}
		}
	}
	return text[toks[0].start:toks[len(toks)-1].end]
}

// appendJoined appends what joinTokens(toks) returns to b. Map lookups
// index with string(appendJoined(...)), which Go does without copying:
// gazAt tries every candidate length of every word, and a string built
// for each try was one in seven of all the allocations of an extraction.
func appendJoined(b []byte, toks []token) []byte {
	for i, t := range toks {
		if i > 0 && t.start > toks[i-1].end {
			b = append(b, ' ')
		}
		b = append(b, t.text...)
	}
	return b
}

// lowered returns s in lower case, as strings.ToLower would, in the
// article's scratch space: for map keys only.
func (ar *article) lowered(s string) []byte {
	ar.buf = appendLower(append(ar.buf[:0], s...))
	return ar.buf
}

// particleName reports whether a word is a name with a lower-case
// particle, as in "Abdel Fattah al-Sisi" or "Salah ad-Din".
func particleName(w string) bool {
	// Each particle ends in a hyphen, the third or fourth byte.
	if len(w) < 4 || w[2] != '-' && w[3] != '-' {
		return false
	}
	for _, p := range []string{"al-", "el-", "ad-", "ash-", "as-", "ar-", "bin-", "ibn-", "abu-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			r, _ := utf8.DecodeRuneInString(w[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// surnameParticles are the words that start a surname: "van" of "Ruud van
// Nistelrooy", "al" of "Saad al Faqih".
var surnameParticles = map[string]bool{"van": true, "von": true, "de": true, "da": true, "di": true, "du": true, "der": true, "den": true,
	"ter": true, "le": true, "la": true, "al": true, "el": true, "bin": true, "ibn": true, "del": true, "dos": true}

// withParticle returns the one person of the article whose full name
// ends in the words of run, a surname with its particle, whatever the
// case ("Van Nistelrooy" of "Ruud van Nistelrooy"); or "".
func (ar *article) withParticle(run []token) string {
	found := ""
	for _, id := range ar.bySurnameOf(run[len(run)-1].text) {
		words := strings.Fields(ar.people[id])
		if len(words) < len(run) {
			continue
		}
		tail := words[len(words)-len(run):]
		if !slices.EqualFunc(tail, run, func(w string, t token) bool { return strings.EqualFold(w, t.text) }) {
			continue
		}
		if found != "" && found != id {
			return ""
		}
		found = id
	}
	return found
}

// connectors may stand inside a multi-word name: "Institute for the
// Study of War", "Ursula von der Leyen".
var connectors = map[string]bool{"of": true, "for": true, "the": true, "de": true, "von": true, "van": true,
	"der": true, "den": true, "al": true, "bin": true, "la": true, "le": true, "du": true, "da": true, "di": true, "del": true, "dos": true, "&": true,
	"ter": true, "el": true, "ibn": true}

// firstName returns the one person of the article whose full name
// starts with first, or "".
func (ar *article) firstName(first string) string {
	found := ""
	for _, id := range ar.byGiven[first] {
		if found != "" && found != id {
			return ""
		}
		found = id
	}
	return found
}

// misspelt returns the one gazetteer person with this given name whose
// surname is this one misspelt ("Mikhail Khordokovsky"): long surnames a
// letter or two apart.
func (ar *article) misspelt(first, last string) string {
	n := utf8.RuneCountInString(last)
	if n < 7 {
		return ""
	}
	found := ""
	for _, id := range ar.x.byFirst[first] {
		l, _ := lastField(ar.x.gaz.entities[id].Name)
		// Surnames whose lengths differ by more than two letters are
		// more than two edits apart, which editDistance, with its four
		// allocations, need not say.
		if d := utf8.RuneCountInString(l) - n; d > 2 || d < -2 {
			continue
		}
		if d := editDistance(l, last); d > 0 && d <= 2 {
			if found != "" {
				return ""
			}
			found = id
		}
	}
	return found
}

// peerNamed returns the one person of the article whose full name, with
// no title, ends in the surname a peer is called by ("Lord Butler" is
// Robin Butler), and whose gender fits the title; or "".
func (ar *article) peerNamed(title, surname string) string {
	pron := "he"
	if title == "Lady" || title == "Baroness" {
		pron = "she"
	}
	found := ""
	for _, id := range ar.bySurnameOf(surname) {
		f := strings.Fields(ar.people[id])
		if len(f) < 2 || f[len(f)-1] != surname || peerage[f[0]] || ar.x.honorific[f[0]] || !ar.fits(id, pron) {
			continue
		}
		if found != "" && found != id {
			return ""
		}
		found = id
	}
	return found
}

// compoundSurname returns the one person the article already named in
// three words or more that end in the two of name: "Andrew Lloyd
// Webber", later "Mr Lloyd Webber"; "Camilla Parker Bowles", later "Mrs
// Parker Bowles", whom the gazetteer knows by another name. A surname of
// two words is no given name and surname of a new person. Otherwise "".
func (ar *article) compoundSurname(name string) string {
	ends := func(s string) bool {
		return len(s) > len(name) && strings.HasSuffix(s, name) && s[len(s)-len(name)-1] == ' '
	}
	found := ""
	for _, id := range ar.bySurnameOf(name) {
		// The pass that learns names files people this pass may not
		// have met yet ("Mr Lloyd Webber" before "Andrew Lloyd
		// Webber"): their names are in ar.people, the other forms
		// the article wrote in the entity met.
		if e := ar.ents[id]; ends(ar.people[id]) || e != nil && slices.ContainsFunc(e.Aliases, ends) {
			if found != "" && found != id {
				return ""
			}
			found = id
		}
	}
	return found
}

// spelledAgain returns the person the article already named with the
// same given name and a surname spelled another way only in its Mac/Mc
// prefix or its capitals ("Ian MacDonald", later "Ian McDonald"), or "".
func (ar *article) spelledAgain(name string) string {
	// The key of name is made only for a person to compare it with:
	// most names have none. (No key is "".)
	key := ""
	found := ""
	for _, id := range ar.bySurnameOf(name) {
		other := ar.people[id]
		if other == name || found != "" && id >= found {
			continue
		}
		if key == "" {
			key = ar.surnameKey(name)
		}
		if ar.surnameKey(other) == key {
			found = id // the least ID, should there be two
		}
	}
	return found
}

// indexPerson files a person's name under its surname for spelledAgain
// and namedAgain, which would otherwise read every person of the article
// at each name: slow on a book-length text.
func (ar *article) indexPerson(id, name string) {
	if strings.IndexByte(name, ' ') < 0 {
		return
	}
	ar.indexSurname(id, name)
	if ar.byGiven == nil {
		ar.byGiven = make(map[string][]string)
	}
	g, _, _ := strings.Cut(name, " ")
	if !slices.Contains(ar.byGiven[g], id) {
		ar.byGiven[g] = append(ar.byGiven[g], id)
	}
}

// indexSurname files the person id under the surname of name.
func (ar *article) indexSurname(id, name string) {
	if ar.bySurname == nil {
		ar.bySurname = make(map[string][]string)
	}
	k := normalSurname(name)
	if !slices.Contains(ar.bySurname[k], id) {
		ar.bySurname[k] = append(ar.bySurname[k], id)
	}
}

// normalSurname is the last word of name in lower case, its "Mac"
// written "Mc": the key of the surname index, and the last word of
// surnameKey.
func normalSurname(name string) string {
	last := strings.ToLower(lastWord(name))
	if strings.HasPrefix(last, "mac") && len(last) > 5 {
		last = "mc" + last[3:]
	}
	return last
}

// bySurnameOf is ar.bySurname[normalSurname(name)], with the key built in
// the article's scratch space rather than in a new string.
func (ar *article) bySurnameOf(name string) []string {
	b := appendLower(append(ar.buf[:0], lastWord(name)...))
	if len(b) > 5 && string(b[:3]) == "mac" {
		b = append(b[:1], b[2:]...) // "mac" → "mc"
	}
	ar.buf = b
	return ar.bySurname[string(b)]
}

// indexOrg files an organisation of two words, one of them a head word,
// under the other for shortOrg; a firm of two names joined by "&" under
// the first ("Marsh & McLennan", later "Marsh").
func (ar *article) indexOrg(id, name string) {
	a, b, two := strings.Cut(name, " ")
	if two && strings.HasPrefix(b, "& ") && !strings.Contains(b[2:], " ") {
		b = a // "Marsh & McLennan" is also "Marsh"
	}
	if !two || strings.Contains(b, " ") {
		return
	}
	if ar.orgShort == nil {
		ar.orgShort = make(map[string][]string)
	}
	for _, w := range []string{a, b} {
		if !slices.Contains(ar.orgShort[w], id) {
			ar.orgShort[w] = append(ar.orgShort[w], id)
		}
	}
}

// namedAgain returns the one person the article already named with the
// same surname, or the surname with or without a final "e", and a given
// name that shares its first four letters: "Frederick Forsyth", later
// "Freddie Forsyth" and "Frederic Forsythe". Otherwise "".
func (ar *article) namedAgain(first, last string) string {
	if len(first) < 4 || len(last) < 4 {
		return ""
	}
	fk := givenKey(first)
	if fk == ([4]byte{}) {
		return ""
	}
	found := ""
	for _, l := range []string{last, last + "e", strings.TrimSuffix(last, "e")} {
		for _, id := range ar.bySurnameOf(l) {
			given, sur, two := strings.Cut(ar.people[id], " ")
			if !two || strings.IndexByte(sur, ' ') >= 0 || given == first && sur == last || len(given) < 4 || givenKey(given) != fk || sur != l {
				continue
			}
			if found != "" && found != id {
				return ""
			}
			found = id
		}
	}
	return found
}

// givenKey spells the first four letters of a given name the way its
// transliterations agree: "Viktor" and "Victor", "Aleksei" and "Alexei",
// "Dmitry" and "Dmitri" give one key. It returns "" for a shorter key.
// The key is built in a fixed array: namedAgain asks it of every person
// of a surname, on every name.
func givenKey(name string) [4]byte {
	var k [4]byte
	n := 0
	for i := 0; i < len(name) && n < len(k); i++ {
		c := name[i] | 0x20 // ASCII lower case; other bytes are compared as written
		var next byte
		if i+1 < len(name) {
			next = name[i+1] | 0x20
		}
		switch {
		case c == 'k' && next == 's':
			c, i = 'x', i+1
		case c == 'p' && next == 'h':
			c, i = 'f', i+1
		case c == 'k':
			c = 'c'
		case c == 'y':
			c = 'i'
		case c == 'w':
			c = 'v'
		}
		k[n] = c
		n++
	}
	if n < len(k) {
		return [4]byte{}
	}
	return k
}

// surnameKey is surnameKey(name), kept for the article: spelledAgain
// compares each new name with every person named before.
func (ar *article) surnameKey(name string) string {
	if k, ok := ar.surnameKeys[name]; ok {
		return k
	}
	if ar.surnameKeys == nil {
		ar.surnameKeys = make(map[string]string)
	}
	k := surnameKey(name)
	ar.surnameKeys[name] = k
	return k
}

// surnameKey is a person's name in lower case with a surname's "Mac"
// written "Mc".
func surnameKey(name string) string {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 {
		return "\x00" + name // a single name matches no other
	}
	f[len(f)-1] = normalSurname(f[len(f)-1])
	return strings.Join(f, " ")
}

// editDistance counts the insertions, deletions and substitutions that
// turn a into b.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// courtesy reports whether w is a title of courtesy ("Mr", "Lord",
// "Dr"), which holds no office: "Chief Judge" is an office, "Foreign
// Secretary Mr" is not.
func courtesy(x *Extractor, w string) bool {
	return x.rules.inFold("male-title", w) || x.rules.inFold("female-title", w) || w == "Dr" || w == "Dr." || w == "Prof" || w == "Prof." || w == "Professor"
}

// peerage holds the titles that make part of a peer's name.
var peerage = map[string]bool{"Lord": true, "Lady": true, "Baroness": true, "Baron": true}

// lowerOrgAt returns the longest organisation name written in lower case
// at toks[i], and its ID.
func (ar *article) lowerOrgAt(toks []token, i int) (int, string) {
	for n := min(ar.x.lowerFirstOf(&toks[i]), len(toks)-i); n >= 2; n-- {
		ar.buf = appendLower(appendJoined(ar.buf[:0], toks[i:i+n]))
		if id := ar.x.lowerOrgs[string(ar.buf)]; id != "" {
			return n, id
		}
	}
	return 0, ""
}

// surnameMonth holds the month names that are also surnames: after a
// given name, "Christine May" is a person, not a date.
var surnameMonth = map[string]bool{"May": true, "June": true, "April": true, "August": true, "January": false}

// findMentions finds the entity mentions of one sentence.
func (ar *article) findMentions(toks []token) []mention { return ar.appendMentions(nil, toks, nil) }

// runs holds, for each token of a sentence, the lengths of the longest
// gazetteer form, of the capitalised run and of the article-learnt name
// that start there, once computed (known set). They depend on the tokens
// and on what learnNames learnt alone, and Extract reads every sentence
// twice.
type runs []struct {
	gaz, capRun, local int32
	known              bool
	// capKnown is set once capRun is: the name rules ask it before the
	// passes, and it depends on the tokens alone.
	capKnown bool
}

// capRunIn is capRun(toks, i), kept in memo (the runs of toks) when memo
// is not nil.
func (ar *article) capRunIn(toks []token, memo runs, i int) int {
	if memo == nil {
		return ar.capRun(toks, i)
	}
	if m := &memo[i]; !m.capKnown {
		m.capRun, m.capKnown = int32(ar.capRun(toks, i)), true
	}
	return int(memo[i].capRun)
}

// appendMentions appends the mentions findMentions finds to dst, with
// the runs of toks kept in memo, when it is not nil.
func (ar *article) appendMentions(dst []mention, toks []token, memo runs) []mention {
	first := len(dst)
	out := dst
	for i := 0; i < len(toks); {
		t := &toks[i]
		if !t.isWord() {
			i++
			continue
		}
		if i >= 1 && (toks[i-1].text == "the" || toks[i-1].text == "The") {
			// Before the gazetteer, which knows "Commons" alone.
			if span, ok := ar.committeePhrase(toks, i); ok {
				out = append(out, span)
				i = span.t1
				continue
			}
		}
		var gl, cl, ll int
		var grefs []ref
		var ln localName
		switch {
		case memo == nil:
			gl, grefs = ar.gazAt(toks, i, len(toks))
			cl = ar.capRun(toks, i)
			ll, ln = ar.localAt(toks, i)
		case !memo[i].known:
			gl, grefs = ar.gazAt(toks, i, len(toks))
			cl = ar.capRunIn(toks, memo, i)
			ll, ln = ar.localAt(toks, i)
			memo[i].gaz, memo[i].capRun, memo[i].local, memo[i].known = int32(gl), int32(cl), int32(ll), true
		default:
			gl, cl, ll = int(memo[i].gaz), int(memo[i].capRun), int(memo[i].local)
			if gl > 0 {
				ar.buf = appendJoined(ar.buf[:0], toks[i:i+gl])
				grefs = ar.x.gaz.forms[string(ar.buf)]
			}
			if ll > 0 {
				ar.buf = appendJoined(ar.buf[:0], toks[i:i+ll])
				ln = ar.local[string(ar.buf)]
			}
		}
		// A capitalised run starting here may be a longer name the
		// gazetteer does not know ("Ukrainian Air Force").
		if cl > gl && gl > 0 {
			// "Ukrainian Air Force" is one name; "US Institute for the
			// Study of War" is two known ones; "Treasury Paul Boateng"
			// is a body and a person.
			rest, _ := ar.gazAt(toks, i+gl, i+cl)
			person := cl-gl >= 2 && cl-gl <= 3 && ar.x.isGiven(&toks[i+gl]) && plainName(ar.x, toks[i+gl:i+cl])
			if typ, ok := ar.classify(toks[i:i+cl], toks, i); ok && (typ == graph.Organization || typ == graph.Place) && gl+rest != cl && !person &&
				!ar.ofState(toks, i+gl, i+cl) && !ar.voicesOnly(toks[i+gl:i+cl]) && !ar.stateGovernment(toks, i+gl, i+cl, grefs) {
				gl = 0
			}
		}
		if gl == 0 && i > 0 && (toks[i-1].text == "the" || toks[i-1].text == "The") && !t.capitalised() {
			// "the information commissioner": a body's name in lower
			// case after "the".
			if n, id := ar.lowerOrgAt(toks, i); n > 0 {
				e := ar.x.gaz.entities[id]
				surface := ar.joinedText(toks[i : i+n])
				ar.add(id, e.Type, e.Name, surface)
				out = append(out, mention{start: toks[i].start, end: toks[i+n-1].end, t0: i, t1: i + n, id: id, typ: e.Type, surface: surface})
				i += n
				continue
			}
		}
		if cl >= 2 && gl < cl && ll < cl && (ar.x.rules.tokenIn("document-head", &toks[i+cl-1]) || ar.x.isGiven(&toks[i]) && ar.x.rules.tokenIn("honour-head", &toks[i+cl-1]) ||
			cl >= 3 && isConnector(&toks[i+1]) && ar.x.rules.tokenIn("document-head", &toks[i])) {
			// "the Kyoto Protocol", "the Energy Charter Treaty", "the
			// Constitution for the European Union": a law or a treaty
			// names no party to the story, and the place in its name
			// is not where anything happened; nor does an honour named
			// after someone, which is no person ("the Adam Smith
			// Lecture").
			i += cl
			continue
		}
		if cl > gl && gl > 0 && len(grefs) > 0 && grefs[0].kind == formName && ar.x.gaz.entities[grefs[0].id].Type == graph.Organization {
			// "Nintendo Europe", "AOL UK": a company's arm in a region
			// is a body of its own, as an unknown company's would be.
			if m, ok := ar.regionalArm(toks, i, gl, cl, ar.partyName(ar.x.gaz.entities[grefs[0].id].Name)); ok {
				out = append(out, m)
				i = m.t1
				continue
			}
		}
		if cl >= 2 && gl == 0 && ar.x.rules.tokenIn("sport-body-head", &toks[i]) {
			// "Athletics Kenya", "Tennis Australia": a sport's governing
			// body in a state, no reference to the state.
			if m, ok := ar.regionalArm(toks, i, 1, cl, false); ok {
				out = append(out, m)
				i = m.t1
				continue
			}
		}
		if ll >= 1 && cl > ll && gl == 0 {
			// "Cranfield University" where the article also taught
			// "Cranfield", "China Aviation Oil Holding Company" where it
			// taught "China Aviation Oil": the longer name, when its
			// head types it.
			if typ, ok := ar.classify(toks[i:i+cl], toks, i); ok && typ == graph.Organization {
				ll = 0
			}
		}
		if ll > 0 && ll >= gl {
			surface := ln.name
			if ll == 1 {
				surface = toks[i].text // "IPCL" for India Petrochemicals Limited
			}
			if ll == 1 && ln.typ == graph.Organization {
				if long := ar.spelledOut(ln.name); long != "" {
					// "BNP leaflet" in the headline, "a British
					// National Party leaflet" below.
					ln = localName{id: long, typ: graph.Organization, name: ar.orgs[long]}
				} else if long := ar.shortOrg(ln.name); long != "" && long != ln.id && ar.wholeFirm(ar.orgs[long]) {
					// "Troubled Marsh under SEC scrutiny" in the headline,
					// "Marsh & McLennan" below; "Lenovo", "Lenovo Group".
					ln = localName{id: long, typ: graph.Organization, name: ar.orgs[long]}
				} else if m := ar.bodyByHead(ln.name); m != nil {
					// "the Constitutional Affairs Select Committee ...
					// Committee chairman Alan Beith": the one body named
					// with that head word.
					ln = localName{id: m.id, typ: graph.Organization, name: m.surface}
				}
			}
			id := ar.add(ln.id, ln.typ, ln.name, surface)
			out = append(out, mention{start: toks[i].start, end: toks[i+ll-1].end, t0: i, t1: i + ll, id: id, typ: ln.typ, surface: surface})
			i += ll
			continue
		}
		// orgPhrase needs "the" before the word; a mention is too large
		// a value to have it return one for every word.
		if i >= 2 && toks[i-1].text == "the" {
			if span, ok := ar.orgPhrase(toks, i); ok {
				out = append(out, span)
				i = span.t1
				continue
			}
		}
		if gl > 0 {
			if m, ok := ar.gazMention(toks, i, gl, grefs); ok {
				out = append(out, m)
			}
			i += gl
			continue
		}
		if cl > 0 {
			out = append(out, ar.nameMentions(toks, i, cl)...)
			i += cl
			continue
		}
		i++
	}
	// "the 27-year-old Austrian said": a person told by age and
	// nationality, no voice of the state.
	kept := slices.DeleteFunc(out[first:], func(m mention) bool {
		return m.kind == byDemonym && m.t0 > 0 && strings.HasSuffix(toks[m.t0-1].text, "-year-old")
	})
	out = out[:first+len(kept)]
	for j := first; j < len(out); j++ {
		// "Mr Yushchenko's administration", "Mr Blair's government": a
		// person found by a title or by the name the article taught
		// leads the state as one the gazetteer form names does.
		if m := &out[j]; m.typ == graph.Person && m.kind == byName && m.t1 < len(toks) {
			ar.ledState(m, toks, m.t0, m.t1-m.t0)
		}
	}
	ar.markModifiers(toks, out[first:])
	return out
}

// ledState reads the government a person named at toks[i:i+n] leads:
// "the Biden administration", "Tony Blair's government" (as "the Blair
// government"; the person is named too) are the state, when the
// gazetteer ties the person to one. It turns m into the state's mention
// and reports true; else it returns n, past a possessive that is
// followed by the word, and false.
func (ar *article) ledState(m *mention, toks []token, i, n int) (int, bool) {
	gov := func(t *token) bool { return t.text == "administration" || t.text == "government" }
	states := ar.x.personStates[m.id]
	if g := i + n; g+1 < len(toks) && toks[g].isPossessive() && gov(&toks[g+1]) {
		if len(states) == 1 {
			ar.add(m.id, graph.Person, "", m.surface)
		}
		n++
	}
	if i+n >= len(toks) || !gov(&toks[i+n]) || len(states) != 1 {
		return n, false
	}
	e := ar.x.gaz.entities[states[0]]
	m.leader = m.id
	m.id, m.typ, m.t1, m.end = e.ID, e.Type, i+n+1, toks[i+n].end
	m.surface = ar.joinedText(toks[i : i+n+1])
	ar.add(e.ID, e.Type, e.Name, m.surface)
	return n, true
}

// regionalArm reads a known organisation's name (toks[i:i+gl]) followed,
// within the capitalised run that ends at toks[i+cl-1], by a known place
// or state and nothing else ("Nintendo Europe", "AOL UK"): one
// organisation, the company's arm there. A party's arm is a region's
// ("UKIP Scotland"), never a state's: "With Labour Britain is working"
// names both.
func (ar *article) regionalArm(toks []token, i, gl, cl int, party bool) (mention, bool) {
	rest, refs := ar.gazAt(toks, i+gl, i+cl)
	if rest != cl-gl || len(refs) == 0 {
		return mention{}, false
	}
	if t := ar.x.gaz.entities[refs[0].id].Type; t != graph.Place && t != graph.Country || party && t == graph.Country {
		return mention{}, false
	}
	name := ar.joinedText(toks[i : i+cl])
	id := ar.add(graph.Slug(name), graph.Organization, name, name)
	return mention{start: toks[i].start, end: toks[i+cl-1].end, t0: i, t1: i + cl, id: id, typ: graph.Organization, kind: byName, surface: name}, true
}

// gazAt returns the longest gazetteer form that starts at toks[i] and
// ends before toks[end], and its readings. A role form ("Russian
// President") right before a name is a title, not a reference, and gives
// way to a shorter form ("Russian") so that the name can speak.
func (ar *article) gazAt(toks []token, i, end int) (int, []ref) {
	g := ar.x.gaz
	var n int
	if f := toks[i].facts; f != nil {
		n = min(f.gaz, end-i)
	} else {
		n = min(g.longest(toks[i].text), end-i)
	}
	if n >= 2 && !g.mayPair(toks[i].text, toks[i+1].text) {
		n = 1 // no form of two words starts here: "the government"
	}
	for ; n >= 1; n-- {
		var rs []ref
		if n == 1 {
			rs = ar.x.formsOf(&toks[i])
		} else {
			ar.buf = appendJoined(ar.buf[:0], toks[i:i+n])
			rs = g.forms[string(ar.buf)]
		}
		if rs == nil {
			continue
		}
		if toks[i].text == "the" && (i+n < len(toks) && toks[i+n].capitalised() && toks[i+n].isWord() ||
			i >= 2 && toks[i-1].text == "of" && toks[i-2].capitalised()) {
			// "the Times" is the paper, but "the Times Educational
			// Supplement" and "Tears of the Sun" are other names.
			continue
		}
		if rs[0].kind == formRole && i+n < len(toks) {
			// "Russian President Vladimir Putin", "Russian Prime
			// Minister and President Dmitry Medvedev".
			next := toks[i+n]
			if next.capitalised() || (next.text == "and" || next.text == ",") && i+n+1 < len(toks) && toks[i+n+1].capitalised() {
				continue
			}
		}
		return n, rs
	}
	return 0, nil
}

// gazMention turns a gazetteer match into a mention, reporting false
// when it names nothing.
func (ar *article) gazMention(toks []token, i, n int, rs []ref) (mention, bool) {
	var m mention // filled in place: most matches are then never on the heap
	if p := ar.fillGazMention(&m, toks, i, n, rs); p != nil {
		return *p, true
	}
	return mention{}, false
}

// fillGazMention fills m with the mention of a gazetteer match and
// returns it, or nil when the match names nothing.
func (ar *article) fillGazMention(m *mention, toks []token, i, n int, rs []ref) *mention {
	surface := ar.joinedText(toks[i : i+n])
	*m = mention{start: toks[i].start, end: toks[i+n-1].end, t0: i, t1: i + n, surface: surface}
	var place, state, role *ref
	for k := range rs {
		r := &rs[k]
		switch r.kind {
		case formName:
			if place == nil {
				place = r
			}
		case formMetonym:
			state = r
		case formDemonym:
			if place == nil {
				m.kind = byDemonym
				place = r
			}
		case formRole:
			// "Lib Dem leader" is a form of each leader the gazetteer
			// lists: the one the article names by name, if any.
			if _, named := ar.people[r.id]; named || role == nil {
				role = r
			} else if _, other := ar.people[role.id]; !other {
				role = r
			}
		}
	}
	switch {
	case place != nil:
		e := ar.x.gaz.entities[place.id]
		m.id, m.typ = place.id, e.Type
		if e.Type == graph.Person && n == 1 {
			if i > 0 && isInitial(toks[i-1].text) && toks[i-1].text[0] != e.Name[0] {
				// "M Blair" in a team's line-up is not Tony Blair.
				return nil
			}
			if id := ar.surnameBearer(toks[i].text, place.id, ""); id != "" {
				// "Euan Blair ... Blair said": the surname is the
				// person the article named, not the famous one the
				// gazetteer knows by it.
				ar.add(id, graph.Person, ar.people[id], surface)
				m.id, m.kind = id, byName
				return m
			}
		}
		if state != nil && place.kind == formName {
			m.state = state.id
		}
	case state != nil:
		// A capital known only as a metonym: it is its state.
		e := ar.x.gaz.entities[state.id]
		m.id, m.typ, m.kind = state.id, e.Type, byName
	case role != nil:
		// "the Russian president" names a person only when the story
		// names that person too; resolution happens later. "A lord
		// chancellor", "any prime minister" name no one ("a Kremlin
		// spokesman" still speaks for the Kremlin).
		if i > 0 && !toks[i].capitalised() {
			switch strings.ToLower(toks[i-1].text) {
			case "a", "an", "any", "every", "each", "no", "another":
				return nil
			}
		}
		e := ar.x.gaz.entities[role.id]
		m.id, m.typ, m.kind, m.role = role.id, e.Type, byRole, surface
		return m
	default:
		return nil
	}
	if m.typ == graph.Place && m.kind == byName && i+n < len(toks) {
		// "Kherson region", "Rostov region": the region around a city.
		switch toks[i+n].text {
		case "region", "oblast", "province", "Oblast", "Region", "Province", "krai", "Krai":
			name := m.surface + " region"
			m.id = graph.Slug(name)
			if e, ok := ar.x.gaz.entities[m.id]; ok {
				name = e.Name
			}
			m.t1, m.end, m.state = i+n+1, toks[i+n].end, ""
			m.surface = ar.joinedText(toks[i : i+n+1])
			ar.add(m.id, graph.Place, name, m.surface)
			return m
		}
	}
	if m.kind == byDemonym {
		// "Ukrainian government" and "the Russian side" are the state
		// itself; "Russian military" is its armed forces.
		if j := i + n; j < len(toks) {
			next := strings.ToLower(toks[j].text)
			two := next
			if j+1 < len(toks) {
				two = next + " " + strings.ToLower(toks[j+1].text)
			}
			switch {
			case ar.x.stateNoun[two] || ar.x.stateNoun[next]:
				k := 1
				if ar.x.stateNoun[two] && two != next {
					k = 2
				}
				m.kind, m.t1, m.end = byName, j+k, toks[j+k-1].end
				m.surface = ar.joinedText(toks[i : j+k])
			case (ar.x.forceNoun[two] || ar.x.forceNoun[next]) && !pluralNounAt(toks, j+1):
				k := 1
				if ar.x.forceNoun[two] && two != next {
					k = 2
				}
				return ar.military(m, toks, i, j+k)
			case ar.x.rules.in("irregular-force", two) || ar.x.rules.in("irregular-force", next):
				k := 1
				if ar.x.rules.in("irregular-force", two) && two != next {
					k = 2
				}
				return ar.irregular(m, toks, i, j+k)
			case next == "intelligence":
				return ar.intelligence(m, toks, i, j)
			case ar.x.rules.in("state-agent", next):
				return ar.stateAgent(m, toks, i, j)
			}
		}
	}
	if m.typ == graph.Country && m.kind == byName && i+n < len(toks) && !toks[i+n].isPossessive() {
		// "the US government", "Russian authorities": the state itself.
		next := strings.ToLower(toks[i+n].text)
		if ar.x.stateNoun[next] && next != "side" && !pluralNounAt(toks, i+n+1) {
			m.t1, m.end = i+n+1, toks[i+n].end
			m.surface = ar.joinedText(toks[i : i+n+1])
			ar.add(m.id, m.typ, "", m.surface)
			return m
		}
	}
	if m.typ == graph.Country && !m.modifier {
		// "Taiwan's foreign ministry", "the Ukrainian defence ministry":
		// a body of the state, named after it.
		if om := ar.stateBody(m, toks, i, n); om != nil {
			return om
		}
	}
	if m.typ == graph.Person && m.kind == byName {
		var led bool
		if n, led = ar.ledState(m, toks, i, n); led {
			return m
		}
	}
	if c := ar.x.capital[m.id]; c != "" && (m.typ == graph.Country || m.kind == byDemonym) {
		// "Ukraine's capital", "the Russian capital": the capital city.
		j := i + n
		if j < len(toks) && toks[j].isPossessive() {
			j++
		}
		if j < len(toks) && toks[j].text == "capital" {
			e := ar.x.gaz.entities[c]
			m.id, m.typ, m.kind, m.state = c, e.Type, byName, ""
			m.t1, m.end = j+1, toks[j].end
			m.surface = ar.joinedText(toks[i : j+1])
			ar.add(c, e.Type, e.Name, m.surface)
			return m
		}
	}
	if m.kind == byName && m.typ == graph.Country && i+n+1 < len(toks) && toks[i+n].isPossessive() {
		// "Ukraine's intelligence", "Ukraine's military intelligence":
		// the state's intelligence agency, as "Ukrainian intelligence" is.
		if toks[i+n+1].text == "intelligence" {
			return ar.intelligence(m, toks, i, i+n+1)
		}
		if i+n+2 < len(toks) && toks[i+n+1].text == "military" && toks[i+n+2].text == "intelligence" {
			return ar.intelligence(m, toks, i, i+n+2)
		}
		if ar.x.forceNoun[toks[i+n+1].text] {
			// "Sudan's army", "Ukraine's military": the armed forces.
			return ar.military(m, toks, i, i+n+2)
		}
	}
	if m.kind == byName && m.typ == graph.Place && i+n < len(toks) && ar.x.rules.in("state-agent", strings.ToLower(toks[i+n].text)) {
		// "New York prosecutors", "Texas regulators": a city's or a
		// region's own agents, named as written.
		m.surface = ar.joinedText(toks[i : i+n+1])
		m.id, m.typ, m.kind, m.state, m.t1, m.end = graph.Slug(m.surface), graph.Organization, byName, "", i+n+1, toks[i+n].end
		ar.add(m.id, graph.Organization, m.surface, m.surface)
		return m
	}
	if m.kind == byName && m.typ == graph.Country && i+n < len(toks) {
		// "US officials", "US intelligence": the state or its agency.
		next := strings.ToLower(toks[i+n].text)
		if next == "intelligence" {
			return ar.intelligence(m, toks, i, i+n)
		}
		if ar.x.rules.in("state-agent", next) {
			return ar.stateAgent(m, toks, i, i+n)
		}
		if ar.x.forceNoun[next] && !pluralNounAt(toks, i+n+1) {
			return ar.military(m, toks, i, i+n+1)
		}
	}
	ar.add(m.id, m.typ, "", m.surface)
	if m.typ == graph.Organization && n > 1 {
		// "US National Security Council", "Ukrainian Air Force": a
		// state's body, which speaks for the state.
		for _, r := range ar.x.gaz.lookup(toks[i].text) {
			if e := ar.x.gaz.entities[r.id]; e.Type == graph.Country && !slices.Contains(ar.sides[m.id], r.id) {
				ar.sides[m.id] = append(ar.sides[m.id], r.id)
			}
		}
	}
	return m
}

// stateBody reads a state's body described in lower case after its name
// or demonym: "Taiwan's foreign ministry", "the Ukrainian defence
// ministry", "Russia's presidential administration". It is an
// organisation of that state, named "<Demonym> foreign ministry".
func (ar *article) stateBody(m *mention, toks []token, i, n int) *mention {
	j := i + n
	if j < len(toks) && toks[j].isPossessive() {
		j++
	}
	// [org-head-lower] is asked of the token, whose facts hold what the
	// lexicon says of it, not of the section's set, a map to find.
	r := ar.x.rules
	for k := j; k < len(toks) && k < j+3; k++ {
		w := toks[k].text
		if !toks[k].isWord() || toks[k].capitalised() {
			return nil
		}
		if w == "government" && !slices.ContainsFunc(toks[j:k], func(t token) bool { return r.textIn("subnational-word", &t) }) {
			// "Spain's government denied", "Spain's socialist
			// government": the state, named by the whole phrase; but
			// "Spain's regional government" is a body of its own.
			m.t1, m.end = k+1, toks[k].end
			m.surface = ar.joinedText(toks[i : k+1])
			ar.add(m.id, m.typ, "", m.surface)
			return m
		}
		if r.textIn("org-head-lower", &toks[k]) && k > j {
			if ar.x.stateNoun[w] && w != "government" || ar.x.rules.textIn("not-body-modifier", &toks[k-1]) {
				return nil // "the US box office"
			}
			if k+1 < len(toks) && toks[k+1].capitalised() && toks[k+1].isWord() {
				return nil // "state news agency RIA Novosti": the name follows
			}
			owner := ar.x.gaz.entities[m.id].Name
			if d := ar.demonymOf(m.id); d != "" {
				owner = d
			}
			name := owner + " " + ar.joinedText(toks[j:k+1])
			state := m.id
			m.id = graph.Slug(name)
			m.typ, m.kind, m.state, m.t1, m.end = graph.Organization, byName, "", k+1, toks[k].end
			m.surface = ar.joinedText(toks[i : k+1])
			ar.add(m.id, graph.Organization, name, m.surface)
			ar.sides[m.id] = []string{state}
			return m
		}
		if preposition[w] || ar.x.notName[w] || ar.x.rules.in("not-body-word", w) {
			return nil
		}
	}
	return nil
}

// military makes a state's mention, with the force noun up to toks[end],
// into its armed forces: "Russian military", "Ukraine's forces", "US
// troops" all become the state's military ("US military", "Russian
// military": gazetteer.agentName), an organisation of the state, or the
// gazetteer's own entry for that name ("Israeli military" is the Israel
// Defense Forces).
func (ar *article) military(m *mention, toks []token, i, end int) *mention {
	state := m.id
	name := ar.x.gaz.agentName(state, "military")
	m.id = graph.Slug(name)
	forms := []string{name}
	if d := ar.demonymOf(state); d != "" {
		forms = append(forms, d+" military")
	}
found:
	for _, f := range forms {
		for _, r := range ar.x.gaz.lookup(f) {
			if e := ar.x.gaz.entities[r.id]; e.Type == graph.Organization && r.kind == formName {
				m.id, name = e.ID, e.Name
				break found
			}
		}
	}
	m.typ, m.kind, m.state, m.t1, m.end = graph.Organization, byName, "", end, toks[end-1].end
	m.surface = ar.joinedText(toks[i:end])
	ar.add(m.id, graph.Organization, name, m.surface)
	ar.sides[m.id] = []string{state}
	if !slices.Contains(ar.militaries, m.id) {
		ar.militaries = append(ar.militaries, m.id)
	}
	return m
}

// irregular makes the armed group a demonym names with a noun of
// irregular fighters (`[irregular-force]`: "Russian partisans", "Iraqi
// insurgents", "Palestinian militants") an organisation of its own, as
// written: the group is no body of the state its people are from, and
// what it does is not the state's doing.
func (ar *article) irregular(m *mention, toks []token, i, end int) *mention {
	name := ar.joinedText(toks[i:end])
	m.id, m.typ, m.kind, m.state, m.t1, m.end = graph.Slug(name), graph.Organization, byName, "", end, toks[end-1].end
	m.surface, m.modifier = name, false
	ar.add(m.id, graph.Organization, name, name)
	if !slices.Contains(ar.irregulars, m.id) {
		ar.irregulars = append(ar.irregulars, m.id)
	}
	return m
}

// bareMilitary returns the armed forces that "the army" or "the
// military" at toks[k], with no state named, stands for: the one force
// the article names with its state, else the home state's; "" when the
// article names several or has no home state.
func (ar *article) bareMilitary(toks []token, k int) string {
	switch len(ar.militaries) {
	case 1:
		return ar.militaries[0]
	case 0:
		if ar.home == "" {
			return ""
		}
		m := mention{id: ar.home, typ: graph.Country}
		return ar.military(&m, toks, k, k+1).id
	}
	return ""
}

// intelligence makes "US intelligence (officials)" the state's
// intelligence community, an organisation. Its ID comes from the state's
// word for its agents (gazetteer.agentName) so that all spellings meet;
// its name keeps the article's short form.
func (ar *article) intelligence(m *mention, toks []token, i, j int) *mention {
	e := ar.x.gaz.entities[m.id]
	m.id = graph.Slug(ar.x.gaz.agentName(e.ID, "intelligence"))
	name := m.surface + " intelligence" // "British intelligence"
	if m.kind != byDemonym {
		name = ar.x.gaz.agentName(e.ID, "intelligence") // "Ukrainian intelligence", not "Ukraine intelligence"
	}
	end := j + 1
	if end < len(toks) {
		switch toks[end].text {
		case "officials", "services", "agencies", "community", "sources", "agency", "service":
			end++
		}
	}
	m.typ, m.kind, m.t1, m.end = graph.Organization, byName, end, toks[end-1].end
	m.surface = ar.joinedText(toks[i:end])
	ar.add(m.id, graph.Organization, name, m.surface)
	return m
}

// stateAgent makes "US prosecutors" or "French investigators" the
// state's prosecuting or investigating body: an organisation named as
// written, which speaks for its state.
func (ar *article) stateAgent(m *mention, toks []token, i, j int) *mention {
	state := m.id
	m.surface = ar.joinedText(toks[i : j+1])
	m.id = graph.Slug(ar.x.gaz.agentName(state, strings.ToLower(toks[j].text)))
	m.typ, m.kind, m.state, m.t1, m.end = graph.Organization, byName, "", j+1, toks[j].end
	ar.add(m.id, graph.Organization, m.surface, m.surface)
	ar.sides[m.id] = []string{state}
	return m
}

// pluralNounAt reports whether toks[k] looks like a plural noun
// ("bloggers", "officials"), which makes the word before it a modifier:
// "Russian military bloggers" are not the Russian military.
func pluralNounAt(toks []token, k int) bool {
	if k >= len(toks) || !toks[k].isWord() || toks[k].capitalised() {
		return false
	}
	w := toks[k].text
	switch w {
	case "is", "was", "has", "says", "does", "its", "this", "as", "us", "thus":
		return false
	}
	return strings.HasSuffix(w, "ers") || strings.HasSuffix(w, "ists") || strings.HasSuffix(w, "ians") ||
		strings.HasSuffix(w, "ors") || strings.HasSuffix(w, "ents") || strings.HasSuffix(w, "ies")
}

// committeePhrase finds a parliament's committee named by its remit in
// lower case after "the": "the Commons work and pensions committee", "the
// home affairs select committee", "the standards and privileges
// committee" ([committee-house], [portfolio], [committee-remit]).
func (ar *article) committeePhrase(toks []token, i int) (mention, bool) {
	r := ar.x.rules
	j := i
	if j < len(toks) && r.inFold("committee-house", toks[j].text) {
		j++ // "Commons", "Lords'"
	}
	remit := j
	for j < len(toks) && toks[j].isWord() && !toks[j].capitalised() && j < remit+6 {
		w := toks[j].text
		switch {
		case w == "committee":
			if j == remit {
				return mention{}, false // "the Commons committee": no remit, no name
			}
			// Named by its remit, in capitals, without the house: "the
			// Commons work and pensions committee" and "the work and
			// pensions committee" are one Work and Pensions Committee.
			words := make([]string, 0, j+1-remit)
			for _, t := range toks[remit : j+1] {
				if t.text == "and" {
					words = append(words, t.text)
				} else {
					words = append(words, capitalise(t.text))
				}
			}
			name, surface := strings.Join(words, " "), ar.joinedText(toks[i:j+1])
			id := ar.add(graph.Slug(name), graph.Organization, name, surface)
			return mention{start: toks[i].start, end: toks[j].end, t0: i, t1: j + 1, id: id, typ: graph.Organization, surface: surface}, true
		case remitWords(r, w):
		case j+1 < len(toks) && remitWords(r, w+" "+toks[j+1].text):
			j++ // "home affairs", "public accounts"
		case j+2 < len(toks) && remitWords(r, w+" "+toks[j+1].text+" "+toks[j+2].text):
			j += 2 // "work and pensions"
		case w == "and" && j > remit && j+1 < len(toks):
			// "science and technology", "standards and privileges"
		default:
			return mention{}, false
		}
		j++
	}
	return mention{}, false
}

// remitWords reports whether words name what a committee oversees.
func remitWords(r *rules, words string) bool {
	return r.in("portfolio", words) || r.in("committee-remit", words)
}

// orgPhrase finds an organisation named by a description in lower case
// after "of the" and the like: "head of the Kyiv city military
// administration", "an adviser in the presidential office".
func (ar *article) orgPhrase(toks []token, i int) (mention, bool) {
	if i < 1 || !toks[i-1].isWord() || toks[i-1].text != "the" || i < 2 {
		return mention{}, false
	}
	switch toks[i-2].text {
	case "of", "for", "in", "at", "from", "with", "to":
	default:
		return mention{}, false
	}
	// The lexicon is asked of the tokens, whose facts hold what it says
	// of them, not of the section's set, a map to find and then hash
	// each word into.
	r := ar.x.rules
	j, caps, lows := i, 0, 0
	for j < len(toks) && caps < 3 && toks[j].isWord() && toks[j].capitalised() {
		j++
		caps++
	}
	for j < len(toks) && lows < 4 && toks[j].isWord() && !toks[j].capitalised() {
		w := toks[j].text
		// Looked up once: the checks below ask it of most words.
		head := r.textIn("org-head-lower", &toks[j])
		if head && caps == 1 && lows == 0 && r.textIn("home-government", &toks[j]) && ar.stateDemonym(toks[i].text) {
			break // "of the Russian government" is Russia, read as "the Russian government" is
		}
		if head && caps == 0 && ar.onlyQualifiers(toks[i:j]) {
			break // "of the previous administration": no name, a time
		}
		if (w == "administration" || w == "government") && lows == 0 && ar.leaderName(toks[i:j]) {
			break // "the Bush administration" is the state its leader leads
		}
		if head && caps == 0 && lows > 1 {
			break // "at the global box office", "the national alert service": a common noun phrase
		}
		if head && lows > 0 && r.textIn("not-body-modifier", &toks[j-1]) {
			break // "in the US box office chart": a trade's word
		}
		if head && (caps+lows) > 0 {
			// Take the longest head: "military administration".
			if j+1 < len(toks) && r.textIn("org-head-lower", &toks[j+1]) {
				j++
			}
			name := ar.joinedText(toks[i : j+1])
			id := ar.add(graph.Slug(name), graph.Organization, name, name)
			return mention{start: toks[i].start, end: toks[j].end, t0: i, t1: j + 1, id: id, typ: graph.Organization, surface: name}, true
		}
		if ar.x.isNotName(&toks[j]) || isConnector(&toks[j]) || w == "and" || w == "who" || w == "which" || w == "that" {
			break
		}
		j++
		lows++
	}
	return mention{}, false
}

// onlyQualifiers reports whether every word of ts says when, not what:
// "previous", "former", "new" (data/lexicon.txt [time-qualifier]).
func (ar *article) onlyQualifiers(ts []token) bool {
	for _, t := range ts {
		if !ar.x.rules.inFold("time-qualifier", t.text) {
			return false
		}
	}
	return len(ts) > 0
}

// stateDemonym reports whether w is a country's demonym ("Russian").
func (ar *article) stateDemonym(w string) bool {
	for _, r := range ar.x.gaz.lookup(w) {
		if r.kind == formDemonym && ar.x.gaz.entities[r.id].Type == graph.Country {
			return true
		}
	}
	return false
}

// demonymOf returns the first demonym of a country, such as "Russian".
func (ar *article) demonymOf(id string) string { return ar.x.demonym[id] }

// royalOrg reports whether the capitalised words from toks[k] end in an
// organisation's head word: "Lancashire Regiment", "Trust", "Fund".
func (ar *article) royalOrg(toks []token, k int) bool {
	e := k
	for e < len(toks) && e < k+5 && toks[e].capitalised() && toks[e].isWord() {
		e++
	}
	return e > k && ar.x.isOrgHead(&toks[e-1])
}

// possessorInName reports whether the possessive at toks[j], inside the
// capitalised run from toks[i], may belong to an organisation's name: a
// royal title's opening it ("the Queen's", `[name-possessor]`) or a
// plural noun for a group of people ("Footballers'", "Consumers'",
// "Women's", `[people-plural]`), never a name's ("Blair's Labour Party",
// "Jones' Party").
func (ar *article) possessorInName(toks []token, i, j int) bool {
	p := &toks[j-1]
	if j == i+1 && ar.x.rules.tokenIn("name-possessor", p) {
		return true
	}
	if ar.x.rules.tokenIn("people-plural", p) {
		return true
	}
	if toks[j].text != "'" && toks[j].text != "’" || len(p.text) < 5 || !strings.HasSuffix(p.text, "s") || strings.HasSuffix(p.text, "ss") {
		return false
	}
	// A plural of a noun for those who do something, capitalised in
	// the name ("Footballers'", "Taxpayers'", "Journalists'",
	// "Residents'"); not a surname or a place ("Jones'", "Wales'").
	if ar.x.isGiven(p) || len(ar.x.gaz.lookup(p.text)) > 0 {
		return false
	}
	for _, suf := range []string{"ers", "ors", "ists", "ants", "ents", "ians", "ees"} {
		if strings.HasSuffix(p.text, suf) {
			return true
		}
	}
	return false
}

// personalHonorific reports whether w is a form of address that only
// ever opens a person's name, never stands inside one: a capitalised run
// ends before it.
func personalHonorific(w string) bool {
	switch w {
	case "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame":
		return true
	}
	return false
}

// capRun returns the length in tokens of the capitalised name starting at
// toks[i], or 0.
func (ar *article) capRun(toks []token, i int) int {
	if !toks[i].capitalised() || !toks[i].isWord() {
		return 0
	}
	if p, rest, ok := strings.Cut(toks[i].text, "-"); ok && stancePrefix(p) && ar.knownAfter(rest, toks, i+1) {
		return 0 // "Non-European Union citizens", "Anti-American": a stance, no name ("Anti-Slavery International" is one)
	}
	if ar.openingGerund(toks, i) {
		return 0 // "Comparing Zentix Bank to a casino, X said": a verb, then a name
	}
	if (i == 0 || !toks[i-1].isWord()) && i+1 < len(toks) && toks[i+1].capitalised() && toks[i+1].isWord() &&
		ar.x.rules.in("lead-class", strings.ToLower(toks[i].text)) {
		return 0 // "Bookmaker William Hill said": the class noun that opens the sentence, then the name
	}
	j := i
	for j < len(toks) {
		t := toks[j]
		if t.isWord() && (t.capitalised() || j > i && particleName(t.text)) && (j == i || !ar.x.isNotName(&t) || surnameMonth[t.text] && ar.x.isGiven(&toks[j-1]) || ar.x.isOrgHead(&t)) {
			if j > i+1 && ar.x.rules.tokenIn("post-nominal", &t) {
				break // "Guy Mansfield QC": the name ends before the letters
			}
			if j == i+1 && ar.x.rules.tokenIn("post-nominal", &t) && !ar.x.rules.tokenIn("name-letters", &t) {
				break // "Glasgow Kelvin MP": a seat's last word, not "Kelvin MP"
			}
			if j > i && t.start > toks[j-1].end+1 {
				break // a line break or double space
			}
			if j > i && personalHonorific(t.text) && !ar.x.rules.inFold("role", toks[j-1].text) && !ar.x.isHonorific(&toks[j-1]) {
				// "a speech to the Foreign Policy Centre Mr Straw said":
				// two names; but "Foreign Secretary Mr Straw" is one
				// person with a title, which the run's reading splits.
				break
			}
			j++
			continue
		}
		if j > i && t.text == "&" && j+1 < len(toks) && (ar.x.isGiven(&toks[j-1]) || ar.x.isGiven(&toks[j+1]) ||
			len(ar.x.gaz.lookup(toks[j-1].text)) > 0 && len(ar.x.gaz.lookup(toks[j+1].text)) > 0) {
			// "Richard & Judy", "Serbia & Montenegro": two names; but
			// one known name is a firm's founder or home town
			// ("Bradford & Bingley", "Alliance & Leicester").
			break
		}
		if j == i+1 && t.text == "and" && ar.andInName(toks, i) {
			j += 2 // "the Public and Commercial Services Union": one name
			continue
		}
		if j > i+2 && t.text == "and" && ar.andAfterOf(toks, i, j) {
			j += 2 // "the College of Further and Higher Education": one name
			continue
		}
		if j == i+1 && t.text == "the" && openingParticiple(toks, i) {
			break // "Called the Marlin Association, the alliance": a verb, then a name
		}
		if j > i && t.text == "the" && (len(ar.x.gaz.lookup(toks[j-1].text)) > 0 || ar.x.orgHead[toks[j-1].text]) {
			break // "told the Commons the Zentix Party was": two names; "Jack the Ripper" is one
		}
		if j > i && isConnector(&t) {
			// "Institute for the Study of War": one or two connectors
			// between capitalised words.
			k := j + 1
			if k < len(toks) && isConnector(&toks[k]) {
				k++
			}
			if k < len(toks) && toks[k].capitalised() && toks[k].isWord() && !ar.x.isNotName(&toks[k]) && !ar.seatAfter(toks, i, j) {
				j = k
				continue
			}
		}
		if j > i && t.text == "-" && j+1 < len(toks) && toks[j+1].capitalised() && t.start == toks[j-1].end {
			j++
			continue
		}
		if j > i && t.isPossessive() && t.start == toks[j-1].end && ar.possessorInName(toks, i, j) && ar.royalOrg(toks, j+1) {
			// "the Queen's Lancashire Regiment", "the Prince's Trust",
			// "the Professional Footballers' Association": a royal or a
			// group's possessive inside an organisation's name.
			j++
			continue
		}
		break
	}
	// A run never ends on a connector.
	for j > i && isConnector(&toks[j-1]) {
		j--
	}
	// "Anton Troyanovsky of the New York Times" is a person of an
	// organisation, not one name: stop before the connector when what
	// comes before it is a personal name, by its given name or by the
	// role before it ("analyst Orin Middleton of Barclays Capital").
	for c := i + 2; c < j && c <= i+4; c++ {
		if (toks[c].text == "of" || toks[c].text == "for" || toks[c].text == "&") && (ar.x.isGiven(&toks[i]) || ar.roleWordAt(toks, i-1) || c == i+2 && toks[c].text == "of" && ar.quotedBy(toks, i, j)) && plainName(ar.x, toks[i:c]) {
			// Not at a particle of the name itself: "Nick Van den Brul".
			j = c
			break
		}
	}
	// "Legendary Dutch coach Rinus Michels": a word that opens the
	// sentence before a demonym and a role is an adjective of the
	// person, no name with the demonym.
	if i == 0 && j == i+2 && ar.roleWordAt(toks, j) &&
		slices.ContainsFunc(ar.x.formsOf(&toks[i+1]), func(r ref) bool { return r.kind == formDemonym }) {
		return 0
	}
	// Leading function words ("The", "But") are not part of the name,
	// nor a noun for a person before a given name ("Comedian Harry
	// Hill" opening a sentence).
	k := i
	for k < j && (ar.x.isNotName(&toks[k]) || k == i && ar.x.rules.tokenIn("opening-preposition", &toks[k]) && k+1 < j && (toks[k+1].text == "the" || toks[k+1].text == "a")) {
		k++
	}
	if k == i && j-i >= 2 && ar.x.isGiven(&toks[i+1]) && ar.x.rules.tokenIn("person-noun", &toks[i]) {
		k++
	}
	if k == j {
		return 0
	}
	if k > i {
		return 0 // caller advances past the function word and retries
	}
	return j - i
}

// seatAfter reports whether "for" at toks[j] joins a parliament the
// gazetteer knows by toks[i:j] to a seat named from a known place:
// "entered Parliament for Sheffield Brightside" is Parliament, and the
// seat no body.
func (ar *article) seatAfter(toks []token, i, j int) bool {
	if toks[j].text != "for" || j+1 >= len(toks) {
		return false
	}
	known := j == i+1 && toks[i].text == "Parliament"
	for _, r := range ar.x.gaz.lookup(joinTokens(toks[i:j])) {
		if e := ar.x.gaz.entities[r.id]; e.Type == graph.Organization && strings.Contains(strings.ToLower(e.Name), "parliament") || r.id == "house-of-commons" {
			known = true
		}
	}
	if !known {
		return false
	}
	for _, r := range ar.x.gaz.lookup(toks[j+1].text) {
		if t := ar.x.gaz.entities[r.id].Type; t == graph.Place || t == graph.Country {
			return true
		}
	}
	return false
}

// quotedBy reports whether the capitalised run toks[i:j] stands where a
// quoted person does, right after or before a verb of speech: "said
// Jarrod Kerr of Quill Capital", "Jarrod Kerr of Quill Capital said".
// Then a pair of names before "of" is a person's, whatever the given
// name, and what follows "of" is where the person works.
func (ar *article) quotedBy(toks []token, i, j int) bool {
	return i > 0 && ar.x.speech[toks[i-1].text] || j < len(toks) && ar.x.speech[toks[j].text]
}

// clubName reports whether a run that ends in a club's head word is a
// club's name: a town's name before the head, not a name joined by "of"
// ("Nacho Novo of Rangers") nor a word that opens a clause ("Once
// Rangers receive our letter").
func clubName(x *Extractor, run []token) bool {
	for _, t := range run[:len(run)-1] {
		if connectors[t.text] {
			return false
		}
	}
	return !x.rules.inFold("opening-word", run[0].text)
}

// whoAfter reports whether "who", or a comma and "who", stands at
// toks[k]: what comes before it is a person.
func whoAfter(toks []token, k int) bool {
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	return k < len(toks) && toks[k].text == "who"
}

// classify types a capitalised run from its own words: an organisation
// by its head word, a place by its head word, a person by a given name.
func (ar *article) classify(run []token, toks []token, i int) (graph.EntityType, bool) {
	x := ar.x
	last := run[len(run)-1]
	if len(run) == 2 && x.isOrgHead(&run[0]) && len(last.text) == 1 && last.text[0] >= 'A' && last.text[0] <= 'Z' {
		return "", false // "top of Group E": a draw's pool, no body
	}
	if len(run) == 2 && x.isGiven(&run[0]) && x.rules.tokenIn("surname-head", &last) {
		return graph.Person, true // "Mike Lake", "Damon Hill", "Nathalie Press"
	}
	if len(run) > 1 && x.isPlaceHead(&last) && !x.isOrgHead(&last) && !x.rules.tokenIn("surname-head", &last) && !slices.ContainsFunc(run, func(t token) bool { return isConnector(&t) }) {
		// "Parliament Square", "Times Square": the place named after a
		// body; not "University of the Highlands and Islands".
		return graph.Place, true
	}
	for k, t := range run {
		if x.isOrgHead(&t) && (k > 0 || len(run) > 1) {
			return graph.Organization, true
		}
		if t.text == "&" && k > 0 && k+1 < len(run) && len(run[k-1].text) > 1 && len(run[k+1].text) > 1 &&
			!x.isGiven(&run[k-1]) && !x.isGiven(&run[k+1]) {
			if e := i + len(run); e < len(toks) && (toks[e].text == "seat" || toks[e].text == "constituency") {
				return graph.Place, true // "won the Folkestone & Hythe seat": a constituency
			}
			return graph.Organization, true // "Marsh & McLennan", not "R&D" or "Bonnie & Clyde"
		}
		if k+1 < len(run) && (t.facts == nil || t.facts.orgHeadFirst) && x.orgHead[t.text+" "+run[k+1].text] {
			return graph.Organization, true
		}
	}
	if len(run) > 1 && x.rules.tokenIn("club-head", &last) && clubName(x, run) {
		return graph.Organization, true // "Manchester United"
	}
	if x.isPlaceHead(&last) && len(run) > 1 {
		if x.rules.tokenIn("surname-head", &last) && whoAfter(toks, i+len(run)) {
			return graph.Person, true // "Conleth Hill, who plays the director"
		}
		return graph.Place, true
	}
	if i+len(run) < len(toks) && x.isPlaceHead(&toks[i+len(run)]) {
		return graph.Place, true
	}
	if len(run) >= 2 && len(run) <= 4 && x.isGiven(&run[0]) && !slices.ContainsFunc(run[1:], func(t token) bool { return len(t.text) > 1 && isUpperWord(t.text) && !romanNumeral(t.text) }) {
		// Not with a word in capitals, other than an ordinal ("Richard
		// III"): "Mario Kart DS" is a game, "Ray DVD" a product.
		return graph.Person, true
	}
	if len(run) >= 2 && len(run) <= 4 && i+len(run) < len(toks) && x.rules.tokenIn("name-letters", &toks[i+len(run)]) && plainName(x, run) {
		return graph.Person, true // "Guy Mansfield QC"
	}
	return "", false
}

// nameMentions handles a capitalised run that the gazetteer does not know
// as a whole: it strips titles, finds known names inside, and types new
// names from their words and context.
func (ar *article) nameMentions(toks []token, i, n int) []mention {
	x := ar.x
	run := toks[i : i+n]
	if n >= 2 && n <= 4 && x.rules.inFold("role", string(appendJoined(ar.buf[:0], run))) {
		return nil // "as Cabinet Secretary": a title alone names no one and no body
	}
	if n >= 2 && i > 0 && i+n < len(toks) && isQuoteMark(toks[i-1].text) && isQuoteMark(toks[i+n].text) {
		// "He warned the "Abstentions Party" was the real challenge": a
		// name no list knows that fills a quotation is a figure of
		// speech or a title, not a party to the story.
		return nil
	}
	// The first word lowered in scratch space, not by strings.ToLower:
	// it is capitalised, and most runs of two words or more ask this.
	if n >= 2 && n <= 4 && surnameParticles[string(ar.lowered(run[0].text))] {
		// "Ruud van Nistelrooy ... Van Nistelrooy": a surname with its
		// particle, capitalised, is the person named in full with it.
		if id := ar.withParticle(run); id != "" {
			surface := ar.joinedText(run)
			ar.add(id, graph.Person, ar.people[id], surface)
			return ar.single(mention{start: run[0].start, end: run[n-1].end, t0: i, t1: i + n, id: id, typ: graph.Person, surface: surface})
		}
	}
	if i == 0 && n >= 3 && (run[1].text == "of" || run[1].text == "in") && ar.writesLower(run[0].text) && !x.isOrgHead(&run[0]) {
		// "Shares of Sumitomo Mitsui Financial rose": a common word that
		// opens the sentence, then the name.
		ms := ar.nameMentions(toks, i+2, n-2)
		return ms
	}
	if n >= 3 && run[1].isPossessive() {
		// "the Queen's Lancashire Regiment" (see capRun): one
		// organisation.
		name := ar.joinedText(run)
		id := ar.add(graph.Slug(name), graph.Organization, name, name)
		return ar.single(mention{start: run[0].start, end: run[n-1].end, t0: i, t1: i + n, id: id, typ: graph.Organization, surface: name})
	}
	// Titles before a name: "Prime Minister Mark Rutte", "Mr Zelensky".
	k, role := 0, ""
	for k < len(run)-1 {
		two := ""
		if k+1 < len(run)-1 {
			two = run[k].text + " " + run[k+1].text
		}
		// A title: "Prime Minister", "Foreign Minister", "Mr".
		if k+3 < len(run)-1 && x.isHonorific(&run[k+3]) && x.rules.inFold("role", two+" "+run[k+2].text) {
			// "Deputy Prime Minister Mr Prescott": a title of three
			// words before an honorific.
			role = ar.joinedText(run[:k+3])
			k += 3
			continue
		}
		if two != "" && (x.honorific[two] || x.rules.inFold("role", two)) {
			role = ar.joinedText(run[:k+2])
			k += 2
			continue
		}
		if x.isHonorific(&run[k]) || x.rules.tokenIn("role", &run[k]) && !x.isGiven(&run[k]) &&
			(x.isGiven(&run[k+1]) || x.isHonorific(&run[k+1]) || k == 0 && k+2 < len(run) && (run[k+1].text == "of" || run[k+1].text == "for") && run[k+2].text == "the") {
			// "Director of the X Centre": a title of a body; not
			// "Secretary of State", "Director of Public Prosecutions".
			// "Mr", "Lord", and roles in capitals: "MSP Christine May".
			if role == "" || !courtesy(x, run[k].text) {
				role = ar.joinedText(run[:k+1]) // "Foreign Secretary Mr Straw" holds the office of "Foreign Secretary"
			}
			k++
			continue
		}
		break
	}
	// A longer title: "Secretary of State Antony Blinken", "US
	// Undersecretary of State John Bolton", "Treasury Paul Boateng" (of
	// "Chief Secretary to the Treasury Paul Boateng"). The name is the
	// last two or three words when they start with a given name.
	if k == 0 && len(run) >= 4 {
		// "Welsh Office Minister Lord Roberts of Conwy": a title, then a
		// peer named by title, surname and territory.
		for p := 1; p+1 < len(run); p++ {
			if t := run[p].text; (t == "Lord" || t == "Lady" || t == "Baroness") && x.rules.tokenIn("role", &run[p-1]) &&
				(p+2 == len(run) || p+4 == len(run) && run[p+2].text == "of") {
				q := p - 1
				for q > 0 && (x.rules.tokenIn("role", &run[q-1]) || x.rules.tokenIn("role-qualifier", &run[q-1])) {
					q--
				}
				ms := ar.findMentions(run[:q])
				for j := range ms {
					ms[j].t0 += i
					ms[j].t1 += i
				}
				// The peer as named alone: "Lord Roberts of Conwy".
				if pm := ar.findMentions(run[p:]); len(pm) == 1 && pm[0].typ == graph.Person && pm[0].t1 == len(run)-p {
					pm[0].t0, pm[0].t1, pm[0].role = i+p+pm[0].t0, i+n, ar.joinedText(run[:p])
					return append(ms, pm[0])
				}
				return append(ms, ar.person(toks, i+p, i+n, ar.joinedText(run[:p]))...)
			}
		}
	}
	if k == 0 && len(run) >= 3 {
		for p := len(run) - 3; p <= len(run)-2; p++ {
			if p <= 0 || x.isGiven(&run[p-1]) || x.rules.tokenIn("place-prefix", &run[p-1]) {
				continue // "St James Park" is no James Park, "the San Jose Open" no Jose Open
			}
			// "Labour MP Oona Smith": a role word right before the name
			// vouches for a given name no list knows, where a longer
			// name ("Labour MP Mani Shankar Aiyar") is tried first.
			given := x.isGiven(&run[p])
			role := x.rules.tokenIn("role", &run[p-1])
			if !given && !role || !plainName(x, run[p:]) {
				continue
			}
			titled := !given && !slices.ContainsFunc(ar.findMentions(run[p:]), func(m mention) bool { return m.typ != graph.Person })
			if given || titled {
				body := run[:p]
				if role {
					// "Home Office Minister", "Refugee Council Chief
					// Executive": the body is named before the title,
					// which names none.
					q := p - 1
					for q > 0 && (x.rules.inFold("role", run[q-1].text) || x.rules.inFold("role", run[q-1].text+" "+run[q].text) ||
						x.rules.inFold("role-qualifier", run[q-1].text)) {
						q--
					}
					body = run[:q]
				}
				skip := 0
				for skip+1 < len(body) && x.rules.tokenIn("role-qualifier", &body[skip]) {
					skip++ // "Deputy High Court Judge X": the rank is the judge's, not the court's
				}
				body = body[skip:]
				ms := ar.findMentions(body)
				if !titled && len(run) == 3 && !slices.ContainsFunc(ms, func(m mention) bool { return m.typ != graph.Person }) && (i == 0 || toks[i-1].text != "the") {
					// "Mani Shankar Aiyar" is one name: a single word
					// before a name parts from it only when it names a
					// body or a place, or follows "the" ("the Treasury
					// Paul Boateng").
					break
				}
				for j := range ms {
					ms[j].t0 += i + skip
					ms[j].t1 += i + skip
				}
				h := p
				for h+2 < n && x.isHonorific(&run[h]) {
					h++ // "Quill Bank Chairman Sir John Reed" is John Reed, as "Chairman Sir John Reed" is
				}
				return append(ms, ar.person(toks, i+h, i+n, ar.joinedText(run[:p]))...)
			}
		}
	}
	if k > 0 && len(run)-k == 1 && x.rules.tokenIn("role", &run[k]) && !(x.isHonorific(&run[k-1]) && !peerage[run[k-1].text] && x.rules.inFold("role-surname", run[k].text)) {
		// "Chief Advisor": a title without a name; not "Ms King", but
		// "Lord Chancellor" and "Lord Mayor" are offices.
		return nil
	}
	if k > 0 && isConnector(&run[k]) {
		// "Vice President of the ATP": a title of a body, not of a
		// person.
		k2 := k
		for k2 < len(run) && isConnector(&run[k2]) {
			k2++
		}
		// The body's own name is typed as any other run: "Director
		// General of the British Chambers of Commerce".
		ms := ar.findMentions(toks[i+k2 : i+n])
		for j := range ms {
			ms[j].t0 += i + k2
			ms[j].t1 += i + k2
		}
		return ms
	}
	if k > 0 {
		rest := run[k:]
		ms := ar.findMentions(rest)
		if len(rest) == 1 && len(ms) == 1 && ms[0].typ != graph.Person && x.isHonorific(&run[k-1]) && (x.isHonorific(&run[0]) || run[k-1].text == "Justice") {
			// "Mr Justice Forbes", "Mr Forbes": a title makes a person of
			// a name the gazetteer knows as something else.
			return ar.person(toks, i+k, i+n, role)
		}
		if len(ms) == 1 && ms[0].t0 == 0 && ms[0].t1 == len(rest) && ms[0].typ == graph.Person {
			ms[0].t0, ms[0].t1 = ms[0].t0+i+k, ms[0].t1+i+k
			ms[0].role = role
			if pron := titlePronoun(x, run[k-1].text); len(rest) == 1 && pron != "" && !ar.fits(ms[0].id, pron) {
				// "Tony Blair ... Cherie Blair ... Mrs Blair": the title
				// picks the one the surname can stand for.
				if id := ar.surnameBearer(rest[0].text, ms[0].id, pron); id != "" {
					ar.add(id, graph.Person, ar.people[id], rest[0].text)
					ms[0].id = id
				}
			}
			if len(rest) == 1 {
				ar.titledSurname(ms[0].id, toks, i+k)
			}
			return ms
		}
		// An unknown name after a title is a person: "Mr Kilinkarov".
		// "Economist Gary Thayer of AG Edwards" is a person of a body
		// no list knows, not one name.
		ofBody := len(ms) == 1 && ms[0].t1 < len(rest) && isConnector(&rest[ms[0].t1])
		if len(ms) == 0 || (len(ms) == 1 && ms[0].typ == graph.Person && ms[0].t0 == 0 && !ofBody) {
			return ar.person(toks, i+k, i+n, role)
		}
		for j := range ms {
			ms[j].t0 += i + k
			ms[j].t1 += i + k
			if j == 0 && ofBody && ms[j].typ == graph.Person && ms[j].t0 == i+k {
				ms[j].role = role
			}
		}
		return ms
	}
	// A name right after a role word is a person: "Ukrainian official
	// Olena Kovalenko", "parliament member Oleksii Honcharenko"; so is
	// one after a noun for a person that is no role in a body: "film
	// producer Shogo Tomiyama", "tycoon Steve Morgan".
	if n >= 2 && n <= 3 && i > 0 && !toks[i-1].capitalised() && (x.rules.textIn("role", &toks[i-1]) || x.rules.textIn("person-noun", &toks[i-1])) && plainName(x, run) {
		return ar.person(toks, i, i+n, toks[i-1].text)
	}
	if n >= 2 && n <= 3 && i > 0 && i+n+1 < len(toks) && (toks[i+n].text == "and" || toks[i+n].text == ",") && toks[i+n+1].capitalised() &&
		ar.pluralPersonNoun(toks[i-1].text) && plainName(x, run) {
		// "actors Selma Blair and Dennis Quaid": a plural before a list
		// names people too, but holds no office of one of them. Before
		// one name it may be a group's ("rappers Beastie Boys",
		// "analysts Screen Digest").
		return ar.person(toks, i, i+n, "")
	}
	if typ, ok := ar.classify(run, toks, i); ok {
		if typ == graph.Person {
			return ar.person(toks, i, i+n, "")
		}
		name := ar.joinedText(run)
		if typ == graph.Place && i+n < len(toks) && x.isPlaceHead(&toks[i+n]) {
			run = toks[i : i+n+1]
			name = ar.joinedText(run)
			n++
		}
		id := graph.Slug(name)
		if typ == graph.Organization {
			if long := ar.ofShort(name); long != "" {
				id, name = long, ar.orgs[long] // "the Reserve Bank of Australia ... the Reserve Bank"
			}
		}
		id = ar.add(id, typ, name, ar.joinedText(run))
		return ar.single(mention{start: run[0].start, end: run[len(run)-1].end, t0: i, t1: i + n, id: id, typ: typ, surface: ar.joinedText(run)})
	}
	// "Anil Ambani and Mukesh Ambani ... Anil has accused": a given name
	// alone is the one person of that given name, where the surname is
	// shared and so names no one.
	if n == 1 {
		if id := ar.firstName(run[0].text); id != "" {
			if _, ok := ar.surnames[lastWord(ar.people[id])]; ok && ar.surnames[lastWord(ar.people[id])] == "" {
				ar.add(id, graph.Person, ar.people[id], run[0].text)
				return ar.single(mention{start: run[0].start, end: run[0].end, t0: i, t1: i + 1, id: id, typ: graph.Person, surface: run[0].text})
			}
		}
	}
	// An acronym of an organisation named in the article: "the Serious
	// Fraud Office ... the SFO".
	if n == 1 && isUpperWord(run[0].text) {
		if id := ar.acronym(run[0].text); id != "" {
			e := ar.ents[id]
			ar.add(id, e.Type, e.Name, run[0].text)
			return ar.single(mention{start: run[0].start, end: run[0].end, t0: i, t1: i + 1, id: id, typ: e.Type, surface: run[0].text})
		}
	}
	// A head word alone for the one body named with it: "the
	// Constitutional Affairs Select Committee ... Committee chairman Alan
	// Beith".
	if n == 1 && x.rules.tokenIn("org-head-lower", &run[0]) {
		// Only a body's head, not a trade's: "Steel analyst X" is no
		// word for Nippon Steel.
		if m := ar.namedEndingWith(run[0].text); m != nil {
			ar.add(m.id, graph.Organization, m.surface, run[0].text)
			return ar.single(mention{start: run[0].start, end: run[0].end, t0: i, t1: i + 1, id: m.id, typ: graph.Organization, surface: run[0].text})
		}
	}
	// An organisation named earlier, or later, without its head word:
	// "Group Menatep ... Menatep said", "Quatrel Holdings ... Quatrel".
	if n == 1 {
		if id := ar.shortOrg(run[0].text); id != "" {
			ar.add(id, graph.Organization, ar.orgs[id], run[0].text)
			return ar.single(mention{start: run[0].start, end: run[0].end, t0: i, t1: i + 1, id: id, typ: graph.Organization, surface: run[0].text})
		}
	}
	// An organisation without its last word: "Krispy Kreme Doughnuts
	// ... Krispy Kreme said".
	if n >= 2 && n <= 3 {
		if id := ar.prefixOrg(ar.joinedText(run)); id != "" {
			ar.add(id, graph.Organization, ar.orgs[id], ar.joinedText(run))
			return ar.single(mention{start: run[0].start, end: run[n-1].end, t0: i, t1: i + n, id: id, typ: graph.Organization, surface: ar.joinedText(run)})
		}
	}
	// A single surname of a person named earlier: "Peskov said".
	if n == 1 {
		if id := ar.surnames[run[0].text]; id != "" {
			ar.add(id, graph.Person, ar.people[id], run[0].text)
			return ar.single(mention{start: run[0].start, end: run[0].end, t0: i, t1: i + 1, id: id, typ: graph.Person, surface: run[0].text})
		}
	}
	// A given name alone inside quotation marks, where speakers call
	// people by it, of the one person of the article who has it, and a
	// word the article never writes in lower case: "here's old Ken"
	// after Ken Livingstone. The writer's own prose uses surnames: there
	// a given name alone is more often something else ("Ray director
	// Taylor Hackford" is the film's).
	if n == 1 {
		if id := ar.givens[run[0].text]; id != "" && ar.quotedAt(run[0].start) && !ar.writesLower(run[0].text) {
			ar.add(id, graph.Person, ar.people[id], run[0].text)
			return ar.single(mention{start: run[0].start, end: run[0].end, t0: i, t1: i + 1, id: id, typ: graph.Person, surface: run[0].text})
		}
	}
	// Known names inside the run: "US Institute for the Study of War"
	// was split before; here "Kremlin Senate" keeps "Kremlin".
	if out := ar.knownIn(toks, i, i+n); len(out) > 0 {
		return out
	}
	if n >= 2 && n <= 3 && ar.learntPeople[ar.joinedText(run)] {
		return ar.person(toks, i, i+n, "") // "Moazzam Begg, from Birmingham," (see learnPeople)
	}
	// An unknown capitalised pair or triple that acts like a person
	// ("Spiridon Kilinkarov said") is typed by the verb after it.
	if plainName(x, run) && n >= 2 && n <= 3 && i+n < len(toks) && !(i > 0 && (toks[i-1].text == "the" || toks[i-1].text == "The" || isDigits(toks[i-1].text))) {
		// (Not after "the" or a year: "the 1995 World Cup, said he".)
		next := toks[i+n].text
		if next == "," {
			next = ""
			// "Christian Aid's head of Trade Policy, said": the end of
			// an apposition, not the speaker.
			if i+n+1 < len(toks) && (i == 0 || !slices.Contains([]string{"of", "for", "at", "from", "by", "with", "in"}, toks[i-1].text)) {
				next = toks[i+n+1].text
			}
		}
		// "Jacqui Smith accused the Lib Dems": a verb of accusation,
		// criticism or denial wants a speaker as much as "said" does.
		// Not "fought" or "contest", which firms and teams do as well
		// ("BBC Sport Interactive fought off competition").
		if x.speech[next] || next == "who" || x.rules.in("accuse", next) || x.rules.in("criticize", next) ||
			x.rules.in("deny", next) && !slices.Contains([]string{"fight", "fights", "fighting", "fought", "contest"}, next) {
			if n == 3 && x.isGiven(&run[1]) && ar.writesLower(run[0].text) {
				// "Minister for Children, Young People and Families
				// Margaret Hodge said": the end of a title, a word the
				// article writes in lower case, before a given name.
				return ar.person(toks, i+1, i+n, "")
			}
			if written := ar.a.Text[run[0].start:run[n-1].end]; !strings.Contains(written, " ") {
				// "GlaxoSmithKline said", "by PricewaterhouseCoopers
				// said": one word in capitals inside is a firm's name,
				// not a person's, though the words split like one.
				id := ar.add(graph.Slug(written), graph.Organization, written, written)
				return ar.single(mention{start: run[0].start, end: run[n-1].end, t0: i, t1: i + n, id: id, typ: graph.Organization, surface: written})
			}
			return ar.person(toks, i, i+n, "")
		}
		// "said Jarrod Kerr of Quill Capital", "Jarrod Kerr of Quill
		// Capital said": a pair quoted with where it works.
		if next == "of" && n == 2 {
			k := i + n + 1
			for k < len(toks) && (toks[k].capitalised() && toks[k].isWord() || isConnector(&toks[k]) && k > i+n+1) {
				k++
			}
			if k > i+n+1 && ar.quotedBy(toks, i, k) {
				return ar.person(toks, i, i+n, "")
			}
		}
		// "Miles Shipside, commercial director at Rightmove": a role in
		// apposition.
		if toks[i+n].text == "," && ar.roleFollows(toks, i+n+1) {
			return ar.person(toks, i, i+n, "")
		}
	}
	// An unknown pending surname: kept aside so a later full name can
	// claim it; nothing is emitted now.
	return nil
}

// ofState reports whether toks[from:to] is "of" and a state, "the"
// between: "General Motors of the US" is General Motors, of the US.
func (ar *article) ofState(toks []token, from, to int) bool {
	if from >= to || toks[from].text != "of" {
		return false
	}
	from++
	if from < to && toks[from].text == "the" {
		from++
	}
	l, rs := ar.gazAt(toks, from, to)
	return l > 0 && from+l == to && len(rs) > 0 && ar.x.gaz.entities[rs[0].id].Type == graph.Country
}

// stateGovernment reports whether toks[from:to], after a state's name or
// demonym (refs), is only the word for its government: "the British
// Government", "the US Administration" are the state, as "the British
// government" is, not an organisation of their own.
func (ar *article) stateGovernment(toks []token, from, to int, refs []ref) bool {
	if to != from+1 || len(refs) == 0 || ar.x.gaz.entities[refs[0].id].Type != graph.Country {
		return false
	}
	switch toks[from].text {
	case "Government", "Administration":
		return true
	}
	return false
}

// plainName reports whether a run of words can be a personal name: no
// connectors, function words or acronyms.
func plainName(x *Extractor, run []token) bool {
	for k, t := range run {
		// "Keith Hill": a surname that is also a place head, after a given
		// name; "Van den Brul": a particle inside the name.
		surname := k > 0 && k == len(run)-1 && x.isGiven(&run[k-1]) && x.rules.tokenIn("surname-head", &t)
		particle := k > 0 && k < len(run)-1 && isConnector(&t) && t.text != "of" && t.text != "for" && t.text != "the" && t.text != "&"
		// "Robert W Sweet": a middle initial, after a given name.
		initial := k > 0 && k < len(run)-1 && x.isGiven(&run[k-1]) && (len(t.text) == 1 || len(t.text) == 2 && t.text[1] == '.') && 'A' <= t.text[0] && t.text[0] <= 'Z'
		if initial {
			continue
		}
		if isConnector(&t) && !particle || x.isNotName(&t) && !particle || isUpperWord(t.text) || x.isOrgHead(&t) || x.isPlaceHead(&t) && !surname ||
			x.rules.tokenIn("role", &t) && !(k > 0 && k == len(run)-1 && x.rules.inFold("role-surname", t.text)) || utf8.RuneCountInString(t.text) < 2 {
			return false
		}
		for _, r := range x.formsOf(&t) {
			if r.kind == formDemonym {
				return false // "European Commissioner"
			}
		}
	}
	return true
}

// knownIn returns the gazetteer names found in toks[from:to], longest
// first at each place.
func (ar *article) knownIn(toks []token, from, to int) []mention {
	var out []mention
	for j := from; j < to; j++ {
		if l, rs := ar.gazAt(toks, j, to); l > 0 {
			if m, ok := ar.gazMention(toks, j, l, rs); ok {
				out = append(out, m)
			}
			j += l - 1
		}
	}
	return out
}

// acronym returns the organisation of the article whose initials spell a
// ("SFO" for Serious Fraud Office), or "" when none or several do.
func (ar *article) acronym(a string) string {
	a = strings.ReplaceAll(a, ".", "")
	if ar.byInitials == nil {
		// Built at the first acronym of the pass, then kept up by add.
		ar.byInitials = make(map[string][]string)
		for _, id := range ar.order {
			if e := ar.ents[id]; e.Type == graph.Organization {
				k := initialsOf(e.Name)
				ar.byInitials[k] = append(ar.byInitials[k], id)
			}
		}
	}
	found := ""
	for _, id := range ar.byInitials[a] {
		e := ar.ents[id]
		if e.Type != graph.Organization {
			continue
		}
		if initials(e.Name, a) {
			if found != "" && found != id {
				return ""
			}
			found = id
		}
	}
	return found
}

// spelledOut returns the one organisation of the article, from either
// pass, whose name of two words or more the acronym a spells, or "": a
// headline's acronym is the name the story writes out only below it.
func (ar *article) spelledOut(a string) string {
	if !isUpperWord(a) || len(a) < 2 {
		return ""
	}
	found := ""
	for id, name := range ar.orgs {
		if strings.IndexByte(name, ' ') < 0 || !initials(name, a) {
			continue
		}
		if found != "" && found != id {
			return "" // two bodies of those initials: which one is unknown
		}
		found = id
	}
	return found
}

// shortOrg returns the one organisation of the article whose name is w
// with an [org-head] word before or after it ("Group Menatep", "Quatrel
// Holdings"), or "". Only names the article taught count: the gazetteer
// lists the short forms of those it knows, and "Financial" alone is not
// the Financial Times. A word the article also writes in lower case is
// an ordinary word.
func (ar *article) shortOrg(w string) string {
	// The article's few short names first: most words are none, and
	// the tests after look the word up in larger sets.
	if len(ar.orgs) == 0 || len(ar.orgShort[w]) == 0 || utf8.RuneCountInString(w) < 3 || ar.x.notName[w] || ar.writesLower(w) {
		return ""
	}
	found := ""
	for _, id := range ar.orgShort[w] {
		a, b, two := strings.Cut(ar.orgs[id], " ")
		firm := a == w && strings.HasPrefix(b, "& ") && !strings.Contains(b[2:], " ") // "Marsh & McLennan ... Marsh"
		if !firm && (!two || a != w && b != w || strings.Contains(b, " ") || !(b == w && ar.x.orgHead[a] || a == w && (ar.x.orgHead[b] || b == "group"))) {
			continue
		}
		if _, known := ar.x.gaz.entities[id]; known {
			continue // the gazetteer lists the short names it knows
		}
		if found != "" && found != id {
			return ""
		}
		found = id
	}
	return found
}

// prefixOrg returns the one organisation the article taught, and the
// gazetteer does not know, whose name is name and one word more
// ("Krispy Kreme" of "Krispy Kreme Doughnuts"), or "".
func (ar *article) prefixOrg(name string) string {
	found := ""
	for id, long := range ar.orgs {
		rest, ok := strings.CutPrefix(long, name+" ")
		if !ok || strings.Contains(rest, " ") {
			continue
		}
		if _, known := ar.x.gaz.entities[id]; known {
			continue
		}
		if found != "" && found != id {
			return ""
		}
		found = id
	}
	return found
}

// ofShort returns the one organisation the article taught whose name is
// name, ending in an [org-head] word, followed by "of" and more ("Reserve
// Bank" for the Reserve Bank of Australia; "Bank" alone is too short to
// tell), or "".
func (ar *article) ofShort(name string) string {
	sp := strings.LastIndexByte(name, ' ')
	if sp < 0 || !ar.x.orgHead[name[sp+1:]] {
		return "" // "SK Telecom" is no head of "SK Telecom of South Korea"
	}
	found := ""
	for id, long := range ar.orgs {
		if rest, ok := strings.CutPrefix(long, name); ok && strings.HasPrefix(rest, " of ") || ar.stateBefore(long, name) {
			if found != "" && found != id {
				return ""
			}
			found = id
		}
	}
	return found
}

// stateBefore reports whether long is name after a state's name or
// demonym: "US Supreme Court" of "Supreme Court".
func (ar *article) stateBefore(long, name string) bool {
	state, ok := strings.CutSuffix(long, " "+name)
	if !ok {
		return false
	}
	for _, r := range ar.x.gaz.lookup(state) {
		if e := ar.x.gaz.entities[r.id]; e.Type == graph.Country {
			return true
		}
	}
	return false
}

// initialsOf returns the capitals that start the words of name: the
// key under which acronym finds an organisation ("SFO" for "Serious Fraud
// Office").
func initialsOf(name string) string {
	var b []byte
	start := true
	for _, r := range name {
		if unicode.IsSpace(r) {
			start = true
			continue
		}
		if start && unicode.IsUpper(r) {
			b = utf8.AppendRune(b, r)
		}
		start = false
	}
	return string(b)
}

// initials reports whether the capitals that start the words of name
// spell a, without building the string of them: acronym asks it of
// every organisation of the article for each word in capitals.
func initials(name, a string) bool {
	var buf [utf8.UTFMax]byte
	k := 0
	for s := strings.TrimLeftFunc(name, unicode.IsSpace); s != ""; s = strings.TrimLeftFunc(s, unicode.IsSpace) {
		w := s
		if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
			w, s = s[:i], s[i:]
		} else {
			s = ""
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			n := utf8.EncodeRune(buf[:], r)
			if len(a)-k < n || a[k:k+n] != string(buf[:n]) {
				return false
			}
			k += n
		}
	}
	return k == len(a)
}

// person records a person mention for toks[i:j]; a single letter is no
// name and gives none.
func (ar *article) person(toks []token, i, j int, role string) []mention {
	if j-i == 1 && i > 0 && (toks[i-1].text == "Sir" || toks[i-1].text == "Dame") {
		// "Sir Menzies": a knight is called by his first name.
		if id := ar.firstName(toks[i].text); id != "" {
			ar.add(id, graph.Person, ar.people[id], "Sir "+toks[i].text)
			return ar.single(mention{start: toks[i-1].start, end: toks[i].end, t0: i - 1, t1: j, id: id, typ: graph.Person, surface: ar.joinedText(toks[i-1 : j]), role: role})
		}
	}
	if j-i == 1 && i > 1 && toks[i-1].text == "Justice" && (toks[i-2].text == "Lord" || toks[i-2].text == "Lady" || toks[i-2].text == "Mr" || toks[i-2].text == "Mrs") {
		i -= 2 // "Lord Justice Rix", "Mr Justice Forbes": a judge's name
	} else if j-i == 1 && i > 0 && peerage[toks[i-1].text] {
		i-- // "Lord Goldsmith" is the peer's name, not a surname
		if id := ar.peerNamed(toks[i].text, toks[j-1].text); id != "" {
			// "Robin Butler" and later "Lord Butler": one person.
			name := ar.joinedText(toks[i:j])
			ar.add(id, graph.Person, ar.people[id], name)
			return ar.single(mention{start: toks[i].start, end: toks[j-1].end, t0: i, t1: j, id: id, typ: graph.Person, surface: name, role: role})
		}
	}
	if j-i == 1 && i > 0 && ar.x.isHonorific(&toks[i-1]) && ar.x.rules.tokenIn("not-surname", &toks[i]) {
		return nil // "General Election", "Lord Chief Justice"
	}
	name := ar.joinedText(toks[i:j])
	if utf8.RuneCountInString(name) < 2 {
		return nil
	}
	id := ""
	if j-i == 1 {
		id = ar.surnames[name]
		if id == "" && i > 0 {
			if pron := titlePronoun(ar.x, toks[i-1].text); pron != "" {
				// "Oona King ... Mervyn King ... Ms King": the one of
				// that surname the title fits.
				id = ar.surnameBearer(name, "", pron)
			}
		}
		if _, known := ar.surnames[name]; !known && len(name) >= 5 {
			// "Frederick Forsyth ... Mr Forsythe": a surname with or
			// without a final "e" is the one person so named.
			if id = ar.surnames[name+"e"]; id == "" {
				id = ar.surnames[strings.TrimSuffix(name, "e")]
			}
		}
		if id == "" {
			// "Michael Howard ... Mr Howard later added ... Australia's
			// PM, John Howard": the one Howard named before.
			id = ar.onlySeen(name)
		}
		if id == "" {
			// "Mr Brown" with no full name in the article: which Brown
			// is unknown, so the node belongs to this article alone and
			// never merges with another article's Brown.
			id = graph.Slug(name + " " + ar.a.ID)
		}
	}
	if j-i == 2 {
		id = ar.compoundSurname(name)
	}
	if id == "" && j-i >= 2 {
		id = ar.misspelt(toks[i].text, toks[j-1].text)
	}
	if id == "" && j-i >= 2 {
		id = ar.spelledAgain(name)
	}
	if id == "" && j-i == 2 {
		id = ar.namedAgain(toks[i].text, toks[j-1].text)
	}
	if id == "" {
		id = graph.Slug(name)
		if e, ok := ar.x.gaz.entities[id]; ok && e.Type != graph.Person {
			id = graph.Slug(name + " person")
		}
	}
	ar.add(id, graph.Person, name, name)
	if j-i == 1 {
		ar.titledSurname(id, toks, i)
	}
	return ar.single(mention{start: toks[i].start, end: toks[j-1].end, t0: i, t1: j, id: id, typ: graph.Person, surface: name, role: role})
}

// titledSurname learns the gender of the person id from the title
// before the surname at toks[i]: "Sam Bankman-Fried ... Mr
// Bankman-Fried" is a "he", which "Sam" did not say.
func (ar *article) titledSurname(id string, toks []token, i int) {
	if i > 0 {
		ar.learnGender(id, "", toks[i-1].text+" "+toks[i].text)
	}
}

// writesLower reports whether the article writes w in lower case too.
func (ar *article) writesLower(w string) bool { return ar.lowerWords.hasBytes(ar.lowered(w)) }

// quotedAt reports whether the byte at start stands inside quotation
// marks opened in its paragraph (a quotation may run on over several
// sentences): an opening mark after the last closing one, or an odd
// number of straight double quotes, since the last line break.
func (ar *article) quotedAt(start int) bool {
	text := ar.a.Text[:start]
	if nl := strings.LastIndexByte(text, '\n'); nl >= 0 {
		text = text[nl+1:]
	}
	if o, c := strings.LastIndex(text, "“"), strings.LastIndex(text, "”"); o >= 0 || c >= 0 {
		return o > c
	}
	return strings.Count(text, "\"")%2 == 1
}

// single returns a list of m alone, in the article's room for one: most
// lists that nameMentions and person return hold one mention, each of
// which was an allocation of its own. Their callers copy the mention out
// (append) before the next call, which reuses the room.
func (ar *article) single(m mention) []mention {
	ar.one[0] = m
	return ar.one[:1:1]
}

// surnameBearer returns the one person of the article, other than
// famous, whose full name ends in surname and who can be called pron
// ("he", "she" or "" for either), where the surname alone should be
// read as that person: famous, the person the gazetteer knows by the
// surname, is not named in full in the article (a headline's "McFadden"
// before "Brian McFadden" below is no naming), or cannot be called pron.
// Otherwise it returns "".
func (ar *article) surnameBearer(surname, famous, pron string) string {
	if ar.fullNamed[famous] && (pron == "" || ar.fits(famous, pron)) {
		return ""
	}
	return ar.oneBearer(surname, func(id string) bool { return id != famous && (pron == "" || ar.fits(id, pron)) })
}

// onlySeen returns the one person with the surname whose full name the
// pass has met so far, or "" when none or more than one has been.
func (ar *article) onlySeen(surname string) string {
	return ar.oneBearer(surname, func(id string) bool { return ar.fullSeen[id] })
}

// oneBearer returns the one person of the article whose name ends in
// the surname and who passes ok, or "" when none or several do: two of
// that name, and the surname alone says not which.
func (ar *article) oneBearer(surname string, ok func(id string) bool) string {
	found := ""
	for _, id := range ar.bySurnameOf(surname) {
		if lastWord(ar.people[id]) != surname || !ok(id) {
			continue
		}
		if found != "" {
			return ""
		}
		found = id
	}
	return found
}

// roleWordAt reports whether toks[k] is a role or a noun for a person in
// lower case, as before a name: "analyst", "tycoon".
func (ar *article) roleWordAt(toks []token, k int) bool {
	return k >= 0 && k < len(toks) && !toks[k].capitalised() && (ar.x.rules.textIn("role", &toks[k]) || ar.x.rules.textIn("person-noun", &toks[k]))
}

// pluralPersonNoun reports whether w is the plural of a role or of a
// noun for a person, in lower case: "actors", "ministers".
func (ar *article) pluralPersonNoun(w string) bool {
	one, ok := strings.CutSuffix(w, "s")
	return ok && len(one) > 2 && one[0] >= 'a' && one[0] <= 'z' && (ar.x.rules.in("role", one) || ar.x.rules.in("person-noun", one))
}

// openingParticiple reports whether toks[i] opens the sentence and reads
// as a participle, "-ed" or "-ing": "Called", "Launching".
func openingParticiple(toks []token, i int) bool {
	w := toks[i].text
	return (i == 0 || !toks[i-1].isWord() && (i == 1 || toks[i-1].text != "-")) && len(w) > 4 &&
		(strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// openingGerund reports whether toks[i] is an -ing verb that opens the
// sentence and a participle phrase closed by a comma, before a
// capitalised name that goes on in lower case: "Comparing Zentix Bank to
// a casino, Tom Reed said".
// A name the gazetteer knows ("Reading", "Ealing") is none.
func (ar *article) openingGerund(toks []token, i int) bool {
	w := toks[i].text
	if i > 0 && toks[i-1].isWord() || len(w) <= 5 || !strings.HasSuffix(w, "ing") || i+1 >= len(toks) || !toks[i+1].capitalised() {
		return false
	}
	if len(ar.x.gaz.lookup(w)) > 0 || ar.x.isGiven(&toks[i]) {
		return false
	}
	// The name the verb takes goes on in lower case ("Zentix Bank to a
	// casino"), where a town's own name ends at the comma ("Reading
	// Football Club, the Berkshire side").
	e := i + 1
	for e < len(toks) && toks[e].isWord() && toks[e].capitalised() {
		e++
	}
	if e >= len(toks) || !toks[e].isWord() || toks[e].capitalised() {
		return false
	}
	for k := e + 1; k < len(toks) && k < i+12; k++ {
		if toks[k].text == "," {
			return true
		}
	}
	return false
}

// romanNumeral reports whether w is a Roman numeral of the kind that
// follows a name: "Richard III", "Pope Benedict XVI".
func romanNumeral(w string) bool {
	return len(w) >= 2 && strings.Trim(w, "IVX") == ""
}

// isQuoteMark reports whether s is a quotation mark, straight or curly.
func isQuoteMark(s string) bool {
	switch s {
	case "\"", "“", "”", "'", "‘", "’":
		return true
	}
	return false
}

// wholeFirm reports whether name, of which a word alone is also said, is
// the whole body that word names: a firm of two names joined by "&"
// ("Marsh & McLennan") or a name with a firm's or party's head ("Lenovo
// Group", "Riggs Bank", "Veritas Party"), not a body within one ("IAAF
// Council") nor a channel ("Marvel TV").
func (ar *article) wholeFirm(name string) bool {
	if strings.Contains(name, " & ") {
		return true
	}
	head := lastWord(name)
	return !ar.x.rules.inFold("org-head-lower", head) && !ar.x.rules.in("media-word", strings.ToLower(head))
}

// bodyByHead returns the one organisation the article names with the
// head word w of a body (`[org-head-lower]`: "Committee" for the Public
// Accounts Committee), or nil; not a trade's head: "Steel analyst X" is
// no word for Nippon Steel.
func (ar *article) bodyByHead(w string) *mention {
	if !ar.x.rules.inFold("org-head-lower", w) {
		return nil
	}
	return ar.namedEndingWith(w)
}

// voicesOnly reports whether every word of ts is a body's voice or a
// role ("MPs", "Spokesman"): "Scottish National Party MPs" are the
// party's MPs, no longer name.
func (ar *article) voicesOnly(ts []token) bool {
	for k := range ts {
		if !ar.x.rules.tokenIn("body-voice", &ts[k]) && !ar.x.rules.tokenIn("role", &ts[k]) {
			return false
		}
	}
	return len(ts) > 0
}

// andInName reports whether toks[i], "and" and the capitalised words after
// it are one name: a word no list knows, then words ending in an
// organisation's head ("Public and Commercial Services Union",
// "Transport and General Workers Union"); not two names ("Britain and
// France", "Labour and Scottish National Party").
func (ar *article) andInName(toks []token, i int) bool {
	w := toks[i].text
	if i+2 >= len(toks) || !toks[i+2].capitalised() || !toks[i+2].isWord() || ar.x.givenNames[w] || ar.x.notName[w] || len(ar.x.gaz.lookup(w)) > 0 ||
		isUpperWord(w) || ar.x.orgHead[w] || ar.x.isNotName(&toks[i+2]) || !toks[i+1].isWord() {
		return false // not "UPS and Deutsche Post", "Treasury and Bank of England", "Gervais and The Office"
	}
	if i > 0 && toks[i-1].capitalised() && toks[i-1].isWord() && !ar.x.isNotName(&toks[i-1]) {
		return false // the word must open the name
	}
	e := i + 2
	for e < len(toks) && e < i+6 && toks[e].capitalised() && toks[e].isWord() {
		e++
	}
	if n, _ := ar.gazAt(toks, i+2, len(toks)); n > 0 || toks[i+2].text == w {
		return false // "Ford and General Motors", "Outlook and Outlook Express": two names
	}
	return e > i+2 && ar.x.isOrgHead(&toks[e-1]) && !isUpperWord(toks[e-1].text)
}

// andAfterOf reports whether the "and" at toks[j] joins two words of the
// part after "of" or "for" in the name of a body that starts at toks[i]
// ("Fife College of Further and Higher Education", "the Zentix
// Department of Trade and Industry"), rather than two names ("the Bank
// of England and Barclays", "the Ministry of Defence and Rolls-Royce"):
// the name so far is no known one, the word before "and" names nothing
// the gazetteer knows, and no known name starts after it.
func (ar *article) andAfterOf(toks []token, i, j int) bool {
	if j+1 >= len(toks) || !toks[j+1].capitalised() || !toks[j+1].isWord() {
		return false
	}
	if !headOf(ar.x, toks[i:j-1]) || len(ar.x.gaz.lookup(toks[j-1].text)) > 0 || len(ar.x.gaz.lookup(joinTokens(toks[i:j]))) > 0 {
		return false
	}
	for k := j + 1; k < len(toks) && (toks[k].capitalised() && toks[k].isWord() || isConnector(&toks[k])); k++ {
		if ar.x.isOrgHead(&toks[k]) && (k > j+1 || k+1 < len(toks) && (toks[k+1].capitalised() && toks[k+1].isWord() || isConnector(&toks[k+1]))) {
			// "Department of Health and State University of New York": a
			// second body; a head word alone ends the first ("Centre for
			// Transport and Society at").
			return false
		}
	}
	n, _ := ar.gazAt(toks, j+1, len(toks))
	return n == 0
}

// isInitial reports whether w is a capital letter alone or with a full
// stop, as the initial of a given name is written ("M", "M.").
func isInitial(w string) bool {
	return (len(w) == 1 || len(w) == 2 && w[1] == '.') && w[0] >= 'A' && w[0] <= 'Z'
}

// titlePronoun is the pronoun a gendered title calls for: "she" for
// "Mrs", "he" for "Mr", "" for "Dr".
func titlePronoun(x *Extractor, title string) string {
	switch {
	case x.rules.inFold("female-title", title):
		return "she"
	case x.rules.inFold("male-title", title):
		return "he"
	}
	return ""
}

// roleFollows reports whether a role, perhaps after an article and two
// lower-case qualifiers, starts at toks[k]: "a senior economist", "chief
// executive", "commercial director".
func (ar *article) roleFollows(toks []token, k int) bool {
	if k < len(toks) && (toks[k].text == "a" || toks[k].text == "an" || toks[k].text == "the") {
		k++
	}
	if k+2 < len(toks) && toks[k].capitalised() && toks[k+1].isPossessive() && len(ar.x.gaz.lookup(toks[k].text)) > 0 {
		k += 2 // "Thailand's tourism minister", "Microsoft's chief executive": a known owner
	} else if k+1 < len(toks) && toks[k].capitalised() && slices.ContainsFunc(ar.x.formsOf(&toks[k]), func(r ref) bool { return r.kind == formDemonym }) {
		k++ // "the Thai tourism minister"
	}
	for s := 0; s < 3 && k < len(toks); s, k = s+1, k+1 {
		t := toks[k]
		if !t.isWord() || t.capitalised() {
			return false
		}
		if ar.x.rules.tokenIn("role", &t) {
			return !ar.x.rules.tokenIn("role-qualifier", &t) || k+1 < len(toks) && ar.x.rules.tokenIn("role", &toks[k+1])
		}
	}
	return false
}

// leaderName reports whether run names a person the gazetteer knows in
// an office of one state ("Bush", "Blair").
func (ar *article) leaderName(run []token) bool {
	name := ar.joinedText(run)
	for _, r := range ar.x.gaz.lookup(name) {
		if e := ar.x.gaz.entities[r.id]; r.kind == formName && e.Type == graph.Person {
			return len(ar.x.personStates[r.id]) == 1
		}
	}
	return false
}

// markModifiers flags mentions that only qualify the next word
// ("pro-Kremlin figures", "anti-Russian"), which are no party to a claim.
func (ar *article) markModifiers(toks []token, ms []mention) {
	for k := range ms {
		m := &ms[k]
		if m.t0 >= 2 && toks[m.t0-1].text == "-" {
			// "ex-Yukos boss" names Yukos: only stances qualify.
			if stancePrefix(toks[m.t0-2].text) {
				m.modifier = true
			}
		}
		// "Washington-based" and "Russia-annexed" qualify a noun.
		if m.t1+1 < len(toks) && toks[m.t1].text == "-" && toks[m.t1].start == toks[m.t1-1].end {
			m.modifier = true
		}
	}
}

// knownAfter reports whether first, alone or with the capitalised words
// from toks[i] on, is a name the gazetteer knows ("European" +
// "Union").
func (ar *article) knownAfter(first string, toks []token, i int) bool {
	name := first
	for k := i; ; k++ {
		if len(ar.x.gaz.lookup(name)) > 0 {
			return true
		}
		if k >= len(toks) || k >= i+3 || !toks[k].capitalised() || !toks[k].isWord() {
			return false
		}
		name += " " + toks[k].text
	}
}

// stancePrefix reports whether w, before a hyphen, makes the name after
// it a stance or a class ("pro-Kremlin", "Anti-American", "Non-European
// Union citizens") rather than a party.
func stancePrefix(w string) bool {
	switch w {
	case "pro", "anti", "non", "Pro", "Anti", "Non", "PRO", "ANTI", "NON":
		return true
	}
	return false
}

// isUpperWord reports whether s is all upper-case letters (an acronym).
func isUpperWord(s string) bool {
	if len(s) >= 2 && 'a' <= s[1] && s[1] <= 'z' {
		return false // "Tony": most words asked, told without counting their runes
	}
	if utf8.RuneCountInString(s) < 2 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) && r != '.' {
			return false
		}
	}
	return true
}
