package extract

import (
	"slices"
	"strings"

	"github.com/newskg/newskg/graph"
)

// affiliations finds who holds a role in, or speaks for, whom:
// "Kremlin spokesman Dmitry Peskov", "Serhiy Popko, head of the Kyiv city
// military administration", "Yurii Ihnat, of the Ukrainian Air Force",
// "Zelensky's top adviser, Mykhailo Podolyak".
func (sc *sentence) affiliations() {
	r := sc.ar.x.rules
	items := sc.items
	person := func(k int) *mention {
		if k >= 0 && k < len(items) && items[k].m != nil && items[k].m.typ == graph.Person && items[k].m.kind != byPronoun {
			return items[k].m
		}
		return nil
	}
	// roleAt finds a role only where a role phrase starts; in a
	// sentence without one, which is most, it is passed over at once.
	anyRole := sc.may(r.roleSet)
	// nextRole[k] is where the first role phrase at or after k starts
	// (len(items) if none does): roleAt is asked at every word, and
	// without a qualifier a role starts at most two words on.
	var nextRole []int
	if anyRole {
		nextRole = slices.Grow(sc.ar.nextRole[:0], len(items)+1)[:len(items)+1]
		sc.ar.nextRole = nextRole
		nextRole[len(items)] = len(items)
		for k := len(items) - 1; k >= 0; k-- {
			if r.phraseAt(items, k, "role") > 0 {
				nextRole[k] = k
			} else {
				nextRole[k] = nextRole[k+1]
			}
		}
		anyRole = nextRole[0] < len(items)
	}
	// roleAt matches qualifiers, up to two modifiers and a role from k.
	roleAt := func(k int) (int, string) {
		if !anyRole || k >= len(items) {
			return 0, ""
		}
		if nextRole[k] > k+2 && !(nextRole[k] == k+3 && sc.portfolioAnd(k+1)) && (items[k].m != nil || !r.itemIn(items, k, "role-qualifier")) {
			return 0, ""
		}
		start := k
		// A qualifier that starts a role of its own ("chief executive")
		// is that role.
		for k < len(items) && items[k].m == nil && r.itemIn(items, k, "role-qualifier") && r.phraseAt(items, k, "role") < 2 &&
			(k+1 >= len(items) || items[k+1].m == nil && isLowerWord(items[k+1].low)) {
			k++ // a qualifier before a role; "chief" before a name is the role
		}
		for s := 0; s <= 2 && k < len(items); s++ {
			if n := r.phraseAt(items, k, "role"); n > 0 {
				// Run on through compound roles: "Prime Minister and
				// President".
				for k+n < len(items) {
					if m := r.phraseAt(items, k+n, "role"); m > 0 {
						n += m
						continue
					}
					if items[k+n].is("and") && k+n+1 < len(items) {
						if m := r.phraseAt(items, k+n+1, "role"); m > 0 {
							n += m + 1
							continue
						}
					}
					break
				}
				return k + n - start, joinItems(items[k : k+n])
			}
			// Modifiers of a role are adjectives and portfolios
			// ("presidential", "health"), not verbs ("has backed").
			w := items[k].low
			if s > 0 && sc.portfolioAnd(k) && k+2 < len(items) && r.phraseAt(items, k+2, "role") > 0 {
				k, s = k+1, s-1 // "trade and industry spokesman": "and" is no modifier
				continue
			}
			// A compound is an adjective whatever its ending:
			// "straight-talking", "well-connected".
			compound := strings.Contains(w, "-")
			if items[k].m != nil || !isLowerWord(w) || skipWord(w) || preposition[w] && items[k].tok.text == w || strings.HasSuffix(w, "ed") && !compound ||
				strings.HasSuffix(w, "ing") && !compound && !r.in("portfolio", w) || r.itemIn(items, k, "speech") || r.itemIn(items, k, "accuse") {
				break
			}
			k++
		}
		return 0, ""
	}
	for k := 0; k < len(items); k++ {
		it := &items[k]
		if it.m != nil && !it.m.modifier && it.m.kind != byEvent && it.m.kind != byPronoun {
			// "Conservative Michael Fallon asked", "fellow Tory David
			// Heathcoat-Amory said": a party's name right before a
			// person's name makes the person a member. (A reference such
			// as "the former Labour leader" keeps its role's claim.)
			if p := k + 1; p < len(items) && it.m.typ == graph.Organization && sc.ar.party(it.m.id) && items[p].m != nil &&
				items[p].m.typ == graph.Person && items[p].m.kind == byName && !items[p].m.modifier {
				sc.claim(items[p].m, graph.AffiliatedWith, it.m, it.m.surface, confRole)
			}
			// A1: ORG ROLE PERSON, ORG's ROLE, PERSON.
			j := k + 1
			if j < len(items) && items[j].tok.isPossessive() {
				j++
			}
			if n, role := roleAt(j); n > 0 && !(it.m.typ == graph.Person && r.inFold("relation-noun", lastWord(role))) {
				// (Not "Michael's partner X": a tie between people, no
				// role in a body.)
				p := j + n
				if p < len(items) && items[p].is("of") {
					// "Quill Hospital professor of child health, X": the
					// desk of the role, in lower case, then the comma.
					d := p + 1
					for d < len(items) && d < p+5 && items[d].m == nil && isLowerWord(items[d].low) && !preposition[items[d].low] && !r.itemIn(items, d, "speech") {
						d++
					}
					if d < len(items) && (items[d].is(",") || items[d].m != nil && items[d].m.typ == graph.Person && items[d].m.kind == byName) {
						p = d // "Quill Bank head of research Tom Reed said"
					}
				}
				if p < len(items) && items[p].is(",") {
					if k > 0 && items[k-1].is("as") && !closesOpening(r, items, p) {
						// "his second term as US President, Tony Blair
						// has said": the title is the term's; the name
						// after the comma is the speaker's. ("In his new
						// job as Renault chief executive, Mr Ghosn will"
						// opens the sentence of its holder.)
						continue
					}
					p++
				}
				// "Israel's military spokesman, Rear Admiral Daniel
				// Hagari": a rank between role and name.
				for s := 0; s < 2 && p < len(items) && items[p].m == nil && items[p].tok.capitalised() && !sc.ar.x.notName[items[p].tok.text]; s++ {
					p++
				}
				body := it.m
				if it.m.typ == graph.Country && sc.againstState(j, n) {
					body = nil // "Russian opposition leader Alexei Navalny"
				}
				for q := j; q < j+n-1 && body != nil && it.m.typ == graph.Country; q++ {
					if items[q].m == nil && (r.itemIn(items, q, "other-body") || r.itemIn(items, q, "org-class")) {
						// "Swedish trades union official X", "a Russian oil
						// firm boss": an officer of a body the class names,
						// not of the state.
						body = nil
						break
					}
				}
				if body != nil && it.m.kind == byDemonym && r.in("military-rank", strings.ToLower(strings.Fields(role)[0])) {
					// "former British Commander Colonel X" serves in the
					// British Army, not for the state as a whole; with no
					// army known, no claim.
					body = sc.ar.armyOf(it.m)
				}
				if k > 0 && items[k-1].m != nil && items[k-1].m.typ == graph.Organization && sc.ar.party(items[k-1].m.id) && !sc.ar.party(it.m.id) {
					// "Scottish National Party Holyrood leader X": the
					// party's leader in the parliament, no office of
					// the parliament's own.
					body = nil
				}
				if k > 1 && items[k-1].tok.isPossessive() && items[k-2].m != nil && items[k-2].m.typ == graph.Organization && !items[k-2].m.modifier {
					// "Labour's Home Office spokesman X", "the party's
					// Treasury spokesman": a brief of the body before.
					body = nil
				}
				if pm := person(p); pm != nil && body != nil && pm.id != body.id {
					sc.claim(pm, graph.AffiliatedWith, body, role, confRole)
					// "Labour ministers Alan Milburn and John Reid": a
					// plural role titles every name of the list.
					if pluralRole(role) {
						for _, other := range sc.peopleAfter(p) {
							sc.claim(other, graph.AffiliatedWith, it.m, role, confRole)
						}
					}
					// "Tory ex-minister Douglas Hogg": a party's minister
					// served the state the party belongs to.
					// A shadow minister holds no office ("Lib Dem shadow
					// chancellor X").
					low := strings.ToLower(role)
					shadow := strings.Contains(low, "shadow") || strings.Contains(low, "opposition")
					// "the Liberal Democrats' President X" is the party's
					// own president; "Democratic President X" the state's.
					own := j > k+1 && strings.HasSuffix(low, "president")
					office := strings.TrimPrefix(strings.TrimPrefix(low, "ex-"), "former ")
					if st := sc.ar.x.homeCues[it.m.id]; st != "" && !shadow && !own && it.m.typ == graph.Organization && sc.ar.officeOfState(office) && !sc.ar.lacks(st, office) {
						if e, ok := sc.ar.x.gaz.entities[st]; ok {
							sc.ar.add(e.ID, e.Type, e.Name, "")
							sc.claim(pm, graph.AffiliatedWith, &mention{id: e.ID, typ: e.Type, kind: byName}, role, confRole)
						}
					}
				}
			} else if j < len(items) && items[j].m != nil && !items[j].m.modifier && (items[j].m.typ == graph.Organization || items[j].m.typ == graph.Place) {
				// "Scottish National Party Holyrood leader X": the
				// party before the body the role sits in.
				if n, role := roleAt(j + 1); n > 0 {
					if pm := person(j + 1 + n); pm != nil && pm.id != it.m.id && it.m.typ == graph.Organization {
						sc.claim(pm, graph.AffiliatedWith, it.m, role, confRole)
					}
				}
			}
			if pm := person(k); pm != nil {
				sc.personRole(k, pm, roleAt)
			}
		}
		// A7: "stepped down as chief executive of X", "appointed Y as its
		// new chairman".
		if it.m == nil && it.low == "as" && anyRole {
			sc.asRole(k, roleAt)
		}
		// A7: "was appointed to the post of investment minister", "took
		// up the post of finance director at X".
		if it.m == nil && it.is("post", "position", "job") && anyRole && k+1 < len(items) && items[k+1].is("of") {
			sc.postRole(k, roleAt)
		}
		// A6: "home secretary Charles Clarke", "the immigration minister,
		// X,": an office of state its own words name, before a name,
		// with no state or body before it, is held for the state.
		// Without a role in the sentence roleAt finds none, and
		// namedOffice returns before it has done anything.
		if anyRole && it.m == nil && (k == 0 || items[k-1].m == nil && !items[k-1].tok.isPossessive()) {
			sc.namedOffice(k, roleAt)
		}
		// A5: "the President of Ukraine, Vladimir Zelensky".
		if anyRole && it.m == nil {
			if n, role := roleAt(k); n > 0 && k+n+1 < len(items) && items[k+n].is("of") {
				d := 0
				if items[k+n+1].is("the") {
					d = 1 // "the chairman of the Bar Council, X"
				}
				// "the head of the Ukrainian state-owned Naftohaz company, X":
				// the words that describe the body.
				for e := 0; e < 2 && k+n+2+d < len(items) && (items[k+n+1+d].m == nil && isLowerWord(items[k+n+1+d].low) && !preposition[items[k+n+1+d].low] ||
					items[k+n+1+d].m != nil && items[k+n+1+d].m.kind == byDemonym); e++ {
					d++
				}
				// k+n+3+d < len(items) first: a sentence may end at "the
				// chairman of the".
				c := k + n + 2 + d // the comma after the body
				if c < len(items) && items[c-1].m != nil && r.itemIn(items, c, "org-class") {
					c++ // "the head of the Naftohaz company, X"
				}
				if c+1 < len(items) && items[k+n+1+d].m != nil && items[c].is(",") {
					o := items[k+n+1+d].m
					if pm := person(c + 1); pm != nil {
						sc.claim(pm, graph.AffiliatedWith, o, role, confRole)
					}
				}
			}
		}
	}
	sc.roleRules(roleAt)
	sc.ownedBy()
	// A role reference names what the holder belongs to: "Putin's
	// spokesman" ties him to Putin, "the Russian president" to Russia.
	for k := 0; k < len(items) && sc.has(byRole); k++ {
		it := &items[k]
		if it.m == nil || it.m.kind != byRole || it.m.org != "" {
			continue // a body named with the role speaks for itself: "the UK Independence Party member"
		}
		ws := tokenize(it.m.surface, 0)
		for i := 0; i < len(ws); i++ {
			w := ws[i]
			if !w.isWord() || !w.capitalised() {
				continue
			}
			// The longest run of capitalised words the gazetteer knows:
			// "the Liberal Democrat leader" is the Liberal Democrats'.
			run := i + 1
			for run < len(ws) && ws[run].isWord() && ws[run].capitalised() {
				run++
			}
			var rs []ref
			for e := run; e > i && len(rs) == 0; e-- {
				rs = sc.ar.x.gaz.lookup(joinTokens(ws[i:e]))
				if len(rs) > 0 && (rs[0].id == it.m.id || rs[0].kind == formRole) {
					rs = nil // "US President" is the holder's title; "US" his state
				}
			}
			if len(rs) == 0 {
				continue
			}
			e := sc.ar.x.gaz.entities[rs[0].id]
			if e.Type == graph.Place || e.Type == graph.Country && sc.ar.x.rules.privateRole(it.m.role) {
				continue // "a US researcher" speaks for no state
			}
			if e.Type == graph.Country && slices.ContainsFunc(ws, func(t token) bool { return sc.ar.x.rules.inFold("opposition-word", t.text) }) {
				continue // "Russian opposition leader Alexei Navalny": against the state
			}
			if slices.ContainsFunc(rs, func(r ref) bool { return r.kind == formName && sc.ar.x.gaz.entities[r.id].Type == graph.Place }) {
				continue // "the Mayor of London" holds a city's office, not the state's London is the capital of
			}
			if _, ok := sc.ar.ents[e.ID]; !ok {
				sc.ar.add(e.ID, e.Type, e.Name, "")
			}
			sc.claim(it.m, graph.AffiliatedWith, &mention{id: e.ID, typ: e.Type}, it.m.surface, confRole)
			break
		}
	}
}

