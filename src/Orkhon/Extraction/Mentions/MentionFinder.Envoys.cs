using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// A state's envoys and missions to an organisation: "Russia's U.N. ambassador Vassily Nebenzia", "Britain's NATO envoy",
/// "Iran's mission to the United Nations". The organisation's name there says where the envoy
/// serves, not whom he speaks for: the state before "'s" acts, as its foreign ministry.
/// </summary>
public sealed partial class MentionFinder
{
    /// <summary>
    /// Reads, from <paramref name="afterName"/> (the token after "STATE 's"), "[permanent] mission to ORG" or
    /// "ORG ambassador|envoy [NAME]". Returns the mention of the state, as foreign ministry, and the token after
    /// it; null when the words are not there.
    /// </summary>
    private (ActorMention Mention, int End)? EnvoyOfState(string text, List<Token> tokens, bool[] blocked, int i, int afterName, string state,
        MentionContext context, PhraseBuffer buffer)
    {
        if (_reference.FindCountry(state) is null || afterName >= tokens.Count)
        {
            return null;
        }

        var k = afterName;
        if (tokens[k].In(text).Equals("permanent", StringComparison.OrdinalIgnoreCase))
        {
            k++;
        }

        int end;
        string title;
        if (k + 2 < tokens.Count && tokens[k].In(text).Equals("mission", StringComparison.OrdinalIgnoreCase) && tokens[k + 1].In(text) is "to"
            && MatchName(text, tokens, blocked, SkipArticle(text, tokens, k + 2), context, buffer) is { } served
            && _reference.FindOrganisation(served.Entry.Code) is not null)
        {
            // "Iran's mission to the United Nations": the body it serves at belongs to the mission's name, so that it is not read
            // as the target of what the mission says. A mission named by its city alone ("China's mission in Geneva") is left
            // as it was: in agency copy it is as often a trade or peacekeeping mission.
            end = served.End;
            title = "mission";
        }
        else if (MatchName(text, tokens, blocked, k, context, buffer) is { } organisation && _reference.FindOrganisation(organisation.Entry.Code) is not null
            && organisation.End < tokens.Count && s_envoyWords.Contains(tokens[organisation.End].In(text)))
        {
            // "Russia's U.N. ambassador", "Britain's NATO envoy", then the envoy's name if one follows.
            end = organisation.End + 1;
            title = tokens[organisation.End].In(text).ToString().ToLowerInvariant();
            if (MatchPerson(text, tokens, blocked, end, buffer) is { } person)
            {
                end = person.End;
            }
            else
            {
                // A name no table lists: its capitalised words, up to three ("Russia's U.N. Ambassador Vassily Nebenzia").
                var last = end;
                while (last < tokens.Count && last - end < 3 && tokens[last].Kind == TokenKind.Word && char.IsUpper(tokens[last].In(text)[0])
                    && MatchName(text, tokens, blocked, last, context, buffer) is null)
                {
                    last++;
                }

                end = last;
            }
        }
        else
        {
            return null;
        }

        var possessive = end < tokens.Count && tokens[end].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase);
        return (new ActorMention(i, end - 1, [state], ActorRole.ForeignMinistry, MentionKind.Name, false, possessive) { Title = title }, end);
    }

    private static int SkipArticle(string text, List<Token> tokens, int k) =>
        k < tokens.Count && tokens[k].In(text).Equals("the", StringComparison.OrdinalIgnoreCase) ? k + 1 : k;
}
