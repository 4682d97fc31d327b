namespace Orkhon.Domain;

/// <summary>What sort of entity an actor code names.</summary>
public enum ActorKind
{
    /// <summary>A sovereign state, observer state, territory or historical state (ISO 3166-1 alpha-3).</summary>
    State,

    /// <summary>An international organisation or group (short code such as <c>SCO</c>).</summary>
    Organisation,

    /// <summary>A collective that is neither, such as <c>WST</c> ("the West").</summary>
    Collective,
}
