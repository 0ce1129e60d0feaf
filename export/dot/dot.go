// Package dot writes a knowledge graph as a Graphviz DOT digraph styled for
// reading: one cluster of nodes per entity type, each type with its own
// shape and fill, one edge per claim coloured by its predicate, and a
// legend.
//
// The encoder draws the whole graph it is given. To draw the neighbourhood
// of an entity, or only some predicates, narrow the graph first with
// graph.Select:
//
//	sub := g.Select(graph.Selection{Focus: []string{"ukraine"}, Depth: 1})
//	err := dot.NewEncoder(w).Encode(sub)
//
// The output is deterministic: the same graph gives the same bytes, with
// entities in ID order and claims in graph.CompareClaims order. Several
// claims between the same two entities stay separate edges (the graph is
// never written `strict`). Rendered to SVG (dot -Tsvg), each claim's edge
// is the element whose id is the claim's ID, and hovering over it or its
// label shows the evidence and the article; hovering over a node shows the
// entity's aliases.
//
// Any entity ID, name, evidence or title gives DOT that Graphviz accepts
// and SVG that is well-formed. Every ID and value is quoted, with `\` and
// `"` escaped, line breaks (LF, CR, CRLF) written as \n, tabs as spaces,
// `&` as &amp; (Graphviz decodes HTML entities in labels), and control
// characters and invalid UTF-8 replaced by U+FFFD. Strings of more than 4
// KB are split into "…" + "…" pieces, since Graphviz rejects a quoted
// string of 16 KB. Node IDs are the entity IDs, with `%`, control
// characters and invalid UTF-8 percent-encoded so that two entities never
// share a node. Entity names longer than 80 characters are shortened in
// labels, never in tooltips, since Graphviz cannot lay out very wide nodes.
package dot

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/newskg/newskg/graph"
)

const (
	font = "Helvetica"
	// maxLabel and maxTitle keep nodes and the title narrow enough for
	// Graphviz to lay out; see clip.
	maxLabel = 80
	maxTitle = 200
	// legendPrefix starts the IDs of the legend's nodes. Entity IDs never
	// start with a space (graph rejects untrimmed IDs), so legend nodes
	// cannot take over an entity's node.
	legendPrefix = " legend "
)

// An Encoder writes graphs as DOT to an output stream.
type Encoder struct {
	w      io.Writer
	title  string
	legend bool
}

// NewEncoder returns an encoder that writes to w. By default it draws a
// legend and no title.
func NewEncoder(w io.Writer) *Encoder {
	return &Encoder{w: w, legend: true}
}

// SetTitle sets a title to draw above the graph; the empty string, the
// default, draws none. Titles longer than 200 characters are shortened.
func (e *Encoder) SetTitle(title string) { e.title = title }

// SetLegend sets whether to draw a legend: a cluster named cluster_legend
// that shows the shape of each entity type and the edge style of each
// predicate. It lists only the types and predicates that the graph holds,
// so that the legend of a picture narrowed by graph.Select explains that
// picture and nothing else; an empty graph gets no legend.
func (e *Encoder) SetLegend(on bool) { e.legend = on }

// Encode writes g as one DOT digraph. It writes nothing unless the whole
// graph has been rendered, so a failed Encode leaves no partial graph.
func (e *Encoder) Encode(g *graph.Graph) error {
	if g == nil {
		return errors.New("dot: encode nil graph")
	}
	var b bytes.Buffer
	e.write(&b, g)
	if _, err := e.w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("dot: write graph: %w", err)
	}
	return nil
}

func (e *Encoder) write(b *bytes.Buffer, g *graph.Graph) {
	ents, claims := g.Entities(), g.Claims()
	types, preds := typesOf(ents), predicatesOf(claims)

	b.WriteString("digraph \"newskg\" {\n")
	ga := []attr{
		{"charset", "UTF-8"},
		{"rankdir", "LR"},
		{"splines", "true"},
		// dot ignores overlap; it keeps the file readable when drawn
		// with neato or fdp instead.
		{"overlap", "false"},
		// Nodes over edges, so that crossing edges do not hide names.
		{"outputorder", "edgesfirst"},
		{"nodesep", "0.3"},
		{"ranksep", "0.9"},
		{"fontname", font},
	}
	if e.title != "" {
		ga = append(ga, attr{"fontsize", "18"}, attr{"label", clip(e.title, maxTitle)}, attr{"labelloc", "t"})
	}
	stmt(b, "\t", "graph", ga...)
	stmt(b, "\t", "node", attr{"fontname", font}, attr{"fontsize", "11"}, attr{"style", "filled"}, attr{"color", "grey30"})
	stmt(b, "\t", "edge", attr{"fontname", font}, attr{"fontsize", "9"}, attr{"arrowsize", "0.7"})

	for _, t := range types {
		b.WriteString("\n\tsubgraph " + quote("cluster_"+string(t)) + " {\n")
		stmt(b, "\t\t", "graph", clusterAttrs(string(t))...)
		s := nodeStyleOf(t)
		for _, en := range ents {
			if en.Type != t {
				continue
			}
			stmt(b, "\t\t", quote(nodeID(en.ID)),
				attr{"label", clip(en.Name, maxLabel)},
				attr{"shape", s.shape},
				attr{"fillcolor", s.fill},
				attr{"tooltip", entityTooltip(en)})
		}
		b.WriteString("\t}\n")
	}

	if e.legend && len(types)+len(preds) > 0 {
		writeLegend(b, types, preds)
	}

	if len(claims) > 0 {
		b.WriteByte('\n')
	}
	for _, c := range claims {
		s := edgeStyleOf(c.Predicate)
		tip := claimTooltip(g, c)
		stmt(b, "\t", quote(nodeID(c.Subject))+" -> "+quote(nodeID(c.Object)),
			attr{"id", c.ID()},
			attr{"label", string(c.Predicate)},
			attr{"color", s.color},
			attr{"fontcolor", s.color},
			attr{"style", s.style},
			attr{"tooltip", tip},
			// Without it the label, the easiest part to point at,
			// shows no tooltip in SVG.
			attr{"labeltooltip", tip})
	}
	b.WriteString("}\n")
}

