using Orkhon.Domain;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "Ecuadorian police stormed Mexico's embassy in Quito": a mission stormed, raided or ransacked by a state's police or armed
/// forces is property seized or damaged (171), not a violent protest (145), which CAMEO keeps for civilian crowds; protesters
/// storming an embassy stay 145 (the convention the writers settled, corpus README "Conventions the writers settled").
/// </summary>
internal static class ForcesRaidingAMission
{
    private static readonly WordSet s_raidVerbs = PhraseGrammar.Words.Lookup("mission-raid");
    private static readonly CameoCode s_seizeOrDamage = CameoCode.Parse("171");

    /// <summary>The code 171 when the phrase is a violent protest at a mission told of a state's forces; null otherwise.</summary>
    public static CameoCode? Of(SentenceView view, CodedPhrase phrase) =>
        phrase.Cameo.Value.StartsWith("145", StringComparison.Ordinal) && phrase.Subject.Count > 0
        && phrase.Subject.All(s => s.Role is ActorRole.Police or ActorRole.Military)
        && s_raidVerbs.Contains(view.Word(phrase.Trigger.First))
            ? s_seizeOrDamage
            : null;
}
