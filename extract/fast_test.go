package extract

import (
	"regexp"
	"testing"
)

// eventWordRE is the regular expression hasEventWord stands in for.
var eventWordRE = regexp.MustCompile(`(?i)attack|strike|raid|attempt|bomb|incident|episode|plot|terror`)

func TestHasEventWord(t *testing.T) {
	for _, s := range []string{
		"", "The ATTACK on", "a drone strike", "no such word", "Strı\u212Ae", "stri\u212Ae", "epi\u017Fode",
		"bo mb", "B\u00f6mb", "raid", "RAID", "The Kremlin’s “terror” claim", "attac", "\xff\xfeattack",
	} {
		if got, want := hasEventWord(s), eventWordRE.MatchString(s); got != want {
			t.Errorf("hasEventWord(%q) = %v; the regular expression says %v", s, got, want)
		}
	}
}

func FuzzHasEventWord(f *testing.F) {
	f.Add("A drone stri\u212Ae on the Kremlin")
	f.Add("epi\u017Fode")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasEventWord(s), eventWordRE.MatchString(s); got != want {
			t.Errorf("hasEventWord(%q) = %v; the regular expression says %v", s, got, want)
		}
	})
}
