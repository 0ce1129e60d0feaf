package extract

import (
	"slices"
	"strings"

	"github.com/newskg/newskg/graph"
)

// roleRules reads the role patterns whose body is named indirectly or
// not at all: "its founder X", "his lawyer X", "Tory Treasurer Lord X",
// "X is acting as an adviser for Labour", "For the Liberal Democrats, X
// said", "presenter X" after the programme was named, "X, an MEP".
// roleAt is the role matcher of affiliations.
func (sc *sentence) roleRules(roleAt func(int) (int, string)) {
	items := sc.items
	r := sc.ar.x.rules
	personAt := func(k int) *mention {
		if k >= 0 && k < len(items) && items[k].m == nil {
			k = sc.pastHonorific(k) // "Its chairman, Sir Ted Hume": the title is no part of the name
		}
		if k >= 0 && k < len(items) && items[k].m != nil && items[k].m.typ == graph.Person && items[k].m.kind != byPronoun && !items[k].m.modifier {
			return items[k].m
		}
		return nil
	}
	for k := 0; k < len(items); k++ {
		it := &items[k]
		if k+4 < len(items) && items[k+1].rules != nil && (it.low == "a" || it.low == "an" || it.low == "the") {
			sc.roleForThenName(k+1, roleAt, personAt) // "A spokesman for the Home Office, Dean Boyd, said"
		}
		if it.m != nil && (it.m.typ == graph.Organization || it.m.typ == graph.Country) && k+4 < len(items) && items[k+1].m == nil {
			sc.postedThenName(k, roleAt, personAt) // "The US ambassador to the UN, Ed Bale, said"
		}
		switch {
		case it.low == "its" || it.low == "his" || it.low == "her" || it.low == "their":
			sc.possessedRole(k, roleAt, personAt)
			sc.ownShow(k)
		case it.low == "the" && k+2 < len(items) && items[k+1].m == nil && items[k+2].tok.isPossessive() &&
			(r.itemIn(items, k+1, "org-class") || r.itemIn(items, k+1, "publication") || items[k+1].is("country", "nation")):
			// "The programme's host, Jonathan Dimbleby", "the company's
			// chief executive X": as "its".
			sc.possessedRole(k+2, roleAt, personAt)
		case it.m != nil && it.m.typ == graph.Organization && !it.m.modifier && k+2 < len(items) && items[k+1].tok.isPossessive() &&
			(sc.classReference(k) || it.m.kind == byName && items[k+2].m != nil && items[k+2].m.typ != graph.Person):
			// "The party's Treasury spokesman, Vince Cable", "the Tories'
			// Home Office spokesman, X": the body before; the brief is
			// no body of his.
			q := k + 2
			if q+1 < len(items) && items[q].m != nil && items[q].m.typ != graph.Person && items[q+1].m == nil {
				if n, _ := roleAt(q + 1); n > 0 {
					q++
				}
			}
			if n, role := roleAt(q); n > 0 {
				p := q + n
				if p < len(items) && items[p].is(",") {
					p++
				}
				if pm := personAt(p); pm != nil {
					sc.claim(pm, graph.AffiliatedWith, it.m, role, confRole)
				}
			}
		case it.m != nil && it.m.typ == graph.Organization && !it.m.modifier && it.m.kind == byName && k+2 < len(items) && items[k+1].tok.isPossessive() &&
			personAt(k+2) != nil && personAt(k+2).kind == byName:
			// "The Guardian's Polly Toynbee", "Labour's Peter Hain",
			// "Labour's Mr Livingstone": the body's own person (a
			// state's is only its national: "Britain's Paula Radcliffe").
			sc.claim(personAt(k+2), graph.AffiliatedWith, it.m, "'s", confRole)
		case it.m != nil && !it.m.modifier && (it.m.typ == graph.Organization || it.m.typ == graph.Country) && it.m.kind != byPronoun && it.m.kind != byEvent:
			// "Tory Treasurer Lord Ashcroft": a title in capitals, read
			// with the name, after its body.
			if pm := personAt(k + 1); pm != nil && pm.role != "" {
				if s, role := sc.ar.roleBefore(roleItems(tokenize(pm.role, 0)), len(tokenize(pm.role, 0))); s >= 0 &&
					!(it.m.kind == byDemonym && r.in("military-rank", role)) {
					sc.claim(pm, graph.AffiliatedWith, it.m, role, confRole)
				}
			}
		case it.low == "for" && sc.asideSpeaker(k) >= 0:
			// "Kirsty Williams, for the Lib Dems, added", "X, speaking
			// for Quill Bank, said": the person speaks for the body.
			o := k + 1
			if o < len(items) && items[o].is("the") {
				o++
			}
			if o+2 < len(items) && items[o].m != nil && items[o].m.typ == graph.Organization && !items[o].m.modifier && items[o+1].is(",") &&
				sc.voiceVerbAt(o+2) {
				a := sc.asideSpeaker(k)
				sc.claim(items[a].m, graph.AffiliatedWith, items[o].m, joinItems(items[a+2:k+1]), confRole)
			}
		case it.low == "for" && k <= 1:
			// "For the Liberal Democrats, Sir Menzies Campbell said".
			o := k + 1
			if o < len(items) && items[o].is("the") {
				o++
			}
			if o+2 < len(items) && items[o].m != nil && items[o].m.typ == graph.Organization && items[o+1].is(",") {
				if pm := personAt(o + 2); pm != nil && o+3 < len(items) && r.phraseAt(items, o+3, "speech") > 0 {
					sc.claim(pm, graph.AffiliatedWith, items[o].m, "for", confRole)
				}
			}
		}
		if pm := personAt(k); pm != nil {
			sc.judgeOf(pm)
			sc.copulaRole(k+1, pm, roleAt)
			sc.impliedBody(k, pm, roleAt)
			sc.memberOf(k, pm, roleAt)
		} else if (it.low == "he" || it.low == "she") && k+1 < len(items) {
			if pm := sc.subjectBefore(k + 1); pm != nil && pm.typ == graph.Person {
				sc.copulaRole(k+1, pm, roleAt)
				sc.memberOf(k, pm, roleAt) // "He joined Quill Bank in 2003"
			}
		}
	}
	sc.unnamedBody()
}

// judgeOf reads a judge named by a judge's title ("Mr Justice Forbes",
// "Lord Justice Rix", "Judge Jane Orme") as a member of the court the
// sentence names, or else of the one court the article names.
func (sc *sentence) judgeOf(pm *mention) {
	e := sc.ar.ents[pm.id]
	if e == nil {
		return
	}
	judge := strings.HasSuffix(pm.role, "Judge") || strings.HasPrefix(pm.surface, "Judge ")
	for _, t := range []string{"Lord Justice ", "Lady Justice ", "Mr Justice ", "Mrs Justice ", "Ms Justice "} {
		judge = judge || strings.HasPrefix(e.Name, t) || strings.HasPrefix(pm.surface, t)
	}
	if !judge {
		return
	}
	var court *mention
	for _, it := range sc.items {
		if m := it.m; m != nil && m.typ == graph.Organization && isCourt(sc.ar.ents[m.id]) {
			court = m
			break
		}
	}
	if court == nil {
		for _, id := range sc.ar.order {
			if e := sc.ar.ents[id]; isCourt(e) {
				if court != nil {
					return // two courts: which is unknown
				}
				court = &mention{id: e.ID, typ: e.Type, kind: byName}
			}
		}
	}
	if court != nil {
		sc.claim(pm, graph.AffiliatedWith, court, "judge", confPronoun)
	}
}

