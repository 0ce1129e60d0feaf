package main

// One grammar for every command: -f for the output format, the graph as
// a file or its folder, --version, errors that name the subcommand's
// help, [] for empty JSON lists, and names as a reader means them.

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newskg/newskg/export/nquads"
	"github.com/newskg/newskg/graph"
)

func TestVersion(t *testing.T) {
	code, out, stderr := newskg(t, "--version")
	if code != 0 || !regexp.MustCompile(`^newskg \S+.* go1\.\d+`).MatchString(out) {
		t.Errorf("--version: exit %d, %q %q", code, out, stderr)
	}
}

func TestErrorsNameTheSubcommandHelp(t *testing.T) {
	dir := buildSeeds(t)
	tests := []struct {
		args []string
		help string
	}{
		{[]string{"query", "--nope", dir}, "Run 'newskg query --help'"},
		{[]string{"blame", "-f", "xml", dir}, "Run 'newskg blame --help'"},
		{[]string{"entities", "--type", "Planet", dir}, "Run 'newskg entities --help'"},
		{[]string{"export", dir}, "Run 'newskg export --help'"},
		{[]string{"frobnicate"}, "Run 'newskg --help'"},
	}
	for _, tt := range tests {
		code, _, stderr := newskg(t, tt.args...)
		if code != exitUsage || !strings.Contains(stderr, tt.help) {
			t.Errorf("%v: exit %d, stderr %q, want %q", tt.args, code, stderr, tt.help)
		}
	}
}

func TestFormatFlagOnEveryCommand(t *testing.T) {
	dir := buildSeeds(t)
	_, entities, _ := readSaved(t, filepath.Join(dir, "graph.nq")).Len()
	accused := len(queryAccusations(t, filepath.Join(dir, "graph.nq")))
	tests := []struct {
		args  []string
		check func(out string) bool
	}{
		{[]string{"query", "-f", "csv", "--predicate", "accused", dir}, func(o string) bool { return strings.HasPrefix(o, "subject,predicate,object,") }},
		{[]string{"query", "-f", "json", "--predicate", "accused", dir}, func(o string) bool { return validJSONArray(o, accused) }},
		{[]string{"query", "--format", "jsonl", "--predicate", "accused", dir}, func(o string) bool { return strings.Count(o, "\n") == accused }},
		{[]string{"query", "-f", "table", "--predicate", "accused", dir}, func(o string) bool { return strings.HasPrefix(o, "SUBJECT") }},
		{[]string{"blame", "-f", "json", dir}, func(o string) bool { return validJSONArray(o, -1) }},
		{[]string{"entities", "-f", "json", dir}, func(o string) bool { return validJSONArray(o, entities) }},
		{[]string{"entities", "-f", "table", dir}, func(o string) bool { return strings.HasPrefix(o, "NAME") }},
		{[]string{"export", "-f", "graphml", dir}, func(o string) bool { return strings.Contains(o, "<graphml") }},
		{[]string{"eval", "-f", "json", "--gold", "../../testdata/gold/seeds", filepath.Join(dir, "graph.nq")}, func(o string) bool { return json.Valid([]byte(o)) }},
	}
	for _, tt := range tests {
		code, out, stderr := newskg(t, tt.args...)
		if code != 0 || !tt.check(out) {
			t.Errorf("%v: exit %d, stderr %q, output:\n%.300s", tt.args, code, stderr, out)
		}
	}
}

// validJSONArray reports whether s is a JSON array, of n elements unless
// n < 0.
func validJSONArray(s string, n int) bool {
	var v []json.RawMessage
	if err := json.Unmarshal([]byte(s), &v); err != nil || v == nil {
		return false
	}
	return n < 0 || len(v) == n
}