// personRole reads what follows a person's name: ", head of the X",
// ", of the X", " of the New York Times", " and Y wrote in the X".
func (sc *sentence) personRole(k int, pm *mention, roleAt func(int) (int, string)) {
	items := sc.items
	j := k + 1
	// "Paul Boateng MP, Labour's Chief Secretary", "X QC, of Matrix
	// Chambers": letters after the name come before the apposition.
	if j+1 < len(items) && items[j].m == nil && items[j+1].is(",") && sc.ar.x.rules.tokenIn("post-nominal", &items[j].tok) {
		j++
	}
	comma := j < len(items) && items[j].is(",")
	if comma {
		j++
	} else if j < len(items) && items[j].m == nil && items[j].tok.start == pm.end && items[j].tok.capitalised() && items[j].tok.isWord() {
		// "Mikhail PodolyakChief Advisor to ...": a line break lost
		// between the name and its title parts them as a comma would.
		comma = true
	}
	// "PERSON, who heads the ORG", "who represents the ORG" (a lawyer
	// for the client, an envoy for the state).
	if comma && j+2 < len(items) && items[j].is("who") {
		k := j + 1
		if items[k].is("is", "was", "also", "now", "currently") {
			k++
		}
		if items[k].is("heads", "headed", "heading", "leads", "led", "leading", "chairs", "chaired", "chairing", "runs", "ran", "running", "founded", "directs", "directed", "directing",
			"represents", "represented", "representing") {
			o := k + 1
			if o < len(items) && items[o].is("the") {
				o++
			}
			if o < len(items) && items[o].m != nil && (items[o].m.typ == graph.Organization || items[o].m.typ == graph.Country) {
				sc.claim(pm, graph.AffiliatedWith, items[o].m, items[k].tok.text, confRole)
			} else if items[k].is("represents", "represented", "representing") {
				sc.representing(pm, k)
			}
		}
		return
	}
	// "PERSON, a lawyer representing X and Y": the clients; "the
	// lawyer" may be read as a reference to the person already.
	if comma && j+2 < len(items) && items[j].is("the", "a", "his", "her", "their") && items[j+2].is("representing") &&
		(sc.ar.x.rules.itemIn(items, j+1, "role") || items[j+1].m != nil && items[j+1].m.id == pm.id) {
		sc.representing(pm, j+2)
		return
	}
	// "said Ken Mayland at Merrill Lynch", "Tom Reed from Quill Capital
	// said", "said Tom Reed, from Quill Capital": a person's firm right
	// after "at" or "from", where a firm's people are quoted; not a place
	// or an event.
	if j+1 < len(items) && (items[j].is("at") && (!comma || k > 0 && sc.ar.x.speech[items[k-1].low]) || items[j].is("from")) {
		// ("said X, at Y" too: after a verb of speech the comma sets
		// off where the speaker works, not "X, at the time,".)
		o := j + 1
		if items[o].is("the") && o+1 < len(items) {
			o++
		}
		// "at stockbroker Quill Capital": a class noun before the name.
		if c := sc.ar.x.rules.phraseAt(items, o, "org-class"); c > 0 && o+c < len(items) && items[o+c].m != nil {
			o += c
		}
		// Only a quoted voice: "said X at Y", "X at Y said", "analyst X
		// at Y"; "met Tony Blair at Welling School" is where they met.
		voice := k > 0 && sc.ar.x.speech[items[k-1].low] || o+1 < len(items) && sc.ar.x.speech[items[o+1].low] ||
			k > 1 && items[k-1].is("to") && items[k-2].is("according") || // "according to X at Y"
			o+2 < len(items) && items[o+1].is(",") && sc.ar.x.speech[items[o+2].low] || // "X, from Quill Capital, told Reuters"
			k > 0 && items[k-1].m == nil && !items[k-1].tok.capitalised() && sc.ar.x.rules.itemIn(items, k-1, "role")
		if om := items[o].m; voice && om != nil && !om.modifier && om.kind == byName && om.typ == graph.Organization && sc.head(o) == o &&
			(o+1 >= len(items) || !items[o+1].tok.isPossessive()) && !sc.ar.court(om.id) {
			sc.claim(pm, graph.AffiliatedWith, om, items[j].low, confPronoun)
		}
		return
	}
	// "PERSON, of the ORG" and "PERSON of the ORG".
	if j+1 < len(items) && items[j].is("of") {
		o := j + 1
		if items[o].is("the") {
			o++
		}
		if o < len(items) && items[o].m != nil {
			// "Filippo Volandri of Italy" is a nationality, no role: a
			// person is "of" an organisation, not of a country.
			if om := items[sc.head(o)].m; om.typ == graph.Organization {
				sc.claim(pm, graph.AffiliatedWith, om, "of", confRole)
			} else if title := sc.titleOf(k, pm); om.typ == graph.Country && !comma && title != "" && sc.ar.officeOfState(strings.ToLower(title)) {
				// "President Musharraf of Pakistan": an office of state
				// held for the state after "of".
				sc.claim(pm, graph.AffiliatedWith, om, title, confRole)
			}
		}
		return
	}
	if comma && closesOpening(sc.ar.x.rules, items, k+1) {
		// "After meeting X, the Russian president said": the comma ends
		// the opening phrase; no apposition follows.
		return
	}
	if comma {
		// "Paul Johnson, the think tank's director": the organisation
		// named last.
		if j+3 < len(items) && items[j].is("the") {
			for w := 1; w <= 3 && j+w+1 < len(items); w++ {
				if !items[j+w].tok.isPossessive() {
					continue
				}
				var words []string
				for _, it := range items[j+1 : j+w] {
					words = append(words, it.low)
				}
				if !nominalAnaphors[strings.Join(words, " ")] {
					break
				}
				if n, role := roleAt(j + w + 1); n > 0 {
					if org := sc.lastOrganization(); org != nil {
						sc.claim(pm, graph.AffiliatedWith, org, role, confPronoun)
					}
				}
				return
			}
		}
		// "X, former Labour minister and now a European Commissioner":
		// two roles, one after the other.
		for conj := 0; conj < 2; conj++ {
			end := sc.appositiveRole(j, pm, roleAt)
			if end < 0 || end+1 >= len(items) || !items[end].is("and") {
				return
			}
			j = end + 1
		}
		return
	}
	// "X and Y wrote in the Washington Post".
	authors := []*mention{pm}
	for j < len(items) && items[j].is("and", ",") && j+1 < len(items) && items[j+1].m != nil && items[j+1].m.typ == graph.Person {
		authors = append(authors, items[j+1].m)
		j += 2
	}
	if j+1 < len(items) && items[j].is("wrote", "writes", "writing", "reported", "reports") && items[j+1].is("in", "for") {
		o := j + 2
		if o < len(items) && items[o].is("the") {
			o++
		}
		if o < len(items) && items[o].m != nil && items[o].m.typ == graph.Organization {
			for _, a := range authors {
				if sc.servesElsewhere(a) {
					continue // "Michael Howard wrote in the Daily Telegraph": a guest's article
				}
				sc.claim(a, graph.AffiliatedWith, items[o].m, items[j].tok.text, confRole)
			}
		}
	}
}

