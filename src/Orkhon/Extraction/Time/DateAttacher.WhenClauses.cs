using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Extraction.Time;

// A "when" clause after a time phrase and its comma describes what happened then: "Ties have been frosty since March 2021,
// when Beijing imposed sanctions on Lithuania", "The crisis began in 2017, when Saudi Arabia cut ties with Qatar". Its act
// took place at that time: a point, so "since March 2021" gives March 2021, not the open span the state before it holds over.
internal static partial class DateAttacher
{
    /// <summary>How many tokens a "when" clause's verb may stand after its "when" and still be dated by the time before it.</summary>
    private const int WhenClauseReach = 12;

    /// <summary>
    /// The time a ", when" clause describes, for the verb at token <paramref name="first"/> standing in it (no comma or semicolon
    /// between "when" and the verb), or null.
    /// </summary>
    private static FuzzyDate? WhenClauseTime(ClauseView view, int first)
    {
        var (text, tokens) = (view.Text, view.Tokens);
        for (var k = first - 1; k >= 2 && k >= first - WhenClauseReach; k--)
        {
            var w = tokens[k].In(text);
            if (w is "," or ";" or ":")
            {
                return null;
            }

            if (w is "when" && tokens[k - 1].In(text) is "," && view.TimeAt[k - 2] >= 0 && !IsDateline(view, k - 2))
            {
                return view.Times[view.TimeAt[k - 2]].Value.StartPoint;
            }
        }

        return null;
    }
}
