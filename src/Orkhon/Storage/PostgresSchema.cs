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
        """;

    /// <summary>Moves the staged rows into the store (the later write of one id wins) and empties the staging tables.</summary>
    public const string MergeStaged = """
        INSERT INTO events (id, source, source_role, target, target_role, cameo, date, date_start, date_end, location, origin, confidence, kind, title)
        SELECT DISTINCT ON (id) id, source, source_role, target, target_role, cameo, date, date_start, date_end, location, origin, confidence, kind, title
        FROM stage_events
        ORDER BY id, seq DESC
        ON CONFLICT (id) DO UPDATE SET
            source = excluded.source, source_role = excluded.source_role, target = excluded.target, target_role = excluded.target_role,
            cameo = excluded.cameo, date = excluded.date, location = excluded.location, origin = excluded.origin,
            confidence = excluded.confidence, kind = excluded.kind, title = excluded.title,
            date_start = excluded.date_start, date_end = excluded.date_end;

        INSERT INTO evidences (event_id, key, document_id, start, "end", sentence, source_url)
        SELECT event_id, key, document_id, start, "end", sentence, source_url
        FROM (SELECT *, min(seq) OVER same AS first_seq, row_number() OVER (PARTITION BY event_id, key ORDER BY seq DESC) AS latest
              FROM stage_evidences
              WINDOW same AS (PARTITION BY event_id, key)) s
        WHERE latest = 1
        ORDER BY first_seq
        ON CONFLICT (event_id, key) DO UPDATE SET sentence = excluded.sentence, source_url = excluded.source_url;

        TRUNCATE stage_events, stage_evidences;
        """;
}
