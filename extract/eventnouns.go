package extract

import (
	"slices"
	"strings"

	"github.com/newskg/newskg/graph"
)

// eventNouns finds the events a story is about that are no attack: a
// name and an event noun ("the Hutton inquiry", "the Berlin blockade",
// "the Madrid bombings"), and a definite event of the story's own ("the
// general election", "the trial", "the auction"). A named event is one
// node across articles; a definite one belongs to its article.
func (ar *article) eventNouns(toks [][]token, ms [][]mention) {
	r := ar.x.rules
	named := make(map[string]string) // event noun → the named event it heads
	ar.eventHeads = named
	// definite maps an event noun to the event "the ..." first told with
	// it, and bare whether that was the noun alone ("the election").
	definite := make(map[string]string)
	bare := make(map[string]bool)
	for i := range ms {
		if !ar.lowStarts[i].meets(r.eventNoun) {
			continue // no word of the sentence starts an event noun
		}
		ts := toks[i]
		items := ar.lowItems(i)
		var add []mention
		drop := make(map[int]bool)
		for k := 0; k < len(ts); k++ {
			n := r.phraseAt(items, k, "event-noun")
			if n == 0 {
				continue
			}
			if m := r.phraseAt(items, k+n, "event-noun"); m > 0 && r.itemIn(items, k+n, "event-noun") {
				n += m // "the tsunami crisis": one event
			}
			if e := ar.bankruptcy(ts, items, ms[i], k); e > k {
				add = append(add, mention{start: ts[k].start, end: ts[e-1].end, t0: k, t1: e, id: ar.bankruptcyID, typ: graph.Event, kind: byName, surface: joinTokens(ts[k:e])})
				k = e - 1
				continue
			}
			if k+n < len(ts) && r.textIn("event-modified", &ts[k+n]) {
				continue // "election pledges", "bankruptcy court": a modifier
			}
			// Named: a mention or an unknown capitalised word right
			// before the noun, or a person's possessive ("Baha Mousa's
			// death").
			var name []token
			mi := -1
			for j, m := range ms[i] {
				if m.t1 == k && m.kind == byName && !m.modifier && m.typ != graph.Event && m.t0 >= 0 {
					mi = j
					name = ts[m.t0:k]
				}
				if m.t1 == k-1 && ts[k-1].isPossessive() && m.typ == graph.Person && m.kind == byName && m.t0 >= 0 && r.itemIn(items, k, "event-of-person") {
					name = ts[m.t0:k] // the mention stays: the person takes part
				}
				if m.t1 == k-1 && ts[k-1].isPossessive() && m.typ == graph.Organization && m.kind == byName && m.t0 >= 0 && r.itemIn(items, k, "event-of-body") {
					name = ts[m.t0:k] // "WorldCom's collapse": the firm's, which stays named
				}
			}
			if name == nil && k+2 < len(ts) && (r.itemIn(items, k, "event-of-person") || r.itemIn(items, k, "event-of-body")) && ts[k+1].text == "of" && k > 0 && (ts[k-1].text == "the" || ts[k-1].text == "The") {
				// "the death of Baha Mousa", "the collapse of Enron": the
				// event of a person or a body.
				for _, m := range ms[i] {
					at := m.t0 == k+2 || m.t0 == k+3 && ar.x.isHonorific(&ts[k+2]) // "the death of Dr David Kelly"
					if at && m.kind == byName && (m.typ == graph.Person && r.itemIn(items, k, "event-of-person") || m.typ == graph.Organization && r.itemIn(items, k, "event-of-body")) {
						label := ts[k].text + " of " + m.surface
						id := ar.add(graph.Slug(m.surface+" "+ts[k].text), graph.Event, label, label)
						add = append(add, mention{start: ts[k].start, end: ts[k].end, t0: k, t1: k + 1, id: id, typ: graph.Event, kind: byName, surface: ts[k].text})
						break
					}
				}
				continue
			}
			if mi < 0 && k > 0 && ts[k-1].capitalised() && ts[k-1].isWord() && !ar.x.isNotName(&ts[k-1]) && !ar.x.isHonorific(&ts[k-1]) && k-1 > firstWord(ts) && !ar.overlaps(ms[i], k-1, k) {
				// Not the sentence's first word, after a quotation mark
				// too: "Any fraud in other member states".

				name = ts[k-1 : k]
			}
			if name != nil && !(mi >= 0 && ms[i][mi].typ == graph.Person && r.itemIn(items, k, "event-definite")) {
				label := joinTokens(append(slices.Clone(name), ts[k:k+n]...))
				key := label
				if last := name[len(name)-1]; last.isPossessive() {
					// "David Kelly's death" and "the death of David Kelly"
					// are one event.
					key = joinTokens(name[:len(name)-1]) + " " + joinTokens(ts[k:k+n])
				}
				id := ar.add(graph.Slug(key), graph.Event, label, label)
				named[strings.ToLower(ts[k].text)] = id
				add = append(add, mention{start: name[0].start, end: ts[k+n-1].end, t0: k - len(name), t1: k + n, id: id, typ: graph.Event, kind: byName, surface: label})
				if mi >= 0 {
					drop[mi] = true
					ar.namedIn(ms[i][mi]) // "the New York trial" is in New York
				}
				k += n - 1
				continue
			}
			// Definite: "the general election", "the trial", "Labour's
			// spring conference".
			s0 := k // the event phrase starts here
			if k > 0 && isLowerWord(ts[k-1].text) && r.phraseAt(items, k-1, "event-definite") == n+1 {
				s0 = k - 1 // "general election" starts one word earlier
			}
			if r.phraseAt(items, s0, "event-definite") != k+n-s0 || ar.overlaps(ms[i], s0, k+n) || s0 == 0 {
				continue
			}
			det := ts[s0-1]
			owned := false
			if det.isPossessive() {
				for _, m := range ms[i] {
					if m.t1 == s0-1 && m.typ != graph.Person && m.kind == byName {
						owned = true
					}
				}
				if s0 >= 3 && r.textIn("org-class", &ts[s0-2]) && (ts[s0-3].text == "the" || ts[s0-3].text == "The") {
					owned = true // "the party's spring conference"
				}
			}
			if det.text != "the" && det.text != "The" && !owned {
				continue
			}
			if k+n < len(ts) && ts[k+n].text == "of" && k+n+1 < len(ts) && ts[k+n+1].capitalised() {
				continue // "the trial of Mr X": named by what follows
			}
			d := s0 - 1
			label := strings.ToLower(joinTokens(ts[d+1 : k+n]))
			id := graph.Slug(ar.a.ID + " " + label)
			head := strings.ToLower(ts[k].text)
			switch did, seen := definite[head]; {
			case s0 == k && named[head] != "":
				id = named[head] // "the Asian tsunami crisis ... the tsunami"
			case seen && (s0 == k || bare[head]):
				// "the general election ... the election", or the other
				// way round: one event; not "the presidential election"
				// and "the general election".
				id = did
			}
			if _, seen := definite[head]; !seen {
				definite[head], bare[head] = id, s0 == k
			}
			id = ar.add(id, graph.Event, label, label)
			add = append(add, mention{start: ts[d+1].start, end: ts[k+n-1].end, t0: d + 1, t1: k + n, id: id, typ: graph.Event, kind: byName, surface: label})
			k += n - 1
		}
		ms[i] = replaceMentions(ms[i], drop, add)
	}
}

