package extract

import (
	"slices"
	"strings"

	"github.com/newskg/newskg/graph"
)

// stanceRules read criticism that news tells without a verb of
// criticism: a retort ("hit back by saying the Tories ..."), a
// description ("described the US legal code as outdated"), a verbal
// attack told as a noun ("his attack on Labour"); and an investigation
// of claims about a party, and a threat to sue.
func (sc *sentence) stanceRules() {
	items := sc.items
	r := sc.ar.x.rules
	sc.accusedInSpeech()
	sc.rebuttal()
	sc.resignationCalls()
	sc.heldResponsible()
	sc.blameLaid()
	sc.likenedToVillain()
	sc.questionedOf()
	// `He said: "It is a lie."`: the charge just told, called false in
	// a speaker's own words.
	for i := 0; i < len(items) && sc.hasCue(cueQuote); i++ {
		if items[i].quoted && items[i].is("that", "this", "it") && sc.thatIsFalse(i) {
			if sp := sc.speakerAt(i); sp != nil {
				sc.denial(sp, i, "false", confReported)
			}
		}
	}
	// The rules below start where startsAt or stanceWord lets them: in a
	// sentence with no such word, most of them, nowhere.
	may := sc.may(r.stance) || sc.hasCue(cueStance)
	for i := 0; i < len(items) && may; i++ {
		if !sc.startsAt(i, &r.stance) && !stanceWord(&items[i]) {
			continue
		}
		// A speaker's own words, quoted or not.
		if n := r.phraseAt(items, i, "innocence"); n > 0 {
			// "X said he had done nothing wrong": the speaker denies.
			// Not a duty unmet: "I should have told the truth".
			if sp := sc.speakerAt(i); sp != nil && !sc.negated(i) && !(i > 1 && items[i-1].is("have") && sc.modal(i-1)) && (sc.selfClause(claimRegion{speaker: sp}, i) || sc.speaksFor(sp, i)) {
				sc.denial(sp, i, joinItems(items[i:i+n]), confReported)
			} else if sp == nil && items[i].is("clear") && i > 1 && items[i-1].is("to") && items[i-2].is("vowed", "vows", "vowing", "pledged", "pledges", "promised", "promises", "determined", "fight", "fighting", "fights", "fought") {
				// "has vowed to clear his name": no one speaks, the one
				// who vows denies.
				if subj := sc.subjectBefore(i - 2); subj != nil && !sc.negated(i-2) {
					sc.denial(subj, i, joinItems(items[i-2:i+n]), confReported)
				}
			}
		}
		if n := r.phraseAt(items, i, "ignorance"); n > 0 {
			// "X insisted he was unaware of the fraud": ignorance pleaded
			// against a charge, not "unaware of any plan to".
			if sp := sc.speakerAt(i); sp != nil && !sc.negated(i) && sc.selfClause(claimRegion{speaker: sp}, i) && (sc.wrongAfter(i+n) || sc.ar.accusedBefore(sp)) {
				sc.denial(sp, i, joinItems(items[i:i+n]), confReported)
			}
		}
		if n := sc.stoodBy(i); n > 0 {
			// "X said the company stands by its legal action": the
			// speaker upholds its own against the charge.
			if sp := sc.speakerAt(i); sp != nil && !sc.negated(i) && (sc.selfClause(claimRegion{speaker: sp}, i) || sc.speaksFor(sp, i)) {
				sc.denial(sp, i, joinItems(items[i:i+n]), confReported)
			}
		}
		// `not "one iota" of truth in`: a writer's marks inside the
		// phrase.
		if n, marked := r.phraseMarked(items, i, "refutation"); n > 0 {
			words := joinItems
			if marked {
				words = joinWords
			}
			// "It was simply wrong to suggest that ...": the speaker
			// denies what others suggest.
			if sp := sc.speakerAt(i); sp != nil {
				// "said Mr Howard was wrong to say ...": the one who said
				// it made the claim denied.
				j := i - 1
				if j > 1 && strings.HasSuffix(items[j].low, "ly") && items[j].m == nil {
					j-- // "the law lords are simply wrong to imply"
				}
				if j > 0 && items[j].is("was", "is", "were", "are") && items[j-1].m != nil && items[j-1].m.id != sp.id && items[j-1].m.kind != byEvent {
					sc.claim(sp, graph.Denied, items[j-1].m, words(items[i:i+n]), confReported)
				} else {
					// The matter is what follows: "wrong to suggest the
					// firm would close".
					sc.denial(sp, i+n, words(items[i:i+n]), confReported)
				}
			}
		}
		if (r.itemIn(items, i, "claim-noun") || r.itemIn(items, i, "accusation-noun")) && !(items[i].is("claim", "idea", "notion") && !(i > 0 && items[i-1].is("the", "this", "that", "his", "her", "their", "its"))) && !inCharge(items, i) ||
			sc.publisherOf(i) != nil {
			sc.falseClaim(i) // "said the charges were false", "said the article was false"
		}

		if items[i].quoted {
			continue
		}
		if n := r.phraseAt(items, i, "retort"); n > 0 {
			sc.retort(i, n)
		}
		if n := r.phraseAt(items, i, "describe"); n > 0 {
			sc.described(i, n)
		}
		if n := r.phraseAt(items, i, "attack-noun"); n > 0 {
			if !sc.violent() {
				sc.verbalAttack(i, n)
			}
		} else if n := r.phraseAt(items, i, "criticism-noun"); n > 0 {
			sc.verbalAttack(i, n) // "a tirade against", "a swipe at": words whatever else happened
		}
		if n := r.phraseAt(items, i, "investigate"); n > 0 {
			sc.investigatedClaims(i, n)
		}
		if n := r.phraseAt(items, i, "threaten"); n > 0 {
			sc.threatToSue(i, n)
		}
		if items[i].is("treating", "treat", "treats", "treated") {
			sc.treatedAs(i)
		}
		if items[i].is("ultimatum") {
			sc.ultimatumGiven(i)
		}
		if n := r.phraseAt(items, i, "false-word"); n > 0 {
			// "said that was not true": the pronoun before the verb.
			b := i - 1
			if b > 0 && items[b].is("simply", "completely", "totally", "just", "absolutely", "entirely") {
				b--
			}
			if b > 0 && items[b].is("was", "is") && items[b-1].is("that", "this") {
				sc.thatUntrue(b-1, i, n)
			}
		}
		if n := r.phraseAt(items, i, "complain"); n > 0 {
			sc.complainedAbout(i, n)
		}
		if items[i].is("complaint", "complaints") {
			sc.complaintFrom(i)
		}
		if r.in("meeting-noun", items[i].low) {
			sc.meetingNoun(i)
		}
		if n := r.phraseAt(items, i, "investigation-noun"); n > 0 {
			sc.investigationBy(i, n)
		}
		if n := r.phraseAt(items, i, "deny"); n > 0 && i > 0 && i+n < len(items) && items[i+n].is("by") &&
			(r.itemIn(items, i-1, "claim-noun") || r.itemIn(items, i-1, "accusation-noun")) &&
			(!items[i-1].is("claim") || i > 1 && items[i-2].is("a", "the", "this", "that", "his", "her", "its", "their")) {
			// "claims denied by Labour", "a claim denied by the
			// chancellor": a reduced relative ("they claim" is a verb).
			if subs, _ := sc.objectsAfter(i+n+1, 0); len(subs) > 0 {
				for _, s := range subs {
					if o := sc.claimOwner(i-1, s); o != nil {
						sc.claim(s, graph.Denied, o, joinItems(items[i:i+n]), confPassive)
					} else if o, _ := sc.ar.accuserOf(s, nil, confPassive); o != nil {
						sc.claim(s, graph.Denied, o, joinItems(items[i:i+n]), confPassive)
					} else if o := sc.deniedMatter(s, i-1); o != nil {
						sc.claim(s, graph.Denied, o, joinItems(items[i:i+n]), confPassive)
						if i > 2 && items[i-3].is(",", "-", "–", "—") {
							// "City experts say there is a black hole, a
							// claim denied by the chancellor": the claim
							// is the clause before, not a charge told
							// later.
							sc.ar.kept = append(sc.ar.kept, keptDenial{sc.argID(s, graph.Denied, true), sc.s.Start})
						}
					}
				}
			}
		}
	}
}

// shouldGo reads a speaker's clause that someone should resign or
// apologise as a call to go, criticism of that one: "Tony Blair said Ken
// Livingstone should apologise", "The Tories said Mr Blunkett must
// resign"; so is a clause that someone should have done what they did
// not ("said the government should have acted sooner").
func (sc *sentence) shouldGo() {
	items := sc.items
	r := sc.ar.x.rules
	for _, rg := range sc.regions {
		k := rg.from
		if k < len(items) && items[k].is("that") {
			k++
		}
		k = sc.nameIndex(k)
		if k+2 >= len(items) || k+2 >= rg.to {
			continue
		}
		obj := items[k].m
		if obj == nil || obj.modifier || obj.kind == byEvent || obj.typ == graph.Place || obj.id == rg.speaker.id {
			continue
		}
		if asked := slices.IndexFunc(items[:rg.from], func(it item) bool { return it.is("whether") }); asked >= 0 {
			continue // "Asked whether he thought the BBC should have ...": a question put
		}
		j := k + 1
		// "ought to have acted": as "should have".
		ought := items[j].is("ought") && j+2 < len(items) && items[j+1].is("to") && items[j+2].is("have")
		if !items[j].is("should", "must") && !ought {
			continue
		}
		j++
		if ought {
			j++
		}
		if j < len(items) && items[j].is("now") {
			j++
		}
		if n := r.phraseAt(items, j, "resign-call"); n > 0 && !items[j].is("go") {
			sc.claim(rg.speaker, graph.Criticized, obj, joinItems(items[k+1:j+n]), confReported)
			continue
		}
		if n := r.phraseAt(items, j, "dismiss-verb"); n > 0 {
			// "said the prime minister should sack Mr Brown": the one
			// to be sacked is criticised, not the one to sack him.
			if objs, _ := sc.objectsAfter(j+n, 0); len(objs) == 1 && objs[0].typ == graph.Person && objs[0].id != rg.speaker.id {
				sc.claim(rg.speaker, graph.Criticized, objs[0], joinItems(items[k+1:j+n]), confReported)
			}
			continue
		}
		// "the government should have acted sooner", "Labour should not
		// have sold it": what someone should have done and did not is a
		// reproach. ("must have known" guesses, "should have been told"
		// is done to them.)
		if items[k+1].is("must") {
			continue
		}
		if j < len(items) && items[j].is("not") {
			j++
		}
		if j+1 < len(items) && j < rg.to && items[j].is("have") && items[j+1].m == nil && isLowerWord(items[j+1].low) && !items[j+1].is("been", "had", "to") {
			sc.claim(rg.speaker, graph.Criticized, obj, joinItems(items[k+1:j+2]), confReported)
		}
	}
}

// criticismReceived reads criticism told from the side of the one who
// receives it ([criticism-received]): "Labour came under fire from the
// Tories", "the plan faced criticism over cuts from unions". The one
// after "from" criticises the subject. What a speaker reports is not
// read as fact. So are accusations ([accusation-received]: "Quill Bank
// is facing a lawsuit from X").
func (sc *sentence) criticismReceived() {
	r := sc.ar.x.rules
	if sc.may(r.criticismReceived) {
		sc.received("criticism-received", graph.Criticized)
	}
	if sc.may(r.accusationReceived) {
		sc.received("accusation-received", graph.Accused)
	}
}

