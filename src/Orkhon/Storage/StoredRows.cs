using System.Data.Common;
using Orkhon.Domain;

namespace Orkhon.Storage;

/// <summary>
/// Maps the rows both stores read back (same columns, same order) into domain values, so that a row means the
/// same thing whichever database it came from.
/// </summary>
internal static class StoredRows
{
    /// <summary>The columns <see cref="Events"/> reads, in its order.</summary>
    public const string EventColumns = "id, source, source_role, target, target_role, cameo, date, location, origin, confidence, kind, title";

    /// <summary>The columns <see cref="EvidencesByEvent"/> reads, in its order.</summary>
    public const string EvidenceColumns = """event_id, document_id, start, "end", sentence, source_url""";

    /// <summary>The events of <paramref name="r"/>'s rows (<see cref="EventColumns"/>), each still without its evidences.</summary>
    public static List<Event> Events(DbDataReader r)
    {
        var rows = new List<Event>();
        while (r.Read())
        {
            rows.Add(new Event(
                r.GetString(0),
                new ActorRef(r.GetString(1), StoredValues.Role(NullableString(r, 2))),
                new ActorRef(r.GetString(3), StoredValues.Role(NullableString(r, 4))),
                StoredValues.Cameo(r.GetString(5)),
                r.IsDBNull(6) ? null : FuzzyDate.Parse(r.GetString(6)),
                NullableString(r, 7),
                StoredValues.Origin(r.GetString(8)),
                r.GetDouble(9),
                [],
                StoredValues.Kind(NullableString(r, 10)),
                NullableString(r, 11)));
        }

        return rows;
    }

    /// <summary><paramref name="events"/> with the evidences <paramref name="evidences"/> holds for them.</summary>
    public static List<Event> WithEvidences(List<Event> events, Dictionary<string, List<Evidence>> evidences) =>
        events.Select(e => evidences.TryGetValue(e.Id, out var list) ? e with { Evidences = list } : e).ToList();

    /// <summary>The evidences of <paramref name="r"/>'s rows (<see cref="EvidenceColumns"/>, ordered by event), by event id.</summary>
    public static Dictionary<string, List<Evidence>> EvidencesByEvent(DbDataReader r)
    {
        var map = new Dictionary<string, List<Evidence>>(StringComparer.Ordinal);
        while (r.Read())
        {
            var id = r.GetString(0);
            if (!map.TryGetValue(id, out var list))
            {
                map[id] = list = [];
            }

            list.Add(Evidence(r));
        }

        return map;
    }

    /// <summary>Whether document <paramref name="id"/> is stored, asked with <paramref name="cmd"/>.</summary>
    public static bool HasDocument(DbCommand cmd, string id)
    {
        cmd.CommandText = "SELECT 1 FROM documents WHERE id = @id";
        SqlDialect.Bind(cmd, "@id", id);
        return cmd.ExecuteScalar() is not null;
    }

    /// <summary>The document <paramref name="id"/>, read with <paramref name="cmd"/>, or null when there is none.</summary>
    public static Document? ReadDocument(DbCommand cmd, string id)
    {
        cmd.CommandText = "SELECT id, text, title, url, published, path FROM documents WHERE id = @id";
        SqlDialect.Bind(cmd, "@id", id);
        using var r = cmd.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }

        FuzzyDate? published = r.IsDBNull(4) ? null : FuzzyDate.Parse(r.GetString(4));
        return new Document(r.GetString(0), r.GetString(1), NullableString(r, 2), NullableString(r, 3), published, NullableString(r, 5));
    }

    /// <summary>The sentences of document <paramref name="documentId"/> in order, read with <paramref name="cmd"/>.</summary>
    public static List<Sentence> ReadSentences(DbCommand cmd, string documentId)
    {
        cmd.CommandText = """SELECT ordinal, start, "end", text FROM sentences WHERE document_id = @id ORDER BY ordinal""";
        SqlDialect.Bind(cmd, "@id", documentId);
        using var r = cmd.ExecuteReader();
        var list = new List<Sentence>();
        while (r.Read())
        {
            list.Add(new Sentence(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3)));
        }

        return list;
    }

    /// <summary>The pairs and CAMEO roots of rows holding source, target and root (an import's merge targets).</summary>
    public static List<(string Source, string Target, CameoCode Root)> MergeTargets(DbDataReader r)
    {
        var list = new List<(string, string, CameoCode)>();
        while (r.Read())
        {
            list.Add((r.GetString(0), r.GetString(1), StoredValues.Cameo(r.GetString(2))));
        }

        return list;
    }

    /// <summary>The search hits of rows holding document id, title, start, end and text.</summary>
    public static List<SentenceHit> SentenceHits(DbDataReader r)
    {
        var hits = new List<SentenceHit>();
        while (r.Read())
        {
            hits.Add(new SentenceHit(r.GetString(0), NullableString(r, 1), r.GetInt32(2), r.GetInt32(3), r.GetString(4)));
        }

        return hits;
    }

    public static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    // A row is one of the two cases: a document's sentence (document, span and sentence all set) or a
    // cited source (a URL and no document); anything else was not written by this store.
    private static Evidence Evidence(DbDataReader r)
    {
        var url = NullableString(r, 5);
        if (NullableString(r, 1) is { } document)
        {
            return !r.IsDBNull(2) && !r.IsDBNull(3) && NullableString(r, 4) is { } sentence
                ? new DocumentEvidence(document, r.GetInt32(2), r.GetInt32(3), sentence, url)
                : throw new InvalidDataException($"evidence of event '{r.GetString(0)}' names document '{document}' without its sentence and span in the database");
        }

        return url is not null
            ? new SourceEvidence(url, NullableString(r, 4))
            : throw new InvalidDataException($"evidence of event '{r.GetString(0)}' has neither a document nor a source URL in the database");
    }
}
