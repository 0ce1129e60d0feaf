package extract

import (
	"bufio"
	"bytes"
	"slices"
	"strings"

	"github.com/newskg/newskg/graph"
)

// loadHomeCues reads data/home.tsv: entity IDs and words that point to
// the one state that has them.
func loadHomeCues(b []byte) map[string]string {
	cues := make(map[string]string)
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if cue, state, ok := strings.Cut(line, "\t"); ok {
			cues[cue] = strings.TrimSpace(state)
		}
	}
	return cues
}

// loadHomeBodies reads data/home-bodies.tsv: a state's ID, a word and
// the state's body of that name, keyed by state and word joined by a TAB.
func loadHomeBodies(b []byte) map[string]string {
	bodies := make(map[string]string)
	for line := range strings.SplitSeq(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if f := strings.Split(line, "\t"); len(f) == 3 {
			bodies[f[0]+"\t"+f[1]] = strings.TrimSpace(f[2])
		}
	}
	return bodies
}

// homeBody returns homeBodies[state+"\t"+word], the body that word names
// in a story of the state, or "". The role rules ask it of every
// capitalised word, and few words are in any line: the key is built only
// for those.
func (x *Extractor) homeBody(state, word string) string {
	if !x.homeBodyWords[word] {
		return ""
	}
	return x.homeBodies[state+"\t"+word]
}

// decideHome picks the article's home state: the state that "the
// government" and an office of state with no country named stand for.
// Each mention of a state, of its capital as a speaker, of a body that
// speaks for it, and each cue of data/home.tsv counts one; the state
// with the most wins when it has at least two.
func (ar *article) decideHome(toks [][]token, ms [][]mention) {
	score := make(map[string]int)
	var order []string
	vote := func(id string, n int) {
		if id == "" {
			return
		}
		if score[id] == 0 {
			order = append(order, id)
		}
		score[id] += n
	}
	for i, sm := range ms {
		for _, m := range sm {
			if m.modifier {
				continue
			}
			// A state's own institutions (parties, parliaments,
			// offices: data/home.tsv) and the people who hold its
			// offices say whose government "the government" is more
			// than the places a story is about: a British story on
			// the Iraq war names Iraq more often than Britain.
			switch {
			case m.typ == graph.Country && (m.kind == byName || m.kind == byDemonym):
				vote(m.id, 1)
			case m.state != "":
				vote(m.state, 1)
			case ar.x.homeCues[m.id] != "":
				vote(ar.x.homeCues[m.id], 2)
			case m.typ == graph.Person && len(ar.x.personStates[m.id]) == 1:
				vote(ar.x.personStates[m.id][0], 1)
			}
		}
		for k := range toks[i] {
			// Capitalised first: it rules out most words without a
			// lookup.
			t := &toks[i][k]
			if !t.capitalised() {
				continue
			}
			if s := ar.x.homeCue(t); s != "" {
				vote(s, 2)
			}
		}
	}
	best := ""
	for _, id := range order {
		if score[id] > score[best] {
			best = id
		}
	}
	if score[best] >= 2 {
		if e, ok := ar.x.gaz.entities[best]; ok && e.Type == graph.Country {
			ar.home = best
		}
	}
}

// lowItems returns sentence i's tokens as items for phrase matching,
// made once per article: on the first call, for every sentence at once,
// in one array, since the role rules read them all.
func (ar *article) lowItems(i int) []item {
	if ar.lowCache == nil {
		n := 0
		for _, ws := range ar.lows {
			n += len(ws)
		}
		// Room for the mentions too: relations lays its items out in
		// this array once the role rules are done with it.
		var all []item
		if ar.scratch != nil && cap(ar.scratch.items) >= n {
			all = ar.scratch.items[:n]
		} else {
			all = make([]item, n, n+n/8)
		}
		if ar.scratch != nil {
			ar.scratch.items = all[:0]
		}
		ar.itemBuf = all
		ar.lowCache = make([][]item, len(ar.lows))
		for j, ws := range ar.lows {
			its := all[:len(ws):len(ws)]
			all = all[len(ws):]
			for k, w := range ws {
				its[k] = item{tok: ar.toks[j][k], low: w.low, rules: w.rules, looked: true}
			}
			ar.lowCache[j] = its
		}
	}
	return ar.lowCache[i]
}

// roleItems lays tokens out as items for phrase matching.
func roleItems(toks []token) []item {
	items := make([]item, len(toks))
	for k, t := range toks {
		items[k] = item{tok: t, low: strings.ToLower(t.text)}
	}
	return items
}

// roleBefore returns the start of a role phrase, with its qualifiers,
// that ends right before toks[end], and the role in lower case; or -1.
func (ar *article) roleBefore(items []item, end int) (int, string) {
	r := ar.x.rules
	// The role phrase starts among the five words before end: where
	// none of them can start one, there is none.
	role, found := r.roleSet, false
	for q := max(0, end-5); q < end && !found; q++ {
		// Most items here were looked up as they were laid out
		// (lowItems): read at once what startsAny would find.
		if it := &items[q]; it.looked {
			found = it.rules != nil && it.rules.starts.meets(role)
		} else {
			found = r.startsAny(items, q, role)
		}
	}
	if !found {
		return -1, ""
	}
	for start := max(0, end-5); start < end; start++ {
		q := start
		for q < end-1 && r.itemIn(items, q, "role-qualifier") && r.phraseAt(items, q, "role") < 2 {
			q++
		}
		n := r.phraseAt(items, q, "role")
		if n > 0 && q+n == end {
			return start, strings.Join(wordsOf(items[q:end]), " ")
		}
	}
	return -1, ""
}

// roleStartsNear reports whether a role phrase may start among the five
// items from items[q]: when none may, roleBefore(items[:e], e) returns
// no start at q for any end e up to q+5, since the phrase, past its
// qualifiers, would start there.
func (r *rules) roleStartsNear(items []item, q int) bool {
	for k := q; k < len(items) && k < q+5; k++ {
		if r.startsAny(items, k, r.roleSet) {
			return true
		}
	}
	return false
}

func wordsOf(items []item) []string {
	out := make([]string, len(items))
	for k, it := range items {
		out[k] = it.low
	}
	return out
}

// rankedRole returns role with a word that makes another office of it,
// where the role phrase at items[s] starts with one: a "Deputy Mayor" or
// a "former mayor" is not who "the mayor" means later. (roleBefore
// returns the start of the phrase, qualifiers included, and its role
// without them.)
func rankedRole(items []item, s int, role string) string {
	first, _, _ := strings.Cut(role, " ")
	for k := s; k < len(items) && k < s+3 && items[k].m == nil; k++ {
		w := strings.ToLower(items[k].tok.text)
		if w == first {
			break
		}
		switch w {
		case "deputy", "vice", "shadow", "assistant", "junior", "former", "ex", "acting", "interim":
			return w + " " + role
		}
	}
	return role
}