// isCourt reports whether e is a court: "High Court", "Court of Appeal".
func isCourt(e *graph.Entity) bool {
	return e != nil && e.Type == graph.Organization && (strings.HasSuffix(e.Name, " Court") || strings.HasPrefix(e.Name, "Court of ") || e.Name == "Supreme Court")
}

// ownShow reads "quit his BBC One show", "in her Times column": what a
// person presents or writes for a body ties the person to it.
func (sc *sentence) ownShow(k int) {
	items := sc.items
	if !items[k].is("his", "her") || k+2 >= len(items) {
		return
	}
	o := items[k+1].m
	if o == nil || o.typ != graph.Organization || o.modifier || o.kind == byPronoun {
		return
	}
	j := k + 2
	for j < len(items) && j < k+4 && items[j].m == nil && items[j].tok.capitalised() {
		j++ // "BBC One", "Radio 4"
	}
	if j >= len(items) || !items[j].is("show", "programme", "column", "series", "slot", "blog") {
		return
	}
	pron := pronounOf(items[k])
	if pm := sc.recentPerson(pron, nil); pm != nil {
		sc.claim(pm, graph.AffiliatedWith, o, items[j].low, confPronoun)
	}
}

// possessedRole reads "its founder X" (the organisation named last) and
// "his lawyer X" (the person named last).
func (sc *sentence) possessedRole(k int, roleAt func(int) (int, string), personAt func(int) *mention) {
	items := sc.items
	r := k + 1
	// "its Paris lawyer", "its US spokesman": where the holder works.
	if r+1 < len(items) && items[r].m != nil && (items[r].m.typ == graph.Place || items[r].m.typ == graph.Country) {
		r++
	}
	n, role := roleAt(r)
	if n == 0 || role == "counterpart" || role == "counterparts" {
		return // "his German counterpart X" holds no role of his
	}
	p := r + n
	if p < len(items) && items[p].is(",") {
		p++
	}
	pm := personAt(p)
	if pm == nil && p > r+n {
		// "the company's administrator, turnaround expert Enrico
		// Bondi": a noun for the person between comma and name.
		q := p
		for q < len(items) && q < p+3 && items[q].m == nil && isLowerWord(items[q].low) {
			q++
		}
		if q > p && (sc.ar.x.rules.in("person-noun", items[q-1].low) || sc.ar.x.rules.in("role", items[q-1].low)) {
			pm = personAt(q)
		}
	}
	if pm == nil {
		return
	}
	var owner *mention
	if items[k].is("their") && sc.ar.x.rules.inFold("personal-role", lastWord(role)) {
		return // "their former coach X": the coach of people, whom "their" does not name
	}
	if items[k].tok.isPossessive() && k > 0 && items[k-1].is("country", "nation") {
		// "the country's vice president Jose Alencar": the state named
		// last.
		if owner := sc.lastState(k); owner != nil {
			sc.claim(pm, graph.AffiliatedWith, owner, role, confPronoun)
		}
		return
	}
	if items[k].tok.isPossessive() && k > 0 && items[k-1].m == nil {
		// "the magazine's editor X": the body the article called a
		// magazine; with none, not the firm named last.
		if owner := sc.lastOfClass(k, items[k-1].low); owner != nil {
			sc.claim(pm, graph.AffiliatedWith, owner, role, confPronoun)
			return
		}
		if sc.ar.x.rules.in("media-word", items[k-1].low) {
			// No body was called a programme: the one named last, unless
			// its head word says it is something else ("The Mull
			// Historical Society ... the magazine's editor").
			if owner := sc.lastCorporate(k); owner != nil && !sc.ar.court(owner.id) {
				if e := sc.ar.ents[owner.id]; e != nil && !sc.ar.x.orgHead[lastWord(e.Name)] {
					sc.claim(pm, graph.AffiliatedWith, owner, role, confPronoun)
				}
			}
			return
		}
	}
	if items[k].is("its", "their") || items[k].tok.isPossessive() {
		// "Vivendi and its former chief executive X": an owner no list
		// knows stands right before; do not reach past it.
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if items[j].m == nil && items[j].tok.capitalised() && items[j].tok.isWord() && !sc.ar.lowerWords.has(items[j].low) && !sc.ar.x.notName[items[j].tok.text] {
				return
			}
		}
		// "Vivendi and its former chief executive X": a company right
		// before. Else the subject of the sentence before, when a
		// company is, else the company named last: "Group Menatep ...
		// controls Yukos, says ... According to its lawyer" is
		// Menatep's lawyer.
		for j := k - 1; j >= 0 && j >= k-2 && owner == nil; j-- {
			if m := items[j].m; m != nil && sc.ar.corporate(*m) {
				owner = m
			}
		}
		if owner == nil && items[k].is("its") {
			// "Kazakhstan has been dominated by its president X": the
			// state named last before "its", as a subject, not after a
			// preposition ("the break up of the Soviet Union"), owns
			// the office, not the body named last.
			for j := k - 1; j >= 0; j-- {
				if m := items[j].m; m != nil && !m.modifier && m.kind != byEvent {
					if m.typ == graph.Country && !sc.governed(m) {
						owner = m
					}
					break
				}
			}
		}
		switch p := sc.prev; {
		case owner != nil:
		case sc.heldBefore(pm.id, role) != nil:
			// "UKIP leader Roger Knapman ... Its leader, Roger Knapman":
			// the body the article gave him the role in already, not
			// the one named last.
			owner = sc.heldBefore(pm.id, role)
		case p != nil && k < 4 && (sc.ar.corporate(*p) || items[k].is("its") && p.typ == graph.Organization && p.kind == byName && !p.modifier):
			// "UKIP said ... Its leader, X": the body the sentence
			// before was about, a party or a ministry as well as a firm.
			owner = p
		case items[k].is("its") && sc.itBefore(k) && sc.firstCorporate(k) != nil:
			// "Yukos argued that its Yugansk unit was sold, since it has
			// bank accounts and its finance officer X lives in Houston":
			// "its" follows "it", the sentence's company, not the one
			// named last.
			owner = sc.firstCorporate(k)
		default:
			owner = sc.lastCorporate(k)
		}
		if owner != nil && sc.ar.court(owner.id) {
			return // "the company's founder X", "its finance officer X" are no court's
		}
	} else {
		// "his lawyer X", "her spokesman X": the person of that gender
		// named last.
		pron := pronounOf(items[k])
		owner = sc.personFor(k, pron, pm)
		switch last := lastWord(role); {
		case sc.ar.x.rules.inFold("leader-voice", last) || sc.ar.x.rules.inFold("personal-role", last):
			owner = sc.ar.voiceOf(owner, role)
		case owner != nil && (strings.HasPrefix(strings.ToLower(role), "shadow ") || last == "MPs" || last == "MP"):
			// "his shadow chancellor X", "one of his MPs": his
			// party's, not his.
			owner = sc.ar.partyOf(owner.id)
		default:
			return // "his leader", "her boss": no role a person gives
		}
	}
	if owner != nil {
		sc.claim(pm, graph.AffiliatedWith, owner, role, confPronoun)
	}
}

