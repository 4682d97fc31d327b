namespace Orkhon.Extraction.Mentions;

/// <summary>How a sentence named an actor.</summary>
public enum MentionKind
{
    /// <summary>A state or organisation by name or acronym ("Mongolia", "the SCO").</summary>
    Name,

    /// <summary>A capital or seat of power standing for its state ("Moscow criticised…").</summary>
    Capital,

    /// <summary>A nationality adjective with a head noun ("the Kyrgyz president", "Mongolian troops").</summary>
    Adjective,

    /// <summary>A person resolved to the state they served at the time ("President Putin").</summary>
    Person,

    /// <summary>"the two countries", "both sides", "he": resolved from earlier mentions.</summary>
    Coreference,
}
