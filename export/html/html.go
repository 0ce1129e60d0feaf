// Package html writes a knowledge graph as one interactive HTML page that
// works offline: Graphviz's SVG drawing of the claim network, the claims
// behind it as JSON, and a small script of our own, all in one file with
// nothing fetched from a network or a server.
//
// On the page, a click on an entity lists its claims grouped by predicate;
// a click on an edge lists each evidence sentence with its article's
// title, date, URL and confidence; a search box finds an entity by any of
// its names or aliases; and a toggle per predicate shows or hides its
// edges.
//
// The page finds the graph's elements in the SVG by the ids that package
// dot gives them (dot.EntityElementID, dot.LinkElementID), so the SVG must
// come from Graphviz laying out dot's encoding of the same graph:
//
//	var src bytes.Buffer
//	dot.NewEncoder(&src).Encode(g)
//	svg := run("dot", "-Tsvg", src)
//	err := html.Write(w, g, svg, "Who blamed whom")
//
// The output is deterministic: the same graph and SVG give the same bytes.
package html

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	stdhtml "html"
	"io"
	"strings"

	"github.com/newskg/newskg/export/dot"
	"github.com/newskg/newskg/graph"
)

var (
	//go:embed page.css
	pageCSS string
	//go:embed page.js
	pageJS string
)

// Page is the data the page's script reads: the drawn entities and links,
// with every claim's provenance, keyed by their SVG element ids.
type Page struct {
	Title      string      `json:"title"`
	Predicates []Predicate `json:"predicates"`
	Entities   []Entity    `json:"entities"`
	Links      []Link      `json:"links"`
}

// Predicate is one predicate drawn on the page, with its edge colour.
type Predicate struct {
	Name  string `json:"name"`
	Color string `json:"color"`
}

// Entity is one drawn entity.
type Entity struct {
	Element string   `json:"element"`
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases"`
}

// Link is one drawn edge: the claims of one predicate from one entity to
// another. Subject and Object are entity element ids.
type Link struct {
	Element   string  `json:"element"`
	Subject   string  `json:"subject"`
	Predicate string  `json:"predicate"`
	Object    string  `json:"object"`
	Claims    []Claim `json:"claims"`
}

// Claim is one claim with its provenance.
type Claim struct {
	ID         string  `json:"id"`
	Evidence   string  `json:"evidence"`
	Article    string  `json:"article"`
	Title      string  `json:"title"`
	Date       string  `json:"date"`
	URL        string  `json:"url"`
	Source     string  `json:"source"`
	Verb       string  `json:"verb"`
	Confidence float64 `json:"confidence"`
}

// NewPage gathers the page data for g: the entities and links that dot
// draws, in its order.
func NewPage(g *graph.Graph, title string) Page {
	ents, links := dot.Drawn(g)
	p := Page{Title: title, Entities: []Entity{}, Links: []Link{}, Predicates: []Predicate{}}
	seen := make(map[graph.Predicate]bool)
	for _, l := range links {
		seen[l.Predicate] = true
	}
	for _, pr := range graph.Predicates {
		if seen[pr] {
			p.Predicates = append(p.Predicates, Predicate{Name: string(pr), Color: dot.EdgeColor(pr)})
		}
	}
	for _, e := range ents {
		aliases := e.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		p.Entities = append(p.Entities, Entity{Element: dot.EntityElementID(e.ID), ID: e.ID, Name: e.Name, Type: string(e.Type), Aliases: aliases})
	}
	for _, l := range links {
		pl := Link{Element: dot.LinkElementID(l), Subject: dot.EntityElementID(l.Subject), Predicate: string(l.Predicate), Object: dot.EntityElementID(l.Object)}
		for _, c := range l.Claims {
			pc := Claim{ID: c.ID(), Evidence: c.Evidence, Article: c.Article, Verb: c.Verb, Confidence: c.Confidence}
			if a, ok := g.Article(c.Article); ok {
				pc.Title, pc.Date, pc.Source = a.Title, a.Date, a.Source
				if strings.HasPrefix(a.Source, "https://") || strings.HasPrefix(a.Source, "http://") {
					pc.URL = a.Source
				}
			}
			pl.Claims = append(pl.Claims, pc)
		}
		p.Links = append(p.Links, pl)
	}
	return p
}

// Write writes the page for g, with svg, Graphviz's SVG of dot's encoding
// of g, drawn in it. It writes nothing when it fails.
func Write(w io.Writer, g *graph.Graph, svg []byte, title string) error {
	if g == nil {
		return errors.New("html: nil graph")
	}
	i := bytes.Index(svg, []byte("<svg"))
	if i < 0 {
		return errors.New("html: no <svg> element in the drawing")
	}
	data, err := json.Marshal(NewPage(g, title))
	if err != nil {
		return fmt.Errorf("html: %w", err)
	}
	heading := title
	if heading == "" {
		heading = "newskg: who claimed what of whom"
	}
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	b.WriteString("<meta name=\"generator\" content=\"newskg\">\n")
	b.WriteString("<title>" + stdhtml.EscapeString(heading) + "</title>\n")
	b.WriteString("<style>\n" + pageCSS + "</style>\n</head>\n<body>\n")
	b.WriteString("<header>\n<h1>" + stdhtml.EscapeString(heading) + "</h1>\n")
	b.WriteString("<form id=\"search\" role=\"search\"><input id=\"q\" type=\"search\" list=\"names\" placeholder=\"Find an entity by any name\" aria-label=\"Find an entity\" autocomplete=\"off\"><datalist id=\"names\"></datalist><button type=\"submit\">Find</button></form>\n")
	b.WriteString("<div id=\"predicates\" aria-label=\"Predicates\"></div>\n")
	b.WriteString("<div id=\"zoom\"><button type=\"button\" data-zoom=\"in\" title=\"Zoom in\">+</button><button type=\"button\" data-zoom=\"out\" title=\"Zoom out\">−</button><button type=\"button\" data-zoom=\"fit\" title=\"Fit to the window\">fit</button></div>\n")
	b.WriteString("</header>\n<main>\n<div id=\"drawing\">\n")
	// Graphviz's SVG minus its XML declaration and DOCTYPE, which
	// HTML does not allow inside a document.
	b.Write(svg[i:])
	b.WriteString("\n</div>\n<aside id=\"panel\" aria-live=\"polite\"><p class=\"hint\">Click an entity or an edge to read the claims and their evidence.</p></aside>\n</main>\n")
	// json.Marshal escapes <, > and &, so no string in the data can
	// close the script element.
	b.WriteString("<script type=\"application/json\" id=\"newskg-data\">")
	b.Write(data)
	b.WriteString("</script>\n<script>\n" + pageJS + "</script>\n</body>\n</html>\n")
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("html: write page: %w", err)
	}
	return nil
}
