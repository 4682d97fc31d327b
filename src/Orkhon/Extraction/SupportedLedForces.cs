using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "Denmark backed the British-led mission", "Kenya supported the French-led operation": a state that supports a force or an
/// operation another state leads takes part in it, so the act is military cooperation with the leader (062), not political
/// support (050). Only the support verbs of the lexicon's 050 rows whose object is the "X-led" force itself count; "praised the
/// Saudi-led coalition" keeps its praise, "backed the Moscow-led alliance" (a bloc) and "backed the U.S.-led coalition's call"
/// (something the force owns) keep 050.
/// </summary>
internal static class SupportedLedForces
{
    private static readonly CameoCode s_support = CameoCode.Parse("050");
    private static readonly CameoCode s_militaryCooperation = CameoCode.Parse("062");
    private static readonly WordSet s_joinedForces = PhraseGrammar.Words.Lookup("joined-force");
    private static readonly WordSet s_articles = PhraseGrammar.Words.Lookup("article-before-actor");

    /// <summary>062 when the support verb's object is a force another state leads, else <paramref name="cameo"/>.</summary>
    public static CameoCode Recode(SentenceView view, Trigger trigger, CameoCode cameo)
    {
        if (cameo != s_support || trigger.Entry.IsNoun || trigger.Passive || trigger.Entry.Frame != EventFrame.AgentTheme)
        {
            return cameo;
        }

        var k = trigger.End;
        while (k < view.Tokens.Count && s_articles.Contains(view.Word(k)))
        {
            k++;
        }

        return k < view.Tokens.Count && view.MentionOf(k) is { } force && IsLedForce(view, force, k) ? s_militaryCooperation : cameo;
    }

    // "the U.S.-led operation": the mention opens at the "-led" word and ends at the force's noun, owning nothing after it.
    private static bool IsLedForce(SentenceView view, ActorMention force, int k) =>
        force.First == k && force.Last == k + 1 && !force.IsPossessive && force.Codes.Count == 1
        && view.Word(k).EndsWith("-led", StringComparison.OrdinalIgnoreCase) && s_joinedForces.Contains(view.Word(k + 1));
}
