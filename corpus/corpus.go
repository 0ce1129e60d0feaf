// Package corpus runs the extraction pipeline over many article files:
// it reads and extracts them in parallel and adds the results to a graph
// in a fixed order, so that the graph does not depend on scheduling.
package corpus

import (
	"errors"
	"fmt"
	"runtime"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/ingest"
)

// Extractor turns one article into a document.
type Extractor interface {
	Extract(graph.Article) graph.Document
}

// Builder feeds article files through an extractor into a graph.
type Builder struct {
	Extractor Extractor
	Reader    ingest.Reader
	// Workers is the number of articles extracted at once; 0 means one
	// per CPU.
	Workers int
	// Progress, when set, is called after each file with the number of
	// files done so far and the total.
	Progress func(done, total int)
}

type result struct {
	doc graph.Document
	err error
}

// extract runs the extractor on one article. A panic in it is a bug, but
// it must not take the batch down: it becomes an error that names the
// file, and the other articles go on.
func (b *Builder) extract(a graph.Article, path string) (r result) {
	defer func() {
		if p := recover(); p != nil {
			r = result{err: fmt.Errorf("%s: internal error in extraction (please report it): %v", path, p)}
		}
	}()
	return result{doc: b.Extractor.Extract(a)}
}

// Add reads and extracts the files and adds each article to g in the
// order of files. A file that cannot be read, or whose article is already
// in g, gives an error that names it; the other files are still added.
// Memory stays bounded: at most a few documents per worker wait to be
// added.
func (b *Builder) Add(g *graph.Graph, files []ingest.Input) []error {
	workers := b.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	// Each file gets a buffered channel for its result; a bounded queue
	// of them keeps the order of files while workers run ahead.
	type job struct {
		in  ingest.Input
		out chan result
	}
	jobs := make(chan job)
	queue := make(chan chan result, 4*workers)
	for w := 0; w < workers; w++ {
		go func() {
			for j := range jobs {
				a, err := b.Reader.Read(j.in)
				if err != nil {
					j.out <- result{err: err}
					continue
				}
				j.out <- b.extract(a, j.in.Path)
			}
		}()
	}
	go func() {
		for _, f := range files {
			out := make(chan result, 1)
			queue <- out
			jobs <- job{f, out}
		}
		close(jobs)
		close(queue)
	}()
	var errs []error
	i := 0
	for out := range queue {
		r := <-out
		switch {
		case r.err != nil:
			errs = append(errs, r.err)
		default:
			doc := r.doc
			err := g.Add(doc)
			if q := files[i].Qualified; errors.Is(err, graph.ErrDuplicateArticle) && q != "" && differs(g, doc.Article) {
				// Another article has the ID, as when folders with files
				// of the same names are appended one by one: the folder's
				// name in front tells them apart.
				doc = withID(doc, q)
				err = g.Add(doc)
			}
			if err != nil {
				if errors.Is(err, graph.ErrDuplicateArticle) {
					err = fmt.Errorf("%s: article ID %q is already in the graph", files[i].Path, doc.Article.ID)
					if !differs(g, doc.Article) {
						err = fmt.Errorf("%s: article %q is already in the graph, with the same text", files[i].Path, doc.Article.ID)
					}
				} else {
					err = fmt.Errorf("%s: %w", files[i].Path, err)
				}
				errs = append(errs, err)
			}
		}
		i++
		if b.Progress != nil {
			b.Progress(i, len(files))
		}
	}
	return errs
}

// differs reports whether the article in g with a's ID has other text.
func differs(g *graph.Graph, a graph.Article) bool {
	old, ok := g.Article(a.ID)
	return ok && old.Text != a.Text
}

// withID returns d with its article, and the claims quoted from it,
// under another ID.
func withID(d graph.Document, id string) graph.Document {
	d.Article.ID = id
	claims := make([]graph.Claim, len(d.Claims))
	for i, c := range d.Claims {
		c.Article = id
		claims[i] = c
	}
	d.Claims = claims
	return d
}
