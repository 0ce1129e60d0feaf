package nquads

import (
	"bytes"
	"fmt"
	"io"
	"testing"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/graphtest"
)

// bigGraph repeats the hostile graph's articles n times under new IDs.
func bigGraph(b *testing.B, n int) *graph.Graph {
	g := graph.New()
	docs := graphtest.Hostile().Documents()
	for i := range n {
		for _, d := range docs {
			d.Article.ID = fmt.Sprintf("%s-%04d", d.Article.ID, i)
			claims := make([]graph.Claim, len(d.Claims))
			for k, c := range d.Claims {
				c.Article = d.Article.ID
				claims[k] = c
			}
			d.Claims = claims
			if err := g.Add(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	return g
}

// BenchmarkDecode reads a graph of 2,000 articles in full, without
// texts, and entities and article IDs only (what --append reads).
func BenchmarkDecode(b *testing.B) {
	data := encode(b, bigGraph(b, 1000), "")
	for _, bc := range []struct {
		name string
		set  func(*Decoder)
	}{
		{"full", func(*Decoder) {}},
		{"skip-text", func(d *Decoder) { d.SkipText(true) }},
		{"entities-only", func(d *Decoder) { d.EntitiesOnly() }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				d := NewDecoder(bytes.NewReader(data))
				bc.set(d)
				if _, err := d.Decode(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkWriter writes a graph of 2,000 articles article by article,
// against Encode of the whole graph.
func BenchmarkWriter(b *testing.B) {
	g := bigGraph(b, 1000)
	docs := g.Documents()
	size := int64(len(encode(b, g, "")))
	b.Run("encode", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			if err := NewEncoder(io.Discard).Encode(g); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("writer", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			w, err := NewWriter("", spoolFile(b))
			if err != nil {
				b.Fatal(err)
			}
			for _, d := range docs {
				if err := w.Add(d); err != nil {
					b.Fatal(err)
				}
			}
			if err := w.WriteTo(io.Discard, g.Entities()); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkWriterHead writes the default graph of 20,000 entities, some
// with aliases and sameAs IRIs: what the end of a build writes before
// it copies the articles.
func BenchmarkWriterHead(b *testing.B) {
	var ents []*graph.Entity
	for i := range 20000 {
		e := &graph.Entity{ID: fmt.Sprintf("entity-%05d", i), Type: graph.EntityTypes[i%len(graph.EntityTypes)], Name: fmt.Sprintf("Entity %d", i)}
		if i%3 == 0 {
			e.Aliases = []string{fmt.Sprintf("E%d", i), fmt.Sprintf("Ent %d", i)}
		}
		if i%10 == 0 {
			e.SameAs = []string{fmt.Sprintf("https://www.wikidata.org/wiki/Q%d", i)}
		}
		ents = append(ents, e)
	}
	b.ReportAllocs()
	for b.Loop() {
		w, err := NewWriter("", spoolFile(b))
		if err != nil {
			b.Fatal(err)
		}
		if err := w.WriteTo(io.Discard, ents); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriterAdd adds the 2,000 articles of bigGraph to a Writer:
// what a build does on the goroutine that takes the articles.
func BenchmarkWriterAdd(b *testing.B) {
	docs := bigGraph(b, 1000).Documents()
	w, err := NewWriter("", spoolFile(b))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if err := w.Add(d); err != nil {
				b.Fatal(err)
			}
		}
		w.blocks = w.blocks[:0]
	}
}
