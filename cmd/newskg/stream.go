package main

import (
	"bufio"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newskg/newskg/export/nquads"
	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/ingest"
	"github.com/newskg/newskg/internal/outdir"
)

// streamSink takes each document as extraction finishes it: it adds the
// document to the graph, writes its article's quads to the N-Quads
// writer, and then drops the article's text from the graph, so that a
// build's memory grows with the graph (entities and claims), not with the
// text read.
type streamSink struct {
	g       *graph.Graph
	w       *nquads.Writer // nil when graph.nq is not written
	minConf float64
	// noClaims leaves the claims out of the graph, when no picture
	// needs them; counts then keeps their numbers for the summary.
	noClaims bool
	counts   map[graph.Predicate]int
	// digests holds the SHA-256 of the texts of the graph.nq appended
	// to, at old under base, read when an ID is met again that this
	// run did not add; those of this run are read back from the spool.
	digests   map[string][32]byte
	old, base string
	oldRead   bool
	// pics, when set, takes each article's claims for the pictures,
	// which the graph then need not hold.
	pics *pictures
	// fast, when set, is the indexed folder appended to, whose
	// articles' texts it reads one by one.
	fast *indexed
}

// differs reports whether the article that holds a's ID has another
// text (see corpus.Builder.Differs).
func (s *streamSink) differs(a graph.Article) bool {
	if _, ok := s.g.Article(a.ID); !ok && (s.fast == nil || !s.fast.has(a.ID)) {
		return false
	}
	if s.digests == nil {
		s.digests = make(map[string][32]byte)
	}
	if d, ok := s.digests[a.ID]; ok {
		return d != sha256.Sum256([]byte(a.Text))
	}
	if text, ok, err := s.w.Text(a.ID); err == nil && ok {
		return text != a.Text // added in this run
	}
	if s.fast != nil {
		if text, ok, err := s.fast.text(a.ID); err == nil && ok {
			return text != a.Text
		}
		return true
	}
	if s.old != "" && !s.oldRead {
		// The first ID met again that the run did not add: the texts
		// of the graph appended to, read once.
		s.oldRead = true
		if f, err := os.Open(s.old); err == nil {
			nquads.ArticleTexts(bufio.NewReaderSize(f, 1<<16), s.base, func(id, text string) {
				if _, ok := s.digests[id]; !ok {
					s.digests[id] = sha256.Sum256([]byte(text))
				}
			})
			f.Close()
		}
		return s.differs(a)
	}
	return true
}

func (s *streamSink) add(d graph.Document, _ ingest.Record) error {
	if s.fast != nil && s.fast.has(d.Article.ID) {
		// The graph appended to holds the article; the graph in memory
		// does not hold the old articles' IDs.
		return fmt.Errorf("%w %q", graph.ErrDuplicateArticle, d.Article.ID)
	}
	detach(&d)
	out := s.written(d)
	in := d
	if s.noClaims {
		in = graph.Document{Article: d.Article, Entities: d.Entities, Mentions: out.Mentions}
	}
	if err := s.g.Add(in); err != nil {
		return err
	}

	for i, id := range out.Mentions {
		e, _ := s.g.Entity(id)
		out.Entities[i] = *e
	}
	if s.w != nil {
		if err := s.w.Add(out); err != nil {
			return err
		}
	}
	if s.pics != nil {
		if err := s.pics.add(&out.Article, out.Claims); err != nil {
			return err
		}
	}
	if s.noClaims {
		if s.counts == nil {
			s.counts = make(map[graph.Predicate]int)
		}
		for _, c := range out.Claims {
			s.counts[c.Predicate]++
		}
	}
	s.g.DropText(d.Article.ID)
	return nil
}

// written returns the document as the graph holds it, and so as
// Encoder.Encode of the whole graph would write it: mentions include
// every claim's entities, claims of equal ID count once (the last wins,
// as in the graph) and claims below --min-confidence are left out.
func (s *streamSink) written(d graph.Document) graph.Document {
	mentions := slices.Clone(d.Mentions)
	for _, c := range d.Claims {
		mentions = append(mentions, c.Subject, c.Object)
	}
	slices.Sort(mentions)
	// Entities are filled in once the graph has merged them.
	out := graph.Document{Article: d.Article, Mentions: slices.Compact(mentions)}
	out.Entities = make([]graph.Entity, len(out.Mentions))
	byID := make(map[string]int, len(d.Claims))
	for _, c := range d.Claims {
		id := c.ID()
		if i, ok := byID[id]; ok {
			out.Claims[i] = c
			continue
		}
		byID[id] = len(out.Claims)
		out.Claims = append(out.Claims, c)
	}
	out.Claims = slices.DeleteFunc(out.Claims, func(c graph.Claim) bool { return c.Confidence < s.minConf })
	slices.SortFunc(out.Claims, graph.CompareClaims)
	return out
}