// registerRoles fills the article's role register from the places that
// name a role's holder: "Tory leader Michael Howard", "Home Secretary
// Charles Clarke", "Liam Fox, the Tory co-chairman". A later "the Tory
// leader" or "the home secretary" then means that person. A role two
// people hold in the article means neither.
func (ar *article) registerRoles(toks [][]token, ms [][]mention) {
	cur := 0 // the sentence being read
	reg := func(key, id string) {
		key = strings.TrimSpace(strings.ToLower(key))
		if key == "" {
			return
		}
		if prev, ok := ar.roles[key]; ok && prev != id {
			ar.roles[key] = ""
			return
		}
		if _, ok := ar.roleSince[key]; !ok {
			ar.roleSince[key] = cur
		}
		ar.roles[key] = id
	}
	for i, sm := range ms {
		cur = i
		items := ar.lowItems(i)
		at := func(t int) *mention {
			for k := range sm {
				if sm[k].t0 <= t && t < sm[k].t1 {
					return &sm[k]
				}
			}
			return nil
		}
		for k := range sm {
			m := &sm[k]
			if m.typ == graph.Person && m.kind == byRole && m.id != "" {
				// "the London mayor's comments", "the Mayor of London":
				// a gazetteer role the article gives the person it
				// names, so that "the mayor" is that person too.
				for _, t := range tokenize(m.surface, 0) {
					if t.isWord() && ar.x.rules.inFold("role", t.text) && !ar.x.rules.inFold("role-qualifier", t.text) {
						reg(t.text, m.id)
						break
					}
				}
				continue
			}
			if m.typ != graph.Person || m.kind != byName {
				continue
			}
			if m.role != "" {
				ri := roleItems(tokenize(m.role, 0))
				if s, role := ar.roleBefore(ri, len(ri)); s >= 0 {
					role = rankedRole(ri, s, role)
					// "Shadow chancellor Mel Stride": a rank the title has
					// in the sentence, not in the mention's role, makes
					// another office of it, or "the chancellor" later
					// would mean him.
					role = rankedRole(items, max(0, m.t0-len(ri)-1), role)
					reg(role, m.id)
					ar.holds[m.id] = append(ar.holds[m.id], role)
				}
			}
			// ORG ROLE PERSON.
			if s, role := ar.roleBefore(items, m.t0); s >= 0 && role != "" {
				role = rankedRole(items, s, role)
				reg(role, m.id)
				ar.holds[m.id] = append(ar.holds[m.id], role)
				if o := at(s - 1); o != nil && o.typ != graph.Person {
					reg(o.surface+" "+role, m.id)
				}
			}
			// PERSON, the [ORG] ROLE.
			j := m.t1
			if j+1 < len(items) && items[j].low == "," && !closesOpening(ar.x.rules, items, j) {
				j++
				if items[j].low == "the" || items[j].low == "a" || items[j].low == "an" {
					j++
				}
				var org *mention
				if o := at(j); o != nil && o.typ != graph.Person {
					org, j = o, o.t1
					if j < len(items) && items[j].tok.isPossessive() {
						j++
					}
				}
				if !ar.x.rules.roleStartsNear(items, j) {
					continue // no role from j, as below
				}
				for e := j + 1; e <= len(items) && e <= j+5; e++ {
					if s, role := ar.roleBefore(items[:e], e); s == j {
						reg(role, m.id)
						ar.holds[m.id] = append(ar.holds[m.id], role)
						if org != nil {
							reg(org.surface+" "+role, m.id)
						}
					}
				}
			}
		}
	}
}

// firstPersonAt returns where the first person named by name stands in
// the sentence, or -1.
func firstPersonAt(ms []mention) int {
	for _, m := range ms {
		if m.typ == graph.Person && m.kind == byName && !m.modifier {
			return m.t0
		}
	}
	return -1
}

// firstPerson returns the ID of the first person a sentence names, or
// "".
func firstPerson(ms []mention) string {
	for _, m := range ms {
		if m.typ == graph.Person && m.kind == byName && !m.modifier {
			return m.id
		}
	}
	return ""
}

// bodyWord returns, as a mention, the organisation the gazetteer knows by
// the capitalised word at toks[p] where no mention stands, or the one
// named at toks[p+1] after a demonym ("Scottish Conservative"); or nil.
func (ar *article) bodyWord(toks []token, ms []mention, p int) *mention {
	for j := p; j < len(toks) && j <= p+1; j++ {
		if m := mentionAt(ms, j); m != nil {
			switch {
			case j == p && m.kind == byDemonym && m.t1 == j+1:
				continue
			case j > p && m.typ == graph.Organization && !m.modifier:
				cp := *m
				return &cp
			}
			return nil
		}
		if !toks[j].capitalised() {
			return nil
		}
		for _, r := range ar.x.gaz.lookup(toks[j].text) {
			e := ar.x.gaz.entities[r.id]
			if r.kind == formName && e.Type == graph.Organization {
				ar.add(e.ID, e.Type, e.Name, toks[j].text)
				return &mention{start: toks[j].start, end: toks[j].end, t0: j, t1: j + 1, id: e.ID, typ: e.Type, kind: byName, surface: toks[j].text}
			}
			if r.kind != formDemonym {
				return nil
			}
		}
	}
	return nil
}

// ofBody reports whether the "of" at toks[k] names what a role belongs to
// ("the leader of the Conservatives", "the head of Yukos") rather than
// what someone is accused of ("accused the chancellor of ducking").
func ofBody(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	n := toks[k+1]
	return n.capitalised() || n.text == "the" || n.text == "a" || n.text == "an" || n.text == "its" || n.text == "his" || n.text == "her" || n.text == "their"
}

// postEnd returns where a post after a role at ts[k] ends ("in Leeds",
// "to the United Nations": "in" or "to", then capitalised words and
// "the", four at most), or k when none follows.
func postEnd(ts []token, k int) int {
	if k >= len(ts) || ts[k].text != "in" && ts[k].text != "to" {
		return k
	}
	e := k + 1
	for e < len(ts) && e <= k+4 && (ts[e].text == "the" || ts[e].capitalised() && ts[e].isWord()) {
		e++
	}
	if e == k+1 {
		return k
	}
	return e
}

// describedPerson returns the end of a description that opens a
// sentence and stands for a person: "The", then a place or an age
// ("Glasgow Kelvin", "50-year-old"), then one word for a person or a
// role ("MP", "singer"), then the verb or a comma. It returns 0 for
// anything else: a name among the words ("The Labour MP" is the party's,
// "The Scottish MP" the state's), a lower-case qualifier ("The former
// minister", which the role's own holder answers), or a noun that goes
// on ("The Leeds MP for Pudsey", "The Leeds MP's office").
func (ar *article) describedPerson(toks []token, items []item, ms []mention) int {
	if len(items) < 4 || items[0].low != "the" {
		return 0
	}
	head := func(q int) bool {
		return ar.x.rules.in("person-noun", items[q].low) || ar.x.rules.in("generic-role", items[q].low)
	}
	q := 1
	for ; q < len(items)-1 && q < 5 && !(q > 1 && head(q)); q++ {
		if !(toks[q].capitalised() && toks[q].isWord() || strings.HasSuffix(items[q].low, "-year-old")) {
			return 0
		}
		for _, m := range ms {
			if m.t0 <= q && q < m.t1 && m.typ != graph.Place {
				return 0
			}
		}
	}
	if q+1 >= len(items) || !head(q) {
		return 0
	}
	if n := items[q+1].low; n != "," && (!isLowerWord(n) || preposition[n]) {
		return 0
	}
	return q + 1
}

// lastPersonBefore returns the first person named in the sentence before
// sentence i, or, when that sentence names no one but speaks of someone
// as "he" or "she" or quotes someone, the first person of the sentence
// before that, and so on for three sentences at most.
func (ar *article) lastPersonBefore(toks [][]token, ms [][]mention, i int) string {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if id := ar.speakerIn(toks[j], ms[j]); id != "" {
			return id
		}
		if id := firstPerson(ms[j]); id != "" {
			return id
		}
		quote := len(toks[j]) > 0 && strings.Contains("\"“‘'", toks[j][0].text)
		if !quote && !slices.ContainsFunc(toks[j], func(t token) bool {
			switch strings.ToLower(t.text) {
			case "he", "she", "his", "her":
				return true
			}
			return false
		}) {
			return ""
		}
	}
	return ""
}

// speakerIn returns the person a sentence names as its speaker, the one
// followed by a verb of speech ("..., Jane Orme has said."), or "".
func (ar *article) speakerIn(toks []token, ms []mention) string {
	for _, m := range ms {
		if m.typ != graph.Person || m.kind != byName || m.modifier || m.t1 >= len(toks) {
			continue
		}
		k := m.t1
		if k+1 < len(toks) && (toks[k].text == "has" || toks[k].text == "had") {
			k++
		}
		if ar.x.rules.textIn("speech", &toks[k]) {
			return m.id
		}
	}
	return ""
}

