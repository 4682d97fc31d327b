using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// Threats told as the consequences the target will face, with no verb of threatening: "Moscow warned that Kyiv will pay a
/// high price", "Tehran said Baku should expect a firm response", "Washington said any Russian move would be met with a severe
/// response", "Rabat said the attack by Algerian forces would not go unpunished". The speaker (the state subject of the verb of
/// saying) threatens the party that will face the consequence: the reported clause's subject, else the first party inside
/// that subject ("any Russian move"), else the author of a hostile act against the speaker coded in the same sentence. The
/// words are data (<c>data/lexicon/consequences.tsv</c>); the code is 138 when a word of force stands in the consequence,
/// 1312 for sanctions, else 130. Nothing in a question, under a negated modal, without a future or obligation marker, for the
/// speaker itself, or when the sentence already codes a threat between the two.
/// </summary>
internal static class ConsequenceThreats
{
    private const string ConsequencesFile = "lexicon.consequences.tsv";

    private static readonly WordClasses s_words = WordClasses.Load(ConsequencesFile,
        "bearer-verb", "regret-verb", "met-verb", "unanswered", "consequence", "sanction", "force", "modal", "negation", "reply-topic", "report-filler", "past-office");

    private static readonly WordSet s_bearerVerbs = s_words.Lookup("bearer-verb");
    private static readonly WordSet s_regretVerbs = s_words.Lookup("regret-verb");
    private static readonly WordSet s_metVerbs = s_words.Lookup("met-verb");
    private static readonly WordSet s_unanswered = s_words.Lookup("unanswered");
    private static readonly WordSet s_consequences = s_words.Lookup("consequence");
    private static readonly WordSet s_sanctions = s_words.Lookup("sanction");
    private static readonly WordSet s_force = s_words.Lookup("force");
    private static readonly WordSet s_modals = s_words.Lookup("modal");
    private static readonly WordSet s_negations = s_words.Lookup("negation");
    private static readonly WordSet s_replyTopics = s_words.Lookup("reply-topic");
    private static readonly WordSet s_reportFillers = s_words.Lookup("report-filler");
    private static readonly WordSet s_pastOffices = s_words.Lookup("past-office");

    private static readonly CameoCode s_threaten = CameoCode.Parse("130");
    private static readonly CameoCode s_threatenSanctions = CameoCode.Parse("1312");
    private static readonly CameoCode s_threatenForce = CameoCode.Parse("138");

    // Words between the verb and its consequence noun ("bear full responsibility for the consequences": 4; "met with a swift, severe
    // and united response": 6, the comma counted).
    private const int ConsequenceReach = 7;

    // Words between the modal and the verb ("would 'have to prepare to pay": 5, the quote mark counted).
    private const int ModalReach = 6;

    // Words after the consequence noun that may still name its force or its topic ("a response with force", "a response to its proposal").
    private const int AfterReach = 3;

    /// <summary>The consequence threats of the sentence, after its own events were coded.</summary>
    public static List<EventMention> Find(SentenceView view, List<EventMention> events, FuzzyDate? sentenceDate)
    {
        // Every event this stage makes has an actor mention of the sentence for each party: a sentence with fewer than two is not scanned.
        if (view.Found.Count < 2 || IsQuestion(view))
        {
            return [];
        }

        var result = new List<EventMention>();
        var tokens = view.Tokens;
        for (var k = 1; k < tokens.Count; k++)
        {
            if (view.MentionAt[k] >= 0 || ConsequenceEnd(view, k) is not { } end || ModalBefore(view, k) is not { } modal)
            {
                continue;
            }

            if (Speaker(view, modal) is not var (verb, speaker) || SpeaksOutOfOffice(view, speaker, verb))
            {
                continue;
            }

            // The threat is made when it is said: a time right after the verb of saying ("said on Wednesday that …") dates it, else
            // the sentence's time.
            var date = verb + 1 < tokens.Count && view.TimeAt[verb + 1] >= 0 ? view.Times[view.TimeAt[verb + 1]].Value : sentenceDate;

            var code = CodeOf(view, k, end);
            foreach (var target in Targets(view, verb, modal, speaker, events))
            {
                if (target.Code == speaker.Code || CodedRoots.Codes(events, 13, speaker.Code, target.Code)
                    || CodedRoots.Codes(result, 13, speaker.Code, target.Code))
                {
                    continue;
                }

                result.Add(new EventMention(new ActorRef(speaker.Code, speaker.Role), new ActorRef(target.Code, target.Role), code, date,
                    view.Start, view.End, view.SentenceText, tokens[k].Start, tokens[end].End, "threaten-consequence",
                    view.Options.DirectConfidence - view.Options.IndirectPenalty, null));
            }
        }

        return result;
    }

    /// <summary>
    /// The verb of saying before the modal and its state speaker (<see cref="ReportingSpeakers.First"/>), or a speaker set off by
    /// commas before it ("Iran's supreme leader, Ayatollah Ali Khamenei, said …": the name in apposition).
    /// </summary>
    private static (int Verb, ActorMention Speaker)? Speaker(SentenceView view, int before)
    {
        if (ReportingSpeakers.First(view, before) is { } found)
        {
            return found;
        }

        for (var r = 2; r < before; r++)
        {
            if (view.MentionAt[r] < 0 && ClauseView.IsReportingWord(view.Word(r)))
            {
                return view.Word(r - 1) is "," && view.MentionAt[r - 2] >= 0
                    && view.Found[view.MentionAt[r - 2]] is { IsPlace: false, IsWeak: false } apposed && apposed.Codes.Count == 1
                    ? (r, apposed)
                    : null;
            }
        }

        return null;
    }

