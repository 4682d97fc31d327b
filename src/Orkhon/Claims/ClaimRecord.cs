using System.Collections.Frozen;
using Orkhon.Analysis;
using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Claims;

/// <summary>
/// What claims are checked against: organisation statuses and partnership levels with their dates
/// (<c>data/claims/</c>), the organisations' current member lists (reference tables), and the knowledge
/// base's treaties and visits. Loaded once and cross-checked with the knowledge base, so a status row
/// and the knowledge-base row it names cannot disagree on the source.
/// </summary>
public sealed class ClaimRecord
{
    private static readonly Lazy<ClaimRecord> s_default = new(() => Load(
        EmbeddedData.ReadTable(EmbeddedData.ClaimStatuses), EmbeddedData.ReadTable(EmbeddedData.ClaimPartnerships),
        EmbeddedData.ReadTable(EmbeddedData.ClaimLevels), ReferenceData.Default, KnowledgeBase.Slices));

    private readonly FrozenDictionary<string, PartnershipLevel> _levels;
    private readonly FrozenDictionary<string, int> _coveredFrom;

    private ClaimRecord(List<OrganisationStatus> statuses, List<PartnershipDeclaration> partnerships, List<PartnershipLevel> levels, ReferenceData reference, IReadOnlyList<KnowledgeBase> slices)
    {
        Statuses = statuses;
        Partnerships = partnerships;
        Levels = levels;
        Reference = reference;
        Knowledge = KnowledgeBase.Merge(slices);
        _levels = levels.ToFrozenDictionary(l => l.Id, StringComparer.Ordinal);

        // Each slice records one country's relations from its first row on; a pair without a covered country is not known.
        var coverage = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var slice in slices)
        {
            coverage.TryAdd(FocusCountry.Of(slice.Events), slice.Events.Where(e => e.Date is not null).Min(e => e.Date!.Value.Earliest.Year));
        }

