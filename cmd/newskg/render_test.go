package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/newskg/newskg/export/dot"
	"github.com/newskg/newskg/graph"
)

// svgEdge is one edge of Graphviz's SVG: its id, label and tooltip.
type svgEdge struct{ id, label, tooltip string }

// svgEdges returns the edges of Graphviz's SVG.
func svgEdges(t *testing.T, svg []byte) []svgEdge {
	t.Helper()
	var out []svgEdge
	d := xml.NewDecoder(bytes.NewReader(svg))
	d.Strict = false // Graphviz's DOCTYPE names an external DTD
	inEdge, inText := false, false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("malformed SVG: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			attr := func(name string) string {
				for _, a := range tok.Attr {
					if a.Name.Local == name {
						return a.Value
					}
				}
				return ""
			}
			switch tok.Name.Local {
			case "g":
				if attr("class") == "edge" {
					out = append(out, svgEdge{id: attr("id")})
					inEdge = true
				} else if attr("class") == "node" {
					inEdge = false
				}
			case "a":
				if inEdge && out[len(out)-1].tooltip == "" {
					out[len(out)-1].tooltip = attr("title")
				}
			case "text":
				inText = inEdge
			}
		case xml.CharData:
			if inText {
				out[len(out)-1].label += string(tok)
			}
		case xml.EndElement:
			if tok.Name.Local == "text" {
				inText = false
			}
		}
	}
}

// TestSeedsDOTHasOneEdgePerLink draws the seeds' graph.dot with Graphviz
// and checks each edge against the claims: one edge per pair and
// predicate, its label counting the claims, its tooltip giving each
// claim's evidence and article title.
func TestSeedsDOTHasOneEdgePerLink(t *testing.T) {
	bin := tool(t, "dot", "graphviz")
	dir := buildSeeds(t)
	out, err := exec.Command(bin, "-Tsvg", filepath.Join(dir, "graph.dot")).Output()
	if err != nil {
		t.Fatalf("dot -Tsvg: %v", err)
	}
	g := readSaved(t, filepath.Join(dir, "graph.nq"))
	links := make(map[string]graph.Link)
	claims := 0
	for _, l := range g.Network().Links() {
		links[dot.LinkElementID(l)] = l
		claims += len(l.Claims)
	}
	if claims != len(g.Claims()) || len(links) >= claims {
		t.Fatalf("%d links hold %d of %d claims: the seeds should have pairs with several claims", len(links), claims, len(g.Claims()))
	}
	edges := svgEdges(t, out)
	if len(edges) != len(links) {
		t.Errorf("SVG has %d edges, the graph %d links (pair, predicate)", len(edges), len(links))
	}
	seen := make(map[string]bool)
	for _, e := range edges {
		l, ok := links[e.id]
		if !ok || seen[e.id] {
			t.Errorf("edge %q is no link or drawn twice", e.id)
			continue
		}
		seen[e.id] = true
		want := string(l.Predicate)
		if len(l.Claims) > 1 {
			want += " ×" + strconv.Itoa(len(l.Claims))
		}
		if e.label != want {
			t.Errorf("edge %s %s %s: label %q, want %q", l.Subject, l.Predicate, l.Object, e.label, want)
		}
		lines := strings.Split(e.tooltip, "\n")
		for i, c := range l.Claims[:min(len(l.Claims), dot.MaxTooltipClaims)] {
			a, _ := g.Article(c.Article)
			ev, title := strings.Join(strings.Fields(c.Evidence), " "), strings.Join(strings.Fields(a.Title), " ")
			if i >= len(lines) || !strings.Contains(lines[i], ev) || !strings.Contains(lines[i], title) {
				t.Errorf("edge %s %s %s: tooltip lacks claim %d (%q from %q):\n%s", l.Subject, l.Predicate, l.Object, i, ev, title, e.tooltip)
			}
		}
	}
}

var narrowingFlags = []string{"--focus", "--predicate", "--top", "--min-claims"}