// servesElsewhere reports whether the article or the gazetteer gives
// person m a role or a body of their own: what such a person writes in a
// paper is a guest's article, not a journalist's.
func (sc *sentence) servesElsewhere(m *mention) bool {
	if sc.ar.x.titled[m.id] {
		return true
	}
	for _, c := range sc.ar.affiliations {
		if c.Subject == m.id {
			return true
		}
	}
	return false
}

// asRole reads a role told with "as" at items[k]: the person the clause
// is about held it in the body after it ("Tom Reed stepped down as chief
// executive of Zentix", "who quit as chairman of X", "served as an
// adviser to X"), or in the body that named them to it ("Zentix has
// appointed Tom Reed as its new chairman").
func (sc *sentence) asRole(k int, roleAt func(int) (int, string)) {
	items := sc.items
	j := k + 1
	if j < len(items) && items[j].is("a", "an", "the", "its", "their") {
		j++
	}
	n, role := roleAt(j)
	if n == 0 {
		return
	}
	// The holder: the person right before "as" ("appointed Tom Reed
	// as"), else the one the clause is about, across its verbs.
	var pm *mention
	sure := true // the holder named, or the one person a pronoun can stand for
	for b := k - 1; b >= 0 && b >= k-6; b-- {
		if m := items[b].m; m != nil {
			if m.typ == graph.Person && m.kind != byPronoun {
				pm = m
			}
			break
		}
		if items[b].is("he", "she") {
			// "He stepped down as chairman of X": the one he stands for.
			if p := sc.subjectBefore(b + 1); p != nil && p.typ == graph.Person {
				pm = p
			}
			people := 0
			for _, it := range items[:b] {
				if it.m != nil && it.m.typ == graph.Person {
					people++
				}
			}
			sure = people <= 1
			break
		}
		if !isLowerWord(items[b].low) && !items[b].is(",") || preposition[items[b].low] && !items[b].is("who") {
			break
		}
	}
	if pm == nil {
		return
	}
	sc.heldRole(pm, j, n, role, sure)
	// "Zentix has appointed Tom Reed as its new chairman".
	if b := k - 1; b > 1 && items[b].m == pm && items[j-1].is("its", "their") {
		switch items[b-1].low {
		case "appointed", "named", "hired", "recruited", "promoted", "elected", "chose", "picked":
			if org := sc.subjectBefore(b - 1); org != nil && org.typ == graph.Organization {
				sc.claim(pm, graph.AffiliatedWith, org, role, confRole)
			}
		}
	}
}

