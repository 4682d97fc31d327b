using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;
using Orkhon.Text;
using static Orkhon.Extraction.PhraseGrammar;

namespace Orkhon.Extraction;

// The date each pair takes when a sentence gives several ("respectively", a destination with its own date).
internal sealed partial class PairFinder
{
    /// <summary>
    /// The date of pair <paramref name="index"/>: with several pairs, "in 2010 and 2011, respectively" gives each its own year,
    /// and a destination followed by its own date ("Moscow on 8 July and Kyiv on 23 August") takes that date; else <paramref name="date"/>.
    /// </summary>
    public static FuzzyDate? DateOf(SentenceView view, List<ActorPair> pairs, int index, FuzzyDate? date, int windowEnd)
    {
        if (pairs.Count < 2)
        {
            return date;
        }

        var respectively = view.Times.FirstOrDefault(t => t.Respectively && t.Values.Count == pairs.Count);
        if (respectively is not null)
        {
            return respectively.Values[index];
        }

        var target = pairs[index].Target;
        // "A, B and C pledged on Monday to respect Mongolia's status, ending a campaign it began two decades ago": several
        // parties acting on one target act at one time; only destinations of one act ("Moscow on 8 July and Kyiv on 23
        // August") each take the time after them.
        if (pairs.All(p => p.Target.Code == target.Code))
        {
            return date;
        }

        // "A and B agreed to …", "the two met": a party that is also a source is one of a joint act's parties, all acting
        // at one time; only the objects of one act ("visited A on X and B on Y") each take the time after them.
        if (pairs.Any(p => p.Source.First == target.First && p.Source.Last == target.Last))
        {
            return date;
        }

        // Several parties acting on one object ("Britain and Australia held Russia responsible for the downing … in 2014")
        // are one act: no destination of its own takes a time of its own.
        if (pairs.All(p => p.Target.First == target.First && p.Target.Last == target.Last))
        {
            return date;
        }

        var next = index + 1 < pairs.Count && pairs[index + 1].Target.First > target.Last ? pairs[index + 1].Target.First : windowEnd;
        for (var k = target.Last + 1; k < Math.Min(next, view.Tokens.Count); k++)
        {
            if (view.TimeAt[k] >= 0 && !Time.DateAttacher.IsDeadline(view.Clauses, k))
            {
                return view.Times[view.TimeAt[k]].Value;
            }
        }

        return date;
    }
}
