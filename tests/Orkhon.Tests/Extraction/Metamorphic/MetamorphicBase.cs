namespace Orkhon.Tests.Extraction.Metamorphic;

/// <summary>
/// One base sentence of the metamorphic suite and the parts its transforms recombine (<c>TestData/metamorphic/bases.txt</c>):
/// the base is "<see cref="Subject"/> <see cref="Past"/>.", and each transform retells it with the same act.
/// </summary>
internal sealed record MetamorphicBase(
    string Id,
    IReadOnlyList<string> Expected,
    string Subject,
    string Pronoun,
    PersonForms Person,
    string Refer,
    string Late,
    string Third,
    string Dateline,
    string Past,
    string Perfect,
    string Infinitive,
    string Apposition,
    string? Light,
    string? Passive,
    IReadOnlyList<string>? PassiveExpected,
    string Coordinated,
    IReadOnlyList<string> CoordinatedExpected)
{
    public string BaseText => $"{Subject} {Past}.";
}

/// <summary>Someone who acts for the base's subject, named the ways a story names a person: in full, by surname, by office, by pronoun.</summary>
internal sealed record PersonForms(string Full, string Surname, string Description, string Pronoun);
