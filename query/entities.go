package query

import (
	"bufio"
	"cmp"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newskg/newskg/graph"
)

// EntityFilter selects entities. Zero fields select everything.
type EntityFilter struct {
	// Type keeps entities of this type.
	Type graph.EntityType
	// Search keeps the entities that the name means (see ResolveNames)
	// and those whose name or an alias contains it, ignoring case,
	// accents and punctuation.
	Search string
	// Resolve, when set, replaces ResolveNames, as in Filter.
	Resolve func(g *graph.Graph, name string) []string
}

// EntityRow is one entity with what tells it apart from its namesakes.
type EntityRow struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases"`
	// Claims counts the claims the entity is the subject or object of.
	Claims int `json:"claims"`
	// Articles lists the IDs of the articles that mention it, sorted.
	Articles []string `json:"articles"`
}

// Entities lists the entities of g that f selects, most claims first,
// then by name and ID. Every slice in a row is non-nil, so that JSON
// shows [] rather than null.
func Entities(g *graph.Graph, f EntityFilter) []EntityRow {
	var match map[string]bool
	if f.Search != "" {
		match = make(map[string]bool)
		resolve := f.Resolve
		if resolve == nil {
			resolve = ResolveNames
		}
		for _, id := range resolve(g, f.Search) {
			match[id] = true
		}
		if q := graph.Fold(f.Search); q != "" {
			for _, e := range g.Entities() {
				for _, a := range append([]string{e.Name, e.ID}, e.Aliases...) {
					if strings.Contains(graph.Fold(a), q) {
						match[e.ID] = true
						break
					}
				}
			}
		}
	}
	articles := make(map[string][]string)
	for _, a := range g.Articles() {
		for _, id := range g.Mentions(a.ID) {
			articles[id] = append(articles[id], a.ID)
		}
	}
	for _, c := range g.Claims() {
		for _, id := range []string{c.Subject, c.Object} {
			if !slices.Contains(articles[id], c.Article) {
				articles[id] = append(articles[id], c.Article)
			}
		}
	}
	counts := ClaimCounts(g)
	out := []EntityRow{}
	for _, e := range g.Entities() {
		if f.Type != "" && e.Type != f.Type || match != nil && !match[e.ID] {
			continue
		}
		arts := slices.Clone(articles[e.ID])
		slices.Sort(arts)
		out = append(out, EntityRow{
			ID: e.ID, Name: e.Name, Type: string(e.Type),
			Aliases: append([]string{}, e.Aliases...), Claims: counts[e.ID], Articles: append([]string{}, arts...),
		})
	}
	slices.SortFunc(out, func(a, b EntityRow) int {
		return cmp.Or(cmp.Compare(b.Claims, a.Claims), strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
	return out
}

// WriteEntitiesJSONL writes one JSON object per entity.
func WriteEntitiesJSONL(w io.Writer, rows []EntityRow) error { return writeJSONL(w, rows) }

// WriteEntitiesCSV writes the entities as CSV with a header line; aliases
// and articles are joined with "|".
func WriteEntitiesCSV(w io.Writer, rows []EntityRow) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "name", "type", "claims", "articles", "aliases", "article_ids"})
	for _, r := range rows {
		cw.Write([]string{r.ID, r.Name, r.Type, strconv.Itoa(r.Claims), strconv.Itoa(len(r.Articles)),
			strings.Join(r.Aliases, "|"), strings.Join(r.Articles, "|")})
	}
	cw.Flush()
	return cw.Error()
}

// WriteEntitiesTable writes the entities as an aligned table for a
// terminal of the given width: name, type, claim and article counts, ID,
// and as many of the aliases as fit.
func WriteEntitiesTable(w io.Writer, rows []EntityRow, width int) error {
	width = max(width, 60)
	// Names and IDs take at most limit runes each; limit shrinks until
	// the counts fit the width, and aliases take what is left.
	const gaps = 5 * 2
	var name, typ, id int
	for limit := 40; ; limit-- {
		name, typ, id = len("NAME"), len("TYPE"), len("ID")
		for _, r := range rows {
			name = max(name, min(runes(r.Name), limit))
			typ = max(typ, len(r.Type))
			id = max(id, min(runes(r.ID), limit))
		}
		if name+typ+id+len("CLAIMS")+len("ARTICLES")+gaps+len("ALIASES") <= width || limit <= 12 {
			break
		}
	}
	rest := width - name - typ - id - len("CLAIMS") - len("ARTICLES") - gaps
	bw := bufio.NewWriter(w)
	line := func(n, t, claims, arts, i, aliases string) {
		s := fmt.Sprintf("%s  %s  %6s  %8s  %s  %s", pad(n, name), pad(t, typ), claims, arts, pad(i, id), aliases)
		bw.WriteString(strings.TrimRight(s, " "))
		bw.WriteByte('\n')
	}
	fit := func(s string) string {
		if rest < 2 {
			return ""
		}
		return shorten(s, rest)
	}
	line("NAME", "TYPE", "CLAIMS", "ARTICLES", "ID", fit("ALIASES"))
	for _, r := range rows {
		aliases := fit(strings.Join(r.Aliases, ", "))
		line(shorten(r.Name, name), r.Type, strconv.Itoa(r.Claims), strconv.Itoa(len(r.Articles)),
			shorten(r.ID, id), aliases)
	}
	return bw.Flush()
}

// pad fills s with spaces to n runes.
func pad(s string, n int) string { return s + strings.Repeat(" ", max(n-runes(s), 0)) }

func runes(s string) int { return utf8.RuneCountInString(s) }
