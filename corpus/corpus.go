// Package corpus runs the extraction pipeline over many inputs: it reads
// their records one after another, parses and extracts them in parallel,
// and hands the documents on in input order, so that the result does not
// depend on scheduling and memory does not grow with the input.
package corpus

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"sync/atomic"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/ingest"
)

// Extractor turns one article into a document.
type Extractor interface {
	Extract(graph.Article) graph.Document
}

// Progress is how far a run has got.
type Progress struct {
	// Articles counts the documents handed on, Failed the records and
	// inputs that failed.
	Articles, Failed int
	// Read is the number of input bytes read so far (as stored, so
	// compressed bytes for a compressed file) and Total the size of all
	// the inputs, 0 when unknown (standard input).
	Read, Total int64
}

// Builder feeds article files through an extractor.
type Builder struct {
	Extractor Extractor
	Reader    ingest.Reader
	// Workers is the number of articles extracted at once; 0 means one
	// per CPU.
	Workers int
	// Progress, when set, is called after each record.
	Progress func(Progress)
	// Errors, when set, receives each error as it happens, and Run and
	// Add return none; otherwise they collect them.
	Errors func(error)
	// Differs, when set, reports whether the article that already holds
	// a's ID has another text. Run then retries an article whose ID is
	// taken under its qualified ID (see ingest.Input.Qualified), as when
	// folders with files of the same names are appended one by one, and
	// names an article added twice as such.
	Differs func(a graph.Article) bool
}

// How far Run reads ahead of the extraction, and how many documents it
// takes at a time (see Run).
const (
	readAhead      = 64      // records a worker
	minAhead       = 4       // records a worker, whatever their size
	readAheadBytes = 4 << 20 // bytes held, past which minAhead holds
	batch          = 8
)

type result struct {
	doc graph.Document
	rec ingest.Record
	err error
}

// extract parses and extracts one record. A panic in the extractor is a
// bug, but it must not take the batch down: it becomes an error that
// names the record, and the other articles go on.
func (b *Builder) extract(rec ingest.Record) (r result) {
	defer func() {
		if p := recover(); p != nil {
			r = result{err: fmt.Errorf("%s: internal error in extraction (please report it): %v", rec.Name, p)}
		}
	}()
	a, err := rec.Article()
	if err != nil {
		return result{err: err}
	}
	rec.Data = nil // the article holds what is needed
	return result{doc: b.Extractor.Extract(a), rec: rec}
}