// writeLegend draws each entity type as a sample node and each predicate
// as a sample edge between two invisible points, with the same attributes
// as the real ones, so that the legend cannot drift from the drawing.
func writeLegend(b *bytes.Buffer, types []graph.EntityType, preds []graph.Predicate) {
	b.WriteString("\n\tsubgraph \"cluster_legend\" {\n")
	stmt(b, "\t\t", "graph", clusterAttrs("Legend")...)
	for _, t := range types {
		s := nodeStyleOf(t)
		stmt(b, "\t\t", quote(legendPrefix+string(t)),
			attr{"label", string(t)},
			attr{"shape", s.shape},
			attr{"fillcolor", s.fill},
			attr{"tooltip", "entity type " + string(t)})
	}
	for _, p := range preds {
		from, to := quote(legendPrefix+string(p)+" from"), quote(legendPrefix+string(p)+" to")
		stmt(b, "\t\t", from, attr{"shape", "point"}, attr{"style", "invis"})
		stmt(b, "\t\t", to, attr{"shape", "point"}, attr{"style", "invis"})
		s := edgeStyleOf(p)
		stmt(b, "\t\t", from+" -> "+to,
			attr{"id", "legend-" + string(p)},
			attr{"label", string(p)},
			attr{"color", s.color},
			attr{"fontcolor", s.color},
			attr{"style", s.style},
			attr{"tooltip", "predicate " + string(p)})
	}
	b.WriteString("\t}\n")
}

func clusterAttrs(label string) []attr {
	return []attr{
		{"label", label},
		{"style", "rounded"},
		{"color", "grey70"},
		{"fontcolor", "grey35"},
		{"fontsize", "11"},
	}
}

// attr is one attribute; a slice of them keeps the written order fixed.
type attr struct{ key, value string }

// stmt writes one statement: head, then the attribute list if any. Keys
// are the encoder's own identifiers; every value is quoted.
func stmt(b *bytes.Buffer, indent, head string, attrs ...attr) {
	b.WriteString(indent)
	b.WriteString(head)
	if len(attrs) > 0 {
		b.WriteString(" [")
		for i, a := range attrs {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(a.key)
			b.WriteByte('=')
			b.WriteString(quote(a.value))
		}
		b.WriteByte(']')
	}
	b.WriteString(";\n")
}

// entityTooltip gives the name and every other spelling of the entity.
func entityTooltip(e *graph.Entity) string {
	aka := slices.DeleteFunc(slices.Clone(e.Aliases), func(a string) bool { return a == e.Name })
	if len(aka) == 0 {
		return e.Name
	}
	return e.Name + "\naka " + strings.Join(aka, "; ")
}

// claimTooltip gives the evidence and where it comes from.
func claimTooltip(g *graph.Graph, c graph.Claim) string {
	src := c.Article
	if a, ok := g.Article(c.Article); ok {
		if a.Title != "" {
			src = a.Title
		}
		if a.Date != "" {
			src += " (" + a.Date + ")"
		}
	}
	return c.Evidence + " — " + src
}

// typesOf lists the entity types present, in graph.EntityTypes order;
// types outside the vocabulary, which graph does not let in, would follow
// in name order.
func typesOf(ents []*graph.Entity) []graph.EntityType {
	seen := make(map[graph.EntityType]bool)
	for _, e := range ents {
		seen[e.Type] = true
	}
	return present(seen, graph.EntityTypes)
}

// predicatesOf lists the predicates present, in graph.Predicates order.
func predicatesOf(claims []graph.Claim) []graph.Predicate {
	seen := make(map[graph.Predicate]bool)
	for _, c := range claims {
		seen[c.Predicate] = true
	}
	return present(seen, graph.Predicates)
}

func present[T ~string](seen map[T]bool, order []T) []T {
	var out []T
	for _, k := range order {
		if seen[k] {
			out = append(out, k)
			delete(seen, k)
		}
	}
	rest := make([]T, 0, len(seen))
	for k := range seen {
		rest = append(rest, k)
	}
	slices.Sort(rest)
	return append(out, rest...)
}
