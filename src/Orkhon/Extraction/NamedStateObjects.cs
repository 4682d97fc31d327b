using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// Whether an actor after a verb is a state named as the whole object ("recognised the State of Palestine on Friday",
/// "recognising the People's Republic of China, two days after…"), for rows whose verb takes a state after "the" only in
/// its official form (object word <c>named-state</c>). An adjective, a seat of power or a possessive owns the object instead
/// of being it ("the Moroccan efforts", "the Kremlin's concerns"), and so does a name that a noun follows ("the Ukraine deal").
/// </summary>
internal static class NamedStateObjects
{
    public static bool IsWholeObject(SentenceView view, ActorMention mention)
    {
        if (mention.Kind != MentionKind.Name || !mention.NamesAState || mention.IsPossessive)
        {
            return false;
        }

        var next = mention.Last + 1;
        if (next >= view.Tokens.Count)
        {
            return true;
        }

        // "the United States' role": a bare apostrophe makes a plural name a possessor too.
        if (view.Tokens[next].Kind != TokenKind.Word)
        {
            return view.Word(next) is not ("'" or "’" or "'s" or "’s");
        }

        // "… of Palestine on Friday", "… of Kosovo as a sovereign state": a preposition or conjunction ends the object.
        var word = view.Word(next);
        return PhraseGrammar.EndsNounPhrase(word) || word is "as";
    }
}
