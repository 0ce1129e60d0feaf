package main

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newskg/newskg/export/dot"
	"github.com/newskg/newskg/export/html"
)

const (
	// defaultMaxEntities is the most entities render draws unless told
	// otherwise, and three times that the most edges. Drawn from the BBC
	// corpus: its 30 busiest actors read well in a 3,000 × 3,300 px PNG;
	// 60 make a 3,700 × 4,200 px poster that still reads; 100 make
	// 4,700 × 4,700 px, where edges cross edges everywhere.
	defaultMaxEntities = 60
	// maxSide is the longest side, in points, of a picture render
	// accepts: Cairo caps PNGs at 32,767 px, which is 24,575 pt at 96 dpi.
	maxSide = 24000
	// maxAspect is the longest ratio of sides render accepts; beyond it
	// the picture is a strip that no screen shows whole.
	maxAspect = 8
)

// layouts are the Graphviz engines render can lay out with.
var layouts = []string{"dot", "neato", "fdp", "sfdp", "circo", "twopi"}

// narrowHint names the flags that make a picture smaller.
const narrowHint = "narrow it with --focus NAME, --predicate P, --top N or --min-claims N"

func newRender() *cobra.Command {
	var (
		out, format, layout string
		maxEntities         int
		vf                  viewFlags
	)
	cmd := &cobra.Command{
		Use:   "render [-o FILE.svg|png|pdf|html] [-f svg|png|pdf|html] [flags] GRAPH",
		Short: "Draw the claim network, or part of it, with Graphviz; or make an interactive page",
		Long: `render draws the claim network of a saved graph with Graphviz (Debian
package graphviz): the entities that take part in a claim, one edge per
predicate between two entities, as wide as it has claims. The output
format follows the file extension (.svg, .png, .pdf, or .html for an
interactive page) or -f; without -o the output goes to standard output.

The .html page is one self-contained file that works offline: the
Graphviz drawing with a small script. Click an entity to list its claims
by predicate, click an edge to read each evidence sentence with its
article's title, date, URL and confidence; search for any name or alias;
switch predicates on and off.

A picture of more than --max-entities entities (default 60), or of more
than three times as many edges, is not drawn: render says so in one
line. Narrow it with --focus and --depth, --predicate, --top N (the N
entities in most claims) or --min-claims N (edges of at least N claims).`,
		Example: `  newskg render -o docs/accusations.svg --predicate accused,denied out/graph.nq
  newskg render -o graph.html out/graph.nq
  newskg render -o peskov.png --focus Peskov --depth 2 out/graph.nq
  newskg render -o top.png --top 30 bbc/graph.nq
  newskg render -o blame.svg --predicate accused --min-claims 2 --layout sfdp bbc/graph.nq
  newskg render -f svg --focus Howard out > howard.svg`,
		Args: exactlyOneGraph,
		RunE: func(cmd *cobra.Command, args []string) error {
			ext := format
			if ext == "" {
				ext = strings.TrimPrefix(strings.ToLower(filepath.Ext(out)), ".")
			}
			if !slices.Contains([]string{"svg", "png", "pdf", "html"}, ext) {
				return usagef("render: -o FILE.svg|.png|.pdf|.html, or -f svg|png|pdf|html (then -o FILE, or standard output), is required")
			}
			if !slices.Contains(layouts, layout) {
				return usagef("render: --layout %q: want one of %s", layout, strings.Join(layouts, ", "))
			}
			bin, err := exec.LookPath(layout)
			if err != nil {
				return fmt.Errorf("render: Graphviz '%s' not found on PATH; install it (Debian/Ubuntu: apt-get install graphviz)", layout)
			}
			g, _, err := readSkim(args[0], false)
			if err != nil {
				return err
			}
			if g, err = vf.view(g); err != nil {
				return err
			}
			ents, links := dot.Drawn(g)
			if len(links) == 0 {
				return errors.New("render: nothing to draw: no claim matches the filters")
			}
			if maxEntities > 0 && (len(ents) > maxEntities || len(links) > 3*maxEntities) {
				return fmt.Errorf("render: %d entities and %d edges are too many for a readable picture (limit %d and %d); %s, or raise --max-entities",
					len(ents), len(links), maxEntities, 3*maxEntities, narrowHint)
			}
			var src bytes.Buffer
			enc := dot.NewEncoder(&src)
			enc.SetTitle(vf.title)
			enc.SetLayout(layout)
			if err := enc.Encode(g); err != nil {
				return err
			}
			svg, err := graphviz(bin, "svg", src.Bytes())
			if err != nil {
				return err
			}
			if w, h, ok := svgSize(svg); ok && (max(w, h) > maxSide || max(w, h) > maxAspect*min(w, h)) {
				return fmt.Errorf("render: the picture would be %.0f × %.0f pt, too large or too long to read; %s", w, h, narrowHint)
			}
			var data []byte
			switch ext {
			case "svg":
				data = svg
			case "html":
				var b bytes.Buffer
				if err := html.Write(&b, g, svg, vf.title); err != nil {
					return fmt.Errorf("render: %w", err)
				}
				data = b.Bytes()
			default:
				if data, err = graphviz(bin, ext, src.Bytes()); err != nil {
					return err
				}
			}
			if out == "" || out == "-" {
				_, err := cmd.OutOrStdout().Write(data)
				return err
			}
			return writeFile(out, func(w *bufio.Writer) error { _, err := w.Write(data); return err })
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "picture or page `FILE` (.svg, .png, .pdf or .html; default: standard output)")
	cmd.Flags().StringVarP(&format, "format", "f", "", "output format: svg, png, pdf or html (default: the extension of -o)")
	cmd.Flags().StringVar(&layout, "layout", "dot", "Graphviz layout `ENGINE`: "+strings.Join(layouts, ", "))
	cmd.Flags().IntVar(&maxEntities, "max-entities", defaultMaxEntities, "refuse to draw more than `N` entities or 3×N edges (0: no limit)")
	vf.register(cmd, true)
	return cmd
}

// graphviz lays out src with the Graphviz program bin and returns the
// output in the given format. Graphviz reports trouble on stderr even
// when it exits 0; its first line is enough to say what went wrong.
func graphviz(bin, format string, src []byte) ([]byte, error) {
	var out, stderr bytes.Buffer
	c := exec.Command(bin, "-T"+format)
	c.Stdin, c.Stdout, c.Stderr = bytes.NewReader(src), &out, &stderr
	err := c.Run()
	first, _, _ := strings.Cut(strings.TrimSpace(stderr.String()), "\n")
	name := filepath.Base(bin)
	switch {
	case err != nil:
		return nil, fmt.Errorf("render: %s failed: %v: %s", name, err, first)
	case strings.Contains(stderr.String(), "too large"):
		return nil, fmt.Errorf("render: %s: %s; %s", name, first, narrowHint)
	}
	return out.Bytes(), nil
}

// svgSize returns the width and height, in points, of Graphviz's SVG.
func svgSize(svg []byte) (w, h float64, ok bool) {
	d := xml.NewDecoder(bytes.NewReader(svg))
	for {
		tok, err := d.Token()
		if err != nil {
			return 0, 0, false
		}
		if se, isStart := tok.(xml.StartElement); isStart && se.Name.Local == "svg" {
			for _, a := range se.Attr {
				v, err := strconv.ParseFloat(strings.TrimSuffix(a.Value, "pt"), 64)
				if err != nil {
					continue
				}
				switch a.Name.Local {
				case "width":
					w = v
				case "height":
					h = v
				}
			}
			return w, h, w > 0 && h > 0
		}
	}
}
