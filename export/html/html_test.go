package html

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/newskg/newskg/export/dot"
	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/graphtest"
	"github.com/newskg/newskg/internal/testtool"
)

// fakeSVG stands in for Graphviz's drawing where the layout does not
// matter.
var fakeSVG = []byte(`<?xml version="1.0"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg width="10pt" height="10pt" xmlns="http://www.w3.org/2000/svg"></svg>
`)

func write(t testing.TB, g *graph.Graph, svg []byte, title string) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, g, svg, title); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return b.Bytes()
}

var dataRE = regexp.MustCompile(`(?s)<script type="application/json" id="newskg-data">(.*?)</script>`)

// pageData returns the data embedded in a page.
func pageData(t testing.TB, page []byte) Page {
	t.Helper()
	m := dataRE.FindSubmatch(page)
	if m == nil {
		t.Fatal("page has no data script")
	}
	var p Page
	if err := json.Unmarshal(m[1], &p); err != nil {
		t.Fatalf("page data: %v", err)
	}
	return p
}

func TestWriteIsDeterministic(t *testing.T) {
	first := write(t, graphtest.Hostile(), fakeSVG, "t")
	for range 10 {
		if !bytes.Equal(write(t, graphtest.Hostile(), fakeSVG, "t"), first) {
			t.Fatal("two pages of the same graph differ")
		}
	}
}

func TestPageDataMatchesClaims(t *testing.T) {
	g := graphtest.Hostile()
	p := pageData(t, write(t, g, fakeSVG, ""))
	links := g.Network().Links()
	if len(p.Links) != len(links) {
		t.Fatalf("page has %d links, graph %d", len(p.Links), len(links))
	}
	ents := make(map[string]Entity)
	for _, e := range p.Entities {
		ents[e.Element] = e
	}
	if _, ok := ents[dot.EntityElementID("kyiv")]; ok {
		t.Error("Kyiv, in no claim, is on the page")
	}
	for i, l := range links {
		pl := p.Links[i]
		if pl.Element != dot.LinkElementID(l) || pl.Predicate != string(l.Predicate) ||
			ents[pl.Subject].ID != l.Subject || ents[pl.Object].ID != l.Object {
			t.Errorf("link %d: %+v, want %s %s %s", i, pl, l.Subject, l.Predicate, l.Object)
		}
		if len(pl.Claims) != len(l.Claims) {
			t.Errorf("link %s: %d claims, want %d", pl.Element, len(pl.Claims), len(l.Claims))
			continue
		}
		for j, c := range l.Claims {
			pc := pl.Claims[j]
			a, _ := g.Article(c.Article)
			if pc.ID != c.ID() || pc.Evidence != c.Evidence || pc.Title != a.Title || pc.Date != a.Date || pc.Confidence != c.Confidence {
				t.Errorf("link %s claim %d: %+v", pl.Element, j, pc)
			}
			// Hostile's first article has an https source, its second none.
			if wantURL := a.Source; pc.URL != wantURL {
				t.Errorf("claim %s: URL %q, want %q", pc.ID, pc.URL, wantURL)
			}
		}
	}
}

func TestPageIsSelfContained(t *testing.T) {
	page := string(write(t, graphtest.Hostile(), fakeSVG, "<b>title</b>"))
	for _, bad := range []string{"<link", "<script src", "<img", "<iframe", "@import", "url(", "<?xml", "<!DOCTYPE svg"} {
		if strings.Contains(page, bad) {
			t.Errorf("page holds %q", bad)
		}
	}
	if strings.Contains(page, "<b>title</b>") {
		t.Error("the title is written as markup")
	}
	if n := strings.Count(page, "</script>"); n != 2 {
		t.Errorf("page closes %d scripts, want 2", n)
	}
}

func TestWriteErrors(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, nil, fakeSVG, ""); err == nil {
		t.Error("nil graph accepted")
	}
	if err := Write(&b, graphtest.Hostile(), []byte("Error: syntax error"), ""); err == nil {
		t.Error("a drawing without <svg> accepted")
	}
	if b.Len() != 0 {
		t.Errorf("failed writes wrote %d bytes", b.Len())
	}
}