func TestBlameJSONListsAreNeverNull(t *testing.T) {
	dir := buildSeeds(t)
	code, out, stderr := newskg(t, "blame", "-f", "json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if strings.Contains(out, "null") {
		t.Errorf("blame -f json writes null:\n%s", out)
	}
	var accs []struct{ Denials []json.RawMessage }
	if err := json.Unmarshal([]byte(out), &accs); err != nil {
		t.Fatal(err)
	}
	undenied := 0
	for _, a := range accs {
		if len(a.Denials) == 0 {
			undenied++
		}
	}
	if undenied == 0 || !strings.Contains(out, `"denials": []`) {
		t.Errorf("no accusation without denials shows \"denials\": [] (%d undenied)", undenied)
	}
	// Filters that match nothing give an empty array, not null.
	code, out, _ = newskg(t, "blame", "-f", "json", "--since", "2999-01-01", dir)
	if code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("blame with no match: exit %d, %q, want []", code, out)
	}
	code, out, stderr = newskg(t, "query", "-f", "json", "--since", "2999-01-01", dir)
	if code != 0 || strings.TrimSpace(out) != "[]" || !strings.Contains(stderr, "no claim matches") {
		t.Errorf("query -f json with no match: exit %d, %q, stderr %q; want [] and a note", code, out, stderr)
	}
}

func TestBlameTakesQueryFilters(t *testing.T) {
	dir := buildSeeds(t)
	pairs := func(args ...string) map[string]int {
		t.Helper()
		code, out, stderr := newskg(t, append(append([]string{"blame", "-f", "json"}, args...), dir)...)
		if code != 0 {
			t.Fatalf("blame %v: exit %d: %s", args, code, stderr)
		}
		var accs []struct {
			Accuser, Accused string
			Count            int
			Articles         []string
		}
		if err := json.Unmarshal([]byte(out), &accs); err != nil {
			t.Fatal(err)
		}
		m := make(map[string]int)
		for _, a := range accs {
			m[a.Accuser+">"+a.Accused] = a.Count
		}
		return m
	}
	all := pairs()
	if all["russia>ukraine"] < 2 {
		t.Fatalf("seeds: Russia accused Ukraine %d times", all["russia>ukraine"])
	}
	russia := pairs("--subject", "Russia")
	for k, n := range russia {
		if !strings.HasPrefix(k, "russia>") || n != all[k] {
			t.Errorf("--subject Russia: pair %s ×%d (all: ×%d)", k, n, all[k])
		}
	}
	if len(russia) == 0 || len(russia) == len(all) {
		t.Errorf("--subject Russia keeps %d of %d pairs", len(russia), len(all))
	}
	for k := range pairs("--object", "Ukraine") {
		if !strings.HasSuffix(k, ">ukraine") {
			t.Errorf("--object Ukraine: pair %s", k)
		}
	}
	one := pairs("--article", "002_a7f3cea9f3bf73fb")
	if len(one) == 0 || len(one) >= len(all) {
		t.Errorf("--article keeps %d of %d pairs", len(one), len(all))
	}
	if code, _, stderr := newskg(t, "blame", "--predicate", "denied", dir); code != exitUsage || !strings.Contains(stderr, "only --predicate accused") {
		t.Errorf("blame --predicate denied: exit %d, want a usage error: %s", code, stderr)
	}
	if got := pairs("--predicate", "blamed"); len(got) != len(all) {
		t.Errorf("blame --predicate blamed keeps %d of %d pairs", len(got), len(all))
	}
}

func TestGraphArgumentIsFileOrFolder(t *testing.T) {
	dir := buildSeeds(t)
	_, a, _ := newskg(t, "query", "-f", "jsonl", dir)
	_, b, _ := newskg(t, "query", "-f", "jsonl", filepath.Join(dir, "graph.nq"))
	if a == "" || a != b {
		t.Errorf("query DIR and query DIR/graph.nq differ (%d, %d bytes)", len(a), len(b))
	}
	code, _, stderr := newskg(t, "query", t.TempDir())
	if code != exitPartial || !strings.Contains(stderr, "graph.nq") {
		t.Errorf("query on a folder without graph.nq: exit %d, %q", code, stderr)
	}
}

