using Npgsql;
using NpgsqlTypes;
using Orkhon.Domain;

namespace Orkhon.Storage;

public sealed partial class PostgresEventStore
{
    public bool HasDocument(string id) => ReadShared(cmd => StoredRows.HasDocument(cmd, id));

    public IngestOutcome AddDocument(Document document, IReadOnlyList<Sentence> sentences, IReadOnlyList<Event>? events = null) =>
        AddDocument(document, sentences, _ => events ?? []).Outcome;

    public (IngestOutcome Outcome, IReadOnlyList<Event> Events) AddDocument(Document document, IReadOnlyList<Sentence> sentences, Func<IEventLookup, IReadOnlyList<Event>> resolveEvents) => Guarded(() =>
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(resolveEvents);

        // The write lock first, then the reads: what the merge reads below is still true when the insert
        // commits, since no other writer can commit in between.
        using var tx = BeginWrite();
        using (var exists = Command(""))
        {
            if (StoredRows.HasDocument(exists, document.Id))
            {
                return (IngestOutcome.AlreadyPresent, (IReadOnlyList<Event>)[]);
            }
        }

        var events = resolveEvents(this);
        using (var insert = Command("""
            INSERT INTO documents (id, title, url, published, path, text, sentence_count, ingested_at)
            VALUES (@id, @title, @url, @published, @path, @text, @count, now())
            """))
        {
            insert.Parameters.AddWithValue("id", document.Id);
            insert.Parameters.AddWithValue("title", NpgsqlDbType.Text, (object?)document.Title ?? DBNull.Value);
            insert.Parameters.AddWithValue("url", NpgsqlDbType.Text, (object?)document.Url ?? DBNull.Value);
            insert.Parameters.AddWithValue("published", NpgsqlDbType.Text, (object?)document.Published?.ToString() ?? DBNull.Value);
            insert.Parameters.AddWithValue("path", NpgsqlDbType.Text, (object?)document.Path ?? DBNull.Value);
            insert.Parameters.AddWithValue("text", document.Text);
            insert.Parameters.AddWithValue("count", sentences.Count);
            insert.ExecuteNonQuery();
        }

        // The sentences of a long document by binary COPY: one round trip instead of one per sentence.
        using (var copy = _connection.BeginBinaryImport("""COPY sentences (document_id, ordinal, start, "end", text) FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var sentence in sentences)
            {
                copy.StartRow();
                copy.Write(document.Id, NpgsqlDbType.Text);
                copy.Write(sentence.Ordinal, NpgsqlDbType.Integer);
                copy.Write(sentence.Start, NpgsqlDbType.Integer);
                copy.Write(sentence.End, NpgsqlDbType.Integer);
                copy.Write(sentence.Text, NpgsqlDbType.Text);
            }

            copy.Complete();
        }

        if (events.Count > 0)
        {
            using var writer = new StagedEventWriter(this);
            writer.WriteAll(events);
            writer.Flush();
        }

        tx.Commit();
        return (IngestOutcome.Added, events);
    });

    public Document? GetDocument(string id) => ReadShared(cmd => StoredRows.ReadDocument(cmd, id));

    public IReadOnlyList<Sentence> GetSentences(string documentId) => ReadShared(cmd => StoredRows.ReadSentences(cmd, documentId));

    /// <summary>
    /// Full-text search with PostgreSQL's web-search syntax (<c>websearch_to_tsquery</c>): words must all
    /// occur, <c>"a phrase"</c> in order, <c>or</c> between alternatives, <c>-word</c> to exclude. FTS5's
    /// simple cases mean the same (bare words, quoted phrases, OR); its <c>NOT</c>, <c>NEAR</c>, column
    /// filters and <c>word*</c> prefixes do not. Never a syntax error: unusable text just finds nothing.
    /// </summary>
    public IReadOnlyList<SentenceHit> SearchSentences(string query, int limit) => Guarded(() =>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        using var cmd = Command("""
            SELECT s.document_id, d.title, s.start, s."end", s.text
            FROM sentences s
            JOIN documents d ON d.id = s.document_id,
                 websearch_to_tsquery('simple', @q) q
            WHERE s.words @@ q
            ORDER BY ts_rank(s.words, q) DESC, s.id
            LIMIT @limit
            """);
        cmd.Parameters.AddWithValue("q", query);
        cmd.Parameters.AddWithValue("limit", limit);
        using var r = cmd.ExecuteReader();
        return StoredRows.SentenceHits(r);
    });
}