// likenedToVillain reads a party likened or compared to a villain
// ([villain]): "likened Tom Reed to a dictator", "compared the minister
// to Hitler" criticise him. A speaker's report is its own claim.
func (sc *sentence) likenedToVillain() {
	if !sc.hasCue(cueLiken) {
		return
	}
	items := sc.items
	r := sc.ar.x.rules
	for v := 1; v+3 < len(items); v++ {
		if items[v].m != nil || items[v].quoted || !items[v].is("likened", "likens", "likening", "compared", "compares", "comparing") || sc.negated(v) {
			continue
		}
		objs, next := sc.objectsAfter(v+1, 0)
		if len(objs) == 0 || next >= len(items) || !items[next].is("to", "with") {
			continue
		}
		t := next + 1
		for t < len(items) && t <= next+3 && items[t].m == nil && items[t].is("a", "an", "the", "some", "latter-day", "modern-day") {
			t++
		}
		if t >= len(items) || items[t].m != nil && !r.in("villain", strings.ToLower(items[t].m.surface)) || items[t].m == nil && r.phraseAt(items, t, "villain") == 0 {
			continue // "compared Tom Reed to Hitler": a villain's name is a mention
		}
		subj := sc.subjectBefore(v)
		for _, o := range objs {
			if subj != nil && o.id != subj.id && o.kind != byEvent {
				sc.claim(subj, graph.Criticized, o, joinItems(items[v:v+1]), confVerb)
			}
		}
	}
}

// blameLaid reads blame laid on a party with words between the blame
// and the party: "laid the blame squarely on X", "placed the blame for
// the crisis on X", "put the blame for the losses at the door of X"
// (the lexicon's [accuse] has the phrases with nothing between). The
// subject accuses the party; a speaker's report is its own claim.
func (sc *sentence) blameLaid() {
	if !sc.hasCue(cueBlame) {
		return
	}
	items := sc.items
	for i := 1; i+3 < len(items); i++ {
		if items[i].m != nil || !items[i].is("blame") || !items[i-1].is("the") || i < 2 ||
			!items[i-2].is("laid", "lays", "laying", "put", "puts", "putting", "placed", "places", "placing", "pinned", "pins", "pinning") {
			continue
		}
		v := i - 2
		if items[v].quoted || sc.negated(v) || sc.modal(v) {
			continue
		}
		for j := i + 2; j+1 < len(items) && j <= i+7; j++ {
			if items[j].is(",", ";", ".", "and", "but") || items[j].m != nil && !items[j].m.modifier {
				break
			}
			a := -1
			switch {
			case items[j].is("on", "upon"):
				a = j + 1
			case j+3 < len(items) && items[j].is("at") && items[j+1].is("the") && items[j+2].is("door", "doors", "feet") && items[j+3].is("of"):
				a = j + 4
			}
			if a < 0 {
				continue
			}
			objs, _ := sc.objectsAfter(a, 0)
			subj := sc.subjectBefore(v)
			for _, o := range objs {
				if subj != nil && o.kind != byEvent && o.typ != graph.Place && o.id != subj.id {
					sc.claim(subj, graph.Accused, o, joinItems(items[v:i+1]), confVerb)
				}
			}
			break
		}
	}
}

// criticismAnswered reads criticism told as a noun with its giver
// after "from" or "by", answered by the clause's subject
// ([criticism-answered]): "Tony Blair defended his record against
// criticism from Michael Howard", "hit back at attacks from", "brushed
// off criticism by". The giver criticises the one named between the
// verb and the answer ("defended Mr Brown against attacks from X"), else
// the subject. What a speaker reports is not read as fact; attacks from
// an armed force are not words.
func (sc *sentence) criticismAnswered() {
	items := sc.items
	r := sc.ar.x.rules
	if !sc.mayList("criticism-noun") || !sc.mayList("criticism-answered") && !sc.mayStart("criticism-answered") {
		return
	}
	for i := 2; i+2 < len(items); i++ {
		if items[i].m != nil || !r.itemIn(items, i, "criticism-noun") || items[i].quoted || items[i].reported || !items[i+1].is("from", "by") {
			continue
		}
		// The answer ends right before the noun, or up to two words
		// that describe the criticism before it: "fierce", "renewed".
		s := -1
		for e := i - 1; s < 0 && e > 0 && e >= i-3; e-- {
			for b := e; b >= 0 && b >= e-3; b-- {
				if r.phraseAt(items, b, "criticism-answered") == e-b+1 {
					s = b
					break
				}
			}
			if items[e].m != nil || !isLowerWord(items[e].low) || preposition[items[e].low] && s < 0 {
				break
			}
		}
		if s < 0 || sc.negated(s) {
			continue
		}
		critics, _ := sc.objectsAfter(sc.nameIndex(i+2), 0)
		if len(critics) == 0 {
			continue
		}
		var target *mention
		for j := s - 1; j >= 0 && j >= s-4; j-- {
			if m := items[j].m; m != nil {
				if !m.modifier && m.kind != byEvent && (m.typ == graph.Person || m.typ == graph.Organization) && !(j+1 < s && items[j+1].tok.isPossessive()) {
					target = m // "defended Mr Brown against attacks from X"
				}
				break
			}
		}
		for v := s; target == nil && v > 0 && v >= s-4; v-- {
			target = sc.subjectBefore(v) // past the verb and its object: "defended his record against"
		}
		if target == nil || target.kind == byEvent {
			continue
		}
		for _, c := range critics {
			if c.id == target.id || sc.ar.armed(sc.argID(c, graph.Attacked, true)) {
				continue
			}
			if strings.HasPrefix(items[i].low, "attack") && !sc.verbal(c, target) && !sc.ar.party(c.id) {
				continue // "defended its action after attacks from Hamas": no words
			}
			sc.claim(c, graph.Criticized, target, joinItems(items[i:i+1]), confPassive)
		}
	}
}

// received reads a section's phrase of something received "from" its
// giver: the giver does p to the subject.
func (sc *sentence) received(section string, p graph.Predicate) {
	items := sc.items
	r := sc.ar.x.rules
	for i := range items {
		n := r.phraseAt(items, i, section)
		if n == 0 && p == graph.Criticized && items[i].m == nil && drawsCriticism(items[i].low) {
			// "faced stinging criticism from": adjectives between.
			for k := i + 1; k < len(items) && k <= i+3 && items[k].m == nil && isLowerWord(items[k].low); k++ {
				if items[k].is("criticism", "criticisms") {
					n = k - i + 1
					break
				}
			}
		}
		if n == 0 || items[i].quoted || items[i].reported || sc.negated(i) {
			continue
		}
		for b := i + n; b < len(items) && b <= i+n+4 && !items[b].is(",", ";", "and", "but"); b++ {
			if !items[b].is("from") {
				continue
			}
			subj := sc.subjectBefore(i)
			for j := i - 1; subj == nil && j >= 2 && j >= i-5 && items[j].m == nil && isLowerWord(items[j].low); j-- {
				if items[j-1].tok.isPossessive() && items[j-2].m != nil {
					subj = items[j-2].m // "Labour's plans drew criticism": the owner's
				}
			}
			if subj != nil {
				critics := append(sc.sourcesAt(b+1), sc.alsoFrom(b)...)
				if o := sc.ownParty(b+1, subj); len(critics) == 0 && o != nil {
					critics = append(critics, o) // "faced criticism from his own party"
				}
				for _, c := range critics {
					q := p
					arms := sc.ar.armed(sc.argID(c, graph.Attacked, true)) || sc.weaponOf(b+1)
					if p == graph.Criticized && (sc.ar.territory(subj.id) && (sc.ar.ents[subj.id].Type == graph.Place && subj.state == "" || arms) ||
						sc.ar.armed(subj.id) && arms) {
						// "Kharkiv came under attack from Russian forces":
						// a town under fire, or a place or troops under
						// fire from arms, is struck (a capital stands for
						// its state: "Paris came under fire from
						// Washington"; "Kyiv was under attack from Russian
						// missiles").
						q = graph.Attacked
					}
					sc.claim(c, q, subj, joinItems(items[i:i+n]), confPassive)
				}
			}
			break
		}
	}
}

// alsoFrom returns the sources of a second "and from" in the clause of
// the "from" at items[b]: "faced criticism from lawmakers who held
// hearings and from the regulator, the Office of Fair Trading".
func (sc *sentence) alsoFrom(b int) []*mention {
	items := sc.items
	for f := b + 2; f+1 < len(items) && f <= b+25; f++ {
		if items[f].is(";", ".", ":") || items[f].quoted {
			return nil
		}
		if items[f].is("from") {
			if !items[f-1].is("and") {
				return nil // "who moved from X and from Y": a "from" of its own
			}
			return sc.sourcesAt(f + 1)
		}
	}
	return nil
}

// sourcesAt returns the parties named at items[k] as the source of
// something received, past a description of a few words set off by a
// comma before the name ("government regulator, the Office of Fair
// Trading").
func (sc *sentence) sourcesAt(k int) []*mention {
	items := sc.items
	for c := k; c < len(items) && c <= k+3; c++ {
		if items[c].is(",") {
			if c > k {
				if objs, _ := sc.objectsAfter(c+1, 0); len(objs) > 0 {
					return objs
				}
			}
			break
		}
		if !isLowerWord(items[c].low) && !(items[c].m != nil && items[c].m.typ == graph.Country && c == k) {
			break
		}
	}
	objs, _ := sc.objectsAfter(k, 0)
	return objs
}

// thatUntrue reads a speaker's "that was not true" or "this is nonsense",
// at the head of its words, as its denial of what it was accused of:
// "X accused Ann Lee of lying. Ann Lee said that was not true." The
// pronoun is at items[i], the false word of n items at items[f], which
// must end the clause: not "said that was wrong of them", "this is false
// economy".
func (sc *sentence) thatUntrue(i, f, n int) {
	items := sc.items
	sp := sc.speakerAt(i)
	if sp == nil || items[i].quoted && i > 0 && !items[i-1].is("\"", "“") {
		return
	}
	if f+n < len(items) && !items[f+n].is(".", ",", ";", "\"", "”", "and", "but") {
		return
	}
	if o, _ := sc.ar.accuserOf(sp, nil, confReported); o == nil || o.id == sp.id {
		return // no charge against the speaker told before
	}
	sc.denial(sp, i, joinItems(items[f:f+n]), confReported)
}

// complainedAbout reads a complaint made to a body about a party, which
// accuses the party: "complained to the Information Commissioner about
// Labour", "lodged a complaint with the regulator over X" (`[complain]`).
func (sc *sentence) complainedAbout(i, n int) {
	items := sc.items
	if sc.negated(i) || items[i].reported {
		return
	}
	k := i + n
	if k < len(items) && items[k].is("to", "with") {
		// Past the body complained to: "to the regulator", "to Ofcom".
		for k++; k < len(items) && k <= i+n+6 && !items[k].is("about", "over", "against"); k++ {
			if items[k].is(",", ";", ".", "that", "and") {
				return
			}
		}
	}
	if k+1 >= len(items) || !items[k].is("about", "over", "against") {
		return
	}
	subj := sc.subjectBefore(i)
	if subj == nil {
		return
	}
	objs, _ := sc.objectsAfter(k+1, 1)
	for _, o := range objs {
		if o.id != subj.id && o.typ != graph.Place {
			sc.claim(subj, graph.Accused, o, joinItems(items[i:i+n]), confNominal)
		}
	}
}

// complaintFrom reads a complaint told as a noun with its maker and its
// target: "a complaint from the Lib Dems about how Labour uses its call
// centres", "complaints by X over Y".
func (sc *sentence) complaintFrom(i int) {
	items := sc.items
	if i+3 >= len(items) || !items[i+1].is("from", "by") {
		return
	}
	f := i + 2
	if items[f].is("the") {
		f++
	}
	if f >= len(items) || items[f].m == nil || items[f].m.modifier || items[f].m.kind == byEvent {
		return
	}
	by := items[sc.head(f)].m
	k := sc.head(f) + 1
	if k+1 >= len(items) || !items[k].is("about", "over", "against") {
		return
	}
	k++
	if items[k].is("how", "the") && k+1 < len(items) {
		k++ // "about how Labour uses", "about the way X"
		if items[k].is("way") && k+1 < len(items) {
			k++
		}
	}
	objs, _ := sc.objectsAfter(k, 1)
	for _, o := range objs {
		if o.id != by.id && o.typ != graph.Place {
			sc.claim(by, graph.Accused, o, items[i].tok.text, confNominal)
		}
	}
}

