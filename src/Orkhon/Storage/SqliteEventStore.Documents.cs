using System.Globalization;
using Microsoft.Data.Sqlite;
using Orkhon.Domain;

namespace Orkhon.Storage;

public sealed partial class SqliteEventStore
{
    public bool HasDocument(string id) => ReadShared(cmd => StoredRows.HasDocument(cmd, id));

    public IngestOutcome AddDocument(Document document, IReadOnlyList<Sentence> sentences, IReadOnlyList<Event>? events = null) =>
        AddDocument(document, sentences, _ => events ?? []).Outcome;

    public (IngestOutcome Outcome, IReadOnlyList<Event> Events) AddDocument(Document document, IReadOnlyList<Sentence> sentences, Func<IEventLookup, IReadOnlyList<Event>> resolveEvents) => Guarded(() =>
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(resolveEvents);

        // BEGIN IMMEDIATE: the write lock is taken before the first read, so what the merge reads below is
        // still true when the insert commits — no other connection can write in between.
        using var tx = _connection.BeginTransaction(deferred: false);
        using (var exists = Command("", tx))
        {
            if (StoredRows.HasDocument(exists, document.Id))
            {
                return (IngestOutcome.AlreadyPresent, (IReadOnlyList<Event>)[]);
            }
        }

        IReadOnlyList<Event> events;
        _transaction = tx;
        try
        {
            events = resolveEvents(this);
        }
        finally
        {
            _transaction = null;
        }

        using (var insert = Command("""
            INSERT INTO documents (id, title, url, published, path, text, sentence_count, ingested_at)
            VALUES ($id, $title, $url, $published, $path, $text, $count, $at)
            """, tx))
        {
            insert.Parameters.AddWithValue("$id", document.Id);
            insert.Parameters.AddWithValue("$title", (object?)document.Title ?? DBNull.Value);
            insert.Parameters.AddWithValue("$url", (object?)document.Url ?? DBNull.Value);
            insert.Parameters.AddWithValue("$published", (object?)document.Published?.ToString() ?? DBNull.Value);
            insert.Parameters.AddWithValue("$path", (object?)document.Path ?? DBNull.Value);
            insert.Parameters.AddWithValue("$text", document.Text);
            insert.Parameters.AddWithValue("$count", sentences.Count);
            insert.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            insert.ExecuteNonQuery();
        }

        // One prepared statement re-bound per sentence: the bulk path of an ingest.
        using (var insert = Command("""INSERT INTO sentences (document_id, ordinal, start, "end", text) VALUES ($doc, $ordinal, $start, $end, $text)""", tx))
        {
            var doc = insert.Parameters.Add("$doc", SqliteType.Text);
            var ordinal = insert.Parameters.Add("$ordinal", SqliteType.Integer);
            var start = insert.Parameters.Add("$start", SqliteType.Integer);
            var end = insert.Parameters.Add("$end", SqliteType.Integer);
            var text = insert.Parameters.Add("$text", SqliteType.Text);
            insert.Prepare();
            doc.Value = document.Id;
            foreach (var sentence in sentences)
            {
                ordinal.Value = sentence.Ordinal;
                start.Value = sentence.Start;
                end.Value = sentence.End;
                text.Value = sentence.Text;
                insert.ExecuteNonQuery();
            }
        }

        if (events.Count > 0)
        {
            WriteEvents(events, tx);
        }

        tx.Commit();
        return (IngestOutcome.Added, events);
    });

    public Document? GetDocument(string id) => ReadShared(cmd => StoredRows.ReadDocument(cmd, id));

    public IReadOnlyList<Sentence> GetSentences(string documentId) => ReadShared(cmd => StoredRows.ReadSentences(cmd, documentId));

    public IReadOnlyList<SentenceHit> SearchSentences(string query, int limit) => Guarded(() =>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        using var cmd = Command("""
            SELECT s.document_id, d.title, s.start, s."end", s.text
            FROM sentences_fts f
            JOIN sentences s ON s.id = f.rowid
            JOIN documents d ON d.id = s.document_id
            WHERE sentences_fts MATCH $q
            ORDER BY f.rank
            LIMIT $limit
            """);
        cmd.Parameters.AddWithValue("$q", query);
        cmd.Parameters.AddWithValue("$limit", limit);
        try
        {
            using var r = cmd.ExecuteReader();
            return StoredRows.SentenceHits(r);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteCodes.Error)
        {
            // FTS5 reports a malformed query ("unterminated string", a stray operator) as a plain SQL error:
            // the caller's mistake, told in the store's own terms so no caller needs to know SQLite.
            throw new StoreException(StoreErrorKind.InvalidQuery, Path, $"not a valid search: {e.Message.Replace("SQLite Error 1: ", "", StringComparison.Ordinal)}", e);
        }
    });
}
