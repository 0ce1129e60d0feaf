package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFilesFormats(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"a.txt", "b.html", "c.HTM", "d.Json", "sub/e.htm", "skip.md", "f.jsonl", "g.warc.gz", "h.NDJSON", "i.txt.gz", "skip.xml", "skip.gz", "htmldir/x.txt.bak"} {
		p = filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A file named directly stands for itself, whatever its extension.
	files, errs := Files([]string{dir, filepath.Join(dir, "skip.md")})
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	var got []string
	for _, f := range files {
		got = append(got, strings.TrimPrefix(f.Path, dir+"/")+"="+f.ID)
	}
	if want := "a.txt=a,b.html=b,c.HTM=c,d.Json=d,f.jsonl=f,g.warc.gz=g,h.NDJSON=h,i.txt.gz=i,skip.md=skip,sub/e.htm=sub/e"; strings.Join(got, ",") != want {
		t.Errorf("files = %v, want %s", got, want)
	}
}

func TestReadChoosesParserByExtension(t *testing.T) {
	dir := t.TempDir()
	page := `<html><head><title>T</title></head><body><p>Body.</p></body></html>`
	tests := []struct{ name, data, text string }{
		{"a.HTML", page, "T\n\nBody."},
		{"b.htm", page, "T\n\nBody."},
		{"c.JSON", `{"title":"T","text":"Body."}`, "T\n\nBody."},
		{"d.txt", page, page},
		{"e.md", `{"text":"x"}`, `{"text":"x"}`},
	}
	for _, tt := range tests {
		p := filepath.Join(dir, tt.name)
		if err := os.WriteFile(p, []byte(tt.data), 0o644); err != nil {
			t.Fatal(err)
		}
		a, err := Reader{}.ReadFile(p)
		if err != nil || a.Text != tt.text {
			t.Errorf("ReadFile(%s) = %q, %v; want text %q", tt.name, a.Text, err, tt.text)
		}
	}
	big := filepath.Join(dir, "big.json")
	os.WriteFile(big, []byte(`{"text":"`+strings.Repeat("word ", 10)+`"}`), 0o644)
	if _, err := (Reader{MaxSize: 10}).ReadFile(big); err == nil || !strings.Contains(err.Error(), big+": file too large") {
		t.Errorf("ReadFile(big.json) error = %v; want too large", err)
	}
}

func TestFilesSeveralFolders(t *testing.T) {
	root := t.TempDir()
	for _, p := range []string{"politics/001.txt", "tech/001.txt"} {
		p = filepath.Join(root, p)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("x"), 0o644)
	}
	files, errs := Files([]string{filepath.Join(root, "politics"), filepath.Join(root, "tech") + "/"})
	if len(errs) > 0 || len(files) != 2 || files[0].ID != "politics/001" || files[1].ID != "tech/001" {
		t.Errorf("files = %+v, errs = %v", files, errs)
	}
}
