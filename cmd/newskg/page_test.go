package main

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/newskg/newskg/export/dot"
	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/internal/testtool"
)

var screenshot = flag.Bool("screenshot", false, "write docs/interactive-page.png from the interactive page test")

// TestInteractivePage loads the page built from the seeds in Chromium,
// clicks the Russia → Ukraine accusation and checks that the panel shows
// every one of its evidence sentences; then it clicks an entity, searches
// by an alias and switches a predicate off.
func TestInteractivePage(t *testing.T) {
	dir := buildSeeds(t)
	if _, err := exec.LookPath("dot"); err != nil {
		testtool.Missing(t, "Graphviz dot not found: install Debian package graphviz")
	}
	page := filepath.Join(dir, "graph.html")
	if code, _, stderr := newskg(t, "render", "-o", page, filepath.Join(dir, "graph.nq")); code != 0 {
		t.Fatalf("render -o graph.html: exit %d: %s", code, stderr)
	}
	g := readSaved(t, filepath.Join(dir, "graph.nq"))
	var accusation graph.Link
	for _, l := range g.Network().Links() {
		if l.Subject == "russia" && l.Predicate == graph.Accused && l.Object == "ukraine" {
			accusation = l
		}
	}
	if len(accusation.Claims) < 2 {
		t.Fatalf("the seeds hold %d Russia → Ukraine accusations, want several", len(accusation.Claims))
	}
	edge := "#" + dot.LinkElementID(accusation)
	russia := "#" + dot.EntityElementID("russia")

	ctx := testtool.Browser(t)
	checkPage := testtool.WatchPage(t, ctx)
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(css(sel)))
		if err != nil {
			t.Fatalf("reading %s: %v", sel, err)
		}
		return s
	}
	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	do("load the page", chromedp.Navigate("file://"+page), chromedp.WaitVisible(css(edge+" text")))
	do("click the Russia → Ukraine accusation", chromedp.Click(css(edge+" text")), chromedp.WaitVisible(css("#panel ol.claims")))
	edgePanel := text("#panel")
	var (
		png []byte
		err error
	)
	if *screenshot {
		if png, err = chromedp.Run(ctx, chromedp.CaptureScreenshot()); err != nil {
			t.Fatal(err)
		}
	}
	do("click Russia", chromedp.Click(css(russia+" text")), chromedp.WaitVisible(css("#panel h3")))
	entityPanel := text("#panel")
	do("search Zelenskyy", chromedp.SendKeys(css("#q"), "Zelenskyy\n"), chromedp.Sleep(200*time.Millisecond))
	searchHit := text("#panel h2")
	do("switch accused off", chromedp.Click(css(`#predicates input[data-predicate="accused"]`)))
	edgeClass, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("`+dot.LinkElementID(accusation)+`").getAttribute("class")`))
	if err != nil {
		t.Fatal(err)
	}
	checkPage()

	flat := strings.Join(strings.Fields(edgePanel), " ")
	if !strings.Contains(flat, "Russia accused Ukraine") {
		t.Errorf("edge panel lacks its heading:\n%s", edgePanel)
	}
	for _, c := range accusation.Claims {
		ev := strings.Join(strings.Fields(c.Evidence), " ")
		if !strings.Contains(flat, ev) {
			t.Errorf("edge panel lacks evidence %q", ev)
		}
		a, _ := g.Article(c.Article)
		// The panel shows a line of a paragraph-long title.
		title := []rune(strings.Join(strings.Fields(a.Title), " "))
		if !strings.Contains(flat, string(title[:min(len(title), 100)])) {
			t.Errorf("edge panel lacks article title %q", a.Title)
		}
	}
	if strings.Count(flat, "confidence") != len(accusation.Claims) {
		t.Errorf("edge panel shows %d confidences for %d claims", strings.Count(flat, "confidence"), len(accusation.Claims))
	}
	for _, want := range []string{"Russia", "accused", "denied", "→ Ukraine"} {
		if !strings.Contains(entityPanel, want) {
			t.Errorf("Russia's panel lacks %q:\n%s", want, entityPanel)
		}
	}
	if searchHit != "Volodymyr Zelensky" {
		t.Errorf("searching Zelenskyy shows %q, want Volodymyr Zelensky", searchHit)
	}
	if !strings.Contains(edgeClass, "off") {
		t.Errorf("accused switched off, the edge's class is %q", edgeClass)
	}
	if *screenshot {
		if err := os.WriteFile("../../docs/interactive-page.png", png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
