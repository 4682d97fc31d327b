using Orkhon.Domain;

namespace Orkhon.Extraction;

/// <summary>
/// "The Sudanese army recaptured the palace from the Rapid Support Forces": a state's forces or government and an armed
/// movement of the same state fighting each other are two actors, as CAMEO codes a movement by its country and its sector
/// (SDN military → SDN rebels). Only for coercion, assault, fighting and mass violence (roots 17–20), and only between the
/// state's side and the movement: every other act on one's own state still codes nothing.
/// </summary>
internal static class DomesticFights
{
    /// <summary>Whether a pair of one state's actors is such a fight.</summary>
    public static bool Counts(ActorPair pair, CameoCode cameo) =>
        cameo.RootNumber >= 17 && pair.Source.Codes.Count == 1 && pair.Target.Codes.Count == 1
        && ((pair.Target.Role == ActorRole.Rebels && IsStateSide(pair.Source.Role)) || (pair.Source.Role == ActorRole.Rebels && IsStateSide(pair.Target.Role)));

    private static bool IsStateSide(ActorRole? role) =>
        role is ActorRole.Military or ActorRole.Government or ActorRole.Police or ActorRole.HeadOfState or ActorRole.HeadOfGovernment;
}
