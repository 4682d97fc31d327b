using Npgsql;
using NpgsqlTypes;
using Orkhon.Domain;

namespace Orkhon.Storage;

public sealed partial class PostgresEventStore
{
    public bool HasDocument(string id) => Guarded(() =>
    {
        using var cmd = Command("SELECT 1 FROM documents WHERE id = @id");
        cmd.Parameters.AddWithValue("id", id);
        return cmd.ExecuteScalar() is not null;
    });

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
        using (var exists = Command("SELECT 1 FROM documents WHERE id = @id"))
        {
            exists.Parameters.AddWithValue("id", document.Id);
            if (exists.ExecuteScalar() is not null)
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

    public Document? GetDocument(string id) => Guarded(() =>
    {
        using var cmd = Command("SELECT id, text, title, url, published, path FROM documents WHERE id = @id");
        cmd.Parameters.AddWithValue("id", id);
        using var r = cmd.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }

        FuzzyDate? published = r.IsDBNull(4) ? null : FuzzyDate.Parse(r.GetString(4));
        return new Document(r.GetString(0), r.GetString(1), NullableString(r, 2), NullableString(r, 3), published, NullableString(r, 5));
    });

    public IReadOnlyList<Sentence> GetSentences(string documentId) => Guarded(() =>
    {
        using var cmd = Command("""SELECT ordinal, start, "end", text FROM sentences WHERE document_id = @id ORDER BY ordinal""");
        cmd.Parameters.AddWithValue("id", documentId);
        using var r = cmd.ExecuteReader();
        var list = new List<Sentence>();
        while (r.Read())
        {
            list.Add(new Sentence(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3)));
        }

        return list;
    });

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
        var hits = new List<SentenceHit>();
        while (r.Read())
        {
            hits.Add(new SentenceHit(r.GetString(0), NullableString(r, 1), r.GetInt32(2), r.GetInt32(3), r.GetString(4)));
        }

        return hits;
    });

    private static string? NullableString(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