// weaponOf reports whether the party named from items[k] is named as the
// owner of weapons: "from Russian missiles", "from Israeli drones".
func (sc *sentence) weaponOf(k int) bool {
	items := sc.items
	for j := k; j < len(items) && j <= k+2; j++ {
		if items[j].m != nil {
			w := sc.head(j) + 1
			return w < len(items) && items[w].m == nil && sc.ar.x.rules.itemIn(items, w, "weapon-noun")
		}
	}
	return false
}

// culpritNamed reads a party named as the one to blame: "a statement
// citing the Ukrainian government as the perpetrator", "police named X
// as the culprit", "identified X as responsible" ([culprit-noun]).
func (sc *sentence) culpritNamed() {
	if !sc.may(sc.ar.x.rules.culpritNoun) {
		return
	}
	items := sc.items
	r := sc.ar.x.rules
	for i := range items {
		if items[i].m != nil || !namesCulprit(items[i].low) || sc.negated(i) {
			continue
		}
		objs, next := sc.objectsAfter(i+1, 0)
		if len(objs) == 0 || next >= len(items) || !items[next].is("as") {
			continue
		}
		c := next + 1
		if c < len(items) && items[c].is("the") {
			c++
		}
		if r.phraseAt(items, c, "culprit-noun") == 0 {
			continue
		}
		subj := sc.subjectBefore(i) // "X published a statement citing Y as ...": X
		for _, o := range objs {
			sc.claim(subj, graph.Accused, o, items[i].tok.text+" as "+joinItems(items[c:c+r.phraseAt(items, c, "culprit-noun")]), confNominal)
		}
	}
}

// drawsCriticism reports whether w is a verb that, with adjectives and
// "criticism" after it, receives criticism: "faced stinging criticism".
func drawsCriticism(w string) bool {
	switch w {
	case "faced", "faces", "facing", "face", "drew", "draws", "drawn", "attracted", "attracts":
		return true
	}
	return false
}

// namesCulprit reports whether w is a verb that names a party as
// something: "citing X as", "named X as", "identified X as".
func namesCulprit(w string) bool {
	switch w {
	case "citing", "cited", "cites", "cite", "named", "names", "naming", "identified", "identifies", "identifying":
		return true
	}
	return false
}

// rebuttalReach is how far back, in bytes, the charge a rebuttal answers
// may have been told: a paragraph or two.
const rebuttalReach = 600

// rebuttal: another speaker who says that the one accused just before was
// not, did not or had not done something answers the charge for them:
// "The Tories said she broke a convention. Downing Street said she was
// not expressing political opinions." The speaker denies the accuser.
func (sc *sentence) rebuttal() {
	acc := sc.ar.accusations
	if len(acc) == 0 {
		return
	}
	last := acc[len(acc)-1]
	if last.Start >= sc.s.Start || last.End < sc.s.Start-rebuttalReach {
		return // none, or none told in an earlier sentence close by
	}
	accused, accuser := sc.ar.ents[last.Object], sc.ar.ents[last.Subject]
	if accused == nil || accuser == nil || accused.Type == graph.Event {
		return
	}
	items := sc.items
	for _, rg := range sc.regions {
		k := rg.from
		if k < len(items) && items[k].is("that") {
			k++
		}
		if k+2 >= rg.to || k+2 >= len(items) || rg.speaker.id == accused.ID || rg.speaker.modifier || sc.ar.affiliated(rg.speaker.id, accuser.ID) {
			// The accused's own "he did not know the date" is no answer
			// to the charge (the innocence and denial rules read theirs),
			// nor is the accuser's own member's "she was not fit".
			continue
		}
		// The clause's subject is the one accused, by name or pronoun.
		switch it := items[k]; {
		case it.m != nil:
			if it.m.id != accused.ID {
				continue
			}
		case it.is("he", "she"):
			if accused.Type != graph.Person || !sc.ar.fits(accused.ID, it.low) {
				continue
			}
		case it.is("it", "they"):
			if accused.Type == graph.Person {
				continue
			}
		default:
			continue
		}
		// Then a negated verb: "was not", "had not", "did not", "never".
		if !items[k+1].is("never") && !(items[k+1].is("was", "is", "were", "are", "had", "has", "have", "did", "does", "do") && items[k+2].is("not", "n't", "never")) {
			continue
		}
		sc.claim(rg.speaker, graph.Denied, &mention{id: accuser.ID, typ: accuser.Type}, joinItems(items[k+1:k+3]), confPronoun)
	}
}

// accusedInSpeech: a speaker who says someone "stands accused" of
// wrongdoing, with no accuser named, makes the accusation: "'He stands
// accused of breaching the code,' she said."
func (sc *sentence) accusedInSpeech() {
	if len(sc.regions) == 0 || !sc.mayStart("accuse") {
		return // no phrase of [accuse] to read in what is said
	}
	items := sc.items
	r := sc.ar.x.rules
	for _, rg := range sc.regions {
		for k := rg.from + 1; k < rg.to && k < len(items); k++ {
			n := r.phraseAt(items, k, "accuse")
			if n == 0 || !items[k-1].is("stands", "stand", "is", "was", "are", "were", "been", "being") || sc.negated(k) {
				continue
			}
			if k+n < len(items) && (items[k+n].is("by") || k+n+1 < len(items) && items[k+n+1].is("by")) {
				continue // the accuser is named: see passiveRule
			}
			j := k - 2
			for j > rg.from && items[j].m == nil && skipWord(items[j].low) {
				j--
			}
			if j > 0 && items[j-1].is("if", "unless", "whether") {
				continue // "he will be happy if he is charged": no charge yet
			}
			var x *mention
			switch {
			case j >= rg.from && items[j].m != nil && !items[j].m.modifier:
				x = items[j].m
			case j >= rg.from && items[j].is("he", "she"):
				x = sc.recentPerson(items[j].low, rg.speaker)
			}
			if x != nil && x.id != rg.speaker.id {
				sc.claim(rg.speaker, graph.Accused, x, joinItems(items[k:k+n]), rg.conf)
			}
		}
	}
}

// falseClaim: a speaker who says a claim "is false" denies it: "X told a
// court that the charges against him were false".
func (sc *sentence) falseClaim(i int) {
	items := sc.items
	r := sc.ar.x.rules
	sp := sc.speakerAt(i)
	from := i + 1
	if sp == nil {
		// "Responding to the claims, X said they were nonsense": a
		// pronoun at the head of the words said stands for the claims
		// the sentence opened with.
		for _, rg := range sc.regions {
			if rg.from > i {
				p := rg.from
				if p < len(items) && items[p].is("that") {
					p++
				}
				if p < len(items) && items[p].is("they", "it", "these", "this") {
					sp, from = rg.speaker, p+1
				}
				break
			}
		}
		if sp == nil {
			return
		}
	}
	clause := false // a clause of the claim's own: "claims Ms Kelly was in charge of X were not true"
	for k := from; k < len(items) && k < from+16; k++ {
		if items[k].is(".", ";", "but", ",") {
			return
		}
		if items[k].is("is", "are", "was", "were", "been") {
			for f := k + 1; f < len(items) && f <= k+6; f++ {
				if n := r.phraseAt(items, f, "false-word"); n > 0 && !sc.negated(f) {
					if o := sc.claimOwner(i, sp); o != nil && o.id != sp.id {
						sc.claim(sp, graph.Denied, o, joinItems(items[f:f+n]), confReported)
					} else {
						sc.denial(sp, i, joinItems(items[f:f+n]), confReported)
					}
					return
				}
			}
			// The claim's own clause, told with a name or a pronoun
			// right after the claim: its verb is not the one that
			// judges the claim.
			if clause || k-from > 3 || !(items[from].m != nil || items[from].is("that") || pronounWord[items[from].low]) {
				return
			}
			clause = true
			continue
		}
		if k-from >= 9 && !clause {
			return
		}
	}
}

// thatIsFalse reports whether the pronoun at items[i] opens a clause of
// its own that calls it false and ends there: "It is a lie.", "That is
// rubbish," "This is complete nonsense." (Not "it was wrong to cut
// jobs", a judgment of an act, which goes on past the word.)
func (sc *sentence) thatIsFalse(i int) bool {
	items := sc.items
	if i > 0 && !items[i-1].is("\"", "“", ":", ",", ".", "and", "but") || i+2 >= len(items) || !items[i+1].is("is", "was", "'s") {
		return false
	}
	r := sc.ar.x.rules
	for f := i + 2; f < len(items) && f <= i+5; f++ {
		if n := r.phraseAt(items, f, "false-word"); n > 0 {
			e := f + n
			return e >= len(items) || items[e].is(".", ",", "!", ";", "”", "\"", "and", "but")
		}
	}
	return false
}

// inCharge reports whether "charge" at items[i] is a duty, not an
// accusation: "was in charge of the budget".
func inCharge(items []item, i int) bool {
	return items[i].low == "charge" && i > 0 && items[i-1].is("in")
}

// violent reports whether the sentence speaks of violence.
func (sc *sentence) violent() bool {
	for _, it := range sc.items {
		if it.m == nil && sc.ar.x.rules.has(it, "violence") {
			return true
		}
	}
	return false
}

// retort: "X hit back by saying Tory attitudes had kept the party out
// of power" criticises the first party named in what X said.
func (sc *sentence) retort(i, n int) {
	items := sc.items
	k := i + n
	for k < len(items) && items[k].is("by", ",", ":", "that", "saying", "arguing", "insisting", "claiming") {
		k++
	}
	if k == i+n {
		return // "hit back" with no words said
	}
	if sc.ar.x.rules.phraseAt(items, k, "accuse") > 0 {
		return // "hit back, accusing Labour of ...": the accusation says it
	}
	subj := sc.subjectBefore(i)
	if subj == nil {
		return
	}
	for j := k; j < len(items) && j < k+6; j++ {
		if m := items[j].m; m != nil && m.kind != byEvent && m.typ != graph.Place && m.id != subj.id {
			sc.claim(subj, graph.Criticized, m, joinItems(items[i:i+n]), confReported)
			return
		}
	}
}

