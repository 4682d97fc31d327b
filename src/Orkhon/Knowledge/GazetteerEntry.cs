using Orkhon.Domain;

namespace Orkhon.Knowledge;

/// <summary>
/// What a gazetteer name resolves to: an actor code, the form the name took, and for a state body named on its
/// own ("USAID", "the Pentagon", "Hamas") the role it gives its state.
/// </summary>
public sealed record GazetteerEntry(string Code, NameForm Form, ActorRole? Role = null);
