package dot_test

import (
	"log"
	"os"
	"strings"

	"github.com/newskg/newskg/export/dot"
	"github.com/newskg/newskg/graph"
)

// The encoder draws whatever graph it is given, so a picture of one
// entity's neighbourhood is graph.Select followed by Encode.
func Example() {
	text := "Moscow accused Kyiv of the strike. Orban met Putin."
	first := strings.Index(text, ".") + 1
	g := graph.New()
	err := g.Add(graph.Document{
		Article: graph.Article{ID: "a1", Title: "Strike", Date: "2023-05-04", Text: text},
		Entities: []graph.Entity{
			{ID: "russia", Type: graph.Country, Name: "Russia", Aliases: []string{"Moscow"}},
			{ID: "ukraine", Type: graph.Country, Name: "Ukraine", Aliases: []string{"Kyiv"}},
			{ID: "viktor-orban", Type: graph.Person, Name: "Viktor Orbán", Aliases: []string{"Orban"}},
			{ID: "vladimir-putin", Type: graph.Person, Name: "Vladimir Putin", Aliases: []string{"Putin"}},
		},
		Claims: []graph.Claim{
			{Subject: "russia", Predicate: graph.Accused, Object: "ukraine", Article: "a1",
				Evidence: text[:first], Start: 0, End: first, Confidence: 0.9},
			{Subject: "viktor-orban", Predicate: graph.Met, Object: "vladimir-putin", Article: "a1",
				Evidence: text[first+1:], Start: first + 1, End: len(text), Confidence: 0.9},
		},
	})
	if err != nil {
		log.Fatal(err)
	}

	// Keep what lies within one claim of Ukraine: the meeting goes.
	near := g.Select(graph.Selection{Focus: []string{"ukraine"}, Depth: 1})

	enc := dot.NewEncoder(os.Stdout)
	enc.SetTitle("Around Ukraine")
	enc.SetLegend(false)
	if err := enc.Encode(near); err != nil {
		log.Fatal(err)
	}
	// Output:
	// digraph "newskg" {
	// 	graph [charset="UTF-8", rankdir="LR", splines="true", overlap="false", outputorder="edgesfirst", nodesep="0.3", ranksep="0.9", fontname="Helvetica", fontsize="18", label="Around Ukraine", labelloc="t"];
	// 	node [fontname="Helvetica", fontsize="11", style="filled", color="grey30"];
	// 	edge [fontname="Helvetica", fontsize="9", arrowsize="0.7"];
	//
	// 	subgraph "cluster_Country" {
	// 		graph [label="Country", style="rounded", color="grey70", fontcolor="grey35", fontsize="11"];
	// 		"russia" [label="Russia", shape="doubleoctagon", fillcolor="#d9ead3", tooltip="Russia\naka Moscow"];
	// 		"ukraine" [label="Ukraine", shape="doubleoctagon", fillcolor="#d9ead3", tooltip="Ukraine\naka Kyiv"];
	// 	}
	//
	// 	"russia" -> "ukraine" [id="90720f86875a1b34", label="accused", color="red", fontcolor="red", style="solid", tooltip="Moscow accused Kyiv of the strike. — Strike (2023-05-04)", labeltooltip="Moscow accused Kyiv of the strike. — Strike (2023-05-04)"];
	// }
}