// described: "X described the US legal code as outdated", "X dismissed
// Yukos' legal wrangling as meaningless": a party, or the owner of what
// is described, called by a word of criticism.
func (sc *sentence) described(i, n int) {
	items := sc.items
	r := sc.ar.x.rules
	if i > 0 && items[i-1].is("was", "were", "been", "being", "is", "are") {
		sc.describedBy(i, n) // "have been described as irresponsible by X"
		return               // "dismissed by the ministry as absurd": see passiveRule
	}
	as := -1
	for k := i + n; k < len(items) && k < i+n+8; k++ {
		if items[k].is("as") {
			as = k
			break
		}
	}
	if as < 0 {
		// "branded Mr Howard arrogant", "dubbed the proposals an abuse
		// of power": the object, then the words it is called.
		for k := i + n; k < len(items) && k < i+n+6; k++ {
			if items[k].m != nil && !items[k].m.modifier {
				e := k + 1
				if e < len(items) && items[e].tok.isPossessive() {
					e++
				}
				for e < len(items) && e < k+4 && items[e].m == nil && isLowerWord(items[e].low) && !r.itemIn(items, e, "criticism-cue") &&
					r.phraseAt(items, e, "criticism-cue") == 0 && !items[e].is("a", "an", "the") {
					e++
				}
				as = e - 1
				break
			}
		}
		if as < 0 {
			return
		}
	}
	// To dismiss something as anything is to belittle it: "dismissed
	// the Budget as \"vote now, pay later\" plans".
	cue := strings.HasPrefix(items[i].low, "dismiss") && items[as].is("as")
	for f := as + 1; f < len(items) && f <= as+4 && !cue; f++ {
		if r.phraseAt(items, f, "criticism-cue") > 0 || r.phraseAt(items, f, "false-word") > 0 {
			cue = true
			break
		}
	}
	if !cue {
		return
	}
	var obj *mention
	for k := i + n; k <= as; k++ {
		if m := items[k].m; m != nil && !m.modifier && m.kind != byEvent && m.typ != graph.Place {
			if k+2 < len(items) && items[k+1].tok.isPossessive() && (r.itemIn(items, k+2, "claim-noun") || r.itemIn(items, k+2, "accusation-noun")) {
				return // "dismissed Ed Bale's claims as nonsense": a denial, not a judgment of him
			}
			obj = m
			break
		}
		if r.itemIn(items, k, "claim-noun") || r.itemIn(items, k, "accusation-noun") {
			return // "dismissed the claims as lies": a denial (see nounRules)
		}
	}
	if p := sc.proposalAfter(i + n); obj == nil && p >= 0 && p < as {
		obj, _ = sc.planOwner(p) // "Labour unveiled plans ... The Tories dismissed the plan as desperate"
	}
	subj := sc.describer(i)
	if subj == nil || obj == nil {
		return
	}
	sc.claim(subj, graph.Criticized, obj, joinItems(items[i:i+n]), confNominal)
}

// describedBy reads a description told in the passive, its words and
// then its author: "Her comments have been described as 'irresponsible'
// by the IHRC", "Labour's plans were branded a shambles by the Tories".
// The author criticises whoever made the thing described.
func (sc *sentence) describedBy(i, n int) {
	items := sc.items
	r := sc.ar.x.rules
	k := i + n
	var authors []*mention
	if k+2 < len(items) && items[k].is("by") {
		// "was described by the Lib Dems as shambolic", "were dismissed
		// by Labour as unworkable": the author first, then the words.
		var next int
		if authors, next = sc.objectsAfter(k+1, 0); len(authors) == 0 || next >= len(items) || !items[next].is("as") {
			return
		}
		cue := strings.HasPrefix(items[i].low, "dismiss") // to dismiss something as anything belittles it
		for f := next + 1; f < len(items) && f <= next+4 && !cue; f++ {
			cue = r.phraseAt(items, f, "criticism-cue") > 0 || r.phraseAt(items, f, "false-word") > 0
		}
		if !cue {
			return
		}
	} else {
		if k >= len(items) || !items[k].is("as") && !r.itemIn(items, k, "criticism-cue") && r.phraseAt(items, k, "criticism-cue") == 0 &&
			!items[k].is("a", "an", "\"", "“", "‘") {
			return
		}
		cue, by := false, -1
		for f := k; f < len(items) && f < k+12; f++ {
			if r.phraseAt(items, f, "criticism-cue") > 0 || r.phraseAt(items, f, "false-word") > 0 {
				cue = true
			}
			if items[f].is("by") {
				by = f
				break
			}
			if items[f].m != nil || items[f].is(".", ";") {
				return
			}
		}
		if !cue || by < 0 || by+1 >= len(items) {
			return
		}
		authors, _ = sc.objectsAfter(by+1, 0)
	}
	// What is described: the maker of the thing before the verb.
	j := i - 1
	for j >= 0 && items[j].m == nil && skipWord(items[j].low) {
		j--
	}
	if c := sc.deniedClaimSubject(i); c >= 0 && sc.falseVerdict(i+n) {
		// "Reports that he will quit have been described as idle
		// speculation by Downing Street": the claims, denied.
		for _, a := range authors {
			if a.modifier {
				continue
			}
			if o := sc.ownerOfClaimAt(c); o != nil && o.id != a.id {
				sc.claim(a, graph.Denied, o, joinItems(items[i:i+n]), confPassive)
				continue
			}
			sc.denial(a, c, joinItems(items[i:i+n]), confPassive)
		}
		return
	}
	var obj *mention
	switch {
	case j >= 0 && items[j].m != nil && !sc.governed(items[j].m):
		obj = items[j].m // "Labour was branded a shambles by"; not "plans to store waste in the UK have been"
	case j >= 2 && items[j-1].tok.isPossessive() && items[j-2].m != nil:
		obj = items[j-2].m // "Jane Orme's comments"
	case j >= 1 && items[j-1].is("his", "her"):
		obj = sc.recentPerson(pronounOf(items[j-1]), nil) // "Her comments"
	case j >= 1 && items[j-1].m != nil && r.itemIn(items, j, "judged-thing"):
		obj = items[j-1].m // "The Tory plans were branded a shambles by Labour"
	}
	if obj == nil || obj.modifier || obj.kind == byEvent || obj.typ == graph.Place {
		return
	}
	for _, a := range authors {
		if a.id != obj.id && !a.modifier {
			sc.claim(a, graph.Criticized, obj, joinItems(items[i:i+n]), confPassive)
		}
	}
}

// describedNoun reports whether items[from:to] are lowercase words
// only, the describing words between an article and its noun ("thinly
// veiled", "scathing").
func describedNoun(items []item, from, to int) bool {
	for k := from; k < to; k++ {
		if items[k].m != nil || !isLowerWord(items[k].low) {
			return false
		}
	}
	return true
}

// verbalAttack: "his attack on Labour", "Mr Fox's attack on the
// government": an attack without violence, told as a noun, is the
// possessor's criticism.
func (sc *sentence) verbalAttack(i, n int) {
	items := sc.items
	p := 0 // the words that point the noun at its object
	switch {
	case i+n+1 >= len(items):
	case items[i+n].is("on", "against", "at"):
		p = 1
	case items[i+n].is("aimed", "directed", "targeted") && items[i+n+1].is("at"):
		p = 2 // "an outburst aimed at the BBC"
	case items[i+n].is("of") && (strings.HasPrefix(items[i].low, "criticism") || items[i].is("condemnation", "denunciation")):
		// "his criticism of Labour"; "criticisms of the way Mr Blunkett
		// introduced the rules" are of the one who did it.
		p = 1
		if i+n+3 < len(items) && items[i+n+1].is("the") && items[i+n+2].is("way") {
			p = 3
			if items[i+n+3].is("in") && i+n+5 < len(items) && items[i+n+4].is("which") {
				p = 5
			}
		}
	}
	if p == 0 || i+n+p >= len(items) || !strings.HasPrefix(items[i].low, "attack") && !sc.ar.x.rules.has(items[i], "criticism-noun") {
		return
	}
	obj := sc.nameAt(i + n + p)
	if obj == nil || obj.modifier || obj.typ == graph.Place || obj.kind == byEvent {
		return
	}
	var subj *mention
	switch {
	case sc.launchedBefore(i) >= 0:
		// "X launched a scathing attack on Labour", "X made a fierce
		// attack on the Tories": words (the caller has checked that the
		// sentence tells no violence).
		j := sc.launchedBefore(i)
		if subj = sc.subjectBefore(j); subj == nil {
			subj = sc.participleSubject(j)
		}
	case sc.voicedBefore(i) >= 0:
		// "X voiced criticism of Y", "X renewed her criticism of Y".
		j := sc.voicedBefore(i)
		if !sc.negated(j) {
			subj = sc.subjectBefore(j)
		}
	case i > 1 && items[i-1].tok.isPossessive() && items[i-2].m != nil:
		if s := sc.ar.ents[sc.argID(items[i-2].m, graph.Attacked, true)]; s != nil && s.Type == graph.Country {
			return // "Russia's attacks on Ukraine must stop": a state's attacks are strikes
		}
		subj = items[i-2].m
	case i > 0 && items[i-1].is("his", "her"):
		cp := items[i-1]
		cp.low = "him"
		saved := items[i-1]
		items[i-1] = cp
		subj = sc.personPronounAt(i-1, obj)
		items[i-1] = saved
	case i > 2 && items[i-1].is("a", "an") && items[i-2].is("with") && !items[i-3].is("met", "meets", "hit", "struck", "faced"):
		// "Liam Fox had opened the forum with an attack on Labour's
		// record": the sentence's subject, who spoke; "Tory
		// co-chairman Liam Fox": the person past the body's title.
		if subj = sc.firstAgent(); subj != nil && subj.typ != graph.Person {
			for k := range items {
				if items[k].m == subj {
					if m := sc.titledPersonAfter(k, i); m != nil {
						subj = m
					}
					break
				}
			}
		}
	case i > 1 && i < 6 && items[0].is("in") && items[1].is("a", "an") && describedNoun(items, 2, i):
		// "In a swipe at Quill Bank, Tom Reed said ...", "In a thinly
		// veiled attack on X, ...": the main clause's subject, right
		// after the opening phrase.
		for c := i + n + p; c < len(items) && c < i+n+p+6; c++ {
			if items[c].is(",") {
				if c+1 < len(items) {
					if m := items[c+1].m; m != nil && (m.typ == graph.Person || m.typ == graph.Organization) {
						subj = m
					}
				}
				break
			}
		}
	}
	if subj == nil || subj.id == obj.id {
		return
	}
	sid, oid := sc.argID(subj, graph.Criticized, true), sc.argID(obj, graph.Criticized, false)
	if slices.ContainsFunc(sc.attacks, func(c graph.Claim) bool { return c.Subject == sid && c.Object == oid }) {
		return // "Russia launched an attack on Ukraine": a strike the sentence told, not words
	}
	sc.claim(subj, graph.Criticized, obj, joinItems(items[i:i+n]), confNominal)
}

// voicedBefore returns where a verb that voices the noun at items[i]
// stands ("voiced criticism", "renewed his criticism", "echoed the
// criticisms"), with only a determiner, a possessive pronoun or
// adjectives between, or -1.
func (sc *sentence) voicedBefore(i int) int {
	j, n := sc.verbBefore(i, func(j int) int { return sc.ar.x.rules.phraseAt(sc.items, j, "voice") })
	if j < 0 || j+n > i {
		return -1
	}
	return j
}

// launchedBefore returns where a verb that launches or makes the noun
// at items[i] stands ("launched a scathing attack", "made an attack"),
// with only an article and adjectives between, or -1.
func (sc *sentence) launchedBefore(i int) int {
	items := sc.items
	j, _ := sc.verbBefore(i, func(j int) int {
		if sc.ar.x.rules.phraseAt(items, j, "launch") > 0 || items[j].is("made", "makes", "making", "delivered", "delivers") {
			return 1
		}
		return 0
	})
	// One attack, told with "a": "unleashed its most intense attacks on
	// Ukraine" is a campaign of strikes.
	if j < 0 || j+1 >= i || !items[j+1].is("a", "an") || strings.HasSuffix(items[i].low, "s") {
		return -1
	}
	return j
}

// verbBefore returns where, within four words before the noun at
// items[i] and with only words in lower case between, the first verb
// that at finds starts (at returns its length in items, or 0), and its
// length; or -1 and 0. A name or a quotation between stops the search.
func (sc *sentence) verbBefore(i int, at func(j int) int) (int, int) {
	items := sc.items
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		it := items[j]
		if it.m != nil || it.quoted {
			return -1, 0
		}
		if n := at(j); n > 0 {
			return j, n
		}
		if !isLowerWord(it.low) {
			return -1, 0
		}
	}
	return -1, 0
}

