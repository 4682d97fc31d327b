namespace Orkhon.Knowledge;

/// <summary>What a gazetteer name resolves to: an actor code and the form the name took.</summary>
public sealed record GazetteerEntry(string Code, NameForm Form);
