package ingest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newskg/newskg/graph"
)

// readAll reads an input's records and parses them, as the pipeline
// does, and returns "ID|title|source" per article and the errors.
func readAll(t *testing.T, r Reader, in Input) (got, errs []string) {
	t.Helper()
	for rec, err := range r.Records(in) {
		if err == nil {
			var a graph.Article
			a, err = rec.Article()
			if err == nil {
				got = append(got, a.ID+"|"+a.Title+"|"+a.Source)
				continue
			}
		}
		if strings.Contains(err.Error(), "\n") {
			t.Errorf("error on several lines: %q", err)
		}
		errs = append(errs, err.Error())
	}
	return got, errs
}

func writeFile(t *testing.T, path string, data []byte) string {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func gz(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write(data)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

const feed = `{"id":"a1","title":"Moscow accuses Kyiv","text":"Russia accused Ukraine of the attack.","url":"https://example.com/a1","date":"2023-05-04"}
{"title":"Broken", "text": 
{"title":"Second","text":"Ukraine denied it."}

{"id":42,"headline":"Third","body":["Kyiv said so.","Moscow did not."]}
["not", "an", "article"]
{"title":"No text"}
`

func TestRecordsJSONL(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, filepath.Join(dir, "feed.jsonl"), []byte(feed))
	got, errs := readAll(t, Reader{}, Input{Path: p, ID: "feed"})
	want := []string{
		"a1|Moscow accuses Kyiv|https://example.com/a1",
		"feed/3|Second|",
		"42|Third|",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("articles = %q\nwant %q", got, want)
	}
	wantErrs := []string{p + ":2: malformed JSON", p + ":6: not an article", p + ":7: no article text"}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors = %q; want %d", errs, len(wantErrs))
	}
	for i, e := range errs {
		if !strings.HasPrefix(e, wantErrs[i]) {
			t.Errorf("error %d = %q; want it to start %q", i, e, wantErrs[i])
		}
	}
}

func TestRecordsJSONLLineTooLong(t *testing.T) {
	dir := t.TempDir()
	long := `{"text":"` + strings.Repeat("word ", 30000) + `"}`
	p := writeFile(t, filepath.Join(dir, "f.ndjson"), []byte(`{"text":"One."}`+"\n"+long+"\n"+`{"text":"Three."}`))
	got, errs := readAll(t, Reader{MaxSize: 1000}, Input{Path: p, ID: "f"})
	if fmt.Sprint(got) != "[f/1|One.| f/3|Three.|]" {
		t.Errorf("articles = %q", got)
	}
	if len(errs) != 1 || !strings.HasPrefix(errs[0], p+":2: file too large") {
		t.Errorf("errors = %q; want line 2 too large", errs)
	}
}

func TestRecordsGzip(t *testing.T) {
	dir := t.TempDir()
	page := `<html><head><title>A page</title></head><body><article><p>Russia accused Ukraine of the attack on the Kremlin.</p></article></body></html>`
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"feed.jsonl.gz", gz(t, []byte(feed)), "[a1|Moscow accuses Kyiv|https://example.com/a1 feed/3|Second| 42|Third|]"},
		{"a.txt.gz", gz(t, []byte("Headline\n\nBody.\n")), "[a|Headline|]"},
		{"b.html.GZ", gz(t, []byte(page)), "[b|A page|]"},
		// No inner extension: the content tells.
		{"c.gz", gz(t, []byte(page)), "[c|A page|]"},
		{"d.gz", gz(t, []byte(feed)), "[a1|Moscow accuses Kyiv|https://example.com/a1 d/3|Second| 42|Third|]"},
	}
	for _, tt := range tests {
		p := writeFile(t, filepath.Join(dir, tt.name), tt.data)
		got, _ := readAll(t, Reader{}, Input{Path: p, ID: trimExt(tt.name)})
		if fmt.Sprint(got) != tt.want {
			t.Errorf("%s: articles = %q; want %s", tt.name, got, tt.want)
		}
	}

	// A stream cut short keeps the records before the cut and names the
	// file.
	whole := gz(t, []byte(strings.Repeat(`{"text":"Ukraine denied it."}`+"\n", 2000)))
	p := writeFile(t, filepath.Join(dir, "cut.jsonl.gz"), whole[:len(whole)/2])
	got, errs := readAll(t, Reader{}, Input{Path: p, ID: "cut"})
	if len(got) == 0 || len(errs) != 1 || !strings.HasPrefix(errs[0], p+":") || !strings.Contains(errs[0], "unexpected EOF") {
		t.Errorf("cut stream: %d articles, errors %q; want some articles and one error naming the file", len(got), errs)
	}

	p = writeFile(t, filepath.Join(dir, "plain.txt.gz"), []byte("Not compressed.\n"))
	if _, errs := readAll(t, Reader{}, Input{Path: p, ID: "plain"}); len(errs) != 1 || !strings.Contains(errs[0], "not gzip-compressed") {
		t.Errorf("plain file named .gz: errors %q", errs)
	}
}

// warcRecord returns one WARC/1.1 record with the given type, headers
// and block.
func warcRecord(typ string, n int, headers, block string) string {
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n"+
		"WARC-Date: 2023-05-04T10:00:00Z\r\n%sContent-Length: %d\r\n\r\n%s\r\n\r\n", typ, n, headers, len(block), block)
}

func httpResponse(status, ctype, body string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, ctype, len(body), body)
}

