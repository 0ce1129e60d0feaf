package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newskg/newskg/export/nquads"
	"github.com/newskg/newskg/graph"
)

func newMerge() *cobra.Command {
	var (
		out  string
		fmts []string
	)
	cmd := &cobra.Command{
		Use:   "merge -o DIR GRAPH.nq...",
		Short: "Join graphs built from disjoint inputs into one",
		Long: `merge joins graphs that build wrote from disjoint sets of articles
(shards built on separate machines, say) into DIR/graph.nq, graph.dot and
graph.graphml. The result is byte for byte what one build over all the
inputs would have written: entities merge as they do within a build, and
each article's quads are copied as they are. Shards that are the
graph.nq of a build's folder are merged through the folder's index:
their files are copied as byte ranges, not read.

The graphs must share their base IRI, and no article may be in two of
them.`,
		Example: `  newskg build -o shard1 archive/2023/
  newskg build -o shard2 archive/2024/
  newskg merge -o all shard1/graph.nq shard2/graph.nq`,
		Args: minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return usagef("merge: -o DIR is required")
			}
			if err := checkFormats(fmts); err != nil {
				return err
			}
			ix, err := mergeIndexed(args, fmts)
			if err != nil {
				return err
			}
			if ix != nil {
				defer ix.close()
				return writeMerged(cmd, out, fmts, ix)
			}
			g, base, foreign, err := mergeGraphs(args)
			if err != nil {
				return err
			}
			// Written as build writes: under the folder's lock, as one
			// set, with the build ID of the merged N-Quads.
			d, done, err := openSet(cmd, out)
			if err != nil {
				return err
			}
			defer done()
			nw, remove, err := newSpoolWriter(d, base)
			if err != nil {
				return err
			}
			defer remove()
			var shards []nquads.Old
			for _, a := range args {
				f, err := os.Open(graphFile(a))
				if err != nil {
					return err
				}
				defer f.Close()
				shards = append(shards, nquads.Old{R: f})
			}
			// The pictures are drawn as build draws them, so that the
			// index keeps what the next --append needs to redraw them.
			pics, removePics, err := newPictures(d, fmts)
			if err != nil {
				return err
			}
			defer removePics()
			if pics != nil {
				if err := pics.addGraph(g); err != nil {
					return err
				}
			}
			if err := writeStreamSet(d, fmts, g, g, nw, shards, foreign, base, "", pics, g.Counts()); err != nil {
				return err
			}
			summary(cmd.ErrOrStderr(), g, 0, out, nil)
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "output `DIR` (created if missing)")
	cmd.Flags().StringSliceVar(&fmts, "format", []string{"nquads", "dot", "graphml"}, "formats to write: nquads, dot, graphml")
	return cmd
}

// mergeGraphs reads the graphs without their articles' texts and joins
// them, article by article: graph.nq is copied, not encoded again, and
// the other formats need no text. It returns the quads of the graphs
// that newskg did not write, each once, to be written after the graph.
func mergeGraphs(paths []string) (*graph.Graph, string, []string, error) {
	g := graph.New()
	base := ""
	var foreign []string
	seen := make(map[string]bool)
	from := make(map[string]string) // article ID → the file it came from
	for _, p := range paths {
		shard, err := loadWith(p, func(d *nquads.Decoder) { d.SkipText(true) })
		if err != nil {
			return nil, "", nil, err
		}
		if base != "" && shard.base != base {
			return nil, "", nil, fmt.Errorf("%s: base IRI %s differs from %s of %s", p, shard.base, base, paths[0])
		}
		base = shard.base
		for _, s := range shard.foreign {
			if !seen[s] {
				seen[s] = true
				foreign = append(foreign, s)
			}
		}
		for _, e := range shard.g.Entities() {
			if err := g.AddEntity(*e); err != nil {
				return nil, "", nil, fmt.Errorf("%s: %w", p, err)
			}
		}
		for _, d := range shard.g.Documents() {
			if err := g.AddWithoutText(d); err != nil {
				if errors.Is(err, graph.ErrDuplicateArticle) {
					return nil, "", nil, fmt.Errorf("%s: article %q is also in %s; merge joins graphs of disjoint inputs", p, d.Article.ID, from[d.Article.ID])
				}
				return nil, "", nil, fmt.Errorf("%s: %w", p, err)
			}
			from[d.Article.ID] = p
			g.DropText(d.Article.ID)
		}
	}
	return g, base, foreign, nil
}