// overlaps reports whether a mention of ms covers a token in [t0, t1).
func (ar *article) overlaps(ms []mention, t0, t1 int) bool {
	for _, m := range ms {
		if m.t0 >= 0 && m.t0 < t1 && t0 < m.t1 {
			return true
		}
	}
	return false
}

// courts finds the courts a story names in lower case: "the US
// bankruptcy court", "a Moscow court", "the district court". Each is an
// organisation of the article, named as written; "the court" later is
// the court named last.
func (ar *article) courts(toks [][]token, ms [][]mention) {
	r := ar.x.rules
	var last *mention
	courtOf := make(map[string]string) // place ID → its court's ID
	for i := range ms {
		ts := toks[i]
		var add []mention
		drop := make(map[int]bool)
		for k, t := range ts {
			if t.text != "court" {
				continue
			}
			s := k
			for s > 0 && r.inFold("court-qualifier", ts[s-1].text) && isLowerWord(ts[s-1].text) {
				s--
			}
			mi := -1
			for j, m := range ms[i] {
				if m.t1 == s && m.kind == byName && !m.modifier && (m.typ == graph.Place || m.typ == graph.Country) && m.t0 >= 0 {
					mi, s = j, m.t0
				}
			}
			if ar.overlaps(ms[i], s, k+1) && mi < 0 || mi >= 0 && ar.overlaps(ms[i], ms[i][mi].t1, k+1) {
				continue
			}
			if s == k && k+2 < len(ts) && ts[k+1].text == "in" {
				// "a court in Texas": the court of a named place.
				for _, m := range ms[i] {
					if m.t0 == k+2 && m.kind == byName && (m.typ == graph.Place || m.typ == graph.Country) {
						label := joinTokens(ts[k:m.t1])
						id := ar.add(graph.Slug(ar.a.ID+" "+label), graph.Organization, label, label)
						cm := mention{start: t.start, end: m.end, t0: k, t1: m.t1, id: id, typ: graph.Organization, kind: byName, surface: label}
						add = append(add, cm)
						last = &cm
						break
					}
				}
				continue
			}
			if s == k {
				// "the court": the one named last; "a court" is none.
				if last != nil && k > 0 && ts[k-1].text == "the" && !ar.overlaps(ms[i], k, k+1) {
					cp := *last
					cp.start, cp.end, cp.t0, cp.t1, cp.surface = t.start, t.end, k, k+1, "court"
					ar.add(cp.id, graph.Organization, "", "court")
					add = append(add, cp)
				}
				continue
			}
			label := joinTokens(ts[s : k+1])
			id := graph.Slug(ar.a.ID + " " + label)
			if mi >= 0 {
				// "a US bankruptcy court ... the US court": one court per
				// place named with it.
				if prev, ok := courtOf[ms[i][mi].id]; ok {
					id = prev
				} else {
					courtOf[ms[i][mi].id] = id
				}
			}
			id = ar.add(id, graph.Organization, label, label)
			m := mention{start: ts[s].start, end: t.end, t0: s, t1: k + 1, id: id, typ: graph.Organization, kind: byName, surface: label}
			add = append(add, m)
			last = &m
			if mi >= 0 {
				drop[mi] = true
				ar.namedIn(ms[i][mi]) // "a Moscow court" sits in Moscow
			}
		}
		ms[i] = replaceMentions(ms[i], drop, add)
	}
}