        _coveredFrom = coverage.ToFrozenDictionary(StringComparer.Ordinal);
        Countries = [.. coverage.Keys];
    }

    public static ClaimRecord Default => s_default.Value;

    public IReadOnlyList<OrganisationStatus> Statuses { get; }

    public IReadOnlyList<PartnershipDeclaration> Partnerships { get; }

    public IReadOnlyList<PartnershipLevel> Levels { get; }

    public ReferenceData Reference { get; }

    public KnowledgeBase Knowledge { get; }

    /// <summary>The countries whose relations the knowledge base covers, one per slice (MNG, KAZ): visits and treaties of pairs without one are not known.</summary>
    public IReadOnlyList<string> Countries { get; }

    /// <summary>Whether the knowledge base records the relations of <paramref name="country"/>.</summary>
    public bool Covers(string country) => _coveredFrom.ContainsKey(country);

    /// <summary>The first year the knowledge base covers for a pair (the earliest of its covered countries' slices), or null when it covers neither.</summary>
    public int? CoveredFrom(string a, string b) =>
        _coveredFrom.TryGetValue(a, out var x) ? (_coveredFrom.TryGetValue(b, out var y) ? Math.Min(x, y) : x)
        : _coveredFrom.TryGetValue(b, out var z) ? z : null;

    public PartnershipLevel? Level(string id) => _levels.GetValueOrDefault(id);

    /// <summary>Reads the three tables and checks them against the reference data and a one-country knowledge base.</summary>
    public static ClaimRecord Load(TsvTable statuses, TsvTable partnerships, TsvTable levels, ReferenceData reference, KnowledgeBase knowledge) =>
        Load(statuses, partnerships, levels, reference, [knowledge]);

    /// <summary>Reads the three tables and checks them against the reference data and the knowledge base's slices (one per country).</summary>
    public static ClaimRecord Load(TsvTable statuses, TsvTable partnerships, TsvTable levels, ReferenceData reference, IReadOnlyList<KnowledgeBase> knowledge)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        ArgumentNullException.ThrowIfNull(partnerships);
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(knowledge);
        var errors = new List<DataFileError>();
        var levelList = ReadLevels(levels, errors);
        var events = knowledge.SelectMany(k => k.Events).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var statusList = ReadStatuses(statuses, reference, events, errors);
        var partnershipList = ReadPartnerships(partnerships, reference, events, levelList.Select(l => l.Id).ToHashSet(StringComparer.Ordinal), errors);
        return errors.Count > 0 ? throw new DataFileException(errors) : new ClaimRecord(statusList, partnershipList, levelList, reference, knowledge);
    }

    private static List<PartnershipLevel> ReadLevels(TsvTable table, List<DataFileError> errors)
    {
        int level = table.ColumnIndex("level"), name = table.ColumnIndex("name"), implies = table.ColumnIndex("implies");
        var list = new List<PartnershipLevel>();
        foreach (var row in table.Rows)
        {
            if (row[level].Length == 0 || row[name].Length == 0 || list.Any(l => l.Id == row[level]))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"the level '{row[level]}' is empty, unnamed or given twice"));
                continue;
            }

            list.Add(new PartnershipLevel(row[level], row[name], row.List(implies)));
        }

        foreach (var l in list)
        {
            foreach (var implied in l.Implies.Where(i => list.All(x => x.Id != i)))
            {
                errors.Add(new DataFileError(table.Name, 0, $"{l.Id} implies '{implied}', which is not a level"));
            }
        }

        return list;
    }

    private static List<OrganisationStatus> ReadStatuses(TsvTable table, ReferenceData reference, Dictionary<string, Event> events, List<DataFileError> errors)
    {
        int country = table.ColumnIndex("country"), organisation = table.ColumnIndex("organisation"), status = table.ColumnIndex("status"),
            from = table.ColumnIndex("from"), until = table.ColumnIndex("until"), eventId = table.ColumnIndex("event"), source = table.ColumnIndex("source_url");
        var list = new List<OrganisationStatus>();
        foreach (var row in table.Rows)
        {
            var problem = reference.FindCountry(row[country]) is null ? $"'{row[country]}' is not a country code"
                : reference.FindOrganisation(row[organisation]) is null ? $"'{row[organisation]}' is not an organisation code"
                : row[status] is not ("member" or "observer" or "partner") ? $"'{row[status]}' is not a status (member, observer, partner)"
                : !FuzzyDate.TryParse(row[from], out _) ? $"'{row[from]}' is not an ISO 8601 date"
                : row.Optional(until) is { } u && !FuzzyDate.TryParse(u, out _) ? $"'{u}' is not an ISO 8601 date"
                : SourceProblem(row.Optional(eventId), row[source], events);
            if (problem is not null)
            {
                errors.Add(new DataFileError(table.Name, row.Line, problem));
                continue;
            }

            FuzzyDate? end = row.Optional(until) is { } text ? FuzzyDate.Parse(text) : null;
            list.Add(new OrganisationStatus(row[country], row[organisation], row[status], FuzzyDate.Parse(row[from]), end, row.Optional(eventId), row[source], row.Line));
        }

        return list;
    }

    private static List<PartnershipDeclaration> ReadPartnerships(TsvTable table, ReferenceData reference, Dictionary<string, Event> events, HashSet<string> levels, List<DataFileError> errors)
    {
        int country = table.ColumnIndex("country"), partner = table.ColumnIndex("partner"), level = table.ColumnIndex("level"),
            date = table.ColumnIndex("date"), eventId = table.ColumnIndex("event"), source = table.ColumnIndex("source_url");
        var list = new List<PartnershipDeclaration>();
        foreach (var row in table.Rows)
        {
            var problem = reference.FindCountry(row[country]) is null || reference.FindCountry(row[partner]) is null ? $"'{row[country]}' or '{row[partner]}' is not a country code"
                : !levels.Contains(row[level]) ? $"'{row[level]}' is not a level of levels.tsv"
                : !FuzzyDate.TryParse(row[date], out _) ? $"'{row[date]}' is not an ISO 8601 date"
                : row.Optional(eventId) is null ? "every partnership row names its knowledge-base event"
                : SourceProblem(row[eventId], row[source], events);
            if (problem is not null)
            {
                errors.Add(new DataFileError(table.Name, row.Line, problem));
                continue;
            }

            list.Add(new PartnershipDeclaration(row[country], row[partner], row[level], FuzzyDate.Parse(row[date]), row[eventId], row[source], row.Line));
        }

        return list;
    }

    // A row that names a knowledge-base event repeats its source; one that names none cites its own.
    private static string? SourceProblem(string? eventId, string source, Dictionary<string, Event> events)
    {
        if (!source.StartsWith("http://", StringComparison.Ordinal) && !source.StartsWith("https://", StringComparison.Ordinal))
        {
            return $"'{source}' is not a web address";
        }

        if (eventId is null)
        {
            return null;
        }

        if (!events.TryGetValue(eventId, out var e))
        {
            return $"the knowledge base has no event '{eventId}'";
        }

        return e.Evidences.Any(x => x.Url == source) ? null : $"the source differs from the one of knowledge-base event {eventId}";
    }
}
