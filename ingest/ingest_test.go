package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name, in          string
		title, date, from string
		err               error
	}{
		{"plain", "Headline here\n\nBody text.\n", "Headline here", "", "", nil},
		{"date marker", " date 2023-05-04 Putin’s revenge: dead\n\n4 May 2023, 10:24\n", "Putin’s revenge: dead", "2023-05-04", "", nil},
		{"dateline", "Title\n\n4 May 2023, 10:24\n\nBody.\n", "Title", "2023-05-04", "", nil},
		{"us dateline", "Title\nMay 4, 2023\nBody.\n", "Title", "2023-05-04", "", nil},
		{"bad date marker", "date 2023-13-45 Title\nBody.\n", "Title", "", "", nil},
		{"source", "Title\nBody.\nSource: Kathimerini\n", "Title", "", "Kathimerini", nil},
		{"link text is no source", "Title\nBody.\nSource: Read Full Article\n", "Title", "", "", nil},
		{"crlf", "Title\r\nBody.\r\n", "Title", "", "", nil},
		{"lone cr", "Title\rBody.\r", "Title", "", "", nil},
		{"bom", "\xEF\xBB\xBFTitle\nBody.\n", "Title", "", "", nil},
		{"utf16", "\xFF\xFET\x00i\x00\n\x00", "Ti", "", "", nil},
		{"empty", "", "", "", "", ErrEmpty},
		{"blank", " \n\t\n", "", "", "", ErrEmpty},
		{"binary", "\x7fELF\x02\x01\x01\x00\x00\x00", "", "", "", ErrBinary},
		{"latin1", "Caf\xe9 story\n", "", "", "", ErrEncoding},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("id", []byte(tt.in))
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if err != nil {
				return
			}
			if a.Title != tt.title || a.Date != tt.date || a.Source != tt.from {
				t.Errorf("got title %q date %q source %q; want %q %q %q", a.Title, a.Date, a.Source, tt.title, tt.date, tt.from)
			}
		})
	}
}

func TestReadFileErrorsNameTheFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	big := write("big.txt", strings.Repeat("word ", 100))
	empty := write("empty.txt", "")
	for _, tt := range []struct {
		path, want string
		r          Reader
	}{
		{filepath.Join(dir, "missing.txt"), "no such file", Reader{}},
		{empty, "empty file", Reader{}},
		{big, "too large", Reader{MaxSize: 10}},
	} {
		_, err := tt.r.ReadFile(tt.path)
		if err == nil || !strings.Contains(err.Error(), tt.path) || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("ReadFile(%s) error = %v; want one line naming the file and %q", tt.path, err, tt.want)
		}
	}
	a, err := Reader{}.ReadFile(big)
	if err != nil || a.ID != "big" {
		t.Errorf("ReadFile(big) = %q, %v", a.ID, err)
	}
}

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"b.txt", "a.txt", "sub/c.txt", "skip.md", "other/c.txt"} {
		p = filepath.Join(dir, p)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("x"), 0o644)
	}
	files, errs := Files([]string{dir, filepath.Join(dir, "a.txt"), filepath.Join(dir, "nope")})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "nope") {
		t.Errorf("errs = %v; want one naming the missing path", errs)
	}
	var got []string
	for _, f := range files {
		got = append(got, strings.TrimPrefix(f.Path, dir+"/")+"="+f.ID)
	}
	if strings.Join(got, ",") != "a.txt=a,b.txt=b,other/c.txt=other/c,sub/c.txt=sub/c" {
		t.Errorf("files = %v", got)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("Title\n\nBody.\n"))
	f.Add([]byte(" date 2023-05-04 T\n"))
	f.Add([]byte("\xFF\xFE\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse("x", data)
		if err == nil && strings.TrimSpace(a.Text) == "" {
			t.Errorf("accepted blank text")
		}
	})
}

// controlHeavyRunes is controlHeavy as it was first written, rune by
// rune.
func controlHeavyRunes(s string) bool {
	ctrl := 0
	for _, r := range s {
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			ctrl++
		}
	}
	return ctrl > len(s)/100+2
}

func FuzzControlHeavy(f *testing.F) {
	for _, s := range []string{"", "plain text\n", "\x00\x01\x02\x03", "a\x1bb\x1bc\x1b", "\xff\x01\x02\x03\xfe", "é\x01\x02\x03", "\r\n\t\f\x0b\x0b\x0b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := controlHeavyRunes(s)
		if got := controlHeavy(s); got != want {
			t.Errorf("controlHeavy(%q) = %v, want %v", s, got, want)
		}
		if got := controlHeavy([]byte(s)); got != want {
			t.Errorf("controlHeavy([]byte(%q)) = %v, want %v", s, got, want)
		}
	})
}
