namespace Orkhon.Domain;

/// <summary>Stable text names of <see cref="ActorRole"/> used in files, JSON and the database.</summary>
public static class ActorRoles
{
    private static readonly (ActorRole Role, string Name)[] s_names =
    [
        (ActorRole.Government, "government"),
        (ActorRole.HeadOfState, "head_of_state"),
        (ActorRole.HeadOfGovernment, "head_of_government"),
        (ActorRole.ForeignMinistry, "foreign_ministry"),
        (ActorRole.Legislature, "legislature"),
        (ActorRole.Military, "military"),
        (ActorRole.Business, "business"),
        (ActorRole.Media, "media"),
        (ActorRole.CivilSociety, "civil_society"),
        (ActorRole.Rebels, "rebels"),
        (ActorRole.Opposition, "opposition"),
        (ActorRole.Police, "police"),
        (ActorRole.Refugees, "refugees"),
        (ActorRole.Judiciary, "judiciary"),
        (ActorRole.Civilians, "civilians"),
    ];

    /// <summary>Every name, in declaration order, for messages.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. s_names.Select(n => n.Name)];

    public static string ToName(this ActorRole role)
    {
        foreach (var (r, name) in s_names)
        {
            if (r == role)
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown actor role.");
    }

    public static bool TryParse(string? text, out ActorRole role)
    {
        foreach (var (r, name) in s_names)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                role = r;
                return true;
            }
        }

        role = default;
        return false;
    }
}
