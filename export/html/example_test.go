package html_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/newskg/newskg/export/html"
	"github.com/newskg/newskg/graph"
)

// The page's data holds one link per predicate and pair, each with every
// claim's evidence and provenance.
func ExampleNewPage() {
	text := "Moscow accused Kyiv of the strike. Russia blamed Ukraine again."
	claim := func(ev string) graph.Claim {
		i := strings.Index(text, ev)
		return graph.Claim{Subject: "russia", Predicate: graph.Accused, Object: "ukraine", Article: "a1",
			Evidence: ev, Start: i, End: i + len(ev), Confidence: 0.9}
	}
	g := graph.New()
	err := g.Add(graph.Document{
		Article: graph.Article{ID: "a1", Title: "Strike", Date: "2023-05-04", Source: "https://example.org/strike", Text: text},
		Entities: []graph.Entity{
			{ID: "russia", Type: graph.Country, Name: "Russia", Aliases: []string{"Moscow"}},
			{ID: "ukraine", Type: graph.Country, Name: "Ukraine", Aliases: []string{"Kyiv"}},
		},
		Claims: []graph.Claim{claim("Moscow accused Kyiv of the strike."), claim("Russia blamed Ukraine again.")},
	})
	if err != nil {
		log.Fatal(err)
	}
	p := html.NewPage(g, "Strike")
	for _, l := range p.Links {
		fmt.Println(l.Predicate, len(l.Claims), "claims")
		for _, c := range l.Claims {
			fmt.Printf("  %q %s %s %s\n", c.Evidence, c.Title, c.Date, c.URL)
		}
	}
	// Output:
	// accused 2 claims
	//   "Moscow accused Kyiv of the strike." Strike 2023-05-04 https://example.org/strike
	//   "Russia blamed Ukraine again." Strike 2023-05-04 https://example.org/strike
}
