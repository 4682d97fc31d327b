namespace Orkhon.Analysis;

/// <summary>How much an event says about engagement, from a state visit down to a statement. Written kebab-case (<c>state-visit</c>).</summary>
public enum SignificanceClass
{
    StateVisit,
    OfficialVisit,
    Agreement,
    Ministerial,
    Cooperation,
    Statement,
}
