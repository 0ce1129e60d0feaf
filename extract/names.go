package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newskg/newskg/graph"
)

// localName is a name that the article itself types by the words around
// it, though no gazetteer knows it: "the union Unison", "TBWA's boss",
// "in Basingstoke".
type localName struct {
	id   string
	typ  graph.EntityType
	name string
}

// learnNames reads the whole article once for names that its own
// context types, so that every later mention of such a name, before or
// after the typing context, is found. Each rule is one kind of phrase;
// a name the gazetteer knows keeps the gazetteer's reading.
func (ar *article) learnNames(toks [][]token, memos []runs) {
	// Words the article also writes in lower case are ordinary words,
	// capitalised only to start a sentence ("Race director X").
	// Sized for an article's distinct words, at most one token in two,
	// so that the set seldom grows.
	n := 0
	for _, ts := range toks {
		n += len(ts)
	}
	ar.lowerWords = &ar.scratch.lowerWords
	ar.lowerWords.reset(n / 2)
	// Surnames: the word after a given name ("Kenteris" of "Kostas
	// Kenteris"); "Kenteris's coach" is no organisation's.
	surnames := make(map[string]bool)
	// noted keeps, by filterBit, the word last put in lowerWords:
	// news repeats its words, and a word found there is not hashed
	// into the set again.
	var noted [512]string
	for _, ts := range toks {
		for k := range ts {
			t := &ts[k]
			if t.isWord() && !t.capitalised() {
				if h := filterBit(t.text) % uint(len(noted)); noted[h] != t.text {
					ar.lowerWords.add(t.text)
					noted[h] = t.text
				}
			}
			if k+1 < len(ts) && ts[k+1].capitalised() && ar.x.isGiven(t) {
				surnames[ts[k+1].text] = true
			}
		}
	}
	ar.surnameWords = surnames
	for si, ts := range toks {
		ar.sentMemo = memos[si]
		for i := 0; i < len(ts); i++ {
			// Each rule returns at once unless the word is capitalised,
			// or is not, or is one of a few words. Those first tests
			// are asked here, in the same order, so that most words
			// call only the rules that may apply rather than all
			// fourteen. A rule whose first test changes must be
			// called here on the new terms.
			t := &ts[i]
			upper, poss := t.capitalised(), t.isPossessive()
			nameNext := i+1 < len(ts) && ts[i+1].capitalised() // nameAfterVerb's first test
			if !upper && orgClassAt(ar.lows[si], ts, i) {
				ar.nameAfterClass(ts, ar.lows[si], i)
			} else if upper && nameNext && (i == 0 || !ts[i-1].isWord()) {
				ar.nameAfterLeadClass(ts, i)
			}
			if t.text == "of" {
				ar.nameAfterRoleOf(ts, i)
			}
			if t.text == "at" || t.text == "with" || t.text == "for" {
				ar.nameAfterRoleAt(ts, i)
			}
			if t.text == "of" {
				ar.firmOfPerson(ts, i)
				ar.panelOf(ts, i)
			}
			if t.text == "at" || t.text == "of" {
				ar.nameAfterSpeaker(ts, i)
			}
			if !upper && nameNext {
				ar.nameAfterVerb(ts, i)
			}
			if t.text == "into" {
				ar.nameAfterInquiry(ts, i)
			}
			if t.text == "in" || upper {
				ar.nameOfShares(ts, i)
			}
			if poss {
				ar.nameBeforeDeath(ts, i)
			}
			if t.text == "the" || t.text == "The" {
				ar.nameBeforeClass(ts, i)
			}
			if upper {
				ar.nameBeforeClassApposition(ts, i)
			}
			if t.text == "(" {
				ar.acronymInBrackets(ts, i)
			}
			if upper {
				ar.nameBeforeRole(ts, i)
				// Initials of two to six letters or digits: not a word
				// whose second byte is a letter in lower case.
				if w := t.text; len(w) >= 2 && len(w) <= 6 && (w[1] < 'a' || w[1] > 'z') {
					ar.acronymName(ts, i)
				}
			}
			if t.text == "in" || t.text == "near" || t.text == "outside" {
				ar.placeAfterIn(ts, i)
			}
			if poss {
				ar.nameAfterOutlet(ts, i)
				ar.nameAfterState(ts, i)
			}
		}
	}
	ar.sentMemo = nil
	ar.mergeOrgPrefixes()
	ar.learnPeople(toks, memos)
}

// mergeOrgPrefixes makes an organisation the article taught under a name
// of two words or more the same as the one taught under that name and one
// word more, when there is just one: "Shares in Krispy Kreme Doughnuts
// ... Shares in Krispy Kreme sank" name one company.
func (ar *article) mergeOrgPrefixes() {
	var names []string
	for name, ln := range ar.local {
		if ln.typ == graph.Organization && strings.Contains(name, " ") {
			names = append(names, name)
		}
	}
	if len(names) < 2 {
		return
	}
	slices.Sort(names)
	for _, short := range names {
		var long string
		for _, n := range names {
			if rest, ok := strings.CutPrefix(n, short+" "); ok && !strings.Contains(rest, " ") {
				if long != "" {
					long = ""
					break
				}
				long = n
			}
		}
		if long != "" {
			ar.local[short] = ar.local[long]
		}
	}
}

