package query

import (
	"cmp"
	"slices"
	"strings"

	"github.com/newskg/newskg/graph"
)

// Accusation sums up what one party said of another: how often it
// accused it, where, and whether the accused party denied it.
type Accusation struct {
	Accuser     string   `json:"accuser"`
	AccuserName string   `json:"accuser_name"`
	Accused     string   `json:"accused"`
	AccusedName string   `json:"accused_name"`
	Count       int      `json:"count"`
	Articles    []string `json:"articles"`
	// Evidence holds the accusations themselves.
	Evidence []Row `json:"evidence"`
	// Denials holds the denials by the accused party, or by someone who
	// speaks for it, of the same incident or of the accuser's claims, in
	// any article.
	Denials []Row `json:"denials"`
}

// Blame lists who accused whom, most frequent first, with the denials
// that answer each accusation.
//
// A denial answers an accusation of X by Y when it is made by X, or by
// someone the graph ties to X with affiliated_with (a spokesman speaks for
// his country), and it denies Y's claim itself or an incident that the
// articles of the accusation tell of.
func Blame(g *graph.Graph, minConfidence float64) []Accusation {
	accs, _ := BlameFilter(g, Filter{MinConfidence: minConfidence}) // no name to resolve: cannot fail
	return accs
}

// BlameFilter is Blame over the accusations that f selects: its Subject
// is the accuser, its Object the accused, and its article, date and
// confidence bounds apply to the accusations. f's Predicates are
// ignored. Denials are looked for in the whole graph, above f's
// MinConfidence, since a denial may come later or elsewhere. Its errors
// are those of Run. The result, and every list in it, is non-nil, so
// that JSON shows [] rather than null.
func BlameFilter(g *graph.Graph, f Filter) ([]Accusation, error) {
	f.Predicates = []graph.Predicate{graph.Accused}
	accusations, err := Run(g, f)
	if err != nil {
		return nil, err
	}
	rows, _ := Run(g, Filter{MinConfidence: f.MinConfidence})
	speaksFor := make(map[string][]string) // person → bodies they speak for
	denials := []Row{}
	for _, r := range rows {
		switch r.Predicate {
		case string(graph.AffiliatedWith):
			speaksFor[r.Subject] = append(speaksFor[r.Subject], r.Object)
		case string(graph.Denied):
			denials = append(denials, r)
		}
	}
	// A state's bodies speak for it: "Russian defence ministry", "US
	// National Security Council" are named after a name or demonym that
	// the graph knows for the state.
	for id, states := range stateBodies(g) {
		speaksFor[id] = append(speaksFor[id], states...)
	}
	byPair := make(map[[2]string]*Accusation)
	for _, r := range accusations {
		k := [2]string{r.Subject, r.Object}
		a := byPair[k]
		if a == nil {
			a = &Accusation{Accuser: r.Subject, AccuserName: r.SubjectName, Accused: r.Object, AccusedName: r.ObjectName,
				Articles: []string{}, Evidence: []Row{}, Denials: []Row{}}
			byPair[k] = a
		}
		a.Count++
		a.Evidence = append(a.Evidence, r)
		if !slices.Contains(a.Articles, r.Article) {
			a.Articles = append(a.Articles, r.Article)
		}
	}
	// The incidents each article tells of: an accusation is about the
	// incidents of its article, and a denial of one of them answers it.
	incidents := make(map[string]map[string]bool)
	for _, art := range g.Articles() {
		for _, id := range g.Mentions(art.ID) {
			if e, ok := g.Entity(id); ok && e.Type == graph.Event {
				if incidents[art.ID] == nil {
					incidents[art.ID] = make(map[string]bool)
				}
				incidents[art.ID][id] = true
			}
		}
	}
	out := make([]Accusation, 0, len(byPair))
	for _, a := range byPair {
		about := make(map[string]bool)
		for _, art := range a.Articles {
			for id := range incidents[art] {
				about[id] = true
			}
		}
		for _, d := range denials {
			by := d.Subject == a.Accused || slices.Contains(speaksFor[d.Subject], a.Accused)
			if by && (d.ObjectType == string(graph.Event) && about[d.Object] || d.Object == a.Accuser) {
				a.Denials = append(a.Denials, d)
			}
		}
		slices.Sort(a.Articles)
		out = append(out, *a)
	}
	slices.SortFunc(out, func(a, b Accusation) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Accuser, b.Accuser), strings.Compare(a.Accused, b.Accused))
	})
	return out, nil
}

// stateBodies maps each organisation whose name starts with a country's
// name or one of its aliases (often a demonym: "Russian") to that country.
func stateBodies(g *graph.Graph) map[string][]string {
	byForm := make(map[string]string)
	for _, e := range g.Entities() {
		if e.Type != graph.Country {
			continue
		}
		for _, f := range append([]string{e.Name}, e.Aliases...) {
			if f := graph.Fold(f); f != "" {
				byForm[f] = e.ID
			}
		}
	}
	out := make(map[string][]string)
	for _, e := range g.Entities() {
		if e.Type != graph.Organization {
			continue
		}
		words := strings.Fields(graph.Fold(e.Name))
		for n := min(3, len(words)-1); n >= 1; n-- {
			if c, ok := byForm[strings.Join(words[:n], " ")]; ok {
				out[e.ID] = append(out[e.ID], c)
				break
			}
		}
	}
	return out
}
