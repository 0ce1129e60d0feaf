package query

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/newskg/newskg/graph"
)

// Ranking lists the actors that make, or receive, most claims of one
// predicate: the most accusing, or the most accused.
type Ranking struct {
	// Title says what is ranked: "most accusing", "most accused".
	Title     string `json:"title"`
	Predicate string `json:"predicate"`
	// Role is "subject" when the actors made the claims, "object" when
	// the claims were made of them.
	Role  string `json:"role"`
	Ranks []Rank `json:"ranks"`
}

// Rank is one actor's place in a ranking.
type Rank struct {
	Entity string `json:"entity"`
	Name   string `json:"name"`
	Type   string `json:"type"`
	Claims int    `json:"claims"`
	// Articles holds the IDs of the articles the claims come from, sorted.
	Articles []string `json:"articles"`
	// Others are the entities on the other side of the claims, most
	// claims first.
	Others []Count `json:"others"`
}

// Count is a number of claims involving one entity.
type Count struct {
	Entity string `json:"entity"`
	Name   string `json:"name"`
	Claims int    `json:"claims"`
}

// forms holds, for each predicate, the words for the actors that make
// most such claims and for those that receive most.
var forms = map[graph.Predicate][2]string{
	graph.Accused:        {"most accusing", "most accused"},
	graph.Denied:         {"most denying", "most denied"},
	graph.Threatened:     {"most threatening", "most threatened"},
	graph.Attacked:       {"most attacking", "most attacked"},
	graph.Met:            {"meeting most", "met most"},
	graph.Criticized:     {"most criticizing", "most criticized"},
	graph.Supplied:       {"supplying most", "supplied most"},
	graph.Investigates:   {"investigating most", "most investigated"},
	graph.AffiliatedWith: {"with most affiliations", "with most affiliated"},
}

// Top ranks the actors of g's claims that f selects, at most n per
// ranking (all when n <= 0). When f names predicates, each gets two
// rankings, by who made the claims and by whom they were made of;
// otherwise the rankings are the most accusing, the most accused and the
// most denying. Ties go to the actor with more articles, then by ID.
func Top(g *graph.Graph, f Filter, n int) ([]Ranking, error) {
	type want struct {
		p    graph.Predicate
		role string
	}
	var wants []want
	if len(f.Predicates) == 0 {
		wants = []want{{graph.Accused, "subject"}, {graph.Accused, "object"}, {graph.Denied, "subject"}}
		f.Predicates = []graph.Predicate{graph.Accused, graph.Denied}
	} else {
		for _, p := range f.Predicates {
			wants = append(wants, want{p, "subject"}, want{p, "object"})
		}
	}
	rows, err := Run(g, f)
	if err != nil {
		return nil, err
	}
	var out []Ranking
	for _, w := range wants {
		title := forms[w.p][0]
		if w.role == "object" {
			title = forms[w.p][1]
		}
		ranks := rank(rows, w.p, w.role == "subject", n)
		for i := range ranks {
			if e, ok := g.Entity(ranks[i].Entity); ok {
				ranks[i].Type = string(e.Type)
			}
		}
		out = append(out, Ranking{Title: title, Predicate: string(w.p), Role: w.role, Ranks: ranks})
	}
	return out, nil
}

// rank counts the rows of predicate p by subject (or object).
func rank(rows []Row, p graph.Predicate, bySubject bool, n int) []Rank {
	ranks := make(map[string]*Rank)
	others := make(map[string]map[string]*Count)
	for _, r := range rows {
		if r.Predicate != string(p) {
			continue
		}
		id, name, other, otherName := r.Subject, r.SubjectName, r.Object, r.ObjectName
		if !bySubject {
			id, name, other, otherName = r.Object, r.ObjectName, r.Subject, r.SubjectName
		}
		k := ranks[id]
		if k == nil {
			k = &Rank{Entity: id, Name: name}
			ranks[id] = k
			others[id] = make(map[string]*Count)
		}
		k.Claims++
		if !slices.Contains(k.Articles, r.Article) {
			k.Articles = append(k.Articles, r.Article)
		}
		c := others[id][other]
		if c == nil {
			c = &Count{Entity: other, Name: otherName}
			others[id][other] = c
		}
		c.Claims++
	}
	out := make([]Rank, 0, len(ranks))
	for id, k := range ranks {
		slices.Sort(k.Articles)
		for _, c := range others[id] {
			k.Others = append(k.Others, *c)
		}
		slices.SortFunc(k.Others, func(a, b Count) int {
			return cmp.Or(cmp.Compare(b.Claims, a.Claims), strings.Compare(a.Entity, b.Entity))
		})
		out = append(out, *k)
	}
	slices.SortFunc(out, func(a, b Rank) int {
		return cmp.Or(cmp.Compare(b.Claims, a.Claims), cmp.Compare(len(b.Articles), len(a.Articles)), strings.Compare(a.Entity, b.Entity))
	})
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}

// WriteTop writes the rankings as text for a terminal of the given width.
func WriteTop(w io.Writer, rankings []Ranking, width int) error {
	width = max(width, 60)
	bw := bufio.NewWriter(w)
	for i, rk := range rankings {
		if i > 0 {
			bw.WriteByte('\n')
		}
		fmt.Fprintf(bw, "%s (%s)\n", rk.Title, rk.Predicate)
		if len(rk.Ranks) == 0 {
			fmt.Fprintln(bw, "  none")
			continue
		}
		side := "of"
		if rk.Role == "object" {
			side = "by"
		}
		for j, r := range rk.Ranks {
			fmt.Fprintf(bw, "%3d. %s: %s in %s\n", j+1, r.Name, plural(r.Claims, "claim"), plural(len(r.Articles), "article"))
			var parts []string
			for _, o := range r.Others {
				parts = append(parts, fmt.Sprintf("%s %d", o.Name, o.Claims))
			}
			fmt.Fprintf(bw, "       %s\n", shorten(side+" "+strings.Join(parts, ", "), width-7))
			fmt.Fprintf(bw, "       %s\n", shorten("in "+strings.Join(r.Articles, ", "), width-7))
		}
	}
	return bw.Flush()
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// NewRow returns the claim c of g as a row.
func NewRow(g *graph.Graph, c graph.Claim) Row {
	a, _ := g.Article(c.Article)
	if a == nil {
		a = &graph.Article{ID: c.Article}
	}
	return row(g, c, a)
}
