using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "A powerful earthquake struck western Nepal on Friday. China pledged $10 million in emergency aid.": a sentence that names a
/// natural disaster (class <c>disaster</c> in <c>data/lexicon/mention-words.tsv</c>) and a single state, by its name, a place
/// in it or its capital, tells where the disaster struck; aid pledged or sent with no recipient in the next
/// <see cref="Sentences"/> sentences goes there (<see cref="CrossSentenceLinks.ReactionTarget"/>, after another donor's aid). A
/// sentence naming a disaster and several states ("floods across India and Bangladesh") leaves no stricken state: which one
/// the aid went to would be a guess.
/// </summary>
internal static class StrickenStates
{
    /// <summary>How many sentences after the one naming the disaster its state still receives unaddressed aid.</summary>
    public const int Sentences = 3;

    private static readonly WordSet s_disasters = MentionFinder.Words.Lookup("disaster");

    private static readonly WordBits s_disasterBits = WordBits.Of(s_disasters);

    /// <summary>
    /// Notes the state the sentence says a disaster struck, or that it named none (the last one ages by a sentence); a state
    /// is a code <paramref name="reference"/> knows as a country, so an extractor built on other reference data reads its own.
    /// </summary>
    public static void Note(SentenceView view, MentionContext context, ReferenceData reference)
    {
        var named = false;
        // A sentence whose words' bits meet none of the disasters' (most) is not scanned.
        for (var k = view.MayHoldAny(s_disasterBits) ? 0 : view.Tokens.Count; k < view.Tokens.Count && !named; k++)
        {
            named = s_disasters.Contains(view.Word(k));
        }

        if (!named)
        {
            context.NoteStrickenState(null, Sentences);
            return;
        }

        string? state = null;
        foreach (var m in view.Found)
        {
            if (m.IsWeak || m.Codes.Count != 1 || reference.FindCountry(m.Code) is null)
            {
                continue;
            }

            if (state is not null && state != m.Code)
            {
                context.ForgetStrickenState();
                return;
            }

            state = m.Code;
        }

        context.NoteStrickenState(state, Sentences);
    }
}