// Add reads and extracts the inputs and adds each article to g in input
// order. A record that cannot be read, or whose article is already in g,
// gives an error that names it; the others are still added.
func (b *Builder) Add(g *graph.Graph, inputs []ingest.Input) []error {
	if b.Differs == nil {
		b.Differs = func(a graph.Article) bool { return differs(g, a) }
	}
	return b.Run(inputs, func(d graph.Document, _ ingest.Record) error { return g.Add(d) })
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

// Run reads, parses and extracts every record of the inputs and calls add
// with each document in input order, from one goroutine. An error from
// add is reported with the record's name, like a record that cannot be
// read. Memory stays bounded: at most 64 records per worker are in
// flight, and no more than 4 a worker once they hold 4 MiB.
func (b *Builder) Run(inputs []ingest.Input, add func(graph.Document, ingest.Record) error) []error {
	workers := b.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	// Each input's size is had once, from the listing (ingest.Files)
	// or else stated: for the total here, and for the progress once it
	// is read.
	var total int64
	sizes := make([]int64, len(inputs))
	stdin := false
	for i, in := range inputs {
		if in.Path == ingest.Stdin {
			stdin = true
			continue
		}
		if in.Size > 0 {
			sizes[i] = in.Size
		} else if info, err := os.Stat(in.Path); err == nil && info.Mode().IsRegular() {
			sizes[i] = info.Size()
		}
		total += sizes[i]
	}
	if stdin {
		total = 0
	}

	// Each record gets a buffered channel for its result; a bounded
	// queue of them keeps the input order while workers run ahead.
	type job struct {
		rec ingest.Record
		out chan result
	}
	type slot struct {
		out  chan result
		read int64 // input bytes read when the record was
		size int64 // the record's bytes, counted in held
	}
	// The reader runs ahead of the workers by up to readAhead records a
	// worker, not one record, so that a worker finds its next record
	// read when it is done with one, even when the reader or the
	// goroutine that takes the documents did not get a processor
	// meanwhile (another goroutine or process had it). Records of many
	// bytes keep it nearer: past readAheadBytes held, it waits for
	// fewer than minAhead records a worker to be queued.
	ahead := readAhead * workers
	jobs := make(chan job, ahead)
	queue := make(chan slot, ahead)
	var held atomic.Int64          // bytes of the records read and not yet handed on
	room := make(chan struct{}, 1) // a token: held went down
	done := make(chan struct{})
	defer close(done)
	for range workers {
		go func() {
			for j := range jobs {
				j.out <- b.extract(j.rec)
			}
		}()
	}
	go func() {
		defer close(queue)
		defer close(jobs)
		var before int64 // bytes of the inputs already read
		for i, in := range inputs {
			for rec, err := range b.Reader.Records(in) {
				for held.Load() > readAheadBytes && len(queue) >= minAhead*workers {
					select {
					case <-room:
					case <-done:
						return
					}
				}
				out := make(chan result, 1)
				size := int64(len(rec.Data))
				held.Add(size)
				select {
				case queue <- slot{out, before + rec.Offset, size}:
				case <-done:
					return
				}
				if err != nil {
					out <- result{err: err}
					continue
				}
				jobs <- job{rec, out}
			}
			before += sizes[i]
		}
	}()

	var errs []error
	fail := func(err error) {
		if b.Errors != nil {
			b.Errors(err)
		} else {
			errs = append(errs, err)
		}
	}
	var p Progress
	p.Total = total
	handle := func(s slot, r result) {
		switch {
		case r.err != nil:
			fail(r.err)
			p.Failed++
		default:
			doc := r.doc
			err := add(doc, r.rec)
			if q := r.rec.Qualified; errors.Is(err, graph.ErrDuplicateArticle) && q != "" && b.Differs != nil && b.Differs(doc.Article) {
				// Another article has the ID: the folder's name in
				// front tells them apart.
				doc = withID(doc, q)
				err = add(doc, r.rec)
			}
			if err != nil {
				if errors.Is(err, graph.ErrDuplicateArticle) {
					err = fmt.Errorf("%s: article ID %q is already in the graph", r.rec.Name, doc.Article.ID)
					if b.Differs != nil && !b.Differs(doc.Article) {
						err = fmt.Errorf("%s: article %q is already in the graph, with the same text", r.rec.Name, doc.Article.ID)
					}
				} else {
					err = fmt.Errorf("%s: %w", r.rec.Name, err)
				}
				fail(err)
				p.Failed++
			} else {
				p.Articles++
			}
		}
		held.Add(-s.size)
		select {
		case room <- struct{}{}:
		default:
		}
		if s.read > p.Read {
			p.Read = s.read
		}
		if b.Progress != nil {
			b.Progress(p)
		}
	}
	// The documents are taken a batch at a time: the queued records, up
	// to batch of them, once the last is extracted. Waiting for each in
	// turn, this goroutine, faster than the workers, slept after each
	// document, and the worker that finished the next paid for waking
	// it (tens of microseconds of the extraction's time); a worker's
	// results for the others of a batch now go to no one waiting.
	pending := make([]slot, 0, batch)
	for {
		s, ok := <-queue
		if !ok {
			break
		}
		pending = append(pending[:0], s)
	fill:
		for len(pending) < batch {
			select {
			case s, ok := <-queue:
				if !ok {
					break fill
				}
				pending = append(pending, s)
			default:
				break fill
			}
		}
		last := <-pending[len(pending)-1].out
		for i, s := range pending {
			if i == len(pending)-1 {
				handle(s, last)
			} else {
				handle(s, <-s.out)
			}
		}
	}
	return errs
}
