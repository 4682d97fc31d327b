using Orkhon.Domain;

namespace Orkhon.Extraction;

/// <summary>
/// CAMEO's root 16 ("reduce relations") is a step against the other party. A visit or meeting called off because of a
/// flood, a storm or an illness is none: "called off a visit to Seoul planned for this week after flash floods" codes
/// nothing, while "called off a visit to Beijing over the balloon" stays a reduction. The mishap words are data
/// (class <c>mishap</c> of <c>data/lexicon/modality-cues.tsv</c>); they count only after the phrase, within
/// <see cref="ExtractionOptions.MishapReach"/> tokens, and only as a cause ("after", "because of", "due to", "amid",
/// "as"): "weeks before the storm season" says when, not why.
/// </summary>
internal static class MishapCancellations
{
    private static readonly CameoCode s_reduceRelations = CameoCode.Parse("16");

    public static bool CalledOffForMishap(SentenceView view, Trigger trigger, CameoCode cameo)
    {
        if (!cameo.IsIn(s_reduceRelations))
        {
            return false;
        }

        var end = Math.Min(view.Tokens.Count, trigger.End + view.Options.MishapReach);
        var cause = false;
        for (var k = trigger.End; k < end; k++)
        {
            var word = view.Word(k);
            if (word is "after" or "because" or "due" or "amid" or "as" or "following" or "owing")
            {
                cause = true;
            }
            else if (word is "before" or "but" or "while" or "although" or ";")
            {
                cause = false;
            }
            else if (cause && ModalityCues.MishapLookup.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