// postRole reads a role told as a post at items[k] ("post", "position"
// or "job", then "of"): the person named nearest before it holds it,
// in the body after it or, for an office of state, for the state ("was
// appointed to the post of investment minister", "The appointment of
// X, a technocrat, to the new post of investment minister", "took up
// the position of finance director at Zentix").
func (sc *sentence) postRole(k int, roleAt func(int) (int, string)) {
	items := sc.items
	j := k + 2
	n, role := roleAt(j)
	if n == 0 {
		return
	}
	for b := k - 1; b >= 0 && b >= k-12; b-- {
		if m := items[b].m; m != nil && m.typ == graph.Person && m.kind == byName {
			sc.heldRole(m, j, n, role, true)
			return
		}
		if items[b].is(";", ":") || items[b].m != nil && items[b].m.typ != graph.Person {
			return
		}
	}
}

// heldRole ties pm to the body of the role at items[j:j+n]: one named
// after "of", "at", "to" or "for", else, for an office of state, the
// state (see officeState) when sure says pm is surely the holder.
func (sc *sentence) heldRole(pm *mention, j, n int, role string, sure bool) {
	items := sc.items
	p := j + n
	if p+1 < len(items) && items[p].is("of", "at", "to", "for") {
		o := p + 1
		if items[o].is("the") && o+1 < len(items) {
			o++
		}
		// (A role "to" a state is a posting there: "as high commissioner
		// to Australia" serves the sender.)
		if om := items[o].m; om != nil && !om.modifier && om.kind == byName && (om.typ == graph.Organization || om.typ == graph.Country && !items[p].is("to") || om.typ == graph.Person && items[p].is("to")) {
			sc.claim(pm, graph.AffiliatedWith, items[sc.head(o)].m, role, confRole)
		}
		return
	}
	if !items[j-1].is("its", "their") && sure && !(p < len(items) && (items[p].m != nil || items[p].is("he", "she", "they"))) {
		// "Clare Short resigned as international development
		// secretary": an office of state, held for the state. Not
		// "X said as home secretary he ...": the role of the clause
		// after; nor "X told Y he would step down as prime minister".
		sc.officeState(pm, j, p)
	}
}

// namedOffice reads an office of state at items[k] written before a
// name with no country or body in it ("health minister X", "the home
// secretary, X,") and ties the holder to the state it is of (see
// officeState).
func (sc *sentence) namedOffice(k int, roleAt func(int) (int, string)) {
	items := sc.items
	if items[k].is("the", "a", "an") || k > 0 && sc.ar.x.rules.itemIn(items, k-1, "role-qualifier") {
		return // read from the role's first word: "shadow", "former"
	}
	if k > 0 && items[k-1].tok.isWord() && items[k-1].tok.capitalised() && !items[k-1].is("the", "a", "an") && !sc.opener(k-1) {
		return // "Virginia State Attorney General X": a name no list knows qualifies it
	}
	n, _ := roleAt(k)
	if n == 0 {
		return
	}
	p := k + n
	if p < len(items) && items[p].is(",") {
		p++
	}
	p = sc.pastHonorific(p) // "deputy prime minister Mr Prescott"
	if p >= len(items) || items[p].m == nil || items[p].m.typ != graph.Person || items[p].m.kind == byPronoun {
		return
	}
	sc.officeState(items[p].m, k, k+n)
}

// opener reports whether items[k] is a word that opens the sentence
// and is a conjunction or adverb ([sentence-adverb]: "But", "Meanwhile",
// "Earlier") or one the article writes in lower case elsewhere:
// capitalised only by its place, it qualifies no title after it ("But
// Culture Secretary Tessa Jowell said").
func (sc *sentence) opener(k int) bool {
	return k == 0 && sc.items[k].m == nil && (sc.ar.x.rules.itemIn(sc.items, k, "sentence-adverb") || sc.ar.lowerWords.has(sc.items[k].low))
}

// officeState ties pm to the state whose office items[s:e] names by its
// own words (officeIn: "home secretary", "immigration minister"; a
// lone "president" or "minister" may be any body's): the one state the
// gazetteer gives the holder's roles, else the article's home state. A
// shadow minister holds no office, and a sentence that names another
// state may be about that state's minister.
func (sc *sentence) officeState(pm *mention, s, e int) {
	var rt []token
	for _, it := range sc.items[s:e] {
		if it.m != nil || it.is("shadow", "opposition") {
			return
		}
		rt = append(rt, it.tok)
	}
	sc.officeOf(pm, rt, joinItems(sc.items[s:e]))
}

// officeOf ties pm to the state of the office the words rt name, as
// officeState does; role is the claim's verb.
func (sc *sentence) officeOf(pm *mention, rt []token, role string) {
	ar, items := sc.ar, sc.items
	o := ar.officeIn(rt)
	if o < 0 {
		return
	}
	for _, t := range rt[:o] {
		if t.capitalised() && !ar.x.rules.inFold("role-qualifier", t.text) && !ar.x.rules.inFold("portfolio", t.text) {
			return // "Texas attorney general X": a region's office; not "Trade and Industry Secretary"
		}
	}
	state := ar.home
	if ps := ar.x.personStates[pm.id]; len(ps) == 1 {
		state = ps[0]
	} else if len(ps) > 1 && !slices.Contains(ps, ar.home) {
		return
	}
	if state == "" {
		return
	}
	for _, o := range items {
		if o.m != nil && (o.m.typ == graph.Country && o.m.id != state || o.m.kind == byDemonym || o.m.state != "" && o.m.state != state) {
			return // "Paris was more subdued, with finance minister X"
		}
	}
	st := ar.x.gaz.entities[state]
	ar.add(st.ID, st.Type, st.Name, "")
	sc.claim(pm, graph.AffiliatedWith, &mention{id: st.ID, typ: st.Type, kind: byName}, role, confRole)
}