// FuzzWrite puts any text into names, titles and evidence: the data
// must come back intact, and no text may close the data's script.
func FuzzWrite(f *testing.F) {
	for _, s := range []string{"</script><script>alert(1)</script>", "<!--", "]]>", "\u2028\u2029", "\x00", "\xff", `"'&<>`, "\\u003c/script"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, name, text string) {
		g := graph.New()
		err := g.Add(graph.Document{
			Article: graph.Article{ID: "a", Title: name, Source: text, Text: text},
			Entities: []graph.Entity{
				{ID: "x", Type: graph.Person, Name: name + "x", Aliases: []string{text}},
				{ID: "y", Type: graph.Place, Name: "y"},
			},
			Claims: []graph.Claim{{Subject: "x", Predicate: graph.Met, Object: "y", Article: "a", Evidence: text, End: len(text)}},
		})
		if err != nil {
			t.Skip()
		}
		page := write(t, g, fakeSVG, name)
		if n := bytes.Count(bytes.ToLower(page), []byte("</script")); n != 2 {
			t.Fatalf("page closes %d scripts, want 2", n)
		}
		// JSON turns invalid UTF-8 into U+FFFD, so compare with the
		// data after the same round trip.
		b, _ := json.Marshal(NewPage(g, name))
		var want Page
		if err := json.Unmarshal(b, &want); err != nil {
			t.Fatal(err)
		}
		if got := pageData(t, page); !reflect.DeepEqual(got, want) {
			t.Fatalf("data read back differs:\n%+v\nwant\n%+v", got, want)
		}
	})
}

// TestPageInChromium lays out the hostile graph with Graphviz, loads its
// page in headless Chromium, clicks every edge and every entity, and
// checks that the panel shows the evidence as text and that the script
// never fails.
func TestPageInChromium(t *testing.T) {
	bin, err := exec.LookPath("dot")
	if err != nil {
		testtool.Missing(t, "Graphviz dot not found: install Debian package graphviz")
	}
	g := graphtest.Hostile()
	var src bytes.Buffer
	if err := dot.NewEncoder(&src).Encode(g); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-Tsvg")
	cmd.Stdin = &src
	svg, err := cmd.Output()
	if err != nil {
		t.Fatalf("dot -Tsvg: %v", err)
	}
	page := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(page, write(t, g, svg, "Hostile <graph>"), 0o644); err != nil {
		t.Fatal(err)
	}

	ctx := testtool.Browser(t)
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	check := testtool.WatchPage(t, ctx)
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+page), chromedp.WaitVisible(chromedp.CSS("#drawing svg"))); err != nil {
		t.Fatalf("loading the page: %v", err)
	}
	for _, l := range g.Network().Links() {
		sel := chromedp.CSS("#" + dot.LinkElementID(l) + " text")
		if err := chromedp.Do(ctx, chromedp.Click(sel), chromedp.WaitVisible(chromedp.CSS("#panel ol.claims"))); err != nil {
			t.Fatalf("clicking %s %s %s: %v", l.Subject, l.Predicate, l.Object, err)
		}
		text, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#panel")))
		if err != nil {
			t.Fatal(err)
		}
		flat := strings.Join(strings.Fields(text), " ")
		for _, c := range l.Claims {
			if ev := strings.Join(strings.Fields(c.Evidence), " "); !strings.Contains(flat, ev) {
				t.Errorf("panel of %s %s %s lacks %q:\n%s", l.Subject, l.Predicate, l.Object, ev, text)
			}
		}
	}
	ents, _ := dot.Drawn(g)
	for _, e := range ents {
		sel := chromedp.CSS("#" + dot.EntityElementID(e.ID) + " text")
		if err := chromedp.Do(ctx, chromedp.Click(sel), chromedp.WaitVisible(chromedp.CSS("#panel h3"))); err != nil {
			t.Fatalf("clicking %s: %v", e.ID, err)
		}
		h2, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#panel h2")))
		if err != nil {
			t.Fatal(err)
		}
		if want := strings.Join(strings.Fields(e.Name), " "); strings.Join(strings.Fields(h2), " ") != want {
			t.Errorf("panel of %s is headed %q, want %q", e.ID, h2, want)
		}
	}
	// Search by an alias in another script; a miss says so.
	for _, tt := range []struct{ q, want string }{
		{"Зеленський", "Volodymyr Zelensky"},
		{"moscow", "Russia"},
		{"Dima", "Dmitry \"Dima\" Peskov\\"},
		{"nobody", "No entity in this picture is called “nobody”."},
	} {
		// Enter submits the form as a reader would; chromedp.Submit
		// would call form.submit(), which skips the page's handler.
		if err := chromedp.Do(ctx, chromedp.SetValue(chromedp.CSS("#q"), tt.q), chromedp.SendKeys(chromedp.CSS("#q"), "\n")); err != nil {
			t.Fatal(err)
		}
		got, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("#panel h2, #panel .miss").textContent`))
		if err != nil || got != tt.want {
			t.Errorf("search %q shows %q (%v), want %q", tt.q, got, err, tt.want)
		}
	}
	check()
}
