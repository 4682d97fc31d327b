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
}