// investigatedClaims: "the programme investigated claims that Labour's
// agency was to blame" investigates the party the claims are about.
func (sc *sentence) investigatedClaims(i, n int) {
	items := sc.items
	r := sc.ar.x.rules
	k := i + n
	for k < len(items) && items[k].is("the", "these", "those", "fresh", "new", "a", "an") {
		k++
	}
	if k+1 < len(items) && items[k].is("whether") && k == i+n {
		// "is investigating whether Wal-Mart hid losses": the party
		// the question is about, when it opens the clause.
		j := k + 1
		if items[j].is("the") && j+1 < len(items) {
			j++
		}
		if m := items[j].m; m != nil && !m.modifier && m.kind != byEvent && m.typ != graph.Place {
			if subj := sc.subjectBefore(i); subj != nil {
				sc.claim(subj, graph.Investigates, items[sc.head(j)].m, joinItems(items[i:i+n]), confNominal)
			}
		}
		return
	}
	if k+1 >= len(items) || !(r.itemIn(items, k, "claim-noun") || r.itemIn(items, k, "accusation-noun")) {
		return
	}
	if k+3 < len(items) && items[k+1].is("from", "by") {
		// "a complaint from the Lib Dems about Labour"
		f := k + 2
		if items[f].is("the") && f+1 < len(items) {
			f++
		}
		if items[f].m != nil {
			k = f
		}
	}
	if k+1 >= len(items) || !items[k+1].is("that", "of", "about", "against", "over") {
		return
	}
	subj := sc.subjectBefore(i)
	if subj == nil {
		return
	}
	for j := k + 2; j < len(items) && j < k+8; j++ {
		if m := items[j].m; m != nil && !m.modifier && m.kind != byEvent && m.typ != graph.Place {
			o := sc.head(j)
			sc.claim(subj, graph.Investigates, items[o].m, joinItems(items[i:i+n]), confNominal)
			return
		}
	}
}

// investigationBy: "an investigation by the Serious Fraud Office into
// BAE Systems" names both sides around the noun.
func (sc *sentence) investigationBy(i, n int) {
	items := sc.items
	k := i + n
	if k >= len(items) || !items[k].is("into", "of") {
		sc.cooperatesWith(i) // not "helping the SEC investigation into X": X is investigated
	}
	if k+1 >= len(items) || !items[k].is("by") {
		return
	}
	a := k + 1
	if items[a].is("the") && a+1 < len(items) {
		a++
	}
	by := items[a].m
	if by == nil || by.modifier {
		return
	}
	for j := a + 1; j+1 < len(items) && j < a+4; j++ {
		if items[j].is("into") {
			if objs, _ := sc.objectsAfter(j+1, 1); len(objs) > 0 {
				for _, o := range objs {
					sc.claim(by, graph.Investigates, o, joinItems(items[i:i+n]), confNominal)
				}
			}
			return
		}
	}
	// "An investigation by the Standards Board is under way following
	// allegations that X has brought his office into disrepute": the
	// party the charge that prompted it names.
	for j := a + 1; j+2 < len(items) && j < a+9; j++ {
		if items[j].is("following", "after", "amid", "over") {
			if f := sc.pastCharge(j + 1); f > j+1 {
				if objs, _ := sc.objectsAfter(f, 1); len(objs) > 0 && objs[0].id != by.id {
					sc.claim(by, graph.Investigates, objs[0], joinItems(items[i:i+n]), confNominal)
				}
			}
			return
		}
	}
	// "Quill Bank is the subject of an inquiry by the FSA", "the target
	// of a probe by the SEC": what the sentence is about was probed.
	if o := i - 2; o >= 1 && items[o].is("of") && items[o+1].is("a", "an", "the") && items[o-1].is("subject", "target", "focus") {
		// The party the noun is said of: "X is the subject", "X has
		// become the target".
		for t := o - 2; t >= 0 && t >= o-6; t-- {
			if f := items[t].m; f != nil {
				if f.id != by.id && !f.modifier && (f.typ == graph.Organization || f.typ == graph.Person) {
					sc.claim(by, graph.Investigates, f, joinItems(items[i:i+n]), confNominal)
				}
				break
			}
			if items[t].is(",", ";", ":", "that", "which", "who") {
				break
			}
		}
		return
	}
	// "TimeWarner has to restate its results following a probe by the
	// SEC": what the sentence is about was probed.
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if items[j].is("following", "after", "amid") {
			if f := sc.firstAgent(); f != nil && f.id != by.id && (f.typ == graph.Organization || f.typ == graph.Person) {
				sc.claim(by, graph.Investigates, f, joinItems(items[i:i+n]), confNominal)
			}
			return
		}
	}
}

// cooperatesWith reads the one investigated as the party that helps the
// investigation at items[i]: "Marsh has said it is co-operating fully
// with the SEC investigation", "X is cooperating with the police
// inquiry". The owner of the investigation investigates it.
func (sc *sentence) cooperatesWith(i int) {
	items := sc.items
	o := i - 1
	if o < 1 || items[o].m == nil || items[o].m.modifier && items[o].m.typ != graph.Organization && items[o].m.typ != graph.Country {
		return
	}
	by := items[o].m
	k := o - 1
	if items[k].tok.isPossessive() {
		k-- // "with the SEC's investigation"
	}
	if k >= 0 && items[k].is("the") {
		k--
	}
	if k < 1 || !items[k].is("with") {
		return
	}
	k--
	if items[k].is("fully", "closely") {
		k--
	}
	if k < 0 || !items[k].is("co-operating", "cooperating", "co-operate", "cooperate", "co-operated", "cooperated", "co-operates", "cooperates") {
		return
	}
	if subj := sc.subjectBefore(k); subj != nil && subj.id != by.id && subj.typ != graph.Place {
		sc.claim(by, graph.Investigates, subj, joinItems(items[k:i+1]), confNominal)
	}
}

// meetingNoun reads a meeting told as a noun: "X told a meeting of the
// Metropolitan Police Authority", "Blair's meeting with Chirac", "after
// his talks with Chirac, Blair flew home".
func (sc *sentence) meetingNoun(i int) {
	items := sc.items
	if i+2 >= len(items) {
		return
	}
	switch {
	case items[i+1].is("of") && i >= 2 && items[i-1].is("a", "the") && items[i-2].is("told", "addressed", "tells", "addresses", "attended", "attends"):
		// "told a meeting of the X": met the body that met.
		o := i + 2
		if items[o].is("the") && o+1 < len(items) {
			o++
		}
		if m := items[o].m; m != nil && !m.modifier && m.typ != graph.Place && m.kind != byEvent {
			if subj := sc.subjectBefore(i - 2); subj != nil {
				sc.claim(subj, graph.Met, m, joinItems(items[i-2:i+1]), confNominal)
			}
		}
	case items[i+1].is("with"):
		objs, o := sc.objectsAfter(i+2, 0) // "talks with UK bank Barclays"
		if len(objs) == 0 {
			return
		}
		m := objs[0]
		if m.modifier || m.kind == byEvent || m.typ == graph.Place {
			return
		}
		var subj *mention
		// "his final talks with", "held constructive talks with": the
		// words that qualify the talks.
		a := i
		for a > 0 && a > i-3 && items[a-1].m == nil && (items[a-1].quoted || isLowerWord(items[a-1].low) && !preposition[items[a-1].low] &&
			!items[a-1].is("his", "her", "the", "a", "an", "their", "its", "in") && !sc.ar.x.rules.in("speech", items[a-1].low) &&
			!items[a-1].is("held", "hold", "holds", "holding", "began", "begun", "begin", "opened", "entered", "is", "was", "are", "were", "following")) {
			a--
		}
		switch {
		case a > 1 && items[a-1].tok.isPossessive() && items[a-2].m != nil:
			subj = items[a-2].m // "Blair's meeting with Chirac"
		case a > 0 && items[a-1].is("held", "hold", "holds", "holding", "began", "begun", "begin", "opened", "entered") && !sc.modal(a-1) ||
			a > 1 && items[a-1].is("in") && items[a-2].is("is", "are", "was", "were", "still", "remain", "remains"):
			// "Euronext began talks with the LSE", "Absa is still in
			// talks with Barclays".
			subj = sc.subjectBefore(a - 1)
		case a > 1 && items[a-1].is("its", "their", "his", "her", "a", "the") && items[a-2].is("held", "holds", "had", "has") && !sc.modal(a-2):
			// "Deutsche Boerse held its third meeting with the LSE".
			subj = sc.subjectBefore(a - 2)
		case a > 0 && items[a-1].is("his", "her", "following", "after") && !sc.modal(a-1):
			// (Not "will hold his first meeting with": none yet.)
			// "After his meeting with Chirac, Blair flew home",
			// "following talks with Mr Blair, Mr Abbas said": the
			// person the sentence goes on with, else the one named last.
			// (The comma after the one met, which the list of objects
			// may have read past: "talks with Tony Blair, Mahmoud Abbas
			// said".)
			first := i + 2
			for first < o && items[first].m != m {
				first++
			}
			for k := first + 1; k < len(items); k++ {
				if items[k].is(",") {
					for j := k + 1; j < len(items) && j < k+4; j++ {
						if p := items[j].m; p != nil && p.typ == graph.Person {
							subj = p
							break
						}
					}
					break
				}
			}
			if subj == nil && items[a-1].is("his", "her") {
				subj = sc.recentPerson(pronounOf(items[a-1]), m)
			}
		}
		if subj != nil && sc.meetable(subj, m) && subj.id != m.id && !sc.toldClaim(i) {
			sc.claim(subj, graph.Met, m, joinItems(items[i:i+2]), confNominal)
		}
	case items[i+1].is("between") && i+4 < len(items):
		// "Talks between Tony Blair and Jacques Chirac ended": the two
		// sides met, unless the talks are only planned.
		objs, end := sc.objectsAfter(i+2, 0)
		if len(objs) == 2 && end < len(items) && items[end].tok.isPossessive() {
			// "between Ruhi Dogusoy, Turkcell's chief operating
			// officer, and executives": the body only describes the
			// first; the other side follows the aside's ", and".
			objs = objs[:1]
			for j := end + 1; j+2 < len(items) && j < end+8; j++ {
				if items[j].is(",") && items[j+1].is("and") {
					if o, _ := sc.objectsAfter(j+2, 0); len(o) > 0 {
						objs = append(objs, o[0])
					}
					break
				}
			}
		}
		if len(objs) == 2 && sc.meetable(objs[0], objs[1]) && !sc.modal(i) {
			for j := i - 1; j >= 0 && j >= i-3; j-- {
				if items[j].is("planned", "proposed", "future", "possible", "fresh", "new") {
					return
				}
			}
			// "The meeting between X and Y is due to take place": none
			// yet.
			for j := end; j < len(items) && j < end+4; j++ {
				if items[j].is("will", "due", "expected", "scheduled", "set", "planned", "to", "would", "could") {
					return
				}
			}
			sc.claim(objs[0], graph.Met, objs[1], joinItems(items[i:i+2]), confNominal)
		}
	}
}

// treatedAs: "Police are treating the incident as assault" is an
// investigation of the incident.
func (sc *sentence) treatedAs(i int) {
	items := sc.items
	r := sc.ar.x.rules
	as := -1
	for k := i + 1; k < len(items) && k < i+6; k++ {
		if items[k].is("as") {
			as = k
			break
		}
	}
	if as < 0 || as+1 >= len(items) {
		return
	}
	f := as + 1
	if items[f].is("a", "an") && f+1 < len(items) {
		f++
	}
	if r.phraseAt(items, f, "crime-word") == 0 {
		return
	}
	subj := sc.subjectBefore(i)
	if subj == nil {
		return
	}
	var obj *mention
	for k := i + 1; k < as; k++ {
		if m := items[k].m; m != nil && !m.modifier {
			obj = m
			break
		}
	}
	if obj == nil {
		// "the incident": the story's incident, or one made of the words.
		if sc.ar.mainEvent != "" {
			obj = &mention{id: sc.ar.mainEvent, typ: graph.Event, kind: byEvent}
		} else {
			obj = sc.ar.articleEvent(joinItems(items[i+1 : as]))
		}
	}
	sc.claim(subj, graph.Investigates, obj, joinItems(items[i:f+1]), confNominal)
}

