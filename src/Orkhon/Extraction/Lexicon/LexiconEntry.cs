using Orkhon.Domain;

namespace Orkhon.Extraction.Lexicon;

/// <summary>
/// One phrase of the event lexicon: the CAMEO code it carries, how its actors are found, and what must
/// (or must not) follow it. <see cref="Example"/> is a sentence of our own that the entry must code.
/// </summary>
public sealed record LexiconEntry(
    string Id,
    CameoCode Cameo,
    EventFrame Frame,
    string Phrase,
    bool IsNoun,
    IReadOnlyList<string> RequiredObjects,
    IReadOnlyList<string> ForbiddenObjects,
    bool RequiresActorObject,
    bool ForbidsActorObject,
    string Example,
    int Line)
{
    private readonly CameoCode _cameo = CameoCode.Require(Cameo);

    /// <summary>
    /// Object <c>place</c>: a named place may stand where <see cref="RequiresActorObject"/> wants an actor
    /// ("Russian missiles hit Odesa"), for hostile acts whose target is a city or region of the state hit.
    /// </summary>
    public bool AcceptsPlaceObject { get; init; }

    /// <summary>
    /// Object <c>state-place</c>: as <c>actor</c>, and a state named after a locative preposition will do ("drills near Taiwan"),
    /// while a city, capital or province will not ("joint drills near Shymkent" are held at home, not aimed at a state).
    /// </summary>
    public bool AcceptsStatePlaceObject { get; init; }

    /// <summary>
    /// The object word <c>lone-act</c>: the row does not match when a word that makes the act one done with partners stands
    /// inside the phrase ("began joint exercises near the Polish border" is joint drilling, not one state's show of force).
    /// </summary>
    public bool ForbidsSharedAct { get; init; }

    /// <summary>
    /// The object word <c>organisation</c>: the actor that must follow is an organisation or body, never a state. Joining
    /// NATO is membership (057); "joining China and India among the countries that abstained" joins no treaty.
    /// </summary>
    public bool RequiresOrganisationObject { get; init; }

    /// <summary>
    /// The object word <c>named-state</c>: the actor that must follow is a state by its name, the whole of its noun phrase
    /// ("recognised the State of Palestine on Friday"); never an adjective, a seat or a possessive ("recognised the Moroccan
    /// efforts", "the Kremlin's concerns", "the United States' role") nor a name modifying another noun ("the Ukraine deal").
    /// </summary>
    public bool RequiresNamedStateObject { get; init; }

    /// <summary>
    /// The object word <c>body-subject</c>: the row codes only a subject that is a body or a court, never a state's government:
    /// an international court or organisation, or a state's judiciary ("the ICJ ordered Israel to…", "a U.S. judge ordered Iran
    /// to…"); a government's own order to another state ("Moldova ordered Russia to cut its embassy staff") is another act.
    /// </summary>
    public bool RequiresBodySubject { get; init; }

    /// <summary>
    /// The object word <c>military-subject</c>: the row codes only a subject that is a state's armed forces ("Nepalese troops",
    /// "a Fijian battalion"): "served with the U.N. force in Lebanon" is peacekeeping said of soldiers, not of an ambassador
    /// who "served in Beirut".
    /// </summary>
    public bool RequiresMilitarySubject { get; init; }

    /// <summary>
    /// The object word <c>actor-to</c>: an actor must follow, and a "to"-infinitive after it ("told Israel to allow aid in"); a
    /// verb of saying directs no one without it ("told reporters", "told Khurelsukh that…").
    /// </summary>
    public bool RequiresInfinitiveAfterObject { get; init; }

    /// <summary>
    /// The object word <c>joint</c>: the row codes only two or more parties acting together as its subject ("A and B discussed
    /// the war"); one party's "discussed Russian gas" names a topic, not a partner.
    /// </summary>
    public bool RequiresJointSubject { get; init; }

    /// <summary>
    /// The object word <c>named-national</c>: the row codes only a person named after their state's adjective or name ("freed
    /// U.S. basketball player Jane Doe"), whose state is the target; an occupation of up to three words may stand between.
    /// </summary>
    public bool RequiresNamedNational { get; init; }

    /// <summary>
    /// The object word <c>state-people</c>: the row codes only people of a state named by demonym or adjective and role after a count
    /// ("freed 10 Americans", "expelled four Russian agents"), whose state is the target; never the state itself.
    /// </summary>
    public bool RequiresPeopleObject { get; init; }

    /// <summary>
    /// The object word <c>state-officials</c>: as <c>state-people</c>, but people in office or service ("four Russian agents",
    /// "two Indian diplomats"), not a demonym's crowd ("1,000 Colombians", whose expulsion is a mass expulsion).
    /// </summary>
    public bool RequiresOfficialsOnly { get; init; }

    public CameoCode Cameo
    {
        get => _cameo;
        init => _cameo = CameoCode.Require(value);
    }
}