// roleReferences adds the mentions that stand for a named holder or for
// the home state: "the Tory leader", "the prime minister", "the
// government". Roles resolve through the register; an office of state
// nobody was named with resolves through the gazetteer's roles of the
// people the article names, read for the home state.
func (ar *article) roleReferences(toks [][]token, ms [][]mention) {
	r := ar.x.rules
	for i := range ms {
		items := ar.lowItems(i)
		taken := func(t0, t1 int) bool {
			for _, m := range ms[i] {
				if m.t0 < t1 && t0 < m.t1 {
					return true
				}
			}
			return false
		}
		var add []mention
		var drop map[int]bool
		// "the army", "army spokesman X": the article's armed forces.
		military := func(q int) {
			if id := ar.bareMilitary(toks[i], q); id != "" {
				e := ar.ents[id]
				ar.add(e.ID, e.Type, e.Name, "")
				add = append(add, mention{start: toks[i][q].start, end: toks[i][q].end, t0: q, t1: q + 1, id: id, typ: graph.Organization, kind: byName, surface: toks[i][q].text})
			}
		}
		bare := func(q int) bool {
			return q < len(items) && (toks[i][q].text == "army" || toks[i][q].text == "military") && !taken(q, q+1) &&
				!(q+1 < len(items) && toks[i][q+1].capitalised() && toks[i][q+1].isWord()) &&
				!(q+1 < len(items) && r.itemIn(items, q+1, "force-modified"))
		}
		for k := 0; k < len(items); k++ {
			// The word bare asks for first, asked here: bare is a
			// closure, called for every word, and most are neither.
			if t := toks[i][k].text; (t == "army" || t == "military") && bare(k) && (k == 0 || !items[k-1].is("the")) && k+1 < len(items) && (r.itemIn(items, k+1, "role") || r.itemIn(items, k+1, "body-voice")) {
				military(k) // "army spokesman Brigadier General X"
				continue
			}
			if items[k].low == "the" && bare(k+1) {
				military(k + 1) // "the army said", "the military to investigate"
				k++
				continue
			}
			if items[k].low != "the" {
				if ar.home != "" && items[k].low == "this" && k+1 < len(items) && r.itemIn(items, k+1, "home-government") && !taken(k+1, k+2) &&
					!(k+3 < len(items) && items[k+2].low == "of" && toks[i][k+3].capitalised()) {
					// "This government has run out of ideas": the home
					// state's, as "the government" is.
					add = append(add, ar.homeMention(toks[i], k+1, k+2))
					k++
					continue
				}
				if ar.home != "" && items[k].low == "ministers" && !taken(k, k+1) && (k == 0 || !toks[i][k-1].capitalised() || toks[i][k-1].text == "Cabinet") {
					add = append(add, ar.homeMention(toks[i], k, k+1))
				}
				// "the Treasury said": the home state's Treasury, or
				// that of another state the sentence names ("The US is
				// not convinced, said Treasury Under Secretary X").
				if ar.home != "" && toks[i][k].capitalised() && (k == 0 || !toks[i][k-1].capitalised() || items[k-1].is("the", "a", "chief")) && !taken(k, k+1) {
					id := ar.x.homeBody(ar.home, toks[i][k].text)
					for _, m := range ms[i] {
						if id == "" || m.typ != graph.Country {
							continue // asked first: homeBody looks the word up
						}
						if other := ar.x.homeBody(m.id, toks[i][k].text); other != "" {
							id = other
							break
						}
					}
					if id != "" {
						add = append(add, ar.homeBody(toks[i], k, id))
					}
				}
				// "prosecutors say", "the prosecution's star witness":
				// the home state's, as "US prosecutors" are the US's.
				if ar.home != "" && (items[k].low == "prosecutors" && (k == 0 || !toks[i][k-1].capitalised()) ||
					items[k].low == "prosecution" && k > 0 && items[k-1].low == "the") && !taken(k, k+1) {
					add = append(add, ar.homeAgent(toks[i], k, "prosecutors"))
				}
				continue
			}
			q := k + 1
			// "the former Labour minister": the body past the
			// qualifiers of a role.
			p := q
			for p < len(items) && items[p].m == nil && r.itemIn(items, p, "role-qualifier") {
				p++
			}
			var org *mention
			for _, m := range ms[i] {
				// The longest name that starts there: "the UK
				// Independence Party member", not "the UK".
				if m.t0 == p && m.typ != graph.Person && !m.modifier && (org == nil || m.t1 > org.t1) {
					cp := m
					org, q = &cp, m.t1
				}
			}
			if org == nil && k == 0 {
				// "The Conservative leader", "The Scottish Conservative
				// leader": a party the gazetteer knows whose words a
				// role form took, before the mention of that role was
				// dropped for want of a holder.
				org = ar.bodyWord(toks[i], ms[i], p)
				if org != nil {
					q = org.t1
				}
			}
			if org == nil && taken(q, q+1) {
				continue
			}
			if org == nil && q < len(items) && r.itemIn(items, q, "home-government") && ar.home != "" {
				// "the government of Sudan" names its state.
				ofState := q+2 < len(items) && items[q+1].low == "of" && toks[i][q+2].capitalised()
				if !ofState {
					add = append(add, ar.homeMention(toks[i], q, q+1))
					k = q
				}
				continue
			}
			if org != nil && k == 0 && i > 0 && org.kind == byDemonym && org.t1 == org.t0+1 && org.t1 < len(items) &&
				!strings.HasSuffix(org.surface, "s") && (ar.x.speech[items[org.t1].low] || skipWord(items[org.t1].low) ||
				r.itemIn(items, org.t1, "accuse") || r.itemIn(items, org.t1, "deny") || r.itemIn(items, org.t1, "criticize")) {
				// "The Russian said she did nothing wrong": a nationality
				// that opens a sentence and acts is the person named
				// before, not the state ("The Russians said" is).
				if id := ar.lastPersonBefore(toks, ms, i); id != "" {
					for j, m := range ms[i] {
						if m.t0 == org.t0 && m.t1 == org.t1 {
							if drop == nil {
								drop = make(map[int]bool)
							}
							drop[j] = true
						}
					}
					// An anaphor, as "she" would be: a nationality is no
					// service of the state.
					add = append(add, mention{start: toks[i][org.t0].start, end: toks[i][org.t0].end, t0: org.t0, t1: org.t1, id: id, typ: graph.Person,
						kind: byPronoun, surface: joinTokens(toks[i][k:org.t1])})
					k = org.t1 - 1
					continue
				}
			}
			if k == 0 && i > 0 {
				// "The Glasgow Kelvin MP, who was expelled, accused",
				// "The 50-year-old singer denied": a person described
				// by place or age, not by name, takes up the person
				// named before.
				if e := ar.describedPerson(toks[i], items, ms[i]); e > 0 {
					if id := ar.lastPersonBefore(toks, ms, i); id != "" {
						for j, m := range ms[i] {
							if m.t0 < e {
								if drop == nil {
									drop = make(map[int]bool)
								}
								drop[j] = true
							}
						}
						add = append(add, mention{start: toks[i][e-1].start, end: toks[i][e-1].end, t0: e - 1, t1: e, id: id, typ: graph.Person,
							kind: byPronoun, surface: joinTokens(toks[i][:e])})
						k = e - 1
						continue
					}
				}
			}
			if org == nil && k == 0 && i > 0 && q < len(items) && strings.HasSuffix(items[q].low, "-year-old") && !taken(q, q+1) {
				// "The 64-year-old has denied the killing": an age that
				// opens a sentence takes up the person named before.
				if id := ar.lastPersonBefore(toks, ms, i); id != "" {
					add = append(add, mention{start: toks[i][q].start, end: toks[i][q].end, t0: q, t1: q + 1, id: id, typ: graph.Person,
						kind: byRole, surface: joinTokens(toks[i][k : q+1])})
					k = q
				}
				continue
			}
			if org == nil && k == 0 && i > 0 {
				// "The European commissioner was speaking": a role
				// that names its body (data/bodies.tsv) opens the
				// sentence and takes up the person named before.
				if m, ok := ar.bodyDescription(toks[i], items, q, ms, i); ok {
					add = append(add, m)
					k = m.t1 - 1
					continue
				}
			}
			if !r.roleStartsNear(items, q) {
				continue // as below with no role from q: most "the"s
			}
			end := -1
			role := ""
			for e := q + 1; e <= len(items) && e <= q+5; e++ {
				if s, ro := ar.roleBefore(items[:e], e); s == q {
					end, role = e, rankedRole(items, s, ro)
				}
			}
			if end < 0 || taken(q, end) {
				continue
			}
			if end < len(items) && (toks[i][end].capitalised() && toks[i][end].isWord() || items[end].low == "of" && ofBody(toks[i], end)) {
				continue // a title before a name, or "the leader of X"
			}
			// A role refers back to a holder named before, not after.
			known := func(key string) string {
				if since, ok := ar.roleSince[key]; ok && since <= i {
					return ar.roles[key]
				}
				return ""
			}
			id := ""
			if org != nil {
				id = known(strings.ToLower(org.surface) + " " + role)
			}
			if id == "" && org == nil {
				id = known(role)
			}
			if id == "" && org == nil {
				id = ar.officeHolder(role)
			}
			if id == "" && org == nil && k == 0 && i == 1 {
				// "Goldsmith: 'I was not leant on' / The attorney
				// general has again denied ...": a role that opens the
				// lead is the one person the headline names.
				id = headlinePerson(ms[0])
			}
			opens := k == 0 || items[k-1].low == "”" || items[k-1].low == "\"" && items[0].low == "\""
			// "The Tory leader, Mr Howard, insisted": the name in
			// apposition is the holder, whoever came before.
			// So too past the post it is held at: "The Quill Bank manager
			// in Leeds, Ann Lee, said".
			c := postEnd(toks[i], end)
			named := c+1 < len(items) && items[c].low == "," && (ar.x.isHonorific(&toks[i][c+1]) ||
				slices.ContainsFunc(ms[i], func(m mention) bool { return m.t0 == c+1 && m.typ == graph.Person }))
			if id == "" && org != nil && opens && i > 0 && org.typ == graph.Organization && !named {
				// "Mr Kilroy-Silk quit his show. The UK Independence
				// Party member was arriving ...": a description that
				// opens a sentence, or follows the quotation that opens
				// it ("“...?” the Labour MP asked"), takes up the person
				// the sentence before began with, or, past sentences that only
				// go on about someone ("... ," he asked.), the person
				// the last one named.
				id = ar.lastPersonBefore(toks, ms, i)
			}
			if id == "" {
				continue
			}
			m := mention{start: toks[i][q].start, end: toks[i][end-1].end, t0: q, t1: end, id: id, typ: graph.Person,
				kind: byRole, surface: joinTokens(toks[i][k:end]), role: role}
			if org != nil {
				m.org = org.id
				// "the EU commissioner": a role that with its
				// qualifier names a body of its own.
				if b := ar.x.bodies[strings.ToLower(org.surface+" "+role)]; b != "" {
					if e, ok := ar.x.gaz.entities[b]; ok {
						ar.add(e.ID, e.Type, e.Name, "")
						m.org = e.ID
					}
				}
				m.start, m.t0 = toks[i][org.t1].start, org.t1
				if m.t0 >= end {
					continue
				}
			}
			add = append(add, m)
			k = end - 1
		}
		ms[i] = replaceMentions(ms[i], drop, add)
	}
}

