package dot_test

import (
	"log"
	"os"
	"strings"

	"github.com/newskg/newskg/export/dot"
	"github.com/newskg/newskg/graph"
)

// The encoder draws whatever graph it is given, so a picture of one
// entity's neighbourhood is graph.Select followed by Encode. Claims of one
// predicate between two entities are one edge.
func Example() {
	text := "Moscow accused Kyiv of the strike. Russia blamed Ukraine again. Orban met Putin."
	sentence := func(s string) (string, int, int) {
		i := strings.Index(text, s)
		return s, i, i + len(s)
	}
	claim := func(subj string, p graph.Predicate, obj, ev string) graph.Claim {
		ev, start, end := sentence(ev)
		return graph.Claim{Subject: subj, Predicate: p, Object: obj, Article: "a1", Evidence: ev, Start: start, End: end, Confidence: 0.9}
	}
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
			claim("russia", graph.Accused, "ukraine", "Moscow accused Kyiv of the strike."),
			claim("russia", graph.Accused, "ukraine", "Russia blamed Ukraine again."),
			claim("viktor-orban", graph.Met, "vladimir-putin", "Orban met Putin."),
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
	// 	graph [charset="UTF-8", rankdir="LR", newrank="true", splines="true", overlap="false", outputorder="edgesfirst", nodesep="0.2", ranksep="0.9", fontname="Helvetica", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2"><TR><TD ALIGN="LEFT"><FONT POINT-SIZE="18">Around Ukraine</FONT></TD></TR></TABLE>>, labelloc="t", labeljust="l"];
	// 	node [fontname="Helvetica", fontsize="11", style="filled", color="grey30"];
	// 	edge [fontname="Helvetica", fontsize="9", arrowsize="0.7"];
	//
	// 	"russia" [id="entity-90a6d53df47e4097", label="Russia", shape="doubleoctagon", fillcolor="#d9ead3", tooltip="Russia\naka Moscow"];
	// 	"ukraine" [id="entity-5c86f5a8ea4a7368", label="Ukraine", shape="doubleoctagon", fillcolor="#d9ead3", tooltip="Ukraine\naka Kyiv"];
	//
	// 	"russia" -> "ukraine" [id="link-e8688f1a2819f24a", label="accused ×2", color="red", fontcolor="red", style="solid", penwidth="2", weight="2", tooltip="“Moscow accused Kyiv of the strike.” — Strike (2023-05-04)\n“Russia blamed Ukraine again.” — Strike (2023-05-04)", labeltooltip="“Moscow accused Kyiv of the strike.” — Strike (2023-05-04)\n“Russia blamed Ukraine again.” — Strike (2023-05-04)"];
	// }
}
