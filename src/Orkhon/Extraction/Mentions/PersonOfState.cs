using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// "Prime Minister Narendra Modi of India", "President Ilham Aliyev of Azerbaijan and Prime Minister Nikol Pashinyan of Armenia":
/// the state after "of" restates the state of the person just named, as newspapers name leaders. It is the same actor, so the
/// person's mention takes it in; left apart it reads as a second party and breaks a list of such people ("A of X and B of Y
/// signed") into one subject and a stray name.
/// </summary>
internal static class PersonOfState
{
    /// <summary>Joins each person mention with the state mention right after its "of" when both name the same state.</summary>
    public static void Merge(string text, List<Token> tokens, List<ActorMention> mentions)
    {
        for (var n = mentions.Count - 2; n >= 0; n--)
        {
            var (person, state) = (mentions[n], mentions[n + 1]);
            if (person.Kind != MentionKind.Person || person.IsPossessive || person.IsCollective || state.Kind != MentionKind.Name
                || state.IsPlace || state.IsPossessive || state.IsCollective || person.Codes.Count != 1 || state.Codes.Count != 1
                || person.Code != state.Code || state.First != person.Last + 2
                || !tokens[person.Last + 1].In(text).Equals("of", StringComparison.Ordinal))
            {
                continue;
            }

            mentions[n] = person with { Last = state.Last };
            mentions.RemoveAt(n + 1);
        }
    }
}
