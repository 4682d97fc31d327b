using FsCheck;
using FsCheck.Fluent;
using Orkhon.Extraction.Time;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// The date tagger reads a stretch of a longer text in place, keeps what its phrases cover as spans, and skips two
/// patterns by cheap tests: each must give exactly what a copy of the stretch, a flag per character and the patterns
/// themselves would.
/// </summary>
public sealed class InPlaceTaggingTests
{
    // Words that make time phrases, numbers, and the edges where a stretch's first or last character matters.
    private static readonly string[] s_words =
    [
        "in", "on", "since", "of", "that", "year", "the", "early", "late", "mid", "will", "visit", "said", "May", "may", "March",
        "mar", "Sept.", "sepember", "Dec", "december", "Mayor", "market", "2024", "1990s", "80s", "2010", "and", "2011,",
        "respectively", "3", "14", "-", ",", ".", ";", "$", "%", "last", "next", "Tuesday", "week", "weekend", "ago", "two",
        "days", "summer", "from", "to", "between", "1,000", "Ｍay", "ſept", "0S", "Kazakh",
        // Pieces of years, which the separators may join into four digits ("20" + "24"), in other scripts too.
        "20", "19", "٢٠", "٢٤",
    ];

    private static readonly Gen<string> s_text =
        from n in Gen.Choose(0, 14)
        from words in Gen.ArrayOf(Gen.Elements(s_words), n)
        from separators in Gen.ArrayOf(Gen.Elements(" ", " ", " ", "", "-", "\n"), n)
        select string.Concat(words.Zip(separators, (w, s) => w + s));

    // Property: tagging text[start..end] inside a longer text gives what tagging a copy of that stretch gives, shifted.
    [Fact]
    public void Property_StretchInPlace_EqualsItsCopy()
    {
        // The characters either side of the stretch are the ones a copy cannot see: draw them among those that matter.
        var cases = from before in s_text from left in Gen.Elements("", " ", "3", "$", ",", ".", "x", "since ")
                    from stretch in s_text
                    from right in Gen.Elements("", " ", "%", ",5", "x", "s", " of that year") from after in s_text
                    select (before: before + left, stretch, after: right + after);
        var anchor = new TimeAnchor(new DateOnly(2024, 9, 5), null);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var text = c.before + c.stretch + c.after;
            var start = c.before.Length;
            var inPlace = TemporalTagger.Tag(text, start, start + c.stretch.Length, anchor)
                .Select(e => $"{e.Start - start}-{e.End - start}:{string.Join(",", e.Values)}:{e.Respectively}");
            var copy = TemporalTagger.Tag(c.stretch, 0, c.stretch.Length, anchor)
                .Select(e => $"{e.Start}-{e.End}:{string.Join(",", e.Values)}:{e.Respectively}");
            return inPlace.SequenceEqual(copy).Label($"[{c.before}|{c.stretch}|{c.after}]");
        }));
    }

    // Property: the gates never skip a stretch where their pattern matches.
    [Fact]
    public void Property_Gates_NeverSkipAMatch() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), Prop.ForAll(s_text.ToArbitrary(), text =>
            ((TemporalTagger.MayMatchMonthYear(text) || !TemporalTagger.MonthYear().IsMatch(text))
            && (TemporalTagger.MayMatchDecade(text) || !TemporalTagger.Decade().IsMatch(text))
            && (TemporalTagger.MonthWords(text) >= 1 || !(TemporalTagger.DayMonth().IsMatch(text) || TemporalTagger.MonthDay().IsMatch(text)))
            && (TemporalTagger.MonthWords(text) >= 2 || !(TemporalTagger.CrossMonthRange().IsMatch(text) || TemporalTagger.MonthSpan().IsMatch(text)))
            && (TemporalTagger.HasFourDigits(text) || !(TemporalTagger.YearSpan().IsMatch(text) || TemporalTagger.Year().IsMatch(text)
                || TemporalTagger.Decade().IsMatch(text)))).Label($"[{text}]")));

    [Theory]
    [InlineData("Talks on 3 March.", 1)]
    [InlineData("From May to June 2024, and in July.", 2)] // counted up to two
    [InlineData("The market decided on 3 items in summary.", 0)] // the letters of a month inside other words
    [InlineData("Between ſept and October.", 2)] // not ASCII: every pattern runs
    public void MonthWords_CountsWholeMonthWords(string text, int count) => Assert.Equal(count, TemporalTagger.MonthWords(text));

    [Theory]
    [InlineData("In 2024.", true)]
    [InlineData("Some 1,000 troops on 3 March.", false)]
    [InlineData("In the 1990s.", true)]
    [InlineData("In ٢٠٢٤.", true)] // Arabic-Indic digits, which \d meets
    [InlineData("Room 202, floor 4.", false)]
    public void HasFourDigits_FindsARunOfFour(string text, bool expected) => Assert.Equal(expected, TemporalTagger.HasFourDigits(text));

    // Property: a stretch the explicit-date gate skips has no date without an anchor, whatever words of dates it holds.
    [Fact]
    public void Property_ExplicitDateGate_NeverSkipsADate()
    {
        string[] extra = ["Monday", "spring", "of that year", "the same year", "three", "twenty", "eighties", "yesterday", "today", "month", "earlier"];
        var words = s_words.Where(w => !w.Any(char.IsAsciiDigit)).Concat(extra).ToArray();
        var digitFree = from n in Gen.Choose(0, 14)
                        from ws in Gen.ArrayOf(Gen.Elements(words), n)
                        from separators in Gen.ArrayOf(Gen.Elements(" ", " ", " ", "", "-", ","), n)
                        select string.Concat(ws.Zip(separators, (w, s) => w + s));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), Prop.ForAll(Gen.OneOf(digitFree, s_text).ToArbitrary(), text =>
            (TemporalTagger.MayHoldExplicitDate(text) || TemporalTagger.LatestIn(TemporalTagger.Tag(text, 0, text.Length, default)) is null)
                .Label($"[{text}]")));
    }

    [Theory]
    [InlineData("The mayor met the market traders.", false)]
    [InlineData("They met in March.", true)]
    [InlineData("They met in mid-Sept. 2024.", true)]
    [InlineData("Maybe Decker came.", false)]
    [InlineData("The dec.x file.", true)] // "dec." ends where a word does, as the pattern needs
    [InlineData("In ſeptember.", true)] // not ASCII: the pattern decides
    public void MonthYearGate(string text, bool mayMatch) => Assert.Equal(mayMatch, TemporalTagger.MayMatchMonthYear(text));

    // Property: the taken spans answer as a flag per character would, through any order of takes and passes.
    [Fact]
    public void Property_TakenSpans_EqualFlags()
    {
        const int length = 40;
        var step = from kind in Gen.Choose(0, 9) from a in Gen.Choose(0, length) from b in Gen.Choose(0, length) select (kind, a, b);
        Prop.ForAll(Gen.ListOf(step).ToArbitrary(), steps =>
        {
            var flags = new bool[length + 1];
            var spans = new TakenSpans();
            foreach (var (kind, a, b) in steps)
            {
                var (s, e) = (Math.Min(a, b), Math.Max(a, b));
                if (kind == 0)
                {
                    spans.EndPass();
                }
                else if (kind < 5)
                {
                    spans.Take(s, e);
                    flags.AsSpan(s, e - s).Fill(true);
                }
                else if (spans.IsFree(s, e) != !flags.AsSpan(s, e - s).Contains(true) || spans.IsTaken(s) != flags[s])
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }
}
