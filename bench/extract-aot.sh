#!/usr/bin/env bash
# Whole-process `orkhon extract` as a Native AOT binary beside the composite ReadyToRun one, `wc -w` in the same run.
# Usage: bench/extract-aot.sh [WORKDIR] [RUNS]   (needs GNU time, bc, clang; the prose files of bench/extract-throughput.sh)
#
# The AOT build is the CLI's own (`-p:PublishAot=true`): Orkhon.Cli.csproj then leaves Orkhon.Web out (its `serve` answers
# exit 6), the contract records and the store's id lists are written through generated JSON metadata, and every other
# command runs as in the normal build (BENCHMARKS.md, "Native AOT for extraction", "Made real"). WORKDIR (default
# /work/bench-data) must hold prose/*.txt; the two publishes (about 115 and 160 MB, many minutes each on a loaded
# machine) go to a scratch folder removed at the end.
# Each file is run RUNS times (default 3), the three commands interleaved; the rows give the minimum CPU time
# (user + sys), the minimum wall time and the largest peak RSS. On a shared machine CPU time is the figure to compare.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/work/bench-data}
runs=${2:-3}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# The AOT compiler links with clang; Debian names it by version.
clang=$(command -v clang || command -v clang-14 || true)
[[ -n $clang ]] || { echo "Native AOT needs clang (Debian: apt-get install clang)" >&2; exit 1; }
clang=$(basename "$clang")
for tree in aot r2r; do
  mkdir -p "$scratch/$tree"
  git archive HEAD | tar -x -C "$scratch/$tree"
done
# Warnings as errors off for this publish only: CsvHelper's assembly-level IL2104 and IL3053 (its record mapping, which
# the CLI does not use: it writes CSV with WriteField) would stop it. Every warning is printed below.
dotnet publish "$scratch/aot/src/Orkhon.Cli" -c Release -r linux-x64 -p:PublishAot=true -p:TreatWarningsAsErrors=false -p:CppCompilerAndLinker="$clang" \
  -o "$scratch/out-aot" -nologo -v n > "$scratch/aot-publish.log" 2>&1 || { tail -50 "$scratch/aot-publish.log" >&2; exit 1; }
dotnet publish "$scratch/r2r/src/Orkhon.Cli" -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true \
  -o "$scratch/out-r2r" -v q -nologo >&2

echo "Trim and AOT analysis warnings of the AOT publish (count, code, method or assembly):"
echo
# MSBuild prints each warning twice (as raised and in the summary): distinct lines first.
grep 'warning IL' "$scratch/aot-publish.log" | sed -E 's/^ *([0-9]+>)?//' | sort -u \
  | grep -oE "(analysis warning IL[0-9]+: [^(]+|warning IL(2104|3053): Assembly '[^']+')" | sed -E 's/analysis //' | sort | uniq -c | sort -rn
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| command | file | CPU (user+sys) | MB/s per core | wall | peak RSS |"
echo "|---|---|---:|---:|---:|---:|"
for name in corpus-1mb corpus-10mb doc-16mb; do
  file="$work/prose/$name.txt"
  mb=$(echo "$(stat -c %s "$file") / 1000000" | bc -l)
  cpu=() wall=() rss=(0 0 0)
  for ((r = 0; r < runs; r++)); do
    for i in 0 1 2; do
      case $i in
        0) cmd=(wc -w) ;;
        1) cmd=("$scratch/out-r2r/Orkhon.Cli" extract --format jsonl --max-size 200000000) ;;
        2) cmd=("$scratch/out-aot/Orkhon.Cli" extract --format jsonl --max-size 200000000) ;;
      esac
      /usr/bin/time -f "%e %U %S %M" -o "$scratch/time.txt" "${cmd[@]}" "$file" > "$scratch/out-$i.txt" 2> "$scratch/stderr.txt" \
        || { cat "$scratch/stderr.txt" >&2; exit 1; }
      read -r w u s kb < "$scratch/time.txt"
      c=$(echo "$u + $s" | bc -l)
      if [[ -z ${cpu[i]:-} ]] || (( $(echo "$c < ${cpu[i]}" | bc -l) )); then cpu[i]=$c; fi
      if [[ -z ${wall[i]:-} ]] || (( $(echo "$w < ${wall[i]}" | bc -l) )); then wall[i]=$w; fi
      if (( kb > rss[i] )); then rss[i]=$kb; fi
    done
  done
  cmp -s "$scratch/out-1.txt" "$scratch/out-2.txt" || { echo "$name: the two binaries' outputs differ" >&2; exit 1; }
  labels=('`wc -w`' 'composite ReadyToRun' 'Native AOT')
  for i in 0 1 2; do
    rate='—'
    if (( $(echo "${cpu[i]} >= 0.01" | bc -l) )); then rate=$(printf '%.1f MB/s' "$(echo "$mb / ${cpu[i]}" | bc -l)"); fi
    printf '| %s | %s | %.2f s | %s | %.2f s | %d MiB |\n' "${labels[i]}" "$name" "${cpu[i]}" "$rate" "${wall[i]}" $((rss[i] / 1024))
  done
done
echo
echo "Outputs byte-identical (cmp) for every file. Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
