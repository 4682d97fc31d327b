using Orkhon.Domain;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "The visit by X to Washington in August 2023 produced an open skies deal", "A 2019 visit to Ulaanbaatar by Putin yielded a
/// treaty": a visit or a meeting whose outcome is an agreement signed the two parties' agreement (057), visitor → host,
/// on the visit's date. The outcome verb must follow the visit's phrase within <see cref="ExtractionOptions.OutcomeReach"/>
/// words of its clause, and an agreement noun must follow the verb within a few words.
/// </summary>
internal static class VisitOutcomes
{
    // phrase-words.tsv, outcome-verb.
    private static readonly WordSet s_outcomeVerbs = PhraseGrammar.Words.Lookup("outcome-verb");

    private static readonly CameoCode s_agreement = CameoCode.Parse("057");

    // Words between the outcome verb and the agreement noun ("yielded a treaty", "produced an open skies deal").
    private const int NounReach = 5;

    // "a treaty", "an open skies deal": phrase-words.tsv, outcome-accord-noun.
    private static readonly WordSet s_accordNouns = PhraseGrammar.Words.Lookup("outcome-accord-noun");

    /// <summary>The agreements the sentence's visits and meetings produced, after its own events were coded.</summary>
    public static List<EventMention> Find(SentenceView view, List<EventMention> events)
    {
        var result = new List<EventMention>();
        var tokens = view.Tokens;
        foreach (var e in events)
        {
            if (e.SentenceStart != view.Start || !(e.Cameo.IsIn(CameoCode.MakeVisit) || e.Cameo.Value is "040" or "043"))
            {
                continue;
            }

            var k = 0;
            while (k < tokens.Count && tokens[k].Start < e.PhraseEnd)
            {
                k++;
            }

            var verb = -1;
            for (var j = k; j < tokens.Count && j - k <= view.Options.OutcomeReach && view.Word(j) is not ("." or ";" or "," or "and" or "but" or "which" or "that"); j++)
            {
                if (s_outcomeVerbs.Contains(view.Word(j))
                    || (view.Word(j) is "resulted" or "results" && j + 1 < tokens.Count && view.Word(j + 1) is "in"))
                {
                    verb = j;
                    break;
                }
            }

            // "has not produced a deal", "produced no agreement": an outcome denied is none.
            if (verb < 1 || view.Word(verb - 1) is "not" or "never" or "n't")
            {
                continue;
            }

            var noun = -1;
            for (var j = verb + 1; j < tokens.Count && j - verb <= NounReach && view.MentionAt[j] < 0 && view.Word(j) is not ("." or ";" or "," or "no" or "little"); j++)
            {
                if (s_accordNouns.Contains(view.Word(j)))
                {
                    noun = j;
                    break;
                }
            }

            if (noun < 0 || result.Exists(r => r.Source == e.Source && r.Target == e.Target)
                || events.Exists(o => o.Cameo.Value is "057" && ((o.Source.Code == e.Source.Code && o.Target.Code == e.Target.Code) || (o.Source.Code == e.Target.Code && o.Target.Code == e.Source.Code))))
            {
                continue;
            }

            result.Add(e with
            {
                Cameo = s_agreement,
                PhraseStart = tokens[verb].Start,
                PhraseEnd = tokens[noun].End,
                LexiconEntry = "sign-visit-outcome",
                Confidence = e.Confidence - view.Options.IndirectPenalty,
            });
        }

        return result;
    }
}