// articleEvent returns the event of the article named by a noun phrase
// ("the incident"), made once per article and phrase.
func (ar *article) articleEvent(phrase string) *mention {
	phrase = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(phrase, "the "), "this "))
	if phrase == "" {
		return nil
	}
	id := ar.add(graph.Slug(ar.a.ID+" "+phrase), graph.Event, phrase, phrase)
	return &mention{id: id, typ: graph.Event, kind: byEvent, surface: phrase}
}

// threatToSue: "threatened to sue the Russian government" threatens the
// one to be sued, as "vowed to take X to court" does; so does a threat
// to do harm of [harm-verb] ("threatened to attack South Korea",
// "threatened to expel him").
func (sc *sentence) threatToSue(i, n int) {
	items := sc.items
	k := i + n
	if k+1 >= len(items) || !items[k].is("to") {
		return
	}
	r := sc.ar.x.rules
	var objs []*mention
	l := r.phraseAt(items, k+1, "law-action")
	switch {
	case l > 0:
		objs, _ = sc.objectsAfter(k+1+l, 1)
	case k+4 < len(items) && items[k+1].is("take") && items[k+2].m != nil && items[k+3].is("to") && sc.toCourt(k+4):
		// "vowed to take Quill Bank to court".
		objs, l = []*mention{items[k+2].m}, sc.nameIndex(k+4)-k // "to the High Court": the court's name too
	case r.phraseAt(items, k+1, "harm-verb") > 0:
		// "threatened to attack South Korea", "to strike at X",
		// "threatened to expel him": harm promised, whatever kind.
		l = r.phraseAt(items, k+1, "harm-verb")
		if k+1+l < len(items) && items[k+1+l].is("at", "on", "against") {
			l++
		}
		objs, _ = sc.objectsAfter(k+1+l, 1)
	default:
		return
	}
	subj := sc.subjectBefore(i)
	if subj == nil {
		subj = sc.participleSubject(i)
	}
	if len(objs) == 0 && l > 0 {
		// "threatened to expel him": the person named before.
		if o := sc.personPronounAt(k+1+l, subj); o != nil {
			objs = []*mention{o}
		}
	}
	for _, o := range objs {
		sc.claim(subj, graph.Threatened, o, joinItems(items[i:k+1+l]), confVerb)
	}
}

// ultimatumGiven reads "X gave Y an ultimatum", "X has handed Y an
// ultimatum to quit": the one given it is threatened. ("issued an
// ultimatum to Y" is a verb of [threaten].)
func (sc *sentence) ultimatumGiven(k int) {
	items := sc.items
	j := k - 1
	if j >= 0 && items[j].is("an", "a", "the") {
		j--
	}
	if j < 1 || items[j].m == nil || items[j].m.modifier || items[j].m.kind == byEvent {
		return
	}
	obj := items[j].m
	v := j - 1
	for v > 0 && items[v].m != nil && items[v].m.id == obj.id {
		v-- // a name of several mentions
	}
	if !items[v].is("gave", "give", "gives", "giving", "given", "handed", "hand", "hands", "handing", "issued", "served", "serves", "delivered", "sent") {
		return
	}
	if sc.negated(v) || sc.modal(v) {
		return
	}
	subj := sc.subjectBefore(v)
	if subj == nil || subj.id == obj.id {
		return
	}
	if sc.toldByOther(v, subj) {
		return // what someone says another gave is that one's claim
	}
	sc.claim(subj, graph.Threatened, obj, joinItems(items[v:k+1]), confVerb)
}

// speaksFor reports whether the subject of the clause at items[k] is a
// body or a state the speaker sp is tied to: a spokesman's "the company
// stands by", an official's "Ukraine had nothing to do with".
func (sc *sentence) speaksFor(sp *mention, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if m := sc.items[j].m; m != nil {
			return (m.typ == graph.Organization || m.typ == graph.Country) && sc.ar.affiliated(sp.id, m.id)
		}
	}
	return false
}

// stoodBy returns the length of "stands by its report" at items[i]
// ([stood-by], an owner's pronoun, up to one word and a [stood-by-thing]),
// or 0.
func (sc *sentence) stoodBy(i int) int {
	r, items := sc.ar.x.rules, sc.items
	n := r.phraseAt(items, i, "stood-by")
	if n == 0 || i+n+1 >= len(items) || !items[i+n].is("its", "his", "her", "their", "our", "my") {
		return 0
	}
	for j := i + n + 1; j < len(items) && j <= i+n+2; j++ {
		if items[j].m != nil || !isLowerWord(items[j].low) {
			return 0
		}
		if r.itemIn(items, j, "stood-by-thing") {
			return j + 1 - i
		}
	}
	return 0
}

// stanceWord reports whether a stance rule can start at a word that
// starts no phrase of the sections in rules.stance: treating someone as
// something, the nouns of meetings, and an ultimatum.
func stanceWord(it *item) bool {
	if it.m != nil {
		return false
	}
	switch it.low {
	case "treating", "treat", "treats", "treated", "meeting", "meetings", "talks", "summit", "audience", "ultimatum":
		return true
	}
	return false
}

// chargeRules read a criminal charge that names no accuser: "X was
// charged with fraud", "X has denied charges of conspiracy", "X goes on
// trial". A charge is the prosecution's accusation; the prosecutor is the
// body the article names for it ([prosecutor-head]: "US prosecutors",
// "the Serious Fraud Office"), and with none named there is no claim. A
// charge that someone reports ("..., the SFO said") or that names its
// agent ("charged by police") is read by the rules for those.
func (sc *sentence) chargeRules() {
	sc.lawsuitBy()
	sc.settledCharges()
	sc.targetOf()
	sc.accusedOfCrime()
	if !sc.mayStart("criminal-charge") {
		return // as in most sentences: no word starts a charge
	}
	items := sc.items
	r := sc.ar.x.rules
	for i := range items {
		n := r.phraseAt(items, i, "criminal-charge")
		if n == 0 || items[i].reported || items[i].quoted || sc.negated(i) {
			continue // "will not face charges"
		}
		if i+n < len(items) && items[i+n].is("by") || i+n+1 < len(items) && items[i+n+1].is("by") {
			continue
		}
		sc.chargedBy(sc.subjectBefore(i), joinItems(items[i:i+n]))
	}
}

// chargedBy makes the prosecution the article names the accuser of
// subj, a person or a body charged in the sentence; a role no one holds
// in the article is charged by no one.
func (sc *sentence) chargedBy(subj *mention, verb string) {
	if subj == nil || subj.typ != graph.Person && subj.typ != graph.Organization || subj.kind == byRole && subj.org == "" && subj.role == "" {
		return
	}
	if pros := sc.ar.prosecutor(); pros != nil && pros.id != subj.id {
		sc.claim(pros, graph.Accused, subj, verb, confReported)
	}
}

// accusedOfCrime reads a passive accusation of a crime that names no
// accuser ("Mr Ebbers is accused of being the mastermind behind an $11bn
// fraud", "the bank had been accused of illegally concealing assets") as
// the prosecution's, when the article names a prosecuting body; one
// with an agent ("accused of fraud by X") is the agent's, read elsewhere,
// and one of no crime ("has been accused of panic") is nobody's.
func (sc *sentence) accusedOfCrime() {
	if !sc.hasCue(cueAccused) {
		return // no word of the sentence is one the rule acts at
	}
	items := sc.items
	r := sc.ar.x.rules
	for i := 1; i+2 < len(items); i++ {
		if items[i].low != "accused" || items[i].m != nil || !items[i+1].is("of") ||
			!items[i-1].is("is", "are", "was", "were", "been", "being", "stands", "stand", "stood") {
			continue
		}
		if items[i].reported || items[i].quoted || sc.negated(i) {
			continue
		}
		crime, agent := false, false
		for k := i + 2; k < len(items) && k < i+16 && !items[k].is(".", ";", ","); k++ {
			if items[k].is("by") && k+1 < len(items) && items[k+1].m != nil {
				agent = true
				break
			}
			if items[k].m == nil && (r.phraseAt(items, k, "crime-word") > 0 || r.itemIn(items, k, "crime-manner")) {
				crime = true
			}
		}
		if !crime || agent {
			continue
		}
		if subj := sc.subjectBefore(i - 1); subj != nil && !subj.modifier {
			sc.chargedBy(subj, "accused of")
		}
	}
}

// targetOf reads a party named as the target of another's lawsuit or
// probe: "Deutsche Bank - itself a target of a Yukos lawsuit - said",
// "Enron, the target of an SEC investigation". A lawsuit accuses; a probe
// investigates.
func (sc *sentence) targetOf() {
	if !sc.hasCue(cueTarget) {
		return // no word of the sentence is one the rule acts at
	}
	items := sc.items
	r := sc.ar.x.rules
	for i := 1; i+3 < len(items); i++ {
		if w := items[i].low; w != "target" && w != "subject" || items[i].m != nil || !items[i+1].is("of") || items[i].quoted {
			continue
		}
		k := i + 2
		if items[k].is("a", "an", "the") {
			k++
		}
		agent := items[k].m
		if agent == nil || agent.modifier || agent.typ == graph.Place || agent.kind == byEvent || k+1 >= len(items) {
			continue
		}
		p := graph.Predicate("")
		switch n := k + 1; {
		case items[n].is("lawsuit", "lawsuits"), n+1 < len(items) && items[n].is("legal") && items[n+1].is("action"):
			p = graph.Accused
		case r.phraseAt(items, n, "investigation-noun") > 0:
			p = graph.Investigates
		default:
			continue
		}
		// The target: the name the phrase describes, before it.
		for j := i - 1; j >= 0 && j >= i-5; j-- {
			if m := items[j].m; m != nil {
				if m.id != agent.id && !m.modifier && m.kind != byEvent && m.typ != graph.Place {
					sc.claim(agent, p, m, joinItems(items[i:k+2]), confNominal)
				}
				break
			}
			if !items[j].is("-", "–", "—", ",", "itself", "himself", "herself", "a", "an", "the", "is", "was", "has", "have", "been", "became", "become", "remains", "now", "already") {
				break
			}
		}
	}
}

