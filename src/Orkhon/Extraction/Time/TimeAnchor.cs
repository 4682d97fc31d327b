using Orkhon.Domain;

namespace Orkhon.Extraction.Time;

/// <summary>
/// What relative expressions are resolved against: the dateline's day or the document's date when known; otherwise the
/// latest fully explicit date the text itself gives (year included). Null when neither exists: then
/// "last year" stays unknown rather than being invented.
/// </summary>
/// <param name="ToldBefore">The last date the text told before the stretch tagged, if any: what "a year later", "the following
/// month" or "that same year" count from when the stretch itself tells no date before them.</param>
/// <param name="Narrative">The month of a past year the story is being told in (<see cref="NarrativeFrame"/>), if any: what a bare
/// "On November 16" or "in March" takes its year from instead of the publication day.</param>
/// <param name="WrittenMonth">The month of the last date written with its year before the stretch, wherever it stood
/// (<see cref="NarrativeFrame.WrittenMonthAfter"/>): a bare day or month of that same month takes its year.</param>
public readonly record struct TimeAnchor(DateOnly? DocumentDate, DateOnly? LatestInText, FuzzyDate? ToldBefore = null, FuzzyDate? Narrative = null,
    FuzzyDate? WrittenMonth = null)
{
    public DateOnly? Day => DocumentDate ?? LatestInText;
}
