package main

import (
	"bufio"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"sync"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/newskg/newskg/export/nquads"
	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/internal/outdir"
)

// memberNames returns the file names of a build's output set: the
// exports and the index of the set, which a set without graph.nq lacks.
func memberNames() []string {
	var names []string
	for _, f := range formats {
		names = append(names, f.file)
	}
	return append(names, indexFile)
}

// writePictures writes the pictures among fmts (DOT, GraphML) into
// temporary files of d, each ending with the trailer of build id, and
// returns them for the commit. pics, when set, holds what the build
// gathered for them instead of every claim; what the next --append
// needs to redraw them then goes into side.
//
// The pictures are drawn at once, each on a goroutine of its own: they
// only read the graph, and the end of a build waits for the longest of
// them and graph.nq.
func writePictures(d *outdir.Dir, fmts []string, g, dotView *graph.Graph, base, title string, id *buildID, pics *pictures, side *sidecar) ([]*outdir.File, error) {
	var draw []struct{ name, file string }
	for _, f := range formats {
		if f.name != "nquads" && slices.Contains(fmts, f.name) {
			draw = append(draw, f)
		}
	}
	files := make([]*outdir.File, len(draw))
	errs := make([]error, len(draw))
	var wg sync.WaitGroup
	for k, f := range draw {
		wg.Go(func() {
			files[k], errs[k] = writePicture(d, f.name, f.file, g, dotView, base, title, id, pics, side)
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return files, nil
}

// writePicture writes the picture of format name into a temporary file
// of d named file (see writePictures). Each format sets fields of side
// of its own.
func writePicture(d *outdir.Dir, name, file string, g, dotView *graph.Graph, base, title string, id *buildID, pics *pictures, side *sidecar) (*outdir.File, error) {
	view := g
	if name == "dot" {
		view = dotView
	}
	tf, err := d.Create(file)
	if err != nil {
		return nil, err
	}
	w := bufio.NewWriterSize(tf, 1<<16)
	switch {
	case name == "graphml" && pics != nil && pics.spool != nil:
		// Written to the file, with an index of its edges.
		var edges *edgeIndex
		if pics.oldEdges != nil {
			edges, err = spliceGraphML(tf.File, view, pics.oldEdges, pics.spool)
		} else {
			edges, err = writeGraphMLWithIndex(tf.File, view, pics.spool)
		}
		if !pics.partial {
			side.edges = edges
		}
	case name == "dot" && pics != nil && pics.tally != nil:
		// Written to the file, with where its edges lie.
		var edges []int64
		if pics.old != nil {
			edges, err = appendDOT(tf.File, view, pics.tally, title, pics.old.dot, pics.old.side.dotEdges, pics.touched)
		} else {
			edges, err = writeDOT(tf.File, view, pics.tally, title)
		}
		if err == nil && !pics.partial && edges != nil {
			side.dotEdges = edges
			side.tally, err = pics.tally.MarshalBinary()
		}
	default:
		err = encode(w, name, view, base, title)
	}
	if err != nil {
		return nil, fmt.Errorf("write %s: %w", filepath.Join(d.Path(), file), err)
	}
	if err := w.Flush(); err != nil {
		return nil, fmt.Errorf("write %s: %w", filepath.Join(d.Path(), file), err)
	}
	// The trailer waits for the build ID, the hash of graph.nq,
	// which may still be being written.
	bid, ok := id.wait()
	if !ok {
		return nil, errNoBuildID
	}
	w.WriteString(outdir.Trailer(file, bid))
	if err := w.Flush(); err != nil {
		return nil, fmt.Errorf("write %s: %w", filepath.Join(d.Path(), file), err)
	}
	tf.StartSync()
	return tf, nil
}

// A buildID is the build ID of a set, known once graph.nq is written:
// the pictures are drawn meanwhile and wait for it only to end their
// files.
type buildID struct {
	done chan struct{}
	id   string
	ok   bool
}

func newBuildID() *buildID { return &buildID{done: make(chan struct{})} }

// set gives the ID, or with ok false says that there will be none.
func (b *buildID) set(id string, ok bool) {
	b.id, b.ok = id, ok
	close(b.done)
}

// wait returns the ID once it is set, and whether there is one.
func (b *buildID) wait() (string, bool) {
	<-b.done
	return b.id, b.ok
}

// errNoBuildID ends the pictures of a set whose graph.nq failed; that
// failure is the one reported.
var errNoBuildID = errors.New("no build ID: graph.nq failed")

// openSet opens the output folder out for a new set, locked, and closes
// it on an interrupt; done closes it (removing what was not committed)
// and ends the watch.
func openSet(cmd *cobra.Command, out string) (d *outdir.Dir, done func(), err error) {
	d, err = outdir.Open(out, outdir.Options{Members: memberNames(), Notice: cmd.ErrOrStderr()})
	if err != nil {
		return nil, nil, err
	}
	stop := closeOnSignal(d, cmd.ErrOrStderr())
	return d, func() {
		d.Close()
		stop() // after Close: a signal in between still cleans up
	}, nil
}

// closeOnSignal makes an interrupt (Ctrl-C), a hang-up or a termination
// close d, which removes its temporary files (a switch under way is
// finished first), and end the process. The returned function stops the
// watch.
func closeOnSignal(d io.Closer, stderr io.Writer) (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-ch:
			d.Close()
			fmt.Fprintf(stderr, "newskg: %v: stopped; temporary files removed\n", s)
			code := 130
			if n, ok := s.(syscall.Signal); ok {
				code = 128 + int(n)
			}
			os.Exit(code)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}

// encodeNQuads writes g as N-Quads followed by the foreign statements and
// a trailer, and returns the trailer's build ID: the ID of what precedes
// it (nquads.Layout.ID), cut to 128 bits. Export writes a saved graph the
// same way, so that it gives build's bytes back.
func encodeNQuads(w *bufio.Writer, g *graph.Graph, foreign []string, base string) (id string, err error) {
	dg := nquads.NewDigest(base)
	bw := bufio.NewWriterSize(io.MultiWriter(w, dg), 1<<16)
	if err := encode(bw, "nquads", g, base, ""); err != nil {
		return "", err
	}
	if err := bw.Flush(); err != nil {
		return "", err
	}
	dg.Tail()
	for _, s := range foreign {
		bw.WriteString(s)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return "", err
	}
	sum, err := dg.ID()
	if err != nil {
		return "", err
	}
	id = hex.EncodeToString(sum[:16])
	_, err = w.WriteString(outdir.Trailer("graph.nq", id))
	return id, err
}

// graphID returns the build ID of g: that of its N-Quads.
func graphID(g *graph.Graph, foreign []string, base string) (string, error) {
	return encodeNQuads(bufio.NewWriterSize(io.Discard, 1<<16), g, foreign, base)
}
