package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
)

func newRender() *cobra.Command {
	var (
		out, format string
		vf          viewFlags
	)
	cmd := &cobra.Command{
		Use:   "render [-o FILE.svg|FILE.png|FILE.pdf] [-f svg|png|pdf] [flags] GRAPH",
		Short: "Draw a saved graph (or part of it) with Graphviz",
		Long: `render draws a saved graph with Graphviz dot (Debian package graphviz).
The output format follows the file extension (.svg, .png or .pdf) or -f;
without -o the picture goes to standard output. Use
--focus, --depth and --predicate to keep the picture readable.`,
		Example: `  newskg render -o docs/accusations.svg --predicate accused,denied out/graph.nq
  newskg render -o peskov.png --focus Peskov --depth 2 out/graph.nq
  newskg render -f svg --focus Howard out > howard.svg`,
		Args: exactlyOneGraph,
		RunE: func(cmd *cobra.Command, args []string) error {
			ext := format
			if ext == "" {
				ext = strings.TrimPrefix(strings.ToLower(filepath.Ext(out)), ".")
			}
			if ext != "svg" && ext != "png" && ext != "pdf" {
				return usagef("render: -o FILE.svg|.png|.pdf, or -f svg|png|pdf (then -o FILE, or standard output), is required")
			}
			dotPath, err := exec.LookPath("dot")
			if err != nil {
				return errors.New("render: Graphviz 'dot' not found on PATH; install it (Debian/Ubuntu: apt-get install graphviz)")
			}
			g, err := readGraph(args[0])
			if err != nil {
				return err
			}
			if g, err = vf.view(g); err != nil {
				return err
			}
			var src bytes.Buffer
			if err := encode(&src, "dot", g, "", vf.title); err != nil {
				return err
			}
			var img, stderr bytes.Buffer
			c := exec.Command(dotPath, "-T"+ext)
			c.Stdin, c.Stdout, c.Stderr = &src, &img, &stderr
			if err := c.Run(); err != nil {
				return fmt.Errorf("render: dot failed: %v: %s", err, strings.TrimSpace(stderr.String()))
			}
			if out == "" || out == "-" {
				_, err := cmd.OutOrStdout().Write(img.Bytes())
				return err
			}
			return writeFile(out, func(w *bufio.Writer) error { _, err := w.Write(img.Bytes()); return err })
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "picture `FILE` (.svg, .png or .pdf; default: standard output)")
	cmd.Flags().StringVarP(&format, "format", "f", "", "picture format: svg, png or pdf (default: the extension of -o)")
	vf.register(cmd, true)
	return cmd
}