// lawsuitBy reads a lawsuit told as a noun with its plaintiff: "a lawsuit
// by Shell against BP", "settle a lawsuit filed by Eliot Spitzer" (the
// defendant is the one who settles or faces it). A lawsuit accuses.
func (sc *sentence) lawsuitBy() {
	if !sc.hasCue(cueLawsuit) {
		return // no word of the sentence is one the rule acts at
	}
	items := sc.items
	for i := range items {
		n := 0
		switch {
		case items[i].low == "lawsuit" || items[i].low == "lawsuits":
			n = 1
		case i+1 < len(items) && (items[i].low == "legal" || items[i].low == "class") && items[i+1].is("action", "actions"):
			n = 2
		case i+1 < len(items) && (items[i].low == "complaint" || items[i].low == "complaints") && items[i+1].is("filed", "lodged", "brought"):
			n = 1 // "a legal complaint filed against X by Y"
		}
		if n == 0 || items[i].quoted || sc.negated(i) {
			continue
		}
		k := i + n
		if k+1 < len(items) && items[k].is(",") && items[k+1].is("filed", "brought", "launched", "lodged") {
			k++ // "a lawsuit, brought by X"
		}
		if k < len(items) && items[k].is("filed", "brought", "launched", "lodged") {
			k++
		}
		k = sc.pastGrounds(k)
		if k+1 < len(items) && items[k].is("against") {
			// "a lawsuit filed against the bank by Judge X": the
			// plaintiff after the defendant.
			if defs, next := sc.objectsAfter(k+1, 0); len(defs) > 0 && next+1 < len(items) && items[next].is("by") {
				if pl := sc.plaintiffAt(next + 1); pl != nil {
					for _, d := range defs {
						if d.id != pl.id && !d.modifier && d.typ != graph.Place {
							sc.claim(pl, graph.Accused, d, joinItems(items[i:i+n]), confNominal)
						}
					}
					continue
				}
			}
			sc.lawsuitAgainst(i, k)
			continue
		}
		if k+1 >= len(items) || !items[k].is("by") {
			continue
		}
		k++
		plaintiff := sc.plaintiffAt(k)
		if plaintiff == nil {
			continue
		}
		var defendant *mention
		for j := k + 1; j+1 < len(items) && j <= k+3; j++ {
			if items[j].is("against") {
				defendant = sc.nameAt(j + 1)
				break
			}
		}
		if defendant == nil {
			for j := i - 1; j >= 0 && j >= i-4; j-- {
				if items[j].is("settle", "settled", "settles", "settling", "faces", "faced", "face", "facing", "fight", "fighting", "contest", "contesting") {
					// "Shell agreed to pay $850m to settle a lawsuit":
					// the one who settles, else the sentence's subject.
					if defendant = sc.subjectBefore(j); defendant == nil && len(items) > 0 && items[0].is("it", "they") {
						defendant = sc.pronoun("") // "It agreed to pay $15.5m to settle a lawsuit"
					}
					if defendant == nil {
						defendant = sc.firstAgent()
					}
					break
				}
			}
		}
		if defendant != nil && !defendant.modifier && defendant.id != plaintiff.id {
			sc.claim(plaintiff, graph.Accused, defendant, joinItems(items[i:i+n]), confNominal)
		}
	}
}

// settledCharges reads charges that someone settles with whoever brought
// them: "settled charges from US federal regulators", "to settle charges,
// raised by Eliot Spitzer, that ...", "paid the Securities and Exchange
// Commission $250m to settle charges that ...". The charges accuse the
// one who settles. (A lawsuit settled is lawsuitBy's.)
func (sc *sentence) settledCharges() {
	if !sc.hasCue(cueSettle) {
		return // no word of the sentence is one the rule acts at
	}
	items := sc.items
	for s := range items {
		switch items[s].low {
		case "settle", "settled", "settles", "settling":
		default:
			continue
		}
		if items[s].m != nil || items[s].quoted || sc.negated(s) {
			continue
		}
		i := s + 1
		for i < len(items) && i <= s+3 && items[i].m == nil && !items[i].is("charges", "allegations", "accusations", "claims") && isLowerWord(items[i].low) && !preposition[items[i].low] {
			i++ // "the", "fraud", "civil"
		}
		if i >= len(items) || !items[i].is("charges", "allegations", "accusations", "claims") {
			continue
		}
		var accuser *mention
		k := i + 1
		if k < len(items) && items[k].is(",") {
			k++
		}
		if k+1 < len(items) && items[k].is("raised", "brought", "filed", "made", "lodged") && items[k+1].is("by") {
			k++
		}
		if k+1 < len(items) && items[k].is("from", "by") {
			// "by New York Attorney General Eliot Spitzer": the person
			// past the place and the title.
			accuser = sc.invertedSpeaker(k + 1)
		}
		// "pay the SEC $250m to settle charges": the one paid.
		act := s
		for j := s - 1; j >= 0 && j >= s-10 && accuser == nil; j-- {
			if items[j].is("pay", "paid", "pays", "paying") {
				act = j
				if m := sc.nameAt(j + 1); m != nil && m.kind == byName {
					accuser = m
				}
			}
		}
		if accuser == nil {
			continue
		}
		defendant := sc.subjectBefore(act)
		if defendant == nil {
			defendant = sc.firstAgent()
		}
		if defendant != nil {
			sc.claim(accuser, graph.Accused, defendant, joinItems(items[s:i+1]), confNominal)
		}
	}
}

// plaintiffAt returns the party named at items[k], after the "by" of a
// lawsuit, past a place and a title ("brought by New York attorney
// general Eliot Spitzer"), when it can sue: not a place or an event.
func (sc *sentence) plaintiffAt(k int) *mention {
	j := sc.nameIndex(k)
	if j >= len(sc.items) || sc.items[j].m == nil {
		return nil
	}
	if pl := sc.items[sc.head(j)].m; !pl.modifier && pl.typ != graph.Place && pl.kind != byEvent {
		return pl
	}
	return nil
}

// pastGrounds returns the index past the grounds or the sum a lawsuit is
// told with before its defendant ("a lawsuit for defamation against X",
// "legal action for breach of contract against X", "a lawsuit for $10m
// against X"), or k when no "against" follows them within four unnamed
// words.
func (sc *sentence) pastGrounds(k int) int {
	items := sc.items
	if k >= len(items) || !items[k].is("for") {
		return k
	}
	for j := k + 1; j < len(items) && j <= k+5; j++ {
		if items[j].is("against") {
			if j == k+1 {
				return k
			}
			return j
		}
		if it := items[j]; it.m != nil || it.quoted || it.low == "" || !isLowerWord(it.low) && !strings.ContainsAny(it.low[:1], "$£€0123456789") {
			return k
		}
	}
	return k
}

// lawsuitAgainst reads a lawsuit at items[i] told with its defendant
// after "against" at items[k] and no plaintiff after it: the sentence's
// subject brings it ("The company is also seeking $20bn in a separate US
// lawsuit against Rosneft and Gazprom"), when no other name stands
// between.
func (sc *sentence) lawsuitAgainst(i, k int) {
	defs, _ := sc.objectsAfter(k+1, 0)
	if len(defs) == 0 {
		return
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		// "threatened legal action against X", "the threat of a
		// lawsuit against X", "is considering legal action against X": a
		// suit not brought (a threat is read as one, see threat).
		if sc.ar.x.rules.phraseAt(sc.items, j, "threaten") > 0 ||
			sc.items[j].is("threat", "threats", "possible", "potential", "considering", "consider", "considers", "mulling", "planned", "planning") {
			return
		}
	}
	subj := sc.firstAgent()
	if subj == nil || subj.typ == graph.Place || subj.typ == graph.Event {
		return
	}
	for j := i - 1; j >= 0 && sc.items[j].m != subj; j-- {
		if m := sc.items[j].m; m != nil && !m.modifier && m.kind != byDemonym && !(m.typ == graph.Country && j >= i-2) {
			return // another party nearer; not "a US lawsuit"
		}
		if sc.ar.x.rules.in("speech", sc.items[j].low) {
			return // "Shell said a lawsuit against Gazprom was thrown out": Shell only speaks
		}
	}
	for _, d := range defs {
		if d.id == subj.id {
			return // "the company ... a lawsuit against Rosneft and Gazprom": the anaphor took a defendant
		}
	}
	for _, d := range defs {
		if !d.modifier && d.typ != graph.Place {
			sc.claim(subj, graph.Accused, d, joinItems(sc.items[i:k+1]), confNominal)
		}
	}
}

// prosecutor returns the body the article names as prosecuting, the
// first organisation whose name ends in a [prosecutor-head] ("United
// States prosecutors", "Serious Fraud Office"), or nil.
func (ar *article) prosecutor() *mention {
	for _, id := range ar.order {
		if e := ar.ents[id]; e != nil && e.Type == graph.Organization && ar.prosecutingName(id) {
			return &mention{id: e.ID, typ: e.Type, kind: byName}
		}
	}
	return nil
}

// resignationCalls reads a call for someone to go or to say sorry as
// criticism of them: "called for David Blunkett to resign", "urged Mr
// Brown to apologise", "demanded the resignation of Charles Clarke",
// "demanded an apology from the BBC" ([demand], [resign-call]).
func (sc *sentence) resignationCalls() {
	items := sc.items
	r := sc.ar.x.rules
	sc.shouldGo()
	sc.resignationCallsReceived()
	sc.criticismReceived()
	sc.criticismAnswered()
	sc.culpritNamed()
	if !sc.may(r.demands) && !sc.hasCue(cueCall) {
		return // no word of the sentence starts a demand ("called" starts "called on")
	}
	for i := 0; i < len(items); i++ {
		if !sc.startsAt(i, &r.demands) && items[i].low != "call" {
			continue
		}
		n := r.phraseAt(items, i, "demand")
		if n == 0 && items[i].is("called", "calls", "calling") && i+1 < len(items) && items[i+1].is("for") {
			n = 2
		}
		// "repeated calls for X to apologise", "joined calls for X to
		// resign": the call told as a noun, made by the subject of the
		// verb before it ([call-verb]).
		at := i
		if n == 2 && items[i].is("calls") || n == 0 && items[i].is("call") && i+1 < len(items) && items[i+1].is("for") {
			if v := sc.callVerbBefore(i); v >= 0 {
				n, at = 2, v
			} else if items[i].is("call") {
				continue
			}
		}
		if n == 0 || items[i].m != nil || items[i].quoted || sc.negated(at) || i+n+2 >= len(items) {
			continue
		}
		var obj *mention
		p := graph.Criticized
		j := i + n
		h := sc.pastHonorific(j) // "called for Ms Hutt's removal": the title no part of the name
		switch {
		case items[j].is("the") && items[j+1].is("resignation", "sacking", "dismissal", "removal") && j+3 < len(items) && items[j+2].is("of"):
			obj = sc.nameAt(j + 3) // "demanded the resignation of X"
		case items[j].is("an") && items[j+1].is("apology") && j+3 < len(items) && items[j+2].is("from"):
			obj = sc.nameAt(j + 3) // "demanded an apology from X"
		case items[h].m != nil && h+2 < len(items) && items[h+1].tok.isPossessive() && items[h+2].is("resignation", "sacking", "dismissal", "removal", "apology", "head"):
			obj = items[h].m // "called for Mr Smith's resignation"
		case items[j].is("that") && j+2 < len(items):
			// "demanded that Quill Bank apologise"
			if objs, next := sc.objectsAfter(j+1, 0); len(objs) == 1 && next < len(items) && r.phraseAt(items, next, "resign-call") > 0 {
				obj = objs[0]
			} else if len(objs) == 1 && next+1 < len(items) && items[next].is("should", "must") && r.phraseAt(items, next+1, "resign-call") > 0 {
				obj = objs[0]
			} else if len(objs) == 1 && next < len(items) && (sc.justiceCall(next) || items[next].is("should", "must") && sc.justiceCall(next+1)) {
				obj, p = objs[0], graph.Accused // "demanded that Quill Bank be prosecuted"
			}
		default:
			objs, next := sc.objectsAfter(j, 0)
			if len(objs) == 1 && next+1 < len(items) && items[next].is("to") && r.phraseAt(items, next+1, "resign-call") > 0 {
				obj = objs[0] // "called for X to resign"
			} else if len(objs) == 1 && next < len(items) && items[i].is("demanded", "demands", "demanding") && r.phraseAt(items, next, "resign-call") > 0 && !items[next].is("go") {
				obj = objs[0] // "demanded Sir Edward Heath quit": "that" left out
			} else if len(objs) == 1 && next+1 < len(items) && items[next].is("to") && sc.justiceCall(next+1) {
				obj, p = objs[0], graph.Accused // "called for X to be prosecuted"
			}
		}
		if obj == nil || obj.modifier || obj.kind == byEvent || obj.typ == graph.Place {
			continue
		}
		subj := sc.subjectBefore(at)
		if subj == nil {
			subj = sc.participleSubject(at)
		}
		if items[at].reported && (subj == nil || subj.kind != byPronoun || sc.speakerAt(at) == nil || subj.id != sc.speakerAt(at).id) {
			// "The Times said Ann Lee told Bob Ray to quit": the paper's
			// claim, not a call the article states; a speaker's own
			// stands ("Ann Lee said she had urged Bob Ray to quit").
			continue
		}
		sc.claim(subj, p, obj, joinItems(items[at:i+n]), confNominal)
	}
}

