using Orkhon.Domain;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// "… when he visits Ulaanbaatar next week", "the minister travels to Seoul on Monday" in a story published on Friday: a verb in
/// the present tense whose own time phrase lies wholly after the publication day tells an act still to come. It is no event
/// yet; plans stated with "will", "is to" or "plans to" are coded as intents by the modality layer.
/// </summary>
internal static class FuturePresents
{
    /// <summary>
    /// Whether the verb <paramref name="trigger"/> is a present-tense form ("visits", "meets") followed, before the end of its
    /// clause (<paramref name="end"/> or the next comma), by a time phrase that begins after <paramref name="published"/>.
    /// </summary>
    public static bool IsPlanned(SentenceView view, Trigger trigger, int end, DateOnly? published)
    {
        if (published is not { } day || trigger.Entry.IsNoun || !IsPresentForm(view.Word(trigger.First)))
        {
            return false;
        }

        for (var k = trigger.End; k < Math.Min(end, view.Tokens.Count); k++)
        {
            if (view.Word(k) is "," or ";")
            {
                return false;
            }

            if (view.TimeAt[k] >= 0)
            {
                var date = view.Times[view.TimeAt[k]].Value;
                return !date.IsOpenStart && date.Earliest > day;
            }
        }

        return false;
    }

    // "visits", "travels", "meets": the third person present; not "ss" ("discuss") nor a past form.
    private static bool IsPresentForm(ReadOnlySpan<char> w) =>
        w.Length > 3 && char.IsLower(w[0]) && w[^1] == 's' && w[^2] != 's' && w[^2] != 'u' && w[^2] != 'i';
}
