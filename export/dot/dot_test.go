package dot

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/graphtest"
	"github.com/newskg/newskg/internal/golden"
	"github.com/newskg/newskg/internal/testtool"
)

// view is one way of drawing a graph, shared by the golden and the
// Graphviz tests so that every golden file is also known to render.
type view struct {
	name   string
	g      func() *graph.Graph
	title  string
	legend bool
	layout string
}

var views = []view{
	{"hostile", graphtest.Hostile, "", true, ""},
	{"hostile-titled", graphtest.Hostile, "Hostile \"graph\" \\ & <title>\r\nsecond line", false, ""},
	{"ukraine-depth1", func() *graph.Graph {
		return graphtest.Hostile().Select(graph.Selection{Focus: []string{"ukraine"}, Depth: 1})
	}, "Ukraine, depth 1", true, ""},
	{"empty", graph.New, "", true, ""},
	// No clusters, and Graphviz lays it out with sfdp.
	{"hostile-sfdp", graphtest.Hostile, "", true, "sfdp"},
}

func encode(t testing.TB, g *graph.Graph, title string, legend bool, layout ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	e := NewEncoder(&b)
	if len(layout) > 0 {
		e.SetLayout(layout[0])
	}
	e.SetTitle(title)
	e.SetLegend(legend)
	if err := e.Encode(g); err != nil {
		t.Fatalf("Encode: %v", err)
	}
	return b.Bytes()
}

func TestGolden(t *testing.T) {
	for _, v := range views {
		t.Run(v.name, func(t *testing.T) {
			golden.Check(t, filepath.Join("testdata", v.name+".dot"), encode(t, v.g(), v.title, v.legend, v.layout))
		})
	}
}

func TestDeterministic(t *testing.T) {
	// Separately built graphs hold their maps in different orders.
	first := encode(t, graphtest.Hostile(), "t", true)
	for range 20 {
		if got := encode(t, graphtest.Hostile(), "t", true); !bytes.Equal(got, first) {
			t.Fatalf("two encodes differ:\n%s", golden.FirstDiff(got, first))
		}
	}
}

func TestNeverStrict(t *testing.T) {
	out := encode(t, graphtest.Hostile(), "", true)
	if !bytes.HasPrefix(out, []byte("digraph \"newskg\" {\n")) {
		t.Errorf("output starts %q, want a plain digraph named newskg", out[:min(40, len(out))])
	}
	if got := bytes.Count(out, []byte(`"russia" -> "ukraine"`)); got != 2 {
		t.Errorf("%d russia -> ukraine edges, want 2 (accused, attacked)", got)
	}
}

func TestEncodeErrors(t *testing.T) {
	errBroken := errors.New("broken pipe")
	tests := []struct {
		name string
		w    io.Writer
		g    *graph.Graph
		want error
	}{
		{"nil graph", io.Discard, nil, nil},
		{"write fails", failWriter{errBroken}, graphtest.Hostile(), errBroken},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := NewEncoder(tt.w).Encode(tt.g)
			if err == nil {
				t.Fatal("Encode succeeded, want an error")
			}
			if !strings.HasPrefix(err.Error(), "dot: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("error %v does not wrap %v", err, tt.want)
			}
		})
	}
}

type failWriter struct{ err error }

func (w failWriter) Write([]byte) (int, error) { return 0, w.err }

func TestQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `""`},
		{"russia", `"russia"`},
		{"node", `"node"`},
		{`say "hi"`, `"say \"hi\""`},
		{`C:\path\`, `"C:\\path\\"`},
		{`\N`, `"\\N"`},
		{"a\nb", `"a\nb"`},
		{"a\r\nb", `"a\nb"`},
		{"a\rb", `"a\nb"`},
		{"a\r\r\nb", `"a\n\nb"`},
		{"a\tb", `"a b"`},
		{"a\x00b\x1fc", "\"a\uFFFDb\uFFFDc\""},
		{"a\xffb", "\"a\uFFFDb\""},
		{"\uFFFE\uFFFF", "\"\uFFFD\uFFFD\""},
		{"AT&T &amp;", `"AT&amp;T &amp;amp;"`},
		{"<b>", `"<b>"`},
		{"Зеленський «ніколи»", `"Зеленський «ніколи»"`},
		{strings.Repeat("x", maxChunk+1), `"` + strings.Repeat("x", maxChunk) + `" + "x"`},
		// An escape is never split across pieces.
		{strings.Repeat("x", maxChunk-1) + `"`, `"` + strings.Repeat("x", maxChunk-1) + `" + "\""`},
	}
	for _, tt := range tests {
		if got := quote(tt.in); got != tt.want {
			t.Errorf("quote(%.40q) = %.60q, want %.60q", tt.in, got, tt.want)
		}
	}
}

func TestNodeID(t *testing.T) {
	tests := []struct{ in, want string }{
		{"russia", "russia"},
		{"kyïv", "kyïv"},
		{"a b\"c\\d&e", "a b\"c\\d&e"}, // quote keeps these recoverably
		{"50%", "50%25"},
		{"a\r\nb", "a%0D%0Ab"},
		{"a\nb", "a%0Ab"},
		{"a\xffb", "a%FFb"},
		{"a\uFFFDb", "a\uFFFDb"},
		{"\uFFFF", "%EF%BF%BF"},
	}
	for _, tt := range tests {
		if got := nodeID(tt.in); got != tt.want {
			t.Errorf("nodeID(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"", 3, ""},
		{"abc", 3, "abc"},
		{"abcd", 3, "ab…"},
		{"Київ", 4, "Київ"},
		{"Київщина", 4, "Киї…"},
		{"a\xff\xffb", 3, "a\xff…"},
	}
	for _, tt := range tests {
		if got := clip(tt.in, tt.n); got != tt.want {
			t.Errorf("clip(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

// svgItem is a node or an edge of Graphviz's SVG output, with its title
// (the DOT node names) and its tooltip.
type svgItem struct{ class, id, title, tooltip string }

// render runs Graphviz on src and returns its nodes and edges. It fails
// the test on a non-zero exit, on any output to stderr (Graphviz reports
// bad input as warnings and still exits 0) and on SVG that is not
// well-formed XML.
func render(t *testing.T, src []byte) []svgItem {
	t.Helper()
	bin, err := exec.LookPath("dot")
	if err != nil {
		testtool.Missing(t, "Graphviz dot not on PATH: install graphviz to run the consumer tests")
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin, "-Tsvg")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = bytes.NewReader(src), &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("dot -Tsvg: %v\nstderr: %s", err, stderr.Bytes())
	}
	if stderr.Len() > 0 {
		t.Fatalf("dot -Tsvg wrote to stderr: %s", stderr.Bytes())
	}
	var items []svgItem
	d := xml.NewDecoder(&stdout)
	var cur *svgItem
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("dot -Tsvg wrote malformed SVG: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Local == "a" && len(items) > 0 && items[len(items)-1].tooltip == "" {
				for _, a := range tok.Attr {
					if a.Name.Local == "title" {
						items[len(items)-1].tooltip = a.Value
					}
				}
			}
			if tok.Name.Local == "g" {
				var it svgItem
				for _, a := range tok.Attr {
					switch a.Name.Local {
					case "class":
						it.class = a.Value
					case "id":
						it.id = a.Value
					}
				}
				if it.class == "node" || it.class == "edge" {
					items = append(items, it)
					cur = &items[len(items)-1]
				}
			}
		case xml.CharData:
			if cur != nil && cur.title == "" {
				cur.title = strings.TrimSpace(string(tok))
			}
		case xml.EndElement:
			if tok.Name.Local == "title" {
				cur = nil
			}
		}
	}
	return items
}

// checkRender renders g's encoding and checks that Graphviz drew every
// entity that takes part in a claim once, and every link (the claims of
// one predicate from one entity to another) as one edge whose tooltip
// gives each claim's evidence and article.
func checkRender(t *testing.T, g *graph.Graph, title string, legend bool, layout ...string) []svgItem {
	t.Helper()
	items := render(t, encode(t, g, title, legend, layout...))
	inClaim := make(map[string]bool)
	links := make(map[string]graph.Link)
	for _, c := range g.Claims() {
		inClaim[c.Subject], inClaim[c.Object] = true, true
		id := "link-" + graph.LinkID(c.Subject, c.Predicate, c.Object)
		l := links[id]
		l.Claims = append(l.Claims, c)
		links[id] = l
	}
	nodes := make(map[string]int)
	edges := make(map[string]svgItem)
	for _, it := range items {
		switch it.class {
		case "node":
			nodes[it.id]++
		case "edge":
			if _, dup := edges[it.id]; dup {
				t.Errorf("edge %s drawn twice", it.id)
			}
			edges[it.id] = it
		}
	}
	if len(nodes) != len(inClaim) || len(edges) != len(links) {
		t.Errorf("SVG has %d nodes and %d edges, want %d entities in claims and %d links", len(nodes), len(edges), len(inClaim), len(links))
	}
	for id := range inClaim {
		if nodes[EntityElementID(id)] != 1 {
			t.Errorf("entity %q drawn %d times, want once", id, nodes[EntityElementID(id)])
		}
	}
	for id, l := range links {
		e, ok := edges[id]
		if !ok {
			t.Errorf("link %s (%d claims) not drawn", id, len(l.Claims))
			continue
		}
		// Graphviz writes a tooltip's line breaks as newlines; each
		// line is one claim.
		lines := strings.Split(e.tooltip, "\n")
		if want := min(len(l.Claims), MaxTooltipClaims); len(lines) < want {
			t.Errorf("link %s: tooltip has %d lines for %d claims:\n%s", id, len(lines), len(l.Claims), e.tooltip)
			continue
		}
		for i, c := range l.Claims[:min(len(l.Claims), MaxTooltipClaims)] {
			// Backslashes look alike but are not, see tooltipText.
			tip := func(s string) string {
				return strings.ReplaceAll(strings.Join(strings.Fields(wantQuoted(s)), " "), `\`, "⧵")
			}
			ev := tip(c.Evidence)
			if !strings.Contains(lines[i], ev) {
				t.Errorf("link %s: tooltip line %d is %q, want evidence %q", id, i, lines[i], ev)
			}
			if a, _ := g.Article(c.Article); !strings.Contains(lines[i], tip(a.Title)) {
				t.Errorf("link %s: tooltip line %d is %q, want the title %q", id, i, lines[i], a.Title)
			}
		}
	}
	return items
}

func TestGraphvizRenders(t *testing.T) {
	for _, v := range views {
		t.Run(v.name, func(t *testing.T) {
			items := checkRender(t, v.g(), v.title, v.legend, v.layout)
			if v.name != "hostile" {
				return
			}
			// The three claims between Russia and Ukraine are two
			// edges, one per predicate, and the accusations' edge
			// says it holds two.
			var parallel []string
			for _, it := range items {
				if it.class == "edge" && it.title == "russia->ukraine" {
					parallel = append(parallel, it.id)
				}
			}
			if len(parallel) != 2 {
				t.Errorf("%d russia->ukraine edges in SVG, want 2", len(parallel))
			}
		})
	}
}

func TestGraphvizRendersSelection(t *testing.T) {
	g := graphtest.Hostile().Select(graph.Selection{Focus: []string{"ukraine"}, Depth: 1})
	items := checkRender(t, g, "", false)
	var nodes []string
	edges := 0
	for _, it := range items {
		switch it.class {
		case "node":
			nodes = append(nodes, it.title)
		case "edge":
			edges++
		}
	}
	slices.Sort(nodes)
	// Zelensky and Peskov are two hops away; Kyiv has no claim.
	if want := []string{"kremlin-drone-attack", "russia", "ukraine"}; !slices.Equal(nodes, want) {
		t.Errorf("nodes %q, want %q", nodes, want)
	}
	if edges != 3 {
		t.Errorf("%d edges, want 3: Russia accused and attacked Ukraine, Ukraine's denial", edges)
	}
}

// hostileStrings are the fuzz seeds, and the strings that
// TestGraphvizAcceptsHostileStrings hands to the real Graphviz.
var hostileStrings = []string{
	`"`, `\`, `\"`, `x\`, `"\"\\"`, "\\\n",
	"a\nb", "a\r\nb", "a\rb", "\n", "tab\there",
	"nul\x00byte", "bell\x07", "del\x7f", "\xff\xfe", "bad \xc3\x28 utf8", "surrogate \xed\xa0\x80",
	"\uFFFE\uFFFF", "\u0085 \u2028 \u2029", "bom \uFEFF", "emoji 😀 👩‍👩‍👧", "rtl שלום مرحبا", "combining e\u0301",
	"node", "edge", "graph", "digraph", "subgraph", "strict", "NODE",
	"a -> b", "a -- b", "];{}", "x [label=y]", "/* c */", "// c", "# c", "\n# c",
	`\N \G \E \T \H \L \n \l \r`, "<b>html</b>", "<<b>>", "&", "&amp;", "&#0;", "&#x1F600;", "&bogus;", "&lt;",
	"%41 %", "cluster_Person", " legend Person", "legend-accused",
	strings.Repeat("x", 20000), strings.Repeat("é\\\"", 7000), strings.Repeat("\n", 5000),
}

// hostileGraph puts s everywhere an encoder writes text: in entity IDs,
// names and aliases, the article title and date, and the evidence. Three
// of its entity IDs differ only in how a line ends, which DOT alone cannot
// tell apart: they must still be three nodes.
func hostileGraph(t *testing.T, s string) *graph.Graph {
	t.Helper()
	ev := strings.ToValidUTF8(s, "?") + "."
	text := ev + "\n"
	crlf, lf, cr, other := "x"+s+"\r\nx", "x"+s+"\nx", "x"+s+"\rx", "y"+s+"y"
	g := graph.New()
	err := g.Add(graph.Document{
		Article: graph.Article{ID: "a" + s, Title: s, Date: s, Text: text},
		Entities: []graph.Entity{
			{ID: crlf, Type: graph.Person, Name: "n" + s, Aliases: []string{s, s + "2"}},
			{ID: lf, Type: graph.Event, Name: s + "n"},
			{ID: cr, Type: graph.Event, Name: s + "n"},
			{ID: other, Type: graph.Organization, Name: "m" + s},
		},
		Claims: []graph.Claim{
			{Subject: crlf, Predicate: graph.Accused, Object: other, Article: "a" + s,
				Evidence: ev, Start: 0, End: len(ev), Confidence: 1},
			{Subject: crlf, Predicate: graph.Accused, Object: other, Article: "a" + s,
				Evidence: text, Start: 0, End: len(text), Confidence: 1},
			{Subject: lf, Predicate: graph.Denied, Object: cr, Article: "a" + s,
				Evidence: ev, Start: 0, End: len(ev), Confidence: 1},
		},
	})
	if err != nil {
		t.Fatalf("building the graph: %v", err)
	}
	return g
}

func TestGraphvizAcceptsHostileStrings(t *testing.T) {
	for i, s := range hostileStrings {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			checkRender(t, hostileGraph(t, s), s, true)
		})
	}
}

// checkQuoted checks that q is a DOT quoted string, possibly in pieces
// joined by +, that Graphviz reads back exactly: only the escapes quote
// writes, every & the start of &amp;, no byte that Graphviz or XML
// refuses, no piece near Graphviz's length limit. It returns the text q
// stands for.
func checkQuoted(q string) (string, error) {
	if !strings.HasPrefix(q, `"`) || !strings.HasSuffix(q, `"`) || len(q) < 2 {
		return "", errors.New("not enclosed in double quotes")
	}
	if !utf8.ValidString(q) {
		return "", errors.New("invalid UTF-8")
	}
	var out strings.Builder
	i, start := 1, 0
	for {
		if i >= len(q) {
			return "", errors.New("unterminated piece")
		}
		c := q[i]
		switch {
		case c == '\\':
			if i+1 >= len(q) {
				return "", errors.New("backslash at end")
			}
			switch q[i+1] {
			case '\\':
				out.WriteByte('\\')
			case '"':
				out.WriteByte('"')
			case 'n':
				out.WriteByte('\n')
			default:
				return "", fmt.Errorf("unexpected escape \\%c at %d", q[i+1], i)
			}
			i += 2
			continue
		case c == '&':
			if !strings.HasPrefix(q[i:], "&amp;") {
				return "", fmt.Errorf("bare & at %d", i)
			}
			out.WriteByte('&')
			i += len("&amp;")
			continue
		case c < 0x20:
			return "", fmt.Errorf("control byte %#x at %d", c, i)
		case strings.HasPrefix(q[i:], "\uFFFE"), strings.HasPrefix(q[i:], "\uFFFF"):
			return "", fmt.Errorf("XML non-character at %d", i)
		case c == '"':
			if i-start+1 > 16000 {
				return "", fmt.Errorf("piece of %d bytes: Graphviz rejects 16 KB", i-start+1)
			}
			if i == len(q)-1 {
				return out.String(), nil
			}
			if !strings.HasPrefix(q[i:], `" + "`) {
				return "", fmt.Errorf("unescaped quote at %d", i)
			}
			i += len(`" + "`)
			start = i - 1
			continue
		}
		out.WriteByte(c)
		i++
	}
}

// wantQuoted is what quote must keep of s, written independently of it.
func wantQuoted(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\r':
			return '\n'
		case r == '\t':
			return ' '
		case r == '\n':
			return r
		case r < 0x20, r == 0xFFFE, r == 0xFFFF:
			return utf8.RuneError
		}
		return r
	}, s)
}

func FuzzQuote(f *testing.F) {
	for _, s := range hostileStrings {
		f.Add(s)
	}
	f.Add(strings.Repeat("x", maxChunk-1) + "é" + strings.Repeat("y", 2*maxChunk))
	f.Add(strings.Repeat("ab\r", maxChunk/3) + "\ncd&" + strings.Repeat("z", maxChunk))
	f.Fuzz(func(t *testing.T, s string) {
		q := quote(s)
		if want := quoteRunes(s); q != want {
			t.Fatalf("quote(%q) = %q, quoteRunes writes %q", s, q, want)
		}
		got, err := checkQuoted(q)
		if err != nil {
			t.Fatalf("quote(%q) = %q: %v", s, q, err)
		}
		if want := wantQuoted(s); got != want {
			t.Fatalf("quote(%q) reads back as %q, want %q", s, got, want)
		}
	})
}

func FuzzNodeID(f *testing.F) {
	for _, s := range hostileStrings {
		f.Add(s, s+"\r")
	}
	f.Add("a\r\nb", "a\nb")
	f.Add("a\xffb", "a\xfeb")
	f.Add("a%0Ab", "a\nb")
	f.Fuzz(func(t *testing.T, a, b string) {
		qa, qb := quote(nodeID(a)), quote(nodeID(b))
		if a != b && qa == qb {
			t.Fatalf("entities %q and %q share the node %s", a, b, qa)
		}
		// nodeID leaves only what quote keeps exactly.
		if got, err := checkQuoted(qa); err != nil || got != nodeID(a) {
			t.Fatalf("quote(nodeID(%q)) = %q reads back as %q, %v; want %q", a, qa, got, err, nodeID(a))
		}
	})
}

// FuzzEncode checks that a whole encoded graph is a sequence of DOT
// tokens with balanced braces and brackets, whatever its text.
func FuzzEncode(f *testing.F) {
	for _, s := range hostileStrings {
		f.Add(s, s, s)
	}
	f.Fuzz(func(t *testing.T, id, name, title string) {
		g := graph.New()
		text := "evidence"
		err := g.Add(graph.Document{
			Article: graph.Article{ID: "a", Title: title, Text: text},
			Entities: []graph.Entity{
				{ID: id, Type: graph.Person, Name: name, Aliases: []string{title}},
				{ID: "other", Type: graph.Place, Name: "Other"},
			},
			Claims: []graph.Claim{{Subject: id, Predicate: graph.Met, Object: "other", Article: "a",
				Evidence: text, End: len(text)}},
		})
		if err != nil {
			t.Skip("graph rejects the entity")
		}
		out := encode(t, g, title, true)
		if err := lexDOT(string(out)); err != nil {
			t.Fatalf("%v in\n%s", err, out)
		}
	})
}

// lexDOT splits src into the tokens the encoder may write and checks the
// nesting of braces and brackets.
func lexDOT(src string) error {
	var stack []byte
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			i++
		case c == '{' || c == '[':
			stack = append(stack, c)
			i++
		case c == '}' || c == ']':
			open := byte('{')
			if c == ']' {
				open = '['
			}
			if len(stack) == 0 || stack[len(stack)-1] != open {
				return fmt.Errorf("unbalanced %c at %d", c, i)
			}
			stack = stack[:len(stack)-1]
			i++
		case c == ';' || c == ',' || c == '=':
			i++
		case strings.HasPrefix(src[i:], "->"):
			i += 2
		case c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			for i < len(src) && (src[i] == '_' || 'a' <= src[i] && src[i] <= 'z' || 'A' <= src[i] && src[i] <= 'Z' || '0' <= src[i] && src[i] <= '9') {
				i++
			}
		case c == '<':
			j := htmlEnd(src, i)
			if j < 0 {
				return fmt.Errorf("unterminated HTML label at %d", i)
			}
			if err := checkHTMLLabel(src[i+1 : j-1]); err != nil {
				return fmt.Errorf("HTML label at %d: %v", i, err)
			}
			i = j
		case c == '"':
			j := quotedEnd(src, i)
			if j < 0 {
				return fmt.Errorf("unterminated string at %d", i)
			}
			if _, err := checkQuoted(src[i:j]); err != nil {
				return fmt.Errorf("string at %d: %v", i, err)
			}
			i = j
		default:
			return fmt.Errorf("unexpected byte %q at %d", c, i)
		}
	}
	if len(stack) > 0 {
		return fmt.Errorf("%d unclosed braces or brackets", len(stack))
	}
	return nil
}

// quotedEnd returns the end of the quoted string, joined pieces included,
// that starts at src[i], or -1.
func quotedEnd(src string, i int) int {
	for j := i + 1; j < len(src); j++ {
		switch src[j] {
		case '\\':
			j++
		case '"':
			if !strings.HasPrefix(src[j:], `" + "`) {
				return j + 1
			}
			j += len(` + "`)
		}
	}
	return -1
}

// htmlEnd returns the end of the HTML-like label, <…> with nested angle
// brackets, that starts at src[i], or -1.
func htmlEnd(src string, i int) int {
	depth := 0
	for j := i; j < len(src); j++ {
		switch src[j] {
		case '<':
			depth++
		case '>':
			depth--
			if depth == 0 {
				return j + 1
			}
		}
	}
	return -1
}

// checkHTMLLabel checks that an HTML-like label is well-formed XML, as
// Graphviz's parser (expat) requires.
func checkHTMLLabel(s string) error {
	if !utf8.ValidString(s) {
		return errors.New("invalid UTF-8")
	}
	d := xml.NewDecoder(strings.NewReader("<x>" + s + "</x>"))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if cd, ok := tok.(xml.CharData); ok {
			for _, r := range string(cd) {
				if r < 0x20 || r == 0xFFFE || r == 0xFFFF {
					return fmt.Errorf("character %U that XML forbids", r)
				}
			}
		}
	}
}
