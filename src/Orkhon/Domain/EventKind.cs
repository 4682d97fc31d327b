namespace Orkhon.Domain;

/// <summary>
/// The knowledge base's coarse, human label for an event, next to its CAMEO code. Serialised as
/// snake_case (<c>state_visit</c>, <c>treaty_signed</c>…), see <see cref="EventKinds"/>.
/// </summary>
public enum EventKind
{
    EstablishRelations,
    TreatySigned,
    AgreementSigned,

    /// <summary>A declared partnership or an upgrade of one.</summary>
    Partnership,
    MembershipJoined,
    ObserverStatus,
    StateVisit,
    OfficialVisit,
    WorkingVisit,
    MinisterialVisit,
    Summit,
    HostVisit,

    /// <summary>A policy document a state adopts for itself (source = target).</summary>
    PolicyDocument,
    MilitaryExercise,
    Corridor,
    Statement,
    Aid,

    /// <summary>Anything else, an agreement entering into force included.</summary>
    Other,
}
