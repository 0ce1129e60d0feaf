package extract

import (
	"testing"

	"github.com/newskg/newskg/graph"
)

func TestParagraphsEndingWithACreditOrEmojiKeepTheirClaims(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, para := range []string{
		"Russia accused Ukraine of attacking the Kremlin with drones (Reuters)",
		"Russia accused Ukraine of attacking the Kremlin with drones [AP]",
		"Russia accused Ukraine of attacking the Kremlin with drones 🇷🇺",
		"Russia accused Ukraine of attacking the Kremlin with drones. (Reuters)",
	} {
		text := "Drones over Moscow\n\n" + para + "\n"
		d := x.Extract(graph.Article{ID: "a", Title: "Drones over Moscow", Text: text})
		found := false
		for _, c := range d.Claims {
			found = found || c.Predicate == graph.Accused && c.Subject == "russia" && c.Object == "ukraine"
		}
		if !found {
			t.Errorf("%q: no claim Russia accused Ukraine; claims %v", para, d.Claims)
		}
	}
	for _, line := range []string{"Watch live 📺", "Sport (BBC)", "Menu [+]",
		"Replacements: Everitt for Mapletoft (53), Hodgson for Edwards (77), Reid for Murphy (47)",
		"Sweden and Finland place navies are on high alert over Russian ships[ANALYSIS]",
		"Sweden and Finland place navies are on high alert over Russian ships [VIDEO]"} {
		if isProse(line) {
			t.Errorf("%q taken for prose", line)
		}
	}
}