// headlinePerson returns the one person a headline's mentions name, or
// "" when it names none or more than one.
func headlinePerson(ms []mention) string {
	id := ""
	for _, m := range ms {
		if m.typ != graph.Person || m.kind != byName {
			continue
		}
		if id != "" && id != m.id {
			return ""
		}
		id = m.id
	}
	return id
}

// bodyDescription reads, at toks[q], a capitalised word and a role that
// together name a body ("European commissioner"), or a role in capitals
// that names its body alone ("MSP"), as a reference to the person named
// before sentence i (see lastPersonBefore).
func (ar *article) bodyDescription(toks []token, items []item, q int, ms [][]mention, i int) (mention, bool) {
	if q+1 >= len(items) || !toks[q].capitalised() {
		return mention{}, false
	}
	for e := q + 1; e <= len(items) && e <= q+5; e++ {
		s, role := ar.roleBefore(items[:e], e)
		var body string
		switch s {
		case q + 1: // "The European commissioner"
			body = ar.x.bodies[strings.ToLower(toks[q].text+" "+role)]
		case q: // "The MSP": a role that names its body alone
			body = ar.x.bodies[strings.ToLower(role)]
		default:
			continue
		}
		b, ok := ar.x.gaz.entities[body]
		if !ok {
			continue
		}
		id := ar.lastPersonBefore(ar.toks, ms, i)
		if id == "" {
			return mention{}, false
		}
		ar.add(b.ID, b.Type, b.Name, "")
		return mention{start: toks[q].start, end: toks[e-1].end, t0: q, t1: e, id: id, typ: graph.Person,
			kind: byRole, surface: joinTokens(toks[q:e]), role: role, org: b.ID}, true
	}
	return mention{}, false
}

// leadDescriptions reads the opening of a story that describes someone
// before naming him or her: "A Conservative MP and former minister has
// defected to Labour. Robert Quill, 58, said ...". An indefinite
// description of a person ([role] or [person-noun]) that opens one of the
// story's first sentences, which names no one, is the person named first
// at the start of the next sentence.
func (ar *article) leadDescriptions(toks [][]token, ms [][]mention) {
	r := ar.x.rules
	for i := 0; i < len(ms)-1 && i < 3; i++ {
		ts := toks[i]
		if len(ts) < 3 {
			continue
		}
		var next string
		for _, m := range ms[i+1] {
			if m.t0 <= 1 && m.typ == graph.Person && m.kind == byName && !m.modifier {
				next = m.id
			}
		}
		if next == "" {
			continue
		}
		items := ar.lowItems(i)
		// The description opens the sentence ("A Conservative MP ...
		// has defected"), or closes it as the speaker ("..., a senior
		// EU politician says.").
		from := -1
		switch {
		case ts[0].text == "A" || ts[0].text == "An":
			from = 1
		default:
			from = closingDescription(items)
		}
		if from < 0 {
			continue
		}
		var org *mention
		head, role := -1, ""
		for k := from; k < len(items) && k < from+7 && head < 0; k++ {
			if m := mentionAt(ms[i], k); m != nil {
				if m.typ == graph.Person || m.typ == graph.Event || org != nil && m.t0 != org.t1 {
					break
				}
				if org == nil && m.typ == graph.Organization {
					cp := *m
					org = &cp
				}
				k = m.t1 - 1
				continue
			}
			t := ts[k]
			if !t.isWord() && t.text != "-" || t.capitalised() && !r.itemIn(items, k, "role") {
				break
			}
			if s, ro := ar.roleBefore(items[:k+1], k+1); s >= 0 && s <= k && s >= from {
				head, role = k, ro
			} else if r.itemIn(items, k, "person-noun") || r.itemIn(items, k, "relation-noun") && k+1 < len(items) && items[k+1].low == "of" {
				head = k // "A close associate of X has told a court"
			}
		}
		if head < 0 {
			continue
		}
		// The sentence names no one else, but for the one the
		// description is "of" ("A close associate of former Yukos boss
		// Mikhail Khodorkovsky").
		if p := firstPersonAt(ms[i]); p >= 0 && !(p > head+1 && items[head+1].low == "of") {
			continue
		}
		// "A Conservative MP and former minister": both roles.
		end := head + 1
		if end+1 < len(items) && items[end].low == "and" {
			for e := end + 1; e < len(items) && e < end+5; e++ {
				if s, _ := ar.roleBefore(items[:e+1], e+1); s > end && s <= e {
					end = e + 1
					break
				}
			}
		}
		if from > 1 && !closesWithSpeech(ar.x, items, end) {
			continue // "..., a man who ...": no closing attribution
		}
		t0 := from
		if org != nil {
			t0 = org.t1
		}
		if t0 >= end {
			continue
		}
		e := ar.ents[next]
		ar.add(next, graph.Person, e.Name, "")
		// A noun that is no role ("A British terror suspect") ties the
		// person to no body: its surface is the noun alone, whose
		// words name none.
		surface := joinTokens(ts[head:end])
		if role != "" {
			surface = joinTokens(ts[from-1 : end])
		}
		m := mention{start: ts[t0].start, end: ts[end-1].end, t0: t0, t1: end, id: next, typ: graph.Person,
			kind: byRole, surface: surface, role: role}
		if org != nil && role != "" {
			m.org = org.id
		}
		ms[i] = replaceMentions(ms[i], nil, []mention{m})
	}
}