// ledeOffice returns the words of an office of state that the sentence
// names as "the X" with no name of any person in it: a story's opening
// "..., the Trade and Industry Secretary has said", whose holder the
// next sentence names. It returns nil for none.
func (sc *sentence) ledeOffice() []token {
	items := sc.items
	if sc.persons > 0 {
		return nil
	}
	r := sc.ar.x.rules
	for k := 0; k+1 < len(items); k++ {
		if !items[k].is("the") {
			continue
		}
		for e := k + 2; e <= len(items) && e <= k+6; e++ {
			if items[e-1].m != nil || r.phraseAt(items, e-1, "role") != 1 {
				continue
			}
			if e < len(items) && (items[e].m != nil || items[e].tok.capitalised() && items[e].tok.isWord() || items[e].tok.isPossessive() || items[e].is("of", "for")) {
				break // "the home secretary Charles Clarke", "the secretary of state for"
			}
			var rt []token
			for _, it := range items[k+1 : e] {
				if it.m != nil || it.is("shadow", "opposition", "former") {
					return nil
				}
				rt = append(rt, it.tok)
			}
			if sc.ar.officeIn(rt) >= 0 {
				return rt
			}
			break
		}
	}
	return nil
}

// closesOpening reports whether the comma at items[c] closes the
// opening phrase of a sentence or of a clause after "and" or "but", so
// that what follows it is the clause's subject, not an apposition: the
// phrase starts with an [opening-word] ("After", "When", "Speaking to")
// and runs to c with no comma, and after c a verb comes before any comma
// ("After meeting X, the Russian president said"). An apposition closed
// by a comma stays one: "According to X, head of Y, games will cost
// more".
func closesOpening(r *rules, items []item, c int) bool {
	if c < 2 || c >= len(items) {
		return false
	}
	start := c - 1
	for start > 0 && !(items[start-1].m == nil && items[start-1].is(",", ";", ":", "\"", "“", "”")) {
		start--
	}
	opens := false
	for k := start; k < c-1 && !opens; k++ {
		opens = items[k].m == nil && r.itemIn(items, k, "opening-word") && (k == start || items[k-1].is("and", "but"))
	}
	if !opens {
		return false
	}
	for k := c + 1; k < len(items) && k <= c+10; k++ {
		it := items[k]
		if it.m != nil {
			continue
		}
		if it.is(",", ";", ":", "(", "-", "–", "—", "\"", "“", "”") {
			return false
		}
		if finiteAux(it.low) || r.itemIn(items, k, "speech") || pastParticiple(it.low) {
			return true
		}
	}
	return false
}

// finiteAux reports whether w is an auxiliary that makes a clause of what
// stands before it: "the minister has said", "the striker was".
func finiteAux(w string) bool {
	switch w {
	case "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does":
		return true
	}
	return false
}

// titleOf returns the title written before the person at items[k], as
// part of the mention ("President" of "President Musharraf") or as the
// capitalised words right before it, or "".
func (sc *sentence) titleOf(k int, pm *mention) string {
	if pm.role != "" {
		return pm.role
	}
	j := k
	for j > 0 && k-j < 3 && sc.items[j-1].m == nil && sc.items[j-1].tok.capitalised() && sc.items[j-1].tok.isWord() {
		j--
	}
	for j < k && !sc.ar.x.isHonorific(&sc.items[j].tok) && !sc.ar.x.rules.inFold("role", sc.items[j].tok.text) && !sc.ar.x.rules.inFold("role-qualifier", sc.items[j].tok.text) {
		j++ // "When President Kirchner": the title starts at "President"
	}
	if j == k {
		return ""
	}
	return joinItems(sc.items[j:k])
}

