#!/usr/bin/env bash
# The figures of issue 8 ("How we will know"), measured on one corpus of
# .txt articles (default ../shared/corpora/bbc-news, not part of the
# repository) and on COPIES copies of it (default 16):
#
#   1. build throughput on one core (-j 1) and with the default workers,
#      in MB/s of wall time and of CPU time (user+sys: the machine may be
#      shared), with peak resident memory;
#   2. compromise (npm, nlp(text).people/places/organizations, single
#      thread) on the same files in the same run, and the ratio;
#   3. peak resident memory of the build at 1x and COPIES x, and the ratio;
#   4. `query` on the COPIES x graph;
#   5. `build --append` of one article to the COPIES x graph.
#
#   bench/run.sh [CORPUS_DIR]
#   COPIES=4 COMPROMISE=0 bench/run.sh     # smaller; skip compromise
#
# Needs /usr/bin/time (Debian: time), and node and npm for compromise,
# which is installed into a temporary folder, never into the repository.
# Not part of go test: timings are reported, never asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpora/bbc-news}
copies=${COPIES:-16}
[ -d "$corpus" ] || { echo "bench: no corpus at $corpus" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "bench: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/newskg" ./cmd/newskg
bin=$work/newskg

mb=$(find "$corpus" -name '*.txt' -print0 | xargs -0 cat | wc -c | awk '{printf "%.3f", $1/1e6}')
n=$(find "$corpus" -name '*.txt' | wc -l)
echo "corpus $corpus: $n articles, $mb MB; $(nproc) CPUs; load $(cut -d' ' -f1-3 /proc/loadavg)"

# run LABEL CMD...: runs CMD quietly, sets wall, cpu (user+sys) and rss
# (MiB), and prints a line.
run() {
  local label=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >"$work/out" 2>"$work/err" || {
    echo "bench: $label failed:" >&2; tail -3 "$work/err" >&2; exit 1; }
  read -r wall user sys rss <"$work/time"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}')
  rss=$(awk -v r="$rss" 'BEGIN{printf "%.1f", r/1024}')
  printf '%-34s %7.2f s wall %7.2f s CPU %8.1f MiB peak\n' "$label" "$wall" "$cpu" "$rss"
}
rate() { awk -v m="$1" -v t="$2" 'BEGIN{ if (t > 0) printf "%.2f", m/t; else print "inf" }'; }

echo
echo "== build throughput"
run "build -j 1" "$bin" build -j 1 -o "$work/one" "$corpus"
j1_wall=$wall j1_cpu=$cpu
echo "   -j 1: $(rate "$mb" "$j1_wall") MB/s wall, $(rate "$mb" "$j1_cpu") MB/s CPU (issue: >= 5 MB/s)"
run "build (default -j)" "$bin" build -o "$work/one" "$corpus"
rss1=$rss
echo "   default: $(rate "$mb" "$wall") MB/s wall"
tail -1 "$work/err"
run "build -f nquads" "$bin" build -f nquads -o "$work/one-nq" "$corpus"
rss1nq=$rss

if [ "${COMPROMISE:-1}" != 0 ]; then
  echo
  echo "== compromise (npm) on the same files"
  if command -v npm >/dev/null && (cd "$work" && mkdir -p js && cd js && npm init -y >/dev/null && npm install --silent --no-audit --no-fund compromise@14 >/dev/null 2>&1); then
    cat >"$work/js/run.mjs" <<'EOF'
import fs from "node:fs";
import path from "node:path";
import nlp from "compromise";
const files = [];
(function walk(d) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p); else if (e.name.endsWith(".txt")) files.push(p);
  }
})(process.argv[2]);
files.sort();
let bytes = 0, found = 0;
const start = process.hrtime.bigint();
for (const f of files) {
  const text = fs.readFileSync(f, "utf8");
  bytes += Buffer.byteLength(text);
  const doc = nlp(text);
  found += doc.people().length + doc.places().length + doc.organizations().length;
}
const sec = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`${bytes} ${sec} ${found}`);
EOF
    run "compromise" node "$work/js/run.mjs" "$(cd "$corpus" && pwd)"
    read -r cbytes csec _ <"$work/out"
    crate=$(rate "$(awk -v b="$cbytes" 'BEGIN{print b/1e6}')" "$csec")
    echo "   compromise: $crate MB/s; newskg -j 1 is $(awk -v a="$mb" -v t="$j1_wall" -v c="$crate" 'BEGIN{printf "%.1f", (a/t)/c}')x faster by wall time (issue: >= 50x)"
  else
    echo "   compromise: npm install failed; skipped"
  fi
fi

echo
echo "== $copies copies"
mkdir -p "$work/copies"
for i in $(seq -w 1 "$copies"); do
  cp -al "$corpus" "$work/copies/c$i" 2>/dev/null || cp -r "$corpus" "$work/copies/c$i"
done
run "build ${copies}x (default -j)" "$bin" build -o "$work/big" "$work/copies"/c*
echo "   peak ${copies}x / 1x: $(awk -v a="$rss" -v b="$rss1" 'BEGIN{printf "%.2f", a/b}') (issue: <= 2)"
tail -1 "$work/err"
run "build ${copies}x -f nquads" "$bin" build -f nquads -o "$work/big-nq" "$work/copies"/c*
echo "   peak ${copies}x / 1x, graph.nq alone: $(awk -v a="$rss" -v b="$rss1nq" 'BEGIN{printf "%.2f", a/b}') (issue: <= 2)"
ls -l "$work/big/graph.nq" | awk '{printf "   graph.nq: %.1f MB\n", $5/1e6}'

echo
echo "== queries on the ${copies}x graph"
run "query --predicate accused" "$bin" query --predicate accused "$work/big/graph.nq"
run "blame" "$bin" blame "$work/big/graph.nq"

echo
echo "== append one article to the ${copies}x graph"
first=$(find "$corpus" -name '*.txt' | sort | sed -n 1p)
# The builds above leave about a gigabyte of outputs in the page cache,
# not yet on disk; the append's fsync would wait for the kernel to write
# them too. A user appends to a graph built long before.
sync
mkdir -p "$work/new" && cp "$first" "$work/new/appended-article.txt"
run "build --append (3 formats)" "$bin" build --append -o "$work/big" "$work/new/appended-article.txt"
# A folder with graph.nq alone: --append rewrites every export a folder
# holds, and here that is graph.nq only.
cp "$first" "$work/new/appended-again.txt"
run "build --append (graph.nq only)" "$bin" build --append -f nquads -o "$work/big-nq" "$work/new/appended-again.txt"
