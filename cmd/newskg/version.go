package main

import (
	"runtime"
	"runtime/debug"
	"strings"
)

// version is the release, set at link time:
//
//	go build -ldflags "-X main.version=v1.2.0" ./cmd/newskg
//
// When empty, the module version that `go install` records is used, or
// "devel" in a build from a work tree.
var version string

// buildVersion describes this build: release, VCS revision when recorded, and
// the Go toolchain.
func buildVersion() string {
	v := version
	var rev, dirty string
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v == "" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				if s.Value == "true" {
					dirty = "+dirty"
				}
			}
		}
	}
	if v == "" {
		v = "devel"
	}
	parts := []string{v}
	if rev != "" {
		parts = append(parts, rev[:min(len(rev), 12)]+dirty)
	}
	return strings.Join(append(parts, runtime.Version()), " ")
}
