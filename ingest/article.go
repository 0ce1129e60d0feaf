package ingest

import (
	"strings"
	"unicode"

	"github.com/newskg/newskg/graph"
)

// newArticle builds the article of a structured file (HTML, JSON) from
// the fields found in it. Its text is the title, a blank line and the
// body, so that, as in a text file, the title is the first line and claim
// offsets index into one deterministic string; a body whose first line
// already is the title is not given it twice. Fields left empty are
// looked for in the text as in a text file.
func newArticle(id, title, date, src, body string) graph.Article {
	title = collapseSpace(title)
	body = strings.TrimSpace(body)
	if title != "" && collapseSpace(firstLine(body)) != title {
		body = title + "\n\n" + body
	}
	a := graph.Article{ID: id, Title: capTitle(title), Date: date, Source: src, Text: body}
	t, d := titleAndDate(body)
	if a.Title == "" {
		a.Title = t
	}
	if a.Date == "" {
		a.Date = d
	}
	if a.Source == "" {
		a.Source = source(body)
	}
	return a
}

// firstLine returns the first non-blank line of s.
func firstLine(s string) string {
	for l := range strings.Lines(s) {
		if strings.TrimSpace(l) != "" {
			return l
		}
	}
	return ""
}

// collapseSpace trims s and turns each run of white space and control
// characters in it into one space.
func collapseSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
