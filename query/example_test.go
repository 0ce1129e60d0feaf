package query_test

import (
	"fmt"
	"log"
	"os"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/query"
)

// twoHowards returns a graph where one article names Michael Howard, one
// John Howard and one only "Mr Howard".
func twoHowards() *graph.Graph {
	g := graph.New()
	add := func(id, text string, ents ...graph.Entity) {
		d := graph.Document{Article: graph.Article{ID: id, Title: id, Text: text}, Entities: ents}
		for _, e := range ents {
			d.Mentions = append(d.Mentions, e.ID)
		}
		if len(ents) == 2 {
			d.Claims = []graph.Claim{{Subject: ents[0].ID, Predicate: graph.Accused, Object: ents[1].ID,
				Article: id, Evidence: text, End: len(text), Confidence: 0.9}}
		}
		if err := g.Add(d); err != nil {
			log.Fatal(err)
		}
	}
	blair := graph.Entity{ID: "tony-blair", Type: graph.Person, Name: "Tony Blair"}
	add("a", "Michael Howard accused Tony Blair.", graph.Entity{ID: "michael-howard", Type: graph.Person, Name: "Michael Howard"}, blair)
	add("b", "John Howard accused Tony Blair.", graph.Entity{ID: "john-howard", Type: graph.Person, Name: "John Howard"}, blair)
	add("c", "Mr Howard spoke.", graph.Entity{ID: "howard-c", Type: graph.Person, Name: "Howard"})
	return g
}

func ExampleResolveNames() {
	g := twoHowards()
	ids := query.ResolveNames(g, "Mr Howard")
	fmt.Println(ids)
	for _, c := range query.Candidates(g, "Howard", ids) {
		fmt.Println(c.Name, c.Claims)
	}
	// Output:
	// [howard-c john-howard michael-howard]
	// John Howard 1
	// Michael Howard 1
	// Howard 0
}

func ExampleEntities() {
	rows := query.Entities(twoHowards(), query.EntityFilter{Search: "Howard"})
	if err := query.WriteEntitiesCSV(os.Stdout, rows); err != nil {
		log.Fatal(err)
	}
	// Output:
	// id,name,type,claims,articles,aliases,article_ids
	// john-howard,John Howard,Person,1,1,,b
	// michael-howard,Michael Howard,Person,1,1,,a
	// howard-c,Howard,Person,0,1,,c
}
