using Orkhon.Analysis;

namespace Orkhon.Contracts;

/// <summary>One partner's (or pillar's) row of <c>tone</c>: mean Goldstein value and events per CAMEO quad class.</summary>
public sealed record ToneRow(string Id, int Events, double? MeanGoldstein, int VerbalCooperation, int MaterialCooperation, int VerbalConflict, int MaterialConflict, double ConflictShare)
{
    /// <summary>With <c>by=pillar</c>, where the framework's pillars come from; null when grouped by partner, which no framework shapes.</summary>
    public FrameworkSource? FrameworkProvenance { get; init; }

    public static ToneRow From(ToneSummary t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new ToneRow(t.Id, t.Events, t.MeanGoldstein, t.VerbalCooperation, t.MaterialCooperation, t.VerbalConflict, t.MaterialConflict, t.ConflictShare);
    }
}
