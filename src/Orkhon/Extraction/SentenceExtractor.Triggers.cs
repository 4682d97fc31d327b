using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

// Finding the lexicon's phrases in a sentence: which word is a verb and which a noun, the phrase's object
// constraints, and the small word classes (determiners, auxiliaries, noun modifiers) those decisions read.
public sealed partial class SentenceExtractor
{
    private List<Trigger> FindTriggers(string text, List<Token> tokens, bool[] blocked, int[] mentionAt, List<ActorMention> found)
    {
        var triggers = new List<Trigger>();
        bool Free(int k) => k < tokens.Count && !blocked[k] && mentionAt[k] < 0;
        bool MayGap(int k) => k < tokens.Count && mentionAt[k] < 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Free(i) || tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            foreach (var phrase in _lexicon.StartingWith(tokens[i].In(text)))
            {
                // "the visit", "his trip", "Putin's visit", "a 2019 visit", "the border clashes": a determiner makes the word a noun.
                if (!phrase.Entry.IsNoun && i > 0 && blocked[i - 1] && mentionAt[i - 1] < 0 && DeterminerBeforeDate(text, tokens, blocked, i - 1))
                {
                    // "A 2019 visit", "his August 2024 visit": a date between a determiner and the word makes it a noun.
                    continue;
                }

                if (!phrase.Entry.IsNoun && i > 0 && Free(i - 1) && (IsDeterminer(text, tokens, i - 1)
                    || (i > 1 && Free(i - 2) && tokens[i - 1].Kind == TokenKind.Word && char.IsLower(tokens[i - 1].In(text)[0]) && !IsAuxiliary(tokens[i - 1].In(text))
                        && tokens[i - 1].In(text) is not ("and" or "or" or "but" or "then" or "and" or "also") && tokens[i - 2].In(text) is "the" or "The" or "a" or "A" or "an" or "his" or "her" or "its" or "their" or "'s")))
                {
                    continue;
                }

                // "warned its citizens against all travel to Iran", "any visit": after a preposition or a quantifier the word is a noun.
                if (!phrase.Entry.IsNoun && i > 0 && tokens[i - 1].In(text) is "against" or "all" or "any" or "non-essential" or "nonessential" or "unnecessary")
                {
                    continue;
                }

                // "a resolution condemning…", "for hosting the Dalai Lama": an -ing form is an event only in "is hosting"
                // or "responded by expelling".
                if (!phrase.Entry.IsNoun && tokens[i].In(text).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !(i > 0 && (IsAuxiliary(tokens[i - 1].In(text)) || tokens[i - 1].In(text) is "by" || IsParticipialOpener(tokens[i - 1].In(text)))))
                {
                    continue;
                }

                var end = phrase.Match(text, tokens, i, Free, MayGap);
                var passive = end >= 0 && !phrase.Entry.IsNoun && phrase.IsParticiple(tokens[i].In(text)) && IsAfterBe(text, tokens, i);
                if (end < 0 || !Accepts(text, tokens, mentionAt, blocked, found, phrase.Entry, i, end, passive))
                {
                    continue;
                }

                triggers.Add(new Trigger(i, end, phrase, passive));
                i = end - 1;
                break;
            }
        }