// heldBefore returns the organisation an earlier sentence of the article
// named as the one person holds the role (by its last word) in, or nil;
// a role found by a pronoun is itself a guess, and no guide.
func (sc *sentence) heldBefore(person, role string) *mention {
	last := strings.ToLower(lastWord(role))
	for _, c := range sc.ar.affiliations {
		if c.Subject != person || c.Confidence <= confPronoun || strings.ToLower(lastWord(c.Verb)) != last {
			continue
		}
		if e := sc.ar.ents[c.Object]; e != nil && e.Type == graph.Organization {
			return &mention{id: e.ID, typ: e.Type, kind: byName, surface: e.Name}
		}
	}
	return nil
}

// copulaRole reads "X is acting as an adviser for Labour", "X was a
// great chancellor", "he was Home Secretary": a role given by a verb of
// being or appointment, with its body after of/for/at or its office of
// state.
func (sc *sentence) copulaRole(j int, pm *mention, roleAt func(int) (int, string)) {
	items := sc.items
	r := sc.ar.x.rules
	v := j
	if v+1 < len(items) && items[v].is(",") && items[v+1].is("who") {
		v += 2 // "X, who became chief executive of Y"
	} else if v < len(items) && items[v].is("who") {
		v++ // "joined by Damien Hockney who is now Veritas' deputy leader": the comma is often left out
	}
	for v < len(items) && items[v].m == nil && (items[v].beforeRole() ||
		v > j && v+1 < len(items) && items[v].is("to") && items[v+1].is("be", "become", "remain") ||
		v > j && v+1 < len(items) && items[v].is("set", "due") && items[v+1].is("to")) {
		v++ // "will be named", "is to become", "is set to become"; not "wants X to become"
	}
	// "X became chairman of Y", "X has replaced Y as chairman of Z", "X
	// took over as chairman": a verb of taking a role, right after the
	// name or its auxiliaries; the one replaced held the role before.
	var replaced *mention
	switch {
	case v < len(items) && items[v].is("became", "becomes"):
		v++
	case v+2 < len(items) && items[v].is("replaced", "replaces", "replace", "succeeded", "succeeds", "succeed") &&
		items[v+1].m != nil && items[v+1].m.typ == graph.Person && items[v+2].is("as"):
		replaced, v = items[v+1].m, v+3
	case v+2 < len(items) && items[v].is("took", "takes", "take") && items[v+1].is("over") && items[v+2].is("as"):
		v += 3
	}
	if v == j || v >= len(items) {
		return
	}
	if v < len(items) && items[v].is("be", "remain") {
		v++ // "is to be named", "will remain"
	}
	if v < len(items) && items[v].is("acting", "serving", "appointed", "named", "elected", "made", "installed", "working", "served", "became", "become") {
		v++
		if v < len(items) && items[v].is("as") {
			v++
		}
	}
	for v < len(items) && items[v].is("a", "an", "the") {
		v++
	}
	// "a former Labour minister": a body before the role.
	for v+1 < len(items) && items[v].m == nil && r.itemIn(items, v, "role-qualifier") && items[v+1].m != nil {
		v++
	}
	var body *mention
	if v < len(items) && items[v].m != nil && (items[v].m.typ == graph.Organization || items[v].m.typ == graph.Country) && !items[v].m.modifier {
		body = items[v].m
		v++
		if v < len(items) && items[v].tok.isPossessive() {
			v++ // "X is now Quill Bank's chief executive"
			// "X is Labour's Home Office spokesman": a brief the role
			// covers, no body of his.
			if v+1 < len(items) && items[v].m != nil && items[v].m.typ != graph.Person && items[v+1].m == nil {
				if n, _ := roleAt(v + 1); n > 0 {
					v++
				}
			}
		}
	}
	if body == nil {
		// "X is the Russian foreign minister".
		if b, role, _ := sc.qualifiedBody(v, roleAt); b != nil {
			if b.id != pm.id {
				sc.claim(pm, graph.AffiliatedWith, b, role, confRole)
			}
			return
		}
	}
	n, role := roleAt(v)
	if n == 0 {
		return
	}
	if id := sc.ar.x.bodies[strings.ToLower(joinItems(items[v:v+n]))]; id != "" && body == nil {
		// "now a European Commissioner": a role that names its body.
		if e, ok := sc.ar.x.gaz.entities[id]; ok {
			sc.ar.add(e.ID, e.Type, e.Name, "")
			body = &mention{id: e.ID, typ: e.Type, kind: byName}
		}
	}
	p := v + n
	if p+1 < len(items) && items[p].is("and") {
		if n2, _ := roleAt(p + 1); n2 > 0 {
			p += 1 + n2 // "chairman and chief executive of Renault"
		}
	}
	if body == nil && p+1 < len(items) && items[p].is("of", "for", "at", "with", "to") {
		o := p + 1
		if items[o].is("the") && o+1 < len(items) {
			o++
		}
		// (A role "to" a state is a posting there: "high commissioner to
		// Australia" serves the sender.)
		qualifier := false
		if m := items[o].m; m != nil && m.typ == graph.Country && sc.ar.stateDemonym(leadWord(m.surface)) {
			// "the medical co-ordinator at Italian side AC Milan", "a
			// coordinator for French firms": a demonym before a noun
			// it qualifies; the body is one named after them, not the
			// state.
			if body = sc.bodyAfter(o); body != nil {
				qualifier = true
			} else if o+1 < len(items) && (items[o+1].tok.capitalised() && items[o+1].tok.isWord() || items[o+1].m != nil && items[o+1].m.typ != graph.Person) {
				qualifier = true // "Italian side AC Milan", a name no list knows: not the state
			} else if !strings.Contains(m.surface, " ") && o+1 < len(items) && items[o+1].m == nil && isLowerWord(items[o+1].low) &&
				!items[o+1].is("and", "or") && !r.itemIn(items, o+1, "state-noun") {
				qualifier = true // "French firms": no body named
			}
		}
		if m := items[o].m; !qualifier && m != nil && (m.typ == graph.Organization || m.typ == graph.Country && !items[p].is("to")) && !m.modifier &&
			!(sc.head(o) == o && o+1 < len(items) && items[o+1].tok.isPossessive()) {
			body = items[sc.head(o)].m // not "a member of Britain's Jewish community"
		}
	}
	if body == nil && sc.ar.home != "" && r.inFold("state-office", role) && !(p < len(items) && items[p].is("of", "for", "at")) && !sc.ar.lacks(sc.ar.home, strings.ToLower(role)) {
		// Not "the vice-president of the Catholics' national body": an
		// office of a body the article does not name.
		e := sc.ar.x.gaz.entities[sc.ar.home]
		sc.ar.add(e.ID, e.Type, e.Name, "")
		body = &mention{id: e.ID, typ: e.Type, kind: byName}
	}
	if body != nil && body.id != pm.id {
		sc.claim(pm, graph.AffiliatedWith, body, role, confRole)
		if replaced != nil && replaced.id != body.id && replaced.id != pm.id {
			sc.claim(replaced, graph.AffiliatedWith, body, "former "+role, confRole)
		}
	}
}