// closingDescription returns the index past "a" or "an" of an
// indefinite description after the sentence's last comma ("..., a
// senior EU politician says."), or -1.
func closingDescription(items []item) int {
	for c := len(items) - 3; c > 0; c-- {
		if items[c].low != "," {
			continue
		}
		if items[c+1].low == "a" || items[c+1].low == "an" {
			return c + 2
		}
		return -1
	}
	return -1
}

// closesWithSpeech reports whether the words from items[end] to the end
// of the sentence are a verb of speech, with its auxiliary and its
// audience ("says", "has said", "has warned", "told the BBC").
func closesWithSpeech(x *Extractor, items []item, end int) bool {
	k := end
	if k < len(items) && (items[k].low == "has" || items[k].low == "have") {
		k++
	}
	if k >= len(items) || !x.speech[items[k].low] {
		return false
	}
	for k++; k < len(items); k++ {
		if items[k].low == "." || items[k].low == "!" {
			return k == len(items)-1
		}
		if items[k].low == "," {
			return false
		}
	}
	return true
}

// mentionAt returns the mention that starts at token k, or nil.
func mentionAt(ms []mention, k int) *mention {
	for j := range ms {
		if ms[j].t0 == k {
			return &ms[j]
		}
	}
	return nil
}

// homeMention is a mention of the home state by a word for its
// government.
func (ar *article) homeMention(toks []token, t0, t1 int) mention {
	e := ar.x.gaz.entities[ar.home]
	surface := joinTokens(toks[t0:t1])
	ar.add(e.ID, e.Type, e.Name, surface)
	return mention{start: toks[t0].start, end: toks[t1-1].end, t0: t0, t1: t1, id: e.ID, typ: e.Type, kind: byName, surface: surface}
}

// homeBody is the mention at toks[k] of the home state's body id ("the
// Treasury").
func (ar *article) homeBody(toks []token, k int, id string) mention {
	e := ar.x.gaz.entities[id]
	ar.add(e.ID, e.Type, e.Name, toks[k].text)
	return mention{start: toks[k].start, end: toks[k].end, t0: k, t1: k + 1, id: e.ID, typ: e.Type, kind: byName, surface: toks[k].text}
}

// homeAgent is the mention at toks[k] of the home state's agents of a
// kind ("prosecutors"): a body of the state, as stateAgent makes of "US
// prosecutors".
func (ar *article) homeAgent(toks []token, k int, kind string) mention {
	e := ar.x.gaz.entities[ar.home]
	name := ar.x.gaz.agentName(e.ID, kind)
	id := graph.Slug(name)
	surface := toks[k].text
	ar.add(id, graph.Organization, name, surface)
	ar.sides[id] = []string{e.ID}
	return mention{start: toks[k].start, end: toks[k].end, t0: k, t1: k + 1, id: id, typ: graph.Organization, kind: byName, surface: surface}
}

// officeHolder finds the one person the article names whose gazetteer
// roles hold role in the home state ("prime minister" in a British story
// is whoever the article names with "British Prime Minister").
func (ar *article) officeHolder(role string) string {
	if ar.home == "" || !ar.x.rules.in("state-office", role) {
		return ""
	}
	home := ar.x.gaz.entities[ar.home]
	title := capitaliseWords(role)
	forms := []string{home.Name + " " + title, title + " of " + home.Name}
	if d := ar.demonymOf(ar.home); d != "" {
		forms = append(forms, d+" "+title)
	}
	for _, a := range home.Aliases {
		forms = append(forms, a+" "+title)
	}
	found := ""
	for _, f := range forms {
		for _, rf := range ar.x.gaz.lookup(f) {
			if rf.kind != formRole {
				continue
			}
			if _, named := ar.people[rf.id]; !named {
				continue
			}
			if found != "" && found != rf.id {
				return ""
			}
			found = rf.id
		}
	}
	return found
}

// lacks reports whether state has no office called core: a kingdom has
// no president ([republic-office], [monarchy]).
func (ar *article) lacks(state, core string) bool {
	return ar.x.rules.in("republic-office", core) && ar.x.rules.in("monarchy", state)
}

// officeIn returns where, in a title written in lower case, the words
// that name an office of state by themselves begin, or -1: an office of
// two or more words ("home secretary", "deputy prime minister") or a
// minister or secretary of a portfolio ("immigration minister", "work and
// pensions secretary"). A lone "president" or "minister" in lower case
// may be any body's ("company president X", "church minister X"), a
// vice president is a company's as often as a state's, and "the attorney
// general" may be a region's ([regional-office]).
func (ar *article) officeIn(rt []token) int {
	words := make([]string, len(rt))
	for k, t := range rt {
		words[k] = strings.ToLower(t.text)
	}
	n := len(words)
	for i := 0; i < n-1; i++ {
		if t := strings.Join(words[i:], " "); ar.x.rules.in("state-office", t) && !ar.x.rules.in("regional-office", t) && t != "vice president" && t != "vice-president" {
			return i
		}
		if (words[n-1] == "minister" || words[n-1] == "secretary") && ar.x.rules.in("portfolio", strings.Join(words[i:n-1], " ")) {
			return i
		}
	}
	return -1
}

func capitaliseWords(s string) string {
	f := strings.Fields(s)
	for k, w := range f {
		if w != "of" && w != "the" && w != "and" {
			f[k] = capitalise(w)
		}
	}
	return strings.Join(f, " ")
}

// shadowed reports whether the word before m's title is "shadow" or
// "opposition": a shadow minister holds no office of state.
func (sc *sentence) shadowed(m *mention) bool {
	k := sc.indexOf(m)
	if k < 0 {
		return false
	}
	// The title stands before the name as words of its own, or inside
	// the mention.
	for _, j := range []int{k - 1, k - 1 - len(tokenize(m.role, 0))} {
		if j >= 0 && sc.items[j].is("shadow", "opposition") {
			return true
		}
	}
	return false
}

