package eval_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/newskg/newskg/eval"
	"github.com/newskg/newskg/graph"
)

func Example() {
	gold, err := eval.LoadGold("testdata/small")
	if err != nil {
		log.Fatal(err)
	}

	// A graph of one gold article with one claim. The extractor named
	// the entities "Kyiv" and "Moscow", which the gold lists as mentions
	// of ukraine and russia; its "accused" is the gold's "blamed".
	text := "Russia accused Ukraine of staging the drone attack. Kyiv blamed Moscow."
	ev := "Kyiv blamed Moscow."
	start := strings.Index(text, ev)
	g := graph.New()
	err = g.Add(graph.Document{
		Article: graph.Article{ID: "a1", Text: text},
		Entities: []graph.Entity{
			{ID: "kyiv", Type: graph.Place, Name: "Kyiv"},
			{ID: "moscow", Type: graph.Place, Name: "Moscow"},
		},
		Claims: []graph.Claim{{Subject: "kyiv", Predicate: graph.Accused, Object: "moscow",
			Article: "a1", Evidence: ev, Start: start, End: start + len(ev)}},
	})
	if err != nil {
		log.Fatal(err)
	}

	r := eval.Score(g, gold)
	fmt.Printf("entities: P=%.2f R=%.2f\n", r.Entities.Precision, r.Entities.Recall)
	fmt.Printf("relations: P=%.2f R=%.2f F1=%.2f\n", r.Relations.Overall.Precision, r.Relations.Overall.Recall, r.Relations.Overall.F1)
	accused := r.ByPredicate[graph.Accused]
	fmt.Printf("accused: %d found, %d missed\n", accused.TP, accused.FN)
	fmt.Println("not in the graph:", r.MissingArticles)
	// Output:
	// entities: P=1.00 R=0.22
	// relations: P=1.00 R=0.14 F1=0.25
	// accused: 1 found, 1 missed
	// not in the graph: [a2]
}
