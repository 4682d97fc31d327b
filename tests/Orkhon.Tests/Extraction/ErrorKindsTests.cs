using static Orkhon.Tests.Extraction.EvaluationCorpus;
using static Orkhon.Tests.Extraction.EvaluationScore;

namespace Orkhon.Tests.Extraction;

public sealed class ErrorKindsTests
{
    private static GoldEvent Gold(string source, string target, string cameo) => new(source, null, target, null, cameo, "2024-05-01");

    private static Predicted Got(string source, string target, string cameo) => new(source, target, cameo, "2024-05-01");

    private static ItemResult Result(IReadOnlyList<GoldEvent> gold, IReadOnlyList<(GoldEvent, Predicted, bool)> matched,
        IReadOnlyList<Predicted> falsePositives, IReadOnlyList<GoldEvent> falseNegatives) =>
        new(new Item(News, "news-x-001", "mixed", Tune, "text", "2024-05-02", gold), matched, falsePositives, falseNegatives);

    [Fact]
    public void Classify_RootDirectionActorAndMissed_AreToldApart()
    {
        GoldEvent visit = Gold("MNG", "JPN", "042"), welcome = Gold("JPN", "MNG", "043"), accuse = Gold("CHN", "USA", "112"),
            threat = Gold("RUS", "UKR", "138"), aid = Gold("KOR", "MNG", "073");
        var result = Result([visit, welcome, accuse, threat, aid],
            matched: [(visit, Got("MNG", "JPN", "042"), true)],
            falsePositives: [Got("JPN", "MNG", "057"), Got("USA", "CHN", "112"), Got("RUS", "BLR", "138"), Got("FRA", "DEU", "190")],
            falseNegatives: [welcome, accuse, threat, aid]);

        var summary = ErrorKinds.Of([result]);

        Assert.Equal(new ErrorKinds.Counts(Root: 1, Direction: 1, Actor: 1, Other: 1), summary.Missed);
        Assert.Equal(0, summary.MissedOfAFoundPair);
        Assert.Equal(new ErrorKinds.Counts(Root: 1, Direction: 1, Actor: 1, Other: 1), summary.Spurious);
        Assert.Equal(0, summary.SpuriousInHardNegatives);
    }

    [Fact]
    public void Missed_EventOfAPairAlreadyFound_IsCountedApart_AndRootFiltersBothSides()
    {
        GoldEvent visit = Gold("MNG", "JPN", "042"), welcome = Gold("JPN", "MNG", "043"), deal = Gold("MNG", "JPN", "057");
        var result = Result([visit, welcome, deal], matched: [(visit, Got("MNG", "JPN", "042"), true)], falsePositives: [],
            falseNegatives: [welcome, deal]);

        Assert.Equal(2, ErrorKinds.Of([result]).MissedOfAFoundPair);
        Assert.Equal(1, ErrorKinds.Of([result], "05").Missed.Total);
        Assert.Equal(0, ErrorKinds.Of([result], "19").Missed.Total);
    }

    [Fact]
    public void OneWrongPrediction_BesideTwoMissedEventsOfItsPair_IsOneRootErrorAndOneMissedEvent()
    {
        GoldEvent visit = Gold("MNG", "JPN", "042"), deal = Gold("MNG", "JPN", "057");
        var result = Result([visit, deal], matched: [], falsePositives: [Got("MNG", "JPN", "036")], falseNegatives: [visit, deal]);

        var summary = ErrorKinds.Of([result]);

        Assert.Equal(new ErrorKinds.Counts(Root: 1, Direction: 0, Actor: 0, Other: 1), summary.Missed);
        Assert.Equal(new ErrorKinds.Counts(Root: 1, Direction: 0, Actor: 0, Other: 0), summary.Spurious);
    }

    [Fact]
    public void SymmetricRoot_ReversedPair_IsNoDirectionError()
    {
        var meet = Gold("MNG", "KAZ", "040");
        var result = Result([meet, Gold("MNG", "KAZ", "061")], matched: [], falsePositives: [Got("KAZ", "MNG", "061")],
            falseNegatives: [meet]);

        var summary = ErrorKinds.Of([result]);

        Assert.Equal(1, summary.Missed.Root);
        Assert.Equal(0, summary.Missed.Direction);
    }

    [Fact]
    public void HardNegative_FalseEvents_AreCountedAsInHardNegatives()
    {
        var result = Result([], matched: [], falsePositives: [Got("IRN", "ISR", "190")], falseNegatives: []);

        Assert.Equal(1, ErrorKinds.Of([result]).SpuriousInHardNegatives);
        Assert.Equal(1, ErrorKinds.Of([result]).Spurious.Other);
    }
}
