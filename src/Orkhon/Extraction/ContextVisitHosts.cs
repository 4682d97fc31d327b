using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "ULAANBAATAR, Oct 15 (Montsame) - The British foreign secretary ended a two-day official visit on Tuesday", "Poland is back
/// in Ulaanbaatar. President Duda, on a state visit, reopened …": a visit told with no place (<see cref="PlacelessVisits"/>) in a
/// sentence that names no place is a visit to the state the story is filed from, else to the one state the excerpt's earlier
/// sentences name as a place. Nothing when the sentence names a place, or a state that is neither the visitor's nor that host
/// (a visit told beside a third state may be anywhere), when the visitor is of that state (a trip at home, or a story filed
/// from the visitor's capital about a trip abroad), or when the earlier sentences name places of two states.
/// </summary>
internal static class ContextVisitHosts
{
    /// <summary>The host the context tells for a visit by <paramref name="visitor"/>, or null.</summary>
    public static string? Host(SentenceView view, MentionContext context, string visitor)
    {
        foreach (var m in view.Found)
        {
            if (m.IsPlace)
            {
                return null;
            }
        }

        var host = context.DatelineState ?? EarlierPlace(context);
        if (host is null || host == visitor)
        {
            return null;
        }

        foreach (var m in view.Found)
        {
            if (!m.IsWeak && m.Codes.Any(c => c != visitor && c != host))
            {
                return null;
            }
        }

        return host;
    }

    // The one state the earlier sentences name as a place ("is back in Ulaanbaatar"); null for none or for places of two states.
    private static string? EarlierPlace(MentionContext context)
    {
        string? place = null;
        foreach (var m in context.Recent)
        {
            if (!m.IsPlace)
            {
                continue;
            }

            if (m.Codes.Count != 1 || (place is not null && place != m.Code))
            {
                return null;
            }

            place = m.Code;
        }

        return place;
    }
}
