using System.Security.Cryptography;
using System.Text;
using Orkhon.Domain;

namespace Orkhon.Knowledge;

/// <summary>
/// The curated, sourced record of a country's foreign relations that ships with the product, one slice per
/// country (<c>data/knowledge/mongolia.tsv</c>, <c>kazakhstan.tsv</c>): one <see cref="Event"/> per row,
/// origin <see cref="EventOrigin.Curated"/>. <see cref="Shipped"/> is every slice together, the store's curated events.
/// </summary>
public sealed class KnowledgeBase
{
    /// <summary>How the file's confidence labels map onto the [0, 1] scale events use.</summary>
    public static readonly IReadOnlyDictionary<string, double> ConfidenceScale = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["high"] = 0.9,
        ["medium"] = 0.6,
        ["low"] = 0.3,
    };

    private static readonly Lazy<KnowledgeBase> s_mongolia = new(() => Load(EmbeddedData.ReadTable(EmbeddedData.MongoliaKnowledgeBase), CameoCatalog.Default, ReferenceData.Default));

    private static readonly Lazy<KnowledgeBase> s_kazakhstan = new(() => Load(EmbeddedData.ReadTable(EmbeddedData.KazakhstanKnowledgeBase), CameoCatalog.Default, ReferenceData.Default));

    private static readonly Lazy<IReadOnlyList<KnowledgeBase>> s_slices = new(() => [.. EmbeddedData.Names("knowledge.").Select(n =>
        n == EmbeddedData.MongoliaKnowledgeBase ? Mongolia
        : n == EmbeddedData.KazakhstanKnowledgeBase ? Kazakhstan
        : Load(EmbeddedData.ReadTable(n), CameoCatalog.Default, ReferenceData.Default))]);

    private static readonly Lazy<KnowledgeBase> s_shipped = new(() => Merge(Slices));

    private KnowledgeBase(IReadOnlyList<Event> events, string version)
    {
        Events = events;
        Version = version;
    }

    /// <summary>Mongolia's foreign relations since 1987: the product's default data.</summary>
    public static KnowledgeBase Mongolia => s_mongolia.Value;

    /// <summary>Kazakhstan's foreign relations since 1991, the second country's slice.</summary>
    public static KnowledgeBase Kazakhstan => s_kazakhstan.Value;

    /// <summary>Every slice in <c>data/knowledge/</c>, one per country, each on its own.</summary>
    public static IReadOnlyList<KnowledgeBase> Slices => s_slices.Value;

    /// <summary>Every slice in <c>data/knowledge/</c> together: what a store holds as its curated events.</summary>
    public static KnowledgeBase Shipped => s_shipped.Value;

    public IReadOnlyList<Event> Events { get; }

    /// <summary>A hash of the content, so a store can tell whether it holds this exact version.</summary>
    public string Version { get; }

    /// <summary>
    /// Slices joined into one record. An id in two slices is refused: each event lives in one file (an event
    /// between two covered countries, such as a Kazakh–Mongolian visit, is filed in the older slice only, so
    /// it is never counted twice).
    /// </summary>
    public static KnowledgeBase Merge(IReadOnlyList<KnowledgeBase> slices)
    {
        ArgumentNullException.ThrowIfNull(slices);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = slices.SelectMany(k => k.Events).Where(e => !ids.Add(e.Id)).Select(e => e.Id).ToList();
        if (duplicates.Count > 0)
        {
            throw new DataFileException([.. duplicates.Select(d => new DataFileError("data/knowledge", 0, $"event id '{d}' is in two knowledge-base files"))]);
        }

        var version = slices.Count == 1
            ? slices[0].Version
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', slices.Select(k => k.Version)))))[..16];
        return new KnowledgeBase([.. slices.SelectMany(k => k.Events)], version);
    }

    /// <summary>Loads and validates a knowledge-base table; every bad row is reported with its line.</summary>
    public static KnowledgeBase Load(TsvTable table, CameoCatalog cameo, ReferenceData reference)
    {
        int id = table.ColumnIndex("id"), date = table.ColumnIndex("date"), source = table.ColumnIndex("source"), target = table.ColumnIndex("target"),
            kind = table.ColumnIndex("kind"), code = table.ColumnIndex("cameo"), title = table.ColumnIndex("title"), location = table.ColumnIndex("location"),
            url = table.ColumnIndex("source_url"), confidence = table.ColumnIndex("confidence");
        var errors = new List<DataFileError>();
        var events = new List<Event>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var fingerprint = new StringBuilder();
        foreach (var row in table.Rows)
        {
            var rowErrors = errors.Count;
            void Fail(string message) => errors.Add(new DataFileError(table.Name, row.Line, message));

            var eventId = row[id];
            if (eventId.Length == 0 || !ids.Add(eventId))
            {
                Fail(eventId.Length == 0 ? "missing id" : $"duplicate id '{eventId}'");
            }

            if (!FuzzyDate.TryParse(row[date], out var when))
            {
                Fail($"'{row[date]}' is not an ISO 8601 date");
            }

            foreach (var actor in new[] { row[source], row[target] })
            {
                if (reference.FindActor(actor) is null)
                {
                    Fail($"unknown actor code '{actor}'");
                }
            }

            if (!EventKinds.TryParse(row[kind], out var eventKind))
            {
                Fail($"kind '{row[kind]}' is not one of {string.Join(", ", EventKinds.Names)}");
            }

            if (!CameoCode.TryParse(row[code], out var eventCode) || !cameo.Contains(eventCode))
            {
                Fail($"'{row[code]}' is not a CAMEO code");
            }

            if (!ConfidenceScale.TryGetValue(row[confidence], out var score))
            {
                Fail($"confidence '{row[confidence]}' is not one of high, medium, low");
            }

            var sourceUrl = row[url];
            if (!Uri.TryCreate(sourceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                Fail($"source_url '{sourceUrl}' is not an http(s) URL");
            }

            if (errors.Count > rowErrors)
            {
                continue;
            }

            // A state visit is made by a head of state; the file records no other roles.
            var sourceRole = eventKind == EventKind.StateVisit ? ActorRole.HeadOfState : (ActorRole?)null;
            events.Add(new Event(
                eventId,
                new ActorRef(row[source], sourceRole),
                new ActorRef(row[target]),
                eventCode,
                when,
                row.Optional(location),
                EventOrigin.Curated,
                score,
                [Evidence.FromSource(sourceUrl, row[title])],
                eventKind,
                row[title]));
            fingerprint.AppendJoin('\t', row.Fields).Append('\n');
        }

        if (errors.Count > 0)
        {
            throw new DataFileException(errors);
        }

        var version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint.ToString())))[..16];
        return new KnowledgeBase(events, version);
    }
}