// namedIn records a place that names the court or event it is part of
// ("a Moscow court", "the New York trial"): the place is in the story,
// though its mention gives way to the larger one.
func (ar *article) namedIn(m mention) {
	if (m.typ == graph.Place || m.typ == graph.Country) && m.kind == byName {
		ar.places = append(ar.places, m.id)
	}
}

// replaceMentions drops the mentions marked in drop, adds add, and keeps
// the sentence's mentions in text order.
func replaceMentions(ms []mention, drop map[int]bool, add []mention) []mention {
	if len(add) == 0 && len(drop) == 0 {
		return ms
	}
	out := ms[:0:0]
	for j, m := range ms {
		if !drop[j] {
			out = append(out, m)
		}
	}
	out = append(out, add...)
	slices.SortStableFunc(out, func(a, b mention) int { return a.start - b.start })
	return out
}

// firstWord returns the index of the first word of ts, past quotation
// marks and other punctuation, or len(ts).
func firstWord(ts []token) int {
	for k := range ts {
		if ts[k].isWord() {
			return k
		}
	}
	return len(ts)
}

// bankruptcy reads a firm's bankruptcy filing as an event of the article
// when ts[k] is "bankruptcy": "filed for bankruptcy", "sought Chapter 11
// bankruptcy protection", "its bankruptcy application", "the bankruptcy
// filing". A bankruptcy told otherwise ("the threat of bankruptcy", "the
// bankruptcy court") is no event. Every filing the article tells is one
// event, labelled as first written. It returns the end of the event's
// words, or k when there is none.
func (ar *article) bankruptcy(ts []token, items []item, ms []mention, k int) int {
	if !strings.EqualFold(ts[k].text, "bankruptcy") {
		return k
	}
	r := ar.x.rules
	s := k
	if k >= 2 && ts[k-2].text == "Chapter" && isDigits(ts[k-1].text) {
		s = k - 2 // "Chapter 11 bankruptcy protection"
	}
	e := k + 1
	if e < len(ts) && r.tokenIn("bankruptcy-noun", &ts[e]) {
		e++
	}
	filed := false
	for n := 1; n <= 2 && n <= s; n++ {
		if r.phraseAt(items, s-n, "bankruptcy-verb") == n {
			filed = true
		}
	}
	if !filed && e == k+1 || ar.overlaps(ms, k, e) {
		return k
	}
	label := joinTokens(ts[s:e])
	if s == k {
		label = strings.ToLower(label)
	}
	id := ar.bankruptcyID
	if id == "" {
		id = graph.Slug(ar.a.ID + " bankruptcy")
	}
	ar.bankruptcyID = ar.add(id, graph.Event, label, label)
	return e
}