// beforeRole reports whether the item is a verb or adverb copulaRole
// passes over before a role, as is("has", "had", "have", "is", "was",
// "been", "also", "now", "once", "later", "then", "currently", "still",
// "will") would, without building the list at each call.
func (it *item) beforeRole() bool {
	switch it.low {
	case "has", "had", "have", "is", "was", "been", "also", "now", "once", "later", "then", "currently", "still", "will":
		return true
	}
	return false
}

// impliedBody reads a role that names its body (data/bodies.tsv): "an
// MEP for the East Midlands", "MEP Jane Roe".
func (sc *sentence) impliedBody(k int, pm *mention, roleAt func(int) (int, string)) {
	items := sc.items
	var roles []string
	if pm.role != "" {
		roles = append(roles, strings.ToLower(pm.role))
	}
	j := k + 1
	if j < len(items) && items[j].is(",") {
		j++
		for j < len(items) && items[j].is("a", "an", "the", "now") {
			j++
		}
		if n, role := roleAt(j); n > 0 {
			roles = append(roles, role)
		}
	}
	for _, role := range roles {
		if id := sc.ar.x.bodies[strings.ToLower(role)]; id != "" {
			if e, ok := sc.ar.x.gaz.entities[id]; ok {
				sc.ar.add(e.ID, e.Type, e.Name, "")
				sc.claim(pm, graph.AffiliatedWith, &mention{id: e.ID, typ: e.Type, kind: byName}, role, confRole)
			}
		}
	}
}

// unnamedBody reads a role written before a name with no body at all
// ("presenter Jeremy Paxman", "chief executive Sidney Taurel", "company
// president Lee Scott"): the holder belongs to the company, programme or
// other organisation the story named last.
func (sc *sentence) unnamedBody() {
	if sc.personKinds&(1<<byName) == 0 {
		return // the rule reads only people named by name
	}
	items := sc.items
	r := sc.ar.x.rules
	for k := range items {
		pm := items[k].m
		if pm == nil || pm.typ != graph.Person || pm.kind != byName || k == 0 {
			continue
		}
		s, role := sc.ar.roleBefore(items, k)
		if s < 0 && k > 2 && items[k-1].is(",") && k+1 < len(items) && items[k+1].is(",") {
			// "His party leader, Michael Howard, argued", "his
			// predecessor as CEO, Jim Cantalupo, died": the holder set
			// off by commas after the role.
			if p, ro := sc.ar.roleBefore(items, k-1); p > 0 {
				s, role = p, ro
			}
		}
		if s > 0 && items[s-1].is("party") && (role == "leader" || role == "chairman" || role == "chairwoman" || role == "president") {
			// "party leader Nick Griffin": the party named last.
			if p := sc.lastParty(s - 1); p != nil {
				sc.claim(pm, graph.AffiliatedWith, p, "party "+role, confPronoun)
			}
			continue
		}
		if s < 0 || r.in("generic-role", role) || r.in("unowned-role", role) || role == "leader" || items[s].is("opposition", "shadow") || role == "director" && sc.ar.filmStory() ||
			r.inFold("relation-noun", lastWord(role)) || pluralRole(role) {
			// A party's roles; a leader, of a party, a nation or a
			// market ("market leader Best Buy"): no company named last;
			// nor a bare "director" in a story about films, who directs
			// one ("director Sam Mendes' film debut"), nor a tie to a
			// person ("former Wham! partner Andrew Ridgeley"), nor a
			// plural, a kind of people ("work with directors Pedro
			// Almodovar or Alejandro Amenabar").
			continue
		}
		// "Lib Dem home affairs spokesman X": the portfolio words before
		// the role lead back to its body; "company president X" is a
		// company's, not a state's.
		corporate := false
		r0 := s
		for b := 0; b < 3 && s > 0 && items[s-1].m == nil && (!preposition[items[s-1].low] || sc.portfolioAnd(s-1)) &&
			(isLowerWord(items[s-1].tok.text) || s == 1 && r.itemIn(items, s-1, "org-class")) &&
			(!items[s-1].is("the", "a", "an", "and", "said", "says", "told", "his", "her", "its", "their") || sc.portfolioAnd(s-1)); b++ {
			s--
			corporate = corporate || r.itemIn(items, s, "org-class")
		}
		for q := s; q < k && !corporate; q++ {
			// "senior vice president X", "executive vice president X": a
			// company's rank of an office that states have too.
			corporate = items[q].m == nil && r.itemIn(items, q, "corporate-qualifier")
		}
		if sc.ar.officeOfState(role) && (!corporate || items[r0].tok.capitalised()) {
			continue // not "political rival Chancellor Gordon Brown": a title of state, whatever the noun before
		}
		other := false
		for q := s; q <= r0 && q < len(items); q++ {
			other = other || items[q].m == nil && r.itemIn(items, q, "other-body")
		}
		if other {
			continue // "union leader X", "while theatre director X": a body of another kind than the company named last
		}
		if s > 0 && (items[s-1].m != nil || items[s-1].tok.isPossessive() || items[s-1].tok.capitalised() && items[s-1].tok.isWord() || items[s-1].is("his", "her", "its", "their")) {
			continue // a body or an owner before the role: see the other rules
		}
		if s > 1 && items[s-1].is("for", "of") && (items[s-2].m != nil || items[s-2].tok.capitalised() && items[s-2].tok.isWord()) {
			continue // "Commission for racial equality chief X": a body named in part in lower case
		}
		if r.in("media-role", lastWord(role)) {
			// "reporter Oliver Finegold": the paper or programme named
			// last, not a board the story was about; "television
			// presenter X" names a trade, no outlet.
			if org := sc.lastMedium(s); org != nil && !(r0 > 0 && items[r0-1].is("television", "tv", "radio")) {
				sc.claim(pm, graph.AffiliatedWith, org, role, confPronoun)
			}
			continue
		}
		if org := sc.storyCorporate(s); org != nil {
			sc.claim(pm, graph.AffiliatedWith, org, role, confPronoun)
		}
	}
}

// nounAfter reports whether a lower-case word that is neither a
// preposition, a verb's helper nor a word of time follows the name at
// items[k], which then only qualifies it: "quits Yukos shares", "left the
// Quill Bank building".
func (sc *sentence) nounAfter(k int) bool {
	if k+1 >= len(sc.items) {
		return false
	}
	it := sc.items[k+1]
	if it.m != nil || !isLowerWord(it.tok.text) || preposition[it.low] || skipWord(it.low) || strings.HasSuffix(it.low, "ing") {
		return false // "left UKIP saying ..."
	}
	return !it.is("last", "this", "earlier", "later", "after", "before", "because", "when", "amid", "following", "entirely", "altogether", "yesterday", "today")
}

