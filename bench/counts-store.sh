#!/usr/bin/env bash
# Builds a store that holds only the counts of a GDELT 2.0 Events table that sqlite3 .import filled
# (bench/scale.sh makes one), for timing the analyses on archives too large to import in a benchmark
# session: the analyses read the counts and nothing else. The dyad-day counts are written in SQL, grouped
# as `orkhon import gdelt` and bench/synthetic-store.sh store the rows (actors by CAMEO country code, the
# day, no kind, no roles), into a store set back to schema 7 (no dyad-year counts); then `orkhon init`
# applies the dyad-year migration to it, timed, as it would to an existing store. The events table stays
# empty, so the benchmark skips its steps that read events.
# Usage: bench/counts-store.sh GDELT_TABLE_DB STORE_DB
set -euo pipefail
cd "$(dirname "$0")/.."
ref=$1
db=$2
dotnet build -c Release src/Orkhon.Cli -v q -nologo >/dev/null
cli="dotnet src/Orkhon.Cli/bin/Release/net10.0/Orkhon.Cli.dll"
rm -f "$db" "$db-wal" "$db-shm"
ORKHON_DB="$db" $cli init >/dev/null
/usr/bin/time -f "dyad-day counts in SQL: %e s wall, %U s user, %S s system, %M KB peak" sqlite3 "$db" <<SQL
PRAGMA cache_size = -262144;
DELETE FROM events;
DROP TRIGGER dyad_day_counts_year_ai; DROP TRIGGER dyad_day_counts_year_ad; DROP TRIGGER dyad_day_counts_year_au; DROP TRIGGER dyad_day_counts_year_move;
DROP TABLE dyad_year_counts; DROP TABLE cameo_goldstein;
PRAGMA user_version = 7;
ATTACH '$ref' AS ref;
BEGIN IMMEDIATE;
INSERT INTO dyad_day_counts (source, target, date, date_start, date_end, cameo, kind, source_role, target_role, events)
SELECT Actor1CountryCode, Actor2CountryCode, day, day, day, EventCode, '', '', '', count(*)
FROM (SELECT Actor1CountryCode, Actor2CountryCode, EventCode, substr(SQLDATE, 1, 4) || '-' || substr(SQLDATE, 5, 2) || '-' || substr(SQLDATE, 7, 2) AS day FROM ref.events)
GROUP BY Actor1CountryCode, Actor2CountryCode, day, EventCode;
COMMIT;
SQL
# The migration to schema 8 fills the dyad-year counts from the dyad-day counts.
ORKHON_DB="$db" /usr/bin/time -f "migration (orkhon init): %e s wall, %U s user, %S s system, %M KB peak" $cli init >/dev/null
sqlite3 "$db" "SELECT 'dyad-day rows', count(*), sum(events) FROM dyad_day_counts; SELECT 'dyad-year rows', count(*), sum(events) FROM dyad_year_counts;"