// writeGraph saves g as N-Quads in a fresh folder and returns its path.
func writeGraph(t *testing.T, g *graph.Graph) string {
	t.Helper()
	dir := t.TempDir()
	var b bytes.Buffer
	if err := nquads.NewEncoder(&b).Encode(g); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "graph.nq"), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// howards is a graph where the surname Howard fits two people, and one
// article says only "Mr Howard".
func howards(t *testing.T) *graph.Graph {
	t.Helper()
	g := graph.New()
	add := func(id, text string, ents []graph.Entity, subj string, p graph.Predicate, obj string) {
		t.Helper()
		d := graph.Document{Article: graph.Article{ID: id, Title: id, Text: text}, Entities: ents}
		if subj != "" {
			d.Claims = []graph.Claim{{Subject: subj, Predicate: p, Object: obj, Article: id, Evidence: text, Start: 0, End: len(text), Confidence: 0.8}}
		}
		if err := g.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	michael := graph.Entity{ID: "michael-howard", Type: graph.Person, Name: "Michael Howard"}
	john := graph.Entity{ID: "john-howard", Type: graph.Person, Name: "John Howard"}
	blair := graph.Entity{ID: "tony-blair", Type: graph.Person, Name: "Tony Blair"}
	au := graph.Entity{ID: "australia", Type: graph.Country, Name: "Australia"}
	add("a", "Michael Howard accused Tony Blair of lying.", []graph.Entity{michael, blair}, "michael-howard", graph.Accused, "tony-blair")
	add("b", "Michael Howard criticized Tony Blair.", []graph.Entity{michael, blair}, "michael-howard", graph.Criticized, "tony-blair")
	add("c", "John Howard led Australia.", []graph.Entity{john, au}, "john-howard", graph.AffiliatedWith, "australia")
	add("d", "Mr Howard spoke.", []graph.Entity{{ID: "howard-d", Type: graph.Person, Name: "Howard"}}, "", "", "")
	return g
}

func TestSurnameQueryFindsFullNamedPeople(t *testing.T) {
	dir := writeGraph(t, howards(t))
	code, out, stderr := newskg(t, "query", "-f", "csv", "--subject", "Howard", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range recs[1:] {
		got = append(got, r[0]+" "+r[1])
	}
	if strings.Join(got, ",") != "Michael Howard accused,Michael Howard criticized,John Howard affiliated_with" {
		t.Errorf("--subject Howard: %v", got)
	}
	for _, w := range []string{`"Howard" fits 3 entities`, "Michael Howard [michael-howard] 2 claim(s)", "John Howard [john-howard] 1 claim(s)",
		`1 mention(s) of "Howard" alone`, "newskg entities --search Howard"} {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, stderr)
		}
	}
	// A full name is not ambiguous, and the note goes to stderr only.
	code, out, stderr = newskg(t, "query", "-f", "jsonl", "--object", "Blair", "--subject", "Michael Howard", dir)
	if code != 0 || stderr != "" || strings.Count(out, "\n") != 2 {
		t.Errorf("--subject 'Michael Howard': exit %d, stderr %q, %d rows", code, stderr, strings.Count(out, "\n"))
	}
	// The same resolution serves blame and --focus.
	code, out, _ = newskg(t, "blame", "-f", "json", "--subject", "Mr Howard", dir)
	if code != 0 || !strings.Contains(out, `"accuser": "michael-howard"`) {
		t.Errorf("blame --subject 'Mr Howard': exit %d:\n%s", code, out)
	}
	code, out, _ = newskg(t, "export", "-f", "dot", "--focus", "Howard", dir)
	if code != 0 || !strings.Contains(out, "Tony Blair") || !strings.Contains(out, "Australia") {
		t.Errorf("export --focus Howard: exit %d, lacks the full-named people's network:\n%s", code, out)
	}
}

