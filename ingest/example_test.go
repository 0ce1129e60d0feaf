package ingest_test

import (
	"fmt"
	"strings"

	"github.com/newskg/newskg/ingest"
)

// A feed of JSON Lines on standard input: each line is a record, and a
// bad line is named and skipped.
func ExampleReader_Records() {
	feed := `{"id": "a1", "title": "Kremlin blames Kyiv", "text": "Russia accused Ukraine."}
{"title": "cut off", "text":
{"title": "No ID", "text": "Ukraine denied it."}
`
	r := ingest.Reader{Stdin: strings.NewReader(feed)}
	for rec, err := range r.Records(ingest.Input{Path: ingest.Stdin, ID: "stdin"}) {
		if err == nil {
			a, perr := rec.Article()
			if perr == nil {
				fmt.Printf("%s: %q\n", a.ID, a.Title)
				continue
			}
			err = perr
		}
		fmt.Println("skipped:", strings.SplitN(err.Error(), " at ", 2)[0])
	}
	// Output:
	// a1: "Kremlin blames Kyiv"
	// skipped: stdin:2: malformed JSON
	// stdin/3: "No ID"
}
