namespace Orkhon.Extraction;

/// <summary>
/// Whether a sentence's events already code an act of one CAMEO root from one party to another: a stage that adds an act the
/// sentence tells another way (a reported blame, a threat over a price, a characterised act, a nominal request) adds it only
/// when none is there.
/// </summary>
internal static class CodedRoots
{
    // A loop, not a lambda: the lambda's closure would be allocated at every token of the callers' loops, on entering the scope
    // of the loop variables it captures.
    /// <summary>Whether <paramref name="events"/> hold an act of root <paramref name="root"/> from <paramref name="source"/> to <paramref name="target"/>.</summary>
    public static bool Codes(List<EventMention> events, int root, string source, string target)
    {
        foreach (var e in events)
        {
            if (e.Cameo.RootNumber == root && e.Source.Code == source && e.Target.Code == target)
            {
                return true;
            }
        }

        return false;
    }
}