// portfolioAnd reports whether items[k] is the "and" between two words
// of one portfolio: "trade and industry spokesman".
func (sc *sentence) portfolioAnd(k int) bool {
	items, r := sc.items, sc.ar.x.rules
	return items[k].is("and") && k > 0 && k+1 < len(items) &&
		(r.in("portfolio", items[k-1].low) && r.in("portfolio", items[k+1].low) || r.in("portfolio", items[k-1].low+" and "+items[k+1].low))
}

// lastMedium returns the news outlet or programme ([media-word] in its
// name) named last before items[k], in this sentence or the ones before
// it.
func (sc *sentence) lastMedium(k int) *mention {
	medium := func(m *mention) bool {
		return m.typ == graph.Organization && m.kind == byName && !m.modifier && sc.ar.x.rules.mediaName(m.surface)
	}
	for j := k - 1; j >= 0; j-- {
		if m := sc.items[j].m; m != nil && medium(m) {
			return m
		}
	}
	for j := len(sc.ar.recent) - 1; j >= 0 && j >= len(sc.ar.recent)-20; j-- {
		if m := sc.ar.recent[j]; medium(m) {
			return m
		}
	}
	return nil
}

// filmStory reports whether the article writes of films ([film-word] in
// lower case): its "director X" directs one.
func (ar *article) filmStory() bool {
	for _, w := range ar.x.lex["film-word"] {
		if ar.lowerWords.has(w) {
			return true
		}
	}
	return false
}

// officeOfState reports whether a role ends in an office of state
// ("shadow foreign secretary", "deputy prime minister").
func (ar *article) officeOfState(role string) bool {
	f := strings.Fields(role)
	for i := range f {
		if ar.x.rules.in("state-office", strings.Join(f[i:], " ")) {
			return true
		}
	}
	return false
}

// lastOfClass returns the organisation named last before items[k], or
// earlier in the article, that the article gave the class noun class.
func (sc *sentence) lastOfClass(k int, class string) *mention {
	if len(sc.ar.orgClass) == 0 {
		return nil
	}
	for j := k - 1; j >= 0; j-- {
		if m := sc.items[j].m; m != nil && sc.ar.orgClass[m.id] == class {
			return m
		}
	}
	for j := len(sc.ar.recent) - 1; j >= 0; j-- {
		if m := sc.ar.recent[j]; sc.ar.orgClass[m.id] == class {
			return m
		}
	}
	return nil
}

// lastState returns the state named last before items[k], in this
// sentence or the ones before it, by its name.
func (sc *sentence) lastState(k int) *mention {
	for j := k - 1; j >= 0; j-- {
		if m := sc.items[j].m; m != nil && m.typ == graph.Country && m.kind == byName {
			return m
		}
	}
	for j := len(sc.ar.recent) - 1; j >= 0; j-- {
		if m := sc.ar.recent[j]; m.typ == graph.Country && m.kind == byName {
			return m
		}
	}
	return nil
}

// itBefore reports whether the pronoun "it" comes before items[k].
func (sc *sentence) itBefore(k int) bool {
	for j := 0; j < k; j++ {
		if sc.items[j].is("it") {
			return true
		}
	}
	return false
}

// firstCorporate returns the sentence's first company before items[k],
// or nil.
func (sc *sentence) firstCorporate(k int) *mention {
	for j := 0; j < k; j++ {
		if m := sc.items[j].m; m != nil && sc.ar.corporate(*m) && !sc.ar.outlet(*m) && !sc.ar.court(m.id) {
			return m
		}
	}
	return nil
}

// lastCorporate returns the organisation named last before items[k], in
// this sentence or the ones before it, that a company's or a
// programme's role can belong to.
func (sc *sentence) lastCorporate(k int) *mention {
	if m := sc.corporateBefore(k); m != nil {
		return m
	}
	for j := len(sc.ar.recent) - 1; j >= 0 && j >= len(sc.ar.recent)-20; j-- {
		if m := sc.ar.recent[j]; sc.ar.officeBody(m) {
			return m // not a court: "the criminal trial ... ex-finance chief X"
		}
	}
	return nil
}

// officeBody reports whether m is a body whose officers a role named
// without one may hold: a company or a programme, not an outlet cited
// as a channel nor a court.
func (ar *article) officeBody(m *mention) bool {
	return ar.corporate(*m) && !ar.outlet(*m) && !ar.court(m.id)
}

// corporateBefore is lastCorporate within the sentence.
func (sc *sentence) corporateBefore(k int) *mention {
	for j := k - 1; j >= 0; j-- {
		if m := sc.items[j].m; m != nil && sc.ar.officeBody(m) && !sc.cited(j) {
			return m // not one cited in passing: "in papers like the Times"
		}
	}
	return nil
}

// storyCorporate is lastCorporate for a role named with no body before
// its holder ("Chief executive Jim Skinner said"): a firm named before it
// in its paragraph, else the one firm the headline names, whose officers
// the story quotes ("McDonald's to sponsor MTV show ... food group Kraft
// has cut back. || Chief executive Jim Skinner said"), else the one named
// last.
func (sc *sentence) storyCorporate(k int) *mention {
	last := sc.lastCorporate(k)
	if last == nil || last.start >= sc.paraStart {
		return last
	}
	var firm *mention
	for _, m := range sc.ar.recent[:sc.ar.headlineEnd] {
		if !sc.ar.officeBody(m) || !sc.ar.firmLike(m.id) {
			continue // not "Business fears over sluggish EU economy"
		}
		if firm != nil && firm.id != m.id {
			firm = nil // "Macy's owner buys rival": which firm's officer is not clear
			break
		}
		firm = m
	}
	if firm != nil {
		return firm
	}
	return last
}

// court reports whether the organisation's name ends in a court's head
// word ([court-head]): a court has judges, not a company's officers.
// It is looser than isCourt, which finds the one court a judge sits on
// and so must not count "a US court" or a tribunal as a second one.
func (ar *article) court(id string) bool {
	e := ar.ents[id]
	if e == nil {
		return false
	}
	first, _, _ := strings.Cut(e.Name, " ")
	return ar.x.rules.inFold("court-head", lastWord(e.Name)) || ar.x.rules.inFold("court-head", first) // "Court of Arbitration for Sport"
}

// asideSpeaker returns the index of the person named before an aside
// that "for" at items[k] opens (", for the Lib Dems,", ", speaking for
// X,"), or -1.
func (sc *sentence) asideSpeaker(k int) int {
	p := k - 2
	if k >= 3 && sc.items[k-1].is("speaking") {
		p--
	}
	if p < 0 || !sc.items[p+1].is(",") {
		return -1
	}
	if m := sc.items[p].m; m != nil && m.typ == graph.Person && m.kind != byPronoun && !m.modifier {
		return p
	}
	return -1
}

// voiceVerbAt reports whether items[k] opens a verb by which a speaker
// set off as speaking for a body takes a stand in its name: one of
// speech, or of accusing, criticising, denying, threatening, complaining
// or attacking ("X, for the Tories, attacked the plan").
func (sc *sentence) voiceVerbAt(k int) bool {
	for _, c := range []string{"speech", "accuse", "criticize", "deny", "threaten", "complain", "attack"} {
		if sc.ar.x.rules.phraseAt(sc.items, k, c) > 0 {
			return true
		}
	}
	return false
}

