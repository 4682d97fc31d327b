using Orkhon.Domain;
using Orkhon.Exchange;

namespace Orkhon.Tests.Exchange;

public sealed class PloverReaderTests
{
    [Fact]
    public void Read_SampleFile_TypesMappedWhereOneToOneElseSkipped()
    {
        var records = ExchangeTestData.Read(PloverReader.Default, ExchangeTestData.File("plover-sample.jsonl"));

        Assert.Equal(4, records.Count);
        var agree = records[0].Event!;
        Assert.Equal(("plover-pl-0001", "MNG", "JPN", "03", "2024-03-12", "Tokyo"), (agree.Id, agree.Source.Code, agree.Target.Code, agree.Cameo.Value, agree.Date.ToString(), agree.Location));
        Assert.Equal("Mongolian and Japanese officials agreed to cooperate on mining.", agree.Title);
        Assert.Empty(agree.Evidences);

        // Orkhon's own cameo field wins over the type; a bare code string is an actor; month precision kept.
        var accord = records[1].Event!;
        Assert.Equal(("KOR", "057", "2024-03"), (accord.Source.Code, accord.Cameo.Value, accord.Date.ToString()));
        Assert.Equal("https://example.org/wire/kor-mng-accord", Assert.Single(accord.Evidences).Url);

        Assert.Equal(ImportRecordKind.Skipped, records[2].Kind);
        Assert.Equal("PLOVER type 'REQUEST' has no single CAMEO code and Orkhon's events are coded in CAMEO", records[2].Reason);
        Assert.Equal(ImportRecordKind.Skipped, records[3].Kind);
        Assert.Equal("no source actor with a code Orkhon knows", records[3].Reason);
    }

    [Theory]
    [InlineData("AGREE", "03")]
    [InlineData("CONSULT", "04")]
    [InlineData("SUPPORT", "05")]
    [InlineData("COOPERATE", "06")]
    [InlineData("AID", "07")]
    [InlineData("THREATEN", "13")]
    public void TryToCameo_OneFamily_ItsHead(string type, string code)
    {
        Assert.True(PloverMapping.Default.TryToCameo(type, out var cameo));
        Assert.Equal(code, cameo.Value);
    }

    [Fact]
    public void OneToOne_TheTypesDocsFormatsMdLists() =>
        Assert.Equal(
            ["AGREE", "AID", "CONCEDE", "CONSULT", "COOPERATE", "MOBILIZE", "PROTEST", "REJECT", "SANCTION", "SUPPORT", "THREATEN"],
            PloverMapping.Default.OneToOne);

    [Theory]
    [InlineData("REQUEST")] // 02 and 10
    [InlineData("ACCUSE")]  // 09 and 11
    [InlineData("ASSAULT")] // 18, 19, 20 and parts of 17
    [InlineData("RETREAT")] // parts of 08, no head of its own
    [InlineData("DOCUMENT")]
    public void TryToCameo_SeveralFamiliesOrNone_False(string type) =>
        Assert.False(PloverMapping.Default.TryToCameo(type, out _));

    [Theory]
    [InlineData("[1,2]", "not a JSON object")]
    [InlineData("{\"date\":\"2024-01-01\"}", "no 'id'")]
    [InlineData("{\"id\":\"a\",\"date\":\"2024-13-01\",\"event\":\"AGREE\"}", "date '2024-13-01' is not an ISO 8601 date")]
    [InlineData("{\"id\":\"a\",\"cameo\":\"0999\"}", "cameo '0999' is not in the CAMEO catalogue")]
    [InlineData("{\"id\":\"a\",\"source\":\"MNG\",\"target\":\"CHN\"}", "no 'event' (the PLOVER event type)")]
    public void Read_BadRecord_Reason(string line, string reason)
    {
        var record = Assert.Single(ExchangeTestData.ReadText(PloverReader.Default, line + "\n"));
        Assert.Equal((ImportRecordKind.Bad, 1L, reason), (record.Kind, record.Line, record.Reason));
    }

    [Fact]
    public void Read_TruncatedJson_BadRowNamed()
    {
        var record = Assert.Single(ExchangeTestData.ReadText(PloverReader.Default, "{\"id\":\"a\",\"event\":\n"));
        Assert.Equal(ImportRecordKind.Bad, record.Kind);
        Assert.StartsWith("not a JSON object: ", record.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DeepNesting_RefusedByTheNamedLimit()
    {
        var deep = "{\"id\":\"a\",\"x\":" + new string('[', PloverReader.MaxDepth + 2) + new string(']', PloverReader.MaxDepth + 2) + "}";
        Assert.Equal(ImportRecordKind.Bad, Assert.Single(ExchangeTestData.ReadText(PloverReader.Default, deep)).Kind);
    }

    [Fact]
    public void Read_EventKeepsImportedOrigin() =>
        Assert.Equal(EventOrigin.Imported, ExchangeTestData.Read(PloverReader.Default, ExchangeTestData.File("plover-sample.jsonl"))[0].Event!.Origin);
}
