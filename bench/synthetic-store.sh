#!/usr/bin/env bash
# Builds an Orkhon store from a GDELT 2.0 Events table that sqlite3 .import filled (bench/scale.sh makes
# one), in SQL: the rows become imported events with their source URL, as `orkhon import gdelt` stores
# them (id gdelt-N, actors by CAMEO country code, the day, ActionGeo_FullName as location, confidence 0.6),
# through the store's own schema, so the triggers keep the dyad-day counts as for any write. Used for
# stores too large to import in the time a benchmark session has; bench/scale.sh checks at 10^6 rows that
# it gives the same counts as the import.
# Usage: bench/synthetic-store.sh GDELT_TABLE_DB STORE_DB
set -euo pipefail
cd "$(dirname "$0")/.."
ref=$1
db=$2
dotnet build -c Release src/Orkhon.Cli -v q -nologo >/dev/null
rm -f "$db" "$db-wal" "$db-shm"
ORKHON_DB="$db" dotnet src/Orkhon.Cli/bin/Release/net10.0/Orkhon.Cli.dll init >/dev/null
sqlite3 "$db" <<SQL
PRAGMA cache_size = -262144;
ATTACH '$ref' AS ref;
BEGIN IMMEDIATE;
INSERT INTO events (id, source, target, cameo, date, date_start, date_end, location, origin, confidence)
SELECT 'gdelt-' || GLOBALEVENTID, Actor1CountryCode, Actor2CountryCode, EventCode, day, day, day, nullif(ActionGeo_FullName, ''), 'imported', 0.6
FROM (SELECT *, substr(SQLDATE, 1, 4) || '-' || substr(SQLDATE, 5, 2) || '-' || substr(SQLDATE, 7, 2) AS day FROM ref.events);
INSERT INTO evidences (event_id, key, sentence, source_url)
SELECT 'gdelt-' || GLOBALEVENTID, 'url:' || SOURCEURL, 'GDELT event ' || GLOBALEVENTID, SOURCEURL FROM ref.events;
COMMIT;
SQL
