namespace Orkhon.Storage;

/// <summary>
/// The SQLite schema as an ordered list of forward migrations. The database's <c>user_version</c>
/// holds the number of migrations applied; <c>application_id</c> marks the file as Orkhon's.
/// Never edit a shipped migration: append a new one.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>"ORKH" in ASCII: lets us tell our files from other SQLite databases.</summary>
    public const int ApplicationId = 0x4F524B48;

    public static readonly string[] Migrations =
    [
        // 1: documents, sentences with full-text index, events, evidences.
        """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );

        CREATE TABLE documents (
            id             TEXT PRIMARY KEY,
            title          TEXT,
            url            TEXT,
            published      TEXT,
            path           TEXT,
            text           TEXT NOT NULL,
            sentence_count INTEGER NOT NULL,
            ingested_at    TEXT NOT NULL
        );

        CREATE TABLE sentences (
            id          INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal     INTEGER NOT NULL,
            start       INTEGER NOT NULL,
            "end"       INTEGER NOT NULL,
            text        TEXT NOT NULL,
            UNIQUE (document_id, ordinal)
        );

        CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id');

        CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
            INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
        END;

        CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
            INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;

        CREATE TABLE actors (
            code TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            name TEXT NOT NULL
        );

        CREATE TABLE events (
            id          TEXT PRIMARY KEY,
            source      TEXT NOT NULL,
            source_role TEXT,
            target      TEXT NOT NULL,
            target_role TEXT,
            cameo       TEXT NOT NULL,
            date        TEXT,
            date_start  TEXT NOT NULL,
            date_end    TEXT NOT NULL,
            location    TEXT,
            origin      TEXT NOT NULL CHECK (origin IN ('curated', 'extracted', 'imported')),
            confidence  REAL NOT NULL,
            kind        TEXT,
            title       TEXT
        );

        CREATE INDEX events_source ON events(source, date_start);
        CREATE INDEX events_target ON events(target, date_start);
        CREATE INDEX events_date ON events(date_start);
        CREATE INDEX events_cameo ON events(cameo);

        CREATE TABLE evidences (
            id          INTEGER PRIMARY KEY,
            event_id    TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            key         TEXT NOT NULL,
            document_id TEXT REFERENCES documents(id) ON DELETE CASCADE,
            start       INTEGER,
            "end"       INTEGER,
            sentence    TEXT,
            source_url  TEXT,
            UNIQUE (event_id, key)
        );

        CREATE INDEX evidences_document ON evidences(document_id);
        """,

        // 2: merging a new mention looks for the pair's dated events of one CAMEO root that overlap its
        // date. Indexed on the pair and the root (a virtual column: no space in the table), so the lookup
        // reads that pair's few events instead of every event of the busier actor; by date_end because new
        // articles mostly tell recent events, which few stored events end after; dated events only, because
        // an undated event spans every day and would be read by every lookup.
        """
        ALTER TABLE events ADD COLUMN root TEXT GENERATED ALWAYS AS (substr(cameo, 1, 2)) VIRTUAL;
        CREATE INDEX events_dyad ON events(source, target, root, date_end) WHERE date IS NOT NULL;
        """,

        // 3: listings are ordered by (date_start, date_end, id): one index in that order lets "the first N"
        // stop after N rows instead of sorting every event (it replaces events_date, its prefix). The
        // actors table was never written: actors live in the embedded reference data.
        """
        CREATE INDEX events_order ON events(date_start, date_end, id);
        DROP INDEX events_date;
        DROP TABLE actors;
        """,

        // 4: the analyses read how many events share each dyad, date, CAMEO code, kind and pair of roles
        // instead of every event (docs/storage.md, "Dyad-day counts"). The date is kept at its own
        // precision ('' when undated): a month-dated event is counted in its month, never on a day, so a
        // period or a pillar's validity takes it exactly when it takes the raw event. Triggers keep the
        // counts in the transaction of every write; an update that leaves the counted columns alone (a
        // re-import, a new evidence) does not touch them. Built here from the events already stored.
        """
        CREATE TABLE dyad_day_counts (
            source      TEXT NOT NULL,
            target      TEXT NOT NULL,
            date        TEXT NOT NULL,
            date_start  TEXT NOT NULL,
            date_end    TEXT NOT NULL,
            cameo       TEXT NOT NULL,
            kind        TEXT NOT NULL,
            source_role TEXT NOT NULL,
            target_role TEXT NOT NULL,
            events      INTEGER NOT NULL CHECK (events > 0),
            PRIMARY KEY (source, target, date, cameo, kind, source_role, target_role)
        ) WITHOUT ROWID;

        CREATE INDEX dyad_day_counts_target ON dyad_day_counts(target, source, date, cameo, kind, source_role, target_role, date_start, date_end, events);

        INSERT INTO dyad_day_counts (source, target, date, date_start, date_end, cameo, kind, source_role, target_role, events)
        SELECT source, target, coalesce(date, ''), date_start, date_end, cameo, coalesce(kind, ''), coalesce(source_role, ''), coalesce(target_role, ''), count(*)
        FROM events
        GROUP BY source, target, coalesce(date, ''), cameo, coalesce(kind, ''), coalesce(source_role, ''), coalesce(target_role, '');

        CREATE TRIGGER events_count_ai AFTER INSERT ON events BEGIN
            INSERT INTO dyad_day_counts (source, target, date, date_start, date_end, cameo, kind, source_role, target_role, events)
            VALUES (new.source, new.target, coalesce(new.date, ''), new.date_start, new.date_end, new.cameo, coalesce(new.kind, ''), coalesce(new.source_role, ''), coalesce(new.target_role, ''), 1)
            ON CONFLICT (source, target, date, cameo, kind, source_role, target_role) DO UPDATE SET events = events + 1;
        END;

        CREATE TRIGGER events_count_ad AFTER DELETE ON events BEGIN
            DELETE FROM dyad_day_counts
            WHERE source = old.source AND target = old.target AND date = coalesce(old.date, '') AND cameo = old.cameo
              AND kind = coalesce(old.kind, '') AND source_role = coalesce(old.source_role, '') AND target_role = coalesce(old.target_role, '')
              AND events = 1;
            UPDATE dyad_day_counts SET events = events - 1
            WHERE source = old.source AND target = old.target AND date = coalesce(old.date, '') AND cameo = old.cameo
              AND kind = coalesce(old.kind, '') AND source_role = coalesce(old.source_role, '') AND target_role = coalesce(old.target_role, '')
              AND events > 1;
        END;

        CREATE TRIGGER events_count_au AFTER UPDATE ON events
        WHEN old.source IS NOT new.source OR old.target IS NOT new.target OR old.date IS NOT new.date OR old.cameo IS NOT new.cameo
          OR old.kind IS NOT new.kind OR old.source_role IS NOT new.source_role OR old.target_role IS NOT new.target_role
        BEGIN
            DELETE FROM dyad_day_counts
            WHERE source = old.source AND target = old.target AND date = coalesce(old.date, '') AND cameo = old.cameo
              AND kind = coalesce(old.kind, '') AND source_role = coalesce(old.source_role, '') AND target_role = coalesce(old.target_role, '')
              AND events = 1;
            UPDATE dyad_day_counts SET events = events - 1
            WHERE source = old.source AND target = old.target AND date = coalesce(old.date, '') AND cameo = old.cameo
              AND kind = coalesce(old.kind, '') AND source_role = coalesce(old.source_role, '') AND target_role = coalesce(old.target_role, '')
              AND events > 1;
            INSERT INTO dyad_day_counts (source, target, date, date_start, date_end, cameo, kind, source_role, target_role, events)
            VALUES (new.source, new.target, coalesce(new.date, ''), new.date_start, new.date_end, new.cameo, coalesce(new.kind, ''), coalesce(new.source_role, ''), coalesce(new.target_role, ''), 1)
            ON CONFLICT (source, target, date, cameo, kind, source_role, target_role) DO UPDATE SET events = events + 1;
        END;
        """,

        // 5: an import merges rows only into dated curated or extracted events, and asks once per file
        // which pairs and roots have any (IImportBatch.MergeTargets). A partial index of just those events
        // answers from a few thousand entries instead of scanning every imported event; imported rows,
        // nearly all of a large store, are not in it and cost it nothing to write.
        """
        CREATE INDEX events_merge_targets ON events(source, target, root) WHERE origin <> 'imported' AND date IS NOT NULL;
        """,

        // 6: no statement searches events_cameo: SQLite cannot turn substr(cameo, 1, n) = ? into a range, and
        // a prefix of two or more characters is searched through root. It served only as the narrowest index
        // to scan for a count, which events_source does nearly as well, and cost every stored row a B-tree
        // write. (PostgreSQL keeps its events_cameo: there starts_with on a "C"-collated column is a range.)
        """
        DROP INDEX events_cameo;
        """,

        // 7: imported PLOVER records with no one CAMEO code (Domain.PloverEvent), kept in PLOVER's terms so an
        // import loses nothing. A table of their own: the events table, its counts and every analysis hold
        // CAMEO codes only. Actor and date columns are named as the events' (one query filter serves both).
        """
        CREATE TABLE plover_events (
            id         TEXT PRIMARY KEY,
            type       TEXT NOT NULL,
            mode       TEXT,
            contexts   TEXT,
            source     TEXT NOT NULL,
            target     TEXT NOT NULL,
            date       TEXT,
            date_start TEXT NOT NULL,
            date_end   TEXT NOT NULL,
            location   TEXT,
            text       TEXT,
            evidence   TEXT,
            origin     TEXT NOT NULL CHECK (origin = 'imported')
        );

        CREATE INDEX plover_events_source ON plover_events(source, date_start);
        CREATE INDEX plover_events_target ON plover_events(target, date_start);
        CREATE INDEX plover_events_order ON plover_events(date_start, date_end, id);
        """,

        // 8: dyad-year counts (docs/storage.md, "Dyad-year counts"): the dyad-day counts by year and by what a
        // code means to the analyses, with Goldstein values summed in tenths, so a request whose boundaries
        // fall on years reads a few rows per dyad and year instead of one per event. Row triggers on
        // dyad_day_counts keep them, so every write that keeps those (the events' triggers, an import's
        // grouped batches) keeps these in the same transaction. Built here from the dyad-day counts.
        DyadYearCountSql.SqliteMigration(),
    ];

    public static int LatestVersion => Migrations.Length;
}