// pastHonorific returns k, or k+1 when items[k] is an honorific written
// as a word of its own before a name ("Mr", "Dr").
func (sc *sentence) pastHonorific(k int) int {
	if k+1 < len(sc.items) && sc.items[k].m == nil && sc.items[k].tok.capitalised() && sc.ar.x.isHonorific(&sc.items[k].tok) {
		return k + 1
	}
	return k
}

// toCourt reports whether items[k] opens what a party is taken to in a
// lawsuit: "court", or a court by name ("the European Court of
// Justice").
func (sc *sentence) toCourt(k int) bool {
	if k >= len(sc.items) {
		return false
	}
	if sc.items[k].is("court") {
		return true
	}
	m := sc.nameAt(k)
	if m == nil || m.typ != graph.Organization {
		return false
	}
	// "the High Court", "the European Court of Justice": a court's
	// head word in its name.
	e := sc.ar.ents[m.id]
	return e != nil && slices.ContainsFunc(strings.Fields(e.Name), func(w string) bool { return sc.ar.x.rules.inFold("court-head", w) })
}

// lastParty returns the political party named last before items[k], in
// this sentence or the ones before it.
func (sc *sentence) lastParty(k int) *mention {
	party := func(m *mention) bool { return m.typ == graph.Organization && sc.ar.party(m.id) }
	for j := k - 1; j >= 0; j-- {
		if m := sc.items[j].m; m != nil && party(m) && !(j+1 < len(sc.items) && sc.items[j+1].tok.isPossessive()) {
			// Not a party that owns what is named: "Tory co-chairman
			// Liam Fox attacked Labour's record, and party leader
			// Michael Howard" is the Tories'.
			return m
		}
	}
	for j := len(sc.ar.recent) - 1; j >= 0 && j >= len(sc.ar.recent)-20; j-- {
		if m := sc.ar.recent[j]; party(m) {
			return m
		}
	}
	return nil
}

// cited reports whether the mention at items[j] is cited in passing,
// after "like", "in" or "on" ("adverts in papers like the Times"), or as
// a source, after "according to".
func (sc *sentence) cited(j int) bool {
	if j > 0 && sc.items[j-1].is("the") {
		j--
	}
	// "According to the Financial Times, chief operating officer X
	// said": the source of the report, not X's employer.
	return j > 0 && sc.items[j-1].is("like", "as", "in", "on") || j > 1 && sc.items[j-1].is("to") && sc.items[j-2].is("according", "According")
}

// memberOf reads "X, one of six WorldCom executives", "X was one of the
// founders of Menatep", "X headed the Menatep group": membership told
// with "one of" and a plural role, and a verb of leading.
func (sc *sentence) memberOf(k int, pm *mention, roleAt func(int) (int, string)) {
	items := sc.items
	j := k + 1
	if j < len(items) && items[j].is(",") {
		// "X, the former Tory MP, has joined UKIP": past the apposition.
		for e := j + 1; e < len(items) && e <= j+14; e++ {
			if items[e].is(",") && e+1 < len(items) && items[e+1].is("has", "had", "who", "later", "then", "joined", "rejoined", "re-joined", "defected", "was", "is", "became", "remains") {
				j = e
				break
			}
		}
	}
	if j < len(items) && items[j].is(",", "was", "is", "has", "had", "been", "also") {
		j++
	}
	for j < len(items) && items[j].beforeMembership() {
		j++ // "X has recently re-joined Labour"
	}
	switch {
	case j+1 < len(items) && items[j].is("one") && items[j+1].is("of"):
		j += 2
		for j < len(items) && items[j].m == nil && (items[j].is("the", "its", "his", "her", "their") || isNumberWord(items[j].low)) {
			j++
		}
		var body *mention
		if j < len(items) && items[j].m != nil && !items[j].m.modifier && items[j].m.typ == graph.Organization {
			body = items[j].m
			j++
		}
		n, role := roleAt(j)
		if n == 0 {
			return
		}
		p := j + n
		if body == nil && p+1 < len(items) && items[p].is("of", "at", "for") {
			o := p + 1
			if items[o].is("the") && o+1 < len(items) {
				o++
			}
			if m := items[o].m; m != nil && !m.modifier && m.typ == graph.Organization {
				body = m
			}
		}
		if body != nil {
			sc.claim(pm, graph.AffiliatedWith, body, role, confRole)
		}
	case j+1 < len(items) && items[j].is("defected", "defects", "defecting") && items[j+1].is("to"):
		// "X has defected to Labour": now a member.
		if o := sc.bodyAt(j+2, false); o >= 0 {
			sc.claim(pm, graph.AffiliatedWith, items[o].m, "defected to", confRole)
		}
	case j+2 < len(items) && items[j].is("part") && items[j+1].is("of"):
		// "X was part of the Quill Bank team", "part of a 19-strong
		// panel of Special Advocates": a member.
		o := j + 2
		for o+1 < len(items) && items[o].m == nil && (items[o].is("the", "a", "an") || strings.HasSuffix(items[o].low, "-strong") ||
			sc.ar.x.rules.itemIn(items, o, "panel-noun") && items[o+1].is("of") || items[o].is("of")) {
			o++
		}
		if o < len(items) && items[o].m != nil && !items[o].m.modifier && items[o].m.typ == graph.Organization {
			sc.claim(pm, graph.AffiliatedWith, items[sc.head(o)].m, "part of", confRole)
		}
	case j+2 < len(items) && (items[j].is("works", "worked", "working") && items[j+1].is("for", "at") ||
		items[j].is("quit", "quits", "left", "leaves") && items[j+1].m != nil ||
		items[j].is("resigned", "resigns", "resigning") && items[j+1].is("from")):
		// "X, who works for Quill Bank": an employee; "X quit Quill
		// Bank", "resigned from Labour": a former one.
		from := j + 2
		if items[j+1].m != nil {
			from = j + 1
		}
		if o := sc.bodyAt(from, false); o >= 0 && !sc.nounAfter(o) {
			if items[from].is("the") {
				from++ // the verb as written up to the name: "works for the"
			}
			sc.claim(pm, graph.AffiliatedWith, items[o].m, joinItems(items[j:from]), confRole)
		}
	case j < len(items) && items[j].leadsBody():
		if o := sc.bodyAt(j+1, true); o >= 0 {
			sc.claim(pm, graph.AffiliatedWith, items[o].m, items[j].tok.text, confRole)
		}
	}
}

// bodyAt returns the index of the head of the organisation (or, with
// states, the state) named at items[o], past "the" ("joined the Tory
// party", "defected to Labour"), or -1.
func (sc *sentence) bodyAt(o int, states bool) int {
	items := sc.items
	if o < len(items) && items[o].is("the") {
		o++
	}
	if o >= len(items) || items[o].m == nil || items[o].m.modifier ||
		items[o].m.typ != graph.Organization && !(states && items[o].m.typ == graph.Country) {
		return -1
	}
	return sc.head(o)
}

