#!/usr/bin/env bash
# Refreshes cmd/newskg/default.pgo, the CPU profile that go build uses for
# profile-guided optimisation of the newskg binary (go help build, -pgo):
# the compiler inlines and lays out the hot paths of the profile, which
# makes a build about 5-9% faster on the BBC corpus. The profile is of
# sixty -j 1 builds of ../shared/corpora/bbc-news (BenchmarkBuildCorpus),
# the work the binary does most: profiles of fewer builds sample too few
# calls, and binaries built with profiles of 6 and of 25 builds were up
# to 1.8% apart in instructions. Run it after large changes to the
# extractor; a stale profile still helps, only less, and never changes
# the output.
#
#   bench/pgo.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d ../shared/corpora/bbc-news ] || { echo "pgo: no corpus at ../shared/corpora/bbc-news" >&2; exit 2; }
prof=$(mktemp)
trap 'rm -f "$prof" cmd/newskg/newskg.test' EXIT
(cd cmd/newskg && go test -pgo=off -run '^$' -bench BuildCorpus -benchtime 60x -cpuprofile "$prof" . >/dev/null)
cp "$prof" cmd/newskg/default.pgo
echo "pgo: wrote cmd/newskg/default.pgo ($(wc -c <cmd/newskg/default.pgo) bytes)"
