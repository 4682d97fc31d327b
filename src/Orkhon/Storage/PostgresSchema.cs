namespace Orkhon.Storage;

/// <summary>
/// The PostgreSQL schema as an ordered list of forward migrations, kept like <see cref="SqliteSchema"/>'s:
/// <c>orkhon_schema.version</c> holds the number applied, and the table's presence marks the schema as
/// Orkhon's. Never edit a shipped migration: append a new one. The list starts at the SQLite schema's
/// current shape (its version 3), since no PostgreSQL store predates it; the two version numbers count
/// each backend's own steps.
/// </summary>
/// <remarks>
/// Text columns that are compared or sorted use the "C" collation, so that ordering (listings by id) and
/// prefix matching are byte-wise, as in SQLite, whatever the database's locale. Days are <c>date</c>
/// values (0001-01-01 and 9999-12-31 stand for an undated event's open ends).
/// </remarks>
internal static class PostgresSchema
{
    /// <summary>Key of the transaction-level advisory lock every writer takes: "ORKH" in ASCII, as SQLite's application id.</summary>
    public const long WriteLockKey = 0x4F524B48;

    public static readonly string[] Migrations =
    [
        // 1: documents, sentences with a full-text index, events, evidences.
        """
        CREATE TABLE orkhon_schema (
            version integer NOT NULL
        );
        INSERT INTO orkhon_schema (version) VALUES (0);

        CREATE TABLE meta (
            key   text PRIMARY KEY,
            value text NOT NULL
        );

        CREATE TABLE documents (
            id             text COLLATE "C" PRIMARY KEY,
            title          text,
            url            text,
            published      text,
            path           text,
            text           text NOT NULL,
            sentence_count integer NOT NULL,
            ingested_at    timestamptz NOT NULL
        );

        -- 'simple': lower-cased words without stemming or stop words, as FTS5's default tokenizer.
        CREATE TABLE sentences (
            id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            document_id text COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal     integer NOT NULL,
            start       integer NOT NULL,
            "end"       integer NOT NULL,
            text        text NOT NULL,
            words       tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED,
            UNIQUE (document_id, ordinal)
        );
        CREATE INDEX sentences_words ON sentences USING gin (words);

        CREATE TABLE events (
            id          text COLLATE "C" PRIMARY KEY,
            source      text COLLATE "C" NOT NULL,
            source_role text,
            target      text COLLATE "C" NOT NULL,
            target_role text,
            cameo       text COLLATE "C" NOT NULL,
            root        text COLLATE "C" GENERATED ALWAYS AS (left(cameo, 2)) STORED,
            date        text COLLATE "C",
            date_start  date NOT NULL,
            date_end    date NOT NULL,
            location    text,
            origin      text NOT NULL CHECK (origin IN ('curated', 'extracted', 'imported')),
            confidence  double precision NOT NULL,
            kind        text,
            title       text
        );
        CREATE INDEX events_source ON events (source, date_start);
        CREATE INDEX events_target ON events (target, date_start);
        CREATE INDEX events_cameo ON events (cameo);
        CREATE INDEX events_order ON events (date_start, date_end, id);
        -- A merge's lookup: one pair's dated events of one CAMEO root around a date (see SqliteSchema 2).
        CREATE INDEX events_dyad ON events (source, target, root, date_end) WHERE date IS NOT NULL;

        CREATE TABLE evidences (
            id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            event_id    text COLLATE "C" NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            key         text COLLATE "C" NOT NULL,
            document_id text COLLATE "C" REFERENCES documents(id) ON DELETE CASCADE,
            start       integer,
            "end"       integer,
            sentence    text,
            source_url  text,
            UNIQUE (event_id, key)
        );
        CREATE INDEX evidences_document ON evidences (document_id);
        """,

        // 2: dyad-day counts, as SQLite's migration 4 (docs/storage.md, "Dyad-day counts"), kept by
        // statement-level triggers: each sees the whole statement's rows at once (transition tables), so a
        // batch merged from COPY updates each count once per statement, not once per event. An update
        // moves only the events whose counted columns changed. Built here from the events already stored.
        """
        CREATE TABLE dyad_day_counts (
            source      text COLLATE "C" NOT NULL,
            target      text COLLATE "C" NOT NULL,
            date        text COLLATE "C" NOT NULL,
            date_start  date NOT NULL,
            date_end    date NOT NULL,
            cameo       text COLLATE "C" NOT NULL,
            kind        text COLLATE "C" NOT NULL,
            source_role text COLLATE "C" NOT NULL,
            target_role text COLLATE "C" NOT NULL,
            events      integer NOT NULL CHECK (events > 0),
            PRIMARY KEY (source, target, date, cameo, kind, source_role, target_role)
        );
        CREATE INDEX dyad_day_counts_target ON dyad_day_counts (target, source);

        INSERT INTO dyad_day_counts (source, target, date, date_start, date_end, cameo, kind, source_role, target_role, events)
        SELECT source, target, coalesce(date, ''), min(date_start), min(date_end), cameo, coalesce(kind, ''), coalesce(source_role, ''), coalesce(target_role, ''), count(*)
        FROM events
        GROUP BY source, target, coalesce(date, ''), cameo, coalesce(kind, ''), coalesce(source_role, ''), coalesce(target_role, '');

        -- Adds the events of the transition table "added", grouped.
        CREATE FUNCTION dyad_day_counts_add() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO dyad_day_counts AS c (source, target, date, date_start, date_end, cameo, kind, source_role, target_role, events)
            SELECT source, target, coalesce(date, ''), min(date_start), min(date_end), cameo, coalesce(kind, ''), coalesce(source_role, ''), coalesce(target_role, ''), count(*)
            FROM added
            GROUP BY source, target, coalesce(date, ''), cameo, coalesce(kind, ''), coalesce(source_role, ''), coalesce(target_role, '')
            ON CONFLICT (source, target, date, cameo, kind, source_role, target_role) DO UPDATE SET events = c.events + excluded.events;
            RETURN NULL;
        END $$;

        -- Takes away the events of the transition table "removed", deleting the rows that reach zero.
        CREATE FUNCTION dyad_day_counts_remove() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            DELETE FROM dyad_day_counts c USING (
                SELECT source, target, coalesce(date, '') AS date, cameo, coalesce(kind, '') AS kind,
                       coalesce(source_role, '') AS source_role, coalesce(target_role, '') AS target_role, count(*)::int AS n
                FROM removed GROUP BY 1, 2, 3, 4, 5, 6, 7) g
            WHERE (c.source, c.target, c.date, c.cameo, c.kind, c.source_role, c.target_role) = (g.source, g.target, g.date, g.cameo, g.kind, g.source_role, g.target_role)
              AND c.events <= g.n;
            UPDATE dyad_day_counts c SET events = c.events - g.n FROM (
                SELECT source, target, coalesce(date, '') AS date, cameo, coalesce(kind, '') AS kind,
                       coalesce(source_role, '') AS source_role, coalesce(target_role, '') AS target_role, count(*)::int AS n
                FROM removed GROUP BY 1, 2, 3, 4, 5, 6, 7) g
            WHERE (c.source, c.target, c.date, c.cameo, c.kind, c.source_role, c.target_role) = (g.source, g.target, g.date, g.cameo, g.kind, g.source_role, g.target_role)
              AND c.events > g.n;
            RETURN NULL;
        END $$;

        -- An update: only the events whose counted columns changed leave their old rows and join their new
        -- ones, so a re-import (the same values written again) costs one join and changes nothing.
        CREATE FUNCTION dyad_day_counts_move() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            DELETE FROM dyad_day_counts c USING (
                SELECT o.source, o.target, coalesce(o.date, '') AS date, o.cameo, coalesce(o.kind, '') AS kind,
                       coalesce(o.source_role, '') AS source_role, coalesce(o.target_role, '') AS target_role, count(*)::int AS n
                FROM removed o JOIN added a ON a.id = o.id
                WHERE (o.source, o.target, o.date, o.cameo, o.kind, o.source_role, o.target_role)
                      IS DISTINCT FROM (a.source, a.target, a.date, a.cameo, a.kind, a.source_role, a.target_role)
                GROUP BY 1, 2, 3, 4, 5, 6, 7) g
            WHERE (c.source, c.target, c.date, c.cameo, c.kind, c.source_role, c.target_role) = (g.source, g.target, g.date, g.cameo, g.kind, g.source_role, g.target_role)
              AND c.events <= g.n;
            UPDATE dyad_day_counts c SET events = c.events - g.n FROM (
                SELECT o.source, o.target, coalesce(o.date, '') AS date, o.cameo, coalesce(o.kind, '') AS kind,
                       coalesce(o.source_role, '') AS source_role, coalesce(o.target_role, '') AS target_role, count(*)::int AS n
                FROM removed o JOIN added a ON a.id = o.id
                WHERE (o.source, o.target, o.date, o.cameo, o.kind, o.source_role, o.target_role)
                      IS DISTINCT FROM (a.source, a.target, a.date, a.cameo, a.kind, a.source_role, a.target_role)
                GROUP BY 1, 2, 3, 4, 5, 6, 7) g
            WHERE (c.source, c.target, c.date, c.cameo, c.kind, c.source_role, c.target_role) = (g.source, g.target, g.date, g.cameo, g.kind, g.source_role, g.target_role)
              AND c.events > g.n;
            INSERT INTO dyad_day_counts AS c (source, target, date, date_start, date_end, cameo, kind, source_role, target_role, events)
            SELECT a.source, a.target, coalesce(a.date, ''), min(a.date_start), min(a.date_end), a.cameo, coalesce(a.kind, ''), coalesce(a.source_role, ''), coalesce(a.target_role, ''), count(*)
            FROM added a JOIN removed o ON o.id = a.id
            WHERE (o.source, o.target, o.date, o.cameo, o.kind, o.source_role, o.target_role)
                  IS DISTINCT FROM (a.source, a.target, a.date, a.cameo, a.kind, a.source_role, a.target_role)
            GROUP BY a.source, a.target, coalesce(a.date, ''), a.cameo, coalesce(a.kind, ''), coalesce(a.source_role, ''), coalesce(a.target_role, '')
            ON CONFLICT (source, target, date, cameo, kind, source_role, target_role) DO UPDATE SET events = c.events + excluded.events;
            RETURN NULL;
        END $$;

        CREATE TRIGGER events_counts_insert AFTER INSERT ON events
            REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION dyad_day_counts_add();
        CREATE TRIGGER events_counts_delete AFTER DELETE ON events
            REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION dyad_day_counts_remove();
        CREATE TRIGGER events_counts_update AFTER UPDATE ON events
            REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION dyad_day_counts_move();
        """,

        // 3: the pairs and roots an import can merge into (IImportBatch.MergeTargets), from a partial index
        // of the dated curated and extracted events only, as SQLite's migration 5.
        """
        CREATE INDEX events_merge_targets ON events (source, target, root) WHERE origin <> 'imported' AND date IS NOT NULL;
        """,

        // 4: imported PLOVER records with no one CAMEO code, as SQLite's migration 7.
        """
        CREATE TABLE plover_events (
            id         text COLLATE "C" PRIMARY KEY,
            type       text NOT NULL,
            mode       text,
            contexts   text,
            source     text COLLATE "C" NOT NULL,
            target     text COLLATE "C" NOT NULL,
            date       text COLLATE "C",
            date_start date NOT NULL,
            date_end   date NOT NULL,
            location   text,
            text       text,
            evidence   text,
            origin     text NOT NULL CHECK (origin = 'imported')
        );
        CREATE INDEX plover_events_source ON plover_events (source, date_start);
        CREATE INDEX plover_events_target ON plover_events (target, date_start);
        CREATE INDEX plover_events_order ON plover_events (date_start, date_end, id);
        """,

        // 5: dyad-year counts, as SQLite's migration 8, kept by statement-level triggers on dyad_day_counts
        // (one grouped statement per write statement). Built here from the dyad-day counts.
        DyadYearCountSql.PostgresMigration(),

        // 6: evidences_document indexes only the evidences that have a document. Imported evidences (a source
        // URL) have none, and a NULL key is never searched (a document's evidences are found by
        // document_id = …, which implies IS NOT NULL), so an import no longer writes one index entry per row.
        """
        DROP INDEX evidences_document;
        CREATE INDEX evidences_document ON evidences (document_id) WHERE document_id IS NOT NULL;
        """,
    ];

