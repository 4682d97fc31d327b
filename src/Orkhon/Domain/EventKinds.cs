using System.Diagnostics.CodeAnalysis;

namespace Orkhon.Domain;

/// <summary>Stable text names of <see cref="EventKind"/> used in the knowledge base, JSON and the database.</summary>
public static class EventKinds
{
    private static readonly (EventKind Kind, string Name)[] s_names =
    [
        (EventKind.EstablishRelations, "establish_relations"),
        (EventKind.TreatySigned, "treaty_signed"),
        (EventKind.AgreementSigned, "agreement_signed"),
        (EventKind.Partnership, "partnership"),
        (EventKind.MembershipJoined, "membership_joined"),
        (EventKind.ObserverStatus, "observer_status"),
        (EventKind.StateVisit, "state_visit"),
        (EventKind.OfficialVisit, "official_visit"),
        (EventKind.WorkingVisit, "working_visit"),
        (EventKind.MinisterialVisit, "ministerial_visit"),
        (EventKind.Summit, "summit"),
        (EventKind.HostVisit, "host_visit"),
        (EventKind.PolicyDocument, "policy_document"),
        (EventKind.MilitaryExercise, "military_exercise"),
        (EventKind.Corridor, "corridor"),
        (EventKind.Statement, "statement"),
        (EventKind.Aid, "aid"),
        (EventKind.Other, "other"),
    ];

    /// <summary>Every name, in declaration order, for messages.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. s_names.Select(n => n.Name)];

    public static string ToName(this EventKind kind)
    {
        foreach (var (k, name) in s_names)
        {
            if (k == kind)
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown event kind.");
    }

    /// <summary>Parses a kind name exactly as written in the files (lower case, with underscores).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out EventKind kind)
    {
        foreach (var (k, name) in s_names)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>Visits at a stated level (state, official, working, ministerial), summits and hosted visits.</summary>
    public static bool IsVisit(this EventKind kind) =>
        kind is EventKind.StateVisit or EventKind.OfficialVisit or EventKind.WorkingVisit or EventKind.MinisterialVisit or EventKind.Summit or EventKind.HostVisit;

    /// <summary>Kinds that bind the parties: treaties, agreements, partnerships, relations, memberships, observer status.</summary>
    public static bool IsAgreement(this EventKind kind) =>
        kind is EventKind.TreatySigned or EventKind.AgreementSigned or EventKind.Partnership or EventKind.EstablishRelations
            or EventKind.MembershipJoined or EventKind.ObserverStatus;
}
