package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that keeps what Check reports.
type recorder struct {
	testing.TB
	msgs []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.msgs = append(r.msgs, fmt.Sprintf(format, args...))
}

func (r *recorder) Fatalf(format string, args ...any) { r.Errorf(format, args...) }

func TestCheck(t *testing.T) {
	if *update {
		t.Skip("-update would rewrite the file under test")
	}
	path := filepath.Join(t.TempDir(), "out.golden")
	if err := os.WriteFile(path, []byte("a\nb\x00\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		got  string
		want string // in the report; "" for none
	}{
		{"a\nb\x00\n", ""},
		{"a\nb\x01\n", "line 2:\n got: \"b\\x01\"\nwant: \"b\\x00\""},
		{"a\nb\x00\nc", "line 3:\n got: \"c\"\nwant: \"\""},
	} {
		r := &recorder{TB: t}
		Check(r, path, []byte(tc.got))
		switch {
		case tc.want == "" && len(r.msgs) > 0:
			t.Errorf("Check(%q) reported %q", tc.got, r.msgs)
		case tc.want != "" && (len(r.msgs) != 1 || !strings.Contains(r.msgs[0], path) || !strings.HasSuffix(r.msgs[0], tc.want)):
			t.Errorf("Check(%q) reported %q, want one report ending in %q", tc.got, r.msgs, tc.want)
		}
	}
	r := &recorder{TB: t}
	Check(r, filepath.Join(t.TempDir(), "missing"), nil)
	if len(r.msgs) == 0 || !strings.Contains(r.msgs[0], "go test -update") {
		t.Errorf("a missing file reported %q", r.msgs)
	}
}

func TestFirstDiff(t *testing.T) {
	if got := FirstDiff([]byte("x\ny"), []byte("x\ny")); got != "no line differs" {
		t.Errorf("FirstDiff of equal inputs = %q", got)
	}
	if got, want := FirstDiff([]byte("x"), []byte("x\ny")), "line 2:\n got: \"\"\nwant: \"y\""; got != want {
		t.Errorf("FirstDiff = %q, want %q", got, want)
	}
}