// officeRules ties a holder to what the role names: an office of state
// with no country in the title to the home state ("Home Secretary Charles
// Clarke", "the prime minister"), a role reference with its body to that
// body ("the Tory leader").
func (sc *sentence) officeRules() {
	if sc.persons == 0 && !sc.leader {
		return // the rules below read only leaders and people
	}
	ar := sc.ar
	for k := range sc.items {
		m := sc.items[k].m
		if m != nil && m.leader != "" {
			// "the Blair government": Blair leads the state.
			// Only a leader the article names: "the Biden
			// administration" alone does not bring Biden into the story.
			if e := ar.ents[m.leader]; e != nil {
				sc.claim(&mention{id: e.ID, typ: e.Type, kind: byName}, graph.AffiliatedWith, m, "government", confRole)
			}
		}
		if m == nil || m.typ != graph.Person || m.kind == byPronoun {
			continue
		}
		if m.kind == byRole && m.org != "" {
			if e := ar.ents[m.org]; e != nil {
				sc.claim(m, graph.AffiliatedWith, &mention{id: e.ID, typ: e.Type, kind: byName}, m.role, confRole)
			}
			continue
		}
		if m.kind == byRole && ar.home != "" && ar.x.rules.in("state-office", m.role) && m.id == ar.officeHolder(m.role) {
			// "the prime minister": the holder of the home state's office.
			e := ar.x.gaz.entities[ar.home]
			ar.add(e.ID, e.Type, e.Name, "")
			sc.claim(m, graph.AffiliatedWith, &mention{id: e.ID, typ: e.Type, kind: byName}, m.role, confRole)
			continue
		}
		// The state of the office: the one state the gazetteer gives the
		// holder's roles, else the home state.
		state := ar.home
		if ps := ar.x.personStates[m.id]; len(ps) == 1 {
			state = ps[0]
		}
		if state == "" || m.role == "" {
			continue
		}
		rt := tokenize(m.role, 0)
		for len(rt) > 1 && ar.x.isHonorific(&rt[len(rt)-1]) && !ar.x.rules.inFold("role", rt[len(rt)-1].text) {
			rt = rt[:len(rt)-1] // "Attorney General Lord Goldsmith"
		}
		if len(rt) == 0 || !rt[0].capitalised() && ar.officeIn(rt) < 0 {
			continue // "company president X": no office of state
		}
		if sc.shadowed(m) {
			continue // "his shadow Chancellor X": the opposition's, no office
		}
		ri := roleItems(rt)
		s, core := ar.roleBefore(ri, len(ri))
		if s < 0 || !ar.x.rules.in("state-office", core) || ar.lacks(state, core) {
			continue // "President Musharraf" in a British story is not Britain's
		}
		if s > 0 && (core == "president" || ar.x.rules.in("regional-office", core) || ar.regionQualified(rt[:s])) {
			// "Exhibitor Relations President X": words before the title
			// that no role reads ("Acting", "Vice") name a body's
			// president, not the state's. (Before "Minister" they are
			// a portfolio, an open list: "Fisheries Minister X" is the
			// state's.) So do those before an office a region has its
			// own of: "Virginia State Attorney General X".
			continue
		}
		// The word before the title the mention holds.
		if b := k - 1 - len(rt); b >= 0 && sc.items[b].m == nil && sc.items[b].tok.isWord() && ar.x.rules.inFold("role", sc.items[b].tok.text+" "+core) {
			continue // "Welsh First Minister Rhodri Morgan": a devolved office, not the state's minister
		}
		if sc.ownedTitle(k) {
			continue // "the Liberal Democrats' President X": the body's office
		}
		// "Ukrainian Foreign Minister X", "US President X": the title
		// names its own state.
		named := false
		for _, t := range tokenize(m.role, 0) {
			// "then-US secretary of state X": the state after a hyphen.
			for part := range strings.SplitSeq(t.text, "-") {
				if part != "" && part[0] >= 'A' && part[0] <= 'Z' && len(ar.x.gaz.lookup(part)) > 0 {
					named = true
				}
			}
		}

		// "Kenyan President X": a state named right before the title;
		// "New York Attorney General X": a place's office, not the
		// home state's.
		for _, o := range sc.items {
			if o.m != nil && o.m.end <= m.start && m.start-o.m.end <= len(m.role)+2 && (o.m.typ == graph.Country || o.m.kind == byDemonym ||
				o.m.typ == graph.Place && ar.x.rules.in("regional-office", core)) {
				named = true
			}
			// "Gibraltar's Chief Minister X", "Scotland's First Minister
			// X": a place's own office, as its possessive says.
			if o.m != nil && o.m.typ == graph.Place && o.m.end <= m.start && m.start-o.m.end <= len(m.role)+5 &&
				possessiveGap(ar.a.Text[o.m.end:m.start]) {
				named = true
			}
			// "ECB President X", "Sony President X": the body's own; a
			// party's is the state's, as affiliations reads it.
			if o.m != nil && o.m.typ == graph.Organization && o.m.end <= m.start && m.start-o.m.end <= len(m.role)+2 && ar.x.rules.in("republic-office", core) {
				named = true
			}
		}
		if named || len(ar.x.personStates[m.id]) > 1 && !slices.Contains(ar.x.personStates[m.id], ar.home) {
			continue
		}
		if ar.x.rules.in("foreign-office-title", core) && len(ar.x.personStates[m.id]) == 0 {
			// "President Mathieu Kerekou of Benin": a head of state or
			// government may be another state's; another state named in
			// the sentence says so.
			other := false
			for _, o := range sc.items {
				if o.m != nil && o.m.typ == graph.Country && o.m.id != state {
					other = true
				}
			}
			if other {
				continue
			}
		}
		e := ar.x.gaz.entities[state]
		ar.add(e.ID, e.Type, e.Name, "")
		sc.claim(m, graph.AffiliatedWith, &mention{id: e.ID, typ: e.Type, kind: byName}, m.role, confRole)
	}
}

// regionQualified reports whether the words before an office's title
// name a region, which has offices of its own: a place the gazetteer
// knows ("Scotland Health Minister"), a US state ([us-state]) or a
// region's adjective ([region-demonym]: "Welsh Health Minister X",
// "Virginia Health Minister X"); but not a body the gazetteer knows
// ("Welsh Office Minister X" is the state's).
func (ar *article) regionQualified(before []token) bool {
	r := ar.x.rules
	for k := range before {
		w := before[k].text
		if k+1 < len(before) && len(ar.x.gaz.lookup(w+" "+before[k+1].text)) > 0 {
			return false // "Welsh Office", "Home Office"
		}
		if r.inFold("region-demonym", w) || r.inFold("us-state", w) {
			return true
		}
		for _, rf := range ar.x.gaz.lookup(w) {
			if ar.x.gaz.entities[rf.id].Type == graph.Place {
				return true
			}
		}
	}
	return false
}

// ownedTitle reports whether the title in capitals right before the
// person at items[k] follows an organisation's possessive: "the Liberal
// Democrats' President Simon Hughes" holds the party's office.
func (sc *sentence) ownedTitle(k int) bool {
	j := k - 1
	for j >= 0 && sc.items[j].m == nil && sc.items[j].tok.isWord() && sc.items[j].tok.capitalised() {
		j--
	}
	return j >= 1 && j < k-1 && sc.items[j].tok.isPossessive() && sc.items[j-1].m != nil && sc.items[j-1].m.typ == graph.Organization
}

// classOf returns the class noun the sentence gives an organisation: the
// one right before it ("the union Unison") or after a verb of being or
// a comma ("Newsnight is a BBC programme", "Yukos, the oil firm,").
func (ar *article) classOf(ts []token, m mention) string {
	r := ar.x.rules
	if m.t0 > 0 && r.textIn("org-class", &ts[m.t0-1]) {
		return ts[m.t0-1].text
	}
	k := m.t1
	if k < len(ts) && ts[k].text == "," && openingSource(ts, m.t0) {
		return "" // "According to the FT, the regulator has ...": the comma closes the opening phrase
	}
	if k < len(ts) && (ts[k].text == "is" || ts[k].text == "was" || ts[k].text == ",") {
		k++
		for k < len(ts) && (ts[k].text == "a" || ts[k].text == "an" || ts[k].text == "the") {
			k++
		}
		for s := 0; s < 4 && k < len(ts); s, k = s+1, k+1 {
			if r.textIn("org-class", &ts[k]) {
				if k+1 < len(ts) && r.textIn("org-class", &ts[k+1]) {
					continue // "oil firm": the head comes last
				}
				return ts[k].text
			}
		}
	}
	return ""
}

// openingSource reports whether the name at ts[t0] is the source of an
// opening "According to X," (past "the"), after which a comma opens the
// main clause, no apposition.
func openingSource(ts []token, t0 int) bool {
	k := t0 - 1
	if k >= 0 && (ts[k].text == "the" || ts[k].text == "The") {
		k--
	}
	return k >= 1 && ts[k].text == "to" && (ts[k-1].text == "According" || ts[k-1].text == "according")
}

// namedWith returns the organisation named last before byte offset
// before of sentence i whose name holds word ("Police", "Army"), else the
// first named after it: a story names one police force, sometimes only
// later.
func (ar *article) namedWith(ms [][]mention, word string, i, before int) *mention {
	holds := func(m mention) bool {
		if m.typ != graph.Organization || m.kind != byName || ar.ents[m.id] == nil {
			return false
		}
		name := ar.ents[m.id].Name
		return slices.Contains(strings.Fields(name), word) || word == "Party" && ar.x.rules.inFold("party-name", name)
	}
	for s := i; s >= 0; s-- {
		for k := len(ms[s]) - 1; k >= 0; k-- {
			// In its own sentence, a name before the anaphor: "He accused
			// the party of a deal with the Tories" is not the Tories.
			if m := ms[s][k]; holds(m) && (s < i || m.end <= before) {
				return &m
			}
		}
	}
	for s := i; s < len(ms); s++ {
		for _, m := range ms[s] {
			if holds(m) && (s > i || m.end > before) {
				return &m
			}
		}
	}
	return nil
}