    public static int LatestVersion => Migrations.Length;

    /// <summary>
    /// Session-local staging tables for binary COPY: rows are streamed here, then merged into the real tables
    /// with one INSERT … ON CONFLICT per batch. <c>seq</c> keeps the order of writes, so a later write of the
    /// same event or evidence wins and new evidences keep the order they were written in.
    /// </summary>
    public const string StagingTables = """
        CREATE TEMP TABLE IF NOT EXISTS stage_events (
            seq bigint NOT NULL, id text COLLATE "C" NOT NULL, source text NOT NULL, source_role text, target text NOT NULL, target_role text,
            cameo text NOT NULL, date text, date_start date NOT NULL, date_end date NOT NULL, location text, origin text NOT NULL,
            confidence double precision NOT NULL, kind text, title text
        );
        CREATE TEMP TABLE IF NOT EXISTS stage_evidences (
            seq bigint NOT NULL, event_id text COLLATE "C" NOT NULL, key text COLLATE "C" NOT NULL, document_id text, start integer, "end" integer,
            sentence text, source_url text
        );
        CREATE TEMP TABLE IF NOT EXISTS stage_stored (
            id text COLLATE "C" PRIMARY KEY
        );
        """;

    /// <summary>
    /// Fills <c>stage_stored</c> with the stored event ids between the staged batch's lowest and highest id,
    /// at most <c>@cap</c> of them: one range scan of the primary key, since an import's ids are mostly
    /// consecutive (GDELT's and ICEWS's numbers, in file order). The caller learns from the row count whether
    /// the range held more (the cap was reached) and then merges with <see cref="MergeStaged"/> instead.
    /// </summary>
    public const string FindStoredStaged = """
        INSERT INTO stage_stored (id)
        SELECT e.id
        FROM (SELECT min(id) AS lo, max(id) AS hi FROM stage_events) b
        JOIN LATERAL (SELECT id FROM events WHERE id >= b.lo AND id <= b.hi ORDER BY id LIMIT @cap) e ON true;
        """;