// detach gives the strings that outlive the article (evidence, entity
// names and aliases) memory of their own, so that they do not keep the
// whole article text alive once the graph has dropped it.
func detach(d *graph.Document) {
	for i := range d.Claims {
		c := &d.Claims[i]
		c.Evidence = strings.Clone(c.Evidence)
		c.Verb = strings.Clone(c.Verb)
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		e.Name = strings.Clone(e.Name)
		for j, a := range e.Aliases {
			e.Aliases[j] = strings.Clone(a)
		}
	}
	d.Article.Title = strings.Clone(d.Article.Title)
	d.Article.Source = strings.Clone(d.Article.Source)
}

// readSkim reads a graph without its articles' texts, and without their
// mentions unless withMentions: what queries and drawings need, in a
// fraction of the time and memory of the whole graph. It checks the file
// as loadSaved does.
func readSkim(path string, withMentions bool) (*graph.Graph, string, error) {
	s, err := loadWith(path, func(d *nquads.Decoder) { d.SkipText(!withMentions) })
	return s.g, s.base, err
}

// loadWith is loadSaved with the decoder set up by setup.
func loadWith(path string, setup func(*nquads.Decoder)) (saved, error) {
	path = graphFile(path)
	if err := outdir.Repair(filepath.Dir(path), os.Stderr); err != nil {
		return saved{}, err
	}
	f, err := os.Open(path)
	if err != nil {
		return saved{}, err
	}
	defer f.Close()
	if err := outdir.CheckFile(path, f); err != nil {
		return saved{}, err
	}
	// A file newskg wrote gives each node's quads together, which lets
	// the decoder take each claim in as it ends; one that another tool
	// reordered is read again the slow way.
	d := nquads.NewDecoder(bufio.NewReaderSize(f, 1<<16))
	setup(d)
	d.Grouped()
	g, err := d.Decode()
	if errors.Is(err, nquads.ErrUngrouped) {
		if _, err = f.Seek(0, io.SeekStart); err != nil {
			return saved{}, err
		}
		d = nquads.NewDecoder(bufio.NewReaderSize(f, 1<<16))
		setup(d)
		g, err = d.Decode()
	}
	if err != nil {
		return saved{}, fmt.Errorf("%s: %w", path, err)
	}
	return saved{g, d.Base(), d.Unknown()}, nil
}

// readForAppend reads the graph that --append adds to, without the
// articles' texts and mentions, which are copied, not read: with its
// claims when the pictures are to be drawn again, else with its entities
// and article IDs alone, and the counts of the claims left unread.
func readForAppend(path string, claims bool) (saved, map[graph.Predicate]int, error) {
	if claims {
		s, err := loadWith(path, func(d *nquads.Decoder) { d.SkipText(true) })
		return s, nil, err
	}
	var dec *nquads.Decoder
	s, err := loadWith(path, func(d *nquads.Decoder) {
		d.EntitiesOnly()
		dec = d
	})
	if err != nil {
		return s, nil, err
	}
	return s, dec.ClaimCounts(), nil
}

// newSpool makes the file a Writer keeps the articles' quads in: a
// temporary file of the output folder, which closing the folder removes
// if the run stops before its commit (on a signal, say), and remove
// after it.
func newSpool(d *outdir.Dir) (f *os.File, remove func(), err error) {
	return newSpoolFor(d, "graph.nq")
}

// newSpoolWriter makes the N-Quads writer of a build or merge: it takes
// each article's quads into a spool of d, which remove deletes.
func newSpoolWriter(d *outdir.Dir, base string) (nw *nquads.Writer, remove func(), err error) {
	spool, remove, err := newSpool(d)
	if err != nil {
		return nil, nil, err
	}
	if nw, err = nquads.NewWriter(base, spool); err != nil {
		remove()
		return nil, nil, err
	}
	return nw, remove, nil
}

