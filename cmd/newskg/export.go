package main

import (
	"bufio"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newskg/newskg/export/dgraph"
	"github.com/newskg/newskg/internal/outdir"
)

func newExport() *cobra.Command {
	var (
		format, out, base string
		vf                viewFlags
	)
	cmd := &cobra.Command{
		Use:   "export -f dot|nquads|graphml|dgraph [-o FILE] GRAPH",
		Short: "Re-export a saved graph in another format",
		Long: `export reads a graph saved by build (its graph.nq) and writes it as
Graphviz DOT, N-Quads, GraphML or Dgraph RDF, to FILE or to standard
output. The --focus, --depth, --predicate and --min-confidence options
narrow the graph first, to keep a picture readable.

-f dgraph writes RDF for Dgraph's live loader, with claim provenance in
facets and types in <dgraph.type>; it needs -o FILE.rdf and writes the
schema beside it as FILE.schema. Load both with
  dgraph live -f FILE.rdf -s FILE.schema --upsertPredicate xid`,
		Example: `  newskg export -f graphml -o graph.graphml out/graph.nq
  newskg export -f dot --focus "Dmitry Peskov" --depth 2 out/graph.nq | dot -Tsvg > peskov.svg
  newskg export -f dot --predicate accused,denied out/graph.nq
  newskg export -f dgraph -o kg.rdf out/graph.nq    # also writes kg.schema`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usagef("export needs exactly one GRAPH (a graph.nq, or the folder build wrote), got %d", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if format == "" {
				return usagef("export: -f FORMAT is required (dot, nquads, graphml or dgraph)")
			}
			s, err := loadSaved(args[0])
			if err != nil {
				return err
			}
			g := s.g
			if base == "" {
				base = s.base
			}
			if g, err = vf.view(g); err != nil {
				return err
			}
			// Quads that newskg did not write are kept when the graph is
			// written as it was read.
			var foreign []string
			if !vf.active() {
				foreign = s.foreign
			}
			if format == "dgraph" {
				if out == "" || out == "-" || !strings.HasSuffix(out, ".rdf") {
					return usagef("export -f dgraph needs -o FILE.rdf (the schema goes to FILE.schema)")
				}
				schema := strings.TrimSuffix(out, ".rdf") + ".schema"
				if err := writeFile(schema, func(w *bufio.Writer) error { return dgraph.WriteSchema(w) }); err != nil {
					return err
				}
			}
			write := func(w *bufio.Writer) error {
				if format == "nquads" {
					_, err := encodeNQuads(w, g, foreign, base)
					return err
				}
				if err := encode(w, format, g, base, vf.title); err != nil {
					return err
				}
				if format != "dot" && format != "graphml" {
					return nil
				}
				// The trailer names the graph shown, as in build's files.
				id, err := graphID(g, foreign, base)
				if err != nil {
					return err
				}
				_, err = w.WriteString(outdir.Trailer("graph."+format, id))
				return err
			}
			if out == "" || out == "-" {
				w := bufio.NewWriter(cmd.OutOrStdout())
				if err := write(w); err != nil {
					return err
				}
				return w.Flush()
			}
			return writeFile(out, write)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "", "output format: dot, nquads, graphml or dgraph")
	cmd.Flags().StringVarP(&out, "output", "o", "", "output `FILE` (default: standard output)")
	cmd.Flags().StringVar(&base, "base", "", "base `IRI` for N-Quads output")
	vf.register(cmd, true)
	return cmd
}
