package dgraph_test

import (
	"log"
	"os"

	"github.com/newskg/newskg/export/dgraph"
	"github.com/newskg/newskg/graph"
)

// Each claim becomes an edge whose facets hold its provenance, for quick
// traversals, and a Claim node that keeps it whole. Every node carries its
// external ID in xid, so that dgraph live --upsertPredicate xid updates a
// graph loaded before.
func Example() {
	text := `Zelenskyy blamed "Russia".`
	g := graph.New()
	err := g.Add(graph.Document{
		Article: graph.Article{ID: "a1", Title: "Strike", Date: "2023-05-04", Text: text},
		Entities: []graph.Entity{
			{ID: "russia", Type: graph.Country, Name: "Russia"},
			{ID: "zelensky", Type: graph.Person, Name: "Volodymyr Zelensky", Aliases: []string{"Zelenskyy"}},
		},
		Claims: []graph.Claim{{Subject: "zelensky", Predicate: graph.Accused, Object: "russia", Article: "a1",
			Evidence: text, Start: 0, End: len(text), Verb: "blamed", CAMEO: "112", Confidence: 0.9}},
	})
	if err != nil {
		log.Fatal(err)
	}
	if err := dgraph.NewEncoder(os.Stdout).Encode(g); err != nil {
		log.Fatal(err)
	}
	// Output:
	// <article/a1> <date_published> "2023-05-04"^^<xs:dateTime> .
	// <article/a1> <dgraph.type> "Article" .
	// <article/a1> <headline> "Strike" .
	// <article/a1> <mentions> <entity/russia> .
	// <article/a1> <mentions> <entity/zelensky> .
	// <article/a1> <text> "Zelenskyy blamed \"Russia\"." .
	// <article/a1> <xid> "article/a1" .
	// <claim/a10e73aa973aad96> <cameo> "112" .
	// <claim/a10e73aa973aad96> <confidence> "0.9"^^<xs:float> .
	// <claim/a10e73aa973aad96> <dgraph.type> "Claim" .
	// <claim/a10e73aa973aad96> <end> "26"^^<xs:int> .
	// <claim/a10e73aa973aad96> <evidence> "Zelenskyy blamed \"Russia\"." .
	// <claim/a10e73aa973aad96> <object> <entity/russia> .
	// <claim/a10e73aa973aad96> <predicate> "accused" .
	// <claim/a10e73aa973aad96> <source> <article/a1> .
	// <claim/a10e73aa973aad96> <start> "0"^^<xs:int> .
	// <claim/a10e73aa973aad96> <subject> <entity/zelensky> .
	// <claim/a10e73aa973aad96> <verb> "blamed" .
	// <claim/a10e73aa973aad96> <xid> "claim/a10e73aa973aad96" .
	// <entity/russia> <dgraph.type> "Country" .
	// <entity/russia> <name> "Russia" .
	// <entity/russia> <xid> "entity/russia" .
	// <entity/zelensky> <accused> <entity/russia> (article="a1", cameo="112", claim="a10e73aa973aad96", claim_count=1, confidence=0.9, date=2023-05-04, end=26, evidence="Zelenskyy blamed \"Russia\".", start=0, verb="blamed") .
	// <entity/zelensky> <aliases> "Zelenskyy" .
	// <entity/zelensky> <dgraph.type> "Person" .
	// <entity/zelensky> <name> "Volodymyr Zelensky" .
	// <entity/zelensky> <xid> "entity/zelensky" .
}