// checkFormats reports a usage error for a --format that names no
// export.
func checkFormats(fmts []string) error {
	for _, f := range fmts {
		if !slices.ContainsFunc(formats, func(x struct{ name, file string }) bool { return x.name == f }) {
			return usagef("--format %q: want nquads, dot or graphml", f)
		}
	}
	return nil
}

// newSpoolFor is newSpool for a spool of the member name.
func newSpoolFor(d *outdir.Dir, name string) (f *os.File, remove func(), err error) {
	tf, err := d.Create(name)
	if err != nil {
		return nil, nil, err
	}
	return tf.File, func() { tf.File.Close(); os.Remove(tf.File.Name()) }, nil
}

// writeStreamSet writes the formats in fmts into the locked folder d and
// switches them in as one set, for a build that wrote its articles'
// quads as it went: graph.nq comes from nw (with the articles of the
// graphs in olds, which it appends to or merges, copied as they are),
// then the foreign statements and the trailer; the index of the set
// (indexFile) follows when graph.nq is written. The build ID that ends
// every file is the ID of the N-Quads (nquads.Layout.ID, cut to 128
// bits), so that the same input gives the same ID and byte-identical
// files; the N-Quads are hashed even when not written. counts are the
// claims of the graph by predicate, kept in the index.
//
// When pics is set, the pictures are drawn from it, and g's claims are
// not drawn.
func writeStreamSet(d *outdir.Dir, fmts []string, g, dotView *graph.Graph, nw *nquads.Writer, olds []nquads.Old, foreign []string, base, title string, pics *pictures, counts map[graph.Predicate]int) error {
	var files []*outdir.File
	var dst io.Writer = io.Discard
	var nqf *outdir.File
	if slices.Contains(fmts, "nquads") {
		f, err := d.Create("graph.nq")
		if err != nil {
			return err
		}
		nqf, dst = f, f.File
		size := nw.Spooled()
		for _, o := range olds {
			if o.Layout != nil {
				size += o.Layout.Size()
			} else if f, ok := o.R.(*os.File); ok {
				if info, err := f.Stat(); err == nil {
					size += info.Size()
				}
			}
		}
		nqf.Reserve(size + 1<<20)
	}
	nw.Skip(foreign)
	ents := g.Entities()
	// The pictures are drawn on another core while graph.nq is written;
	// they wait for its build ID only to end their files.
	side := &sidecar{base: cmp.Or(base, nquads.DefaultBase), entities: ents, counts: counts}
	bid := newBuildID()
	var pictures []*outdir.File
	var picErr error
	drawn := make(chan struct{})
	go func() {
		defer close(drawn)
		pictures, picErr = writePictures(d, fmts, g, dotView, base, title, bid, pics, side)
	}()
	id, err := func() (string, error) {
		layout, err := nw.WriteFile(dst, ents, foreign, olds...)
		if err != nil {
			return "", fmt.Errorf("write %s: %w", filepath.Join(d.Path(), "graph.nq"), err)
		}
		sum := layout.ID()
		id := hex.EncodeToString(sum[:16])
		if _, err := io.WriteString(dst, outdir.Trailer("graph.nq", id)); err != nil {
			return "", fmt.Errorf("write %s: %w", filepath.Join(d.Path(), "graph.nq"), err)
		}
		side.layout = layout
		return id, nil
	}()
	bid.set(id, err == nil)
	if err == nil && nqf != nil {
		// The disk writes it while the pictures are ended and the
		// index is written.
		nqf.StartSync()
	}
	<-drawn
	if err != nil {
		return err
	}
	if picErr != nil {
		return picErr
	}
	if nqf != nil {
		files = append(files, nqf)
		f, err := d.Create(indexFile)
		if err != nil {
			return err
		}
		w := bufio.NewWriterSize(f, 1<<16)
		err = side.writeTo(w)
		if err == nil {
			w.WriteString(outdir.Trailer(indexFile, id))
			err = w.Flush()
		}
		if err != nil {
			return fmt.Errorf("write %s: %w", filepath.Join(d.Path(), indexFile), err)
		}
		files = append(files, f)
	}
	return d.Commit(id, append(files, pictures...)...)
}
