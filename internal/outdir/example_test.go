package outdir_test

import (
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"

	"github.com/newskg/newskg/internal/outdir"
)

// A writer locks the folder, writes each member to a temporary file ended
// by its trailer, and commits the set; readers check it.
func Example() {
	dir := filepath.Join(os.TempDir(), "outdir-example")
	defer os.RemoveAll(dir)
	d, err := outdir.Open(dir, outdir.Options{Members: []string{"graph.nq", "graph.dot"}})
	if err != nil {
		log.Fatal(err)
	}
	defer d.Close() // removes the temporary files if Commit is not reached
	const id = "0123456789abcdef0123456789abcdef"
	var files []*outdir.File
	for _, name := range []string{"graph.nq", "graph.dot"} {
		f, err := d.Create(name)
		if err != nil {
			log.Fatal(err)
		}
		io.WriteString(f, "...\n"+outdir.Trailer(name, id))
		files = append(files, f)
	}
	if err := d.Commit(id, files...); err != nil {
		log.Fatal(err)
	}
	m, err := outdir.Check(dir, "graph.nq", "graph.dot")
	fmt.Println(m.ID == id, len(m.Files), err)
	// Output: true 2 <nil>
}