    /// <summary>
    /// <see cref="MergeStaged"/> when <c>stage_stored</c> holds every stored id the batch could name: events
    /// not stored yet, and their evidences, go in with a plain INSERT (no conflict is possible under the write
    /// lock: an event not stored has no evidences), which spares each row ON CONFLICT's extra index probe and
    /// its confirmation record in the WAL; only the events already stored take the upsert path.
    /// </summary>
    public const string MergeStagedSplit = """
        INSERT INTO events (id, source, source_role, target, target_role, cameo, date, date_start, date_end, location, origin, confidence, kind, title)
        SELECT DISTINCT ON (id) id, source, source_role, target, target_role, cameo, date, date_start, date_end, location, origin, confidence, kind, title
        FROM stage_events s
        WHERE NOT EXISTS (SELECT 1 FROM stage_stored k WHERE k.id = s.id)
        ORDER BY id, seq DESC;

        INSERT INTO evidences (event_id, key, document_id, start, "end", sentence, source_url)
        SELECT event_id, key, document_id, start, "end", sentence, source_url
        FROM (SELECT *, min(seq) OVER same AS first_seq, row_number() OVER (PARTITION BY event_id, key ORDER BY seq DESC) AS latest
              FROM stage_evidences v
              WHERE NOT EXISTS (SELECT 1 FROM stage_stored k WHERE k.id = v.event_id)
              WINDOW same AS (PARTITION BY event_id, key)) s
        WHERE latest = 1
        ORDER BY first_seq;

        DELETE FROM stage_events s WHERE NOT EXISTS (SELECT 1 FROM stage_stored k WHERE k.id = s.id);
        DELETE FROM stage_evidences v WHERE NOT EXISTS (SELECT 1 FROM stage_stored k WHERE k.id = v.event_id);
        """ + MergeStaged;

