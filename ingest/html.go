package ingest

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"

	"github.com/newskg/newskg/graph"
)

// ParseHTML makes an article from a saved web page, keeping its main
// text and leaving out navigation, related-story boxes and other
// boilerplate.
//
// The text is the page's paragraphs (<p>, with <h2> and <h3>
// subheadings), each on one line with white space collapsed and entities
// decoded, joined by blank lines, with the title and a blank line before
// them. They are taken from the <article> with the most text if it holds
// at least half of the page's text, else likewise from the <main>, else
// from the whole page less its <article> elements (teasers of other
// stories). Left out are <nav>, <header>, <footer>, <aside>, <form>,
// <figure>, scripts, hidden elements and elements whose class or id
// names a boilerplate box (nav, menu, footer, share, related, newsletter,
// promo, advert, cookie, comment, sidebar, ...); when that leaves no
// text, headers, forms and figures are kept. A page with no paragraphs
// falls back on the articleBody of its JSON-LD NewsArticle.
//
// The title is the og:title meta tag, else the first <h1> (in the
// article first), else the JSON-LD headline, else <title>. The date is
// article:published_time, else datePublished (meta or JSON-LD), else the
// first <time datetime>. The source is og:url, else the canonical link,
// else the JSON-LD url.
//
// The encoding checks of Parse apply, and the page must be UTF-8 or
// UTF-16 whatever its meta charset says. Input without a single tag gives
// ErrNotHTML; a page without article text gives ErrNoText; elements nested
// more than 512 deep give an error that says so.
func ParseHTML(id string, data []byte) (graph.Article, error) {
	s, err := decode(data)
	if err != nil {
		return graph.Article{}, err
	}
	if strings.TrimSpace(s) == "" {
		return graph.Article{}, ErrEmpty
	}
	if !hasTags(s) {
		return graph.Article{}, ErrNotHTML
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		// The parser fails only on elements nested more than 512 deep.
		return graph.Article{}, fmt.Errorf("malformed HTML: %w", err)
	}
	root, paras := mainText(doc)
	if root == doc {
		root = nil // no article or main element to look in first
	}
	ld := findLDArticle(doc)
	if len(paras) == 0 {
		paras = ld.paragraphs()
	}
	if len(paras) == 0 {
		return graph.Article{}, fmt.Errorf("%w found in HTML", ErrNoText)
	}
	h := readHead(doc)

	inArticle := rules{strict: true, keepHeader: true}
	onPage := rules{strict: true}
	isH1 := func(n *html.Node) bool { return n.Data == "h1" && inArticle.text(n) != "" }
	title := h.meta["og:title"]
	for _, n := range []*html.Node{inArticle.findIn(root, isH1), onPage.find(doc, isH1)} {
		if title == "" && n != nil {
			title = inArticle.text(n)
		}
	}
	title = firstNonBlank(title, ld.headline, h.title)

	date := ""
	for _, d := range []string{h.meta["article:published_time"], h.meta["datepublished"], ld.date} {
		if d, ok := parseDate(d); ok {
			date = d
			break
		}
	}
	isTime := func(n *html.Node) bool {
		if n.Data != "time" {
			return false
		}
		_, ok := parseDate(attr(n, "datetime"))
		return ok
	}
	for _, n := range []*html.Node{inArticle.findIn(root, isTime), onPage.find(doc, isTime)} {
		if date == "" && n != nil {
			date, _ = parseDate(attr(n, "datetime"))
		}
	}

	src := firstNonBlank(h.meta["og:url"], h.canonical, ld.url)
	return newArticle(id, title, date, collapseSpace(src), strings.Join(paras, "\n\n")), nil
}

// findIn is find below root, or nil when there is no root.
func (r rules) findIn(root *html.Node, match func(*html.Node) bool) *html.Node {
	if root == nil {
		return nil
	}
	return r.find(root, match)
}

// head holds the metadata of a page.
type head struct {
	// meta maps the lower-cased property, name or itemprop of each
	// <meta> tag to its content; the first tag of a name wins.
	meta      map[string]string
	canonical string // href of <link rel=canonical>
	title     string // text of <title>
}

// readHead reads the metadata of a page, wherever in it the tags are.
func readHead(doc *html.Node) head {
	h := head{meta: map[string]string{}}
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode || n.Namespace != "" {
			continue // skip text, and <title> in SVG
		}
		switch n.Data {
		case "meta":
			content := collapseSpace(attr(n, "content"))
			if content == "" {
				continue
			}
			for _, k := range []string{"property", "name", "itemprop"} {
				key := strings.ToLower(strings.TrimSpace(attr(n, k)))
				if _, seen := h.meta[key]; key != "" && !seen {
					h.meta[key] = content
				}
			}
		case "link":
			if h.canonical == "" && containsFold(strings.Fields(attr(n, "rel")), "canonical") {
				h.canonical = strings.TrimSpace(attr(n, "href"))
			}
		case "title":
			if h.title == "" {
				h.title = rules{}.text(n)
			}
		}
	}
	return h
}

// hasTags reports whether s holds at least one HTML tag or doctype.
func hasTags(s string) bool {
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return false
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken, html.DoctypeToken:
			return true
		}
	}
}

func firstNonBlank(ss ...string) string {
	for _, s := range ss {
		if s = collapseSpace(s); s != "" {
			return s
		}
	}
	return ""
}

func containsFold(list []string, s string) bool {
	for _, e := range list {
		if strings.EqualFold(e, s) {
			return true
		}
	}
	return false
}