// affiliated reports whether person holds a role in body, as the claims
// so far say.
func (ar *article) affiliated(person, body string) bool {
	for _, c := range ar.affiliations {
		if c.Subject == person && c.Object == body {
			return true
		}
	}
	return false
}

// corporate reports whether m names an organisation that a class noun
// such as "the firm" can point back at: not a state's own body, which
// speaks for its state.
func (ar *article) corporate(m mention) bool {
	return m.typ == graph.Organization && m.kind == byName && !m.modifier && ar.x.homeCues[m.id] == "" && len(ar.sides[m.id]) == 0
}

// firmLike reports whether the organisation may be called a company: a
// union, a council, a party or a ministry is not.
func (ar *article) firmLike(id string) bool {
	e := ar.ents[id]
	if e == nil {
		return false
	}
	head := strings.ToLower(lastWord(e.Name))
	return head != "party" && !ar.x.rules.in("other-body", head) && !ar.x.rules.in("org-head-lower", head)
}

// nominalReferences adds the mentions that point back at an
// organisation by its class: "the firm", "the company", "the programme"
// mean the organisation named last before them. They resolve like a
// pronoun, with a pronoun's confidence.
func (ar *article) nominalReferences(toks [][]token, ms [][]mention) {
	r := ar.x.rules
	// recent holds the organisations passed, the last named last, each
	// once, with the sentence that named them; last is the nearest.
	type passed struct {
		m    *mention
		sent int
		// commentator is set when the body was named last as the
		// employer of an outside commentator ("JP Morgan analyst John
		// Ivankoe"): the firm the story is about is another.
		commentator bool
	}
	var recent []passed
	var last *mention
	headIDs, named := make(map[string]bool), make(map[string]int)
	var headFirm *mention
	sent := 0 // the sentence being read
	// class maps an organisation to the class noun the article gave it
	// ("Newsnight is a BBC programme", "the union Unison"); byClass holds
	// the last organisation of each class.
	class := make(map[string]string)
	ar.orgClass = class
	byClass := make(map[string]*mention)
	// pass records an organisation the reading has gone past.
	pass := func(ts []token, pm *mention) {
		if !ar.corporate(*pm) {
			return
		}
		m := *pm // a copy: the rules below may change the sentence's mentions
		named[m.id]++
		recent = slices.DeleteFunc(recent, func(o passed) bool { return o.m.id == m.id })
		if len(recent) == 8 {
			recent = append(recent[:0], recent[1:]...)
		}
		recent = append(recent, passed{&m, sent, ar.commentatorAfter(ts, m.t1)})
		last = &m
		if c := ar.classOf(ts, m); c != "" {
			class[m.id] = c
		}
		if c := class[m.id]; c != "" {
			byClass[c] = &m
		}
	}
	for i := range ms {
		ts := toks[i]
		sent = i
		var add []mention
		// referAs adds ts[k] up to ts[c] as a reference to m, written
		// surface; refer, "the" at ts[k] and the words after it.
		referAs := func(m mention, k, c int, surface string) {
			m.start, m.end, m.t0, m.t1 = ts[k].start, ts[c].end, k, c+1
			m.kind, m.surface, m.state, m.modifier = byPronoun, surface, "", false
			add = append(add, m)
		}
		refer := func(m mention, k, c int) { referAs(m, k, c, "the "+joinTokens(ts[k+1:c+1])) }
		next := 0 // the first mention not yet passed
		for k := 0; k < len(ts); k++ {
			for next < len(ms[i]) && ms[i][next].end <= ts[k].start {
				pass(ts, &ms[i][next])
				next++
			}
			if (ts[k].text == "Police" || ts[k].text == "police") && (k == 0 || ts[k-1].text == "," || ts[k-1].text == "said" || ts[k-1].text == "told" || ts[k-1].text == "by") &&
				(k+1 >= len(ts) || !ts[k+1].capitalised()) && !(next < len(ms[i]) && ms[i][next].start < ts[k].end) {
				// "Police are investigating", "said police": the force the
				// article names, as "the police" is.
				if m := ar.namedWith(ms, "Police", i, ts[k].start); m != nil {
					referAs(*m, k, k, ts[k].text)
				}
				continue
			}
			if ts[k].text != "the" && ts[k].text != "The" || k+1 >= len(ts) {
				continue
			}
			w := ts[k+1].text
			if ar.x.isOrgHead(&ts[k+1]) && (k+2 >= len(ts) || !ts[k+2].capitalised() || ts[k+2].isPossessive()) && !(next < len(ms[i]) && ms[i][next].start < ts[k+1].end) {
				// "the European Commission ... the Commission's
				// investigation": the one body the article named with
				// that last word.
				if m := ar.namedEndingWith(w); m != nil {
					refer(*m, k, k+1)
					k++
					continue
				}
			}
			if w == "party" && (k+2 >= len(ts) || !ts[k+2].capitalised()) {
				// "accused the party of ...": the party named last.
				if m := ar.namedWith(ms, "Party", i, ts[k].start); m != nil && !(next < len(ms[i]) && ms[i][next].start < ts[k+1].end) {
					refer(*m, k, k+1)
					k++
				}
				continue
			}
			if w == "police" || w == "army" || w == "military" {
				// "the police": the force the article names, even when it
				// is a state body.
				if m := ar.namedWith(ms, capitalise(w), i, ts[k].start); m != nil && !(next < len(ms[i]) && ms[i][next].start < ts[k+1].end) {
					refer(*m, k, k+1)
					k++
				}
				continue
			}
			n := k + 1 // the class noun
			if n+1 < len(ts) && r.textIn("trade-word", &ts[n]) && r.textIn("org-class", &ts[n+1]) {
				n++ // "the media giant", "the oil firm": the class after its trade
				w = ts[n].text
			}
			if last == nil || !r.textIn("org-class", &ts[n]) || r.textIn("role", &ts[n]) || w == "party" || w == "body" || w == "show" {
				continue
			}
			if n+1 < len(ts) && (ts[n+1].capitalised() && ts[n+1].isWord() || ts[n+1].text == "’s" || ts[n+1].text == "'s" ||
				ts[n+1].text == "of" && n+2 < len(ts) && ts[n+2].capitalised()) {
				continue // "the union Unison", "the group of Western states"
			}
			if next < len(ms[i]) && ms[i][next].start < ts[n].end {
				continue // inside a mention
			}
			// fits reports whether an organisation can be called w: a
			// company or firm is no union, council or ministry, and a
			// watchdog or regulator no company.
			fits := func(o *mention) bool {
				if e := ar.ents[o.id]; e != nil && r.inFold("press-head", lastWord(e.Name)) && !r.in("press-class", w) {
					return false // "He told the Sunday Mirror ... the club": a newspaper is no club or union
				}
				if ar.outlet(*o) && !r.in("press-class", w) {
					return false // "he told Reuters ... the bank": a news agency is no bank
				}
				if r.in("media-class", w) {
					// "the programme", "the paper": a body the article
					// called so, or one whose name says it is press; a
					// watchdog named last is no programme.
					return ar.pressBody(o.id)
				}
				switch w {
				case "company", "firm":
					return ar.firmLike(o.id)
				case "club":
					// A body whose name says it is of another kind is
					// none ("the Football Association ... the club"),
					// unless the article called it a club.
					e := ar.ents[o.id]
					return class[o.id] == w || e == nil || !ar.x.orgHead[lastWord(e.Name)] || lastWord(e.Name) == "Club"
				case "watchdog", "regulator":
					return class[o.id] == w || ar.regulatorLike(o.id)
				case "militia", "paramilitaries":
					// An armed group the article called one: "the
					// paramilitary Rapid Support Forces ... the militia".
					c := class[o.id]
					return c == "militia" || c == "paramilitary" || c == "paramilitaries" || slices.Contains(ar.irregulars, o.id)
				}
				return true
			}
			var m mention
			if c := byClass[w]; c != nil {
				m = *c // "the programme": the organisation called a programme
			} else if o := ar.openingBody(toks, ms, i, k); n > k+1 && o != nil && fits(o) {
				// "Zentix is seeking to buy Quill. The media giant, run
				// by X, ...": a reference by trade that opens a sentence
				// takes up the body that opened the one before.
				m = *o
			} else {
				// The nearest organisation that fits, past those of this
				// sentence that do not ("the Commission accused the firm":
				// Microsoft, named before; but "The Auto-Cycle Union ...
				// runs the company" names some firm the story did not),
				// and the one before it, should the nearest be its own
				// clause's agent.
				found := false
				for j := len(recent) - 1; j >= 0; j-- {
					if recent[j].commentator && (w == "company" || w == "firm") {
						continue // "JP Morgan analyst X said ... the firm": not the analyst's bank
					}
					if (w == "club" || w == "team") && recent[j].sent < i-2 {
						break // sport names many clubs: one named sentences back is no safe guess
					}
					if !fits(recent[j].m) {
						if !found && recent[j].sent != i && (w == "company" || w == "firm") {
							break
						}
						continue // a watchdog is sought past the firms it watches
					}
					if !found {
						m, found = *recent[j].m, true
						continue
					}
					m.alt = recent[j].m.id
					break
				}
				if !found {
					continue // "the Auto-Cycle Union ... the company" is some firm the story did not name
				}
				if (w == "company" || w == "firm") && headFirm != nil && m.id != headFirm.id && named[m.id] == 1 {
					// "Marsh executive in guilty plea ... to support the
					// present provider Chubb. The company is also being
					// examined": the one firm of the headline, named in
					// the last three sentences, before a firm the
					// headline does not name and the story named once
					// in passing.
					for _, o := range recent {
						if o.m.id == headFirm.id && o.sent >= i-3 {
							m.alt, m = m.id, *o.m
							break
						}
					}
				}
			}
			refer(m, k, n)
			k = n
		}
		for ; next < len(ms[i]); next++ {
			pass(ts, &ms[i][next])
		}
		ms[i] = replaceMentions(ms[i], nil, add)
		if i == 0 {
			// The headline's firms: the story is about the one, if one.
			for j := range ms[0] {
				if m := &ms[0][j]; ar.corporate(*m) && ar.firmLike(m.id) {
					headIDs[m.id] = true
					headFirm = m
				}
			}
			if len(headIDs) != 1 {
				headFirm = nil
			}
		}
	}
}

