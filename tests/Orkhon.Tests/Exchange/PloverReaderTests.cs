using Orkhon.Domain;
using Orkhon.Exchange;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Exchange;

public sealed class PloverReaderTests
{
    [Fact]
    public void Read_SampleFile_MappedWhereOneCodeElseKeptAsPlover()
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

        // REQUEST + assist: an appeal (02) or a demand (10), so no one CAMEO code: kept, with everything it says.
        Assert.Equal(ImportRecordKind.Plover, records[2].Kind);
        var request = records[2].Plover!;
        Assert.Equal(("plover-pl-0003", "REQUEST", "assist", "MNG", "CHN", "2024-04-01"), (request.Id, request.Type, request.Mode, request.Source, request.Target, request.Date.ToString()));
        Assert.Equal(["economic"], request.Contexts);
        Assert.Equal("Mongolia asked China for help.", request.Text);
        Assert.Equal(EventOrigin.Imported, request.Origin);
        Assert.Equal(("https://example.org/wire/mng-chn-request", "Mongolia asked China for help."), (Assert.Single(request.Evidences).Url, request.Evidences[0].Text));

        Assert.Equal(ImportRecordKind.Skipped, records[3].Kind);
        Assert.Equal("no source actor with a code Orkhon knows", records[3].Reason);
    }

    [Theory]
    [InlineData("AGREE", null, "", "03")]
    [InlineData("CONSULT", null, "", "04")]
    [InlineData("CONSULT", "visit", "", "04")]          // 042 and 043: make and host a visit
    [InlineData("CONSULT", "phone", "", "041")]
    [InlineData("CONSULT", "multilateral", "", "04")] // a mode the table never gives the type: the type alone decides
    [InlineData("AGREE", "visit", "", "03")]
    [InlineData("SUPPORT", null, "", "05")]
    [InlineData("COOPERATE", null, "", "06")]
    [InlineData("AID", null, "", "07")]
    [InlineData("THREATEN", null, "", "13")]
    [InlineData("SANCTION", null, "", "16")]           // 163 is COERCE in the table
    [InlineData("ACCUSE", "investigate", "", "09")]    // 090-094
    [InlineData("ACCUSE", "allege", "", "11")]         // 1121-1125, 114, 115
    [InlineData("ACCUSE", "disapprove", "", "11")]     // 110-113, 116
    [InlineData("ACCUSE", "Investigate", "", "09")]    // a mode in any case
    [InlineData("RETREAT", null, "", "08")]            // 084-087 and 0813-0814: all of root 08
    [InlineData("RETREAT", "release", "", "0841")]
    [InlineData("RETREAT", "access", "", "086")]       // 086, 0861-0863
    [InlineData("RETREAT", "ceasefire", "", "0871")]
    [InlineData("ASSAULT", "abduct", "", "18")]        // 181 and 184
    [InlineData("ASSAULT", "heavy-weapons", "", "19")] // 194 and 195
    [InlineData("ASSAULT", "massacre", "", "20")]      // 200 and 202
    [InlineData("ASSAULT", "cleansing", "", "20")]     // 201 and 203
    [InlineData("COERCE", "arrest", "", "173")]
    [InlineData("COERCE", "restrict", "military", "191")]      // the context decides between 163, 172, 1721 and 191
    [InlineData("COERCE", "restrict", "diplomatic", "163")]
    [InlineData("COERCE", "seize", "human_security", "171")]   // 171, 1711 rather than 192
    [InlineData("COERCE", "seize", "military;economic", "192")]
    public void TryToCameo_OneCode_TheMostSpecificSharedCode(string type, string? mode, string contexts, string code)
    {
        Assert.True(PloverMapping.Default.TryToCameo(type, mode, contexts.Split(';', StringSplitOptions.RemoveEmptyEntries), out var cameo));
        Assert.Equal(code, cameo.Value);
    }

    [Theory]
    [InlineData("REQUEST", null, "")]           // 02 and 10
    [InlineData("REQUEST", "assist", "")]       // appeals (02) have no mode in the table: any REQUEST may be one
    [InlineData("REQUEST", "meet", "diplomatic")]
    [InlineData("ACCUSE", null, "")]            // 09 and 11
    [InlineData("ASSAULT", null, "")]           // 17, 18, 19 and 20
    [InlineData("COERCE", null, "")]            // 16, 17 and 19
    [InlineData("COERCE", "restrict", "")]      // 163, 172, 1721, 191: no context to decide
    [InlineData("COERCE", "restrict", "cbrn")]  // a context none of them has decides nothing
    [InlineData("REQUEST", "allege", "")]       // a mode no REQUEST code has: the type alone decides, 02 and 10
    [InlineData("REQUEST", "meet", "economic")] // 106-108 are diplomatic: only 02 is left, for want of knowledge
    [InlineData("DOCUMENT", null, "")]          // not an event type
    public void TryToCameo_SeveralFamiliesOrNone_False(string type, string? mode, string contexts) =>
        Assert.False(PloverMapping.Default.TryToCameo(type, mode, contexts.Split(';', StringSplitOptions.RemoveEmptyEntries), out _));

    [Fact]
    public void WholeTypes_TheTypesDocsFormatsMdLists() =>
        Assert.Equal(
            ["AGREE 03", "AID 07", "CONCEDE 08", "CONSULT 04", "COOPERATE 06", "MOBILIZE 15", "PROTEST 14", "REJECT 12", "RETREAT 08", "SANCTION 16", "SUPPORT 05", "THREATEN 13"],
            PloverMapping.Default.WholeTypes.Select(p => p.Type + " " + p.Code.Value));

    [Fact]
    public void TryToCameo_EveryTypeModeAndContext_ACodeOfThatTypeAndModeUnderIt_RequestNever()
    {
        // Every type, every mode any row has (and none), every context any row has (and none): a code given
        // must hold a listed code of that type and mode; REQUEST gets none (appeals, 02, share every mode).
        var rows = PloverModeTable.Default.Rows.Where(r => CameoCatalog.Default.Contains(r.Code)).ToList();
        var modes = rows.Select(r => r.Mode).Where(m => m.Length > 0).Distinct().Append(null);
        var contexts = rows.SelectMany(r => r.Contexts).Distinct().Select(c => (IReadOnlyCollection<string>)[c]).Append([]);
        var whole = PloverMapping.Default.WholeTypes.ToDictionary(p => p.Type, p => p.Code);
        foreach (var type in rows.Select(r => r.Type).Distinct())
        {
            foreach (var mode in modes)
            {
                foreach (var context in contexts)
                {
                    if (!PloverMapping.Default.TryToCameo(type, mode, context, out var code))
                    {
                        // A type that goes back whole keeps doing so whatever its mode and contexts say.
                        Assert.False(whole.ContainsKey(type), $"{type} {mode} {string.Join(';', context)}");
                        continue;
                    }

                    Assert.True(!whole.TryGetValue(type, out var family) || code.IsIn(family));

                    Assert.NotEqual("REQUEST", type);
                    Assert.Contains(rows, r => r.Type == type && (mode is null || r.Mode == mode || !rows.Any(o => o.Type == type && o.Mode == mode)) && r.Code.IsIn(code));
                }
            }
        }
    }

    [Fact]
    public void TryToCameo_EveryTableRow_GivesACodeThatHoldsIt()
    {
        // Whatever a record of a listed code's type, mode and contexts maps to, it must be that code or a
        // family above it: the reverse map never moves a record to another branch of CAMEO.
        foreach (var row in PloverModeTable.Default.Rows.Where(r => CameoCatalog.Default.Contains(r.Code)))
        {
            if (PloverMapping.Default.TryToCameo(row.Type, row.Mode, row.Contexts.ToList(), out var code))
            {
                Assert.True(row.Code.IsIn(code), $"{row.Code.Value} ({row.Type}, '{row.Mode}') maps to {code.Value}");
            }
        }
    }

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
