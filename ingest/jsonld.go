package ingest

import (
	"encoding/json"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// ldArticle holds the fields of a schema.org article given as JSON-LD.
type ldArticle struct {
	headline, date, body, url string
}

// findLDArticle returns the first schema.org article (NewsArticle,
// Article, BlogPosting and the like) in the JSON-LD scripts of a page,
// looking into arrays, "@graph" and nested objects. Scripts that are not
// valid JSON are ignored, as browsers and search engines do.
func findLDArticle(doc *html.Node) ldArticle {
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode || n.Data != "script" || !strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
			continue
		}
		var src strings.Builder
		for c := range n.ChildNodes() {
			if c.Type == html.TextNode {
				src.WriteString(c.Data)
			}
		}
		var v any
		if json.Unmarshal([]byte(src.String()), &v) != nil {
			continue
		}
		if m := ldFind(v, 0); m != nil {
			a := ldArticle{
				headline: html.UnescapeString(ldString(m["headline"])),
				date:     ldString(m["datePublished"]),
				body:     html.UnescapeString(ldString(m["articleBody"])),
				url:      ldString(m["url"]),
			}
			if a.url == "" {
				a.url = ldString(m["mainEntityOfPage"])
			}
			return a
		}
	}
	return ldArticle{}
}

// ldFind returns the first object below v whose @type is an article
// type, visiting object members in sorted order so that the result does
// not depend on map order.
func ldFind(v any, depth int) map[string]any {
	if depth > 32 {
		return nil
	}
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			if m := ldFind(e, depth+1); m != nil {
				return m
			}
		}
	case map[string]any:
		if ldIsArticle(v["@type"]) {
			return v
		}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			if m := ldFind(v[k], depth+1); m != nil {
				return m
			}
		}
	}
	return nil
}

// ldIsArticle reports whether a JSON-LD @type (a name, an IRI or a list
// of them) names an article: a type whose name ends in "Article", or a
// blog posting.
func ldIsArticle(t any) bool {
	switch t := t.(type) {
	case string:
		return strings.HasSuffix(t, "Article") || strings.HasSuffix(t, "BlogPosting")
	case []any:
		return slices.ContainsFunc(t, ldIsArticle)
	}
	return false
}

// ldString returns a JSON-LD value as a string: a string itself, or the
// @id of a node reference.
func ldString(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case map[string]any:
		if id, ok := v["@id"].(string); ok {
			return strings.TrimSpace(id)
		}
	}
	return ""
}

// paragraphs splits an articleBody into paragraphs: the paragraphs of its
// markup when it is HTML, else its non-blank lines.
func (a ldArticle) paragraphs() []string {
	if hasTags(a.body) {
		if doc, err := html.Parse(strings.NewReader(a.body)); err == nil {
			if _, paras := mainText(doc); len(paras) > 0 {
				return paras
			}
			if t := (rules{}).text(doc); t != "" {
				return []string{t}
			}
		}
		return nil
	}
	var paras []string
	for l := range strings.Lines(a.body) {
		if l = collapseSpace(l); l != "" {
			paras = append(paras, l)
		}
	}
	return paras
}
