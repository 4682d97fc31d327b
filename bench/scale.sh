#!/usr/bin/env bash
# Scale benchmarks (issue 11): import of a generated GDELT 2.0 Events file beside sqlite3 .import of the
# same file into an equivalent table, then balance/pivot/tone for one country on the store it built, and
# (with --listings) the two event listings with their query plans.
# Usage: bench/scale.sh ROWS WORKDIR [--listings]   (needs sqlite3 and GNU time; keep WORKDIR outside the repo)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=$1
work=$2
listings=${3:-}
mkdir -p "$work"
dotnet build -c Release src/Orkhon.Cli -v q -nologo >/dev/null
dotnet build -c Release bench/Orkhon.Benchmarks -v q -nologo >/dev/null
cli="dotnet src/Orkhon.Cli/bin/Release/net10.0/Orkhon.Cli.dll"
bench="dotnet bench/Orkhon.Benchmarks/bin/Release/net10.0/Orkhon.Benchmarks.dll"
file="$work/g$rows.export.CSV"
db="$work/orkhon-$rows.db"
ref="$work/sqlite3-$rows.db"

[ -f "$file" ] || $bench gdelt "$file" "$rows"
rm -f "$db" "$db-wal" "$db-shm" "$ref"

# The equivalent table: GDELT's 61 columns with their declared types, no index (what .import fills).
table=$(python3 - <<'PY'
import csv
rows = list(csv.reader(open("../shared/reference/gdelt/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv")))[1:]
kind = {"INTEGER": "INTEGER", "FLOAT": "REAL"}
print("CREATE TABLE events (" + ", ".join(f'"{r[0]}" {kind.get(r[1], "TEXT")}' for r in rows) + ");")
PY
)

measure() { # label, command...: prints a table row: wall, CPU (user+sys), rows/s by wall time, peak RSS, load average at the end
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >"$work/stdout.txt" 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; exit 1; }
  read -r secs user sys kb < "$work/time.txt"
  python3 -c "import sys; s,u,y,k,n=map(float,sys.argv[1:6]); print(f'| {sys.argv[6]} | {s:.1f} s | {u+y:.1f} s | {n/s:,.0f} | {k/1024:,.0f} MiB | {sys.argv[7]} |')" "$secs" "$user" "$sys" "$kb" "$rows" "$label" "$(cut -d' ' -f1 /proc/loadavg)"
}

echo "uptime: $(uptime)"
echo "| run ($rows rows) | wall | CPU | rows/s (wall) | peak RSS | load |"
echo "|---|---:|---:|---:|---:|---:|"
measure "sqlite3 .import into the 61-column table" sqlite3 "$ref" "$table" ".mode tabs" ".import $file events"
measure "orkhon import gdelt into an empty store" env ORKHON_DB="$db" $cli import gdelt "$file"
tail -n 1 "$work/stdout.txt"
measure "orkhon import gdelt again (idempotent)" env ORKHON_DB="$db" $cli import gdelt "$file"
tail -n 1 "$work/stdout.txt"
ls -l "$db" "$ref" | awk '{print $5, $9}'

$bench analyses "$db" MNG

if [ "$listings" = "--listings" ]; then
  for args in "events --limit 1" "events --actor MNG --partner KAZ --limit 50"; do
    /usr/bin/time -f "%e s %M KB" -o "$work/time.txt" env ORKHON_DB="$db" $cli $args --format json >/dev/null
    echo "\`orkhon $args\`: $(cat "$work/time.txt")"
  done
  # The statements QueryEvents and CountEvents run for those two listings.
  sqlite3 "$db" "EXPLAIN QUERY PLAN SELECT id FROM events WHERE 1 = 1 ORDER BY date_start ASC, date_end ASC, id ASC LIMIT 1 OFFSET 0;" \
    "EXPLAIN QUERY PLAN SELECT count(*) FROM events WHERE 1 = 1;" \
    "EXPLAIN QUERY PLAN SELECT id FROM events WHERE 1 = 1 AND source IN ('MNG', 'KAZ') AND target IN ('MNG', 'KAZ') AND (source <> target OR 'MNG' = 'KAZ') ORDER BY date_start ASC, date_end ASC, id ASC LIMIT 50 OFFSET 0;" \
    "EXPLAIN QUERY PLAN SELECT count(*) FROM events WHERE 1 = 1 AND source IN ('MNG', 'KAZ') AND target IN ('MNG', 'KAZ') AND (source <> target OR 'MNG' = 'KAZ');"
fi
