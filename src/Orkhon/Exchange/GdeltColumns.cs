namespace Orkhon.Exchange;

/// <summary>
/// The GDELT 2.0 Events columns Orkhon reads or writes, by position (0-based), from
/// <c>GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv</c>. A row has exactly <see cref="Count"/> fields.
/// </summary>
public static class GdeltColumns
{
    public const int Count = 61;

    public const int GlobalEventId = 0;
    public const int SqlDate = 1;
    public const int MonthYear = 2;
    public const int Year = 3;
    public const int FractionDate = 4;
    public const int Actor1Code = 5;
    public const int Actor1Name = 6;
    public const int Actor1CountryCode = 7;
    public const int Actor2Code = 15;
    public const int Actor2Name = 16;
    public const int Actor2CountryCode = 17;
    public const int IsRootEvent = 25;
    public const int EventCode = 26;
    public const int EventBaseCode = 27;
    public const int EventRootCode = 28;
    public const int QuadClass = 29;
    public const int GoldsteinScale = 30;
    public const int NumMentions = 31;
    public const int NumSources = 32;
    public const int NumArticles = 33;
    public const int ActionGeoType = 51;
    public const int ActionGeoFullName = 52;
    public const int DateAdded = 59;
    public const int SourceUrl = 60;
}
