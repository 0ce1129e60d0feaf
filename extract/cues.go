package extract

import "strings"

// cueSet is a set of the cues of the rules that act only at a few words
// of their own, written in the rules as words compared with item.low
// ("lawsuit" for lawsuitBy). Each such rule reads every word of every
// sentence to find its own, which most sentences lack: noteWords finds
// the cues of all of them in one pass, and a rule is asked only in a
// sentence with one of its cues.
//
// A cue list must hold every word its rule acts at: a rule given a word
// of its own must have it added here too, or it never sees it.
type cueSet uint32

const (
	cueLawsuit   cueSet = 1 << iota // lawsuitBy
	cueSettle                       // settledCharges
	cueTarget                       // targetOf
	cueAccused                      // accusedOfCrime
	cueHeld                         // heldResponsible; notePublications by "reported", "reports"
	cueQuestion                     // questionedOf
	cueEmploy                       // employed
	cueShadow                       // shadowRoles
	cueRetaliate                    // threatCues, by the prefix retaliatePrefix
	cueQuote                        // findSpeakers: the quotation marks
	cueStance                       // stanceWord
	cueAsk                          // findSpeakers: a question asked
	cueCall                         // resignationCalls: a call told as a noun, "renewed his call for"
	cueOwned                        // ownedBy: "owned by", "led by"
	cueLiken                        // likenedToVillain
	cueBlame                        // blameLaid
	cueWelcome                      // nounRules: a host's welcome
)

// cueWords holds the words of each cue, in lower case as item.low.
var cueWords = map[cueSet][]string{
	cueLawsuit:  {"lawsuit", "lawsuits", "legal", "class", "complaint", "complaints"},
	cueSettle:   {"settle", "settled", "settles", "settling"},
	cueTarget:   {"target", "subject"},
	cueAccused:  {"accused"},
	cueHeld:     {"held", "holds", "hold", "holding", "reported", "reports", "reporting", "took", "taken", "takes", "take", "taking"},
	cueQuestion: {"questioned", "questions", "questioning", "question"},
	cueEmploy: {"appointed", "appoints", "appointing", "named", "names", "naming", "hired", "hires", "hiring", "recruited", "recruits",
		"sacked", "sacks", "fired", "fires", "ousted", "ousts", "poached"},
	cueShadow:  {"shadow"},
	cueQuote:   {"“", "”", "\"", "«", "»"},
	cueStance:  {"treating", "treat", "treats", "treated", "meeting", "meetings", "talks", "summit", "audience", "ultimatum"},
	cueAsk:     {"asked", "asks"},
	cueCall:    {"call"},
	cueOwned:   {"owned", "controlled", "founded", "co-founded", "run", "headed", "led", "chaired"},
	cueLiken:   {"likened", "likens", "likening", "compared", "compares", "comparing"},
	cueBlame:   {"blame"},
	cueWelcome: {"welcomed", "welcomes", "welcoming", "received", "receives", "receiving"},
}

// retaliatePrefix starts the words of cueRetaliate.
const retaliatePrefix = "retaliat"

// cueTable holds the cue words by cueSlot, each in the first slot free
// from its own; more marks a slot past which others were put.
var cueTable = func() (t [cueSlots]struct {
	word string
	cues cueSet
	more bool
}) {
	for c, ws := range cueWords {
		for _, w := range ws {
			i := cueSlot(w)
			for t[i].word != "" && t[i].word != w {
				t[i].more = true
				i = (i + 1) % cueSlots
			}
			t[i].word = w
			t[i].cues |= c
		}
	}
	return t
}()

// cueSlots is the size of cueTable: a few times the cue words, so that
// a word is found, or found missing, in its own slot.
const cueSlots = 256

// cueSlot returns the slot of w in cueTable.
func cueSlot(w string) uint {
	if w == "" {
		return 0
	}
	return (uint(len(w))*37 + uint(w[0])*11 + uint(w[len(w)-1])*5 + uint(w[len(w)/2])) % cueSlots
}

// cueStarts has, for each first byte of a cue word, the bit 1 << n of
// each length n of those, or 1 << 31 for 31 bytes or more: noteWords
// asks cueOf of every word of every sentence, and most start with other
// bytes than the cue words of their length.
var cueStarts = func() (t [256]uint32) {
	for _, ws := range cueWords {
		for _, w := range ws {
			t[w[0]] |= 1 << min(len(w), 31)
		}
	}
	for n := len(retaliatePrefix); n <= 31; n++ {
		t[retaliatePrefix[0]] |= 1 << n
	}
	return t
}()

// mayCue reports whether w, in lower case, may be a cue word: when it is
// not, cueOf(w) is 0.
func mayCue(w string) bool {
	return len(w) > 0 && cueStarts[w[0]]&(1<<min(len(w), 31)) != 0
}

// cueOf returns the cues of a word in lower case.
func cueOf(w string) cueSet {
	var c cueSet
	if len(w) >= len(retaliatePrefix) && w[0] == 'r' && strings.HasPrefix(w, retaliatePrefix) {
		c = cueRetaliate
	}
	for i := cueSlot(w); ; i = (i + 1) % cueSlots {
		e := &cueTable[i]
		if e.word == w {
			return c | e.cues
		}
		if !e.more {
			return c
		}
	}
}
