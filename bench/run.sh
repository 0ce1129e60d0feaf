#!/usr/bin/env bash
# Throughput and memory of `newskg build` over the shared benchmark corpora
# (../shared/corpora, not part of the repository). Prints, per corpus:
# articles, megabytes, wall seconds, MB/s and peak resident memory.
#
#   bench/run.sh [CORPUS_DIR...]     default: ../shared/corpora/*
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(mktemp -d)/newskg
trap 'rm -rf "$(dirname "$bin")"' EXIT
go build -o "$bin" ./cmd/newskg
dirs=("$@")
[ ${#dirs[@]} -gt 0 ] || dirs=(../shared/corpora/*/)
printf '%-28s %8s %8s %8s %8s %10s\n' corpus articles MB seconds MB/s peakMiB
for d in "${dirs[@]}"; do
  [ -d "$d" ] || { echo "no corpus at $d" >&2; continue; }
  n=$(find "$d" -name '*.txt' | wc -l)
  bytes=$(find "$d" -name '*.txt' -print0 | xargs -0 cat | wc -c)
  out=$(mktemp -d)
  start=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$out/rss" "$bin" build -o "$out" "$d" 2>"$out/log" || true
  end=$(date +%s.%N)
  rss=$(tail -1 "$out/rss")
  awk -v c="$(basename "$d")" -v n="$n" -v b="$bytes" -v s="$start" -v e="$end" -v r="$rss" \
    'BEGIN { t=e-s; printf "%-28s %8d %8.2f %8.2f %8.2f %10.1f\n", c, n, b/1e6, t, b/1e6/t, r/1024 }'
  tail -1 "$out/log" >&2
  rm -rf "$out"
done
