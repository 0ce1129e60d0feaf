// Package testtool lets tests that drive real consumers of our exports
// (Graphviz, rapper, rdflib, NetworkX, Oxigraph) skip when a tool is
// missing on a developer's machine, but fail in CI, where .ci/run
// installs every tool and sets NEWSKG_REQUIRE_TOOLS=1.
package testtool

import (
	"fmt"
	"os"
	"testing"
)

// Missing reports a missing tool: a skip normally, a failure when
// NEWSKG_REQUIRE_TOOLS=1.
func Missing(t testing.TB, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if os.Getenv("NEWSKG_REQUIRE_TOOLS") == "1" {
		t.Fatalf("%s (NEWSKG_REQUIRE_TOOLS=1: consumer tests must not skip)", msg)
	}
	t.Skip(msg)
}
