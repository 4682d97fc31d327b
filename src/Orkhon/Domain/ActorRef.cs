namespace Orkhon.Domain;

/// <summary>An actor as it appears in one event: its code and, when known, the role that acted.</summary>
public readonly record struct ActorRef(string Code, ActorRole? Role = null)
{
    public override string ToString() => Role is { } role ? $"{Code}/{role.ToName()}" : Code;
}
