namespace Orkhon.Extraction.Mentions;

/// <summary>How a sentence named an actor.</summary>
public enum MentionKind
{
    /// <summary>A state or organisation by name or acronym ("Mongolia", "the SCO"), or a state body by its own name ("USAID").</summary>
    Name,

    /// <summary>A capital or seat of power standing for its state ("Moscow criticised…").</summary>
    Capital,

    /// <summary>A nationality adjective with a head noun ("the Kyrgyz president", "Mongolian troops").</summary>
    Adjective,

    /// <summary>A person resolved to the state they served at the time ("President Putin").</summary>
    Person,

    /// <summary>"the two countries", "both sides", "he": resolved from earlier mentions.</summary>
    Coreference,

    /// <summary>
    /// A sub-national place or a city that seats no government ("Hatay province", "Almaty"), standing for its state
    /// only as where an act happens or what it is aimed at: always <see cref="ActorMention.IsPlace"/>, never a source.
    /// With an office after it ("the Indiana governor") the mention is a <see cref="Name"/> instead.
    /// </summary>
    Place,
}
