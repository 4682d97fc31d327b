namespace Orkhon.Domain;

/// <summary>
/// The part of a state or organisation that acted. Serialised as snake_case
/// (<c>head_of_state</c>, <c>foreign_ministry</c>…), see <see cref="ActorRoles"/>.
/// </summary>
public enum ActorRole
{
    Government,
    HeadOfState,
    HeadOfGovernment,
    ForeignMinistry,
    Legislature,
    Military,
    Business,
    Media,
    CivilSociety,

    /// <summary>Armed groups outside the state: rebels, militias, insurgents (CAMEO <c>REB</c>/<c>INS</c>).</summary>
    Rebels,

    /// <summary>Political opposition and protesters (CAMEO <c>OPP</c>).</summary>
    Opposition,

    /// <summary>Police and other law enforcement (CAMEO <c>COP</c>).</summary>
    Police,

    /// <summary>Refugees, asylum seekers and displaced people (CAMEO <c>REF</c>).</summary>
    Refugees,

    /// <summary>Courts, judges and prosecutors (CAMEO <c>JUD</c>): a state body that may act ("a Moscow court sentenced…").</summary>
    Judiciary,

    /// <summary>Civilians, citizens, settlers, hostages (CAMEO <c>CVL</c>): what an act is aimed at, never its source.</summary>
    Civilians,
}
