package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/newskg/newskg/graph"
)

// Metrics holds confusion counts and the measures derived from them. A
// measure whose denominator is zero is 0; WriteText shows it as "-".
type Metrics struct {
	TP        int     `json:"tp"` // predictions matched to a gold item
	FP        int     `json:"fp"` // predictions matching no gold item
	FN        int     `json:"fn"` // gold items no prediction matched
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func newMetrics(tp, fp, fn int) Metrics {
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	return Metrics{
		TP: tp, FP: fp, FN: fn,
		Precision: ratio(tp, tp+fp),
		Recall:    ratio(tp, tp+fn),
		// The harmonic mean of P and R, written so that P = R = 0 needs
		// no special case.
		F1: ratio(2*tp, 2*tp+fp+fn),
	}
}

// Report is the outcome of Score. Its lists are never nil and are in a
// fixed order: by article, then by gold ID for entities, by gold file
// order for gold relations, and by graph.CompareClaims for claims.
type Report struct {
	// Articles lists the gold articles found in the graph and scored.
	Articles []string
	// MissingArticles lists the gold articles absent from the graph; all
	// their gold entities and relations count as misses.
	MissingArticles []string
	Entities        EntityReport
	Relations       RelationReport
	// ByPredicate scores the relations of each predicate; it has an
	// entry for every predicate in graph.Predicates.
	ByPredicate map[graph.Predicate]Metrics
}

// EntityReport scores the entities that the graph ties to each article.
type EntityReport struct {
	Metrics
	Misses         []GoldEntity
	FalsePositives []PredictedEntity
}

// PredictedEntity is a graph entity in the context of one article.
type PredictedEntity struct {
	Article string           `json:"article"`
	ID      string           `json:"id"`
	Type    graph.EntityType `json:"type"`
	Name    string           `json:"name"`
}

// RelationReport scores the claims, micro-averaged over all predicates.
type RelationReport struct {
	Overall Metrics
	Misses  []GoldRelation
	// FalsePositives holds the claims that match no gold relation, one
	// per (article, subject, predicate, object).
	FalsePositives []graph.Claim
}

// WriteText writes the report for people: a table of entity and relation
// scores with a row for every predicate, then the relation misses and
// false positives with their evidence shortened, then the entity misses
// and false positives.
func (r *Report) WriteText(w io.Writer) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "gold articles: %d scored, %d missing from the graph\n", len(r.Articles), len(r.MissingArticles))
	if len(r.MissingArticles) > 0 {
		fmt.Fprintf(&b, "warning: not in the graph, scored as misses: %s\n", strings.Join(r.MissingArticles, ", "))
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "%-17s %5s %5s %5s %9s %7s %6s\n", "", "TP", "FP", "FN", "precision", "recall", "F1")
	row := func(name string, s Metrics) {
		fmt.Fprintf(&b, "%-17s %5d %5d %5d %9s %7s %6s\n", name, s.TP, s.FP, s.FN,
			measure(s.Precision, s.TP+s.FP), measure(s.Recall, s.TP+s.FN), measure(s.F1, s.TP+s.FP+s.FN))
	}
	row("entities", r.Entities.Metrics)
	row("relations", r.Relations.Overall)
	for _, p := range graph.Predicates {
		row("  "+string(p), r.ByPredicate[p])
	}

	tw := tabwriter.NewWriter(&b, 0, 8, 2, ' ', 0)
	heading := func(title string, n int) {
		if n == 0 {
			fmt.Fprintf(tw, "\n%s: none\n", title)
		} else {
			fmt.Fprintf(tw, "\n%s (%d):\n", title, n)
		}
	}
	heading("relation misses", len(r.Relations.Misses))
	for _, m := range r.Relations.Misses {
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", m.Article, goldTriple(m), quote(m.Evidence))
	}
	heading("relation false positives", len(r.Relations.FalsePositives))
	for _, c := range r.Relations.FalsePositives {
		fmt.Fprintf(tw, "  %s\t%s %s %s\t%s\n", c.Article, clean(c.Subject), c.Predicate, clean(c.Object), quote(c.Evidence))
	}
	heading("entity misses", len(r.Entities.Misses))
	for _, e := range r.Entities.Misses {
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", e.Article, e.ID, e.Type, clean(strings.Join(e.Mentions, "; ")))
	}
	heading("entity false positives", len(r.Entities.FalsePositives))
	for _, e := range r.Entities.FalsePositives {
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", e.Article, clean(e.ID), e.Type, clean(e.Name))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	// The lists can be long; end with the scores again, where a reader
	// of the terminal's last lines (or tail) finds them.
	fmt.Fprintf(&b, "\nsummary\n")
	for _, l := range []struct {
		name string
		m    Metrics
	}{{"entities", r.Entities.Metrics}, {"relations", r.Relations.Overall}} {
		fmt.Fprintf(&b, "  %-10s precision %s  recall %s  F1 %s\n", l.name,
			measure(l.m.Precision, l.m.TP+l.m.FP), measure(l.m.Recall, l.m.TP+l.m.FN), measure(l.m.F1, l.m.TP+l.m.FP+l.m.FN))
	}
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// measure formats a score, or "-" when it is undefined because nothing
// was counted.
func measure(v float64, denominator int) string {
	if denominator == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", v)
}

func goldTriple(r GoldRelation) string {
	s := r.Subject + " " + string(r.Predicate) + " " + r.Object
	var alts []string
	for _, a := range r.ObjectAlt {
		alts = append(alts, "or "+a)
	}
	if r.ObjectEvent {
		alts = append(alts, "or any Event")
	}
	if len(alts) > 0 {
		s += " (" + strings.Join(alts, ", ") + ")"
	}
	return clean(s)
}

// clean puts s on one line with single spaces, so that names and evidence
// cannot break the columns.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// maxEvidence is the length, in characters, beyond which evidence is cut
// in the text report; whole sentences would drown the columns.
const maxEvidence = 80

func quote(evidence string) string {
	s := clean(evidence)
	if utf8.RuneCountInString(s) > maxEvidence {
		s = string([]rune(s)[:maxEvidence-1]) + "…"
	}
	return `"` + s + `"`
}

// jsonReport fixes the JSON layout: lowercase keys like the gold files,
// and claims reduced to what identifies them.
type jsonReport struct {
	Articles        []string                    `json:"articles"`
	MissingArticles []string                    `json:"missing_articles"`
	Entities        jsonEntities                `json:"entities"`
	Relations       jsonRelations               `json:"relations"`
	ByPredicate     map[graph.Predicate]Metrics `json:"by_predicate"`
}

type jsonEntities struct {
	Metrics
	Misses         []GoldEntity      `json:"misses"`
	FalsePositives []PredictedEntity `json:"false_positives"`
}

type jsonRelations struct {
	Metrics
	Misses         []GoldRelation `json:"misses"`
	FalsePositives []jsonClaim    `json:"false_positives"`
}

type jsonClaim struct {
	Article    string          `json:"article"`
	Subject    string          `json:"subject"`
	Predicate  graph.Predicate `json:"predicate"`
	Object     string          `json:"object"`
	Evidence   string          `json:"evidence"`
	Start      int             `json:"start"`
	End        int             `json:"end"`
	Confidence float64         `json:"confidence"`
}

// WriteJSON writes the report as one indented JSON object. Its keys and
// lists are in a fixed order, so that two runs can be compared with diff.
func (r *Report) WriteJSON(w io.Writer) error {
	out := jsonReport{
		Articles:        r.Articles,
		MissingArticles: r.MissingArticles,
		Entities:        jsonEntities{r.Entities.Metrics, r.Entities.Misses, r.Entities.FalsePositives},
		Relations:       jsonRelations{Metrics: r.Relations.Overall, Misses: r.Relations.Misses, FalsePositives: []jsonClaim{}},
		ByPredicate:     r.ByPredicate,
	}
	for _, c := range r.Relations.FalsePositives {
		out.Relations.FalsePositives = append(out.Relations.FalsePositives, jsonClaim{
			Article: c.Article, Subject: c.Subject, Predicate: c.Predicate, Object: c.Object,
			Evidence: c.Evidence, Start: c.Start, End: c.End, Confidence: c.Confidence,
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // evidence is prose: keep "&" and "<" legible
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}