// openingBody returns the organisation that opens sentence i-1, its
// subject, when a reference at toks[i][k] opens sentence i; else nil.
// The firm of a commentator ("Quill Securities analyst X said") is no
// subject the story follows.
func (ar *article) openingBody(toks [][]token, ms [][]mention, i, k int) *mention {
	if k != 0 || i == 0 || len(ms[i-1]) == 0 {
		return nil
	}
	o := &ms[i-1][0]
	if o.t0 > 1 || !ar.corporate(*o) || ar.commentatorAfter(toks[i-1], o.t1) {
		return nil
	}
	return o
}

// commentatorAfter reports whether ts[k:] opens with a role of outside
// comment and a capitalised name ([commentator-role]: "analyst John
// Ivankoe", "chief economist Jane Roe").
func (ar *article) commentatorAfter(ts []token, k int) bool {
	r := ar.x.rules
	if k+1 >= len(ts) {
		return false
	}
	one := strings.ToLower(ts[k].text)
	if k+2 < len(ts) && ts[k+2].capitalised() && r.in("commentator-role", one+" "+strings.ToLower(ts[k+1].text)) {
		return true // "chief economist Jane Roe"
	}
	return ts[k+1].capitalised() && r.in("commentator-role", one)
}

// regulatorLike reports whether the organisation's name has a word of a
// public body that oversees others ([regulator-head]: "Financial
// Services Authority", "Office of Fair Trading").
func (ar *article) regulatorLike(id string) bool {
	e := ar.ents[id]
	if e == nil {
		return false
	}
	for w := range strings.FieldsSeq(e.Name) {
		if ar.x.rules.in("regulator-head", strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// namedEndingWith returns the one organisation the article names whose
// name of two words or more ends with head ("European Commission" for
// "the Commission"), or nil when there is none or more.
func (ar *article) namedEndingWith(head string) *mention {
	var found *graph.Entity
	for _, id := range ar.byHead[head] {
		e := ar.ents[id]
		if e == nil || e.Type != graph.Organization || !strings.HasSuffix(e.Name, " "+head) {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	if found == nil {
		return nil
	}
	return &mention{id: found.ID, typ: found.Type, kind: byName, surface: found.Name}
}

// portfolioParties drops a party named by a word of a portfolio
// (`[portfolio]`: "Labour") where the word is a ministry's: coordinated
// with another portfolio ("Economy and Labour Minister Wolfgang
// Clement") or after a state ("Germany's Labour Minister", "the German
// Labour Minister"), before a role. "Labour minister Tessa Jowell"
// stays the party's.
func (ar *article) portfolioParties(toks [][]token, ms [][]mention) {
	r := ar.x.rules
	for i, sm := range ms {
		var drop map[int]bool
		for j, m := range sm {
			ts := toks[i]
			if m.t1 != m.t0+1 || m.t1 >= len(ts) || !r.inFold("portfolio", m.surface) || !ar.party(m.id) || !r.tokenIn("role", &ts[m.t1]) {
				continue
			}
			coordinated := m.t0 > 1 && ts[m.t0-1].text == "and" && r.inFold("portfolio", ts[m.t0-2].text)
			stated := j > 0 && sm[j-1].typ == graph.Country && (sm[j-1].t1 == m.t0 || sm[j-1].t1+1 == m.t0 && ts[sm[j-1].t1].isPossessive())
			if coordinated || stated {
				if drop == nil {
					drop = make(map[int]bool)
				}
				drop[j] = true
			}
		}
		ms[i] = replaceMentions(sm, drop, nil)
	}
}

// usStates makes a country named like a US state ("Georgia") that state
// where the same sentence names another US state, and the story never
// names the country's capital or people: "threats against election
// officials in Arizona and Georgia" are no threats in the Caucasus,
// where "Irakli Labadze of the Republic of Georgia" stays the country.
func (ar *article) usStates(ms [][]mention) {
	r := ar.x.rules
	usState := func(id string, typ graph.EntityType) bool {
		e := ar.ents[id]
		return e != nil && e.Type == typ && r.in("us-state", strings.ToLower(e.Name))
	}
	for _, row := range ms {
		for k := range row {
			m := &row[k]
			if m.kind != byName || m.modifier || !usState(m.id, graph.Country) || !slices.ContainsFunc(row, func(o mention) bool { return usState(o.id, graph.Place) }) {
				continue
			}
			if ar.countryNamed(ms, m.id) {
				continue // "Tbilisi", "Georgians": the story is about the country
			}
			country := ar.ents[m.id]
			state := graph.Slug(country.Name + " US state")
			m.id, m.typ = state, graph.Place
			ar.add(state, graph.Place, country.Name+" (US state)", m.surface)
		}
	}
	// A country no mention is left to name is not in the story.
	ar.order = slices.DeleteFunc(ar.order, func(id string) bool {
		e := ar.ents[id]
		gone := e != nil && e.Type == graph.Country && r.in("us-state", strings.ToLower(e.Name)) && !slices.ContainsFunc(ms, func(row []mention) bool {
			return slices.ContainsFunc(row, func(m mention) bool { return m.id == id || m.state == id })
		})
		if gone {
			delete(ar.ents, id)
		}
		return gone
	})
}

// countryNamed reports whether a mention names country id by anything but
// its name: its capital, its people, a body of its own.
func (ar *article) countryNamed(ms [][]mention, id string) bool {
	for _, row := range ms {
		for _, m := range row {
			if m.id == id && m.kind != byName || m.state == id {
				return true
			}
		}
	}
	return false
}

// possessiveGap reports whether the text between a name and the title
// after it is the name's possessive ending: "'s ", "’s ", "' ".
func possessiveGap(gap string) bool {
	for _, p := range []string{"'s ", "’s ", "' ", "’ "} {
		if strings.HasPrefix(gap, p) {
			return true
		}
	}
	return false
}
