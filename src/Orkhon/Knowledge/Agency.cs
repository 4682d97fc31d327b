using Orkhon.Domain;

namespace Orkhon.Knowledge;

/// <summary>
/// A body that acts for a state under its own name — a development agency, a ministry known by its seat, an armed
/// movement coded under its country in the manner of CAMEO — with the role it gives that state. An organ of an
/// organisation (the European Parliament, the UN human rights office) has the organisation's code as its <c>Country</c>.
/// </summary>
public sealed record Agency(string Name, IReadOnlyList<string> AltNames, string Country, ActorRole Role, string Sector, string SourceUrl);
