using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A participial clause after the main clause (", accusing …", ", calling on …") whose subject is a list: every actor of the
/// main clause's coordinated subject makes the statement, not only the first. The sentences are our own.
/// </summary>
public sealed class ParticipialListSubjectTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 6)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    // three states, agency style: the last of the list accuses too
    [InlineData("Mali, Burkina Faso and Niger left ECOWAS on Sunday, accusing it of imposing sanctions.", "NER>ECOWAS 112")]
    [InlineData("Mali, Burkina Faso and Niger left ECOWAS on Sunday, accusing it of imposing sanctions.", "BFA>ECOWAS 112")]
    // a reported plan in the main clause, the accusation after it
    [InlineData("Japan and South Korea said on Monday they would expand drills, accusing North Korea of provocations.", "KOR>PRK 1123")]
    // newspaper style, a criticism
    [InlineData("Britain and France issued a joint statement on Tuesday, condemning Iran's seizure of the tanker.", "FRA>IRN 111")]
    // an appeal
    [InlineData("Egypt and Jordan closed their airspace on Friday, calling on Israel to halt its strikes.", "JOR>ISR 0256")]
    public void Extract_ParticipleAfterListSubject_EveryActorStates(string text, string expected) => Assert.Contains(expected, Coded(text));

    // Hard negatives: objects of the main verb, and actors of an apposition or relative clause, are not the participle's subject.
    [Theory]
    [InlineData("Biden met Xi and Modi on Monday, accusing Russia of aggression.", "CHN>RUS 1123")]
    [InlineData("Biden met Xi and Modi on Monday, accusing Russia of aggression.", "IND>RUS 1123")]
    [InlineData("Kyrgyzstan, whose border with Tajikistan is disputed, withdrew troops on Monday, accusing Dushanbe of shelling.", "TJK>TJK 112")]
    [InlineData("Kenya hosted Somalia and Ethiopia on Friday, urging both to settle their row.", "SOM>ETH 027")]
    public void Extract_ParticipleAfterObjects_ObjectsDoNotState(string text, string unexpected) => Assert.DoesNotContain(unexpected, Coded(text));
}