        return triggers;
    }

    // Checks the entry's object constraints and, for nouns, that the noun names a specific event.
    private bool Accepts(string text, List<Token> tokens, int[] mentionAt, bool[] blocked, List<ActorMention> found, LexiconEntry entry, int first, int end, bool passive)
    {
        var window = Math.Min(tokens.Count, end + 10);
        var requiredFound = false;
        if (entry.RequiredObjects.Count > 0)
        {
            var ok = false;
            // In the passive the object stands before the verb: "Sanctions were imposed on Russia".
            for (var k = passive ? Math.Max(0, first - 6) : first + 1; k < window && !ok; k++)
            {
                var w = tokens[k].In(text);
                foreach (var o in entry.RequiredObjects)
                {
                    if (w.Equals(o, StringComparison.OrdinalIgnoreCase) || (o is "million" or "billion" && w.StartsWith("$", StringComparison.Ordinal)))
                    {
                        ok = true;
                        break;
                    }
                }
            }

            requiredFound = ok;
            if (!ok && !entry.RequiresActorObject)
            {
                return false;
            }
        }

        foreach (var o in entry.ForbiddenObjects)
        {
            for (var k = end; k < Math.Min(tokens.Count, end + 3); k++)
            {
                if (tokens[k].In(text).Equals(o, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
        }

        if (!passive && (entry.RequiresActorObject || entry.ForbidsActorObject))
        {
            var k = SkipModifiers(text, tokens, mentionAt, end);
            // "welcomed Kazakhstan's decision" welcomes a decision, not Kazakhstan.
            var actorFollows = k < tokens.Count && mentionAt[k] >= 0 && !found[mentionAt[k]].IsPlace && !(found[mentionAt[k]].IsPossessive && found[mentionAt[k]].Role is null);
            if (entry.ForbidsActorObject && actorFollows)
            {
                return false;
            }

            // "actor|project|construction": an actor or one of the words will do.
            if (entry.RequiresActorObject && !actorFollows && !(entry.RequiredObjects.Count > 0 && requiredFound))
            {
                return false;
            }
        }

        if (entry.IsNoun)
        {
            // A noun reports an event only with its actors attached: "Putin's visit", "visit by X", "talks with X", "protest from X".
            var possessor = PossessorIndex(text, tokens, mentionAt, blocked, first) >= 0;
            var before = first - 1;
            while (before > 0 && tokens[before].Kind == TokenKind.Word && IsNounModifier(tokens[before].In(text)))
            {
                before--;
            }

            var by = (end < tokens.Count && tokens[end].In(text) is "of") || HasWordBetween(text, tokens, end, Math.Min(tokens.Count, end + 8), "by");
            var introduced = first > 0 && before >= 0 && tokens[before].In(text) is "during" or "in" or "after" or "at" or "following" or "before" or "held" or "hold" or "holds" or "amid";
            var phraseEndsInPreposition = (entry.Phrase.EndsWith(" with", StringComparison.Ordinal) && introduced) || entry.Phrase.EndsWith(" from", StringComparison.Ordinal);
            return possessor || by || phraseEndsInPreposition;
        }

        return true;
    }

    private static bool DeterminerBeforeDate(string text, List<Token> tokens, bool[] blocked, int k)
    {
        while (k >= 0 && blocked[k])
        {
            k--;
        }

        return k >= 0 && tokens[k].In(text) is "a" or "A" or "the" or "The" or "his" or "His" or "her" or "Her" or "its" or "their" or "'s" or "this" or "This";
    }

    /// <summary>
    /// The index of a noun's possessor ("Putin's", "his", "Japan's $8 million") or -1: only numbers, dates,
    /// money and a few event adjectives may stand between them.
    /// </summary>
    internal static int PossessorIndex(string text, List<Token> tokens, int[] mentionAt, bool[]? blocked, int first)
    {
        var k = first - 1;
        while (k >= 0 && k >= first - 6 && mentionAt[k] < 0 && (tokens[k].Kind == TokenKind.Number || tokens[k].In(text) is "$" || (blocked?[k] ?? false) || IsNounModifier(tokens[k].In(text))
            || tokens[k].In(text) is "million" or "billion" or "joint" or "latest" or "new" or "first" or "second" or "return" or "recent" or "long-awaited" or "landmark"))
        {
            k--;
        }

        if (k >= 0 && tokens[k].In(text) is "his" or "His" or "her" or "Her" or "their" or "its")
        {
            return mentionAt[k] >= 0 ? k : -1;
        }

        if (k >= 0 && tokens[k].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase))
        {
            k--;
        }

        return k >= 0 && mentionAt[k] >= 0 ? k : -1;
    }

    // "to sign", but not "is to sign" (a plan) nor "'s decision to suspend" (a decision taken).
    internal static bool IsInfinitive(string text, List<Token> tokens, Trigger trigger) =>
        !trigger.Entry.IsNoun && trigger.First > 0 && tokens[trigger.First - 1].In(text) is "to"
        && !(trigger.First > 1 && tokens[trigger.First - 2].In(text) is "is" or "are" or "due" or "was" or "were" or "decision" or "move");

    // "after hosting Yoon in Tokyo", "After meeting Macron in Paris, Scholz flew…": a participial clause of time reports an act
    // of the main clause's subject.
    internal static bool IsParticipialOpener(ReadOnlySpan<char> w) => w is "after" or "After" or "before" or "Before" or "while" or "While" or "since" or "upon" or "Upon";

    private static bool IsAuxiliary(ReadOnlySpan<char> w) =>
        w is "is" or "are" or "was" or "were" or "be" or "been" or "am" or "has" or "have" or "had" or "will" or "also" or "then" or "later" or "jointly" or "formally" or "officially" or "reportedly";

    private static bool IsDeterminer(string text, List<Token> tokens, int k)
    {
        var w = tokens[k].In(text);
        return w is "the" or "The" or "a" or "A" or "an" or "An" or "his" or "His" or "her" or "Her" or "its" or "their" or "this" or "This" or "'s" or "'S"
            || IsNounModifier(w);
    }

    private static bool IsNounModifier(ReadOnlySpan<char> word) =>
        word is "state" or "official" or "working" or "first" or "historic" or "two-day" or "three-day" or "four-day" or "five-day" or "recent" or "planned"
        || (word.Length > 0 && char.IsDigit(word[0])) || word.EndsWith("-day", StringComparison.Ordinal) || IsMonthName(word);

    private static bool IsMonthName(ReadOnlySpan<char> word) =>
        word is "January" or "February" or "March" or "April" or "May" or "June" or "July" or "August" or "September" or "October" or "November" or "December";

    private static bool IsAfterBe(string text, List<Token> tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            var w = tokens[k].In(text);
            if (w is "was" or "were" or "is" or "are" or "been" or "being" or "be")
            {
                return true;
            }

            if (w is not ("also" or "formally" or "officially" or "first" or "later" or "then" or "recently" or "warmly" or "personally"))
            {
                return false;
            }
        }

        return false;
    }

    // Skips articles and up to three quantities or modifiers before an actor ("the visiting", "several US companies").
    private static int SkipModifiers(string text, List<Token> tokens, int[] mentionAt, int k)
    {
        var start = k;
        while (k < tokens.Count && k - start < 4 && mentionAt[k] < 0 && (tokens[k].Kind == TokenKind.Number || tokens[k].In(text) is "the" or "a" or "an" or "its" or "his" or "her" or "their"
            or "several" or "some" or "many" or "dozens" or "two" or "three" or "four" or "five" or "both" or "visiting" or "new" or "former" or "incoming" or "outgoing" or "top" or "senior" or "fellow" or "acting" or "then"))
        {
            k++;
        }

        return k;
    }
}
