#!/usr/bin/env bash
# Bulk import into PostgreSQL: `orkhon import gdelt` of a generated GDELT 2.0 Events file, beside psql's
# \copy of the same file into an equivalent table (61 text columns: the file as it is, no merge, no index),
# on a throwaway cluster started here with the server's default durability (fsync on).
# Usage: bench/import-postgres.sh [ROWS] [WORKDIR]   (default 1000000 rows; needs PostgreSQL's server binaries,
# psql and GNU time; prints a Markdown table with the client's CPU time, the server's (bench/pg-server-cpu.py)
# and the load average at the end of each run). With ROWS_SQLITE=1 the same file is also imported into SQLite.
# Environment: FILE=PATH imports that file instead of generating one; CLI="dotnet …/Orkhon.Cli.dll" runs that
# build instead of building this checkout's; REIMPORT=0 skips the second import; KEEP=1 leaves the cluster
# running (its URL is in WORKDIR/url) for listings and plans on the store, stopped later with
# `.ci/throwaway-postgres stop WORKDIR/pg`.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
work=${2:-$(mktemp -d /tmp/orkhon-bench.XXXXXX)}
mkdir -p "$work"
if [ -z "${CLI:-}" ]; then dotnet build -c Release src/Orkhon.Cli -v q -nologo >/dev/null; fi
cli=${CLI:-"dotnet src/Orkhon.Cli/bin/Release/net10.0/Orkhon.Cli.dll"}
file=${FILE:-"$work/generated.export.CSV"}
[ -f "$file" ] || dotnet build -c Release bench/Orkhon.Benchmarks -v q -nologo >/dev/null
[ -f "$file" ] || dotnet bench/Orkhon.Benchmarks/bin/Release/net10.0/Orkhon.Benchmarks.dll gdelt "$file" "$rows"  # GdeltEventsFile

pg="$work/pg"
[ "${KEEP:-}" = 1 ] || trap '.ci/throwaway-postgres stop "$pg"' EXIT
url=$(.ci/throwaway-postgres start "$pg" --durable)
echo "$url" > "$work/url"
psql=psql; for d in /usr/lib/postgresql/*/bin; do [ -x "$d/psql" ] && psql="$d/psql"; done

measure() { # label, command...: prints "label | seconds | rows/s | client CPU | server CPU | peak MiB | load"
  local label=$1 before after; shift
  before=$(bench/pg-server-cpu.py "$pg/data")
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; exit 1; }
  after=$(bench/pg-server-cpu.py "$pg/data")
  read -r secs kb user sys < "$work/time.txt"
  printf '| %s | %s s | %s | %s s | %s s | %d MiB | %s |\n' "$label" "$secs" "$(awk -v r="$rows" -v s="$secs" 'BEGIN { printf "%d", r / s }')" \
    "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')" "$(awk -v a="$after" -v b="$before" 'BEGIN { printf "%.1f", a - b }')" \
    $((kb / 1024)) "$(cut -d' ' -f1 /proc/loadavg)"
}

columns=$(seq -f 'c%g text' 1 61 | paste -sd, -)
# In a schema of its own: Orkhon refuses a schema holding tables that are not its own.
"$psql" -X -q "$url" -c "CREATE SCHEMA reference; CREATE TABLE reference.gdelt_raw ($columns)"
ORKHON_DB="$url" $cli init >/dev/null

echo "| run ($rows rows, $(du -h "$file" | cut -f1)) | wall time | rows/s | client CPU | server CPU | peak memory | load |"
echo "|---|---:|---:|---:|---:|---:|---:|"
measure "psql \\copy into a 61-column text table" "$psql" -X -q "$url" -c "\\copy reference.gdelt_raw FROM '$file'"
measure "orkhon import gdelt into PostgreSQL (empty store)" env ORKHON_DB="$url" $cli import gdelt "$file"
if [ "${REIMPORT:-1}" != 0 ]; then
  measure "orkhon import gdelt again (every row already stored)" env ORKHON_DB="$url" $cli import gdelt "$file"
fi
if [ "${ROWS_SQLITE:-}" = 1 ]; then
  measure "orkhon import gdelt into SQLite (empty store)" env ORKHON_DB="$work/orkhon.db" $cli import gdelt "$file"
fi
