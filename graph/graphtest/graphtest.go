// Package graphtest builds small graphs for the tests of packages that
// consume graphs, such as the encoders.
package graphtest

import (
	"strings"

	"github.com/newskg/newskg/graph"
)

// Hostile returns a small graph whose names and evidence hold everything
// that encoders must escape: quotes, backslashes, newlines, tabs, <>&, a
// node whose ID is the DOT keyword "node", non-ASCII letters, and two
// claims between the same pair of entities.
func Hostile() *graph.Graph {
	text := "Kyiv Post\ndate 2023-05-04\n" +
		"Moscow said \"Kyiv\" attacked the Kremlin <at night> & denied it.\n" +
		"Peskov\tsaid C:\\path was hit; Zelenskyy blamed Russia.\n" +
		"Зеленський denied the claim: «ніколи».\n"
	find := func(s string) (int, int) {
		i := strings.Index(text, s)
		if i < 0 {
			panic("graphtest: evidence not in text: " + s)
		}
		return i, i + len(s)
	}
	claim := func(subj string, p graph.Predicate, obj, ev, verb string, conf float64) graph.Claim {
		s, e := find(ev)
		return graph.Claim{Subject: subj, Predicate: p, Object: obj, Article: "a1", Evidence: ev, Start: s, End: e,
			Verb: verb, CAMEO: p.CAMEO(), Confidence: conf}
	}
	g := graph.New()
	doc := graph.Document{
		Article: graph.Article{ID: "a1", Title: "Kyiv Post", Date: "2023-05-04", Source: "https://example.org/a?b=1&c=\"2\"", Text: text},
		Entities: []graph.Entity{
			{ID: "russia", Type: graph.Country, Name: "Russia", Aliases: []string{"Moscow", "Russia"}, SameAs: []string{"http://www.wikidata.org/entity/Q159"}},
			{ID: "ukraine", Type: graph.Country, Name: "Ukraine", Aliases: []string{"Kyiv", "Ukraine"}},
			{ID: "node", Type: graph.Organization, Name: "node", Aliases: []string{"node", "edge \"graph\""}},
			{ID: "volodymyr-zelensky", Type: graph.Person, Name: "Volodymyr Zelensky", Aliases: []string{"Zelenskyy", "Зеленський"}},
			{ID: "dmitry-peskov", Type: graph.Person, Name: "Dmitry \"Dima\" Peskov\\", Aliases: []string{"Peskov"}},
			{ID: "kremlin-drone-attack", Type: graph.Event, Name: "Kremlin drone attack <3 May>", Aliases: []string{"attack & strike"}},
			{ID: "kyiv", Type: graph.Place, Name: "Kyïv\tcity\nline", Aliases: nil},
		},
		Mentions: []string{"kyiv"},
	}
	doc.Claims = []graph.Claim{
		claim("russia", graph.Accused, "ukraine", "Moscow said \"Kyiv\" attacked the Kremlin <at night> & denied it.", "said", 0.7),
		claim("ukraine", graph.Denied, "kremlin-drone-attack", "denied it", "denied", 0.9),
		claim("dmitry-peskov", graph.Accused, "node", "Peskov\tsaid C:\\path was hit", "said", 0.65),
		claim("volodymyr-zelensky", graph.Accused, "russia", "Zelenskyy blamed Russia.", "blamed", 0.9),
		claim("volodymyr-zelensky", graph.Denied, "russia", "Зеленський denied the claim: «ніколи».", "denied", 0.5),
		claim("russia", graph.Attacked, "ukraine", "attacked the Kremlin", "attacked", 0.95),
	}
	if err := g.Add(doc); err != nil {
		panic("graphtest: " + err.Error())
	}
	second := "Second story\n\nRussia accused Ukraine again.\n"
	if err := g.Add(graph.Document{
		Article:  graph.Article{ID: "b-2", Title: "Second story", Text: second},
		Entities: []graph.Entity{{ID: "russia", Type: graph.Country, Name: "Russia"}, {ID: "ukraine", Type: graph.Country, Name: "Ukraine"}},
		Claims: []graph.Claim{{Subject: "russia", Predicate: graph.Accused, Object: "ukraine", Article: "b-2",
			Evidence: "Russia accused Ukraine again.", Start: 14, End: 43, Verb: "accused", CAMEO: "112", Confidence: 1}},
	}); err != nil {
		panic("graphtest: " + err.Error())
	}
	return g
}