// resignationCallsReceived reads a call to resign told of the one called
// on: "X has been urged to quit by Lib Dem MPs", "X was told to resign
// by the Tories", "X faced calls from the Tories to resign". The caller
// criticises X.
func (sc *sentence) resignationCallsReceived() {
	items := sc.items
	r := sc.ar.x.rules
	for i := 1; i+3 < len(items); i++ {
		var caller *mention
		var quit int // where the resignation word is
		switch {
		case items[i].is("urged", "told", "pressed", "asked") && items[i-1].is("been", "was", "were", "being") && items[i+1].is("to") && r.phraseAt(items, i+2, "resign-call") > 0:
			quit = i + 2
			for b := quit + 1; b+1 < len(items) && b <= quit+4; b++ {
				if items[b].is("by") {
					if a := sc.nameIndex(b + 1); a < len(items) && items[a].m != nil {
						caller = items[sc.head(a)].m
					}
					break
				}
			}
		case items[i].is("faced", "faces", "facing") && items[i+1].is("calls", "demands") && items[i+2].is("from"):
			a := sc.nameIndex(i + 3)
			if a >= len(items) || items[a].m == nil {
				continue
			}
			h := sc.head(a)
			if h+2 < len(items) && items[h+1].is("to") && r.phraseAt(items, h+2, "resign-call") > 0 {
				caller, quit = items[h].m, h+2
			}
		}
		if caller == nil || sc.negated(i) {
			continue
		}
		aux := i - 1
		for aux > 0 && items[aux].is("been", "was", "were", "being", "has", "have", "had", "is", "are") {
			aux--
		}
		if called := sc.subjectBefore(aux + 1); called != nil {
			sc.claim(caller, graph.Criticized, called, joinItems(items[i:quit+1]), confNominal)
		}
	}
}

// callVerbBefore returns the index of a verb that makes or joins the call
// told as a noun at items[i] ("repeated calls for", "joined calls for",
// "renewed his call for": [call-verb]), or -1.
func (sc *sentence) callVerbBefore(i int) int {
	k := i - 1
	if k >= 0 && sc.items[k].is("his", "her", "their", "its", "the", "a", "fresh", "new") {
		k--
	}
	if k < 0 || sc.items[k].m != nil {
		return -1
	}
	for s := max(0, k-1); s <= k; s++ {
		if n := sc.ar.x.rules.phraseAt(sc.items, s, "call-verb"); n > 0 && s+n == k+1 {
			return s
		}
	}
	return -1
}

// justiceCall reports whether items[k] opens a passive of justice done to
// a wrongdoer ("be prosecuted", "be brought to justice", `[justice-call]`):
// to call for it is to accuse.
func (sc *sentence) justiceCall(k int) bool {
	return k+1 < len(sc.items) && sc.items[k].is("be") && sc.ar.x.rules.phraseAt(sc.items, k+1, "justice-call") > 0
}

// heldResponsible reads an accusation told with its object inside the
// phrase: "held Quill Bank responsible for the losses", "holds the
// government accountable", "has taken X to court", "reported the firm to
// the police" (to a body that [investigate]s or judges: [reported-to]).
func (sc *sentence) heldResponsible() {
	if !sc.hasCue(cueHeld) {
		return // no word of the sentence is one the rule acts at
	}
	items := sc.items
	r := sc.ar.x.rules
	for i := 0; i+2 < len(items); i++ {
		it := &items[i]
		if it.m != nil || it.quoted {
			continue
		}
		// One switch rather than three calls of is with twelve words:
		// the rule asks it of every word of every sentence.
		var hold, report, take bool
		switch it.low {
		case "held", "holds", "hold", "holding":
			hold = true
		case "reported", "reports", "reporting":
			report = true
		case "took", "taken", "takes", "take", "taking":
			take = true
		default:
			continue
		}
		o := i + 1
		if items[o].is("the") && o+1 < len(items) {
			o++
		}
		obj := items[o].m
		if obj == nil || obj.modifier || obj.kind == byEvent || obj.typ == graph.Place {
			continue
		}
		o = sc.head(o) + 1
		switch {
		case hold && o < len(items) && items[o].is("responsible", "accountable", "liable", "culpable"):
		case take && o+1 < len(items) && items[o].is("to") && (items[o+1].is("tribunal") || sc.toCourt(o+1)):
			o++ // "has taken Quill Bank to court", "took France to the European Court of Justice"
		case report && o+1 < len(items) && items[o].is("to"):
			t := o + 1
			if items[t].is("the") && t+1 < len(items) {
				t++
			}
			if items[t].m == nil && !r.itemIn(items, t, "reported-to") {
				continue
			}
		default:
			continue
		}
		if sc.negated(i) || sc.modal(i) {
			continue
		}
		subj := sc.subjectBefore(i)
		if subj == nil {
			subj = sc.participleSubject(i)
		}
		if subj != nil && subj.id != obj.id {
			verb := items[i].tok.text + " " + items[o].tok.text // "held responsible", "reported to"
			if take {
				verb = items[i].tok.text + " to " + joinItems(items[o:max(o, sc.nameIndex(o))+1])
			}
			sc.claim(subj, graph.Accused, obj, verb, confVerb)
		}
	}
}

// questionedOf reads doubt cast on someone's fitness as criticism:
// "questioned Quill Bank's competence", "questions the minister's
// judgement" ([questioned-thing]).
func (sc *sentence) questionedOf() {
	if !sc.hasCue(cueQuestion) {
		return // no word of the sentence is one the rule acts at
	}
	items := sc.items
	r := sc.ar.x.rules
	for i := 0; i+3 < len(items); i++ {
		if items[i].m != nil || items[i].quoted {
			continue
		}
		switch items[i].low { // not is: the rule asks it of every word
		case "questioned", "questions", "questioning", "question":
		default:
			continue
		}
		o := i + 1
		if items[o].is("the") {
			o++
		}
		if o+2 >= len(items) || items[o].m == nil || items[o].m.modifier || items[o].m.kind == byEvent || items[o].m.typ == graph.Place {
			continue
		}
		obj := items[o].m
		p := sc.head(o) + 1
		if p+1 >= len(items) || !items[p].tok.isPossessive() || !r.itemIn(items, p+1, "questioned-thing") || sc.negated(i) {
			continue
		}
		subj := sc.subjectBefore(i)
		if subj == nil {
			subj = sc.participleSubject(i)
		}
		if subj != nil && subj.id != obj.id {
			sc.claim(subj, graph.Criticized, obj, items[i].tok.text+" "+items[p+1].tok.text, confVerb)
		}
	}
}

// wrongAfter reports whether a wrong ([crime-word], [crime-manner],
// [denied-wrong], [wrong-qualifier]) is named within a few words from
// items[k], before the clause ends: "unaware of the fraud", "knew nothing
// of any illegal payments", "knew about the improper accounting entries"
// (a plea of ignorance, or knowledge said of a party).
func (sc *sentence) wrongAfter(k int) bool {
	r := sc.ar.x.rules
	for j := k; j < len(sc.items) && j < k+6; j++ {
		if sc.items[j].is(",", ";", ".", "but") {
			return false
		}
		if r.phraseAt(sc.items, j, "crime-word") > 0 || r.itemIn(sc.items, j, "crime-manner") || r.itemIn(sc.items, j, "denied-wrong") || r.itemIn(sc.items, j, "wrong-qualifier") {
			return true
		}
	}
	return false
}

// accusedBefore reports whether the article has told of an accusation
// against m, or a body or state m speaks for, before this sentence.
func (ar *article) accusedBefore(m *mention) bool {
	a, _ := ar.accuserOf(m, nil, 0)
	return a != nil
}

// notePlans keeps the party the sentence says put forward a plan
// ([propose-verb], [proposal-noun]): "David Blunkett unveiled plans for
// policing", "plans unveiled by the Tories". A later "the plans" that is
// judged is that party's (planOwner).
func (sc *sentence) notePlans() {
	if !sc.mayStart("propose-verb") {
		return
	}
	items := sc.items
	r := sc.ar.x.rules
	for i := range items {
		n := r.phraseAt(items, i, "propose-verb")
		if n == 0 || sc.negated(i) {
			continue
		}
		var by *mention
		p := i - 1
		for p > 0 && p >= i-3 && items[p].is("was", "were", "is", "are", "been", "being", "have", "has", "had") {
			p-- // "proposals were announced by"
		}
		if i+n+1 < len(items) && items[i+n].is("by") && p >= 0 && r.itemIn(items, p, "proposal-noun") {
			// "plans unveiled by the Tories", "proposals announced by the
			// Trade and Industry Secretary Patricia Hewitt"
			if objs, _ := sc.objectsAfter(i+n+1, 0); len(objs) > 0 {
				by = objs[0]
			}
		} else if sc.proposalAfter(i+n) >= 0 {
			by = sc.subjectBefore(i)
		}
		if by != nil {
			cp := *by
			cp.kind = byPronoun
			sc.ar.proposer = &cp
		}
	}
}

// proposalAfter returns the index of the thing put forward in the few
// words from items[k] ("plans", "its new policing plans", "a shake-up"),
// or -1.
func (sc *sentence) proposalAfter(k int) int {
	items := sc.items
	for j := k; j < len(items) && j <= k+3 && items[j].m == nil; j++ {
		if sc.ar.x.rules.itemIn(items, j, "proposal-noun") {
			return j
		}
		if !isLowerWord(items[j].low) || preposition[items[j].low] {
			break
		}
	}
	return -1
}

// planOwner returns the party that put forward the plan a definite noun
// at items[j] refers back to ("David Blunkett unveiled plans ... Mr
// Davis said the proposals were a PR exercise": Blunkett), and where the
// noun phrase starts; nil and -1 when the article told of no plan put
// forward, or the noun is no definite one ("Y's plans").
func (sc *sentence) planOwner(j int) (*mention, int) {
	items := sc.items
	if sc.ar.proposer == nil || j < 0 || j >= len(items) || items[j].m != nil || !sc.ar.x.rules.itemIn(items, j, "proposal-noun") {
		return nil, -1
	}
	for d := j - 1; d >= 0 && d >= j-3; d-- {
		switch {
		case items[d].is("the", "these", "this", "those", "such"):
			return sc.ar.proposer, d
		case items[d].m != nil || !isLowerWord(items[d].low) || preposition[items[d].low] || items[d].tok.isPossessive():
			return nil, -1
		}
	}
	return nil, -1
}

// opensWords reports whether items[d] opens the words of the region, past
// "that" and quotation marks: what they are about.
func (sc *sentence) opensWords(rg claimRegion, d int) bool {
	f := rg.from
	for f < d && sc.items[f].is("that", "\"", "“", ":") {
		f++
	}
	return f == d
}

// ownParty returns the party of the person subj when the words at
// items[k] name its own side: "his own party", "her own MPs", "many in
// his own party", "members of his own party". It is the party the
// article gave the person (partyOf), or nil.
func (sc *sentence) ownParty(k int, subj *mention) *mention {
	items := sc.items
	if subj == nil || subj.typ != graph.Person {
		return nil
	}
	if k+1 < len(items) && items[k].is("many", "some", "members", "sections", "elements", "critics", "rebels", "most", "figures", "several") && items[k+1].is("in", "of", "within") {
		k += 2
	}
	if k+2 >= len(items) || !items[k].is("his", "her") || !items[k+1].is("own") || !items[k+2].is("party", "mps", "backbenchers", "side", "colleagues", "ranks", "benches") {
		return nil
	}
	return sc.ar.partyOf(subj.id)
}
