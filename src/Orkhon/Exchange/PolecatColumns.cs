namespace Orkhon.Exchange;

/// <summary>
/// The POLECAT tab-separated release's columns that Orkhon reads, by header name (the files carry a header
/// row; their order is read from it and other columns are ignored).
/// </summary>
public static class PolecatColumns
{
    public const string EventId = "Event ID";
    public const string EventDate = "Event Date";
    public const string EventType = "Event Type";
    public const string EventMode = "Event Mode";
    public const string Contexts = "Contexts";
    public const string ActorName = "Actor Name";
    public const string ActorCountry = "Actor Country";
    public const string RecipientName = "Recipient Name";
    public const string RecipientCountry = "Recipient Country";
    public const string Placename = "Placename";

    /// <summary>The columns a file cannot do without.</summary>
    public static IReadOnlyList<string> Required { get; } = [EventId, EventDate, EventType, ActorCountry, RecipientCountry];
}
