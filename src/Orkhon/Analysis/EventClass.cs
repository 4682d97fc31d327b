namespace Orkhon.Analysis;

/// <summary>
/// The sorts of event a reader asks for by name ("agreements with Japan", "conflict events"). Each has one
/// definition (<see cref="EventClasses.Matches"/>), used by the CLI, the API, the dashboard and the report.
/// Written lower-case (<c>visit</c>, <c>agreement</c>, <c>conflict</c>).
/// </summary>
public enum EventClass
{
    /// <summary>CAMEO 042 (make a visit) or 043 (host a visit): the definition of visit reciprocity.</summary>
    Visit,

    /// <summary>An event the significance weights class as an agreement: a signed treaty, agreement or partnership in the knowledge base, or CAMEO 054/057.</summary>
    Agreement,

    /// <summary>CAMEO roots 09–20: verbal or material conflict in the CAMEO quad classes.</summary>
    Conflict,
}
