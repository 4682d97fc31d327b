using System.Text;

namespace Orkhon.Knowledge;

/// <summary>Opens the data files compiled into the library (see <c>data/</c> in the repository).</summary>
public static class EmbeddedData
{
    public const string Cameo = "cameo.cameo.tsv";
    public const string PloverModes = "cameo.plover-modes.tsv";
    public const string Countries = "reference.countries.tsv";
    public const string Organisations = "reference.organisations.tsv";
    public const string Agencies = "reference.agencies.tsv";
    public const string Places = "reference.places.tsv";
    public const string Borders = "reference.borders.tsv";
    public const string MongoliaKnowledgeBase = "knowledge.mongolia.tsv";
    public const string KazakhstanKnowledgeBase = "knowledge.kazakhstan.tsv";
    public const string OfficeHolders = "reference.officeholders.tsv";
    public const string SharedNames = "reference.shared-names.tsv";
    public const string PlaceGivenNames = "reference.place-given-names.tsv";
    public const string EventLexicon = "lexicon.events.tsv";
    public const string GroupNouns = "lexicon.groups.tsv";
    public const string RoleWords = "lexicon.role-words.tsv";
    public const string MentionWords = "lexicon.mention-words.tsv";
    public const string RegionWords = "lexicon.region-words.tsv";
    public const string StateForms = "lexicon.state-forms.tsv";
    public const string Seats = "lexicon.seats.tsv";
    public const string CapitalEras = "lexicon.capital-eras.tsv";
    public const string StateCollectives = "lexicon.collectives.tsv";
    public const string ModalityCues = "lexicon.modality-cues.tsv";
    public const string ClauseWords = "lexicon.clause-words.tsv";
    public const string PhraseWords = "lexicon.phrase-words.tsv";
    public const string DateWords = "lexicon.date-words.tsv";
    public const string Ordinals = "lexicon.ordinals.tsv";
    public const string Cardinals = "lexicon.cardinals.tsv";
    public const string DecadeParts = "lexicon.decade-parts.tsv";
    public const string ClaimRules = "claims.rules.tsv";
    public const string ClaimLevels = "claims.levels.tsv";
    public const string ClaimStatuses = "claims.statuses.tsv";
    public const string ClaimPartnerships = "claims.partnerships.tsv";
    public const string ClaimCoverage = "claims.coverage.tsv";

    public static TsvTable ReadTable(string name)
    {
        using var reader = OpenText(name);
        return TsvTable.Read(DisplayPath(name), reader);
    }

    /// <summary>The repository path of an embedded file, for messages: <c>cameo.cameo.tsv</c> → <c>data/cameo/cameo.tsv</c>.</summary>
    public static string DisplayPath(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return "data/" + name[..dot] + "/" + name[(dot + 1)..];
    }

    /// <summary>Embedded data files whose names start with <paramref name="prefix"/> (e.g. <c>frameworks.</c>), sorted.</summary>
    public static IReadOnlyList<string> Names(string prefix) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Orkhon.Data." + prefix, StringComparison.Ordinal))
            .Select(n => n["Orkhon.Data.".Length..])
            .Order(StringComparer.Ordinal)
            .ToList();

    public static TextReader OpenText(string name)
    {
        var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream("Orkhon.Data." + name)
            ?? throw new InvalidOperationException($"The data file '{name}' is not embedded in {typeof(EmbeddedData).Assembly.GetName().Name}.");
        return new StreamReader(stream, Encoding.UTF8);
    }
}
