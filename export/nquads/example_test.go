package nquads_test

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/newskg/newskg/export/nquads"
	"github.com/newskg/newskg/graph"
)

func ExampleEncoder() {
	text := "Russia accused Ukraine."
	g := graph.New()
	err := g.Add(graph.Document{
		Article: graph.Article{ID: "a1", Text: text},
		Entities: []graph.Entity{
			{ID: "russia", Type: graph.Country, Name: "Russia"},
			{ID: "ukraine", Type: graph.Country, Name: "Ukraine"},
		},
		Claims: []graph.Claim{{Subject: "russia", Predicate: graph.Accused, Object: "ukraine", Article: "a1",
			Evidence: text, Start: 0, End: len(text), Verb: "accused", CAMEO: "112", Confidence: 0.9}},
	})
	if err != nil {
		log.Fatal(err)
	}
	enc := nquads.NewEncoder(os.Stdout)
	enc.SetBase("http://ex.org/")
	if err := enc.Encode(g); err != nil {
		log.Fatal(err)
	}
	// Output:
	// <http://ex.org/entity/russia> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Country> .
	// <http://ex.org/entity/russia> <http://www.w3.org/2000/01/rdf-schema#label> "Russia" .
	// <http://ex.org/entity/ukraine> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Country> .
	// <http://ex.org/entity/ukraine> <http://www.w3.org/2000/01/rdf-schema#label> "Ukraine" .
	// <http://ex.org/article/a1> <http://schema.org/mentions> <http://ex.org/entity/russia> <http://ex.org/graph/a1> .
	// <http://ex.org/article/a1> <http://schema.org/mentions> <http://ex.org/entity/ukraine> <http://ex.org/graph/a1> .
	// <http://ex.org/article/a1> <http://schema.org/text> "Russia accused Ukraine." <http://ex.org/graph/a1> .
	// <http://ex.org/article/a1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/NewsArticle> <http://ex.org/graph/a1> .
	// <http://ex.org/claim/d1b76103f33052e0> <http://ex.org/ns#cameo> "112" <http://ex.org/graph/a1> .
	// <http://ex.org/claim/d1b76103f33052e0> <http://ex.org/ns#charEnd> "23"^^<http://www.w3.org/2001/XMLSchema#integer> <http://ex.org/graph/a1> .
	// <http://ex.org/claim/d1b76103f33052e0> <http://ex.org/ns#charStart> "0"^^<http://www.w3.org/2001/XMLSchema#integer> <http://ex.org/graph/a1> .
	// <http://ex.org/claim/d1b76103f33052e0> <http://ex.org/ns#confidence> "9.0E-1"^^<http://www.w3.org/2001/XMLSchema#double> <http://ex.org/graph/a1> .
	// <http://ex.org/claim/d1b76103f33052e0> <http://ex.org/ns#end> "23"^^<http://www.w3.org/2001/XMLSchema#integer> <http://ex.org/graph/a1> .
	// <http://ex.org/claim/d1b76103f33052e0> <http://ex.org/ns#evidence> "Russia accused Ukraine." <http://ex.org/graph/a1> .
	// <http://ex.org/claim/d1b76103f33052e0> <http://ex.org/ns#start> "0"^^<http://www.w3.org/2001/XMLSchema#integer> <http://ex.org/graph/a1> .
	// <http://ex.org/claim/d1b76103f33052e0> <http://ex.org/ns#verb> "accused" <http://ex.org/graph/a1> .
	// <http://ex.org/claim/d1b76103f33052e0> <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> <http://ex.org/entity/ukraine> <http://ex.org/graph/a1> .
	// <http://ex.org/claim/d1b76103f33052e0> <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <http://ex.org/ns#accused> <http://ex.org/graph/a1> .
	// <http://ex.org/claim/d1b76103f33052e0> <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <http://ex.org/entity/russia> <http://ex.org/graph/a1> .
	// <http://ex.org/claim/d1b76103f33052e0> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://ex.org/ns#Claim> <http://ex.org/graph/a1> .
	// <http://ex.org/claim/d1b76103f33052e0> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> <http://ex.org/graph/a1> .
	// <http://ex.org/claim/d1b76103f33052e0> <http://www.w3.org/ns/prov#wasQuotedFrom> <http://ex.org/article/a1> <http://ex.org/graph/a1> .
	// <http://ex.org/entity/russia> <http://ex.org/ns#accused> <http://ex.org/entity/ukraine> <http://ex.org/graph/a1> .
	// <http://ex.org/entity/russia> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Country> <http://ex.org/graph/a1> .
	// <http://ex.org/entity/russia> <http://www.w3.org/2000/01/rdf-schema#label> "Russia" <http://ex.org/graph/a1> .
	// <http://ex.org/entity/ukraine> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Country> <http://ex.org/graph/a1> .
	// <http://ex.org/entity/ukraine> <http://www.w3.org/2000/01/rdf-schema#label> "Ukraine" <http://ex.org/graph/a1> .
}

