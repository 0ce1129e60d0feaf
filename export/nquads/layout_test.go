package nquads

import (
	"bytes"
	"crypto/sha256"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/graphtest"
)

// writeLaidOut writes g's documents through a Writer into a file, with
// tail, and returns the file's bytes and layout.
func writeLaidOut(t *testing.T, g *graph.Graph, tail []string, olds ...Old) ([]byte, Layout) {
	t.Helper()
	w, err := NewWriter("", spoolFile(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range g.Documents() {
		if err := w.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "graph.nq")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	l, err := w.WriteFile(f, g.Entities(), tail, olds...)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data, l
}

// checkLayout checks that l describes data: its parts' sizes and sums,
// and the labels of the blocks.
func checkLayout(t *testing.T, data []byte, l Layout) {
	t.Helper()
	if l.Size() != int64(len(data)) {
		t.Fatalf("layout of %d bytes for a file of %d", l.Size(), len(data))
	}
	off := int64(0)
	part := func(name string, p Part) []byte {
		b := data[off : off+p.Size]
		if sha256.Sum256(b) != p.Sum {
			t.Errorf("%s: sum differs", name)
		}
		off += p.Size
		return b
	}
	part("head", l.Head)
	for _, b := range l.Blocks {
		lines := part(b.Label, b.Part)
		for line := range strings.Lines(string(lines)) {
			if !strings.HasSuffix(line, " "+b.Label+" .\n") && !strings.Contains(line, "/article/") {
				t.Errorf("block %s holds %q", b.Label, line)
			}
		}
	}
	part("tail", l.Tail)
}

// TestLayoutAndDigest checks that WriteFile's layout describes its
// output, and that Digest finds the same ID in Encode's output.
func TestLayoutAndDigest(t *testing.T) {
	tail := []string{`<http://dbpedia.org/resource/Kyiv> <http://dbpedia.org/ontology/country> <http://dbpedia.org/resource/Ukraine> .`}
	for name, g := range map[string]*graph.Graph{"hostile": graphtest.Hostile(), "odd": oddGraph(), "empty": graph.New()} {
		for _, tl := range [][]string{nil, tail} {
			data, l := writeLaidOut(t, g, tl)
			checkLayout(t, data, l)
			if want := encode(t, g, ""); !bytes.HasPrefix(data, want) {
				t.Fatalf("%s: WriteFile differs from Encode", name)
			}
			d := NewDigest("")
			enc := encode(t, g, "")
			// Written in pieces that cut lines anywhere.
			for i := 0; i < len(enc); i += 7 {
				d.Write(enc[i:min(i+7, len(enc))])
			}
			d.Tail()
			for _, s := range tl {
				d.Write([]byte(s + "\n"))
			}
			if id, err := d.ID(); err != nil || id != l.ID() {
				t.Errorf("%s: Digest gives %x, %v; the layout %x", name, id, err, l.ID())
			}
		}
	}
	// A byte changed anywhere changes the ID.
	data, l := writeLaidOut(t, graphtest.Hostile(), nil)
	for _, at := range []int{0, len(data) / 2, len(data) - 2} {
		changed := bytes.Clone(data)
		changed[at] ^= 1
		d := NewDigest("")
		d.Write(changed)
		if id, _ := d.ID(); id == l.ID() {
			t.Errorf("byte %d changed, same ID", at)
		}
	}
}

// TestWriteFileCopiesIndexedBlocks writes part of a graph's articles,
// then the rest merged with the first file copied through its layout,
// with and without an entity renamed, and compares with the file of the
// whole graph.
func TestWriteFileCopiesIndexedBlocks(t *testing.T) {
	doc := func(id, text, name string, typ graph.EntityType) graph.Document {
		return graph.Document{
			Article:  graph.Article{ID: id, Title: id, Text: text},
			Entities: []graph.Entity{{ID: "kremlin", Type: typ, Name: name}, {ID: "kyiv", Type: graph.Place, Name: "Kyiv"}},
			Mentions: []string{"kremlin", "kyiv"},
		}
	}
	// An article that does not mention the entity renamed: its block is
	// copied even then.
	kyivOnly := graph.Document{
		Article:  graph.Article{ID: "e", Title: "e", Text: "Kyiv again."},
		Entities: []graph.Entity{{ID: "kyiv", Type: graph.Place, Name: "Kyiv"}},
		Mentions: []string{"kyiv"},
	}
	for _, tc := range []struct {
		name    string
		old     []graph.Document
		added   []graph.Document
		renamed bool
	}{
		{"unchanged", []graph.Document{doc("a", "The Kremlin said.", "Kremlin", graph.Place), doc("c", "Kyiv said.", "Kremlin", graph.Place)},
			[]graph.Document{doc("b", "The Kremlin said again.", "Kremlin", graph.Place), doc("d", "Later.", "Kremlin", graph.Place)}, false},
		{"renamed", []graph.Document{doc("a", "The Kremlin said.", "Kremlin", graph.Place), doc("c", "Kyiv said.", "Kremlin", graph.Place), kyivOnly},
			[]graph.Document{doc("b", "The Moscow Kremlin said.", "Moscow Kremlin", graph.Place)}, true},
		{"retyped", []graph.Document{doc("b", "The Kremlin said.", "Kremlin", graph.Place)},
			[]graph.Document{doc("a", "The Kremlin said it.", "Kremlin", graph.Organization)}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			whole, old := graph.New(), graph.New()
			for _, d := range append(append([]graph.Document(nil), tc.old...), tc.added...) {
				if err := whole.Add(d); err != nil {
					t.Fatal(err)
				}
			}
			for _, d := range tc.old {
				if err := old.Add(d); err != nil {
					t.Fatal(err)
				}
			}
			tail := []string{"<urn:x> <urn:y> <urn:z> ."}
			want, wantLayout := writeLaidOut(t, whole, tail)
			oldData, oldLayout := writeLaidOut(t, old, tail)
			names := make(map[string]EntityName)
			for _, e := range old.Entities() {
				names[e.ID] = EntityName{Name: e.Name, Type: string(e.Type)}
			}
			v, _ := newIRIs(DefaultBase)
			if got := len(renamed(v, names, whole.Entities())) > 0; got != tc.renamed {
				t.Fatalf("renamed = %v, want %v", got, tc.renamed)
			}
			path := filepath.Join(t.TempDir(), "old.nq")
			os.WriteFile(path, oldData, 0o644)
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			added := graph.New()
			for _, d := range tc.added {
				if err := added.Add(d); err != nil {
					t.Fatal(err)
				}
			}
			for _, e := range whole.Entities() {
				added.AddEntity(*e)
			}
			w, err := NewWriter("", spoolFile(t))
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range tc.added {
				if err := w.Add(d); err != nil {
					t.Fatal(err)
				}
			}
			out := filepath.Join(t.TempDir(), "new.nq")
			nf, err := os.Create(out)
			if err != nil {
				t.Fatal(err)
			}
			l, err := w.WriteFile(nf, whole.Entities(), tail, Old{File: f, Layout: &oldLayout, Entities: names})
			nf.Close()
			if err != nil {
				t.Fatal(err)
			}
			got, _ := os.ReadFile(out)
			if !bytes.Equal(got, want) {
				t.Errorf("merged file differs:\ngot\n%s\nwant\n%s", got, want)
			}
			if l.ID() != wantLayout.ID() {
				t.Error("merged file has another ID than the whole graph's")
			}
			checkLayout(t, got, l)
			if ids, _ := l.Articles(""); strings.Join(ids, ",") != strings.Join(func() []string {
				var s []string
				for _, a := range whole.Articles() {
					s = append(s, a.ID)
				}
				return s
			}(), ",") {
				t.Errorf("Articles = %q", ids)
			}
			text, ok, err := l.ArticleText(bytes.NewReader(got), "", tc.old[0].Article.ID)
			if err != nil || !ok || text != tc.old[0].Article.Text {
				t.Errorf("ArticleText = %q, %v, %v", text, ok, err)
			}
			if _, ok, _ := l.ArticleText(bytes.NewReader(got), "", "nope"); ok {
				t.Error("ArticleText found an article that is not there")
			}
		})
	}
}

// FuzzDigest checks that any text gets an ID, the same however it is cut
// into writes.
func FuzzDigest(f *testing.F) {
	f.Add(encode(f, graphtest.Hostile(), ""), 3)
	f.Add([]byte("<a> <b> <c> <g> .\n<a> <b> \"x\\\"\" .\nnot a quad\n"), 1)
	f.Fuzz(func(t *testing.T, data []byte, cut int) {
		whole := NewDigest("")
		whole.Write(data)
		want, err := whole.ID()
		if err != nil {
			t.Fatal(err)
		}
		cut = 1 + abs(cut%(len(data)+1))
		pieces := NewDigest("")
		for i := 0; i < len(data); i += cut {
			pieces.Write(data[i:min(i+cut, len(data))])
		}
		if got, _ := pieces.ID(); got != want {
			t.Errorf("written in pieces of %d: another ID", cut)
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
