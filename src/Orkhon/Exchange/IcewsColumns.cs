namespace Orkhon.Exchange;

/// <summary>The ICEWS coded event data columns, by header name (the files carry a header row; order is read from it).</summary>
public static class IcewsColumns
{
    public const string EventId = "Event ID";
    public const string EventDate = "Event Date";
    public const string SourceName = "Source Name";
    public const string SourceSectors = "Source Sectors";
    public const string SourceCountry = "Source Country";
    public const string EventText = "Event Text";
    public const string CameoCode = "CAMEO Code";
    public const string Intensity = "Intensity";
    public const string TargetName = "Target Name";
    public const string TargetSectors = "Target Sectors";
    public const string TargetCountry = "Target Country";
    public const string StoryId = "Story ID";
    public const string SentenceNumber = "Sentence Number";
    public const string Publisher = "Publisher";
    public const string City = "City";
    public const string District = "District";
    public const string Province = "Province";
    public const string Country = "Country";
    public const string Latitude = "Latitude";
    public const string Longitude = "Longitude";

    /// <summary>Every column in the order the published files use; the writer writes them so.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        EventId, EventDate, SourceName, SourceSectors, SourceCountry, EventText, CameoCode, Intensity, TargetName, TargetSectors,
        TargetCountry, StoryId, SentenceNumber, Publisher, City, District, Province, Country, Latitude, Longitude,
    ];

    /// <summary>The columns a row cannot do without.</summary>
    public static IReadOnlyList<string> Required { get; } = [EventId, EventDate, SourceCountry, CameoCode, TargetCountry];
}
