using Orkhon.Knowledge;

namespace Orkhon.Analysis;

/// <summary>The country the product opens on: the one the embedded knowledge base is about.</summary>
public static class FocusCountry
{
    private static readonly Lazy<string> s_default = new(() => Of(KnowledgeBase.Mongolia.Events));

    /// <summary>The embedded knowledge base's country (MNG for the shipped data).</summary>
    public static string Default => s_default.Value;

    /// <summary>The actor on one side of the most events: a knowledge base records one country's relations, so that country is on every row but a few.</summary>
    public static string Of(IEnumerable<Domain.Event> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            counts[e.Source.Code] = counts.GetValueOrDefault(e.Source.Code) + 1;
            if (e.Target.Code != e.Source.Code)
            {
                counts[e.Target.Code] = counts.GetValueOrDefault(e.Target.Code) + 1;
            }
        }

        return counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).FirstOrDefault()
            ?? throw new InvalidOperationException("the knowledge base has no events");
    }
}