// prosecutors finds the prosecuting authority a story of a trial names
// only by what it does: "prosecutors said", "questioned by the
// prosecution", "the prosecution's star witness". It is the prosecuting
// body the article names ([prosecutor-head]: "US prosecutors", "the
// Serious Fraud Office"), else one organisation of the article, named
// "prosecutors". "The prosecution of X", "a prosecution witness" and
// "the prosecution would be dropped" are the act, not the body.
func (ar *article) prosecutors(toks [][]token, ms [][]mention) {
	var named *mention // the last prosecuting body the article named
	id := ""           // the unnamed body's ID, once made
	for i := range ms {
		ts := toks[i]
		var add []mention
		next := 0
		// note notes the bodies named among the mentions that end by
		// ts[k]: the last of them to prosecute is named.
		note := func(k int) {
			for next < len(ms[i]) && ms[i][next].t1 <= k {
				if m := ms[i][next]; m.typ == graph.Organization && m.kind == byName && !m.modifier && ar.prosecutingName(m.id) {
					named = &ms[i][next]
				}
				next++
			}
		}
		if !slices.ContainsFunc(ar.lows[i], func(w lowWord) bool { return w.low == "prosecutors" || w.low == "prosecution" }) {
			// Most sentences have neither word: they only name bodies,
			// as the loop below would note them by its last word.
			note(len(ts) - 1)
			continue
		}
		for k, t := range ts {
			note(k)
			// The word in lower case, as lowWords found it: lowering
			// every token of the article anew made one allocation in
			// nine of an extraction.
			low := ar.lows[i][k].low
			if low != "prosecutors" && low != "prosecution" || ar.overlaps(ms[i], k, k+1) {
				continue
			}
			if k > 1 && ts[k-1].capitalised() && ts[k-1].isWord() {
				continue // "Crown Prosecution", "Milan prosecutors": a name's part
			}
			if low == "prosecution" && !ar.prosecutionBody(ts, k) {
				continue
			}
			m := mention{start: t.start, end: t.end, t0: k, t1: k + 1, typ: graph.Organization, kind: byName, surface: t.text}
			switch {
			case named != nil:
				m.id, m.kind, m.surface = named.id, byPronoun, "the "+low
				ar.add(m.id, graph.Organization, "", "")
			default:
				if id == "" {
					id = ar.add(graph.Slug(ar.a.ID+" prosecutors"), graph.Organization, "prosecutors", "")
				}
				m.id = id
				ar.add(id, graph.Organization, "", low)
			}
			add = append(add, m)
		}
		ms[i] = replaceMentions(ms[i], nil, add)
	}
}

// prosecutionBody reports whether "prosecution" at ts[k] is the body
// that prosecutes: after "the" and before a possessive, a verb of speech
// or accusation, or the sentence's end, or after "by" or "for"
// ("questioned by the prosecution", "a witness for the prosecution"; but
// "interfere with the prosecution" is the act).
func (ar *article) prosecutionBody(ts []token, k int) bool {
	if k == 0 || !strings.EqualFold(ts[k-1].text, "the") {
		return false
	}
	if k >= 2 {
		switch strings.ToLower(ts[k-2].text) {
		case "by", "for":
			return k+1 >= len(ts) || !ts[k+1].isWord() || ts[k+1].isPossessive()
		}
	}
	if k+1 >= len(ts) {
		return true
	}
	if ts[k+1].isPossessive() {
		return true
	}
	w := strings.ToLower(ts[k+1].text)
	return ar.x.rules.in("speech", w) || ar.x.rules.in("accuse", w)
}

// prosecutingName reports whether the organisation id is named as a
// prosecuting body ([prosecutor-head]: "US prosecutors", "Serious Fraud
// Office").
func (ar *article) prosecutingName(id string) bool {
	e := ar.ents[id]
	if e == nil {
		return false
	}
	// Lowered in the article's scratch space, and compared with the
	// heads lowered once in New: this is asked at every organisation
	// the article names.
	low := ar.lowered(e.Name)
	for _, h := range ar.x.prosecutorHeads {
		if len(low) >= len(h) && string(low[len(low)-len(h):]) == h {
			return true
		}
	}
	return false
}
