using Orkhon.Domain;

namespace Orkhon.Extraction.Mentions;

/// <summary>One person's term in one office, from <c>data/reference/officeholders.tsv</c>.</summary>
public sealed record OfficeTerm(string Country, ActorRole Role, string Title, string Name, DateOnly From, DateOnly? To)
{
    public bool Covers(DateOnly day) => From <= day && (To is null || day <= To);
}
