using Orkhon.Domain;
using Orkhon.Tests.Fuzzing;

namespace Orkhon.Tests.Domain;

/// <summary>
/// Fuzzes <see cref="FuzzyDate.TryParse"/> with mutated ISO 8601 dates and spans, then runs every
/// operation on what parses, against itself and the calendar's edges. Dates reach the parser from
/// query strings, command-line options and front matter, so any text must either parse or be refused.
/// </summary>
public sealed class FuzzyDateFuzzTests
{
    private static readonly string[] s_corpus =
    [
        "1993", "2024-09", "2024-02-29", "2024-09-03", "1990/1993", "2010-03/2011-06-15", "2023/..", "../1991",
        "9999", "9999-12", "9999-12-31", "0001", "0001-01", "0001-01-01", "../9999", "9999/..", "9999-12/..", "../0001-01-01",
        "0001/9999", " 2024-09-03 ", "2024-09-03/2024-09-04",
    ];

    private static readonly string[] s_dictionary =
    [
        "-", "/", "..", "0", "00", "01", "02", "12", "13", "28", "29", "30", "31", "32", "0000", "0001", "1000", "2024",
        "9998", "9999", "10000", "99999999999", "-1", "+", " ", "T", "Z", ":", "-02-29", "-12-31", "-13", "-00",
    ];

    private static readonly FuzzyDate[] s_edges =
    [
        FuzzyDate.OfDay(DateOnly.MinValue), FuzzyDate.OfDay(DateOnly.MaxValue), FuzzyDate.OfMonth(9999, 12), FuzzyDate.OfYear(1),
        FuzzyDate.Since(FuzzyDate.OfYear(9999)), FuzzyDate.Until(FuzzyDate.OfYear(1)),
    ];

    [Fact]
    [Trait("Category", Fuzz.Category)]
    public void TryParse_FuzzedText_ParsesOrRefusesAndEveryOperationWorks()
    {
        var report = Fuzz.Run("fuzzy-date", seed: 1993, Fuzz.Mutator(s_corpus, s_dictionary, maxLength: 40), Exercise, defaultInputs: 100_000);
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
    }

    private static void Exercise(string text)
    {
        if (!FuzzyDate.TryParse(text, out var date))
        {
            return;
        }

        if (date.Earliest > date.Latest || FuzzyDate.Parse(date.ToString()) != date)
        {
            throw new InvalidOperationException($"'{text}' parsed to {date} ({date.Earliest}..{date.Latest}), which does not round-trip");
        }

        foreach (var other in s_edges)
        {
            _ = date.Contains(other) | date.Overlaps(other) | other.Contains(date) | (date.CompareTo(other) < 0) | (date == other);
        }

        _ = date.Precision;
        _ = date.Year;
        if (!date.IsSpan)
        {
            _ = FuzzyDate.Since(date).ToString() + FuzzyDate.Until(date) + FuzzyDate.Between(date, date);
            foreach (var other in s_edges)
            {
                if (!other.IsSpan && date.Latest <= other.Earliest)
                {
                    _ = FuzzyDate.Between(date, other).ToString();
                }
            }
        }
    }
}
