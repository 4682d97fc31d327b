using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Extraction.Time;

// Two ways a noun phrase tells its act's time that no time phrase of the clause around it gives:
// - its own relative clause says when the act began: "a truce after border clashes that began on Tuesday", "the war, which
//   broke out in 2020": the relative clause's time is the noun's act's, not the main clause's day;
// - it is an untold stretch: "after months of talks mediated by Qatar", "Kenya, which has mediated years of negotiations":
//   an act that ran over weeks, months or years the text does not give has no date, as a background act with only a vague
//   anchor (TestData/extraction/README.md, "Background acts"; "a standing mediation with no date is 045 … with a null date").
internal static partial class DateAttacher
{
    /// <summary>How many tokens of the noun phrase ("on southern Lebanon") may stand between an event noun and its relative pronoun.</summary>
    private const int OnsetAntecedentReach = 6;

    /// <summary>How many tokens after its onset verb the relative clause's time phrase may begin ("that broke out early on Tuesday").</summary>
    private const int OnsetTimeReach = 3;

    /// <summary>How many modifiers may stand between "months of" and the noun it counts ("months of on-off negotiations").</summary>
    private const int StretchModifierReach = 2;

    private static readonly WordSet s_onsets = Words.Lookup("onset");
    private static readonly WordSet s_onsetParticles = Words.Lookup("onset-particle");
    private static readonly WordSet s_antecedentLinks = Words.Lookup("antecedent-link");
    private static readonly WordSet s_stretchUnits = Words.Lookup("stretch-unit");
    private static readonly WordSet s_lasting = Words.Lookup("lasting");
    private static readonly WordSet s_until = Words.Lookup("until");

    /// <summary>Whether the word says a stay or an exercise goes on ("lasts", "runs") before "until" and its last day.</summary>
    internal static bool IsLasting(ReadOnlySpan<char> w) => s_lasting.Contains(w);

    /// <summary>Whether the word opens a stay's or an exercise's last day ("until Saturday", "till 17 September").</summary>
    internal static bool IsUntil(ReadOnlySpan<char> w) => s_until.Contains(w);

    /// <summary>How many tokens after the onset's time phrase its end may be told ("and run until", "and ended on").</summary>
    private const int RelativeEndReach = 4;

    // "the drills, which began on Tuesday and run until 17 September", "talks that began on Saturday and ended on Monday": the
    // relative clause that tells the onset goes on, after "and", to the act's last day; the act spans the two days. Null
    // unless the onset is a day and the end a later day.
    private static FuzzyDate? RelativeEnd(ClauseView view, int onsetAt, FuzzyDate onset)
    {
        if (onset is not { Precision: DatePrecision.Day })
        {
            return null;
        }

        var (text, tokens) = (view.Text, view.Tokens);
        var k = onsetAt;
        while (k < tokens.Count && view.TimeAt[k] == view.TimeAt[onsetAt])
        {
            k++;
        }

        if (k >= tokens.Count || tokens[k].In(text) is not "and")
        {
            return null;
        }

        var ends = false;
        for (var j = k + 1; j < tokens.Count && j <= k + RelativeEndReach; j++)
        {
            var w = tokens[j].In(text);
            if (w is "," or ";" or "." || view.MentionAt[j] >= 0)
            {
                return null;
            }

            if (view.TimeAt[j] >= 0)
            {
                return ends && view.Times[view.TimeAt[j]].Value is { Precision: DatePrecision.Day } end && end.Earliest > onset.Earliest
                    ? FuzzyDate.Between(onset, end) : null;
            }

            // "ended", or a verb of going on before "until" ("run until", "will last until").
            ends |= IsEnding(w) || (IsLasting(w) && j + 1 < tokens.Count && (IsUntil(tokens[j + 1].In(text)) || view.TimeAt[j + 1] >= 0));
        }

        return null;
    }

