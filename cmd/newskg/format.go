package main

// The grammar every command shares: -f/--format picks the output format,
// -o the output path, and the last argument is the graph (its graph.nq, or
// the folder build wrote it into).

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// defaultWidth is the table width when standard output is not a
// terminal and $COLUMNS is unset.
const defaultWidth = 100

// termWidth is the width of the terminal on standard output; else
// $COLUMNS; else 100 columns.
func termWidth() int {
	if fd := int(os.Stdout.Fd()); term.IsTerminal(fd) {
		if w, _, err := term.GetSize(fd); err == nil && w > 0 {
			return w
		}
	}
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	return defaultWidth
}

// formatFlag registers -f/--format on cmd, for output formats among
// allowed. An empty value means the command's default.
func formatFlag(cmd *cobra.Command, p *string, def string, allowed ...string) {
	usage := "output format: " + strings.Join(allowed, ", ")
	if def == "" {
		usage += " (default: table on a terminal, else jsonl)"
	}
	cmd.Flags().StringVarP(p, "format", "f", def, usage)
}

// chooseFormat checks a -f value against allowed; "" becomes table on a
// terminal and JSON Lines elsewhere.
func chooseFormat(format string, out io.Writer, allowed ...string) (string, error) {
	if format == "" {
		if isTerminal(out) {
			return "table", nil
		}
		return "jsonl", nil
	}
	if !slices.Contains(allowed, format) {
		return "", usagef("-f %q: want %s", format, strings.Join(allowed, ", "))
	}
	return format, nil
}

// writeJSON writes v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// graphFile returns the graph file a command argument names: the path
// itself, or DIR/graph.nq when it is a folder (the -o of build).
func graphFile(arg string) string {
	if fi, err := os.Stat(arg); err == nil && fi.IsDir() {
		return filepath.Join(arg, "graph.nq")
	}
	return arg
}
