using Orkhon.Domain;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// Aid told as the noun an object relative clause describes: "thanked Chile for the humanitarian aid Peru had sent to Haiti",
/// "the loans that Tokyo extended to Hanoi in 2008", "the relief it delivered to Nepal". The clause's subject gave the noun's
/// aid to the actor after "to": 073 for relief, 072 for weapons, 071 for loans, grants and credits, else 070, as the lexicon's
/// aid rows code the same acts told verb first. A promise, pledge or offer in the clause ("the loan Beijing promised to Dhaka",
/// "the loan Beijing promised Dhaka") is an intent to give it (033x, the corpus README's pledge convention). When the clause's
/// subject is "it" or "they", the giver is the last actor named before the noun ("thanked Mongolia for the aid it sent to …").
/// Nothing when no actor follows, when the giver is the recipient, when the clause is passive ("aid that was sent to …" names
/// no giver) or when the sentence already codes aid or an aid intent between the two (words in classes
/// <c>relative-aid-noun</c>, <c>relative-giving</c> and <c>relative-pledging</c> of <c>data/lexicon/phrase-words.tsv</c>).
/// </summary>
internal static class AidObjectRelatives
{
    private const string Entry = "aid-object-relative";

    private static readonly WordSet s_nouns = PhraseGrammar.Words.Lookup("relative-aid-noun");
    private static readonly WordSet s_giving = PhraseGrammar.Words.Lookup("relative-giving");
    private static readonly WordSet s_pledging = PhraseGrammar.Words.Lookup("relative-pledging");
    private static readonly WordSet s_military = PhraseGrammar.Words.Lookup("military-gift");
    private static readonly WordSet s_relief = PhraseGrammar.Words.Lookup("relief-gift");
    private static readonly WordSet s_economic = PhraseGrammar.Words.Lookup("economic-gift");

    private static readonly WordBits s_verbBits = WordBits.Of("sent", "provided", "gave", "given", "delivered", "donated", "supplied", "shipped", "extended",
        "granted", "airlifted", "promised", "pledged", "offered");

    // Words after the verb its own time phrase may stand within ("extended to Hanoi in 2008").
    private const int TimeReach = 4;

    // Words of the noun phrase before the noun a kind word may stand in ("the 300 tonnes of emergency food").
    private const int KindReach = 4;

    /// <summary>The aid or aid intents the sentence's object relatives tell, beside the events already coded.</summary>
    public static List<EventMention> Find(SentenceView view, List<EventMention> events)
    {
        // Most sentences hold none of the verbs and are not scanned.
        if (!view.MayHoldAny(s_verbBits))
        {
            return [];
        }

        List<EventMention>? result = null;
        var tokens = view.Tokens;
        for (var v = 3; v + 1 < tokens.Count; v++)
        {
            var word = view.Word(v);
            var pledge = s_pledging.Contains(word);
            if (!pledge && !s_giving.Contains(word))
            {
                continue;
            }

            if (Giver(view, v) is not { } found || Recipient(view, v, pledge) is not { } recipient)
            {
                continue;
            }

            var (giver, noun) = found;
            if (giver.Code == recipient.Code)
            {
                continue;
            }

            var cameo = Code(view, noun, pledge);
            if (events.Exists(e => e.Source.Code == giver.Code && e.Target.Code == recipient.Code && e.Cameo.RootNumber == cameo.RootNumber)
                || (result is not null && result.Exists(e => e.Source.Code == giver.Code && e.Target.Code == recipient.Code)))
            {
                continue;
            }

            (result ??= []).Add(new EventMention(new ActorRef(giver.Code, giver.Role), new ActorRef(recipient.Code, recipient.Role), cameo, ObjectRelativeSubjects.OwnTime(view, v, TimeReach),
                view.Start, view.End, view.SentenceText, tokens[v].Start, tokens[v].End, Entry,
                view.Options.DirectConfidence - view.Options.IndirectPenalty, null));
        }

        return result ?? [];
    }

    // The clause's subject and the aid noun before it: "aid [that] Peru [had] [first] sent", "aid it sent"; null otherwise.
    private static (ActorMention Giver, int Noun)? Giver(SentenceView view, int v)
    {
        if (ObjectRelativeSubjects.Find(view, v) is not { } clause)
        {
            return null;
        }

        var before = clause.Before;
        if (before < 1 || view.MentionAt[before] >= 0 || !s_nouns.Contains(view.Word(before)))
        {
            return null;
        }

        // "thanked Mongolia for the aid it sent": the pronoun stands for the last actor named before the noun.
        var giver = clause.Subject ?? ObjectRelativeSubjects.LastActorBefore(view, before);
        return giver is null ? null : (giver, before);
    }

    // The actor right after "to" ("sent to Ukraine"), or right after a verb of promising ("promised China").
    private static ActorMention? Recipient(SentenceView view, int v, bool pledge)
    {
        var k = v + 1;
        if (view.Word(k) is "to")
        {
            k++;
        }
        else if (!pledge)
        {
            return null;
        }

        if (k < view.Tokens.Count && view.Word(k) is "the" && k + 1 < view.Tokens.Count)
        {
            k++;
        }

        return k < view.Tokens.Count && view.MentionAt[k] >= 0 && view.Found[view.MentionAt[k]].First == k ? view.Found[view.MentionAt[k]] : null;
    }

    // The aid's kind from the noun and the words just before it: weapons, relief, loans, else aid.
    private static CameoCode Code(SentenceView view, int noun, bool pledge)
    {
        var (military, relief, economic) = (false, false, false);
        for (var k = noun; k >= 0 && noun - k <= KindReach && view.MentionAt[k] < 0; k--)
        {
            var w = view.Word(k);
            military |= s_military.Contains(w);
            relief |= s_relief.Contains(w);
            economic |= s_economic.Contains(w);
        }

        var code = military ? (pledge ? "0332" : "072") : relief ? (pledge ? "0333" : "073") : economic ? (pledge ? "0331" : "071") : pledge ? "033" : "070";
        return CameoCode.Parse(code);
    }
}