func testWARC() string {
	page := func(title, p string) string {
		return `<html><head><title>` + title + `</title></head><body><article><p>` + p + `</p></article></body></html>`
	}
	target := func(u string) string {
		return "WARC-Target-URI: " + u + "\r\nContent-Type: application/http; msgtype=response\r\n"
	}
	return warcRecord("warcinfo", 1, "Content-Type: application/warc-fields\r\n", "software: test\r\n") +
		warcRecord("request", 2, "WARC-Target-URI: https://news.example/a\r\nContent-Type: application/http; msgtype=request\r\n",
			"GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n") +
		warcRecord("response", 3, target("https://news.example/a"),
			httpResponse("200 OK", "text/html; charset=utf-8", page("Kremlin blames Kyiv", "Russia accused Ukraine of the attack."))) +
		warcRecord("response", 4, target("https://news.example/logo.png"), httpResponse("200 OK", "image/png", "\x89PNG")) +
		warcRecord("response", 5, target("https://news.example/old"), httpResponse("301 Moved Permanently", "text/html", "")) +
		warcRecord("response", 6, target("https://news.example/empty"), httpResponse("200 OK", "text/html", "<html><body><nav>Home</nav></body></html>")) +
		warcRecord("response", 7, target("https://news.example/b"),
			httpResponse("200 OK", "text/html", page("Kyiv denies", "Ukraine denied it.")))
}

func TestRecordsWARC(t *testing.T) {
	dir := t.TempDir()
	want := "[crawl/3|Kremlin blames Kyiv|https://news.example/a crawl/7|Kyiv denies|https://news.example/b]"
	for _, tt := range []struct {
		name string
		data []byte
	}{
		{"crawl.warc", []byte(testWARC())},
		{"crawl.warc.gz", gz(t, []byte(testWARC()))},
	} {
		p := writeFile(t, filepath.Join(dir, tt.name), tt.data)
		got, errs := readAll(t, Reader{}, Input{Path: p, ID: "crawl"})
		if fmt.Sprint(got) != want {
			t.Errorf("%s: articles = %q\nwant %s", tt.name, got, want)
		}
		// The page without article text is named by its record.
		if len(errs) != 1 || !strings.HasPrefix(errs[0], p+": record 6: ") {
			t.Errorf("%s: errors = %q; want one naming record 6", tt.name, errs)
		}
	}
}

func TestRecordsWARCDamaged(t *testing.T) {
	dir := t.TempDir()
	w := testWARC()
	// Garbage between records: the reader finds the next header.
	i := strings.Index(w, "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000007>")
	damaged := w[:i] + "garbage that is no record\r\n" + w[i:]
	p := writeFile(t, filepath.Join(dir, "damaged.warc"), []byte(damaged))
	got, _ := readAll(t, Reader{}, Input{Path: p, ID: "damaged"})
	if len(got) == 0 || !strings.HasPrefix(got[0], "damaged/3|") {
		t.Errorf("articles = %q; want the records before the damage", got)
	}
	// Cut mid-record.
	p = writeFile(t, filepath.Join(dir, "cut.warc"), []byte(w[:len(w)-60]))
	got, errs := readAll(t, Reader{}, Input{Path: p, ID: "cut"})
	if len(got) == 0 || !strings.HasPrefix(got[0], "cut/3|") {
		t.Errorf("cut: articles = %q; errors %q", got, errs)
	}
	for _, e := range errs {
		if !strings.HasPrefix(e, p+": record ") {
			t.Errorf("cut: error %q does not name a record", e)
		}
	}
}

func TestRecordsStdin(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"jsonl", feed, "[a1|Moscow accuses Kyiv|https://example.com/a1 stdin/3|Second| 42|Third|]"},
		{"json", "{\n  \"title\": \"One\",\n  \"text\": \"Body.\"\n}\n", "[stdin|One|]"},
		{"text", "Headline\n\nBody.\n", "[stdin|Headline|]"},
		{"html", "<html><head><title>T</title></head><body><p>Body text.</p></body></html>", "[stdin|T|]"},
		{"warc", testWARC(), "[stdin/3|Kremlin blames Kyiv|https://news.example/a stdin/7|Kyiv denies|https://news.example/b]"},
		{"gzip jsonl", string(gz(t, []byte(feed))), "[a1|Moscow accuses Kyiv|https://example.com/a1 stdin/3|Second| 42|Third|]"},
	}
	for _, tt := range tests {
		files, errs := Files([]string{Stdin})
		if len(errs) != 0 || len(files) != 1 {
			t.Fatalf("Files(-) = %v, %v", files, errs)
		}
		got, _ := readAll(t, Reader{Stdin: strings.NewReader(tt.in)}, files[0])
		if fmt.Sprint(got) != tt.want {
			t.Errorf("%s: articles = %q; want %s", tt.name, got, tt.want)
		}
	}
}

func TestRecordsPlainFileAsBefore(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, filepath.Join(dir, "big.txt"), []byte(strings.Repeat("word ", 100)))
	_, errs := readAll(t, Reader{MaxSize: 10}, Input{Path: p, ID: "big"})
	if len(errs) != 1 || !strings.HasPrefix(errs[0], p+": file too large") {
		t.Errorf("errors = %q", errs)
	}
}

func FuzzRecordsStdin(f *testing.F) {
	f.Add([]byte(feed))
	f.Add([]byte(testWARC()))
	f.Add([]byte("WARC/1.1\r\nContent-Length: 99999\r\n\r\nshort"))
	f.Add([]byte("{\"text\":\"x\"}\n{"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for rec, err := range (Reader{Stdin: bytes.NewReader(data), MaxSize: 1 << 16}).Records(Input{Path: Stdin, ID: "stdin"}) {
			if err != nil {
				if strings.Contains(err.Error(), "\n") {
					t.Errorf("error on several lines: %q", err)
				}
				continue
			}
			if a, err := rec.Article(); err == nil && strings.TrimSpace(a.Text) == "" {
				t.Errorf("record %s: blank article accepted", rec.Name)
			}
		}
	})
}