func TestEntitiesCommand(t *testing.T) {
	dir := writeGraph(t, howards(t))
	code, out, stderr := newskg(t, "entities", "--search", "Howard", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var ids []string
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var r struct {
			ID       string
			Claims   int
			Articles []string
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%v: %s", err, sc.Text())
		}
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, " ") != "michael-howard john-howard howard-d" {
		t.Errorf("entities --search Howard (piped: JSON Lines) = %v", ids)
	}
	code, out, _ = newskg(t, "entities", "--type", "country", "-f", "csv", dir)
	if code != 0 || out != "id,name,type,claims,articles,aliases,article_ids\naustralia,Australia,Country,1,1,,c\n" {
		t.Errorf("entities --type country -f csv: exit %d:\n%s", code, out)
	}
	code, out, _ = newskg(t, "entities", "--search", "Nobody", "-f", "json", dir)
	if code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("entities with no match: exit %d, %q", code, out)
	}
}

func TestAppendRewritesEveryExport(t *testing.T) {
	dir := t.TempDir()
	in := t.TempDir()
	first, second := filepath.Join(in, "first"), filepath.Join(in, "second")
	for _, d := range []string{first, second} {
		os.MkdirAll(d, 0o755)
	}
	names, _ := filepath.Glob(filepath.Join(seeds, "*.txt"))
	for i, n := range names {
		b, _ := os.ReadFile(n)
		to := first
		if i >= 3 {
			to = second
		}
		os.WriteFile(filepath.Join(to, filepath.Base(n)), b, 0o644)
	}
	if code, _, stderr := newskg(t, "build", "-o", dir, first); code != 0 {
		t.Fatalf("build: %s", stderr)
	}
	if code, _, stderr := newskg(t, "build", "-o", dir, "--append", "-f", "nquads", second); code != 0 {
		t.Fatalf("build --append: %s", stderr)
	}
	full := buildSeeds(t)
	for _, f := range []string{"graph.nq", "graph.dot", "graph.graphml"} {
		a, _ := os.ReadFile(filepath.Join(dir, f))
		b, _ := os.ReadFile(filepath.Join(full, f))
		if !bytes.Equal(a, b) {
			t.Errorf("%s after build + append -f nquads differs from one build of all seeds", f)
		}
	}
}

func TestTermWidthFallback(t *testing.T) {
	// Under go test standard output is not a terminal.
	t.Setenv("COLUMNS", "")
	if w := termWidth(); w != defaultWidth {
		t.Errorf("termWidth() = %d without a terminal or $COLUMNS, want %d", w, defaultWidth)
	}
	t.Setenv("COLUMNS", "132")
	if w := termWidth(); w != 132 {
		t.Errorf("termWidth() = %d with COLUMNS=132", w)
	}
}

func TestVersionFromLinker(t *testing.T) {
	old := version
	t.Cleanup(func() { version = old })
	version = "v9.9.9"
	if got := buildVersion(); !strings.HasPrefix(got, "v9.9.9 ") {
		t.Errorf("buildVersion() = %q with version set to v9.9.9", got)
	}
}

func TestRenderFormatFlagWritesStandardOutput(t *testing.T) {
	tool(t, "dot", "graphviz")
	dir := buildSeeds(t)
	code, out, stderr := newskg(t, "render", "-f", "svg", "--focus", "Peskov", dir)
	if code != 0 || !strings.Contains(out, "<svg") || !strings.Contains(out, "Dmitry Peskov") {
		t.Errorf("render -f svg: exit %d, stderr %q, %d bytes", code, stderr, len(out))
	}
	file := filepath.Join(t.TempDir(), "peskov.picture")
	if code, _, stderr := newskg(t, "render", "-f", "png", "-o", file, "--focus", "Peskov", dir); code != 0 {
		t.Fatalf("render -f png -o FILE: exit %d, %s", code, stderr)
	}
	if b, _ := os.ReadFile(file); !bytes.HasPrefix(b, []byte("\x89PNG")) {
		t.Errorf("render -f png wrote no PNG (%d bytes)", len(b))
	}
	if code, _, stderr := newskg(t, "render", "-f", "gif", dir); code != exitUsage {
		t.Errorf("render -f gif: exit %d, %s", code, stderr)
	}
}
