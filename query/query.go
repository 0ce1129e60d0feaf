// Package query answers questions over a knowledge graph: which claims
// match a filter ("every accusation Peskov made"), and who accused whom,
// with the denials that answer each accusation.
package query

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/newskg/newskg/graph"
)

// Filter selects claims. Zero fields select everything.
type Filter struct {
	// Predicates keeps claims with one of these predicates.
	Predicates []graph.Predicate
	// Subject and Object are names, aliases or IDs; each matches every
	// entity that graph.Resolve finds for it.
	Subject, Object string
	// Article keeps claims from this article ID.
	Article string
	// Since and Until bound the article date, inclusive, as YYYY-MM-DD.
	// Claims from undated articles are dropped when either is set.
	Since, Until string
	// MinConfidence drops claims below it.
	MinConfidence float64
	// Resolve, when set, turns a name into entity IDs; Run uses
	// graph.Resolve otherwise. The command line adds the gazetteer's
	// spelling variants this way.
	Resolve func(g *graph.Graph, name string) []string
}

// Row is one claim with what a reader needs to judge it.
type Row struct {
	Claim       string  `json:"claim"`
	Subject     string  `json:"subject"`
	SubjectName string  `json:"subject_name"`
	Predicate   string  `json:"predicate"`
	Object      string  `json:"object"`
	ObjectName  string  `json:"object_name"`
	ObjectType  string  `json:"object_type"`
	Article     string  `json:"article"`
	Title       string  `json:"title"`
	Date        string  `json:"date"`
	Evidence    string  `json:"evidence"`
	Start       int     `json:"start"`
	End         int     `json:"end"`
	Verb        string  `json:"verb"`
	CAMEO       string  `json:"cameo"`
	Confidence  float64 `json:"confidence"`
}

// Run returns the claims of g that f selects, as rows sorted by date
// (undated last), article, position, subject, predicate and object. A subject or object
// name that matches no entity is an error, so that a typo does not pass
// for an empty answer.
func Run(g *graph.Graph, f Filter) ([]Row, error) {
	subj, err := f.resolve(g, f.Subject, "subject")
	if err != nil {
		return nil, err
	}
	obj, err := f.resolve(g, f.Object, "object")
	if err != nil {
		return nil, err
	}
	for _, d := range []struct{ name, v string }{{"since", f.Since}, {"until", f.Until}} {
		if d.v != "" {
			if _, err := time.Parse(time.DateOnly, d.v); err != nil {
				return nil, fmt.Errorf("--%s %q: want a date as YYYY-MM-DD", d.name, d.v)
			}
		}
	}
	var rows []Row
	for _, c := range g.Claims() {
		if len(f.Predicates) > 0 && !slices.Contains(f.Predicates, c.Predicate) {
			continue
		}
		if subj != nil && !subj[c.Subject] || obj != nil && !obj[c.Object] {
			continue
		}
		if f.Article != "" && c.Article != f.Article || c.Confidence < f.MinConfidence {
			continue
		}
		a, _ := g.Article(c.Article)
		if (f.Since != "" || f.Until != "") && (a.Date == "" || f.Since != "" && a.Date < f.Since || f.Until != "" && a.Date > f.Until) {
			continue
		}
		rows = append(rows, row(g, c, a))
	}
	slices.SortStableFunc(rows, func(a, b Row) int {
		return cmp.Or(compareDates(a.Date, b.Date), strings.Compare(a.Article, b.Article),
			cmp.Compare(a.Start, b.Start), strings.Compare(a.Subject, b.Subject),
			strings.Compare(a.Predicate, b.Predicate), strings.Compare(a.Object, b.Object))
	})
	return rows, nil
}

// compareDates orders dates, undated last.
func compareDates(a, b string) int {
	switch {
	case a == b:
		return 0
	case a == "":
		return 1
	case b == "":
		return -1
	}
	return strings.Compare(a, b)
}

func row(g *graph.Graph, c graph.Claim, a *graph.Article) Row {
	s, _ := g.Entity(c.Subject)
	o, _ := g.Entity(c.Object)
	return Row{
		Claim: c.ID(), Subject: c.Subject, SubjectName: s.Name, Predicate: string(c.Predicate),
		Object: c.Object, ObjectName: o.Name, ObjectType: string(o.Type), Article: c.Article, Title: a.Title,
		Date: a.Date, Evidence: c.Evidence, Start: c.Start, End: c.End, Verb: c.Verb, CAMEO: c.CAMEO,
		Confidence: c.Confidence,
	}
}

// resolve turns a name into the set of entity IDs it means, or nil for
// an empty name.
func (f Filter) resolve(g *graph.Graph, name, role string) (map[string]bool, error) {
	if name == "" {
		return nil, nil
	}
	var found []string
	if f.Resolve != nil {
		found = f.Resolve(g, name)
	} else {
		found = ResolveNames(g, name)
	}
	if len(found) == 0 {
		return nil, fmt.Errorf("--%s %q: no entity of that name or alias in the graph", role, name)
	}
	ids := make(map[string]bool, len(found))
	for _, id := range found {
		ids[id] = true
	}
	return ids, nil
}
