#!/usr/bin/env bash
# Whole-process ingest cost against the store's size, beside sqlite3 .import of the same text.
# Usage: bench/ingest-scale.sh [WORKDIR]   (needs sqlite3 and GNU time; prints a Markdown table)
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-$(mktemp -d)}
dotnet build -c Release src/Orkhon.Cli -v q -nologo >/dev/null
dotnet build -c Release bench/Orkhon.Benchmarks -v q -nologo >/dev/null
cli="dotnet src/Orkhon.Cli/bin/Release/net10.0/Orkhon.Cli.dll"
gen="dotnet bench/Orkhon.Benchmarks/bin/Release/net10.0/Orkhon.Benchmarks.dll articles"

rm -rf "$work/base" "$work/batch" "$work"/*.db "$work"/*.tsv
$gen "$work/base" 3000 0
$gen "$work/batch" 400 100000

# One row per file (name, text with tabs and newlines flattened) for sqlite3's .import.
tsv() { for f in "$1"/*.txt; do printf '%s\t%s\n' "$(basename "$f")" "$(tr '\t\n' '  ' < "$f")"; done > "$2"; }
tsv "$work/base" "$work/base.tsv"
tsv "$work/batch" "$work/batch.tsv"

measure() { # label, command...: prints "label | seconds | peak MiB"
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; exit 1; }
  read -r secs kb < "$work/time.txt"
  printf '| %s | %s s | %d MiB |\n' "$label" "$secs" $((kb / 1024))
}

echo "| run | wall time | peak memory |"
echo "|---|---:|---:|"
measure "wc -w, 400 files" wc -w "$work"/batch/*.txt
measure "orkhon ingest 400 files into an empty store" env ORKHON_DB="$work/empty.db" $cli ingest "$work/batch"
ORKHON_DB="$work/full.db" $cli ingest "$work/base" >/dev/null 2>&1
measure "orkhon ingest the same 400 files into a store of 3,000 documents" env ORKHON_DB="$work/full.db" $cli ingest "$work/batch"
measure "orkhon ingest 3,400 files into an empty store" env ORKHON_DB="$work/all.db" $cli ingest "$work/base" "$work/batch"
schema="CREATE TABLE docs(name TEXT PRIMARY KEY, text TEXT);"
measure "sqlite3 .import 400 rows into an empty table" sqlite3 "$work/ref-empty.db" "$schema" ".mode tabs" ".import $work/batch.tsv docs"
sqlite3 "$work/ref-full.db" "$schema" ".mode tabs" ".import $work/base.tsv docs"
measure "sqlite3 .import the same 400 rows into a table of 3,000" sqlite3 "$work/ref-full.db" ".mode tabs" ".import $work/batch.tsv docs"
