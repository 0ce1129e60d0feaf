package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"syscall"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/internal/outdir"
)

// memberNames returns the file names of a build's output set.
func memberNames() []string {
	var names []string
	for _, f := range formats {
		names = append(names, f.file)
	}
	return names
}

// writeSet writes the formats in fmts into the locked folder d and
// switches them in as one set. The build ID that ends every file is the
// SHA-256 of graph.nq's content (cut to 128 bits), so that the same
// input gives the same ID and byte-identical files; the N-Quads are
// hashed even when not written. foreign holds statements of quads that
// newskg did not write, kept at the end of graph.nq.
func writeSet(d *outdir.Dir, fmts []string, g, dotView *graph.Graph, foreign []string, base, title string) error {
	var files []*outdir.File
	nq := bufio.NewWriterSize(io.Discard, 1<<16)
	var nqf *outdir.File
	if slices.Contains(fmts, "nquads") {
		f, err := d.Create("graph.nq")
		if err != nil {
			return err
		}
		nqf, nq = f, bufio.NewWriterSize(f, 1<<16)
	}
	id, err := encodeNQuads(nq, g, foreign, base)
	if err == nil {
		err = nq.Flush()
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", filepath.Join(d.Path(), "graph.nq"), err)
	}
	if nqf != nil {
		files = append(files, nqf)
	}
	pictures, err := writePictures(d, fmts, g, dotView, base, title, id, nil)
	if err != nil {
		return err
	}
	return d.Commit(id, append(files, pictures...)...)
}

// writePictures writes the pictures among fmts (DOT, GraphML) into
// temporary files of d, each ending with the trailer of build id, and
// returns them for the commit. pics, when set, holds what the build
// gathered for them instead of every claim.
func writePictures(d *outdir.Dir, fmts []string, g, dotView *graph.Graph, base, title, id string, pics *pictures) ([]*outdir.File, error) {
	var files []*outdir.File
	for _, f := range formats {
		if f.name == "nquads" || !slices.Contains(fmts, f.name) {
			continue
		}
		view := g
		if f.name == "dot" {
			view = dotView
		}
		tf, err := d.Create(f.file)
		if err != nil {
			return nil, err
		}
		w := bufio.NewWriterSize(tf, 1<<16)
		if err := encodePicture(w, f.name, view, base, title, pics); err != nil {
			return nil, fmt.Errorf("write %s: %w", filepath.Join(d.Path(), f.file), err)
		}
		w.WriteString(outdir.Trailer(f.file, id))
		if err := w.Flush(); err != nil {
			return nil, fmt.Errorf("write %s: %w", filepath.Join(d.Path(), f.file), err)
		}
		files = append(files, tf)
	}
	return files, nil
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
// a trailer, and returns the trailer's build ID: the SHA-256 of what
// precedes it, cut to 128 bits. Export writes a saved graph the same way,
// so that it gives build's bytes back.
func encodeNQuads(w *bufio.Writer, g *graph.Graph, foreign []string, base string) (id string, err error) {
	h := sha256.New()
	bw := bufio.NewWriterSize(io.MultiWriter(w, h), 1<<16)
	if err := encode(bw, "nquads", g, base, ""); err != nil {
		return "", err
	}
	for _, s := range foreign {
		bw.WriteString(s)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return "", err
	}
	id = hex.EncodeToString(h.Sum(nil)[:16])
	_, err = w.WriteString(outdir.Trailer("graph.nq", id))
	return id, err
}

// graphID returns the build ID of g: that of its N-Quads.
func graphID(g *graph.Graph, foreign []string, base string) (string, error) {
	return encodeNQuads(bufio.NewWriterSize(io.Discard, 1<<16), g, foreign, base)
}
