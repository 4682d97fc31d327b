namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// "since the start of the war in 2022", "since the outbreak of the fighting in April 2023": a state held since a beginning told
/// with its time is an open span from that time, as "since 2022" is. Our own sentences, different actors, roots and units.
/// </summary>
public sealed class SinceTheStartTests
{
    private const string Published = "2024-06-13";

    [Theory]
    [InlineData("Russia has been using chemical weapons against Ukraine since the start of its full-scale invasion in 2022, Dutch officials said.", "RUS>UKR 2041 2022/..")]
    [InlineData("Iran has supplied drones to Russia since the outbreak of the war in February 2022.", "IRN>RUS 072 2022-02/..")]
    [InlineData("Egypt has hosted Sudanese refugees since the beginning of the fighting in April 2023.", "EGY>SDN 075 2023-04/..")]
    [InlineData("Since the onset of the crisis in 2019, Turkey has criticised Syria.", "TUR>SYR 111 2019/..")]
    [InlineData("Kenya has hosted Somali troops since mid-2022.", "KEN>SOM 043 2022/..")]
    public void Extract_SinceTheStartOfAToldTime_IsAnOpenSpan(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Published));

    // Without "since" the time is a point; with a named party between, the phrase is left as before (a limit: the party must stay
    // free to be found).
    [Theory]
    [InlineData("Russia invaded Ukraine at the start of the war in 2022.", "RUS>UKR 192 2022")]
    [InlineData("Poland has criticised Russia since the start of Moscow's invasion in 2022.", "POL>RUS 111 2022")]
    public void Extract_NoSinceOrANameBetween_KeepsThePoint(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Published));
}
