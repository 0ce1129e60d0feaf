package main

import (
	"bufio"
	"os"

	"github.com/spf13/cobra"
)

func newExport() *cobra.Command {
	var (
		format, out, base string
		minConf           float64
		vf                viewFlags
	)
	cmd := &cobra.Command{
		Use:   "export -f dot|nquads|graphml [-o FILE] GRAPH.nq",
		Short: "Re-export a saved graph in another format",
		Long: `export reads a graph saved by build (its graph.nq) and writes it as
Graphviz DOT, N-Quads or GraphML, to FILE or to standard output. The
--focus, --depth, --predicate and --min-confidence options narrow the
graph first, to keep a picture readable.`,
		Example: `  newskg export -f graphml -o graph.graphml out/graph.nq
  newskg export -f dot --focus "Dmitry Peskov" --depth 2 out/graph.nq | dot -Tsvg > peskov.svg
  newskg export -f dot --predicate accused,denied out/graph.nq`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usagef("export needs exactly one GRAPH.nq, got %d", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if format == "" {
				return usagef("export: -f FORMAT is required (dot, nquads or graphml)")
			}
			g, err := readGraph(args[0])
			if err != nil {
				return err
			}
			vf.minConf = minConf
			if vf.active() {
				s, err := vf.selection(g)
				if err != nil {
					return err
				}
				g = g.Select(s)
			}
			if out == "" || out == "-" {
				w := bufio.NewWriter(cmd.OutOrStdout())
				if err := encode(w, format, g, base, vf.title); err != nil {
					return err
				}
				return w.Flush()
			}
			return writeFile(out, func(w *bufio.Writer) error { return encode(w, format, g, base, vf.title) })
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "", "output format: dot, nquads or graphml")
	cmd.Flags().StringVarP(&out, "output", "o", "", "output `FILE` (default: standard output)")
	cmd.Flags().StringVar(&base, "base", "", "base `IRI` for N-Quads output")
	cmd.Flags().Float64Var(&minConf, "min-confidence", 0, "drop claims below this confidence (0..1)")
	vf.register(cmd)
	_ = os.Stdout
	return cmd
}