// mergedIndex is the shards of a merge opened through their indexes:
// their article graphs and edges are copied as byte ranges, and only
// their indexes are read.
type mergedIndex struct {
	shards   []*indexed
	g        *graph.Graph // the entities of all
	base     string
	foreign  []string
	counts   map[graph.Predicate]int
	articles int
}

func (m *mergedIndex) close() {
	for _, x := range m.shards {
		x.close()
	}
}

// mergeIndexed opens the shards at paths through the indexes of their
// folders, or returns nil when one has none that serves (then the
// shards are read whole). It reports shards of different bases or with
// an article in common, as mergeGraphs does.
func mergeIndexed(paths []string, fmts []string) (*mergedIndex, error) {
	m := &mergedIndex{g: graph.New(), counts: make(map[graph.Predicate]int)}
	ok := false
	defer func() {
		if !ok {
			m.close()
		}
	}()
	seen := make(map[string]bool)
	type labelled struct {
		label string
		shard int
	}
	var labels []labelled
	for i, p := range paths {
		nq := graphFile(p)
		if filepath.Base(nq) != "graph.nq" {
			return nil, nil // not a set's: its folder's index is another file's
		}
		x := openIndex(filepath.Dir(nq), slices.Contains(fmts, "dot"), slices.Contains(fmts, "graphml"))
		if x == nil {
			return nil, nil
		}
		m.shards = append(m.shards, x)
		if i > 0 && x.side.base != m.base {
			return nil, fmt.Errorf("%s: base IRI %s differs from %s of %s", p, x.side.base, m.base, paths[0])
		}
		m.base = x.side.base
		for _, s := range x.foreign {
			if !seen[s] {
				seen[s] = true
				m.foreign = append(m.foreign, s)
			}
		}
		for _, e := range x.side.entities {
			if err := m.g.AddEntity(*e); err != nil {
				return nil, fmt.Errorf("%s: %w", p, err)
			}
		}
		for pr, n := range x.side.counts {
			m.counts[pr] += n
		}
		m.articles += len(x.side.layout.Blocks)
		for _, b := range x.side.layout.Blocks {
			labels = append(labels, labelled{b.Label, i})
		}
	}
	slices.SortFunc(labels, func(a, b labelled) int { return strings.Compare(a.label, b.label) })
	for i := 1; i < len(labels); i++ {
		if labels[i].label == labels[i-1].label {
			a, b := labels[i-1].shard, labels[i].shard
			id := labels[i].label
			l := nquads.Layout{Blocks: []nquads.Block{{Label: id}}}
			if ids, _ := l.Articles(m.base); len(ids) == 1 {
				id = ids[0]
			}
			return nil, fmt.Errorf("%s: article %q is also in %s; merge joins graphs of disjoint inputs", paths[max(a, b)], id, paths[min(a, b)])
		}
	}
	ok = true
	return m, nil
}

// writeMerged writes the merge of the shards of ix into the folder out.
func writeMerged(cmd *cobra.Command, out string, fmts []string, ix *mergedIndex) error {
	d, done, err := openSet(cmd, out)
	if err != nil {
		return err
	}
	defer done()
	nw, remove, err := newSpoolWriter(d, ix.base)
	if err != nil {
		return err
	}
	defer remove()
	pics, removePics, err := newPictures(d, fmts)
	if err != nil {
		return err
	}
	defer removePics()
	var olds []nquads.Old
	for _, x := range ix.shards {
		olds = append(olds, x.old())
		if pics != nil && pics.tally != nil {
			pics.tally.AddTally(x.tally)
		}
		if pics != nil && pics.spool != nil {
			pics.oldEdges = append(pics.oldEdges, edgeSource{x.graphml, x.side.edges})
		}
	}
	if err := writeStreamSet(d, fmts, ix.g, ix.g, nw, olds, ix.foreign, ix.base, "", pics, ix.counts); err != nil {
		return err
	}
	summary(cmd.ErrOrStderr(), ix.g, ix.articles, out, ix.counts)
	return nil
}
