namespace Orkhon.Tests.Extraction.Metamorphic;

/// <summary>
/// The forms writers give one act (branch <c>p30-metamorphic</c>): each transform retells a <see cref="MetamorphicBase"/>, and a
/// grammar that codes the base must code every retelling the same way. T1–T10 keep the event; T11–T13 (negation,
/// cancellation, hypothesis) and T3b (a passive without its agent) must lose it.
/// </summary>
internal static class MetamorphicTransforms
{
    /// <summary>The transforms in order, with what each tests; the survival table uses these names.</summary>
    public static readonly IReadOnlyList<(string Id, string Name)> Names =
    [
        ("T0", "base sentence"),
        ("T1", "dateline and reporting frame"),
        ("T2", "title and full name; surname or office in a second sentence"),
        ("T3", "passive with its agent"),
        ("T3b", "passive without its agent (silent)"),
        ("T4", "light verb and event noun"),
        ("T5", "fronted time, participle or prepositional clause"),
        ("T6", "apposition or relative clause before the verb"),
        ("T7", "coordinated subjects or objects"),
        ("T8", "pronoun or description in a second sentence"),
        ("T9", "reported speech and attribution"),
        ("T10", "actor named late, newspaper style"),
        ("T11", "negation (silent)"),
        ("T12", "cancelled or postponed (silent)"),
        ("T13", "hypothetical (silent)"),
    ];

    private const string Neutral = "faced questions at home this week.";

    public static IEnumerable<MetamorphicCase> Apply(MetamorphicBase b)
    {
        var keep = b.Expected;
        var inner = Inner(b.Subject);
        var person = b.Person;
        var city = TitleCase(b.Dateline);
        var has = b.Pronoun == "they" ? "have" : "has";

        yield return new(b.Id, "T0", "T0", b.BaseText, keep);

        yield return new(b.Id, "T1", "T1a", $"{b.Dateline}, June 11 (Reuters) - {b.Subject} {b.Past}, the ministry said on Tuesday.", keep);
        yield return new(b.Id, "T1", "T1b", $"{b.Subject} {b.Past}, a government spokesman said on Tuesday.", keep);

        yield return new(b.Id, "T2", "T2a", $"{person.Full} {b.Past}.", keep);
        yield return new(b.Id, "T2", "T2b", $"{person.Full} {Neutral} {person.Surname} {b.Past}.", keep);
        yield return new(b.Id, "T2", "T2c", $"{person.Full} {Neutral} {person.Description} {b.Past}.", keep);

        if (b.Passive is { } passive)
        {
            yield return new(b.Id, "T3", "T3a", passive.Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal), b.PassiveExpected ?? keep);
            var open = passive.IndexOf(" [", StringComparison.Ordinal);
            if (open >= 0)
            {
                var close = passive.IndexOf(']', open);
                yield return new(b.Id, "T3b", "T3b", passive[..open] + passive[(close + 1)..], []);
            }
        }

        if (b.Light is { } light)
        {
            yield return new(b.Id, "T4", "T4", light, keep);
        }

        yield return new(b.Id, "T5", "T5a", $"On Tuesday, {inner} {b.Past}.", keep);
        yield return new(b.Id, "T5", "T5b", $"After weeks of speculation, {inner} {b.Past}.", keep);
        yield return new(b.Id, "T5", "T5c", $"Speaking in {city}, {person.Full} {b.Past}.", keep);
        yield return new(b.Id, "T5", "T5d", $"After talks in {city}, {inner} {b.Past}.", keep);

        yield return new(b.Id, "T6", "T6a", $"{b.Subject}, {b.Apposition}, {b.Past}.", keep);
        yield return new(b.Id, "T6", "T6b", $"{person.Full}, who arrived on Monday, {b.Past}.", keep);

        yield return new(b.Id, "T7", "T7a", b.Coordinated, b.CoordinatedExpected);
        if (b.Coordinated.Contains(", and ", StringComparison.Ordinal))
        {
            yield return new(b.Id, "T7", "T7b", b.Coordinated.Replace(", and ", " and ", StringComparison.Ordinal), b.CoordinatedExpected);
        }

        yield return new(b.Id, "T8", "T8a", $"{person.Full} {Neutral} {Capital(person.Pronoun)} {b.Past}.", keep);
        yield return new(b.Id, "T8", "T8b", $"{b.Subject} {Neutral} {b.Refer} {b.Past}.", keep);

        yield return new(b.Id, "T9", "T9a", $"{b.Subject} said on Tuesday {b.Pronoun} had {b.Perfect}.", keep);
        yield return new(b.Id, "T9", "T9b", $"According to the ministry, {inner} {b.Past}.", keep);
        yield return new(b.Id, "T9", "T9c", $"{person.Full} was quoted as saying that {inner} had {b.Perfect}.", keep);

        yield return new(b.Id, "T10", "T10", $"In a move that angered {b.Third}, {b.Late} on Monday {b.Past}.", keep);

        yield return new(b.Id, "T11", "T11a", $"{b.Subject} did not {b.Infinitive}.", []);
        yield return new(b.Id, "T11", "T11b", $"{b.Subject} {has} never {b.Perfect}.", []);

        // Calling off talks, a visit or an agreement is itself an act the corpora code (164, 160, 125, 1211: events.tsv), so an
        // event of root 12 or 16 is no false event here unless the base's own act is of that root.
        var calledOff = b.Expected.Any(e => e.EndsWith(" 12", StringComparison.Ordinal) || e.EndsWith(" 16", StringComparison.Ordinal))
            ? [] : new[] { "12", "16" };
        yield return new(b.Id, "T12", "T12a", $"{b.Subject} cancelled plans to {b.Infinitive}.", []) { ToleratedRoots = calledOff };
        yield return new(b.Id, "T12", "T12b", $"{b.Subject} postponed a plan to {b.Infinitive} until after the election.", []) { ToleratedRoots = calledOff };

        yield return new(b.Id, "T13", "T13a", $"{b.Subject} could {b.Infinitive} if the situation worsens, analysts said.", []);
        yield return new(b.Id, "T13", "T13b", $"{b.Subject} may {b.Infinitive} next month, a diplomat said.", []);
    }

    /// <summary>A subject inside a sentence: "The European Union" becomes "the European Union".</summary>
    private static string Inner(string subject) =>
        subject.StartsWith("The ", StringComparison.Ordinal) ? "the " + subject[4..] : subject;

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string TitleCase(string dateline) =>
        string.Join(' ', dateline.Split(' ').Select(w => w[0] + w[1..].ToLowerInvariant()));
}