// appositiveRole reads the role of pm in an apposition from j ("X, the
// Lib Dem home affairs spokesman", "X, a spokesman for Liberty") and
// returns the index after it, or -1 when there is none.
func (sc *sentence) appositiveRole(j int, pm *mention, roleAt func(int) (int, string)) int {
	items := sc.items
	r := sc.ar.x.rules
	// "Condoleezza Rice, UN Secretary General Kofi Annan", "Theresa
	// May, Lib Dem elections chief Lord Rennard said": a title of the
	// next name in a list, not an apposition.
	for k := j; k < len(items) && k < j+7; k++ {
		if items[k].m == nil && (items[k].is(",", "said", "says", "told", "and", "who") || preposition[items[k].low]) {
			break
		}
		if m := items[k].m; m != nil && m.typ == graph.Person && k > j {
			return -1
		}
	}
	for j < len(items) && items[j].is("a", "an", "the", "now", "currently") {
		j++ // "X, now a European Commissioner"
	}
	if j < len(items) && items[j].is("his", "her") {
		// "Mr Yeo, his transport and environment spokesman": the role
		// of the person named before, past the brief.
		for q := j + 1; q < len(items) && q <= j+5 && items[q].m == nil && isLowerWord(items[q].low); q++ {
			if n, role := roleAt(q); n > 0 {
				if last := lastWord(role); !r.inFold("leader-voice", last) && !r.inFold("personal-role", last) {
					return -1 // "David Furnish, his partner": no role in a body
				}
				pron := pronounOf(items[j])
				if owner := sc.ar.voiceOf(sc.personFor(j, pron, pm), role); owner != nil {
					sc.claim(pm, graph.AffiliatedWith, owner, role, confPronoun)
				}
				return q + n
			}
		}
		return -1
	}
	// "X, a Singapore-based analyst": where the holder works is no body.
	if j+3 < len(items) && items[j].m != nil && items[j+1].is("-") && items[j+2].is("based") {
		j += 3
	}
	// "X, a former Labour minister": a qualifier before the body.
	for j+1 < len(items) && items[j].m == nil && r.itemIn(items, j, "role-qualifier") && items[j+1].m != nil {
		j++
	}
	// "X, the Lib Dem home affairs spokesman": the body before the
	// role.
	if j < len(items) && items[j].m != nil && !items[j].m.modifier && (items[j].m.kind == byName || sc.classReference(j)) &&
		(items[j].m.typ == graph.Organization || items[j].m.typ == graph.Country) {
		o := items[j].m
		q := j + 1
		if q < len(items) && items[q].tok.isPossessive() {
			q++
			// "X, Labour's Home Office spokesman", "the Tories' Treasury
			// spokesman", "Shell's Nigeria director": a brief or a branch
			// the possessor's role covers, not the body the role is in.
			if q+1 < len(items) && items[q].m != nil && items[q].m.typ != graph.Person && items[q+1].m == nil {
				if n, _ := roleAt(q + 1); n > 0 {
					q++
				}
			}
		}
		if n, role := roleAt(q); n > 0 {
			if o.typ != graph.Country || !r.privateRole(role) {
				sc.claim(pm, graph.AffiliatedWith, o, role, confRole)
				return q + n
			}
			j = q // "X, UK economist for Capital Economics": the firm after
		}
	}
	// "X, the Russian foreign minister", "X, now a European
	// Commissioner".
	if body, role, n := sc.qualifiedBody(j, roleAt); body != nil {
		sc.claim(pm, graph.AffiliatedWith, body, role, confRole)
		return j + n
	}
	n, role := roleAt(j)
	if n == 0 {
		return -1
	}
	p := j + n
	if p >= len(items) || items[p].is(",", ";", ")", "-", "–", "—", "said", "says", "told", "who", "and") {
		// "X, the immigration minister, said": no body after the
		// role; an office of state is held for the state.
		sc.officeState(pm, j, p)
		if c := j - 1; c > 0 && (items[c].is(",") || items[c].is("a", "an", "the") && items[c-1].is(",")) && items[j].m == nil && !items[j].tok.capitalised() &&
			!r.itemIn(items, j, "role-qualifier") && sc.companyRole(role) {
			// "Philip Knight, chairman and chief executive, said": a
			// company's officer, of the company named last.
			if org := sc.lastCorporate(j); org != nil && org.id != pm.id {
				sc.claim(pm, graph.AffiliatedWith, org, role, confPronoun)
			}
		}
	}
	if p < len(items) && items[p].is("of", "for", "at", "to", "in", "with", "from") {
		p++
		if p < len(items) && items[p].is("the") {
			p++
		}
		if p+3 < len(items) && items[p].m != nil && items[p+1].is("-") && items[p+2].is("based") {
			p += 3 // "head of Brisbane-based game developer Krome Studios"
		}
		// "Chief Advisor to the President of Ukraine Zelensky": the
		// person past a title of a state.
		if t := r.phraseAt(items, p, "role"); t > 0 && p+t+2 < len(items) && items[p].tok.capitalised() && items[p+t].is("of") &&
			items[p+t+1].m != nil && items[p+t+1].m.typ == graph.Country && items[p+t+2].m != nil && items[p+t+2].m.typ == graph.Person {
			p += t + 2
		}
		// "head of Distribution and Exhibition at the UK Film Council":
		// a desk named in capitals, then the body.
		for q := p; q < len(items) && q < p+6 && items[q].m == nil && (items[q].tok.capitalised() && items[q].tok.isWord() || q > p && items[q].is("and", "&")); q++ {
			if q+1 < len(items) && items[q+1].is("at") {
				p = q + 1
				break
			}
		}
		// "a spokesman for the campaign group Liberty": a class
		// noun before the name.
		for s := 0; s < 5 && p+1 < len(items) && items[p].m == nil && (isLowerWord(items[p].low) && !preposition[items[p].low] || items[p].tok.isPossessive() && s > 0); s++ {
			p++
		}
		// "head of equity research at NCB Stockbrokers": the desk,
		// then the firm.
		if p+1 < len(items) && items[p].is("at", "with") && items[p-1].m == nil && !items[p-1].is("of", "for", "to", "in", "from") {
			p++
			if p+1 < len(items) && items[p].is("the") {
				p++
			}
		}
		// "at Aids charity the Terrence Higgins Trust", "of MMS firm
		// Adamind", "of Indian film journal Trade Guide": a name that
		// only qualifies a class noun, then the body's own name. (The
		// qualifier may be a word no name holds: "Aids".)
		if p < len(items) && (items[p].m != nil || items[p].tok.capitalised() && items[p].tok.isWord()) {
			q0 := p + 1
			if q0 < len(items) && items[q0].tok.isPossessive() {
				q0++ // "of Spain's most powerful bank, Santander"
			}
			for q := q0; q < len(items) && q <= q0+3 && items[q].m == nil && isLowerWord(items[q].low); q++ {
				c := r.phraseAt(items, q, "org-class")
				if c == 0 && r.itemIn(items, q, "publication") {
					c = 1
				}
				if c > 0 {
					e := q + c
					for e < len(items) && e <= q+c+1 && items[e].m == nil && (isLowerWord(items[e].low) && !preposition[items[e].low] || items[e].is("the") || items[e].is(",") && e == q+c) {
						e++
					}
					if e < len(items) && items[e].m != nil && items[e].m.typ == graph.Organization {
						p = e
					}
					break
				}
			}
		}
		if p+2 < len(items) && items[p].m != nil && items[p+1].tok.isPossessive() && items[p+2].m != nil && items[p+2].m.typ == graph.Organization {
			p += 2 // "a member of Cherie Blair's Matrix Chambers": the body possessed
		}
		if p < len(items) && items[p].m == nil {
			// "head of the threat laboratory at security firm
			// Clearswift", "director of corporate marketing for Intel",
			// "head of strategy for Latin American emerging markets for
			// Barclays Capital": a desk in lower case, maybe its scope,
			// then where it is, by its class.
			p = sc.employerPast(p)
		}
		if p+1 < len(items) && items[p].m != nil && items[p].m.typ == graph.Country && items[p+1].m == nil && isLowerWord(items[p+1].low) && !preposition[items[p+1].low] && !items[p+1].is("and", "or") {
			// "head of UK equities for Standard Life Investments": the
			// state qualifies a noun; the body is the one the role is
			// "for" or "at", if any.
			q := p + 1
			for q < len(items) && q <= p+4 && items[q].m == nil && isLowerWord(items[q].low) && !preposition[items[q].low] {
				q++
			}
			if q+1 < len(items) && items[q].is("for", "at") {
				o := q + 1
				if items[o].is("the") && o+1 < len(items) {
					o++
				}
				if om := items[o].m; om != nil && om.typ == graph.Organization && !om.modifier {
					sc.claim(pm, graph.AffiliatedWith, om, role, confRole)
					return o + 1
				}
			}
			return q
		}
		if p < len(items) && items[p].m != nil {
			o := p
			// "the US National Security Council": the body,
			// not its country.
			if o+1 < len(items) && items[o+1].m != nil && items[o+1].m.typ == graph.Organization {
				// He speaks for the country too, for denials.
				if c := items[o].m; c.typ == graph.Country {
					sc.ar.sides[pm.id] = append(sc.ar.sides[pm.id], c.id)
				}
				o++
			}
			h := sc.head(o)
			if h == o && items[o].m.kind == byDemonym {
				// "editor of Indian film journal Trade Guide", "at Swiss
				// Re": a demonym that qualifies a name no list knows.
				return o + 1
			}
			sc.claim(pm, graph.AffiliatedWith, items[h].m, role, confRole)
			return o + 1
		}
	}
	return j + n
}

// employerPast returns the index of the organisation a desk in lower case
// at items[p] is part of: the words of the desk ("the", "and", "of" and
// lower-case words), "at", "for" or "with", then maybe "the" and a few
// words of its class ("security firm"). After "for" the desk's scope may
// stand, names of places too ("for Latin American emerging markets"). It
// returns p when no organisation ends such words, or a clause comes
// first ("the firm which sold Intel").
func (sc *sentence) employerPast(p int) int {
	items := sc.items
	at := p > 0 && items[p-1].is("at", "for", "with") // "at security firm X", the desk passed
	scope := false                                    // past a "for": its scope may name places
	for q := p; q < len(items) && q < p+10; q++ {
		it := items[q]
		switch {
		case it.m != nil && at && it.m.typ == graph.Organization && !it.m.modifier:
			return q
		case it.m != nil && scope && it.m.typ != graph.Organization:
			// "for Latin American emerging markets": a scope
		case it.m != nil:
			return p
		case it.is("at", "for", "with"):
			at, scope = true, it.is("for")
		case it.is("the", "and"):
		case it.is("of") && q+1 < len(items) && items[q+1].m == nil && isLowerWord(items[q+1].low) && !preposition[items[q+1].low]:
			// "director for registrations of marriages at Brent Council"
		case isLowerWord(it.low) && !preposition[it.low]: // "which", "who" and "that" are among them
		default:
			return p
		}
	}
	return p
}