// beforeMembership reports whether the item is a word memberOf passes
// over after a name, as is("who", "has", "had", "was", "is", "been",
// "also", "recently", "now", "just", "since", "later", "then") would,
// without building the list at each call.
func (it *item) beforeMembership() bool {
	switch it.low {
	case "who", "has", "had", "was", "is", "been", "also", "recently", "now", "just", "since", "later", "then":
		return true
	}
	return false
}

// leadsBody reports whether the item is a verb of leading, founding or
// joining a body, as is("heads", "headed", "heading", "leads", "led",
// "leading", "chairs", "chaired", "chairing", "runs", "ran", "running",
// "founded", "co-founded", "directs", "directed", "directing", "joined",
// "rejoined", "re-joined") would, without building the list at each call.
func (it *item) leadsBody() bool {
	switch it.low {
	case "heads", "headed", "heading", "leads", "led", "leading", "chairs", "chaired", "chairing", "runs", "ran", "running",
		"founded", "co-founded", "directs", "directed", "directing", "joined", "rejoined", "re-joined":
		return true
	}
	return false
}

// isNumberWord reports whether w is a small number in words or digits.
func isNumberWord(w string) bool {
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several", "many", "dozens":
		return true
	}
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// voiceOf returns whom a holder of role that is owner's speaks for: a
// leader's spokesman or adviser speaks for the body the leader leads
// ("Mr Howard ... his spokesman Tim Yeo" is the Tories'); a lawyer is
// the client's.
func (ar *article) voiceOf(owner *mention, role string) *mention {
	if owner != nil && ar.x.rules.inFold("leader-voice", lastWord(role)) {
		if b := ar.ledBy(owner.id); b != nil {
			return b
		}
	}
	return owner
}

// partyOf returns the political party the article ties the person to,
// or nil.
func (ar *article) partyOf(id string) *mention {
	for _, c := range ar.affiliations {
		if c.Subject != id {
			continue
		}
		if e := ar.ents[c.Object]; e != nil && e.Type == graph.Organization && ar.party(e.ID) {
			return &mention{id: e.ID, typ: e.Type, kind: byName}
		}
	}
	return nil
}

// party reports whether the entity is a political party: its name holds
// "Party" or is a party's name without it ([party-name]: "Liberal
// Democrats", "Sinn Fein").
func (ar *article) party(id string) bool {
	e := ar.ents[id]
	return e != nil && ar.partyName(e.Name)
}

// partyName reports whether name is a political party's.
func (ar *article) partyName(name string) bool {
	return slices.Contains(strings.Fields(name), "Party") || ar.x.rules.inFold("party-name", name)
}

// ledBy returns the organisation the article names the person as the
// leader of ("Tory leader Michael Howard"), or nil.
func (ar *article) ledBy(id string) *mention {
	for _, c := range ar.affiliations {
		if c.Subject != id {
			continue
		}
		role := strings.ToLower(c.Verb)
		if e := ar.ents[c.Object]; e != nil && e.Type == graph.Organization && (strings.HasSuffix(role, "leader") || strings.HasSuffix(role, "chairman") || strings.HasSuffix(role, "head")) {
			return &mention{id: e.ID, typ: e.Type, kind: byName}
		}
	}
	return nil
}

// oppositionLeader returns the one person the article names whom the
// gazetteer gives the role "Leader of the Opposition", whose party the
// shadow offices are; or "" for none or several (the role passes from
// one holder to the next, see data/README.md).
func (ar *article) oppositionLeader() string {
	id := ""
	for _, r := range ar.x.gaz.lookup("Leader of the Opposition") {
		if r.kind != formRole || ar.ents[r.id] == nil || r.id == id {
			continue
		}
		if id != "" {
			return ""
		}
		id = r.id
	}
	return id
}

// gazetteerParty returns the one body of the article whose name, with
// " leader" after it, is a gazetteer role of the person id ("Tory
// leader": Michael Howard), when the article does not say whom the
// person leads; or nil.
func (ar *article) gazetteerParty(id string) *mention {
	if id == "" {
		return nil
	}
	var found *graph.Entity
	for _, e := range ar.ents {
		if e.Type != graph.Organization || found != nil && found.ID == e.ID {
			continue
		}
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			if !slices.ContainsFunc(ar.x.gaz.lookup(a+" leader"), func(r ref) bool { return r.id == id && r.kind == formRole }) {
				continue
			}
			if found != nil {
				return nil // two bodies: not known which
			}
			found = e
			break
		}
	}
	if found == nil {
		return nil
	}
	return &mention{id: found.ID, typ: found.Type, kind: byName}
}

// shadowHolder is a person named with a shadow office and no party, and
// the sentence that names them.
type shadowHolder struct {
	id, role string
	s        Sentence
}

// shadowRoles notes the holders of shadow offices that the sentence names
// with no party ("shadow home secretary David Davis", "senior shadow
// cabinet members David Davis, Oliver Letwin and Tim Yeo"), and the party
// of a leader's shadow cabinet ("Michael Howard has denied his shadow
// cabinet was split"): a shadow cabinet is the opposition party's.
func (sc *sentence) shadowRoles() {
	if !sc.hasCue(cueShadow) {
		return // no word of the sentence is one the rule acts at
	}
	items := sc.items
	for k := 0; k < len(items); k++ {
		if items[k].m != nil || items[k].low != "shadow" {
			continue
		}
		if k > 0 && items[k-1].m != nil {
			continue // "Tory shadow chancellor X": the role rules tie X
		}
		if k > 0 && k+1 < len(items) && items[k-1].is("his", "her") && items[k+1].is("cabinet") && sc.ar.shadowLeader == "" {
			pron := pronounOf(items[k-1])
			if p := sc.personFor(k-1, pron, nil); p != nil {
				sc.ar.shadowLeader = p.id // the party is known once the whole article is read
			}
			continue
		}
		// The holders: the names right after the title, a list of them
		// included.
		for j := k + 1; j < len(items) && j <= k+6; j++ {
			if m := items[j].m; m != nil {
				if m.typ != graph.Person && (items[j-1].is("of", "to", "for") || items[j-1].is("the") && items[j-2].is("of", "to", "for")) {
					continue // "shadow leader of the Commons X": the office's body, then the holder
				}
				if m.typ != graph.Person || m.modifier {
					break
				}
				e := j
				for e > k+1 && sc.ar.x.isHonorific(&items[e-1].tok) {
					e-- // "shadow home secretary Mr Davis"
				}
				names, _ := sc.objectsAfter(j, 0) // "David Davis, Oliver Letwin and Tim Yeo"
				for _, p := range names {
					if p.typ == graph.Person && !p.modifier {
						sc.ar.shadows = append(sc.ar.shadows, shadowHolder{p.id, joinItems(items[k:e]), sc.s})
					}
				}
				break
			}
			if items[j].is("of", "to", "for") && j+2 < len(items) && (items[j+1].is("the") || items[j+1].tok.capitalised()) {
				continue // "shadow chief secretary to the Treasury X"
			}
			if !items[j].tok.isWord() || preposition[items[j].low] {
				break
			}
		}
	}
}

