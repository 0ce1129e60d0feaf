package ingest

import (
	"strings"

	"golang.org/x/net/html"
)

// rules says which elements of a page the text extractor leaves out.
// Every pass leaves out elements that never hold article text (scripts,
// styles, form controls, embedded media), <nav>, <aside>, <footer>,
// hidden elements, elements whose role is navigation or complementary,
// and elements whose class or id names a boilerplate box (see
// boilerplate).
type rules struct {
	// strict also leaves out <header>, <form>, <figure> and
	// <figcaption>. The lenient pass, for pages where strict finds
	// nothing, keeps them: some sites wrap the whole page in a form.
	strict bool
	// keepHeader keeps <header>, which inside an article holds its
	// headline and dateline: used when looking for those.
	keepHeader bool
	// cards leaves out <article> elements: used on pages where none of
	// them is the story, so they are teasers of other stories.
	cards bool
}

// skip reports whether the extractor leaves out n and all below it.
func (r rules) skip(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.Data {
	case "html", "body":
		return false // never skip the whole page, whatever its classes
	case "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
		"canvas", "video", "audio", "button", "select", "textarea", "input", "dialog", "nav", "aside", "footer":
		return true
	case "header":
		if r.strict && !r.keepHeader {
			return true
		}
	case "form", "figure", "figcaption":
		if r.strict {
			return true
		}
	case "article":
		if r.cards {
			return true
		}
	}
	if hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	switch strings.ToLower(attr(n, "role")) {
	case "navigation", "complementary", "contentinfo", "dialog":
		return true
	}
	return boilerplate(attr(n, "class")) || boilerplate(attr(n, "id"))
}

// boxWords name the boxes around an article that are not part of it.
var boxWords = []string{
	"nav", "menu", "footer", "share", "related", "newsletter", "promo", "advert", "cookie", "comment",
	"sidebar", "breadcrumb", "social", "subscribe",
}

// boilerplate reports whether a class or id value names a boilerplate
// box: whether one of its words (split at anything but letters and
// digits) contains one of boxWords, as "site-nav", "navbar",
// "relatedStories" and "comment-list" do. "commentary" and
// "unavailable" are not boxes.
func boilerplate(v string) bool {
	if v == "" {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(v), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
	}) {
		if w == "commentary" || w == "unavailable" {
			continue
		}
		for _, b := range boxWords {
			if strings.Contains(w, b) {
				return true
			}
		}
	}
	return false
}

// mainText returns the paragraphs of a page's main text and the element
// they were taken from. They come from the <article> with the most text
// if it holds at least half of the page's text, else likewise from the
// <main>, else from the page without its <article> elements (teasers of
// other stories) if that leaves any text, else from the whole page. The
// rules are strict first and, if that finds no text, lenient. It returns
// no paragraphs when the page has no <p> with text.
func mainText(doc *html.Node) (*html.Node, []string) {
	for _, r := range []rules{{strict: true}, {}} {
		page := r.paragraphs(doc)
		if len(page) == 0 {
			continue
		}
		for _, tag := range []string{"article", "main"} {
			root, paras := r.largest(doc, tag)
			if root != nil && 2*totalLen(paras) >= totalLen(page) {
				return root, paras
			}
		}
		r.cards = true
		if paras := r.paragraphs(doc); len(paras) > 0 {
			return doc, paras
		}
		return doc, page
	}
	return nil, nil
}

// largest returns the element of the tag (or, for "main", of role main)
// whose paragraphs are longest, the first on a tie, and its paragraphs;
// nil when no such element has text.
func (r rules) largest(doc *html.Node, tag string) (*html.Node, []string) {
	var best *html.Node
	var bestParas []string
	bestLen := 0
	for _, root := range r.findAll(doc, func(n *html.Node) bool {
		return n.Data == tag || tag == "main" && strings.EqualFold(attr(n, "role"), "main")
	}) {
		paras := r.paragraphs(root)
		if n := totalLen(paras); n > bestLen {
			best, bestParas, bestLen = root, paras, n
		}
	}
	return best, bestParas
}

func totalLen(paras []string) int {
	n := 0
	for _, p := range paras {
		n += len(p)
	}
	return n
}

// paragraphs returns the text of each paragraph (<p>) and subheading
// (<h2>, <h3>) below root that r keeps, in document order, with white
// space collapsed. Subheadings with no paragraph after them are dropped,
// and so is everything when there is no paragraph.
func (r rules) paragraphs(root *html.Node) []string {
	var paras []string
	lastP := -1
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := range n.ChildNodes() {
			if c.Type != html.ElementNode || r.skip(c) {
				continue
			}
			switch c.Data {
			case "p", "h2", "h3":
				if t := r.text(c); t != "" {
					paras = append(paras, t)
					if c.Data == "p" {
						lastP = len(paras) - 1
					}
				}
				continue
			}
			walk(c)
		}
	}
	walk(root)
	return paras[:lastP+1]
}

// text returns the text below n that r keeps, with white space
// collapsed; a line break counts as a space.
func (r rules) text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := range n.ChildNodes() {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type != html.ElementNode || r.skip(c):
			case c.Data == "br":
				b.WriteByte(' ')
			default:
				walk(c)
			}
		}
	}
	walk(n)
	return collapseSpace(b.String())
}

// findAll returns the elements below root, in document order, for which
// match is true, leaving out what r skips and what lies below a match.
func (r rules) findAll(root *html.Node, match func(*html.Node) bool) []*html.Node {
	var found []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := range n.ChildNodes() {
			if c.Type != html.ElementNode || r.skip(c) {
				continue
			}
			if match(c) {
				found = append(found, c)
				continue
			}
			walk(c)
		}
	}
	walk(root)
	return found
}

// find returns the first element below root for which match is true,
// leaving out what r skips, or nil.
func (r rules) find(root *html.Node, match func(*html.Node) bool) *html.Node {
	var walk func(*html.Node) *html.Node
	walk = func(n *html.Node) *html.Node {
		for c := range n.ChildNodes() {
			if c.Type != html.ElementNode || r.skip(c) {
				continue
			}
			if match(c) {
				return c
			}
			if f := walk(c); f != nil {
				return f
			}
		}
		return nil
	}
	return walk(root)
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return true
		}
	}
	return false
}
