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
        var reader = new RowReader(table, cameo, reference);
        var events = new List<Event>();
        var fingerprint = new StringBuilder();
        foreach (var row in table.Rows)
        {
            if (reader.Read(row) is { } e)
            {
                events.Add(e);
                fingerprint.AppendJoin('\t', row.Fields).Append('\n');
            }
        }

        if (reader.Errors.Count > 0)
        {
            throw new DataFileException(reader.Errors);
        }

        var version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint.ToString())))[..16];
        return new KnowledgeBase(events, version);
    }

    /// <summary>Reads the table's rows into events, gathering every bad row's errors rather than stopping at the first.</summary>
    private sealed class RowReader(TsvTable table, CameoCatalog cameo, ReferenceData reference)
    {
        private readonly int _id = table.ColumnIndex("id"), _date = table.ColumnIndex("date"), _source = table.ColumnIndex("source"), _target = table.ColumnIndex("target"),
            _kind = table.ColumnIndex("kind"), _code = table.ColumnIndex("cameo"), _title = table.ColumnIndex("title"), _location = table.ColumnIndex("location"),
            _url = table.ColumnIndex("source_url"), _confidence = table.ColumnIndex("confidence");

        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

        public List<DataFileError> Errors { get; } = [];

        /// <summary>The row's event, or null when the row has errors (each added to <see cref="Errors"/>).</summary>
        public Event? Read(TsvRow row)
        {
            var rowErrors = Errors.Count;
            CheckId(row);
            if (!FuzzyDate.TryParse(row[_date], out var when))
            {
                Fail(row, $"'{row[_date]}' is not an ISO 8601 date");
            }

            CheckActors(row);

            if (!EventKinds.TryParse(row[_kind], out var eventKind))
            {
                Fail(row, $"kind '{row[_kind]}' is not one of {string.Join(", ", EventKinds.Names)}");
            }

            if (!CameoCode.TryParse(row[_code], out var eventCode) || !cameo.Contains(eventCode))
            {
                Fail(row, $"'{row[_code]}' is not a CAMEO code");
            }

            if (!ConfidenceScale.TryGetValue(row[_confidence], out var score))
            {
                Fail(row, $"confidence '{row[_confidence]}' is not one of high, medium, low");
            }

            var sourceUrl = row[_url];
            if (!Uri.TryCreate(sourceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                Fail(row, $"source_url '{sourceUrl}' is not an http(s) URL");
            }

            if (Errors.Count > rowErrors)
            {
                return null;
            }

            // A state visit is made by a head of state; the file records no other roles.
            var sourceRole = eventKind == EventKind.StateVisit ? ActorRole.HeadOfState : (ActorRole?)null;
            return new Event(row[_id], new ActorRef(row[_source], sourceRole), new ActorRef(row[_target]), eventCode, when, row.Optional(_location),
                EventOrigin.Curated, score, [Evidence.FromSource(sourceUrl, row[_title])], eventKind, row[_title]);
        }

        private void CheckId(TsvRow row)
        {
            var eventId = row[_id];
            if (eventId.Length == 0 || !_ids.Add(eventId))
            {
                Fail(row, eventId.Length == 0 ? "missing id" : $"duplicate id '{eventId}'");
            }
        }

        private void CheckActors(TsvRow row)
        {
            foreach (var actor in new[] { row[_source], row[_target] })
            {
                if (reference.FindActor(actor) is null)
                {
                    Fail(row, $"unknown actor code '{actor}'");
                }
            }
        }

        private void Fail(TsvRow row, string message) => Errors.Add(new DataFileError(table.Name, row.Line, message));
    }
}