func ExampleDecoder() {
	const file = `<https://newskg.example/entity/kyiv> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Place> .
<https://newskg.example/entity/kyiv> <http://www.w3.org/2000/01/rdf-schema#label> "Kyiv" .
<https://newskg.example/entity/kyiv> <http://schema.org/alternateName> "Київ" .
`
	dec := nquads.NewDecoder(strings.NewReader(file))
	g, err := dec.Decode()
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range g.Entities() {
		fmt.Println(e.ID, e.Type, e.Name, e.Aliases)
	}
	fmt.Println(dec.Base())
	// Output:
	// kyiv Place Kyiv [Київ]
	// https://newskg.example/
}

// A Writer takes each article's quads as the article comes and writes
// them, in the order Encode would, with the final entities at the end.
func ExampleWriter() {
	spool, err := os.CreateTemp("", "spool")
	if err != nil {
		log.Fatal(err)
	}
	defer os.Remove(spool.Name())
	defer spool.Close()
	w, err := nquads.NewWriter("http://ex.org/", spool)
	if err != nil {
		log.Fatal(err)
	}
	g := graph.New()
	for _, id := range []string{"b", "a"} {
		d := graph.Document{
			Article:  graph.Article{ID: id, Title: "Story " + id, Text: "Story " + id},
			Entities: []graph.Entity{{ID: "kyiv", Type: graph.Place, Name: "Kyiv"}},
			Mentions: []string{"kyiv"},
		}
		if err := g.Add(d); err != nil {
			log.Fatal(err)
		}
		if err := w.Add(d); err != nil { // written to the spool now
			log.Fatal(err)
		}
		g.DropText(id) // the text is no longer needed in memory
	}
	var b strings.Builder
	if err := w.WriteTo(&b, g.Entities()); err != nil {
		log.Fatal(err)
	}
	for _, l := range strings.SplitAfter(b.String(), "\n") {
		if strings.Contains(l, "headline") {
			fmt.Print(l)
		}
	}
	// Output:
	// <http://ex.org/article/a> <http://schema.org/headline> "Story a" <http://ex.org/graph/a> .
	// <http://ex.org/article/b> <http://schema.org/headline> "Story b" <http://ex.org/graph/b> .
}

// WriteFile returns the layout of what it wrote: where each article's
// graph lies, with its SHA-256. The ID hashes those sums, and Digest
// finds the same ID in the same N-Quads written any other way.
func ExampleWriter_WriteFile() {
	spool, err := os.CreateTemp("", "spool")
	if err != nil {
		log.Fatal(err)
	}
	defer os.Remove(spool.Name())
	defer spool.Close()
	w, err := nquads.NewWriter("http://ex.org/", spool)
	if err != nil {
		log.Fatal(err)
	}
	g := graph.New()
	for _, id := range []string{"b", "a"} {
		d := graph.Document{
			Article:  graph.Article{ID: id, Title: "Story " + id, Text: "Story " + id},
			Entities: []graph.Entity{{ID: "kyiv", Type: graph.Place, Name: "Kyiv"}},
			Mentions: []string{"kyiv"},
		}
		if err := g.Add(d); err != nil {
			log.Fatal(err)
		}
		if err := w.Add(d); err != nil {
			log.Fatal(err)
		}
	}
	var b bytes.Buffer
	l, err := w.WriteFile(&b, g.Entities(), nil)
	if err != nil {
		log.Fatal(err)
	}
	off := l.Head.Size
	for _, bl := range l.Blocks {
		block := b.Bytes()[off : off+bl.Size]
		fmt.Printf("%s: SHA-256 right: %v\n", bl.Label, sha256.Sum256(block) == bl.Sum)
		off += bl.Size
	}
	d := nquads.NewDigest("http://ex.org/")
	d.Write(b.Bytes())
	id, _ := d.ID()
	fmt.Println("same ID:", id == l.ID())
	// Output:
	// <http://ex.org/graph/a>: SHA-256 right: true
	// <http://ex.org/graph/b>: SHA-256 right: true
	// same ID: true
}