// checkRefusal checks that render refused in one line naming the flags
// that narrow the picture, and wrote nothing.
func checkRefusal(t *testing.T, code int, stderr, out string) {
	t.Helper()
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if n := strings.Count(strings.TrimSpace(stderr), "\n"); n != 0 {
		t.Errorf("refusal takes %d lines, want 1:\n%s", n+1, stderr)
	}
	for _, f := range narrowingFlags {
		if !strings.Contains(stderr, f) {
			t.Errorf("refusal does not name %s: %s", f, stderr)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("refused, yet %s was written", out)
	}
}

func TestRenderRefusesTooLargeAPicture(t *testing.T) {
	tool(t, "dot", "graphviz")
	dir := buildSeeds(t)
	nq := filepath.Join(dir, "graph.nq")
	out := filepath.Join(dir, "all.png")
	code, _, stderr := newskg(t, "render", "--max-entities", "20", "-o", out, nq)
	checkRefusal(t, code, stderr, out)
	// Narrowed, the same picture is drawn.
	if code, _, stderr := newskg(t, "render", "--max-entities", "20", "--top", "20", "-o", out, nq); code != 0 {
		t.Errorf("--top 20: exit %d: %s", code, stderr)
	}
	code, _, stderr = newskg(t, "render", "--predicate", "met", "--min-claims", "5", "-o", filepath.Join(dir, "none.svg"), nq)
	if code != 1 || !strings.Contains(stderr, "nothing to draw") {
		t.Errorf("empty picture: exit %d: %s", code, stderr)
	}
}

// TestRenderBBC checks the acceptance on a real corpus: the whole BBC
// claim network is refused in one line, its 30 busiest actors drawn in a
// PNG of a readable size.
func TestRenderBBC(t *testing.T) {
	const corpus = "../../../shared/corpora/bbc-news"
	if _, err := os.Stat(corpus); err != nil {
		t.Skipf("%s not found: the BBC corpus lives beside the repository", corpus)
	}
	if testing.Short() {
		t.Skip("builds 2,225 articles")
	}
	tool(t, "dot", "graphviz")
	dir := t.TempDir()
	if code, _, stderr := newskg(t, "build", "-o", dir, "--format", "nquads", corpus); code != 0 {
		t.Fatalf("build: exit %d: %s", code, stderr)
	}
	nq := filepath.Join(dir, "graph.nq")
	all := filepath.Join(dir, "all.svg")
	code, _, stderr := newskg(t, "render", "-o", all, nq)
	checkRefusal(t, code, stderr, all)

	top := filepath.Join(dir, "top.png")
	if code, _, stderr := newskg(t, "render", "--top", "30", "-o", top, nq); code != 0 {
		t.Fatalf("render --top 30: exit %d: %s", code, stderr)
	}
	f, err := os.Open(top)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil {
		t.Fatalf("top.png: %v", err)
	}
	// Seen at 2,967 × 3,521 px: every name reads. A strip or a
	// poster would not.
	if cfg.Width > 4000 || cfg.Height > 4000 || max(cfg.Width, cfg.Height) > 3*min(cfg.Width, cfg.Height) {
		t.Errorf("top.png is %d × %d px", cfg.Width, cfg.Height)
	}
}

// TestRenderLayouts draws the seeds' accusations with every layout
// engine render offers; each picture keeps its legend.
func TestRenderLayouts(t *testing.T) {
	dir := buildSeeds(t)
	for _, l := range layouts {
		t.Run(l, func(t *testing.T) {
			tool(t, l, "graphviz")
			out := filepath.Join(dir, l+".svg")
			code, _, stderr := newskg(t, "render", "--layout", l, "--predicate", "accused,denied", "-o", out, filepath.Join(dir, "graph.nq"))
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			b, _ := os.ReadFile(out)
			for _, want := range []string{">Person<", "accused</text>", "denied</text>", "line width: number of claims"} {
				if !bytes.Contains(b, []byte(want)) {
					t.Errorf("%s picture lacks %q", l, want)
				}
			}
			// Types are shapes and fills: neato and others draw
			// clusters as overlapping boxes.
			if bytes.Contains(b, []byte(`class="cluster"`)) {
				t.Errorf("%s picture has clusters", l)
			}
		})
	}
	if code, _, _ := newskg(t, "render", "--layout", "nope", "-o", filepath.Join(dir, "x.svg"), filepath.Join(dir, "graph.nq")); code != 2 {
		t.Errorf("unknown layout: exit %d, want 2", code)
	}
}

func TestPathPeskovZelensky(t *testing.T) {
	dir := buildSeeds(t)
	nq := filepath.Join(dir, "graph.nq")
	code, out, stderr := newskg(t, "path", "Peskov", "Zelensky", nq)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	first, _, _ := strings.Cut(out, "\n")
	if !regexp.MustCompile(`^Dmitry Peskov (—\S+→|←\S+—) .*Volodymyr Zelensky$`).MatchString(first) {
		t.Errorf("chain line %q", first)
	}
	if !strings.Contains(out, "“") {
		t.Errorf("no evidence in:\n%s", out)
	}

	// The JSON form: a chain of hops from Peskov to Zelensky, each
	// with claims that the graph holds, between the hop's entities.
	code, out, stderr = newskg(t, "path", "-f", "json", "Peskow", "Zelenskyy", nq)
	if code != 0 {
		t.Fatalf("json: exit %d: %s", code, stderr)
	}
	var hops []struct {
		From, To struct{ ID string }
		Links    []struct {
			Subject, Predicate, Object string
			Claims                     []struct {
				Claim, Evidence, Article string
				Start, End               int
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &hops); err != nil {
		t.Fatal(err)
	}
	g := readSaved(t, nq)
	byID := make(map[string]graph.Claim)
	for _, c := range g.Claims() {
		byID[c.ID()] = c
	}
	if len(hops) == 0 || hops[0].From.ID != "dmitry-peskov" || hops[len(hops)-1].To.ID != "volodymyr-zelensky" {
		t.Fatalf("chain %+v", hops)
	}
	for i, h := range hops {
		if i > 0 && h.From.ID != hops[i-1].To.ID {
			t.Errorf("hop %d starts at %s, hop %d ended at %s", i, h.From.ID, i-1, hops[i-1].To.ID)
		}
		if len(h.Links) == 0 {
			t.Errorf("hop %d has no links", i)
		}
		for _, l := range h.Links {
			if !(l.Subject == h.From.ID && l.Object == h.To.ID || l.Subject == h.To.ID && l.Object == h.From.ID) {
				t.Errorf("hop %s–%s holds a link %s %s %s", h.From.ID, h.To.ID, l.Subject, l.Predicate, l.Object)
			}
			for _, c := range l.Claims {
				gc, ok := byID[c.Claim]
				if !ok || gc.Evidence != c.Evidence || gc.Subject != l.Subject || string(gc.Predicate) != l.Predicate {
					t.Errorf("claim %s is not the graph's", c.Claim)
				}
			}
		}
	}

	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no chain", []string{"path", "--predicate", "met", "Peskov", "Zelensky", nq}, 1, "no chain of claims links Dmitry Peskov and Volodymyr Zelensky"},
		{"unknown name", []string{"path", "Peskov", "Nobody Atall", nq}, 2, "Nobody Atall"},
		{"same entity", []string{"path", "Zelenskyy", "Zelensky", nq}, 2, "same entity"},
		{"two args", []string{"path", "Peskov", nq}, 2, "two names"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := newskg(t, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, want %d; stderr %q lacks %q", code, tt.code, stderr, tt.want)
			}
		})
	}
}

func TestTopAccused(t *testing.T) {
	dir := buildSeeds(t)
	nq := filepath.Join(dir, "graph.nq")
	code, out, stderr := newskg(t, "top", "--predicate", "accused", nq)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(out, "\n")
	if len(lines) < 2 || lines[0] != "most accusing (accused)" || !strings.HasPrefix(lines[1], "  1. Russia: ") {
		t.Errorf("top --predicate accused starts:\n%s", strings.Join(lines[:min(3, len(lines))], "\n"))
	}

	// The JSON counts agree with the claims.
	code, out, _ = newskg(t, "top", "-f", "json", "--predicate", "blamed", "-n", "0", nq)
	var rankings []struct {
		Title, Predicate, Role string
		Ranks                  []struct {
			Entity   string
			Claims   int
			Articles []string
		}
	}
	if code != 0 || json.Unmarshal([]byte(out), &rankings) != nil || len(rankings) != 2 {
		t.Fatalf("json: exit %d:\n%s", code, out)
	}
	g := readSaved(t, nq)
	for _, rk := range rankings {
		total := 0
		for i, r := range rk.Ranks {
			n, arts := 0, make(map[string]bool)
			for _, c := range g.Claims() {
				who := c.Subject
				if rk.Role == "object" {
					who = c.Object
				}
				if c.Predicate == graph.Accused && who == r.Entity {
					n++
					arts[c.Article] = true
				}
			}
			if r.Claims != n || len(r.Articles) != len(arts) {
				t.Errorf("%s #%d %s: %d claims in %d articles, the graph has %d in %d", rk.Title, i+1, r.Entity, r.Claims, len(r.Articles), n, len(arts))
			}
			if i > 0 && r.Claims > rk.Ranks[i-1].Claims {
				t.Errorf("%s: %s (%d) ranked below %s (%d)", rk.Title, r.Entity, r.Claims, rk.Ranks[i-1].Entity, rk.Ranks[i-1].Claims)
			}
			total += r.Claims
		}
		if total != g.Counts()[graph.Accused] {
			t.Errorf("%s ranks %d claims, the graph has %d accusations", rk.Title, total, g.Counts()[graph.Accused])
		}
	}
	if rankings[0].Ranks[0].Entity != "russia" {
		t.Errorf("most accusing is %s, want russia", rankings[0].Ranks[0].Entity)
	}

	// Without --predicate: accusers, accused, deniers.
	code, out, _ = newskg(t, "top", nq)
	for _, want := range []string{"most accusing (accused)", "most accused (accused)", "most denying (denied)"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("top lacks %q:\n%s", want, out)
		}
	}
	// --since after every article leaves nothing.
	if code, out, _ = newskg(t, "top", "--since", "2100-01-01", nq); code != 0 || strings.Count(out, "  none") != 3 {
		t.Errorf("top --since 2100-01-01: exit %d:\n%s", code, out)
	}
	if code, _, _ := newskg(t, "top", "--since", "May 2023", nq); code != 2 {
		t.Errorf("bad date: exit %d, want 2", code)
	}
}
