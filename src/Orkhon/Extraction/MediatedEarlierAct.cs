using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "Russia freed Brittney Griner in exchange for Viktor Bout … The UAE and Saudi Arabia said their leaders had mediated the
/// exchange.": a mediation whose object is a definite noun for the act told just before ("the exchange", "the swap", "the
/// deal", "the truce") is between the states the previous sentence named, when its own sentence names no party. The
/// mediators are never parties; a previous sentence with fewer than two or more than <see cref="ExtractionOptions.JointActParties"/>
/// other states gives nothing.
/// </summary>
internal static class MediatedEarlierAct
{
    // mediated-act of data/lexicon/act-nouns.tsv, compared as written as this rule has always read it.
    private static readonly WordSet s_actNouns =
        new(WordClasses.Load("lexicon.act-nouns.tsv", ActAuthors.ActNounClasses).Of("mediated-act"), StringComparer.Ordinal);

    /// <summary>One pair from each mediator to each party of the previous sentence, or empty.</summary>
    public static List<ActorPair> Pairs(SentenceView view, CodedPhrase phrase, MentionContext context)
    {
        var (trigger, mediators) = (phrase.Trigger, phrase.Subject);
        if (!MediatedParties.IsMediation(phrase) || trigger.Entry.IsNoun || trigger.Passive || mediators.Count == 0
            || trigger.End + 1 >= view.Tokens.Count || view.Word(trigger.End) is not ("the" or "this" or "that") || !s_actNouns.Contains(view.Word(trigger.End + 1)))
        {
            return [];
        }

        var theirs = mediators.SelectMany(m => m.Codes).ToHashSet(StringComparer.Ordinal);
        var parties = new List<ActorMention>();
        foreach (var m in context.PreviousSentence)
        {
            // A state named after "to" or "in" is still a party ("handed an activist to Poland"); a city or a region is not.
            if (m.Codes.Count == 1 && !m.IsWeak && (!m.IsPlace || m.Kind == MentionKind.Name) && !theirs.Contains(m.Code) && !parties.Exists(p => p.Code == m.Code))
            {
                parties.Add(m);
            }
        }

        if (parties.Count < 2 || parties.Count > view.Options.JointActParties)
        {
            return [];
        }

        return [.. mediators.SelectMany(mediator => parties.Select(party => new ActorPair(mediator, party, null)))];
    }
}
