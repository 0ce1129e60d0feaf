package graphml_test

import (
	"log"
	"os"

	"github.com/newskg/newskg/export/graphml"
	"github.com/newskg/newskg/graph"
)

func Example() {
	text := "Kyiv denied it."
	g := graph.New()
	err := g.Add(graph.Document{
		Article: graph.Article{ID: "a1", Title: "Kyiv denied it.", Date: "2023-05-04", Text: text},
		Entities: []graph.Entity{
			{ID: "ukraine", Type: graph.Country, Name: "Ukraine", Aliases: []string{"Kyiv", "Ukraine"},
				SameAs: []string{"http://www.wikidata.org/entity/Q212"}},
			{ID: "kremlin-drone-attack", Type: graph.Event, Name: "Kremlin drone attack"},
		},
		Claims: []graph.Claim{{Subject: "ukraine", Predicate: graph.Denied, Object: "kremlin-drone-attack",
			Article: "a1", Evidence: text, Start: 0, End: len(text), Verb: "denied",
			CAMEO: graph.Denied.CAMEO(), Confidence: 0.9}},
	})
	if err != nil {
		log.Fatal(err)
	}
	if err := graphml.NewEncoder(os.Stdout).Encode(g); err != nil {
		log.Fatal(err)
	}
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
	//   <key id="labels" for="node" attr.name="labels" attr.type="string"></key>
	//   <key id="name" for="node" attr.name="name" attr.type="string"></key>
	//   <key id="nodelabel" for="node" attr.name="label" attr.type="string"></key>
	//   <key id="type" for="node" attr.name="type" attr.type="string"></key>
	//   <key id="aliases" for="node" attr.name="aliases" attr.type="string"></key>
	//   <key id="sameAs" for="node" attr.name="sameAs" attr.type="string"></key>
	//   <key id="label" for="edge" attr.name="label" attr.type="string"></key>
	//   <key id="predicate" for="edge" attr.name="predicate" attr.type="string"></key>
	//   <key id="article" for="edge" attr.name="article" attr.type="string"></key>
	//   <key id="title" for="edge" attr.name="title" attr.type="string"></key>
	//   <key id="date" for="edge" attr.name="date" attr.type="string"></key>
	//   <key id="evidence" for="edge" attr.name="evidence" attr.type="string"></key>
	//   <key id="start" for="edge" attr.name="start" attr.type="int"></key>
	//   <key id="end" for="edge" attr.name="end" attr.type="int"></key>
	//   <key id="verb" for="edge" attr.name="verb" attr.type="string"></key>
	//   <key id="cameo" for="edge" attr.name="cameo" attr.type="string"></key>
	//   <key id="confidence" for="edge" attr.name="confidence" attr.type="double"></key>
	//   <graph id="G" edgedefault="directed">
	//     <node id="kremlin-drone-attack" labels=":Event">
	//       <data key="labels">:Event</data>
	//       <data key="name">Kremlin drone attack</data>
	//       <data key="nodelabel">Kremlin drone attack</data>
	//       <data key="type">Event</data>
	//       <data key="aliases"></data>
	//       <data key="sameAs"></data>
	//     </node>
	//     <node id="ukraine" labels=":Country">
	//       <data key="labels">:Country</data>
	//       <data key="name">Ukraine</data>
	//       <data key="nodelabel">Ukraine</data>
	//       <data key="type">Country</data>
	//       <data key="aliases">Kyiv|Ukraine</data>
	//       <data key="sameAs">http://www.wikidata.org/entity/Q212</data>
	//     </node>
	//     <edge id="21cae4c7e08f3858" source="ukraine" target="kremlin-drone-attack" label="denied">
	//       <data key="label">denied</data>
	//       <data key="predicate">denied</data>
	//       <data key="article">a1</data>
	//       <data key="title">Kyiv denied it.</data>
	//       <data key="date">2023-05-04</data>
	//       <data key="evidence">Kyiv denied it.</data>
	//       <data key="start">0</data>
	//       <data key="end">15</data>
	//       <data key="verb">denied</data>
	//       <data key="cameo">016</data>
	//       <data key="confidence">0.9</data>
	//     </edge>
	//   </graph>
	// </graphml>
}