// armyOf returns the armed forces of the state a demonym names, when
// the gazetteer knows them by the demonym ("British Army", "Russian
// army", "Israeli military"), or nil.
func (ar *article) armyOf(m *mention) *mention {
	for _, suffix := range []string{" Army", " army", " Armed Forces", " armed forces", " military"} {
		for _, r := range ar.x.gaz.lookup(m.surface + suffix) {
			if e, ok := ar.x.gaz.entities[r.id]; ok && e.Type == graph.Organization {
				ar.add(e.ID, e.Type, e.Name, "")
				return &mention{id: e.ID, typ: e.Type, kind: byName}
			}
		}
	}
	return nil
}

// pluralRole reports whether a role is written in the plural
// ("ministers", "spokesmen"), and so may title several names.
func pluralRole(role string) bool {
	last := lastWord(role)
	return len(last) >= 3 && (strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") || strings.HasSuffix(last, "men"))
}

// peopleAfter returns the people named after the person at p in a list
// ("X, Y and Z", "X and Y").
func (sc *sentence) peopleAfter(p int) []*mention {
	items := sc.items
	var out []*mention
	for q := p + 1; q+1 < len(items); q += 2 {
		if items[q].is(",") && q+2 < len(items) && items[q+1].is("and") {
			q++ // "X, Y, and Z"
		}
		if !items[q].is(",", "and") {
			break
		}
		m := items[q+1].m
		if m == nil || m.typ != graph.Person || m.kind == byPronoun {
			break
		}
		if q+2 < len(items) && items[q+2].tok.isPossessive() {
			break // "X and Y's wife": not Y
		}
		out = append(out, m)
		if items[q].is("and") {
			break
		}
	}
	return out
}

// qualifiedBody reads a body written as the qualifier of the role at
// j+1: a state's demonym before an office of state ("the Russian foreign
// minister": a minister of Russia, where "a Russian journalist" is no
// role in Russia), or a word that with the role names a body
// (data/bodies.tsv: "a European Commissioner"). It returns the body, the
// role and the items they take, or nil.
func (sc *sentence) qualifiedBody(j int, roleAt func(int) (int, string)) (*mention, string, int) {
	items := sc.items
	if j+1 >= len(items) {
		return nil, "", 0
	}
	n, role := roleAt(j + 1)
	if n == 0 {
		return nil, "", 0
	}
	if e := j + 1 + n; e < len(items) && items[e].m != nil && items[e].m.typ == graph.Person {
		// "a summit with Biden, Egyptian President Abdel Fattah
		// al-Sisi and ...": the title of the next name, not a role of
		// the one before.
		return nil, "", 0
	}
	switch it := items[j]; {
	case it.m != nil && it.m.kind == byDemonym && it.m.typ == graph.Country:
		if sc.ar.x.rules.inFold("state-office", role) {
			return it.m, role, n + 1
		}
	case it.m == nil && it.tok.capitalised():
		named := it.tok.text + " " + role
		if id := sc.ar.x.bodies[strings.ToLower(named)]; id != "" {
			if e, ok := sc.ar.x.gaz.entities[id]; ok {
				sc.ar.add(e.ID, e.Type, e.Name, "")
				return &mention{id: e.ID, typ: e.Type, kind: byName}, named, n + 1
			}
		}
	}
	return nil, "", 0
}

// againstState reports whether the n words of a role phrase at items[j]
// hold a word that sets it against its state's government
// ([opposition-word]: "opposition leader", "rebel commander").
func (sc *sentence) againstState(j, n int) bool {
	for q := j; q < j+n && q < len(sc.items); q++ {
		if sc.items[q].m == nil && sc.ar.x.rules.itemIn(sc.items, q, "opposition-word") {
			return true
		}
	}
	return false
}

// representing ties pm to the people a verb of representing at items[k]
// names ("who represents Mr Mubanga", "the lawyer representing Mr Abbasi
// and Mr Mubanga"): a lawyer or agent speaks for the client.
func (sc *sentence) representing(pm *mention, k int) {
	objs, _ := sc.objectsAfter(k+1, 0)
	for _, o := range objs {
		if o.typ == graph.Person && !o.modifier && o.kind != byPronoun && o.id != pm.id {
			sc.claim(pm, graph.AffiliatedWith, o, sc.items[k].tok.text, confRole)
		}
	}
}

// lastOrganization returns the organisation named last in the article, for
// anaphors such as "the think tank".
func (sc *sentence) lastOrganization() *mention {
	for j := len(sc.ar.recent) - 1; j >= 0; j-- {
		if m := sc.ar.recent[j]; m.typ == graph.Organization && !m.modifier && m.kind == byName {
			return m
		}
	}
	return nil
}

// classReference reports whether items[k] is "the party", "the company"
// standing for the body the article named last of that class, and owns
// what follows: "X, the party's Treasury spokesman".
func (sc *sentence) classReference(k int) bool {
	m := sc.items[k].m
	return m.kind == byPronoun && strings.HasPrefix(m.surface, "the ") && k+1 < len(sc.items) && sc.items[k+1].tok.isPossessive()
}

// seatOn reads a place on a body's board or panel as membership of the
// body: "his seat on the board of Zentix", "their positions on the panel
// of X", "her place on the Quill Bank board", "joined the board of X",
// "sits on the board of X", "a member of the board of X". The holder of
// a seat is the name before a possessive, the person a possessive
// pronoun stands for, or, for "their", the people listed before it in the
// sentence or, after a "they" that opens it, in the sentence before; the
// one who joins or sits on a board, or is a member of it, is the person
// named as the subject or in apposition (see personBefore).
func (sc *sentence) seatOn() {
	if !sc.mayList("panel-noun") {
		return // no word of the sentence is a panel noun
	}
	items := sc.items
	r := sc.ar.x.rules
	for o := 2; o < len(items); o++ {
		if items[o].m != nil || !r.itemIn(items, o, "panel-noun") {
			continue
		}
		var body *mention
		the := o - 1 // the "the" that opens the phrase
		switch {
		case o+2 < len(items) && items[o+1].is("of") && items[o-1].is("the", "a"):
			k := o + 2
			if items[k].is("the") && k+1 < len(items) {
				k++
			}
			body = items[k].m // "the board of Zentix"
		case items[o-1].m != nil && items[o-2].is("the"):
			body, the = items[o-1].m, o-2 // "the Zentix board"
		}
		if body == nil || body.typ != graph.Organization || body.modifier || body.kind == byEvent || the < 1 {
			continue
		}
		var holders []*mention
		v := the - 1
		switch {
		case items[v].is("on", "in") && v > 1 && items[v-1].m == nil && r.itemIn(items, v-1, "seat-noun"):
			holders = sc.seatHolders(v - 1)
		case items[v].is("of") && v > 0 && items[v-1].is("member", "members"):
			holders = sc.personBefore(v - 1)
		default:
			for n := 1; n <= 3 && n <= the; n++ {
				if r.phraseAt(items, the-n, "board-verb") == n {
					holders = sc.personBefore(the - n)
					break
				}
			}
		}
		for _, h := range holders {
			if h != nil && h.typ == graph.Person && h.id != body.id {
				sc.claim(h, graph.AffiliatedWith, body, joinItems(items[the+1:o+1]), confRole)
			}
		}
	}
}

// seatHolders returns who holds the seat named at items[i] ("his seat",
// "Jane Orme's place", "their positions"); see seatOn.
func (sc *sentence) seatHolders(i int) []*mention {
	items := sc.items
	switch p := items[i-1]; {
	case p.tok.isPossessive() && i > 1 && items[i-2].m != nil:
		return []*mention{items[i-2].m}
	case p.is("his", "her"):
		return sc.lastPerson(i - 1)
	case p.is("their"):
		if l := sc.personList(i, nil); len(l) > 0 {
			return l
		}
		if items[0].is("they") {
			return sc.ar.listed
		}
	}
	return nil
}

// personBefore returns the person the words at items[i] ("member",
// "joined") are said of: the name before them in apposition ("Jane Orme,
// a member of", "Tom Reed, who joined") or as their subject, past
// auxiliaries and adverbs ("Ed Bale is a member of", "has recently
// joined", "He joined"). An unnamed one ("said a member of the board had
// resigned", "said the founder joined") is no one.
func (sc *sentence) personBefore(i int) []*mention {
	items := sc.items
	k := i - 1
	if k >= 0 && items[k].is("a", "an") {
		k--
	}
	for k >= 0 && items[k].m == nil && items[k].is("is", "was", "are", "were", "been", "has", "have", "had", "became", "becomes", "remains",
		"remained", "also", "still", "now", "recently", "later", "then", "once", "who", "will", "would", "to", "is to", ",") {
		k--
	}
	if k >= 0 && k < i && items[k].m != nil && items[k].m.typ == graph.Person && !items[k].m.modifier {
		return []*mention{items[k].m}
	}
	if k >= 0 && k < i && items[k].m == nil && items[k].is("he", "she") && sc.prev != nil && sc.prev.typ == graph.Person {
		return []*mention{sc.prev} // "He joined the board of X": the one the sentence before was about
	}
	return nil
}

// lastPerson returns the person named last before items[i], or the one
// the sentence before was about when the sentence names none.
func (sc *sentence) lastPerson(i int) []*mention {
	for k := i - 1; k >= 0; k-- {
		if m := sc.items[k].m; m != nil && m.typ == graph.Person && !m.modifier {
			return []*mention{m}
		}
	}
	if sc.prev != nil && sc.prev.typ == graph.Person {
		return []*mention{sc.prev}
	}
	return nil
}

// personList returns the people of the first list of two or more names
// before items[end]: names joined by commas and "and", each perhaps with
// letters after it ("Nicholas Blake QC, Andrew Nicol QC and Tom de la
// Mare"). It appends to out.
func (sc *sentence) personList(end int, out []*mention) []*mention {
	items := sc.items
	start := len(out)
	for k := 0; k < end; k++ {
		m := items[k].m
		if m == nil || m.typ != graph.Person || m.kind == byPronoun || m.modifier {
			if len(out) > start && (items[k].is(",", "and") || isUpperWord(items[k].tok.text) && len(items[k].tok.text) <= 4) {
				continue // a comma, "and", or letters after a name ("QC")
			}
			if len(out)-start >= 2 {
				return out
			}
			out = out[:start]
			continue
		}
		out = append(out, m)
	}
	if len(out)-start < 2 {
		return out[:start]
	}
	return out
}

// ownedBy reads a body told as owned, founded, run or led by a person
// named after "by": "Zentix Group, owned by Tom Reed,", "News Corp, the
// media company controlled by billionaire Rupert Murdoch", "the
// committee, chaired by Ann Lee". The person is tied to the body; only
// an organisation is read, not a campaign or an inquiry the article
// has no name for.
func (sc *sentence) ownedBy() {
	if !sc.hasCue(cueOwned) {
		return
	}
	items := sc.items
	for v := 1; v+2 < len(items); v++ {
		if items[v].m != nil || !items[v].is("owned", "controlled", "founded", "co-founded", "run", "headed", "led", "chaired") ||
			!items[v+1].is("by") || items[v].quoted || sc.negated(v) {
			continue
		}
		p := v + 2
		for p < len(items) && p <= v+4 && items[p].m == nil && isLowerWord(items[p].low) && !items[p].is("and", "or", "the", "a", "an") {
			p++ // "controlled by billionaire Rupert Murdoch", "run by chief executive X"
		}
		if p < len(items) && items[p].m != nil && items[p].m.kind == byDemonym && p+1 < len(items) {
			p++ // "by Australian billionaire Rupert Murdoch"
			for p < len(items) && p <= v+6 && items[p].m == nil && isLowerWord(items[p].low) && !items[p].is("and", "or") {
				p++
			}
		}
		if p >= len(items) || items[p].m == nil || items[p].m.typ != graph.Person || items[p].m.kind == byPronoun || items[p].m.modifier {
			continue
		}
		pm := items[p].m
		if org := sc.describedBody(v); org != nil && org.id != pm.id {
			sc.claim(pm, graph.AffiliatedWith, org, items[v].low+" by", confRole)
		}
	}
}

// describedBody returns the organisation that the participle at
// items[v] describes: named right before it ("Zentix Group, owned by"),
// as the subject of a passive ("Zentix is owned by"), or at the head of
// an apposition that the participle ends ("News Corp, the media company
// controlled by").
func (sc *sentence) describedBody(v int) *mention {
	items := sc.items
	commas, loose := 0, false
	for j := v - 1; j >= 0 && j >= v-8; j-- {
		it := items[j]
		if it.m != nil {
			if commas == 0 && (it.m.kind == byDemonym || it.m.modifier && it.m.typ != graph.Organization) {
				continue // "the Gibraltar-based holding company", "the Russian firm"
			}
			if commas == 0 && j > 0 && (items[j-1].is("into", "against") || j > 1 && items[j-1].is("the") && items[j-2].is("into", "against")) {
				return nil // "an inquiry into Quill Bank was led by X": what X led looks into the body
			}
			if it.m.typ == graph.Organization && !it.m.modifier && it.m.kind != byEvent && (commas > 0 || !loose) {
				return it.m // not "Orme Group said a campaign led by X"
			}
			return nil
		}
		switch {
		case commas > 0:
			return nil // the body stands right before the comma
		case it.is(","):
			commas++
		case it.is("is", "was", "are", "were", "been", "being", "be", "which", "that", "now", "also", "still", "largely", "partly", "jointly", "wholly"):
		case isLowerWord(it.low) && !preposition[it.low] && !it.is("and", "or", "but"):
			loose = true // the words of an apposition: "the media company"
		default:
			return nil
		}
	}
	return nil
}

// companyRole reports whether role is an office a company has and a
// state does not, so that an apposition that names no body ("X,
// chairman and chief executive, said") is an officer of the company
// named last: not a role any body or none may have ([generic-role],
// [unowned-role], "leader", of a party or a nation), a role of the press
// ([media-role]: the paper named last), or an office of state.
func (sc *sentence) companyRole(role string) bool {
	r := sc.ar.x.rules
	last := lastWord(role)
	return role != "" && !r.in("generic-role", role) && !r.in("unowned-role", role) && role != "leader" &&
		!r.in("media-role", last) && !sc.ar.officeOfState(role)
}