// adjectival reports whether a capitalised word has the ending of an
// adjective of place or people: "European", "Caribbean", "Victorian",
// "Japanese", "Flemish".
func adjectival(w string) bool {
	for _, suf := range []string{"ean", "ian", "ese", "ish"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// learn records run as a name of type typ unless something already
// claims it, or it is one word in capitals that names no body
// ([not-acronym]: "the world's least curable disease - HIV/Aids").
func (ar *article) learn(run []token, typ graph.EntityType) {
	name := joinTokens(run)
	if _, ok := ar.local[name]; ok || len(ar.x.gaz.lookup(name)) > 0 || len(run) == 1 && ar.x.rules.inFold("not-acronym", name) {
		return
	}
	ar.local[name] = localName{id: graph.Slug(name), typ: typ, name: name}
	first := run[0].text
	ar.localFirst[first] = max(ar.localFirst[first], len(run))
}

// unknownRun returns the capitalised run at ts[i] when it is a name the
// gazetteer does not know as a whole and that is no personal name, or 0.
func (ar *article) unknownRun(ts []token, i int) int {
	if i >= len(ts) {
		return 0
	}
	if ar.x.rules.tokenIn("role-qualifier", &ts[i]) {
		return 0 // "Former WorldCom chief": the name starts after it
	}
	if i > 0 && strings.Contains(ts[i-1].text, "-") && ts[i-1].end == ts[i].start {
		return 0 // the tail of a hyphenated name
	}
	n := ar.capRunIn(ts, ar.sentMemo, i)
	if n == 0 || n > 5 {
		return 0
	}
	run := ts[i : i+n]
	if n == 1 && ar.writesLower(run[0].text) && !isUpperWord(run[0].text) {
		return 0 // "Race", "Company": a common word the article also writes in lower case
	}
	if ar.surnameWords[run[n-1].text] {
		return 0 // a person's surname
	}
	if ar.buf = appendJoined(ar.buf[:0], run); len(ar.x.gaz.forms[string(ar.buf)]) > 0 || ar.x.isHonorific(&run[0]) {
		return 0
	}
	if l, _ := ar.gazAt(ts, i, i+n); l > 0 {
		return 0 // "Labour Party conference": a known name leads
	}
	if n >= 2 && ar.x.isGiven(&run[0]) && plainName(ar.x, run) {
		return 0
	}
	return n
}

// orgClassAt reports whether ts[i], with lowWords lows, may start a
// phrase of [org-class]: when it does not, nameAfterClass finds none
// there and does nothing. learnNames asks it of every word in lower case,
// most of which start none, and it reads the word's own entry of the
// lexicon where nameAfterClass would be called.
func orgClassAt(lows []lowWord, ts []token, i int) bool {
	w := &lows[i]
	return w.rules != nil && w.rules.phraseBits&secBit("org-class") != 0 || w.low != ts[i].text
}

// nameAfterClass: a class noun in lower case, then a name, is an
// organisation: "Britain's biggest union Unison", "the campaign group
// Liberty", "advertising agency TBWA".
func (ar *article) nameAfterClass(ts []token, lows []lowWord, i int) {
	r := ar.x.rules
	if ts[i].capitalised() || i+1 >= len(ts) {
		return
	}
	// r.phrases["org-class"][w], found through the word's own entry;
	// lows holds it already for a word written in lower case.
	var e *wordRules
	if lows[i].low == ts[i].text {
		e = lows[i].rules
	} else {
		e = r.lookup(ts[i].text)
	}
	for _, ph := range e.phrasesOf("org-class") {
		end := i + len(ph)
		apposed := 0 // the words of a name set off by commas
		if end+1 < len(ts) && ts[end].text == "," {
			// "The unit, Yugansk, was sold": the name set off by commas.
			if n := ar.capRunIn(ts, ar.sentMemo, end+1); n > 0 && end+1+n < len(ts) && ts[end+1+n].text == "," {
				end++
				apposed = n
			}
		}
		if end >= len(ts) {
			continue
		}
		ok := true
		for k, w := range ph {
			if ts[i+k].text != w {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if n := ar.capRunIn(ts, ar.sentMemo, end); n > 1 && n <= 3 && end == i+len(ph) && !r.tokenIn("person-class", &ts[end-1]) &&
			ar.x.isGiven(&ts[end]) && plainName(ar.x, ts[end:end+n]) && !(determined(ts, i) && ar.relativeAfter(ts, end+n)) {
			// "building products group James Hardie has agreed": a firm
			// named after its founder, since the class noun says so. Not
			// after a comma ("the company, Yury Boyko, said" names its
			// head) nor after a noun that also describes a person ("games
			// maker Peter Molyneux", "rival John McEnroe"). Only after
			// "the" or "a" may a clause follow ("the firm John Smith
			// founded"): "according to housebuilder George Wimpey." is
			// the firm's name.
			if ar.buf = appendJoined(ar.buf[:0], ts[end:end+n]); len(ar.x.gaz.forms[string(ar.buf)]) == 0 {
				ar.learn(ts[end:end+n], graph.Organization)
			}
			return
		}
		if n := ar.unknownRun(ts, end); n > 0 && !ar.x.isGiven(&ts[end]) {
			// "the programme Dragon's Den", "the chain Sainsbury's": a
			// possessive inside the name, then a capitalised word or
			// nothing more.
			if p := end + n; p < len(ts) && ts[p].isPossessive() && ts[p].start == ts[p-1].end {
				if p+1 < len(ts) && ts[p+1].capitalised() && ts[p+1].isWord() && ts[p+1].start == ts[p].end+1 {
					n += 2
				}
			}
			ar.learn(ts[end:end+n], graph.Organization)
		} else if apposed >= 2 && apposed <= 4 && !ar.x.isGiven(&ts[end]) && !ar.x.isHonorific(&ts[end]) && plainName(ar.x, ts[end:end+apposed]) {
			// "Another financial firm, China Life, is facing": set off by
			// commas, the name is the firm's even when a word of it is a
			// place's.
			ar.learn(ts[end:end+apposed], graph.Organization)
		}
		return
	}
}

// nameAfterLeadClass: a class noun that opens the sentence, then a name
// no list knows, is an organisation, as it is in lower case after "the"
// ("Bookmaker Ladbrokes said", [lead-class]); not after a noun that also
// describes a person ("Broadcaster Chris Evans", [person-class]).
func (ar *article) nameAfterLeadClass(ts []token, i int) {
	r := ar.x.rules
	if !r.in("lead-class", strings.ToLower(ts[i].text)) || r.inFold("person-class", ts[i].text) {
		return
	}
	if n := ar.unknownRun(ts, i+1); n > 0 && !ar.x.isGiven(&ts[i+1]) {
		ar.learn(ts[i+1:i+1+n], graph.Organization)
	} else if n := ar.capRunIn(ts, ar.sentMemo, i+1); n > 1 && n <= 3 && ar.x.isGiven(&ts[i+1]) && plainName(ar.x, ts[i+1:i+1+n]) {
		// "Bookmaker William Hill": a firm named after its founder.
		if ar.buf = appendJoined(ar.buf[:0], ts[i+1:i+1+n]); len(ar.x.gaz.forms[string(ar.buf)]) == 0 {
			ar.learn(ts[i+1:i+1+n], graph.Organization)
		}
	}
}

// determined reports whether an article or "this" or "that" stands
// within the three words before ts[i], with no stop or comma between:
// "the firm", "a Chinese firm".
func determined(ts []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && ts[k].isWord(); k-- {
		switch strings.ToLower(ts[k].text) {
		case "the", "a", "an", "this", "that":
			return true
		}
	}
	return false
}

// panelOf reads a name of two words or more that no list knows after a
// board or panel and "of" as the body it is: "a panel of Special
// Advocates", "the Council of Hospital Chaplains". One word is too little
// to tell a body from a title ("the board of Directors").
func (ar *article) panelOf(ts []token, i int) {
	if i == 0 || i+2 >= len(ts) || ts[i-1].capitalised() || !ar.x.rules.tokenIn("panel-noun", &ts[i-1]) {
		return
	}
	if n := ar.unknownRun(ts, i+1); n >= 2 {
		ar.learn(ts[i+1:i+1+n], graph.Organization)
	}
}

// relativeAfter reports whether the words from ts[k] open a clause about
// the name before them ("the firm John Smith founded", "the group Jane
// Orme set up in 1990"), which makes the name a person's: a verb of the
// lexicon's [clause-verb], or any word that ends the sentence or a
// clause, since "the firm John Smith." is as likely one as the other.
func (ar *article) relativeAfter(ts []token, k int) bool {
	if k >= len(ts) {
		return true
	}
	return ar.x.rules.tokenIn("clause-verb", &ts[k]) || ts[k].text == "." || ts[k].text == "and"
}

// commonWords reports whether the article also writes every word of run
// in lower case ("head of Trade Policy" names a desk, not a firm), or
// whether a head word types the name without learning it.
func (ar *article) commonWords(run []token) bool {
	for _, t := range run {
		// A name with a head word is typed by it where it stands
		// ("Reserve Bank" of "the Reserve Bank of Australia"): learnt
		// alone it would cut the longer name short.
		if ar.x.orgHead[t.text] {
			return true
		}
	}
	for _, t := range run {
		if !ar.writesLower(t.text) {
			return false
		}
	}
	return true
}

// nameAfterSpeaker: a quoted person, "at" or "of", and a name no list
// knows is the body the person speaks from: "said Isabelle Kronawitter
// at Hypovereinsbank", "said Brian Taylor of Wells Fargo in
// Minneapolis", "according to X at Y", "X of Y told Reuters". The
// person's name has a given name the lists know; the body's name ends
// the sentence or a clause ("in", "who", "which" or a comma after it)
// after a verb of speech or "according to", or comes before the verb. After "of" it is
// of two words or more, not a place's head word at its end: "said Mr
// Skeens of Brownsville" names his town; "from" names a town as often.
func (ar *article) nameAfterSpeaker(ts []token, i int) {
	j := i - 1
	if j >= 0 && ts[j].text == "," {
		j--
	}
	k := j
	for k >= 0 && k > j-3 && ts[k].capitalised() && ts[k].isWord() {
		k--
	}
	if k == j || j-k < 2 || !ar.x.isGiven(&ts[k+1]) {
		return
	}
	s := i + 1
	if s < len(ts) && ts[s].text == "the" {
		s++
	}
	n, _ := ar.firmRun(ts, s)
	if n == 0 || ar.commonWords(ts[s:s+n]) || ts[i].text == "of" && (n < 2 || ar.x.rules.tokenIn("place-head", &ts[s+n-1])) {
		return
	}
	// The voice: a verb of speech before the person ("said X at Y",
	// "according to X at Y") with the body ending the clause, or after
	// the body ("X at Y said").
	e := s + n
	before := k >= 0 && (ar.x.speech[ts[k].text] || k > 0 && ts[k].text == "to" && ts[k-1].text == "according")
	ends := e == len(ts) || slices.Contains([]string{".", ",", ";", "in", "who", "which"}, ts[e].text)
	after := e < len(ts) && ar.x.speech[ts[e].text]
	if !after && e+1 < len(ts) && ts[e].text == "," && ts[e+1].text == "which" {
		// "X of Y, which aims to ..., said": the verb after the
		// clause that tells what the body does.
		for c := e + 2; c+1 < len(ts) && ts[c].text != "." && ts[c].text != ";"; c++ {
			if ts[c].text == "," {
				after = ar.x.speech[ts[c+1].text]
				break
			}
		}
	}
	if !(before && ends) && !after {
		return
	}
	ar.learn(ts[s:s+n], graph.Organization)
}

// nameAfterRoleAt: a role, "at", "with" or "for", and a name no list
// knows is the organisation the holder works for: "an economist at ING
// Barings", "an analyst with Purvin and Gertz", "spokesman for Ask
// Jeeves", "head of equity research at NCB Stockbrokers" (the role up to
// four lower-case words before "at" or "with"; "for" right after a role
// that is no seat, [seat-role]: "MP for Birkenhead" names a constituency,
// or after the role's desk: "director of business development for
// Gracenote").
func (ar *article) nameAfterRoleAt(ts []token, i int) {
	if i == 0 || i+1 >= len(ts) || ts[i].text != "at" && ts[i].text != "with" && ts[i].text != "for" {
		return
	}
	role, desk := false, false
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if ar.x.rules.tokenIn("role", &ts[k]) {
			// "MP for Birkenhead": a seat, not a firm; "analyst for
			// Forrester" is the firm's.
			// "director of business development for Gracenote": a
			// desk of the role's, then the firm it is for.
			desk = k+2 < i && ts[k+1].text == "of"
			role = ts[i].text != "for" || k == i-1 && !ar.x.rules.tokenIn("seat-role", &ts[k]) || desk
			break
		}
		if ts[k].capitalised() || !ts[k].isWord() {
			break
		}
	}
	if !role {
		return
	}
	s := i + 1
	if ts[s].text == "the" && s+1 < len(ts) {
		s++
	}
	n, _ := ar.firmRun(ts, s)
	if n == 0 && s+1 < len(ts) && slices.ContainsFunc(ar.x.formsOf(&ts[s]), func(r ref) bool { return r.kind == formDemonym }) {
		// "an economist at Swiss Re": a firm whose name opens with a
		// demonym, the rest no list knows.
		if m := ar.unknownRun(ts, s+1); m > 0 && s+1+m <= len(ts) {
			n = 1 + m
		}
	}
	if desk && ts[i].text == "for" && s+n < len(ts) && isLowerWord(ts[s+n].text) && !ar.x.isSpeech(&ts[s+n]) {
		return // "head of strategy for Latin American emerging markets": the desk's scope, not a firm
	}
	if n > 0 && !ar.commonWords(ts[s:s+n]) {
		ar.learn(ts[s:s+n], graph.Organization)
	}
}

// firmOfPerson: a person's name, "of", and two names no list knows
// joined by "and" or "&" is the person's firm: "Emmanuel Gaillard of
// Shearman and Sterling", "Jane Orme of Procter & Gamble". (A single
// unknown name after "of" may be a town: "John Smith of Little Snoring".)
func (ar *article) firmOfPerson(ts []token, i int) {
	if i < 2 || i+3 >= len(ts) || ts[i].text != "of" {
		return
	}
	p := i - 1
	for p > 0 && i-p < 3 && ts[p-1].capitalised() && ts[p-1].isWord() {
		p--
	}
	if !ar.x.isGiven(&ts[p]) || !plainName(ar.x, ts[p:i]) || i-p < 2 {
		return
	}
	s := i + 1
	if n, joined := ar.firmRun(ts, s); joined {
		ar.learn(ts[s:s+n], graph.Organization)
	}
}

// firmRun returns the length of the name no list knows at ts[s], with a
// second one joined to it by "and" or "&" ("Purvin and Gertz", "Procter
// & Gamble"), and whether it has one; neither part may start with a
// given name ("Jane and Bob").
func (ar *article) firmRun(ts []token, s int) (int, bool) {
	n := ar.unknownRun(ts, s)
	if n == 0 || s+n+1 >= len(ts) || ts[s+n].text != "and" && ts[s+n].text != "&" || ar.x.isGiven(&ts[s]) {
		return n, false
	}
	m := ar.unknownRun(ts, s+n+1)
	if m == 0 || ar.x.isGiven(&ts[s+n+1]) {
		return n, false
	}
	return n + 1 + m, true
}

// nameAfterRoleOf: a role, "of", and a name of capitalised words that
// holds function words ("chairman of Save Our Community", "director of
// Friends of the Earth") or that starts with no given name ("partner of
// Tods Murray") is an organisation.
func (ar *article) nameAfterRoleOf(ts []token, i int) {
	if i+2 >= len(ts) || ts[i].text != "of" || i == 0 || !ar.x.rules.tokenIn("role", &ts[i-1]) {
		return
	}
	s := i + 1
	if ts[s].text == "the" {
		s++
	}
	e := s
	for e < len(ts) && e < s+6 && ts[e].isWord() && (ts[e].capitalised() || e > s && isConnector(&ts[e]) && e+1 < len(ts) && ts[e+1].capitalised()) {
		e++
	}
	if e > s && ar.deskAfter(ts, e) {
		// "head of the Tate's digital programme", "deputy head of Swiss
		// Re's natural disasters department": the name owns the desk
		// of the role, a body, though a list knows its first word.
		if e-s == 1 {
			ar.learnOneWordOrg(ts, s)
			return
		}
		if e-s == 2 && ar.unknownRun(ts, s+1) == 1 {
			ar.learn(ts[s:e], graph.Organization)
			return
		}
	}
	if e-s == 1 && s == i+1 && !ar.x.rules.inFold("generic-role", ts[i-1].text) && !ar.x.rules.inFold("state-office", ts[i-1].text) &&
		!ar.x.rules.inFold("military-rank", ts[i-1].text) && len(ar.x.gaz.lookup(ts[s].text)) == 0 && !ar.commonWords(ts[s:e]) {
		// "chief executive of Rebellion": one word no list knows after
		// a role that belongs to a firm (not "mayor of Stevenage"),
		// that ends the phrase
		// (not "Venice's La Fenice", not "Jewish human rights group").
		if ar.joined(ts[s].text) {
			return // "head of Merrill's private client business" is Merrill Lynch's
		}
		if e+1 < len(ts) && (ts[e].text == "and" && ts[e+1].capitalised() || ts[e].text == "at" && (ts[e+1].text == "the" || ts[e+1].capitalised())) {
			return // "head of Distribution and Exhibition at the UK Film Council": a desk of the firm after
		}
		if e == len(ts) || !ts[e].isWord() && !ts[e].isPossessive() || ar.x.rules.textIn("speech", &ts[e]) ||
			slices.Contains([]string{"and", "in", "since", "for", "at", "who", "which", "has", "had", "is", "was"}, ts[e].text) {
			ar.learnOneWordOrg(ts, s)
		}
		return
	}
	if e-s < 2 || ar.x.isGiven(&ts[s]) && plainName(ar.x, ts[s:e]) || len(ar.x.gaz.lookup(joinTokens(ts[s:e]))) > 0 {
		return
	}
	if l, _ := ar.gazAt(ts, s, e); l > 0 {
		return
	}
	for _, t := range ts[s:e] {
		if ar.x.notName[t.text] && !connectors[strings.ToLower(t.text)] && t.text != ts[s].text {
			ar.learn(ts[s:e], graph.Organization) // "Save Our Community": a name with function words
			return
		}
	}
	// "executive partner of Tods Murray": a name of two or more words no
	// list knows, that starts with no given name, is the firm.
	if n := ar.unknownRun(ts, s); n >= 2 && s+n == e && !ar.x.isGiven(&ts[s]) && !ar.x.isHonorific(&ts[s]) && !ar.commonWords(ts[s:e]) {
		ar.learn(ts[s:e], graph.Organization)
	}
}

// deskAfter reports whether ts[e:] is a possessive and a desk in lower
// case that ends with a class noun of a body ([org-class]): "'s natural
// disasters department", "'s digital programme"; not "'s largest
// suburb".
func (ar *article) deskAfter(ts []token, e int) bool {
	if e+1 >= len(ts) || !ts[e].isPossessive() {
		return false
	}
	for k := e + 1; k < len(ts) && k <= e+4 && isLowerWord(ts[k].text); k++ {
		if ar.x.rules.tokenIn("org-class", &ts[k]) {
			return true
		}
	}
	return false
}

// nameAfterVerb: a name no list knows right after a verb of accusation,
// criticism, investigation or a lawsuit is a party to it: "the SEC is
// probing Enron", "sued Halliburton". A person would carry a given name
// or a title; a lone word is an organisation.
func (ar *article) nameAfterVerb(ts []token, i int) {
	if i+1 >= len(ts) || ts[i].capitalised() || !ts[i+1].capitalised() || !ts[i].isWord() {
		return
	}
	if w := ar.x.rules.textRules(&ts[i]); w == nil {
		return // no list holds the word: no verb of these
	}
	// roleItems(ts[i:i+1]), on the stack.
	items := []item{{tok: ts[i], low: strings.ToLower(ts[i].text)}}
	r := ar.x.rules
	if r.phraseAt(items, 0, "accuse") != 1 && r.phraseAt(items, 0, "criticize") != 1 && r.phraseAt(items, 0, "investigate") != 1 {
		return
	}
	ar.learnOneWordOrg(ts, i+1)
}

// nameAfterInquiry: an inquiry into a name no list knows is into an
// organisation: "launched an inquiry into Citigroup", "a probe into
// Parmalat".
func (ar *article) nameAfterInquiry(ts []token, i int) {
	if ts[i].text != "into" || i == 0 || i+1 >= len(ts) || !ts[i+1].capitalised() {
		return
	}
	if !ar.x.rules.textIn("investigation-noun", &ts[i-1]) {
		return
	}
	ar.learnOneWordOrg(ts, i+1)
}

// nameOfShares: a name no list knows that has shares, a stock, profits
// or a board is a company's: "shares in Krispy Kreme", "Krispy Kreme
// shares sank", "Zentix's profits", "Quill Motors' chief executive"
// (`[firm-thing]`).
func (ar *article) nameOfShares(ts []token, i int) {
	r := ar.x.rules
	if ts[i].text == "in" {
		if i == 0 || i+1 >= len(ts) || !ts[i+1].capitalised() || !ts[i-1].isWord() {
			return
		}
		if w := strings.ToLower(ts[i-1].text); w != "shares" && w != "stake" && w != "shareholders" && w != "shareholding" && w != "investors" {
			return
		}
		if n := ar.unknownRun(ts, i+1); n > 0 && !ar.x.isGiven(&ts[i+1]) && !(n == 1 && plainAdjective(ts[i+1].text)) {
			ar.learn(ts[i+1:i+1+n], graph.Organization)
		}
		return
	}
	if i > 0 && ts[i-1].capitalised() && ts[i-1].isWord() && !ar.x.isNotName(&ts[i-1]) {
		return // the run starts before; but "by 1300 GMT Carnival's shares"
	}
	if !sharesAhead(ts, i) {
		return // most capitalised words: spare the costly unknownRun
	}
	n := ar.unknownRun(ts, i)
	if n == 0 || i+n+1 >= len(ts) || ar.x.isGiven(&ts[i]) || ar.x.isNotName(&ts[i]) || r.tokenIn("opening-preposition", &ts[i]) {
		return // not "Under stock market rules"
	}
	if n == 1 && plainAdjective(ts[i].text) {
		return // "Asian shares", "pan-European shares", "Anglo-Swedish drug firm"
	}
	k := i + n
	if ts[k].isPossessive() {
		k++
	} else if ts[k].text != "shares" && ts[k].text != "stock" {
		return // "Krispy Kreme shares", but "Zentix profits" may be a headline's
	}
	if r.textIn("firm-thing", &ts[k]) || k+1 < len(ts) && r.textIn("firm-thing", &ts[k+1]) && ts[k].text == "share" {
		ar.learn(ts[i:i+n], graph.Organization)
	}
}

// sharesAhead reports whether one of the tokens where nameOfShares may
// look for a possessive, "shares" or "stock" after a run of unknownRun
// from ts[i] (at most five words, with a token after) is one. It must
// follow the tests of ts[k] in nameOfShares.
func sharesAhead(ts []token, i int) bool {
	for k := i + 1; k <= i+5 && k+1 < len(ts); k++ {
		if ts[k].isPossessive() || ts[k].text == "shares" || ts[k].text == "stock" {
			return true
		}
	}
	return false
}

// plainAdjective reports whether a capitalised word no list knows is an
// adjective of place or people ("Asian", "European", "pan-European") or
// a compound of them ("Anglo-Swedish"), no name.
func plainAdjective(w string) bool {
	w = strings.TrimPrefix(w, "pan-")
	if strings.Contains(w, "-") {
		return true
	}
	for _, suf := range []string{"ean", "ian", "ese", "ish", "can"} {
		if len(w) >= len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// nameBeforeDeath: a name of two or three words no list knows, with a
// possessive and a noun of what befalls a person (`[event-of-person]`),
// is a person's: "Baha Mousa's death", "Anna Lindh's murder".
func (ar *article) nameBeforeDeath(ts []token, i int) {
	if !ts[i].isPossessive() || i < 2 || i+1 >= len(ts) || !ar.x.rules.textIn("event-of-person", &ts[i+1]) {
		return
	}
	for n := 2; n <= 3 && i-n >= 0; n++ {
		k := i - n
		if ar.unknownRun(ts, k) == n && (k == 0 || !ts[k-1].capitalised() || !ts[k-1].isWord()) && plainName(ar.x, ts[k:i]) {
			ar.learn(ts[k:i], graph.Person)
			return
		}
	}
}

// learnOneWordOrg learns the name at ts[k] as an organisation when it is
// one word that no list knows and no given name ("accused TBWA",
// "an inquiry into Citigroup"); a longer run is left to the other rules.
func (ar *article) learnOneWordOrg(ts []token, k int) {
	n := ar.unknownRun(ts, k)
	if n != 1 || ar.x.isGiven(&ts[k]) || ar.x.isNotName(&ts[k]) {
		return
	}
	if k+1 < len(ts) && ts[k+1].capitalised() {
		return
	}
	if k+2 < len(ts) && ts[k+1].text == "and" && ar.x.rules.in("portfolio", strings.ToLower(ts[k].text+" and "+ts[k+2].text)) {
		return // "criticised Work and Pensions Secretary X": a portfolio, no body
	}
	ar.learn(ts[k:k+1], graph.Organization)
}

// nameBeforeClass: "the", a name, then a class noun in lower case is an
// organisation: "the Menatep group", "the Acme company".
func (ar *article) nameBeforeClass(ts []token, i int) {
	if ts[i].text != "the" && ts[i].text != "The" {
		return
	}
	s := i + 1
	// "the state-owned Naftohaz company", "the Ukrainian state-owned
	// Naftohaz company", "the legendary Hacienda club": words that
	// describe the body, before its name.
	for s < len(ts) && s < i+3 && (isLowerWord(ts[s].text) && !preposition[ts[s].text] && ts[s].text != "and" ||
		s+1 < len(ts) && ar.stateDemonym(ts[s].text) && isLowerWord(ts[s+1].text)) {
		s++ // a demonym only before a word in lower case: not "the Greek Olympic team"
	}
	n := ar.unknownRun(ts, s)
	if n == 0 || ar.x.isGiven(&ts[s]) {
		return
	}
	c := s + n
	if c >= len(ts) || !ar.x.rules.textIn("org-class", &ts[c]) || !isLowerWord(ts[c].text) {
		return
	}
	if c+1 < len(ts) && ts[c+1].capitalised() && ts[c+1].isWord() {
		return // "the Acme group Chairman X"
	}
	if s > i+1 && (ts[c].text == "party" || ts[c].text == "team" || ts[c].text == "side") {
		return // "the main Eurosceptic party": a capitalised adjective after the describing words
	}
	if ts[c].text == "group" {
		// "the Menatep group": a group of companies is named with its
		// word ("Menatep group"); alone, "Menatep" is still found (see
		// shortOrg).
		c++
	}
	ar.learn(ts[s:c], graph.Organization)
}

// nameBeforeClassApposition: a name set off by an apposition that ends
// in a class noun is an organisation: "Menatep, Yukos' main shareholders'
// group, has", "Zentix, a British oil firm, said".
func (ar *article) nameBeforeClassApposition(ts []token, i int) {
	if !ts[i].capitalised() || i > 0 && (ts[i-1].capitalised() || !isLowerWord(ts[i-1].text) && ts[i-1].isWord()) {
		return // inside a longer name: "Il Sole 24 Ore, Italy's business newspaper,"
	}
	// The cheap tests first: a comma after a few capitalised words, and
	// a class noun before the next comma.
	c := i
	for c < len(ts) && c < i+5 && (ts[c].capitalised() && ts[c].isWord() || c > i && isConnector(&ts[c])) {
		c++
	}
	if c+2 >= len(ts) || ts[c].text != "," {
		return
	}
	d := c + 1
	for d < len(ts) && d < c+7 && ts[d].text != "," {
		d++
	}
	if d >= len(ts) || ts[d].text != "," || !ar.classEndsAt(ts, d) {
		// "Parmalat, the Italian food group at the centre of a
		// scandal, has": the class noun before a phrase that
		// qualifies it.
		if n := ar.unknownRun(ts, i); n > 0 && n <= 4 && i+n == c && ar.classThenQualifier(ts, c+1) &&
			!ar.writesLower(ts[i].text) {
			ar.learn(ts[i:i+n], graph.Organization)
		}
		return
	}
	n := ar.unknownRun(ts, i)
	if n == 0 || n > 4 || i+n+2 >= len(ts) || ts[i+n].text != "," {
		return
	}
	if first := strings.ToLower(ts[i].text); ar.lowerWords.has(first) || strings.HasSuffix(first, "ly") || ar.x.isGiven(&ts[i]) {
		return // "Creditors of Parmalat, ... other creditors", "Worryingly, said the firm,", "Roy and Steve, an integral part of my team,"
	}
	for e := i + n + 1; e < len(ts) && e <= i+n+7; e++ {
		w := ts[e].text
		if w == "," {
			if isLowerWord(ts[e-1].text) && ar.classEndsAt(ts, e) &&
				!(e+1 < len(ts) && (ts[e+1].text == "and" || ts[e+1].text == "or")) {
				ar.learn(ts[i:i+n], graph.Organization)
			}
			return
		}
		if !ts[e].isWord() && !ts[e].isPossessive() && w != "'" && w != "’" && !(w == "-" && ts[e].start == ts[e-1].end) || ar.x.rules.inFold("role", w) {
			return // "Neill, editor of Hazards magazine,": a person's role; but "a California-based company"
		}
	}
}

// classEndsAt reports whether a class noun of organisations ends right
// before ts[e], as one word ("firm") or two ("steel producer": "China's
// largest steel producer").
func (ar *article) classEndsAt(ts []token, e int) bool {
	if e < 1 {
		return false
	}
	if ar.x.rules.textIn("org-class", &ts[e-1]) {
		return true
	}
	if e < 2 {
		return false
	}
	// The two words joined on the stack, not in a new string.
	var a [32]byte
	b := append(append(append(a[:0], ts[e-2].text...), ' '), ts[e-1].text...)
	return ar.x.rules.in("org-class", string(b))
}

// classThenQualifier reports whether ts[k:] opens with "the" or "a", up
// to three describing words, a class noun of organisations and a word that
// starts a phrase about it: "the Italian food group at the centre of",
// "a US firm which".
func (ar *article) classThenQualifier(ts []token, k int) bool {
	if k >= len(ts) || ts[k].text != "the" && ts[k].text != "a" && ts[k].text != "an" {
		return false
	}
	for e := k + 1; e < len(ts) && e <= k+4; e++ {
		w := ts[e].text
		if ar.x.rules.in("org-class", w) {
			if e+1 >= len(ts) || ar.x.rules.in("person-noun", w) {
				return false // "Jo Flaherty, a senior broadcaster with CBS": a person
			}
			switch ts[e+1].text {
			case "at", "in", "behind", "with", "which", "that", "whose", "based", "owned", "run", "founded", "controlled":
				return true
			}
			return false
		}
		if !ts[e].isWord() || ar.x.rules.inFold("role", w) || ar.x.rules.in("relation-noun", w) {
			return false // "X, the chairman of": a person's role
		}
	}
	return false
}

// acronymInBrackets: initials or a short name in brackets right after a
// name of two or more words are that organisation's ("India
// Petrochemicals Limited (IPCL)", "the Chilean Copper Commission
// (Cochilco)"), whether or not they spell every word, when they start
// with its first letter; the name is an organisation.
func (ar *article) acronymInBrackets(ts []token, i int) {
	if ts[i].text != "(" || i < 2 || i+2 >= len(ts) || ts[i+2].text != ")" || !ts[i+1].capitalised() || !ts[i+1].isWord() {
		return
	}
	a := ts[i+1].text
	if !isUpperWord(a) && ar.x.isGiven(&ts[i+1]) {
		return // "(Cochilco)" shortens the name; "(John)" does not
	}
	s := i
	for s > 0 && i-s < 6 && (ts[s-1].capitalised() && ts[s-1].isWord() || s < i && isConnector(&ts[s-1]) && s > 1 && ts[s-2].capitalised()) {
		s--
	}
	// "National Institute of Economic and Social Research (NIESR)": past
	// "and" only when the initials then spell the letters.
	for e := s - 2; e >= 0 && s > 1 && ts[s-1].text == "and"; e-- {
		if !ts[e].capitalised() && !isConnector(&ts[e]) {
			break
		}
		if ts[e].capitalised() && initials(joinTokens(ts[e:i]), a) {
			s = e
			break
		}
	}
	if ts[s].text == "The" {
		s++ // "The Trades Union Congress (TUC)"
	}
	if s == 0 && ar.writesLower(ts[s].text) {
		s++ // "Shares of Sumitomo Mitsui Financial (SMFG)": a common word that opens the sentence
		for s < i && isConnector(&ts[s]) {
			s++
		}
	}
	if i-s < 2 || !ts[s].capitalised() || a[0] != ts[s].text[0] || ar.x.isGiven(&ts[s]) {
		return
	}
	name := joinTokens(ts[s:i])
	id, typ := graph.Slug(name), graph.Organization
	if rs := ar.x.gaz.lookup(name); len(rs) > 0 {
		e := ar.x.gaz.entities[rs[0].id]
		if e.Type != graph.Organization {
			return
		}
		id, name = e.ID, e.Name
	} else if ln, ok := ar.local[name]; ok {
		if ln.typ != graph.Organization {
			return
		}
	} else if ar.x.isOrgHead(&ts[i-1]) || ar.namesState(ts[s:i]) || headOf(ar.x, ts[s:i]) {
		// "Trades Union Congress (TUC)", "Athletics Kenya (AK)": a
		// head word, or a state in the name, makes it a body, and so does
		// a head before "of" ("National Institute of Economic and Social
		// Research (NIESR)").
		ar.learn(ts[s:i], graph.Organization)
	} else {
		return // "Liquid Crystal Display (LCD)", "Really Simple Syndication (RSS)": things
	}
	if _, ok := ar.local[a]; !ok && len(ar.x.gaz.lookup(a)) == 0 {
		ar.local[a] = localName{id: id, typ: typ, name: name}
		ar.localFirst[a] = max(ar.localFirst[a], 1)
	}
}

// headOf reports whether a word of run that heads a body comes right
// before "of" or "for": "Institute of", "Council for".
func headOf(x *Extractor, run []token) bool {
	for k := 0; k+1 < len(run); k++ {
		if (run[k+1].text == "of" || run[k+1].text == "for") && x.isOrgHead(&run[k]) {
			return true
		}
	}
	return false
}

// namesState reports whether one word of run is a state's name or
// demonym the gazetteer knows.
func (ar *article) namesState(run []token) bool {
	for _, t := range run {
		for _, r := range ar.x.gaz.lookup(t.text) {
			if ar.x.gaz.entities[r.id].Type == graph.Country {
				return true
			}
		}
	}
	return false
}

// nameBeforeRole: a name followed by a role in lower case and a personal
// name, or by a possessive and a role, is an organisation: "Newsnight
// journalist Andrew Smith", "Acme chief executive Jane Roe", "Acme's boss".
func (ar *article) nameBeforeRole(ts []token, i int) {
	if !ts[i].capitalised() {
		return
	}
	if i > 0 && ts[i-1].capitalised() && ts[i-1].isWord() && !ar.x.rules.tokenIn("role-qualifier", &ts[i-1]) && !ar.x.isNotName(&ts[i-1]) {
		return // inside a longer run
	}
	// The role after the run first: most runs have none, and the
	// run's own tests (unknownRun) cost more.
	n := ar.capRunIn(ts, ar.sentMemo, i)
	if n == 0 || n > 5 {
		return
	}
	j := i + n
	poss := j < len(ts) && ts[j].isPossessive()
	if poss {
		j++
	}
	// The role, or a qualifier of it, starts at ts[j]: most runs are
	// followed by neither, told by the word's entry in the lexicon
	// (lookup of its text, as the items below have it) before they are
	// laid out.
	if j >= len(ts) {
		return
	}
	if e := ar.x.rules.textRules(&ts[j]); e == nil || e.phraseBits&secBit("role") == 0 && !e.isIn("role-qualifier") {
		return
	}
	var buf [4]item
	items := buf[:0]
	for k := j; k < len(ts) && k < j+4; k++ {
		it := item{tok: ts[k], low: ts[k].text}
		if f := ts[k].facts; f != nil && f.low == it.low {
			it.rules, it.looked = f.rules, true // the lexicon's entry, found already
		}
		items = append(items, it)
	}
	q := 0
	for q < len(items) && ar.x.rules.itemIn(items, q, "role-qualifier") && ar.x.rules.phraseAt(items, q, "role") < 2 &&
		q+1 < len(items) && isLowerWord(items[q+1].low) {
		q++
	}
	l := ar.x.rules.phraseAt(items, q, "role")
	if l == 0 {
		return
	}
	if ar.unknownRun(ts, i) == 0 || ar.x.isGiven(&ts[i]) || ar.x.isNotName(&ts[i]) {
		return // unknownRun gives n or 0
	}
	for _, t := range ts[i : i+n] {
		if ar.x.rules.tokenIn("role-qualifier", &t) || ar.x.rules.tokenIn("role", &t) || ar.x.rules.tokenIn("org-class", &t) {
			return // "Shadow chancellor X", "Opposition leader X", "Company president X"
		}
	}
	if ar.x.rules.inFold("portfolio", joinTokens(ts[i:i+n])) {
		return // "Home Affairs spokesman X": a brief, not a body
	}
	if !poss && ar.x.rules.inFold("role", ts[i+n-1].text+" "+ts[j].text) {
		return // "Legal adviser X", "Commercial director X": one role opening the sentence
	}
	if n == 1 && ar.x.rules.inFold("other-body", ts[i].text) {
		return // "Theatre director X" opening a sentence: a common noun
	}
	if n == 1 && (adjectival(ts[i].text) || len(ts[i].text) >= 5 && strings.HasSuffix(ts[i].text, "ian")) {
		return // "chief Asian strategist X": an adjective of place, no body
	}
	if n == 1 && i == 0 && len(ts[i].text) > 4 && hasAnySuffix(strings.ToLower(ts[i].text), "ed", "ous", "ful", "less", "ive", "able", "ible") {
		return // "Famed director X", "Celebrated author X" opening a sentence: an adjective, no body
	}
	p := j + q + l
	if poss {
		ar.learn(ts[i:i+n], graph.Organization)
		return
	}
	if p+1 < len(ts) && ts[p].capitalised() && ts[p+1].capitalised() && ar.x.isGiven(&ts[p]) {
		ar.learn(ts[i:i+n], graph.Organization)
	}
}

// hasAnySuffix reports whether w ends with one of suffixes.
func hasAnySuffix(w string, suffixes ...string) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// acronymName: a word in capitals that no list knows, such as "TBWA" or
// "MI6", is an organisation's initials.
func (ar *article) acronymName(ts []token, i int) {
	w := ts[i].text
	if len(w) < 2 || len(w) > 6 || !ts[i].capitalised() || ar.x.rules.tokenIn("not-acronym", &ts[i]) || len(ar.x.formsOf(&ts[i])) > 0 {
		return
	}
	upper := 0
	for _, c := range w {
		switch {
		case unicode.IsUpper(c):
			upper++
		case unicode.IsDigit(c):
		default:
			return
		}
	}
	if upper < 2 || (i > 0 && isUpperWord(ts[i-1].text)) || (i+1 < len(ts) && isUpperWord(ts[i+1].text)) {
		return // a headline in capitals, not initials
	}
	// Initials name an organisation where the sentence treats them as
	// one ("the QRXT said", "a director of KLMV", "an MI6 officer",
	// "TBWA's boss"); "DSL", "RSS" and "DVR" name things.
	before := i > 0 && (ts[i-1].text == "the" || ts[i-1].text == "The" || preposition[ts[i-1].text] || ts[i-1].text == "an" || ts[i-1].text == "a")
	after := i+1 < len(ts) && (ts[i+1].isPossessive() || ar.x.speech[ts[i+1].text] || ar.x.rules.inFold("role", ts[i+1].text) ||
		ar.x.rules.textIn("org-class", &ts[i+1]) || ar.x.rules.textIn("spokes-word", &ts[i+1]))
	if !after && !(before && i+1 < len(ts) && !ts[i+1].isWord()) {
		return
	}
	ar.learn(ts[i:i+1], graph.Organization)
}

// placeAfterIn: "in Basingstoke", "near Torbay": a name after a
// preposition of place, in mid-sentence, is a place.
func (ar *article) placeAfterIn(ts []token, i int) {
	switch ts[i].text {
	case "in", "near", "outside":
	default:
		return
	}
	n := ar.unknownRun(ts, i+1)
	if n != 1 || ar.x.isGiven(&ts[i+1]) || strings.HasSuffix(ts[i+1].text, "s") || isUpperWord(ts[i+1].text) {
		return // one word: "in Windows XP", "in Tests" name no place
	}
	end := i + 1 + n
	if end < len(ts) && (ts[end].isPossessive() || ts[end].capitalised() || isDigits(ts[end].text)) {
		return // "in Chapter 11", "in Halo 2": a part or a work, no place
	}
	if i > 0 && ar.x.rules.inFold("work-cue", ts[i-1].text) {
		return // "his role in Closer": a film
	}
	if ar.x.rules.tokenIn("language", &ts[i+1]) {
		return // "shot in Hindi": a language
	}
	if w := ts[i+1].text; ar.x.isOrgHead(&ts[i+1]) || strings.HasSuffix(w, "tion") || strings.HasSuffix(w, "ment") {
		// "in Parliament", "in Government", "Lost in Translation": an
		// institution or a common noun in capitals, no place.
		return
	}
	if end < len(ts) && isLowerWord(ts[end].text) && adjectival(ts[i+1].text) {
		return // "outside European jurisdiction": an adjective before its noun
	}
	if end < len(ts) && isLowerWord(ts[end].text) && !ar.x.isPlaceHead(&ts[end]) && nounEnding(ts[end].text) {
		return // "£280m in Mini production": a name qualifying a noun
	}
	if i > 0 && ts[i].text == "in" && slices.Contains([]string{"shares", "stake", "stakes", "holding", "holdings", "investment", "investments"}, strings.ToLower(ts[i-1].text)) {
		ar.learnOneWordOrg(ts, i+1) // "shares in Absa": a company
		return
	}
	typ, ok := ar.classify(ts[i+1:end], ts, i+1)
	if ok && typ != graph.Place {
		return
	}
	ar.learn(ts[i+1:end], graph.Place)
}

// nounEnding reports whether w ends as most English nouns of action,
// trade or state do ("production", "investment", "sales", "makers").
func nounEnding(w string) bool {
	for _, suf := range []string{"tion", "ment", "ness", "ship", "ers", "ance", "ence", "ity", "sales"} {
		if len(w) > len(suf)+1 && strings.HasSuffix(w, suf) || w == suf {
			return true
		}
	}
	return false
}

// localAt returns the longest article-learnt name at toks[i].
func (ar *article) localAt(toks []token, i int) (int, localName) {
	if len(ar.localFirst) == 0 {
		return 0, localName{} // most articles teach no name
	}
	// The name rules ask it of every token, and few tokens start with a
	// byte that one of the first words does: the first bytes are noted
	// anew whenever a first word was added (none is ever removed).
	if len(ar.localFirst) != ar.localFirstN {
		clear(ar.localFirstBytes[:])
		for w := range ar.localFirst {
			if w != "" {
				ar.localFirstBytes[w[0]] = true
			}
		}
		ar.localFirstN = len(ar.localFirst)
	}
	if w := toks[i].text; w == "" || !ar.localFirstBytes[w[0]] {
		return 0, localName{}
	}
	for n := min(ar.localFirst[toks[i].text], len(toks)-i); n >= 1; n-- {
		ar.buf = appendJoined(ar.buf[:0], toks[i:i+n])
		if ln, ok := ar.local[string(ar.buf)]; ok {
			return n, ln
		}
	}
	return 0, localName{}
}

// splitPrefixes cuts a prefix of time off a capitalised word, so that
// the name stands alone: "ex-Yukos boss", "former-President Kuchma",
// "Ex-No 10 media chief"; and off a role, so that the role lists know
// it: "ex-head of communications at Number 10", "ex-chairman of". The
// qualifier stays a token of its own. Extract calls it only for the
// sentences with a hyphen.
func (x *Extractor) splitPrefixes(toks []token) []token {
	split := false
	for _, t := range toks {
		if len(t.text) > 3 && (t.text[0] == 'e' || t.text[0] == 'E' || t.text[0] == 'f' || t.text[0] == 'F') && strings.Contains(t.text, "-") {
			split = true
			break
		}
	}
	if !split {
		return toks // most sentences: nothing to cut
	}
	out := make([]token, 0, len(toks)+2)
	for _, t := range toks {
		low := strings.ToLower(t.text)
		cut := 0
		for _, p := range []string{"ex-", "former-"} {
			if strings.HasPrefix(low, p) && len(t.text) > len(p) {
				if r := rune(t.text[len(p)]); unicode.IsUpper(r) || unicode.IsDigit(r) {
					cut = len(p)
				}
			}
		}
		if cut == 0 && strings.HasPrefix(low, "ex-") && x.rules.in("role", low[3:]) {
			// "ex-" as the role lists write it, a qualifier before the
			// role: "ex-chairman" reads as "former chairman".
			out = append(out, token{text: t.text[:3], start: t.start, end: t.start + 3}, token{text: t.text[3:], start: t.start + 3, end: t.end})
			continue
		}
		if cut == 0 {
			out = append(out, t)
			continue
		}
		out = append(out, token{text: t.text[:cut-1], start: t.start, end: t.start + cut - 1},
			token{text: "-", start: t.start + cut - 1, end: t.start + cut},
			token{text: t.text[cut:], start: t.start + cut, end: t.end})
	}
	return out
}

// strikable reports whether m can be the target of an attack that the
// sentence tells: a place, or an organisation when the sentence speaks
// of violence ("a drone attack on the Kremlin"). Without violence, an
// "attack on Labour" is one of words, and no incident.
func (ar *article) strikable(m *mention, sentence string) bool {
	switch m.typ {
	case graph.Place:
		return true
	case graph.Organization:
		for _, t := range tokenize(sentence, 0) {
			if ar.x.rules.inFold("violence", t.text) {
				return true
			}
		}
	}
	return false
}

// mediaName reports whether name holds a word of a news outlet's name
// ([media-word]), a possessive's ending aside: "BBC Radio 4",
// "Newsnight", "the Today programme's".
func (r *rules) mediaName(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if r.inFold("media-word", strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")) {
			return true
		}
	}
	return false
}

// pressBody reports whether the entity id is press by its name (a word
// of [media-word]: "The Observer", "BBC").
func (ar *article) pressBody(id string) bool {
	e := ar.ents[id]
	return e != nil && ar.x.rules.mediaName(e.Name)
}

// outlet reports whether m is a news outlet named only as the channel of
// a statement ("told the BBC", "speaking on BBC Radio", "writing in the
// Daily Telegraph"): the medium takes no part in the story.
func (ar *article) outlet(m mention) bool {
	if m.typ != graph.Organization || m.kind != byName {
		return false
	}
	if !ar.x.rules.mediaName(m.surface) {
		return false
	}
	before := strings.ToLower(strings.TrimRight(ar.a.Text[max(0, m.start-60):m.start], " "))
	// "told BBC Radio 4's Today programme": the outlet's own name
	// before the programme is no cue.
	for {
		f := strings.Fields(before)
		if len(f) == 0 {
			break
		}
		w := strings.TrimSuffix(strings.TrimSuffix(f[len(f)-1], "'s"), "’s")
		if !ar.x.rules.in("media-word", w) {
			break
		}
		before = strings.TrimRight(before[:len(before)-len(f[len(f)-1])], " ")
	}
	before = strings.TrimSuffix(before, " the")
	for _, cue := range ar.x.lex["outlet-cue"] {
		if strings.HasSuffix(before, " "+cue) || before == cue {
			return true
		}
	}
	return false
}

// learnGender notes a person's gender from a title ("Mrs Blair", "Sir
// Menzies") or a given name of the [female-name] or [male-name] lists.
func (ar *article) learnGender(id, name, surface string) {
	if ar.gender[id] != "" {
		return
	}
	for _, s := range [2]string{surface, name} {
		// A title or given name only before more of the name: "King"
		// alone is a surname ("Ms King"), not a king; a word alone is
		// not looked up.
		w, more := firstField(s)
		if w == "" || !more {
			continue
		}
		e := ar.x.rules.lookupFold(w) // one look for the four lists
		switch {
		case e.isIn("female-title") || e.isIn("female-name"):
			ar.gender[id] = "f"
			return
		case e.isIn("male-title") || e.isIn("male-name"):
			ar.gender[id] = "m"
			return
		}
	}
}

// fits reports whether a personal pronoun can stand for the person: "she"
// for a woman or a person of unknown gender, "he" for a man or unknown.
func (ar *article) fits(id, pronoun string) bool {
	switch ar.gender[id] {
	case "f":
		return pronoun != "he"
	case "m":
		return pronoun != "she"
	}
	return true
}

// nameAfterOutlet: a name no list knows after a broadcaster's or paper's
// possessive is one of its programmes or titles, an organisation: "BBC
// Radio 4's Any Questions", "Channel 4's Dispatches".
func (ar *article) nameAfterOutlet(ts []token, i int) {
	if i == 0 || i+1 >= len(ts) || !ts[i].isPossessive() || !ts[i+1].capitalised() {
		return
	}
	if !ar.x.rules.in("media-word", strings.ToLower(ts[i-1].text)) || !ts[i-1].capitalised() && !isDigits(ts[i-1].text) {
		return
	}
	n := ar.unknownRun(ts, i+1)
	if n == 0 || ar.commonWords(ts[i+1:i+1+n]) || ar.x.isGiven(&ts[i+1]) {
		return
	}
	ar.learn(ts[i+1:i+1+n], graph.Organization)
}

// nameAfterState: a state's possessive, then a name no list knows that
// is one word, initials first, or a body's head, is a company or body of
// that state: "Russia's Lukoil", "Australia's BHP Billiton". Not a
// person's name ("Britain's Paula Radcliffe", "Britain's Kelly"), nor a
// name that qualifies a noun after it ("Pakistan's Sindh province"), nor
// after a city's possessive ("London's Hilton").
func (ar *article) nameAfterState(ts []token, i int) {
	if i == 0 || i+1 >= len(ts) || !ts[i+1].capitalised() || !ts[i+1].isWord() {
		return
	}
	state := false
	for s := i - 1; s >= 0 && s >= i-3 && !state; s-- {
		if l, rs := ar.gazAt(ts, s, i); l == i-s {
			for _, r := range rs {
				// The state by its own name, not a city that may stand
				// for it: "London's Hilton hotel".
				state = state || r.kind == formName && ar.x.gaz.entities[r.id].Type == graph.Country
			}
		}
	}
	if !state {
		return
	}
	n := ar.unknownRun(ts, i+1)
	if n == 0 {
		return
	}
	if e := i + 1 + n; e < len(ts) && ts[e].isWord() && !ts[e].capitalised() && !actsAfter(ar.x, &ts[e]) {
		return // "Pakistan's Sindh province", "Britain's Jewish community": the name qualifies a noun
	}
	run := ts[i+1 : i+1+n]
	if n == 1 || isUpperWord(run[0].text) || ar.x.isOrgHead(&run[n-1]) {
		ar.learn(run, graph.Organization)
	}
}

// actsAfter reports whether the lower-case word t, right after a name,
// may be the name's verb or a conjunction rather than a noun the name
// qualifies: "Lukoil said", "Corus and", "Petrobras has", "Saab makes".
func actsAfter(x *Extractor, t *token) bool {
	switch w := t.text; w {
	case "and", "or", "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "also", "to", "which", "who":
		return true
	default:
		return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || x.rules.textIn("speech", t)
	}
}

// isDigits reports whether s is all ASCII digits ("4" of "Radio 4").
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// joined reports whether the article writes the capitalised word w next
// to another capitalised word, inside a longer name ("Merrill" of
// "Merrill Lynch"): alone it is that name cut short. Asked rarely, it
// reads the tokens rather than keep a set for every article.
func (ar *article) joined(w string) bool {
	for _, ts := range ar.toks {
		for k, t := range ts {
			if t.text != w {
				continue
			}
			if k > 0 && ts[k-1].capitalised() && ts[k-1].isWord() && !ar.x.isNotName(&ts[k-1]) ||
				k+1 < len(ts) && ts[k+1].capitalised() && ts[k+1].isWord() {
				return true
			}
		}
	}
	return false
}

// renamings reads a company's other name told as such and makes the two
// one organisation, the one the article names first: "WorldCom ... is
// now known as MCI", "MCI, which was formerly known as WorldCom", "The
// firm, formerly Interbrew,".
func (ar *article) renamings(toks [][]token, ms [][]mention) {
	for i, ts := range toks {
		for k := 1; k+1 < len(ts); k++ {
			var s, o *mention
			switch {
			case ts[k].text == "known" && ts[k+1].text == "as" && (ts[k-1].text == "now" || ts[k-1].text == "formerly" || ts[k-1].text == "previously"):
				o = mentionAt(ms[i], k+2)
				if ts[k-1].text == "now" {
					s = firstOrg(ms[i], k-1) // "WorldCom emerged ... and is now known as MCI"
				} else {
					s = beforeApposition(ts, ms[i], k-1) // "MCI, which was formerly known as"
				}
			case ts[k].text == "formerly" && ts[k-1].text == ",":
				o = mentionAt(ms[i], k+1)
				s = beforeApposition(ts, ms[i], k)
			}
			if s == nil || o == nil || s.typ != graph.Organization || o.typ != graph.Organization || s.id == o.id || s.modifier || o.modifier {
				continue
			}
			ar.merge(ms, s.id, o.id)
		}
	}
}

// firstOrg returns the sentence's first organisation, before token k.
func firstOrg(ms []mention, k int) *mention {
	for j := range ms {
		if ms[j].t1 <= k && ms[j].typ == graph.Organization && !ms[j].modifier {
			return &ms[j]
		}
	}
	return nil
}

// beforeApposition returns the mention before the comma that opens the
// apposition ending before token k (", formerly", ", which was formerly"),
// or nil.
func beforeApposition(ts []token, ms []mention, k int) *mention {
	j := k - 1
	for j > 0 && (ts[j].text == "which" || ts[j].text == "was" || ts[j].text == "is") {
		j--
	}
	if j <= 0 || ts[j].text != "," {
		return nil
	}
	for q := range ms {
		if ms[q].t1 == j {
			return &ms[q]
		}
	}
	return nil
}

// merge makes the organisations a and b one: the one the article named
// first keeps its ID and takes the other's names.
func (ar *article) merge(ms [][]mention, a, b string) {
	ea, eb := ar.ents[a], ar.ents[b]
	if ea == nil || eb == nil {
		return
	}
	keep, drop := a, b
	if slices.Index(ar.order, b) < slices.Index(ar.order, a) {
		keep, drop = b, a
	}
	ek, ed := ar.ents[keep], ar.ents[drop]
	for _, al := range append([]string{ed.Name}, ed.Aliases...) {
		if !containsString(ek.Aliases, al) {
			ek.Aliases = append(ek.Aliases, al)
		}
	}
	for i := range ms {
		for j := range ms[i] {
			if ms[i][j].id == drop {
				ms[i][j].id = keep
			}
		}
	}
	delete(ar.ents, drop)
	ar.order = slices.DeleteFunc(ar.order, func(id string) bool { return id == drop })
}

// learnPeople finds the capitalised pairs and triples that no list knows
// and that the article shows to be people's names, and keeps them in
// ar.learntPeople, so that nameMentions types every mention of them as a
// person's: a name with a person's aside after it ("Moazzam Begg, from
// Birmingham,", "Feroz Abbasi, 24,"), a name coordinated with people
// ("Martin Mubanga, Richard Belmar and Feroz Abbasi"), and a name whose
// surname the article uses alone as a person's ("Arsene Wenger ... Mr
// Wenger", "Wenger added").
func (ar *article) learnPeople(toks [][]token, memos []runs) {
	cues := ar.surnameCues(toks)
	for si, ts := range toks {
		memo := memos[si]
		for i := 0; i < len(ts); i++ {
			if !ts[i].capitalised() {
				continue // no capitalised run, and no name, starts here
			}
			n := ar.unknownPerson(ts, memo, i)
			if n == 0 {
				continue
			}
			if ar.asideEnd(ts, i+n) > i+n || cues[ts[i+n-1].text] || ar.roleApposed(ts, i+n) {
				ar.learnPerson(ts[i : i+n])
			}
			i += n - 1
		}
		ar.listedWithPeople(ts, memo)
	}
}

// learnPerson records run as a person's name, unless the article writes
// it after "the" somewhere ("the Arctic Monkeys"): a person's name takes
// no article.
func (ar *article) learnPerson(run []token) {
	for _, ts := range ar.toks {
		for k := 1; k+len(run) <= len(ts); k++ {
			if (ts[k-1].text == "the" || ts[k-1].text == "The") && ts[k].text == run[0].text && slices.EqualFunc(ts[k:k+len(run)], run, func(a, b token) bool { return a.text == b.text }) {
				return
			}
		}
	}
	if ar.learntPeople == nil {
		ar.learntPeople = make(map[string]bool)
	}
	ar.learntPeople[joinTokens(run)] = true
}

// unknownPerson returns the length of the capitalised run at ts[i] when
// it may be a personal name: two or three plain words (no head word), the
// first of three letters or more, no title among them,
// none of them a word the article also writes in lower case ("Green
// Day"), no possessive before them, and no word before a name that the
// article writes without it ("Teenager Sania Mirza", "Classy Henman");
// else 0. A name its own words type is typed before the rules that ask.
func (ar *article) unknownPerson(ts []token, memo runs, i int) int {
	x := ar.x
	n := ar.capRunIn(ts, memo, i)
	if n < 2 || n > 3 {
		return 0
	}
	run := ts[i : i+n]
	if !plainName(x, run) || utf8.RuneCountInString(run[0].text) < 3 || i > 0 && ts[i-1].isPossessive() {
		return 0 // "Jo", "La Traviata"; "Verdi's La Traviata"
	}
	if ar.surnameWords[run[n-1].text] {
		return 0 // "Sprinters Kostas Kenteris", "Classy Henman" of "Tim Henman": a word before a name
	}
	if len(run[0].text) > 5 && (strings.HasSuffix(run[0].text, "ing") || strings.HasSuffix(run[0].text, "ed")) {
		return 0 // "Analysing Mr Brown's position", "Finding Neverland", "Injured Rio Ferdinand": a verb
	}
	if n == 3 && ar.standsAlone(run[1:]) {
		return 0 // "Teenager Sania Mirza", where "Sania Mirza" is a name alone
	}
	for k := range run {
		t := &run[k]
		if ar.writesLower(t.text) || x.rules.tokenIn("female-title", t) || x.rules.tokenIn("male-title", t) {
			return 0 // "Green Day"; "Miss Marple", "Describing Mr Jackson"
		}
	}
	return n
}

// asideEnd returns where a person's aside after a name at ts[j] ends:
// ", from" and a known place (", from Birmingham,"), ", aged 32" or ", 32"
// followed by a comma; j itself when there is none.
func (ar *article) asideEnd(ts []token, j int) int {
	if j+2 >= len(ts) || ts[j].text != "," {
		return j
	}
	closes := func(k int) bool {
		return k == len(ts) || ts[k].text == "," || ts[k].text == "." || ts[k].text == ";"
	}
	switch w := ts[j+1].text; {
	case w == "from":
		l, rs := ar.gazAt(ts, j+2, len(ts))
		if l == 0 || !closes(j+2+l) {
			return j
		}
		for _, r := range rs {
			if t := ar.x.gaz.entities[r.id].Type; r.kind == formName && (t == graph.Place || t == graph.Country) {
				return j + 2 + l // "London" is a place and a metonym
			}
		}
	case w == "aged":
		if isDigits(ts[j+2].text) && len(ts[j+2].text) <= 3 && closes(j+3) {
			return j + 3
		}
	case isDigits(w) && len(w) <= 2:
		if ts[j+2].text == "," {
			return j + 2 // "Feroz Abbasi, 24, was held"
		}
	}
	return j
}

// roleApposed reports whether a role in lower case, set off by a comma
// after ts[j-1], says where it is held: "Sung Won Sohn, chief US
// economist for Wells Fargo Bank", ", a senior analyst at Quill
// Securities", ", Turkcell's chief operating officer,". Such a role is a
// person's; a firm's name takes none.
func (ar *article) roleApposed(ts []token, j int) bool {
	if j+3 >= len(ts) || ts[j].text != "," {
		return false
	}
	k := j + 1
	if ts[k].text == "a" || ts[k].text == "an" || ts[k].text == "the" {
		k++
	}
	owned := false // "Ruhi Dogusoy, Turkcell's chief operating officer,"
	for p := k; p < len(ts) && p < k+4 && ts[p].capitalised() && ts[p].isWord(); p++ {
		if p+1 < len(ts) && ts[p+1].isPossessive() {
			k, owned = p+2, true
			break
		}
	}
	role := false
	for s := 0; k+1 < len(ts) && s < 5; s, k = s+1, k+1 {
		t := &ts[k]
		switch {
		case owned && (t.text == "," || t.text == ".") && role:
			return true // the role of a body named with its possessive, closing the aside
		case t.text == "at" || t.text == "for" || t.text == "with":
			return role && ts[k+1].capitalised()
		case ar.x.rules.textIn("role", t) || ar.x.rules.textIn("generic-role", t):
			role = true
		case isLowerWord(t.text) || ar.namesState(ts[k:k+1]) || adjectival(t.text):
			// "chief", "senior", "US", "European": a qualifier
		default:
			return false
		}
	}
	return false
}

// listedWithPeople learns the names no list knows that stand in a list
// closed by "and" whose every other member is a person ("Moazzam Begg,
// from Birmingham, and Martin Mubanga, Richard Belmar and Feroz Abbasi"):
// a list of people has no company or place among them ("Ford, General
// Motors and Quill Bank"), and at least as many people known as not.
func (ar *article) listedWithPeople(ts []token, memo runs) {
	// A list learns names only once closed by "and": a sentence without
	// one is passed over at less cost than reading its capitalised runs.
	if !slices.ContainsFunc(ts, func(t token) bool { return t.text == "and" }) {
		return
	}
	for i := 0; i < len(ts); i++ {
		n0 := ar.capRunIn(ts, memo, i)
		if n0 == 0 || i > 0 && (ts[i-1].text == "," || ts[i-1].text == "and") {
			continue // the list starts at its first member: "U2, Green Day, Alicia Keys and Kanye West"
		}
		var cands [][]token
		people, others, and, last := 0, 0, false, false
		pos := i
		for pos < len(ts) {
			n := ar.capRunIn(ts, memo, pos)
			if n == 0 {
				break
			}
			last = and
			switch ar.memberKind(ts, memo, pos, n) {
			case graph.Person:
				people++
			case "":
				cands = append(cands, ts[pos:pos+n])
			default:
				others++
			}
			if pos+n < len(ts) && ts[pos+n].isPossessive() {
				others++ // "Paul Simon's Graceland": the member is the thing owned
			}
			pos = ar.asideEnd(ts, pos+n)
			if pos >= len(ts) {
				break
			}
			comma := ts[pos].text == ","
			if comma {
				pos++
			}
			and = pos < len(ts) && ts[pos].text == "and"
			if and {
				pos++
			} else if !comma {
				break
			}
		}
		if last && others == 0 && people >= len(cands) {
			for _, run := range cands {
				ar.learnPerson(run)
			}
		}
		i += n0 - 1
	}
}

// memberKind types a member of a list, ts[i:i+n]: a person by a known
// name, a title or a given name, "" for a name that may be a person's
// (see unknownPerson), and notPerson for anything else.
func (ar *article) memberKind(ts []token, memo runs, i, n int) graph.EntityType {
	if l, rs := ar.gazAt(ts, i, i+n); l == n {
		if rs[0].kind == formName && ar.x.gaz.entities[rs[0].id].Type == graph.Person {
			return graph.Person
		}
		return notPerson
	}
	if n >= 2 && ar.x.isHonorific(&ts[i]) && plainName(ar.x, ts[i+1:i+n]) {
		return graph.Person // "Sir Alex Ferguson", "Mr Abbasi"
	}
	if typ, ok := ar.classify(ts[i:i+n], ts, i); ok {
		return typ
	}
	if ar.unknownPerson(ts, memo, i) == n {
		return ""
	}
	return notPerson
}

// surnameCues returns the words the article uses alone as a person's
// surname: after a courtesy title ("Mr Abbasi"), before a verb of speech,
// accusation, criticism or denial, maybe after an adverb ("Wenger added",
// "Wenger later accused").
func (ar *article) surnameCues(toks [][]token) map[string]bool {
	cues, plural := make(map[string]bool), make(map[string]bool)
	for _, ts := range toks {
		for k := range ts {
			t := &ts[k]
			if !t.capitalised() || !t.isWord() || k+1 < len(ts) && ts[k+1].capitalised() {
				continue
			}
			alone := k == 0 || !ts[k-1].capitalised() || ar.x.isNotName(&ts[k-1]) // not "Barrick Gold said"
			// A courtesy title is capitalised: the set is asked only then.
			if k > 0 && ts[k-1].capitalised() && courtesyTitles[ts[k-1].text] || alone && ar.speaksAt(ts, k+1) {
				cues[t.text] = true
			}
			if k+1 < len(ts) && pluralVerb(ts[k+1].text) {
				plural[t.text] = true
			}
		}
	}
	for w := range plural {
		delete(cues, w) // "Sociedad say they will pay": a club, a band or a firm
	}
	return cues
}

// notPerson is memberKind's type of a list member that is no person and
// may be none.
const notPerson graph.EntityType = "-"

// pluralVerb reports whether w is a verb whose plural form a word alone
// before it shows to be a group's name, not a person's surname. A switch,
// not a map: surnameCues asks it after most capitalised words.
func pluralVerb(w string) bool {
	switch w {
	case "are", "were", "have", "say", "claim", "believe", "think", "insist", "deny":
		return true
	}
	return false
}

// courtesyTitles are the titles before a surname alone that make it a
// person's.
var courtesyTitles = map[string]bool{"Mr": true, "Mr.": true, "Mrs": true, "Mrs.": true, "Ms": true, "Ms.": true, "Miss": true, "Dr": true, "Dr.": true}

// speaksAt reports whether a verb of speech, accusation, criticism or
// denial stands at ts[j], or after an adverb there ("later accused",
// "initially refused" is not one).
func (ar *article) speaksAt(ts []token, j int) bool {
	if j < len(ts) && !ts[j].capitalised() {
		switch w := ts[j].text; {
		case strings.HasSuffix(w, "ly") && len(w) > 4, w == "later", w == "also", w == "then", w == "now", w == "again", w == "has", w == "had":
			j++
		}
	}
	if j >= len(ts) {
		return false
	}
	t, r := &ts[j], ar.x.rules
	return ar.x.isSpeech(t) || r.textIn("accuse", t) || r.textIn("criticize", t) || r.textIn("deny", t)
}

// standsAlone reports whether the article writes the words of run as a
// capitalised run of their own, with no capitalised word before them.
func (ar *article) standsAlone(run []token) bool {
	for _, ts := range ar.toks {
		for k := 0; k+len(run) <= len(ts); k++ {
			if ts[k].text == run[0].text && (k == 0 || !ts[k-1].capitalised()) && (k+len(run) == len(ts) || !ts[k+len(run)].capitalised()) &&
				slices.EqualFunc(ts[k:k+len(run)], run, func(a, b token) bool { return a.text == b.text }) {
				return true
			}
		}
	}
	return false
}