    // "A former Russian minister said …": a past office-holder's prediction is no state's threat.
    private static bool SpeaksOutOfOffice(SentenceView view, ActorMention speaker, int verb)
    {
        for (var j = Math.Max(0, speaker.First - 2); j < verb; j++)
        {
            if (s_pastOffices.Contains(view.Word(j)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuestion(SentenceView view)
    {
        for (var k = 0; k < view.Tokens.Count; k++)
        {
            if (view.Word(k) is "?")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last token of the consequence told at token <paramref name="k"/>, or null when no consequence starts there.</summary>
    private static int? ConsequenceEnd(SentenceView view, int k)
    {
        var w = view.Word(k);
        if (s_bearerVerbs.Contains(w))
        {
            return ConsequenceNoun(view, k + 1);
        }

        if (s_metVerbs.Contains(w))
        {
            // The passive "be met with": a form of "be" before, "with" after.
            return Inflection.IsBe(view.Word(k - 1)) && k + 1 < view.Tokens.Count && view.Word(k + 1) is "with" ? ConsequenceNoun(view, k + 2) : null;
        }

        if (s_regretVerbs.Contains(w))
        {
            return k + 1 < view.Tokens.Count && view.Word(k + 1) is "it" or "this" or "that" ? k + 1 : null;
        }

        // "would not go unpunished", "will not remain unanswered": the negation is part of the phrase.
        return s_unanswered.Contains(w) && k >= 3 && view.Word(k - 1) is "go" or "remain" && s_negations.Contains(view.Word(k - 2)) ? k : null;
    }

    // The consequence noun within reach after token `from`, with no party, clause break or reply topic in the way.
    private static int? ConsequenceNoun(SentenceView view, int from)
    {
        for (var j = from; j < view.Tokens.Count && j - from < ConsequenceReach; j++)
        {
            // Commas may part adjectives ("a swift, severe and united response"), not clauses: a party or a full stop ends the search.
            if (view.MentionAt[j] >= 0 || view.Word(j) is "." or ";" or ":")
            {
                return null;
            }

            if (s_consequences.Contains(view.Word(j)) || s_sanctions.Contains(view.Word(j)))
            {
                return AnswersRequest(view, j) ? null : j;
            }
        }

        return null;
    }

    // "a response to its proposal": a reply to a request, not a threat.
    private static bool AnswersRequest(SentenceView view, int noun)
    {
        for (var j = noun + 1; j < view.Tokens.Count && j - noun <= AfterReach; j++)
        {
            if (s_replyTopics.Contains(view.Word(j)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The modal that governs the verb at <paramref name="k"/>, unless negated (for every form but "not go unpunished").</summary>
    private static int? ModalBefore(SentenceView view, int k)
    {
        var negatedForm = s_unanswered.Contains(view.Word(k));
        for (var j = k - 1; j > 0 && k - j <= ModalReach; j--)
        {
            var w = view.Word(j);
            if (view.MentionAt[j] >= 0 || w is "," or "." or ";" or ":")
            {
                return null;
            }

            if (!negatedForm && s_negations.Contains(w))
            {
                return null;
            }

            if (s_modals.Contains(w))
            {
                return j;
            }
        }

        return null;
    }

    private static CameoCode CodeOf(SentenceView view, int k, int end)
    {
        var sanction = false;
        for (var j = k; j < view.Tokens.Count && j <= end + AfterReach && view.MentionAt[j] < 0; j++)
        {
            if (s_force.Contains(view.Word(j)))
            {
                return s_threatenForce;
            }

            sanction |= s_sanctions.Contains(view.Word(j));
        }

        return sanction ? s_threatenSanctions : s_threaten;
    }

    /// <summary>
    /// Who will face the consequence: the reported clause's subject and those coordinated with it ("the United States and Britain
    /// would pay"), else the first party between the verb of saying and the modal ("any Russian move … would be met"), else the
    /// author of a hostile act (roots 11–20) against the speaker coded in the sentence.
    /// </summary>
    private static List<ActorMention> Targets(SentenceView view, int verb, int modal, ActorMention speaker, List<EventMention> events)
    {
        var targets = new List<ActorMention>();
        // A subject that is the speaker again ("Blinken said he had told Lavrov that any Russian move …") is no payer: look inside.
        if (ReportingSpeakers.ReportedSubject(view, verb, modal, s_reportFillers) is { } subject && subject.Code != speaker.Code)
        {
            targets.Add(subject);
            var p = subject.Last + 1;
            while (p + 1 < modal && view.Word(p) is "and" or "," && view.MentionAt[p + 1] >= 0
                && view.Found[view.MentionAt[p + 1]] is { IsPlace: false } next && next.Codes.Count == 1)
            {
                targets.Add(next);
                p = next.Last + 1;
            }

            return targets;
        }

        for (var p = verb + 1; p < modal; p++)
        {
            if (view.MentionAt[p] >= 0 && view.Found[view.MentionAt[p]] is { IsPlace: false, IsWeak: false } inside && inside.Codes.Count == 1
                && inside.Code != speaker.Code)
            {
                targets.Add(inside);
                return targets;
            }
        }

        foreach (var e in events)
        {
            if (e.Cameo.RootNumber >= 11 && e.Target.Code == speaker.Code && e.Source.Code != speaker.Code && FoundFor(view, e.Source.Code) is { } author)
            {
                targets.Add(author);
                return targets;
            }
        }

        return targets;
    }

    private static ActorMention? FoundFor(SentenceView view, string code)
    {
        foreach (var m in view.Found)
        {
            if (m.Codes.Count == 1 && m.Code == code && !m.IsPlace)
            {
                return m;
            }
        }

        return null;
    }
}
