using Orkhon.Domain;

namespace Orkhon.Exchange;

/// <summary>How every reader builds the event for a dataset row, so all imports look alike.</summary>
public static class ImportedEvent
{
    /// <summary>
    /// The confidence of an imported event. Machine-coded datasets are right about an event's existence
    /// more often than not, and less often than a person: below a curated row (1.0), near the extractor.
    /// </summary>
    public const double DatasetConfidence = 0.6;

    /// <summary>Longest title kept (as for extracted events).</summary>
    public const int MaxTitleChars = 200;

    /// <param name="note">The dataset and its row id, kept with the source so an event merged into a curated one still names the row it came from.</param>
    public static Event Create(string id, string source, string target, CameoCode cameo, FuzzyDate? date, string? location, string? url, string note, string? title)
    {
        IReadOnlyList<Evidence> evidences = string.IsNullOrEmpty(url) ? [] : [Evidence.FromSource(url, note)];
        return new Event(id, new ActorRef(source), new ActorRef(target), cameo, date, string.IsNullOrWhiteSpace(location) ? null : location,
            EventOrigin.Imported, DatasetConfidence, evidences, Title: Shorten(title));
    }

    private static string? Shorten(string? title) =>
        string.IsNullOrWhiteSpace(title) ? null : title.Length <= MaxTitleChars ? title : title[..(MaxTitleChars - 1)] + "…";
}