// shadowClaims ties the shadow office holders the article names with no
// party to the party whose leader's shadow cabinet the article names
// ("Michael Howard has denied his shadow cabinet was split"). Other
// parties have shadow spokesmen too ("Liberal Democrat shadow chancellor
// Vince Cable"), so a party that only other holders are named with says
// nothing.
func (ar *article) shadowClaims() []graph.Claim {
	if len(ar.shadows) == 0 {
		return nil
	}
	leader := ar.shadowLeader
	if leader == "" {
		leader = ar.oppositionLeader()
	}
	b := ar.ledBy(leader)
	if b == nil {
		b = ar.gazetteerParty(leader)
	}
	if b == nil {
		return nil
	}
	party := b.id
	var out []graph.Claim
	for _, h := range ar.shadows {
		if h.id == party || ar.ents[h.id] == nil {
			continue
		}
		out = append(out, graph.Claim{
			Subject: h.id, Predicate: graph.AffiliatedWith, Object: party, Article: ar.a.ID,
			Evidence: h.s.Text, Start: h.s.Start, End: h.s.End,
			Verb: h.role, CAMEO: graph.AffiliatedWith.CAMEO(), Confidence: confPronoun,
		})
	}
	return out
}

// lastWord returns the last word of name.
func lastWord(name string) string {
	return name[strings.LastIndexByte(name, ' ')+1:]
}

// postedThenName reads a body's role held at a post, before the holder's
// name in apposition: "The US ambassador to the UN, Ed Bale, said",
// "European Union ambassador to the WTO, Carlo Trojan, said". The holder
// serves the body at items[k]; the post ("to the UN", "in Geneva") is
// where, not for whom.
func (sc *sentence) postedThenName(k int, roleAt func(int) (int, string), personAt func(int) *mention) {
	items := sc.items
	body := items[k].m
	n, role := roleAt(k + 1)
	if n == 0 || body.modifier && body.kind != byDemonym {
		return
	}
	o := k + 1 + n
	if o >= len(items) || !items[o].is("to", "in") {
		return
	}
	for o++; o < len(items) && o <= k+n+6 && !items[o].is(","); o++ {
		if items[o].m == nil && !items[o].is("the") && !(items[o].tok.capitalised() && items[o].tok.isWord()) {
			return // "ambassador to Iran since 2003, X": not the post alone
		}
	}
	pm := sc.apposedHolder(o+1, personAt)
	if pm == nil {
		return
	}
	sc.claim(pm, graph.AffiliatedWith, body, role, confRole)
}

// apposedHolder returns the person named at items[k] in apposition to a
// role told before: the name closed by a comma or followed by a verb of
// speech ("..., Dean Boyd, said", "..., Dean Boyd said"); else nil.
func (sc *sentence) apposedHolder(k int, personAt func(int) *mention) *mention {
	items := sc.items
	k = sc.pastHonorific(k)
	pm := personAt(k)
	if pm == nil || k+1 >= len(items) || !items[k+1].is(",") && !sc.ar.x.rules.in("speech", items[k+1].low) {
		return nil
	}
	return pm
}

// roleForThenName reads a role and its body before the holder's name in
// apposition: "A spokesman for the Home Office, Dean Boyd, said".
func (sc *sentence) roleForThenName(k int, roleAt func(int) (int, string), personAt func(int) *mention) {
	items := sc.items
	n, role := roleAt(k)
	if n == 0 || k+n+3 >= len(items) || !items[k+n].is("for", "of", "at") {
		return
	}
	o := k + n + 1
	if items[o].is("the") {
		o++
	}
	if o+2 >= len(items) || items[o].m == nil || items[o].m.modifier || items[o].m.typ != graph.Organization && items[o].m.typ != graph.Country {
		return
	}
	body := items[o].m
	if !items[o+1].is(",") {
		return
	}
	if pluralRole(role) {
		// "The directors of WorldCom, Bert Roberts and Francesco
		// Galesi,": each holder the list names.
		p := sc.pastHonorific(o + 2)
		if pm := personAt(p); pm != nil {
			sc.claim(pm, graph.AffiliatedWith, body, role, confRole)
			for _, other := range sc.peopleAfter(p) {
				sc.claim(other, graph.AffiliatedWith, body, role, confRole)
			}
		}
		return
	}
	pm := sc.apposedHolder(o+2, personAt)
	if pm == nil {
		return
	}
	sc.claim(pm, graph.AffiliatedWith, body, role, confRole)
}

// employed reads a body that takes on or lets go of a person: "Quill Bank
// hired Tom Reed", "has sacked its chief executive X", "appointed X as
// chief executive", "named X chairman" (a role must follow "appointed" and
// "named": "named X as the culprit" is no post). Whoever the body
// employs, or employed, belongs to it.
func (sc *sentence) employed() {
	if !sc.hasCue(cueEmploy) {
		return // no word of the sentence is one the rule acts at
	}
	items := sc.items
	r := sc.ar.x.rules
	for i := 1; i+1 < len(items); i++ {
		it := &items[i]
		if it.m != nil || it.quoted || it.reported {
			continue
		}
		// A switch, not is with eighteen words: the rule asks it of
		// every word of every sentence.
		post := false
		switch it.low {
		case "appointed", "appoints", "appointing", "named", "names", "naming":
			post = true
		case "hired", "hires", "hiring", "recruited", "recruits", "sacked", "sacks", "fired", "fires", "ousted", "ousts", "poached":
		default:
			continue
		}
		o := i + 1
		for o < len(items) && items[o].m == nil && (items[o].is("its", "their", "the", "a", "an", "former", "new") || r.itemIn(items, o, "role") || r.itemIn(items, o, "role-qualifier")) && o < i+5 {
			o++ // "sacked its chief executive X"
		}
		if o >= len(items) || items[o].m == nil || items[o].m.typ != graph.Person || items[o].m.kind == byPronoun {
			continue
		}
		people, end := sc.objectsAfter(o, 0) // "sacked Mr Sears and Ms Druyun"
		o = max(o, end-1)                    // objectsAfter gives the index after the last one
		if post {
			p := o + 1
			if p < len(items) && items[p].is("as") {
				p++
			}
			for p < len(items) && items[p].is("its", "their", "the", "a", "an", "new") {
				p++
			}
			if p >= len(items) || items[p].m != nil || r.phraseAt(items, p, "role") == 0 && !r.itemIn(items, p, "role-qualifier") {
				continue
			}
		}
		if sc.negated(i) || sc.modal(i) || sc.passive(i) {
			continue
		}
		body := sc.subjectBefore(i)
		if body == nil || body.typ != graph.Organization || body.modifier {
			continue
		}
		for _, pm := range people {
			if pm.typ == graph.Person && pm.kind != byPronoun {
				sc.claim(pm, graph.AffiliatedWith, body, it.tok.text, confRole)
			}
		}
	}
}

// leadWord returns the first word of s.
func leadWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

// bodyAfter returns the organisation named within three lower-case
// words after items[o] ("Italian side AC Milan", "British bank
// Barclays"), or nil.
func (sc *sentence) bodyAfter(o int) *mention {
	items := sc.items
	for q := o + 1; q < len(items) && q <= o+3; q++ {
		if m := items[q].m; m != nil {
			if m.typ == graph.Organization && !m.modifier {
				return m
			}
			return nil
		}
		if !isLowerWord(items[q].low) {
			return nil
		}
	}
	return nil
}