    /// <summary>
    /// The time of an event noun's own relative clause that tells when its act began ("clashes that began on Tuesday", "the
    /// offensive, which had started in March"), or null. The clause must follow the noun, across at most a comma or a short
    /// prepositional modifier made of names, so that it is the noun's and not a later noun's ("talks over the war that began in
    /// 2022" tells when the war began, not the talks). A phrase the lexicon reads as a verb ("clashes") qualifies only with the
    /// pronoun right after it.
    /// </summary>
    private static FuzzyDate? OnsetInItsRelative(ClauseView view, Trigger trigger)
    {
        var (text, tokens) = (view.Text, view.Tokens);
        var k = trigger.End;
        if (k < tokens.Count && tokens[k].In(text) is ",")
        {
            k++;
            if (k >= tokens.Count || tokens[k].In(text) is not "which")
            {
                return null;
            }
        }

        // A phrase the lexicon reads as a verb ("clashes", "strikes") is a noun when the relative pronoun follows it at once.
        for (var reach = trigger.Entry.IsNoun ? OnsetAntecedentReach : 1; k < tokens.Count && k < trigger.End + reach; k++)
        {
            var w = tokens[k].In(text);
            if (view.MentionAt[k] < 0 && view.TimeAt[k] < 0 && w is "that" or "which")
            {
                break;
            }

            // A name, or a preposition or determiner linking one: anything else is another noun the clause may belong to.
            // A lower-case modifier of a name counts with it ("on southern Lebanon").
            if (view.TimeAt[k] >= 0 || w.Length == 0
                || !(view.MentionAt[k] >= 0 || char.IsUpper(w[0]) || s_antecedentLinks.Contains(w) || (k + 1 < tokens.Count && view.MentionAt[k + 1] >= 0 && IsLowerWord(w))))
            {
                return null;
            }
        }

        if (k >= tokens.Count || tokens[k].In(text) is not ("that" or "which"))
        {
            return null;
        }

        var verb = k + 1;
        if (verb < tokens.Count && Inflection.IsFiniteHave(tokens[verb].In(text)))
        {
            verb++;
        }

        if (verb >= tokens.Count || !s_onsets.Contains(tokens[verb].In(text)))
        {
            return null;
        }

        // "broke out", "kicked off", "flared up": the phrasal verbs need their particle; "began" and "started" stand alone.
        var from = verb + 1;
        if (tokens[verb].In(text) is "broke" or "kicked" or "flared")
        {
            if (from >= tokens.Count || !s_onsetParticles.Contains(tokens[from].In(text)))
            {
                return null;
            }

            from++;
        }

        for (var j = from; j < tokens.Count && j <= from + OnsetTimeReach; j++)
        {
            if (tokens[j].In(text) is "," or ";" or "." || view.MentionAt[j] >= 0)
            {
                return null;
            }

            if (view.TimeAt[j] >= 0 && !IsDateline(view, j))
            {
                // "clashes that began in 2020 and have gone on since": a span opened by "since" is a state, not the onset.
                var onset = view.Times[view.TimeAt[j]].Value;
                return onset is { IsOpenEnd: true, IsOpenStart: false } ? null : RelativeEnd(view, j, onset) ?? onset;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the phrase names an act told as an untold stretch of weeks, months or years: an event noun counted by one
    /// ("after months of talks", "weeks of fighting"), a passive participle on such a noun ("months of negotiations mediated by
    /// Qatar"), or a consultation whose object is one ("has mediated years of talks").
    /// </summary>
    private static bool IsUntoldStretch(ClauseView view, Trigger trigger)
    {
        var (text, tokens) = (view.Text, view.Tokens);

        // "mediated years of negotiations", "held months of talks": root 04's object is the talks themselves.
        var after = trigger.End;
        if (!trigger.Entry.IsNoun && trigger.Entry.Cameo.RootNumber == 4 && after + 1 < tokens.Count
            && s_stretchUnits.Contains(tokens[after].In(text)) && tokens[after + 1].In(text) is "of")
        {
            return true;
        }

        // Before the phrase: a noun, or a passive participle right after its noun ("negotiations mediated by Qatar").
        var head = trigger.First;
        if (!trigger.Entry.IsNoun)
        {
            if (trigger.End >= tokens.Count || tokens[trigger.End].In(text) is not "by" || !PhraseGrammar.IsLowerPastForm(tokens[trigger.First].In(text)))
            {
                return false;
            }

            head = trigger.First - 1;
            if (head < 0 || view.MentionAt[head] >= 0 || !IsLowerWord(tokens[head].In(text)))
            {
                return false;
            }
        }

        for (var k = head - 1; k >= 1 && k >= head - 1 - StretchModifierReach; k--)
        {
            var w = tokens[k].In(text);
            if (w is "of")
            {
                return s_stretchUnits.Contains(tokens[k - 1].In(text));
            }

            if (view.MentionAt[k] >= 0 || view.TimeAt[k] >= 0 || !IsLowerWord(w) || s_antecedentLinks.Contains(w))
            {
                return false;
            }
        }

        return false;
    }

    // A lower-case word (letters and hyphens): a modifier or a common noun, not a name, number or punctuation.
    private static bool IsLowerWord(ReadOnlySpan<char> w) => w.Length > 0 && char.IsLower(w[0]) && !w.ContainsAnyExcept(LowerWordLetters);

    private static readonly System.Buffers.SearchValues<char> LowerWordLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");
}