    /// <summary>
    /// Moves the staged rows into the store (the later write of one id wins) and empties the staging tables. A
    /// stored row whose values are the same is left alone: no new row version, no index entry, no WAL, so a
    /// re-import writes next to nothing.
    /// </summary>
    public const string MergeStaged = """
        INSERT INTO events (id, source, source_role, target, target_role, cameo, date, date_start, date_end, location, origin, confidence, kind, title)
        SELECT DISTINCT ON (id) id, source, source_role, target, target_role, cameo, date, date_start, date_end, location, origin, confidence, kind, title
        FROM stage_events
        ORDER BY id, seq DESC
        ON CONFLICT (id) DO UPDATE SET
            source = excluded.source, source_role = excluded.source_role, target = excluded.target, target_role = excluded.target_role,
            cameo = excluded.cameo, date = excluded.date, location = excluded.location, origin = excluded.origin,
            confidence = excluded.confidence, kind = excluded.kind, title = excluded.title,
            date_start = excluded.date_start, date_end = excluded.date_end
        WHERE (events.source, events.source_role, events.target, events.target_role, events.cameo, events.date, events.location, events.origin,
               events.confidence, events.kind, events.title, events.date_start, events.date_end)
              IS DISTINCT FROM (excluded.source, excluded.source_role, excluded.target, excluded.target_role, excluded.cameo, excluded.date, excluded.location,
               excluded.origin, excluded.confidence, excluded.kind, excluded.title, excluded.date_start, excluded.date_end);

        INSERT INTO evidences (event_id, key, document_id, start, "end", sentence, source_url)
        SELECT event_id, key, document_id, start, "end", sentence, source_url
        FROM (SELECT *, min(seq) OVER same AS first_seq, row_number() OVER (PARTITION BY event_id, key ORDER BY seq DESC) AS latest
              FROM stage_evidences
              WINDOW same AS (PARTITION BY event_id, key)) s
        WHERE latest = 1
        ORDER BY first_seq
        ON CONFLICT (event_id, key) DO UPDATE SET sentence = excluded.sentence, source_url = excluded.source_url
        WHERE (evidences.sentence, evidences.source_url) IS DISTINCT FROM (excluded.sentence, excluded.source_url);

        TRUNCATE stage_events, stage_evidences, stage_stored;
        """;
}
