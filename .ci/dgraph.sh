#!/usr/bin/env bash
# Builds the Dgraph binary used by the live Dgraph test from the Go module
# proxy and caches it outside the repository. Prints the binary's path.
# Reuses the cached binary when it is already there.
set -euo pipefail

version="${DGRAPH_VERSION:-v24.0.5}"
cache="${NEWSKG_DGRAPH_CACHE:-$HOME/.cache/newskg/dgraph}"
bin="$cache/dgraph-$version"

if [ -x "$bin" ] && "$bin" version >/dev/null 2>&1; then
  echo "$bin"
  exit 0
fi

mkdir -p "$cache"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
# GOFLAGS from the caller (e.g. -mod=vendor) must not apply to this module.
export GOFLAGS=-buildvcs=false
go mod init newskg.local/dgraphbuild >/dev/null 2>&1
go get "github.com/dgraph-io/dgraph/v24/dgraph@$version" >&2
nice -n 10 go build -p 2 -o "$tmp/dgraph" github.com/dgraph-io/dgraph/v24/dgraph >&2
mv "$tmp/dgraph" "$bin.tmp"
mv "$bin.tmp" "$bin"
echo "$bin"
