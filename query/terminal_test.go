package query_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newskg/newskg/query"
)

func TestTerminalOutputHasNoControlCharacters(t *testing.T) {
	evil := "\x1b]0;pwned\x07\x1b[31mred\x1b[0m \u202Eesrever\u2028next \x9b2J bad\xff"
	rows := []query.Row{{SubjectName: "Russia" + evil, Predicate: "accused", ObjectName: "Ukraine\r" + evil,
		Article: "a\x1b[2J", Title: evil, Date: "2023\x1b", Evidence: "Russia accused Ukraine " + evil}}
	accs := []query.Accusation{{AccuserName: evil, AccusedName: "Ukraine" + evil, Count: 1, Articles: []string{"a\x1b[2J"},
		Evidence: []query.Row{{Article: "a\x1b", Evidence: evil}},
		Denials:  []query.Row{{SubjectName: evil, Article: "b\x1b", Evidence: evil}}}}
	var table, blame bytes.Buffer
	if err := query.WriteTable(&table, rows, 200); err != nil {
		t.Fatal(err)
	}
	if err := query.WriteBlame(&blame, accs, 200); err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string]string{"table": table.String(), "blame": blame.String()} {
		if !utf8.ValidString(out) {
			t.Errorf("%s: not UTF-8: %q", name, out)
		}
		for _, r := range out {
			if r != '\n' && (unicode.IsControl(r) || r == '\u202E' || r == '\u2028') {
				t.Errorf("%s holds %U: %q", name, r, out)
				break
			}
		}
		if !strings.Contains(out, "red") {
			t.Errorf("%s lost the text around the escapes: %q", name, out)
		}
	}
	if accs[0].Articles[0] != "a\x1b[2J" {
		t.Error("WriteBlame changed its input")
	}
	var csvOut bytes.Buffer
	query.WriteCSV(&csvOut, rows)
	if !utf8.Valid(csvOut.Bytes()) {
		t.Errorf("CSV is not UTF-8: %q", csvOut.String())
	}
}
