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
        EmbeddedData.ReadTable(EmbeddedData.ClaimLevels), EmbeddedData.ReadTable(EmbeddedData.ClaimCoverage), ReferenceData.Default, KnowledgeBase.Slices));

    private readonly FrozenDictionary<string, PartnershipLevel> _levels;
    private readonly FrozenDictionary<string, VisitCoverage> _coverage;

    private ClaimRecord(List<OrganisationStatus> statuses, List<PartnershipDeclaration> partnerships, List<PartnershipLevel> levels, List<VisitCoverage> coverage, ReferenceData reference, KnowledgeBase knowledge)
    {
        Statuses = statuses;
        Partnerships = partnerships;
        Levels = levels;
        Reference = reference;
        Knowledge = knowledge;
        _levels = levels.ToFrozenDictionary(l => l.Id, StringComparer.Ordinal);
        _coverage = coverage.ToFrozenDictionary(c => c.Country, StringComparer.Ordinal);
        Countries = [.. coverage.Select(c => c.Country)];
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
    public bool Covers(string country) => _coverage.ContainsKey(country);

    /// <summary>
    /// What the knowledge base can say about visits between two countries: the coverage of the one it records (a full
    /// record before a selection, as a pair of covered countries is filed in the fuller slice), or null when it records neither.
    /// </summary>
    public VisitCoverage? VisitsOf(string a, string b)
    {
        var x = _coverage.GetValueOrDefault(a);
        var y = _coverage.GetValueOrDefault(b);
        return x is null ? y : y is null ? x : (y.Full && !x.Full ? y : x);
    }

    public PartnershipLevel? Level(string id) => _levels.GetValueOrDefault(id);

    /// <summary>
    /// Reads the four tables and checks them against the reference data and the knowledge base's slices (one per country;
    /// every slice's country needs a row of <paramref name="coverage"/>).
    /// </summary>
    public static ClaimRecord Load(TsvTable statuses, TsvTable partnerships, TsvTable levels, TsvTable coverage, ReferenceData reference, IReadOnlyList<KnowledgeBase> knowledge)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(partnerships);
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(knowledge);
        var errors = new List<DataFileError>();
        var levelList = ReadLevels(levels, errors);
        var events = knowledge.SelectMany(k => k.Events).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var statusList = ReadStatuses(statuses, reference, events, errors);
        var partnershipList = ReadPartnerships(partnerships, reference, events, levelList.Select(l => l.Id).ToHashSet(StringComparer.Ordinal), errors);
        var coverageList = ReadCoverage(coverage, reference, errors);
        foreach (var country in knowledge.Select(k => FocusCountry.Of(k.Events)).Where(c => coverageList.All(x => x.Country != c)))
        {
            errors.Add(new DataFileError(coverage.Name, 0, $"the knowledge base has a slice for {country}, which has no row here"));
        }

        return errors.Count > 0 ? throw new DataFileException(errors)
            : new ClaimRecord(statusList, partnershipList, levelList, coverageList, reference, KnowledgeBase.Merge(knowledge));
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

    private static List<VisitCoverage> ReadCoverage(TsvTable table, ReferenceData reference, List<DataFileError> errors)
    {
        int country = table.ColumnIndex("country"), from = table.ColumnIndex("visits_from"), visits = table.ColumnIndex("visits");
        var list = new List<VisitCoverage>();
        foreach (var row in table.Rows)
        {
            var problem = reference.FindCountry(row[country]) is null ? $"'{row[country]}' is not a country code"
                : list.Any(c => c.Country == row[country]) ? $"{row[country]} is given twice"
                : !int.TryParse(row[from], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _) ? $"'{row[from]}' is not a year"
                : row[visits] is not ("full" or "selection") ? $"'{row[visits]}' is not full or selection"
                : null;
            if (problem is not null)
            {
                errors.Add(new DataFileError(table.Name, row.Line, problem));
                continue;
            }

            list.Add(new VisitCoverage(row[country], int.Parse(row[from], System.Globalization.CultureInfo.InvariantCulture), row[visits] == "full"));
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
