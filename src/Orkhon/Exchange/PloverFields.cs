namespace Orkhon.Exchange;

/// <summary>
/// The PLOVER record fields Orkhon reads and writes (the PLOVER gold-standard record's names), and the
/// ones it adds so its own events come back whole (marked "Orkhon's" in <c>docs/formats.md</c>).
/// </summary>
public static class PloverFields
{
    public const string Id = "id";
    public const string Date = "date";
    public const string Source = "source";
    public const string Target = "target";
    public const string ActorText = "actorText";
    public const string Code = "code";
    public const string Event = "event";
    public const string EventText = "eventText";
    public const string Text = "text";
    public const string EventLoc = "eventLoc";
    public const string Name = "name";
    public const string Mode = "mode";
    public const string Context = "context";

    /// <summary>Orkhon's: the CAMEO code, which PLOVER's type alone does not always determine.</summary>
    public const string Cameo = "cameo";

    /// <summary>Orkhon's: the evidence, each with its address and, for a document's sentence, its character span.</summary>
    public const string Evidence = "evidence";
    public const string Url = "url";
    public const string Document = "document";
    public const string Start = "start";
    public const string End = "end";
}
